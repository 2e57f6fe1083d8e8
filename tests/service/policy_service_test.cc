// Tests of the gRPC layer through a real in-process server and client stub, with the real
// SQLite store (a temporary file), extractor and comparison engine: validation, status codes,
// paging, batch ingest semantics.
#include "server/service/policy_service.h"

#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <chrono>
#include <map>
#include <string>
#include <thread>

#include "grpcpp/create_channel.h"
#include "grpcpp/server.h"
#include "grpcpp/server_builder.h"
#include "gtest/gtest.h"
#include "server/service/compare_cache.h"

namespace policy {
namespace {

constexpr size_t kTestMaxArticleBytes = 4096;

class PolicyServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char dir_template[] = "/tmp/policy_service_test_XXXXXX";
    ASSERT_NE(mkdtemp(dir_template), nullptr);
    dir_ = dir_template;
    auto store = OpenSqliteStore(dir_ + "/test.db");
    ASSERT_TRUE(store.ok()) << store.status();
    auto extractor = Extractor::Create(ExtractorOptions::Default());
    ASSERT_TRUE(extractor.ok()) << extractor.status();
    auto compare = CompareIndexCache::Create(store->get());
    ASSERT_TRUE(compare.ok()) << compare.status();
    ServiceOptions options;
    options.max_article_bytes = kTestMaxArticleBytes;
    // Small groups, so that every ingest test crosses group commits.
    options.ingest_group_articles = 2;
    service_ = std::make_unique<PolicyServiceImpl>(*std::move(store), *std::move(extractor),
                                                   *std::move(compare), options);
    grpc::ServerBuilder builder;
    int port = 0;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
    builder.RegisterService(service_.get());
    server_ = builder.BuildAndStart();
    ASSERT_NE(server_, nullptr);
    ASSERT_GT(port, 0);
    stub_ = v1::PolicyService::NewStub(grpc::CreateChannel(
        "127.0.0.1:" + std::to_string(port), grpc::InsecureChannelCredentials()));
  }

  void TearDown() override {
    if (server_) server_->Shutdown();
    std::string command = "rm -rf '" + dir_ + "'";
    [[maybe_unused]] int rc = std::system(command.c_str());
  }

  static v1::Article MakeArticle(const std::string& id, const std::string& text) {
    v1::Article article;
    article.set_id(id);
    article.set_text(text);
    article.set_source("Test Wire");
    article.set_published("2025-03-06");
    return article;
  }

  v1::IngestArticlesResponse Ingest(const std::vector<v1::Article>& articles) {
    grpc::ClientContext context;
    v1::IngestArticlesResponse response;
    auto writer = stub_->IngestArticles(&context, &response);
    for (const auto& article : articles) {
      v1::IngestArticlesRequest request;
      *request.mutable_article() = article;
      EXPECT_TRUE(writer->Write(request));
    }
    writer->WritesDone();
    grpc::Status status = writer->Finish();
    EXPECT_TRUE(status.ok()) << status.error_message();
    return response;
  }

  // GetArticle by resource name; the status says whether `article` was filled.
  grpc::Status GetArticle(const std::string& name, v1::Article* article) {
    grpc::ClientContext context;
    v1::GetArticleRequest request;
    request.set_name(name);
    return stub_->GetArticle(&context, request, article);
  }

  std::string dir_;
  std::unique_ptr<PolicyServiceImpl> service_;
  std::unique_ptr<grpc::Server> server_;
  std::unique_ptr<v1::PolicyService::Stub> stub_;
};

const char kArticleA[] =
    "\"We will double our research budget,\" said Maria Lopez, chief executive of Acme "
    "Robotics.\n\nLopez said the company would hire 200 engineers next year.\n";
const char kArticleB[] =
    "Tom Baker, a spokesman for the city council, said the bridge would reopen in May.\n";

TEST_F(PolicyServiceTest, BatchWithOneBadArticleStoresTheOthers) {
  std::string bad_utf8 = "Valid start \xC3\x28 then invalid bytes.";
  auto response = Ingest({MakeArticle("a", kArticleA), MakeArticle("bad", bad_utf8),
                          MakeArticle("b", kArticleB), MakeArticle("empty", "")});
  ASSERT_EQ(response.results_size(), 4);
  EXPECT_EQ(response.created(), 2);
  EXPECT_EQ(response.rejected(), 2);
  EXPECT_EQ(response.results(0).outcome(), v1::INGEST_OUTCOME_CREATED);
  EXPECT_GT(response.results(0).statement_count(), 0);
  EXPECT_EQ(response.results(1).id(), "bad");
  EXPECT_EQ(response.results(1).outcome(), v1::INGEST_OUTCOME_REJECTED);
  EXPECT_EQ(response.results(1).error_code(), "INVALID_ARGUMENT");
  EXPECT_NE(response.results(1).error_message().find("UTF-8 at byte 12"), std::string::npos)
      << response.results(1).error_message();
  EXPECT_EQ(response.results(2).outcome(), v1::INGEST_OUTCOME_CREATED);
  EXPECT_EQ(response.results(3).error_code(), "INVALID_ARGUMENT");
  EXPECT_NE(response.results(3).error_message().find("empty"), std::string::npos);

  v1::Article article;
  ASSERT_TRUE(GetArticle("articles/b", &article).ok());
  EXPECT_EQ(article.text(), kArticleB);
  EXPECT_EQ(article.published(), "2025-03-06");
}

