#pragma once
// Restaurant: a scenario brought to life. Each staff member is a coroutine taking jobs
// from its station's line; each customer is a coroutine walking its journey; an arrival
// process per customer group lets customers in. Everything they do goes to the Recorder.
#include <cstdint>
#include <memory>
#include <vector>

#include "engine/process.hpp"
#include "engine/scheduler.hpp"
#include "model/job_queue.hpp"
#include "model/machine.hpp"
#include "scenario/scenario.hpp"
#include "trace/recorder.hpp"

namespace burgers::model {

class Restaurant {
 public:
  // The scenario, scheduler and recorder must outlive the restaurant. The restaurant
  // must be destroyed after the scheduler's processes (Simulation takes care of it).
  Restaurant(const scenario::Scenario& scenario, engine::Scheduler& scheduler,
             trace::Recorder& recorder);
  Restaurant(const Restaurant&) = delete;
  Restaurant& operator=(const Restaurant&) = delete;

  // Registers staff as agents and starts every process.
  void open();

  std::int64_t customers_arrived() const { return arrived_; }
  std::int64_t customers_left() const { return left_; }
  std::size_t line_length(int station) const {
    return queues_[static_cast<std::size_t>(station)]->line_length();
  }

 private:
  engine::Process staff_member(int station, int member);
  engine::Process arrivals(int group);
  engine::Process customer(int group, std::int64_t number);
  JobQueue& queue_of(const Job& job) { return *queues_[static_cast<std::size_t>(job.station)]; }

  const scenario::Scenario& scenario_;
  engine::Scheduler& scheduler_;
  trace::Recorder& recorder_;
  std::vector<std::unique_ptr<JobQueue>> queues_;
  std::unique_ptr<Machine> machine_;  // only when cores are limited
  std::int64_t arrived_ = 0;
  std::int64_t left_ = 0;
};

}  // namespace burgers::model
