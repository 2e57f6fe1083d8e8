#include "client/format.h"

#include "gtest/gtest.h"

namespace policyctl {
namespace {

Table Sample() {
  Table t({"id", "title"});
  t.AddRow({"a1", "Plain"});
  t.AddRow({"ä2", "Has, comma and \"quotes\""});
  t.AddRow({"a3", "pipe | and\nnewline"});
  return t;
}

TEST(FormatTest, AlignedColumnsCountCodePoints) {
  EXPECT_EQ(RenderAligned(Sample()),
            "id  title\n"
            "--  -----------------------\n"
            "a1  Plain\n"
            "ä2  Has, comma and \"quotes\"\n"
            "a3  pipe | and newline\n");
}

TEST(FormatTest, CsvQuotesOnlyWhenNeeded) {
  EXPECT_EQ(RenderCsv(Sample()),
            "id,title\n"
            "a1,Plain\n"
            "ä2,\"Has, comma and \"\"quotes\"\"\"\n"
            "a3,\"pipe | and\nnewline\"\n");
}

TEST(FormatTest, MarkdownEscapesPipesAndNewlines) {
  EXPECT_EQ(RenderMarkdownTable(Sample()),
            "| id | title |\n"
            "|---|---|\n"
            "| a1 | Plain |\n"
            "| ä2 | Has, comma and \"quotes\" |\n"
            "| a3 | pipe \\| and newline |\n");
}

TEST(FormatTest, RenderTableDispatches) {
  EXPECT_EQ(RenderTable(Sample(), OutputFormat::kCsv), RenderCsv(Sample()));
  EXPECT_EQ(RenderTable(Sample(), OutputFormat::kMarkdown), RenderMarkdownTable(Sample()));
  EXPECT_EQ(RenderTable(Sample(), OutputFormat::kTable), RenderAligned(Sample()));
}

TEST(FormatTest, TerminalTablesCutLongCellsButCsvKeepsThem) {
  Table t({"id", "content"});
  const std::string long_text(100, 'x');
  t.AddRow({"a", long_text});
  EXPECT_EQ(RenderAligned(t, 10), "id  content\n--  -----------\na   xxxxxxxxxx…\n");
  EXPECT_NE(RenderTable(t, OutputFormat::kTable).find(std::string(80, 'x') + "…"),
            std::string::npos);
  EXPECT_NE(RenderTable(t, OutputFormat::kCsv).find(long_text), std::string::npos);
}

TEST(FormatTest, JsonQuoteEscapesControlCharacters) {
  EXPECT_EQ(JsonQuote("a\"b\\c\n\x01 é"), "\"a\\\"b\\\\c\\n\\u0001 é\"");
}

TEST(FormatTest, HtmlAndMarkdownEscapes) {
  EXPECT_EQ(HtmlEscape("<a href=\"x\">&'</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(MarkdownEscape("a*b_[c]|\n"), "a\\*b\\_\\[c\\]\\| ");
}

TEST(FormatTest, NumbersAndTruncation) {
  EXPECT_EQ(FormatDouble(-1.956, 2), "-1.96");
  EXPECT_EQ(FormatDouble(-0.001, 2), "0.00");
  EXPECT_EQ(Truncate("héllo world", 5), "héllo…");
  EXPECT_EQ(Truncate("short", 10), "short");
}

TEST(FormatTest, ParsesFormatsAndKinds) {
  EXPECT_EQ(*ParseOutputFormat("MD"), OutputFormat::kMarkdown);
  EXPECT_FALSE(ParseOutputFormat("xml").ok());
  EXPECT_EQ(*ParseKind("Indirect"), policy::v1::STATEMENT_KIND_INDIRECT);
  EXPECT_EQ(ParseKind("quoted").status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(KindName(policy::v1::STATEMENT_KIND_MIXED), "mixed");
}

TEST(FormatTest, StatementsTableUsesFirstOrganization) {
  policy::v1::Statement s;
  s.set_article("articles/n1");
  s.mutable_content_span()->set_begin(3);
  s.mutable_content_span()->set_end(9);
  s.set_kind(policy::v1::STATEMENT_KIND_DIRECT);
  s.mutable_speaker()->set_display_name("Wang Li");
  s.mutable_speaker()->add_organizations("Acme");
  s.mutable_speaker()->add_organizations("Other");
  s.set_cue("said");
  s.set_content("We grow");
  EXPECT_EQ(RenderCsv(StatementsTable({s})),
            "article,begin,end,kind,speaker,organization,cue,content\n"
            "n1,3,9,direct,Wang Li,Acme,said,We grow\n");
}

TEST(FormatTest, SpeakersTableNamesEveryKind) {
  policy::v1::Speaker person;
  person.set_id("ann-ray");
  person.set_display_name("Ann Ray");
  person.set_kind(policy::v1::SPEAKER_KIND_PERSON);
  person.set_statement_count(2);
  person.set_article_count(1);
  policy::v1::Speaker described;  // "the ferry captain": no kind the extractor could tell
  described.set_id("ferry-captain");
  described.set_display_name("ferry captain");
  described.set_description_article("articles/n1");
  described.set_statement_count(1);
  described.set_article_count(1);
  EXPECT_EQ(RenderCsv(SpeakersTable({person, described})),
            "id,name,kind,organizations,roles,statements,articles\n"
            "ann-ray,Ann Ray,person,,,2,1\n"
            "ferry-captain,ferry captain,unknown (description),,,1,1\n");
}

}  // namespace
}  // namespace policyctl
