// sweep.png: the CurveChartModel painted on our own raster, item for item as the SVG draws
// it: grid, bands, anti-aliased lines (dashed and dotted like stroke-dasharray), markers,
// legend keys, then the text.
#include <stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "export/raster.hpp"
#include "export/raster_text.hpp"
#include "sweep_export/sweep_exports.hpp"

namespace burgers::exporter {

namespace {

using chart::CurveXY;
using chart::LineStyle;

// On and off lengths of a dash pattern, in pixels (as the SVG's stroke-dasharray).
bool inked(LineStyle style, float along) {
  switch (style) {
    case LineStyle::dashed:
      return std::fmod(along, 12.0f) < 7.0f;
    case LineStyle::dotted:
      return std::fmod(along, 6.0f) < 2.0f;
    case LineStyle::solid:
      break;
  }
  return true;
}

// Coverage of each pixel by the stroke (the most any segment gives), then blended once, so
// joints are not darker than the line.
void stroke(Raster& canvas, const std::vector<CurveXY>& points, chart::Rgba colour, float width,
            LineStyle style) {
  if (points.size() < 2) return;
  const float reach = width / 2 + 1;
  float min_x = points[0].x, max_x = points[0].x, min_y = points[0].y, max_y = points[0].y;
  for (const CurveXY& p : points) {
    min_x = std::min(min_x, p.x);
    max_x = std::max(max_x, p.x);
    min_y = std::min(min_y, p.y);
    max_y = std::max(max_y, p.y);
  }
  const int x0 = std::max(0, static_cast<int>(std::floor(min_x - reach)));
  const int y0 = std::max(0, static_cast<int>(std::floor(min_y - reach)));
  const int x1 = std::min(canvas.width() - 1, static_cast<int>(std::ceil(max_x + reach)));
  const int y1 = std::min(canvas.height() - 1, static_cast<int>(std::ceil(max_y + reach)));
  if (x1 < x0 || y1 < y0) return;
  const int w = x1 - x0 + 1;
  std::vector<float> cover(static_cast<std::size_t>(w) * static_cast<std::size_t>(y1 - y0 + 1), 0);
  float start = 0;  // distance along the line where the segment begins
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    const CurveXY a = points[i];
    const CurveXY b = points[i + 1];
    const float dx = b.x - a.x;
    const float dy = b.y - a.y;
    const float length2 = dx * dx + dy * dy;
    const float length = std::sqrt(length2);
    const int sx0 = std::max(x0, static_cast<int>(std::floor(std::min(a.x, b.x) - reach)));
    const int sx1 = std::min(x1, static_cast<int>(std::ceil(std::max(a.x, b.x) + reach)));
    const int sy0 = std::max(y0, static_cast<int>(std::floor(std::min(a.y, b.y) - reach)));
    const int sy1 = std::min(y1, static_cast<int>(std::ceil(std::max(a.y, b.y) + reach)));
    for (int y = sy0; y <= sy1; ++y) {
      for (int x = sx0; x <= sx1; ++x) {
        const float px = static_cast<float>(x) + 0.5f - a.x;
        const float py = static_cast<float>(y) + 0.5f - a.y;
        const float t = length2 > 0 ? std::clamp((px * dx + py * dy) / length2, 0.0f, 1.0f) : 0;
        const float ex = px - t * dx;
        const float ey = py - t * dy;
        const float c = std::clamp(width / 2 + 0.5f - std::sqrt(ex * ex + ey * ey), 0.0f, 1.0f);
        if (c <= 0 || !inked(style, start + t * length)) continue;
        float& slot = cover[static_cast<std::size_t>(y - y0) * static_cast<std::size_t>(w) +
                            static_cast<std::size_t>(x - x0)];
        slot = std::max(slot, c);
      }
    }
    start += length;
  }
  for (int y = y0; y <= y1; ++y) {
    for (int x = x0; x <= x1; ++x) {
      const float c = cover[static_cast<std::size_t>(y - y0) * static_cast<std::size_t>(w) +
                            static_cast<std::size_t>(x - x0)];
      if (c > 0) canvas.blend(x, y, colour, static_cast<int>(std::lround(c * 255)));
    }
  }
}

// The band between two lines sharing x coordinates, column by column.
void fill_band(Raster& canvas, const chart::CurveBand& band) {
  for (std::size_t i = 0; i + 1 < band.upper.size(); ++i) {
    const float xa = band.upper[i].x;
    const float xb = band.upper[i + 1].x;
    if (xb <= xa) continue;
    for (int x = static_cast<int>(std::ceil(xa - 0.5f)); static_cast<float>(x) + 0.5f < xb; ++x) {
      const float t = (static_cast<float>(x) + 0.5f - xa) / (xb - xa);
      const float top = band.upper[i].y + t * (band.upper[i + 1].y - band.upper[i].y);
      const float bottom = band.lower[i].y + t * (band.lower[i + 1].y - band.lower[i].y);
      for (int y = static_cast<int>(std::ceil(top - 0.5f)); static_cast<float>(y) + 0.5f <= bottom;
           ++y) {
        canvas.blend(x, y, band.fill);
      }
    }
  }
}

void marker(Raster& canvas, float cx, float cy, float r, chart::Rgba colour, bool square) {
  if (square) {
    canvas.fill_rect(cx - r, cy - r, cx + r, cy + r, colour);
    return;
  }
  for (int y = static_cast<int>(std::floor(cy - r - 1)); y <= static_cast<int>(cy + r + 1); ++y) {
    for (int x = static_cast<int>(std::floor(cx - r - 1)); x <= static_cast<int>(cx + r + 1); ++x) {
      const float dx = static_cast<float>(x) + 0.5f - cx;
      const float dy = static_cast<float>(y) + 0.5f - cy;
      const float c = std::clamp(r + 0.5f - std::sqrt(dx * dx + dy * dy), 0.0f, 1.0f);
      if (c > 0) canvas.blend(x, y, colour, static_cast<int>(std::lround(c * 255)));
    }
  }
}

void paint_panel(Raster& canvas, const chart::CurvePanel& p) {
  for (const float x : p.grid_x) canvas.vline(x, p.y0, p.y1, chart::kGrid);
  for (const float y : p.grid_y) canvas.hline(p.x0, p.x1, y, chart::kGrid);
  for (const chart::CurveBand& b : p.bands) fill_band(canvas, b);
  for (const chart::CurveLine& l : p.lines) stroke(canvas, l.points, l.colour, l.width, l.style);
  for (const chart::CurveMarker& m : p.markers)
    marker(canvas, m.x, m.y, m.radius, m.colour, m.square);
  canvas.vline(p.x0, p.y0, p.y1, chart::kMutedText);
  canvas.hline(p.x0, p.x1, p.y1, chart::kMutedText);
}

void paint_legend(Raster& canvas, const chart::CurveChartModel& m) {
  for (const chart::CurveLegendKey& k : m.legend) {
    if (k.band) {
      chart::Rgba fill = k.colour;
      fill.a = 46;
      canvas.fill_rect(k.x, k.y - 5, k.x + m.key_width, k.y + 5, fill);
    }
    if (k.line) stroke(canvas, {{k.x, k.y}, {k.x + m.key_width, k.y}}, k.colour, 2, k.style);
    if (k.marker) marker(canvas, k.x + m.key_width / 2, k.y, 3.5f, k.colour, k.square);
  }
}

void paint_texts(Raster& canvas, const RasterFont& font, const chart::CurveChartModel& m) {
  for (const chart::CurveText& t : m.texts) {
    TextStyle style{t.px, t.colour};
    style.bold = t.bold;
    style.align = t.anchor == chart::TextAnchor::middle ? Align::center
                  : t.anchor == chart::TextAnchor::end  ? Align::right
                                                        : Align::left;
    font.draw(canvas, t.text, t.x, t.y, style);
  }
}

void append_bytes(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                             static_cast<std::size_t>(size));
}

}  // namespace

PngImage curve_png(const chart::CurveChartModel& model) {
  PngImage image;
  Raster canvas(static_cast<int>(std::ceil(model.width)), static_cast<int>(std::ceil(model.height)),
                chart::kBackground);
  for (const chart::CurvePanel& p : model.panels) paint_panel(canvas, p);
  paint_legend(canvas, model);
  const RasterFont& font = RasterFont::system();
  if (font.ok()) {
    paint_texts(canvas, font, model);
  } else {
    image.warning = "sweep.png has no text: " + font.problem() +
                    " (install fonts-wqy-microhei or any sans-serif font)";
  }
  if (stbi_write_png_to_func(append_bytes, &image.bytes, canvas.width(), canvas.height(), 4,
                             canvas.pixels().data(), canvas.width() * 4) == 0) {
    image.bytes.clear();
    image.warning = "could not encode sweep.png";
  }
  return image;
}

}  // namespace burgers::exporter
