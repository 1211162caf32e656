#include "export/html_program.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "chart/code_lines.hpp"
#include "chart/palette.hpp"
#include "chart/vocabulary.hpp"
#include "export/markup.hpp"

namespace burgers::exporter {

namespace {

using trace::JobPhase;

constexpr double kBarPixels = 180;

std::string cell(std::string_view s) {
  return "<td>" + escaped(s) + "</td>";
}

// The colour a slot of LineTime is drawn in: its phase's (free) customer colour, or own
// activity's for the `none` slot: the timeline's colours.
chart::Rgba slot_colour(std::size_t slot) {
  const trace::State state = slot == 0 ? trace::State::own_activity
                                       : trace::customer_state(static_cast<JobPhase>(slot), false);
  return chart::style_of(state).fill;
}

std::string slot_label(std::size_t slot, const chart::Words& words) {
  return slot == 0 ? words.states[static_cast<std::size_t>(trace::State::own_activity)]
                   : words.phases[slot];
}

// A bar of the line's time split by phase, `max` being the longest line's total.
std::string time_bar(const chart::LineTime& line, Time max, const chart::Words& words) {
  std::string out = "<td class=\"bar\">";
  for (std::size_t slot = 0; slot < line.by_phase.size(); ++slot) {
    const Time t = line.by_phase[slot];
    if (t <= 0 || max <= 0) continue;
    const double width = kBarPixels * static_cast<double>(t) / static_cast<double>(max);
    out += "<span style=\"width:" + coord(std::max(width, 1.0)) +
           "px;background:" + hex(slot_colour(slot)) + "\" title=\"";
    append_escaped(out, slot_label(slot, words) + ": " + format_duration(t));
    out += "\"></span>";
  }
  return out + "</td>";
}

std::string code_table(std::string_view code, const std::vector<chart::LineTime>& times,
                       const chart::Words& words) {
  Time max = 0;
  for (const chart::LineTime& t : times) max = std::max(max, t.total());
  std::string out =
      "<table class=\"code\"><thead><tr><th>Line</th><th>Time at the line</th><th>Visits</th>"
      "<th></th><th>Code</th></tr></thead><tbody>\n";
  const std::vector<std::string_view> lines = chart::split_code_lines(code);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const chart::LineTime none;
    const chart::LineTime& t = i < times.size() ? times[i] : none;
    out += "<tr>" + cell(std::to_string(i + 1));
    out += t.visits > 0 ? cell(format_duration(t.total())) + cell(std::to_string(t.visits))
                        : "<td></td><td></td>";
    out += time_bar(t, max, words) + "<td class=\"src\">";
    append_escaped(out, lines[i]);
    out += "</td></tr>\n";
  }
  return out + "</tbody></table>\n";
}

// The phases that occur anywhere in the code, as a key to the bars' colours.
std::string colour_key(const std::vector<chart::LineTime>& times, const chart::Words& words) {
  std::string out = "<p class=\"note key\">";
  for (std::size_t slot = 0; slot < trace::kJobPhaseCount; ++slot) {
    const bool used = std::any_of(times.begin(), times.end(), [slot](const chart::LineTime& t) {
      return t.by_phase[slot] > 0;
    });
    if (!used) continue;
    out += "<span style=\"background:" + hex(slot_colour(slot)) + "\"></span>";
    append_escaped(out, slot_label(slot, words));
    out += " ";
  }
  return out + "</p>\n";
}

}  // namespace

std::string program_css() {
  return "table.code td{border-bottom:none;padding:1px 10px;vertical-align:top}"
         "td.src{text-align:left;white-space:pre;font:13px/1.4 'DejaVu Sans Mono',monospace}"
         "td.bar{text-align:left;width:" +
         coord(kBarPixels) +
         "px;white-space:nowrap}"
         "td.bar span,p.key span{display:inline-block;height:12px;vertical-align:middle}"
         "p.key span{width:12px;margin:0 4px 0 8px}";
}

std::string code_section(const scenario::Scenario& scenario, const trace::Trace& trace) {
  if (scenario.code.empty()) return {};
  const chart::Words& words = chart::english_words(scenario.vocabulary);
  const std::vector<chart::LineTime> times = chart::time_at_lines(trace, chart::CodeMap(scenario));
  std::string out =
      "<section id=\"code\"><h2>The code</h2><p class=\"note\">The program this lesson stands "
      "for. Each line shows the time " +
      escaped(words.customers) +
      " spent at it over the whole run, added up (ten of them awaiting for one second make ten "
      "seconds), coloured like the timeline by what they were doing there.</p>\n";
  out += colour_key(times, words) + code_table(scenario.code, times, words);
  if (!scenario.code_zh.empty()) {
    out += "<details lang=\"zh-Hant\"><summary>程式碼（中文註解）</summary>\n" +
           code_table(scenario.code_zh, times, words) + "</details>\n";
  }
  return out + "</section>\n";
}

std::string groups_table(const scenario::Scenario& scenario, const stats::Summary& summary) {
  if (summary.groups.size() < 2) return {};
  const chart::Words& words = chart::english_words(scenario.vocabulary);
  std::string out = "<h3>" + escaped(words.customers_heading) +
                    " by group</h3><table><thead><tr><th>Group</th><th>Served</th>"
                    "<th>Mean time inside</th><th>p90</th><th>Throughput</th><th>Last left at</th>"
                    "</tr></thead><tbody>\n";
  for (const stats::GroupSummary& g : summary.groups) {
    out += "<tr>" + cell(g.label.empty() ? g.name : g.label) + cell(std::to_string(g.served)) +
           cell(format_duration(g.mean_sojourn)) + cell(format_duration(g.sojourn.p90)) +
           cell(fmt::format("{:.2f}/s", g.throughput)) + cell(format_duration(g.makespan)) +
           "</tr>\n";
  }
  return out + "</tbody></table>\n";
}

}  // namespace burgers::exporter
