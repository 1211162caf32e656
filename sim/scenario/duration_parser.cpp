#include "scenario/duration_parser.hpp"

#include <limits>
#include <numeric>
#include <string>

#include "scenario/limits.hpp"
#include "scenario/suggest.hpp"
#include "scenario/text_scan.hpp"

namespace burgers::scenario {

namespace {

constexpr Time kMaxTime = std::numeric_limits<Time>::max();

struct Unit {
  std::string_view name;
  Time ns;
};
constexpr Unit kUnits[] = {{"ns", kNanosecond}, {"us", kMicrosecond}, {"ms", kMillisecond},
                           {"s", kSecond},      {"min", kMinute},     {"h", kHour}};
constexpr std::string_view kUnitNames[] = {"ns", "us", "ms", "s", "min", "h"};

// Spellings people reach for, and the unit they mean.
struct Alias {
  std::string_view written;
  std::string_view meant;
};
constexpr Alias kAliases[] = {
    {"sec", "s"},      {"secs", "s"},      {"second", "s"},   {"seconds", "s"}, {"mins", "min"},
    {"minute", "min"}, {"minutes", "min"}, {"hr", "h"},       {"hrs", "h"},     {"hour", "h"},
    {"hours", "h"},    {"msec", "ms"},     {"msecs", "ms"},   {"usec", "us"},   {"usecs", "us"},
    {"nsec", "ns"},    {"nsecs", "ns"},    {"\u00b5s", "us"}, {"\u03bcs", "us"}};

std::string quoted(std::string_view text) {
  return "'" + std::string(text) + "'";
}

std::string unknown_unit_message(std::string_view unit, std::string_view whole) {
  if (unit == "m") {
    return "ambiguous unit 'm' in " + quoted(whole) +
           ": write min for minutes or ms for milliseconds";
  }
  std::string hint;
  for (const Alias& alias : kAliases) {
    if (alias.written == unit) hint = " (did you mean '" + std::string(alias.meant) + "'?)";
  }
  if (hint.empty()) hint = did_you_mean(unit, kUnitNames);
  if (hint.empty()) hint = " (units: " + join_names(kUnitNames) + ")";
  return "unknown unit " + quoted(unit) + " in " + quoted(whole) + hint;
}

enum class Conversion { ok, overflow, fraction_of_ns };

// whole.fraction * unit, exactly. A fraction is whole in ns only if unit * F / 10^n is an
// integer (F = the fraction's digits without trailing zeros, n their count).
Conversion convert(std::string_view whole, std::string_view fraction, Time unit, Time& out) {
  Time value = 0;
  for (char c : whole) {
    const Time digit = c - '0';
    if (value > (kMaxTime - digit) / 10) return Conversion::overflow;
    value = value * 10 + digit;
  }
  if (value > kMaxTime / unit) return Conversion::overflow;
  Time total = value * unit;
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  if (fraction.empty()) {
    out = total;
    return Conversion::ok;
  }
  // The units' powers of 2 and 5 are below 2^14 and 5^12, so longer fractions never divide.
  if (fraction.size() > 18) return Conversion::fraction_of_ns;
  Time digits = 0;
  Time power = 1;
  for (char c : fraction) {
    digits = digits * 10 + (c - '0');
    power *= 10;
  }
  const Time common = std::gcd(unit, power);
  const Time divisor = power / common;
  if (digits % divisor != 0) return Conversion::fraction_of_ns;
  const Time part = (digits / divisor) * (unit / common);  // < unit: cannot overflow
  if (total > kMaxTime - part) return Conversion::overflow;
  out = total + part;
  return Conversion::ok;
}

const Unit* find_unit(std::string_view name) {
  for (const Unit& unit : kUnits) {
    if (unit.name == name) return &unit;
  }
  return nullptr;
}

}  // namespace

std::string missing_unit_message(std::string_view number) {
  const std::string n(number);
  return "missing unit in '" + n + "': write " + n + "s, " + n + "min, ...";
}

Parsed<Time> parse_duration(std::string_view text) {
  using Result = Parsed<Time>;
  std::size_t i = skip_spaces(text, 0);
  const std::size_t end = trimmed_end(text);
  const std::string_view all = text.substr(i, end > i ? end - i : 0);
  if (i >= end) return Result::failure(i, "missing duration: write e.g. 90s or 1.5min");
  if (text[i] == '-') return Result::failure(i, "durations cannot be negative: " + quoted(all));
  const std::size_t start = i;
  while (i < end && is_digit(text[i])) ++i;
  if (i == start) {
    return Result::failure(start, "expected a duration like 90s or 1.5min, got " + quoted(all));
  }
  const std::string_view whole = text.substr(start, i - start);
  std::string_view fraction;
  if (i < end && text[i] == '.') {
    const std::size_t first = ++i;
    while (i < end && is_digit(text[i])) ++i;
    if (i == first) return Result::failure(i, "expected digits after the '.' in " + quoted(all));
    fraction = text.substr(first, i - first);
  }
  if (i + 1 < end && (text[i] == 'e' || text[i] == 'E') &&
      (is_digit(text[i + 1]) || text[i + 1] == '+' || text[i + 1] == '-')) {
    return Result::failure(i,
                           "exponents are not allowed in durations: write the number in full, "
                           "e.g. 1000s");
  }
  const std::size_t number_end = i;
  i = skip_spaces(text, i);
  if (i >= end)
    return Result::failure(start, missing_unit_message(text.substr(start, number_end - start)));
  const std::size_t unit_start = i;
  while (i < end && is_word_char(text[i])) ++i;
  if (i == unit_start) {
    return Result::failure(i,
                           "unexpected " + quoted(code_point_at(text, i)) + " in " + quoted(all));
  }
  if (i < end) {
    const std::size_t extra = skip_spaces(text, i);
    return Result::failure(extra, "unexpected " + quoted(text.substr(extra, end - extra)) +
                                      " after " + quoted(text.substr(start, i - start)));
  }
  const std::string_view unit_name = text.substr(unit_start, i - unit_start);
  const Unit* unit = find_unit(unit_name);
  if (unit == nullptr) return Result::failure(unit_start, unknown_unit_message(unit_name, all));
  Time value = 0;
  Conversion conversion = convert(whole, fraction, unit->ns, value);
  if (conversion == Conversion::ok && value > kMaxHorizon) conversion = Conversion::overflow;
  switch (conversion) {
    case Conversion::ok:
      return Result::success(value);
    case Conversion::overflow:
      return Result::failure(start, quoted(all) +
                                        " is too long: durations must be at most 100 years "
                                        "(the limit of simulated time)");
    case Conversion::fraction_of_ns:
      return Result::failure(start, quoted(all) + " is not a whole number of nanoseconds");
  }
  return Result::failure(start, "cannot read duration " + quoted(all));
}

}  // namespace burgers::scenario
