#include "model/restaurant.hpp"

#include "model/journey.hpp"
#include "model/worker.hpp"
#include "random/distribution.hpp"
#include "random/stream.hpp"

namespace burgers::model {

using scenario::WorkKind;
using trace::AgentKind;
using trace::JobPhase;
using trace::State;

Restaurant::Restaurant(const scenario::Scenario& scenario, engine::Scheduler& scheduler,
                       trace::Recorder& recorder)
    : scenario_(scenario), scheduler_(scheduler), recorder_(recorder) {
  for (const scenario::Station& station : scenario.stations) {
    queues_.push_back(std::make_unique<JobQueue>(scheduler, station.staff));
  }
  if (scenario.machine.cores > 0 || scenario.machine.gil) {
    machine_ = std::make_unique<Machine>(scheduler, scenario.machine);
  }
}

void Restaurant::open() {
  for (std::size_t s = 0; s < scenario_.stations.size(); ++s) {
    for (int m = 0; m < scenario_.stations[s].staff; ++m) {
      scheduler_.spawn(staff_member(static_cast<int>(s), m), "staff", m + 1);
    }
  }
  for (std::size_t g = 0; g < scenario_.groups.size(); ++g) {
    scheduler_.spawn(arrivals(static_cast<int>(g)), "arrivals", static_cast<std::int64_t>(g));
  }
}

engine::Process Restaurant::arrivals(int group) {
  const scenario::CustomerGroup& g = scenario_.groups[static_cast<std::size_t>(group)];
  for (std::int64_t number = 1; number <= g.count; ++number) {
    const Time gap = arrival_gap(scenario_, group, number);
    if (gap > 0) co_await scheduler_.timeout(gap);
    scheduler_.spawn(customer(group, number), "customer", number);
  }
}

// Locals here live in every parked customer's frame: keep them few (see the frame
// bytes benchmark). Everything about the current visit is kept in `job`.
engine::Process Restaurant::customer(int group, std::int64_t number) {
  trace::Track track;
  track.agent =
      recorder_.add_agent({AgentKind::customer, -1, static_cast<std::int16_t>(group), number});
  track.arrived = scheduler_.now();
  ++arrived_;
  recorder_.instant(track, State::arrived, scheduler_.now(), {track.agent});
  Job job;
  job.customer = &track;
  const std::vector<scenario::Step>& steps =
      scenario_.groups[static_cast<std::size_t>(group)].steps;
  for (job.step_index = 0; static_cast<std::size_t>(job.step_index) < steps.size();
       ++job.step_index) {
    job.step = &steps[static_cast<std::size_t>(job.step_index)];
    job.rng = work_stream(scenario_, group, number, job.step_index);
    job.station = static_cast<std::int16_t>(job.step->station);
    if (job.station < 0) {
      recorder_.change(track, State::own_activity, scheduler_.now(),
                       {track.agent, -1, -1, job.step_index});
      job.io_wait = own_activity_length(*job.step, job.rng);
    } else {
      job.phase = 0;
      job.status = Job::Status::queued;
      recorder_.change(track, trace::customer_state(JobPhase::queued, job.blocked()),
                       scheduler_.now(), {track.agent, job.station, -1, job.step_index});
      queue_of(job).submit(job);
    }
    // One suspension site per kind of wait keeps the frame small.
    for (;;) {
      if (job.station >= 0) {
        co_await job.signalled_by_staff();
        if (job.status == Job::Status::finished) break;
      }
      // The own activity, or an io wait that an event loop let go of (the wait is the job's).
      co_await scheduler_.timeout(job.io_wait);
      if (job.station < 0) break;
      // Back to its event loop, which may be busy with another task.
      job.status = Job::Status::in_service;
      if (!queue_of(job).resume(job)) {
        recorder_.change(track, trace::customer_state(JobPhase::loop_wait, job.blocked()),
                         scheduler_.now(), {track.agent, job.station, -1, job.step_index});
      }
    }
  }
  ++left_;
  recorder_.finish(track, scheduler_.now());
}

engine::Process Restaurant::staff_member(int station, int member) {
  const auto st = static_cast<std::int16_t>(station);
  const scenario::Station& spec = scenario_.stations[static_cast<std::size_t>(station)];
  const bool python = scenario_.needs_gil(station);
  JobQueue& queue = *queues_[static_cast<std::size_t>(station)];
  trace::Track track;
  track.agent = recorder_.add_agent({AgentKind::staff, st, -1, member + 1});
  recorder_.change(track, State::idle, scheduler_.now(), {trace::kNoAgent, st});
  for (;;) {
    Job& job = *co_await queue.next(member);
    Worker worker{scheduler_,
                  recorder_,
                  track,
                  *job.customer,
                  {job.customer->agent, st, -1, job.step_index},
                  job.blocked()};
    const bool first_visit = job.status == Job::Status::queued;
    job.status = Job::Status::in_service;
    if (first_visit && spec.ipc > 0) {  // the job travels to the worker process
      worker.set(JobPhase::io_held);
      co_await scheduler_.timeout(spec.ipc / 2);
    }
    const std::vector<scenario::Phase>& phases = job.step->work;
    while (job.phase < phases.size()) {
      const scenario::Phase& phase = phases[job.phase++];
      const Time length = random::sample(phase.duration, job.rng);
      if (phase.kind == WorkKind::cpu) {
        if (machine_) {
          co_await machine_->compute(worker, length, python);
        } else {
          worker.set(JobPhase::running);
          co_await scheduler_.timeout(length);
        }
      } else if (phase.kind == WorkKind::io && spec.async) {
        // Awaited I/O: the loop lets go of the task and serves others meanwhile.
        worker.record(*job.customer, trace::customer_state(JobPhase::awaiting, job.blocked()),
                      {job.customer->agent, st, -1, job.step_index});
        job.io_wait = length;
        job.owner = static_cast<std::int16_t>(member);
        job.status = Job::Status::io_wait;
        break;
      } else {
        // A thread blocked on I/O, or a blocking call that holds even an event loop.
        worker.set(JobPhase::io_held);
        co_await scheduler_.timeout(length);
      }
    }
    if (job.status != Job::Status::io_wait) {
      if (spec.ipc > 0) {  // the result travels back
        worker.set(JobPhase::io_held);
        co_await scheduler_.timeout(spec.ipc - spec.ipc / 2);
      }
      job.status = Job::Status::finished;
    }
    job.signal(scheduler_);
    if (!queue.has_work_for(member)) worker.record(track, State::idle, {trace::kNoAgent, st});
  }
}

}  // namespace burgers::model
