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

StaffKind staff_kind(const scenario::Station& station) {
  switch (station.workers) {
    case scenario::Workers::processes:
      return StaffKind::process;
    case scenario::Workers::event_loop:
      return StaffKind::event_loop;
    case scenario::Workers::threads:
      break;
  }
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

namespace {

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Whether `text` contains `word`, ignoring ASCII case (UTF-8 bytes compare as they are).
bool contains_word(std::string_view text, std::string_view word) {
  if (word.empty() || word.size() > text.size()) return false;
  for (std::size_t at = 0; at + word.size() <= text.size(); ++at) {
    std::size_t k = 0;
    while (k < word.size() && lower(text[at + k]) == lower(word[k])) ++k;
    if (k == word.size()) return true;
  }
  return false;
}

// What a pattern adds to a label: "{} event loop" -> "event loop", "Cook ({})" -> "Cook",
// "{}行程" -> "行程" (the pattern without its placeholder, brackets and spaces).
std::string pattern_word(std::string_view pattern) {
  std::string out = text::fill(pattern, "");
  for (const std::string_view strip : {"（）", "()", "（", "）", "(", ")"}) {
    for (std::size_t at; (at = out.find(strip)) != std::string::npos;) out.erase(at, strip.size());
  }
  const std::size_t first = out.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

}  // namespace

std::string dress_label(std::string_view pattern, std::string_view label) {
  // A label that already says what the pattern would add ("Cleaner process" as a process,
  // "Event loop" as an event loop) stays as it is: never "Event loop event loop".
  if (contains_word(label, pattern_word(pattern))) return std::string(label);
  return fill_pattern(pattern, label);
}

namespace {

// A lane label per station or group: the caller's label (else `own_label(i)`), dressed by
// `pattern_of(i)` when the lesson's vocabulary is not the one shown.
template <typename OwnLabel, typename PatternOf>
std::vector<std::string> dressed(std::size_t count, const std::vector<std::string>& labels,
                                 bool same, OwnLabel own_label, PatternOf pattern_of) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string& label = i < labels.size() && !labels[i].empty() ? labels[i] : own_label(i);
    out.push_back(same ? label : dress_label(pattern_of(i), label));
  }
  return out;
}

}  // namespace

std::vector<std::string> station_labels(const trace::Trace& trace,
                                        const std::vector<std::string>& labels, Vocabulary own,
                                        Vocabulary shown, const Words& shown_words) {
  return dressed(
      trace.stations.size(), labels, own == shown,
      [&](std::size_t i) -> const std::string& { return trace.stations[i].label; },
      [&](std::size_t i) -> const std::string& {
        return shown_words.station_as[static_cast<std::size_t>(staff_kind(trace.stations[i]))];
      });
}

std::vector<std::string> group_labels(const trace::Trace& trace,
                                      const std::vector<std::string>& labels, Vocabulary own,
                                      Vocabulary shown, const Words& shown_words) {
  return dressed(
      trace.groups.size(), labels, own == shown,
      [&](std::size_t i) -> const std::string& { return trace.groups[i].label; },
      [&](std::size_t) -> const std::string& { return shown_words.group_as; });
}

std::vector<std::string> station_labels(const scenario::Scenario& s,
                                        const std::vector<std::string>& labels, Vocabulary shown,
                                        const Words& shown_words) {
  return dressed(
      s.stations.size(), labels, s.vocabulary == shown,
      [&](std::size_t i) -> const std::string& { return s.stations[i].label; },
      [&](std::size_t i) -> const std::string& {
        return shown_words.station_as[static_cast<std::size_t>(staff_kind(s.stations[i]))];
      });
}

std::vector<std::string> group_labels(const scenario::Scenario& s,
                                      const std::vector<std::string>& labels, Vocabulary shown,
                                      const Words& shown_words) {
  return dressed(
      s.groups.size(), labels, s.vocabulary == shown,
      [&](std::size_t i) -> const std::string& { return s.groups[i].label; },
      [&](std::size_t) -> const std::string& { return shown_words.group_as; });
}

}  // namespace burgers::chart
