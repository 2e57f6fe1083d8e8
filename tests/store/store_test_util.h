// Helpers shared by the store tests: temporary databases and articles with statements built
// from the text itself (so spans are always exact).
#ifndef POLICY_TESTS_STORE_STORE_TEST_UTIL_H_
#define POLICY_TESTS_STORE_STORE_TEST_UTIL_H_

#include <stdlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "server/core/model.h"

namespace policy::testing_util {

// A fresh directory under the test temp dir, removed on destruction.
class TempDir {
 public:
  TempDir() {
    std::string pattern = ::testing::TempDir() + "/policy_store_XXXXXX";
    char* made = mkdtemp(pattern.data());
    EXPECT_NE(made, nullptr) << "mkdtemp failed for " << pattern;
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// One statement to place in an article: `content` must occur in the text.
struct Said {
  Said(std::string content, int speaker = -1, StatementKind kind = StatementKind::kDirect,
       std::string cue = "said", std::string mention = "")
      : content(std::move(content)),
        speaker(speaker),
        kind(kind),
        cue(std::move(cue)),
        mention(std::move(mention)) {}

  std::string content;
  int speaker;  // index into the speakers passed to MakeExtraction; -1 = unattributed
  StatementKind kind;
  std::string cue;
  std::string mention;
};

inline SpeakerProfile Person(std::string name, std::vector<std::string> organizations = {},
                             std::vector<std::string> roles = {},
                             std::vector<std::string> aliases = {}) {
  SpeakerProfile profile;
  profile.name = std::move(name);
  profile.kind = SpeakerKind::kPerson;
  profile.organizations = std::move(organizations);
  profile.roles = std::move(roles);
  profile.aliases = std::move(aliases);
  return profile;
}

// Builds an extraction whose spans point at the first occurrence of each content (searching
// forward from the previous one) and of its cue.
inline Extraction MakeExtraction(const std::string& text, std::vector<SpeakerProfile> speakers,
                                 const std::vector<Said>& said) {
  Extraction extraction;
  extraction.speakers = std::move(speakers);
  size_t from = 0;
  for (const Said& s : said) {
    const size_t begin = text.find(s.content, from);
    EXPECT_NE(begin, std::string::npos) << "'" << s.content << "' not in the text";
    if (begin == std::string::npos) continue;
    from = begin + s.content.size();
    ExtractedStatement statement;
    statement.content = Span{begin, begin + s.content.size()};
    statement.kind = s.kind;
    statement.cue = s.cue;
    const size_t cue = s.cue.empty() ? std::string::npos : text.find(s.cue);
    if (cue != std::string::npos) statement.cue_span = Span{cue, cue + s.cue.size()};
    statement.sentence = Span{0, text.size()};
    statement.speaker = s.speaker;
    statement.speaker_mention = s.mention;
    extraction.statements.push_back(statement);
  }
  return extraction;
}

inline Article MakeArticle(std::string id, std::string text, std::string source = "Daily Test") {
  Article article;
  article.id = std::move(id);
  article.title = "Title of " + article.id;
  article.source = std::move(source);
  article.url = "https://example.com/" + article.id;
  article.published = "2026-03-05";
  article.text = std::move(text);
  return article;
}

}  // namespace policy::testing_util

#endif  // POLICY_TESTS_STORE_STORE_TEST_UTIL_H_
