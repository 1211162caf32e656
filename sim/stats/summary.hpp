#pragma once
// The figures of a run (summary.json): per customer and per station.
// A plain value; times stay in nanoseconds until an export formats them.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/time.hpp"
#include "stats/theory_result.hpp"

namespace burgers::stats {

struct Percentiles {
  Time p50 = 0;
  Time p90 = 0;
  Time p99 = 0;
};

struct StationSummary {
  std::string name;
  std::string label;
  int staff = 0;
  std::int64_t served = 0;  // jobs finished
  double utilization = 0;   // busy staff-time / (staff * end_time), 0..1
  Time busy_time = 0;       // total staff-time spent on jobs: the sum of the split below
  // The split of busy_time: what holding a job meant for the staff member.
  Time cpu_time = 0;         // computing on a core (including context switches)
  Time io_blocked_time = 0;  // blocked on I/O while holding the job (a thread in a read)
  Time core_wait_time = 0;   // runnable, waiting for a free core
  Time gil_wait_time = 0;    // runnable, waiting for the GIL (Python threads)
  // Per visit: from joining the line to service start, over every job served (a job
  // served at once counts as a wait of 0).
  Time mean_queue_wait = 0;
  double mean_queue_length = 0;  // time-weighted over [0, end_time]
  // The most customers in line at once. Queue length at t counts the customers whose wait
  // covers t (joined at or before t, not yet served); what happens at one instant counts
  // together. chart::queue_length_series draws the same function.
  std::int64_t max_queue_length = 0;
  Percentiles queue_wait;  // of the queue waits of served jobs, per visit
  Time mean_service = 0;   // from service start to the job's end
};

// Per customer: averages over the customers who finished their whole journey.
struct CustomerSummary {
  std::int64_t arrived = 0;
  std::int64_t served = 0;  // finished their whole journey
  Time mean_sojourn = 0;    // arrival to leaving, over served customers
  Time mean_blocked = 0;    // standing in line or at a counter
  Time mean_free = 0;       // waiting with a number, free to do other things
  Time mean_own = 0;        // own activities (eating)
  Percentiles sojourn;
  Time makespan = 0;  // when the last customer left
};

// One customer group's figures (a run with render frames and a task, or light requests
// and model inferences, says how each kind fared).
struct GroupSummary {
  std::string name;
  std::string label;
  std::int64_t arrived = 0;
  std::int64_t served = 0;
  Time mean_sojourn = 0;
  Percentiles sojourn;
  Time first_arrival = 0;
  Time makespan = 0;      // when its last customer left
  double throughput = 0;  // served per second, from its first arrival to its last departure
};

struct Summary {
  std::string scenario;
  std::string title;
  std::string variant;  // the lesson's chosen [[variant]]; empty when it has none
  std::uint64_t seed = 0;
  std::string mode = "sim";  // sim | threads
  Time end_time = 0;         // time of the last event
  std::uint64_t events = 0;  // engine events processed; 0 in threads mode (there is no engine)
  CustomerSummary customers;
  std::vector<StationSummary> stations;
  std::vector<GroupSummary> groups;    // in the scenario's order
  std::optional<double> wall_time_s;   // threads mode: real seconds the run took
  std::optional<std::uint64_t> spans;  // threads mode: spans recorded (what `events` said before)
  std::optional<double> time_scale;    // threads mode: real seconds per simulated second
  std::optional<TheoryCheck> theory;   // simulations: the textbook queue it is, if any
  std::optional<double> available_cores;  // threads mode: cores found free before the run
};

}  // namespace burgers::stats
