#pragma once
// The drawn outputs: timeline.svg and timeline.png from one ChartModel, and report.html.
#include <cstdint>
#include <string>
#include <vector>

#include "chart/chart_model.hpp"
#include "chart/run_digest.hpp"
#include "chart/series.hpp"
#include "scenario/scenario.hpp"
#include "stats/summary.hpp"
#include "trace/trace.hpp"

namespace burgers::exporter {

// The ChartModel every export draws: the whole run (or [0, t1] when t1 >= 0, so that two
// runs share a time axis) with a lane per customer, in the words of `vocabulary`; with
// more than 200 customers, the two-part chart of a long run (chart/long_timeline.hpp).
chart::ChartModel export_timeline(
    const trace::Trace& trace, Time t1 = -1,
    scenario::Vocabulary vocabulary = scenario::Vocabulary::restaurant);
// The two-part chart of a long run from its digest (a streamed run keeps no trace).
chart::ChartModel export_long_timeline(
    const chart::RunDigest& digest,
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

// The data of the report's statistics charts: from a stored trace, or from the digest of
// a streamed run (chart/run_digest.hpp), which keeps no trace.
struct ReportCharts {
  Time end_time = 0;
  std::vector<chart::QueueSeries> queues;
  std::vector<chart::CustomerTimes> customers;  // the customers the bars show
  std::string customers_note;                   // e.g. "Showing the first 200 of 5000 customers."
  chart::Histogram waits;
};
inline constexpr std::size_t kReportCustomerBars = 200;
inline constexpr int kReportWaitBins = 30;
ReportCharts report_charts(const trace::Trace& trace);
// A long run's: its queues and waits over the whole run, the bars of its window's customers.
ReportCharts report_charts(const chart::RunDigest& digest);

// One run as the report shows it.
struct ReportRun {
  const stats::Summary* summary = nullptr;
  const trace::Trace* trace = nullptr;
  // The run's timeline, if the caller already laid it out for the SVG and PNG files
  // (with the shared time axis of both runs); null: laid out here.
  const chart::ChartModel* timeline = nullptr;
  const ReportCharts* charts = nullptr;  // null: from `trace`
};

// A self-contained HTML page: description (English and Chinese), timeline, queue length
// over time, utilization bars, blocked/free/own time per customer, wait histogram,
// statistics table. With `threads` set (--mode both): also the measured timeline,
// overlaid lane by lane, and a comparison table with deviations in percent.
std::string report_html(const scenario::Scenario& scenario, const ReportRun& sim,
                        const ReportRun* threads = nullptr);

}  // namespace burgers::exporter
