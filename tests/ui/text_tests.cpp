#include <catch2/catch.hpp>

#include "chart/vocabulary.hpp"
#include "scenario/loader.hpp"
#include "sweep/figure_names.hpp"
#include "ui/names.hpp"
#include "ui/panel_models.hpp"
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

TEST_CASE("every word of both vocabularies is in both text tables") {
  Text text;
  for (const auto vocabulary :
       {burgers::scenario::Vocabulary::restaurant, burgers::scenario::Vocabulary::program}) {
    for (const std::string& key : burgers::chart::word_keys(vocabulary)) {
      INFO(key);
      CHECK(text.english().entries().count(key) == 1);
      CHECK(text.chinese().entries().count(key) == 1);
    }
  }
  for (const char* key : {"vocabulary", "vocabulary_restaurant", "vocabulary_program"}) {
    CHECK(text.english().entries().count(key) == 1);
  }
}

TEST_CASE("the dashboard's English program words are the exports' words") {
  using burgers::scenario::Vocabulary;
  Text text;
  const auto from_table = burgers::chart::words_from(
      Vocabulary::program, [&](std::string_view key) { return text.english().get(key); });
  const burgers::chart::Words& exported = burgers::chart::english_words(Vocabulary::program);
  CHECK(from_table.states == exported.states);
  CHECK(from_table.phases == exported.phases);
  CHECK(from_table.blocked_legend == exported.blocked_legend);
  CHECK(from_table.staff_heading == exported.staff_heading);
  CHECK(from_table.customers_heading == exported.customers_heading);
  CHECK(from_table.customers == exported.customers);
  CHECK(from_table.station_as == exported.station_as);
  CHECK(from_table.group_as == exported.group_as);
  // Each Chinese lane-name pattern keeps its placeholder.
  for (const std::string& key : burgers::chart::word_keys(Vocabulary::program)) {
    if (key.find("_as") == std::string::npos) continue;
    INFO(key);
    CHECK(text.chinese().get(key).find("{}") != std::string::npos);
  }
}

TEST_CASE("the program's words stand in for the restaurant's where they exist") {
  Text text;
  CHECK(std::string(text("line_count")) == "Line ({})");
  text.set_vocabulary(burgers::scenario::Vocabulary::program);
  CHECK(std::string(text("line_count")) == "Queued ({})");
  CHECK(std::string(text("play")) == "Play");  // no program word: the one word for both
  text.set_language(Language::chinese);
  CHECK(std::string(text("customers_word")) == "任務");
  // Each program word stands for a word of the restaurant's (a typo would stand for none).
  for (const auto* table : {&text.english(), &text.chinese()}) {
    for (const auto& [key, value] : table->entries()) {
      if (key.rfind("prog_", 0) != 0) continue;
      INFO(key);
      CHECK(table->find(key.substr(5)) != nullptr);
    }
  }
}

TEST_CASE("the dashboard's English figure names are the sweep exports' names") {
  Text text;
  const burgers::sweep::FigureWords& words = burgers::sweep::english_figure_words();
  for (const auto& [figure, name] : words.figures) {
    INFO(figure);
    const std::string* shown = text.english().find(burgers::sweep::figure_text_key(figure));
    REQUIRE(shown != nullptr);
    CHECK(*shown == name);
  }
  for (const auto& [key, name] : words.keys) {
    INFO(key);
    const std::string* shown = text.english().find(burgers::sweep::key_text_key(key));
    REQUIRE(shown != nullptr);
    CHECK(*shown == name);
  }
}

