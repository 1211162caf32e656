#pragma once
// The Summary of a stored Trace (threads mode, or a trace loaded later): the same
// Collector the simulation streams into, fed by replaying the spans in time order.
#include <cstdint>

#include "stats/collector.hpp"
#include "stats/summary.hpp"
#include "trace/trace.hpp"

namespace burgers::stats {

// With `until` set, the figures as of that instant: spans still going on then count up
// to it and stay open (as the live Collector reports them while a run goes).
Summary summarize_trace(const trace::Trace& trace, std::uint64_t events,
                        CollectorOptions options = {}, Time until = kNever);

}  // namespace burgers::stats
