// Constructions of reported speech added in the seventh session: each test states the
// exact spans and speakers of invented sentences, and a hard negative that must not fire.
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/extract_test_util.h"

namespace policy {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::IsEmpty;
using ::testing::Not;

using extract_test::Found;
using extract_test::Statements;

TEST(SpeechConstructionTest, CallWithAnObjectAndItsLabel) {
  // `X called OBJECT LABEL`: a reflexive or pronoun object, a name before a possessive or
  // "the", an adjective after a pronoun; the label ends the statement at a comma before a
  // participle or a conjunction.
  EXPECT_THAT(Statements("Ann Ray calls herself a friend of the ferry crews."),
              ElementsAre(Found{"herself a friend of the ferry crews", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee calls Pier Nine his office."),
              ElementsAre(Found{"Pier Nine his office", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ferry crews call it the worst pier in the state, while the mayor disagrees."),
              ElementsAre(Found{"it the worst pier in the state", "Ferry crews", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss called them reckless and said the ferry must stop."),
              ElementsAre(Found{"them reckless", "Ida Moss", "indirect"},
                          Found{"the ferry must stop", "Ida Moss", "indirect"}));
  // Hard negatives: a phone call, a particle, a time after the object.
  EXPECT_THAT(Statements("Tom Lee called him back on Monday."), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee called it off."), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray called her mother after the vote."), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray called the ferry office the day before."), IsEmpty());
}

TEST(SpeechConstructionTest, ListenerAfterItsDeterminerBeforeThat) {
  // "warned his managers that ...": the listener of a verb that addresses people, after its
  // determiner (and before a time), is no part of what was said.
  EXPECT_THAT(Statements("Tom Lee warned the board that the levee would fail."),
              ElementsAre(Found{"the levee would fail", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee warned his managers three years before the floods that the "
                         "levee would fail."),
              ElementsAre(Found{"the levee would fail", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray cautioned the Elm Council in 2021 that the levee was old."),
              ElementsAre(Found{"the levee was old", "Ann Ray", "indirect"}));
  // Hard negative: a noun that names nobody, before "that", is no listener.
  EXPECT_THAT(Statements("Tom Lee warned the plan that it was old."),
              ElementsAre(Found{"the plan that it was old", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, BarePluralNamingNoPeopleIsNoInvertedSpeaker) {
  // "CLAUSE, VERB NOUNS": after the comma, a bare plural that names no people is the
  // verb's object (a headline's second verb), not a speaker inverted after it. (The
  // clinic, a body, speaks the headline's first verb.)
  EXPECT_THAT(Statements("Elm clinic confirms measles case, urges vaccination checks\n\nThe "
                         "clinic is open."),
              ElementsAre(Found{"measles case", "Elm clinic", "indirect"}));
  // Hard negatives: plurals for people, bare or modified, invert as before.
  EXPECT_THAT(Statements("The toll is too high, say analysts."),
              ElementsAre(Found{"The toll is too high", "analysts", "indirect"}));
  EXPECT_THAT(Statements("The toll is too high, say ferry pilots."),
              ElementsAre(Found{"The toll is too high", "ferry pilots", "indirect"}));
}

TEST(SpeechConstructionTest, QuoteClosingAnAsideOnTheSubjectBeforeItsVerb) {
  // `SUBJECT, who ... "A," said CLAUSE`: the verb after the quotation is the subject's, not
  // inverted before a speaker of the quotation ("said the new fares").
  EXPECT_THAT(Statements("The riders, who carried signs reading \"Fares must fall,\" said the new "
                         "fares were too high."),
              Contains(Found{"the new fares were too high", "riders", "indirect"}));
  EXPECT_THAT(Statements("The riders, who carried signs such as \"Save the pier\" and \"Fares "
                         "must fall,\" said the new fares were too high."),
              Contains(Found{"the new fares were too high", "riders", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, citing \"the magic of Elm,\" said the mayor could win."),
              Contains(Found{"the mayor could win", "Tom Lee", "indirect"}));
  // Hard negatives: a quotation opening the sentence, or after a clause with a verb of its
  // own, is inverted before its speaker as before.
  EXPECT_THAT(Statements("\"We will win,\" said Ann Ray."),
              ElementsAre(Found{"We will win,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("The riders marched, chanting \"Fares must fall,\" said Ann Ray."),
              Contains(Found{"Fares must fall,", "Ann Ray", "direct"}));
}

TEST(SpeechConstructionTest, CueWordUsedAsANounDoesNotLeadAQuote) {
  // A cue word after a determiner or a possessive ("the remarks", "the port's claims") is a
  // noun: the quotation after it, its period inside the marks, belongs to the clause.
  EXPECT_THAT(Statements("Ann Ray called the remarks \"unfair and reckless.\""),
              ElementsAre(Found{"the remarks \"unfair and reckless.\"", "Ann Ray", "mixed"}));
  EXPECT_THAT(Statements("Tom Lee said the port's claims \"were never true.\""),
              ElementsAre(Found{"the port's claims \"were never true.\"", "Tom Lee", "mixed"}));
  // Hard negative: the same word as a verb leads its quotation.
  EXPECT_THAT(Statements("Tom Lee remarks \"the ferry is late again.\""),
              ElementsAre(Found{"the ferry is late again.", "Tom Lee", "direct"}));
}

TEST(SpeechConstructionTest, PresentReportsAfterANameIsAVerb) {
  // Live blogs and wire briefs: "Elm Power reports ..." without "that".
  EXPECT_THAT(Statements("Elm Power reports more than 12,000 customers are without power."),
              ElementsAre(Found{"more than 12,000 customers are without power", "Elm Power",
                                "indirect"}));
  EXPECT_THAT(Statements("The Harbor Gazette reports the pier will close in May."),
              ElementsAre(Found{"the pier will close in May", "Harbor Gazette", "indirect"}));
  // Hard negatives: the plural noun after a lower-case word or a group's word.
  EXPECT_THAT(Statements("The board keeps ferry reports the pilots file."), IsEmpty());
  EXPECT_THAT(Statements("Police reports from the pier were lost in May."), IsEmpty());
}

TEST(SpeechConstructionTest, NounCueAfterANamesVerbIsItsObject) {
  // Business headlines: "Elm Foods beats forecasts", "Elm Bank tops estimates": the noun
  // after the name's verb in -s is its object, not a verb of saying.
  EXPECT_THAT(Statements("Elm Foods beats forecasts as snack sales climb"), IsEmpty());
  EXPECT_THAT(Statements("Elm Bank tops estimates as loans grow"), IsEmpty());
  // Hard negatives: a name and its verb of saying; a plural noun after a name ("Elm Port
  // pilots") is the subject of the verb after it.
  EXPECT_THAT(Statements("Ann Ray warns the tolls will rise."),
              ElementsAre(Found{"the tolls will rise", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Elm Port pilots claim the tolls will rise."),
              ElementsAre(Found{"the tolls will rise", "Elm Port pilots", "indirect"}));
}

TEST(SpeechConstructionTest, WhoAdvisesAClientIsAJob) {
  // "who advises small firms on mergers": what the person does for a living.
  EXPECT_THAT(Statements("Ann Ray, who advises small firms on mergers, said fees were high."),
              ElementsAre(Found{"fees were high", "Ann Ray", "indirect"}));
  // So is "advises" as a main verb, with an object and no advice after it.
  EXPECT_THAT(Statements("Ann Ray advises small firms on mergers."), IsEmpty());
  // Hard negatives: advice with an infinitive or a clause.
  EXPECT_THAT(Statements("Tom Lee, who advises riders to stay home, spoke on Monday."),
              ElementsAre(Found{"riders to stay home", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray advises small firms that mergers cost too much."),
              ElementsAre(Found{"small firms that mergers cost too much", "Ann Ray",
                                "indirect"}));
}

TEST(SpeechConstructionTest, TimeAloneAfterTheCueIsNoContent) {
  // "pleaded guilty last year", "apologized the next day": the time of the act, no words.
  EXPECT_THAT(Statements("Tom Lee pleaded guilty last year."), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray apologized the next day."), IsEmpty());
  // Nor is the main clause's predicate after a relative clause with a cue in it.
  EXPECT_THAT(Statements("Tom Lee, who pleaded guilty last year, did not appear."), IsEmpty());
  // Hard negatives: before the cue, a split clause's first half stays ("Now, she said, B"),
  // and a split subject's predicate is the content.
  EXPECT_THAT(Statements("Now, she said, the pier is safe."),
              ElementsAre(Found{"Now", "", "indirect"},
                          Found{"the pier is safe", "", "indirect"}));
  EXPECT_THAT(Statements("The pier, Ann Ray said, was safe."),
              ElementsAre(Found{"The pier", "Ann Ray", "indirect"},
                          Found{"was safe", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, BenchmarkAgainstForecastsIsTheWriters) {
  // Earnings copy: ", beating Street estimates" sets the figure against forecasts; it is
  // no part of what the company reported, and "Street" does not speak.
  EXPECT_THAT(Statements("Elm Foods on Monday reported a 9% rise in profit, beating Street "
                         "estimates, and raised its outlook."),
              ElementsAre(Found{"a 9% rise in profit", "Elm Foods", "indirect"}));
  EXPECT_THAT(Statements("Elm Bank reported a rise in loans, missing analysts' forecasts."),
              ElementsAre(Found{"a rise in loans", "Elm Bank", "indirect"}));
  // "but gave no details": the writer's note on what was not said.
  EXPECT_THAT(Statements("Ann Ray said the plan was sound, but gave no details."),
              ElementsAre(Found{"the plan was sound", "Ann Ray", "indirect"}));
  // Hard negative: a comparison with no forecast stays in the clause.
  EXPECT_THAT(Statements("Ann Ray said the fund grew 9%, beating the index by a point."),
              ElementsAre(Found{"the fund grew 9%, beating the index by a point", "Ann Ray",
                                "indirect"}));
}

TEST(SpeechConstructionTest, MarketsAnswerSimultaneousActAndRankingAreTheWriters) {
  // Wire copy closes a company's statement with what the market did, what the company did
  // as it spoke, or how the event ranks: none of it is the company's words.
  EXPECT_THAT(Statements("Elm Retail said demand would remain weak, sending its shares down "
                         "5%."),
              ElementsAre(Found{"demand would remain weak", "Elm Retail", "indirect"}));
  EXPECT_THAT(Statements("Elm Retail warned that demand would remain weak, as it cut its "
                         "dividend."),
              ElementsAre(Found{"demand would remain weak", "Elm Retail", "indirect"}));
  EXPECT_THAT(Statements("Elm Telecom said hackers had reached the records of 2 million "
                         "customers, in one of the largest breaches on record."),
              ElementsAre(Found{"hackers had reached the records of 2 million customers",
                                "Elm Telecom", "indirect"}));
  // Hard negatives: the speaker's own comparison ("as they did") and a plain "in" phrase.
  EXPECT_THAT(Statements("Ann Ray said prices would rise, as they did last year."),
              ElementsAre(Found{"prices would rise, as they did last year", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said prices would rise, as it did last year."),
              ElementsAre(Found{"prices would rise, as it did last year", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said prices would rise, in one region at least."),
              ElementsAre(Found{"prices would rise, in one region at least", "Ann Ray",
                                "indirect"}));
}

TEST(SpeechConstructionTest, NoteAfterAMeasureOfTimeAndWillSeeAreNoCues) {
  // Markets copy: "the 10-year note climbed" names a bond; "households will see their tax
  // rise" tells what is to happen to them. Neither reports anyone's words.
  EXPECT_THAT(Statements("The yield on the 10-year note climbed to 4.62%."), IsEmpty());
  EXPECT_THAT(Statements("Households will see their council tax rise by 5% from April."),
              IsEmpty());
  // Hard negatives: a person described by an age speaks; "see it as" is a view; "see" in
  // the present is an analyst's forecast.
  EXPECT_THAT(Statements("The 43-year-old said he was sorry."),
              ElementsAre(Found{"he was sorry", "43-year-old", "indirect"}));
  EXPECT_THAT(Statements("Voters will see the delay as a sign of weakness."),
              ElementsAre(Found{"the delay as a sign of weakness", "Voters", "indirect"}));
  EXPECT_THAT(Statements("Analysts see prices rising."),
              ElementsAre(Found{"prices rising", "Analysts", "indirect"}));
}

TEST(SpeechConstructionTest, InvertedAttributionBeforeAPhraseEndingInAPluralNoun) {
  // "..., Ann Ray argued Thursday at one of the boat shows.": "shows" ends the phrase of
  // when and where, a noun; the clause before the comma is the statement.
  EXPECT_THAT(Statements("The pier is safe for riders, Ann Ray argued Thursday at one of the "
                         "boat shows."),
              ElementsAre(Found{"The pier is safe for riders", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, QuotationClosedByItsCommaBeforeTheWritersAdverbial) {
  // `would be "the safest yet," after a year of recalls`: the quotation's own comma closes
  // the clause before the writer's "after" phrase; "recalled 3,000 cars" is no memory.
  EXPECT_THAT(Statements("Ann Ray promised that the next ferry would be \"the safest yet,\" "
                         "after the line recalled 3,000 life vests in May."),
              ElementsAre(Found{"the next ferry would be \"the safest yet,\"", "Ann Ray",
                                "mixed"}));
  // Hard negative: a quotation whose comma ends a part of the clause that goes on.
  EXPECT_THAT(Statements("Ann Ray said the ferry was \"too slow,\" and the pier too short."),
              ElementsAre(Found{"the ferry was \"too slow,\" and the pier too short",
                                "Ann Ray", "mixed"}));
}

TEST(SpeechConstructionTest, ThenAndAVerbInThePastIsTheSpeakersNextAct) {
  // ", then left the room": what the speaker did next, told by the writer.
  EXPECT_THAT(Statements("Ann Ray said the plan was sound, then left the room."),
              ElementsAre(Found{"the plan was sound", "Ann Ray", "indirect"}));
  // Hard negative: a verb in the present after "then" stays in the clause.
  EXPECT_THAT(Statements("Ann Ray said fares rise in May, then fall in June."),
              ElementsAre(Found{"fares rise in May, then fall in June", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, ElaborateIsAVerbOfSaying) {
  // Not only before a quotation: "but did not elaborate" is the speaker's refusal, which
  // ends the reported clause.
  EXPECT_THAT(Statements("Ann Ray said the ferry would run again but did not elaborate."),
              ElementsAre(Found{"the ferry would run again", "Ann Ray", "indirect"}));
  // Hard negatives: the adjective, after an article or after "the most".
  EXPECT_THAT(Statements("The board unveiled an elaborate toll plan."), IsEmpty());
  EXPECT_THAT(Statements("The pier has the most elaborate gates in the county."), IsEmpty());
  // ... and a participle after "the most" ("disputed" is a verb of saying too).
  EXPECT_THAT(Statements("The toll was the most disputed part of the bill."), IsEmpty());
}

TEST(SpeechConstructionTest, ACourtRulesThat) {
  // The participle after its comma too; after a word, "ruling" is the noun.
  EXPECT_THAT(Statements("A judge blocked the toll law, ruling that it was too vague."),
              ElementsAre(Found{"it was too vague", "judge", "indirect"}));
  EXPECT_THAT(Statements("The Harbor Court ruling that cleared the toll was wrong, Ann Ray said."),
              ElementsAre(Found{"The Harbor Court ruling that cleared the toll was wrong",
                                "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, MoreVerbsOfSayingAndJudging) {
  // deride, chide, speculate, reaffirm, laud, extol, opine, clarify, dispute, and an
  // outlet's "projected" (a race called).
  EXPECT_THAT(Statements("Ann Ray derided the ferry plan as a waste of money."),
              ElementsAre(Found{"the ferry plan as a waste of money", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee speculated that the bridge would close in May."),
              ElementsAre(Found{"the bridge would close in May", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss disputed the port's figures."),
              ElementsAre(Found{"the port's figures", "Ida Moss", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray clarified that the toll would stay."),
              ElementsAre(Found{"the toll would stay", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Harbor News projected Tom Lee the winner of the port race."),
              ElementsAre(Found{"Tom Lee the winner of the port race", "Harbor News",
                                "indirect"}));
  // Hard negatives: the nouns ("trade disputes with", "the dispute") and the adjective
  // ("the projected deficit").
  EXPECT_THAT(Statements("The trade disputes with Elm County dragged on."), IsEmpty());
  EXPECT_THAT(Statements("The dispute over the ferry ended."), IsEmpty());
  EXPECT_THAT(Statements("The projected deficit of the port grew."), IsEmpty());
}

TEST(SpeechConstructionTest, PhrasalVerbsOfStanceAndComparison) {
  // liken, take issue with, take aim at, push back on/against, play down, walk back, brush
  // off/aside, make the case, come out against, distance oneself from.
  EXPECT_THAT(Statements("Ann Ray likened the new ferry to a floating bus."),
              ElementsAre(Found{"the new ferry to a floating bus", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee took issue with the port's budget."),
              ElementsAre(Found{"the port's budget", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss distanced herself from the toll plan."),
              ElementsAre(Found{"the toll plan", "Ida Moss", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray made the case that the bridge needs repair."),
              ElementsAre(Found{"the bridge needs repair", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee played down the delays at the pier."),
              ElementsAre(Found{"the delays at the pier", "Tom Lee", "indirect"}));
  // Hard negatives: a noun ("a long walk back"), no object after the particle.
  EXPECT_THAT(Statements("Ann Ray took a long walk back to the pier."), IsEmpty());
  EXPECT_THAT(Statements("The ferry crew played down by the pier all day."), IsEmpty());
}

TEST(SpeechConstructionTest, InvokingASourceOrPrecedent) {
  EXPECT_THAT(Statements("Ann Ray invoked the old ferry law in her speech."),
              ElementsAre(Found{"the old ferry law", "Ann Ray", "indirect"}));
  // Hard negatives: a reduced relative and a passive without an agent. (With an agent,
  // "The clause was invoked by the board", the subject is the board's statement: see
  // ReportedFragmentTest.SubjectOfAPassiveCueWithANamedAgent.)
  EXPECT_THAT(Statements("The ferry rule, invoked twice last year, was dropped."), IsEmpty());
  EXPECT_THAT(Statements("The clause was invoked last year."), IsEmpty());
}

TEST(SpeechConstructionTest, TimePhraseBetweenANounCueAndItsComplementizer) {
  // `X's remark on Monday that`, `his warning last week that`, `her warning on
  // Monday that`: the time phrase belongs to the noun; the complement is the statement.
  EXPECT_THAT(Statements("Tom Lee quietly dropped his warning last week that the port would"
                         " shrink."),
              ElementsAre(Found{"the port would shrink", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss stuck to her warning on Monday that the ferry was unsafe."),
              ElementsAre(Found{"the ferry was unsafe", "Ida Moss", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee's plan last year to close the pier was dropped."),
              ElementsAre(Found{"close the pier", "Tom Lee", "indirect"}));
  // Hard negatives: no time word in between, or no possessive source.
  EXPECT_THAT(Statements("Ann Ray's statement on the ferry that runs at night was short."),
              IsEmpty());
  EXPECT_THAT(Statements("The warning on Monday that the port would close was a shock."),
              IsEmpty());
}

TEST(SpeechConstructionTest, SubjectOpeningASentenceSplitByTheAttributionOfItsQuote) {
  // `SUBJECT, X said, "PREDICATE"`: the quote opens with a verb, so the noun phrase before
  // the speaker is the quote's subject and the speaker's words too.
  EXPECT_THAT(Statements("An early storm, Tom Lee said, \"could close the port for a week.\""),
              ElementsAre(Found{"An early storm", "Tom Lee", "indirect"},
                          Found{"could close the port for a week.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("The new pier, Ann Ray told reporters, \"is a disgrace.\""),
              ElementsAre(Found{"The new pier", "Ann Ray", "indirect"},
                          Found{"is a disgrace.", "Ann Ray", "direct"}));
  // Hard negatives: the quote has its own subject; an adverb, a time or a quote before the
  // speaker.
  EXPECT_THAT(Statements("The new pier, Ann Ray said, \"the crews hate it.\""),
              ElementsAre(Found{"the crews hate it.", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Still, Ann Ray said, \"is it done?\""),
              ElementsAre(Found{"is it done?", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Minutes later, Ann Ray said, \"was the time to sail.\""),
              ElementsAre(Found{"was the time to sail.", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("\"We are done,\" Ann Ray said, \"and the port is closed.\""),
              ElementsAre(Found{"We are done,", "Ann Ray", "direct"},
                          Found{"and the port is closed.", "Ann Ray", "direct"}));
}

TEST(SpeechConstructionTest, ModifiedSubordinatorOpeningTheSentence) {
  // "Two weeks after X vowed A, MAIN", "Shortly after X said A, MAIN": the cue's clause
  // ends at the comma before the main clause, as after a bare "after".
  EXPECT_THAT(Statements("Two weeks after Tom Lee vowed to fix the ferry, the pier is still"
                         " closed."),
              ElementsAre(Found{"to fix the ferry", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Shortly after Ann Ray said the pier was safe, it collapsed."),
              ElementsAre(Found{"the pier was safe", "Ann Ray", "indirect"}));
  // Hard negatives: a list after the cue; a verb before the conjunction (not the
  // sentence's opening); no conjunction.
  EXPECT_THAT(Statements("Two days after Ann Ray said ferries, bridges and piers were safe, the"
                         " storm hit."),
              ElementsAre(Found{"ferries, bridges and piers were safe", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Harbor crews waited after Ann Ray said the pier was safe, and the"
                         " storm hit."),
              ElementsAre(Found{"the pier was safe, and the storm hit", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Two days later Ann Ray said the pier was safe, and the storm hit."),
              ElementsAre(Found{"the pier was safe, and the storm hit", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, TimeOrShortAsideBetweenCommasAfterTheSubject) {
  // "X, last week, said", "X, in 2013, said", "X, for her part, said".
  EXPECT_THAT(Statements("Ann Ray, last week, said the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, in 2013, said the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss, for her part, said the toll was fair."),
              ElementsAre(Found{"the toll was fair", "Ida Moss", "indirect"}));
  // Hard negatives: a clause before the speaker stays the content; an appositive with a
  // time word in it stays an appositive.
  EXPECT_THAT(Statements("The ferry sank in May, Ann Ray said."),
              ElementsAre(Found{"The ferry sank in May", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray, a captain for years, said the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, LabelWordThatIsACompanyBeforeItsVerb) {
  // "Twitter", "Facebook" are also section labels ("Facebook:"); before a verb they speak.
  EXPECT_THAT(Statements("On Monday, Twitter said it would remove the posts about the"
                         " ferry."),
              ElementsAre(Found{"it would remove the posts about the ferry", "Twitter",
                                "indirect"}));
  // Hard negatives: a label before a colon; a label modifying a noun cue ("her Facebook
  // post") names no speaker.
  EXPECT_THAT(Statements("Update: The ferry was late on Monday and the port stayed shut."),
              IsEmpty());
  EXPECT_THAT(Statements("In her Facebook post on Monday, Ann Ray wrote that the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, LabelAndColonOpeningTheSentenceAreNoSubject) {
  // A live blog's "Update:" before a subject with a relative clause.
  EXPECT_THAT(Statements("Update: Elm Energy, which serves the port, said power would return "
                         "by Friday."),
              ElementsAre(Found{"power would return by Friday", "Elm Energy", "indirect"}));
  // Hard negative: after the label, a sentence without a verb of saying is no statement.
  EXPECT_THAT(Statements("Update: The ferry was late on Monday and the port stayed shut."),
              IsEmpty());
}

TEST(SpeechConstructionTest, CastAsAPortrayalAndCastDoubtOn) {
  EXPECT_THAT(Statements("Ann Ray cast the mayor as a friend of the ferry owners."),
              ElementsAre(Found{"the mayor as a friend of the ferry owners", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("Ann Ray spoke, casting the mayor as a villain."),
              ElementsAre(Found{"the mayor as a villain", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee cast doubt on the port's figures."),
              ElementsAre(Found{"the port's figures", "Tom Lee", "indirect"}));
  // Hard negatives: no "as" (a ballot, a net, darkness), a passive.
  EXPECT_THAT(Statements("Ann Ray cast a ballot for Tom Lee."), IsEmpty());
  EXPECT_THAT(Statements("The crews cast their nets at dawn."), IsEmpty());
  EXPECT_THAT(Statements("The power failed, casting us into darkness."), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee was cast as the villain of the port story."), IsEmpty());
}

TEST(SpeechConstructionTest, VerbsOfPortrayalWithAs) {
  // paint, frame, pitch, position, present, depict: like "cast", only with "as".
  EXPECT_THAT(Statements("Ann Ray painted the toll as a tax on the poor."),
              ElementsAre(Found{"the toll as a tax on the poor", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee framed the vote as a test of the port."),
              ElementsAre(Found{"the vote as a test of the port", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss positioned herself as the ferry candidate."),
              ElementsAre(Found{"herself as the ferry candidate", "Ida Moss", "indirect"}));
  // Hard negatives: no "as"; a noun after a possessive.
  EXPECT_THAT(Statements("The board will present the plan on Monday."), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray framed the photo of the ferry."), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee will pitch a tent by the pier."), IsEmpty());
  EXPECT_THAT(Statements("His position as port director is safe."), IsEmpty());
}

TEST(SpeechConstructionTest, NameAsAStanceObjectEndsAtADash) {
  // "endorsed Ann Ray - a rare move ...": the name alone is the content.
  EXPECT_THAT(Statements("The Harbor Club has also endorsed Ann Ray - a rare move for the"
                         " club."),
              ElementsAre(Found{"Ann Ray", "Harbor Club", "indirect"}));
  // Hard negative: a day is no name object; the content runs on.
  EXPECT_THAT(Statements("Ann Ray denounced Thursday - the day of the vote - a plan to close"
                         " the pier."),
              ElementsAre(Found{"Thursday - the day of the vote - a plan to close the pier",
                                "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, CueWordAsTheHeadNounOfTheSubject) {
  // "state" also opens the cue "state that": as the head of the subject, after a
  // determiner or "of" and right before the verb, it is a noun.
  EXPECT_THAT(Statements("The former secretary of state said the port needed a ferry."),
              ElementsAre(Found{"the port needed a ferry", "former secretary of state",
                                "indirect"}));
  EXPECT_THAT(Statements("The state said it would close the port."),
              ElementsAre(Found{"it would close the port", "state", "indirect"}));
  // Hard negatives: a known noun cue before another cue word is no speaker ("these
  // pledges add to"); a cue word after a name is its verb.
  EXPECT_THAT(Statements("Taken together, these pledges add to the cost of the ferry."),
              IsEmpty());
  EXPECT_THAT(Statements("Ann Ray stated that the port was closed."),
              ElementsAre(Found{"the port was closed", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, StatingWithAnAdjunctBeforeThat) {
  // "stating on Harbor Radio that ...": the participle alone is a cue, as "stated" is.
  EXPECT_THAT(Statements("Ann Ray spoke at the pier, stating on Harbor Radio that the ferry"
                         " was late."),
              ElementsAre(Found{"the ferry was late", "Ann Ray", "indirect"}));
  // Hard negative: a sentence-opening participle with its object is no statement.
  EXPECT_THAT(Statements("Stating the obvious, Tom Lee left."), IsEmpty());
}

TEST(SpeechConstructionTest, PleasInCourtAndPleasForSomething) {
  EXPECT_THAT(Statements("Tom Lee pleaded guilty to fraud at the ferry office."),
              ElementsAre(Found{"to fraud at the ferry office", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee pleaded for patience from the ferry crews."),
              ElementsAre(Found{"patience from the ferry crews", "Tom Lee", "indirect"}));
  // "pleaded with X to ...", as "urged X to ...": the listener and what it is asked to do.
  EXPECT_THAT(Statements("Ann Ray pleaded with the board to keep the pier open."),
              ElementsAre(Found{"the board to keep the pier open", "Ann Ray", "indirect"}));
  // Hard negative: a noun.
  EXPECT_THAT(Statements("The guilty plea surprised the port."), IsEmpty());
}

TEST(SpeechConstructionTest, AppealsTributesAndRebukes) {
  EXPECT_THAT(Statements("Police appealed for witnesses to come forward."),
              ElementsAre(Found{"witnesses to come forward", "Police", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee paid tribute to the ferry crews."),
              ElementsAre(Found{"the ferry crews", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray hit out at the council over the delays."),
              ElementsAre(Found{"the council over the delays", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The mayor commended the crews for their work."),
              ElementsAre(Found{"the crews for their work", "mayor", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray remembered him as a patient teacher."),
              ElementsAre(Found{"him as a patient teacher", "Ann Ray", "indirect"}));
  // Hard negatives: "remember" without "as", and "appeal to" (as often "attract").
  EXPECT_THAT(Statements("Ann Ray remembered the day the mill closed."), IsEmpty());
  EXPECT_THAT(Statements("The new ferry appeals to young riders."), IsEmpty());
}

TEST(SpeechConstructionTest, VotedToDoSomething) {
  EXPECT_THAT(Statements("The council voted to ban camping in the parks."),
              ElementsAre(Found{"ban camping in the parks", "council", "indirect"}));
  // The tally, or "unanimously", and a time between the verb and its preposition; "in favor
  // of" as "for".
  EXPECT_THAT(Statements("The council voted 6-3 on Tuesday to ban camping in the parks."),
              ElementsAre(Found{"ban camping in the parks", "council", "indirect"}));
  EXPECT_THAT(Statements("The board voted unanimously to close the pier."),
              ElementsAre(Found{"close the pier", "board", "indirect"}));
  EXPECT_THAT(Statements("The board voted 5-2 in favor of the new fares."),
              ElementsAre(Found{"the new fares", "board", "indirect"}));
  // The measure ends before the writer's account of the vote, whose speakers speak for
  // themselves.
  EXPECT_THAT(Statements("The council voted 6-3 to ban camping, despite objections from "
                         "residents who said the ban was cruel."),
              ElementsAre(Found{"ban camping", "council", "indirect"},
                          Found{"the ban was cruel", "residents", "indirect"}));
  EXPECT_THAT(Statements("The council voted to ban camping in parks, including the pier."),
              ElementsAre(Found{"ban camping in parks, including the pier", "council",
                                "indirect"}));
  // Hard negatives: the noun, and a count that is no tally.
  EXPECT_THAT(Statements("The vote to ban camping failed."), IsEmpty());
  EXPECT_THAT(Statements("The council voted 6 times to ban camping."), IsEmpty());
}

TEST(SpeechConstructionTest, ThankedTakesWhomAndWhatForAsItsContent) {
  // Like "commended": whom, and what for (not a listener skipped before the content).
  EXPECT_THAT(Statements("Ann Ray thanked the crews for their work."),
              ElementsAre(Found{"the crews for their work", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Accepting the award, Ann Ray thanked the farmers of Elm Vale."),
              ElementsAre(Found{"the farmers of Elm Vale", "Ann Ray", "indirect"}));
  // Hard negative: "told" still skips its listener.
  EXPECT_THAT(Statements("Ann Ray told the crews the pier would close."),
              ElementsAre(Found{"the pier would close", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, RemindedSomeoneToDoSomethingAsUrged) {
  // Whom, and what they are reminded to do, as after "urged".
  EXPECT_THAT(Statements("Fire officials are reminding residents to check their alarms."),
              ElementsAre(Found{"residents to check their alarms", "Fire officials",
                                "indirect"}));
  // Hard negative: a clause after the listener is the content alone.
  EXPECT_THAT(Statements("Ann Ray reminded reporters that the port was closed."),
              ElementsAre(Found{"the port was closed", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, AskedSomeoneToDoSomethingAsUrged) {
  // A request: whom, and what they are asked to do, as after "urged" and "reminded".
  EXPECT_THAT(Statements("Tom Lee asked visitors to leave the owl on the pier alone."),
              ElementsAre(Found{"visitors to leave the owl on the pier alone", "Tom Lee",
                                "indirect"}));
  // Where the listeners are comes between them and "to"; it is theirs too.
  EXPECT_THAT(Statements("Ferry officials asked riders across the bay to travel early."),
              ElementsAre(Found{"riders across the bay to travel early", "Ferry officials",
                                "indirect"}));
  EXPECT_THAT(Statements("Ann Ray asked a group of 30 riders to rank the ferries."),
              ElementsAre(Found{"a group of 30 riders to rank the ferries", "Ann Ray",
                                "indirect"}));
  // Hard negatives: a question after the listener is the content alone; what they are
  // reminded of is the content after "of".
  EXPECT_THAT(Statements("Ann Ray asked reporters whether the pier was safe."),
              ElementsAre(Found{"whether the pier was safe", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray reminded riders of her plan to cut fares."),
              ElementsAre(Found{"of her plan to cut fares", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, TermedAsDubbed) {
  // Indian and wire copy: "termed X Y", as "called" or "dubbed".
  EXPECT_THAT(Statements("Ann Ray termed the claims \"hollow\"."),
              ElementsAre(Found{"the claims \"hollow\"", "Ann Ray", "mixed"}));
  EXPECT_THAT(Statements("Ann Ray termed the plan a failure."),
              ElementsAre(Found{"the plan a failure", "Ann Ray", "indirect"}));
  // Hard negatives: the noun, and a participle naming its noun.
  EXPECT_THAT(Statements("The term of the deal ends in May."), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray opened a ferry termed \"the Slow Boat\" by riders."),
              Not(Contains(Field(&Found::content, "\"the Slow Boat\" by riders"))));
}

TEST(SpeechConstructionTest, BackUpWithoutAnObjectIsNoEndorsement) {
  EXPECT_THAT(Statements("The road, which backs up during rush hour, will be widened."),
              IsEmpty());
  EXPECT_THAT(Statements("Traffic backed up on the bridge."), IsEmpty());
  // Hard negative: "backs" with its object.
  EXPECT_THAT(Statements("Ann Ray backs the plan."),
              ElementsAre(Found{"the plan", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, AddedACountIsNoStatement) {
  // Box scores and figures: what was added, not more words.
  EXPECT_THAT(Statements("Tom Lee added 22 points and 11 rebounds for Elm City, which has won "
                         "five straight."),
              IsEmpty());
  EXPECT_THAT(Statements("Ann Ray added a third goal late on."), IsEmpty());
  EXPECT_THAT(Statements("The port added 4,000 jobs in the quarter."), IsEmpty());
  // Hard negatives: a clause after the count, and "that".
  EXPECT_THAT(Statements("Ann Ray added 40 workers had been laid off."),
              ElementsAre(Found{"40 workers had been laid off", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray added that two ferries would stop."),
              ElementsAre(Found{"two ferries would stop", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, AsTheSpeakerSaidOrPutIt) {
  // "As X put it, CLAUSE" and "CLAUSE, as X said.": a clause framed by "as" and its source.
  // "put it" otherwise attributes only a quotation.
  EXPECT_THAT(Statements("As Lin Yi put it, the new fares are a lifeline."),
              ElementsAre(Found{"the new fares are a lifeline", "Lin Yi", "indirect"}));
  EXPECT_THAT(Statements("As Lin Yi, a pilot with Bay Ferries, put it, the channel is a trap."),
              ElementsAre(Found{"the channel is a trap", "Lin Yi", "indirect"}));
  EXPECT_THAT(Statements("The channel is a trap, as one pilot put it."),
              ElementsAre(Found{"The channel is a trap", "pilot", "indirect"}));
  EXPECT_THAT(Statements("The new fares are a lifeline, as Lin Yi noted in May."),
              ElementsAre(Found{"The new fares are a lifeline", "Lin Yi", "indirect"}));
  // Hard negatives: "put it" as a verb and its object, "as" meaning "while" before a verb of
  // endorsement, and a clause after the aside, which is the statement.
  EXPECT_THAT(Statements("As Lin Yi put it on the table, the phone rang."), IsEmpty());
  EXPECT_THAT(Statements("The ferry left the pier, as the crowd applauded."), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee left the room, as Ann Ray answered."), IsEmpty());
  EXPECT_THAT(Statements("Fares rose, as the Gazette reported on Monday, and the ferry was "
                         "sold."),
              ElementsAre(Found{"and the ferry was sold", "Gazette", "indirect"}));
}

TEST(SpeechConstructionTest, ElaborateAndADeniedVerbAfterAQuote) {
  // "elaborated that ..." reports a clause, "elaborated" alone attributes a quotation, and
  // "elaborated on X" is what the speaker spoke about, as "commented on X".
  EXPECT_THAT(Statements("Tom Lee elaborated that the pier was closed."),
              ElementsAre(Found{"the pier was closed", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("\"The pier is closed,\" Tom Lee elaborated."),
              ElementsAre(Found{"The pier is closed,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Tom Lee elaborated on the plan."),
              ElementsAre(Found{"the plan", "Tom Lee", "indirect"}));
  // A denied verb after a quote takes nothing from the attribution before the quote.
  EXPECT_THAT(Statements("The port said in a statement: \"The ferry is late. It will sail.\" "
                         "The port did not elaborate."),
              ElementsAre(Found{"The ferry is late. It will sail.", "port", "direct"}));
  // A denial inside the speaker's relative clause does not deny the verb of saying.
  EXPECT_THAT(Statements("Tom Lee said the port was shut. \"We will sail at dawn,\" Ann Ray, "
                         "who has never missed a crossing, said."),
              ElementsAre(Found{"the port was shut", "Tom Lee", "indirect"},
                          Found{"We will sail at dawn,", "Ann Ray", "direct"}));
}

TEST(SpeechConstructionTest, ApologizeAndCongratulate) {
  // Verbs of apology and congratulation report what they are for, or whom (object class).
  EXPECT_THAT(Statements("Ann Ray apologized for the delay at the pier."),
              ElementsAre(Found{"for the delay at the pier", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray congratulated Tom Lee on his win."),
              ElementsAre(Found{"Tom Lee", "Ann Ray", "indirect"}));
  // Reproach: "berated", "faulted" (not the noun "fault").
  EXPECT_THAT(Statements("Ann Ray berated the crew for the delay. Tom Lee faulted the board."),
              ElementsAre(Found{"the crew for the delay", "Ann Ray", "indirect"},
                          Found{"the board", "Tom Lee", "indirect"}));
  // Hard negatives: the nouns are no verbs.
  EXPECT_THAT(Statements("An apology for the delay was posted at the pier."), IsEmpty());
  EXPECT_THAT(Statements("The fault lay with the board."), IsEmpty());
}

TEST(SpeechConstructionTest, InstructionsAreReported) {
  // "instructed X to V", as "ordered X to V": the instruction, with whom it was given to.
  EXPECT_THAT(Statements("The minister instructed the port police to reopen the road."),
              ElementsAre(Found{"the port police to reopen the road", "minister", "indirect"}));
}

TEST(SpeechConstructionTest, QuoteVerbWithThatReportsAClause) {
  // "joked", "maintained", "shot back" alone only attribute a quotation next to them; with
  // "that" they report a clause.
  EXPECT_THAT(Statements("Ann Ray joked that the ferry was slower than her bicycle."),
              ElementsAre(Found{"the ferry was slower than her bicycle", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee has long maintained that the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray shot back that the fares had not risen."),
              ElementsAre(Found{"the fares had not risen", "Ann Ray", "indirect"}));
  // Verbs of swearing, guaranteeing and reasoning report a clause after "that" ("aver" and
  // "reckon" without it too).
  EXPECT_THAT(Statements("Tom Lee swore that the pier was safe. Ann Ray averred the fares "
                         "were fair. Ida Moss reckoned that the ferry would sail."),
              ElementsAre(Found{"the pier was safe", "Tom Lee", "indirect"},
                          Found{"the fares were fair", "Ann Ray", "indirect"},
                          Found{"the ferry would sail", "Ida Moss", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray sighed that the ferry was late again. Tom Lee felt that "
                         "the fares were high."),
              ElementsAre(Found{"the ferry was late again", "Ann Ray", "indirect"},
                          Found{"the fares were high", "Tom Lee", "indirect"}));
  // Questions weighed and accounts given: "queried whether", "pondered whether",
  // "detailing how", "recounted how" (the verb forms: "a recount" is a count).
  EXPECT_THAT(Statements("Ann Ray queried whether the ferry would run. Tom Lee recounted how "
                         "the pier had burned."),
              ElementsAre(Found{"whether the ferry would run", "Ann Ray", "indirect"},
                          Found{"how the pier had burned", "Tom Lee", "indirect"}));
  // Hard negative: a noun before "that" ("a sense that", "the protests that") is no verb.
  EXPECT_THAT(Statements("The protests that followed were small."), IsEmpty());
  // Hard negative: without "that" or a quotation, the joke is no statement.
  EXPECT_THAT(Statements("Ann Ray joked with the crew before the ferry left."), IsEmpty());
}

TEST(SpeechConstructionTest, PassiveOfPerceivingBeforeAGerundCue) {
  // "was heard saying", "was filmed telling": what the subject was perceived saying.
  EXPECT_THAT(Statements("Ann Ray was heard saying the ferry would stay. Tom Lee was filmed "
                         "telling riders that the fares would fall."),
              ElementsAre(Found{"the ferry would stay", "Ann Ray", "indirect"},
                          Found{"the fares would fall", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, InSomeonesViewOpensTheirOpinion) {
  // "In Ann Ray's view, CLAUSE": the owner of the view holds the clause.
  EXPECT_THAT(Statements("In Ann Ray's view, the port needs new cranes."),
              ElementsAre(Found{"the port needs new cranes", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("But in the mayor's view, the fares are too high."),
              ElementsAre(Found{"the fares are too high", "mayor", "indirect"}));
  // Hard negatives: "view" as a sight, and a view in the middle of a clause.
  EXPECT_THAT(Statements("The ferry came into his view, and the crowd cheered."), IsEmpty());
  EXPECT_THAT(Statements("The pier blocks the mayor's view, and the crowd knows it."),
              IsEmpty());
}

TEST(SpeechConstructionTest, CueNounAfterAPrepositionAndAModifierIsANoun) {
  // "a tale of mixed signals", "a list of written questions": a cue word that is also
  // a noun, after a preposition and a modifier, is that noun.
  EXPECT_THAT(Statements("The port deal has been a tale of mixed signals and delays."),
              IsEmpty());
  EXPECT_THAT(Statements("Ann Ray faces a list of written questions from the board."),
              IsEmpty());
  // Hard negative: a plural noun before the cue is its subject.
  EXPECT_THAT(Statements("Leaders of rival parties claim the vote was rigged."),
              ElementsAre(Found{"the vote was rigged", "Leaders of rival parties", "indirect"}));
}

TEST(SpeechConstructionTest, PrepositionsOfVerbsOfSayingBelongToTheCue) {
  // "hinted at", "cautioned against", "argued for", "talked up": the preposition is part of
  // the cue, not of what was said.
  EXPECT_THAT(Statements("Tom Lee hinted at a possible sale of the ferry line."),
              ElementsAre(Found{"a possible sale of the ferry line", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray cautioned against reading too much into the data."),
              ElementsAre(Found{"reading too much into the data", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss argued for a new pier."),
              ElementsAre(Found{"a new pier", "Ida Moss", "indirect"}));
  // Also "touched on", "harped on", "balked at", "took a swipe at", "lobbied for".
  EXPECT_THAT(Statements("Tom Lee touched on the fares. Ann Ray balked at the new tolls. Ida "
                         "Moss lobbied for a second ferry."),
              ElementsAre(Found{"the fares", "Tom Lee", "indirect"},
                          Found{"the new tolls", "Ann Ray", "indirect"},
                          Found{"a second ferry", "Ida Moss", "indirect"}));
  // Hard negative: "argued that" keeps its clause.
  EXPECT_THAT(Statements("Ida Moss argued that the pier was too old."),
              ElementsAre(Found{"the pier was too old", "Ida Moss", "indirect"}));
}

TEST(SpeechConstructionTest, RaisingVerbBetweenSubjectAndCue) {
  // "is understood to have told", "is expected to announce": the subject of "be" is the
  // cue's.
  EXPECT_THAT(Statements("Tom Lee is understood to have told the board that the port was safe."),
              ElementsAre(Found{"the port was safe", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray is expected to announce that the pier will close."),
              ElementsAre(Found{"the pier will close", "Ann Ray", "indirect"}));
  // "is said to" before no verb of saying is hearsay from sources the writer does not name:
  // a statement with no speaker (the subject is what it is about).
  EXPECT_THAT(Statements("The pier is said to be the oldest on the coast."),
              ElementsAre(Found{"to be the oldest on the coast", "", "indirect"}));
  EXPECT_THAT(Statements("Some aides are also said to be urging Ann Ray to run."),
              ElementsAre(Found{"to be urging Ann Ray to run", "", "indirect"}));
  // So is "is expected to": an expectation of people left unnamed, about the subject.
  EXPECT_THAT(Statements("The board is widely expected to approve the new pier."),
              ElementsAre(Found{"to approve the new pier", "", "indirect"}));
  EXPECT_THAT(Statements("The ferry is not expected to sail until May."),
              ElementsAre(Found{"to sail until May", "", "indirect"}));
  // Also right after "is", with no adverb between.
  EXPECT_THAT(Statements("The board is expected to approve the new pier."),
              ElementsAre(Found{"to approve the new pier", "", "indirect"}));
  // In an opening subordinate clause or a relative clause, the infinitive ends at the comma
  // that closes it.
  EXPECT_THAT(Statements("Though riders are expected to back her in May, she has not changed "
                         "her message."),
              ElementsAre(Found{"to back her in May", "", "indirect"}));
  EXPECT_THAT(Statements("The bill, which the council is expected to pass on Monday, returns "
                         "the pier to the town."),
              ElementsAre(Found{"to pass on Monday", "", "indirect"}));
  // (Hard negative: in the main clause a comma before a noun phrase does not end it.)
  EXPECT_THAT(Statements("The board is expected to approve the pier, the ferry and the toll."),
              ElementsAre(Found{"to approve the pier, the ferry and the toll", "", "indirect"}));
  // Hard negatives: a verb of saying or endorsing after "expected to" is the subject's own.
  EXPECT_THAT(Statements("The Gazette is expected to endorse Ann Ray."),
              ElementsAre(Found{"Ann Ray", "Gazette", "indirect"}));
  EXPECT_THAT(Statements("The board is expected to announce on Monday that the pier will close."),
              ElementsAre(Found{"the pier will close", "board", "indirect"}));
  // Hard negative: the active "said to" and its listener.
  EXPECT_THAT(Statements("Tom Lee said to reporters that the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, ParticipleAfterTheSubjectModifiesIt) {
  // "Pilots backing the strike said ...": the participle describes the speakers; the verb
  // of saying after its object is the clause's, and the participle reports nothing.
  EXPECT_THAT(Statements("Pilots backing the strike said the ferry was unsafe."),
              ElementsAre(Found{"the ferry was unsafe", "Pilots", "indirect"}));
  EXPECT_THAT(Statements("Activists calling for the closure of the pier told reporters that"
                         " the ferry was unsafe."),
              ElementsAre(Found{"the ferry was unsafe", "Activists", "indirect"}));
  EXPECT_THAT(Statements("One pilot backing the plan, Tom Lee, said he had made 150 calls."),
              ElementsAre(Found{"he had made 150 calls", "Tom Lee", "indirect"}));
  // After a plural noun the verb's present has no -s.
  EXPECT_THAT(Statements("Critics opposing the pier say it is too costly."),
              ElementsAre(Found{"it is too costly", "Critics", "indirect"}));
  // Hard negatives: set off by commas, the participle reports its own object; a second verb
  // of the participle's ("and said") and a noun in -s ("its comments") are not the clause's.
  EXPECT_THAT(Statements("Critics, calling the plan a failure, said the ferry was unsafe."),
              ElementsAre(Found{"the plan a failure", "Critics", "indirect"},
                          Found{"the ferry was unsafe", "Critics", "indirect"}));
  EXPECT_THAT(Statements("Pilots vowing to stay out and said the ferry was unsafe."),
              ElementsAre(Found{"to stay out", "Pilots", "indirect"},
                          Found{"the ferry was unsafe", "Pilots", "indirect"}));
  // A participle after an object describes the object, and reports as before.
  EXPECT_THAT(Statements("The union issued a statement criticizing the plan the mayor"
                         " announced on Monday."),
              ElementsAre(Found{"the plan the mayor announced on Monday", "union",
                                "indirect"}));
  EXPECT_THAT(Statements("A union demanding the board drop its comments stayed home."),
              ElementsAre(Found{"the board drop its comments stayed home", "union",
                                "indirect"}));
}

TEST(SpeechConstructionTest, ParticipleOpeningTheSentenceReportsForTheMainSubject) {
  // "Noting that A, Lee said B": the opening participle's clause is the main clause's
  // subject's statement too.
  EXPECT_THAT(Statements("Noting that the pier is old, Tom Lee said repairs would start."),
              ElementsAre(Found{"the pier is old", "Tom Lee", "indirect"},
                          Found{"repairs would start", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Arguing that fares are too high, pilots have called a strike."),
              ElementsAre(Found{"fares are too high", "pilots", "indirect"}));
  EXPECT_THAT(Statements("Saying she was tired, Ann Ray left."),
              ElementsAre(Found{"she was tired", "Ann Ray", "indirect"}));
  // Hard negatives: an object or a place is no clause ("Calling the plan a failure" aside),
  // and a participle after an adverb is part of the subject.
  EXPECT_THAT(Statements("Speaking at the forum, Ann Ray left early."), IsEmpty());
  EXPECT_THAT(Statements("Citing data from the port, the newly elected mayor left."),
              IsEmpty());
}

TEST(SpeechConstructionTest, DateBetweenSubjectAndCue) {
  // "Ray on March 5 said", "the board in 2015 said": a day or a year dates the saying.
  EXPECT_THAT(Statements("Ann Ray on March 5 said the ferry would stay."),
              ElementsAre(Found{"the ferry would stay", "Ann Ray", "indirect"}));
  // (A month and day with no preposition before them: no date skipped, and no read before
  // the text's first token.)
  EXPECT_THAT(Statements("Officials March 5 said the ferry would stay."), IsEmpty());
  EXPECT_THAT(Statements("The port board in 2015 said the ferry would stay."),
              ElementsAre(Found{"the ferry would stay", "port board", "indirect"}));
  // Hard negative: "seven in 10" is a share of those polled, not seven people in a year.
  EXPECT_THAT(Statements("Nearly seven in 10 said the ferry ran late."),
              ElementsAre(Found{"the ferry ran late", "seven in 10", "indirect"}));
}

TEST(SpeechConstructionTest, AddToANounPhraseIsNoSaying) {
  // "added to the uncertainty": to increase it.
  EXPECT_THAT(Statements("The delay added to the uncertainty over the ferry."), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray is adding to her lead over Tom Lee."), IsEmpty());
  // Hard negatives: "added" alone, "added to reporters that" and "added to" after the quote
  // it attributes still report.
  EXPECT_THAT(Statements("\"We will rebuild the pier,\" Ann Ray added to the cheers of the "
                         "crowd."),
              ElementsAre(Found{"We will rebuild the pier,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("\"It is safe,\" Ann Ray added."),
              ElementsAre(Found{"It is safe,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Ann Ray added to reporters that the port was safe."),
              ElementsAre(Found{"the port was safe", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, ShareOfAGroupIsOneSpeaker) {
  // "seven in 10 riders", "One in five voters": the share and its group, one group speaker.
  EXPECT_THAT(Statements("Nearly seven in 10 riders said the ferry ran late."),
              ElementsAre(Found{"the ferry ran late", "seven in 10 riders", "indirect"}));
  EXPECT_THAT(Statements("One in five voters in Ohio said the ferry mattered."),
              ElementsAre(Found{"the ferry mattered", "One in five voters in Ohio", "indirect"}));
  // Hard negative: a number that is no share stays out ("in 2015" dates the saying).
  EXPECT_THAT(Statements("Port riders in 2015 said the ferry ran late."),
              ElementsAre(Found{"the ferry ran late", "Port riders", "indirect"}));
}

TEST(SpeechConstructionTest, GroupInANumberOfPlacesSpeaks) {
  // "voters in 10 states", "governors of 10 states": a number before a plural that is also
  // a cue verb ("states") makes it a noun, and "in" + a number of places belongs to the group.
  EXPECT_THAT(Statements("Voters in 10 states said the ferry mattered."),
              ElementsAre(Found{"the ferry mattered", "Voters in 10 states", "indirect"}));
  EXPECT_THAT(Statements("Governors of two states said the ferry mattered."),
              ElementsAre(Found{"the ferry mattered", "Governors of two states", "indirect"}));
  EXPECT_THAT(Statements("The vote was close, and officials in three cities said the toll would "
                         "stay."),
              ElementsAre(Found{"the toll would stay", "officials in three cities", "indirect"}));
  EXPECT_THAT(Statements("Insiders in the two states - Elmland and Westmark - said the toll "
                         "would stay."),
              ElementsAre(Found{"the toll would stay", "Insiders in the two states",
                                "indirect"}));
  // Hard negatives: a year dates the saying; a share keeps its own reading.
  EXPECT_THAT(Statements("The vote was close, and riders in 2015 said the toll would stay."),
              ElementsAre(Found{"the toll would stay", "riders", "indirect"}));
  EXPECT_THAT(Statements("Nearly seven in 10 riders said the ferry ran late."),
              ElementsAre(Found{"the ferry ran late", "seven in 10 riders", "indirect"}));
}

TEST(SpeechConstructionTest, ShareRestatedAsAFigureSpeaks) {
  // "about three-fifths, 61 percent, say": the figure between commas is the speaker; a share
  // with the percent sign keeps the sign in its name.
  EXPECT_THAT(Statements("Among riders, about three-fifths, 61 percent, say the ferry runs late."),
              ElementsAre(Found{"the ferry runs late", "61 percent", "indirect"}));
  EXPECT_THAT(Statements("A majority, 55%, said the toll would stay."),
              ElementsAre(Found{"the toll would stay", "55%", "indirect"}));
  EXPECT_THAT(Statements("Nearly 42% said the toll would stay."),
              ElementsAre(Found{"the toll would stay", "42%", "indirect"}));
  // Hard negatives: after a clause the phrase keeps its head; an age is no share; nor is an
  // aside about a name that ends in a figure.
  EXPECT_THAT(Statements("The toll will stay, a majority, 55 percent, said."),
              ElementsAre(Found{"The toll will stay", "majority", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray, 54, said the toll would stay."),
              ElementsAre(Found{"the toll would stay", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray, who owns 40 percent, said the toll would stay."),
              ElementsAre(Found{"the toll would stay", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, with 52 percent, said he had won."),
              ElementsAre(Found{"he had won", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, AsideBeforeAnAppositive) {
  // "Lee, meanwhile, who sits on the board, said": the aside comes between the name and its
  // appositive; the name speaks.
  EXPECT_THAT(Statements("Lee, meanwhile, who sits on the board, said that the plan works."),
              ElementsAre(Found{"the plan works", "Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray, in turn, a pilot for the port, said the fares were high."),
              ElementsAre(Found{"the fares were high", "Ann Ray", "indirect"}));
  // Hard negative: the same asides in a clause before the cue stay in the clause.
  EXPECT_THAT(Statements("The pier, meanwhile, which opened in 1990, is closing, Lee said."),
              ElementsAre(Found{"The pier, meanwhile, which opened in 1990, is closing", "Lee",
                                "indirect"}));
}

TEST(SpeechConstructionTest, WhereClauseOnTheSubjectIsAnAside) {
  // "The council, where she worked for a decade, said": a relative clause of place on a body
  // is set off as ", which ...," is (obituaries and profiles name the employer so).
  EXPECT_THAT(Statements("The council, where she worked for a decade, said the plant would "
                         "close."),
              ElementsAre(Found{"the plant would close", "council", "indirect"}));
  // Hard negative: after an opening adverbial of place, the name after the aside speaks.
  EXPECT_THAT(Statements("In Elm City, where the pier closed, Tom Lee said the port would "
                         "suffer."),
              ElementsAre(Found{"the port would suffer", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, OutletThatHasSeenADocumentIsNoSpeaker) {
  // ", which the Elm Argus has seen,": the writer's sourcing of a document, not a view of the
  // outlet's; the document speaks.
  EXPECT_THAT(Statements("The report, which the Elm Argus has seen, says the pier is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "report", "indirect"}));
  EXPECT_THAT(Statements("The report, which the Elm Argus has seen, runs to 40 pages."),
              IsEmpty());
  // Hard negative: a view after the verb ("seen as") is one.
  EXPECT_THAT(Statements("The plan, which Ann Ray has seen as a threat, will cost more."),
              Contains(Found{"a threat", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, DocumentSeenByAnOutletIsNoViewOfTheOutlets) {
  // "A copy of the letter was seen by the Elm Times": the outlet looked at the document; no
  // view of the outlet's is the subject.
  EXPECT_THAT(Statements("The port said the pier was safe. A copy of the letter was seen by the "
                         "Elm Times."),
              ElementsAre(Found{"the pier was safe", "port", "indirect"}));
  // Hard negative: a view after the agent ("seen by many as") is one, whose subject it is.
  EXPECT_THAT(Statements("The plan was seen by many as a failure."),
              Contains(Found{"The plan", "many", "indirect"}));
}

TEST(SpeechConstructionTest, AsideAfterAnAppositiveBeforeTheCue) {
  // "Ann Ray, the port director, however, said": the name speaks, the appositive is its
  // profile, the aside is skipped; also ", of course,".
  EXPECT_THAT(Statements("Ann Ray, the port director, however, said the toll would stay."),
              ElementsAre(Found{"the toll would stay", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The port's director, Tom Lee, of course, insisted that the delay was "
                         "unrelated."),
              ElementsAre(Found{"the delay was unrelated", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, of course, said the toll would stay."),
              ElementsAre(Found{"the toll would stay", "Tom Lee", "indirect"}));
  // A date set off by commas after a relative clause that names a place.
  EXPECT_THAT(Statements("Ida Moss, who lost her boat in Elm City, Oregon, in July 2012, said "
                         "that the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Ida Moss", "indirect"}));
  // Hard negatives: an opening adverbial is no appositive, and an age belongs to the name.
  EXPECT_THAT(Statements("In Elm City, Tom Lee, in fact, said the toll would stay."),
              ElementsAre(Found{"the toll would stay", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The other pilot, his cousin Ben Hart, 40, said the toll would stay."),
              ElementsAre(Found{"the toll would stay", "Ben Hart", "indirect"}));
  // ... and an appositive ends at a clause boundary.
  EXPECT_THAT(Statements("Ann Ray, the mayor, said the toll would rise, and Tom Lee, last "
                         "week, said it would fall."),
              ElementsAre(Found{"the toll would rise", "Ann Ray", "indirect"},
                          Found{"it would fall", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, AnonymityIsNoStatement) {
  // "who asked not to be named", "requested anonymity", "declined to be identified": the
  // reporter's account of the interview, not what the source said.
  EXPECT_THAT(Statements("\"The toll is too high,\" said one rider, who asked not to be "
                         "named."),
              ElementsAre(Found{"The toll is too high,", "rider", "direct"}));
  EXPECT_THAT(Statements("One official, who requested anonymity because of the talks, said "
                         "the toll would stay."),
              ElementsAre(Found{"the toll would stay", "official", "indirect"}));
  EXPECT_THAT(Statements("One official, who declined to be quoted, said the toll would "
                         "stay."),
              ElementsAre(Found{"the toll would stay", "official", "indirect"}));
  // After a comma, a participle of asking is the same wish.
  EXPECT_THAT(Statements("The toll is too high, an official said, asking not to be named."),
              ElementsAre(Found{"The toll is too high", "official", "indirect"}));
  // Hard negatives: asking someone else to act, and declining to comment on a matter, stay;
  // so do a statement about anonymity and a wish to be named to a post.
  EXPECT_THAT(Statements("Ann Ray asked the board to delay the vote."),
              ElementsAre(Found{"the board to delay the vote", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said anonymity protects riders."),
              ElementsAre(Found{"anonymity protects riders", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee hopes to be named the next port director."),
              ElementsAre(Found{"to be named the next port director", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray declined to say whether the toll would stay."),
              ElementsAre(Found{"to say whether the toll would stay", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, RelativeClauseOnTheSubjectBeforeTheCue) {
  // "A port official who asked not to be named said": the relative clause ends right
  // before the cue, and the phrase before "who" speaks.
  EXPECT_THAT(Statements("A port official who asked not to be named said the toll would "
                         "stay."),
              ElementsAre(Found{"the toll would stay", "port official", "indirect"}));
  EXPECT_THAT(Statements("Riders who spoke only in private said the toll would "
                         "stay."),
              ElementsAre(Found{"the toll would stay", "Riders", "indirect"}));
  // A subordinate clause inside the relative one, whose subject and verb in the past are
  // no speaker; and the relative clause before an auxiliary.
  EXPECT_THAT(Statements("The pilot who sailed before the storm broke said the toll would "
                         "stay."),
              ElementsAre(Found{"the toll would stay", "pilot", "indirect"}));
  EXPECT_THAT(Statements("The pilot who sailed before his engine gave out is now speaking "
                         "about a new toll."),
              ElementsAre(Found{"a new toll", "pilot", "indirect"}));
  // Hard negatives: a cue of the clause's own ("let them think", "winced at talk of").
  EXPECT_THAT(Statements("Pilots who flirt with riders let them think the toll would stay."),
              IsEmpty());
  EXPECT_THAT(Statements("Riders who winced at talk of a new toll went home."), IsEmpty());
}

TEST(SpeechConstructionTest, PluralListenerBeforeThat) {
  // "told riders that", "warned riders that": a plural noun for people is the listener of
  // a verb that addresses people, and the clause after "that" the content.
  EXPECT_THAT(Statements("Ann Ray told riders that the ferry was safe."),
              ElementsAre(Found{"the ferry was safe", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee warned riders that the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Tom Lee", "indirect"}));
  // ... also with no "that" before a clause with its own subject (a headline's too).
  EXPECT_THAT(Statements("Tom Lee warned riders the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ferry board warns riders fares will rise\n\nThe board met."),
              ElementsAre(Found{"fares will rise", "Ferry board", "indirect"}));
  // Hard negative: after a verb of judgement the noun and its relative clause are the
  // content.
  EXPECT_THAT(Statements("Ann Ray praised reforms that cut the toll."),
              ElementsAre(Found{"reforms that cut the toll", "Ann Ray", "indirect"}));
  // Nor where the noun names no people or "that" opens a relative clause.
  EXPECT_THAT(Statements("Tom Lee told stories that made riders laugh."),
              ElementsAre(Found{"stories that made riders laugh", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray warned riders that would not pay."),
              ElementsAre(Found{"riders that would not pay", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, VerbsOfRebuttalReassuranceAndConjecture) {
  // rebut (with its doubled consonant), refute, posit, implore, reassure, surmise, herald.
  EXPECT_THAT(Statements("Tom Lee rebutted the claim that the ferry was sold."),
              ElementsAre(Found{"the claim that the ferry was sold", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray reassured riders that the ferry was safe."),
              ElementsAre(Found{"the ferry was safe", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss posited that the toll would fall."),
              ElementsAre(Found{"the toll would fall", "Ida Moss", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray heralded the deal as a breakthrough."),
              ElementsAre(Found{"the deal as a breakthrough", "Ann Ray", "indirect"}));
  // Hard negative: the participle as an adjective ("the heralded deal").
  EXPECT_THAT(Statements("The heralded deal collapsed in May."), IsEmpty());
}

TEST(SpeechConstructionTest, PlaceAboardAfterTheListener) {
  // "told reporters aboard the ferry that ...": "aboard" opens a place, as "at" does.
  EXPECT_THAT(Statements("Ann Ray told reporters aboard the ferry that the toll would stay."),
              ElementsAre(Found{"the toll would stay", "Ann Ray", "indirect"}));
  // Hard negative: "near" keeps its place in an object of a relative clause.
  EXPECT_THAT(Statements("Voters who live near the pier say the toll is too high."),
              ElementsAre(Found{"the toll is too high", "Voters", "indirect"}));
}

TEST(SpeechConstructionTest, AccusedOfWithoutAnObjectIsPassive) {
  // "The pilot accused of ...": a passive participle after its noun, no charge by the pilot.
  EXPECT_THAT(Statements("The pilot accused of skipping the checks will stay on leave."),
              IsEmpty());
  // Hard negatives: an object between ("accused Lee of"), or a relative pronoun for it.
  EXPECT_THAT(Statements("Ray accused Lee of lying to the board."),
              ElementsAre(Found{"Lee of lying to the board", "Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray named the board members who she accused of ignoring riders."),
              ElementsAre(Found{"of ignoring riders", "Ann Ray", "indirect"}));
  // The charge after the relative pronoun's "accuse" is its content, not an adjunct before
  // it: the clause ends at its comma, and the main verb keeps its own statement.
  EXPECT_THAT(Statements("Tom Lee, whom prosecutors accuse of fraud, said he had done nothing "
                         "wrong."),
              ElementsAre(Found{"of fraud", "prosecutors", "indirect"},
                          Found{"he had done nothing wrong", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, NounOfThoughtBeforeAParticipleOfSpeech) {
  // "Ohio fears, saying ...": "fears" is a noun here, and the participle goes with the
  // clause's subject.
  EXPECT_THAT(Statements("Tom Lee worked to calm Ohio fears, saying the toll is fair."),
              ElementsAre(Found{"the toll is fair", "Tom Lee", "indirect"}));
  // Hard negatives: the verb with its clause, and after a plural subject.
  EXPECT_THAT(Statements("Ida Moss fears the toll will rise."),
              ElementsAre(Found{"the toll will rise", "Ida Moss", "indirect"}));
  EXPECT_THAT(Statements("Shares of Acme Corp. fell as investors worried, citing weak sales."),
              ElementsAre(Found{"citing weak sales", "investors", "indirect"}));
}

TEST(SpeechConstructionTest, SentenceAdverbsBetweenSubjectAndCue) {
  // "Lee instead said", "Ray nonetheless insisted": adverbs that are no -ly words.
  EXPECT_THAT(Statements("Tom Lee instead said the toll would rise."),
              ElementsAre(Found{"the toll would rise", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray nonetheless insisted the toll was fair."),
              ElementsAre(Found{"the toll was fair", "Ann Ray", "indirect"}));
  // Hard negative: alone at the sentence start, such an adverb is no subject.
  for (const Found& f : Statements("Instead the ferry docks at Pier 9, which Tom Lee, and "
                                   "others, have compared to a parking lot.")) {
    EXPECT_NE(f.speaker, "Instead");
  }
}

TEST(SpeechConstructionTest, PluralSubjectBeforeACueThatIsAlsoANoun) {
  // "the riders shout": a plural noun after "the", then the cue in its plural present.
  EXPECT_THAT(Statements("\"We want more ferries,\" the riders shout."),
              ElementsAre(Found{"We want more ferries,", "riders", "direct"}));
  // Hard negatives: an adjective before the noun ("the angry chant"), and a singular noun
  // that modifies it ("the press release").
  EXPECT_THAT(Statements("The crowd took up the angry chant \"No more tolls!\" at once."),
              IsEmpty());
  EXPECT_THAT(Statements("The press release said the toll would rise."),
              ElementsAre(Found{"the toll would rise", "press release", "indirect"}));
  // Nor a plural noun that is no noun for people ("the sales forecast for ...").
  EXPECT_THAT(Statements("The sales forecast for Acme Corp. was cut on Monday."), IsEmpty());
}

TEST(SpeechConstructionTest, PassiveParticipleAfterItsNounIsNoCue) {
  // "lines operated by private firms": a participle before "by" modifies the noun before it,
  // and "including" opens no subject.
  EXPECT_THAT(Statements("Ann Ray wants both ferries run like a bus line, including lines "
                         "operated by private firms. Lee agreed."),
              ElementsAre(Found{"both ferries run like a bus line, including lines operated by "
                                "private firms",
                                "Ann Ray", "indirect"}));
  // Hard negatives: "by" and a means of saying, and a name after "including" before a
  // relative clause.
  EXPECT_THAT(Statements("The spokesman said by phone that the toll would rise."),
              ElementsAre(Found{"the toll would rise", "spokesman", "indirect"}));
  EXPECT_THAT(Statements("The company stated by way of explanation that costs had risen."),
              ElementsAre(Found{"costs had risen", "company", "indirect"}));
  EXPECT_THAT(Statements("Several board members objected, including Tom Lee, who said the "
                         "fares were too high."),
              ElementsAre(Found{"the fares were too high", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, ContractedRelativePronounStandsForItsAntecedent) {
  // "Ray, who's long argued for ...": "who's" is "who" and an auxiliary, so the clause's
  // speaker is Ray, and so is the quote that follows.
  EXPECT_THAT(Statements("\"The vote was close,\" said Sen. Ann Ray (D-Ore.), who's long argued "
                         "for lower fares. \"We will try again.\""),
              ElementsAre(Found{"The vote was close,", "Ann Ray", "direct"},
                          Found{"We will try again.", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Tom Lee, who\xE2\x80\x99" "d long argued for lower tolls, said the plan "
                         "works."),
              ElementsAre(Found{"lower tolls", "Tom Lee", "indirect"},
                          Found{"the plan works", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, NamingParticipleAndWritingOffAreNoCues) {
  // "a group called Harbor Watch met ...": a name given, not a call; "write off": a debt.
  EXPECT_THAT(Statements("A rider group called Harbor Watch met the mayor."), IsEmpty());
  EXPECT_THAT(Statements("The plan would let owners quickly write off their losses."),
              IsEmpty());
  // Hard negatives: a description after the name, and "wrote" with its clause.
  EXPECT_THAT(Statements("An activist called Lee a liar on Monday."),
              ElementsAre(Found{"Lee a liar on Monday", "activist", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray wrote that the toll is fair."),
              ElementsAre(Found{"the toll is fair", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, LearningASkillOrALessonIsNoStatement) {
  // A skill or a lesson: an infinitive, a time or place, a source of the lesson, "a lot".
  EXPECT_THAT(Statements("Ann Ray learned to sail at the age of six."), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee learned at the age of six."), IsEmpty());
  EXPECT_THAT(Statements("Retirees sit around a table, learning to code."), IsEmpty());
  EXPECT_THAT(Statements("Riders learned a new trade from the long strike."), IsEmpty());
  // Hard negatives: what was learned as a clause, after "that" or an adjunct and "that".
  EXPECT_THAT(Statements("Tom Lee learned that the pier had closed."),
              ElementsAre(Found{"the pier had closed", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee learned at the meeting that the pier had closed."),
              ElementsAre(Found{"the pier had closed", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee learned the pier had closed."),
              ElementsAre(Found{"the pier had closed", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, IdiomsOfFindAddAndChargeAreNoCues) {
  // Finding oneself somewhere, adding to a lead, a bill and an indictment.
  EXPECT_THAT(Statements("The Harbor Bank now finds itself in a deep hole."),
              IsEmpty());
  EXPECT_THAT(Statements("Ann Ray won the vote in May, adding to her margin over Tom Lee."),
              IsEmpty());
  EXPECT_THAT(Statements("A firm Ray owns has charged the port about $2 million in fees."),
              IsEmpty());
  EXPECT_THAT(Statements("The clerk was arrested and charged with fraud this month."),
              IsEmpty());
  EXPECT_THAT(Statements("Ray charged her campaign for the rent."), IsEmpty());
  // Hard negatives: a finding, words added after a quote, and accusations.
  EXPECT_THAT(Statements("The audit found that the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "audit", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray charged that the toll was a fraud."),
              ElementsAre(Found{"the toll was a fraud", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray charged in a letter that the toll was a fraud."),
              ElementsAre(Found{"the toll was a fraud", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Critics charged the port had hidden the costs."),
              ElementsAre(Found{"the port had hidden the costs", "Critics", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the pier was late, adding to the board that she "
                         "would resign."),
              ElementsAre(Found{"the pier was late", "Ann Ray", "indirect"},
                          Found{"she would resign", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The mayor charged Harbor Watch with lying about the pier."),
              ElementsAre(Found{"Harbor Watch with lying about the pier", "mayor", "indirect"}));
  // A name in -ly before "charged" is its subject, not an adverb ("an emotionally charged").
  EXPECT_THAT(Statements("\"You have misled the riders,\" Ida Kelly charged at the hearing."),
              ElementsAre(Found{"You have misled the riders,", "Ida Kelly", "direct"}));
}

TEST(SpeechConstructionTest, ParticipleRightAfterAnAttributionIsItsSpeakers) {
  // "A, a port official said, adding that B": the participle after "X said," is X's, not
  // the speaker of the sentence's first cue (inside A).
  EXPECT_THAT(Statements("Elm City never objected while the port expanded, a harbor spokeswoman "
                         "said, adding that the effect on rents was unclear."),
              Contains(Found{"the effect on rents was unclear", "harbor spokeswoman", "indirect"}));
  // Hard negative: further on, the sentence's first attribution still lends its speaker.
  EXPECT_THAT(Statements("Ann Ray said the port, which Tom Lee praised, would close, adding "
                         "that the toll would stay."),
              Contains(Found{"the toll would stay", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, QuoteClosedByItsCommaThenSaidAndANameIsTheNames) {
  // `A survey found that "...," said Ida Moss`: the quotation is Ida Moss's, and the survey's
  // clause ends with its closing mark.
  EXPECT_THAT(Statements("A survey found that \"riders are tired of delays,\" said Ida Moss, "
                         "who runs Harbor Watch."),
              ElementsAre(Found{"riders are tired of delays,", "Ida Moss", "direct"}));
  // Hard negative: a comma and "said" after a plain clause keep it whole.
  EXPECT_THAT(Statements("The toll will rise, said Ida Moss."),
              ElementsAre(Found{"The toll will rise", "Ida Moss", "indirect"}));
}

TEST(SpeechConstructionTest, ShowNamedInQuotesIsATitleNotEvidence) {
  // `the TV show "Harbor Watch."`: "show" after an article is a noun and the quote its title,
  // so the next quotation stays with the speaker before it.
  EXPECT_THAT(Statements("\"It is far too soon to say,\" said Ann Ray, who also hosts the "
                         "TV show \"Harbor Watch.\" \"It depends on the economy.\""),
              ElementsAre(Found{"It is far too soon to say,", "Ann Ray", "direct"},
                          Found{"It depends on the economy.", "Ann Ray", "direct"}));
  // With two modifiers between the article and the noun, too.
  EXPECT_THAT(Statements("Ann Ray made sets for the cable TV show \"Harbor Lives.\""),
              IsEmpty());
  // Hard negatives: "show" as a verb before a quotation keeps its statement, also after a
  // subject of three words.
  EXPECT_THAT(Statements("The data show \"a clear lead\" for Ray."),
              ElementsAre(Found{"\"a clear lead\" for Ray", "data", "mixed"}));
  EXPECT_THAT(Statements("The new poll data show \"a clear lead\" for Ray."),
              ElementsAre(Found{"\"a clear lead\" for Ray", "new poll data", "mixed"}));
}

TEST(SpeechConstructionTest, ContentStartsAfterAShowAndItsTitle) {
  // "said on the Harbor show that", `said on the show "Morning Tide" that`: where it was
  // said, then the clause.
  EXPECT_THAT(Statements("Ann Ray said on the Harbor show that the council was an echo chamber."),
              ElementsAre(Found{"the council was an echo chamber", "Ann Ray", "indirect"}));
  EXPECT_THAT(
      Statements("Ann Ray said on the show \"Morning Tide\" that the council was an echo "
                 "chamber."),
      ElementsAre(Found{"the council was an echo chamber", "Ann Ray", "indirect"}));
  // Hard negative: a scare quote in the content is no title to skip.
  EXPECT_THAT(Statements("Tom Lee said this was a \"big mistake\" and that the mayor knew it."),
              ElementsAre(Found{"this was a \"big mistake\" and that the mayor knew it",
                                "Tom Lee", "mixed"}));
}

TEST(SpeechConstructionTest, PassiveOfCausingBeforeToSayKeepsTheSubject) {
  // "Mr. Lee was prompted to say": the one prompted says it.
  EXPECT_THAT(Statements("Tom Lee spoke first. The meeting was so calm that Mr. Lee was "
                         "prompted to say, \"Nobody here is angry tonight.\""),
              ElementsAre(Found{"Nobody here is angry tonight.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Ann Ray was forced to concede that the pier would close."),
              ElementsAre(Found{"the pier would close", "Ann Ray", "indirect"}));
  // Hard negative: "moved to" a place or a feeling is no saying.
  EXPECT_THAT(Statements("Ann Ray was moved to tears by the vote."), IsEmpty());
}

TEST(SpeechConstructionTest, SourceNamedRightBeforeAColonSpeaksTheQuote) {
  // A role noun and a name end the clause, and the colon gives them the floor.
  EXPECT_THAT(Statements("Turnout rose in the north. The rise does not surprise pollster Ann "
                         "Ray: \"Late surges favor the lesser-known candidate.\""),
              ElementsAre(Found{"Late surges favor the lesser-known candidate.", "Ann Ray",
                                "direct"}));
  // A roundup's dash, then the source; the verb before the dash has no words of its own.
  EXPECT_THAT(Statements("Pollsters agree - Ann Ray: \"Most polls had Lee ahead.\""),
              ElementsAre(Found{"Most polls had Lee ahead.", "Ann Ray", "direct"}));
  // Two names joined by "and" as well.
  EXPECT_THAT(Statements("Pollsters agree - Ann Ray and Ben Hart: \"Most polls had Lee "
                         "ahead.\""),
              ElementsAre(Found{"Most polls had Lee ahead.", "Ann Ray and Ben Hart",
                                "direct"}));
  EXPECT_THAT(Statements("Ann Ray runs the Elm poll. More from Ray: \"The state's partisanship "
                         "is only a starting point.\""),
              ElementsAre(Found{"The state's partisanship is only a starting point.", "Ann Ray",
                                "direct"}));
  EXPECT_THAT(Statements("Not all panels are equal. From the report: \"Samples with longer "
                         "field periods were more accurate.\""),
              ElementsAre(Found{"Samples with longer field periods were more accurate.",
                                "report", "direct"}));
  // Hard negatives: "from" a writer and what she did is no source phrase, and a place after
  // a preposition is no source either.
  EXPECT_THAT(Statements("From Ann Ray writing at Harbor Watch: \"The port is dead.\""),
              ElementsAre(Found{"The port is dead.", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("A week on, at noon on Elm TV: \"I never said the port would "
                         "close.\""),
              ElementsAre(Found{"I never said the port would close.", "", "direct"}));
}

TEST(SpeechConstructionTest, QuoteOnlyVerbEndingTheSentenceAttributesTheClause) {
  // "CLAUSE, Lee maintains." / "..., the mayor continued.": a verb that otherwise attributes
  // only a quotation ends the sentence after its speaker.
  EXPECT_THAT(Statements("The toll will fail, Tom Lee maintains."),
              ElementsAre(Found{"The toll will fail", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Fares rose for years, the mayor continued."),
              ElementsAre(Found{"Fares rose for years", "mayor", "indirect"}));
  // Hard negatives: a scene-setting clause is nobody's words, and "maintained" with an
  // object is upkeep.
  EXPECT_THAT(Statements("But when the question was put to Ann Ray, she laughed."), IsEmpty());
  EXPECT_THAT(Statements("After lunch, he continued."), IsEmpty());
  EXPECT_THAT(Statements("The city maintained the roads."), IsEmpty());
}

TEST(SpeechConstructionTest, ShruggedAttributesAQuotation) {
  // `"...," shrugged Ortiz`: a gesture that news uses as a verb of saying, for quotations
  // only.
  EXPECT_THAT(Statements("\"That is football,\" shrugged Maria Ortiz."),
              ElementsAre(Found{"That is football,", "Maria Ortiz", "direct"}));
  // So are "reasoned", "ventured", "groaned" and "chimed".
  EXPECT_THAT(Statements("\"The tide is late,\" Maria Ortiz reasoned. \"Or early,\" Tom Lee "
                         "ventured."),
              ElementsAre(Found{"The tide is late,", "Maria Ortiz", "direct"},
                          Found{"Or early,", "Tom Lee", "direct"}));
  // Hard negatives: the gesture alone, and "shrugged off" with its object.
  EXPECT_THAT(Statements("Maria Ortiz shrugged and left the pitch."), IsEmpty());
  EXPECT_THAT(Statements("Maria Ortiz shrugged off the criticism."),
              ElementsAre(Found{"the criticism", "Maria Ortiz", "indirect"}));
}

TEST(SpeechConstructionTest, OpeningRegardingPhraseIsNoSubject) {
  // "Regarding X, Lee shared his belief that ...": "regarding" opens an adverbial like a
  // preposition, and the possessive before the noun cue is the clause's subject.
  EXPECT_THAT(Statements("Regarding the remarks, Tom Lee shared his belief that the vote was "
                         "fair."),
              ElementsAre(Found{"the vote was fair", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, PartitiveThenANameIsThatName) {
  // "One of the men, Tom Lee, 70, served ... and said": the name picks out the one.
  EXPECT_THAT(Statements("One of the men, Tom Lee, 70, had served in the navy and said the "
                         "pier was doomed."),
              ElementsAre(Found{"the pier was doomed", "Tom Lee", "indirect"}));
  // Hard negative: a description after the partitive names nobody.
  EXPECT_THAT(Statements("One of the men, a veteran, had served in the navy and said the pier "
                         "was doomed."),
              ElementsAre(Found{"the pier was doomed", "One", "indirect"}));
}

TEST(SpeechConstructionTest, InfinitiveOfPurposeIsTheSubjectsStatement) {
  // "took to Harbor Radio to say", "stood up to announce", "went on Elm TV to defend": the
  // infinitive says why the subject acted, and the subject speaks.
  EXPECT_THAT(Statements("Ann Ray took to Harbor Radio to say the pier would stay open."),
              ElementsAre(Found{"the pier would stay open", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee stood up to announce, \"We won the vote.\""),
              ElementsAre(Found{"We won the vote.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Ann Ray held a long conference call to defend the toll."),
              ElementsAre(Found{"the toll", "Ann Ray", "indirect"}));
  // Hard negatives: the infinitive of a wh-word, a verb handing it to its object, "for X
  // to", a telephone call.
  EXPECT_THAT(Statements("The mayor knows how to say no to tolls."),
              Not(Contains(Field(&Found::content, "no to tolls"))));
  EXPECT_THAT(Statements("Elm TV sent a host to the pier to ask riders about the toll."),
              Not(Contains(Field(&Found::speaker, "Elm TV"))));
  EXPECT_THAT(Statements("The ruling is a chance for Ann Ray to defend the toll."), IsEmpty());
  EXPECT_THAT(Statements("Each side sent volunteers out on Sunday to call riders."),
              IsEmpty());
  // After the medium or the audience spoken to.
  EXPECT_THAT(Statements("Ray took to social media to say the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Ray", "indirect"}));
  EXPECT_THAT(Statements("Ray spoke to reporters to say the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Ray", "indirect"}));
  // A pronoun subject after an opening time without its comma.
  EXPECT_THAT(Statements("Ann Ray retired in June. Last week she sat down with the Elm Post "
                         "to talk about the pier."),
              ElementsAre(Found{"the pier", "Ann Ray", "indirect"}));
  // Hard negative: a name after the time, as before.
  EXPECT_THAT(Statements("Last week Ann Ray sat down with the Elm Post to talk about the pier."),
              ElementsAre(Found{"the pier", "Ann Ray", "indirect"}));
  // A verb of coming forward: "rose to ask" (a parliament's question), "returned to say".
  EXPECT_THAT(Statements("Tom Lee rose to ask why only 12 piers had been built."),
              ElementsAre(Found{"why only 12 piers had been built", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray returned to say the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Ann Ray", "indirect"}));
  // Hard negative: the idiom "to say nothing of".
  EXPECT_THAT(Statements("Fares rose to say nothing of tolls."), IsEmpty());
}

TEST(SpeechConstructionTest, ObjectOfAVerbOfCausingSpeaks) {
  // "The leak led Ann Ray to announce ...", "drove riders to demand ...": the one caused to
  // speak is the speaker, not the cause.
  EXPECT_THAT(Statements("The leak led Harbor chair Ann Ray to announce her resignation."),
              ElementsAre(Found{"her resignation", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The vote drove thousands of riders to demand a lower toll."),
              ElementsAre(Found{"a lower toll", "thousands of riders", "indirect"}));
  // Hard negative: "led" with no infinitive of saying reports nothing.
  EXPECT_THAT(Statements("Ann Ray led the crew to the pier."), IsEmpty());
}

TEST(SpeechConstructionTest, PollComparisonIsTheGroupsAnswer) {
  // "Riders were (far) more likely to say ...": a poll's comparison reports what the
  // group said.
  EXPECT_THAT(Statements("Riders were far more likely to say the toll was fair."),
              ElementsAre(Found{"the toll was fair", "Riders", "indirect"}));
  // Hard negative: "more likely to" an act that is no saying.
  EXPECT_THAT(Statements("Riders were more likely to drive to the pier."), IsEmpty());
}

TEST(SpeechConstructionTest, InfinitiveOfPurposeAfterUseOrOutOfOnesWay) {
  // "used the remarks to urge", "went out of her way to criticize": the purpose is the
  // subject's, whatever the object.
  EXPECT_THAT(Statements("The Harbor Trust used the remarks to urge riders to vote."),
              ElementsAre(Found{"riders to vote", "Harbor Trust", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray went out of her way to criticize the port."),
              ElementsAre(Found{"the port", "Ann Ray", "indirect"}));
  // Hard negative: "no way to say" is nobody's purpose.
  EXPECT_THAT(Statements("There is no way to say whether the port will close."), IsEmpty());
}

TEST(SpeechConstructionTest, VerbOfSayingAfterItsSubjectIsNoNounBeforeATitle) {
  // `The mayor said "Not Today."`: a verb after its subject (an article and a noun), not
  // a noun naming the quotation, so the quotation is no title.
  EXPECT_THAT(Statements("The mayor said \"Not Today.\""),
              ElementsAre(Found{"Not Today.", "mayor", "direct"}));
  EXPECT_THAT(Statements("Her husband replied \"Absolutely Not.\""),
              ElementsAre(Found{"Absolutely Not.", "husband", "direct"}));
  // A sentence that an article opens and the quotation ends has the cue for its verb.
  EXPECT_THAT(Statements("The data show \"Ray Leads By Four.\""),
              ElementsAre(Found{"Ray Leads By Four.", "data", "direct"}));
  // Hard negative: the noun of a show in the middle of a sentence still names a title.
  EXPECT_THAT(Statements("She appeared on the TV show \"Harbor Nights.\" \"I have no "
                         "regrets,\" Ann Ray said."),
              ElementsAre(Found{"I have no regrets,", "Ann Ray", "direct"}));
}

TEST(SpeechConstructionTest, ListenerOfAVerbOfSayingBeforeAColonIsNoSource) {
  // `Ann Ray told reporter Tom Lee: "..."`: the role noun and the name are the verb's
  // listener (also across a preposition and a possessive); the verb's subject speaks, and
  // the listener is no statement of its own.
  EXPECT_THAT(Statements("Ann Ray told reporter Tom Lee: \"I will not run.\""),
              ElementsAre(Found{"I will not run.", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Tom Lee wrote to mayor Ann Ray: \"The pier is failing.\""),
              ElementsAre(Found{"The pier is failing.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Tom Lee told the Ledger's editor Ann Ray: \"The pier is failing.\""),
              ElementsAre(Found{"The pier is failing.", "Tom Lee", "direct"}));
  // A topic after "on" is not the source either.
  EXPECT_THAT(Statements("Tom Lee, on pollster Ann Ray: \"She is the best.\""),
              ElementsAre(Found{"She is the best.", "Tom Lee", "direct"}));
  // Hard negatives: after a verb that is no verb of saying, or after "from", the one named
  // before the colon speaks.
  EXPECT_THAT(Statements("The surge did not surprise analyst Ben Hart: \"Voters wanted "
                         "change.\""),
              ElementsAre(Found{"Voters wanted change.", "Ben Hart", "direct"}));
  EXPECT_THAT(Statements("Two words from economist Ben Hart: \"Sell now.\""),
              ElementsAre(Found{"Sell now.", "Ben Hart", "direct"}));
}

TEST(SpeechConstructionTest, OnceOrWheneverClauseBeforeAQuoteOnlyVerbIsAScene) {
  // "Once the levy failed, the mayor continued.": a clause opened by "once" or "whenever"
  // sets the scene; nobody said it.
  EXPECT_THAT(Statements("Once the levy failed, the mayor continued."), IsEmpty());
  EXPECT_THAT(Statements("Whenever the ferry ran late, Ann Ray laughed."), IsEmpty());
  // Hard negative: "once" inside the clause leaves it the speaker's words.
  EXPECT_THAT(Statements("The levy failed once, the mayor continued."),
              ElementsAre(Found{"The levy failed once", "mayor", "indirect"}));
}

TEST(SpeechConstructionTest, ObjectOfAVerbOfCausingSpeaksBeforeAPurpose) {
  // "The audit spurred Ben Hart to declare ...": a name right before the infinitive would
  // read as an infinitive of purpose, but after a verb of causing the name is the one
  // caused to speak, not the clause's subject.
  EXPECT_THAT(Statements("The audit spurred Ben Hart to declare that the levy was dead."),
              ElementsAre(Found{"the levy was dead", "Ben Hart", "indirect"}));
  EXPECT_THAT(Statements("The vote spurred Ida Moss to say the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Ida Moss", "indirect"}));
  // Also in a participle after a comma, and in the base form after a modal.
  EXPECT_THAT(Statements("The post was shared widely, leading Ben Hart to counter that the "
                         "pier was safe."),
              ElementsAre(Found{"the pier was safe", "Ben Hart", "indirect"}));
  EXPECT_THAT(Statements("The leak could prompt Ann Ray to declare an emergency."),
              ElementsAre(Found{"an emergency", "Ann Ray", "indirect"}));
  // Hard negative: after a verb that causes nothing, the subject still speaks.
  EXPECT_THAT(Statements("Ann Ray phoned Tom Lee to say the deal was off."),
              ElementsAre(Found{"the deal was off", "Ann Ray", "indirect"}));
  // Hard negative: "lead" as an adjective is no verb of causing.
  EXPECT_THAT(Statements("The lead attorney to argue the case is Ann Ray."), IsEmpty());
}

TEST(SpeechConstructionTest, NameChosenForTheInfinitiveIsNoPurpose) {
  // "The board picked Tom Lee to announce ...": after a verb that chooses, summons or
  // wants a person, the name is the infinitive's subject; the clause's subject does not
  // speak (and nobody has spoken yet).
  EXPECT_THAT(Statements("The board picked Tom Lee to announce the results."), IsEmpty());
  EXPECT_THAT(Statements("The council summoned Ida Moss to explain the delays."), IsEmpty());
  EXPECT_THAT(Statements("The mayor would like Ben Hart to explain the delay."), IsEmpty());
  // Hard negative: after a verb of meeting or calling on someone, the subject speaks.
  EXPECT_THAT(Statements("Ann Ray visited Tom Lee on Monday to argue that the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, OccasionInTheSubjectOrADeadlineIsNoPurpose) {
  // "A hearing to discuss the toll was delayed": an occasion or a time in the clause's
  // opening noun phrase, with no verb before the infinitive, is what the infinitive
  // describes; "has until Friday to explain" is a deadline. Neither is a statement.
  EXPECT_THAT(Statements("A hearing to discuss the toll was delayed until June."), IsEmpty());
  EXPECT_THAT(Statements("The event Monday to announce the new ferry drew a crowd."),
              IsEmpty());
  EXPECT_THAT(Statements("Ann Ray has until Friday to explain the missing funds."), IsEmpty());
  EXPECT_THAT(Statements("The board had ten days to explain the delay."), IsEmpty());
  // Hard negatives: a verb before the occasion or the time leaves the purpose the
  // subject's.
  EXPECT_THAT(Statements("Tom Lee held a hearing on Monday to argue that the toll was fair."),
              ElementsAre(Found{"the toll was fair", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss returned Monday to say the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Ida Moss", "indirect"}));
}

TEST(SpeechConstructionTest, UndertakingLedToAnInfinitiveDoesNotSpeak) {
  // "Tom Lee led the fight to demand a recount": "led" in its sense of heading an
  // undertaking; the infinitive names the undertaking, which is no speaker (and the
  // subject has not spoken).
  EXPECT_THAT(Statements("Tom Lee led the fight to demand a recount."), IsEmpty());
  EXPECT_THAT(Statements("Ida Moss leads the drive to declare the pier a landmark."), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray led efforts to denounce the toll."), IsEmpty());
  // Hard negative: a body led to speak still speaks.
  EXPECT_THAT(Statements("Ann Ray led the council to declare an emergency."),
              ElementsAre(Found{"an emergency", "council", "indirect"}));
}

TEST(SpeechConstructionTest, CoordinatedVerbBeforeAColonIsNotInverted) {
  // "Ray criticized the plan and recalled the freeze: ...": after "and" a verb of saying
  // never comes before its speaker, so the noun phrase after it is its object, and the
  // clause's subject speaks the quotation.
  EXPECT_THAT(Statements("Ray criticized the plan and recalled the freeze: \"I saw how "
                         "hard it was.\""),
              ElementsAre(Found{"the plan", "Ray", "indirect"},
                          Found{"I saw how hard it was.", "Ray", "direct"}));
  EXPECT_THAT(Statements("Ray said the plan failed and recalled the freeze on city pay: "
                         "\"I saw how hard it was.\""),
              ElementsAre(Found{"the plan failed", "Ray", "indirect"},
                          Found{"I saw how hard it was.", "Ray", "direct"}));
  // Hard negative: at the head of its clause the verb does come before its speaker.
  EXPECT_THAT(Statements("The pier reopened, recalled Ann Ray: \"It was a long wait.\""),
              ElementsAre(Found{"It was a long wait.", "Ann Ray", "direct"}));
  // A true inversion after "and" keeps its speaker when the clause has no subject.
  EXPECT_THAT(Statements("Then came the verdict and said the judge: \"Guilty.\""),
              ElementsAre(Found{"Guilty.", "judge", "direct"}));
}

TEST(SpeechConstructionTest, CueThatIsANounBeforeOfIsTheNoun) {
  // "the anger and fear of the riders": a cue that is also a noun, in its base form
  // before "of", is the noun; the verb of the sentence is "said".
  EXPECT_THAT(Statements("The anger and fear of the riders, Ray said, are real."),
              ElementsAre(Found{"The anger and fear of the riders", "Ray", "indirect"},
                          Found{"are real", "Ray", "indirect"}));
  EXPECT_THAT(Statements("Voters see the anger and fear of riders at the pier, Ray said."),
              ElementsAre(Found{"Voters see the anger and fear of riders at the pier", "Ray",
                                "indirect"}));
  // Hard negatives: a verb of saying that takes "of", and the verb without "of".
  EXPECT_THAT(Statements("Riders warn of delays at the pier."),
              ElementsAre(Found{"delays at the pier", "Riders", "indirect"}));
  EXPECT_THAT(Statements("Riders fear the pier will close."),
              ElementsAre(Found{"the pier will close", "Riders", "indirect"}));
}

TEST(SpeechConstructionTest, TopicCueKeepsItsPrepositionAcrossAShortAdjunct) {
  // "spoke at length about", "spoke to reporters on Monday about", "spoke highly of": an
  // adverb, a time or a listener between the verb and its preposition of topic; the topic
  // after the preposition is the content.
  EXPECT_THAT(Statements("Ray spoke at length about the pier."),
              ElementsAre(Found{"the pier", "Ray", "indirect"}));
  EXPECT_THAT(Statements("Ray spoke to reporters on Monday about the pier."),
              ElementsAre(Found{"the pier", "Ray", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss spoke highly of the new ferry."),
              ElementsAre(Found{"the new ferry", "Ida Moss", "indirect"}));
  // Hard negatives: "of" after a noun phrase belongs to it, not to the verb.
  EXPECT_THAT(Statements("Ray spoke to the Rotary Club of Elm City on Monday."), IsEmpty());
  EXPECT_THAT(Statements("Ray said much of the plan was sound."),
              ElementsAre(Found{"much of the plan was sound", "Ray", "indirect"}));
  // Nor after a noun in -ly, which is no adverb.
  EXPECT_THAT(Statements("Ray said supply of fuel was low."),
              ElementsAre(Found{"supply of fuel was low", "Ray", "indirect"}));
  // A place or an occasion is such an adjunct too.
  EXPECT_THAT(Statements("Ray spoke on the radio about the pier."),
              ElementsAre(Found{"the pier", "Ray", "indirect"}));
  EXPECT_THAT(Statements("Ray wrote in the paper about the pier."),
              ElementsAre(Found{"the pier", "Ray", "indirect"}));
  // Hard negative: a quote cue that ends in "on" ("went on") reports no topic.
  EXPECT_THAT(Statements("Then Ray went boldly on the offensive, saying, \"Is the mayor going to "
                         "act?\""),
              ElementsAre(Found{"Is the mayor going to act?", "Ray", "direct"}));
}

TEST(SpeechConstructionTest, TopicBeforeAColonIsNoSpeaker) {
  // "when asked about the audit:": the noun phrase after a preposition of topic is what
  // was asked about, so the quotation is the clause subject's.
  EXPECT_THAT(Statements("Tom Lee, who told the council when asked about the audit: \"It is "
                         "done.\""),
              ElementsAre(Found{"when asked about the audit", "Tom Lee", "indirect"},
                          Found{"It is done.", "Tom Lee", "direct"}));
}

TEST(SpeechConstructionTest, LongSubjectEndingInNamesJoinedByAnd) {
  // "Republican presidential hopefuls Ann Ray and Tom Lee say": a subject of more than
  // seven words may end in a list of names; the names speak.
  EXPECT_THAT(Statements("Republican presidential hopefuls Ann Ray and Tom Lee say Ben Hart "
                         "has not been tested."),
              ElementsAre(Found{"Ben Hart has not been tested", "Ann Ray and Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("Elm City council members Ann Ray and Tom Lee both said the pier was "
                         "unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Ann Ray and Tom Lee", "indirect"}));
  // Hard negative: a long phrase of common nouns is still cut to its last noun phrase.
  EXPECT_THAT(Statements("The many very tired old riders and their loyal friends say the pier "
                         "is unsafe."),
              ElementsAre(Found{"the pier is unsafe", "loyal friends", "indirect"}));
}

TEST(SpeechConstructionTest, ListOfNamesWithCommasSpeaksWhole) {
  // "Ann Ray, Tom Lee and Ida Moss said": every name of the list, not its last two.
  EXPECT_THAT(Statements("Ann Ray, Tom Lee and Ida Moss said the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Ann Ray, Tom Lee and Ida Moss",
                                "indirect"}));
  EXPECT_THAT(Statements("The vote was close. Ann Ray, Tom Lee and Ida Moss have all opposed "
                         "the toll."),
              ElementsAre(Found{"the toll", "Ann Ray, Tom Lee and Ida Moss", "indirect"}));
  // Hard negatives: an opening adverb or place before the comma is no name of the list.
  EXPECT_THAT(Statements("Meanwhile, Tom Lee and Ida Moss said the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Tom Lee and Ida Moss", "indirect"}));
  EXPECT_THAT(Statements("In Salem, Tom Lee and Ida Moss said the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Tom Lee and Ida Moss", "indirect"}));
}

TEST(SpeechConstructionTest, NameWithAppositiveAfterASubordinatorSpeaks) {
  // "Analysts listened while Tom Lee, the former mayor, said ...": the clause opened by a
  // subordinator has the name as its subject, with the appositive as its profile.
  EXPECT_THAT(Statements("Analysts listened while Tom Lee, the former mayor, opined on the "
                         "state of the port."),
              ElementsAre(Found{"the state of the port", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The port closed after Ann Ray, the director, said it was unsafe."),
              ElementsAre(Found{"it was unsafe", "Ann Ray", "indirect"}));
  // Hard negative: without a subordinator the words before the name are no subject.
  EXPECT_THAT(Statements("Analysts met Tom Lee, the former mayor, on Monday."), IsEmpty());
}

TEST(SpeechConstructionTest, SpanOfTimeOrPlaceBeforeTheVerbsEndIsNoContent) {
  // "as Harbor Watch reported two weeks later", "testified before the board last week":
  // when and where, and nothing that was said.
  EXPECT_THAT(Statements("The board met in secret, as Harbor Watch reported two weeks "
                         "later."),
              IsEmpty());
  EXPECT_THAT(Statements("Ray testified before the board last week."), IsEmpty());
  // Hard negative: a clause after the time is what was said.
  EXPECT_THAT(Statements("Ray said after the vote that the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Ray", "indirect"}));
  // Unless it answers a question about when.
  EXPECT_THAT(Statements("Asked when the pier would reopen, Ray said two weeks later."),
              ElementsAre(Found{"when the pier would reopen", "", "indirect"},
                          Found{"two weeks later", "Ray", "indirect"}));
}

TEST(SpeechConstructionTest, ParticipleCoordinatedWithAPassiveIsPassive) {
  // "were jeered and criticized on the radio": the second participle shares the
  // passive; its subject is who was criticized, not who criticized.
  EXPECT_THAT(Statements("Officials on the board were jeered and criticized on the radio."),
              IsEmpty());
  // Hard negatives: a verb with an object or a clause after a passive is active.
  EXPECT_THAT(Statements("Ray was elected and said the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Ray", "indirect"}));
  EXPECT_THAT(Statements("Ray was annoyed and criticized the plan."),
              ElementsAre(Found{"the plan", "Ray", "indirect"}));
  // A verb after "and" that introduces a quotation is active.
  EXPECT_THAT(Statements("The report was released and stated: \"The pier is unsafe.\""),
              ElementsAre(Found{"The pier is unsafe.", "report", "direct"}));
  // A time after the participle is passed over: what follows it decides.
  EXPECT_THAT(Statements("The officials were fined and criticized last week."), IsEmpty());
  EXPECT_THAT(Statements("Ray was elected and said last week that the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Ray", "indirect"}));
}

TEST(SpeechConstructionTest, NameAfterTheListenerOpensTheReportedClause) {
  // "told reporters Ann Ray was wrong", "told the Herald Ann Ray was wrong": a name with
  // its verb after the listener is the reported clause's subject, not part of the listener.
  EXPECT_THAT(Statements("Lee told reporters Ann Ray was wrong."),
              ElementsAre(Found{"Ann Ray was wrong", "Lee", "indirect"}));
  EXPECT_THAT(Statements("Lee told the Herald Ann Ray was wrong."),
              ElementsAre(Found{"Ann Ray was wrong", "Lee", "indirect"}));
  EXPECT_THAT(Statements("Lee told him Ann Ray had left."),
              ElementsAre(Found{"Ann Ray had left", "Lee", "indirect"}));
  // Hard negatives: a listener named with a first name, a role and a name.
  EXPECT_THAT(Statements("Lee told the Ann Arbor News that the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Lee", "indirect"}));
  EXPECT_THAT(Statements("Lee told reporter Ann Ray that the pier was safe."),
              ElementsAre(Found{"the pier was safe", "Lee", "indirect"}));
}

TEST(SpeechConstructionTest, OneNounIsAWholeTopic) {
  // "warned of delays", "talked about Lee": after a preposition of topic one noun is the
  // whole content (two words are required elsewhere).
  EXPECT_THAT(Statements("Ray warned of delays."),
              ElementsAre(Found{"delays", "Ray", "indirect"}));
  EXPECT_THAT(Statements("The report prompted officials to warn of shortages."),
              ElementsAre(Found{"shortages", "officials", "indirect"}));
  // Hard negative: a pronoun is no topic.
  EXPECT_THAT(Statements("Ray talked about it."), IsEmpty());
}

TEST(SpeechConstructionTest, ModifiedPluralSubjectClosesAnOpeningSubordinateClause) {
  // "Even as Lee said A, striking miners marched": a plural noun after one modifier, then
  // its verb, opens the main clause, as a bare plural does.
  EXPECT_THAT(Statements("Even as Lee said the plan was sound, striking miners have taken to "
                         "the streets."),
              ElementsAre(Found{"the plan was sound", "Lee", "indirect"}));
  EXPECT_THAT(Statements("While Ray insisted the budget was balanced, angry residents marched "
                         "on the hall."),
              ElementsAre(Found{"the budget was balanced", "Ray", "indirect"}));
  // Hard negative: the reported clause's own list goes on after its comma.
  EXPECT_THAT(Statements("While Ray said the budget covered roads, public schools and parks, "
                         "the board cut it."),
              ElementsAre(Found{"the budget covered roads, public schools and parks", "Ray",
                                "indirect"}));
}

TEST(SpeechConstructionTest, FilerOfAPricedLawsuitSpeaksThroughIt) {
  // "filed a $12 million suit claiming ...": the currency sign does not hide the
  // document's filer, who speaks through it.
  EXPECT_THAT(Statements("Attorney General Eric Stone filed a $12 million lawsuit in 2019 "
                         "alleging that the ferry line had misled riders."),
              ElementsAre(Found{"the ferry line had misled riders", "Eric Stone", "indirect"}));
}

TEST(SpeechConstructionTest, PutItToAListenerThatIsAProposition) {
  // Inquiries and trials report counsel's propositions as "put it to the witness that":
  // the listener, then the clause, as after "told".
  EXPECT_THAT(Statements("Ann Ray put it to Mr Lee that the council had known the levee was "
                         "unsafe."),
              ElementsAre(Found{"the council had known the levee was unsafe", "Ann Ray",
                                "indirect"}));
  // Hard negatives: "put it to a vote" puts no words to anyone; "as Lee put it" still
  // attributes the quotation after it.
  EXPECT_THAT(Statements("Ann Ray put it to a vote."), ElementsAre());
  EXPECT_THAT(Statements("As Tom Lee put it, \"The levee was never safe.\""),
              ElementsAre(Found{"The levee was never safe.", "Tom Lee", "direct"}));
}

TEST(SpeechConstructionTest, WarningForAPlaceIsAForecastersProduct) {
  // "a red wind warning for the coast", a headline's "Emergency warning for Elm fire": a
  // warning for a place or an event is issued, not said.
  EXPECT_THAT(Statements("Emergency warning for Elm fire as winds swing"), ElementsAre());
  EXPECT_THAT(Statements("Elm Met had issued a red wind warning for the coast on Tuesday."),
              ElementsAre());
  // Hard negatives: a time after "for" (whose span is not this test's), and a warning of
  // something.
  const std::vector<Found> for_years =
      Statements("Ann Ray warned for years that the levee would fail.");
  ASSERT_EQ(for_years.size(), 1u);
  EXPECT_EQ(for_years[0].speaker, "Ann Ray");
  EXPECT_THAT(Statements("Ann Ray warned of floods on the coast."),
              ElementsAre(Found{"floods on the coast", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, PassiveToldWithoutThatReportsTheClause) {
  // "Staff were told they would lose their jobs": what the subject was told, with no
  // "that", opens with its own subject and a finite auxiliary; nobody is named.
  EXPECT_THAT(Statements("Staff were told they would lose their jobs."),
              ElementsAre(Found{"they would lose their jobs", "", "indirect"}));
  EXPECT_THAT(Statements("Residents have been told the bridge will close."),
              ElementsAre(Found{"the bridge will close", "", "indirect"}));
  // Hard negatives: an instruction, and an object.
  EXPECT_THAT(Statements("Staff were told to leave."), ElementsAre());
  EXPECT_THAT(Statements("He was told the news by his wife."), ElementsAre());
  // Also after a time: "were told last night it was too late".
  EXPECT_THAT(Statements("Residents of Elm were told last night it was too late to leave."),
              ElementsAre(Found{"it was too late to leave", "", "indirect"}));
  EXPECT_THAT(Statements("Staff were told on Monday they would lose their jobs."),
              ElementsAre(Found{"they would lose their jobs", "", "indirect"}));
  // Hard negatives: an instruction or an object after the time.
  EXPECT_THAT(Statements("Staff were told on Monday to leave."), ElementsAre());
  EXPECT_THAT(Statements("He was told last week the news from Elm."), ElementsAre());
}

TEST(SpeechConstructionTest, HeadlinesToldWithNoObjectIsAPassive) {
  // "..., MPs told": a headline's "told" ending the line is "were told"; the hearers are no
  // speaker.
  EXPECT_THAT(Statements("Ferry cuts will hurt islanders, Elm Assembly told\n\nThe cuts start "
                         "in May."),
              ElementsAre(Found{"Ferry cuts will hurt islanders", "", "indirect"}));
  // Hard negative: a body's sentence keeps its speaker (its object was lost).
  EXPECT_THAT(Statements("The ferry is late, Ann Ray told."),
              ElementsAre(Found{"The ferry is late", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, FoundInAPlaceIsNoFinding) {
  // "was found in the product": where a thing was, no finding of the sentence's subject; nor
  // is the passive's second half after "but not".
  EXPECT_THAT(Statements("Peanut, a common allergen, was found in the product."), IsEmpty());
  EXPECT_THAT(Statements("The agency told the shop to recall the cakes after peanut, an "
                         "allergen, was found in the product but not declared on its label."),
              ElementsAre(Found{"to recall the cakes after peanut, an allergen, was found in the "
                                "product but not declared on its label", "agency", "indirect"}));
  // Hard negative: a finding's clause after "found" is one.
  EXPECT_THAT(Statements("The report found that the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "report", "indirect"}));
}

TEST(SpeechConstructionTest, ReportedToTheOneToldIsNoHearsay) {
  // "were reported to the board": "to" and the one told, not hearsay's infinitive ("is
  // reported to have quit").
  EXPECT_THAT(Statements("The figures were reported to the board on Monday."), IsEmpty());
  // Hard negative: the infinitive is what is said of the subject, by nobody named.
  EXPECT_THAT(Statements("Ann Ray is reported to have quit."),
              ElementsAre(Found{"to have quit", "", "indirect"}));
}

TEST(SpeechConstructionTest, PassiveSecondHalfAfterButNotIsNoCue) {
  // "was detected in May but not reported until July": the participle after "but not" is
  // the passive's second half, with an adjunct after the first; it neither speaks nor ends
  // the reported clause.
  EXPECT_THAT(Statements("The regulator alleges that the leak was detected in May but not "
                         "reported until July."),
              ElementsAre(Found{"the leak was detected in May but not reported until July",
                                "regulator", "indirect"}));
  EXPECT_THAT(Statements("The regulator alleges that the leak was detected by a crew in May but "
                         "not reported until July."),
              ElementsAre(Found{"the leak was detected by a crew in May but not reported until "
                                "July", "regulator", "indirect"}));
  // Hard negative: a subject of its own after "but" reports.
  EXPECT_THAT(Statements("The plan was drafted in May but Tom Lee announced on Monday that it "
                         "would fail."),
              ElementsAre(Found{"it would fail", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, BodyRecallingGoodsIsNoMemory) {
  // "Elm agency recalls frozen cakes", "EFA recalls ...": after a body's noun or acronym,
  // "recall" and a noun phrase takes goods off the shelves; it tells nothing.
  EXPECT_THAT(Statements("Elm agency recalls frozen cakes over undeclared peanut allergen\n\n"
                         "The cakes were sold in Oakport."),
              IsEmpty());
  EXPECT_THAT(Statements("EFA recalls frozen cakes over peanut allergen\n\nThe cakes were sold "
                         "in Oakport."),
              IsEmpty());
  EXPECT_THAT(Statements("The regulator has recalled three batches of the spice mix."), IsEmpty());
  // Hard negative: a body's memory takes a clause or a question.
  EXPECT_THAT(Statements("The agency recalled how the fire began."),
              ElementsAre(Found{"how the fire began", "agency", "indirect"}));
}

TEST(SpeechConstructionTest, NumberOfThingsOrderedIsAPurchase) {
  // "The airline ordered 20 jets": goods bought, nothing said.
  EXPECT_THAT(Statements("The Elm transit agency has ordered 60 new streetcars from a maker in "
                         "Oakport."),
              ElementsAre());
  // Hard negatives: an order to people names what they must do.
  EXPECT_THAT(Statements("Police ordered 20 families to leave their homes."),
              ElementsAre(Found{"20 families to leave their homes", "Police", "indirect"}));
  EXPECT_THAT(Statements("The judge ordered the city to release the video."),
              ElementsAre(Found{"the city to release the video", "judge", "indirect"}));
}

TEST(SpeechConstructionTest, AttributionClosingAParenthesisSaysWhatIsInside) {
  // "(the best part, he insists)": the words between the parenthesis and the comma are
  // what was said; the sentence after the closing mark is the writer's.
  EXPECT_THAT(Statements("The toll (a fair price, Tom Lee said) will rise in May."),
              ElementsAre(Found{"a fair price", "Tom Lee", "indirect"}));
  // "(Lee said)" alone: the clause before the parenthesis.
  EXPECT_THAT(Statements("The toll will rise (Tom Lee said) in May."),
              ElementsAre(Found{"The toll will rise", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, StateBeforeABusinessNounIsNoVerb) {
  // "state utility Elm Power said": "state" modifies the body's noun, as before "agency"; it
  // is no cue ending the speaker's phrase. The noun refers back to the body later.
  EXPECT_THAT(Statements("The plant will close, state utility Elm Power said on Tuesday."),
              ElementsAre(Found{"The plant will close", "Elm Power", "indirect"}));
  EXPECT_THAT(Statements("The plant will close, state broadcaster Elm Radio reported."),
              ElementsAre(Found{"The plant will close", "Elm Radio", "indirect"}));
  const Extraction e = extract_test::ExtractOrDie(
      "Power will be cut from 4pm, state utility Vuka Power announced. \"We regret this,\" "
      "the utility said.");
  const SpeakerProfile* utility = extract_test::FindSpeaker(e, "utility");
  ASSERT_NE(utility, nullptr);
  EXPECT_THAT(utility->organizations, ElementsAre("Vuka Power"));
}

TEST(SpeechConstructionTest, SaidOneCommaNameIsThatPerson) {
  // `"...," said one, Ann Ray, a student.`: one of the people written about, named between
  // commas, speaks (not the group the paragraph opened with).
  EXPECT_THAT(Statements("Fans rallied online. \"Take all the time you need,\" said one, Ann "
                         "Ray, a 22-year-old student."),
              ElementsAre(Found{"Take all the time you need,", "Ann Ray", "direct"}));
  // Hard negative: no name after the comma.
  EXPECT_THAT(Statements("Fans rallied. \"It was great,\" said one, who asked not to be named."),
              ElementsAre(Found{"It was great,", "Fans", "direct"}));
}

TEST(SpeechConstructionTest, ReplyAfterAQuestionPutToTheSubjectIsTheSubjects) {
  // "Ann Ray was asked whether ... and replied that ...": the question is put to her by
  // someone unnamed; the coordinated reply is hers.
  EXPECT_THAT(Statements("Ann Ray was asked whether the drones would be armed and replied "
                         "that they would carry sensors."),
              ElementsAre(Found{"whether the drones would be armed", "", "indirect"},
                          Found{"they would carry sensors", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, HearsayInfinitiveAfterTheAgentIsWhatWasSaid) {
  // "Tom Lee was said by aides to be confident": the agent says it; the infinitive is what
  // was said of the subject (as in "Tom Lee is said to be confident"), and the subject
  // alone is no statement.
  EXPECT_THAT(Statements("Tom Lee was said by aides to be quietly confident."),
              ElementsAre(Found{"to be quietly confident", "aides", "indirect"}));
  // Hard negative: a passive of judgement keeps its topic and reason.
  EXPECT_THAT(Statements("The plan was criticized by Ann Ray for raising fares."),
              ElementsAre(Found{"The plan", "Ann Ray", "indirect"},
                          Found{"for raising fares", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, PassiveOfHearsayReportsTheInfinitive) {
  // "is reported / believed / understood / learnt / alleged / expected to": as "is said to",
  // what unnamed people say of the subject; the infinitive is the statement, with no
  // speaker.
  EXPECT_THAT(Statements("The central bank is learnt to have sought a report from the firm."),
              ElementsAre(Found{"to have sought a report from the firm", "", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray is believed to have resigned on Monday."),
              ElementsAre(Found{"to have resigned on Monday", "", "indirect"}));
  EXPECT_THAT(Statements("The board is expected to approve the plan."),
              ElementsAre(Found{"to approve the plan", "", "indirect"}));
  // Hard negatives: a verb of saying as the infinitive is the subject's own (to come, or
  // reported); learning a skill says nothing.
  EXPECT_THAT(Statements("The Elm Bank is expected to announce on Monday that rates will hold."),
              ElementsAre(Found{"rates will hold", "Elm Bank", "indirect"}));
  EXPECT_THAT(Statements("She was learning to code."), IsEmpty());
}

TEST(SpeechConstructionTest, PluralNounAfterAnOpeningModifierIsNoCue) {
  // "Refugee advocates reacted angrily", "Robbery suspects arrested in Elm": the cue's -s
  // form is a plural noun after one modifier opening the sentence; the -ed word is its verb.
  EXPECT_THAT(Statements("Refugee advocates reacted angrily to the plan."), IsEmpty());
  EXPECT_THAT(Statements("Robbery suspects arrested in Elm."), IsEmpty());
  // Hard negative: an -ed adjective before the object of a verb of saying.
  EXPECT_THAT(Statements("Ray warns renewed strikes are likely."),
              ElementsAre(Found{"renewed strikes are likely", "Ray", "indirect"}));
}

TEST(SpeechConstructionTest, InterviewAnswersAreTheIntervieweesWords) {
  // A Q&A interview: each "A:" paragraph is the words of the person the introduction names;
  // an answer with a verb of saying inside keeps the statement that gives.
  EXPECT_THAT(Statements("Actor Ann Ray returns to the screen this week.\n\nQ: Why did you "
                         "stay away?\n\nA: Honestly, I was tired of the work.\n\nQ: Would "
                         "you direct?\n\nA: My father said I would one day.\n\nQ: What "
                         "next?\n\nA: A long holiday by the sea."),
              ElementsAre(Found{"Honestly, I was tired of the work", "Ann Ray", "direct"},
                          Found{"I would one day", "father", "indirect"},
                          Found{"A long holiday by the sea", "Ann Ray", "direct"}));
  // Hard negative: one "Q:" and one "A:" make no interview.
  EXPECT_THAT(Statements("Ann Ray spoke.\n\nQ: Why?\n\nA: Because the port was late."),
              IsEmpty());
  // A body's name before the interviewee's role is not the interviewee.
  EXPECT_THAT(Statements("We spoke to Elm Power chief executive Ann Ray.\n\nQ: Will it "
                         "close?\n\nA: No, it will stay open.\n\nQ: And the jobs?\n\nA: They are safe."),
              ElementsAre(Found{"No, it will stay open", "Ann Ray", "direct"},
                          Found{"They are safe", "Ann Ray", "direct"}));
  // Nor a place named before the person: the interviewee is the name that reads as a
  // person's (a role's word before it, its surname alone later).
  EXPECT_THAT(Statements("Rents in Harbor City rose again. Economist Tobi Adeyemi expects a "
                         "fall.\n\nQ: Why?\n\nA: Supply is catching up.\n\nQ: When?\n\nA: "
                         "Next year.\n\nAdeyemi will publish a study in May."),
              ElementsAre(Found{"a fall", "Tobi Adeyemi", "indirect"},
                          Found{"Supply is catching up", "Tobi Adeyemi", "direct"},
                          Found{"Next year", "Tobi Adeyemi", "direct"}));
}

TEST(SpeechConstructionTest, TranscriptTurnHoldsWhatItsSentencesAttribute) {
  // "OSEI: With respect, the premier has been saying ...": in a transcript (other paragraphs
  // open with a name in capitals and a colon), the label speaks the whole turn, whatever its
  // first sentence attributes; the label is no dateline.
  EXPECT_THAT(Statements("TOM LEE: The homes are coming.\n\nANN RAY: With respect, the "
                         "premier has been saying that for years. Families wait.\n\nLEE: "
                         "That is not accurate."),
              ElementsAre(Found{"The homes are coming", "TOM LEE", "indirect"},
                          Found{"With respect, the premier has been saying that for years. "
                                "Families wait",
                                "ANN RAY", "indirect"},
                          Found{"That is not accurate", "TOM LEE", "indirect"}));
  // Hard negative: a dateline in capitals over a narrative sentence with its own source.
  EXPECT_THAT(Statements("ELM CITY: Minister Ann Ray on Monday said that the bridge would "
                         "open."),
              ElementsAre(Found{"the bridge would open", "Ann Ray", "indirect"}));
}

TEST(SpeechConstructionTest, InterviewTurnLabelledByNameRunsToItsParagraphsEnd) {
  // "Ann Ray: We looked at repairs. They would take four years.": in an interview whose
  // paragraphs open with names in any case and a colon, a speaker taking more than one turn,
  // the label speaks its whole turn.
  EXPECT_THAT(Statements("Elm Times: Why close the pier?\n\nAnn Ray: We looked at repairs. "
                         "They would take four years.\n\nElm Times: And the ferries?\n\nRay: "
                         "The ferries stay. They move to the outer berth."),
              ElementsAre(Found{"Why close the pier", "Elm Times", "indirect"},
                          Found{"We looked at repairs. They would take four years", "Ann Ray",
                                "indirect"},
                          Found{"And the ferries", "Elm Times", "indirect"},
                          Found{"The ferries stay. They move to the outer berth", "Ann Ray",
                                "indirect"}));
  // Hard negative: section heads naming a different person each, over the writer's text.
  EXPECT_THAT(Statements("Three candidates left the race.\n\nAnn Ray: Student loans She "
                         "wanted to cap repayments. Few listened.\n\nTom Lee: Ferries He "
                         "wanted free ferries. The idea died.\n\nIda Moss: Bridges She "
                         "proposed a toll. It was popular."),
              ElementsAre(Found{"Student loans She wanted to cap repayments", "Ann Ray",
                                "indirect"},
                          Found{"Ferries He wanted free ferries", "Tom Lee", "indirect"},
                          Found{"Bridges She proposed a toll", "Ida Moss", "indirect"}));
}

TEST(SpeechConstructionTest, CounselSubmitsThatInCourt) {
  // "Ann Ray submitted that ...": counsel's argument to a court, as "contended that".
  EXPECT_THAT(Statements("Appearing for the state, Advocate General Ann Ray submitted that the "
                         "road was needed."),
              ElementsAre(Found{"the road was needed", "Ann Ray", "indirect"}));
  // Hard negative: a document submitted says nothing by that.
  EXPECT_THAT(Statements("Ann Ray submitted a report on the road."), IsEmpty());
}

TEST(SpeechConstructionTest, RoleCueInAnAppositiveBeforeTheVerbIsTheJobTitle) {
  // "The lawyer for the trust, advocate Tom Lee, argued that ...": a cue that is also a role
  // noun, opening an appositive whose name a comma and the verb follow, is the name's job
  // title, not a verb whose object is the name.
  const auto found = Statements("The lawyer for the trust, advocate Tom Lee, argued that the "
                                "wall was protected.");
  EXPECT_THAT(found, ::testing::SizeIs(1));
  EXPECT_THAT(found, Not(Contains(Found{"The lawyer for the trust", "Tom Lee", "indirect"})));
  // Hard negative: the verb of a relative clause, its object before another appositive.
  EXPECT_THAT(Statements("Unions, which advocate Tom Lee, a reformer, said the plan was fair."),
              ElementsAre(Found{"the plan was fair", "Unions", "indirect"}));
}

TEST(SpeechConstructionTest, ClockTimeAloneAfterTheCueIsNoContent) {
  // "Tom Lee conceded shortly after 11:40 p.m.": a time alone after the cue, a clock time or
  // "late on ...", says nothing.
  EXPECT_THAT(Statements("Tom Lee conceded shortly after 11:40 p.m."), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee conceded late on Tuesday night."), IsEmpty());
  // Hard negative: a clause with its own verb after the cue.
  EXPECT_THAT(Statements("Tom Lee said 40 people came at 9 a.m."),
              ElementsAre(Found{"40 people came at 9 a.m.", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, NobodyAsSubjectReportsNothingSaid) {
  // "Nobody asked about the pier": a subject that names no one is no speaker; nothing was
  // said.
  EXPECT_THAT(Statements("Nobody asked about the pier. Nobody in this room has said what "
                         "happens to the crews."),
              IsEmpty());
  // Hard negatives: a quotation's words, and a body named by "no".
  EXPECT_THAT(Statements("Nobody told me the pier was shut, Ann Ray said."),
              ElementsAre(Found{"Nobody told me the pier was shut", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("No group has claimed the blast at the depot."),
              ElementsAre(Found{"the blast at the depot", "group", "indirect"}));
}

TEST(SpeechConstructionTest, LiveBlogTimeStampIsNoSpeaker) {
  // "10:05 GMT: Good morning ...": a live blog's entries open with a time and its zone; the
  // zone is no speaker, and the entry's own attributions stand.
  EXPECT_THAT(Statements("LIVE: Elm v Oakport, day two\n\n10:05 GMT: The pitch is already "
                         "showing cracks.\n\n10:31 GMT: Oakport lose a wicket.\n\n11:15 GMT: "
                         "The board has confirmed that Tom Lee will miss the match."),
              ElementsAre(Found{"Tom Lee will miss the match", "board", "indirect"}));
  // Hard negative: a transcript's turns in capitals keep their speakers.
  EXPECT_THAT(Statements("TOM LEE: The homes are coming.\n\nANN RAY: Families are waiting "
                         "in motels.\n\nLEE: That is not accurate."),
              ElementsAre(Found{"The homes are coming", "TOM LEE", "indirect"},
                          Found{"Families are waiting in motels", "ANN RAY", "indirect"},
                          Found{"That is not accurate", "TOM LEE", "indirect"}));
}

TEST(SpeechConstructionTest, ReducedRelativeAfterTheClauseIsNoSpeaker) {
  // "..., an amount agreed with the company": an indefinite noun for no person or body with
  // a participle after it sums up the clause; the sentence's own attribution stands, and its
  // clause runs on over the reduced relative.
  EXPECT_THAT(Statements("The regulator said on Monday it would seek a fine of $9 million, "
                         "an amount agreed with the firm."),
              ElementsAre(Found{"it would seek a fine of $9 million, an amount agreed with the "
                                "firm",
                                "regulator", "indirect"}));
  EXPECT_THAT(Statements("Ferry and barge collide off Elm Point, no injuries reported\n\n"
                         "A ferry hit a barge on Monday."),
              IsEmpty());
  // Hard negative: a noun for a person after "a" is the speaker.
  EXPECT_THAT(Statements("The fares will rise in May, a spokesman said."),
              ElementsAre(Found{"The fares will rise in May", "spokesman", "indirect"}));
}

TEST(SpeechConstructionTest, WelcomeToIsTheWritersGreeting) {
  // "Good morning and welcome to day four": a live blog's or a broadcast's greeting, no
  // stance of the word before it.
  EXPECT_THAT(Statements("Elm v Oak, live\n\nGood morning and welcome to day four of the "
                         "match in Elm."),
              IsEmpty());
  // Hard negative: "welcome" with its object is a stance.
  EXPECT_THAT(Statements("Unions welcome the deal on pay."),
              ElementsAre(Found{"the deal on pay", "Unions", "indirect"}));
}

TEST(SpeechConstructionTest, ButAfterANegatedCueOpensItsOwnClause) {
  // "The fee was not disclosed, but sources said ...": the cue says nothing; the clause
  // after "but" has its own speaker.
  EXPECT_THAT(Statements("The fee was not disclosed, but sources said it was close to $25 "
                         "million."),
              ElementsAre(Found{"it was close to $25 million", "sources", "indirect"}));
  EXPECT_THAT(Statements("Ray would not say, but aides said the pier would close."),
              ElementsAre(Found{"the pier would close", "aides", "indirect"}));
}

TEST(SpeechConstructionTest, ReducedWhenClauseBetweenSubjectAndCue) {
  // "X, when contacted by ..., said": a reduced clause of time on the subject, between
  // commas, is passed over; the clause after the cue is X's, not its own subject's.
  EXPECT_THAT(Statements("Ann Ray's office, when contacted by the Elm Times, said the former "
                         "mayor could not recall the exact conversation."),
              ElementsAre(Found{"the former mayor could not recall the exact conversation",
                                "Ann Ray's office", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, when asked about the pier, said the ferry would wait."),
              ElementsAre(Found{"about the pier", "", "indirect"},
                          Found{"the ferry would wait", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, CurlyPhraseInsideStraightQuotes) {
  // A short phrase in curly marks inside a passage in straight ones is quoted within it; the
  // passage is the speaker's quotation.
  EXPECT_THAT(
      Statements("\"The council is not about \u201cfair play\u201d anymore,\" Ann Ray said."),
      ElementsAre(
          Found{"The council is not about \u201cfair play\u201d anymore,", "Ann Ray", "direct"}));
  // Hard negative: a whole curly sentence inside straight marks is its own quotation.
  EXPECT_THAT(Statements("\"\u201cWe will win the vote,\u201d Tom Lee said before leaving.\""),
              ElementsAre(Found{"We will win the vote,", "Tom Lee", "direct"}));
}

TEST(SpeechConstructionTest, CueInAnOpeningSubordinateClauseEndsAtItsComma) {
  // "Although Lee said ..., at the hearing ...": the reported clause ends at the subordinate
  // clause's comma whatever opens the main clause after it (an adverbial, "then").
  EXPECT_THAT(Statements("Although in May Ann Ray said the pier was safe, at the hearing on "
                         "Friday the council shut it."),
              ElementsAre(Found{"the pier was safe", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The vote is close, and though Tom Lee has said he will back the "
                         "plan, in the end the council may balk."),
              ElementsAre(Found{"he will back the plan", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("If Tom Lee thinks the ferry will pay, then the council should build "
                         "it."),
              ElementsAre(Found{"the ferry will pay", "Tom Lee", "indirect"}));
  // Hard negatives: a comma before "and" goes on with the clause; a cue after the opening
  // clause's comma or dash is the main clause's own.
  EXPECT_THAT(Statements("While Tom Lee said the pier was safe, and the ferry too, the "
                         "council shut both."),
              ElementsAre(Found{"the pier was safe, and the ferry too", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("While the port is busy - its best year - Tom Lee said the pier "
                         "needs repairs, with its deck worn."),
              ElementsAre(Found{"the pier needs repairs, with its deck worn", "Tom Lee",
                                "indirect"}));
}

TEST(SpeechConstructionTest, InfinitiveOfEndorsementReportsItsObject) {
  // "refused to endorse Ray, ...", "voted to endorse Ray last week": after a cue that takes
  // an infinitive, a verb of endorsement reports its object, a name alone as after
  // "endorsed".
  EXPECT_THAT(Statements("On Monday, Tom Lee refused to endorse Ann Ray, in what looked like "
                         "a snub."),
              ElementsAre(Found{"Ann Ray", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The Elm City council voted to endorse Ann Ray last week after a long "
                         "debate."),
              ElementsAre(Found{"Ann Ray", "Elm City council", "indirect"}));
  // Hard negative: an infinitive of saying keeps its own clause.
  EXPECT_THAT(Statements("Tom Lee refused to say when the pier would reopen."),
              ElementsAre(Found{"when the pier would reopen", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, ClauseAfterAQuotedFirstHalfIsTheSecondHalf) {
  // `Despite the "awful weather," Ann Ray said, the harbor stayed open.`: the sentence's
  // first half ends in a quotation; a clause with its own subject and verb after the
  // attribution is the second half, the same speaker's.
  EXPECT_THAT(Statements("Despite the \"awful weather,\" Ann Ray said, the harbor stayed open. "
                         "Despite his \"brash manner,\" his lawyer, Ivo Brandt, wrote, Tom Lee "
                         "is a devoted father."),
              ElementsAre(Found{"Despite the \"awful weather,", "Ann Ray", "mixed"},
                          Found{"the harbor stayed open", "Ann Ray", "indirect"},
                          Found{"Despite his \"brash manner,", "Ivo Brandt", "mixed"},
                          Found{"Tom Lee is a devoted father", "Ivo Brandt", "indirect"}));
  // Hard negatives: a noun phrase summing up the sentence, and a clause after "and", are the
  // writer's; so is a clause after a whole quoted sentence.
  EXPECT_THAT(Statements("The toll is \"too high,\" Ann Ray said, the latest sign of a rift. "
                         "The plan is \"sound,\" Ann Ray said, and she had voted for it. "
                         "\"The plan is sound,\" Ann Ray said, the board met at noon."),
              ElementsAre(Found{"The toll is \"too high,", "Ann Ray", "mixed"},
                          Found{"The plan is \"sound,", "Ann Ray", "mixed"},
                          Found{"The plan is sound,", "Ann Ray", "direct"}));
}

TEST(SpeechConstructionTest, ParticipleOfSayingAfterAVerbsCommaReportsTheWords) {
  // "Tom Lee apologized, saying ...": the participle of saying after the verb's comma
  // reports the words, for the same subject; the verb has no content of its own.
  EXPECT_THAT(Statements("Tom Lee apologized, saying the messages were jokes."),
              ElementsAre(Found{"the messages were jokes", "Tom Lee", "indirect"}));
  // So after an opening phrase of where or when: it is no first half of the words.
  EXPECT_THAT(Statements("In a post on Friday, Tom Lee apologized, saying the messages were "
                         "jokes."),
              ElementsAre(Found{"the messages were jokes", "Tom Lee", "indirect"}));
  // Hard negatives: a refusal is a statement of its own; a clause before the attribution
  // is the verb's.
  EXPECT_THAT(Statements("Ann Ray declined to comment, saying the case was open. The pier is "
                         "safe, Tom Lee said, adding that it would reopen."),
              ElementsAre(Found{"to comment", "Ann Ray", "indirect"},
                          Found{"the case was open", "Ann Ray", "indirect"},
                          Found{"The pier is safe", "Tom Lee", "indirect"},
                          Found{"it would reopen", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, ContactRelativeClauseInAnAppositiveIsNoStatement) {
  // "Sam Okoro, the pastor Bell mocked, said ...": between commas, a noun and a relative
  // clause without its pronoun, then the main verb; "mocked" has no object of its own and
  // reports nothing, and the name before the appositive speaks.
  EXPECT_THAT(Statements("Curtis Bell resigned. Sam Okoro, the pastor Bell mocked, said he "
                         "forgave him. Ida Moss, the nurse he thanked, said she was glad."),
              ElementsAre(Found{"he forgave him", "Sam Okoro", "indirect"},
                          Found{"she was glad", "Ida Moss", "indirect"}));
}

TEST(SpeechConstructionTest, DescriptionAndItsNameBetweenCommasAfterTheClause) {
  // "..., the operator, Westgrid, said": "the" and a body's noun, or a trade's ("operator"),
  // before the name between commas describe the speaker; the clause ends before them.
  EXPECT_THAT(Statements("Demand hit a record on Monday, the operator, Westgrid, said. Fares "
                         "will rise, the company, Elm Ferries, said."),
              ElementsAre(Found{"Demand hit a record on Monday", "Westgrid", "indirect"},
                          Found{"Fares will rise", "Elm Ferries", "indirect"}));
  // So do "a" or "an" and a role: "..., a utility spokeswoman, Ann Ray, warned".
  EXPECT_THAT(Statements("Some areas could wait until Wednesday, a utility spokeswoman, Ann "
                         "Ray, warned. Crews are on the way, an aide, Tom Lee, said."),
              ElementsAre(Found{"Some areas could wait until Wednesday", "Ann Ray", "indirect"},
                          Found{"Crews are on the way", "Tom Lee", "indirect"}));
}

TEST(SpeechConstructionTest, ForecastIsItsOwnParticiple) {
  // "A cold front is forecast to push through": the passive of "forecast", as of
  // "predicted", reports no speaker's words; its subject is no speaker.
  EXPECT_THAT(Statements("A cold front is forecast to push through by Friday. A storm is "
                         "predicted to follow."),
              IsEmpty());
  // Hard negative: the active verb.
  EXPECT_THAT(Statements("Analysts forecast a rise in prices."),
              ElementsAre(Found{"a rise in prices", "Analysts", "indirect"}));
}

TEST(SpeechConstructionTest, LearnReportsAClauseNotASkillOrATopic) {
  // "learning Kelvari", "learned of her status": what is learned without a clause is a skill
  // or a topic, nobody's statement.
  EXPECT_THAT(Statements("Ida is one of a few young people learning Kelvari from the tapes. "
                         "Ann Ray learned of her status at 25."),
              IsEmpty());
  // Hard negatives: a clause, with or without "that", and an adjunct before the content.
  EXPECT_THAT(Statements("Ann Ray learned her father had lied. As we learned in May, the pier "
                         "is unsafe."),
              ElementsAre(Found{"her father had lied", "Ann Ray", "indirect"},
                          Found{"the pier is unsafe", "", "indirect"}));
}

TEST(SpeechConstructionTest, ChargingAPriceIsNoAccusation) {
  // "stopped charging late fees", "charges $5 a bag", "charged rent": a price, not a
  // charge against anyone.
  EXPECT_THAT(Statements("The library stopped charging late fees. The shop charges $5 a bag. "
                         "The landlord has charged rent since May."),
              IsEmpty());
  // Hard negatives: a charge against a person, or against more than a few.
  EXPECT_THAT(Statements("Prosecutors charged Tom Lee with fraud. Police charged more than 20 "
                         "people with looting."),
              ElementsAre(Found{"Tom Lee with fraud", "Prosecutors", "indirect"},
                          Found{"more than 20 people with looting", "Police", "indirect"}));
}

}  // namespace
}  // namespace policy
