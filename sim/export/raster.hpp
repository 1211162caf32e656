#pragma once
// A tiny RGBA8 canvas for timeline.png: pixel-snapped rectangles, the palette's hatch and
// dot patterns, 1-px lines and alpha blending. Internal to sim/export.
#include <cstdint>
#include <vector>

#include "chart/palette.hpp"

namespace burgers::exporter {

class Raster {
 public:
  Raster(int width, int height, chart::Rgba background);

  int width() const { return width_; }
  int height() const { return height_; }
  // Row-major RGBA, 4 bytes a pixel, no padding.
  const std::vector<std::uint8_t>& pixels() const { return pixels_; }
  chart::Rgba at(int x, int y) const;

  // Blends `c` over one pixel with `coverage` (0..255) on top of c.a; outside is ignored.
  void blend(int x, int y, chart::Rgba c, int coverage = 255);
  void fill_rect(float x0, float y0, float x1, float y1, chart::Rgba c);
  // A chart bar in a state's style: fill, hatch or dots, and an outline when asked.
  void fill_styled(float x0, float y0, float x1, float y1, const chart::StateStyle& style,
                   bool outline);
  // 1-px lines on the pixel that holds the coordinate (as the SVG draws them at +0.5).
  void hline(float x0, float x1, float y, chart::Rgba c);
  void vline(float x, float y0, float y1, chart::Rgba c);

 private:
  struct Box {
    int x0, y0, x1, y1;
  };
  // Pixels a rectangle covers: edges rounded, at least one pixel if it is not empty,
  // clipped to the canvas.
  Box snap(float x0, float y0, float x1, float y1) const;

  int width_;
  int height_;
  std::vector<std::uint8_t> pixels_;
};

}  // namespace burgers::exporter
