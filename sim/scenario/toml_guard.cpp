#include "scenario/toml_guard.hpp"

#include <cstddef>
#include <cstdio>

#include "scenario/limits.hpp"
#include "scenario/text_scan.hpp"
#include "scenario/toml_scalar.hpp"

namespace burgers::scenario {

namespace {

bool is_bare_key_char(char c) {
  return is_letter(c) || is_digit(c) || c == '_' || c == '-';
}

bool is_ascii(char c) {
  return static_cast<unsigned char>(c) < 0x80;
}

// The code point of the UTF-8 sequence at `i`, or -1 where the UTF-8 is broken.
long decode(std::string_view text, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  const int length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
  if (length == 0 || i + static_cast<std::size_t>(length) > text.size() || b0 > 0xF4) return -1;
  long code = b0 & (0x7F >> length);
  for (int k = 1; k < length; ++k) {
    const auto b = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
    if ((b & 0xC0) != 0x80) return -1;
    code = (code << 6) | (b & 0x3F);
  }
  return code;
}

// "U+FE7C", or "byte 0xFF" where the UTF-8 is broken.
std::string describe_non_ascii(std::string_view text, std::size_t i) {
  const long code = decode(text, i);
  char buffer[32];
  if (code < 0) {
    std::snprintf(buffer, sizeof buffer, "byte 0x%02X", static_cast<unsigned char>(text[i]));
  } else {
    std::snprintf(buffer, sizeof buffer, "U+%04lX", code);
  }
  return buffer;
}

// The code points for which toml++ 3.3.0's is_non_ascii_horizontal_whitespace() reaches
// TOML_UNREACHABLE: its lookup table misses three of the blocks it splits U+00A0..U+FEFF
// into (Latin-1 letters and Cyrillic, CJK punctuation and kana, Arabic forms).
bool misread_as_space(long code) {
  return (code >= 0xA1 && code <= 0x499) || (code >= 0x2C5E && code <= 0x3057 && code != 0x3000) ||
         (code >= 0xFB26 && code <= 0xFEFE);
}

// What toml++ takes for a date that a time may follow after a space: ten characters
// (underscores aside) of digits and '-', starting with a digit, '-' at 4 and 7.
bool looks_like_date(std::string_view text) {
  std::string chars;
  for (char c : text) {
    if (c != '_') chars += c;
  }
  if (chars.size() != 10 || !is_digit(chars[0]) || chars[4] != '-' || chars[7] != '-') return false;
  for (char c : chars) {
    if (!is_digit(c) && c != '-') return false;
  }
  return true;
}

// Walks the text as TOML's grammar reads it. Every member returning bool returns false
// to stop: with error_ set for an error of ours, without it to leave the rest to toml++
// (the text is invalid at that point, so toml++ stops there with its own message).
class Scanner {
 public:
  explicit Scanner(std::string_view text) : t_(text) {}

  TomlGuardResult run() {
    TomlGuardResult result;
    result.safe_length = t_.size();
    if (!scan()) {
      if (error_) {
        result.error = error_;
      } else {
        result.safe_length = stopped_line_end_;
        result.invalid = invalid_;
      }
    }
    return result;
  }

