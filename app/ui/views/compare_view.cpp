#include "ui/views/compare_view.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "text/fill.hpp"
#include "ui/names.hpp"
#include "ui/widgets/text_widgets.hpp"

namespace burgers::ui {

namespace {

std::string value_text(const CompareRow& r, double v, bool known, const Text& text) {
  if (!known) return text("nobody_yet");
  switch (r.kind) {
    case CompareRow::Kind::time:
      return format_duration(static_cast<Time>(std::llround(v)));
    case CompareRow::Kind::share:
      return std::to_string(static_cast<int>(std::lround(v * 100))) + "%";
    case CompareRow::Kind::count:
      return burgers::text::thousands(std::llround(v));
  }
  return {};
}

// Parts of a cell on one line if they fit, else one part a line: a value such as
// "12 min 32 s" is never broken inside.
void cell(const std::vector<std::string>& parts) {
  const float w = ImGui::GetContentRegionAvail().x;
  std::string line;
  for (const std::string& part : parts) {
    const std::string joined = line.empty() ? part : line + " " + part;
    if (!line.empty() && ImGui::CalcTextSize(joined.c_str()).x > w) {
      ImGui::TextUnformatted(line.c_str());
      line = part;
    } else {
      line = joined;
    }
  }
  ImGui::TextUnformatted(line.c_str());
}

// {"+2 min 10 s", "(+155%)"}, {"+12 pt"}, {"—"} when either side has no value.
std::vector<std::string> difference_text(const CompareRow& r) {
  if (!r.left_known || !r.right_known) return {"—"};
  const double d = r.right - r.left;
  char pct[32] = "";
  switch (r.kind) {
    case CompareRow::Kind::share:
      std::snprintf(pct, sizeof pct, "%+.0f pt", d * 100);
      return {pct};
    case CompareRow::Kind::count:
      return {(d >= 0 ? "+" : "") + burgers::text::thousands(std::llround(d))};
    case CompareRow::Kind::time:
      break;
  }
  std::vector<std::string> out = {(d >= 0 ? "+" : "-") +
                                  format_duration(static_cast<Time>(std::llround(std::fabs(d))))};
  if (r.left != 0) {
    std::snprintf(pct, sizeof pct, "(%+.0f%%)", 100.0 * d / r.left);
    out.push_back(pct);
  }
  return out;
}

}  // namespace

void CompareView::draw(const AppState& state, const Frame& frame) const {
  if (!frame.comparing || state.main == nullptr || state.other == nullptr) return;
  const Text& text = state.text;
  if (!frame.ready) {
    computing_note(text, frame.progress,
                   ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 4));
    return;
  }
  const Names left = names_for(state.main->effective(), text);
  const Names right = names_for(state.other->effective(), text);
  ImGui::TextUnformatted(text("difference"));
  ImGui::SameLine();
  ImGui::TextDisabled("%s", fill(text("as_of"), clock_text(frame.compare.as_of)).c_str());
  wrapped_text(std::string(text("left_run")) + ": " + left.title + " · " + text("right_run") +
               ": " + right.title);
  if (!ImGui::BeginTable("##difference", 4,
                         ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                             ImGuiTableFlags_SizingStretchProp))
    return;
  ImGui::TableSetupColumn(text("figure"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableSetupColumn(text("left_run"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(text("right_run"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(text("difference"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableHeadersRow();
  for (const CompareRow& r : frame.compare.rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string label = text(r.label_key.c_str());
    if (!r.station.empty()) {
      const int index = state.main->effective().station_index(r.station);
      label += ": " + (index >= 0 ? left.stations[static_cast<std::size_t>(index)] : r.station);
    }
    wrapped_text(label);
    ImGui::TableNextColumn();
    cell({value_text(r, r.left, r.left_known, text)});
    ImGui::TableNextColumn();
    cell({value_text(r, r.right, r.right_known, text)});
    ImGui::TableNextColumn();
    cell(difference_text(r));
  }
  ImGui::EndTable();
}

}  // namespace burgers::ui
