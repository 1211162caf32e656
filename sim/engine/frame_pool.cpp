#include "engine/frame_pool.hpp"

#include <array>
#include <new>

namespace burgers::engine {

namespace {

struct FreeBlock {
  FreeBlock* next;
};

// Each block is its own allocation, so a frame freed on another thread than the
// one that made it simply joins that thread's cache.
struct ThreadCache {
  std::array<FreeBlock*, FramePool::kLargest / 16 + 1> heads{};
  std::int64_t live = 0;
  std::int64_t bytes = 0;
  std::int64_t fresh = 0;

  ~ThreadCache() {
    for (FreeBlock*& head : heads) {
      while (head != nullptr) {
        FreeBlock* next = head->next;
        ::operator delete(head);
        head = next;
      }
    }
  }
};

thread_local ThreadCache cache;

}  // namespace

void* FramePool::allocate(std::size_t bytes) {
  ++cache.live;
  const std::size_t size = rounded(bytes);
  cache.bytes += static_cast<std::int64_t>(size);
  if (size <= kLargest) {
    FreeBlock*& head = cache.heads[size / 16];
    if (head != nullptr) {
      FreeBlock* block = head;
      head = block->next;
      return block;
    }
  }
  ++cache.fresh;
  return ::operator new(size);
}

void FramePool::deallocate(void* frame, std::size_t bytes) noexcept {
  --cache.live;
  const std::size_t size = rounded(bytes);
  cache.bytes -= static_cast<std::int64_t>(size);
  if (size > kLargest) {
    ::operator delete(frame);
    return;
  }
  auto* block = static_cast<FreeBlock*>(frame);
  block->next = cache.heads[size / 16];
  cache.heads[size / 16] = block;
}

std::int64_t FramePool::live_frames() noexcept {
  return cache.live;
}
std::int64_t FramePool::live_bytes() noexcept {
  return cache.bytes;
}
std::int64_t FramePool::fresh_blocks() noexcept {
  return cache.fresh;
}

}  // namespace burgers::engine
