#include "export/async_sink.hpp"

namespace burgers::exporter {

AsyncSink::AsyncSink(trace::SpanSink& inner) : inner_(inner) {
  batch_.reserve(kBatch);
  worker_ = std::thread([this] { work(); });
}

AsyncSink::~AsyncSink() {
  hand_over();
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  worker_.join();
}

void AsyncSink::push(const Event& e) {
  batch_.push_back(e);
  if (batch_.size() >= kBatch) hand_over();
}

void AsyncSink::hand_over() {
  if (batch_.empty()) return;
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return queue_.size() < kInFlight; });
  queue_.push_back(std::move(batch_));
  batch_ = {};
  batch_.reserve(kBatch);
  lock.unlock();
  changed_.notify_all();
}

void AsyncSink::work() {
  for (;;) {
    std::vector<Event> events;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [this] { return !queue_.empty() || stopping_; });
      if (queue_.empty()) return;
      events = std::move(queue_.front());
      queue_.pop_front();
      busy_ = true;
    }
    changed_.notify_all();
    for (const Event& e : events) {
      switch (e.kind) {
        case Kind::agent:
          inner_.agent(e.span.agent, e.agent);
          break;
        case Kind::begin:
          inner_.begin(e.span);
          break;
        case Kind::end:
          inner_.end(e.span);
          break;
        case Kind::finish:
          inner_.finish(e.span.end);
          break;
      }
    }
    {
      std::lock_guard lock(mutex_);
      busy_ = false;
    }
    changed_.notify_all();
  }
}

void AsyncSink::agent(trace::AgentId id, const trace::Agent& agent) {
  trace::Span s;
  s.agent = id;
  push({Kind::agent, s, agent});
}

void AsyncSink::begin(const trace::Span& span) {
  push({Kind::begin, span, {}});
}

void AsyncSink::end(const trace::Span& span) {
  push({Kind::end, span, {}});
}

void AsyncSink::finish(Time end_time) {
  trace::Span s;
  s.end = end_time;
  push({Kind::finish, s, {}});
  hand_over();
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return queue_.empty() && !busy_; });
}

}  // namespace burgers::exporter
