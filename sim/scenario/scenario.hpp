#pragma once
// A scenario as a plain, validated value: what a lesson's TOML file says.
// Built by the loader (loader.hpp), run by the model. Include freely.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/time.hpp"
#include "random/distribution.hpp"

namespace burgers::scenario {

using random::Distribution;

enum class WorkKind : std::uint8_t { cpu, io };

// One stretch of work: computing (needs a core when cores are limited) or waiting (I/O).
struct Phase {
  WorkKind kind = WorkKind::cpu;
  Distribution duration;
  std::string text;  // as written, e.g. "io exp(3min)"
};

// How the customer spends a station step: standing at the counter, or free with a number.
enum class CustomerMode : std::uint8_t { blocked, free };

struct Station {
  std::string name;  // id used by steps
  std::string label;
  std::string label_zh;
  int staff = 1;
  bool async = false;  // an event loop: staff are released during io phases
};

struct Step {
  std::string name;
  std::string label;
  std::string label_zh;
  int station = -1;  // index into Scenario::stations; -1 for the customer's own activity
  std::vector<Phase> work;
  CustomerMode customer = CustomerMode::blocked;
};

// Customers that share an arrival process and a journey. `[customers]` is one group;
// `[[customers]]` gives several (a render loop and a background task, say).
struct CustomerGroup {
  std::string name = "customer";
  std::string label = "Customer";
  std::string label_zh;
  std::int64_t count = 0;
  Distribution arrival;
  std::string arrival_text;
  std::vector<Step> steps;
};

// Cores shared by every cpu phase. cores == 0 means one core per busy staff member.
struct Machine {
  int cores = 0;
  Time quantum = 10 * kMillisecond;
  Time context_switch = 0;
};

struct Scenario {
  std::string name;  // the file's stem: outputs go to out/<name>/
  std::string path;  // the file as given, for messages
  std::string title;
  std::string title_zh;
  std::string description;
  std::string description_zh;
  std::uint64_t seed = 1;
  std::vector<Station> stations;
  std::vector<CustomerGroup> groups;
  Machine machine;

  // Index of the station called `name`, or -1.
  int station_index(std::string_view station_name) const;
  // Customers over all groups.
  std::int64_t customer_count() const;
};

}  // namespace burgers::scenario
