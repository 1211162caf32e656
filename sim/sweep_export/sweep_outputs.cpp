// The files of a sweep, chosen by --formats and written whole or not at all.
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <system_error>

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

bool write_temp(const Pending& p, std::string& error) {
  std::FILE* f = std::fopen(p.temp_path.c_str(), "wb");
  if (f == nullptr) {
    error = p.temp_path.string() + ": " + std::strerror(errno);
    return false;
  }
  const bool written = std::fwrite(p.bytes.data(), 1, p.bytes.size(), f) == p.bytes.size();
  const bool closed = std::fclose(f) == 0;
  if (!written || !closed) error = p.final_path.string() + ": " + std::strerror(errno);
  return written && closed;
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
                                const sweep::SweepRunner& runner) {
  WriteResult result;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    result.error = dir.string() + ": " + ec.message();
    return result;
  }
  const sweep::SweepResult figures = sweep::collect(runner);
  const chart::CurveChartModel chart = sweep_chart(runner.plan(), figures);
  const std::string suffix = ".tmp-" + std::to_string(::getpid());
  std::vector<Pending> pending;
  for (std::size_t i = 0; i < kFiles.size(); ++i) {
    const auto format = static_cast<SweepFormat>(i);
    if (!formats.has(format)) continue;
    Pending p{dir / kFiles[i], dir / ("." + std::string(kFiles[i]) + suffix), {}};
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
          return result;
        }
        p.bytes = std::move(png.bytes);
        break;
      }
      case SweepFormat::html:
        p.bytes = sweep_html(runner.plan(), figures, chart);
        break;
    }
    if (std::filesystem::is_directory(p.final_path, ec)) {
      result.error = p.final_path.string() + ": is a directory, not a file";
      return result;
    }
    pending.push_back(std::move(p));
  }
  std::size_t done = 0;
  while (done < pending.size() && write_temp(pending[done], result.error)) ++done;
  if (done == pending.size()) {
    for (const Pending& p : pending) {
      std::filesystem::rename(p.temp_path, p.final_path, ec);
      if (ec) {
        result.error = p.final_path.string() + ": " + ec.message();
        break;
      }
      result.written.push_back(p.final_path);
    }
  }
  for (const Pending& p : pending) std::filesystem::remove(p.temp_path, ec);
  result.ok = result.error.empty();
  return result;
}

}  // namespace burgers::exporter
