#include "chart/code_lines.hpp"

#include <algorithm>

namespace burgers::chart {

using trace::JobPhase;
using trace::State;

namespace {

// The slot of LineTasks / LineTime a customer state counts in; -1 for none.
int slot_of(State s) {
  if (s == State::own_activity) return static_cast<int>(JobPhase::none);
  const JobPhase phase = trace::job_phase(s);
  return phase == JobPhase::none ? -1 : static_cast<int>(phase);
}

}  // namespace

std::vector<std::string_view> split_code_lines(std::string_view code) {
  std::vector<std::string_view> lines;
  std::size_t at = 0;
  while (at < code.size()) {
    std::size_t nl = code.find('\n', at);
    if (nl == std::string_view::npos) nl = code.size();
    std::string_view line = code.substr(at, nl - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    at = nl + 1;
  }
  return lines;
}

CodeMap::CodeMap(const scenario::Scenario& scenario)
    : line_count_(static_cast<int>(split_code_lines(scenario.code).size())) {
  for (const scenario::CustomerGroup& g : scenario.groups) {
    std::vector<int>& steps = lines_.emplace_back();
    for (const scenario::Step& step : g.steps) steps.push_back(step.line);
  }
}

int CodeMap::line_of(int group, int step) const {
  if (group < 0 || step < 0 || static_cast<std::size_t>(group) >= lines_.size()) return 0;
  const std::vector<int>& steps = lines_[static_cast<std::size_t>(group)];
  if (static_cast<std::size_t>(step) >= steps.size()) return 0;
  const int line = steps[static_cast<std::size_t>(step)];
  return line >= 1 && line <= line_count_ ? line : 0;
}

bool CodeMap::any() const {
  return std::any_of(lines_.begin(), lines_.end(), [this](const std::vector<int>& steps) {
    return std::any_of(steps.begin(), steps.end(),
                       [this](int line) { return line >= 1 && line <= line_count_; });
  });
}

std::int64_t LineTasks::total() const {
  std::int64_t sum = 0;
  for (const std::int64_t n : by_phase) sum += n;
  return sum;
}

Time LineTime::total() const {
  Time sum = 0;
  for (const Time t : by_phase) sum += t;
  return sum;
}

std::vector<LineTasks> tasks_at_lines(const Snapshot& snapshot, const CodeMap& map) {
  std::vector<LineTasks> lines(static_cast<std::size_t>(map.line_count()));
  for (const AgentAt& c : snapshot.customers) {
    const int line = map.line_of(c);
    const int slot = slot_of(c.state);
    if (line == 0 || slot < 0) continue;
    LineTasks& at = lines[static_cast<std::size_t>(line - 1)];
    ++at.by_phase[static_cast<std::size_t>(slot)];
    if (trace::category(c.state) == trace::Category::blocked) ++at.blocked;
  }
  return lines;
}

std::vector<LineTime> time_at_lines(const trace::Trace& trace, const CodeMap& map) {
  std::vector<LineTime> lines(static_cast<std::size_t>(map.line_count()));
  // A visit begins with the first span of a step: the step a customer was last seen at.
  std::vector<std::int16_t> last_step(trace.agents.size(), -1);
  for (const trace::Span& s : trace.spans) {
    if (s.agent >= trace.agents.size()) continue;
    const trace::Agent& agent = trace.agents[s.agent];
    const int slot = slot_of(s.state);
    if (agent.kind != trace::AgentKind::customer || slot < 0) continue;
    const int line = map.line_of(agent.group, s.step);
    if (line == 0) continue;
    LineTime& at = lines[static_cast<std::size_t>(line - 1)];
    const Time end = s.end == trace::kOpenEnd ? std::max(trace.end_time, s.start) : s.end;
    at.by_phase[static_cast<std::size_t>(slot)] += end - s.start;
    if (last_step[s.agent] != s.step) {
      ++at.visits;
      last_step[s.agent] = s.step;
    }
  }
  return lines;
}

}  // namespace burgers::chart
