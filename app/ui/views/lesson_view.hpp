#pragma once
// LessonView: the lesson's title and description in the chosen language, the file's errors
// in place while the last good run stays on screen, and "Try it": the lesson's variants
// ([[variant]]) and the sliders (staff, arrivals per minute), which re-run at once through
// the same overrides as --set.
#include <string>
#include <vector>

#include "ui/app_state.hpp"
#include "ui/command.hpp"

namespace burgers::ui {

struct LessonView {
  void draw(const AppState& state, const Session& session, int side,
            std::vector<Command>& out) const;

 private:
  void draw_variants(const AppState& state, const Session& session, int side,
                     std::vector<Command>& out) const;
  void variant_tooltip(const Text& text, const scenario::Variant& variant,
                       const std::string& description) const;
  void draw_sliders(const AppState& state, const Session& session, int side,
                    std::vector<Command>& out) const;
};

}  // namespace burgers::ui
