#include "chart/vocabulary.hpp"

#include "text/fill.hpp"

#include <utility>

namespace burgers::chart {

using trace::JobPhase;
using trace::State;

namespace {

constexpr std::string_view kProgramPrefix = "prog_";

// The fields of Words other than states and phases, with their keys (without prefix).
constexpr std::array<std::string_view, 4> kTextKeys = {"legend_blocked", "staff_group",
                                                       "customers_group", "customers_word"};
constexpr std::array<std::string_view, kStaffKindCount> kStationAsKeys = {
    "station_as_thread", "station_as_event_loop", "station_as_process"};
constexpr std::string_view kGroupAsKey = "group_as";

std::string* text_field(Words& w, std::size_t i) {
  std::array<std::string*, kTextKeys.size()> fields = {&w.blocked_legend, &w.staff_heading,
                                                       &w.customers_heading, &w.customers};
  return fields[i];
}

// The program's English words, by key without prefix. The program names a task's
// state by what its code is doing; blocked or free says whether its caller waits for it.
constexpr std::pair<std::string_view, std::string_view> kProgramEnglish[] = {
    {"state_idle", "Idle"},
    {"state_busy", "Computing"},
    {"state_io_wait", "Blocked on I/O"},
    {"state_ready", "Waiting for a core"},
    {"state_switching", "Context switch"},
    {"state_arrived", "Starts"},
    {"state_queued_blocked", "Queued (caller waits)"},
    {"state_queued_free", "Queued (caller free)"},
    {"state_served_blocked", "Running (caller waits)"},
    {"state_served_free", "Running (caller free)"},
    {"state_own_activity", "The caller's own work"},
    {"state_done", "Returns"},
    {"state_gil_wait", "Waiting for the GIL"},
    {"state_awaiting_blocked", "Awaiting I/O, thread free (caller waits)"},
    {"state_awaiting_free", "Awaiting I/O, thread free (caller free)"},
    {"state_io_held_blocked", "Blocked on I/O, thread held (caller waits)"},
    {"state_io_held_free", "Blocked on I/O, thread held (caller free)"},
    {"state_core_wait_blocked", "Waiting for a core (caller waits)"},
    {"state_core_wait_free", "Waiting for a core (caller free)"},
    {"state_gil_wait_blocked", "Waiting for the GIL (caller waits)"},
    {"state_gil_wait_free", "Waiting for the GIL (caller free)"},
    {"state_loop_wait_blocked", "Ready, waiting for the loop (caller waits)"},
    {"state_loop_wait_free", "Ready, waiting for the loop (caller free)"},
    {"phase_queued", "Queued"},
    {"phase_running", "Running"},
    {"phase_awaiting", "Awaiting I/O, thread free"},
    {"phase_io_held", "Blocked on I/O, thread held"},
    {"phase_core_wait", "Waiting for a core"},
    {"phase_gil_wait", "Waiting for the GIL"},
    {"phase_loop_wait", "Ready, waiting for the loop"},
    {"legend_blocked", "Hatched: the caller waits for the task"},
    {"staff_group", "Threads and processes"},
    {"customers_group", "Tasks"},
    {"customers_word", "tasks"},
    {"station_as_thread", "{} thread"},
    {"station_as_event_loop", "{} event loop"},
    {"station_as_process", "{} process"},
    {"group_as", "{} task"},
};

// The restaurant's English words that are not trace::state_label / phase_label.
constexpr std::pair<std::string_view, std::string_view> kRestaurantEnglish[] = {
    {"legend_blocked", "Hatched: the customer is blocked"},
    {"staff_group", "Staff"},
    {"customers_group", "Customers"},
    {"customers_word", "customers"},
    {"station_as_thread", "Cook ({})"},
    {"station_as_event_loop", "Cashier ({})"},
    {"station_as_process", "Kitchen ({})"},
    {"group_as", "Customer ({})"},
};

std::string english(Vocabulary v, std::string_view key) {
  if (v == Vocabulary::program) {
    key.remove_prefix(kProgramPrefix.size());
    for (const auto& [k, text] : kProgramEnglish) {
      if (k == key) return std::string(text);
    }
    return std::string(key);
  }
  for (int i = 0; i < trace::kStateCount; ++i) {
    const auto s = static_cast<State>(i);
    if (key == "state_" + std::string(trace::state_name(s)))
      return std::string(trace::state_label(s));
  }
  for (int i = 1; i < trace::kJobPhaseCount; ++i) {
    const auto p = static_cast<JobPhase>(i);
    if (key == "phase_" + std::string(trace::phase_name(p)))
      return std::string(trace::phase_label(p));
  }
  for (const auto& [k, text] : kRestaurantEnglish) {
    if (k == key) return std::string(text);
  }
  return std::string(key);
}

}  // namespace

StaffKind staff_kind(const trace::StationInfo& station) {
  if (station.processes) return StaffKind::process;
  return station.async ? StaffKind::event_loop : StaffKind::thread;
}

std::vector<std::string> word_keys(Vocabulary v) {
  const std::string prefix(v == Vocabulary::program ? kProgramPrefix : "");
  std::vector<std::string> keys;
  for (int i = 0; i < trace::kStateCount; ++i)
    keys.push_back(prefix + "state_" + std::string(trace::state_name(static_cast<State>(i))));
  for (int i = 1; i < trace::kJobPhaseCount; ++i)
    keys.push_back(prefix + "phase_" + std::string(trace::phase_name(static_cast<JobPhase>(i))));
  for (const std::string_view k : kTextKeys) keys.push_back(prefix + std::string(k));
  for (const std::string_view k : kStationAsKeys) keys.push_back(prefix + std::string(k));
  keys.push_back(prefix + std::string(kGroupAsKey));
  return keys;
}

Words words_from(Vocabulary v, const std::function<std::string(std::string_view key)>& lookup) {
  const std::vector<std::string> keys = word_keys(v);
  Words w;
  std::size_t k = 0;
  for (auto& state : w.states) state = lookup(keys[k++]);
  for (std::size_t p = 1; p < w.phases.size(); ++p) w.phases[p] = lookup(keys[k++]);
  for (std::size_t i = 0; i < kTextKeys.size(); ++i) *text_field(w, i) = lookup(keys[k++]);
  for (auto& pattern : w.station_as) pattern = lookup(keys[k++]);
  w.group_as = lookup(keys[k++]);
  return w;
}

const Words& english_words(Vocabulary v) {
  static const std::array<Words, 2> words = {
      words_from(Vocabulary::restaurant,
                 [](std::string_view key) { return english(Vocabulary::restaurant, key); }),
      words_from(Vocabulary::program,
                 [](std::string_view key) { return english(Vocabulary::program, key); }),
  };
  return words[v == Vocabulary::program ? 1 : 0];
}

void apply_words(const Words& words, ChartOptions& options) {
  options.state_labels = words.states;
  options.phase_labels = words.phases;
  options.blocked_label = words.blocked_legend;
  options.staff_heading = words.staff_heading;
  options.customers_heading = words.customers_heading;
}

std::string fill_pattern(std::string_view pattern, std::string_view value) {
  return text::fill(pattern, value);  // one copy of the mechanism, shared with the text tables
}

std::vector<std::string> station_labels(const trace::Trace& trace,
                                        const std::vector<std::string>& labels, Vocabulary own,
                                        Vocabulary shown, const Words& shown_words) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < trace.stations.size(); ++i) {
    const std::string& label =
        i < labels.size() && !labels[i].empty() ? labels[i] : trace.stations[i].label;
    if (own == shown) {
      out.push_back(label);
      continue;
    }
    const auto kind = static_cast<std::size_t>(staff_kind(trace.stations[i]));
    out.push_back(fill_pattern(shown_words.station_as[kind], label));
  }
  return out;
}

std::vector<std::string> group_labels(const trace::Trace& trace,
                                      const std::vector<std::string>& labels, Vocabulary own,
                                      Vocabulary shown, const Words& shown_words) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < trace.groups.size(); ++i) {
    const std::string& label =
        i < labels.size() && !labels[i].empty() ? labels[i] : trace.groups[i].label;
    out.push_back(own == shown ? label : fill_pattern(shown_words.group_as, label));
  }
  return out;
}

}  // namespace burgers::chart
