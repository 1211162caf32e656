#pragma once
// Commands: what views ask for (play, step, set a parameter, zoom...). Views only emit
// them; the Controller applies them to the AppState between frames.
#include <cstdint>
#include <string>
#include <utility>

#include "base/time.hpp"

namespace burgers::ui {

enum class CommandKind {
  toggle_play,
  step,
  restart,
  jump_to_end,
  set_speed,      // value: simulated seconds per real second
  set_fastest,    // value != 0: as fast as possible
  set_view_time,  // time: scrub to this instant
  set_seed,       // seed
  new_seed,
  set_staff,      // side, index: station, value: staff
  set_arrival,    // side, index: group, value: factor
  set_variant,    // side, text: the variant's name ([[variant]])
  open_scenario,  // side, text: path
  close_compare,
  toggle_language,
  toggle_help,
  dismiss_hint,
  screenshot,      // text: path
  export_run,      // side, text: folder, index: format bits
  reload,          // side
  toggle_threads,  // show or hide the real-threads panel
  run_threads,     // value: time scale (<= 0: default)
  stop_threads,
  set_viewport,  // side, time: t0, value: t1 (ns); stops following
  set_follow,    // side, value != 0: follow the clock
  scroll_lanes,  // side, index: lane group (chart::LaneGroup), value: first lane shown
  show_group,    // side, index: lane group, value != 0: open, 0: folded
  show_panel,    // index: Panel, side: for the file dialog, value != 0: open
  toggle_sweep,  // show or hide the sweep panel
  run_sweep,     // text: the --vary texts, one a line; detail: the metrics, one a line;
                 // value: replications; index: 1 to measure real threads too
  stop_sweep,
  open_sweep_point,  // index: the sweep point to open in the main view
  set_vocabulary,    // value: 0 the restaurant's words, 1 the program's
  hover,             // side, index: agent (< 0: none), seed: span (Hover::kNoHoveredSpan: none)
};

// Windows over the dashboard that commands open and close.
enum class Panel { file_dialog, export_run };

struct Command {
  CommandKind kind = CommandKind::toggle_play;
  int side = 0;  // 0: the main scenario, 1: the one compared with it
  int index = 0;
  double value = 0;
  Time time = 0;
  std::uint64_t seed = 0;
  std::string text;
  std::string detail;

  static Command of(CommandKind kind, int side = 0) {
    Command c;
    c.kind = kind;
    c.side = side;
    return c;
  }
  static Command value_of(CommandKind kind, double value, int side = 0, int index = 0) {
    Command c = of(kind, side);
    c.value = value;
    c.index = index;
    return c;
  }
  static Command time_of(CommandKind kind, Time time, int side = 0) {
    Command c = of(kind, side);
    c.time = time;
    return c;
  }
  static Command text_of(CommandKind kind, std::string text, int side = 0, int index = 0) {
    Command c = of(kind, side);
    c.text = std::move(text);
    c.index = index;
    return c;
  }
  static Command seed_of(std::uint64_t seed) {
    Command c = of(CommandKind::set_seed);
    c.seed = seed;
    return c;
  }
  // The pointer is over `agent` (kNoAgent: over nothing), on its bar `span` if any.
  static Command hover_of(int side, std::uint32_t agent, std::uint32_t span = 0xffffffffu) {
    Command c = of(CommandKind::hover, side);
    c.index = agent == 0xffffffffu ? -1 : static_cast<int>(agent);
    c.seed = span;
    return c;
  }
};

}  // namespace burgers::ui
