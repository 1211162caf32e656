// The command line's own help: every example line of `burgers --help` and
// `burgers run --help` runs as written, and lessons are found by name, number or near miss.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_support.hpp"
#include "support/run_process.hpp"

namespace fs = std::filesystem;
using burgers::testing::run_process;
using burgers::testing::ScratchDir;

namespace {

std::string cmd(const std::string& args) {
  return burgers::testing::burgers_command(args);
}

// The example commands of a help text: lines "  burgers ARGS   what it does".
std::vector<std::string> example_lines(const std::string& help) {
  std::vector<std::string> out;
  std::istringstream in(help);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("  burgers", 0) != 0) continue;
    std::string command = line.substr(2);
    // The description starts after a run of at least two spaces.
    const std::size_t gap = command.find("  ");
    if (gap != std::string::npos) command = command.substr(0, gap);
    out.push_back(command);
  }
  return out;
}

bool opens_dashboard(const std::string& command) {
  std::istringstream words(command);
  std::string program, first;
  words >> program >> first;
  return first != "run" && first != "validate" && first != "list";
}

void check_examples_of(const std::string& help_args) {
  ScratchDir tmp("help");
  const auto help = run_process(cmd(help_args), tmp.path());
  REQUIRE(help.exit_code == 0);
  const auto examples = example_lines(help.out);
  REQUIRE(examples.size() >= 4);
  // The examples' own file, in a folder of their own, as a student would have it.
  fs::copy_file(fs::path(BURGERS_SOURCE_DIR) / "scenarios" / "03-concurrent-burgers.toml",
                tmp.path() / "my.toml");
  for (const std::string& example : examples) {
    INFO(example);
    std::string args = example.substr(std::string("burgers").size());
    if (opens_dashboard(example)) {
#if BURGERS_TEST_DASHBOARD
      // The dashboard is opened for real (under Xvfb) and closed after a few frames.
      const auto r = run_process("cd " + tmp.path().string() + " && xvfb-run -a -s '-screen 0 " +
                                     "1280x800x24' env " + cmd(args + " --frames 3"),
                                 tmp.path());
      CHECK(r.exit_code == 0);
#else
      WARN("no dashboard in this build (or no xvfb-run): " << example << " not run");
#endif
      continue;
    }
    const auto r = run_process("cd " + tmp.path().string() + " && " + cmd(args), tmp.path());
    INFO(r.err);
    CHECK(r.exit_code == 0);
  }
}

}  // namespace

TEST_CASE("every example of burgers --help runs as written") {
  check_examples_of("--help");
}

TEST_CASE("every example of burgers run --help runs as written") {
  check_examples_of("run --help");
}

TEST_CASE("a lesson is found by its bare number") {
  ScratchDir tmp("number");
  for (const char* number : {"03", "3"}) {
    INFO(number);
    const auto r = run_process(cmd(std::string("validate ") + number), tmp.path());
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("03-concurrent-burgers") != std::string::npos);
  }
  CHECK(run_process(cmd("validate 99"), tmp.path()).exit_code == 1);
}

TEST_CASE("a misspelt or partial lesson name gets the nearest lessons suggested") {
  ScratchDir tmp("suggest");
  const auto typo = run_process(cmd("run concurent-burgers --formats summary"), tmp.path());
  CHECK(typo.exit_code == 1);
  CHECK(typo.err.find("did you mean 'concurrent-burgers'?") != std::string::npos);
  const auto part = run_process(cmd("run parallel --formats summary"), tmp.path());
  CHECK(part.exit_code == 1);
  CHECK(part.err.find("did you mean 'parallel-burgers'?") != std::string::npos);
  const auto several = run_process(cmd("validate cleaning"), tmp.path());
  CHECK(several.err.find("cleaning-alone") != std::string::npos);
  CHECK(several.err.find("threads-cleaning-io") != std::string::npos);
  const auto nothing = run_process(cmd("validate zzzzzzzz"), tmp.path());
  CHECK(nothing.err.find("did you mean") == std::string::npos);
}
