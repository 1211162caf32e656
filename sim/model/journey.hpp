#pragma once
// What defines a customer, shared by the simulation and the real-threads runner so that
// both modes meet exactly the same customers: their random streams, arrival times and
// own-activity lengths, and the trace header a scenario gives.
#include <cstdint>
#include <vector>

#include "base/time.hpp"
#include "random/distribution.hpp"
#include "random/stream.hpp"
#include "scenario/scenario.hpp"
#include "trace/trace.hpp"

namespace burgers::model {

// The streams of `group`'s customers' work and arrivals: derive()'s first half, done once.
inline random::StreamPrefix work_streams(const scenario::Scenario& s, int group) {
  return {s.seed, random::Purpose::work, static_cast<std::uint64_t>(group)};
}
inline random::StreamPrefix arrival_streams(const scenario::Scenario& s, int group) {
  return {s.seed, random::Purpose::arrival, static_cast<std::uint64_t>(group)};
}

// The stream for customer `number` (1-based) of `group` at step `step`.
inline random::Stream work_stream(const scenario::Scenario& s, int group, std::int64_t number,
                                  int step) {
  return work_streams(s, group).stream(static_cast<std::uint64_t>(number),
                                       static_cast<std::uint64_t>(step));
}

// The gap before customer `number` of group `g` arrives (the first arrives one gap after 0),
// given the group's arrival_streams().
inline Time arrival_gap(const scenario::CustomerGroup& g, const random::StreamPrefix& arrivals,
                        std::int64_t number) {
  random::Stream rng = arrivals.stream(static_cast<std::uint64_t>(number));
  return random::sample(g.arrival, rng);
}
inline Time arrival_gap(const scenario::Scenario& s, int group, std::int64_t number) {
  return arrival_gap(s.groups[static_cast<std::size_t>(group)], arrival_streams(s, group), number);
}

// The customer's own activity: its phases back to back (no staff, no core).
inline Time own_activity_length(const scenario::Step& step, random::Stream& rng) {
  Time total = 0;
  for (const scenario::Phase& phase : step.work)
    total = add_saturated(total, random::sample(phase.duration, rng));
  return total;
}

// A Trace with the scenario's stations, groups and cores, and no agents yet.
trace::Trace trace_header(const scenario::Scenario& s);

}  // namespace burgers::model
