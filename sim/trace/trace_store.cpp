#include "trace/trace_store.hpp"

namespace burgers::trace {

void TraceStore::agent(AgentId id, const Agent& agent) {
  if (trace_.agents.size() <= id) trace_.agents.resize(id + 1);
  trace_.agents[id] = agent;
  if (open_.size() <= id) open_.resize(id + 1);
}

void TraceStore::begin(const Span& span) {
  open_[span.agent] = static_cast<std::uint32_t>(trace_.spans.size());
  trace_.spans.push_back(span);
}

void TraceStore::end(const Span& span) {
  trace_.spans[open_[span.agent]].end = span.end;
  if (span.end > trace_.end_time) trace_.end_time = span.end;
}

void TraceStore::finish(Time end_time) {
  trace_.end_time = end_time;
  for (Span& span : trace_.spans) {
    if (span.end == kOpenEnd) span.end = end_time;
  }
}

}  // namespace burgers::trace
