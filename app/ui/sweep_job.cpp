#include "ui/sweep_job.hpp"

#include <fstream>
#include <iterator>

namespace burgers::ui {

bool SweepJob::start(const std::filesystem::path& file, std::vector<scenario::Override> sets,
                     const SweepOrder& order, int jobs) {
  stop();
  error_.clear();
  sweep::SweepSpec spec;
  spec.sets = sets;
  for (const std::string& text : order.vary) {
    scenario::Diagnostic d;
    auto vary = scenario::parse_vary_option(text, d);
    if (!vary) {
      error_ = d.to_string();
      return false;
    }
    spec.vary.push_back(std::move(*vary));
  }
  spec.metrics = order.metrics;
  if (spec.metrics.empty()) spec.metrics = {"customers.mean_sojourn_s"};
  spec.replications = std::max(1, order.replications);
  spec.mode = order.threads ? sweep::SweepMode::both : sweep::SweepMode::sim;
  std::ifstream in(file, std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (!in && !in.eof()) {
    error_ = file.string() + ": cannot read file";
    return false;
  }
  sweep::PlanResult planned = sweep::plan_sweep(text, file.string(), std::move(spec));
  if (!planned.plan) {
    error_ = planned.diagnostics.empty() ? "the sweep has no points"
                                         : planned.diagnostics.front().to_string();
    return false;
  }
  file_ = file;
  sets_ = std::move(sets);
  runner_ = std::make_unique<sweep::SweepRunner>(
      std::make_shared<const sweep::SweepPlan>(std::move(*planned.plan)));
  snapshot_.reset();
  snapshot_runs_ = 0;
  runner_->start(jobs);
  return true;
}

void SweepJob::stop() {
  if (runner_ == nullptr) return;
  runner_->stop();
  runner_->wait();
}

void SweepJob::refresh() {
  if (runner_ == nullptr) return;
  const std::size_t done = runner_->completed();
  if (snapshot_ == nullptr || done != snapshot_runs_ ||
      (runner_->finished() && !snapshot_->result.complete && done == runner_->total())) {
    auto s = std::make_shared<SweepSnapshot>();
    // The runner's plan lives as long as the runner; the snapshot shares a copy of the
    // pointer so a view can keep drawing it after a new sweep starts.
    s->plan = std::shared_ptr<const sweep::SweepPlan>(runner_->plan_pointer());
    s->result = sweep::collect(*runner_);
    snapshot_ = std::move(s);
    snapshot_runs_ = done;
  }
}

std::vector<scenario::Override> SweepJob::point_overrides(int point) const {
  std::vector<scenario::Override> out = sets_;
  if (runner_ == nullptr || point < 0 ||
      static_cast<std::size_t>(point) >= runner_->plan().points.size())
    return out;
  const sweep::SweepPoint& p = runner_->plan().points[static_cast<std::size_t>(point)];
  out.insert(out.end(), p.overrides.begin(), p.overrides.end());
  out.push_back({"scenario.seed", std::to_string(p.scenario.seed)});
  return out;
}

}  // namespace burgers::ui