 private:
  // False when the scan stopped: at an error of ours (error_ set) or at an ordinary one.
  bool scan() {
    if (t_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;  // a byte-order mark, which toml++ skips
    int header_depth = 0;
    while (!eof()) {
      skip_spaces();
      if (eof()) break;
      if (at_newline()) {
        skip_newline();
        continue;
      }
      if (peek() == '#') {
        comment();
      } else if (peek() == '[') {
        if (!header(header_depth)) return false;
      } else {
        int parts = 0;
        if (!key('=', header_depth, parts)) return false;
        advance();  // '='
        skip_spaces();
        if (!value(header_depth + parts)) return false;
      }
      if (!end_of_line()) return false;
    }
    return true;
  }

  bool eof() const { return i_ >= t_.size(); }
  char peek(std::size_t ahead = 0) const { return i_ + ahead < t_.size() ? t_[i_ + ahead] : '\0'; }
  bool at_newline() const { return peek() == '\n' || (peek() == '\r' && peek(1) == '\n'); }
  void advance() {
    if (t_[i_] == '\n') {
      ++line_;
      line_start_ = i_ + 1;
    }
    ++i_;
  }
  void skip_newline() {
    if (peek() == '\r') advance();
    advance();
  }
  void skip_spaces() {
    while (is_space(peek())) advance();
  }
  void comment() {
    while (!eof() && peek() != '\n') advance();
  }

  // An error at byte `at` of the current line (by default, here).
  bool fail(std::string message) { return fail_at(i_, std::move(message)); }
  bool fail_at(std::size_t at, std::string message) {
    const int column = 1 + count_code_points(t_.substr(line_start_, at - line_start_));
    error_ = TomlGuardError{line_, column, std::move(message)};
    return false;
  }
  // An ordinary syntax error here, which toml++ may report, unless there is non-ASCII
  // here or further on this line: toml++ could read it outside a string.
  bool stop() {
    if (!eof() && !is_ascii(peek())) {
      return fail("unexpected " + describe_non_ascii(t_, i_) +
                  " outside a string: TOML allows only ASCII outside strings and comments");
    }
    std::size_t end = t_.find('\n', i_);
    end = end == std::string_view::npos ? t_.size() : end + 1;
    for (std::size_t k = i_; k < end; ++k) {
      if (!is_ascii(t_[k])) return fail("unexpected " + seen());
    }
    stopped_line_end_ = end;
    const std::string message = "unexpected " + seen();
    fail(message);
    invalid_ = *error_;
    error_.reset();
    return false;
  }
  // `at`: where the level that is one too many begins.
  bool check_depth(int depth, std::size_t at) {
    if (depth <= kMaxTomlDepth) return true;
    return fail_at(at, "tables and values nested more than " + std::to_string(kMaxTomlDepth) +
                           " levels deep (the limit for scenario files)");
  }
  std::string seen() const {
    if (eof()) return "the end of the file";
    if (at_newline()) return "the end of the line";
    if (!is_ascii(peek())) return describe_non_ascii(t_, i_);
    if (static_cast<unsigned char>(peek()) < 0x20 || peek() == 0x7F) {
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(peek()));
      return buffer;
    }
    return "'" + std::string(1, peek()) + "'";
  }

  // [a.b] or [[a.b]]; sets the depth of the keys that follow.
  bool header(int& header_depth) {
    advance();
    const bool array = peek() == '[';
    if (array) advance();
    // An array of tables adds a level: the array, then its item tables.
    int parts = 0;
    if (!key(']', array ? 1 : 0, parts)) return false;
    header_depth = parts + (array ? 1 : 0);
    advance();
    if (array) {
      if (peek() != ']') return stop();
      advance();
    }
    return true;
  }

  // A dotted key up to `terminator` (left unconsumed); each part is one level below `base`.
  bool key(char terminator, int base, int& parts) {
    parts = 0;
    for (;;) {
      skip_spaces();
      const std::size_t part_start = i_;
      const char c = peek();
      if (is_bare_key_char(c)) {
        while (is_bare_key_char(peek())) advance();
      } else if ((c == '"' || c == '\'') && peek(1) == c && peek(2) == c) {
        return stop();  // a multi-line string as a key: toml++ says so
      } else if (c == '"' || c == '\'') {
        if (!single_line_string(c)) return false;
      } else {
        return fail("expected a key (letters, digits, '_' and '-', or a quoted string), saw " +
                    seen());
      }
      ++parts;
      if (!check_depth(base + parts, part_start)) return false;
      skip_spaces();
      if (peek() == '.') {
        advance();
        continue;
      }
      if (peek() == terminator) return true;
      return fail(std::string(terminator == '=' ? "expected '=' after the key"
                                                : "expected ']' to close the table header") +
                  ", saw " + seen());
    }
  }

  bool end_of_line() {
    skip_spaces();
    if (peek() == '#') comment();
    if (eof()) return true;
    if (!at_newline()) return stop();
    skip_newline();
    return true;
  }

  bool value(int depth) {
    const char c = peek();
    if (c == '"' || c == '\'') {
      if (peek(1) == c && peek(2) == c) return multi_line_string(c);
      return single_line_string(c);
    }
    if (c == '[') return array(depth);
    if (c == '{') return inline_table(depth);
    return scalar();
  }

  bool single_line_string(char quote) {
    advance();
    for (;;) {
      if (eof() || peek() == '\n' || peek() == '\r') return stop();  // unterminated
      const char c = peek();
      advance();
      if (c == quote) return true;
      if (c == '\\' && quote == '"') {
        if (eof() || peek() == '\n') return stop();
        advance();
      }
    }
  }

  bool multi_line_string(char quote) {
    for (int k = 0; k < 3; ++k) advance();
    for (;;) {
      if (eof()) return stop();
      const char c = peek();
      if (c == quote && peek(1) == quote && peek(2) == quote) {
        while (peek() == quote) advance();  // up to two quotes may end the content
        return true;
      }
      advance();
      if (c == '\\' && quote == '"' && !escape_in_multi_line()) return false;
    }
  }

