#include "server/service/policy_service.h"

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "server/core/status_macros.h"
#include "server/core/utf8.h"
#include "server/service/convert.h"
#include "server/service/extraction_mapping.h"
#include "server/service/grpc_status.h"
#include "server/service/internal/paging.h"
#include "server/service/internal/wire.h"

namespace policy {

using service_internal::DecodePageToken;
using service_internal::EncodePageToken;
using service_internal::QueryFingerprint;
using service_internal::ResolvePageSize;

PolicyServiceImpl::PolicyServiceImpl(std::unique_ptr<Store> store,
                                     std::unique_ptr<Extractor> extractor,
                                     std::unique_ptr<CompareIndexCache> compare,
                                     ServiceOptions options)
    : store_(std::move(store)),
      extractor_(std::move(extractor)),
      compare_(std::move(compare)),
      options_(options) {}

namespace {

// Marks `result` rejected with `status` and logs it.
void Reject(const absl::Status& status, v1::IngestResult* result) {
  result->set_outcome(v1::INGEST_OUTCOME_REJECTED);
  result->set_error_code(std::string(StatusCodeName(status.code())));
  result->set_error_message(std::string(status.message()));
  FinishRpc(absl::StrCat("IngestArticles[", result->index(), " id=", result->id(), "]"), status);
}

void Count(const v1::IngestResult& result, v1::IngestArticlesResponse* response) {
  switch (result.outcome()) {
    case v1::INGEST_OUTCOME_CREATED: response->set_created(response->created() + 1); break;
    case v1::INGEST_OUTCOME_UPDATED: response->set_updated(response->updated() + 1); break;
    case v1::INGEST_OUTCOME_UNCHANGED: response->set_unchanged(response->unchanged() + 1); break;
    default: response->set_rejected(response->rejected() + 1); break;
  }
}

}  // namespace

std::optional<PolicyServiceImpl::PendingPut> PolicyServiceImpl::PrepareIngest(
    const grpc::ByteBuffer& message, v1::IngestResult* result) {
  absl::StatusOr<v1::Article> in = ParseLenientIngestRequest(message);
  if (!in.ok()) return Reject(in.status(), result), std::nullopt;
  result->set_id(PrintableId(ArticleIdOrDerived(*in)));
  absl::StatusOr<Article> article = ArticleFromProto(*in, options_.max_article_bytes);
  if (!article.ok()) return Reject(article.status(), result), std::nullopt;
  absl::StatusOr<Extraction> extraction = extractor_->Extract(article->text);
  if (!extraction.ok()) return Reject(extraction.status(), result), std::nullopt;
  return PendingPut{result->index(), *std::move(article), *std::move(extraction)};
}

void PolicyServiceImpl::CommitIngest(std::vector<PendingPut>& pending,
                                     v1::IngestArticlesResponse* response) {
  if (pending.empty()) return;
  std::vector<Store::PutRequest> batch;
  batch.reserve(pending.size());
  for (const PendingPut& put : pending) batch.push_back({&put.article, &put.extraction});
  std::vector<absl::StatusOr<PutOutcome>> outcomes = store_->PutArticles(batch);
  for (size_t i = 0; i < pending.size(); ++i) {
    v1::IngestResult* result = response->mutable_results(pending[i].result_index);
    if (!outcomes[i].ok()) {
      Reject(outcomes[i].status(), result);
    } else {
      result->set_statement_count(static_cast<int32_t>(pending[i].extraction.statements.size()));
      switch (*outcomes[i]) {
        case PutOutcome::kCreated: result->set_outcome(v1::INGEST_OUTCOME_CREATED); break;
        case PutOutcome::kUpdated: result->set_outcome(v1::INGEST_OUTCOME_UPDATED); break;
        case PutOutcome::kUnchanged: result->set_outcome(v1::INGEST_OUTCOME_UNCHANGED); break;
      }
    }
    Count(*result, response);
  }
  pending.clear();
}

// Reads the stream one message at a time, extracting each article as it arrives and
// committing them in groups (ServiceOptions::ingest_group_*); the response, sent after the
// last group is committed, is the acknowledgement.
class PolicyServiceImpl::IngestReactor : public grpc::ServerReadReactor<grpc::ByteBuffer> {
 public:
  IngestReactor(PolicyServiceImpl* service, grpc::ByteBuffer* response)
      : service_(service), response_(response) {
    StartRead(&message_);
  }

