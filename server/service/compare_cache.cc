#include "server/service/compare_cache.h"

#include <utility>
#include <vector>

#include "server/compare/compare.h"
#include "server/core/status_macros.h"
#include "server/service/compare_mapping.h"

namespace policy {

absl::StatusOr<std::unique_ptr<CompareIndexCache>> CompareIndexCache::Create(Store* store) {
  ASSIGN_OR_RETURN(compare::IndexResources resources, compare::IndexResources::LoadDefault());
  return std::unique_ptr<CompareIndexCache>(new CompareIndexCache(store, std::move(resources)));
}

CompareIndexCache::CompareIndexCache(Store* store, compare::IndexResources resources)
    : store_(store), resources_(std::move(resources)) {}

CompareIndexCache::~CompareIndexCache() {
  {
    std::lock_guard<std::mutex> lock(warm_mu_);
    stopping_ = true;
  }
  stop_rebuild_ = true;
  warm_cv_.notify_all();
  if (warm_thread_.joinable()) warm_thread_.join();  // waits for a rebuild in progress
}

void CompareIndexCache::Warm() {
  std::lock_guard<std::mutex> lock(warm_mu_);
  if (stopping_) return;
  warm_at_ = std::chrono::steady_clock::now() + kWarmDelay;
  if (!warm_thread_.joinable()) warm_thread_ = std::thread([this] { WarmLoop(); });
  warm_cv_.notify_all();
}

void CompareIndexCache::WarmLoop() {
  std::unique_lock<std::mutex> lock(warm_mu_);
  while (!stopping_) {
    if (!warm_at_.has_value()) {
      warm_cv_.wait(lock);
      continue;
    }
    // Writes still coming: wait until they pause (each Warm() moves warm_at_ later).
    if (std::chrono::steady_clock::now() < *warm_at_) {
      warm_cv_.wait_until(lock, *warm_at_);
      continue;
    }
    warm_at_.reset();
    lock.unlock();
    CurrentIndex(/*interruptible=*/true).IgnoreError();  // resurfaces in the next Compare()
    lock.lock();
  }
}

int64_t CompareIndexCache::IndexRevision() {
  std::lock_guard<std::mutex> lock(index_mu_);
  return index_ != nullptr ? index_revision_ : -1;
}

absl::StatusOr<std::shared_ptr<const compare::Index>> CompareIndexCache::CurrentIndex(
    bool interruptible) {
  ASSIGN_OR_RETURN(int64_t revision, store_->GetRevision());
  {
    std::lock_guard<std::mutex> lock(index_mu_);
    if (index_ != nullptr && index_revision_ == revision) return index_;
  }
  // One rebuild at a time; whoever waited here may find the work already done.
  std::lock_guard<std::mutex> rebuild_lock(rebuild_mu_);
  {
    std::lock_guard<std::mutex> lock(index_mu_);
    if (index_ != nullptr && index_revision_ >= revision) return index_;
  }
  // The revision is read before the snapshot, so a write racing with the rebuild makes the
  // index newer than its label: the next call sees a higher revision and rebuilds again.
  std::vector<StatementRecord> statements;
  RETURN_IF_ERROR(store_->ForEachStatement([&](const StatementRecord& record) {
    statements.push_back(record);
    return !(interruptible && stop_rebuild_);  // shutting down: stop reading
  }));
  if (interruptible && stop_rebuild_) {
    return absl::CancelledError("comparison index rebuild stopped: the server is shutting down");
  }
  ASSIGN_OR_RETURN(std::shared_ptr<const compare::Index> index,
                   compare::Index::Build(std::move(statements), revision, resources_));
  std::lock_guard<std::mutex> lock(index_mu_);
  index_ = index;
  index_revision_ = revision;
  return index;
}

absl::Status CompareIndexCache::Compare(const v1::CompareSpeakersRequest& request,
                                        v1::CompareSpeakersResponse* response) {
  // Validate before touching the corpus: a malformed request never triggers a rebuild.
  ASSIGN_OR_RETURN(compare::CompareRequest domain_request, CompareRequestFromProto(request));
  ASSIGN_OR_RETURN(std::shared_ptr<const compare::Index> index, CurrentIndex());
  ASSIGN_OR_RETURN(compare::CompareResult result, compare::Compare(*index, domain_request));
  CompareResultToProto(result, response);
  return absl::OkStatus();
}

}  // namespace policy
