#pragma once
// The headless outputs of a run (summary.json, events.csv, trace.json, timeline.svg,
// timeline.png, report.html), chosen by --formats and written whole or not at all.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/graphics.hpp"
#include "scenario/scenario.hpp"
#include "stats/summary.hpp"
#include "trace/trace.hpp"

namespace burgers::exporter {

enum class Format : std::uint8_t { summary, csv, trace, perfetto, svg, png, html };

class FormatSet {
 public:
  static FormatSet all();
  // Every file but one trace: trace.json for a small run, trace.perfetto-trace for a big one.
  static FormatSet defaults(bool big_run);
  // "summary,csv,png"; nullopt with `error` set for an unknown name or an empty list.
  static std::optional<FormatSet> parse(std::string_view list, std::string& error);

  bool has(Format f) const { return (bits_ & (1u << static_cast<unsigned>(f))) != 0; }
  void add(Format f) { bits_ |= 1u << static_cast<unsigned>(f); }
  void remove(Format f) { bits_ &= ~(1u << static_cast<unsigned>(f)); }
  // Whether any chosen file needs the full trace (everything but summary.json).
  bool needs_trace() const { return (bits_ & ~1u) != 0; }
  bool empty() const { return bits_ == 0; }

 private:
  unsigned bits_ = 0;
};

// Whether a run of `scenario` is big: its trace.json would pass about 50 MB (a
// quarter million spans), so by default it gets trace.perfetto-trace instead.
bool is_big_run(const scenario::Scenario& scenario);

// The file name a format is written to ("summary.json", ...); with `threads`, the name
// of the real-threads counterpart in --mode both ("summary-threads.json", ...).
std::string file_name(Format f, bool threads = false);

// The temporary name a file of `dir` is written under before write_outputs renames it.
std::filesystem::path temp_path(const std::filesystem::path& dir, Format f, bool threads = false);

// A file already written under its temporary name while the run went (a streamed run's
// events.csv or trace.perfetto-trace): write_outputs renames it with the others.
struct WrittenFile {
  Format format = Format::csv;
  std::filesystem::path temp;
};

struct OutputInputs {
  const scenario::Scenario* scenario = nullptr;
  const stats::Summary* summary = nullptr;
  const trace::Trace* trace = nullptr;  // required when formats.needs_trace()
  // --mode both: the real-threads run of the same scenario. Its files get a "-threads"
  // suffix (summary-threads.json, ...) and report.html compares the two.
  const stats::Summary* threads_summary = nullptr;
  const trace::Trace* threads_trace = nullptr;
  // Files of the simulated run already written (streamed); their formats need no trace.
  std::vector<WrittenFile> streamed = {};
  // A streamed run's timeline and report charts, laid out from its digest (no trace).
  const chart::ChartModel* timeline = nullptr;
  const ReportCharts* charts = nullptr;
};

struct WriteResult {
  bool ok = false;
  std::string error;                           // why nothing was written
  std::vector<std::filesystem::path> written;  // in Format order
  std::vector<std::string> warnings;           // written, but e.g. without text (no font)
};

// Creates `dir` if needed and writes every chosen file. All files are first written
// under temporary names and renamed only when all succeeded; on failure none of the
// chosen files is left behind half-written.
WriteResult write_outputs(const std::filesystem::path& dir, const FormatSet& formats,
                          const OutputInputs& inputs);

}  // namespace burgers::exporter
