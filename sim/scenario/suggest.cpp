#include "scenario/suggest.hpp"

#include <algorithm>
#include <vector>

namespace burgers::scenario {

namespace {

char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

int edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  // Three rows suffice: the swap rule looks two rows back.
  std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      int best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
          lower(a[i - 2]) == lower(b[j - 1])) {
        best = std::min(best, before[j - 2] + 1);
      }
      current[j] = best;
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[m];
}

std::optional<std::string_view> closest_match(std::string_view word,
                                              std::span<const std::string_view> candidates) {
  const int threshold = std::max<int>(1, static_cast<int>(word.size() / 3));
  std::optional<std::string_view> best;
  int best_distance = threshold + 1;
  for (std::string_view candidate : candidates) {
    const int d = edit_distance(word, candidate);
    // Replacing every character of the word is no resemblance ('x' is not a typo of 's').
    if (d < best_distance && d < static_cast<int>(word.size())) {
      best = candidate;
      best_distance = d;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  const auto match = closest_match(word, candidates);
  if (!match) return {};
  return " (did you mean '" + std::string(*match) + "'?)";
}

std::string did_you_mean(std::string_view word,
                         std::initializer_list<std::string_view> candidates) {
  return did_you_mean(word,
                      std::span<const std::string_view>(candidates.begin(), candidates.size()));
}

std::string join_names(std::span<const std::string_view> names) {
  std::string text;
  for (std::string_view name : names) {
    if (!text.empty()) text += ", ";
    text += name;
  }
  return text;
}

}  // namespace burgers::scenario
