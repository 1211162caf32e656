#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <string>
#include <thread>

#include "chart/code_lines.hpp"
#include "scenario/loader.hpp"
#include "text/line_break.hpp"
#include "ui/controller.hpp"
#include "ui/frame.hpp"
#include "ui/names.hpp"
#include "ui/panel_models.hpp"

using namespace burgers;
using namespace burgers::ui;
using scenario::Vocabulary;

namespace {

// Lesson 01 at 200 ms: Function A awaits its network read (line 10) while frames render.
struct Lesson01 {
  AppState state;
  Controller controller{state};
  Lesson01() {
    REQUIRE(controller.open(BURGERS_SOURCE_DIR "/scenarios/01-coroutine-await.toml", 0));
    controller.apply(Command::time_of(CommandKind::set_view_time, 200 * kMillisecond));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!build_frame(state).ready && std::chrono::steady_clock::now() < deadline) {
      controller.tick(0.0);
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
  }
  // The task of group `group` inside at the clock.
  trace::AgentId task_of(const Frame& f, int group) const {
    for (const chart::AgentAt& c : f.sides[0].snapshot.customers)
      if (c.group == group) return c.agent;
    FAIL("no such task inside");
    return trace::kNoAgent;
  }
};

}  // namespace

TEST_CASE("the code panel counts the tasks at each line by phase, as of the clock") {
  Lesson01 l;
  const Frame f = build_frame(l.state);
  REQUIRE(f.ready);
  const CodePanel& code = f.sides[0].code;
  CHECK(code.as_of == 200 * kMillisecond);
  REQUIRE(code.lines.size() >= 10);
  CHECK(code.lines[9].find("await read_from_network") != std::string_view::npos);
  CHECK(code.tasks[9].by_phase[static_cast<std::size_t>(trace::JobPhase::awaiting)] == 1);
  CHECK(code.tasks[9].total() == 1);
  const Names names = names_for(l.state.main->effective(), l.state.text);
  const std::vector<CodeLineNote> notes = code_notes(l.state.text, names, f.sides[0]);
  CHECK(notes[9].text == "1 task awaiting I/O");
  CHECK(notes[9].short_text == "1 awaiting I/O");
  CHECK(notes[9].swatch == trace::State::awaiting_free);
  CHECK(notes[0].text.empty());
}

TEST_CASE("hovering a task shows its line, and hovering nothing or nothing at all clears it") {
  Lesson01 l;
  const trace::AgentId a = l.task_of(build_frame(l.state), 1);  // Function A
  std::vector<Command> commands = {Command::hover_of(0, a)};
  l.controller.apply_all(commands);
  Frame f = build_frame(l.state);
  CHECK(f.sides[0].code.hovered_line == 10);
  CHECK(f.sides[0].code.hovered_task == a);
  CHECK(f.sides[0].code.hovered_phase == trace::JobPhase::awaiting);
  const Names names = names_for(l.state.main->effective(), l.state.text);
  CHECK(code_notes(l.state.text, names, f.sides[0])[9].text ==
        "Function A 1 is here, awaiting I/O");
  // A frame without a hover (the pointer left the panels) clears it.
  l.controller.apply_all(commands = {});
  CHECK(build_frame(l.state).sides[0].code.hovered_line == 0);
  // The other side's hover does not show here.
  l.controller.apply_all(commands = {Command::hover_of(1, a)});
  CHECK(build_frame(l.state).sides[0].code.hovered_line == 0);
}

TEST_CASE("hovering a bar shows the line that bar stands for, even before the clock") {
  Lesson01 l;
  const trace::Trace& trace = *l.state.main->simulation()->trace();
  // Function A's first span of running (line 10's step) and a staff bar serving a frame.
  std::uint32_t staff_bar = chart::kNoSpan;
  for (std::uint32_t i = 0; i < trace.spans.size(); ++i) {
    const trace::Span& s = trace.spans[i];
    if (s.state == trace::State::busy && s.customer != trace::kNoAgent &&
        trace.agents[s.customer].group == 0 && staff_bar == chart::kNoSpan)
      staff_bar = i;
  }
  REQUIRE(staff_bar != chart::kNoSpan);
  std::vector<Command> commands = {Command::hover_of(0, trace::kNoAgent, staff_bar)};
  l.controller.apply_all(commands);
  const CodePanel code = build_frame(l.state).sides[0].code;
  CHECK(code.hovered_line == 5);  // draw_frame()
  CHECK(code.hovered_task == trace.spans[staff_bar].customer);
  CHECK(code.hovered_phase == trace::JobPhase::running);
}

TEST_CASE("the dashboard speaks each lesson's own words until the student chooses") {
  Lesson01 l;
  CHECK(l.state.shown_vocabulary() == Vocabulary::program);  // lesson 01 speaks of the program
  build_frame(l.state);
  CHECK(std::string(l.state.text("staff_group")) == "Threads and processes");
  CHECK(std::string(l.state.text("restaurant")) == "Program");
  CHECK(std::string(l.state.text("play")) == "Play");  // no program word: the same
  const Names program = names_for(l.state.main->effective(), l.state.text);
  CHECK(program.stations[0] == "Main thread");
  l.controller.apply(Command::value_of(CommandKind::set_vocabulary, 0));
  build_frame(l.state);
  CHECK(l.state.shown_vocabulary() == Vocabulary::restaurant);
  CHECK(std::string(l.state.text("staff_group")) == "Staff");
  const Names restaurant = names_for(l.state.main->effective(), l.state.text);
  CHECK(restaurant.stations[0] == "Cashier (Main thread)");
  CHECK(restaurant.groups[1] == "Customer (Function A)");
  const chart::ChartOptions o = localized_chart_options(l.state.text, restaurant);
  CHECK(o.staff_heading == "Staff");
  CHECK(o.phase_labels[static_cast<std::size_t>(trace::JobPhase::running)] == "Being worked on");
  // The choice holds for another lesson, whatever its own words.
  REQUIRE(l.controller.open(BURGERS_SOURCE_DIR "/scenarios/13-event-loop-io.toml", 0));
  build_frame(l.state);
  CHECK(l.state.shown_vocabulary() == Vocabulary::restaurant);
  l.state.text.set_language(Language::chinese);
  CHECK(names_for(l.state.main->effective(), l.state.text).stations[0] == "櫃檯（事件迴圈）");
}

