#include "scenario/scenario.hpp"

namespace burgers::scenario {

int Scenario::station_index(std::string_view station_name) const {
  for (std::size_t i = 0; i < stations.size(); ++i) {
    if (stations[i].name == station_name) return static_cast<int>(i);
  }
  return -1;
}

std::int64_t Scenario::customer_count() const {
  std::int64_t total = 0;
  for (const CustomerGroup& g : groups) total += g.count;
  return total;
}

int Scenario::variant_index() const {
  for (std::size_t i = 0; i < variants.size(); ++i) {
    if (variants[i].name == variant) return static_cast<int>(i);
  }
  return -1;
}

bool Scenario::needs_gil(int station) const {
  return machine.gil && stations[static_cast<std::size_t>(station)].workers != Workers::processes;
}

}  // namespace burgers::scenario
