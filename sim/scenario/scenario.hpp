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

// cpu computes (needs a core, and the GIL under `gil = true`); io is awaited I/O (on an
// event loop it releases the loop); block is a blocking call (time.sleep, requests.get): it
// holds its thread even on an event loop. io and block release the GIL.
enum class WorkKind : std::uint8_t { cpu, io, block };

// One stretch of work.
struct Phase {
  WorkKind kind = WorkKind::cpu;
  Distribution duration;
  std::string text;  // as written, e.g. "io exp(3min)"
};

// How the customer spends a station step: standing at the counter, or free with a number.
enum class CustomerMode : std::uint8_t { blocked, free };

// How a station's staff run: OS threads of the program (the default), event loops (each
// staff member a thread running an asyncio loop: released during io phases), or worker
// processes (each its own Python process with its own GIL).
enum class Workers : std::uint8_t { threads, event_loop, processes };

struct Station {
  std::string name;  // id used by steps
  std::string label;
  std::string label_zh;
  int staff = 1;
  bool async = false;                  // an event loop: staff are released during io phases
  Workers workers = Workers::threads;  // event_loop exactly when async
  Time ipc = 0;  // processes: cost of sending a job and its result (half before, half after)
};

struct Step {
  std::string name;
  std::string label;
  std::string label_zh;
  int station = -1;  // index into Scenario::stations; -1 for the customer's own activity
  std::vector<Phase> work;
  CustomerMode customer = CustomerMode::blocked;
  int line = 0;  // the line of Scenario::code this step stands for; 0: none

  // Whether the customer stands and waits (blocked) rather than being free meanwhile: the
  // one choice between trace's blocked and free states, for both modes.
  bool blocks() const { return customer == CustomerMode::blocked; }
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
// gil: the program is one Python process whose threads (and event loops) share one GIL;
// a computing thread hands it over every switch_interval when another thread wants it.
struct Machine {
  int cores = 0;
  Time quantum = 10 * kMillisecond;
  Time context_switch = 0;
  bool gil = false;
  Time switch_interval = 5 * kMillisecond;  // Python's sys.getswitchinterval()
};

// A sweep the lesson suggests ([[sweep]]): a one-click button in the dashboard's Sweep panel.
struct SweepSuggestion {
  std::vector<std::string> vary;     // one or two "KEY=RANGE", e.g. "station.kitchen.staff=1..8"
  std::vector<std::string> metrics;  // summary figures, e.g. "customers.mean_sojourn_s"
  std::string title;
  std::string title_zh;
  int replications = 0;  // 0: the sweep's default
};

// One way to run the lesson ([[variant]]): "async", "def", "blocking"... Choosing it
// (`[scenario] variant`, `--set scenario.variant=NAME`, the dashboard's picker) applies its
// `set` overrides before the command line's, so an explicit --set still wins.
struct Variant {
  std::string name;
  std::string label;
  std::string label_zh;
  std::string description;
  std::string description_zh;
  std::vector<std::string> sets;  // "KEY=VALUE", exactly as --set takes them
};

// The words the dashboard and exports use for a lesson: a restaurant or a program.
enum class Vocabulary : std::uint8_t { restaurant, program };

struct Scenario {
  std::string name;  // the file's stem: outputs go to out/<name>/
  std::string path;  // the file as given, for messages
  std::string title;
  std::string title_zh;
  std::string description;
  std::string description_zh;
  std::uint64_t seed = 1;
  Vocabulary vocabulary = Vocabulary::restaurant;
  std::string code;     // the Python program the scenario stands for (optional)
  std::string code_zh;  // the same code with translated comments (optional)
  std::vector<Station> stations;
  std::vector<CustomerGroup> groups;
  Machine machine;
  std::vector<SweepSuggestion> sweeps;
  std::vector<Variant> variants;
  std::string variant;  // the chosen variant's name; empty when there are none

  // Index of the station called `name`, or -1.
  int station_index(std::string_view station_name) const;
  // Customers over all groups.
  std::int64_t customer_count() const;
  // Index of the chosen variant in `variants`, or -1 when there are none.
  int variant_index() const;
  // Whether a station's cpu phases need the program's GIL (gil = true, not a process).
  bool needs_gil(int station) const;
};

}  // namespace burgers::scenario
