#pragma once
// How much of the machine other processes used while a real-threads test ran (tests only).
// A wall-clock check on real threads states what free cores do; when other processes took
// the cores, the check is not made (the test says so) rather than loosened.
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

namespace burgers::testing {

class OtherLoad {
 public:
  // Starts measuring.
  OtherLoad() : start_(sample()) {}

  // The average number of cores other processes kept busy since construction.
  double cores() const {
    const Sample now = sample();
    const double wall = std::chrono::duration<double>(now.wall - start_.wall).count();
    if (wall <= 0 || now.busy_s < 0 || start_.busy_s < 0) return 0;
    const double others = (now.busy_s - start_.busy_s) - (now.self_s - start_.self_s);
    return others > 0 ? others / wall : 0;
  }

  // True when others used more than a quarter of a core on average: a timing check on
  // real threads would then measure the machine, not the program.
  bool busy() const { return cores() > kMaxOtherCores; }

  std::string describe() const {
    std::ostringstream out;
    out << "other processes kept " << cores()
        << " cores busy during the run: its timing is not checked";
    return out.str();
  }

  static constexpr double kMaxOtherCores = 0.25;

 private:
  struct Sample {
    std::chrono::steady_clock::time_point wall;
    double busy_s = -1;  // all cores' non-idle time from /proc/stat, or -1
    double self_s = 0;   // this process's cpu time (every thread)
  };

  static Sample sample() {
    Sample s;
    s.wall = std::chrono::steady_clock::now();
    std::ifstream stat("/proc/stat");
    std::string cpu;
    long long user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
    if (stat >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal &&
        cpu == "cpu") {
      const auto ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
      s.busy_s = static_cast<double>(user + nice + system + irq + softirq + steal) / ticks;
    }
    rusage self{};
    if (getrusage(RUSAGE_SELF, &self) == 0) {
      s.self_s = static_cast<double>(self.ru_utime.tv_sec + self.ru_stime.tv_sec) +
                 static_cast<double>(self.ru_utime.tv_usec + self.ru_stime.tv_usec) / 1e6;
    }
    return s;
  }

  Sample start_;
};

}  // namespace burgers::testing
