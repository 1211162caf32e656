// The free-cores check before a threads run, and when a machine counts as busier than a
// scenario assumes. Labelled "threads": also run under ThreadSanitizer.
#include <catch2/catch.hpp>

#include "support/scenario_builder.hpp"
#include "threads/core_check.hpp"

using namespace burgers;
using burgers::testing::cpu;
using burgers::testing::fixed;
using burgers::testing::io;
using burgers::testing::ScenarioBuilder;
using random::Distribution;

namespace {

scenario::Scenario python_program(int cores) {
  return ScenarioBuilder()
      .gil()
      .cores(cores)
      .station("threads", 4)
      .station("pool", 2)
      .processes()
      .station("waiters", 8)
      .customers(4, Distribution::constant(0))
      .step("compute", "threads", {cpu(fixed(kSecond))})
      .step("infer", "pool", {cpu(fixed(kSecond))})
      .step("wait", "waiters", {io(fixed(kSecond))})
      .build();
}

}  // namespace

TEST_CASE("the free-cores check measures between zero and the threads it ran") {
  const threads::Calibration c = threads::Burner::calibrate();
  const threads::CoreCheck check = threads::check_free_cores(c, 2, 50);
  CHECK(check.tested == 2);
  CHECK(check.available > 0.2);  // even a very busy machine gives a thread some time
  CHECK(check.available <= 2.0);
}

TEST_CASE("a machine is busier than assumed when fewer cores are free than the scenario has") {
  const scenario::Scenario two = python_program(2);
  CHECK(threads::cores_assumed({1.3, 2}, two) == 2);
  CHECK(threads::busier_than_assumed({1.3, 2}, two));
  CHECK_FALSE(threads::busier_than_assumed({1.9, 2}, two));
  // Unlimited cores: an otherwise idle machine, with all the cores it has.
  const scenario::Scenario unlimited = python_program(0);
  CHECK(threads::cores_assumed({1.95, 2}, unlimited) == 2);
  CHECK_FALSE(threads::busier_than_assumed({1.95, 2}, unlimited));
  CHECK(threads::busier_than_assumed({1.2, 2}, unlimited));
  // A scenario with more cores than the machine has: busier, whatever the load.
  CHECK(threads::busier_than_assumed({2.0, 2}, python_program(4)));
}
