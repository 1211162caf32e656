#include "trace/trace_store.hpp"

namespace burgers::trace {

void TraceStore::OpenSpans::set(AgentId agent, std::uint32_t span) {
  const std::size_t page = agent >> kPageBits;
  if (pages_.size() <= page) pages_.resize(page + 1);
  if (!pages_[page]) pages_[page] = std::make_unique<Page>();
  pages_[page]->span[agent & (kPageSize - 1)] = span;
}

std::uint32_t TraceStore::OpenSpans::take(AgentId agent, bool left) {
  std::unique_ptr<Page>& page = pages_[agent >> kPageBits];
  const std::uint32_t span = page->span[agent & (kPageSize - 1)];
  if (left && ++page->left == kPageSize) page.reset();  // every agent of the page has left
  return span;
}

void TraceStore::agent(AgentId id, const Agent& agent) {
  if (trace_.agents.size() <= id) trace_.agents.resize(id + 1);
  trace_.agents[id] = agent;
}

void TraceStore::begin(const Span& span) {
  open_.set(span.agent, static_cast<std::uint32_t>(trace_.spans.size()));
  trace_.spans.push_back(span);
}

void TraceStore::end(const Span& span) {
  trace_.spans[open_.take(span.agent, span.state == State::done)].end = span.end;
  if (span.end > trace_.end_time) trace_.end_time = span.end;
}

void TraceStore::finish(Time end_time) {
  trace_.end_time = end_time;
  for (Span& span : trace_.spans) {
    if (span.end == kOpenEnd) span.end = end_time;
  }
}

}  // namespace burgers::trace
