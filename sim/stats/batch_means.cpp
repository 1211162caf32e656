#include "stats/batch_means.hpp"

namespace burgers::stats {

BatchMeans::BatchMeans(int batches) : target_(batches < 2 ? 2 : batches) {
  full_.reserve(static_cast<std::size_t>(2 * target_));
}

void BatchMeans::add(Time x) {
  const uint128 value = x > 0 ? static_cast<uint128>(x) : 0;
  ++count_;
  total_ += value;
  partial_ += value;
  if (++partial_count_ < size_) return;
  full_.push_back(partial_);
  partial_ = 0;
  partial_count_ = 0;
  if (full_.size() < static_cast<std::size_t>(2 * target_)) return;
  // Merge neighbours: 2 * target batches of size m become target batches of size 2m.
  for (std::size_t i = 0; i < static_cast<std::size_t>(target_); ++i)
    full_[i] = full_[2 * i] + full_[2 * i + 1];
  full_.resize(static_cast<std::size_t>(target_));
  size_ *= 2;
}

double BatchMeans::mean() const {
  return count_ == 0 ? 0.0 : static_cast<double>(total_) / static_cast<double>(count_);
}

std::vector<double> BatchMeans::batch_means() const {
  std::vector<double> out;
  out.reserve(full_.size());
  for (const uint128 sum : full_)
    out.push_back(static_cast<double>(sum) / static_cast<double>(size_));
  return out;
}

WaitBatches::WaitBatches(int station, Time warmup, int batches)
    : waits_(batches), station_(station), warmup_(warmup) {}

trace::Interest WaitBatches::interest() const {
  return {.agents = false,
          .opens = 0,
          .closes = trace::states_where(trace::is_queued),
          .finishes = station_ < 0};
}

void WaitBatches::on_close(const trace::Track& track, Time end, trace::State) {
  if (!trace::is_queued(track.state) || track.station < 0) return;
  if (station_ >= 0) {
    if (track.station == station_ && track.since >= warmup_) waits_.add(end - track.since);
    return;
  }
  if (track.arrived >= warmup_) inside_[track.agent] += end - track.since;
}

void WaitBatches::on_finish(const trace::Track& track, Time) {
  if (station_ >= 0 || track.arrived < warmup_) return;
  const auto it = inside_.find(track.agent);
  waits_.add(it == inside_.end() ? 0 : it->second);
  if (it != inside_.end()) inside_.erase(it);
}

}  // namespace burgers::stats
