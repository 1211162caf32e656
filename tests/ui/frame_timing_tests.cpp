#include <catch2/catch.hpp>

#include <string>

#include "ui/frame_timing.hpp"

using burgers::ui::FrameTiming;

TEST_CASE("the --frame-times report counts the frames a 60 Hz display would have skipped") {
  FrameTiming timing;
  // Five frames while computing, 1/60 s apart, then two (the intervals ending at them count
  // as after); of the four shown while computing, the first was shown 30 ms
  // after its slot began, one exactly at the end of its slot, the others early.
  const double period = 1.0 / 60;
  for (int i = 0; i < 5; ++i) timing.frame(i * period, i * 0.002, true);
  timing.frame(5 * period, 0.010, false);
  timing.frame(5 * period + 0.008, 0.012, false);
  timing.shown(0.030);
  timing.shown(period);
  timing.shown(0.004);
  timing.shown(0.012);
  const std::string report = timing.report(1000, 0.05, 0.01);
  INFO(report);
  CHECK(report.find("4 frames meanwhile: interval median 16.7 ms") != std::string::npos);
  CHECK(report.find("2 frames after: median 16.7 ms") != std::string::npos);
  // A frame shown at its slot's very end is in time; only the one past it is late.
  CHECK(report.find("; 1 of 4 frames late for their 60 Hz slot (worst 30.0 ms)") !=
        std::string::npos);
}

TEST_CASE("the --frame-times report says no frame was late when none was drawn while computing") {
  FrameTiming timing;
  timing.frame(0.0, 0.0, false);
  timing.frame(0.01, 0.001, false);
  const std::string report = timing.report(0, 0, 0);
  CHECK(report.find("; 0 of 0 frames late for their 60 Hz slot (worst 0.0 ms)") !=
        std::string::npos);
}