TEST_F(PolicyServiceTest, StreamAcrossGroupCommitsKeepsOrderAndOutcomes) {
  // Groups of two: [a, b] [a again, a changed] [c] with the bad article rejected before its
  // group, and the last group committed when the stream ends.
  auto response = Ingest({MakeArticle("a", kArticleA), MakeArticle("b", kArticleB),
                          MakeArticle("a", kArticleA), MakeArticle("a", kArticleB),
                          MakeArticle("bad", ""), MakeArticle("c", kArticleA)});
  ASSERT_EQ(response.results_size(), 6);
  const v1::IngestOutcome expected[] = {
      v1::INGEST_OUTCOME_CREATED, v1::INGEST_OUTCOME_CREATED, v1::INGEST_OUTCOME_UNCHANGED,
      v1::INGEST_OUTCOME_UPDATED, v1::INGEST_OUTCOME_REJECTED, v1::INGEST_OUTCOME_CREATED};
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(response.results(i).index(), i);
    EXPECT_EQ(response.results(i).outcome(), expected[i]) << "result " << i;
  }
  EXPECT_EQ(response.results(3).id(), "a");
  EXPECT_GT(response.results(5).statement_count(), 0);
  EXPECT_EQ(response.created(), 3);
  EXPECT_EQ(response.unchanged(), 1);
  EXPECT_EQ(response.updated(), 1);
  EXPECT_EQ(response.rejected(), 1);
  EXPECT_EQ(response.corpus_revision(), 4);  // three creations and one update

  v1::Article article;
  ASSERT_TRUE(GetArticle("articles/a", &article).ok());
  EXPECT_EQ(article.text(), kArticleB);
}

TEST_F(PolicyServiceTest, OversizeArticleAndBadIdAndBadDateAreRejected) {
  auto response = Ingest({MakeArticle("big", std::string(kTestMaxArticleBytes + 1, 'x')),
                          MakeArticle("has/slash", kArticleB), [] {
                            v1::Article a = MakeArticle("dated", kArticleB);
                            a.set_published("March 6");
                            return a;
                          }()});
  ASSERT_EQ(response.results_size(), 3);
  EXPECT_EQ(response.rejected(), 3);
  EXPECT_NE(response.results(0).error_message().find("--max-article-bytes"), std::string::npos);
  EXPECT_NE(response.results(1).error_message().find("'/'"), std::string::npos);
  EXPECT_NE(response.results(2).error_message().find("YYYY-MM-DD"), std::string::npos);
}

TEST_F(PolicyServiceTest, ReingestIsIdempotentAndUpdateReplaces) {
  auto first = Ingest({MakeArticle("a", kArticleA)});
  auto again = Ingest({MakeArticle("a", kArticleA)});
  EXPECT_EQ(again.unchanged(), 1);
  EXPECT_EQ(again.corpus_revision(), first.corpus_revision());
  auto changed = Ingest({MakeArticle("a", kArticleB)});
  EXPECT_EQ(changed.updated(), 1);
  EXPECT_GT(changed.corpus_revision(), first.corpus_revision());

  grpc::ClientContext context;
  v1::CorpusInfo info;
  ASSERT_TRUE(stub_->GetCorpusInfo(&context, v1::GetCorpusInfoRequest(), &info).ok());
  EXPECT_EQ(info.article_count(), 1);
  EXPECT_EQ(info.revision(), changed.corpus_revision());
}

TEST_F(PolicyServiceTest, ArticleWithoutIdGetsContentHashId) {
  auto response = Ingest({MakeArticle("", kArticleB)});
  ASSERT_EQ(response.created(), 1);
  EXPECT_EQ(response.results(0).id().rfind("h-", 0), 0u);
  EXPECT_EQ(response.results(0).id().size(), 18u);
  EXPECT_EQ(Ingest({MakeArticle("", kArticleB)}).unchanged(), 1);
}

