#include <cstdio>
#include <string>

#include "cli/commands.hpp"
#include "cli/scenario_input.hpp"
#include "common/lesson_catalog.hpp"

namespace burgers::app {

int validate_command(const ScenarioArgs& input) {
  const LoadedInput loaded = load_input(input);
  if (!loaded.scenario) return loaded.exit_code;
  const scenario::Scenario& s = *loaded.scenario;
  std::printf("%s: ok (%s; %zu station%s, %lld customers)\n", s.path.c_str(), s.title.c_str(),
              s.stations.size(), s.stations.size() == 1 ? "" : "s",
              static_cast<long long>(s.customer_count()));
  // Loading checked every variant; say which there are and which this run would use.
  for (const scenario::Variant& v : s.variants) {
    std::printf("  variant %-12s %s%s\n", v.name.c_str(), v.label.c_str(),
                v.name == s.variant ? "  (this run)" : "");
  }
  return kExitOk;
}

int list_command() {
  const auto lessons = list_lessons();
  if (lessons.empty()) {
    std::fprintf(stderr, "no lessons found in %s\n", scenarios_dir().string().c_str());
    return kExitScenarioError;
  }
  std::size_t width = 0;
  for (const Lesson& l : lessons) width = std::max(width, l.name.size());
  for (const Lesson& l : lessons) {
    if (!l.error.empty()) {
      std::printf("%-*s  (does not load: %s)\n", static_cast<int>(width), l.name.c_str(),
                  l.error.c_str());
    } else if (l.title_zh.empty()) {
      std::printf("%-*s  %s\n", static_cast<int>(width), l.name.c_str(), l.title.c_str());
    } else {
      std::printf("%-*s  %s / %s\n", static_cast<int>(width), l.name.c_str(), l.title.c_str(),
                  l.title_zh.c_str());
    }
    if (!l.variants.empty()) {
      std::string names;
      for (const std::string& v : l.variants) names += (names.empty() ? "" : ", ") + v;
      std::printf("%-*s  variants: %s (--set scenario.variant=NAME)\n", static_cast<int>(width), "",
                  names.c_str());
    }
  }
  return kExitOk;
}

}  // namespace burgers::app
