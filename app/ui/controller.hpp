#pragma once
// Controller: applies Commands to the AppState, and moves the clock each frame
// (playback), advancing the simulations within a budget so the window never freezes (a
// long catch-up or a run to the end goes on in the background). No GL here: unit-tested.
#include <chrono>
#include <cstdint>
#include <functional>
#include <vector>

#include "chart/chart_model.hpp"
#include "scenario/loader.hpp"
#include "ui/app_state.hpp"
#include "ui/command.hpp"

namespace burgers::ui {

struct FrameBudget {
  std::chrono::steady_clock::duration wall = std::chrono::milliseconds(6);
  std::uint64_t chunk = 2048;  // events between clock checks
  // A run that needs more than a frame to reach where the panels wait for it goes on on a
  // thread of its own (Session::compute_in_background); false: frame by frame.
  bool background = true;
};

class Controller {
 public:
  explicit Controller(AppState& state) : state_(state) {}

  void apply(const Command& command);
  void apply_all(std::vector<Command>& commands);
  // One frame of playback: `real_seconds` since the last frame.
  void tick(double real_seconds, const FrameBudget& budget = {});

  // A speed that plays the main scenario in about half a minute (a round number).
  static double default_speed(const scenario::Scenario& s);
  // Opens `path` on `side` (1: compare), with command-line overrides if any; false
  // with a status message if it fails.
  bool open(const std::string& path, int side,
            const std::vector<scenario::Override>& overrides = {});

 private:
  void step();
  void restart();
  void apply_viewport(const Command& c);
  void refused(const Session& session);  // a slider's value was refused: say why
  void run_sweep(const Command& c);
  // Runs the sessions towards `target` within the budget; returns the time all reached.
  // `hand_over`: a session not there yet goes on in the background.
  Time advance_sessions(Time target, const FrameBudget& budget, bool hand_over);
  // Collects finished background runs and stops those no longer going to `wanted`; false
  // while some still compute towards it.
  bool background_settled(Time wanted);

  AppState& state_;
};

}  // namespace burgers::ui
