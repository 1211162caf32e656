#include "export/raster.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace burgers::exporter {

namespace {

int snap_edge(float v) {
  return static_cast<int>(std::lround(v));
}

std::size_t offset(int x, int y, int width) {
  return (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
          static_cast<std::size_t>(x)) *
         4;
}

// Ink of a pattern at a pixel, 0..255. Matches the SVG <pattern>s: a 1.5-px diagonal
// every 6 px (full on the line's centre pixels, half beside them), and a dot of radius 1
// every 4 px. Both are anchored at the canvas origin, as userSpaceOnUse patterns are.
int pattern_ink(chart::Pattern pattern, int x, int y) {
  switch (pattern) {
    case chart::Pattern::hatched: {
      const int d = (x + y + 1) % 6;
      if (d == 0) return 255;
      return d == 1 || d == 5 ? 90 : 0;
    }
    case chart::Pattern::dotted: {
      const int px = x % 4;
      const int py = y % 4;
      return (px == 1 || px == 2) && (py == 1 || py == 2) ? 200 : 0;
    }
    case chart::Pattern::solid:
      break;
  }
  return 0;
}

}  // namespace

Raster::Raster(int width, int height, chart::Rgba background)
    : width_(std::max(width, 1)), height_(std::max(height, 1)) {
  pixels_.resize(static_cast<std::size_t>(width_) * static_cast<std::size_t>(height_) * 4);
  for (std::size_t i = 0; i < pixels_.size(); i += 4) {
    pixels_[i] = background.r;
    pixels_[i + 1] = background.g;
    pixels_[i + 2] = background.b;
    pixels_[i + 3] = background.a;
  }
}

chart::Rgba Raster::at(int x, int y) const {
  const std::size_t o = offset(x, y, width_);
  return {pixels_[o], pixels_[o + 1], pixels_[o + 2], pixels_[o + 3]};
}

void Raster::blend(int x, int y, chart::Rgba c, int coverage) {
  if (x < 0 || y < 0 || x >= width_ || y >= height_ || coverage <= 0) return;
  // Integer "source over": the same bytes on every machine, unlike float rounding.
  const int a = c.a * std::min(coverage, 255) / 255;
  if (a == 0) return;
  std::uint8_t* p = &pixels_[offset(x, y, width_)];
  const int src[3] = {c.r, c.g, c.b};
  for (int k = 0; k < 3; ++k) {
    p[k] = static_cast<std::uint8_t>((src[k] * a + p[k] * (255 - a) + 127) / 255);
  }
  p[3] = static_cast<std::uint8_t>(a + (p[3] * (255 - a) + 127) / 255);
}

Raster::Box Raster::snap(float x0, float y0, float x1, float y1) const {
  Box b{snap_edge(x0), snap_edge(y0), snap_edge(x1), snap_edge(y1)};
  // A folded bar is about a pixel wide wherever it falls; never let rounding erase it.
  if (x1 > x0 && b.x1 <= b.x0) b.x1 = b.x0 + 1;
  if (y1 > y0 && b.y1 <= b.y0) b.y1 = b.y0 + 1;
  b.x0 = std::clamp(b.x0, 0, width_);
  b.x1 = std::clamp(b.x1, 0, width_);
  b.y0 = std::clamp(b.y0, 0, height_);
  b.y1 = std::clamp(b.y1, 0, height_);
  return b;
}

void Raster::fill_rect(float x0, float y0, float x1, float y1, chart::Rgba c) {
  const Box b = snap(x0, y0, x1, y1);
  for (int y = b.y0; y < b.y1; ++y) {
    for (int x = b.x0; x < b.x1; ++x) blend(x, y, c);
  }
}

void Raster::fill_styled(float x0, float y0, float x1, float y1, const chart::StateStyle& style,
                         bool outline) {
  const Box b = snap(x0, y0, x1, y1);
  for (int y = b.y0; y < b.y1; ++y) {
    for (int x = b.x0; x < b.x1; ++x) {
      blend(x, y, style.fill);
      blend(x, y, style.edge, pattern_ink(style.pattern, x, y));
    }
  }
  if (!outline || b.x1 - b.x0 < 2 || b.y1 - b.y0 < 2) return;
  // A light outline (the SVG's 0.6-px stroke) separates consecutive bars of one state.
  constexpr int kOutline = 150;
  for (int x = b.x0; x < b.x1; ++x) {
    blend(x, b.y0, style.edge, kOutline);
    blend(x, b.y1 - 1, style.edge, kOutline);
  }
  for (int y = b.y0 + 1; y + 1 < b.y1; ++y) {
    blend(b.x0, y, style.edge, kOutline);
    blend(b.x1 - 1, y, style.edge, kOutline);
  }
}

void Raster::hline(float x0, float x1, float y, chart::Rgba c) {
  const int row = static_cast<int>(std::floor(y));
  const Box b = snap(x0, 0, x1, 1);
  for (int x = b.x0; x < b.x1; ++x) blend(x, row, c);
}

void Raster::vline(float x, float y0, float y1, chart::Rgba c) {
  const int column = static_cast<int>(std::floor(x));
  const Box b = snap(0, y0, 1, y1);
  for (int y = b.y0; y < b.y1; ++y) blend(column, y, c);
}

}  // namespace burgers::exporter
