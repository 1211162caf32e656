#include <catch2/catch.hpp>

#include <string>

#include "chart/chart_builder.hpp"
#include "export/graphics.hpp"
#include "run/simulation.hpp"
#include "support/scenario_builder.hpp"
#include "text/line_break.hpp"

using namespace burgers;
using burgers::testing::cpu;
using burgers::testing::fixed;
using burgers::testing::ScenarioBuilder;

namespace {

scenario::Scenario desk() {
  scenario::Scenario s = ScenarioBuilder()
                             .station("desk", 1)
                             .customers(3, fixed(kMinute))
                             .step("ask", "desk", {cpu(fixed(2 * kMinute))})
                             .build();
  s.title = "Desk";
  s.title_zh = "一位櫃檯人員的「並發」漢堡";
  s.description = "One desk.";
  s.description_zh = "一位櫃檯人員、一位廚師。你在櫃檯點餐（阻塞），拿到號碼牌之後就自由了！";
  return s;
}

}  // namespace

TEST_CASE("report.html lets Chinese break only where the shared line breaker allows") {
  const scenario::Scenario s = desk();
  run::Simulation sim(s);
  sim.run();
  const stats::Summary summary = sim.summary();
  const std::string html = exporter::report_html(s, {&summary, sim.trace(), nullptr});
  CHECK(html.find("word-break:keep-all") != std::string::npos);
  CHECK(html.find("櫃<wbr/>檯") != std::string::npos);
  // Never before closing punctuation, never after opening punctuation.
  for (const char* bad : {"<wbr/>，", "<wbr/>。", "<wbr/>、", "<wbr/>）", "<wbr/>」", "<wbr/>！",
                          "（<wbr/>", "「<wbr/>"}) {
    INFO(bad);
    CHECK(html.find(bad) == std::string::npos);
  }
  CHECK(html.find("點餐（阻塞），拿") == std::string::npos);  // the marks are there, with breaks
  CHECK(html.find("餐<wbr/>（阻<wbr/>塞），<wbr/>拿") != std::string::npos);
}

TEST_CASE("an exported chart's long Chinese title wraps to its width in SVG and PNG") {
  const scenario::Scenario s = desk();
  run::Simulation sim(s);
  sim.run();
  trace::Trace t = *sim.trace();
  t.title = "一位櫃檯人員、一位廚師：並發漢堡，顧客拿到號碼牌之後就可以和朋友聊天";
  chart::ChartModel m = exporter::export_timeline(t);
  REQUIRE(m.title_lines.size() == 1);  // 1600 px: one line
  chart::ChartOptions narrow;
  narrow.width = 360;
  m = chart::build_timeline(t, narrow);
  REQUIRE(m.title_lines.size() > 1);
  const std::string svg = exporter::timeline_svg(m);
  for (const std::string& line : m.title_lines) {
    CHECK(svg.find(">" + line + "<") != std::string::npos);
    CHECK(text::estimate_width(line, m.title_px) <= narrow.width - 32 + 0.01f);
  }
  CHECK_FALSE(exporter::timeline_png(m).bytes.empty());
}
