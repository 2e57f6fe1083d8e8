// Rules that choose who made a statement: which phrase is the subject of the reporting verb,
// and which phrases name nobody. Inputs are invented; each rule has its hard negative.
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server/extract/extractor.h"
#include "server/extract/internal/lexicon.h"
#include "server/extract/internal/speakers.h"
#include "server/extract/internal/text.h"
#include "tests/extract/extract_test_util.h"

namespace policy {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace ei = ::policy::extract_internal;
using extract_test::ExtractOrDie;
using extract_test::Found;
using extract_test::Statements;
using extract_test::TheLexicon;

// The speaker's display name that the one-word mention `word` (its first occurrence in
// `text`) resolves to, or "" when it names nobody.
std::string ResolveWord(std::string_view text, std::string_view word) {
  const ei::Document doc = ei::Analyze(text, TheLexicon());
  ei::SpeakerResolver resolver(doc, TheLexicon());
  int speaker = -1;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (doc.TokenText(t) == word) {
      speaker = resolver.Resolve({.first = t, .last = t + 1});
      break;
    }
  }
  std::vector<SpeakerProfile> speakers = resolver.TakeSpeakers();
  return speaker >= 0 ? speakers[speaker].name : "";
}

// --- A participle or adverb opening a sentence names nobody -------------------------------

TEST(DisplayNameTest, OnePlainSpaceBetweenTheWordsOfAName) {
  // A no-break space, a soft hyphen before a word, a line break or two spaces in the text
  // leave one plain space in the display name.
  EXPECT_THAT(Statements("Ann\xC2\xA0Ray said the pier was old. Tom \xC2\xADLee said the ferry "
                         "was late. Ida  Moss said the toll was high."),
              ElementsAre(Found{"the pier was old", "Ann Ray", "indirect"},
                          Found{"the ferry was late", "Tom Lee", "indirect"},
                          Found{"the toll was high", "Ida Moss", "indirect"}));
  // Hard negative: the marks inside a name stay ("Rep. Ann Ray-Lee").
  EXPECT_THAT(Statements("Rep. Ann Ray-Lee said the pier was old."),
              ElementsAre(Found{"the pier was old", "Ann Ray-Lee", "indirect"}));
}

TEST(OpeningWordTest, ParticipleOrAdverbOpeningASentenceNamesNobody) {
  EXPECT_EQ(ResolveWord("Pausing at the pier, Ann Ray spoke.", "Pausing"), "");
  EXPECT_EQ(ResolveWord("Quietly the port board met on Monday.", "Quietly"), "");
  EXPECT_EQ(ResolveWord("Judged by the library report, the port will close.", "Judged"), "");
}

TEST(OpeningWordTest, NameWithTheSameEndingStillNamesItsBearer) {
  // Capitalized elsewhere in the article, or the surname of a full name there.
  EXPECT_EQ(ResolveWord("Browning said the ferry was late. We met Browning at the port.",
                        "Browning"),
            "Browning");
  EXPECT_EQ(ResolveWord("Ida Manning runs the library. Manning said it would open.", "Manning"),
            "Ida Manning");
  // Mid-sentence, a capitalized word is a name whatever its ending.
  EXPECT_EQ(ResolveWord("The ferries, Ann Ray and Fielding said, will run.", "Fielding"),
            "Fielding");
}

// --- A quote opening inside a reported clause ---------------------------------------------

TEST(EmbeddedQuoteTest, QuoteRunningPastTheClauseIsTheClauseSpeakers) {
  // The clause goes on to the quote's end: one mixed statement of the clause's speaker.
  EXPECT_THAT(
      Statements("Tom Lee runs the ferry board. Turning to the budget, Lee said on the radio "
                 "that Ray \"should publish the harbor accounts. Nobody can read the ferry "
                 "ledger in its present form.\""),
      ElementsAre(Found{"Ray \"should publish the harbor accounts. Nobody can read the ferry "
                        "ledger in its present form.\"",
                        "Tom Lee", "mixed"}));
}

TEST(EmbeddedQuoteTest, QuoteInsideTheClauseStaysOneMixedStatement) {
  EXPECT_THAT(Statements("Ann Ray spoke at the library. Lee said that the port \"would close "
                         "soon.\""),
              ElementsAre(Found{"the port \"would close soon.\"", "Lee", "mixed"}));
}

// --- The line under a pull quote -----------------------------------------------------------

TEST(PullQuoteTest, DashLineUnderAQuoteParagraphNamesItsSpeaker) {
  EXPECT_THAT(Statements("\"The ferries will run late all winter, and the ports will stay "
                         "closed.\"\n\n- Ann Ray.\n\n\"We need more libraries in every "
                         "town.\"\n\n-Tom Lee, port director."),
              ElementsAre(Found{"The ferries will run late all winter, and the ports will stay "
                                "closed.",
                                "Ann Ray", "direct"},
                          Found{"We need more libraries in every town.", "Tom Lee", "direct"}));
}

