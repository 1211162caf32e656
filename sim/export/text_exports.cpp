#include "export/text_exports.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstring>

#include "base/time.hpp"

namespace burgers::exporter {

bool Sink::flush() {
  if (file_ == nullptr || buffer_.empty()) return !failed_;
  if (!failed_ && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size())
    failed_ = true;
  buffer_.clear();
  return !failed_;
}

std::string format_fixed(double value) {
  if (!std::isfinite(value)) return "0";
  std::string s = fmt::format("{:.6f}", value);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

std::string json_string(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out.push_back('"');
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
  return out;
}

namespace {

// Writes "key": value pairs with commas and indentation in the order they are given.
class JsonObject {
 public:
  JsonObject(std::string& out, int indent) : out_(out), indent_(indent) { out_ += "{"; }
  void raw(std::string_view key, std::string_view value) {
    out_ += first_ ? "\n" : ",\n";
    first_ = false;
    out_.append(static_cast<std::size_t>(indent_ + 2), ' ');
    out_ += json_string(key);
    out_ += ": ";
    out_ += value;
  }
  void text(std::string_view key, std::string_view value) { raw(key, json_string(value)); }
  void integer(std::string_view key, std::int64_t value) { raw(key, fmt::format("{}", value)); }
  void seconds(std::string_view key, Time t) { raw(key, format_seconds(t)); }
  void number(std::string_view key, double value) { raw(key, format_fixed(value)); }
  // Opens a nested object under `key`; close it with close().
  JsonObject child(std::string_view key) {
    raw(key, "");
    return JsonObject(out_, indent_ + 2);
  }
  void close() {
    if (!first_) {
      out_ += "\n";
      out_.append(static_cast<std::size_t>(indent_), ' ');
    }
    out_ += "}";
  }

 private:
  std::string& out_;
  int indent_;
  bool first_ = true;
};

// summary.json's `theory` block: the closed form beside the run's interval, or why not.
void write_theory(JsonObject& root, const stats::TheoryCheck& t) {
  JsonObject o = root.child("theory");
  if (t.has_model()) {
    o.text("model", t.model);
    o.seconds("mean_queue_wait_s", t.mean_queue_wait);
    o.number("mean_queue_length", t.mean_queue_length);
    o.number("utilization", t.utilization);
    o.seconds("simulated_mean_queue_wait_s", t.simulated_mean_queue_wait);
    if (t.agrees) {
      o.seconds("ci95_low_s", t.ci95_low);
      o.seconds("ci95_high_s", t.ci95_high);
      o.integer("batches", t.batches);
    }
  } else {
    o.raw("model", "null");
  }
  o.raw("agrees", t.agrees ? (*t.agrees ? "true" : "false") : "null");
  if (t.reason != stats::TheoryReason::none) {
    o.text("reason", stats::reason_text(t.reason));
    if (t.reason == stats::TheoryReason::unstable) o.number("utilization", t.reason_value);
    if (t.reason == stats::TheoryReason::short_run)
      o.integer("customers", static_cast<std::int64_t>(t.reason_value));
  }
  if (t.has_model()) {
    JsonObject stations = o.child("stations");
    for (const stats::StationTheory& st : t.stations) {
      JsonObject one = stations.child(st.station);
      one.text("model", st.model);
      one.seconds("mean_queue_wait_s", st.mean_queue_wait);
      one.number("mean_queue_length", st.mean_queue_length);
      one.number("utilization", st.utilization);
      one.close();
    }
    stations.close();
  }
  o.close();
}

}  // namespace

std::string summary_json(const stats::Summary& s) {
  std::string out;
  JsonObject root(out, 0);
  root.text("scenario", s.scenario);
  root.text("title", s.title);
  if (!s.variant.empty()) root.text("variant", s.variant);
  root.integer("seed", static_cast<std::int64_t>(s.seed));
  root.text("mode", s.mode);
  root.seconds("end_time_s", s.end_time);
  root.integer("events", static_cast<std::int64_t>(s.events));
  JsonObject c = root.child("customers");
  c.integer("arrived", s.customers.arrived);
  c.integer("served", s.customers.served);
  c.seconds("mean_sojourn_s", s.customers.mean_sojourn);
  c.seconds("mean_blocked_s", s.customers.mean_blocked);
  c.seconds("mean_free_s", s.customers.mean_free);
  c.seconds("mean_own_s", s.customers.mean_own);
  c.seconds("sojourn_p50_s", s.customers.sojourn.p50);
  c.seconds("sojourn_p90_s", s.customers.sojourn.p90);
  c.seconds("sojourn_p99_s", s.customers.sojourn.p99);
  c.seconds("makespan_s", s.customers.makespan);
  c.close();
  JsonObject stations = root.child("stations");
  for (const stats::StationSummary& st : s.stations) {
    JsonObject o = stations.child(st.name);
    o.text("label", st.label);
    o.integer("staff", st.staff);
    o.integer("served", st.served);
    o.number("utilization", st.utilization);
    o.seconds("busy_time_s", st.busy_time);
    o.seconds("cpu_time_s", st.cpu_time);
    o.seconds("io_blocked_time_s", st.io_blocked_time);
    o.seconds("core_wait_time_s", st.core_wait_time);
    if (st.gil_wait_time > 0) o.seconds("gil_wait_time_s", st.gil_wait_time);
    o.seconds("mean_queue_wait_s", st.mean_queue_wait);
    o.number("mean_queue_length", st.mean_queue_length);
    o.integer("max_queue_length", st.max_queue_length);
    o.seconds("queue_wait_p50_s", st.queue_wait.p50);
    o.seconds("queue_wait_p90_s", st.queue_wait.p90);
    o.seconds("queue_wait_p99_s", st.queue_wait.p99);
    o.seconds("mean_service_s", st.mean_service);
    o.close();
  }
  stations.close();
  if (!s.groups.empty()) {
    JsonObject groups = root.child("groups");
    for (const stats::GroupSummary& g : s.groups) {
      JsonObject o = groups.child(g.name);
      o.text("label", g.label);
      o.integer("arrived", g.arrived);
      o.integer("served", g.served);
      o.seconds("mean_sojourn_s", g.mean_sojourn);
      o.seconds("sojourn_p50_s", g.sojourn.p50);
      o.seconds("sojourn_p90_s", g.sojourn.p90);
      o.seconds("sojourn_p99_s", g.sojourn.p99);
      o.seconds("makespan_s", g.makespan);
      o.number("throughput_per_s", g.throughput);
      o.close();
    }
    groups.close();
  }
  if (s.wall_time_s) root.number("wall_time_s", *s.wall_time_s);
  if (s.spans) root.integer("spans", static_cast<std::int64_t>(*s.spans));
  // As given (1e-06 would be 0 with six decimals): the shortest text that reads back exactly.
  if (s.time_scale) root.raw("time_scale", fmt::format("{}", *s.time_scale));
  if (s.theory) write_theory(root, *s.theory);
  if (s.available_cores) root.number("available_cores", std::round(*s.available_cores * 100) / 100);
  root.close();
  out += "\n";
  return out;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

namespace {

std::string_view station_name(const trace::Trace& trace, int station) {
  if (station < 0 || static_cast<std::size_t>(station) >= trace.stations.size()) return {};
  return trace.stations[static_cast<std::size_t>(station)].name;
}

}  // namespace

namespace {

// Digits written backwards into a small buffer: rows are built in place, millions of them.
char* put_unsigned(char* at, std::uint64_t v) {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  while (n > 0) *at++ = digits[--n];
  return at;
}

// format_seconds, written in place.
char* put_seconds(char* at, Time t) {
  if (t < 0) {
    *at++ = '-';
    t = -t;
  }
  const auto magnitude = static_cast<std::uint64_t>(t);
  at = put_unsigned(at, magnitude / 1'000'000'000ULL);
  std::uint64_t fraction = magnitude % 1'000'000'000ULL;
  if (fraction == 0) return at;
  int last = 9;  // digits kept, trailing zeros dropped
  while (fraction % 10 == 0) {
    fraction /= 10;
    --last;
  }
  *at++ = '.';
  for (int i = last - 1; i >= 0; --i) {
    at[i] = static_cast<char>('0' + fraction % 10);
    fraction /= 10;
  }
  return at + last;
}

char* put(char* at, std::string_view text) {
  if (!text.empty()) std::memcpy(at, text.data(), text.size());  // an empty view may be null
  return at + text.size();
}

// The label part of an agent's name ("Cashier", "Customer"), as Trace::agent_name has it.
std::string label_of(const trace::Trace& header, const trace::Agent& a) {
  trace::Agent unnumbered = a;
  unnumbered.number = 0;
  std::string name = header.agent_name(unnumbered);
  return name.substr(0, name.size() - 2);  // without " 0"
}

}  // namespace

CsvStreamWriter::CsvStreamWriter(const trace::Trace& header, Sink& out)
    : header_(header), out_(out) {
  for (std::size_t i = 0; i < header.stations.size(); ++i) {
    station_fields_.push_back(csv_field(header.stations[i].name));
    trace::Agent staff{trace::AgentKind::staff, static_cast<std::int16_t>(i), -1, 0};
    staff_labels_.push_back(label_of(header, staff));
  }
  for (std::size_t i = 0; i < header.groups.size(); ++i) {
    trace::Agent customer{trace::AgentKind::customer, -1, static_cast<std::int16_t>(i), 0};
    group_labels_.push_back(label_of(header, customer));
  }
  out_ << "agent,kind,id,state,station,start_s,end_s,customer\n";
}

void CsvStreamWriter::agent(trace::AgentId id, const trace::Agent& agent) {
  if (agents_.size() <= id) {
    agents_.resize(id + 1);
    open_.resize(id + 1, 0);
  }
  agents_[id] = agent;
}

void CsvStreamWriter::row(const trace::Span& s) {
  const trace::Agent& a = agents_[s.agent];
  // The agent's name, quoted as a whole when it needs quoting (rare: a comma in a label).
  const std::string* label = nullptr;
  if (a.kind == trace::AgentKind::staff && a.station >= 0 &&
      static_cast<std::size_t>(a.station) < staff_labels_.size()) {
    label = &staff_labels_[static_cast<std::size_t>(a.station)];
  } else if (a.kind == trace::AgentKind::customer && a.group >= 0 &&
             static_cast<std::size_t>(a.group) < group_labels_.size()) {
    label = &group_labels_[static_cast<std::size_t>(a.group)];
  }
  std::string_view station;
  if (s.station >= 0 && static_cast<std::size_t>(s.station) < station_fields_.size())
    station = station_fields_[static_cast<std::size_t>(s.station)];
  const bool plain = label != nullptr && label->find_first_of(",\"\n") == std::string::npos;
  const std::string quoted = plain ? std::string() : csv_field(header_.agent_name(a));
  // Room for the texts plus the numbers (at most about 25 characters each).
  row_.resize((plain ? label->size() : quoted.size()) + station.size() + 200);
  char* at = row_.data();
  if (plain) {
    at = put(at, *label);
    *at++ = ' ';
    if (a.number < 0) *at++ = '-';
    at = put_unsigned(at, static_cast<std::uint64_t>(a.number < 0 ? -a.number : a.number));
  } else {
    at = put(at, quoted);
  }
  *at++ = ',';
  at = put(at, trace::kind_name(a.kind));
  *at++ = ',';
  at = put_unsigned(at, s.agent);
  *at++ = ',';
  at = put(at, trace::state_name(s.state));
  *at++ = ',';
  at = put(at, station);
  *at++ = ',';
  at = put_seconds(at, s.start);
  *at++ = ',';
  if (s.end != trace::kOpenEnd) at = put_seconds(at, s.end);  // empty: still open at the end
  *at++ = ',';
  if (s.customer != trace::kNoAgent) at = put_unsigned(at, s.customer);
  *at++ = '\n';
  out_.write(std::string_view(row_.data(), static_cast<std::size_t>(at - row_.data())));
}

void CsvStreamWriter::begin(const trace::Span& span) {
  open_[span.agent] = first_ + waiting_.size();
  waiting_.push_back({span, false});
}

void CsvStreamWriter::end(const trace::Span& span) {
  Entry& e = waiting_[static_cast<std::size_t>(open_[span.agent] - first_)];
  e.span.end = span.end;
  e.ended = true;
  drain();
}

void CsvStreamWriter::drain() {
  while (!waiting_.empty() && waiting_.front().ended) {
    row(waiting_.front().span);
    waiting_.pop_front();
    ++first_;
  }
}

void CsvStreamWriter::finish(Time end_time) {
  for (Entry& e : waiting_) {
    if (!e.ended) e.span.end = end_time;
    e.ended = true;
  }
  drain();
}

void write_events_csv(const trace::Trace& trace, Sink& out) {
  CsvStreamWriter writer(trace, out);
  for (std::size_t i = 0; i < trace.agents.size(); ++i)
    writer.agent(static_cast<trace::AgentId>(i), trace.agents[i]);
  for (const trace::Span& s : trace.spans) {
    if (s.agent < trace.agents.size()) writer.row(s);
  }
}

namespace {

// Chrome traces count microseconds; ours are nanoseconds, written exactly ("12.345").
std::string micros(Time t) {
  const Time whole = t / 1000;
  const Time frac = t % 1000;
  if (frac == 0) return fmt::format("{}", whole);
  std::string s = fmt::format("{}.{:03}", whole, frac < 0 ? -frac : frac);
  while (s.back() == '0') s.pop_back();
  return s;
}

constexpr int kStaffPid = 1;
constexpr int kCustomerPid = 2;
constexpr int kCorePid = 3;

int pid_of(trace::AgentKind kind) {
  switch (kind) {
    case trace::AgentKind::staff:
      return kStaffPid;
    case trace::AgentKind::customer:
      return kCustomerPid;
    case trace::AgentKind::core:
      return kCorePid;
  }
  return kStaffPid;
}

class TraceEvents {
 public:
  explicit TraceEvents(Sink& out) : out_(out) {
    out_ << "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n";
  }
  void event(const std::string& body) {
    if (!first_) out_ << ",\n";
    first_ = false;
    out_ << body;
  }
  void finish() { out_ << "\n]}\n"; }

 private:
  Sink& out_;
  bool first_ = true;
};

std::string span_args(const trace::Trace& trace, const trace::Span& s) {
  std::string args;
  const std::string_view station = station_name(trace, s.station);
  if (!station.empty()) args += ",\"station\":" + json_string(station);
  if (s.customer != trace::kNoAgent && s.customer < trace.agents.size()) {
    args += ",\"customer\":" + json_string(trace.agent_name(s.customer));
  }
  if (s.step >= 0) args += fmt::format(",\"step\":{}", s.step);
  if (s.core >= 0) args += fmt::format(",\"core\":{}", s.core + 1);
  if (args.empty()) return "{}";
  args[0] = '{';
  return args + "}";
}

}  // namespace

void write_trace_json(const trace::Trace& trace, Sink& out) {
  TraceEvents events(out);
  const std::pair<int, const char*> processes[] = {
      {kStaffPid, "Staff"}, {kCustomerPid, "Customers"}, {kCorePid, "Cores"}};
  for (const auto& [pid, name] : processes) {
    if (pid == kCorePid && trace.cores == 0) continue;
    events.event(
        fmt::format(R"({{"ph":"M","pid":{},"tid":0,"name":"process_name","args":{{"name":{}}}}})",
                    pid, json_string(name)));
    events.event(fmt::format(
        R"({{"ph":"M","pid":{},"tid":0,"name":"process_sort_index","args":{{"sort_index":{}}}}})",
        pid, pid));
  }
  // Threads: tid = agent id + 1 (tid 0 is the process itself); cores: core number.
  for (std::size_t i = 0; i < trace.agents.size(); ++i) {
    const int pid = pid_of(trace.agents[i].kind);
    const auto tid = i + 1;
    events.event(
        fmt::format(R"({{"ph":"M","pid":{},"tid":{},"name":"thread_name","args":{{"name":{}}}}})",
                    pid, tid, json_string(trace.agent_name(static_cast<trace::AgentId>(i)))));
    events.event(fmt::format(
        R"({{"ph":"M","pid":{},"tid":{},"name":"thread_sort_index","args":{{"sort_index":{}}}}})",
        pid, tid, tid));
  }
  for (int c = 0; c < trace.cores; ++c) {
    events.event(fmt::format(
        R"({{"ph":"M","pid":{},"tid":{},"name":"thread_name","args":{{"name":"Core {}"}}}})",
        kCorePid, c + 1, c + 1));
  }
  for (const trace::Span& s : trace.spans) {
    if (s.agent >= trace.agents.size()) continue;
    const trace::Agent& agent = trace.agents[s.agent];
    const int pid = pid_of(agent.kind);
    const std::string name = json_string(trace::state_name(s.state));
    const std::string_view cat = trace::kind_name(agent.kind);
    if (trace::is_instant(s.state)) {
      events.event(fmt::format(
          R"({{"ph":"i","s":"t","name":{},"cat":"{}","pid":{},"tid":{},"ts":{},"args":{}}})", name,
          cat, pid, s.agent + 1, micros(s.start), span_args(trace, s)));
      continue;
    }
    const Time end = s.end == trace::kOpenEnd ? std::max(trace.end_time, s.start) : s.end;
    const std::string args = span_args(trace, s);
    events.event(fmt::format(
        R"({{"ph":"X","name":{},"cat":"{}","pid":{},"tid":{},"ts":{},"dur":{},"args":{}}})", name,
        cat, pid, s.agent + 1, micros(s.start), micros(end - s.start), args));
    // A staff member's work on a core also appears on that core's lane, named after them.
    if (s.core >= 0 && s.core < trace.cores && agent.kind == trace::AgentKind::staff) {
      events.event(fmt::format(
          R"({{"ph":"X","name":{},"cat":"core","pid":{},"tid":{},"ts":{},"dur":{},"args":{}}})",
          json_string(trace.agent_name(s.agent)), kCorePid, s.core + 1, micros(s.start),
          micros(end - s.start), args));
    }
  }
  events.finish();
}

}  // namespace burgers::exporter