  // After a backslash in a """string""": toml++ tests the next character, and after a
  // line-ending backslash the first one that is not blank, for non-ASCII whitespace.
  bool escape_in_multi_line() {
    if (eof()) return stop();
    if (!is_ascii(peek())) {
      return fail("invalid escape sequence: '\\' followed by " + describe_non_ascii(t_, i_));
    }
    if (!is_space(peek()) && peek() != '\n' && peek() != '\r') {
      advance();
      return true;
    }
    while (is_space(peek()) || peek() == '\n' || peek() == '\r') advance();
    const long code = eof() || is_ascii(peek()) ? 0 : decode(t_, i_);
    if (!misread_as_space(code)) return true;
    return fail("toml++ 3.3.0 cannot read " + describe_non_ascii(t_, i_) +
                " right after a line-ending backslash: end the line before without the "
                "backslash, or start this one with another character");
  }

  // A number, boolean, date or time: up to a delimiter, and well-formed (toml++'s value
  // parser asserts, or in release builds assumes, things about malformed ones).
  bool scalar() {
    const std::size_t start = i_;
    for (;;) {
      const char c = peek();
      if (eof() || is_space(c) || c == '\n' || c == '\r' || c == ',' || c == ']' || c == '}' ||
          c == '#' || c == '[' || c == '{' || c == '"' || c == '\'') {
        // "1979-05-27 07:32:00": a date and a time may be separated by one space.
        if (c == ' ' && looks_like_date(t_.substr(start, i_ - start)) && is_digit(peek(1))) {
          advance();
          continue;
        }
        break;
      }
      if (!is_ascii(c)) return stop();
      advance();
    }
    std::string_view text = t_.substr(start, i_ - start);
    // toml++'s parse_array asserts that a value follows a comma (fuzz finding).
    if (text.empty()) return fail("expected a value, saw " + seen());
    // A bracket, brace or quote right after a value is not a delimiter for toml++, which
    // reads on and asserts on what follows ("0[[9-05-27 0": fuzz finding): the value is
    // malformed up to the next blank.
    const bool run_on =
        !eof() && (peek() == '[' || peek() == '{' || peek() == '"' || peek() == '\'');
    if (run_on && is_toml_scalar(text)) {
      std::size_t end = i_;
      while (end < t_.size() && !is_space(t_[end]) && t_[end] != '\n' && t_[end] != '\r' &&
             is_ascii(t_[end]))
        ++end;
      text = t_.substr(start, end - start);
    } else if (is_toml_scalar(text)) {
      return true;
    }
    const std::string shown =
        text.size() > 40 ? std::string(text.substr(0, 40)) + "..." : std::string(text);
    if (is_letter(text[0]) || text[0] == '_') {
      return fail_at(
          start, "unquoted text '" + shown + "': write strings in quotes, e.g. \"" + shown + "\"");
    }
    return fail_at(start, "'" + shown + "' is not a number, a date or a time");
  }

  // Blank space inside an array: spaces, newlines and comments.
  void skip_array_blanks() {
    for (;;) {
      skip_spaces();
      if (peek() == '#') comment();
      if (!at_newline()) return;
      skip_newline();
    }
  }

  bool array(int depth) {
    if (!check_depth(depth + 1, i_)) return false;
    advance();
    for (;;) {
      skip_array_blanks();
      if (peek() == ']') {
        advance();
        return true;
      }
      if (!value(depth + 1)) return false;
      skip_array_blanks();
      if (peek() == ',') {
        advance();
        continue;
      }
      if (peek() != ']') return stop();
      advance();
      return true;
    }
  }

  bool inline_table(int depth) {
    advance();
    skip_spaces();
    if (peek() == '}') {
      advance();
      return true;
    }
    for (;;) {
      int parts = 0;
      if (!key('=', depth, parts)) return false;
      advance();
      skip_spaces();
      if (!value(depth + parts)) return false;
      skip_spaces();
      if (peek() == ',') {
        advance();
        continue;
      }
      if (peek() != '}') return stop();
      advance();
      return true;
    }
  }

  std::string_view t_;
  std::size_t i_ = 0;
  int line_ = 1;
  std::size_t line_start_ = 0;
  std::optional<TomlGuardError> error_;
  std::size_t stopped_line_end_ = 0;
  TomlGuardError invalid_;
};

}  // namespace

TomlGuardResult guard_toml(std::string_view text) {
  return Scanner(text).run();
}

}  // namespace burgers::scenario
