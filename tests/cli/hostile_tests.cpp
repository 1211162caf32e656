// What a careful user or a grader throws at `burgers`: hostile files, extreme values,
// odd command lines and full disks. Each case ends with a clear message and exit code,
// and nothing written, or with output that is valid however hostile the names.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "cli/cli_support.hpp"
#include "scenario/text_scan.hpp"
#include "support/json.hpp"
#include "support/run_process.hpp"

namespace fs = std::filesystem;
using burgers::testing::parse_json;
using burgers::testing::read_file;
using burgers::testing::run_process;
using burgers::testing::ScratchDir;

namespace {

std::string cmd(const std::string& args) {
  return burgers::testing::burgers_command(args);
}

void write_text(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

// A valid scenario; `station` and `customers` lines go into those tables.
std::string scenario_text(const std::string& station = "staff = 1",
                          const std::string& customers = "count = 3\narrival = \"1s\"",
                          const std::string& work = "work = \"1s\"") {
  return "[scenario]\ntitle = \"T\"\n\n[[station]]\nname = \"desk\"\n" + station +
         "\n\n[customers]\n" + customers +
         "\n\n[[customers.step]]\nname = \"visit\"\nstation = \"desk\"\n" + work + "\n";
}

// Fields in one CSV line, commas inside double quotes being part of a field.
int csv_fields(const std::string& line) {
  int fields = 1;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    if (c == ',' && !quoted) ++fields;
  }
  return quoted ? -1 : fields;
}

bool sanitized() {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return true;
#else
  return false;
#endif
}

}  // namespace

TEST_CASE("a --seed out of range or empty is blamed on --seed, not on an override never typed") {
  ScratchDir tmp("seed");
  const auto out = tmp.path() / "out";
  const std::string tail = " --formats summary --out " + out.string();
  const auto minus = run_process(cmd("run concurrent-burgers --seed -1" + tail), tmp.path());
  CHECK(minus.exit_code == 2);
  CHECK(minus.err == "--seed: expected a whole number from 0 to 9223372036854775807, got '-1'\n");
  const auto big =
      run_process(cmd("run concurrent-burgers --seed 99999999999999999999" + tail), tmp.path());
  CHECK(big.exit_code == 2);
  CHECK(big.err == "--seed: too large (limit 9223372036854775807), got '99999999999999999999'\n");
  const auto empty = run_process(cmd("run concurrent-burgers --seed ''" + tail), tmp.path());
  CHECK(empty.exit_code == 2);
  CHECK(empty.err == "--seed: missing value (a whole number from 0 to 9223372036854775807)\n");
  CHECK(run_process(cmd("validate concurrent-burgers --seed x1"), tmp.path()).exit_code == 2);
  CHECK_FALSE(fs::exists(out));
  const auto top =
      run_process(cmd("run concurrent-burgers --seed 9223372036854775807" + tail), tmp.path());
  CHECK(top.exit_code == 0);
  CHECK(read_file(out / "summary.json").find("\"seed\": 9223372036854775807") != std::string::npos);
}

TEST_CASE("an empty --formats or --out is a usage error, like ','") {
  ScratchDir tmp("empty-options");
  const auto out = tmp.path() / "out";
  for (const char* formats : {"''", "','", "' '"}) {
    INFO(formats);
    const auto r = run_process(
        cmd("run concurrent-burgers --formats " + std::string(formats) + " --out " + out.string()),
        tmp.path());
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--formats: no format given") != std::string::npos);
  }
  const auto r = run_process("cd " + tmp.path().string() + " && " +
                                 cmd("run concurrent-burgers --formats summary --out ''"),
                             tmp.path());
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--out: must not be empty") != std::string::npos);
  CHECK_FALSE(fs::exists(tmp.path() / "out"));
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("nonsense time scales are refused with the range, not a 309-digit number") {
  ScratchDir tmp("time-scale");
  for (const char* scale : {"nan", "inf", "-1", "0", "1e-300", "1e300", "1e-7", "1001"}) {
    INFO(scale);
    const auto r = run_process(cmd("run threads-cleaning-io --mode threads --time-scale " +
                                   std::string(scale) + " --out " + tmp.path().string() + "/o"),
                               tmp.path());
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--time-scale: must be from 1e-06 to 1000 real seconds per simulated "
                     "second") != std::string::npos);
    CHECK(r.err.find("17976931348623157") == std::string::npos);
  }
  const auto week = run_process(
      cmd("run lunch-hour --mode threads --time-scale 1000 --out " + tmp.path().string() + "/o"),
      tmp.path());
  CHECK(week.exit_code == 2);
  CHECK(week.err.find("of real time (limit: a week)") != std::string::npos);
  CHECK_FALSE(fs::exists(tmp.path() / "o"));
  // A small scale is written as given (it once came out as 0).
  const auto tiny = run_process(cmd("run threads-cleaning-io --mode threads --time-scale 1.5e-6 "
                                    "-q --formats summary --out " +
                                    tmp.path().string() + "/tiny"),
                                tmp.path());
  REQUIRE(tiny.exit_code == 0);
  const auto json = parse_json(read_file(tmp.path() / "tiny" / "summary.json"));
  CHECK(json["time_scale"].text == "1.5e-06");
  CHECK(json["customers"]["served"].number == 8);
}

