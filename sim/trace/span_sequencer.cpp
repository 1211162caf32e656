#include "trace/span_sequencer.hpp"

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

void SpanSequencer::on_close(const Track& track, Time end) {
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

}  // namespace burgers::trace
