#pragma once
// Text helpers for the views: text wrapped by the shared line breaker (Chinese breaks
// between characters, never before 。，、 nor after 「（), the font's measure for the
// pure layouts, and the "computing… 63%" note a panel shows instead of stale data.
#include <imgui.h>

#include <string_view>

#include "text/line_break.hpp"
#include "ui/text.hpp"

namespace burgers::ui {

// The current ImGui font's width of a text, for sim/chart layouts and the line breaker.
text::Measure font_measure();

// Text wrapped to `width` (<= 0: the space left on the line), one ImGui line per line.
void wrapped_text(std::string_view s, float width = 0);
// The same in a colour.
void wrapped_text_colored(ImVec4 color, std::string_view s, float width = 0);

// A note in the middle of a `size` region: "computing… 63%" with a progress bar.
void computing_note(const Text& text, double progress, ImVec2 size);

// A slider's value as text beside it (so the knob never sits on the digits): a label of
// `width` pixels, right-aligned, after the slider on the same line.
void slider_value(const char* value, float width);

}  // namespace burgers::ui
