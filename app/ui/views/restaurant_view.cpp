#include "ui/views/restaurant_view.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/names.hpp"
#include "ui/panel_models.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/chart_painter.hpp"
#include "ui/widgets/text_widgets.hpp"

namespace burgers::ui {

using chart::Box;
using chart::LabelStyle;

namespace {

constexpr ImU32 kFloor = IM_COL32(250, 246, 238, 255);
constexpr ImU32 kCounter = IM_COL32(176, 137, 104, 255);
constexpr ImU32 kTable = IM_COL32(232, 218, 196, 255);
constexpr ImU32 kInk = IM_COL32(33, 37, 41, 255);
constexpr ImU32 kMuted = IM_COL32(96, 104, 112, 255);
constexpr ImU32 kBoard = IM_COL32(40, 44, 52, 255);
constexpr ImU32 kBoardText = IM_COL32(255, 214, 102, 255);
constexpr ImU32 kSkin = IM_COL32(241, 194, 125, 255);
constexpr ImU32 kSkinOther = IM_COL32(160, 196, 255, 255);

ImVec2 at(ImVec2 o, float x, float y) {
  return ImVec2(o.x + x, o.y + y);
}

void paint_label(ImDrawList& draw, ImVec2 o, const chart::Label& l) {
  const ImVec2 a = at(o, l.box.x0, l.box.y0);
  ImU32 ink = kInk;
  switch (l.style) {
    case LabelStyle::tag:
      draw.AddRectFilled(ImVec2(a.x - 2, a.y), at(o, l.box.x1 + 2, l.box.y1 - 1),
                         IM_COL32(255, 255, 255, 235), 3.0f);
      break;
    case LabelStyle::muted:
    case LabelStyle::caption:
      ink = kMuted;
      break;
    case LabelStyle::board:
      ink = kBoardText;
      break;
    case LabelStyle::heading:
      break;
  }
  const float pad = (l.box.y1 - l.box.y0 - ImGui::GetFontSize()) / 2;
  draw.AddText(ImVec2(a.x, a.y + pad), ink, l.text.c_str());
}

void paint_person(ImDrawList& draw, ImVec2 o, const chart::Person& p, ImVec2 centre) {
  // The layout's geometry moved to where the person is drawn (people glide).
  chart::Person moved = p;
  moved.x = centre.x - o.x;
  moved.y = centre.y - o.y;
  const Box body = chart::body_of(moved);
  paint_state_swatch(draw, at(o, body.x0, body.y0), at(o, body.x1, body.y1), p.state);
  const Box head = chart::head_of(moved);
  const ImVec2 hc = at(o, (head.x0 + head.x1) / 2, (head.y0 + head.y1) / 2);
  const float hr = (head.x1 - head.x0) / 2;
  draw.AddCircleFilled(hc, hr, p.staff || p.group <= 0 ? kSkin : kSkinOther);
  draw.AddCircle(hc, hr, IM_COL32(90, 70, 50, 255));
  if (p.staff) {  // a chef's hat, so staff and customers never look alike
    const Box hat = chart::hat_of(moved);
    draw.AddRectFilled(at(o, hat.x0, hat.y0), at(o, hat.x1, hat.y1), IM_COL32(255, 255, 255, 255),
                       3.0f);
    draw.AddRect(at(o, hat.x0, hat.y0), at(o, hat.x1, hat.y1), kMuted, 3.0f);
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

void RestaurantView::paint(ImDrawList& draw, const chart::RestaurantScene& scene, ImVec2 o,
                           bool snap) {
  backdrop(draw, o, at(o, scene.width, scene.height), kFloor, 6.0f);
  for (const chart::Furniture& f : scene.furniture) {
    const ImVec2 a = at(o, f.box.x0, f.box.y0);
    const ImVec2 b = at(o, f.box.x1, f.box.y1);
    const ImU32 fill = f.kind == chart::FurnitureKind::counter ? kCounter
                       : f.kind == chart::FurnitureKind::board ? kBoard
                                                               : kTable;
    draw.AddRectFilled(a, b, fill, 4.0f);
  }
  shown_.clear();
  for (const chart::Person& p : scene.people) {
    // Customers glide to their new place; staff stay behind their counter.
    const ImVec2 target = at(o, p.x, p.y);
    const ImVec2 centre = p.staff ? target : glide(p.agent, target, snap);
    shown_.emplace(p.agent, centre);
    paint_person(draw, o, p, centre);
  }
  std::erase_if(drawn_, [&](const auto& kv) { return shown_.find(kv.first) == shown_.end(); });
  for (const chart::Label& l : scene.labels) paint_label(draw, o, l);
}

void RestaurantView::draw(const AppState& state, const SessionFrame& frame, int side,
                          std::vector<Command>& out) {
  const ImVec2 area = ImGui::GetContentRegionAvail();
  if (!frame.ready) {
    computing_note(state.text, frame.progress, area);
    return;
  }
  const Names names = names_for(frame.session->effective(), state.text);
  const PanelSize size{std::max(area.x, 1.0f), std::max(area.y, 1.0f), ImGui::GetFontSize(),
                       font_measure()};
  const chart::RestaurantScene scene = restaurant_scene(state.text, names, frame, size);
  const Time t = scene.as_of;
  const bool snap = last_time_ < 0 || t < last_time_ ||
                    t - last_time_ > static_cast<Time>(50 * state.clock.speed * kSecond / 60);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##restaurant", ImVec2(size.width, size.height));
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  draw.PushClipRect(origin, at(origin, size.width, size.height), true);
  paint(draw, scene, origin, snap);
  draw.PopClipRect();
  if (ImGui::IsItemHovered())
    out.push_back(Command::hover_of(side, hover(scene, frame, state.text, names)));
  last_time_ = t;
  last_seconds_ = ImGui::GetTime();
}

trace::AgentId RestaurantView::hover(const chart::RestaurantScene& scene, const SessionFrame& frame,
                                     const Text& text, const Names& names) const {
  const ImVec2 m = ImGui::GetIO().MousePos;
  const trace::Trace& trace = *frame.session->simulation()->trace();
  for (const chart::Person& p : scene.people) {
    const auto it = shown_.find(p.agent);
    if (it == shown_.end() || std::fabs(m.x - it->second.x) > p.radius ||
        std::fabs(m.y - it->second.y) > p.radius * 1.4f)
      continue;
    const chart::AgentAt* who = nullptr;
    for (const auto& c : frame.snapshot.customers) who = c.agent == p.agent ? &c : who;
    for (const auto& st : frame.snapshot.stations)
      for (const auto& s : st.staff_members) who = s.agent == p.agent ? &s : who;
    if (who == nullptr) return trace::kNoAgent;
    ImGui::BeginTooltip();
    ImGui::Text("%s", names.agent(trace, who->agent).c_str());
    ImGui::Separator();
    ImGui::Text("%s: %s", text("span_state"), text(state_key(who->state)));
    if (who->station >= 0)
      ImGui::Text("%s: %s", text("span_station"), names.station(trace, who->station).c_str());
    ImGui::Text("%s: %s", text("span_start"), format_duration(who->since).c_str());
    if (who->until != kNever)
      ImGui::Text("%s: %s", text("span_end"), format_duration(who->until).c_str());
    ImGui::EndTooltip();
    return who->agent;
  }
  return trace::kNoAgent;
}

}  // namespace burgers::ui
