#pragma once
// The Summary of a stored Trace (threads mode, or a trace loaded later): the same
// Collector the simulation streams into, fed by replaying the spans in time order.
#include <cstdint>

#include "stats/collector.hpp"
#include "stats/summary.hpp"
#include "trace/trace.hpp"

namespace burgers::stats {

Summary summarize_trace(const trace::Trace& trace, std::uint64_t events,
                        CollectorOptions options = {});

}  // namespace burgers::stats
