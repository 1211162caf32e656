// report.html: one self-contained page (inline CSS and SVG, no script, nothing fetched)
// that a student can open offline or mail to a teacher.
#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "chart/chart_builder.hpp"
#include "chart/long_timeline.hpp"
#include "chart/series.hpp"
#include "chart/vocabulary.hpp"
#include "export/graphics.hpp"
#include "export/html_charts.hpp"
#include "export/html_program.hpp"
#include "export/markup.hpp"
#include "export/svg_timeline.hpp"
#include "stats/comparison.hpp"
#include "trace/span_sequencer.hpp"

namespace burgers::exporter {

namespace {

std::string css() {
  return page_css(1640) +
         "h3{margin:12px 0 4px;font-size:16px}"
         ".note{color:" +
         hex(chart::kMutedText) +
         "}"
         ".cols{display:flex;gap:32px;flex-wrap:wrap}.cols>div{flex:1 1 420px}"
         ".chart svg{max-width:100%;height:auto;display:block}"
         "th:first-child,td:first-child{text-align:left}"
         // Chinese breaks only where the shared line breaker put a <wbr/> (or at a space).
         ".breaks{word-break:keep-all;line-break:strict}" +
         program_css();
}

// Blank lines separate paragraphs; a single line break stays a line break.
void append_paragraphs(std::string& out, std::string_view text, bool chinese = false) {
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find("\n\n", at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view para = text.substr(at, end - at);
    while (!para.empty() && (para.front() == '\n' || para.front() == ' ')) para.remove_prefix(1);
    while (!para.empty() && (para.back() == '\n' || para.back() == ' ')) para.remove_suffix(1);
    if (!para.empty()) {
      out += "<p>";
      for (std::size_t line = 0; line <= para.size();) {
        std::size_t nl = para.find('\n', line);
        if (nl == std::string_view::npos) nl = para.size();
        if (line > 0) out += "<br>";
        if (chinese) {
          append_breakable(out, para.substr(line, nl - line));
        } else {
          append_escaped(out, para.substr(line, nl - line));
        }
        line = nl + 1;
      }
      out += "</p>\n";
    }
    at = end + 2;
  }
}

std::string cell(std::string_view s) {
  return "<td>" + escaped(s) + "</td>";
}
std::string percent(double share) {
  return fmt::format("{:.1f}%", share * 100);
}

std::string label_of(const stats::StationSummary& s) {
  return s.label.empty() ? s.name : s.label;
}

std::string customer_table(const stats::CustomerSummary& c, std::string_view heading) {
  std::string out = "<h3>" + escaped(heading) +
                    "</h3><p class=\"note\">Averages per customer, over the customers who "
                    "finished their whole journey.</p><table><tbody>\n";
  auto row = [&](std::string_view name, const std::string& value) {
    out += "<tr>" + cell(name) + cell(value) + "</tr>\n";
  };
  row("Arrived", std::to_string(c.arrived));
  row("Served", std::to_string(c.served));
  row("Mean time inside per customer (sojourn)", format_duration(c.mean_sojourn));
  row("Mean blocked per customer", format_duration(c.mean_blocked));
  row("Mean free per customer", format_duration(c.mean_free));
  row("Mean own activity per customer", format_duration(c.mean_own));
  row("Sojourn p50 / p90 / p99", format_duration(c.sojourn.p50) + " / " +
                                     format_duration(c.sojourn.p90) + " / " +
                                     format_duration(c.sojourn.p99));
  row("Makespan (last customer left)", format_duration(c.makespan));
  out += "</tbody></table>\n";
  return out;
}

std::string share_of(Time part, Time whole) {
  return whole > 0 ? percent(static_cast<double>(part) / static_cast<double>(whole)) : "—";
}

std::string station_table(const stats::Summary& s) {
  std::string out =
      "<h3>Stations</h3><p class=\"note\">Waits are per visit to the line: every job served "
      "counts once, a job served at once as a wait of 0. Busy time splits into computing, "
      "blocked on I/O (holding the job while it waits), waiting for a core and waiting for "
      "the GIL.</p>"
      "<table><thead><tr><th>Station</th><th>Staff</th><th>Served</th>"
      "<th>Utilization</th><th>Computing</th><th>Blocked on I/O</th><th>Waiting for a core</th>"
      "<th>Waiting for the GIL</th>"
      "<th>Mean wait per visit</th><th>Mean queue</th><th>Max queue</th>"
      "<th>Wait p50</th><th>Wait p90</th><th>Wait p99</th><th>Mean service</th></tr></thead>"
      "<tbody>\n";
  for (const auto& st : s.stations) {
    out += "<tr>" + cell(label_of(st)) + cell(std::to_string(st.staff)) +
           cell(std::to_string(st.served)) + cell(percent(st.utilization)) +
           cell(share_of(st.cpu_time, st.busy_time)) +
           cell(share_of(st.io_blocked_time, st.busy_time)) +
           cell(share_of(st.core_wait_time, st.busy_time)) +
           cell(share_of(st.gil_wait_time, st.busy_time)) +
           cell(format_duration(st.mean_queue_wait)) +
           cell(fmt::format("{:.2f}", st.mean_queue_length)) +
           cell(std::to_string(st.max_queue_length)) + cell(format_duration(st.queue_wait.p50)) +
           cell(format_duration(st.queue_wait.p90)) + cell(format_duration(st.queue_wait.p99)) +
           cell(format_duration(st.mean_service)) + "</tr>\n";
  }
  out += "</tbody></table>\n";
  return out;
}

std::string comparison_table(const stats::Summary& sim, const stats::Summary& real) {
  std::string out =
      "<table><thead><tr><th>Figure</th><th>Simulated</th><th>Measured</th><th>Deviation</th>"
      "</tr></thead><tbody>\n";
  for (const stats::ComparisonRow& row : stats::compare_runs(sim, real)) {
    const std::string station =
        row.station >= 0 ? label_of(sim.stations[static_cast<std::size_t>(row.station)]) : "";
    const std::string name = stats::figure_name(
        row,
        {"Makespan", "Mean time inside per customer", "Mean wait per visit: %s", "Utilization: %s"},
        station);
    out += "<tr>" + cell(name) + cell(stats::format_figure(row, row.simulated)) +
           cell(stats::format_figure(row, row.measured)) +
           cell(stats::format_deviation(row.deviation())) + "</tr>\n";
  }
  out += "</tbody></table>\n";
  return out;
}

void append_header(std::string& out, const scenario::Scenario& sc, const stats::Summary* s) {
  out += "<header><h1>";
  append_escaped(out, sc.title.empty() ? sc.name : sc.title);
  out += "</h1>\n";
  if (!sc.title_zh.empty())
    out += "<div class=\"zh\" lang=\"zh-Hant\">" + escaped(sc.title_zh) + "</div>\n";
  out += "<p class=\"meta\">Scenario " + escaped(sc.name);
  const int variant = sc.variant_index();
  if (variant >= 0) out += " · variant " + escaped(sc.variant);
  if (s != nullptr) {
    out += " · seed " + std::to_string(s->seed) + " · mode " + escaped(s->mode) + " · ran until " +
           escaped(format_duration(s->end_time)) + " · " + std::to_string(s->events) + " events";
  }
  out += "</p></header>\n";
  if (sc.description.empty() && sc.description_zh.empty() && variant < 0) return;
  // The chosen variant ([[variant]]) says what this run is, after what the lesson is.
  const scenario::Variant* v =
      variant >= 0 ? &sc.variants[static_cast<std::size_t>(variant)] : nullptr;
  out += "<section id=\"description\"><h2>Description</h2><div class=\"cols\"><div lang=\"en\">\n";
  append_paragraphs(out, sc.description);
  if (v != nullptr) append_paragraphs(out, "Variant: " + v->label + ". " + v->description);
  out += "</div><div lang=\"zh-Hant\" class=\"breaks\">\n";
  append_paragraphs(out, sc.description_zh, true);
  if (v != nullptr && !v->label_zh.empty())
    append_paragraphs(out, "版本：" + v->label_zh + "。" + v->description_zh, true);
  out += "</div></div></section>\n";
}

void append_charts(std::string& out, const ReportCharts& charts, const ReportRun& sim,
                   const ReportRun* threads) {
  out += "<section id=\"queues\"><h2>Queue length over time</h2>\n";
  for (const auto& series : charts.queues) {
    out += "<h3>" + escaped(series.label) + "</h3><div class=\"chart\">" +
           queue_chart_svg(series, charts.end_time) + "</div>\n";
  }
  out += "</section>\n";
  if (sim.summary != nullptr) {
    const stats::Summary* measured = threads != nullptr ? threads->summary : nullptr;
    out +=
        "<section id=\"utilization\"><h2>Utilization</h2><p class=\"note\">Share of the "
        "staff's time spent on jobs, split into computing, blocked on I/O and waiting for a "
        "core: a busy thread blocked on I/O is not working hard.</p><div class=\"chart\">" +
        utilization_svg(*sim.summary, measured) + "</div></section>\n";
  }
  out += "<section id=\"customers\"><h2>Blocked, free and own time per customer</h2>\n";
  if (!charts.customers_note.empty())
    out += "<p class=\"note\">" + escaped(charts.customers_note) + "</p>\n";
  out += "<div class=\"chart\">" + customer_bars_svg(charts.customers, kReportCustomerBars) +
         "</div></section>\n";
  const chart::Histogram& histogram = charts.waits;
  out +=
      "<section id=\"waits\"><h2>Queue waits</h2><p class=\"note\">How long customers "
      "waited in a queue per visit (all stations; served at once counts as 0), in " +
      std::to_string(histogram.counts.size()) + " bins of " +
      escaped(format_duration(histogram.bin_width)) + ".</p><div class=\"chart\">" +
      histogram_svg(histogram) + "</div></section>\n";
}

}  // namespace

ReportCharts report_charts(const trace::Trace& trace) {
  std::int64_t customers = 0;
  for (const trace::Agent& a : trace.agents) customers += a.kind == trace::AgentKind::customer;
  if (customers > static_cast<std::int64_t>(chart::kExportCustomerLanes)) {
    chart::RunDigest digest(trace, customers);
    trace::replay(trace, digest);
    return report_charts(digest);
  }
  ReportCharts c;
  c.end_time = trace.end_time;
  c.queues = chart::queue_length_series(trace);
  c.customers = chart::customer_times(trace);
  if (c.customers.size() > kReportCustomerBars) {
    c.customers_note = "Showing the first " + std::to_string(kReportCustomerBars) + " of " +
                       std::to_string(c.customers.size()) + " customers.";
  }
  c.waits = chart::queue_wait_histogram(trace, -1, kReportWaitBins);
  return c;
}

namespace {

void append_threads(std::string& out, const ReportRun& sim, const ReportRun& threads, Time t1,
                    scenario::Vocabulary vocabulary) {
  out += "<section id=\"threads\"><h2>Simulation vs real threads</h2>\n";
  const stats::Summary* real = threads.summary;
  if (real != nullptr && (real->wall_time_s || real->time_scale)) {
    out += "<p class=\"meta\">";
    if (real->wall_time_s)
      out += fmt::format("The threads run took {:.3f} s of real time. ", *real->wall_time_s);
    if (real->time_scale)
      out += fmt::format("Time scale: {:g} real seconds per simulated second.", *real->time_scale);
    out += "</p>\n";
  }
  if (threads.trace != nullptr && sim.trace != nullptr) {
    out +=
        "<h3>Overlaid, lane by lane</h3><p class=\"note\">In every lane the upper bar is the "
        "simulation and the lower bar what the real threads did.</p><div class=\"chart\">" +
        timeline_svg_element(export_overlay_timeline(*sim.trace, *threads.trace, t1, vocabulary),
                             "ovl") +
        "</div>\n";
  }
  if (threads.trace != nullptr) {
    out +=
        "<h3>Measured timeline (same time scale as the simulated one)</h3><div class=\"chart\">" +
        timeline_svg_element(threads.timeline != nullptr
                                 ? *threads.timeline
                                 : export_timeline(*threads.trace, t1, vocabulary),
                             "thr") +
        "</div>\n";
  }
  if (sim.summary != nullptr && real != nullptr) {
    out += "<h3>Figures</h3>" + comparison_table(*sim.summary, *real);
  }
  out += "</section>\n";
}

}  // namespace

std::string report_html(const scenario::Scenario& scenario, const ReportRun& sim,
                        const ReportRun* threads) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>";
  append_escaped(out, (scenario.title.empty() ? scenario.name : scenario.title) + " — report");
  out += "</title>\n<style>" + css() + "</style>\n</head>\n<body><main>\n";
  append_header(out, scenario, sim.summary);
  // Both timelines share one time range, so the same instant sits at the same x.
  Time t1 = sim.trace != nullptr ? sim.trace->end_time
                                 : (sim.charts != nullptr ? sim.charts->end_time : 0);
  if (threads != nullptr && threads->trace != nullptr) t1 = std::max(t1, threads->trace->end_time);
  t1 = std::max<Time>(t1, 1);
  if (sim.trace != nullptr || sim.timeline != nullptr) {
    out += "<section id=\"timeline\"><h2>Timeline</h2><div class=\"chart\">" +
           timeline_svg_element(sim.timeline != nullptr
                                    ? *sim.timeline
                                    : export_timeline(*sim.trace, t1, scenario.vocabulary),
                                "sim") +
           "</div></section>\n";
  }
  // The code's lines over the run need the trace: a streamed run has none to read them from.
  if (sim.trace != nullptr) out += code_section(scenario, *sim.trace);
  if (sim.charts != nullptr) {
    append_charts(out, *sim.charts, sim, threads);
  } else if (sim.trace != nullptr) {
    append_charts(out, report_charts(*sim.trace), sim, threads);
  }
  if (sim.summary != nullptr) {
    out += "<section id=\"statistics\"><h2>Statistics</h2>" +
           customer_table(sim.summary->customers,
                          chart::english_words(scenario.vocabulary).customers_heading) +
           groups_table(scenario, *sim.summary) + station_table(*sim.summary) + "</section>\n";
  }
  if (threads != nullptr) append_threads(out, sim, *threads, t1, scenario.vocabulary);
  out += "</main></body>\n</html>\n";
  return out;
}

}  // namespace burgers::exporter
