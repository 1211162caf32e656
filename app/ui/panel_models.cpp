#include "ui/panel_models.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "text/fill.hpp"

namespace burgers::ui {

namespace {

// Room for the longest lane name ("Cashier-cook 8", "Customer 5000"), within reason.
float label_width(const scenario::Scenario& s, const Names& names, const std::string& staff_heading,
                  const PanelSize& size) {
  const text::Measure measure = size.measure ? size.measure : text::estimated(size.text_px);
  // The staff group folded into one lane: "Threads and processes (42)" beside its bar.
  int staff = 0;
  for (const scenario::Station& st : s.stations) staff += st.staff;
  float widest = measure(staff_heading + " (" + burgers::text::thousands(staff) + ")");
  for (std::size_t i = 0; i < s.stations.size() && i < names.stations.size(); ++i)
    widest =
        std::max(widest, measure(names.stations[i] + " " + std::to_string(s.stations[i].staff)));
  for (std::size_t g = 0; g < s.groups.size() && g < names.groups.size(); ++g)
    widest = std::max(widest, measure(names.groups[g] + " " + std::to_string(s.groups[g].count)));
  return std::clamp(widest + 24, 80.0f, std::max(80.0f, size.width * 0.3f));
}

// The text-table key of what a task at a line does, by LineTasks slot (0: own activity).
const char* code_phase_key(std::size_t slot) {
  static const std::array<std::string, trace::kJobPhaseCount> keys = [] {
    std::array<std::string, trace::kJobPhaseCount> k;
    k[0] = "code_phase_own";
    for (int p = 1; p < trace::kJobPhaseCount; ++p)
      k[static_cast<std::size_t>(p)] =
          "code_phase_" + std::string(trace::phase_name(static_cast<trace::JobPhase>(p)));
    return k;
  }();
  return keys[slot].c_str();
}

// What the tasks at a line are doing: "37 awaiting I/O, 3 queued" (or with the noun:
// "37 tasks awaiting I/O", "40 tasks: 37 awaiting I/O, 3 queued").
std::string tasks_note(const Text& text, const chart::LineTasks& at, bool with_noun) {
  const std::int64_t total = at.total();
  const std::string count = burgers::text::thousands(total);
  const char* noun = total == 1 ? text("customer_word") : text("customers_word");
  std::string list;
  std::size_t phases = 0, only = 0;
  for (std::size_t slot = 0; slot < at.by_phase.size(); ++slot) {
    const std::int64_t n = at.by_phase[slot];
    if (n == 0) continue;
    if (phases++ > 0) list += text("code_list_sep");
    list += fill(fill(text("code_count_phase"), burgers::text::thousands(n)),
                 text(code_phase_key(slot)));
    only = slot;
  }
  if (!with_noun) return list;
  if (phases == 1)
    return fill(fill(fill(text("code_one_phase"), count), noun), text(code_phase_key(only)));
  return fill(fill(fill(text("code_many_phases"), count), noun), list);
}

// Shown names of a lesson's stations or customer groups (`items`) by their ids, `shown`
// being their names in the panel's language, in the same order.
template <typename Items>
sweep::Label shown_by_id(const Items& items, std::vector<std::string> shown) {
  std::vector<std::string> ids;
  for (const auto& item : items) ids.push_back(item.name);
  return [ids = std::move(ids), shown = std::move(shown)](std::string_view id) {
    for (std::size_t i = 0; i < ids.size() && i < shown.size(); ++i) {
      if (ids[i] == id) return shown[i];
    }
    return std::string(id);
  };
}

// Each of `items` by `name_of`, or as it is where that has no words.
template <typename NameOf>
std::vector<std::string> in_words(const std::vector<std::string>& items, NameOf name_of) {
  std::vector<std::string> out;
  for (const std::string& item : items) {
    std::string name = name_of(item);
    out.push_back(name.empty() ? item : std::move(name));
  }
  return out;
}

trace::State swatch_of(std::size_t slot) {
  return slot == 0 ? trace::State::own_activity
                   : trace::customer_state(static_cast<trace::JobPhase>(slot), false);
}

}  // namespace

std::vector<CodeLineNote> code_notes(const Text& text, const Names& names,
                                     const SessionFrame& frame) {
  const CodePanel& code = frame.code;
  std::vector<CodeLineNote> notes(code.lines.size());
  for (std::size_t i = 0; i < notes.size() && i < code.tasks.size(); ++i) {
    const chart::LineTasks& at = code.tasks[i];
    if (at.total() == 0) continue;
    CodeLineNote& note = notes[i];
    note.busy = true;
    note.text = tasks_note(text, at, true);
    note.short_text = tasks_note(text, at, false);
    const auto most = std::max_element(at.by_phase.begin(), at.by_phase.end());
    note.swatch = swatch_of(static_cast<std::size_t>(most - at.by_phase.begin()));
  }
  if (code.hovered_line > 0 && frame.session != nullptr && frame.session->simulation() != nullptr) {
    CodeLineNote& note = notes[static_cast<std::size_t>(code.hovered_line - 1)];
    const trace::Trace& trace = *frame.session->simulation()->trace();
    const auto slot = static_cast<std::size_t>(code.hovered_phase);
    note.hovered = true;
    note.text = fill(fill(text("code_task_here"), names.agent(trace, code.hovered_task)),
                     text(code_phase_key(slot)));
    note.short_text = note.text;
    if (!note.busy) note.swatch = swatch_of(slot);
  }
  return notes;
}

chart::ChartOptions timeline_options(const Text& text, const Names& names,
                                     const TimelineViewport& viewport, const SessionFrame& frame,
                                     const PanelSize& size) {
  chart::ChartOptions o = localized_chart_options(text, names);
  const run::Simulation& sim = *frame.session->simulation();
  o.width = std::max(200.0f, size.width);
  o.height = size.height;
  o.text_px = size.text_px;
  o.measure = size.measure;
  o.lane_height = std::max(14.0f, std::round(size.text_px * 1.05f));
  o.label_width = label_width(frame.session->effective(), names, o.staff_heading, size);
  o.legend_x0 = 8;
  o.show_title = false;  // the panel's heading names the lesson
  if (viewport.follow) {
    // Up to the clock, from where the customers in view arrived; before anything happened,
    // a one-second axis.
    o.t0 = 0;
    o.t1 = frame.as_of > 0 ? frame.as_of : kSecond;
    o.follow_at = frame.as_of;
    o.follow_axis = true;
  } else {
    o.t0 = viewport.t0;
    o.t1 = viewport.t1;
    o.first_customer = viewport.first_customer;
  }
  o.cursor = frame.as_of;
  // Spans still going on reach the clock when the run stands there, else the run's time.
  o.live_end = std::max(frame.as_of, sim.now());
  if (sim.finished()) o.live_end = sim.now();
  o.first_staff = viewport.first_staff;
  o.show_staff = viewport.staff_open.value_or(true);
  o.fold_staff_to_fit = !viewport.staff_open.has_value();
  o.show_cores = viewport.show_cores;
  o.show_customers = viewport.show_customers;
  return o;
}

chart::RestaurantWords restaurant_words(const Text& text, const Names& names) {
  chart::RestaurantWords w;
  w.stations = names.stations;
  w.groups = names.groups;
  w.group_key = text("group_key");
  w.line = text("line_count");
  w.line_mixed = text("line_mixed_count");
  w.line_free = text("line_free_count");
  w.tables = text("tables_count");
  w.eating = text("eating_count");
  w.arriving = text("arriving_count");
  w.now_serving = text("now_serving");
  w.preparing = text("preparing");
  w.more = text("more_count");
  w.inside = text("inside_count");
  w.served = text("served_count");
  w.to_come = text("to_come_count");
  w.serving = text("serving_number");
  for (int i = 0; i < trace::kStateCount; ++i) {
    const auto s = static_cast<trace::State>(i);
    w.state_names[static_cast<std::size_t>(i)] = text(state_key(s));
    if (const char* key = staff_caption_key(s))
      w.staff_states[static_cast<std::size_t>(i)] = text(key);
  }
  return w;
}

chart::RestaurantScene restaurant_scene(const Text& text, const Names& names,
                                        const SessionFrame& frame, const PanelSize& size) {
  chart::RestaurantInput in;
  in.width = size.width;
  in.height = size.height;
  in.text_px = size.text_px;
  in.measure = size.measure;
  in.words = restaurant_words(text, names);
  in.total_customers = frame.session->effective().customer_count();
  return chart::layout_restaurant(frame.snapshot, in);
}

// The chart's words in the reader's language, stations named as the lesson shows them.
sweep::CurveWords sweep_curve_words(const Text& text, const Names& names,
                                    const scenario::Scenario& lesson) {
  sweep::CurveWords w;
  for (auto& [figure, name] : w.figures.figures) name = text(sweep::figure_text_key(figure));
  for (auto& [key, name] : w.figures.keys) name = text(sweep::key_text_key(key));
  w.mean_of = text("sweep_mean_of");
  w.station = shown_by_id(lesson.stations, names.stations);
  w.group = shown_by_id(lesson.groups, names.groups);
  w.step = sweep::step_labels(lesson, names.steps);
  w.simulated = text("sweep_simulated");
  w.measured = text("sweep_measured");
  w.theory = text("sweep_theory");
  w.ideal = text("sweep_ideal");
  w.per_point = text("sweep_per_point");
  w.seed = text("sweep_seed");
  w.bands = text("sweep_bands");
  w.bars = text("sweep_bars");
  w.title = names.title;
  return w;
}

std::vector<std::string> sweep_figure_names(const Text& text, const Names& names,
                                            const scenario::Scenario& lesson,
                                            const std::vector<std::string>& metrics) {
  const sweep::CurveWords words = sweep_curve_words(text, names, lesson);
  return in_words(metrics, [&](const std::string& metric) {
    return sweep::figure_name(metric, words.figures, words.station);
  });
}

std::vector<std::string> sweep_key_names(const Text& text, const Names& names,
                                         const scenario::Scenario& lesson,
                                         const std::vector<std::string>& keys) {
  const sweep::CurveWords words = sweep_curve_words(text, names, lesson);
  return in_words(keys, [&](const std::string& key) {
    return sweep::key_name(key, words.figures, words.station, words.group, words.step);
  });
}

CodeColumns code_columns(float width, const text::Measure& measure, float widest_code,
                         const Text& text) {
  CodeColumns c;
  c.numbers_w = measure("000") + 10;
  // Notes as long as they commonly get, in the panel's language.
  chart::LineTasks two_kinds;
  two_kinds.by_phase[static_cast<std::size_t>(trace::JobPhase::io_held)] = 20;
  two_kinds.by_phase[static_cast<std::size_t>(trace::JobPhase::queued)] = 60;
  const float whole_note =
      std::min(width * 0.38f, measure(tasks_note(text, two_kinds, false)) + 12);
  chart::LineTasks short_kinds;
  short_kinds.by_phase[static_cast<std::size_t>(trace::JobPhase::running)] = 1;
  short_kinds.by_phase[static_cast<std::size_t>(trace::JobPhase::awaiting)] = 2;
  const float short_note = std::min(whole_note, measure(tasks_note(text, short_kinds, false)) + 16);
  const float code_needs = c.numbers_w + 6 + widest_code + 4;
  c.notes_w = std::clamp(width - code_needs, short_note, whole_note);
  c.code_x = c.notes_w + c.numbers_w + 6;
  c.code_room = std::max(0.0f, width - c.code_x - 4);
  return c;
}

std::string shown_code_line(std::string_view line, float room, const text::Measure& measure) {
  return text::fit(line, room, measure);
}

}  // namespace burgers::ui
