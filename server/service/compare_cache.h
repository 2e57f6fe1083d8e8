// CompareIndexCache: answers CompareSpeakers from an in-memory comparison index of the corpus.
//
// The index (tokenised, stemmed statements with their speakers, organizations and dates) is
// built from the Store on first use and rebuilt when the store's revision has moved, so a
// comparison never reads SQLite row by row. Readers share the current index through a
// shared_ptr; a rebuild swaps it in without blocking comparisons already running. After a
// write, the service calls Warm(): a background thread rebuilds once the writes have paused,
// so the next comparison usually finds the index ready instead of paying the rebuild (it
// still never answers from an index older than the store).
//
//   CompareIndexCache cache(store.get(), options);
//   RETURN_IF_ERROR(cache.Compare(request, &response));
//
// Thread safety: Compare() may be called concurrently. `store` is not owned and must outlive
// the cache.
#ifndef POLICY_SERVER_SERVICE_COMPARE_CACHE_H_
#define POLICY_SERVER_SERVICE_COMPARE_CACHE_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "policy/v1/compare.pb.h"
#include "server/compare/index.h"
#include "server/store/store.h"

namespace policy {

class CompareIndexCache {
 public:
  // Loads the default frame lexicon and stopwords. Errors: NOT_FOUND / INVALID_ARGUMENT for a
  // missing or malformed data file.
  static absl::StatusOr<std::unique_ptr<CompareIndexCache>> Create(Store* store);
  ~CompareIndexCache();

  // Validates the request (INVALID_ARGUMENT with what to fix), runs the comparison on the
  // index at the store's current revision, and fills `response`.
  absl::Status Compare(const v1::CompareSpeakersRequest& request,
                       v1::CompareSpeakersResponse* response);

  // Asks for a rebuild in the background once no Warm() has come for `kWarmDelay`, so a
  // stream of writes causes one rebuild, not one per write. Returns at once; errors of the
  // background rebuild are dropped (the next Compare() rebuilds and reports them).
  void Warm();
  static constexpr std::chrono::milliseconds kWarmDelay{300};

  // The store revision the current index was built at; -1 before the first build.
  int64_t IndexRevision();

 private:
  CompareIndexCache(Store* store, compare::IndexResources resources);
  void WarmLoop();
  // The index at the current store revision, rebuilding it if the corpus changed. With
  // `interruptible`, a destructor running meanwhile stops the rebuild while it reads the store
  // (CANCELLED).
  absl::StatusOr<std::shared_ptr<const compare::Index>> CurrentIndex(bool interruptible = false);

  Store* const store_;
  const compare::IndexResources resources_;
  std::mutex rebuild_mu_;  // one rebuild at a time
  std::mutex index_mu_;    // guards index_ and index_revision_
  std::shared_ptr<const compare::Index> index_;
  int64_t index_revision_ = -1;

  std::mutex warm_mu_;  // guards the three fields below
  std::condition_variable warm_cv_;
  std::optional<std::chrono::steady_clock::time_point> warm_at_;  // when to rebuild
  bool stopping_ = false;
  std::atomic<bool> stop_rebuild_{false};  // read by the store callback without warm_mu_
  std::thread warm_thread_;  // started by the first Warm(), joined by the destructor
};

}  // namespace policy

#endif  // POLICY_SERVER_SERVICE_COMPARE_CACHE_H_
