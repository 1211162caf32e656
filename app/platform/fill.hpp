#pragma once
// Fill: a rectangle the window paints in one colour before it draws the UI, by clearing a
// scissor box. On a software renderer (Mesa's llvmpipe, as under xvfb or in a virtual
// machine) a clear costs a fraction of the blended, textured triangles ImGui would draw for
// the same pixels. Include from app/platform and from whoever collects fills.
#include <cstdint>
#include <vector>

namespace burgers::platform {

struct Fill {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // ImGui's display coordinates, top-left origin
  std::uint32_t colour = 0;              // packed as ImGui packs it (IM_COL32)
};
using Fills = std::vector<Fill>;

}  // namespace burgers::platform
