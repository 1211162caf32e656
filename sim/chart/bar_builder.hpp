#pragma once
// BarBuilder: turns one lane's spans into the ChartModel's bars and marks, and a folded
// group's lanes into one summary bar. Internal to sim/chart (the timeline layout).
#include <cstdint>
#include <vector>

#include "chart/chart_model.hpp"
#include "chart/trace_index.hpp"
#include "trace/trace.hpp"

namespace burgers::chart {

// Turns one lane's spans into bars. Spans at least a pixel wide become their own bar.
// Narrower ones are folded, Tracy-style, without visiting them one by one: a binary
// search jumps to the first span that ends beyond the next pixel, and the folded bar
// takes the state of the span at that pixel's middle. A frame's cost is then about
// (bars x log spans), however long the run.
class BarBuilder {
 public:
  BarBuilder(const trace::Trace& trace, ChartModel& model, Time live_end, bool overlay = false)
      : trace_(trace), model_(model), live_end_(live_end), overlay_(overlay) {}

  void add_lane(SpanList spans, float y0, float y1, bool marks);
  // A folded group in one lane: in each pixel column, bars stacked from the lane's bottom,
  // one per state other than idle, each as high as the share of `lanes` in that state at
  // the column's middle. Costs columns x lanes x log spans.
  void add_summary(const std::vector<SpanList>& lanes, float y0, float y1);

 private:
  // The position of the first of `spans` (a lane's, ends in order) at or after `from` that
  // is not over by `t`, or spans.size(); every span before `from` must be over by t. The
  // search's steps double from `first_step` (the distance expected, if known).
  std::size_t first_not_over(SpanList spans, std::size_t from, Time t,
                             std::size_t first_step = 1) const;
  Time end_of(std::uint32_t i) const {
    const trace::Span& s = trace_.spans[i];
    return s.end == trace::kOpenEnd ? live_end_ : s.end;
  }
  Time time_at(float x) const {
    const double f = (x - model_.plot_x0) / static_cast<double>(model_.plot_x1 - model_.plot_x0);
    return model_.t0 + static_cast<Time>(f * static_cast<double>(model_.t1 - model_.t0));
  }

  const trace::Trace& trace_;
  ChartModel& model_;
  Time live_end_;
  bool overlay_;
};

}  // namespace burgers::chart