TEST(PullQuoteTest, DashLineThatIsASentenceOrAfterProseNamesNobody) {
  // A list item with a verb is no attribution line, and a byline under prose quotes nothing.
  EXPECT_THAT(Statements("\"The ferries will run late all winter, and the ports will stay "
                         "closed.\"\n\n-Tom Lee explains why the ferries were late all "
                         "winter."),
              ElementsAre(Found{"The ferries will run late all winter, and the ports will stay "
                                "closed.",
                                "", "direct"},
                          Found{"why the ferries were late all winter", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The port board met on Monday and voted to close two ferry docks."
                         "\n\n- Ida Moss."),
              ElementsAre(Found{"close two ferry docks", "port board", "indirect"}));
}

// --- "said of X": X is what the words are about ----------------------------------------------

TEST(TopicAfterCueTest, NameAfterOfIsTheTopicNotTheSpeaker) {
  EXPECT_THAT(Statements("\"We have started the talks,\" Ann Ray said, adding of Tom Lee, "
                         "\"He cares about the ports.\""),
              ElementsAre(Found{"We have started the talks,", "Ann Ray", "direct"},
                          Found{"He cares about the ports.", "Ann Ray", "direct"}));
}

TEST(TopicAfterCueTest, OfInsideATitledNameIsPartOfIt) {
  EXPECT_THAT(Statements("\"The ferries will run,\" said Secretary of State Ida Moss."),
              ElementsAre(Found{"The ferries will run,", "Ida Moss", "direct"}));
}

// --- "When asked ..., X smiled and said": the writer's question ---------------------------

TEST(WritersQuestionTest, SubjectAfterTheQuestionSpeaks) {
  // The question's own verb ("backed") opens no statement, and the coordinated "said" is the
  // subject's, not the question's.
  EXPECT_THAT(Statements("When asked which plan she backed, Ida Moss laughed and said, \"The "
                         "cheapest one, of course.\""),
              ElementsAre(Found{"which plan she backed", "", "indirect"},
                          Found{"The cheapest one, of course.", "Ida Moss", "direct"}));
}

TEST(WritersQuestionTest, EarlierSpeakerInTheSentenceStillLendsTheCoordinatedCue) {
  EXPECT_THAT(Statements("Ann Ray said the ferry was late and added that the port would stay "
                         "closed."),
              ElementsAre(Found{"the ferry was late", "Ann Ray", "indirect"},
                          Found{"the port would stay closed", "Ann Ray", "indirect"}));
}

// --- Quotes without an attribution of their own -------------------------------------------

TEST(InheritedQuoteTest, AttributionInsideAReportedClauseLendsNoSpeaker) {
  // "wants" reports the board's wish inside Lee's words; the quote after it is Lee's.
  EXPECT_THAT(Statements("Tom Lee spoke about the port. Lee added that the board wants to sell "
                         "the old pier. \"Nobody on the board will admit it, but the pier is "
                         "already for sale.\""),
              ElementsAre(Found{"the port", "Tom Lee", "indirect"},
                          Found{"the board wants to sell the old pier", "Tom Lee", "indirect"},
                          Found{"Nobody on the board will admit it, but the pier is already for "
                                "sale.",
                                "Tom Lee", "direct"}));
}

TEST(InheritedQuoteTest, AttributionOutsideAnyClauseStillLendsItsSpeaker) {
  EXPECT_THAT(Statements("Tom Lee spoke about the port. Ida Moss said the ferries were late. "
                         "\"Nobody told the libraries anything about the new timetable.\""),
              ElementsAre(Found{"the port", "Tom Lee", "indirect"},
                          Found{"the ferries were late", "Ida Moss", "indirect"},
                          Found{"Nobody told the libraries anything about the new timetable.",
                                "Ida Moss", "direct"}));
}

TEST(InheritedQuoteTest, ShortSentenceOfANameAndItsVerbIntroducesTheQuote) {
  EXPECT_THAT(Statements("\"The port is in trouble,\" said Ann Ray, editor of the Ferry "
                         "Gazette.\n\nPort historian Ida Moss agreed. \"The libraries need a "
                         "new roof before the first storm.\""),
              ElementsAre(Found{"The port is in trouble,", "Ann Ray", "direct"},
                          Found{"The libraries need a new roof before the first storm.",
                                "Ida Moss", "direct"}));
  EXPECT_THAT(Statements("\"The port is in trouble,\" said Ann Ray.\n\nLee was blunt. "
                         "\"The libraries need a new roof.\""),
              ElementsAre(Found{"The port is in trouble,", "Ann Ray", "direct"},
                          Found{"The libraries need a new roof.", "Lee", "direct"}));
  // A participle's aside between the name and its verb.
  EXPECT_THAT(Statements("\"The port is in trouble,\" said Ann Ray.\n\nTom Lee, asked about the "
                         "roof, shrugged. \"The libraries need a new roof.\""),
              ElementsAre(Found{"The port is in trouble,", "Ann Ray", "direct"},
                          Found{"The libraries need a new roof.", "Tom Lee", "direct"}));
}

TEST(InheritedQuoteTest, NameThatHadAMessageIntroducesTheQuote) {
  // "Holt had a blunt warning for the council on Monday." alone in its paragraph: the
  // quotation opening the next paragraph gives the warning's words.
  EXPECT_THAT(Statements("\"The port is in trouble,\" said Ann Ray.\n\nTom Lee had a blunt "
                         "warning for the board on Monday.\n\n\"The libraries need a new "
                         "roof.\""),
              ElementsAre(Found{"The port is in trouble,", "Ann Ray", "direct"},
                          Found{"The libraries need a new roof.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("\"The port is in trouble,\" said Ann Ray.\n\nTom Lee had a dog. "
                         "\"The libraries need a new roof.\""),
              ElementsAre(Found{"The port is in trouble,", "Ann Ray", "direct"},
                          Found{"The libraries need a new roof.", "Ann Ray", "direct"}));
}

TEST(InheritedQuoteTest, SentenceWithAnObjectDoesNotIntroduceTheQuote) {
  // Only a bare verb ("agreed", "was blunt") reads as an introduction; here the quote keeps
  // the speaker of the statement before it.
  EXPECT_THAT(Statements("\"The port is in trouble,\" said Ann Ray.\n\nTom Lee left the room. "
                         "\"The libraries need a new roof before the first storm.\""),
              ElementsAre(Found{"The port is in trouble,", "Ann Ray", "direct"},
                          Found{"The libraries need a new roof before the first storm.",
                                "Ann Ray", "direct"}));
}

// --- A name and a verb no cue lists, after a quote ---------------------------------------

TEST(VerbAfterQuoteTest, QuestionThenNameAndPhrasalPastIsTheNames) {
  EXPECT_THAT(Statements("\"We are all tired,\" Ann Ray said.\n\n\"Is the ferry late "
                         "again?\" Tom Lee went on. \"The port has to fix it.\""),
              ElementsAre(Found{"We are all tired,", "Ann Ray", "direct"},
                          Found{"Is the ferry late again?", "Tom Lee", "direct"},
                          Found{"The port has to fix it.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("\"The ferry is late again,\" Ray shot back."),
              ElementsAre(Found{"The ferry is late again,", "Ray", "direct"}));
}

TEST(VerbAfterQuoteTest, NameWhoseVerbHasAnObjectStartsANewSentence) {
  // "walked out of the room" is what Lee did next, not how he said the question.
  EXPECT_THAT(Statements("\"We are all tired,\" Ann Ray said.\n\n\"Why build it?\" Tom "
                         "Lee walked out of the room."),
              ElementsAre(Found{"We are all tired,", "Ann Ray", "direct"},
                          Found{"Why build it?", "Ann Ray", "direct"}));
}

// --- A noun cue in the object of another speaker's verb -----------------------------------

TEST(NounCueObjectTest, VerbsSubjectReportsTheOwnersPosition) {
  EXPECT_THAT(Statements("Tom Lee objected to Ann Ray's promise to fund the ferries."),
              ElementsAre(Found{"fund the ferries", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The port board objected to Ann Ray's claim that the library budget "
                         "was spent."),
              ElementsAre(Found{"the library budget was spent", "port board", "indirect"}));
}

TEST(NounCueObjectTest, OwnerSpeaksWhenTheNounCueIsNoObject) {
  // Opening the sentence, or after a passive, the owner is the source.
  EXPECT_THAT(Statements("Tom Lee said the ferry was late. Ida Moss's call for a new port was "
                         "rejected."),
              ElementsAre(Found{"the ferry was late", "Tom Lee", "indirect"},
                          Found{"a new port", "Ida Moss", "indirect"}));
  EXPECT_THAT(Statements("The plan was criticized after Ann Ray's call for a new port."),
              ElementsAre(Found{"a new port", "Ann Ray", "indirect"}));
}

// --- "X is quoted as saying" ------------------------------------------------------------

TEST(QuotedAsSayingTest, SubjectOfThePassiveSpeaks) {
  EXPECT_THAT(Statements("\"Our ferries keep a timetable,\" Ida Moss is quoted as saying. "
                         "\"The old buses never did.\""),
              ElementsAre(Found{"Our ferries keep a timetable,", "Ida Moss", "direct"},
                          Found{"The old buses never did.", "Ida Moss", "direct"}));
  EXPECT_THAT(Statements("Tom Lee was quoted as saying the ferries would run late."),
              ElementsAre(Found{"the ferries would run late", "Tom Lee", "indirect"}));
  // With the agent that quoted them: the agent reports, the subject speaks.
  EXPECT_THAT(Statements("Tom Lee was quoted by the Harbor Times on Monday as saying the "
                         "ferries would run late."),
              ElementsAre(Found{"the ferries would run late", "Tom Lee", "indirect"}));
}

TEST(QuotedAsSayingTest, ObjectOfTheActiveSpeaks) {
  // "The Harbor Times quoted Lee as saying": the one quoted speaks, appositive and all; so
  // does the one cited, and the citing is no statement of its own.
  EXPECT_THAT(Statements("The Harbor Times quoted Ida Moss, a pilot, as saying that the "
                         "ferries would run late."),
              ElementsAre(Found{"the ferries would run late", "Ida Moss", "indirect"}));
  EXPECT_THAT(Statements("The report cited port officials as saying the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "port officials", "indirect"}));
  EXPECT_THAT(Statements("The Gazette cited Ida Moss, a pilot, as saying the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Ida Moss", "indirect"}));
  // The passive with the outlet after "in": the subject speaks, not the outlet.
  EXPECT_THAT(Statements("Tom Lee was quoted in the Gazette as saying the toll was fair."),
              ElementsAre(Found{"the toll was fair", "Tom Lee", "indirect"}));
  // Hard negatives: "cited X as a reason" and "cited X ... as well as saying" are statements
  // of the subject's; "cited in reports" is no outlet speaking.
  EXPECT_THAT(Statements("Ann Ray cited the storm as the cause of the delay."),
              ElementsAre(Found{"the storm as the cause of the delay", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee cited the audit in his speech as well as saying the port "
                         "would grow."),
              ElementsAre(Found{"the audit in his speech as well as saying the port would grow",
                                "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ben Hart, who is often cited in reports as saying the pier is safe, "
                         "declined to comment."),
              ElementsAre(Found{"to comment", "Ben Hart", "indirect"}));
}

TEST(QuotedAsSayingTest, AsWithoutQuotedIsNoPassiveOfQuoting) {
  // "as saying" after another verb is not skipped: Lee is not made the speaker through it.
  EXPECT_THAT(Statements("Tom Lee was logged as saying nothing at all."), ::testing::IsEmpty());
  EXPECT_THAT(Statements("Tom Lee was logged by the Harbor Times as saying nothing at all."),
              ::testing::IsEmpty());
}

// --- An article left alone names nobody -------------------------------------------------

TEST(OpeningWordTest, ArticleOrPossessiveAloneNamesNobody) {
  EXPECT_EQ(ResolveWord("That is what the port board wants.", "That"), "");
  EXPECT_EQ(ResolveWord("Their plan for the ferries failed.", "Their"), "");
  // Quantifiers still speak for a group.
  EXPECT_EQ(ResolveWord("Both said the ferries were late.", "Both"), "Both");
}

TEST(EmbeddedQuoteTest, DocumentOrBodyOpeningTheSentenceOwnsTheQuote) {
  EXPECT_THAT(Statements("Tom Lee spoke. The port ad featured a \"long winter of closed "
                         "libraries and very late ferries.\""),
              ElementsAre(Found{"long winter of closed libraries and very late ferries.",
                                "port ad", "direct"}));
}

TEST(EmbeddedQuoteTest, OtherCommonNounOpeningTheSentenceOwnsNothing) {
  EXPECT_THAT(Statements("Tom Lee spoke. The weather ruined the \"long winter of closed "
                         "libraries and very late ferries.\""),
              ElementsAre(Found{"long winter of closed libraries and very late ferries.", "",
                                "direct"}));
}

// --- A question put to the subject ----------------------------------------------------------

TEST(AskedQuestionTest, AgentAfterByAsksTheQuotedQuestion) {
  EXPECT_THAT(Statements("Lee was asked by Ann Ray, the moderator, \"Will the ferries run on "
                         "time this winter?\""),
              ElementsAre(Found{"Will the ferries run on time this winter?", "Ann Ray",
                                "direct"}));
}

TEST(AskedQuestionTest, WithoutAnAgentTheQuoteStaysTheSubjects) {
  // Unchanged: the answers that follow such a question inherit its speaker.
  EXPECT_THAT(Statements("At the port, Lee was asked, \"Will the ferries run on time this "
                         "winter?\""),
              ElementsAre(Found{"Will the ferries run on time this winter?", "Lee", "direct"}));
}

// --- Headline "X On Y: '...'" ----------------------------------------------------------------

TEST(HeadlineTest, SpeakerBeforeOnAndTheTopic) {
  EXPECT_THAT(Statements("Ray on the New Ferry Timetable: 'I Think It Will Work.'\n\nAnn Ray "
                         "spoke on Monday."),
              ElementsAre(Found{"I Think It Will Work.", "Ann Ray", "direct"}));
}

TEST(HeadlineTest, OnInAnOrdinarySentenceIsNoTopicMarker) {
  EXPECT_THAT(Statements("Tom Lee spoke on the ferries. Ann Ray said on Monday: \"The ferries "
                         "will run late all winter.\""),
              ElementsAre(Found{"The ferries will run late all winter.", "Ann Ray", "direct"}));
}

TEST(HeadlineTest, PlaceBeforeTheColonLabelsAHeadlineWithItsOwnSpeaker) {
  // "Ghana: Chief calls for ...": the place labels the headline, whose own verb of saying
  // has its subject right after the colon.
  EXPECT_THAT(Statements("Ghana: Chief calls for an end to mining on the Elm River\n\nThe chief"
                         " spoke on Monday."),
              ElementsAre(Found{"an end to mining on the Elm River", "Chief", "indirect"}));
  // A state or region of another country's press labels its headline as a country does.
  EXPECT_THAT(Statements("Kano: Emir urges traders to keep prices down\n\nThe emir spoke on "
                         "Friday."),
              ElementsAre(Found{"traders to keep prices down", "Emir", "indirect"}));
  // Hard negative: a place before a claim without a speaker of its own makes the claim.
  EXPECT_THAT(Statements("Canada: Tariffs on Elm steel are unfair and must go\n\nThe minister"
                         " spoke on Monday."),
              ElementsAre(Found{"Tariffs on Elm steel are unfair and must go", "Canada",
                                "indirect"}));
}

TEST(HeadlineTest, LowerCaseRoleAfterAModifierBeforeTheColon) {
  // "Tech executive: ...": as "Executive: ..." in the headline.
  EXPECT_THAT(Statements("Port official: tolls will rise in May\n\nThe port said on Monday "
                         "that tolls would rise."),
              ElementsAre(Found{"tolls will rise in May", "Port official", "indirect"},
                          Found{"tolls would rise", "port", "indirect"}));
  // Hard negative: the same shape in the body is no headline.
  EXPECT_THAT(Statements("Tolls rose in May.\n\nPort official: a job that pays well."),
              IsEmpty());
}

TEST(HeadlineTest, SingularNounWithoutItsDeterminerBeforeSays) {
  // A headline drops its determiners: "Former rival says" as "The former rival says".
  EXPECT_THAT(Statements("Former rival now says she backs toll plan\n\nThe vote is Monday."),
              ElementsAre(Found{"she backs toll plan", "Former rival", "indirect"}));
  // Hard negatives: another verb, and a body sentence. (Not a body's noun, whose headline
  // apology is its own: "Hospital trust apologises over waits".)
  EXPECT_THAT(Statements("Hospital porter apologises over waits\n\nThe porter met."),
              IsEmpty());
  EXPECT_THAT(Statements("The vote is Monday. Former rival says the toll plan is bad."),
              IsEmpty());
}

TEST(HeadlineTest, BodyAndMinerAreBodiesNouns) {
  // "..., rights body says", "Elm miner warns ...": "body" and a trade's noun ("miner",
  // "exporter") name a body, as "group" and "firm" do.
  EXPECT_THAT(Statements("Arrests rose sharply in 2026, rights body says\n\nThe council met."),
              ElementsAre(Found{"Arrests rose sharply in 2026", "rights body", "indirect"}));
  EXPECT_THAT(Statements("Elm miner warns slump could force job cuts\n\nThe firm met."),
              ElementsAre(Found{"slump could force job cuts", "Elm miner", "indirect"}));
}

TEST(HeadlineTest, SecondVerbAfterACommaIsTheSubjects) {
  // "Elm Motors narrows loss, says ...": the headline's second verb is its subject's, the
  // name that opens it.
  EXPECT_THAT(Statements("Elm Motors narrows loss, says price war is not over\n\nThe firm "
                         "spoke on Monday."),
              ElementsAre(Found{"price war is not over", "Elm Motors", "indirect"}));
  // Hard negatives: an inverted attribution ("CLAUSE, says minister"), and in the body, a
  // verb after a comma with no subject of its own is no headline's.
  EXPECT_THAT(Statements("Elm Water to raise tariffs, says minister\n\nThe minister spoke "
                         "on Monday."),
              ElementsAre(Found{"Elm Water to raise tariffs", "minister", "indirect"}));
  EXPECT_THAT(Statements("Sales fell.\n\nElm Motors narrows loss, says price war is not "
                         "over."),
              IsEmpty());
}

TEST(HeadlineTest, BankerIsAPerson) {
  // "banker" and "financier" are roles, "bankers" a group, as "economist" and "economists".
  EXPECT_THAT(Statements("Central banker says rates should have risen sooner\n\nThe former "
                         "governor spoke on Monday."),
              ElementsAre(Found{"rates should have risen sooner", "Central banker",
                                "indirect"}));
}

TEST(HeadlineTest, RoleAfterADashAttributesTheHeadline) {
  // "Ferry fares will not rise - Minister": the role after the headline's dash speaks it.
  EXPECT_THAT(Statements("Ferry fares will not rise this year \xE2\x80\x94 Minister\n\nELM CITY"
                         " \xE2\x80\x94 The ports minister spoke on Monday."),
              ElementsAre(Found{"Ferry fares will not rise this year", "Minister", "indirect"}));
  // Hard negative: a dash before words that name no role is a section's or a photo's
  // caption.
  EXPECT_THAT(Statements("Elm City by night \xE2\x80\x94 Photo Essay\n\nThe city is bright."),
              ElementsAre());
}

TEST(HeadlineTest, BodyAfterADashAttributesTheHeadline) {
  // "... - EDHQ", "... - Police": a body's acronym or noun after the headline's dash, as
  // West African papers name their source.
  EXPECT_THAT(Statements("Troops rescue 23 farmers in Elm forest \xE2\x80\x93 EDHQ\n\nThe "
                         "troops were praised."),
              ElementsAre(Found{"Troops rescue 23 farmers in Elm forest", "EDHQ", "indirect"}));
  EXPECT_THAT(Statements("Three robbery suspects held in Elm - Police\n\nThe men were held."),
              ElementsAre(Found{"Three robbery suspects held in Elm", "Police", "indirect"}));
}

TEST(HeadlineTest, SemicolonJoinsTwoHeadlines) {
  // "Elm Pay confirms data breach; regulator issues advisory": the second headline is no
  // part of the first's claim. (In the body a semicolon may go on with the statement.)
  EXPECT_THAT(Statements("Elm Pay confirms data breach affecting 1.2 million users; regulator "
                         "issues advisory\n\nThe firm apologised."),
              ElementsAre(Found{"data breach affecting 1.2 million users", "Elm Pay",
                                "indirect"}));
}

TEST(HeadlineTest, CommaBeforeTheSubjectsNextVerbEndsTheClaim) {
  // "Elm Power admits safety breach, faces $2m fine": the verb in the present after the
  // comma is the subject's next act, told by the writer.
  EXPECT_THAT(Statements("Elm Power admits misleading riders over fares, faces $2m fine\n\nThe "
                         "firm apologised."),
              ElementsAre(Found{"misleading riders over fares", "Elm Power", "indirect"}));
  // Hard negative: a list of plural nouns before the clause's verb is the claim's.
  EXPECT_THAT(Statements("Tom Lee says fares, taxes to rise\n\nThe mayor spoke."),
              ElementsAre(Found{"fares, taxes to rise", "Tom Lee", "indirect"}));
}

TEST(HeadlineTest, MinisterInTheHeadlineIsTheOneMinisterTheLeadNames) {
  // "..., minister says" over a lead that names one minister: that minister.
  EXPECT_THAT(Statements("Elm to cap asylum claims, minister says\n\nThe government will cap "
                         "claims, Settlement Minister Ann Ray announced Monday."),
              ElementsAre(Found{"Elm to cap asylum claims", "Ann Ray", "indirect"},
                          Found{"The government will cap claims", "Ann Ray", "indirect"}));
  // Hard negative: two ministers named, so the headline's is not known.
  EXPECT_THAT(Statements("Elm to cap asylum claims, minister says\n\nThe government will cap "
                         "claims, Settlement Minister Ann Ray announced Monday. Finance "
                         "Minister Tom Lee said the cost was high."),
              ElementsAre(Found{"Elm to cap asylum claims", "minister", "indirect"},
                          Found{"The government will cap claims", "Ann Ray", "indirect"},
                          Found{"the cost was high", "Tom Lee", "indirect"}));
}

TEST(HeadlineTest, GovernorOrInspectorAloneIsTheOneTheArticleNames) {
  // "Governor says ...", "..., inspector finds": a one-person office alone in a headline or
  // a summary's line is its holder named below.
  EXPECT_THAT(Statements("Governor says food prices are easing\n\nELM CITY: The Elm Bank held "
                         "rates. Governor Tom Lee said the cut could wait."),
              ElementsAre(Found{"food prices are easing", "Tom Lee", "indirect"},
                          Found{"the cut could wait", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Elm jail is overcrowded, inspector finds\n\nThe jail holds 900, "
                         "Inspector Ann Hume said."),
              ElementsAre(Found{"Elm jail is overcrowded", "Ann Hume", "indirect"},
                          Found{"The jail holds 900", "Ann Hume", "indirect"}));
}

TEST(HeadlineTest, MinisterInTheHeadlineIsTheMinisterTheLeadNamesBeforeAnother) {
  // A second minister named only in a later paragraph: the headline's is the lead's.
  EXPECT_THAT(Statements("Elm to cap asylum claims, minister says\n\nThe government will cap "
                         "claims, Settlement Minister Ann Ray announced Monday.\n\nOakport's "
                         "housing minister, Tom Lee, said the cost was high."),
              ElementsAre(Found{"Elm to cap asylum claims", "Ann Ray", "indirect"},
                          Found{"The government will cap claims", "Ann Ray", "indirect"},
                          Found{"the cost was high", "Tom Lee", "indirect"}));
  // Hard negative: the same, with a body sentence's "the minister said": no headline.
  EXPECT_THAT(Statements("Elm will cap asylum claims, the minister said.\n\nThe government "
                         "will cap claims, Settlement Minister Ann Ray announced Monday.\n\n"
                         "Oakport's housing minister, Tom Lee, said the cost was high."),
              Contains(Found{"Elm will cap asylum claims", "minister", "indirect"}));
}

TEST(HeadlineTest, QuotationOpeningTheHeadlineNamesItsSpeakerAfterTheDash) {
  // "'We were second best' - Lee not hiding after defeat": the name after the dash, before
  // the rest of the headline in lower case, speaks the quotation (a surname the article
  // capitalizes mid-sentence: the full name it stands for).
  EXPECT_THAT(Statements("'We were second best for most of the game' - Lee not hiding after "
                         "final defeat\n\nElm manager Tom Lee did not try to dress it up.\n\n"
                         "\"We lost,\" Lee told reporters."),
              ElementsAre(Found{"We were second best for most of the game", "Tom Lee", "direct"},
                          Found{"We lost,", "Tom Lee", "direct"}));
  // Hard negative: a place before a noun for people is no speaker.
  EXPECT_THAT(Statements("'It was the worst day of my life' - Elm fans despair after final "
                         "defeat\n\nTom Lee of Elm did not try to dress it up."),
              ElementsAre(Found{"It was the worst day of my life", "", "direct"}));
}

TEST(HeadlineTest, OfficerInTheHeadlineIsTheOneNamedAfterTheOfficesComplement) {
  // "Returning officer" in a headline (capitalized, its office in lower case) over "The
  // returning officer for the Elm West seat, Tom Lee, said": the name after the office's
  // complement, between commas.
  EXPECT_THAT(Statements("'Counting will be fair': Returning officer after party alleges "
                         "breach\n\nThe returning officer for the Elm West seat, Tom Lee, said "
                         "on Tuesday that the seals were intact."),
              Contains(Found{"Counting will be fair", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Fares will rise, spokesman says\n\nThe spokesman for Acme Ferries, "
                         "Tom Lee, said on Tuesday that fares would rise."),
              Contains(Found{"Fares will rise", "Tom Lee", "indirect"}));
  // Hard negatives: an officer of another kind ("press officer"), or an officer with no
  // word before the office, is no returning officer.
  EXPECT_THAT(Statements("'Counting will be fair': Returning officer after party alleges "
                         "breach\n\nThe press officer for the Elm West seat, Tom Lee, said "
                         "on Tuesday that the seals were intact."),
              Contains(Found{"Counting will be fair", "Returning officer", "direct"}));
  EXPECT_THAT(Statements("Counting will be fair, officer says\n\nThe officer for the Elm West "
                         "seat, Tom Lee, said on Tuesday that the seals were intact."),
              Contains(Found{"Counting will be fair", "officer", "indirect"}));
}

TEST(HeadlineTest, BodysCeoInTheHeadlineIsTheCeoWithNoOtherBodyBeforeTheOffice) {
  // "'...': Acme Pay CEO" over "Fintech firm Acme Pay ... Founder and CEO Tom Lee": an office
  // with no body's name before it in its sentence is the headline's body's.
  EXPECT_THAT(Statements("'We will be profitable': Acme Pay CEO\n\nFintech firm Acme Pay has "
                         "cut its losses. Founder and CEO Tom Lee spoke to us about profits."),
              Contains(Found{"We will be profitable", "Tom Lee", "direct"}));
  // Hard negative: the CEO of another body named before the office.
  EXPECT_THAT(Statements("'We will be profitable': Acme Pay CEO\n\nFintech firm Acme Pay has "
                         "cut its losses. Rival Elm Corp CEO Tom Lee spoke to us about profits."),
              Contains(Found{"We will be profitable", "Acme Pay CEO", "direct"}));
}

TEST(HeadlineTest, QuotationBeforeAColonAndItsSpeaker) {
  // "'I said no three times': Ann Ray on her comeback": a headline opening with the
  // quotation names its speaker after the colon, before the topic.
  EXPECT_THAT(Statements("'I said no to that film three times': Ann Ray on her comeback\n\n"
                         "The actor returns to the screen."),
              ElementsAre(Found{"I said no to that film three times", "Ann Ray", "direct"}));
  // Hard negative: a question word after the colon opens the writer's own headline.
  EXPECT_THAT(Statements("'It was a mistake to close it': Why the port shut\n\nThe port "
                         "shut in May."),
              ElementsAre(Found{"It was a mistake to close it", "", "direct"}));
}

TEST(HeadlineTest, SourceAfterAColonEndingTheHeadline) {
  // "CLAIM: lawmaker", "CLAIM: NSB", "CLAIM: study": Chinese and Indian papers' headline
  // names its source last, after a colon, in any case.
  EXPECT_THAT(Statements("Private ferries key to growth: lawmaker\n\nThe port grew."),
              ElementsAre(Found{"Private ferries key to growth", "lawmaker", "indirect"}));
  EXPECT_THAT(Statements("Port output rises 5.8% in October: EPB\n\nThe port grew."),
              ElementsAre(Found{"Port output rises 5.8% in October", "EPB", "indirect"}));
  EXPECT_THAT(Statements("Anaemia falls in three districts: study\n\nThe rate fell."),
              ElementsAre(Found{"Anaemia falls in three districts", "study", "indirect"}));
  // Hard negative: a section's label after a colon.
  EXPECT_THAT(Statements("Ferry timetables for the winter: Live\n\nThe boats run."),
              ElementsAre());
}

TEST(InheritedQuoteTest, AttributionInAnAdverbialClauseLendsNoSpeaker) {
  // "after the board announced ..." only dates Lee's words; the next quote is still Lee's.
  EXPECT_THAT(Statements("\"The ferries will sail at dawn,\" Lee said at the pier, an hour "
                         "after the board announced the timetable. \"Bring a warm coat and a "
                         "thermos.\""),
              ElementsAre(Found{"The ferries will sail at dawn,", "Lee", "direct"},
                          Found{"the timetable", "board", "indirect"},
                          Found{"Bring a warm coat and a thermos.", "Lee", "direct"}));
}

TEST(InheritedQuoteTest, CoordinatedAttributionStillLendsItsSpeaker) {
  // "and the board announced ...": a second main clause; its speaker is the latest.
  EXPECT_THAT(Statements("\"The ferries will sail at dawn,\" Lee said at the pier, and the "
                         "board announced the timetable. \"Bring a warm coat and a "
                         "thermos.\""),
              ElementsAre(Found{"The ferries will sail at dawn,", "Lee", "direct"},
                          Found{"the timetable", "board", "indirect"},
                          Found{"Bring a warm coat and a thermos.", "board", "direct"}));
}

// --- A mention that runs on into its own clause's verb --------------------------------------

// The display name that the phrase `phrase` (its first occurrence in `text`, whole tokens)
// resolves to as one mention, or "" when it names nobody.
std::string ResolvePhrase(std::string_view text, std::string_view phrase) {
  const ei::Document doc = ei::Analyze(text, TheLexicon());
  ei::SpeakerResolver resolver(doc, TheLexicon());
  const size_t begin = text.find(phrase);
  int speaker = -1;
  if (begin != std::string_view::npos) {
    uint32_t first = 0, last = 0;
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
      if (doc.tokens[t].begin == begin) first = t;
      if (doc.tokens[t].end == begin + phrase.size()) last = t + 1;
    }
    if (last > first) speaker = resolver.Resolve({.first = first, .last = last});
  }
  std::vector<SpeakerProfile> speakers = resolver.TakeSpeakers();
  return speaker >= 0 ? speakers[speaker].name : "";
}

TEST(VerbInMentionTest, MentionEndsBeforeItsClausesVerb) {
  EXPECT_EQ(ResolvePhrase("Tom Lee regretted his board's decision to close the pier.",
                          "Tom Lee regretted his board's"),
            "Tom Lee");
  EXPECT_EQ(ResolvePhrase("The harbor nominee quarrels with the ferry board, saying it lies.",
                          "The harbor nominee quarrels"),
            "harbor nominee");
  EXPECT_EQ(ResolvePhrase("The port ad targets Ann Ray, claiming she closed the docks.",
                          "The port ad targets Ann Ray"),
            "port ad");
  EXPECT_EQ(ResolvePhrase("The ferry company wrote a letter, accusing Lee of delays.",
                          "The ferry company wrote a"),
            "ferry company");
  EXPECT_EQ(ResolvePhrase("The ferry company mailed a letter, accusing Lee of delays.",
                          "The ferry company mailed a"),
            "ferry company");
  EXPECT_EQ(ResolvePhrase("Tom Lee sold two old barges and declared the port was done.",
                          "Tom Lee sold two old barges"),
            "Tom Lee");
  EXPECT_EQ(ResolvePhrase("The ferry company bought a barge, saying it was cheap.",
                          "The ferry company bought a"),
            "ferry company");
  // A past that is its base form too.
  EXPECT_EQ(ResolvePhrase("Tom Lee cut 200 jobs, saying demand had fallen.", "Tom Lee cut 200"),
            "Tom Lee");
  // Hard negative: "set" is as often a participle ("a fund set up in May").
  EXPECT_NE(ResolvePhrase("The Elm Fund set up a pier.", "The Elm Fund set up a"), "Elm Fund");
  EXPECT_EQ(ResolvePhrase("Ferry Fares Rise Again And Some Will Pay More.", "Some Will"), "Some");
  EXPECT_EQ(ResolvePhrase("This Harbor Board Isn't Closing The Pier.", "This Harbor Board Isn't"),
            "Harbor Board");
}

TEST(VerbInMentionTest, NamesDescriptionsAndOwnersKeepTheirWords) {
  // "Will" after a title is a first name; "briefed on" describes; a participle after a
  // document or before its noun modifies it; a named owner at the end speaks.
  EXPECT_EQ(ResolvePhrase("Harbor Chairman Will Moss said the pier was safe.",
                          "Harbor Chairman Will Moss"),
            "Will Moss");
  EXPECT_EQ(ResolvePhrase("People briefed on the talks said the ferry would run.",
                          "People briefed on the talks"),
            "People briefed on the talks");
  EXPECT_EQ(ResolvePhrase("Harbor elected officials said the pier was safe.",
                          "Harbor elected officials"),
            "Harbor elected officials");
  EXPECT_EQ(ResolvePhrase("The Harbor Board backed Ann Ray's call for a new bridge.",
                          "The Harbor Board backed Ann Ray's"),
            "Ann Ray");
  EXPECT_EQ(ResolvePhrase("The ferry caucus sites showed long lines.", "The ferry caucus sites"),
            "ferry caucus sites");
  EXPECT_EQ(ResolvePhrase("Harbor campaign communications director Ida Moss said it was late.",
                          "Harbor campaign communications director Ida Moss"),
            "Ida Moss");
}

// --- A rank adjective opening the sentence before an organization's name -------------------

// The organizations of the speaker that the phrase `phrase` of `text` resolves to.
std::vector<std::string> OrganizationsOf(std::string_view text, std::string_view phrase) {
  const ei::Document doc = ei::Analyze(text, TheLexicon());
  ei::SpeakerResolver resolver(doc, TheLexicon());
  const size_t begin = text.find(phrase);
  uint32_t first = 0, last = 0;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (doc.tokens[t].begin == begin) first = t;
    if (doc.tokens[t].end == begin + phrase.size()) last = t + 1;
  }
  const int speaker = last > first ? resolver.Resolve({.first = first, .last = last}) : -1;
  std::vector<SpeakerProfile> speakers = resolver.TakeSpeakers();
  return speaker >= 0 ? speakers[speaker].organizations : std::vector<std::string>{};
}

TEST(OpeningRankAdjectiveTest, IsNoPartOfTheOrganization) {
  EXPECT_THAT(OrganizationsOf("Top Harbor Party donor Tom Lee said the ferry would run.",
                              "Top Harbor Party donor Tom Lee"),
              ElementsAre("Harbor Party"));
}

TEST(OpeningRankAdjectiveTest, IsNoOrganizationAfterADatelineEither) {
  EXPECT_THAT(OrganizationsOf("PORTLAND (Wire) - Top donor Tom Lee said the ferry would run.",
                              "Top donor Tom Lee"),
              ::testing::IsEmpty());
}

TEST(OpeningRankAdjectiveTest, OtherOpeningWordsStay) {
  // "Acme" opening the sentence is a name, and so is a word that merely begins like a rank.
  EXPECT_THAT(OrganizationsOf("Acme Harbor Party donor Tom Lee said the ferry would run.",
                              "Acme Harbor Party donor Tom Lee"),
              ElementsAre("Acme Harbor Party"));
  EXPECT_THAT(OrganizationsOf("Keystone Harbor Party donor Tom Lee said the ferry would run.",
                              "Keystone Harbor Party donor Tom Lee"),
              ElementsAre("Keystone Harbor Party"));
}

TEST(CompanyHeadTitleTest, ProperModifierNamesTheCompany) {
  // "Tesla CEO ...": before a company head's capitalized title, a proper word names the
  // company, whether or not the lexicon knows it.
  EXPECT_THAT(OrganizationsOf("Acme CEO Ann Ray said profits rose.", "Acme CEO Ann Ray"),
              ElementsAre("Acme"));
  EXPECT_THAT(OrganizationsOf("On Monday, Elm Power Managing Director Tom Lee said costs fell.",
                              "Elm Power Managing Director Tom Lee"),
              ElementsAre("Elm Power"));
  EXPECT_THAT(OrganizationsOf("Oakport Chief Executive Officer Ann Ray said costs fell.",
                              "Oakport Chief Executive Officer Ann Ray"),
              ElementsAre("Oakport"));
}

TEST(CompanyHeadTitleTest, PlacesPeoplesAndRanksAreNoCompany) {
  // Hard negatives: a time or rank, a people's word, a place.
  EXPECT_THAT(OrganizationsOf("Interim CEO Ann Ray said profits rose.", "Interim CEO Ann Ray"),
              ::testing::IsEmpty());
  EXPECT_THAT(OrganizationsOf("Mexican President Tom Lee said talks went well.",
                              "Mexican President Tom Lee"),
              ::testing::IsEmpty());
  EXPECT_THAT(OrganizationsOf("Kenyan President Tom Lee said talks went well.",
                              "Kenyan President Tom Lee"),
              ::testing::IsEmpty());
  EXPECT_THAT(OrganizationsOf("Texas CEO Ann Ray said profits rose.", "Texas CEO Ann Ray"),
              ::testing::IsEmpty());
  // Not before other titles, where it is as often a department: "Health Minister".
  EXPECT_THAT(OrganizationsOf("On Monday, Health Minister Ann Ray said wards were full.",
                              "Health Minister Ann Ray"),
              ::testing::IsEmpty());
}

// --- The appositive's profile ----------------------------------------------------------

// The roles and organizations the extractor gives the speaker of the text's one statement.
std::pair<std::vector<std::string>, std::vector<std::string>> ProfileOfTheSpeaker(
    std::string_view text) {
  const Extraction e = ExtractOrDie(std::string(text));
  if (e.statements.size() != 1 || e.statements[0].speaker < 0) return {};
  const SpeakerProfile& p = e.speakers[e.statements[0].speaker];
  return {p.roles, p.organizations};
}

TEST(AppositiveProfileTest, RelativeClauseIsNoPartOfTheRole) {
  // "who represents the Elm Port Board" says what the lawyer does: no role, no employer.
  EXPECT_EQ(ProfileOfTheSpeaker("Tom Lee, a lawyer who represents the Elm Port Board, said "
                                "the deal was fair."),
            std::make_pair(std::vector<std::string>{"lawyer"}, std::vector<std::string>{}));
  // Hard negatives: the organization before the relative pronoun stays, and "that" after a
  // preposition is a determiner.
  EXPECT_EQ(ProfileOfTheSpeaker("Ann Ray, a spokeswoman for that agency, said the deal was "
                                "fair."),
            std::make_pair(std::vector<std::string>{"spokeswoman for that agency"},
                           std::vector<std::string>{}));
  EXPECT_EQ(ProfileOfTheSpeaker("Tom Lee, a lawyer at Elm Partners who has sued the board, "
                                "said the deal was fair."),
            std::make_pair(std::vector<std::string>{"lawyer at Elm Partners"},
                           std::vector<std::string>{"Elm Partners"}));
}

TEST(AppositiveProfileTest, PlaceAndPartyLabelIsNoOrganization) {
  // "Ohio Democrat": a party's member from a place, not a body.
  EXPECT_EQ(ProfileOfTheSpeaker("Ann Ray, an Ohio Democrat, said the deal was fair."),
            std::make_pair(std::vector<std::string>{"Ohio Democrat"},
                           std::vector<std::string>{}));
  // Hard negatives: a party's branch is one ("Ohio Harbor Party"), and so is a newspaper
  // named after a party's word ("the Elm City Independent").
  EXPECT_EQ(ProfileOfTheSpeaker("Ann Ray, an editor at the Elm City Independent, said the deal "
                                "was fair."),
            std::make_pair(std::vector<std::string>{"editor at the Elm City Independent"},
                           std::vector<std::string>{"Elm City Independent"}));
  EXPECT_EQ(ProfileOfTheSpeaker("Ann Ray, a leader of the Ohio Harbor Party, said the deal was "
                                "fair."),
            std::make_pair(std::vector<std::string>{"leader of the Ohio Harbor Party"},
                           std::vector<std::string>{"Ohio Harbor Party"}));
}

// --- "One of the pilots": a partitive before the head noun --------------------------------

TEST(PartitiveTest, OneOfAGroupKeepsItsOneAndItsComplement) {
  // "one of" is part of the description, and a complement after the head noun ("for Ann
  // Ray") says whom the speakers work for: it is not the speaker.
  EXPECT_THAT(Statements("One of the pilots said the ferries were late."),
              ElementsAre(Found{"the ferries were late", "One of the pilots", "indirect"}));
  EXPECT_THAT(Statements("One of the former lawyers for Ann Ray said the two cases differ."),
              ElementsAre(Found{"the two cases differ", "One of the former lawyers for Ann Ray",
                                "indirect"}));
  // The plural of a role names people as the role does.
  EXPECT_THAT(Statements("Pilots at Acme said the ferries were late."),
              ElementsAre(Found{"the ferries were late", "Pilots at Acme", "indirect"}));
  // Hard negatives: a determiner that is no partitive is still dropped, and a name after a
  // complement of a word that names no people is the speaker.
  EXPECT_THAT(Statements("One pilot said the ferries were late."),
              ElementsAre(Found{"the ferries were late", "pilot", "indirect"}));
  EXPECT_THAT(Statements("Chairman of the board Tom Lee said the ferries were late."),
              ElementsAre(Found{"the ferries were late", "Tom Lee", "indirect"}));
}

// --- A complement with "with"; a role and a name after a subordinator ----------------------

TEST(SubjectPhraseTest, WithAfterANounForPeopleIsItsComplement) {
  // "a person with knowledge of the talks", "officials with the ministry": the phrase after
  // "with" says what the speakers know or whom they work for.
  EXPECT_THAT(Statements("A person with knowledge of the talks said the deal was close."),
              ElementsAre(Found{"the deal was close", "person with knowledge of the talks",
                                "indirect"}));
  EXPECT_THAT(Statements("Officials with the port board said the deal was close."),
              ElementsAre(Found{"the deal was close", "Officials with the port board",
                                "indirect"}));
  // Hard negative: "with" after a verb is no complement of the subject.
  EXPECT_THAT(Statements("Tom Lee met with pilots and said the deal was close."),
              ElementsAre(Found{"the deal was close", "Tom Lee", "indirect"}));
}

TEST(SubjectPhraseTest, VerbAndObjectAfterWhoAreNoSubject) {
  // "who back Ann Ray": a verb that also reads as a noun, after "who", opens the relative
  // clause; the subject is the phrase before "who".
  EXPECT_THAT(Statements("Donors who back Ann Ray privately worry that the toll will fail."),
              ElementsAre(Found{"the toll will fail", "Donors", "indirect"}));
  EXPECT_THAT(Statements("Economists who favor tolls say the change will be slow."),
              ElementsAre(Found{"the change will be slow", "Economists", "indirect"}));
  // Hard negative: a name after "who" is the relative clause's own subject and speaker.
  EXPECT_THAT(Statements("Ann Ray named the donors who Tom Lee said gave money."),
              ElementsAre(Found{"gave money", "Tom Lee", "indirect"}));
}

TEST(SubjectPhraseTest, VerbAndObjectAfterThatAreNoSubject) {
  // "The union that represents workers": after "that" on a body's noun, a verb in -s or the
  // past and its object open the relative clause; the subject is the body.
  EXPECT_THAT(Statements("The union that represents workers at both plants said it would "
                         "seek guarantees."),
              ElementsAre(Found{"it would seek guarantees", "union", "indirect"}));
  EXPECT_THAT(Statements("The lab that tested water samples said lead levels were high."),
              ElementsAre(Found{"lead levels were high", "lab", "indirect"}));
  // Hard negative: "that" after a verb opens its clause; "doctors" is no verb.
  EXPECT_THAT(Statements("Officials said that union members said the deal was dead."),
              ElementsAre(Found{"union members said the deal was dead", "Officials",
                                "indirect"}));
}

TEST(SubjectPhraseTest, PartitiveAsideAndInGeneralArePassedOver) {
  // "Critics, most of them pilots, say": the aside is on the subject; so is "in general".
  EXPECT_THAT(Statements("Critics, most of them pilots, say the toll is unfair."),
              ElementsAre(Found{"the toll is unfair", "Critics", "indirect"}));
  EXPECT_THAT(Statements("Lobbyists in general say the rules are too strict."),
              ElementsAre(Found{"the rules are too strict", "Lobbyists", "indirect"}));
  // A group "in the" and a capitalized place is one phrase, as "in Elm City" is.
  EXPECT_THAT(Statements("His critics in the Elm Valley, many of them pilots, argue that the "
                         "toll is unfair."),
              ElementsAre(Found{"the toll is unfair", "critics in the Elm Valley",
                                "indirect"}));
  // Hard negative: the partitive as the subject itself speaks for the group.
  EXPECT_THAT(Statements("The pier will close, most of them said."),
              ElementsAre(Found{"The pier will close", "most of them", "indirect"}));
}

TEST(SubjectPhraseTest, SmallWordsAroundTheSpeaker) {
  // "those surveyed" keeps "those"; "in the past" between subject and verb is passed over;
  // "according to him" is a pronoun; "the Herald" (a cue word, capitalized) is the listener.
  EXPECT_THAT(Statements("By 58 to 33 percent, those surveyed said the toll was fair."),
              ElementsAre(Found{"the toll was fair", "those surveyed", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, who had in the past called the toll a scam, said it "
                         "was fair."),
              ElementsAre(Found{"the toll a scam", "Tom Lee", "indirect"},
                          Found{"it was fair", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee spoke on Monday. The port, according to him, fired him."),
              ElementsAre(Found{"The port", "Tom Lee", "indirect"},
                          Found{"fired him", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray told the Herald the toll was fair."),
              ElementsAre(Found{"the toll was fair", "Ann Ray", "indirect"}));
  // Hard negative: a common noun after "those" goes as other nouns do.
  EXPECT_THAT(Statements("Those pilots said the toll was fair."),
              ElementsAre(Found{"the toll was fair", "pilots", "indirect"}));
}

TEST(SubjectPhraseTest, RoleThenNameAfterASubordinator) {
  // "When the port director, Tom Lee, said ...": the role between the subordinator and the
  // name's commas describes the name, as at the sentence start.
  EXPECT_THAT(Statements("When the port director, Tom Lee, said that the staff had no"
                         " evidence, experts doubted it."),
              ElementsAre(Found{"the staff had no evidence", "Tom Lee", "indirect"}));
  // Hard negative: the clause after the subordinate one has its own subject.
  EXPECT_THAT(Statements("After the port director, Tom Lee, spoke, the board said fares"
                         " would rise."),
              ElementsAre(Found{"fares would rise", "board", "indirect"}));
}

TEST(SubjectPhraseTest, AsideWithACueNounOrWithBetweenSubjectAndVerb) {
  // ", in a rare rebuke,", ", with a laugh,": a cue word that is also a noun ("rebuke",
  // "laugh") after a determiner and a modifier is that noun, and "with" opens an aside.
  EXPECT_THAT(Statements("The board, in a rare rebuke, said Tom Lee had erred."),
              ElementsAre(Found{"Tom Lee had erred", "board", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, with a laugh, said the deal was off."),
              ElementsAre(Found{"the deal was off", "Tom Lee", "indirect"}));
  // Hard negative: the verb "rebuked" still reports.
  EXPECT_THAT(Statements("Ann Ray rebuked the board."),
              ElementsAre(Found{"the board", "Ann Ray", "indirect"}));
}

TEST(SubjectPhraseTest, NegatedAuxiliaryWithACurlyApostropheIsNoPartOfTheSubject) {
  // "couldn't" with a curly apostrophe is an auxiliary between the speaker and the cue.
  EXPECT_THAT(Statements("The former port director couldn\xE2\x80\x99t recall the exact "
                         "figure."),
              ElementsAre(Found{"the exact figure", "former port director", "indirect"}));
  // Hard negative: the straight apostrophe, as before.
  EXPECT_THAT(Statements("The former port director couldn't recall the exact figure."),
              ElementsAre(Found{"the exact figure", "former port director", "indirect"}));
}

TEST(SubjectPhraseTest, TwoGroupsJoinedByAndMayMakeALongerSubject) {
  // Each group short enough for a speaker, the two together over the length of one phrase.
  EXPECT_THAT(Statements("Many local economists and Elm City transit workers say the fare is"
                         " too high."),
              ElementsAre(Found{"the fare is too high", "local economists and Elm City transit"
                                " workers", "indirect"}));
  // Hard negative: such a pair as the object in a relative clause is not the subject.
  EXPECT_THAT(Statements("Tom Lee, who met local economists and Elm City transit workers, said"
                         " the fare is too high."),
              ElementsAre(Found{"the fare is too high", "Tom Lee", "indirect"}));
}

TEST(SubjectPhraseTest, CueWordThatIsAPluralNounBeforeAVerbOfSayingIsItsSubject) {
  // "advocates" is a noun for people and a verb of saying: before another verb of saying it
  // is that verb's subject.
  EXPECT_THAT(Statements("Consumer advocates say the fees are too high."),
              ElementsAre(Found{"the fees are too high", "Consumer advocates", "indirect"}));
  EXPECT_THAT(Statements("Safety advocates have long called on the Elm City board to act."),
              ElementsAre(Found{"the Elm City board to act", "Safety advocates", "indirect"}));
  // Hard negatives: the verb with its object, and before a participle.
  EXPECT_THAT(Statements("Ann Ray advocates a new tax on ferries."),
              ElementsAre(Found{"a new tax on ferries", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee advocates warning labels on cans."),
              ElementsAre(Found{"warning labels on cans", "Tom Lee", "indirect"}));
}

TEST(SubjectPhraseTest, PlaceAfterAGroupsOfComplementIsWhereTheGroupIs) {
  // "Residents of a 1960s apartment block in Elm Point say": "in" and a place end the
  // complement of the group's "of"; the group speaks, not the place.
  EXPECT_THAT(Statements("Residents of a 1960s apartment block in Elm Point say they are "
                         "being forced out."),
              ElementsAre(Found{"they are being forced out",
                                "Residents of a 1960s apartment block in Elm Point",
                                "indirect"}));
  EXPECT_THAT(Statements("Owners of small shops in Oakport said the rents were too high."),
              ElementsAre(Found{"the rents were too high", "Owners of small shops in Oakport",
                                "indirect"}));
  // Hard negative: such a phrase as the object in a relative clause is not the subject.
  EXPECT_THAT(Statements("Tom Lee, who met residents of the block in Elm Point, said the rent "
                         "was high."),
              ElementsAre(Found{"the rent was high", "Tom Lee", "indirect"}));
}

TEST(SubjectPhraseTest, CueWordThatIsARoleNounBeforeANameIsItsTitle) {
  // "advocate" is a role noun and a verb of saying: before a name and its verb it is the
  // name's job title, and the name speaks.
  EXPECT_THAT(Statements("Consumer advocate Tom Lee said people should not give up."),
              ElementsAre(Found{"people should not give up", "Tom Lee", "indirect"}));
  // ... also before the name's appositive.
  EXPECT_THAT(Statements("Patient advocate Ann Ray, who runs a clinic, said the wait was too "
                         "long."),
              ElementsAre(Found{"the wait was too long", "Ann Ray", "indirect"}));
  // Hard negatives: the verb with a name's possessive as its object, and the verb of a
  // relative clause on the subject.
  EXPECT_THAT(Statements("Ann Ray will advocate Elm Power's plan to the board."),
              ElementsAre(Found{"Elm Power's plan to the board", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Groups that advocate for tenants said the vote was unfair."),
              ElementsAre(Found{"the vote was unfair", "Groups", "indirect"}));
}

TEST(SubjectPhraseTest, ParticipleWithAPrepositionAfterANounForPeopleDescribesIt) {
  // "not involved in ...", "trained at ...": a reduced relative clause on the speaker; its
  // object is no speaker.
  EXPECT_THAT(Statements("Experts not involved in the research said the findings were"
                         " convincing."),
              ElementsAre(Found{"the findings were convincing", "Experts", "indirect"}));
  EXPECT_THAT(Statements("Doctors trained at the Elm City clinic said the ward was full."),
              ElementsAre(Found{"the ward was full", "Doctors", "indirect"}));
  // Also a passive one with a means after "by" ("reached by telephone"), no speaker.
  EXPECT_THAT(Statements("A teacher reached by telephone said five huts had burned."),
              ElementsAre(Found{"five huts had burned", "teacher", "indirect"}));
  EXPECT_THAT(Statements("Officials contacted by phone said the road was shut."),
              ElementsAre(Found{"the road was shut", "Officials", "indirect"}));
  // Hard negatives: a relative clause's verb ("moved to") leaves its "who" to find the
  // subject; a participle's subject is the noun before it, not the clause's ("vented about
  // Tom Lee vowing"); a cue word after "of" ends no such phrase ("votes needed for a majority
  // by way of promised votes": "they" is still the aides).
  EXPECT_THAT(Statements("The man who moved to Elm City said the port was busy."),
              ElementsAre(Found{"the port was busy", "man", "indirect"}));
  EXPECT_THAT(Statements("Some senators vented about Tom Lee vowing to fight on."),
              ElementsAre(Found{"to fight on", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Her aides say no rival can win the 500 votes needed for a majority by"
                         " way of promised votes alone, and they add that the board would"
                         " then choose."),
              ElementsAre(Found{"no rival can win the 500 votes needed for a majority by way"
                                " of promised votes alone", "aides", "indirect"},
                          Found{"the board would then choose", "aides", "indirect"}));
}

TEST(SubjectPhraseTest, DocumentCommissionedByABodySpeaksItself) {
  // Who commissioned, sponsored or ordered a report did not write it: the document speaks.
  EXPECT_THAT(Statements("A report commissioned by the alliance last year concluded that fish"
                         " numbers had halved."),
              ElementsAre(Found{"fish numbers had halved", "report", "indirect"}));
  EXPECT_THAT(Statements("A survey sponsored by the Harbor Trust found that fares rose."),
              ElementsAre(Found{"fares rose", "survey", "indirect"}));
  // Hard negative: its author, after "published by" or "released by", speaks.
  EXPECT_THAT(Statements("A poll released last week by Elm State University found that most"
                         " voters backed the plan."),
              ElementsAre(Found{"most voters backed the plan", "Elm State University",
                                "indirect"}));
}

TEST(SubjectPhraseTest, DocumentWithItsAuthorBetweenCommasBeforeTheVerb) {
  // "The report, by the Elm Board, found that ...": the author after "by" between commas
  // speaks, as in "The report by the Elm Board found"; also after a participle.
  EXPECT_THAT(Statements("The report, by the Elm Assessment Board, found that one in four"
                         " pupils could not read."),
              ElementsAre(Found{"one in four pupils could not read", "Elm Assessment Board",
                                "indirect"}));
  EXPECT_THAT(Statements("The annual survey, published by Harbor Institute, has said that"
                         " fares rose."),
              ElementsAre(Found{"fares rose", "Harbor Institute", "indirect"}));
  // Hard negatives: another aside leaves the document the speaker, and so does "by" before
  // no named author.
  EXPECT_THAT(Statements("The survey, of 2,000 adults, found that most backed the plan."),
              ElementsAre(Found{"most backed the plan", "survey", "indirect"}));
  EXPECT_THAT(Statements("The survey, conducted by phone, found that fares rose."),
              ElementsAre(Found{"fares rose", "survey", "indirect"}));
  // Nor does a participle that is no authorship: whoever obtained or saw the document does
  // not speak for it.
  EXPECT_THAT(Statements("The audit, obtained by the Harbor Gazette, says fares rose."),
              ElementsAre(Found{"fares rose", "audit", "indirect"}));
}

TEST(SubjectPhraseTest, PostposedDocumentWithItsAuthorAfterByAttributesTheClause) {
  // "CLAUSE, a report by X said": the document phrase after the comma is the subject, its
  // named author the speaker, as in "A study by X found that ...".
  EXPECT_THAT(Statements("Glaciers in the range lost ice faster than ever, a report by the Elm"
                         " Monitoring Network said on Monday."),
              ElementsAre(Found{"Glaciers in the range lost ice faster than ever",
                                "Elm Monitoring Network", "indirect"}));
  EXPECT_THAT(Statements("Sales fell 4 percent, a study by Harbor Institute found."),
              ElementsAre(Found{"Sales fell 4 percent", "Harbor Institute", "indirect"}));
  EXPECT_THAT(Statements("Sales fell, a study commissioned by Acme found."),
              ElementsAre(Found{"Sales fell", "study", "indirect"}));
  // Hard negatives: a document inside a time phrase after the comma reports nothing of the
  // clause before it; the reader of a report speaks for herself.
  EXPECT_THAT(Statements("The pier closed in May, weeks after a study by the Elm Institute"
                         " found cracks."),
              ElementsAre());
  EXPECT_THAT(Statements("Ann Ray read a report by the council and said the pier would close."),
              ElementsAre(Found{"the pier would close", "Ann Ray", "indirect"}));
}

TEST(SubjectPhraseTest, ArticleAndNounBeforeAPluralGroupOpenARelativeClause) {
  // ", a move safety advocates said was ...": "a move" is the object of a relative clause
  // without its pronoun; the plural noun for people after it speaks.
  EXPECT_THAT(Statements("Regulators proposed new limits, a move safety advocates said was long"
                         " overdue."),
              ElementsAre(Found{"new limits", "Regulators", "indirect"},
                          Found{"was long overdue", "safety advocates", "indirect"}));
  EXPECT_THAT(Statements("Fares rose to $3, a figure most economists say is too low."),
              ElementsAre(Found{"is too low", "economists", "indirect"}));
  // Hard negatives: a quantifier or a complement makes one phrase with the plural.
  EXPECT_THAT(Statements("A dozen pilots said the runway was short."),
              ElementsAre(Found{"the runway was short", "dozen pilots", "indirect"}));
  EXPECT_THAT(Statements("A survey of pilots found the runway was short."),
              ElementsAre(Found{"the runway was short", "survey of pilots", "indirect"}));
}

TEST(SubjectPhraseTest, DescriptionRoleTitlesAndNameMayMakeALongerSubject) {
  // A body's name or a description up to a lower-case role word, then honorifics and the
  // name: longer than a subject without a complement, before the verb and after it.
  EXPECT_THAT(Statements("Elm Valley Rail Users Association president Tan Sri Tom Lee said the"
                         " line would close."),
              ElementsAre(Found{"the line would close", "Tan Sri Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Fares will rise, said former deputy harbour affairs minister Datuk Dr"
                         " Ann Ray."),
              ElementsAre(Found{"Fares will rise", "Ann Ray", "indirect"}));
  // In Title Case throughout, the role and honorifics are read by their word classes.
  EXPECT_THAT(Statements("Elm Valley Ports Deputy Minister Datuk Seri Ann Marie Ray said the"
                         " berths would open."),
              ElementsAre(Found{"the berths would open", "Ann Marie Ray", "indirect"}));
  EXPECT_THAT(Statements("Fares will rise, said Elm Valley Ports Deputy Minister Datuk Hajah"
                         " Ann Ray."),
              ElementsAre(Found{"Fares will rise", "Ann Ray", "indirect"}));
  // A portfolio's words joined by "and" before a minister's or a secretary's title.
  EXPECT_THAT(Statements("Fares will rise, Ports and Inland Waterways Minister Datuk Seri Ann "
                         "Ray told Parliament."),
              ElementsAre(Found{"Fares will rise", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Harbour and Social Care Secretary Tom Lee said the berths would open."),
              ElementsAre(Found{"the berths would open", "Tom Lee", "indirect"}));
  // Hard negatives: a description of more than seven words before the role, or no name
  // after it, is no subject; "and" before "Speaker" or "Sen." joins two people.
  EXPECT_THAT(Statements("Tom Lee and House Speaker Ann Ray said the berths would open."),
              ElementsAre(Found{"the berths would open", "Tom Lee and House Speaker Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("Fares will rise, said the big new harbour ferry boat pilots union"
                         " chairman Tom Lee."),
              ElementsAre());
  EXPECT_THAT(Statements("The pier is safe, said workers who had walked across it on Monday."),
              ElementsAre(Found{"The pier is safe", "workers", "indirect"}));
}

TEST(SubjectPhraseTest, NameBeforeAnIndefiniteAppositiveIsTheAntecedentOfWho) {
  // "Ann Ray, a nurse in Leeds, who said": the appositive, even one ending in a place after
  // its preposition, describes the name before it, which speaks.
  EXPECT_THAT(Statements("The letter was drafted by Dr Ann Ray, a nurse in Elmford, who said"
                         " she was surprised."),
              ElementsAre(Found{"she was surprised", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The fund was set up by Tom Lee, an engineer, who said the bridge"
                         " was unsafe."),
              ElementsAre(Found{"the bridge was unsafe", "Tom Lee", "indirect"}));
  // Hard negative: without an appositive the names before "who" speak together.
  EXPECT_THAT(Statements("The plan was drafted by Tom Lee and Ann Ray, who said fares rose."),
              ElementsAre(Found{"fares rose", "Tom Lee and Ann Ray", "indirect"}));
}

TEST(SubjectPhraseTest, ConjunctionOpeningTheSentenceBeforeARoleAndATitledName) {
  // "But the president of ..., Chief Tom Lee, said": the conjunction is no part of the
  // role, and the titled name after it speaks, as without the conjunction.
  EXPECT_THAT(Statements("But the national president of the Elm Traders Union, Chief Tom Lee,"
                         " said members were paying more."),
              ElementsAre(Found{"members were paying more", "Tom Lee", "indirect"}));
  // Hard negative: a name and its appositive after the conjunction keep the name.
  EXPECT_THAT(Statements("But Ann Ray, a pilot from Elmford, said fares rose."),
              ElementsAre(Found{"fares rose", "Ann Ray", "indirect"}));
}

TEST(SubjectPhraseTest, LoneOpeningParticipleBeforeARoleAndItsNameIsNoSpeaker) {
  // "Reacting, the commissioner, Ann Ray, said": the participle opens the sentence as an
  // adverb would; the name after the role speaks.
  EXPECT_THAT(Statements("Reacting, the Commissioner for Works, Prof. Ann Ray, said the claims"
                         " were being checked."),
              ElementsAre(Found{"the claims were being checked", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Responding, the harbour master, Tom Lee, said the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Tom Lee", "indirect"}));
  // Hard negative: a word in -ing that the text capitalizes again is a name, not an opener.
  EXPECT_THAT(Statements("Tom Manning coached the team. Manning, the coach, said the team"
                         " would win."),
              ElementsAre(Found{"the team would win", "Tom Manning", "indirect"}));
}

TEST(SubjectPhraseTest, DescriptionWithACapitalizedRoleOrACueWordAsItsNoun) {
  // "The Police Commissioner in the state, Tom Lee, said", "The spokesman in the state, ...":
  // a description before the name, whose role is capitalized or whose place is a word that
  // is also a cue ("state"); the name speaks.
  EXPECT_THAT(Statements("The Police Commissioner in the state, Tom Lee, said the inquiry had "
                         "begun."),
              ElementsAre(Found{"the inquiry had begun", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The spokesman in the state, Ann Ray, said the inquiry had begun."),
              ElementsAre(Found{"the inquiry had begun", "Ann Ray", "indirect"}));
  // Hard negative: an opening phrase of place with no role is no description.
  EXPECT_THAT(Statements("In the state, Ann Ray said the inquiry had begun."),
              ElementsAre(Found{"the inquiry had begun", "Ann Ray", "indirect"}));
}

TEST(SubjectPhraseTest, ClergyAndRankAbbreviationsAreTitles) {
  // "Fr. Tom Lee", "Msgr. Tom Lee", "Pte. Tom Lee": the abbreviation's period ends no
  // sentence, and the title is no part of the name.
  EXPECT_THAT(Statements("Fares rose, said Fr. Ben Hart."),
              ElementsAre(Found{"Fares rose", "Ben Hart", "indirect"}));
  EXPECT_THAT(Statements("The vicar, Msgr. Tom Lee, said the roof leaked."),
              ElementsAre(Found{"the roof leaked", "Tom Lee", "indirect"}));
  // Hard negative: a name without a title stays as it was.
  EXPECT_THAT(Statements("The vicar, Tom Lee, said the roof leaked."),
              ElementsAre(Found{"the roof leaked", "Tom Lee", "indirect"}));
}

TEST(SubjectPhraseTest, NameSetOffAfterARoleIsNoSubjectOfTheDescriptionAfterIt) {
  // "..., signed by the spokesman, Ben Hart, the mayor said": the name is the role's
  // appositive inside the opening phrase; the description after it is the subject.
  EXPECT_THAT(Statements("In a letter signed by the spokesman, Ben Hart, the mayor said the"
                         " pier was safe."),
              ElementsAre(Found{"the pier was safe", "mayor", "indirect"}));
  EXPECT_THAT(Statements("The Bishop of Elm, Most Rev. Tom Lee, urged calm. In a letter signed"
                         " by the Director of Communications, Rev. Fr. Ben Hart, the bishop said"
                         " the attackers would fail."),
              ElementsAre(Found{"calm", "Tom Lee", "indirect"},
                          Found{"the attackers would fail", "Tom Lee", "indirect"}));
  // Hard negative: after a time phrase the name and its unclosed description speak.
  EXPECT_THAT(Statements("On Monday, Ann Ray, a backer of the levy told reporters the toll was"
                         " fair."),
              ElementsAre(Found{"the toll was fair", "Ann Ray", "indirect"}));
}

TEST(PronounSubjectTest, NameBeforeAFormOfBeIsThePronounsSubjectInItsSentence) {
  // "Tom Lee is facing criticism after he said": a person's name before "is"/"was" is the
  // subject a later pronoun of the same sentence refers to.
  EXPECT_THAT(Statements("Tom Lee is facing criticism after he said the pier was shut."),
              ElementsAre(Found{"the pier was shut", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray was praised after she said the ferry would run."),
              ElementsAre(Found{"the ferry would run", "Ann Ray", "indirect"}));
  // Hard negatives: a name inside the quotation the pronoun attributes, or a place, is no
  // subject; the person met before speaks.
  EXPECT_THAT(Statements("Ben Hart spoke first. \"Tom Lee is a fine mayor,\" he said."),
              ElementsAre(Found{"Tom Lee is a fine mayor,", "Ben Hart", "direct"}));
  EXPECT_THAT(Statements("Ben Hart spoke first. North Elmland is growing fast, he said."),
              ElementsAre(Found{"North Elmland is growing fast", "Ben Hart", "indirect"}));
}

TEST(SubjectPhraseTest, TitledNameWithASurnamesParticleClosesTheDescriptionsCommas) {
  // "Her co-author, Professor Tom van Wyk, argued": the titled name between commas speaks,
  // its surname's particles included, as "Professor Tom Lee" would.
  EXPECT_THAT(Statements("Her co-author, Professor Tom van Wyk, argued that the rings were old."),
              ElementsAre(Found{"the rings were old", "Tom van Wyk", "indirect"}));
  EXPECT_THAT(Statements("Her co-author, Professor Tom van der Wyk, said the pier was shut."),
              ElementsAre(Found{"the pier was shut", "Tom van der Wyk", "indirect"}));
  // Hard negative: a name inside the description's complement does not speak.
  EXPECT_THAT(Statements("The mayor, a friend of Professor Tom van Wyk, said the pier was shut."),
              ElementsAre(Found{"the pier was shut", "mayor", "indirect"}));
}

TEST(SubjectPhraseTest, WordInIngBeforeARoleWordIsPartOfTheRole) {
  // "chief operating officer Ann Ray", "acting managing editor Tom Lee": a word in -ing
  // before a role word is no participle opening a phrase on the noun before it.
  EXPECT_THAT(Statements("Elm Transit's chief operating officer Ann Ray said the line was"
                         " shut."),
              ElementsAre(Found{"the line was shut", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("\"The line was shut,\" Elm Transit's chief operating officer Ann Ray"
                         " said."),
              ElementsAre(Found{"The line was shut,", "Ann Ray", "direct"}));
  // Hard negative: a participle before its object still opens a phrase on the noun.
  EXPECT_THAT(Statements("A lawyer representing Elm Transit said the line was shut."),
              ElementsAre(Found{"the line was shut", "lawyer", "indirect"}));
}

TEST(SubjectPhraseTest, FamilyAfterAPossessiveNameSpeaks) {
  // "Ann Ray's family said": the family is a group that speaks, as "relatives" is.
  EXPECT_THAT(Statements("Tributes poured in for Tom Alleyne. Alleyne's family said a service"
                         " would be held on Saturday."),
              ElementsAre(Found{"a service would be held on Saturday", "Alleyne's family",
                                "indirect"}));
  // Hard negative: "family" modifying another noun leaves that noun the head.
  EXPECT_THAT(Statements("A family friend said the service would be small."),
              ElementsAre(Found{"the service would be small", "family friend", "indirect"}));
}

TEST(PronounSubjectTest, MilitaryAndPoliceRanksBeforeANameAreTitles) {
  // "Retired Rear Admiral Obi Nnaji", "Lieutenant Colonel Obi Nnaji": ranks are titles, so
  // the name after them opens the sentence a later pronoun refers to.
  EXPECT_THAT(Statements("Retired Rear Admiral Obi Nnaji spoke at the launch of his memoir on"
                         " Friday.\n\n\"My crew did better than I hoped,\" he said."),
              ElementsAre(Found{"My crew did better than I hoped,", "Obi Nnaji", "direct"}));
  EXPECT_THAT(Statements("Lieutenant Colonel Obi Nnaji toured the base. \"The fence is too"
                         " low,\" he said."),
              ElementsAre(Found{"The fence is too low,", "Obi Nnaji", "direct"}));
  // Hard negative: "retired" before a plural noun for people stays in the group's phrase.
  EXPECT_THAT(Statements("Retired teachers said the plan was bad."),
              ElementsAre(Found{"the plan was bad", "Retired teachers", "indirect"}));
}

TEST(PronounSubjectTest, PronounAfterAQuotationOverSeveralParagraphsLooksBeforeIt) {
  // `"A. [paragraph] "B," he said.`: each paragraph of the quotation opens with a mark and
  // all but the last are left open; the pronoun's sentence before is the one before the
  // quotation's first paragraph.
  EXPECT_THAT(Statements("Obi Nnaji spoke at the launch of his memoir on Friday.\n\n\"We had"
                         " one boat. It leaked.\n\n\"The men held on. We found them all.\n\n"
                         "\"My crew did better than I hoped,\" he said."),
              Contains(Found{"My crew did better than I hoped,", "Obi Nnaji", "direct"}));
  // Hard negative: a quotation closed in its own paragraph leaves the sentence before the
  // pronoun's quotation as it was (here the quotation before, which names nobody).
  EXPECT_THAT(Statements("Obi Nnaji spoke at the launch of his memoir on Friday.\n\n\"We had"
                         " one boat. It leaked.\"\n\n\"The men held on. We found them all.\"\n\n"
                         "\"My crew did better than I hoped,\" he said."),
              Contains(Found{"My crew did better than I hoped,", "", "direct"}));
}

TEST(InheritedQuoteTest, ParagraphLeftOpenTakesTheSpeakerThatClosesTheQuotation) {
  // `"A. [paragraph] "B," Ann Ray said.`: the first paragraph, left open, is part of the
  // quotation whose closing attribution names its speaker.
  EXPECT_THAT(Statements("The inquiry heard from pilots on Monday.\n\n\"We had one boat. It"
                         " leaked.\n\n\"My crew did better than I hoped,\" Ann Ray said."),
              ElementsAre(Found{"We had one boat. It leaked.", "Ann Ray", "direct"},
                          Found{"My crew did better than I hoped,", "Ann Ray", "direct"}));
  // Hard negative: a block quote that a paragraph with an attribution of its own introduces
  // keeps that paragraph's speaker.
  EXPECT_THAT(Statements("The Elm Gazette reported that the pier would close.\n\n\"We had"
                         " one boat. It leaked.\n\n\"My crew did better than I hoped,\" Ann Ray"
                         " said."),
              ElementsAre(Found{"the pier would close", "Elm Gazette", "indirect"},
                          Found{"We had one boat. It leaked.", "Elm Gazette", "direct"},
                          Found{"My crew did better than I hoped,", "Ann Ray", "direct"}));
}

TEST(RoleReferenceTest, TraditionalRulersAreRolesTheirTitlesReferTo) {
  // "the emir said" after "The Emir of Elm, Alhaji Tom Lee, has urged ...": the emir is the
  // person who holds that role.
  EXPECT_THAT(Statements("The Emir of Elm, Alhaji Tom Lee, has urged youths to stay calm."
                         " \"Nobody gains from a riot,\" the emir said."),
              ElementsAre(Found{"youths to stay calm", "Tom Lee", "indirect"},
                          Found{"Nobody gains from a riot,", "Tom Lee", "direct"}));
  // Hard negative: with nobody named in that role, the role itself speaks.
  EXPECT_THAT(Statements("\"Nobody gains from a riot,\" the emir said."),
              ElementsAre(Found{"Nobody gains from a riot,", "emir", "direct"}));
}

TEST(PronounSubjectTest, LiveBlogTimeStampIsNoPartOfTheOpeningSubject) {
  // "9:42 p.m. - Mayor Ann Ray has conceded.": the time stamp and its dash open the entry;
  // the person after them is the one a later pronoun refers to.
  EXPECT_THAT(Statements("9:42 p.m. \xE2\x80\x94 Incumbent mayor Ann Ray has conceded. In a short"
                         " speech, she said she had called her rival."),
              ElementsAre(Found{"she had called her rival", "Ann Ray", "indirect"}));
  // Hard negative: a number opening a sentence without a dash after it names nobody.
  EXPECT_THAT(Statements("42 voters in Elm City met Ann Ray. In a short speech, she said"
                         " she had won."),
              ElementsAre(Found{"she had won", "", "indirect"}));
}

TEST(InvertedSpeakerTest, ObjectWithNoWordForASpeakerIsNoInvertedSpeaker) {
  // ", confirmed the closure": a lower-case phrase with no word for a person, a body or a
  // document after a verb of saying is its object, not a speaker inverted after a clause
  // (after "The Relations Officer in the state, Tom Lee, confirmed the closure, adding
  // ..." the closure spoke the officer's words).
  EXPECT_THAT(Statements("The ferry was late, confirmed the closure."), ElementsAre());
  // Hard negatives: a noun for a body or for people after the inverted verb speaks.
  EXPECT_THAT(Statements("The pier is closed, said the company."),
              ElementsAre(Found{"The pier is closed", "company", "indirect"}));
  EXPECT_THAT(Statements("The pier is closed, said two people."),
              ElementsAre(Found{"The pier is closed", "two people", "indirect"}));
}

TEST(RomanOneTest, CapitalIEndingANameIsNoPronoun) {
  // "Ward I,": the numeral ends the ward's name, and the appositive after it still reaches
  // the name it describes.
  EXPECT_THAT(Statements("The member for Elm Ward I, Hon. Ada Cole, said the roads had flooded."),
              ElementsAre(Found{"the roads had flooded", "Ada Cole", "indirect"}));
  EXPECT_THAT(extract_test::SpeakerNames(
                  ExtractOrDie("Harbor Fund I, a fund for the ferry, said it would sue.")),
              ElementsAre("Harbor Fund I"));
}

TEST(OpeningPrepositionTest, AbsentAndBarringOpenAnAdverbialNotAName) {
  // "Absent a deal, ...": the capitalized preposition opens an adverbial; the clause's
  // subject comes after it, however the verbs before the cue are joined.
  EXPECT_THAT(Statements("Absent a clear reply from the mayor, angry riders may wait and"
                         " conclude that the toll failed."),
              ElementsAre(Found{"the toll failed", "angry riders", "indirect"}));
  EXPECT_THAT(Statements("Barring a late deal, union leaders may meet and conclude that the"
                         " strike must go on."),
              ElementsAre(Found{"the strike must go on", "union leaders", "indirect"}));
}

TEST(SharedRoleTest, CoAnchorBeforeANameTakesTheShowBeforeIt) {
  // "Elm Morning co-anchor Ann Ray": a shared role is a role, and the capitalized words
  // before it name the body, as before "anchor".
  const Extraction e =
      ExtractOrDie("\"It was the first time,\" Elm Morning co-anchor Ann Ray said.");
  const SpeakerProfile* ray = extract_test::FindSpeaker(e, "Ann Ray");
  ASSERT_NE(ray, nullptr);
  EXPECT_THAT(ray->organizations, ElementsAre("Elm Morning"));
}

TEST(InheritedQuoteTest, RelativeClauseOnTheSpeakerLendsNoSpeaker) {
  // `"A," said Tom Lee, whose group warned that B. "C"`: the relative clause describes
  // Lee; the quotation after it is still his.
  EXPECT_THAT(Statements("\"The race is different now,\" said Tom Lee, whose group warned "
                         "that fares would rise. \"A general election is not a primary.\""),
              ElementsAre(Found{"The race is different now,", "Tom Lee", "direct"},
                          Found{"fares would rise", "group", "indirect"},
                          Found{"A general election is not a primary.", "Tom Lee", "direct"}));
}

TEST(PronounSubjectTest, SubjectOfAPassiveBeforeAnInfinitiveActs) {
  // "X is expected to give evidence", "X was surprised to get a call": the subject does what
  // the infinitive says, so the next sentence's pronoun is X, not an earlier speaker.
  EXPECT_THAT(Statements("The engineer, Tom Lee, said the levee would fail.\n\nEd Moss is "
                         "expected to give evidence on Wednesday. In a written submission, he "
                         "said the council had sought funding."),
              ElementsAre(Found{"the levee would fail", "Tom Lee", "indirect"},
                          Found{"to give evidence on Wednesday", "", "indirect"},
                          Found{"the council had sought funding", "Ed Moss", "indirect"}));
  // Hard negative: a plain passive's subject is the topic, not the next speaker.
  EXPECT_THAT(Statements("The engineer, Tom Lee, said the levee would fail.\n\nEd Moss was "
                         "fired on Wednesday. In a written submission, he said the council had "
                         "sought funding."),
              ElementsAre(Found{"the levee would fail", "Tom Lee", "indirect"},
                          Found{"the council had sought funding", "Tom Lee", "indirect"}));
}

TEST(PronounSubjectTest, WritersQuestionIsPassedOverForThePersonBeforeIt) {
  // A profile's "Tom Moss, 61, retired in 2022. Does he miss it? "Every day," he says.":
  // the question asks about the person the sentence before it opens with.
  EXPECT_THAT(Statements("Editor Sam Ray recalls the first draft.\n\nTom Moss, 61, retired in "
                         "2022. Does he miss it? \"Every day,\" he says."),
              ElementsAre(Found{"the first draft", "Sam Ray", "indirect"},
                          Found{"Every day,", "Tom Moss", "direct"}));
}

TEST(PronounSubjectTest, ColleagueDescribedByThreeWordsAndATitleOpensTheSentence) {
  // "Her party colleague Cllr Ben Nolan disagreed. He said ...": a possessive and two words
  // describing him, then a title and the name; he is the pronoun's subject, and so the one
  // the shared surname means afterwards.
  EXPECT_THAT(Statements("Engineer Tom Lee said the route was costly. Cllr Ann Nolan said it "
                         "was good.\n\nHer party colleague Cllr Ben Nolan disagreed. He said "
                         "the farmers had been ignored. \"It was a shambles,\" said Cllr Nolan."),
              ElementsAre(Found{"the route was costly", "Tom Lee", "indirect"},
                          Found{"it was good", "Ann Nolan", "indirect"},
                          Found{"the farmers had been ignored", "Ben Nolan", "indirect"},
                          Found{"It was a shambles,", "Ben Nolan", "direct"}));
  EXPECT_THAT(Statements("Engineer Tom Lee said the route was costly. Her colleague Cllr Ben "
                         "Nolan disagreed. He said the farmers had been ignored."),
              ElementsAre(Found{"the route was costly", "Tom Lee", "indirect"},
                          Found{"the farmers had been ignored", "Ben Nolan", "indirect"}));
  // Hard negative: "she" does not take him.
  EXPECT_THAT(Statements("Engineer Tom Lee said the route was costly. Cllr Ann Nolan said it "
                         "was good.\n\nHer party colleague Cllr Ben Nolan disagreed. She said "
                         "the farmers had been ignored."),
              ElementsAre(Found{"the route was costly", "Tom Lee", "indirect"},
                          Found{"it was good", "Ann Nolan", "indirect"},
                          Found{"the farmers had been ignored", "Ann Nolan", "indirect"}));
}

TEST(PronounSubjectTest, WithNobodyMetWhoFitsThePersonTheArticleOpensWith) {
  // An obituary: "Tom Lee, who has died aged 88, built boats. [...] A pupil, Ann Ray, said
  // ... Asked why, he said ...": nobody met is a "he", and no subject of the two sentences
  // before; the person the lead names as its subject is the one the article is about.
  EXPECT_THAT(Statements("Obituary: Tom Lee, Elm boatbuilder\n\nTom Lee, who has died aged "
                         "88, built boats at Elm.\n\nIn the 1980s he began running courses. "
                         "One former pupil, Ann Ray, said he had been patient.\n\nAsked once "
                         "why he kept going, he said the boats were a history book."),
              Contains(Found{"the boats were a history book", "Tom Lee", "indirect"}));
  // Hard negative: a lead whose subject is of the other sex.
  EXPECT_THAT(Statements("Obituary: Ida Lee, Elm boatbuilder\n\nIda Lee, who has died aged "
                         "88, built boats at Elm.\n\nIn the 1980s she began running courses. "
                         "One former pupil, Ann Ray, said she had been patient.\n\nAsked once "
                         "why he kept going, he said the boats were a history book."),
              Contains(Found{"the boats were a history book", "", "indirect"}));
}

TEST(EpithetTest, FormerOfficeWithItsComplementIsThePersonJustMet) {
  // "... he told the crowd. The former governor of Elm State also accused ...": a former
  // office and its complement, held by nobody the article names, describe the person met
  // in the sentence before (a campaign story's variation on the candidate's name).
  EXPECT_THAT(Statements("Tom Lee said he would build power stations.\n\n\"Our traders are "
                         "spending more on diesel,\" he told the crowd at Elm Square.\n\nThe "
                         "former governor of Elm State also said his running mate would be "
                         "named soon."),
              ElementsAre(Found{"he would build power stations", "Tom Lee", "indirect"},
                          Found{"Our traders are spending more on diesel,", "Tom Lee", "direct"},
                          Found{"his running mate would be named soon", "Tom Lee",
                                "indirect"}));
  // Hard negative: another person named in between may be the one meant.
  EXPECT_THAT(Statements("Tom Lee said he would build power stations. He brought his brother, "
                         "Ben Lee, to the rally. The former governor of Elm State said the "
                         "plan was sound."),
              Contains(Found{"the plan was sound", "former governor of Elm State",
                             "indirect"}));
}

TEST(PronounSubjectTest, GivenNamesOfOneSexInTheLexicon) {
  // "Grace", "Siobhan", "Rohan": a known given name tells which speakers "he" can mean.
  EXPECT_THAT(Statements("Tom Lee said the port would close. Grace Ray said the ferry would run."
                         " \"It will not,\" he said."),
              ElementsAre(Found{"the port would close", "Tom Lee", "indirect"},
                          Found{"the ferry would run", "Grace Ray", "indirect"},
                          Found{"It will not,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Siobhan Ray said the port would close. Rohan Lee said the ferry would"
                         " run. \"It will not,\" she said."),
              ElementsAre(Found{"the port would close", "Siobhan Ray", "indirect"},
                          Found{"the ferry would run", "Rohan Lee", "indirect"},
                          Found{"It will not,", "Siobhan Ray", "direct"}));
  // (Scottish, Welsh, Maori, Pacific, West and East African, Indian and Eastern European
  // names too: "Brendan", "Aroha".)
  EXPECT_THAT(Statements("Aroha Lee won the race. Her coach, Brendan Cho, said the track was "
                         "wet. \"It was awful,\" she said."),
              ElementsAre(Found{"the track was wet", "Brendan Cho", "indirect"},
                          Found{"It was awful,", "Aroha Lee", "direct"}));
  // (Irish names with the accent, "Seán", "Siobhán", as well as without.)
  EXPECT_THAT(Statements("Siobh\u00e1n Ray said the port would close. Se\u00e1n Lee said the "
                         "ferry would run. \"It will not,\" she said."),
              ElementsAre(Found{"the port would close", "Siobh\u00e1n Ray", "indirect"},
                          Found{"the ferry would run", "Se\u00e1n Lee", "indirect"},
                          Found{"It will not,", "Siobh\u00e1n Ray", "direct"}));
}

TEST(PronounSubjectTest, SurnameOfAPersonWhoSpokeWithAnUnknownGivenName) {
  // "Tāvake Lomu said ... Lomu is a former teacher. The 52-year-old said": a surname opening
  // the sentence before is the person who spoke under the full name, though the lexicon
  // does not know the given name.
  EXPECT_THAT(Statements("T\u0101vake Lomu said the party could win. Commentator Ann Ray said "
                         "the gap was large.\n\nLomu is a former teacher. The 52-year-old said "
                         "it was late."),
              ElementsAre(Found{"the party could win", "T\u0101vake Lomu", "indirect"},
                          Found{"the gap was large", "Ann Ray", "indirect"},
                          Found{"it was late", "T\u0101vake Lomu", "indirect"}));
  // Hard negative: the full name never spoke (a hall), so the surname names nobody.
  EXPECT_THAT(Statements("Crews cleared Tavake Hall on Monday. Commentator Ann Ray said the gap "
                         "was large.\n\nHall is a former school. The 52-year-old said it was "
                         "late."),
              ElementsAre(Found{"the gap was large", "Ann Ray", "indirect"},
                          Found{"it was late", "Ann Ray", "indirect"}));
}

TEST(PronounSubjectTest, DescriptionBeforeAlsoGoesOnWithTheNamedSpeaker) {
  // "Femi Ade said A. The former governor of Elm State also said B": a description that
  // adds a fact about the person just named, before "also" and the cue.
  EXPECT_THAT(Statements("Femi Ade said his government would build power stations. The former "
                         "governor of Elm State also said his running mate would be named soon."),
              ElementsAre(Found{"his government would build power stations", "Femi Ade",
                                "indirect"},
                          Found{"his running mate would be named soon", "Femi Ade",
                                "indirect"}));
  // Hard negative: without "also" the description is its own speaker.
  EXPECT_THAT(Statements("Femi Ade said the plan was sound. The party chairman said the vote "
                         "was fair."),
              ElementsAre(Found{"the plan was sound", "Femi Ade", "indirect"},
                          Found{"the vote was fair", "party chairman", "indirect"}));
}

TEST(SubjectPhraseTest, DocumentByItsAuthorWithoutAnArticle) {
  // "A poll by Elm Research suggested ...": a document's author after "by" belongs to the
  // subject without "the" before the name too (as "a study by the Elm Institute" did).
  EXPECT_THAT(Statements("A poll by Elm Research published on Monday suggested Tom Lee held a "
                         "lead."),
              ElementsAre(Found{"Tom Lee held a lead", "Elm Research", "indirect"}));
}

TEST(SubjectPhraseTest, WhoseClauseBeforeTheCueDescribesTheSubject) {
  // "Residents whose homes were flooded said ...": as after "who", the words before the cue
  // end a relative clause on the subject; the clause's own noun does not speak.
  EXPECT_THAT(Statements("Residents whose homes were flooded said the council ignored warnings."),
              ElementsAre(Found{"the council ignored warnings", "Residents", "indirect"}));
  EXPECT_THAT(Statements("Farmers whose crops failed say the rain came too late."),
              ElementsAre(Found{"the rain came too late", "Farmers", "indirect"}));
}

TEST(SubjectPhraseTest, PlaceAfterASingleRoleIsNoSpeaker) {
  // "An official in the region said": where the official is; the region does not speak.
  EXPECT_THAT(Statements("An official in the region said convoys had been blocked."),
              ElementsAre(Found{"convoys had been blocked", "official in the region",
                                "indirect"}));
  // Hard negative: a group's place stays in its phrase.
  EXPECT_THAT(Statements("Officials in the region said convoys had been blocked."),
              ElementsAre(Found{"convoys had been blocked", "Officials in the region",
                                "indirect"}));
}

TEST(SubjectPhraseTest, SurnameAloneIsTheNamesakeNamedSince) {
  // "Ann Nolan said A. ... Tom Nolan disagreed. "B," said Nolan": a namesake named in full
  // since, who has not spoken, is the one the bare surname now means.
  EXPECT_THAT(Statements("Cllr Ann Nolan said the route was good. Engineer Ray Keogh said it "
                         "was costly.\n\nCllr Tom Nolan disagreed. \"I have never seen a worse "
                         "plan,\" said Cllr Nolan, who farms near Elm."),
              ::testing::Contains(Found{"I have never seen a worse plan,", "Tom Nolan",
                                        "direct"}));
  // Hard negative: the speaker named in full after the namesake keeps the surname.
  EXPECT_THAT(Statements("On Tuesday, campaigning for his wife Ann Nolan, Tom Nolan said she "
                         "was ready.\n\nNolan said, \"She is the best of us.\""),
              ::testing::Contains(Found{"She is the best of us.", "Tom Nolan", "direct"}));
}

TEST(SubjectPhraseTest, NationalityBeforeASingleRoleAndItsPlace) {
  // "A European diplomat in Geneva said": an anonymous source's nationality or party, then
  // the role and where the source is; the place does not speak.
  EXPECT_THAT(Statements("A European diplomat in Geneva said donors were waiting."),
              ElementsAre(Found{"donors were waiting", "European diplomat in Geneva",
                                "indirect"}));
  EXPECT_THAT(Statements("A European diplomat in Geneva, who asked not to be named, said "
                         "donors were waiting."),
              ElementsAre(Found{"donors were waiting", "European diplomat in Geneva",
                                "indirect"}));
  // Hard negative: "in the room" is where the aide sat; the phrase ends before it.
  EXPECT_THAT(Statements("A Democratic aide in the room said the mood was tense."),
              ElementsAre(Found{"the mood was tense", "Democratic aide", "indirect"}));
}

TEST(AppositiveProfileTest, RoleWithATopicBeforeTheNamesCommas) {
  // UN and ombudsman offices name a topic: "The rapporteur on housing, Ann Ray, said". The
  // role and its "on" phrase describe the name between the commas.
  EXPECT_THAT(Statements("The rapporteur on housing, Ann Ray, said the state had failed."),
              ElementsAre(Found{"the state had failed", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The ombudsman on health, Ann Ray, said the state had failed."),
              ElementsAre(Found{"the state had failed", "Ann Ray", "indirect"}));
}

TEST(AppositiveProfileTest, BareRoleOpeningTheSentenceDescribesTheNameAfterIt) {
  // Inquiry reports open with a role and no article: "Counsel assisting the inquiry, Ann
  // Ray, said". The description before the name's commas is hers.
  EXPECT_THAT(Statements("Counsel assisting the inquiry, Ann Ray, said the council had known."),
              ElementsAre(Found{"the council had known", "Ann Ray", "indirect"}));
}

TEST(PronounSubjectTest, WitnessAnswersWhatCounselPutToHim) {
  // "put it to Mr Lee that ...", then "he replied": the one the proposition was put to
  // answers, as after "asked Mr Lee whether"; the title tells his sex.
  EXPECT_THAT(Statements("Sam Ray put it to Mr Lee that the council had known.\n\n\"That would"
                         " be a fair summary,\" he replied."),
              ElementsAre(Found{"the council had known", "Sam Ray", "indirect"},
                          Found{"That would be a fair summary,", "Lee", "direct"}));
}

// The organizations the extractor gives the speaker named `name` in `text`.
std::vector<std::string> OrganizationsOfSpeaker(std::string_view text, std::string_view name) {
  const Extraction e = ExtractOrDie(std::string(text));
  const SpeakerProfile* p = extract_test::FindSpeaker(e, std::string(name));
  return p != nullptr ? p->organizations : std::vector<std::string>{"(no such speaker)"};
}

TEST(RoleOwnerTest, BodysNameInThePossessiveBeforeANounCueIsABody) {
  // "the Elm Janata Party's claim that ...": the name ends in a body's noun, possessive or
  // not, so the claim is a body's, with itself for organization.
  EXPECT_THAT(OrganizationsOfSpeaker("The Elm Janata Party's claim that the rooms were left open "
                                     "was rejected.",
                                     "Elm Janata Party"),
              ElementsAre("Elm Janata Party"));
  // Hard negative: a person's name in the possessive stays a person's.
  EXPECT_THAT(OrganizationsOfSpeaker("Tom Lee's claim that the rooms were left open was "
                                     "rejected.",
                                     "Tom Lee"),
              IsEmpty());
}

TEST(RoleOwnerTest, NameGivenElsewhereAsABodysIsABody) {
  // A name the article gives elsewhere after a body's noun in lower case, before a
  // corporate suffix or before ", which" is a body, speaking for itself.
  EXPECT_THAT(OrganizationsOfSpeaker("The report singled out low-cost carrier SkyJet. SkyJet "
                                     "said the figures were old.",
                                     "SkyJet"),
              ElementsAre("SkyJet"));
  EXPECT_THAT(OrganizationsOfSpeaker("Paytree confirms data breach\n\nDigital payments firm "
                                     "Paytree on Wednesday confirmed that names had leaked.",
                                     "Paytree"),
              ElementsAre("Paytree"));
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Aggregates Ltd has applied for a quarry. In a "
                                     "statement, Elm Aggregates said the quarry would create "
                                     "25 jobs.",
                                     "Elm Aggregates"),
              ElementsAre("Elm Aggregates"));
  EXPECT_THAT(OrganizationsOfSpeaker("Oakcare, which represents many council staff, said it "
                                     "was concerned about the cuts.",
                                     "Oakcare"),
              ElementsAre("Oakcare"));
  // Hard negatives: after a determiner and a body's noun the name may open a clause ("the
  // firm Tavake Lomu founded"); a surname of a person named in full stays the person's.
  EXPECT_THAT(OrganizationsOfSpeaker("The firm Tavake Lomu founded in 1990 was sold. Tavake "
                                     "Lomu said the price was fair.",
                                     "Tavake Lomu"),
              IsEmpty());
  EXPECT_THAT(Statements("Tavake Lomu spoke first. Lomu, which is also the name of his firm, "
                         "said the price was fair."),
              ElementsAre(Found{"the price was fair", "Tavake Lomu", "indirect"}));
}

TEST(RoleOwnerTest, NameInAppositionToABodysNounOrAfterBasedIsABody) {
  // "The manufacturer, Elm Nutrition, said": a name in apposition to a determiner's body
  // noun in lower case; "Hamburg-based Elm Shipmanagement": a name after a place's "-based".
  for (const auto& [text, name] : std::vector<std::pair<std::string, std::string>>{
           {"The manufacturer, Elm Nutrition, said it had found the fault.", "Elm Nutrition"},
           {"Its carrier, SkyGael, said flights would resume.", "SkyGael"},
           {"The ship's manager, Hamburg-based Elm Shipmanagement, said the crew was safe.",
            "Elm Shipmanagement"}}) {
    EXPECT_THAT(OrganizationsOfSpeaker(text, name), ElementsAre(name)) << text;
  }
  // Hard negatives: a person's name after a body's noun and a comma, with no comma closing
  // it; an appositive to a person's role.
  EXPECT_THAT(OrganizationsOfSpeaker("In a letter to the union, Tavake Lomu said pay would "
                                     "rise.",
                                     "Tavake Lomu"),
              IsEmpty());
  EXPECT_THAT(OrganizationsOfSpeaker("The lawyer, Tavake Lomu, said the fee was fair.",
                                     "Tavake Lomu"),
              IsEmpty());
}

TEST(RoleOwnerTest, NameBeforeABodysOwnWordOrAPluralVerbIsABody) {
  // "VoltHouse chief executive Tom Lee", "Elm Deep's shares": a word only a body has after
  // the name; "Mamelodi Rovers have signed": a plural verb after it (a team, a body).
  for (const auto& [text, name] : std::vector<std::pair<std::string, std::string>>{
           {"VoltHouse has admitted it misled customers. VoltHouse chief executive Tom Lee "
            "said the firm had fallen short.",
            "VoltHouse"},
           {"Elm Deep said the shaft was shut. Elm Deep's shares fell 6 per cent.", "Elm Deep"},
           {"Tavake Water were fined $2 million. Tavake Water said it would appeal.",
            "Tavake Water"},
           // "Shares of Northwind", "Northwind stock": a company's shares.
           {"Shares of Northwind fell 3 percent. Northwind said the deal would close.",
            "Northwind"},
           {"Northwind stock fell 3 percent. Northwind said the deal would close.",
            "Northwind"}}) {
    EXPECT_THAT(OrganizationsOfSpeaker(text, name), ElementsAre(name)) << text;
  }
  // Its last word alone, where the full name is given as a body's.
  EXPECT_THAT(OrganizationsOfSpeaker("Mamelodi Rovers have signed Tom Lee. Rovers denied any "
                                     "wrongdoing.",
                                     "Rovers"),
              ElementsAre("Rovers"));
  // Hard negatives: a person's coach; two people joined by "and"; a preposition's object.
  for (const std::string text :
       {"Tavake Lomu said the fee was fair. Lomu's coach said he was tired.",
        "Sione Tane and Tavake Lomu were at the hearing. Tavake Lomu said the fee was fair.",
        "Fans of Tavake Lomu were at the hearing. Tavake Lomu said the fee was fair."}) {
    EXPECT_THAT(OrganizationsOfSpeaker(text, "Tavake Lomu"), IsEmpty()) << text;
  }
  // Nor a name a person's role describes, the last of several before the plural verb: its
  // surname alone later is the person, and "he" after it too.
  EXPECT_THAT(Statements("Sione Tane and businessman Tavake Lomu were at the hearing. Lomu said "
                         "the fee was fair."),
              ElementsAre(Found{"the fee was fair", "Tavake Lomu", "indirect"}));
  EXPECT_THAT(Statements("Sione Tane and businessman Tavake Lomu were at the hearing. Lomu was "
                         "less patient. He said the fee was a scandal."),
              ElementsAre(Found{"the fee was a scandal", "Tavake Lomu", "indirect"}));
}

TEST(RoleOwnerTest, BodyASecondRoleSpeaksForIsThePrimaryOne) {
  // "chief of Elmtown and spokesperson for the council": the body the speaker speaks for
  // comes first, before the first role's.
  EXPECT_THAT(OrganizationsOfSpeaker("The Elm Council of Chiefs wrote to the president. Tavake "
                                     "Lomu II, chief of Elmtown and spokesperson for the "
                                     "council, said the chiefs had lost patience.",
                                     "Tavake Lomu II"),
              ElementsAre("Elm Council of Chiefs", "Elmtown"));
  EXPECT_THAT(OrganizationsOfSpeaker("Tom Lee, chief of Elmtown and spokesperson for the Elm "
                                     "Council of Chiefs, said the chiefs had lost patience.",
                                     "Tom Lee"),
              ElementsAre("Elm Council of Chiefs", "Elmtown"));
  // Hard negative: a second role that does not speak for the body.
  EXPECT_THAT(OrganizationsOfSpeaker("Tom Lee, chief of Elm Power and adviser to the Elm "
                                     "Council of Chiefs, said the chiefs had lost patience.",
                                     "Tom Lee"),
              ElementsAre("Elm Power", "Elm Council of Chiefs"));
}

TEST(RoleOwnerTest, APromoterIsABodysNoun) {
  // "promoter Elm Live", "Her promoter, Elm Live,": a concert promoter is a firm, as a
  // "retailer" or an "operator" is.
  EXPECT_THAT(OrganizationsOfSpeaker("Ticket holders will get refunds, promoter Elm Live said.",
                                     "Elm Live"),
              ElementsAre("Elm Live"));
  const Extraction e = extract_test::ExtractOrDie(
      "Her promoter, Elm Live, said the shows would be moved. The company said refunds were "
      "automatic.");
  const SpeakerProfile* company = extract_test::FindSpeaker(e, "company");
  ASSERT_NE(company, nullptr);
  EXPECT_THAT(company->organizations, ElementsAre("Elm Live"));
}

TEST(RoleOwnerTest, TitleOrRoleWordInsideTheBodysNameBeforeTheRole) {
  // "Elm Refugee Forum director Ann Ray", "Democratic Alliance leader Tom Lee": a role's or
  // a title's word inside the capitalized body before the role is part of its name.
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Refugee Forum director Ann Ray said the row would "
                                     "grow.",
                                     "Ann Ray"),
              ElementsAre("Elm Refugee Forum"));
  EXPECT_THAT(OrganizationsOfSpeaker("Democratic Alliance leader Tom Lee said the row would "
                                     "grow.",
                                     "Tom Lee"),
              ElementsAre("Democratic Alliance"));
  // Hard negative: a title before a place and a title is a rank, no body.
  EXPECT_THAT(OrganizationsOfSpeaker("Former Elmland Gov. Ann Ray said the row would grow.",
                                     "Ann Ray"),
              IsEmpty());
}

TEST(RoleOwnerTest, ItsOrTheBodysNounBeforeARoleIsTheBodyNamedBefore) {
  // "Its president, Ann Ray,": the body that spoke in the sentence before.
  EXPECT_THAT(OrganizationsOfSpeaker("The Oakport Nurses Union said members had voted. Its "
                                     "president, Cian Dolan, called on the minister to resign.",
                                     "Cian Dolan"),
              ElementsAre("Oakport Nurses Union"));
  // "The union's president": the body "the union" refers to.
  EXPECT_THAT(OrganizationsOfSpeaker("The Oakport Nurses Union said members had voted. The "
                                     "union's president, Cian Dolan, said the strike was on.",
                                     "Cian Dolan"),
              ElementsAre("Oakport Nurses Union"));
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Mining said the mine was safe. The company's chief "
                                     "executive, Tom Lee, said output would rise.",
                                     "Tom Lee"),
              ElementsAre("Elm Mining"));
  // A body that opens the sentence before without speaking, or one named in it by a body's
  // noun.
  EXPECT_THAT(OrganizationsOfSpeaker("Met Elmarra had issued a red warning on Tuesday. Its "
                                     "head of forecasting, Ann Ray, said gusts were strong.",
                                     "Ann Ray"),
              ElementsAre("Met Elmarra"));
  EXPECT_THAT(OrganizationsOfSpeaker("The flats were bought in May by Elm Edge Properties. Its "
                                     "director, Tom Lee, said rents would rise.",
                                     "Tom Lee"),
              ElementsAre("Elm Edge Properties"));
  // Hard negatives: no body before "its"; two people opening the sentence before; a name
  // before "its" in its own sentence is the person's.
  EXPECT_THAT(OrganizationsOfSpeaker("Ann Ray said the vote was close. Its chairman, Tom Lee, "
                                     "said the vote was fair.",
                                     "Tom Lee"),
              ::testing::IsEmpty());
  EXPECT_THAT(OrganizationsOfSpeaker("Ann Ray and Ida Moss have hired a firm. Its chairman, "
                                     "Tom Lee, said the vote was fair.",
                                     "Tom Lee"),
              ::testing::IsEmpty());
  EXPECT_THAT(OrganizationsOfSpeaker("The vote was close. Tom Lee, its chairman, said the vote "
                                     "was fair.",
                                     "Tom Lee"),
              ::testing::IsEmpty());
}

TEST(RoleOwnerTest, OwnerBeforeARoleWithAComplementIsTheBody) {
  // "Elm's general manager of operations": nothing named after "of"; the possessive before
  // the role is the body, as in "Elm's manager".
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Grid's executive general manager of operations, Tom "
                                     "Lee, said supply was tight.",
                                     "Tom Lee"),
              ElementsAre("Elm Grid"));
  EXPECT_THAT(OrganizationsOfSpeaker("Oakport Water's head of forecasting, Ann Ray, said the "
                                     "dams were full.",
                                     "Ann Ray"),
              ElementsAre("Oakport Water"));
  // Hard negatives: a titled person's aide, a relation, a name the article gives a title.
  EXPECT_THAT(OrganizationsOfSpeaker("Rep. Ann Ray's chief of staff, Tom Lee, said supply was "
                                     "tight.",
                                     "Tom Lee"),
              ::testing::IsEmpty());
  EXPECT_THAT(OrganizationsOfSpeaker("Ann's brother and fellow actor, Tom Lee, said supply was "
                                     "tight.",
                                     "Tom Lee"),
              ::testing::IsEmpty());
  EXPECT_THAT(OrganizationsOfSpeaker("President Ray met him. Ray's adviser for trade, Tom Lee, "
                                     "said supply was tight.",
                                     "Tom Lee"),
              ::testing::IsEmpty());
}

TEST(RoleOwnerTest, NameOfABodysUnitSpeaksForTheBody) {
  // "Ann Ray of the Elm University's geography department": the person speaks; the body
  // owning the unit is her organization.
  EXPECT_THAT(Statements("Associate Professor Ann Ray of the Oakport University's geography "
                         "department said many fires were on peatland."),
              ElementsAre(Found{"many fires were on peatland", "Ann Ray", "indirect"}));
  EXPECT_THAT(OrganizationsOfSpeaker("Dr Tom Lee of the Elm Institute's climate unit said the "
                                     "fires were out.",
                                     "Tom Lee"),
              ElementsAre("Elm Institute"));
  // Hard negative: a body's name in capitals stays whole.
  EXPECT_THAT(OrganizationsOfSpeaker("Dr Tom Lee of the Elm Institute's Climate Unit said the "
                                     "fires were out.",
                                     "Tom Lee"),
              ElementsAre("Elm Institute's Climate Unit"));
}

TEST(RoleOwnerTest, BodysNounBeforeANameMakesItABody) {
  // "environmental group Green Tide said": a body's noun in lower case before the name; the
  // name is a body's, which lists itself as its organization.
  EXPECT_THAT(OrganizationsOfSpeaker("Environmental group Green Tide called on the council to "
                                     "publish the maps.",
                                     "Green Tide"),
              ElementsAre("Green Tide"));
  EXPECT_THAT(OrganizationsOfSpeaker("The plant will close, state utility Elm Power said.",
                                     "Elm Power"),
              ElementsAre("Elm Power"));
  // Hard negative: a role before the name is a person's.
  EXPECT_THAT(OrganizationsOfSpeaker("Union organiser Tom Lee said the plant would close.",
                                     "Tom Lee"),
              ::testing::IsEmpty());
}

TEST(RoleOwnerTest, BritishSpellingsAndWeatherTradesAreRoles) {
  // "organiser", "co-ordinator", "forecaster": roles as "organizer" is, so that "Its
  // organiser, Ann Ray," has the body and "the forecaster" is the one named before.
  EXPECT_THAT(OrganizationsOfSpeaker("Housing group Elm Homes said rents were rising. Its "
                                     "organiser, Ann Ray, said tenants would fight.",
                                     "Ann Ray"),
              ElementsAre("Elm Homes"));
  EXPECT_THAT(Statements("Senior forecaster Ann Ray said the river would peak. The forecaster "
                         "said the rain would ease."),
              ElementsAre(Found{"the river would peak", "Ann Ray", "indirect"},
                          Found{"the rain would ease", "Ann Ray", "indirect"}));
}

TEST(RoleOwnerTest, BodysNounAfterARolesPrepositionIsTheBodyNamedBefore) {
  // "a spokesman for the company", "a meteorologist at the service", "the company's
  // operations manager": the body the noun refers to, as "the company said" would.
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Mining said the mine was safe. Tom Lee, a spokesman "
                                     "for the company, said output would rise.",
                                     "Tom Lee"),
              ElementsAre("Elm Mining"));
  EXPECT_THAT(OrganizationsOfSpeaker("The Elm Weather Service said haze would return. Dr Tom "
                                     "Lee, a senior meteorologist at the service, said the risk "
                                     "was high.",
                                     "Tom Lee"),
              ElementsAre("Elm Weather Service"));
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Mining said the mine was safe. A spokesman for the "
                                     "company said output would rise.",
                                     "spokesman for the company"),
              ElementsAre("Elm Mining"));
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Mining said the mine was safe. The company's "
                                     "operations manager said output would rise.",
                                     "company's operations manager"),
              ElementsAre("Elm Mining"));
  // Hard negative: no body named before.
  EXPECT_THAT(OrganizationsOfSpeaker("Tom Lee, a spokesman for the company, said output would "
                                     "rise.",
                                     "Tom Lee"),
              ::testing::IsEmpty());
}

TEST(RoleOwnerTest, BodyReferredToKeepsTheWordsThatJoinItsName) {
  // "the service" after "the Elm Fire and Rescue Service": the whole name, not "Rescue
  // Service".
  EXPECT_THAT(OrganizationsOfSpeaker("The fire is out, the Elm Fire and Rescue Service said. The "
                                     "Director of the service, Ann Ray, said it began at 1am.",
                                     "Ann Ray"),
              ElementsAre("Elm Fire and Rescue Service"));
}

TEST(RoleOwnerTest, AcronymOpeningAnotherNameIsNoShortFormOfIt) {
  // "EL Power Networks ... the EL Council of Social Service": "EL" (a place's letters here)
  // opens both names; neither is shortened to it. Alone it still is ("TCL said").
  const Extraction e = extract_test::ExtractOrDie(
      "EL Power Networks asked customers to save power. The EL Council of Social Service said "
      "households were at risk.");
  EXPECT_THAT(extract_test::SpeakerNames(e),
              ElementsAre("EL Power Networks", "EL Council of Social Service"));
  EXPECT_THAT(OrganizationsOfSpeaker("TCL Technology said sales rose. TCL said prices fell.",
                                     "TCL"),
              ElementsAre("TCL"));
}

TEST(RoleOwnerTest, DescriptionBeforeTheSubjectOfAParticipleCueIsItsProfile) {
  // "The Elm Council's president, Tom Lee, handed over a letter demanding ...": the cue has
  // no subject of its own; the sentence's subject speaks, with the description before it.
  EXPECT_THAT(OrganizationsOfSpeaker("The Elm Student Council's president, Tom Lee, handed "
                                     "over a letter demanding that the fee be scrapped.",
                                     "Tom Lee"),
              ElementsAre("Elm Student Council"));
}

TEST(RoleOwnerTest, HeadsRoleAloneBeforeANameIsOfTheBodyThatSpokeBefore) {
  // "Elm Mining denied the claims. "...," chief executive Tom Lee said": as "its chief
  // executive" would be.
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Mining denied the claims. \"We reject them,\" chief "
                                     "executive Tom Lee said.",
                                     "Tom Lee"),
              ElementsAre("Elm Mining"));
  // Hard negatives: a person before; a single word opening the sentence before that says
  // nothing of a body.
  EXPECT_THAT(OrganizationsOfSpeaker("Ann Ray denied the claims. Chief executive Tom Lee said "
                                     "they were false.",
                                     "Tom Lee"),
              ::testing::IsEmpty());
  EXPECT_THAT(OrganizationsOfSpeaker("Elmore could be the last one. Spokesman Tom Lee said so.",
                                     "Tom Lee"),
              ::testing::IsEmpty());
}

TEST(RoleOwnerTest, CompanyHeadsTitleBeforeANameIsOfTheBodyThatSpokeBefore) {
  // "Elm Mining posted a loss. "...," CEO Tom Lee said": a company head's title, capitalized,
  // alone before the name, as "chief executive Tom Lee" in lower case.
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Mining posted a loss. \"We expect better,\" CEO Tom "
                                     "Lee said.",
                                     "Tom Lee"),
              ElementsAre("Elm Mining"));
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Mining posted a loss on Monday. On a call, Chief "
                                     "Financial Officer Ann Ray said costs rose.",
                                     "Ann Ray"),
              ElementsAre("Elm Mining"));
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Mining posted a loss, and said orders fell.\n\n"
                                     "Managing director and CEO Tom Lee told reporters that "
                                     "the firm was growing.",
                                     "Tom Lee"),
              ElementsAre("Elm Mining"));
  // Lower case: an officer after "chief".
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Mining posted a loss. Costs rose, chief operating "
                                     "officer Ann Ray said.",
                                     "Ann Ray"),
              ElementsAre("Elm Mining"));
  // Hard negatives: a title of state; an officer of no chief.
  EXPECT_THAT(OrganizationsOfSpeaker("The Elm Party won the vote. President Tom Lee said the "
                                     "result was fair.",
                                     "Tom Lee"),
              ::testing::IsEmpty());
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Mining posted a loss. Costs rose, police officer Ann "
                                     "Ray said.",
                                     "Ann Ray"),
              ::testing::IsEmpty());
}

TEST(RoleOwnerTest, CoopIsTheCooperativeNamedBefore) {
  // "the co-op" after "the Elm Dairy Co-operative": the short form of the body's noun.
  EXPECT_THAT(OrganizationsOfSpeaker("The Elm Dairy Co-operative will cut the price it pays. In "
                                     "a letter, the co-op said the cut was needed.",
                                     "co-op"),
              ElementsAre("Elm Dairy Co-operative"));
  // Hard negative: no co-operative named.
  EXPECT_THAT(OrganizationsOfSpeaker("The Elm Dairy Board will cut the price it pays. In a "
                                     "letter, the co-op said the cut was needed.",
                                     "co-op"),
              ::testing::IsEmpty());
}

TEST(RoleOwnerTest, NounWithItsModifierIsTheBodyWhoseNameEndsInBoth) {
  // "the weather service" after "the Elm Weather Service".
  EXPECT_THAT(OrganizationsOfSpeaker("The Elm Weather Service has issued a warning. Roads will "
                                     "flood, the weather service said.",
                                     "weather service"),
              ElementsAre("Elm Weather Service"));
  // Hard negative: another service.
  EXPECT_THAT(OrganizationsOfSpeaker("The Elm Health Service has issued a warning. Roads will "
                                     "flood, the weather service said.",
                                     "weather service"),
              ::testing::IsEmpty());
}

TEST(RoleOwnerTest, ControllerIsARole) {
  // "Elm Fire Service incident controller Ann Ray said": the body before the role is hers.
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Fire Service incident controller Ann Ray said the "
                                     "fire had grown.",
                                     "Ann Ray"),
              ElementsAre("Elm Fire Service"));
}

TEST(RoleOwnerTest, HeadsRoleAloneAfterADescribedBodyIsOfItsBody) {
  // "It will cost $499, the company said. "...," chief executive Tom Lee said": the body the
  // company that spoke refers to.
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Devices unveiled a phone on Tuesday.\n\nIt will cost "
                                     "$499, the company said. \"It is new,\" chief executive "
                                     "Tom Lee said.",
                                     "Tom Lee"),
              ElementsAre("Elm Devices"));
  // Hard negative: a company named nowhere.
  EXPECT_THAT(OrganizationsOfSpeaker("It will cost $499, the company said. \"It is new,\" chief "
                                     "executive Tom Lee said.",
                                     "Tom Lee"),
              ::testing::IsEmpty());
}

TEST(RoleOwnerTest, ClergyRoleAndTitle) {
  // "Ruth Ellery, vicar of Elm Church, said ...": a parish priest's office is a role, its
  // church the organization; "Canon" before a name is a title.
  EXPECT_THAT(OrganizationsOfSpeaker("Ruth Ellery, vicar of Elm Church, said her parish had run "
                                     "a shelter for three winters.",
                                     "Ruth Ellery"),
              ElementsAre("Elm Church"));
  EXPECT_THAT(Statements("Canon Ruth Ellery said the hall was full. Deacon Tom Lee said the "
                         "rota was set."),
              ElementsAre(Found{"the hall was full", "Ruth Ellery", "indirect"},
                          Found{"the rota was set", "Tom Lee", "indirect"}));
}

TEST(RoleOwnerTest, TrustAndShireNameBodies) {
  // "Elm Valley NHS Trust said ...", "The shire said ...": a trust (a hospital trust, a
  // charity) and a shire are bodies; "the trust's" officer and "the trust" are of it.
  EXPECT_THAT(OrganizationsOfSpeaker("In a statement, Elm Valley NHS Trust said it was sorry.",
                                     "Elm Valley NHS Trust"),
              ElementsAre("Elm Valley NHS Trust"));
  EXPECT_THAT(OrganizationsOfSpeaker("Elm Valley NHS Trust said it was sorry. The trust's chief "
                                     "nurse, Ann Ray, said staff were working hard.",
                                     "Ann Ray"),
              ElementsAre("Elm Valley NHS Trust"));
  EXPECT_THAT(OrganizationsOfSpeaker("Residents of Corrigan Shire face new limits.\n\nThe shire "
                                     "said it would review the rules monthly.",
                                     "shire"),
              ElementsAre("Corrigan Shire"));
}

TEST(RoleOwnerTest, MunicipalityNamesABody) {
  // "The Regional Municipality of Elm said": a municipality is a body, and its place
  // complement is part of its name, not its organization.
  EXPECT_THAT(OrganizationsOfSpeaker("The Regional Municipality of Elm said fees would rise.",
                                     "Regional Municipality of Elm"),
              ElementsAre("Regional Municipality of Elm"));
}

TEST(RoleOwnerTest, HeadsRoleAloneAfterAColleagueWhoHeadsTheBody) {
  // "Chief Executive Tom Lee said ... Chief Financial Officer Ann Ray said": a head's role
  // with no body of its own, after the body's chief executive spoke, is of the same body.
  EXPECT_THAT(OrganizationsOfSpeaker("Acme Devices raised its forecast on Tuesday. Chief "
                                     "Executive Tom Lee said demand was strong. \"We are "
                                     "growing,\" Lee said. Chief Financial Officer Ann Ray said "
                                     "revenue would rise.",
                                     "Ann Ray"),
              ElementsAre("Acme Devices"));
  // Hard negative: a professor who spoke before heads no body.
  EXPECT_THAT(OrganizationsOfSpeaker("Acme Devices raised its forecast on Tuesday. Tom Lee, a "
                                     "professor at Elm University, said demand was strong. "
                                     "\"They are growing,\" Lee said. Chief Financial Officer "
                                     "Ann Ray said revenue would rise.",
                                     "Ann Ray"),
              IsEmpty());
}

TEST(RoleOwnerTest, BodyOpeningTheClauseAfterItsDescription) {
  // "Local robotics start-up Acme Robotics has raised ..., the company said": the name after
  // a description by a body's noun opens the clause.
  EXPECT_THAT(OrganizationsOfSpeaker("Local robotics start-up Acme Robotics has raised $40 "
                                     "million in a round led by Elm Ventures, the company said "
                                     "on Monday.",
                                     "company"),
              ElementsAre("Acme Robotics"));
  // Hard negative: a role after the body's noun; the party leader is no body.
  EXPECT_THAT(OrganizationsOfSpeaker("Opposition party leader Tom Lee will quit next month, the "
                                     "party said.",
                                     "party"),
              ::testing::Not(::testing::Contains("Tom Lee")));
}

}  // namespace
TEST(RoleOwnerTest, BodysRoleAroundAFullNameThatDidNotSpeak) {
  // "Acme's chief executive, Ann Ray, will ...", "Ann Ray, Acme's chief executive, will
  // ...": the full name a later surname finds has the body's role around it, before or
  // after the name between commas.
  EXPECT_THAT(OrganizationsOfSpeaker("Acme Foods agreed to buy Elm Markets. Acme Foods' chief "
                                     "executive, Ann Ray, will lead the new firm. \"Prices will "
                                     "fall,\" Ray said.",
                                     "Ann Ray"),
              ElementsAre("Acme Foods"));
  EXPECT_THAT(OrganizationsOfSpeaker("Acme Foods agreed to buy Elm Markets. Ann Ray, Acme "
                                     "Foods' chief executive, will lead the new firm. \"Prices "
                                     "will fall,\" Ray said.",
                                     "Ann Ray"),
              ElementsAre("Acme Foods"));
  // Hard negative: a person's relation is no body.
  EXPECT_THAT(OrganizationsOfSpeaker("Ann Ray met Tom Lee, Ray's husband, at the pier. \"It is "
                                     "late,\" Lee said.",
                                     "Tom Lee"),
              IsEmpty());
}

TEST(SubjectPhraseTest, StateBeforeANounIsItsModifier) {
  // ", state officials said": "state" before a noun is the government's, no verb of saying;
  // the phrase after the comma is the subject of a trailing attribution.
  EXPECT_THAT(Statements("The river will crest on Tuesday, state officials said."),
              ElementsAre(Found{"The river will crest on Tuesday", "state officials",
                                "indirect"}));
  EXPECT_THAT(Statements("The river will crest, state health officials said Sunday."),
              ElementsAre(Found{"The river will crest", "state health officials",
                                "indirect"}));
  // Hard negative: "state" after an auxiliary is the verb, whose object ends the phrase.
  EXPECT_THAT(Statements("Tom Lee would not state his views, aides said."),
              ElementsAre(Found{"Tom Lee would not state his views", "aides", "indirect"}));
}

TEST(RoleOwnerTest, RoleAfterItsBeforeANameIsTheBodysItIs) {
  // "Its analyst Ann Ray said": with no comma before the name, the role after "its" is of
  // the body "its" refers to, as "Its analyst, Ann Ray, said" is.
  EXPECT_THAT(OrganizationsOfSpeaker("Ferry use fell 2 percent, according to the research "
                                     "firm Elmdata. Its chief analyst Ann Ray said fares "
                                     "would have to fall.",
                                     "Ann Ray"),
              ElementsAre("Elmdata"));
  EXPECT_THAT(OrganizationsOfSpeaker("Ferry use fell 2 percent, according to the research "
                                     "firm Elmdata. \"Fares will fall,\" its analyst Ann Ray "
                                     "said.",
                                     "Ann Ray"),
              ElementsAre("Elmdata"));
  // Hard negative: "his" is a person's, whose role names no body.
  EXPECT_THAT(OrganizationsOfSpeaker("Ferry use fell 2 percent, according to the research "
                                     "firm Elmdata. His fellow analyst Ann Ray said fares "
                                     "would have to fall.",
                                     "Ann Ray"),
              IsEmpty());
}

}  // namespace policy
