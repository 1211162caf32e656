#pragma once
// trace.perfetto-trace: Perfetto's binary protobuf trace (TrackEvent), a few dozen bytes
// per span where trace.json takes two hundred, written as the spans come (a SpanSink) so
// that a big run never holds its trace. Opens in ui.perfetto.dev and trace_processor.
#include <cstdint>
#include <string>
#include <vector>

#include "export/text_exports.hpp"
#include "trace/span_sequencer.hpp"
#include "trace/trace.hpp"

namespace burgers::exporter {

// Up to this many customers, each has a track of their own ("Customer 17"); beyond, the
// customers inside share reusable lanes, each slice naming its customer, so the viewer
// gets as many tracks as the restaurant ever held people rather than millions.
inline constexpr std::int64_t kPerfettoCustomerTracks = 2000;

class PerfettoWriter final : public trace::SpanSink {
 public:
  // `header`: the run's stations, groups, cores and title (spans are not read).
  // `customers`: how many customers the run will have (picks tracks or lanes).
  PerfettoWriter(const trace::Trace& header, std::int64_t customers, Sink& out);

  void agent(trace::AgentId id, const trace::Agent& agent) override;
  void begin(const trace::Span& span) override;
  void end(const trace::Span& span) override;
  void finish(Time end_time) override;

 private:
  struct AgentTrack {        // kept small: a big run has millions of customers
    std::uint32_t uuid = 0;  // 0: no track yet
    std::uint32_t number = 0;
    trace::AgentKind kind = trace::AgentKind::customer;
    bool open = false;  // a slice is under way on its track
  };
  void write_preamble();
  void write_packet();  // packet_ as one Trace.packet field
  void describe_track(std::uint32_t uuid, std::uint32_t parent, const std::string& name,
                      std::int32_t rank, bool ordered_children);
  void event(Time t, std::uint32_t type, std::uint32_t track, std::uint32_t name_iid,
             std::int64_t customer);
  std::uint32_t name_of(trace::AgentId staff);
  std::uint32_t take_lane();

  const trace::Trace& header_;
  Sink& out_;
  bool lanes_ = false;
  std::vector<AgentTrack> agents_;
  std::vector<std::uint32_t> free_lanes_;  // lane uuids free for the next customer (a heap)
  std::uint32_t next_uuid_ = 0;
  std::int32_t lanes_ranked_ = 0;            // lanes (or customer tracks) made so far
  std::int32_t staff_ranked_ = 0;            // staff tracks made so far
  std::vector<trace::AgentId> core_holder_;  // per core: the staff member on it, or none
  std::vector<std::uint32_t> name_iid_;      // per agent: its interned name (core slices)
  std::uint32_t next_name_iid_ = 0;
  Time last_ = 0;  // timestamp of the last event (timestamps are deltas from it)
  std::string packet_;
  std::string body_;
};

// The whole of a stored trace (threads mode, tests).
void write_perfetto(const trace::Trace& trace, Sink& out);

}  // namespace burgers::exporter
