// Hostile TOML: nesting deep enough to overflow a stack, and the inputs that reach
// assertions or TOML_UNREACHABLE inside toml++ 3.3.0. Each must give a diagnostic.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scenario/limits.hpp"
#include "scenario/toml_guard.hpp"
#include "scenario/toml_scalar.hpp"
#include "scenario_test_support.hpp"

using burgers::scenario::guard_toml;
using burgers::scenario::kMaxTomlDepth;
using burgers::testing::errors_of;
using burgers::testing::kBaseScenario;
using burgers::testing::with_line;
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
  CHECK(guard_toml(text).safe_length == text.size());
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
    const auto result = guard_toml(text);
    CHECK_FALSE(result.error);
    CHECK(result.safe_length == std::string_view(text).size());
  }
  for (const char* file : {"scenarios/03-concurrent-burgers.toml", "scenarios/08-lunch-hour.toml",
                           "tests/data/scenario/every_key.toml"}) {
    INFO(file);
    const std::string text = burgers::testing::read_source_file(file);
    CHECK(guard_toml(text).safe_length == text.size());
  }
  CHECK(guard_toml(kBaseScenario).safe_length == kBaseScenario.size());
}

TEST_CASE("an ordinary syntax error is left to toml++ and its message") {
  CHECK(errors_of("x = [1 2]") ==
        Errors{"test.toml:1:8: Error while parsing array: expected comma or closing ']', saw '2'"});
  // toml++ only sees the text up to the end of the line with the error.
  const auto stopped = guard_toml("x = \"abc\ny = 1\n");
  CHECK_FALSE(stopped.error);
  CHECK(stopped.safe_length == 9);
}

TEST_CASE("a backslash in a multi-line string is not followed by what toml++ misreads") {
  // Both reached TOML_UNREACHABLE (fuzz finding): an escape of a non-ASCII character,
  CHECK(errors_of("x = \"\"\"a \\\xEF\xB9\xBC\"\"\"\n") ==
        Errors{"test.toml:1:11: invalid escape sequence: '\\' followed by U+FE7C"});
  // and, after a line-ending backslash, U+FC06..U+FEFE as the first character (valid TOML).
  const std::string cannot = "toml++ 3.3.0 cannot read ";
  const std::string after =
      " right after a line-ending backslash: end the line before without "
      "the backslash, or start this one with another character";
  CHECK(errors_of("x = \"\"\"a \\\n  \xEF\xB8\x8F\"\"\"\n") ==
        Errors{"test.toml:2:3: " + cannot + "U+FE0F" + after});
  // ... and for 'é', '、' or kana (fuzz finding: a lesson's Chinese text after a '\').
  CHECK(errors_of("x = \"\"\"a \\\n\xC3\xA9\"\"\"") ==
        Errors{"test.toml:2:1: " + cannot + "U+00E9" + after});
  CHECK(errors_of("x = \"\"\"a \\\n\xE2\xBD\x86\"\"\"").size() == 1);
  CHECK(errors_of("x = \"\"\"a \\   \xE3\x80\x81\"\"\"").size() == 1);
  CHECK(burgers::testing::loaded(with_line(2, "title = \"\"\"a \\\n  \xE6\xAB\x83\"\"\"")).title ==
        "a \xE6\xAB\x83");
}

TEST_CASE("a date followed by a space and a single digit is refused before toml++ asserts") {
  // parse_value asserts (in release builds: assumes) !is_value_terminator (fuzz finding).
  CHECK(errors_of("name = 0989-05-27 0 lognormal(2s, 1s)\"\n") ==
        Errors{"test.toml:1:8: '0989-05-27 0' is not a number, a date or a time"});
  CHECK(errors_of("x = 1979-05-27 0\n").size() == 1);
  CHECK(errors_of("x = 1_979-05-27 0]").size() == 1);
  CHECK(errors_of("x = 1979-05-27 07:32:00\n").front() ==
        "test.toml:1:1: unknown key 'x' at the top level (valid keys: scenario, station, "
        "machine, customers, sweep)");
}

TEST_CASE("a value run into a bracket, brace or quote is refused before toml++ asserts") {
  // toml++ reads on past the '[' and asserts on the date and digit after it (fuzz finding).
  CHECK(errors_of("name = 0[[9-05-27 0 stationa 1s)\"\n") ==
        Errors{"test.toml:1:8: '0[[9-05-27' is not a number, a date or a time"});
  CHECK(errors_of("x = 1{a\n").size() == 1);
  CHECK(errors_of("x = 2\"s\"\n").size() == 1);
  CHECK(errors_of("x = true'y'\n").size() == 1);
  // Delimited as TOML wants, the same characters are fine.
  CHECK(errors_of("x = [1, [2], {a = 3}]\n").front().find("unknown key 'x'") != std::string::npos);
}

TEST_CASE("only well-formed numbers, dates and times reach toml++'s value parser") {
  for (const char* good : {"0",
                           "-17",
                           "+1_000",
                           "0x7F_ff",
                           "0o17",
                           "0b1_01",
                           "3.14",
                           "-0.0",
                           "1e6",
                           "6.02E+23",
                           "1_0.5e-0_3",
                           "inf",
                           "-nan",
                           "true",
                           "false",
                           "1979-05-27",
                           "07:32:00",
                           "07:32:00.999",
                           "1979-05-27T07:32:00Z",
                           "1979-05-27 07:32:00.5+05:30",
                           "1979-05-27t07:32:00-08:00"}) {
    INFO(good);
    CHECK(burgers::scenario::is_toml_scalar(good));
  }
  for (const char* bad : {"",
                          "=",
                          "+",
                          "01",
                          "1__0",
                          "_1",
                          "1_",
                          "0x",
                          "+0x1",
                          "1.",
                          ".5",
                          "1e",
                          "0b2",
                          "True",
                          "infinity",
                          "1979-05-27Tarrival07:32:00Z",
                          "1979-05-27T",
                          "1979-05-27 0",
                          "07:32",
                          "1979-5-27",
                          "1979-05-27T07:32:00+0530"}) {
    INFO(bad);
    CHECK_FALSE(burgers::scenario::is_toml_scalar(bad));
  }
  // An override value that is no TOML value is a plain string (it reached an assertion in
  // parse_time, a fuzz finding).
  const burgers::scenario::Override o{"scenario.title", "1979-05-27Tarrival07:32:00Z"};
  CHECK(burgers::testing::loaded(kBaseScenario, {o}).title == "1979-05-27Tarrival07:32:00Z");
}

TEST_CASE("a missing value is refused before toml++'s parse_value asserts") {
  CHECK(errors_of("x = [\"a\", }io\"]\n") == Errors{"test.toml:1:11: expected a value, saw '}'"});
  CHECK(errors_of("x = [1,,2]") == Errors{"test.toml:1:8: expected a value, saw ','"});
  CHECK(errors_of("x = \n") == Errors{"test.toml:1:5: expected a value, saw the end of the line"});
  CHECK(errors_of("x = {a = }") == Errors{"test.toml:1:10: expected a value, saw '}'"});
}

TEST_CASE("non-ASCII after an ordinary syntax error on its line is not shown to toml++") {
  // toml++ read on past a stray '"' while it worked out the value's type (fuzz finding).
  CHECK(errors_of("x = 1 \"\xE6\x89\x80\xEF\xB9\xBC\"\n") ==
        Errors{"test.toml:1:7: unexpected '\"'"});
  CHECK(errors_of("x = +\"\xE6\x89\x80\xEF\xB9\xBC\"\n") ==
        Errors{"test.toml:1:5: '+' is not a number, a date or a time"});
}
