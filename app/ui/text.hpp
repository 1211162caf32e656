#pragma once
// The dashboard's words in English and Traditional Chinese, from the text tables in
// assets/text/ (compiled into the program). Views ask text("key") for the current language.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "text/fill.hpp"

namespace burgers::ui {

enum class Language { english, chinese };

class TextTable {
 public:
  // Parses a table ("key = \"text\"" lines, TOML); problems go to `errors`.
  static TextTable parse(std::string_view toml_text, std::string_view name,
                         std::vector<std::string>& errors);
  // The text for `key`, or the key itself if the table lacks it (visible, never a crash).
  const std::string& get(std::string_view key) const;
  const std::map<std::string, std::string, std::less<>>& entries() const { return entries_; }

 private:
  std::map<std::string, std::string, std::less<>> entries_;
  mutable std::map<std::string, std::string, std::less<>> missing_;
};

using text::fill;  // "{} staff" -> "Cook staff"

class Text {
 public:
  Text();  // loads both embedded tables
  void set_language(Language language) { language_ = language; }
  Language language() const { return language_; }
  const char* operator()(std::string_view key) const { return table().get(key).c_str(); }
  const TextTable& table() const { return language_ == Language::english ? english_ : chinese_; }
  const TextTable& english() const { return english_; }
  const TextTable& chinese() const { return chinese_; }
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  TextTable english_;
  TextTable chinese_;
  Language language_ = Language::english;
  std::vector<std::string> errors_;
};

}  // namespace burgers::ui
