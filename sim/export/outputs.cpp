#include "export/outputs.hpp"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <new>
#include <optional>
#include <system_error>

#include "export/graphics.hpp"
#include "export/perfetto_writer.hpp"
#include "export/text_exports.hpp"

namespace burgers::exporter {

namespace {

constexpr std::array<std::string_view, 7> kNames = {"summary", "csv", "trace", "perfetto",
                                                    "svg",     "png", "html"};
constexpr std::array<std::string_view, 7> kFiles = {
    "summary.json", "events.csv",   "trace.json", "trace.perfetto-trace",
    "timeline.svg", "timeline.png", "report.html"};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

FormatSet FormatSet::all() {
  FormatSet set;
  for (std::size_t i = 0; i < kNames.size(); ++i) set.add(static_cast<Format>(i));
  return set;
}

bool is_big_run(const scenario::Scenario& scenario) {
  // Spans per customer: arriving and leaving, a wait and a service per station visited, and
  // each own activity; the staff's spans about match the services.
  double spans = 0;
  for (const scenario::CustomerGroup& g : scenario.groups) {
    double per_customer = 2;
    for (const scenario::Step& step : g.steps) per_customer += step.station >= 0 ? 3 : 1;
    spans += per_customer * static_cast<double>(g.count);
  }
  return spans > 250'000;
}

FormatSet FormatSet::defaults(bool big_run) {
  FormatSet set = all();
  set.bits_ &= ~(1u << static_cast<unsigned>(big_run ? Format::trace : Format::perfetto));
  return set;
}

std::optional<FormatSet> FormatSet::parse(std::string_view list, std::string& error) {
  if (trim(list) == "all") return all();
  FormatSet set;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    const std::string_view item = trim(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    if (item.empty()) continue;
    bool known = false;
    for (std::size_t i = 0; i < kNames.size(); ++i) {
      if (item == kNames[i]) {
        set.add(static_cast<Format>(i));
        known = true;
      }
    }
    if (!known) {
      error = "unknown format \"" + std::string(item) +
              "\" (choose from summary, csv, trace, perfetto, svg, png, html)";
      return std::nullopt;
    }
  }
  if (set.empty()) {
    error = "no format given (choose from summary, csv, trace, perfetto, svg, png, html)";
    return std::nullopt;
  }
  return set;
}

std::filesystem::path temp_path(const std::filesystem::path& dir, Format f, bool threads) {
  return temp_file_path(dir / file_name(f, threads), ::getpid());
}

std::string file_name(Format f, bool threads) {
  const std::string_view name = kFiles[static_cast<std::size_t>(f)];
  if (!threads) return std::string(name);
  const std::size_t dot = name.find('.');
  return std::string(name.substr(0, dot)) + "-threads" + std::string(name.substr(dot));
}

namespace {

using Producer = std::function<bool(std::FILE*)>;
using Pending = PendingFile;

bool write_text(std::FILE* f, const std::string& text) {
  return std::fwrite(text.data(), 1, text.size(), f) == text.size();
}

}  // namespace

WriteResult write_outputs(const std::filesystem::path& dir, const FormatSet& formats,
                          const OutputInputs& in, WriteGuard* guard) {
  WriteResult result;
  if (in.scenario == nullptr || in.summary == nullptr) {
    result.error = "internal error: no run to write";
    return result;
  }
  FormatSet from_trace = formats;
  for (const WrittenFile& w : in.streamed) from_trace.remove(w.format);
  if (in.timeline != nullptr) {  // drawn from a digest
    for (const Format f : {Format::svg, Format::png, Format::html}) from_trace.remove(f);
  }
  if (from_trace.needs_trace() && in.trace == nullptr) {
    result.error = "internal error: the run kept no trace for the chosen formats";
    return result;
  }
  WriteGuard local_guard;
  WriteGuard& files = guard != nullptr ? *guard : local_guard;
  if (!files.create_directories(dir, result.error)) {
    files.discard();
    return result;
  }
  remove_stale_temps(dir, all_file_names());

  const bool both = in.threads_summary != nullptr;
  std::vector<Pending> pending;
  auto add = [&](Format f, bool threads, Producer produce) {
    if (!threads) {
      for (const WrittenFile& w : in.streamed) {
        if (w.format == f) {
          pending.push_back(Pending{dir / file_name(f), w.temp, {}});
          return;
        }
      }
    }
    pending.push_back(
        Pending{dir / file_name(f, threads), temp_path(dir, f, threads), std::move(produce)});
  };
  // Each run's timeline is laid out once, when the first file needs it, and shared by the
  // SVG, the PNG and the report. With both runs they share one time axis.
  Time t1 = -1;
  if (both && in.trace != nullptr && in.threads_trace != nullptr) {
    t1 = std::max<Time>({in.trace->end_time, in.threads_trace->end_time, 1});
  }
  std::optional<chart::ChartModel> timelines[2];
  const scenario::Vocabulary vocabulary =
      in.scenario != nullptr ? in.scenario->vocabulary : scenario::Vocabulary::restaurant;
  auto timeline_of = [&timelines, t1, vocabulary, &in](const trace::Trace* trace,
                                                       int run) -> const chart::ChartModel& {
    if (run == 0 && in.timeline != nullptr) return *in.timeline;
    if (!timelines[run]) timelines[run] = export_timeline(*trace, t1, vocabulary);
    return *timelines[run];
  };
  // Each run (the simulation, and in --mode both the threads) gets the per-run files.
  auto add_run = [&](const stats::Summary* summary, const trace::Trace* trace, bool threads) {
    const int run = threads ? 1 : 0;
    if (formats.has(Format::summary)) {
      add(Format::summary, threads,
          [summary](std::FILE* f) { return write_text(f, summary_json(*summary)); });
    }
    // A streamed run keeps no trace: its span files were written while it ran, and its
    // charts were laid out from a digest (OutputInputs::timeline, ::charts).
    auto was_streamed = [&](Format f) {
      return !threads && std::any_of(in.streamed.begin(), in.streamed.end(),
                                     [f](const WrittenFile& w) { return w.format == f; });
    };
    const bool drawable = trace != nullptr || (!threads && in.timeline != nullptr);
    if (formats.has(Format::csv) && (trace != nullptr || was_streamed(Format::csv))) {
      add(Format::csv, threads, [trace](std::FILE* f) {
        Sink sink(f);
        write_events_csv(*trace, sink);
        return sink.flush();
      });
    }
    if (formats.has(Format::perfetto) && (trace != nullptr || was_streamed(Format::perfetto))) {
      add(Format::perfetto, threads, [trace](std::FILE* f) {
        Sink sink(f);
        write_perfetto(*trace, sink);
        return sink.flush();
      });
    }
    if (!drawable) return;
    if (formats.has(Format::trace) && trace != nullptr) {
      add(Format::trace, threads, [trace](std::FILE* f) {
        Sink sink(f);
        write_trace_json(*trace, sink);
        return sink.flush();
      });
    }
    if (formats.has(Format::svg)) {
      add(Format::svg, threads, [trace, run, &timeline_of](std::FILE* f) {
        return write_text(f, timeline_svg(timeline_of(trace, run)));
      });
    }
    if (formats.has(Format::png)) {
      add(Format::png, threads, [trace, run, &timeline_of, &result](std::FILE* f) {
        const PngImage png = timeline_png(timeline_of(trace, run));
        if (!png.warning.empty()) result.warnings.push_back(png.warning);
        return !png.bytes.empty() && write_text(f, png.bytes);
      });
    }
  };
  add_run(in.summary, in.trace, false);
  if (both) add_run(in.threads_summary, in.threads_trace, true);
  if (formats.has(Format::html)) {
    add(Format::html, false, [&in, both, &timeline_of](std::FILE* f) {
      const bool timeline = in.trace != nullptr || in.timeline != nullptr;
      const ReportRun sim{in.summary, in.trace, timeline ? &timeline_of(in.trace, 0) : nullptr,
                          in.charts};
      const bool compare = both && in.threads_trace != nullptr;
      const ReportRun threads{in.threads_summary, in.threads_trace,
                              compare ? &timeline_of(in.threads_trace, 1) : nullptr};
      return write_text(f, report_html(*in.scenario, sim, compare ? &threads : nullptr));
    });
  }

  write_all(files, pending, result.written, result.error);
  result.ok = result.error.empty();
  return result;
}

OutputMemory output_memory(const FormatSet& formats) {
  // events.csv and trace.json stream from the trace; the timelines are built whole:
  // a 1600-pixel-wide raster of 16-pixel lanes with the encoder's copies (measured: 230 kB
  // a lane) for the PNG, a rectangle of the chart model and its markup per drawn span for
  // SVG and HTML (measured: about 150 bytes).
  OutputMemory m;
  if (formats.has(Format::png)) m.per_lane += 250e3;
  if (formats.has(Format::svg)) m.per_drawn_span += 200;
  if (formats.has(Format::html)) m.per_drawn_span += 200;
  return m;
}

std::vector<std::string> all_file_names() {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < kFiles.size(); ++i) {
    names.push_back(file_name(static_cast<Format>(i), false));
    names.push_back(file_name(static_cast<Format>(i), true));
  }
  return names;
}

}  // namespace burgers::exporter
