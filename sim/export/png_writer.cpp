// timeline.png: the ChartModel painted on our own small raster, in the same order and
// with the same geometry, colours and patterns as svg_writer.cpp.
#include <stb_image_write.h>

#include <cmath>
#include <string>

#include "export/graphics.hpp"
#include "export/raster.hpp"
#include "export/raster_text.hpp"
#include "export/svg_timeline.hpp"

namespace burgers::exporter {

namespace {

using chart::ChartModel;

chart::Rgba faded(chart::Rgba c, int alpha) {
  c.a = static_cast<std::uint8_t>(alpha);
  return c;
}

void paint_plot(Raster& canvas, const ChartModel& m) {
  int row = 0;
  for (const auto& lane : m.lanes) {
    if (lane.header) {
      row = 0;
      continue;
    }
    if (row++ % 2 == 1)
      canvas.fill_rect(0, lane.y0 - 1, m.plot_x1, lane.y1 + 1, chart::kLaneStripe);
  }
  const auto axes = axes_of(m);
  for (const auto& axis : axes) {
    for (const auto& t : axis.ticks) {
      canvas.vline(t.x, axis.grid_y0, axis.grid_y1,
                   t.major ? chart::kGrid : faded(chart::kGrid, 115));
    }
  }
  for (const auto& r : m.rects) {
    canvas.fill_styled(r.x0, r.y0, r.x1, r.y1, chart::style_of(r.state),
                       r.x1 - r.x0 >= kOutlineMinWidth);
  }
  for (const auto& mark : m.marks) {
    canvas.vline(mark.x, mark.y0, mark.y1, chart::style_of(mark.state).fill);
  }
  if (m.cursor_x >= 0) {
    canvas.vline(m.cursor_x, m.plot_y0, m.plot_y1, chart::kCursor);
    canvas.vline(m.cursor_x + 1, m.plot_y0, m.plot_y1, faded(chart::kCursor, 128));
  }
  for (const auto& axis : axes) {
    canvas.hline(axis.x0, axis.x1, axis.y, chart::kMutedText);
    for (const auto& t : axis.ticks) {
      canvas.vline(t.x, axis.y, axis.y + (t.major ? 5.0f : 3.0f), chart::kMutedText);
    }
  }
}

void paint_legend_swatches(Raster& canvas, const ChartModel& m) {
  for (const auto& e : m.legend) {
    const auto& style = chart::style_of(e.state);
    canvas.fill_styled(e.x, e.y, e.x + m.swatch_px, e.y + m.swatch_px, style, false);
    canvas.hline(e.x, e.x + m.swatch_px, e.y, style.edge);
    canvas.hline(e.x, e.x + m.swatch_px, e.y + m.swatch_px - 1, style.edge);
    canvas.vline(e.x, e.y, e.y + m.swatch_px, style.edge);
    canvas.vline(e.x + m.swatch_px - 1, e.y, e.y + m.swatch_px, style.edge);
  }
}

void paint_text(Raster& canvas, const RasterFont& font, const ChartModel& m) {
  TextStyle lane{m.text_px, chart::kText};
  for (const auto& l : m.lanes) {
    const float baseline = (l.y0 + l.y1) / 2 + m.text_px * 0.36f;
    const float x = l.header ? 8.0f : 16.0f;
    lane.bold = l.header;
    lane.max_width = m.plot_x0 - 6 - x;  // the SVG's clip path
    font.draw(canvas, l.label, x, baseline, lane);
  }
  for (const auto& axis : axes_of(m)) {
    TextStyle tick{m.text_px, chart::kMutedText, Align::center};
    const float tick_baseline = axis.y + 8 + m.text_px;
    for (const auto& t : axis.ticks) {
      if (t.major && !t.label.empty()) font.draw(canvas, t.label, t.label_x, tick_baseline, tick);
    }
    tick.align = Align::left;
    font.draw(canvas, axis.label, 8, tick_baseline, tick);
  }
  TextStyle heading{m.text_px + 2, chart::kText};
  heading.bold = true;
  for (const auto& h : m.headings) font.draw(canvas, h.text, h.x, h.y, heading);
  const TextStyle legend{m.text_px, chart::kText};
  for (const auto& e : m.legend) {
    font.draw(canvas, e.label, e.x + m.swatch_px + 6, e.y + m.swatch_px / 2 + m.text_px * 0.36f,
              legend);
  }
  TextStyle title{m.title_px, chart::kText};
  title.bold = true;
  for (std::size_t i = 0; i < m.title_lines.size(); ++i)  // wrapped by the chart builder
    font.draw(canvas, m.title_lines[i], 16, m.title_baseline(i), title);
  font.draw(canvas, m.subtitle, 16, m.subtitle_baseline(), TextStyle{m.text_px, chart::kMutedText});
}

void append_bytes(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                             static_cast<std::size_t>(size));
}

}  // namespace

PngImage timeline_png(const ChartModel& model) {
  PngImage image;
  const int width = static_cast<int>(std::ceil(model.width));
  const int height = static_cast<int>(std::ceil(model.height));
  Raster canvas(width, height, chart::kBackground);
  paint_plot(canvas, model);
  paint_legend_swatches(canvas, model);
  const RasterFont& font = RasterFont::system();
  if (font.ok()) {
    paint_text(canvas, font, model);
  } else {
    image.warning = "timeline.png has no text: " + font.problem() +
                    " (install fonts-wqy-microhei or any sans-serif font)";
  }
  // stb's encoder is deterministic: the same pixels give the same bytes.
  if (stbi_write_png_to_func(append_bytes, &image.bytes, canvas.width(), canvas.height(), 4,
                             canvas.pixels().data(), canvas.width() * 4) == 0) {
    image.bytes.clear();
    image.warning = "could not encode timeline.png";
  }
  return image;
}

}  // namespace burgers::exporter
