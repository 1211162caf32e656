#include <catch2/catch.hpp>

#include <string>

#include "scenario/duration_parser.hpp"

using namespace burgers;
using namespace burgers::scenario;

namespace {

Time duration(const std::string& text) {
  const Parsed<Time> parsed = parse_duration(text);
  INFO(text << " -> " << parsed.error.message);
  REQUIRE(parsed.ok());
  return *parsed.value;
}

TextError duration_error(const std::string& text) {
  const Parsed<Time> parsed = parse_duration(text);
  INFO(text);
  REQUIRE_FALSE(parsed.ok());
  return parsed.error;
}

}  // namespace

TEST_CASE("durations convert exactly to nanoseconds in every unit") {
  CHECK(duration("1.5min") == 90 * kSecond);
  CHECK(duration("0.001s") == kMillisecond);
  CHECK(duration("250us") == 250 * kMicrosecond);
  CHECK(duration("90s") == 90 * kSecond);
  CHECK(duration("2 h") == 2 * kHour);
  CHECK(duration("7ns") == 7);
  CHECK(duration("16ms") == 16 * kMillisecond);
  CHECK(duration("0s") == 0);
  CHECK(duration("0.000000001s") == 1);
  CHECK(duration("1.000000000000000000000000000s") == kSecond);
  CHECK(duration("0.00000000001h") == 36);  // 3.6e12 ns * 1e-11
  CHECK(duration("  3.25 min  ") == 195 * kSecond);
  CHECK(duration("000000000000000000000012s") == 12 * kSecond);
}

TEST_CASE("durations stop at 100 years, the limit of simulated time, and never overflow") {
  // 100 years of 365.25 days: 876,600 hours.
  CHECK(duration("876600h") == 876'600 * kHour);
  CHECK(duration("3155760000000000000ns") == 876'600 * kHour);
  const std::string too_long =
      "is too long: durations must be at most 100 years (the limit of simulated time)";
  CHECK(duration_error("3155760000000000001ns").message == "'3155760000000000001ns' " + too_long);
  CHECK(duration_error("876601h").message == "'876601h' " + too_long);
  // Beyond int64 nanoseconds (once read as 0 s of work, or a negative time).
  CHECK(duration_error("9223372036854775807ns").message == "'9223372036854775807ns' " + too_long);
  CHECK(duration_error("9223372036854775808ns").message == "'9223372036854775808ns' " + too_long);
  CHECK(duration_error("2562048h").message == "'2562048h' " + too_long);
}

TEST_CASE("a duration that is not a whole number of nanoseconds is rejected") {
  CHECK(duration_error("0.5ns").message == "'0.5ns' is not a whole number of nanoseconds");
  CHECK(duration_error("0.0000000001s").message ==
        "'0.0000000001s' is not a whole number of nanoseconds");
  CHECK(duration_error("1.00000000000000000000001s").message ==
        "'1.00000000000000000000001s' is not a whole number of nanoseconds");
}

TEST_CASE("a number without a unit asks for one") {
  const TextError e = duration_error("90");
  CHECK(e.message == "missing unit in '90': write 90s, 90min, ...");
  CHECK(e.offset == 0);
  CHECK(duration_error(" 1.5 ").message == "missing unit in '1.5': write 1.5s, 1.5min, ...");
  CHECK(duration_error(" 1.5 ").offset == 1);
}

TEST_CASE("unknown units point at the unit and suggest the right one") {
  TextError e = duration_error("5 sec");
  CHECK(e.message == "unknown unit 'sec' in '5 sec' (did you mean 's'?)");
  CHECK(e.offset == 2);
  CHECK(duration_error("3mins").message == "unknown unit 'mins' in '3mins' (did you mean 'min'?)");
  CHECK(duration_error("3 mim").message == "unknown unit 'mim' in '3 mim' (did you mean 'min'?)");
  CHECK(duration_error("2\u00b5s").message ==
        "unknown unit '\u00b5s' in '2\u00b5s' (did you mean 'us'?)");
  CHECK(duration_error("1x").message == "unknown unit 'x' in '1x' (units: ns, us, ms, s, min, h)");
  CHECK(duration_error("4m").message ==
        "ambiguous unit 'm' in '4m': write min for minutes or ms for milliseconds");
}

TEST_CASE("malformed durations are rejected with the offending character's offset") {
  CHECK(duration_error("-2s").message == "durations cannot be negative: '-2s'");
  CHECK(duration_error("1e3s").message ==
        "exponents are not allowed in durations: write the number in full, e.g. 1000s");
  CHECK(duration_error("1e3s").offset == 1);
  CHECK(duration_error("5.s").message == "expected digits after the '.' in '5.s'");
  CHECK(duration_error(".5s").message == "expected a duration like 90s or 1.5min, got '.5s'");
  CHECK(duration_error("").message == "missing duration: write e.g. 90s or 1.5min");
  const TextError trailing = duration_error("90s later");
  CHECK(trailing.message == "unexpected 'later' after '90s'");
  CHECK(trailing.offset == 4);
  CHECK(duration_error("1,5s").message == "unexpected ',' in '1,5s'");
}
