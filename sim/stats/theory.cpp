#include "stats/theory.hpp"

namespace burgers::stats {

double erlang_c(int servers, double load) {
  // B(0) = 1, B(k) = A B(k-1) / (k + A B(k-1)); C = c B / (c - A (1 - B)).
  double b = 1;
  for (int k = 1; k <= servers; ++k) b = load * b / (k + load * b);
  const double c = servers;
  return c * b / (c - load * (1 - b));
}

QueueFigures mmc(double lambda, double mean_service_s, int servers) {
  const double load = lambda * mean_service_s;
  QueueFigures out;
  out.utilization = load / servers;
  out.mean_queue_wait_s = erlang_c(servers, load) * mean_service_s / (servers - load);
  out.mean_queue_length = lambda * out.mean_queue_wait_s;
  return out;
}

QueueFigures mg1(double lambda, double mean_service_s, double second_moment_s2) {
  QueueFigures out;
  out.utilization = lambda * mean_service_s;
  out.mean_queue_wait_s = lambda * second_moment_s2 / (2 * (1 - out.utilization));
  out.mean_queue_length = lambda * out.mean_queue_wait_s;
  return out;
}

}  // namespace burgers::stats
