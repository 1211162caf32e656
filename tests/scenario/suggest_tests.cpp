#include <catch2/catch.hpp>

#include <string_view>

#include "scenario/suggest.hpp"

using namespace burgers::scenario;

TEST_CASE("edit distance counts insertions, deletions, substitutions and adjacent swaps") {
  CHECK(edit_distance("staff", "staff") == 0);
  CHECK(edit_distance("staf", "staff") == 1);
  CHECK(edit_distance("kitchn", "kitchen") == 1);
  CHECK(edit_distance("stafff", "staff") == 1);
  CHECK(edit_distance("satff", "staff") == 1);
  CHECK(edit_distance("cahsier", "cashier") == 1);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("STAFF", "staff") == 0);
}

TEST_CASE("suggestions pick the closest name within a third of the word's length") {
  constexpr std::string_view keys[] = {"name", "staff", "label", "label_zh", "async"};
  CHECK(did_you_mean("staf", keys) == " (did you mean 'staff'?)");
  CHECK(did_you_mean("lable", keys) == " (did you mean 'label'?)");
  CHECK(did_you_mean("colour", keys).empty());
  CHECK(did_you_mean("x", {"s", "h"}).empty());
  CHECK(did_you_mean("kichen", {"cashier", "kitchen"}) == " (did you mean 'kitchen'?)");
}
