// The dashboard's entry point: the window, the frame loop and the automation flags
// (--frames, --screenshot, --bench-frames). Everything else lives in Shell and views.
#include <imgui.h>
#include <malloc.h>
#include <signal.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <utility>
#include <vector>

#include "common/exit_codes.hpp"
#include "common/lesson_catalog.hpp"
#include "platform/fonts.hpp"
#include "platform/window.hpp"
#include "scenario/duration_parser.hpp"
#include "scenario/loader.hpp"
#include "ui/dashboard_entry.hpp"
#include "ui/frame_timing.hpp"
#include "ui/shell.hpp"

namespace burgers::app {

namespace {

// SIGTERM (and Ctrl+C in the terminal that started it) closes the dashboard like its
// window's close button: the frame loop ends, threads are stopped and settings saved.
std::atomic<int> g_stop_signal{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void on_stop_signal(int sig) {
  g_stop_signal.store(sig);
}

void catch_stop_signals() {
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGTERM, &action, nullptr);
  sigaction(SIGINT, &action, nullptr);
}

constexpr std::chrono::nanoseconds kFramePeriod{16666667};  // 60 frames a second

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Every text the UI may show, so the font atlas has its glyphs.
std::vector<std::string> all_texts(const ui::AppState& state) {
  std::vector<std::string> texts;
  for (const auto* table : {&state.text.english(), &state.text.chinese()}) {
    for (const auto& [key, value] : table->entries()) texts.push_back(value);
  }
  // Symbols the views and the chart builder draw outside the text tables.
  texts.emplace_back("– · µ …");
  for (const ui::LessonEntry& l : state.lessons) texts.push_back(l.title_zh);
  for (const ui::Session* s : {state.main.get(), state.other.get()}) {
    if (s == nullptr || !s->loaded()) continue;
    const scenario::Scenario& sc = s->base();
    texts.insert(texts.end(),
                 {sc.title, sc.title_zh, sc.description, sc.description_zh, sc.code, sc.code_zh});
    for (const auto& st : sc.stations) texts.insert(texts.end(), {st.label, st.label_zh});
    for (const auto& g : sc.groups) {
      texts.insert(texts.end(), {g.label, g.label_zh});
      for (const auto& step : g.steps) texts.insert(texts.end(), {step.label, step.label_zh});
    }
    for (const auto& w : sc.sweeps) texts.insert(texts.end(), {w.title, w.title_zh});
    for (const auto& v : sc.variants) {
      texts.insert(texts.end(), {v.label, v.label_zh, v.description, v.description_zh});
      texts.insert(texts.end(), v.sets.begin(), v.sets.end());  // shown in its tooltip
    }
  }
  return texts;
}

bool fonts_cover(const platform::Fonts& fonts, const ui::AppState& state) {
  for (const std::string& t : all_texts(state)) {
    if (!fonts.covers(t)) return false;
  }
  return true;
}

// What all_texts() depends on beyond the fixed tables: the scenarios the sessions hold.
// The fonts are checked again only when it changes (a check takes a third of a millisecond,
// too much for every frame).
struct TextSources {
  std::uint64_t main = 0;
  std::uint64_t other = 0;
  bool operator==(const TextSources&) const = default;
};
TextSources text_sources(const ui::AppState& state) {
  const auto serial = [](const ui::Session* s) { return s != nullptr ? s->base_serial() : 0; };
  return {serial(state.main.get()), serial(state.other.get())};
}

int run_bench(ui::Shell& shell, ui::AppState& state, platform::Window& window, int frames) {
  run::Simulation& sim = *state.main->simulation();
  sim.run();
  state.clock.view = sim.now();
  // The full timeline (Fit), not Follow's window at the end: every frame folds the whole run.
  state.timeline[0].follow = false;
  state.timeline[0].t0 = 0;
  state.timeline[0].t1 = std::max<Time>(sim.now(), 1);
  std::vector<double> ms;
  for (int i = 0; i < frames && !window.should_close(); ++i) {
    window.begin_frame();
    const double start = thread_cpu_ms();
    shell.frame(0.0);
    window.finish_ui();
    ms.push_back(thread_cpu_ms() - start);
    window.present(shell.fills());
  }
  if (ms.empty()) return kExitUsage;
  std::sort(ms.begin(), ms.end());
  const double median = ms[ms.size() / 2];
  const double p99 =
      ms[std::min(ms.size() - 1, static_cast<std::size_t>(static_cast<double>(ms.size()) * 0.99))];
  std::printf("median %.2f ms, p99 %.2f ms (%zu frames, %zu spans, %zu customers)\n", median, p99,
              ms.size(), sim.trace()->spans.size(),
              static_cast<std::size_t>(sim.summary().customers.arrived));
  return kExitOk;
}

// --sweep N: the lesson's N-th [[sweep]], as its button would start it.
bool start_suggested_sweep(ui::Shell& shell, ui::AppState& state, int number) {
  const auto& sweeps = state.main->base().sweeps;
  if (number > static_cast<int>(sweeps.size())) {
    std::fprintf(stderr, "--sweep %d: the lesson suggests %zu sweep(s)\n", number, sweeps.size());
    return false;
  }
  const scenario::SweepSuggestion& s = sweeps[static_cast<std::size_t>(number - 1)];
  ui::Command c = ui::Command::of(ui::CommandKind::run_sweep);
  for (const std::string& v : s.vary) c.text += (c.text.empty() ? "" : "\n") + v;
  for (const std::string& m : s.metrics) c.detail += (c.detail.empty() ? "" : "\n") + m;
  c.value = s.replications > 0 ? s.replications : sweep::kDefaultReplications;
  shell.controller().apply(c);
  if (!state.sweep.error().empty()) {
    std::fprintf(stderr, "--sweep %d: %s\n", number, state.sweep.error().c_str());
    return false;
  }
  return true;
}

}  // namespace

int open_dashboard(const DashboardRequest& request) {
  // A run of millions of spans grows vectors by doubling: blocks of a megabyte and more get
  // pages of their own, given back when freed, rather than lingering in the heap.
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  const auto path = request.scenario.empty() ? std::optional(default_lesson())
                                             : resolve_scenario(request.scenario);
  if (!path) {
    std::fprintf(stderr, "%s: no such file or lesson%s (run `burgers list` to see the lessons)\n",
                 request.scenario.c_str(), lesson_suggestion(request.scenario).c_str());
    return kExitScenarioError;
  }
  std::vector<scenario::Override> overrides;
  for (const std::string& text : request.sets) {
    scenario::Diagnostic error;
    auto o = scenario::parse_override(text, error);
    if (!o) {
      std::fprintf(stderr, "%s\n", error.to_string().c_str());
      return kExitUsage;
    }
    overrides.push_back(*o);
  }
  if (request.seed >= 0) overrides.push_back({"scenario.seed", std::to_string(request.seed)});

  catch_stop_signals();
  ui::Settings settings;
  const bool automated = request.frames >= 0 || request.bench_frames >= 0;
  platform::Window window({"Concurrent Burgers", 1440, 900, !automated, ui::ini_path()});
  if (!window.ok()) {
    std::fprintf(stderr, "cannot open the dashboard: %s\n", window.error().c_str());
    return kExitNoDisplay;
  }
  ui::register_settings(settings);

  ui::AppState state;
  for (const Lesson& l : list_lessons())
    state.lessons.push_back({l.path.string(), l.name, l.title, l.title_zh});
  ui::Shell shell(state, settings);
  if (!shell.controller().open(path->string(), 0, overrides)) {
    std::fprintf(stderr, "%s\n", state.status.c_str());
    return kExitScenarioError;
  }
  platform::Fonts fonts;
  const platform::FontReport report = fonts.build(all_texts(state), 17.0f);
  window.reload_fonts();
  TextSources texts_checked = text_sources(state);
  if (report.cjk_path.empty()) state.status = state.text("no_cjk_font");
  // A run to the end starts once the window has shown its first frame (below): that frame
  // compiles the renderer's shaders and loads the font texture, 25-35 ms on a software
  // renderer, start-up that should neither take the cores from the run nor make its first
  // frame late.
  bool to_end_pending = request.to_end;
  if (!request.at.empty()) {
    const auto at = scenario::parse_duration(request.at);
    if (!at.value) {
      std::fprintf(stderr, "--at %s: %s\n", request.at.c_str(), at.error.message.c_str());
      return kExitUsage;
    }
    state.clock.view = *at.value;  // paused there; the run catches up within frame budgets
  } else if (!automated && !request.to_end) {
    state.clock.playing = true;  // a lesson opens running, like a video
  }
  if (request.bench_frames >= 0) return run_bench(shell, state, window, request.bench_frames);
  if (!request.compare.empty()) {
    const auto other = resolve_scenario(request.compare);
    if (!other || !shell.controller().open(other->string(), 1, overrides)) {
      std::fprintf(stderr, "--compare %s: %s\n", request.compare.c_str(),
                   other ? state.status.c_str() : "no such file or lesson");
      return kExitScenarioError;
    }
  }
  for (const std::string& panel : request.panels) {
    if (panel == "help") state.show_help = true;
    if (panel == "export") state.show_export = true;
    if (panel == "open") state.show_file_dialog = true;
    if (panel == "sweep") state.show_sweep = true;
  }
  if (request.sweep > 0 && !start_suggested_sweep(shell, state, request.sweep)) return kExitUsage;
  if (request.real_threads)
    shell.controller().apply(ui::Command::value_of(ui::CommandKind::run_threads, 0.0));

  std::vector<unsigned char> pixels;
  ui::FrameTiming timing;
  int frame = 0;            // counted for --frames
  bool first_frame = true;  // ImGui reads its ini during the first frame
  bool settings_applied = false;
  auto last = std::chrono::steady_clock::now();
  auto next_slot = last;  // automation while computing: when the next frame is due
  for (;;) {
    // Closing with --screenshot: draw one last frame and capture it.
    const bool closing = window.should_close();
    if (closing && request.screenshot.empty()) break;
    if (const TextSources now = text_sources(state); now != texts_checked) {
      texts_checked = now;
      if (!fonts_cover(fonts, state)) {  // a newly opened file brought new characters
        fonts.build(all_texts(state), 17.0f);
        window.reload_fonts();
      }
    }
    window.begin_frame();
    if (!to_end_pending)
      timing.frame(window.seconds(), ui::thread_cpu_seconds(), state.clock.to_end);
    if (!settings_applied && !std::exchange(first_frame, false)) {  // the ini is read
      settings_applied = true;
      if (!request.language.empty()) settings.chinese = request.language != "en";
      state.text.set_language(settings.chinese ? ui::Language::chinese : ui::Language::english);
      if (!request.vocabulary.empty()) settings.vocabulary = request.vocabulary;
      if (!settings.vocabulary.empty())
        state.vocabulary = settings.vocabulary == "program" ? scenario::Vocabulary::program
                                                            : scenario::Vocabulary::restaurant;
      state.hint_dismissed = settings.hint_seen;
      state.show_hint =
          (!settings.hint_seen && !automated) ||
          std::find(request.panels.begin(), request.panels.end(), "hint") != request.panels.end();
    }
    const auto now = std::chrono::steady_clock::now();
    shell.frame(std::chrono::duration<double>(now - last).count());
    last = now;
    window.finish_ui();
    // While real threads are measured the window draws at about 10 frames a second, so
    // drawing takes as little as possible of the cores they run on. --frames counts from
    // when a --real-threads run has finished, so automation sees its result.
    if (state.threads.running() || state.sweep.measuring())
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    // --frames counts from when a --real-threads run has finished, a --sweep has its
    // points, and a --to-end run shows its end.
    const bool waiting = (request.real_threads && state.threads.running()) ||
                         (request.sweep > 0 && state.sweep.running()) ||
                         (request.to_end && (state.clock.to_end || to_end_pending));
    if (!waiting) ++frame;
    const bool last_frame = (request.frames >= 0 && frame >= request.frames) || closing;
    const bool capture =
        !state.pending_screenshot.empty() || (last_frame && !request.screenshot.empty());
    window.present(shell.fills(), capture ? &pixels : nullptr);
    if (std::exchange(to_end_pending, false)) state.clock.to_end = true;
    // Without vsync (automation), a window drawing while a run computes in the background
    // keeps the pace a screen would set, rather than taking a core from the run: frames
    // on a fixed 60 Hz schedule (from the last one's slot, not from when this one began,
    // which would add each frame's start-up to the period); a late frame starts the next
    // slot from now, so frames never bunch up to catch up.
    const bool computing = (state.main != nullptr && state.main->computing()) ||
                           (state.other != nullptr && state.other->computing());
    if (automated && computing) {
      const auto shown = std::chrono::steady_clock::now();
      timing.shown(std::chrono::duration<double>(shown - next_slot).count());
      next_slot = std::max(next_slot + kFramePeriod, shown);
      std::this_thread::sleep_until(next_slot);
    } else {
      next_slot = std::chrono::steady_clock::now();
    }
    if (capture) {
      const std::string target =
          !state.pending_screenshot.empty() ? state.pending_screenshot : request.screenshot;
      const bool ok = platform::write_png(target, window.framebuffer_width(),
                                          window.framebuffer_height(), pixels);
      state.status = ok ? std::string(state.text("screenshot_saved")) + " " + target
                        : "cannot write " + target;
      if (!ok) std::fprintf(stderr, "cannot write the screenshot %s\n", target.c_str());
      state.pending_screenshot.clear();
    }
    if (last_frame) break;
    // With --screenshot, a signal ends the app as closing the window does: one last frame
    // is drawn and captured first (automation that stops the app once it has seen enough).
    if (g_stop_signal.load() != 0) {
      if (request.screenshot.empty()) break;
      window.request_close();
    }
  }
  if (const int sig = g_stop_signal.load()) {
    std::fprintf(stderr, "stopped by %s\n", sig == SIGINT ? "SIGINT (Ctrl+C)" : "SIGTERM");
    return 128 + sig;
  }
  if (request.frame_times) {
    state.main->stop_computing();
    const run::Simulation* sim = state.main->simulation();
    const std::size_t spans =
        sim != nullptr && sim->trace() != nullptr ? sim->trace()->spans.size() : 0;
    const ui::Session::ComputeTimes parts = state.main->compute_times();
    std::printf("%s\n", timing.report(spans, parts.simulating, parts.figures).c_str());
  }
  return kExitOk;
}

}  // namespace burgers::app
