#include "threads/thread_runner.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <queue>
#include <system_error>
#include <thread>
#include <vector>

#include "model/journey.hpp"
#include "stats/summarize.hpp"
#include "threads/event_loop.hpp"
#include "threads/gil_lock.hpp"
#include "threads/recording.hpp"
#include "threads/station_queue.hpp"
#include "threads/timer_queue.hpp"

namespace burgers::threads {

namespace {

using Clock = std::chrono::steady_clock;
using scenario::WorkKind;
using trace::AgentId;
using trace::JobPhase;
using trace::Span;
using trace::State;

// A customer in threads mode. Only one thread handles a customer at a time: the hand-offs
// go through mutex-guarded queues, which order every access.
struct Customer {
  int group = 0;
  std::int64_t number = 0;
  Time arrival = 0;  // when the simulation lets them in (the dispatcher follows it)
  std::size_t step = 0;
  random::Stream rng;
  trace::Track track;  // moved by whichever thread handles the customer
};

// A staff member's thread: its lane, its span buffer, its place in the GIL's line and, at
// an event-loop station, its loop.
struct StaffThread {
  int station = 0;
  SpanBuffer* out = nullptr;
  trace::Track lane;
  GilLock::Ticket ticket;
  EventLoop* loop = nullptr;
};

// The dispatcher's timers: arrivals, and the ends of own activities.
struct Wakeup {
  Customer* customer;
  bool arrival;
};

// Sleeps for `real_ns`; false if the run stopped meanwhile.
bool sleep_for(std::stop_token stop, std::int64_t real_ns) {
  std::mutex m;
  std::condition_variable_any cv;
  std::unique_lock lock(m);
  cv.wait_for(lock, stop, std::chrono::nanoseconds(real_ns), [] { return false; });
  return !stop.stop_requested();
}

class Runner {
 public:
  Runner(const scenario::Scenario& s, const ThreadOptions& o, const Calibration& c)
      : s_(s),
        options_(o),
        burner_(c),
        time_(Clock::now() + std::chrono::milliseconds(30), o.time_scale) {
    if (s.machine.gil) {
      gil_ = std::make_unique<GilLock>(
          std::chrono::nanoseconds(gil_interval_real_ns(s, o.time_scale)));
    }
  }
  ThreadRun run();

 private:
  void build_agents(trace::Trace& t);
  void dispatcher(std::stop_token stop, SpanBuffer& out);
  void staff_thread(std::stop_token stop, StaffThread& me);
  void event_loop_thread(std::stop_token stop, StaffThread& me);
  LoopTask serve(Customer& c, StaffThread& me);
  std::optional<Time> compute(JobLanes& job, std::int64_t real_ns, StaffThread& me, Time at);
  std::optional<Time> compute_under_gil(JobLanes& job, std::int64_t real_ns, StaffThread& me,
                                        Time at);
  void let_go(StaffThread& me, Time t);
  std::optional<Time> hold(JobLanes& job, JobPhase phase, std::int64_t real_ns, Time at);
  void begin_step(Customer& c, SpanBuffer& out, Time t);
  void finish_step(Customer& c, SpanBuffer& out, Time t);
  void leave(Customer& c, SpanBuffer& out, Time t);
  void merge(ThreadRun& result, const std::vector<std::unique_ptr<SpanBuffer>>& buffers);
  Time now() const { return time_.now(); }
  const scenario::Step& step_of(const Customer& c) const {
    return s_.groups[static_cast<std::size_t>(c.group)].steps[c.step];
  }

