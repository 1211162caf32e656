#include "model/journey.hpp"

namespace burgers::model {

trace::Trace trace_header(const scenario::Scenario& s) {
  trace::Trace t;
  t.scenario = s.name;
  t.title = s.title;
  t.variant = s.variant;
  t.cores = s.machine.cores;
  t.gil = s.machine.gil;
  for (std::size_t i = 0; i < s.stations.size(); ++i) {
    const scenario::Station& st = s.stations[i];
    t.stations.push_back({st.name, st.label, st.staff, st.async, s.needs_gil(static_cast<int>(i)),
                          st.workers == scenario::Workers::processes});
  }
  for (const scenario::CustomerGroup& g : s.groups) t.groups.push_back({g.name, g.label});
  return t;
}

}  // namespace burgers::model
