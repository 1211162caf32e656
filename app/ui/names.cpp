#include "ui/names.hpp"

#include <array>
#include <cstdio>
#include <string>

namespace burgers::ui {

const std::string& Names::station(const trace::Trace& trace, int index) const {
  if (index >= 0 && static_cast<std::size_t>(index) < stations.size()) {
    return stations[static_cast<std::size_t>(index)];
  }
  return trace.stations.at(static_cast<std::size_t>(index)).label;
}

chart::Words words_of(const Text& text) {
  // The chart's words by their own keys ("prog_state_idle"), straight from the table.
  return chart::words_from(text.vocabulary(),
                           [&](std::string_view key) { return text.table().get(key); });
}

Names names_for(const scenario::Scenario& s, const Text& text) {
  const bool chinese = text.language() == Language::chinese;
  auto pick = [chinese](const std::string& en, const std::string& zh) {
    return chinese && !zh.empty() ? zh : en;
  };
  Names n;
  n.title = pick(s.title, s.title_zh);
  n.description = pick(s.description, s.description_zh);
  for (const auto& v : s.variants) {
    n.variants.push_back(pick(v.label, v.label_zh));
    n.variant_descriptions.push_back(pick(v.description, v.description_zh));
  }
  for (const auto& g : s.groups) {
    std::vector<std::string>& steps = n.steps.emplace_back();
    for (const auto& step : g.steps) steps.push_back(pick(step.label, step.label_zh));
  }
  std::vector<std::string> stations, groups;
  for (const auto& st : s.stations) stations.push_back(pick(st.label, st.label_zh));
  for (const auto& g : s.groups) groups.push_back(pick(g.label, g.label_zh));
  if (s.vocabulary == text.vocabulary()) {
    n.stations = std::move(stations);
    n.groups = std::move(groups);
    return n;
  }
  const chart::Words words = words_of(text);
  n.stations = chart::station_labels(s, stations, text.vocabulary(), words);
  n.groups = chart::group_labels(s, groups, text.vocabulary(), words);
  return n;
}

std::string clock_text(Time t) {
  const Time ms = t / kMillisecond;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld.%03lld",
                static_cast<long long>(ms / 3600000), static_cast<long long>(ms / 60000 % 60),
                static_cast<long long>(ms / 1000 % 60), static_cast<long long>(ms % 1000));
  return buffer;
}

const char* state_key(trace::State s) {
  static const std::array<std::string, trace::kStateCount> keys = [] {
    std::array<std::string, trace::kStateCount> k;
    for (int i = 0; i < trace::kStateCount; ++i) {
      k[static_cast<std::size_t>(i)] =
          "state_" + std::string(trace::state_name(static_cast<trace::State>(i)));
    }
    return k;
  }();
  return keys[static_cast<std::size_t>(s)].c_str();
}

const char* phase_key(trace::JobPhase p) {
  static const std::array<std::string, trace::kJobPhaseCount> keys = [] {
    std::array<std::string, trace::kJobPhaseCount> k;
    for (int i = 0; i < trace::kJobPhaseCount; ++i) {
      k[static_cast<std::size_t>(i)] =
          "phase_" + std::string(trace::phase_name(static_cast<trace::JobPhase>(i)));
    }
    return k;
  }();
  return keys[static_cast<std::size_t>(p)].c_str();
}

const char* staff_caption_key(trace::State s) {
  switch (s) {
    case trace::State::busy:
      return nullptr;
    case trace::State::idle:
      return "idle";
    case trace::State::io_wait:
      return "waiting_io";
    case trace::State::ready:
      return "waiting_core";
    case trace::State::switching:
      return "switching";
    default:
      return state_key(s);  // any other state: its legend label
  }
}

chart::ChartOptions localized_chart_options(const Text& text, const Names& names) {
  chart::ChartOptions o;
  o.title = names.title;
  o.station_labels = names.stations;
  o.group_labels = names.groups;
  chart::apply_words(words_of(text), o);  // states, phases, headings, the hatching's entry
  o.cores_heading = text("cores_group");
  o.core_label = text("core");
  o.showing = text("showing_customers");
  o.showing_of = text("showing_of");
  o.gil_label = text("gil_lane");
  return o;
}

}  // namespace burgers::ui
