#pragma once
// The text outputs: summary.json, events.csv and trace.json (Chrome trace-event format).
// Each writes into a Sink so that large traces stream to disk instead of piling up.
#include <cstdint>
#include <cstdio>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "stats/summary.hpp"
#include "trace/span_sequencer.hpp"
#include "trace/trace.hpp"

namespace burgers::exporter {

// Buffered output to a FILE*, or to a string when no file is given (tests).
// Remembers the first write error instead of throwing.
class Sink {
 public:
  explicit Sink(std::FILE* file = nullptr) : file_(file) { buffer_.reserve(kChunk); }
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;
  ~Sink() { flush(); }

  void write(std::string_view text) {
    buffer_.append(text);
    if (file_ != nullptr && buffer_.size() >= kChunk) flush();
  }
  Sink& operator<<(std::string_view text) {
    write(text);
    return *this;
  }
  bool flush();
  bool failed() const { return failed_; }
  // The whole text when writing to memory.
  const std::string& text() const { return buffer_; }

 private:
  static constexpr std::size_t kChunk = 1 << 16;
  std::FILE* file_ = nullptr;
  std::string buffer_;
  bool failed_ = false;
};

// A double with six decimals, trailing zeros trimmed: 0.5 -> "0.5", 2 -> "2".
std::string format_fixed(double value);
// A JSON string literal, quotes included.
std::string json_string(std::string_view text);

// summary.json: fixed key order, two-space indent, times in exact decimal seconds.
std::string summary_json(const stats::Summary& summary);

// events.csv: one row per span, in the order spans began (RFC 4180 quoting, LF line ends).
void write_events_csv(const trace::Trace& trace, Sink& out);

// events.csv written while the run goes: a span's row waits until it and every span that
// began before it have ended, so the rows come in the order spans began, as above, while
// only the spans under way are held.
class CsvStreamWriter final : public trace::SpanSink {
 public:
  // `header`: the run's stations and groups (its spans are not read).
  CsvStreamWriter(const trace::Trace& header, Sink& out);
  void agent(trace::AgentId id, const trace::Agent& agent) override;
  void begin(const trace::Span& span) override;
  void end(const trace::Span& span) override;
  void finish(Time end_time) override;
  // One row, for a span of an agent described to agent() (or to the constructor's header).
  void row(const trace::Span& span);

 private:
  void drain();

  const trace::Trace& header_;
  Sink& out_;
  std::vector<std::string> station_fields_;  // CSV-quoted station names
  std::vector<std::string> staff_labels_;    // CSV-ready "Cashier" per station
  std::vector<std::string> group_labels_;    // and "Customer" per group
  std::vector<trace::Agent> agents_;
  struct Entry {
    trace::Span span;
    bool ended = false;
  };
  std::deque<Entry> waiting_;        // spans in the order they began, oldest first
  std::uint64_t first_ = 0;          // sequence number of waiting_.front()
  std::vector<std::uint64_t> open_;  // per agent: sequence number of its open span
  std::string row_;
};

// trace.json: one process per agent kind (staff, customers, cores), one thread per agent.
void write_trace_json(const trace::Trace& trace, Sink& out);

}  // namespace burgers::exporter
