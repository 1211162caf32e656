#pragma once
// How many cores are free right now: the calibrated kernel computed by one thread alone,
// then by one thread per core in parallel, for a fixed real time each; the parallel work
// over the lone work is the number of cores this process gets (about 0.3 s). Run before a
// threads run, so that a machine busier than the scenario assumes is said, not hidden.
// Include from sim/threads and from the app.
#include "scenario/scenario.hpp"
#include "threads/burner.hpp"

namespace burgers::threads {

struct CoreCheck {
  double available = 0;  // cores' worth of computation the test threads got together
  int tested = 0;        // threads computing in parallel (the machine's hardware threads)
};

// Measures with `threads` threads (0: as many as the machine has), `each_ms` per phase.
CoreCheck check_free_cores(const Calibration& calibration, int threads = 0, int each_ms = 100);

// The free cores the simulation's prediction assumes: [machine] cores, or with unlimited
// cores all the machine has (that the ideal needs more is the lesson, not the load).
int cores_assumed(const CoreCheck& check, const scenario::Scenario& scenario);

// Whether fewer cores are free than the prediction assumes: then the run measures slower
// than predicted because of the machine, not the lesson. Not only cpu-bound work suffers:
// every GIL hand-over and every wake-up from a sleep also waits for a core.
bool busier_than_assumed(const CoreCheck& check, const scenario::Scenario& scenario);

}  // namespace burgers::threads
