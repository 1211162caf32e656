#include "ui/names.hpp"

#include <cstdio>

namespace burgers::ui {

const std::string& Names::station(const trace::Trace& trace, int index) const {
  if (index >= 0 && static_cast<std::size_t>(index) < stations.size()) {
    return stations[static_cast<std::size_t>(index)];
  }
  return trace.stations.at(static_cast<std::size_t>(index)).label;
}

Names names_for(const scenario::Scenario& s, Language language) {
  const bool chinese = language == Language::chinese;
  auto pick = [chinese](const std::string& en, const std::string& zh) {
    return chinese && !zh.empty() ? zh : en;
  };
  Names n;
  n.title = pick(s.title, s.title_zh);
  n.description = pick(s.description, s.description_zh);
  for (const auto& st : s.stations) n.stations.push_back(pick(st.label, st.label_zh));
  for (const auto& g : s.groups) n.groups.push_back(pick(g.label, g.label_zh));
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
  static const char* const keys[trace::kStateCount] = {
      "state_idle",           "state_busy",        "state_io_wait",        "state_ready",
      "state_switching",      "state_arrived",     "state_queued_blocked", "state_queued_free",
      "state_served_blocked", "state_served_free", "state_own_activity",   "state_done"};
  return keys[static_cast<int>(s)];
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
  o.staff_heading = text("staff_group");
  o.cores_heading = text("cores_group");
  o.core_label = text("core");
  o.customers_heading = text("customers_group");
  o.showing = text("showing_customers");
  o.showing_of = text("showing_of");
  for (int i = 0; i < trace::kStateCount; ++i) {
    o.state_labels[static_cast<std::size_t>(i)] = text(state_key(static_cast<trace::State>(i)));
  }
  return o;
}

}  // namespace burgers::ui
