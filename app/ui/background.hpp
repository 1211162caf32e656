#pragma once
// The dashboard's background work (the run, its statistics read aside, memory blocks made
// ahead) gives way to the window thread: the calling thread gets a niceness of 5 (Linux
// sets it per thread), so that on a busy machine the window keeps its 60 frames a second.
#if defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace burgers::ui {

inline void yield_to_the_window() {
#if defined(__linux__)
  setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 5);
#endif
}

}  // namespace burgers::ui
