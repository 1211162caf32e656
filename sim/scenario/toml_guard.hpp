#pragma once
// A pre-scan of TOML text for what toml++ 3.3.0 cannot be trusted with, run before the
// parser sees a byte: tables nested deeper than kMaxTomlDepth (its parser and destructors
// recurse once per level, and so does our conversion: a stack overflow at ~30,000 levels),
// non-ASCII outside strings and comments (U+FC06..U+FEFE reach TOML_UNREACHABLE, upstream
// issues 190 and 295) and a bad first character of a table header's key (`[;a]`, `[ $`:
// an assertion in parse_key). Internal to sim/scenario (toml_reader.cpp).
#include <optional>
#include <string>
#include <string_view>

namespace burgers::scenario {

struct TomlGuardError {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in code points
  std::string message;
};

struct TomlGuardResult {
  // Set: the text is refused with this error, and toml++ must not see it.
  std::optional<TomlGuardError> error;
  // Else toml++ may parse the first `safe_length` bytes. When that is not the whole text,
  // the guard stopped at a syntax error of an ordinary kind, described by `invalid`, on
  // the prefix's last line: toml++ reports it in its own words (it stops at its first
  // error), or, should it accept the prefix, `invalid` is reported. toml++ never sees
  // what follows that line, nor a line with non-ASCII after the error (it may look ahead).
  std::size_t safe_length = 0;
  TomlGuardError invalid;
};

// Every error of the guard's own is a real TOML error too: valid TOML within the depth
// limit is always passed whole.
TomlGuardResult guard_toml(std::string_view text);

}  // namespace burgers::scenario