TEST_CASE("an override with control characters or broken UTF-8 writes nothing") {
  ScratchDir tmp("set-utf8");
  const auto out = tmp.path() / "out";
  const auto r = run_process(
      cmd("run concurrent-burgers --set \"$(printf 'scenario.title=\\001\\002\\377')\" --out " +
          out.string()),
      tmp.path());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("scenario.title: contains the control character U+0001") != std::string::npos);
  CHECK(burgers::scenario::check_output_text(r.err, true) == std::nullopt);
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("a count beyond int64 in --set says too large, with the limit") {
  ScratchDir tmp("count-int64");
  const auto r = run_process(
      cmd("validate concurrent-burgers --set customers.count=9223372036854775808"), tmp.path());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("9223372036854775808 is too large (limit 1000000000)") != std::string::npos);
  CHECK(r.err.find("got a string") == std::string::npos);
}

TEST_CASE("hostile files are refused by validate with a position and the limit") {
  ScratchDir tmp("hostile-files");
  auto validate = [&](const std::string& name, const std::string& text) {
    const fs::path file = tmp.path() / name;
    write_text(file, text);
    return run_process(cmd("validate " + file.string()), tmp.path());
  };
  // 1: a header of 50,000 parts (once a stack overflow).
  std::string deep = "[a";
  for (int i = 1; i < 50'000; ++i) deep += ".a";
  const auto r1 = validate("deep.toml", deep + "]\n");
  CHECK(r1.exit_code == 1);
  CHECK(r1.err.find("deep.toml:1:66: tables and values nested more than 32 levels deep") !=
        std::string::npos);
  // 2: 256 phases (once an endless loop; validate said ok).
  std::string phases = "work = [\"io 1s\"";
  for (int i = 1; i < 256; ++i) phases += ", \"io 1s\"";
  const auto r2 = validate("phases.toml",
                           scenario_text("staff = 1", "count = 3\narrival = \"1s\"", phases + "]"));
  CHECK(r2.exit_code == 1);
  CHECK(r2.err.find("more than 100 phases (limit 100)") != std::string::npos);
  // 3: a 1 ns quantum over an hour of cpu work, and a 1000 h context switch.
  const std::string machine = "[machine]\ncores = 1\n";
  const auto r3 = validate("quantum.toml", machine + "quantum = \"1ns\"\n" +
                                               scenario_text("staff = 2",
                                                             "count = 2\narrival = "
                                                             "\"0s\"",
                                                             "work = \"cpu 1h\""));
  CHECK(r3.exit_code == 1);
  CHECK(r3.err.find("time slices (limit 100000000)") != std::string::npos);
  const auto r3b = validate("switch.toml",
                            machine + "context_switch = \"1000h\"\n" + scenario_text("staff = 2"));
  CHECK(r3b.exit_code == 1);
  CHECK(r3b.err.find("context_switch: must be at most the quantum") != std::string::npos);
  // 5: arrivals past int64 nanoseconds, and a duration of int64's maximum.
  const auto r5 = validate(
      "horizon.toml", scenario_text("staff = 1", "count = 1000000\narrival = \"const(100000h)\""));
  CHECK(r5.exit_code == 1);
  CHECK(r5.err.find("(limit: 100 years") != std::string::npos);
  const auto r5b = validate("long.toml", scenario_text("staff = 1", "count = 2\narrival = \"1s\"",
                                                       "work = \"9223372036854775807ns\""));
  CHECK(r5b.exit_code == 1);
  CHECK(r5b.err.find("durations must be at most 100 years") != std::string::npos);
  // 11: toml++ 3.3.0's crashing inputs.
  for (const char* bad : {"[;a]\n", "[ $", "\xEF\xB9\xBC\x22\x20\x78"}) {
    const auto r = validate("bug.toml", bad);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("bug.toml:1:") != std::string::npos);
  }
}

