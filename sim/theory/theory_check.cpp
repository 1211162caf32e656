#include "theory/theory_check.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "stats/student_t.hpp"
#include "stats/theory.hpp"

namespace burgers::stats {

namespace {

using scenario::Scenario;
using scenario::Step;
using Kind = random::Distribution::Kind;

struct Service {
  double mean_s = 0;
  double variance_s2 = 0;
  bool exponential = false;
  bool constant = true;
};

Service service_of(const Step& step) {
  Service s;
  for (const scenario::Phase& p : step.work) {
    s.mean_s += p.duration.mean() / 1e9;
    s.variance_s2 += p.duration.variance() / 1e18;
    s.constant = s.constant && p.duration.kind == Kind::constant;
  }
  s.exponential = step.work.size() == 1 && step.work[0].duration.kind == Kind::exponential;
  return s;
}

Time to_time(double seconds) {
  return static_cast<Time>(std::llround(seconds * 1e9));
}

TheoryCheck no_model(TheoryReason reason, double value = 0) {
  TheoryCheck check;
  check.reason = reason;
  check.reason_value = value;
  return check;
}

// Why the machine or the stations keep `steps` from being a textbook queue, if they do.
TheoryReason runtime_reason(const Scenario& s, const std::vector<const Step*>& steps) {
  for (const Step* step : steps) {
    const scenario::Station& st = s.stations[static_cast<std::size_t>(step->station)];
    const bool computes =
        std::any_of(step->work.begin(), step->work.end(),
                    [](const scenario::Phase& p) { return p.kind == scenario::WorkKind::cpu; });
    if (st.async) return TheoryReason::event_loop;
    if (computes && s.machine.cores > 0) return TheoryReason::cores_limited;
    if (computes && s.needs_gil(step->station)) return TheoryReason::gil;
    if (st.workers == scenario::Workers::processes && st.ipc > 0) return TheoryReason::process_ipc;
  }
  return TheoryReason::none;
}

// Neighbouring batches merged: half as many, twice as long (an odd last one is dropped).
std::vector<double> halved(const std::vector<double>& x) {
  std::vector<double> out;
  for (std::size_t i = 0; i + 1 < x.size(); i += 2) out.push_back((x[i] + x[i + 1]) / 2);
  return out;
}

std::string mm_name(const char* kind, int staff) {
  return std::string("M/") + kind + "/" + std::to_string(staff);
}

}  // namespace

TheoryCheck predict(const Scenario& s) {
  if (s.groups.size() != 1) return no_model(TheoryReason::several_groups);
  const scenario::CustomerGroup& group = s.groups[0];
  std::vector<const Step*> steps;
  for (const Step& step : group.steps) {
    if (step.station < 0) continue;  // own activities delay, but keep arrivals Poisson
    for (const Step* earlier : steps) {
      if (earlier->station == step.station) return no_model(TheoryReason::visits_twice);
    }
    steps.push_back(&step);
  }
  if (steps.empty()) return no_model(TheoryReason::no_station);
  if (group.arrival.kind != Kind::exponential || group.arrival.a <= 0)
    return no_model(TheoryReason::not_poisson);
  if (const TheoryReason r = runtime_reason(s, steps); r != TheoryReason::none) return no_model(r);

  const double lambda = 1e9 / static_cast<double>(group.arrival.a);
  TheoryCheck check;
  for (const Step* step : steps) {
    const scenario::Station& st = s.stations[static_cast<std::size_t>(step->station)];
    const Service service = service_of(*step);
    const double rho = lambda * service.mean_s / st.staff;
    if (rho >= 1) return no_model(TheoryReason::unstable, rho);
    StationTheory out;
    out.station = st.name;
    out.index = step->station;
    QueueFigures f;
    if (service.exponential) {
      out.model = mm_name("M", st.staff);
      f = mmc(lambda, service.mean_s, st.staff);
    } else if (steps.size() > 1) {
      return no_model(TheoryReason::tandem_service);
    } else if (st.staff > 1) {
      return no_model(TheoryReason::general_service);
    } else {
      out.model = service.constant ? "M/D/1" : "M/G/1";
      f = mg1(lambda, service.mean_s, service.variance_s2 + service.mean_s * service.mean_s);
    }
    out.mean_queue_wait = to_time(f.mean_queue_wait_s);
    out.mean_queue_length = f.mean_queue_length;
    out.utilization = f.utilization;
    check.mean_queue_wait += out.mean_queue_wait;
    check.mean_queue_length += out.mean_queue_length;
    check.utilization = std::max(check.utilization, out.utilization);
    const double root = 1 - std::sqrt(out.utilization);
    check.memory = std::max(check.memory, out.utilization / (root * root));
    check.stations.push_back(std::move(out));
  }
  check.model = check.stations.size() == 1 ? check.stations[0].model : "Jackson tandem";
  return check;
}

int judged_station(const TheoryCheck& check) {
  return check.stations.size() == 1 ? check.stations[0].index : -1;
}

void judge(TheoryCheck& check, const BatchMeans& waits) {
  if (!check.has_model()) return;
  check.simulated_mean_queue_wait = to_time(waits.mean() / 1e9);
  // Batch means are only as good as their independence: batches shorter than a few times
  // the line's memory are merged into longer ones; if that leaves too few, the run is too
  // short to judge (near saturation a line remembers its past for a long time).
  std::vector<double> means = waits.batch_means();
  double size = static_cast<double>(waits.batch_size());
  const double needed = kTheoryBatchMemories * check.memory;
  while (means.size() >= 2 * kTheoryMinBatches && size < needed) {
    means = halved(means);
    size *= 2;
  }
  check.batches = static_cast<int>(means.size());
  if (waits.count() < kTheoryMinCustomers || means.size() < kTheoryMinBatches || size < needed) {
    check.reason = TheoryReason::short_run;
    check.reason_value = static_cast<double>(waits.count());
    check.agrees.reset();
    check.ci95_low = check.ci95_high = check.simulated_mean_queue_wait;
    return;
  }
  const MeanInterval batches = mean_interval(means, 0.95);
  const double half = (batches.high - batches.low) / 2;
  // Centred on the run's own mean (every wait counts, also the last unfilled batch's).
  check.ci95_low = std::max<Time>(0, to_time((waits.mean() - half) / 1e9));
  check.ci95_high = to_time((waits.mean() + half) / 1e9);
  check.reason = TheoryReason::none;
  check.agrees =
      check.ci95_low <= check.mean_queue_wait && check.mean_queue_wait <= check.ci95_high;
}

}  // namespace burgers::stats
