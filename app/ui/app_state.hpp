#pragma once
// Everything the dashboard shows, as data: the sessions (main and compared), the shared
// clock, language, and which panels are open. Views read it; the Controller changes it.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/time.hpp"
#include "scenario/scenario.hpp"
#include "trace/span.hpp"
#include "ui/session.hpp"
#include "ui/sweep_job.hpp"
#include "ui/text.hpp"
#include "ui/threads_job.hpp"

namespace burgers::ui {

// The shared clock: one instant shown by every view, for both sessions.
struct Clock {
  Time view = 0;
  bool playing = false;
  double speed = 1.0;    // simulated seconds per real second
  bool fastest = false;  // as fast as possible
  bool to_end = false;   // running to the end, then stopping there
  Time past_end = -1;    // an instant asked for past the run's end (the clock shows the end)
};

// What part of a session's timeline is in view. Changed only through commands.
struct TimelineViewport {
  Time t0 = 0;
  Time t1 = kMinute;
  bool follow = true;  // the whole run up to the clock, and the customers inside at it
  std::size_t first_customer = 0;
  std::size_t first_staff = 0;
  std::optional<bool> staff_open;  // unset: folded into its summary lane when large
  bool show_cores = true;
  bool show_customers = true;
};

// What the pointer is over in a timeline or the restaurant: a task or staff member, and the
// bar of theirs, if any (the code panel shows its line). Set again each frame it stays.
struct Hover {
  int side = -1;  // -1: nothing
  trace::AgentId agent = trace::kNoAgent;
  std::uint32_t span = kNoHoveredSpan;
  static constexpr std::uint32_t kNoHoveredSpan = 0xffffffffu;
};

struct LessonEntry {
  std::string path;
  std::string name;
  std::string title;
  std::string title_zh;
};

struct AppState {
  Text text;
  std::unique_ptr<Session> main;
  std::unique_ptr<Session> other;  // the scenario compared with main, if any
  Clock clock;
  TimelineViewport timeline[2];
  std::vector<LessonEntry> lessons;
  bool show_help = false;
  bool show_hint = false;  // first-run hint
  bool show_file_dialog = false;
  int file_dialog_side = 0;
  bool show_export = false;
  std::string status;              // a short message for the status line
  double status_until = 0;         // window time when it fades
  std::string pending_screenshot;  // set by a command, taken by the shell after drawing
  bool hint_dismissed = false;     // persisted in the user's settings
  bool show_threads = false;       // the real-threads panel
  ThreadsJob threads;              // its background run
  bool show_sweep = false;         // the sweep panel
  SweepJob sweep;                  // its background sweep
  // The words the student chose (remembered in the settings); unset: each lesson's own.
  std::optional<scenario::Vocabulary> vocabulary;
  Hover hover;

  Session* session(int side) { return side == 0 ? main.get() : other.get(); }
  const Session* session(int side) const { return side == 0 ? main.get() : other.get(); }
  // The end of the run, if every session has finished (else kNever).
  Time finished_end() const;
  // The words every panel speaks: the student's choice, else the main lesson's own.
  scenario::Vocabulary shown_vocabulary() const;
};

}  // namespace burgers::ui
