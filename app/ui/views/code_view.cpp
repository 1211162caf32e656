#include "ui/views/code_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "chart/palette.hpp"
#include "ui/names.hpp"
#include "ui/panel_models.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/chart_painter.hpp"
#include "ui/widgets/text_widgets.hpp"

namespace burgers::ui {

namespace {

constexpr ImU32 kPaper = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kInk = IM_COL32(33, 37, 41, 255);
constexpr ImU32 kComment = IM_COL32(96, 110, 122, 255);
constexpr ImU32 kLineNumber = IM_COL32(150, 158, 166, 255);

ImFont* code_font() {
  const ImFontAtlas& fonts = *ImGui::GetIO().Fonts;
  return fonts.Fonts.Size > 2 ? fonts.Fonts[2] : ImGui::GetFont();
}

ImU32 tint(trace::State swatch, int alpha) {
  const chart::Rgba c = chart::style_of(swatch).fill;
  return IM_COL32(c.r, c.g, c.b, alpha);
}

float width_of(ImFont* font, std::string_view s) {
  return font->CalcTextSizeA(font->FontSize, 1e9f, 0, s.data(), s.data() + s.size()).x;
}

// One line of code with its comment (from '#') in a softer ink.
void paint_code(ImDrawList& draw, ImFont* font, ImVec2 at, std::string_view line) {
  const std::size_t hash = line.find('#');
  const std::string_view code = line.substr(0, hash);
  const std::string_view comment = hash == std::string_view::npos ? "" : line.substr(hash);
  draw.AddText(font, font->FontSize, at, kInk, code.data(), code.data() + code.size());
  draw.AddText(font, font->FontSize, ImVec2(at.x + width_of(font, code), at.y), kComment,
               comment.data(), comment.data() + comment.size());
}

// A line's note in the notes column [x0, x1]: a tag in the colour of what most of its
// tasks do, with the whole note, or its short form; a short form too long for one row
// takes a second row when `two_rows` (the next line has no note), else it is cut.
void paint_note(ImDrawList& draw, ImFont* font, float x0, float x1, float y, float row,
                const CodeLineNote& note, bool two_rows) {
  const text::Measure measure = [font](std::string_view s) { return width_of(font, s); };
  const float room = x1 - x0 - 10;
  std::vector<std::string> lines;
  if (measure(note.text) <= room) {
    lines = {note.text};
  } else if (measure(note.short_text) <= room) {
    lines = {note.short_text};
  } else {
    lines = text::wrap(note.short_text, room, measure);
    if (!two_rows || lines.size() > 2) lines = {text::fit(note.short_text, room, measure)};
  }
  float w = 0;
  for (const std::string& l : lines) w = std::max(w, measure(l));
  const ImVec2 a(x0, y + 1);
  const ImVec2 b(x0 + w + 10, y + row * static_cast<float>(lines.size()) - 1);
  paint_state_swatch(draw, a, ImVec2(a.x + 4, b.y), note.swatch);
  draw.AddRectFilled(ImVec2(a.x + 4, a.y), b, kPaper, 3.0f);
  draw.AddRect(a, b, to_imgui(chart::style_of(note.swatch).edge), 3.0f, 0,
               note.hovered ? 2.0f : 1.0f);
  for (std::size_t k = 0; k < lines.size(); ++k)
    draw.AddText(font, font->FontSize, ImVec2(a.x + 6, y + 2 + row * static_cast<float>(k)), kInk,
                 lines[k].c_str());
}

}  // namespace

void CodeView::draw(const AppState& state, const SessionFrame& frame) {
  const Text& text = state.text;
  const ImVec2 area = ImGui::GetContentRegionAvail();
  if (!frame.ready) {
    computing_note(text, frame.progress, area);
    return;
  }
  ImGui::TextDisabled("%s", fill(text("as_of"), clock_text(frame.code.as_of)).c_str());
  const Names names = names_for(frame.session->effective(), text);
  const std::vector<CodeLineNote> notes = code_notes(text, names, frame);
  ImFont* font = code_font();
  const float row = font->FontSize + 5;
  const float width = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
  const text::Measure measure = [font](std::string_view s) { return width_of(font, s); };
  float widest = 0;
  for (const std::string_view line : frame.code.lines) widest = std::max(widest, measure(line));
  const CodeColumns columns = code_columns(width, measure, widest, text);
  const float notes_w = columns.notes_w;
  const float numbers_w = columns.numbers_w;
  const float code_x = columns.code_x;

  ImGui::BeginChild("##code_lines", ImVec2(0, 0), false, ImGuiWindowFlags_None);
  keep_in_view(notes, row);
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const float height = std::max(row * static_cast<float>(frame.code.lines.size()) + 6,
                                ImGui::GetContentRegionAvail().y);
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  backdrop(draw, o, ImVec2(o.x + width, o.y + height), kPaper, 4.0f);
  backdrop(draw, o, ImVec2(o.x + notes_w - 2, o.y + height), to_imgui(chart::kLaneStripe), 4.0f);
  // Tints and code first, then the notes (a note may take the row below its line).
  for (std::size_t i = 0; i < frame.code.lines.size(); ++i) {
    const float y = o.y + 3 + row * static_cast<float>(i);
    const CodeLineNote& note = i < notes.size() ? notes[i] : CodeLineNote{};
    if (note.busy || note.hovered)
      draw.AddRectFilled(ImVec2(o.x + notes_w, y), ImVec2(o.x + width, y + row),
                         tint(note.swatch, 60));
    if (note.hovered)
      draw.AddRect(ImVec2(o.x + notes_w, y), ImVec2(o.x + width, y + row), to_imgui(chart::kCursor),
                   2.0f, 0, 2.0f);
    const std::string number = std::to_string(i + 1);
    draw.AddText(font, font->FontSize,
                 ImVec2(o.x + notes_w + numbers_w - width_of(font, number), y + 2), kLineNumber,
                 number.c_str());
    paint_code(draw, font, ImVec2(o.x + code_x, y + 2),
               shown_code_line(frame.code.lines[i], columns.code_room, measure));
  }
  for (std::size_t i = 0; i < notes.size() && i < frame.code.lines.size(); ++i) {
    if (!notes[i].busy && !notes[i].hovered) continue;
    const bool next_free = i + 1 >= notes.size() || notes[i + 1].text.empty();
    paint_note(draw, font, o.x, o.x + notes_w - 4, o.y + 3 + row * static_cast<float>(i), row,
               notes[i], next_free);
  }
  ImGui::Dummy(ImVec2(width, height));
  // The whole line (the panel may cut it) and its whole note.
  if (ImGui::IsItemHovered()) {
    const float dy = ImGui::GetIO().MousePos.y - o.y - 3;
    const auto i = static_cast<std::size_t>(std::max(0.0f, dy) / row);
    if (i < frame.code.lines.size()) {
      const std::string_view line = frame.code.lines[i];
      ImGui::BeginTooltip();
      ImGui::PushFont(font);
      ImGui::Text("%d  %.*s", static_cast<int>(i + 1), static_cast<int>(line.size()), line.data());
      ImGui::PopFont();
      if (i < notes.size() && !notes[i].text.empty()) ImGui::TextUnformatted(notes[i].text.c_str());
      ImGui::EndTooltip();
    }
  }
  ImGui::EndChild();
}

void CodeView::keep_in_view(const std::vector<CodeLineNote>& notes, float row) {
  // When the lines with tasks (or the hovered line) change, scroll so they are in view (the
  // first of them, if they do not all fit); otherwise the student's own scrolling stays.
  int first = -1, last = -1;
  for (std::size_t i = 0; i < notes.size(); ++i) {
    if (!notes[i].busy && !notes[i].hovered) continue;
    if (first < 0) first = static_cast<int>(i);
    last = static_cast<int>(i);
  }
  for (std::size_t i = 0; i < notes.size(); ++i) {
    if (notes[i].hovered) first = last = static_cast<int>(i);
  }
  if (first == followed_[0] && last == followed_[1]) return;
  followed_[0] = first;
  followed_[1] = last;
  if (first < 0) return;
  const float y0 = 3 + row * static_cast<float>(first);
  const float y1 = 3 + row * static_cast<float>(last + 1);
  const float top = ImGui::GetScrollY();
  const float view = ImGui::GetWindowHeight();
  if (y0 >= top && y1 <= top + view) return;
  const float wanted = y1 - y0 <= view ? (y0 + y1) / 2 - view / 2 : y0 - row;
  ImGui::SetScrollY(std::max(0.0f, wanted));
}

}  // namespace burgers::ui
