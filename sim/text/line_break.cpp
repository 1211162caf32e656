#include "text/line_break.hpp"

#include <algorithm>
#include <array>

namespace burgers::text {

namespace {

bool in(char32_t c, char32_t lo, char32_t hi) {
  return c >= lo && c <= hi;
}

// No-break space and word joiners: the text on both sides stays on one line.
bool is_glue(char32_t c) {
  return c == U'\u00A0' || c == U'\u202F' || c == U'\u2060' || c == U'\uFEFF';
}

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\u3000';
}

// A run of text between two places where a line may end: `content` bytes of it are
// drawn, then spaces, which vanish when the line ends there.
struct Piece {
  std::size_t begin = 0;
  std::size_t content_end = 0;
  std::size_t end = 0;
  bool hard_break = false;  // a '\n' follows
};

std::vector<Piece> pieces_of(std::string_view text) {
  std::vector<Piece> pieces;
  Piece piece;
  char32_t previous = 0;
  bool in_spaces = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const char32_t c = next_code_point(text, i);
    if (c == U'\n') {
      if (!in_spaces) piece.content_end = at;
      piece.end = at;
      piece.hard_break = true;
      pieces.push_back(piece);
      piece = Piece{i, i, i, false};
      previous = 0;
      in_spaces = false;
      continue;
    }
    if (is_space(c)) {
      if (!in_spaces) piece.content_end = at;
      in_spaces = true;
      previous = c;
      continue;
    }
    const bool boundary =
        at > piece.begin && (in_spaces || (previous != 0 && can_break_between(previous, c)));
    if (boundary) {
      if (!in_spaces) piece.content_end = at;
      piece.end = at;
      pieces.push_back(piece);
      piece = Piece{at, at, at, false};
    }
    in_spaces = false;
    previous = c;
  }
  if (!in_spaces) piece.content_end = text.size();
  piece.end = text.size();
  if (piece.end > piece.begin || piece.hard_break || pieces.empty() || pieces.back().hard_break)
    pieces.push_back(piece);
  return pieces;
}

// Splits one piece wider than `width` between characters: every part but the last
// becomes a line, the last one starts the next line. Even here no line begins with
// closing punctuation or ends with opening punctuation: such a mark hangs past the width.
void split_long(std::string_view text, float width, const Measure& measure,
                std::vector<std::string>& lines, std::string& current) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t best = 0;  // the last allowed break that fits
    std::size_t at = i;
    char32_t before = next_code_point(text, at);  // a line holds at least one character
    while (at < text.size()) {
      std::size_t next = at;
      const char32_t after = next_code_point(text, next);
      const bool allowed = !is_closing(after) && !is_opening(before);
      if (allowed && (best == 0 || measure(text.substr(i, at - i)) <= width)) best = at;
      if (best != 0 && measure(text.substr(i, next - i)) > width) break;
      before = after;
      at = next;
    }
    if (at >= text.size() || best == 0) break;
    lines.emplace_back(text.substr(i, best - i));
    i = best;
  }
  current.assign(text.substr(i));
}

}  // namespace

char32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  std::size_t length = c < 0x80           ? 1
                       : (c >> 5) == 0x6  ? 2
                       : (c >> 4) == 0xe  ? 3
                       : (c >> 3) == 0x1e ? 4
                                          : 0;
  if (length == 0 || i + length > text.size()) {
    ++i;
    return U'\uFFFD';
  }
  char32_t cp = length == 1 ? c : c & (0x7f >> length);
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xc0) != 0x80) {
      ++i;
      return U'\uFFFD';
    }
    cp = (cp << 6) | (byte(i + k) & 0x3f);
  }
  i += length;
  return cp;
}

float estimate_width(std::string_view text, float px) {
  float width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = next_code_point(text, i);
    width += is_cjk(c) ? px : px * 0.58f;
  }
  return width;
}

Measure estimated(float px) {
  return [px](std::string_view s) { return estimate_width(s, px); };
}

bool is_cjk(char32_t c) {
  return in(c, 0x1100, 0x11ff) || in(c, 0x2e80, 0x2fff) || in(c, 0x3000, 0x303f) ||
         in(c, 0x3040, 0x30ff) || in(c, 0x3100, 0x31ff) || in(c, 0x3200, 0x4dbf) ||
         in(c, 0x4e00, 0x9fff) || in(c, 0xa000, 0xa4cf) || in(c, 0xac00, 0xd7af) ||
         in(c, 0xf900, 0xfaff) || in(c, 0xfe30, 0xfe4f) || in(c, 0xff00, 0xffef) ||
         in(c, 0x20000, 0x3ffff);
}

bool is_closing(char32_t c) {
  static constexpr std::u32string_view kClosing =
      U"、。，．：；！？）」』】〕〉》〗〙〛｝］〞〟…‥・ー々ゝゞヽヾ）％"
      U"ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
      U",.:;!?)]}%\u2019\u201d";
  return kClosing.find(c) != std::u32string_view::npos;
}

bool is_opening(char32_t c) {
  static constexpr std::u32string_view kOpening = U"（「『【〔〈《〖〘〚｛［〝([{\u2018\u201c";
  return kOpening.find(c) != std::u32string_view::npos;
}

bool can_break_between(char32_t before, char32_t after) {
  if (is_closing(after) || is_opening(before)) return false;
  if (is_glue(before) || is_glue(after)) return false;
  return is_cjk(before) || is_cjk(after);
}

std::vector<std::string> wrap(std::string_view text, float width, const Measure& measure) {
  std::vector<std::string> lines;
  if (text.empty()) return lines;
  std::string current;
  float current_width = 0;
  for (const Piece& p : pieces_of(text)) {
    const std::string_view content = text.substr(p.begin, p.content_end - p.begin);
    const float content_width = content.empty() ? 0 : measure(content);
    if (!current.empty() && current_width + content_width > width) {
      while (!current.empty() && current.back() == ' ') current.pop_back();
      lines.push_back(std::move(current));
      current.clear();
      current_width = 0;
    }
    if (current.empty() && content_width > width) {
      split_long(content, width, measure, lines, current);
    } else {
      current.append(content);
    }
    current_width = current.empty() ? 0 : measure(current);
    if (p.hard_break) {
      lines.push_back(std::move(current));
      current.clear();
      current_width = 0;
      continue;
    }
    if (p.end > p.content_end) {
      current.append(text.substr(p.content_end, p.end - p.content_end));
      current_width = measure(current);
    }
  }
  while (!current.empty() && current.back() == ' ') current.pop_back();
  if (!current.empty()) lines.push_back(std::move(current));
  return lines;
}

std::string fit(std::string_view text, float width, const Measure& measure) {
  if (measure(text) <= width) return std::string(text);
  const std::string_view ellipsis = "…";
  std::size_t end = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = i;
    next_code_point(text, next);
    std::string candidate(text.substr(0, next));
    candidate += ellipsis;
    if (measure(candidate) > width) break;
    end = next;
    i = next;
  }
  return std::string(text.substr(0, end)) + std::string(ellipsis);
}

}  // namespace burgers::text
