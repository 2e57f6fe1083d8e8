// The extractor on damaged text: thousands of deterministic mutations of the sample article
// (stray and missing quotation marks, cut sentences, doubled paragraphs, attribution words
// dropped in at random, invalid UTF-8) must each give either a clean INVALID_ARGUMENT or an
// extraction whose every span lies inside the text on character boundaries. The libFuzzer
// target tools/fuzz/extract_fuzz.cc checks the same contract on arbitrary bytes under
// AddressSanitizer (tools/fuzz.sh).
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "server/extract/extractor.h"

namespace policy {
namespace {

std::string SampleText() {
  std::ifstream in(std::string(POLICY_SOURCE_DIR) + "/data/sample/000_b5cdd92fd3643d21.txt",
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool OnCharBoundary(const std::string& text, size_t offset) {
  return offset == text.size() ||
         (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;  // not a continuation byte
}

// Every span in bounds and on character boundaries, statements in order, speakers valid.
void ExpectWellFormed(const std::string& text, const Extraction& e, int round) {
  size_t previous_begin = 0;
  for (const ExtractedStatement& s : e.statements) {
    ASSERT_LT(s.content.begin, s.content.end) << "round " << round;
    ASSERT_LE(s.content.end, text.size()) << "round " << round;
    EXPECT_TRUE(OnCharBoundary(text, s.content.begin) && OnCharBoundary(text, s.content.end))
        << "round " << round;
    EXPECT_LE(s.cue_span.end, text.size()) << "round " << round;
    EXPECT_LE(s.sentence.end, text.size()) << "round " << round;
    EXPECT_GE(s.content.begin, previous_begin) << "round " << round;
    previous_begin = s.content.begin;
    EXPECT_GE(s.speaker, -1) << "round " << round;
    EXPECT_LT(s.speaker, static_cast<int>(e.speakers.size())) << "round " << round;
  }
  for (const SpeakerProfile& p : e.speakers) EXPECT_FALSE(p.name.empty()) << "round " << round;
}

TEST(RobustnessTest, MutatedArticlesGiveWellFormedExtractionsOrInvalidArgument) {
  auto created = Extractor::Create(ExtractorOptions::Default());
  ASSERT_TRUE(created.ok()) << created.status();
  const Extractor& extractor = **created;
  const std::string sample = SampleText();
  ASSERT_GT(sample.size(), 1000u);

  const std::vector<std::string> inserts = {
      "\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "''", ",", ".", ":", "\n\n", " said ",
      ", according to ", " told reporters that ", "Mr. ", " he said.", "(", ")", "\xE2\x80\x94",
      "\xFF", "\xE2\x80"};  // the last two are invalid UTF-8
  std::mt19937 random(20261129);
  int valid = 0, statements = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text = sample;
    const int edits = 1 + static_cast<int>(random() % 8);
    for (int k = 0; k < edits && !text.empty(); ++k) {
      const size_t at = random() % text.size();
      switch (random() % 4) {
        case 0:  // insert a mark or an attribution fragment
          text.insert(at, inserts[random() % inserts.size()]);
          break;
        case 1:  // delete a stretch
          text.erase(at, random() % 200);
          break;
        case 2:  // repeat a stretch
          text.insert(at, text.substr(random() % text.size(), random() % 300));
          break;
        default:  // cut the article short
          text.resize(at);
          break;
      }
    }
    absl::StatusOr<Extraction> e = extractor.Extract(text);
    if (!e.ok()) {
      EXPECT_EQ(e.status().code(), absl::StatusCode::kInvalidArgument) << e.status();
      continue;
    }
    ++valid;
    statements += static_cast<int>(e->statements.size());
    ExpectWellFormed(text, *e, round);
    if (HasFailure()) return;
  }
  // The mutations must leave most articles readable, or this test would test nothing.
  EXPECT_GT(valid, 1000);
  EXPECT_GT(statements, 5 * valid);
}

// A text may open anywhere in a sentence (a section of a long text does, and so does a
// clipped article): a backward scan from a cue must stop at the text's first token. Found by
// fuzzing: a time phrase before the cue at the very start, and a name suffix opening the
// text, each read the token before token 0.
TEST(RobustnessTest, TextOpeningMidSentenceBeforeTheCue) {
  auto created = Extractor::Create(ExtractorOptions::Default());
  ASSERT_TRUE(created.ok()) << created.status();
  for (const std::string text :
       {"next year said the ferry would run.", "the following week said the port was shut.",
        "year said the ferry would run.", "same day told crews the bridge was closed.",
        "Jr. said the port was shut.", "Sr. told crews the bridge was closed.",
        "III said the ferry would run."}) {
    auto e = (*created)->Extract(text);
    ASSERT_TRUE(e.ok()) << text << ": " << e.status();
    ExpectWellFormed(text, *e, 0);
  }
}

// Texts that end inside a construction whose rule looks past a comma (an `according to`
// profile, an age) or a quotation mark: the rule must stop at the last token.
TEST(RobustnessTest, TextEndingInsideAConstruction) {
  auto created = Extractor::Create(ExtractorOptions::Default());
  ASSERT_TRUE(created.ok()) << created.status();
  for (const std::string text :
       {"According to Ann Ray, a researcher at the port,", "According to Ann Ray, 45,",
        "According to Ann Ray,", "The ferry is late, as Tom Lee said",
        "\"The pier is shut,\" Tom Lee said \"", "Tom Lee, writing in the Gazette,",
        "Vice-Premier He", "''I saw it on 'Harbor Today,'''", "said on Friday",
        "Tom Lee read the \"Harbor Pilots.",
        // (A dash or comma before the cue at the sentence's start: the search for a name
        // after a subordinator before it must not run back past the first token.)
        "- - says it.", ", - says or",
        // (A title after a comma or dash opening the text: the test for a description
        // before a titled name must not read before the first token.)
        ", Mr. Tom Lee, said the plan would fail.", "- Dr. Ann Ray's aide, said so.",
        // (A name, a comma and an article ending the text after a cue: the test for an
        // appositive that closes the clause must not read past the last token.)
        "Tom Lee said the port owes Ann Ray, a",
        // (A denial ending the text: the test for a charge denied must not read past it.)
        "Tom Lee has denied",
        // (A name opening the text, then a description without its closing comma: the
        // name's subject must not keep the description's comma boundary, whose comma
        // would be read before the first token.)
        "Q Y,a d said",
        // (A headline ending after a cue and its comma: the headline's semicolon test must
        // not read the sentence of the token past the last.)
        "Ann Ray said, \n",
        // (A relative clause's "call" ending the text: the test for its label after the
        // cue must not read past the last token. Found by fuzzing.)
        "the tolls that critics call"}) {
    auto e = (*created)->Extract(text);
    ASSERT_TRUE(e.ok()) << text << ": " << e.status();
    ExpectWellFormed(text, *e, 0);
  }
}

// Long runs of what one rule reads one step at a time: ages after a source ("According to
// Ann Ray, 45, ..."), quotation marks, possessives. Each must finish and give a well-formed
// extraction (no recursion or scan per repetition).
TEST(RobustnessTest, LongRunsOfARepeatedConstruction) {
  auto created = Extractor::Create(ExtractorOptions::Default());
  ASSERT_TRUE(created.ok()) << created.status();
  std::string ages = "According to Ann Ray, ";
  std::string marks = "Tom Lee said: ";
  std::string owners = "The ";
  // (Asides before the cue: "Ann Ray, the port director, however, said" reads the subject
  // past the aside once; reading it again for each aside took exponential time.)
  std::string asides = "In May, riders";
  for (int i = 0; i < 50000; ++i) {
    ages += "7, ";
    marks += "''' ";
    owners += "People's ";
    asides += ", however";
  }
  ages += "the ferries are late.";
  marks += "the ferries are late.";
  owners += "Bank said the ferries are late.";
  asides += ", said the ferries are late.";
  for (const std::string& text : {ages, marks, owners, asides}) {
    auto e = (*created)->Extract(text);
    ASSERT_TRUE(e.ok()) << text.substr(0, 40) << ": " << e.status();
    ExpectWellFormed(text, *e, 0);
  }
}

TEST(RobustnessTest, RunOnSentencesOfCuesAndArticlesOfManyNames) {
  // One "sentence" of thousands of attributions, and an article of thousands of people: each
  // cue's content, subject and speaker searches are bounded (BM_ExtractRunOn measures that
  // the time stays linear in the length).
  auto created = Extractor::Create(ExtractorOptions::Default());
  ASSERT_TRUE(created.ok()) << created.status();
  std::vector<std::string> texts;
  for (const char* unit : {"Voters in 10 states said ", "the company said ",
                           "\"a,\" said Ann Ray, ", ", she said, ", "according to Ann Ray, ",
                           "Ray and Lee and ", "she wrote in a memo that ", "\"Go.\" ",
                           ", adding ", "and said ", "Ray was asked about ",
                           "the port, saying, \"go on now,\" ", "Ferry, Lee said, \"is late.\" ",
                           "I added to a "}) {
    std::string text = "Ann Ray said ";
    for (int i = 0; i < 3000; ++i) text += unit;
    texts.push_back(text + "the ferries are late.");
  }
  std::string people;
  for (int i = 0; i < 3000; ++i) {
    people += "Ann" + std::to_string(i) + " Ray" + std::to_string(i) +
              " said the ferries are late. The director said they are not. ";
  }
  texts.push_back(people);
  std::string profile;  // one person given a new organization in every sentence
  for (int i = 0; i < 3000; ++i) {
    profile += "Ann Ray, a spokeswoman for Harbor" + std::to_string(i) +
               " Holdings, said the plan would fail. The spokeswoman said so. ";
  }
  texts.push_back(profile);
  std::string embedded;  // quotes inside sentences, between paragraphs of bare quotes
  for (int i = 0; i < 3000; ++i) embedded += i % 2 ? "\"Go.\"\n\"Go.\"\n" : "a \"b c d e f g\" h.\n";
  texts.push_back(embedded);
  for (const std::string& text : texts) {
    auto e = (*created)->Extract(text);
    ASSERT_TRUE(e.ok()) << text.substr(0, 40) << ": " << e.status();
    EXPECT_FALSE(e->statements.empty()) << text.substr(0, 40);
    ExpectWellFormed(text, *e, 0);
  }
}

// The same, systematically: the sample article cut at the start of every word, so that the
// text opens at each position of each of its sentences.
TEST(RobustnessTest, EverySuffixOfAnArticleStartingAtAWord) {
  auto created = Extractor::Create(ExtractorOptions::Default());
  ASSERT_TRUE(created.ok()) << created.status();
  const std::string sample = SampleText();
  ASSERT_GT(sample.size(), 1000u);
  int cuts = 0;
  for (size_t at = 1; at < sample.size(); ++at) {
    if (sample[at - 1] != ' ' || sample[at] == ' ') continue;
    const std::string text = sample.substr(at);
    auto e = (*created)->Extract(text);
    ASSERT_TRUE(e.ok()) << "cut at " << at << ": " << e.status();
    ExpectWellFormed(text, *e, static_cast<int>(at));
    if (HasFailure()) return;
    ++cuts;
  }
  EXPECT_GT(cuts, 500);
}

// Every word the lexicons know, opening a text in a dozen attribution patterns: the rules
// test these words, so a text that starts with one reaches their backward scans at token 0
// (where the two crashes above were). Words from every column of data/lexicon/*.tsv.
TEST(RobustnessTest, TextsOpeningWithEveryLexiconWord) {
  auto created = Extractor::Create(ExtractorOptions::Default());
  ASSERT_TRUE(created.ok()) << created.status();
  std::set<std::string> words;
  for (const char* file : {"cues.tsv", "words.tsv", "organizations.tsv", "places.tsv"}) {
    std::ifstream in(std::string(POLICY_SOURCE_DIR) + "/data/lexicon/" + file);
    ASSERT_TRUE(in) << file;
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::string word;
      for (const char c : line + "\t") {
        if (c == '\t' || c == '|' || c == ' ') {
          if (!word.empty()) words.insert(word);
          word.clear();
        } else {
          word += c;
        }
      }
    }
  }
  ASSERT_GT(words.size(), 1000u);
  auto capitalized = [](std::string w) {
    if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
    return w;
  };
  int texts = 0;
  for (const std::string& w : words) {
    const std::string W = capitalized(w);
    for (const std::string& text :
         {w + " said the port was shut.", W + " said the port was shut.",
          W + " " + W + " told crews that the bridge was closed.",
          w + " " + w + " said the ferry would run.", W + ", said Ann Ray.",
          "\"" + W + ",\" said the port.", "said " + W + " " + w + ".",
          W + ": the port was shut, " + w + " said.", W + " of " + W + " said the pier was shut.",
          w + ", " + w + " said.", W + " and " + W + " said the port was shut.",
          "\"The ferry runs,\" " + w + " " + W + " said."}) {
      auto e = (*created)->Extract(text);
      ASSERT_TRUE(e.ok()) << text << ": " << e.status();
      ExpectWellFormed(text, *e, texts);
      if (HasFailure()) return;
      ++texts;
    }
  }
  EXPECT_GT(texts, 12000);
}


// A section of a long text that opens inside an appositive: the test for a city before its
// state's comma ("a doctor from Elmwood, New Jersey") must not read the token before the
// section's first. Found by fuzzing (the sixty-third session), with 64-byte sections.
TEST(RobustnessTest, SectionOpeningInsideAnAppositive) {
  ExtractorOptions options = ExtractorOptions::Default();
  options.section_bytes = 64;
  auto created = Extractor::Create(options);
  ASSERT_TRUE(created.ok()) << created.status();
  const std::string text =
      "\"One delegate, T\xE2\x80\x9Dom Moss of Elm\"o the EThe  told reporters MEP C,C,said y d";
  auto e = (*created)->Extract(text);
  ASSERT_TRUE(e.ok()) << e.status();
  ExpectWellFormed(text, *e, 0);
}

}  // namespace
}  // namespace policy
