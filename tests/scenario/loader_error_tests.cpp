#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scenario_test_support.hpp"

using burgers::testing::errors_of;
using burgers::testing::kBaseScenario;
using burgers::testing::with_line;
using Errors = std::vector<std::string>;

// Line numbers below refer to kBaseScenario (scenario_test_support.hpp):
//  1 [scenario]  2 title  4 [[station]]  5 name  6 staff  8 [customers]  9 count  10 arrival
//  12 [[customers.step]]  13 name  14 station  15 work

TEST_CASE("the base scenario of these tests is valid") {
  CHECK(errors_of(kBaseScenario).empty());
}

TEST_CASE("a TOML syntax error is reported with its description and position") {
  CHECK(errors_of(with_line(6, "staff = = 2")) ==
        Errors{"test.toml:6:9: '=' is not a number, a date or a time"});
  CHECK(errors_of(with_line(10, "arrival = exp(2min)")) ==
        Errors{"test.toml:10:11: unquoted text 'exp(2min)': write strings in quotes, e.g. "
               "\"exp(2min)\""});
  CHECK(errors_of(with_line(6, "staff = 1\nstaff = 2")) ==
        Errors{"test.toml:7:9: Error while parsing key-value pair: cannot redefine existing "
               "integer 'staff'"});
}

TEST_CASE("an unknown key is reported at the key with a suggestion") {
  CHECK(errors_of(with_line(6, "staff = 1\nstaf = 2")) ==
        Errors{"test.toml:7:1: unknown key 'staf' in [[station]] (did you mean 'staff'?)"});
  CHECK(errors_of(with_line(6, "staf = 1")) ==
        Errors{"test.toml:6:1: unknown key 'staf' in [[station]] (did you mean 'staff'?)",
               "test.toml:4:1: station[0]: missing required key 'staff'"});
  CHECK(errors_of(with_line(0, "custmer = \"free\"")) ==
        Errors{"test.toml:16:1: unknown key 'custmer' in [[customers.step]] (did you mean "
               "'customer'?)"});
  CHECK(errors_of(with_line(9, "count = 2\nrate = 1")) ==
        Errors{"test.toml:10:1: unknown key 'rate' in [customers] (valid keys: name, label, "
               "label_zh, count, "
               "arrival, step)"});
  CHECK(
      errors_of(with_line(0, "[stations]\nx = 1")) ==
      Errors{"test.toml:16:2: unknown key 'stations' at the top level (did you mean 'station'?)"});
}

TEST_CASE("an unknown station is reported at the step's station value with a suggestion") {
  CHECK(errors_of(with_line(14, R"~(station = "kitchn")~")) ==
        Errors{"test.toml:14:11: customers.step[0].station: unknown station 'kitchn' (did you mean "
               "'kitchen'?)"});
  CHECK(errors_of(with_line(14, R"~(station = "oven")~")) ==
        Errors{"test.toml:14:11: customers.step[0].station: unknown station 'oven' (stations: "
               "kitchen)"});
}

TEST_CASE("zero, negative and huge staff are reported at the value") {
  CHECK(errors_of(with_line(6, "staff = 0")) ==
        Errors{"test.toml:6:9: station[0].staff: must be at least 1, got 0"});
  CHECK(errors_of(with_line(6, "staff = -3")) ==
        Errors{"test.toml:6:9: station[0].staff: must be at least 1, got -3"});
  CHECK(errors_of(with_line(6, "staff = 10001")) ==
        Errors{"test.toml:6:9: station[0].staff: 10001 is too large (limit 10000)"});
}

TEST_CASE("a bad distribution name is reported inside the string with a suggestion") {
  CHECK(
      errors_of(with_line(10, R"~(arrival = "expo(2min)")~")) ==
      Errors{
          "test.toml:10:12: customers.arrival: unknown distribution 'expo' (did you mean 'exp'?)"});
  CHECK(errors_of(with_line(15, R"~(work = "io  nromal(1s, 1s)")~")) ==
        Errors{"test.toml:15:13: customers.step[0].work: unknown distribution 'nromal' (did you "
               "mean 'normal'?)"});
}

