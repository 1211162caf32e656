#pragma once
// Recycles coroutine frames by size class so that starting a process allocates
// nothing in steady state. Per thread, no locks. Used by Process's promise.
#include <cstddef>
#include <cstdint>

namespace burgers::engine {

class FramePool {
 public:
  static void* allocate(std::size_t bytes);
  static void deallocate(void* frame, std::size_t bytes) noexcept;

  // Frames allocated minus frames freed on this thread (tests count leaks with it).
  static std::int64_t live_frames() noexcept;
  // Bytes held by those frames (rounded sizes), on this thread.
  static std::int64_t live_bytes() noexcept;
  // Blocks this thread took from the global allocator (not from its free lists): in a steady
  // state it stops growing (tests check that frames are reused).
  static std::int64_t fresh_blocks() noexcept;
  // The size a frame of `bytes` really takes from the pool.
  static constexpr std::size_t rounded(std::size_t bytes) { return (bytes + 15) / 16 * 16; }
  // Largest frame kept in a size class; bigger frames go to the global allocator.
  static constexpr std::size_t kLargest = 1024;
};

}  // namespace burgers::engine