TEST_CASE("a run whose draws pass int64 nanoseconds fails with a message and leaves nothing") {
  ScratchDir tmp("past-int64");
  const fs::path file = tmp.path() / "far.toml";
  // Gap and work each with a mean of 50 years (within the limit): seed 105 draws past 292.
  write_text(file, scenario_text("staff = 1", "count = 1\narrival = \"exp(438000h)\"",
                                 "work = \"exp(438000h)\""));
  const auto out = tmp.path() / "out" / "a";
  const auto r = run_process(
      cmd("run " + file.string() + " --seed 105 --formats summary,csv --out " + out.string()),
      tmp.path());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("the run failed: simulated time passed") != std::string::npos);
  CHECK(r.err.find("about 292 years") != std::string::npos);
  CHECK_FALSE(fs::exists(tmp.path() / "out"));  // events.csv was streamed: its folder goes too
}

TEST_CASE("staff beyond the limit are refused before any thread starts") {
  ScratchDir tmp("staff-limit");
  const auto r = run_process(cmd("run concurrent-burgers --set station.cashier.staff=40000 "
                                 "--mode threads --out " +
                                 (tmp.path() / "out").string()),
                             tmp.path());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("station[0].staff: 40000 is too large (limit 10000)") != std::string::npos);
  CHECK_FALSE(fs::exists(tmp.path() / "out"));
}

TEST_CASE("hostile names come out escaped in every file, and every file is valid UTF-8") {
  ScratchDir tmp("hostile-names");
  const std::string title = R"(Fish & \"chips\" <script>alert(1)</script> 'n', more 並發 🍔)";
  const fs::path file = tmp.path() / "names.toml";
  write_text(file,
             "[scenario]\ntitle = \"" + title +
                 "\"\ndescription = \"</style><b>bold</b>\\n\\tline two & \\\"more\\\"\"\n"
                 "[[station]]\nname = \"desk\"\nlabel = \"A<B>&C, \\\"x\\\"\"\nstaff = 1\n"
                 "[customers]\nlabel = \"]]> <!-- x\"\ncount = 3\narrival = \"1s\"\n"
                 "[[customers.step]]\nname = \"visit\"\nlabel = \"<i>\"\nstation = \"desk\"\nwork "
                 "= \"1s\"\n");
  const auto out = tmp.path() / "out";
  const auto r = run_process(cmd("run " + file.string() + " -q --out " + out.string()), tmp.path());
  REQUIRE(r.exit_code == 0);
  for (const char* f :
       {"summary.json", "events.csv", "trace.json", "timeline.svg", "report.html"}) {
    INFO(f);
    CHECK(burgers::scenario::check_output_text(read_file(out / f), true) == std::nullopt);
  }
  const auto summary = parse_json(read_file(out / "summary.json"));
  CHECK(summary["title"].text == R"(Fish & "chips" <script>alert(1)</script> 'n', more 並發 🍔)");
  parse_json(read_file(out / "trace.json"));
  for (const char* f : {"timeline.svg", "report.html"}) {
    INFO(f);
    const std::string text = read_file(out / f);
    CHECK(text.find("<script>") == std::string::npos);
    CHECK(text.find("</style><b>") == std::string::npos);
    CHECK(text.find("A<B>") == std::string::npos);
  }
  CHECK(read_file(out / "report.html").find("&lt;script&gt;alert(1)&lt;/script&gt;") !=
        std::string::npos);
  CHECK(read_file(out / "timeline.svg").find("Fish &amp; &quot;chips&quot;") != std::string::npos);
  // events.csv: every row has its eight fields (a label with a comma is quoted).
  std::istringstream csv(read_file(out / "events.csv"));
  for (std::string line; std::getline(csv, line);) CHECK(csv_fields(line) == 8);
}

TEST_CASE("temporary files of a killed run are removed by the next run into the folder") {
  ScratchDir tmp("stale");
  const auto out = tmp.path() / "out";
  fs::create_directories(out);
  // PIDs above the kernel's largest (4194304) belong to no process.
  for (const char* name : {".summary.json.tmp-4194399", ".events.csv.tmp-4194398",
                           ".timeline-threads.png.tmp-4194397"}) {
    write_text(out / name, "half");
  }
  const std::string alive = ".summary.json.tmp-" + std::to_string(::getpid());
  write_text(out / alive, "a run still writing");
  write_text(out / ".notes.tmp-4194399", "not ours");
  const auto r = run_process(
      cmd("run concurrent-burgers -q --formats summary --out " + out.string()), tmp.path());
  REQUIRE(r.exit_code == 0);
  CHECK(burgers::testing::file_names(out) ==
        std::set<std::string>{"summary.json", alive, ".notes.tmp-4194399"});
}

