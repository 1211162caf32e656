#include <catch2/catch.hpp>

#include <string>

#include "scenario/distribution_parser.hpp"

using namespace burgers;
using namespace burgers::scenario;

namespace {

Distribution distribution(const std::string& text) {
  const Parsed<Distribution> parsed = parse_distribution(text);
  INFO(text << " -> " << parsed.error.message);
  REQUIRE(parsed.ok());
  return *parsed.value;
}

TextError distribution_error(const std::string& text) {
  const Parsed<Distribution> parsed = parse_distribution(text);
  INFO(text);
  REQUIRE_FALSE(parsed.ok());
  return parsed.error;
}

Phase work(const std::string& text) {
  const Parsed<Phase> parsed = parse_work(text);
  INFO(text << " -> " << parsed.error.message);
  REQUIRE(parsed.ok());
  return *parsed.value;
}

TextError work_error(const std::string& text) {
  const Parsed<Phase> parsed = parse_work(text);
  INFO(text);
  REQUIRE_FALSE(parsed.ok());
  return parsed.error;
}

}  // namespace

TEST_CASE("every distribution form maps to its Distribution value") {
  CHECK(distribution("90s") == Distribution::constant(90 * kSecond));
  CHECK(distribution("const(0s)") == Distribution::constant(0));
  CHECK(distribution("exp(2min)") == Distribution::exponential(2 * kMinute));
  CHECK(distribution("uniform(30s, 90s)") == Distribution::uniform(30 * kSecond, 90 * kSecond));
  CHECK(distribution("uniform(1s,1s)") == Distribution::uniform(kSecond, kSecond));
  CHECK(distribution("normal(5min, 2min)") == Distribution::normal(5 * kMinute, 2 * kMinute));
  CHECK(distribution("normal(5min, 0s)") == Distribution::normal(5 * kMinute, 0));
  CHECK(distribution("lognormal(90s, 30s)") == Distribution::lognormal(90 * kSecond, 30 * kSecond));
  CHECK(distribution("erlang(4, 3min)") == Distribution::erlang(4, 3 * kMinute));
  CHECK(distribution("  uniform ( 1.5min ,2 h )  ") ==
        Distribution::uniform(90 * kSecond, 2 * kHour));
}

TEST_CASE("an unknown distribution name is reported at the name with a suggestion") {
  const TextError e = distribution_error("  expo(2min)");
  CHECK(e.message == "unknown distribution 'expo' (did you mean 'exp'?)");
  CHECK(e.offset == 2);
  CHECK(distribution_error("poisson(3s)").message ==
        "unknown distribution 'poisson' (write a duration like 90s, or one of const, exp, uniform, "
        "normal, "
        "lognormal, erlang)");
  CHECK(distribution_error("fast").message ==
        "unknown distribution 'fast' (write a duration like 90s, or one of const, exp, uniform, "
        "normal, "
        "lognormal, erlang)");
}

TEST_CASE("bad distribution arguments are reported at the argument") {
  TextError e = distribution_error("exp(0s)");
  CHECK(e.message == "the mean of exp must be greater than 0, got '0s'");
  CHECK(e.offset == 4);
  e = distribution_error("uniform(90s, 30s)");
  CHECK(e.message == "uniform(A, B) needs A <= B, got A = 90s and B = 30s");
  CHECK(e.offset == 8);
  e = distribution_error("uniform(30s, 90)");
  CHECK(e.message == "missing unit in '90': write 90s, 90min, ...");
  CHECK(e.offset == 13);
  e = distribution_error("erlang(2.5, 1s)");
  CHECK(e.message == "erlang's shape K must be a whole number from 1 to 1000, got '2.5'");
  CHECK(e.offset == 7);
  CHECK(distribution_error("erlang(1001, 1s)").message ==
        "erlang's shape K must be a whole number from 1 to 1000, got '1001'");
  CHECK(distribution_error("erlang(0, 1s)").message ==
        "erlang's shape K must be a whole number from 1 to 1000, got '0'");
  CHECK(distribution_error("normal(0s, 1s)").message ==
        "the mean of normal must be greater than 0, got '0s'");
  CHECK(distribution_error("lognormal(1s, -1s)").message == "durations cannot be negative: '-1s'");
  CHECK(distribution_error("normal(1s, 1s, 1s)").message ==
        "normal(MEAN, SD) takes 2 arguments, got 3");
  CHECK(distribution_error("exp()").message == "exp(MEAN) takes 1 argument, got none");
  CHECK(distribution_error("uniform(1s, )").message ==
        "missing duration: write e.g. 90s or 1.5min");
}

TEST_CASE("malformed distribution syntax is reported where it goes wrong") {
  TextError e = distribution_error("exp(2min");
  CHECK(e.message == "missing ')' after the arguments of exp");
  CHECK(e.offset == 8);
  e = distribution_error("exp(2min) + 1s");
  CHECK(e.message == "unexpected '+ 1s' after ')'");
  CHECK(e.offset == 10);
  e = distribution_error("exp 2min");
  CHECK(e.message == "expected '(' after 'exp': write exp(MEAN)");
  CHECK(e.offset == 4);
  CHECK(distribution_error("exp(exp(1s))").message == "unexpected '(' inside exp(...)");
  CHECK(distribution_error("").message ==
        "empty distribution: write a duration like 90s or a distribution like exp(2min)");
  CHECK(distribution_error("cpu 3s").message ==
        "'cpu' marks work, not a distribution: write e.g. exp(2min)");
}

TEST_CASE("work strings take an optional cpu or io prefix and keep their text") {
  Phase p = work("cpu exp(4min)");
  CHECK(p.kind == WorkKind::cpu);
  CHECK(p.duration == Distribution::exponential(4 * kMinute));
  CHECK(p.text == "cpu exp(4min)");
  p = work("io 3min");
  CHECK(p.kind == WorkKind::io);
  CHECK(p.duration == Distribution::constant(3 * kMinute));
  p = work("uniform(30s,90s)");
  CHECK(p.kind == WorkKind::cpu);
  CHECK(p.duration == Distribution::uniform(30 * kSecond, 90 * kSecond));
  CHECK(work(" io  exp (1s)").kind == WorkKind::io);
}

TEST_CASE("bad work strings are reported at the offending character") {
  TextError e = work_error("gpu 2s");
  CHECK(e.message == "unknown work kind 'gpu': write cpu, io or block (did you mean 'cpu'?)");
  CHECK(e.offset == 0);
  e = work_error("io exp(0s)");
  CHECK(e.message == "the mean of exp must be greater than 0, got '0s'");
  CHECK(e.offset == 7);
  CHECK(work_error("cpu").message == "missing duration after 'cpu': write e.g. 'cpu 3min'");
  CHECK(work_error("io(3s)").message == "expected a space after 'io'");
  CHECK(work_error("io 3").message == "missing unit in '3': write 3s, 3min, ...");
  CHECK(work_error("io 3").offset == 3);
}
