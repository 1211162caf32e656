#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "scenario/loader.hpp"
#include "scenario_test_support.hpp"

using namespace burgers::scenario;
namespace fs = std::filesystem;

namespace {

// SplitMix64: a fixed, portable sequence, so a failing input can be reproduced by its index.
class Mutator {
 public:
  explicit Mutator(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }

  // One to four edits: byte flips, token insertions, deletions and duplications.
  std::string mutate(std::string text) {
    static const char* const kTokens[] = {"=",           "[[",          "]]",
                                          "[",           "\"",          "'''",
                                          "\\u",         "\n",          "0",
                                          "-1",          "exp(",        ")",
                                          ",",           "1e999",       "nan",
                                          "{",           "}",           "\xE6\xAB\x83",
                                          "\xFF",        "#",           "9223372036854775808",
                                          "[customers]", "[[station]]", "\"\"\""};
    const std::size_t edits = 1 + below(4);
    for (std::size_t e = 0; e < edits; ++e) {
      const std::size_t at = below(text.size() + 1);
      switch (below(4)) {
        case 0:
          if (at < text.size()) text[at] = static_cast<char>(next() & 0xFF);
          break;
        case 1:
          text.insert(at, kTokens[below(std::size(kTokens))]);
          break;
        case 2:
          text.erase(at, 1 + below(20));
          break;
        default:
          text.insert(at, text.substr(at, 1 + below(40)));
          break;
      }
    }
    return text;
  }

 private:
  std::uint64_t state_;
};

std::vector<std::string> seed_inputs() {
  std::vector<std::string> inputs{std::string(burgers::testing::kBaseScenario)};
  const fs::path dirs[] = {fs::path(BURGERS_SOURCE_DIR) / "scenarios",
                           fs::path(BURGERS_TEST_DATA) / "scenario"};
  for (const fs::path& dir : dirs) {
    for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() != ".toml") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      inputs.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  }
  return inputs;
}

// The loader's contract: a scenario or diagnostics, never both, never neither.
void check_contract(const LoadResult& result) {
  REQUIRE(result.ok() == result.diagnostics.empty());
  for (const Diagnostic& d : result.diagnostics) {
    REQUIRE_FALSE(d.message.empty());
    REQUIRE(d.line >= 0);
    REQUIRE(d.column >= 0);
  }
}

}  // namespace

TEST_CASE("2000 randomly mutated lesson files all load or give diagnostics without crashing") {
  const std::vector<std::string> inputs = seed_inputs();
  REQUIRE(inputs.size() > 3);
  Mutator mutator(20240601);
  int loaded = 0;
  for (int i = 0; i < 2000; ++i) {
    const std::string text = mutator.mutate(inputs[static_cast<std::size_t>(i) % inputs.size()]);
    INFO("mutation " << i);
    LoadResult result;
    REQUIRE_NOTHROW(result = load_scenario_text(text, "fuzz.toml"));
    check_contract(result);
    loaded += result.ok() ? 1 : 0;
  }
  CHECK(loaded < 2000);
}

TEST_CASE("500 random overrides all apply or give diagnostics without crashing") {
  static const char* const kParts[] = {"scenario", "machine", "station", "customers", "step",
                                       "kitchen",  "cook",    "staff",   "count",     "work",
                                       "seed",     "",        "name",    "customer"};
  static const char* const kValues[] = {
      "4",     "true",       "\"x\"", "[\"io 1s\",\"cpu 2s\"]", "exp(30s)", "", "[",
      "{a=1}", "1979-05-27", "-1",    "uniform(1s, 2s",         "\xFF\xFE"};
  Mutator mutator(7);
  for (int i = 0; i < 500; ++i) {
    std::string key;
    const std::size_t parts = 1 + mutator.below(5);
    for (std::size_t p = 0; p < parts; ++p)
      key += (p ? "." : "") + std::string(kParts[mutator.below(std::size(kParts))]);
    std::string value = kValues[mutator.below(std::size(kValues))];
    if (mutator.below(2) == 0) value = mutator.mutate(value);
    INFO("override " << i << ": " << key << "=" << value);
    const Override o{key, value};
    LoadResult result;
    REQUIRE_NOTHROW(result =
                        load_scenario_text(burgers::testing::kBaseScenario, "fuzz.toml", {&o, 1}));
    check_contract(result);
  }
}
