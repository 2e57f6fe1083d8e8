// policy.v1 CompareSpeakers <-> compare library: defaults, validation messages, conversion,
// and byte-identical responses for identical requests.
#include "server/service/compare_mapping.h"

#include <string>

#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "gtest/gtest.h"
#include "tests/compare/test_util.h"

namespace policy {
namespace {

std::string ErrorOf(const v1::CompareSpeakersRequest& request) {
  absl::StatusOr<compare::CompareRequest> converted = CompareRequestFromProto(request);
  EXPECT_FALSE(converted.ok());
  EXPECT_EQ(converted.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(converted.status().message());
}

std::string DeterministicBytes(const v1::CompareSpeakersResponse& response) {
  std::string bytes;
  google::protobuf::io::StringOutputStream stream(&bytes);
  google::protobuf::io::CodedOutputStream coded(&stream);
  coded.SetSerializationDeterministic(true);
  response.SerializeToCodedStream(&coded);
  coded.Trim();
  return bytes;
}

TEST(CompareMappingTest, DefaultsApply) {
  v1::CompareSpeakersRequest request;
  absl::StatusOr<compare::CompareRequest> converted = CompareRequestFromProto(request);
  ASSERT_TRUE(converted.ok()) << converted.status();
  EXPECT_TRUE(converted->topic.empty());
  EXPECT_EQ(converted->group_by, compare::GroupBy::kSpeaker);
  EXPECT_EQ(converted->scope, compare::TopicScope::kPassage);
  EXPECT_EQ(converted->background, compare::Background::kOtherSubjects);
  EXPECT_EQ(converted->time_bucket, compare::TimeBucket::kNone);
  EXPECT_EQ(converted->top_subjects, 5);
  EXPECT_EQ(converted->max_terms, 10);
  EXPECT_EQ(converted->min_count, 2);
  EXPECT_EQ(converted->max_evidence, 3);
  EXPECT_FALSE(converted->unigrams_only);
  EXPECT_EQ(converted->lexicon, nullptr);
}

TEST(CompareMappingTest, FieldsConvert) {
  v1::CompareSpeakersRequest request;
  request.set_topic("innov* OR data");
  request.set_group_by(v1::GROUP_BY_ORGANIZATION);
  request.add_subjects(" Haier ");
  request.set_scope(v1::TOPIC_SCOPE_ARTICLE);
  request.set_background(v1::BACKGROUND_CORPUS);
  request.set_time_bucket(v1::TIME_BUCKET_YEAR);
  request.set_unigrams_only(true);
  request.mutable_filter()->add_kinds(v1::STATEMENT_KIND_MIXED);
  request.mutable_filter()->add_outlets("China Daily");
  request.set_frame_lexicon("{\"frames\": [{\"name\": \"Tech\", \"terms\": [\"ai\"]}]}");
  request.set_frame_lexicon_format(v1::LEXICON_FORMAT_JSON);
  absl::StatusOr<compare::CompareRequest> converted = CompareRequestFromProto(request);
  ASSERT_TRUE(converted.ok()) << converted.status();
  EXPECT_EQ(converted->topic.Canonical(), "(OR innov* data)");
  EXPECT_EQ(converted->group_by, compare::GroupBy::kOrganization);
  EXPECT_EQ(converted->subjects, std::vector<std::string>{"Haier"});
  EXPECT_EQ(converted->scope, compare::TopicScope::kArticle);
  EXPECT_EQ(converted->background, compare::Background::kCorpus);
  EXPECT_EQ(converted->time_bucket, compare::TimeBucket::kYear);
  EXPECT_TRUE(converted->unigrams_only);
  EXPECT_EQ(converted->kinds, std::vector<StatementKind>{StatementKind::kMixed});
  ASSERT_NE(converted->lexicon, nullptr);
  EXPECT_EQ(converted->lexicon->frames()[0].name, "Tech");
}

TEST(CompareMappingTest, ValidationMessagesSayWhatToFix) {
  v1::CompareSpeakersRequest request;
  request.set_topic("(innovation");
  EXPECT_EQ(ErrorOf(request),
            "topic query: '(' at column 1 is never closed; found the end of the query at column 12");

  request.Clear();
  request.set_group_by(static_cast<v1::GroupBy>(42));
  EXPECT_EQ(ErrorOf(request), "group_by: unknown value 42");

  request.Clear();
  request.add_subjects("Haier");
  request.add_subjects("  ");
  EXPECT_EQ(ErrorOf(request), "subjects[1] is empty; give a name or alias, or leave subjects out");

  request.Clear();
  request.set_max_terms(-1);
  EXPECT_EQ(ErrorOf(request), "max_terms must not be negative, got -1 (0 = default 10)");

  request.Clear();
  request.mutable_filter()->add_kinds(v1::STATEMENT_KIND_UNSPECIFIED);
  EXPECT_EQ(ErrorOf(request), "filter.kinds[0]: must be DIRECT, INDIRECT or MIXED, got 0");

  request.Clear();
  request.set_frame_lexicon("[Tech]\nai\n");
  EXPECT_EQ(ErrorOf(request),
            "frame_lexicon_format is required when frame_lexicon is set: TEXT, JSON or LIWC");

  request.Clear();
  request.set_frame_lexicon_format(v1::LEXICON_FORMAT_TEXT);
  EXPECT_EQ(ErrorOf(request),
            "frame_lexicon_format is set but frame_lexicon is empty; pass the lexicon's text");

  request.set_frame_lexicon("ai\n");
  EXPECT_EQ(ErrorOf(request),
            "frame_lexicon: line 1: entry 'ai' comes before any [Frame name] header");
}

TEST(CompareMappingTest, IdenticalRequestsGiveIdenticalBytes) {
  v1::CompareSpeakersRequest request;
  request.set_topic("innovation");
  request.set_group_by(v1::GROUP_BY_ORGANIZATION);
  for (const char* subject : {"Haier", "JD", "Gree", "TCL", "Nobody"}) request.add_subjects(subject);
  request.set_time_bucket(v1::TIME_BUCKET_MONTH);

  std::string bytes[2];
  for (std::string& out : bytes) {
    // A fresh index each time: nothing may depend on hash-map order or addresses.
    std::shared_ptr<const compare::Index> index =
        compare::testing::BuildIndex(compare::testing::SampleStatements());
    ASSERT_NE(index, nullptr);
    absl::StatusOr<compare::CompareRequest> converted = CompareRequestFromProto(request);
    ASSERT_TRUE(converted.ok()) << converted.status();
    absl::StatusOr<compare::CompareResult> result = compare::Compare(*index, *converted);
    ASSERT_TRUE(result.ok()) << result.status();
    v1::CompareSpeakersResponse response;
    CompareResultToProto(*result, &response);
    EXPECT_EQ(response.subjects_size(), 4);
    EXPECT_EQ(response.unmatched_subjects(0), "Nobody");
    EXPECT_EQ(response.similarity_size(), 6);
    EXPECT_EQ(response.parsed_topic(), "innovation");
    EXPECT_EQ(response.corpus_revision(), 1);
    EXPECT_EQ(response.server_version(), POLICY_VERSION);
    ASSERT_GT(response.subjects(0).terms_size(), 0);
    ASSERT_GT(response.subjects(0).terms(0).evidence_size(), 0);
    EXPECT_TRUE(response.subjects(0).terms(0).evidence(0).statement().starts_with(
        "articles/sample/statements/"));
    EXPECT_EQ(response.subjects(0).time_buckets(0).bucket(), "2025-03");
    out = DeterministicBytes(response);
  }
  EXPECT_FALSE(bytes[0].empty());
  EXPECT_EQ(bytes[0], bytes[1]);
}

}  // namespace
}  // namespace policy
