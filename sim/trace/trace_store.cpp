#include "trace/recorder.hpp"

namespace burgers::trace {

void TraceStore::on_agent(AgentId id, const Agent& agent) {
  if (trace_.agents.size() <= id) trace_.agents.resize(id + 1);
  trace_.agents[id] = agent;
  if (open_.size() <= id) open_.resize(id + 1);
}

void TraceStore::on_open(const Track& track) {
  open_[track.agent] = static_cast<std::uint32_t>(trace_.spans.size());
  trace_.spans.push_back(track.current());
}

void TraceStore::on_close(const Track& track, Time end, State /*next*/) {
  trace_.spans[open_[track.agent]].end = end;
  if (end > trace_.end_time) trace_.end_time = end;
}

}  // namespace burgers::trace