TEST_CASE("the sweep's figures are offered in words, stations as the lesson names them") {
  const auto loaded =
      burgers::scenario::load_scenario_file(BURGERS_SOURCE_DIR "/scenarios/08-lunch-hour.toml", {});
  REQUIRE(loaded.ok());
  const burgers::scenario::Scenario& lesson = *loaded.scenario;
  const std::vector<std::string> metrics = {"customers.mean_sojourn_s",
                                            "stations.kitchen.mean_queue_wait_s", "events"};
  Text text;
  text.set_vocabulary(burgers::scenario::Vocabulary::restaurant);
  CHECK(sweep_figure_names(text, names_for(lesson, text), lesson, metrics) ==
        std::vector<std::string>{"Mean time inside, per customer", "Cook: mean wait in line",
                                 "Events processed"});
  text.set_language(Language::chinese);
  CHECK(sweep_figure_names(text, names_for(lesson, text), lesson, metrics) ==
        std::vector<std::string>{"平均停留時間（每位顧客）", "廚師：平均排隊時間", "處理的事件數"});
  // The chart's words follow: the panel titles of a sweep drawn in the dashboard.
  const burgers::sweep::CurveWords words = sweep_curve_words(text, names_for(lesson, text), lesson);
  CHECK(words.figures.figures.at("stations.utilization") == "{}：使用率");
  CHECK(words.station("kitchen") == "廚師");
}

TEST_CASE(
    "the keys a sweep varies are offered in words, groups and steps as the lesson names them") {
  const auto lunch =
      burgers::scenario::load_scenario_file(BURGERS_SOURCE_DIR "/scenarios/08-lunch-hour.toml", {});
  const auto web =
      burgers::scenario::load_scenario_file(BURGERS_SOURCE_DIR "/scenarios/19-web-and-ml.toml", {});
  REQUIRE(lunch.ok());
  REQUIRE(web.ok());
  Text text;
  text.set_vocabulary(burgers::scenario::Vocabulary::restaurant);
  CHECK(sweep_key_names(text, names_for(*lunch.scenario, text), *lunch.scenario,
                        {"station.kitchen.staff", "machine.cores", "customers.arrival",
                         "customers.count", "customers.step.cook.work", "no.such.key"}) ==
        std::vector<std::string>{"Cook: staff", "Cores", "Time between arrivals", "Customers",
                                 "Cook: work", "no.such.key"});
  text.set_vocabulary(burgers::scenario::Vocabulary::program);
  CHECK(sweep_key_names(text, names_for(*web.scenario, text), *web.scenario,
                        {"customers.api.arrival", "customers.predict.count",
                         "customers.predict.step.infer.work", "scenario.variant"}) ==
        std::vector<std::string>{"GET /items: time between new tasks",
                                 "POST /predict: how many tasks", "POST /predict · Infer: work",
                                 "Variant"});
  text.set_language(Language::chinese);
  CHECK(sweep_key_names(text, names_for(*web.scenario, text), *web.scenario,
                        {"customers.api.arrival", "customers.predict.step.infer.work"}) ==
        std::vector<std::string>{"GET /items：新任務的間隔", "POST /predict · 推論：工作時間"});
  text.set_language(Language::chinese);
  text.set_vocabulary(burgers::scenario::Vocabulary::restaurant);
  CHECK(sweep_key_names(text, names_for(*lunch.scenario, text), *lunch.scenario,
                        {"customers.step.order.work", "customers.step.cook.work"})[1]
            .find("烹調") == 0);
  // The exports (English, labels as the file writes them) name them the same way.
  const burgers::sweep::FigureWords& words = burgers::sweep::english_figure_words();
  CHECK(burgers::sweep::key_name(
            "customers.api.arrival", words, burgers::sweep::station_labels(*web.scenario),
            burgers::sweep::group_labels(*web.scenario)) == "GET /items: time between arrivals");
  CHECK(burgers::sweep::key_name("customers.predict.step.infer.work", words,
                                 burgers::sweep::station_labels(*web.scenario),
                                 burgers::sweep::group_labels(*web.scenario),
                                 burgers::sweep::step_labels(*web.scenario)) ==
        "POST /predict · Infer: work");
  CHECK(burgers::sweep::key_name("customers.step.cook.work", words, {}, {},
                                 burgers::sweep::step_labels(*lunch.scenario)) == "Cook: work");
  CHECK(burgers::sweep::key_name("customers.step.", words, {}).empty());
  CHECK(burgers::sweep::key_name("customers.web", words, {}).empty());
}