  void OnReadDone(bool ok) override {
    if (!ok) return FinishStream();  // the client half-closed (or went away)
    v1::IngestResult* result = answer_.add_results();
    result->set_index(answer_.results_size() - 1);
    std::optional<PendingPut> put = service_->PrepareIngest(message_, result);
    if (put.has_value()) {
      pending_bytes_ += put->article.text.size();
      pending_.push_back(*std::move(put));
    } else {
      Count(*result, &answer_);
    }
    const ServiceOptions& options = service_->options_;
    if (pending_.size() >= static_cast<size_t>(std::max(1, options.ingest_group_articles)) ||
        pending_bytes_ >= options.ingest_group_bytes) {
      service_->CommitIngest(pending_, &answer_);
      pending_bytes_ = 0;
    }
    message_.Clear();
    StartRead(&message_);
  }

  void OnDone() override { delete this; }

 private:
  void FinishStream() {
    service_->CommitIngest(pending_, &answer_);
    if (answer_.created() + answer_.updated() > 0) service_->compare_->Warm();
    absl::StatusOr<int64_t> revision = service_->store_->GetRevision();
    if (!revision.ok()) return Finish(FinishRpc("IngestArticles", revision.status()));
    answer_.set_corpus_revision(*revision);
    Finish(FinishRpc("IngestArticles", SerializeToByteBuffer(answer_, response_)));
  }

