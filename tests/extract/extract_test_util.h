// Helpers shared by the extraction tests: one Extractor and one Lexicon for the whole test
// binary (loading the lexicon once), and short views of an extraction to compare against.
//
//   EXPECT_THAT(Statements("Ann Ray said the port was closed."),
//               ElementsAre(Found{"the port was closed", "Ann Ray", "indirect"}));
#ifndef POLICY_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_
#define POLICY_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_

#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "server/extract/extractor.h"
#include "server/extract/internal/lexicon.h"

namespace policy::extract_test {

// One statement as a test states it.
struct Found {
  std::string content;  // exact content span text
  std::string speaker;  // display name, "" when unattributed
  std::string kind;
  friend bool operator==(const Found&, const Found&) = default;
  friend std::ostream& operator<<(std::ostream& os, const Found& f) {
    return os << "{\"" << f.content << "\", \"" << f.speaker << "\", " << f.kind << "}";
  }
};

// The default extractor, created once (never destroyed: tests on other threads may use it).
inline const Extractor& TheExtractor() {
  static const Extractor* extractor = [] {
    auto created = Extractor::Create(ExtractorOptions::Default());
    EXPECT_TRUE(created.ok()) << created.status();
    return created->release();
  }();
  return *extractor;
}

// The default lexicon, for tests of the internal layers.
inline const extract_internal::Lexicon& TheLexicon() {
  static const extract_internal::Lexicon* lexicon = [] {
    auto loaded = extract_internal::Lexicon::Load(ExtractorOptions::Default().lexicon_dir);
    EXPECT_TRUE(loaded.ok()) << loaded.status();
    return new extract_internal::Lexicon(std::move(*loaded));
  }();
  return *lexicon;
}

// The extraction of `text`; a failed one is a test failure and an empty extraction.
inline Extraction ExtractOrDie(const std::string& text) {
  auto extraction = TheExtractor().Extract(text);
  EXPECT_TRUE(extraction.ok()) << extraction.status();
  return extraction.ok() ? *std::move(extraction) : Extraction{};
}

// Every statement of `text`, in order.
inline std::vector<Found> Statements(const std::string& text) {
  Extraction e = ExtractOrDie(text);
  std::vector<Found> out;
  for (const ExtractedStatement& s : e.statements) {
    EXPECT_LE(s.content.end, text.size());
    out.push_back({text.substr(s.content.begin, s.content.size()),
                   s.speaker >= 0 ? e.speakers[s.speaker].name : "",
                   std::string(StatementKindName(s.kind))});
  }
  return out;
}

// The organizations of each statement's speaker, in order (none when unattributed):
//   EXPECT_THAT(OrganizationsByStatement("Acme CEO Ann Ray said it was late."),
//               ElementsAre(ElementsAre("Acme")));
inline std::vector<std::vector<std::string>> OrganizationsByStatement(const std::string& text) {
  Extraction e = ExtractOrDie(text);
  std::vector<std::vector<std::string>> out;
  for (const ExtractedStatement& s : e.statements) {
    out.push_back(s.speaker >= 0 ? e.speakers[s.speaker].organizations
                                 : std::vector<std::string>{});
  }
  return out;
}

// The display name of each statement's speaker, in order ("" when unattributed).
inline std::vector<std::string> SpeakerNames(const Extraction& e) {
  std::vector<std::string> names;
  for (const ExtractedStatement& s : e.statements) {
    names.push_back(s.speaker >= 0 ? e.speakers[s.speaker].name : "");
  }
  return names;
}

// The speaker with display name `name`, or nullptr.
inline const SpeakerProfile* FindSpeaker(const Extraction& e, const std::string& name) {
  for (const SpeakerProfile& p : e.speakers) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

}  // namespace policy::extract_test

#endif  // POLICY_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_
