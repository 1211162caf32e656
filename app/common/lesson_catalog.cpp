#include "common/lesson_catalog.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "scenario/loader.hpp"

namespace burgers::app {

namespace fs = std::filesystem;

namespace {

// "03-concurrent-burgers" -> "concurrent-burgers".
std::string without_number(const std::string& stem) {
  std::size_t i = 0;
  while (i < stem.size() && std::isdigit(static_cast<unsigned char>(stem[i])) != 0) ++i;
  if (i > 0 && i < stem.size() && (stem[i] == '-' || stem[i] == '_')) return stem.substr(i + 1);
  return stem;
}

}  // namespace

fs::path scenarios_dir() {
  if (const char* env = std::getenv("BURGERS_SCENARIOS"); env != nullptr && *env != '\0')
    return env;
  std::error_code ec;
  if (fs::is_directory("scenarios", ec)) return fs::path("scenarios");
  return fs::path(BURGERS_SOURCE_DIR) / "scenarios";
}

std::vector<Lesson> list_lessons() {
  std::vector<Lesson> lessons;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(scenarios_dir(), ec)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".toml") continue;
    Lesson lesson;
    lesson.path = entry.path();
    lesson.name = entry.path().stem().string();
    const scenario::LoadResult loaded = scenario::load_scenario_file(entry.path());
    if (loaded.ok()) {
      lesson.title = loaded.scenario->title;
      lesson.title_zh = loaded.scenario->title_zh;
    } else if (!loaded.diagnostics.empty()) {
      lesson.error = loaded.diagnostics.front().to_string();
    }
    lessons.push_back(std::move(lesson));
  }
  std::sort(lessons.begin(), lessons.end(),
            [](const Lesson& a, const Lesson& b) { return a.name < b.name; });
  return lessons;
}

std::optional<fs::path> resolve_scenario(const std::string& argument) {
  std::error_code ec;
  if (fs::is_regular_file(argument, ec)) return fs::path(argument);
  std::string wanted = fs::path(argument).stem().string();
  for (const fs::directory_entry& entry : fs::directory_iterator(scenarios_dir(), ec)) {
    if (entry.path().extension() != ".toml") continue;
    const std::string stem = entry.path().stem().string();
    if (stem == wanted || without_number(stem) == wanted) return entry.path();
  }
  return std::nullopt;
}

fs::path default_lesson() {
  if (auto p = resolve_scenario("concurrent-burgers")) return *p;
  return scenarios_dir() / "03-concurrent-burgers.toml";
}

}  // namespace burgers::app
