#pragma once
// Is a scenario a textbook queue? predict() recognises M/M/c, M/D/1, M/G/1 and a Jackson
// line of M/M/c stations (or says why not); judge() gives the run's verdict from its batch
// means. Used by sim/run (summary.json's `theory`) and sim/sweep (the theory curve).
#include "scenario/scenario.hpp"
#include "stats/batch_means.hpp"
#include "stats/theory_result.hpp"

namespace burgers::stats {

// Runs with fewer customers than this get no verdict: batch means need many of them.
inline constexpr std::int64_t kTheoryMinCustomers = 1000;
// At least this many batches, each at least kTheoryBatchMemories times TheoryCheck::memory
// customers long, for a verdict. (Measured on M/M/1 runs of lesson 20 over 100 seeds: the
// verdict agrees in 93 to 98% of runs, near the interval's 95%; with batches three
// memories long it agreed in only 85%.)
inline constexpr std::size_t kTheoryMinBatches = 10;
inline constexpr double kTheoryBatchMemories = 10;

TheoryCheck predict(const scenario::Scenario& scenario);

// The station whose waits judge() needs (one-station models), or -1 for each customer's
// total wait (a line of stations). Only meaningful when `check` has a model.
int judged_station(const TheoryCheck& check);

// Fills the run's side of `check` (which must come from predict()) from `waits`: the
// simulated mean wait, the 95% interval of the batch means and the verdict.
void judge(TheoryCheck& check, const BatchMeans& waits);

}  // namespace burgers::stats
