#pragma once
// What the views call things in the current language and vocabulary: the lesson's title
// and description, its stations and customer groups (label_zh where the file has one,
// dressed in the shown vocabulary's words), agents ("顧客 3"), states, and the furniture
// of every timeline chart.
#include <string>
#include <vector>

#include "chart/chart_builder.hpp"
#include "chart/vocabulary.hpp"
#include "scenario/scenario.hpp"
#include "trace/trace.hpp"
#include "ui/text.hpp"

namespace burgers::ui {

struct Names {
  std::string title;
  std::string description;
  std::vector<std::string> stations;            // by station index
  std::vector<std::string> groups;              // by group index
  std::vector<std::vector<std::string>> steps;  // by group index, then step index
  std::vector<std::string> variants;            // labels, by variant index ([[variant]])
  std::vector<std::string> variant_descriptions;

  std::string agent(const trace::Trace& trace, trace::AgentId id) const {
    return trace.agent_name(id, stations, groups);
  }
  const std::string& station(const trace::Trace& trace, int index) const;
};

Names names_for(const scenario::Scenario& s, const Text& text);

// The words of the text's vocabulary in its language (chart::Words).
chart::Words words_of(const Text& text);

// An instant as a stopwatch reads it: h:mm:ss.mmm (the clock in the controls bar).
std::string clock_text(Time t);

// The text-table key of a state's label ("state_queued_blocked").
const char* state_key(trace::State s);
// The key of a staff member's caption in that state in the restaurant ("idle"), or null
// where the caption names the customer served instead ("serving 17").
const char* staff_caption_key(trace::State s);
// The text-table key of a job phase's label ("phase_awaiting").
const char* phase_key(trace::JobPhase p);

// Chart options with every label the chart draws in the current language: title, lane
// names, group headings, the "showing customers" subtitle and the state legend.
chart::ChartOptions localized_chart_options(const Text& text, const Names& names);

}  // namespace burgers::ui
