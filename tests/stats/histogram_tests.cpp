#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "random/stream.hpp"
#include "stats/histogram.hpp"

using namespace burgers;
using burgers::stats::Histogram;

TEST_CASE("percentiles are exact nearest-rank values while few values were seen") {
  Histogram h;
  for (Time v : {5, 1, 4, 2, 3, 10, 9, 8, 7, 6}) h.add(v);
  CHECK(h.count() == 10);
  CHECK(h.percentile(0.5) == 5);
  CHECK(h.percentile(0.9) == 9);
  CHECK(h.percentile(0.99) == 10);
  CHECK(h.percentile(1.0) == 10);
  CHECK(h.percentile(0.01) == 1);
}

TEST_CASE("an empty histogram reports zero") {
  CHECK(Histogram().percentile(0.5) == 0);
}

TEST_CASE("past the exact limit percentiles stay within 1/128 of the truth") {
  Histogram h;
  std::vector<Time> all;
  random::Stream rng(42);
  for (int i = 0; i < 100000; ++i) {
    const Time v = static_cast<Time>(rng.below(1000000000)) + 1;
    h.add(v);
    all.push_back(v);
  }
  std::sort(all.begin(), all.end());
  for (double p : {0.5, 0.9, 0.99}) {
    const Time truth = all[static_cast<std::size_t>(p * all.size()) - 1];
    const Time got = h.percentile(p);
    INFO("p" << p * 100 << " truth " << truth << " got " << got);
    CHECK(std::abs(static_cast<double>(got - truth)) <= truth / 128.0 + 1);
  }
}

TEST_CASE("small values keep their exact bucket after folding") {
  Histogram h;
  for (int i = 0; i < 5000; ++i) h.add(i % 100);
  CHECK(h.percentile(0.5) == 49);
  CHECK(h.percentile(1.0) == 99);
}
