#include "ui/frame.hpp"

#include <algorithm>

namespace burgers::ui {

namespace {

// Mean wait in line per visit to a station, over all stations, weighted by visits.
double mean_wait_per_visit(const stats::Summary& s, bool& known) {
  double total = 0;
  std::int64_t visits = 0;
  for (const stats::StationSummary& st : s.stations) {
    total += static_cast<double>(st.mean_queue_wait) * static_cast<double>(st.served);
    visits += st.served;
  }
  known = visits > 0;
  return visits > 0 ? total / static_cast<double>(visits) : 0;
}

// The job phase a staff state stands for (a staff member waiting for a core holds a job
// waiting for one).
trace::JobPhase phase_of(trace::State s) {
  if (trace::is_customer_state(s)) return trace::job_phase(s);
  for (const trace::JobPhase phase :
       {trace::JobPhase::io_held, trace::JobPhase::core_wait, trace::JobPhase::gil_wait}) {
    if (trace::staff_state(phase) == s) return phase;
  }
  return trace::holds_job(s) ? trace::JobPhase::running : trace::JobPhase::none;
}

// The hovered bar's line, or the line of the hovered task (or of the task the hovered staff
// member holds) at the snapshot's instant.
void find_hovered_line(const chart::CodeMap& map, const trace::Trace& trace,
                       const chart::Snapshot& snap, const Hover& hover, CodePanel& code) {
  auto customer_at = [&](trace::AgentId agent) -> const chart::AgentAt* {
    for (const chart::AgentAt& c : snap.customers)
      if (c.agent == agent) return &c;
    return nullptr;
  };
  if (hover.span < trace.spans.size()) {
    const trace::Span& s = trace.spans[hover.span];
    const trace::AgentId task = trace::is_customer_state(s.state) ? s.agent : s.customer;
    if (task >= trace.agents.size()) return;
    code.hovered_task = task;
    code.hovered_phase = phase_of(s.state);
    code.hovered_line = map.line_of(trace.agents[task].group, s.step);
    return;
  }
  const chart::AgentAt* task = customer_at(hover.agent);
  for (const chart::StationAt& st : snap.stations) {
    for (const chart::AgentAt& staff : st.staff_members) {
      if (staff.agent == hover.agent && staff.customer != trace::kNoAgent) {
        task = customer_at(staff.customer);
      }
    }
  }
  if (task == nullptr) return;
  code.hovered_task = task->agent;
  code.hovered_phase = phase_of(task->state);
  code.hovered_line = map.line_of(*task);
}

SessionFrame session_frame(Session& session, const AppState& state, int side) {
  const Clock& clock = state.clock;
  SessionFrame f;
  f.session = &session;
  f.as_of = clock.view;
  if (session.computing()) {  // the run is the background thread's until it is done
    f.progress = session.computing_progress();
    return f;
  }
  run::Simulation* sim = session.simulation();
  if (sim == nullptr || sim->trace() == nullptr) return f;
  if (sim->finished()) f.end = sim->now();
  // The run has reached the clock when nothing is left to happen at or before it.
  const bool reached = sim->finished() || sim->next_time() > clock.view;
  f.ready = reached && !clock.to_end;
  if (!f.ready) {
    f.progress = clock.to_end || clock.view <= 0
                     ? sim->progress()
                     : std::clamp(static_cast<double>(sim->now()) / static_cast<double>(clock.view),
                                  0.0, 1.0);
    return f;
  }
  f.ended = sim->finished() && clock.view >= sim->now();
  f.snapshot = chart::snapshot_at(*sim->trace(), session.index(), clock.view);
  f.stats = &session.stats_at(clock.view);
  f.code =
      code_panel_at(session.effective(), session.code_map(), state.text.language(), *sim->trace(),
                    f.snapshot, state.hover.side == side ? state.hover : Hover{});
  return f;
}

}  // namespace

CodePanel code_panel_at(const scenario::Scenario& scenario, const chart::CodeMap& map,
                        Language language, const trace::Trace& trace,
                        const chart::Snapshot& snapshot, const Hover& hover) {
  CodePanel code;
  code.as_of = snapshot.time;
  const std::string& text =
      language == Language::chinese && !scenario.code_zh.empty() ? scenario.code_zh : scenario.code;
  code.lines = chart::split_code_lines(text);
  if (code.lines.empty()) return code;
  code.tasks = chart::tasks_at_lines(snapshot, map);
  code.tasks.resize(code.lines.size());  // a translation with other line breaks still shows
  if (hover.side >= 0) find_hovered_line(map, trace, snapshot, hover, code);
  if (code.hovered_line > static_cast<int>(code.lines.size())) code.hovered_line = 0;
  return code;
}

CompareModel compare_at(Time as_of, const stats::Summary& a, const stats::Summary& b) {
  CompareModel m;
  m.as_of = as_of;
  using Kind = CompareRow::Kind;
  CompareRow wait;
  wait.label_key = "mean_wait_visit";
  wait.left = mean_wait_per_visit(a, wait.left_known);
  wait.right = mean_wait_per_visit(b, wait.right_known);
  m.rows.push_back(wait);
  const bool left_served = a.customers.served > 0;
  const bool right_served = b.customers.served > 0;
  auto per_customer = [&](const char* key, Time left, Time right) {
    CompareRow r;
    r.kind = Kind::time;
    r.label_key = key;
    r.left = static_cast<double>(left);
    r.right = static_cast<double>(right);
    r.left_known = left_served;
    r.right_known = right_served;
    m.rows.push_back(r);
  };
  per_customer("mean_blocked_customer", a.customers.mean_blocked, b.customers.mean_blocked);
  per_customer("mean_free_customer", a.customers.mean_free, b.customers.mean_free);
  per_customer("mean_sojourn_customer", a.customers.mean_sojourn, b.customers.mean_sojourn);
  per_customer("makespan", a.customers.makespan, b.customers.makespan);
  CompareRow served;
  served.kind = Kind::count;
  served.label_key = "served";
  served.left = static_cast<double>(a.customers.served);
  served.right = static_cast<double>(b.customers.served);
  m.rows.push_back(served);
  for (const stats::StationSummary& left : a.stations) {
    for (const stats::StationSummary& right : b.stations) {
      if (left.name != right.name) continue;
      m.rows.push_back(
          {Kind::share, "utilization", left.name, left.utilization, right.utilization});
    }
  }
  return m;
}

Frame build_frame(AppState& state) {
  state.text.set_vocabulary(state.shown_vocabulary());
  Frame frame;
  frame.clock = state.clock.view;
  frame.to_end = state.clock.to_end;
  frame.ready = true;
  frame.progress = 1;
  for (int side = 0; side < 2; ++side) {
    Session* s = state.session(side);
    if (s == nullptr || !s->loaded()) continue;
    if (side == 1) frame.comparing = true;
    SessionFrame& f = frame.sides[static_cast<std::size_t>(side)];
    f = session_frame(*s, state, side);
    frame.ready = frame.ready && f.ready;
    if (!f.ready) frame.progress = std::min(frame.progress, f.progress);
  }
  if (frame.ready) frame.progress = 1;
  if (frame.comparing && frame.ready && frame.sides[0].stats && frame.sides[1].stats) {
    frame.compare =
        compare_at(frame.clock, frame.sides[0].stats->summary, frame.sides[1].stats->summary);
  }
  return frame;
}

}  // namespace burgers::ui
