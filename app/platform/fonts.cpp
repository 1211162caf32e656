#include "platform/fonts.hpp"

#include <fontconfig/fontconfig.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>

namespace burgers::platform {

namespace {

// fontconfig's best file for `pattern`, or empty when nothing matches at all.
std::pair<std::string, int> match_font(const char* pattern, const char* must_contain_lang) {
  std::pair<std::string, int> result;
  FcConfig* config = FcInitLoadConfigAndFonts();
  if (config == nullptr) return result;
  FcPattern* pat = FcNameParse(reinterpret_cast<const FcChar8*>(pattern));
  FcConfigSubstitute(config, pat, FcMatchPattern);
  FcDefaultSubstitute(pat);
  FcResult res = FcResultNoMatch;
  if (FcPattern* match = FcFontMatch(config, pat, &res)) {
    FcChar8* file = nullptr;
    int index = 0;
    FcLangSet* langs = nullptr;
    const bool has_file = FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch;
    FcPatternGetInteger(match, FC_INDEX, 0, &index);
    bool speaks = true;
    if (must_contain_lang != nullptr &&
        FcPatternGetLangSet(match, FC_LANG, 0, &langs) == FcResultMatch) {
      speaks = FcLangSetHasLang(langs, reinterpret_cast<const FcChar8*>(must_contain_lang)) !=
               FcLangDifferentLang;
    }
    if (has_file && speaks) result = {reinterpret_cast<const char*>(file), index};
    FcPatternDestroy(match);
  }
  FcPatternDestroy(pat);
  FcConfigDestroy(config);
  return result;
}

}  // namespace

ImFont* Fonts::add_font(const std::string& file, float size, ImFontConfig config,
                        const ImWchar* ranges) {
  if (file.empty()) return nullptr;
  // Each file read once and shared by every face made from it (a CJK font is megabytes).
  std::vector<unsigned char>& data = files_[file];
  if (data.empty()) {
    std::ifstream in(file, std::ios::binary);
    data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (data.empty()) return nullptr;
  }
  config.FontDataOwnedByAtlas = false;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()),
                                                    size, &config, ranges);
}

FontReport Fonts::build(const std::vector<std::string>& texts, float pixels) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  report_ = {};
  const auto latin = match_font("sans-serif", nullptr);
  const auto cjk = match_font("sans-serif:lang=zh-tw", "zh-tw");
  report_.latin_path = latin.first;
  report_.cjk_path = cjk.first;
  report_.cjk_index = cjk.second;

  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
  for (const std::string& t : texts) builder.AddText(t.c_str());
  builder.AddText("▾▸·–—…×÷±→←↑↓✓");
  ImVector<ImWchar> built;
  builder.BuildRanges(&built);
  ranges_.assign(built.begin(), built.end());

  const auto mono = match_font("monospace", nullptr);
  for (int face = 0; face < 3; ++face) {
    const float size = face == 0 ? pixels : face == 1 ? pixels * 1.3f : std::round(pixels * 0.76f);
    const std::string& file = face == 2 && !mono.first.empty() ? mono.first : latin.first;
    ImFontConfig base;
    base.OversampleH = face == 2 ? 1 : 2;  // code sits on a pixel grid: no need to oversample
    if (add_font(file, size, base, io.Fonts->GetGlyphRangesDefault()) == nullptr) {
      base.SizePixels = size;
      io.Fonts->AddFontDefault(&base);
    }
    if (!cjk.first.empty()) {
      ImFontConfig merge;
      merge.MergeMode = true;
      merge.FontNo = cjk.second;
      merge.OversampleH = 1;
      merge.PixelSnapH = true;
      add_font(cjk.first, size, merge, ranges_.data());
    }
  }
  io.Fonts->Build();
  return report_;
}

bool Fonts::covers(const std::string& text) const {
  const ImFont* font =
      ImGui::GetIO().Fonts->Fonts.Size > 0 ? ImGui::GetIO().Fonts->Fonts[0] : nullptr;
  if (font == nullptr) return false;
  const char* p = text.c_str();
  const char* end = p + text.size();
  while (p < end) {
    unsigned int c = 0;
    const int n = ImTextCharFromUtf8(&c, p, end);
    if (n <= 0) break;
    p += n;
    if (c >= 0x80 && font->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) return false;
  }
  return true;
}

}  // namespace burgers::platform
