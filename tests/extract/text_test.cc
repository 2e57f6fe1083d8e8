#include "server/extract/internal/text.h"

#include <span>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "server/extract/extractor.h"
#include "server/extract/internal/lexicon.h"
#include "server/extract/internal/words.h"

namespace policy::extract_internal {
namespace {

const Lexicon& TestLexicon() {
  static const Lexicon* lexicon = [] {
    auto loaded = Lexicon::Load(ExtractorOptions::Default().lexicon_dir);
    EXPECT_TRUE(loaded.ok()) << loaded.status();
    return new Lexicon(*std::move(loaded));
  }();
  return *lexicon;
}

std::vector<std::string> Words(const Document& doc) {
  std::vector<std::string> out;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) out.emplace_back(doc.TokenText(i));
  return out;
}

std::vector<std::string> Sentences(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) {
    out.emplace_back(doc.SpanText(doc.tokens[s.first].begin, doc.tokens[s.last - 1].end));
  }
  return out;
}

TEST(Utf8Test, AcceptsValidText) {
  EXPECT_TRUE(ValidateUtf8("plain ASCII").ok());
  EXPECT_TRUE(ValidateUtf8("\xE2\x80\x9C" "Curly\xE2\x80\x9D caf\xC3\xA9 \xF0\x9F\x98\x80").ok());
  EXPECT_TRUE(ValidateUtf8("").ok());
}

TEST(Utf8Test, ReportsByteOffsetOfFirstInvalidSequence) {
  absl::Status bad_lead = ValidateUtf8("abc\xFF");
  EXPECT_EQ(bad_lead.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(bad_lead.message().find("byte offset 3"), std::string::npos) << bad_lead;
  absl::Status truncated = ValidateUtf8("ab\xE2\x80");
  EXPECT_NE(truncated.message().find("byte offset 2"), std::string::npos) << truncated;
  absl::Status bad_continuation = ValidateUtf8("x\xC3(");
  EXPECT_NE(bad_continuation.message().find("byte offset 2"), std::string::npos);
  absl::Status overlong = ValidateUtf8("\xC0\xAF");
  EXPECT_NE(overlong.message().find("byte offset 0"), std::string::npos);
  absl::Status surrogate = ValidateUtf8("ok \xED\xA0\x80");
  EXPECT_NE(surrogate.message().find("byte offset 3"), std::string::npos);
}

// The tokenizer's own UTF-8 check must accept and reject exactly what ValidateUtf8 does, with
// the same message, and on valid text give the same analysis as AnalyzeInto.
TEST(Utf8Test, ValidateAndAnalyzeAgreesWithValidateUtf8) {
  const std::vector<std::string> pieces = {
      "Li", " said", "don't", "U.S.", "e-", "3.5", " ", "\n", "\"", "'", ".", "\xE2\x80\x9C",
      "\xE2\x80\x99", "\xE2\x80\x99s", "caf\xC3\xA9", "\xC3\x89mile", "\xF0\x9F\x98\x80",
      "\xC2\xA0", "\xE2\x80\x94", "\xFF", "\x80", "\xC3", "\xE2\x80", "\xC0\xAF",
      "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF8", "\xC3(", "\xE2\x28\xA1"};
  uint32_t state = 12345;
  auto next = [&state] { return (state = state * 1103515245u + 12345u) >> 16; };
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const int count = 1 + next() % 8;
    for (int k = 0; k < count; ++k) text += pieces[next() % pieces.size()];
    const absl::Status expected = ValidateUtf8(text);
    Document doc;
    const absl::Status got = ValidateAndAnalyzeInto(text, TestLexicon(), &doc);
    ASSERT_EQ(got, expected) << "text: " << text;
    if (!got.ok()) continue;
    const Document plain = Analyze(text, TestLexicon());
    ASSERT_EQ(Words(doc), Words(plain)) << "text: " << text;
    ASSERT_EQ(Sentences(doc), Sentences(plain)) << "text: " << text;
  }
}

TEST(TokenizerTest, KeepsWordsWithInnerPunctuationTogether) {
  Document doc = Analyze("Haier's e-commerce arm grew 3.5% in the U.S. and don't stop.", TestLexicon());
  EXPECT_EQ(Words(doc), (std::vector<std::string>{"Haier's", "e-commerce", "arm", "grew", "3.5",
                                                  "%", "in", "the", "U.S.", "and", "don't",
                                                  "stop", "."}));
  EXPECT_TRUE(doc.tokens[0].has(kPossessive));
  EXPECT_TRUE(doc.tokens[0].has(kCapitalized));
}

