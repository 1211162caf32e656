#include "threads/thread_limits.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace burgers::threads {

namespace {

std::optional<double> read_number(const char* path) {
  std::ifstream in(path);
  double value = 0;
  if (!(in >> value)) return std::nullopt;  // also "max"
  return value;
}

std::optional<double> count_lines(const char* path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  double lines = 0;
  for (std::string line; std::getline(in, line);) ++lines;
  return lines;
}

// The total of "running/total" in /proc/loadavg: threads on the machine now.
std::optional<double> threads_on_machine() {
  std::ifstream in("/proc/loadavg");
  std::string a, b, c, entities;
  if (!(in >> a >> b >> c >> entities)) return std::nullopt;
  const std::size_t slash = entities.find('/');
  if (slash == std::string::npos) return std::nullopt;
  try {
    return std::stod(entities.substr(slash + 1));
  } catch (...) {
    return std::nullopt;
  }
}

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.0f", value);
  return buffer;
}

}  // namespace

std::optional<ThreadLimit> thread_limit(const ThreadLimitInputs& in) {
  std::optional<ThreadLimit> tightest;
  auto consider = [&tightest](double room, std::string why) {
    if (room < 0) room = 0;
    if (!tightest || room < tightest->threads) tightest = ThreadLimit{room, std::move(why)};
  };
  const double running = in.threads_running.value_or(0);
  if (in.nproc) {
    consider(*in.nproc - in.own_threads.value_or(0),
             "the limit on processes and threads (ulimit -u " + number(*in.nproc) + ")");
  }
  if (in.threads_max) {
    consider(*in.threads_max - running,
             "kernel.threads-max (" + number(*in.threads_max) + " threads on the machine)");
  }
  if (in.max_map_count) {
    consider((*in.max_map_count - in.maps_in_use.value_or(0)) / 2,
             "vm.max_map_count (" + number(*in.max_map_count) + " mappings, two per thread)");
  }
  if (in.pids_max) {
    consider(*in.pids_max - in.pids_current.value_or(0),
             "the container's pids.max (" + number(*in.pids_max) + ")");
  }
  return tightest;
}

ThreadLimitInputs read_thread_limit_inputs() {
  ThreadLimitInputs in;
  rlimit nproc{};
  if (::geteuid() != 0 && ::getrlimit(RLIMIT_NPROC, &nproc) == 0 && nproc.rlim_cur != RLIM_INFINITY)
    in.nproc = static_cast<double>(nproc.rlim_cur);
  in.threads_max = read_number("/proc/sys/kernel/threads-max");
  in.max_map_count = read_number("/proc/sys/vm/max_map_count");
  in.maps_in_use = count_lines("/proc/self/maps");
  in.pids_max = read_number("/sys/fs/cgroup/pids.max");
  in.pids_current = read_number("/sys/fs/cgroup/pids.current");
  if (!in.pids_max) {
    in.pids_max = read_number("/sys/fs/cgroup/pids/pids.max");
    in.pids_current = read_number("/sys/fs/cgroup/pids/pids.current");
  }
  in.threads_running = threads_on_machine();
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("Threads:", 0) == 0) in.own_threads = std::stod(line.substr(8));
  }
  return in;
}

}  // namespace burgers::threads
