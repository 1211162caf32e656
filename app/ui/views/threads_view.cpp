#include "ui/views/threads_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "chart/chart_builder.hpp"
#include "stats/comparison.hpp"
#include "ui/names.hpp"
#include "ui/widgets/chart_painter.hpp"
#include "ui/widgets/text_widgets.hpp"

namespace burgers::ui {

namespace {

void comparison_table(const ThreadsResult& r, const Text& text, const Names& names) {
  if (!ImGui::BeginTable("##threads_cmp", 4,
                         ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
    return;
  ImGui::TableSetupColumn(text("figure"));
  ImGui::TableSetupColumn(text("simulated"));
  ImGui::TableSetupColumn(text("measured"));
  ImGui::TableSetupColumn(text("deviation"));
  ImGui::TableHeadersRow();
  const stats::FigureNames names_of_figures{text("makespan"), text("mean_sojourn"),
                                            std::string(text("mean_wait")) + ": %s",
                                            std::string(text("utilization")) + ": %s"};
  for (const stats::ComparisonRow& row : stats::compare_runs(r.sim_summary, r.real.summary)) {
    const std::string station = row.station >= 0 ? names.station(r.sim_trace, row.station) : "";
    const std::string label = stats::figure_name(row, names_of_figures, station);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(label.c_str());
    for (const double v : {row.simulated, row.measured}) {
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(stats::format_figure(row, v).c_str());
    }
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(stats::format_deviation(row.deviation()).c_str());
  }
  ImGui::EndTable();
}

// The free cores checked before the run (and a warning when fewer than the run counts
// on), and how Python's runtime ran on real threads.
void machine_notes(const ThreadsResult& r, const Text& text) {
  const threads::CoreCheck& cores = r.real.cores;
  ImGui::TextDisabled("%s %.2f / %d", text("free_cores"), cores.available, cores.tested);
  if (threads::busier_than_assumed(cores, r.scenario)) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 0.7f, 0.3f, 1));
    ImGui::TextWrapped("%s", text("busy_machine"));
    ImGui::PopStyleColor();
  }
  const bool processes = std::any_of(
      r.scenario.stations.begin(), r.scenario.stations.end(),
      [](const scenario::Station& s) { return s.workers == scenario::Workers::processes; });
  if (r.scenario.machine.gil || processes) {
    const std::string floor = format_duration(threads::kMinGilIntervalNs);
    ImGui::TextWrapped("%s", fill(text("threads_python"), floor).c_str());
  }
}

// A timeline of the run, `t1` shared so the same moment is at the same x. With `overlay`,
// the measured run is drawn in the lower half of each lane, under the simulated one.
void timeline(const char* heading, const ThreadsResult& r, Time t1, const Text& text,
              const Names& names, bool overlay, bool measured_only) {
  ImGui::TextUnformatted(heading);
  chart::ChartOptions o = localized_chart_options(text, names);
  o.width = std::max(300.0f, ImGui::GetContentRegionAvail().x);
  o.lane_height = overlay ? 22 : 14;
  if (overlay) {
    o.overlay = &r.real.trace;
    o.overlay_index = &r.real_index;
  }
  o.label_width = 130;
  o.t0 = 0;
  o.t1 = t1;
  o.show_title = false;  // the heading above says which run this is
  o.max_customers = 12;
  o.legend = false;
  // The OS does not tell which core ran a thread: only the simulation has core lanes.
  o.show_cores = !measured_only;
  o.text_px = ImGui::GetFontSize();
  o.measure = font_measure();
  const chart::ChartModel m = measured_only ? chart::build_timeline(r.real.trace, r.real_index, o)
                                            : chart::build_timeline(r.sim_trace, r.sim_index, o);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(m.width, m.height));
  paint_chart(*ImGui::GetWindowDrawList(), m, origin);
}

}  // namespace

void ThreadsView::draw(const AppState& state, std::vector<Command>& out) {
  if (!state.show_threads || state.main == nullptr || !state.main->loaded()) return;
  const Text& text = state.text;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * 0.8f, vp->WorkSize.y * 0.85f),
                           ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  bool open = true;
  const std::string title = std::string(text("threads_title")) + "###threads";
  if (!ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    if (!open) out.push_back(Command::of(CommandKind::toggle_threads));
    return;
  }
  wrapped_text(text("threads_intro"));

  // Time scale: real seconds per simulated second, on a log slider; default until touched.
  const ThreadsJob& job = state.threads;
  if (!custom_scale_ && job.time_scale() > 0)
    log_scale_ = static_cast<float>(std::log10(job.time_scale()));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
  const float shown = log_scale_;
  char label[64];
  std::snprintf(label, sizeof label, "%.3g", std::pow(10.0, static_cast<double>(shown)));
  if (ImGui::SliderFloat(text("time_scale"), &log_scale_, -6.0f, 1.0f, label)) custom_scale_ = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text("time_scale_tip"));
  ImGui::SameLine();
  if (custom_scale_ && ImGui::SmallButton(text("default_scale"))) custom_scale_ = false;

  if (job.running()) {
    if (ImGui::Button(text("stop_threads"))) out.push_back(Command::of(CommandKind::stop_threads));
    ImGui::SameLine();
    char progress[64];
    std::snprintf(progress, sizeof progress, "%.1f s", job.expected_seconds() * job.progress());
    ImGui::ProgressBar(static_cast<float>(job.progress()), ImVec2(-1, 0), progress);
  } else if (ImGui::Button(text("run_threads"))) {
    const double scale = custom_scale_ ? std::pow(10.0, static_cast<double>(log_scale_)) : 0.0;
    out.push_back(Command::value_of(CommandKind::run_threads, scale));
  }
  if (!job.error().empty())
    ImGui::TextColored(ImVec4(1, 0.45f, 0.45f, 1), "%s", job.error().c_str());

  const std::shared_ptr<const ThreadsResult> r = job.result();
  if (r == nullptr) {
    ImGui::TextDisabled("%s", text("threads_none"));
  } else {
    ImGui::Separator();
    const Names names = names_for(r->scenario, text);
    ImGui::Text("%s", names.title.c_str());
    // Numbers are formatted here, words come from the table: a table never holds a format string.
    ImGui::TextDisabled(
        "%s %zu   %s %.2f s   %s %.3g   %s %.0f/µs (±%.1f%%)", text("threads_count"),
        r->real.threads, text("wall_time"), r->real.wall_time_s, text("time_scale_short"),
        r->real.summary.time_scale.value_or(0), text("calibration"),
        r->real.calibration.iterations_per_us, r->real.calibration.check_error * 100);
    machine_notes(*r, text);
    comparison_table(*r, text, names);
    const Time t1 = std::max<Time>({r->sim_trace.end_time, r->real.trace.end_time, 1});
    ImGui::BeginChild("##threads_timelines", ImVec2(0, 0), false);
    std::string sim_heading = text("simulated_timeline");
    sim_heading +=
        r->scenario.machine.cores > 0
            ? " (" + std::to_string(r->scenario.machine.cores) + " " + text("cores_word") + ")"
            : std::string(" (") + text("unlimited_cores") + ")";
    timeline(text("overlaid_timeline"), *r, t1, text, names, true, false);
    timeline(sim_heading.c_str(), *r, t1, text, names, false, false);
    timeline(text("measured_timeline"), *r, t1, text, names, false, true);
    ImGui::EndChild();
  }
  ImGui::End();
  if (!open) out.push_back(Command::of(CommandKind::toggle_threads));
}

}  // namespace burgers::ui
