#pragma once
// What the views call things in the current language: the lesson's title, its stations
// and customer groups (label_zh where the file has one), and agents ("顧客 3").
#include <string>
#include <vector>

#include "scenario/scenario.hpp"
#include "trace/trace.hpp"

namespace burgers::ui {

struct Names {
  std::string title;
  std::vector<std::string> stations;  // by station index
  std::vector<std::string> groups;    // by group index

  std::string agent(const trace::Trace& trace, trace::AgentId id) const {
    return trace.agent_name(id, stations, groups);
  }
  const std::string& station(const trace::Trace& trace, int index) const {
    if (index >= 0 && static_cast<std::size_t>(index) < stations.size())
      return stations[static_cast<std::size_t>(index)];
    return trace.stations.at(static_cast<std::size_t>(index)).label;
  }
};

inline Names names_for(const scenario::Scenario& s, bool chinese) {
  auto pick = [chinese](const std::string& en, const std::string& zh) {
    return chinese && !zh.empty() ? zh : en;
  };
  Names n;
  n.title = pick(s.title, s.title_zh);
  for (const auto& st : s.stations) n.stations.push_back(pick(st.label, st.label_zh));
  for (const auto& g : s.groups) n.groups.push_back(pick(g.label, g.label_zh));
  return n;
}

}  // namespace burgers::ui
