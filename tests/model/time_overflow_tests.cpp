// Runs whose random draws go past the end of int64 nanoseconds fail with a message; they
// never wrap to negative times (once: "end_time_s: -386718933", 2 of 2 customers served).
#include <catch2/catch.hpp>

#include <string>

#include "run/simulation.hpp"
#include "scenario/loader.hpp"

using namespace burgers;

namespace {

// One customer whose arrival gap and work each have a mean of 50 years (together just
// under the validator's 100): about one seed in fifty passes the 292 years that int64
// nanoseconds can count.
scenario::Scenario far_arrival(std::uint64_t seed) {
  const std::string text =
      "[scenario]\ntitle = \"t\"\nseed = " + std::to_string(seed) +
      "\n[customers]\ncount = 1\narrival = \"exp(438000h)\"\n[[customers.step]]\nname = "
      "\"a\"\nwork = \"exp(438000h)\"\n";
  scenario::LoadResult r = scenario::load_scenario_text(text, "far.toml");
  REQUIRE(r.ok());
  return *r.scenario;
}

}  // namespace

TEST_CASE("a draw past the end of int64 nanoseconds fails the run, never wraps") {
  int failed = 0;
  for (std::uint64_t seed = 1; seed <= 500; ++seed) {
    run::Simulation sim(far_arrival(seed));
    sim.run();
    INFO("seed " << seed);
    CHECK(sim.now() >= 0);
    if (sim.failed()) {
      ++failed;
      CHECK(sim.failure().find("about 292 years") != std::string::npos);
      CHECK(sim.summary().customers.served == 0);
    } else {
      CHECK(sim.summary().customers.served == 1);
      CHECK(sim.summary().end_time > 0);
    }
  }
  CHECK(failed > 0);
}

TEST_CASE("an own activity whose phases add up past int64 fails the run") {
  // Ten phases of up to 100 years each: their sum passes 292 years for most seeds.
  std::string phases = "work = [";
  for (int i = 0; i < 10; ++i) phases += std::string(i ? ", " : "") + "\"uniform(0s, 876600h)\"";
  const std::string text =
      "[scenario]\ntitle = \"t\"\n[customers]\ncount = 1\narrival = \"1s\"\n"
      "[[customers.step]]\nname = \"a\"\n" +
      phases + "]\n";
  // The validator counts upper bounds: ten times 100 years is refused before any run.
  const scenario::LoadResult r = scenario::load_scenario_text(text, "own.toml");
  REQUIRE_FALSE(r.ok());
  CHECK(r.diagnostics[0].message.find("one customer's steps take about 1000 years") !=
        std::string::npos);
}
