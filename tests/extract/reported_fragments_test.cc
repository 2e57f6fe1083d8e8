// Reported-speech rules of the eighth session: fragments of a reported clause that news
// writing splits around its attribution. Each test states the exact spans and speakers of
// invented sentences, and a hard negative that must not fire.
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/extract_test_util.h"

namespace policy {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

using extract_test::Found;
using extract_test::Statements;

TEST(ReportedFragmentTest, RelativeWhichBeforeTheSubjectIsAFragment) {
  // "..., which X said PREDICATE": "which" stands for the start of what X said.
  EXPECT_THAT(Statements("Tom Lee praised the new timetable. The board kept the old fares, "
                         "which he said had hurt the ferry crews."),
              ElementsAre(Found{"the new timetable", "Tom Lee", "indirect"},
                          Found{"which", "Tom Lee", "indirect"},
                          Found{"had hurt the ferry crews", "Tom Lee", "indirect"}));
  // With nothing after the cue, the pronoun is the whole object.
  EXPECT_THAT(Statements("Ann Ray signed the pier contract, which Tom Lee opposed."),
              ElementsAre(Found{"which", "Tom Lee", "indirect"}));
  // Hard negatives: "in which" is a place or an occasion, not what was said; a subject
  // relative ("which was set") has no speaker of its own.
  EXPECT_THAT(Statements("The board met in the library, in which Ann Ray said the roof leaked."),
              ElementsAre(Found{"the roof leaked", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the toll, which was set in May, would stay."),
              ElementsAre(Found{"the toll, which was set in May, would stay", "Ann Ray",
                                "indirect"}));
}

TEST(ReportedFragmentTest, RelativeThatOrWhichAfterAnAdverbIsAFragmentToo) {
  // "a job that X say is Y": the words after the cue lack a subject, so "that" is the
  // relative pronoun standing for the start of what X said; "which even X admit" likewise.
  EXPECT_THAT(Statements("Wu Lan took up a line of work that many planners say is the future."),
              ElementsAre(Found{"that", "planners", "indirect"},
                          Found{"is the future", "planners", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray gave a short talk, which even rivals admit was her best."),
              ElementsAre(Found{"which", "rivals", "indirect"},
                          Found{"was her best", "rivals", "indirect"}));
  // Hard negatives: "that" after a verb of saying, or before a clause with its own subject,
  // is a complementizer.
  EXPECT_THAT(Statements("Tom Lee said that many planners say it is the future."),
              ElementsAre(Found{"many planners say it is the future", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("Tom Lee hinted that someone who ignores questions can't win."),
              ElementsAre(Found{"someone who ignores questions can't win", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("The port said, without giving details, that several suspects had "
                         "been held."),
              ElementsAre(Found{"several suspects had been held", "port", "indirect"}));
}

TEST(ReportedFragmentTest, RelativeClauseWithItsOwnAttributionEndsTheObject) {
  // "A blasted X, which B said Y": the relative clause is B's statement, not part of A's.
  EXPECT_THAT(Statements("Tom Lee blasted the new ferry fares, which Ann Ray said were fair."),
              ElementsAre(Found{"the new ferry fares", "Tom Lee", "indirect"},
                          Found{"which", "Ann Ray", "indirect"},
                          Found{"were fair", "Ann Ray", "indirect"}));
  // A relative clause without an attribution that closes the sentence is the writer's
  // gloss (see ReportedSpeechTest.RelativeClauseClosingTheClauseIsTheWritersGloss); hard
  // negative: one whose verb is no cue, inside the reported clause, stays in it.
  EXPECT_THAT(Statements("Tom Lee blasted the new ferry fares, which rose in May."),
              ElementsAre(Found{"the new ferry fares", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss said the bridge, which Tom Lee built, is safe."),
              ElementsAre(Found{"the bridge, which Tom Lee built, is safe", "Ida Moss",
                                "indirect"}));
}

TEST(ReportedFragmentTest, NounCueAfterANameAndADeterminerIsANoun) {
  // "The Elm City attack ...": a bare noun cue modified by a name is no verb of speech.
  EXPECT_THAT(Statements("The Elm City attack shocked the ferry crews."), IsEmpty());
  // Hard negatives: a plural name is a subject ("The Greens claim"); after a preposition
  // the name ends an object and the cue is the verb of the subject before it.
  EXPECT_THAT(Statements("The Greens claim the ferry is late."),
              ElementsAre(Found{"the ferry is late", "Greens", "indirect"}));
  EXPECT_THAT(Statements("Riders who moved to Elm City attack the toll as unfair."),
              ElementsAre(Found{"the toll as unfair", "Riders", "indirect"}));
}

TEST(ReportedFragmentTest, OneWordBeforeAnInterruptingAttributionIsAFragment) {
  // "W, X said, REST": a one-word opening (an adverb, a name) is the first fragment of the
  // split statement, as a longer opening already was.
  EXPECT_THAT(Statements("Recently, Ann Ray said, the ferry has run late."),
              ElementsAre(Found{"Recently", "Ann Ray", "indirect"},
                          Found{"the ferry has run late", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Instead, Tom Lee said, the port will buy a new barge."),
              ElementsAre(Found{"Instead", "Tom Lee", "indirect"},
                          Found{"the port will buy a new barge", "Tom Lee", "indirect"}));
  // Hard negative: without a comma after the cue the opening word is the writer's.
  EXPECT_THAT(Statements("Recently, Ann Ray said the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Ann Ray", "indirect"}));
}

TEST(ReportedFragmentTest, ListenerOfTellBeforeTheInterruptingComma) {
  // "A, X told reporters, B": the listener stands between the cue and the comma, and both
  // halves are X's, as with "A, X said, B".
  EXPECT_THAT(Statements("The ferry will stop, Ann Ray told reporters, because it lost money."),
              ElementsAre(Found{"The ferry will stop", "Ann Ray", "indirect"},
                          Found{"because it lost money", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The ferry will stop, Tom Lee told the Harbor Times, and the crews "
                         "will be paid."),
              ElementsAre(Found{"The ferry will stop", "Tom Lee", "indirect"},
                          Found{"and the crews will be paid", "Tom Lee", "indirect"}));
  // Hard negatives: the listener then the clause without a comma is one statement after it;
  // what was told is no listener ("told them nothing,").
  EXPECT_THAT(Statements("Ann Ray told reporters the ferry would stop."),
              ElementsAre(Found{"the ferry would stop", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Before the vote, Ann Ray told them nothing, and she left."),
              IsEmpty());
}

TEST(ReportedFragmentTest, ParticipleAfterACommaAndAMannerAdverb) {
  // ", falsely suggesting that ...": the participle is still the subject's, with the
  // adverb between the comma and the cue.
  EXPECT_THAT(Statements("Tom Lee called Ann Ray, falsely suggesting that the port was closed."),
              ElementsAre(Found{"the port was closed", "Tom Lee", "indirect"}));
  // Hard negative: a participle aside right after the subject ends at its closing comma
  // (with or without an adverb); the main verb after it is no content.
  EXPECT_THAT(Statements("The ferry crews, mostly fearing a strike, stayed home."),
              ElementsAre(Found{"a strike", "ferry crews", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray, fearing a strike, stayed home."),
              ElementsAre(Found{"a strike", "Ann Ray", "indirect"}));
  // ... but not after a clause with its own verb, where the list goes on.
  EXPECT_THAT(Statements("Ann Ray left the pier, saying the ferry was late, tired and cold."),
              ElementsAre(Found{"the ferry was late, tired and cold", "Ann Ray", "indirect"}));
}

TEST(ReportedFragmentTest, OpeningSubordinateClauseAfterAConjunction) {
  // "And while X said A, MAIN": the subordinate clause's content ends before the main
  // clause, as it does without the conjunction.
  EXPECT_THAT(Statements("And while Ann Ray said the pier would reopen, it is unlikely to "
                         "happen soon."),
              ElementsAre(Found{"the pier would reopen", "Ann Ray", "indirect"}));
  // ... also in a clause coordinated after a comma.
  EXPECT_THAT(Statements("The vote is close, but although Lee said the plan would work, "
                         "critics were doubtful."),
              ElementsAre(Found{"the plan would work", "Lee", "indirect"}));
  // Hard negative: a conjunction before a plain subject opens no subordinate clause.
  EXPECT_THAT(Statements("And the pilots said the pier would reopen, while the crews stayed "
                         "home."),
              ElementsAre(Found{"the pier would reopen, while the crews stayed home", "pilots",
                                "indirect"}));
}

TEST(ReportedFragmentTest, SubjectOfAPassiveCueWithANamedAgent) {
  // "X was endorsed by Y": X is what Y endorsed, a statement of Y's; a reason after the
  // agent stays its own statement.
  EXPECT_THAT(Statements("Tom Lee was endorsed by Ann Ray."),
              ElementsAre(Found{"Tom Lee", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee has been criticized by Ann Ray for closing the pier."),
              ElementsAre(Found{"Tom Lee", "Ann Ray", "indirect"},
                          Found{"for closing the pier", "Ann Ray", "indirect"}));
  // Hard negatives: a listener ("was told by"), a verb that is no cue ("was built by"),
  // and a name inside a prepositional phrase is not the subject.
  EXPECT_THAT(Statements("The ferry was built by Ann Ray."), IsEmpty());
  EXPECT_THAT(Statements("The win in Elm City was praised by Ann Ray."), IsEmpty());
}

TEST(ReportedFragmentTest, NonRestrictiveRelativeClauseEndsAtItsComma) {
  // "The pier, which Lee said would close, is still open": what Lee said ends at the comma
  // that closes the relative clause, before the main clause's verb.
  EXPECT_THAT(Statements("The pier, which Tom Lee said would close in May, is still open."),
              ElementsAre(Found{"which", "Tom Lee", "indirect"},
                          Found{"would close in May", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The pier, which Ann Ray said was unsafe, will reopen in May."),
              ElementsAre(Found{"which", "Ann Ray", "indirect"},
                          Found{"was unsafe", "Ann Ray", "indirect"}));
  // Hard negative: a comma before a word that is no verb ("like") goes on with the clause.
  EXPECT_THAT(Statements("Ann Ray praised the pier, which Tom Lee said would serve ports, like"
                         " Salem and Elm."),
              testing::Contains(Found{"would serve ports, like Salem and Elm", "Tom Lee",
                                      "indirect"}));
}

TEST(ReportedFragmentsTest, PlaceOrTimeAloneAfterTheCueIsNoStatement) {
  // "said in a statement.", "told reporters on Monday.", "reported from Elm.": only where
  // and when it was said.
  EXPECT_THAT(Statements("Tom Lee said in a statement on Monday."), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray told reporters at a briefing on Monday."), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee reported from Elm."), IsEmpty());
  // The quotation in the next paragraph still takes that speaker.
  EXPECT_THAT(Statements("Tom Lee, the port's press officer, said in a statement.\n\"There are no"
                         " plans to close the pier.\""),
              ElementsAre(Found{"There are no plans to close the pier.", "Tom Lee", "direct"}));
  // Hard negatives: a clause after the time ("in May the pier would close", "he's"), an
  // infinitive, and a verb of thinking ("believe in").
  EXPECT_THAT(Statements("Tom Lee said in May the pier would close."),
              ElementsAre(Found{"in May the pier would close", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee says tonight he's sure of the vote."),
              ElementsAre(Found{"tonight he's sure of the vote", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray vowed last month to sail to Elm."),
              ElementsAre(Found{"last month to sail to Elm", "Ann Ray", "indirect"}));
  // ... and a noun phrase after the time that is no part of a place or occasion: a subject.
  EXPECT_THAT(Statements("Ann Ray said last year fares fell sharply."),
              ElementsAre(Found{"last year fares fell sharply", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said during the storm two boats sank."),
              ElementsAre(Found{"during the storm two boats sank", "Tom Lee", "indirect"}));
}

}  // namespace
}  // namespace policy
