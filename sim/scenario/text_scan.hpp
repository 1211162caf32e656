#pragma once
// Small character helpers shared by the string-value parsers (ASCII classes, spaces,
// UTF-8 code points, valid output text). Internal to sim/scenario; the command line and
// tests use check_output_text() and printable() too.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "scenario/parsed_text.hpp"

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

// Text that may reach an output (JSON, CSV, SVG, HTML) must be valid UTF-8 without control
// characters (C0, DEL, C1); `newlines` also allows '\n' and '\t' (descriptions). The
// problem at the first bad byte, or nullopt when the text is fine.
std::optional<TextError> check_output_text(std::string_view text, bool newlines);

// `text` with control characters as \u0000 and bytes of broken UTF-8 as \xFF, so that a
// message shows them instead of being cut or garbled by them.
std::string printable(std::string_view text);

}  // namespace burgers::scenario
