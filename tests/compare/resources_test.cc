// Stopword list and frame lexicon formats (TEXT, JSON, LIWC) and their errors.
#include "server/compare/resources.h"

#include <string>

#include "gtest/gtest.h"

namespace policy::compare {
namespace {

void ExpectError(const absl::StatusOr<FrameLexicon>& lexicon, const std::string& message) {
  ASSERT_FALSE(lexicon.ok());
  EXPECT_EQ(lexicon.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(lexicon.status().message().find(message), absl::string_view::npos)
      << lexicon.status().message();
}

TEST(StopwordListTest, ParsesAndRejectsTwoWordsPerLine) {
  absl::StatusOr<StopwordList> list = StopwordList::Parse("# comment\nThe\n\nof\n");
  ASSERT_TRUE(list.ok());
  EXPECT_TRUE(list->Contains("the"));
  EXPECT_TRUE(list->Contains("of"));
  EXPECT_FALSE(list->Contains("data"));
  EXPECT_EQ(StopwordList::Parse("the\nof the\n").status().message(),
            "stopwords line 2: one word per line, found 'of the'");
}

TEST(StopwordListTest, DefaultFileLoads) {
  absl::StatusOr<StopwordList> list = StopwordList::LoadDefault();
  ASSERT_TRUE(list.ok()) << list.status();
  EXPECT_TRUE(list->Contains("the"));
  EXPECT_TRUE(list->Contains("mr"));  // honorifics come with every name: no distinctive term
  EXPECT_FALSE(list->Contains("innovation"));
}

TEST(FrameLexiconTest, TextFormat) {
  absl::StatusOr<FrameLexicon> lexicon = FrameLexicon::Parse(
      "# two frames\n[Economic]\ncost*\njobs\n@group innovation\n[Technology and AI]\n"
      "artificial   intelligence\n!new quality productive forces\n",
      LexiconFormat::kText);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  ASSERT_EQ(lexicon->frames().size(), 2u);
  EXPECT_EQ(lexicon->frames()[0].group, "default");
  EXPECT_EQ(lexicon->frames()[1].group, "innovation");
  EXPECT_EQ(lexicon->frames()[1].entries,
            (std::vector<std::string>{"artificial intelligence", "!new quality productive forces"}));
  EXPECT_EQ(lexicon->canonical_text(),
            "@group default\n[Economic]\ncost*\njobs\n@group innovation\n[Technology and AI]\n"
            "artificial intelligence\n!new quality productive forces\n");
  EXPECT_EQ(lexicon->hash().size(), 16u);
}

TEST(FrameLexiconTest, SameLexiconInThreeFormatsHasOneHash) {
  absl::StatusOr<FrameLexicon> text =
      FrameLexicon::Parse("@group liwc\n[money]\ncost*\n[work]\njob\ncost*\n", LexiconFormat::kText);
  absl::StatusOr<FrameLexicon> json = FrameLexicon::Parse(
      R"({"frames": [{"name": "money", "group": "liwc", "terms": ["cost*"]},
                     {"name": "work", "group": "liwc", "terms": ["job", "cost*"]}]})",
      LexiconFormat::kJson);
  absl::StatusOr<FrameLexicon> liwc =
      FrameLexicon::Parse("%\n1\tmoney\n2\twork\n%\ncost*\t1\t2\njob\t2\n", LexiconFormat::kLiwc);
  ASSERT_TRUE(text.ok()) << text.status();
  ASSERT_TRUE(json.ok()) << json.status();
  ASSERT_TRUE(liwc.ok()) << liwc.status();
  EXPECT_EQ(json->canonical_text(), text->canonical_text());
  // LIWC lists entries in file order: "cost*" comes before "job" in frame "work".
  EXPECT_EQ(liwc->frames()[1].entries, (std::vector<std::string>{"cost*", "job"}));
  EXPECT_EQ(json->hash(), text->hash());
}

TEST(FrameLexiconTest, ErrorsNameTheLine) {
  ExpectError(FrameLexicon::Parse("jobs\n", LexiconFormat::kText),
              "line 1: entry 'jobs' comes before any [Frame name] header");
  ExpectError(FrameLexicon::Parse("[A]\nx\n[a]\n", LexiconFormat::kText),
              "line 3: frame 'a' is declared twice");
  ExpectError(FrameLexicon::Parse("[A]\nin*ov\n", LexiconFormat::kText),
              "line 2: '*' is only allowed at the end of a word");
  ExpectError(FrameLexicon::Parse("[A\n", LexiconFormat::kText), "line 1: frame header must end with ']'");
  ExpectError(FrameLexicon::Parse("# nothing\n", LexiconFormat::kText), "defines no frame");
  ExpectError(FrameLexicon::Parse("{\"frames\": 3}", LexiconFormat::kJson), "needs a \"frames\" array");
  ExpectError(FrameLexicon::Parse("{\"frames\": [{\"terms\": []}]}", LexiconFormat::kJson),
              "frames[0].name: a non-empty string is required");
  ExpectError(FrameLexicon::Parse("{\"frames\": [{\"name\": \"A\", \"terms\": [1]}]}", LexiconFormat::kJson),
              "frames[0].terms[0]: must be a string");
  ExpectError(FrameLexicon::Parse("not json", LexiconFormat::kJson), "not valid JSON");
  ExpectError(FrameLexicon::Parse("%\n1 money\n%\ncash 7\n", LexiconFormat::kLiwc),
              "line 4: category 7 is not in the category table");
  ExpectError(FrameLexicon::Parse("%\n1 money\n%\nlike (02 134)125/464 (02 253)126/253\n", LexiconFormat::kLiwc),
              "line 4: conditional LIWC entries");
  ExpectError(FrameLexicon::Parse("1 money\n", LexiconFormat::kLiwc), "line 1: a LIWC .dic starts with a '%'");
  ExpectError(FrameLexicon::Parse("%\n1 money\n", LexiconFormat::kLiwc), "closed by a second '%'");
}

TEST(FrameLexiconTest, DefaultLexiconHasTheCodebookAndInnovationFrames) {
  absl::StatusOr<FrameLexicon> lexicon = FrameLexicon::LoadDefault();
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  int policy = 0, innovation = 0;
  for (const Frame& frame : lexicon->frames()) {
    if (frame.group == "policy") ++policy;
    if (frame.group == "innovation") ++innovation;
  }
  EXPECT_EQ(policy, 15);
  EXPECT_EQ(innovation, 10);
}

TEST(FrameLexiconTest, ArbitraryInputNeverCrashes) {
  const std::string alphabet = "[]@%!*# \n\t1a{}\":,\xFF";
  uint32_t state = 777;
  for (int round = 0; round < 1500; ++round) {
    std::string text;
    const int length = static_cast<int>(state % 40);
    for (int i = 0; i < length; ++i) {
      state = state * 1103515245u + 12345u;
      text.push_back(alphabet[(state >> 16) % alphabet.size()]);
    }
    state = state * 1103515245u + 12345u;
    for (LexiconFormat format : {LexiconFormat::kText, LexiconFormat::kJson, LexiconFormat::kLiwc}) {
      const absl::StatusOr<FrameLexicon> lexicon = FrameLexicon::Parse(text, format);
      if (!lexicon.ok()) {
        EXPECT_EQ(lexicon.status().code(), absl::StatusCode::kInvalidArgument) << text;
      }
    }
  }
}

}  // namespace
}  // namespace policy::compare
