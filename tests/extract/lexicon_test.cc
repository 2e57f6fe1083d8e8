#include "server/extract/internal/lexicon.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "server/extract/extractor.h"

namespace policy::extract_internal {
namespace {

namespace fs = std::filesystem;

class TempLexiconDir {
 public:
  TempLexiconDir() {
    dir_ = fs::temp_directory_path() /
           ("lexicon_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    Write("words.tsv", "pronoun\the|she\n");
    Write("cues.tsv", "speech\tsay|says|said|saying\nspeech\twarn\nspeech\tcall for\n");
    Write("organizations.tsv", "Haier\tHaier Group\n");
  }
  ~TempLexiconDir() { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name) << content;
  }
  std::string path() const { return dir_.string(); }

 private:
  fs::path dir_;
};

TEST(LexiconTest, ShippedLexiconLoads) {
  auto lexicon = Lexicon::Load(ExtractorOptions::Default().lexicon_dir);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  EXPECT_TRUE(lexicon->Flags("said") & kCueStart);
  EXPECT_TRUE(lexicon->Flags("he") & kPronoun);
  EXPECT_EQ(lexicon->CanonicalOrganization("Haier Group"), "Haier");
}

// A title written with its period ("Rt.", "Hon.") must be an abbreviation too: else the
// tokenizer leaves the period apart, and it ends the sentence before the name ("The
// Speaker, Rt. Hon. Ann Ray, said" lost its speaker).
TEST(LexiconTest, ShippedTitlesWithAPeriodAreAbbreviations) {
  const std::string dir = ExtractorOptions::Default().lexicon_dir;
  auto lexicon = Lexicon::Load(dir);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  std::ifstream words(dir + "/words.tsv");
  std::string line;
  int titles = 0;
  while (std::getline(words, line)) {
    if (!line.starts_with("title\t")) continue;
    std::string_view forms = std::string_view(line).substr(6);
    while (!forms.empty()) {
      const size_t bar = forms.find('|');
      const std::string_view form = forms.substr(0, bar);
      if (form.ends_with('.')) {
        ++titles;
        EXPECT_TRUE(lexicon->Flags(form) & kAbbrev) << form;
      }
      forms = bar == std::string_view::npos ? std::string_view() : forms.substr(bar + 1);
    }
  }
  EXPECT_GT(titles, 10);
}

TEST(LexiconTest, InflectsRegularVerbsAndKeepsMultiWordCues) {
  TempLexiconDir dir;
  auto lexicon = Lexicon::Load(dir.path());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  for (const char* form : {"warn", "warns", "warned", "warning", "say", "said", "says"}) {
    EXPECT_TRUE(lexicon->Flags(form) & kCueStart) << form;
  }
  const WordInfo* called = lexicon->Find("called");
  ASSERT_NE(called, nullptr);
  ASSERT_EQ(called->cues.size(), 1u);
  EXPECT_EQ(lexicon->cue(called->cues[0]).rest, std::vector<std::string>{"for"});
  EXPECT_EQ(lexicon->cue(called->cues[0]).lemma, "call for");
}

TEST(LexiconTest, TooManyShortWordsIsAClearError) {
  // The short-word table holds 2^16 words; a words.tsv past that is refused, not misread.
  TempLexiconDir dir;
  std::string names = "female\t";
  for (int i = 0; i < 70000; ++i) names += (i ? "|w" : "w") + std::to_string(i);
  dir.Write("words.tsv", "pronoun\the|she\n" + names + "\n");
  auto lexicon = Lexicon::Load(dir.path());
  ASSERT_FALSE(lexicon.ok());
  EXPECT_EQ(lexicon.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(lexicon.status().message().find("short-word table holds 65536"), std::string::npos)
      << lexicon.status();
}

TEST(LexiconTest, MarksTheFirstWordsOfNounCues) {
  TempLexiconDir dir;
  dir.Write("cues.tsv",
            "speech\tsay|says|said|saying\nspeech\tclaim\nnoun\tclaim that|assertion that\n");
  auto lexicon = Lexicon::Load(dir.path());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  EXPECT_TRUE(lexicon->Flags("claim") & kNounCueStart);
  EXPECT_TRUE(lexicon->Flags("assertion") & kNounCueStart);
  // A verb's inflections and the verb cues' words open no noun cue.
  EXPECT_FALSE(lexicon->Flags("claims") & kNounCueStart);
  EXPECT_FALSE(lexicon->Flags("said") & kNounCueStart);
}

TEST(LexiconTest, ObjectClassIsSpeechWhoseNameObjectIsTheContent) {
  TempLexiconDir dir;
  dir.Write("cues.tsv", "speech\tsay|says|said|saying\nobject\tendorse\nobject\tvote for\n");
  auto lexicon = Lexicon::Load(dir.path());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  for (const char* form : {"endorse", "endorses", "endorsed", "endorsing", "voted"}) {
    const WordInfo* info = lexicon->Find(form);
    ASSERT_NE(info, nullptr) << form;
    ASSERT_EQ(info->cues.size(), 1u) << form;
    EXPECT_EQ(lexicon->cue(info->cues[0]).cls, CueClass::kSpeech) << form;
    EXPECT_TRUE(lexicon->cue(info->cues[0]).name_object) << form;
  }
  const WordInfo* said = lexicon->Find("said");
  ASSERT_NE(said, nullptr);
  EXPECT_FALSE(lexicon->cue(said->cues[0]).name_object);
  // The shipped file lists the verbs of endorsement and judgement in this class.
  auto shipped = Lexicon::Load(ExtractorOptions::Default().lexicon_dir);
  ASSERT_TRUE(shipped.ok()) << shipped.status();
  for (const char* form : {"endorsed", "backed", "praised", "opposes", "supported"}) {
    const WordInfo* info = shipped->Find(form);
    ASSERT_NE(info, nullptr) << form;
    bool name_object = false;
    for (int cue : info->cues) name_object = name_object || shipped->cue(cue).name_object;
    EXPECT_TRUE(name_object) << form;
  }
}

TEST(LexiconTest, AVerbAddedToTheObjectClassTakesANameAloneAsItsContent) {
  // The rule reads the class, not a list in the code: a verb a user adds to "object" gets
  // it, and the same verb as plain speech does not.
  const std::string text = "Ann Ray saluted Lee last week and left the pier.";
  for (const char* cls : {"object", "speech"}) {
    TempLexiconDir dir;
    const fs::path shipped = ExtractorOptions::Default().lexicon_dir;
    for (const char* file : {"words.tsv", "organizations.tsv", "cues.tsv"}) {
      std::ifstream in(shipped / file);
      std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (std::string(file) == "cues.tsv") content += std::string(cls) + "\tsalute\n";
      dir.Write(file, content);
    }
    ExtractorOptions options;
    options.lexicon_dir = dir.path();
    auto extractor = Extractor::Create(options);
    ASSERT_TRUE(extractor.ok()) << extractor.status();
    auto extraction = (*extractor)->Extract(text);
    ASSERT_TRUE(extraction.ok()) << extraction.status();
    ASSERT_EQ(extraction->statements.size(), 1u) << cls;
    const Span& content = extraction->statements[0].content;
    EXPECT_EQ(text.substr(content.begin, content.end - content.begin),
              std::string(cls) == "object" ? "Lee" : "Lee last week and left the pier")
        << cls;
  }
}

TEST(LexiconTest, AVerbAddedToThePortrayalClassNeedsAs) {
  // "portrayal" is speech that reports only with "as" after a short object: a verb a user
  // adds to it ("sketch") gets that condition; the same verb as plain speech does not.
  const std::string with_as = "Ann Ray sketched the ferry plan as a failure.";
  const std::string without_as = "Ann Ray sketched the old pier.";
  for (const char* cls : {"portrayal", "speech"}) {
    TempLexiconDir dir;
    const fs::path shipped = ExtractorOptions::Default().lexicon_dir;
    for (const char* file : {"words.tsv", "organizations.tsv", "cues.tsv"}) {
      std::ifstream in(shipped / file);
      std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (std::string(file) == "cues.tsv") content += std::string(cls) + "\tsketch\n";
      dir.Write(file, content);
    }
    ExtractorOptions options;
    options.lexicon_dir = dir.path();
    auto extractor = Extractor::Create(options);
    ASSERT_TRUE(extractor.ok()) << extractor.status();
    auto extraction = (*extractor)->Extract(with_as);
    ASSERT_TRUE(extraction.ok()) << extraction.status();
    EXPECT_EQ(extraction->statements.size(), 1u) << cls;
    extraction = (*extractor)->Extract(without_as);
    ASSERT_TRUE(extraction.ok()) << extraction.status();
    EXPECT_EQ(extraction->statements.size(), std::string(cls) == "portrayal" ? 0u : 1u) << cls;
  }
}

TEST(LexiconTest, AWordWithAnApostropheIsFoundWithEither) {
  TempLexiconDir dir;
  dir.Write("words.tsv", "preverb\tcouldn't|won\xE2\x80\x99t\nstop\tthe\n");
  auto lexicon = Lexicon::Load(dir.path());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  for (const char* word : {"couldn't", "couldn\xE2\x80\x99t", "won't", "won\xE2\x80\x99t"}) {
    EXPECT_TRUE(lexicon->Flags(word) & kPreverb) << word;
    // As the tokenizer looks words up: in place, in any case.
    const std::string text = std::string("He ") + word + " go.";
    EXPECT_TRUE(lexicon->FlagsInText(text, 3, 3 + std::string(word).size()) & kPreverb) << word;
  }
  EXPECT_FALSE(lexicon->Flags("the") & kPreverb);
}

// "co-anchor", "co-host": a role shared with another person is a role, and its plural a
// group, without a line of its own ("Elm Morning co-anchor Ann Ray said" lost the show).
TEST(LexiconTest, ARoleWithCoIsARole) {
  TempLexiconDir dir;
  dir.Write("words.tsv", "role\tanchor|host|cofounder\nstop\tthe\n");
  auto lexicon = Lexicon::Load(dir.path());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  EXPECT_TRUE(lexicon->Flags("co-anchor") & kRole);
  EXPECT_TRUE(lexicon->Flags("co-host") & kRole);
  EXPECT_TRUE(lexicon->Flags("co-hosts") & kGroup);
  EXPECT_FALSE(lexicon->Flags("co-cofounder") & kRole);
  EXPECT_FALSE(lexicon->Flags("co-the") & kRole);
}

TEST(LexiconTest, MissingFileIsNotFound) {
  TempLexiconDir dir;
  fs::remove(fs::path(dir.path()) / "cues.tsv");
  auto lexicon = Lexicon::Load(dir.path());
  EXPECT_EQ(lexicon.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(lexicon.status().message().find("cues.tsv"), std::string::npos);
}

TEST(LexiconTest, PlacesAreOptionalAndMatchWholeNamesInAnyCase) {
  TempLexiconDir dir;
  auto without = Lexicon::Load(dir.path());  // no places.tsv: nothing is a place
  ASSERT_TRUE(without.ok()) << without.status();
  EXPECT_FALSE(without->IsPlace("Ohio"));
  dir.Write("places.tsv", "# places\nOhio\nUnited States|U.S.\n");
  auto with = Lexicon::Load(dir.path());
  ASSERT_TRUE(with.ok()) << with.status();
  EXPECT_TRUE(with->IsPlace("OHIO"));
  EXPECT_TRUE(with->IsPlace("u.s."));
  EXPECT_TRUE(with->IsPlace("United States"));
  EXPECT_FALSE(with->IsPlace("Ohio State"));
  EXPECT_FALSE(with->IsPlace("Acme"));
  dir.Write("places.tsv", "Ohio\tstate\n");
  auto malformed = Lexicon::Load(dir.path());
  EXPECT_EQ(malformed.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(malformed.status().message().find("places.tsv:1"), std::string::npos)
      << malformed.status();
}

TEST(LexiconTest, MalformedLineNamesFileAndLine) {
  TempLexiconDir dir;
  dir.Write("cues.tsv", "speech\tsay\n# comment\nshouting loudly\n");
  auto lexicon = Lexicon::Load(dir.path());
  EXPECT_EQ(lexicon.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(lexicon.status().message().find("cues.tsv:3"), std::string::npos) << lexicon.status();
  dir.Write("cues.tsv", "speech\tsay\n");
  dir.Write("words.tsv", "colour\tred\n");
  lexicon = Lexicon::Load(dir.path());
  EXPECT_NE(lexicon.status().message().find("words.tsv:1"), std::string::npos) << lexicon.status();
}

TEST(LexiconTest, ExtractorCreateReportsMissingDirectory) {
  ExtractorOptions options;
  options.lexicon_dir = "/nonexistent/lexicon";
  auto extractor = Extractor::Create(options);
  EXPECT_EQ(extractor.status().code(), absl::StatusCode::kNotFound);
}

// AsciiLowerInto works in 8- and 4-byte windows: every length and position of capitals,
// other bytes (digits, punctuation, UTF-8) left as they are, and a reused output string.
TEST(LexiconTest, AsciiLowerIntoMatchesByteLoop) {
  const std::string alphabet = "AZaz09@[`{.-'\xC3\x89\xE2\x80\x99";
  std::string out = "previous contents of some length";
  uint32_t state = 12345;
  for (size_t length = 0; length <= 40; ++length) {
    for (int round = 0; round < 50; ++round) {
      std::string in;
      for (size_t i = 0; i < length; ++i) {
        state = state * 1103515245u + 12345u;
        in.push_back(alphabet[(state >> 16) % alphabet.size()]);
      }
      std::string expected = in;
      for (char& c : expected) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      }
      AsciiLowerInto(in, &out);
      ASSERT_EQ(out, expected) << "input: " << in;
      // The input may also be a part of the output string itself.
      std::string self = "Xy" + in;
      AsciiLowerInto(std::string_view(self).substr(2), &self);
      ASSERT_EQ(self, expected) << "input: " << in;
    }
  }
}

// The short-word table gives every word of up to 16 bytes exactly one slot, chosen at load
// time: with many words (far more than the shipped lexicon), every one must still be found
// in any ASCII case, and words that differ only in a non-ASCII byte or in an ASCII
// non-letter ("@" / "`") must stay apart.
TEST(LexiconTest, LargeLexiconFindsEveryWordInAnyCase) {
  TempLexiconDir dir;
  std::vector<std::string> words;
  uint32_t state = 777;
  const std::string letters = "abcdefghijklmnopqrstuvwxyz-'";
  for (int k = 0; k < 20000; ++k) {
    state = state * 1103515245u + 12345u;
    const size_t length = 1 + (state >> 16) % 20;  // some over 16 bytes: the long-word path
    std::string word;
    for (size_t i = 0; i < length; ++i) {
      state = state * 1103515245u + 12345u;
      word.push_back(letters[(state >> 16) % letters.size()]);
    }
    words.push_back(word);
  }
  std::string list;
  for (const std::string& w : words) list += w + "|";
  list += "x\xC3\x80y|a@b";  // not their partners "x\xC3\xA0y" and "a`b"
  dir.Write("words.tsv", "stop\t" + list + "\n");
  auto lexicon = Lexicon::Load(dir.path());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  for (const std::string& w : words) {
    std::string upper = w;
    for (char& c : upper) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    }
    for (const std::string& text : {w, upper, "The " + upper + " said"}) {
      const size_t begin = text.size() == w.size() ? 0 : 4;
      const Lexicon::Match match = lexicon->FindInText(text, begin, begin + w.size());
      ASSERT_NE(match.info, nullptr) << w << " in '" << text << "'";
      EXPECT_TRUE(match.flags & kStop) << w;
      EXPECT_EQ(lexicon->FlagsInText(text, begin, begin + w.size()), match.flags) << w;
    }
  }
  EXPECT_TRUE(lexicon->FlagsInText("x\xC3\x80y", 0, 4) & kStop);
  EXPECT_EQ(lexicon->FlagsInText("x\xC3\xA0y", 0, 4), 0u);
  EXPECT_TRUE(lexicon->FlagsInText("a@b", 0, 3) & kStop);
  EXPECT_EQ(lexicon->FlagsInText("a`b", 0, 3), 0u);
  EXPECT_EQ(lexicon->FindInText("a`b", 0, 3).info, nullptr);
  EXPECT_EQ(lexicon->FlagsInText("", 0, 0), 0u);
}

// FindInText folds the case of plain ASCII words with one OR of bit 0x20 per byte; that
// must stay exact where the OR would also map one non-letter onto another.
TEST(LexiconTest, CaseFoldingNeverMergesDifferentWords) {
  TempLexiconDir dir;
  dir.Write("words.tsv", "stop\ta1b|a:b|a@b|x_y|p q|don\xE2\x80\x99t|caf\xC3\xA9\n");
  auto lexicon = Lexicon::Load(dir.path());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  for (std::string_view word : {"a1b", "A1B", "a:b", "A@B", "a@b", "X_Y", "p q", "P Q",
                                "don\xE2\x80\x99t", "DON\xE2\x80\x99T", "CAF\xC3\xA9"}) {
    EXPECT_NE(lexicon->FindInText(word, 0, word.size()).info, nullptr) << word;
    EXPECT_TRUE(lexicon->FlagsInText(word, 0, word.size()) & kStop) << word;
  }
  // Bytes that the OR maps onto a listed word's bytes: control characters onto digits,
  // colons and spaces; ` onto @'s fold; DEL onto _'s; one UTF-8 continuation byte onto
  // another (é and É differ there, and so do ’ and ⠹).
  for (std::string_view text : {std::string_view("a\x11" "b"), std::string_view("a\x1A" "b"),
                                std::string_view("p\0q", 3), std::string_view("a`b"),
                                std::string_view("A`B"), std::string_view("x\x7Fy"),
                                std::string_view("don\xE2\xA0\xB9t"),
                                std::string_view("caf\xC3\x89")}) {
    EXPECT_EQ(lexicon->FindInText(text, 0, text.size()).info, nullptr) << text;
    EXPECT_EQ(lexicon->FlagsInText(text, 0, text.size()), 0u) << text;
  }
}

// HasAsciiUpper reads words of up to 16 bytes as two 8-byte windows: bytes after the word
// (here capitals) must not count, and words near the end of the text take the byte loop.
TEST(HasAsciiUpperTest, LooksOnlyAtTheWord) {
  for (size_t length = 1; length <= 20; ++length) {
    for (size_t capital = 0; capital <= length; ++capital) {  // capital == length: none
      std::string word(length, 'a');
      if (capital < length) word[capital] = 'Q';
      for (const std::string& text :
           {word, "x " + word + " ZZZZZZZZZZZZZZZZZZZZ", word + "\xC3\x80ZZZ"}) {
        const size_t begin = text.find(word);
        EXPECT_EQ(HasAsciiUpper(text, begin, begin + length), capital < length)
            << "'" << word << "' in '" << text << "'";
      }
    }
  }
  EXPECT_FALSE(HasAsciiUpper("caf\xC3\x89s", 0, 6));  // a non-ASCII capital is no ASCII one
}

}  // namespace
}  // namespace policy::extract_internal