TEST(TokenizerTest, DomainNameIsOneWordAndItsLastPeriodEndsTheSentence) {
  // "elmpolls.com": a period between a letter and a lower-case letter, with no space, is
  // inside the word; a period after the domain still ends its sentence.
  Document doc = Analyze("She runs elmpolls.com. Tom Lee reads state.gov daily.", TestLexicon());
  EXPECT_EQ(Words(doc), (std::vector<std::string>{"She", "runs", "elmpolls.com", ".", "Tom",
                                                  "Lee", "reads", "state.gov", "daily", "."}));
  EXPECT_EQ(Sentences(doc).size(), 2u);
}

// The tokenizer notes a hyphen or an apostrophe inside a word where its scan meets one, and
// sets the flags that depend on them from that; these pin the flags it gives.
TEST(TokenizerTest, HyphensAndApostrophesInsideAWordSetItsFlags) {
  const Document doc = Analyze(
      "Wu al-Lan, el-Amin, al-lan, ab-Cd, xal-Lan and al-Lan-Moss met Ann Ray's and Tom "
      "Lee\xE2\x80\x99s aides at the Harts' office; it's Lees o'clock \xC3\x89lan \xC3\xA9lan.",
      TestLexicon());
  auto token = [&](std::string_view text) -> const Token& {
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
      if (doc.TokenText(t) == text) return doc.tokens[t];
    }
    ADD_FAILURE() << "no token " << text;
    return doc.tokens[0];
  };
  // An Arabic name's article ("al-", "el-" before a capital) is capitalized.
  EXPECT_TRUE(token("al-Lan").has(kCapitalized));
  EXPECT_FALSE(token("al-Lan").has(kLowerInitial));
  EXPECT_TRUE(token("el-Amin").has(kCapitalized));
  EXPECT_TRUE(token("al-Lan-Moss").has(kCapitalized));
  EXPECT_FALSE(token("al-lan").has(kCapitalized));
  EXPECT_FALSE(token("ab-Cd").has(kCapitalized));
  EXPECT_FALSE(token("xal-Lan").has(kCapitalized));
  // 's and \xE2\x80\x99s inside the word, a final apostrophe after an s.
  EXPECT_TRUE(token("Ray's").has(kPossessive));
  EXPECT_TRUE(token("Lee\xE2\x80\x99s").has(kPossessive));
  EXPECT_TRUE(token("Harts'").has(kPossessive));
  EXPECT_TRUE(token("it's").has(kPossessive));
  EXPECT_FALSE(token("Lees").has(kPossessive));
  EXPECT_FALSE(token("o'clock").has(kPossessive));
  EXPECT_FALSE(token("Ann").has(kPossessive));
  // A two-byte capital first letter.
  EXPECT_TRUE(token("\xC3\x89lan").has(kCapitalized));
  EXPECT_FALSE(token("\xC3\xA9lan").has(kCapitalized));
}

TEST(TokenizerTest, ByteOffsetsPointIntoTheOriginalText) {
  const std::string text = "\xE2\x80\x9CGo,\xE2\x80\x9D she said.";
  Document doc = Analyze(text, TestLexicon());
  ASSERT_EQ(doc.tokens.size(), 7u);
  EXPECT_EQ(doc.tokens[0].quote, QuoteStyle::kDoubleOpen);
  EXPECT_EQ(doc.tokens[1].begin, 3u);
  EXPECT_EQ(doc.TokenText(1), "Go");
  EXPECT_EQ(doc.tokens[3].quote, QuoteStyle::kDoubleClose);
  EXPECT_EQ(doc.TokenText(4), "she");
}

TEST(SentenceTest, AbbreviationsInitialsAndDecimalsDoNotEndSentences) {
  Document doc = Analyze(
      "Mr. Li met Dr. J. K. Smith at No. 2 Main St. on Monday. Growth was 5.2 percent. "
      "Sales rose in the U.S. market. It ended.",
      TestLexicon());
  EXPECT_EQ(Sentences(doc),
            (std::vector<std::string>{"Mr. Li met Dr. J. K. Smith at No. 2 Main St. on Monday.",
                                      "Growth was 5.2 percent.",
                                      "Sales rose in the U.S. market.", "It ended."}));
}

TEST(SentenceTest, TheVersusOfACaseNameDoesNotEndASentence) {
  // A case's name is written with a lower-case "v.": "Ray v. Elm City" is one name.
  Document doc =
      Analyze("The judges cited Ray v. Elm City and Lee vs. Ray. It ended.", TestLexicon());
  EXPECT_EQ(Sentences(doc),
            (std::vector<std::string>{"The judges cited Ray v. Elm City and Lee vs. Ray.",
                                      "It ended."}));
}

