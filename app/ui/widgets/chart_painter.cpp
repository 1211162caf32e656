#include "ui/widgets/chart_painter.hpp"
#include "ui/widgets/backdrop.hpp"

#include <algorithm>

#include "chart/palette.hpp"

namespace burgers::ui {

using chart::Pattern;
using chart::style_of;

namespace {

// Diagonal hatching inside [a, b]; only where the bar is wide enough to show it.
void hatch(ImDrawList& draw, ImVec2 a, ImVec2 b, ImU32 ink) {
  const float spacing = 6.0f;
  draw.PushClipRect(a, b, true);
  const float h = b.y - a.y;
  for (float x = a.x - h; x < b.x; x += spacing) draw.AddLine({x, b.y}, {x + h, a.y}, ink, 1.0f);
  draw.PopClipRect();
}

void dots(ImDrawList& draw, ImVec2 a, ImVec2 b, ImU32 ink) {
  const float spacing = 5.0f;
  for (float y = a.y + 2.5f; y < b.y - 1.0f; y += spacing) {
    for (float x = a.x + 2.5f; x < b.x - 1.0f; x += spacing)
      draw.AddRectFilled({x - 0.8f, y - 0.8f}, {x + 0.8f, y + 0.8f}, ink);
  }
}

}  // namespace

void paint_state_swatch(ImDrawList& draw, ImVec2 a, ImVec2 b, trace::State state) {
  const chart::StateStyle& style = style_of(state);
  draw.AddRectFilled(a, b, to_imgui(style.fill));
  if (b.x - a.x >= 5.0f) {
    if (style.pattern == Pattern::hatched) hatch(draw, a, b, to_imgui(style.edge));
    if (style.pattern == Pattern::dotted) dots(draw, a, b, to_imgui(style.edge));
    draw.AddRect(a, b, to_imgui(style.edge));
  }
}

void paint_chart(ImDrawList& draw, const chart::ChartModel& m, ImVec2 o) {
  auto at = [o](float x, float y) { return ImVec2(o.x + x, o.y + y); };
  const float text_h = ImGui::GetFontSize();
  // The chart is paper-white as in the SVG and PNG exports, so one palette reads the same
  // everywhere, whatever the window's theme.
  backdrop(draw, at(0, 0), at(m.width, m.height), to_imgui(chart::kBackground), 4.0f);
  // Baselines from the model; ImGui places text by its top.
  for (std::size_t i = 0; i < m.title_lines.size(); ++i)
    draw.AddText(at(16, m.title_baseline(i) - text_h * 0.8f), to_imgui(chart::kText),
                 m.title_lines[i].c_str());
  if (!m.subtitle.empty())
    draw.AddText(at(16, m.subtitle_baseline() - text_h * 0.8f), to_imgui(chart::kMutedText),
                 m.subtitle.c_str());
  for (const chart::ChartLane& lane : m.lanes) {
    if (lane.header) {
      // A disclosure triangle: pointing down when open, right when collapsed.
      const float cy = lane.y0 + (lane.y1 - lane.y0) / 2;
      if (lane.collapsed) {
        draw.AddTriangleFilled(at(6, cy - 4), at(6, cy + 4), at(12, cy),
                               to_imgui(chart::kMutedText));
      } else {
        draw.AddTriangleFilled(at(5, cy - 3), at(13, cy - 3), at(9, cy + 3),
                               to_imgui(chart::kMutedText));
      }
      draw.AddText(at(18, lane.y0 + (lane.y1 - lane.y0 - text_h) / 2), to_imgui(chart::kText),
                   lane.label.c_str());
      draw.AddLine(at(m.plot_x0, lane.y1), at(m.plot_x1, lane.y1), to_imgui(chart::kGrid));
      continue;
    }
    backdrop(draw, at(m.plot_x0, lane.y0), at(m.plot_x1, lane.y1), to_imgui(chart::kLaneStripe));
    const ImVec2 size = ImGui::CalcTextSize(lane.label.c_str());
    const float label_x = std::max(4.0f, m.plot_x0 - 8 - size.x);
    // A name too long for the label column is cut at its edge, never drawn over the bars.
    draw.PushClipRect(at(0, lane.y0), at(m.plot_x0 - 4, lane.y1), true);
    draw.AddText(at(label_x, lane.y0 + (lane.y1 - lane.y0 - size.y) / 2),
                 to_imgui(chart::kMutedText), lane.label.c_str());
    draw.PopClipRect();
  }
  for (const chart::ChartTick& t : m.ticks)
    draw.AddLine(at(t.x, m.plot_y0), at(t.x, m.plot_y1), to_imgui(chart::kGrid));
  for (const chart::ChartRect& r : m.rects)
    paint_state_swatch(draw, at(r.x0, r.y0), at(r.x1, r.y1), r.state);
  for (const chart::ChartMark& mk : m.marks) {
    draw.AddLine(at(mk.x, mk.y0 - 1), at(mk.x, mk.y1 + 1), to_imgui(style_of(mk.state).fill), 2.0f);
  }
  draw.AddLine(at(m.plot_x0, m.axis_y), at(m.plot_x1, m.axis_y), to_imgui(chart::kText));
  for (const chart::ChartTick& t : m.ticks) {
    draw.AddLine(at(t.x, m.axis_y), at(t.x, m.axis_y + 5), to_imgui(chart::kText));
    const ImVec2 size = ImGui::CalcTextSize(t.label.c_str());
    draw.AddText(at(t.label_x - size.x / 2, m.axis_y + 7), to_imgui(chart::kText), t.label.c_str());
  }
  if (m.cursor_x >= 0) {
    draw.AddLine(at(m.cursor_x, m.plot_y0 - 4), at(m.cursor_x, m.axis_y + 4),
                 to_imgui(chart::kCursor), 2.0f);
    draw.AddTriangleFilled(at(m.cursor_x - 5, m.plot_y0 - 9), at(m.cursor_x + 5, m.plot_y0 - 9),
                           at(m.cursor_x, m.plot_y0 - 3), to_imgui(chart::kCursor));
  }
  for (const chart::ChartLegendEntry& e : m.legend) {
    paint_state_swatch(draw, at(e.x, e.y), at(e.x + m.swatch_px, e.y + m.swatch_px), e.state);
    draw.AddText(at(e.x + m.swatch_px + 6, e.y + (m.swatch_px - text_h) / 2),
                 to_imgui(chart::kText), e.label.c_str());
  }
}

int rect_at(const chart::ChartModel& model, ImVec2 p) {
  for (std::size_t i = 0; i < model.rects.size(); ++i) {
    const chart::ChartRect& r = model.rects[i];
    if (p.x >= r.x0 && p.x < r.x1 && p.y >= r.y0 && p.y < r.y1) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace burgers::ui
