#include "scenario/text_scan.hpp"

namespace burgers::scenario {

namespace {

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The length of the valid UTF-8 sequence at `i` (shortest form, no surrogates, at most
// U+10FFFF), with its code point; 0 when the bytes there are not one.
std::size_t utf8_sequence(std::string_view text, std::size_t i, unsigned& code) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  std::size_t length = 0;
  unsigned min = 0;
  if (b0 < 0x80) {
    code = b0;
    return 1;
  } else if ((b0 & 0xE0) == 0xC0) {
    length = 2, code = b0 & 0x1Fu, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    length = 3, code = b0 & 0x0Fu, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    length = 4, code = b0 & 0x07u, min = 0x10000;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if (!is_continuation(static_cast<char>(b))) return 0;
    code = (code << 6) | (b & 0x3Fu);
  }
  if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

bool is_control(unsigned code) {
  return code < 0x20 || code == 0x7F || (code >= 0x80 && code <= 0x9F);
}

// `value` as `digits` upper-case hex digits after `prefix`: hex("U+", 0x1F, 4) is "U+001F".
std::string hex(std::string_view prefix, unsigned value, int digits) {
  std::string out(prefix);
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
    out += "0123456789ABCDEF"[(value >> shift) & 0xFu];
  return out;
}

}  // namespace

std::optional<TextError> check_output_text(std::string_view text, bool newlines) {
  for (std::size_t i = 0; i < text.size();) {
    unsigned code = 0;
    const std::size_t length = utf8_sequence(text, i, code);
    if (length == 0) {
      return TextError{
          i, "is not valid UTF-8 (byte " + hex("0x", static_cast<unsigned char>(text[i]), 2) + ")"};
    }
    const bool spacing = code == '\n' || code == '\t';
    if (is_control(code) && !(newlines && spacing)) {
      return TextError{i,
                       "contains the control character " + hex("U+", code, 4) +
                           (spacing ? " (only a description may hold line breaks and tabs)" : "")};
    }
    i += length;
  }
  return std::nullopt;
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    unsigned code = 0;
    const std::size_t length = utf8_sequence(text, i, code);
    if (length == 0) {
      out += hex("\\x", static_cast<unsigned char>(text[i]), 2);
      ++i;
      continue;
    }
    if (is_control(code)) {
      out += hex("\\u", code, 4);
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

int count_code_points(std::string_view text) {
  int count = 0;
  for (char c : text) {
    if (!is_continuation(c)) ++count;
  }
  return count;
}

std::string_view code_point_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) return {};
  std::size_t end = i + 1;
  while (end < text.size() && is_continuation(text[end]) && end - i < 4) ++end;
  return text.substr(i, end - i);
}

}  // namespace burgers::scenario
