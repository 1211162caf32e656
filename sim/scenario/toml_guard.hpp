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

// nullopt when the text may go to toml++: either it is free of the above, or it has
// an ordinary syntax error before any of them, which toml++ reports (it stops at the
// first error). Else the first offending place. Every error reported here is a real
// TOML error too: valid TOML within the depth limit always passes.
std::optional<TomlGuardError> guard_toml(std::string_view text);

}  // namespace burgers::scenario
