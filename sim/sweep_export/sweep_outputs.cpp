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

struct Pending {
  std::filesystem::path final_path;
  std::filesystem::path temp_path;
  std::string bytes;
};

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
  std::error_code ec;
  for (const std::string_view name : kFiles) {
    if (std::filesystem::is_directory(dir / name, ec)) {
      result.error = (dir / name).string() + ": is a directory, not a file";
      return result;
    }
  }
  if (!files.create_directories(dir, result.error)) {
    files.discard();
    return result;
  }
  const std::vector<std::string> names(kFiles.begin(), kFiles.end());
  remove_stale_temps(dir, names);
  const sweep::SweepResult figures = sweep::collect(runner);
  const chart::CurveChartModel chart = sweep_chart(runner.plan(), figures);
  std::vector<Pending> pending;
  for (std::size_t i = 0; i < kFiles.size(); ++i) {
    const auto format = static_cast<SweepFormat>(i);
    if (!formats.has(format)) continue;
    const std::filesystem::path final_path = dir / kFiles[i];
    Pending p{final_path, temp_file_path(final_path, ::getpid()), {}};
    switch (format) {
      case SweepFormat::csv:
        p.bytes = sweep_csv(runner);
        break;
      case SweepFormat::json:
        p.bytes = sweep_json(runner, figures);
        break;
      case SweepFormat::svg:
        p.bytes = curve_svg(chart);
        break;
      case SweepFormat::png: {
        PngImage png = curve_png(chart);
        if (!png.warning.empty()) result.warnings.push_back(png.warning);
        if (png.bytes.empty()) {
          result.error = "sweep.png: " + png.warning;
          files.discard();
          return result;
        }
        p.bytes = std::move(png.bytes);
        break;
      }
      case SweepFormat::html:
        p.bytes = sweep_html(runner.plan(), figures, chart);
        break;
    }
    pending.push_back(std::move(p));
  }
  // Everything goes to temporary names first; only when all succeeded are they renamed,
  // so a failure (disk full, a signal) leaves no half-written file.
  bool all_written = true;
  for (const Pending& p : pending) {
    const auto produce = [&p](std::FILE* f) {
      return std::fwrite(p.bytes.data(), 1, p.bytes.size(), f) == p.bytes.size();
    };
    if (!write_temp_file(files, p.final_path, p.temp_path, produce, result.error)) {
      all_written = false;
      break;
    }
  }
  std::vector<std::pair<std::filesystem::path, std::filesystem::path>> renames;
  for (const Pending& p : pending) renames.emplace_back(p.temp_path, p.final_path);
  if (!all_written || !files.commit(renames, result.written, result.error)) files.discard();
  result.ok = result.error.empty();
  return result;
}

}  // namespace burgers::exporter
