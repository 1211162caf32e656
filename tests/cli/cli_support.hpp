#pragma once
// Shared by the command-line test programs: the command that runs the built `burgers`
// on the source tree's lessons, and what a folder holds.
#include <filesystem>
#include <set>
#include <string>

namespace burgers::testing {

inline std::string burgers_command(const std::string& args) {
  return "BURGERS_SCENARIOS=" + std::string(BURGERS_SOURCE_DIR) + "/scenarios " +
         std::string(BURGERS_EXE) + " " + args;
}

// The names of the entries in `dir` (none if it does not exist).
inline std::set<std::string> file_names(const std::filesystem::path& dir) {
  std::set<std::string> names;
  std::error_code ec;
  for (auto it = std::filesystem::directory_iterator(dir, ec);
       !ec && it != std::filesystem::directory_iterator(); ++it) {
    names.insert(it->path().filename().string());
  }
  return names;
}

}  // namespace burgers::testing
