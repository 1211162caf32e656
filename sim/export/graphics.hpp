#pragma once
// The drawn outputs: timeline.svg and timeline.png from one ChartModel, and report.html.
#include <cstdint>
#include <string>
#include <vector>

#include "chart/chart_model.hpp"
#include "scenario/scenario.hpp"
#include "stats/summary.hpp"
#include "trace/trace.hpp"

namespace burgers::exporter {

// The ChartModel every export draws: the whole run (or [0, t1] when t1 >= 0, so that two
// runs share a time axis), up to 200 customer lanes, in the words of `vocabulary`.
chart::ChartModel export_timeline(
    const trace::Trace& trace, Time t1 = -1,
    scenario::Vocabulary vocabulary = scenario::Vocabulary::restaurant);
// The same, with `overlay` (the measured run) drawn in the lower half of each lane.
chart::ChartModel export_overlay_timeline(
    const trace::Trace& trace, const trace::Trace& overlay, Time t1,
    scenario::Vocabulary vocabulary = scenario::Vocabulary::restaurant);

// A standalone SVG document (UTF-8, well-formed XML) of `model`.
std::string timeline_svg(const chart::ChartModel& model);

struct PngImage {
  std::string bytes;    // the encoded PNG file
  std::string warning;  // e.g. no font found: the chart is drawn without text
};
// Rasterizes `model` (same geometry, colours and patterns as the SVG) and encodes it.
PngImage timeline_png(const chart::ChartModel& model);

// One run as the report shows it.
struct ReportRun {
  const stats::Summary* summary = nullptr;
  const trace::Trace* trace = nullptr;
  // The run's timeline, if the caller already laid it out for the SVG and PNG files
  // (with the shared time axis of both runs); null: laid out here.
  const chart::ChartModel* timeline = nullptr;
};

// A self-contained HTML page: description (English and Chinese), timeline, queue length
// over time, utilization bars, blocked/free/own time per customer, wait histogram,
// statistics table. With `threads` set (--mode both): also the measured timeline,
// overlaid lane by lane, and a comparison table with deviations in percent.
std::string report_html(const scenario::Scenario& scenario, const ReportRun& sim,
                        const ReportRun* threads = nullptr);

}  // namespace burgers::exporter