TEST_F(PolicyServiceTest, UnknownAndMalformedNames) {
  v1::Article article;
  EXPECT_EQ(GetArticle("articles/nope", &article).error_code(), grpc::NOT_FOUND);
  EXPECT_EQ(GetArticle("speakers/x/y", &article).error_code(), grpc::INVALID_ARGUMENT);
  {
    grpc::ClientContext context;
    v1::DeleteArticleRequest request;
    request.set_name("articles/nope");
    v1::DeleteArticleResponse response;
    EXPECT_EQ(stub_->DeleteArticle(&context, request, &response).error_code(), grpc::NOT_FOUND);
  }
  {
    grpc::ClientContext context;
    v1::GetSpeakerRequest request;
    request.set_name("speakers/nobody");
    v1::Speaker speaker;
    EXPECT_EQ(stub_->GetSpeaker(&context, request, &speaker).error_code(), grpc::NOT_FOUND);
  }
}

TEST_F(PolicyServiceTest, PagingCoversEveryArticleOnceAndRejectsForeignTokens) {
  std::vector<v1::Article> articles;
  for (int i = 0; i < 7; ++i) {
    articles.push_back(MakeArticle("p" + std::to_string(i),
                                   "Officials said the plan number " + std::to_string(i) +
                                       " would pass.\n"));
  }
  Ingest(articles);
  std::vector<std::string> seen;
  std::string token;
  do {
    grpc::ClientContext context;
    v1::ListArticlesRequest request;
    request.set_page_size(3);
    request.set_page_token(token);
    v1::ListArticlesResponse response;
    ASSERT_TRUE(stub_->ListArticles(&context, request, &response).ok());
    EXPECT_EQ(response.total_size(), 7);
    for (const auto& a : response.articles()) {
      seen.push_back(a.id());
      EXPECT_TRUE(a.text().empty()) << "BASIC view must not carry text";
    }
    token = response.next_page_token();
    if (!token.empty()) {
      // The same token under another query is refused.
      grpc::ClientContext other_context;
      v1::ListArticlesRequest other;
      other.set_page_token(token);
      other.set_source("Another Outlet");
      v1::ListArticlesResponse other_response;
      grpc::Status status = stub_->ListArticles(&other_context, other, &other_response);
      EXPECT_EQ(status.error_code(), grpc::INVALID_ARGUMENT);
      EXPECT_NE(status.error_message().find("different query"), std::string::npos);
    }
  } while (!token.empty());
  EXPECT_EQ(seen, (std::vector<std::string>{"p0", "p1", "p2", "p3", "p4", "p5", "p6"}));

  grpc::ClientContext garbage_context;
  v1::ListArticlesRequest garbage;
  garbage.set_page_token("!!not-a-token!!");
  v1::ListArticlesResponse garbage_response;
  EXPECT_EQ(stub_->ListArticles(&garbage_context, garbage, &garbage_response).error_code(),
            grpc::INVALID_ARGUMENT);
}

TEST_F(PolicyServiceTest, ListSpeakersMarksDescriptionsAndCanLeaveThemOut) {
  Ingest({MakeArticle("d1", "Officials said the ferry would run late. Ann Ray said the port "
                            "would stay open.")});
  auto list = [this](bool named_only) {
    grpc::ClientContext context;
    v1::ListSpeakersRequest request;
    request.set_named_only(named_only);
    v1::ListSpeakersResponse response;
    EXPECT_TRUE(stub_->ListSpeakers(&context, request, &response).ok());
    std::map<std::string, std::string> article_by_name;
    for (const auto& s : response.speakers()) {
      article_by_name[s.display_name()] = s.description_article();
    }
    return article_by_name;
  };
  EXPECT_EQ(list(false), (std::map<std::string, std::string>{{"Ann Ray", ""},
                                                             {"Officials", "articles/d1"}}));
  EXPECT_EQ(list(true), (std::map<std::string, std::string>{{"Ann Ray", ""}}));
}

TEST_F(PolicyServiceTest, SplitSpeakerMovesOneArticlesStatements) {
  Ingest({MakeArticle("s1", "Tom Lee said the ferry would run late."),
          MakeArticle("s2", "Tom Lee said the library would close early.")});
  auto split = [this](std::vector<std::string> articles, v1::Speaker* speaker) {
    grpc::ClientContext context;
    v1::SplitSpeakerRequest request;
    request.set_name("speakers/tom-lee");
    for (const std::string& a : articles) request.add_articles(a);
    request.add_organizations("City Library");
    return stub_->SplitSpeaker(&context, request, speaker);
  };
  v1::Speaker speaker;
  EXPECT_EQ(split({}, &speaker).error_code(), grpc::INVALID_ARGUMENT);
  EXPECT_EQ(split({"articles/none"}, &speaker).error_code(), grpc::NOT_FOUND);
  EXPECT_EQ(split({"s1", "s2"}, &speaker).error_code(), grpc::FAILED_PRECONDITION);
  grpc::Status status = split({"articles/s2"}, &speaker);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(speaker.name(), "speakers/tom-lee-2");
  EXPECT_EQ(speaker.display_name(), "Tom Lee");
  EXPECT_EQ(speaker.statement_count(), 1);
}

