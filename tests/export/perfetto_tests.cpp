// trace.perfetto-trace decoded by a reader of our own against Perfetto's published field
// numbers (protos/perfetto/trace/trace_packet.proto, track_event/*.proto, clock_snapshot,
// interned_data): every lasting span of the run comes back as one slice with its state's
// name, on its agent's track, at the exact nanoseconds.
#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "export/perfetto_writer.hpp"
#include "export/text_exports.hpp"
#include "run/simulation.hpp"
#include "support/scenario_builder.hpp"

using namespace burgers;

namespace {

// A protobuf message as (field, wire type, varint value or bytes), in order.
struct Field {
  std::uint32_t number = 0;
  std::uint32_t wire = 0;
  std::uint64_t value = 0;
  std::string_view bytes;
};

std::uint64_t read_varint(std::string_view& in) {
  std::uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    REQUIRE_FALSE(in.empty());
    const auto byte = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) return v;
  }
  FAIL("varint longer than 10 bytes");
  return 0;
}

std::vector<Field> decode(std::string_view in) {
  std::vector<Field> out;
  while (!in.empty()) {
    const std::uint64_t key = read_varint(in);
    Field f;
    f.number = static_cast<std::uint32_t>(key >> 3);
    f.wire = static_cast<std::uint32_t>(key & 7);
    if (f.wire == 0) {
      f.value = read_varint(in);
    } else if (f.wire == 2) {
      const std::uint64_t n = read_varint(in);
      REQUIRE(n <= in.size());
      f.bytes = in.substr(0, n);
      in.remove_prefix(n);
    } else {
      FAIL("unexpected wire type " << f.wire);
    }
    out.push_back(f);
  }
  return out;
}

const Field* find(const std::vector<Field>& m, std::uint32_t number) {
  for (const Field& f : m)
    if (f.number == number) return &f;
  return nullptr;
}

struct Slice {
  std::string track;
  std::string name;
  Time start = 0, end = 0;
  std::int64_t customer = 0;
  bool operator<(const Slice& o) const {
    return std::tie(track, start, name) < std::tie(o.track, o.start, o.name);
  }
};

struct Decoded {
  std::map<std::uint64_t, std::string> track_names;
  std::map<std::uint64_t, std::uint64_t> parents;
  std::vector<Slice> slices;
  std::size_t packets = 0;
};

// Reads the file as Perfetto's trace processor would for what we write.
Decoded read_perfetto(const std::string& file) {
  Decoded d;
  std::map<std::uint64_t, std::string> names;  // interned event names
  std::map<std::uint64_t, Slice> open;         // per track
  bool clock_incremental = false;
  bool default_clock_set = false;
  Time now = 0;
  for (const Field& p : decode(file)) {
    REQUIRE(p.number == 1);  // Trace.packet
    ++d.packets;
    const auto packet = decode(p.bytes);
    if (const Field* defaults = find(packet, 59)) {
      const auto fields = decode(defaults->bytes);
      REQUIRE(find(fields, 58) != nullptr);
      CHECK(find(fields, 58)->value == 64);
      default_clock_set = true;
    }
    if (const Field* interned = find(packet, 12)) {
      for (const Field& e : decode(interned->bytes)) {
        if (e.number != 2) continue;  // event_names
        const auto entry = decode(e.bytes);
        names[find(entry, 1)->value] = std::string(find(entry, 2)->bytes);
      }
    }
    if (const Field* snapshot = find(packet, 6)) {
      for (const Field& c : decode(snapshot->bytes)) {
        if (c.number != 1) continue;
        const auto clock = decode(c.bytes);
        if (find(clock, 1)->value == 64)
          clock_incremental = find(clock, 3) && find(clock, 3)->value;
      }
    }
    if (const Field* td = find(packet, 60)) {
      const auto fields = decode(td->bytes);
      const std::uint64_t uuid = find(fields, 1)->value;
      d.track_names[uuid] = std::string(find(fields, 2)->bytes);
      if (const Field* parent = find(fields, 5)) d.parents[uuid] = parent->value;
    }
    const Field* te = find(packet, 11);
    if (te == nullptr) continue;
    REQUIRE(default_clock_set);
    REQUIRE(clock_incremental);
    REQUIRE(find(packet, 10) != nullptr);  // on the sequence that owns the clock and names
    now += static_cast<Time>(find(packet, 8)->value);
    const auto event = decode(te->bytes);
    const std::uint64_t track = find(event, 11)->value;
    REQUIRE(d.track_names.count(track) == 1);  // described before use
    const std::uint64_t type = find(event, 9)->value;
    if (type == 1) {
      INFO(d.track_names[track] << " at " << now);
      REQUIRE(open.count(track) == 0);  // slices on one track never overlap
      Slice s;
      s.track = d.track_names[track];
      s.name = names.at(find(event, 10)->value);
      s.start = now;
      if (const Field* a = find(event, 4))
        s.customer = static_cast<std::int64_t>(find(decode(a->bytes), 4)->value);
      open[track] = s;
    } else {
      REQUIRE(type == 2);
      REQUIRE(open.count(track) == 1);
      Slice s = open[track];
      open.erase(track);
      s.end = now;
      d.slices.push_back(s);
    }
  }
  CHECK(open.empty());
  return d;
}

