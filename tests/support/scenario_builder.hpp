#pragma once
// Builds Scenario values in code for tests that should not depend on the TOML loader.
#include <string>
#include <utility>
#include <vector>

#include "scenario/scenario.hpp"

namespace burgers::testing {

using random::Distribution;

inline scenario::Phase cpu(Distribution d) {
  return {scenario::WorkKind::cpu, d, "cpu"};
}
inline scenario::Phase io(Distribution d) {
  return {scenario::WorkKind::io, d, "io"};
}
inline scenario::Phase block(Distribution d) {
  return {scenario::WorkKind::block, d, "block"};
}
inline Distribution fixed(Time t) {
  return Distribution::constant(t);
}

class ScenarioBuilder {
 public:
  explicit ScenarioBuilder(std::string name = "test") {
    s_.name = name;
    s_.title = name;
    s_.seed = 1;
  }
  ScenarioBuilder& seed(std::uint64_t seed) {
    s_.seed = seed;
    return *this;
  }
  ScenarioBuilder& station(std::string name, int staff, bool async = false) {
    scenario::Station st;
    st.label = name;
    st.name = std::move(name);
    st.staff = staff;
    st.async = async;
    st.workers = async ? scenario::Workers::event_loop : scenario::Workers::threads;
    s_.stations.push_back(std::move(st));
    return *this;
  }
  // The last station's workers become processes (each its own GIL), with an ipc cost.
  ScenarioBuilder& processes(Time ipc = 0) {
    s_.stations.back().workers = scenario::Workers::processes;
    s_.stations.back().async = false;
    s_.stations.back().ipc = ipc;
    return *this;
  }
  // One Python process: its threads share a GIL handed over every `switch_interval`.
  ScenarioBuilder& gil(Time switch_interval = 5 * kMillisecond) {
    s_.machine.gil = true;
    s_.machine.switch_interval = switch_interval;
    return *this;
  }
  ScenarioBuilder& customers(std::int64_t count, Distribution arrival,
                             std::string name = "customer") {
    scenario::CustomerGroup g;
    g.name = name;
    g.label = name == "customer" ? "Customer" : name;
    g.count = count;
    g.arrival = arrival;
    s_.groups.push_back(std::move(g));
    return *this;
  }
  // A step at `station` ("" for the customer's own activity), in the last group.
  ScenarioBuilder& step(std::string name, const std::string& station,
                        std::vector<scenario::Phase> work,
                        scenario::CustomerMode mode = scenario::CustomerMode::blocked) {
    scenario::Step st;
    st.name = std::move(name);
    st.label = st.name;
    st.station = station.empty() ? -1 : s_.station_index(station);
    st.work = std::move(work);
    st.customer = mode;
    s_.groups.back().steps.push_back(std::move(st));
    return *this;
  }
  ScenarioBuilder& cores(int n, Time quantum = 10 * kMillisecond, Time context_switch = 0) {
    s_.machine.cores = n;
    s_.machine.quantum = quantum;
    s_.machine.context_switch = context_switch;
    return *this;
  }
  scenario::Scenario build() const { return s_; }

 private:
  scenario::Scenario s_;
};

}  // namespace burgers::testing
