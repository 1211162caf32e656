#include "ui/controller.hpp"

#include <algorithm>
#include <cmath>

#include "export/outputs.hpp"

namespace burgers::ui {

using WallClock = std::chrono::steady_clock;

Time AppState::finished_end() const {
  Time end = 0;
  for (const Session* s : {main.get(), other.get()}) {
    if (s != nullptr && s->computing()) return kNever;
    if (s == nullptr || s->simulation() == nullptr) continue;
    if (!s->simulation()->finished()) return kNever;
    end = std::max(end, s->simulation()->now());
  }
  return end;
}

scenario::Vocabulary AppState::shown_vocabulary() const {
  if (vocabulary) return *vocabulary;
  return main != nullptr && main->loaded() ? main->base().vocabulary
                                           : scenario::Vocabulary::restaurant;
}

double Controller::default_speed(const scenario::Scenario& s) {
  double estimate = 0;  // nanoseconds until the last customer of the slowest group leaves
  for (const scenario::CustomerGroup& g : s.groups) {
    double journey = 0;
    for (const scenario::Step& step : g.steps) {
      for (const scenario::Phase& p : step.work) journey += p.duration.mean();
    }
    estimate = std::max(estimate, static_cast<double>(g.count) * g.arrival.mean() + journey);
  }
  const double wanted = estimate / 1e9 / 30.0;  // play it in about 30 seconds
  double speed = 0.1;
  for (double decade = 0.1; decade <= 10000; decade *= 10) {
    for (double m : {1.0, 2.0, 5.0}) {
      if (decade * m <= wanted) speed = decade * m;
    }
  }
  return std::clamp(speed, 0.1, 10000.0);
}

bool Controller::open(const std::string& path, int side,
                      const std::vector<scenario::Override>& overrides) {
  auto session = std::make_unique<Session>(path, overrides);
  if (!session->loaded()) {
    state_.status =
        session->errors().empty() ? path + ": cannot load" : session->errors().front().to_string();
    return false;
  }
  if (side == 0) {
    state_.clock.speed = default_speed(session->effective());
    state_.main = std::move(session);
    state_.clock.view = 0;
    state_.clock.playing = false;
    state_.clock.to_end = false;
  } else {
    state_.other = std::move(session);
  }
  return true;
}

void Controller::apply_all(std::vector<Command>& commands) {
  // A hover lasts while the pointer stays: a frame without a hover command clears it.
  bool hovered = false;
  for (const Command& c : commands) {
    hovered = hovered || c.kind == CommandKind::hover;
    apply(c);
  }
  if (!hovered) state_.hover = {};
  commands.clear();
}

void Controller::apply(const Command& c) {
  Session* session = state_.session(c.side);
  switch (c.kind) {
    case CommandKind::toggle_play:
      if (!state_.clock.playing && state_.finished_end() != kNever &&
          state_.clock.view >= state_.finished_end()) {
        state_.clock.view = 0;  // play again from the start
      }
      state_.clock.playing = !state_.clock.playing;
      state_.clock.to_end = false;
      state_.clock.past_end = -1;
      break;
    case CommandKind::step:
      step();
      break;
    case CommandKind::restart:
      restart();
      break;
    case CommandKind::jump_to_end:
      state_.clock.to_end = true;
      state_.clock.past_end = -1;
      break;
    case CommandKind::set_speed:
      state_.clock.speed = std::clamp(c.value, 0.1, 10000.0);
      break;
    case CommandKind::set_fastest:
      state_.clock.fastest = c.value != 0;
      break;
    case CommandKind::set_view_time:
      state_.clock.view = std::max<Time>(0, c.time);
      state_.clock.to_end = false;
      state_.clock.past_end = -1;
      break;
    case CommandKind::set_seed:
    case CommandKind::new_seed: {
      const std::uint64_t seed = c.kind == CommandKind::set_seed
                                     ? c.seed
                                     : (state_.main ? state_.main->params().seed + 1 : 1);
      for (Session* s : {state_.main.get(), state_.other.get()}) {
        if (s != nullptr) s->set_seed(seed);  // both sides keep the same customers
      }
      break;
    }
    case CommandKind::set_staff:
      if (session != nullptr && !session->set_staff(c.index, static_cast<int>(c.value)))
        refused(*session);
      break;
    case CommandKind::set_arrival:
      if (session != nullptr && !session->set_arrival_factor(c.index, c.value)) refused(*session);
      break;
    case CommandKind::set_variant:
      if (session != nullptr && !session->set_variant(c.text)) refused(*session);
      break;
    case CommandKind::set_viewport:
    case CommandKind::set_follow:
    case CommandKind::scroll_lanes:
    case CommandKind::show_group:
      apply_viewport(c);
      break;
    case CommandKind::show_panel:
      if (c.index == static_cast<int>(Panel::file_dialog)) {
        state_.show_file_dialog = c.value != 0;
        state_.file_dialog_side = c.side;
      } else {
        state_.show_export = c.value != 0;
      }
      break;
    case CommandKind::open_scenario:
      if (open(c.text, c.side) && c.side == 1 && state_.main)
        state_.other->set_seed(state_.main->params().seed);
      break;
    case CommandKind::close_compare:
      state_.other.reset();
      break;
    case CommandKind::toggle_language:
      state_.text.set_language(state_.text.language() == Language::english ? Language::chinese
                                                                           : Language::english);
      break;
    case CommandKind::toggle_help:
      state_.show_help = !state_.show_help;
      break;
    case CommandKind::toggle_threads:
      state_.show_threads = !state_.show_threads;
      break;
    case CommandKind::run_threads:
      if (state_.main != nullptr && state_.main->loaded()) {
        state_.threads.start(state_.main->effective(), c.value);
        state_.show_threads = true;
      }
      break;
    case CommandKind::stop_threads:
      state_.threads.stop();
      break;
    case CommandKind::toggle_sweep:
      state_.show_sweep = !state_.show_sweep;
      break;
    case CommandKind::run_sweep:
      run_sweep(c);
      break;
    case CommandKind::stop_sweep:
      state_.sweep.stop();
      break;
    case CommandKind::open_sweep_point:
      if (!state_.sweep.file().empty())
        open(state_.sweep.file().string(), 0, state_.sweep.point_overrides(c.index));
      break;
    case CommandKind::dismiss_hint:
      state_.show_hint = false;
      state_.hint_dismissed = true;
      break;
    case CommandKind::screenshot:
      state_.pending_screenshot = c.text;
      break;
    case CommandKind::export_run: {
      if (session == nullptr || session->simulation() == nullptr) break;
      session->stop_computing();  // the run as far as it got
      run::Simulation& sim = *session->simulation();
      const stats::Summary summary = sim.summary();
      exporter::FormatSet formats;
      for (int f = 0; f <= static_cast<int>(exporter::Format::html); ++f) {
        if ((c.index >> f) & 1) formats.add(static_cast<exporter::Format>(f));
      }
      const auto result = exporter::write_outputs(
          c.text, formats, exporter::OutputInputs{&session->effective(), &summary, sim.trace()});
      state_.status = result.ok ? std::string(state_.text("export_done")) + " " + c.text
                                : std::string(state_.text("export_failed")) + ": " + result.error;
      break;
    }
    case CommandKind::reload:
      if (session != nullptr) session->reload();
      break;
    case CommandKind::set_vocabulary:
      state_.vocabulary =
          c.value != 0 ? scenario::Vocabulary::program : scenario::Vocabulary::restaurant;
      break;
    case CommandKind::hover: {
      const bool bar = c.seed != Hover::kNoHoveredSpan;
      state_.hover.side = c.index >= 0 || bar ? c.side : -1;
      state_.hover.agent = c.index >= 0 ? static_cast<trace::AgentId>(c.index) : trace::kNoAgent;
      state_.hover.span = static_cast<std::uint32_t>(c.seed);
      break;
    }
  }
}

void Controller::refused(const Session& session) {
  if (!session.errors().empty()) state_.status = session.errors().front().to_string();
}

void Controller::apply_viewport(const Command& c) {
  if (c.side < 0 || c.side > 1) return;
  TimelineViewport& v = state_.timeline[c.side];
  const auto group = static_cast<chart::LaneGroup>(c.index);
  switch (c.kind) {
    case CommandKind::set_viewport:
      v.follow = false;
      v.t0 = c.time;
      v.t1 = std::max(static_cast<Time>(c.value), c.time + 1000);
      break;
    case CommandKind::set_follow:
      v.follow = c.value != 0;
      break;
    case CommandKind::scroll_lanes: {
      const auto first = static_cast<std::size_t>(std::max(0.0, c.value));
      if (group == chart::LaneGroup::staff) {
        v.first_staff = first;
      } else {
        v.first_customer = first;
        v.follow = false;  // the student chose which customers to see
      }
      break;
    }
    case CommandKind::show_group:
      if (group == chart::LaneGroup::staff) v.staff_open = c.value != 0;
      if (group == chart::LaneGroup::cores) v.show_cores = c.value != 0;
      if (group == chart::LaneGroup::customers) v.show_customers = c.value != 0;
      break;
    default:
      break;
  }
}

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

void Controller::run_sweep(const Command& c) {
  if (state_.main == nullptr || !state_.main->loaded()) return;
  SweepOrder order;
  order.vary = lines_of(c.text);
  order.metrics = lines_of(c.detail);
  order.replications = std::max(1, static_cast<int>(c.value));
  order.threads = c.index != 0;
  // The lesson as on screen: the command line's overrides, the sliders and the seed.
  state_.show_sweep = true;
  if (!state_.sweep.start(state_.main->file(), state_.main->param_overrides(), order))
    state_.status = state_.sweep.error();
}

void Controller::restart() {
  for (Session* s : {state_.main.get(), state_.other.get()}) {
    if (s != nullptr) s->restart();
  }
  state_.clock.view = 0;
  state_.clock.to_end = false;
  state_.clock.past_end = -1;
}

void Controller::step() {
  state_.clock.playing = false;
  state_.clock.to_end = false;
  for (Session* s : {state_.main.get(), state_.other.get()})
    if (s != nullptr) s->stop_computing();
  Session* main = state_.main.get();
  if (main == nullptr || main->simulation() == nullptr) return;
  run::Simulation& sim = *main->simulation();
  if (state_.clock.view < sim.now()) {
    // Scrubbed back: move to the next change already in the trace.
    const auto& spans = sim.trace()->spans;
    const auto next = std::upper_bound(spans.begin(), spans.end(), state_.clock.view,
                                       [](Time t, const trace::Span& s) { return t < s.start; });
    state_.clock.view = next == spans.end() ? sim.now() : next->start;
    return;
  }
  sim.step();
  state_.clock.view = sim.now();
  if (state_.other && state_.other->simulation() != nullptr)
    state_.other->advance(sim.now(), ~0ULL);
}

Time Controller::advance_sessions(Time target, const FrameBudget& budget, bool hand_over) {
  const auto deadline = WallClock::now() + budget.wall;
  for (;;) {
    bool pending = false;
    for (Session* s : {state_.main.get(), state_.other.get()}) {
      if (s == nullptr || s->simulation() == nullptr) continue;
      const run::Simulation& sim = *s->simulation();
      if (sim.finished() || sim.next_time() > target) continue;
      s->advance(target, budget.chunk);
      pending = true;
    }
    if (!pending || WallClock::now() >= deadline) break;
  }
  Time reached = kNever;
  for (Session* s : {state_.main.get(), state_.other.get()}) {
    if (s == nullptr || s->simulation() == nullptr) continue;
    const run::Simulation& sim = *s->simulation();
    if (sim.finished()) continue;
    const bool there = sim.next_time() > target;
    reached = std::min(reached, there ? target : sim.now());
    // The rest of the way on a thread of its own: the window keeps drawing meanwhile.
    if (!there && hand_over && budget.background) s->compute_in_background(target);
  }
  return reached;
}

bool Controller::background_settled(Time wanted) {
  bool computing = false;
  for (Session* s : {state_.main.get(), state_.other.get()}) {
    if (s == nullptr) continue;
    s->collect();
    if (!s->computing()) continue;
    // Still going where the clock wants it: let it be. Elsewhere (a scrub back, Play): stop
    // it; the run then goes on from where it stopped.
    if (s->computing_target() == wanted) {
      computing = true;
    } else {
      s->stop_computing();
    }
  }
  return !computing;
}

void Controller::tick(double real_seconds, const FrameBudget& budget) {
  state_.sweep.refresh();  // points appear as their runs finish
  Clock& clock = state_.clock;
  if (!state_.main || state_.main->simulation() == nullptr) return;
  // While the panels wait for the run (paused after a jump, or running to the end), a long
  // way goes on in the background; playback steps the run itself, frame by frame.
  const bool waiting = !clock.playing || clock.to_end;
  constexpr Time kPlayback = -1;  // no background target is ever this
  if (!background_settled(!waiting ? kPlayback : clock.to_end ? kNever : clock.view)) return;
  if (!clock.playing && !clock.to_end) {
    advance_sessions(clock.view, budget, true);  // catch up after a restart, a change or a scrub
    const Time end = state_.finished_end();
    if (end != kNever && clock.view > end) {  // asked for a time past the end: show the end
      clock.past_end = clock.view;
      clock.view = end;
    }
    return;
  }
  Time target = kNever;
  if (!clock.fastest && !clock.to_end) {
    target = clock.view + static_cast<Time>(std::llround(real_seconds * clock.speed * 1e9));
  }
  const Time reached = advance_sessions(target, budget, clock.to_end);
  const Time end = state_.finished_end();
  if (reached == kNever && end != kNever && (target == kNever || target >= end)) {
    clock.view = end;
    clock.playing = false;
    clock.to_end = false;
    return;
  }
  clock.view = std::max(clock.view, std::min(target, reached));
}

}  // namespace burgers::ui