scenario::Scenario kitchen_with_cores(std::int64_t customers) {
  return testing::ScenarioBuilder("perfetto")
      .seed(5)
      .station("cashier", 2)
      .station("kitchen", 3)
      .customers(customers, random::Distribution::exponential(20 * kSecond))
      .step("order", "cashier", {testing::cpu(random::Distribution::exponential(30 * kSecond))})
      .step("cook", "kitchen",
            {testing::cpu(testing::fixed(20 * kSecond)),
             testing::io(random::Distribution::exponential(kMinute))},
            scenario::CustomerMode::free)
      .cores(2, 5 * kSecond)
      .build();
}

std::vector<Slice> expected_slices(const trace::Trace& t, bool lanes) {
  std::vector<Slice> out;
  for (const trace::Span& s : t.spans) {
    if (trace::is_instant(s.state)) continue;
    const trace::Agent& a = t.agents[s.agent];
    Slice slice;
    slice.name = std::string(trace::state_name(s.state));
    slice.start = s.start;
    slice.end = s.end;
    const bool customer = a.kind == trace::AgentKind::customer;
    slice.track = customer && lanes ? "" : t.agent_name(s.agent);
    if (customer && lanes) slice.customer = a.number;
    if (!customer && s.customer != trace::kNoAgent) slice.customer = t.agents[s.customer].number;
    out.push_back(slice);
    if (s.core >= 0 && !customer) {
      out.push_back(
          {"Core " + std::to_string(s.core + 1), t.agent_name(s.agent), s.start, s.end, 0});
    }
  }
  return out;
}

}  // namespace

TEST_CASE("every lasting span comes back from trace.perfetto-trace as one slice, exactly") {
  run::Simulation sim(kitchen_with_cores(40));
  sim.run();
  exporter::Sink out;
  exporter::write_perfetto(*sim.trace(), out);
  Decoded d = read_perfetto(out.text());
  std::vector<Slice> expected = expected_slices(*sim.trace(), false);
  // Customers without annotations: their track says who they are.
  for (Slice& s : d.slices) {
    if (s.track.rfind("Customer", 0) == 0) CHECK(s.customer == 0);
  }
  std::sort(d.slices.begin(), d.slices.end());
  std::sort(expected.begin(), expected.end());
  REQUIRE(d.slices.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO(i << " " << expected[i].track << " " << expected[i].name);
    CHECK(d.slices[i].track == expected[i].track);
    CHECK(d.slices[i].name == expected[i].name);
    CHECK(d.slices[i].start == expected[i].start);
    CHECK(d.slices[i].end == expected[i].end);
    CHECK(d.slices[i].customer == expected[i].customer);
  }
  // Tracks are grouped: staff under "Staff", cores under "Cores", customers under theirs.
  for (const auto& [uuid, name] : d.track_names) {
    if (name.rfind("Cashier", 0) == 0 || name.rfind("Cook", 0) == 0)
      CHECK(d.track_names[d.parents[uuid]] == "Staff");
    if (name.rfind("Core ", 0) == 0) CHECK(d.track_names[d.parents[uuid]] == "Cores");
  }
  // A few dozen bytes per slice, against about two hundred in trace.json.
  const double per_slice = static_cast<double>(out.text().size()) / d.slices.size();
  CHECK(per_slice < 40);
}

