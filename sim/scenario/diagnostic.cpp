#include "scenario/diagnostic.hpp"

#include "scenario/text_scan.hpp"

namespace burgers::scenario {

std::string Diagnostic::to_string() const {
  std::string text = printable(file);
  if (line > 0) {
    text += ":" + std::to_string(line);
    if (column > 0) text += ":" + std::to_string(column);
  }
  if (!text.empty()) text += ": ";
  return text + printable(message);
}

}  // namespace burgers::scenario
