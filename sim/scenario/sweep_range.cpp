#include "scenario/sweep_range.hpp"

#include <charconv>
#include <set>

#include "scenario/distribution_parser.hpp"
#include "scenario/duration_parser.hpp"
#include "scenario/suggest.hpp"
#include "scenario/text_scan.hpp"

namespace burgers::scenario {

namespace {

constexpr std::string_view kVaryExample = "e.g. station.kitchen.staff=1..8";

// A whole (optionally signed) integer, or nothing.
std::optional<long long> integer_of(std::string_view text) {
  long long value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

// "A..B" or "A..B:S" (the caller found ".."); integers only.
Parsed<Vary> parse_range(std::string_view range, std::size_t at, Vary vary) {
  const std::size_t dots = range.find("..");
  const std::size_t colon = range.find(':', dots);
  const std::string_view first = range.substr(0, dots);
  const std::string_view last = range.substr(
      dots + 2, colon == std::string_view::npos ? std::string_view::npos : colon - dots - 2);
  const auto a = integer_of(first);
  if (!a)
    return Parsed<Vary>::failure(at,
                                 "a range counts whole numbers: write 1..8, or list "
                                 "other values: 0.5,0.7 or exp(20s),exp(30s)");
  const auto b = integer_of(last);
  if (!b) {
    return Parsed<Vary>::failure(
        at + dots + 2, "expected a whole number after '..', " + std::string(kVaryExample));
  }
  long long step = 1;
  if (colon != std::string_view::npos) {
    const auto s = integer_of(range.substr(colon + 1));
    if (!s || *s <= 0) {
      return Parsed<Vary>::failure(at + colon + 1,
                                   "expected a step of at least 1 after ':', e.g. 1..9:2");
    }
    step = *s;
  }
  if (*b < *a) {
    return Parsed<Vary>::failure(
        at, "the range " + std::string(range) + " is empty: the first value is the smaller");
  }
  if ((*b - *a) / step + 1 > static_cast<long long>(kMaxSweepValues)) {
    return Parsed<Vary>::failure(at, "the range " + std::string(range) + " has more than " +
                                         std::to_string(kMaxSweepValues) + " values");
  }
  for (long long v = *a; v <= *b; v += step) vary.values.push_back({std::to_string(v), at});
  vary.range = true;
  return Parsed<Vary>::success(std::move(vary));
}

// "v1,v2,...": commas inside parentheses belong to a value ("uniform(30s, 90s)").
Parsed<Vary> parse_list(std::string_view range, std::size_t at, Vary vary) {
  std::set<std::string> seen;
  std::size_t start = 0;
  int depth = 0;
  for (std::size_t i = 0; i <= range.size(); ++i) {
    const char c = i < range.size() ? range[i] : ',';
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (c != ',' || depth > 0) continue;
    const std::string_view raw = range.substr(start, i - start);
    const std::size_t lead = skip_spaces(raw, 0);
    const std::size_t end = trimmed_end(raw);
    if (lead >= end) {
      return Parsed<Vary>::failure(at + start, "empty value in the list (write 1,2,4,8)");
    }
    const std::string_view item = raw.substr(lead, end - lead);
    const std::size_t from = start + lead;
    if (!seen.insert(std::string(item)).second) {
      return Parsed<Vary>::failure(at + from, "'" + std::string(item) + "' is listed twice");
    }
    if (vary.values.size() == kMaxSweepValues) {
      return Parsed<Vary>::failure(at + from,
                                   "more than " + std::to_string(kMaxSweepValues) + " values");
    }
    vary.values.push_back({std::string(item), at + from});
    start = i + 1;
  }
  return Parsed<Vary>::success(std::move(vary));
}

}  // namespace

Parsed<Vary> parse_vary(std::string_view text) {
  const std::size_t equals = text.find('=');
  if (equals == std::string_view::npos) {
    return Parsed<Vary>::failure(0, "expected KEY=RANGE, " + std::string(kVaryExample));
  }
  const std::string_view key_raw = text.substr(0, equals);
  const std::size_t key_lead = skip_spaces(key_raw, 0);
  const std::size_t key_end = trimmed_end(key_raw);
  if (key_lead >= key_end) {
    return Parsed<Vary>::failure(0, "missing key before '=', " + std::string(kVaryExample));
  }
  Vary vary;
  vary.text = std::string(text);
  vary.key = std::string(key_raw.substr(key_lead, key_end - key_lead));
  vary.key_offset = key_lead;
  const std::string_view range_raw = text.substr(equals + 1);
  const std::size_t lead = skip_spaces(range_raw, 0);
  const std::size_t end = trimmed_end(range_raw);
  if (lead >= end) {
    return Parsed<Vary>::failure(equals + 1,
                                 "missing values after '=', " + std::string(kVaryExample));
  }
  const std::size_t at = equals + 1 + lead;
  const std::string_view range = range_raw.substr(lead, end - lead);
  if (range.find("..") != std::string_view::npos && range.find('(') == std::string_view::npos) {
    return parse_range(range, at, std::move(vary));
  }
  return parse_list(range, at, std::move(vary));
}

std::optional<Vary> parse_vary_option(std::string_view text, Diagnostic& error) {
  Parsed<Vary> parsed = parse_vary(text);
  if (parsed.ok()) return std::move(*parsed.value);
  const std::size_t offset = std::min(parsed.error.offset, text.size());
  error = {"--vary " + std::string(text), 1, 1 + count_code_points(text.substr(0, offset)),
           parsed.error.message};
  return std::nullopt;
}

std::optional<ValueNumber> value_number(std::string_view value) {
  double number = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (ec == std::errc() && end == value.data() + value.size() && !value.empty())
    return ValueNumber{number, false};
  const Parsed<Distribution> d = parse_distribution(value);
  if (!d.ok()) return std::nullopt;
  using Kind = Distribution::Kind;
  if (d.value->kind != Kind::constant && d.value->kind != Kind::exponential) return std::nullopt;
  return ValueNumber{static_cast<double>(d.value->a) / 1e9, true};
}

namespace {

template <std::size_t N>
std::string unknown_figure(std::string_view name, const std::array<std::string_view, N>& names,
                           std::string_view where) {
  std::string hint = did_you_mean(name, names);
  if (hint.empty()) hint = " (figures: " + join_names(names) + ")";
  return "unknown figure '" + std::string(name) + "' " + std::string(where) + hint;
}

bool listed(std::string_view name, std::span<const std::string_view> names) {
  for (std::string_view n : names) {
    if (n == name) return true;
  }
  return false;
}

}  // namespace

std::string metric_problem(std::string_view metric, const Scenario& scenario) {
  if (listed(metric, kRunMetrics)) return {};
  const std::size_t dot = metric.find('.');
  const std::string_view head = metric.substr(0, dot);
  const std::string_view rest =
      dot == std::string_view::npos ? std::string_view() : metric.substr(dot + 1);
  if (head == "customers") {
    if (listed(rest, kCustomerMetrics)) return {};
    return unknown_figure(rest, kCustomerMetrics, "of customers");
  }
  if (head == "stations") {
    const std::size_t second = rest.find('.');
    const std::string_view station = rest.substr(0, second);
    const std::string_view figure =
        second == std::string_view::npos ? std::string_view() : rest.substr(second + 1);
    if (scenario.station_index(station) < 0) {
      std::vector<std::string_view> names;
      for (const Station& s : scenario.stations) names.push_back(s.name);
      std::string hint = did_you_mean(station, names);
      if (hint.empty()) hint = " (stations: " + join_names(names) + ")";
      return "unknown station '" + std::string(station) + "'" + hint +
             ": write stations.NAME.FIGURE";
    }
    if (listed(figure, kStationMetrics)) return {};
    return unknown_figure(figure, kStationMetrics, "of a station");
  }
  std::string hint = did_you_mean(metric, kRunMetrics);
  if (hint.empty()) hint = did_you_mean(head, {"customers", "stations"});
  return "unknown figure '" + std::string(metric) + "'" + hint +
         ": write speedup, end_time_s, events, customers.FIGURE or stations.NAME.FIGURE";
}

}  // namespace burgers::scenario
