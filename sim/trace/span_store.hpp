#pragma once
// SpanStore: a run's spans in blocks that never move, so a trace of millions of spans grows
// without copies and without the unused half a doubling vector keeps (at most one block is
// partly empty). It has the part of std::vector's interface that traces are used with.
// Include through trace/trace.hpp.
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <new>
#include <type_traits>
#include <vector>

#include "trace/span.hpp"

namespace burgers::trace {

class SpanStore {
 public:
  static constexpr std::size_t kBlockBits = 16;  // 65,536 spans (2 MiB) a block
  static constexpr std::size_t kBlockSize = std::size_t{1} << kBlockBits;
  static constexpr std::size_t kBlockBytes = kBlockSize * sizeof(Span);

  // Where a store's blocks come from instead of being allocated as needed: a source may
  // have touched their pages in advance on another thread, so that the kernel's zeroing of
  // fresh memory is not done on the thread that records. A block is kBlockBytes of raw
  // memory from ::operator new (the store frees it with ::operator delete).
  class BlockSource {
   public:
    virtual ~BlockSource() = default;
    virtual void* take_block() = 0;  // never null (throws std::bad_alloc)
  };

  template <bool Const>
  class Iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = Span;
    using difference_type = std::ptrdiff_t;
    using pointer = std::conditional_t<Const, const Span*, Span*>;
    using reference = std::conditional_t<Const, const Span&, Span&>;
    using Store = std::conditional_t<Const, const SpanStore, SpanStore>;

    Iterator() = default;
    Iterator(Store* store, std::size_t i) : store_(store), i_(i) {}
    operator Iterator<true>() const { return {store_, i_}; }  // NOLINT: as vector's

    reference operator*() const { return (*store_)[i_]; }
    pointer operator->() const { return &(*store_)[i_]; }
    reference operator[](difference_type n) const {
      return (*store_)[static_cast<std::size_t>(static_cast<difference_type>(i_) + n)];
    }
    Iterator& operator++() {
      ++i_;
      return *this;
    }
    Iterator operator++(int) {
      Iterator old = *this;
      ++i_;
      return old;
    }
    Iterator& operator--() {
      --i_;
      return *this;
    }
    Iterator operator--(int) {
      Iterator old = *this;
      --i_;
      return old;
    }
    Iterator& operator+=(difference_type n) {
      i_ = static_cast<std::size_t>(static_cast<difference_type>(i_) + n);
      return *this;
    }
    Iterator& operator-=(difference_type n) { return *this += -n; }
    friend Iterator operator+(Iterator it, difference_type n) { return it += n; }
    friend Iterator operator+(difference_type n, Iterator it) { return it += n; }
    friend Iterator operator-(Iterator it, difference_type n) { return it -= n; }
    friend difference_type operator-(const Iterator& a, const Iterator& b) {
      return static_cast<difference_type>(a.i_) - static_cast<difference_type>(b.i_);
    }
    friend bool operator==(const Iterator& a, const Iterator& b) { return a.i_ == b.i_; }
    friend auto operator<=>(const Iterator& a, const Iterator& b) { return a.i_ <=> b.i_; }
    std::size_t index() const { return i_; }

   private:
    Store* store_ = nullptr;
    std::size_t i_ = 0;
  };
  using iterator = Iterator<false>;
  using const_iterator = Iterator<true>;
  using value_type = Span;
  using size_type = std::size_t;

  SpanStore() = default;
  SpanStore(std::initializer_list<Span> spans) { assign(spans.begin(), spans.end()); }
  SpanStore(const SpanStore& other) { *this = other; }
  SpanStore(SpanStore&&) noexcept = default;
  SpanStore& operator=(const SpanStore& other);  // keeps this store's block source
  SpanStore& operator=(SpanStore&&) noexcept = default;
  ~SpanStore() = default;

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Span& operator[](std::size_t i) { return blocks_[i >> kBlockBits][i & (kBlockSize - 1)]; }
  const Span& operator[](std::size_t i) const {
    return blocks_[i >> kBlockBits][i & (kBlockSize - 1)];
  }
  Span& front() { return (*this)[0]; }
  const Span& front() const { return (*this)[0]; }
  Span& back() { return (*this)[size_ - 1]; }
  const Span& back() const { return (*this)[size_ - 1]; }
  iterator begin() { return {this, 0}; }
  iterator end() { return {this, size_}; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

  void push_back(const Span& span) {
    if ((size_ & (kBlockSize - 1)) == 0 && (size_ >> kBlockBits) == blocks_.size()) add_block();
    new (&(*this)[size_++]) Span(span);
  }
  Span& emplace_back(const Span& span) {
    push_back(span);
    return back();
  }
  void clear();
  // Blocks from now on come from `source` (null: allocated as needed), which must outlive
  // the store. A copy of the store allocates its own.
  void set_block_source(BlockSource* source) { source_ = source; }
  // Keeps room for the block table only: blocks are added as spans come.
  void reserve(std::size_t spans) { blocks_.reserve((spans + kBlockSize - 1) >> kBlockBits); }
  void resize(std::size_t n);
  template <typename It>
  void assign(It first, It last) {
    clear();
    for (; first != last; ++first) push_back(*first);
  }
  // Inserts before `at`, moving the later spans up by one (for tests and small traces).
  iterator insert(const_iterator at, const Span& span);

  friend bool operator==(const SpanStore& a, const SpanStore& b);

 private:
  struct Free {
    void operator()(Span* p) const;
  };
  void add_block();

  std::vector<std::unique_ptr<Span[], Free>> blocks_;
  std::size_t size_ = 0;
  BlockSource* source_ = nullptr;
};

}  // namespace burgers::trace
