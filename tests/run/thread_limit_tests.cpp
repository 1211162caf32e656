// The operating system's limit on threads, which threads mode is checked against.
#include <catch2/catch.hpp>

#include "threads/thread_limits.hpp"

using burgers::threads::thread_limit;
using burgers::threads::ThreadLimitInputs;

TEST_CASE("the tightest of the thread limits wins, with its reason") {
  ThreadLimitInputs in;
  CHECK_FALSE(thread_limit(in));
  in.threads_max = 192'726;
  in.threads_running = 726;
  in.max_map_count = 65'530;
  in.maps_in_use = 530;
  CHECK(thread_limit(in)->threads == 32'500);
  CHECK(thread_limit(in)->why == "vm.max_map_count (65530 mappings, two per thread)");
  in.nproc = 4096;
  in.own_threads = 96;
  CHECK(thread_limit(in)->threads == 4000);
  CHECK(thread_limit(in)->why == "the limit on processes and threads (ulimit -u 4096)");
  in.pids_max = 1000;
  in.pids_current = 1200;
  CHECK(thread_limit(in)->threads == 0);
  CHECK(thread_limit(in)->why == "the container's pids.max (1000)");
}

TEST_CASE("this machine's thread limit can be read") {
  const auto limit = thread_limit(burgers::threads::read_thread_limit_inputs());
  REQUIRE(limit);
  CHECK(limit->threads > 100);
}
