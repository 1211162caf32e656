// The engine against closed-form queueing theory. Each figure is estimated from R
// independent replications (seeds 1..R, warm-up left out); the test passes when the
// theoretical value lies within the 99.9% confidence interval of the replication means.
// The runs are deterministic, so a pass or a failure is reproducible; the interval is
// what makes the tolerance a computed one rather than a guess.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

#include "run/simulation.hpp"
#include "support/confidence.hpp"
#include "support/scenario_builder.hpp"

using namespace burgers;
using burgers::testing::confidence_interval;
using burgers::testing::cpu;
using burgers::testing::Interval;
using burgers::testing::ScenarioBuilder;
using random::Distribution;

namespace {

constexpr int kReplications = 40;
constexpr double kConfidence = 0.999;
constexpr std::int64_t kCustomers = 40000;

double minutes(Time t) {
  return static_cast<double>(t) / static_cast<double>(kMinute);
}

// Runs `make(seed)` for seeds 1..R and gathers `measure(summary)` from each.
std::vector<double> replicate(const std::function<scenario::Scenario(std::uint64_t)>& make,
                              Time warmup,
                              const std::function<double(const stats::Summary&)>& measure) {
  std::vector<double> values;
  for (int r = 1; r <= kReplications; ++r) {
    run::Simulation sim(make(static_cast<std::uint64_t>(r)), run::RunOptions{false, {warmup}});
    sim.run();
    values.push_back(measure(sim.summary()));
  }
  return values;
}

void check_within(const char* what, const std::vector<double>& values, double theory) {
  const Interval ci = confidence_interval(values, kConfidence);
  std::printf("%-34s theory %9.4f  engine %9.4f +- %.4f (99.9%%)\n", what, theory, ci.mean,
              ci.half_width);
  INFO(what << ": theory " << theory << ", engine " << ci.mean << " +- " << ci.half_width);
  CHECK(ci.contains(theory));
  // A sanity bound on the method itself: the interval must be tight enough to mean something.
  CHECK(ci.half_width < 0.05 * std::fabs(theory));
}

double erlang_c(int c, double a) {
  double term = 1, sum = 1;  // a^k / k! for k = 0
  for (int k = 1; k < c; ++k) {
    term *= a / k;
    sum += term;
  }
  const double top = term * a / c / (1 - a / c);
  return top / (sum + top);
}

scenario::Scenario single_queue(std::uint64_t seed, int servers, double lambda_per_min,
                                Distribution service) {
  return ScenarioBuilder("queue")
      .seed(seed)
      .station("server", servers)
      .customers(kCustomers, Distribution::exponential(static_cast<Time>(kMinute / lambda_per_min)))
      .step("serve", "server", {cpu(service)})
      .build();
}

}  // namespace

TEST_CASE("M/M/1 waiting time, queue length, utilization and p90 wait match theory") {
  const double lambda = 0.8, mu = 1.0, rho = lambda / mu;
  auto make = [&](std::uint64_t seed) {
    return single_queue(seed, 1, lambda, Distribution::exponential(kMinute));
  };
  const Time warmup = 2000 * kMinute;
  const double wq = rho / (mu - lambda);
  check_within(
      "M/M/1 mean wait (min)",
      replicate(make, warmup,
                [](const stats::Summary& s) { return minutes(s.stations[0].mean_queue_wait); }),
      wq);
  check_within("M/M/1 mean queue length",
               replicate(make, warmup,
                         [](const stats::Summary& s) { return s.stations[0].mean_queue_length; }),
               lambda * wq);
  check_within(
      "M/M/1 utilization",
      replicate(make, warmup, [](const stats::Summary& s) { return s.stations[0].utilization; }),
      rho);
  // P(W > t) = rho e^{-(mu - lambda) t}  =>  p90 = ln(rho / 0.1) / (mu - lambda).
  check_within(
      "M/M/1 p90 wait (min)",
      replicate(make, warmup,
                [](const stats::Summary& s) { return minutes(s.stations[0].queue_wait.p90); }),
      std::log(rho / 0.1) / (mu - lambda));
}

