// Text that reaches an output (titles, labels, descriptions, the file's name) is valid
// UTF-8 without control characters, from a file or from --set; messages show such bytes
// escaped instead of being cut at a NUL.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scenario/text_scan.hpp"
#include "scenario_test_support.hpp"

using namespace burgers::scenario;
using burgers::testing::errors_of;
using burgers::testing::kBaseScenario;
using burgers::testing::loaded;
using burgers::testing::with_line;
using Errors = std::vector<std::string>;

TEST_CASE("a --set value with control characters or broken UTF-8 is refused") {
  // Once written raw into summary.json and timeline.svg.
  const Override o{"scenario.title", "\x01\x02\xff"};
  CHECK(errors_of(kBaseScenario, {o}) ==
        Errors{"--set scenario.title=\\u0001\\u0002\\xFF:1:16: scenario.title: contains the "
               "control character U+0001"});
  const Override label{"station.kitchen.label", "ok \xff"};
  CHECK(errors_of(kBaseScenario, {label}) ==
        Errors{"--set station.kitchen.label=ok \\xFF:1:26: station[0].label: is not valid "
               "UTF-8 (byte 0xFF)"});
  const Override newline{"scenario.title", "two\nlines"};
  CHECK(errors_of(kBaseScenario, {newline})
            .front()
            .find("contains the control character U+000A (only a description may hold line breaks "
                  "and tabs)") != std::string::npos);
}

TEST_CASE("a file's strings with escaped control characters are refused at the character") {
  CHECK(errors_of(with_line(2, R"(title = "ab\u0007")")) ==
        Errors{"test.toml:2:9: scenario.title: contains the control character U+0007"});
  CHECK(errors_of(with_line(5, "name = \"kitchen\"\nlabel = \"\\u009B\"")) ==
        Errors{"test.toml:6:9: station[0].label: contains the control character U+009B"});
  // Descriptions are paragraphs: line breaks and tabs are fine there, nothing else.
  const Scenario s = loaded(with_line(2, "title = \"T\"\ndescription = \"a\\n\\tb\""));
  CHECK(s.description == "a\n\tb");
  CHECK(errors_of(with_line(2, "title = \"T\"\ndescription = \"a\\u0000b\"")).size() == 1);
}

TEST_CASE("a NUL in a key is shown escaped, not cut off with the rest of the message") {
  CHECK(errors_of(with_line(6, "staff = 1\n\"st\\u0000aff\" = 2")) ==
        Errors{"test.toml:7:1: unknown key 'st\\u0000aff' in [[station]] (did you mean "
               "'staff'?)"});
  const Override o{std::string("customers.co\0unt", 16), "3"};
  const Errors e = errors_of(kBaseScenario, {o});
  REQUIRE(e.size() == 1);
  CHECK(e[0].find("co\\u0000unt") != std::string::npos);
  CHECK(e[0].find("did you mean 'count'?") != std::string::npos);
}

TEST_CASE("a file whose name is not valid UTF-8 cannot name the outputs") {
  const LoadResult r = load_scenario_text(kBaseScenario, "lesson\xff.toml");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].to_string() ==
        "lesson\\xFF.toml: the file's name is not valid UTF-8 (byte 0xFF): rename the file");
  CHECK(load_scenario_text(kBaseScenario, "並發.toml").scenario->name == "並發");
}

TEST_CASE("output text is checked for UTF-8 and control characters, and shown escaped") {
  CHECK_FALSE(check_output_text("並發漢堡 <&\"'> 🍔", false));
  CHECK(check_output_text("\xC0\x80", false)->message ==
        "is not valid UTF-8 (byte 0xC0)");                             // overlong
  CHECK(check_output_text("\xED\xA0\x80", false)->offset == 0);        // surrogate
  CHECK(check_output_text("ok\xF4\x90\x80\x80", false)->offset == 2);  // beyond U+10FFFF
  CHECK(check_output_text("ab\xE6\xAB", false)->offset == 2);          // cut short
  CHECK(check_output_text("a\x7F", false)->message == "contains the control character U+007F");
  CHECK(printable(std::string("a\0b\x1B[31m\xff\xE6\xAB\x83", 12)) ==
        "a\\u0000b\\u001B[31m\\xFF櫃");
}
