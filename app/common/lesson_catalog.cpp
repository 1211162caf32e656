#include "common/lesson_catalog.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "scenario/loader.hpp"
#include "scenario/suggest.hpp"

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

// "03-concurrent-burgers" -> "03"; "" without a number.
std::string number_of(const std::string& stem) {
  std::size_t i = 0;
  while (i < stem.size() && std::isdigit(static_cast<unsigned char>(stem[i])) != 0) ++i;
  return stem.substr(0, i);
}

bool all_digits(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

// "3" and "03" name the same lesson.
bool same_number(const std::string& a, const std::string& b) {
  const auto strip = [](const std::string& s) {
    const std::size_t first = s.find_first_not_of('0');
    return first == std::string::npos ? std::string("0") : s.substr(first);
  };
  return !a.empty() && !b.empty() && strip(a) == strip(b);
}

std::vector<std::string> lesson_stems() {
  std::vector<std::string> stems;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(scenarios_dir(), ec)) {
    if (entry.path().extension() == ".toml") stems.push_back(entry.path().stem().string());
  }
  std::sort(stems.begin(), stems.end());
  return stems;
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
      lesson.variants.push_back(loaded.scenario->variant);
      for (const scenario::Variant& v : loaded.scenario->variants) {
        if (v.name != loaded.scenario->variant) lesson.variants.push_back(v.name);
      }
      if (lesson.variants.front().empty()) lesson.variants.clear();
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
  const std::string wanted = fs::path(argument).stem().string();
  for (const std::string& stem : lesson_stems()) {
    if (stem == wanted || without_number(stem) == wanted ||
        (all_digits(wanted) && same_number(number_of(stem), wanted))) {
      return scenarios_dir() / (stem + ".toml");
    }
  }
  return std::nullopt;
}

std::string lesson_suggestion(const std::string& argument) {
  const std::string wanted = fs::path(argument).stem().string();
  if (wanted.empty()) return {};
  std::vector<std::string> names;
  for (const std::string& stem : lesson_stems()) names.push_back(without_number(stem));
  const std::vector<std::string_view> views(names.begin(), names.end());
  if (const auto typo = scenario::closest_match(wanted, views)) {
    return " (did you mean '" + std::string(*typo) + "'?)";
  }
  // A part of a name ("parallel", "cleaning"): the lessons that contain it.
  std::vector<std::string_view> containing;
  for (const std::string_view name : views) {
    if (name.find(wanted) != std::string_view::npos) containing.push_back(name);
  }
  if (containing.size() == 1) return " (did you mean '" + std::string(containing[0]) + "'?)";
  if (containing.size() > 1) {
    return " (did you mean one of: " + scenario::join_names(containing) + "?)";
  }
  return {};
}

fs::path default_lesson() {
  if (auto p = resolve_scenario("concurrent-burgers")) return *p;
  return scenarios_dir() / "03-concurrent-burgers.toml";
}

}  // namespace burgers::app
