// Where a reported clause ends and the next statement starts (the sixth session's
// reported-speech rules). Inputs are invented; each rule has its hard negative.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/extract_test_util.h"

namespace policy {
namespace {

using ::testing::ElementsAre;

using extract_test::Found;
using extract_test::Statements;

TEST(ClauseBoundaryTest, CommaInsideAClosingQuoteEndsTheClauseBeforeAParticiple) {
  // The comma sits inside the closing mark: the clause ends there all the same, and the
  // participle opens the same speaker's second statement.
  EXPECT_THAT(Statements("Tom Lee insisted he has \xE2\x80\x9C" "expanded the harbor,\xE2\x80\x9D"
                         " claiming that he is responsible for higher traffic."),
              ElementsAre(Found{"he has \xE2\x80\x9C" "expanded the harbor,\xE2\x80\x9D",
                                "Tom Lee", "mixed"},
                          Found{"he is responsible for higher traffic", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the ferry is \"the only one that can cross the bay,\""
                         " adding that the port would stay open."),
              ElementsAre(Found{"the ferry is \"the only one that can cross the bay,\"",
                                "Ann Ray", "mixed"},
                          Found{"the port would stay open", "Ann Ray", "indirect"}));
  // Hard negatives: a quote without a comma inside runs on into the participle phrase, and
  // a participle that is no cue does not cut the clause.
  EXPECT_THAT(Statements("Ann Ray said the ferry is \"the only one\" adding to the traffic."),
              ElementsAre(Found{"the ferry is \"the only one\" adding to the traffic", "Ann Ray",
                                "mixed"}));
  EXPECT_THAT(Statements("Ann Ray said the ferry is \"the only one we have,\" sailing daily"
                         " from the old pier."),
              ElementsAre(Found{"the ferry is \"the only one we have,\" sailing daily from the"
                                " old pier",
                                "Ann Ray", "mixed"}));
}

}  // namespace
}  // namespace policy
