#include <catch2/catch.hpp>

#include "ui/text.hpp"

using namespace burgers::ui;

TEST_CASE("both text tables load without errors and have the same keys") {
  Text text;
  CHECK(text.errors().empty());
  for (const auto& [key, value] : text.english().entries()) {
    INFO(key);
    CHECK(text.chinese().entries().count(key) == 1);
  }
  CHECK(text.english().entries().size() == text.chinese().entries().size());
  CHECK(text.english().entries().size() > 100);
}

TEST_CASE("the language can change at run time") {
  Text text;
  CHECK(std::string(text("play")) == "Play");
  text.set_language(Language::chinese);
  CHECK(std::string(text("play")) == "播放");
}

TEST_CASE("a missing key shows itself instead of crashing") {
  Text text;
  CHECK(std::string(text("no_such_key")) == "no_such_key");
}

TEST_CASE("fill puts a value where the placeholder is") {
  CHECK(fill("{} staff", "Cook") == "Cook staff");
  CHECK(fill("{}人數", "廚師") == "廚師人數");
  CHECK(fill("no placeholder", "x") == "no placeholder");
}

TEST_CASE("a broken table reports its position") {
  std::vector<std::string> errors;
  TextTable::parse("a = \"x\"\nb = = 2\n", "t.toml", errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind("t.toml:2:", 0) == 0);
}
