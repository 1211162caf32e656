#pragma once
// Small text helpers shared by the SVG and HTML writers (sim/export and sim/sweep_export).
#include <string>
#include <string_view>

#include "chart/palette.hpp"

namespace burgers::exporter {

// Escapes & < > " ' so `text` is safe both as XML/HTML text and inside attribute values.
void append_escaped(std::string& out, std::string_view text);
std::string escaped(std::string_view text);
// The same with a <wbr/> wherever the shared line breaker lets Chinese text break (between
// CJK characters, never before 。，、 nor after 「（); pages style such text with
// word-break: keep-all, so a browser breaks it there and at spaces only.
void append_breakable(std::string& out, std::string_view text);

// A coordinate with at most one decimal, locale-free and deterministic: 12.25 -> "12.3",
// 4.0 -> "4", -0.04 -> "0".
std::string coord(double v);
// coord() of the pixel centre: a 1-px line drawn there is crisp instead of smeared over
// two pixels.
std::string crisp(float v);

// "#rrggbb" (alpha is written separately, as an opacity).
std::string hex(chart::Rgba c);

// The style every HTML page of ours starts from (report.html, sweep.html): page, sections,
// headings, muted text (.zh, .meta) and right-aligned tables, the main column at most
// `max_width_px` wide. Each page appends its own rules.
std::string page_css(int max_width_px);

}  // namespace burgers::exporter
