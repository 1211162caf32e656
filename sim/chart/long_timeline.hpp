#pragma once
// The timeline of a run with more customers than lanes can show, as one ChartModel of two
// parts: the whole run read from a RunDigest (staff and core lanes, each pixel coloured by
// the state that took most of it, and bands of the customers inside and in line), then the
// digest's window of customers up close, both headed with what they show. Drawn by the
// same painters as every timeline (SVG, PNG, report).
#include "chart/chart_builder.hpp"
#include "chart/run_digest.hpp"

namespace burgers::chart {

// Runs with more customers than this get the two-part chart in the exports.
inline constexpr std::size_t kExportCustomerLanes = 200;
// At most this many staff lanes in the whole-run part; with more staff, the window part
// folds its staff group (its header stays) so the picture keeps a sensible height.
inline constexpr std::size_t kOverviewStaffLanes = 16;

ChartModel build_long_timeline(const RunDigest& digest, const ChartOptions& options);

}  // namespace burgers::chart
