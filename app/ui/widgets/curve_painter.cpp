#include "ui/widgets/curve_painter.hpp"

#include <cmath>

#include "ui/widgets/chart_painter.hpp"

namespace burgers::ui {

namespace {

using chart::CurveXY;
using chart::LineStyle;

// A polyline in a dash pattern (the SVG's stroke-dasharray: 7 on 5 off, or 2 on 4 off).
void stroke(ImDrawList& draw, const std::vector<CurveXY>& points, ImVec2 o, ImU32 colour,
            float width, LineStyle style) {
  if (style == LineStyle::solid) {
    std::vector<ImVec2> p;
    for (const CurveXY& q : points) p.emplace_back(o.x + q.x, o.y + q.y);
    draw.AddPolyline(p.data(), static_cast<int>(p.size()), colour, ImDrawFlags_None, width);
    return;
  }
  const float on = style == LineStyle::dashed ? 7.0f : 2.0f;
  const float period = style == LineStyle::dashed ? 12.0f : 6.0f;
  float along = 0;
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    const float dx = points[i + 1].x - points[i].x;
    const float dy = points[i + 1].y - points[i].y;
    const float length = std::sqrt(dx * dx + dy * dy);
    for (float s = 0; s < length;) {
      const float phase = std::fmod(along + s, period);
      const float step =
          phase < on ? std::min(on - phase, length - s) : std::min(period - phase, length - s);
      if (phase < on) {
        const ImVec2 a(o.x + points[i].x + dx * s / length, o.y + points[i].y + dy * s / length);
        const ImVec2 b(o.x + points[i].x + dx * (s + step) / length,
                       o.y + points[i].y + dy * (s + step) / length);
        draw.AddLine(a, b, colour, width);
      }
      s += std::max(step, 0.01f);
    }
    along += length;
  }
}

void marker(ImDrawList& draw, ImVec2 c, float r, ImU32 colour, bool square) {
  if (square) {
    draw.AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), colour);
  } else {
    draw.AddCircleFilled(c, r, colour, 12);
  }
}

void panel(ImDrawList& draw, const chart::CurvePanel& p, ImVec2 o) {
  const ImU32 grid = to_imgui(chart::kGrid);
  for (const float x : p.grid_x) draw.AddLine({o.x + x, o.y + p.y0}, {o.x + x, o.y + p.y1}, grid);
  for (const float y : p.grid_y) draw.AddLine({o.x + p.x0, o.y + y}, {o.x + p.x1, o.y + y}, grid);
  for (const chart::CurveBand& b : p.bands) {
    for (std::size_t i = 0; i + 1 < b.upper.size(); ++i) {
      const ImVec2 quad[4] = {{o.x + b.upper[i].x, o.y + b.upper[i].y},
                              {o.x + b.upper[i + 1].x, o.y + b.upper[i + 1].y},
                              {o.x + b.lower[i + 1].x, o.y + b.lower[i + 1].y},
                              {o.x + b.lower[i].x, o.y + b.lower[i].y}};
      draw.AddConvexPolyFilled(quad, 4, to_imgui(b.fill));
    }
  }
  for (const chart::CurveLine& l : p.lines)
    stroke(draw, l.points, o, to_imgui(l.colour), l.width, l.style);
  for (const chart::CurveMarker& m : p.markers)
    marker(draw, {o.x + m.x, o.y + m.y}, m.radius, to_imgui(m.colour), m.square);
  const ImU32 axis = to_imgui(chart::kMutedText);
  draw.AddLine({o.x + p.x0, o.y + p.y0}, {o.x + p.x0, o.y + p.y1}, axis);
  draw.AddLine({o.x + p.x0, o.y + p.y1}, {o.x + p.x1, o.y + p.y1}, axis);
}

}  // namespace

void paint_curves(ImDrawList& draw, const chart::CurveChartModel& m, ImVec2 o) {
  draw.AddRectFilled(o, ImVec2(o.x + m.width, o.y + m.height), to_imgui(chart::kBackground), 4.0f);
  for (const chart::CurvePanel& p : m.panels) panel(draw, p, o);
  for (const chart::CurveLegendKey& k : m.legend) {
    if (k.band) {
      chart::Rgba fill = k.colour;
      fill.a = 46;
      draw.AddRectFilled({o.x + k.x, o.y + k.y - 5}, {o.x + k.x + m.key_width, o.y + k.y + 5},
                         to_imgui(fill));
    }
    if (k.line)
      stroke(draw, {{k.x, k.y}, {k.x + m.key_width, k.y}}, o, to_imgui(k.colour), 2, k.style);
    if (k.marker)
      marker(draw, {o.x + k.x + m.key_width / 2, o.y + k.y}, 3.5f, to_imgui(k.colour), k.square);
  }
  ImFont* font = ImGui::GetFont();
  for (const chart::CurveText& t : m.texts) {
    if (t.text.empty()) continue;
    const ImVec2 size = font->CalcTextSizeA(t.px, FLT_MAX, 0, t.text.c_str());
    float x = o.x + t.x;
    if (t.anchor == chart::TextAnchor::middle) x -= size.x / 2;
    if (t.anchor == chart::TextAnchor::end) x -= size.x;
    // The model places baselines; ImGui places the top of the line.
    const float y = o.y + t.y - t.px * 0.8f;
    draw.AddText(font, t.px, ImVec2(x, y), to_imgui(t.colour), t.text.c_str());
    if (t.bold) draw.AddText(font, t.px, ImVec2(x + 0.6f, y), to_imgui(t.colour), t.text.c_str());
  }
}

MarkerHit marker_at(const chart::CurveChartModel& m, ImVec2 point) {
  MarkerHit best;
  float best_d2 = 8.0f * 8.0f;  // within 8 px
  for (std::size_t p = 0; p < m.panels.size(); ++p) {
    const auto& markers = m.panels[p].markers;
    for (std::size_t i = 0; i < markers.size(); ++i) {
      const float dx = markers[i].x - point.x;
      const float dy = markers[i].y - point.y;
      if (dx * dx + dy * dy <= best_d2) {
        best_d2 = dx * dx + dy * dy;
        best = {static_cast<int>(p), static_cast<int>(i)};
      }
    }
  }
  return best;
}

}  // namespace burgers::ui