TEST_CASE("bad distribution arguments are reported at the offending argument") {
  CHECK(errors_of(with_line(15, R"~(work = "uniform(90s, 30s)")~")) ==
        Errors{"test.toml:15:17: customers.step[0].work: uniform(A, B) needs A <= B, got A = 90s "
               "and B = 30s"});
  CHECK(
      errors_of(with_line(10, R"~(arrival = "exp(0s)")~")) ==
      Errors{
          "test.toml:10:16: customers.arrival: the mean of exp must be greater than 0, got '0s'"});
  CHECK(errors_of(with_line(15, R"~(work = ["cpu 1s", "erlang(0, 1s)"])~")) ==
        Errors{"test.toml:15:27: customers.step[0].work[1]: erlang's shape K must be a whole "
               "number from 1 to "
               "1000, got '0'"});
  CHECK(errors_of(with_line(15, R"~(work = "exp(1s, 2s)")~")) ==
        Errors{"test.toml:15:9: customers.step[0].work: exp(MEAN) takes 1 argument, got 2"});
}

TEST_CASE("a duration without a unit asks for one, in a string or as a bare number") {
  CHECK(
      errors_of(with_line(15, R"~(work = "uniform(30s, 90)")~")) ==
      Errors{
          "test.toml:15:22: customers.step[0].work: missing unit in '90': write 90s, 90min, ..."});
  CHECK(errors_of(with_line(15, "work = 90")) ==
        Errors{
            "test.toml:15:8: customers.step[0].work: missing unit in '90': write 90s, 90min, ..."});
  CHECK(
      errors_of(with_line(10, "arrival = 1.5")) ==
      Errors{"test.toml:10:11: customers.arrival: missing unit in '1.5': write 1.5s, 1.5min, ..."});
  CHECK(errors_of(with_line(0, "[machine]\nquantum = 10")) ==
        Errors{"test.toml:17:11: machine.quantum: missing unit in '10': write 10s, 10min, ..."});
  CHECK(
      errors_of(with_line(10, R"~(arrival = "2 sec")~")) ==
      Errors{
          "test.toml:10:14: customers.arrival: unknown unit 'sec' in '2 sec' (did you mean 's'?)"});
}

TEST_CASE("a value of the wrong type names the expected type") {
  CHECK(errors_of(with_line(6, R"~(staff = "two")~")) ==
        Errors{"test.toml:6:9: station[0].staff: expected an integer, got a string"});
  CHECK(errors_of(with_line(6, R"~(staff = "2")~")) ==
        Errors{"test.toml:6:9: station[0].staff: expected an integer, got a string (write 2 "
               "without quotes)"});
  CHECK(errors_of(with_line(6, "staff = 2.5")) ==
        Errors{"test.toml:6:9: station[0].staff: expected an integer, got a decimal number"});
  CHECK(errors_of(with_line(2, "title = 5")) ==
        Errors{"test.toml:2:9: scenario.title: expected a string, got an integer"});
  CHECK(errors_of(with_line(6, "staff = 1\nasync = \"yes\"")) ==
        Errors{"test.toml:7:9: station[0].async: expected true or false, got a string"});
  CHECK(errors_of(with_line(15, "work = true")) ==
        Errors{"test.toml:15:8: customers.step[0].work: expected a work string such as \"cpu "
               "30s\", got a boolean"});
  CHECK(errors_of(with_line(4, "[station]")) ==
        Errors{"test.toml:4:1: station: expected an array of tables ([[station]]), got a table"});
}

TEST_CASE("a duplicate station name is reported at the second definition") {
  CHECK(errors_of(with_line(0, "[[station]]\nname = \"kitchen\"\nstaff = 2")) ==
        Errors{"test.toml:17:8: station[1].name: duplicate station name 'kitchen' (already used by "
               "station[0])"});
}

TEST_CASE("duplicate step and group names are reported") {
  CHECK(errors_of(with_line(0, "[[customers.step]]\nname = \"cook\"\nwork = \"1s\"")) ==
        Errors{"test.toml:17:8: customers.step[1].name: duplicate step name 'cook' (already used "
               "by step[0])"});
  const char* groups = R"~([scenario]
title = "t"
[[customers]]
name = "a"
count = 1
arrival = "1s"
[[customers.step]]
name = "s"
work = "1s"
[[customers]]
name = "a"
count = 1
arrival = "1s"
[[customers.step]]
name = "s"
work = "1s"
)~";
  CHECK(errors_of(groups) == Errors{"test.toml:11:8: customers[1].name: duplicate group name 'a' "
                                    "(already used by customers[0])"});
}

TEST_CASE("customer given on a step without a station is an error at the key") {
  CHECK(errors_of(with_line(14, R"~(customer = "free")~")) ==
        Errors{"test.toml:14:1: customers.step[0].customer: only a step at a station can set "
               "customer (without "
               "station, the step is the customer's own activity)"});
  CHECK(errors_of(with_line(14, "station = \"kitchen\"\ncustomer = \"fre\"")) ==
        Errors{"test.toml:15:12: customers.step[0].customer: must be 'blocked' or 'free', got "
               "'fre' (did you mean "
               "'free'?)"});
}

