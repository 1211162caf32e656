#include "export/streamed_outputs.hpp"

#include <cerrno>
#include <cstring>

namespace burgers::exporter {

StreamedOutputs::StreamedOutputs(const std::filesystem::path& dir, const FormatSet& formats,
                                 const trace::Trace& header, std::int64_t customers)
    : header_(header) {
  files_.reserve(2);
  std::error_code ec;
  created_ = std::filesystem::create_directories(dir, ec) ? dir : std::filesystem::path();
  if (ec) {
    error_ = dir.string() + ": " + ec.message();
    return;
  }
  if (formats.has(Format::csv)) {
    if (File* f = open(dir, Format::csv)) {
      csv_ = std::make_unique<CsvStreamWriter>(header_, *f->sink);
      csv_thread_ = std::make_unique<AsyncSink>(*csv_);
    }
  }
  if (formats.has(Format::perfetto) && ok()) {
    if (File* f = open(dir, Format::perfetto)) {
      perfetto_ = std::make_unique<PerfettoWriter>(header_, customers, *f->sink);
      perfetto_thread_ = std::make_unique<AsyncSink>(*perfetto_);
    }
  }
}

StreamedOutputs::File* StreamedOutputs::open(const std::filesystem::path& dir, Format format) {
  File file{format, temp_path(dir, format), nullptr, nullptr};
  file.handle = std::fopen(file.temp.c_str(), "wb");
  if (file.handle == nullptr) {
    error_ = file.temp.string() + ": " + std::strerror(errno);
    return nullptr;
  }
  file.sink = std::make_unique<Sink>(file.handle);
  files_.push_back(std::move(file));
  return &files_.back();
}

StreamedOutputs::~StreamedOutputs() {
  csv_thread_.reset();  // the threads finish what they have before the writers go
  perfetto_thread_.reset();
  csv_.reset();
  perfetto_.reset();
  for (File& f : files_) {
    f.sink.reset();
    if (f.handle != nullptr) std::fclose(f.handle);
    // Renamed by write_outputs if all went well; otherwise nothing may stay behind.
    std::error_code ec;
    std::filesystem::remove(f.temp, ec);
  }
  // A run stopped before its files were written leaves no folder it made either.
  std::error_code ec;
  if (!created_.empty() && std::filesystem::is_empty(created_, ec)) {
    std::filesystem::remove(created_, ec);
  }
}

std::vector<trace::SpanSink*> StreamedOutputs::sinks() const {
  std::vector<trace::SpanSink*> out;
  if (csv_thread_) out.push_back(csv_thread_.get());
  if (perfetto_thread_) out.push_back(perfetto_thread_.get());
  return out;
}

bool StreamedOutputs::close(std::vector<WrittenFile>& files) {
  csv_thread_.reset();  // everything has reached the writers (finish waited for it)
  perfetto_thread_.reset();
  for (File& f : files_) {
    const bool written = f.sink->flush();
    f.sink.reset();
    const bool closed = std::fclose(f.handle) == 0;
    f.handle = nullptr;
    if ((!written || !closed) && error_.empty())
      error_ = f.temp.string() + ": " + std::strerror(errno != 0 ? errno : EIO);
  }
  if (!ok()) return false;
  for (const File& f : files_) files.push_back({f.format, f.temp});
  return true;
}

}  // namespace burgers::exporter
