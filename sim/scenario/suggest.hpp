#pragma once
// "Did you mean ...?" for misspelt keys, station names, units and distributions.
// Internal to sim/scenario.
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace burgers::scenario {

// Optimal-string-alignment distance (Levenshtein plus adjacent swaps), ignoring ASCII case.
int edit_distance(std::string_view a, std::string_view b);

// The closest candidate within max(1, |word| / 3) edits and fewer than |word|, earliest on
// ties; nullopt if none.
std::optional<std::string_view> closest_match(std::string_view word,
                                              std::span<const std::string_view> candidates);

// " (did you mean 'x'?)" for the closest candidate, or "" when none is close.
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);
std::string did_you_mean(std::string_view word, std::initializer_list<std::string_view> candidates);

// "a, b, c": candidates joined for messages.
std::string join_names(std::span<const std::string_view> names);

}  // namespace burgers::scenario
