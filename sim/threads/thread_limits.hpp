#pragma once
// How many more threads the operating system lets this process start: threads mode
// needs one per staff member and is refused up front when they would not all start.
// Include from the command line and the dashboard.
#include <optional>
#include <string>

namespace burgers::threads {

// The figures the limit comes from; absent ones are unknown or unlimited.
struct ThreadLimitInputs {
  std::optional<double> nproc;            // RLIMIT_NPROC (soft), which root is exempt from
  std::optional<double> threads_max;      // /proc/sys/kernel/threads-max
  std::optional<double> max_map_count;    // vm.max_map_count: a thread takes two mappings
  std::optional<double> maps_in_use;      // mappings of this process now
  std::optional<double> pids_max;         // the cgroup's pids.max
  std::optional<double> pids_current;     // the cgroup's pids.current
  std::optional<double> threads_running;  // threads on the machine now (/proc/loadavg)
  std::optional<double> own_threads;      // threads of this process now
};

struct ThreadLimit {
  double threads = 0;  // how many more threads may start, about
  std::string why;     // what sets it: "vm.max_map_count (65530 mappings, two per thread)"
};

// The tightest of the limits in `in`; nullopt when none is known. (The user's other
// processes also count against ulimit -u: a start that fails anyway is caught and reported.)
std::optional<ThreadLimit> thread_limit(const ThreadLimitInputs& in);

// The limits of this machine and process, read from /proc, /sys and getrlimit.
ThreadLimitInputs read_thread_limit_inputs();

}  // namespace burgers::threads
