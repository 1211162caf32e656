#include "ui/views/sweep_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "sweep/sweep_curves.hpp"
#include "ui/names.hpp"
#include "ui/panel_models.hpp"
#include "ui/widgets/curve_painter.hpp"

namespace burgers::ui {

namespace {

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += (out.empty() ? "" : "\n") + l;
  return out;
}

Command run_command(const std::vector<std::string>& vary, const std::vector<std::string>& metrics,
                    int replications, bool threads) {
  Command c = Command::text_of(CommandKind::run_sweep, joined(vary), 0, threads ? 1 : 0);
  c.detail = joined(metrics);
  c.value = replications;
  return c;
}

// "exp(75s)": a distribution of the same law with its mean scaled (for starting values).
std::string scaled_exp(const random::Distribution& d, double factor) {
  return "exp(" +
         format_seconds(static_cast<Time>(std::llround(static_cast<double>(d.a) * factor))) + "s)";
}

}  // namespace

std::vector<SweepChoice> sweep_keys(const scenario::Scenario& lesson) {
  std::vector<SweepChoice> out;
  if (!lesson.variants.empty()) {  // the lesson's own comparison first
    std::string names;
    for (const scenario::Variant& v : lesson.variants) names += (names.empty() ? "" : ",") + v.name;
    out.push_back({"scenario.variant", names});
  }
  for (const scenario::Station& st : lesson.stations) {
    out.push_back(
        {"station." + st.name + ".staff", "1.." + std::to_string(std::max(8, 2 * st.staff))});
  }
  out.push_back({"machine.cores", "1..4"});
  for (const scenario::CustomerGroup& g : lesson.groups) {
    const std::string prefix =
        lesson.groups.size() == 1 ? "customers." : "customers." + g.name + ".";
    if (g.arrival.kind == random::Distribution::Kind::exponential) {
      out.push_back({prefix + "arrival", scaled_exp(g.arrival, 2) + "," +
                                             scaled_exp(g.arrival, 1.5) + "," + g.arrival_text +
                                             "," + scaled_exp(g.arrival, 0.8)});
    }
    out.push_back({prefix + "count", std::to_string(std::max<std::int64_t>(1, g.count / 2)) + "," +
                                         std::to_string(g.count) + "," +
                                         std::to_string(g.count * 2)});
    for (const scenario::Step& step : g.steps) {
      if (step.station < 0 || step.work.size() != 1) continue;
      out.push_back({prefix + "step." + step.name + ".work", step.work[0].text});
    }
  }
  return out;
}

std::vector<std::string> sweep_metrics(const scenario::Scenario& lesson) {
  std::vector<std::string> out = {"customers.mean_sojourn_s", "customers.makespan_s", "speedup",
                                  "customers.mean_blocked_s"};
  for (const scenario::Station& st : lesson.stations) {
    for (const char* figure : {"mean_queue_wait_s", "utilization", "mean_queue_length"})
      out.push_back("stations." + st.name + "." + figure);
  }
  return out;
}

void SweepView::suggestions(const AppState& state, const scenario::Scenario& lesson,
                            std::vector<Command>& out) const {
  if (lesson.sweeps.empty()) return;
  const Text& text = state.text;
  ImGui::TextUnformatted(text("sweep_suggested"));
  for (std::size_t i = 0; i < lesson.sweeps.size(); ++i) {
    const scenario::SweepSuggestion& s = lesson.sweeps[i];
    std::string label = text.language() == Language::chinese && !s.title_zh.empty() ? s.title_zh
                        : !s.title.empty()                                          ? s.title
                                           : joined(s.vary);
    label += "##suggested" + std::to_string(i);
    ImGui::SameLine();
    if (ImGui::Button(label.c_str())) {
      const int replications = s.replications > 0 ? s.replications : replications_;
      out.push_back(run_command(s.vary, s.metrics, replications, threads_));
    }
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s\n%s", joined(s.vary).c_str(), joined(s.metrics).c_str());
  }
}

