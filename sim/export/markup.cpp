#include "export/markup.hpp"

#include "text/line_break.hpp"

#include <cmath>
#include <cstdint>

namespace burgers::exporter {

void append_escaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        // Control characters other than tab and newline are not allowed in XML 1.0 at all.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
}

std::string escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_escaped(out, text);
  return out;
}

std::string crisp(float v) {
  return coord(std::floor(v) + 0.5);
}

std::string coord(double v) {
  // Integer tenths instead of printf("%.1f"): no locale, no "-0.0", the same everywhere.
  const auto tenths = static_cast<std::int64_t>(std::llround(v * 10.0));
  const std::int64_t whole = tenths / 10;
  const std::int64_t frac = tenths % 10;
  std::string out;
  if (tenths < 0) out += '-';
  out += std::to_string(whole < 0 ? -whole : whole);
  if (frac != 0) {
    out += '.';
    out += static_cast<char>('0' + (frac < 0 ? -frac : frac));
  }
  return out;
}

std::string hex(chart::Rgba c) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = "#";
  for (const std::uint8_t v : {c.r, c.g, c.b}) {
    out += kDigits[v >> 4];
    out += kDigits[v & 15];
  }
  return out;
}

std::string page_css(int max_width_px) {
  return "body{margin:0;background:#f1f3f5;color:" + hex(chart::kText) +
         ";font:15px/1.5 system-ui,'WenQuanYi Micro Hei','Noto Sans CJK TC',sans-serif}"
         "main{max-width:" +
         std::to_string(max_width_px) +
         "px;margin:0 auto;padding:24px}"
         "section{background:#fff;border:1px solid " +
         hex(chart::kGrid) +
         ";border-radius:6px;padding:16px 20px;margin:16px 0}"
         "h1{margin:0}h2{margin:0 0 12px;font-size:20px}"
         ".zh{font-size:20px;color:" +
         hex(chart::kMutedText) + "}.meta{color:" + hex(chart::kMutedText) +
         "}"
         "table{border-collapse:collapse;margin:8px 0}"
         "th,td{padding:4px 10px;border-bottom:1px solid " +
         hex(chart::kGrid) + ";text-align:right}thead th{background:" + hex(chart::kLaneStripe) +
         "}";
}

void append_breakable(std::string& out, std::string_view text) {
  char32_t before = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const char32_t c = text::next_code_point(text, i);
    if (before != 0 && before != U' ' && c != U' ' && text::can_break_between(before, c)) {
      append_escaped(out, text.substr(start, at - start));
      out += "<wbr/>";  // also well-formed XML
      start = at;
    }
    before = c;
  }
  append_escaped(out, text.substr(start));
}

}  // namespace burgers::exporter
