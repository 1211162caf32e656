#pragma once
// Line breaking for the UI and the exports: English at spaces, Chinese between any two
// characters but never before 。，、 nor after 「（; greedy wrapping to a width.
// Standard library only; include from sim/chart, sim/export and app/ui.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace burgers::text {

// The width of a piece of UTF-8 text in pixels, as the caller's font measures it.
using Measure = std::function<float(std::string_view)>;

// A measure without a font, for layouts that painters refine: CJK glyphs are square
// (one em), other characters about 0.58 em.
float estimate_width(std::string_view text, float px);
Measure estimated(float px);

// Whether the code point is written in a CJK script (ideographs, kana, Hangul, CJK and
// full-width punctuation): such text may break between any two characters.
bool is_cjk(char32_t c);
// Punctuation that must not begin a line (，。、：；！？」） and their ASCII kin) and
// punctuation that must not end one (「（ and their ASCII kin).
bool is_closing(char32_t c);
bool is_opening(char32_t c);
// Whether a line may end between `before` and `after` (code points written next to each
// other, no space between them).
bool can_break_between(char32_t before, char32_t after);

// `text` in lines no wider than `width` (a single unbreakable piece wider than that is
// split between characters). Lines break after spaces (which are dropped at the break),
// between CJK characters as above, and at every '\n'. Empty text gives no lines.
std::vector<std::string> wrap(std::string_view text, float width, const Measure& measure);

// `text` cut to fit `width`, with "…" at the end when it was cut.
std::string fit(std::string_view text, float width, const Measure& measure);

// Decodes the code point starting at byte `i` and moves `i` past it (invalid bytes
// decode as U+FFFD, one byte each).
char32_t next_code_point(std::string_view text, std::size_t& i);

}  // namespace burgers::text
