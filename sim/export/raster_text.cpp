#include "export/raster_text.hpp"

#include <fontconfig/fontconfig.h>
#include <stb_truetype.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <optional>

namespace burgers::exporter {

namespace {

struct FontFile {
  std::string file;
  int index = 0;
};

// Asks fontconfig for `pattern_text`. With `needs_cjk`, a match that cannot draw
// Chinese (fontconfig always falls back to *something*) does not count.
std::optional<FontFile> match_font(const char* pattern_text, bool needs_cjk) {
  FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(pattern_text));
  if (pattern == nullptr) return std::nullopt;
  FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result = FcResultNoMatch;
  FcPattern* match = FcFontMatch(nullptr, pattern, &result);
  FcPatternDestroy(pattern);
  if (match == nullptr) return std::nullopt;
  std::optional<FontFile> found;
  FcChar8* file = nullptr;
  int index = 0;
  FcCharSet* charset = nullptr;
  const bool cjk_ok =
      !needs_cjk || (FcPatternGetCharSet(match, FC_CHARSET, 0, &charset) == FcResultMatch &&
                     FcCharSetHasChar(charset, 0x4E26) != 0);  // 並
  if (cjk_ok && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
    if (FcPatternGetInteger(match, FC_INDEX, 0, &index) != FcResultMatch) index = 0;
    found = FontFile{reinterpret_cast<const char*>(file), index};
  }
  FcPatternDestroy(match);
  return found;
}

std::optional<FontFile> find_font() {
  if (FcInit() == FcFalse) return std::nullopt;
  // Lesson titles are in Traditional Chinese too: a CJK font first, then any sans.
  if (auto f = match_font("WenQuanYi Micro Hei", true)) return f;
  if (auto f = match_font("sans-serif:lang=zh-tw", true)) return f;
  return match_font("sans-serif", false);
}

}  // namespace

std::vector<char32_t> decode_utf8(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    int extra = 0;
    char32_t cp = lead;
    if (lead >= 0xF0 && lead < 0xF8) {
      extra = 3;
      cp = lead & 0x07u;
    } else if (lead >= 0xE0) {
      extra = lead < 0xF0 ? 2 : -1;
      cp = lead & 0x0Fu;
    } else if (lead >= 0xC2) {
      extra = 1;
      cp = lead & 0x1Fu;
    } else if (lead >= 0x80) {
      extra = -1;  // a stray continuation byte or an overlong lead
    }
    bool ok = extra >= 0 && i + static_cast<std::size_t>(extra) < text.size();
    for (int k = 1; ok && k <= extra; ++k) {
      const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
      ok = (next & 0xC0u) == 0x80u;
      cp = (cp << 6) | (next & 0x3Fu);
    }
    if (!ok) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    out.push_back(cp);
    i += static_cast<std::size_t>(extra) + 1;
  }
  return out;
}

RasterFont::RasterFont() = default;
RasterFont::~RasterFont() = default;

const RasterFont& RasterFont::system() {
  // A function-local static: C++ guarantees one thread loads it while others wait.
  static const std::unique_ptr<const RasterFont> font = [] {
    auto f = std::make_unique<RasterFont>();
    if (const auto found = find_font()) {
      f->load(found->file, found->index);
    } else {
      f->problem_ = "no font found through fontconfig";
    }
    return f;
  }();
  return *font;
}

void RasterFont::load(const std::string& file, int index) {
  file_ = file;
  std::ifstream in(file, std::ios::binary);
  data_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (data_.empty()) {
    problem_ = "cannot read font " + file;
    return;
  }
  // .ttc collections hold several faces; fontconfig's index picks ours.
  const int offset = stbtt_GetFontOffsetForIndex(data_.data(), index);
  auto info = std::make_unique<stbtt_fontinfo>();
  if (offset < 0 || stbtt_InitFont(info.get(), data_.data(), offset) == 0) {
    problem_ = "cannot load font " + file;
    return;
  }
  info_ = std::move(info);
}

float RasterFont::width(std::string_view utf8, float px) const {
  if (!ok()) return 0;
  const float scale = stbtt_ScaleForMappingEmToPixels(info_.get(), px);
  float w = 0;
  int previous = 0;
  for (const char32_t cp : decode_utf8(utf8)) {
    const int glyph = stbtt_FindGlyphIndex(info_.get(), static_cast<int>(cp));
    int advance = 0;
    int bearing = 0;
    stbtt_GetGlyphHMetrics(info_.get(), glyph, &advance, &bearing);
    if (previous != 0)
      w += scale * static_cast<float>(stbtt_GetGlyphKernAdvance(info_.get(), previous, glyph));
    w += scale * static_cast<float>(advance);
    previous = glyph;
  }
  return w;
}

void RasterFont::draw(Raster& canvas, std::string_view text, float x, float baseline,
                      const TextStyle& style) const {
  if (!ok() || text.empty()) return;
  float left = x;
  if (style.align != Align::left) {
    const float w = width(text, style.px);
    left -= style.align == Align::center ? w / 2 : w;
  }
  const auto codepoints = decode_utf8(text);
  draw_run(canvas, codepoints, left, baseline, style);
  // stb_truetype has no bold face: a second pass a little to the right thickens strokes.
  if (style.bold) draw_run(canvas, codepoints, left + 0.6f, baseline, style);
}

void RasterFont::draw_run(Raster& canvas, const std::vector<char32_t>& text, float x,
                          float baseline, const TextStyle& style) const {
  stbtt_fontinfo* info = info_.get();
  const float scale = stbtt_ScaleForMappingEmToPixels(info, style.px);
  const int base = static_cast<int>(std::lround(baseline));
  const float limit = style.max_width > 0 ? x + style.max_width : 1e9f;
  float pen = x;
  int previous = 0;
  std::vector<unsigned char> bitmap;
  for (const char32_t cp : text) {
    const int glyph = stbtt_FindGlyphIndex(info, static_cast<int>(cp));
    if (previous != 0)
      pen += scale * static_cast<float>(stbtt_GetGlyphKernAdvance(info, previous, glyph));
    previous = glyph;
    int advance = 0;
    int bearing = 0;
    stbtt_GetGlyphHMetrics(info, glyph, &advance, &bearing);
    const float next = pen + scale * static_cast<float>(advance);
    if (next > limit) break;
    // Render at the pen's fractional position so spacing stays even at small sizes.
    const float whole = std::floor(pen);
    const float shift = pen - whole;
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    stbtt_GetGlyphBitmapBoxSubpixel(info, glyph, scale, scale, shift, 0, &x0, &y0, &x1, &y1);
    const int w = x1 - x0;
    const int h = y1 - y0;
    if (w > 0 && h > 0) {
      bitmap.assign(static_cast<std::size_t>(w) * static_cast<std::size_t>(h), 0);
      stbtt_MakeGlyphBitmapSubpixel(info, bitmap.data(), w, h, w, scale, scale, shift, 0, glyph);
      const int ox = static_cast<int>(whole) + x0;
      const int oy = base + y0;
      for (int row = 0; row < h; ++row) {
        for (int col = 0; col < w; ++col) {
          const std::size_t k = static_cast<std::size_t>(row) * static_cast<std::size_t>(w) +
                                static_cast<std::size_t>(col);
          canvas.blend(ox + col, oy + row, style.colour, bitmap[k]);
        }
      }
    }
    pen = next;
  }
}

}  // namespace burgers::exporter
