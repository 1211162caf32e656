#include "chart/bar_builder.hpp"

#include <algorithm>
#include <array>

namespace burgers::chart {

using trace::Span;
using trace::State;

void BarBuilder::add_lane(SpanList spans, float y0, float y1, bool marks) {
  const Time t0 = model_.t0;
  const Time t1 = model_.t1;
  // Spans of one lane follow each other in time: ends are sorted, so search the first visible.
  auto it = std::partition_point(spans.begin(), spans.end(),
                                 [&](std::uint32_t i) { return end_of(i) < t0; });
  float last_mark_x = -10;
  while (it != spans.end()) {
    const Span& s = trace_.spans[*it];
    if (s.start > t1) break;
    const Time end = end_of(*it);
    if (trace::is_instant(s.state) || end <= s.start) {
      const float x = model_.x_of(s.start);
      if (marks && trace::is_instant(s.state) && x - last_mark_x >= 3.0f && s.start >= t0) {
        model_.marks.push_back({x, y0, y1, s.state});
        last_mark_x = x;
      }
      ++it;
      continue;
    }
    const float x0 = model_.x_of(std::max(s.start, t0));
    const float x1 = model_.x_of(std::min(end, t1));
    if (x1 - x0 >= 1.0f) {
      model_.rects.push_back({x0, y0, x1, y1, s.state, 1, *it, overlay_});
      ++it;
      continue;
    }
    const Time boundary = time_at(x0 + 1.0f);
    // Near `it` first (a pixel holds few of a lane's spans, unless zoomed far out).
    auto next = spans.begin() + static_cast<std::ptrdiff_t>(first_not_over(
                                    spans, static_cast<std::size_t>(it - spans.begin()), boundary));
    if (next == it) ++next;
    const Time middle = time_at(x0 + 0.5f);
    auto covering =
        std::partition_point(it, next, [&](std::uint32_t i) { return end_of(i) <= middle; });
    if (covering == next) --covering;
    // A pixel wide, and inside the plot even when the spans end within its last pixel.
    const float bar_x0 = std::min(x0, model_.plot_x1 - 1.0f);
    ChartRect r{bar_x0,
                y0,
                bar_x0 + 1.0f,
                y1,
                trace_.spans[*covering].state,
                static_cast<std::uint32_t>(next - it),
                kNoSpan,
                overlay_};
    if (r.folded == 1) r.span = *it;
    model_.rects.push_back(r);
    it = next;
  }
}

std::size_t BarBuilder::first_not_over(SpanList spans, std::size_t from, Time t,
                                       std::size_t first_step) const {
  const auto over = [&](std::uint32_t i) { return end_of(i) <= t; };
  if (from >= spans.size() || !over(spans[from])) return from;
  std::size_t below = from;  // over by t
  std::size_t step = std::max<std::size_t>(first_step, 1);
  while (below + step < spans.size() && over(spans[below + step])) {
    below += step;
    step *= 2;
  }
  const std::size_t above = std::min(below + step, spans.size());  // not over, or the end
  return static_cast<std::size_t>(
      std::partition_point(spans.begin() + static_cast<std::ptrdiff_t>(below) + 1,
                           spans.begin() + static_cast<std::ptrdiff_t>(above), over) -
      spans.begin());
}

void BarBuilder::add_summary(const std::vector<SpanList>& lanes, float y0, float y1) {
  if (lanes.empty()) return;
  // Per lane, the first span not over by the column's time (times only grow), and how far
  // it moved at the last column: the next column's search starts its steps there.
  std::vector<std::size_t> first(lanes.size(), 0);
  std::vector<std::size_t> moved(lanes.size(), 1);
  const float height = y1 - y0;
  const float per_lane = height / static_cast<float>(lanes.size());
  // The bar drawn last for each state, so a column like the one before extends it.
  std::array<std::size_t, trace::kStateCount> last;
  last.fill(SIZE_MAX);
  const auto columns = static_cast<int>(model_.plot_x1 - model_.plot_x0);
  for (int c = 0; c < columns; ++c) {
    const float x = model_.plot_x0 + static_cast<float>(c);
    const Time t = time_at(x + 0.5f);
    if (t < 0) continue;
    // From where the last column's search ended, by steps that double from the last
    // column's move, then halving: a few probes near spans just read (with a long run, a
    // binary search over the rest of the lane would read from far away at every column).
    for (std::size_t k = 0; k < lanes.size(); ++k) {
      const std::size_t next = first_not_over(lanes[k], first[k], t, moved[k]);
      moved[k] = std::max<std::size_t>(next - first[k], 1);
      first[k] = next;
    }
    std::array<int, trace::kStateCount> counts{};
    for (std::size_t k = 0; k < lanes.size(); ++k) {
      if (first[k] == lanes[k].size()) continue;
      const Span& covering = trace_.spans[lanes[k][first[k]]];
      if (covering.start > t) continue;
      const State s = covering.state;
      if (s != State::idle && !trace::is_instant(s)) ++counts[static_cast<std::size_t>(s)];
    }
    // Stacked from the lane's bottom, one segment per state, in the states' order.
    float bottom = y1;
    for (std::size_t s = 0; s < counts.size(); ++s) {
      if (counts[s] == 0) continue;
      const float top = bottom - per_lane * static_cast<float>(counts[s]);
      const std::size_t i = last[s];
      if (i < model_.rects.size() && model_.rects[i].x1 == x && model_.rects[i].y0 == top &&
          model_.rects[i].y1 == bottom) {
        model_.rects[i].x1 = x + 1;
      } else {
        last[s] = model_.rects.size();
        model_.rects.push_back(
            {x, top, x + 1, bottom, static_cast<State>(s), 0, kNoSpan, overlay_});
      }
      bottom = top;
    }
  }
}

}  // namespace burgers::chart
