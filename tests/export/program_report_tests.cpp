// The program side of the exports: the scenario's vocabulary in the timeline and the report,
// the code with the time spent at each line, and the figures of each customer group.
#include <catch2/catch.hpp>

#include <string>

#include "chart/vocabulary.hpp"
#include "export/graphics.hpp"
#include "run/simulation.hpp"
#include "scenario/loader.hpp"

using namespace burgers;
using namespace burgers::exporter;

namespace {

// Three requests that await a 1 s query on one event loop, then a blocking call of 2 s.
// The code holds characters that HTML must escape.
constexpr std::string_view kProgram = R"toml(
[scenario]
title = "Await, then block"
vocabulary = "program"
code = """
async def handle(request):
    if request.id < 10 and request.ok & 1:
        user = await db.fetch(request.id)
    time.sleep(2)   # <blocking>
"""
code_zh = """
async def handle(request):
    if request.id < 10 and request.ok & 1:
        user = await db.fetch(request.id)   # 等待
    time.sleep(2)   # 阻塞
"""

[[station]]
name = "loop"
label = "Event loop"
staff = 1
workers = "event-loop"

[[customers]]
name = "request"
label = "Request"
count = 3
arrival = "const(0s)"

[[customers.step]]
name = "query"
station = "loop"
work = ["io 1s", "block 2s"]
line = 3

[[customers]]
name = "ping"
label = "Ping"
count = 1
arrival = "const(0s)"

[[customers.step]]
name = "pong"
station = "loop"
work = "cpu 1ms"
line = 1
)toml";

struct Run {
  scenario::Scenario scenario;
  std::unique_ptr<run::Simulation> sim;
  stats::Summary summary;
};

Run run_text(std::string_view text, std::string_view name = "program.toml") {
  auto loaded = scenario::load_scenario_text(text, name);
  for (const auto& d : loaded.diagnostics) UNSCOPED_INFO(d.to_string());
  REQUIRE(loaded.ok());
  Run r{*loaded.scenario, std::make_unique<run::Simulation>(*loaded.scenario), {}};
  r.sim->run();
  r.summary = r.sim->summary();
  return r;
}

std::string section(const std::string& html, const std::string& id) {
  const std::size_t at = html.find("<section id=\"" + id + "\"");
  if (at == std::string::npos) return {};
  return html.substr(at, html.find("</section>", at) - at);
}

std::string without_code(std::string_view text) {
  std::string s(text);
  for (const char* key : {"code = \"\"\"", "code_zh = \"\"\""}) {
    const std::size_t at = s.find(key);
    s.erase(at, s.find("\"\"\"", at + std::string(key).size()) + 3 - at);
  }
  for (std::size_t at; (at = s.find("line = ")) != std::string::npos;)
    s.erase(at, s.find('\n', at) - at);
  return s;
}

}  // namespace

TEST_CASE("a program's timeline names tasks and what their code does") {
  const Run r = run_text(kProgram);
  const chart::ChartModel model =
      export_timeline(*r.sim->trace(), -1, scenario::Vocabulary::program);
  const std::string svg = timeline_svg(model);
  CHECK(svg.find(">Tasks</text>") != std::string::npos);
  CHECK(svg.find(">Threads and processes</text>") != std::string::npos);
  CHECK(svg.find("Awaiting I/O, thread free") != std::string::npos);
  CHECK(svg.find("Blocked on I/O, thread held") != std::string::npos);
  CHECK(svg.find("Hatched: the caller waits for the task") != std::string::npos);
  CHECK(svg.find(">Customers</text>") == std::string::npos);
  // The restaurant's words are the default.
  const std::string restaurant = timeline_svg(export_timeline(*r.sim->trace()));
  CHECK(restaurant.find(">Customers</text>") != std::string::npos);
  CHECK(restaurant.find("Awaiting I/O, staff free") != std::string::npos);
}

TEST_CASE("the report shows the code, escaped, with the time spent at each line") {
  const Run r = run_text(kProgram);
  const std::string html = report_html(r.scenario, {&r.summary, r.sim->trace()});
  const std::string code = section(html, "code");
  REQUIRE_FALSE(code.empty());
  CHECK(code.find("request.id &lt; 10 and request.ok &amp; 1:") != std::string::npos);
  CHECK(code.find("# &lt;blocking&gt;") != std::string::npos);
  CHECK(code.find("<blocking>") == std::string::npos);
  // Line 3: three tasks await 1 s each, then block the loop 2 s each, one after another
  // (the second waits 2 s for the loop, the third 4 s): 3 + 6 + 6 = 15 s, three visits.
  CHECK(code.find("<tr><td>3</td><td>15 s</td><td>3</td>") != std::string::npos);
  CHECK(code.find("title=\"Awaiting I/O, thread free: 3 s\"") != std::string::npos);
  CHECK(code.find("title=\"Blocked on I/O, thread held: 6 s\"") != std::string::npos);
  // The ping is at line 1 (it runs first, 1 ms); lines without tasks show no time.
  CHECK(code.find("<tr><td>1</td><td>1 ms</td><td>1</td>") != std::string::npos);
  CHECK(code.find("<tr><td>2</td><td></td><td></td>") != std::string::npos);
  // The translated comments come folded under the code, with the same times.
  CHECK(code.find("<details lang=\"zh-Hant\">") != std::string::npos);
  CHECK(code.find("# 阻塞") != std::string::npos);
  // The statistics name tasks and compare the two groups.
  const std::string stats = section(html, "statistics");
  CHECK(stats.find("<h3>Tasks</h3>") != std::string::npos);
  CHECK(stats.find("<h3>Tasks by group</h3>") != std::string::npos);
  CHECK(stats.find("<td>Request</td><td>3</td>") != std::string::npos);
  CHECK(stats.find("<td>Ping</td><td>1</td>") != std::string::npos);
}

TEST_CASE("a report without code or with one group leaves those parts out") {
  const Run r = run_text(without_code(kProgram));
  const std::string html = report_html(r.scenario, {&r.summary, r.sim->trace()});
  CHECK(html.find("<section id=\"code\"") == std::string::npos);
  CHECK(html.find("by group</h3>") != std::string::npos);
  stats::Summary one = r.summary;
  one.groups.resize(1);
  const std::string single = report_html(r.scenario, {&one, r.sim->trace()});
  CHECK(single.find("by group</h3>") == std::string::npos);
}
