// The files of a sweep, chosen by --formats and written whole or not at all.
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <system_error>

#include "export/output_files.hpp"
#include "sweep_export/sweep_exports.hpp"

namespace burgers::exporter {

namespace {

constexpr std::array<std::string_view, 5> kNames = {"csv", "json", "svg", "png", "html"};
constexpr std::array<std::string_view, 5> kFiles = {"sweep.csv", "sweep.json", "sweep.svg",
                                                    "sweep.png", "sweep.html"};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

SweepFormatSet SweepFormatSet::all() {
  SweepFormatSet set;
  for (std::size_t i = 0; i < kNames.size(); ++i) set.add(static_cast<SweepFormat>(i));
  return set;
}

std::optional<SweepFormatSet> SweepFormatSet::parse(std::string_view list, std::string& error) {
  if (trim(list).empty() || trim(list) == "all") return all();
  SweepFormatSet set;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    const std::string_view item = trim(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    if (item.empty()) continue;
    const auto* found = std::find(kNames.begin(), kNames.end(), item);
    if (found == kNames.end()) {
      error =
          "unknown format \"" + std::string(item) + "\" (choose from csv, json, svg, png, html)";
      return std::nullopt;
    }
    set.add(static_cast<SweepFormat>(found - kNames.begin()));
  }
  if (set.empty()) {
    error = "no format given (choose from csv, json, svg, png, html)";
    return std::nullopt;
  }
  return set;
}

WriteResult write_sweep_outputs(const std::filesystem::path& dir, const SweepFormatSet& formats,
                                const sweep::SweepRunner& runner, WriteGuard* guard) {
  WriteResult result;
  WriteGuard local_guard;
  WriteGuard& files = guard != nullptr ? *guard : local_guard;
  if (!files.create_directories(dir, result.error)) {
    files.discard();
    return result;
  }
  const std::vector<std::string> names(kFiles.begin(), kFiles.end());
  remove_stale_temps(dir, names);
  const sweep::SweepResult figures = sweep::collect(runner);
  const chart::CurveChartModel chart = sweep_chart(runner.plan(), figures);
  std::vector<std::string> bytes;  // the files' contents, made before any is written
  bytes.reserve(kFiles.size());    // never reallocated: the writers below point into it
  std::vector<PendingFile> pending;
  for (std::size_t i = 0; i < kFiles.size(); ++i) {
    const auto format = static_cast<SweepFormat>(i);
    if (!formats.has(format)) continue;
    const std::filesystem::path final_path = dir / kFiles[i];
    std::string made;
    switch (format) {
      case SweepFormat::csv:
        made = sweep_csv(runner);
        break;
      case SweepFormat::json:
        made = sweep_json(runner, figures);
        break;
      case SweepFormat::svg:
        made = curve_svg(chart);
        break;
      case SweepFormat::png: {
        PngImage png = curve_png(chart);
        if (!png.warning.empty()) result.warnings.push_back(png.warning);
        if (png.bytes.empty()) {
          result.error = "sweep.png: " + png.warning;
          files.discard();
          return result;
        }
        made = std::move(png.bytes);
        break;
      }
      case SweepFormat::html:
        made = sweep_html(runner.plan(), figures, chart);
        break;
    }
    const std::string& b = bytes.emplace_back(std::move(made));
    pending.push_back({final_path, temp_file_path(final_path, ::getpid()), [&b](std::FILE* f) {
                         return std::fwrite(b.data(), 1, b.size(), f) == b.size();
                       }});
  }
  write_all(files, pending, result.written, result.error);
  result.ok = result.error.empty();
  return result;
}

}  // namespace burgers::exporter
