#include <filesystem>
#include <fstream>

#include "client/cli_common.h"
#include "client/report/html.h"
#include "client/report/internal/yaml_to_json.h"
#include "client/report/markdown.h"
#include "client/report/spec.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/client/test_responses.h"

namespace policyctl {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

namespace fs = std::filesystem;

constexpr char kYamlSpec[] = R"(# A weekly report.
title: Growth watch
thresholds:
  z_score: 1.5
  top_k: 5
sections:
  - title: Growth by company
    compare:
      topic: "grow*"
      groupBy: GROUP_BY_ORGANIZATION
      subjects: [Acme, Globex]
      maxTerms: 20
  - title: 'Exports: who talks'
    compare: {topic: exports, minCount: 1}
)";

constexpr char kJsonSpec[] = R"({"title": "Growth watch",
  "thresholds": {"zScore": 1.5, "topK": 5},
  "sections": [
    {"title": "Growth by company",
     "compare": {"topic": "grow*", "groupBy": "GROUP_BY_ORGANIZATION",
                 "subjects": ["Acme", "Globex"], "maxTerms": 20}},
    {"title": "Exports: who talks", "compare": {"topic": "exports", "minCount": 1}}]})";

policy::v1::Report SampleReport() {
  auto spec = ParseReportSpec(kJsonSpec, "spec.json");
  EXPECT_TRUE(spec.ok()) << spec.status();
  return AssembleReport(*spec,
                        {test_data::TwoSubjectResponse(), test_data::TwoSubjectResponse()}, 7,
                        "0.1.0");
}

TEST(ReportSpecTest, YamlAndJsonGiveTheSameSpecAndHash) {
  ASSERT_TRUE(internal::YamlSupported()) << "built without libyaml";
  auto from_yaml = ParseReportSpec(kYamlSpec, "spec.yaml");
  auto from_json = ParseReportSpec(kJsonSpec, "spec.json");
  ASSERT_TRUE(from_yaml.ok()) << from_yaml.status();
  ASSERT_TRUE(from_json.ok()) << from_json.status();
  EXPECT_EQ(ToJsonLine(*from_yaml), ToJsonLine(*from_json));
  EXPECT_EQ(ReportSpecHash(*from_yaml), ReportSpecHash(*from_json));
  EXPECT_EQ(ReportSpecHash(*from_yaml).size(), 16u);
  EXPECT_EQ(from_yaml->sections(0).compare().group_by(), policy::v1::GROUP_BY_ORGANIZATION);
  EXPECT_EQ(from_yaml->sections(0).compare().max_terms(), 20);
  EXPECT_EQ(from_yaml->thresholds().z_score(), 1.5);
  EXPECT_TRUE(ValidateReportSpec(*from_yaml, "spec.yaml").ok());
}

TEST(ReportSpecTest, ParseErrorsSayWhatAndWhere) {
  // A misspelt field is an error, not a silent default.
  auto typo = ParseReportSpec(R"({"sections": [{"title": "A", "compare": {"topc": "x"}}]})",
                              "typo.json");
  EXPECT_EQ(typo.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(typo.status().message()), HasSubstr("typo.json"));
  EXPECT_THAT(std::string(typo.status().message()), HasSubstr("topc"));
  // An unknown enum name.
  auto bad_enum = ParseReportSpec("sections:\n  - title: A\n    compare: {groupBy: COMPANY}\n",
                                  "enum.yaml");
  EXPECT_EQ(bad_enum.status().code(), absl::StatusCode::kInvalidArgument);
  // Malformed YAML reports the line.
  auto broken = ParseReportSpec("title: x\nsections:\n  - title: [unclosed\n", "broken.yaml");
  EXPECT_EQ(broken.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(broken.status().message()), HasSubstr("broken.yaml: YAML line"));
  // Aliases are refused.
  auto alias = ParseReportSpec("a: &x 1\nb: *x\n", "alias.yaml");
  EXPECT_THAT(std::string(alias.status().message()), HasSubstr("not supported"));
}

TEST(ReportSpecTest, ValidationCatchesMissingAndDuplicateTitles) {
  auto empty = ParseReportSpec("{}", "empty.json");
  ASSERT_TRUE(empty.ok());
  EXPECT_THAT(std::string(ValidateReportSpec(*empty, "empty.json").message()),
              HasSubstr("no sections"));
  auto dup = ParseReportSpec(R"({"sections": [{"title": "A"}, {"title": "A"}]})", "dup.json");
  ASSERT_TRUE(dup.ok());
  EXPECT_THAT(std::string(ValidateReportSpec(*dup, "dup.json").message()),
              HasSubstr("section 2: title \"A\" is used twice"));
  auto untitled = ParseReportSpec(R"({"sections": [{"compare": {"topic": "x"}}]})", "u.json");
  ASSERT_TRUE(untitled.ok());
  EXPECT_THAT(std::string(ValidateReportSpec(*untitled, "u.json").message()),
              HasSubstr("section 1 has no title"));
  auto lexicon = ParseReportSpec(
      R"({"sections": [{"title": "A", "compare": {"frameLexicon": "[F]\nx\n"}}]})", "l.json");
  ASSERT_TRUE(lexicon.ok());
  EXPECT_THAT(std::string(ValidateReportSpec(*lexicon, "l.json").message()),
              HasSubstr("frameLexiconFormat"));
  auto negative = ParseReportSpec(
      R"({"sections": [{"title": "A"}], "thresholds": {"zScore": -1}})", "n.json");
  ASSERT_TRUE(negative.ok());
  EXPECT_FALSE(ValidateReportSpec(*negative, "n.json").ok());
}