  PolicyServiceImpl* const service_;
  grpc::ByteBuffer* const response_;
  grpc::ByteBuffer message_;
  v1::IngestArticlesResponse answer_;
  std::vector<PendingPut> pending_;
  size_t pending_bytes_ = 0;
};

grpc::ServerReadReactor<grpc::ByteBuffer>* PolicyServiceImpl::IngestArticles(
    grpc::CallbackServerContext*, grpc::ByteBuffer* response) {
  return new IngestReactor(this, response);
}

absl::Status PolicyServiceImpl::Analyze(const grpc::ByteBuffer& request,
                                        v1::AnalyzeArticlesResponse* response) {
  ASSIGN_OR_RETURN(std::vector<v1::Article> articles, ParseLenientAnalyzeRequest(request));
  if (articles.empty()) {
    return absl::InvalidArgumentError("articles is empty; send at least one article");
  }
  if (articles.size() > static_cast<size_t>(options_.max_analyze_articles)) {
    return absl::InvalidArgumentError(
        absl::StrCat("AnalyzeArticles takes at most ", options_.max_analyze_articles,
                     " articles per call; got ", articles.size(), " (send batches)"));
  }
  for (const v1::Article& in : articles) {
    v1::AnalyzedArticle* out = response->add_articles();
    out->set_id(PrintableId(in.id()));
    absl::Status status = absl::OkStatus();
    if (in.text().size() > options_.max_article_bytes) {
      status = absl::InvalidArgumentError(
          absl::StrCat("article text is ", in.text().size(), " bytes; the limit is ",
                       options_.max_article_bytes, " (policyd --max-article-bytes)"));
    }
    absl::StatusOr<Extraction> extraction =
        status.ok() ? extractor_->Extract(in.text()) : absl::StatusOr<Extraction>(status);
    if (!extraction.ok()) {
      out->set_error_code(std::string(StatusCodeName(extraction.status().code())));
      out->set_error_message(std::string(extraction.status().message()));
      continue;
    }
    ExtractionToProto(*extraction, in.text(), out);
  }
  return absl::OkStatus();
}

grpc::ServerUnaryReactor* PolicyServiceImpl::AnalyzeArticles(grpc::CallbackServerContext* context,
                                                             const grpc::ByteBuffer* request,
                                                             grpc::ByteBuffer* response) {
  v1::AnalyzeArticlesResponse answer;
  absl::Status status = Analyze(*request, &answer);
  if (status.ok()) status = SerializeToByteBuffer(answer, response);
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  reactor->Finish(FinishRpc("AnalyzeArticles", status));
  return reactor;
}

grpc::Status PolicyServiceImpl::GetArticle(grpc::ServerContext*,
                                           const v1::GetArticleRequest* request,
                                           v1::Article* response) {
  absl::StatusOr<std::string> id = ArticleIdFromName(request->name());
  if (!id.ok()) return FinishRpc("GetArticle", id.status());
  bool with_text = request->view() != v1::ARTICLE_VIEW_BASIC;
  absl::StatusOr<ArticleRecord> record = store_->GetArticle(*id, with_text);
  if (!record.ok()) return FinishRpc("GetArticle", record.status());
  ToProto(*record, response);
  return grpc::Status::OK;
}

grpc::Status PolicyServiceImpl::ListArticles(grpc::ServerContext*,
                                             const v1::ListArticlesRequest* request,
                                             v1::ListArticlesResponse* response) {
  auto run = [&]() -> absl::Status {
    ListArticlesOptions options;
    ASSIGN_OR_RETURN(options.page_size, ResolvePageSize(request->page_size()));
    options.with_text = request->view() == v1::ARTICLE_VIEW_FULL;
    options.source = request->source();
    std::string fingerprint =
        QueryFingerprint(absl::StrCat("articles\n", request->view(), "\n", request->source()));
    ASSIGN_OR_RETURN(options.after, DecodePageToken(request->page_token(), fingerprint));
    ASSIGN_OR_RETURN(Page<ArticleRecord> page, store_->ListArticles(options));
    for (const ArticleRecord& record : page.items) ToProto(record, response->add_articles());
    response->set_next_page_token(EncodePageToken(page.next, fingerprint));
    response->set_total_size(page.total_size);
    return absl::OkStatus();
  };
  return FinishRpc("ListArticles", run());
}

grpc::Status PolicyServiceImpl::DeleteArticle(grpc::ServerContext*,
                                              const v1::DeleteArticleRequest* request,
                                              v1::DeleteArticleResponse* response) {
  auto run = [&]() -> absl::Status {
    ASSIGN_OR_RETURN(std::string id, ArticleIdFromName(request->name()));
    ASSIGN_OR_RETURN(int64_t deleted, store_->DeleteArticle(id));
    compare_->Warm();
    ASSIGN_OR_RETURN(int64_t revision, store_->GetRevision());
    response->set_deleted_statements(deleted);
    response->set_corpus_revision(revision);
    return absl::OkStatus();
  };
  return FinishRpc("DeleteArticle", run());
}

grpc::Status PolicyServiceImpl::ListSpeakers(grpc::ServerContext*,
                                             const v1::ListSpeakersRequest* request,
                                             v1::ListSpeakersResponse* response) {
  auto run = [&]() -> absl::Status {
    ListSpeakersOptions options;
    ASSIGN_OR_RETURN(options.page_size, ResolvePageSize(request->page_size()));
    options.organization = request->organization();
    options.query = request->query();
    options.named_only = request->named_only();
    std::string fingerprint =
        QueryFingerprint(absl::StrCat("speakers\n", request->organization(), "\n",
                                      request->query(), "\n", request->named_only()));
    ASSIGN_OR_RETURN(options.after, DecodePageToken(request->page_token(), fingerprint));
    ASSIGN_OR_RETURN(Page<SpeakerRecord> page, store_->ListSpeakers(options));
    for (const SpeakerRecord& record : page.items) ToProto(record, response->add_speakers());
    response->set_next_page_token(EncodePageToken(page.next, fingerprint));
    response->set_total_size(page.total_size);
    return absl::OkStatus();
  };
  return FinishRpc("ListSpeakers", run());
}

grpc::Status PolicyServiceImpl::GetSpeaker(grpc::ServerContext*,
                                           const v1::GetSpeakerRequest* request,
                                           v1::Speaker* response) {
  auto run = [&]() -> absl::Status {
    ASSIGN_OR_RETURN(std::string id, SpeakerIdFromName(request->name()));
    ASSIGN_OR_RETURN(SpeakerRecord record, store_->GetSpeaker(id));
    ToProto(record, response);
    return absl::OkStatus();
  };
  return FinishRpc("GetSpeaker", run());
}

grpc::Status PolicyServiceImpl::UpdateSpeaker(grpc::ServerContext*,
                                              const v1::UpdateSpeakerRequest* request,
                                              v1::Speaker* response) {
  auto run = [&]() -> absl::Status {
    ASSIGN_OR_RETURN(std::string id, SpeakerIdFromName(request->name()));
    std::string display_name(absl::StripAsciiWhitespace(request->display_name()));
    if (display_name.empty()) {
      return absl::InvalidArgumentError("display_name is required: the speaker's new name");
    }
    RETURN_IF_ERROR(ValidateUtf8(display_name));
    ASSIGN_OR_RETURN(SpeakerRecord record, store_->RenameSpeaker(id, display_name));
    compare_->Warm();
    ToProto(record, response);
    return absl::OkStatus();
  };
  return FinishRpc("UpdateSpeaker", run());
}

grpc::Status PolicyServiceImpl::MergeSpeakers(grpc::ServerContext*,
                                              const v1::MergeSpeakersRequest* request,
                                              v1::Speaker* response) {
  auto run = [&]() -> absl::Status {
    ASSIGN_OR_RETURN(std::string target, SpeakerIdFromName(request->target()));
    if (request->sources_size() == 0) {
      return absl::InvalidArgumentError("sources is empty; name the speakers to merge in");
    }
    std::vector<std::string> sources;
    for (const std::string& name : request->sources()) {
      ASSIGN_OR_RETURN(std::string id, SpeakerIdFromName(name));
      if (id == target) {
        return absl::FailedPreconditionError(
            absl::StrCat("cannot merge speaker \"", id, "\" into itself; remove it from sources"));
      }
      sources.push_back(std::move(id));
    }
    ASSIGN_OR_RETURN(SpeakerRecord record, store_->MergeSpeakers(target, sources));
    compare_->Warm();
    ToProto(record, response);
    return absl::OkStatus();
  };
  return FinishRpc("MergeSpeakers", run());
}

grpc::Status PolicyServiceImpl::SplitSpeaker(grpc::ServerContext*,
                                             const v1::SplitSpeakerRequest* request,
                                             v1::Speaker* response) {
  auto run = [&]() -> absl::Status {
    SplitSpeakerOptions options;
    ASSIGN_OR_RETURN(options.speaker_id, SpeakerIdFromName(request->name()));
    if (request->articles_size() == 0) {
      return absl::InvalidArgumentError(
          "articles is empty; name the articles whose statements go to the new speaker");
    }
    for (const std::string& article : request->articles()) {
      ASSIGN_OR_RETURN(std::string id, ArticleIdFromName(article));
      options.article_ids.push_back(std::move(id));
    }
    RETURN_IF_ERROR(ValidateUtf8(request->display_name()));
    options.display_name = request->display_name();
    for (const std::string& organization : request->organizations()) {
      RETURN_IF_ERROR(ValidateUtf8(organization));
      options.organizations.push_back(organization);
    }
    ASSIGN_OR_RETURN(SpeakerRecord record, store_->SplitSpeaker(options));
    compare_->Warm();
    ToProto(record, response);
    return absl::OkStatus();
  };
  return FinishRpc("SplitSpeaker", run());
}

absl::Status PolicyServiceImpl::SearchStatementsImpl(const v1::SearchStatementsRequest& request,
                                                     v1::SearchStatementsResponse* response) {
  SearchStatementsOptions options;
  ASSIGN_OR_RETURN(options.page_size, ResolvePageSize(request.page_size()));
  RETURN_IF_ERROR(ValidateUtf8(request.query()));
  options.query = request.query();
  if (!request.speaker().empty()) {
    if (absl::StartsWith(request.speaker(), "speakers/")) {
      ASSIGN_OR_RETURN(options.speaker_id, SpeakerIdFromName(request.speaker()));
      RETURN_IF_ERROR(store_->GetSpeaker(options.speaker_id).status());
    } else {
      ASSIGN_OR_RETURN(options.speaker_id, store_->FindSpeakerId(request.speaker()));
    }
  }
  options.organization = request.organization();
  if (!request.article().empty()) {
    ASSIGN_OR_RETURN(options.article_id, ArticleIdFromName(request.article()));
  }
  std::vector<std::string> kind_names;
  for (int kind : request.kinds()) {
    ASSIGN_OR_RETURN(StatementKind k, StatementKindFromProto(kind));
    options.kinds.push_back(k);
    kind_names.push_back(std::string(StatementKindName(k)));
  }
  std::string fingerprint = QueryFingerprint(absl::StrCat(
      "statements\n", request.query(), "\n", options.speaker_id, "\n", options.organization, "\n",
      options.article_id, "\n", absl::StrJoin(kind_names, ",")));
  ASSIGN_OR_RETURN(options.after, DecodePageToken(request.page_token(), fingerprint));
  ASSIGN_OR_RETURN(Page<StatementRecord> page, store_->SearchStatements(options));
  for (const StatementRecord& record : page.items) ToProto(record, response->add_statements());
  response->set_next_page_token(EncodePageToken(page.next, fingerprint));
  response->set_total_size(page.total_size);
  return absl::OkStatus();
}

grpc::Status PolicyServiceImpl::SearchStatements(grpc::ServerContext*,
                                                 const v1::SearchStatementsRequest* request,
                                                 v1::SearchStatementsResponse* response) {
  return FinishRpc("SearchStatements", SearchStatementsImpl(*request, response));
}

grpc::Status PolicyServiceImpl::CompareSpeakers(grpc::ServerContext*,
                                                const v1::CompareSpeakersRequest* request,
                                                v1::CompareSpeakersResponse* response) {
  return FinishRpc("CompareSpeakers", compare_->Compare(*request, response));
}

grpc::Status PolicyServiceImpl::GetCorpusInfo(grpc::ServerContext*,
                                              const v1::GetCorpusInfoRequest*,
                                              v1::CorpusInfo* response) {
  absl::StatusOr<CorpusCounts> counts = store_->GetCounts();
  if (!counts.ok()) return FinishRpc("GetCorpusInfo", counts.status());
  response->set_article_count(counts->articles);
  response->set_statement_count(counts->statements);
  response->set_speaker_count(counts->speakers);
  response->set_organization_count(counts->organizations);
  response->set_revision(counts->revision);
  response->set_schema_version(counts->schema_version);
  response->set_server_version(POLICY_VERSION);
  response->set_store("sqlite");
  return grpc::Status::OK;
}

}  // namespace policy
