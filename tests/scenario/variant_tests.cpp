// Lesson variants ([[variant]]): one switch that sets several keys, chosen in the file or
// with --set scenario.variant, applied before the command line's other overrides, and every
// problem reported where it is written.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scenario/limits.hpp"
#include "scenario_test_support.hpp"

using burgers::scenario::Override;
using burgers::testing::errors_of;
using burgers::testing::kBaseScenario;
using burgers::testing::with_line;
using Errors = std::vector<std::string>;

namespace {

// kBaseScenario (16 lines) with two variants from line 17 on:
// 17 [[variant]] 18 name 19 label 20 set  22 [[variant]] 23 name 24 label 25 label_zh 26 set
const std::string kVariants = std::string(kBaseScenario) + R"(
[[variant]]
name = "slow"
label = "Slow"
set = ["customers.step.cook.work=3s"]

[[variant]]
name = "wide"
label = "Two cooks"
label_zh = "兩位廚師"
set = ["station.kitchen.staff=2", "customers.count=4"]
)";

burgers::scenario::Scenario load(const std::string& text, std::vector<Override> overrides = {}) {
  const auto result = burgers::scenario::load_scenario_text(text, "test.toml", overrides);
  for (const auto& d : result.diagnostics) UNSCOPED_INFO(d.to_string());
  REQUIRE(result.ok());
  return *result.scenario;
}

// kVariants with `text` put in place of line `line`.
std::string variants_with(int line, std::string_view text) {
  return with_line(line, text, kVariants);
}

}  // namespace

TEST_CASE("without a choice the first variant applies, and the scenario lists them all") {
  const auto s = load(kVariants);
  REQUIRE(s.variants.size() == 2);
  CHECK(s.variant == "slow");
  CHECK(s.variant_index() == 0);
  CHECK(s.groups[0].steps[0].work[0].text == "3s");
  CHECK(s.variants[1].label == "Two cooks");
  CHECK(s.variants[1].label_zh == "兩位廚師");
  CHECK(s.variants[1].sets ==
        std::vector<std::string>{"station.kitchen.staff=2", "customers.count=4"});
}

TEST_CASE("[scenario] variant picks the default, and --set scenario.variant another") {
  const std::string wide_default = variants_with(2, "title = \"Test\"\nvariant = \"wide\"");
  const auto wide = load(wide_default);
  CHECK(wide.variant == "wide");
  CHECK(wide.stations[0].staff == 2);
  CHECK(wide.groups[0].count == 4);
  CHECK(wide.groups[0].steps[0].work[0].text == "1s");
  const auto slow = load(wide_default, {{"scenario.variant", "slow"}});
  CHECK(slow.variant == "slow");
  CHECK(slow.stations[0].staff == 1);
  CHECK(slow.groups[0].steps[0].work[0].text == "3s");
}

TEST_CASE("an explicit --set wins over the variant's, whatever their order") {
  const auto s = load(kVariants, {{"station.kitchen.staff", "5"}, {"scenario.variant", "wide"}});
  CHECK(s.variant == "wide");
  CHECK(s.stations[0].staff == 5);
  CHECK(s.groups[0].count == 4);
}

TEST_CASE("a variant without sets is the file as written") {
  const auto s = load(variants_with(20, ""));
  CHECK(s.variant == "slow");
  CHECK(s.variants[0].sets.empty());
  CHECK(s.groups[0].steps[0].work[0].text == "1s");
}

TEST_CASE("an unknown variant is reported where it is chosen, with the variants there are") {
  CHECK(errors_of(kVariants, {{"scenario.variant", "wdie"}}) ==
        Errors{"--set scenario.variant=wdie:1:18: scenario.variant: unknown variant 'wdie' "
               "(did you mean 'wide'?); the variants are slow, wide"});
  CHECK(errors_of(variants_with(2, "title = \"Test\"\nvariant = \"fast\"")) ==
        Errors{"test.toml:3:11: scenario.variant: unknown variant 'fast'; the variants are "
               "slow, wide"});
}

TEST_CASE("choosing a variant in a file without [[variant]] tables is an error") {
  CHECK(errors_of(kBaseScenario, {{"scenario.variant", "fast"}}) ==
        Errors{"--set scenario.variant=fast:1:18: scenario.variant: there are no [[variant]] "
               "tables to choose from: add [[variant]] tables (a name, a label and the keys "
               "each sets) or leave this key out"});
  CHECK(errors_of(with_line(2, "title = \"Test\"\nvariant = \"fast\"")).size() == 1);
}

