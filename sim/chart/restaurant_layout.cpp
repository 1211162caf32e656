#include "chart/restaurant_layout.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "text/fill.hpp"

namespace burgers::chart {

namespace {

using trace::State;

constexpr float kPad = 8;

// How many slots of `size` fit in `room` (rounding errors of sums of sizes do not lose one).
std::size_t slots(float room, float size) {
  return static_cast<std::size_t>(std::max(0.0f, std::floor(room / size + 0.001f)));
}

std::string counted(const std::string& pattern, std::int64_t n) {
  return text::fill(pattern, text::thousands(n));
}

// Where each customer inside is, by what the restaurant shows of them.
struct Groups {
  std::vector<std::vector<const AgentAt*>> line;     // per station, first in line first
  std::vector<std::vector<const AgentAt*>> counter;  // per station: served, standing
  std::vector<const AgentAt*> tables;                // free, with a number
  std::vector<const AgentAt*> eating;                // their own activity
  std::vector<const AgentAt*> arriving;              // anything else (walking in)
};

Groups group_customers(const Snapshot& snap) {
  Groups g;
  g.line.resize(snap.stations.size());
  g.counter.resize(snap.stations.size());
  std::map<trace::AgentId, const AgentAt*> by_agent;
  for (const AgentAt& c : snap.customers) by_agent.emplace(c.agent, &c);
  for (std::size_t s = 0; s < snap.stations.size(); ++s) {
    for (const AgentAt& c : snap.stations[s].line) {  // in line order
      if (trace::category(c.state) == trace::Category::blocked) g.line[s].push_back(&c);
    }
  }
  for (const AgentAt& c : snap.customers) {
    const bool at_station =
        c.station >= 0 && static_cast<std::size_t>(c.station) < snap.stations.size();
    switch (trace::category(c.state)) {
      case trace::Category::blocked:
        if (at_station && trace::is_in_service(c.state)) {
          g.counter[static_cast<std::size_t>(c.station)].push_back(&c);
        } else if (!at_station || !trace::is_queued(c.state)) {
          g.arriving.push_back(&c);
        }
        break;
      case trace::Category::free:
        g.tables.push_back(&c);
        break;
      case trace::Category::own:
        g.eating.push_back(&c);
        break;
      case trace::Category::none:
        g.arriving.push_back(&c);
        break;
    }
  }
  return g;
}

}  // namespace

std::string group_letter(int group) {
  std::string letters;
  for (int n = std::max(group, 0) + 1; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

std::string ticket_text(const Ticket& ticket, std::size_t groups) {
  const std::string number = std::to_string(ticket.number);
  return groups > 1 ? group_letter(ticket.group) + number : number;
}

namespace {

class SceneBuilder {
 public:
  SceneBuilder(const Snapshot& snap, const RestaurantInput& in, RestaurantScene& scene)
      : snap_(snap),
        in_(in),
        words_(in.words),
        scene_(scene),
        measure_(in.measure ? in.measure : text::estimated(in.text_px)),
        lh_(in.text_px * 1.3f),
        r_(std::clamp(in.height / 30.0f, 6.0f, 13.0f)),
        groups_(group_customers(snap)) {
    // The widest tag: the largest number, after the widest letter of a group inside (the
    // first group's when nobody is inside, so the slots keep a width).
    std::int64_t widest = 1;
    std::vector<bool> inside(words_.groups.size() > 1 ? words_.groups.size() : 1);
    for (const AgentAt& c : snap.customers) {
      widest = std::max(widest, c.number);
      if (c.group >= 0 && static_cast<std::size_t>(c.group) < inside.size())
        inside[static_cast<std::size_t>(c.group)] = true;
    }
    inside[0] = true;
    for (std::size_t g = 0; g < inside.size(); ++g) {
      if (inside[g])
        tag_w_ = std::max(tag_w_, measure_(ticket({widest, static_cast<std::int16_t>(g)})));
    }
    tag_w_ += 6;
    slot_w_ = std::max(1.6f * r_, tag_w_) + 6;
    slot_h_ = 2.25f * r_ + lh_ + 4;
  }

  void build();

 private:
  float width(const std::string& s) const { return measure_(s); }
  std::string ticket(const Ticket& t) const { return ticket_text(t, words_.groups.size()); }
  std::string ticket(const AgentAt& who) const { return ticket({who.number, who.group}); }
  void label(std::string text, float x, float y, LabelStyle style) {
    const float w = width(text);
    scene_.labels.push_back({std::move(text), {x, y, x + w, y + lh_}, style});
  }
  void centered(std::string text, float cx, float y, LabelStyle style) {
    label(std::move(text), cx - width(text) / 2, y, style);
  }
  void customer(const AgentAt& who, float cx, float top);
  void staff_member(const AgentAt& who, float cx, float top);
  std::string more_text(std::size_t hidden) const { return counted(words_.more, hidden); }
  float grid(Box area, const std::string& heading, const std::vector<const AgentAt*>& who,
             bool snake, bool tables);
  void station(std::size_t s, Box column);
  std::string queue_heading(std::size_t s) const;
  float staff_row(const StationAt& st, Box column, float y, std::vector<float>& server_x);
  float staff_crowd(const StationAt& st, Box column, float y);
  // "serving 17", or only "17" when `brief`.
  std::string staff_caption(const AgentAt& who, bool brief) const;
  void right_side(Box area);
  float board(Box area);
  float footer();

  const Snapshot& snap_;
  const RestaurantInput& in_;
  const RestaurantWords& words_;
  RestaurantScene& scene_;
  text::Measure measure_;
  float lh_, r_;
  float tag_w_ = 0, slot_w_ = 0, slot_h_ = 0;
  Groups groups_;
};

void SceneBuilder::customer(const AgentAt& who, float cx, float top) {
  Person p;
  p.agent = who.agent;
  p.state = who.state;
  p.group = who.group;
  p.radius = r_;
  p.x = cx;
  p.y = top + 2 + 1.5f * r_;
  p.bounds = {cx - 0.75f * r_, p.y - 1.5f * r_, cx + 0.75f * r_, p.y + 0.7f * r_};
  scene_.people.push_back(p);
  ++scene_.drawn;
  centered(ticket(who), cx, p.y + 0.75f * r_, LabelStyle::tag);
}

void SceneBuilder::staff_member(const AgentAt& who, float cx, float top) {
  Person p;
  p.agent = who.agent;
  p.staff = true;
  p.state = who.state;
  p.radius = r_;
  p.x = cx;
  p.y = top + 1.9f * r_;
  p.bounds = {cx - 0.75f * r_, p.y - 1.85f * r_, cx + 0.75f * r_, p.y + 0.7f * r_};
  scene_.people.push_back(p);
  ++scene_.staff_drawn;
}

// People in rows of slots inside `area`, under a heading. When they do not all fit, the
// last slots hold "+N more". Returns the bottom of what was placed.
float SceneBuilder::grid(Box area, const std::string& heading,
                         const std::vector<const AgentAt*>& who, bool snake, bool tables) {
  float y = area.y0;
  const float w = area.x1 - area.x0;
  if (!heading.empty()) {  // at most two lines: the count at its end stays visible
    const std::vector<std::string> lines = text::wrap(heading, w, measure_);
    for (std::size_t i = 0; i < lines.size() && i < 2; ++i) {
      const bool last = i == 1 || lines.size() == 1;
      std::string line = lines[i];
      if (last && lines.size() > 2) line += "…";
      label(text::fit(line, w, measure_), area.x0, y, LabelStyle::caption);
      y += lh_;
    }
    y += 2;
  }
  const std::size_t cols = slots(w, slot_w_);
  const std::size_t rows = slots(area.y1 - y, slot_h_);
  const std::size_t capacity = cols * rows;
  std::size_t shown = std::min(who.size(), capacity);
  std::size_t reserved = 0;  // slots given to the "+N more" label
  while (shown < who.size() && capacity > 0) {
    const std::size_t hidden = who.size() - shown;
    reserved = std::min(
        capacity, static_cast<std::size_t>(std::ceil((width(more_text(hidden)) + 4) / slot_w_)));
    if (shown + reserved <= capacity) break;
    shown = capacity - reserved;
  }
  if (tables) {
    for (std::size_t row = 0; row < rows; ++row) {
      const float top = y + static_cast<float>(row) * slot_h_ + 2 + 1.5f * r_;
      scene_.furniture.push_back(
          {FurnitureKind::table,
           {area.x0 + 2, top - 0.1f * r_, area.x0 + static_cast<float>(cols) * slot_w_ - 2,
            top + 0.6f * r_}});
    }
  }
  for (std::size_t i = 0; i < shown; ++i) {
    const std::size_t row = i / cols;
    std::size_t col = i % cols;
    if (snake && row % 2 == 1) col = cols - 1 - col;
    customer(*who[i], area.x0 + slot_w_ * (static_cast<float>(col) + 0.5f),
             y + slot_h_ * static_cast<float>(row));
  }
  const std::size_t hidden = who.size() - shown;
  scene_.counted += static_cast<std::int64_t>(hidden);
  if (hidden == 0) {
    const std::size_t used_rows = cols == 0 ? 0 : (shown + cols - 1) / cols;
    return y + slot_h_ * static_cast<float>(used_rows);
  }
  const std::string more = text::fit(more_text(hidden), w, measure_);
  if (capacity == 0) {
    label(more, area.x0, y, LabelStyle::muted);
    return y + lh_;
  }
  const std::size_t last_row = rows - 1;
  const bool left = snake && last_row % 2 == 1;  // a snaking line ends on the left there
  const float row_y = y + slot_h_ * static_cast<float>(last_row) + (slot_h_ - lh_) / 2;
  const float label_w = width(more);
  const float x = left ? area.x0 + 2 : area.x0 + static_cast<float>(cols) * slot_w_ - label_w - 2;
  label(more, std::max(area.x0, x), row_y, LabelStyle::muted);
  return y + slot_h_ * static_cast<float>(rows);
}

std::string SceneBuilder::staff_caption(const AgentAt& who, bool brief) const {
  const std::string& caption = words_.staff_states[static_cast<std::size_t>(who.state)];
  if (!caption.empty() || who.customer == trace::kNoAgent) return caption;
  for (const AgentAt& c : snap_.customers) {
    if (c.agent != who.customer) continue;
    const std::string number = ticket(c);
    return brief ? number : text::fill(words_.serving, number);
  }
  return caption;
}

// Staff behind the counter, each with a caption above, when they fit so; else see
// staff_crowd. Fills `server_x` with each staff member's x. Returns the bottom.
float SceneBuilder::staff_row(const StationAt& st, Box column, float y,
                              std::vector<float>& server_x) {
  const float w = column.x1 - column.x0;
  scene_.staff += static_cast<std::int64_t>(st.staff_members.size());
  const auto slot_for = [&](bool brief) {
    float caption_w = 0;
    for (const AgentAt& who : st.staff_members)
      caption_w = std::max(caption_w, width(staff_caption(who, brief)));
    return std::max(1.6f * r_, std::max(caption_w, tag_w_)) + 6;
  };
  const auto n = static_cast<float>(st.staff_members.size());
  const bool brief = slot_for(false) * n > w;
  const float slot = slot_for(brief);
  if (slot * n > w) return staff_crowd(st, column, y);
  for (std::size_t i = 0; i < st.staff_members.size(); ++i) {
    const float cx = column.x0 + slot * (static_cast<float>(i) + 0.5f);
    const std::string caption = staff_caption(st.staff_members[i], brief);
    if (!caption.empty()) centered(caption, cx, y, LabelStyle::caption);
    staff_member(st.staff_members[i], cx, y + lh_ + 2);
    server_x.push_back(cx);
  }
  return y + lh_ + 2 + 2.6f * r_ + 4;
}

// Too many staff for a caption each: a line counting them by state, then as many
// figures as two rows hold, and "+N more" for the rest.
float SceneBuilder::staff_crowd(const StationAt& st, Box column, float y) {
  const float w = column.x1 - column.x0;
  std::map<std::string, std::int64_t> by_state;  // ordered: the same text every frame
  std::vector<std::string> order;
  for (const AgentAt& who : st.staff_members) {
    const std::string& name = words_.state_names[static_cast<std::size_t>(who.state)];
    if (by_state[name]++ == 0) order.push_back(name);
  }
  std::string summary;
  for (const std::string& name : order) {
    summary += (summary.empty() ? "" : " · ") + name + " " + text::thousands(by_state[name]);
  }
  const std::vector<std::string> lines = text::wrap(summary, w, measure_);
  for (std::size_t i = 0; i < lines.size() && i < 2; ++i) {
    label(text::fit(lines[i], w, measure_), column.x0, y, LabelStyle::caption);
    y += lh_;
  }
  const float slot = 1.6f * r_ + 4;
  const std::size_t per_row = std::max<std::size_t>(1, slots(w, slot));
  const std::size_t rows = st.staff_members.size() > per_row ? 2 : 1;
  std::size_t shown = std::min(st.staff_members.size(), per_row * rows);
  std::string more;
  if (shown < st.staff_members.size()) {
    const auto k =
        static_cast<std::size_t>(std::ceil((width(more_text(st.staff_members.size())) + 4) / slot));
    shown = per_row * rows > k ? per_row * rows - k : 0;
    more = text::fit(more_text(st.staff_members.size() - shown), w, measure_);
  }
  const float figure_h = 2.6f * r_ + 4;
  for (std::size_t i = 0; i < shown; ++i) {
    staff_member(st.staff_members[i], column.x0 + slot * (static_cast<float>(i % per_row) + 0.5f),
                 y + 2 + figure_h * static_cast<float>(i / per_row));
  }
  const float bottom = y + 2 + figure_h * static_cast<float>(rows);
  if (!more.empty()) {
    label(more, column.x1 - width(more), bottom - figure_h / 2 - lh_ / 2, LabelStyle::muted);
    scene_.staff_counted += static_cast<std::int64_t>(st.staff_members.size() - shown);
  }
  return bottom;
}

void SceneBuilder::station(std::size_t s, Box column) {
  const StationAt& st = snap_.stations[s];
  const float w = column.x1 - column.x0;
  const std::string name = s < words_.stations.size() ? words_.stations[s] : std::string();
  float y = column.y0;
  label(text::fit(name, w, measure_), column.x0, y, LabelStyle::heading);
  y += lh_ + 2;
  std::vector<float> server_x;
  y = staff_row(st, column, y, server_x);
  scene_.furniture.push_back({FurnitureKind::counter, {column.x0, y, column.x1, y + 0.6f * r_}});
  y += 0.6f * r_ + 2;
  // Customers served standing at the counter, in front of their server when drawn.
  std::vector<const AgentAt*> elsewhere;
  float free_from = column.x0;  // the others stand right of those in front of a server
  for (const AgentAt* c : groups_.counter[s]) {
    std::size_t server = SIZE_MAX;
    for (std::size_t i = 0; i < st.staff_members.size() && i < server_x.size(); ++i) {
      if (st.staff_members[i].customer == c->agent) server = i;
    }
    if (server == SIZE_MAX) {
      elsewhere.push_back(c);
    } else {
      customer(*c, server_x[server], y);
      free_from = std::max(free_from, server_x[server] + slot_w_ / 2);
    }
  }
  if (!elsewhere.empty()) {
    grid({std::min(free_from, column.x1), y, column.x1, y + slot_h_}, "", elsewhere, false, false);
  }
  y += slot_h_ + 2;
  grid({column.x0, y, column.x1, column.y1}, queue_heading(s), groups_.line[s], true, false);
}

// The station's queue counts every job queued there; those waiting free sit at the
// tables, so the heading says how many of them stand in this line.
std::string SceneBuilder::queue_heading(std::size_t s) const {
  const auto queued = static_cast<std::int64_t>(snap_.stations[s].line.size());
  const auto standing = static_cast<std::int64_t>(groups_.line[s].size());
  if (standing == queued) return counted(words_.line, queued);
  if (standing == 0) return counted(words_.line_free, queued);
  return text::fill(counted(words_.line_mixed, queued), text::thousands(standing));
}

float SceneBuilder::board(Box area) {
  const float w = area.x1 - area.x0 - 16;
  const float h = 2 * lh_ + 10;
  scene_.furniture.push_back({FurnitureKind::board, {area.x0, area.y0, area.x1, area.y0 + h}});
  std::string serving = words_.now_serving;
  for (const StationAt& st : snap_.stations) {
    if (st.last_called.number > 0) serving += " " + ticket(st.last_called);
  }
  label(text::fit(serving, w, measure_), area.x0 + 8, area.y0 + 4, LabelStyle::board);
  std::vector<Ticket> numbers;
  for (const StationAt& st : snap_.stations)
    numbers.insert(numbers.end(), st.preparing.begin(), st.preparing.end());
  std::string preparing = words_.preparing;
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    const std::string next = preparing + " " + ticket(numbers[i]);
    const std::string rest =
        i + 1 < numbers.size()
            ? " " + counted(words_.more, static_cast<std::int64_t>(numbers.size() - i - 1))
            : "";
    if (width(next + rest) > w) {
      preparing += " " + counted(words_.more, static_cast<std::int64_t>(numbers.size() - i));
      break;
    }
    preparing = next;
  }
  label(text::fit(preparing, w, measure_), area.x0 + 8, area.y0 + 6 + lh_, LabelStyle::board);
  return area.y0 + h + 6;
}

void SceneBuilder::right_side(Box area) {
  float y = board(area);
  struct Section {
    const std::string* pattern;
    const std::vector<const AgentAt*>* who;
    bool tables;
    std::size_t rows = 0;
  };
  std::vector<Section> sections = {{&words_.tables, &groups_.tables, true},
                                   {&words_.eating, &groups_.eating, true}};
  if (!groups_.arriving.empty()) sections.push_back({&words_.arriving, &groups_.arriving, false});
  const auto cols = std::max<std::size_t>(1, slots(area.x1 - area.x0, slot_w_));
  const float headings = static_cast<float>(sections.size()) * (lh_ + 6);
  auto rows_left = slots(area.y1 - y - headings, slot_h_);
  // Every section with someone in it gets a row; then rows go where people still wait
  // for one; what is left furnishes the tables.
  for (Section& s : sections) {
    if (!s.who->empty() && rows_left > 0) ++s.rows, --rows_left;
  }
  while (rows_left > 0) {
    Section* neediest = nullptr;
    std::size_t gap = 0;
    for (Section& s : sections) {
      const std::size_t need = (s.who->size() + cols - 1) / cols;
      if (need > s.rows && need - s.rows > gap) gap = need - s.rows, neediest = &s;
    }
    if (neediest == nullptr) break;
    ++neediest->rows, --rows_left;
  }
  for (std::size_t i = 0; rows_left > 0; i = (i + 1) % sections.size()) {
    if (sections[i].tables) ++sections[i].rows;
    --rows_left;
  }
  for (const Section& s : sections) {
    const float h = lh_ + 2 + slot_h_ * static_cast<float>(s.rows) + (s.rows == 0 ? lh_ : 0);
    grid({area.x0, y, area.x1, std::min(area.y1, y + h)},
         counted(*s.pattern, static_cast<std::int64_t>(s.who->size())), *s.who, false, s.tables);
    y += h + 4;
  }
}

float SceneBuilder::footer() {
  const float w = in_.width - 2 * kPad;
  const std::int64_t inside = static_cast<std::int64_t>(snap_.customers.size());
  const std::int64_t to_come = std::max<std::int64_t>(0, in_.total_customers - snap_.arrived);
  const std::string text = counted(words_.inside, inside) + " · " +
                           counted(words_.served, snap_.left) + " · " +
                           counted(words_.to_come, to_come);
  std::vector<std::string> lines = text::wrap(text, w, measure_);
  if (words_.groups.size() > 1) {  // which letter is which group, in at most two lines
    std::string key;
    float key_w = 0;  // past two lines' worth the rest would be cut anyway: stop there
    for (std::size_t g = 0; g < words_.groups.size() && key_w <= 2 * w; ++g) {
      std::string entry =
          (g > 0 ? " · " : "") +
          text::fill(text::fill(words_.group_key, group_letter(static_cast<int>(g))),
                     words_.groups[g]);
      key_w += width(entry);
      key += entry;
    }
    std::vector<std::string> key_lines = text::wrap(key, w, measure_);
    if (key_lines.size() > 2) {
      key_lines[1] = text::fit(key_lines[1] + " " + key_lines[2], w, measure_);
      key_lines.resize(2);
    }
    lines.insert(lines.end(), key_lines.begin(), key_lines.end());
  }
  float y = in_.height - kPad - lh_ * static_cast<float>(lines.size());
  const float top = y;
  for (const std::string& l : lines) {
    label(l, kPad, y, LabelStyle::muted);
    y += lh_;
  }
  return top;
}

void SceneBuilder::build() {
  scene_.as_of = snap_.time;
  scene_.width = in_.width;
  scene_.height = in_.height;
  scene_.inside = static_cast<std::int64_t>(snap_.customers.size());
  const float bottom = footer() - 4;
  const float split = std::floor(in_.width * 0.6f);
  const std::size_t n = snap_.stations.size();
  const float gap = 12;
  const float column =
      n == 0 ? 0 : (split - kPad - gap * static_cast<float>(n)) / static_cast<float>(n);
  for (std::size_t s = 0; s < n; ++s) {
    const float x0 = kPad + (column + gap) * static_cast<float>(s);
    station(s, {x0, kPad, x0 + column, bottom});
  }
  right_side({split + 4, kPad, in_.width - kPad, bottom});
}

}  // namespace

RestaurantScene layout_restaurant(const Snapshot& snapshot, const RestaurantInput& input) {
  RestaurantScene scene;
  SceneBuilder(snapshot, input, scene).build();
  return scene;
}

}  // namespace burgers::chart
