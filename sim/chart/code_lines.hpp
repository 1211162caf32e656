#pragma once
// Where the program is: which code line each step stands for, how many tasks are at each
// line at an instant (by job phase), and the time spent at each line over a run.
// Pure; used by report.html and the dashboard's code panel. Include freely.
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/time.hpp"
#include "chart/snapshot.hpp"
#include "scenario/scenario.hpp"
#include "trace/trace.hpp"

namespace burgers::chart {

// The lines of `code`, without their line breaks (a last empty line is not one), counted
// like the scenario validator counts them for `line`.
std::vector<std::string_view> split_code_lines(std::string_view code);

// Which line of the code each step of each customer group stands for.
class CodeMap {
 public:
  CodeMap() = default;
  explicit CodeMap(const scenario::Scenario& scenario);

  // 1-based line of step `step` of group `group`; 0 when it has none (or out of range).
  int line_of(int group, int step) const;
  // The line a customer is at, from what a snapshot says of them (0: none).
  int line_of(const AgentAt& customer) const { return line_of(customer.group, customer.step); }
  int line_count() const { return line_count_; }
  // Whether any step has a line.
  bool any() const;

 private:
  std::vector<std::vector<int>> lines_;  // [group][step]
  int line_count_ = 0;
};

// How many tasks are at a line, by the phase of their job. The `none` slot counts tasks
// busy with an activity of their own (a step without a station).
struct LineTasks {
  std::array<std::int64_t, trace::kJobPhaseCount> by_phase{};
  std::int64_t blocked = 0;  // of them, customers who are blocked (hatched)
  std::int64_t total() const;
};

// At the snapshot's instant: one entry per line of the code (index 0 is line 1).
std::vector<LineTasks> tasks_at_lines(const Snapshot& snapshot, const CodeMap& map);

// Over a whole run: the time tasks spent at a line (task-seconds: ten tasks awaiting for
// one second add ten seconds), by job phase like LineTasks, and how many visits it had.
struct LineTime {
  std::array<Time, trace::kJobPhaseCount> by_phase{};
  std::int64_t visits = 0;
  Time total() const;
};

// One entry per line of the code (index 0 is line 1). Spans still open count until the
// trace's end time.
std::vector<LineTime> time_at_lines(const trace::Trace& trace, const CodeMap& map);

}  // namespace burgers::chart
