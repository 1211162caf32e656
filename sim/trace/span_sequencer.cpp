#include "trace/span_sequencer.hpp"

#include <functional>
#include <queue>
#include <tuple>

namespace burgers::trace {

void SpanSequencer::on_agent(AgentId id, const Agent& agent) {
  if (waiting_.size() <= id) waiting_.resize(id + 1, kNone);
  for (SpanSink* s : sinks_) s->agent(id, agent);
}

void SpanSequencer::advance_to(Time t) {
  if (t > now_) {
    flush();
    now_ = t;
  }
}

void SpanSequencer::on_open(const Track& track) {
  advance_to(track.since);
  waiting_[track.agent] = static_cast<std::uint32_t>(pending_.size());
  pending_.push_back({track.current(), false});
}

void SpanSequencer::on_close(const Track& track, Time end, State /*next*/) {
  advance_to(end);
  const std::uint32_t i = waiting_[track.agent];
  if (i != kNone) {
    // Begun at this very instant: an instant keeps its mark, a lasting state is dropped.
    waiting_[track.agent] = kNone;
    Pending& p = pending_[i];
    p.span.end = end;
    p.dropped = !is_instant(p.span.state);
    return;
  }
  Span span = track.current();
  span.end = end;
  for (SpanSink* s : sinks_) s->end(span);
}

void SpanSequencer::flush() {
  for (const Pending& p : pending_) {
    if (p.dropped) continue;
    waiting_[p.span.agent] = kNone;
    for (SpanSink* s : sinks_) s->begin(p.span);
    if (p.span.end != kOpenEnd) {
      for (SpanSink* s : sinks_) s->end(p.span);
    }
  }
  pending_.clear();
}

void SpanSequencer::finish(Time end_time) {
  // A lasting state begun at the very end would end where it began: it never happened.
  if (end_time <= now_) {
    for (Pending& p : pending_) {
      if (p.span.end == kOpenEnd) p.dropped = true;
    }
  }
  flush();
  for (SpanSink* s : sinks_) s->finish(end_time);
}

void replay(const Trace& trace, SpanSink& sink) {
  for (std::size_t i = 0; i < trace.agents.size(); ++i)
    sink.agent(static_cast<AgentId>(i), trace.agents[i]);
  // Spans under way, by (end, begin order): the earliest end first.
  using Open = std::tuple<Time, std::uint32_t>;
  std::priority_queue<Open, std::vector<Open>, std::greater<>> open;
  auto end_of = [&](const Span& s) { return s.end == kOpenEnd ? trace.end_time : s.end; };
  auto end_until = [&](Time t) {
    while (!open.empty() && std::get<0>(open.top()) <= t) {
      Span s = trace.spans[std::get<1>(open.top())];
      s.end = std::get<0>(open.top());
      open.pop();
      sink.end(s);
    }
  };
  for (std::uint32_t i = 0; i < trace.spans.size(); ++i) {
    const Span& s = trace.spans[i];
    end_until(s.start);
    sink.begin(s);
    if (is_instant(s.state)) {
      sink.end(s);
    } else {
      open.emplace(end_of(s), i);
    }
  }
  end_until(kNever);
  sink.finish(trace.end_time);
}

}  // namespace burgers::trace
