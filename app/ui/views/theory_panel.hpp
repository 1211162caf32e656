#pragma once
// The statistics panel's queueing-theory part: a badge (agrees, differs, no closed form
// with the reason) and the closed form beside the simulated figures with the run's 95%
// interval. It reads Summary::theory, the same block summary.json writes.
#include "stats/summary.hpp"
#include "ui/text.hpp"

namespace burgers::ui {

void draw_theory(const stats::Summary& summary, const Text& text);

}  // namespace burgers::ui