TEST_CASE("a variant's unknown key is reported inside its set string, whichever is chosen") {
  // Line 26: set = ["station.kitchen.staff=2", "customers.count=4"]; 'kitchn' at column 17.
  const std::string bad =
      variants_with(26, "set = [\"station.kitchn.staff=2\", \"customers.count=4\"]");
  const Errors expected{
      "test.toml:26:17: variant 'wide': unknown station 'kitchn' (did you mean 'kitchen'?)"};
  CHECK(errors_of(bad) == expected);
  CHECK(errors_of(bad, {{"scenario.variant", "wide"}}) == expected);
}

TEST_CASE("a variant's bad value is reported inside its set string, naming the variant") {
  // Line 20: set = ["customers.step.cook.work=3x"]; the value starts at column 34.
  const std::string bad = variants_with(20, "set = [\"customers.step.cook.work=3x\"]");
  const auto errors = errors_of(bad);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind("test.toml:20:", 0) == 0);
  CHECK(errors[0].find("variant 'slow': customers.step[0].work:") != std::string::npos);
  // Not chosen, it is reported all the same.
  const auto other = errors_of(bad, {{"scenario.variant", "wide"}});
  REQUIRE(other.size() == 1);
  CHECK(other[0].rfind("test.toml:20:", 0) == 0);
  CHECK(other[0].find("variant 'slow': ") != std::string::npos);
  CHECK(errors[0] == other[0]);
}

TEST_CASE("duplicate names, a bad set string and a variant choosing a variant are errors") {
  CHECK(errors_of(variants_with(23, "name = \"slow\"")) ==
        Errors{"test.toml:23:8: variant[1].name: duplicate variant name 'slow' (already used "
               "by variant[0])"});
  CHECK(errors_of(variants_with(20, "set = [\"customers.count\"]")) ==
        Errors{"test.toml:20:9: variant[0].set: 'customers.count': expected KEY=VALUE, e.g. "
               "station.kitchen.staff=4"});
  CHECK(errors_of(variants_with(20, "set = [\"scenario.variant=wide\"]")) ==
        Errors{"test.toml:20:9: variant[0].set: a variant cannot choose a variant: set the "
               "keys themselves"});
  CHECK(errors_of(variants_with(20, "set = [4]")) ==
        Errors{"test.toml:20:8: variant[0].set: expected a string \"KEY=VALUE\", as --set "
               "takes it, got an integer"});
  CHECK(errors_of(variants_with(19, "labl = \"Slow\"")) ==
        Errors{"test.toml:19:1: unknown key 'labl' in [[variant]] (did you mean 'label'?)",
               "test.toml:17:1: variant[0]: missing required key 'label'"});
}

TEST_CASE("variant at the top level must be [[variant]] tables") {
  const auto errors = errors_of("variant = \"slow\"\n" + std::string(kBaseScenario));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("variant: expected an array of tables ([[variant]]); to choose one, "
                       "write variant = \"NAME\" in [scenario]") != std::string::npos);
}

TEST_CASE("the number of variants and of sets per variant is limited") {
  std::string many(kBaseScenario);
  for (int i = 0; i <= burgers::scenario::kMaxVariants; ++i) {
    many += "[[variant]]\nname = \"v" + std::to_string(i) + "\"\nlabel = \"V\"\n";
  }
  const auto errors = errors_of(many);
  REQUIRE_FALSE(errors.empty());
  CHECK(errors[0].find("more than 16 variants (limit 16)") != std::string::npos);
  std::string sets = "set = [";
  for (int i = 0; i <= burgers::scenario::kMaxSetsPerVariant; ++i) sets += "\"customers.count=2\",";
  const auto set_errors = errors_of(variants_with(20, sets + "]"));
  REQUIRE(set_errors.size() == 1);
  CHECK(set_errors[0].find("more than 32 keys set (limit 32)") != std::string::npos);
}

TEST_CASE("a sweep may vary the variant, and its names are checked") {
  const auto s = load(kVariants +
                      "[[sweep]]\nvary = \"scenario.variant=slow,wide\"\n"
                      "metric = \"customers.makespan_s\"\n");
  CHECK(s.sweeps.size() == 1);
  const auto errors = errors_of(kVariants +
                                "[[sweep]]\nvary = \"scenario.variant=slow,wied\"\n"
                                "metric = \"customers.makespan_s\"\n");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("unknown variant 'wied' (did you mean 'wide'?)") != std::string::npos);
}