TEST_CASE("M/M/c waiting time matches Erlang C") {
  const int c = 3;
  const double lambda = 2.4, mu = 1.0;
  auto make = [&](std::uint64_t seed) {
    return single_queue(seed, c, lambda, Distribution::exponential(kMinute));
  };
  const double wq = erlang_c(c, lambda / mu) / (c * mu - lambda);
  check_within(
      "M/M/3 mean wait (min)",
      replicate(make, 1000 * kMinute,
                [](const stats::Summary& s) { return minutes(s.stations[0].mean_queue_wait); }),
      wq);
  check_within("M/M/3 mean sojourn (min)",
               replicate(make, 1000 * kMinute,
                         [](const stats::Summary& s) { return minutes(s.customers.mean_sojourn); }),
               wq + 1 / mu);
}

TEST_CASE("M/D/1 waiting time matches Pollaczek-Khinchine") {
  const double lambda = 0.7, rho = 0.7;
  auto make = [&](std::uint64_t seed) {
    return single_queue(seed, 1, lambda, Distribution::constant(kMinute));
  };
  check_within(
      "M/D/1 mean wait (min)",
      replicate(make, 1000 * kMinute,
                [](const stats::Summary& s) { return minutes(s.stations[0].mean_queue_wait); }),
      rho / (2 * (1 - rho)));
}

TEST_CASE(
    "M/G/1 waiting time matches Pollaczek-Khinchine for erlang, uniform and lognormal service") {
  const double lambda = 0.6;
  struct Case {
    const char* name;
    Distribution service;
  };
  const Case cases[] = {
      {"M/E3/1 mean wait (min)", Distribution::erlang(3, kMinute)},
      {"M/U/1 mean wait (min)", Distribution::uniform(kMinute / 2, 3 * kMinute / 2)},
      {"M/LN/1 mean wait (min)", Distribution::lognormal(kMinute, kMinute / 2)}};
  for (const Case& c : cases) {
    auto make = [&](std::uint64_t seed) { return single_queue(seed, 1, lambda, c.service); };
    const double mean = c.service.mean() / kMinute;
    const double second_moment = c.service.variance() / (double(kMinute) * kMinute) + mean * mean;
    const double rho = lambda * mean;
    check_within(
        c.name,
        replicate(make, 1000 * kMinute,
                  [](const stats::Summary& s) { return minutes(s.stations[0].mean_queue_wait); }),
        lambda * second_moment / (2 * (1 - rho)));
  }
}

TEST_CASE("a tandem line of two M/M/1 stations matches Jackson's theorem") {
  const double lambda = 0.7, mu1 = 1.0, mu2 = 1.25;
  auto make = [&](std::uint64_t seed) {
    return ScenarioBuilder("tandem")
        .seed(seed)
        .station("cashier", 1)
        .station("kitchen", 1)
        .customers(kCustomers, Distribution::exponential(static_cast<Time>(kMinute / lambda)))
        .step("order", "cashier",
              {cpu(Distribution::exponential(static_cast<Time>(kMinute / mu1)))})
        .step("cook", "kitchen", {cpu(Distribution::exponential(static_cast<Time>(kMinute / mu2)))},
              scenario::CustomerMode::free)
        .build();
  };
  const Time warmup = 1000 * kMinute;
  check_within("tandem mean sojourn (min)",
               replicate(make, warmup,
                         [](const stats::Summary& s) { return minutes(s.customers.mean_sojourn); }),
               1 / (mu1 - lambda) + 1 / (mu2 - lambda));
  check_within(
      "tandem kitchen wait (min)",
      replicate(make, warmup,
                [](const stats::Summary& s) { return minutes(s.stations[1].mean_queue_wait); }),
      (lambda / mu2) / (mu2 - lambda));
  check_within("tandem free time (min)",
               replicate(make, warmup,
                         [](const stats::Summary& s) { return minutes(s.customers.mean_free); }),
               1 / (mu2 - lambda));
}
