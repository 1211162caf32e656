#pragma once
// Closed-form queueing results, in seconds and rates per second: M/M/c (Erlang C) and
// M/G/1 (Pollaczek-Khinchine). Plain functions of numbers; include freely.

namespace burgers::stats {

// The steady state of one FIFO station fed by Poisson arrivals.
struct QueueFigures {
  double mean_queue_wait_s = 0;  // Wq: from joining the line to the start of service
  double mean_queue_length = 0;  // Lq: customers in line, time-averaged (Little: lambda Wq)
  double utilization = 0;        // rho: busy share of each server, lambda E[S] / c
};

// Erlang's C formula: the probability that an arrival has to wait, with `servers` servers
// and an offered load of `load` = lambda E[S] erlangs (load < servers). Computed through
// Erlang B's recursion, which stays accurate for hundreds of servers.
double erlang_c(int servers, double load);

// M/M/c with arrival rate `lambda` (per second) and mean service `mean_service_s`.
// Requires lambda * mean_service_s < servers.
QueueFigures mmc(double lambda, double mean_service_s, int servers);

// M/G/1 by Pollaczek-Khinchine: Wq = lambda E[S^2] / (2 (1 - rho)). M/D/1 is E[S^2] = E[S]^2,
// M/M/1 is E[S^2] = 2 E[S]^2. Requires lambda * mean_service_s < 1.
QueueFigures mg1(double lambda, double mean_service_s, double second_moment_s2);

}  // namespace burgers::stats
