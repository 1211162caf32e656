// The limits of limits.hpp, each refused by the validator at the key that passes it, with
// the limit in the message: phases, staff, customers, stations, time slices, the horizon.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "scenario/limits.hpp"
#include "scenario/limits_validator.hpp"
#include "scenario_test_support.hpp"

using namespace burgers;
using burgers::testing::errors_of;
using burgers::testing::loaded;
using burgers::testing::with_line;
using Errors = std::vector<std::string>;
using scenario::Override;

// Line numbers refer to kBaseScenario (scenario_test_support.hpp):
//  1 [scenario]  2 title  4 [[station]]  5 name  6 staff  8 [customers]  9 count  10 arrival
//  12 [[customers.step]]  13 name  14 station  15 work

namespace {

std::string work_list(int phases) {
  std::string list = "work = [";
  for (int i = 0; i < phases; ++i) list += std::string(i ? ", " : "") + "\"io 1s\"";
  return list + "]";
}

// Two staff sharing one core, each job `work` of cpu; `machine` lines go in [machine].
std::string cpu_scenario(const std::string& machine, const std::string& work, int customers = 2) {
  return "[scenario]\ntitle = \"t\"\n[machine]\ncores = 1\n" + machine +
         "\n[[station]]\nname = \"cooks\"\nstaff = 2\n[customers]\ncount = " +
         std::to_string(customers) +
         "\narrival = \"0s\"\n[[customers.step]]\nname = \"cook\"\nstation = \"cooks\"\nwork = \"" +
         work + "\"\n";
}

}  // namespace

TEST_CASE("a work list of 256 phases is refused (it once looped forever) and 100 are fine") {
  CHECK(errors_of(with_line(15, work_list(256))) ==
        Errors{"test.toml:15:909: customers.step[0].work: more than 100 phases (limit 100): for "
               "many alike phases, write one with a distribution"});
  CHECK(loaded(with_line(15, work_list(100))).groups[0].steps[0].work.size() == 100);
}

