// SpeakerResolver keeps its working memory per thread; resolvers used one after another, or
// alive at the same time on one thread, must not see each other's state.
#include "server/extract/internal/speakers.h"

#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "server/extract/extractor.h"
#include "server/extract/internal/lexicon.h"
#include "server/extract/internal/text.h"
#include "tests/extract/extract_test_util.h"

namespace policy::extract_internal {
namespace {

using extract_test::TheLexicon;

// The token range of the first occurrence of `words` (space-separated) in `doc`.
Mention Find(const Document& doc, std::string_view words) {
  std::vector<std::string_view> parts;
  for (size_t start = 0; start <= words.size();) {
    size_t space = words.find(' ', start);
    if (space == std::string_view::npos) space = words.size();
    parts.push_back(words.substr(start, space - start));
    start = space + 1;
  }
  for (uint32_t t = 0; t + parts.size() <= doc.tokens.size(); ++t) {
    bool match = true;
    for (size_t k = 0; k < parts.size() && match; ++k) match = doc.TokenText(t + k) == parts[k];
    if (match) return {t, static_cast<uint32_t>(t + parts.size()), 0, 0};
  }
  ADD_FAILURE() << "no '" << words << "'";
  return {};
}

// Resolves the mentions in order; returns the speaker indexes, then the speakers' names.
std::vector<std::string> ResolveAll(SpeakerResolver& resolver, const Document& doc,
                                    const std::vector<std::string_view>& mentions) {
  std::vector<std::string> out;
  for (std::string_view words : mentions) {
    out.push_back(std::to_string(resolver.Resolve(Find(doc, words))));
  }
  for (const SpeakerProfile& p : resolver.TakeSpeakers()) out.push_back(p.name);
  return out;
}

constexpr std::string_view kFerries =
    "Ann Ray said the ferry would run late. Ray said the bridge was closed, and she said "
    "the port would reopen. Tom Lee said nothing.";
const std::vector<std::string_view> kFerryMentions = {"Ann Ray", "Ray", "she", "Tom Lee"};
const std::vector<std::string_view> kLibraryMentions = {"Tom Lee", "Ida Moss", "Lee", "Ray",
                                                        "she", "Ann Ray"};
constexpr std::string_view kLibraries =
    "Tom Lee said the library would close. Ida Moss said it would not, and Ann Ray agreed "
    "with Ray and she said so. Lee said more.";

TEST(SpeakerResolverTest, ResolversInTurnAndAtOnceAgree) {
  const Document ferries = Analyze(kFerries, TheLexicon());
  const Document libraries = Analyze(kLibraries, TheLexicon());
  std::vector<std::string> ferries_alone, libraries_alone;
  {
    SpeakerResolver resolver(ferries, TheLexicon());
    ferries_alone = ResolveAll(resolver, ferries, kFerryMentions);
  }
  {
    SpeakerResolver resolver(libraries, TheLexicon());
    libraries_alone = ResolveAll(resolver, libraries, kLibraryMentions);
  }
  ASSERT_GE(ferries_alone.size(), 5u);
  EXPECT_EQ(ferries_alone[0], ferries_alone[1]);  // "Ray" is Ann Ray
  EXPECT_NE(ferries_alone, libraries_alone);
  // Again in turn (the second reuses the first's memory), then both alive at once.
  {
    SpeakerResolver resolver(ferries, TheLexicon());
    EXPECT_EQ(ResolveAll(resolver, ferries, kFerryMentions), ferries_alone);
  }
  SpeakerResolver first(libraries, TheLexicon());
  SpeakerResolver second(ferries, TheLexicon());
  EXPECT_EQ(first.Resolve(Find(libraries, "Tom Lee")), 0);
  EXPECT_EQ(ResolveAll(second, ferries, kFerryMentions), ferries_alone);
  SpeakerResolver third(libraries, TheLexicon());
  EXPECT_EQ(ResolveAll(third, libraries, kLibraryMentions), libraries_alone);
}

}  // namespace
}  // namespace policy::extract_internal
