#include <stb_image.h>

#include <catch2/catch.hpp>

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "export/graphics.hpp"
#include "run/simulation.hpp"
#include "scenario/loader.hpp"

using namespace burgers;
using namespace burgers::exporter;
using trace::State;

namespace {

// A lesson run to the end, with its trace: realistic input for every drawing.
struct LessonRun {
  scenario::Scenario scenario;
  std::unique_ptr<run::Simulation> sim;
  stats::Summary summary;
};

const LessonRun& lesson() {
  static const LessonRun run = [] {
    auto loaded =
        scenario::load_scenario_file(BURGERS_SOURCE_DIR "/scenarios/03-concurrent-burgers.toml");
    REQUIRE(loaded.ok());
    LessonRun r{*loaded.scenario, std::make_unique<run::Simulation>(*loaded.scenario), {}};
    r.sim->run();
    r.summary = r.sim->summary();
    return r;
  }();
  return run;
}

// Saves an output for a person to look at, when BURGERS_TEST_ARTIFACTS names a folder.
void keep(const std::string& name, const std::string& bytes) {
  if (const char* dir = std::getenv("BURGERS_TEST_ARTIFACTS")) {
    std::ofstream(std::string(dir) + "/" + name, std::ios::binary) << bytes;
  }
}

// A minimal XML well-formedness check: tags balance, attribute values are quoted, and
// every & starts an entity. Returns an empty string or what is wrong.
std::string xml_problem(const std::string& doc) {
  std::vector<std::string> open;
  std::size_t i = 0;
  auto entity_ok = [&](std::size_t at) {
    for (const char* e : {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"}) {
      if (doc.compare(at, std::string(e).size(), e) == 0) return true;
    }
    return false;
  };
  while (i < doc.size()) {
    if (doc[i] == '&' && !entity_ok(i)) return "bare & at " + std::to_string(i);
    if (doc[i] == '>') return "bare > at " + std::to_string(i);
    if (doc[i] != '<') {
      ++i;
      continue;
    }
    if (doc.compare(i, 2, "<?") == 0) {
      i = doc.find("?>", i) + 2;
      continue;
    }
    std::size_t j = i + 1;
    const bool closing = doc[j] == '/';
    if (closing) ++j;
    std::size_t name_end = j;
    while (name_end < doc.size() && (std::isalnum(static_cast<unsigned char>(doc[name_end])) ||
                                     doc[name_end] == '-' || doc[name_end] == ':')) {
      ++name_end;
    }
    const std::string name = doc.substr(j, name_end - j);
    if (name.empty()) return "empty tag name at " + std::to_string(i);
    std::size_t k = name_end;
    char quote = 0;
    for (; k < doc.size(); ++k) {
      const char c = doc[k];
      if (quote != 0) {
        if (c == quote) quote = 0;
        if (c == '<') return "< inside an attribute at " + std::to_string(k);
        if (c == '&' && !entity_ok(k)) return "bare & in an attribute at " + std::to_string(k);
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        break;
      }
    }
    if (k == doc.size()) return "unterminated tag " + name;
    const bool self_closing = doc[k - 1] == '/';
    if (closing) {
      if (open.empty() || open.back() != name) return "mismatched </" + name + ">";
      open.pop_back();
    } else if (!self_closing) {
      open.push_back(name);
    }
    i = k + 1;
  }
  return open.empty() ? "" : "unclosed <" + open.back() + ">";
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the timeline svg is well-formed xml with a bar group per state and a legend") {
  const chart::ChartModel model = export_timeline(*lesson().sim->trace());
  const std::string svg = timeline_svg(model);
  keep("timeline.svg", svg);
  CHECK(xml_problem(svg).empty());
  CHECK(svg.rfind("<?xml", 0) == 0);
  CHECK(svg.find("viewBox=\"0 0 1600 ") != std::string::npos);
  std::set<State> states;
  for (const auto& r : model.rects) states.insert(r.state);
  for (const State s : states) {
    const auto& style = chart::style_of(s);
    if (style.pattern == chart::Pattern::solid) continue;
    // Patterned states are filled through their own <pattern>.
    CHECK(count(svg, "<pattern id=\"tl-" + std::string(trace::state_name(s)) + "\"") == 1);
  }
  CHECK(states.count(State::queued_blocked) + states.count(State::served_blocked) > 0);
  for (const auto& entry : model.legend)
    CHECK(svg.find(">" + entry.label + "<") != std::string::npos);
  CHECK(svg.find(">Customer 20<") != std::string::npos);
  CHECK(svg == timeline_svg(model));
}

TEST_CASE("names in the svg are escaped") {
  chart::ChartModel model = export_timeline(*lesson().sim->trace());
  model.title_lines = {"Fish & chips <\"quoted\"> 'n' more"};
  model.lanes[1].label = "A<B>&C";
  const std::string svg = timeline_svg(model);
  CHECK(xml_problem(svg).empty());
  CHECK(svg.find("Fish &amp; chips &lt;&quot;quoted&quot;&gt; &#39;n&#39; more") !=
        std::string::npos);
  CHECK(svg.find("A&lt;B&gt;&amp;C") != std::string::npos);
}

TEST_CASE("the svg keeps coordinates to one decimal") {
  const std::string svg = timeline_svg(export_timeline(*lesson().sim->trace()));
  std::size_t long_decimals = 0;
  for (std::size_t i = 0; i + 2 < svg.size(); ++i) {
    if (svg[i] == '.' && std::isdigit(static_cast<unsigned char>(svg[i + 1])) &&
        std::isdigit(static_cast<unsigned char>(svg[i + 2])) && i > 0 &&
        std::isdigit(static_cast<unsigned char>(svg[i - 1]))) {
      ++long_decimals;
    }
  }
  CHECK(long_decimals == 0);
}

TEST_CASE("the timeline png decodes to the model's size and is deterministic") {
  const chart::ChartModel model = export_timeline(*lesson().sim->trace());
  const PngImage png = timeline_png(model);
  keep("timeline.png", png.bytes);
  CHECK(png.warning.empty());
  int w = 0, h = 0, channels = 0;
  unsigned char* pixels =
      stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png.bytes.data()),
                            static_cast<int>(png.bytes.size()), &w, &h, &channels, 4);
  REQUIRE(pixels != nullptr);
  CHECK(w == static_cast<int>(std::ceil(model.width)));
  CHECK(h == static_cast<int>(std::ceil(model.height)));
  std::set<std::uint32_t> colours;
  for (int i = 0; i < w * h; ++i) {
    const unsigned char* p = pixels + 4 * i;
    colours.insert(static_cast<std::uint32_t>(p[0]) << 16 | static_cast<std::uint32_t>(p[1]) << 8 |
                   p[2]);
  }
  stbi_image_free(pixels);
  CHECK(colours.size() > 50);  // bars in several colours, patterns and anti-aliased text
  CHECK(timeline_png(model).bytes == png.bytes);
}