  const scenario::Scenario& s_;
  const ThreadOptions& options_;
  Burner burner_;
  TimeBase time_;
  std::unique_ptr<GilLock> gil_;  // gil = true only
  std::vector<Customer> customers_;
  std::deque<StaffThread> staff_;
  std::vector<std::unique_ptr<StationQueue<Customer>>> queues_;
  TimerQueue<Wakeup> timers_;
  std::atomic<std::int64_t> remaining_{0};
  std::mutex done_mutex_;
  std::condition_variable_any done_;
  std::stop_source stop_;
  std::atomic<Time> last_left_{0};
};

void Runner::build_agents(trace::Trace& t) {
  for (std::size_t st = 0; st < s_.stations.size(); ++st) {
    queues_.push_back(std::make_unique<StationQueue<Customer>>());
    for (int m = 0; m < s_.stations[st].staff; ++m) {
      StaffThread& me = staff_.emplace_back();
      me.station = static_cast<int>(st);
      me.lane.agent = static_cast<AgentId>(t.agents.size());
      t.agents.push_back({trace::AgentKind::staff, static_cast<std::int16_t>(st), -1, m + 1});
    }
  }
  for (std::size_t g = 0; g < s_.groups.size(); ++g) {
    Time at = 0;
    for (std::int64_t n = 1; n <= s_.groups[g].count; ++n) {
      at += model::arrival_gap(s_, static_cast<int>(g), n);
      Customer c;
      c.group = static_cast<int>(g);
      c.number = n;
      c.arrival = at;
      customers_.push_back(c);
    }
  }
  std::stable_sort(customers_.begin(), customers_.end(),
                   [](const Customer& a, const Customer& b) { return a.arrival < b.arrival; });
  for (Customer& c : customers_) {
    c.track.agent = static_cast<AgentId>(t.agents.size());
    t.agents.push_back(
        {trace::AgentKind::customer, -1, static_cast<std::int16_t>(c.group), c.number});
  }
}

void Runner::leave(Customer& c, SpanBuffer& out, Time t) {
  record_instant(c.track, out, State::done, t, {c.track.agent});
  Time seen = last_left_.load();
  while (seen < t && !last_left_.compare_exchange_weak(seen, t)) {
  }
  if (remaining_.fetch_sub(1) == 1) {
    const std::lock_guard lock(done_mutex_);
    done_.notify_all();
  }
}

void Runner::begin_step(Customer& c, SpanBuffer& out, Time t) {
  const auto& steps = s_.groups[static_cast<std::size_t>(c.group)].steps;
  if (c.step >= steps.size()) {
    leave(c, out, t);
    return;
  }
  const scenario::Step& step = steps[c.step];
  c.rng = model::work_stream(s_, c.group, c.number, static_cast<int>(c.step));
  const auto index = static_cast<std::int16_t>(c.step);
  if (step.station < 0) {
    record(c.track, out, State::own_activity, t, {c.track.agent, -1, -1, index});
    const Time length = model::own_activity_length(step, c.rng);
    timers_.add(time_.to_real(t + length), {&c, false});
    return;
  }
  record(c.track, out, trace::customer_state(JobPhase::queued, step.blocks()), t,
         {c.track.agent, static_cast<std::int16_t>(step.station), -1, index});
  queues_[static_cast<std::size_t>(step.station)]->push(&c);
}

void Runner::finish_step(Customer& c, SpanBuffer& out, Time t) {
  ++c.step;
  begin_step(c, out, t);
}

void Runner::dispatcher(std::stop_token stop, SpanBuffer& out) {
  for (Customer& c : customers_) timers_.add(time_.to_real(c.arrival), {&c, true});
  while (const std::optional<Wakeup> w = timers_.next(stop)) {
    Customer& c = *w->customer;
    const Time t = now();
    if (w->arrival) {
      record_instant(c.track, out, State::arrived, t, {c.track.agent});
      begin_step(c, out, t);
    } else {
      finish_step(c, out, t);
    }
  }
}

void Runner::staff_thread(std::stop_token stop, StaffThread& me) {
  const auto st = static_cast<std::int16_t>(me.station);
  record(me.lane, *me.out, State::idle, now(), {trace::kNoAgent, st});
  StationQueue<Customer>& queue = *queues_[static_cast<std::size_t>(me.station)];
  while (Customer* c = queue.pop(stop, [] {})) {
    serve(*c, me);  // no awaited I/O here: it runs to its end (or to a stop) before returning
    if (stop.stop_requested()) break;
  }
  close(me.lane, *me.out, now());
}

void Runner::event_loop_thread(std::stop_token stop, StaffThread& me) {
  const auto st = static_cast<std::int16_t>(me.station);
  record(me.lane, *me.out, State::idle, now(), {trace::kNoAgent, st});
  StationQueue<Customer>& queue = *queues_[static_cast<std::size_t>(me.station)];
  EventLoop loop;
  me.loop = &loop;
  while (!stop.stop_requested()) {
    // Resumed jobs first, in the order their waits ended; then new jobs from the line.
    if (loop.run_one_ready()) continue;
    if (Customer* c = queue.try_pop()) {
      loop.took_job();
      serve(*c, me);
      continue;
    }
    loop.went_idle(Clock::now());
    queue.wait_until(stop, loop.next_deadline());
  }
  close(me.lane, *me.out, now());
  me.loop = nullptr;
}

// One job at a station, the same for a staff thread and an event loop: the phases in
// order, each moving both lanes. Only awaited I/O on an event loop suspends; everything
// else runs on the calling thread. `at` carries the instant the previous phase ended.
LoopTask Runner::serve(Customer& c, StaffThread& me) {
  const scenario::Step& step = step_of(c);
  const scenario::Station& station = s_.stations[static_cast<std::size_t>(me.station)];
  JobLanes job{
      me.lane,
      c.track,
      *me.out,
      {c.track.agent, static_cast<std::int16_t>(me.station), -1, static_cast<std::int16_t>(c.step)},
      step.blocks()};
  std::optional<Time> at = now();
  if (station.ipc > 0) {  // the job travels to the worker process
    if (!(at = hold(job, JobPhase::io_held, time_.real_ns(station.ipc / 2), *at))) co_return;
  }
  for (const scenario::Phase& phase : step.work) {
    const std::int64_t real = time_.real_ns(random::sample(phase.duration, c.rng));
    if (phase.kind == WorkKind::cpu) {
      at = compute(job, real, me, *at);
    } else if (phase.kind == WorkKind::io && me.loop != nullptr) {
      // Awaited I/O: the loop lets go of the task and serves others meanwhile.
      job.set_customer(JobPhase::awaiting, *at);
      let_go(me, *at);
      const EventLoop::Resumed resumed = co_await me.loop->sleep_for(real);
      if (resumed.waited) job.set_customer(JobPhase::loop_wait, time_.to_sim(resumed.ready_from));
      at = now();
    } else {
      // A thread blocked on I/O, or a blocking call that holds even an event loop.
      at = hold(job, JobPhase::io_held, real, *at);
    }
    if (!at) co_return;  // stopped mid-job: the customer never finishes
  }
  if (station.ipc > 0) {  // the result travels back
    if (!(at = hold(job, JobPhase::io_held, time_.real_ns(station.ipc - station.ipc / 2), *at)))
      co_return;
  }
  let_go(me, *at);
  finish_step(c, *me.out, *at);
}

// The job lets go of its staff member's thread at `t`: idle until the next job (which may
// follow within microseconds). Recorded at `t`, so that a computing span never outlasts
// the GIL it was computing under.
void Runner::let_go(StaffThread& me, Time t) {
  record(me.lane, *me.out, State::idle, t,
         {trace::kNoAgent, static_cast<std::int16_t>(me.station)});
}

// The job waits `real_ns` with its staff member held (blocked on I/O, or ipc).
std::optional<Time> Runner::hold(JobLanes& job, JobPhase phase, std::int64_t real_ns, Time at) {
  job.set(phase, at);
  if (!sleep_for(stop_.get_token(), real_ns)) return std::nullopt;
  return now();
}

// A cpu phase: computes `real_ns` of one core's time. When it ends (nullopt if stopped).
std::optional<Time> Runner::compute(JobLanes& job, std::int64_t real_ns, StaffThread& me, Time at) {
  if (gil_ && s_.needs_gil(me.station)) return compute_under_gil(job, real_ns, me, at);
  job.set(JobPhase::running, at);
  if (!burner_.burn(real_ns, stop_.get_token())) return std::nullopt;
  return now();
}

// Computes holding the GIL, checking between slices whether the longest waiter has waited
// the switch interval; if so the GIL changes hands and this thread joins the back of the
// line. Each running span ends at a time read before the GIL is let go, and begins at one
// read after it was taken, so that no two threads are ever recorded computing at once.
std::optional<Time> Runner::compute_under_gil(JobLanes& job, std::int64_t real_ns, StaffThread& me,
                                              Time at) {
  const std::stop_token stop = stop_.get_token();
  if (!gil_->take_or_join(me.ticket)) {
    job.set(JobPhase::gil_wait, at);
    if (!gil_->wait(me.ticket, stop)) return std::nullopt;
    at = now();
  }
  job.set(JobPhase::running, at);
  bool holding = true;
  const bool done = burner_.burn_in_slices(real_ns, [&]() -> std::int64_t {
    if (stop.stop_requested()) return 0;
    Clock::time_point t = Clock::now();
    if (gil_->must_yield(t) && !gil_->pass_and_join(me.ticket)) {
      job.set(JobPhase::gil_wait, time_.to_sim(t));
      if (!gil_->wait(me.ticket, stop)) {
        holding = false;
        return 0;
      }
      t = Clock::now();
      job.set(JobPhase::running, time_.to_sim(t));
    }
    const std::int64_t until = std::chrono::nanoseconds(gil_->until_check(t)).count();
    return std::clamp<std::int64_t>(until, 1, Burner::kSliceNs);  // a stop is noticed too
  });
  const Time end = now();
  if (holding) gil_->release();
  if (!done) return std::nullopt;
  return end;
}

void Runner::merge(ThreadRun& result, const std::vector<std::unique_ptr<SpanBuffer>>& buffers) {
  const Time end = result.stopped ? now() : last_left_.load();
  for (const auto& b : buffers) {
    for (Span span : b->spans) {
      span.end = std::min(span.end, end);
      if (span.start > end) continue;
      result.trace.spans.push_back(span);
    }
  }
  std::stable_sort(result.trace.spans.begin(), result.trace.spans.end(),
                   [](const Span& a, const Span& b) {
                     return a.start != b.start ? a.start < b.start : a.agent < b.agent;
                   });
  result.trace.end_time = end;
}

ThreadRun Runner::run() {
  ThreadRun result;
  result.trace = model::trace_header(s_);
  build_agents(result.trace);
  remaining_ = static_cast<std::int64_t>(customers_.size());
  std::stop_callback forward(options_.stop, [this] { stop_.request_stop(); });

  std::vector<std::unique_ptr<SpanBuffer>> buffers;
  const std::size_t expected = customers_.size() * 8 + 64;
  auto make_buffer = [&] {
    buffers.push_back(std::make_unique<SpanBuffer>());
    buffers.back()->enabled = options_.record;
    buffers.back()->spans.reserve(std::min<std::size_t>(expected, 1 << 20));
    return buffers.back().get();
  };
  {
    std::vector<std::jthread> threads;
    const std::stop_token token = stop_.get_token();
    try {
      SpanBuffer* dispatch_buffer = make_buffer();
      threads.emplace_back([this, token, dispatch_buffer] { dispatcher(token, *dispatch_buffer); });
      for (StaffThread& me : staff_) {
        me.out = make_buffer();
        StaffThread* p = &me;
        if (s_.stations[static_cast<std::size_t>(me.station)].async) {
          threads.emplace_back([this, token, p] { event_loop_thread(token, *p); });
        } else {
          threads.emplace_back([this, token, p] { staff_thread(token, *p); });
        }
      }
    } catch (const std::system_error& e) {
      // The system allows no more threads: those started stop and join, nothing is measured.
      stop_.request_stop();
      result.failure = "could not start thread " + std::to_string(threads.size() + 1) + " of " +
                       std::to_string(staff_.size() + 1) + " (" + e.what() +
                       "): the system allows no more (see ulimit -u and -v, "
                       "kernel.threads-max, vm.max_map_count); use fewer staff";
      result.stopped = true;
      return result;
    }
    result.threads = threads.size();
    std::unique_lock lock(done_mutex_);
    done_.wait(lock, token, [this] { return remaining_.load() == 0; });
    result.stopped = remaining_.load() != 0;
    stop_.request_stop();
  }  // every thread joins here
  result.wall_time_s = std::chrono::duration<double>(Clock::now() - time_.to_real(0)).count();
  merge(result, buffers);
  result.summary = stats::summarize_trace(result.trace, 0);  // no engine events here
  result.summary.spans = result.trace.spans.size();
  result.summary.seed = s_.seed;
  result.summary.mode = "threads";
  result.summary.wall_time_s = result.wall_time_s;
  result.summary.time_scale = options_.time_scale;
  if (gil_) {
    result.gil_interval =
        static_cast<Time>(static_cast<double>(std::chrono::nanoseconds(gil_->interval()).count()) /
                          options_.time_scale);
    result.gil_hand_overs = gil_->hand_overs();
  }
  return result;
}

}  // namespace

ThreadRun run_threads(const scenario::Scenario& scenario, const ThreadOptions& options) {
  const Calibration calibration = options.calibration ? *options.calibration : Burner::calibrate();
  const CoreCheck cores = options.cores ? *options.cores : check_free_cores(calibration);
  Runner runner(scenario, options, calibration);
  ThreadRun run = runner.run();
  run.calibration = calibration;
  run.cores = cores;
  run.summary.available_cores = cores.available;
  return run;
}

double default_time_scale(Time simulated_end, double real_seconds) {
  if (simulated_end <= 0) return 1.0;
  return real_seconds / to_seconds(simulated_end);
}

std::int64_t gil_interval_real_ns(const scenario::Scenario& scenario, double time_scale) {
  const auto scaled =
      static_cast<std::int64_t>(static_cast<double>(scenario.machine.switch_interval) * time_scale);
  return std::max(scaled, kMinGilIntervalNs);
}

}  // namespace burgers::threads
