#include "client/diff.h"

#include "client/report/spec.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/client/test_responses.h"

namespace policyctl {
namespace {

using ::testing::HasSubstr;

policy::v1::Report ReportOf(policy::v1::CompareSpeakersResponse response, int64_t revision) {
  policy::v1::ReportSpec spec;
  spec.set_title("Growth watch");
  auto* section = spec.add_sections();
  section->set_title("Growth");
  section->mutable_compare()->set_topic("grow*");
  return AssembleReport(spec, {std::move(response)}, revision, "0.1.0");
}

std::vector<std::string> Describe(const policy::v1::ReportDiff& diff) {
  std::vector<std::string> out;
  for (const auto& c : diff.changes()) {
    out.push_back(absl::StrCat(c.drift() ? "! " : "  ", c.subject(), ": ", c.description()));
  }
  return out;
}

TEST(DiffTest, IdenticalReportsHaveNoChangesAndExitZero) {
  const auto report = ReportOf(test_data::TwoSubjectResponse(), 7);
  const auto diff = DiffReports(report, report, {});
  EXPECT_EQ(diff.changes_size(), 0);
  EXPECT_EQ(diff.drift_count(), 0);
  EXPECT_EQ(DiffExitCode(diff), kExitOk);
  EXPECT_THAT(RenderDiff(diff, OutputFormat::kTable), HasSubstr("no drift"));
  EXPECT_THAT(RenderDiff(diff, OutputFormat::kTable), HasSubstr("no changes"));
}

TEST(DiffTest, ListsEveryKindOfChange) {
  auto before = test_data::TwoSubjectResponse();
  auto after = test_data::TwoSubjectResponse();
  auto* acme = after.mutable_subjects(0);
  acme->set_matched_statements(8);                    // +3 statements (not drift by default)
  acme->mutable_terms(0)->set_z_score(5.0);           // robots 3.5 -> 5.0 (> 1.0)
  acme->mutable_terms(1)->set_z_score(2.5);           // factory floor 2.25 -> 2.5 (tolerated)
  test_data::AddTerm(acme, "automation", 2.1, 3);      // enters the top-k
  acme->mutable_frames(0)->set_share(0.5);            // Technology 0.6 -> 0.5 (> 0.05)
  acme->mutable_frames(1)->set_share(0.42);           // Economy 0.4 -> 0.42 (tolerated)
  after.mutable_subjects()->DeleteSubrange(1, 1);     // Globex vanished
  auto* initech = after.add_subjects();               // Initech appeared
  initech->set_label("Initech");
  initech->set_key("initech");
  initech->set_matched_statements(2);
  after.clear_similarity();
  auto* pair = after.add_similarity();
  pair->set_a("Acme");
  pair->set_b("Initech");
  pair->set_cosine(0.9);
  after.set_matched_statements(12);

  const auto diff = DiffReports(ReportOf(before, 7), ReportOf(after, 9), {});
  EXPECT_THAT(Describe(diff),
              ::testing::ElementsAre(
                  "  : matched statements 9 -> 12 (of 40 -> 40 considered)",
                  "  Acme: matched statements 5 -> 8 (+3)",
                  "! Acme: \"automation\" entered the top 10 (z 2.10)",
                  "! Acme: z of \"robots\" rose 3.50 -> 5.00",
                  "! Acme: share of frame \"Technology\" 0.60 -> 0.50",
                  "! Initech: subject appeared with 2 matched statements",
                  "! Globex: subject vanished"));
  EXPECT_EQ(diff.drift_count(), 5);
  EXPECT_EQ(DiffExitCode(diff), kExitDrift);
  EXPECT_EQ(diff.old_corpus_revision(), 7);
  EXPECT_EQ(diff.new_corpus_revision(), 9);
}

TEST(DiffTest, TermsLeavingTopKAndSimilarityShifts) {
  auto before = test_data::TwoSubjectResponse();
  auto after = test_data::TwoSubjectResponse();
  after.mutable_subjects(1)->mutable_terms()->DeleteSubrange(0, 1);  // Globex loses "exports"
  after.mutable_similarity(0)->set_cosine(0.5);                       // 0.3125 -> 0.5
  const auto diff = DiffReports(ReportOf(before, 1), ReportOf(after, 2), {});
  EXPECT_THAT(Describe(diff), ::testing::ElementsAre(
                                  "! Globex: \"exports\" left the top 10 (z was 2.80)",
                                  "! Acme: similarity with Globex 0.31 -> 0.50"));
}

TEST(DiffTest, InsignificantTermsStayOutOfTheTopKUnlessAsked) {
  auto before = test_data::TwoSubjectResponse();
  auto after = test_data::TwoSubjectResponse();
  after.mutable_subjects(1)->mutable_terms()->DeleteSubrange(1, 1);  // Globex drops "growth" (z 0.4)
  EXPECT_EQ(DiffReports(ReportOf(before, 1), ReportOf(after, 2), {}).drift_count(), 0);
  policy::v1::DiffThresholds every_term;
  every_term.set_top_k_min_z(-1000);
  EXPECT_THAT(Describe(DiffReports(ReportOf(before, 1), ReportOf(after, 2), every_term)),
              ::testing::ElementsAre("! Globex: \"growth\" left the top 10 (z was 0.40)"));
}

TEST(DiffTest, ThresholdsFromReportAndFlags) {
  auto before = test_data::TwoSubjectResponse();
  auto after = test_data::TwoSubjectResponse();
  after.mutable_subjects(0)->mutable_terms(0)->set_z_score(4.0);  // +0.5
  after.mutable_subjects(0)->set_matched_statements(6);           // +1
  auto old_report = ReportOf(before, 1);
  auto new_report = ReportOf(after, 2);
  // Defaults: 0.5 is within z 1.0; statements are informational only.
  EXPECT_EQ(DiffReports(old_report, new_report, {}).drift_count(), 0);
  // The spec's thresholds travel in the report.
  new_report.mutable_thresholds()->set_z_score(0.25);
  EXPECT_EQ(DiffReports(old_report, new_report, {}).drift_count(), 1);
  // Flags override the report.
  policy::v1::DiffThresholds flags;
  flags.set_z_score(2.0);
  flags.set_matched_statements(0);
  const auto diff = DiffReports(old_report, new_report, flags);
  EXPECT_THAT(Describe(diff), ::testing::ElementsAre("! Acme: matched statements 5 -> 6 (+1)"));
  EXPECT_EQ(diff.thresholds().z_score(), 2.0);
  EXPECT_EQ(diff.thresholds().top_k(), kDefaultTopK);
  // Swapping the first two terms changes the top-1 but not the top-2.
  auto swapped = test_data::TwoSubjectResponse();
  swapped.mutable_subjects(0)->mutable_terms()->SwapElements(0, 1);
  policy::v1::DiffThresholds top1;
  top1.set_top_k(1);
  EXPECT_EQ(DiffReports(ReportOf(before, 1), ReportOf(swapped, 1), top1).drift_count(), 2);
  policy::v1::DiffThresholds top2;
  top2.set_top_k(2);
  EXPECT_EQ(DiffReports(ReportOf(before, 1), ReportOf(swapped, 1), top2).drift_count(), 0);
}

TEST(DiffTest, SectionsAddedAndRemoved) {
  auto old_report = ReportOf(test_data::TwoSubjectResponse(), 1);
  auto new_report = old_report;
  new_report.mutable_sections(0)->set_title("Renamed");
  const auto diff = DiffReports(old_report, new_report, {});
  EXPECT_THAT(Describe(diff), ::testing::ElementsAre("! : section added",
                                                     "! : section removed"));
}

TEST(DiffTest, RenderingsInEveryFormat) {
  auto after = test_data::TwoSubjectResponse();
  after.mutable_subjects(0)->mutable_terms(0)->set_z_score(5.0);
  const auto diff = DiffReports(ReportOf(test_data::TwoSubjectResponse(), 7),
                                ReportOf(after, 8), {});
  const std::string table = RenderDiff(diff, OutputFormat::kTable);
  EXPECT_EQ(table.rfind("DRIFT: 1 change beyond the thresholds (corpus revision 7 -> 8; top-k 10 "
                        "with z >= 1.96, z ±1.00, frame share ±0.05, similarity ±0.05)\n", 0), 0u)
      << table;
  EXPECT_THAT(table, HasSubstr("!      Growth   Acme     z-score  z of \"robots\" rose 3.50 -> 5.00"));
  EXPECT_THAT(RenderDiff(diff, OutputFormat::kMarkdown),
              HasSubstr("| ! | Growth | Acme | z-score | z of \"robots\" rose 3.50 -> 5.00 |"));
  EXPECT_EQ(RenderDiff(diff, OutputFormat::kCsv),
            "drift,section,subject,change,detail\n"
            "!,Growth,Acme,z-score,\"z of \"\"robots\"\" rose 3.50 -> 5.00\"\n");
  const std::string json = RenderDiff(diff, OutputFormat::kJson);
  EXPECT_THAT(json, HasSubstr("\"kind\": \"DIFF_CHANGE_KIND_Z_SCORE_CHANGED\""));
  EXPECT_THAT(json, HasSubstr("\"driftCount\": 1"));
}

}  // namespace
}  // namespace policyctl
