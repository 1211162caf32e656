#pragma once
// Readable names of a sweep's figures ("customers.mean_sojourn_s" -> "Mean time inside")
// and of the keys it varies ("station.kitchen.staff" -> "Kitchen: staff"), for chart
// titles and axes. English here (the exports); the dashboard passes translated words.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/scenario.hpp"

namespace burgers::sweep {

struct FigureWords {
  // By the figure's key with any station left out: "speedup", "customers.mean_sojourn_s",
  // "stations.utilization". A station's figure is a pattern: "{}" is the station's name.
  std::map<std::string, std::string, std::less<>> figures;
  // By the varied key, stations left out the same way: "scenario.variant", "station.staff".
  std::map<std::string, std::string, std::less<>> keys;
};

// The English words, every figure a sweep can follow and the keys the dashboard offers.
const FigureWords& english_figure_words();

// A station's or customer group's shown name from its id ("kitchen" -> "Kitchen").
using Label = std::function<std::string(std::string_view id)>;

// A step's shown name from its group's id (empty: the scenario's only group) and its own
// id ("infer" -> "Infer").
using StepLabel = std::function<std::string(std::string_view group, std::string_view step)>;

// The stations and the customer groups of `scenario` by their labels as written in the
// file (English), for as long as `scenario` lives.
Label station_labels(const scenario::Scenario& scenario);
Label group_labels(const scenario::Scenario& scenario);
// The steps of `scenario` by `shown` (their names in the reader's words, by group index,
// then step index) where it has one, else by their labels as written in the file; a copy,
// which need not outlive `scenario`.
StepLabel step_labels(const scenario::Scenario& scenario,
                      const std::vector<std::vector<std::string>>& shown = {});

// The words for `metric` (a figure of scenario/sweep_range.hpp) or for the varied `key`;
// empty when the words have none (then show the key itself). A group's key
// ("customers.web.arrival") and a step's ("customers.step.cook.work") name the group (by
// `group`, else its id) and the step (by `step`, else its id).
std::string figure_name(std::string_view metric, const FigureWords& words, const Label& station);
std::string key_name(std::string_view key, const FigureWords& words, const Label& station,
                     const Label& group = {}, const StepLabel& step = {});

// A text key for a word: "customers.mean_sojourn_s" -> "figure_customers_mean_sojourn_s",
// keys under "vary_"; the dashboard's text tables hold them.
std::string figure_text_key(std::string_view figure);
std::string key_text_key(std::string_view key);

}  // namespace burgers::sweep
