#pragma once
// SweepView: the Sweep panel: the lesson's suggested sweeps as buttons, a key, values,
// replications and a figure to sweep, and the curves (the model sweep.svg draws) as points
// finish; hover a point for its figures, click it to open that run.
#include <memory>
#include <string>
#include <vector>

#include "chart/curve_chart.hpp"
#include "ui/app_state.hpp"
#include "ui/command.hpp"

namespace burgers::ui {

// The keys a sweep of `lesson` may vary (its stations' staff, cores, arrivals, counts,
// work), each with values to start from; and the figures it may follow.
struct SweepChoice {
  std::string key;
  std::string values;
};
std::vector<SweepChoice> sweep_keys(const scenario::Scenario& lesson);
std::vector<std::string> sweep_metrics(const scenario::Scenario& lesson);

class SweepView {
 public:
  void draw(const AppState& state, std::vector<Command>& out);

 private:
  void suggestions(const AppState& state, const scenario::Scenario& lesson,
                   std::vector<Command>& out) const;
  // The lesson's choices and their words, made when the lesson is (re)loaded or the
  // language or the words change, not every frame.
  struct Choices {
    std::uint64_t serial = 0;  // the session's base_serial() they were made for
    Language language = Language::english;
    Vocabulary vocabulary = Vocabulary::restaurant;
    std::vector<SweepChoice> keys;
    std::vector<std::string> key_names;  // in words, else the key
    std::vector<std::string> metrics;
    std::vector<std::string> metric_names;
  };
  const Choices& choices(const AppState& state, const scenario::Scenario& lesson);
  void custom_row(const AppState& state, const scenario::Scenario& lesson,
                  std::vector<Command>& out);
  void run_row(const AppState& state, const std::string& key, const Choices& choices,
               std::vector<Command>& out);
  void chart(const AppState& state, std::vector<Command>& out);
  // The form shows the sweep being drawn: after a suggested sweep (or --sweep N) ran, its
  // key, values, replications and figure, so the controls never contradict the curves.
  void follow_plan(const sweep::SweepPlan& plan, const std::vector<SweepChoice>& keys,
                   const std::vector<std::string>& metrics);

  std::string lesson_;                                // the file the choices below belong to
  std::shared_ptr<const sweep::SweepPlan> followed_;  // the plan the form last followed
  int key_ = 0;
  std::string range_;
  int replications_ = 5;
  int metric_ = 0;
  bool threads_ = false;
  // The laid-out chart, remade when the figures, the width or the language change.
  std::shared_ptr<const SweepSnapshot> drawn_;
  float drawn_width_ = 0;
  float drawn_height_ = 0;
  Language drawn_language_ = Language::english;
  Vocabulary drawn_vocabulary_ = Vocabulary::restaurant;
  chart::CurveChartModel model_;
  Choices choices_;
};

}  // namespace burgers::ui