TEST(SentenceTest, AnAbbreviationEndsASentenceBeforeACapitalizedFunctionWord) {
  Document doc = Analyze(
      "The ferry runs to the U.S. The port is shut. Ask Tom Lee, D-Wash. In a poll, most "
      "agreed. Fares rose at Acme Inc. But Sen. The Voter spoke, as did St. Paul and Gen. "
      "A. Ray in Wash. Square.",
      TestLexicon());
  EXPECT_EQ(Sentences(doc),
            (std::vector<std::string>{"The ferry runs to the U.S.", "The port is shut.",
                                      "Ask Tom Lee, D-Wash.", "In a poll, most agreed.",
                                      "Fares rose at Acme Inc.",
                                      "But Sen. The Voter spoke, as did St. Paul and Gen. A. "
                                      "Ray in Wash. Square."}));
  EXPECT_TRUE(doc.tokens[doc.sentences[0].last - 1].has(kAbbreviationEnd));
}

TEST(SentenceTest, AnAbbreviationAfterACommaEndsASentenceBeforeAnOpeningQuoteAndACapital) {
  Document doc = Analyze(
      "\"We wait,\" said Tom Lee, D-Wash. \"The port is shut.\" It ran in the U.S. \"pivot\" "
      "plan. Lee went to Elm City, Ore. \xE2\x80\x9CIt is late.\xE2\x80\x9D Ray said the U.S. "
      "\"Made Here\" label was a lie.",
      TestLexicon());
  EXPECT_EQ(Sentences(doc),
            (std::vector<std::string>{"\"We wait,\" said Tom Lee, D-Wash.",
                                      "\"The port is shut.\"",
                                      "It ran in the U.S. \"pivot\" plan.",
                                      "Lee went to Elm City, Ore.",
                                      "\xE2\x80\x9CIt is late.\xE2\x80\x9D",
                                      "Ray said the U.S. \"Made Here\" label was a lie."}));
}

TEST(DocumentTest, WordIsTextComparesTheWholeWordInAnyAsciiCase) {
  const Document doc = Analyze("The THE then \xC3\xA9lan \xC3\x89lan & 3.5 the, x", TestLexicon());
  // Tokens: The THE then élan Élan & 3.5 the , x
  EXPECT_TRUE(doc.WordIsText(0, "the"));
  EXPECT_TRUE(doc.WordIsText(1, "the"));
  EXPECT_FALSE(doc.WordIsText(2, "the"));   // same first letter, longer
  EXPECT_FALSE(doc.WordIsText(0, "then"));  // a prefix of the word is not the word
  EXPECT_FALSE(doc.WordIsText(0, "she"));   // same length, other first letter
  EXPECT_TRUE(doc.WordIsText(3, "\xC3\xA9lan"));   // a non-ASCII first letter
  EXPECT_FALSE(doc.WordIsText(4, "\xC3\xA9lan"));  // ASCII case only: É is not é
  EXPECT_FALSE(doc.WordIsText(5, "&"));              // a punctuation token is no word
  EXPECT_TRUE(doc.WordIsText(6, "3.5"));
  EXPECT_FALSE(doc.WordIsText(8, ","));
  EXPECT_FALSE(doc.WordIsText(9, ""));
}

TEST(DocumentTest, WordIsComparesTheWholeWordInAnyAsciiCase) {
  const Document doc = Analyze("The THE these said, Said: & Tarn & Welles", TestLexicon());
  // Tokens: The THE these said , Said : & Tarn & Welles
  EXPECT_TRUE(doc.WordIs(0, "the"));
  EXPECT_TRUE(doc.WordIs(1, "the"));
  EXPECT_FALSE(doc.WordIs(2, "the"));  // a longer word
  EXPECT_TRUE(doc.WordIs(3, "said"));
  EXPECT_FALSE(doc.WordIs(4, "said"));
  EXPECT_TRUE(doc.WordIs(5, "said"));
  EXPECT_FALSE(doc.WordIs(7, "&"));  // a punctuation token is no word
  EXPECT_TRUE(doc.WordIs(9, "&"));   // a word of the name "Tarn & Welles"
}

// A token's word id is the rule word WordIsText finds it to be, for every word in any case.
// (In capitals, next to another word in capitals: a function word of two to four capitals
// alone is an acronym, "WHO", with no id; see AcronymInCapitalsLosesItsFunctionWordsId.)
TEST(DocumentTest, WordIdsAgreeWithWordIsText) {
  std::string text = "\"Tarn & Welles,\" & \xE2\x80\x9Cthe\xE2\x80\x9D; ";
  for (size_t id = 1; id < std::size(kRuleWords); ++id) {
    const std::string word(kRuleWords[id]);
    std::string capitalized = word;
    capitalized[0] = absl::ascii_toupper(static_cast<unsigned char>(capitalized[0]));
    absl::StrAppend(&text, word, " ", capitalized, ". ", absl::AsciiStrToUpper(word), " XX, ",
                    word, "s ", word, "'s x", word, "\n");
  }
  const Document doc = Analyze(text, TestLexicon());
  ASSERT_GE(doc.word_ids.size(), doc.tokens.size());
  size_t matched = 0;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    for (size_t id = 1; id < std::size(kRuleWords); ++id) {
      ASSERT_EQ(doc.word_ids[t] == id, doc.WordIsText(t, kRuleWords[id]))
          << doc.TokenText(t) << " " << kRuleWords[id];
    }
    matched += doc.word_ids[t] != 0;
  }
  EXPECT_GE(matched, 3 * (std::size(kRuleWords) - 1));
}

