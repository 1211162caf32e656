#pragma once
// Translated patterns: "{} staff" with a word or number put in place of "{}". Shared by
// the dashboard's text tables and the layouts that take translated words.
#include <string>
#include <string_view>

namespace burgers::text {

// `pattern` with its first "{}" replaced by `value` (translations never go through printf).
std::string fill(std::string_view pattern, std::string_view value);

// 5000 -> "5,000".
std::string thousands(long long n);

}  // namespace burgers::text
