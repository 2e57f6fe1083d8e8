// Tokeniser and stemmer shared by the index, the query parser and the lexicon.
#include "server/compare/internal/text.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace policy::compare::internal {
namespace {

std::vector<std::string> Words(absl::string_view text) {
  std::vector<std::string> words;
  for (const Token& token : Tokenize(text)) words.push_back(token.lower);
  return words;
}

TEST(TokenizeTest, SplitsWordsHyphensAndKeepsApostrophes) {
  EXPECT_EQ(Words("Haier's cutting-edge AI, 5G and 14th NPC."),
            (std::vector<std::string>{"haier's", "cutting", "edge", "ai", "5g", "and", "14th", "npc"}));
  // Curly apostrophe is normalised; a trailing apostrophe is dropped.
  EXPECT_EQ(Words("People\xE2\x80\x99s leaders' view"),
            (std::vector<std::string>{"people's", "leaders", "view"}));
}

TEST(TokenizeTest, OffsetsAndBreaks) {
  const std::vector<Token> tokens = Tokenize("data, cloud-based \xE2\x80\x9Cplatforms\xE2\x80\x9D");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].begin, 0u);
  EXPECT_EQ(tokens[0].end, 4u);
  EXPECT_FALSE(tokens[0].break_before);
  EXPECT_TRUE(tokens[1].break_before);   // the comma
  EXPECT_FALSE(tokens[2].break_before);  // a hyphen is not a break
  EXPECT_TRUE(tokens[3].break_before);   // the opening quote
  EXPECT_EQ(tokens[3].begin, 21u);       // after the 3-byte quote mark at 18
  EXPECT_EQ(tokens[3].end, 30u);
}

TEST(TokenizeTest, UnicodeLettersAreLowerCased) {
  EXPECT_EQ(Words("\xC3\x89NERGIE na\xC3\xAFve"),  // ÉNERGIE naïve
            (std::vector<std::string>{"\xC3\xA9nergie", "na\xC3\xAFve"}));
  // Invalid UTF-8 is punctuation, never a crash.
  EXPECT_EQ(Words("ab\xFF\xFE" "cd"), (std::vector<std::string>{"ab", "cd"}));
}

TEST(StemmerTest, SnowballEnglish) {
  Stemmer stemmer;
  EXPECT_EQ(stemmer.Stem("innovation"), "innov");
  EXPECT_EQ(stemmer.Stem("innovative"), "innov");
  EXPECT_EQ(stemmer.Stem("innovate"), "innov");
  EXPECT_EQ(stemmer.Stem("technologies"), "technolog");
  EXPECT_EQ(stemmer.Stem("haier's"), "haier");
}

TEST(IsNumberTest, DigitsOnly) {
  EXPECT_TRUE(IsNumber("2025"));
  EXPECT_FALSE(IsNumber("5g"));
  EXPECT_FALSE(IsNumber(""));
}

}  // namespace
}  // namespace policy::compare::internal
