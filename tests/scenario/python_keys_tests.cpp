#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scenario_test_support.hpp"

using namespace burgers;
using burgers::testing::errors_of;
using burgers::testing::kBaseScenario;
using burgers::testing::loaded;
using burgers::testing::with_line;
using Errors = std::vector<std::string>;

// Line numbers refer to kBaseScenario (scenario_test_support.hpp):
//  1 [scenario]  2 title  4 [[station]]  5 name  6 staff  8 [customers]  9 count  10 arrival
//  12 [[customers.step]]  13 name  14 station  15 work

TEST_CASE("the Python runtime keys load into the scenario") {
  const std::string text = with_line(2,
                                     "title = \"T\"\nvocabulary = \"program\"\ncode = \"\"\"\n"
                                     "async def handle():\n    await db()\n\"\"\"") +
                           "line = 2\n[machine]\ngil = true\nswitch_interval = \"1ms\"\n"
                           "[[station]]\nname = \"workers\"\nstaff = 2\nworkers = \"processes\"\n"
                           "ipc = \"2ms\"\n";
  const scenario::Scenario s = loaded(text);
  CHECK(s.vocabulary == scenario::Vocabulary::program);
  CHECK(s.code == "async def handle():\n    await db()\n");
  CHECK(s.groups[0].steps[0].line == 2);
  CHECK(s.machine.gil);
  CHECK(s.machine.switch_interval == kMillisecond);
  CHECK(s.stations[1].workers == scenario::Workers::processes);
  CHECK(s.stations[1].ipc == 2 * kMillisecond);
  CHECK(s.needs_gil(0));
  CHECK_FALSE(s.needs_gil(1));
}

TEST_CASE("workers = event-loop is the same as async = true") {
  const scenario::Scenario s = loaded(with_line(6, "staff = 1\nworkers = \"event-loop\""));
  CHECK(s.stations[0].async);
  CHECK(s.stations[0].workers == scenario::Workers::event_loop);
  const scenario::Scenario old = loaded(with_line(6, "staff = 1\nasync = true"));
  CHECK(old.stations[0].workers == scenario::Workers::event_loop);
}

TEST_CASE("a block phase parses as its own kind of work") {
  const scenario::Scenario s = loaded(with_line(15, R"(work = ["cpu 1ms", "block 20ms"])"));
  CHECK(s.groups[0].steps[0].work[1].kind == scenario::WorkKind::block);
  CHECK(errors_of(with_line(15, R"(work = "blok 20ms")")) ==
        Errors{"test.toml:15:9: customers.step[0].work: unknown work kind 'blok': write cpu, io "
               "or block (did you mean 'block'?)"});
  CHECK(errors_of(with_line(15, R"(work = "block")")) ==
        Errors{"test.toml:15:14: customers.step[0].work: missing duration after 'block': write "
               "e.g. 'block 3min'"});
}

TEST_CASE("an unknown workers value is reported with a suggestion") {
  CHECK(errors_of(with_line(6, "staff = 1\nworkers = \"process\"")) ==
        Errors{"test.toml:7:11: station[0].workers: must be 'threads', 'event-loop' or "
               "'processes', got 'process' (did you mean 'processes'?)"});
  CHECK(errors_of(with_line(6, "staff = 1\nasync = true\nworkers = \"threads\"")) ==
        Errors{"test.toml:7:9: station[0].async: async = true makes an event loop, but workers "
               "says 'threads': keep one of them"});
  CHECK(errors_of(with_line(6, "staff = 1\nipc = \"2ms\"")) ==
        Errors{"test.toml:7:7: station[0].ipc: only a process pool (workers = \"processes\") "
               "sends jobs between processes"});
}

TEST_CASE("gil = true with no Python threads is an error") {
  CHECK(errors_of(with_line(6, "staff = 1\nworkers = \"processes\"") + "[machine]\ngil = true\n") ==
        Errors{"test.toml:18:7: machine.gil: gil = true, but no station runs Python threads or an "
               "event loop (every station is a process pool, and each process has its own GIL)"});
  CHECK(errors_of(with_line(0, "[machine]\nswitch_interval = \"1ms\"")) ==
        Errors{"test.toml:17:19: machine.switch_interval: applies only with gil = true (the "
               "interval at which threads hand the GIL over)"});
}

TEST_CASE("a step's line must point into the scenario's code") {
  CHECK(errors_of(with_line(0, "line = 1")) ==
        Errors{"test.toml:16:8: customers.step[0].line: there is no code to point into: add code "
               "= \"\"\"...\"\"\" to [scenario]"});
  const std::string with_code = with_line(2, "title = \"T\"\ncode = \"a = 1\\nb = 2\\n\"");
  CHECK(errors_of(with_code + "line = 3\n") ==
        Errors{"test.toml:17:8: customers.step[0].line: line 3 is past the end of the code (2 "
               "lines)"});
  CHECK(errors_of(with_code + "line = 0\n") ==
        Errors{"test.toml:17:8: customers.step[0].line: must be at least 1, got 0"});
}

TEST_CASE("an unknown vocabulary is reported with a suggestion") {
  CHECK(errors_of(with_line(2, "title = \"T\"\nvocabulary = \"programme\"")) ==
        Errors{"test.toml:3:14: scenario.vocabulary: must be 'restaurant' or 'program', got "
               "'programme' (did you mean 'program'?)"});
}
