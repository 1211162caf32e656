#pragma once
// The inputs of the pure layouts (sim/chart) for one session's panels at the frame's
// instant: the timeline's chart options, the restaurant's and the sweep chart's words.
// Views call these with the room they have; tests call them without a window. No GL here.
#include "chart/chart_builder.hpp"
#include "chart/restaurant_layout.hpp"
#include "sweep/sweep_curves.hpp"
#include "text/line_break.hpp"
#include "ui/app_state.hpp"
#include "ui/frame.hpp"
#include "ui/names.hpp"

namespace burgers::ui {

struct PanelSize {
  float width = 0;
  float height = 0;
  float text_px = 13;
  text::Measure measure;  // the painter's; empty: an estimate
};

// The timeline of `frame`'s session as the viewport asks, fitted into `size`.
chart::ChartOptions timeline_options(const Text& text, const Names& names,
                                     const TimelineViewport& viewport, const SessionFrame& frame,
                                     const PanelSize& size);

// The sweep chart's words in the current language: figures and keys named in words,
// stations as the lesson shows them.
sweep::CurveWords sweep_curve_words(const Text& text, const Names& names,
                                    const scenario::Scenario& lesson);

// The figures `metrics` named in words for the sweep's picker ("Cook: mean wait in line"),
// each its key where it has no words.
std::vector<std::string> sweep_figure_names(const Text& text, const Names& names,
                                            const scenario::Scenario& lesson,
                                            const std::vector<std::string>& metrics);

// The keys a sweep may vary named in words for its picker ("Cook: staff", "Web request:
// time between arrivals"), each its key where it has no words.
std::vector<std::string> sweep_key_names(const Text& text, const Names& names,
                                         const scenario::Scenario& lesson,
                                         const std::vector<std::string>& keys);

// The restaurant's words in the current language.
chart::RestaurantWords restaurant_words(const Text& text, const Names& names);

// What the code panel says of one line of the code at the frame's instant.
struct CodeLineNote {
  std::string text;        // "37 tasks awaiting I/O"; empty: no task there
  std::string short_text;  // the same without the noun, for a narrow panel: "37 awaiting I/O"
  trace::State swatch = trace::State::idle;  // the look of what most of them do there
  bool busy = false;                         // some task is at the line
  bool hovered = false;                      // the task under the pointer is at the line
};

// The code panel's columns in `width` pixels, left to right: the notes, the line numbers,
// the code and the room it has. The notes take room for a whole note where the code's
// widest line (`widest_code`, in pixels) still fits beside it; for longer code they give
// way, down to room for a short note of two kinds of task, so less of the code is cut.
// The widths depend on the lesson's code and the language (`text`), not on the notes of
// the moment: the code never moves as the clock does.
struct CodeColumns {
  float notes_w = 0;
  float numbers_w = 0;
  float code_x = 0;
  float code_room = 0;
};
CodeColumns code_columns(float width, const text::Measure& measure, float widest_code,
                         const Text& text);

// A line of code as the panel shows it in `room`: whole, or cut with "…" where it would
// run out (the tooltip shows it whole).
std::string shown_code_line(std::string_view line, float room, const text::Measure& measure);

// One note per line of `frame.code`: how many tasks are there and doing what ("40 tasks:
// 37 awaiting I/O, 3 queued"), and on the hovered task's line, that task ("Function A 1 is
// here, awaiting I/O").
std::vector<CodeLineNote> code_notes(const Text& text, const Names& names,
                                     const SessionFrame& frame);

// The restaurant of `frame`'s session, laid out in `size`.
chart::RestaurantScene restaurant_scene(const Text& text, const Names& names,
                                        const SessionFrame& frame, const PanelSize& size);

}  // namespace burgers::ui
