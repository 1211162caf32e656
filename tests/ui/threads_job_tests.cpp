// The dashboard's background real-threads run: it finishes on its own, publishes the
// simulated and the measured runs together, and stops promptly when asked.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "support/scenario_builder.hpp"
#include "ui/threads_job.hpp"

using namespace burgers;
using burgers::testing::cpu;
using burgers::testing::fixed;
using burgers::testing::io;

namespace {

scenario::Scenario small_kitchen(Time work) {
  return testing::ScenarioBuilder("kitchen")
      .station("kitchen", 2)
      .customers(4, fixed(0))
      .step("cook", "kitchen", {cpu(fixed(work / 2)), io(fixed(work / 2))})
      .build();
}

bool wait_until_done(const ui::ThreadsJob& job, std::chrono::seconds limit) {
  const auto until = std::chrono::steady_clock::now() + limit;
  while (job.running() && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return !job.running();
}

}  // namespace

TEST_CASE("a real-threads run in the background publishes both runs when it ends") {
  ui::ThreadsJob job;
  job.start(small_kitchen(10 * kSecond), 0.005);  // 20 simulated seconds: about 0.1 s real
  REQUIRE(wait_until_done(job, std::chrono::seconds(30)));
  const auto r = job.result();
  REQUIRE(r != nullptr);
  CHECK(job.error().empty());
  CHECK(r->sim_summary.mode == "sim");
  CHECK(r->real.summary.mode == "threads");
  CHECK(r->real.summary.customers.served == 4);
  CHECK(r->sim_summary.customers.makespan == 20 * kSecond);
  CHECK(r->real_index.staff_agents().size() == 2);
  CHECK(r->sim_index.indexed_customers() == 4);
  // The free cores were checked before the run, for the panel to show.
  CHECK(r->real.cores.tested >= 1);
  CHECK(r->real.cores.available > 0);
  CHECK(r->real.summary.available_cores == r->real.cores.available);
}

TEST_CASE("stopping a real-threads run returns quickly and keeps the previous result") {
  ui::ThreadsJob job;
  job.start(small_kitchen(2 * kSecond), 0.01);
  REQUIRE(wait_until_done(job, std::chrono::seconds(30)));
  const auto first = job.result();
  REQUIRE(first != nullptr);
  job.start(small_kitchen(kHour), 0.01);  // would take 20 real seconds
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const auto before = std::chrono::steady_clock::now();
  job.stop();
  CHECK(std::chrono::steady_clock::now() - before < std::chrono::seconds(3));
  CHECK_FALSE(job.running());
  CHECK(job.result() == first);
}
