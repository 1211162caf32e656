// trace.perfetto-trace in Perfetto's TrackEvent format, encoded by hand (see protobuf.hpp).
// Field numbers are those of Perfetto's published protos (protos/perfetto/trace/...):
// Trace.packet 1; TracePacket: timestamp 8, trusted_packet_sequence_id 10, track_event 11,
// interned_data 12, sequence_flags 13, clock_snapshot 6, trace_packet_defaults 59,
// track_descriptor 60; TrackEvent: type 9, track_uuid 11, name_iid 10, debug_annotations 4.
// One packet sequence; its clock 64 counts nanoseconds incrementally, so each timestamp is
// the delta from the previous event; event and annotation names are interned once.
#include "export/perfetto_writer.hpp"

#include <algorithm>
#include <functional>

#include "export/protobuf.hpp"

namespace burgers::exporter {

namespace {

using namespace proto;

constexpr std::uint32_t kSequence = 1;
constexpr std::uint32_t kClock = 64;  // a sequence-scoped clock, incremental
constexpr std::uint32_t kBootTime = 6;
constexpr std::uint32_t kStateCleared = 1, kNeedsState = 2;
constexpr std::uint32_t kSliceBegin = 1, kSliceEnd = 2;
constexpr std::uint32_t kExplicitOrder = 3;
constexpr std::uint32_t kCustomerAnnotation = 1;  // interned debug annotation name
constexpr std::uint32_t kStaffGroup = 1, kCoreGroup = 2, kCustomerGroup = 3;

std::uint32_t state_iid(trace::State s) {
  return static_cast<std::uint32_t>(s) + 1;
}

// InternedData.event_names entry: EventName { iid 1, name 2 }.
void intern(std::string& interned, std::uint32_t field, std::uint32_t iid, std::string_view name) {
  std::string entry;
  uint_field(entry, 1, iid);
  bytes_field(entry, 2, name);
  bytes_field(interned, field, entry);
}

}  // namespace

PerfettoWriter::PerfettoWriter(const trace::Trace& header, std::int64_t customers, Sink& out)
    : header_(header), out_(out), lanes_(customers > kPerfettoCustomerTracks) {
  next_uuid_ = 4 + static_cast<std::uint32_t>(std::max(header.cores, 0));
  core_holder_.assign(static_cast<std::size_t>(std::max(header.cores, 0)), trace::kNoAgent);
  next_name_iid_ = static_cast<std::uint32_t>(trace::kStateCount) + 1;
  write_preamble();
}

void PerfettoWriter::write_packet() {
  body_.clear();
  bytes_field(body_, 1, packet_);
  out_.write(body_);
}

void PerfettoWriter::write_preamble() {
  // Incremental state: the sequence's default clock and the interned names.
  packet_.clear();
  uint_field(packet_, 10, kSequence);
  uint_field(packet_, 13, kStateCleared | kNeedsState);
  std::string defaults;
  uint_field(defaults, 58, kClock);
  bytes_field(packet_, 59, defaults);
  std::string interned;
  for (int i = 0; i < trace::kStateCount; ++i) {
    const auto s = static_cast<trace::State>(i);
    intern(interned, 2, state_iid(s), trace::state_name(s));
  }
  intern(interned, 3, kCustomerAnnotation, "customer");
  bytes_field(packet_, 12, interned);
  write_packet();
  // Clock 64 starts at 0 with the trace's clock and counts deltas from there.
  packet_.clear();
  uint_field(packet_, 10, kSequence);
  std::string snapshot;
  std::string clock;
  uint_field(clock, 1, kBootTime);
  uint_field(clock, 2, 0);
  bytes_field(snapshot, 1, clock);
  clock.clear();
  uint_field(clock, 1, kClock);
  uint_field(clock, 2, 0);
  uint_field(clock, 3, 1);  // is_incremental
  bytes_field(snapshot, 1, clock);
  uint_field(snapshot, 2, kBootTime);  // primary_trace_clock
  bytes_field(packet_, 6, snapshot);
  write_packet();
  describe_track(kStaffGroup, 0, "Staff", 0, true);
  if (header_.cores > 0) {
    describe_track(kCoreGroup, 0, "Cores", 1, true);
    for (int c = 0; c < header_.cores; ++c) {
      describe_track(4 + static_cast<std::uint32_t>(c), kCoreGroup, "Core " + std::to_string(c + 1),
                     c, false);
    }
  }
  describe_track(kCustomerGroup, 0, lanes_ ? "Customers (lanes)" : "Customers", 2, true);
}

void PerfettoWriter::describe_track(std::uint32_t uuid, std::uint32_t parent,
                                    const std::string& name, std::int32_t rank,
                                    bool ordered_children) {
  std::string td;
  uint_field(td, 1, uuid);
  if (parent != 0) uint_field(td, 5, parent);
  bytes_field(td, 2, name);
  if (ordered_children) uint_field(td, 11, kExplicitOrder);
  int_field(td, 12, rank);
  packet_.clear();
  bytes_field(packet_, 60, td);
  write_packet();
}

namespace {

// Events are most of the file: encoded straight into a small buffer, no strings.
char* put_varint(char* at, std::uint64_t v) {
  while (v >= 0x80) {
    *at++ = static_cast<char>((v & 0x7f) | 0x80);
    v >>= 7;
  }
  *at++ = static_cast<char>(v);
  return at;
}

}  // namespace

void PerfettoWriter::event(Time t, std::uint32_t type, std::uint32_t track, std::uint32_t name_iid,
                           std::int64_t customer) {
  // TrackEvent { type 9, track_uuid 11, name_iid 10, debug_annotations 4 { name_iid 1,
  // int_value 4 } }: under 40 bytes, so every length below fits in one byte.
  char te[48];
  char* at = te;
  *at++ = static_cast<char>(9 << 3);
  at = put_varint(at, type);
  *at++ = static_cast<char>(11 << 3);
  at = put_varint(at, track);
  if (name_iid != 0) {
    *at++ = static_cast<char>(10 << 3);
    at = put_varint(at, name_iid);
  }
  if (customer > 0) {
    char annotation[16];
    char* a = annotation;
    *a++ = static_cast<char>(1 << 3);
    a = put_varint(a, kCustomerAnnotation);
    *a++ = static_cast<char>(4 << 3);
    a = put_varint(a, static_cast<std::uint64_t>(customer));
    *at++ = static_cast<char>((4 << 3) | 2);
    *at++ = static_cast<char>(a - annotation);
    at = std::copy(annotation, a, at);
  }
  // TracePacket { timestamp 8 (delta), trusted_packet_sequence_id 10, track_event 11 }.
  char packet[80];
  char* p = packet + 2;  // room for Trace.packet's tag and length (one byte: under 128)
  *p++ = static_cast<char>(8 << 3);
  p = put_varint(p, static_cast<std::uint64_t>(t - last_));
  last_ = t;
  *p++ = static_cast<char>(10 << 3);
  p = put_varint(p, kSequence);
  *p++ = static_cast<char>((11 << 3) | 2);
  *p++ = static_cast<char>(at - te);
  p = std::copy(te, at, p);
  packet[0] = static_cast<char>((1 << 3) | 2);
  packet[1] = static_cast<char>(p - packet - 2);
  out_.write(std::string_view(packet, static_cast<std::size_t>(p - packet)));
}

void PerfettoWriter::agent(trace::AgentId id, const trace::Agent& agent) {
  if (agents_.size() <= id) agents_.resize(id + 1);
  AgentTrack& a = agents_[id];
  a.kind = agent.kind;
  a.number = static_cast<std::uint32_t>(agent.number);
  if (agent.kind == trace::AgentKind::staff) {
    a.uuid = next_uuid_++;
    describe_track(a.uuid, kStaffGroup, header_.agent_name(agent), staff_ranked_++, false);
  } else if (agent.kind == trace::AgentKind::customer && !lanes_) {
    a.uuid = next_uuid_++;
    describe_track(a.uuid, kCustomerGroup, header_.agent_name(agent), lanes_ranked_++, false);
  }
  if (agent.kind == trace::AgentKind::staff && header_.cores > 0) {
    // Named on the core tracks: intern the staff member's name now.
    if (name_iid_.size() <= id) name_iid_.resize(id + 1, 0);
    name_iid_[id] = next_name_iid_++;
    std::string interned;
    intern(interned, 2, name_iid_[id], header_.agent_name(agent));
    packet_.clear();
    uint_field(packet_, 10, kSequence);
    uint_field(packet_, 13, kNeedsState);
    bytes_field(packet_, 12, interned);
    write_packet();
  }
}

std::uint32_t PerfettoWriter::take_lane() {
  if (!free_lanes_.empty()) {
    std::pop_heap(free_lanes_.begin(), free_lanes_.end(), std::greater<>());
    const std::uint32_t lane = free_lanes_.back();
    free_lanes_.pop_back();
    return lane;
  }
  const std::uint32_t lane = next_uuid_++;
  describe_track(lane, kCustomerGroup, "Lane " + std::to_string(lanes_ranked_ + 1), lanes_ranked_,
                 false);
  ++lanes_ranked_;
  return lane;
}

void PerfettoWriter::begin(const trace::Span& s) {
  if (s.agent >= agents_.size()) return;
  AgentTrack& a = agents_[s.agent];
  if (trace::is_instant(s.state)) {
    // Arrival and leaving are where a customer's slices begin and end: no event of their
    // own, but in lanes they take and give back the lane.
    if (!lanes_ || a.kind != trace::AgentKind::customer) return;
    if (s.state == trace::State::arrived && a.uuid == 0) a.uuid = take_lane();
    if (s.state == trace::State::done && a.uuid != 0) {
      free_lanes_.push_back(a.uuid);
      std::push_heap(free_lanes_.begin(), free_lanes_.end(), std::greater<>());
      a.uuid = 0;
    }
    return;
  }
  if (a.uuid == 0) a.uuid = take_lane();  // a customer seen without an arrival (replays)
  std::int64_t customer = 0;
  if (a.kind == trace::AgentKind::staff && s.customer < agents_.size()) {
    customer = agents_[s.customer].number;
  } else if (a.kind == trace::AgentKind::customer && lanes_) {
    customer = a.number;
  }
  event(s.start, kSliceBegin, a.uuid, state_iid(s.state), customer);
  a.open = true;
  if (s.core >= 0 && static_cast<std::size_t>(s.core) < core_holder_.size() &&
      a.kind == trace::AgentKind::staff) {
    core_holder_[static_cast<std::size_t>(s.core)] = s.agent;
    event(s.start, kSliceBegin, 4 + static_cast<std::uint32_t>(s.core), name_iid_[s.agent], 0);
  }
}

void PerfettoWriter::end(const trace::Span& s) {
  if (s.agent >= agents_.size() || trace::is_instant(s.state)) return;
  AgentTrack& a = agents_[s.agent];
  if (!a.open) return;
  event(s.end, kSliceEnd, a.uuid, 0, 0);
  a.open = false;
  if (s.core >= 0 && static_cast<std::size_t>(s.core) < core_holder_.size() &&
      core_holder_[static_cast<std::size_t>(s.core)] == s.agent) {
    core_holder_[static_cast<std::size_t>(s.core)] = trace::kNoAgent;
    event(s.end, kSliceEnd, 4 + static_cast<std::uint32_t>(s.core), 0, 0);
  }
}

void PerfettoWriter::finish(Time end_time) {
  for (AgentTrack& a : agents_) {
    if (!a.open) continue;
    event(end_time, kSliceEnd, a.uuid, 0, 0);
    a.open = false;
  }
  for (std::size_t c = 0; c < core_holder_.size(); ++c) {
    if (core_holder_[c] == trace::kNoAgent) continue;
    event(end_time, kSliceEnd, 4 + static_cast<std::uint32_t>(c), 0, 0);
    core_holder_[c] = trace::kNoAgent;
  }
}

void write_perfetto(const trace::Trace& trace, Sink& out) {
  std::int64_t customers = 0;
  for (const trace::Agent& a : trace.agents) customers += a.kind == trace::AgentKind::customer;
  PerfettoWriter writer(trace, customers, out);
  trace::replay(trace, writer);
}

}  // namespace burgers::exporter
