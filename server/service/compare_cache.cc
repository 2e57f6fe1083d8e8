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

CompareIndexCache::~CompareIndexCache() = default;

absl::StatusOr<std::shared_ptr<const compare::Index>> CompareIndexCache::CurrentIndex() {
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
    return true;
  }));
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
