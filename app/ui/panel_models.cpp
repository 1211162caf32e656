#include "ui/panel_models.hpp"

#include <algorithm>
#include <cmath>

namespace burgers::ui {

namespace {

// Room for the longest lane name ("Cashier-cook 8", "Customer 5000"), within reason.
float label_width(const scenario::Scenario& s, const Names& names, const PanelSize& size) {
  const text::Measure measure = size.measure ? size.measure : text::estimated(size.text_px);
  float widest = 0;
  for (std::size_t i = 0; i < s.stations.size() && i < names.stations.size(); ++i)
    widest =
        std::max(widest, measure(names.stations[i] + " " + std::to_string(s.stations[i].staff)));
  for (std::size_t g = 0; g < s.groups.size() && g < names.groups.size(); ++g)
    widest = std::max(widest, measure(names.groups[g] + " " + std::to_string(s.groups[g].count)));
  return std::clamp(widest + 24, 80.0f, std::max(80.0f, size.width * 0.3f));
}

}  // namespace

chart::ChartOptions timeline_options(const Text& text, const Names& names,
                                     const TimelineViewport& viewport, const SessionFrame& frame,
                                     const PanelSize& size) {
  chart::ChartOptions o = localized_chart_options(text, names);
  const run::Simulation& sim = *frame.session->simulation();
  o.width = std::max(200.0f, size.width);
  o.height = size.height;
  o.text_px = size.text_px;
  o.measure = size.measure;
  o.lane_height = std::max(14.0f, std::round(size.text_px * 1.05f));
  o.label_width = label_width(frame.session->effective(), names, size);
  o.legend_x0 = 8;
  o.show_title = false;  // the panel's heading names the lesson
  if (viewport.follow) {
    // Up to the clock, from where the customers in view arrived; before anything happened,
    // a one-second axis.
    o.t0 = 0;
    o.t1 = frame.as_of > 0 ? frame.as_of : kSecond;
    o.follow_at = frame.as_of;
    o.follow_axis = true;
  } else {
    o.t0 = viewport.t0;
    o.t1 = viewport.t1;
    o.first_customer = viewport.first_customer;
  }
  o.cursor = frame.as_of;
  // Spans still going on reach the clock when the run stands there, else the run's time.
  o.live_end = std::max(frame.as_of, sim.now());
  if (sim.finished()) o.live_end = sim.now();
  o.first_staff = viewport.first_staff;
  o.show_staff = viewport.staff_open.value_or(true);
  o.fold_staff_to_fit = !viewport.staff_open.has_value();
  o.show_cores = viewport.show_cores;
  o.show_customers = viewport.show_customers;
  return o;
}

chart::RestaurantWords restaurant_words(const Text& text, const Names& names) {
  chart::RestaurantWords w;
  w.stations = names.stations;
  w.line = text("line_count");
  w.tables = text("tables_count");
  w.eating = text("eating_count");
  w.arriving = text("arriving_count");
  w.now_serving = text("now_serving");
  w.preparing = text("preparing");
  w.more = text("more_count");
  w.inside = text("inside_count");
  w.served = text("served_count");
  w.to_come = text("to_come_count");
  w.serving = text("serving_number");
  for (int i = 0; i < trace::kStateCount; ++i) {
    const auto s = static_cast<trace::State>(i);
    w.state_names[static_cast<std::size_t>(i)] = text(state_key(s));
    if (const char* key = staff_caption_key(s))
      w.staff_states[static_cast<std::size_t>(i)] = text(key);
  }
  return w;
}

chart::RestaurantScene restaurant_scene(const Text& text, const Names& names,
                                        const SessionFrame& frame, const PanelSize& size) {
  chart::RestaurantInput in;
  in.width = size.width;
  in.height = size.height;
  in.text_px = size.text_px;
  in.measure = size.measure;
  in.words = restaurant_words(text, names);
  in.total_customers = frame.session->effective().customer_count();
  return chart::layout_restaurant(frame.snapshot, in);
}

}  // namespace burgers::ui
