#pragma once
// Small character helpers shared by the string-value parsers (ASCII classes, spaces,
// UTF-8 code points). Internal to sim/scenario.
#include <cstddef>
#include <string_view>

namespace burgers::scenario {

inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool is_space(char c) {
  return c == ' ' || c == '\t';
}
// Letters and any non-ASCII byte, so that "µs" reads as one (unknown) unit.
inline bool is_word_char(char c) {
  return is_letter(c) || static_cast<unsigned char>(c) >= 0x80;
}
inline bool is_identifier_char(char c) {
  return is_letter(c) || is_digit(c) || c == '_';
}

inline std::size_t skip_spaces(std::string_view text, std::size_t i) {
  while (i < text.size() && is_space(text[i])) ++i;
  return i;
}

// One past the last character that is not a space.
inline std::size_t trimmed_end(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && is_space(text[end - 1])) --end;
  return end;
}

// Code points in UTF-8 text (continuation bytes are not counted), as toml++ counts columns.
int count_code_points(std::string_view text);

// The whole UTF-8 sequence starting at byte `i` (for quoting a character in a message).
std::string_view code_point_at(std::string_view text, std::size_t i);

}  // namespace burgers::scenario
