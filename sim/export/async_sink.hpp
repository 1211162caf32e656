#pragma once
// AsyncSink: runs a span sink on a thread of its own. Events are passed on in batches, in
// the order they came, so the wrapped sink writes exactly what it would have written on
// the run's thread; a big run's files are then formatted on the second core while the
// simulation goes on. Include where streamed outputs are set up.
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "trace/span_sequencer.hpp"

namespace burgers::exporter {

class AsyncSink final : public trace::SpanSink {
 public:
  explicit AsyncSink(trace::SpanSink& inner);
  // Waits for every event to reach the wrapped sink.
  ~AsyncSink() override;
  AsyncSink(const AsyncSink&) = delete;
  AsyncSink& operator=(const AsyncSink&) = delete;

  void agent(trace::AgentId id, const trace::Agent& agent) override;
  void begin(const trace::Span& span) override;
  void end(const trace::Span& span) override;
  // Passes the finish on and returns once the wrapped sink has handled everything.
  void finish(Time end_time) override;

 private:
  enum class Kind : std::uint8_t { agent, begin, end, finish };
  struct Event {
    Kind kind;
    trace::Span span;    // begin, end; finish: span.end is the end time; agent: span.agent
    trace::Agent agent;  // agent
  };
  static constexpr std::size_t kBatch = 1 << 14;
  static constexpr std::size_t kInFlight = 4;  // batches waiting, at most

  void push(const Event& e);
  void hand_over();
  void work();

  trace::SpanSink& inner_;
  std::vector<Event> batch_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::vector<Event>> queue_;
  bool busy_ = false;
  bool stopping_ = false;
  std::thread worker_;
};

}  // namespace burgers::exporter