const SweepView::Choices& SweepView::choices(const AppState& state,
                                             const scenario::Scenario& lesson) {
  const Text& text = state.text;
  const std::uint64_t serial = state.main->base_serial();
  if (choices_.serial == serial && choices_.language == text.language() &&
      choices_.vocabulary == text.vocabulary())
    return choices_;
  Choices c;
  c.serial = serial;
  c.language = text.language();
  c.vocabulary = text.vocabulary();
  c.keys = sweep_keys(lesson);
  c.metrics = sweep_metrics(lesson);
  std::vector<std::string> ids;
  for (const SweepChoice& k : c.keys) ids.push_back(k.key);
  const Names names = names_for(lesson, text);
  c.key_names = sweep_key_names(text, names, lesson, ids);
  c.metric_names = sweep_figure_names(text, names, lesson, c.metrics);
  choices_ = std::move(c);
  return choices_;
}

void SweepView::custom_row(const AppState& state, const scenario::Scenario& lesson,
                           std::vector<Command>& out) {
  const Text& text = state.text;
  const Choices& made = choices(state, lesson);
  const std::vector<SweepChoice>& keys = made.keys;
  const std::vector<std::string>& metrics = made.metrics;
  if (lesson_ != lesson.path) {  // another lesson: start from its first key
    lesson_ = lesson.path;
    key_ = 0;
    metric_ = 0;
    range_ = keys.empty() ? std::string() : keys[0].values;
  }
  if (const auto snapshot = state.sweep.snapshot();
      snapshot != nullptr && snapshot->plan != followed_) {
    followed_ = snapshot->plan;
    follow_plan(*snapshot->plan, keys, metrics);
  }
  key_ = std::clamp(key_, 0, static_cast<int>(keys.size()) - 1);
  metric_ = std::clamp(metric_, 0, static_cast<int>(metrics.size()) - 1);
  const float w = ImGui::GetFontSize();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text("sweep_vary"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(w * 17);
  // Keys in words; the key itself (as --vary takes it) on hover.
  const std::vector<std::string>& shown = made.key_names;
  const auto current = static_cast<std::size_t>(key_);
  if (ImGui::BeginCombo("##sweep_key", shown[current].c_str())) {
    for (std::size_t i = 0; i < keys.size(); ++i) {
      const std::string label = shown[i] + "##key" + std::to_string(i);
      if (ImGui::Selectable(label.c_str(), static_cast<int>(i) == key_)) {
        key_ = static_cast<int>(i);
        range_ = keys[i].values;
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", keys[i].key.c_str());
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", keys[current].key.c_str());
  ImGui::SameLine();
  ImGui::TextUnformatted(text("sweep_range"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(w * 14);
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, "%s", range_.c_str());
  if (ImGui::InputText("##sweep_range", buffer, sizeof buffer)) range_ = buffer;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text("sweep_range_tip"));
  run_row(state, keys[static_cast<std::size_t>(key_)].key, made, out);
}

void SweepView::follow_plan(const sweep::SweepPlan& plan, const std::vector<SweepChoice>& keys,
                            const std::vector<std::string>& metrics) {
  if (plan.spec.vary.empty()) return;
  const scenario::Vary& vary = plan.spec.vary.front();
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i].key != vary.key) continue;
    key_ = static_cast<int>(i);
    range_ = vary.text.substr(std::min(vary.text.size(), vary.key_offset + vary.key.size() + 1));
    break;
  }
  replications_ = plan.spec.replications;
  if (!plan.spec.metrics.empty()) {
    const auto found = std::find(metrics.begin(), metrics.end(), plan.spec.metrics.front());
    if (found != metrics.end()) metric_ = static_cast<int>(found - metrics.begin());
  }
}

void SweepView::run_row(const AppState& state, const std::string& key, const Choices& choices,
                        std::vector<Command>& out) {
  const std::vector<std::string>& metrics = choices.metrics;
  const Text& text = state.text;
  const float w = ImGui::GetFontSize();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text("sweep_replications"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(w * 6);
  ImGui::SliderInt("##sweep_reps", &replications_, 1, 50);
  ImGui::SameLine();
  ImGui::TextUnformatted(text("sweep_metric"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(w * 18);
  // Figures in words; their keys (as --metric takes them) on hover.
  const std::vector<std::string>& shown = choices.metric_names;
  const auto current = static_cast<std::size_t>(metric_);
  if (ImGui::BeginCombo("##sweep_metric", shown[current].c_str())) {
    for (std::size_t i = 0; i < metrics.size(); ++i) {
      const std::string label = shown[i] + "##metric" + std::to_string(i);
      if (ImGui::Selectable(label.c_str(), static_cast<int>(i) == metric_))
        metric_ = static_cast<int>(i);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", metrics[i].c_str());
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", metrics[current].c_str());
  ImGui::SameLine();
  ImGui::Checkbox(text("sweep_threads_too"), &threads_);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text("sweep_threads_too_tip"));
  ImGui::SameLine();
  if (state.sweep.running()) {
    if (ImGui::Button(text("sweep_stop"))) out.push_back(Command::of(CommandKind::stop_sweep));
  } else if (ImGui::Button(text("sweep_run"))) {
    out.push_back(run_command({key + "=" + range_}, {metrics[static_cast<std::size_t>(metric_)]},
                              replications_, threads_));
  }
}

void SweepView::chart(const AppState& state, std::vector<Command>& out) {
  const std::shared_ptr<const SweepSnapshot> snapshot = state.sweep.snapshot();
  if (snapshot == nullptr) {
    ImGui::TextDisabled("%s", state.text("sweep_none"));
    return;
  }
  const float width = std::max(400.0f, ImGui::GetContentRegionAvail().x);
  const float height = ImGui::GetContentRegionAvail().y;
  if (snapshot != drawn_ || width != drawn_width_ || height != drawn_height_ ||
      state.text.language() != drawn_language_ || state.text.vocabulary() != drawn_vocabulary_) {
    const sweep::SweepPlan& plan = *snapshot->plan;
    const Names names = names_for(plan.points.front().scenario, state.text);
    chart::CurveChartOptions options;
    options.width = width;
    // The panels share the height left under the title and above the legend.
    const float font = ImGui::GetFontSize();
    const float panels = static_cast<float>(std::max<std::size_t>(1, plan.spec.metrics.size()));
    options.panel_height = std::clamp((height - font * 5) / panels, font * 11, font * 22);
    options.text_px = ImGui::GetFontSize() * 0.85f;
    options.title_px = ImGui::GetFontSize();
    model_ = chart::build_curve_chart(
        sweep::sweep_curves(plan, snapshot->result,
                            sweep_curve_words(state.text, names, plan.points.front().scenario)),
        options);
    drawn_ = snapshot;
    drawn_width_ = width;
    drawn_height_ = height;
    drawn_language_ = state.text.language();
    drawn_vocabulary_ = state.text.vocabulary();
  }
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##sweep_chart", ImVec2(model_.width, model_.height));
  paint_curves(*ImGui::GetWindowDrawList(), model_, origin);
  if (!ImGui::IsItemHovered()) return;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const MarkerHit hit = marker_at(model_, ImVec2(mouse.x - origin.x, mouse.y - origin.y));
  if (hit.panel < 0) return;
  const chart::CurveMarker& m = model_.panels[static_cast<std::size_t>(hit.panel)]
                                    .markers[static_cast<std::size_t>(hit.marker)];
  ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::SetTooltip("%s\n%s", m.tip.c_str(), state.text("sweep_click"));
  if (ImGui::IsItemClicked() && m.point >= 0)
    out.push_back(Command::value_of(CommandKind::open_sweep_point, 0, 0, m.point));
}

void SweepView::draw(const AppState& state, std::vector<Command>& out) {
  if (!state.show_sweep || state.main == nullptr || !state.main->loaded()) return;
  const Text& text = state.text;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * 0.8f, vp->WorkSize.y * 0.85f),
                           ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  bool open = true;
  const std::string title = std::string(text("sweep_title")) + "###sweep";
  if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoCollapse)) {
    ImGui::TextWrapped("%s", text("sweep_intro"));
    const scenario::Scenario& lesson = state.main->base();
    suggestions(state, lesson, out);
    custom_row(state, lesson, out);
    if (state.sweep.total() > 0) {
      char progress[64];
      std::snprintf(progress, sizeof progress, "%zu / %zu %s", state.sweep.completed(),
                    state.sweep.total(), text("sweep_runs"));
      ImGui::ProgressBar(
          static_cast<float>(state.sweep.completed()) / static_cast<float>(state.sweep.total()),
          ImVec2(-1, 0), progress);
    }
    if (!state.sweep.error().empty())
      ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s", state.sweep.error().c_str());
    ImGui::BeginChild("##sweep_curves", ImVec2(0, 0), false);
    chart(state, out);
    ImGui::EndChild();
  }
  ImGui::End();
  if (!open) out.push_back(Command::of(CommandKind::toggle_sweep));
}

}  // namespace burgers::ui