TEST(ReportSpecTest, LoadInlinesLexiconFilesRelativeToTheSpec) {
  const fs::path dir = fs::temp_directory_path() / ("policyctl_spec_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "frames.txt") << "[Growth]\ngrow*\n";
  std::ofstream(dir / "spec.yaml")
      << "sections:\n  - title: A\n    compare: {topic: grow}\n    frame_lexicon_file: frames.txt\n";
  auto spec = LoadReportSpec((dir / "spec.yaml").string());
  ASSERT_TRUE(spec.ok()) << spec.status();
  EXPECT_EQ(spec->sections(0).compare().frame_lexicon(), "[Growth]\ngrow*\n");
  EXPECT_EQ(spec->sections(0).compare().frame_lexicon_format(), policy::v1::LEXICON_FORMAT_TEXT);
  EXPECT_TRUE(spec->sections(0).frame_lexicon_file().empty());
  fs::remove(dir / "frames.txt");
  EXPECT_EQ(LoadReportSpec((dir / "spec.yaml").string()).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(LoadReportSpec((dir / "missing.yaml").string()).status().code(),
            absl::StatusCode::kNotFound);
  fs::remove_all(dir);
}

TEST(ReportTest, AssembledReportCarriesProvenance) {
  const policy::v1::Report report = SampleReport();
  EXPECT_EQ(report.schema_version(), kReportSchemaVersion);
  EXPECT_EQ(report.title(), "Growth watch");
  EXPECT_EQ(report.corpus_revision(), 7);
  EXPECT_EQ(report.server_version(), "0.1.0");
  EXPECT_EQ(report.spec_hash().size(), 16u);
  EXPECT_EQ(report.thresholds().top_k(), 5);
  ASSERT_EQ(report.sections_size(), 2);
  EXPECT_EQ(report.sections(1).title(), "Exports: who talks");
  EXPECT_EQ(report.sections(1).request().topic(), "exports");
  EXPECT_EQ(report.sections(1).response().subjects_size(), 2);
}

TEST(ReportTest, JsonIsByteIdenticalAndRoundTrips) {
  const std::string first = ToJson(SampleReport());
  const std::string second = ToJson(SampleReport());
  EXPECT_EQ(first, second);
  EXPECT_THAT(first, Not(HasSubstr("Time")));  // no timestamps anywhere
  auto parsed = ParseReportJson(first, "r.json");
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(ToJson(*parsed), first);
  EXPECT_EQ(RenderReportMarkdown(*parsed), RenderReportMarkdown(SampleReport()));
  EXPECT_EQ(RenderReportHtml(*parsed), RenderReportHtml(SampleReport()));
}

TEST(ReportTest, ParseReportJsonRejectsOtherSchemaVersions) {
  EXPECT_THAT(std::string(ParseReportJson(R"({"schemaVersion": 2})", "r.json").status().message()),
              HasSubstr("schema version 2"));
  EXPECT_EQ(ParseReportJson("not json", "r.json").status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(ReportTest, MarkdownHasHeaderSectionsAndRequests) {
  const std::string md = RenderReportMarkdown(SampleReport());
  EXPECT_EQ(md.rfind("# Growth watch\n\nCorpus revision 7 · spec ", 0), 0u);
  EXPECT_THAT(md, HasSubstr("- Growth by company\n- Exports: who talks\n"));
  EXPECT_THAT(md, HasSubstr("## Growth by company\n\ntopic grow\\* · by organization · subjects "
                            "Acme, Globex\n\n"));
  EXPECT_THAT(md, HasSubstr("### Acme\n"));
}

TEST(ReportTest, HtmlIsSelfContainedWithCharts) {
  const std::string html = RenderReportHtml(SampleReport());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_THAT(html, HasSubstr("<svg class=\"chart frame-shares\""));
  EXPECT_THAT(html, HasSubstr("<svg class=\"chart terms\""));
  EXPECT_THAT(html, HasSubstr("<svg class=\"chart similarity\""));
  EXPECT_THAT(html, HasSubstr("we will <mark>grow</mark> with robots &amp; &lt;care&gt;"));
  // Nothing fetched from anywhere.
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("http://")));
  EXPECT_THAT(html, Not(HasSubstr("https://")));
  EXPECT_THAT(html, Not(HasSubstr("@import")));
  EXPECT_THAT(html, Not(HasSubstr("url(")));
}

TEST(ReportTest, SnippetMarksBecomeMarkElements) {
  EXPECT_EQ(SnippetToHtml("a [[b]] <c> [[d"), "a <mark>b</mark> &lt;c&gt; [[d");
}

}  // namespace
}  // namespace policyctl