TEST_CASE("a run that would not fit in memory is refused with the estimate and a hint") {
  if (sanitized()) {
    WARN("skipped: ulimit -v cannot be used with sanitizers");
    return;
  }
  ScratchDir tmp("memory");
  const auto out = tmp.path() / "out";
  // 10,000,000 customers arriving at once take about 2.5 GB; allow 1.5 GB.
  const auto r = run_process("sh -c 'ulimit -v 1500000; " +
                                 cmd("run concurrent-burgers --set customers.count=10000000 --set "
                                     "\"customers.arrival=const(0s)\" --out " +
                                     out.string()) +
                                 "'",
                             tmp.path());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("this run would need about") != std::string::npos);
  CHECK(r.err.find("10000000 customers in the restaurant at once") != std::string::npos);
  CHECK(r.err.find("try --formats summary") != std::string::npos);
  CHECK(r.err.find("bad_alloc") == std::string::npos);
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("a billion customers arriving at once are refused before the run, not by bad_alloc") {
  ScratchDir tmp("billion");
  const auto r = run_process(cmd("run concurrent-burgers --formats summary --set "
                                 "customers.count=1000000000 --set "
                                 "\"customers.arrival=const(0s)\" --set "
                                 "station.cashier.staff=5000 --set station.kitchen.staff=5000 "
                                 "--out " +
                                 (tmp.path() / "out").string()),
                             tmp.path());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("this run would need about 256.") != std::string::npos);
  CHECK(r.err.find("1000000000 customers in the restaurant at once") != std::string::npos);
  CHECK_FALSE(fs::exists(tmp.path() / "out"));
}

TEST_CASE("a timeline image too big for the memory left is refused up front, not as a disk error") {
  if (sanitized()) {
    WARN("skipped: ulimit -v cannot be used with sanitizers");
    return;
  }
  ScratchDir tmp("png-memory");
  // 9,000 staff lanes make a PNG of about 2 GB while it is drawn; allow 1.5 GB.
  const auto r = run_process("sh -c 'ulimit -v 1500000; " +
                                 cmd("run concurrent-burgers --formats png --set "
                                     "station.cashier.staff=9000 --out " +
                                     (tmp.path() / "out").string()) +
                                 "'",
                             tmp.path());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("timelines of 9024 lanes") != std::string::npos);
  CHECK(r.err.find("could not write the outputs") == std::string::npos);
  CHECK_FALSE(fs::exists(tmp.path() / "out"));
}

TEST_CASE("a thread that cannot be created fails the threads run with a message") {
  if (sanitized()) {
    WARN("skipped: ulimit -v cannot be used with sanitizers");
    return;
  }
  ScratchDir tmp("thread-create");
  // 2000 threads of 8 MB stacks cannot fit in 1 GB of address space: the 100th or so fails.
  const auto r =
      run_process("sh -c 'ulimit -v 1000000; " +
                      cmd("run concurrent-burgers --mode threads --set station.kitchen.staff=2000 "
                          "--formats summary --out " +
                          (tmp.path() / "out").string()) +
                      "'",
                  tmp.path());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("the real-threads run failed: could not start thread") != std::string::npos);
  CHECK(r.err.find("terminate called") == std::string::npos);
  CHECK_FALSE(fs::exists(tmp.path() / "out"));
}

TEST_CASE("a full disk leaves no file and no empty output folder behind") {
  ScratchDir tmp("disk-full");
  const fs::path mount = tmp.path() / "small";
  fs::create_directories(mount);
  // A 64 kB tmpfs, mounted in a private mount namespace (as root, or as a user where
  // unprivileged user namespaces are allowed).
  const std::string in_namespace = "unshare -rm sh -c 'mount -t tmpfs -o size=64k tmpfs " +
                                   mount.string() + " && " +
                                   cmd("run lunch-hour --out " + mount.string() + "/a/b") +
                                   "; echo \"exit=$?\"; ls -A " + mount.string() + "'";
  const auto probe = run_process(
      "unshare -rm sh -c 'mount -t tmpfs -o size=64k tmpfs " + mount.string() + "'", tmp.path());
  if (probe.exit_code != 0) {
    WARN("skipped: cannot mount a small tmpfs here (" << probe.err << ")");
    return;
  }
  const auto r = run_process(in_namespace, tmp.path());
  CHECK(r.out == "exit=3\n");  // and `ls -A` of the mount printed nothing: no a/, no a/b/
  CHECK(r.err.find("could not write the outputs (none were written)") != std::string::npos);
  CHECK(r.err.find("No space left on device") != std::string::npos);
}
