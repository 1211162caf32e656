#pragma once
// The files a simulated run writes while it goes (events.csv, trace.perfetto-trace): opened
// under their temporary names before the run, fed by span sinks, then handed to
// write_outputs (OutputInputs::streamed), which renames them with the rest or removes them.
// Include from the command line.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "export/async_sink.hpp"
#include "export/outputs.hpp"
#include "export/perfetto_writer.hpp"
#include "export/text_exports.hpp"

namespace burgers::exporter {

class StreamedOutputs {
 public:
  // Opens what `formats` asks for among events.csv and trace.perfetto-trace in `dir`
  // (created if needed). `header`: the run's trace header; `customers`: how many will come.
  StreamedOutputs(const std::filesystem::path& dir, const FormatSet& formats,
                  const trace::Trace& header, std::int64_t customers);
  // Removes the temporary files (once write_outputs renamed them, there is none left).
  ~StreamedOutputs();
  StreamedOutputs(const StreamedOutputs&) = delete;
  StreamedOutputs& operator=(const StreamedOutputs&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  std::vector<trace::SpanSink*> sinks() const;

  // After the run: flushes and closes every file and lists them for OutputInputs::streamed
  // (write_outputs renames them with the others); false on a write error.
  bool close(std::vector<WrittenFile>& files);

 private:
  struct File {
    Format format;
    std::filesystem::path temp;
    std::FILE* handle = nullptr;
    std::unique_ptr<Sink> sink;
  };
  File* open(const std::filesystem::path& dir, Format format);

  trace::Trace header_;
  std::filesystem::path created_;  // the output folder, if this made it
  std::vector<File> files_;
  std::unique_ptr<CsvStreamWriter> csv_;
  std::unique_ptr<PerfettoWriter> perfetto_;
  // Each file is formatted and written on a thread of its own, beside the run.
  std::unique_ptr<AsyncSink> csv_thread_;
  std::unique_ptr<AsyncSink> perfetto_thread_;
  std::string error_;
};

}  // namespace burgers::exporter
