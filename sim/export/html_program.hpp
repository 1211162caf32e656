#pragma once
// The program side of report.html: the scenario's code with the time its tasks spent at
// each line, and each customer group's figures. Internal to sim/export.
#include <string>

#include "scenario/scenario.hpp"
#include "stats/summary.hpp"
#include "trace/trace.hpp"

namespace burgers::exporter {

// The style rules of the two (added to the report's stylesheet).
std::string program_css();

// A <section id="code">: the code line by line (and code_zh folded under it), each line with
// the task-time spent at it as a bar coloured by job phase; empty when there is no code.
std::string code_section(const scenario::Scenario& scenario, const trace::Trace& trace);

// A table of each customer group's figures (served, sojourn mean and p90, throughput,
// makespan); empty with fewer than two groups (the customers' table says it all).
std::string groups_table(const scenario::Scenario& scenario, const stats::Summary& summary);

}  // namespace burgers::exporter
