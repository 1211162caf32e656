#include "scenario/distribution_parser.hpp"

#include <string>
#include <vector>

#include "scenario/duration_parser.hpp"
#include "scenario/limits.hpp"
#include "scenario/suggest.hpp"
#include "scenario/text_scan.hpp"

namespace burgers::scenario {

namespace {

using Kind = Distribution::Kind;

struct Spec {
  std::string_view name;
  std::string_view params;
  int arity;
  Kind kind;
};
constexpr Spec kSpecs[] = {{"const", "X", 1, Kind::constant},
                           {"exp", "MEAN", 1, Kind::exponential},
                           {"uniform", "A, B", 2, Kind::uniform},
                           {"normal", "MEAN, SD", 2, Kind::normal},
                           {"lognormal", "MEAN, SD", 2, Kind::lognormal},
                           {"erlang", "K, MEAN", 2, Kind::erlang}};
constexpr std::string_view kNames[] = {"const", "exp", "uniform", "normal", "lognormal", "erlang"};

// One argument between '(' or ',' and ',' or ')': `offset` is where it starts in the text.
struct Arg {
  std::size_t offset;
  std::string_view text;
  std::size_t start() const { return offset + skip_spaces(text, 0); }
  std::string_view trimmed() const {
    const std::size_t first = skip_spaces(text, 0);
    return text.substr(first, trimmed_end(text) - first);
  }
};

std::string quoted(std::string_view text) {
  return "'" + std::string(text) + "'";
}

const Spec* find_spec(std::string_view name) {
  for (const Spec& spec : kSpecs) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

std::string unknown_distribution_message(std::string_view name) {
  std::string hint = did_you_mean(name, kNames);
  if (hint.empty()) hint = " (write a duration like 90s, or one of " + join_names(kNames) + ")";
  return "unknown distribution " + quoted(name) + hint;
}

// Splits "(a, b)" starting at the '(' into arguments; nothing but spaces may follow ')'.
Parsed<std::vector<Arg>> split_arguments(std::string_view text, std::size_t open,
                                         std::string_view name) {
  using Result = Parsed<std::vector<Arg>>;
  std::vector<Arg> args;
  std::size_t arg_start = open + 1;
  std::size_t i = arg_start;
  for (; i < text.size() && text[i] != ')'; ++i) {
    if (text[i] == '(')
      return Result::failure(i, "unexpected '(' inside " + std::string(name) + "(...)");
    if (text[i] == ',') {
      args.push_back({arg_start, text.substr(arg_start, i - arg_start)});
      arg_start = i + 1;
    }
  }
  if (i == text.size())
    return Result::failure(i, "missing ')' after the arguments of " + std::string(name));
  args.push_back({arg_start, text.substr(arg_start, i - arg_start)});
  const std::size_t after = skip_spaces(text, i + 1);
  if (after < text.size()) {
    return Result::failure(
        after,
        "unexpected " + quoted(text.substr(after, trimmed_end(text) - after)) + " after ')'");
  }
  if (args.size() == 1 && args[0].trimmed().empty()) args.clear();
  return Result::success(std::move(args));
}

Parsed<Time> duration_argument(const Arg& arg) {
  Parsed<Time> parsed = parse_duration(arg.text);
  if (!parsed.ok()) return Parsed<Time>::failure_from(parsed, arg.offset);
  return parsed;
}

Parsed<int> erlang_shape(const Arg& arg) {
  const std::string_view text = arg.trimmed();
  long value = 0;
  bool digits_only = !text.empty() && text.size() <= 9;
  for (char c : text) {
    digits_only = digits_only && is_digit(c);
    if (digits_only) value = value * 10 + (c - '0');
  }
  if (!digits_only || value < 1 || value > kMaxErlangShape) {
    return Parsed<int>::failure(arg.start(), "erlang's shape K must be a whole number from 1 to " +
                                                 std::to_string(kMaxErlangShape) + ", got " +
                                                 quoted(text));
  }
  return Parsed<int>::success(static_cast<int>(value));
}

Parsed<Distribution> positive_mean(const Spec& spec, const Arg& arg, Time mean, Distribution d) {
  if (mean > 0) return Parsed<Distribution>::success(d);
  return Parsed<Distribution>::failure(arg.start(), "the mean of " + std::string(spec.name) +
                                                        " must be greater than 0, got " +
                                                        quoted(arg.trimmed()));
}

// The distribution from checked arguments (arity already matches the spec).
Parsed<Distribution> build(const Spec& spec, const std::vector<Arg>& args) {
  using Result = Parsed<Distribution>;
  const bool shape_first = spec.kind == Kind::erlang;
  const Parsed<int> shape = shape_first ? erlang_shape(args[0]) : Parsed<int>::success(1);
  if (!shape.ok()) return Result::failure(shape.error.offset, shape.error.message);
  std::vector<Time> times;
  for (std::size_t i = shape_first ? 1 : 0; i < args.size(); ++i) {
    const Parsed<Time> t = duration_argument(args[i]);
    if (!t.ok()) return Result::failure(t.error.offset, t.error.message);
    times.push_back(*t.value);
  }
  switch (spec.kind) {
    case Kind::constant:
      return Result::success(Distribution::constant(times[0]));
    case Kind::exponential:
      return positive_mean(spec, args[0], times[0], Distribution::exponential(times[0]));
    case Kind::uniform:
      if (times[0] > times[1]) {
        return Result::failure(args[0].start(), "uniform(A, B) needs A <= B, got A = " +
                                                    std::string(args[0].trimmed()) +
                                                    " and B = " + std::string(args[1].trimmed()));
      }
      return Result::success(Distribution::uniform(times[0], times[1]));
    case Kind::normal:
      return positive_mean(spec, args[0], times[0], Distribution::normal(times[0], times[1]));
    case Kind::lognormal:
      return positive_mean(spec, args[0], times[0], Distribution::lognormal(times[0], times[1]));
    case Kind::erlang:
      return positive_mean(spec, args[1], times[0], Distribution::erlang(*shape.value, times[0]));
  }
  return Result::failure(0, "unsupported distribution");
}

std::string arity_message(const Spec& spec, std::size_t got) {
  const std::string count = got == 0 ? std::string("none") : std::to_string(got);
  return std::string(spec.name) + "(" + std::string(spec.params) + ") takes " +
         std::to_string(spec.arity) + (spec.arity == 1 ? " argument" : " arguments") + ", got " +
         count;
}

// `name` starts at `name_start`; `open` is the index of its '('.
Parsed<Distribution> parse_call(std::string_view text, std::size_t name_start,
                                std::string_view name, std::size_t open) {
  using Result = Parsed<Distribution>;
  const Spec* spec = find_spec(name);
  if (spec == nullptr) return Result::failure(name_start, unknown_distribution_message(name));
  const Parsed<std::vector<Arg>> args = split_arguments(text, open, name);
  if (!args.ok()) return Result::failure(args.error.offset, args.error.message);
  if (args.value->size() != static_cast<std::size_t>(spec->arity)) {
    return Result::failure(name_start, arity_message(*spec, args.value->size()));
  }
  return build(*spec, *args.value);
}

bool is_work_kind(std::string_view word) {
  return word == "cpu" || word == "io" || word == "block";
}

}  // namespace

Parsed<Distribution> parse_distribution(std::string_view text) {
  using Result = Parsed<Distribution>;
  const std::size_t first = skip_spaces(text, 0);
  if (first == trimmed_end(text)) {
    return Result::failure(
        first, "empty distribution: write a duration like 90s or a distribution like exp(2min)");
  }
  if (!is_letter(text[first])) {
    const Parsed<Time> constant = parse_duration(text);
    if (!constant.ok()) return Result::failure(constant.error.offset, constant.error.message);
    return Result::success(Distribution::constant(*constant.value));
  }
  std::size_t i = first;
  while (i < text.size() && is_identifier_char(text[i])) ++i;
  const std::string_view name = text.substr(first, i - first);
  const std::size_t next = skip_spaces(text, i);
  if (next < text.size() && text[next] == '(') return parse_call(text, first, name, next);
  if (is_work_kind(name)) {
    return Result::failure(first,
                           quoted(name) + " marks work, not a distribution: write e.g. exp(2min)");
  }
  if (const Spec* spec = find_spec(name)) {
    return Result::failure(next, "expected '(' after " + quoted(name) + ": write " +
                                     std::string(name) + "(" + std::string(spec->params) + ")");
  }
  return Result::failure(first, unknown_distribution_message(name));
}

Parsed<Phase> parse_work(std::string_view text) {
  using Result = Parsed<Phase>;
  const std::size_t first = skip_spaces(text, 0);
  std::size_t i = first;
  while (i < text.size() && is_identifier_char(text[i])) ++i;
  const std::string_view word = text.substr(first, i - first);
  WorkKind kind = WorkKind::cpu;
  std::size_t rest = 0;
  if (!word.empty() && is_letter(word[0]) && is_work_kind(word)) {
    if (skip_spaces(text, i) == trimmed_end(text)) {
      return Result::failure(i, "missing duration after " + quoted(word) + ": write e.g. '" +
                                    std::string(word) + " 3min'");
    }
    if (!is_space(text[i])) return Result::failure(i, "expected a space after " + quoted(word));
    kind = word == "io" ? WorkKind::io : word == "block" ? WorkKind::block : WorkKind::cpu;
    rest = i;
  } else if (!word.empty() && is_letter(word[0]) && find_spec(word) == nullptr) {
    const std::size_t next = skip_spaces(text, i);
    if (next > i && next < trimmed_end(text) && text[next] != '(') {
      return Result::failure(first, "unknown work kind " + quoted(word) +
                                        ": write cpu, io or block" +
                                        did_you_mean(word, {"cpu", "io", "block"}));
    }
  }
  const Parsed<Distribution> d = parse_distribution(text.substr(rest));
  if (!d.ok()) return Result::failure(d.error.offset + rest, d.error.message);
  return Result::success(Phase{kind, *d.value, std::string(text)});
}

}  // namespace burgers::scenario
