// Long texts extracted in sections: where the cuts go, how the sections' results are joined,
// and that the extractor gives a sectioned text the statements and speakers of a whole one.
#include "server/extract/internal/sections.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/extractor.h"

namespace policy::extract_internal {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<std::string> Pieces(std::string_view text, size_t max_bytes) {
  std::vector<std::string> pieces;
  size_t expected_begin = 0;
  for (const Section& s : SplitSections(text, max_bytes)) {
    EXPECT_EQ(s.begin, expected_begin) << "sections must tile the text";
    EXPECT_LE(s.end - s.begin, max_bytes);
    pieces.emplace_back(text.substr(s.begin, s.end - s.begin));
    expected_begin = s.end;
  }
  EXPECT_EQ(expected_begin, text.size());
  return pieces;
}

TEST(SplitSectionsTest, ShortTextIsOneSection) {
  EXPECT_THAT(Pieces("Ann Ray said the ferry runs.", 64), ElementsAre("Ann Ray said the ferry runs."));
  EXPECT_THAT(Pieces("", 64), ElementsAre(""));
}

TEST(SplitSectionsTest, CutsAfterTheLastLineBreakOfTheSecondHalf) {
  // Line breaks at bytes 3 (first half: not used), 12 and 18 (second half: the last wins).
  EXPECT_THAT(Pieces("aaa\nbbbbbbbb\nccccc\ndddd", 20),
              ElementsAre("aaa\nbbbbbbbb\nccccc\n", "dddd"));
}

TEST(SplitSectionsTest, CutsAfterASpaceWhenTheHalfHasNoLineBreak) {
  EXPECT_THAT(Pieces("ferry port bridge library", 12),
              ElementsAre("ferry port ", "bridge ", "library"));
}

TEST(SplitSectionsTest, NeverSplitsACharacter) {
  // Twelve two-byte characters and no break: a cut at 5 bytes would split one.
  std::string text;
  for (int i = 0; i < 12; ++i) text += "\xC3\xA9";
  const std::vector<std::string> pieces = Pieces(text, 5);
  ASSERT_GT(pieces.size(), 1u);
  for (const std::string& p : pieces) {
    ASSERT_FALSE(p.empty());
    EXPECT_EQ(static_cast<unsigned char>(p[0]), 0xC3u) << "a piece opens with a lead byte";
    EXPECT_EQ(p.size() % 2, 0u);
  }
}

TEST(SectionJoinerTest, ShiftsOffsetsAndJoinsSpeakersOfTheSameName) {
  Extraction first;
  first.speakers.push_back({"Ann Ray", SpeakerKind::kPerson, {"port director"}, {"Port Board"}, {"Ray"}});
  first.statements.push_back({{10, 20}, StatementKind::kDirect, "said", {22, 26}, {0, 30}, 0, "Ray"});
  Extraction second;
  second.speakers.push_back({"Tom Lee", SpeakerKind::kPerson, {}, {}, {}});
  second.speakers.push_back({"ANN RAY", SpeakerKind::kPerson, {"pilot"}, {"Port Board"}, {"Ms. Ray"}});
  second.speakers.push_back({"Port Board", SpeakerKind::kOrganization, {}, {}, {}});
  second.speakers.push_back({"Tom lee", SpeakerKind::kGroup, {}, {}, {"the Lees"}});
  second.statements.push_back({{5, 9}, StatementKind::kIndirect, "said", {0, 4}, {0, 12}, 1, "Ray"});
  second.statements.push_back({{14, 18}, StatementKind::kDirect, "", {}, {12, 20}, -1, ""});
  second.statements.push_back({{20, 24}, StatementKind::kDirect, "", {}, {20, 28}, 0, ""});

  SectionJoiner joiner;
  joiner.Append(first, 0);
  joiner.Append(second, 100);
  const Extraction joined = joiner.Take();

  ASSERT_EQ(joined.speakers.size(), 3u) << "Tom lee is Tom Lee; ANN RAY is Ann Ray";
  EXPECT_EQ(joined.speakers[0].name, "Ann Ray");
  EXPECT_THAT(joined.speakers[0].roles, ElementsAre("port director", "pilot"));
  EXPECT_THAT(joined.speakers[0].organizations, ElementsAre("Port Board"));
  EXPECT_THAT(joined.speakers[0].aliases, ElementsAre("Ray", "Ms. Ray"));
  EXPECT_EQ(joined.speakers[1].name, "Tom Lee");
  EXPECT_EQ(joined.speakers[1].kind, SpeakerKind::kPerson) << "the kind it first had";
  EXPECT_THAT(joined.speakers[1].aliases, ElementsAre("the Lees"));
  EXPECT_EQ(joined.speakers[2].name, "Port Board");

  ASSERT_EQ(joined.statements.size(), 4u);
  EXPECT_EQ(joined.statements[0].content, (Span{10, 20}));
  EXPECT_EQ(joined.statements[1].content, (Span{105, 109}));
  EXPECT_EQ(joined.statements[1].cue_span, (Span{100, 104}));
  EXPECT_EQ(joined.statements[1].sentence, (Span{100, 112}));
  EXPECT_EQ(joined.statements[1].speaker, 0);  // ANN RAY is Ann Ray
  EXPECT_EQ(joined.statements[2].speaker, -1);
  EXPECT_TRUE(joined.statements[2].cue_span.empty()) << "no cue stays no cue";
  EXPECT_EQ(joined.statements[3].speaker, 1);  // Tom Lee
}

// An extractor whose sections are a few hundred bytes, so that a short text is sectioned.
std::unique_ptr<Extractor> SmallSectionExtractor(size_t section_bytes) {
  ExtractorOptions options = ExtractorOptions::Default();
  options.section_bytes = section_bytes;
  auto created = Extractor::Create(options);
  EXPECT_TRUE(created.ok()) << created.status();
  return created.ok() ? *std::move(created) : nullptr;
}

TEST(SectionedExtractionTest, GivesTheStatementsAndSpeakersOfTheWholeText) {
  const std::string paragraph =
      "Ann Ray, the director of the Harbor Authority, said the ferry would run all winter. "
      "\"We have the crews,\" Ray said.\n\n"
      "Tom Lee said the bridge was safe.\n\n";
  std::string text;
  for (int i = 0; i < 4; ++i) text += paragraph;
  auto whole = SmallSectionExtractor(1 << 20);
  auto sectioned = SmallSectionExtractor(300);  // cut at paragraph breaks
  ASSERT_NE(whole, nullptr);
  ASSERT_NE(sectioned, nullptr);
  auto a = whole->Extract(text);
  auto b = sectioned->Extract(text);
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(b.ok()) << b.status();
  ASSERT_EQ(a->statements.size(), 12u);
  ASSERT_EQ(b->statements.size(), a->statements.size());
  for (size_t i = 0; i < a->statements.size(); ++i) {
    const ExtractedStatement& x = a->statements[i];
    const ExtractedStatement& y = b->statements[i];
    EXPECT_EQ(x.content, y.content) << i;
    EXPECT_EQ(x.cue_span, y.cue_span) << i;
    EXPECT_EQ(x.sentence, y.sentence) << i;
    ASSERT_GE(y.speaker, 0) << i;
    EXPECT_EQ(a->speakers[x.speaker].name, b->speakers[y.speaker].name) << i;
  }
  ASSERT_EQ(b->speakers.size(), 2u) << "one Ann Ray and one Tom Lee across the sections";
  EXPECT_EQ(b->speakers[0].name, "Ann Ray");
  EXPECT_EQ(b->speakers[1].name, "Tom Lee");
}

TEST(SectionedExtractionTest, InvalidUtf8IsReportedAtItsOffsetInTheWholeText) {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "Tom Lee said the bridge was safe.\n";
  const size_t bad = text.size() - 5;
  text[bad] = '\xFF';
  auto sectioned = SmallSectionExtractor(100);
  ASSERT_NE(sectioned, nullptr);
  auto result = sectioned->Extract(text);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(result.status().message(), HasSubstr("at byte offset " + std::to_string(bad)));
}

TEST(SectionedExtractionTest, ZeroSectionBytesIsRefused) {
  ExtractorOptions options = ExtractorOptions::Default();
  options.section_bytes = 0;
  auto created = Extractor::Create(options);
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(created.status().message(), HasSubstr("section_bytes"));
}

}  // namespace
}  // namespace policy::extract_internal