TEST_CASE("missing required keys and tables are reported") {
  CHECK(errors_of(with_line(2, "")) ==
        Errors{"test.toml:1:1: scenario: missing required key 'title'"});
  CHECK(errors_of(with_line(2, "title = \"\"")) ==
        Errors{"test.toml:2:9: scenario.title: must not be empty"});
  CHECK(errors_of(with_line(9, "")) ==
        Errors{"test.toml:8:1: customers: missing required key 'count'"});
  CHECK(errors_of(with_line(15, "")) ==
        Errors{"test.toml:12:1: customers.step[0]: missing required key 'work'"});
  CHECK(errors_of("[scenario]\ntitle = \"t\"\n") ==
        Errors{"test.toml: missing required table [customers] (or [[customers]])"});
  CHECK(errors_of(with_line(1, "", with_line(2, ""))) ==
        Errors{"test.toml: missing required table [scenario]"});
  CHECK(errors_of(with_line(15, "work = []")) ==
        Errors{"test.toml:15:8: customers.step[0].work: must list at least one phase"});
}

TEST_CASE("names must be identifiers, and the error points at the bad character") {
  CHECK(errors_of(with_line(5, R"~(name = "my kitchen")~"), {}) ==
        Errors{"test.toml:5:11: station[0].name: 'my kitchen' is not a valid name: use only "
               "letters, digits, '_' "
               "and '-'",
               "test.toml:14:11: customers.step[0].station: unknown station 'kitchen'"});
}

TEST_CASE("machine values are checked: cores not negative, quantum above zero") {
  CHECK(errors_of(with_line(0, "[machine]\ncores = -1")) ==
        Errors{"test.toml:17:9: machine.cores: must be at least 0, got -1"});
  CHECK(errors_of(with_line(0, "[machine]\nquantum = \"0ms\"")) ==
        Errors{"test.toml:17:11: machine.quantum: must be greater than 0, got '0ms'"});
  CHECK(errors_of(with_line(0, "[machine]\ncontext_switch = \"-1ms\"")) ==
        Errors{"test.toml:17:19: machine.context_switch: durations cannot be negative: '-1ms'"});
}

TEST_CASE("columns count code points, not bytes") {
  // 櫃檯 is two code points but six bytes: the staff value sits at column 57, not 61.
  const std::string inline_station =
      R"~(station = [{ label_zh = "櫃檯", name = "kitchen", staff = 0 }])~";
  CHECK(errors_of(inline_station + "\n" + with_line(4, "", with_line(5, "", with_line(6, "")))) ==
        Errors{"test.toml:1:57: station[0].staff: must be at least 1, got 0"});
  CHECK(errors_of(with_line(10, R"~(arrival = "exp(2分)")~")) ==
        Errors{"test.toml:10:17: customers.arrival: unknown unit '分' in '2分' (units: ns, us, ms, "
               "s, min, h)"});
}

TEST_CASE("an error inside a string with escape sequences points at the string") {
  CHECK(
      errors_of(with_line(10, R"~(arrival = "exp(\u0030s)")~")) ==
      Errors{
          "test.toml:10:11: customers.arrival: the mean of exp must be greater than 0, got '0s'"});
  CHECK(
      errors_of(with_line(10, R"~(arrival = 'exp(0s)')~")) ==
      Errors{
          "test.toml:10:16: customers.arrival: the mean of exp must be greater than 0, got '0s'"});
}

TEST_CASE("every problem in a file is reported, in file order, not just the first") {
  const char* text = R"~([scenario]
title = "Many problems"
seed = -1

[[station]]
name = "kitchen"
staff = 0

[customers]
count = 2
arrival = "exp(2 minutes)"

[[customers.step]]
name = "cook"
station = "kitchn"
work = "1"
)~";
  CHECK(errors_of(text) ==
        Errors{"test.toml:3:8: scenario.seed: must be at least 0, got -1",
               "test.toml:7:9: station[0].staff: must be at least 1, got 0",
               "test.toml:11:18: customers.arrival: unknown unit 'minutes' in '2 minutes' (did you "
               "mean 'min'?)",
               "test.toml:15:11: customers.step[0].station: unknown station 'kitchn' (did you mean "
               "'kitchen'?)",
               "test.toml:16:9: customers.step[0].work: missing unit in '1': write 1s, 1min, ..."});
}
