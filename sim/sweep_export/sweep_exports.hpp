#pragma once
// The files of a sweep: sweep.csv (a row per run), sweep.json (per point and metric: mean,
// sd, 95% interval, n, theory), sweep.svg/.png (one CurveChartModel) and sweep.html,
// written whole or not at all. Include from the CLI and tests.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "chart/curve_chart.hpp"
#include "export/graphics.hpp"
#include "export/outputs.hpp"
#include "sweep/sweep_result.hpp"

namespace burgers::exporter {

enum class SweepFormat : std::uint8_t { csv, json, svg, png, html };

class SweepFormatSet {
 public:
  static SweepFormatSet all();
  // "csv,json,png" or "all"; nullopt with `error` set for an unknown name or an empty list.
  static std::optional<SweepFormatSet> parse(std::string_view list, std::string& error);
  bool has(SweepFormat f) const { return (bits_ >> static_cast<unsigned>(f)) & 1u; }
  void add(SweepFormat f) { bits_ |= 1u << static_cast<unsigned>(f); }
  bool empty() const { return bits_ == 0; }

 private:
  unsigned bits_ = 0;
};

std::string sweep_csv(const sweep::SweepRunner& runner);
std::string sweep_json(const sweep::SweepRunner& runner, const sweep::SweepResult& result);

// The chart every drawn file shows (one layout for the SVG, the PNG and the HTML page).
chart::CurveChartModel sweep_chart(const sweep::SweepPlan& plan, const sweep::SweepResult& result);
// A standalone SVG document of `model`, and its <svg> element alone (for HTML).
std::string curve_svg(const chart::CurveChartModel& model);
std::string curve_svg_element(const chart::CurveChartModel& model);
// The same geometry rasterized and encoded as PNG.
PngImage curve_png(const chart::CurveChartModel& model);

std::string sweep_html(const sweep::SweepPlan& plan, const sweep::SweepResult& result,
                       const chart::CurveChartModel& chart);

// Writes the chosen files into `dir` (created if needed): temporary names first, renamed
// only when every file was written; on any failure nothing is left, not even the folders
// it created. `guard` (optional) lets another thread (the signal watcher) abandon it.
WriteResult write_sweep_outputs(const std::filesystem::path& dir, const SweepFormatSet& formats,
                                const sweep::SweepRunner& runner, WriteGuard* guard = nullptr);

}  // namespace burgers::exporter
