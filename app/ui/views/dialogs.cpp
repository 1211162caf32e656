#include "ui/views/dialogs.hpp"

#include <imgui.h>

#include <algorithm>

#include "chart/palette.hpp"
#include "export/outputs.hpp"
#include "ui/names.hpp"
#include "ui/widgets/chart_painter.hpp"
#include "ui/widgets/text_widgets.hpp"

namespace burgers::ui {

namespace fs = std::filesystem;
using trace::State;

void HelpPanel::draw(const AppState& state, std::vector<Command>& out) const {
  if (!state.show_help) return;
  const Text& text = state.text;
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34, 0), ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing,
                          ImVec2(0.5f, 0.5f));
  bool open = true;
  if (ImGui::Begin(text("help_title"), &open, ImGuiWindowFlags_NoCollapse)) {
    ImGui::TextUnformatted(text("help_shortcuts"));
    for (const char* key : {"help_space", "help_right", "help_r", "help_end", "help_f1"})
      ImGui::BulletText("%s", text(key));
    ImGui::Separator();
    ImGui::TextUnformatted(text("help_colours"));
    wrapped_text(text("help_colours_text"));
    const float s = ImGui::GetFontSize();
    for (int i = 0; i < trace::kStateCount; ++i) {
      if (trace::is_instant(static_cast<State>(i))) continue;  // instants have no colour
      const ImVec2 p = ImGui::GetCursorScreenPos();
      paint_state_swatch(*ImGui::GetWindowDrawList(), p, ImVec2(p.x + s * 2, p.y + s),
                         static_cast<State>(i));
      ImGui::Dummy(ImVec2(s * 2, s));
      ImGui::SameLine();
      ImGui::TextUnformatted(text(state_key(static_cast<State>(i))));
    }
  }
  ImGui::End();
  if (!open) out.push_back(Command::of(CommandKind::toggle_help));
}

void FirstRunHint::draw(const AppState& state, std::vector<Command>& out) const {
  if (!state.show_hint) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x / 2, vp->Pos.y + ImGui::GetFontSize() * 6),
                          ImGuiCond_Always, ImVec2(0.5f, 0));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0));
  // A note on paper: pale background, dark ink, a border so it stands off the restaurant.
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(1.0f, 0.97f, 0.85f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.13f, 0.15f, 0.16f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0.85f, 0.65f, 0.2f, 1.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 12));
  if (ImGui::Begin("##hint", nullptr,
                   ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize)) {
    wrapped_text(state.text("first_run"), ImGui::GetFontSize() * 30 - 28);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.0f, 0.45f, 0.70f, 1.0f));
    if (ImGui::Button(state.text("dismiss"))) out.push_back(Command::of(CommandKind::dismiss_hint));
    ImGui::PopStyleColor(2);
  }
  ImGui::End();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(3);
}

void FileDialog::draw(const AppState& state, std::vector<Command>& out) {
  if (!state.show_file_dialog) return;
  const Text& text = state.text;
  if (folder.empty()) {
    folder = state.main ? fs::absolute(state.main->file()).parent_path() : fs::current_path();
  }
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 36, ImGui::GetFontSize() * 26),
                           ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing,
                          ImVec2(0.5f, 0.5f));
  bool open = true;
  if (ImGui::Begin(text("file_dialog"), &open, ImGuiWindowFlags_NoCollapse)) {
    ImGui::Text("%s: %s", text("folder"), folder.string().c_str());
    if (ImGui::Button(text("up")) && folder.has_parent_path()) folder = folder.parent_path();
    ImGui::SameLine();
    if (ImGui::Button(text("cancel"))) open = false;
    ImGui::Separator();
    std::vector<fs::directory_entry> entries;
    std::error_code ec;
    for (auto it = fs::directory_iterator(folder, ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
      if (it->is_directory(ec) || it->path().extension() == ".toml") entries.push_back(*it);
    }
    std::sort(entries.begin(), entries.end(),
              [](const fs::directory_entry& a, const fs::directory_entry& b) {
                if (a.is_directory() != b.is_directory()) return a.is_directory();
                return a.path().filename() < b.path().filename();
              });
    ImGui::BeginChild("##files");
    for (const fs::directory_entry& e : entries) {
      const std::string name = e.path().filename().string() + (e.is_directory() ? "/" : "");
      if (!ImGui::Selectable(name.c_str())) continue;
      if (e.is_directory()) {
        folder = e.path();
      } else {
        out.push_back(Command::text_of(CommandKind::open_scenario, e.path().string(),
                                       state.file_dialog_side));
        open = false;
      }
    }
    ImGui::EndChild();
  }
  ImGui::End();
  if (!open)
    out.push_back(Command::value_of(CommandKind::show_panel, 0, state.file_dialog_side,
                                    static_cast<int>(Panel::file_dialog)));
}

void ExportPanel::draw(const AppState& state, std::vector<Command>& out) {
  if (!state.show_export || !state.main) return;
  const Text& text = state.text;
  if (folder.empty()) folder = (fs::path("out") / state.main->effective().name).string();
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing,
                          ImVec2(0.5f, 0.5f));
  bool open = true;
  if (ImGui::Begin(text("export_title"), &open,
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse)) {
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, "%s", folder.c_str());
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
    if (ImGui::InputText(text("export_folder"), buffer, sizeof buffer)) folder = buffer;
    ImGui::TextUnformatted(text("export_formats"));
    for (int f = 0; f < 6; ++f) {
      if (f > 0) ImGui::SameLine();
      const std::string name(exporter::file_name(static_cast<exporter::Format>(f)));
      ImGui::Checkbox(name.c_str(), &formats[f]);
    }
    if (ImGui::Button(text("export"))) {
      int bits = 0;
      for (int f = 0; f < 6; ++f) bits |= formats[f] ? 1 << f : 0;
      if (bits != 0) out.push_back(Command::text_of(CommandKind::export_run, folder, 0, bits));
      open = false;
    }
    ImGui::SameLine();
    if (ImGui::Button(text("cancel"))) open = false;
  }
  ImGui::End();
  if (!open)
    out.push_back(
        Command::value_of(CommandKind::show_panel, 0, 0, static_cast<int>(Panel::export_run)));
}

}  // namespace burgers::ui
