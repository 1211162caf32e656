#pragma once
// The frame: every panel's data as of the clock, built once from the AppState before the
// views draw; a run still getting there is "not ready" with its progress, never an older
// instant. No GL here: unit-tested.
#include <array>
#include <memory>
#include <string_view>
#include <vector>

#include "base/time.hpp"
#include "chart/code_lines.hpp"
#include "chart/snapshot.hpp"
#include "ui/app_state.hpp"
#include "ui/stats_model.hpp"

namespace burgers::ui {

// The code panel: the lesson's program (in the language's version) and, as of the clock,
// how many tasks are at each of its lines, by phase; and the line of the task under the
// pointer in the timeline or the restaurant.
struct CodePanel {
  Time as_of = 0;
  std::vector<std::string_view> lines;  // empty: the lesson has no code (views the scenario)
  std::vector<chart::LineTasks> tasks;  // per line (index 0 is line 1), at as_of
  int hovered_line = 0;                 // 1-based; 0: none
  trace::AgentId hovered_task = trace::kNoAgent;
  trace::JobPhase hovered_phase = trace::JobPhase::none;
};

struct SessionFrame {
  const Session* session = nullptr;
  Time as_of = 0;                     // the instant the data below shows (the clock's)
  bool ready = false;                 // the run has reached the clock: the data is there
  double progress = 0;                // 0..1 while not ready
  bool ended = false;                 // the run had ended by as_of
  Time end = kNever;                  // the run's end once known
  chart::Snapshot snapshot;           // the restaurant at as_of
  const StatsModel* stats = nullptr;  // statistics as of as_of (owned by the session)
  CodePanel code;                     // the code panel as of as_of
};

// The difference table of two runs at the clock: one row per figure.
struct CompareRow {
  enum class Kind { time, share, count } kind = Kind::time;
  std::string label_key;  // text-table key of the figure's name
  std::string station;    // for per-station figures: the station's name (shared by both)
  double left = 0, right = 0;
  bool left_known = true, right_known = true;  // false: "no one yet"
};

struct CompareModel {
  Time as_of = 0;
  std::vector<CompareRow> rows;
};

struct Frame {
  Time clock = 0;
  bool ready = false;   // every session is ready
  double progress = 0;  // the slowest session's, while not ready
  bool to_end = false;  // computing towards the end of the run (the clock jumps there)
  std::array<SessionFrame, 2> sides;  // [1] only when comparing
  bool comparing = false;
  CompareModel compare;
};

// Brings each session's index and statistics up to the clock and lays out the frame; sets
// the text's vocabulary to the one shown.
Frame build_frame(AppState& state);

// The code panel of `scenario` at `snapshot`'s instant, with the hovered task's line.
CodePanel code_panel_at(const scenario::Scenario& scenario, const chart::CodeMap& map,
                        Language language, const trace::Trace& trace,
                        const chart::Snapshot& snapshot, const Hover& hover);

// The comparison rows of two summaries (exposed for tests).
CompareModel compare_at(Time as_of, const stats::Summary& left, const stats::Summary& right);

}  // namespace burgers::ui
