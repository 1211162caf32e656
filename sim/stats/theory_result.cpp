#include "stats/theory_result.hpp"

namespace burgers::stats {

std::string_view reason_name(TheoryReason reason) {
  switch (reason) {
    case TheoryReason::none:
      return "none";
    case TheoryReason::several_groups:
      return "several_groups";
    case TheoryReason::no_station:
      return "no_station";
    case TheoryReason::visits_twice:
      return "visits_twice";
    case TheoryReason::not_poisson:
      return "not_poisson";
    case TheoryReason::cores_limited:
      return "cores_limited";
    case TheoryReason::gil:
      return "gil";
    case TheoryReason::event_loop:
      return "event_loop";
    case TheoryReason::process_ipc:
      return "process_ipc";
    case TheoryReason::general_service:
      return "general_service";
    case TheoryReason::tandem_service:
      return "tandem_service";
    case TheoryReason::unstable:
      return "unstable";
    case TheoryReason::short_run:
      return "short_run";
  }
  return "none";
}

std::string_view reason_text(TheoryReason reason) {
  switch (reason) {
    case TheoryReason::none:
      return "";
    case TheoryReason::several_groups:
      return "several groups";
    case TheoryReason::no_station:
      return "no station";
    case TheoryReason::visits_twice:
      return "a station is visited twice";
    case TheoryReason::not_poisson:
      return "arrivals not Poisson";
    case TheoryReason::cores_limited:
      return "cores limited";
    case TheoryReason::gil:
      return "the GIL";
    case TheoryReason::event_loop:
      return "an event loop";
    case TheoryReason::process_ipc:
      return "process pool with an ipc cost";
    case TheoryReason::general_service:
      return "M/G/c: several staff with a service that is not exponential";
    case TheoryReason::tandem_service:
      return "a line of stations with a service that is not exponential";
    case TheoryReason::unstable:
      return "unstable: arrivals outpace service";
    case TheoryReason::short_run:
      return "the run is too short for a confidence interval";
  }
  return "";
}

}  // namespace burgers::stats
