#include "client/compare_format.h"

#include "client/compare_options.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/client/test_responses.h"

namespace policyctl {
namespace {

using ::testing::HasSubstr;

TEST(CompareFormatTest, SimilarityMatrixIsSymmetric) {
  SimilarityMatrix m = BuildSimilarityMatrix(test_data::TwoSubjectResponse());
  ASSERT_EQ(m.labels, (std::vector<std::string>{"Acme", "Globex"}));
  EXPECT_EQ(m.cosine[0][0], 1.0);
  EXPECT_EQ(m.cosine[0][1], 0.3125);
  EXPECT_EQ(m.cosine[1][0], 0.3125);
}

TEST(CompareFormatTest, TextReportHasEverySection) {
  const std::string text = RenderCompareText(test_data::TwoSubjectResponse());
  EXPECT_THAT(text, HasSubstr("topic grow* · 9 of 40 statements matched · corpus revision 7"));
  EXPECT_THAT(text, HasSubstr("no statements for: Initech"));
  EXPECT_THAT(text, HasSubstr("== Acme ==\n  speakers: Wang Li\n"
                              "  5 statements matched, 6 in scope, 12 in total; 120 tokens\n"));
  EXPECT_THAT(text, HasSubstr("    robots         3.50  6      6      1           1.75       "
                              "distinctive\n"));
  EXPECT_THAT(text, HasSubstr("    Technology  policy  0.60   6     60.0      grow*×6\n"));
  EXPECT_THAT(text, HasSubstr("    - \"we will [[grow]] with robots & <care>\" — Wang Li (n1 @10)\n"));
  EXPECT_THAT(text, HasSubstr("over time (matched/total): 2026-01 5/12"));
  EXPECT_THAT(text, HasSubstr("  cosine  Acme  Globex\n  ------  ----  ------\n"
                              "  Acme    1.00  0.31\n  Globex  0.31  1.00\n"));
}

TEST(CompareFormatTest, MarkdownUsesHeadingsAndTables) {
  const std::string md = RenderCompareMarkdown(test_data::TwoSubjectResponse(), 3);
  EXPECT_THAT(md, HasSubstr("### Acme\n\nSpeakers: Wang Li\n\n"));
  EXPECT_THAT(md, HasSubstr("| term | z | count | stmts | background | log-ratio | class |\n"
                            "|---|---|---|---|---|---|---|\n| robots | 3.50 |"));
  EXPECT_THAT(md, HasSubstr("- \"we will \\[\\[grow\\]\\] with robots & \\<care>\""));
  EXPECT_THAT(md, HasSubstr("### Similarity\n"));
}

TEST(CompareFormatTest, CsvIsTidy) {
  const std::string csv = RenderCompare(test_data::TwoSubjectResponse(), OutputFormat::kCsv);
  EXPECT_EQ(csv.rfind("subject,section,item,count,value,detail\n", 0), 0u);
  EXPECT_THAT(csv, HasSubstr("Acme,summary,matched_statements,5,,\n"));
  EXPECT_THAT(csv, HasSubstr("Acme,term,factory floor,4,2.2500,distinctive\n"));
  EXPECT_THAT(csv, HasSubstr("Globex,frame,Economy,5,1.0000,policy\n"));
  EXPECT_THAT(csv, HasSubstr("Acme,similarity,Globex,,0.3125,0.5000\n"));
  EXPECT_THAT(csv, HasSubstr("Acme,time,2026-01,5,12,\n"));
}

TEST(CompareFormatTest, JsonIsTheProtoJsonMapping) {
  const std::string json = RenderCompare(test_data::TwoSubjectResponse(), OutputFormat::kJson);
  EXPECT_THAT(json, HasSubstr("\"corpusRevision\": \"7\""));
  EXPECT_THAT(json, HasSubstr("\"termClass\": \"TERM_CLASS_DISTINCTIVE\""));
  EXPECT_EQ(json, RenderCompare(test_data::TwoSubjectResponse(), OutputFormat::kJson));
}

TEST(CompareOptionsTest, BuildsTheRequest) {
  CompareFlags f;
  f.topic = "innovation";
  f.by = "Organization";
  f.subjects = {"Acme", "Globex"};
  f.since = "2025-01-01";
  f.kinds = {"direct"};
  f.bucket = "quarter";
  auto r = BuildCompareRequest(f);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->group_by(), policy::v1::GROUP_BY_ORGANIZATION);
  EXPECT_EQ(r->subjects_size(), 2);
  EXPECT_EQ(r->filter().published_after(), "2025-01-01");
  EXPECT_EQ(r->filter().kinds(0), policy::v1::STATEMENT_KIND_DIRECT);
  EXPECT_EQ(r->time_bucket(), policy::v1::TIME_BUCKET_QUARTER);
}

TEST(CompareOptionsTest, RejectsBadValuesWithTheFlagName) {
  CompareFlags f;
  f.by = "company";
  EXPECT_THAT(std::string(BuildCompareRequest(f).status().message()),
              HasSubstr("--by: unknown value \"company\"; use one of speaker, organization"));
  f.by = "";
  f.since = "March 2025";
  EXPECT_THAT(std::string(BuildCompareRequest(f).status().message()), HasSubstr("YYYY-MM-DD"));
  f.since = "";
  f.lexicon_path = "/nonexistent/lexicon.txt";
  EXPECT_EQ(BuildCompareRequest(f).status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(LexiconFormatForPath("x/frames.DIC"), policy::v1::LEXICON_FORMAT_LIWC);
}

}  // namespace
}  // namespace policyctl