TEST_CASE(
    "a big run's customers share lanes in trace.perfetto-trace, each slice naming its "
    "customer") {
  const std::int64_t n = exporter::kPerfettoCustomerTracks + 500;
  run::Simulation sim(kitchen_with_cores(n));
  sim.run();
  exporter::Sink out;
  exporter::write_perfetto(*sim.trace(), out);
  Decoded d = read_perfetto(out.text());
  std::size_t lanes = 0;
  for (const auto& [uuid, name] : d.track_names) lanes += name.rfind("Lane ", 0) == 0;
  // As many lanes as customers were ever inside at once, not one per customer.
  std::int64_t inside = 0, most = 0;
  for (const trace::Span& s : sim.trace()->spans) {
    if (s.state == trace::State::arrived) most = std::max(most, ++inside);
    if (s.state == trace::State::done) --inside;
  }
  CHECK(lanes > 0);
  CHECK(static_cast<std::int64_t>(lanes) == most);
  // Every customer slice names its customer; by (customer, start) they match the spans.
  std::vector<Slice> expected = expected_slices(*sim.trace(), true);
  std::vector<Slice> got;
  for (Slice s : d.slices) {
    if (s.track.rfind("Lane ", 0) == 0) s.track.clear();
    got.push_back(s);
  }
  auto key = [](const Slice& s) { return std::tie(s.track, s.customer, s.start, s.name); };
  auto by_key = [&](const Slice& a, const Slice& b) { return key(a) < key(b); };
  std::sort(got.begin(), got.end(), by_key);
  std::sort(expected.begin(), expected.end(), by_key);
  REQUIRE(got.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK(got[i].customer == expected[i].customer);
    CHECK(got[i].start == expected[i].start);
    CHECK(got[i].end == expected[i].end);
    CHECK(got[i].name == expected[i].name);
  }
}

TEST_CASE(
    "the perfetto trace streamed during the run holds the same slices as the one written "
    "from the stored trace") {
  exporter::Sink streamed;
  const scenario::Scenario s = kitchen_with_cores(60);
  {
    const trace::Trace header = [&] {
      run::Simulation probe(s);
      trace::Trace h = *probe.trace();
      return h;
    }();
    exporter::PerfettoWriter writer(header, s.customer_count(), streamed);
    run::RunOptions options;
    options.sinks = {&writer};
    run::Simulation sim(s, options);
    sim.run();
  }
  run::Simulation sim(s);
  sim.run();
  exporter::Sink stored;
  exporter::write_perfetto(*sim.trace(), stored);
  // Byte for byte they may differ in the order of ends at one instant; the slices agree.
  Decoded a = read_perfetto(streamed.text());
  Decoded b = read_perfetto(stored.text());
  std::sort(a.slices.begin(), a.slices.end());
  std::sort(b.slices.begin(), b.slices.end());
  REQUIRE(a.slices.size() == b.slices.size());
  for (std::size_t i = 0; i < a.slices.size(); ++i) {
    CHECK(a.slices[i].track == b.slices[i].track);
    CHECK(a.slices[i].start == b.slices[i].start);
    CHECK(a.slices[i].end == b.slices[i].end);
  }
}