TEST_CASE("a quantum that cuts the cpu work into too many slices is refused at the quantum") {
  CHECK(errors_of(cpu_scenario("quantum = \"1ns\"", "cpu 1h")) ==
        Errors{"test.toml:5:11: machine.quantum: a quantum of 1 ns cuts the cpu work into about "
               "7200000000000 time slices (limit 100000000): use one of at least 72 µs, or "
               "fewer customers"});
  // The default quantum (10 ms) with far more work: reported at [machine].
  CHECK(errors_of(cpu_scenario("", "cpu 1000s", 10'000)) ==
        Errors{"test.toml:3:1: machine.quantum: a quantum of 10 ms cuts the cpu work into about "
               "1000000000 time slices (limit 100000000): use one of at least 100 ms, or "
               "fewer customers"});
  // Without contention (no more staff than cores) nothing is sliced.
  CHECK(errors_of(with_line(0, "[machine]\ncores = 1\nquantum = \"1ns\"",
                            with_line(15, "work = \"cpu 1h\""))) == Errors{});
  CHECK(errors_of(cpu_scenario("quantum = \"1ms\"", "cpu 1h")) == Errors{});
}

TEST_CASE("a GIL switch interval that cuts the cpu work into too many slices is refused") {
  // Two Python threads (one core each) hand the GIL over every nanosecond for an hour.
  const std::string gil =
      "[scenario]\ntitle = \"t\"\n[machine]\ngil = true\nswitch_interval = "
      "\"1ns\"\n[[station]]\nname = \"pool\"\nstaff = 2\n[customers]\ncount "
      "= 2\narrival = \"0s\"\n[[customers.step]]\nname = \"run\"\nstation = "
      "\"pool\"\nwork = \"cpu 1h\"\n";
  CHECK(errors_of(gil) ==
        Errors{"test.toml:5:19: machine.switch_interval: a switch interval of 1 ns cuts the cpu "
               "work into about 7200000000000 time slices (limit 100000000): use one of at least "
               "72 µs, or fewer customers"});
  // One thread never hands the GIL over; a process pool has a GIL per process.
  std::string one = gil;
  one.replace(one.find("staff = 2"), 9, "staff = 1");
  CHECK(errors_of(one) == Errors{});
}

TEST_CASE("a context switch longer than the quantum is refused") {
  CHECK(errors_of(cpu_scenario("context_switch = \"1000h\"", "cpu 1s")) ==
        Errors{"test.toml:5:18: machine.context_switch: must be at most the quantum (10 ms), got "
               "'1000h': the cores would do little but switch"});
  CHECK(errors_of(cpu_scenario("context_switch = \"10ms\"", "cpu 1s")) == Errors{});
}

TEST_CASE("staff are limited per station and over all stations") {
  CHECK(errors_of(with_line(6, "staff = 40000")) ==
        Errors{"test.toml:6:9: station[0].staff: 40000 is too large (limit 10000)"});
  const std::string two =
      with_line(6,
                "staff = 6000\n[[station]]\nname = \"oven\"\nstaff = 5000\n[[station]]\nname = "
                "\"grill\"\nstaff = 1");
  CHECK(errors_of(two) == Errors{"test.toml:9:9: station[1].staff: 11000 staff over all stations "
                                 "is too many (limit 10000)"});
}

TEST_CASE("customers are limited per group and over all groups") {
  CHECK(errors_of(with_line(9, "count = 1000000001")) ==
        Errors{"test.toml:9:9: customers.count: 1000000001 is too large (limit 1000000000)"});
  std::string groups = "[scenario]\ntitle = \"t\"\n";
  for (int g = 0; g < 2; ++g) {
    groups += "[[customers]]\nname = \"g" + std::to_string(g) +
              "\"\ncount = 600000000\narrival = \"1s\"\n[[customers.step]]\nname = \"a\"\nwork "
              "= \"1s\"\n";
  }
  CHECK(errors_of(groups) == Errors{"test.toml:12:9: customers[1].count: 1200000000 customers "
                                    "over all groups is too many (limit 1000000000)"});
}

TEST_CASE("a count beyond int64 in an override says too large, with the limit") {
  const Override o{"customers.count", "9223372036854775808"};
  CHECK(errors_of(burgers::testing::kBaseScenario, {o}) ==
        Errors{"--set customers.count=9223372036854775808:1:17: customers.count: "
               "9223372036854775808 is too large (limit 1000000000)"});
  const Override negative{"customers.count", "-9223372036854775809"};
  CHECK(errors_of(burgers::testing::kBaseScenario, {negative}) ==
        Errors{"--set customers.count=-9223372036854775809:1:17: customers.count: "
               "-9223372036854775809 is too small (limit 0)"});
  // A title may still be all digits.
  const Override title{"scenario.title", "99999999999999999999"};
  CHECK(loaded(burgers::testing::kBaseScenario, {title}).title == "99999999999999999999");
}

TEST_CASE("a run longer than 100 years of simulated time is refused at its cause") {
  // Arrivals: 1,000,000 customers 100,000 h apart (once end_time_s: -386718933).
  CHECK(errors_of(with_line(9, "count = 1000000", with_line(10, "arrival = \"const(100000h)\""))) ==
        Errors{"test.toml:9:9: customers.count: 1000000 customers arriving every const(100000h) "
               "take about 11407712 years of simulated time (limit: 100 years, as time is counted "
               "in 64-bit nanoseconds)"});
  // One staff member's work.
  CHECK(errors_of(with_line(9, "count = 1000000000", with_line(15, "work = \"exp(1h)\""))) ==
        Errors{"test.toml:6:9: station[0].staff: the work at station 'kitchen' takes its 1 staff "
               "about 114077 years of simulated time (limit: 100 years, as time is counted in "
               "64-bit nanoseconds)"});
  // One customer's journey.
  CHECK(errors_of(with_line(14, "", with_line(15, "work = [\"876600h\", \"876600h\"]"))) ==
        Errors{"test.toml:12:1: customers.step: one customer's steps take about 200 years of "
               "simulated time (limit: 100 years, as time is counted in 64-bit nanoseconds)"});
}

TEST_CASE("too many stations, groups or steps are refused at the first one past the limit") {
  std::string stations = "[scenario]\ntitle = \"t\"\n";
  for (int i = 0; i <= scenario::kMaxStations; ++i)
    stations += "[[station]]\nname = \"s" + std::to_string(i) + "\"\nstaff = 1\n";
  const Errors e = errors_of(stations +
                             "[customers]\ncount = 1\narrival = \"1s\"\n"
                             "[[customers.step]]\nname = \"a\"\nwork = \"1s\"\n");
  CHECK(e == Errors{"test.toml:3003:1: station: more than 1000 stations (limit 1000)"});
  std::string steps = std::string(burgers::testing::kBaseScenario);
  for (int i = 0; i < scenario::kMaxStepsPerGroup; ++i)
    steps += "[[customers.step]]\nname = \"s" + std::to_string(i) + "\"\nwork = \"1s\"\n";
  CHECK(errors_of(steps) ==
        Errors{"test.toml:3013:1: customers.step: more than 1000 steps (limit 1000)"});
}

TEST_CASE("the horizon and slice estimates follow the distributions") {
  const scenario::Scenario s = loaded(cpu_scenario("quantum = \"1ms\"", "cpu uniform(1s, 3s)", 10));
  // Ten jobs of at most 3 s on one core; slices count the mean work (2 s).
  CHECK(scenario::expected_horizon(s) == Approx(30e9));
  CHECK(scenario::expected_time_slices(s) == Approx(10 * 2000.0));
}

TEST_CASE("a file past 8 MB, or one that is not a regular file, is not read") {
  const std::filesystem::path big = std::filesystem::temp_directory_path() /
                                    ("burgers-big-" + std::to_string(::getpid()) + ".toml");
  {
    std::ofstream out(big, std::ios::binary);
    out << burgers::testing::kBaseScenario;
    out << std::string(static_cast<std::size_t>(scenario::kMaxFileBytes), '#');
  }
  const scenario::LoadResult r = scenario::load_scenario_file(big);
  std::filesystem::remove(big);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].message == "the file is larger than 8 MB (the limit for scenario files)");
  const scenario::LoadResult zero = scenario::load_scenario_file("/dev/zero");
  REQUIRE(zero.diagnostics.size() == 1);
  CHECK(zero.diagnostics[0].message == "cannot open file: it is not a regular file");
}
