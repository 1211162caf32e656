#pragma once
// Fonts for the dashboard: a Latin UI font and, merged into it, a Traditional Chinese
// font found through fontconfig. Only the glyphs that the given texts use are baked
// (a full CJK range costs hundreds of MB of atlas; see STACK.md).
#include <map>
#include <string>
#include <vector>

#include <imgui.h>

namespace burgers::platform {

struct FontReport {
  std::string latin_path;
  std::string cjk_path;  // empty: no CJK font installed
  int cjk_index = 0;
};

class Fonts {
 public:
  // (Re)builds ImGui's font atlas for `texts` at `pixels`: Fonts[0] body, Fonts[1] headings,
  // Fonts[2] monospace for code (each with the Chinese glyphs merged in).
  FontReport build(const std::vector<std::string>& texts, float pixels);
  // Whether every character of `text` is in the current atlas.
  bool covers(const std::string& text) const;
  const FontReport& report() const { return report_; }

 private:
  // Adds a face of `file` (read once, kept in files_); null if it cannot be read.
  ImFont* add_font(const std::string& file, float size, ImFontConfig config, const ImWchar* ranges);

  FontReport report_;
  std::vector<unsigned short> ranges_;                       // must outlive the atlas build
  std::map<std::string, std::vector<unsigned char>> files_;  // must outlive the atlas
};

}  // namespace burgers::platform
