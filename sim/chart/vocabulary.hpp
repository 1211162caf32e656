#pragma once
// The words of the two vocabularies (restaurant, program) for what charts and reports name:
// staff kinds, customers, states, job phases, the legend. One list of keys; English built
// in, other languages through a lookup (the dashboard's text tables). Pure; include freely.
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "chart/chart_builder.hpp"
#include "scenario/scenario.hpp"
#include "trace/trace.hpp"

namespace burgers::chart {

using scenario::Vocabulary;

// What a station's staff are in a program: threads of the Python process (the default),
// event loops (a thread running asyncio), or worker processes.
enum class StaffKind : std::uint8_t { thread, event_loop, process };
inline constexpr int kStaffKindCount = 3;
StaffKind staff_kind(const trace::StationInfo& station);
StaffKind staff_kind(const scenario::Station& station);

// Every word of one vocabulary in one language.
struct Words {
  std::array<std::string, trace::kStateCount> states;
  std::array<std::string, trace::kJobPhaseCount> phases;  // [none] stays empty
  std::string blocked_legend;                             // "Hatched: the customer is blocked"
  std::string staff_heading;                              // "Staff" | "Threads and processes"
  std::string customers_heading;                          // "Customers" | "Tasks"
  std::string customers;  // a plural noun for counts: "customers" | "tasks"
  // Lane names for a lesson written in the other vocabulary: "{}" stands for the lesson's
  // own label, e.g. "{} thread" turns "Cashier" into "Cashier thread".
  std::array<std::string, kStaffKindCount> station_as;  // by StaffKind
  std::string group_as;
};

// The text-table key of every field, in one order: "state_idle", "phase_queued",
// "legend_blocked", "staff_group", ... for the restaurant; the same with a "prog_" prefix
// for the program. The dashboard's text tables hold them all (a test checks).
std::vector<std::string> word_keys(Vocabulary v);

// The words, each looked up by its key (the dashboard passes its text table).
Words words_from(Vocabulary v, const std::function<std::string(std::string_view key)>& lookup);
// The English words, as the exports use them. The restaurant's states and phases are
// trace::state_label and trace::phase_label.
const Words& english_words(Vocabulary v);

// Sets the chart's headings, state and phase labels and legend from `words`.
void apply_words(const Words& words, ChartOptions& options);

// "{}" in `pattern` replaced by `value`.
std::string fill_pattern(std::string_view pattern, std::string_view value);

// `label` dressed by `pattern` ("{} thread": "Cook" -> "Cook thread"), unless the label
// already names what the pattern adds ("Worker process" stays as it is as a "{} process").
std::string dress_label(std::string_view pattern, std::string_view label);

// Lane labels (by station, by group) for showing a lesson written in `own` in `shown`:
// the lesson's labels when the two agree, else the labels dressed in the shown words
// ("Cashier" -> "Cashier thread"; "Event loop" -> "Cashier (Event loop)"). An empty or
// missing label (e.g. no translation) falls back to the trace's own.
std::vector<std::string> station_labels(const trace::Trace& trace,
                                        const std::vector<std::string>& labels, Vocabulary own,
                                        Vocabulary shown, const Words& shown_words);
std::vector<std::string> group_labels(const trace::Trace& trace,
                                      const std::vector<std::string>& labels, Vocabulary own,
                                      Vocabulary shown, const Words& shown_words);
// The same from a scenario (its own vocabulary; its labels where `labels` has none).
std::vector<std::string> station_labels(const scenario::Scenario& scenario,
                                        const std::vector<std::string>& labels, Vocabulary shown,
                                        const Words& shown_words);
std::vector<std::string> group_labels(const scenario::Scenario& scenario,
                                      const std::vector<std::string>& labels, Vocabulary shown,
                                      const Words& shown_words);

}  // namespace burgers::chart
