#pragma once
// The keys a scenario file may use, table by table: one list shared by the validator
// and the --set overrides. Include freely (e.g. to list settable keys in a UI).
#include <array>
#include <string_view>

namespace burgers::scenario {

inline constexpr std::array<std::string_view, 6> kTopLevelKeys = {
    "scenario", "station", "machine", "customers", "sweep", "variant"};
inline constexpr std::array<std::string_view, 9> kScenarioKeys = {
    "title",      "title_zh", "description", "description_zh", "seed",
    "vocabulary", "code",     "code_zh",     "variant"};
inline constexpr std::array<std::string_view, 7> kStationKeys = {
    "name", "staff", "label", "label_zh", "async", "workers", "ipc"};
inline constexpr std::array<std::string_view, 5> kMachineKeys = {
    "cores", "quantum", "context_switch", "gil", "switch_interval"};
inline constexpr std::array<std::string_view, 6> kCustomersKeys = {"name",  "label",   "label_zh",
                                                                   "count", "arrival", "step"};
inline constexpr std::array<std::string_view, 7> kStepKeys = {
    "name", "station", "work", "customer", "label", "label_zh", "line"};
inline constexpr std::array<std::string_view, 5> kSweepKeys = {"vary", "metric", "title",
                                                               "title_zh", "replications"};
inline constexpr std::array<std::string_view, 6> kVariantKeys = {
    "name", "label", "label_zh", "description", "description_zh", "set"};
// The values of the string-valued choices.
inline constexpr std::array<std::string_view, 3> kWorkersValues = {"threads", "event-loop",
                                                                   "processes"};
inline constexpr std::array<std::string_view, 2> kVocabularyValues = {"restaurant", "program"};

}  // namespace burgers::scenario
