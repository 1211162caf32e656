#pragma once
// A small streaming JSON writer with two-space indentation and keys in the order written
// (so files are byte-stable). Internal to sim/export.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "export/text_exports.hpp"

namespace burgers::exporter {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void begin_object(std::string_view key = {}) { open(key, '{'); }
  void begin_array(std::string_view key = {}) { open(key, '['); }
  void end() {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline();
    out_ += closers_.back();
    closers_.pop_back();
    if (first_.empty()) out_ += '\n';
  }
  // A value already in JSON form ("true", "1.5", "null"), under `key` in an object.
  void raw(std::string_view key, std::string_view json) {
    item(key);
    out_ += json;
  }
  void text(std::string_view key, std::string_view value) { raw(key, json_string(value)); }
  void number(std::string_view key, double value) { raw(key, format_fixed(value)); }
  void integer(std::string_view key, std::int64_t value) { raw(key, std::to_string(value)); }

 private:
  void newline() {
    out_ += '\n';
    out_.append(2 * first_.size(), ' ');
  }
  void item(std::string_view key) {
    if (!first_.empty()) {
      if (!first_.back()) out_ += ',';
      first_.back() = false;
      newline();
    }
    if (!key.empty()) out_ += json_string(key) + ": ";
  }
  void open(std::string_view key, char bracket) {
    item(key);
    out_ += bracket;
    first_.push_back(true);
    closers_.push_back(bracket == '{' ? '}' : ']');
  }

  std::string& out_;
  std::vector<bool> first_;  // per open container: nothing written in it yet
  std::vector<char> closers_;
};

}  // namespace burgers::exporter
