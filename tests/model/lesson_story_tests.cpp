// The lessons tell their story in the trace itself (not only in pixels): what the lanes
// of the key agents show, span by span.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "run/simulation.hpp"
#include "scenario/loader.hpp"

using namespace burgers;
using trace::JobPhase;

namespace {

scenario::Scenario lesson(const std::string& name) {
  const auto loaded = scenario::load_scenario_file(std::string(BURGERS_SOURCE_DIR) + "/scenarios/" +
                                                   name + ".toml");
  for (const auto& d : loaded.diagnostics) UNSCOPED_INFO(d.to_string());
  REQUIRE(loaded.ok());
  return *loaded.scenario;
}

// The job phases of the first agent called `name`, in order, merging repeats.
std::vector<JobPhase> phases_of(const trace::Trace& t, const std::string& name) {
  std::vector<JobPhase> out;
  for (const trace::Span& s : t.spans) {
    if (t.agent_name(s.agent) != name || s.start == s.end) continue;
    const JobPhase p = trace::job_phase(s.state);
    if (p != JobPhase::none && (out.empty() || out.back() != p)) out.push_back(p);
  }
  return out;
}

// How many frames the main thread rendered while `agent`'s job was in `phase`.
int frames_during(const trace::Trace& t, const std::string& agent, JobPhase phase) {
  Time from = kNever, to = 0;
  for (const trace::Span& s : t.spans) {
    if (t.agent_name(s.agent) == agent && trace::job_phase(s.state) == phase) {
      from = std::min(from, s.start);
      to = std::max(to, s.end);
    }
  }
  int frames = 0;
  for (const trace::Span& s : t.spans) {
    const bool frame = t.agent_name(s.agent).rfind("Frame", 0) == 0;
    if (frame && trace::job_phase(s.state) == JobPhase::running && s.start >= from && s.end <= to)
      ++frames;
  }
  return frames;
}

}  // namespace

TEST_CASE("lesson 01: function A runs, is suspended while the thread renders frames, resumes") {
  run::Simulation sim(lesson("01-coroutine-await"));
  sim.run();
  const trace::Trace& t = *sim.trace();
  const std::vector<JobPhase> a = phases_of(t, "Function A 1");
  REQUIRE(a.size() >= 3);
  CHECK(a.front() == JobPhase::running);
  CHECK(a[1] == JobPhase::awaiting);
  CHECK(a.back() == JobPhase::running);
  // While A awaits, the main thread is free: frames keep being rendered.
  CHECK(frames_during(t, "Function A 1", JobPhase::awaiting) >= 15);
}

TEST_CASE("lesson 02: function A holds the main thread while it waits, and no frame renders") {
  run::Simulation sim(lesson("02-coroutine-blocking"));
  sim.run();
  const trace::Trace& t = *sim.trace();
  CHECK(phases_of(t, "Function A 1") ==
        std::vector<JobPhase>{JobPhase::running, JobPhase::io_held, JobPhase::running});
  CHECK(frames_during(t, "Function A 1", JobPhase::io_held) == 0);
}
