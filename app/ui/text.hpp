#pragma once
// The dashboard's words in English and Traditional Chinese, from the text tables in
// assets/text/ (compiled into the program). Views ask text("key") for the current language
// and vocabulary: in the program's, a "prog_key" entry stands in for "key" where it exists.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/scenario.hpp"
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
  // The text for `key`, or null if the table lacks it.
  const std::string* find(std::string_view key) const;
  const std::map<std::string, std::string, std::less<>>& entries() const { return entries_; }

 private:
  std::map<std::string, std::string, std::less<>> entries_;
  mutable std::map<std::string, std::string, std::less<>> missing_;
};

using text::fill;  // "{} staff" -> "Cook staff"

using scenario::Vocabulary;

class Text {
 public:
  Text();  // loads both embedded tables
  void set_language(Language language) { language_ = language; }
  Language language() const { return language_; }
  // The words the dashboard speaks: the restaurant's, or the program's.
  void set_vocabulary(Vocabulary vocabulary) { vocabulary_ = vocabulary; }
  Vocabulary vocabulary() const { return vocabulary_; }
  // The text of `key` in the current language and vocabulary.
  const char* operator()(std::string_view key) const { return word(key).c_str(); }
  const std::string& word(std::string_view key) const;
  const TextTable& table() const { return language_ == Language::english ? english_ : chinese_; }
  const TextTable& english() const { return english_; }
  const TextTable& chinese() const { return chinese_; }
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  TextTable english_;
  TextTable chinese_;
  // Per language: key -> the program's text, for every key with a "prog_" entry.
  std::map<std::string, std::string, std::less<>> program_[2];
  Language language_ = Language::english;
  Vocabulary vocabulary_ = Vocabulary::restaurant;
  std::vector<std::string> errors_;
};

}  // namespace burgers::ui
