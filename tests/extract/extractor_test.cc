// One test per construction the extractor reads, with inputs written for the test and the
// exact spans and speakers expected; hard negatives at the end.
#include "server/extract/extractor.h"

#include <string>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/extract_test_util.h"

namespace policy {
namespace {

using extract_test::ExtractOrDie;
using extract_test::FindSpeaker;
using extract_test::Found;
using extract_test::OrganizationsByStatement;
using extract_test::SpeakerNames;
using extract_test::Statements;
using extract_test::TheExtractor;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

// --- Direct quotes -----------------------------------------------------------------------

TEST(DirectQuoteTest, CurlyQuoteWithNameAfter) {
  EXPECT_THAT(Statements("\xE2\x80\x9CWe will grow this year,\xE2\x80\x9D Li Wei said."),
              ElementsAre(Found{"We will grow this year,", "Li Wei", "direct"}));
}

TEST(DirectQuoteTest, MannerAdverbAfterTheCueOfAQuestion) {
  // After a quotation that ends in "?", "Lee asked rhetorically" still attributes it, and the
  // adverb and a participle after it are no reported words.
  EXPECT_THAT(Statements("\"Do I think so?\" Tom Lee asked rhetorically."),
              ElementsAre(Found{"Do I think so?", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("\"Will it sink?\" Tom Lee asked quietly, shaking his head."),
              ElementsAre(Found{"Will it sink?", "Tom Lee", "direct"}));
  // Hard negative: a clause after the adverb is a statement of its own.
  EXPECT_THAT(Statements("\"Will it sink?\" Tom Lee said quietly that the ferry would wait."),
              Contains(Found{"the ferry would wait", "Tom Lee", "indirect"}));
}

TEST(DirectQuoteTest, CapitalizedQuoteOfTwoSentencesIsNoTitle) {
  // Every word capitalized, but a sentence ends inside: an answer, not a title.
  EXPECT_THAT(Statements("\xE2\x80\x9CTake Elm City. Or Harbor Point,\xE2\x80\x9D Lee said. "
                         "\xE2\x80\x9CThe delays are longer there.\xE2\x80\x9D"),
              ElementsAre(Found{"Take Elm City. Or Harbor Point,", "Lee", "direct"},
                          Found{"The delays are longer there.", "Lee", "direct"}));
  // Hard negatives: a title, and a chant of a name.
  EXPECT_THAT(Statements("The show \"Harbor Lights,\" which Ray produced, won."), IsEmpty());
  EXPECT_THAT(Statements("Walking in to chants of \"Ray! Ray!,\" the mayor said the toll was "
                         "fair."),
              ElementsAre(Found{"the toll was fair", "mayor", "indirect"}));
}

TEST(DirectQuoteTest, LinksAndHeadlinesWithABylineAreNoStatements) {
  // An address in quotation marks (an HTML attribute) and a linked story's headline followed
  // by its byline are nobody's words; the story's own quotation after the colon is.
  EXPECT_THAT(Statements("See <a target=\"_x\" href=\"https://elm-city.gov/v\">the site</a>."),
              IsEmpty());
  EXPECT_THAT(Statements("<tweet pic=\"pic.elm/f\" author=\"annray\" timestamp=\"1457\">The pier "
                         "is closed.</tweet>"),
              IsEmpty());
  EXPECT_THAT(Statements("GOODBYE - \"Old pier shuts its gates in May,\" by Times' Ann "
                         "Ray: \"The pier, a no-frills dock, will close.\""),
              ElementsAre(Found{"The pier, a no-frills dock, will close.", "", "direct"}));
  // Hard negatives: "by" that is no byline ("by then", "by Ann Ray's account").
  EXPECT_THAT(Statements("\"I was hurt,\" by Ann Ray's account, \"and nobody came.\""),
              ElementsAre(Found{"I was hurt,", "", "direct"},
                          Found{"and nobody came.", "", "direct"}));
  EXPECT_THAT(Statements("\"We will win the vote in May,\" by then, was the refrain."),
              ElementsAre(Found{"We will win the vote in May,", "", "direct"}));
}

TEST(DirectQuoteTest, ExclamationThenSpeakerAndAComment) {
  // `"...!" Lee shouted, a call to ...`: the "!" ends the splitter's sentence, but the
  // name and cue after it, then a comma, attribute the quote.
  EXPECT_THAT(Statements("Ann Ray waved. \"Keep going!\" Tom Lee shouted, a call to finish the "
                         "route."),
              ElementsAre(Found{"Keep going!", "Tom Lee", "direct"}));
  // Hard negative: a cue with a clause of its own after the quote opens a new statement
  // (whose speaker the quote then inherits).
  EXPECT_THAT(Statements("\"We won!\" Tom Lee said he would go."),
              ElementsAre(Found{"We won!", "Tom Lee", "direct"},
                          Found{"he would go", "Tom Lee", "indirect"}));
}

TEST(DirectQuoteTest, StraightQuoteWithCueBeforeName) {
  EXPECT_THAT(Statements("\"Costs are falling fast,\" said Anna Berg, a director at Nordwind."),
              ElementsAre(Found{"Costs are falling fast,", "Anna Berg", "direct"}));
}

TEST(DirectQuoteTest, SplitQuoteGivesTwoStatementsOneSpeaker) {
  EXPECT_THAT(Statements("\"Prices will rise this year,\" Omar Haddad said, \"and wages will follow.\""),
              ElementsAre(Found{"Prices will rise this year,", "Omar Haddad", "direct"},
                          Found{"and wages will follow.", "Omar Haddad", "direct"}));
}

TEST(DirectQuoteTest, SplitQuoteWithoutItsComma) {
  // `"A," Lee said "B."`: the second half is the same speaker's, comma or not.
  EXPECT_THAT(Statements("\"We will build a pier,\" Tom Lee said \"and the ferry will dock.\""),
              ElementsAre(Found{"We will build a pier,", "Tom Lee", "direct"},
                          Found{"and the ferry will dock.", "Tom Lee", "direct"}));
  // Hard negatives: a quotation right after another verb is part of a reported clause, and
  // a clause that goes on after a quotation stays mixed.
  EXPECT_THAT(Statements("Tom Lee said the pier was unsafe, adding: \"We need a new one\" by "
                         "May."),
              ElementsAre(Found{"the pier was unsafe", "Tom Lee", "indirect"},
                          Found{"\"We need a new one\" by May", "Tom Lee", "mixed"}));
  EXPECT_THAT(Statements("Tom Lee said the pier \"was never safe for ferries.\""),
              ElementsAre(Found{"the pier \"was never safe for ferries.\"", "Tom Lee", "mixed"}));
}

TEST(DirectQuoteTest, ParticipleAfterAQuoteNamesNoSpeaker) {
  // `"...," saying X ...`: a participle after the quote goes on with the subject before it;
  // the words after it are no inverted speaker (as in `"...," said Ann Ray`).
  EXPECT_THAT(Statements("Tom Lee defended \"harbor values,\" saying the port embodied the"
                         " \"spirit\" of the coast."),
              ElementsAre(Found{"harbor values,", "Tom Lee", "direct"},
                          Found{"the port embodied the \"spirit\" of the coast", "Tom Lee",
                                "mixed"}));
  // Hard negative: the finite verb after a quote still names its speaker.
  EXPECT_THAT(Statements("\"The port is safe,\" said Ann Ray."),
              ElementsAre(Found{"The port is safe,", "Ann Ray", "direct"}));
}

TEST(DirectQuoteTest, ColonIntroduction) {
  EXPECT_THAT(Statements("Li Wei said: \"The plan is ready for next year.\""),
              ElementsAre(Found{"The plan is ready for next year.", "Li Wei", "direct"}));
}

TEST(DirectQuoteTest, ColonEndingAParagraphIntroducesABlockQuote) {
  // The next paragraph, set off without quotation marks, is the speaker's; its own "I think"
  // is inside it. A phrase before the comma is no clause of what was written.
  EXPECT_THAT(Statements("In the note with the ferry video, Ann Ray wrote:\n\n"
                         "I think the pier is ready. We open in May.\n\n"
                         "The port has three piers."),
              ElementsAre(Found{"I think the pier is ready. We open in May.", "Ann Ray",
                                "direct"}));
  // Hard negatives: a colon inside the paragraph introduces the rest of its sentence, and a
  // colon after no cue introduces nobody's words.
  EXPECT_THAT(Statements("Ann Ray said: We open in May.\n\nThe port has three piers."),
              ElementsAre(Found{"We open in May", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The port has three piers:\n\nOne is old. Two are new."), IsEmpty());
  // A next paragraph with its own attribution is attributed by it; a colon after a later
  // cue ("adding:") introduces that cue's words.
  EXPECT_THAT(Statements("Ann Ray wrote:\n\nThe pier is safe, Tom Lee said on Monday."),
              ElementsAre(Found{"The pier is safe", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The port will reopen, the mayor said Friday, adding: \"We are "
                         "ready.\""),
              ElementsAre(Found{"The port will reopen", "mayor", "indirect"},
                          Found{"We are ready.", "mayor", "direct"}));
}

TEST(DirectQuoteTest, AnAttributionIsNoOtherStatementsContent) {
  // "complain when ...," read as a cue and an adjunct would make "a port official said"
  // Harbor's words.
  EXPECT_THAT(Statements("Harbor Holdings did not complain when the port grew, a port "
                         "official said, adding that costs were hard to tell."),
              ElementsAre(Found{"Harbor Holdings did not complain when the port grew",
                                "port official", "indirect"},
                          Found{"costs were hard to tell", "port official", "indirect"}));
}

TEST(DirectQuoteTest, WordOpeningALongerCueBeforeAQuoteIsNoLead) {
  // `called the plan "a disaster."`: "plan" opens "plan to", "paying" opens "pay tribute";
  // neither is a cue here, and the quotation ends the reported clause, one mixed statement.
  EXPECT_THAT(Statements("Tom Lee called the plan \"a disaster.\""),
              ElementsAre(Found{"the plan \"a disaster.\"", "Tom Lee", "mixed"}));
  EXPECT_THAT(Statements("Ann Ray said towns were paying \"city prices for slow speeds.\""),
              ElementsAre(Found{"towns were paying \"city prices for slow speeds.\"", "Ann Ray",
                                "mixed"}));
  // Hard negative: a cue of its own right before the quote leads it.
  EXPECT_THAT(Statements("Tom Lee warned \"we will go.\""),
              ElementsAre(Found{"we will go.", "Tom Lee", "direct"}));
  // After the quoted label, "and" and a verb in the past tense are the speaker's next act.
  EXPECT_THAT(Statements("Tom Lee called the plan \"a disaster\" and left the hall."),
              ElementsAre(Found{"the plan \"a disaster\"", "Tom Lee", "mixed"}));
}

TEST(DirectQuoteTest, CommaIntroductionWithAppositive) {
  Extraction e = ExtractOrDie(
      "Cao Min, a researcher at the Example Institute, said, \"Costs will fall soon.\"");
  ASSERT_EQ(e.statements.size(), 1u);
  const SpeakerProfile& p = e.speakers[e.statements[0].speaker];
  EXPECT_EQ(p.name, "Cao Min");
  EXPECT_EQ(p.roles, std::vector<std::string>{"researcher at the Example Institute"});
  EXPECT_EQ(p.organizations, std::vector<std::string>{"Example Institute"});
}

TEST(DirectQuoteTest, DoubledSingleQuotePairs) {
  EXPECT_THAT(Statements("Maria Lopez spoke first. ''We are ready for the vote,'' Lopez said."),
              ElementsAre(Found{"We are ready for the vote,", "Maria Lopez", "direct"}));
}

TEST(DirectQuoteTest, NestedSingleQuoteClosingRightBeforeTheDoubledClose) {
  // `'Harbor Today,'''`: the nested quotation's ' and then the '' that closes the quote.
  EXPECT_THAT(Statements("''I saw it on 'Harbor Today,''' said Tom Lee, a former pilot."),
              ElementsAre(Found{"I saw it on 'Harbor Today,'", "Tom Lee", "direct"}));
  // Hard negative: a '' that opens a quotation after a space keeps its order.
  EXPECT_THAT(Statements("Ann Ray said: '''Harbor Today' is over.''"),
              ElementsAre(Found{"'Harbor Today' is over.", "Ann Ray", "direct"}));
}

TEST(DirectQuoteTest, CurlyDoubleMarkTypedTheWrongWayRound) {
  // An opening mark after a word and before a space closes; a closing mark after a space and
  // before a letter opens.
  EXPECT_THAT(Statements("\xE2\x80\x9CIt is unusual,\xE2\x80\x9C said Ida Moss, an attorney. "
                         "\xE2\x80\x9CIt is hard to do.\xE2\x80\x9D"),
              ElementsAre(Found{"It is unusual,", "Ida Moss", "direct"},
                          Found{"It is hard to do.", "Ida Moss", "direct"}));
  EXPECT_THAT(Statements("Ann Ray wrote: \xE2\x80\x9DSorry Tom, the ferry is late."
                         "\xE2\x80\x9D She left."),
              ElementsAre(Found{"Sorry Tom, the ferry is late.", "Ann Ray", "direct"}));
}

TEST(DirectQuoteTest, SingleQuoteStyle) {
  EXPECT_THAT(Statements("\xE2\x80\x98We will not back down on this,\xE2\x80\x99 Ms. Park said."),
              ElementsAre(Found{"We will not back down on this,", "Park", "direct"}));
}

TEST(DirectQuoteTest, DashAttributionAfterQuote) {
  EXPECT_THAT(Statements("\"Innovation is our core strategy for the decade.\" - Chairman Wang Hai"),
              ElementsAre(Found{"Innovation is our core strategy for the decade.", "Wang Hai",
                                "direct"}));
}

TEST(DirectQuoteTest, ParagraphContinuationKeepsSpeaker) {
  EXPECT_THAT(Statements("Ann Lee said:\n\n\"The first part goes here and runs on.\n\n"
                  "\"The second part ends the quote here.\""),
              ElementsAre(Found{"The first part goes here and runs on.", "Ann Lee", "direct"},
                          Found{"The second part ends the quote here.", "Ann Lee", "direct"}));
}

TEST(DirectQuoteTest, QuotationLeftOpenOverParagraphsIsOneStatement) {
  // `"A," Lee said. [paragraph] "B. [paragraph] "C."`: B, left open, goes on in C.
  EXPECT_THAT(Statements("\"We were second best,\" Tom Lee told reporters.\n\n\"Elm were "
                         "hungrier.\n\n\"We will go back and look at it.\""),
              ElementsAre(Found{"We were second best,", "Tom Lee", "direct"},
                          Found{"Elm were hungrier.\n\n\"We will go back and look at it.",
                                "Tom Lee", "direct"}));
  // Hard negative: a paragraph with an attribution of its own is a statement of its own.
  EXPECT_THAT(Statements("\"We were second best,\" Tom Lee told reporters.\n\n\"Elm were "
                         "hungrier.\n\n\"We will go back and look at it,\" he said."),
              ElementsAre(Found{"We were second best,", "Tom Lee", "direct"},
                          Found{"Elm were hungrier.", "Tom Lee", "direct"},
                          Found{"We will go back and look at it,", "Tom Lee", "direct"}));
}

TEST(DirectQuoteTest, FollowOnQuoteInheritsSpeaker) {
  EXPECT_THAT(Statements("\"We are ready for anything now,\" Tom Baker said.\n\n"
                  "\"Nothing will stop us this year.\""),
              ElementsAre(Found{"We are ready for anything now,", "Tom Baker", "direct"},
                          Found{"Nothing will stop us this year.", "Tom Baker", "direct"}));
}

TEST(DirectQuoteTest, FollowOnQuotePassesOverAStatementWithoutSpeaker) {
  // The writer's question has no speaker; the quote after it is still Ann Ray's.
  EXPECT_THAT(Statements("\"The toll is fair,\" said Ann Ray. Asked whether it would rise next "
                         "year, she paused. \"Not this year.\""),
              ElementsAre(Found{"The toll is fair,", "Ann Ray", "direct"},
                          Found{"whether it would rise next year", "", "indirect"},
                          Found{"Not this year.", "Ann Ray", "direct"}));
}

TEST(DirectQuoteTest, NestedQuoteStaysInside) {
  EXPECT_THAT(Statements("\"They told us 'wait until next year' and we did,\" Baker said."),
              ElementsAre(Found{"They told us 'wait until next year' and we did,", "Baker",
                                "direct"}));
}

// --- Reported and mixed speech ----------------------------------------------------------

TEST(ReportedSpeechTest, SaidThatClause) {
  EXPECT_THAT(Statements("Zhou Yunjie said that demand will recover next year."),
              ElementsAre(Found{"demand will recover next year", "Zhou Yunjie", "indirect"}));
}

TEST(ReportedSpeechTest, SpeechReportedInsideAStatementBelongsToItsSpeaker) {
  EXPECT_THAT(
      Statements("Marta Diaz said that Okafor told the board that the plan was dead."),
      ElementsAre(Found{"Okafor told the board that the plan was dead", "Marta Diaz",
                        "indirect"}));
  EXPECT_THAT(Statements("\"Okafor told me the plan was dead,\" Diaz said."),
              ElementsAre(Found{"Okafor told me the plan was dead,", "Diaz", "direct"}));
}

TEST(ReportedSpeechTest, SecondSpeakerOrSourceEndsTheClause) {
  // "but she said": a second attribution with its own subject.
  EXPECT_THAT(Statements("Okafor said the budget was too small, but she said the vote would "
                         "pass anyway."),
              ElementsAre(Found{"the budget was too small", "Okafor", "indirect"},
                          Found{"the vote would pass anyway", "Okafor", "indirect"}));
  // ", according to ...": the source of the whole clause, not part of what was proposed.
  EXPECT_THAT(Statements("The mayor will propose a new tax on sugary drinks, according to "
                         "two aides."),
              ElementsAre(Found{"The mayor will propose a new tax on sugary drinks",
                                "two aides", "indirect"}));
}

TEST(ReportedSpeechTest, RelativeClauseAttributionEndsAtTheMainVerb) {
  EXPECT_THAT(Statements("Bram Okafor, who said that the tunnel was unsafe, recalled that "
                         "the city closed it in May."),
              ElementsAre(Found{"the tunnel was unsafe", "Bram Okafor", "indirect"},
                          Found{"the city closed it in May", "Bram Okafor", "indirect"}));
}

TEST(ReportedSpeechTest, ClauseThenAttribution) {
  EXPECT_THAT(Statements("Demand will recover next year, Zhou said on Tuesday."),
              ElementsAre(Found{"Demand will recover next year", "Zhou", "indirect"}));
}

TEST(ReportedSpeechTest, ClauseThenInvertedAttributionWithAppositive) {
  Extraction e = ExtractOrDie(
      "Demand will recover next year, said Zhou Yunjie, chairman of Haier Group.");
  ASSERT_EQ(e.statements.size(), 1u);
  const SpeakerProfile& p = e.speakers[e.statements[0].speaker];
  EXPECT_EQ(p.name, "Zhou Yunjie");
  EXPECT_EQ(p.organizations, std::vector<std::string>{"Haier"});
  // A lower-case modifier of the title that is also a cue word ("state").
  EXPECT_THAT(Statements("The toll bill is dead, said state Sen. Ann Ray."),
              ElementsAre(Found{"The toll bill is dead", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, AttributionSplittingTheSentenceHasBothHalves) {
  // "A, said X, B": a finite auxiliary after the name's comma goes on with what was said;
  // "X and others" speak together.
  EXPECT_THAT(Statements("The gap with Ray, said Tom Lee and others, will be plain."),
              ElementsAre(Found{"The gap with Ray", "Tom Lee and others", "indirect"},
                          Found{"will be plain", "Tom Lee and others", "indirect"}));
  // A subordinate clause before "X said," that a quotation completes is X's words too.
  EXPECT_THAT(Statements("If Ray is elected, Tom Lee said, \"she will fix the pier.\""),
              ElementsAre(Found{"If Ray is elected", "Tom Lee", "indirect"},
                          Found{"she will fix the pier.", "Tom Lee", "direct"}));
  // Hard negatives: a profile after the inverted name; a time ("After the vote") or a
  // clause with a verb of saying of its own sets the scene.
  EXPECT_THAT(Statements("The pier is safe, said Tom Lee, a port official."),
              ElementsAre(Found{"The pier is safe", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("After the vote, Tom Lee said, \"she will fix the pier.\""),
              ElementsAre(Found{"she will fix the pier.", "Tom Lee", "direct"}));
  // A colon after the attribution splits a clause with a verb of its own too; not an
  // opening participle or adverbial.
  EXPECT_THAT(Statements("The pattern is the same in every town, Ann Ray says: riders are "
                         "less lonely on the ferry."),
              ElementsAre(Found{"The pattern is the same in every town", "Ann Ray", "indirect"},
                          Found{"riders are less lonely on the ferry", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Asked about the pier, Ann Ray said: riders are less lonely."),
              ElementsAre(Found{"riders are less lonely", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, TitledNameThenItsOwnTitleBetweenCommas) {
  // "The Rev. Tom Lee, Archbishop of Elm, said": the name speaks, not the title after it.
  EXPECT_THAT(Statements("The Rev. Tom Lee, Archbishop of Elm, said the hall was open."),
              ElementsAre(Found{"the hall was open", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The Most Reverend Ben Hart, Bishop of Elm, said the hall was open."),
              ElementsAre(Found{"the hall was open", "Ben Hart", "indirect"}));
  // Hard negatives: a role with a complement, then the titled name, and a role, then a
  // name.
  EXPECT_THAT(Statements("The Minister of Works, Engr. Tom Lee, said the road was open."),
              ElementsAre(Found{"the road was open", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The party's treasurer, Ida Moss, said the road was open."),
              ElementsAre(Found{"the road was open", "Ida Moss", "indirect"}));
}

TEST(SpeakerTest, EngineersTitleIngIsNoSentenceEnd) {
  // "Ing." (an engineer's title in Ghana and much of Europe) before a name: its period
  // neither ends the sentence nor joins the name.
  EXPECT_THAT(Statements("The district manager, Ing. Kojo Mensah, said the main had burst."),
              ElementsAre(Found{"the main had burst", "Kojo Mensah", "indirect"}));
  EXPECT_THAT(Statements("Ing. Kojo Mensah said the main had burst."),
              ElementsAre(Found{"the main had burst", "Kojo Mensah", "indirect"}));
}

TEST(SpeakerTest, PoliceRanksBeforeANameAreTitles) {
  // Nigerian and Ghanaian police ranks ("SP", "ASP", "CP", "IGP") before a name are titles,
  // as "Supt." is: the name speaks.
  EXPECT_THAT(Statements("ASP Ada Okafor said the road was shut."),
              ElementsAre(Found{"the road was shut", "Ada Okafor", "indirect"}));
  EXPECT_THAT(Statements("The state police spokesman, SP Musa Bello, said the road was shut."),
              ElementsAre(Found{"the road was shut", "Musa Bello", "indirect"}));
  // A naval rank is a role too: "the admiral" is the one named with it.
  EXPECT_THAT(Statements("Vice Admiral Ann Ray said the boat was late. \"We underestimated the "
                         "build,\" the admiral said."),
              ElementsAre(Found{"the boat was late", "Ann Ray", "indirect"},
                          Found{"We underestimated the build,", "Ann Ray", "direct"}));
}

TEST(ReportedSpeechTest, AttributingACauseIsAStatement) {
  // "attributed the delay to a burst main": the speaker's account of a cause, as "blamed".
  EXPECT_THAT(Statements("Kojo Mensah attributed the delay to a burst main."),
              ElementsAre(Found{"the delay to a burst main", "Kojo Mensah", "indirect"}));
  // Hard negative: the noun "attributes".
  EXPECT_THAT(Statements("Kojo Mensah listed the attributes of a good main."), IsEmpty());
}

TEST(SpeakerTest, RoleBeforeToAndWhomItServesSpeaks) {
  // "an aide to the mayor": the aide speaks, not the mayor.
  EXPECT_THAT(Statements("An aide to the mayor said the budget was late."),
              ElementsAre(Found{"the budget was late", "aide to the mayor", "indirect"}));
  EXPECT_THAT(Statements("A former adviser to the campaign said the polls were wrong."),
              ElementsAre(Found{"the polls were wrong", "former adviser to the campaign",
                                "indirect"}));
  // A later surname finds the person served, not the description that ends in the name.
  EXPECT_THAT(Statements("An aide to Tom Lee said it was late. Lee has denied wrongdoing."),
              ElementsAre(Found{"it was late", "aide to Tom Lee", "indirect"},
                          Found{"wrongdoing", "Tom Lee", "indirect"}));
  // Hard negative: "to" after a verb is no complement.
  EXPECT_THAT(Statements("Ann Ray spoke to the mayor. She said the budget was late."),
              ElementsAre(Found{"the budget was late", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, NameBeforeANounOfLoyaltyIsItsModifier) {
  // "a Lee confidant", "one Ray loyalist": a name before a noun for a person close to
  // someone modifies that noun; the confidant speaks, as "a Lee aide" does.
  EXPECT_THAT(Statements("\"We will win,\" said one Lee confidant."),
              ElementsAre(Found{"We will win,", "Lee confidant", "direct"}));
  EXPECT_THAT(Statements("A Ray loyalist said the vote was fair."),
              ElementsAre(Found{"the vote was fair", "Ray loyalist", "indirect"}));
  EXPECT_THAT(Statements("\"We will win,\" said a party insider."),
              ElementsAre(Found{"We will win,", "party insider", "direct"}));
}

TEST(SpeakerTest, OnInsideABodysNameIsPartOfIt) {
  // "the House Committee on Energy", "the Council on Trade": "on" after a body's noun joins
  // its capitalized name, as "of" does, wherever the name stands.
  EXPECT_THAT(Statements("The Harbor Committee on Energy said the plant was safe."),
              ElementsAre(Found{"the plant was safe", "Harbor Committee on Energy",
                                "indirect"}));
  EXPECT_THAT(Statements("The plant was safe, said the Council on Elm Trade."),
              ElementsAre(Found{"The plant was safe", "Council on Elm Trade", "indirect"}));
  EXPECT_THAT(Statements("According to the Council on Elm Trade, the plant was safe."),
              ElementsAre(Found{"the plant was safe", "Council on Elm Trade", "indirect"}));
  // Hard negative: "on" after a person's name is a preposition ("Ray on Monday said").
  EXPECT_THAT(Statements("Ann Ray on Monday said the plant was safe."),
              ElementsAre(Found{"the plant was safe", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, BodysNameBeforeATitleIsTheOrganization) {
  // "Bank of Elm President Tom Lee", "the Council on Elm Trade National Director Ann Ray",
  // "Elm Bank President Tom Lee": the body named before the title is the person's
  // organization, whether or not the lexicon knows it; the title's own adjectives
  // ("National") stay with the title.
  Extraction e = ExtractOrDie("Bank of Elm President Tom Lee said the plant was safe.");
  const SpeakerProfile* lee = FindSpeaker(e, "Tom Lee");
  ASSERT_NE(lee, nullptr);
  EXPECT_THAT(lee->organizations, ElementsAre("Bank of Elm"));
  e = ExtractOrDie("The Council on Elm Trade National Director Ann Ray said the plant was "
                   "safe.");
  const SpeakerProfile* ray = FindSpeaker(e, "Ann Ray");
  ASSERT_NE(ray, nullptr);
  EXPECT_THAT(ray->organizations, ElementsAre("Council on Elm Trade"));
  e = ExtractOrDie("Elm Bank President Tom Lee said the plant was safe.");
  lee = FindSpeaker(e, "Tom Lee");
  ASSERT_NE(lee, nullptr);
  EXPECT_THAT(lee->organizations, ElementsAre("Elm Bank"));
  // A party's word read as a title opens its committee's name, not the House's.
  e = ExtractOrDie("Democratic National Committee Chairwoman Ann Ray said the plant was "
                   "safe.");
  ray = FindSpeaker(e, "Ann Ray");
  ASSERT_NE(ray, nullptr);
  EXPECT_THAT(ray->organizations, ElementsAre("Democratic National Committee"));
  e = ExtractOrDie("Republican House Speaker Tom Lee said the plant was safe.");
  lee = FindSpeaker(e, "Tom Lee");
  ASSERT_NE(lee, nullptr);
  EXPECT_THAT(lee->organizations, ElementsAre("House"));
  // Hard negative: a word of a trade alone after a title names no business.
  e = ExtractOrDie("Chief Financial Officer Ann Ray said the plant was safe.");
  ray = FindSpeaker(e, "Ann Ray");
  ASSERT_NE(ray, nullptr);
  EXPECT_THAT(ray->organizations, IsEmpty());
}

TEST(SpeakerTest, GroupsWorkplaceIsItsOrganization) {
  // "Analysts at Elm Bank said", "Scientists from the University of Elm said": a group's
  // complement that names a body is the group's organization, as a single analyst's is.
  Extraction e = ExtractOrDie("Analysts at Kestrel Energy Research said supply had fallen.");
  const SpeakerProfile* analysts = FindSpeaker(e, "Analysts at Kestrel Energy Research");
  ASSERT_NE(analysts, nullptr);
  EXPECT_THAT(analysts->organizations, ElementsAre("Kestrel Energy Research"));
  e = ExtractOrDie("Scientists from the University of Elm said the reef was dying.");
  const SpeakerProfile* scientists = FindSpeaker(e, "Scientists from the University of Elm");
  ASSERT_NE(scientists, nullptr);
  EXPECT_THAT(scientists->organizations, ElementsAre("University of Elm"));
  // Hard negative: a complement that names no body gives none.
  e = ExtractOrDie("Farmers in Elm County said the river was low.");
  ASSERT_EQ(e.speakers.size(), 1u);
  EXPECT_THAT(e.speakers[0].organizations, IsEmpty());
}

TEST(SpeakerTest, TradeNounByItsEndingInAnAppositiveGivesTheWorkplace) {
  // ", an endocrinologist at Elm Hospital": a trade the role list does not name, known by
  // its ending, before "at", "with" or "for", is a role; the body after it the organization.
  Extraction e = ExtractOrDie("\"It is plausible,\" said Dr. Alan Bright, an "
                              "endocrinologist at Mercy Harbor Hospital.");
  const SpeakerProfile* bright = FindSpeaker(e, "Alan Bright");
  ASSERT_NE(bright, nullptr);
  EXPECT_THAT(bright->roles, Contains("endocrinologist at Mercy Harbor Hospital"));
  EXPECT_THAT(bright->organizations, ElementsAre("Mercy Harbor Hospital"));
  // Hard negative: a lower-case word of another ending is no trade.
  e = ExtractOrDie("\"It is plausible,\" said Ann Ray, a customer at Elm Bank.");
  const SpeakerProfile* ray = FindSpeaker(e, "Ann Ray");
  ASSERT_NE(ray, nullptr);
  EXPECT_THAT(ray->roles, IsEmpty());
}

TEST(SpeakerTest, SurnameParticlesArePartOfTheName) {
  // "Pieter van der Merwe", "Van der Berg", "Charles de Gaulle": particles in lower case
  // after a given name or a capitalized particle belong to the surname; after a title
  // ("Mr. de Gaulle") the surname finds the full name met before.
  EXPECT_THAT(Statements("\"We were poor,\" said Pieter van der Merwe."),
              ElementsAre(Found{"We were poor,", "Pieter van der Merwe", "direct"}));
  EXPECT_THAT(Statements("\"We were poor,\" Van der Berg said."),
              ElementsAre(Found{"We were poor,", "Van der Berg", "direct"}));
  EXPECT_THAT(Statements("Charles de Gaulle said France would fight. Mr. de Gaulle said it "
                         "again."),
              ElementsAre(Found{"France would fight", "Charles de Gaulle", "indirect"},
                          Found{"it again", "Charles de Gaulle", "indirect"}));
}

TEST(SpeakerTest, OfAndABodyBetweenCommasIsTheOrganization) {
  // British style: "Det. Insp. Ann Ray, of Leeds District CID, said": "of" and a body's
  // name alone between the commas are where the person works.
  Extraction e = ExtractOrDie("Detective Inspector Ann Ray, of Leeds District CID, said the "
                              "man was dangerous.");
  const SpeakerProfile* ray = FindSpeaker(e, "Ann Ray");
  ASSERT_NE(ray, nullptr);
  EXPECT_THAT(ray->organizations, ElementsAre("Leeds District CID"));
  // "the" first, "of the" within, a body's noun in lower case last.
  e = ExtractOrDie("Lead author Ann Ray, of the University of the Elm Cape, said the rings "
                   "were real.");
  ray = FindSpeaker(e, "Ann Ray");
  ASSERT_NE(ray, nullptr);
  EXPECT_THAT(ray->organizations, ElementsAre("University of the Elm Cape"));
  e = ExtractOrDie("Tom Lee, of the Oakport Voice group, said the recall worked.");
  const SpeakerProfile* lee = FindSpeaker(e, "Tom Lee");
  ASSERT_NE(lee, nullptr);
  EXPECT_THAT(lee->organizations, ElementsAre("Oakport Voice"));
  // Hard negatives: a town is where the person lives, no organization; nor is "the" town.
  e = ExtractOrDie("Ann Ray, of the Elm Valley, said rates would rise.");
  ray = FindSpeaker(e, "Ann Ray");
  ASSERT_NE(ray, nullptr);
  EXPECT_THAT(ray->organizations, IsEmpty());
  e = ExtractOrDie("Ann Ray, of Salem, said rates would rise.");
  ray = FindSpeaker(e, "Ann Ray");
  ASSERT_NE(ray, nullptr);
  EXPECT_THAT(ray->organizations, IsEmpty());
}

TEST(SpeakerTest, StaffIsAGroupAndAPoliceAppealNoStatement) {
  // "Council staff said": staff speak as a group, as officials do. "Anyone with information
  // is asked to call 101": the police's appeal to readers reports nobody's words.
  EXPECT_THAT(Statements("Council staff said they would look for another site."),
              ElementsAre(Found{"they would look for another site", "Council staff",
                                "indirect"}));
  EXPECT_THAT(Statements("Anyone with information is asked to call 101."), IsEmpty());
  // Hard negative: a named person asked to act is still asked.
  EXPECT_THAT(Statements("The mayor is asked to explain the delay."),
              ElementsAre(Found{"to explain the delay", "", "indirect"}));
}

TEST(SpeakerTest, TitledNameAfterACapitalizedOfficeSpeaks) {
  // "Victoria's Chief Health Officer, Dr Ann Ray, said": the titled name between the commas
  // is the person the capitalized office describes, as after a lower-case one.
  EXPECT_THAT(Statements("Elm's Chief Health Officer, Dr Ann Ray, said the outbreak was "
                         "over."),
              ElementsAre(Found{"the outbreak was over", "Ann Ray", "indirect"}));
  // Hard negative: a name before its own capitalized office still speaks.
  EXPECT_THAT(Statements("Tom Lee, Chief Executive, said it was over."),
              ElementsAre(Found{"it was over", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, FirmsNamedByTradeOrByTwoNamesAreOrganizations) {
  // "Redgum Resources said", "Hartwell & Pryce said": a name ending in a trade's word, or
  // two words joined by "&", is a business, which is its own organization.
  for (const std::string firm : {"Redgum Resources", "Savanna Mobile", "Orchard Devices",
                                 "Hartwell & Pryce"}) {
    Extraction e = ExtractOrDie(firm + " said output fell.");
    const SpeakerProfile* speaker = FindSpeaker(e, firm);
    ASSERT_NE(speaker, nullptr) << firm;
    EXPECT_EQ(speaker->kind, SpeakerKind::kOrganization) << firm;
  }
  // Hard negative: two people joined by "&" in a headline stay people.
  Extraction e = ExtractOrDie("Ann Ray & Tom Lee said output fell.");
  ASSERT_EQ(e.speakers.size(), 1u);
  EXPECT_NE(e.speakers[0].kind, SpeakerKind::kOrganization);
}

TEST(ReportedSpeechTest, InvertedSpeakerWithTwoOfficesJoined) {
  // ", said co-founder and chief executive Ann Ray.": two offices joined by "and" before the
  // name, as after a name's verb.
  EXPECT_THAT(Statements("The funds will grow, said co-founder and chief executive Ann Ray."),
              ElementsAre(Found{"The funds will grow", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The funds will grow, said chairman and chief executive Ann Ray."),
              ElementsAre(Found{"The funds will grow", "Ann Ray", "indirect"}));
  // Hard negative: offices joined after the name are its profile, the name speaks alone.
  EXPECT_THAT(Statements("The funds will grow, said Ann Ray, chairman and chief executive."),
              ElementsAre(Found{"The funds will grow", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, InvertedSpeakerWithTheOther) {
  // "the other source": "other" after its own determiner is part of the speaker's phrase.
  EXPECT_THAT(Statements("The price includes the debt, the other source said."),
              ElementsAre(Found{"The price includes the debt", "source", "indirect"}));
  EXPECT_THAT(Statements("The other two officials said the price includes the debt."),
              ElementsAre(Found{"the price includes the debt", "two officials", "indirect"}));
}

TEST(ReportedSpeechTest, NoInvertedSpeakerWithAMannerAdverbAfterItsNoun) {
  // ", said his mother died peacefully at home": a noun, a verb and its adverb are a clause,
  // no inverted speaker whose words would be "Her son, Per Lund". (The son's statement is
  // still missed: "Per", a stop word, is not read as a given name.)
  const Extraction e =
      ExtractOrDie("Her son, Per Lund, said his mother died peacefully at home.");
  for (const std::string& name : extract_test::SpeakerNames(e)) {
    EXPECT_NE(name, "mother died peacefully");
  }
  // Hard negative: an adverb right after the determiner modifies the speaker's noun.
  EXPECT_THAT(Statements("The pier will close, said a newly hired aide."),
              ElementsAre(Found{"The pier will close", "newly hired aide", "indirect"}));
}

TEST(ReportedSpeechTest, InvertedRoleThenNameOrRoleWithItsComplement) {
  // ", said the fund's manager, Chen Bo.": the name after the role speaks, the role is its
  // profile; ", said a spokesman for the company.": the role with its complement speaks.
  EXPECT_THAT(Statements("The fund will close, said the fund's manager, Chen Bo."),
              ElementsAre(Found{"The fund will close", "Chen Bo", "indirect"}));
  EXPECT_THAT(Statements("\"We are done,\" said Hart's deputy, Ann Ray."),
              ElementsAre(Found{"We are done,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("The plant will close, said a spokesman for the company."),
              ElementsAre(Found{"The plant will close", "spokesman for the company",
                                "indirect"}));
  EXPECT_THAT(Statements("A deal could come on Friday, said two sources with knowledge of the "
                         "talks, who asked not to be named."),
              ElementsAre(Found{"A deal could come on Friday",
                                "two sources with knowledge of the talks", "indirect"}));
  // Hard negatives: what follows the comma is no name; "of" after a name tells the topic.
  EXPECT_THAT(Statements("\"We are done,\" said the mayor, adding that the pier would close."),
              ElementsAre(Found{"We are done,", "mayor", "direct"},
                          Found{"the pier would close", "mayor", "indirect"}));
  EXPECT_THAT(Statements("The fund will close, said the fund's manager, in Salem."),
              ElementsAre(Found{"The fund will close", "fund's manager", "indirect"}));
}

TEST(ReportedSpeechTest, InvertedRoleThenNameOfAnInstitution) {
  // ", said the study's lead author, Ann Ray of Elm University.": where the named person
  // works, after "of", closes the name's phrase; the name speaks, the role and the
  // institution are its profile.
  EXPECT_THAT(Statements("\"The effect was strongest in the old,\" said the study's lead"
                         " author, Dr Ann Ray of the University of Elmford."),
              ElementsAre(Found{"The effect was strongest in the old,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("The fund will close, said the fund's manager, Chen Bo of Elm"
                         " Capital."),
              ElementsAre(Found{"The fund will close", "Chen Bo", "indirect"}));
  // Hard negative: a phrase after the name that goes on in lower case is no institution.
  EXPECT_THAT(Statements("The fund will close, said the fund's manager, Chen Bo of the"
                         " fund's board in Salem."),
              ElementsAre(Found{"The fund will close", "fund's manager", "indirect"}));
}

TEST(ReportedSpeechTest, MultiWordCueAndObjectContent) {
  EXPECT_THAT(Statements("Wang Fang called for more spending on research."),
              ElementsAre(Found{"more spending on research", "Wang Fang", "indirect"}));
  EXPECT_THAT(Statements("Wang Fang urged companies to invest more in research."),
              ElementsAre(Found{"companies to invest more in research", "Wang Fang",
                                "indirect"}));
}

TEST(ReportedSpeechTest, SentenceInParenthesesIsReadWithoutThem) {
  // "(CLAUSE, X said.)": the writer's aside in parentheses attributes its clause as a
  // sentence would, and neither parenthesis is part of what was said.
  EXPECT_THAT(Statements("Fans love the ferry. (The tourists are big fans of it, Tom Lee said.)"),
              ElementsAre(Found{"The tourists are big fans of it", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Fans love the ferry. (The tourists are big fans of it, Tom Lee "
                         "said)."),
              ElementsAre(Found{"The tourists are big fans of it", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Fans love the ferry. (Tom Lee said the tourists are big fans of it.)"),
              ElementsAre(Found{"the tourists are big fans of it", "Tom Lee", "indirect"}));
  // Hard negative: a parenthesis that opens inside the statement closes in it.
  EXPECT_THAT(Statements("Tom Lee said the fare (now $2) would rise."),
              ElementsAre(Found{"the fare (now $2) would rise", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, AccordingToBeforeAndAfter) {
  EXPECT_THAT(Statements("According to the ministry, exports rose sharply in May."),
              ElementsAre(Found{"exports rose sharply in May", "ministry", "indirect"}));
  EXPECT_THAT(Statements("Exports rose sharply in May, according to Chen Bo."),
              ElementsAre(Found{"Exports rose sharply in May", "Chen Bo", "indirect"}));
}

TEST(ReportedSpeechTest, AccordingToAfterThatOpensTheReportedClause) {
  // "said that according to its count, ...": the source opens the speaker's clause; it
  // attributes nothing before it.
  EXPECT_THAT(Statements("Ida Moss, who chairs the harbor board, said Monday that according to "
                         "its count, the levy passed with 61 votes to spare."),
              ElementsAre(Found{"according to its count, the levy passed with 61 votes to spare",
                                "Ida Moss", "indirect"}));
  // Hard negative: after a comma, the source attributes the sentence before it.
  EXPECT_THAT(Statements("The levy passed with 61 votes to spare, according to the harbor board."),
              ElementsAre(Found{"The levy passed with 61 votes to spare", "harbor board",
                                "indirect"}));
}

TEST(ReportedSpeechTest, AccordingToPlanAndSaidThanAreIdioms) {
  // "went according to plan": as planned; "easier said than done", "a larger say than": no
  // statement.
  EXPECT_THAT(Statements("The vote went according to plan, at least at first."), IsEmpty());
  EXPECT_THAT(Statements("The ferries run according to a timetable set in 1985."), IsEmpty());
  EXPECT_THAT(Statements("Easier said than done."), IsEmpty());
  // Hard negative: a plan with its determiner is a document that speaks.
  EXPECT_THAT(Statements("According to the plan, fares will rise."),
              ElementsAre(Found{"fares will rise", "plan", "indirect"}));
  EXPECT_THAT(Statements("According to the timetable, the ferry sails at noon."),
              ElementsAre(Found{"the ferry sails at noon", "timetable", "indirect"}));
  EXPECT_THAT(Statements("According to a schedule published by the board, the ferry sails at "
                         "noon."),
              ElementsAre(Found{"the ferry sails at noon", "board", "indirect"}));
}

TEST(ReportedSpeechTest, PluralNounCueBeforeARelativeClauseIsNoStatement) {
  // "Coast states that have ...": "states", then "that" and a plural verb, is the plural
  // noun and its relative clause.
  EXPECT_THAT(Statements("Fares rose in Elm and Oak, Harbor Coast states that have lost "
                         "ferries."),
              IsEmpty());
  EXPECT_THAT(Statements("Fares rose in Elm and Oak, both states that have lost ferries."),
              IsEmpty());
  // Hard negatives: the verb with "that" and its clause after it, also one whose subject
  // is plural.
  EXPECT_THAT(Statements("The charter states that fares have to be fair."),
              ElementsAre(Found{"fares have to be fair", "charter", "indirect"}));
  EXPECT_THAT(Statements("The charter states that there are two piers."),
              ElementsAre(Found{"there are two piers", "charter", "indirect"}));
}

TEST(ReportedSpeechTest, AccordingToMidSentenceKeepsOnlyTheClaim) {
  // An appositive or a participle after the source is not a second half of the statement.
  EXPECT_THAT(Statements("Turnout fell by a third, according to Ann Ray, an analyst at the "
                         "county board."),
              ElementsAre(Found{"Turnout fell by a third", "Ann Ray", "indirect"}));
  std::vector<Found> found = Statements(
      "The fund lost $4 million, according to records released by the county on Friday.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].content, "The fund lost $4 million");
  // A document from an organization is the organization's; from a person's role, the
  // document's own.
  EXPECT_THAT(Statements("According to a statement from the company, the pier will close."),
              ElementsAre(Found{"the pier will close", "company", "indirect"}));
  EXPECT_THAT(Statements("According to a memo from the head of the union, the pier will"
                         " close."),
              ElementsAre(Found{"the pier will close", "memo", "indirect"}));
  // A role after the source is its profile too.
  EXPECT_THAT(Statements("Fares will rise, according to Zhang Hua, vice-president of the Harbor "
                         "Institute."),
              ElementsAre(Found{"Fares will rise", "Zhang Hua", "indirect"}));
  EXPECT_THAT(Statements("Fares will rise, according to Ann Ray, the port's chief economist."),
              ElementsAre(Found{"Fares will rise", "Ann Ray", "indirect"}));
  // "A, according to X, B": both halves are the source's, even when B opens with a role.
  EXPECT_THAT(Statements("The plan, according to Chen Bo, will cost too much."),
              ElementsAre(Found{"The plan", "Chen Bo", "indirect"},
                          Found{"will cost too much", "Chen Bo", "indirect"}));
  EXPECT_THAT(Statements("The plan is dead, according to Chen Bo, the mayor will veto it."),
              ElementsAre(Found{"The plan is dead", "Chen Bo", "indirect"},
                          Found{"the mayor will veto it", "Chen Bo", "indirect"}));
  // One word before the source: the subject of the verb after it; not an adverb.
  EXPECT_THAT(Statements("Fares, according to the report, rose in nine of ten ports."),
              ElementsAre(Found{"Fares", "report", "indirect"},
                          Found{"rose in nine of ten ports", "report", "indirect"}));
  EXPECT_THAT(Statements("Moreover, according to the report, fares rose."),
              ElementsAre(Found{"fares rose", "report", "indirect"}));
}

TEST(ReportedSpeechTest, RelativeClauseClosingTheClauseIsTheWritersGloss) {
  // ", which ..." on the clause's last noun, running to its end: background the writer adds.
  EXPECT_THAT(Statements("Tom Lee said he backs the final bill, which has new audits."),
              ElementsAre(Found{"he backs the final bill", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said he met Ann Ray, who left the port board in May."),
              ElementsAre(Found{"he met Ann Ray", "Tom Lee", "indirect"}));
  // So is a noun that sums up the clause ("a move that ...").
  EXPECT_THAT(Statements("Ann Ray said the port would raise its fees, a move that angered the "
                         "ferry lines."),
              ElementsAre(Found{"the port would raise its fees", "Ann Ray", "indirect"}));
  // Also without "that", before another source's verb, whose statement it is.
  EXPECT_THAT(Statements("Ann Ray said the port would raise its fees, a move critics warned "
                         "could hurt riders."),
              ElementsAre(Found{"the port would raise its fees", "Ann Ray", "indirect"},
                          Found{"could hurt riders", "critics", "indirect"}));
  // Hard negatives: a relative clause closed before the clause goes on, and one with a
  // quotation (the speaker's words), stay in it.
  EXPECT_THAT(Statements("Tom Lee said the plan, which costs $5 million, is too dear."),
              ElementsAre(Found{"the plan, which costs $5 million, is too dear", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said the fee rise, a move that angered riders, was needed."),
              ElementsAre(Found{"the fee rise, a move that angered riders, was needed", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the port would raise its fees, a move riders hated."),
              ElementsAre(Found{"the port would raise its fees, a move riders hated", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said he hoped for a big turnout, which \"will help the port.\""),
              ElementsAre(Found{"he hoped for a big turnout, which \"will help the port.\"",
                                "Tom Lee", "mixed"}));
  // An appositive on a name that closes the clause is the writer's too.
  EXPECT_THAT(Statements("Tom Lee said he would back Ann Ray, the mother of a ferry pilot."),
              ElementsAre(Found{"he would back Ann Ray", "Tom Lee", "indirect"}));
  // Hard negatives: an item of a list, a clause of its own, and "the more".
  EXPECT_THAT(Statements("Tom Lee said they differ on Peru, the pier and the fares."),
              ElementsAre(Found{"they differ on Peru, the pier and the fares", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said the port owes Ann Ray, the board has no answer."),
              ElementsAre(Found{"the port owes Ann Ray, the board has no answer", "Tom Lee",
                                "indirect"}));
}

TEST(ReportedSpeechTest, AQuotationOfAPersonsIsTheirsWhateverPassedItOn) {
  // The radio log passed the words on; Ann Ray said them.
  EXPECT_THAT(Statements("\"The pier is late,\" Ann Ray said, according to the radio log of "
                         "the harbor."),
              ElementsAre(Found{"The pier is late,", "Ann Ray", "direct"}));
  // Hard negatives: a report of what a person said stays the source's, and so does what a
  // share of a poll said.
  EXPECT_THAT(Statements("According to the Elm City Gazette, Ann Ray said the pier was late."),
              ElementsAre(Found{"Ann Ray said the pier was late", "Elm City Gazette",
                                "indirect"}));
  const std::vector<Found> poll = Statements(
      "\"The pier is late,\" a third of riders said, according to the poll.");
  ASSERT_FALSE(poll.empty());
  for (const Found& f : poll) EXPECT_EQ(f.speaker, "poll") << f;
}

TEST(ReportedSpeechTest, AccordingToANamedSourceWithAProfile) {
  // The profile between commas is the source's: its roles and organization, not the clause.
  const std::string opening =
      "According to Liu Hua, a researcher at the Harbor Institute, the new fares will help "
      "small ferry lines.";
  EXPECT_THAT(Statements(opening), ElementsAre(Found{"the new fares will help small ferry lines",
                                                     "Liu Hua", "indirect"}));
  Extraction e = ExtractOrDie(opening);
  const SpeakerProfile* liu = FindSpeaker(e, "Liu Hua");
  ASSERT_NE(liu, nullptr);
  EXPECT_THAT(liu->roles, ElementsAre("researcher at the Harbor Institute"));
  EXPECT_THAT(liu->organizations, ElementsAre("Harbor Institute"));
  EXPECT_THAT(Statements("According to Tom Lee, 45, a pilot with Bay Ferries, the channel is "
                         "too shallow."),
              ElementsAre(Found{"the channel is too shallow", "Tom Lee", "indirect"}));
  // A relative clause on the source, named or not, is its profile as well.
  EXPECT_THAT(Statements("According to Ann Ray, who runs the shelter, demand has doubled. "
                         "According to the port board, which sets the fares, fares will rise."),
              ElementsAre(Found{"demand has doubled", "Ann Ray", "indirect"},
                          Found{"fares will rise", "port board", "indirect"}));
  // At the end of the sentence, the profile is still the source's.
  e = ExtractOrDie("The new fares will help small ferry lines, according to Liu Hua, a "
                   "researcher at the Harbor Institute.");
  liu = FindSpeaker(e, "Liu Hua");
  ASSERT_NE(liu, nullptr);
  EXPECT_THAT(liu->organizations, ElementsAre("Harbor Institute"));
  // Hard negatives: a clause after the source is no profile, even one that opens like one
  // ("the plan", a role noun with its verb of saying), nor is a name with a digit.
  EXPECT_THAT(Statements("According to Tom Lee, the mayor, facing a recall, will resign."),
              ElementsAre(Found{"the mayor, facing a recall, will resign", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("According to Ann Ray, the pilot union, which has 300 members, is "
                         "angry."),
              ElementsAre(Found{"the pilot union, which has 300 members, is angry", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("According to Ann Ray, the plan is ready, and the ferry will sail."),
              ElementsAre(Found{"the plan is ready, and the ferry will sail", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("According to Ann Ray, the port director said on Monday, the ferry "
                         "will sail."),
              testing::Contains(Found{"the port director said on Monday, the ferry will sail",
                                      "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("According to Ann Ray, G4 Lines has been moving freight from Salem, "
                         "Ore., to the coast."),
              ElementsAre(Found{"G4 Lines has been moving freight from Salem, Ore., to the coast",
                                "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, SupportAndOpposeTakeTheirObject) {
  EXPECT_THAT(Statements("Ann Ray supported the plan to widen the bridge."),
              ElementsAre(Found{"the plan to widen the bridge", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The union opposes any cut to pensions."),
              ElementsAre(Found{"any cut to pensions", "union", "indirect"}));
}

TEST(ReportedSpeechTest, ReducedPassiveIsNotAStatement) {
  EXPECT_THAT(Statements("The budget criticized by the mayor passed on a close vote."),
              IsEmpty());
  // Before "as" too: the noun is what was criticized, and nobody is named as its critic.
  EXPECT_THAT(Statements("The Elm City council passes bill criticized as unfair to riders."),
              IsEmpty());
  // Hard negative: the active has its object between.
  EXPECT_THAT(Statements("Lee criticized the bill as unfair."),
              ElementsAre(Found{"the bill as unfair", "Lee", "indirect"}));
}

TEST(ReportedSpeechTest, ClauseFirstWithLongPrepositionalTail) {
  // The phrase after the cue is where it was said, not what.
  EXPECT_THAT(Statements("Prices will fall next year as supply grows, Ann Ray said at the "
                         "county fair an hour before she called the governor."),
              ElementsAre(Found{"Prices will fall next year as supply grows", "Ann Ray",
                                "indirect"}));
}

TEST(ReportedSpeechTest, ClauseFirstThenTheWritersSubordinateClause) {
  // "..., as ..." after the attribution is the writer's, whatever words it holds.
  EXPECT_THAT(Statements("Elm Ferry will cut 200 jobs, the company said Friday, as it faces "
                         "falling demand."),
              ElementsAre(Found{"Elm Ferry will cut 200 jobs", "company", "indirect"}));
  EXPECT_THAT(Statements("Elm Ferry will cut 200 jobs, Tom Lee said, as demand fell."),
              ElementsAre(Found{"Elm Ferry will cut 200 jobs", "Tom Lee", "indirect"}));
  // Hard negative: a verb of saying of its own in the writer's clause is another statement.
  EXPECT_THAT(Statements("Elm Ferry will cut 200 jobs, Tom Lee said, while the union demanded "
                         "talks."),
              ElementsAre(Found{"Elm Ferry will cut 200 jobs", "Tom Lee", "indirect"},
                          Found{"talks", "union", "indirect"}));
}

TEST(ReportedSpeechTest, QuoteInsideReportedClauseIsOneMixedStatement) {
  // The quotation is too far from the cue to be attributed on its own; it is part of the
  // reported clause, not a second statement.
  EXPECT_THAT(
      Statements("Ann Ray said that if the county had raised the tolls two years earlier, "
                 "when the traffic first doubled on the old road, \"the bridge would be "
                 "paid off by now.\""),
      ElementsAre(Found{"if the county had raised the tolls two years earlier, when the "
                        "traffic first doubled on the old road, \"the bridge would be paid "
                        "off by now.\"",
                        "Ann Ray", "mixed"}));
}

TEST(ReportedSpeechTest, WordsAfterAQuoteAttributionAreNotAStatement) {
  // The quote is the statement; the listener and the circumstances after the cue are not.
  const Found quote{"We will finish the bridge by the summer,", "Ann Ray", "direct"};
  EXPECT_THAT(Statements("\"We will finish the bridge by the summer,\" Ann Ray told the "
                         "packed hall, where a crowd of about 900 people watched on a screen."),
              ElementsAre(quote));
  EXPECT_THAT(Statements("\"We will finish the bridge by the summer,\" Ann Ray said as she "
                         "left the meeting beside the county clerk."),
              ElementsAre(quote));
}

TEST(ReportedSpeechTest, CalledSomeoneALabel) {
  EXPECT_THAT(Statements("Ann Ray called him a fraud who never paid the county."),
              ElementsAre(Found{"him a fraud who never paid the county", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("Ann Ray called the mayor about the flooded road."), IsEmpty());
}

TEST(ReportedSpeechTest, CreditAndTeaserLabelsAreNotSpeakers) {
  EXPECT_THAT(Statements("Contributing: Ann Ray and Bo Chen of the county desk"), IsEmpty());
  EXPECT_THAT(Statements("Plus: what the toll increase means for the county budget"),
              IsEmpty());
  EXPECT_THAT(Statements("Ann Ray: The County Will Not Raise Tolls"),
              ElementsAre(Found{"The County Will Not Raise Tolls", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, SectionLabelsBeforeAHeadlineAreNotSpeakers) {
  // A paper's section or story type before a headline's colon names no source, nor is it
  // the "he" of the feature's first quotation.
  EXPECT_THAT(Statements("Profile: The ferryman who came home"), IsEmpty());
  EXPECT_THAT(Statements("Earnings: Elm Bank profit slips as loan losses rise"), IsEmpty());
  EXPECT_THAT(Statements("Weather: Heat advisory extended through Friday"), IsEmpty());
  EXPECT_THAT(Statements("Q&A: The new port director on ferries and tolls"), IsEmpty());
  // Reviews, previews and parliamentary records (British and Commonwealth papers).
  EXPECT_THAT(Statements("Review: 'The Salt Road' is a patient, luminous debut"), IsEmpty());
  EXPECT_THAT(Statements("HANSARD: Questions to the Minister for Ports"), IsEmpty());
  EXPECT_THAT(Statements("Preview: Elm Rovers must win to stay up"), IsEmpty());
  EXPECT_THAT(Statements("Column: The toll vote was no vote at all"), IsEmpty());
  // A briefing's digest and a fact check's verdict.
  EXPECT_THAT(Statements("Briefing: mayor says city will not raise tolls"),
              ElementsAre(Found{"city will not raise tolls", "mayor", "indirect"}));
  EXPECT_THAT(Statements("Verdict: Ray's toll figure is right but misleading."), IsEmpty());
  EXPECT_THAT(Statements("Feature: The last ferry of Elm Sound\n\n\"I love this boat,\" he "
                         "says."),
              ElementsAre(Found{"I love this boat,", "", "direct"}));
  // Hard negatives: a name before the colon is still the headline's source, and a section's
  // word that opens a name is part of it.
  EXPECT_THAT(Statements("Okafor: Tariffs Are Hurting Farmers"),
              ElementsAre(Found{"Tariffs Are Hurting Farmers", "Okafor", "indirect"}));
  EXPECT_THAT(Statements("Weather Service: The storm will reach the coast by Monday"),
              ElementsAre(Found{"The storm will reach the coast by Monday", "Weather Service",
                                "indirect"}));
  EXPECT_THAT(Statements("Weather Bureau: The storm will reach the coast by Monday"),
              ElementsAre(Found{"The storm will reach the coast by Monday", "Weather Bureau",
                                "indirect"}));
}

TEST(ReportedSpeechTest, LabelWordAfterANameIsPartOfTheName) {
  // "Watch" alone labels a section; after a name it ends an organization's name.
  EXPECT_THAT(Statements("\"The rules were broken,\" Harbor Watch said. Watch the mayor resign "
                         "today."),
              ElementsAre(Found{"The rules were broken,", "Harbor Watch", "direct"}));
  EXPECT_THAT(Statements("Coastal Rights Watch said the permits were issued illegally."),
              ElementsAre(Found{"the permits were issued illegally", "Coastal Rights Watch",
                                "indirect"}));
}

TEST(ReportedSpeechTest, AskedByNamesTheAsker) {
  // The writer puts an agentless "Asked whether ..."; "Asked by X ..." is X's question (its
  // words after the agent).
  EXPECT_THAT(Statements("Asked by Ann Ray on Monday about the toll, Tom Baker said it was fair."),
              ElementsAre(Found{"on Monday about the toll", "Ann Ray", "indirect"},
                          Found{"it was fair", "Tom Baker", "indirect"}));
  EXPECT_THAT(Statements("When asked by a student if the toll was fair, Tom Baker said it "
                         "was."),
              ElementsAre(Found{"if the toll was fair", "student", "indirect"},
                          Found{"it was", "Tom Baker", "indirect"}));
  EXPECT_THAT(Statements("Asked whether the toll was fair, Tom Baker said it was."),
              ElementsAre(Found{"whether the toll was fair", "", "indirect"},
                          Found{"it was", "Tom Baker", "indirect"}));
  // A time or place before the question is no part of it ("if" after "asked" only).
  EXPECT_THAT(Statements("Asked in May if the toll was fair, Tom Baker said it was."),
              ElementsAre(Found{"if the toll was fair", "", "indirect"},
                          Found{"it was", "Tom Baker", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray questioned at the hearing whether the toll was fair."),
              ElementsAre(Found{"whether the toll was fair", "Ann Ray", "indirect"}));
  // Hard negative: "if" after an infinitive opens a condition of its clause.
  EXPECT_THAT(Statements("Ann Ray asked riders in line to wait if the ferry was full."),
              ElementsAre(Found{"riders in line to wait if the ferry was full", "Ann Ray",
                                "indirect"}));
}

TEST(ReportedSpeechTest, DeclinedToCommentIsAStatement) {
  // With what it was about.
  EXPECT_THAT(Statements("Ann Ray declined to comment about new tolls."),
              ElementsAre(Found{"to comment about new tolls", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray declined to comment on what she called speculation."),
              ElementsAre(Found{"to comment on what she called speculation", "Ann Ray",
                                "indirect"}));
  // Hard negatives: no topic after it, and a fall in numbers.
  EXPECT_THAT(Statements("Ann Ray declined to comment Monday."),
              ElementsAre(Found{"to comment", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Toll revenue declined to a record low in May."), IsEmpty());
}

TEST(ReportedSpeechTest, DeclinedToCommentAfterAnotherVerbOfTheSubject) {
  // "X confirmed A but declined to comment (further)": the refusal is the subject's too.
  EXPECT_THAT(Statements("A spokesman confirmed the memo but declined to comment further."),
              ElementsAre(Found{"the memo", "spokesman", "indirect"},
                          Found{"to comment", "spokesman", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee confirmed the deal and declined to comment on the cost."),
              ElementsAre(Found{"the deal", "Tom Lee", "indirect"},
                          Found{"to comment on the cost", "Tom Lee", "indirect"}));
  // Hard negative: "declined to" with a verb of its own keeps its infinitive as before.
  EXPECT_THAT(Statements("Tom Lee confirmed the deal but declined to give details."),
              ElementsAre(Found{"the deal", "Tom Lee", "indirect"},
                          Found{"give details", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, DeclinedToIsARefusal) {
  // Like "refused to", "declined to" + verb states the subject's position; a fall in
  // numbers ("declined to a record low", "declined to 40 cents") is none.
  EXPECT_THAT(Statements("Tom Lee declined to confirm the ferry purchase."),
              ElementsAre(Found{"to confirm the ferry purchase", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The port authority declined to rule out new ferry fees, and Ann Ray "
                         "said the libraries would close."),
              ElementsAre(Found{"to rule out new ferry fees", "port authority", "indirect"},
                          Found{"the libraries would close", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ferry ticket sales declined to a record low in May."), IsEmpty());
  EXPECT_THAT(Statements("Port shares declined to 40 cents."), IsEmpty());
}

TEST(ReportedSpeechTest, MoreVerbsOfSayingAndStance) {
  EXPECT_THAT(Statements("Ann Ray assailed the ferry plan as a waste."),
              ElementsAre(Found{"the ferry plan as a waste", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee wondered whether the port would reopen."),
              ElementsAre(Found{"whether the port would reopen", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss bemoaned the loss of the old library."),
              ElementsAre(Found{"the loss of the old library", "Ida Moss", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee laid out a plan to rebuild the ports."),
              ElementsAre(Found{"a plan to rebuild the ports", "Tom Lee", "indirect"}));
  // Only the verb forms are cues: "references" and "sides" are nouns here.
  EXPECT_THAT(Statements("Ann Ray made many references to libraries. The ferry sides with "
                         "rust need paint."),
              IsEmpty());
}

TEST(ReportedSpeechTest, EvidenceVerbAfterADocumentHeadedSubject) {
  // The subject's head is a document noun; its modifiers run up to the verb.
  EXPECT_THAT(Statements("An analysis of port records by the Harbor Trust showed the ferries "
                         "ran late four times out of 11."),
              ElementsAre(Found{"the ferries ran late four times out of 11", "Harbor Trust",
                                "indirect"}));
  EXPECT_THAT(Statements("Other recent polls from Elm State show Ann Ray with a big lead."),
              ElementsAre(Found{"Ann Ray with a big lead", "Elm State", "indirect"}));
  // A person or the police finding a thing reports no finding.
  EXPECT_THAT(Statements("A man with a port pass found the ferry empty."), IsEmpty());
  EXPECT_THAT(Statements("The police in Elm City found the car near the port."), IsEmpty());
}

TEST(ReportedSpeechTest, OpeningInAPollReportsItsFinding) {
  EXPECT_THAT(Statements("In a Harbor Post poll, Ann Ray led Tom Lee by four points."),
              ElementsAre(Found{"Ann Ray led Tom Lee by four points", "Harbor Post poll",
                                "indirect"}));
  // The source ends at the poll's noun ("taken in May" named no speaker before).
  EXPECT_THAT(Statements("In a Harbor Post poll taken in May, Ann Ray led Tom Lee by four "
                         "points."),
              ElementsAre(Found{"Ann Ray led Tom Lee by four points", "Harbor Post poll",
                                "indirect"}));
  EXPECT_THAT(Statements("In an Elm State University study, ferries ran late four times out "
                         "of 11."),
              ElementsAre(Found{"ferries ran late four times out of 11",
                                "Elm State University study", "indirect"}));
  // A cue in the sentence attributes it as before; other opening phrases report nothing.
  EXPECT_THAT(Statements("In a survey, 40 percent said the ferries were late."),
              ElementsAre(Found{"the ferries were late", "40 percent", "indirect"}));
  EXPECT_THAT(Statements("In Elm City, the ferries were late. In the port, ferries sat idle."),
              IsEmpty());
  // A clause that opens with the subject of its own reporting verb names who found it.
  EXPECT_THAT(Statements("In a new survey of riders in Ohio and Maine, Harbor Watch, a rider "
                         "group, found wide support for the toll."),
              ElementsAre(Found{"Harbor Watch, a rider group, found wide support for the toll",
                                "Harbor Watch", "indirect"}));
  // (Not a noun cue after its owner: the poll reports it.)
  EXPECT_THAT(Statements("In a Harbor Post poll, the mayor's promise of lower fares won broad "
                         "support."),
              ElementsAre(Found{"the mayor's promise of lower fares won broad support",
                                "Harbor Post poll", "indirect"}));
}

TEST(ReportedSpeechTest, AccordingToOpensAClauseAfterAConjunctionColonOrParenthesis) {
  EXPECT_THAT(Statements("But according to reports in the local press, Tom Lee could not "
                         "convince the board."),
              ElementsAre(Found{"Tom Lee could not convince the board", "reports", "indirect"}));
  EXPECT_THAT(Statements("It went unnoticed: According to the port survey, Ann Ray holds only "
                         "14 percent of the ferry vote."),
              ElementsAre(Found{"Ann Ray holds only 14 percent of the ferry vote",
                                "port survey", "indirect"}));
  EXPECT_THAT(Statements("The pier is shut. (According to the harbor police, they keep no "
                         "figures on ferries.) Ida Moss said the pier was safe."),
              ElementsAre(Found{"they keep no figures on ferries", "harbor police", "indirect"},
                          Found{"the pier was safe", "Ida Moss", "indirect"}));
  // Mid-sentence without commas on both sides, the words after the source stay out.
  EXPECT_THAT(Statements("The ferry is late according to Ann Ray on Monday."),
              ElementsAre(Found{"The ferry is late", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, InfinitiveAfterTheCueIsTheContentNotAnAdjunct) {
  // Before, "to close the port," was skipped like "on Tuesday," and the words after its
  // comma were taken for the content.
  EXPECT_THAT(Statements("Ann Ray vowed to close the port, and Tom Lee agreed."),
              ElementsAre(Found{"to close the port", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss pledged to reopen the library, which is old."),
              ElementsAre(Found{"to reopen the library", "Ida Moss", "indirect"}));
  // "to" before a listener is still an adjunct.
  EXPECT_THAT(Statements("Ann Ray said to reporters, the port is closed."),
              ElementsAre(Found{"the port is closed", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said to the board, the ferries are late."),
              ElementsAre(Found{"the ferries are late", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, LongBetweenAuxiliaryAndCue) {
  EXPECT_THAT(Statements("Tom Lee has long argued that the port is too small."),
              ElementsAre(Found{"the port is too small", "Tom Lee", "indirect"}));
  // As an adjective, "long" stays in the speaker phrase.
  EXPECT_THAT(Statements("The long report said the ferry was late."),
              ElementsAre(Found{"the ferry was late", "report", "indirect"}));
}

TEST(ReportedSpeechTest, RelativeClauseAfterTheSubjectEndsAtItsComma) {
  EXPECT_THAT(Statements("Ann Ray, who wants a new ferry, spoke on Monday."),
              ElementsAre(Found{"a new ferry", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, who has vowed to close the port, left the board in May."),
              ElementsAre(Found{"to close the port", "Tom Lee", "indirect"}));
  // Its comma may be inside a closing quotation mark.
  EXPECT_THAT(Statements("The post, which said only \"Goodbye,\" was deleted an hour later."),
              ElementsAre(Found{"only \"Goodbye,\"", "post", "mixed"}));
  EXPECT_THAT(Statements("Ann Ray, who said the pier was \"a disgrace,\" resigned in May."),
              ElementsAre(Found{"the pier was \"a disgrace,\"", "Ann Ray", "mixed"}));
  // ... and the name before it is the subject of the cue after it (also after an appositive
  // ending in a quoted title).
  EXPECT_THAT(Statements("Ann Ray, who calls the pier \"a disgrace,\" said it would close."),
              ElementsAre(Found{"the pier \"a disgrace,\"", "Ann Ray", "mixed"},
                          Found{"it would close", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, a host of \"Harbor Watch,\" argued that fares would rise."),
              ElementsAre(Found{"fares would rise", "Tom Lee", "indirect"}));
  // Hard negative: a quotation closed by its comma before an inverted attribution.
  EXPECT_THAT(Statements("\"The pier is closed,\" said Ann Ray."),
              ElementsAre(Found{"The pier is closed,", "Ann Ray", "direct"}));
  // After an object, a relative clause may list several acts: the list is kept.
  EXPECT_THAT(Statements("They read the plan, which states that the port will close, push "
                         "forward new ferries, and expand the libraries."),
              ElementsAre(Found{"the port will close, push forward new ferries, and expand "
                                "the libraries",
                                "plan", "indirect"}));
}

TEST(ReportedSpeechTest, ToldReporters) {
  EXPECT_THAT(Statements("Sam Reed told reporters the deal was close."),
              ElementsAre(Found{"the deal was close", "Sam Reed", "indirect"}));
}

TEST(ReportedSpeechTest, InAStatementPreamble) {
  EXPECT_THAT(Statements("In a statement, the firm said prices would fall."),
              ElementsAre(Found{"prices would fall", "firm", "indirect"}));
}

TEST(ReportedSpeechTest, AuxiliaryAndAdverbBeforeCue) {
  EXPECT_THAT(Statements("Omar Haddad has also warned that rates could climb."),
              ElementsAre(Found{"rates could climb", "Omar Haddad", "indirect"}));
  // Manner adverbs in -ly; a noun in -ly is still the speaker.
  EXPECT_THAT(Statements("The three bidders broadly agreed that the toll was fair. Ann Ray "
                         "publicly said the plan was dead. The family said it would sue."),
              ElementsAre(Found{"the toll was fair", "three bidders", "indirect"},
                          Found{"the plan was dead", "Ann Ray", "indirect"},
                          Found{"it would sue", "family", "indirect"}));
  // A verb of starting or going on before a gerund cue ("began criticizing").
  EXPECT_THAT(Statements("Pressed on the fares, Ann Ray just starts talking about tides."),
              ElementsAre(Found{"tides", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee began criticizing the toll in May."),
              ElementsAre(Found{"the toll", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, DocumentAsSpeaker) {
  Extraction e = ExtractOrDie(
      "Officials released the Five-Year Plan, which states that output will double.");
  ASSERT_EQ(e.statements.size(), 1u);
  const SpeakerProfile& p = e.speakers[e.statements[0].speaker];
  EXPECT_EQ(p.name, "Five-Year Plan");
  EXPECT_EQ(p.kind, SpeakerKind::kDocument);
  EXPECT_THAT(Statements("The annual report said profits doubled."),
              ElementsAre(Found{"profits doubled", "annual report", "indirect"}));
}

TEST(ReportedSpeechTest, RelativeThatAfterADocumentOrPeopleIsTheSubject) {
  // "a report that said": the document speaks, as with ", which states".
  EXPECT_THAT(Statements("The board released a report that said the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "report", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray released a video that said, \"We will hire the best "
                         "teachers.\""),
              ElementsAre(Found{"We will hire the best teachers.", "video", "direct"}));
  // Hard negatives: the demonstrative "That said", and a body in an appositive, whose
  // relative clause leaves the sentence's cue to the person it describes.
  EXPECT_THAT(Statements("The pier is old. That said, the board wants it."), IsEmpty());
  // Nor a relative clause inside the sentence's subject, whose end (the main verb) is not
  // known. (After a name's verb, the phrase starts after the verb: the voters say.)
  EXPECT_THAT(Statements("Tom Lee met voters that say the toll is unfair."),
              ElementsAre(Found{"the toll is unfair", "voters", "indirect"}));
  EXPECT_THAT(Statements("A report that said the pier was unsafe was released on Monday."),
              IsEmpty());
  EXPECT_THAT(Statements("Ann Ray, head of Harbor Watch, a pilots' union that backs Tom Lee, "
                         "then said the pilots would strike."),
              ElementsAre(Found{"the pilots would strike", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, GroupSpeakers) {
  Extraction e = ExtractOrDie(
      "Growth will slow next year, bankers, traders and economists said.");
  ASSERT_EQ(e.statements.size(), 1u);
  const SpeakerProfile& p = e.speakers[e.statements[0].speaker];
  EXPECT_EQ(p.name, "bankers, traders and economists");
  EXPECT_EQ(p.kind, SpeakerKind::kGroup);
  EXPECT_EQ(e.statements[0].content.end, std::string("Growth will slow next year").size());
}

TEST(ReportedSpeechTest, PluralOfARoleIsAGroupWithItsComplement) {
  // "Pilots" is the plural of the role "pilot": a group, whom "from Elmwood" describes.
  EXPECT_THAT(Statements("Pilots from Elmwood said the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Pilots from Elmwood", "indirect"}));
  EXPECT_THAT(Statements("Attorneys from the firm said the deal was void."),
              ElementsAre(Found{"the deal was void", "Attorneys from the firm", "indirect"}));
  // As a group it is the listener of "told", like "workers"; a plural that is no role's
  // stays the object that is told.
  EXPECT_THAT(Statements("Ann Ray told pilots to stay home."),
              ElementsAre(Found{"to stay home", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray told company drivers to stay home."),
              ElementsAre(Found{"company drivers to stay home", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, NextSpeakersDescriptionAndNameEndTheClause) {
  // "A, and its secretary, Ann Ray, said B": the next speaker's description, its name
  // between commas and the conjunction before it are no part of A.
  EXPECT_THAT(Statements("The union criticised the plan, and its local secretary, Ann Ray, "
                         "said she would wait to see the money."),
              ElementsAre(Found{"the plan", "union", "indirect"},
                          Found{"she would wait to see the money", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, PluralOfAnOrganizationNounIsAGroup) {
  // "Newspapers" is the plural of the organization noun "newspaper": a group with its
  // complement, not the place at its end.
  EXPECT_THAT(Statements("Three newspapers in Elm said he is not fit to be mayor."),
              ElementsAre(Found{"he is not fit to be mayor", "Three newspapers in Elm",
                                "indirect"}));
  EXPECT_THAT(Statements("The heads of both shipping firms told reporters they saw no need to "
                         "disclose the fees."),
              ElementsAre(Found{"they saw no need to disclose the fees",
                                "heads of both shipping firms", "indirect"}));
}

TEST(ReportedSpeechTest, MixedStatementKeepsTheQuote) {
  EXPECT_THAT(Statements("Li Wei said the reform was \"long overdue\" and welcome."),
              ElementsAre(Found{"the reform was \"long overdue\" and welcome", "Li Wei",
                                "mixed"}));
}

TEST(ReportedSpeechTest, QuoteAfterThatThatTheClauseGoesOnPastIsMixed) {
  // `said that "A" and B`: one mixed statement; as a direct quote, B was lost.
  EXPECT_THAT(Statements("Ann Ray said that \"the pier is late\" and that she was troubled."),
              ElementsAre(Found{"\"the pier is late\" and that she was troubled", "Ann Ray",
                                "mixed"}));
  // `said A but that "B"`: a quote after a second "that" goes on with the clause before it.
  EXPECT_THAT(Statements("Ann Ray said she respected the auditor but that \"the figures are "
                         "old.\""),
              ElementsAre(Found{"she respected the auditor but that \"the figures are old.\"",
                                "Ann Ray", "mixed"}));
  // Hard negatives: a quote that ends the clause is direct, and so is one set off by a comma
  // before the subject's next act.
  EXPECT_THAT(Statements("Ann Ray said that \"the pier is late.\""),
              ElementsAre(Found{"the pier is late.", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Ann Ray said, \"We won,\" and left the stage."),
              ElementsAre(Found{"We won,", "Ann Ray", "direct"}));
}

TEST(ReportedSpeechTest, StanceAndIntentionVerbs) {
  // Votes, endorsements and stated intentions are statements of position (docs/extraction.md).
  EXPECT_THAT(Statements("Senator Ann Ray voted against the bill."),
              ElementsAre(Found{"the bill", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The governor refused to sign the budget."),
              ElementsAre(Found{"sign the budget", "governor", "indirect"}));
  EXPECT_THAT(Statements("Okafor admitted that the figures were wrong."),
              ElementsAre(Found{"the figures were wrong", "Okafor", "indirect"}));
  // "maintained" reports speech only with a clause; "maintained the roads" does not.
  EXPECT_THAT(Statements("The county maintained the roads for years."), IsEmpty());
}

TEST(ReportedSpeechTest, NounCueAfterAPossessiveSource) {
  // (", and the crowd cheered": a verb that attributes quotations closes the claim.)
  EXPECT_THAT(Statements("Diaz stood by her claim that the vote was rigged, and the crowd "
                         "cheered."),
              ElementsAre(Found{"the vote was rigged", "Diaz", "indirect"}));
  EXPECT_THAT(Statements("The mayor's promise to cut fares won him the election."),
              ElementsAre(Found{"cut fares", "mayor", "indirect"}));
  // No possessive source, no statement: "the claim that ..." is the writer's.
  EXPECT_THAT(Statements("The claim that the vote was rigged spread quickly."), IsEmpty());
}

TEST(ReportedSpeechTest, NounCueAfterAPossessiveAndModifiersOrBeforeACopula) {
  // "Lee's recent claim that ...", "her most remarkable claim is that ...": modifiers between
  // the owner and the noun, and "is that" after it.
  EXPECT_THAT(Statements("Tom Lee stood by his recent claim that the vote was rigged."),
              ElementsAre(Found{"the vote was rigged", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray's most remarkable claim is that the vote was rigged."),
              ElementsAre(Found{"the vote was rigged", "Ann Ray", "indirect"}));
  // Hard negatives: a plural noun before the cue is the owner's group, which speaks itself;
  // no owner, no statement.
  EXPECT_THAT(Statements("Ann Ray's aides dispute claims that the vote was rigged."),
              ElementsAre(Found{"claims that the vote was rigged", "Ann Ray's aides",
                                "indirect"}));
  EXPECT_THAT(Statements("The recent claim that the vote was rigged spread quickly."),
              IsEmpty());
  // Nor a verb or another noun between the owner and the cue ("Lee's campaign faced
  // accusations", "Lee's phone call"), nor "is that of".
  EXPECT_THAT(Statements("Tom Lee's campaign faced accusations that he lied."), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee's phone call to Ann Ray lasted an hour."), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray's position is that of a moderate."), IsEmpty());
}

TEST(ReportedSpeechTest, NounCueWithATimePhraseBeforeACopula) {
  // "Lee's argument on Monday was that ...": the time phrase, then "was that".
  EXPECT_THAT(Statements("Tom Lee's argument on Monday was that the levy should be cut."),
              ElementsAre(Found{"the levy should be cut", "Tom Lee", "indirect"}));
  // Hard negative: "was that of" after the time phrase.
  EXPECT_THAT(Statements("Ann Ray's position last week was that of a moderate."), IsEmpty());
}

TEST(ReportedSpeechTest, ParticipleTakesTheSentenceSubject) {
  EXPECT_THAT(Statements("Senator Ann Ray walked out of the hearing, saying the bill would "
                         "raise taxes."),
              ElementsAre(Found{"the bill would raise taxes", "Ann Ray", "indirect"}));
  // A noun cue's source inside the object ("the mayor's refusal") is not the subject.
  EXPECT_THAT(Statements("Tom Baker confronted Ann Ray over the mayor's refusal to cut "
                         "tolls and called for a new vote."),
              ElementsAre(Found{"cut tolls", "mayor", "indirect"},
                          Found{"a new vote", "Tom Baker", "indirect"}));
}

TEST(ReportedSpeechTest, ParticipleTakesTheMainClausesSubjectNotAnOpeningAdverbials) {
  // An attribution inside an opening adverbial ("Amid union calls for ...") is not the
  // sentence's main one: the participle takes the main clause's speaker.
  EXPECT_THAT(Statements("Amid Elm calls for action, a party strategist said Ray will have to "
                         "choose, saying, \"She must come out soon.\""),
              Contains(Found{"She must come out soon.", "party strategist", "direct"}));
  EXPECT_THAT(Statements("After Tom Lee said that the pier was unsafe, Ann Ray warned of "
                         "delays, adding that the ferry would wait."),
              Contains(Found{"the ferry would wait", "Ann Ray", "indirect"}));
  // With no attribution in the main clause, the adverbial's lends its speaker, and the
  // words end where the main clause starts.
  EXPECT_THAT(Statements("When Tom Lee mentioned the storm and said the pier was unsafe, the "
                         "crowd cheered."),
              Contains(Found{"the pier was unsafe", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, ParticipleAfterTheOnesSpokenToTakesTheSentenceSubject) {
  // "to supporters saying": those spoken to do not say the words; after a comma the
  // participle opens them and is no part of them.
  EXPECT_THAT(Statements("Ann Ray spoke to supporters saying the vote was won."),
              ElementsAre(Found{"the vote was won", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray wrote to supporters, saying that the vote was won."),
              ElementsAre(Found{"the vote was won", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The mayor emailed backers saying the fight goes on."),
              ElementsAre(Found{"the fight goes on", "mayor", "indirect"}));
  // Hard negatives: "gave money to a group backing Ray": the group backs Ray; "quoted staff
  // members saying": the ones quoted speak; after "reached out to" no one is addressed.
  EXPECT_THAT(Statements("Ann Ray reached out to workers complaining that the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "workers", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee gave money to a group backing Ann Ray."),
              ElementsAre(Found{"Ann Ray", "group", "indirect"}));
  EXPECT_THAT(Statements("The report quoted staff members saying the fight goes on."),
              ElementsAre(Found{"the fight goes on", "staff members", "indirect"}));
}

TEST(ReportedSpeechTest, ParticipleOfSayingAfterTheOneWrittenToOpensTheWords) {
  // "have written to X demanding ...": with no comma, the participle after the listener (and
  // a time) still opens the words; the listener is no part of them.
  EXPECT_THAT(Statements("Chiefs in the Elm valley have written to President Tom Lee demanding "
                         "a state of emergency in the region."),
              ElementsAre(Found{"a state of emergency in the region", "Chiefs in the Elm valley",
                                "indirect"}));
  EXPECT_THAT(Statements("Ann Ray wrote to the minister on Monday saying the ferry was unsafe."),
              ElementsAre(Found{"the ferry was unsafe", "Ann Ray", "indirect"}));
  // Hard negative: a participle before the quotation it introduces leaves it to the quote.
  EXPECT_THAT(Statements("Ann Ray replied to the minister on Monday writing, \"The ferry is not "
                         "safe and never was.\""),
              ElementsAre(Found{"The ferry is not safe and never was.", "Ann Ray", "direct"}));
}

TEST(ReportedSpeechTest, ParticipleAfterAnOpeningTimeAndPlaceTakesTheSubject) {
  // "The night before," and "in Elm City, Tex.," open the sentence; the state's abbreviation
  // is no subject.
  EXPECT_THAT(Statements("The night before, at the pier in Elm City, Tex., Ann Ray was just as "
                         "blunt, claiming that the port wanted 250 boats."),
              ElementsAre(Found{"the port wanted 250 boats", "Ann Ray", "indirect"}));
  // Hard negative: a title's abbreviation after the comma opens the name.
  EXPECT_THAT(Statements("At a rally in Elm City, Sen. Ann Ray was blunt, claiming that the "
                         "port wanted 250 boats."),
              ElementsAre(Found{"the port wanted 250 boats", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, ParticipleAfterAnImpersonalOpeningTakesTheNamedSubject) {
  // "It's a long shot" is impersonal: the subject is the name before its verb ("was").
  EXPECT_THAT(Statements("It's a long shot, but Ann Ray was at the port on Friday, praising the "
                         "dock workers."),
              ElementsAre(Found{"the dock workers", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, AttributionInsideTheClauseGivesBothHalves) {
  EXPECT_THAT(Statements("If the vote fails, Omar Haddad said, the party will split."),
              ElementsAre(Found{"If the vote fails", "Omar Haddad", "indirect"},
                          Found{"the party will split", "Omar Haddad", "indirect"}));
  // Not when the words after the attribution are the writer's, setting the figure in context.
  EXPECT_THAT(Statements("Harbor Holdings lost 8,000 clients in the quarter, Ann Ray said, "
                         "compared with a gain a year earlier."),
              ElementsAre(Found{"Harbor Holdings lost 8,000 clients in the quarter", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("Harbor Holdings will buy Elm Marine for $4 billion, Tom Lee said, in "
                         "a deal that would create the largest insurer."),
              ElementsAre(Found{"Harbor Holdings will buy Elm Marine for $4 billion", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("Fares rose 2 percent, Ann Ray said, below the 3 percent riders feared."),
              ElementsAre(Found{"Fares rose 2 percent", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Occupancy reached 70 percent, the ministry said, close to its level "
                         "before the storm."),
              ElementsAre(Found{"Occupancy reached 70 percent", "ministry", "indirect"}));
  // Hard negative: "close" as the second half's adjective.
  EXPECT_THAT(Statements("If the vote fails, Lee said, close allies will leave."),
              ElementsAre(Found{"If the vote fails", "Lee", "indirect"},
                          Found{"close allies will leave", "Lee", "indirect"}));
}

TEST(ReportedSpeechTest, QuotedFragmentClosingAReportedClauseMakesItMixed) {
  // `X said CLAUSE, "fragment."`: one mixed statement, not the fragment alone.
  EXPECT_THAT(Statements("Tom Lee said the plan would save $14 million a year, \"less than one "
                         "new pier.\""),
              ElementsAre(Found{"the plan would save $14 million a year, \"less than one new "
                                "pier.\"", "Tom Lee", "mixed"}));
  // Hard negatives: the quotation the cue introduces (after the cue and its comma, or an
  // adjunct), and a capitalized one.
  EXPECT_THAT(Statements("Tom Lee said on Monday, \"we will build it.\""),
              ElementsAre(Found{"we will build it.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Tom Lee said the plan was dead, \"It will not come back.\""),
              Contains(Found{"It will not come back.", "Tom Lee", "direct"}));
}

TEST(ReportedSpeechTest, RoleBeforeTheNameAfterTheClause) {
  // "CLAUSE, the ROLE, NAME, said": the description is the speaker's, not the clause's.
  const std::string text = "Fares will rise next year, the port's chief executive, Tom Lee, said.";
  EXPECT_THAT(Statements(text),
              ElementsAre(Found{"Fares will rise next year", "Tom Lee", "indirect"}));
  const Extraction e = ExtractOrDie(text);
  const SpeakerProfile* lee = FindSpeaker(e, "Tom Lee");
  ASSERT_NE(lee, nullptr);
  EXPECT_THAT(lee->roles, ElementsAre("port's chief executive"));
  // Hard negative: a clause's own last words before the name stay ("..., the bridge, Ann
  // Ray said" has no role noun there).
  EXPECT_THAT(Statements("The ferry will stop at the pier and the bridge, Ann Ray said."),
              ElementsAre(Found{"The ferry will stop at the pier and the bridge", "Ann Ray",
                                "indirect"}));
}

TEST(ReportedSpeechTest, TimesAndPartyTagsBetweenSpeakerAndCue) {
  EXPECT_THAT(Statements("Sen. Ann Ray (D-Ore.) on Tuesday said the bill was dead."),
              ElementsAre(Found{"the bill was dead", "Ann Ray", "indirect"}));
  // A relative clause in parentheses, however long.
  EXPECT_THAT(Statements("Tom Lee (who has served on the pier board for 31 years) said the "
                         "plan was dead."),
              ElementsAre(Found{"the plan was dead", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, CommaAfterBracketsOnTheSpeakersName) {
  // The comma after the brackets closes the aside on the name, as the brackets do.
  EXPECT_THAT(Statements("Tom Lee (who has served on the pier board for 31 years), said the "
                         "plan was dead."),
              ElementsAre(Found{"the plan was dead", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The warden, Tom Lee (a member since 1990), said he would fight the "
                         "plan."),
              ElementsAre(Found{"he would fight the plan", "Tom Lee", "indirect"}));
  // Hard negatives: brackets on an appositive's last word leave the name the speaker; a
  // passive participle after the comma reports nothing.
  EXPECT_THAT(Statements("Tom Lee, head of Elm Aid (a charity), wrote that the plan was dead."),
              ElementsAre(Found{"the plan was dead", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Lee faces Ann Ray, an aide to Sen. Tom Lee (D-Ore.), backed by the "
                         "party."),
              IsEmpty());
}

TEST(ReportedSpeechTest, RoleThenNameSubject) {
  Extraction e = ExtractOrDie(
      "The party's treasurer, Jeff Stone, said in a radio interview that funds were short.");
  ASSERT_EQ(e.statements.size(), 1u);
  EXPECT_EQ(e.speakers[e.statements[0].speaker].name, "Jeff Stone");
  // A name with its title ("Mr.", "Dr.") too.
  EXPECT_THAT(Statements("The firm's founder, Mr. Tom Lee, said the plant will close."),
              ElementsAre(Found{"the plant will close", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The agency's chief scientist, Dr. Ann Ray, said the data were sound."),
              ElementsAre(Found{"the data were sound", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The panel's top Republican, Rep. Tom Lee of Oregon, said the probe "
                         "was unfair."),
              ElementsAre(Found{"the probe was unfair", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The trial's lead doctor, Dr. Ann Ray of the Elm Clinic, said the pill "
                         "was safe."),
              ElementsAre(Found{"the pill was safe", "Ann Ray", "indirect"}));
  // Words of the office before the title, or a modifier in lower case.
  EXPECT_THAT(Statements("The prosecutor, Assistant Attorney General Tom Lee, told the jury "
                         "that the deal was void."),
              ElementsAre(Found{"the deal was void", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("His rival, state Sen. Ann Ray, said the plan was weak."),
              ElementsAre(Found{"the plan was weak", "Ann Ray", "indirect"}));
  // Hard negative: a name, then a profile with a titled owner.
  EXPECT_THAT(Statements("Tom Lee, Mr. Ray's deputy, said the plant will close."),
              ElementsAre(Found{"the plant will close", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, NameThenBareRoleAppositive) {
  // A role without an article ("senior adviser to ...") opens an appositive like "a ...".
  Extraction e = ExtractOrDie(
      "Tom Baker, senior adviser to the mayor, said the plan was dead. \"It is a tragedy,\" "
      "Lena Ortiz, communications director for Harbor Trust, said on Tuesday.");
  ASSERT_EQ(e.statements.size(), 2u);
  EXPECT_EQ(e.speakers[e.statements[0].speaker].name, "Tom Baker");
  EXPECT_EQ(e.speakers[e.statements[1].speaker].name, "Lena Ortiz");
  const SpeakerProfile* ortiz = FindSpeaker(e, "Lena Ortiz");
  ASSERT_NE(ortiz, nullptr);
  EXPECT_THAT(ortiz->organizations, ElementsAre("Harbor Trust"));
}

TEST(ReportedSpeechTest, LongRolePhraseBeforeAName) {
  // Too long for a speaker phrase, but it ends in a role noun and a name.
  EXPECT_THAT(Statements("\"The ferries run late,\" Harbor Transit Authority senior "
                         "legal spokesman Dana Morgan said. Harbor Transit Authority senior "
                         "legal spokesman Dana Morgan said the fares would rise."),
              ElementsAre(Found{"The ferries run late,", "Dana Morgan", "direct"},
                          Found{"the fares would rise", "Dana Morgan", "indirect"}));
}

TEST(ReportedSpeechTest, NameThenOwnersRoleAppositive) {
  // "Harbor's head of ...": an owner's possessive, then the role.
  EXPECT_THAT(Statements("\"The docks need work,\" Lena Ortiz, Harbor's head of "
                         "maintenance, said of the port. Tom Baker, Ray's campaign manager, "
                         "said the race was close."),
              ElementsAre(Found{"The docks need work,", "Lena Ortiz", "direct"},
                          Found{"the race was close", "Tom Baker", "indirect"}));
}

TEST(ReportedSpeechTest, SecondAttributionEndsTheClause) {
  EXPECT_THAT(Statements("Li Wei said the tax was unfair, adding that it would be repealed."),
              ElementsAre(Found{"the tax was unfair", "Li Wei", "indirect"},
                          Found{"it would be repealed", "Li Wei", "indirect"}));
}

TEST(ReportedSpeechTest, ScheduleLinesAfterUpNextAreNoClaims) {
  // An AP sports story's closing schedule: where each team plays next.
  EXPECT_THAT(Statements("Tom Lee scored 30 points.\n\nUP NEXT\nHawks: Host Elm City on "
                         "Sunday.\nSurf: At Harbor on Monday."),
              IsEmpty());
  // Hard negative: a name, a colon and a claim elsewhere is a headline's claim.
  EXPECT_THAT(Statements("Tom Lee scored 30 points.\n\nHawks: We will win on Sunday."),
              ElementsAre(Found{"We will win on Sunday", "Hawks", "indirect"}));
}

TEST(ReportedSpeechTest, HeadlinesInTitleCaseAndWithAColon) {
  EXPECT_THAT(Statements("Mayor Says City Will Cut Bus Fares Next Year"),
              ElementsAre(Found{"City Will Cut Bus Fares Next Year", "Mayor", "indirect"}));
  EXPECT_THAT(Statements("Okafor: Tariffs Are Hurting Farmers"),
              ElementsAre(Found{"Tariffs Are Hurting Farmers", "Okafor", "indirect"}));
  EXPECT_THAT(Statements("Update: The meeting was moved to Friday"), IsEmpty());
  // An investigative piece's genre label is no speaker either.
  EXPECT_THAT(Statements("Investigation: The Elm pier was built on sand"), IsEmpty());
  // A roster of names after its heading says nothing; a claim with a list in it still does.
  EXPECT_THAT(Statements("Elm County: Ann Ray, Tom Lee, Ida Moss and Ben Hart."), IsEmpty());
  EXPECT_THAT(Statements("Okafor: Tariffs, Quotas And Fees Are Hurting Farmers"),
              ElementsAre(Found{"Tariffs, Quotas And Fees Are Hurting Farmers", "Okafor",
                                "indirect"}));
}

TEST(ReportedSpeechTest, EvidenceVerbsNeedADocumentSubject) {
  EXPECT_THAT(Statements("A new poll shows the race is tied."),
              ElementsAre(Found{"the race is tied", "new poll", "indirect"}));
  EXPECT_THAT(Statements("Smith found the keys under the seat."), IsEmpty());
  // A summary and a readout are documents too; the verb inside their clause is theirs.
  EXPECT_THAT(Statements("The council's summary shows that most residents opposed the plan."),
              ElementsAre(Found{"most residents opposed the plan", "council's summary",
                                "indirect"}));
}

TEST(DirectQuoteTest, NewSentenceAfterQuoteIsItsOwnStatement) {
  EXPECT_THAT(Statements("\"We stand with them.\" Tom Baker said he had called the mayor."),
              ElementsAre(Found{"We stand with them.", "Tom Baker", "direct"},
                          Found{"he had called the mayor", "Tom Baker", "indirect"}));
}

TEST(DirectQuoteTest, AttributionAfterACommaQuoteTakesAnyTail) {
  // The quote's sentence runs on: the name and cue after it are its attribution, whatever
  // follows the cue (not the previous speaker's, by inheritance).
  EXPECT_THAT(Statements("\"The budget is late,\" Ann Ray said. \"He never read it,\" Tom Baker "
                         "said of the mayor. \"It will pass,\" Lena Ortiz said dryly. \"We wait,\" "
                         "Omar Haddad told The Morning Post on Friday."),
              ElementsAre(Found{"The budget is late,", "Ann Ray", "direct"},
                          Found{"He never read it,", "Tom Baker", "direct"},
                          Found{"It will pass,", "Lena Ortiz", "direct"},
                          Found{"We wait,", "Omar Haddad", "direct"}));
}
TEST(DirectQuoteTest, NameThenDescriptionWithoutItsClosingCommaAfterAQuote) {
  // `"...," Ida Moss, the analyst who runs the Harbor Index told ...`: the writer left out
  // the comma that closes the description; the name still speaks.
  EXPECT_THAT(Statements("\"Fares will rise,\" Ida Moss, the analyst who runs the Harbor "
                         "Index wrote on Monday."),
              ElementsAre(Found{"Fares will rise,", "Ida Moss", "direct"}));
  // Also when the description ends in another name.
  EXPECT_THAT(Statements("\"Fares will rise,\" Ida Moss, a spokeswoman for Mayor Tom Lee told "
                         "the Gazette."),
              ElementsAre(Found{"Fares will rise,", "Ida Moss", "direct"}));
  EXPECT_THAT(Statements("Ida Moss, a spokeswoman for Mayor Tom Lee told reporters that fares "
                         "would rise."),
              ElementsAre(Found{"fares would rise", "Ida Moss", "indirect"}));
  // Hard negative: a description, then the name between commas: the name speaks too.
  EXPECT_THAT(Statements("\"Fares will rise,\" her neighbor, Ida Moss, told the Gazette."),
              ElementsAre(Found{"Fares will rise,", "Ida Moss", "direct"}));
}

TEST(DirectQuoteTest, SaidOfATopicAfterAQuoteThatEndsItsSentence) {
  // `"...?" Moss said of the meeting.`: the name and "said of" and its topic attribute the
  // quote (not the speaker before it), and the topic is no statement.
  EXPECT_THAT(Statements("Pilots say Lee asks a lot. \"How do we win Elm?\" Tom Moss said of "
                         "the meeting."),
              ElementsAre(Found{"Lee asks a lot", "Pilots", "indirect"},
                          Found{"How do we win Elm?", "Tom Moss", "direct"}));
  // Hard negative: "said of X that ..." reports a clause of its own.
  EXPECT_THAT(Statements("Pilots say Lee asks a lot. \"How do we win Elm?\" Tom Moss said of "
                         "Lee that he was tired."),
              Contains(Found{"he was tired", "Tom Moss", "indirect"}));
}

TEST(DirectQuoteTest, MannerAndPlaceOfSayingAfterTheAttributionAreNoStatement) {
  // `"...?" Ray said warmly into the receiver.`: how and where it was said.
  EXPECT_THAT(Statements("\"Is this the ferry office?\" Ann Ray said warmly into the "
                         "receiver."),
              ElementsAre(Found{"Is this the ferry office?", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("\"Is this the ferry office?\" Ann Ray said into the microphone."),
              ElementsAre(Found{"Is this the ferry office?", "Ann Ray", "direct"}));
  // Hard negatives: a clause after the adverb is what was said (the adverb is not); an
  // adverb of degree belongs to the clause's subject.
  EXPECT_THAT(Statements("Ann Ray said quietly the ferry would wait."),
              ElementsAre(Found{"the ferry would wait", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said nearly every ferry would wait."),
              ElementsAre(Found{"nearly every ferry would wait", "Ann Ray", "indirect"}));
}
TEST(DirectQuoteTest, ParticipleOrCoordinatedCueBeforeAQuoteTakesTheClauseSubject) {
  // The name after "telling" is the listener; "and said" has the clause's subject.
  EXPECT_THAT(Statements("At the port, Tom Baker toured the docks, telling the Harbor Daily, "
                         "\"Ann is a good friend.\""),
              ElementsAre(Found{"Ann is a good friend.", "Tom Baker", "direct"}));
  EXPECT_THAT(Statements("Asked about the toll, Lena Ortiz paused and said, \"Not this "
                         "year.\""),
              ElementsAre(Found{"Not this year.", "Lena Ortiz", "direct"}));
  // After another attribution in the sentence, the quote is that speaker's, and direct: a
  // reported clause that is one whole quotation is that quotation.
  EXPECT_THAT(Statements("The vote was close, Ann Ray said, adding, \"We will win anyway.\""),
              ElementsAre(Found{"The vote was close", "Ann Ray", "indirect"},
                          Found{"We will win anyway.", "Ann Ray", "direct"}));
  // So is the second half of a split quote after a participle with a topic: the noun phrase
  // after "speaking of" is no speaker, and the participle no statement of its own. (Hard
  // negative: with no attribution before it, the participle's subject speaks.)
  EXPECT_THAT(Statements("\"They know how to talk,\" said Tom Lee, speaking of lawyers, "
                         "\"and they never pay.\""),
              ElementsAre(Found{"They know how to talk,", "Tom Lee", "direct"},
                          Found{"and they never pay.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Tom Lee toured the docks, speaking of the strike, \"We will win.\""),
              ElementsAre(Found{"We will win.", "Tom Lee", "direct"}));
}

TEST(DirectQuoteTest, AsSomeonePutItIntroducesAQuote) {
  EXPECT_THAT(Statements("As Professor Ann Vale put it: \"The plan is fine.\" As the Harbor "
                         "Daily's Dana Mills puts it, \"The ferry board is stuck.\""),
              ElementsAre(Found{"The plan is fine.", "Ann Vale", "direct"},
                          Found{"The ferry board is stuck.", "Dana Mills", "direct"}));
  // Only next to a quotation; "put it on the table" is no statement, and "put out a
  // statement saying" still speaks for the subject.
  EXPECT_THAT(Statements("He put it on the table and left the room."), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray put out a statement saying the toll was fair."),
              ElementsAre(Found{"the toll was fair", "Ann Ray", "indirect"}));
}

TEST(DirectQuoteTest, CueWithPrepositionDoesNotInvert) {
  // "asked about the delay" after "Ann Ray said," has an object, not an inverted subject, so
  // the next quote keeps Ann Ray.
  EXPECT_THAT(Statements("\"It has been years,\" Ann Ray said, asked about the delay. \"Who "
                         "could still wait for it?\""),
              ElementsAre(Found{"It has been years,", "Ann Ray", "direct"},
                          Found{"Who could still wait for it?", "Ann Ray", "direct"}));
}

TEST(DirectQuoteTest, InvertedAttributionWithPartyTagAndPostmodifier) {
  EXPECT_THAT(Statements("\"Turnout will decide this,\" said Rep. Jim Clay (D-S.C.), a party leader."),
              ElementsAre(Found{"Turnout will decide this,", "Jim Clay", "direct"}));
  EXPECT_THAT(Statements("\"It was not convincing,\" said one official familiar with the talks."),
              ElementsAre(Found{"It was not convincing,", "official", "direct"}));
}

TEST(DirectQuoteTest, VerbOfJudgementAfterAQuoteHasItsObjectAfterIt) {
  // "his record" is what Ann Ray denounced, not who said "weak".
  for (const Found& f : Statements("Ann Ray summed up Tom Lee as \"weak,\" denounced his "
                                   "record at the port and said he should quit.")) {
    EXPECT_EQ(f.speaker, "Ann Ray") << f;
  }
  // Hard negatives: with a name or a description after it, the verb inverts.
  EXPECT_THAT(Statements("\"A disgrace,\" blasted Sen. Ann Ray."),
              ElementsAre(Found{"A disgrace,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("\"A disgrace,\" blasted the senator."),
              ElementsAre(Found{"A disgrace,", "senator", "direct"}));
}

TEST(ReportedSpeechTest, CoordinatedCueTakesTheClauseSubject) {
  EXPECT_THAT(Statements("In a speech -- held in Ohio -- Ann Ray claimed a clear victory and argued that "
                         "she would win."),
              ElementsAre(Found{"a clear victory", "Ann Ray", "indirect"},
                          Found{"she would win", "Ann Ray", "indirect"}));
}

// --- Speaker resolution ------------------------------------------------------------------

TEST(ReportedSpeechTest, ReportersLineAtTheEndIsNoStatement) {
  // "X reported from PLACE": where the article's writers were, not what anyone reported.
  EXPECT_THAT(Statements("The pier closed. Ray reported from Elm City, Ore.; Lee, from Salem."),
              IsEmpty());
  // Hard negatives: a report of something, also from a place.
  EXPECT_THAT(Statements("Ray reported from the pier that the ferry had sunk."),
              ElementsAre(Found{"the ferry had sunk", "Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray reported from Salem that the ferry had sunk."),
              ElementsAre(Found{"the ferry had sunk", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, OpeningAdverbialsAndDatelinesAreNotSpeakers) {
  EXPECT_THAT(Statements("In October, Mr. Okafor, who runs a small fund, told investors that "
                         "the fears were overblown."),
              ElementsAre(Found{"the fears were overblown", "Okafor", "indirect"}));
  EXPECT_THAT(Statements("HARTFORD - Facing a hostile crowd, the mayor's chief aide defended "
                         "the budget, saying the cuts were needed."),
              ElementsAre(Found{"the budget", "mayor's chief aide", "indirect"},
                          Found{"the cuts were needed", "mayor's chief aide", "indirect"}));
  // A city and its state's abbreviation, or a place in Title Case before an agency.
  EXPECT_THAT(Statements("ELM CITY, Ore. - Touring the docks with the crews, Ann Ray sat down "
                         "with them and promised to fix the cranes."),
              ElementsAre(Found{"to fix the cranes", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Elm City (AFP) - Port director Tom Baker on Friday toured the docks "
                         "and accused the board of neglect."),
              ElementsAre(Found{"the board of neglect", "Tom Baker", "indirect"}));
  // "It" opening an impersonal clause is nobody's voice.
  EXPECT_THAT(Statements("It is tempting to envy the rival party, wishing we had its order."),
              ElementsAre(Found{"we had its order", "", "indirect"}));
}

TEST(SpeakerTest, DatelineIsNoPartOfTheClauseBeforeTheCue) {
  // "CLAUSE, X said" opening an article: the clause starts after the dateline's dash.
  EXPECT_THAT(Statements("WASHINGTON (Reuters) - The port will close next year, officials said."),
              ElementsAre(Found{"The port will close next year", "officials", "indirect"}));
  EXPECT_THAT(Statements("ELM CITY, Nov. 28 (Xinhua) -- The ferry will stop, the ministry said."),
              ElementsAre(Found{"The ferry will stop", "ministry", "indirect"}));
  // A date after the place, without an agency.
  EXPECT_THAT(Statements("ELM CITY, Nov. 28 -- The ferry will stop, the ministry said."),
              ElementsAre(Found{"The ferry will stop", "ministry", "indirect"}));
  EXPECT_THAT(Statements("SALEM, Ore., May 3 - The pier will close, Ann Ray said."),
              ElementsAre(Found{"The pier will close", "Ann Ray", "indirect"}));
  // A country in Title Case after the city's comma ("MANILA, Philippines -"), of one word
  // or two.
  EXPECT_THAT(Statements("ELM CITY, Kenya \u2014 The pier will close, police said."),
              ElementsAre(Found{"The pier will close", "police", "indirect"}));
  EXPECT_THAT(Statements("ELM CITY, South Africa - The pier will close, Ann Ray said."),
              ElementsAre(Found{"The pier will close", "Ann Ray", "indirect"}));
  // A province the lexicon does not know, right before the dash (Chinese papers' style).
  EXPECT_THAT(Statements("ELM LAKE, Nanqiao \u2014 The pier will close, Ann Ray said."),
              ElementsAre(Found{"The pier will close", "Ann Ray", "indirect"}));
  // Hard negative: three capitalized words after the comma leave the sentence whole.
  EXPECT_THAT(Statements("ELM CITY, Upper Harbour Road - The pier will close, Ann Ray said."),
              ElementsAre(Found{"ELM CITY, Upper Harbour Road - The pier will close",
                                "Ann Ray", "indirect"}));
  // Hard negatives: a capitalized subject and an aside between dashes is no dateline, nor is
  // a name and its party in parentheses.
  EXPECT_THAT(Statements("NASA - which had planned the launch for Friday - said it would wait."),
              ElementsAre(Found{"it would wait", "NASA", "indirect"}));
  EXPECT_THAT(Statements("Sen. Ann Ray (D-Ohio) - a critic of the deal - said the bill would "
                         "fail."),
              ElementsAre(Found{"the bill would fail", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray - the port's director - will close it, officials said."),
              ElementsAre(Found{"Ann Ray - the port's director - will close it", "officials",
                                "indirect"}));
}

TEST(SpeakerTest, DescriptionsAreMarkedAsSuchAndNamesAreNot) {
  const Extraction e = ExtractOrDie(
      "Officials said the ferry would run. The port will reopen, a spokesman for the mayor "
      "said. Analysts at Harbor Bank said rates would rise. \"We are ready,\" the company "
      "said. Democrats and officials said the ferry was late. The Lee campaign said it would "
      "win. Ann Ray, the chairman, said costs fell. The chairman said prices fell.");
  auto description = [&](const std::string& name) {
    const SpeakerProfile* p = FindSpeaker(e, name);
    EXPECT_NE(p, nullptr) << name;
    return p != nullptr && p->description;
  };
  EXPECT_TRUE(description("Officials"));  // capitalized only as the sentence's first word
  EXPECT_TRUE(description("spokesman for the mayor"));
  EXPECT_TRUE(description("company"));
  EXPECT_FALSE(description("Analysts at Harbor Bank"));  // a proper noun makes it specific
  EXPECT_FALSE(description("Lee campaign"));
  EXPECT_FALSE(description("Ann Ray"));  // "the chairman" refers back to her
}

TEST(SpeakerTest, ParticipialAppositiveIsNotAProfile) {
  const Extraction e = ExtractOrDie(
      "Ann Ray, citing figures from the Harbor Authority, said the ferry was late. Tom Lee, "
      "acting chairman of Acme, said the port was full.");
  const SpeakerProfile* ray = FindSpeaker(e, "Ann Ray");
  ASSERT_NE(ray, nullptr);
  EXPECT_THAT(ray->roles, IsEmpty());
  EXPECT_THAT(ray->organizations, IsEmpty());
  const SpeakerProfile* lee = FindSpeaker(e, "Tom Lee");
  ASSERT_NE(lee, nullptr);
  EXPECT_THAT(lee->roles, ElementsAre("acting chairman of Acme"));
  EXPECT_THAT(lee->organizations, ElementsAre("Acme"));
}

TEST(SpeakerTest, ProperNameInThePossessiveBeforeTheNameIsTheOrganization) {
  const Extraction e = ExtractOrDie(
      "Acme's chief executive Li Wei said the plant would open. BBC's Tom Lee said it was "
      "late. Ann Ray said the port was shut. Ray's aide Bo Fink said it would reopen. "
      "Oregon's governor Ida Moss said the bridge was safe. The yard builds ferries for "
      "Acme.");
  const SpeakerProfile* li = FindSpeaker(e, "Li Wei");
  ASSERT_NE(li, nullptr);
  EXPECT_THAT(li->organizations, ElementsAre("Acme"));
  const SpeakerProfile* lee = FindSpeaker(e, "Tom Lee");
  ASSERT_NE(lee, nullptr);
  EXPECT_THAT(lee->organizations, ElementsAre("BBC"));
  // Hard negatives: a person's name (an aide of Ann Ray) and a place are no organization.
  const SpeakerProfile* fink = FindSpeaker(e, "Bo Fink");
  ASSERT_NE(fink, nullptr);
  EXPECT_THAT(fink->organizations, IsEmpty());
  const SpeakerProfile* moss = FindSpeaker(e, "Ida Moss");
  ASSERT_NE(moss, nullptr);
  EXPECT_THAT(moss->organizations, IsEmpty());
}

TEST(SpeakerTest, ChineseSurnameHeAndHyphenatedTitles) {
  const Extraction e = ExtractOrDie(
      "Vice-Premier He Lifeng said the talks were candid. He added that trade would grow.");
  EXPECT_THAT(Statements("Vice-Premier He Lifeng said the talks were candid. He added that "
                         "trade would grow."),
              ElementsAre(Found{"the talks were candid", "He Lifeng", "indirect"},
                          Found{"trade would grow", "He Lifeng", "indirect"}));
  const SpeakerProfile* he = FindSpeaker(e, "He Lifeng");
  ASSERT_NE(he, nullptr);
  EXPECT_THAT(he->roles, ElementsAre("Vice-Premier"));
}

TEST(SpeakerTest, PossessiveOfAGroupNounInsideABodysName) {
  // "People's", "Workers'": a plural noun for people in the possessive inside a name.
  EXPECT_THAT(Statements("The People's Bank of Elmland said it would cut rates."),
              ElementsAre(Found{"it would cut rates", "People's Bank of Elmland", "indirect"}));
  EXPECT_THAT(Statements("The Dock Workers' Union said the strike would end."),
              ElementsAre(Found{"the strike would end", "Dock Workers' Union", "indirect"}));
  // Hard negative: a person's possessive still ends the name before it.
  EXPECT_THAT(Statements("Acme's Tom Lee said the strike would end."),
              ElementsAre(Found{"the strike would end", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Dock Workers' Tom Lee said the strike would end."),
              ElementsAre(Found{"the strike would end", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, PronounOpeningASentenceTakesTheSubjectOfTheSentenceBefore) {
  // The full name opening the sentence before is the likeliest referent, before a speaker
  // quoted earlier (names whose sex the lexicon does not know: either pronoun may refer).
  EXPECT_THAT(Statements("Wu Lan said the yard would grow. Lin Qiu toured the pier on Monday. "
                         "She said the cranes were old."),
              ElementsAre(Found{"the yard would grow", "Wu Lan", "indirect"},
                          Found{"the cranes were old", "Lin Qiu", "indirect"}));
  // Hard negatives: a speaker named in the sentence before goes on; a quotation there is no
  // narrative; a subject of the other sex is skipped.
  EXPECT_THAT(Statements("Lin Qiu toured the pier on Monday. Wu Lan said the yard would grow. "
                         "She said the cranes were old."),
              ElementsAre(Found{"the yard would grow", "Wu Lan", "indirect"},
                          Found{"the cranes were old", "Wu Lan", "indirect"}));
  EXPECT_THAT(Statements("\"The yard will grow,\" Wu Lan said. \"Lin Qiu runs the pier now.\" "
                         "She said the cranes were old."),
              ElementsAre(Found{"The yard will grow,", "Wu Lan", "direct"},
                          Found{"Lin Qiu runs the pier now.", "Wu Lan", "direct"},
                          Found{"the cranes were old", "Wu Lan", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said the pier was shut. Ann Ray arrived later. He said it "
                         "would reopen."),
              ElementsAre(Found{"the pier was shut", "Tom Lee", "indirect"},
                          Found{"it would reopen", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, PronounAfterAQuestionPutToAPersonIsTheirs) {
  // The answer to a question put to a named person is theirs, not the asker's.
  EXPECT_THAT(Statements("A reporter asked Dale Oyo whether the toll would rise. \"Not this "
                         "year,\" he said."),
              ElementsAre(Found{"whether the toll would rise", "reporter", "indirect"},
                          Found{"Not this year,", "Dale Oyo", "direct"}));
  EXPECT_THAT(Statements("Sen. Ann Ray pressed Tom Lee on the toll. He said it was fair."),
              ElementsAre(Found{"it was fair", "Tom Lee", "indirect"}));
  // Hard negatives: a named asker may go on (a person of unknown sex asked); nor a person
  // of the other sex.
  EXPECT_THAT(Statements("Ann Ray asked Dale Oyo whether the toll would rise. She said it "
                         "would not."),
              ElementsAre(Found{"whether the toll would rise", "Ann Ray", "indirect"},
                          Found{"it would not", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("A reporter asked Tom Lee whether the toll would rise. She said it "
                         "would not."),
              ElementsAre(Found{"whether the toll would rise", "reporter", "indirect"},
                          Found{"it would not", "reporter", "indirect"}));
}

TEST(SpeakerTest, PronounWithNoSpeakerYetTakesThePersonOpeningASentenceBefore) {
  // No person has spoken yet: he/she refers to the person who opens one of the two sentences
  // before, named or described by "the" and a role ("The CEO", "The chief executive").
  EXPECT_THAT(Statements("The chief executive struck an upbeat tone. \"Demand is strong,\" he"
                         " said."),
              ElementsAre(Found{"Demand is strong,", "chief executive", "direct"}));
  EXPECT_THAT(Statements("Ann Ray toured the pier. The ferries ran late. \"Demand is strong,\""
                         " she said."),
              ElementsAre(Found{"Demand is strong,", "Ann Ray", "direct"}));
  // ("The CEO" describes a person, not an organization named by an acronym.)
  const Extraction ceo = ExtractOrDie("The CEO said demand was strong.");
  ASSERT_EQ(ceo.speakers.size(), 1u);
  EXPECT_EQ(ceo.speakers[0].kind, SpeakerKind::kPerson);
  // Hard negatives: a group opening the sentence is no "he", nor is a person three sentences
  // back, nor one of the other sex.
  EXPECT_THAT(Statements("The pilots struck an upbeat tone. \"Demand is strong,\" he said."),
              ElementsAre(Found{"Demand is strong,", "", "direct"}));
  EXPECT_THAT(Statements("Ann Ray toured the pier. The ferries ran late. The port was busy. "
                         "\"Demand is strong,\" she said."),
              ElementsAre(Found{"Demand is strong,", "", "direct"}));
  EXPECT_THAT(Statements("The chairwoman spoke first. \"Demand is strong,\" he said."),
              ElementsAre(Found{"Demand is strong,", "", "direct"}));
}

TEST(SpeakerTest, CapitalizedElsewhereAgreesInShortAndLongArticles) {
  // "Portco chief Ann Ray": one capitalized word before a role names an organization when the
  // article capitalizes it mid-sentence elsewhere. A long article counts each word's uses once
  // instead of scanning at each mention; both must give the same answer.
  for (const int sentences : {3, 1500}) {
    std::string text;
    for (int i = 0; i < sentences; ++i) {
      text += "Portco chief Ann Ray said ferry " + std::to_string(i) + " was late. ";
    }
    const Extraction without = ExtractOrDie(text);
    const SpeakerProfile* ray = FindSpeaker(without, "Ann Ray");
    ASSERT_NE(ray, nullptr) << sentences;
    EXPECT_THAT(ray->organizations, IsEmpty()) << sentences;  // only ever a sentence opener
    const Extraction with = ExtractOrDie(text + "The dock belongs to Portco.");
    ray = FindSpeaker(with, "Ann Ray");
    ASSERT_NE(ray, nullptr) << sentences;
    EXPECT_THAT(ray->organizations, ElementsAre("Portco")) << sentences;
  }
}

TEST(SpeakerTest, APersonInAProfileIsNoOrganization) {
  const Extraction e = ExtractOrDie(
      "Ann Ray said the ferry was late. Tom Lee, a spokesman for Mrs. Ray, said the port was "
      "closed. Ida Moss, an adviser to President Ned Hale, said the bridge was safe. Ray "
      "aide Bo Fink said the library was open. Lu Chan, a fellow at the Ned Hale Foundation, "
      "said the pier was new.");
  for (const char* name : {"Tom Lee", "Ida Moss", "Bo Fink"}) {
    const SpeakerProfile* p = FindSpeaker(e, name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_THAT(p->roles, Not(IsEmpty())) << name;  // the role stays, with the person in it
    EXPECT_THAT(p->organizations, IsEmpty()) << name;
  }
  EXPECT_THAT(FindSpeaker(e, "Tom Lee")->roles, ElementsAre("spokesman for Mrs. Ray"));
  // A person's name inside an organization's name is no person.
  const SpeakerProfile* chan = FindSpeaker(e, "Lu Chan");
  ASSERT_NE(chan, nullptr);
  EXPECT_THAT(chan->organizations, ElementsAre("Ned Hale Foundation"));
  // Hard negative: an unknown single name stays an organization ("a spokesman for Acme").
  const Extraction acme =
      ExtractOrDie("Tom Lee, a spokesman for Acme, said the port was closed.");
  ASSERT_EQ(acme.speakers.size(), 1u);
  EXPECT_THAT(acme.speakers[0].organizations, ElementsAre("Acme"));
  // What a legislator sits for or a minister is for is no organization: a constituency, a
  // portfolio.
  for (const char* text : {"Tom Lee, the MP for Wexbury, said the port was closed.",
                           "The Minister for Housing, Tom Lee, said the port was closed."}) {
    const Extraction office = ExtractOrDie(text);
    ASSERT_EQ(office.speakers.size(), 1u) << text;
    EXPECT_THAT(office.speakers[0].organizations, IsEmpty()) << text;
  }
}

TEST(SpeakerTest, APlaceIsNoOrganization) {
  const Extraction e = ExtractOrDie(
      "Sen. Ann Ray of Oregon said the ferry was late. Tom Lee, the former Ohio governor, said "
      "the port was closed. Ida Moss, a fellow at the Harbor Institute from Iowa, said the "
      "bridge was safe. Bo Fink of the Ferry Board said the library was open.");
  for (const char* name : {"Ann Ray", "Tom Lee"}) {
    const SpeakerProfile* p = FindSpeaker(e, name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_THAT(p->organizations, IsEmpty()) << name;
  }
  EXPECT_THAT(FindSpeaker(e, "Tom Lee")->roles, ElementsAre("former Ohio governor"));
  // The organization before the place stays; hard negative: a body after "of" is one.
  const SpeakerProfile* moss = FindSpeaker(e, "Ida Moss");
  ASSERT_NE(moss, nullptr);
  EXPECT_THAT(moss->organizations, ElementsAre("Harbor Institute"));
  const SpeakerProfile* fink = FindSpeaker(e, "Bo Fink");
  ASSERT_NE(fink, nullptr);
  EXPECT_THAT(fink->organizations, ElementsAre("Ferry Board"));
}

TEST(SpeakerTest, APersonsCampaignIsAnOrganization) {
  const Extraction e = ExtractOrDie(
      "Ann Ray said the ferry was late. Tom Lee, the Ray campaign manager, said the port was "
      "closed. Ray campaign adviser Ida Moss said the bridge was safe.");
  for (const char* name : {"Tom Lee", "Ida Moss"}) {
    const SpeakerProfile* p = FindSpeaker(e, name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_THAT(p->organizations, ElementsAre("Ray campaign")) << name;
  }
}

TEST(SpeakerTest, ShortFormOfAnOrganizationIsThatOrganization) {
  const Extraction e = ExtractOrDie(
      "The Harbor Times said the ferry was late. The Times said the port was closed. The "
      "Daily Post said the bridge was safe.");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Harbor Times", "Harbor Times", "Daily Post"));
  ASSERT_EQ(e.statements.size(), 3u);
  EXPECT_EQ(e.statements[0].speaker, e.statements[1].speaker);
  for (const SpeakerProfile& p : e.speakers) {
    EXPECT_EQ(p.kind, SpeakerKind::kOrganization) << p.name;
  }
  // An acronym the article spells out in parentheses, before or after it is used.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("FA demands ferry probe\n\nThe Ferry Alliance (FA) "
                                        "said the tender was rigged. Later the FA said it "
                                        "would sue.")),
              ElementsAre("Ferry Alliance", "Ferry Alliance", "Ferry Alliance"));
  // The joining word's initial may be in the acronym too.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("The Ministry of Ports (MOP) opened a pier. MOP said it "
                                        "would open two more.")),
              ElementsAre("Ministry of Ports"));
  // Hard negative: initials that do not match.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("The Ferry Alliance (FRA) said the tender was rigged. "
                                        "Later the FRA said it would sue.")),
              ElementsAre("Ferry Alliance", "FRA"));
  // The acronym may leave out the name's last complement of place: "... of Elmland (PFA)".
  EXPECT_THAT(SpeakerNames(ExtractOrDie("The Port and Ferry Authority of Elmland (PFA) said the "
                                        "pier was shut. Later the PFA said it would reopen.")),
              ElementsAre("Port and Ferry Authority of Elmland",
                          "Port and Ferry Authority of Elmland"));
  // Hard negative: nor then, initials that do not match the rest.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("The Port and Ferry Authority of Elmland (PRA) said the "
                                        "pier was shut. Later the PRA said it would reopen.")),
              ElementsAre("Port and Ferry Authority of Elmland", "PRA"));
}

TEST(SpeakerTest, InitialsAndGenerationalSuffixesArePartOfTheName) {
  const Extraction e = ExtractOrDie(
      "Tom R. Lee Jr. said the ferry was late. Lee said the port was closed. Ann King Jr. "
      "said the bridge was safe. Vice President Ida B. Moss said the pier was new. Moss said "
      "the library was open.");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Tom R. Lee Jr.", "Tom R. Lee Jr.", "Ann King Jr.",
                                           "Ida B. Moss", "Ida B. Moss"));
  const SpeakerProfile* moss = FindSpeaker(e, "Ida B. Moss");
  ASSERT_NE(moss, nullptr);
  EXPECT_THAT(moss->roles, ElementsAre("Vice President"));  // one role, not two
  const Extraction former = ExtractOrDie(
      "The vote came after former Harbor Gov. Ann Ray said the ferry was late.");
  ASSERT_EQ(former.speakers.size(), 1u);
  EXPECT_THAT(former.speakers[0].roles, ElementsAre("former Harbor Gov."));
  // Hard negative: an initial that ends a sentence starts no name in the next one.
  EXPECT_THAT(SpeakerNames(ExtractOrDie(
                  "Ann Ray backed Plan B. Ray said the port was closed.")),
              ElementsAre("Ann Ray"));
}

TEST(SpeakerTest, NameFromAPlaceOrBodyIsThePerson) {
  // "Name from PLACE", also inside an appositive: the person speaks; a place is no
  // organization, a body is one.
  EXPECT_THAT(Statements("One passenger, Ann Ray from Oakport, said she waited four months "
                         "for a refund."),
              ElementsAre(Found{"she waited four months for a refund", "Ann Ray", "indirect"}));
  const Extraction place = ExtractOrDie("Ann Ray from Oakport said the ferry was late.");
  EXPECT_THAT(SpeakerNames(place), ElementsAre("Ann Ray"));
  ASSERT_EQ(place.speakers.size(), 1u);
  EXPECT_THAT(place.speakers[0].organizations, IsEmpty());
  const Extraction body =
      ExtractOrDie("Tom Lee from the Oakport Nurses Union said pay was too low.");
  EXPECT_THAT(SpeakerNames(body), ElementsAre("Tom Lee"));
  ASSERT_EQ(body.speakers.size(), 1u);
  EXPECT_THAT(body.speakers[0].organizations, ElementsAre("Oakport Nurses Union"));
  // Hard negative: a verb's "from" in a relative clause leaves the group the subject.
  EXPECT_THAT(Statements("Tenants who moved to Elm Gap from Oakport say the rent is high."),
              ElementsAre(Found{"the rent is high", "Tenants", "indirect"}));
}

TEST(SpeakerTest, PronounFindsANameWithWhereTheyAreFrom) {
  // "Ann Ray from Oakport was angry. She said ...": the place after a full name belongs to
  // the subject that opens the sentence before.
  EXPECT_THAT(Statements("Ann Ray from Oakport was angry. She said she had waited four months."),
              ElementsAre(Found{"she had waited four months", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee of the Elm Rowing Club was blunter. He said the river was "
                         "unsafe."),
              ElementsAre(Found{"the river was unsafe", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, AnonymousSourceInAPlaceIsTheRole) {
  // "An official in the region, who asked not to be named, said": a role opened by "a" or
  // "an" and where the source is; the relative clause after it does not hide the subject.
  EXPECT_THAT(Statements("An official in the region, who asked not to be named, said the "
                         "fires were under control."),
              ElementsAre(Found{"the fires were under control", "official in the region",
                                "indirect"}));
  EXPECT_THAT(Statements("A senior aid official in Elm, who was not authorised to speak, said "
                         "talks had stalled."),
              ElementsAre(Found{"talks had stalled", "senior aid official in Elm", "indirect"}));
}

TEST(SpeakerTest, NameOfABodyIsThePersonWithThatOrganization) {
  EXPECT_THAT(SpeakerNames(ExtractOrDie(
                  "Tom Lee of the Harbor Board said the port was closed. Ann Ray of Acme said "
                  "it was open. Sen. Ida Moss of Ohio said it was late.")),
              ElementsAre("Tom Lee", "Ann Ray", "Ida Moss"));
  const Extraction e = ExtractOrDie("Tom Lee of the Harbor Board said the port was closed.");
  ASSERT_EQ(e.speakers.size(), 1u);
  EXPECT_THAT(e.speakers[0].organizations, ElementsAre("Harbor Board"));
  // One body: its name has "of" inside, and no person's name precedes it.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("The Bank of Acme said rates would rise.")),
              ElementsAre("Bank of Acme"));
  // A role word opening the phrase is the person's title ("Analyst Wu Lan of ...").
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Analyst Wu Lan of Harbor Holdings said shares were "
                                        "cheap. Economist Tom Lee of Elm Bank said rates would "
                                        "rise.")),
              ElementsAre("Wu Lan", "Tom Lee"));
  // A body in lower case, named by its last word ("council", "unit"): the person speaks,
  // and the body is theirs; a pronoun after goes back to them.
  const Extraction lower = ExtractOrDie(
      "Sgt Ida Moss of the roads policing unit said the pier was shut. She asked for calm.");
  EXPECT_THAT(SpeakerNames(lower), ElementsAre("Ida Moss", "Ida Moss"));
  ASSERT_EQ(lower.speakers.size(), 1u);
  EXPECT_THAT(lower.speakers[0].organizations, ElementsAre("roads policing unit"));
  // A place's unit after its name is the body too; a complement that ends in no body's noun
  // is none, and the full name before it speaks alone.
  const Extraction unit = ExtractOrDie("Superintendent Ida Moss of the Elm Grove district said "
                                       "the pier school would stay shut.");
  EXPECT_THAT(SpeakerNames(unit), ElementsAre("Ida Moss"));
  ASSERT_EQ(unit.speakers.size(), 1u);
  EXPECT_THAT(unit.speakers[0].organizations, ElementsAre("Elm Grove district"));
  EXPECT_THAT(unit.speakers[0].roles, ElementsAre("Superintendent"));
  const Extraction plain = ExtractOrDie("Tom Lee of the school district said the pier school "
                                        "would stay shut. He said it was safer.");
  EXPECT_THAT(SpeakerNames(plain), ElementsAre("Tom Lee", "Tom Lee"));
  ASSERT_EQ(plain.speakers.size(), 1u);
  EXPECT_EQ(plain.speakers[0].kind, SpeakerKind::kPerson);
  // The body's kind in lower case before its name ("of research firm Elmvantage"): the
  // person speaks, the name is the body.
  const Extraction kind = ExtractOrDie("According to Ida Moss of research firm Elmvantage, "
                                       "the pier could sell 3 million tickets.");
  EXPECT_THAT(SpeakerNames(kind), ElementsAre("Ida Moss"));
  ASSERT_EQ(kind.speakers.size(), 1u);
  EXPECT_THAT(kind.speakers[0].organizations, ElementsAre("Elmvantage"));
  // A trade's one word before the role ("Dairy analyst") is no second body beside it; the
  // acronym before a role's noun ("NTSB investigator") is the body.
  const Extraction trade = ExtractOrDie("Elm Dairy cut prices. Dairy analyst Ida Moss of "
                                        "Oakmarkets said the cut was late.");
  ASSERT_EQ(trade.speakers.size(), 1u);
  EXPECT_THAT(trade.speakers[0].organizations, ElementsAre("Oakmarkets"));
  const Extraction acronym = ExtractOrDie("ELTB investigator Ida Moss said the pilot had "
                                          "turned back.");
  ASSERT_EQ(acronym.speakers.size(), 1u);
  EXPECT_THAT(acronym.speakers[0].organizations, ElementsAre("ELTB"));
}

TEST(SpeakerTest, TitleWithCapitalizedComplementBeforeAName) {
  const Extraction e = ExtractOrDie(
      "Director of Public Affairs Tom Lee said the port was closed. Secretary of State Ann "
      "Ray said the ferry was late. The State Department said the bridge was safe.");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Tom Lee", "Ann Ray", "State Department"));
  const SpeakerProfile* lee = FindSpeaker(e, "Tom Lee");
  ASSERT_NE(lee, nullptr);
  EXPECT_THAT(lee->roles, ElementsAre("Director of Public Affairs"));
  const SpeakerProfile* ray = FindSpeaker(e, "Ann Ray");
  ASSERT_NE(ray, nullptr);
  EXPECT_THAT(ray->roles, ElementsAre("Secretary of State"));
  const SpeakerProfile* state = FindSpeaker(e, "State Department");
  ASSERT_NE(state, nullptr);
  EXPECT_EQ(state->kind, SpeakerKind::kOrganization);
  // "for" as well as "of"; and titles of British and city usage ("Cllr", "Alderman").
  const Extraction e2 = ExtractOrDie(
      "Minister for Road Transport Ann Ray said the road would open. Cllr Tom Lee said it "
      "would not. Alderman Ben Hart said the vote was close. Co-author Ida Moss said the data "
      "were clear.");
  EXPECT_THAT(SpeakerNames(e2), ElementsAre("Ann Ray", "Tom Lee", "Ben Hart", "Ida Moss"));
  // Honorifics of Malaysian and Nigerian papers, seats before the name, and seats and honours
  // after it, are no part of the name.
  EXPECT_THAT(SpeakerNames(ExtractOrDie(
                  "Datuk Seri Wu Lan said the bridge would open. Wu said more would follow. "
                  "Alhaji Ben Hart said the market would reopen. Ann Ray TD said it would not. "
                  "Elm MSP Tom Lee agreed. Ida Moss OBE said so too.")),
              ElementsAre("Wu Lan", "Wu Lan", "Ben Hart", "Ann Ray", "Ida Moss"));
  EXPECT_THAT(SpeakerNames(ExtractOrDie(
                  "Barrister Ann Ray said the petition would fail. Malam Ben Hart said prices "
                  "had doubled. Comrade Tom Lee said workers would strike.")),
              ElementsAre("Ann Ray", "Ben Hart", "Tom Lee"));
  // Clergy titles, with "the Rt Rev" before the name.
  EXPECT_THAT(SpeakerNames(ExtractOrDie(
                  "The hall, the Rt Rev Tom Lee said, is open. \"Our doors are open,\" Bishop "
                  "Lee said.")),
              ElementsAre("Tom Lee", "Tom Lee", "Tom Lee"));
  // Titles written without periods (British and Australian police, forces, councils,
  // parliaments), "Secretary-General" and "the Most Reverend".
  EXPECT_THAT(SpeakerNames(ExtractOrDie(
                  "Det Insp Ida Moss said the car was found. Lt Col Ben Hart said the base was "
                  "shut. Cr Ann Ray said the bins were late. The Rt Hon Tom Lee said the vote "
                  "was close. Secretary-General Wu Lan said aid was coming. The Most Reverend "
                  "Chen Bo said the hall was open.")),
              ElementsAre("Ida Moss", "Ben Hart", "Ann Ray", "Tom Lee", "Wu Lan", "Chen Bo"));
  // Hard negative: such a word after a given name is a surname.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Ann Col said the ship was late.")),
              ElementsAre("Ann Col"));
  // A family name first, which the article gives a title elsewhere, is part of the name.
  EXPECT_THAT(SpeakerNames(ExtractOrDie(
                  "Minister for Manpower Chen Wu Lan said fines would rise. Ms Chen said "
                  "checks would follow.")),
              ElementsAre("Chen Wu Lan", "Chen Wu Lan"));
  // Hard negative: without it, the last two words.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Minister for Manpower Chen Wu Lan said fines would "
                                        "rise.")),
              ElementsAre("Wu Lan"));
}

TEST(SpeakerTest, OneWordOpeningAnOrganizationsNameIsThatOrganization) {
  // "Elmore" after "Elmore Construction": the builder, which "she" never is.
  EXPECT_THAT(Statements("Ann Ray said the county sued the builder, Elmore Construction.\n\n"
                         "Elmore did not respond to requests for comment.\n\n"
                         "\"I will decide in spring,\" she said."),
              ElementsAre(Found{"the county sued the builder, Elmore Construction", "Ann Ray",
                                "indirect"},
                          Found{"to requests for comment", "Elmore Construction", "indirect"},
                          Found{"I will decide in spring,", "Ann Ray", "direct"}));
  // Also after the organization's name in the possessive.
  EXPECT_THAT(Statements("Workers at Elmore Construction's plant quit. Elmore did not respond to "
                         "requests for comment."),
              ElementsAre(Found{"to requests for comment", "Elmore Construction", "indirect"}));
  // Hard negatives: a person whose full name ends in the word, and a member after "one".
  EXPECT_THAT(Statements("Tom Elmore runs Elmore Construction. Elmore said sales were up."),
              ElementsAre(Found{"sales were up", "Tom Elmore", "indirect"}));
  EXPECT_THAT(Statements("The Harbor Party met. \"We will win,\" said one Harbor."),
              ElementsAre(Found{"We will win,", "Harbor", "direct"}));
}

TEST(SpeakerTest, PossessiveAfterTheOpensABodysName) {
  // "The Alzheimer's Research Alliance": the possessive is part of the name.
  EXPECT_THAT(Statements("The Harbor's Research Alliance said the results were strong."),
              ElementsAre(Found{"the results were strong", "Harbor's Research Alliance",
                                "indirect"}));
  // Hard negative: a person's possessive without "the" names the body's owner, not it.
  EXPECT_THAT(Statements("Ann Ray's Research Alliance said the results were strong."),
              ElementsAre(Found{"the results were strong", "Research Alliance", "indirect"}));
}

TEST(SpeakerTest, InstitutionAndSocietyOfAFieldAreOneName) {
  // "the Institution of Civil Engineers", "the Royal Society of Chemistry": a body's word
  // before "of" and its field.
  EXPECT_THAT(Statements("The Institution of Harbor Engineers said the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Institution of Harbor Engineers",
                                "indirect"}));
  EXPECT_THAT(Statements("The Elm Society of Chemistry said the river was clean."),
              ElementsAre(Found{"the river was clean", "Elm Society of Chemistry",
                                "indirect"}));
  // Hard negative: a person's name before "of" keeps its place apart.
  EXPECT_THAT(Statements("Tom Lee of Elm City said the river was clean."),
              ElementsAre(Found{"the river was clean", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, RolesPossessiveBeforeABodysWordIsPartOfItsName) {
  // "the Elm County Sheriff's Office": the office a role holder runs, named whole.
  EXPECT_THAT(Statements("The Elm County Sheriff's Office said the driver was drunk."),
              ElementsAre(Found{"the driver was drunk", "Elm County Sheriff's Office",
                                "indirect"}));
  EXPECT_THAT(Statements("The Harbor Data Commissioner's Office said it was making enquiries."),
              ElementsAre(Found{"it was making enquiries", "Harbor Data Commissioner's Office",
                                "indirect"}));
  // Hard negative: a person's possessive before the body's word still names its owner.
  EXPECT_THAT(Statements("Ann Ray's Office said it would appeal."),
              ElementsAre(Found{"it would appeal", "Office", "indirect"}));
}

TEST(SpeakerTest, GivenNameAfterARelationWithAnAgeForAPronoun) {
  // "Lee's granddaughter, Kayla, 26, works ...": the age between commas before the verb.
  EXPECT_THAT(Statements("Tom Lee spoke first.\n\nLee's granddaughter, Kayla, 26, works at the "
                         "mill. She said wages were low."),
              ElementsAre(Found{"wages were low", "Kayla", "indirect"}));
  // Hard negative: a pronoun of the other sex does not go to her.
  EXPECT_THAT(Statements("Tom Lee spoke first.\n\nLee's granddaughter, Kayla, 26, works at the "
                         "mill. He said wages were low."),
              ElementsAre(Found{"wages were low", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, TradeWordBeforeABusinessNameDescribesIt) {
  EXPECT_THAT(Statements("Developer Ridgeline Partners said it would pay for a signal."),
              ElementsAre(Found{"it would pay for a signal", "Ridgeline Partners", "indirect"}));
  EXPECT_THAT(Statements("Retailer Elm Foods said sales fell."),
              ElementsAre(Found{"sales fell", "Elm Foods", "indirect"}));
  // Hard negatives: a name of two words, and a word the article capitalizes elsewhere.
  EXPECT_THAT(Statements("Carpenter Holdings said sales fell."),
              ElementsAre(Found{"sales fell", "Carpenter", "indirect"}));
  EXPECT_THAT(Statements("Tanner Elm Foods said sales fell. Shares in Tanner rose."),
              ElementsAre(Found{"sales fell", "Tanner Elm Foods", "indirect"}));
}

TEST(SpeakerTest, NameInAHeadlinesCapitalsAfterATitleIsAPerson) {
  // "GOVERNOR MARLOWE ANNOUNCES ...": the governor named below, not an acronym's body.
  EXPECT_THAT(Statements("GOVERNOR MARLOWE ANNOUNCES NEW FERRIES\n\nGovernor Ann Marlowe "
                         "today announced two new ferries.\n\n\"It is a good day,\" said "
                         "Governor Marlowe."),
              ElementsAre(Found{"NEW FERRIES", "Ann Marlowe", "indirect"},
                          Found{"two new ferries", "Ann Marlowe", "indirect"},
                          Found{"It is a good day,", "Ann Marlowe", "direct"}));
  // Hard negative: a short acronym after a title stays a body.
  EXPECT_THAT(Statements("Director NPA said the port was safe."),
              ElementsAre(Found{"the port was safe", "NPA", "indirect"}));
}

TEST(SpeakerTest, BossOrLeaderStandsForWhoeverRunsTheBody) {
  EXPECT_THAT(Statements("Elmford manager Tom Lee said the side was poor. The Elmford boss "
                         "refused to blame the referee."),
              ElementsAre(Found{"the side was poor", "Tom Lee", "indirect"},
                          Found{"blame the referee", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The head of the dock union, Ben Hart, said the pier would close. "
                         "\"We read it in an email,\" the union leader said."),
              ElementsAre(Found{"the pier would close", "Ben Hart", "indirect"},
                          Found{"We read it in an email,", "Ben Hart", "direct"}));
  // Hard negative: another body's boss.
  EXPECT_THAT(Statements("Elmford manager Tom Lee said the side was poor. The Harbor boss said "
                         "it was fine."),
              ElementsAre(Found{"the side was poor", "Tom Lee", "indirect"},
                          Found{"it was fine", "Harbor boss", "indirect"}));
}

TEST(SpeakerTest, WhereAPersonWasBornIsNoPartOfTheNameOrRole) {
  EXPECT_THAT(Statements("South Korean-born Tom Lee lives in Elm. Lee said the pier was late."),
              ElementsAre(Found{"the pier was late", "Tom Lee", "indirect"}));
  // A player's position is a role that a later description refers to.
  EXPECT_THAT(Statements("Elm goalkeeper Tom Lee said the side was tired. \"We had a plan,\" "
                         "the Polish-born goalkeeper said."),
              ElementsAre(Found{"the side was tired", "Tom Lee", "indirect"},
                          Found{"We had a plan,", "Tom Lee", "direct"}));
}

TEST(SpeakerTest, WhereANamedBodySitsIsNoPartOfItsName) {
  // "Oakport-based Elm Shipping said": the town it sits in is no part of the body's name.
  EXPECT_THAT(Statements("The ship's manager, Oakport-based Elm Shipping, said the crew was "
                         "safe."),
              ElementsAre(Found{"the crew was safe", "Elm Shipping", "indirect"}));
  // Hard negative: a description keeps it ("an Oakport-based analyst").
  EXPECT_THAT(Statements("An Oakport-based analyst said prices would rise."),
              ElementsAre(Found{"prices would rise", "Oakport-based analyst", "indirect"}));
}

TEST(SpeakerTest, EpithetAfterAPronounIsThePersonThePronounMeant) {
  // "... Lee shrugged. He said ... The Dane said": the pronoun in the sentence before
  // refers to Lee, so he was met there, as a name would have been.
  EXPECT_THAT(Statements("Tom Lee said the pitch was poor. Ann Ray said her side was tired. "
                         "Lee shrugged. He said the referee was fair. The Dane said it was "
                         "cold."),
              ElementsAre(Found{"the pitch was poor", "Tom Lee", "indirect"},
                          Found{"her side was tired", "Ann Ray", "indirect"},
                          Found{"the referee was fair", "Tom Lee", "indirect"},
                          Found{"it was cold", "Tom Lee", "indirect"}));
  // Hard negative: with no reference to him in the sentence before, the Dane is nobody met.
  EXPECT_THAT(Statements("Tom Lee said the pitch was poor. Ann Ray said her side was tired. "
                         "Lee shrugged. The crowd left. The Dane said it was cold."),
              Contains(Found{"it was cold", "Dane", "indirect"}));
}

TEST(SpeakerTest, EpithetOfNationalityOrAgeIsThePersonJustMet) {
  EXPECT_THAT(Statements("Elm coach Ben Hart praised his players. \"We had a plan,\" the Dane "
                         "said."),
              ElementsAre(Found{"his players", "Ben Hart", "indirect"},
                          Found{"We had a plan,", "Ben Hart", "direct"}));
  // An age goes back to the name it was given with, past another speaker.
  EXPECT_THAT(Statements("Ann Ray, 27, said she was tired.\n\nTom Lee said the tour would go "
                         "on.\n\nThe 27-year-old told fans she would return."),
              ElementsAre(Found{"she was tired", "Ann Ray", "indirect"},
                          Found{"the tour would go on", "Tom Lee", "indirect"},
                          Found{"she would return", "Ann Ray", "indirect"}));
  // An age after a quotation of two sentences: the person named in the paragraph before,
  // a speaker or not.
  EXPECT_THAT(Statements("Former midfielder Tom Tate quit in May.\n\n\"Nobody warns you. "
                         "One day it stops,\" the 38-year-old told the radio."),
              ElementsAre(Found{"Nobody warns you. One day it stops,", "Tom Tate", "direct"}));
  EXPECT_THAT(Statements("Former midfielder Tom Tate spoke of the end.\n\n\"Nobody warns you. "
                         "One day it stops,\" the 38-year-old told the radio."),
              ElementsAre(Found{"the end", "Tom Tate", "indirect"},
                          Found{"Nobody warns you. One day it stops,", "Tom Tate", "direct"}));
  // ... or opens the sentence before after a description and a word of their trade.
  EXPECT_THAT(Statements("Ann Ray said the team was tired.\n\nThe goalie, sophomore Tom Lee, "
                         "made 41 saves. The 16-year-old said he was proud."),
              ElementsAre(Found{"the team was tired", "Ann Ray", "indirect"},
                          Found{"he was proud", "Tom Lee", "indirect"}));
  // ... after a noun of their trade that is used of one sex ("Actor"), with a given name
  // the lexicon does not know.
  EXPECT_THAT(Statements("Actor Dev Marlowe spent the week in Spain.\n\n\"I am well,\" "
                         "the 58-year-old wrote."),
              ElementsAre(Found{"I am well,", "Dev Marlowe", "direct"}));
  // An age before a title stands for the person named with the title.
  EXPECT_THAT(Statements("Elm Gov. Ken Oda said he would run again. \"I want to finish,\" the "
                         "67-year-old governor told reporters."),
              ElementsAre(Found{"he would run again", "Ken Oda", "indirect"},
                          Found{"I want to finish,", "Ken Oda", "direct"}));
  // An age before a description the person was never given: the person just met, as the
  // age alone.
  EXPECT_THAT(Statements("Tom Reed, the chief executive of Elmco, said the firm would grow.\n\n"
                         "\"Phones are the new banks,\" the 41-year-old former engineer said."),
              ElementsAre(Found{"the firm would grow", "Tom Reed", "indirect"},
                          Found{"Phones are the new banks,", "Tom Reed", "direct"}));
  // ... or opens it with an aside between commas that has no article ("back from ...").
  EXPECT_THAT(Statements("Tom Lee, back from a broken wrist, scored twice on Sunday.\n\nThe "
                         "21-year-old said the wrist felt fine."),
              ElementsAre(Found{"the wrist felt fine", "Tom Lee", "indirect"}));
  // Hard negatives: another full name between the speaker before and the age, nobody met
  // in the sentence before, and a modifier of a name.
  EXPECT_THAT(Statements("Ann Ray said the team was tired.\n\nThe visitors relied on Tom Lee "
                         "in goal. The 16-year-old said he was proud."),
              ElementsAre(Found{"the team was tired", "Ann Ray", "indirect"},
                          Found{"he was proud", "16-year-old", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the port was closed.\n\nThe ferry was late. The crew "
                         "was tired. The Dane said nothing would change."),
              ElementsAre(Found{"the port was closed", "Ann Ray", "indirect"},
                          Found{"nothing would change", "Dane", "indirect"}));
  EXPECT_THAT(Statements("\"We had a plan,\" said Ben Hart. The Japanese Ferry Board said it "
                         "would respond."),
              ElementsAre(Found{"We had a plan,", "Ben Hart", "direct"},
                          Found{"it would respond", "Japanese Ferry Board", "indirect"}));
}

TEST(SpeakerTest, AmpersandBetweenCapitalizedWordsJoinsAName) {
  // "Tarn & Welles": the whole name speaks, and a person's firm after "of" is no stop.
  EXPECT_THAT(Statements("Tarn & Welles said its client had cooperated."),
              ElementsAre(Found{"its client had cooperated", "Tarn & Welles", "indirect"}));
  EXPECT_THAT(Statements("A lawyer for Tom Lee, Ann Ray of Tarn & Welles, said her client had "
                         "cooperated."),
              ElementsAre(Found{"her client had cooperated", "Ann Ray", "indirect"}));
  // Hard negative: between lower-case words it stays punctuation inside the clause.
  EXPECT_THAT(Statements("Ann Ray said fish & chips were back."),
              ElementsAre(Found{"fish & chips were back", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, ArabicArticleInANameIsPartOfIt) {
  // "al-" before a capitalized name: the name's first letter for every rule.
  EXPECT_THAT(Statements("Its spokesman, Wu al-Lan, said the port was closed. \"We will reopen,\""
                         " al-Lan said."),
              ElementsAre(Found{"the port was closed", "Wu al-Lan", "indirect"},
                          Found{"We will reopen,", "Wu al-Lan", "direct"}));
  // Hard negative: a lower-case word with a hyphen is no name.
  EXPECT_THAT(Statements("Ann Ray said the al-fresco menu was new."),
              ElementsAre(Found{"the al-fresco menu was new", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, WordOfATradeBeforeAGivenNameIsADescription) {
  // "Ecologist Ann Ray said": a word of a trade by its ending, before a known given name.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Ecologist Ann Ray said the river was clean. Plumber "
                                        "Tom Lee said the pipes were old.")),
              ElementsAre("Ann Ray", "Tom Lee"));
  // Hard negative: before a name that is no known given name, the word may be a name too.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Carter Wu Lan said the river was clean.")),
              ElementsAre("Carter Wu Lan"));
}

TEST(SpeakerTest, SentenceInitialModifierIsAnOrganizationOnlyWithEvidence) {
  const Extraction e1 = ExtractOrDie("Presumptive nominee Tom Lee said the port was closed.");
  ASSERT_EQ(e1.speakers.size(), 1u);
  EXPECT_THAT(e1.speakers[0].roles, ElementsAre("Presumptive nominee"));
  EXPECT_THAT(e1.speakers[0].organizations, IsEmpty());
  // Capitalized again in the middle of a sentence: a name.
  const Extraction e2 = ExtractOrDie(
      "Harbor chairman Tom Lee said the port was closed. Ships bound for Harbor waited.");
  ASSERT_FALSE(e2.speakers.empty());
  EXPECT_THAT(e2.speakers[0].organizations, ElementsAre("Harbor"));
  // After a dateline, and capitalized in a title-case headline: an adjective is still none.
  const Extraction e3 = ExtractOrDie(
      "Lee Is Presumptive Nominee\n\nPORTVILLE - Presumptive nominee Tom Lee said the port was "
      "closed.");
  const SpeakerProfile* lee = FindSpeaker(e3, "Tom Lee");
  ASSERT_NE(lee, nullptr);
  EXPECT_THAT(lee->organizations, IsEmpty());
  // A month is a date: "who left the board in October".
  const Extraction e4 = ExtractOrDie(
      "Ann Ray, a former aide who left the board in October, said the port was closed.");
  ASSERT_EQ(e4.speakers.size(), 1u);
  EXPECT_THAT(e4.speakers[0].organizations, IsEmpty());
}

TEST(ReportedSpeechTest, PhraseThatIsBothAVerbCueAndANounCue) {
  EXPECT_THAT(Statements("Ann Ray called for a new ferry."),
              ElementsAre(Found{"a new ferry", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The board heard Ann Ray's call for a new ferry."),
              ElementsAre(Found{"a new ferry", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, NounCueOpeningTheSentenceEndsAtTheMainVerb) {
  EXPECT_THAT(Statements("Ann Ray's call for a new ferry was rejected by the board."),
              ElementsAre(Found{"a new ferry", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee's promise to build a bridge has not been kept."),
              ElementsAre(Found{"build a bridge", "Tom Lee", "indirect"}));
  // After "that" the content is a clause with a verb of its own.
  EXPECT_THAT(Statements("The board heard Ann Ray's claim that the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, IndefiniteDescriptionIsSomeoneNew) {
  Extraction e = ExtractOrDie(
      "\"We will win,\" said Ann Ray, a senior adviser to the governor. \"The polls are "
      "wrong,\" said one longtime adviser to the mayor.");
  ASSERT_EQ(e.statements.size(), 2u);
  EXPECT_EQ(e.speakers[e.statements[0].speaker].name, "Ann Ray");
  EXPECT_NE(e.statements[1].speaker, e.statements[0].speaker);
}

TEST(SpeakerTest, OfficeNamedLaterIsThatPerson) {
  // A lead's description by an office that the article names later: that person.
  EXPECT_THAT(Statements("A federal judge on Monday refused to dismiss the suit.\n\nU.S. "
                         "District Judge Ann Ray wrote that the drivers had a case."),
              ElementsAre(Found{"dismiss the suit", "Ann Ray", "indirect"},
                          Found{"the drivers had a case", "Ann Ray", "indirect"}));
  // A headline's, with the body's name before the office both times.
  EXPECT_THAT(Statements("Elmco chairman calls for bets on chips\n\nElmco Group Chairman Tom "
                         "Lee on Monday urged staff to invest."),
              ElementsAre(Found{"bets on chips", "Tom Lee", "indirect"},
                          Found{"staff to invest", "Tom Lee", "indirect"}));
  // A chief's office ("the fire chief", "its chief executive"); not "an executive", one of
  // many.
  EXPECT_THAT(Statements("The fire began at noon, the fire chief said. Fire Chief Tom Lee said "
                         "the alarms were off."),
              ElementsAre(Found{"The fire began at noon", "Tom Lee", "indirect"},
                          Found{"the alarms were off", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Sales rose, its chief executive said. Chief executive Ann Ray said "
                         "the plan worked."),
              ElementsAre(Found{"Sales rose", "Ann Ray", "indirect"},
                          Found{"the plan worked", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Sales rose, an executive said. Chief executive Ann Ray said "
                         "the plan worked."),
              ElementsAre(Found{"Sales rose", "executive", "indirect"},
                          Found{"the plan worked", "Ann Ray", "indirect"}));
  // Hard negatives: another body's office, a rank that names another office, and two
  // people with the office.
  EXPECT_THAT(Statements("The toll is too high, a school spokesman said.\n\nThe rail "
                         "ministry's spokesman, Tom Lee, said trains would run."),
              ElementsAre(Found{"The toll is too high", "school spokesman", "indirect"},
                          Found{"trains would run", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The toll is too high, the former president said. Vice President "
                         "Tom Lee said trains would run."),
              ElementsAre(Found{"The toll is too high", "former president", "indirect"},
                          Found{"trains would run", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("A judge refused to dismiss the suit. Judge Ann Ray wrote that it "
                         "stood. Judge Ida Moss disagreed."),
              ElementsAre(Found{"dismiss the suit", "judge", "indirect"},
                          Found{"it stood", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, OfficeNamedLaterAlsoByBishop) {
  // "The bishop said ...", a headline's "Bishop calls on ...": a diocese's one bishop, the
  // person the article names with that title.
  EXPECT_THAT(Statements("Rain fell on Sunday.\n\nThe bishop said the need was urgent. Bishop "
                         "Tom Lee spoke at the cathedral."),
              ElementsAre(Found{"the need was urgent", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Bishop calls on parishes to open halls\n\nBishop Tom Lee has asked "
                         "every parish to open its hall."),
              ElementsAre(Found{"parishes to open halls", "Tom Lee", "indirect"},
                          Found{"every parish to open its hall", "Tom Lee", "indirect"}));
  // Hard negative: two bishops named, the description stays.
  EXPECT_THAT(Statements("Rain fell on Sunday.\n\nThe bishop said the need was urgent. Bishop "
                         "Tom Lee and Bishop Ann Ray spoke at the cathedral."),
              ElementsAre(Found{"the need was urgent", "bishop", "indirect"}));
}

TEST(SpeakerTest, OfficeNamedLaterAlsoBySecretaryCeoOrEnvoy) {
  // A headline's "Foreign secretary", the one foreign secretary named later; not the shadow
  // one, whose rank stands before the office's modifier.
  EXPECT_THAT(Statements("Foreign secretary warns of consequences over raid\n\nThe foreign "
                         "secretary, Ann Ray, said the raid was a breach. The shadow foreign "
                         "secretary, Tom Lee, said he backed her."),
              ElementsAre(Found{"consequences over raid", "Ann Ray", "indirect"},
                          Found{"the raid was a breach", "Ann Ray", "indirect"},
                          Found{"he backed her", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("A peace envoy urged talks on the border.\n\nThe envoy, Tom Lee, "
                         "said the talks would resume."),
              ElementsAre(Found{"talks on the border", "Tom Lee", "indirect"},
                          Found{"the talks would resume", "Tom Lee", "indirect"}));
  // "CEO" alone and "chief executive" are one office.
  EXPECT_THAT(Statements("Elm Software beats forecasts, CEO says demand is growing\n\nOn a "
                         "call, Chief Executive Tom Lee said orders rose."),
              ElementsAre(Found{"demand is growing", "Tom Lee", "indirect"},
                          Found{"orders rose", "Tom Lee", "indirect"}));
  // Hard negative: two chief executives.
  EXPECT_THAT(Statements("Elm Software beats forecasts, CEO says demand is growing\n\nOn a "
                         "call, Chief Executive Tom Lee said orders rose. Oak Data's chief "
                         "executive, Ann Ray, said hers fell."),
              ElementsAre(Found{"demand is growing", "CEO", "indirect"},
                          Found{"orders rose", "Tom Lee", "indirect"},
                          Found{"hers fell", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, MemberOfParliamentIsAPersonsRole) {
  // "MEP" is a role, not a body's acronym: "the MEP" is the one named with it.
  EXPECT_THAT(Statements("The MEP Ann Ray spoke first. \"We must act,\" the MEP said."),
              ElementsAre(Found{"We must act,", "Ann Ray", "direct"}));
}

TEST(SpeakerTest, RelationAfterAPossessiveIsThePersonNamedWithIt) {
  EXPECT_THAT(Statements("Tom Lee, a builder, died on Sunday. His daughter, Ida Moss, said the "
                         "cause was a stroke. \"He loved the work,\" his daughter said."),
              ElementsAre(Found{"the cause was a stroke", "Ida Moss", "indirect"},
                          Found{"He loved the work,", "Ida Moss", "direct"}));
  // Hard negative: another owner's relation ("her" is not "his").
  EXPECT_THAT(Statements("His daughter, Ida Moss, said the cause was a stroke. \"He loved the "
                         "work,\" her daughter said."),
              ElementsAre(Found{"the cause was a stroke", "Ida Moss", "indirect"},
                          Found{"He loved the work,", "daughter", "direct"}));
}

TEST(SpeakerTest, TranscriptLabelWithAPartyAndStateInParentheses) {
  // `Rep. Ann Ray (R-Ohio): "..."`: a transcript's label, the party and state after the name.
  EXPECT_THAT(Statements("Rep. Tom Lee (R-Ore.):\"Who gave you that figure?\"\n\nFormer mayor "
                         "Ann Ray: \"The port did.\""),
              ElementsAre(Found{"Who gave you that figure?", "Tom Lee", "direct"},
                          Found{"The port did.", "Ann Ray", "direct"}));
  // Hard negative: other words in parentheses make no label.
  EXPECT_THAT(Statements("The new ferry (the Elm Star): \"Who gave you that figure?\""),
              ElementsAre(Found{"Who gave you that figure?", "", "direct"}));
}

TEST(SpeakerTest, OwnersNounForWordsBeforeAColon) {
  // `The mayor's message was simple: "..."`, `Harbor Republicans' reaction: "..."`, `The
  // message from Ann Ray was clear: "..."`: the owner of the words speaks them.
  EXPECT_THAT(Statements("The mayor's message was simple: \"Vote on Tuesday.\""),
              ElementsAre(Found{"Vote on Tuesday.", "mayor", "direct"}));
  EXPECT_THAT(Statements("Harbor Democrats' reaction: \"Is that the whole plan?\""),
              ElementsAre(Found{"Is that the whole plan?", "Harbor Democrats", "direct"}));
  EXPECT_THAT(Statements("The message from Tom Lee was clear: \"We are not leaving.\""),
              ElementsAre(Found{"We are not leaving.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Ann Ray took the stage. Her answer was short: \"No.\""),
              ElementsAre(Found{"No.", "Ann Ray", "direct"}));
  // Hard negative: a noun for no words names no speaker.
  EXPECT_THAT(Statements("The mayor's car was new: \"Vote on Tuesday.\""),
              ElementsAre(Found{"Vote on Tuesday.", "", "direct"}));
}

TEST(SpeakerTest, NounForWordsFromANamedPersonBeforeAColon) {
  // `Some words from Elm's bowling coach, Tom Lee, who spoke at lunch: "..."`, `Comments from
  // Ann Ray: "..."`: the person after "from" (a role and its name, a relative clause on
  // the person last) speaks the words.
  EXPECT_THAT(Statements("Lunch. Elm 298-5. Some words from Elm's bowling coach, Tom Lee, who "
                         "spoke to reporters at the break: \"The ball is turning now.\""),
              ElementsAre(Found{"The ball is turning now.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Comments from Ann Ray: \"We are on top.\""),
              ElementsAre(Found{"We are on top.", "Ann Ray", "direct"}));
  // Hard negatives: the one who receives the words, and a noun for no words.
  EXPECT_THAT(Statements("Tom Lee received comments from Ann Ray: \"The ball is turning.\""),
              ElementsAre(Found{"The ball is turning.", "", "direct"}));
  EXPECT_THAT(Statements("Some gifts from Ann Ray, the Elm coach: \"We are on top.\""),
              ElementsAre(Found{"We are on top.", "", "direct"}));
}

TEST(SpeakerTest, SentenceEndingInAColonIntroducesItsSubjectsWords) {
  EXPECT_THAT(Statements("Senate leader Ann Ray, R-Ore., delivered a blunt message to the "
                         "board: \"Stop attacking the people you competed with.\""),
              ElementsAre(Found{"Stop attacking the people you competed with.", "Ann Ray",
                                "direct"}));
  // A person's description or a pronoun opening the sentence, as a name does.
  EXPECT_THAT(Statements("\"It is a good idea,\" said Ida Moss, a teacher. Her husband was less "
                         "sure: \"Who will pay for the new boats?\""),
              ElementsAre(Found{"It is a good idea,", "Ida Moss", "direct"},
                          Found{"Who will pay for the new boats?", "husband", "direct"}));
  // A participle and its phrase opening the sentence are no name: the subject after their
  // comma speaks.
  EXPECT_THAT(Statements("Pressed on the fares, Tom Lee was blunt: \"They will rise.\""),
              ElementsAre(Found{"They will rise.", "Tom Lee", "direct"}));
  // So is the writer's question opening the sentence: its verb of asking attributes nothing.
  EXPECT_THAT(Statements("Asked about the fares, Tom Lee was blunt: \"They will rise.\""),
              ElementsAre(Found{"They will rise.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("When asked, the mayor was blunt: \"They will rise.\""),
              ElementsAre(Found{"They will rise.", "mayor", "direct"}));
  // Hard negatives: one who receives the words is not their speaker; nor is a thing, and the
  // quote goes on with the last speaker.
  EXPECT_THAT(Statements("The port will close. The residents received a letter from the board: "
                         "\"The pier is unsafe.\""),
              ElementsAre(Found{"The pier is unsafe.", "", "direct"}));
  EXPECT_THAT(Statements("\"It is a good idea,\" said Ida Moss, a teacher. The message was "
                         "simple: \"Pay for it.\""),
              ElementsAre(Found{"It is a good idea,", "Ida Moss", "direct"},
                          Found{"Pay for it.", "Ida Moss", "direct"}));
}

TEST(SpeakerTest, NameAndVerbBeforeACommaAndAWholeSentenceQuoteIntroduceIt) {
  // The verb may follow the name's appositive.
  EXPECT_THAT(Statements("Ann Ray, the head of the agency, reacted coolly to the deal, \"We "
                         "are worried about any such plan.\""),
              ElementsAre(Found{"We are worried about any such plan.", "Ann Ray", "direct"}));
  // After an opening adverbial too; the quote is a sentence of its own and ends the
  // writer's.
  EXPECT_THAT(Statements("Tom Lee spoke first. Earlier this week, Ann Ray shared her worry "
                         "with donors in Elm City, \"We cannot tell which Lee will come.\""),
              ElementsAre(Found{"We cannot tell which Lee will come.", "Ann Ray", "direct"}));
  // Hard negatives: a quoted title or phrase inside the sentence, a line from a work, and a
  // subject that is no name or pronoun.
  EXPECT_THAT(Statements("Ann Ray named her boat after a line from a poem, \"The sea will "
                         "have its way.\""),
              ElementsAre(Found{"The sea will have its way.", "", "direct"}));
  EXPECT_THAT(Statements("Ann Ray read the sign, \"No Entry,\" aloud."), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee spoke first. The crowd chanted a slogan, \"We want the "
                         "pier.\""),
              IsEmpty());
}

TEST(SpeakerTest, SungLinesAreQuotedWords) {
  // A song's words quoted after "sang"/"sings" are its singer's, like "chanted" or "put it".
  EXPECT_THAT(Statements("As the Harbor Band sang years ago, \"We will sail home one day.\""),
              ElementsAre(Found{"We will sail home one day.", "Harbor Band", "direct"}));
  EXPECT_THAT(Statements("\"Row, row, row your boat,\" the children sang."),
              ElementsAre(Found{"Row, row, row your boat,", "children", "direct"}));
  // Hard negative: singing without an adjacent quotation is no statement.
  EXPECT_THAT(Statements("Ann Ray sang in the choir for years."),
              IsEmpty());
}

TEST(SpeakerTest, SentenceInitialSaidAndAgeAsSpeaker) {
  EXPECT_THAT(Statements("Said Dora Pine, who grew up on the same street, \"We were all so "
                         "proud of him.\""),
              ElementsAre(Found{"We were all so proud of him.", "Dora Pine", "direct"}));
  EXPECT_THAT(Statements("\"What if the mayor took singing lessons?\" the 43-year-old "
                         "asked."),
              ElementsAre(Found{"What if the mayor took singing lessons?", "43-year-old",
                                "direct"}));
}

TEST(SpeakerTest, LeadingTitleIsNotPartOfTheOrganization) {
  Extraction e = ExtractOrDie(
      "\"The industrial internet is the future,\" said Zhou Yunjie, chairman and CEO of Haier "
      "Group.");
  ASSERT_EQ(e.statements.size(), 1u);
  const SpeakerProfile& p = e.speakers[e.statements[0].speaker];
  EXPECT_EQ(p.name, "Zhou Yunjie");
  EXPECT_EQ(p.organizations, std::vector<std::string>{"Haier"});
}

TEST(SpeakerTest, DocumentThatIsAnObjectSpeaksForItsAuthor) {
  EXPECT_THAT(Statements("Okafor and Lee issued a statement describing the meeting as a "
                         "positive step."),
              ElementsAre(Found{"the meeting as a positive step", "Okafor and Lee",
                                "indirect"}));
  // Also before a quotation.
  EXPECT_THAT(Statements("Ann Ray released a statement on Monday saying, \"The ferry plan is "
                         "dead for this year.\""),
              ElementsAre(Found{"The ferry plan is dead for this year.", "Ann Ray", "direct"}));
  // A document that is the subject speaks for itself.
  EXPECT_THAT(Statements("The statement said the meeting was a positive step."),
              ElementsAre(Found{"the meeting was a positive step", "statement", "indirect"}));
}

TEST(SpeakerTest, EmbeddedQuoteTakesTheSentenceSubject) {
  EXPECT_THAT(Statements("\"We lost,\" Lee said. Okafor beamed that the \"ferry crews "
                         "still trust me more than anyone\" after the strike."),
              ElementsAre(Found{"We lost,", "Lee", "direct"},
                          Found{"ferry crews still trust me more than anyone", "Okafor",
                                "direct"}));
  // A conjunction before the subject: "But Ann Ray ..." is Ann Ray's sentence.
  EXPECT_THAT(Statements("Tom Baker said the vote was fair. But Ann Ray did not back down, and "
                         "her letter needled the board for \"its refusal to hear "
                         "the county and its people.\""),
              ElementsAre(Found{"the vote was fair", "Tom Baker", "indirect"},
                          Found{"its refusal to hear the county and its people.", "Ann Ray",
                                "direct"}));
}

TEST(SpeakerTest, FunctionWordsAreNoNames) {
  // A capitalized auxiliary in a headline is no speaker; a surname that is also a word is.
  EXPECT_THAT(Statements("Mayor May Not Have Suggested A Toll Increase For The Bridge"),
              ElementsAre(Found{"A Toll Increase For The Bridge", "", "indirect"}));
  EXPECT_THAT(Statements("Tom Will wrote that the toll was unfair. In a column on Monday, Will "
                         "wrote that the board had ignored drivers."),
              ElementsAre(Found{"the toll was unfair", "Tom Will", "indirect"},
                          Found{"the board had ignored drivers", "Tom Will", "indirect"}));
}

TEST(SpeakerTest, GivenNameThatIsAnAuxiliaryKeepsItsPlace) {
  // "Will" and "May" before a surname are given names, opening a sentence or after "said";
  // the surname alone later finds the full name. A question and a Title Case headline
  // keep "Will" an auxiliary.
  EXPECT_THAT(Statements("Will Moss said the ferry would run late. \"It is the tide,\" Moss "
                         "added. The pier opened in 1990, said May Ray, the harbor master."),
              ElementsAre(Found{"the ferry would run late", "Will Moss", "indirect"},
                          Found{"It is the tide,", "Will Moss", "direct"},
                          Found{"The pier opened in 1990", "May Ray", "indirect"}));
  EXPECT_THAT(Statements("As Fares Rise, Will Harbor Find a Buyer. Harbor said it would sell "
                         "the pier."),
              ElementsAre(Found{"it would sell the pier", "Harbor", "indirect"}));
}

TEST(SpeakerTest, GivenNameThatIsAMonthKeepsItsPlace) {
  // "June", "April": a month before a surname is a given name, after a comma, opening a
  // sentence or after "said"; the wife is no "Moss" that finds her husband.
  EXPECT_THAT(Statements("Walt Moss watched the water. His wife, June Moss, said they had "
                         "moved upstairs. \"It rose fast,\" said April Moss, their daughter."),
              ElementsAre(Found{"they had moved upstairs", "June Moss", "indirect"},
                          Found{"It rose fast,", "April Moss", "direct"}));
  // Hard negative: after a preposition the month is a time.
  EXPECT_THAT(Statements("In June Moss said the river rose."),
              ElementsAre(Found{"the river rose", "Moss", "indirect"}));
}

TEST(SpeakerTest, SurnameThatIsAFunctionWordSpeaksOnceIntroduced) {
  // "May" and "Day" are a modal and a time word; after "Linda May" or "Ms. Day" they name
  // the speaker wherever they stand, and after "in" they do not.
  EXPECT_THAT(Statements("Linda May runs the port board. May said the ferry would stay. \"It "
                         "is safe,\" May said in May."),
              ElementsAre(Found{"the ferry would stay", "Linda May", "indirect"},
                          Found{"It is safe,", "Linda May", "direct"}));
  EXPECT_THAT(Statements("Ms. Day runs the port board. Day said the ferry would stay."),
              ElementsAre(Found{"the ferry would stay", "Day", "indirect"}));
  EXPECT_THAT(Statements("Ann Day said the ferry would stay."),
              ElementsAre(Found{"the ferry would stay", "Ann Day", "indirect"}));
  // No one was introduced: the word keeps its sense.
  EXPECT_THAT(Statements("Day said the ferry would stay."), ElementsAre());
}

TEST(SpeakerTest, SurnameAloneIsTheNameItEnds) {
  // "Mr. Lee" is Tom Lee, not Lee Tower met since; a name read surname first ("Mr. Xi" for
  // Xi Mingde) is the fallback, and not after "at", where it names a place.
  EXPECT_THAT(Statements("Tom Lee spoke on Monday. He stayed at Lee Tower on Tuesday. \"We will "
                         "stay,\" Mr. Lee said."),
              ElementsAre(Found{"We will stay,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("He spoke at Lee Tower on Tuesday. \"We will stay,\" Mr. Lee said."),
              ElementsAre(Found{"We will stay,", "Lee", "direct"}));
  // Hard negative: a name met before comes before one met after ("Kim" is Kim Jong Un).
  EXPECT_THAT(Statements("Ann Ray met Kim Jong Un in Elm City. Kim said the talks would resume. "
                         "Ann Kim, a professor, said the claim was doubtful."),
              ElementsAre(Found{"the talks would resume", "Kim Jong Un", "indirect"},
                          Found{"the claim was doubtful", "Ann Kim", "indirect"}));
  // A Hong Kong name: the family name before the hyphenated given name ("Tom Lau Ka-ming").
  EXPECT_THAT(Statements("Tom Lau Ka-ming moved his shop in May. \"Rent is a third,\" Lau "
                         "said."),
              ElementsAre(Found{"Rent is a third,", "Tom Lau Ka-ming", "direct"}));
}

TEST(SpeakerTest, SentenceAdverbIsNoPartOfAName) {
  // "Perhaps Elmland", "Besides Elmland": an adverb or preposition opening the sentence.
  EXPECT_THAT(Statements("Perhaps Elmland will oppose any move to close the port."),
              ElementsAre(Found{"any move to close the port", "Elmland", "indirect"}));
  EXPECT_THAT(Statements("Besides Elmland, Harbor Trust said the port would stay."),
              ElementsAre(Found{"the port would stay", "Harbor Trust", "indirect"}));
}

TEST(SpeakerTest, CommonFirstNamesGiveThePronounsSex) {
  // "he" after Kristen Ray and Ted Moss is Ted Moss: both first names are in the lexicon.
  EXPECT_THAT(Statements("Ted Moss said the pier was old. Kristen Ray said it was new. \"It is "
                         "safe,\" he said."),
              ElementsAre(Found{"the pier was old", "Ted Moss", "indirect"},
                          Found{"it was new", "Kristen Ray", "indirect"},
                          Found{"It is safe,", "Ted Moss", "direct"}));
  // Hard negative: "he" after a woman alone is nobody met.
  EXPECT_THAT(Statements("Kristen Ray said the pier was old. \"It is safe,\" he said."),
              ElementsAre(Found{"the pier was old", "Kristen Ray", "indirect"},
                          Found{"It is safe,", "", "direct"}));
}

TEST(SpeakerTest, OnlySpeakersOfStatementsAreReturned) {
  // Resolving "She" looks at Tom Moss (a man, so not her): he speaks for no statement and is
  // not in the speaker list. The speaker indexes follow the shortened list.
  Extraction e = ExtractOrDie("Tom Moss spoke at the pier. She said the port is safe. Ann Ray "
                              "said it was old.");
  ASSERT_EQ(e.statements.size(), 2u);
  EXPECT_EQ(e.statements[0].speaker, -1);
  ASSERT_EQ(e.speakers.size(), 1u);
  EXPECT_EQ(e.statements[1].speaker, 0);
  EXPECT_EQ(e.speakers[0].name, "Ann Ray");
}

TEST(SpeakerTest, DefiniteGroupNounRefersToTheGroupMetWithIt) {
  // "the officials", "the pilots": the group named before with that noun.
  EXPECT_THAT(Statements("Two officials familiar with the talks said the port would close. The "
                         "officials said a deal was near."),
              ElementsAre(Found{"the port would close", "Two officials familiar with the talks",
                                "indirect"},
                          Found{"a deal was near", "Two officials familiar with the talks",
                                "indirect"}));
  EXPECT_THAT(Statements("Pilots at Acme said the ferry was late. The pilots said they were "
                         "tired."),
              ElementsAre(Found{"the ferry was late", "Pilots at Acme", "indirect"},
                          Found{"they were tired", "Pilots at Acme", "indirect"}));
  // Hard negatives: another noun is another group, and so is a noun in a group's complement.
  EXPECT_THAT(Statements("Lawyers for the riders said the ferry was late. The riders said they "
                         "wanted an apology."),
              ElementsAre(Found{"the ferry was late", "Lawyers for the riders", "indirect"},
                          Found{"they wanted an apology", "riders", "indirect"}));
  EXPECT_THAT(Statements("Pilots at Acme said the ferry was late. The riders said they were "
                         "tired."),
              ElementsAre(Found{"the ferry was late", "Pilots at Acme", "indirect"},
                          Found{"they were tired", "riders", "indirect"}));
}

TEST(SpeakerTest, PronounAfterADescriptionAndItsNameOpeningTheSentenceBefore) {
  // "The council's president, Ida Moss, disagreed. She said ...": Ida Moss, not the woman
  // quoted before.
  EXPECT_THAT(Statements("\"We have the boats,\" Ann Ray said. The council's president, Ida "
                         "Moss, disagreed. She said the repairs were overdue."),
              ElementsAre(Found{"We have the boats,", "Ann Ray", "direct"},
                          Found{"the repairs were overdue", "Ida Moss", "indirect"}));
  // Hard negative: without the name, the woman quoted before.
  EXPECT_THAT(Statements("\"We have the boats,\" Ann Ray said. The council's president "
                         "disagreed. She said the repairs were overdue."),
              ElementsAre(Found{"We have the boats,", "Ann Ray", "direct"},
                          Found{"the repairs were overdue", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, PronounAfterANameAndItsAppositiveOpeningTheSentenceBefore) {
  // "Ann Ray, the port director, spoke ... She said ...": the name with its appositive
  // opens the sentence before, and the appositive becomes her profile.
  const Extraction e = ExtractOrDie("Ann Ray, the port director, spoke for an hour. \"We are "
                                    "not done,\" she said.");
  ASSERT_EQ(e.statements.size(), 1u);
  ASSERT_GE(e.statements[0].speaker, 0);
  EXPECT_EQ(e.speakers[e.statements[0].speaker].name, "Ann Ray");
  EXPECT_THAT(e.speakers[e.statements[0].speaker].roles, ElementsAre("port director"));
  EXPECT_THAT(Statements("Ann Ray, 54, spoke for an hour. She said the work was not done."),
              ElementsAre(Found{"the work was not done", "Ann Ray", "indirect"}));
  // Hard negatives: a man for "she", and a list of names, are nobody.
  EXPECT_THAT(Statements("Tom Lee, the port director, spoke for an hour. She said the work "
                         "was not done."),
              ElementsAre(Found{"the work was not done", "", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray, Tom Lee and Ben Hart spoke for an hour. She said the work "
                         "was not done."),
              ElementsAre(Found{"the work was not done", "", "indirect"}));
  // Nor an appositive that describes no person (no role word, age or "who").
  EXPECT_THAT(Statements("Acme Ferry, the port operator, cut fares. She said the work was not "
                         "done."),
              ElementsAre(Found{"the work was not done", "", "indirect"}));
}

TEST(SpeakerTest, ContractionOfAPronounIsThatPronoun) {
  // "He’s" is "he": the last man named; "We've" is the writer's "we", no speaker's name.
  EXPECT_THAT(Statements("Tom Lee spoke on Monday. He\u2019s also praising the new pier plan."),
              ElementsAre(Found{"the new pier plan", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("We've seen the plan."),
              ElementsAre(Found{"the plan", "", "indirect"}));
  // Hard negative: "It's" names nobody.
  EXPECT_THAT(Statements("The port board met on Monday. It's also argued that the plan "
                         "failed."),
              ElementsAre(Found{"the plan failed", "", "indirect"}));
}

TEST(SpeakerTest, SurnameExpandedToAFullNameTakesItsSex) {
  // "Tom Lee met Ann Ray. Lee said ... She said ...": "Lee" is Tom Lee, a man, so "she" is
  // not him.
  EXPECT_THAT(Statements("Tom Lee met Ann Ray on Monday. Lee said the talks went well. She "
                         "said the talks failed."),
              ElementsAre(Found{"the talks went well", "Tom Lee", "indirect"},
                          Found{"the talks failed", "", "indirect"}));
  // Hard negative: "he" still is.
  EXPECT_THAT(Statements("Tom Lee met Ann Ray on Monday. Lee said the talks went well. He "
                         "said the talks failed."),
              ElementsAre(Found{"the talks went well", "Tom Lee", "indirect"},
                          Found{"the talks failed", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, TitleOfOneSexIsNotAPersonOfTheOther) {
  // "Mr. Lee" and "Mrs. Lee" after Ann Lee and Tom Lee: the title tells which; the one met
  // last is the other one.
  EXPECT_THAT(Statements("Ann Lee and her husband Tom Lee run the port. Mrs. Lee said the "
                         "toll was fair. Mr. Lee said it was not. Mrs. Lee said the pier was "
                         "old."),
              ElementsAre(Found{"the toll was fair", "Ann Lee", "indirect"},
                          Found{"it was not", "Tom Lee", "indirect"},
                          Found{"the pier was old", "Ann Lee", "indirect"}));
  // Nor an organization named with the surname, nor, with no full name of that sex, the
  // person named in full: a new person, "Lee".
  EXPECT_THAT(Statements("Harbor Lee Group said the toll was fair. Tom Lee said it was not. "
                         "Mrs. Lee said the pier was old."),
              ElementsAre(Found{"the toll was fair", "Harbor Lee", "indirect"},
                          Found{"it was not", "Tom Lee", "indirect"},
                          Found{"the pier was old", "Lee", "indirect"}));
  // Hard negative: with no sex known for the full name, the surname with any title is that
  // person ("Dana" is in neither list).
  EXPECT_THAT(Statements("Dana Lee said the toll was fair. Mr. Lee said it was not. Ms. Lee "
                         "said the pier was old."),
              ElementsAre(Found{"the toll was fair", "Dana Lee", "indirect"},
                          Found{"it was not", "Dana Lee", "indirect"},
                          Found{"the pier was old", "Dana Lee", "indirect"}));
}

TEST(SpeakerTest, QuotedSentencesAreNotCountedBackToTheOpeningPerson) {
  // A profile: the person opens the story, a pronoun sentence follows, then a quotation of
  // two sentences; the quoted sentence is no narrative one between them.
  EXPECT_THAT(Statements("Ann Ray left Elm at 19 with a fiddle. Forty years later, she is back, "
                         "running a music school. \u201cI knew I would come home. It just took "
                         "a while,\u201d she says."),
              ElementsAre(Found{"I knew I would come home. It just took a while,", "Ann Ray",
                                "direct"}));
  // Hard negative: three narrative sentences back is too far.
  EXPECT_THAT(Statements("Ann Ray left Elm at 19 with a fiddle. The village shrank. The mill "
                         "closed. The school moved. \u201cI knew I would come home. It just "
                         "took a while,\u201d she says."),
              ElementsAre(Found{"I knew I would come home. It just took a while,", "",
                                "direct"}));
}

TEST(SpeakerTest, PronounAfterANarrativeSentenceOpenedByAPerson) {
  // "Lee, however, was more hopeful. \"...,\" he said.": the person opening the sentence
  // before (a surname of a full name met earlier, a copula for its verb, an adverb between
  // commas), also for a pronoun right after a quotation.
  EXPECT_THAT(Statements("Tom Lee called the meeting. \"We are done,\" Ann Ray said. Lee, "
                         "however, was more hopeful. \"There is a chance,\" he said."),
              ElementsAre(Found{"We are done,", "Ann Ray", "direct"},
                          Found{"There is a chance,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Tom Lee called the meeting. Ann Ray said it was over. Lee was more "
                         "hopeful. He said there was a chance."),
              ElementsAre(Found{"it was over", "Ann Ray", "indirect"},
                          Found{"there was a chance", "Tom Lee", "indirect"}));
  // Hard negatives: "she" is not Tom Lee; a surname never met in full opens nothing.
  EXPECT_THAT(Statements("Tom Lee called the meeting. \"We are done,\" Ann Ray said. Lee was "
                         "more hopeful. \"There is a chance,\" she said."),
              ElementsAre(Found{"We are done,", "Ann Ray", "direct"},
                          Found{"There is a chance,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Ann Ray said it was over. Lee was more hopeful. He said there was a "
                         "chance."),
              ElementsAre(Found{"it was over", "Ann Ray", "indirect"},
                          Found{"there was a chance", "", "indirect"}));
  // A man turned down for "she" does not hide the woman before him; a surname of a place
  // ("Elm City Hall") and a passive subject are nobody's.
  EXPECT_THAT(Statements("Ann Ray met Tom Lee. Lee was more hopeful. \"There is a chance,\" she "
                         "said."),
              ElementsAre(Found{"There is a chance,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Ann Ray visited Elm City Hall. Hall was packed with riders. \"We hear "
                         "you,\" she said."),
              ElementsAre(Found{"We hear you,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Tom Lee said fares would rise. Ben Hart was fired last year. \"He "
                         "never understood the port,\" he said."),
              ElementsAre(Found{"fares would rise", "Tom Lee", "indirect"},
                          Found{"He never understood the port,", "Tom Lee", "direct"}));
  // A copula and an adjective in "un-...-ed" is no passive: the subject is the one meant.
  EXPECT_THAT(Statements("Ann Ray said the plan was sound. Critic Tom Baxter was unconvinced. "
                         "\"It is a fantasy,\" he said."),
              ElementsAre(Found{"the plan was sound", "Ann Ray", "indirect"},
                          Found{"It is a fantasy,", "Tom Baxter", "direct"}));
  // With nobody met before, a passive subject without its agent is the one "she" means.
  EXPECT_THAT(Statements("Ida Moss was elected in 2020. She said she would run again."),
              ElementsAre(Found{"she would run again", "Ida Moss", "indirect"}));
  // (Not a passive's subject with its agent: "she" is the one woman named, the agent.)
  EXPECT_THAT(Statements("Ben Hart was fired by Ida Moss. She said he had lied."),
              ElementsAre(Found{"he had lied", "Ida Moss", "indirect"}));
  // A role noun before the name, or a relation after a possessive, opens the sentence.
  EXPECT_THAT(Statements("Plant manager Tom Lee broke the news on Friday. \"It was the "
                         "hardest day,\" he said."),
              ElementsAre(Found{"It was the hardest day,", "Tom Lee", "direct"}));
  // Up to four words before the role noun: a place, an employer, the trade's modifiers.
  EXPECT_THAT(Statements("Elm Gap cafe owner Ann Ray was among those who left early. She said "
                         "she had packed her car."),
              ElementsAre(Found{"she had packed her car", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Oakport tenant group leader Ann Ray was among those who left. She "
                         "said the rent had doubled."),
              ElementsAre(Found{"the rent had doubled", "Ann Ray", "indirect"}));
  // Hard negative: the pronoun of the other sex does not take her.
  EXPECT_THAT(Statements("Elm Gap cafe owner Ann Ray met Tom Lee on Friday. He said he had "
                         "packed his car."),
              ElementsAre(Found{"he had packed his car", "", "indirect"}));
  // Lower-case words describing the person after a possessive, a capitalized description
  // before a known given name, and an opening adverb of time with its comma.
  EXPECT_THAT(Statements("Ann Ray spoke first. Her co-star Ben Okoro also waded in. \"Proud of "
                         "you,\" he said."),
              ElementsAre(Found{"Proud of you,", "Ben Okoro", "direct"}));
  EXPECT_THAT(Statements("Parent Sue Kim was blunter. \"It failed,\" she said."),
              ElementsAre(Found{"It failed,", "Sue Kim", "direct"}));
  EXPECT_THAT(Statements("Earlier, Project Director Tom Lee briefed the board. He said the "
                         "land deal was done."),
              ElementsAre(Found{"the land deal was done", "Tom Lee", "indirect"}));
  // Hard negatives: a description of the other sex, and three capitalized words whose first
  // is a given name (one name, "Mary Ann Lee").
  EXPECT_THAT(Statements("Her son Tom Lee objected. She said it was late."),
              ElementsAre(Found{"it was late", "", "indirect"}));
  EXPECT_THAT(Statements("Mary Ann Lee was blunter. \"It failed,\" she said."),
              ElementsAre(Found{"It failed,", "Mary Ann Lee", "direct"}));
  // A trade word opening the sentence before a name the lexicon does not know; not before a
  // name of three words with no such word ("Jo Ann Coombe" is one name).
  EXPECT_THAT(Statements("Ann Ray spoke. Resident Jess Coombe was blunter. \"It failed,\" she "
                         "said."),
              ElementsAre(Found{"It failed,", "Jess Coombe", "direct"}));
  EXPECT_THAT(Statements("Jo Ann Coombe was blunter. \"It failed,\" she said."),
              ElementsAre(Found{"It failed,", "Jo Ann Coombe", "direct"}));
  // A trade word before an unknown name and an appositive's comma; an age and a hometown
  // between commas; a surname and an age between commas.
  EXPECT_THAT(Statements("Tom Lee said aid would come.\n\nFarmer Zanele Dube, 58, of Elm "
                         "village, was less hopeful. \"Every year we wait,\" she said."),
              ElementsAre(Found{"aid would come", "Tom Lee", "indirect"},
                          Found{"Every year we wait,", "Zanele Dube", "direct"}));
  EXPECT_THAT(Statements("Tom Lee said he edited the novel by Ben Osk.\n\nOsk, 61, retired in "
                         "2022. \"Every day,\" he says."),
              ElementsAre(Found{"he edited the novel by Ben Osk", "Tom Lee", "indirect"},
                          Found{"Every day,", "Ben Osk", "direct"}));
  // A team's name before "coach" and a name modifies the name: no subject of its own, and
  // "he" in the clause is the coach.
  EXPECT_THAT(Statements("The Elm Kings won the game.\n\nKings coach Ben Hollis said he had "
                         "never doubted his side.\n\n\"We have a lot of experience,\" he "
                         "said."),
              ElementsAre(Found{"he had never doubted his side", "Ben Hollis", "indirect"},
                          Found{"We have a lot of experience,", "Ben Hollis", "direct"}));
  // The pronoun after a reported clause, before its cue, as after a quotation.
  EXPECT_THAT(Statements("Tom Lee said the port would close. Spokesman Sam Ode rejected that. "
                         "The plan was sound, he said in a statement."),
              ElementsAre(Found{"the port would close", "Tom Lee", "indirect"},
                          Found{"The plan was sound", "Sam Ode", "indirect"}));
  // An opening participle's phrase of a profile ("Born in Elm City in 1934, Ray was ...").
  EXPECT_THAT(Statements("Mary Hart, a pier engineer, has died. Her family said she died on "
                         "Sunday. Born in Elm City in 1934, Hart was among the first women in "
                         "her class. She later recalled that tutors ignored them."),
              ElementsAre(Found{"she died on Sunday", "family", "indirect"},
                          Found{"tutors ignored them", "Mary Hart", "indirect"}));
  EXPECT_THAT(Statements("Her son, Leo Ortiz, now 19, remembers it differently. \"I was not "
                         "calm at all,\" he said."),
              ElementsAre(Found{"I was not calm at all,", "Leo Ortiz", "direct"}));
  EXPECT_THAT(Statements("Its harbor master, Ann Ray, grew up near the pier. She said the port "
                         "had changed."),
              ElementsAre(Found{"the port had changed", "Ann Ray", "indirect"}));
  // A given name alone, after a relation of a named person.
  EXPECT_THAT(Statements("Lee's daughter, Mary, works at the mill. \"The pay is low,\" she said."),
              ElementsAre(Found{"The pay is low,", "Mary", "direct"}));
  // Or any name, after a relation ("granddaughter" tells the sex).
  EXPECT_THAT(Statements("Ann Ray said the mill was busy. Lee's granddaughter, Zoska, works at "
                         "it. \"The pay is low,\" she said."),
              ElementsAre(Found{"the mill was busy", "Ann Ray", "indirect"},
                          Found{"The pay is low,", "Zoska", "direct"}));
  // Hard negative: after "the", a word of a given name may be any name ("The firm, Grace, ...").
  EXPECT_THAT(Statements("The new ferry, Mary, sails at noon. She said the pay was low."),
              ElementsAre(Found{"the pay was low", "", "indirect"}));
  // After a quotation of several sentences, the sentence before the quotation opens.
  EXPECT_THAT(Statements("Tom Lee said the firm was broke. Ida Moss, 39, a lawyer, called that "
                         "claim absurd. \"I have read the books. They balance,\" she said."),
              ElementsAre(Found{"the firm was broke", "Tom Lee", "indirect"},
                          Found{"that claim absurd", "Ida Moss", "indirect"},
                          Found{"I have read the books. They balance,", "Ida Moss", "direct"}));
  // Also past a quotation's single marks inside the double ones.
  EXPECT_THAT(Statements("Tom Lee runs the ferry. His wife, Orla, grew up on the next "
                         "farm. \u201cHe came in and said, \u2018We are moving.\u2019 That was "
                         "it. No debate,\u201d she said."),
              ElementsAre(Found{"He came in and said, \u2018We are moving.\u2019 That was it. "
                                "No debate,",
                                "Orla", "direct"}));
  // Hard negative: that sentence names a speaker, whom the pronoun goes on with.
  EXPECT_THAT(Statements("Ida Moss spoke first. Ann Ray said the firm was broke. \"I have read "
                         "the books. They do not balance,\" she said."),
              ElementsAre(Found{"the firm was broke", "Ann Ray", "indirect"},
                          Found{"I have read the books. They do not balance,", "Ann Ray",
                                "direct"}));
  // When no person met fits, the person named as a subject earlier, also after a conjunction,
  // who acted without speaking.
  EXPECT_THAT(Statements("When Ann Ray took over the port in 1998, it was losing money. Today "
                         "she runs three piers. She says the harbor has never been busier."),
              ElementsAre(Found{"the harbor has never been busier", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said fares would rise. After Ann Ray lost the vote, she said "
                         "the fight was over."),
              ElementsAre(Found{"fares would rise", "Tom Lee", "indirect"},
                          Found{"the fight was over", "Ann Ray", "indirect"}));
  // Hard negatives: a name that may be a firm's, and a speaker met who fits.
  EXPECT_THAT(Statements("Tom Lee said fares would rise. In May, Harbor Ferry cut its fares. She "
                         "said the route would grow."),
              ElementsAre(Found{"fares would rise", "Tom Lee", "indirect"},
                          Found{"the route would grow", "", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss said fares would rise. If Ann Ray wins the seat, she said the "
                         "port will suffer."),
              ElementsAre(Found{"fares would rise", "Ida Moss", "indirect"},
                          Found{"the port will suffer", "Ida Moss", "indirect"}));
  // Of two names joined by "and", the one whose given name has the pronoun's sex.
  EXPECT_THAT(Statements("Tom Lee and Ann Ray founded the firm in 2009. She said the first "
                         "years were hard."),
              ElementsAre(Found{"the first years were hard", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray and Tom Lee founded the firm in 2009. He said the first "
                         "years were hard."),
              ElementsAre(Found{"the first years were hard", "Tom Lee", "indirect"}));
  // Hard negatives: a given name of unknown sex, and two men: either may be meant.
  EXPECT_THAT(Statements("Ann Ray and Ida Moss founded the firm in 2009. She said the first "
                         "years were hard."),
              ElementsAre(Found{"the first years were hard", "", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee and Ben Hart founded the firm in 2009. He said the first "
                         "years were hard."),
              ElementsAre(Found{"the first years were hard", "", "indirect"}));
}

TEST(SpeakerTest, ItInARelativeClauseOfASentenceOpenedByABody) {
  // "Elm Systems unveiled a chip for sensors, a market it said was growing": "it" inside a
  // relative clause (with or without its pronoun) on a noun of the sentence is the company
  // that opens the sentence, also across a day before its verb. (The relative pronoun is a
  // fragment of what was said, as PolNeAR marks it.)
  EXPECT_THAT(Statements("Elm Systems on Wednesday unveiled a chip for sensors, a market it"
                         " said was growing fast."),
              ElementsAre(Found{"was growing fast", "Elm Systems", "indirect"}));
  EXPECT_THAT(Statements("Harbor Telecom cut 300 jobs at a plant that it said was losing"
                         " money."),
              ElementsAre(Found{"that", "Harbor Telecom", "indirect"},
                          Found{"was losing money", "Harbor Telecom", "indirect"}));
  // Hard negatives: a person's name, or a thing, opening the sentence is no "it".
  EXPECT_THAT(Statements("Ann Ray bought a boat, a vessel it said was fast."),
              ElementsAre(Found{"was fast", "", "indirect"}));
  EXPECT_THAT(Statements("The storm hit a pier that it said was sound."),
              ElementsAre(Found{"that", "", "indirect"}, Found{"was sound", "", "indirect"}));
}

TEST(SpeakerTest, TheyOrItAfterASentenceOpenedByABody) {
  // "Police arrested two men. They said ...": with no group or organization met before, the
  // group or the organization's noun opening the sentence before.
  EXPECT_THAT(Statements("Police searched the pier on Sunday. They said it was unsafe."),
              ElementsAre(Found{"it was unsafe", "Police", "indirect"}));
  EXPECT_THAT(Statements("The company was fined in May. It said it had improved its controls."),
              ElementsAre(Found{"it had improved its controls", "company", "indirect"}));
  // "it" for a company's name (a corporate suffix or a word of an industry) opening the
  // sentence before, or opening its own sentence before ", it said".
  EXPECT_THAT(Statements("Elm Mining lost money in May. It said demand was weak."),
              ElementsAre(Found{"demand was weak", "Elm Mining", "indirect"}));
  // A public body's name of four words: a county's, then its own.
  EXPECT_THAT(Statements("The Elm County Health Board met on Monday. It said the clinic would "
                         "close."),
              ElementsAre(Found{"the clinic would close", "Elm County Health Board",
                                "indirect"}));
  EXPECT_THAT(Statements("Harbor Telecom lost 8,000 clients in May, it said."),
              ElementsAre(Found{"Harbor Telecom lost 8,000 clients in May", "Harbor Telecom",
                                "indirect"}));
  // Or opening its own sentence before "after it said", "as it said" (market reports).
  EXPECT_THAT(Statements("Elm Foods jumped 6% after it said sales had doubled."),
              ElementsAre(Found{"sales had doubled", "Elm Foods", "indirect"}));
  // Hard negatives: a person's name is no "it".
  EXPECT_THAT(Statements("Ann Ray lost 8,000 votes in May, it said."),
              ElementsAre(Found{"Ann Ray lost 8,000 votes in May", "", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee left the pier after it said the ferry was late."),
              ElementsAre(Found{"the ferry was late", "", "indirect"}));
  // ("Two men", a plural for people without -s, is a group too.)
  EXPECT_THAT(Statements("Two men were arrested. They said they were innocent."),
              ElementsAre(Found{"they were innocent", "Two men", "indirect"}));
  // Hard negatives: people who are no group word, people after the group's verb (either may
  // be meant), and "it" of the weather.
  EXPECT_THAT(Statements("Two pilots' kin met. They said they were innocent."),
              ElementsAre(Found{"they were innocent", "", "indirect"}));
  EXPECT_THAT(Statements("Police arrested two men. They said they were innocent."),
              ElementsAre(Found{"they were innocent", "", "indirect"}));
  EXPECT_THAT(Statements("It rained in Salem. It said the pier was closed."),
              ElementsAre(Found{"the pier was closed", "", "indirect"}));
}

TEST(SpeakerTest, NumberCountingANounAfterTheGroupsVerbIsNoPeople) {
  // "over eight years" counts years: the group opening the sentence before is still "they".
  EXPECT_THAT(Statements("The researchers surveyed the reefs over eight years. They found that "
                         "the fished reefs recovered slowly."),
              ElementsAre(Found{"the fished reefs recovered slowly", "researchers",
                                "indirect"}));
  // Hard negatives: a number alone, or before people, may be whom "they" means.
  EXPECT_THAT(Statements("Police arrested eight fishermen. They said they were innocent."),
              ElementsAre(Found{"they were innocent", "", "indirect"}));
  EXPECT_THAT(Statements("Police arrested eight on Sunday. They said they were innocent."),
              ElementsAre(Found{"they were innocent", "", "indirect"}));
}

TEST(SpeakerTest, RoleNounRefersToTheOnePersonNamedWithThatTitle) {
  // "Sen. Ann Ray spoke first. The senator said ...": the person named after the title,
  // though not a speaker before.
  EXPECT_THAT(Statements("Sen. Ann Ray spoke first. The senator said the toll was fair."),
              ElementsAre(Found{"the toll was fair", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Mayor Tom Lee met Gov. Ann Ray. The mayor said the toll was fair."),
              ElementsAre(Found{"the toll was fair", "Tom Lee", "indirect"}));
  // A speaker's abbreviated title with its rank or its second word: "the former governor",
  // "the attorney general".
  EXPECT_THAT(Statements("Former Elm Gov. Tom Lee said the toll was fair. The former governor "
                         "said it would stay."),
              ElementsAre(Found{"the toll was fair", "Tom Lee", "indirect"},
                          Found{"it would stay", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Atty. Gen. Ann Ray said the toll was legal. The attorney general "
                         "said it would stay."),
              ElementsAre(Found{"the toll was legal", "Ann Ray", "indirect"},
                          Found{"it would stay", "Ann Ray", "indirect"}));
  // "the lawmaker": a legislator's title of any chamber; "the congresswoman": a
  // representative's.
  EXPECT_THAT(Statements("Hon. Tom Lee told the House that the toll was fair. \"We cannot "
                         "wait,\" the lawmaker said."),
              ElementsAre(Found{"the toll was fair", "Tom Lee", "indirect"},
                          Found{"We cannot wait,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Rep. Ann Ray spoke first. The congresswoman said the toll was fair."),
              ElementsAre(Found{"the toll was fair", "Ann Ray", "indirect"}));
  // Hard negatives: two senators named, or none, leave "the senator" a description; so do
  // two legislators for "the lawmaker", and a senator for "the congresswoman".
  EXPECT_THAT(Statements("Sen. Ann Ray met Rep. Tom Lee. The lawmaker said the toll was fair."),
              ElementsAre(Found{"the toll was fair", "lawmaker", "indirect"}));
  EXPECT_THAT(Statements("Sen. Ann Ray spoke first. The congresswoman said the toll was fair."),
              ElementsAre(Found{"the toll was fair", "congresswoman", "indirect"}));
  EXPECT_THAT(Statements("Sen. Ann Ray met Sen. Tom Lee. The senator said the toll was fair."),
              ElementsAre(Found{"the toll was fair", "senator", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray spoke first. The senator said the toll was fair."),
              ElementsAre(Found{"the toll was fair", "senator", "indirect"}));
  // Nor a title that another word turns into another role ("Vice President").
  EXPECT_THAT(Statements("Vice President Ann Ray spoke. The president said the toll was fair."),
              ElementsAre(Found{"the toll was fair", "president", "indirect"}));
  // A judge titled "Justice" (British courts), and titles without their period.
  EXPECT_THAT(Statements("Mr Justice Tom Lee heard the case. \"It was unlawful,\" the judge "
                         "wrote."),
              ElementsAre(Found{"It was unlawful,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Det Insp Ann Ray visited the pier. The inspector said the car was "
                         "found."),
              ElementsAre(Found{"the car was found", "Ann Ray", "indirect"}));
  // Hard negative: "Justice" opening another title names no judge.
  EXPECT_THAT(Statements("Justice Minister Ann Ray spoke. The judge said it was wrong."),
              ElementsAre(Found{"it was wrong", "judge", "indirect"}));
}

TEST(SpeakerTest, PlaceEndingInIngIsNoParticiple) {
  // "Beijing said": a capital for its government, though it ends like "Pausing".
  EXPECT_THAT(Statements("Beijing has repeatedly said it opposes the visit."),
              ElementsAre(Found{"it opposes the visit", "Beijing", "indirect"}));
  // Hard negative: a participle opening the sentence alone still names nobody.
  EXPECT_THAT(Statements("Pausing said the ferry was late."),
              ElementsAre(Found{"the ferry was late", "", "indirect"}));
}

TEST(SpeakerTest, CoordinatedNamesAreAGroupNotAPerson) {
  // "Baker" later is Tom Baker, not "Ann Ray and Tom Baker".
  Extraction e = ExtractOrDie("Ann Ray and Tom Baker said the toll was fair. Baker later said "
                              "it would rise.");
  ASSERT_EQ(e.statements.size(), 2u);
  EXPECT_EQ(e.speakers[e.statements[0].speaker].name, "Ann Ray and Tom Baker");
  EXPECT_EQ(e.speakers[e.statements[0].speaker].kind, SpeakerKind::kGroup);
  EXPECT_EQ(e.speakers[e.statements[1].speaker].name, "Tom Baker");
  EXPECT_EQ(e.speakers[e.statements[1].speaker].kind, SpeakerKind::kPerson);
}

TEST(SpeakerTest, SurnameResolvesToFullName) {
  EXPECT_THAT(Statements("Maria Garcia said the law works. Garcia said it would last."),
              ElementsAre(Found{"the law works", "Maria Garcia", "indirect"},
                          Found{"it would last", "Maria Garcia", "indirect"}));
}

TEST(SpeakerTest, SurnameMentionedManyTimesStillResolvesToTheFullName) {
  // A surname that stands alone more often than FindFullName reads one by one: its answer
  // comes from the list of the word's full names, the same as nearer the name.
  std::string text = "Tom Lee met the riders on Monday. ";
  for (int i = 0; i < 80; ++i) text += "Lee waved. ";
  text += "Lee said the port is open. Ida Moss met Lee. Moss said the toll is fair.";
  EXPECT_THAT(Statements(text), ElementsAre(Found{"the port is open", "Tom Lee", "indirect"},
                                            Found{"the toll is fair", "Ida Moss", "indirect"}));
  // Hard negative: a surname never given in full stays as it stands.
  std::string alone;
  for (int i = 0; i < 80; ++i) alone += "Lee waved. ";
  EXPECT_THAT(Statements(alone + "Lee said the port is open."),
              ElementsAre(Found{"the port is open", "Lee", "indirect"}));
}

TEST(SpeakerTest, ChineseFamilyNameAndTitleResolve) {
  EXPECT_THAT(Statements("Xi Mingde said reform is vital. Mr. Xi said it must go on."),
              ElementsAre(Found{"reform is vital", "Xi Mingde", "indirect"},
                          Found{"it must go on", "Xi Mingde", "indirect"}));
}

TEST(SpeakerTest, PronounResolvesToMostRecentSpeaker) {
  EXPECT_THAT(Statements("Dong Mei said sales grew.\n\nShe added that costs fell."),
              ElementsAre(Found{"sales grew", "Dong Mei", "indirect"},
                          Found{"costs fell", "Dong Mei", "indirect"}));
}

TEST(SpeakerTest, LongSentencesAndManyPeopleKeepTheirReferents) {
  // The resolver's searches are bounded (speakers.cc), but not within real articles: a
  // pronoun ending a long sentence finds its subject at the start, and "the chairman"
  // finds its holder after 70 other people have spoken.
  EXPECT_THAT(Statements("Judge Ida Moss opened the hearing early. Ann Ray sat through six "
                         "hours of testimony on Monday from port officials, ferry captains, "
                         "dock workers, union leaders, two former mayors and dozens of riders "
                         "from three counties about the collapse of the Elm City ferry service "
                         "last spring, the loss of 400 jobs at the harbor and the millions of "
                         "dollars spent on a failed dredging project, and she said afterward "
                         "that she would appeal."),
              ElementsAre(Found{"she would appeal", "Ann Ray", "indirect"}));
  std::string text = "Ann Ray, the chairman of Harbor Holdings, said the port would close.\n\n";
  for (int i = 0; i < 70; ++i) {
    text += "Tom Lee" + std::to_string(i) + ", a rider from Elm City, said the ferries were "
            "late.\n\n";
  }
  text += "The chairman said the decision was final.";
  const std::vector<Found> found = Statements(text);
  ASSERT_EQ(found.size(), 72u);
  EXPECT_EQ(found.back(), (Found{"the decision was final", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, PronounPrefersTheNamedSubjectOfItsSentence) {
  // Tom Baker never spoke before, but he is the subject of the pronoun's sentence; a name in
  // an object position ("met Lena Ortiz") or an owner ("Ray's aide") is not.
  EXPECT_THAT(Statements("Ann Ray said the toll was fair. Tom Baker drove to the toll booth, "
                         "and he says the board agreed. Ann Ray met Lena Ortiz, and she said the "
                         "talks went well."),
              ElementsAre(Found{"the toll was fair", "Ann Ray", "indirect"},
                          Found{"the board agreed", "Tom Baker", "indirect"},
                          Found{"the talks went well", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, TheyResolvesToGroup) {
  EXPECT_THAT(Statements("Prices will rise, analysts said. They called for lower rates."),
              ElementsAre(Found{"Prices will rise", "analysts", "indirect"},
                          Found{"lower rates", "analysts", "indirect"}));
}

TEST(SpeakerTest, RoleNounResolvesToSpeakerWithThatRole) {
  Extraction e = ExtractOrDie(
      "Tom Baker, the chairman of Acme Corp, said profits rose. The chairman said margins "
      "improved.");
  ASSERT_EQ(e.statements.size(), 2u);
  EXPECT_EQ(e.statements[0].speaker, e.statements[1].speaker);
  const SpeakerProfile& p = e.speakers[e.statements[1].speaker];
  EXPECT_EQ(p.name, "Tom Baker");
  EXPECT_EQ(p.organizations, std::vector<std::string>{"Acme"});
  EXPECT_EQ(e.statements[1].speaker_mention, "The chairman");
}

TEST(SpeakerTest, RoleNounWithModifiersNeedsThemAmongTheRoles) {
  // "the Acme chairman" is Tom Baker; "the Vantor chairman" and "the former chairman" are not.
  EXPECT_THAT(Statements("Tom Baker, the chairman of Acme Corp, said profits rose. The Acme "
                         "chairman said margins improved. The Vantor chairman said costs fell. "
                         "The former chairman said the board erred."),
              ElementsAre(Found{"profits rose", "Tom Baker", "indirect"},
                          Found{"margins improved", "Tom Baker", "indirect"},
                          Found{"costs fell", "Vantor chairman", "indirect"},
                          Found{"the board erred", "former chairman", "indirect"}));
}

TEST(SpeakerTest, EmployerIsPrimaryOrganization) {
  Extraction e = ExtractOrDie(
      "Ye Lan, a deputy to the National People's Congress and head of Acme's research "
      "committee, said the model works.");
  ASSERT_EQ(e.statements.size(), 1u);
  const SpeakerProfile& p = e.speakers[e.statements[0].speaker];
  EXPECT_EQ(p.organizations,
            (std::vector<std::string>{"Acme", "National People's Congress"}));
}

TEST(SpeakerTest, OrganizationAliasesShareOneName) {
  Extraction e = ExtractOrDie(
      "Haier Group said it will expand. Haier's statement said costs fell.");
  const SpeakerProfile* haier = FindSpeaker(e, "Haier");
  ASSERT_NE(haier, nullptr);
  EXPECT_EQ(haier->kind, SpeakerKind::kOrganization);
}

TEST(SpeakerTest, DescriptionWithComplementIsItsOwnSpeaker) {
  // The spokesman speaks, not the governor; the complement names whom he speaks for.
  EXPECT_THAT(Statements("A spokesman for the governor said the bill would be signed."),
              ElementsAre(Found{"the bill would be signed", "spokesman for the governor",
                                "indirect"}));
  EXPECT_THAT(Statements("The director of the agency said the plan would fail."),
              ElementsAre(Found{"the plan would fail", "director of the agency", "indirect"}));
  EXPECT_THAT(Statements("People familiar with the matter said the deal was dead."),
              ElementsAre(Found{"the deal was dead", "People familiar with the matter",
                                "indirect"}));
  // "from" after a group or role noun says where they come from.
  EXPECT_THAT(Statements("Officials from the two ports agreed to share the dredger."),
              ElementsAre(Found{"to share the dredger", "Officials from the two ports",
                                "indirect"}));
  EXPECT_THAT(Statements("A senator from Oregon said the bridge was safe."),
              ElementsAre(Found{"the bridge was safe", "senator from Oregon", "indirect"}));
  Extraction e = ExtractOrDie("A spokeswoman for Haier Group said sales rose.");
  ASSERT_EQ(e.statements.size(), 1u);
  const SpeakerProfile& p = e.speakers[e.statements[0].speaker];
  EXPECT_EQ(p.name, "spokeswoman for Haier Group");
  EXPECT_EQ(p.kind, SpeakerKind::kPerson);
  EXPECT_EQ(p.roles, std::vector<std::string>{"spokeswoman"});
  EXPECT_EQ(p.organizations, std::vector<std::string>{"Haier"});
}

TEST(SpeakerTest, AidesToSomeoneAreTheSpeakersNotWhomTheyServe) {
  // "to" after a role or group noun names whom they serve: the aides speak, not Ann Ray.
  EXPECT_THAT(Statements("An aide to Ann Ray said the ferry would run."),
              ElementsAre(Found{"the ferry would run", "aide to Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Advisers to the mayor said the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Advisers to the mayor", "indirect"}));
  // A conjunction opening the sentence is no part of the description.
  EXPECT_THAT(Statements("But aides to Tom Lee said the toll would stay."),
              ElementsAre(Found{"the toll would stay", "aides to Tom Lee", "indirect"}));
  // Hard negative: a capitalized title with its complement before a name stays a title
  // (after "the" as well: "of the", "to the").
  EXPECT_THAT(Statements("Secretary of the Treasury Ann Ray said the toll would stay."),
              ElementsAre(Found{"the toll would stay", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, BodysNameGoesOnAfterOfThe) {
  // "The Bank of the Elm Isles said": a body's name (a body's noun in the capitalized run
  // before "of the") goes on after "of the"; the whole name speaks, not its last words.
  EXPECT_THAT(Statements("The Bank of the Elm Isles said rates would stay on hold."),
              ElementsAre(Found{"rates would stay on hold", "Bank of the Elm Isles",
                                "indirect"}));
  EXPECT_THAT(Statements("The Chamber of Commerce of the Islands said the measure would"
                         " hurt hiring."),
              ElementsAre(Found{"the measure would hurt hiring",
                                "Chamber of Commerce of the Islands", "indirect"}));
  EXPECT_THAT(Statements("The Employers Confederation of the Islands, however, said the"
                         " measure would hurt hiring."),
              ElementsAre(Found{"the measure would hurt hiring",
                                "Employers Confederation of the Islands", "indirect"}));
  // Hard negatives: a person's name before "of the" keeps the body as their organization,
  // and a role before it describes the person.
  EXPECT_THAT(Statements("Ann Ray of the Harbor Board said rates would stay on hold."),
              ElementsAre(Found{"rates would stay on hold", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The head of the Harbor Board said rates would stay on hold."),
              ElementsAre(Found{"rates would stay on hold", "head of the Harbor Board",
                                "indirect"}));
}

TEST(SpeakerTest, SurnameIsNotADescriptionsModifier) {
  // "a Lee supporter" is a description, not Lee: a later "Lee" is Lee himself.
  EXPECT_THAT(Statements("A Lee supporter said the pier was unsafe. Lee, the state governor, "
                         "repeated claims that Ray recites lines."),
              ElementsAre(Found{"the pier was unsafe", "Lee supporter", "indirect"},
                          Found{"claims that Ray recites lines", "Lee", "indirect"}));
  EXPECT_THAT(Statements("An Acme spokeswoman said the plant would close. Hours later, Acme "
                         "said the plan was off."),
              ElementsAre(Found{"the plant would close", "Acme spokeswoman", "indirect"},
                          Found{"the plan was off", "Acme", "indirect"}));
}

TEST(SpeakerTest, CapitalizedRoleAfterAnArticleIsADescription) {
  // "the former CEO of Elm Harbor" describes someone: no name is carved out of the
  // complement ("Elm Harbor" is whom the role serves).
  EXPECT_THAT(Statements("Fares are fair, Ann Ray said. Still, the retired CEO of Elm Harbor "
                         "added, the toll plan would fail."),
              Contains(Found{"the toll plan would fail", "retired CEO of Elm Harbor",
                             "indirect"}));
  // Hard negative: without the article the title goes before a name.
  EXPECT_THAT(Statements("CEO of Elm Harbor Tom Lee said fares would rise."),
              ElementsAre(Found{"fares would rise", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, SurnameThatIsATitleWordBeforeOf) {
  // "King" after a given name or an initial is a surname, not a title with a complement.
  EXPECT_THAT(Statements("Representative Tom T. King of Elm City said the pier would close."),
              ElementsAre(Found{"the pier would close", "Tom T. King", "indirect"}));
  EXPECT_THAT(Statements("Ann Judge of Harbor County said the pier would close."),
              ElementsAre(Found{"the pier would close", "Ann Judge", "indirect"}));
  // Hard negative: a title with its complement before a name.
  EXPECT_THAT(Statements("Secretary of State Ann Ray said the pier would close."),
              ElementsAre(Found{"the pier would close", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, CityAndStateBetweenCommasBelongToTheName) {
  // "of Elmwood, Oregon," is where the person is from, not the speaker.
  EXPECT_THAT(Statements("Ann Baker of Elmwood, Oregon, says she thinks Lee can win."),
              ElementsAre(Found{"she thinks Lee can win", "Ann Baker", "indirect"}));
  EXPECT_THAT(Statements("One delegate, Tom Moss of Elm City, D.C., said the vote was fair."),
              ElementsAre(Found{"the vote was fair", "Tom Moss", "indirect"}));
  EXPECT_THAT(Statements("Two pilots from Elmwood, Oregon, said the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Two pilots from Elmwood", "indirect"}));
  // Hard negative: a name between the commas is an appositive, not a state.
  EXPECT_THAT(Statements("The head of the Bureau of Ports, Tom B. Lee, said the pier was "
                         "unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Tom B. Lee", "indirect"}));
}

TEST(SpeakerTest, TitleWithToComplementBeforeName) {
  // "Ambassador to Peru" is the title of the name after it, wherever the name stands:
  // before the cue, after an opening phrase, or after an inverted "said".
  EXPECT_THAT(Statements("Ambassador to Peru Ann Ray said the talks would resume."),
              ElementsAre(Found{"the talks would resume", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("On Monday, Ambassador to Peru Ann Ray said the talks would resume."),
              ElementsAre(Found{"the talks would resume", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("\"The talks will resume,\" said Envoy to the Elm Republic Tom Lee."),
              ElementsAre(Found{"The talks will resume,", "Tom Lee", "direct"}));
  // Hard negative: "to" after a verb is no title's complement.
  EXPECT_THAT(Statements("Ann Ray spoke to Peru Daily and said the talks would resume."),
              ElementsAre(Found{"the talks would resume", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, NamedPersonAfterDescriptionStillSpeaks) {
  // A name after the description is the speaker ("Secretary of State Ann Ray"), and "the
  // release of the report" is the report speaking.
  EXPECT_THAT(Statements("Secretary of State Ann Ray said the talks would resume."),
              ElementsAre(Found{"the talks would resume", "Ann Ray", "indirect"}));
  EXPECT_THAT(
      Statements("It followed the release of the annual Budget Report, which states that "
                 "spending will fall."),
      ElementsAre(Found{"spending will fall", "Budget Report", "indirect"}));
}

TEST(SpeakerTest, PossessiveAndParticipleOpenAnAppositive) {
  EXPECT_THAT(
      Statements("Mary Lane, Orchard Bank's head of rural lending, said loan demand was "
                 "rising."),
      ElementsAre(Found{"loan demand was rising", "Mary Lane", "indirect"}));
  EXPECT_THAT(
      Statements("The librarians, led by archivist Tom Hill, told the board that the roof "
                 "needed repairs."),
      ElementsAre(Found{"the roof needed repairs", "librarians", "indirect"}));
}

TEST(SpeakerTest, ParticipleAndATimeOpenAnAppositive) {
  // "The study, published Wednesday, found that ...": a participle before a time.
  EXPECT_THAT(Statements("The study, published Wednesday in a journal, found that the pier "
                         "was sinking."),
              ElementsAre(Found{"the pier was sinking", "study", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray, elected Tuesday, said the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Ann Ray", "indirect"}));
  // "late" or "early" before the time.
  EXPECT_THAT(Statements("The advisory, issued late on Monday, states that ferries may not "
                         "sail."),
              ElementsAre(Found{"ferries may not sail", "advisory", "indirect"}));
  // A census is a document that finds.
  EXPECT_THAT(Statements("The census found a sharp rise in ferry commuters."),
              ElementsAre(Found{"a sharp rise in ferry commuters", "census", "indirect"}));
  // Hard negative: a clause's second verb before a time is no appositive's.
  EXPECT_THAT(Statements("The pier closed, reopened Tuesday, said Ann Ray."),
              ElementsAre(Found{"The pier closed, reopened Tuesday", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, IrregularParticipleOpensAnAppositive) {
  // "clad", "beaten", "hit": participles without -ed open a reduced relative too.
  EXPECT_THAT(Statements("Ann Ray, clad in a yellow coat, said the ferry would run all winter."),
              ElementsAre(Found{"the ferry would run all winter", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, beaten in the primary, said the port would stay open."),
              ElementsAre(Found{"the port would stay open", "Tom Lee", "indirect"}));
  // "written" and "run" too: a participle that is also a verb of saying ("written") does
  // not stop the search for the subject before it.
  EXPECT_THAT(Statements("The report, written by Tom Lee, said the ferries were late."),
              ElementsAre(Found{"the ferries were late", "report", "indirect"}));
  EXPECT_THAT(Statements("The charity, run by Ann Ray, said the pier was closed."),
              ElementsAre(Found{"the pier was closed", "charity", "indirect"}));
  // An adverb in -ly before the participle: "jointly released by ...".
  EXPECT_THAT(Statements("The guideline, jointly released by the port board, stressed the need"
                         " to cut fares."),
              ElementsAre(Found{"the need to cut fares", "guideline", "indirect"}));
  // Hard negative: a participle phrase after a thing that cannot speak opens no speaker.
  EXPECT_THAT(Statements("The ferry, hit by a wave, said nothing."), IsEmpty());
}

TEST(ReportedSpeechTest, ListenerWithDeterminerIsNotContent) {
  EXPECT_THAT(Statements("Ann Ray told the newspaper that the deal was dead."),
              ElementsAre(Found{"the deal was dead", "Ann Ray", "indirect"}));
  // After a named listener, a noun and an auxiliary open the clause.
  EXPECT_THAT(Statements("Ann Ray told the Herald riders were angry."),
              ElementsAre(Found{"riders were angry", "Ann Ray", "indirect"}));
  // Hard negative: a noun after the name that is part of the listener.
  EXPECT_THAT(Statements("Ann Ray told the Herald editors she would stay."),
              ElementsAre(Found{"she would stay", "Ann Ray", "indirect"}));
  // Without a determiner: a short noun phrase for people, a body or a medium before "that".
  EXPECT_THAT(Statements("Ann Ray told state television that the deal was dead."),
              ElementsAre(Found{"the deal was dead", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray told fellow lawmakers that the deal was dead."),
              ElementsAre(Found{"the deal was dead", "Ann Ray", "indirect"}));
  // Hard negative: what is told, with a relative clause, is no listener.
  EXPECT_THAT(Statements("Tom Lee told stories that made the crowd laugh."),
              ElementsAre(Found{"stories that made the crowd laugh", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, ClauseAfterCueIsContentEvenAfterAnOpeningClause) {
  // "this" opens a clause here, not an adjunct ("this week").
  EXPECT_THAT(Statements("While the council debated fares, Tom Corman told reporters this "
                         "was the last week to fix the tram schedule."),
              ElementsAre(Found{"this was the last week to fix the tram schedule", "Tom Corman",
                                "indirect"}));
  // ", she said, there were ...": the clause after the attribution is reported too.
  EXPECT_THAT(Statements("Ann Ray said the harvest was late. When the rain stopped, she said, "
                         "there were no pickers left."),
              ElementsAre(Found{"the harvest was late", "Ann Ray", "indirect"},
                          Found{"When the rain stopped", "Ann Ray", "indirect"},
                          Found{"there were no pickers left", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, PollSharesAreGroupSpeakers) {
  Extraction e = ExtractOrDie(
      "One in three said the trains run late and one in four said the buses do. About "
      "nine out of 10 said fares matter; 46 percent said comfort matters more.");
  EXPECT_THAT(SpeakerNames(e),
              ElementsAre("One in three", "one in four", "nine out of 10", "46 percent"));
  for (const ExtractedStatement& s : e.statements) {
    ASSERT_GE(s.speaker, 0);
    EXPECT_EQ(e.speakers[s.speaker].kind, SpeakerKind::kGroup) << e.speakers[s.speaker].name;
  }
}

TEST(SpeakerTest, InterjectedAdverbialBetweenSpeakerAndCue) {
  EXPECT_THAT(Statements("Ann Ray, though, said she backs the plan."),
              ElementsAre(Found{"she backs the plan", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, for instance, said the rule was unfair."),
              ElementsAre(Found{"the rule was unfair", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, ImpersonalPassiveOfSayingHasNoSpeaker) {
  // "It is alleged that ...", "It was reported that ...", "It is learnt that ..." (Indian
  // and British papers): what unnamed people say or believe; the clause after "that" is the
  // statement, with no speaker.
  EXPECT_THAT(Statements("It is alleged that the clerk took bribes."),
              ElementsAre(Found{"the clerk took bribes", "", "indirect"}));
  EXPECT_THAT(Statements("It is learnt that the rules give firms 18 months to comply."),
              ElementsAre(Found{"the rules give firms 18 months to comply", "", "indirect"}));
  EXPECT_THAT(Statements("The vote was delayed, and it has been widely reported that the"
                         " mayor will resign."),
              ElementsAre(Found{"the mayor will resign", "", "indirect"}));
  // Hard negative: "it" after a verb is an object.
  EXPECT_THAT(Statements("Ann Ray found it was claimed that the pier was safe."), IsEmpty());
  // A passive with its own subject reports the infinitive of what is said of it
  // (SpeechConstructionTest.PassiveOfHearsayReportsTheInfinitive).
  EXPECT_THAT(Statements("The plan is believed to be dead."),
              ElementsAre(Found{"to be dead", "", "indirect"}));
}

TEST(ReportedSpeechTest, WhatAHearingBodyHeardHasNoSpeaker) {
  // "The court heard that ...", "the inquest heard how ...": court reports give what was said
  // before the court by people they do not name there; the clause is the statement, with
  // no speaker.
  EXPECT_THAT(Statements("The court heard that Lee had been drinking before the crash."),
              ElementsAre(Found{"Lee had been drinking before the crash", "", "indirect"}));
  EXPECT_THAT(Statements("The jury had also heard how Lee hid the money."),
              ElementsAre(Found{"Lee hid the money", "", "indirect"}));
  EXPECT_THAT(Statements("The inquest heard Ann Ray had left the pier at dusk."),
              ElementsAre(Found{"Ann Ray had left the pier at dusk", "", "indirect"}));
  EXPECT_THAT(Statements("The court was told Lee had been drinking."),
              ElementsAre(Found{"Lee had been drinking", "", "indirect"}));
  // Parliaments' and councils' hearings too.
  EXPECT_THAT(Statements("The Ports Committee heard that the deposit was paid early."),
              ElementsAre(Found{"the deposit was paid early", "", "indirect"}));
  EXPECT_THAT(Statements("MPs were told that the deposit was paid early."),
              ElementsAre(Found{"the deposit was paid early", "", "indirect"}));
  // After the clause: "CLAUSE, the court heard.", "..., a court has heard."
  EXPECT_THAT(Statements("Two men ran a betting ring from a barn, a court has heard. Lee hid "
                         "the cash, jurors heard."),
              ElementsAre(Found{"Two men ran a betting ring from a barn", "", "indirect"},
                          Found{"Lee hid the cash", "", "indirect"}));
  // (With modifiers between the article and the body: "the state flood inquiry".)
  EXPECT_THAT(Statements("Tom Lee had been drinking, the state flood inquiry has heard."),
              ElementsAre(Found{"Tom Lee had been drinking", "", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee hid the cash, a Crown Court jury heard."),
              ElementsAre(Found{"Tom Lee hid the cash", "", "indirect"}));
  // Hard negatives: any other hearer, and what was heard that is no clause.
  EXPECT_THAT(Statements("Lee heard that the ferry would stop."), IsEmpty());
  EXPECT_THAT(Statements("The court heard evidence from the pilot."), IsEmpty());
  EXPECT_THAT(Statements("The jury was told by the judge to ignore the photo."), IsEmpty());
}

TEST(ReportedSpeechTest, PublicInquiriesHearAsCourtsDo) {
  // "The commission heard that ...", "..., the commission of inquiry heard yesterday.": a
  // public inquiry's, a coroner's or a council's hearing reports as a court's does, with a
  // time after the postposed verb too.
  EXPECT_THAT(Statements("The commission heard that the ferry drifted for six hours."),
              ElementsAre(Found{"the ferry drifted for six hours", "", "indirect"}));
  EXPECT_THAT(Statements("The coroner heard that the ferry drifted for six hours."),
              ElementsAre(Found{"the ferry drifted for six hours", "", "indirect"}));
  EXPECT_THAT(Statements("The captain was never told that one engine had failed, the "
                         "commission of inquiry heard yesterday."),
              ElementsAre(Found{"The captain was never told that one engine had failed", "",
                                "indirect"}));
  EXPECT_THAT(Statements("Tom Lee hid the cash, the court heard on Monday."),
              ElementsAre(Found{"Tom Lee hid the cash", "", "indirect"}));
  // The body's noun before an "into" phrase: "the inquest into his death heard".
  EXPECT_THAT(Statements("The inquest into his death heard that he had been drinking."),
              ElementsAre(Found{"he had been drinking", "", "indirect"}));
  EXPECT_THAT(Statements("The pilot was tired, the inquiry into the crash heard on Monday."),
              ElementsAre(Found{"The pilot was tired", "", "indirect"}));
  // Hard negatives: "into" after another noun, and what follows the verb is more than a time.
  EXPECT_THAT(Statements("Tom Lee looked into the matter and heard that the pier was shut."),
              IsEmpty());
  EXPECT_THAT(Statements("Tom Lee hid the cash, the court heard on Monday from a witness who "
                         "saw him."),
              ::testing::Not(::testing::Contains(Found{"Tom Lee hid the cash", "", "indirect"})));
}

TEST(SpeakerTest, AcronymOfARoleAfterTheIsItsHolder) {
  // "the CS said" (Kenya's Cabinet Secretaries), "the CEO said": an acronym after "the"
  // whose letters open the last words of a speaker's role, a title or role word last, is
  // that person.
  EXPECT_THAT(Statements("Energy Cabinet Secretary Tom Kiptoo defended the rise. Speaking in"
                         " Elmtown, the CS said subsidies had cost too much."),
              ElementsAre(Found{"the rise", "Tom Kiptoo", "indirect"},
                          Found{"subsidies had cost too much", "Tom Kiptoo", "indirect"}));
  // An honorific between the office and the name ("Prof", "Dr") is no word of the office.
  EXPECT_THAT(Statements("Treasury Cabinet Secretary Prof Dan Mbugua defended the bill. "
                         "\"That is not true,\" the CS said."),
              ElementsAre(Found{"the bill", "Dan Mbugua", "indirect"},
                          Found{"That is not true,", "Dan Mbugua", "direct"}));
  // An acronym the role lexicon knows ("CFO"), for a role written in lower case.
  EXPECT_THAT(Statements("Ann Ray, the chief financial officer, said margins would hold. "
                         "\"We will spend more,\" the CFO said."),
              ElementsAre(Found{"margins would hold", "Ann Ray", "indirect"},
                          Found{"We will spend more,", "Ann Ray", "direct"}));
  // Hard negative: a body's acronym inside someone's role is the body.
  EXPECT_THAT(Statements("Tom Lee, a member of the Elm Teachers Union, said the strike would"
                         " go on. The ETU said it had not decided."),
              ElementsAre(Found{"the strike would go on", "Tom Lee", "indirect"},
                          Found{"it had not decided", "ETU", "indirect"}));
}

TEST(SpeakerTest, TitlesInARowWithNoNameNameTheOffice) {
  // "The Lord Chief Justice said", "The Attorney General said": titles in a row that end in
  // a title or a role name the office's holder by the whole office, not by its last word.
  EXPECT_THAT(Statements("The Lord Chief Justice described him as \"a judge of rare wit.\""),
              ElementsAre(Found{"him as \"a judge of rare wit.\"", "Lord Chief Justice",
                                "mixed"}));
  EXPECT_THAT(Statements("The Attorney General said the ruling stood."),
              ElementsAre(Found{"the ruling stood", "Attorney General", "indirect"}));
  // Hard negatives: a name after the titles is the speaker.
  EXPECT_THAT(Statements("Lord Chief Justice Tom Ray said the ruling stood."),
              ElementsAre(Found{"the ruling stood", "Tom Ray", "indirect"}));
  EXPECT_THAT(Statements("Chief Justice Ray said the ruling stood."),
              ElementsAre(Found{"the ruling stood", "Ray", "indirect"}));
}

TEST(SpeakerTest, MagistrateIsATitleAndARole) {
  // "Senior Resident Magistrate Ann Achola": a magistrate's title before the name (East
  // African and British courts), and "the magistrate" later refers to her.
  EXPECT_THAT(Statements("Senior Resident Magistrate Ann Achola said the accused was a flight"
                         " risk. \"He has two passports,\" the magistrate said."),
              ElementsAre(Found{"the accused was a flight risk", "Ann Achola", "indirect"},
                          Found{"He has two passports,", "Ann Achola", "direct"}));
  // Hard negative: another speaker's role is no magistrate's.
  EXPECT_THAT(Statements("Senior Resident Magistrate Ann Achola adjourned the case. \"We will"
                         " appeal,\" the prosecutor said."),
              ElementsAre(Found{"We will appeal,", "prosecutor", "direct"}));
}

TEST(SpeakerTest, SetPhraseAsideBetweenSpeakerAndCue) {
  // ", by all accounts,", ", to be sure,", ", as usual,": a set phrase of comment or manner
  // between commas is passed over as ", however," is (the statement had been lost).
  EXPECT_THAT(Statements("Ann Ray, by all accounts, said the plan was dead."),
              ElementsAre(Found{"the plan was dead", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, to be sure, said the toll would stay."),
              ElementsAre(Found{"the toll would stay", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The mayor, as usual, said the ferry was late."),
              ElementsAre(Found{"the ferry was late", "mayor", "indirect"}));
  // Hard negative: an aside that is no set phrase names its own agent.
  EXPECT_THAT(Statements("The plan, backed by Tom Lee, was dead, Ann Ray said."),
              ElementsAre(Found{"The plan, backed by Tom Lee, was dead", "Ann Ray",
                                "indirect"}));
}

TEST(ReportedSpeechTest, OpeningAdverbialIsNeverTheContent) {
  // "In a letter," sets the scene; the request, whom and what, is the statement.
  EXPECT_THAT(Statements("In a letter, Ann Ray asked the museum to lend the paintings to "
                         "schools."),
              ElementsAre(Found{"the museum to lend the paintings to schools", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("In a statement, Ann Ray said."), IsEmpty());
  // Still inverted when the clause before the comma is the content.
  EXPECT_THAT(Statements("The plan will fail, Ann Ray said on Tuesday."),
              ElementsAre(Found{"The plan will fail", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, ListenerPronounBeforeAClause) {
  EXPECT_THAT(Statements("Tom Hill, moved by the letter, told her she could keep the boat."),
              ElementsAre(Found{"she could keep the boat", "Tom Hill", "indirect"}));
}

TEST(SpeakerTest, MannerAdverbBetweenSpeakerAndCue) {
  EXPECT_THAT(Statements("Mr. Lee calmly told farmers at the market that prices would hold."),
              ElementsAre(Found{"prices would hold", "Lee", "indirect"}));
  EXPECT_THAT(Statements("Opera fans told the radio station that the season was too short."),
              ElementsAre(Found{"the season was too short", "Opera fans", "indirect"}));
}

TEST(ReportedSpeechTest, ReferringToNamesTheTopic) {
  EXPECT_THAT(Statements("Ann Ray, referring to the new tax, said it would hurt families."),
              ElementsAre(Found{"the new tax", "Ann Ray", "indirect"},
                          Found{"it would hurt families", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, RelationOfSomeoneElseIsANewSpeaker) {
  // "her friend" is not Ann Ray, though Ray was called a friend; "the actress" is Lee.
  Extraction e = ExtractOrDie(
      "Ann Ray, a friend of the family, said the loss was hard. Her friend said she was "
      "brave. Mia Lee, an actress, said the film would open. The actress said it was done.");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Ann Ray", "friend", "Mia Lee", "Mia Lee"));
}

TEST(SpeakerTest, OrganizationPossessiveOpensAnAppositive) {
  EXPECT_THAT(Statements("Ida Moss, Bay of Plenty Trust's chief curator, said the gallery "
                         "would reopen."),
              ElementsAre(Found{"the gallery would reopen", "Ida Moss", "indirect"}));
}

TEST(SpeakerTest, TitleInsideTheNameRunEndsARole) {
  Extraction e = ExtractOrDie(
      "Haier Chairman Zhou Yunjie said the plan works. Ohio Sen. Ann Ray said it would pass.");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Zhou Yunjie", "Ann Ray"));
  const SpeakerProfile* zhou = FindSpeaker(e, "Zhou Yunjie");
  ASSERT_NE(zhou, nullptr);
  EXPECT_EQ(zhou->roles, std::vector<std::string>{"Haier Chairman"});
  EXPECT_EQ(zhou->organizations, std::vector<std::string>{"Haier"});
  // Two people joined by "and" are not one person named after the second title.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Mr. Pell and Mr. Quist said the bridge was safe.")),
              ElementsAre(::testing::HasSubstr("Pell")));
}

TEST(SpeakerTest, TitlesJoinedByAndBeforeTheName) {
  // "Chairman and CEO Tom Lee": one role of two titles, then the name.
  Extraction e = ExtractOrDie("Chairman and CEO Tom Lee told reporters that sales rose.");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Tom Lee"));
  const SpeakerProfile* lee = FindSpeaker(e, "Tom Lee");
  ASSERT_NE(lee, nullptr);
  EXPECT_EQ(lee->roles, std::vector<std::string>{"Chairman and CEO"});
}

TEST(SpeakerTest, CapitalizedModifiersThenARoleNounBeforeTheName) {
  // "Chief Financial Officer", "Managing Director", "Senate Majority Leader": capitalized
  // modifiers and a role noun are one role; the person is the name after it (not an
  // organization because "Senate" is an organization's word).
  Extraction e = ExtractOrDie(
      "Chief Financial Officer Ann Ray said costs rose. Managing Director Tom Lee said fares "
      "fell. Senate Majority Leader Ida Moss said the bill would pass. Haier Chief Operating "
      "Officer Bo Park said the ferry was late.");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Ann Ray", "Tom Lee", "Ida Moss", "Bo Park"));
  const SpeakerProfile* ray = FindSpeaker(e, "Ann Ray");
  ASSERT_NE(ray, nullptr);
  EXPECT_EQ(ray->roles, std::vector<std::string>{"Chief Financial Officer"});
  const SpeakerProfile* moss = FindSpeaker(e, "Ida Moss");
  ASSERT_NE(moss, nullptr);
  EXPECT_EQ(moss->kind, SpeakerKind::kPerson);
  EXPECT_EQ(moss->roles, std::vector<std::string>{"Senate Majority Leader"});
  const SpeakerProfile* park = FindSpeaker(e, "Bo Park");
  ASSERT_NE(park, nullptr);
  EXPECT_EQ(park->organizations, std::vector<std::string>{"Haier"});
  // Hard negatives: a surname that is a role word stays the name, and a role noun with one
  // word after it and no title before it is no role.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Tom Judge said the ferry was late.")),
              ElementsAre("Tom Judge"));
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Harbor Pilot Lee said the ferry was late.")),
              ElementsAre("Harbor Pilot Lee"));
}

TEST(SpeakerTest, PronounSkipsAPersonOfTheOtherSex) {
  // First names and nouns such as "spokeswoman" tell he from she (data/lexicon/words.tsv).
  EXPECT_THAT(SpeakerNames(ExtractOrDie(
                  "Ann Ray said the plan would work. Tom Lee said it would fail. She added "
                  "that costs were low.")),
              ElementsAre("Ann Ray", "Tom Lee", "Ann Ray"));
  EXPECT_THAT(SpeakerNames(ExtractOrDie(
                  "Lee Park, a spokeswoman for the firm, said costs fell. Jim Hart said prices "
                  "rose. She added that wages rose.")),
              ElementsAre("Lee Park", "Jim Hart", "Lee Park"));
}

TEST(DirectQuoteTest, LabelledObjectBeforeAQuoteIsNotItsSpeaker) {
  // `calling the reports "..."`: the reports are what was labelled; the company speaks.
  Extraction e = ExtractOrDie(
      "Acme Corp. wrote to the mayor on Monday, calling the river survey \"rushed and "
      "incomplete.\"");
  ASSERT_FALSE(e.statements.empty());
  for (const ExtractedStatement& s : e.statements) {
    ASSERT_GE(s.speaker, 0);
    EXPECT_EQ(e.speakers[s.speaker].name, "Acme");
  }
}

TEST(ReportedSpeechTest, SecondSourceAfterAdjunctIsNotContent) {
  // ", according to the Sun" after "said at a briefing" is no reported clause of Tom Hale's.
  for (const Found& f : Statements("Tom Hale said at a briefing, according to the Sun.")) {
    EXPECT_NE(f.content, "according to the Sun") << f;
  }
}

TEST(DirectQuoteTest, CueWordModifyingANounIsNoCue) {
  // "press" is a quote cue ("Li pressed"), but in "press secretary" it names the role.
  EXPECT_THAT(Statements("\"The ferry will run,\" Port Authority press officer Ida Moss said."),
              ElementsAre(Found{"The ferry will run,", "Ida Moss", "direct"}));
  // "fire" opens a cue only with "back": before a group noun it names the group.
  EXPECT_THAT(Statements("The blaze was out by noon, fire officials said."),
              ElementsAre(Found{"The blaze was out by noon", "fire officials", "indirect"}));
}

TEST(ReportedSpeechTest, DatedDocumentIsTheSpeaker) {
  EXPECT_THAT(Statements("The report published Tuesday found that wages rose."),
              ElementsAre(Found{"wages rose", "report", "indirect"}));
  EXPECT_THAT(Statements("A poll released on Friday shows that Ann Ray leads."),
              ElementsAre(Found{"Ann Ray leads", "poll", "indirect"}));
  // A year after "from" or "in" dates the document; it is no author.
  EXPECT_THAT(Statements("A port study from 2011 found the average fare was higher."),
              ElementsAre(Found{"the average fare was higher", "port study", "indirect"}));
  // Hard negative: a body after "from" wrote the document, and speaks for it.
  EXPECT_THAT(Statements("A report from Oxfam said the average fare was higher."),
              ElementsAre(Found{"the average fare was higher", "Oxfam", "indirect"}));
}

TEST(SpeakerTest, MediaWithAModifierSpeak) {
  // "state media", "local television": a word for the media heads a speaker phrase.
  EXPECT_THAT(Statements("Elm City state media said the mayor had resigned."),
              ElementsAre(Found{"the mayor had resigned", "Elm City state media", "indirect"}));
  EXPECT_THAT(Statements("The two leaders will meet in May, local television reported."),
              ElementsAre(Found{"The two leaders will meet in May", "local television",
                                "indirect"}));
  // Hard negatives: a noun cue after it is a noun ("television shows", "a radio show,").
  EXPECT_THAT(Statements("The studio makes films, television shows and songs about the pier."),
              IsEmpty());
  EXPECT_THAT(Statements("Tom Lee, the host of a radio show, is a pilot in Salem."), IsEmpty());
  EXPECT_THAT(Statements("Television shows and films mocked the mayor."),
              ElementsAre(Found{"the mayor", "films", "indirect"}));
}

TEST(SpeakerTest, IndustryWordEndsACompanysName) {
  // "Northwind Foods", "Harbor Technologies": a company, so never "he" or "she".
  EXPECT_THAT(Statements("Tom Lee joined Northwind Foods in May. Northwind Foods cut 200 jobs "
                         "on Friday. \"It was the hardest speech I have given,\" he said."),
              ElementsAre(Found{"It was the hardest speech I have given,", "Tom Lee", "direct"}));
  // Hard negative: the company still speaks as one.
  EXPECT_THAT(Statements("Harbor Technologies said profits rose."),
              ElementsAre(Found{"profits rose", "Harbor Technologies", "indirect"}));
}

TEST(SpeakerTest, ServiceOrBrigadeAfterACueWordIsABody) {
  // "fire" opens a cue ("fire back"), but before "service" or "brigade" it names the body.
  EXPECT_THAT(Statements("The fire service said the blaze was out. The fire brigade said "
                         "the road was open."),
              ElementsAre(Found{"the blaze was out", "fire service", "indirect"},
                          Found{"the road was open", "fire brigade", "indirect"}));
}

TEST(SpeakerTest, CapitalizedCueWordBeforeAndInABodysName) {
  // "Fire" opens a cue, but capitalized before "and" and another capitalized word it is
  // part of the body's name.
  EXPECT_THAT(Statements("Elmshire Fire and Rescue Service said the blaze was out."),
              ElementsAre(Found{"the blaze was out", "Elmshire Fire and Rescue Service",
                                "indirect"}));
}

TEST(SpeakerTest, IndianHonorificsAreTitles) {
  // "Shri", "Smt." before a name, as "Mr" and "Mrs": the surname after one is the person.
  EXPECT_THAT(Statements("Shri Arun Mehta opened the bridge. Shri Mehta said it would cut "
                         "travel time. Smt. Asha Rao said it was late."),
              ElementsAre(Found{"it would cut travel time", "Arun Mehta", "indirect"},
                          Found{"it was late", "Asha Rao", "indirect"}));
}

TEST(SpeakerTest, IrishOfficesAreTitles) {
  // "the Taoiseach", "the Tánaiste": the prime minister and the deputy, as titles and roles.
  EXPECT_THAT(Statements("Taoiseach Ann Ray said the coalition would last. The Taoiseach said "
                         "it was fine."),
              ElementsAre(Found{"the coalition would last", "Ann Ray", "indirect"},
                          Found{"it was fine", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The T\xC3\xA1naiste, Tom Lee, has ruled out an election, telling "
                         "the Herald that the coalition would last."),
              ElementsAre(Found{"the coalition would last", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, GroupWithPlaceOrBodyIsOneSpeaker) {
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Officials in Ohio said the vote was close. Members of "
                                        "Congress said the bill would fail.")),
              ElementsAre("Officials in Ohio", "Members of Congress"));
  // "in the race", "in each city": a place or body in lower case, or every one of them.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Voters in the race said the vote was close. Officials "
                                        "in each city said the bill would fail.")),
              ElementsAre("Voters in the race", "Officials in each city"));
  // Nouns for people of a trade or a place ("traders", "commuters", "villagers") are group
  // words too: the place after "in" is theirs, no speaker.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Traders in Elmora said the market was shut. Commuters "
                                        "in Port Aven said the trains were late.")),
              ElementsAre("Traders in Elmora", "Commuters in Port Aven"));
  // "Residents of Elm Park and nearby towns": a modifier and a plural noun after "and" join
  // the group's phrase.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Residents of Elm Park and nearby towns said the "
                                        "water was off.")),
              ElementsAre("Residents of Elm Park and nearby towns"));
  // Hard negative: after ", and" the plural noun opens a clause of its own.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Ann Ray spoke first, and local pilots said the pier "
                                        "was safe.")),
              ElementsAre("local pilots"));
  // A bare plural after "at" or "for" is where people work or whom they serve, not the
  // speaker ("Brokers at Elm Bank" names the bank; "brokers at banks" names no one bank).
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Brokers at banks said the fees would rise. Aides for "
                                        "senators said the vote was close.")),
              ElementsAre("Brokers at banks", "Aides for senators"));
}

TEST(SpeakerTest, ShortPhraseOrTimeBetweenSpeakerAndCue) {
  EXPECT_THAT(Statements("Ann Ray in an interview said the plan would work."),
              ElementsAre(Found{"the plan would work", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, the club treasurer, this past month announced a new fee."),
              ElementsAre(Found{"a new fee", "Tom Lee", "indirect"}));
  // Names inside the phrase, after its first word; a cue word as its noun ("post").
  EXPECT_THAT(Statements("Ann Ray in a Harbor Radio interview said the plan would work."),
              ElementsAre(Found{"the plan would work", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray in a Facebook post said the plan would work."),
              ElementsAre(Found{"the plan would work", "Ann Ray", "indirect"}));
  // After a plural noun that names no group: the noun speaks, not the place.
  EXPECT_THAT(Statements("Six weeklies in the valley said the plan would work."),
              ElementsAre(Found{"the plan would work", "Six weeklies", "indirect"}));
  // Hard negatives: a time after the name; a group keeps where it is.
  EXPECT_THAT(Statements("Ann Ray at the time said the plan would work."),
              ElementsAre(Found{"the plan would work", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Donors in both parties said the plan would work."),
              ElementsAre(Found{"the plan would work", "Donors in both parties", "indirect"}));
}

TEST(ReportedSpeechTest, AccordingToSourceEndsBeforeItsModifier) {
  EXPECT_THAT(Statements("The orchard will be sold, according to a senior planner who works "
                         "for the county."),
              ElementsAre(Found{"The orchard will be sold", "senior planner", "indirect"}));
  EXPECT_THAT(Statements("According to the keeper in charge of the lighthouse, the lamp is "
                         "new."),
              ElementsAre(Found{"the lamp is new", "keeper", "indirect"}));
}

TEST(SpeakerTest, OutletAndDescriptionAfterAQuote) {
  EXPECT_THAT(Statements("\"The garden shows are back,\" wrote Harbor magazine."),
              ElementsAre(Found{"The garden shows are back,", "Harbor magazine", "direct"}));
  EXPECT_THAT(Statements("\"Music comes first,\" the soft-spoken, 64-year-old conductor "
                         "said."),
              ElementsAre(Found{"Music comes first,", "64-year-old conductor", "direct"}));
}

TEST(ReportedSpeechTest, ParticipleAfterAnOpeningTimePhrase) {
  EXPECT_THAT(Statements("On Friday evening Mr. Lee opened the new wing of the library, "
                         "writing in a note that the reading rooms would stay free."),
              ElementsAre(Found{"the reading rooms would stay free", "Lee", "indirect"}));
}

TEST(ReportedSpeechTest, SaidInAStatementThat) {
  EXPECT_THAT(Statements("The ministry said in a statement that it firmly opposes the move."),
              ElementsAre(Found{"it firmly opposes the move", "ministry", "indirect"}));
}

TEST(SpeakerTest, RoleNounBeforeAFullNameIsATitle) {
  Extraction e = ExtractOrDie(
      "Spokesperson Mao Lin said at a news conference that the country would respond.");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Mao Lin"));
  EXPECT_EQ(e.speakers[0].roles, std::vector<std::string>{"Spokesperson"});
}

TEST(ReportedSpeechTest, ContrastingAttributionEndsTheClause) {
  EXPECT_THAT(Statements("Planners said the canal would open in May, while some engineers "
                         "warned that delays were likely."),
              ElementsAre(Found{"the canal would open in May", "Planners", "indirect"},
                          Found{"delays were likely", "engineers", "indirect"}));
}

TEST(SpeakerTest, BarePluralNounIsAGroupSpeaker) {
  EXPECT_THAT(Statements("Ferry owners say the new fees are too high."),
              ElementsAre(Found{"the new fees are too high", "Ferry owners", "indirect"}));
  EXPECT_THAT(Statements("Backers of the toll said the fees would fund repairs."),
              ElementsAre(Found{"the fees would fund repairs", "Backers of the toll", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray's neighbors say the bridge shakes at night."),
              ElementsAre(Found{"the bridge shakes at night", "Ann Ray's neighbors", "indirect"}));
}

TEST(ReportedSpeechTest, StanceAdjectiveWithItsComplement) {
  EXPECT_THAT(Statements("Ann Ray is confident that the bridge will open in May."),
              ElementsAre(Found{"the bridge will open in May", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ferry owners remain hopeful that the fees will fall."),
              ElementsAre(Found{"the fees will fall", "Ferry owners", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee is critical of the toll plan."),
              ElementsAre(Found{"the toll plan", "Tom Lee", "indirect"}));
  // Readiness, resolve and reluctance with an infinitive: what the person would do.
  EXPECT_THAT(Statements("Ann Ray is ready to back the toll. Tom Lee is reluctant to sign it."),
              ElementsAre(Found{"back the toll", "Ann Ray", "indirect"},
                          Found{"sign it", "Tom Lee", "indirect"}));
  // Without a source the adjective is the writer's framing.
  EXPECT_THAT(Statements("It is clear that the bridge will open in May."), IsEmpty());
}

TEST(ReportedSpeechTest, TitleInQuotesBeforeTheSubjectHidesNothing) {
  EXPECT_THAT(
      Statements("On the radio show \"Harbor Hour,\" Ann Ray said the ferry plan was too costly."),
      ElementsAre(Found{"the ferry plan was too costly", "Ann Ray", "indirect"}));
  // So does a one-word title after its owner's possessive or "on".
  EXPECT_THAT(Statements("On Elm Radio's \"Nightly,\" Ann Ray said the ferry plan was too costly."),
              ElementsAre(Found{"the ferry plan was too costly", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Speaking on \"Nightly,\" Ann Ray said the ferry plan was too costly."),
              ElementsAre(Found{"the ferry plan was too costly", "Ann Ray", "indirect"}));
  // A one-word answer after a comma is a quote.
  EXPECT_THAT(Statements("Asked about the fares, \"Never,\" Ann Ray said."),
              ElementsAre(Found{"Never,", "Ann Ray", "direct"}));
  // A real quote before the subject is the statement; the words after the cue are not.
  EXPECT_THAT(Statements("\"We will keep the ferry running,\" Ann Ray told riders in Elm City."),
              ElementsAre(Found{"We will keep the ferry running,", "Ann Ray", "direct"}));
}

TEST(ReportedSpeechTest, FindingWithThatWhateverTheSubject) {
  EXPECT_THAT(Statements("The pilot program showed that ferry fares follow fuel prices."),
              ElementsAre(Found{"ferry fares follow fuel prices", "pilot program", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss found that the old bridge carried more trucks than cars."),
              ElementsAre(Found{"the old bridge carried more trucks than cars", "Ida Moss",
                                "indirect"}));
  // Without "that" a person's "found" is no finding reported.
  EXPECT_THAT(Statements("Ida Moss found the missing ferry tickets on Friday."), IsEmpty());
}

TEST(ReportedSpeechTest, FindingAfterItsClauseWhateverTheSubject) {
  // "CLAUSE, investigators found.": after its clause and a comma the verb reports a finding
  // whatever its subject, in the body and in a headline's present tense.
  EXPECT_THAT(Statements("The crew did not complete the checklist, air accident investigators "
                         "have found."),
              ElementsAre(Found{"The crew did not complete the checklist",
                                "air accident investigators", "indirect"}));
  EXPECT_THAT(Statements("Elm jail is overcrowded, inspector finds\n\nThe jail holds 900."),
              ElementsAre(Found{"Elm jail is overcrowded", "inspector", "indirect"}));
  // Hard negatives: a noun ("her weakest showing", a programme's name) and an object after the
  // verb.
  EXPECT_THAT(Statements("Ray won a fifth of the seats, her weakest showing."), IsEmpty());
  EXPECT_THAT(Statements("Ray will talk to guests from 6 a.m., host of the Elm Morning show."),
              IsEmpty());
  EXPECT_THAT(Statements("After a long search, the officers found the stolen ferry."), IsEmpty());
}

TEST(ReportedSpeechTest, PassiveAskedIsTheQuestionNotTheSubjects) {
  EXPECT_THAT(Statements("Ann Ray was asked about the ferry toll, and she smiled."),
              ElementsAre(Found{"the ferry toll", "", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee was also asked by a listener whether the ferry was late."),
              ElementsAre(Found{"whether the ferry was late", "listener", "indirect"}));
  // Other passives are still no statements. (What a subject "was told", with or without
  // "that", is: PassiveToldWithoutThatReportsTheClause.)
  EXPECT_THAT(Statements("Tom Lee was praised for the ferry's late runs."), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee was told to wait for the ferry."), IsEmpty());
}

TEST(ReportedSpeechTest, ReplyingToOpeningTheSentenceNamesWhatIsAnswered) {
  EXPECT_THAT(Statements("Replying to questions from Tom Lee, Ann Ray said checks had doubled."),
              ElementsAre(Found{"checks had doubled", "Ann Ray", "indirect"}));
  // Hard negative: withheld speech elsewhere is a statement (in scope).
  EXPECT_THAT(Statements("Ann Ray did not respond to calls from the Herald."),
              ElementsAre(Found{"to calls from the Herald", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, NonFiniteCueOfTheSubjectsOwnAct) {
  EXPECT_THAT(Statements("Tom Lee opened by talking about the bridge tolls."),
              ElementsAre(Found{"the bridge tolls", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray went on to call for a new ferry."),
              ElementsAre(Found{"a new ferry", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee continued to insist that the bridge was safe."),
              ElementsAre(Found{"the bridge was safe", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss was quick to praise the ferry crews."),
              ElementsAre(Found{"the ferry crews", "Ida Moss", "indirect"}));
  // A passive agent in -ing is no cue, and other infinitives stay out.
  EXPECT_THAT(Statements("The old ferry was hit by passing boats."), IsEmpty());
  // ("declined to say" is a refusal, DeclinedToIsARefusal, whose content keeps the "say".)
  EXPECT_THAT(Statements("Ann Ray paused to say whether the ferry would run."), IsEmpty());
}

TEST(SpeakerTest, ShareWithAPercentSignIsASpeaker) {
  for (const std::string text : {"Among riders, 38% say the fares should fall.",
                                 "Nearly 38% said the fares should fall."}) {
    Extraction e = ExtractOrDie(text);
    ASSERT_EQ(e.statements.size(), 1u) << text;
    const ExtractedStatement& s = e.statements[0];
    EXPECT_EQ(text.substr(s.content.begin, s.content.size()), "the fares should fall");
    ASSERT_GE(s.speaker, 0) << text;  // its display name is the speaker resolver's
  }
  // A share after a verb is its object, not a speaker.
  EXPECT_THAT(Statements("Fares rose 42% said the board."), IsEmpty());
}

TEST(ReportedSpeechTest, MadeClearIsACue) {
  EXPECT_THAT(Statements("Ann Ray made it clear that the ferry would run all winter."),
              ElementsAre(Found{"the ferry would run all winter", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Port officials have made clear that fares will not rise."),
              ElementsAre(Found{"fares will not rise", "Port officials", "indirect"}));
}

TEST(SpeakerTest, InterjectedPrepositionalPhraseBetweenSpeakerAndCue) {
  EXPECT_THAT(Statements("Tom Lee, after a long board meeting, wrote that the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Tom Lee", "indirect"}));
  EXPECT_THAT(
      Statements("Ann Ray, during a visit to the port, told reporters the ferry was late."),
      ElementsAre(Found{"the ferry was late", "Ann Ray", "indirect"}));
  // A participle alone, or after its adverb.
  EXPECT_THAT(Statements("Ann Ray, exasperated, replied that the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, visibly annoyed, said the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Tom Lee", "indirect"}));
  // A clause of "while".
  EXPECT_THAT(Statements("The governor, while speaking at the pier, said the ferry was late."),
              ElementsAre(Found{"the ferry was late", "governor", "indirect"}));
}

TEST(ReportedSpeechTest, RelativeClauseWithATopicCueBeforeTheMainCue) {
  // ("who's" is "who is": its intention is read as the full form's.)
  EXPECT_THAT(Statements("Ann Ray, who's seeking a board seat, said the bridge was unsafe."),
              ElementsAre(Found{"a board seat", "Ann Ray", "indirect"},
                          Found{"the bridge was unsafe", "Ann Ray", "indirect"}));
  EXPECT_THAT(
      Statements("Ann Ray, who is thinking about a bid for the board, said the bridge was unsafe."),
      ElementsAre(Found{"about a bid for the board", "Ann Ray", "indirect"},
                  Found{"the bridge was unsafe", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, CueClosingAnOpeningSubordinateClauseHasNoWords) {
  // The comma after the cue opens the main clause, which is the writer's.
  EXPECT_THAT(Statements("Although Tom Lee conceded, he kept his seat on the board."), IsEmpty());
  EXPECT_THAT(Statements("When Ann Ray objected, the council voted anyway."), IsEmpty());
  // "As Ray said, ..." opens the reported clause itself; an interjected attribution keeps
  // both halves.
  EXPECT_THAT(Statements("As Ann Ray said, the plan is dead."),
              ElementsAre(Found{"the plan is dead", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("If the vote fails, Tom Lee said, the party will split."),
              ElementsAre(Found{"If the vote fails", "Tom Lee", "indirect"},
                          Found{"the party will split", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, CueInAnOpeningAsClauseEndsAtItsComma) {
  // "As" (or "even as") and a cue with its own words: they end where the main clause starts.
  EXPECT_THAT(Statements("As Tom Lee vowed to carry on, the mood in the hall was grim."),
              ElementsAre(Found{"to carry on", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Even as Ann Ray pledged new ferries, the fares went up."),
              ElementsAre(Found{"new ferries", "Ann Ray", "indirect"}));
  // "As Lee said, A" reports A, commas and all; so does one with a time before its comma.
  EXPECT_THAT(Statements("As the Herald reported, even if the pier opens, it will be late."),
              ElementsAre(Found{"even if the pier opens, it will be late", "Herald",
                                "indirect"}));
  EXPECT_THAT(Statements("As the Herald reported just today, the pier is unsafe."),
              ElementsAre(Found{"just today, the pier is unsafe", "Herald", "indirect"}));
}

TEST(ReportedSpeechTest, CoordinatedVerbSkipsAGerundInAnObject) {
  // "about Tom Lee vowing": Lee's vow, inside the object; "and said" is the riders'.
  EXPECT_THAT(Statements("Some riders fumed about Tom Lee vowing to raise fares and said that "
                         "they would boycott the ferry."),
              ElementsAre(Found{"to raise fares", "Tom Lee", "indirect"},
                          Found{"they would boycott the ferry", "riders", "indirect"}));
  // "with Lee tweeting A and asking B": an absolute phrase, both Lee's.
  EXPECT_THAT(Statements("Critics piled on, with Tom Lee tweeting that the pier was a disgrace "
                         "and asking whether anyone had read the plan."),
              ElementsAre(Found{"the pier was a disgrace", "Tom Lee", "indirect"},
                          Found{"whether anyone had read the plan", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, ParticipleAfterTheMainClauseIsItsSubjects) {
  // The attribution inside the opening "while" clause lends no speaker past the main
  // clause's subject.
  EXPECT_THAT(Statements("In a debate, while most rivals called for more police, Ann Ray kept "
                         "to the mayor's plan, noting that crime had fallen."),
              ElementsAre(Found{"more police", "rivals", "indirect"},
                          Found{"crime had fallen", "Ann Ray", "indirect"}));
  // (Also when the attribution's subject is not right after the conjunction.)
  EXPECT_THAT(Statements("While riders and their unions push for lower fares, Ann Ray has won "
                         "votes by promising to add ferries."),
              Contains(Found{"to add ferries", "Ann Ray", "indirect"}));
  // With no main clause between, the participle is still the subordinate clause's.
  EXPECT_THAT(Statements("While rivals called for more police, citing the robberies, Ann Ray "
                         "was silent."),
              ElementsAre(Found{"more police", "rivals", "indirect"},
                          Found{"the robberies", "rivals", "indirect"}));
}

TEST(ReportedSpeechTest, VerbJoinedToASubordinateClauseHasItsNamedSubject) {
  EXPECT_THAT(Statements("The crowd cheered when Tom Lee spotted a banner and said it was the "
                         "best one."),
              ElementsAre(Found{"it was the best one", "Tom Lee", "indirect"}));
  // A pronoun there is as often the main clause's subject: left to the main clause.
  EXPECT_THAT(Statements("Ann Ray was quick to back the pier after it passed and said it would "
                         "open soon."),
              ElementsAre(Found{"it would open soon", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, VerbJoinedToAJoinedClauseHasThatClausesSubject) {
  // "A, and the union denounced B and said C": the speaker of the joined clause's own cue,
  // not the sentence's first.
  EXPECT_THAT(Statements("Riders called for a strike, and the ferry union denounced the fares "
                         "and said it would sue."),
              ElementsAre(Found{"a strike", "Riders", "indirect"},
                          Found{"the fares", "ferry union", "indirect"},
                          Found{"it would sue", "ferry union", "indirect"}));
  // A joined clause whose subject is a noun after "the" and a verb in the past, before a
  // participle.
  EXPECT_THAT(Statements("Riders stayed home, and the ferry union signed a deal, saying "
                         "fares would fall."),
              ElementsAre(Found{"fares would fall", "ferry union", "indirect"}));
  // ... and one whose verb is in the perfect, with an adverb between.
  EXPECT_THAT(Statements("Riders stayed home, and the ferry union has since sued the port, "
                         "saying fares were unfair."),
              ElementsAre(Found{"fares were unfair", "ferry union", "indirect"}));
}

TEST(ReportedSpeechTest, AskerOfAnOpeningQuestionIsNotTheOneAnswering) {
  // "Asked by the host whether ..., Ray laughed.": the question is the host's, "laughed"
  // reports no words, and "she" after it is the one who was asked.
  EXPECT_THAT(Statements("Ann Ray spoke. Asked by the host whether she would run, Ann Ray "
                         "laughed. \"Not this year,\" she said."),
              ElementsAre(Found{"whether she would run", "host", "indirect"},
                          Found{"Not this year,", "Ann Ray", "direct"}));
}

TEST(ReportedSpeechTest, OpeningQuestionLendsNoSpeakerToACoordinatedVerb) {
  // "and warned" is the answerer's, not the writer's question's nor its asker's.
  EXPECT_THAT(Statements("Asked whether the pier was safe, Tom Lee said it was and warned that "
                         "the ferry was not."),
              ElementsAre(Found{"whether the pier was safe", "", "indirect"},
                          Found{"it was", "Tom Lee", "indirect"},
                          Found{"the ferry was not", "Tom Lee", "indirect"}));
  // (The question after its agent: "by Ann Ray" is who asked, not what.)
  EXPECT_THAT(Statements("Asked by Ann Ray whether the pier was safe, Tom Lee said it was and "
                         "warned that the ferry was not."),
              ElementsAre(Found{"whether the pier was safe", "Ann Ray", "indirect"},
                          Found{"it was", "Tom Lee", "indirect"},
                          Found{"the ferry was not", "Tom Lee", "indirect"}));
}

TEST(QuoteTest, LowerCaseQuoteAfterTheSentencesOwnWordsEndsAMixedStatement) {
  // The words before the quotation are the speaker's clause too.
  EXPECT_THAT(Statements("The new pier \"will pay for itself within a decade,\" Ann Ray said."),
              ElementsAre(Found{"The new pier \"will pay for itself within a decade,", "Ann Ray",
                                "mixed"}));
  // Not when those words have an attribution of their own, nor a capitalized quotation.
  EXPECT_THAT(Statements("Tom Lee argued that the pier \"will pay for itself,\" Ann Ray said."),
              ::testing::Not(Contains(Found{"Tom Lee argued that the pier \"will pay for itself,",
                                 "Ann Ray", "mixed"})));
  EXPECT_THAT(Statements("On the pier: \"We will pay for it,\" Ann Ray said."),
              ElementsAre(Found{"We will pay for it,", "Ann Ray", "direct"}));
  // A verb of intention or belief before the quotation is part of what the speaker says.
  EXPECT_THAT(Statements("Tom Lee plans to fix the pier by \"early next year,\" Ann Ray said."),
              Contains(Found{"Tom Lee plans to fix the pier by \"early next year,", "Ann Ray",
                             "mixed"}));
}

TEST(QuoteTest, FragmentJoinedByAndToAnAttributionInheritsItsSpeaker) {
  EXPECT_THAT(Statements("Ann Ray spoke. \"The ferry needs a new hull,\" she said, and \"a paid "
                         "crew.\""),
              ElementsAre(Found{"The ferry needs a new hull,", "Ann Ray", "direct"},
                          Found{"a paid crew.", "Ann Ray", "direct"}));
  // Inside a reported clause, a short fragment is still part of it.
  EXPECT_THAT(Statements("Ann Ray said the ferry was old and \"rusty\" by now."),
              ElementsAre(Found{"the ferry was old and \"rusty\" by now", "Ann Ray", "mixed"}));
}

TEST(QuoteTest, ParagraphOfANameAndAVerbOfSayingIntroducesTheNextQuote) {
  EXPECT_THAT(Statements("Tom Lee continued his speech.\n\n\u201cThe pier will not last another "
                         "winter.\u201d"),
              ElementsAre(Found{"The pier will not last another winter.", "Tom Lee", "direct"}));
  // A verb that is not one of saying introduces nothing across the paragraph break.
  EXPECT_THAT(Statements("Tom Lee resigned.\n\n\u201cThe pier will not last another "
                         "winter.\u201d"),
              ElementsAre(Found{"The pier will not last another winter.", "", "direct"}));
}

TEST(ReportedSpeechTest, NamedParticipleAfterAndIsASecondAttribution) {
  EXPECT_THAT(Statements("Both sides spoke, Ann Ray saying the talks went well and Tom Lee "
                         "calling them a waste of time."),
              ElementsAre(Found{"the talks went well", "Ann Ray", "indirect"},
                          Found{"them a waste of time", "Tom Lee", "indirect"}));
  // A name inside the clause, with a verb of its own: still the clause.
  EXPECT_THAT(Statements("Ann Ray left the hall, saying the vote was rigged and Tom Lee was to "
                         "blame."),
              ElementsAre(Found{"the vote was rigged and Tom Lee was to blame", "Ann Ray",
                                "indirect"}));
}

TEST(ReportedSpeechTest, GrouseAndGripeAreVerbsOfSaying) {
  EXPECT_THAT(Statements("Tom Lee groused to reporters that the ferry was always late."),
              ElementsAre(Found{"the ferry was always late", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Riders griped that fares had doubled."),
              ElementsAre(Found{"fares had doubled", "Riders", "indirect"}));
}

TEST(ReportedSpeechTest, ButOnlyToOpensAPurposeOfTheSubject) {
  EXPECT_THAT(Statements("Ben Hart agreed to a call, but only to tell Tom Lee that the pier is "
                         "closed."),
              ElementsAre(Found{"the pier is closed", "Ben Hart", "indirect"}));
  // "the only mayor to say" is no purpose; the copula's subject says it (see
  // CopulaSubjectOfTheFirstToDo), not the sentence's subject of an earlier verb.
  EXPECT_THAT(Statements("Ann Ray was the only mayor to say the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray met the only mayor to say the pier was safe."), IsEmpty());
}

TEST(ReportedSpeechTest, PassiveToldThatIsWhatTheSubjectHeard) {
  // Nobody named tells it; an agent after "by" does.
  EXPECT_THAT(Statements("Tom Lee had been told on Monday that the pier would close."),
              ElementsAre(Found{"the pier would close", "", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee was told by his aides that the pier would close."),
              ElementsAre(Found{"the pier would close", "aides", "indirect"}));
  // An order is no statement.
  EXPECT_THAT(Statements("Tom Lee was told to leave the hall."), IsEmpty());
}

TEST(ReportedSpeechTest, IndefinitePronounSpeaks) {
  EXPECT_THAT(Statements("It looks like someone told Tom Lee that the pier is closed."),
              ElementsAre(Found{"the pier is closed", "someone", "indirect"}));
  // As the listener it is no speaker.
  EXPECT_THAT(Statements("Tom Lee told everyone that the pier is closed."),
              ElementsAre(Found{"the pier is closed", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, SubordinateClauseWithItsOwnAttributionEndsTheClause) {
  EXPECT_THAT(Statements("Most riders say the ferry is reliable, since the mayor said so on the "
                         "radio."),
              ElementsAre(Found{"the ferry is reliable", "riders", "indirect"},
                          Found{"so", "mayor", "indirect"}));
  // A subordinate clause without one goes on with the clause.
  EXPECT_THAT(Statements("Ann Ray said the pier is safe, because the beams were replaced."),
              ElementsAre(Found{"the pier is safe, because the beams were replaced", "Ann Ray",
                                "indirect"}));
}

TEST(ReportedSpeechTest, EvidenceVerbAfterAPersonalPronounGoesOnWithTheClause) {
  // A person "shows" a feeling: no second attribution that would end the first clause.
  EXPECT_THAT(Statements("Lawyers said that although Tom Lee smiled, he showed little joy."),
              ElementsAre(Found{"although Tom Lee smiled, he showed little joy", "Lawyers",
                                "indirect"}));
  // A survey's finding is one.
  EXPECT_THAT(Statements("Ann Ray said the pier is safe, but a survey showed riders were worried."),
              ElementsAre(Found{"the pier is safe", "Ann Ray", "indirect"},
                          Found{"riders were worried", "survey", "indirect"}));
}

TEST(ReportedSpeechTest, PronounWithAContractedAuxiliarySpeaks) {
  // "he's said" is "he has said", "they've" "they have", "she'd" "she had".
  EXPECT_THAT(Statements("Tom Lee met voters. He's said he would not run again."),
              ElementsAre(Found{"he would not run again", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee met voters. The plan could work, he\u2019d said."),
              ElementsAre(Found{"The plan could work", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray met voters. Later she's insisted the pier is safe."),
              ElementsAre(Found{"the pier is safe", "Ann Ray", "indirect"}));
  // A noun's 's is still its possessive: no verb of saying after it.
  EXPECT_THAT(Statements("Tom Lee met voters. The mayor's claims the pier is safe were false."),
              IsEmpty());
}

TEST(ReportedSpeechTest, QuotedPhraseBeforeTheReportedClauseIsMixed) {
  // A lower-case quoted phrase right after the verb, then the clause's subject: one mixed
  // statement, not the phrase alone.
  EXPECT_THAT(Statements("Ann Ray spoke on Monday, insisting \u201cby any fair test\u201d she "
                         "was \u201cthe better choice\u201d for the post."),
              ElementsAre(Found{"\u201cby any fair test\u201d she was \u201cthe better "
                                "choice\u201d for the post",
                                "Ann Ray", "mixed"}));
  // A conjunction after it, no subject: the quotation alone.
  EXPECT_THAT(Statements("Ann Ray spoke on Monday, saying \u201cnot in my town\u201d before she "
                         "left."),
              ElementsAre(Found{"not in my town", "Ann Ray", "direct"}));
}

TEST(ReportedSpeechTest, TranscriptTurnRunsToTheParagraphEnd) {
  EXPECT_THAT(Statements("LEE: We will build the bridge. The ferry can wait until May.\n\n"
                         "RAY: No. The ferry comes first."),
              ElementsAre(Found{"We will build the bridge. The ferry can wait until May", "LEE",
                                "indirect"},
                          Found{"No. The ferry comes first", "RAY", "indirect"}));
  // A label in capitals is the person the article names in full with that surname.
  const Extraction e = ExtractOrDie(
      "Ann Rayburn met reporters on Monday.\n\nRAYBURN: We will build the bridge.\n\nLEE: "
      "The ferry comes first.");
  ASSERT_EQ(e.statements.size(), 2u);
  ASSERT_GE(e.statements[0].speaker, 0);
  EXPECT_EQ(e.speakers[e.statements[0].speaker].name, "Ann Rayburn");
  EXPECT_EQ(e.speakers[e.statements[0].speaker].kind, SpeakerKind::kPerson);
  // A headline label in Title Case keeps to its sentence.
  EXPECT_THAT(Statements("Ray: Ferry Fares Are Too High. More news follows here."),
              ElementsAre(Found{"Ferry Fares Are Too High", "Ray", "indirect"}));
  // An interjection before a colon is no speaker's label.
  EXPECT_THAT(Statements("Hey: The ferry owes every rider a refund."), IsEmpty());
  EXPECT_THAT(Statements("Wow: Ann Ray Just Sold The Ferry To Tom Lee"), IsEmpty());
}

TEST(ReportedSpeechTest, LiveBlogTimeStampIsNoSpeaker) {
  // "10:05 GMT: ...": a live blog's entries say what their own sentences attribute; the time
  // stamp is no transcript's label.
  const Extraction e = ExtractOrDie(
      "Elm Cup final, live\n\n10:05 GMT: Welcome to Oakport. The pitch looks dry.\n\n11:15 "
      "GMT: The club has confirmed that Tom Lee will not play.\n\n12:30 GMT: Ann Ray, the "
      "coach, posts on X: \"Proud of the fight today.\"");
  ASSERT_EQ(e.statements.size(), 2u);
  EXPECT_EQ(e.speakers[e.statements[0].speaker].name, "club");
  ASSERT_GE(e.statements[1].speaker, 0);
  EXPECT_EQ(e.speakers[e.statements[1].speaker].name, "Ann Ray");
}

TEST(ReportedSpeechTest, PlaceInCapitalsAndAColonIsADateline) {
  // "CITY: X said ...": the attribution after the dateline is the statement.
  EXPECT_THAT(Statements("ELM CITY: Port Minister Ann Ray on Monday said that the bridge will "
                         "open by March."),
              ElementsAre(Found{"the bridge will open by March", "Ann Ray", "indirect"}));
  // Or the verb after the clause's comma, before the name.
  EXPECT_THAT(Statements("ELM CITY: The bridge will open by March, said Port Minister Ann Ray."),
              ElementsAre(Found{"The bridge will open by March", "Ann Ray", "indirect"}));
  // Or the subject after the clause's comma, before the verb.
  EXPECT_THAT(Statements("ELM CITY: The bridge will open by March, Port Minister Ann Ray "
                         "announced on Monday."),
              ElementsAre(Found{"The bridge will open by March", "Ann Ray", "indirect"}));
  // Hard negatives: a transcript turn whose speaker says "we said" or ", I said", and a
  // headline whose claim has a verb of saying.
  EXPECT_THAT(Statements("LEE: We will build the bridge, I said."),
              ElementsAre(Found{"We will build the bridge, I said", "LEE", "indirect"}));
  EXPECT_THAT(Statements("LEE: We said we would build the bridge."),
              ElementsAre(Found{"We said we would build the bridge", "LEE", "indirect"}));
  EXPECT_THAT(Statements("Lee: Ray should have told me about the pier"),
              ElementsAre(Found{"Ray should have told me about the pier", "Lee", "indirect"}));
}

TEST(ReportedSpeechTest, DatelinesInTitleCaseOfWireCopy) {
  // "Elm City, Oct 14 (NWA) The ...": a dated dateline and its agency with no dash after
  // them are no part of the reported clause.
  EXPECT_THAT(Statements("Elm City, Oct 14 (NWA) The port will close in May, Port Minister Ann "
                         "Ray said on Monday."),
              ElementsAre(Found{"The port will close in May", "Ann Ray", "indirect"}));
  // "Elmpur: ..." opening the body under a headline: a dateline, not a speaker's label.
  EXPECT_THAT(Statements("Elm Steel posts record profit\n\nElmpur: Elm Steel Ltd on Friday "
                         "reported a 38 per cent jump in net profit."),
              ElementsAre(Found{"record profit", "Elm Steel", "indirect"},
                          Found{"a 38 per cent jump in net profit", "Elm Steel", "indirect"}));
  EXPECT_THAT(Statements("Port to close\n\nElmpur: The port will close in May, Port Minister "
                         "Ann Ray said on Monday."),
              ElementsAre(Found{"The port will close in May", "Ann Ray", "indirect"}));
  // A label's claim with its source after a comma is the source's.
  EXPECT_THAT(Statements("Ray leads.\n\nA\n\nB\n\nC\n\nD\n\nDelegates: Ray is backed by "
                         "520 delegates, according to the Harbor Times."),
              Contains(Found{"Ray is backed by 520 delegates", "Harbor Times", "indirect"}));
}

TEST(ReportedSpeechTest, ParliamentaryRecordLabelsTheirSpeakers) {
  // A parliament's record (Hansard): "Name (Constituency):" names the member before the
  // parenthesis, "Role (Ms Name):" the titled name inside it; the turn is theirs.
  EXPECT_THAT(Statements("Ports questions\n\nMr Tom Gatley (Elm North): The ferry is late"
                         " again.\n\nThe Minister for Ports (Ms Ann Chandran): Some 400"
                         " sailings ran on time."),
              ElementsAre(Found{"The ferry is late again", "Tom Gatley", "indirect"},
                          Found{"Some 400 sailings ran on time", "Ann Chandran", "indirect"}));
  // Hard negative: a parenthesis that closes no label before a colon says nothing.
  EXPECT_THAT(Statements("Ports questions\n\nThe ferry (built in 1990) sank: nobody was"
                         " hurt."),
              IsEmpty());
}

TEST(ReportedSpeechTest, PlaceInCapitalsAndAColonBeforeANarrativeSentence) {
  // "ELM CITY: Elm opener Tom Lee struck ...": under a headline, a word in capitals and a colon
  // opening the story's body is a dateline even when no attribution follows; it names no
  // speaker, and an attribution at the sentence's end gets its clause.
  EXPECT_THAT(Statements("Lee century rescues Elm\n\nELM CITY: Elm opener Tom Lee struck an "
                         "unbeaten 134 to rescue the side on the first day.\n\n\"It was "
                         "hard,\" Lee said."),
              ElementsAre(Found{"It was hard,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Lee century rescues Elm\n\nELM CITY: Tom Lee struck 134 to rescue"
                         " the side against Harbour A.\n\nThe match is drawn."),
              IsEmpty());
  // Also with no headline, when the first paragraph goes on past its first sentence.
  EXPECT_THAT(Statements("ELM CITY: Chief Minister Ann Ray opened a bridge on Sunday. Ray said "
                         "it would cut travel time by an hour."),
              ElementsAre(Found{"it would cut travel time by an hour", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Regulator fines Elm Telecom\n\nELM CITY: The regulator has fined "
                         "Elm Telecom for dropped connections, officials said on Wednesday."),
              ElementsAre(Found{"The regulator has fined Elm Telecom for dropped connections",
                                "officials", "indirect"}));
  // Also under a "Key points" list, however many bullets it has: no line above the
  // dateline ends a sentence.
  EXPECT_THAT(Statements("Elm Bank holds rates\n\nKey points:\n- Rates held for a fourth time\n"
                         "- Food prices are easing\n- A cut may come in April\n- Growth slows\n\n"
                         "ELM CITY: The Elm Bank on Friday kept its key rate unchanged, but "
                         "Governor Ann Ray signalled that the bank could cut in April."),
              ElementsAre(Found{"the bank could cut in April", "Ann Ray", "indirect"}));
  // Hard negatives: a transcript labels every turn in capitals, and the text's first
  // paragraph, its headline, makes its claim.
  EXPECT_THAT(Statements("Harbour debate\n\nLEE: We will build the bridge by May.\n\nRAY: The "
                         "ferry comes first."),
              ElementsAre(Found{"We will build the bridge by May", "LEE", "indirect"},
                          Found{"The ferry comes first", "RAY", "indirect"}));
  EXPECT_THAT(Statements("SHOWDOWN: Lee takes on Ray over the ferry.\n\nThe vote is on "
                         "Monday."),
              ElementsAre(Found{"Lee takes on Ray over the ferry", "SHOWDOWN", "indirect"}));
}

TEST(ReportedSpeechTest, NounCueAsTheObjectOfAVerbOfUttering) {
  EXPECT_THAT(Statements("Ann Ray voiced firm support for the ferry plan."),
              ElementsAre(Found{"the ferry plan", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee voiced strong opposition to the new toll."),
              ElementsAre(Found{"the new toll", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray raised concerns about the ferry plan."),
              ElementsAre(Found{"the ferry plan", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee voiced his strong disapproval of new tolls."),
              ElementsAre(Found{"new tolls", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee raised the toll on ferries."), IsEmpty());
  // An act is no utterance, and "voice" after an article is the noun.
  EXPECT_THAT(Statements("Tom Lee made an effort to calm the riders."), IsEmpty());
  EXPECT_THAT(Statements("A loud voice followed the attacks on the ferry."), IsEmpty());
}

TEST(ReportedSpeechTest, StanceAdjectiveInMinusEdAfterACopula) {
  EXPECT_THAT(Statements("Ferry owners are convinced that the toll will fall."),
              ElementsAre(Found{"the toll will fall", "Ferry owners", "indirect"}));
  // Other passives stay out ("were told that" is what they heard: see
  // PassiveToldThatIsWhatTheSubjectHeard).
  EXPECT_THAT(Statements("Ferry owners were warned that the toll will fall."), IsEmpty());
}

TEST(SpeakerTest, PlaceOrTimeAdverbBetweenSpeakerAndCue) {
  EXPECT_THAT(Statements("Ann Ray has since insisted that the ferry files were safe."),
              ElementsAre(Found{"the ferry files were safe", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Dock crews here warned that the ferry was late again."),
              ElementsAre(Found{"the ferry was late again", "Dock crews", "indirect"}));
}

TEST(ReportedSpeechTest, CalledObjectALabel) {
  EXPECT_THAT(Statements("Riders call the ferry a disgrace."),
              ElementsAre(Found{"the ferry a disgrace", "Riders", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray called it a waste of money."),
              ElementsAre(Found{"it a waste of money", "Ann Ray", "indirect"}));
  // A phone call is no statement.
  EXPECT_THAT(Statements("Ann Ray called the ferry office on Monday."), IsEmpty());
}

TEST(ReportedSpeechTest, WouldLikeToIsAnIntention) {
  EXPECT_THAT(Statements("Ann Ray would like to see the ferry run all winter."),
              ElementsAre(Found{"see the ferry run all winter", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, ParticipleSkipsAnOpeningAdverbialWithCommas) {
  // The participle's speaker is the subject after the opening adverbial, not a place or an
  // adverb that the adverbial's commas set off.
  EXPECT_THAT(Statements("Speaking at a library event in Elm City, Oregon, Ann Ray went after "
                         "Tom Lee, calling him a coward."),
              ElementsAre(Found{"him a coward", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("At a town hall in Elm City, Ore., on Sunday, Ida Moss waved to the "
                         "crowd, saying that the ferry would run."),
              ElementsAre(Found{"the ferry would run", "Ida Moss", "indirect"}));
  EXPECT_THAT(Statements("Instead, the harbor master is sticking to her schedule, hoping to "
                         "win the vote."),
              ElementsAre(Found{"to win the vote", "harbor master", "indirect"}));
  // Hard negative: an appositive closed by its own comma keeps the name as the subject.
  EXPECT_THAT(Statements("Ray, the mayor, is sticking to her plan, hoping to win the vote."),
              ElementsAre(Found{"to win the vote", "Ray", "indirect"}));
}

TEST(SpeakerTest, ObjectInsideARelativeClauseIsNotTheSpeaker) {
  // "who ..." or a participle phrase between subject and cue: the phrase before the cue is
  // the object of the clause's verb or preposition.
  EXPECT_THAT(Statements("A port official who spoke only in private to discuss the "
                         "ferry budget said the boats would run."),
              ElementsAre(Found{"the boats would run", "port official", "indirect"}));
  EXPECT_THAT(Statements("Another harbor source speaking to the Elm City Herald said the "
                         "boats would run."),
              ElementsAre(Found{"the boats would run", "harbor source", "indirect"}));
  EXPECT_THAT(Statements("Voters who live near the bridge say the toll is too high."),
              ElementsAre(Found{"the toll is too high", "Voters", "indirect"}));
  // Hard negative: the subject of a subordinate clause stays its speaker.
  EXPECT_THAT(Statements("The plan drawn up that week mattered because the Harbor Board has "
                         "sought to calm the ferry crews."),
              ElementsAre(Found{"to calm the ferry crews", "Harbor Board", "indirect"}));
}

TEST(SpeakerTest, ParticiplePhraseOnTheSubjectIsNoSpeaker) {
  // "A lawyer representing the family said": the participle's object is inside the subject's
  // phrase; the noun before the participle speaks.
  EXPECT_THAT(Statements("A lawyer representing the family said the suit would be filed."),
              ElementsAre(Found{"the suit would be filed", "lawyer", "indirect"}));
  EXPECT_THAT(Statements("A spokesman representing Tom Lee said he was recovering."),
              ElementsAre(Found{"he was recovering", "spokesman", "indirect"}));
  EXPECT_THAT(Statements("Lawyers representing Harbor Holdings said the suit had no merit."),
              ElementsAre(Found{"the suit had no merit", "Lawyers", "indirect"}));
  // A document seen or obtained by an outlet speaks itself; the outlet did not write it.
  EXPECT_THAT(Statements("An email reviewed by the Harbor Times said the deal was off."),
              ElementsAre(Found{"the deal was off", "email", "indirect"}));
  EXPECT_THAT(Statements("The pier is sinking, a draft report seen by the Herald showed on "
                         "Friday."),
              ElementsAre(Found{"The pier is sinking", "draft report", "indirect"}));
  // So does one released, sent or obtained through a channel named after the participle:
  // the channel's names are not the subject.
  EXPECT_THAT(Statements("Emails released to this newspaper under Freedom of Information show "
                         "that officials were warned in April."),
              ElementsAre(Found{"officials were warned in April", "Emails", "indirect"}));
  EXPECT_THAT(Statements("Letters sent to tenants in Oakport state that the rents will rise."),
              ElementsAre(Found{"the rents will rise", "Letters", "indirect"}));
  // Also before an aside on the document ("Letters sent ..., which ..., state").
  EXPECT_THAT(Statements("Letters sent to tenants last month, which the Elm Argus has seen, "
                         "state that the rents will rise."),
              ElementsAre(Found{"the rents will rise", "Letters", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray, who sent letters to tenants, said the rents will rise."),
              ElementsAre(Found{"the rents will rise", "Ann Ray", "indirect"}));
  // Hard negatives: a participle before its noun ("the outgoing mayor"), and the author of a
  // document ("published by", "conducted by"); a clause's verb between the participle and a
  // subordinate clause's subject.
  EXPECT_THAT(Statements("A survey conducted by analyst Ann Ray found that rents rose."),
              ElementsAre(Found{"rents rose", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The plan released in May was late because the Elm Board said it "
                         "had no money."),
              ElementsAre(Found{"it had no money", "Elm Board", "indirect"}));
  EXPECT_THAT(Statements("The outgoing mayor said the pier was safe."),
              ElementsAre(Found{"the pier was safe", "outgoing mayor", "indirect"}));
  EXPECT_THAT(Statements("A report published by the Gazette said the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Gazette", "indirect"}));
}

TEST(SpeakerTest, ParticipleAfterAnObjectIsTheSubjects) {
  // A participle right after the object of a verb or preposition tells what the clause's
  // subject did.
  EXPECT_THAT(Statements("Ann Ray started a petition on Monday calling on the council to fund "
                         "the ferry."),
              ElementsAre(Found{"the council to fund the ferry", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee emailed supporters saying the ferry would run."),
              ElementsAre(Found{"the ferry would run", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss spent the week at a harbor rally blasting the toll plan."),
              ElementsAre(Found{"the toll plan", "Ida Moss", "indirect"}));
  // After "has", "have" or "had", the object's phrase opens with the subject's verb.
  EXPECT_THAT(Statements("Ida Moss has drawn big crowds at the pier blasting the toll plan."),
              ElementsAre(Found{"the toll plan", "Ida Moss", "indirect"}));
  // After an opening adverbial, a plural noun for people; a listener of that kind.
  EXPECT_THAT(Statements("At the pier, organizers took the microphone urging riders to stay "
                         "calm."),
              ElementsAre(Found{"riders to stay calm", "organizers", "indirect"}));
  EXPECT_THAT(Statements("The mayor was telling riders the pier was safe."),
              ElementsAre(Found{"the pier was safe", "mayor", "indirect"}));
  // Hard negatives: an object that can speak is the participle's own subject (a reduced
  // relative clause), and so is the noun after "with" or a verb of seeing and hearing.
  EXPECT_THAT(Statements("Ann Ray heard the mayor telling riders the pier was safe."),
              ElementsAre(Found{"the pier was safe", "mayor", "indirect"}));
  EXPECT_THAT(Statements("Wealthy donors gave $2 million to a group backing the bridge plan."),
              ElementsAre(Found{"the bridge plan", "group", "indirect"}));
  EXPECT_THAT(Statements("The vote went ahead, with Tom Lee telling reporters the ferry would "
                         "run."),
              ElementsAre(Found{"the ferry would run", "Tom Lee", "indirect"}));
}

TEST(DirectQuoteTest, AskedAndANameAfterAQuestionIsTheAsker) {
  EXPECT_THAT(Statements("\xE2\x80\x9CWill the boats run on time?\xE2\x80\x9D asked Ann Ray."),
              ElementsAre(Found{"Will the boats run on time?", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("\xE2\x80\x9CHow long is that bridge?\xE2\x80\x9D asked the boy, "
                         "who wore a red hat."),
              ElementsAre(Found{"How long is that bridge?", "boy", "direct"}));
  // Hard negative: `asked Ann Ray to ...` names the one asked, not the asker.
  EXPECT_THAT(Statements("\xE2\x80\x9CWill you come?\xE2\x80\x9D asked Ann Ray to Tom Lee."),
              ElementsAre(Found{"Will you come?", "", "direct"}));
}

TEST(DirectQuoteTest, AnyVerbInThePastAfterAQuoteReportsIt) {
  // A sentence that runs on after a quote: a past-tense verb next to a speaker phrase that
  // ends the sentence reports the quote, as a cue would.
  EXPECT_THAT(Statements("\xE2\x80\x9CThe port will stay open,\xE2\x80\x9D an angry Tom Lee "
                         "retaliated."),
              ElementsAre(Found{"The port will stay open,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("\xE2\x80\x9CThis is fantastic!\xE2\x80\x9D beamed Ida Moss, who "
                         "came early."),
              ElementsAre(Found{"This is fantastic!", "Ida Moss", "direct"}));
  EXPECT_THAT(Statements("\xE2\x80\x9CThe library is a treasure,\xE2\x80\x9D opined the Elm "
                         "City Herald."),
              ElementsAre(Found{"The library is a treasure,", "Elm City Herald", "direct"}));
  // Hard negative: a participle and a prepositional phrase are no speaker and verb.
  EXPECT_THAT(Statements("\xE2\x80\x9CLate boats are a scandal,\xE2\x80\x9D published in the "
                         "Elm City Herald last week, drew many letters."),
              ElementsAre(Found{"Late boats are a scandal,", "", "direct"}));
}

TEST(DirectQuoteTest, ColonSentenceAfterAnOpeningAdverbialIsItsSubjects) {
  EXPECT_THAT(Statements("When the old pier burned in 1998, Mayor Ann Ray released the "
                         "following statement:\n\xE2\x80\x9CWe grieve with every family in "
                         "the harbor.\xE2\x80\x9D"),
              ElementsAre(Found{"We grieve with every family in the harbor.", "Ann Ray",
                                "direct"}));
  EXPECT_THAT(Statements("As if speaking to the captains directly, the Harbor Board of Elm City "
                         "was firm in its findings: \xE2\x80\x9C" "Further delay is not "
                         "acceptable.\xE2\x80\x9D"),
              ElementsAre(Found{"Further delay is not acceptable.", "Harbor Board of Elm City",
                                "direct"}));
  // Hard negative: an impersonal opening names nobody.
  EXPECT_THAT(Statements("There are three rules: \xE2\x80\x9C" "Be on time, be kind, be "
                         "quiet.\xE2\x80\x9D"),
              ElementsAre(Found{"Be on time, be kind, be quiet.", "", "direct"}));
}

TEST(SpeakerTest, ClauseSubjectAfterAConjunctionTimeOrDescription) {
  // The writer's question ("Asked whether ...") is no earlier speaker for the coordinated cue.
  EXPECT_THAT(Statements("Asked on Monday whether the ferry would run, Ann Ray shook her head "
                         "and said, \xE2\x80\x9CNo, not this year.\xE2\x80\x9D"),
              ElementsAre(Found{"whether the ferry would run", "", "indirect"},
                          Found{"No, not this year.", "Ann Ray", "direct"}));
  // Nor are the cues inside that question, up to its comma.
  EXPECT_THAT(Statements("Asked whether she wanted the job, Ann Ray shook her head and said, "
                         "\"No.\""),
              ElementsAre(Found{"whether she wanted the job", "", "indirect"},
                          Found{"No.", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("But a few days later, Ann Ray reversed herself, telling the Herald "
                         "that the ferry would run."),
              ElementsAre(Found{"the ferry would run", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("And now Tom Lee has taken on a bigger fight, seeking to close the "
                         "port."),
              ElementsAre(Found{"to close the port", "Tom Lee", "indirect"}));
  // A headline's present tense before "to" is the name's verb.
  EXPECT_THAT(Statements("Elm Air returns to profit but warns fuel costs will rise"),
              ElementsAre(Found{"fuel costs will rise", "Elm Air", "indirect"}));
  EXPECT_THAT(Statements("But the mayor\xE2\x80\x99s usual partner, board member Ann Ray (D), is "
                         "not on board with the plan and has vowed to sign on only later."),
              ElementsAre(Found{"to sign on only later", "Ann Ray", "indirect"}));
  // A description with its complement, a body's name ("Her editor at Elm Books"), before
  // the name; not a group's ("The leaders of Elm, Oak and Ash").
  EXPECT_THAT(Statements("Her editor at Elm Books, Tom Lee, is blunt: \"We cut 200 pages.\""),
              ElementsAre(Found{"We cut 200 pages.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("The leaders of the Elm Union, Oak and Ash took turns criticizing "
                         "the plan."),
              ElementsAre(Found{"the plan", "leaders", "indirect"}));
  // A capitalized office after "the" describes the name after it too.
  EXPECT_THAT(Statements("The Treasurer, Tom Lee, has ruled out new tolls, telling the Herald "
                         "that the budget was sound."),
              ElementsAre(Found{"the budget was sound", "Tom Lee", "indirect"}));
  // Hard negative: "including" names one member of the group, not the speaker.
  EXPECT_THAT(Statements("Several harbor pilots, including Ann Ray, stood firm, saying the "
                         "channel is too shallow."),
              ElementsAre(Found{"the channel is too shallow", "harbor pilots", "indirect"}));
}

TEST(SpeakerTest, ParticipleAfterByOrAfterIsTheClauseSubjects) {
  EXPECT_THAT(Statements("Tom Lee angered the crew by saying that the port would close."),
              ElementsAre(Found{"the port would close", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee tried to shrug it off by interjecting, \xE2\x80\x9COnly on "
                         "Sundays.\xE2\x80\x9D"),
              ElementsAre(Found{"Only on Sundays.", "Tom Lee", "direct"}));
  // Hard negatives: no subject that can speak, and an evidence verb.
  EXPECT_THAT(Statements("One month after announcing that the ferry would run, the harbor "
                         "stayed closed."),
              IsEmpty());
  EXPECT_THAT(Statements("The stock rose 4 percent after showing no gain in May."), IsEmpty());
}

TEST(DirectQuoteTest, PastTenseVerbAndCommaBeforeAQuote) {
  // A verb no cue lists ("cracked"), right before the quote, after the clause's subject.
  EXPECT_THAT(Statements("During their first debate, Ann Ray cracked, \xE2\x80\x9CI build "
                         "bridges.\xE2\x80\x9D"),
              ElementsAre(Found{"I build bridges.", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Tom Lee responded pointedly: \xE2\x80\x9CThe ferry is late "
                         "again.\xE2\x80\x9D"),
              ElementsAre(Found{"The ferry is late again.", "Tom Lee", "direct"}));
  // Hard negatives: a passive, and a verb inside a relative clause.
  EXPECT_THAT(Statements("The plan was loudly booed, \xE2\x80\x9C" "a slap in the face of "
                         "every commuter.\xE2\x80\x9D"),
              ElementsAre(Found{"a slap in the face of every commuter.", "", "direct"}));
  EXPECT_THAT(Statements("The new toll drew anger from riders who felt ignored, \xE2\x80\x9C"
                         "a slap in the face of every commuter.\xE2\x80\x9D"),
              ElementsAre(Found{"a slap in the face of every commuter.", "", "direct"}));
}

TEST(DirectQuoteTest, ParticipleAfterAnObjectBeforeAQuote) {
  EXPECT_THAT(Statements("Ann Ray emailed supporters saying: \xE2\x80\x9CThe fight goes "
                         "on.\xE2\x80\x9D"),
              ElementsAre(Found{"The fight goes on.", "Ann Ray", "direct"}));
  // Hard negative: a name after "of" or "about" is the participle's own subject.
  EXPECT_THAT(Statements("The film cuts to footage of Tom Lee saying that the ferry is a "
                         "wreck."),
              ElementsAre(Found{"the ferry is a wreck", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, TitleCaseAdverbAfterANameIsNotPartOfIt) {
  // A headline in Title Case capitalizes the adverb after the name.
  Extraction e = ExtractOrDie("Ann Ray Just Said The Ferry Will Run Again\n"
                              "Ann Ray, the harbor master, said on Monday that the ferry "
                              "would run.");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Ann Ray", "Ann Ray"));
  EXPECT_EQ(e.speakers.size(), 1u);
  // Hard negative: a surname that is also an auxiliary stays ("May", "Will").
  EXPECT_THAT(Statements("Ida May said on Monday that the ferry would run."),
              ElementsAre(Found{"the ferry would run", "Ida May", "indirect"}));
}

// --- Hard negatives ----------------------------------------------------------------------

TEST(NegativeTest, ScareQuotesAreNotStatements) {
  EXPECT_THAT(Statements("The so-called \"dual circulation\" strategy was discussed at length."),
              IsEmpty());
  EXPECT_THAT(Statements("The plan is \"ambitious\" but costly for the region."), IsEmpty());
}

TEST(NegativeTest, TitlesAreNotStatements) {
  EXPECT_THAT(Statements("She read \"The Art of War\" twice before the summit."), IsEmpty());
  EXPECT_THAT(Statements("A film titled \"we were never here at all\" opened."), IsEmpty());
  // A period inside the marks of a title that ends its sentence is American punctuation, as
  // a comma is; a slogan after a comma is still a slogan.
  EXPECT_THAT(Statements("Ann Ray wrote a second book, \"Tales of the Harbor Pilots.\""),
              ElementsAre(Found{"a second book, \"Tales of the Harbor Pilots.\"", "Ann Ray",
                                "mixed"}));
  EXPECT_THAT(Statements("Ann Ray kept her old slogan, \"Harbor First.\""), IsEmpty());
  // Hard negatives: after a verb of saying or a colon, it is an answer.
  EXPECT_THAT(Statements("Tom Lee interjected, \"Only Ann Ray.\""),
              ElementsAre(Found{"Only Ann Ray.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("The port sent one line: \"This Is Not Over.\""),
              ElementsAre(Found{"This Is Not Over.", "", "direct"}));
}

TEST(NegativeTest, IInsideAQuoteIsNeverItsSpeaker) {
  EXPECT_THAT(Statements("\"I said we would win and we did,\" Tom Baker said."),
              ElementsAre(Found{"I said we would win and we did,", "Tom Baker", "direct"}));
}

TEST(NegativeTest, UnbalancedQuoteStaysInItsParagraph) {
  const std::string text =
      "Ann Lee said \"this is plainly wrong and must stop now.\n\n"
      "The council met on Friday. Nothing else happened in the town.";
  Extraction e = ExtractOrDie(text);
  for (const ExtractedStatement& s : e.statements) {
    EXPECT_LE(s.content.end, text.find("\n\n"));
  }
}

TEST(NegativeTest, OddQuoteMarksNeverCrash) {
  for (const std::string text :
       {"\"", "\"\"", "\xE2\x80\x9D", "\" said \"", "He said \"", "''", "\xE2\x80\x98",
        "said", ", said", "according to", "\"a\" \"b\" \"c", "\n\n\"\n\n\"", "Mr.", "...",
        "\"Yes,\" \"no,\" said"}) {
    auto result = TheExtractor().Extract(text);
    EXPECT_TRUE(result.ok()) << text;
  }
}

TEST(NegativeTest, InvalidUtf8IsInvalidArgumentWithOffset) {
  auto result = TheExtractor().Extract("Li said \xC3\x28 yes.");
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(result.status().message().find("byte offset 9"), std::string::npos)
      << result.status();
}

TEST(NegativeTest, EmptyTextIsEmptyExtraction) {
  auto result = TheExtractor().Extract("");
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result->statements.empty());
  EXPECT_TRUE(result->speakers.empty());
}

TEST(NegativeTest, VerbsUsedAsNounsOrInfinitivesAreNotCues) {
  EXPECT_THAT(Statements("The report was long. Haier will continue to grow in Europe."), IsEmpty());
  // "say" after "declined to" is no cue of its own: the refusal is the statement (below).
  EXPECT_THAT(Statements("Ida Moss declined to say whether the plan was dead."),
              ElementsAre(Found{"to say whether the plan was dead", "Ida Moss", "indirect"}));
}

// One extractor, many threads: the same results as one thread.
TEST(ConcurrencyTest, ExtractIsThreadSafe) {
  const std::string text =
      "\"Costs are falling fast,\" said Anna Berg, a director at Nordwind.\n\n"
      "Demand will recover next year, Zhou said. He added that prices would rise.";
  const std::vector<Found> expected = Statements(text);
  ASSERT_EQ(expected.size(), 3u);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] {
      for (int k = 0; k < 200; ++k) {
        auto e = TheExtractor().Extract(text);
        if (!e.ok() || e->statements.size() != expected.size()) ++mismatches[i];
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

TEST(DirectQuoteTest, ShoutedWordsBeforeAnAttributionAreAQuote) {
  // `"WE WON," Ray declared`: words all in capitals, closed by a comma, are shouted, not a
  // title; the words after the cue are no statement.
  EXPECT_THAT(Statements("\"WE WON,\" Ray declared in a post after the vote."),
              ElementsAre(Found{"WE WON,", "Ray", "direct"}));
  // Hard negatives: a title in capitals, and shouted words with no punctuation inside the
  // marks, stay titles.
  EXPECT_THAT(Statements("The sign read \"NO ENTRY\" in red letters."), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee hosts \"Harbor Lights,\" a show on Elm TV."), IsEmpty());
  // Only at a sentence's opening or after a colon: in a sentence, words in capitals
  // inside the marks are a title.
  EXPECT_THAT(Statements("In \"THE LAST PIER,\" Ray writes that the town changed."),
              ElementsAre(Found{"the town changed", "Ray", "indirect"}));
}

TEST(MixedSpeechTest, ParticipleClauseAfterAnAttributionKeepsItsQuotation) {
  // "Ray criticized the accord, saying the deal goes "far too fast."": the
  // participle after the sentence's attribution opens a clause of its own, and the
  // quotation is part of it.
  EXPECT_THAT(Statements("Ray criticized the accord, saying the deal goes \"far too fast.\""),
              ElementsAre(Found{"the accord", "Ray", "indirect"},
                          Found{"the deal goes \"far too fast.\"", "Ray", "mixed"}));
  // Hard negative: a participle with only a topic after it reports nothing; the quotation
  // after it goes on the speaker's words.
  EXPECT_THAT(Statements("\"We won,\" said Lee, speaking of lawyers, \"and we will win "
                         "again.\""),
              ElementsAre(Found{"We won,", "Lee", "direct"},
                          Found{"and we will win again.", "Lee", "direct"}));
  EXPECT_THAT(Statements("\"We won,\" said Lee, speaking of the lawyers who helped, \"and we "
                         "will win again.\""),
              ElementsAre(Found{"We won,", "Lee", "direct"},
                          Found{"and we will win again.", "Lee", "direct"}));
}

TEST(SpeakerTest, DescriptionEndingInAPlaceBeforeTheNamesCommas) {
  // "A chieftain of the party in the state, Sani Garba, told ...": a short place phrase
  // may end the description before the name between commas.
  EXPECT_THAT(Statements("A chieftain of the Elm Party in the state, Sani Garba, told reporters "
                         "that the senator had met the party twice."),
              ElementsAre(Found{"the senator had met the party twice", "Sani Garba",
                                "indirect"}));
  // Hard negative: a city's state between the commas is no name.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("The timeline of the fire in Elm City, Oregon, shows "
                                        "that the alarm rang late.")),
              ::testing::Not(Contains("Oregon")));
}

TEST(SpeakerTest, NameGivenByAFormulaOfWithheldNames) {
  // Papers name a source who withholds a full name by a formula: the name it gives speaks,
  // and the pronoun after it is that source's.
  EXPECT_THAT(Statements("In Elmwood, a resident who gave only her first name, Sandra, said a "
                         "tree had come down. \"It sounded like a bomb,\" she said."),
              ElementsAre(Found{"a tree had come down", "Sandra", "indirect"},
                          Found{"It sounded like a bomb,", "Sandra", "direct"}));
  EXPECT_THAT(Statements("An eyewitness, a driver who gave his name simply as Tunde, told "
                         "reporters that the fire spread quickly."),
              ElementsAre(Found{"the fire spread quickly", "Tunde", "indirect"}));
  // Wanting or asking to be known so is no statement; an age may follow the name.
  EXPECT_THAT(Statements("A villager, who wanted to be known only as Kak Yah, 52, said the "
                         "water rose fast."),
              ElementsAre(Found{"the water rose fast", "Kak Yah", "indirect"}));
  EXPECT_THAT(Statements("One victim, an engineer who asked to be identified only as Mr Lee, "
                         "told the paper he had lost his savings."),
              ElementsAre(Found{"he had lost his savings", "Lee", "indirect"}));
  // Hard negative: a wish to be known by a description is a statement.
  EXPECT_THAT(Statements("Ann Ray wants to be known as the ferry mayor."),
              ElementsAre(Found{"to be known as the ferry mayor", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, CounselsSideBetweenCommasAndPostNominals) {
  // Court reports: counsel's side between commas after the name ("defending", "for the
  // family"), and a barrister's post-nominal after it, are no part of the speaker or cue.
  EXPECT_THAT(Statements("Ann Ray, defending, told the court her client was ashamed."),
              ElementsAre(Found{"her client was ashamed", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee KC, for the family, said the inquiry was flawed."),
              ElementsAre(Found{"the inquiry was flawed", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Brian Costa BL said his client was deeply ashamed."),
              ElementsAre(Found{"his client was deeply ashamed", "Brian Costa", "indirect"}));
  // So is how the subject is known: ", as he is known to ...,", ", as she prefers to be
  // called,".
  EXPECT_THAT(Statements("Tom Lee, as he is known to his partners, said the fleet had grown."),
              ElementsAre(Found{"the fleet had grown", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray, as she prefers to be called, said the plan was dead."),
              ElementsAre(Found{"the plan was dead", "Ann Ray", "indirect"}));
  // ", for one," is such an aside too.
  EXPECT_THAT(Statements("The Harbor Times, for one, noted the gap between the two fares."),
              ElementsAre(Found{"the gap between the two fares", "Harbor Times", "indirect"}));
  // "Madam" and "Mdm" are titles (Singapore and Malaysian papers), of women.
  EXPECT_THAT(Statements("Madam Ong Siew Lan, 61, said the flats were small. She left."),
              ElementsAre(Found{"the flats were small", "Ong Siew Lan", "indirect"}));
}

TEST(SpeakerTest, AdverbsOfTimeAndFrequencyBetweenSpeakerAndCue) {
  // "soon", "sometimes", "seldom", "ever" sit between a subject and its verb as "later" does.
  EXPECT_THAT(Statements("Critics soon noted that the fares had doubled."),
              ElementsAre(Found{"the fares had doubled", "Critics", "indirect"}));
  EXPECT_THAT(Statements("Pilots sometimes argue that the runway is too short."),
              ElementsAre(Found{"the runway is too short", "Pilots", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray seldom admits that the port lost money."),
              ElementsAre(Found{"the port lost money", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, CueInSAfterAPluralQuantifierIsANoun) {
  // "four states that vote", "Many claims that circulate": after a quantifier of the plural,
  // a cue in -s is a plural noun, not a verb with the quantifier as its subject.
  EXPECT_THAT(Statements("The two towns that vote early hold only a few seats."),
              IsEmpty());
  EXPECT_THAT(Statements("Many claims that circulate online are false."), IsEmpty());
  // Hard negative: a number that labels a capitalized noun is part of the subject.
  EXPECT_THAT(Statements("Article Four states that the port belongs to the town."),
              ElementsAre(Found{"the port belongs to the town", "Article Four", "indirect"}));
}

TEST(SpeakerTest, YearOrDecadeIsNoSpeaker) {
  // The noun phrase right before the verb can be a time inside the subject's own phrase: a
  // year or a decade speaks for nobody.
  EXPECT_THAT(Statements("The 1990s showed that the port could not pay its debts."), IsEmpty());
  EXPECT_THAT(Statements("A man adopted in the late 1980s did not learn of the papers."),
              IsEmpty());
  // Hard negative: an age with a noun ("43-year-old") is a person.
  EXPECT_THAT(Statements("The 43-year-old said the ferry was late."),
              ElementsAre(Found{"the ferry was late", "43-year-old", "indirect"}));
}

TEST(SpeakerTest, PlaceOfResidenceAfterAnAgeBelongsToTheName) {
  // "Ann Ray, 50, of Elmport said": the town after the age is where the person lives.
  EXPECT_THAT(Statements("Ann Ray, 50, of Elmport said the ferry was always late."),
              ElementsAre(Found{"the ferry was always late", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, 34, from Elm City said the fares had doubled."),
              ElementsAre(Found{"the fares had doubled", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, AdverbInLyAfterTheOpeningPhraseEndsIt) {
  // The subject of a second verb joined by "and" is the sentence's opening phrase; an adverb
  // after its head is not part of it.
  EXPECT_THAT(Statements("The pilots briefly met reporters and disclosed that the talks failed."),
              ElementsAre(Found{"the talks failed", "pilots", "indirect"}));
  // Hard negative: a noun in -ly is the head.
  EXPECT_THAT(Statements("The Elm family owned the port and disclosed that the talks failed."),
              ElementsAre(Found{"the talks failed", "Elm family", "indirect"}));
}

TEST(ReportedSpeechTest, AddUpIsToTotalNotToSay) {
  EXPECT_THAT(Statements("Over ten years, the harbor fees would add up to $9 million."), IsEmpty());
  // Hard negative: "added" with its clause still reports.
  EXPECT_THAT(Statements("Ann Ray added that the costs were too high."),
              ElementsAre(Found{"the costs were too high", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, AnOfferOfMoneyIsNoStatement) {
  EXPECT_THAT(Statements("The mayor visited the port, offering $30 million over ten years."),
              IsEmpty());
  EXPECT_THAT(Statements("Tom Lee offered 200 dollars for the boat."), IsEmpty());
  // Hard negative: an offer of words or an act is one.
  EXPECT_THAT(Statements("Tom Lee offered an apology to the crew."),
              ElementsAre(Found{"an apology to the crew", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, PronounFindsTheSubjectAfterADateline) {
  // A wire story's first sentence opens with its dateline; the name after it is the
  // sentence's subject, which a pronoun in the next sentence stands for.
  EXPECT_THAT(Statements("ELM CITY (AP) - Ann Ray toured the harbor on Wednesday. \"The pier "
                         "must be rebuilt,\" she said."),
              ElementsAre(Found{"The pier must be rebuilt,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("ELM CITY - Tom Lee toured the harbor on Wednesday. \"The pier must "
                         "be rebuilt,\" he said."),
              ElementsAre(Found{"The pier must be rebuilt,", "Tom Lee", "direct"}));
  // So does a pronoun in the same sentence, after a description before the name.
  EXPECT_THAT(Statements("ELM CITY (AP) - Veteran actress Ann Ray, star of the film \"Elm "
                         "Road,\" doubts she will vote for Tom Lee."),
              ElementsAre(Found{"Tom Lee", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, CueBeforeAndANewClauseHasNoContent) {
  // A cue whose object is the gap of a relative clause ("the plan the board opposed") ends
  // where "and" opens the next clause; that clause's own cue reports.
  EXPECT_THAT(Statements("It was the plan the board most strongly opposed and Ann Ray said she "
                         "would have vetoed."),
              ElementsAre(Found{"she would have vetoed", "Ann Ray", "indirect"}));
  // Hard negative: a second verb after "and" shares the first one's object.
  EXPECT_THAT(Statements("Tom Lee derided and insulted the harbor board in press conferences."),
              ElementsAre(Found{"and insulted the harbor board in press conferences", "Tom Lee",
                                "indirect"}));
}

TEST(SourceTest, DocumentBeforeARelativeClauseWithoutThatIsTheSource) {
  // "according to the report the board published": the words after the document are a
  // relative clause (its subject and verb), not part of the source's name.
  EXPECT_THAT(Statements("Fares would double, according to the report the board published."),
              ElementsAre(Found{"Fares would double", "report", "indirect"}));
  EXPECT_THAT(Statements("Fares would double, according to figures the port released Monday."),
              ElementsAre(Found{"Fares would double", "figures", "indirect"}));
}

TEST(SourceTest, QuotedTitleBeforeTheDocumentsNoun) {
  // "according to the "Harbor First" plan": the title in quotation marks names the document,
  // which is the source; the clause is not cut at the title.
  EXPECT_THAT(Statements("Fares would double, according to the \"Harbor First\" plan."),
              ElementsAre(Found{"Fares would double", "plan", "indirect"}));
  EXPECT_THAT(Statements("According to the \"Harbor First\" plan, fares would double."),
              ElementsAre(Found{"fares would double", "plan", "indirect"}));
}

TEST(SourceTest, TimeAfterTheSourceIsNoPartOfIt) {
  // "according to an Elm News poll last month": "last" opens a time, as "last month" does.
  EXPECT_THAT(Statements("Most riders back the plan, according to an Elm News poll last month."),
              ElementsAre(Found{"Most riders back the plan", "Elm News poll", "indirect"}));
}

TEST(ReportedSpeechTest, ParticipleBetweenAFigureAndAPluralNounIsAnAdjective) {
  EXPECT_THAT(Statements("The tally gives her 412 pledged votes and 90 others."),
              IsEmpty());
  EXPECT_THAT(Statements("The club printed its list of 12 recommended candidates on Friday."),
              IsEmpty());
  // Hard negative: the verb after a name with its object.
  EXPECT_THAT(Statements("In 2015 Tom Lee pledged funds to the port."),
              ElementsAre(Found{"funds to the port", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, BackUpAndOrderUpAreNoStatements) {
  // "back up" is to support with something, "order up" to commission: neither reports words.
  EXPECT_THAT(Statements("Unions are backing up their pledges with volunteers."), IsEmpty());
  EXPECT_THAT(Statements("Leaders such as Tom Lee are backing them up."), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray recently ordered up a review of the port law."),
              IsEmpty());
  // Hard negative: "backed" with its object is an endorsement.
  EXPECT_THAT(Statements("Ann Ray backed Tom Lee for mayor."),
              ElementsAre(Found{"Tom Lee for mayor", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, TitledNameAfterAnOpeningAdverbialWithoutItsComma) {
  // "Saturday at the state party convention Sen. Ann Ray said": the adverbial's last noun
  // and the titled name are two phrases; the name is the subject.
  EXPECT_THAT(Statements("Saturday at the Elm state party convention Sen. Ann Ray said the "
                         "port was a failure."),
              ElementsAre(Found{"the port was a failure", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, LanguageRemarksTestimonyAndMessageAreDocuments) {
  // Words for what someone said or wrote speak as a statement or a letter does.
  EXPECT_THAT(Statements("Ann Ray's language makes clear that she will not back down."),
              ElementsAre(Found{"she will not back down", "Ann Ray's language", "indirect"}));
  EXPECT_THAT(Statements("His testimony showed that the port was safe."),
              ElementsAre(Found{"the port was safe", "testimony", "indirect"}));
}

TEST(DirectQuoteTest, SplitQuoteAfterAParticipleInTheAttributionKeepsItsSpeaker) {
  // The participle between the halves ("explaining why ...") follows the first half's cue and
  // its object; its nearest noun ("Elm Weekly") is no speaker of the second half.
  EXPECT_THAT(
      Statements("\"Many people are uneasy this year,\" Tom Lee wrote in a statement to Elm "
                 "Weekly explaining why he will speak, \"but most people want a new pier.\""),
      ElementsAre(Found{"Many people are uneasy this year,", "Tom Lee", "direct"},
                  Found{"but most people want a new pier.", "Tom Lee", "direct"}));
  // Nor is a phrase inside the first half ("Many riders").
  EXPECT_THAT(
      Statements("\"Many riders are uneasy,\" Tom Lee wrote in a statement to Elm Weekly "
                 "explaining why he will speak, \"but most of them want a new pier.\""),
      ElementsAre(Found{"Many riders are uneasy,", "Tom Lee", "direct"},
                  Found{"but most of them want a new pier.", "Tom Lee", "direct"}));
}

TEST(ReportedSpeechTest, AParticipleAfterAnAdverbOfTimeIsTheSubjectsStatement) {
  // ", later alleging that": the adverb between the comma and the participle changes nothing.
  EXPECT_THAT(Statements("The mayor spoke on Monday, again alleging that Ann Ray lied."),
              ElementsAre(Found{"Ann Ray lied", "mayor", "indirect"}));
  // Set off between a subject and its verb, the phrase is skipped to find the subject.
  EXPECT_THAT(Statements("Tom Lee, later alleging that Ann Ray lied, said he would close the "
                         "pier."),
              ElementsAre(Found{"Ann Ray lied", "Tom Lee", "indirect"},
                          Found{"he would close the pier", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, AnObjectPronounOrANameBeforeAVerbIsAStanceVerbsWholeContent) {
  // "endorsed her": an object pronoun stands for a name; what follows the dash is the writer's.
  EXPECT_THAT(Statements("Tom Lee endorsed her \xE2\x80\x93 they appeared together today."),
              ElementsAre(Found{"her", "Tom Lee", "indirect"}));
  // A conjunction before a second verb ends the object.
  EXPECT_THAT(Statements("Tom Lee has not endorsed her or left the race."),
              ElementsAre(Found{"her", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee endorsed Ann Ray but stayed home."),
              ElementsAre(Found{"Ann Ray", "Tom Lee", "indirect"}));
  // Hard negatives: "her" as a possessive, and a second object after "and".
  EXPECT_THAT(Statements("Tom Lee endorsed her plan to close the pier."),
              ElementsAre(Found{"her plan to close the pier", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee endorsed Ann Ray and her running mate."),
              ElementsAre(Found{"Ann Ray and her running mate", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, TheBareSupportIsAVerbOnlyAfterAWordThatTakesOne) {
  EXPECT_THAT(Statements("Most nurses support the pier."),
              ElementsAre(Found{"the pier", "nurses", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said he would support Ann Ray."),
              ElementsAre(Found{"he would support Ann Ray", "Tom Lee", "indirect"}));
  // Hard negatives: the noun after a figure or a modifier, and before its preposition.
  EXPECT_THAT(Statements("Ann Ray has 36 percent support in the poll."), IsEmpty());
  EXPECT_THAT(Statements("Lee won with strong Latino support across the state."), IsEmpty());
  EXPECT_THAT(Statements("Nurses support for the pier grew."), IsEmpty());
}

TEST(ReportedSpeechTest, AQuestionPutToSomeoneReportsNothingSaid) {
  // Hard negatives: "Do you support ...?" asks; nobody has said anything.
  EXPECT_THAT(Statements("Do you support Tom Lee?"), IsEmpty());
  EXPECT_THAT(Statements("Would they oppose the new pier?"), IsEmpty());
  // The same words, asserted, report a stance.
  EXPECT_THAT(Statements("They oppose the new pier."),
              ElementsAre(Found{"the new pier", "", "indirect"}));
}

TEST(SpeakerTest, ANameInsideARelativeClauseOnTheSubjectIsNotTheSpeaker) {
  // "for Tom Lee": the name is the object of the clause's preposition; the phrase the clause
  // is on speaks.
  EXPECT_THAT(Statements("Nurses who would rather work for Tom Lee said the pier should close."),
              ElementsAre(Found{"the pier should close", "Nurses", "indirect"}));
  // An object pronoun right before the cue is no subject either.
  EXPECT_THAT(Statements("Some nurses who have met him said the pier should close."),
              ElementsAre(Found{"the pier should close", "nurses", "indirect"}));
  // Hard negative: a name that is itself a relative clause's antecedent keeps its statement.
  EXPECT_THAT(Statements("Contrast that with Tom Lee, who has called the pier a failure."),
              ElementsAre(Found{"the pier a failure", "Tom Lee", "indirect"}));
}

TEST(DirectQuoteTest, AShortSingleQuotedSentenceIsAQuotation) {
  // British quoting: a capital and a sentence's or split quotation's punctuation.
  EXPECT_THAT(Statements("Ann Ray said: 'I am shocked.'"),
              ElementsAre(Found{"I am shocked.", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("'It is time,' Ann Ray added, 'for the board to act.'"),
              ElementsAre(Found{"It is time,", "Ann Ray", "direct"},
                          Found{"for the board to act.", "Ann Ray", "direct"}));
  // Hard negative: short words in single marks without them are scare quotes.
  EXPECT_THAT(Statements("Ann Ray said it was 'a dark day' for the town."),
              ElementsAre(Found{"it was 'a dark day' for the town", "Ann Ray", "mixed"}));
}

TEST(SpeakerTest, ANumberAloneAfterACommaCountsThePeopleJustNamed) {
  EXPECT_THAT(Statements("Already, 520 nurses have said they back Ray, 39 have said they back "
                         "Lee."),
              ElementsAre(Found{"they back Ray", "520 nurses", "indirect"},
                          Found{"they back Lee", "39", "indirect"}));
  // Hard negative: a vote's tally is no one's statement.
  EXPECT_THAT(Statements("The vote, 12 in favor, 9 opposed, kept the toll."), IsEmpty());
}

TEST(SpeakerTest, PollingVideosAndFootageShowAsDocumentsDo) {
  EXPECT_THAT(Statements("Exit polling shows Ann Ray won most riders over 60."),
              ElementsAre(Found{"Ann Ray won most riders over 60", "Exit polling", "indirect"}));
  EXPECT_THAT(Statements("His first videos show a very different man."),
              ElementsAre(Found{"a very different man", "videos", "indirect"}));
}

TEST(ReportedSpeechTest, ATopicEndsBeforeADashACommaOrASecondVerb) {
  // The topic of "talked about" is a noun phrase; the writer's words after it are not.
  EXPECT_THAT(Statements("Tom Lee talked about the pier and made jokes about the mayor."),
              ElementsAre(Found{"the pier", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray talks about a new pier, but the board is divided."),
              ElementsAre(Found{"a new pier", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray is now talking about the toll - her weak spot - in a new ad."),
              ElementsAre(Found{"the toll", "Ann Ray", "indirect"}));
  // Hard negatives: a list's comma, and the commas and verbs of a clause inside the topic.
  EXPECT_THAT(Statements("Tom Lee talked about jobs, fares and taxes."),
              ElementsAre(Found{"jobs, fares and taxes", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee spoke about the case, in which riders said they were misled "
                         "and defrauded."),
              ElementsAre(Found{"the case, in which riders said they were misled and defrauded",
                                "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, ABareCueAfterACapitalizedModifierWithNoObjectIsANoun) {
  // "the Elm City attack on ...": a noun; nothing was said.
  EXPECT_THAT(Statements("Questions linger about the Elm City attack on Sept. 11, 2012."),
              IsEmpty());
  EXPECT_THAT(Statements("He watched the TV show, which starred Ann Ray."), IsEmpty());
  // Hard negatives: a plural subject's verb, and a verb with its object.
  EXPECT_THAT(Statements("Nurses fear for their jobs."),
              ElementsAre(Found{"for their jobs", "Nurses", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee and Ann Ray attack the plan."),
              ElementsAre(Found{"the plan", "Tom Lee and Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, YouKnowBeforeACommaIsAFiller) {
  EXPECT_THAT(Statements("You know, the ones who ride the ferry."), IsEmpty());
  // Hard negative: with its clause, "you know" reports what is known.
  EXPECT_THAT(Statements("You know the plan is bad."),
              ElementsAre(Found{"the plan is bad", "", "indirect"}));
}

TEST(ReportedSpeechTest, NotSeenSinceMeasuresRarityAndReportsNothing) {
  EXPECT_THAT(Statements("Pier traffic hit a peak not seen since 1980."),
              IsEmpty());
  // Hard negative: what someone has seen, with its clause, is their view.
  EXPECT_THAT(Statements("Ann Ray has seen that the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, ARoleWithItsModifierIsFirstThePersonGivenThoseWords) {
  // "The union leader" is Tom Lee, "a union leader", though Ann Ray, a chief executive, was
  // met later and a leader's word may stand for any head's title.
  EXPECT_THAT(Statements("Tom Lee, a union leader, said the pier was safe. Ann Ray, the chief "
                         "executive of Northwind, said the plan was final. The union leader said "
                         "his members would strike."),
              ElementsAre(Found{"the pier was safe", "Tom Lee", "indirect"},
                          Found{"the plan was final", "Ann Ray", "indirect"},
                          Found{"his members would strike", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, CalledANounPhraseAnAdjectiveIsALabel) {
  EXPECT_THAT(Statements("Tom Lee called the plan reckless and unfair."),
              ElementsAre(Found{"the plan reckless and unfair", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee called Ann Ray's remarks unacceptable."),
              ElementsAre(Found{"Ann Ray's remarks unacceptable", "Tom Lee", "indirect"}));
  // Hard negatives: a phone call to a place or a body.
  EXPECT_THAT(Statements("Tom Lee called the police station."), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee called the Elm Institute."), IsEmpty());
}

TEST(ReportedSpeechTest, CalledANounPhraseAShortOrNegatedAdjectiveIsALabel) {
  // Judgements with no adjective's ending: "un-" ("unusual"), or a short common one
  // ("wrong", "rigged").
  EXPECT_THAT(Statements("Tom Lee called the toll unusual."),
              ElementsAre(Found{"the toll unusual", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray called the vote rigged and vowed to appeal."),
              ElementsAre(Found{"the vote rigged", "Ann Ray", "indirect"},
                          Found{"to appeal", "Ann Ray", "indirect"}));
  // Hard negatives: nouns after the object's noun, "union" and "fair".
  EXPECT_THAT(Statements("Tom Lee called the steel union."), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee called the county fair."), IsEmpty());
}

TEST(DirectQuoteTest, TheNextSentenceMayNameTheSpeakerOfAQuotation) {
  EXPECT_THAT(Statements("\"It is finished.\" So said Ann Ray on Monday."),
              ElementsAre(Found{"It is finished.", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("\"We will win.\" That was the message from Ann Ray, the party "
                         "leader, on Monday."),
              ElementsAre(Found{"We will win.", "Ann Ray", "direct"}));
  // Hard negative: a sentence about the quotation that names nobody.
  EXPECT_THAT(Statements("\"It is finished.\" That was the end of it."),
              ElementsAre(Found{"It is finished.", "", "direct"}));
}

TEST(ReportedSpeechTest, ReferredToAsGivesANameAndNoStatement) {
  EXPECT_THAT(Statements("His jet, often referred to as Lee Force One, has a gold sink."),
              IsEmpty());
  // Hard negative: with its object before "as", the verb reports a portrayal.
  EXPECT_THAT(Statements("Ann Ray referred to Tom Lee as a liar."),
              ElementsAre(Found{"Tom Lee as a liar", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, ATimesRelativeClauseOpeningTheSentenceEndsAtItsComma) {
  // "In the same week that Lee announced A, the city ...": the main clause is the writer's.
  EXPECT_THAT(Statements("In the same week that Tom Lee announced his return to the club, Elm "
                         "City held a parade."),
              ElementsAre(Found{"his return to the club", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, APlaceAfterARoleOrADocumentIsNoSpeaker) {
  // "The pollster in Ohio": where the pollster is; the pollster speaks.
  EXPECT_THAT(Statements("The pollster in Ohio said Ann Ray was closing the gap."),
              ElementsAre(Found{"Ann Ray was closing the gap", "pollster", "indirect"}));
  EXPECT_THAT(Statements("A new poll in Iowa found that Ann Ray was closing the gap."),
              ElementsAre(Found{"Ann Ray was closing the gap", "new poll", "indirect"}));
  // Hard negative: a group keeps its place in its name, as before.
  EXPECT_THAT(Statements("Officials in Elm City said the talks would resume."),
              ElementsAre(Found{"the talks would resume", "Officials in Elm City", "indirect"}));
}

TEST(SpeakerTest, AnAsideBetweenDashesMayHoldCommas) {
  EXPECT_THAT(Statements("Elm leaders \u2014 and, above all, Mayor Ann Ray \u2014 insisted that "
                         "the budget fund the pier."),
              ElementsAre(Found{"the budget fund the pier", "Elm leaders", "indirect"}));
}

TEST(SpeakerTest, AnAideToATitledPersonHasNoOrganization) {
  // "an aide to Minister of Health Tom Lee": the portfolio and the holder's name name a
  // person, not a body called "Health Tom Lee".
  Extraction e = ExtractOrDie("\"We won,\" said Ann Ray, a former aide to Minister of Health "
                              "Tom Lee.");
  const SpeakerProfile* ray = FindSpeaker(e, "Ann Ray");
  ASSERT_NE(ray, nullptr);
  EXPECT_THAT(ray->organizations, IsEmpty());
  // Hard negative: a body after the title's "of" is still one.
  e = ExtractOrDie("\"We won,\" said Ann Ray, an aide to the Minister of Elm Trade.");
  ray = FindSpeaker(e, "Ann Ray");
  ASSERT_NE(ray, nullptr);
  EXPECT_THAT(ray->organizations, ElementsAre("Elm Trade"));
}

TEST(DirectQuoteTest, AColonInsideAQuotationIsNoHeadline) {
  // `"It's classic Lee: ..."`: the words before the colon are the quoted speaker's.
  EXPECT_THAT(Statements("\"It's classic Tom Lee: Hit your rival where she is strong,\" said "
                         "Ann Ray, a former aide."),
              ElementsAre(Found{"It's classic Tom Lee: Hit your rival where she is strong,",
                                "Ann Ray", "direct"}));
}

TEST(ReportedSpeechTest, AndJoinsTwoSubjectsOfASecondThatClause) {
  // "said A and that she and Lee had spoken": the pronoun and the name are one subject of the
  // reported clause, not a new speaker's attribution.
  EXPECT_THAT(Statements("Ann Ray added that many pilots had come and that she and Tom Lee had "
                         "spoken about the pier."),
              ElementsAre(Found{"many pilots had come and that she and Tom Lee had spoken about "
                                "the pier",
                                "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, ASuspectAfterItsAdjectiveIsAPerson) {
  EXPECT_THAT(Statements("Police tracked down the sole suspect of the attacks on the pier."),
              IsEmpty());
  // Hard negative: the verb after a subject still reports a thought.
  EXPECT_THAT(Statements("Ann Ray said she suspects the attacks were planned."),
              ElementsAre(Found{"she suspects the attacks were planned", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, ASecondClausesSubjectMayHaveAnAppositive) {
  // "A, but the senator, Ann Ray, had endorsed Lee": the conjunction opens a clause whose
  // subject is written as at a sentence's start.
  EXPECT_THAT(Statements("Lee won the state, but the senator, Ann Ray, had endorsed Lee."),
              ElementsAre(Found{"Lee", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Lee won the state, but Ann Ray, the senator, had endorsed Lee."),
              ElementsAre(Found{"Lee", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Lee won the state, but the senator, Ann Ray, said the vote was "
                         "unfair."),
              ElementsAre(Found{"the vote was unfair", "Ann Ray", "indirect"}));
  // A name alone after an endorsement's verb ends before a day.
  EXPECT_THAT(Statements("Tom Lee endorsed Ray Wednesday."),
              ElementsAre(Found{"Ray", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, ACityAndItsStateAreNoAntecedentAndNoEmployer) {
  // "Tom Lee, a doctor from Elmwood, New Jersey, who said": "who" is the doctor, and the
  // city he comes from is no organization of his.
  Extraction e = ExtractOrDie("\"It is fine,\" said Tom Lee, a doctor from Elmwood, New "
                              "Jersey, who said he is a friend of Ann Ray.");
  ASSERT_EQ(e.statements.size(), 2u);
  EXPECT_EQ(e.speakers[e.statements[1].speaker].name, "Tom Lee");
  const SpeakerProfile* lee = FindSpeaker(e, "Tom Lee");
  ASSERT_NE(lee, nullptr);
  EXPECT_THAT(lee->organizations, IsEmpty());
  // Hard negative: a body after "from" is still the employer.
  e = ExtractOrDie("\"It is fine,\" said Tom Lee, a doctor from Elm Clinic.");
  lee = FindSpeaker(e, "Tom Lee");
  ASSERT_NE(lee, nullptr);
  EXPECT_THAT(lee->organizations, ElementsAre("Elm Clinic"));
}

TEST(ReportedSpeechTest, ASourceAfterAQuotationClosedByItsCommaTakesTheWholeClause) {
  // `A "B," the Post reported`: the comma inside the closing mark sets the source off.
  EXPECT_THAT(Statements("The French are big fans of \"Pier Stories,\" Mr. Lee said."),
              ElementsAre(Found{"The French are big fans of \"Pier Stories,\"", "Lee",
                                "mixed"}));
  // An attribution inside the clause is part of the source's report.
  EXPECT_THAT(Statements("Ray admitted that she had lost the keys in a \"burn bag,\" the Elm "
                         "Post reported."),
              ElementsAre(Found{"Ray admitted that she had lost the keys in a \"burn bag,\"",
                                "Elm Post", "mixed"}));
  // Hard negatives: a crowd's applause is no source, and a title before "a memoir written
  // by" is no clause of the memoir's.
  EXPECT_THAT(Statements("When Ray said she would \"protect our riders,\" the crowd applauded "
                         "loudly."),
              ElementsAre(Found{"she would \"protect our riders,\"", "Ray", "mixed"}));
  EXPECT_THAT(Statements("Later that month, Elm Books will publish \"Pier Stories,\" a memoir "
                         "written by Ann Ray."),
              IsEmpty());
}

TEST(ReportedSpeechTest, AMeasureOfTimeMayOpenTheSubordinateClauseBeforeAParticiple) {
  // "Years after Lee claimed A, Ray won ... by promising B": the main clause's subject makes
  // the promise, as after a bare "After".
  EXPECT_THAT(Statements("Years after Tom Lee claimed that the pier was safe, Ann Ray won the "
                         "race by promising a new one."),
              ElementsAre(Found{"the pier was safe", "Tom Lee", "indirect"},
                          Found{"a new one", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, ASingleCommentOrRemarkThatIsANounCue) {
  EXPECT_THAT(Statements("Lee stood by his comment on Monday that the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "Lee", "indirect"}));
  EXPECT_THAT(Statements("Ray stood by her remark that the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Ray", "indirect"}));
}

TEST(ReportedSpeechTest, AVerbAfterARelativePronounAndAnAsideIsNotInverted) {
  // "a facet that, to her, recalls Lee": the relative clause's verb and its object, not
  // "CLAUSE, said Lee".
  EXPECT_THAT(Statements("Ann Moss named one facet of the race that, to her, recalls Tom Lee."),
              IsEmpty());
  // Hard negative: the inverted attribution after a clause, as before.
  EXPECT_THAT(Statements("The pier is safe, recalls Tom Lee."),
              ElementsAre(Found{"The pier is safe", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, ReportingToSomeoneAtWorkSaysNothing) {
  EXPECT_THAT(Statements("Lee reports to the chief executive."), IsEmpty());
  EXPECT_THAT(Statements("Mr. Lee reported daily to Ann Ray, and spied on her."), IsEmpty());
  // Hard negative: a clause after the listener is what was reported.
  EXPECT_THAT(Statements("Lee reported to police that his car was stolen."),
              ElementsAre(Found{"his car was stolen", "Lee", "indirect"}));
}

TEST(ReportedSpeechTest, AnIntransitiveCueBeforeAnotherClauseSaysNothing) {
  EXPECT_THAT(Statements("While 48 percent agreed and 44 percent of riders disagreed, Lee said "
                         "the plan would go on."),
              ElementsAre(Found{"the plan would go on", "Lee", "indirect"}));
}

TEST(DirectQuoteTest, AQuotedSubjectAfterThatGoesOnPastAnAsideBetweenDashes) {
  EXPECT_THAT(Statements("Ann Ray argued that \"every rider on the pier\" - including Lee - "
                         "favored some sort of fare cut."),
              ElementsAre(Found{"\"every rider on the pier\" - including Lee - favored some "
                                "sort of fare cut",
                                "Ann Ray", "mixed"}));
}

TEST(DirectQuoteTest, InSomeonesWordsAttributesTheQuotationAfterIt) {
  EXPECT_THAT(Statements("Ann Ray promised to put Lee in charge of the pier since, in her "
                         "words, \"nobody fixes ferries faster.\""),
              ElementsAre(Found{"to put Lee in charge of the pier", "Ann Ray", "indirect"},
                          Found{"nobody fixes ferries faster.", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Tom Lee spoke last. In Ann Ray's words: \"The pier is a "
                         "disgrace.\""),
              ElementsAre(Found{"The pier is a disgrace.", "Ann Ray", "direct"}));
}

TEST(ClauseBoundaryTest, ARelativeClauseOnTheSubjectEndsBeforeTheMainVerb) {
  // "Ann Ray, who repeatedly vowed A, soon ran an ad": what the relative clause reports
  // ends at its comma (or dash) before the main clause's verb.
  EXPECT_THAT(Statements("Ann Ray, who repeatedly vowed to close the pier, soon ran an ad on "
                         "Elm Radio."),
              ElementsAre(Found{"to close the pier", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray, who hopes for a new pier at the convention - would be far "
                         "stronger against Moss."),
              ElementsAre(Found{"for a new pier at the convention", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray, who vowed to close the pier, and who wants more ferries, "
                         "ran an ad."),
              Contains(Found{"to close the pier", "Ann Ray", "indirect"}));
  // Hard negative: a comma inside what was said, before no verb.
  EXPECT_THAT(Statements("Ann Ray, who said that, if elected, she would close the pier, left "
                         "early."),
              ElementsAre(Found{"if elected, she would close the pier", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, ACityAndItsStateBetweenTheCueAndThat) {
  EXPECT_THAT(Statements("Ann Ray said Sunday in Elmwood, Wisconsin, that she expected the ferry "
                         "to sail."),
              ElementsAre(Found{"she expected the ferry to sail", "Ann Ray", "indirect"}));
}

TEST(DirectQuoteTest, AReportedClauseThatEndsInsideAQuoteRunsToItsEnd) {
  // `Lee said he'd "want more time. Then we'll talk."`: one mixed statement, not a clause cut at
  // the quote's first period and a direct quote over it.
  EXPECT_THAT(Statements("Tom Lee said on Monday that he'd \"want more time from the board. "
                         "Then we'll talk about the pier.\""),
              ElementsAre(Found{"he'd \"want more time from the board. Then we'll talk about "
                                "the pier.\"",
                                "Tom Lee", "mixed"}));
}

TEST(DirectQuoteTest, AClauseCutInsideAQuotationByItsFirstPeriodIsTheQuotation) {
  // `..., telling the Gazette: "A. B."`: the participle's clause, cut at the quotation's
  // first period, is the quotation itself, not a second, overlapping statement.
  EXPECT_THAT(Statements("Mr. Lee praised the ferry crews, telling the Gazette: \"I could "
                         "never work that hard. Nobody could.\""),
              ElementsAre(Found{"the ferry crews", "Lee", "indirect"},
                          Found{"I could never work that hard. Nobody could.", "Lee",
                                "direct"}));
}

TEST(DirectQuoteTest, AClauseThatEndsInsideAQuotationItOpenedRunsToItsEnd) {
  EXPECT_THAT(Statements("Tom Lee said he seldom asks aides to campaign for him, \"except for "
                         "old friends from the pier. And Ray is not one of them.\""),
              ElementsAre(Found{"he seldom asks aides to campaign for him, \"except for old "
                                "friends from the pier. And Ray is not one of them.\"",
                                "Tom Lee", "mixed"}));
}

TEST(ReportedSpeechTest, AnAimIsAStanceOfItsSubject) {
  EXPECT_THAT(Statements("The Elm senator aimed to take the county by ten points."),
              ElementsAre(Found{"take the county by ten points", "Elm senator", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray is looking to smooth over disagreements with the board."),
              ElementsAre(Found{"smooth over disagreements with the board", "Ann Ray",
                                "indirect"}));
  // Hard negatives: "look to be", "look to have" tell what seems likely.
  EXPECT_THAT(Statements("Support for Lee among riders looks to be weakening."), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee is looking to have a long week at the pier."), IsEmpty());
}

TEST(ReportedSpeechTest, AReputationIsAStatementWithNoSpeaker) {
  // "X is known for Y": what unnamed people say of X, as "is said to" is.
  EXPECT_THAT(Statements("Tom Lee, who is known for his blunt views on ferries, spoke first."),
              ElementsAre(Found{"his blunt views on ferries", "", "indirect"}));
  EXPECT_THAT(Statements("The Elm Trust, long known for lending to ferry firms, closed in May."),
              ElementsAre(Found{"lending to ferry firms", "", "indirect"}));
  // Hard negative: knowing something is a thought of the subject's, as before.
  EXPECT_THAT(Statements("Ann Ray knew that the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, StanceAdjectivesOfSupportWarinessAndAwareness) {
  EXPECT_THAT(Statements("Ann Ray has been supportive of the new ferry line."),
              ElementsAre(Found{"the new ferry line", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee is wary of the board's plan."),
              ElementsAre(Found{"the board's plan", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray was aware that the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee is confident in the new board."),
              ElementsAre(Found{"the new board", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, ACritiqueThoughtsOrReluctanceAfterItsOwner) {
  EXPECT_THAT(Statements("Lee stood by his critique of the ferry budget."),
              ElementsAre(Found{"the ferry budget", "Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray shared her thoughts on the new pier."),
              ElementsAre(Found{"the new pier", "Ann Ray", "indirect"}));
  // (The preposition before the owner is not part of it: "tired of the board's".)
  EXPECT_THAT(Statements("Riders are tired of the board's reluctance to publish the audit."),
              ElementsAre(Found{"publish the audit", "board", "indirect"}));
}

TEST(SpeakerTest, AWomanOrManPlacedByWhereTheyAreFrom) {
  // "woman" and "man" are no roles, but placed as a role is they describe a speaker: the
  // place is where the speaker is, never the speaker.
  EXPECT_THAT(Statements("A woman in Oakport told him she worries the pier is unsafe."),
              ElementsAre(Found{"she worries the pier is unsafe", "woman in Oakport",
                                "indirect"}));
  EXPECT_THAT(Statements("A man from Oakport said he worries Lee is too soft."),
              ElementsAre(Found{"he worries Lee is too soft", "man from Oakport", "indirect"}));
  EXPECT_THAT(Statements("A woman in Elm City, Ohio, said the ferry was late."),
              ElementsAre(Found{"the ferry was late", "woman in Elm City", "indirect"}));
}

TEST(SpeakerTest, TheOfficeACandidateRunsForAndAPollsMargin) {
  // "for governor" after a name is the office run for: part of a description, no part of
  // a name; a margin of percentages before "that" is the writer's adjunct.
  EXPECT_THAT(Statements("Supporters of Ann Ray for governor say by 55%-41% that the pier "
                         "should close."),
              ElementsAre(Found{"the pier should close", "Supporters of Ann Ray for governor",
                                "indirect"}));
  EXPECT_THAT(Statements("Tom Lee for mayor said the pier should close."),
              ElementsAre(Found{"the pier should close", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, ANounCueOpeningTheSentenceEndsAtAVerbInThePast) {
  EXPECT_THAT(Statements("Ann Ray's endorsement of Tom Lee surprised the board."),
              ElementsAre(Found{"Tom Lee", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee's criticism of the ferry plan prompted a vote."),
              ElementsAre(Found{"the ferry plan", "Tom Lee", "indirect"}));
  // Hard negative: a participle after the noun modifies it.
  EXPECT_THAT(Statements("Ann Ray's support for a pier funded by the city angered Lee."),
              ElementsAre(Found{"a pier funded by the city", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, APhraseOfTimeAloneAfterACueIsNoContent) {
  // The cue's object went before it ("anything he saw"); what follows only says when.
  EXPECT_THAT(Statements("The crowds were bigger than anything Tom Lee saw during his 2012 "
                         "run."),
              IsEmpty());
  EXPECT_THAT(Statements("It is the plan that Ann Ray advocated over the weekend."), IsEmpty());
  // Hard negatives: a clause after the phrase is content, and after a quotation the cue
  // attributes it.
  EXPECT_THAT(Statements("Ann Ray reported that during the storm the pier was shut."),
              ElementsAre(Found{"during the storm the pier was shut", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("\"Will we help?\" Ann Ray told reporters during the call."),
              ElementsAre(Found{"Will we help?", "Ann Ray", "direct"}));
}

TEST(SpeakerTest, YetOpeningTheSentenceIsNoPartOfTheSubject) {
  EXPECT_THAT(Statements("Yet critics say the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "critics", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee ran the port for years. Yet Lee says the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "Tom Lee", "indirect"}));
  // ("counter to" is a preposition: no statement, and "Yet" no speaker.)
  EXPECT_THAT(Statements("Yet counter to his image, Tom Lee has worked with rivals."), IsEmpty());
}

TEST(ReportedSpeechTest, AcceptingThatIsAStance) {
  EXPECT_THAT(Statements("Ann Ray has accepted that the pier must close."),
              ElementsAre(Found{"the pier must close", "Ann Ray", "indirect"}));
  // Hard negative: accepting a thing says nothing.
  EXPECT_THAT(Statements("Tom Lee accepted the award in May."), IsEmpty());
}

TEST(ReportedSpeechTest, NoStatementFromANounPhraseAfterToOrAPassiveCuesClause) {
  // "bid to" and "call to" before a noun phrase: a preposition, no infinitive.
  EXPECT_THAT(Statements("Moreover, she tied the theme of her bid to the pier she built."),
              IsEmpty());
  EXPECT_THAT(Statements("Ann Ray made a call to the mayor on Monday."), IsEmpty());
  // Hard negatives: an infinitive after it, and "opposition to" with its object.
  EXPECT_THAT(Statements("Ann Ray's bid to close the pier was rejected."),
              ElementsAre(Found{"close the pier", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee's opposition to the pier is well known."),
              ElementsAre(Found{"the pier", "Tom Lee", "indirect"}));
  // A passive cue's clause as the subject of "is".
  EXPECT_THAT(Statements("The reason Ann Ray is not recognized is that she works alone."),
              IsEmpty());
}

TEST(ReportedSpeechTest, ADashRightAfterTheCueOpensNoReportedClause) {
  // The cue's object went before it; the dash sets off an aside on it.
  EXPECT_THAT(Statements("The deal Ann Ray once backed - a deal with Elm - made sense."),
              IsEmpty());
  EXPECT_THAT(Statements("Nobody can stop them until they attack -- when it is too late."),
              IsEmpty());
  // An aside between the cue and "that" is passed over.
  EXPECT_THAT(Statements("Tom Lee said - on Monday - that the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, AListInARelativeClauseBeforeTheMainVerb) {
  // The relative clause ends at its closing comma, not at a comma of a list inside it.
  EXPECT_THAT(Statements("Tom Lee, who had praised the costs, benefits and risks of the plan, "
                         "left."),
              ElementsAre(Found{"the costs, benefits and risks of the plan", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, who praised the costs, the benefits and the risks, left."),
              ElementsAre(Found{"the costs, the benefits and the risks", "Tom Lee",
                                "indirect"}));
}

TEST(SpeakerTest, EvenAndARelativeClauseWithLikeBeforeTheCue) {
  // "even" stresses the speaker and is no part of the description.
  EXPECT_THAT(Statements("Even riders say the pier is safe."),
              ElementsAre(Found{"the pier is safe", "riders", "indirect"}));
  // "like" after "who" is the relative clause's verb; its object is not the speaker.
  EXPECT_THAT(Statements("Riders who like Ann Ray say the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "Riders", "indirect"}));
}

TEST(ReportedSpeechTest, AnEndorsementInARestrictiveRelativeClauseBeforeTheMainVerb) {
  // "who backed Ray" is the subject's relative clause: its object ends at the main verb,
  // whose speaker is the subject.
  EXPECT_THAT(Statements("Riders who backed Ann Ray now say the pier should close."),
              ElementsAre(Found{"Ann Ray", "Riders", "indirect"},
                          Found{"the pier should close", "Riders", "indirect"}));
  EXPECT_THAT(Statements("Riders who backed Ann Ray were angry."),
              ElementsAre(Found{"Ann Ray", "Riders", "indirect"}));
  // Hard negative: a noun after a preposition is no verb ("in charge").
  EXPECT_THAT(Statements("Aides who praised him for being in charge of the port left."),
              ElementsAre(Found{"him for being in charge of the port", "Aides", "indirect"}));
}

TEST(ReportedSpeechTest, ToSayAfterTheCueReportsTheClauseAfterIt) {
  EXPECT_THAT(Statements("Ann Ray wrote on Monday to say that the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee tweeted to say the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Tom Lee", "indirect"}));
  // Hard negative: another infinitive is what was pledged.
  EXPECT_THAT(Statements("Tom Lee pledged to support the ferry plan."),
              ElementsAre(Found{"to support the ferry plan", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, InWhatTheSpeakerCalledEndsAtItsComma) {
  EXPECT_THAT(Statements("Tom Lee spoke for an hour, in what he called a \"farewell,\" and "
                         "then left."),
              ElementsAre(Found{"a \"farewell,\"", "Tom Lee", "mixed"}));
  EXPECT_THAT(Statements("In what Tom Lee described as a farewell, the port shut."),
              ElementsAre(Found{"as a farewell", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, GaveAssurancesAndWentOnAfterTheClause) {
  // "gave" is a light verb before a noun cue, as "made" and "voiced" are.
  EXPECT_THAT(Statements("Ann Ray gave firm assurances that she would keep the ferry."),
              ElementsAre(Found{"she would keep the ferry", "Ann Ray", "indirect"}));
  // ", but went on": the speaker's next act ends the reported clause.
  EXPECT_THAT(Statements("Tom Lee joked that the pier was a ruin, but went on to praise Ray."),
              ElementsAre(Found{"the pier was a ruin", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, SectionLabelBeforeASentenceWithItsOwnSpeaker) {
  // A label and a colon before a name and its appositive: the colon opens the subject's
  // clause, and the name speaks.
  EXPECT_THAT(Statements("Ferry plan is shelved.\n\nVoter turnout: Ray, who leads the party, "
                         "said the rules deny many voters a say."),
              ElementsAre(Found{"the rules deny many voters a say", "Ray", "indirect"}));
  EXPECT_THAT(Statements("Ferry plan is shelved.\n\nVoter turnout: Ann Ray, a senator, said "
                         "closed primaries deny many voters a say."),
              ElementsAre(Found{"closed primaries deny many voters a say", "Ann Ray",
                                "indirect"}));
  // Hard negative: in the headline, the label's claim is the label's.
  EXPECT_THAT(Statements("Ray: Lee should have thanked me for the pier\n\nThe pier opened."),
              ElementsAre(Found{"Lee should have thanked me for the pier", "Ray", "indirect"}));
}

TEST(ReportedSpeechTest, CounterToIsNoRebuttal) {
  // "runs counter to" means "goes against": no statement, and "runs" is no speaker.
  EXPECT_THAT(Statements("The agenda, like Ray's, runs counter to what riders want."),
              IsEmpty());
  // Hard negative: the verb "counter" still reports.
  EXPECT_THAT(Statements("Critics counter that the agenda is weak."),
              ElementsAre(Found{"the agenda is weak", "Critics", "indirect"}));
}

TEST(SpeakerTest, RoleForAModifiedPluralIsTheSpeaker) {
  // "a lawyer for dock workers": the plural after "for" may have modifiers; the role speaks.
  EXPECT_THAT(Statements("A lawyer for dock workers said the pier is shut."),
              ElementsAre(Found{"the pier is shut", "lawyer for dock workers", "indirect"}));
  EXPECT_THAT(Statements("\"Nothing changed,\" an aide for committee Democrats said."),
              ElementsAre(Found{"Nothing changed,", "aide for committee Democrats",
                                "direct"}));
  // Hard negative: "the" after "for" was read so before.
  EXPECT_THAT(Statements("A lawyer for the dock workers said the pier is shut."),
              ElementsAre(Found{"the pier is shut", "lawyer for the dock workers",
                                "indirect"}));
}

TEST(ReportedSpeechTest, AdmittedIntoIsLetIn) {
  // "admitted into" or "through" lets someone in; nobody owns up to anything.
  EXPECT_THAT(Statements("Refugees admitted into the country face long checks."), IsEmpty());
  EXPECT_THAT(Statements("No riot was traced to anyone admitted through the ferry program."),
              IsEmpty());
  // Hard negative: "admitted that" owns up.
  EXPECT_THAT(Statements("Tom Lee admitted that the pier was shut."),
              ElementsAre(Found{"the pier was shut", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, RelativePronounAsTheCuesPrepositionalObject) {
  // "whom Ray referred to in ...": the pronoun is the object of "to"; what follows the
  // preposition is no one's words.
  EXPECT_THAT(Statements("The riders, whom Ann Ray referred to in her talk, were soaked."),
              IsEmpty());
  EXPECT_THAT(Statements("The toll that Tom Lee talked about on Monday is dead."), IsEmpty());
  // Hard negative: "as" after the preposition. (Its clause ends at the comma before the main
  // verb, in the past.)
  EXPECT_THAT(Statements("The lead, which the Ray team refers to as a moat, grew."),
              ElementsAre(Found{"which", "Ray team", "indirect"},
                          Found{"as a moat", "Ray team", "indirect"}));
}

TEST(ReportedSpeechTest, RelativeClauseInAnOpeningParticiplePhraseEndsAtItsComma) {
  // The participle's phrase ends at the comma before the main clause, and so does what its
  // relative clause reports.
  EXPECT_THAT(Statements("Citing a survey that found the pier was unsafe, the board shut it."),
              ElementsAre(Found{"the pier was unsafe", "survey", "indirect"}));
  EXPECT_THAT(Statements("Heeding a judge who argued the case was closed, the board met."),
              ElementsAre(Found{"the case was closed", "judge", "indirect"}));
  // Hard negative: a clause's own list after a main clause's cue is not cut.
  EXPECT_THAT(Statements("Listing the costs, Ray added that Lee is a failure, a fraud."),
              ElementsAre(Found{"Lee is a failure, a fraud", "Ray", "indirect"}));
}

TEST(ReportedSpeechTest, ClauseWithItsOwnCueAfterAnInterjectedAttribution) {
  // "A, records show, and experts say B": B is the experts', not the records'.
  EXPECT_THAT(Statements("The ferry was sold in 2011, records show, and brokers say it is now "
                         "worth less."),
              ElementsAre(Found{"The ferry was sold in 2011", "records", "indirect"},
                          Found{"it is now worth less", "brokers", "indirect"}));
  // So is a clause with a later attribution of its own.
  EXPECT_THAT(Statements("Fares rose, Ann Ray said, but the ferry ran late, Tom Lee said."),
              ElementsAre(Found{"Fares rose", "Ann Ray", "indirect"},
                          Found{"the ferry ran late", "Tom Lee", "indirect"}));
  // And "A, X reported, while B, Y reported": each source its own half.
  EXPECT_THAT(Statements("Marchers held roses aloft, Elm TV reported, while in Oakport the "
                         "parade began late, the Oakport Times reported."),
              ElementsAre(Found{"Marchers held roses aloft", "Elm TV", "indirect"},
                          Found{"in Oakport the parade began late", "Oakport Times",
                                "indirect"}));
  // And after "though" or "but", a pronoun's own cue: "he said" is not in the content.
  EXPECT_THAT(Statements("The call will be reviewed, a spokesman confirmed, though he said such "
                         "reviews rarely change results."),
              ElementsAre(Found{"The call will be reviewed", "spokesman", "indirect"},
                          Found{"such reviews rarely change results", "spokesman",
                                "indirect"}));
  EXPECT_THAT(Statements("Fares rose, Ann Ray said, but she said the ferry ran late."),
              ElementsAre(Found{"Fares rose", "Ann Ray", "indirect"},
                          Found{"the ferry ran late", "Ann Ray", "indirect"}));
  // Hard negatives: without a cue of its own, or with an infinitive, the tail stays the
  // attribution's.
  EXPECT_THAT(Statements("The ferry was sold in 2011, Lee said, and it is now worth less."),
              ElementsAre(Found{"The ferry was sold in 2011", "Lee", "indirect"},
                          Found{"and it is now worth less", "Lee", "indirect"}));
  EXPECT_THAT(Statements("She read his drafts, Lee says, and was quick to contradict him."),
              ElementsAre(Found{"She read his drafts", "Lee", "indirect"},
                          Found{"and was quick to contradict him", "Lee", "indirect"}));
}

TEST(ReportedSpeechTest, BaseFormAfterDeterminerAndSingularWordIsANoun) {
  // "The harsh talk": "harsh" as a subject would take "talks"; "talk" is the noun.
  EXPECT_THAT(Statements("The harsh talk about riders upset her."), IsEmpty());
  // Hard negatives: plurals without -s say things.
  EXPECT_THAT(Statements("The women say the pier is shut."),
              ElementsAre(Found{"the pier is shut", "women", "indirect"}));
  EXPECT_THAT(Statements("The police say the pier is shut."),
              ElementsAre(Found{"the pier is shut", "police", "indirect"}));
}

TEST(ReportedSpeechTest, NounCueWithItsSourceAfterFrom) {
  // "warnings from experts that ...": the source after "from" says the clause.
  EXPECT_THAT(Statements("The plan drew warnings from engineers that the pier would fail."),
              ElementsAre(Found{"the pier would fail", "engineers", "indirect"}));
  EXPECT_THAT(Statements("Lee has resisted calls from some party elders to quit the race."),
              ElementsAre(Found{"quit the race", "party elders", "indirect"}));
  // Hard negative: "to" before a noun phrase is no infinitive.
  EXPECT_THAT(Statements("The board passed on calls from the riders to the mayor."), IsEmpty());
}

TEST(SpeakerTest, ObjectBeforeAnInfinitiveOwnsThePronounsNounCue) {
  // "forced Tom Lee to drop his opposition to": Lee is the infinitive's subject and "his".
  EXPECT_THAT(Statements("The vote forced Tom Lee to drop his opposition to the toll."),
              ElementsAre(Found{"the toll", "Tom Lee", "indirect"}));
  // Hard negative: a pronoun of the other gender is someone else's.
  EXPECT_THAT(Statements("The vote forced Ann Ray to drop his opposition to the toll."),
              ElementsAre(Found{"the toll", "", "indirect"}));
}

TEST(ReportedSpeechTest, EchoWithoutASpeakerOnlyResembles) {
  EXPECT_THAT(Statements("The clash echoes a row over the pier in June."), IsEmpty());
  EXPECT_THAT(Statements("The hall echoed with cheers."), IsEmpty());
  // Hard negative: people echo words.
  EXPECT_THAT(Statements("Critics echoed the call for a new pier."),
              ElementsAre(Found{"the call for a new pier", "Critics", "indirect"}));
}

TEST(SpeakerTest, OpeningParticiplePhraseIsNoSpeaker) {
  // "Holding signs": the sentence's opening participle and its object name nobody.
  EXPECT_THAT(Statements("Holding signs calling Lee a fraud, the crowd marched."), IsEmpty());
  // Hard negatives: a participle modifying people, and names after it.
  EXPECT_THAT(Statements("Striking workers said the pier is shut."),
              ElementsAre(Found{"the pier is shut", "Striking workers", "indirect"}));
  EXPECT_THAT(Statements("Trailing rivals Ann Ray and Tom Lee said the race is close."),
              ElementsAre(Found{"the race is close", "Ann Ray and Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, ParticipleBeforeToAfterANounForNoPersonIsPassive) {
  // "the states expected to be pivotal": a reduced passive; nobody's expectation is named.
  EXPECT_THAT(Statements("Ray sent more staff to the states expected to be close."), IsEmpty());
  // Hard negatives: people expect things, and "them" is the object of "of".
  EXPECT_THAT(Statements("The analysts expected to see gains."),
              ElementsAre(Found{"to see gains", "analysts", "indirect"}));
  EXPECT_THAT(Statements("All of them wanted to see gains."),
              ElementsAre(Found{"to see gains", "All of them", "indirect"}));
}

TEST(ReportedSpeechTest, PluralNounCuesAndTheirRelativeThat) {
  // The plurals of noun cues take "that" as the singulars do.
  EXPECT_THAT(Statements("The inquiry undercut Ann Ray's statements that the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Ann Ray", "indirect"}));
  // A "suit" claims as a lawsuit does; "that" before a verb opens a relative clause, not
  // what the statements said.
  EXPECT_THAT(Statements("The suit claims that Lee made statements that hurt her name."),
              ElementsAre(Found{"Lee made statements that hurt her name", "suit",
                                "indirect"}));
  EXPECT_THAT(Statements("Lee's claims that damaged her name were false."), IsEmpty());
  // "many of Ann Ray's claims": the share is no part of the owner.
  EXPECT_THAT(Statements("The inquiry undercut many of Ann Ray's claims that the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Ann Ray", "indirect"}));
  // "issued statements condemning": the plural document, as "a statement condemning".
  EXPECT_THAT(Statements("The three mayors issued statements condemning the fire."),
              ElementsAre(Found{"the fire", "three mayors", "indirect"}));
}

TEST(SpeakerTest, NoneIsAGroupWord) {
  // "none" opens a clause of its own after ", and", as "nobody" does.
  EXPECT_THAT(Statements("The mayors condemned the fire, and none has claimed they want a pier."),
              ElementsAre(Found{"the fire", "mayors", "indirect"},
                          Found{"they want a pier", "none", "indirect"}));
  EXPECT_THAT(Statements("None of the mayors said the pier is safe."),
              ElementsAre(Found{"the pier is safe", "None of the mayors", "indirect"}));
}

TEST(ReportedSpeechTest, SourceInsideAParenthesisReportsOnlyIt) {
  EXPECT_THAT(Statements("Fares rose 81 percent (the real rise is 15 percent, according to Elm "
                         "Check)."),
              ElementsAre(Found{"the real rise is 15 percent", "Elm Check", "indirect"}));
  // Hard negative: outside a parenthesis the clause before the comma is the source's.
  EXPECT_THAT(Statements("The real rise is 15 percent, according to Elm Check."),
              ElementsAre(Found{"The real rise is 15 percent", "Elm Check", "indirect"}));
}

TEST(QuoteTest, MoreFromASourceAfterADash) {
  // "- More from Ray and Lee: "..."": the source after "from", after a dash as at the start,
  // and two names joined by "and".
  EXPECT_THAT(Statements("Signs of a shift had shown for weeks - More from Ray and Lee: "
                         "\"Data from our firm shows both issues were in play.\""),
              ElementsAre(Found{"Data from our firm shows both issues were in play.",
                                "Ray and Lee", "direct"}));
  EXPECT_THAT(Statements("More from Ann Ray: \"The ferry is late.\""),
              ElementsAre(Found{"The ferry is late.", "Ann Ray", "direct"}));
}

TEST(SpeakerTest, TheirAfterALightVerbIsItsPluralSubjects) {
  // "shared their concerns about": "their" is the plural subject's; "share" is a light verb.
  EXPECT_THAT(Statements("Most of those polled shared their doubts about the fares."),
              ElementsAre(Found{"the fares", "Most of those polled", "indirect"}));
  EXPECT_THAT(Statements("Riders shared their concerns about the pier."),
              ElementsAre(Found{"the pier", "Riders", "indirect"}));
  // Hard negative: one person's subject does not own "their".
  EXPECT_THAT(Statements("Tom Lee shared their concerns about the pier."),
              ElementsAre(Found{"the pier", "", "indirect"}));
}

TEST(ReportedSpeechTest, NamingParticipleWithTheIsNoAttribution) {
  // ", called the Elm Forum,": "called" names the noun before it, also with "the".
  EXPECT_THAT(Statements("Ann Ray disliked the meetings of ferry owners, called the Elm Forum, "
                         "that the board held abroad."),
              IsEmpty());
  EXPECT_THAT(Statements("A rider group, called Harbor Watch, said the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "rider group", "indirect"}));
}

TEST(ReportedSpeechTest, ParticipleOfALaterSubordinateClausesSubject) {
  // The main clause's subject cannot speak; the subordinate clause's can.
  EXPECT_THAT(Statements("The row erupted a week after the tycoon entered the race with harsh "
                         "words about the port, calling its owners crooks."),
              ElementsAre(Found{"its owners crooks", "tycoon", "indirect"}));
  // Hard negative: a main clause's subject that can speak keeps the participle.
  EXPECT_THAT(Statements("Ann Ray left the hall after the vote ended, calling it a sham."),
              ElementsAre(Found{"it a sham", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray left the hall after Tom Lee arrived, calling it a sham."),
              ElementsAre(Found{"it a sham", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, MogulIsARole) {
  EXPECT_THAT(Statements("Real estate mogul Tom Lee drew boos when he told Ann Ray to quiet "
                         "down."),
              ElementsAre(Found{"to quiet down", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, ClauseEndsBeforePeopleFamiliarWithSay) {
  // ", and pilots familiar with the harbor say B": a plural that opens its phrase before
  // "familiar" or "close" is a subject whose present tense is finite.
  EXPECT_THAT(Statements("Ann Ray said the plan is dead, and pilots familiar with the harbor "
                         "say it will not return."),
              ElementsAre(Found{"the plan is dead", "Ann Ray", "indirect"},
                          Found{"it will not return", "pilots familiar with the harbor",
                                "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the plan is dead, but aides close to the mayor say it "
                         "will not return."),
              ElementsAre(Found{"the plan is dead", "Ann Ray", "indirect"},
                          Found{"it will not return", "aides close to the mayor",
                                "indirect"}));
}

TEST(SpeakerTest, BareVerbAfterAModalIsNoSpeaker) {
  // "can (reasonably) campaign saying": the word after a modal is a verb; the clause's
  // subject speaks.
  EXPECT_THAT(Statements("Riders can reasonably campaign saying that the fares are too high."),
              ElementsAre(Found{"the fares are too high", "Riders", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray will campaign saying that the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "Ann Ray", "indirect"}));
  // With an object after the verb, the object does the participle.
  EXPECT_THAT(Statements("The pilots will hold banners proclaiming that the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "banners", "indirect"}));
}

TEST(SpeakerTest, IrregularPastInsideTheParticiplesObjectPhrase) {
  // "the board withdrew notices seeking": the phrase runs over the clause's verb.
  EXPECT_THAT(Statements("The board withdrew notices seeking a review of the pier deal."),
              ElementsAre(Found{"a review of the pier deal", "board", "indirect"}));
  // "who spent much of his speech defending": the verb's own subject.
  EXPECT_THAT(Statements("The remarks may have stung the former mayor, who spent much of his "
                         "speech defending his record on the pier."),
              ElementsAre(Found{"his record on the pier", "former mayor", "indirect"}));
  // Hard negative: after "left", the object does the participle.
  EXPECT_THAT(Statements("The fare rise has left most riders saying the ferry is too dear."),
              ElementsAre(Found{"the ferry is too dear", "riders", "indirect"}));
}

TEST(SpeakerTest, CueWordAfterAnOwnersPossessiveInTheSubjectIsANoun) {
  // "familiar with the mayor's thinking said": "thinking" is a noun after the possessive.
  EXPECT_THAT(Statements("A source familiar with the mayor's thinking said the plan is dead."),
              ElementsAre(Found{"the plan is dead", "source familiar with the mayor's thinking",
                                "indirect"}));
  EXPECT_THAT(Statements("Aides close to Ray's plans said, \"The pier will wait.\""),
              ElementsAre(Found{"The pier will wait.", "Aides close to Ray's plans", "direct"}));
}

TEST(QuoteTest, AttributionInARelativeClauseLendsNoSpeakerToTheNextQuote) {
  // "told a hall that organizers estimated held 400": the relative clause's subject is no
  // speaker of the quotation after the sentence.
  EXPECT_THAT(Statements("\"The pier is old,\" the former mayor told a hall that organizers "
                         "estimated held 400 people. \"We need a new one.\""),
              ElementsAre(Found{"The pier is old,", "former mayor", "direct"},
                          Found{"held 400 people", "organizers", "indirect"},
                          Found{"We need a new one.", "former mayor", "direct"}));
}

TEST(SpeakerTest, TheyAfterASubordinatorIsTheGroupOpeningItsSentence) {
  // "Liberals got mad because they ...": the sentence's own group, not an earlier one.
  EXPECT_THAT(Statements("Critics praised the pier. Liberals got mad because they did not "
                         "think Lee did enough."),
              ElementsAre(Found{"the pier", "Critics", "indirect"},
                          Found{"Lee did enough", "Liberals", "indirect"}));
  // Hard negative: at a sentence's start, "they" goes on with the earlier group.
  EXPECT_THAT(Statements("Critics praised the pier. They think Lee did enough."),
              ElementsAre(Found{"the pier", "Critics", "indirect"},
                          Found{"Lee did enough", "Critics", "indirect"}));
}

TEST(CueTest, ParticipleAfterMostIsAnAdjective) {
  // "The most telling promise": "telling" after "the most" is an adjective.
  EXPECT_THAT(Statements("The most telling promise Ann Ray has made is to fix the pier."),
              IsEmpty());
  EXPECT_THAT(Statements("The most challenging moment of the year came in May."), IsEmpty());
}

TEST(SpeakerTest, OfficeAfterForIsPartOfAGroupsPhrase) {
  // "candidates for governor said": the office the candidates run for, not the speaker.
  EXPECT_THAT(Statements("Two candidates for governor said the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "Two candidates for governor",
                                "indirect"}));
  EXPECT_THAT(Statements("The leading candidates for mayor Thursday lashed out at the fares."),
              ElementsAre(Found{"the fares", "leading candidates for mayor", "indirect"}));
}

TEST(SpeakerTest, NameAndItsOwnGroupAreOneSubject) {
  // "Ray and her aides said": the name and the group joined by "and" and "her" speak.
  EXPECT_THAT(Statements("Ray and her aides have repeatedly said the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "Ray and her aides", "indirect"}));
  EXPECT_THAT(Statements("But Mr. Lee and his colleagues found that the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "Mr. Lee and his colleagues",
                                "indirect"}));
}

TEST(SpeakerTest, ParticipleAfterAnArticleModifiesTheOpeningSubject) {
  // "The retired teacher ..., saying": "retired" between "The" and its noun is no verb.
  EXPECT_THAT(Statements("The retired teacher spoke in an interview, saying that the pier is "
                         "old."),
              ElementsAre(Found{"the pier is old", "retired teacher", "indirect"}));
  EXPECT_THAT(Statements("The newly elected mayor spoke on the radio, saying that the pier is "
                         "old."),
              ElementsAre(Found{"the pier is old", "newly elected mayor", "indirect"}));
}

TEST(ReportedSpeechTest, CueInAnOpeningParticiplesPhraseLendsNoSpeakerToTheMainClause) {
  // "Adopting the advice of an inspector who considered ..., the board ... and ordered": the
  // main clause's subject orders.
  EXPECT_THAT(Statements("Adopting the advice of a port inspector who considered the case, "
                         "the board on Monday rejected both claims, ruled Lee eligible and "
                         "ordered that the pier be shut."),
              Contains(Found{"the pier be shut", "board", "indirect"}));
}

TEST(SpeakerTest, WhoAfterOfTakesThePersonNotTheThing) {
  // "the advice of a port inspector who said": the inspector speaks.
  EXPECT_THAT(Statements("The pier was shut on the advice of a port inspector who said it was "
                         "unsafe."),
              ElementsAre(Found{"it was unsafe", "port inspector", "indirect"}));
  // Hard negative: a group before "of" keeps its phrase.
  EXPECT_THAT(Statements("The pier was shut after talks with members of the board who said it "
                         "was unsafe."),
              ElementsAre(Found{"it was unsafe", "members of the board", "indirect"}));
}

TEST(ReportedSpeechTest, ParticipleAfterAPrepositionInAWhoClauseIsTheAntecedents) {
  // "Ray, who won the seat after arguing that": Ray argued, not the sentence's subject.
  EXPECT_THAT(Statements("The mayor praised Ray, who won the seat after arguing that the pier "
                         "was unsafe."),
              Contains(Found{"the pier was unsafe", "Ray", "indirect"}));
  EXPECT_THAT(Statements("The vote is a blow to the senator, who began her bid by declaring "
                         "that the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "senator", "indirect"}));
}

TEST(SpeakerTest, IrregularPastEndsTheAntecedentsPhrase) {
  // "Lee met Ray, who said": "met" is a verb; "who" is Ray.
  EXPECT_THAT(Statements("Lee met Ray, who said the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "Ray", "indirect"}));
  EXPECT_THAT(Statements("The mayor met Ray, who told him the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "Ray", "indirect"}));
  // "spent much of his speech railing against": the verb's subject rails.
  EXPECT_THAT(Statements("It is an irony: Lee spent much of his speech railing against the "
                         "pier plan."),
              ElementsAre(Found{"the pier plan", "Lee", "indirect"}));
  // Hard negative: a group after the verb does the participle.
  EXPECT_THAT(Statements("Ray met voters complaining about the pier."),
              ElementsAre(Found{"the pier", "voters", "indirect"}));
}

TEST(ReportedSpeechTest, GoingSoFarAsToArgueIsTheSubjectsOwnWords) {
  // "went so far as to argue": a degree of going on, as "went on to argue" is.
  EXPECT_THAT(Statements("Ray went so far as to argue that the ferry is finished."),
              ElementsAre(Found{"the ferry is finished", "Ray", "indirect"}));
  EXPECT_THAT(Statements("The Elm Times columnist Ann Ray went as far as to say: \"The ferry "
                         "is finished.\""),
              ElementsAre(Found{"The ferry is finished.", "Ann Ray", "direct"}));
  // Hard negative: "so far" alone is no such degree.
  EXPECT_THAT(Statements("Ray has so far refused to say whether the ferry is finished."),
              IsEmpty());
}

TEST(SpeakerTest, OneWordNameWithAnAppositiveAfterAConjunctionOrSubordinator) {
  // "but Ray, a senator, said": the name after the clause's conjunction speaks.
  EXPECT_THAT(Statements("Lee left, but Ray, a senator, said that the plan works."),
              ElementsAre(Found{"the plan works", "Ray", "indirect"}));
  // ... also with an adverb or auxiliary between the appositive and the cue.
  EXPECT_THAT(Statements("Lee left, and Ray, a senator, also said that the plan works."),
              ElementsAre(Found{"the plan works", "Ray", "indirect"}));
  EXPECT_THAT(Statements("The vote fails because Ray, a senator, will say that the plan "
                         "works."),
              ElementsAre(Found{"the plan works", "Ray", "indirect"}));
  EXPECT_THAT(Statements("It is unclear whether Ray, a senator, said that the plan works."),
              ElementsAre(Found{"the plan works", "Ray", "indirect"}));
  // Hard negative: an adverb after the comma goes on with the first clause's subject.
  EXPECT_THAT(Statements("Ray hired Lee last week, then said that the plan works."),
              ElementsAre(Found{"the plan works", "Ray", "indirect"}));
}

TEST(SpeakerTest, CapitalizedTitleWithItsComplementAndNoNameIsTheOffice) {
  // "the Ambassador to France": the office's holder, named by the office.
  EXPECT_THAT(Statements("The ferry will stop, Elm\u2019s Ambassador to France confirmed."),
              ElementsAre(Found{"The ferry will stop", "Ambassador to France", "indirect"}));
  EXPECT_THAT(Statements("The Envoy to the Elm Isles said that the ferry will stop."),
              ElementsAre(Found{"the ferry will stop", "Envoy to the Elm Isles", "indirect"}));
  EXPECT_THAT(Statements("The Oakport Envoy to Elm said the ferry will stop."),
              ElementsAre(Found{"the ferry will stop", "Oakport Envoy to Elm", "indirect"}));
  // Hard negative: a name after the title and its complement is the speaker.
  EXPECT_THAT(Statements("Envoy to the Elm Isles Ann Ray said that the ferry will stop."),
              ElementsAre(Found{"the ferry will stop", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, RelativeClauseObjectEndsAtTheMainVerbPastAdverbs) {
  // "Voters who had long backed Lee say": the object of the relative clause's verb ends
  // at the main clause's verb, with auxiliaries or adverbs after "who" too.
  EXPECT_THAT(Statements("Voters who had long backed Lee said they now back Ray."),
              ElementsAre(Found{"Lee", "Voters", "indirect"},
                          Found{"they now back Ray", "Voters", "indirect"}));
  // ... and so does a topic after a topic verb.
  EXPECT_THAT(Statements("Riders who have often complained about the ferry say it is late."),
              ElementsAre(Found{"the ferry", "Riders", "indirect"},
                          Found{"it is late", "Riders", "indirect"}));
  // Hard negative: a relative clause inside the object keeps its verb.
  EXPECT_THAT(Statements("Voters who once backed the plan that Lee drafted say it works."),
              ElementsAre(Found{"the plan that Lee drafted", "Voters", "indirect"},
                          Found{"it works", "Voters", "indirect"}));
}

TEST(ReportedSpeechTest, RelativeClauseContentEndsAtTheMainVerbOfSaying) {
  // "Critics who argued that A say B": the relative clause's content ends at the main
  // clause's verb of saying.
  EXPECT_THAT(Statements("Critics who argued that the ferry is late say it must stop."),
              ElementsAre(Found{"the ferry is late", "Critics", "indirect"},
                          Found{"it must stop", "Critics", "indirect"}));
  EXPECT_THAT(Statements("Riders who want to keep the ferry said the fares are too high."),
              ElementsAre(Found{"to keep the ferry", "Riders", "indirect"},
                          Found{"the fares are too high", "Riders", "indirect"}));
  // After the sentence's conjunction, the relative clause's antecedent speaks.
  EXPECT_THAT(Statements("And many who backed Ray say the fares are high."),
              ElementsAre(Found{"Ray", "many", "indirect"},
                          Found{"the fares are high", "many", "indirect"}));
  // Hard negatives: a verb after its clause's subject, or after an auxiliary, is the inner
  // clause's.
  EXPECT_THAT(Statements("He is a mayor who knows what voters say."),
              ElementsAre(Found{"what voters say", "mayor", "indirect"}));
  EXPECT_THAT(Statements("The rider who posted it was roundly condemned."),
              ElementsAre(Found{"it was roundly condemned", "rider", "indirect"}));
}

TEST(SpeakerTest, NamesListedInARelativeClauseAreItsObjectNotTheSpeaker) {
  // "Leaders who work for Lee or Ann Moss said": the last name of the list is an object.
  EXPECT_THAT(Statements("Local leaders who would rather work for Lee or Ray or Ann Moss said "
                         "they back the plan."),
              ElementsAre(Found{"they back the plan", "Local leaders", "indirect"}));
  EXPECT_THAT(Statements("Local leaders who\u2019d rather campaign for Lee, Ray and Ann Moss "
                         "said they back the plan."),
              ElementsAre(Found{"they back the plan", "Local leaders", "indirect"}));
  // Hard negative: a list of names that opens its clause speaks.
  EXPECT_THAT(Statements("The plan is unsafe, Lee, Ray and Ann Moss said."),
              ElementsAre(Found{"The plan is unsafe", "Lee, Ray and Ann Moss", "indirect"}));
}

TEST(ReportedSpeechTest, TimeSpentDoingTheCueIsTheVerbsObject) {
  // "Lee spent the day railing against": the time is what was spent; Lee rails.
  EXPECT_THAT(Statements("Lee spent the day railing against the ferry plan."),
              ElementsAre(Found{"the ferry plan", "Lee", "indirect"}));
  EXPECT_THAT(Statements("Ray has spent months warning that the ferry is unsafe."),
              ElementsAre(Found{"the ferry is unsafe", "Ray", "indirect"}));
  EXPECT_THAT(Statements("Ray spent most of the week saying the ferry is unsafe."),
              ElementsAre(Found{"the ferry is unsafe", "Ray", "indirect"}));
}

TEST(ReportedSpeechTest, ParticipleRightAfterADocumentIsNoRelativeClausesVerb) {
  // "budget documents reviewed by the Gazette": the documents, not "budget" (nor their
  // reviewer, who only read them).
  EXPECT_THAT(Statements("The city spent $40 million on the ferries, according to budget "
                         "documents reviewed by the Elm Gazette."),
              ElementsAre(Found{"The city spent $40 million on the ferries", "budget documents",
                                "indirect"}));
  // Hard negative: a document, then a relative clause's subject and verb.
  EXPECT_THAT(Statements("The city spent $40 million on the ferries, according to a summary "
                         "the council released Monday."),
              ElementsAre(Found{"The city spent $40 million on the ferries", "summary",
                                "indirect"}));
}

TEST(ReportedSpeechTest, ClauseOfTimeAfterTheCueSaysWhenNotWhat) {
  // `"..." Ray said as she left the room.`: the quote is Ray's; the clause says when.
  EXPECT_THAT(Statements("\"We did it!\" Ray said as she left the room."),
              ElementsAre(Found{"We did it!", "Ray", "direct"}));
  // Alone, the attribution has no content.
  EXPECT_THAT(Statements("Ray said as she left the room."), IsEmpty());
  // Hard negative: with a clause of its own after the clause of time, the words are what
  // was said.
  EXPECT_THAT(Statements("Lee said when I called he was busy."),
              ElementsAre(Found{"when I called he was busy", "Lee", "indirect"}));
}

TEST(ReportedSpeechTest, NounPhraseAfterAMidSentenceSourceDescribesIt) {
  // "A, according to X, the Y of Z.": a noun phrase with no verb is X's profile.
  EXPECT_THAT(Statements("The court needs a third judge, according to the Elm Judicial "
                         "Council, the policy arm of the courts."),
              ElementsAre(Found{"The court needs a third judge", "Elm Judicial Council",
                                "indirect"}));
  EXPECT_THAT(Statements("The pier will close, according to Ann Ray, one of the pier's "
                         "owners."),
              ElementsAre(Found{"The pier will close", "Ann Ray", "indirect"}));
  // Hard negative: a clause after the source is the statement's second half.
  EXPECT_THAT(Statements("The pier will close, according to the board, the city will pay."),
              ElementsAre(Found{"The pier will close", "board", "indirect"},
                          Found{"the city will pay", "board", "indirect"}));
}

TEST(QuoteTest, WorkTitlesAfterACommaAndListsOfQuotedTermsAreNoStatements) {
  // "her film, "Trainwreck."": the name of a work after its noun and a comma.
  EXPECT_THAT(Statements("Ray became famous after her first film, \"Undertow.\""), IsEmpty());
  EXPECT_THAT(Statements("The actor, who also stars in the Elm TV thriller, \"Undertow,\" "
                         "returns to the stage."),
              IsEmpty());
  // "words such as "ferry," "pier," ...": a list of quoted terms.
  EXPECT_THAT(Statements("Clerks searched for words such as \"ferry,\" \"pier,\" "
                         "\"Oakport,\" and \"fare rise.\""),
              IsEmpty());
  // Hard negatives: one-word sentences in a row, and chants joined by "and", are quotes.
  EXPECT_THAT(Statements("Ann Ray said \"Go.\" \"Go.\""),
              ElementsAre(Found{"Go.", "Ann Ray", "direct"}, Found{"Go.", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("The riders shouted at her, \"Fix the pier,\" and \"Save the "
                         "ferry.\""),
              Contains(Found{"Fix the pier,", "riders", "direct"}));
}

TEST(ReportedSpeechTest, ReducedPassiveWithItsAgentAfterACommaSaysNothing) {
  // "an analysis, first reported by the Globe,": the analysis was reported; the clause's
  // subject did not report "by the Globe".
  EXPECT_THAT(Statements("Ray ordered a review of the pier, first reported by the Elm Globe, "
                         "which found cracks."),
              ElementsAre(Found{"a review of the pier", "Ray", "indirect"}));
  // Hard negative: an adverb, then the subject's own verb of saying.
  EXPECT_THAT(Statements("Ray ordered a review of the pier, then said it was unsafe."),
              Contains(Found{"it was unsafe", "Ray", "indirect"}));
}

TEST(ReportedSpeechTest, ParticipleOfTellingAfterTheAdjunctSkipsItsListener) {
  // "wrote to investors, telling them ...": what was written, without "them".
  EXPECT_THAT(Statements("Ray wrote to investors, telling them the firm was strong."),
              ElementsAre(Found{"the firm was strong", "Ray", "indirect"}));
  EXPECT_THAT(Statements("Ray wrote to supporters, saying that the firm was strong."),
              ElementsAre(Found{"the firm was strong", "Ray", "indirect"}));
}

TEST(ReportedSpeechTest, OpeningAdverbialsBeforeTheSubjectAreNoClauseReported) {
  // "On Tuesday, even as shares fell, Ray wrote to investors, ...": no main clause before
  // the subject, so nothing before it was written.
  EXPECT_THAT(Statements("On Tuesday, even as shares were falling, Ray wrote to investors, "
                         "telling them the firm was strong."),
              ElementsAre(Found{"the firm was strong", "Ray", "indirect"}));
  // Hard negatives: a clause before the subject is what was said, with a condition too.
  EXPECT_THAT(Statements("The pier is unsafe, Ray told reporters."),
              ElementsAre(Found{"The pier is unsafe", "Ray", "indirect"}));
  EXPECT_THAT(Statements("If the vote fails, the party will split, Li said."),
              ElementsAre(Found{"If the vote fails, the party will split", "Li", "indirect"}));
}

TEST(ReportedSpeechTest, LongerOpeningAdverbialIsNoHalfOfTheStatement) {
  // "In the third debate of the race Saturday, Ray apologized ...": an adverbial of seven
  // or eight words sets the scene; it was not said.
  EXPECT_THAT(Statements("In the third ferry board debate on Saturday, Ray apologized to riders "
                         "for the delays."),
              ElementsAre(Found{"for the delays", "Ray", "indirect"}));
}

TEST(ReportedSpeechTest, ListenerOfModifiersARoleAndANameBeforeThat) {
  // "told conservative radio host Ann Ray that": the listener ends with the name.
  EXPECT_THAT(Statements("Lee told local radio host Ann Ray that the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Lee", "indirect"}));
  // Hard negative: a lower-case noun phrase alone before "that" is the listener too.
  EXPECT_THAT(Statements("Lee told fellow lawmakers that the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Lee", "indirect"}));
}

TEST(ReportedSpeechTest, NounCueClauseOpeningTheSentenceEndsAtTheMainVerb) {
  // "Ray's claim that the pier is unsafe drew criticism": the clause has its own verb; the
  // next one is the main clause's.
  EXPECT_THAT(Statements("Ray's claim that the pier is unsafe drew criticism from Lee."),
              ElementsAre(Found{"the pier is unsafe", "Ray", "indirect"}));
  EXPECT_THAT(Statements("Ray's warning that the pier could collapse was ignored by the "
                         "board."),
              ElementsAre(Found{"the pier could collapse", "Ray", "indirect"}));
  // Hard negative: a participle after a quantifier is no verb of the clause.
  EXPECT_THAT(Statements("Ray's claim that many unpaid workers are angry is wrong."),
              ElementsAre(Found{"many unpaid workers are angry", "Ray", "indirect"}));
}

TEST(SpeakerTest, AdverbBeforeAnOpeningSubordinateClause) {
  // "Just before it left, the pilot needed ... and asked": the clause with its adverb sets the
  // scene; the subject after its comma is the speaker of the second verb.
  EXPECT_THAT(Statements("Just before the ferry left, the pilot checked the load and asked for "
                         "riders to wait."),
              ElementsAre(Found{"for riders to wait", "pilot", "indirect"}));
  EXPECT_THAT(Statements("Even before the vote, the mayor met the board and asked for a delay."),
              ElementsAre(Found{"for a delay", "mayor", "indirect"}));
}

TEST(CueFilterTest, SayAsTheNounOfARightToDecide) {
  // "has the final say, and though ...": "say" after an article and "final", "last" or a
  // comparative is a noun; the clause after its comma is not its content.
  EXPECT_THAT(Statements("Ann Lee has the final say, and though she told us she will accept "
                         "the advice, critics are angry."),
              ElementsAre(Found{"she will accept the advice", "Ann Lee", "indirect"}));
  EXPECT_THAT(Statements("Riders want a larger say, Lee said."),
              ElementsAre(Found{"Riders want a larger say", "Lee", "indirect"}));
  // Hard negatives: after a plural noun, or a noun in -er, it is the verb.
  EXPECT_THAT(Statements("The older voters say the plan fails."),
              ElementsAre(Found{"the plan fails", "older voters", "indirect"}));
  EXPECT_THAT(Statements("Riders who use the ferry say the plan fails."),
              ElementsAre(Found{"the plan fails", "Riders", "indirect"}));
}

TEST(ReportedSpeechTest, NameAloneAfterANounCuesPreposition) {
  // "her attacks on Lee, striking ...": a name followed by a mark, an adjunct or a verb is
  // the noun cue's whole object, as a stance verb's name object is.
  EXPECT_THAT(Statements("Ann Ray needs to temper her attacks on Lee, striking a softer tone."),
              ElementsAre(Found{"Lee", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee's personal attack on Ann Ray in the debate was a stretch."),
              ElementsAre(Found{"Ann Ray", "Tom Lee", "indirect"}));
  // Hard negatives: a name that modifies a noun, or an infinitive's subject, goes on.
  EXPECT_THAT(Statements("Ann Ray stepped up her attacks on Elm government troops."),
              ElementsAre(Found{"Elm government troops", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, ParticiplesAndDegreeAdverbsBeforeANounCue) {
  // "his renewed call for", "her blistering critique of", "Lee's strikingly personal attacks
  // on": modifiers between the owner and the noun cue; a past tense that is no participle
  // ("came", "drew") ends the content of a noun cue opening the sentence.
  EXPECT_THAT(Statements("Ann Ray's renewed call for a vote came late."),
              ElementsAre(Found{"a vote", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee's blistering critique of the plan drew cheers."),
              ElementsAre(Found{"the plan", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Lee's strikingly personal attacks on Ray are unusual."),
              ElementsAre(Found{"Ray", "Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray's harsh attack on the pier fell flat."),
              ElementsAre(Found{"the pier", "Ann Ray", "indirect"}));
  // Any finite auxiliary, a negated one too, is the main verb.
  EXPECT_THAT(Statements("Ann Ray's support for scrapping the toll isn't shared by the board."),
              ElementsAre(Found{"scrapping the toll", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, TopicEndsBeforeAClauseOfTimeOrReason) {
  // "was talking about the budget when she told ...": a subordinate clause with a subject
  // pronoun of its own says when the subject spoke, not what about.
  EXPECT_THAT(Statements("In May, Ray was talking about the budget when she told Lee that the "
                         "plan was dead."),
              ElementsAre(Found{"the budget", "Ray", "indirect"},
                          Found{"the plan was dead", "Ray", "indirect"}));
  // Hard negative: a clause inside the topic, with no pronoun after its subordinator, stays.
  EXPECT_THAT(Statements("Ray spoke about what happens when voters stay home."),
              ElementsAre(Found{"what happens when voters stay home", "Ray", "indirect"}));
}

TEST(ReportedSpeechTest, OpeningParticipleOfATopicAndAfterASubordinator) {
  // "Reflecting on his career, the senator said": a topic's object is the opening
  // participle's content, for the main clause's subject.
  EXPECT_THAT(Statements("Reflecting on his years at the port, the senator said he had no "
                         "regrets."),
              ElementsAre(Found{"his years at the port", "senator", "indirect"},
                          Found{"he had no regrets", "senator", "indirect"}));
  // "After saying that ..., Lee left": also after a subordinator.
  EXPECT_THAT(Statements("After saying that he was tired, Tom Lee left the stage."),
              ElementsAre(Found{"he was tired", "Tom Lee", "indirect"}));
  // Hard negative: a place or time after the participle is no topic.
  EXPECT_THAT(Statements("While speaking at the pier, Tom Lee dropped his notes."), IsEmpty());
}

TEST(ReportedSpeechTest, VerbOfStartingAfterAndBeforeAGerundCue) {
  // "... and began talking about": the second verb of the subject, with a verb of starting
  // before its gerund as an auxiliary would be.
  EXPECT_THAT(Statements("Ray closed two ferry lines and began talking about what comes next."),
              ElementsAre(Found{"what comes next", "Ray", "indirect"}));
  EXPECT_THAT(Statements("Ray cut the budget and kept insisting that the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Ray", "indirect"}));
}

TEST(SpeakerTest, CopulaSubjectOfTheFirstToDo) {
  // "Ray was the first senator to endorse Lee": the copula's subject does what the
  // infinitive after "the first", "the only" or "the last" and its noun says.
  EXPECT_THAT(Statements("Ray was the first senator to endorse Lee."),
              ElementsAre(Found{"Lee", "Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray was one of the earliest board members to praise the pier."),
              ElementsAre(Found{"the pier", "Ann Ray", "indirect"}));
  // Hard negative: without a copula the noun is no subject's complement.
  EXPECT_THAT(Statements("Ray met the first senator to endorse Lee."), IsEmpty());
}

TEST(CueFilterTest, BareSupportAfterAGroupWordOrThoseAsked) {
  // "most support Ray", "Men support", "the riders surveyed support": the verb after a
  // group word, a plural for people or those asked.
  EXPECT_THAT(Statements("Among riders, most support Ray."),
              ElementsAre(Found{"Ray", "most", "indirect"}));
  EXPECT_THAT(Statements("Men support Ray by four points."),
              ElementsAre(Found{"Ray", "Men", "indirect"}));
  EXPECT_THAT(Statements("Half the riders surveyed support the plan."),
              ElementsAre(Found{"the plan", "riders surveyed", "indirect"}));
  // Hard negative: "38 percent support" is a share of the vote.
  EXPECT_THAT(Statements("Ray leads with 38 percent support; Lee is second."), IsEmpty());
}

TEST(ReportedSpeechTest, NameObjectOfAParticipleOnTheSubjectEndsAtTheMainVerb) {
  // "Riders supporting Ann Ray have ...": the participle's name object ends where the
  // main clause's verb starts.
  EXPECT_THAT(Statements("The ferry fund backing Ann Ray is spending its cash against Lee."),
              Contains(Found{"Ann Ray", "ferry fund", "indirect"}));
  EXPECT_THAT(Statements("Pilots backing Tom Lee began the week with a strike."),
              ElementsAre(Found{"Tom Lee", "Pilots", "indirect"}));
}

TEST(ReportedSpeechTest, RelativeThatAfterAnAdjunctsNounIsNoComplementizer) {
  // "announced her bid with a speech that mocked Lee": "that" before a verb, after the
  // adjunct's noun, opens a relative clause; the object is what was announced.
  EXPECT_THAT(Statements("Ray announced her candidacy with a speech that mocked Lee."),
              ElementsAre(Found{"her candidacy with a speech that mocked Lee", "Ray",
                                "indirect"}));
  // The reported clause's "that" may follow the relative clause.
  EXPECT_THAT(Statements("Ray announced at a rally that drew thousands that the pier would "
                         "close."),
              ElementsAre(Found{"the pier would close", "Ray", "indirect"}));
  // Hard negative: "that" before the clause's subject is the complementizer.
  EXPECT_THAT(Statements("Ray said in a speech that the pier is safe."),
              ElementsAre(Found{"the pier is safe", "Ray", "indirect"}));
}

TEST(ReportedSpeechTest, NameObjectEndsBeforeAClauseOfItsOwn) {
  // "has not endorsed Lee and Elm's Ann Moss dropped ...": "and" before a name and its verb
  // opens a second clause; the object is the name before it.
  EXPECT_THAT(Statements("Ray has not endorsed Lee and Elm's Ann Moss dropped her support."),
              ElementsAre(Found{"Lee", "Ray", "indirect"}));
  // Hard negative: two names joined are one object.
  EXPECT_THAT(Statements("Ray endorsed Lee and Moss last week."),
              ElementsAre(Found{"Lee and Moss", "Ray", "indirect"}));
}

TEST(ReportedSpeechTest, PhraseAboutANameBeforeAColonIsNoSpeaker) {
  // "Another problem for Ray: ...": a phrase about the name, after a preposition of concern,
  // introduces the writer's point.
  EXPECT_THAT(Statements("Ray visited the port.\n\nAnother problem for Ray: the ferries are "
                         "late."),
              IsEmpty());
  // Hard negative: the name alone before the colon is a headline's speaker.
  EXPECT_THAT(Statements("Ray: Ferries Are Late"),
              ElementsAre(Found{"Ferries Are Late", "Ray", "indirect"}));
}

TEST(SpeakerTest, NameWithAppositiveAfterASubordinatorOpeningTheSentence) {
  // "As Ray, a pilot, has said, ...": the capitalized "As" opening the sentence opens the
  // clause whose subject is the name, also before an auxiliary.
  EXPECT_THAT(Statements("As Ray, a pilot, has said, the pier is a trap."),
              ElementsAre(Found{"the pier is a trap", "Ray", "indirect"}));
}

TEST(ReportedSpeechTest, NounCueInAnOpeningAsClause) {
  // "As Mr. Ray seized on it to renew his call to ..., others ...": the clause's subject
  // owns the noun, and its content ends at the clause's comma.
  EXPECT_THAT(Statements("\"We must act,\" said Tom Moss, a writer. As Mr. Ray quickly seized "
                         "on the storm to renew his call to ban ferries, others did the same."),
              ElementsAre(Found{"We must act,", "Tom Moss", "direct"},
                          Found{"ban ferries", "Ray", "indirect"}));
}

TEST(QuoteAttributionTest, ParticipleOfAQuoteVerbAfterTheSentencesAttribution) {
  // `Lee hailed the speech, shouting "We win!"`: the quotation after "shouting" is the
  // clause's subject's, although an attribution came first.
  EXPECT_THAT(Statements("Lee hailed the speech, shouting \"Ray wins, the pier stays!\""),
              ElementsAre(Found{"the speech", "Lee", "indirect"},
                          Found{"Ray wins, the pier stays!", "Lee", "direct"}));
  EXPECT_THAT(Statements("Riders interrupted the speech, chanting \"No more tolls!\""),
              Contains(Found{"No more tolls!", "Riders", "direct"}));
}

TEST(SpeakerTest, CountOfAPluralNounOpeningTheClause) {
  // "Thousands of angry riders walked out, saying ...": the count, its "of" and the plural
  // noun are the participle's subject.
  EXPECT_THAT(Statements("Thousands of angry riders walked out, saying the toll was too high."),
              ElementsAre(Found{"the toll was too high", "Thousands of angry riders",
                                "indirect"}));
}

TEST(RobustnessTest, ThatEndingTheTextAfterACuesAdjunct) {
  // "that" as the text's last token after a cue's adjunct: the test of the word after it
  // must not read past the tokens (found by the fuzzer).
  EXPECT_THAT(Statements("Lee said at the rally that"), IsEmpty());
  EXPECT_THAT(Statements("Lee said in a speech that"), IsEmpty());
}

TEST(ReportedSpeechTest, WhichTimeBeforeThat) {
  // "conceded for the first time that ...": which time it was said, then the clause after
  // "that".
  EXPECT_THAT(Statements("Ann Ray conceded for the first time that the pier had been sold."),
              ElementsAre(Found{"the pier had been sold", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said for the last time in years that the ferry would run."),
              ElementsAre(Found{"the ferry would run", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, NounOfTimeOpeningTheSentenceWithItsClause) {
  // "The day Lee said ..., Ray left": a noun of time with its own clause opens the sentence
  // as a subordinator does, and the content ends at the main clause's comma.
  EXPECT_THAT(Statements("The day Tom Lee said the pier would close, Ann Ray left the board."),
              ElementsAre(Found{"the pier would close", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("By the time Ann Ray learned the ferry was late, the crowd had gone."),
              ElementsAre(Found{"the ferry was late", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, CountOfAPluralNounBeforeAVerbInEd) {
  // "Hundreds of riders marched, chanting ...": the count's plural noun ends the subject
  // before the verb, which is no modifier of it.
  EXPECT_THAT(Statements("Hundreds of riders marched on Monday, chanting \"No more tolls!\""),
              ElementsAre(Found{"No more tolls!", "Hundreds of riders", "direct"}));
  EXPECT_THAT(Statements("Dozens of pro-Ray pilots rallied, saying the toll was too high."),
              ElementsAre(Found{"the toll was too high", "Dozens of pro-Ray pilots",
                                "indirect"}));
}

TEST(ReportedSpeechTest, WordsWithheldAreNoStatement) {
  // "said little about the plan", "would say almost nothing about it": nothing was said.
  EXPECT_THAT(Statements("Tom Lee vowed to fight but said little about how."),
              ElementsAre(Found{"to fight", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray would say almost nothing about the pier."), IsEmpty());
  // (A clause whose subject opens with "nothing" is said: "said nothing about the toll
  // would change".)
  EXPECT_THAT(Statements("Ann Ray said nothing about the toll would change."),
              ElementsAre(Found{"nothing about the toll would change", "Ann Ray",
                                "indirect"}));
}

TEST(ReportedSpeechTest, ThanksToInsideTheContent) {
  // "thanks largely to the toll" is "because of", no verb of thanking that would end the
  // reported clause.
  EXPECT_THAT(Statements("Ann Ray said that since May, thanks largely to the toll, the pier "
                         "has been safer."),
              ElementsAre(Found{"since May, thanks largely to the toll, the pier has been safer",
                                "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, RelativeWhereAfterAMidSentenceSource) {
  // "A, according to X, where ...": a relative clause after the source is no second half of
  // what the source reports.
  EXPECT_THAT(Statements("Ray leads in Elm, according to the Herald's count, where 40 seats "
                         "are at stake."),
              ElementsAre(Found{"Ray leads in Elm", "Herald's count", "indirect"}));
}

TEST(ReportedSpeechTest, PronounObjectOfKnowingIsNoStatement) {
  // "Both crews know it too, and ...": "it" or "this" alone after "know" or "see" is an
  // object, no clause that was thought; "knows this is hard" reports one.
  EXPECT_THAT(Statements("Both crews know it too, and they are spending heavily in Elm."),
              IsEmpty());
  EXPECT_THAT(Statements("Pilots know this and use it to win."), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray knows this is hard."),
              ElementsAre(Found{"this is hard", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, MeasuredTimeClauseOpeningTheSentenceIsNoContent) {
  // "Shortly after Lee spoke, Ray asked him about the toll": a clause of time, opened by a
  // word that measures the time, is no clause that Ray reported; "Only when ... will ..."
  // is a main clause.
  EXPECT_THAT(Statements("Shortly after Tom Lee spoke, Ann Ray asked him about the toll."),
              ElementsAre(Found{"about the toll", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Minutes after the ferry left, Ann Ray said."), IsEmpty());
  EXPECT_THAT(Statements("Only when the pier reopens will riders return, Ann Ray said."),
              ElementsAre(Found{"Only when the pier reopens will riders return", "Ann Ray",
                                "indirect"}));
}

TEST(ReportedSpeechTest, SpanOfTimeBeforeAgoEndsTheAttribution) {
  // "CLAUSE, the Herald reported ten days ago.": a span of time before "ago" tells when,
  // so the clause before the attribution is what was reported.
  EXPECT_THAT(Statements("The toll will rise, the Elm Herald reported ten days ago."),
              ElementsAre(Found{"The toll will rise", "Elm Herald", "indirect"}));
}

TEST(ReportedSpeechTest, FocusAdverbBeforeTheContentsOpeningAdverbial) {
  // "As the Herald reported, even on Friday, the board ...": "even" before the clause's
  // own opening time keeps its comma inside what was reported.
  EXPECT_THAT(Statements("As the Elm Herald reported, even on Friday, the board was refusing "
                         "to meet."),
              ElementsAre(Found{"even on Friday, the board was refusing to meet", "Elm Herald",
                                "indirect"}));
}

TEST(ReportedSpeechTest, LongBeforeOpensASubordinateClause) {
  // "Long before the board was ready to ..., Ray ...": "long" measures the time of the
  // opening clause, whose reported words end at its comma.
  EXPECT_THAT(Statements("Long before the port board was ready to back a plan, Ann Ray was "
                         "drawing one up."),
              ElementsAre(Found{"back a plan", "port board", "indirect"}));
}

TEST(DirectQuoteTest, SingleMarkedParagraphIsASubheadWhereTheArticleQuotesInDoubleMarks) {
  // A paragraph of a phrase in single marks alone, in an article whose quotations are in
  // double marks, is a subhead: no statement, and no speaker inherited from the one above.
  EXPECT_THAT(Statements("\"The ferry is late,\" Ann Ray said. \"It was late in May.\"\n\n"
                         "'A change of course.'\n\n"
                         "The pier opened in June. \"It is open,\" Tom Lee said."),
              ElementsAre(Found{"The ferry is late,", "Ann Ray", "direct"},
                          Found{"It was late in May.", "Ann Ray", "direct"},
                          Found{"It is open,", "Tom Lee", "direct"}));
}

TEST(DirectQuoteTest, SingleMarkedParagraphStaysAQuotationInBritishQuoting) {
  // Where single marks are the article's quoting style, the same paragraph goes on with the
  // speaker above.
  EXPECT_THAT(Statements("'The ferry is late,' Ann Ray said.\n\n'It was late in May.'\n\n"
                         "The pier opened in June."),
              ElementsAre(Found{"The ferry is late,", "Ann Ray", "direct"},
                          Found{"It was late in May.", "Ann Ray", "direct"}));
}

TEST(ReportedSpeechTest, CueWordAsANounInTheSourcesProfile) {
  // "..., according to the chairs, two of the largest counties in the state.": "state"
  // after an article is a noun, so the phrase after the source describes it and is not a
  // second half of what was reported.
  EXPECT_THAT(Statements("Riders will not pay, according to the chairs from Elm and Oak, two "
                         "of the five largest counties in the state."),
              ElementsAre(Found{"Riders will not pay", "chairs from Elm and Oak", "indirect"}));
}

TEST(ReportedSpeechTest, ThinkTankIsANounNotAVerbOfThinking) {
  // "think tank" is a compound noun: it can be the speaker, and "think" before "tanks" opens
  // no reported clause.
  EXPECT_THAT(Statements("The think tank said the toll would rise."),
              ElementsAre(Found{"the toll would rise", "think tank", "indirect"}));
  EXPECT_THAT(Statements("Elm think tanks say the toll would rise."),
              ElementsAre(Found{"the toll would rise", "Elm think tanks", "indirect"}));
  EXPECT_THAT(Statements("The plan drew praise from Elm think tanks and the riders' union."),
              IsEmpty());
}

TEST(ReportedSpeechTest, DayAfterABodysNameIsNoPartOfIt) {
  // "the Council on Trade" is one name, but "on Tuesday" after a body is when it spoke.
  EXPECT_THAT(Statements("The toll would rise, said the Elm Council on Tuesday."),
              ElementsAre(Found{"The toll would rise", "Elm Council", "indirect"}));
  EXPECT_THAT(Statements("The House Committee on Energy said the toll would rise."),
              ElementsAre(Found{"the toll would rise", "House Committee on Energy",
                                "indirect"}));
}

TEST(ReportedSpeechTest, AsReportedByPassesOnTheClause) {
  // "As reported by X, CLAUSE" and "CLAUSE, as first reported by X on Tuesday.": the agent
  // after "as" and a passive verb of saying passes on the clause.
  EXPECT_THAT(Statements("As reported by the Elm Herald, the toll will rise in May."),
              ElementsAre(Found{"the toll will rise in May", "Elm Herald", "indirect"}));
  EXPECT_THAT(Statements("But as noted by Ann Ray last week, the toll will rise in May."),
              ElementsAre(Found{"the toll will rise in May", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The toll will rise in May, as first reported by the Elm Herald on "
                         "Tuesday."),
              ElementsAre(Found{"The toll will rise in May", "Elm Herald", "indirect"}));
}

TEST(ReportedSpeechTest, AsReportedByLeavesAQuotationToItsSpeaker) {
  // A clause with its own quotation and verb of saying stays that speaker's.
  EXPECT_THAT(Statements("\"The toll will rise,\" Tom Lee said in an interview, as reported by "
                         "the Elm Herald."),
              ElementsAre(Found{"The toll will rise,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("As expected by analysts, the toll rose in May."), IsEmpty());
}

TEST(ReportedSpeechTest, DocumentReleasedAtAPlaceIsTheSubject) {
  // "A report released at the pier says": where the document was released is no speaker;
  // the document before its participle is.
  EXPECT_THAT(Statements("A report released at the pier says the toll will rise."),
              ElementsAre(Found{"the toll will rise", "report", "indirect"}));
}

TEST(ReportedSpeechTest, AsReportedByClosesAnotherSpeakersClause) {
  // ", as reported by X" after a reported clause is where the writer found it, not more of
  // what was said.
  EXPECT_THAT(Statements("Tom Lee said the toll will rise, as reported by the Elm Herald."),
              ElementsAre(Found{"the toll will rise", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, WritingAWorkIsNoStatement) {
  // "wrote the foreword to a ferry guide": authorship, with none of the work's words.
  EXPECT_THAT(Statements("Ann Ray wrote the foreword to a ferry guide."),
              IsEmpty());
  EXPECT_THAT(Statements("Ann Ray wrote a short essay for the Elm Herald."), IsEmpty());
  // What the work says, or its topic, is reported.
  EXPECT_THAT(Statements("Ann Ray wrote a letter urging the board to act."),
              ElementsAre(Found{"a letter urging the board to act", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray wrote an essay on the toll."),
              ElementsAre(Found{"an essay on the toll", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray wrote the plan was late."),
              ElementsAre(Found{"the plan was late", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, CapitalizedThisInsideAShowsName) {
  // "ELM This Morning co-anchor Ann Ray said": "This" between capitalized words is a word of
  // the show's name, so the phrase after the quotation names its speaker.
  EXPECT_THAT(Statements("Tom Lee spoke first. \"But that was late, senator,\" ELM This "
                         "Morning co-anchor Ann Ray said. \"It is often late.\""),
              ElementsAre(Found{"But that was late, senator,", "Ann Ray", "direct"},
                          Found{"It is often late.", "Ann Ray", "direct"}));
}

TEST(ReportedSpeechTest, CalledAnOccasionToAnnounce) {
  // "called a news conference to announce that ...": an occasion is called, not a person
  // summoned to speak, so the infinitive's speaker is the clause's subject.
  EXPECT_THAT(Statements("Tom Lee called a news conference to announce that the pier would "
                         "close."),
              ElementsAre(Found{"the pier would close", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, AgeBoundAfterAGroupNamesTheGroup) {
  // "Riders under 30 say", "Those over 60 say": the age bounds the group that speaks; the
  // number is no count of speakers.
  EXPECT_THAT(Statements("Those over 60 say the toll is unfair."),
              ElementsAre(Found{"the toll is unfair", "Those over 60", "indirect"}));
  EXPECT_THAT(Statements("Riders older than 60 say the toll is unfair."),
              ElementsAre(Found{"the toll is unfair", "Riders older than 60", "indirect"}));
}

TEST(SpeakerTest, ThoseWhoAndTheirRelativeClauseNameTheGroup) {
  // "Those who use the ferry say": "those" means nothing without its relative clause, so
  // the group is named with it (not left without a speaker, nor named by the clause's
  // object).
  EXPECT_THAT(Statements("Those who use the ferry say the toll is unfair."),
              ElementsAre(Found{"the toll is unfair", "Those who use the ferry", "indirect"}));
  EXPECT_THAT(Statements("But those who back her rivals say the toll is unfair."),
              ElementsAre(Found{"the toll is unfair", "those who back her rivals",
                                "indirect"}));
  // So do "those close to X" and "those familiar with X": X does not speak.
  EXPECT_THAT(Statements("Those close to Tom Lee say the toll is unfair."),
              ElementsAre(Found{"the toll is unfair", "Those close to Tom Lee", "indirect"}));
}

TEST(SpeakerTest, ShareOfThosePolledBeforeARelativeClause) {
  // "as against one in five who say": the share is the antecedent of "who" and speaks, as
  // "one in five say" does; "in" and "out of" do not cut the phrase.
  EXPECT_THAT(Statements("Half of the riders took the ferry, as against one in five who "
                         "say the old one will do."),
              ElementsAre(Found{"the old one will do", "one in five", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee met three out of five who said the toll was unfair."),
              ElementsAre(Found{"the toll was unfair", "three out of five", "indirect"}));
  EXPECT_THAT(Statements("Four in 10 riders who spoke said the pier was old."),
              ElementsAre(Found{"the pier was old", "Four in 10 riders", "indirect"}));
  // So is a percentage written with its sign.
  EXPECT_THAT(Statements("Most riders dislike the toll, including 12% who say it is unfair."),
              ElementsAre(Found{"it is unfair", "12%", "indirect"}));
}

TEST(SpeakerTest, ThoseAndWhereTheyAreNameTheGroup) {
  // "Those in the hall said": "those" is named with the phrase that says where its people
  // are or whom they are with; the place alone ("hall") says nothing.
  EXPECT_THAT(Statements("Those in the hall said the toll was unfair."),
              ElementsAre(Found{"the toll was unfair", "Those in the hall", "indirect"}));
  EXPECT_THAT(Statements("Many of those with the union say the toll is unfair."),
              ElementsAre(Found{"the toll is unfair", "Many of those with the union",
                                "indirect"}));
}

TEST(ReportedSpeechTest, CalledSomeoneToTellThemSpeaks) {
  // "Lee called them to say": a telephone call made to tell something; the caller speaks.
  EXPECT_THAT(Statements("Tom Lee called them to say the ferry would stop."),
              ElementsAre(Found{"the ferry would stop", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray called Tom Lee to ask whether the ferry would stop."),
              ElementsAre(Found{"whether the ferry would stop", "Ann Ray", "indirect"}));
  // A summons is no call made to speak: the one summoned testifies.
  EXPECT_THAT(Statements("The board called him to testify that the ferry was safe."),
              IsEmpty());
}

TEST(ReportedSpeechTest, OccasionAndItsTimeBeforeAnInfinitiveOfPurpose) {
  // "called a news conference last week to announce": a time after the occasion still
  // leaves the clause's subject to speak; "last" there is no "the last mayor to say".
  EXPECT_THAT(Statements("Tom Lee called a news conference last week to announce that the "
                         "ferry would stop."),
              ElementsAre(Found{"the ferry would stop", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray went to Elm City last week to announce that the ferry "
                         "would stop."),
              ElementsAre(Found{"the ferry would stop", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, OpeningQuestionHoldsAnAppositiveName) {
  // "Asked whether the director, Tom Lee, would stay, ...": the name between commas is the
  // noun's appositive inside the writer's question, which ends at the next comma.
  EXPECT_THAT(Statements("Asked whether the ferry's owner, Tom Lee, could stay, Ann Ray said "
                         "she did not know."),
              ElementsAre(Found{"whether the ferry's owner, Tom Lee, could stay", "", "indirect"},
                          Found{"she did not know", "Ann Ray", "indirect"}));
  // A name after the question's comma is the main clause's subject.
  EXPECT_THAT(Statements("Asked whether he could stay, Tom Lee, the owner, said no."),
              ElementsAre(Found{"whether he could stay", "", "indirect"},
                          Found{"no", "Tom Lee", "indirect"}));
}

TEST(QuoteTest, CrowdNoiseVerbsAttributeTheirQuote) {
  // "as his friends jeered, \"...\"": jeered, heckled and cheered attribute the quotation next
  // to them, as chanted does; alone they report nothing.
  EXPECT_THAT(Statements("Tom Lee circled the pier as his friends jeered, \"Go home!\""),
              ElementsAre(Found{"Go home!", "friends", "direct"}));
  EXPECT_THAT(Statements("Fans cheered as Tom Lee scored."), IsEmpty());
}

TEST(SpeakerTest, RelativeClauseEndingInAnObjectPronoun) {
  // "Groups that have endorsed him say": the relative clause ends in its verb's object
  // pronoun; the group before it speaks (the statement used to be lost).
  EXPECT_THAT(Statements("Unions that have endorsed him say the vote was rigged."),
              ElementsAre(Found{"the vote was rigged", "Unions", "indirect"}));
  EXPECT_THAT(Statements("Riders who backed them say the toll is unfair."),
              Contains(Found{"the toll is unfair", "Riders", "indirect"}));
  // After a verb of perceiving, the object is the one who speaks.
  EXPECT_THAT(Statements("Riders who watched him say it were stunned."), IsEmpty());
}

TEST(ReportedSpeechTest, DemonstrativeThatOpensTheClause) {
  // "Lee said that was wrong": "that" right before an auxiliary is the clause's subject, not
  // its conjunction, and stays in the content.
  EXPECT_THAT(Statements("Tom Lee said that was the plan all along."),
              ElementsAre(Found{"that was the plan all along", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Riders say that would raise the toll."),
              ElementsAre(Found{"that would raise the toll", "Riders", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said that Ann Ray was wrong."),
              ElementsAre(Found{"Ann Ray was wrong", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, SplitAttributionAfterAClauseWithItsOwnSay) {
  // "Lee said the ads answer attacks that, Ray noted, Moss began": the first half of the
  // split starts after the earlier "said", whose statement it is part of; it does not take
  // in "Lee said".
  EXPECT_THAT(Statements("Tom Lee, the club's chair, said the ads answer attacks that, Lee "
                         "noted, Ann Moss began."),
              ElementsAre(Found{"the ads answer attacks that", "Tom Lee", "indirect"},
                          Found{"Ann Moss began", "Tom Lee", "indirect"}));
}

TEST(TextTest, ClockTimeEndsASentenceBeforeANameOrAQuotation) {
  // "at 9 a.m. Ann Ray said": a clock time followed by a name or an opening quotation ends
  // its sentence; before a day or a time zone it does not.
  EXPECT_THAT(Statements("Tom Lee said the ferry leaves at 9 a.m. Ann Ray said it leaves at "
                         "10."),
              ElementsAre(Found{"the ferry leaves at 9 a.m.", "Tom Lee", "indirect"},
                          Found{"it leaves at 10", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said the rain would end by 3 p.m. \"We see the edge of it,\" "
                         "said Ann Ray."),
              ElementsAre(Found{"the rain would end by 3 p.m.", "Tom Lee", "indirect"},
                          Found{"We see the edge of it,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Tom Lee said the vote is at 9 a.m. Tuesday in Elm City."),
              ElementsAre(Found{"the vote is at 9 a.m. Tuesday in Elm City", "Tom Lee",
                                "indirect"}));
}

TEST(SpeakerTest, NameInsideTheQuotationIsNoAntecedentOfItsPronoun) {
  // `"Tom gave all he had," he said.`: the name inside the quotation is whom the speaker
  // talks about; "he" is the person the sentence before introduces.
  EXPECT_THAT(Statements("Tom Lee was fired on Sunday. Jake Moreno laughed. \"Tom gave "
                         "everything he had,\" he said."),
              ElementsAre(Found{"Tom gave everything he had,", "Jake Moreno", "direct"}));
  EXPECT_THAT(Statements("Ann Ray said the pier was old. Ida Moss smiled. \"Ann worries too "
                         "much,\" she said."),
              ElementsAre(Found{"the pier was old", "Ann Ray", "indirect"},
                          Found{"Ann worries too much,", "Ida Moss", "direct"}));
}

TEST(SpeakerTest, NameAfterARolesComplementIsThePersons) {
  // "A spokeswoman for the department, Clare Dunn, said": the name is the spokeswoman's, a
  // person "she" refers to; not the department's name ("The manufacturer, Elm Nutrition,
  // said" names a body).
  EXPECT_THAT(Statements("A spokeswoman for the department, Clare Dunn, said talks had "
                         "stalled. \"We remain hopeful,\" she said."),
              ElementsAre(Found{"talks had stalled", "Clare Dunn", "indirect"},
                          Found{"We remain hopeful,", "Clare Dunn", "direct"}));
}

TEST(SpeakerTest, PlaceInAProfileAfterInIsNoOrganization) {
  // "a nurse in Boston": where she works or lives, not her employer; a body's noun after
  // "in" still names one.
  const Extraction e =
      ExtractOrDie("Ann Ray, a nurse in Boston, said the clinic was too far. Tom Lee, an "
                   "analyst in the Elm Ministry, said it was close.");
  const SpeakerProfile* ray = FindSpeaker(e, "Ann Ray");
  const SpeakerProfile* lee = FindSpeaker(e, "Tom Lee");
  ASSERT_NE(ray, nullptr);
  ASSERT_NE(lee, nullptr);
  EXPECT_THAT(ray->organizations, IsEmpty());
  EXPECT_THAT(lee->organizations, ElementsAre("Elm Ministry"));
}

TEST(SpeakerTest, TradeInAnAppositiveIntroducesAPerson) {
  // "Ed Varga, a plumber, moved here": a trade is a role, so the appositive introduces a
  // person whom the next sentence's "he" means (not the speaker quoted before).
  EXPECT_THAT(Statements("Tom Lee said the pier was old. Ed Varga, a plumber, moved here in "
                         "2010. He says the clinic is too far away."),
              ElementsAre(Found{"the pier was old", "Tom Lee", "indirect"},
                          Found{"the clinic is too far away", "Ed Varga", "indirect"}));
}

TEST(ReportedSpeechTest, PassiveWithAnAdverbHasNoSpeaker) {
  // "Lee was repeatedly warned that ...": the passive's subject was warned; who warned is
  // not named, so the statement has no speaker (it used to be Lee's). With an agent after
  // "by", the agent speaks.
  EXPECT_THAT(Statements("Tom Lee was repeatedly warned that the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "", "indirect"}));
  EXPECT_THAT(Statements("The toll was widely criticized as a giveaway."),
              ElementsAre(Found{"as a giveaway", "", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee was widely criticized by pilots for closing the pier."),
              Contains(Found{"for closing the pier", "pilots", "indirect"}));
}

TEST(SpeakerTest, TheCompanyIsNotTheAnalystsFirm) {
  // "... said Kevin Strand, an analyst at Pellham Capital. The company said": the firm an
  // analyst works at is not the company the article reports on.
  const Extraction e = ExtractOrDie(
      "Harborlight Systems Inc. said it would cut 600 jobs. \"It is overdue,\" said Kevin "
      "Strand, an analyst at Pellham Capital. The company said revenue would be flat.");
  ASSERT_EQ(e.statements.size(), 3u);
  ASSERT_GE(e.statements[2].speaker, 0);
  EXPECT_THAT(e.speakers[e.statements[2].speaker].organizations,
              ElementsAre("Harborlight Systems"));
}

TEST(SpeakerTest, TheyAfterTwoNamesJoinedByAnd) {
  // "Tom Lee and Ann Ray have run the store since 1990. They said": with no group quoted
  // yet, "they" means the two people the sentence before opens with.
  EXPECT_THAT(Statements("Tom Lee and Ann Ray have run the store since 1990. They said sales "
                         "had fallen."),
              ElementsAre(Found{"sales had fallen", "Tom Lee and Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee and Ann Ray have run the store since 1990. \"We feel "
                         "betrayed,\" they said."),
              ElementsAre(Found{"We feel betrayed,", "Tom Lee and Ann Ray", "direct"}));
}

TEST(SpeakerTest, AgeEpithetFindsTheNameItsAppositiveGave) {
  // "Tom Lee, a 43-year-old teacher, ... The 43-year-old said": the epithet means the person
  // whose appositive gave that age, not the last speaker.
  EXPECT_THAT(Statements("Tom Lee, a 43-year-old teacher, said the deal was bad. Ed Moss said "
                         "it was good. The 43-year-old said he would appeal."),
              ElementsAre(Found{"the deal was bad", "Tom Lee", "indirect"},
                          Found{"it was good", "Ed Moss", "indirect"},
                          Found{"he would appeal", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, RelativeClauseAfterNameAndPastVerbNamesTheObject) {
  // "Lee joined engineers who say ...": the verb in the past after a name that opens the
  // sentence ends the antecedent of "who", which is its object alone.
  EXPECT_THAT(Statements("Lee joined engineers who say the bridge is unsafe."),
              ElementsAre(Found{"the bridge is unsafe", "engineers", "indirect"}));
  EXPECT_THAT(Statements("Ray visited Elm Park residents who said the plant was unsafe."),
              ElementsAre(Found{"the plant was unsafe", "Elm Park residents", "indirect"}));
  // (Not before the cue, where the phrase is its subject: "Elm Park registered nurses say".)
  EXPECT_THAT(Statements("Elm Park registered nurses say the bridge is unsafe."),
              ElementsAre(Found{"the bridge is unsafe",
                                "Elm Park registered nurses", "indirect"}));
}

TEST(SpeakerTest, UtilityAndMediaNamesAreBusinesses) {
  // "Oakport Power", "Elm Electric", "Pine Auto": a utility's or a trade's word ends a
  // business's name, which "the company" refers to.
  EXPECT_THAT(OrganizationsByStatement(
                  "Workers at Oakport Power walked out on Monday. The company said it will not "
                  "negotiate. Elm Electric says it paid its taxes."),
              ElementsAre(ElementsAre("Oakport Power"), ElementsAre("Elm Electric")));
  EXPECT_THAT(OrganizationsByStatement("Its rival, Pine Auto, reported record profits."),
              ElementsAre(ElementsAre("Pine Auto")));
}

TEST(SpeakerTest, StaffOrMembersOfANameWorkForThatBody) {
  // "Members of Harbor Watch said": a group of a body's staff or members speaks for the body
  // its complement names, with no body's word in the name; not for a person or a place.
  EXPECT_THAT(OrganizationsByStatement("Members of Harbor Watch said the pier leaked. Employees "
                                       "of Tom Lee said so too. Workers at Elm Point said it "
                                       "was dry."),
              ElementsAre(ElementsAre("Harbor Watch"), IsEmpty(), IsEmpty()));
}

TEST(SpeakerTest, NameThenCapitalizedTitleBetweenCommas) {
  // "Ann Lee, Finance Minister, said": the name speaks; the capitalized title between the
  // commas is its appositive, not the speaker (nor is a list of two names).
  EXPECT_THAT(Statements("Ann Lee, Finance Minister, said the plan was sound."),
              ElementsAre(Found{"the plan was sound", "Ann Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Lee, Acme chief executive, said the plan was sound."),
              ElementsAre(Found{"the plan was sound", "Ann Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Lee, Tom Ray, said the plan was sound."),
              ElementsAre(Found{"the plan was sound", "Tom Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Lee, Acme CEO, said the plan was sound."),
              ElementsAre(Found{"the plan was sound", "Ann Lee", "indirect"}));
  EXPECT_THAT(OrganizationsByStatement("Ann Lee, Acme CEO, said the plan was sound."),
              ElementsAre(ElementsAre("Acme")));
}

TEST(SpeakerTest, TitlesAfterABodysNameAreNoPartOfIt) {
  // "the NATO Secretary General", "the Elm Council Secretary": the body is the name without
  // its titles; a portfolio before a minister's title is no body ("The Home Secretary,").
  EXPECT_THAT(OrganizationsByStatement("Ann Lee, the NATO Secretary General, said it was sound. "
                                       "Tom Ray, the Elm Council Secretary, said it was not."),
              ElementsAre(ElementsAre("NATO"), ElementsAre("Elm Council")));
  EXPECT_THAT(OrganizationsByStatement("The Home Secretary, Ann Lee, said it was sound. The "
                                       "Interior Minister, Tom Ray, said it was not."),
              ElementsAre(IsEmpty(), IsEmpty()));
}

TEST(SpeakerTest, BareSpokespersonSpeaksForTheBodyThatSpokeLast) {
  // "Elm Holdings declined to comment. A spokesperson said": with nobody named for them, a
  // spokesperson speaks for the body that spoke in the sentence before; not across a person.
  EXPECT_THAT(OrganizationsByStatement(
                  "The Elm Council said the pier had been sold. A spokesman said the sale closed "
                  "in May. Tom Lee said it was a mistake. A spokeswoman said the sale was fair."),
              ElementsAre(ElementsAre("Elm Council"), ElementsAre("Elm Council"), IsEmpty(),
                          IsEmpty()));
}

TEST(SpeakerTest, TheOppositionIsABody) {
  // "The opposition said": the parties out of power speak; "opposition to" stays a cue.
  EXPECT_THAT(Statements("The opposition said the police had acted late."),
              ElementsAre(Found{"the police had acted late", "opposition", "indirect"}));
  EXPECT_THAT(Statements("Lee voiced opposition to the plan."),
              ElementsAre(Found{"the plan", "Lee", "indirect"}));
}

TEST(SpeakerTest, UnionMinisterNamesNoBody) {
  // "Union Minister Ann Ray": in Indian English a federal minister, of no union; "Elm Union
  // President" still names the union.
  EXPECT_THAT(OrganizationsByStatement("Union Minister Ann Ray said the plan was sound. Elm "
                                       "Union President Tom Lee said it was not."),
              ElementsAre(IsEmpty(), ElementsAre("Elm Union")));
}

TEST(SpeakerTest, IndianOfficersTitlesAreNoPartOfTheName) {
  // "DGP Tom Lee", "District Collector Ann Ray": a police chief's or a district head's
  // title before the name, as "Sen." is; "the collector" is then the person with that role.
  EXPECT_THAT(Statements("DGP Tom Lee said that 23 people had been arrested. District "
                         "Collector Ann Ray said water had been restored. The collector said "
                         "the camps were full."),
              ElementsAre(Found{"23 people had been arrested", "Tom Lee", "indirect"},
                          Found{"water had been restored", "Ann Ray", "indirect"},
                          Found{"the camps were full", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, PlaceALegislatorIsFromIsNoOrganization) {
  // "a Labour MP from Elmshire", "Congress MLA from Ramnagar": the constituency a legislator
  // is from is no organization, as "the MP for Wexbury" is none.
  EXPECT_THAT(OrganizationsByStatement("Ann Ray, a lawmaker from Elmshire, said the bill was "
                                       "late. Party MLA from Ramnagar, Tom Lee, said so too."),
              ElementsAre(IsEmpty(), IsEmpty()));
}

TEST(SpeakerTest, EverydayRolesBeforeANameAreNoPartOfIt) {
  // "Pensioner Edna Walsh", "Passenger Tom Lee": the word for who the person is in the
  // story, capitalized before the name, is a role, as "Nurse" is.
  EXPECT_THAT(Statements("Pensioner Edna Walsh, 81, said the ward was cold. Passenger Tom Lee "
                         "was in the second car. \"It was terrifying,\" Lee said."),
              ElementsAre(Found{"the ward was cold", "Edna Walsh", "indirect"},
                          Found{"It was terrifying,", "Tom Lee", "direct"}));
}

TEST(SpeakerTest, TheChancellorIsThePersonNamedWithThatOffice) {
  // "The Chancellor, Ann Ray, visited ... the Chancellor said": one person holds the office,
  // capitalized or not; so do a sheriff and a commissioner.
  EXPECT_THAT(Statements("The Chancellor, Ann Ray, visited Oakport. Later, the Chancellor "
                         "said that taxes would rise. Sheriff Tom Lee visited too. The "
                         "sheriff said the road was closed."),
              ElementsAre(Found{"taxes would rise", "Ann Ray", "indirect"},
                          Found{"the road was closed", "Tom Lee", "indirect"}));
}

TEST(QuoteTest, PluralPossessiveInsideASingleQuotation) {
  // British quoting: "'The parents' views ...'" keeps the possessive's apostrophe inside the
  // quotation; a scare quote closed before a function word still closes ("'losers' and").
  EXPECT_THAT(Statements("'The parents' views weren't sought,' Ms Ray said. 'The workers' "
                         "rights matter.'"),
              ElementsAre(Found{"The parents' views weren't sought,", "Ray", "direct"},
                          Found{"The workers' rights matter.", "Ray", "direct"}));
  EXPECT_THAT(Statements("\"He called them 'losers' and 'fools,'\" Ray said."),
              ElementsAre(Found{"He called them 'losers' and 'fools,'", "Ray", "direct"}));
}

TEST(SpeakerTest, PronounAfterAPersonNamedAsAnObject) {
  // "Police arrested Tom Lee. He said ...": when a body or a group opens the sentence before,
  // the one person it names, as an object too, is "he"; a given name of the other sex is
  // passed over.
  EXPECT_THAT(Statements("Police arrested Tom Lee on Monday. He said he was innocent."),
              ElementsAre(Found{"he was innocent", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("A court cleared Ann Ray and Tom Lee. \"It was a long year,\" she "
                         "said."),
              ElementsAre(Found{"It was a long year,", "Ann Ray", "direct"}));
}

TEST(SpeakerTest, PronounAfterTwoPersonsNamedAsObjectsIsNobodyGuessed) {
  // Two men named, or a person opening the sentence before: the object is not guessed.
  EXPECT_THAT(Statements("Police arrested Tom Lee and Bob Moss. He said he was innocent."),
              ElementsAre(Found{"he was innocent", "", "indirect"}));
  EXPECT_THAT(Statements("The mayor praised Tom Lee. He said the bridge would open."),
              Not(Contains(Found{"the bridge would open", "Tom Lee", "indirect"})));
  EXPECT_THAT(Statements("The court heard his appeal against Tom Lee. He said it was late."),
              ElementsAre(Found{"it was late", "", "indirect"}));
}

TEST(ReportedSpeechTest, SecondActOfTheReportedClausesSubjectStaysInTheClause) {
  // "said the suspect entered the store and threatened the owner": a past verb with its
  // object after "and", beside the clause's own past verb with its object, is the clause's
  // subject's next act, not a second statement of the speaker's. Before "that" it is the
  // speaker's own.
  EXPECT_THAT(Statements("Police said the gunman entered the shop and threatened the owner "
                         "with a knife."),
              ElementsAre(Found{"the gunman entered the shop and threatened the owner with a "
                                "knife",
                                "Police", "indirect"}));
  EXPECT_THAT(Statements("Officials said the board approved the plan and warned that fares "
                         "would rise."),
              ElementsAre(Found{"the board approved the plan", "Officials", "indirect"},
                          Found{"fares would rise", "Officials", "indirect"}));
}

TEST(SpeakerTest, ShortSurnameInCapitalsLabelsATranscriptLine) {
  // "RAY:" or "MAYOR RAY:" (a transcript's label, a title before it) is the person named
  // Ann Ray in the article, however short the surname; not an organization's acronym.
  const std::string text =
      "Mayor Ann Ray met reporters on Friday.\n\nMAYOR RAY: We will fix the pier this "
      "year.\n\nRAY: By June, I hope.";
  EXPECT_THAT(Statements(text), ElementsAre(Found{"We will fix the pier this year", "Ann Ray",
                                                  "indirect"},
                                            Found{"By June, I hope", "Ann Ray", "indirect"}));
  EXPECT_THAT(OrganizationsByStatement(text), ElementsAre(IsEmpty(), IsEmpty()));
}

TEST(InheritedQuoteTest, QuotationOverParagraphsAfterAStatementIsItsClosersToo) {
  // A paragraph that says a whole statement ("Ann Ray said the pier was safe.") does not
  // introduce the quotation left open after it: the attribution that closes the quotation
  // names its speaker, as after narrative.
  EXPECT_THAT(Statements("Ann Ray said the pier was safe.\n\n\"The council has had years "
                         "to act. Nothing was done.\n\n\"Now families pay for it,\" Tom Lee "
                         "said."),
              ElementsAre(Found{"the pier was safe", "Ann Ray", "indirect"},
                          Found{"The council has had years to act. Nothing was done.",
                                "Tom Lee", "direct"},
                          Found{"Now families pay for it,", "Tom Lee", "direct"}));
}

TEST(SpeakerTest, AdvocateBeforeANameIsATitle) {
  // "Advocate Tom Lee" (a lawyer's title in Indian and South African courts) is no part of
  // the name; after "Ray's lawyer," the titled name is the one who speaks.
  EXPECT_THAT(Statements("Ann Ray was charged on Monday. Ray's lawyer, Advocate Tom Lee, said "
                         "the charges were false. Advocate Ida Moss said bail was likely."),
              ElementsAre(Found{"the charges were false", "Tom Lee", "indirect"},
                          Found{"bail was likely", "Ida Moss", "indirect"}));
}

TEST(InterviewTest, AnswerWithTheIntervieweesOwnIThinkIsTheWholeAnswer) {
  // "A: I think it will reopen by June." is the interviewee's answer, whole: the "I" inside
  // it names no other speaker, so its "I think" gives no statement of its own.
  EXPECT_THAT(Statements("Tom Lee, the mayor of Oakport, spoke to us.\n\nQ: Will the pier "
                         "reopen?\n\nA: I think it will reopen by June. The repairs are "
                         "going well.\n\nQ: What about the cost?\n\nA: The council will "
                         "pay."),
              ElementsAre(Found{"I think it will reopen by June. The repairs are going well",
                                "Tom Lee", "direct"},
                          Found{"The council will pay", "Tom Lee", "direct"}));
}

TEST(SentenceTest, AbbreviationBeforeAFullNameEndsTheSentence) {
  // "at Elm Inc. Ann Ray said", "in the U.S. Tom Lee said": a company's suffix or a
  // country's initials before a known given name and a surname end the sentence; "St. Paul"
  // and a person's initials do not.
  EXPECT_THAT(Statements("Shares rose at Elm Inc. Ann Ray, an analyst, said the rise was "
                         "deserved. Prices fell in the U.S. Tom Lee said the drop was brief."),
              ElementsAre(Found{"the rise was deserved", "Ann Ray", "indirect"},
                          Found{"the drop was brief", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The St. Paul council met in the hall, Ann Ray said."),
              ElementsAre(Found{"The St. Paul council met in the hall", "Ann Ray",
                                "indirect"}));
}

TEST(SpeakerTest, RelativeClauseEndingInHerOrOnTheWordThose) {
  // "Riders who backed her say": "her" after the relative clause's verb is its object, not
  // the owner of a noun "say"; the endorsement's content is the pronoun alone. "Those who
  // spoke said": the group is "those" and its relative clause.
  EXPECT_THAT(Statements("Riders who backed her say the fare rise is unfair."),
              ElementsAre(Found{"her", "Riders", "indirect"},
                          Found{"the fare rise is unfair", "Riders", "indirect"}));
  EXPECT_THAT(Statements("Those who spoke said he was calm. Those who knew her said she was "
                         "kind."),
              ElementsAre(Found{"he was calm", "Those who spoke", "indirect"},
                          Found{"she was kind", "Those who knew her", "indirect"}));
  // (Her own say, a noun after a main clause's verb, is no verb.)
  EXPECT_THAT(Statements("Ann Ray praised her say in the matter."),
              ElementsAre(Found{"her say in the matter", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, TheGroupIsTheBodyDescribedAsAGroupJustBefore) {
  // "campaign group Harbor Watch ... The group said": a body's noun refers to the name it
  // described within the three sentences before, as a trade's noun does.
  EXPECT_THAT(OrganizationsByStatement("The campaign group Harbor Watch said the pier was "
                                       "unsafe. The group also said repairs were overdue."),
              ElementsAre(ElementsAre("Harbor Watch"), ElementsAre("Harbor Watch")));
  EXPECT_THAT(OrganizationsByStatement("Harbor Watch, a campaign group, met on Monday. The "
                                       "group said repairs were overdue."),
              ElementsAre(ElementsAre("Harbor Watch")));
  // (Not further back: another body may have come between.)
  EXPECT_THAT(OrganizationsByStatement("Harbor Watch, a campaign group, met on Monday. It "
                                       "rained. The pier shut. Boats left. Ferries ran late. "
                                       "The group said repairs were overdue."),
              ElementsAre(IsEmpty()));
}

TEST(SpeakerTest, NameWithABodysNounForItsAppositiveIsABody) {
  // "Harbor Watch, a campaign group, said": a name whose appositive is an article, modifiers
  // and a body's noun names a body, which speaks for itself; a person's role ending in
  // another noun does not ("a group leader").
  EXPECT_THAT(OrganizationsByStatement("Harbor Watch, a campaign group, said the pier was "
                                       "unsafe. Tom Lee, a group leader, said it was not."),
              ElementsAre(ElementsAre("Harbor Watch"), IsEmpty()));
}

TEST(SpeakerTest, PronounAfterAnObjectOfTheOtherSexThanTheSubject) {
  // "Ann Ray met with Tom Lee. He said": a subject of the other sex leaves the one person of
  // the pronoun's sex named after her; two such persons leave nobody guessed.
  EXPECT_THAT(Statements("Ann Ray met with Tom Lee at her office. He said the deal was close."),
              ElementsAre(Found{"the deal was close", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray met with Tom Lee and Bob Moss. He said the deal was close."),
              ElementsAre(Found{"the deal was close", "", "indirect"}));
}

TEST(SpeakerTest, TitleBeforeTheFullNameOfASurnameIsItsRole) {
  // "Sen. John Hale voted no. ... Hale said": the title before the full name that a surname
  // is read as is the person's role, so "the senator" after he spoke is Hale, not the
  // senator who spoke before him.
  EXPECT_THAT(Statements("Sen. Ray Dunn praised the bill. Sen. John Hale opposed it. \"I "
                         "wonder why,\" Hale said. The veteran senator added that the votes "
                         "were short."),
              ElementsAre(Found{"the bill", "Ray Dunn", "indirect"},
                          Found{"I wonder why,", "John Hale", "direct"},
                          Found{"the votes were short", "John Hale", "indirect"}));
}

TEST(ReportedSpeechTest, SourceAfterTheThatOfAReportedClauseIsInsideIt) {
  // "X reported that, according to Y, CLAUSE": the source opens X's clause; it is no
  // attribution of the words before it, with or without the comma after "that".
  EXPECT_THAT(Statements("The Gazette reported that, according to an audit of harbor logs, nine "
                         "of the 40 ferries ran late."),
              ElementsAre(Found{"according to an audit of harbor logs, nine of the 40 ferries "
                                "ran late",
                                "Gazette", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said that according to his count, the levy failed."),
              ElementsAre(Found{"according to his count, the levy failed", "Tom Lee",
                                "indirect"}));
}

TEST(DirectQuoteTest, ParticipleBeforeAQuoteTakesASubordinateClausesSubject) {
  // A participle before a quotation has the clause's subject; when that cannot speak, the
  // subject of a later subordinate clause with its verb in the past tense that can.
  EXPECT_THAT(Statements("The first clash came during a rally at the pier, when ferry workers "
                         "interrupted her, chanting \xE2\x80\x9Cno more tolls!\xE2\x80\x9D"),
              ElementsAre(Found{"no more tolls!", "ferry workers", "direct"}));
  EXPECT_THAT(Statements("The trouble began at the pier, when ferry workers booed the mayor, "
                         "shouting \"resign now!\""),
              ElementsAre(Found{"resign now!", "ferry workers", "direct"}));
}

TEST(SpeakerTest, RunningMateAndColleagueAreRoles) {
  // A role noun after an owner's possessive is the speaker, and a name in apposition to it
  // names the speaker: "running mate" and "colleague" are roles like "aide".
  EXPECT_THAT(Statements("Tom Lee's running mate, Ann Ray, said the pier was late."),
              ElementsAre(Found{"the pier was late", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("\"We need a change,\" said Tom Lee's running mate, Ann Ray."),
              ElementsAre(Found{"We need a change,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("A colleague of Tom Lee said the pier was late."),
              ElementsAre(Found{"the pier was late", "colleague of Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, NameAfterTheListenersNounOpensTheClause) {
  // "told the court Pell had lied": after a listener's noun in lower case, a name and its
  // verb open the reported clause; the name is no part of the listener.
  EXPECT_THAT(Statements("Prosecutor Nina Shah told the court Pell had moved the money."),
              ElementsAre(Found{"Pell had moved the money", "Nina Shah", "indirect"}));
  EXPECT_THAT(Statements("Nina Shah told the panel Pell hid the ledger."),
              ElementsAre(Found{"Pell hid the ledger", "Nina Shah", "indirect"}));
}

TEST(ReportedSpeechTest, OthersReactionAfterTheClauseIsTheWriters) {
  // "..., sparking protests", "..., drawing boos from the crowd": how others took the words
  // is the writer's account, not part of them.
  EXPECT_THAT(Statements("Ann Ray said the mill would shut, sparking protests at the gate."),
              ElementsAre(Found{"the mill would shut", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said the fares would double, drawing boos from the crowd."),
              ElementsAre(Found{"the fares would double", "Tom Lee", "indirect"}));
  // Hard negative: the speaker's own participle stays in the clause.
  EXPECT_THAT(Statements("Tom Lee said the fares would double, drawing on his years at the "
                         "port."),
              ElementsAre(Found{"the fares would double, drawing on his years at the port",
                                "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, ShoutedSurnameLabelIsThePersonOfAShoutedFullName) {
  // A transcript that labels a turn with a full name in capitals, then with the surname:
  // the surname is that person, not a body named by an acronym.
  const Extraction e = ExtractOrDie(
      "JOHN FELL: Will you step down?\nCLARA DUNMORE: No, I will not.\nDUNMORE: The "
      "numbers speak for themselves.\n");
  ASSERT_EQ(e.statements.size(), 3u);
  EXPECT_EQ(e.speakers[e.statements[2].speaker].name, "CLARA DUNMORE");
  EXPECT_THAT(e.speakers[e.statements[2].speaker].organizations, IsEmpty());
}

TEST(ReportedSpeechTest, NamedHolderOfTheSourcesRoleIsTheSource) {
  // "According to the county water officer, Mr. Joseph Kiprono, CLAUSE": the name between
  // commas after a role is the source, and no part of the clause.
  EXPECT_THAT(Statements("According to the county water officer, Mr. Joseph Kiprono, the "
                         "weir will serve 9,000 homes."),
              ElementsAre(Found{"the weir will serve 9,000 homes", "Joseph Kiprono",
                                "indirect"}));
  // Hard negative: a body's name after the role is no holder.
  EXPECT_THAT(Statements("According to the spokesman, Elm Holdings, the largest firm, lost "
                         "money."),
              ElementsAre(Found{"Elm Holdings, the largest firm, lost money", "spokesman",
                                "indirect"}));
}

TEST(SpeakerTest, PronounAfterASentenceOpenedByTheRoleAndAName) {
  // "The economist Colin Dunn disagreed. "...," he said.": "the", a role and a full name
  // open the sentence before; the pronoun is that person, not the last speaker.
  EXPECT_THAT(Statements("\"We were nearly broke,\" Peter Elm said. The economist Colin Dunn "
                         "disagreed. \"It was fine,\" he said."),
              ElementsAre(Found{"We were nearly broke,", "Peter Elm", "direct"},
                          Found{"It was fine,", "Colin Dunn", "direct"}));
}

TEST(ReportedSpeechTest, WhatTheSpeakerHeldBackIsTheWriters) {
  // "... but did not name him", "..., but declined to elaborate": the writer's note that
  // the speaker held something back ends the reported clause, with or without a comma.
  EXPECT_THAT(Statements("Police said a woman had been detained but did not name her."),
              ElementsAre(Found{"a woman had been detained", "Police", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the ferry would stop, but declined to elaborate."),
              ElementsAre(Found{"the ferry would stop", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, RelativeClauseWithANameOrPronounObjectBeforeTheVerb) {
  // "Those who knew Tom Lee said ...", "People who know him say ...": the object of the
  // relative clause's verb is no speaker; the antecedent and its clause speak.
  EXPECT_THAT(Statements("Those who knew Tom Lee said he was gentle."),
              ElementsAre(Found{"he was gentle", "Those who knew Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Workers who saw Lee said he was calm."),
              ElementsAre(Found{"he was calm", "Workers", "indirect"}));
  EXPECT_THAT(Statements("People who know him say he is gentle."),
              ElementsAre(Found{"he is gentle", "People", "indirect"}));
  // Hard negative: a verb of perceiving lets its object do the saying.
  EXPECT_THAT(Statements("Fans who hear him say it cheer."), IsEmpty());
}

TEST(SpeakerTest, ShortAcronymIsAPersonOnlyAsATranscriptLabel) {
  // "The UN said": an acronym of two or three letters names a body, even where a person's
  // name ends in the same word; only a transcript's label ("UN: ...") may be a surname.
  EXPECT_THAT(Statements("Park Ji Un met envoys on Monday. The UN said the talks were useful."),
              ElementsAre(Found{"the talks were useful", "UN", "indirect"}));
}

TEST(SpeakerTest, PersonOpeningTheSentenceBeforeIsNoBodyForAnObjectsPronoun) {
  // "A man punched Tom Lee. He told police ...": the sentence before opens with a person,
  // not a body or a group; its object is not guessed to be "he".
  EXPECT_THAT(Statements("A man punched Tom Lee outside the arena. He told police he had been "
                         "provoked."),
              ElementsAre(Found{"he had been provoked", "", "indirect"}));
}

TEST(ReportedSpeechTest, ClauseEndsAreNotOverBroad) {
  // What was said goes on past a participle of effect without a reaction's noun, past a
  // refusal in the clause's own words, and past a request after "and"; an unnamed list of
  // places is no source's name.
  EXPECT_THAT(Statements("Police said the fire spread quickly, sparking blasts in nearby "
                         "sheds."),
              ElementsAre(Found{"the fire spread quickly, sparking blasts in nearby sheds",
                                "Police", "indirect"}));
  EXPECT_THAT(Statements("The mayor said the city would cover the repairs but would not pay "
                         "compensation."),
              ElementsAre(Found{"the city would cover the repairs but would not pay "
                                "compensation",
                                "mayor", "indirect"}));
  EXPECT_THAT(Statements("The governor said the flood wrecked the bridge and asked the state "
                         "for aid."),
              Contains(Found{"the flood wrecked the bridge", "governor", "indirect"}));
  EXPECT_THAT(Statements("According to the researcher, Elm City, Oak Bay and Pine Falls saw the "
                         "sharpest rises."),
              ElementsAre(Found{"Elm City, Oak Bay and Pine Falls saw the sharpest rises",
                                "researcher", "indirect"}));
  EXPECT_THAT(Statements("Critics argued that limiting her say over hiring was unlawful."),
              ElementsAre(Found{"limiting her say over hiring was unlawful", "Critics",
                                "indirect"}));
}

TEST(SpeakerTest, NameOpeningAClauseAfterTheNounIsNoDescribedBody) {
  // "warned the agency Congress would cut ...": the name after "the agency" is the subject
  // of a clause of its own, not the agency; "the agency" later is not Congress.
  EXPECT_THAT(Statements("Lawmakers warned the agency Congress would cut its budget. The agency "
                         "said it would appeal."),
              Contains(Found{"it would appeal", "agency", "indirect"}));
  const Extraction e = ExtractOrDie(
      "Lawmakers warned the agency Congress would cut its budget. The agency said it would "
      "appeal.");
  ASSERT_EQ(e.statements.size(), 2u);
  EXPECT_THAT(e.speakers[e.statements[1].speaker].organizations, IsEmpty());
}

TEST(ReportedSpeechTest, HeadlinePassivesWithoutTheirAuxiliaryReportNothing) {
  // "Residents told to leave", "Man charged after stabbing": a headline's passive, with no
  // auxiliary; its subject is told or charged, and says nothing.
  EXPECT_THAT(Statements("Kelburn residents told to leave as fire nears"), IsEmpty());
  EXPECT_THAT(Statements("Man charged after Oakport stabbing"), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee charged that the vote was rigged."),
              ElementsAre(Found{"the vote was rigged", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, TranscriptLabelIsAPersonAndItsShortTurnsCount) {
  // In a transcript (paragraphs open with a label in capitals and a colon), a turn of two
  // words is a statement, and a label the text names no more fully is a person, not a body.
  const Extraction e = ExtractOrDie(
      "FELL: Will you step down?\nDUNMORE: Not today.\nFELL: Why not?\nDUNMORE: The numbers "
      "speak for themselves.\n");
  ASSERT_EQ(e.statements.size(), 4u);
  EXPECT_EQ(e.speakers[e.statements[1].speaker].name, "DUNMORE");
  EXPECT_EQ(e.speakers[e.statements[1].speaker].kind, SpeakerKind::kPerson);
  EXPECT_THAT(e.speakers[e.statements[1].speaker].organizations, IsEmpty());
  EXPECT_EQ(e.speakers[e.statements[2].speaker].name, "FELL");
}

TEST(TextTest, PeriodAfterADecimalEndsTheSentence) {
  // "was $2.40." : the period after a decimal's last digit is no abbreviation's; the
  // sentence ends there and the clause with it.
  EXPECT_THAT(Statements("Officials said the fare was $2.40. The mayor said nothing new."),
              ElementsAre(Found{"the fare was $2.40", "Officials", "indirect"},
                          Found{"nothing new", "mayor", "indirect"}));
}

TEST(ReportedSpeechTest, ListenersNamedByATimeWordOrAsNewsmen) {
  // "told the Evening Sentinel she ...": a time word opening an outlet's capitalized name is
  // part of the listener; "told newsmen that" (Indian English) names the press as
  // "reporters" does.
  EXPECT_THAT(Statements("Karen Doyle told the Evening Sentinel she would vote no."),
              ElementsAre(Found{"she would vote no", "Karen Doyle", "indirect"}));
  EXPECT_THAT(Statements("Raj Bhatnagiri told newsmen that the weir was safe."),
              ElementsAre(Found{"the weir was safe", "Raj Bhatnagiri", "indirect"}));
  EXPECT_THAT(Statements("Raj Bhatnagiri told mediapersons the weir was safe."),
              ElementsAre(Found{"the weir was safe", "Raj Bhatnagiri", "indirect"}));
}

TEST(SpeakerTest, PersonsTradeInAnAppositiveIsNoBody) {
  // "said Dwayne Pettibone, a crane operator": an operator or a promoter is a person's
  // trade as often as a firm; the name stays a person with no organization, and the next
  // speaker does not inherit it.
  const Extraction e = ExtractOrDie(
      "\"Everybody ran,\" said Dwayne Pettibone, a crane operator.\nPlant manager Susan "
      "Okonkwo said the leak was contained.");
  ASSERT_EQ(e.statements.size(), 2u);
  EXPECT_EQ(e.speakers[e.statements[0].speaker].kind, SpeakerKind::kPerson);
  EXPECT_THAT(e.speakers[e.statements[0].speaker].organizations, IsEmpty());
  EXPECT_THAT(e.speakers[e.statements[1].speaker].organizations, IsEmpty());
}

TEST(DirectQuoteTest, NameAndMannerAloneInAParagraphIntroduceTheNextQuotation) {
  // "But MP Nadia Kettleworth was scathing." alone in its paragraph, then a paragraph that
  // opens with a quotation with no attribution of its own: the quotation is hers.
  EXPECT_THAT(Statements("The cuts passed on Monday.\nBut MP Nadia Kettleworth was scathing.\n"
                         "\"These cuts will hurt thousands.\"\n"),
              ElementsAre(Found{"These cuts will hurt thousands.", "Nadia Kettleworth",
                                "direct"}));
  // Hard negative: a quotation with its own attribution keeps it.
  EXPECT_THAT(Statements("The vote passed.\nTom Lee was absent.\n\"We lost,\" Ann Ray said.\n"),
              ElementsAre(Found{"We lost,", "Ann Ray", "direct"}));
}

TEST(SpeakerTest, SentenceOpeningNounBeforeOfIsNoPartOfTheBody) {
  // "Shares of Velorix Systems rose ...": the company head who speaks next is Velorix
  // Systems's; "Shares" is capitalized only as the sentence's first word. "Bank of
  // Elmland" keeps its "Bank".
  const Extraction shares = ExtractOrDie(
      "Shares of Velorix Systems rose 8% on Thursday. Chief Executive Officer Priya Anandraj "
      "said demand was strong.");
  ASSERT_EQ(shares.statements.size(), 1u);
  EXPECT_THAT(shares.speakers[shares.statements[0].speaker].organizations,
              ElementsAre("Velorix Systems"));
  const Extraction bank = ExtractOrDie(
      "Bank of Elmland raised rates on Thursday. Chief Executive Officer Priya Anandraj said "
      "demand was strong.");
  ASSERT_EQ(bank.statements.size(), 1u);
  EXPECT_THAT(bank.speakers[bank.statements[0].speaker].organizations,
              ElementsAre("Bank of Elmland"));
}

TEST(SpeakerTest, SlashJoinsTwoBodiesThatMadeAPoll) {
  // "A Harbor Post/Elm News poll found": both bodies made the poll, so the speaker keeps the
  // name before the slash as well. A slash elsewhere still ends the phrase.
  EXPECT_THAT(Statements("A Harbor Post/Elm News poll found that voters were angry."),
              ElementsAre(Found{"voters were angry", "Harbor Post/Elm News poll", "indirect"}));
  EXPECT_THAT(Statements("The Dale County Sentinel/Elm News poll found that voters were angry."),
              ElementsAre(Found{"voters were angry", "Dale County Sentinel/Elm News poll",
                                "indirect"}));
  EXPECT_THAT(Statements("In 2019/2020 Ann Ray said the pier was late."),
              ElementsAre(Found{"the pier was late", "Ann Ray", "indirect"}));
}

TEST(DirectQuoteTest, ClosingMarkThatOpensAParagraphOpensAQuotation) {
  // "\u201d \u2026 in the case of ...": a right-hand mark typed at a paragraph's start has
  // nothing to close, so it opens the quotation the attribution after it closes.
  EXPECT_THAT(Statements("The vote is Saturday.\n\u201d \u2026 the pier is late,\u201d wrote the "
                         "Harbor Post. \u201cThe rout followed.\u201d\n"),
              ElementsAre(Found{"\u2026 the pier is late,", "Harbor Post", "direct"},
                          Found{"The rout followed.", "Harbor Post", "direct"}));
}

TEST(SpeakerTest, PronounAfterADescribedSubjectIsThatPerson) {
  // "The retired surgeon gave few hints on when he ...": with no name between, "he" is
  // the person the sentence opens with, not the last speaker.
  EXPECT_THAT(Statements("\"We will win,\" said Harlan Dobbs, a donor.\nThe retired surgeon "
                         "gave few hints on when he hoped to reopen the clinic, adding only "
                         "that he was \"sorting out the rota.\"\n"),
              ElementsAre(Found{"We will win,", "Harlan Dobbs", "direct"},
                          Found{"to reopen the clinic", "retired surgeon", "indirect"},
                          Found{"he was \"sorting out the rota.\"", "retired surgeon",
                                "mixed"}));
  // Hard negative: a name between the description and the pronoun may be the one meant.
  const std::vector<Found> named = Statements(
      "\"We will win,\" said Harlan Dobbs, a donor.\nThe retired surgeon met Tom Lee before he "
      "said the clinic would close.\n");
  ASSERT_EQ(named.size(), 2u);
  EXPECT_NE(named[1].speaker, "retired surgeon");
}

TEST(ReportedSpeechTest, CommaInsideClosingMarkEndsAnOpeningSubordinateClause) {
  // "When Tom Lee noted that fares were "a scandal," Ann Ray ...": the quotation's comma,
  // inside its closing mark, ends the subordinate clause; the main clause's subject says
  // what the participle after it reports.
  EXPECT_THAT(Statements("When Tom Lee noted that fares were \"a scandal,\" Ann Ray seized on "
                         "the word, repeating her claim that the ferry would be sold.\n"),
              ElementsAre(Found{"fares were \"a scandal,\"", "Tom Lee", "mixed"},
                          Found{"her claim that the ferry would be sold", "Ann Ray",
                                "indirect"}));
  // Hard negative: a comma inside a quotation that goes on is no clause's end.
  EXPECT_THAT(Statements("When Tom Lee noted that fares were \"a scandal, Ann Ray says,\" the "
                         "board left.\n"),
              ElementsAre(Found{"fares were \"a scandal, Ann Ray says,\"", "Tom Lee",
                                "mixed"}));
}

TEST(DirectQuoteTest, QuoteInsideAnOpeningPhraseLeavesTheCueItsClause) {
  // `Citing "family reasons," the spokeswoman told reporters that ...`: the quotation is the
  // spokeswoman's, and so is the clause the cue reports after it.
  EXPECT_THAT(Statements("Citing \"family reasons,\" the spokeswoman told reporters that Tom "
                         "Lee will miss the regatta.\n"),
              ElementsAre(Found{"family reasons,", "spokeswoman", "direct"},
                          Found{"Tom Lee will miss the regatta", "spokeswoman", "indirect"}));
  // Hard negatives: a listener's phrase after the cue is no clause, nor is a quotation that
  // opens its sentence followed by anything but its attribution.
  EXPECT_THAT(Statements("Fares are \"a scandal,\" Ann Ray, the mayor, told a cheering crowd "
                         "on Tuesday.\n"),
              ElementsAre(Found{"Fares are \"a scandal,", "Ann Ray", "mixed"}));
  EXPECT_THAT(Statements("\"We will win,\" Ann Ray said on Tuesday.\n"),
              ElementsAre(Found{"We will win,", "Ann Ray", "direct"}));
}

TEST(ReportedSpeechTest, OpeningPrepositionAndParticipleEndAtTheMainClause) {
  // "Despite polls showing Ann Ray well behind, Tom Lee campaigned ...": the participle's
  // clause ends at the comma before the main clause.
  EXPECT_THAT(Statements("Despite polls showing Ann Ray well behind, Tom Lee campaigned in the "
                         "port towns.\n"),
              ElementsAre(Found{"Ann Ray well behind", "polls", "indirect"}));
  EXPECT_THAT(Statements("With new polls showing that fares are too high, the board met.\n"),
              ElementsAre(Found{"fares are too high", "new polls", "indirect"}));
  // Hard negative: after another opening word the clause goes on past its comma.
  EXPECT_THAT(Statements("New polls showed that Ann Ray, the mayor, is well behind.\n"),
              ElementsAre(Found{"Ann Ray, the mayor, is well behind", "New polls", "indirect"}));
}

TEST(ReportedSpeechTest, LabelGoesOnThroughAListOfAdjectives) {
  // "called him a brave, loving and loyal man": the comma is the adjectives' list's, not
  // the label's end; a participle's phrase after the label still ends it.
  EXPECT_THAT(Statements("Tom Farrow called him a brave, loving and loyal man.\n"),
              ElementsAre(Found{"him a brave, loving and loyal man", "Tom Farrow", "indirect"}));
  EXPECT_THAT(Statements("Tom Farrow called it a mess, raising fears and anger in the town.\n"),
              ElementsAre(Found{"it a mess", "Tom Farrow", "indirect"}));
}

TEST(ReportedSpeechTest, CueClosingANounOfTimesClauseSaysNothing) {
  // "By the time the hearings concluded, 40 percent of riders said ...": the cue closes the
  // opening clause of time; the main clause after the comma has its own attribution.
  EXPECT_THAT(Statements("By the time the hearings concluded, 40 percent of riders said they "
                         "would not pay.\n"),
              ElementsAre(Found{"they would not pay", "40 percent of riders", "indirect"}));
}

TEST(ReportedSpeechTest, ColonBeforeANewAttributionEndsTheClause) {
  // "polling shows why it matters: A recent Elm poll showed that ...": the colon ends the
  // first clause; the words after it are the poll's.
  EXPECT_THAT(Statements("Wider polling shows why the angst matters: A recent Elm poll showed "
                         "that only half of riders would pay.\n"),
              ElementsAre(Found{"why the angst matters", "Wider polling", "indirect"},
                          Found{"only half of riders would pay", "recent Elm poll",
                                "indirect"}));
  // Hard negative: a verb of feeling after the colon opens no attribution.
  EXPECT_THAT(Statements("Tom Lee said it fails for one reason: The pride Ann Ray feels is "
                         "misplaced.\n"),
              ElementsAre(Found{"it fails for one reason: The pride Ann Ray feels is misplaced",
                                "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, RaisingQuestionsAboutReportsWhatWasQuestioned) {
  // "raised questions about X", "voiced concerns about Y": doubts put in words; the
  // content is what was questioned.
  EXPECT_THAT(Statements("Tom Lee has raised questions about the mayor's expenses.\n"),
              ElementsAre(Found{"the mayor's expenses", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Harbor residents voiced concerns about what the audit might find.\n"),
              ElementsAre(Found{"what the audit might find", "Harbor residents", "indirect"}));
}

TEST(ReportedSpeechTest, CueEndingInAStrandedPrepositionReportsNothing) {
  // "The reforms Tom Lee called for would cost millions": the cue's object is the noun
  // before it (a relative clause's gap); what follows is the main clause.
  EXPECT_THAT(Statements("The reforms Tom Lee called for would cost millions.\n"), IsEmpty());
  EXPECT_THAT(Statements("The trends Ann Ray points to with alarm are real.\n"), IsEmpty());
  // Hard negatives: an object after the preposition, and an infinitive after "to".
  EXPECT_THAT(Statements("Tom Lee called for more police.\n"),
              ElementsAre(Found{"more police", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray raised concerns about whether the pier was safe.\n"),
              ElementsAre(Found{"whether the pier was safe", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, WroteAndTheOneWrittenToAttributeTheClauseBefore) {
  // "CLAUSE, Ann Ray wrote Tom Lee.": "wrote" and the one written to, ending the sentence,
  // attribute the clause before them to the writer.
  EXPECT_THAT(Statements("The ledgers are stored in a safe archive, Ann Ray wrote Tom Lee.\n"),
              ElementsAre(Found{"The ledgers are stored in a safe archive", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("The pier is safe, Ann Ray wrote him.\n"),
              ElementsAre(Found{"The pier is safe", "Ann Ray", "indirect"}));
  // Hard negative: after a quotation, "wrote" and a name is the inverted writer.
  EXPECT_THAT(Statements("\"The pier is safe,\" wrote Harbor magazine.\n"),
              ElementsAre(Found{"The pier is safe,", "Harbor magazine", "direct"}));
}

TEST(ReportedSpeechTest, ParticipleAfterEverSinceClauseTakesTheMainSubject) {
  // "Ever since she backed Ann Ray, Ida Moss has been ..., attacking ...": an adverb before
  // the opening subordinator keeps the clause subordinate; the participle is the main
  // clause's subject's.
  const std::vector<Found> found = Statements(
      "Ever since she backed Ann Ray in May, Ida Moss has been a loud ally, attacking Tom Lee "
      "at every stop.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].speaker, "Ida Moss") << found[1];
}

TEST(SubjectsTest, DocumentFromASourceBeforeAnAppositiveSpeaksForTheSource) {
  // "A report from the agency, released Monday, said": with an appositive or relative
  // clause after it, the document's source still speaks, as it does without one.
  EXPECT_THAT(Statements("A report from the ferry board, released Monday, said that fares "
                         "would rise.\n"),
              ElementsAre(Found{"fares would rise", "ferry board", "indirect"}));
  EXPECT_THAT(Statements("Polls from the Elm primary, which Ann Ray won, showed that voters "
                         "backed the pier.\n"),
              ElementsAre(Found{"voters backed the pier", "Elm primary", "indirect"}));
  // Hard negative: a person from a place, with an appositive, is still the person.
  EXPECT_THAT(Statements("A nurse from Elmwood, a mother of two, said that fares would rise.\n"),
              ElementsAre(Found{"fares would rise", "nurse from Elmwood", "indirect"}));
}

TEST(ReportedSpeechTest, ObjectEndsBeforeATimeAndAMedium) {
  // "defended the plan this week on his radio show": after the object, a time and the
  // medium it was said on tell when and where; the object alone is the content.
  EXPECT_THAT(Statements("Tom Lee defended his plan this week on his radio show.\n"),
              ElementsAre(Found{"his plan", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray praised the crews on Tuesday on Elm Radio.\n"),
              ElementsAre(Found{"the crews", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, ParticipleWithItsAgentBetweenCommasStaysInTheClause) {
  // "hoped the vote, demanded by Ann Ray, would be calm": a cue's participle and its
  // agent between commas are a reduced relative clause on the reported clause's subject,
  // not the main clause's next attribution.
  EXPECT_THAT(Statements("The ferry crews hoped the vote, demanded by Ann Ray, would be "
                         "calm.\n"),
              ElementsAre(Found{"the vote, demanded by Ann Ray, would be calm",
                                "ferry crews", "indirect"}));
  // Hard negative: a finite cue after the comma is the main clause's.
  EXPECT_THAT(Statements("Tom Lee, who said that fares would rise, recalled that the pier was "
                         "old.\n"),
              Contains(Found{"the pier was old", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, QuestionPutAsAWhetherClauseKeepsItsAsides) {
  // "was asked whether Tom Lee, who ..., could win": a question put as a clause ends where
  // a reported clause does, not at its first comma.
  EXPECT_THAT(Statements("Ann Ray was asked whether Tom Lee, who has called the pier a relic, "
                         "could win.\n"),
              Contains(Found{"whether Tom Lee, who has called the pier a relic, could win", "",
                             "indirect"}));
  // Hard negative: a comma and a new clause after the question still end it.
  EXPECT_THAT(Statements("Ann Ray was asked whether the pier was safe, and she smiled.\n"),
              ElementsAre(Found{"whether the pier was safe", "", "indirect"}));
}

TEST(ReportedSpeechTest, OwnersAnswerWasThatIsTheOwners) {
  // "The senator's answer was that ...": the owner of "answer" or "reply" says the clause,
  // not the last speaker.
  EXPECT_THAT(Statements("Ida Moss said the roof is old. Ann Ray's answer was that the roof is "
                         "fine.\n"),
              ElementsAre(Found{"the roof is old", "Ida Moss", "indirect"},
                          Found{"the roof is fine", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss said the roof is old. Tom Lee's reply was that \"the roof is "
                         "fine.\"\n"),
              Contains(Found{"the roof is fine.", "Tom Lee", "direct"}));
}

TEST(SpeakersTest, ThePopeIsThePersonNamedPope) {
  // "the pope told reporters" after "Pope Francis": "pope" is an office one person holds,
  // as "the mayor" is ("princess", "sheikh" and "monarch" too).
  EXPECT_THAT(Statements("Pope Francis met Tom Lee on Friday. \"I greeted him and nothing "
                         "more,\" the pope told reporters.\n"),
              ElementsAre(Found{"I greeted him and nothing more,", "Francis", "direct"}));
}

TEST(ReportedSpeechTest, TitleCaseHeadlineNameObjectEndsAtCapitalizedAdjunct) {
  // "Ida Moss Endorses Tom Lee With Ann Ray's Blessing": in a Title Case headline the
  // adjunct and the conjunction before another verb are capitalized; they still end a name
  // object.
  const std::string body = "\n\nTom Lee spoke on Monday in the town of Elm.\n";
  EXPECT_THAT(Statements("Ida Moss Endorses Tom Lee With Ann Ray's Blessing." + body),
              Contains(Found{"Tom Lee", "Ida Moss", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray Backs Tom Lee And Denounces Ida Moss." + body),
              Contains(Found{"Tom Lee", "Ann Ray", "indirect"}));
  // Hard negative: in a headline in sentence case, "with" keeps its lower case rule.
  EXPECT_THAT(Statements("Ida Moss endorses Tom Lee with Ann Ray's blessing." + body),
              Contains(Found{"Tom Lee", "Ida Moss", "indirect"}));
}

TEST(SubjectsTest, SubjectAfterASubordinatorBeforeACityAndState) {
  // "Moss spoke after a woman in Elmwood, Oregon, told her ...": the phrase after the
  // subordinator, with its city and state, is the subject; the sentence's opening is not.
  EXPECT_THAT(Statements("Ida Moss spoke after a woman in Elmwood, Oregon, said the pier is "
                         "unsafe.\n"),
              ElementsAre(Found{"the pier is unsafe", "woman in Elmwood", "indirect"}));
  // Hard negative: with no subordinator, the opening phrase is still the subject.
  EXPECT_THAT(Statements("A woman in Elmwood, Oregon, said the pier is unsafe.\n"),
              ElementsAre(Found{"the pier is unsafe", "woman in Elmwood", "indirect"}));
}

TEST(QuoteTest, BidirectionalEmbeddingMarkIsInvisible) {
  // A left-to-right embedding mark (U+202A), pasted from social media before a paragraph's
  // opening mark, is no character of the text: the mark still opens the paragraph.
  EXPECT_THAT(Statements("Ann Ray spoke.\n\n\xE2\x80\xAA\xE2\x80\x9DSorry Ann, you should have "
                         "said no,\xE2\x80\x9D posted Ida Moss.\n"),
              ElementsAre(Found{"Sorry Ann, you should have said no,", "Ida Moss", "direct"}));
}

TEST(SubjectsTest, WordsQualifyingANumberAreNoPartOfTheSpeaker) {
  // "Nearly 300 said", "At least 12 riders said", "more than 300 said": the number (and its
  // noun) speaks; the words that qualify it are left out, as "more than" already was.
  EXPECT_THAT(Statements("Nearly 300 said they would vote.\n"),
              ElementsAre(Found{"they would vote", "300", "indirect"}));
  EXPECT_THAT(Statements("At least 12 riders said they would vote.\n"),
              ElementsAre(Found{"they would vote", "12 riders", "indirect"}));
  EXPECT_THAT(Statements("Of the riders, more than 300 said they would vote.\n"),
              ElementsAre(Found{"they would vote", "300", "indirect"}));
  // The clause before such a subject ends at its comma.
  EXPECT_THAT(Statements("In May, when Ann Ray asked riders to vote, at least 900 said they "
                         "would.\n"),
              ElementsAre(Found{"riders to vote", "Ann Ray", "indirect"},
                          Found{"they would", "900", "indirect"}));
  // Hard negative: a number inside a clause, after a verb, is no subject of a reduced
  // passive.
  EXPECT_THAT(Statements("The port hired nearly 300 said to be loyal.\n"), IsEmpty());
}

TEST(QuoteTest, RefusalAfterAQuoteAttributesNothing) {
  // `"..." A spokesman declined to comment.`: a refusal after a quotation is no attribution
  // of it, and lends it no speaker.
  const std::vector<Found> found =
      Statements("Ann Ray spoke on Monday. \"The pier is safe and will reopen soon.\" A "
                 "spokesman for Tom Lee declined to comment.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "") << found[0];
  EXPECT_EQ(found[1], (Found{"to comment", "spokesman for Tom Lee", "indirect"}));
  // `... said that "A" or "B."`: a quotation joined by "or" to the one before is its
  // speaker's too.
  EXPECT_THAT(Statements("The Ray campaign said on Monday that \"Ann will not be "
                         "bullied\" or \"distracted by the stones he throws.\" A spokesman for "
                         "Tom Lee declined to comment.\n"),
              Contains(Found{"distracted by the stones he throws.", "Ray campaign", "direct"}));
}

TEST(QuoteTest, DomainNameInsideTheSpeakersDescription) {
  // `"...," Nate Silk, the pollster who founded elmpolls.com wrote.`: the domain's period
  // ends no sentence, so the description and its verb still attribute the quotation.
  EXPECT_THAT(Statements("\"Ray needs a plan,\" Nate Silk, the pollster who founded elmpolls.com "
                         "wrote.\n"),
              ElementsAre(Found{"Ray needs a plan,", "Nate Silk", "direct"}));
}

TEST(SpeakersTest, HeadlineIsADocument) {
  // "The smug, pier-loving headline reads: ...": a headline, caption, banner or placard is
  // a document that states things, as a report is.
  EXPECT_THAT(Statements("Tom Lee spoke. The smug, pier-loving headline reads: \"Ray is not "
                         "closing the pier.\"\n"),
              ElementsAre(Found{"Ray is not closing the pier.", "pier-loving headline",
                                "direct"}));
}

TEST(QuoteTest, CueInARelativeClauseBeforeAColonDoesNotIntroduceTheQuote) {
  // `Lee tweeted back, pointing at a mayor who promised cuts: "..."`: the relative clause's
  // cue, with its own object, is the mayor's act; the sentence's cue introduces the words.
  EXPECT_THAT(Statements("Tom Lee tweeted back at Ann Ray pointing out how odd the claim was "
                         "from a mayor who promised cuts: \"Uh, your plan is to cut the "
                         "ferry.\"\n"),
              Contains(Found{"Uh, your plan is to cut the ferry.", "Tom Lee", "direct"}));
  // Hard negative: a relative clause's cue right before the colon introduces the words.
  EXPECT_THAT(Statements("Tom Lee met a mayor who said: \"Uh, your plan is to cut the "
                         "ferry.\"\n"),
              ElementsAre(Found{"Uh, your plan is to cut the ferry.", "mayor", "direct"}));
}

TEST(ReportedSpeechTest, SeenAsIsAViewWithNoSpeakerNamed) {
  // "The ferry is widely seen as a relic": a view that people the writer does not name hold
  // of the subject; what follows "as" is the statement, with no speaker (as "known for").
  EXPECT_THAT(Statements("The old ferry is widely seen as a relic of the port's past.\n"),
              ElementsAre(Found{"a relic of the port's past", "", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, who is seen as a better sailor than Ann Ray, hopes to "
                         "win.\n"),
              Contains(Found{"a better sailor than Ann Ray", "", "indirect"}));
  // A reduced passive after a noun is such a view too; "who's" contracts "who is".
  EXPECT_THAT(Statements("Low fares, seen as a boon for riders, will end in May.\n"),
              Contains(Found{"a boon for riders", "", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray, who\xE2\x80\x99s viewed as honest by most riders, spoke.\n"),
              Contains(Found{"honest by most riders", "", "indirect"}));
  // Hard negatives: the active "have seen as many" is no view, and "Ray has seen as a
  // threat" is Ray's.
  EXPECT_THAT(Statements("I have seen as many as ten boats at the pier.\n"), IsEmpty());
  EXPECT_THAT(Statements("The plan, which Ann Ray has seen as a threat, will cost more.\n"),
              Contains(Found{"a threat", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, AppealForANounPhraseEndsLikeATopic) {
  // "called for X" names what was asked for, like "spoke about X": a dash's aside, a
  // contrasting clause after ", but" or a second verb of the subject is the writer's.
  EXPECT_THAT(Statements("Tom Lee called for a single-fare ferry system \xE2\x80\x94 a dream "
                         "for many riders.\n"),
              ElementsAre(Found{"a single-fare ferry system", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray called for a ban on late fares, but the council was not "
                         "persuaded.\n"),
              ElementsAre(Found{"a ban on late fares", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray called for lower fares and made the case for a new pier.\n"),
              Contains(Found{"lower fares", "Ann Ray", "indirect"}));
  // Hard negatives: what the subject is asked to do stays whole, and a compound adjective
  // after "and" is no second verb.
  EXPECT_THAT(Statements("Ann Ray called for the pier to stay open until the vote.\n"),
              ElementsAre(Found{"the pier to stay open until the vote", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray called for lower fees, particularly for young and "
                         "middle-aged riders.\n"),
              ElementsAre(Found{"lower fees, particularly for young and middle-aged riders",
                                "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, NounCueOpeningTheSentenceEndsAtAnIrregularOrPresentVerb) {
  // "His attacks on X made him popular", "Ray's endorsement of Lee gives him a boost": the
  // noun cue is the sentence's subject, so its content ends at the main verb, an irregular
  // past or a present in "-s" before its own object.
  EXPECT_THAT(Statements("Tom Lee spoke on Monday. His harsh attacks on late riders made him "
                         "popular.\n"),
              ElementsAre(Found{"late riders", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray\xE2\x80\x99s endorsement of Tom Lee gives him a boost.\n"),
              ElementsAre(Found{"Tom Lee", "Ann Ray", "indirect"}));
  // Hard negative: a plural noun after a lowercase word is no verb.
  EXPECT_THAT(Statements("Ann Ray\xE2\x80\x99s support for new ferry routes is firm.\n"),
              ElementsAre(Found{"new ferry routes", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, PersuadeAndConvinceNameTheirListenerBeforeTheClause) {
  // "persuaded voters that ...", "convince riders that ...": the listener comes first, as
  // after "told"; what they are to believe is the subject's statement.
  EXPECT_THAT(Statements("Ann Ray must convince riders that the ferry is safe.\n"),
              ElementsAre(Found{"the ferry is safe", "Ann Ray", "indirect"}));
  // An attempt to say it is saying it ("tried to tell", "trying to persuade").
  EXPECT_THAT(Statements("Tom Lee tried to persuade riders, especially older ones, that he "
                         "knows their worries.\n"),
              ElementsAre(Found{"he knows their worries", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray is trying to tell voters that the pier is safe.\n"),
              ElementsAre(Found{"the pier is safe", "Ann Ray", "indirect"}));
  // Hard negative: after "any", the gerund is a noun, no one's act of convincing.
  EXPECT_THAT(Statements("Tom Lee spoke. The riders did not need any convincing that the pier "
                         "was unsafe.\n"),
              IsEmpty());
}

TEST(ReportedSpeechTest, ObjectOfAStanceVerbEndsLikeATopic) {
  // "praised X for Y, but ...", "criticized X and took the stage": a stance verb's object
  // ends before a contrasting clause, the subject's second verb or a dash's aside.
  EXPECT_THAT(Statements("Tom Lee praised Ann Ray for the ferry plan, but the council was not "
                         "persuaded.\n"),
              ElementsAre(Found{"Ann Ray for the ferry plan", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray criticized the ferry board and took the stage with Tom "
                         "Lee.\n"),
              ElementsAre(Found{"the ferry board", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray endorsed the new fare - a long shot - in May.\n"),
              ElementsAre(Found{"the new fare", "Ann Ray", "indirect"}));
  // Hard negative: a hyphen inside a figure is no dash.
  EXPECT_THAT(Statements("Tom Lee spoke about the 59%-28% vote on the pier.\n"),
              ElementsAre(Found{"the 59%-28% vote on the pier", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, RipAndBashAreHarshCriticism) {
  // "ripped X for Y", "ripped into X", "bashing X": a stance verb, like "slammed".
  EXPECT_THAT(Statements("Tom Lee ripped Ann Ray for raising fares.\n"),
              ElementsAre(Found{"Ann Ray for raising fares", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray ripped into the ferry board.\n"),
              ElementsAre(Found{"the ferry board", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss spent the rally bashing Tom Lee.\n"),
              ElementsAre(Found{"Tom Lee", "Ida Moss", "indirect"}));
  // Hard negatives: torn away or off, and the noun "bashing".
  EXPECT_THAT(Statements("A rider ripped away the banner.\n"), IsEmpty());
  EXPECT_THAT(Statements("The banner was quickly ripped off the wall.\n"), IsEmpty());
  EXPECT_THAT(Statements("Ferry bashing is popular.\n"), IsEmpty());
}

TEST(ReportedSpeechTest, CausedSpeakerNamedAsAnExample) {
  // "leading advisers like Ann Ray to counter that ...": the example named in the object of
  // a verb of causing speaks, as in the subject "Advisers like Ann Ray say".
  EXPECT_THAT(Statements("The post was shared widely, leading Elm advisers like Ann Ray to "
                         "counter that \"every cent went to the riders.\"\n"),
              ElementsAre(Found{"every cent went to the riders.", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("The post led Elm advisers such as Ann Ray to say that the pier is "
                         "safe.\n"),
              ElementsAre(Found{"the pier is safe", "Ann Ray", "indirect"}));
}

TEST(QuoteTest, AClauseOfANameAndItsCueAfterAndIntroducesTheNextQuote) {
  // `"...," Ray said, and Tom Lee cut in. "..."`: the short clause after ", and" that ends
  // the sentence introduces the next quotation, as a sentence of its own would.
  EXPECT_THAT(Statements("\xE2\x80\x9CTell her I said hi,\xE2\x80\x9D Ann Ray said, and Tom Lee "
                         "cut in. \xE2\x80\x9C" "Don\xE2\x80\x99t forget me.\xE2\x80\x9D\n"),
              ElementsAre(Found{"Tell her I said hi,", "Ann Ray", "direct"},
                          Found{"Don\xE2\x80\x99t forget me.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Ann Ray spoke. Tom Lee chimed in. \"We will win.\"\n"),
              ElementsAre(Found{"We will win.", "Tom Lee", "direct"}));
  // Hard negative: "went in" is no verb of saying.
  EXPECT_THAT(Statements("Ann Ray spoke. Tom Lee went in. \"We will win.\"\n"),
              ElementsAre(Found{"We will win.", "", "direct"}));
}

TEST(ReportedSpeechTest, ShownOrPicturedSayingReportsTheSubjectsWords) {
  // "is shown saying", "was pictured telling": as "was heard saying", the passive of a verb
  // of recording reports its subject's words.
  EXPECT_THAT(Statements("Tom Lee is shown saying that the pier is safe.\n"),
              ElementsAre(Found{"the pier is safe", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray was pictured telling riders that the pier is safe.\n"),
              ElementsAre(Found{"the pier is safe", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, AConcessionBetweenCommasBeforeTheCueIsSkipped) {
  // "Lee, though wary of the plan, said ...": a concession with an adjective and no subject
  // of its own stands between the subject and its verb.
  EXPECT_THAT(Statements("Tom Lee, though wary of the plan, said the pier is safe.\n"),
              ElementsAre(Found{"the pier is safe", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray, although still hopeful about the vote, said the pier may "
                         "close.\n"),
              ElementsAre(Found{"the pier may close", "Ann Ray", "indirect"}));
  // Hard negative: a clause with its own subject after "while" is its own attribution.
  EXPECT_THAT(Statements("The pier is safe, while Tom Lee said it is not.\n"),
              ElementsAre(Found{"it is not", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, APlacePrepositionOpeningTheSentenceIsNoName) {
  // "Outside the campaign, X, who ..., are warning": "Outside" (no stop word, for "outside
  // groups") before a determiner opens an adverbial, neither a name nor an organization.
  EXPECT_THAT(Statements("Outside the campaign, a number of riders, who are confident, are "
                         "warning against a Lee-only plan.\n"),
              ElementsAre(Found{"a Lee-only plan", "number of riders", "indirect"}));
  // Hard negative: "outside" as an adjective inside the subject.
  EXPECT_THAT(Statements("Outside groups said the pier is safe.\n"),
              ElementsAre(Found{"the pier is safe", "Outside groups", "indirect"}));
}

TEST(SpeakerTest, ANameAndItsPastVerbAreNoModifiersOfADocument) {
  // "Tom Lee released data showing that ...": the name and its verb are no part of the
  // noun phrase "data"; the document's author speaks, as with "a report".
  EXPECT_THAT(Statements("Tom Lee released data showing that riders were more responsive.\n"),
              ElementsAre(Found{"riders were more responsive", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray published research showing that fares fell.\n"),
              ElementsAre(Found{"fares fell", "Ann Ray", "indirect"}));
  // Hard negative: a capitalized adjective before a participle that modifies people.
  EXPECT_THAT(Statements("Seventy percent of Elm registered voters said they like Ray.\n"),
              ElementsAre(Found{"they like Ray", "Seventy percent of Elm registered voters",
                                "indirect"}));
}


TEST(SpeakerTest, ALongAppositiveInBracketsOnANameIsSkipped) {
  // "Tom Lee (an Elm Democrat so young he ...) says": an appositive in brackets that opens
  // with an article may run past seven words, as a relative clause on "who" may; so after
  // ", but" too.
  EXPECT_THAT(Statements("Tom Lee (an Elm Democrat so young he has been mistaken for an aide) "
                         "says he was unfocused.\n"),
              ElementsAre(Found{"he was unfocused", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Few riders would admit this, but Sen. Ann Ray (a Democrat so new she "
                         "has been mistaken for a page) says she was lost.\n"),
              ElementsAre(Found{"she was lost", "Ann Ray", "indirect"}));
  // Hard negative: brackets on no name do not hold the subject.
  EXPECT_THAT(Statements("The fare (a sum so large that riders have been priced out of the "
                         "city) rose, and Tom Lee said it was fair.\n"),
              ElementsAre(Found{"it was fair", "Tom Lee", "indirect"}));
}


TEST(SpeakerTest, AnOpeningParticiplesPhraseIsNoNameBeforeAnAppositive) {
  // "Addressing the board, the chief, Tom Lee, said": an opening participle with its object
  // is no name whose appositive follows, as a lone participle ("Reacting, ...") is not.
  EXPECT_THAT(Statements("Addressing the board, the chief, Tom Lee, said the plan was an act.\n"),
              ElementsAre(Found{"the plan was an act", "Tom Lee", "indirect"}));
  // Hard negative: a name that ends in -ing and is capitalized elsewhere speaks.
  EXPECT_THAT(Statements("Ann Manning spoke first. Manning, the chief, said the pier is safe.\n"),
              ElementsAre(Found{"the pier is safe", "Ann Manning", "indirect"}));
}


TEST(ReportedSpeechTest, AVerbOfComingOrMeetingThenWhereGivesThePurpose) {
  // "came to the capital to argue", "gathered at the bar to talk about": a verb of coming or
  // meeting and where it was end the verb phrase; the infinitive is the subject's purpose.
  EXPECT_THAT(Statements("After the vote, Ann Ray came to the capital to argue that fares must "
                         "fall.\n"),
              ElementsAre(Found{"fares must fall", "Ann Ray", "indirect"}));
  // Hard negative: "appeared to" is a complement of seeming, no purpose.
  EXPECT_THAT(Statements("Tom Lee appeared to imply that the fares would rise.\n"), IsEmpty());
}

TEST(SpeakerTest, ASecondOpeningAdverbialIsSkippedBeforeTheSubject) {
  // "On Thursday, after their shift, the riders ...": a second adverbial (a preposition and
  // no verb) after the first's comma; the subject follows its comma.
  EXPECT_THAT(Statements("On Thursday, after their shift, the riders gathered at the bar to "
                         "talk about the fares.\n"),
              ElementsAre(Found{"the fares", "riders", "indirect"}));
  EXPECT_THAT(Statements("In the last debate, on Elm TV, the rivals were able to dodge "
                         "questions by saying the fares were fine.\n"),
              ElementsAre(Found{"the fares were fine", "rivals", "indirect"}));
  // "about" and a number open the subject: no adverbial, and the number's approximator is
  // no preposition that opens one.
  EXPECT_THAT(Statements("Outside the hall, about 200 riders massed in two groups, saying the "
                         "pier is unsafe.\n"),
              ElementsAre(Found{"the pier is unsafe", "200 riders", "indirect"}));
}


TEST(SpeakerTest, AComparisonWithANameAfterAndIsNoSubject) {
  // "X represents Elm, and like Ann Ray has spoken about ...": "like" and a name between
  // "and" and the verb compare; the verb is the sentence subject's second.
  EXPECT_THAT(Statements("Tom Lee represents a district in Elm, and like Ann Ray has spoken "
                         "about more ferries for the bay.\n"),
              ElementsAre(Found{"more ferries for the bay", "Tom Lee", "indirect"}));
  // Hard negative: with no "like", the name after "and" speaks.
  EXPECT_THAT(Statements("The pier closed, and Ann Ray has spoken about more ferries for the "
                         "bay.\n"),
              ElementsAre(Found{"more ferries for the bay", "Ann Ray", "indirect"}));
}


TEST(ReportedSpeechTest, AReasonAfterTheCuesCommaLeavesTheClauseBeforeIt) {
  // "A, her aides said Monday, because she knows B": the reason after the comma is a
  // clause of its own, even with a verb of thought in it; A is the aides' statement.
  EXPECT_THAT(Statements("Ann Ray spoke. The plan was sound, her aides said Monday, because "
                         "she knows the riders.\n"),
              ElementsAre(Found{"The plan was sound", "aides", "indirect"},
                          Found{"the riders", "Ann Ray", "indirect"}));
  // Hard negative: a clause after the cue with no comma before it is what was said.
  EXPECT_THAT(Statements("Ann Ray spoke. Her aides said on Monday that she knows the "
                         "riders.\n"),
              ElementsAre(Found{"she knows the riders", "aides", "indirect"}));
}


TEST(ReportedSpeechTest, WhereOrWhenItWasSaidEndsAStanceObject) {
  // "criticized the plan in an interview", "defended the fares at a rally on Friday",
  // "backed Lee in June 2020": the occasion or date after the object is not the object.
  EXPECT_THAT(Statements("Tom Lee criticized the fare plan in an interview published "
                         "Saturday.\n"),
              ElementsAre(Found{"the fare plan", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray praised the crews during her speech at the pier.\n"),
              ElementsAre(Found{"the crews", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss backed the fare plan in June 2020.\n"),
              ElementsAre(Found{"the fare plan", "Ida Moss", "indirect"}));
  // (An adverb of manner before the occasion goes with it.)
  EXPECT_THAT(Statements("Ann Ray spoke about the fares openly in an interview with the Elm "
                         "Post.\n"),
              ElementsAre(Found{"the fares", "Ann Ray", "indirect"}));
  // Hard negatives: an occasion word that modifies a noun, and a date inside a list.
  EXPECT_THAT(Statements("Tom Lee criticized the rules for a night club in Elm City.\n"),
              ElementsAre(Found{"the rules for a night club in Elm City", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("Ann Ray criticized his loss in 2019 and his run in 2021.\n"),
              ElementsAre(Found{"his loss in 2019 and his run in 2021", "Ann Ray", "indirect"}));
}


TEST(ReportedSpeechTest, ASubordinateClauseAfterTheTopicsCommaEndsIt) {
  // "spoke about the fares, though the crowd booed": after the comma, a subordinator and a
  // subject of any kind (a determiner, a name) open a clause of their own.
  EXPECT_THAT(Statements("Tom Lee spoke about the fares, though the crowd booed.\n"),
              ElementsAre(Found{"the fares", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray talked about the fares, while Tom Lee left.\n"),
              ElementsAre(Found{"the fares", "Ann Ray", "indirect"}));
  // Hard negative: a relative clause inside the topic keeps its words.
  EXPECT_THAT(Statements("Ann Ray talked about riders who left when the fares rose.\n"),
              ElementsAre(Found{"riders who left when the fares rose", "Ann Ray", "indirect"}));
}


TEST(ReportedSpeechTest, AListenerWithAModifierBeforeAnAsideIsSkipped) {
  // "told ferry riders, especially older ones, that": a noun for people after a modifier,
  // then an aside between commas, then "that".
  EXPECT_THAT(Statements("Tom Lee told ferry riders, especially older ones, that the pier is "
                         "safe.\n"),
              ElementsAre(Found{"the pier is safe", "Tom Lee", "indirect"}));
  // Hard negative: a quotation after the listener's comma is what was said to it.
  EXPECT_THAT(Statements("Then I asked the riders, \"Why a fare cap now?\"\n"),
              ElementsAre(Found{"Why a fare cap now?", "", "direct"}));
}


TEST(ReportedSpeechTest, TheMainClausesAuxiliaryEndsARelativeClausesContent) {
  // "Voters who believe the plan will fail will stay home": in a relative clause on the
  // subject, the reported clause ends at the main clause's auxiliary (after the clause's own
  // finite verb; an infinitive has none).
  EXPECT_THAT(Statements("Riders who believe the pier will fail will stay home.\n"),
              ElementsAre(Found{"the pier will fail", "Riders", "indirect"}));
  EXPECT_THAT(Statements("Critics who argue that the fares are too high have a point.\n"),
              ElementsAre(Found{"the fares are too high", "Critics", "indirect"}));
  EXPECT_THAT(Statements("Pilots who wanted to join the strike could be fired.\n"),
              ElementsAre(Found{"to join the strike", "Pilots", "indirect"}));
  // Hard negative: a relative clause inside the reported clause has a verb of its own.
  EXPECT_THAT(Statements("Riders who say the pier that was shut is unsafe.\n"),
              ElementsAre(Found{"the pier that was shut is unsafe", "Riders", "indirect"}));
}


TEST(ReportedSpeechTest, TheOccasionEndsAVerbOfSayingsNounObject) {
  // "laid out an agenda at a press briefing on Monday": a noun phrase object with no verb
  // of its own ends before where or when it was said, as a topic does.
  EXPECT_THAT(Statements("Tom Lee laid out a ferry agenda at an unplanned press briefing on "
                         "Monday by the pier.\n"),
              ElementsAre(Found{"a ferry agenda", "Tom Lee", "indirect"}));
  // Hard negative: the object's complement after the occasion.
  EXPECT_THAT(Statements("Ann Ray described the plan during an interview as \"a relic.\"\n"),
              ElementsAre(Found{"the plan during an interview as \"a relic.\"", "Ann Ray",
                                "mixed"}));
}


TEST(ReportedSpeechTest, AnOpeningTimeClauseIsNoHalfOfAQuotation) {
  // "After Ray accused him, he warned, "..."": before a quotation the opening clause of time
  // says when; the accusation in it is Ray's own statement.
  EXPECT_THAT(Statements("Tom Lee spoke. After Ann Ray accused him of bias, he warned, \"That "
                         "is fair game,\" Lee told the Elm Post.\n"),
              ElementsAre(Found{"him of bias", "Ann Ray", "indirect"},
                          Found{"That is fair game,", "Tom Lee", "direct"}));
  // Hard negative: with no quotation, the clause of time is the first half of the words.
  EXPECT_THAT(Statements("After the vote fails, Tom Lee said, the party will split.\n"),
              ElementsAre(Found{"After the vote fails", "Tom Lee", "indirect"},
                          Found{"the party will split", "Tom Lee", "indirect"}));
}


TEST(SpeakerTest, WhereABodyIsAfterItsNameIsNoSpeaker) {
  // "Ann Ray of Elm Church in Oakport said": "in" and a place after a body's name say where
  // the body is; the person speaks, and the place is no part of the body's name.
  const Extraction e = ExtractOrDie("Ann Ray of Elm Church in Oakport said the pier is safe.");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Ann Ray"));
  ASSERT_EQ(e.speakers.size(), 1u);
  EXPECT_THAT(e.speakers[0].organizations, ElementsAre("Elm Church"));
  EXPECT_THAT(Statements("One pastor, Tom Lee of the Elm Clinic in Oakport, said the fares "
                         "will rise.\n"),
              ElementsAre(Found{"the fares will rise", "Tom Lee", "indirect"}));
  // Hard negative: a month after "in" is when, and the body speaks.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("The Elm Council in March said the pier is safe.")),
              ElementsAre("Elm Council"));
}


TEST(ReportedSpeechTest, AParticiplesObjectEndsAsAFiniteVerbsDoes) {
  // "..., denouncing the plan after Ray said ...", "..., talking about the fares, but the
  // crowd ...": a participle's noun phrase object ends where a finite verb's would.
  EXPECT_THAT(Statements("Tom Lee had a strong night, denouncing the pier board after Ann Ray "
                         "said she is open to a deal.\n"),
              ElementsAre(Found{"the pier board", "Tom Lee", "indirect"},
                          Found{"she is open to a deal", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee spoke next, talking about the ferry fares, but the crowd "
                         "booed.\n"),
              ElementsAre(Found{"the ferry fares", "Tom Lee", "indirect"}));
  // Hard negative: a clause after the participle of saying is all reported.
  EXPECT_THAT(Statements("Tom Lee spoke next, saying the fares rose after the pier shut.\n"),
              ElementsAre(Found{"the fares rose after the pier shut", "Tom Lee", "indirect"}));
}


TEST(ReportedSpeechTest, AVerbOfEndorsementWithAParticleIsAnotherVerb) {
  // "the board backing down from the plan", "backed off": to back down is to give way, not to
  // endorse; the clause after is the sentence's only statement.
  EXPECT_THAT(Statements("Despite hints of the board backing down from the fare plan, Tom Lee "
                         "said the pier would close.\n"),
              ElementsAre(Found{"the pier would close", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Facing anger from riders, the Elm board backed off, replacing the fee "
                         "with a toll.\n"),
              IsEmpty());
  // Hard negatives: the verb alone, and "blasted out", a statement sent (the particle is
  // the cue's, no part of what was sent).
  EXPECT_THAT(Statements("Tom Lee backed Ann Ray.\n"),
              ElementsAre(Found{"Ann Ray", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray blasted out a statement on the fares.\n"),
              ElementsAre(Found{"a statement on the fares", "Ann Ray", "indirect"}));
}


TEST(ReportedSpeechTest, ACueEndingInToBeforeAFiniteVerbHasItsObjectBefore) {
  // "The judge Lee was referring to is Ann Ray": "to" then "is" is no infinitive; the
  // cue's object is the relative clause's gap, and nothing is reported.
  EXPECT_THAT(Statements("The ferry Tom Lee was referring to is the Elm Star, which sank.\n"),
              IsEmpty());
  // Hard negative: "have" after "to" opens an infinitive.
  EXPECT_THAT(Statements("Ann Ray would love to have the fares cut.\n"),
              ElementsAre(Found{"have the fares cut", "Ann Ray", "indirect"}));
}


TEST(ReportedSpeechTest, AStandInFavorOrInSupportOfIsAVerbOfEndorsement) {
  // "spoke out in favor of Ray", "came out in support of the bill", "argued in favor of":
  // the object after "of" is what the subject stood for.
  EXPECT_THAT(Statements("Tom Lee spoke out in favor of Ann Ray on Monday.\n"),
              ElementsAre(Found{"Ann Ray", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The riders came out in support of the ferry levy.\n"),
              ElementsAre(Found{"the ferry levy", "riders", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray argued in favor of a cap on fares.\n"),
              ElementsAre(Found{"a cap on fares", "Ann Ray", "indirect"}));
  // Hard negative: "came out" with no stand after it.
  EXPECT_THAT(Statements("The riders came out in force on Monday.\n"), IsEmpty());
}


TEST(ReportedSpeechTest, ASemicolonAfterTheCueSplitsTheAttributionAsACommaDoes) {
  // "A, he said; B": the clause before the attribution is what was said, and so is the
  // clause after the semicolon (as after a comma), without the semicolon.
  EXPECT_THAT(Statements("The ferry logs were altered, Tom Lee said; his crews found the "
                         "originals.\n"),
              ElementsAre(Found{"The ferry logs were altered", "Tom Lee", "indirect"},
                          Found{"his crews found the originals", "Tom Lee", "indirect"}));
  // Hard negative: a semicolon inside the reported clause stays in it.
  EXPECT_THAT(Statements("Tom Lee said the fares rose; the pier shut.\n"),
              ElementsAre(Found{"the fares rose; the pier shut", "Tom Lee", "indirect"}));
}


TEST(ReportedSpeechTest, DisavowAndRepudiateAreVerbsOfJudgement) {
  // "is disavowing remarks made by an aide who said ...": the remarks, with what the aide
  // said inside them, are what the subject rejected (one statement, the outer one).
  EXPECT_THAT(Statements("Ann Ray is disavowing remarks made by an aide who said riders "
                         "should pay more.\n"),
              ElementsAre(Found{"remarks made by an aide who said riders should pay more",
                                "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee repudiated the fare plan on Monday.\n"),
              ElementsAre(Found{"the fare plan", "Tom Lee", "indirect"}));
}


TEST(ReportedSpeechTest, ASubordinateParticipleEndsANounPhraseObject) {
  // "criticized the plan while visiting the pier", "talked about the fares before leaving":
  // what the subject did as it spoke is no part of the object.
  EXPECT_THAT(Statements("Tom Lee criticized the fare plan while visiting the pier.\n"),
              ElementsAre(Found{"the fare plan", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray talked about the ferry fares before leaving the pier.\n"),
              ElementsAre(Found{"the ferry fares", "Ann Ray", "indirect"}));
  // Hard negative: a clause after "said" keeps its own subordinate clause.
  EXPECT_THAT(Statements("Ann Ray said the fares rose after closing the pier.\n"),
              ElementsAre(Found{"the fares rose after closing the pier", "Ann Ray",
                                "indirect"}));
}

TEST(ReportedSpeechTest, AWritersClauseAfterTheCommaEndsAVerbOfSayingsObject) {
  // "didn't mention the plan, and there were no hecklers": after a noun phrase object, a
  // comma, "and" or "but" and a new subject ("there" and its verb, or a pronoun) open the
  // writer's clause.
  EXPECT_THAT(Statements("Tom Lee didn't mention the ferry toll, and there were no "
                         "hecklers.\n"),
              ElementsAre(Found{"the ferry toll", "Tom Lee", "indirect"}));
  // Hard negative: a list's comma goes on with the object.
  EXPECT_THAT(Statements("Tom Lee didn't mention the fares, the pier or the toll.\n"),
              ElementsAre(Found{"the fares, the pier or the toll", "Tom Lee", "indirect"}));
}


TEST(ReportedSpeechTest, TheWritersNameForWhatTheWordsDidIsNoPartOfThem) {
  // "..., a swipe at the recent fights", "..., a nod to the riders": the writer says what
  // the statement was aimed at, after the clause's comma.
  EXPECT_THAT(Statements("Tom Lee said the riders would be safe at the pier, a swipe at the "
                         "ferry board.\n"),
              ElementsAre(Found{"the riders would be safe at the pier", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray praised the crews, a nod to the union.\n"),
              ElementsAre(Found{"the crews", "Ann Ray", "indirect"}));
  // Hard negative: an appositive inside the clause, before its verb.
  EXPECT_THAT(Statements("Ann Ray said the toll, a swipe at riders, would rise.\n"),
              ElementsAre(Found{"the toll, a swipe at riders, would rise", "Ann Ray",
                                "indirect"}));
}


TEST(ReportedSpeechTest, APluralOccasionEndsATopicAsASingleOneDoes) {
  // "mentions her son in speeches", "praised the crews at recent rallies": where the words
  // were said, in the plural, with no determiner.
  EXPECT_THAT(Statements("Ann Ray often mentions her son in speeches.\n"),
              ElementsAre(Found{"her son", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee praised the ferry crews at recent rallies.\n"),
              ElementsAre(Found{"the ferry crews", "Tom Lee", "indirect"}));
  // Hard negative: the occasions as the subject of a clause.
  EXPECT_THAT(Statements("Ann Ray said the crowds at rallies were thin.\n"),
              ElementsAre(Found{"the crowds at rallies were thin", "Ann Ray", "indirect"}));
}


TEST(ReportedSpeechTest, AListAfterANameIsNoAppositive) {
  // "to talk to Elm, the riders and crews abroad": "and" before a bare plural, with no
  // preposition before it, joins a list of three, which goes on with the clause.
  EXPECT_THAT(Statements("It is his job, Tom Lee said, to talk to Elm, the riders and crews "
                         "abroad about the toll.\n"),
              ElementsAre(Found{"It is his job", "Tom Lee", "indirect"},
                          Found{"to talk to Elm, the riders and crews abroad about the toll",
                                "Tom Lee", "indirect"}));
  // Hard negative: an appositive whose second role has no plural ("a banker and former
  // aide") ends the clause.
  EXPECT_THAT(Statements("Tom Lee dismissed criticism from Ann Ray, a banker and former "
                         "aide to the mayor.\n"),
              ElementsAre(Found{"criticism from Ann Ray", "Tom Lee", "indirect"}));
}


TEST(ReportedSpeechTest, AClauseWithItsOwnSubjectEndsAVerbOfSayingsObject) {
  // "touted the law's gains before he left", "offered a slogan because she asked": a
  // subordinate clause with a subject of its own is no part of the noun phrase object.
  EXPECT_THAT(Statements("Tom Lee touted the ferry's gains before he left for the pier.\n"),
              ElementsAre(Found{"the ferry's gains", "Tom Lee", "indirect"}));
  // "..., but his parries are gentle", "..., but Ray was adamant": after a topic's comma,
  // a clause opened by an owner, or by a name and its verb.
  EXPECT_THAT(Statements("Tom Lee stepped up his attacks on the toll, but his jabs are "
                         "gentle.\n"),
              ElementsAre(Found{"the toll", "Tom Lee", "indirect"}));
  // Hard negative: "when" may say when the object happened.
  EXPECT_THAT(Statements("Ann Ray described the panic when Tom Lee closed the pier.\n"),
              ElementsAre(Found{"the panic when Tom Lee closed the pier", "Ann Ray",
                                "indirect"}));
}


TEST(SpeakerTest, APersonsCampOrCircleOrASideIsAGroupThatSpeaks) {
  // "Lee's inner circle believes that ...", "the Ray camp said": the people around a
  // person speak as a group.
  const Extraction e =
      ExtractOrDie("Tom Lee's inner circle believes that the pier will reopen in May.");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Tom Lee's inner circle"));
  ASSERT_EQ(e.statements.size(), 1u);
  EXPECT_EQ(e.speakers[e.statements[0].speaker].kind, SpeakerKind::kGroup);
  EXPECT_THAT(Statements("The Ann Ray camp said the toll is too high.\n"),
              ElementsAre(Found{"the toll is too high", "Ann Ray camp", "indirect"}));
  // So does a side in a dispute: "Neither side wants ...".
  EXPECT_THAT(Statements("Neither side wants a fight over the pier.\n"),
              ElementsAre(Found{"a fight over the pier", "Neither side", "indirect"}));
}


TEST(ReportedSpeechTest, WhatTheSubjectCallsSomethingIsItsLabel) {
  // "in what police called an arson attack", "despises what she calls red tape": the
  // object of "call" is the gap of the relative clause; the words after it are the label.
  EXPECT_THAT(Statements("The pier burned in what police called an arson attack.\n"),
              ElementsAre(Found{"an arson attack", "police", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray despises what she calls red tape, and says so.\n"),
              ElementsAre(Found{"red tape", "Ann Ray", "indirect"}));
  // Hard negative: "called" for a phone call, with a time after it.
  EXPECT_THAT(Statements("The riders that Tom Lee called yesterday were gone.\n"), IsEmpty());
}


TEST(ReportedSpeechTest, AConcessionOpeningTheClauseStaysInsideIt) {
  // "says despite her age, she plans to ...": a phrase on "despite" and its comma open the
  // reported clause as a subordinate clause does; the pronoun's verb after it is the
  // clause's own, not a second attribution that ends the first at the comma.
  EXPECT_THAT(Statements("Ann Ray says despite her age, she plans to run for Elm.\n"),
              ElementsAre(Found{"despite her age, she plans to run for Elm", "Ann Ray",
                                "indirect"}));
  // Hard negative: a name and its own verb of saying after the phrase still speak.
  EXPECT_THAT(Statements("Ann Ray said despite the delays, Tom Lee said the pier is safe.\n"),
              ElementsAre(Found{"despite the delays", "Ann Ray", "indirect"},
                          Found{"the pier is safe", "Tom Lee", "indirect"}));
}


TEST(SpeakerTest, AHopefulBeforeANameIsARole) {
  // "One Republican hopeful, Ann Ray, said": "hopeful" opens the cue "hopeful that", but a
  // candidate's noun before a name and its commas describes the name.
  EXPECT_THAT(Statements("One Elm Party hopeful, Ann Ray, said the pier is safe.\n"),
              ElementsAre(Found{"the pier is safe", "Ann Ray", "indirect"}));
  // Hard negative: the adjective before "that" is still the cue.
  EXPECT_THAT(Statements("Ann Ray is hopeful that the pier is safe.\n"),
              ElementsAre(Found{"the pier is safe", "Ann Ray", "indirect"}));
}


TEST(ReportedSpeechTest, HeapingPraiseOnSomeoneJudgesThem) {
  // "heaps praise on X", "poured scorn on X": the verb of giving and the noun of judgement
  // are one cue; the subject is the speaker, not "Tom Lee heaps".
  EXPECT_THAT(Statements("Tom Lee (then an aide) heaps praise on Ann Ray for her role.\n"),
              ElementsAre(Found{"Ann Ray for her role", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray poured scorn on the plan to close the pier.\n"),
              ElementsAre(Found{"the plan to close the pier", "Ann Ray", "indirect"}));
}


TEST(SpeakerTest, AShareOfYouIsAGroup) {
  // "Many of you warned me ...": a share of the hearers speaks as a group, as "most of us"
  // does; the pronoun alone would name nobody.
  EXPECT_THAT(Statements("Many of you warned me that the fares were too high.\n"),
              ElementsAre(Found{"the fares were too high", "Many of you", "indirect"}));
}


TEST(SpeakerTest, ANumberedArticleOrVerseIsADocument) {
  // "Article 33 states that", "Isaiah 45:1 reads": the number labels the capitalized noun
  // before it, the phrase's head; "states" after it is the verb, not a count's plural.
  EXPECT_THAT(Statements("Article 33 states that no rider may be turned away.\n"),
              ElementsAre(Found{"no rider may be turned away", "Article 33", "indirect"}));
  EXPECT_THAT(Statements("Isaiah 45:1 reads: \"Open the doors before him.\"\n"),
              ElementsAre(Found{"Open the doors before him.", "Isaiah 45:1", "direct"}));
  // Hard negatives: a count's plural after a number, and a date, speak for nobody.
  EXPECT_THAT(Statements("Ann Ray won in 33 states that voted early.\n"), IsEmpty());
  EXPECT_THAT(Statements("ELMPORT, Aug 31 (Elm Wire) - Ann Ray voiced support for the pier.\n"),
              ElementsAre(Found{"the pier", "Ann Ray", "indirect"}));
}


TEST(ReportedSpeechTest, AnObjectPronounIsTheListenerOfAWarning) {
  // "warned me that", "reassured them that": the pronoun is whom the words were for, as
  // "told me that" has it; the clause opens after "that".
  EXPECT_THAT(Statements("Tom Lee warned us that the fares would rise.\n"),
              ElementsAre(Found{"the fares would rise", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray reassured them that the pier was sound.\n"),
              ElementsAre(Found{"the pier was sound", "Ann Ray", "indirect"}));
}


TEST(ReportedSpeechTest, WhereTheWriterSaysItLeavesSomeoneEndsTheClause) {
  // "..., putting them at odds with Lee": the writer's account of where the words leave
  // the speaker, not part of what was said.
  EXPECT_THAT(Statements("Most riders say they want the pier kept, putting them at odds with "
                         "Tom Lee.\n"),
              ElementsAre(Found{"they want the pier kept", "riders", "indirect"}));
  // Hard negative: "putting" with no place after its object goes on with the clause.
  EXPECT_THAT(Statements("Ann Ray said the crews acted fast, putting out the fire.\n"),
              ElementsAre(Found{"the crews acted fast, putting out the fire", "Ann Ray",
                                "indirect"}));
}


TEST(ReportedSpeechTest, ConfidingIsSaying) {
  // "confided to her that", "confided in friends that": a verb of saying, with its listener
  // after a preposition.
  EXPECT_THAT(Statements("Ida Moss confided to him that the ferry had sunk.\n"),
              ElementsAre(Found{"the ferry had sunk", "Ida Moss", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee confided in friends that the pier was unsafe.\n"),
              ElementsAre(Found{"the pier was unsafe", "Tom Lee", "indirect"}));
}


TEST(SpeakerTest, ADatelineIsNoPartOfANounCuesOwner) {
  // "PARIS (Elm Wire) - The party's leader, Ann Ray, voiced support for": the dateline
  // before the subject is skipped for a noun cue after a light verb, as for a verb cue.
  EXPECT_THAT(Statements("ELMPORT (Elm Wire) - The party's leader, Ann Ray, voiced support "
                         "for Tom Lee.\n"),
              ElementsAre(Found{"Tom Lee", "Ann Ray", "indirect"}));
}


TEST(ReportedSpeechTest, AnAdverbBeforeAParticipleOfSayingStillEndsTheClause) {
  // ", falsely suggesting that": a manner adverb between the comma and the participle; the
  // participle opens the speaker's next statement, as ", suggesting that" does.
  EXPECT_THAT(Statements("Tom Lee criticized the toll, falsely suggesting that it was "
                         "illegal.\n"),
              ElementsAre(Found{"the toll", "Tom Lee", "indirect"},
                          Found{"it was illegal", "Tom Lee", "indirect"}));
  // Hard negative: a hedge belongs to the clause ("possibly highlighting ...").
  EXPECT_THAT(Statements("Ann Ray said the talk will cover the toll, possibly highlighting "
                         "the fares.\n"),
              ElementsAre(Found{"the talk will cover the toll, possibly highlighting the fares",
                                "Ann Ray", "indirect"}));
}


TEST(ReportedSpeechTest, RaisingNewQuestionsReportsWhatWasQuestioned) {
  // "raised new questions about", "raised serious doubts about": an adjective inside the
  // phrase of doubt keeps it a cue.
  EXPECT_THAT(Statements("Tom Lee raised serious doubts about whether the pier can reopen.\n"),
              ElementsAre(Found{"whether the pier can reopen", "Tom Lee", "indirect"}));
}


TEST(ReportedSpeechTest, TurningToAGerundOfSayingKeepsTheSubject) {
  // "pivoted to arguing that", "turned to talking about": a verb of turning, "to" and a
  // gerund of saying are the subject's next act; the subject speaks.
  EXPECT_THAT(Statements("Tom Lee quickly pivoted to arguing that the fares were too high.\n"),
              ElementsAre(Found{"the fares were too high", "Tom Lee", "indirect"}));
  // Hard negative: an infinitive after "turned to" is no gerund.
  EXPECT_THAT(Statements("Tom Lee turned to face the crowd.\n"), IsEmpty());
}


TEST(ReportedSpeechTest, LikenedRightAfterItsNounIsPassive) {
  // "a badge likened to the Elm crest": the active has its object between ("likened the
  // toll to theft"); right after a noun, "likened to" is a reduced passive, and the
  // attribution after the comma is the sentence's.
  EXPECT_THAT(Statements("Asked about a banner with a star likened to the Elm badge, Tom "
                         "Lee said \"such images have no place here.\"\n"),
              ElementsAre(Found{"such images have no place here.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Tom Lee likened the toll to theft.\n"),
              ElementsAre(Found{"the toll to theft", "Tom Lee", "indirect"}));
}


TEST(ReportedSpeechTest, AccordingToInterviewsWithPeopleNamesThePeople) {
  // "according to interviews with ten riders": the people interviewed are the
  // source, not the interviews.
  EXPECT_THAT(Statements("The pier will close, according to interviews with Ann Ray.\n"),
              ElementsAre(Found{"The pier will close", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("According to conversations with aides, the pier will close.\n"),
              ElementsAre(Found{"the pier will close", "aides", "indirect"}));
}


TEST(SpeakerTest, AMeasuresCompoundHeadsNoSpeaker) {
  // "His six-day, 28-stop tour": a number and a unit joined by a hyphen modify the noun
  // after them; "six-day" alone names nobody.
  EXPECT_THAT(Statements("His six-day, 28-stop tour was long, but the aides cut some stops, "
                         "wary of tiring him.\n"),
              IsEmpty());
  // Hard negatives: an age's compound and a fraction head their phrases.
  EXPECT_THAT(Statements("The 43-year-old said the pier is safe.\n"),
              ElementsAre(Found{"the pier is safe", "43-year-old", "indirect"}));
  EXPECT_THAT(Statements("About two-thirds said the pier is safe.\n"),
              ElementsAre(Found{"the pier is safe", "two-thirds", "indirect"}));
}


TEST(ReportedSpeechTest, ASplitAttributionMayNameWhereOrWhenItWasSaid) {
  // "If the vote fails, Lee said on Monday, the party will split": where or when the words
  // were said, between the cue and its comma, leaves both halves the speaker's.
  EXPECT_THAT(Statements("If the vote fails, Tom Lee said on Monday, the party will split.\n"),
              ElementsAre(Found{"If the vote fails", "Tom Lee", "indirect"},
                          Found{"the party will split", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("If anything, Ann Ray argued in an email, the leak shows the risk.\n"),
              ElementsAre(Found{"If anything", "Ann Ray", "indirect"},
                          Found{"the leak shows the risk", "Ann Ray", "indirect"}));
}



TEST(ReportedSpeechTest, CommentsAboutATopicAreTheirOwnersWords) {
  // "Lee's remarks about the toll", "her statement about the pier": what the owner said
  // was about. (Not "remarks on": as often the day they were made, "remarks on Monday".)
  EXPECT_THAT(Statements("Tom Lee's remarks about the toll angered the riders.\n"),
              ElementsAre(Found{"the toll", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray stood by her statement about the pier.\n"),
              ElementsAre(Found{"the pier", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee's remarks on Monday were brief.\n"), IsEmpty());
}


TEST(ReportedSpeechTest, ACueAfterAVerbOfUtteringIsItsObject) {
  // "Ray made claims that ...", "Lee has made comments about ...": the cue is the noun that
  // "made" utters, and the subject of "made" its owner.
  EXPECT_THAT(Statements("Ann Ray made claims that the fares are too high.\n"),
              ElementsAre(Found{"the fares are too high", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee has made comments about the ferry fares.\n"),
              ElementsAre(Found{"the ferry fares", "Tom Lee", "indirect"}));
  // (One word between: a quantifier or an adjective.)
  EXPECT_THAT(Statements("Tom Lee made some comments about the ferry fares.\n"),
              ElementsAre(Found{"the ferry fares", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray made similar claims that the pier is unsafe.\n"),
              ElementsAre(Found{"the pier is unsafe", "Ann Ray", "indirect"}));
  // Hard negative: a plural noun spelled as a verb of uttering is the subject.
  EXPECT_THAT(Statements("The trade issues suggest that the pier is unsafe.\n"),
              ElementsAre(Found{"the pier is unsafe", "trade issues", "indirect"}));
}



TEST(QuoteTest, WordsAfterTheCuesCommaFinishTheQuotedSentence) {
  // `"It was a bad break," Lee said, that both crews knew the pier`: the attribution cuts the
  // quoted sentence short, and the writer finishes it after the cue's comma.
  EXPECT_THAT(Statements("\"It was a bad break,\" Tom Lee said, that both crews knew the pier.\n"),
              ElementsAre(Found{"It was a bad break,", "Tom Lee", "direct"},
                          Found{"that both crews knew the pier", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("\"We are not at war with Elm,\" Ann Ray said, only with its navy.\n"),
              ElementsAre(Found{"We are not at war with Elm,", "Ann Ray", "direct"},
                          Found{"only with its navy", "Ann Ray", "indirect"}));
  // Hard negatives: the writer's own adjuncts and comments after the cue.
  EXPECT_THAT(Statements("\"We won,\" Tom Lee said, as the crowd cheered.\n"),
              ElementsAre(Found{"We won,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("\"We won,\" Tom Lee said, in a nod to the crews.\n"),
              ElementsAre(Found{"We won,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("\"We won,\" Tom Lee said, again waving his cap.\n"),
              ElementsAre(Found{"We won,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("\"We won,\" Tom Lee said, that night.\n"),
              ElementsAre(Found{"We won,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("\"We won,\" Tom Lee said, just before the vote.\n"),
              ElementsAre(Found{"We won,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("\"We won,\" said Tom Lee, the party's leader.\n"),
              ElementsAre(Found{"We won,", "Tom Lee", "direct"}));
}



TEST(ReportedSpeechTest, ADashAfterAClosingAttributionsAdjunctOpensTheWritersComment) {
  // "A, the board said on Monday -- a shift that ...": the dash after the time sets
  // off the writer's comment, so the attribution closes the clause before it.
  EXPECT_THAT(Statements("The fare cut will end this year, the Elm Ferry Board said on "
                         "Monday -- a shift that worries riders.\n"),
              ElementsAre(Found{"The fare cut will end this year", "Elm Ferry Board",
                                "indirect"}));
  EXPECT_THAT(Statements("The pier will reopen, Ann Ray said in a statement - her first "
                         "since the vote.\n"),
              ElementsAre(Found{"The pier will reopen", "Ann Ray", "indirect"}));
}



TEST(ReportedSpeechTest, NamesJoinedByAndAfterAParticipleEndBeforeTheMainVerb) {
  // "The PACs supporting Ray and Lee paid ...": the participle modifies the subject, and
  // the main clause's verb after both names ends the object.
  EXPECT_THAT(Statements("The groups supporting Tom Lee and Ann Ray paid $9,000 for the "
                         "voter files.\n"),
              ElementsAre(Found{"Tom Lee and Ann Ray", "groups", "indirect"}));
}



TEST(ReportedSpeechTest, AGerundAfterInIsTheSubjectsAct) {
  // "Lee joined Ray in criticizing the toll", "Riders are united in opposing it": the
  // gerund after "in" is what the sentence's subject did.
  EXPECT_THAT(Statements("Tom Lee joined Ann Ray in criticizing the toll.\n"),
              ElementsAre(Found{"the toll", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray erred in saying that the pier was closed.\n"),
              ElementsAre(Found{"the pier was closed", "Ann Ray", "indirect"}));
  // Hard negative: after a noun that its article opens, the gerund is that noun's.
  EXPECT_THAT(Statements("Pollsters noted the difficulty in predicting who will vote.\n"),
              ElementsAre(Found{"the difficulty in predicting who will vote", "Pollsters",
                                "indirect"}));
}



TEST(ReportedSpeechTest, ANameTopicsAppositiveIsTheWritersGloss) {
  // "referring to Ann Ray, his adviser at the time": the name is the topic; the appositive
  // after it, on an article or an owner, is the writer's.
  EXPECT_THAT(Statements("\"Ann called me,\" Tom Lee said, referring to Ann Ray, his adviser "
                         "at the time.\n"),
              ElementsAre(Found{"Ann called me,", "Tom Lee", "direct"},
                          Found{"Ann Ray", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee spoke of Ann Ray, a rival, at the rally.\n"),
              ElementsAre(Found{"Ann Ray", "Tom Lee", "indirect"}));
  // Hard negative: a possessive before the name makes the appositive the topic's head.
  EXPECT_THAT(Statements("Tom Lee referred to the mayor's aide, Ann Ray, in the speech.\n"),
              ElementsAre(Found{"the mayor's aide, Ann Ray", "Tom Lee", "indirect"}));
}



TEST(ReportedSpeechTest, ACueClosingARelativeClauseBeforeACommaReportsNothing) {
  // "not the rout many pundits predicted, but Lee won": the cue's object is the noun before
  // its subject (the relative clause's gap); the words after the comma are the writer's.
  EXPECT_THAT(Statements("Though the vote was not the rout many pundits forecast, Tom Lee has "
                         "won the seat.\n"),
              IsEmpty());
  EXPECT_THAT(Statements("The vote was not the rout many pundits predicted, but Tom Lee has "
                         "won the seat.\n"),
              IsEmpty());
  // Hard negative: "As X said," opens the clause it reports.
  EXPECT_THAT(Statements("As Ann Ray said, the pier will close.\n"),
              ElementsAre(Found{"the pier will close", "Ann Ray", "indirect"}));
}



TEST(SpeakerTest, AVerbJoinedToASecondClauseHasThatClausesSubject) {
  // "A, and the league denounced the toll and said B": "said" is joined to the second
  // clause's verb, so its subject speaks; a league is a body that can.
  EXPECT_THAT(Statements("Riders called for a boycott, and the league denounced the toll and "
                         "said it would sue.\n"),
              ElementsAre(Found{"a boycott", "Riders", "indirect"},
                          Found{"the toll", "league", "indirect"},
                          Found{"it would sue", "league", "indirect"}));
  // (Also after a description that leads to the name.)
  EXPECT_THAT(Statements("A group of riders called for a boycott, and the civic group the Elm "
                         "Ferry League strongly denounced the toll and said it would sue.\n"),
              Contains(Found{"it would sue", "Elm Ferry League", "indirect"}));
}



TEST(SpeakerTest, ASentencesOpeningAdverbIsNoPartOfTheName) {
  // "Interestingly Tom Lee ...", "Surprisingly Lee said": an adverb in -ly opening the
  // sentence without its comma is no given name.
  EXPECT_THAT(Statements("Interestingly Tom Lee said nothing. Later, Lee stated that the pier "
                         "is safe.\n"),
              ElementsAre(Found{"the pier is safe", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee was there. Surprisingly Lee said that the pier is safe.\n"),
              ElementsAre(Found{"the pier is safe", "Tom Lee", "indirect"}));
  // Hard negative: given names in -ly.
  EXPECT_THAT(Statements("Kimberly Ray said that the pier is safe.\n"),
              ElementsAre(Found{"the pier is safe", "Kimberly Ray", "indirect"}));
}



TEST(SpeakerTest, NoLongerBeforeTheCueIsAnAdverb) {
  // "Lee no longer believes": "no longer" is an adverb of two words between the subject and
  // its verb, no speaker.
  EXPECT_THAT(Statements("Tom Lee no longer believes the pier is safe.\n"),
              ElementsAre(Found{"the pier is safe", "Tom Lee", "indirect"}));
  // Hard negative: "longer" as an adjective stays in the clause.
  EXPECT_THAT(Statements("Ann Ray said the longer route is safer.\n"),
              ElementsAre(Found{"the longer route is safer", "Ann Ray", "indirect"}));
}



TEST(SpeakerTest, ASubjectsRelativeClauseThenAnAsideBeforeTheCue) {
  // "Riders who came to the hearing, on the other hand, said": the relative clause or
  // participle phrase on the subject, then an aside of its own between commas.
  EXPECT_THAT(Statements("Riders who came to the hearing, on the other hand, said the toll "
                         "was fair.\n"),
              ElementsAre(Found{"the toll was fair", "Riders", "indirect"}));
  EXPECT_THAT(Statements("Pilots interviewed at the pier this week, including Tom Lee, said "
                         "they did not mind the toll.\n"),
              ElementsAre(Found{"they did not mind the toll", "Pilots", "indirect"}));
  // (Or a time between the clause and the cue.)
  EXPECT_THAT(Statements("Pilots who came to the pier on Monday said the toll was fair.\n"),
              ElementsAre(Found{"the toll was fair", "Pilots", "indirect"}));
  // Hard negative: a joined participle is no aside ("and obtained by the Herald").
  EXPECT_THAT(Statements("A memo drafted for the board in May, and obtained by the Herald, "
                         "concluded that the toll was legal.\n"),
              Not(Contains(Found{"the toll was legal", "Herald", "indirect"})));
}


TEST(ReportedSpeechTest, EvenAsBeforeAnotherAttributionEndsTheClause) {
  // "A even as pilots warned B": "even as" opens a clause with an attribution of its own, as
  // "while" does, with or without its comma.
  EXPECT_THAT(Statements("The mayor said the toll was fair even as pilots complained about "
                         "the cost.\n"),
              ElementsAre(Found{"the toll was fair", "mayor", "indirect"},
                          Found{"the cost", "pilots", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee defended the toll even as pilots railed against it.\n"),
              Contains(Found{"the toll", "Tom Lee", "indirect"}));
  // Hard negative: "even as" before a noun phrase ("even as a draft") stays in the clause.
  EXPECT_THAT(Statements("The mayor said the plan, even as a draft, was fair.\n"),
              ElementsAre(Found{"the plan, even as a draft, was fair", "mayor", "indirect"}));
}


TEST(SpeakerTest, AMannerAdverbBeforeAnOpeningParticiple) {
  // "Hastily politicizing the crash, Lee ... and stressed": the opener is the participle's
  // phrase, adverb and all; the joined verb's subject follows its comma.
  EXPECT_THAT(Statements("Hastily politicizing the crash, Tom Lee cut the fares, and "
                         "stressed the risk that the toll poses.\n"),
              ElementsAre(Found{"the risk that the toll poses", "Tom Lee", "indirect"}));
}


TEST(ReportedSpeechTest, ASentenceOpeningCueThenAClosingAttributionSplitAtTheConjunction) {
  // "Pilots said A, but B, they said.": the opening verb reports A, up to the conjunction's
  // comma; the closing attribution reports B, not the sentence from its start.
  EXPECT_THAT(Statements("Pilots said they back the toll, but they would not pay more for it, "
                         "they said.\n"),
              ElementsAre(Found{"they back the toll", "Pilots", "indirect"},
                          Found{"they would not pay more for it", "Pilots", "indirect"}));
  // Hard negative: with no conjunction, the closing attribution reports the whole sentence.
  EXPECT_THAT(Statements("Tom Lee said the toll is fair, the mayor said.\n"),
              ElementsAre(Found{"Tom Lee said the toll is fair", "mayor", "indirect"}));
}


TEST(SpeakerTest, TwoPluralsJoinedByAndAreOneGroup) {
  // "Pilots and riders said": a plural for people after a plural that opens the phrase;
  // "alike" after the list stands between it and the cue.
  EXPECT_THAT(Statements("Pilots and riders said the toll is unfair.\n"),
              ElementsAre(Found{"the toll is unfair", "Pilots and riders", "indirect"}));
  EXPECT_THAT(Statements("The toll is unfair, pilots and riders said.\n"),
              ElementsAre(Found{"The toll is unfair", "pilots and riders", "indirect"}));
  EXPECT_THAT(Statements("Pilots and riders alike say the toll is unfair.\n"),
              ElementsAre(Found{"the toll is unfair", "Pilots and riders", "indirect"}));
  // Hard negative: a verb's object before "and" is no part of the next clause's subject.
  EXPECT_THAT(Statements("The mayor cut fares and riders said the toll is unfair.\n"),
              ElementsAre(Found{"the toll is unfair", "riders", "indirect"}));
}


TEST(SpeakerTest, AmongThoseWhoSaidIsAPollsGroup) {
  // "Among those who said A, most backed B": a poll's breakdown; "those" is the group that
  // said A.
  EXPECT_THAT(Statements("Among those who said the toll was fair, most voted for Tom Lee.\n"),
              Contains(Found{"the toll was fair", "those", "indirect"}));
  // Hard negative: "those" elsewhere is not taken alone.
  EXPECT_THAT(Statements("Tom Lee spoke to those who said the toll was fair.\n"),
              Not(Contains(Found{"the toll was fair", "those", "indirect"})));
}


TEST(ReportedSpeechTest, ASourcesRelativeClauseWithAVerbOfSpeaking) {
  // "According to the minister, who spoke in Elmport, CLAUSE": the relative clause's verb of
  // speaking is its own; the clause after its comma is the source's statement.
  EXPECT_THAT(Statements("According to the minister, who spoke in Elmport, the toll will "
                         "rise.\n"),
              ElementsAre(Found{"the toll will rise", "minister", "indirect"}));
}


TEST(SpeakerTest, ATitledPersonInAnAppositivesObjectLendsNoRole) {
  // "the daughter of former Mayor Tom Lee and state Senator Ida Ray": both titled names are
  // the preposition's object; the speaker's role is "daughter", so "the senator" is Ida Ray.
  const std::string text =
      "Ann Ray, 35, the daughter of former Mayor Tom Lee and state Senator Ida Ray, said the "
      "pier is safe. Ida Ray posted a note of her own, saying the pier is old. The senator "
      "often mentions the pier in speeches.";
  Extraction e = ExtractOrDie(text);
  const SpeakerProfile* ann = FindSpeaker(e, "Ann Ray");
  ASSERT_NE(ann, nullptr);
  EXPECT_THAT(ann->roles,
              ElementsAre("daughter of former Mayor Tom Lee and state Senator Ida Ray"));
  EXPECT_THAT(Statements(text), Contains(Found{"the pier", "Ida Ray", "indirect"}));
  // Hard negative: a role's own complement still counts ("the chief of staff").
  EXPECT_THAT(Statements("Tom Lee, chief of staff to Sen. Ann Ray, said the pier is safe. The "
                         "chief of staff said it was old.\n"),
              Contains(Found{"it was old", "Tom Lee", "indirect"}));
}


TEST(SpeakerTest, AParticipleAfterAStatementWithNoSpeakerFindsTheSubject) {
  // "Tom Lee, when asked about his errors, talks on, never admitting he was wrong": the
  // passive "asked" before it has no speaker to lend; the participle is the subject's.
  EXPECT_THAT(Statements("Tom Lee, when asked about his errors, often talks on, never "
                         "admitting he was wrong.\n"),
              Contains(Found{"he was wrong", "Tom Lee", "indirect"}));
  // Hard negative: a chain of participles keeps the speaker of the statement before them.
  EXPECT_THAT(Statements("\"The toll is wrong,\" Ann Ray says in the video titled \"Fares,\" "
                         "warning against the toll, pledging to \"fight it.\"\n"),
              Contains(Found{"to \"fight it.\"", "Ann Ray", "mixed"}));
}


TEST(ReportedSpeechTest, VouchForIsAVerbOfEndorsement) {
  // "vouched for X": an endorsement, its object the content, as after "endorsed".
  EXPECT_THAT(Statements("Tom Lee vouched for the plan.\n"),
              ElementsAre(Found{"the plan", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Sheriff Tom Lee vouched for Ann Ray's plan to build a pier.\n"),
              ElementsAre(Found{"Ann Ray's plan to build a pier", "Tom Lee", "indirect"}));
}


TEST(SpeakerTest, TwoRelativeClausesJoinedByAndOnTheSubject) {
  // "A man who worshiped here and who asked not to be named said": the antecedent is the
  // noun before the first "who".
  EXPECT_THAT(Statements("A pilot who works at the pier and who did not want to be named said "
                         "the toll is unfair.\n"),
              ElementsAre(Found{"the toll is unfair", "pilot", "indirect"}));
}


TEST(SpeakerTest, ARolesModifierThatIsACueWordBeforeTheName) {
  // "lodged by state attorney Tom Lee": "state" before a role noun and a name modifies the
  // role; the document's author is the name.
  EXPECT_THAT(Statements("According to a brief lodged by state attorney Tom Lee, the "
                         "evidence is weak.\n"),
              ElementsAre(Found{"the evidence is weak", "Tom Lee", "indirect"}));
}


TEST(SpeakerTest, PiecesColumnsAndOpEdsAreDocuments) {
  // "a piece that noted", "an op-ed ... argued": documents that speak, as "an article" does.
  EXPECT_THAT(Statements("The Elm Times ran a piece that noted the plan would fail.\n"),
              ElementsAre(Found{"the plan would fail", "piece", "indirect"}));
  EXPECT_THAT(Statements("An op-ed in the Elm Times argued that the plan would fail.\n"),
              ElementsAre(Found{"the plan would fail", "Elm Times", "indirect"}));
}


TEST(ReportedSpeechTest, HeadlineNameToThoseItAddresses) {
  // "Lee to farmers: ...": a headline's name, "to" and its addressees before the colon; the
  // name speaks when the text names it elsewhere. Not a plan ("Lee to visit Elm:") nor a
  // phrase that names no one in the text ("Road to Elm:").
  const std::string body = "\n\nTom Lee met farmers and the Elm Council on Monday.\n";
  EXPECT_THAT(Statements("Lee to farmers: The deal will hold." + body),
              ElementsAre(Found{"The deal will hold", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Lee To Elm Council: Pass The Toll Now." + body),
              ElementsAre(Found{"Pass The Toll Now", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Lee to visit Elm: What the trip will bring." + body), IsEmpty());
  EXPECT_THAT(Statements("Road to Elm: What the trip will bring." + body), IsEmpty());
}


TEST(SpeakerTest, OpeningParticipleWithAnAsideBetweenDashes) {
  // "Politicizing the crash - as he did in May - Lee cast ... and stressed": the aside
  // between dashes ends the opening phrase; the clause's subject speaks the second verb.
  EXPECT_THAT(Statements("Politicizing the crash \u2014 as he did in May \u2014 Tom Lee cast "
                         "the blame on his rivals and stressed the threat to the port.\n"),
              ElementsAre(Found{"the threat to the port", "Tom Lee", "indirect"}));
}


TEST(ReportedSpeechTest, TakingCareBeforeTheActOfSpeech) {
  // "was careful to note", "hastened to add", "took pains to say", "made sure to stress",
  // "made a point of noting": the subject's own act of speech, as after "was quick to".
  const char* const kOpeners[] = {"was careful to note that", "hastened to add that",
                                  "took pains to say", "took care to note that",
                                  "made sure to stress that", "made a point to say",
                                  "made a point of noting that", "was swift to say"};
  for (const char* opener : kOpeners) {
    EXPECT_THAT(Statements(std::string("Tom Lee ") + opener + " the pier was safe.\n"),
                ElementsAre(Found{"the pier was safe", "Tom Lee", "indirect"}))
        << opener;
  }
  // Not a journey's purpose: "took the boat to say goodbye".
  EXPECT_THAT(Statements("Tom Lee took the boat to say goodbye to the pier.\n"), IsEmpty());
}


TEST(ReportedSpeechTest, IntroducedAndNamedAsArePortrayals) {
  // "introduced him as ...", "named the pier as ...": portrayals, statements only with "as"
  // after a short object.
  EXPECT_THAT(Statements("Ann Ray introduced him as \"a friend of riders\" and a fighter.\n"),
              ElementsAre(Found{"him as \"a friend of riders\" and a fighter", "Ann Ray",
                                "mixed"}));
  EXPECT_THAT(Statements("The board named Elm Pier as the worst in the state.\n"),
              ElementsAre(Found{"Elm Pier as the worst in the state", "board", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray introduced a bill on Monday.\n"), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray was named chief of the port.\n"), IsEmpty());
  EXPECT_THAT(Statements("A name for the pier is due.\n"), IsEmpty());
}


TEST(SpeakerTest, EditorsBracketOpeningAWholeSentenceQuote) {
  // `reacted coolly to the deal, "[I am] worried ..."`: an editor's bracket may open the
  // quotation that the subject's sentence introduces after its comma.
  EXPECT_THAT(Statements("Tom Lee, the Elm Commissioner for Ports (ECP), reacted coolly to "
                         "the deal, \"[I am] worried about any plan that sends riders back.\""),
              ElementsAre(Found{"[I am] worried about any plan that sends riders back.",
                                "Tom Lee", "direct"}));
}


TEST(SpeakerTest, DocumentWithAVerbBeforeAColonSpeaksTheQuote) {
  // `A note in the audit spells it out: "..."`: a document subject with a verb
  // introduces the quotation; not a copula (`The message was simple:`), where the quote
  // goes on with the last speaker.
  EXPECT_THAT(Statements("Tom Lee spoke. A footnote to the audit spells it out: \"These "
                         "rules do not apply to the top staff.\""),
              ElementsAre(Found{"These rules do not apply to the top staff.", "footnote",
                                "direct"}));
  EXPECT_THAT(Statements("Tom Lee spoke. \"Sign it today,\" the pitch on the website says."),
              ElementsAre(Found{"Sign it today,", "pitch", "direct"}));
}


TEST(ReportedSpeechTest, AdvisingSomeoneAndAddingAThingReportNothing) {
  // "who has advised Ann Ray", "advised the board on its budget": counsel given; a
  // statement only with an infinitive, "that", "against" or a quotation after the listener.
  EXPECT_THAT(Statements("Tom Lee, who has advised Ann Ray, sailed at noon.\n"), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee advised the board on its budget.\n"), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee advised the board to delay the vote.\n"),
              ElementsAre(Found{"the board to delay the vote", "Tom Lee", "indirect"}));
  // "Elm Air added 300 jobs", "added his own comment": a thing added, with no verb of its
  // own; "added his plan would fail" and "added that ..." report a clause.
  EXPECT_THAT(Statements("Elm Air added 300 jobs in May.\n"), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee added his own comment.\n"), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee added his plan would fail.\n"),
              ElementsAre(Found{"his plan would fail", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee added that the pier is safe.\n"),
              ElementsAre(Found{"the pier is safe", "Tom Lee", "indirect"}));
}


TEST(SpeakerTest, PartyAndStateWithoutTheFinalPeriod) {
  // "(D-N.Y)": two capitals joined by a period are one abbreviation; its period ends no
  // sentence, so the name before it stays the subject.
  EXPECT_THAT(Statements("Rep. Tom Lee (D-N.Y) said the toll is high.\n"),
              ElementsAre(Found{"the toll is high", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray moved to Elm, D.C, in May. Tom Lee said the toll is high.\n"),
              ElementsAre(Found{"the toll is high", "Tom Lee", "indirect"}));
}


TEST(TextTest, InitialBeforeAFunctionWordMayEndTheSentence) {
  // "Plan B. He said ...": a capital's period before a capitalized function word ends the
  // sentence, as an abbreviation's does; a middle initial before a name does not.
  EXPECT_THAT(Statements("Tom Lee backed Plan B. He said the toll is high.\n"),
              Contains(Found{"the toll is high", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann B. Moss said the toll is high.\n"),
              ElementsAre(Found{"the toll is high", "Ann B. Moss", "indirect"}));
}


TEST(QuoteTest, QuotationInsideTheWritersOpeningQuestion) {
  // `Asked whether Lee "has the votes," 70 percent said yes`: the quotation is the
  // question's wording, not the answer of the subject after it, who says "yes".
  EXPECT_THAT(Statements("Asked whether Tom Lee \u201chas the votes to pass the toll,\u201d 70 "
                         "percent of riders said yes.\n"),
              ElementsAre(Found{"whether Tom Lee \u201chas the votes to pass the toll",
                                "", "mixed"},
                          Found{"yes", "70 percent of riders", "indirect"}));
  // Hard negative: after the question's comma, the quotation is the answer.
  EXPECT_THAT(Statements("Asked if he would run, \"Absolutely,\" Tom Lee said.\n"),
              Contains(Found{"Absolutely,", "Tom Lee", "direct"}));
}


TEST(TextTest, DoublyEncodedAccentedLetterStaysInItsWord) {
  // UTF-8 read as Latin-1 and encoded again writes "é" as "\u00c3\u00a9" (and twice over as
  // "\u00c3\u00c2" and a sign): the sign after it is no punctuation that splits the name.
  EXPECT_THAT(Statements("As prosecutor Ann Tr\u00c3\u00a9vil put it, \"There was not much "
                         "to go on.\"\n"),
              ElementsAre(Found{"There was not much to go on.", "Ann Tr\u00c3\u00a9vil",
                                "direct"}));
  EXPECT_THAT(Statements("Tom Sarukh\u00c3\u00c2\u00a1n added that the plan was fair.\n"),
              ElementsAre(Found{"the plan was fair", "Tom Sarukh\u00c3\u00c2\u00a1n",
                                "indirect"}));
}


TEST(SpeakerTest, IrregularPluralsForPeopleAreGroups) {
  // "men", "women", "children" end in no -s: words.tsv lists them as groups, so that "Young
  // men" opening a sentence is a subject and "7 in 10 young men" a poll's group.
  EXPECT_THAT(Statements("Young men said the toll is high.\n"),
              ElementsAre(Found{"the toll is high", "Young men", "indirect"}));
  EXPECT_THAT(Statements("About 7 in 10 young men backed Ann Ray.\n"),
              ElementsAre(Found{"Ann Ray", "7 in 10 young men", "indirect"}));
}

TEST(ReportedSpeechTest, TendedToKeepsTheSubject) {
  // "Riders tend to say ...": a habit of the subject's, as "continued to" is.
  EXPECT_THAT(Statements("Riders tend to say the toll is high.\n"),
              ElementsAre(Found{"the toll is high", "Riders", "indirect"}));
}


TEST(ReportedSpeechTest, CalledLabelEndsBeforeTheWritersNextClause) {
  // `called the toll "unfair," and his staff ...`: after the quoted label and a comma, a
  // conjunction or a new subject opens the writer's next clause.
  EXPECT_THAT(Statements("Tom Lee has called the toll \"unfair,\" and his staff has made an "
                         "effort to cut it.\n"),
              ElementsAre(Found{"the toll \"unfair,\"", "Tom Lee", "mixed"}));
  // Hard negative: a label that runs on inside its marks.
  EXPECT_THAT(Statements("Tom Lee called the plan \"a disaster that will cost jobs.\"\n"),
              ElementsAre(Found{"the plan \"a disaster that will cost jobs.\"", "Tom Lee",
                                "mixed"}));
}


TEST(ReportedSpeechTest, PhrasalVerbsOfRebukeAndStance) {
  // "called out X for", "chastised", "doubled down on", "hit back at": verbs of rebuke
  // and stance from cues.tsv.
  EXPECT_THAT(Statements("Tom Lee called out Ann Ray for her vote.\n"),
              ElementsAre(Found{"Ann Ray for her vote", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray chastised the board for its delay.\n"),
              ElementsAre(Found{"the board for its delay", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee doubled down on his call for a ban.\n"),
              ElementsAre(Found{"his call for a ban", "Tom Lee", "indirect"}));
  // Hard negative: "called" and a later "out" are no phrasal verb.
  EXPECT_THAT(Statements("Tom Lee called the office out of habit.\n"), IsEmpty());
}


TEST(ReportedSpeechTest, KnockedIsCriticismButNotKnockingOnDoors) {
  // "knocked Ray's record": criticism; "knocked on doors" (a particle "on", not a time
  // after it) is another verb, as "backed down" is; a cue's own particle is no such word.
  EXPECT_THAT(Statements("Tom Lee knocked Ann Ray's record on trade.\n"),
              ElementsAre(Found{"Ann Ray's record on trade", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee knocked on doors all day.\n"), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray dressed down Tom Lee for his remarks.\n"),
              ElementsAre(Found{"Tom Lee for his remarks", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee praised on Monday the plan to build a pier.\n"),
              ElementsAre(Found{"the plan to build a pier", "Tom Lee", "indirect"}));
}


TEST(ReportedSpeechTest, IdentifiedAndListedAsArePortrayals) {
  // "identified the man as ...", "listed a show as ...": portrayals, with "as" only.
  EXPECT_THAT(Statements("Police identified the man as Tom Lee, 32.\n"),
              ElementsAre(Found{"the man as Tom Lee, 32", "Police", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray listed an Elm TV show as her guilty pleasure.\n"),
              ElementsAre(Found{"an Elm TV show as her guilty pleasure", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee identified three problems with the plan.\n"), IsEmpty());
}


TEST(ReportedSpeechTest, CreditedIsAJudgement) {
  // "credited the board with ...": praise given, a verb of judgement; the passive "is
  // credited with" names no one who gives it.
  EXPECT_THAT(Statements("Tom Lee credited the board with saving the pier.\n"),
              ElementsAre(Found{"the board with saving the pier", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray is credited with saving the pier.\n"), IsEmpty());
}


TEST(ReportedSpeechTest, OutlinedAndSpelledOutAreVerbsOfSaying) {
  // "outlined a plan to ...", "spelled out his plan": what a speaker set out.
  EXPECT_THAT(Statements("Tom Lee outlined a plan to rebuild the pier.\n"),
              ElementsAre(Found{"a plan to rebuild the pier", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee spelled out his plan for the pier.\n"),
              ElementsAre(Found{"his plan for the pier", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The outline of the pier was visible.\n"), IsEmpty());
}

TEST(ReportedSpeechTest, PostedWinIsNoMessage) {
  // "posted a narrow win": to win, not to post a message; "posted a video" posts one.
  EXPECT_THAT(Statements("Tom Lee posted a narrow win in the primary.\n"), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray posted a video of the rally.\n"),
              ElementsAre(Found{"a video of the rally", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, PluralCapitalizedOnlyToOpenTheSentenceIsNoSpeaker) {
  // "Shares of Elmco fell ..., citing": "Shares", capitalized only as the sentence's first
  // word, is a thing; the clause after "after" has the subject that cites.
  EXPECT_THAT(
      Statements("Shares of Elmco fell 5% after the company cut its forecast, citing weak "
                 "demand.\n"),
      ElementsAre(Found{"weak demand", "company", "indirect"}));
  EXPECT_THAT(Statements("Shares fell 5% on Monday, citing weak demand.\n"),
              ElementsAre(Found{"weak demand", "", "indirect"}));
}

TEST(SpeakerTest, TheCompanyIsNotTheFirmOfAnalystsQuoted) {
  // "Analysts at Birch Securities wrote ... The company's chief financial officer": the firm
  // where the analysts work is not the company the article reports on.
  const Extraction e = ExtractOrDie(
      "Elmco Inc cut 800 jobs on Monday. Analysts at Birch Securities wrote in a note that the "
      "cut was big. The company's finance chief, Raj Patel, said the plan would cost $150 "
      "million.");
  ASSERT_EQ(e.statements.size(), 2u);
  ASSERT_GE(e.statements[1].speaker, 0);
  EXPECT_THAT(e.speakers[e.statements[1].speaker].organizations, ElementsAre("Elmco"));
}

TEST(ClauseBoundaryTest, OthersActMeanwhileIsTheWriters) {
  // "..., as rescuers searched for ...", "..., as the crowd cheered": what others did as the
  // words were said, told by the writer. An aside of the source ("as the Gazette reported")
  // stays with the clause.
  EXPECT_THAT(Statements("Tom Lee vowed on Sunday to rebuild every home, as rescuers searched "
                         "for dozens of people.\n"),
              ElementsAre(Found{"to rebuild every home", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the pier was safe, as the crowd cheered.\n"),
              ElementsAre(Found{"the pier was safe", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the pier was safe, as the Gazette reported.\n"),
              ElementsAre(Found{"the pier was safe, as the Gazette reported", "Ann Ray",
                                "indirect"}));
}

TEST(SpeakerTest, FirstWordOfABusinessNameIsThatBusiness) {
  // "Oakridge Ventures led the round ... Oakridge partner Sam Whitfield": the short form is
  // the business the article names in full; a place's name is not ("Texas Instruments ... a
  // Texas official").
  const Extraction e = ExtractOrDie(
      "The round was led by Oakridge Ventures. Oakridge partner Sam Whitfield said the team was "
      "strong.");
  ASSERT_EQ(e.statements.size(), 1u);
  ASSERT_GE(e.statements[0].speaker, 0);
  EXPECT_THAT(e.speakers[e.statements[0].speaker].organizations,
              ElementsAre("Oakridge Ventures"));
  EXPECT_THAT(OrganizationsByStatement("Texas Instruments cut jobs. Texas senator Ann Ray said "
                                       "the cuts hurt."),
              ElementsAre(Not(Contains("Texas Instruments"))));
}

TEST(ReportedSpeechTest, BareDataAfterTheClauseShowed) {
  // "..., data from the ministry showed": a document's plural or mass noun without an
  // article, with its complement, after the clause it reports, as "a report by X showed".
  EXPECT_THAT(Statements("Exports rose 30 percent, data from the ministry showed.\n"),
              ElementsAre(Found{"Exports rose 30 percent", "data from the ministry", "indirect"}));
  EXPECT_THAT(Statements("Exports rose, prices from the ministry showed.\n"), IsEmpty());
}

TEST(ReportedSpeechTest, ChargedInACrimeIsNoStatement) {
  // "Man charged in warehouse fire": a criminal charge; "charged in a statement that" and a
  // quotation's `"...," Ray charged in ...` report words.
  EXPECT_THAT(Statements("Man charged in Elmwood warehouse fire\n\nThe fire began at night."),
              IsEmpty());
  EXPECT_THAT(Statements("Tom Lee charged in a statement that the vote was rigged.\n"),
              ElementsAre(Found{"the vote was rigged", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("\"You broke the rules,\" Ann Ray charged in her opening question.\n"),
              ElementsAre(Found{"You broke the rules,", "Ann Ray", "direct"}));
}

TEST(ReportedSpeechTest, AboutAfterTheCueIsItsTopicNotAnAdjunct) {
  // "The nurse, Kate Moss, who works at the clinic, worries about older patients": "about"
  // and its noun phrase are what she worries about; the phrase before the name is no clause
  // she reports.
  EXPECT_THAT(Statements("The nurse, Kate Moss, who works at the clinic, worries about older "
                         "patients.\n"),
              ElementsAre(Found{"about older patients", "Kate Moss", "indirect"}));
}

TEST(SpeakerTest, TradeNounWithItsModifierIsTheBusinessOfItsSentence) {
  // "NEW YORK (Wire) - Shares of Elmco Inc fell ... after the appliance maker cut ..., citing":
  // "Shares" after the dateline, with its complement, is no speaker; "the appliance maker"
  // is the business its sentence names, and the chief executive quoted next heads it.
  const Extraction e = ExtractOrDie(
      "NEW YORK (Elm Wire) - Shares of Elmco Inc fell 12% on Thursday after the appliance "
      "maker cut its forecast, citing weak demand.\n\n\"We did not expect it,\" Chief "
      "Executive Dana Kerr said.");
  ASSERT_EQ(e.statements.size(), 2u);
  ASSERT_GE(e.statements[0].speaker, 0);
  EXPECT_EQ(e.speakers[e.statements[0].speaker].name, "appliance maker");
  EXPECT_THAT(e.speakers[e.statements[0].speaker].organizations, ElementsAre("Elmco"));
  ASSERT_GE(e.statements[1].speaker, 0);
  EXPECT_THAT(e.speakers[e.statements[1].speaker].organizations, ElementsAre("Elmco"));
}

TEST(QuoteTest, QuotationThenAccordingToIsTheSourcesDirectStatement) {
  // `"A," according to Mayor Nina Holt.`: the quotation, between its marks, is the source's
  // direct statement; after "according to a report by X" the report's author speaks.
  EXPECT_THAT(Statements("\"The numbers do not add up,\" according to Mayor Nina Holt.\n"),
              ElementsAre(Found{"The numbers do not add up,", "Nina Holt", "direct"}));
  EXPECT_THAT(Statements("\"The numbers do not add up,\" according to a report by the Elm "
                         "Institute.\n"),
              ElementsAre(Found{"The numbers do not add up,", "Elm Institute", "direct"}));
}

TEST(SpeakerTest, OneWordBeforeACompanyHeadsTitleIsTheFirm) {
  // "Birchbook CEO Dana Moss", "Birchbook chief executive Dana Moss" opening a sentence: one
  // word before a company head's title is the firm, though the article names it nowhere
  // else; not a rank ("Former CEO").
  EXPECT_THAT(OrganizationsByStatement("Tom Lee met the board. Birchbook CEO Dana Moss said the "
                                       "firm was fine."),
              ElementsAre(ElementsAre("Birchbook")));
  EXPECT_THAT(OrganizationsByStatement("Tom Lee met the board. Birchbook chief executive Dana "
                                       "Moss said the firm was fine."),
              ElementsAre(ElementsAre("Birchbook")));
  EXPECT_THAT(OrganizationsByStatement("Tom Lee met the board. Former CEO Dana Moss said the "
                                       "firm was fine."),
              ElementsAre(IsEmpty()));
}

TEST(SpeakerTest, PageLabelBetweenTheBodyAndItsHeadIsPassedOver) {
  // "Elm Oil said ... / Advertisement / "...," Chief Executive Sara Lind said": a web page's
  // label alone in its paragraph does not part the body that spoke from its head.
  EXPECT_THAT(OrganizationsByStatement("Elm Oil said on Friday it would buy back shares.\n\n"
                                       "Advertisement\n\n\"We are confident,\" Chief "
                                       "Executive Sara Lind said."),
              ElementsAre(ElementsAre("Elm Oil"), ElementsAre("Elm Oil")));
}

TEST(ReportedSpeechTest, ThatAfterAVerbOfNamingIsTheObjectsDeterminer) {
  // "called that plan "a drop in the bucket"": after "called", "that" opens the object, no
  // reported clause.
  EXPECT_THAT(Statements("Ann Ray called that plan \"a drop in the bucket.\"\n"),
              ElementsAre(Found{"that plan \"a drop in the bucket.\"", "Ann Ray", "mixed"}));
  EXPECT_THAT(Statements("Tom Lee described that as a lie.\n"),
              ElementsAre(Found{"that as a lie", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, AppositiveOfAParticiplesSubjectIsItsProfile) {
  // "Ann Ray, chairman of Elm Motors, struck an upbeat tone, saying ...": the appositive
  // between the subject and its verb gives the speaker her company, as it does before
  // "said".
  EXPECT_THAT(OrganizationsByStatement("Ann Ray, chairman of Elm Motors, struck an upbeat tone "
                                       "last week, saying the next decade belongs to chips."),
              ElementsAre(ElementsAre("Elm Motors")));
  EXPECT_THAT(OrganizationsByStatement("Tom Lee, 58, vice-president of Birchbook Group, was "
                                       "upbeat, writing that \"sales will double.\""),
              ElementsAre(ElementsAre("Birchbook")));
}

TEST(CueTest, DismissingAPostsHolderIsAFiring) {
  // "dismissed its chief executive": the object holds a post and nothing says what it was
  // dismissed as, so nobody spoke. A rebuttal keeps its statement.
  EXPECT_THAT(Statements("The board dismissed its chief executive, Ann Ray, on Monday.\n"),
              IsEmpty());
  EXPECT_THAT(Statements("Elm Rovers have dismissed manager Tom Lee after a heavy defeat.\n"),
              IsEmpty());
  EXPECT_THAT(Statements("Ann Ray dismissed Tom Lee as a tool of the lobby.\n"),
              ElementsAre(Found{"Tom Lee as a tool of the lobby", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray dismissed Tom Lee's claims.\n"),
              ElementsAre(Found{"Tom Lee's claims", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, HeadsTitleReachesPastADataSourceToTheBody) {
  // "Sales rose, the company said. Analysts had expected less, according to Elm data.
  // "...," Chief Executive Ann Ray said": a sentence that names no body of its own between
  // them does not part a bare company head's title from the business that spoke before it.
  EXPECT_THAT(OrganizationsByStatement("Birchbook Systems Inc. reported higher sales on "
                                       "Thursday.\n\nRevenue rose 18%, the company said. "
                                       "Analysts had expected 12%, according to Elm data.\n\n"
                                       "\"Customers are choosing us,\" Chief Executive Officer "
                                       "Ann Ray said."),
              ElementsAre(ElementsAre("Birchbook Systems"), ElementsAre("Birchbook Systems"),
                          ElementsAre("Elm"), ElementsAre("Birchbook Systems")));
}

TEST(ReportedSpeechTest, ListBulletIsNoPartOfTheStatement) {
  // "- Shops will get relief, Ann Ray said.": the bullet opening a list's paragraph is the
  // layout's, not the speaker's.
  EXPECT_THAT(Statements("Points from the briefing:\n- Shops will get relief, Ann Ray said.\n"
                         "\xE2\x80\xA2 Rents will fall, Tom Lee said.\n"),
              ElementsAre(Found{"Shops will get relief", "Ann Ray", "indirect"},
                          Found{"Rents will fall", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, PronounAfterASentenceOpenedByAnAdverbAndAName) {
  // "Then Ann Ray took the stage. "...," she said.": an adverb of time without its comma
  // before the name that opens the sentence before does not hide its subject.
  EXPECT_THAT(Statements("Tom Lee said the plan was weak. Then Ann Ray took the stage. "
                         "\"It will work,\" she said.\n"),
              ElementsAre(Found{"the plan was weak", "Tom Lee", "indirect"},
                          Found{"It will work,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Tom Lee said the plan was weak. Later Ann Ray met voters. She "
                         "said it would work.\n"),
              ElementsAre(Found{"the plan was weak", "Tom Lee", "indirect"},
                          Found{"it would work", "Ann Ray", "indirect"}));
}

TEST(CueTest, HeadlinePassiveOfAVerbThatNeedsItsListener) {
  // "Firms urged to lead in green tech": "urged", "warned", "advised" right before an
  // infinitive, with no listener, is a headline's passive; the firms are urged, not urging.
  EXPECT_THAT(Statements("Birchbook firms urged to lead in green tech\n\nDrivers warned to "
                         "stay home as snow falls\n\nAnn Ray urged voters to stay home.\n"),
              ElementsAre(Found{"voters to stay home", "Ann Ray", "indirect"}));
}

TEST(QuoteTest, ShortQuotationClosedBeforeItsCuesCommaIsAStatement) {
  // "'We are ready', said Ann Ray.": British punctuation closes the marks before the comma;
  // a short quotation opening its sentence before a cue is speech, not a scare quote.
  EXPECT_THAT(Statements("Tom Lee spoke first.\n\n\"We are ready\", said Ann Ray.\n"),
              ElementsAre(Found{"We are ready", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Tom Lee spoke first.\n\n'Outrageous', Ann Ray said.\n"),
              ElementsAre(Found{"Outrageous", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Tom Lee spoke first. \xC2\xAB" "Not now\xC2\xBB, said Ann Ray.\n"),
              ElementsAre(Found{"Not now", "Ann Ray", "direct"}));
  // (Mid-sentence, still a term: `the "fair play", he said, was gone`.)
  EXPECT_THAT(Statements("Tom Lee said the \"fair play\" rule was gone.\n"),
              ElementsAre(Found{"the \"fair play\" rule was gone", "Tom Lee", "mixed"}));
}

TEST(SpeakerTest, HeadlinesOfficeAcronymIsItsHolderBelow) {
  // "...: CM" over "chief minister Ann Ray announced": "CM" is the chief minister's office
  // (no body), and the lead names its holder; so "PM" and "prime minister".
  EXPECT_THAT(Statements("State to open 50 new courts: CM\n\nThe state will open 50 new "
                         "courts, chief minister Ann Ray announced on Saturday.\n"),
              ElementsAre(Found{"State to open 50 new courts", "Ann Ray", "indirect"},
                          Found{"The state will open 50 new courts", "Ann Ray", "indirect"}));
  EXPECT_THAT(OrganizationsByStatement("State to open 50 new courts: CM\n\nThe state will "
                                       "open 50 new courts, chief minister Ann Ray said.\n"),
              ElementsAre(ElementsAre(), ElementsAre()));
  EXPECT_THAT(Statements("PM: We will not bow to pressure\n\nPrime Minister Tom Lee said "
                         "the country would stand firm.\n"),
              ElementsAre(Found{"We will not bow to pressure", "Tom Lee", "indirect"},
                          Found{"the country would stand firm", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, AndBetweenModifiersOfABodysNounStaysInThePhrase) {
  // "Sources in the law and judiciary department said": "and" joins the department's two
  // modifiers, it does not start the speaker's phrase.
  EXPECT_THAT(Statements("Sources in the law and judiciary department said the plan was "
                         "stalled.\n"),
              ElementsAre(Found{"the plan was stalled",
                                "Sources in the law and judiciary department", "indirect"}));
  // (Two clauses: "Tom Lee met the mayor and the council said".)
  EXPECT_THAT(Statements("Tom Lee met the mayor and the council said the plan was stalled.\n"),
              ElementsAre(Found{"the plan was stalled", "council", "indirect"}));
}

TEST(CueTest, CueWordModifyingTheListenersNounIsNoCue) {
  // "told a Senate estimates hearing that ...": "estimates" modifies the listener's noun,
  // it does not open a statement of the Senate's.
  EXPECT_THAT(Statements("The governor, Ann Ray, told a Senate estimates hearing last week "
                         "that inflation remained high.\n"),
              ElementsAre(Found{"inflation remained high", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee told the budget estimates committee that rates would fall.\n"),
              ElementsAre(Found{"rates would fall", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, ParticipleAfterTheTimeOfTheSubjectsAct) {
  // "sent an email at 10 p.m. claiming ...": after the time of the act, with no comma, the
  // participle is the subject's, as after a comma.
  EXPECT_THAT(Statements("Tom Lee's campaign sent an email at 10 p.m. claiming the race was "
                         "close.\n"),
              ElementsAre(Found{"the race was close", "Tom Lee's campaign", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray wrote to staff after midnight saying the plant would close.\n"),
              ElementsAre(Found{"the plant would close", "Ann Ray", "indirect"}));
  // (Not an adverb of time, "after recently accusing": the object of "after".)
  EXPECT_THAT(Statements("The Elm campaign moved to settle doubts over its fundraising "
                         "after recently accusing Tom Lee of fraud.\n"),
              IsEmpty());
}

TEST(SpeakerTest, PressReleasesCompanyTermsAndHeadsTitles) {
  // A press release: "the Company" is its defined term for the business it names; "Chief
  // Financial Officer" between commas is a company head's title, no body, and of the
  // business that spoke; "ASA" in capitals is a corporate suffix.
  EXPECT_THAT(OrganizationsByStatement(
                  "Birchvale Energy ASA said on Monday that it had bought three wind farms. "
                  "The deal was paid in cash, the Company stated. Tom Lee, Chief Financial "
                  "Officer, said the deal would add to earnings.\n"),
              ElementsAre(ElementsAre("Birchvale Energy"), ElementsAre("Birchvale Energy"),
                          ElementsAre("Birchvale Energy")));
  // ("Asa" is a given name in any other case.)
  EXPECT_THAT(Statements("Asa Lee said the plan was fine.\n"),
              ElementsAre(Found{"the plan was fine", "Asa Lee", "indirect"}));
}

TEST(SubjectTest, AliasesInBracketsAfterTheNameAreAnAside) {
  // `Birchvale Energy ASA ("Birchvale" or "the Company") today announced that ...`: the
  // names a release gives the business, quoted in brackets, come between subject and cue.
  EXPECT_THAT(Statements("Birchvale Energy ASA (\"Birchvale\" or \"the Company\") today "
                         "announced that it had bought three wind farms.\n"),
              ElementsAre(Found{"it had bought three wind farms", "Birchvale Energy",
                                "indirect"}));
}

TEST(SubjectTest, TitledNameWithAPartyTagAfterADescription) {
  // "The bill's author, state Sen. Ann Ray (D-Elm City), said": the titled name speaks,
  // its party's tag in brackets closing it, as without the tag.
  EXPECT_THAT(Statements("The bill's author, state Sen. Ann Ray (D-Elm City), said the first "
                         "homes would be built next year.\n"),
              ElementsAre(Found{"the first homes would be built next year", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("A longtime critic, Rep. Tom Lee (R-Ohio), said the plan would fail.\n"),
              ElementsAre(Found{"the plan would fail", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, DatelineWithAnAbbreviatedMonthIsNoPartOfTheStatement) {
  // "BRUSSELS, Jan 14 - ...": a wire's dateline dated with a month's abbreviation, with no
  // agency in brackets, opens the sentence before the reported clause.
  EXPECT_THAT(Statements("ELM CITY, Jan 14 - The council opened an inquiry into the port, "
                         "officials said.\n"),
              ElementsAre(Found{"The council opened an inquiry into the port", "officials",
                                "indirect"}));
  EXPECT_THAT(Statements("ELM CITY, Sept. 4 -- The council opened an inquiry, officials "
                         "said.\n"),
              ElementsAre(Found{"The council opened an inquiry", "officials", "indirect"}));
}

TEST(CueTest, FoundBeforeAVerdictAfterANounIsAReducedPassive) {
  // "companies found in breach can be fined": the companies are judged; nobody speaks.
  EXPECT_THAT(Statements("Under the act, firms found in breach can be fined. Owners found "
                         "liable must pay. The panel found that the firm was in breach.\n"),
              ElementsAre(Found{"the firm was in breach", "panel", "indirect"}));
}

TEST(SpeakerTest, ProfilesBodiesWithANumberAndNoBodyOfKin) {
  // "Channel 4 anchor Ann Ray", "an anchor at Channel 4": a number ends the body's name.
  EXPECT_THAT(OrganizationsByStatement("The moderator, Channel 4 anchor Ann Ray, said the "
                                       "debate was tense. Tom Lee, an anchor at Radio 5, said "
                                       "it was dull.\n"),
              ElementsAre(ElementsAre("Channel 4"), ElementsAre("Radio 5")));
  // "Tom Lee, Elmer's father,": the name a relation is of is a person's, no body; nor is a
  // name in a relative clause after "where".
  EXPECT_THAT(OrganizationsByStatement("Tom Lee, Elmer's father, said a fund was set up. Ann "
                                       "Ray, an outlier in a town where Birchers rule, ran for "
                                       "mayor, saying it was time.\n"),
              ElementsAre(IsEmpty(), IsEmpty()));
}

TEST(SpeakerTest, APeopleIsNoBody) {
  // "An Israeli blogger, Ann Ray,", "Japanese author Tom Lee": a nationality describes the
  // speaker; it is no organization.
  EXPECT_THAT(OrganizationsByStatement("An Israeli blogger, Ann Ray, reported that the deal "
                                       "was off. Japanese author Tom Lee said it was on.\n"),
              ElementsAre(IsEmpty(), IsEmpty()));
}

TEST(SpeakerTest, ALargeCityIsNoBody) {
  // "a Philadelphia photographer": a city says where the speaker works, as a state does.
  EXPECT_THAT(OrganizationsByStatement("Ann Ray, 31, a Philadelphia photographer, said the "
                                       "rally was calm. Tom Lee, a Hollywood agent, said it "
                                       "was loud.\n"),
              ElementsAre(IsEmpty(), IsEmpty()));
}

TEST(SpeakerTest, OneWordPossessiveBeforeABodysNounIsPartOfItsName) {
  // "the Elmer's Association", "Birchley's Analytics": a one-word possessive opening a
  // body's name; not a body's own possessive before another body ("the Elm Academy of
  // Sciences' Institute of Economics" is the academy's).
  EXPECT_THAT(OrganizationsByStatement("Ann Ray, an economist at Birchley's Analytics, said "
                                       "rates would rise.\n"),
              ElementsAre(ElementsAre("Birchley's Analytics")));
}

TEST(CueTest, NounCueRightAfterAHeadlinesVerbOfChangingIsItsObject) {
  // "Retailer cuts forecast as shoppers pull back", "Port issues warning over storm": the
  // cue is the object of the verb before it; nobody forecasts or warns.
  EXPECT_THAT(Statements("Birchley cuts forecast as shoppers pull back\n\nElm Port issues "
                         "warning over storm\n\nAnn Ray said sales fell.\n"),
              ElementsAre(Found{"sales fell", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, ParticiplesPhraseAfterTheCuesTimeIsAnAdjunct) {
  // "..., their union said Friday, escalating a dispute over pay": the participle's phrase
  // after the cue's time closes the attribution; the clause before the comma is what was
  // said (a cue word inside the phrase, "dispute", opens nothing).
  EXPECT_THAT(Statements("Nurses backed a strike, their union said Friday, escalating a "
                         "dispute over pay.\n"),
              ElementsAre(Found{"Nurses backed a strike", "union", "indirect"}));
}

TEST(SubjectTest, PeopleWithAPassivesAgentBeforeARelativeClause) {
  // "Employees interviewed by the Ledger, who asked not to be named, said": the people
  // speak; the passive's agent and the relative clause describe them.
  EXPECT_THAT(Statements("Nurses interviewed by the Elm Gazette, who asked not to be named, "
                         "said morale had not recovered.\n"),
              ElementsAre(Found{"morale had not recovered", "Nurses", "indirect"}));
}

TEST(SpeakerTest, CorporateSuffixInThePossessiveIsDroppedToo) {
  // "general manager of Elmdea Group's washer division": the same business as "a manager
  // at Elmdea Group", one organization.
  EXPECT_THAT(OrganizationsByStatement("Wang Li, general manager of Elmdea Group's washer "
                                       "division, said sales rose. Li Na, a manager at Elmdea "
                                       "Group, said costs fell.\n"),
              ElementsAre(ElementsAre("Elmdea"), ElementsAre("Elmdea")));
}

TEST(SpeakerTest, RelativeClauseOfBeAndARoleIsAProfile) {
  // "Liu Bin, who is also secretary-general of the Elm Appliances Association, said": the
  // clause's role and body are the speaker's, as without "who is".
  EXPECT_THAT(OrganizationsByStatement("Liu Bin, who is also secretary-general of the Elm "
                                       "Appliances Association, said exports rose. Ann Ray, who "
                                       "was coordinator at the Birch Institute, said so.\n"),
              ElementsAre(ElementsAre("Elm Appliances Association"),
                          ElementsAre("Birch Institute")));
}

TEST(SpeakerTest, CityBeforeAnAbbreviatedStateIsAPlace) {
  // "a supporter from Elmwood, Miss.,": AP style abbreviates the state; the city before it is
  // where the speaker lives, no body, as before "Mississippi".
  EXPECT_THAT(OrganizationsByStatement("Ann Ray, a supporter from Elmwood, Miss., said the race "
                                       "was close.\n"),
              ElementsAre(IsEmpty()));
  // (A speaker's phrase ending in one is the person before it: "J. J. Lee, a nurse in
  // Elmwood, Va.")
  EXPECT_THAT(Statements("\"It has done nothing for us,\" said Tom Lee, a nurse in Elmwood, "
                         "Va.\n"),
              ElementsAre(Found{"It has done nothing for us,", "Tom Lee", "direct"}));
}

TEST(SpeakerTest, RolesAcronymAfterItsModifierIsNoBody) {
  // "Lee's likely VP then revealed that ...": "VP" is an office (a role's acronym, as
  // "CEO"), whatever precedes it; no organization.
  EXPECT_THAT(OrganizationsByStatement("Tom Lee's likely VP then revealed that he would "
                                       "campaign in Elm County.\n"),
              ElementsAre(IsEmpty()));
}

TEST(SpeakerTest, IrregularParticiplesClauseIsNoProfile) {
  // "The memo, sent to Elm Chief of Staff Ann Ray, called for ...": to whom it was sent
  // is no body of the message's, as after a participle in -ed.
  EXPECT_THAT(OrganizationsByStatement("The memo, sent to Elm Chief of Staff Ann Ray and "
                                       "copied to Tom Lee, called for a new plan.\n"),
              ElementsAre(IsEmpty()));
}

TEST(SpeakerTest, PronounQuotedAsSayingSpeaks) {
  // "The Gazette quoted him as saying ...": the object pronoun of the verb of quoting is who
  // speaks, resolved as a subject's pronoun is; the outlet only reports.
  EXPECT_THAT(Statements("Tom Hale, a fund manager, spoke on Monday. The Gazette quoted him as "
                         "saying the deal was dead.\n"),
              ElementsAre(Found{"the deal was dead", "Tom Hale", "indirect"}));
}

TEST(SpeakerTest, SurnameOfSeveralWordsFindsTheFullName) {
  // "Maria del Carmen Ortega Ruiz ... Ortega Ruiz said": a Spanish double surname, or one
  // with particles ("Van der Berg"), ends the full name met before: one speaker.
  EXPECT_THAT(Statements("Maria del Carmen Ortega Ruiz said rates would hold. Later, Ortega "
                         "Ruiz said cuts were coming. Ann van der Berg said the plan worked. "
                         "Van der Berg said it was cheap.\n"),
              ElementsAre(Found{"rates would hold", "Maria del Carmen Ortega Ruiz", "indirect"},
                          Found{"cuts were coming", "Maria del Carmen Ortega Ruiz", "indirect"},
                          Found{"the plan worked", "Ann van der Berg", "indirect"},
                          Found{"it was cheap", "Ann van der Berg", "indirect"}));
  // (Not a title-case phrase ending in a name: "Party Icon Tom Lee" in a headline is no
  // full name of "Tom Lee".)
  EXPECT_THAT(Statements("Party Icon Tom Hale Backs Ray\n\nTom Hale said the race was "
                         "close.\n"),
              Contains(Found{"the race was close", "Tom Hale", "indirect"}));
}

TEST(HeadlineTest, SecondVerbsSubjectIsABodysOrARolesNoun) {
  // "Central bank holds rates, signals cuts": the headline drops the determiner of the
  // noun after its capitalized first word; a body's or a role's noun in lower case is the
  // subject's head, up to the headline's verb.
  EXPECT_THAT(Statements("Central bank holds rates, signals cuts later this year\n\nThe bank "
                         "kept its rate at 4%.\n"),
              ElementsAre(Found{"cuts later this year", "Central bank", "indirect"}));
  EXPECT_THAT(Statements("Elm union head rejects offer, says strike will go on\n\nThe union "
                         "met.\n"),
              ElementsAre(Found{"strike will go on", "Elm union head", "indirect"}));
}

TEST(CueTest, GerundAfterADeterminerAndAModifierIsANoun) {
  // "had his full backing, but ...": a cue in -ing after a determiner and a modifier, with
  // no object after it, is a noun; the clause after its comma is nobody's statement.
  EXPECT_THAT(Statements("Ann Ray said that Tom Lee had her full backing, but fans chanted for "
                         "his dismissal.\n"),
              ElementsAre(Found{"Tom Lee had her full backing", "Ann Ray", "indirect"}));
  // (Not a noun's participle, "a memo apologizing to", nor a verb of speech before its
  // words' comma.)
  EXPECT_THAT(Statements("Elm Party released a memo apologizing to Tom Lee for the error. "
                         "Ann Ray sent a tweet saying, the vote was fair.\n"),
              ElementsAre(Found{"for the error", "Elm Party", "indirect"},
                          Found{"the vote was fair", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, AgeAndNameBetweenCommasAfterADescriptionSpeaks) {
  // "One supporter, 34-year-old Dan Price, said": an age before the name describes it as a
  // role's words do ("A neighbour, retired teacher Ann Ray, said"); the name speaks.
  EXPECT_THAT(Statements("One supporter, 34-year-old Dan Price, said: \"We have seen this "
                         "before.\" His sister, 61-year-old Ann Price, said the club was "
                         "failing.\n"),
              ElementsAre(Found{"We have seen this before.", "Dan Price", "direct"},
                          Found{"the club was failing", "Ann Price", "indirect"}));
}

TEST(PronounTest, OwnerOfTheSentenceBeforesSubject) {
  // "Feld's team now plans ... "We suspect it does," she added.": the person whose name,
  // in the possessive, opens the sentence before as its subject's owner is the likeliest
  // referent, more than a speaker quoted earlier.
  EXPECT_THAT(Statements("Dr. Hannah Feld said the effect was clear. Dr. Amara Nwosu said the "
                         "message was simple.\n\nFeld's team is now recruiting walkers. "
                         "\"We suspect it matters,\" she added.\n"),
              ElementsAre(Found{"the effect was clear", "Hannah Feld", "indirect"},
                          Found{"the message was simple", "Amara Nwosu", "indirect"},
                          Found{"We suspect it matters,", "Hannah Feld", "direct"}));
}

TEST(SpeakerTest, FullNamesProfileWhereItDidNotSpeak) {
  // "The team, led by Dr. Ann Ray of the Elm Clinic, ... Ray said": the body after "of", or
  // the appositive after the full name, is the person's profile when the bare surname speaks
  // later, as where the full name speaks itself.
  EXPECT_THAT(OrganizationsByStatement("The team, led by Dr. Ann Ray of the Elm Clinic, "
                                       "studied 400 adults. Ray said the drug worked. The "
                                       "panel included Tom Hale, a nurse at Birch General "
                                       "Hospital. Hale said it did not.\n"),
              ElementsAre(ElementsAre("Elm Clinic"), ElementsAre("Birch General Hospital")));
  // (Not past "and" and a second titled name.)
  EXPECT_THAT(OrganizationsByStatement("Sen. Tom Lee of Texas and Gov. Ann Ray of Ohio met on "
                                       "Monday. Lee said the talks went well.\n"),
              ElementsAre(IsEmpty()));
}

TEST(PronounTest, ItWithinItsSentenceIsTheBodyOpeningIt) {
  // "Birchsoft unveiled a chip that it said ...": "it" inside its sentence is the body that
  // opens the sentence, before a body met earlier; and a one-word name it refers to is a
  // body's, not a surname's.
  EXPECT_THAT(Statements("Elm Systems said sales rose. Birchsoft on Tuesday unveiled a chip "
                         "for sensors, a market it said was growing.\n"),
              ElementsAre(Found{"sales rose", "Elm Systems", "indirect"},
                          Found{"was growing", "Birchsoft", "indirect"}));
  EXPECT_THAT(OrganizationsByStatement("Birchsoft unveiled a chip for sensors, a market it said "
                                       "was growing.\n"),
              ElementsAre(ElementsAre("Birchsoft")));
}

TEST(ReportedSpeechTest, RelativeClausesCueEndsAtTheMainVerbsComma) {
  // "The bill, which Ray said was unfair, passed": the words reported in a relative clause
  // set off by commas end at the comma before the main clause's verb.
  EXPECT_THAT(Statements("The toll, which Ann Ray said was unfair, passed on Monday.\n"),
              Contains(Found{"was unfair", "Ann Ray", "indirect"}));
  // (Not a comma inside the clause: "which he said risks leaving riders, mostly pensioners,
  // stranded" runs on.)
  EXPECT_THAT(Statements("Tom Lee attacked the plan, which he said risks leaving riders, "
                         "mostly pensioners, stranded.\n"),
              Contains(Found{"risks leaving riders, mostly pensioners, stranded", "Tom Lee",
                             "indirect"}));
}

TEST(HeadlineTest, WiresSourceInLowerCaseAfterTheDash) {
  // "Elm Motors in talks to buy Birch Cells - sources": a wire's headline names its source
  // after a dash in lower case, a group's, a role's or a document's noun.
  EXPECT_THAT(Statements("Elm Motors in talks to buy Birch Cells - sources\n\nElm Motors "
                         "declined to comment.\n"),
              Contains(Found{"Elm Motors in talks to buy Birch Cells", "sources", "indirect"}));
  // (Not a clause of its own after the dash.)
  EXPECT_THAT(Statements("Storm hits Elm coast - residents flee\n\nThe storm hit at 4 a.m.\n"),
              IsEmpty());
}

TEST(HeadlineTest, QuotationsSpeakerAfterTheColonWithModifiersBeforeTheRole) {
  // "'We cannot wait for them': Elmland's energy minister on the gas crunch": the speaker's
  // role after the colon may have modifiers in lower case; the minister named below speaks.
  EXPECT_THAT(Statements("'We cannot wait for them': Elmland's energy minister on the gas "
                         "crunch\n\nElmland's energy minister, Ines Vogel, spoke to the Herald "
                         "on Monday.\n"),
              ElementsAre(Found{"We cannot wait for them", "Ines Vogel", "direct"}));
}

TEST(SpeakerTest, PartysMemberIsDescribedAndTheHeadNounFindsThem) {
  // "A Labour MP said": the office after a party's name and a determiner is no post-nominal
  // of a name ("Ann Ray MP"): the member is described. "The MP added", "The spokesman
  // added": the person described last by a phrase with that head noun.
  EXPECT_THAT(Statements("Another Tory MP, speaking privately, said the row was damaging. "
                         "The MP added that it would pass. A Labour spokesman said the vote "
                         "was close. The spokesman added that it was fair.\n"),
              ElementsAre(Found{"the row was damaging", "Tory MP", "indirect"},
                          Found{"it would pass", "Tory MP", "indirect"},
                          Found{"the vote was close", "Labour spokesman", "indirect"},
                          Found{"it was fair", "Labour spokesman", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray MP said the row was damaging.\n"),
              ElementsAre(Found{"the row was damaging", "Ann Ray", "indirect"}));
}

TEST(ListenerTest, NounAfterTheNameBeforeThatIsTheListeners) {
  // "told Elm News's Sunday Morning programme that": a noun in lower case after the
  // capitalized name, right before "that", ends the listener, not the clause's first word.
  EXPECT_THAT(Statements("Priya Nand told Elm News's Sunday Morning programme that a cap was "
                         "likely.\n"),
              ElementsAre(Found{"a cap was likely", "Priya Nand", "indirect"}));
}

TEST(SubjectTest, BodysNameAfterItsNounBetweenCommasSpeaks) {
  // "Their union, the Elm Nurses Association, says": a body's noun, then the body's name
  // after "the" between the commas; the name speaks.
  EXPECT_THAT(Statements("Their union, the Elm Nurses Association, says staffing has not "
                         "recovered.\n"),
              ElementsAre(Found{"staffing has not recovered", "Elm Nurses Association",
                                "indirect"}));
  // (A person's description and a titled name stay as they were: the name speaks.)
  EXPECT_THAT(Statements("The party's treasurer, Ann Ray, said the books were fine.\n"),
              ElementsAre(Found{"the books were fine", "Ann Ray", "indirect"}));
}

TEST(PronounTest, AgeEpithetOpeningTheSentenceIsThePersonNamedBefore) {
  // "When the wave hit, Maria Costa was working ... The 52-year-old nurse had been ...
  // "...," she says": an age opening the description that opens the sentence stands for the
  // person the sentence before names as its subject, whom the pronoun then finds.
  EXPECT_THAT(Statements("When the wave hit, Maria Costa was working long shifts. The "
                         "52-year-old nurse had been a nurse for decades. \"You stop "
                         "counting,\" she says.\n"),
              ElementsAre(Found{"You stop counting,", "Maria Costa", "direct"}));
}

TEST(ReportedSpeechTest, PurposeInfinitiveAfterAPersonActedOn) {
  // "Tom Hale interrupted me to announce that ...", "pulled him aside to say": after a verb
  // of no control and its object pronoun, the infinitive is the subject's purpose; the
  // subject speaks. (Not "asked him to say": the object is asked to speak.)
  EXPECT_THAT(Statements("Tom Hale interrupted me to announce that we were leaving. Ann Ray "
                         "pulled him aside to say that the deal was off.\n"),
              ElementsAre(Found{"we were leaving", "Tom Hale", "indirect"},
                          Found{"the deal was off", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Hale asked him to say that the deal was off.\n"),
              Not(Contains(Found{"the deal was off", "Tom Hale", "indirect"})));
}

TEST(SubjectTest, DescriptionWithARelativeClauseWithoutItsPronoun) {
  // "The reporter I sat beside, Tom Hale, said": a noun and its relative clause without
  // "who" or "that" describe the name between the commas, which speaks.
  EXPECT_THAT(Statements("The reporter I sat beside, Tom Hale, said the franchise was gone. "
                         "The man she had hired, Ben Ray, said it was not.\n"),
              ElementsAre(Found{"the franchise was gone", "Tom Hale", "indirect"},
                          Found{"it was not", "Ben Ray", "indirect"}));
}

TEST(SourceTest, AccordingToEndsAtAnIrregularParticipleAndNoHolderIsTheAuthor) {
  // "according to a GoFundMe page set up by his sister": an irregular participle ends the
  // source's phrase as one in -ed does; "court records obtained by the Gazette": who only
  // obtained or reviewed the document is no author of it (a publisher is).
  EXPECT_THAT(Statements("Tom Hale was a father of three, according to a fund page set up by "
                         "his sister. He drove a bus, according to court records obtained by "
                         "the Elm Gazette. He was 29, according to a report published by the "
                         "Elm Institute.\n"),
              ElementsAre(Found{"Tom Hale was a father of three", "fund page", "indirect"},
                          Found{"He drove a bus", "court records", "indirect"},
                          Found{"He was 29", "Elm Institute", "indirect"}));
}

TEST(SubjectTest, ListsExampleBetweenCommasIsNoNamedRole) {
  // "Many residents, including retired teacher Ann Ray, say": the example after "including"
  // is one of the group, which speaks; not a description's name (as in "A neighbour,
  // retired teacher Ann Ray, said").
  EXPECT_THAT(Statements("Many residents, including retired teacher Ann Ray, say they feel "
                         "ignored.\n"),
              ElementsAre(Found{"they feel ignored", "residents", "indirect"}));
}

TEST(CueTest, VerbOfJudgementWithOutIsAnotherVerb) {
  // "Elm voters knocked out a pillar of the plan": "knocked out" removes; it judges nobody,
  // as "knocked down", "ripped off" do not. (Not "knocked the plan", a criticism.)
  EXPECT_THAT(Statements("Elm voters knocked out a pillar of the plan.\n"), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray knocked the plan as a giveaway.\n"),
              Not(IsEmpty()));
}

TEST(CueTest, BoastBeforeItsObjectIsToHave) {
  // "She boasts a 20-point lead", "the town boasts just one shop": "boast" before an
  // article, a number, "just" or "only" is to have; "boasted of", "boasted that" brag.
  EXPECT_THAT(Statements("Ann Ray boasts a 20-point lead in Elm County. The town still "
                         "boasts just one small shop.\n"),
              IsEmpty());
  EXPECT_THAT(Statements("Ann Ray boasted that her lead was safe.\n"),
              ElementsAre(Found{"her lead was safe", "Ann Ray", "indirect"}));
}

TEST(SubjectTest, NumberedBodysNumberIsNoYear) {
  // "Elm Local 1204 said", "The union, Elm Local 1204, said": a union's local or a
  // veterans' post is numbered by a word that looks like a year; the name speaks. (Not
  // "Elm 2020 said": a year is no phrase's head.)
  EXPECT_THAT(Statements("Elm Local 1204 said jobs would be lost. The union, Birch Lodge 1776, "
                         "said members were devastated.\n"),
              ElementsAre(Found{"jobs would be lost", "Elm Local 1204", "indirect"},
                          Found{"members were devastated", "Birch Lodge 1776", "indirect"}));
  EXPECT_THAT(Statements("Elm 2020 said jobs would be lost.\n"), IsEmpty());
}

TEST(SpeakerTest, PlaceNamedByANounAfterItIsNoBody) {
  // "a mother of three from the Eastside neighborhood": a capitalized run before a place's
  // noun in lower case ("neighborhood", "area", "suburb") is where the speaker lives.
  EXPECT_THAT(OrganizationsByStatement("Jo Ortiz, a mother of three from the Eastside "
                                       "neighborhood, said it was quiet. Ann Ray, a nurse from "
                                       "the Elm Valley area, said so too.\n"),
              ElementsAre(IsEmpty(), IsEmpty()));
}

TEST(SpeakerTest, BodysNounInADescriptionBeforeTheName) {
  // "A ministry spokesman, Ibrahim Bello, said": the body's noun before the role in the
  // description is the body "the ministry" would be, as for "a ministry spokesman" alone.
  EXPECT_THAT(OrganizationsByStatement("The Ministry of Water Resources says 12,000 people "
                                       "will be moved. A ministry spokesman, Ibrahim Bello, said "
                                       "the dam was safe.\n"),
              ElementsAre(ElementsAre("Ministry of Water Resources"),
                          ElementsAre("Ministry of Water Resources")));
}

TEST(SpeakerTest, TheGroupsRoleIsOfTheBodyThatSpokeLast) {
  // "Elm Parenthood said ... said Maya Lind, the group's regional president": "the group"
  // refers back as "its" does, to the body that spoke last.
  EXPECT_THAT(OrganizationsByStatement("Elm Parenthood said it would sue within days. \"This "
                                       "law is cruel,\" said Maya Lind, the group's regional "
                                       "president.\n"),
              ElementsAre(testing::_, ElementsAre("Elm Parenthood")));
}

TEST(SpeakerTest, ConnectorInsideABodysNameIsNoPreposition) {
  // "Tom Ray, Shade of Elm's executive director,": the "of" between two capitalized words is
  // part of the body's name, not the profile's first preposition.
  EXPECT_THAT(OrganizationsByStatement("Tom Ray, Shade of Elm's executive director, said the "
                                       "plan was bad. Ann Lee, a senior fellow at the Club for "
                                       "Elm Growth, said it was fine.\n"),
              ElementsAre(ElementsAre("Shade of Elm"), ElementsAre("Club for Elm Growth")));
}

TEST(SpeakerTest, TitledNameAfterModifiersOrAPlaceInBasedIsNoBody) {
  // "a spokesman for House Speaker Ann Lee": a titled name after the title's modifiers
  // names the person spoken for, no body; "an Elmwood-based lawyer": where the person works.
  EXPECT_THAT(OrganizationsByStatement("Tom Ray, a spokesman for House Speaker Ann Lee, said "
                                       "the plan was bad. Ida Moss, an Elmwood-based lawyer, "
                                       "said it was fine.\n"),
              ElementsAre(IsEmpty(), IsEmpty()));
}

TEST(SpeakerTest, OnAfterABodysNounJoinsItsName) {
  // "the Elm Committee on Ferry Taxation", "the Center on Elm Budget Priorities": "on" after
  // a body's noun joins the name, in a profile as in a subject.
  EXPECT_THAT(OrganizationsByStatement("Tom Ray, a longtime adviser to the Elm Committee on "
                                       "Ferry Taxation, said the plan was bad.\n"),
              ElementsAre(ElementsAre("Elm Committee on Ferry Taxation")));
}

TEST(SpeakerTest, RoleWordAsSurnameBeforeOfIsAName) {
  // "Sen. Ann Farmer of Elmland", "Tom Drummer of Elm Bank": a role word after a given name
  // is a surname; the name speaks and "of" names the body.
  const Extraction e = ExtractOrDie("Sen. Ann Farmer of Elmland said the bill was good. Tom "
                                    "Drummer of Elm Bank said the rate was high.\n");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Ann Farmer", "Tom Drummer"));
}

TEST(SpeakerTest, ArtistsAndScientistsWordsBeforeANameAreRoles) {
  // "Saxophonist Ray Colton", "Astronaut Leo Brandt": a trade's word opening the sentence
  // before a full name is the person's role, not a part of the name.
  const Extraction e = ExtractOrDie("Saxophonist Ray Colton said the band would tour. "
                                    "Astronaut Leo Brandt said the crew was ready.\n");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Ray Colton", "Leo Brandt"));
}

TEST(SpeakerTest, GroupSpreadOverAPlaceKeepsItsNoun) {
  // "farmers across the southern plains", "Teachers throughout Elmland", "Those around
  // him", "People from around the world": the group speaks, not the place after the
  // preposition.
  const Extraction e = ExtractOrDie("Wheat farmers across the southern plains say the harvest "
                                    "will be small. Teachers throughout Elmland said pay was "
                                    "low. Lee is tired. Those around him said he would quit. "
                                    "People from around the world said the city was lovely.\n");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Wheat farmers across the southern plains",
                                           "Teachers throughout Elmland", "Those around him",
                                           "People from around the world"));
}

TEST(SpeakerTest, PraiseBeforeAPeoplesWordNamesNoBody) {
  // "Award-winning Elmish economist", "Famed Elmarian novelist": two capitalized words
  // before the role, but praise and a people's word, no body's name.
  EXPECT_THAT(OrganizationsByStatement("Award-winning Elmish economist Tom Lake said rates "
                                       "would fall. Famed Elmarian novelist Ann Pike said the "
                                       "book was done. Elm Times columnist Ida Moss said it "
                                       "was late.\n"),
              ElementsAre(IsEmpty(), IsEmpty(), ElementsAre("Elm Times")));
}

TEST(SpeakerTest, BareSurnameLaterIsNotTheRelativeIntroducedByKin) {
  // "Ida Marsh ... Her son, Paul Marsh, said ... Marsh said": news names a relative by the
  // given name after; the bare surname, sentences on, is the namesake who is no relative.
  // Right after the relative spoke, it is still the relative.
  const Extraction e = ExtractOrDie(
      "Ida Marsh, the painter, has died at 90. Her son, Paul Marsh, said she died at home. "
      "\"She painted to the end,\" he said. Tom Lee said she was kind. In a 2010 interview, "
      "Marsh said she never thought of herself as famous.\n\nGov. Ann Ray signed the bill. "
      "Her husband, Tom Ray, said she was tired. Ray said the law would help families.\n");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Paul Marsh", "Paul Marsh", "Tom Lee", "Ida Marsh",
                                           "Tom Ray", "Tom Ray"));
}

TEST(SpeakerTest, PluralPossessiveAndHospitalInsideABodysName) {
  // "the Elm Longshoremen's Union", "The Children's Hospital of Elmford": a plural's
  // possessive before a body's noun is part of its name, and "the hospital", "the union"
  // find the whole name; a hospital is a body.
  EXPECT_THAT(OrganizationsByStatement("The International Elm Longshoremen's Union said the "
                                       "deal was fair. The Children's Hospital of Elmford said "
                                       "it would close a ward. The hospital said it had no "
                                       "beds. The union said it would wait.\n"),
              ElementsAre(ElementsAre("International Elm Longshoremen's Union"),
                          ElementsAre("Children's Hospital of Elmford"),
                          ElementsAre("Children's Hospital of Elmford"),
                          ElementsAre("International Elm Longshoremen's Union")));
}

TEST(SpeakerTest, ItsRoleIsOfTheBodyItRefersTo) {
  // "Its chief executive said": the body that opened the sentence before; "CLAUSE, its
  // director announced": after the clause it reports, the body that opens the sentence.
  EXPECT_THAT(OrganizationsByStatement("Elm Power cut 200 jobs. Its chief executive said the "
                                       "cuts were needed.\n\nThe Elmland Space Agency has "
                                       "delayed its moon landing by a year, its director "
                                       "announced on Monday.\n"),
              ElementsAre(ElementsAre("Elm Power"), ElementsAre("Elmland Space Agency")));
}

TEST(SpeakerTest, AWorksTitleInAProfileIsNoBody) {
  // "the author of \"Broken Locks,\"", "author of Elm's Last Ferry, a history": what an
  // author wrote, or words in quotation marks, name a work, not the person's body.
  EXPECT_THAT(OrganizationsByStatement("\"The code was weak,\" said Tom Ray, the author of "
                                       "\"Broken Locks,\" who studies fraud. \"It is old,\" "
                                       "said Ann Lee, author of Elm's Last Ferry, a history "
                                       "of the ferry. \"It is late,\" said Ida Moss, a "
                                       "columnist for the Elm Times.\n"),
              ElementsAre(IsEmpty(), IsEmpty(), ElementsAre("Elm Times")));
}

TEST(SpeakerTest, DescriptionThenProperModifiedRoleAndNameGivesTheName) {
  // "The head of the mission, former Elmland president Kgosi Tau, urged": a proper word
  // may modify the lower-case role before the name; the name speaks. (Not "The mayor, a
  // friend of Ann Ray, said".)
  const Extraction e = ExtractOrDie("The head of the observer mission, former Elmland "
                                    "president Kgosi Tau, urged both camps to keep calm. A "
                                    "neighbor, former Elm Bank chief Tom Lee, said the house "
                                    "was empty. The mayor, a friend of Ann Ray, said the plan "
                                    "was good.\n");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Kgosi Tau", "Tom Lee", "mayor"));
}

TEST(SpeakerTest, OneWordNameThatItsOrWhichReferToIsABody) {
  // "Elmsoft said on Thursday its profit had doubled", "Brightwave, which makes batteries,
  // said": a person would be "his", "her", "who"; the name is a body's, which "the company"
  // then finds. (Not a surname of a full name met before: "Harlow said its terms".)
  EXPECT_THAT(OrganizationsByStatement("Elmsoft said on Thursday its profit had doubled. The "
                                       "company did not say which units would be hit.\n\n"
                                       "Brightwave, which makes batteries, said it would build "
                                       "a plant.\n\nTom Harlow met the board. The deal was "
                                       "signed. Harlow said its terms were fair.\n"),
              ElementsAre(ElementsAre("Elmsoft"), ElementsAre("Elmsoft"),
                          ElementsAre("Brightwave"), IsEmpty()));
}

TEST(SpeakerTest, BodysNounAloneBeforeATitleIsTheBodyNamedBefore) {
  // "Elmford City Council approved ... Council President Maria Delgado": the body's noun
  // alone before the title is the body of that noun named before; not "House", which a
  // "White House" met before would wrongly fill.
  EXPECT_THAT(OrganizationsByStatement("Elmford City Council approved a budget on Wednesday. "
                                       "Council President Maria Delgado said the city had no "
                                       "choice.\n\nThe White House said it would wait. House "
                                       "Speaker Tom Lee said it was late.\n"),
              ElementsAre(ElementsAre("Elmford City Council"), ElementsAre("White House"),
                          ElementsAre("House")));
}

TEST(SpeakerTest, PossessivePronounAndNounThenANameBetweenCommas) {
  // "Her label, Elmtone Music, said": a possessive pronoun and a noun, then the name between
  // commas, as after an owner's possessive ("Moss's label, ..."); the noun may be a cue
  // word's ("label"), which no verb would be right before the comma.
  const Extraction e = ExtractOrDie("Her label, Elmtone Music, said ticket holders would be "
                                    "refunded. Moss's label, Elm Tunes, said it would wait.\n");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Elmtone Music", "Elm Tunes"));
}

TEST(SpeakerTest, PronounOpeningSentencesGoesOnWithThePersonBeforeThem) {
  // "Ann Ray has given up. She sold the house in May. "...," she said.": the sentence before
  // opens with the same pronoun, so the person whose full name opens the one before it
  // speaks, not a two-word body met earlier whose sex is unknown.
  const Extraction e = ExtractOrDie("Elm Mutual said it could not comment.\n\nPriya Shah has "
                                    "given up. She and her husband sold their house in May. "
                                    "\"We could not face another winter,\" she said.\n");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Elm Mutual", "Priya Shah"));
}

TEST(SpeakerTest, AgeEpithetAfterAnOpeningClauseIsTheSubjectNamedThere) {
  // "When the river rose, Tom Aldous lost his home. 'A,' the 67-year-old said": the person
  // named as the subject after the opening clause, as one opening the sentence would be.
  const Extraction e = ExtractOrDie("When the river rose last spring, Tom Aldous lost "
                                    "everything but his dog.\n\n\"The water was above the "
                                    "switches,\" the 67-year-old retired teacher recalled.\n");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Tom Aldous"));
}

TEST(StatementTest, SubjectsOwnPredicateBeforeAnInvertedCue) {
  // "The pair, a man and a woman, had phoned for help, said Hugh Lawson": a comma and a
  // finite auxiliary after the subject's appositive open its own predicate, so the name after
  // the cue speaks; within a relative clause a verb is the clause's ("whose son, Tom, was").
  EXPECT_THAT(Statements(
      "The pair, a man and a woman from Kingsport, had phoned for help on Saturday, said Hugh "
      "Lawson, the leader of the rescue team.\n\nAnn Ray, whose son, Tom Ray, was hurt in the "
      "crash, said the road was unsafe.\n"),
              ElementsAre(Found{"The pair, a man and a woman from Kingsport, had phoned for "
                                "help on Saturday",
                                "Hugh Lawson", "indirect"},
                          Found{"the road was unsafe", "Ann Ray", "indirect"}));
}

TEST(StatementTest, CourtParticipleAfterTheOpeningNounIsAReducedRelative) {
  // "A former nurse accused of stealing drugs from patients at Elm General told a jury": the
  // participle opens a clause on the opening noun that runs to the cue; the noun speaks, not
  // the clause's last noun ("patients at Elm General"). Also a singular noun for a person.
  EXPECT_THAT(Statements("A former nurse accused of stealing drugs from patients at Elm "
                         "General Hospital told a jury on Monday that she was ashamed.\n\nThe "
                         "teenager charged with setting the fire told police he was sorry.\n"),
              ElementsAre(Found{"she was ashamed", "former nurse", "indirect"},
                          Found{"he was sorry", "teenager", "indirect"}));
}

TEST(SpeakerTest, GroupsPluralPossessiveInsideABodysNameInAnAppositive) {
  // "general secretary of the Communication Workers' Alliance": a group's plural in the
  // possessive before the body's noun is part of the name, as it is before the cue.
  EXPECT_THAT(OrganizationsByStatement("Gwen Morgan, general secretary of the Communication "
                                       "Workers' Alliance, said pay was too low.\n"),
              ElementsAre(ElementsAre("Communication Workers' Alliance")));
}

TEST(SpeakerTest, TradeModifiedNounAfterAClauseIsTheBodyOpeningIt) {
  // "Elmtel will cut jobs, the telecoms group said": a body's noun with its trade's modifier
  // in lower case is the body whose name opens the clause, as "the company" is; a chief
  // executive named next is of the same body.
  EXPECT_THAT(OrganizationsByStatement("Elmtel will cut 3,000 jobs, the telecoms group said "
                                       "on Thursday. Chief executive Farah Qureshi said the "
                                       "cuts were painful. Shares in Elmtel rose.\n"),
              ElementsAre(ElementsAre("Elmtel"), ElementsAre("Elmtel")));
}

TEST(SpeakerTest, PronounChainReachesASurnameWithItsAgeOpeningASentence) {
  // "Ann Brandvold ... Brandvold, 61, quit in March. She is blunt about it. "...," she
  // says.": the sentence before the chain opens with the surname of a full name met before
  // (OpeningPerson reads it), not the body that spoke first.
  const Extraction e = ExtractOrDie("Elm Mutual said it could not comment.\n\nWe met Ann "
                                    "Brandvold, the former transport minister, last month. "
                                    "Brandvold, 61, quit in March.\n\nShe is blunt about her "
                                    "successor. \"He has never run anything,\" she says.\n");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Elm Mutual", "Ann Brandvold"));
}

TEST(SpeakerTest, CharityIsABodysNounAndItsDescriptionMayHaveAComplement) {
  // "Age Elm, a charity for older people, warned ... The charity said": "charity" is a
  // body's noun; the appositive that describes the name by it may go on with a complement
  // before its comma.
  EXPECT_THAT(OrganizationsByStatement("Age Elm, a charity for older people, said the plan "
                                       "would hurt. The charity said 300,000 people would be "
                                       "poorer.\n"),
              ElementsAre(ElementsAre("Age Elm"), ElementsAre("Age Elm")));
}

TEST(SpeakerTest, PeoplesWordBeforeARoleAfterAQuotationIsNoBody) {
  // `"...," Czech industry minister Jozef Sikela told`: after a quotation the people's word
  // is capitalized mid-sentence, as a name would be, but a people is no body.
  EXPECT_THAT(OrganizationsByStatement("\"We are not there yet,\" Czech industry minister "
                                       "Jozef Sikela told reporters. \"Soon,\" Norwegian "
                                       "envoy Kari Holm said.\n"),
              ElementsAre(IsEmpty(), IsEmpty()));
}

TEST(SpeakerTest, ItsRoleAfterABodysNameThatADescriptionIntroduced) {
  // "The group that brought the case, Friends of the Kings River, welcomed the ruling.
  // "A. B," its chair, Noor Haddad, said": the name between commas after a body's noun and
  // its clause is the body's (its words "Friends", "Kings" those of people), and "its"
  // reaches it past the quotation's first sentence.
  EXPECT_THAT(OrganizationsByStatement("The group that brought the case, Friends of the Kings "
                                       "River, welcomed the ruling.\n\n\"We are not against a "
                                       "bridge. We are against this one,\" its chair, Noor "
                                       "Haddad, said.\n"),
              Contains(ElementsAre("Friends of the Kings River")));
}

TEST(SpeakerTest, AmpersandBeforeADroppedCorporateSuffixGoesWithIt) {
  // "an analyst at Marlowe & Co.": dropping the suffix drops the "&" that joined it; a name
  // with "&" inside keeps it ("Elm & Oak Ltd").
  EXPECT_THAT(OrganizationsByStatement("Ben Holloway, an analyst at Marlowe & Co., said the "
                                       "story had changed. Ann Ray, an analyst at Elm & Oak "
                                       "Ltd, said it had not.\n"),
              ElementsAre(ElementsAre("Marlowe"), ElementsAre("Elm & Oak")));
}

TEST(SpeakerTest, AcronymSpelledAsAFunctionWordIsAName) {
  // "The WHO said", "A WHO spokesperson, Tariq Jasarevic, told": two to four capitals whose
  // lower case is a function word ("who") name a body outside a headline in capitals; a
  // role's or a title's acronym ("CEO") keeps its class.
  const Extraction e = ExtractOrDie("The WHO said the risk was high. A WHO spokesperson, "
                                    "Tariq Jasarevic, told reporters that it was rising. Elm "
                                    "CEO Ann Ray said it was not.\n");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("WHO", "Tariq Jasarevic", "Ann Ray"));
  EXPECT_THAT(OrganizationsByStatement("The WHO said the risk was high. A WHO spokesperson, "
                                       "Tariq Jasarevic, told reporters that it was rising.\n"),
              ElementsAre(ElementsAre("WHO"), ElementsAre("WHO")));
}

TEST(SpeakerTest, PronounAfterAPassiveOrAnAdjectiveInEdOpeningTheSentenceBefore) {
  // "Ann Ray was shocked. "...?" she asked.": a person opening the sentence before with a
  // copula and a word in -ed is its subject, as with any other verb; so after a passive
  // whose agent is no name ("was asked by a caller"), not a body that spoke earlier.
  const std::vector<Found> found = Statements(
      "Elm Mutual said the claim was closed.\n\nAnn Ray was shocked. \"Do you want me to "
      "sell?\" she asked.\n\nTom Lee was asked by a caller about rates. \"They can,\" he "
      "said.\n");
  EXPECT_THAT(found, Contains(Found{"Do you want me to sell?", "Ann Ray", "direct"}));
  EXPECT_THAT(found, Contains(Found{"They can,", "Tom Lee", "direct"}));
}

TEST(SpeakerTest, BodysNounBeforeOfficialIsTheBodyItWouldBe) {
  // "The Ministry of Energy said ... A ministry official said": a body's noun before
  // "official" (as before "spokesperson") is the body "the ministry" would be.
  EXPECT_THAT(OrganizationsByStatement("The Ministry of Energy said it would defend the "
                                       "decision. A ministry official said the mine would "
                                       "create jobs.\n\nElm Bank said profits fell. A bank "
                                       "official said the drop was expected.\n"),
              ElementsAre(ElementsAre("Ministry of Energy"), ElementsAre("Ministry of Energy"),
                          ElementsAre("Elm Bank"), ElementsAre("Elm Bank")));
}

TEST(SpeakerTest, CompanyWhoseSharesOpenTheSentence) {
  // "Shares in Elmstream plunged after the streaming company warned": "the company" or a
  // trade's noun is the business whose shares open its sentence; not a place ("Shares in
  // Tokyo fell").
  EXPECT_THAT(OrganizationsByStatement("Shares in Elmstream plunged 30 percent after the "
                                       "streaming company warned that growth had stalled.\n\n"
                                       "Shares in Tokyo fell after the company warned that "
                                       "sales had slowed.\n"),
              ElementsAre(ElementsAre("Elmstream"), IsEmpty()));
}

TEST(SpeakerTest, IndefiniteOfficeAfterItsNamedHolderIsAnotherPerson) {
  // "Housing spokesman Tom Beresford said ... A spokesman for the department said": "a"
  // introduces someone new, so the office is not the named holder's ("the spokesman" then
  // is the newer one); a description before the name ("A federal judge ... Judge Ann Ray
  // wrote") still is hers.
  const std::vector<Found> found = Statements(
      "Housing spokesman Tom Beresford said the report was damning.\n\nA spokesman for the "
      "department said the payments were lawful.\n\nThe spokesman said the audit was late.\n");
  EXPECT_THAT(found, ElementsAre(Found{"the report was damning", "Tom Beresford", "indirect"},
                                 Found{"the payments were lawful", "spokesman for the department",
                                       "indirect"},
                                 Found{"the audit was late", "spokesman for the department",
                                       "indirect"}));
  EXPECT_THAT(SpeakerNames(ExtractOrDie("A federal judge blocked the rule, saying it was "
                                        "unlawful.\n\nJudge Ann Ray wrote that the agency had "
                                        "overstepped.\n")),
              ElementsAre("Ann Ray", "Ann Ray"));
}

TEST(SpeakerTest, NationalityEpithetIsThePersonOpeningTheSentenceBefore) {
  // "Elm's striker Luca Ferretti was delighted. "...," said the Italian": a noun for one
  // person of a nation is the person opening the sentence before, as an age is; not a word
  // that may be a people ("the Chinese").
  const std::vector<Found> found = Statements(
      "Kofi Boateng said he took the blame.\n\nAshby's striker Luca Ferretti, who scored "
      "twice, was delighted. \"It's the best night of my career,\" said the Italian.\n");
  EXPECT_THAT(found, Contains(Found{"It's the best night of my career,", "Luca Ferretti",
                                    "direct"}));
}

TEST(SpeakerTest, ThreeCapitalizedWordsEndingInARoleDescribeTheNameAfterThem) {
  // "Former Elm captain Steve Aldous was scathing. He argued": a description of three
  // capitalized words whose last is a role before a full name opens the sentence, and the
  // pronoun after it is that person, not the speaker before.
  const std::vector<Found> found = Statements(
      "Kofi Boateng said he took full responsibility.\n\nFormer Marston captain Steve Aldous, "
      "now a pundit, was scathing. Writing in his column, he argued that the squad was poor.\n");
  EXPECT_THAT(found, Contains(Found{"the squad was poor", "Steve Aldous", "indirect"}));
}

TEST(SpeakerTest, ForumClubOrInitiativeEndsABodysNameAfterOf) {
  // "said Tomas Reiner of the Eastern Policy Forum": a forum, a club, an initiative, a
  // partnership, an observatory, a conservancy or a collective is a body's unit, so "of the"
  // and such a name after a speaker is where the speaker works.
  EXPECT_THAT(OrganizationsByStatement("\"Both sides need the pipeline,\" said Tomas Reiner of "
                                       "the Eastern Policy Forum.\n\n\"We need rain,\" said "
                                       "Ann Ray of the Elm Rowing Club.\n"),
              ElementsAre(ElementsAre("Eastern Policy Forum"), ElementsAre("Elm Rowing Club")));
}

TEST(SpeakerTest, TheAndCapitalizedWordsAfterOfAreABodyUnlessAPlace) {
  // "said Leila Navai of the Red Crescent": after a speaker, "of the" and two capitalized
  // words or more that name no place ("the Middle East", "the Elm Valley") nor a person are
  // where the speaker works.
  EXPECT_THAT(OrganizationsByStatement("\"We need help now,\" said Leila Navai of the Red "
                                       "Crescent.\n\n\"It will rain,\" said Tom Lee of the "
                                       "Middle East.\n\n\"It will not,\" said Ann Ray of the "
                                       "Elm Valley.\n"),
              ElementsAre(ElementsAre("Red Crescent"), IsEmpty(), IsEmpty()));
}

TEST(PronounSubjectTest, RelationOfThePronounsSexOpeningTheSentenceBefore) {
  // "His mother, who had waited by the ruins, wept. "...," she told reporters.": a relation
  // of the pronoun's sex after a possessive pronoun opens the sentence before; she is that
  // relation, not the woman who spoke earlier (nor no one). A relation of the other sex is
  // not.
  const std::vector<Found> found = Statements(
      "Ann Ray said the search would go on. Tom Lee was found on Thursday. His mother, who had "
      "waited by the ruins, wept as he was carried away.\n\n\"I never stopped believing,\" she "
      "told reporters.\n");
  EXPECT_THAT(found, Contains(Found{"I never stopped believing,", "mother", "direct"}));
  EXPECT_THAT(Statements("Ann Ray said the search would go on. His father wept.\n\n\"I never "
                         "stopped believing,\" she told reporters.\n"),
              Contains(Found{"I never stopped believing,", "Ann Ray", "direct"}));
}

TEST(SpeakerTest, ItsAfterABodysNounInThePossessiveOpeningTheSentenceBefore) {
  // "The company's shares fell. Its interim chief executive, Kari Lund, said": "its" is the
  // body that "the company" refers to, when the sentence before opens with the noun's
  // possessive.
  EXPECT_THAT(OrganizationsByStatement("Halvorsen Shipping said its chief had resigned.\n\nThe "
                                       "company's shares fell 4 percent. Its interim chief "
                                       "executive, Kari Lund, said the ships were sailing.\n"),
              ElementsAre(ElementsAre("Halvorsen Shipping"), ElementsAre("Halvorsen Shipping")));
}

TEST(SpeakerTest, PossessiveNameOpeningTheSentenceMakesABodyNamed) {
  // "Kestria's foreign ministry said", opening its sentence, names the body as it does after
  // a comma; a time's or a group's possessive does not ("Tuesday's report said").
  EXPECT_THAT(OrganizationsByStatement("Kestria's foreign ministry said it would respond.\n\n"
                                       "Tuesday's report said the row would pass.\n"),
              ElementsAre(ElementsAre("Kestria's foreign ministry"), IsEmpty()));
}

TEST(ReportedSpeechTest, ListenerWithoutDeterminerEndingInAMediumOrABody) {
  // "told state radio he was ...", "told public broadcaster Elm TV she ...": lower-case
  // words ending in a body's or a medium's noun, or that noun and its name, before a subject
  // pronoun or a determiner are the listener, no part of the report.
  EXPECT_THAT(Statements("Viktor Lenz told state radio he was disappointed. Ann Ray told local "
                         "media the ruling was wrong. Tom Lee told public broadcaster Elm TV "
                         "he would appeal.\n"),
              ElementsAre(Found{"he was disappointed", "Viktor Lenz", "indirect"},
                          Found{"the ruling was wrong", "Ann Ray", "indirect"},
                          Found{"he would appeal", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, TheGroupIsTheBodyThatOpenedOrSpokeInTheSentenceBefore) {
  // "The Elm Liberties Union brought the case. The group had argued": "the group" refers to
  // a body of any name that opens or speaks in the sentence before, as "its" does, not only
  // to a name ending in "Group".
  EXPECT_THAT(OrganizationsByStatement("The Ardenian Civil Liberties Union brought the case. "
                                       "The group had argued that the law was unlawful.\n\n"
                                       "Green Tide said the dam was unsafe. The group said "
                                       "it would sue.\n"),
              ElementsAre(ElementsAre("Ardenian Civil Liberties Union"), IsEmpty(),
                          ElementsAre("Green Tide")));
}

TEST(SpeakerTest, DescriptionBeforeARoleAndNameBetweenCommasIsTheirProfileToo) {
  // "The Conservative candidate, former councillor Priya Sandhu, said": the description an
  // article opens before the comma is the named person's profile as well as the role after
  // it; not a phrase opened by an adverb ("First his wife, ...").
  EXPECT_THAT(OrganizationsByStatement("The Conservative candidate, former councillor Priya "
                                       "Sandhu, said she was taking nothing for granted.\n"),
              ElementsAre(ElementsAre("Conservative")));
}

TEST(SpeakerTest, TheirBeforeARoleIsABodyOfSeveralWordsOpeningTheSentenceBefore) {
  // "The Liberal Democrats are hoping to win. Their candidate, Jo Whitley, said": "their" is
  // the body that opens the sentence before, as "its" is, when its name has several words (or
  // is an acronym, or one the lexicon knows); not a family's one word ("The Smiths").
  EXPECT_THAT(OrganizationsByStatement("The Liberal Democrats are hoping to squeeze the vote. "
                                       "Their candidate, Jo Whitley, said the party could win."
                                       "\n\nThe Smiths lost their home. Their lawyer, Tom Lee, "
                                       "said the fire was an accident.\n"),
              Contains(ElementsAre("Liberal Democrats")));
  EXPECT_THAT(SpeakerNames(ExtractOrDie("The Smiths lost their home. Their lawyer, Tom Lee, "
                                        "said the fire was an accident.\n")),
              ElementsAre("Tom Lee"));
  EXPECT_THAT(OrganizationsByStatement("The Smiths lost their home. Their lawyer, Tom Lee, "
                                       "said the fire was an accident.\n"),
              ElementsAre(IsEmpty()));
}

TEST(SpeakerTest, BodysNounIsThePossessiveDescriptionWithThatNounBefore) {
  // "Nigeria's central bank raised its rate ... The bank said": the same noun after a
  // capitalized possessive earlier in the article is the body "the bank" refers to, when no
  // name ends in it; not a person's ("Tom Lee's bank") nor a contraction's ("It's a bank").
  EXPECT_THAT(OrganizationsByStatement("Nigeria's central bank raised its main rate on "
                                       "Tuesday.\n\nEconomists were surprised.\n\nThe bank "
                                       "said it would keep its reserve ratio unchanged.\n"),
              ElementsAre(ElementsAre("Nigeria's central bank")));
  EXPECT_THAT(OrganizationsByStatement("Tom Lee's bank raised its fees. The bank said costs had "
                                       "risen.\n\nIt's a non-profit ranch. The non-profit said "
                                       "it needed money.\n"),
              ElementsAre(IsEmpty(), IsEmpty()));
}

TEST(SpeakerTest, PlaceWhereABodyIsBasedIsNoPartOfItsName) {
  // "chief economist at Lagos-based Meridian Capital": a word in "-based" opening a body's
  // name says where it is based.
  EXPECT_THAT(OrganizationsByStatement("\"This is aggressive,\" said Adaeze Okoro, chief "
                                       "economist at Lagos-based Meridian Capital.\n"),
              ElementsAre(ElementsAre("Meridian Capital")));
}

TEST(SubjectTest, PlacePrepositionBeforeASingularNounAndItsCommaOpensAnAdverbial) {
  // "Outside court, the hospice's chair, Dr Fiona Laird, said": "Outside court" is where,
  // not who; "Outside experts said" is still a subject.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Outside court, the hospice's new chair, Dr Fiona "
                                        "Laird, said staff had been devastated. Outside "
                                        "experts said the plan would fail.\n")),
              ElementsAre("Fiona Laird", "Outside experts"));
}

TEST(QuoteTest, HeadlinesQuotationIsTheSpeakersWhoseQuotationBelowHoldsItsWords) {
  // "'We were left to drown': flood victims turn on council": a quotation in the first
  // paragraph that names no speaker is the speaker's whose quotation further on holds the
  // same words; one whose words nobody says again stays unattributed.
  const std::vector<Found> found = Statements(
      "'We were left to drown': flood victims turn on council\n\n'Nobody came,' said Brenda "
      "Hollis, 74. 'We were left to drown.'\n");
  EXPECT_THAT(found, Contains(Found{"We were left to drown", "Brenda Hollis", "direct"}));
  EXPECT_THAT(Statements("'A town forgotten by all': flood victims turn on council\n\n'Nobody "
                         "came,' said Brenda Hollis, 74.\n"),
              Contains(Found{"A town forgotten by all", "", "direct"}));
}

TEST(SpeakerTest, BodysNounInLowerCaseBeforeARoleAndANameIsThatBody) {
  // "union leader Ann Ray", "guild president Tom Lee": a body's noun in lower case before the
  // role is the body it refers to (the name ending in it), whoever spoke last.
  EXPECT_THAT(OrganizationsByStatement("The Elm Nurses Union said pay was low. \"We won,\" "
                                       "union leader Ann Ray said.\n\nThe Screen Performers "
                                       "Guild voted on Monday. The deal was approved, Elm Radio "
                                       "said. \"We won,\" guild president Tom Lee said.\n"),
              ElementsAre(ElementsAre("Elm Nurses Union"), ElementsAre("Elm Nurses Union"),
                          ElementsAre("Elm Radio"), ElementsAre("Screen Performers Guild")));
}

TEST(ReportedSpeechTest, DocumentsNounBeforeAParticipleAndInIsAReducedPassive) {
  // "Emails cited in the lawsuit show ...": a cue's participle right after a document's noun,
  // before "in", is a reduced passive on that noun, not a verb of saying whose content opens
  // with "in" ("Ann Ray said in May that ..." still is one).
  const std::vector<Found> found = Statements(
      "Emails cited in the lawsuit show that the chips were years away. Ann Ray said in May "
      "that the chips were ready.\n");
  EXPECT_THAT(found, ElementsAre(Found{"the chips were years away", "Emails", "indirect"},
                                 Found{"the chips were ready", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Emails cited in the lawsuit show Reyes telling a board member that "
                         "the chips were years away.\n"),
              Not(Contains(Found{"in the lawsuit show Reyes telling a board member that the "
                                 "chips were years away",
                                 "Emails", "indirect"})));
}

TEST(SubjectTest, GroupOnACapitalizedPlaceIsOneSpeaker) {
  // "Shop owners on the High Street say": "on" and a capitalized place or body that is the
  // whole object say where the group is; not a day ("Democrats on Tuesday said") nor a
  // capitalized modifier ("people on U.S. watch lists").
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Shop owners on the High Street say the lanes have "
                                        "driven customers away. Aides on Capitol Hill said the "
                                        "bill was dead. Democrats on Tuesday said it was not.\n")),
              ElementsAre("Shop owners on the High Street", "Aides on Capitol Hill",
                          "Democrats"));
}

TEST(ReportedSpeechTest, OpeningTimePhraseIsNoClauseBeforeItsSpeaker) {
  // "Earlier this week, Tom Lee, a senator, wrote to Ann Ray.": a time phrase with no
  // preposition ("Earlier this week", "Last month", "Two days later") opening the sentence
  // sets the scene; it is never the clause "CLAUSE, X said" reports.
  const std::vector<Found> found = Statements(
      "Earlier this week, Tom Lee, a senator, wrote to Ann Ray. Last month, senior Democrats, "
      "along with party leaders, also said so.\n");
  EXPECT_THAT(found, Not(Contains(Found{"Earlier this week", "Tom Lee", "indirect"})));
  EXPECT_THAT(found, Not(Contains(Found{"Last month", "Democrats", "indirect"})));
}

TEST(SpeakerTest, AcronymThenAPlaceNamesABodysBranch) {
  // "NHS England said ... A spokesperson added": an acronym, then a place, names a body (its
  // branch there), whose spokesperson speaks for it; not a role's acronym ("MP Tom Lee").
  EXPECT_THAT(OrganizationsByStatement("NHS England said it had opened 2,000 beds. A "
                                       "spokesperson added that waits had fallen.\n"),
              ElementsAre(ElementsAre("NHS England"), ElementsAre("NHS England")));
}

TEST(SpeakerTest, WhipIsATitleBeforeAName) {
  // "said Elm Senate Majority Whip Tom Vale": a whip is an office, so the name after it
  // speaks (the capitalized run is no body's name).
  EXPECT_THAT(OrganizationsByStatement("\"I do not know,\" said Elm Senate Majority Whip Tom "
                                       "Vale in an interview.\n"),
              ElementsAre(IsEmpty()));
  EXPECT_THAT(SpeakerNames(ExtractOrDie("\"I do not know,\" said Elm Senate Majority Whip Tom "
                                        "Vale in an interview.\n")),
              ElementsAre("Tom Vale"));
}

TEST(SpeakerTest, OthersAlongWithTheSpeakerAreNoPartOfTheProfile) {
  // "Ann Ray, along with Judge Tom Lee of the Elm Court and Ida Moss, a professor of law at
  // Elm University, wrote": the people who joined the speaker, and the phrases after them,
  // give the speaker no body.
  EXPECT_THAT(OrganizationsByStatement("Ann Ray, along with Judge Tom Lee of the Elm Court of "
                                       "Appeals and Ida Moss, a professor of law at Elm "
                                       "University, wrote that the cases were close.\n"),
              ElementsAre(IsEmpty()));
}

TEST(PronounSubjectTest, SpokespersonsDescriptionOpeningTheSentenceBefore) {
  // "A spokesman for the Elm Front, speaking on condition of anonymity, rejected that
  // account. The front had offered a truce, he said": the spokesperson opening the sentence
  // before is "he", not the man who spoke before; a spokeswoman is not.
  const std::vector<Found> found = Statements(
      "Colonel Arvid Tesh said the rebels had refused to talk.\n\nA spokesman for the Elm "
      "Liberation Front, speaking on condition of anonymity, rejected that account. The "
      "front had offered a truce, he said.\n");
  EXPECT_THAT(found, Contains(Found{"The front had offered a truce",
                                    "spokesman for the Elm Liberation Front", "indirect"}));
  EXPECT_THAT(Statements("Colonel Arvid Tesh said the rebels had refused to talk.\n\nA "
                         "spokeswoman for the Elm Liberation Front rejected that account. The "
                         "front had offered a truce, he said.\n"),
              Contains(Found{"The front had offered a truce", "Arvid Tesh", "indirect"}));
}

TEST(SpeakerTest, CommissionerOrGovernorAloneBeforeANameIsOfTheBodyThatSpoke) {
  // "The Information Commissioner's Office said ... deputy commissioner Ruth Adeyemi said":
  // a commissioner, secretary, governor or superintendent in lower case before a name, with
  // no body of its own, heads the body that spoke in the sentence before, as a chief
  // executive does.
  EXPECT_THAT(OrganizationsByStatement("The Elm Data Office said the firm had failed to fix "
                                       "a flaw. \"This was preventable,\" deputy commissioner "
                                       "Ruth Adeyemi said.\n"),
              ElementsAre(ElementsAre("Elm Data Office"), ElementsAre("Elm Data Office")));
}

TEST(ReportedSpeechTest, NameAfterAccordingToADescriptionIsTheSource) {
  // "..., according to the developer, Sunfield Energy.": a name that is all the rest of the
  // sentence after the source's description and its comma is the source (the description
  // its profile), not a second statement.
  EXPECT_THAT(Statements("The scheme would power 100,000 homes, according to the developer, "
                         "Sunfield Energy.\n"),
              ElementsAre(Found{"The scheme would power 100,000 homes", "Sunfield Energy",
                                "indirect"}));
}

TEST(SpeakerTest, PontiffAndMonarchAreTheOfficesOtherWords) {
  // "Pope Leo called for peace. The pontiff said": news's other word for an office is the
  // person named with its title, as "the lawmaker" is for "Sen."; so is "the monarch" for
  // "King".
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Pope Leo called for an end to wars. The pontiff said "
                                        "the suffering was a wound.\n\nKing Harald spoke "
                                        "later. The monarch said the nation would mourn.\n")),
              Contains("Leo"));
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Pope Leo called for an end to wars. The pontiff said "
                                        "the suffering was a wound.\n\nKing Harald spoke "
                                        "later. The monarch said the nation would mourn.\n")),
              Contains("Harald"));
}

TEST(SpeakerTest, PrimeMinisterIsNoOtherMinister) {
  // "The housing minister, Daniel Reeve, resigned ... The prime minister thanked him and
  // said": "prime" is part of the office, so the housing minister is not "the prime
  // minister"; a person titled Prime Minister is.
  EXPECT_THAT(Statements("The housing minister, Daniel Reeve, said he had done nothing "
                         "improper. The prime minister thanked him and said an inquiry would "
                         "follow.\n"),
              Contains(Found{"an inquiry would follow", "prime minister", "indirect"}));
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Prime Minister Tom Lee said the plan would work. The "
                                        "prime minister said it was late.\n")),
              ElementsAre("Tom Lee", "Tom Lee"));
}

TEST(SpeakerTest, AgeAfterANameBetweenCommasKeepsTheOfficeBefore) {
  // "Elm's chief executive, Ann Ray, 58, said": the age after the name is the name's own,
  // so the office before it still gives the speaker a body, as without the age; an opening
  // adverbial before the name gives none ("In his plea, Tom Lee, 44, said").
  EXPECT_THAT(OrganizationsByStatement("Elmcore's chief executive, Ann Ray, 58, said the firm "
                                       "would grow.\n"),
              ElementsAre(ElementsAre("Elmcore")));
  EXPECT_THAT(SpeakerNames(ExtractOrDie("In his plea, Tom Lee, 44, said he had lied.\n")),
              ElementsAre("Tom Lee"));
}

TEST(SpeakerTest, OrchestraTheatreZooLibraryAirportAreBodies) {
  // "The orchestra said", "the airport said": the noun refers back to the body whose name
  // ends in it, as "the museum" does.
  EXPECT_THAT(OrganizationsByStatement("The Dunmere Symphony Orchestra lost its grant. The "
                                       "orchestra said it would appeal.\n"),
              ElementsAre(ElementsAre("Dunmere Symphony Orchestra")));
  EXPECT_THAT(OrganizationsByStatement("Flights were cancelled at Dunmere Airport. The airport "
                                       "said the runway would reopen.\n"),
              ElementsAre(ElementsAre("Dunmere Airport")));
}

TEST(SpeakerTest, HeadOfANamedBodyWithoutANameIsOfThatBody) {
  // "The chief executive of Stridely said": an unnamed head of a body named after "of" is
  // of that body, as "Ann Ray, the chief executive of Stridely" is; not of a place, nor of
  // a field after another office ("the secretary of Health").
  EXPECT_THAT(OrganizationsByStatement("The chief executive of Stridely said the leak was "
                                       "closed.\n"),
              ElementsAre(ElementsAre("Stridely")));
  EXPECT_THAT(OrganizationsByStatement("The president of France said the talks would go on.\n"),
              ElementsAre(IsEmpty()));
  EXPECT_THAT(OrganizationsByStatement("The secretary of Health said the clinics would open.\n"),
              ElementsAre(IsEmpty()));
}

TEST(SpeakerTest, CriticOrSupporterOfABodyIsNotOfIt) {
  // "Ann Ray, a critic of Elmcorp", "Supporters of the Elm Party", "an Elmcorp rival": people
  // who stand toward a body from outside it are none of its own.
  EXPECT_THAT(OrganizationsByStatement("Ann Ray, a critic of Elmcorp, said the deal was bad.\n"),
              ElementsAre(IsEmpty()));
  EXPECT_THAT(OrganizationsByStatement("Ann Ray, an Elmcorp rival, said the deal was bad.\n"),
              ElementsAre(IsEmpty()));
  EXPECT_THAT(OrganizationsByStatement("Supporters of the Elm Party said the vote was rigged.\n"),
              ElementsAre(IsEmpty()));
  // (A role joined after "and" keeps its body: "a Lee ally and president of the Elm Center".)
  EXPECT_THAT(OrganizationsByStatement("Ann Ray, a Lee ally and president of the Elm Center, "
                                       "said the deal was bad.\n"),
              ElementsAre(ElementsAre("Elm Center")));
}

TEST(SpeakerTest, BodyInThePossessiveOwnsAnUnnamedHeadsOffice) {
  // "Stridely's chief executive said", "Elm Ferries' spokesman said": a name in the
  // possessive that names no person owns the office, as in an appositive; not a person's
  // name the article gives a title ("President Ray ... Ray's spokesman").
  EXPECT_THAT(OrganizationsByStatement("Stridely's chief executive said the leak was closed.\n"),
              ElementsAre(ElementsAre("Stridely")));
  EXPECT_THAT(OrganizationsByStatement("Elm Ferries' spokesman said the route would close.\n"),
              ElementsAre(ElementsAre("Elm Ferries")));
  EXPECT_THAT(OrganizationsByStatement("President Ray spoke first. Ray's spokesman said the "
                                       "talks were over.\n"),
              ElementsAre(IsEmpty()));
}

TEST(SpeakerTest, TradesNounFindsItsIndustrysNameInAnEarlierSentence) {
  // "Kestrel Airways ... The airline's finance chief": a trade's noun means a name ending in
  // its own industry's word however far back it stands; other names only in its sentence.
  EXPECT_THAT(OrganizationsByStatement("Kestrel Airways reported a loss. The airline's "
                                       "finance chief, Marcus Lund, warned that fuel costs "
                                       "would rise.\n"),
              Contains(ElementsAre("Kestrel Airways")));
  EXPECT_THAT(OrganizationsByStatement("Elm Motors cut jobs. Sales fell. The carmaker said "
                                       "demand was weak.\n"),
              ElementsAre(ElementsAre("Elm Motors")));
  EXPECT_THAT(OrganizationsByStatement("Elm Holdings cut jobs. Sales fell. The carmaker said "
                                       "demand was weak.\n"),
              ElementsAre(IsEmpty()));
  // A word of the trade's own names that is no industry's word elsewhere: "Kestrel Air".
  EXPECT_THAT(OrganizationsByStatement("Kestrel Air canceled 600 flights on Monday. The "
                                       "airline said it would refund fares.\n"),
              ElementsAre(ElementsAre("Kestrel Air")));
  // Hard negative: not for another trade's noun.
  EXPECT_THAT(OrganizationsByStatement("Kestrel Air canceled 600 flights on Monday. Sales "
                                       "fell. The carmaker said demand was weak.\n"),
              ElementsAre(IsEmpty()));
}

TEST(SpeakerTest, NameBeforeAnUnnamedRoleIsItsBody) {
  // "A Harbor Department official said", "a senior Elm Ferries executive said": the name
  // modifying the role is the body, as in an appositive; not a people's adjective, a party's
  // title word or a place.
  EXPECT_THAT(OrganizationsByStatement("A Harbor Department official said the port would "
                                       "close.\n"),
              ElementsAre(ElementsAre("Harbor Department")));
  EXPECT_THAT(OrganizationsByStatement("A senior Elm Ferries executive said the route would "
                                       "close.\n"),
              ElementsAre(ElementsAre("Elm Ferries")));
  EXPECT_THAT(OrganizationsByStatement("The French president said the talks would go on.\n"),
              ElementsAre(IsEmpty()));
  EXPECT_THAT(OrganizationsByStatement("A Republican senator said the bill would pass.\n"),
              ElementsAre(IsEmpty()));
  EXPECT_THAT(OrganizationsByStatement("A Vermont lawyer said the bill would pass.\n"),
              ElementsAre(IsEmpty()));
}

TEST(SpeakerTest, NamesEndingInBooksOrRecordsAreCompanies) {
  // "Wrenfield Books said", "Elm Records said": a publisher's or a label's name ends in its
  // trade's word, as "Elm Motors" does.
  EXPECT_THAT(OrganizationsByStatement("Wrenfield Books said it had ordered a reprint.\n"),
              ElementsAre(ElementsAre("Wrenfield Books")));
  EXPECT_THAT(OrganizationsByStatement("Her label, Dunmere Records, said the tour would go "
                                       "ahead.\n"),
              ElementsAre(ElementsAre("Dunmere Records")));
}

TEST(SpeakerTest, PoliceRankBeforeANameIsOfTheForceThatSpoke) {
  // "Elm Police said ... Det. Sgt. Ann Ray said": a police rank alone before a name is of the
  // police force that spoke before; not of another body.
  EXPECT_THAT(OrganizationsByStatement("Dunmere Police said two men were arrested. Detective "
                                       "Inspector Ann Ray said inquiries were continuing.\n"),
              ElementsAre(ElementsAre("Dunmere Police"), ElementsAre("Dunmere Police")));
  EXPECT_THAT(OrganizationsByStatement("The Dunmere Council said two men were arrested. "
                                       "Detective Inspector Ann Ray said inquiries were "
                                       "continuing.\n"),
              ElementsAre(ElementsAre("Dunmere Council"), IsEmpty()));
}

TEST(SpeakerTest, UnionRefersToAGuild) {
  // "The Elm Writers Guild called a strike. The union said": writers' and actors' unions are
  // named guilds.
  EXPECT_THAT(OrganizationsByStatement("The Elm Writers Guild called a strike. The union said "
                                       "talks had failed.\n"),
              ElementsAre(ElementsAre("Elm Writers Guild")));
}

TEST(SpeakerTest, FerriesEndACompanysName) {
  // "Baltmoor said in a statement ... The company's chief operating officer": a name ending
  // in "Ferries" is a company, which "the company" refers to.
  EXPECT_THAT(OrganizationsByStatement("The regulator fined Baltmoor Ferries. Baltmoor said it "
                                       "accepted the findings. The company's chief operating "
                                       "officer, Lina Berg, said safety came first.\n"),
              ElementsAre(ElementsAre("Baltmoor Ferries"), ElementsAre("Baltmoor Ferries")));
  // (An industry's word alone, as the sentence's first word, is the plain noun.)
  EXPECT_THAT(OrganizationsByStatement("Elm Watch, a campaign group, met on Monday. Ferries "
                                       "ran late. The group said repairs were overdue.\n"),
              ElementsAre(ElementsAre("Elm Watch")));
}

TEST(SpeakerTest, SaintsPossessiveIsPartOfABodysName) {
  // "a consultant at St Brigid's Hospital": a saint's name in the possessive before a body's
  // noun is the name's, as one word's is ("Birchley's Analytics").
  EXPECT_THAT(OrganizationsByStatement("Dr. Ann Ray, a consultant at St Brigid's Hospital, "
                                       "said the ward was full.\n"),
              ElementsAre(ElementsAre("St Brigid's Hospital")));
}

TEST(SpeakerTest, InstitutionsNamedByTheirSeatAreBodies) {
  // "Kremlin spokesman Yuri Sokolov said", "Downing Street said": a seat of government that
  // names the institution is a body, at the sentence's start too.
  EXPECT_THAT(OrganizationsByStatement("Kremlin spokesman Yuri Sokolov said the two "
                                       "countries were partners.\n"),
              ElementsAre(ElementsAre("Kremlin")));
  EXPECT_THAT(OrganizationsByStatement("Downing Street said the measures were being "
                                       "studied.\n"),
              ElementsAre(ElementsAre("Downing Street")));
}

TEST(SpeakerTest, BodysNounBeforeTheRoleKeepsTheBodyThatSpokeBefore) {
  // "The Elm Council said ... foreign ministry spokesman Lin Wei said": a lower-case body's
  // noun before the role says which body; none named by it, the spokesman is still not the
  // Elm Council's.
  EXPECT_THAT(OrganizationsByStatement("The Elm Council insisted the curbs were legal. \"It "
                                       "is bullying,\" foreign ministry spokesman Lin Wei told "
                                       "a briefing.\n"),
              ElementsAre(ElementsAre("Elm Council"), IsEmpty()));
  // So does a public service's word ("fire chief", "county commissioner"): the chief is not
  // the weather service's.
  EXPECT_THAT(OrganizationsByStatement("The Elm Weather Service said gusts reached 70 mph. In "
                                       "Oakdale, fire chief Tom Lee said crews had answered 200 "
                                       "calls.\n"),
              ElementsAre(ElementsAre("Elm Weather Service"), IsEmpty()));
}

TEST(SpeakerTest, BodysNounAloneBeforeARoleIsTheBodyNamedBefore) {
  // "The Norland Teachers' Federation said ... Federation president Grace Obi said": the
  // body's noun alone, capitalized before the role, is the body named before that ends in it.
  EXPECT_THAT(OrganizationsByStatement("Most members backed a strike, the Norland Teachers' "
                                       "Federation said. Federation president Grace Obi said "
                                       "teachers were angry.\n"),
              ElementsAre(ElementsAre("Norland Teachers' Federation"),
                          ElementsAre("Norland Teachers' Federation")));
}

TEST(SpeakerTest, BodysDescriptionBeforeItsNameAfterForIsPassedOver) {
  // "a spokesman for the shopworkers' union Unite Retail": the lower-case description before
  // the body's name is no part of it; not a group's word after it ("for committee
  // Democrats").
  EXPECT_THAT(OrganizationsByStatement("A spokesman for the shopworkers' union Unite Retail "
                                       "said the closures were a blow.\n"),
              ElementsAre(ElementsAre("Unite Retail")));
  EXPECT_THAT(OrganizationsByStatement("A spokeswoman for panel Democrats said the report was "
                                       "late.\n"),
              ElementsAre(IsEmpty()));
}

TEST(SpeakerTest, ChainDescribingANameOpensTheClauseTheCompanyReports) {
  // "Department store chain Harwood & Finch will close 40 stores, the company said": a chain
  // is a body's noun, so the name it describes opens the clause as "carrier Elm Air" does.
  EXPECT_THAT(OrganizationsByStatement("Store chain Harwood & Finch will close 40 stores, the "
                                       "company said.\n"),
              ElementsAre(ElementsAre("Harwood & Finch")));
}

TEST(SubjectTest, CapitalizedOurInsideACampaignsName) {
  // "Campaigners from Save Our Skyline said": a capitalized "Our" between capitalized words is
  // a word of the campaign's name, not where the subject starts.
  EXPECT_THAT(OrganizationsByStatement("Campaigners from Save Our Skyline said they would "
                                       "sue.\n"),
              ElementsAre(ElementsAre("Save Our Skyline")));
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Save Our Skyline said it would sue.\n")),
              ElementsAre("Save Our Skyline"));
}

TEST(SpeakerTest, BodysNounAppositiveBeforeTheNameMakesABody) {
  // "The pressure group, Harbor Watch, said": an article, modifiers and a body's noun before
  // the name between commas make it a body, as the same words after it do; not an
  // appositive that goes on past the noun ("The company and its adviser, Ann Ray,").
  EXPECT_THAT(OrganizationsByStatement("The pressure group, Harbor Watch, said the pier was "
                                       "unsafe.\n"),
              ElementsAre(ElementsAre("Harbor Watch")));
  EXPECT_THAT(OrganizationsByStatement("The crane operator, Tom Lee, said the pier was "
                                       "unsafe.\n"),
              ElementsAre(IsEmpty()));
}

TEST(PronounSubjectTest, SpeakerOfTheOtherSexBeforeLeavesThePersonSheNamed) {
  // "Laura Brennan accused Mike Osterman of planning cuts. He said ...": the speaker of the
  // sentence before is a woman, so "he" is the one man that sentence names.
  EXPECT_THAT(Statements("Laura Brennan accused Mike Osterman of planning cuts. He said his "
                         "plan was fair.\n"),
              Contains(Found{"his plan was fair", "Mike Osterman", "indirect"}));
}

TEST(PronounSubjectTest, SurnameOfTheOtherSexOpeningTheSentenceBefore) {
  // "Sen. Laura Brennan and Gov. Mike Osterman met. Brennan accused Osterman of planning
  // cuts. He said ...": surnames tell the sex of the full names the article gave them, so
  // "he" is the man the woman's sentence names.
  EXPECT_THAT(Statements("Sen. Laura Brennan and Gov. Mike Osterman met. Brennan accused "
                         "Osterman of planning cuts. He said his plan was fair.\n"),
              Contains(Found{"his plan was fair", "Mike Osterman", "indirect"}));
}

TEST(SpeakerTest, CompanyAfterSharesInOpensTheSentenceBeforeABareHeadsRole) {
  // "Shares in Velora Systems jumped. Chief executive Sandra Leung said": "Shares in", as
  // "Shares of", is no part of the company's name, which opens the sentence before the role.
  EXPECT_THAT(OrganizationsByStatement("Shares in Velora Systems jumped on Thursday. Chief "
                                       "executive Sandra Leung said demand was strong.\n"),
              ElementsAre(ElementsAre("Velora Systems")));
}

TEST(SpeakerTest, ChiefBossOrHeadAfterALowerCaseFieldIsTheBodyBefores) {
  // "Finance chief Omar Haddad", "marketing head Ann Ray": a head's role after its field,
  // alone before the name, is of the body that opened the sentence before.
  EXPECT_THAT(OrganizationsByStatement("Velora Systems raised its prices. Finance chief "
                                       "Omar Haddad said costs would rise.\n"),
              ElementsAre(ElementsAre("Velora Systems")));
  EXPECT_THAT(OrganizationsByStatement("Velora Systems raised its prices. Marketing head "
                                       "Ann Ray said costs would rise.\n"),
              ElementsAre(ElementsAre("Velora Systems")));
}

TEST(PronounSubjectTest, PersonAfterAnOpeningSubordinateClauseBefore) {
  // "When the water receded, Lina Castillo found ... "...," she said.": the opening clause
  // and its comma come before the subject of the sentence before.
  EXPECT_THAT(Statements("When the flood water finally receded, Lina Castillo found her "
                         "kitchen buried in mud.\n\n\"Everything is gone,\" she said.\n"),
              ElementsAre(Found{"Everything is gone,", "Lina Castillo", "direct"}));
}

TEST(PronounSubjectTest, TheyIsTheGroupOpeningTheSentenceBeforeBeforeAnEarlierGroup) {
  // "Officials say ... But some residents are angry. They say ...": the group that opens
  // the sentence before, after a conjunction and a quantifier, not the officials.
  EXPECT_THAT(Statements("Officials say at least 14 people died. But some residents are "
                         "angry. They say warnings came too late.\n"),
              Contains(Found{"warnings came too late", "residents", "indirect"}));
}

TEST(SpeakerTest, CueNounAfterTheOpeningArticleOfADescriptionIsANoun) {
  // "The opposition party's spokesman on labor, Simon Herewini, said": "opposition", a cue's
  // noun, right after the capitalized article is part of the description, not its verb.
  EXPECT_THAT(Statements("The opposition party's spokesman on labor, Simon Herewini, said the "
                         "plan was wrong.\n"),
              ElementsAre(Found{"the plan was wrong", "Simon Herewini", "indirect"}));
}

TEST(SpeakerTest, BodyInThePossessiveAfterLowerCaseModifiers) {
  // "The opposition Elm Party's spokesman on labor", "The ruling Elm Party's spokesman": the
  // body's name in the possessive after lower-case modifiers (a participle's among them,
  // before the name and the role, is no clause) owns the role.
  EXPECT_THAT(OrganizationsByStatement("The opposition Harbor Party's spokesman on labor, "
                                       "Simon Herewini, said the plan was wrong.\n"),
              ElementsAre(ElementsAre("Harbor Party")));
  EXPECT_THAT(OrganizationsByStatement("The ruling Harbor Party's spokesman, Simon Herewini, "
                                       "said the plan was wrong.\n"),
              ElementsAre(ElementsAre("Harbor Party")));
}

TEST(SpeakerTest, OneWordOpeningTheSentenceBeforeASpokespersonIsAFirm) {
  // "Kisanra spokesperson Anil Desai said": one capitalized word opening the sentence
  // before a spokesperson's role is a body's name, as before a company head's; not a common
  // noun the article writes in lower case elsewhere ("Campaign spokesman").
  EXPECT_THAT(OrganizationsByStatement("Opposition leaders were unmoved. Kisanra spokesperson "
                                       "Anil Desai said the plan had failed.\n"),
              ElementsAre(ElementsAre("Kisanra")));
  EXPECT_THAT(OrganizationsByStatement("The campaign was tired. Campaign spokesman Tom Fox said "
                                       "the vote was close.\n"),
              ElementsAre(IsEmpty()));
}

TEST(SpeakerTest, NameBeforeAFirmsTradeAfterTheIsABodys) {
  // "Deutsche Schiene, the state-owned operator, said": an appositive whose head is a firm's
  // trade ("the carrier", "a lender"), or any trade after "-owned", makes the name a body's;
  // not a trade a person follows ("Tom Lee, the crane operator,").
  EXPECT_THAT(OrganizationsByStatement("Deutsche Schiene, the state-owned operator, said it "
                                       "would run trains.\n"),
              ElementsAre(ElementsAre("Deutsche Schiene")));
  EXPECT_THAT(OrganizationsByStatement("Elm Rail, the carrier, said it was safe.\n"),
              ElementsAre(ElementsAre("Elm Rail")));
  EXPECT_THAT(OrganizationsByStatement("Dana Lee, the crane operator, said it was safe.\n"),
              ElementsAre(IsEmpty()));
}

TEST(SpeakerTest, InvertedRoleWithAnOfComplementThenTheName) {
  // `"...," said his chief of staff, Lisa Tran.`: the role's "of" and its lower-case
  // complement come before the name's comma; the name speaks, not "chief".
  EXPECT_THAT(Statements("\"He is fine,\" said his chief of staff, Lisa Tran.\n"),
              ElementsAre(Found{"He is fine,", "Lisa Tran", "direct"}));
  EXPECT_THAT(Statements("The plan is sound, said the director of communications, Lisa Tran.\n"),
              ElementsAre(Found{"The plan is sound", "Lisa Tran", "indirect"}));
}

TEST(SpeakerTest, TitleWordAfterAGivenNameIsASurname) {
  // "Deborah Judge has raised $2 million. Judge says": a title's or role's word after a given
  // name, ending the name, is her surname; the bare word later is she.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Deborah Judge has raised $2 million. Judge says the "
                                        "state needs change.\n")),
              ElementsAre("Deborah Judge"));
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Tom Bishop has raised $2 million. Bishop said the "
                                        "state needs change.\n")),
              ElementsAre("Tom Bishop"));
}

TEST(SpeakerTest, NameInAPossessiveFormBeforeItsVerbIsAShops) {
  // "Corbin's said", `"...," Corbin's said`: a capitalized word in 's right before a verb of
  // saying owns nothing; it is a body's name and the body speaks. Not a participle that
  // modifies a noun ("Ann Ray's proposed cuts").
  EXPECT_THAT(OrganizationsByStatement("Corbin's said it would study the report.\n"),
              ElementsAre(ElementsAre("Corbin")));
  EXPECT_THAT(Statements("Shares fell. \"We are disappointed,\" Corbin's said.\n"),
              ElementsAre(Found{"We are disappointed,", "Corbin", "direct"}));
  EXPECT_THAT(Statements("Ann Ray's proposed cuts would hurt schools, the union said.\n"),
              ElementsAre(Found{"Ann Ray's proposed cuts would hurt schools", "union",
                                "indirect"}));
}

TEST(PronounSubjectTest, TitleWordOpeningLowerCaseModifiersBeforeTheName) {
  // "State housing commissioner Derek Olsen hit back. In a post, he said": a title's word
  // ("State") opening lower-case modifiers and a role before the full name is no title of
  // the name; the name opens the sentence before the pronoun.
  EXPECT_THAT(Statements("State housing commissioner Derek Olsen hit back within hours. In a "
                         "post on X, he said the city had missed its targets.\n"),
              ElementsAre(Found{"the city had missed its targets", "Derek Olsen", "indirect"}));
}

TEST(SpeakerTest, AcronymOfABodysNameGivenInFullIsThatBody) {
  // "The World Health Organization met. WHO Director-General Amara Sisay said ... WHO said":
  // an acronym of the initials of a body's name the article gives in full (with or without
  // its joining words: "Department of Justice" for "DOJ") is that body; the acronym alone
  // still names the speaker as written. "Director-General" is a title.
  EXPECT_THAT(OrganizationsByStatement("The Harbor Safety Organization met on Monday. HSO "
                                       "Director-General Amara Sisay said it was bad. HSO said "
                                       "it would help.\n"),
              ElementsAre(ElementsAre("Harbor Safety Organization"),
                          ElementsAre("Harbor Safety Organization")));
  EXPECT_THAT(Statements("The Harbor Safety Organization met on Monday. HSO said it would "
                         "help.\n"),
              ElementsAre(Found{"it would help", "HSO", "indirect"}));
  // (An acronym the lexicon lists keeps its canonical name as the speaker's, as before.)
  EXPECT_THAT(Statements("The Chinese Academy of Social Sciences met. CASS said growth would "
                         "slow.\n"),
              ElementsAre(Found{"growth would slow", "Chinese Academy of Social Sciences",
                                "indirect"}));
  EXPECT_THAT(OrganizationsByStatement("The Department of Harbors opened a case. A DOH "
                                       "spokesman said it was serious.\n"),
              ElementsAre(ElementsAre("Department of Harbors")));
}

TEST(SpeakerTest, InvertedNameThenOfTheBody) {
  // "The pair were found, said Luis Ortega of the Alpine Rescue Service.": "of the" and a
  // capitalized name after the inverted speaker's name are where the person works; so after
  // a surname alone when the article gives the full name ("Tom Lee ... Lee of the ...").
  EXPECT_THAT(OrganizationsByStatement("The pair were spotted by a crew, said Captain Luis "
                                       "Ortega of the Alpine Rescue Service.\n"),
              ElementsAre(ElementsAre("Alpine Rescue Service")));
  EXPECT_THAT(Statements("Tom Lee spoke first. Lee of the Elm Teachers said the plan was "
                         "bad.\n"),
              ElementsAre(Found{"the plan was bad", "Tom Lee", "indirect"}));
}

TEST(ReportedSpeechTest, AgeBetweenCommasBeforeTheCuesOwnWho) {
  // "Among those waiting was Carl Jensen, 61, who said ...": an age alone between commas
  // after the name; the name is the antecedent of "who".
  EXPECT_THAT(Statements("Among those waiting was Carl Jensen, 61, who said the club had lost "
                         "its soul.\n"),
              ElementsAre(Found{"the club had lost its soul", "Carl Jensen", "indirect"}));
}

TEST(ReportedSpeechTest, AppositiveEndingInATimeBeforeTheCuesOwnWho) {
  // "Carl Jensen, a fan for 30 years, who said": an appositive opened by "a" whose last
  // words are a time, naming no speaker of its own, still leaves the name the antecedent.
  EXPECT_THAT(Statements("Among those waiting was Carl Jensen, a fan for 30 years, who said "
                         "the club had lost its soul.\n"),
              ElementsAre(Found{"the club had lost its soul", "Carl Jensen", "indirect"}));
}

TEST(PronounSubjectTest, ThreeCapitalizedWordsEndingInATitleBeforeTheName) {
  // "U.S. District Judge Rosa Kimball set a date. "...," she wrote.": the title may be the
  // third word before the full name; she is the judge, not the woman who spoke before.
  EXPECT_THAT(Statements("Diane Cho said it was fine. U.S. District Judge Rosa Kimball set a "
                         "trial date. \"This is a complex case,\" she wrote.\n"),
              Contains(Found{"This is a complex case,", "Rosa Kimball", "direct"}));
}

TEST(SpeakerTest, FirmOfAnEmployeeWhomTheArticleIsAboutIsTheBodyReferredTo) {
  // "A manager at Castellan Bank was fined. The bank said": the firm where a person works
  // (not a commentator, "an analyst at ...") is the body "the bank" refers to.
  EXPECT_THAT(OrganizationsByStatement("A manager at Castellan Bank was fined. The bank said "
                                       "it was cooperating.\n"),
              ElementsAre(ElementsAre("Castellan Bank")));
}

TEST(SpeakerTest, SpokespersonAfterABodyDescribedSpeaksForTheBodyItRefersTo) {
  // "The bank said ... A spokesman said": the body that spoke last, described by its noun,
  // is known by the name "the bank" refers to; the spokesman speaks for it.
  EXPECT_THAT(OrganizationsByStatement("Castellan Bank was fined. The bank said it was "
                                       "cooperating. A spokesman said it had zero tolerance.\n"),
              ElementsAre(ElementsAre("Castellan Bank"), ElementsAre("Castellan Bank")));
}

TEST(PronounSubjectTest, PassiveWithAnUnnamedAgentKeepsItsSubject) {
  // "... a professor who told students that ... Professor Alan Crewe was recorded by a
  // student. He also says ...": a passive whose agent is unnamed ("by a student") leaves
  // the subject the one "he" goes on with, past the description that spoke before.
  EXPECT_THAT(Statements("The university suspended a professor who told students that it "
                         "was a hoax. Professor Alan Crewe was recorded by a student. He also "
                         "says that the data is made up.\n"),
              Contains(Found{"the data is made up", "Alan Crewe", "indirect"}));
}

TEST(SpeakerTest, RelativeClauseOfTakingOverOrServingAsARoleIsTheProfile) {
  // "Kenji Morimoto, who took over as president of Hoshino Motor in April, said": a relative
  // clause of "took over as", "serves as", "became", "was named" and a role is the person's
  // role and body, as "who is" is; not a people's adjective ("head of Hispanic outreach").
  EXPECT_THAT(OrganizationsByStatement("Kenji Morimoto, who took over as president of Hoshino "
                                       "Motor in April, said the company would build plants.\n"),
              ElementsAre(ElementsAre("Hoshino Motor")));
  EXPECT_THAT(OrganizationsByStatement("Ann Ray, who serves as chair of the Elm Trust, said "
                                       "the plan was sound.\n"),
              ElementsAre(ElementsAre("Elm Trust")));
  EXPECT_THAT(OrganizationsByStatement("Ann Ray, who became head of Hispanic outreach in May, "
                                       "said the plan was sound.\n"),
              ElementsAre(IsEmpty()));
}

TEST(SpeakerTest, BusinessNamedBetweenCommasAfterARoleIsTheRolesBody) {
  // "A spokeswoman for the developer, Elm Renewables, said": the business's name alone
  // between the commas, its last word a business's, is the body the role speaks for.
  EXPECT_THAT(OrganizationsByStatement("A spokeswoman for the developer, Elm Renewables, said "
                                       "the company was cooperating.\n"),
              ElementsAre(ElementsAre("Elm Renewables")));
  EXPECT_THAT(OrganizationsByStatement("A spokesman for the warehouse's owner, Delta Storage "
                                       "Ltd, said the company was cooperating.\n"),
              ElementsAre(ElementsAre("Delta Storage")));
}

TEST(SubjectTest, ShareOfThemSetOffByCommasDescribesThePhraseBeforeIt) {
  // "Addressing the board, many of them wary of the merger, the chief executive, Dana
  // Whitcombe, bluntly suggested that ...": a share of "them" and what it is, between
  // commas, describes the opening phrase's object; the speaker's phrase follows it, and a
  // cue inside it reports only up to its comma.
  EXPECT_THAT(Statements("Addressing the board, many of them doubtful, the chief executive, "
                         "Dana Whitcombe, bluntly suggested that the deal would save the mill.\n"),
              ElementsAre(Found{"the deal would save the mill", "Dana Whitcombe", "indirect"}));
  EXPECT_THAT(Statements("Speaking to about 80 members in the hall, many of them plainly "
                         "wary of Dr. Ray's plan, the company's chief executive, Dana Whitcombe, "
                         "bluntly suggested that the deal would save the mill.\n"),
              ElementsAre(Found{"Dr. Ray's plan", "many of them", "indirect"},
                          Found{"the deal would save the mill", "Dana Whitcombe", "indirect"}));
  EXPECT_THAT(Statements("Addressing the board, some of them angry, Ann Ray said the mill would "
                         "stay open.\n"),
              ElementsAre(Found{"the mill would stay open", "Ann Ray", "indirect"}));
  // (After the subject it describes, the subject speaks as before.)
  EXPECT_THAT(Statements("The workers, many of them angry about the cuts, said the plan was "
                         "unfair.\n"),
              ElementsAre(Found{"the plan was unfair", "workers", "indirect"}));
}

TEST(ReportedSpeechTest, OpposedToStatesWhatIsOpposedAfterTo) {
  // "parents opposed to the change", "The union is opposed to the plan": the adjective's
  // "to" opens what is opposed, and "is opposed to" is a stance, not a passive.
  EXPECT_THAT(Statements("Most of the comments came from parents opposed to the change.\n"),
              ElementsAre(Found{"the change", "parents", "indirect"}));
  EXPECT_THAT(Statements("The union is opposed to the plan.\n"),
              ElementsAre(Found{"the plan", "union", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray was opposed by two rivals.\n"),
              ElementsAre(Found{"Ann Ray", "two rivals", "indirect"}));
}

TEST(SubjectTest, DocumentBeforeByIsNoAntecedentOfWho) {
  // "a lawsuit by farmers who say ...": "who" stands for people, so the farmers speak, not
  // the lawsuit and its authors as in "A study by the Elm Institute found".
  EXPECT_THAT(Statements("The court revived a lawsuit by farmers who say the dam dried up "
                         "their wells.\n"),
              ElementsAre(Found{"the dam dried up their wells", "farmers", "indirect"}));
  EXPECT_THAT(SpeakerNames(ExtractOrDie("A study by the Elm Institute found that rents rose.\n")),
              ElementsAre("Elm Institute"));
}

TEST(SpeakerTest, BodysCommonNounOpeningASentenceBeforeASpokespersonIsNoFirm) {
  // "Company spokesman Ray Dunleavy said": "Company" is capitalized as the sentence's first
  // word, a body's common noun, not a firm's name.
  EXPECT_THAT(OrganizationsByStatement("Company spokesman Ray Dunleavy said the plant would "
                                       "resume production on Monday.\n"),
              ElementsAre(IsEmpty()));
}

TEST(SpeakerTest, NumberedBodysNumberEndsItsNameBeforeARole) {
  // "Local 442 president Gloria Feeney": the local's number, of any length, belongs to the
  // body's name before the role.
  EXPECT_THAT(OrganizationsByStatement("\"We won,\" said Local 442 president Gloria "
                                       "Feeney.\n"),
              ElementsAre(ElementsAre("Local 442")));
}

TEST(SpeakerTest, TradeNounAfterAPeoplesWordIsTheBusinessNamedBefore) {
  // "..., the Danish drugmaker said": a people's word before a trade's noun describes the
  // business the sentence names, as "the drugmaker" does; it is no body's name.
  EXPECT_THAT(OrganizationsByStatement("Sales at Brandt Motors rose, the German automaker "
                                       "said on Monday.\n"),
              ElementsAre(ElementsAre("Brandt Motors")));
  EXPECT_THAT(OrganizationsByStatement("A pill from Halvorsen Pharma cut the risk, the Danish "
                                       "drugmaker said.\n"),
              ElementsAre(ElementsAre("Halvorsen Pharma")));
}

TEST(SpeakerTest, ReviewerIsARole) {
  // "Reviewer Dana Ivers of the Ledger called it": a reviewer is a role before a name.
  EXPECT_THAT(SpeakerNames(ExtractOrDie("Reviewer Dana Ivers of the Ledger called it "
                                        "\"raw.\"\n")),
              ElementsAre("Dana Ivers"));
}

TEST(PronounSubjectTest, DescriptionBeforeTheOpeningNameGivesItsBody) {
  // "Westbrook boss Carla Menotti was less diplomatic. ... she said": the person "she" goes
  // on with is resolved with the words that describe her, as when she speaks there.
  EXPECT_THAT(OrganizationsByStatement("Harbor beat Westbrook 3-1. Westbrook boss Carla "
                                       "Menotti was less diplomatic. Asked about the penalty, "
                                       "she said: \"Everybody saw it.\"\n"),
              ElementsAre(ElementsAre("Westbrook")));
}

TEST(SpeakerTest, BodysNounOpeningASentenceBeforeARoleIsTheBodyOfThatNoun) {
  // "Commission chair Oliver Banks said": the noun names which body, as "union leader Tom
  // Lee" does in lower case; with none of that noun named, not the body that spoke before.
  EXPECT_THAT(OrganizationsByStatement("Ironbridge Logistics says the project would bring "
                                       "jobs. Commission chair Oliver Banks said the panel "
                                       "would not vote before January.\n"),
              ElementsAre(ElementsAre("Ironbridge Logistics"), IsEmpty()));
  EXPECT_THAT(OrganizationsByStatement("The Elm Planning Commission met on Monday. Commission "
                                       "chair Oliver Banks said the panel would not vote.\n"),
              ElementsAre(ElementsAre("Elm Planning Commission")));
}

TEST(CueTest, BackingAwayAndPostedAfterADocumentAreNoStatements) {
  // "whose house backs onto the marsh", "backed down": a way to move or to give way, not
  // support; "in a video posted on social media": where a document was put.
  EXPECT_THAT(Statements("Gwen Hall, whose house backs onto the marsh, spoke first. The "
                         "mayor backed down. Ann Ray appeared in a video posted on social "
                         "media.\n"),
              IsEmpty());
  EXPECT_THAT(Statements("Lee backed Ray for mayor. The mayor posted on social media that "
                         "the road was open.\n"),
              ElementsAre(Found{"Ray for mayor", "Lee", "indirect"},
                          Found{"the road was open", "mayor", "indirect"}));
}

TEST(SubjectTest, NumbersQualifierOfTwoWordsOpensTheClauseSubject) {
  // "More than 300 residents packed a hearing to oppose the plan", "At least 40 pilots
  // signed a letter, saying": the people counted are the subject, as after "About 300".
  EXPECT_THAT(Statements("More than 300 residents packed a hearing to oppose the plan.\n"),
              ElementsAre(Found{"the plan", "300 residents", "indirect"}));
  EXPECT_THAT(Statements("At least 40 pilots signed a letter, saying the plan was bad.\n"),
              ElementsAre(Found{"the plan was bad", "40 pilots", "indirect"}));
}

TEST(CueTest, ShowingOffOrUpIsNoEvidence) {
  // "showed off a phone", "showed up at the hearing": to display or to arrive, not what a
  // poll or a study shows.
  EXPECT_THAT(Statements("Lumen Technologies on Tuesday showed off a phone that folds in "
                         "half. Few voters showed up at the hearing.\n"),
              IsEmpty());
  EXPECT_THAT(Statements("The poll showed Ray ahead.\n"),
              ElementsAre(Found{"Ray ahead", "poll", "indirect"}));
}

TEST(CueTest, ThanksToIsNoThanking) {
  // "weathered the slump thanks to oil prices": "thanks to" means because of.
  EXPECT_THAT(Statements("Elmland's economy largely weathered the 2008 slump thanks to "
                         "soaring oil prices. Ray briefly led the polls thanks to strong "
                         "support from farmers.\n"),
              IsEmpty());
  EXPECT_THAT(Statements("Lee thanked voters for their support.\n"),
              ElementsAre(Found{"voters for their support", "Lee", "indirect"}));
}

TEST(CueTest, BareFindAfterAnAuxiliaryToOrAndIsASearch) {
  // "can't find jobs", "moved to work and find a flat": a search; what a study finds takes
  // "that" after such a bare verb, or a document as the subject of the finite one.
  EXPECT_THAT(Statements("Young workers often can't find jobs. The club could not find "
                         "another backer. Ann Ray moved to the city to work and find a "
                         "flat.\n"),
              IsEmpty());
  EXPECT_THAT(Statements("Studies find that rents rose.\n"),
              ElementsAre(Found{"rents rose", "Studies", "indirect"}));
}

TEST(CueTest, AdvocatesAndAnswersAsPluralNounsAreNoCues) {
  // "Tenant rights advocates have filed", "Questions and answers were shortened": the
  // plural noun before an auxiliary, a preposition, a conjunction or punctuation; the verb
  // takes its object ("Sen. Ann Ray advocates a carbon tax").
  EXPECT_THAT(Statements("Tenant rights advocates have filed a petition. Questions and "
                         "answers were shortened. The group drew notice from scientists and "
                         "advocates on the panel.\n"),
              IsEmpty());
  EXPECT_THAT(Statements("Sen. Ann Ray advocates a carbon tax.\n"),
              ElementsAre(Found{"a carbon tax", "Ann Ray", "indirect"}));
}

TEST(CueTest, SecondParticipleOfAnAsideBeforeByIsNoStatement) {
  // "The memo, dated March 3 and written by the counsel, Ann Ray, says": the participle
  // after "and" in an aside names the memo's author, as "The letter, written by Lee," does.
  EXPECT_THAT(Statements("The memo, dated March 3 and written by the counsel, Ann Ray, says "
                         "the cap is bad.\n"),
              ElementsAre(Found{"the cap is bad", "memo", "indirect"}));
}

TEST(CueTest, TestifyingBeforeABodyWithNoWordsIsNoStatement) {
  // "will testify before a Senate panel next week": where; "testified before the panel
  // that ..." and "... about ..." go on to the words or their topic.
  EXPECT_THAT(Statements("Lee will testify before a Senate panel next week.\n"), IsEmpty());
  EXPECT_THAT(Statements("Lee testified before the Senate panel that the plan failed.\n"),
              ElementsAre(Found{"the plan failed", "Lee", "indirect"}));
}

TEST(ReportedSpeechTest, ReducedPassiveAfterAndKeepsItsAgentAsSpeaker) {
  // "was suspected of fraud, and accused by the tabloids of hiding his debts": a second
  // participle after "and" is a reduced passive too; its agent accuses.
  EXPECT_THAT(Statements("In his heyday, the producer was suspected of fraud, and accused by "
                         "the tabloids of hiding his debts.\n"),
              ElementsAre(Found{"of hiding his debts", "tabloids", "indirect"}));
}

TEST(ReportedSpeechTest, DashBeforeANewSubjectAndItsCueEndsTheClause) {
  // "... since she took over - the treasurer also noted that ...": a lone dash before a
  // subject and its own verb of saying ends the first clause, as a semicolon does; a pair of
  // dashes is an aside inside the clause.
  EXPECT_THAT(Statements("Maria Ostrander, the county treasurer, told reporters that she "
                         "regretted how much the fund had shrunk since she took over \u2014 the "
                         "treasurer also noted that the losses came from the bond markets.\n"),
              ElementsAre(Found{"she regretted how much the fund had shrunk since she took over",
                                "Maria Ostrander", "indirect"},
                          Found{"the losses came from the bond markets", "Maria Ostrander",
                                "indirect"}));
  EXPECT_THAT(Statements("Pell said the levy \u2014 some residents argue it came too late \u2014 "
                         "would stay in place.\n"),
              ElementsAre(Found{"the levy \u2014 some residents argue it came too late \u2014 "
                                "would stay in place",
                                "Pell", "indirect"}));
}

TEST(ReportedSpeechTest, ParticipleOfSayingAfterALoneDashIsTheSubjects) {
  // "flipped his choice - saying ...": a dash opens the subject's participle as a comma does;
  // not a dash that a second one closes, an aside.
  EXPECT_THAT(Statements("Tom Rubin changed his pick at the last minute \u2013 saying he was "
                         "rooting for the Hawks.\n"),
              ElementsAre(Found{"he was rooting for the Hawks", "Tom Rubin", "indirect"}));
  EXPECT_THAT(Statements("Lee \u2014 saying little \u2014 left the room.\n"), IsEmpty());
}

TEST(SpeakerTest, OfficeNamedLaterAtTheSentencesEndIsThatPersonOfTheBody) {
  // `said the spokeswoman, Leah Brandt.`: the name between the office's comma and the
  // sentence's end names the holder too, who works for the body the description gave.
  const std::string text =
      "A spokeswoman for the Elm Nurses Council said the group would press for screening. "
      "\"Our members keep the wards running,\" said the spokeswoman, Leah Brandt.\n";
  EXPECT_THAT(Statements(text),
              ElementsAre(Found{"the group would press for screening", "Leah Brandt",
                                "indirect"},
                          Found{"Our members keep the wards running,", "Leah Brandt", "direct"}));
  EXPECT_THAT(OrganizationsByStatement(text),
              ElementsAre(ElementsAre("Elm Nurses Council"), ElementsAre("Elm Nurses Council")));
}

TEST(ReportedSpeechTest, ADocumentStatesTheClauseBeforeIt) {
  // "CLAUSE, the report states.": "states" otherwise attributes only quotations (the noun
  // "states" is common); closing a clause after its document, or "it" for one, it reports.
  EXPECT_THAT(Statements("The toll will rise next year, the report states.\n"),
              ElementsAre(Found{"The toll will rise next year", "report", "indirect"}));
  EXPECT_THAT(Statements("The complaint alleges that she stole the money. She had forged the "
                         "signature on 40 checks, it states.\n"),
              ElementsAre(Found{"she stole the money", "complaint", "indirect"},
                          Found{"She had forged the signature on 40 checks", "complaint",
                                "indirect"}));
  // Hard negative: "it" with a verb of quoting no document does.
  EXPECT_THAT(Statements("The toll will rise, it laughed.\n"), IsEmpty());
}

TEST(SpeakerTest, ItAfterACommonNounOpeningTheClauseIsTheEarlierBody) {
  // "Sales rose 5 percent, it said.": a word capitalized only as the sentence's first is no
  // body for "it", which goes on with the body before; a name the article writes elsewhere
  // is one.
  EXPECT_THAT(Statements("Elm Corp said on Monday that it would cut jobs. Sales rose 5 "
                         "percent, it said.\n"),
              ElementsAre(Found{"it would cut jobs", "Elm", "indirect"},
                          Found{"Sales rose 5 percent", "Elm", "indirect"}));
  EXPECT_THAT(Statements("Shares of Elmsoft fell. Elmsoft lost money, it said.\n"),
              ElementsAre(Found{"Elmsoft lost money", "Elmsoft", "indirect"}));
}

TEST(SpeakerTest, ASubstitutesRoleIsNoPartOfHisName) {
  // "Substitute Kofi Mensar scored ...": a player's role before the name, as "Striker" is.
  EXPECT_THAT(Statements("HARLOW - Substitute Kofi Mensar scored in the 88th minute as Harlow "
                         "Town won.\n\nMensar, 19, said he had dreamed of this moment.\n"),
              ElementsAre(Found{"he had dreamed of this moment", "Kofi Mensar", "indirect"}));
}

TEST(SpeakerTest, NegatedComplementKeepsTheNounForPeopleAsHead) {
  // "Residents not on the list": a reduced relative's "not" before the preposition; the
  // noun for people before it is the speaker, not the preposition's object.
  EXPECT_THAT(Statements("Residents not on the list said the fees were unfair. Members not at "
                         "the meeting said they were never told."),
              ElementsAre(Found{"the fees were unfair", "Residents", "indirect"},
                          Found{"they were never told", "Members", "indirect"}));
  // A description with "not" before the person's name, between commas.
  EXPECT_THAT(Statements("One delegate not on the slate, Ivo Brandt, told reporters he was "
                         "still undecided."),
              ElementsAre(Found{"he was still undecided", "Ivo Brandt", "indirect"}));
  // Hard negative: "not" after a verb is no complement's.
  EXPECT_THAT(Statements("The mayor did not on Tuesday say whether she would run."),
              ElementsAre(Found{"whether she would run", "mayor", "indirect"}));
}

TEST(SpeakerTest, GroupBetweenWhoAndTheCueSpeaksTheRelativeClause) {
  // "a man who police said was armed": a group's noun alone between "who" and the cue is
  // the relative clause's subject, and speaks; "who" is what the clause is about.
  EXPECT_THAT(Statements("Ivo Brandt met a man who police said was armed. The firm hired a "
                         "lawyer who critics have said is a friend."),
              ElementsAre(Found{"was armed", "police", "indirect"},
                          Found{"is a friend", "critics", "indirect"}));
  // Hard negative: a verb and its object after "who" leave the subject before "who".
  EXPECT_THAT(Statements("Pilots who fly freight say the runway is short."),
              ElementsAre(Found{"the runway is short", "Pilots", "indirect"}));
}

TEST(SpeakerTest, SurnameOfAPersonNamedAfterARoleOpensTheSentenceBefore) {
  // "dismissed manager Tobias Wren ... Wren, 47, had been ...": a full name after a role
  // noun is a person's though the lexicon does not know the given name, so the surname
  // alone opening a sentence is that person, whom "He" then goes on with.
  EXPECT_THAT(Statements("The club dismissed manager Tobias Wren on Sunday. The chairman, Ivor "
                         "Blake, said results were poor.\n\nWren, 47, had been under pressure "
                         "since October. He insisted he still had the players' backing."),
              ElementsAre(Found{"results were poor", "Ivor Blake", "indirect"},
                          Found{"he still had the players' backing", "Tobias Wren",
                                "indirect"}));
}

TEST(SpeakerTest, OneOfAGroupNamedBetweenCommasIsTheNamed) {
  // "One, the Elm Fans Trust, called ...", ", and one, Ann Ray, said": "one" or "another"
  // of a group met before, then its name between commas; the name speaks.
  EXPECT_THAT(Statements("Two groups objected. One, the Elm Fans Trust, called the sacking "
                         "\"a cheap way out.\""),
              ElementsAre(Found{"the sacking \"a cheap way out.\"", "Elm Fans Trust", "mixed"}));
  EXPECT_THAT(Statements("Pilots objected, and one, Ann Ray, said the pier was unsafe. "
                         "Another, Tom Lee, said it was fine."),
              ElementsAre(Found{"the pier was unsafe", "Ann Ray", "indirect"},
                          Found{"it was fine", "Tom Lee", "indirect"}));
}

TEST(SpeakerTest, TheCompanyIsNotTheFirmAnAnalystCoversTheSectorFor) {
  // "Omar Haddad, who covers the sector for Kellan Securities": the firm an analyst works
  // for, named with the work ("covers", "follows", "tracks") or after a commentator's noun
  // and "for", is not the company "the company's" means.
  const Extraction e = ExtractOrDie(
      "Elmco Inc cut its forecast. \"The cut is big,\" said Omar Haddad, who covers the sector "
      "for Kellan Securities. The company's finance chief, Raj Patel, said demand was strong. "
      "\"It was a surprise,\" said Ida Moss, an analyst for Birch Capital. The company's "
      "chief executive, Ann Ray, said costs would fall.");
  ASSERT_EQ(e.statements.size(), 4u);
  ASSERT_GE(e.statements[1].speaker, 0);
  ASSERT_GE(e.statements[3].speaker, 0);
  EXPECT_THAT(e.speakers[e.statements[1].speaker].organizations, ElementsAre("Elmco"));
  EXPECT_THAT(e.speakers[e.statements[3].speaker].organizations, ElementsAre("Elmco"));
}

TEST(SpeakerTest, SubjectsRelativeClauseEndsAtItsCommaBeforeThePredicate) {
  // "The warehouse, which stored furniture, had been empty, said Clement Voss": a relative
  // clause whose pronoun is its subject, its verb next, ends at its comma; the finite
  // auxiliary after it is the subject's predicate, and the speaker comes after the cue.
  EXPECT_THAT(Statements("The warehouse, which stored furniture, had been empty since August, "
                         "said the building's owner, Clement Voss."),
              ElementsAre(Found{"The warehouse, which stored furniture, had been empty since "
                                "August",
                                "Clement Voss", "indirect"}));
  // Hard negative: a relative clause with its own appositive goes on past it.
  EXPECT_THAT(Statements("Ann Ray, whose son, Tom, was hurt, said the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Ann Ray", "indirect"}));
}

TEST(SpeakerTest, AnonymousPersonOnAPlaceOrForumKeepsTheNounAsHead) {
  // "One reviewer on the app store wrote": an anonymous person opened by "one", "a" or
  // "another", then "on" and where they post or sit; the person is the speaker, as with
  // "in" ("an official in the region"), not the object of "on".
  EXPECT_THAT(Statements("One reviewer on the app store wrote that she had lost a week of "
                         "edits. A source on the call said the vote was close."),
              ElementsAre(Found{"she had lost a week of edits", "reviewer on the app store",
                                "indirect"},
                          Found{"the vote was close", "source on the call", "indirect"}));
  // Hard negative: a known person's time after "on".
  EXPECT_THAT(Statements("The mayor on Tuesday said the pier was safe."),
              ElementsAre(Found{"the pier was safe", "mayor", "indirect"}));
}

TEST(SpeakerTest, BodysNameNeverBeginsInTheHeadlineAbove) {
  // A headline without a full stop ends at its line's end: its last capitalized words are
  // not the first words of the company's name that opens the next paragraph.
  const Extraction e = ExtractOrDie(
      "Airline Apologizes After Passengers Stranded Overnight\n\n"
      "Kestrel Airways apologized on Sunday. In a post, the airline said it was sorry.");
  ASSERT_EQ(e.statements.size(), 1u);
  EXPECT_THAT(e.speakers[e.statements[0].speaker].organizations,
              ElementsAre("Kestrel Airways"));
  // Nor when the body's noun opens the paragraph: "Police" is not "Suspect Police".
  const Extraction police = ExtractOrDie(
      "Police Arrest Suspect\n\nPolice in Elmtown arrested a man, according to Sgt. Ann Ray, a "
      "police spokeswoman.");
  ASSERT_EQ(police.statements.size(), 1u);
  EXPECT_THAT(police.speakers[police.statements[0].speaker].organizations,
              ElementsAre("Police"));
  // Nor is a headline's run of capitalized words a name at all: "Knocks Out Power" is no
  // utility the trade's noun refers to.
  const Extraction storm = ExtractOrDie(
      "Storm Knocks Out Power to Homes\n\nWinds toppled trees overnight, the utility said.");
  ASSERT_EQ(storm.statements.size(), 1u);
  EXPECT_THAT(storm.speakers[storm.statements[0].speaker].organizations, IsEmpty());
}

TEST(ReportedSpeechTest, DaysNameBetweenTheCueAndTheCommaOfASplitAttribution) {
  // "If the vote fails, Lee said Tuesday, the party will split": a day's name (and "night")
  // after the cue says when, as "on Tuesday" does; the second half starts after its comma.
  EXPECT_THAT(Statements("If the vote fails, Lee said Tuesday, the party will split. If the "
                         "pier shuts, Ann Ray warned Friday night, the ferry will go too."),
              ElementsAre(Found{"If the vote fails", "Lee", "indirect"},
                          Found{"the party will split", "Lee", "indirect"},
                          Found{"If the pier shuts", "Ann Ray", "indirect"},
                          Found{"the ferry will go too", "Ann Ray", "indirect"}));
}

TEST(ReportedSpeechTest, NounPhraseSummingUpTheNewsAfterAnAttributionIsTheWriters) {
  // "A, the operator said Tuesday, a move that angered riders": a noun phrase with its
  // relative clause after the attribution's comma sums the news up; it is no second half.
  EXPECT_THAT(Statements("The ferry will cut its timetable, the operator said, a move that "
                         "angered riders."),
              ElementsAre(Found{"The ferry will cut its timetable", "operator", "indirect"}));
  EXPECT_THAT(Statements("Fares will rise by a third, Kestrel Marine announced Tuesday, a step "
                         "critics called overdue."),
              ElementsAre(Found{"Fares will rise by a third", "Kestrel Marine", "indirect"}));
  // Hard negatives: a noun phrase that is a clause's subject is the second half.
  EXPECT_THAT(Statements("If the vote fails, Lee said, a new election will be called."),
              ElementsAre(Found{"If the vote fails", "Lee", "indirect"},
                          Found{"a new election will be called", "Lee", "indirect"}));
  EXPECT_THAT(Statements("If the vote fails, Lee said, a plan that angered him will go ahead."),
              ElementsAre(Found{"If the vote fails", "Lee", "indirect"},
                          Found{"a plan that angered him will go ahead", "Lee", "indirect"}));
}

TEST(SpeakerTest, DescribedNameAfterASemicolonSpeaks) {
  // "A tree crushed a car; its owner, Tom Lee, said ...": the clause after the semicolon
  // has its own subject, a description and the name it describes.
  EXPECT_THAT(Statements("A tree crushed a parked car; its owner, Tom Lee, said he had moved "
                         "his van."),
              ElementsAre(Found{"he had moved his van", "Tom Lee", "indirect"}));
  // Hard negative: a semicolon inside a quotation is no clause's start.
  EXPECT_THAT(Statements("\"Rain; then hail,\" Ann Ray said."),
              ElementsAre(Found{"Rain; then hail,", "Ann Ray", "direct"}));
}

TEST(SpeakerTest, LeadsSubjectWithAnOlderOrForeignGivenNameIsAPronounsReferent) {
  // An obituary's subject, "Dora Finch", is a person by her given name (words.tsv's female
  // and male lists: older English names and more languages'), so "she" goes on with her
  // after her son has spoken.
  EXPECT_THAT(Statements("Dora Finch died on Sunday at her home. She was 88. Her son, Tom Lee, "
                         "said the cause was heart failure. Critics compared her to Dickens. "
                         "\"I write about people I knew,\" she told an interviewer in 1994."),
              ElementsAre(Found{"the cause was heart failure", "Tom Lee", "indirect"},
                          Found{"I write about people I knew,", "Dora Finch", "direct"}));
  EXPECT_THAT(Statements("Henrik Dahl died on Monday. He was 90. His daughter, Ann Ray, said "
                         "he had been ill. Friends mourned him. \"I only built boats,\" he "
                         "once said."),
              ElementsAre(Found{"he had been ill", "Ann Ray", "indirect"},
                          Found{"I only built boats,", "Henrik Dahl", "direct"}));
}

TEST(SpeakerTest, DescribedNameAfterAnOpeningPhrasesNamedObjectSpeaks) {
  // "Testifying against his boss, Victor Lang, the witness, Paul Mendez, said": the opening
  // phrase ends with its object's name between commas; the description and the person's
  // name after it are the subject.
  EXPECT_THAT(Statements("Testifying in the trial of his former boss, Victor Lang, the witness, "
                         "Paul Mendez, said Lang had lied."),
              ElementsAre(Found{"Lang had lied", "Paul Mendez", "indirect"}));
  // Hard negative: a name, then its description with a body's name, speaks.
  EXPECT_THAT(Statements("Victor Lang, the owner, Elm Cafe, said he had lied."),
              ElementsAre(Found{"he had lied", "Victor Lang", "indirect"}));
}

TEST(SpeakerTest, DescriptionBeforeTheNameIsOneRoleWithoutItsComma) {
  // "Harvest's chief executive, Nell Ortiz, will lead ...": the description opening the
  // sentence before the pronoun is the person's role once, without the comma that ends it.
  const Extraction e = ExtractOrDie(
      "Harvest's chief executive, Nell Ortiz, will lead the new company. \"Scale helps,\" she "
      "told analysts.");
  ASSERT_EQ(e.statements.size(), 1u);
  EXPECT_THAT(e.speakers[e.statements[0].speaker].roles,
              ElementsAre("Harvest's chief executive"));
}

}  // namespace
TEST(ReportedSpeechTest, ClauseInsideARelativeClauseEndsAtTheMainVerbOfSaying) {
  // "who asked not to be named because she feared ... said": a cue after its own pronoun and
  // a subordinator inside the subject's relative clause; its content ends at the main verb,
  // and the relative clause's antecedent speaks both.
  EXPECT_THAT(Statements("A clerk who asked not to be named because she feared losing her job "
                         "at the mill said the vote was rigged."),
              ElementsAre(Found{"losing her job at the mill", "clerk", "indirect"},
                          Found{"the vote was rigged", "clerk", "indirect"}));
  // So after "who" with a name as a preposition's object before the main verb.
  EXPECT_THAT(Statements("A clerk who feared losing her job at City Hall said the vote was "
                         "rigged."),
              ElementsAre(Found{"losing her job at City Hall", "clerk", "indirect"},
                          Found{"the vote was rigged", "clerk", "indirect"}));
  EXPECT_THAT(Statements("A man who left after he heard the news said the mill would close."),
              ElementsAre(Found{"the mill would close", "man", "indirect"}));
  // Hard negative: a name after "that" is the inner clause's subject, no object.
  EXPECT_THAT(Statements("Critics who argued that Ann Ray lied say a vote is needed."),
              ElementsAre(Found{"Ann Ray lied", "Critics", "indirect"},
                          Found{"a vote is needed", "Critics", "indirect"}));
}

TEST(SpeakerTest, QuestionPutToAPersonAfterARelativeClauseOnThem) {
  // "asked Dale Oyo, who ..., whether": the relative clause on the person asked is passed
  // over; the question is the content, and the answer is theirs.
  EXPECT_THAT(Statements("A reporter asked Dale Oyo, who has run the port since May, whether "
                         "the toll would rise. \"Not this year,\" he said."),
              ElementsAre(Found{"whether the toll would rise", "reporter", "indirect"},
                          Found{"Not this year,", "Dale Oyo", "direct"}));
  // So with "that" after the relative clause on a listener.
  EXPECT_THAT(Statements("Ann Ray told Tom Lee, who was at the meeting, that the plan was "
                         "dead."),
              ElementsAre(Found{"the plan was dead", "Ann Ray", "indirect"}));
  // Hard negative: "she" is no man asked; the asker goes on.
  EXPECT_THAT(Statements("A reporter asked Tom Lee, who runs the port, whether the toll would "
                         "rise. She said it would not."),
              ElementsAre(Found{"whether the toll would rise", "reporter", "indirect"},
                          Found{"it would not", "reporter", "indirect"}));
}

TEST(ReportedSpeechTest, DocumentReleasedOnADayShowsTheClauseBefore) {
  // "..., figures published on Thursday show.": after a day's name and its "on", "show" is
  // the documents' verb, not a noun the day modifies.
  EXPECT_THAT(Statements("Ferry fares rose 9 percent, figures published on Thursday show."),
              ElementsAre(Found{"Ferry fares rose 9 percent", "figures", "indirect"}));
  // Hard negative: a day's name after "the" makes a programme's name.
  EXPECT_THAT(Statements("Ann Ray will be a guest on the Sunday show."), IsEmpty());
}

TEST(ReportedSpeechTest, NounCueAfterAHeadlinesVerbInSIsItsObject) {
  // "Council Scraps Plan to ...", "Profit Beats Forecasts": in a Title Case headline, the
  // capitalized word in -s is the verb and the noun cue its object.
  EXPECT_THAT(Statements("Council Scraps Plan to Close Two Piers\n\nThe council voted on "
                         "Thursday."),
              IsEmpty());
  EXPECT_THAT(Statements("Profit Beats Forecasts as Ferries Fill Up\n\nElm Lines had a good "
                         "year."),
              IsEmpty());
  // Hard negative: a plural for people before the cue is its subject.
  EXPECT_THAT(Statements("Pier Workers Plan to Strike Over Pay\n\nThe vote is on Tuesday."),
              ElementsAre(Found{"Strike Over Pay", "Pier Workers", "indirect"}));
}

TEST(SpeakerTest, DocumentNounOpeningTheSentenceIsNoBusiness) {
  // "Records show ...": a document's noun that is also a trade's word ("Elm Records"),
  // capitalized only as the sentence's first word, names documents, no organization.
  const Extraction e = ExtractOrDie("Records show that the pier lost money for years.");
  ASSERT_EQ(e.speakers.size(), 1u);
  EXPECT_EQ(e.speakers[0].kind, SpeakerKind::kDocument);
  EXPECT_THAT(e.speakers[0].organizations, IsEmpty());
  // Hard negative: with a name before it, the word ends a business's name.
  const Extraction label = ExtractOrDie("Elm Records said the album would be late.");
  ASSERT_EQ(label.speakers.size(), 1u);
  EXPECT_EQ(label.speakers[0].kind, SpeakerKind::kOrganization);
}

TEST(SpeakerTest, SurnameWhiteIsAPersonsNotABodysOrADocuments) {
  // "White" names a person after a given name; the body's name is "White House", whose
  // last word tells it, and a document's noun is "paper", not its modifier.
  const Extraction e = ExtractOrDie("Ida White said the pier was shut. The White House said "
                                    "it was open. Ms. White said she had seen it.");
  EXPECT_THAT(SpeakerNames(e), ElementsAre("Ida White", "White House", "Ida White"));
  ASSERT_EQ(e.speakers.size(), 2u);
  EXPECT_EQ(e.speakers[0].kind, SpeakerKind::kPerson);
  EXPECT_THAT(e.speakers[0].organizations, IsEmpty());
  EXPECT_EQ(e.speakers[1].kind, SpeakerKind::kOrganization);
  EXPECT_THAT(Statements("The white paper said fares would rise."),
              ElementsAre(Found{"fares would rise", "white paper", "indirect"}));
}

TEST(SpeakerTest, FindingAfterTheyIsTheResearchersWhoeverTheyStudied) {
  // "Researchers followed 3,400 pupils. They found ...": a finding is the researchers',
  // though people follow their verb; where they work ("at Elm University") may come before
  // the verb.
  EXPECT_THAT(Statements("Researchers followed 3,400 pupils for two years. They found that "
                         "pupils who slept less scored lower."),
              ElementsAre(Found{"pupils who slept less scored lower", "Researchers",
                                "indirect"}));
  EXPECT_THAT(Statements("Researchers at Elm University followed 3,400 pupils for two years. "
                         "They found that pupils who slept less scored lower."),
              ElementsAre(Found{"pupils who slept less scored lower", "Researchers",
                                "indirect"}));
  // Hard negative: what they said may be the people's.
  EXPECT_THAT(Statements("Researchers interviewed 300 nurses. They said they were tired."),
              ElementsAre(Found{"they were tired", "", "indirect"}));
}

}  // namespace policy
