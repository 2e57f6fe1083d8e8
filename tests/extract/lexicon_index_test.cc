// Lexicon::FindInText (the tokenizer's lookup) must agree with Find() on the lower-cased word
// for every word, wherever it sits in the text.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "server/extract/extractor.h"
#include "server/extract/internal/lexicon.h"

namespace policy::extract_internal {
namespace {

const Lexicon& ShippedLexicon() {
  static const Lexicon* lexicon = [] {
    auto loaded = Lexicon::Load(ExtractorOptions::Default().lexicon_dir);
    EXPECT_TRUE(loaded.ok()) << loaded.status();
    return new Lexicon(std::move(*loaded));
  }();
  return *lexicon;
}

std::string Lower(std::string_view word) {
  std::string lower;
  AsciiLowerInto(word, &lower);
  return lower;
}

// Looks `word` up at the start, in the middle and at the very end of a text (the last case
// has fewer than 16 readable bytes after the word's start).
void ExpectSameAsFind(const Lexicon& lexicon, std::string_view word) {
  const WordInfo* expected = lexicon.Find(Lower(word));
  const std::string padded = std::string(word) + " and more text after the word";
  const std::string inside = "Before " + std::string(word) + " after, with more text.";
  const std::string at_end = "Before: " + std::string(word);
  const std::vector<std::pair<std::string_view, size_t>> places = {
      {padded, 0}, {inside, 7}, {at_end, 8}, {std::string_view(word), 0}};
  for (const auto& [text, begin] : places) {
    const Lexicon::Match match = lexicon.FindInText(text, begin, begin + word.size());
    EXPECT_EQ(match.info, expected) << "'" << word << "' in '" << text << "'";
    EXPECT_EQ(match.flags, expected != nullptr ? expected->flags : 0u) << word;
    // The compact cue list is the entry's cue list, in order.
    const size_t cues = expected != nullptr ? expected->cues.size() : 0;
    ASSERT_EQ(match.cues.size(), cues) << word;
    for (size_t k = 0; k < cues; ++k) {
      const Cue& cue = lexicon.cue(expected->cues[k]);
      EXPECT_EQ(match.cues[k].cue, expected->cues[k]) << word;
      EXPECT_EQ(match.cues[k].rest_words, cue.rest.size()) << word;
      EXPECT_EQ(match.cues[k].cls, cue.cls) << word;
      ASSERT_EQ(cue.rest_words.size(), cue.rest.size()) << word;
      if (!cue.rest.empty()) {
        EXPECT_EQ(match.cues[k].second_word, cue.rest_words[0]) << word;
        EXPECT_NE(cue.rest_words[0], 0) << word;  // 0 is the id of words of no cue
      }
    }
    // The same list by the word's id, as the tokenizer finds it.
    if (cues > 0) {
      const std::span<const CueRef> by_id = lexicon.CuesOfWord(expected->word);
      EXPECT_EQ(by_id.data(), match.cues.data()) << word;
      EXPECT_EQ(by_id.size(), cues) << word;
    }
  }
}

TEST(LexiconIndexTest, AgreesWithFindInAnyCaseAndPosition) {
  const Lexicon& lexicon = ShippedLexicon();
  for (std::string_view word :
       {"said", "Said", "SAID", "sAiD", "the", "The", "he", "He", "I", "a", "A", "according",
        "According", "statement", "Statement", "spokeswoman", "Spokeswoman", "Mr.", "mr.",
        "didn't", "didn\xE2\x80\x99t", "Didn\xE2\x80\x99T", "saids", "sai", "x", "Zhou",
        "Haier", "representatives", "Representatives", "spokespersons", "e-commerce",
        "counterintelligence", "Counterintelligence", "internationalization", "@", "[", "`",
        "{", "\xC3\x89lys\xC3\xA9""e"}) {
    ExpectSameAsFind(lexicon, word);
  }
  EXPECT_NE(lexicon.FindInText("He SAID so", 3, 7).info, nullptr);
  EXPECT_TRUE(lexicon.FindInText("He SAID so", 3, 7).flags & kCueStart);
}

TEST(LexiconIndexTest, AgreesWithFindOnEveryLexiconWordAndItsNeighbours) {
  // Lexicon entries with one letter upper-cased, one letter changed (mostly not entries),
  // their prefixes, plural and doubled (over 16 bytes: the long-word path).
  const Lexicon& lexicon = ShippedLexicon();
  const std::vector<std::string> seeds = {"said",   "says",      "told",       "according",
                                          "warned", "statement", "chairwoman", "they",
                                          "report", "officials", "mr.",        "no."};
  for (const std::string& seed : seeds) {
    ASSERT_NE(lexicon.Find(seed), nullptr) << seed;
    for (size_t k = 0; k < seed.size(); ++k) {
      std::string upper = seed;
      upper[k] = static_cast<char>(upper[k] >= 'a' && upper[k] <= 'z' ? upper[k] - 32 : upper[k]);
      ExpectSameAsFind(lexicon, upper);
      std::string edited = seed;
      edited[k] = edited[k] == 'q' ? 'z' : 'q';
      ExpectSameAsFind(lexicon, edited);
      ExpectSameAsFind(lexicon, seed.substr(0, k));
    }
    ExpectSameAsFind(lexicon, seed + "s");
    ExpectSameAsFind(lexicon, seed + seed);  // over 16 bytes for most seeds
  }
}

TEST(LexiconIndexTest, FindsEveryEntryAndNoNearMiss) {
  // Every word of the lexicon, as listed and capitalized, and words one edit away from it
  // (mostly not entries; then FindInText must miss them too), over 16 bytes as well.
  const Lexicon& lexicon = ShippedLexicon();
  const std::vector<std::string_view> words = lexicon.Words();
  ASSERT_GT(words.size(), 4000u);
  for (const std::string_view word : words) {
    ASSERT_NE(lexicon.Find(word), nullptr) << word;
    ExpectSameAsFind(lexicon, word);
    std::string variant(word);
    variant[0] = static_cast<char>(variant[0] >= 'a' && variant[0] <= 'z' ? variant[0] - 32
                                                                           : variant[0]);
    ExpectSameAsFind(lexicon, variant);
    variant = std::string(word) + "s";
    ExpectSameAsFind(lexicon, variant);
    variant = word.substr(0, word.size() - 1);
    ExpectSameAsFind(lexicon, variant);
    variant = std::string(word);
    variant.back() = variant.back() == 'q' ? 'z' : 'q';
    ExpectSameAsFind(lexicon, variant);
    variant.back() ^= 0x20;  // a capital, or a byte that only the hashes take for this one
    ExpectSameAsFind(lexicon, variant);
  }
}

TEST(LexiconIndexTest, EmptyLexiconFindsNothing) {
  const Lexicon empty;
  for (std::string_view text : {"said", "", "a", "The statement", "counterintelligence"}) {
    EXPECT_EQ(empty.FindInText(text, 0, text.size()).info, nullptr) << text;
    EXPECT_EQ(empty.WordInText(text, 0, text.size()).flags, 0u) << text;
  }
}

}  // namespace
}  // namespace policy::extract_internal
