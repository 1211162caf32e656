#include "ui/views/restaurant_view.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "chart/palette.hpp"
#include "ui/names.hpp"
#include "ui/widgets/chart_painter.hpp"

namespace burgers::ui {

using chart::AgentAt;
using trace::State;

namespace {

constexpr ImU32 kFloor = IM_COL32(250, 246, 238, 255);
constexpr ImU32 kCounter = IM_COL32(176, 137, 104, 255);
constexpr ImU32 kCounterTop = IM_COL32(205, 170, 135, 255);
constexpr ImU32 kTable = IM_COL32(222, 205, 178, 255);
constexpr ImU32 kInk = IM_COL32(33, 37, 41, 255);
constexpr ImU32 kMuted = IM_COL32(108, 117, 125, 255);
constexpr ImU32 kBoard = IM_COL32(40, 44, 52, 255);
constexpr ImU32 kBoardText = IM_COL32(255, 214, 102, 255);

void centered_text(ImDrawList& draw, ImVec2 center, ImU32 color, const std::string& s) {
  const ImVec2 size = ImGui::CalcTextSize(s.c_str());
  draw.AddText(ImVec2(center.x - size.x / 2, center.y - size.y / 2), color, s.c_str());
}

// Seats around round tables, filled left to right, top to bottom, inside `area`.
std::vector<ImVec2> seats(ImVec2 a, ImVec2 b, std::size_t wanted, float spacing) {
  std::vector<ImVec2> out;
  const float table = spacing * 2.2f;
  for (float y = a.y + table / 2; y + table / 2 <= b.y && out.size() < wanted; y += table) {
    for (float x = a.x + table / 2; x + table / 2 <= b.x && out.size() < wanted; x += table) {
      for (const ImVec2 d : {ImVec2(-0.55f, -0.55f), ImVec2(0.55f, -0.55f), ImVec2(-0.55f, 0.55f),
                             ImVec2(0.55f, 0.55f)}) {
        if (out.size() < wanted) out.push_back(ImVec2(x + d.x * spacing, y + d.y * spacing));
      }
    }
  }
  return out;
}

void draw_tables(ImDrawList& draw, ImVec2 a, ImVec2 b, float spacing) {
  const float table = spacing * 2.2f;
  for (float y = a.y + table / 2; y + table / 2 <= b.y; y += table) {
    for (float x = a.x + table / 2; x + table / 2 <= b.x; x += table)
      draw.AddCircleFilled(ImVec2(x, y), spacing * 0.42f, kTable);
  }
}

}  // namespace

ImVec2 RestaurantView::glide(trace::AgentId agent, ImVec2 target, bool snap) {
  auto [it, fresh] = drawn_.try_emplace(agent, target);
  if (fresh || snap) {
    it->second = target;
    return target;
  }
  const double dt = std::min(0.1, ImGui::GetTime() - last_seconds_);
  const float k = static_cast<float>(1.0 - std::exp(-dt * 10.0));
  it->second = ImVec2(it->second.x + (target.x - it->second.x) * k,
                      it->second.y + (target.y - it->second.y) * k);
  return it->second;
}

void RestaurantView::draw_customer(ImDrawList& draw, ImVec2 at, const AgentAt& who, float r) const {
  // A person: a head and a body. The body carries the state's colour and pattern
  // (blocked states are hatched), so it reads without colour too.
  const ImU32 skin = who.group <= 0 ? IM_COL32(241, 194, 125, 255) : IM_COL32(160, 196, 255, 255);
  const ImVec2 body_a(at.x - r * 0.75f, at.y - r * 0.15f);
  const ImVec2 body_b(at.x + r * 0.75f, at.y + r * 1.15f);
  paint_state_swatch(draw, body_a, body_b, who.state);
  draw.AddCircleFilled(ImVec2(at.x, at.y - r * 0.6f), r * 0.45f, skin);
  draw.AddCircle(ImVec2(at.x, at.y - r * 0.6f), r * 0.45f, IM_COL32(90, 70, 50, 255));
  const std::string number = std::to_string(who.number);
  const ImVec2 size = ImGui::CalcTextSize(number.c_str());
  const ImVec2 tag(at.x - size.x / 2 - 2, at.y + r * 1.2f);
  draw.AddRectFilled(tag, ImVec2(tag.x + size.x + 4, tag.y + size.y), IM_COL32(255, 255, 255, 230),
                     3.0f);
  draw.AddText(ImVec2(tag.x + 2, tag.y), kInk, number.c_str());
}

void RestaurantView::draw_staff(ImDrawList& draw, ImVec2 at, const AgentAt& who,
                                const trace::Trace& trace, const Text& text, float r,
                                float room) const {
  draw.AddCircleFilled(ImVec2(at.x, at.y - r * 0.55f), r * 0.42f, IM_COL32(241, 194, 125, 255));
  // A chef's hat, so staff and customers never look alike.
  draw.AddRectFilled(ImVec2(at.x - r * 0.38f, at.y - r * 1.25f),
                     ImVec2(at.x + r * 0.38f, at.y - r * 0.9f), IM_COL32(255, 255, 255, 255), 3.0f);
  draw.AddRect(ImVec2(at.x - r * 0.38f, at.y - r * 1.25f),
               ImVec2(at.x + r * 0.38f, at.y - r * 0.9f), kMuted, 3.0f);
  paint_state_swatch(draw, ImVec2(at.x - r * 0.7f, at.y - r * 0.15f),
                     ImVec2(at.x + r * 0.7f, at.y + r * 0.9f), who.state);
  std::string caption;
  switch (who.state) {
    case State::busy:
      caption =
          std::string(text("serving")) + " " + std::to_string(trace.agents[who.customer].number);
      break;
    case State::io_wait:
      caption = text("waiting_io");
      break;
    case State::ready:
      caption = text("waiting_core");
      break;
    case State::switching:
      caption = text("switching");
      break;
    default:
      caption = text("idle");
      break;
  }
  // Crowded counters (eight cooks) keep only what fits: the customer's number, or nothing.
  if (ImGui::CalcTextSize(caption.c_str()).x > room) {
    caption = who.state == State::busy ? std::to_string(trace.agents[who.customer].number)
                                       : std::string();
    if (ImGui::CalcTextSize(caption.c_str()).x > room) caption.clear();
  }
  if (!caption.empty())
    centered_text(draw, ImVec2(at.x, at.y - r * 1.7f), who.state == State::idle ? kMuted : kInk,
                  caption);
}

void RestaurantView::draw(AppState& state, Session& session, ImVec2 size) {
  run::Simulation* sim = session.simulation();
  if (sim == nullptr || sim->trace() == nullptr) return;
  const trace::Trace& trace = *sim->trace();
  const Text& text = state.text;
  const Names names = names_for(session.effective(), text.language());
  const Time t = std::min(state.clock.view, sim->now());
  const chart::Snapshot snap = chart::snapshot_at(trace, session.index(), t);
  const bool snap_positions =
      last_time_ < 0 || t < last_time_ || t - last_time_ > 50 * state.clock.speed * kSecond / 60;

  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const ImVec2 area(size.x > 0 ? size.x : avail.x, size.y > 0 ? size.y : avail.y);
  const ImVec2 a = ImGui::GetCursorScreenPos();
  const ImVec2 b(a.x + area.x, a.y + area.y);
  ImGui::InvisibleButton("##restaurant", ImVec2(std::max(area.x, 1.0f), std::max(area.y, 1.0f)));
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  draw.PushClipRect(a, b, true);
  draw.AddRectFilled(a, b, kFloor, 6.0f);

  const float scale = std::clamp(area.y / 26.0f, 9.0f, 16.0f);  // a person's radius
  const float spacing = scale * 2.6f;
  const float tables_x = a.x + area.x * 0.64f;
  const std::size_t stations = std::max<std::size_t>(snap.stations.size(), 1);
  const float column = (tables_x - a.x - 16) / static_cast<float>(stations);
  std::vector<Placed> placed;

  // Station columns: name, staff behind the counter, who stands at it, the line below.
  const float counter_y = a.y + scale * 5.2f;
  for (std::size_t s = 0; s < snap.stations.size(); ++s) {
    const chart::StationAt& st = snap.stations[s];
    const float x0 = a.x + 12 + column * static_cast<float>(s);
    const float x1 = x0 + column - 12;
    draw.AddText(ImVec2(x0, a.y + 6), kInk, names.station(trace, static_cast<int>(s)).c_str());
    draw.AddRectFilled(ImVec2(x0, counter_y), ImVec2(x1, counter_y + scale * 0.9f), kCounter, 3.0f);
    draw.AddRectFilled(ImVec2(x0, counter_y), ImVec2(x1, counter_y + scale * 0.3f), kCounterTop,
                       3.0f);
    const float staff_step = std::min(
        spacing, (x1 - x0) / static_cast<float>(std::max<std::size_t>(st.staff.size(), 1)));
    const float staff_scale = std::min(scale, staff_step / 2.4f);
    for (std::size_t i = 0; i < st.staff.size(); ++i) {
      const ImVec2 p(x0 + staff_step * (static_cast<float>(i) + 0.5f),
                     counter_y - staff_scale * 1.0f);
      draw_staff(draw, p, st.staff[i], trace, text, staff_scale, staff_step - 4);
    }
    // Blocked customers being served stand at the counter in front of their server.
    float line_y = counter_y + scale * 2.6f;
    for (const AgentAt& c : snap.customers) {
      if (c.state != State::served_blocked || c.station != static_cast<std::int16_t>(s)) continue;
      float x = x0 + staff_step * 0.5f;
      for (std::size_t i = 0; i < st.staff.size(); ++i) {
        if (st.staff[i].customer == c.agent) x = x0 + staff_step * (static_cast<float>(i) + 0.5f);
      }
      placed.push_back({ImVec2(x, line_y), &c});
    }
    // The line, snaking down the column; the rest is counted.
    line_y += spacing * 1.1f;
    const auto per_row = static_cast<std::size_t>(std::max(1.0f, (x1 - x0) / spacing));
    const auto rows = static_cast<std::size_t>(std::max(1.0f, (b.y - line_y - scale) / spacing));
    const std::size_t shown = std::min(st.line.size(), per_row * rows);
    std::size_t k = 0;
    for (const AgentAt& c : st.line) {
      if (k >= shown) break;
      if (c.state != State::queued_blocked) continue;  // free customers wait at tables
      const std::size_t row = k / per_row;
      const std::size_t col = row % 2 == 0 ? k % per_row : per_row - 1 - k % per_row;
      for (const AgentAt& cc : snap.customers) {
        if (cc.agent == c.agent)
          placed.push_back({ImVec2(x0 + spacing * (static_cast<float>(col) + 0.5f),
                                   line_y + spacing * static_cast<float>(row)),
                            &cc});
      }
      ++k;
    }
    std::size_t blocked_in_line = 0;
    for (const AgentAt& c : st.line) blocked_in_line += c.state == State::queued_blocked;
    if (blocked_in_line > k) {
      const std::string more =
          "+" + std::to_string(blocked_in_line - k) + " " + text("more_waiting");
      draw.AddText(ImVec2(x0, b.y - ImGui::GetFontSize() - 4), kMuted, more.c_str());
    }
    if (k > 0)
      draw.AddText(ImVec2(x1 - ImGui::CalcTextSize(text("line")).x, line_y - spacing * 0.9f),
                   kMuted, text("line"));
  }

  // Tables on the right: free customers (with a number) above, eaters below.
  const float board_h = ImGui::GetFontSize() * 3.2f;
  const ImVec2 board_a(tables_x, a.y + 6);
  const ImVec2 board_b(b.x - 8, a.y + 6 + board_h);
  draw.AddRectFilled(board_a, board_b, kBoard, 5.0f);
  std::string serving = std::string(text("now_serving")) + ":";
  std::string preparing = std::string(text("preparing")) + ":";
  for (const chart::StationAt& st : snap.stations) {
    if (st.last_called > 0) serving += " " + std::to_string(st.last_called);
    for (std::size_t i = 0; i < st.preparing.size() && i < 8; ++i)
      preparing += " " + std::to_string(st.preparing[i]);
  }
  draw.AddText(ImVec2(board_a.x + 8, board_a.y + 4), kBoardText, serving.c_str());
  draw.AddText(ImVec2(board_a.x + 8, board_a.y + 4 + ImGui::GetFontSize() * 1.4f),
               IM_COL32(200, 200, 200, 255), preparing.c_str());

  const float free_top = board_b.y + ImGui::GetFontSize() * 1.6f;
  const float eat_top = free_top + (b.y - free_top) * 0.55f;
  draw.AddText(ImVec2(tables_x, free_top - ImGui::GetFontSize() - 2), kMuted, text("tables"));
  draw.AddText(ImVec2(tables_x, eat_top), kMuted, text("eating"));
  draw_tables(draw, ImVec2(tables_x, free_top), ImVec2(b.x - 8, eat_top - 4), spacing);
  draw_tables(draw, ImVec2(tables_x, eat_top + ImGui::GetFontSize() + 2), ImVec2(b.x - 8, b.y - 4),
              spacing);
  std::vector<const AgentAt*> free, eating, arriving;
  for (const AgentAt& c : snap.customers) {
    if (c.state == State::queued_free || c.state == State::served_free) free.push_back(&c);
    if (c.state == State::own_activity) eating.push_back(&c);
    if (c.state == State::arrived) arriving.push_back(&c);
  }
  const auto free_seats =
      seats(ImVec2(tables_x, free_top), ImVec2(b.x - 8, eat_top - 4), free.size(), spacing);
  const auto eat_seats = seats(ImVec2(tables_x, eat_top + ImGui::GetFontSize() + 2),
                               ImVec2(b.x - 8, b.y - 4), eating.size(), spacing);
  for (std::size_t i = 0; i < free.size() && i < free_seats.size(); ++i)
    placed.push_back({free_seats[i], free[i]});
  for (std::size_t i = 0; i < eating.size() && i < eat_seats.size(); ++i)
    placed.push_back({eat_seats[i], eating[i]});
  for (std::size_t i = 0; i < arriving.size(); ++i)
    placed.push_back({ImVec2(a.x + 16, b.y - spacing * (1 + static_cast<float>(i))), arriving[i]});

  // Draw everyone where they are on their way to.
  std::unordered_map<trace::AgentId, ImVec2> seen;
  for (Placed& p : placed) {
    const ImVec2 at = glide(p.agent->agent, p.target, snap_positions);
    seen.emplace(p.agent->agent, at);
    p.target = at;
    draw_customer(draw, at, *p.agent, scale * 0.8f);
  }
  std::erase_if(drawn_, [&](const auto& kv) { return seen.find(kv.first) == seen.end(); });

  const std::string counts = std::to_string(snap.customers.size()) + " " +
                             text("customers_inside") + " · " + std::to_string(snap.left) + " " +
                             text("customers_left");
  draw.AddText(ImVec2(tables_x, b.y - ImGui::GetFontSize() - 4), kMuted, counts.c_str());
  draw.PopClipRect();
  if (ImGui::IsItemHovered()) hover(placed, trace, text, names, scale);
  last_time_ = t;
  last_seconds_ = ImGui::GetTime();
}

void RestaurantView::hover(const std::vector<Placed>& placed, const trace::Trace& trace,
                           const Text& text, const Names& names, float radius) const {
  const ImVec2 m = ImGui::GetIO().MousePos;
  for (const Placed& p : placed) {
    if (std::fabs(m.x - p.target.x) > radius || std::fabs(m.y - p.target.y) > radius * 1.4f)
      continue;
    const AgentAt& c = *p.agent;
    ImGui::BeginTooltip();
    ImGui::Text("%s", names.agent(trace, c.agent).c_str());
    ImGui::Separator();

    ImGui::Text("%s: %s", text("span_state"), text(state_key(c.state)));
    if (c.station >= 0)
      ImGui::Text("%s: %s", text("span_station"), names.station(trace, c.station).c_str());
    ImGui::Text("%s: %s", text("span_start"), format_duration(c.since).c_str());
    if (c.until != kNever)
      ImGui::Text("%s: %s", text("span_end"), format_duration(c.until).c_str());
    ImGui::EndTooltip();
    return;
  }
}

}  // namespace burgers::ui
