#include "base/time.hpp"

#include <cstdio>

namespace burgers {

std::string format_seconds(Time t) {
  // Built digit by digit so the text is exact and identical on every platform.
  const bool negative = t < 0;
  const auto magnitude =
      negative ? -static_cast<unsigned long long>(t) : static_cast<unsigned long long>(t);
  const unsigned long long whole = magnitude / 1'000'000'000ULL;
  unsigned long long fraction = magnitude % 1'000'000'000ULL;
  std::string text = negative ? "-" : "";
  text += std::to_string(whole);
  if (fraction != 0) {
    char digits[10] = "000000000";
    for (int i = 8; i >= 0; --i) {
      digits[i] = static_cast<char>('0' + fraction % 10);
      fraction /= 10;
    }
    int last = 8;
    while (digits[last] == '0') --last;
    text += '.';
    text.append(digits, static_cast<std::size_t>(last + 1));
  }
  return text;
}

namespace {

std::string trim_number(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text = buffer;
  if (text.find('.') != std::string::npos) {
    while (!text.empty() && text.back() == '0') text.pop_back();
    if (!text.empty() && text.back() == '.') text.pop_back();
  }
  return text;
}

}  // namespace

std::string format_duration(Time t) {
  if (t < 0) return "-" + format_duration(-t);
  if (t == 0) return "0 s";
  if (t < kMicrosecond) return std::to_string(t) + " ns";
  if (t < kMillisecond) return trim_number(static_cast<double>(t) / kMicrosecond, 1) + " µs";
  if (t < kSecond) return trim_number(static_cast<double>(t) / kMillisecond, 1) + " ms";
  if (t < kMinute) return trim_number(static_cast<double>(t) / kSecond, 2) + " s";
  if (t < kHour) {
    const Time minutes = t / kMinute;
    const Time seconds = (t % kMinute + kSecond / 2) / kSecond;
    if (seconds == 0) return std::to_string(minutes) + " min";
    if (seconds == 60) return std::to_string(minutes + 1) + " min";
    return std::to_string(minutes) + " min " + std::to_string(seconds) + " s";
  }
  const Time hours = t / kHour;
  const Time minutes = (t % kHour + kMinute / 2) / kMinute;
  if (minutes == 0) return std::to_string(hours) + " h";
  if (minutes == 60) return std::to_string(hours + 1) + " h";
  return std::to_string(hours) + " h " + std::to_string(minutes) + " min";
}

}  // namespace burgers
