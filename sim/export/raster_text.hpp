#pragma once
// Text for timeline.png: a system font found through fontconfig (CJK-capable first),
// loaded once per process and drawn with stb_truetype. Internal to sim/export.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "export/raster.hpp"

struct stbtt_fontinfo;

namespace burgers::exporter {

enum class Align { left, center, right };

struct TextStyle {
  float px = 12;  // em size, as SVG's font-size
  chart::Rgba colour = chart::kText;
  Align align = Align::left;
  bool bold = false;
  float max_width = 0;  // > 0: glyphs that would pass it are left out
};

class RasterFont {
 public:
  // The process-wide font, found and loaded on first use (thread-safe). Never null;
  // check ok() (no font found: charts are drawn without text).
  static const RasterFont& system();

  RasterFont();
  ~RasterFont();
  RasterFont(const RasterFont&) = delete;
  RasterFont& operator=(const RasterFont&) = delete;

  bool ok() const { return info_ != nullptr; }
  const std::string& file() const { return file_; }
  const std::string& problem() const { return problem_; }

  float width(std::string_view utf8, float px) const;
  // Draws UTF-8 `text` with its baseline at `baseline`; `x` is where `align` anchors it.
  void draw(Raster& canvas, std::string_view text, float x, float baseline,
            const TextStyle& style) const;

 private:
  void load(const std::string& file, int index);
  void draw_run(Raster& canvas, const std::vector<char32_t>& text, float x, float baseline,
                const TextStyle& style) const;

  std::vector<unsigned char> data_;
  std::unique_ptr<stbtt_fontinfo> info_;
  std::string file_;
  std::string problem_;
};

// UTF-8 to code points; a malformed byte becomes U+FFFD.
std::vector<char32_t> decode_utf8(std::string_view text);

}  // namespace burgers::exporter
