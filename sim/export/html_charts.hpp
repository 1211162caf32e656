#pragma once
// The small statistics charts of report.html, each a standalone inline <svg> element.
// Internal to sim/export; the data comes from chart/series.hpp and the Summary.
#include <string>
#include <vector>

#include "chart/series.hpp"
#include "stats/summary.hpp"

namespace burgers::exporter {

// Queue length over [0, end] as a filled step line, one chart per station.
std::string queue_chart_svg(const chart::QueueSeries& series, Time end);

// Horizontal utilization bars per station; with `measured`, a second bar under each.
std::string utilization_svg(const stats::Summary& sim, const stats::Summary* measured);

// One column per customer: blocked, free and own time stacked (the first `limit`).
std::string customer_bars_svg(const std::vector<chart::CustomerTimes>& customers,
                              std::size_t limit);

// Bars of how many queue waits fell in each bin.
std::string histogram_svg(const chart::Histogram& histogram);

}  // namespace burgers::exporter
