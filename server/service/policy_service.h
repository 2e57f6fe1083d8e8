// PolicyServiceImpl: the gRPC handlers of policy.v1.PolicyService.
//
// Handlers are thin: they validate and translate requests (convert.h), call the Store,
// Extractor and comparison engine, and translate the answers back. Errors flow as
// absl::Status and become gRPC status in one place (grpc_status.h).
//
//   auto service = std::make_unique<PolicyServiceImpl>(std::move(store), std::move(extractor),
//                                                      ServiceOptions{});
//   grpc::ServerBuilder builder;
//   builder.RegisterService(service.get());
//
// Thread safety: all handlers may run concurrently (gRPC's sync server thread pool); the
// Store and Extractor are thread safe, and the comparison index is swapped atomically.
#ifndef POLICY_SERVER_SERVICE_POLICY_SERVICE_H_
#define POLICY_SERVER_SERVICE_POLICY_SERVICE_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "grpcpp/support/byte_buffer.h"
#include "policy/v1/policy_service.grpc.pb.h"
#include "server/service/compare_cache.h"
#include "server/extract/extractor.h"
#include "server/store/store.h"

namespace policy {

struct ServiceOptions {
  // Articles with more text than this are rejected with INVALID_ARGUMENT.
  size_t max_article_bytes = 8 << 20;
  // AnalyzeArticles accepts at most this many articles per call.
  int max_analyze_articles = 1000;
  // IngestArticles commits the articles of a stream in groups (one transaction and one sync
  // to disk per group) of at most this many articles or this much text; every group is
  // committed before the response, which is the acknowledgement. 1 commits one by one.
  int ingest_group_articles = 64;
  size_t ingest_group_bytes = 8 << 20;
};

// IngestArticles and AnalyzeArticles take their requests as raw bytes (see
// proto/policy/internal/lenient_wire.proto): proto3 would refuse a whole message for one
// article's invalid UTF-8, and one bad article must never cost the others.
using PolicyServiceBase = v1::PolicyService::WithRawCallbackMethod_IngestArticles<
    v1::PolicyService::WithRawCallbackMethod_AnalyzeArticles<v1::PolicyService::Service>>;

class PolicyServiceImpl final : public PolicyServiceBase {
 public:
  // Takes ownership of the store, the extractor and the comparison engine.
  PolicyServiceImpl(std::unique_ptr<Store> store, std::unique_ptr<Extractor> extractor,
                    std::unique_ptr<CompareIndexCache> compare, ServiceOptions options);

  CompareIndexCache& CompareCacheForTesting() { return *compare_; }

  // Request stream: policy.v1.IngestArticlesRequest; response: IngestArticlesResponse.
  grpc::ServerReadReactor<grpc::ByteBuffer>* IngestArticles(
      grpc::CallbackServerContext* context, grpc::ByteBuffer* response) override;
  // Request: policy.v1.AnalyzeArticlesRequest; response: AnalyzeArticlesResponse.
  grpc::ServerUnaryReactor* AnalyzeArticles(grpc::CallbackServerContext* context,
                                            const grpc::ByteBuffer* request,
                                            grpc::ByteBuffer* response) override;
  grpc::Status GetArticle(grpc::ServerContext* context, const v1::GetArticleRequest* request,
                          v1::Article* response) override;
  grpc::Status ListArticles(grpc::ServerContext* context, const v1::ListArticlesRequest* request,
                            v1::ListArticlesResponse* response) override;
  grpc::Status DeleteArticle(grpc::ServerContext* context,
                             const v1::DeleteArticleRequest* request,
                             v1::DeleteArticleResponse* response) override;
  grpc::Status ListSpeakers(grpc::ServerContext* context, const v1::ListSpeakersRequest* request,
                            v1::ListSpeakersResponse* response) override;
  grpc::Status GetSpeaker(grpc::ServerContext* context, const v1::GetSpeakerRequest* request,
                          v1::Speaker* response) override;
  grpc::Status UpdateSpeaker(grpc::ServerContext* context,
                             const v1::UpdateSpeakerRequest* request,
                             v1::Speaker* response) override;
  grpc::Status SplitSpeaker(grpc::ServerContext* context, const v1::SplitSpeakerRequest* request,
                            v1::Speaker* response) override;
  grpc::Status MergeSpeakers(grpc::ServerContext* context,
                             const v1::MergeSpeakersRequest* request,
                             v1::Speaker* response) override;
  grpc::Status SearchStatements(grpc::ServerContext* context,
                                const v1::SearchStatementsRequest* request,
                                v1::SearchStatementsResponse* response) override;
  grpc::Status CompareSpeakers(grpc::ServerContext* context,
                               const v1::CompareSpeakersRequest* request,
                               v1::CompareSpeakersResponse* response) override;
  grpc::Status GetCorpusInfo(grpc::ServerContext* context,
                             const v1::GetCorpusInfoRequest* request,
                             v1::CorpusInfo* response) override;

 private:
  class IngestReactor;

  // An article of an ingest stream, validated and extracted, waiting for its group commit.
  struct PendingPut {
    int result_index;
    Article article;
    Extraction extraction;
  };
  // One message of an ingest stream (serialized IngestArticlesRequest): parses, validates and
  // extracts it. Returns the article to store, or nullopt after filling `result` with the
  // rejection; never fails the stream.
  std::optional<PendingPut> PrepareIngest(const grpc::ByteBuffer& message,
                                          v1::IngestResult* result);
  // Stores `pending` with one group commit and fills their results in `response`.
  void CommitIngest(std::vector<PendingPut>& pending, v1::IngestArticlesResponse* response);
  absl::Status Analyze(const grpc::ByteBuffer& request, v1::AnalyzeArticlesResponse* response);
  absl::Status SearchStatementsImpl(const v1::SearchStatementsRequest& request,
                                    v1::SearchStatementsResponse* response);

  const std::unique_ptr<Store> store_;
  const std::unique_ptr<Extractor> extractor_;
  const std::unique_ptr<CompareIndexCache> compare_;
  const ServiceOptions options_;
};

}  // namespace policy

#endif  // POLICY_SERVER_SERVICE_POLICY_SERVICE_H_
