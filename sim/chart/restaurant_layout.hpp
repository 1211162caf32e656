#pragma once
// The restaurant at one instant, laid out: Snapshot + panel size -> positioned people,
// furniture and labels, without overlaps and with everyone drawn or counted in "+N more".
// Pure (tests check it without a window); the dashboard only paints it.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "base/time.hpp"
#include "chart/snapshot.hpp"
#include "text/line_break.hpp"
#include "trace/span.hpp"

namespace burgers::chart {

// The words the layout writes, in the reader's language. Patterns hold one "{}".
struct RestaurantWords {
  std::vector<std::string> stations;  // station names, by index
  // Group names, by index. With several groups, two customers can hold the same number:
  // a ticket then carries its group's letter ("B12") and the footer says which is which.
  std::vector<std::string> groups;
  std::string group_key = "{}: {}";  // a group's letter, then its name
  std::string line = "Line ({})";    // a station's queue when everyone in it stands in line
  // A station's queue when some in it wait free, at the tables with a number: every job
  // queued there, then those standing in line. Two "{}", filled in that order.
  std::string line_mixed = "Waiting here ({}) · {} standing in line, the rest at the tables";
  // A station's queue when everyone in it waits free, at the tables.
  std::string line_free = "Waiting here ({}), all seated at the tables with a number";
  std::string tables = "Free, with a number ({})";
  std::string eating = "Eating ({})";
  std::string arriving = "Just arrived ({})";
  std::string now_serving = "Now serving:";
  std::string preparing = "Preparing:";
  std::string more = "+{} more";
  std::string inside = "{} inside";
  std::string served = "{} served";
  std::string to_come = "{} still to come";
  std::string serving = "serving {}";  // a staff member's caption while on a job
  // Staff captions by state ("idle", "waiting on I/O"); empty: "serving {}" with the
  // customer's number.
  std::array<std::string, trace::kStateCount> staff_states;
  // States by name, for counting a crowd of staff ("Working 37 · Idle 63").
  std::array<std::string, trace::kStateCount> state_names;
};

struct RestaurantInput {
  float width = 800;
  float height = 400;
  float text_px = 13;     // the painter's font size
  text::Measure measure;  // the painter's text width; empty: an estimate
  RestaurantWords words;
  std::int64_t total_customers = 0;  // in the whole run, for "still to come"
};

struct Box {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
  bool inside(const Box& o) const { return x0 >= o.x0 && y0 >= o.y0 && x1 <= o.x1 && y1 <= o.y1; }
};

// A person: a head and a body in the state's colour; staff wear a hat.
struct Person {
  trace::AgentId agent = trace::kNoAgent;
  bool staff = false;
  trace::State state = trace::State::idle;
  float x = 0, y = 0;  // centre of the body
  float radius = 10;
  std::int16_t group = -1;
  Box bounds;  // head to feet
};

enum class LabelStyle : std::uint8_t {
  heading,  // a station's name
  caption,  // a staff member's caption, section headings
  muted,    // "+N more", the counts at the bottom
  tag,      // a customer's number under them
  board,    // the "now serving" board
};

struct Label {
  std::string text;
  Box box;  // where the text sits, top-left to bottom-right
  LabelStyle style = LabelStyle::caption;
};

enum class FurnitureKind : std::uint8_t { counter, table, board };

struct Furniture {
  FurnitureKind kind = FurnitureKind::counter;
  Box box;
};

struct RestaurantScene {
  Time as_of = 0;  // the instant shown
  float width = 0, height = 0;
  std::vector<Furniture> furniture;
  std::vector<Person> people;
  std::vector<Label> labels;
  // Accounting, for whoever checks that nobody is lost: people inside (customers) or at
  // work (staff), those drawn, and those counted in a visible "+N more" label.
  std::int64_t inside = 0, drawn = 0, counted = 0;
  std::int64_t staff = 0, staff_drawn = 0, staff_counted = 0;
};

// The parts of a person as the painter draws them (the layout keeps labels clear of them).
inline Box head_of(const Person& p) {
  const float r = p.radius * 0.45f;
  return {p.x - r, p.y - p.radius - r, p.x + r, p.y - p.radius + r};
}
inline Box body_of(const Person& p) {
  return {p.x - 0.75f * p.radius, p.y - 0.5f * p.radius, p.x + 0.75f * p.radius,
          p.y + 0.7f * p.radius};
}
inline Box hat_of(const Person& p) {  // staff only
  return {p.x - 0.38f * p.radius, p.y - 1.85f * p.radius, p.x + 0.38f * p.radius,
          p.y - 1.4f * p.radius};
}

// A group's letter on tickets: A to Z, then AA, AB... (as spreadsheets name columns).
std::string group_letter(int group);
// A ticket as the restaurant writes it: "12", or "B12" when there are several groups.
std::string ticket_text(const Ticket& ticket, std::size_t groups);

RestaurantScene layout_restaurant(const Snapshot& snapshot, const RestaurantInput& input);

}  // namespace burgers::chart
