#pragma once
// Finds the lessons (scenarios/*.toml) and resolves a SCENARIO argument, which may be
// a path, a lesson name ("concurrent-burgers" or "03-concurrent-burgers") or its number.
// Used by the command line and the dashboard's scenario picker.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace burgers::app {

struct Lesson {
  std::filesystem::path path;
  std::string name;   // file stem, e.g. "03-concurrent-burgers"
  std::string title;  // from the file, or empty if it does not load
  std::string title_zh;
  std::vector<std::string> variants;  // [[variant]] names, the default first
  std::string error;                  // first diagnostic if the file does not load
};

// The scenarios directory: $BURGERS_SCENARIOS, ./scenarios, or the source tree's.
std::filesystem::path scenarios_dir();

// Every lesson in the scenarios directory, sorted by file name.
std::vector<Lesson> list_lessons();

// A path if it exists, else the lesson whose name (with or without its number) matches,
// or whose number it is ("03" or "3" for 03-concurrent-burgers).
std::optional<std::filesystem::path> resolve_scenario(const std::string& argument);

// For an argument that names no lesson: " (did you mean 'parallel-burgers'?)" for the
// nearest lesson name (a typo, or a part of a name), or "" when nothing is near.
std::string lesson_suggestion(const std::string& argument);

// The lesson the dashboard opens when given none.
std::filesystem::path default_lesson();

}  // namespace burgers::app
