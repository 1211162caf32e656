#include "threads/thread_runner.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <coroutine>
#include <memory>
#include <mutex>
#include <queue>
#include <system_error>
#include <thread>
#include <vector>

#include "model/journey.hpp"
#include "stats/summarize.hpp"
#include "threads/event_loop.hpp"
#include "threads/span_buffer.hpp"
#include "threads/station_queue.hpp"

namespace burgers::threads {

namespace {

using Clock = std::chrono::steady_clock;
using trace::AgentId;
using trace::Span;
using trace::State;

// A customer in threads mode. Only one thread handles a customer at a time: the hand-offs
// go through mutex-guarded queues, which order every access.
struct Customer {
  AgentId agent = trace::kNoAgent;
  int group = 0;
  std::int64_t number = 0;
  Time arrival = 0;  // when the simulation lets them in (the dispatcher follows it)
  std::size_t step = 0;
  std::uint8_t phase = 0;
  random::Stream rng;
  Span open;  // the customer's current span, closed by whichever thread changes it
  bool has_open = false;
};

// A staff member's lane: like trace::Recorder::change, a state continues while it and
// its customer stay the same.
class Lane {
 public:
  Lane(AgentId agent, SpanBuffer& buffer) : agent_(agent), buffer_(buffer) {}
  void change(State s, Time t, AgentId customer = trace::kNoAgent, std::int16_t station = -1,
              std::int16_t step = -1) {
    if (open_ && span_.state == s && span_.customer == customer) return;
    close(t);
    span_ = Span{t, trace::kOpenEnd, agent_, customer, station, -1, step, s};
    open_ = true;
  }
  void close(Time t) {
    if (!open_) return;
    span_.end = t;
    buffer_.add(span_);
    open_ = false;
  }

 private:
  AgentId agent_;
  SpanBuffer& buffer_;
  Span span_;
  bool open_ = false;
};

void change_customer(Customer& c, SpanBuffer& buffer, State s, Time t, std::int16_t station = -1,
                     std::int16_t step = -1) {
  if (c.has_open) {
    c.open.end = t;
    buffer.add(c.open);
  }
  c.open = Span{t, trace::kOpenEnd, c.agent, c.agent, station, -1, step, s};
  c.has_open = true;
}

void instant(Customer& c, SpanBuffer& buffer, State s, Time t) {
  change_customer(c, buffer, s, t);
  c.open.end = t;
  buffer.add(c.open);
  c.has_open = false;
}

// The dispatcher's timers: arrivals, and the ends of own activities.
class Timers {
 public:
  struct Entry {
    Clock::time_point due;
    std::uint64_t seq;
    Customer* customer;
    bool arrival;
    bool operator>(const Entry& o) const { return due != o.due ? due > o.due : seq > o.seq; }
  };
  void add(Clock::time_point due, Customer* c, bool arrival) {
    {
      const std::lock_guard lock(mutex_);
      heap_.push({due, seq_++, c, arrival});
    }
    changed_.notify_one();
  }
  // The next entry once it is due; nullopt when stopped.
  std::optional<Entry> next(std::stop_token stop) {
    std::unique_lock lock(mutex_);
    for (;;) {
      if (stop.stop_requested()) return std::nullopt;
      if (!heap_.empty() && heap_.top().due <= Clock::now()) {
        Entry e = heap_.top();
        heap_.pop();
        return e;
      }
      if (heap_.empty()) {
        changed_.wait(lock, stop, [this] { return !heap_.empty(); });
      } else {
        const auto due = heap_.top().due;
        changed_.wait_until(lock, stop, due,
                            [this, due] { return !heap_.empty() && heap_.top().due < due; });
      }
    }
  }

 private:
  std::mutex mutex_;
  std::condition_variable_any changed_;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap_;
  std::uint64_t seq_ = 0;
};

// Sleeps for `real_ns`, waking early if the run stops.
void sleep_for(std::stop_token stop, std::int64_t real_ns) {
  std::mutex m;
  std::condition_variable_any cv;
  std::unique_lock lock(m);
  cv.wait_for(lock, stop, std::chrono::nanoseconds(real_ns), [] { return false; });
}

class Runner {
 public:
  Runner(const scenario::Scenario& s, const ThreadOptions& o, const Calibration& c)
      : s_(s),
        options_(o),
        calibration_(c),
        burner_(c),
        time_(Clock::now() + std::chrono::milliseconds(30), o.time_scale) {}
  ThreadRun run();

