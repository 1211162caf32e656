#pragma once
// Sweeps as written on the command line and in [[sweep]] tables: "KEY=RANGE" (1..8, 1..9:2,
// 1,2,4,8, exp(20s),exp(30s)) with KEY any --set key, and the summary figures a sweep can
// follow. Include from sim/sweep, app/ and tests.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/diagnostic.hpp"
#include "scenario/parsed_text.hpp"
#include "scenario/scenario.hpp"

namespace burgers::scenario {

inline constexpr std::size_t kMaxSweepValues = 1000;

struct SweepValue {
  std::string text;        // the override's VALUE, e.g. "4" or "exp(20s)"
  std::size_t offset = 0;  // where it is written in "KEY=RANGE" (bytes; a range: its start)
};

struct Vary {
  std::string text;            // "KEY=RANGE" as written
  std::string key;             // e.g. "station.kitchen.staff"
  std::size_t key_offset = 0;  // where the key starts in `text`
  std::vector<SweepValue> values;
  bool range = false;  // written as A..B[:S]: every value is an integer
};

// "KEY=RANGE" -> the key and its values; errors carry the byte offset in `text`.
Parsed<Vary> parse_vary(std::string_view text);
// The same for `--vary TEXT`: errors as diagnostics of file "--vary TEXT", line 1.
std::optional<Vary> parse_vary_option(std::string_view text, Diagnostic& error);

// A value as a number for a chart's x axis: a number as itself, a duration ("20s") or a
// one-parameter distribution ("exp(20s)", "const(1min)") as seconds; else nothing.
struct ValueNumber {
  double value = 0;
  bool seconds = false;
};
std::optional<ValueNumber> value_number(std::string_view value);

// The figures a sweep can follow, named as in summary.json: a run's, a customer's
// ("customers.mean_sojourn_s") and a station's ("stations.kitchen.utilization").
// "speedup" is the makespan of the first point over each point's.
inline constexpr std::array<std::string_view, 3> kRunMetrics = {"speedup", "end_time_s", "events"};
inline constexpr std::array<std::string_view, 10> kCustomerMetrics = {
    "arrived",    "served",        "mean_sojourn_s", "mean_blocked_s", "mean_free_s",
    "mean_own_s", "sojourn_p50_s", "sojourn_p90_s",  "sojourn_p99_s",  "makespan_s"};
inline constexpr std::array<std::string_view, 15> kStationMetrics = {"staff",
                                                                     "served",
                                                                     "utilization",
                                                                     "busy_time_s",
                                                                     "cpu_time_s",
                                                                     "io_blocked_time_s",
                                                                     "core_wait_time_s",
                                                                     "gil_wait_time_s",
                                                                     "mean_queue_wait_s",
                                                                     "mean_queue_length",
                                                                     "max_queue_length",
                                                                     "queue_wait_p50_s",
                                                                     "queue_wait_p90_s",
                                                                     "queue_wait_p99_s",
                                                                     "mean_service_s"};

// Empty when `metric` names a figure of `scenario`; else what is wrong, with a hint.
std::string metric_problem(std::string_view metric, const Scenario& scenario);

}  // namespace burgers::scenario