TEST_F(PolicyServiceTest, NegativePageSizeIsInvalid) {
  grpc::ClientContext context;
  v1::ListSpeakersRequest request;
  request.set_page_size(-1);
  v1::ListSpeakersResponse response;
  grpc::Status status = stub_->ListSpeakers(&context, request, &response);
  EXPECT_EQ(status.error_code(), grpc::INVALID_ARGUMENT);
  EXPECT_NE(status.error_message().find("page_size"), std::string::npos);
}

TEST_F(PolicyServiceTest, AnalyzeReturnsByteSpansAndPerArticleErrors) {
  v1::AnalyzeArticlesRequest request;
  *request.add_articles() = MakeArticle("a", kArticleA);
  *request.add_articles() = MakeArticle("bad", "bad \xFF byte");
  grpc::ClientContext context;
  v1::AnalyzeArticlesResponse response;
  ASSERT_TRUE(stub_->AnalyzeArticles(&context, request, &response).ok());
  ASSERT_EQ(response.articles_size(), 2);
  const auto& a = response.articles(0);
  ASSERT_GE(a.statements_size(), 2);
  std::string text = kArticleA;
  for (const auto& statement : a.statements()) {
    const auto& span = statement.content_span();
    ASSERT_LE(span.end(), static_cast<int64_t>(text.size()));
    EXPECT_EQ(statement.content(), text.substr(span.begin(), span.end() - span.begin()));
  }
  EXPECT_EQ(a.statements(0).speaker().display_name(), "Maria Lopez");
  EXPECT_EQ(a.statements(0).kind(), v1::STATEMENT_KIND_DIRECT);
  EXPECT_EQ(response.articles(1).error_code(), "INVALID_ARGUMENT");

  grpc::ClientContext empty_context;
  v1::AnalyzeArticlesResponse empty_response;
  EXPECT_EQ(stub_->AnalyzeArticles(&empty_context, v1::AnalyzeArticlesRequest(), &empty_response)
                .error_code(),
            grpc::INVALID_ARGUMENT);
}

TEST_F(PolicyServiceTest, SpeakersMergeIntoItselfIsFailedPrecondition) {
  grpc::ClientContext context;
  v1::MergeSpeakersRequest request;
  request.set_target("speakers/a");
  request.add_sources("speakers/a");
  v1::Speaker speaker;
  EXPECT_EQ(stub_->MergeSpeakers(&context, request, &speaker).error_code(),
            grpc::FAILED_PRECONDITION);
}

TEST_F(PolicyServiceTest, IngestWarmsTheComparisonIndexInTheBackground) {
  EXPECT_EQ(service_->CompareCacheForTesting().IndexRevision(), -1);
  auto response = Ingest({MakeArticle("a", kArticleA), MakeArticle("b", kArticleB)});
  ASSERT_EQ(response.created(), 2);
  // No comparison was asked for, yet the index reaches the new revision on its own.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (service_->CompareCacheForTesting().IndexRevision() != response.corpus_revision() &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(service_->CompareCacheForTesting().IndexRevision(), response.corpus_revision());
}

TEST_F(PolicyServiceTest, CompareRejectsMalformedTopic) {
  Ingest({MakeArticle("a", kArticleA), MakeArticle("b", kArticleB)});
  grpc::ClientContext context;
  v1::CompareSpeakersRequest request;
  request.set_topic("(research AND");
  v1::CompareSpeakersResponse response;
  grpc::Status status = stub_->CompareSpeakers(&context, request, &response);
  EXPECT_EQ(status.error_code(), grpc::INVALID_ARGUMENT);
}

TEST_F(PolicyServiceTest, CompareAnswersFromTheCurrentCorpus) {
  Ingest({MakeArticle("a", kArticleA)});
  v1::CompareSpeakersRequest request;
  request.set_topic("research");
  {
    grpc::ClientContext context;
    v1::CompareSpeakersResponse response;
    ASSERT_TRUE(stub_->CompareSpeakers(&context, request, &response).ok());
    EXPECT_EQ(response.matched_statements(), 1);
  }
  // A write moves the revision; the next comparison sees the new article.
  auto more = Ingest({MakeArticle("c", "\"Research matters,\" said Tom Baker.\n")});
  grpc::ClientContext context;
  v1::CompareSpeakersResponse response;
  ASSERT_TRUE(stub_->CompareSpeakers(&context, request, &response).ok());
  EXPECT_EQ(response.corpus_revision(), more.corpus_revision());
  EXPECT_EQ(response.matched_statements(), 2);
}

}  // namespace
}  // namespace policy
