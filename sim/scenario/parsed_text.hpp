#pragma once
// The result of parsing a string value (a duration, a distribution, a work phase):
// a value, or a message with the byte offset of the offending character. Internal to sim/scenario.
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

namespace burgers::scenario {

struct TextError {
  std::size_t offset = 0;  // bytes into the parsed text
  std::string message;
};

template <class T>
struct Parsed {
  std::optional<T> value;
  TextError error;  // meaningful only when there is no value

  static Parsed success(T v) { return Parsed{std::move(v), {}}; }
  static Parsed failure(std::size_t offset, std::string message) {
    return Parsed{std::nullopt, TextError{offset, std::move(message)}};
  }
  // Moves an error found at `offset` within a substring to the enclosing text.
  template <class U>
  static Parsed failure_from(const Parsed<U>& inner, std::size_t offset) {
    return failure(inner.error.offset + offset, inner.error.message);
  }
  bool ok() const { return value.has_value(); }
};

}  // namespace burgers::scenario
