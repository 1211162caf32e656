#pragma once
// The keys a scenario file may use, table by table: one list shared by the validator
// and the --set overrides. Include freely (e.g. to list settable keys in a UI).
#include <array>
#include <string_view>

namespace burgers::scenario {

inline constexpr std::array<std::string_view, 4> kTopLevelKeys = {"scenario", "station", "machine",
                                                                  "customers"};
inline constexpr std::array<std::string_view, 5> kScenarioKeys = {
    "title", "title_zh", "description", "description_zh", "seed"};
inline constexpr std::array<std::string_view, 5> kStationKeys = {"name", "staff", "label",
                                                                 "label_zh", "async"};
inline constexpr std::array<std::string_view, 3> kMachineKeys = {"cores", "quantum",
                                                                 "context_switch"};
inline constexpr std::array<std::string_view, 6> kCustomersKeys = {"name",  "label",   "label_zh",
                                                                   "count", "arrival", "step"};
inline constexpr std::array<std::string_view, 6> kStepKeys = {"name",     "station", "work",
                                                              "customer", "label",   "label_zh"};

}  // namespace burgers::scenario
