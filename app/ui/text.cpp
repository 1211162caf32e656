#include "ui/text.hpp"

#include <toml++/toml.h>

#include <sstream>

namespace burgers::ui {

extern const char* const kEnglishText;
extern const char* const kChineseText;

TextTable TextTable::parse(std::string_view toml_text, std::string_view name,
                           std::vector<std::string>& errors) {
  TextTable table;
  try {
    const toml::table parsed = toml::parse(toml_text, std::string_view{name});
    for (const auto& [key, node] : parsed) {
      if (const auto* text = node.as_string()) {
        table.entries_.emplace(std::string(key.str()), text->get());
      } else {
        errors.push_back(std::string(name) + ": '" + std::string(key.str()) + "' is not a string");
      }
    }
  } catch (const toml::parse_error& e) {
    std::ostringstream message;
    message << name << ":" << e.source().begin.line << ":" << e.source().begin.column << ": "
            << e.description();
    errors.push_back(message.str());
  }
  return table;
}

const std::string& TextTable::get(std::string_view key) const {
  if (const auto it = entries_.find(key); it != entries_.end()) return it->second;
  auto [it, inserted] = missing_.emplace(std::string(key), std::string(key));
  return it->second;
}

const std::string* TextTable::find(std::string_view key) const {
  const auto it = entries_.find(key);
  return it != entries_.end() ? &it->second : nullptr;
}

Text::Text()
    : english_(TextTable::parse(kEnglishText, "assets/text/en.toml", errors_)),
      chinese_(TextTable::parse(kChineseText, "assets/text/zh-TW.toml", errors_)) {
  constexpr std::string_view kPrefix = "prog_";
  for (int l = 0; l < 2; ++l) {
    for (const auto& [key, value] : (l == 0 ? english_ : chinese_).entries()) {
      if (key.rfind(kPrefix, 0) == 0) program_[l].emplace(key.substr(kPrefix.size()), value);
    }
  }
}

const std::string& Text::word(std::string_view key) const {
  if (vocabulary_ == Vocabulary::program) {
    const auto& program = program_[language_ == Language::english ? 0 : 1];
    if (const auto it = program.find(key); it != program.end()) return it->second;
  }
  return table().get(key);
}

}  // namespace burgers::ui