TEST(DocumentTest, AcronymInCapitalsLosesItsFunctionWordsId) {
  // "The WHO said": alone, "WHO" is a name; in a headline in capitals, the word.
  const Document doc = Analyze("The WHO said it. WHO SAID IT.", TestLexicon());
  // Tokens: The WHO said it . WHO SAID IT .
  EXPECT_FALSE(doc.WordIs(1, "who"));
  EXPECT_EQ(doc.tokens[1].word_flags, 0u);
  EXPECT_TRUE(doc.WordIs(5, "who"));
}

// A cue's words have ids too: its first word finds its cues by id as by its text, and
// its other words match by id where they match as text.
TEST(DocumentTest, CueWordsMatchByIdAsByText) {
  const Document doc = Analyze(
      "Lee CALLED FOR calm, according to Ray; she spoke out against it and warned of "
      "delays. He said that he had called on them to vote for it.",
      TestLexicon());
  const Lexicon& lexicon = TestLexicon();
  size_t cues = 0;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const std::span<const CueRef> by_text =
        lexicon.FindInText(doc.text, doc.tokens[t].begin, doc.tokens[t].end).cues;
    const std::span<const CueRef> by_id = lexicon.CuesOfWord(doc.word_ids[t]);
    ASSERT_EQ(by_id.size(), by_text.size()) << doc.TokenText(t);
    if (by_id.empty()) continue;
    EXPECT_EQ(by_id.data(), by_text.data()) << doc.TokenText(t);
    for (const CueRef& ref : by_id) {
      const Cue& cue = lexicon.cue(ref.cue);
      ASSERT_EQ(cue.rest_words.size(), cue.rest.size());
      for (size_t k = 0; k < cue.rest.size() && t + 1 + k < doc.tokens.size(); ++k) {
        EXPECT_EQ(doc.HasWordId(t + 1 + k, cue.rest_words[k]),
                  doc.WordIsText(t + 1 + k, cue.rest[k]))
            << cue.lemma << " at " << doc.TokenText(t + 1 + k);
        cues += doc.WordIsText(t + 1 + k, cue.rest[k]);
      }
      if (!cue.rest_words.empty()) {
        EXPECT_EQ(ref.second_word, cue.rest_words[0]);
      }
    }
  }
  EXPECT_GE(cues, 5u);  // called for, according to, spoke out against, warned of, ...
}

TEST(SentenceTest, QuoteClosingAfterPeriodStaysWithItsSentence) {
  Document doc = Analyze("\"We will grow.\" Li said so. \"Why?\" he asked.", TestLexicon());
  EXPECT_EQ(Sentences(doc), (std::vector<std::string>{"\"We will grow.\"", "Li said so.",
                                                      "\"Why?\" he asked."}));
}

TEST(SentenceTest, ALiveBlogsTimeStampIsASentenceOfItsOwn) {
  Document doc = Analyze(
      "Elm Cup final\n\n10:05 GMT: Welcome to Oakport.\n\n1.05pm - Ann Ray, the coach, said: "
      "\"Proud.\"\n\nElm: Ray 2, Lee 1.",
      TestLexicon());
  EXPECT_EQ(Sentences(doc), (std::vector<std::string>{
                                "Elm Cup final", "10:05 GMT:", "Welcome to Oakport.", "1.05pm -",
                                "Ann Ray, the coach, said: \"Proud.\"", "Elm: Ray 2, Lee 1."}));
}

TEST(SentenceTest, ParagraphsAlwaysEndSentences) {
  Document doc = Analyze("First paragraph without a stop\n\nSecond one.\nThird", TestLexicon());
  ASSERT_EQ(doc.paragraphs.size(), 3u);
  EXPECT_EQ(Sentences(doc), (std::vector<std::string>{"First paragraph without a stop",
                                                      "Second one.", "Third"}));
  EXPECT_EQ(doc.sentences[2].paragraph, 2u);
}

TEST(SentenceTest, NoWordBeginsLowerCaseAfterAPeriodInsideAQuote) {
  Document doc = Analyze("\"It works.\" said Li.", TestLexicon());
  EXPECT_EQ(Sentences(doc).size(), 1u);
}

}  // namespace
}  // namespace policy::extract_internal
