// Hostile TOML: nesting deep enough to overflow a stack, and the inputs that reach
// assertions or TOML_UNREACHABLE inside toml++ 3.3.0. Each must give a diagnostic.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scenario/limits.hpp"
#include "scenario/toml_guard.hpp"
#include "scenario_test_support.hpp"

using burgers::scenario::guard_toml;
using burgers::scenario::kMaxTomlDepth;
using burgers::testing::errors_of;
using burgers::testing::kBaseScenario;
using Errors = std::vector<std::string>;

namespace {

std::string repeat(const std::string& part, int count, const std::string& separator) {
  std::string out;
  for (int i = 0; i < count; ++i) out += (i == 0 ? "" : separator) + part;
  return out;
}

const std::string kTooDeep =
    "tables and values nested more than 32 levels deep (the limit for "
    "scenario files)";

}  // namespace

TEST_CASE("a table header with 50,000 parts is refused at the part past the limit") {
  const std::string text = "[" + repeat("a", 50'000, ".") + "]\n";
  // Column of the 33rd part: 1 ('[') + 32 * 2 ("a.") + 1.
  CHECK(errors_of(text) == Errors{"test.toml:1:66: " + kTooDeep});
}

TEST_CASE("dotted keys, inline tables and arrays nested past the limit are refused") {
  CHECK(errors_of(repeat("a", 50'000, ".") + " = 1\n").size() == 1);
  CHECK(errors_of("[[" + repeat("a", 32, ".") + "]]\n") == Errors{"test.toml:1:65: " + kTooDeep});
  CHECK(errors_of("x = " + repeat("{a = ", 40, "") + "1" + repeat("}", 40, "")).size() == 1);
  CHECK(errors_of("x = " + repeat("[", 100'000, "") + repeat("]", 100'000, "")) ==
        Errors{"test.toml:1:36: " + kTooDeep});
  // Header parts, key parts and value nesting add up.
  CHECK(errors_of("[" + repeat("a", 20, ".") + "]\n" + repeat("b", 10, ".") + " = [[[1]]]\n") ==
        Errors{"test.toml:2:25: " + kTooDeep});
}

TEST_CASE("nesting up to the limit still loads as TOML (and fails only as a scenario)") {
  const std::string text = "[" + repeat("a", kMaxTomlDepth, ".") + "]\n";
  CHECK_FALSE(guard_toml(text));
  CHECK(errors_of(text).front().find("unknown key 'a' at the top level") != std::string::npos);
}

TEST_CASE("toml++ 3.3.0's crashing inputs give a clean diagnostic in every build") {
  // An assertion in parse_key (upstream PR 301) in builds without NDEBUG.
  CHECK(errors_of("[;a]\n") ==
        Errors{"test.toml:1:2: expected a key (letters, digits, '_' and '-', or a quoted "
               "string), saw ';'"});
  CHECK(errors_of("[ $") ==
        Errors{"test.toml:1:3: expected a key (letters, digits, '_' and '-', or a quoted "
               "string), saw '$'"});
  CHECK(errors_of("[[;a]]\n").size() == 1);
  // TOML_UNREACHABLE in is_non_ascii_horizontal_whitespace (upstream issues 190 and 295).
  CHECK(errors_of("\xEF\xB9\xBC\x22\x20\x78") ==
        Errors{"test.toml:1:1: expected a key (letters, digits, '_' and '-', or a quoted "
               "string), saw U+FE7C"});
  CHECK(errors_of("x = \xEF\xB9\xBC\n") ==
        Errors{"test.toml:1:5: unexpected U+FE7C outside a string: TOML allows only ASCII "
               "outside strings and comments"});
  CHECK(errors_of("x = [1 \xEF\xB9\xBC]").size() == 1);
  CHECK(errors_of("x = \"a\"\xEF\xB9\xBC").size() == 1);
  CHECK(errors_of("x = 1979-05-27 \xEF\xB9\xBC").size() == 1);
}

TEST_CASE("the guard lets every valid construct through untouched") {
  const char* const valid[] = {
      "\xEF\xBB\xBFx = 1",           // byte-order mark
      "x = 1979-05-27 07:32:00",     // date and time with a space
      "x = \"\"\"a\"\"\"\"",         // closing quotes may follow content quotes
      "x = '''a'''''",               //
      "[[ a ]]\n[ b . c ]",          // spaces inside headers
      "x = [\n1, # comment\n2,\n]",  // multi-line arrays with comments
      "x = 1\r\ny = 2",              // CRLF
      "a.\"b.c\".d = 1",             // quoted key parts
      "x = \"tab\\t \\\"quote\\\" \xE6\xAB\x83\"  # comment \xE6\xAB\x83",
      "x = \"\"\"\nmulti \\\n  line \xE6\xAB\x83\n\"\"\"\ny = 2",
      "x = { a = 1, b.c = [ {d = 'e'} ] }",
      "x = +inf\ny = -0.5e3\nz = 0x1F\nw = true",
  };
  for (const char* text : valid) {
    INFO(text);
    CHECK_FALSE(guard_toml(text));
  }
  for (const char* file : {"scenarios/03-concurrent-burgers.toml", "scenarios/08-lunch-hour.toml",
                           "tests/data/scenario/every_key.toml"}) {
    INFO(file);
    CHECK_FALSE(guard_toml(burgers::testing::read_source_file(file)));
  }
  CHECK_FALSE(guard_toml(std::string(kBaseScenario)));
}

TEST_CASE("an ordinary syntax error is left to toml++ and its message") {
  CHECK(errors_of("x = = 2") ==
        Errors{"test.toml:1:5: Error while parsing value: could not determine value type"});
}