TEST_CASE("the png draws each state's fill colour where its bars are") {
  const chart::ChartModel model = export_timeline(*lesson().sim->trace());
  const PngImage png = timeline_png(model);
  int w = 0, h = 0, channels = 0;
  unsigned char* pixels =
      stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png.bytes.data()),
                            static_cast<int>(png.bytes.size()), &w, &h, &channels, 4);
  REQUIRE(pixels != nullptr);
  std::size_t checked = 0;
  for (const auto& r : model.rects) {
    if (r.x1 - r.x0 < 12 || chart::style_of(r.state).pattern != chart::Pattern::solid) continue;
    // The middle of a wide solid bar, away from its outline, is exactly the fill.
    const int x = static_cast<int>((r.x0 + r.x1) / 2);
    const int y = static_cast<int>((r.y0 + r.y1) / 2);
    const unsigned char* p = pixels + 4 * (y * w + x);
    const auto fill = chart::style_of(r.state).fill;
    CHECK((p[0] == fill.r && p[1] == fill.g && p[2] == fill.b));
    ++checked;
  }
  stbi_image_free(pixels);
  CHECK(checked > 10);
}

TEST_CASE("the report holds every section, inline svg charts and no external resources") {
  const LessonRun& r = lesson();
  const std::string html = report_html(r.scenario, {&r.summary, r.sim->trace()});
  keep("report.html", html);
  for (const char* id :
       {"description", "timeline", "queues", "utilization", "customers", "waits", "statistics"}) {
    CHECK(html.find("<section id=\"" + std::string(id) + "\"") != std::string::npos);
  }
  CHECK(html.find("<section id=\"threads\"") == std::string::npos);
  CHECK(count(html, "<svg ") >= 6);  // timeline, 2 queues, utilization, customers, waits
  CHECK(html.find("並發漢堡") != std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("href=") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find(">Cook</td>") != std::string::npos);
  const std::size_t body = html.find("<body>");
  CHECK(xml_problem(html.substr(body, html.find("</body>") + 7 - body)).empty());
}

