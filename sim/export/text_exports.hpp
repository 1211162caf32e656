#pragma once
// The text outputs: summary.json, events.csv and trace.json (Chrome trace-event format).
// Each writes into a Sink so that large traces stream to disk instead of piling up.
#include <cstdio>
#include <string>
#include <string_view>

#include "stats/summary.hpp"
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
// RFC 4180: quotes a field holding a comma, quote or line break (inner quotes doubled).
std::string csv_field(std::string_view text);
// A JSON string literal, quotes included.
std::string json_string(std::string_view text);

// summary.json: fixed key order, two-space indent, times in exact decimal seconds.
std::string summary_json(const stats::Summary& summary);

// events.csv: one row per span, in the order spans began (RFC 4180 quoting, LF line ends).
void write_events_csv(const trace::Trace& trace, Sink& out);

// trace.json: one process per agent kind (staff, customers, cores), one thread per agent.
void write_trace_json(const trace::Trace& trace, Sink& out);

}  // namespace burgers::exporter
