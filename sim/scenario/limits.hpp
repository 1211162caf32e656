#pragma once
// Every limit a scenario and a run must respect, in one place, with the reason for each.
// The validator checks the scenario's (file:line:col messages that name the limit), the
// command line the run's; README's "Limits" section lists them. Include freely.
#include <cstdint>

#include "base/time.hpp"

namespace burgers::scenario {

// --- The TOML text -----------------------------------------------------------------------
// A lesson is a few kilobytes; a file beyond this is read no further (nor /dev/zero).
inline constexpr std::int64_t kMaxFileBytes = 8 << 20;
// Tables nested in tables (header parts, dotted-key parts, inline tables and arrays) at
// most this deep. A scenario needs 4; deeper documents would only make the parser and our
// conversion recurse without bound (a stack overflow instead of a message).
inline constexpr int kMaxTomlDepth = 32;

// --- Counts ------------------------------------------------------------------------------
// Stations, customer groups and steps are stored as 16-bit indices in the trace; far
// below that, each station is a lane group and a statistics row in every chart.
inline constexpr int kMaxStations = 1'000;
inline constexpr int kMaxGroups = 1'000;
inline constexpr int kMaxStepsPerGroup = 1'000;
static_assert(kMaxStations <= 32'767 && kMaxGroups <= 32'767 && kMaxStepsPerGroup <= 32'767);
// A work list is walked with an 8-bit phase index; a longer list is a distribution.
inline constexpr int kMaxPhasesPerStep = 100;
// Staff over all stations. Every staff member is a coroutine and a timeline lane, and in
// threads mode an OS thread (Linux usually allows about 32,000 per process).
inline constexpr int kMaxStaff = 10'000;
// Every core is a timeline lane, and each wait for a core looks at all of them.
inline constexpr int kMaxCores = 1'024;
// Customers over all groups: agent ids are 32-bit, and a billion already takes minutes.
inline constexpr std::int64_t kMaxCustomers = 1'000'000'000;

// Variants of a lesson ([[variant]]): each is a choice in the dashboard's picker and a
// whole validation of the file at every load; each sets a handful of keys.
inline constexpr int kMaxVariants = 16;
inline constexpr int kMaxSetsPerVariant = 32;

// Runs per point of a sweep ([[sweep]] replications, --replications).
inline constexpr int kMaxReplications = 10'000;

// Each draw of erlang(K, MEAN) sums K exponentials: K is at most this.
inline constexpr int kMaxErlangShape = 1'000;

// --- Time --------------------------------------------------------------------------------
// Virtual time is int64 nanoseconds: about 292 years. A run expected (from the
// distributions' upper bounds, or their means when unbounded) to last longer than this
// is refused, leaving room for random draws above the mean; past the hard end of int64
// the run fails with a message (checked arithmetic, never a wrap-around).
inline constexpr Time kMaxHorizon = 36'525 * 24 * kHour;  // 100 years of 365.25 days
// With cores limited and more staff than cores, cpu work is cut into quanta: the expected
// number of slices (cpu work / quantum) must stay below this, or the run never ends.
inline constexpr double kMaxTimeSlices = 1e8;
// A context switch longer than the quantum would leave the cores mostly switching.
// (context_switch <= quantum)

// --- Real-threads mode (--time-scale, real seconds per simulated second) -----------------
// Below a microsecond per simulated second every measured time is mostly overhead, and
// converting it back to simulated time overflows; above a thousand, a lesson lasts days.
inline constexpr double kMinTimeScale = 1e-6;
inline constexpr double kMaxTimeScale = 1e3;
// A threads run is refused if it would last longer than this in real time (a week).
inline constexpr double kMaxRealSeconds = 7 * 24 * 3600.0;

}  // namespace burgers::scenario
