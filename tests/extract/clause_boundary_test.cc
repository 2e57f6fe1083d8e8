// Where a reported clause ends and the next statement starts (the sixth session's
// reported-speech rules). Inputs are invented; each rule has its hard negative.
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

TEST(ClauseBoundaryTest, CommaInsideAClosingQuoteEndsTheClauseBeforeAParticiple) {
  // The comma sits inside the closing mark: the clause ends there all the same, and the
  // participle opens the same speaker's second statement.
  EXPECT_THAT(Statements("Tom Lee insisted he has \xE2\x80\x9C" "expanded the harbor,\xE2\x80\x9D"
                         " claiming that he alone brought the new ferry lines."),
              ElementsAre(Found{"he has \xE2\x80\x9C" "expanded the harbor,\xE2\x80\x9D",
                                "Tom Lee", "mixed"},
                          Found{"he alone brought the new ferry lines", "Tom Lee",
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

TEST(ClauseBoundaryTest, TimeAfterTheCueIsNoPartOfTheClause) {
  // "said on Friday it would ...": a time, then the clause without "that".
  EXPECT_THAT(Statements("The Harbor Board said on Friday it would cut fares."),
              ElementsAre(Found{"it would cut fares", "Harbor Board", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said Tuesday 40 ferries were late."),
              ElementsAre(Found{"40 ferries were late", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray told reporters last week the pier would close."),
              ElementsAre(Found{"the pier would close", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said now that the pier would close."),
              ElementsAre(Found{"the pier would close", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said afterward she was glad the board listened."),
              ElementsAre(Found{"she was glad the board listened", "Ann Ray", "indirect"}));
  // Hard negatives: a time that is the clause's subject, and a time before an adjunct.
  EXPECT_THAT(Statements("Tom Lee said this week was hard."),
              ElementsAre(Found{"this week was hard", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said today is a good day."),
              ElementsAre(Found{"today is a good day", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said afterwards was the hard part."),
              ElementsAre(Found{"afterwards was the hard part", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said Friday on Harbor Radio that the ferry would sail."),
              ElementsAre(Found{"the ferry would sail", "Tom Lee", "indirect"}));
}

TEST(ClauseBoundaryTest, VerbOfThoughtGoesOnWithTheReportedClausesOwnSubject) {
  // "said the council had discussed a cut but decided it was too early": the decision is
  // the council's, inside what the speaker said, not a second stance of the speaker.
  EXPECT_THAT(Statements("Governor Ann Ray said the council had discussed a cut but decided "
                         "it was too early."),
              ElementsAre(Found{"the council had discussed a cut but decided it was too early",
                                "Ann Ray", "indirect"}));
  // So after a personal pronoun's clause, with the verb in the past ("said she was tired
  // and wanted to leave": one statement, as PolNeAR marks it).
  EXPECT_THAT(Statements("Lee said she was tired and wanted to leave."),
              ElementsAre(Found{"she was tired and wanted to leave", "Lee", "indirect"}));
  // Hard negatives: after a pronoun's clause, a verb in the present, or one before its own
  // "that", ends the clause before it (the speaker's next stance); "it" is no such pronoun;
  // a refusal is a statement of its own.
  EXPECT_THAT(Statements("Lee said she was tired and wants to leave."),
              ElementsAre(Found{"she was tired", "Lee", "indirect"},
                          Found{"to leave", "Lee", "indirect"}));
  EXPECT_THAT(Statements("Lee said she was tired and believed that the board would act."),
              ElementsAre(Found{"she was tired", "Lee", "indirect"},
                          Found{"the board would act", "Lee", "indirect"}));
  EXPECT_THAT(Statements("The campaign said it was tired and wanted to leave."),
              ::testing::Contains(Found{"it was tired", "campaign", "indirect"}));
  EXPECT_THAT(Statements("The campaign said the senator had given speeches but declined to "
                         "list them."),
              ElementsAre(Found{"the senator had given speeches", "campaign", "indirect"},
                          Found{"list them", "campaign", "indirect"}));
}

TEST(ClauseBoundaryTest, VerbOfSayingInTheReportedClausesTenseGoesOnWithIt) {
  // "said the hackers had demanded ... and claimed to have ...": a bare past with its
  // infinitive after the clause's past perfect shares the clause's subject; so does a
  // present after the clause's present when the speaker's verb is past.
  EXPECT_THAT(Statements("Two officials said the hackers had demanded $5 million and claimed "
                         "to have copied the files."),
              ElementsAre(Found{"the hackers had demanded $5 million and claimed to have "
                                "copied the files",
                                "Two officials", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the union is not a party and backs members of both."),
              ElementsAre(Found{"the union is not a party and backs members of both", "Ann Ray",
                                "indirect"}));
  // Hard negatives: the speaker's own next words, after a past clause ("and warned that"),
  // or with the speaker's verb in the present.
  EXPECT_THAT(Statements("Ann Ray said the wards were full and warned that patients would "
                         "wait."),
              ElementsAre(Found{"the wards were full", "Ann Ray", "indirect"},
                          Found{"patients would wait", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray says the union is not a party and backs members of both."),
              ElementsAre(Found{"the union is not a party", "Ann Ray", "indirect"},
                          Found{"members of both", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, WritersOutcomeAfterAQuotationsCommaEndsTheClause) {
  // `said the talks had been "frank," but the two sides failed to ...`: after a quotation
  // closed by a comma, "but", a subject and a simple past are the writer's account.
  EXPECT_THAT(Statements("Ann Ray said the talks had been \"frank and useful\", but the two "
                         "sides failed to agree on the dam."),
              ElementsAre(Found{"the talks had been \"frank and useful\"", "Ann Ray", "mixed"}));
  EXPECT_THAT(Statements("Tom Lee said the pier was \"a disgrace,\" but he did not name the "
                         "builder."),
              ElementsAre(Found{"the pier was \"a disgrace,\"", "Tom Lee", "mixed"}));
  // Hard negatives: the reported clause's own present, and "but" without a subject of its
  // own.
  EXPECT_THAT(Statements("Ann Ray said the plan was \"sound,\" but the board has to act."),
              ElementsAre(Found{"the plan was \"sound,\" but the board has to act", "Ann Ray",
                                "mixed"}));
  EXPECT_THAT(Statements("Ann Ray said the plan was \"sound,\" but needed more money."),
              ElementsAre(Found{"the plan was \"sound,\" but needed more money", "Ann Ray",
                                "mixed"}));
}

TEST(ClauseBoundaryTest, RefusalToSpeakAfterButIsASecondStatement) {
  // "said A, but would not say B": the refusal is a statement of its own, as after "but
  // declined to".
  EXPECT_THAT(Statements("Tom Lee said the wards could reopen, but would not say whether "
                         "staff were found."),
              ElementsAre(Found{"the wards could reopen", "Tom Lee", "indirect"},
                          Found{"whether staff were found", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the pier would close but did not say when it would "
                         "reopen."),
              ElementsAre(Found{"the pier would close", "Ann Ray", "indirect"},
                          Found{"when it would reopen", "Ann Ray", "indirect"}));
  // Hard negatives: after "and" the clause goes on, and a verb of thought after "but" is
  // the clause's own.
  EXPECT_THAT(Statements("Tom Lee said the bank was independent and would not comment on "
                         "its rates."),
              ElementsAre(Found{"the bank was independent and would not comment on its rates",
                                "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the board was reviewing the plan but did not expect "
                         "to change it."),
              ElementsAre(Found{"the board was reviewing the plan but did not expect to "
                                "change it",
                                "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, WhereOrHowAfterTheCueThenAPronounsClause) {
  // "said in a statement it would ...": the adjunct, then the clause without "that".
  EXPECT_THAT(Statements("Harbor Foods said in a statement it would close the plant."),
              ElementsAre(Found{"it would close the plant", "Harbor Foods", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said in an interview she would run again."),
              ElementsAre(Found{"she would run again", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee wrote on Facebook they were sorry."),
              ElementsAre(Found{"they were sorry", "Tom Lee", "indirect"}));
  // Hard negatives: a relative clause in the adjunct before "that", and an adjunct whose
  // noun is followed by no clause of its own.
  EXPECT_THAT(Statements("Ann Ray said in a letter she sent to staff that the pier was shut."),
              ElementsAre(Found{"in a letter she sent to staff that the pier was shut",
                                "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said in May prices rose."),
              ElementsAre(Found{"in May prices rose", "Tom Lee", "indirect"}));
}

TEST(ClauseBoundaryTest, AbsolutePhraseClosingTheSentenceIsTheWriters) {
  // ", her voice breaking": how the speaker spoke, not what was said.
  EXPECT_THAT(Statements("Ann Ray said the port would close, her voice breaking."),
              ElementsAre(Found{"the port would close", "Ann Ray", "indirect"}));
  // (An apology's statement is its reason alone: "for the delays".)
  EXPECT_THAT(Statements("Tom Lee apologized to the county for the delays in a statement, his"
                         " voice breaking."),
              ElementsAre(Found{"for the delays", "Tom Lee", "indirect"}));
  // Hard negative: a clause after the comma whose subject is a possessive's noun.
  EXPECT_THAT(Statements("Ann Ray said the port would close, her deputy was leaving and the "
                         "fares were rising."),
              ElementsAre(Found{"the port would close, her deputy was leaving and the fares "
                                "were rising",
                                "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, OccasionWithoutADeterminerBeforeThat) {
  // "in prepared remarks", "in written testimony": a verb's participle or noun in an occasion.
  EXPECT_THAT(Statements("The port board said in prepared remarks that it opposed the toll."),
              ElementsAre(Found{"it opposed the toll", "port board", "indirect"}));
  EXPECT_THAT(Statements("The port board said in written testimony that it opposed the toll."),
              ElementsAre(Found{"it opposed the toll", "port board", "indirect"}));
  // "in written evidence to a committee", "in a written submission": a parliament's words.
  EXPECT_THAT(Statements("The port board said in written evidence to the committee that it "
                         "opposed the toll."),
              ElementsAre(Found{"it opposed the toll", "port board", "indirect"}));
  // "in a statement signed by its spokesman, Tom Lee, that": a role's name set off by commas.
  EXPECT_THAT(Statements("The port board said in a statement signed by its spokesman, Tom Lee, "
                         "that it opposed the toll."),
              ElementsAre(Found{"it opposed the toll", "port board", "indirect"}));
  // Hard negative: a clause that opens with "in" and a verb of its own.
  EXPECT_THAT(Statements("Ann Ray said in written form the rules were unclear."),
              ElementsAre(Found{"in written form the rules were unclear", "Ann Ray",
                                "indirect"}));
}

TEST(ClauseBoundaryTest, DayBeforeTheInfinitiveIsTheWriters) {
  // "pledged on Friday to invest ...": the day is no part of what was pledged.
  EXPECT_THAT(Statements("Ann Ray pledged on Friday to invest $2 billion in the port."),
              ElementsAre(Found{"to invest $2 billion in the port", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee vowed Monday night to appeal the ruling."),
              ElementsAre(Found{"to appeal the ruling", "Tom Lee", "indirect"}));
}

TEST(ClauseBoundaryTest, AdjunctBeforeThatWithANounOrParticipleInIt) {
  // "said in a statement posted on its website that ...": the participle after the document
  // noun is no new cue, and the clause starts after "that".
  EXPECT_THAT(Statements("The port board said in a statement posted on its website that fares"
                         " would rise in May."),
              ElementsAre(Found{"fares would rise in May", "port board", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said in a letter published on Monday that the pier would"
                         " close."),
              ElementsAre(Found{"the pier would close", "Tom Lee", "indirect"}));
  // "on a call with analysts", "in his remarks": a noun cue in the adjunct; "said only that".
  EXPECT_THAT(Statements("Tom Lee said on a call with analysts that orders had picked up."),
              ElementsAre(Found{"orders had picked up", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said only that the talks were continuing."),
              ElementsAre(Found{"the talks were continuing", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray has argued throughout the race that the port needs her."),
              ElementsAre(Found{"the port needs her", "Ann Ray", "indirect"}));
  // Hard negatives: a noun cue outside an adjunct is not skipped to a relative "that", and
  // "just that" is the object; a cue after a word that is no document still ends the scan.
  EXPECT_THAT(Statements("The city wants money from a state board that has no budget."),
              testing::Not(testing::Contains(Found{"has no budget", "city", "indirect"})));
  EXPECT_THAT(Statements("Ann Ray said just that in May."),
              testing::Not(testing::Contains(Found{"in May", "Ann Ray", "indirect"})));
  EXPECT_THAT(Statements("Tom Lee said the board reported that the pier would close."),
              ElementsAre(Found{"the board reported that the pier would close", "Tom Lee",
                                "indirect"}));
}

TEST(ClauseBoundaryTest, ParticipleInAnOpeningPhraseIsNoVerb) {
  // "In a statement posted on its website, X said": the participle describes the statement.
  EXPECT_THAT(Statements("In a statement posted on its website, Harbor Holdings said fares "
                         "would rise."),
              ElementsAre(Found{"fares would rise", "Harbor", "indirect"}));
  EXPECT_THAT(Statements("In a message posted on Sunday, Tom Lee said he would resign."),
              ElementsAre(Found{"he would resign", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("In a TikTok video posted late Sunday, Ann Ray said she would rest."),
              ElementsAre(Found{"she would rest", "Ann Ray", "indirect"}));
  // So does one after the source of "according to".
  EXPECT_THAT(Statements("Fares will rise, according to a port FAQ posted after the vote."),
              ElementsAre(Found{"Fares will rise", "FAQ", "indirect"}));
  // Hard negative: after a subject, the verb ("Lee in his speech called ...").
  EXPECT_THAT(Statements("Tom Lee in his speech called the plan a failure."),
              ElementsAre(Found{"the plan a failure", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("According to the board, Ann Ray posted that fares would rise."),
              ElementsAre(Found{"Ann Ray posted that fares would rise", "board", "indirect"}));
}

TEST(ClauseBoundaryTest, AsideParticipleBeforeTheSubjectsOwnVerb) {
  // "Ray, writing in the Times, argued that ...": the aside's participle reports nothing; the
  // verb after its comma is the subject's.
  EXPECT_THAT(Statements("Ann Ray, writing in the Harbor Times, argued that fares should fall."),
              ElementsAre(Found{"fares should fall", "Ann Ray", "indirect"}));
  // Hard negative: after "adding" and its adjunct, the clause after the comma is the content.
  EXPECT_THAT(Statements("Tom Lee said the pier was closed, adding on Monday, the ferry will "
                         "wait."),
              ElementsAre(Found{"the pier was closed", "Tom Lee", "indirect"},
                          Found{"the ferry will wait", "Tom Lee", "indirect"}));
}

TEST(ClauseBoundaryTest, ConjunctionAfterTheCuesPhraseOpensNoContent) {
  // "agreed to a freeze, but ...": the phrase was the verb's complement, and the clause after
  // "but" nobody is reported to have said.
  EXPECT_THAT(Statements("Tom Lee agreed to a short freeze, but when Ann Ray came to Salem, "
                         "the board balked."),
              IsEmpty());
  EXPECT_THAT(Statements("The board never responded to Ray's letter, and the ferry sailed."),
              IsEmpty());
  // A second adjunct after the conjunction, then "that": the clause after it.
  EXPECT_THAT(Statements("Ann Ray said at the meeting, but not in writing, that the school "
                         "would close."),
              ElementsAre(Found{"the school would close", "Ann Ray", "indirect"}));
  // Not a phrase of where, when or to whom: "at least 12" opens the clause itself.
  EXPECT_THAT(Statements("Police said at least 12 riders were hurt, and three were killed."),
              ElementsAre(Found{"at least 12 riders were hurt, and three were killed", "Police",
                                "indirect"}));
  // Hard negative: no conjunction; the adjunct's comma opens the content.
  EXPECT_THAT(Statements("Ann Ray said in her statement, ferries will sail."),
              ElementsAre(Found{"ferries will sail", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, OpeningSubordinateClauseEndsAtTheMainClause) {
  // The cue sits in a clause opened by "while", "when", "although", ...: its content ends
  // at the comma before the main clause's subject.
  EXPECT_THAT(Statements("While Ann Ray said that ferries need no sponsor, she seemed uneasy"
                         " about the pier."),
              ElementsAre(Found{"ferries need no sponsor", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("When Tom Lee learned the mayor would visit Elm City, Ore., where he"
                         " studies, he walked to the library."),
              ElementsAre(Found{"the mayor would visit Elm City", "Tom Lee", "indirect"}));
  // A list's commas are passed over: a lower-case noun after the comma is no new subject.
  EXPECT_THAT(Statements("While Ida Moss backed ferries, bridges and tunnels, the mayor never"
                         " did."),
              ElementsAre(Found{"ferries, bridges and tunnels", "Ida Moss", "indirect"}));
  // A cue reported inside the opening clause, with no comma before it, ends there too.
  EXPECT_THAT(Statements("After Lee said the results showed progress, the voters cheered."),
              ElementsAre(Found{"the results showed progress", "Lee", "indirect"}));
  EXPECT_THAT(Statements("While Ann Ray pushes for new ferries, Tom Lee has backed a bridge."),
              ElementsAre(Found{"new ferries", "Ann Ray", "indirect"},
                          Found{"a bridge", "Tom Lee", "indirect"}));
  // A plural noun and its verb open the main clause too; a list's plural nouns do not.
  EXPECT_THAT(Statements("After Ray announced that the pier would close, riders protested."),
              ElementsAre(Found{"the pier would close", "Ray", "indirect"}));
  // ... and so does a word for people ("nobody", "everyone").
  EXPECT_THAT(Statements("When Lee said the plan would work, nobody cheered."),
              ElementsAre(Found{"the plan would work", "Lee", "indirect"}));
  EXPECT_THAT(Statements("When Lee said the pier had old beams, cracked decks and loose rails, "
                         "the board closed it."),
              ElementsAre(Found{"the pier had old beams, cracked decks and loose rails", "Lee",
                                "indirect"}));
  // After an opening adverbial or time and its comma too.
  EXPECT_THAT(Statements("On Monday, when Ann Ray said the pier was late, the port closed."),
              ElementsAre(Found{"the pier was late", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Last year, after Tom Lee said the pier was late, it closed."),
              ElementsAre(Found{"the pier was late", "Tom Lee", "indirect"}));
  // An aside set off by commas before the clause's own verb is passed over.
  EXPECT_THAT(Statements("While Ann Ray said the pier, the one by the bay, was late, the ferry "
                         "ran."),
              ElementsAre(Found{"the pier, the one by the bay, was late", "Ann Ray",
                                "indirect"}));
  // Hard negatives: without the conjunction the clause runs to the sentence end, and "as"
  // ("As Ray said, ...") is no such opener.
  EXPECT_THAT(Statements("Ann Ray said the ferry, the bridge and the tunnel were fine."),
              ElementsAre(Found{"the ferry, the bridge and the tunnel were fine", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the pier was closed, the ferry was late and the"
                         " library was full."),
              ElementsAre(Found{"the pier was closed, the ferry was late and the library was"
                                " full",
                                "Ann Ray", "indirect"}));
  // The content's own opening adverbial has a comma of its own before the main clause's.
  EXPECT_THAT(Statements("When Ray said that if prices rose, buyers waited, the council "
                         "listened."),
              ElementsAre(Found{"if prices rose, buyers waited", "Ray", "indirect"}));
}

TEST(SubjectTest, QuantifierReflexiveAndOverallBeforeTheCue) {
  // A quantifier alone is the subject; a reflexive or "overall" sits between subject and cue.
  EXPECT_THAT(Statements("Several said they would rather fund the ferries."),
              ElementsAre(Found{"they would rather fund the ferries", "Several", "indirect"}));
  EXPECT_THAT(Statements("Each said the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Each", "indirect"}));
  EXPECT_THAT(Statements("Harbor Lines itself said the pact was on."),
              ElementsAre(Found{"the pact was on", "Harbor Lines", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray herself told reporters the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ferry riders overall say the port is slow."),
              ElementsAre(Found{"the port is slow", "Ferry riders", "indirect"}));
  // Hard negatives: a cue that is also a noun after the quantifier is that noun, and a
  // reflexive object of another verb opens no subject.
  EXPECT_THAT(Statements("Several claims were made about the ferry."), ElementsAre());
  EXPECT_THAT(Statements("Tom Lee hurt himself said nothing."), ElementsAre());
}

TEST(SubjectTest, OneAndAnotherAloneBeforeTheCue) {
  // Vox pops: "One resident said A. Another said B.", `One wrote: "..."`.
  EXPECT_THAT(Statements("One rider said the ferry was late. Another said it was full."),
              ElementsAre(Found{"the ferry was late", "rider", "indirect"},
                          Found{"it was full", "Another", "indirect"}));
  EXPECT_THAT(Statements("Riders wrote in. One wrote: \"The pier is a mess.\""),
              ElementsAre(Found{"The pier is a mess.", "One", "direct"}));
  // Hard negatives: a cue that is also a noun after the quantifier is that noun.
  EXPECT_THAT(Statements("Ann Ray made another call for calm."), ElementsAre());
  EXPECT_THAT(Statements("One claim was made about the ferry."), ElementsAre());
}

TEST(ClauseBoundaryTest, StanceVerbsObjectEndsBeforeASubordinateClause) {
  // "criticized the plan after Lee said ...": a subordinate clause with its own subject is
  // no part of what was criticized; a statement in it is its subject's.
  EXPECT_THAT(Statements("Ann Ray criticized the plan after Tom Lee said it would cost more."),
              ElementsAre(Found{"the plan", "Ann Ray", "indirect"},
                          Found{"it would cost more", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray endorsed the deal, although the board had doubts."),
              ElementsAre(Found{"the deal", "Ann Ray", "indirect"}));
  // So does a participle after the conjunction, what the subject did as it spoke (as a
  // topic's: TopicEnd).
  EXPECT_THAT(Statements("Ann Ray praised the deal after meeting Tom Lee."),
              ElementsAre(Found{"the deal", "Ann Ray", "indirect"}));
  // Hard negatives: a conjunction modified by a time or an adverb ("hours after", "just
  // before") keeps the longer content.
  EXPECT_THAT(Statements("Ann Ray defended the plan just before the vote."),
              ElementsAre(Found{"the plan just before the vote", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, NameAloneAsTheObjectOfAStanceVerb) {
  // "endorsed", "backed", "attacked", "voted for" + a name, then an adjunct, a comma or the
  // end: the name alone is the content, even as one word.
  EXPECT_THAT(Statements("Tom Lee endorsed Ray last week and has appeared at rallies."),
              ElementsAre(Found{"Ray", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray attacked Tom Lee, saying he would close the port."),
              ElementsAre(Found{"Tom Lee", "Ann Ray", "indirect"},
                          Found{"he would close the port", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ida Moss voted for Ray in March."),
              ElementsAre(Found{"Ray", "Ida Moss", "indirect"}));
  // Hard negatives: the reason after the name, a relative clause on it, an -ly adverb, a
  // common noun phrase as object, and a verb of saying keep their longer content.
  EXPECT_THAT(Statements("Ann Ray attacked Lee for closing the port."),
              ElementsAre(Found{"Lee for closing the port", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray praised Lee, who built the pier, as a good neighbor."),
              ElementsAre(Found{"Lee, who built the pier, as a good neighbor", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("Ann Ray criticized Lee repeatedly for his ferry plan."),
              ElementsAre(Found{"Lee repeatedly for his ferry plan", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said Lee, the harbor master, was late."),
              ElementsAre(Found{"Lee, the harbor master, was late", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, PluralNounAloneAsTheObjectOfAStanceVerb) {
  EXPECT_THAT(Statements("Ann Ray praised volunteers."),
              ElementsAre(Found{"volunteers", "Ann Ray", "indirect"}));
  // So is the charge denied.
  EXPECT_THAT(Statements("Harbor Holdings has denied wrongdoing."),
              ElementsAre(Found{"wrongdoing", "Harbor", "indirect"}));
  // Hard negatives: another one-word object is too little to report, and "denied bail" is a
  // refusal to grant.
  EXPECT_THAT(Statements("Ann Ray praised it."), IsEmpty());
  EXPECT_THAT(Statements("The court denied bail."), IsEmpty());
}

TEST(ClauseBoundaryTest, OneNounAloneAsAnAppeal) {
  // "called for calm", "urged restraint", "appealed for unity": one noun is a whole appeal.
  EXPECT_THAT(Statements("Ann Ray called for calm."),
              ElementsAre(Found{"calm", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee urged restraint, saying the pier was safe."),
              ElementsAre(Found{"restraint", "Tom Lee", "indirect"},
                          Found{"the pier was safe", "Tom Lee", "indirect"}));
  // Hard negatives: an object pronoun alone, and a name's verb that is no appeal.
  EXPECT_THAT(Statements("Ann Ray urged him."), IsEmpty());
  EXPECT_THAT(Statements("Tom Lee stayed calm."), IsEmpty());
}

TEST(ClauseBoundaryTest, TimeAndPlaceAfterTheObjectOfAStanceVerb) {
  // A time after the object, then at most a place: when and where it was said.
  EXPECT_THAT(Statements("Ann Ray endorsed the ferry plan last week."),
              ElementsAre(Found{"the ferry plan", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee praised the crews on Monday at the pier."),
              ElementsAre(Found{"the crews", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee backed Ann Ray in November."),
              ElementsAre(Found{"Ann Ray", "Tom Lee", "indirect"}));
  // Hard negatives: the time of a verb inside the object, and words after the time.
  EXPECT_THAT(Statements("Tom Lee criticized the plan the mayor unveiled on Monday."),
              ElementsAre(Found{"the plan the mayor unveiled on Monday", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("Tom Lee praised the crews on Monday for their work."),
              ElementsAre(Found{"the crews on Monday for their work", "Tom Lee", "indirect"}));
}

TEST(ClauseBoundaryTest, OneWordAnswerAfterAVerbOfSaying) {
  // "said yes", "said no", "said so": the answer is the content, even as one word.
  EXPECT_THAT(Statements("Ann Ray said no."), ElementsAre(Found{"no", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("In the ferry poll, 46 percent of riders said yes, while others"
                         " wanted a bridge."),
              ElementsAre(Found{"yes", "46 percent of riders", "indirect"},
                          Found{"a bridge", "others", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said so in May."),
              ElementsAre(Found{"so", "Tom Lee", "indirect"}));
  // Hard negatives: "no" or "so" opening a clause, and "said no to X", keep the longer
  // content.
  EXPECT_THAT(Statements("Ann Ray said no ferry would sail."),
              ElementsAre(Found{"no ferry would sail", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said so many riders left."),
              ElementsAre(Found{"so many riders left", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said no to the toll bridge."),
              ElementsAre(Found{"no to the toll bridge", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, DeterminerAfterAnInterjectedAttributionOpensTheSecondHalf) {
  // "A, X say, this B": "this" opens the second half's subject, not an adjunct.
  EXPECT_THAT(Statements("In the long run, many pilots say, this change could ripple through"
                         " the port."),
              ElementsAre(Found{"In the long run", "pilots", "indirect"},
                          Found{"this change could ripple through the port", "pilots",
                                "indirect"}));
  // Hard negative: "this" before a time word is the attribution's adjunct.
  EXPECT_THAT(Statements("The ferry is late, Ann Ray said, this week."),
              ElementsAre(Found{"The ferry is late", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, AttributionInterjectedRightAfterAnotherCueSplitsItsClause) {
  // "A hopes, X said, that B": X's account of A's hope, in two halves; "X said" is no part
  // of what A hopes.
  EXPECT_THAT(Statements("Ann Ray hopes, Tom Lee said, that the pier will open."),
              ElementsAre(Found{"Ann Ray hopes", "Tom Lee", "indirect"},
                          Found{"that the pier will open", "Tom Lee", "indirect"}));
  // Hard negatives: an adjunct set off by commas, and a list, are the cue's own, and the
  // content starts after their "that".
  EXPECT_THAT(Statements("Ann Ray said, in a speech, that the pier will open."),
              ElementsAre(Found{"the pier will open", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray warned, as did Tom Lee, that the pier will close."),
              ElementsAre(Found{"the pier will close", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said, without giving details, that the pier will close."),
              ElementsAre(Found{"the pier will close", "Ann Ray", "indirect"}));
  // An aside with a cue of its own opened by "as" is kept whole; its speaker is not the
  // main clause's.
  EXPECT_THAT(Statements("Ann Ray said, as Tom Lee had predicted, that the pier will close."),
              ElementsAre(Found{"as Tom Lee had predicted, that the pier will close", "Ann Ray",
                                "indirect"}));
}

TEST(ClauseBoundaryTest, OccasionAfterAVerbOfSayingInsideTheClauseIsItsOwn) {
  // "The suit claims the firm told staff of the cuts in a video call": a verb of saying in
  // the past inside the clause is the occasion's; the clause keeps it.
  EXPECT_THAT(Statements("The lawsuit claims the company told staff of the layoffs in a video"
                         " call."),
              ElementsAre(Found{"the company told staff of the layoffs in a video call",
                                "lawsuit", "indirect"}));
  EXPECT_THAT(Statements("The board said it asked for the files in a letter to the mayor."),
              ElementsAre(Found{"it asked for the files in a letter to the mayor", "board",
                                "indirect"}));
  // Hard negative: with no verb of saying of its own, the occasion is the attribution's.
  EXPECT_THAT(Statements("The board said the files were lost in a letter to the mayor."),
              ElementsAre(Found{"the files were lost", "board", "indirect"}));
}

TEST(ClauseBoundaryTest, OccasionClosingTheClauseIsTheAttributions) {
  // Where or how it was said, closing the clause, belongs to the attribution.
  EXPECT_THAT(Statements("Ann Ray said the pier was late in an interview on Monday."),
              ElementsAre(Found{"the pier was late", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the pier was late at a rally in Elm City."),
              ElementsAre(Found{"the pier was late", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the pier was late on Twitter."),
              ElementsAre(Found{"the pier was late", "Ann Ray", "indirect"}));
  // Hard negatives: a time, an occasion that a verb follows, and "on" an occasion (an
  // argument: "worked on her speech") are the clause's.
  EXPECT_THAT(Statements("Ann Ray said the ferry runs at night."),
              ElementsAre(Found{"the ferry runs at night", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the debate in the hall was heated."),
              ElementsAre(Found{"the debate in the hall was heated", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said Tom Lee had worked on the speech for weeks."),
              ElementsAre(Found{"Tom Lee had worked on the speech for weeks", "Ann Ray",
                                "indirect"}));
  // Nor an occasion to come, which the clause is about.
  EXPECT_THAT(Statements("Ann Ray said she would raise the fares at the next meeting."),
              ElementsAre(Found{"she would raise the fares at the next meeting", "Ann Ray",
                                "indirect"}));
  // Nor one a verb still to happen takes, right after its modal or "to".
  EXPECT_THAT(Statements("Ann Ray said the pier board would meet in a closed session."),
              ElementsAre(Found{"the pier board would meet in a closed session", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said Tom Lee plans to speak at the rally on Monday."),
              ElementsAre(Found{"Tom Lee plans to speak at the rally on Monday", "Ann Ray",
                                "indirect"}));
}

TEST(ClauseBoundaryTest, QuestionAfterWhenAskedMidSentence) {
  // `"...," X said when asked whether ...`: the question is a statement of its own, by
  // nobody named, or by the agent after "by".
  EXPECT_THAT(Statements("\"We will see,\" Ann Ray said when asked whether she would raise"
                         " funds for the ferry."),
              ElementsAre(Found{"We will see,", "Ann Ray", "direct"},
                          Found{"whether she would raise funds for the ferry", "",
                                "indirect"}));
  EXPECT_THAT(Statements("\"Absolutely,\" Tom Lee said when asked by Ida Moss if that remains"
                         " his view."),
              ElementsAre(Found{"Absolutely,", "Tom Lee", "direct"},
                          Found{"if that remains his view", "Ida Moss", "indirect"}));
  // Hard negatives: a request ("when asked to ...") and a time after "asked" are not
  // reported questions.
  EXPECT_THAT(Statements("\"Not yet,\" Ann Ray said when asked to pick a ferry captain."),
              ElementsAre(Found{"Not yet,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("\"Not yet,\" Ann Ray said when asked back in May."),
              ElementsAre(Found{"Not yet,", "Ann Ray", "direct"}));
}

TEST(ClauseBoundaryTest, JointPollNamedWithASlashOpensItsFinding) {
  // "In a X/Y poll, CLAUSE": the sponsors joined by a slash or hyphen still name the poll.
  const std::vector<Found> found =
      Statements("In the latest Harbor Post/Elm Radio survey, 71 percent of riders approved"
                 " of the new pier.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].content, "71 percent of riders approved of the new pier");
  // Hard negative: a dash that sets off an aside is no part of a poll's name.
  EXPECT_THAT(Statements("In the port - near the polls, ferries run late."), ElementsAre());
}

TEST(ClauseBoundaryTest, HeadlineClaimOpeningWithAShortQuote) {
  // `Name: 'Short Quote' Rest Of The Headline`: the short quote is part of the claim.
  EXPECT_THAT(Statements("Ann Ray: \xE2\x80\x98Of Course\xE2\x80\x99 Tom Lee Is Qualified To"
                         " Run The Port"),
              ElementsAre(Found{"\xE2\x80\x98Of Course\xE2\x80\x99 Tom Lee Is Qualified To"
                                " Run The Port",
                                "Ann Ray", "mixed"}));
  // Hard negative: a quote filling the headline after the colon stays a direct quote.
  EXPECT_THAT(Statements("Ann Ray: 'We will close the port on Monday and never open it"
                         " again'"),
              ElementsAre(Found{"We will close the port on Monday and never open it again",
                                "Ann Ray", "direct"}));
}

TEST(SubjectTest, SourcePhrasesWithACueNounOrALabelGroupWord) {
  // A cue word after "familiar with the" / "close to the" is a noun inside the subject.
  EXPECT_THAT(Statements("People familiar with the talks said the ferry was late."),
              ElementsAre(Found{"the ferry was late", "People familiar with the talks",
                                "indirect"}));
  // "Sources" is a label word and a group noun: as a subject it names a group.
  EXPECT_THAT(Statements("Sources say the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Sources", "indirect"}));
  // Hard negatives: a cue word after "of a" stays a verb's boundary ("a show called X" is
  // no statement), and a label word that is not a group names nobody.
  EXPECT_THAT(Statements("It is a remake of a show called \"Harbor Nights\"."),
              ElementsAre());
  // Nor after a noun with a number among its modifiers, nor before a participle's quote:
  // the title names the memo, and the quote is the sentence subject's.
  EXPECT_THAT(Statements("Ann Ray shared a 2019 budget memo called \"Plans\" online, "
                         "writing \"Here is the memo.\""),
              ElementsAre(Found{"Here is the memo.", "Ann Ray", "direct"}));
  // Hard negative: a title as the first of two objects ("called X a Y") is a call.
  EXPECT_THAT(Statements("The mayor called \"Harbor Plans\" a fraud."),
              ElementsAre(Found{"\"Harbor Plans\" a fraud", "mayor", "mixed"}));
  EXPECT_THAT(Statements("Update said the ferry was late."), ElementsAre());
}

TEST(SubjectTest, DescriptionOpeningTheSentenceThenTheName) {
  // "DESCRIPTION, Name, said": a longer description with a preposition still introduces
  // the name, which is the speaker.
  EXPECT_THAT(Statements("Another delegate on the port slate, Tom Lee, said he was leaning"
                         " toward the ferry."),
              ElementsAre(Found{"he was leaning toward the ferry", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("One of the authors of the 2013 report, Ann Ray, said the plan will"
                         " test the port."),
              ElementsAre(Found{"the plan will test the port", "Ann Ray", "indirect"}));
  // Hard negative: an opening adverbial is no description of the name after it.
  EXPECT_THAT(Statements("In the port of Elm City, Tom Lee, said the ferry was late."),
              ElementsAre());
}

TEST(SubjectTest, CompanionAfterTheSubjectIsAnAppositive) {
  // "X, along with Y, said": X is the subject, the companion an appositive.
  EXPECT_THAT(Statements("Ann Ray, along with port reporter Tom Lee, say the manager pushed"
                         " them away."),
              ElementsAre(Found{"the manager pushed them away", "Ann Ray", "indirect"}));
  // Hard negative: after a clause, "along with" is no appositive and the speaker follows
  // the cue.
  EXPECT_THAT(Statements("The ferry sailed, along with the barge, said Ann Ray."),
              ElementsAre(Found{"The ferry sailed, along with the barge", "Ann Ray",
                                "indirect"}));
}

TEST(SubjectTest, BodyOrFormerRoleAfterTheSubjectIsAnAppositive) {
  // ", of the X," and ", from the X,": the body the speaker belongs to; "once a", "long a",
  // "still a": a former or lasting role.
  EXPECT_THAT(Statements("Tom Lee, of the Harbor Trust, said the fine was too small."),
              ElementsAre(Found{"the fine was too small", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray, from the Elm Institute, said: \"The pier is safe.\""),
              ElementsAre(Found{"The pier is safe.", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Ann Ray, once a supporter, said the plan was flawed."),
              ElementsAre(Found{"the plan was flawed", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The weekly, long a critic of the port, wrote that fees would rise."),
              ElementsAre(Found{"fees would rise", "weekly", "indirect"}));
  // Hard negative: after a clause, "from" goes on with it.
  EXPECT_THAT(Statements("The fare rose, from $2 to $3, said Ann Ray."),
              ElementsAre(Found{"The fare rose, from $2 to $3", "Ann Ray", "indirect"}));
}

TEST(SubjectTest, NameBeforeADescriptionWithoutItsClosingComma) {
  // "Sen. Ann Ray (D-Ore.), a longtime backer of the ferry told ...": the writer left out
  // the comma that closes the description; the name is the subject, not the description's
  // last noun.
  EXPECT_THAT(Statements("Sen. Ann Ray (D-Ore.), a longtime backer of the harbor levy told "
                         "reporters that the vote would pass."),
              ElementsAre(Found{"the vote would pass", "Ann Ray", "indirect"}));
  // Hard negatives: a time phrase before the comma is no name, and a description closed by
  // its comma was already read.
  EXPECT_THAT(Statements("Last May, a judge hearing the ferry case ordered the port to pay."),
              ElementsAre(Found{"the port to pay", "judge", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray, a longtime backer of the levy, told reporters that the "
                         "vote would pass."),
              ElementsAre(Found{"the vote would pass", "Ann Ray", "indirect"}));
}

TEST(SubjectTest, NamingParticipleAfterTheSubjectIsAnAppositive) {
  // ", titled X,", ", called "X",": the name or title of the noun before, which speaks.
  EXPECT_THAT(Statements("The report, titled Harbor Futures, concludes that the pier is too "
                         "old."),
              ElementsAre(Found{"the pier is too old", "report", "indirect"}));
  EXPECT_THAT(Statements("The spot, called \"Low Tide,\" claims that Lee is too \"reckless\" to "
                         "lead."),
              ElementsAre(Found{"Lee is too \"reckless\" to lead", "spot", "mixed"}));
  // The naming participle is no verb of calling either.
  EXPECT_THAT(Statements("A rider group, called Harbor Watch, said the pier is too old."),
              ElementsAre(Found{"the pier is too old", "rider group", "indirect"}));
  // Hard negative: a name before the participle keeps the call.
  EXPECT_THAT(Statements("Ann Ray called Tom Lee \"a fraud\" on Monday."),
              ElementsAre(Found{"Tom Lee \"a fraud\" on Monday", "Ann Ray", "mixed"}));
}

TEST(ClauseBoundaryTest, QuoteRightAfterTheCueThatTheSentenceRunsOnPast) {
  // `X says "QUOTE" REST`: the quote is part of a reported clause, one mixed statement.
  EXPECT_THAT(Statements("Ann Ray says \"the ferries will sail\" despite her loss to Tom"
                         " Lee in the harbor vote."),
              ElementsAre(Found{"\"the ferries will sail\" despite her loss to Tom Lee in"
                                " the harbor vote",
                                "Ann Ray", "mixed"}));
  EXPECT_THAT(Statements("Ann Ray said that \"we need more facts\" about how the board"
                         " reached its vote."),
              ElementsAre(Found{"\"we need more facts\" about how the board reached its vote",
                                "Ann Ray", "mixed"}));
  // Hard negatives: a time, a conjunction or a subordinate clause after the quote is no
  // part of it.
  EXPECT_THAT(Statements("Ann Ray said that \"we need more facts about the pier\" before the"
                         " board can vote."),
              ElementsAre(Found{"we need more facts about the pier", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Ann Ray said \"we will win the vote\" on Tuesday."),
              ElementsAre(Found{"we will win the vote", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Ann Ray said \"we will win the vote\" and left the pier."),
              ElementsAre(Found{"we will win the vote", "Ann Ray", "direct"}));
}

TEST(CueTest, EncourageAndPushForUrgeAnAct) {
  // "encourage" and "push for" report what a source urges, as "urge" and "call for" do.
  EXPECT_THAT(Statements("In a post on Sunday, Ann Ray encouraged riders to join her in a"
                         " ferry fast."),
              ElementsAre(Found{"riders to join her in a ferry fast", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee has been quietly pushing for the mayor to own the port"
                         " issue."),
              ElementsAre(Found{"the mayor to own the port issue", "Tom Lee", "indirect"}));
  // Hard negatives: a duration after "for", an adjective, and an impersonal "it".
  EXPECT_THAT(Statements("It is a case that Tom Lee has pushed for months."), ElementsAre());
  EXPECT_THAT(Statements("The ferry figures were encouraging, especially after May."),
              ElementsAre());
  EXPECT_THAT(Statements("It encouraged riders to take the early ferry."), ElementsAre());
}

TEST(CueTest, ListenersAppositiveBeforeThat) {
  // "wrote to the chair, Ann Ray, that": the listener's name between commas is no content.
  EXPECT_THAT(Statements("Tom Lee wrote to the chair, Ann Ray, that the ferry would never "
                         "sail."),
              ElementsAre(Found{"the ferry would never sail", "Tom Lee", "indirect"}));
}

TEST(CueTest, JokedOrQuippedToAListenerThat) {
  // "joked to reporters that", "quipped to reporters that": a listener, then the clause.
  EXPECT_THAT(Statements("Tom Lee joked to reporters that the ferry would never sail."),
              ElementsAre(Found{"the ferry would never sail", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray quipped to reporters that the ferry was slow."),
              ElementsAre(Found{"the ferry was slow", "Ann Ray", "indirect"}));
  // Hard negative: the noun "joke" before an infinitive.
  EXPECT_THAT(Statements("His joke to lift the mood fell flat."), IsEmpty());
}

TEST(CueTest, CueListedInAnOpeningPrepositionalPhraseIsANoun) {
  // "tweets" ends the list that "In" opens, so the clause after the comma has its own
  // speaker and verb.
  EXPECT_THAT(Statements("In letters and tweets, Ann Ray has said that the toll should go."),
              ElementsAre(Found{"the toll should go", "Ann Ray", "indirect"}));
}

TEST(CueTest, VerbsOfRebukeAndRulings) {
  // Verbs of sharp criticism are verbs of saying; a court's "ruled that" reports its ruling.
  EXPECT_THAT(Statements("Ann Ray lambasted the port board for its ferry plan."),
              ElementsAre(Found{"the port board for its ferry plan", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The harbor court ruled that the ferry toll was lawful."),
              ElementsAre(Found{"the ferry toll was lawful", "harbor court", "indirect"}));
  // Hard negatives: a passive, and "rule" as a noun.
  EXPECT_THAT(Statements("Tom Lee was lambasted as a port insider."), ElementsAre());
  EXPECT_THAT(Statements("It is a harbor rule that halves the ferry toll."), ElementsAre());
}

TEST(SubjectTest, AsideBetweenDashesAfterTheSubject) {
  // "X - and some Y - say": the aside between dashes sits between subject and cue.
  EXPECT_THAT(Statements("Riders \xE2\x80\x94 and some pilots \xE2\x80\x94 say the ferry is"
                         " late."),
              ElementsAre(Found{"the ferry is late", "Riders", "indirect"}));
  // Hard negatives: a clause before the dashes is no subject, and a participle after them
  // takes no subject from the aside: it is the sentence subject's, as after a comma.
  EXPECT_THAT(Statements("The vote was close \xE2\x80\x94 very close \xE2\x80\x94 said Ann"
                         " Ray."),
              ElementsAre());
  EXPECT_THAT(Statements("Tom Lee struggled with a basic task in ports \xE2\x80\x94 bragging"
                         " \xE2\x80\x94 conceding that he rarely does it."),
              ElementsAre(Found{"he rarely does it", "Tom Lee", "indirect"}));
}

TEST(ClauseBoundaryTest, CommaInsideAClosingQuoteEndsTheClauseBeforeAnotherAttribution) {
  // A reported clause that ends in a quotation with its comma inside the closing mark ends
  // there when another speaker's subject and verb follow: their attribution is not part of
  // the clause. That speaker reports the whole clause, its attribution included, as after
  // a plain comma ("Tom Lee said A, the Gazette reported").
  EXPECT_THAT(Statements("Tom Lee said the ferry was a \"floating wreck,\" the Gazette"
                         " reported."),
              ElementsAre(Found{"Tom Lee said the ferry was a \"floating wreck,\"", "Gazette",
                                "mixed"}));
  EXPECT_THAT(Statements("Ann Ray described the pier as \"a disgrace,\" one dock worker"
                         " said."),
              ElementsAre(Found{"Ann Ray described the pier as \"a disgrace,\"", "dock worker",
                                "mixed"}));
  // Hard negative: a quote in the middle of the clause, with no comma inside its mark.
  EXPECT_THAT(Statements("Tom Lee said the \"floating wreck\" the Gazette found was sold."),
              ElementsAre(Found{"the \"floating wreck\" the Gazette found was sold", "Tom Lee",
                                "mixed"}));
}

TEST(ClauseBoundaryTest, QuoteAfterThatThenAnotherSpeakersClause) {
  // `A claimed that "B," C said D`: the quotation is A's (the object of "claimed that"), and
  // D is C's own statement, not hidden as if C's verb attributed the quotation.
  EXPECT_THAT(Statements("Tom Lee claimed on Tuesday that \"the port is safe,\" one of the"
                         " pilots said the ferries were late."),
              ElementsAre(Found{"the port is safe,", "Tom Lee", "direct"},
                          Found{"the ferries were late", "one of the pilots", "indirect"}));
  // Hard negatives: with no "that" before it the quotation is C's, and the words after C's
  // verb are not a statement; a split quotation after "that" stays with the speaker
  // between its halves.
  EXPECT_THAT(Statements("\"The port is safe,\" one of the pilots said the ferries were"
                         " late."),
              ElementsAre(Found{"The port is safe,", "one of the pilots", "direct"}));
  EXPECT_THAT(Statements("The mayor wrote that \"the port is safe,\" Tom Lee said, \"and the"
                         " ferries run.\""),
              ElementsAre(Found{"the port is safe,", "Tom Lee", "direct"},
                          Found{"and the ferries run.", "Tom Lee", "direct"}));
}

TEST(ClauseBoundaryTest, ComparisonOrConcessionAfterTheClauseIsTheWriters) {
  // ", compared with ...", ", despite ...": the writer sets the words against something.
  EXPECT_THAT(Statements("Most riders said the fares were fair, compared with 30 percent a "
                         "year ago."),
              ElementsAre(Found{"the fares were fair", "riders", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray insisted on a new pier, despite the cost to the city."),
              ElementsAre(Found{"on a new pier", "Ann Ray", "indirect"}));
  // Hard negative: a "despite" phrase between commas before an auxiliary is an aside inside
  // the clause.
  EXPECT_THAT(Statements("Ann Ray said the pier, despite its age, was the safest in the bay."),
              ElementsAre(Found{"the pier, despite its age, was the safest in the bay",
                                "Ann Ray", "indirect"}));
  // Hard negative: "compared" without "with" or "to" is a verb of the clause.
  EXPECT_THAT(Statements("Ann Ray said the board, compared its fares and found them fair."),
              ElementsAre(Found{"the board, compared its fares and found them fair", "Ann Ray",
                                "indirect"}));
}

TEST(ClauseBoundaryTest, FocusAdverbBeforeAnotherSpeakersSubject) {
  // "A, even B asked C": "even" between the comma and the subject of an active verb.
  EXPECT_THAT(Statements("Most riders say they distrust Ray, even some pilots asked why "
                         "the port had waited."),
              ElementsAre(Found{"they distrust Ray", "riders", "indirect"},
                          Found{"why the port had waited", "pilots", "indirect"}));
  // Hard negative: the subject of a passive verb is no speaker.
  EXPECT_THAT(Statements("Ann Ray notes that under the rules, even news stories can be deemed "
                         "secret."),
              ElementsAre(Found{"under the rules, even news stories can be deemed secret",
                                "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, SecondAttributionWithAFiniteAuxiliary) {
  // "A, but B did not say C", "A and B could not find C": a cue after a finite auxiliary,
  // with a subject of its own after "but" or "and", starts a second attribution.
  EXPECT_THAT(Statements("Ann Ray said the pier was shut, but Ray did not say when."),
              ElementsAre(Found{"the pier was shut", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee has not talked about tolls and his aides did not respond to "
                         "our questions."),
              ElementsAre(Found{"tolls", "Tom Lee", "indirect"},
                          Found{"to our questions", "aides", "indirect"}));
  // Hard negative: "and" joining a pronoun to another subject inside the content.
  EXPECT_THAT(Statements("Tom Lee said he and other pilots are hoping to delay a vote."),
              ElementsAre(Found{"he and other pilots are hoping to delay a vote", "Tom Lee",
                                "indirect"}));
}

TEST(ClauseBoundaryTest, SecondAttributionAfterAConjunctionAndAPhraseOfTime) {
  // "A, but at a hearing on Monday said B": a phrase of time or place between the conjunction
  // and a verb of saying that takes a clause; B is a second statement of the same speaker.
  EXPECT_THAT(Statements("The clerk first said he had lost the files, but at a hearing on "
                         "Monday said he had deleted them."),
              ElementsAre(Found{"he had lost the files", "clerk", "indirect"},
                          Found{"he had deleted them", "clerk", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the pier was safe and on Friday wrote that it was not."),
              ElementsAre(Found{"the pier was safe", "Ann Ray", "indirect"},
                          Found{"it was not", "Ann Ray", "indirect"}));
  // Hard negatives: a verb that reports no clause, and two phrases joined in a subject.
  EXPECT_THAT(Statements("Tom Lee said the vote was close and in the end backed Ann Ray."),
              ElementsAre(Found{"the vote was close and in the end backed Ann Ray", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said crews in the city and at the port said the pier was "
                         "safe."),
              ElementsAre(Found{"crews in the city and at the port said the pier was safe",
                                "Tom Lee", "indirect"}));
}

TEST(ClauseBoundaryTest, QualifiedShareAfterAndStartsASecondAttribution) {
  // "A, and almost two in five said B": the share's qualifier stands between the
  // conjunction and the share; B is the share's statement, not part of A.
  EXPECT_THAT(Statements("More than 3 in 10 riders said the fares were too high, and almost "
                         "two in five said they ride less."),
              ElementsAre(Found{"the fares were too high", "3 in 10 riders", "indirect"},
                          Found{"they ride less", "two in five", "indirect"}));
  EXPECT_THAT(Statements("Three in four riders said they want the levy, and about 40 percent "
                         "said they do not."),
              ElementsAre(Found{"they want the levy", "Three in four riders", "indirect"},
                          Found{"they do not", "40 percent", "indirect"}));
  // Hard negative: a qualified share inside the reported clause, with no verb of its own.
  EXPECT_THAT(Statements("Ann Ray said fares rose for almost two in five riders."),
              ElementsAre(Found{"fares rose for almost two in five riders", "Ann Ray",
                                "indirect"}));
}

TEST(ClauseBoundaryTest, JoinedClauseWithItsOwnSubjectAndTwoVerbs) {
  // "A said B, and C smiled and said D": C's clause is no part of B, and a quotation after
  // C's coordinated verbs is C's.
  EXPECT_THAT(Statements("Ann Ray said the ferry would run, and Tom Lee smiled and said it "
                         "would not."),
              ElementsAre(Found{"the ferry would run", "Ann Ray", "indirect"},
                          Found{"it would not", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the ferry would run, and Tom Lee smiled and said, "
                         "\"Not this year.\""),
              ElementsAre(Found{"the ferry would run", "Ann Ray", "indirect"},
                          Found{"Not this year.", "Tom Lee", "direct"}));
  // Hard negative: without a subject of its own the second verb is the first speaker's.
  EXPECT_THAT(Statements("Ann Ray said the ferry would run, and smiled and said, \"Not this "
                         "year.\""),
              ElementsAre(Found{"the ferry would run", "Ann Ray", "indirect"},
                          Found{"Not this year.", "Ann Ray", "direct"}));
}

TEST(ClauseBoundaryTest, QuoteInsideAClauseIsNoInvertedAttributionsObject) {
  // `A said X "Q" Y, B said Z`: a quotation that runs on into the words of its clause is not
  // set off by punctuation, so the comma and name after it are no role and name before a
  // verb that attributes it: B's verb reports its own clause.
  EXPECT_THAT(Statements("Tom Lee said it left \"a handful of crews without any pay\" filing"
                         " papers, Ann Ray said none were paid."),
              ElementsAre(Found{"it left \"a handful of crews without any pay\" filing papers",
                                "Tom Lee", "mixed"},
                          Found{"none were paid", "Ann Ray", "indirect"}));
  // Hard negatives: set off by a comma, or opening its sentence, the quotation is the
  // speaker's after a role and a name.
  EXPECT_THAT(Statements("\"We will not back down,\" her neighbour, Ann Ray, told the BBC."),
              ElementsAre(Found{"We will not back down,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("\"We will not back down\" her neighbour, Ann Ray, told the BBC."),
              ElementsAre(Found{"We will not back down", "Ann Ray", "direct"}));
}

TEST(ClauseBoundaryTest, ContrastWithAPluralSubjectInThePresentTense) {
  // "A, but officials say B", "A, though analysts warn B": a second attribution in the
  // present tense after a plural subject ends the first clause, as a past tense does.
  EXPECT_THAT(Statements("Tom Lee said the port is safe, but officials say it is not."),
              ElementsAre(Found{"the port is safe", "Tom Lee", "indirect"},
                          Found{"it is not", "officials", "indirect"}));
  EXPECT_THAT(Statements("The firm said it would keep the ferry, though analysts say it will"
                         " be sold."),
              ElementsAre(Found{"it would keep the ferry", "firm", "indirect"},
                          Found{"it will be sold", "analysts", "indirect"}));
  // Hard negative: a bare "and" joins two subjects more often than two clauses.
  EXPECT_THAT(Statements("Ann Ray criticized what she and many pilots see as a bad deal."),
              ElementsAre(Found{"what she and many pilots see as a bad deal", "Ann Ray",
                                "indirect"}));
}

TEST(ClauseBoundaryTest, ListenerWithACueWordInItsName) {
  // The listener of "told" ends before the clause: a cue word that modifies a noun ("a press
  // conference") or stands inside a name ("The Harbor Post") is part of it, as are "and" and
  // "of" between a name's words; a contracted pronoun ("he's") opens the clause.
  EXPECT_THAT(Statements("Tom Lee told a press conference that the ferries would sail."),
              ElementsAre(Found{"the ferries would sail", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray told The Harbor Post she's not seeking a recount."),
              ElementsAre(Found{"she's not seeking a recount", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee told The Elm Post and Ledger weekly on Saturday that he"
                         " backed Ray."),
              ElementsAre(Found{"he backed Ray", "Tom Lee", "indirect"}));
  // Hard negative: a cue word after the determiner with no noun after it is not part of
  // the listener ("told the press" is the listener "the press", then the clause).
  EXPECT_THAT(Statements("Ann Ray told the press the pier would close."),
              ElementsAre(Found{"the pier would close", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, ListenerAfterANamesPossessive) {
  // "told the Elm Observer's business forum last Thursday that": a name's possessive
  // determines the words after it, which are part of the listener.
  EXPECT_THAT(Statements("Ann Ray told the Elm Observer's business forum last Thursday that "
                         "importers would pass the cost on."),
              ElementsAre(Found{"importers would pass the cost on", "Ann Ray", "indirect"}));
  // Hard negative: after the possessive's noun, a clause without "that".
  EXPECT_THAT(Statements("Ann Ray told the Elm Observer's readers the cost would rise."),
              ElementsAre(Found{"the cost would rise", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, ModifierInTheAdjunctAndACommentAfterADash) {
  // "in a blog post that": a modifier between determiner and noun cue; "A - a claim the
  // union disputes": the writer's comment after a dash is no part of the clause.
  EXPECT_THAT(Statements("Tom Lee wrote in a blog post that the port was safe."),
              ElementsAre(Found{"the port was safe", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the port was safe \xE2\x80\x94 a claim the union"
                         " disputes."),
              ElementsAre(Found{"the port was safe", "Ann Ray", "indirect"}));
  // Hard negative: the dash that closes an aside goes on with the clause.
  EXPECT_THAT(Statements("Ann Ray denounced Thursday - the day of the vote - a plan to close"
                         " the pier."),
              ElementsAre(Found{"Thursday - the day of the vote - a plan to close the pier",
                                "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, ThatInsideTheReportedClauseIsARelativePronoun) {
  // Words after the cue are skipped up to a "that" only while they can be an adjunct or a
  // listener ("said on Monday that", "told reporters gathered at the pier that"); once the
  // reported clause has begun (a name and its verb, a subject pronoun, an auxiliary), a
  // "that" is a relative pronoun inside it.
  EXPECT_THAT(Statements("Tom Lee said Ann Ray designed a plan that closes the pier."),
              ElementsAre(Found{"Ann Ray designed a plan that closes the pier", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said Monday he owns a ferry that runs at night."),
              ElementsAre(Found{"he owns a ferry that runs at night", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("Ann Ray told reporters gathered at the pier that fares would"
                         " rise."),
              ElementsAre(Found{"fares would rise", "Ann Ray", "indirect"}));
  // Hard negatives: an adjunct with a capitalized word and a word in -ed ("op-ed", "Harbor
  // Gazette op-ed") still leads to "that", as does "will" the noun.
  EXPECT_THAT(Statements("Tom Lee said in his will that the farm should go to Elm."),
              ElementsAre(Found{"the farm should go to Elm", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray wrote in a Harbor Gazette op-ed that fares would rise."),
              ElementsAre(Found{"fares would rise", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said to Democrats gathered in Elm that fares would rise."),
              ElementsAre(Found{"fares would rise", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, BodyWithoutItsDeterminerIsTheListener) {
  // "told parliament that": a body's noun is the listener of "told" without "the" too.
  EXPECT_THAT(Statements("The minister told parliament on Tuesday that the port would"
                         " reopen."),
              ElementsAre(Found{"the port would reopen", "minister", "indirect"}));
  EXPECT_THAT(Statements("The minister told parliament the port would reopen."),
              ElementsAre(Found{"the port would reopen", "minister", "indirect"}));
  // A headline's occasion without its determiner: the people at it.
  EXPECT_THAT(Statements("Mayor tells rally she will run again\n\nThe rally was loud."),
              ElementsAre(Found{"she will run again", "Mayor", "indirect"}));
  // A name's possessive opens the listener as a determiner would.
  EXPECT_THAT(Statements("The minister told Parliament's ports committee on Tuesday that the "
                         "pier would reopen."),
              ElementsAre(Found{"the pier would reopen", "minister", "indirect"}));
  // Hard negative: a body's noun that modifies the next word is no listener by itself.
  EXPECT_THAT(Statements("Ann Ray told company drivers to stay home."),
              ElementsAre(Found{"company drivers to stay home", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, WritersCommentAfterACommaEndsTheClause) {
  // "A, an admission that rivals seized on": after a comma as after a dash, "a"/"an" and a
  // noun for a statement open the writer's comment on what was reported.
  EXPECT_THAT(Statements("Tom Lee said some riders would pay more, an admission that rivals"
                         " seized on."),
              ElementsAre(Found{"some riders would pay more", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said she was fired for missing work, a claim the board"
                         " strongly disputes."),
              ElementsAre(Found{"she was fired for missing work", "Ann Ray", "indirect"}));
  // "A - and he fired ...": after a comma or dash, "and"/"but" and he/she/they open
  // the writer's own clause about the speaker.
  EXPECT_THAT(Statements("Tom Lee said the board had been misled - and he fired the"
                         " port manager."),
              ElementsAre(Found{"the board had been misled", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said a deal was likely, and she renewed the forecast"
                         " on Monday."),
              ElementsAre(Found{"a deal was likely", "Ann Ray", "indirect"}));
  // Hard negatives: "a" and a plain noun after the comma, and "and it", go on with the
  // clause.
  EXPECT_THAT(Statements("Tom Lee said the ferry was late, a rare event."),
              ElementsAre(Found{"the ferry was late, a rare event", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said the pier was old, and it would close."),
              ElementsAre(Found{"the pier was old, and it would close", "Tom Lee",
                                "indirect"}));
  // ... "they" after a comma (often the reported subject again), and an appositive inside
  // the clause that a comma closes.
  EXPECT_THAT(Statements("Tom Lee said the crews worked hard, but they were paid too little."),
              ElementsAre(Found{"the crews worked hard, but they were paid too little",
                                "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said Tom Lee, a defense lawyer, would take the case."),
              ElementsAre(Found{"Tom Lee, a defense lawyer, would take the case", "Ann Ray",
                                "indirect"}));
}

TEST(ClauseBoundaryTest, TimeOrPlaceThenASecondAttributionStaysInTheClause) {
  // "said that in May, Ray warned the board ...": the comma after an opening time or place
  // is inside the reported clause; Ray's attribution is part of what Lee said.
  EXPECT_THAT(Statements("Tom Lee said that in May, Ann Ray warned the board about the pier."),
              ElementsAre(Found{"in May, Ann Ray warned the board about the pier", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("Pilots told the Gazette that in private, Ray has voiced doubts"
                         " about the pier."),
              ElementsAre(Found{"in private, Ray has voiced doubts about the pier", "Pilots",
                                "indirect"}));
  // Hard negative: a clause, then "X said." at the end, is X's clause.
  EXPECT_THAT(Statements("The ferry will stop in May, Ann Ray said."),
              ElementsAre(Found{"The ferry will stop in May", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, OpeningSubordinateClauseThenItsMainClauseStayInTheClause) {
  // "said that while A, he would B": the comma ends the subordinate clause that opens the
  // reported clause; its main clause, with a cue of its own, is still what was said.
  EXPECT_THAT(Statements("Dan Tate said that since the fares rose in May, he would vote for "
                         "Lee."),
              ElementsAre(Found{"since the fares rose in May, he would vote for Lee", "Dan Tate",
                                "indirect"}));
  EXPECT_THAT(Statements("Ann Ray told riders that if the levy failed, the board would be "
                         "backing a toll."),
              ElementsAre(Found{"if the levy failed, the board would be backing a toll",
                                "Ann Ray", "indirect"}));
  // Hard negatives: a bare verb of saying after the comma is the writer's next attribution,
  // and a name and its verb that end the sentence attribute what comes before.
  EXPECT_THAT(Statements("Ann Ray admitted that while the pier was old, she argued the ferry "
                         "was safe."),
              ElementsAre(Found{"while the pier was old", "Ann Ray", "indirect"},
                          Found{"the ferry was safe", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The pilots did not object when the fares rose, Tom Lee said."),
              ElementsAre(Found{"The pilots did not object when the fares rose", "Tom Lee",
                                "indirect"}));
}

TEST(ClauseBoundaryTest, RelativeClauseWithItsOwnAttributionInsideTheClause) {
  // "said the toll, which pilots say was unfair, was ...": the relative clause closes
  // before the reported clause's own verb, which goes on after it.
  EXPECT_THAT(Statements("Ann Ray said that the new levy, which pilots have argued was set too "
                         "high, was a blow to the crews."),
              ElementsAre(Found{"the new levy, which pilots have argued was set too high, was a "
                                "blow to the crews",
                                "Ann Ray", "indirect"}));
  // Hard negative: a relative clause that ends the reported clause is another speaker's
  // (its pronoun stands for what the speaker's words are about).
  EXPECT_THAT(Statements("Ann Ray praised the new levy, which pilots have argued was set too "
                         "high."),
              ElementsAre(Found{"the new levy", "Ann Ray", "indirect"},
                          Found{"which", "pilots", "indirect"},
                          Found{"was set too high", "pilots", "indirect"}));
}

TEST(ClauseBoundaryTest, TellingThatIsNoStatement) {
  // "All told," sums up; "told the story of", "tells a tale of" narrate.
  EXPECT_THAT(Statements("All told, some 4,000 pilots may qualify."), IsEmpty());
  EXPECT_THAT(Statements("The ad told the story of ferry pilots in Elm."), IsEmpty());
  // A channel's number is part of the listener's name.
  EXPECT_THAT(Statements("Ann Ray told Harbor News 6 in Elm that the pier would close."),
              ElementsAre(Found{"the pier would close", "Ann Ray", "indirect"}));
  // So are a body's nouns after its name.
  EXPECT_THAT(Statements("Ann Ray told Glow magazine in March that the pier would close."),
              ElementsAre(Found{"the pier would close", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray told Elm television station the pier would close."),
              ElementsAre(Found{"the pier would close", "Ann Ray", "indirect"}));
  // Hard negatives: "all" as the subject, a story told to someone with a clause, a number
  // that opens the clause, and a group after a body's noun taken into the listener.
  EXPECT_THAT(Statements("Tom Lee told Harbor Radio 40 boats had sunk near Elm."),
              ElementsAre(Found{"40 boats had sunk near Elm", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee told party members the vote was rigged."),
              ElementsAre(Found{"the vote was rigged", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The pilots all told reporters the pier would close."),
              ElementsAre(Found{"the pier would close", "pilots", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray told the board the story was false."),
              ElementsAre(Found{"the story was false", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, VerbOfEndorsementAfterAnInterjectedAttributionDoesNotInvert) {
  // "Riders, Lee notes, applaud the toll": the attribution splits the clause; "applaud the
  // toll" is its second half, not "..., applaud X" with X the speaker (only verbs of saying
  // invert so: "..., said Ann Ray").
  EXPECT_THAT(Statements("Riders, Tom Lee notes, applaud the new ferry toll."),
              ElementsAre(Found{"Riders", "Tom Lee", "indirect"},
                          Found{"applaud the new ferry toll", "Tom Lee", "indirect"}));
  // Hard negative: a verb of saying after the clause's comma inverts with its speaker.
  EXPECT_THAT(Statements("The toll is too high, argued the ferry captain."),
              ElementsAre(Found{"The toll is too high", "ferry captain", "indirect"}));
}

TEST(ClauseBoundaryTest, ListOfSubjectsBeforeACueStaysInTheClause) {
  // "wrote that the charter, minutes and wording of the bill showed ...": the commas and "and"
  // of a list of subjects are no second attribution.
  EXPECT_THAT(Statements("In her ruling, Judge Ann Ray wrote that the charter, minutes and "
                         "wording of the levy showed it to be unfair."),
              ElementsAre(Found{"the charter, minutes and wording of the levy showed it to be "
                                "unfair",
                                "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The poll found that retirees, suburbanites and young voters mostly "
                         "backed Lee."),
              ElementsAre(Found{"retirees, suburbanites and young voters mostly backed Lee",
                                "poll", "indirect"}));
  // Hard negative: a subject of its own after ", and" opens another attribution.
  EXPECT_THAT(Statements("Ann Ray said the toll was fair, and Tom Lee said it was not."),
              ElementsAre(Found{"the toll was fair", "Ann Ray", "indirect"},
                          Found{"it was not", "Tom Lee", "indirect"}));
}

TEST(ClauseBoundaryTest, InterjectedAdverbBetweenCueAndThat) {
  // "insisted, however, that": the clause starts after "that".
  EXPECT_THAT(Statements("Ben Hart insisted, however, that the mayor had acted quickly."),
              ElementsAre(Found{"the mayor had acted quickly", "Ben Hart", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee argued, for instance, that fares were high."),
              ElementsAre(Found{"fares were high", "Tom Lee", "indirect"}));
  // Hard negative: without "that" the words after the comma are the clause's own.
  EXPECT_THAT(Statements("Ann Ray said, in fact, the port was old."),
              ElementsAre(Found{"in fact, the port was old", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, MannerAdverbOrVerbOfSayingBeforeTheClause) {
  // "wondered aloud whether", "argued insistently that": how it was said is no part of it;
  // "likes to say that": the infinitive's verb of saying introduces the clause.
  EXPECT_THAT(Statements("Tom Lee wondered aloud whether the pier would survive."),
              ElementsAre(Found{"whether the pier would survive", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee argued insistently that the pier would survive."),
              ElementsAre(Found{"the pier would survive", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray likes to say that the port never sleeps."),
              ElementsAre(Found{"the port never sleeps", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee refused to say whether the pier would close."),
              ElementsAre(Found{"whether the pier would close", "Tom Lee", "indirect"}));
  // Hard negative: an adverb that is part of the clause after "that".
  EXPECT_THAT(Statements("Tom Lee said that quietly the pier had closed."),
              ElementsAre(Found{"quietly the pier had closed", "Tom Lee", "indirect"}));
}

TEST(ClauseBoundaryTest, AndJoiningTwoSubjectsOfTheClauseStartsNoAttribution) {
  // "said A and B had agreed ...": a bare "and" after a noun phrase with no verb joins two
  // subjects of the reported clause; the verb after them is the clause's own.
  EXPECT_THAT(Statements("The mayor said the port board and the pilots had agreed a deal."),
              ElementsAre(Found{"the port board and the pilots had agreed a deal", "mayor",
                                "indirect"}));
  EXPECT_THAT(Statements("The council said 15 engines and 90 firefighters were called to the "
                         "pier."),
              ElementsAre(Found{"15 engines and 90 firefighters were called to the pier",
                                "council", "indirect"}));
  // Hard negative: after a clause with its own verb, "and" and a subject open a second
  // attribution.
  EXPECT_THAT(Statements("Ann Ray said the plan was dead and Tom Lee agreed."),
              ElementsAre(Found{"the plan was dead", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, ContrastingAttributionWithAnAppositive) {
  // "A, while Ben Hart, an economist, cautioned B": Hart's own statement, which ends A.
  EXPECT_THAT(Statements("Ida Moss said investors would welcome a deal, while Ben Hart, an "
                         "economist, cautioned that the gap was large."),
              ElementsAre(Found{"investors would welcome a deal", "Ida Moss", "indirect"},
                          Found{"the gap was large", "Ben Hart", "indirect"}));
  // Hard negative: "while" that opens the sentence keeps its subordinate clause as it was.
  EXPECT_THAT(Statements("While Ben Hart, an economist, was away, Ida Moss said the gap was "
                         "large."),
              ElementsAre(Found{"the gap was large", "Ida Moss", "indirect"}));
}

TEST(ClauseBoundaryTest, ColonBeforeAQuotationEndsTheClause) {
  // The quotation after the colon is a statement of its own (with the clause's speaker when
  // an earlier verb of saying reports the clause it ends).
  EXPECT_THAT(Statements("Ann Ray went on by bemoaning the pace of her job: \"There is no "
                         "rest in this job,\" she said."),
              ElementsAre(Found{"the pace of her job", "Ann Ray", "indirect"},
                          Found{"There is no rest in this job,", "Ann Ray", "direct"}));
  EXPECT_THAT(Statements("Tom Lee said the plan was a \"grave mistake\" and that she now sees "
                         "the risk: \"They will need a bigger boat.\""),
              ElementsAre(Found{"the plan was a \"grave mistake\" and that she now sees the "
                                "risk",
                                "Tom Lee", "mixed"},
                          Found{"They will need a bigger boat.", "Tom Lee", "direct"}));
  // The cue's own clause before the colon: a statement that the quotation illustrates.
  EXPECT_THAT(Statements("Admiral Tom Lee said the navy would be left with too few ships: "
                         "\"We are already stretched.\""),
              ElementsAre(Found{"the navy would be left with too few ships", "Tom Lee",
                                "indirect"},
                          Found{"We are already stretched.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Ann Ray urged both sides to return to talks: \"Riders have had "
                         "enough.\""),
              ElementsAre(Found{"both sides to return to talks", "Ann Ray", "indirect"},
                          Found{"Riders have had enough.", "Ann Ray", "direct"}));
  // Hard negatives: the cue's object, with no verb, before the colon ("confirmed that
  // observation"); the words a sign "read" are part of what was said; a colon inside the
  // quotation is the speaker's; a subject of its own after a comma and "and" introduces the
  // quotation.
  EXPECT_THAT(Statements("The Elm Gazette confirmed that observation, reporting: \"The pier "
                         "was sold.\""),
              ElementsAre(Found{"The pier was sold.", "Elm Gazette", "direct"}));
  EXPECT_THAT(Statements("Ann Ray said the banner read: \"Save Our Pier.\""),
              ElementsAre(Found{"the banner read: \"Save Our Pier.\"", "Ann Ray", "mixed"}));
  EXPECT_THAT(Statements("Ann Ray said that the port needs \"a new board: one that "
                         "listens.\""),
              ElementsAre(Found{"the port needs \"a new board: one that listens.\"",
                                "Ann Ray", "mixed"}));
  EXPECT_THAT(Statements("Tom Lee said the report was clear on the pier and the tolls, and Ann "
                         "Ray, the mayor, agreed: \"We must act.\""),
              ElementsAre(Found{"the report was clear on the pier and the tolls", "Tom Lee",
                                "indirect"},
                          Found{"We must act.", "Ann Ray", "direct"}));
}

TEST(ClauseBoundaryTest, ParticipleOfSpeechAfterAConjunctionIsASecondStatement) {
  // "... while insisting ...", "... and vowing ...", "... but suggesting ...": the
  // participle's words are its own statement, by the main clause's subject.
  EXPECT_THAT(Statements("Ann Ray said the toll was fair while insisting the port was broke."),
              ElementsAre(Found{"the toll was fair", "Ann Ray", "indirect"},
                          Found{"the port was broke", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee called the toll \"a scam\" and vowing to fight it."),
              ElementsAre(Found{"the toll \"a scam\"", "Tom Lee", "mixed"},
                          Found{"to fight it", "Tom Lee", "indirect"}));
  // After "before" or "after" as well.
  EXPECT_THAT(Statements("Ann Ray said the toll was fair on the radio before insisting that "
                         "the port was broke."),
              ElementsAre(Found{"the toll was fair on the radio", "Ann Ray", "indirect"},
                          Found{"the port was broke", "Ann Ray", "indirect"}));
  // Hard negatives: a participle of perception after "and" stays in the clause, as does one
  // the reported clause's own participle may be joined with.
  EXPECT_THAT(Statements("Ann Ray said she was weary of hearing complaints and seeing "
                         "protests."),
              ElementsAre(Found{"she was weary of hearing complaints and seeing protests",
                                "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said Ben Hart had been criticizing the toll while promising "
                         "to cut it."),
              ElementsAre(Found{"Ben Hart had been criticizing the toll while promising to cut "
                                "it",
                                "Tom Lee", "indirect"}));
  // Nor does a participle that says nothing there ("adding to his stake" is buying more).
  EXPECT_THAT(Statements("Tom Lee said he would wait for the first sales before adding to his "
                         "stake."),
              ElementsAre(Found{"he would wait for the first sales before adding to his stake",
                                "Tom Lee", "indirect"}));
}

TEST(ClauseBoundaryTest, VerbOfPerceptionOrEvidenceAfterAConjunctionStaysInTheClause) {
  // What the clause's subject saw or showed is no statement of the speaker's.
  EXPECT_THAT(Statements("Ann Ray said she heard a bang and saw smoke at the pier."),
              ElementsAre(Found{"she heard a bang and saw smoke at the pier", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("Ida Moss said Tom Lee had lied and showed little regret."),
              ElementsAre(Found{"Tom Lee had lied and showed little regret", "Ida Moss",
                                "indirect"}));
  // Hard negatives: a verb of thought or of saying after "and" is the speaker's next stance.
  EXPECT_THAT(Statements("Ann Ray said the toll was unfair and believed the board would cut "
                         "it."),
              ElementsAre(Found{"the toll was unfair", "Ann Ray", "indirect"},
                          Found{"the board would cut it", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray said the toll was unfair and urged the board to cut it."),
              ElementsAre(Found{"the toll was unfair", "Ann Ray", "indirect"},
                          Found{"the board to cut it", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, PassiveExpectationAfterAndGoesOnWithTheClause) {
  // "said the storm was moving east and was expected to strengthen": the passive verb of
  // expectation and its infinitive say more of the clause's own subject.
  EXPECT_THAT(Statements("Ann Ray said the storm was moving east and was expected to"
                         " strengthen."),
              ElementsAre(Found{"the storm was moving east and was expected to strengthen",
                                "Ann Ray", "indirect"}));
  // Hard negative: a subject of its own before the passive still ends the clause.
  EXPECT_THAT(Statements("Ann Ray said the storm was moving east and Tom Lee was expected to"
                         " say more."),
              ElementsAre(Found{"the storm was moving east", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, ThatRightAfterAVerbThatTakesAListenerOpensItsClause) {
  // "assured that normal supply would resume": "that" opens the clause, no demonstrative
  // before a listener.
  EXPECT_THAT(Statements("Tom Lee assured that normal supply would resume by Friday."),
              ElementsAre(Found{"normal supply would resume by Friday", "Tom Lee", "indirect"}));
  // Hard negative: a listener after the verb is still passed over.
  EXPECT_THAT(Statements("Tom Lee assured the residents that supply would resume."),
              ElementsAre(Found{"supply would resume", "Tom Lee", "indirect"}));
}

TEST(ClauseBoundaryTest, PhoneCallAfterAndGoesOnWithTheClause) {
  // "said she saw smoke and called 911": a phone call is the clause's own subject's next
  // act, and "called police" alone says nothing.
  EXPECT_THAT(Statements("Ann Ray said she saw smoke and called 911."),
              ElementsAre(Found{"she saw smoke and called 911", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said he heard a bang and called the police."),
              ElementsAre(Found{"he heard a bang and called the police", "Tom Lee",
                                "indirect"}));
  EXPECT_THAT(Statements("Tom Lee called an ambulance at noon."), IsEmpty());
  // Hard negative: "called" with a description of its object is the speaker's words.
  EXPECT_THAT(Statements("Ann Ray said the toll was unfair and called it a scam."),
              ElementsAre(Found{"the toll was unfair", "Ann Ray", "indirect"},
                          Found{"it a scam", "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, NounCueRightAfterAPrepositionNamesTheOccasion) {
  // "told reporters after question period that": the noun names when it was said, and the
  // clause opens after "that".
  EXPECT_THAT(Statements("Ann Ray told reporters after question period that the minister"
                         " answered nothing."),
              ElementsAre(Found{"the minister answered nothing", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said during debate Monday that the toll was unfair."),
              ElementsAre(Found{"the toll was unfair", "Tom Lee", "indirect"}));
  // Hard negative: a noun with its own "that" right after it is the content.
  EXPECT_THAT(Statements("Ann Ray said after reports that the ferry sank, the port closed."),
              ElementsAre(Found{"after reports that the ferry sank, the port closed",
                                "Ann Ray", "indirect"}));
}

TEST(ClauseBoundaryTest, NounCueAfterAnAmountIsTheCountedNoun) {
  // "handing out Sh200 notes": "notes" after an amount is no verb, so the amount is no
  // speaker for the next pronoun.
  EXPECT_THAT(Statements("Tom Lee said aides were handing out Kr500 notes to riders.\n\n"
                         "\"They think they can buy the vote,\" he said."),
              ElementsAre(Found{"aides were handing out Kr500 notes to riders", "Tom Lee",
                                "indirect"},
                          Found{"They think they can buy the vote,", "Tom Lee", "direct"}));
  // Hard negative: a name before the cue in -s is its subject.
  EXPECT_THAT(Statements("Harbor Trust notes that fares rose."),
              ElementsAre(Found{"fares rose", "Harbor Trust", "indirect"}));
}

TEST(ClauseBoundaryTest, WhileWithoutACommaBeforeAnotherAttribution) {
  // "A while pilots warned B": "while" contrasts a second attribution with its own subject
  // and verb, with or without a comma before it.
  EXPECT_THAT(Statements("Ann Ray said fares rose 5 percent while Tom Lee says they fell."),
              ElementsAre(Found{"fares rose 5 percent", "Ann Ray", "indirect"},
                          Found{"they fell", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray accused the board of delay whereas the pilots blamed the "
                         "weather."),
              ElementsAre(Found{"the board of delay", "Ann Ray", "indirect"},
                          Found{"the weather", "pilots", "indirect"}));
  // Hard negative: "while" and a clause with no verb of saying stay in the clause.
  EXPECT_THAT(Statements("Ann Ray said the crews worked while the pilots slept."),
              ElementsAre(Found{"the crews worked while the pilots slept", "Ann Ray",
                                "indirect"}));
}

TEST(ClauseBoundaryTest, WhereOrWhenOnTheClausesLastNounIsTheWritersGloss) {
  // "..., where delegates will pick a nominee", "after 1990, when the port closed": the
  // writer's gloss on the last noun, as ", which ..." is.
  EXPECT_THAT(Statements("Ann Ray said the vote would come at the spring convention, where "
                         "delegates will pick a nominee."),
              ElementsAre(Found{"the vote would come at the spring convention", "Ann Ray",
                                "indirect"}));
  EXPECT_THAT(Statements("Tom Lee noted that most riders were born after 1990, when the port "
                         "closed."),
              ElementsAre(Found{"most riders were born after 1990", "Tom Lee", "indirect"}));
  // Hard negative: on a day, "when" may go on with the clause's verb.
  EXPECT_THAT(Statements("Ann Ray said the ferry docked on Friday, when the pier reopened."),
              ElementsAre(Found{"the ferry docked on Friday, when the pier reopened", "Ann Ray",
                                "indirect"}));
}

TEST(ClauseBoundaryTest, VoteAfterADeterminerIsTheNoun) {
  // "another vote for Lee", "a walkout vote for Monday", "the deciding vote for": the noun
  // "vote", no verb with the word before it as its subject.
  EXPECT_THAT(Statements("That makes another vote for the ferry plan."), IsEmpty());
  EXPECT_THAT(Statements("The crews have called a walkout vote for Monday."), IsEmpty());
  EXPECT_THAT(Statements("Ann Ray cast the deciding vote for lower fares."), IsEmpty());
  // Hard negatives: the verb after a subject or an auxiliary.
  EXPECT_THAT(Statements("Ann Ray said she would vote for Tom Lee."),
              ElementsAre(Found{"she would vote for Tom Lee", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Pilots will vote for the winner."),
              ElementsAre(Found{"the winner", "Pilots", "indirect"}));
}

TEST(ClauseBoundaryTest, ApologyToAListenerOrAfterAnEventSaysOnlyWhatItIsFor) {
  // "apologised to riders for the delays": the reason is the statement; to whom, or after
  // what, is none.
  EXPECT_THAT(Statements("Ann Ray apologised to riders for the delays."),
              ElementsAre(Found{"for the delays", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Ann Ray apologised to riders affected by a week of delays."),
              IsEmpty());
  EXPECT_THAT(Statements("Tom Lee has apologised after a post about a rival drew replies."),
              IsEmpty());
  // Hard negatives: a reason alone, and a clause after "that", stay whole.
  EXPECT_THAT(Statements("Ann Ray apologised for the delays."),
              ElementsAre(Found{"for the delays", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee apologized that the ferry was late."),
              ElementsAre(Found{"the ferry was late", "Tom Lee", "indirect"}));
}

TEST(ClauseBoundaryTest, AppealToAListenerToActIsARequest) {
  // "appealed to the board to cut fares": the listener and what it is asked to do.
  EXPECT_THAT(Statements("Ann Ray appealed to the board to cut fares."),
              ElementsAre(Found{"the board to cut fares", "Ann Ray", "indirect"}));
  // Hard negatives: a legal appeal, and an attraction, ask nothing.
  EXPECT_THAT(Statements("Ann Ray appealed to the Supreme Court."), IsEmpty());
  EXPECT_THAT(Statements("The plan is appealing to young riders."), IsEmpty());
}

TEST(ClauseBoundaryTest, AbsolutePhraseWithASpeakerOfItsOwnEndsTheClause) {
  // "A, with 30 percent of residents saying B": the participle after "with" has its own
  // subject, so it is another attribution, not part of A.
  EXPECT_THAT(Statements("Tom Lee said the plan was sound, with 30 percent of residents saying "
                         "it was too costly."),
              ElementsAre(Found{"the plan was sound", "Tom Lee", "indirect"},
                          Found{"it was too costly", "30 percent of residents", "indirect"}));
  // Hard negatives: within a poll's finding the share is the poll's; a stance's participle
  // ("backing") goes on with the clause.
  EXPECT_THAT(Statements("The Elm poll shows Ray ahead, with 56 percent saying they like her."),
              ElementsAre(Found{"Ray ahead, with 56 percent saying they like her", "Elm poll",
                                "indirect"}));
  EXPECT_THAT(Statements("Tom Lee said the plan had support, with 40 percent backing it."),
              ElementsAre(Found{"the plan had support, with 40 percent backing it", "Tom Lee",
                                "indirect"}));
}

TEST(ClauseBoundaryTest, NounsWordBeforeADeterminerAfterToIsTheInfinitive) {
  // "vowed to release the report, a long-standing demand": a word that is also a document's
  // or a group's noun ("release", "review", "order") is the infinitive's verb before a
  // determiner; its phrase is the content, not an adjunct whose comma opens it.
  EXPECT_THAT(Statements("Ann Ray vowed to release the report, a long-standing demand. Tom Lee "
                         "promised to review the rules, a key demand of riders."),
              ElementsAre(Found{"to release the report", "Ann Ray", "indirect"},
                          Found{"to review the rules", "Tom Lee", "indirect"}));
  // Hard negative: "to" and a determiner, the one spoken to.
  EXPECT_THAT(Statements("Ann Ray said to the group, \"We will win.\""),
              ElementsAre(Found{"We will win.", "Ann Ray", "direct"}));
}

TEST(ClauseBoundaryTest, OutletsNounBeforeShowIsACompoundNoun) {
  // "Speaking on radio show Elm Hour", "the television show Elm Talk": an outlet's singular
  // noun right before "show" makes one noun, not a source and its verb of evidence.
  EXPECT_THAT(Statements("Speaking on radio show Elm Hour last week, Ann Ray said the album was "
                         "done."),
              ElementsAre(Found{"the album was done", "Ann Ray", "indirect"}));
  // Hard negative: a plural document shows.
  EXPECT_THAT(Statements("Station records show the tower was shut."),
              ElementsAre(Found{"the tower was shut", "Station records", "indirect"}));
}

TEST(ClauseBoundaryTest, NameInAppositionBeforeAVerbOfSayingGoesOnWithTheClause) {
  // "said her lawyer, Tom Lee, argued ...": the comma closes a name in apposition to a noun
  // for a person inside the reported clause; the name's verb of saying is the clause's, as
  // it is with no apposition ("said Tom Lee argued ...").
  EXPECT_THAT(Statements("Ann Ray said her lawyer, Tom Lee, argued the fee was illegal."),
              ElementsAre(Found{"her lawyer, Tom Lee, argued the fee was illegal", "Ann Ray",
                                "indirect"}));
  // Hard negative: a relative clause's cue, then the main clause's own after its comma.
  EXPECT_THAT(Statements("Tom Lee, who said that the pier was safe, recalled that it had "
                         "closed."),
              ElementsAre(Found{"the pier was safe", "Tom Lee", "indirect"},
                          Found{"it had closed", "Tom Lee", "indirect"}));
}

TEST(ClauseBoundaryTest, NeitherAsTheSubjectOfTheSecondClause) {
  // "A said B, but neither would say C": "neither" alone is a group's subject (words.tsv
  // group), as "none" and "both" are; the first clause ends before it.
  EXPECT_THAT(Statements("Both candidates said they would raise pay, but neither would say by "
                         "how much."),
              ElementsAre(Found{"they would raise pay", "candidates", "indirect"},
                          Found{"by how much", "neither", "indirect"}));
}

}  // namespace
}  // namespace policy
