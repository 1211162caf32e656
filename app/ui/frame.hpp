#pragma once
// The frame: every panel's data as of the clock, built once from the AppState before the
// views draw; a run still getting there is "not ready" with its progress, never an older
// instant. No GL here: unit-tested.
#include <array>
#include <memory>
#include <vector>

#include "base/time.hpp"
#include "chart/snapshot.hpp"
#include "ui/app_state.hpp"
#include "ui/stats_model.hpp"

namespace burgers::ui {

struct SessionFrame {
  const Session* session = nullptr;
  Time as_of = 0;                     // the instant the data below shows (the clock's)
  bool ready = false;                 // the run has reached the clock: the data is there
  double progress = 0;                // 0..1 while not ready
  bool ended = false;                 // the run had ended by as_of
  Time end = kNever;                  // the run's end once known
  chart::Snapshot snapshot;           // the restaurant at as_of
  const StatsModel* stats = nullptr;  // statistics as of as_of (owned by the session)
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

// Brings each session's index and statistics up to the clock and lays out the frame.
Frame build_frame(AppState& state);

// The comparison rows of two summaries (exposed for tests).
CompareModel compare_at(Time as_of, const stats::Summary& left, const stats::Summary& right);

}  // namespace burgers::ui
