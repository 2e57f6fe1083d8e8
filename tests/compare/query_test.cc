// Topic query parser: syntax, canonical form, stemming, and malformed queries.
#include "server/compare/query.h"

#include <string>

#include "gtest/gtest.h"

namespace policy::compare {
namespace {

std::string Canonical(const std::string& text) {
  absl::StatusOr<TopicQuery> query = TopicQuery::Parse(text);
  EXPECT_TRUE(query.ok()) << text << ": " << query.status();
  return query.ok() ? query->Canonical() : "<error>";
}

absl::Status ParseError(const std::string& text) { return TopicQuery::Parse(text).status(); }

TEST(TopicQueryTest, EmptyQueryMatchesEverything) {
  absl::StatusOr<TopicQuery> query = TopicQuery::Parse("   ");
  ASSERT_TRUE(query.ok());
  EXPECT_TRUE(query->empty());
  EXPECT_EQ(query->Canonical(), "");
}

TEST(TopicQueryTest, CanonicalForms) {
  EXPECT_EQ(Canonical("Innovation"), "innovation");
  EXPECT_EQ(Canonical("innov* \"Industrial Internet\""), "(AND innov* \"industrial internet\")");
  EXPECT_EQ(Canonical("a1 OR b2 c3"), "(OR a1 (AND b2 c3))");
  EXPECT_EQ(Canonical("(a1 OR b2) AND c3"), "(AND (OR a1 b2) c3)");
  EXPECT_EQ(Canonical("data NOT privacy"), "(AND data (NOT privacy))");
  EXPECT_EQ(Canonical("NOT NOT data"), "data");
  EXPECT_EQ(Canonical("x1 AND (y1 AND z1)"), "(AND x1 y1 z1)");
  // Lower-case operators are words; a hyphenated word is a phrase.
  EXPECT_EQ(Canonical("research and development"), "(AND research and development)");
  EXPECT_EQ(Canonical("e-commerce"), "\"e commerce\"");
  EXPECT_EQ(Canonical("\"digital transform*\""), "\"digital transform*\"");
}

TEST(TopicQueryTest, WordsAreStemmedWithSnowball) {
  absl::StatusOr<TopicQuery> query = TopicQuery::Parse("innovation OR innovative");
  ASSERT_TRUE(query.ok());
  const QueryNode& root = query->root();
  ASSERT_EQ(root.kind, QueryNode::Kind::kOr);
  EXPECT_EQ(root.children[0].words[0].stem, "innov");
  EXPECT_EQ(root.children[1].words[0].stem, "innov");
  absl::StatusOr<TopicQuery> prefix = TopicQuery::Parse("comput*");
  ASSERT_TRUE(prefix.ok());
  EXPECT_TRUE(prefix->root().words[0].prefix);
  EXPECT_EQ(prefix->root().words[0].lower, "comput");
}

TEST(TopicQueryTest, MalformedQueriesNameThePosition) {
  struct Case {
    std::string query;
    std::string message;
  };
  const Case cases[] = {
      {"\"industrial internet", "the quote is never closed (add a '\"') at column 1"},
      {"(innovation OR data", "'(' at column 1 is never closed; found the end of the query at column 20"},
      {"innovation)", "')' has no matching '(' at column 11"},
      {"innovation AND", "expected a word, a \"phrase\" or '(' but found the end of the query at column 15"},
      {"OR data", "expected a word, a \"phrase\" or '(' but found 'OR' at column 1"},
      {"data OR OR ai", "found 'OR' at column 9"},
      {"data NOT", "found the end of the query at column 9"},
      {"()", "empty parentheses '()' at column 1"},
      {"in*ov", "'*' is only allowed at the end of a word at column 3"},
      {"*", "'*' must directly follow a word, as in innov* at column 1"},
      {"i*", "prefix 'i*' is too short; use at least 2 letters at column 1"},
      {"data &&", "'&&' has no letter or digit to search for at column 6"},
      {"\"  \"", "the phrase has no word to search for at column 1"},
  };
  for (const Case& c : cases) {
    const absl::Status status = ParseError(c.query);
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << c.query;
    EXPECT_NE(status.message().find(c.message), absl::string_view::npos)
        << c.query << " -> " << status.message();
  }
}

TEST(TopicQueryTest, RejectsTooLongAndTooDeep) {
  EXPECT_EQ(ParseError(std::string(1001, 'a')).code(), absl::StatusCode::kInvalidArgument);
  std::string deep = std::string(40, '(') + "data" + std::string(40, ')');
  const absl::Status status = ParseError(deep);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("nested deeper than 32"), absl::string_view::npos) << status;
}

TEST(TopicQueryTest, ArbitraryInputNeverCrashes) {
  // Random strings over the query alphabet (and bytes that are not UTF-8): each parses or is
  // rejected with INVALID_ARGUMENT.
  const std::string alphabet = "ab( )\"*ANDORNOT-\xE2\x80\x9C\xFF.";
  uint32_t state = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string query;
    const int length = static_cast<int>(state % 24);
    for (int i = 0; i < length; ++i) {
      state = state * 1103515245u + 12345u;
      query.push_back(alphabet[(state >> 16) % alphabet.size()]);
    }
    state = state * 1103515245u + 12345u;
    const absl::StatusOr<TopicQuery> parsed = TopicQuery::Parse(query);
    if (!parsed.ok()) {
      EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument) << query;
    } else if (!parsed->empty()) {
      EXPECT_FALSE(parsed->Canonical().empty()) << query;
    }
  }
}

}  // namespace
}  // namespace policy::compare