TEST_CASE("the report escapes titles and descriptions") {
  const LessonRun& r = lesson();
  scenario::Scenario s = r.scenario;
  s.title = "Burgers <&> fries";
  s.description = "First <b>paragraph</b>.\n\nSecond & last.";
  const std::string html = report_html(s, {&r.summary, r.sim->trace()});
  CHECK(html.find("<h1>Burgers &lt;&amp;&gt; fries</h1>") != std::string::npos);
  CHECK(html.find("<p>First &lt;b&gt;paragraph&lt;/b&gt;.</p>") != std::string::npos);
  CHECK(html.find("<p>Second &amp; last.</p>") != std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
}

TEST_CASE("with a threads run the report compares simulated and measured figures") {
  const LessonRun& r = lesson();
  stats::Summary measured = r.summary;
  measured.mode = "threads";
  measured.customers.makespan = r.summary.customers.makespan + r.summary.customers.makespan / 10;
  measured.stations[0].utilization = 0;
  measured.wall_time_s = 1.25;
  measured.time_scale = 0.001;
  const ReportRun threads{&measured, r.sim->trace()};
  const std::string html = report_html(r.scenario, {&r.summary, r.sim->trace()}, &threads);
  keep("report-both.html", html);
  CHECK(html.find("Simulation vs real threads") != std::string::npos);
  CHECK(html.find("+10.0%") != std::string::npos);
  CHECK(html.find("-100.0%") != std::string::npos);
  CHECK(html.find("1.250 s of real time") != std::string::npos);
  CHECK(html.find("id=\"thr-") != std::string::npos);  // the measured timeline's own patterns
  const std::size_t body = html.find("<body>");
  CHECK(xml_problem(html.substr(body, html.find("</body>") + 7 - body)).empty());
}

TEST_CASE("every lesson renders to well-formed svg, a png and a report") {
  for (const auto& entry : std::filesystem::directory_iterator(BURGERS_SOURCE_DIR "/scenarios")) {
    if (entry.path().extension() != ".toml") continue;
    auto loaded = scenario::load_scenario_file(entry.path());
    REQUIRE(loaded.ok());
    run::Simulation sim(*loaded.scenario);
    sim.run();
    const stats::Summary summary = sim.summary();
    const chart::ChartModel model = export_timeline(*sim.trace());
    const std::string stem = entry.path().stem().string();
    INFO(stem);
    const std::string svg = timeline_svg(model);
    CHECK(xml_problem(svg).empty());
    CHECK(svg.size() < 2'000'000);
    const PngImage png = timeline_png(model);
    CHECK(png.bytes.size() > 1000);
    keep(stem + ".png", png.bytes);
    const std::string html = report_html(*loaded.scenario, {&summary, sim.trace()});
    keep(stem + ".html", html);
    if (summary.customers.arrived > 200) {
      // More customers than lanes: the whole run, then a window of them up close.
      CHECK(svg.find("The whole run") != std::string::npos);
      CHECK(html.find("the ones the timeline shows up close") != std::string::npos);
      CHECK(model.height < 2000);
    }
  }
}

TEST_CASE("a Chinese title is drawn in the png") {
  chart::ChartModel model = export_timeline(*lesson().sim->trace());
  model.title_lines.clear();  // what painters draw: the title as the chart builder wrapped it
  const std::string blank = timeline_png(model).bytes;
  model.title_lines = {"並發漢堡"};
  const PngImage titled = timeline_png(model);
  keep("title-zh.png", titled.bytes);
  int w = 0, h = 0, channels = 0;
  unsigned char* pixels =
      stbi_load_from_memory(reinterpret_cast<const unsigned char*>(titled.bytes.data()),
                            static_cast<int>(titled.bytes.size()), &w, &h, &channels, 4);
  REQUIRE(pixels != nullptr);
  std::size_t ink = 0;
  for (int y = 0; y < 40; ++y) {
    for (int x = 0; x < 200; ++x) ink += pixels[4 * (y * w + x)] < 128 ? 1 : 0;
  }
  stbi_image_free(pixels);
  CHECK(titled.bytes != blank);
  CHECK(ink > 100);  // four glyphs of dark strokes, not empty boxes
}

TEST_CASE("an empty trace still gives a valid svg, png and report") {
  trace::Trace empty;
  empty.title = "Nothing happened";
  const chart::ChartModel model = export_timeline(empty);
  CHECK(xml_problem(timeline_svg(model)).empty());
  const PngImage png = timeline_png(model);
  int w = 0, h = 0, channels = 0;
  unsigned char* pixels =
      stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png.bytes.data()),
                            static_cast<int>(png.bytes.size()), &w, &h, &channels, 4);
  CHECK(pixels != nullptr);
  stbi_image_free(pixels);
  scenario::Scenario s;
  s.name = "empty";
  const std::string html = report_html(s, {nullptr, &empty});
  const std::size_t body = html.find("<body>");
  CHECK(xml_problem(html.substr(body, html.find("</body>") + 7 - body)).empty());
  CHECK(report_html(s, {}).find("<h1>empty</h1>") != std::string::npos);
}