 private:
  void build_agents(trace::Trace& t);
  void dispatcher(std::stop_token stop, SpanBuffer& buffer);
  void staff(std::stop_token stop, int station, AgentId agent, SpanBuffer& buffer);
  void event_loop(std::stop_token stop, int station, AgentId agent, SpanBuffer& buffer);
  LoopTask serve_async(Customer& c, EventLoop& loop, Lane& lane, SpanBuffer& buffer, int station);
  void begin_step(Customer& c, SpanBuffer& buffer, Time t);
  void finish_step(Customer& c, SpanBuffer& buffer, Time t);
  void leave(Customer& c, SpanBuffer& buffer, Time t);

  const scenario::Scenario& s_;
  const ThreadOptions& options_;
  Calibration calibration_;
  Burner burner_;
  TimeBase time_;
  std::vector<Customer> customers_;
  std::vector<AgentId> staff_agents_;
  std::vector<std::unique_ptr<StationQueue<Customer>>> queues_;
  Timers timers_;
  std::atomic<std::int64_t> remaining_{0};
  std::mutex done_mutex_;
  std::condition_variable_any done_;
  std::stop_source stop_;
  std::atomic<Time> last_left_{0};
};

void Runner::build_agents(trace::Trace& t) {
  for (std::size_t st = 0; st < s_.stations.size(); ++st) {
    for (int m = 0; m < s_.stations[st].staff; ++m) {
      staff_agents_.push_back(static_cast<AgentId>(t.agents.size()));
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
    c.agent = static_cast<AgentId>(t.agents.size());
    t.agents.push_back(
        {trace::AgentKind::customer, -1, static_cast<std::int16_t>(c.group), c.number});
  }
}

void Runner::leave(Customer& c, SpanBuffer& buffer, Time t) {
  instant(c, buffer, State::done, t);
  Time seen = last_left_.load();
  while (seen < t && !last_left_.compare_exchange_weak(seen, t)) {
  }
  if (remaining_.fetch_sub(1) == 1) {
    const std::lock_guard lock(done_mutex_);
    done_.notify_all();
  }
}

void Runner::begin_step(Customer& c, SpanBuffer& buffer, Time t) {
  const auto& steps = s_.groups[static_cast<std::size_t>(c.group)].steps;
  if (c.step >= steps.size()) {
    leave(c, buffer, t);
    return;
  }
  const scenario::Step& step = steps[c.step];
  c.rng = model::work_stream(s_, c.group, c.number, static_cast<int>(c.step));
  c.phase = 0;
  const auto index = static_cast<std::int16_t>(c.step);
  if (step.station < 0) {
    change_customer(c, buffer, State::own_activity, t, -1, index);
    const Time length = model::own_activity_length(step, c.rng);
    timers_.add(Clock::now() + std::chrono::nanoseconds(time_.real_ns(length)), &c, false);
    return;
  }
  const State queued =
      step.customer == scenario::CustomerMode::blocked ? State::queued_blocked : State::queued_free;
  change_customer(c, buffer, queued, t, static_cast<std::int16_t>(step.station), index);
  queues_[static_cast<std::size_t>(step.station)]->push(&c);
}

void Runner::finish_step(Customer& c, SpanBuffer& buffer, Time t) {
  ++c.step;
  begin_step(c, buffer, t);
}

void Runner::dispatcher(std::stop_token stop, SpanBuffer& buffer) {
  for (Customer& c : customers_) timers_.add(time_.to_real(c.arrival), &c, true);
  while (auto entry = timers_.next(stop)) {
    Customer& c = *entry->customer;
    const Time t = time_.now();
    if (entry->arrival) {
      instant(c, buffer, State::arrived, t);
      begin_step(c, buffer, t);
    } else {
      finish_step(c, buffer, t);
    }
  }
}

void Runner::staff(std::stop_token stop, int station, AgentId agent, SpanBuffer& buffer) {
  Lane lane(agent, buffer);
  const auto st = static_cast<std::int16_t>(station);
  lane.change(State::idle, time_.now(), trace::kNoAgent, st);
  StationQueue<Customer>& queue = *queues_[static_cast<std::size_t>(station)];
  while (Customer* c =
             queue.pop(stop, [&] { lane.change(State::idle, time_.now(), trace::kNoAgent, st); })) {
    const scenario::Step& step = s_.groups[static_cast<std::size_t>(c->group)].steps[c->step];
    const auto index = static_cast<std::int16_t>(c->step);
    const State served = step.customer == scenario::CustomerMode::blocked ? State::served_blocked
                                                                          : State::served_free;
    change_customer(*c, buffer, served, time_.now(), st, index);
    for (const scenario::Phase& phase : step.work) {
      const std::int64_t real = time_.real_ns(random::sample(phase.duration, c->rng));
      if (phase.kind == scenario::WorkKind::cpu) {
        lane.change(State::busy, time_.now(), c->agent, st, index);
        burner_.burn(real, stop);
      } else {
        lane.change(State::io_wait, time_.now(), c->agent, st, index);
        sleep_for(stop, real);
      }
      if (stop.stop_requested()) break;
    }
    if (stop.stop_requested()) break;  // stopped mid-job: the customer never finishes
    finish_step(*c, buffer, time_.now());
  }
  lane.close(time_.now());
}

LoopTask Runner::serve_async(Customer& c, EventLoop& loop, Lane& lane, SpanBuffer& buffer,
                             int station) {
  const scenario::Step& step = s_.groups[static_cast<std::size_t>(c.group)].steps[c.step];
  const auto st = static_cast<std::int16_t>(station);
  const auto index = static_cast<std::int16_t>(c.step);
  const State served =
      step.customer == scenario::CustomerMode::blocked ? State::served_blocked : State::served_free;
  change_customer(c, buffer, served, time_.now(), st, index);
  for (const scenario::Phase& phase : step.work) {
    const std::int64_t real = time_.real_ns(random::sample(phase.duration, c.rng));
    if (phase.kind == scenario::WorkKind::cpu) {
      lane.change(State::busy, time_.now(), c.agent, st, index);
      if (!burner_.burn(real, stop_.get_token())) co_return;
    } else if (phase.kind == scenario::WorkKind::block) {
      lane.change(State::io_wait, time_.now(), c.agent, st, index);
      sleep_for(stop_.get_token(), real);  // a blocking call: the loop waits with it
      if (stop_.stop_requested()) co_return;
    } else {
      co_await loop.sleep_for(real);  // the loop serves others meanwhile
    }
  }
  finish_step(c, buffer, time_.now());
}

void Runner::event_loop(std::stop_token stop, int station, AgentId agent, SpanBuffer& buffer) {
  Lane lane(agent, buffer);
  const auto st = static_cast<std::int16_t>(station);
  lane.change(State::idle, time_.now(), trace::kNoAgent, st);
  StationQueue<Customer>& queue = *queues_[static_cast<std::size_t>(station)];
  EventLoop loop;
  while (!stop.stop_requested()) {
    // Resumed jobs first, in the order their waits ended; then new jobs from the line.
    if (loop.run_one_ready()) continue;
    if (Customer* c = queue.try_pop()) {
      serve_async(*c, loop, lane, buffer, station);
      continue;
    }
    lane.change(State::idle, time_.now(), trace::kNoAgent, st);
    queue.wait_until(stop, loop.next_deadline());
  }
  lane.close(time_.now());
}

ThreadRun Runner::run() {
  ThreadRun result;
  result.trace = model::trace_header(s_);
  build_agents(result.trace);
  for (const scenario::Station& st : s_.stations) {
    (void)st;
    queues_.push_back(std::make_unique<StationQueue<Customer>>());
  }
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
      std::size_t agent = 0;
      for (std::size_t st = 0; st < s_.stations.size(); ++st) {
        for (int m = 0; m < s_.stations[st].staff; ++m) {
          SpanBuffer* buffer = make_buffer();
          const AgentId id = staff_agents_[agent++];
          const int station = static_cast<int>(st);
          if (s_.stations[st].async) {
            threads.emplace_back(
                [this, token, station, id, buffer] { event_loop(token, station, id, *buffer); });
          } else {
            threads.emplace_back(
                [this, token, station, id, buffer] { staff(token, station, id, *buffer); });
          }
        }
      }
    } catch (const std::system_error& e) {
      // The system allows no more threads: those started stop and join, nothing is measured.
      stop_.request_stop();
      result.failure = "could not start thread " + std::to_string(threads.size() + 1) + " of " +
                       std::to_string(staff_agents_.size() + 1) + " (" + e.what() +
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

  const Time end = result.stopped ? time_.now() : last_left_.load();
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
  result.summary = stats::summarize_trace(result.trace, result.trace.spans.size());
  result.summary.seed = s_.seed;
  result.summary.mode = "threads";
  result.summary.wall_time_s = result.wall_time_s;
  result.summary.time_scale = options_.time_scale;
  result.calibration = calibration_;
  return result;
}

}  // namespace

ThreadRun run_threads(const scenario::Scenario& scenario, const ThreadOptions& options) {
  const Calibration calibration = options.calibration ? *options.calibration : Burner::calibrate();
  Runner runner(scenario, options, calibration);
  return runner.run();
}

double default_time_scale(Time simulated_end, double real_seconds) {
  if (simulated_end <= 0) return 1.0;
  return real_seconds / to_seconds(simulated_end);
}

}  // namespace burgers::threads
