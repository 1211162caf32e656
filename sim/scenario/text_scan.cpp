#include "scenario/text_scan.hpp"

namespace burgers::scenario {

namespace {

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

int count_code_points(std::string_view text) {
  int count = 0;
  for (char c : text) {
    if (!is_continuation(c)) ++count;
  }
  return count;
}

std::string_view code_point_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) return {};
  std::size_t end = i + 1;
  while (end < text.size() && is_continuation(text[end]) && end - i < 4) ++end;
  return text.substr(i, end - i);
}

}  // namespace burgers::scenario
