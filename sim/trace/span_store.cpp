#include "trace/span_store.hpp"

#include <algorithm>
#include <new>
#include <type_traits>

namespace burgers::trace {

// Blocks are raw memory: a span is written only when it is added, so the pages of a block
// are touched (resident) only as far as spans fill it.
static_assert(std::is_trivially_copyable_v<Span> && std::is_trivially_destructible_v<Span>);

void SpanStore::Free::operator()(Span* p) const {
  ::operator delete(static_cast<void*>(p));
}

void SpanStore::add_block() {
  void* raw = source_ != nullptr ? source_->take_block() : ::operator new(kBlockBytes);
  blocks_.emplace_back(static_cast<Span*>(raw));
}

SpanStore& SpanStore::operator=(const SpanStore& other) {
  if (this == &other) return *this;
  clear();
  for (std::size_t b = 0; b * kBlockSize < other.size_; ++b) {
    add_block();
    const std::size_t n = std::min(kBlockSize, other.size_ - b * kBlockSize);
    std::copy_n(other.blocks_[b].get(), n, blocks_[b].get());
  }
  size_ = other.size_;
  return *this;
}

void SpanStore::clear() {
  blocks_.clear();
  size_ = 0;
}

void SpanStore::resize(std::size_t n) {
  while (size_ > n) --size_;
  while (size_ < n) push_back(Span{});
}

SpanStore::iterator SpanStore::insert(const_iterator at, const Span& span) {
  const std::size_t i = at.index();
  push_back(span);
  for (std::size_t k = size_ - 1; k > i; --k) (*this)[k] = (*this)[k - 1];
  (*this)[i] = span;
  return {this, i};
}

bool operator==(const SpanStore& a, const SpanStore& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const Span& x = a[i];
    const Span& y = b[i];
    if (x.start != y.start || x.end != y.end || x.agent != y.agent || x.customer != y.customer ||
        x.station != y.station || x.core != y.core || x.step != y.step || x.state != y.state)
      return false;
  }
  return true;
}

}  // namespace burgers::trace
