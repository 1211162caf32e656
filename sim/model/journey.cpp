#include "model/journey.hpp"

namespace burgers::model {

trace::Trace trace_header(const scenario::Scenario& s) {
  trace::Trace t;
  t.scenario = s.name;
  t.title = s.title;
  t.cores = s.machine.cores;
  for (const scenario::Station& st : s.stations)
    t.stations.push_back({st.name, st.label, st.staff, st.async});
  for (const scenario::CustomerGroup& g : s.groups) t.groups.push_back({g.name, g.label});
  return t;
}

}  // namespace burgers::model