TEST_CASE("a restaurant lesson speaks of the program when asked, in both languages") {
  AppState state;
  Controller controller(state);
  REQUIRE(controller.open(BURGERS_SOURCE_DIR "/scenarios/17-process-pool.toml", 0));
  controller.apply(Command::value_of(CommandKind::set_vocabulary, 1));
  build_frame(state);
  const Names en = names_for(state.main->effective(), state.text);
  CHECK(en.stations[0] == "Cleaner process");  // not "Cleaner process process"
  CHECK(en.groups[0] == "Room task");
  CHECK(std::string(state.text("line_count")) == "Queued ({})");
  state.text.set_language(Language::chinese);
  const Names zh = names_for(state.main->effective(), state.text);
  CHECK(zh.stations[0] == "清潔行程");
  CHECK(zh.groups[0] == "房間任務");
}

TEST_CASE("long lines of code are cut with an ellipsis inside the code column, never clipped") {
  const text::Measure measure = text::estimated(12);
  for (const char* lesson :
       {"16-gil-threads", "17-process-pool", "18-fastapi-def-vs-async", "19-web-and-ml"}) {
    const auto loaded = scenario::load_scenario_file(
        std::string(BURGERS_SOURCE_DIR "/scenarios/") + lesson + ".toml", {});
    REQUIRE(loaded.ok());
    for (const std::string* code : {&loaded.scenario->code, &loaded.scenario->code_zh}) {
      int cut = 0;
      float widest = 0;
      for (const std::string_view line : chart::split_code_lines(*code))
        widest = std::max(widest, measure(line));
      for (const float width : {420.0f, 640.0f}) {
        const CodeColumns columns = code_columns(width, measure, widest, Text());
        CHECK(columns.code_x + columns.code_room <= width);
        for (const std::string_view line : chart::split_code_lines(*code)) {
          const std::string shown = shown_code_line(line, columns.code_room, measure);
          INFO(lesson << " at " << width << " px: '" << line << "' shown as '" << shown << "'");
          CHECK(measure(shown) <= columns.code_room);
          if (shown == line) continue;
          ++cut;
          const std::string_view ellipsis = "…";
          REQUIRE(shown.size() >= ellipsis.size());
          CHECK(std::string_view(shown).substr(shown.size() - ellipsis.size()) == ellipsis);
          CHECK(line.substr(0, shown.size() - ellipsis.size()) ==
                std::string_view(shown).substr(0, shown.size() - ellipsis.size()));
        }
      }
      if (!code->empty()) CHECK(cut > 0);  // the lessons' comments run long in a narrow panel
    }
  }
}

TEST_CASE("the notes column gives way to long code, down to room for a short note") {
  const text::Measure measure = text::estimated(12);
  const float width = 640;
  Text text;
  for (const auto vocabulary : {scenario::Vocabulary::program, scenario::Vocabulary::restaurant}) {
    for (const Language language : {Language::english, Language::chinese}) {
      text.set_vocabulary(vocabulary);
      text.set_language(language);
      INFO("vocabulary " << static_cast<int>(vocabulary) << ", language "
                         << static_cast<int>(language));
      const CodeColumns short_code = code_columns(width, measure, measure("x = 1"), text);
      const CodeColumns long_code = code_columns(width, measure, 2000, text);
      CHECK(short_code.code_room >= measure("x = 1"));
      // Long code: the notes keep room for a short note only (in restaurant words about as
      // long as a whole one); the code has the rest.
      CHECK(long_code.notes_w <= short_code.notes_w);
      CHECK(long_code.code_room >= short_code.code_room);
      // Code a little too long for a whole note: the notes take what the code leaves, down
      // to a short note's room.
      const float just_over = width - short_code.numbers_w - 10 - short_code.notes_w + 20;
      const CodeColumns between = code_columns(width, measure, just_over, text);
      CHECK(between.notes_w == Approx(std::max(long_code.notes_w, short_code.notes_w - 20)));
      CHECK(between.code_room == Approx(width - between.notes_w - between.numbers_w - 10));
      for (const CodeColumns& c : {short_code, long_code, between})
        CHECK(c.code_x + c.code_room <= width);
    }
  }
  // In English program words: room for "20 blocked on I/O, 60 queued" beside short code,
  // for "1 running, 2 awaiting I/O" beside any code.
  text.set_vocabulary(scenario::Vocabulary::program);
  text.set_language(Language::english);
  CHECK(code_columns(width, measure, 10, text).notes_w >= measure("20 blocked on I/O, 60 queued"));
  CHECK(code_columns(width, measure, 2000, text).notes_w >= measure("1 running, 2 awaiting I/O"));
}
