// Rules for statements whose grammatical subject is not their source: passives (the agent
// after "by" speaks), quoted titles, documents by an author, "the company" for a body named
// earlier.
// Inputs are invented; each rule has its hard negative.
#include <array>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/extract_test_util.h"

namespace policy {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using extract_test::ExtractOrDie;
using extract_test::FindSpeaker;
using extract_test::Found;
using extract_test::Statements;

// The organizations of the speaker of `text`'s only statement; a marker that fails any
// expectation when the text gives not exactly one attributed statement.
std::vector<std::string> OnlyStatementOrganizations(const std::string& text) {
  const Extraction e = ExtractOrDie(text);
  if (e.statements.size() != 1 || e.statements[0].speaker < 0) {
    return {"(not one attributed statement)"};
  }
  return e.speakers[e.statements[0].speaker].organizations;
}

TEST(SpeakerTest, PrimeMinistersAbbreviationIsATitleAndARole) {
  // "PM Tom Lee said": the abbreviation is a title before the name; "The PM said": a role,
  // no organization.
  EXPECT_THAT(Statements("PM Tom Lee said the levy would stay."),
              ElementsAre(Found{"the levy would stay", "Tom Lee", "indirect"}));
  EXPECT_THAT(OnlyStatementOrganizations("The PM said the levy would stay."), IsEmpty());
  // Hard negative: "pm" after a time is no speaker.
  EXPECT_THAT(Statements("The vote closed at 5 pm, officials said."),
              ElementsAre(Found{"The vote closed at 5 pm", "officials", "indirect"}));
}

TEST(PassiveTest, AgentAfterByIsTheSpeaker) {
  // The subject, what was criticized, is no speaker: it is the agent's first statement
  // (ReportedFragmentTest.SubjectOfAPassiveCueWithANamedAgent), the reason the second.
  EXPECT_THAT(Statements("Tom Lee was criticized by Ann Ray for closing the ferry terminal."),
              ElementsAre(Found{"Tom Lee", "Ann Ray", "indirect"},
                          Found{"for closing the ferry terminal", "Ann Ray", "indirect"}));
  EXPECT_THAT(
      Statements("Tom Lee has been sharply criticized by port workers for closing the pier."),
      ElementsAre(Found{"Tom Lee", "port workers", "indirect"},
                  Found{"for closing the pier", "port workers", "indirect"}));
  EXPECT_THAT(Statements("The ferry plan was widely seen by harbor pilots as a risk."),
              ElementsAre(Found{"The ferry plan", "harbor pilots", "indirect"},
                          Found{"as a risk", "harbor pilots", "indirect"}));
  // An adverb between auxiliary and participle keeps the passive.
  EXPECT_THAT(Statements("Tom Lee was widely criticized by ferry crews for the new fares."),
              ElementsAre(Found{"Tom Lee", "ferry crews", "indirect"},
                          Found{"for the new fares", "ferry crews", "indirect"}));
  // Hard negatives: "by" after an active verb is a means, after "has" and an adverb the
  // verb is active, and a passive of a verb that reports nothing ("was hit by") is no
  // statement.
  EXPECT_THAT(Statements("Ann Ray criticized the ferry plan by letter on Monday."),
              ElementsAre(Found{"the ferry plan by letter", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee has repeatedly criticized the ferry plan."),
              ElementsAre(Found{"the ferry plan", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee was hit by a ferry on Tuesday."), ElementsAre());
}

TEST(PassiveTest, ImpersonalPassiveWithAnAgentBeforeThat) {
  // "It was argued by X that ...": the agent speaks the clause after "that"; the empty "it"
  // is no statement of theirs.
  EXPECT_THAT(Statements("It was argued by harbor pilots that the channel was too shallow."),
              ElementsAre(Found{"the channel was too shallow", "harbor pilots", "indirect"}));
  EXPECT_THAT(Statements("It has been claimed by Tom Lee that the ferry lost money."),
              ElementsAre(Found{"the ferry lost money", "Tom Lee", "indirect"}));
  // Hard negative: an "it" that stands for a thing is what was criticized.
  EXPECT_THAT(Statements("It was criticized by Tom Lee as a risk."),
              ElementsAre(Found{"It", "Tom Lee", "indirect"},
                          Found{"as a risk", "Tom Lee", "indirect"}));
}

TEST(PassiveTest, ReducedPassiveWithAnAgentAndAReason) {
  // "a scheme seen by X as ...", "Lee, often criticized by X for ...,": the agent speaks;
  // after a comma the participle's phrase ends at the next comma.
  EXPECT_THAT(Statements("Ann Ray drafted a dredging scheme seen by harbor pilots as a risk to "
                         "the channel."),
              ElementsAre(Found{"as a risk to the channel", "harbor pilots", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee, often criticized by ferry crews for the new fares, spoke "
                         "on Monday."),
              ElementsAre(Found{"for the new fares", "ferry crews", "indirect"}));
  // Hard negatives: after a name the verb is active, and without a reason after the agent
  // the reduced passive is no statement.
  EXPECT_THAT(Statements("Ann Ray criticized by letter the plan of the port."), ElementsAre());
  EXPECT_THAT(Statements("Ann Ray drafted a dredging scheme seen by harbor pilots on Monday."),
              ElementsAre());
}

TEST(PassiveTest, AgentOfAParticipleInsideTheSubjectDoesNotSpeak) {
  // "Pilots surveyed by the Gazette said": the agent belongs to the subject's reduced
  // relative clause; the subject before the participle speaks.
  EXPECT_THAT(Statements("Ferry pilots surveyed by the Harbor Times said the channel was "
                         "unsafe."),
              ElementsAre(Found{"the channel was unsafe", "Ferry pilots", "indirect"}));
  EXPECT_THAT(Statements("Several captains interviewed by the Gazette said they would stay."),
              ElementsAre(Found{"they would stay", "captains", "indirect"}));
  EXPECT_THAT(Statements("Divers led by Ann Ray found that the wreck had moved."),
              ElementsAre(Found{"the wreck had moved", "Divers", "indirect"}));
  // Hard negative: the author of a document speaks for it.
  EXPECT_THAT(Statements("A report published by the Harbor Times said the channel was unsafe."),
              ElementsAre(Found{"the channel was unsafe", "Harbor Times", "indirect"}));
}

TEST(ParticipleTest, CoordinatedClauseSubjectSpeaksForTheParticiple) {
  // "A did X and B did Y, admitting ...": the participle belongs to the nearer clause.
  EXPECT_THAT(Statements("Inspectors closed the pier and Ann Ray sacked the dock manager, "
                         "conceding that the ferry timetable had failed."),
              ElementsAre(Found{"the ferry timetable had failed", "Ann Ray", "indirect"}));
  // Hard negatives: "and" inside the subject, and a second clause without a name.
  EXPECT_THAT(Statements("Tom Lee and Ann Ray boarded the ferry, saying the fares were too "
                         "high."),
              ElementsAre(Found{"the fares were too high", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Tom Lee closed the pier and the ferry stopped, saying the fares "
                         "were too high."),
              ElementsAre(Found{"the fares were too high", "Tom Lee", "indirect"}));
  // An irregular past after ", but" as well.
  EXPECT_THAT(Statements("Tom Lee turned to trade, but Ann Ray brought him back to the pier, "
                         "asking Lee about the fares."),
              ElementsAre(Found{"about the fares", "Ann Ray", "indirect"}));
  // Hard negative: a name right before "and" ends a list of names, one subject (not its
  // last name alone).
  EXPECT_THAT(Statements("Port staff Ida Moss, Tom Lee and Ann Ray met the board, saying the "
                         "fares were too high."),
              ElementsAre(Found{"the fares were too high", "Ida Moss", "indirect"}));
}

TEST(InheritTest, QuoteAfterAParagraphInheritsItsOuterSpeaker) {
  // Speech reported inside the paragraph's last statement lends no speaker to the quote that
  // opens the next paragraph; the outer statement's speaker does.
  EXPECT_THAT(Statements("Tom Lee said that pier owners have been warning of a ferry strike "
                         "for months.\n\n\"The ferry is the heart of this city and it will "
                         "stay.\""),
              ElementsAre(Found{"pier owners have been warning of a ferry strike for months",
                                "Tom Lee", "indirect"},
                          Found{"The ferry is the heart of this city and it will stay.",
                                "Tom Lee", "direct"}));
  // Hard negative: a statement of its own at the paragraph's end still lends its speaker.
  EXPECT_THAT(Statements("Tom Lee said the ferry was late. Some critics predicted its end."
                         "\n\n\"The ferry is the heart of this city and it will stay.\""),
              ElementsAre(Found{"the ferry was late", "Tom Lee", "indirect"},
                          Found{"its end", "critics", "indirect"},
                          Found{"The ferry is the heart of this city and it will stay.",
                                "critics", "direct"}));
}

TEST(InheritTest, QuoteAfterAStageDirectionInheritsTheSpeakerBeforeIt) {
  // A paragraph of a few words that names nobody ("She pauses.") does not break the run of a
  // speaker's quotes.
  EXPECT_THAT(Statements("\"We are calling from the port,\" Ann Ray said into the phone.\n\n"
                         "She pauses.\n\n\"Yes, the ferry leaves at noon.\""),
              ElementsAre(Found{"We are calling from the port,", "Ann Ray", "direct"},
                          Found{"Yes, the ferry leaves at noon.", "Ann Ray", "direct"}));
  // Hard negatives: a paragraph that names someone, and two paragraphs, break it.
  EXPECT_THAT(Statements("\"We are calling from the port,\" Ann Ray said into the phone.\n\n"
                         "Tom Lee nods.\n\n\"Yes, the ferry leaves at noon.\""),
              ElementsAre(Found{"We are calling from the port,", "Ann Ray", "direct"},
                          Found{"Yes, the ferry leaves at noon.", "", "direct"}));
  EXPECT_THAT(Statements("\"We are calling from the port,\" Ann Ray said into the phone.\n\n"
                         "She pauses.\n\nThe line hums.\n\n\"Yes, the ferry leaves at noon.\""),
              ElementsAre(Found{"We are calling from the port,", "Ann Ray", "direct"},
                          Found{"Yes, the ferry leaves at noon.", "", "direct"}));
}

TEST(InheritTest, StatementWithNoSourceNamedLendsNoSpeaker) {
  // The question of an unnamed asker ends the paragraph; the quote that opens the next one is
  // the last named speaker's.
  EXPECT_THAT(Statements("\"Anyone but Lee,\" Ann Ray told the Herald when asked which "
                         "candidate she would back.\n\n\"Lee means trouble for the port.\""),
              ElementsAre(Found{"Anyone but Lee,", "Ann Ray", "direct"},
                          Found{"which candidate she would back", "", "indirect"},
                          Found{"Lee means trouble for the port.", "Ann Ray", "direct"}));
}

TEST(QuoteVerbTest, NounWithAPlacePhraseAfterAQuoteSpeaks) {
  // `"...," a pilot on the ferry said.`: the noun before "on"/"in"/"at" speaks (an
  // anonymous person keeps where they are in the name, as "an official in the region").
  EXPECT_THAT(Statements("\"Fares will rise next year,\" a pilot on the ferry said."),
              ElementsAre(Found{"Fares will rise next year,", "pilot on the ferry", "direct"}));
  EXPECT_THAT(Statements("\"Fares will rise next year,\" a sign on the pier says."),
              ElementsAre(Found{"Fares will rise next year,", "sign", "direct"}));
  // Hard negatives: a name with its place, and a group with its place, keep the name.
  EXPECT_THAT(Statements("\"Fares will rise next year,\" Tom Lee in Elm City said."),
              ElementsAre(Found{"Fares will rise next year,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("\"Fares will rise,\" riders in Elm City said on Monday."),
              ElementsAre(Found{"Fares will rise,", "riders", "direct"}));
}

TEST(TitleTest, QuotedNameAfterANounAndCalledIsNoStatement) {
  // `a video called "..."`: the participle names the noun; the quote is a title.
  EXPECT_THAT(Statements("The port released a video called \"Harbor Lights\" on Monday."),
              ElementsAre());
  EXPECT_THAT(Statements("Ann Ray set up a website called \"Ferries For All\" that sells "
                         "tickets."),
              ElementsAre());
  EXPECT_THAT(Statements("Tom Lee started the ferry podcast called \"Tide Talk\" last year."),
              ElementsAre());
  // Hard negatives: a subject and its verb, and `called X "Y"`, label in their own words
  // (one mixed statement, as after "said the plan was").
  EXPECT_THAT(Statements("The mayor called the ferry plan \"a disgrace to the city\" on "
                         "Monday."),
              ElementsAre(Found{"the ferry plan \"a disgrace to the city\" on Monday", "mayor",
                                "mixed"}));
  EXPECT_THAT(Statements("Tom Lee called it \"a bad deal for riders.\""),
              ElementsAre(Found{"it \"a bad deal for riders.\"", "Tom Lee", "mixed"}));
}

TEST(AccordingToTest, NamedAuthorOfTheWorkIsTheSource) {
  // "according to a count by X", "records filed by X", "a report from X": X is the source.
  EXPECT_THAT(Statements("Sales rose 6 percent, according to a count by the Harbor Times."),
              ElementsAre(Found{"Sales rose 6 percent", "Harbor Times", "indirect"}));
  EXPECT_THAT(Statements("Ridership fell, according to a report from the Port Authority."),
              ElementsAre(Found{"Ridership fell", "Port Authority", "indirect"}));
  EXPECT_THAT(Statements("According to records filed by Ann Ray, the ferry lost money."),
              ElementsAre(Found{"the ferry lost money", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("According to a study by the Harbor Institute based on tide data, "
                         "the pier is sinking."),
              ElementsAre(Found{"the pier is sinking", "Harbor Institute", "indirect"}));
  // A short phrase of place or time between the participle and "by".
  EXPECT_THAT(Statements("Sales rose, according to a paper released at the forum by the Elm "
                         "Institute."),
              ElementsAre(Found{"Sales rose", "Elm Institute", "indirect"}));
  EXPECT_THAT(Statements("Sales rose, according to a study published on Monday by the Elm "
                         "Institute."),
              ElementsAre(Found{"Sales rose", "Elm Institute", "indirect"}));
  // Hard negatives: a person's complement, an author without a name, "from" after a
  // person.
  EXPECT_THAT(Statements("Fares rose, according to a spokesman for the Port Authority."),
              ElementsAre(Found{"Fares rose", "spokesman for the Port Authority", "indirect"}));
  EXPECT_THAT(Statements("Fares rose, according to an email from the director of the port."),
              ElementsAre(Found{"Fares rose", "email", "indirect"}));
  EXPECT_THAT(Statements("Fares rose, according to residents from Elm City."),
              ElementsAre(Found{"Fares rose", "residents from Elm City", "indirect"}));
}

TEST(AccordingToTest, ParticipleBeforeTheNounIsPartOfTheSource) {
  // "a leaked memo", "the recently released port plan": the participle modifies the noun
  // (the source was "a" and "recently").
  EXPECT_THAT(Statements("According to a leaked memo, the pier will close."),
              ElementsAre(Found{"the pier will close", "leaked memo", "indirect"}));
  EXPECT_THAT(Statements("According to the recently released port plan, the pier will close."),
              ElementsAre(Found{"the pier will close", "recently released port plan",
                                "indirect"}));
  // Hard negative: after the noun the participle ends the source.
  EXPECT_THAT(Statements("The pier will close, according to a report released Wednesday."),
              ElementsAre(Found{"The pier will close", "report", "indirect"}));
}

TEST(BodyNounTest, TheNounOfABodyNamedEarlierTakesItsOrganization) {
  // "the board said" after "the Harbor Board": the mention stays the speaker's name, and the
  // body is its organization.
  const Extraction e = ExtractOrDie(
      "Tom Lee, a director at the Harbor Board, said fares would rise. The board said it "
      "agreed. The Acme Ferry Company will cut two routes. The company said the routes lost "
      "money.");
  const SpeakerProfile* board = FindSpeaker(e, "board");
  ASSERT_NE(board, nullptr);
  EXPECT_THAT(board->organizations, ElementsAre("Harbor Board"));
  const SpeakerProfile* company = FindSpeaker(e, "company");
  ASSERT_NE(company, nullptr);
  EXPECT_THAT(company->organizations, ElementsAre("Acme Ferry"));  // suffix dropped
  // Hard negatives: another noun ("the agency" after "the Port Authority"), a body named
  // only after the mention, and "a company" (any company) stay unlinked.
  for (const char* text :
       {"The Port Authority will raise fees. The agency said the increase was needed.",
        "The agency said the increase was needed. The Harbor Agency will raise fees.",
        "The Acme Ferry Company will cut routes. A company said the routes lost money."}) {
    EXPECT_THAT(OnlyStatementOrganizations(text), ElementsAre()) << text;
  }
}

TEST(BodyNounTest, ListInABodysNameKeepsItsCommas) {
  // "the Department of Agriculture, Forestry and Fisheries": a list after a body's "of" or
  // "for" is one name, not its last two items.
  EXPECT_THAT(Statements("The Department of Agriculture, Forestry and Fisheries said the ban "
                         "would stay."),
              ElementsAre(Found{"the ban would stay",
                                "Department of Agriculture, Forestry and Fisheries",
                                "indirect"}));
  EXPECT_THAT(OnlyStatementOrganizations("The Commission for Conciliation, Mediation and "
                                         "Arbitration said the strike was protected."),
              ElementsAre("Commission for Conciliation, Mediation and Arbitration"));
  EXPECT_THAT(OnlyStatementOrganizations("A spokesperson for the Ministry of Housing, "
                                         "Communities and Local Government said the ban would "
                                         "stay."),
              ElementsAre("Ministry of Housing, Communities and Local Government"));
  // Hard negatives: people listed after the comma, and the comma of a phrase that opens the
  // sentence.
  EXPECT_THAT(Statements("In the Department of Health, Tom Lee and Ann Ray said the ban would "
                         "stay."),
              ElementsAre(Found{"the ban would stay", "Tom Lee and Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("In the Department of Health, Lee and Ray said the ban would stay."),
              ElementsAre(Found{"the ban would stay", "Lee and Ray", "indirect"}));
}

TEST(BodyNounTest, ASpokespersonSpeaksForTheBodyNamedWithIt) {
  // After "for" or before the noun: any name that names no person is the body.
  EXPECT_THAT(OnlyStatementOrganizations("A spokeswoman for Acme Ferries said the boats would "
                                         "run."),
              ElementsAre("Acme Ferries"));
  EXPECT_THAT(OnlyStatementOrganizations("An Acme spokesman said the boats would run."),
              ElementsAre("Acme"));
  // A body's name joined by "of" or "for", before the noun or after "for".
  EXPECT_THAT(OnlyStatementOrganizations("A Ministry of Ports spokesman said the boats would "
                                         "run."),
              ElementsAre("Ministry of Ports"));
  EXPECT_THAT(OnlyStatementOrganizations("A spokeswoman for the Department for Ferries said the "
                                         "boats would run."),
              ElementsAre("Department for Ferries"));
  // "a company spokesperson": the company named before.
  EXPECT_THAT(OnlyStatementOrganizations("Acme Ferries Inc. cut routes. A company spokesperson "
                                         "said the boats would run."),
              ElementsAre("Acme Ferries"));
  // Hard negatives: a person's spokesman, after "for" or before the noun.
  EXPECT_THAT(OnlyStatementOrganizations("A spokesman for Ann Ray said the boats would run."),
              ElementsAre());
  EXPECT_THAT(OnlyStatementOrganizations("Ann Ray was away. A Ray spokesman said the boats "
                                         "would run."),
              ElementsAre());
}

TEST(BodyNounTest, TheAgencyAfterABodyThatSpokeByANameWithoutNoun) {
  // "the agency" after a body named by an acronym alone spoke: that body.
  const Extraction e = ExtractOrDie("ELMTA said fares would rise. The agency said demand was "
                                    "strong.");
  const SpeakerProfile* agency = FindSpeaker(e, "agency");
  ASSERT_NE(agency, nullptr);
  EXPECT_THAT(agency->organizations, ElementsAre("ELMTA"));
  // A public body's noun after a name with another public body's word.
  for (const auto& [text, noun, body] : std::vector<std::array<std::string, 3>>{
           {"The Elm Food Programme warned that aid was short. The agency said it had run out "
            "of money.",
            "agency", "Elm Food Programme"},
           {"The Elm Safety Authority said the spice was unsafe. The regulator said it had "
            "ordered a recall.",
            "regulator", "Elm Safety Authority"}}) {
    const Extraction public_body = ExtractOrDie(text);
    const SpeakerProfile* speaker = FindSpeaker(public_body, noun);
    ASSERT_NE(speaker, nullptr) << text;
    EXPECT_THAT(speaker->organizations, ElementsAre(body)) << text;
  }
  // Hard negatives: the last body that spoke has a noun of its own; it spoke more than three
  // sentences before; "the group" after a body that spoke two sentences before it.
  for (const auto& [text, noun] : std::vector<std::pair<std::string, std::string>>{
           {"The Elm Gazette said the pier was late. The agency said it agreed.", "agency"},
           {"ELMTA said fares would rise. Riders were angry. Buses ran late. Trains were full. "
            "The agency said demand was strong.",
            "agency"},
           {"ELMTA said fares would rise. Riders were angry. The group said demand was strong.",
            "group"}}) {
    const Extraction other = ExtractOrDie(text);
    const SpeakerProfile* body = FindSpeaker(other, noun);
    ASSERT_NE(body, nullptr) << text;
    EXPECT_THAT(body->organizations, ElementsAre()) << text;
  }
}

TEST(BodyNounTest, TheCompanyAfterItsSpokesmanSpokeIsHisBody) {
  // "Elm Deep's spokesman, Tom Lee, said ... The company said": a body named only before a
  // spokesman's or a chief executive's role, whose holder spoke last, is the company.
  for (const std::string text :
       {"Elm Deep's spokesman, Tom Lee, said the fire was out. The company said 41 workers "
        "were safe.",
        "Elm Deep chief executive Ann Ray said the fire was out. The company said 41 workers "
        "were safe."}) {
    const Extraction e = ExtractOrDie(text);
    const SpeakerProfile* company = FindSpeaker(e, "company");
    ASSERT_NE(company, nullptr) << text;
    EXPECT_THAT(company->organizations, ElementsAre("Elm Deep")) << text;
  }
  // A public body's noun after the head of a body named by an acronym.
  const Extraction regulator = ExtractOrDie("ECC deputy chair Ann Ray said the fees were unfair. "
                                            "The regulator said it would sue.");
  const SpeakerProfile* noun = FindSpeaker(regulator, "regulator");
  ASSERT_NE(noun, nullptr);
  EXPECT_THAT(noun->organizations, ElementsAre("ECC"));
  // Hard negatives: a public body's noun after a firm's spokesman; a professor's university.
  for (const auto& [text, noun] : std::vector<std::pair<std::string, std::string>>{
           {"A PaySetu spokesman, Tom Lee, said the data was safe. The agency said users should "
            "be wary.",
            "agency"},
           {"Tom Lee, a professor at Elm Deep, said the fire was out. The company said 41 "
            "workers were safe.",
            "company"}}) {
    const Extraction other = ExtractOrDie(text);
    const SpeakerProfile* body = FindSpeaker(other, noun);
    ASSERT_NE(body, nullptr) << text;
    EXPECT_THAT(body->organizations, ElementsAre()) << text;
  }
}

TEST(BodyNounTest, TheCompanyAfterAClauseIsTheBodyThatOpensIt) {
  // "Elmloop will hire, the company said": the body named as the clause's subject, though
  // another with a corporate noun comes later in the clause.
  EXPECT_THAT(OnlyStatementOrganizations("Elmloop, a farm start-up, raised $4 million from "
                                         "Harbor Growth Partners, the company said. Banks "
                                         "like Elmloop."),
              ElementsAre("Elmloop"));
  EXPECT_THAT(OnlyStatementOrganizations("Kaname Precision will hire 300 workers, the company "
                                         "said."),
              ElementsAre("Kaname Precision"));
  // Hard negatives: a capitalized word no other sentence capitalizes, and a nationality.
  EXPECT_THAT(OnlyStatementOrganizations("Shares fell 5%, the company said."), ElementsAre());
  EXPECT_THAT(OnlyStatementOrganizations("Indian orders rose, the company said. It sells to "
                                         "Indian firms."),
              ElementsAre());
}

TEST(BodyNounTest, TheAgencyAfterAClauseOpenedByTheBodysName) {
  // "The Elm Food Programme (EFP) will cut rations, the agency said": "The" before a name
  // with a body's word, and its acronym in parentheses, still open the clause.
  EXPECT_THAT(OnlyStatementOrganizations("The Elm Food Assistance Programme will cut rations, "
                                         "the agency said."),
              ElementsAre("Elm Food Assistance Programme"));
  EXPECT_THAT(OnlyStatementOrganizations("The Elm Food Assistance Programme (EFAP) will cut "
                                         "rations, the agency said."),
              ElementsAre("Elm Food Assistance Programme"));
  // Hard negative: "The" before a name without a body's word.
  EXPECT_THAT(OnlyStatementOrganizations("The Oakport Rangers will cut rations, the agency "
                                         "said."),
              ElementsAre());
}

TEST(BodyNounTest, DocumentsOrganizationIsItsOwnerOrAuthor) {
  // "the study" after "a study published on Monday by the Elm Institute": the author, as
  // the document's organization; a body's possessive before the noun too.
  const Extraction e = ExtractOrDie(
      "Sick days fell, according to a study published on Monday by the Elm Institute. The "
      "study also found that output held.");
  const SpeakerProfile* study = FindSpeaker(e, "study");
  ASSERT_NE(study, nullptr);
  EXPECT_THAT(study->organizations, ElementsAre("Elm Institute"));
  EXPECT_THAT(OnlyStatementOrganizations("ELMTA's annual report said fares would rise."),
              ElementsAre("ELMTA"));
  // A proper name right before the noun: the body that made it ("a new Elmpiac poll").
  EXPECT_THAT(OnlyStatementOrganizations("A new Elmpiac University poll found that Ann Ray "
                                         "led."),
              ElementsAre("Elmpiac University"));
  EXPECT_THAT(OnlyStatementOrganizations("A Club for Piers ad said that Ann Ray lied."),
              ElementsAre("Club for Piers"));
  // Hard negatives: a day, a place, a people's adjective or a party's before the noun.
  for (const char* text : {"A Monday poll found that Ann Ray led.",
                           "A Florida poll found that Ann Ray led.",
                           "A British survey found that Ann Ray led.",
                           "A Democratic poll found that Ann Ray led."}) {
    EXPECT_THAT(OnlyStatementOrganizations(text), ElementsAre()) << text;
  }
  // Hard negatives: a day's or a person's possessive names no body.
  EXPECT_THAT(OnlyStatementOrganizations("Tuesday's results show the race is tied."),
              ElementsAre());
  EXPECT_THAT(OnlyStatementOrganizations("Tom Lee's research shows the race is tied."),
              ElementsAre());
}

TEST(BodyNounTest, DocumentsAuthorAfterItsOwnParticiple) {
  // The author after a participle of authorship right after the noun, with or without a
  // comma, and after a phrase of time.
  EXPECT_THAT(OnlyStatementOrganizations("A report released on Monday by the Elm Health Board "
                                         "said infections had fallen."),
              ElementsAre("Elm Health Board"));
  EXPECT_THAT(OnlyStatementOrganizations("The study, published by the Elm Institute, found "
                                         "that sleep helps memory."),
              ElementsAre("Elm Institute"));
  // Hard negatives: whoever obtained or saw a document did not write it, here or when the
  // noun comes back.
  EXPECT_THAT(OnlyStatementOrganizations("The memo, obtained by the Elm Press Association, said "
                                         "that the pier was unsafe."),
              ElementsAre());
  EXPECT_THAT(OnlyStatementOrganizations("A memo obtained by the Elm Press Association was "
                                         "short. The memo said that the pier was unsafe."),
              ElementsAre());
}

TEST(BodyNounTest, DocumentABodyReleasedIsItsDocument) {
  // "The Elm Health Board released a report. The report said": the body opening the
  // sentence whose verb of authorship took the noun as its object.
  EXPECT_THAT(OnlyStatementOrganizations("The Elm Health Board released a report on Monday. "
                                         "The report said infections had fallen."),
              ElementsAre("Elm Health Board"));
  EXPECT_THAT(OnlyStatementOrganizations("Elm Mining published its annual report. The report "
                                         "said output had fallen."),
              ElementsAre("Elm Mining"));
  // Hard negatives: a person is no body, and a body that obtained the report did not write it.
  EXPECT_THAT(OnlyStatementOrganizations("Ann Ray released a report on Monday. The report "
                                         "said infections had fallen."),
              ElementsAre());
  EXPECT_THAT(OnlyStatementOrganizations("The Elm Health Board obtained a report on Monday. "
                                         "The report said infections had fallen."),
              ElementsAre());
}

TEST(BodyNounTest, DescribedSpeakersSpeakForTheBodyThatIssuedTheOpeningDocument) {
  // "In a statement issued by the Elm Council, officials said": people only described speak
  // for the body that issued the document their sentence opens with.
  EXPECT_THAT(OnlyStatementOrganizations("In a statement issued by the Elm Council, officials "
                                         "said the pier would close."),
              ElementsAre("Elm Council"));
  EXPECT_THAT(OnlyStatementOrganizations("In a joint statement released on Monday by the Elm "
                                         "Council, a spokesman said the pier would close."),
              ElementsAre("Elm Council"));
  // Hard negatives: a named person, a document's holder, and a poll's respondents.
  EXPECT_THAT(OnlyStatementOrganizations("In a statement issued by the Elm Council, Ann Ray "
                                         "said the pier would close."),
              ElementsAre());
  EXPECT_THAT(OnlyStatementOrganizations("In a memo obtained by the Elm Press Association, "
                                         "officials said the pier would close."),
              ElementsAre());
  EXPECT_THAT(OnlyStatementOrganizations("In a poll conducted by the Elm Research Institute, "
                                         "41 percent of residents said they backed the plan."),
              ElementsAre());
}

TEST(BodyNounTest, DocumentGivenInASentenceIsItsSpeakersDocument) {
  // "X said in a report ... The report found": the body that spoke in the sentence that gave
  // the document wrote it; also "In a letter to ..., X said", and a person's body.
  const Extraction e = ExtractOrDie(
      "The Elm Rights Council said in a report released on Tuesday that arrests rose. The "
      "report found that 400 people were held.");
  const SpeakerProfile* report = FindSpeaker(e, "report");
  ASSERT_NE(report, nullptr);
  EXPECT_THAT(report->organizations, ElementsAre("Elm Rights Council"));
  const Extraction letter = ExtractOrDie(
      "In a letter to the mayor, the Oakport Nurses Union said wards were full. The letter "
      "said staff were tired.");
  const SpeakerProfile* found = FindSpeaker(letter, "letter");
  ASSERT_NE(found, nullptr);
  EXPECT_THAT(found->organizations, ElementsAre("Oakport Nurses Union"));
  // Hard negative: a document no one in its sentence spoke in (the body comes later).
  const Extraction none = ExtractOrDie(
      "Arrests rose, as shown in a report on Monday. The Elm Rights Council met on Tuesday. "
      "The report found that 400 people were held.");
  const SpeakerProfile* alone = FindSpeaker(none, "report");
  ASSERT_NE(alone, nullptr);
  EXPECT_THAT(alone->organizations, ElementsAre());
}

TEST(BodyNounTest, TheCompanyRefersToANameWithACorporateSuffix) {
  // "the company" after "Harbor Holdings Inc.": the company named with a corporate suffix;
  // after another company, "the company" is that one, a speaker of its own.
  const Extraction e = ExtractOrDie(
      "Harbor Holdings Inc. reported a loss. The company said sales fell. Acme Corp. "
      "reported a gain. The company said costs fell.");
  ASSERT_EQ(e.statements.size(), 4u);
  const ExtractedStatement& harbor = e.statements[1];
  const ExtractedStatement& acme = e.statements[3];
  ASSERT_GE(harbor.speaker, 0);
  ASSERT_GE(acme.speaker, 0);
  EXPECT_NE(harbor.speaker, acme.speaker);
  EXPECT_EQ(e.speakers[harbor.speaker].name, "company");
  EXPECT_THAT(e.speakers[harbor.speaker].organizations, ElementsAre("Harbor"));
  EXPECT_EQ(e.speakers[acme.speaker].name, "company");
  EXPECT_THAT(e.speakers[acme.speaker].organizations, ElementsAre("Acme"));
  // A name ending in a word of an industry is a company's too.
  EXPECT_THAT(OnlyStatementOrganizations("Elm Mining was fined in May. In a statement, the "
                                         "company said it would appeal."),
              ElementsAre("Elm Mining"));
  // More industries: construction, appliances, retail, energy, partners, pictures ...
  for (const char* text : {"Elm Construction was fined. The company said it would appeal.",
                           "Elm Appliance was fined. The company said it would appeal.",
                           "Elm Retail was fined. The company said it would appeal.",
                           "Elm Partners was fined. The company said it would appeal."}) {
    EXPECT_THAT(OnlyStatementOrganizations(text), ElementsAre(testing::StartsWith("Elm")))
        << text;
  }
  // An industry's word before a corporate suffix.
  EXPECT_THAT(OnlyStatementOrganizations("Elm Retail Group cut its forecast. Sales fell, the "
                                         "company said."),
              ElementsAre("Elm Retail"));
  // The name in the possessive.
  EXPECT_THAT(OnlyStatementOrganizations("Workers at Elm Appliance's plant quit. The company "
                                         "said it would appeal."),
              ElementsAre("Elm Appliance"));
  // Hard negatives: "Group" ends a research group's name as often; "the agency" is no
  // business noun.
  for (const char* text : {"The Elm Research Group tracked the posts. The company said the "
                           "posts were removed.",
                           "Westmark AG Ann Ray sued Elm Ferry Lines. The company said the "
                           "posts were removed.",
                           "Harbor Holdings Inc. hired the agency. The agency said the posts "
                           "were removed.",
                           "Workers at Ann Ray's plant quit. The company said it would appeal."}) {
    EXPECT_THAT(OnlyStatementOrganizations(text), ElementsAre()) << text;
  }
}

TEST(BodyNounTest, ATradesNounRefersToTheBodyItDescribed) {
  // "the retailer", "the carrier": the body the article described by that noun, before
  // its name or as an appositive's head, even past another firm's name.
  EXPECT_THAT(OnlyStatementOrganizations("Budget carrier Skyway Air cut its forecast. Tom Lee "
                                         "of Elm Capital expected it. The carrier said fares "
                                         "would rise."),
              ElementsAre("Skyway Air"));
  EXPECT_THAT(OnlyStatementOrganizations("Elm & Oak, Britain's largest furniture retailer, cut "
                                         "its forecast. Tom Lee of Birch Capital expected it. "
                                         "The retailer said it would cut its dividend."),
              ElementsAre("Elm & Oak"));
  // So is a name ending in a word of the trade's own names, past an analyst's firm.
  EXPECT_THAT(OnlyStatementOrganizations("Oak Air cut fares. Ann Ray, an analyst at Elm "
                                         "Capital, expected it. The airline said fares would "
                                         "rise."),
              ElementsAre("Oak Air"));
  // Without an earlier use: a name with an industry's word in the noun's own sentence.
  EXPECT_THAT(OnlyStatementOrganizations("Shares of Pinecrest Motors fell after the carmaker "
                                         "said it would delay its pickup."),
              ElementsAre("Pinecrest Motors"));
  // A role's acronym alone ("CEO says" in a headline) names no organization.
  EXPECT_THAT(OnlyStatementOrganizations("CEO says demand is strong"), ElementsAre());
  // Hard negatives: a name with no word of the trade's ("Oakline") in an earlier sentence is
  // as often an analyst's firm; an earlier use inside a clause ("is a carrier for Elm") heads
  // no appositive; a one-word name that a person's role describes ("Ray, the plane's
  // co-pilot,", "Ray, a member of the crew,") opens no body's clause.
  for (const char* text : {"Oakline cut fares. Ann Ray, an analyst at Elm Capital, expected "
                           "it. The airline said fares would rise.",
                           "In Paris, Tom Lee is a carrier for Elm. The carrier said fares "
                           "would rise.",
                           "Ray, the plane's co-pilot, had logged 900 hours with Oakline, the "
                           "airline said.",
                           "Ray, a member of the crew, had logged 900 hours with Oakline, the "
                           "airline said."}) {
    EXPECT_THAT(OnlyStatementOrganizations(text), ElementsAre()) << text;
  }
}

TEST(BodyNounTest, TheNounFindsANameItOpensBeforeOf) {
  // "the ministry" after "the Ministry of Health", past another body's name; also for the
  // nouns of churches, co-operatives and watchdogs.
  EXPECT_THAT(OnlyStatementOrganizations("The Ministry of Health raised its budget. Elm "
                                         "Capital cut its forecast. The ministry said it had "
                                         "run out of money."),
              ElementsAre("Ministry of Health"));
  EXPECT_THAT(OnlyStatementOrganizations("The Diocese of Elm will sell 30 churches. The "
                                         "diocese said attendance was low."),
              ElementsAre("Diocese of Elm"));
  EXPECT_THAT(OnlyStatementOrganizations("The Elm Dairy Co-op cut prices. The co-op said milk "
                                         "was cheap."),
              ElementsAre("Elm Dairy Co-op"));
  // "the force": a police force, as British news calls it.
  EXPECT_THAT(OnlyStatementOrganizations("Elm Police closed the road. The force said no "
                                         "arrests had been made."),
              ElementsAre("Elm Police"));
  // Hard negative: "of" after the noun and a lower-case word names no body.
  EXPECT_THAT(OnlyStatementOrganizations("A Ministry of sorts was set up. The ministry said "
                                         "it had run out of money."),
              ElementsAre());
}

TEST(BodyNounTest, EveryLaterMentionOfTheCompanyFindsTheSameName) {
  // Each search for "the company" resumes where the last one started: mentions after it,
  // with no company named between, keep its answer (here the second company, not the
  // first, whose profile an unresolved "the company" would join).
  std::string text = "Harbor Holdings Inc. reported a loss. The company said sales fell. Acme "
                     "Corp. reported a gain. ";
  for (int i = 0; i < 4; ++i) text += "The company said costs fell in Ohio. ";
  const Extraction e = ExtractOrDie(text);
  ASSERT_EQ(e.statements.size(), 7u);  // with "reported a loss", "reported a gain"
  ASSERT_GE(e.statements[1].speaker, 0);
  EXPECT_THAT(e.speakers[e.statements[1].speaker].organizations, ElementsAre("Harbor"));
  for (size_t i = 3; i < 7; ++i) {
    ASSERT_GE(e.statements[i].speaker, 0);
    EXPECT_THAT(e.speakers[e.statements[i].speaker].organizations, ElementsAre("Acme")) << i;
  }
}

TEST(BodyNounTest, ANamedOrganizationIsItsOwnOrganization) {
  // "Harbor Holdings Inc. said": the organization speaks for itself, so that grouping by
  // organization counts its statements.
  const Extraction e = ExtractOrDie("Harbor Holdings Inc. said sales fell.");
  ASSERT_EQ(e.statements.size(), 1u);
  ASSERT_GE(e.statements[0].speaker, 0);
  EXPECT_EQ(e.speakers[e.statements[0].speaker].kind, SpeakerKind::kOrganization);
  EXPECT_THAT(e.speakers[e.statements[0].speaker].organizations, ElementsAre("Harbor"));
  // "the Treasury" is a body, and the one a "Treasury Secretary" works for.
  EXPECT_THAT(OnlyStatementOrganizations("The Treasury has insisted fares would fall."),
              ElementsAre("Treasury"));
  EXPECT_THAT(OnlyStatementOrganizations("Treasury Secretary Ann Ray said fares fell."),
              ElementsAre("Treasury"));
  // A body's noun before "for" names a body, though "Studies" ends it.
  EXPECT_THAT(OnlyStatementOrganizations("The Institute for Pier Studies said fares fell."),
              ElementsAre("Institute for Pier Studies"));
  // Hard negatives: a description ("the agency") names no organization of its own, and a
  // person's organization stays the one the profile gives.
  EXPECT_THAT(OnlyStatementOrganizations("The agency said sales fell."), ElementsAre());
  EXPECT_THAT(OnlyStatementOrganizations("Tom Lee of the Harbor Board said sales fell."),
              ElementsAre("Harbor Board"));
}

TEST(QuoteVerbTest, StateAfterAQuoteAttributesIt) {
  // `"...," X states.` / `X state in ...`: "state" as a verb of an adjacent quote.
  EXPECT_THAT(Statements("\"Fares will rise,\" the port notice states."),
              ElementsAre(Found{"Fares will rise,", "port notice", "direct"}));
  EXPECT_THAT(Statements("\"Fares will rise,\" the port authorities state in their letter."),
              ElementsAre(Found{"Fares will rise,", "port authorities", "direct"}));
  // Hard negatives: "state" as a noun inside the speaker's appositive, and no quote.
  EXPECT_THAT(Statements("\"Fares will rise,\" said Tom Lee, the Ohio state ferry chief."),
              ElementsAre(Found{"Fares will rise,", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("The port authorities state fares on the pier."), ElementsAre());
}

TEST(AsPutItTest, NameWithAnAppositiveAfterAsSpeaks) {
  // "As X, a Y, put it/noted, ...": the name after "as", its appositive skipped.
  EXPECT_THAT(Statements("Ann Ray spoke first. As Tom Lee, a pilot for the port, put it, "
                         "\"The ferries are the city.\""),
              ElementsAre(Found{"The ferries are the city.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("Ann Ray spoke first. Or, as Tom Lee, a pilot, noted: \"The ferries "
                         "are the city.\""),
              ElementsAre(Found{"The ferries are the city.", "Tom Lee", "direct"}));
  EXPECT_THAT(Statements("As Tom Lee, a pilot for the port, noted, the ferries are the city."),
              ElementsAre(Found{"the ferries are the city", "Tom Lee", "indirect"}));
  // Hard negative: "as" opening a clause of time, whose subject does not speak.
  EXPECT_THAT(Statements("As Tom Lee, a pilot, walked in, Ann Ray said the pier was closed."),
              ElementsAre(Found{"the pier was closed", "Ann Ray", "indirect"}));
}

TEST(InvertedTest, RelativeClauseAfterTheInvertedSpeaker) {
  // "CLAUSE, said Tom Lee who runs the pier.": the relative clause describes the speaker,
  // with or without its comma.
  EXPECT_THAT(Statements("The ferry is late, said Tom Lee who runs the pier."),
              ElementsAre(Found{"The ferry is late", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The ferry is late, said Tom Lee, who runs the pier."),
              ElementsAre(Found{"The ferry is late", "Tom Lee", "indirect"}));
  // Hard negative: "who" ending the sentence is no relative clause of a speaker.
  EXPECT_THAT(Statements("The ferry is late, said Tom Lee who."), IsEmpty());
}

TEST(AppositiveTest, RelativePronounAfterANamesAppositiveIsTheName) {
  // "Chen Hua, vice-president of Harbor Electric, who told": the name speaks, the
  // appositive is its profile.
  const Extraction e = ExtractOrDie(
      "The plan follows that of Chen Hua, vice-president of Harbor Electric, who told "
      "reporters that the company had doubled its research spending.");
  ASSERT_EQ(e.statements.size(), 1u);
  ASSERT_GE(e.statements[0].speaker, 0);
  const SpeakerProfile& p = e.speakers[e.statements[0].speaker];
  EXPECT_EQ(p.name, "Chen Hua");
  EXPECT_THAT(p.roles, ElementsAre("vice-president of Harbor Electric"));
  // Hard negative: a word opening the sentence alone is no name ("Instead, the pilot who").
  const Extraction opener = ExtractOrDie("Instead, the pilot who wants to sail has waited.");
  ASSERT_EQ(opener.statements.size(), 1u);
  ASSERT_GE(opener.statements[0].speaker, 0);
  EXPECT_EQ(opener.speakers[opener.statements[0].speaker].name, "pilot");
}

TEST(AppositiveTest, OwnersNounThenTheNameBetweenCommas) {
  // "Moss's successor, Ben Hart, said": the possessive and any noun describe the name, as a
  // role noun does ("The party's treasurer, Jeff Stone, said").
  EXPECT_THAT(Statements("Moss's successor, Ben Hart, said that he would restore trust."),
              ElementsAre(Found{"he would restore trust", "Ben Hart", "indirect"}));
  // Hard negative: an opening adverbial with a possessive is no description of the name.
  EXPECT_THAT(Statements("After Lee's defeat, Ben Hart said the ferry would stay."),
              ElementsAre(Found{"the ferry would stay", "Ben Hart", "indirect"}));
}

TEST(AppositiveTest, DescriptionThenRoleAndNameBetweenCommas) {
  // "A neighbor, retired teacher Ann Ray, said": the role's words and the full name that
  // close the commas name the speaker the description opened with.
  EXPECT_THAT(Statements("A neighbor, retired teacher Ann Ray, said she feared the noise."),
              ElementsAre(Found{"she feared the noise", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("One of them, ferry pilot Tom Lee, said the pier was unsafe."),
              ElementsAre(Found{"the pier was unsafe", "Tom Lee", "indirect"}));
  // A role with its complement: the name speaks, its role its profile.
  const Extraction aide =
      ExtractOrDie("The aide, deputy chief of staff Tom Lee, said he was leaving.");
  ASSERT_EQ(aide.statements.size(), 1u);
  ASSERT_GE(aide.statements[0].speaker, 0);
  EXPECT_EQ(aide.speakers[aide.statements[0].speaker].name, "Tom Lee");
  // Hard negatives: a name after a determiner or a preposition is someone else.
  EXPECT_THAT(Statements("The mayor, a friend of Ann Ray, said the pier would close."),
              ElementsAre(Found{"the pier would close", "mayor", "indirect"}));
  EXPECT_THAT(Statements("The mayor, chief of Elm Port Ann Ray, said the pier would close."),
              ElementsAre(Found{"the pier would close", "mayor", "indirect"}));
}

TEST(AppositiveTest, DescriptionThenTheRoleAndNameBetweenCommas) {
  // "One former pupil, the sculptor Tom Lee, said": "the" may open the role's words (a role
  // of the lexicon, or after "the" a trade's noun by its ending).
  EXPECT_THAT(Statements("One former pupil, the sculptor Tom Lee, said he had been patient."),
              ElementsAre(Found{"he had been patient", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("Her neighbour, the retired teacher Ann Ray, said she feared the "
                         "noise."),
              ElementsAre(Found{"she feared the noise", "Ann Ray", "indirect"}));
  // Hard negatives: a name after a preposition, or after a word of no trade, is someone else.
  EXPECT_THAT(Statements("The mayor, the friend of Ann Ray, said the pier would close."),
              ElementsAre(Found{"the pier would close", "mayor", "indirect"}));
  EXPECT_THAT(Statements("The mayor, the other Ann Ray, said the pier would close."),
              ElementsAre(Found{"the pier would close", "mayor", "indirect"}));
}

TEST(AppositiveTest, PostposedNameAndAppositiveBeforeAnAuxiliary) {
  // "A, Tom Lee, the commissioner, has said.": an auxiliary after the appositive's comma,
  // with the cue ending the sentence, has its subject and its clause before the comma (as
  // "A, Tom Lee, the commissioner, said." has).
  EXPECT_THAT(Statements("The drains will be cleared, Tom Olu, the commissioner, has said."),
              ElementsAre(Found{"The drains will be cleared", "Tom Olu", "indirect"}));
  EXPECT_THAT(Statements("The drains will be cleared, the commissioner, Tom Olu, has said on "
                         "Monday."),
              ElementsAre(Found{"The drains will be cleared", "Tom Olu", "indirect"}));
  // Hard negatives: an adverb after a comma before a clause is the subject's next act, and a
  // passive after the comma reports nothing.
  EXPECT_THAT(Statements("Tom Lee toured the old pier, then said it would close."),
              ElementsAre(Found{"it would close", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The pier, built in 1910, was rebuilt by the county."), IsEmpty());
}

TEST(AppositiveTest, CapitalizedRoleThenNameBeforeAnAuxiliary) {
  // "The Education Minister, Ann Ray, has said ...": the comma before the auxiliary closes
  // the name set off after the subject; the name speaks, as before "said" alone (the
  // auxiliary after a comma had read as a second verb of the subject "The Education
  // Minister").
  EXPECT_THAT(Statements("The Harbour Minister, Ann Ray, has said the pier will close."),
              ElementsAre(Found{"the pier will close", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The Elm County Mayor, Tom Lee, has promised a new bridge for the"
                         " town."),
              ElementsAre(Found{"a new bridge for the town", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The Harbour Minister, Ann Ray, will say the pier is safe."),
              ElementsAre(Found{"the pier is safe", "Ann Ray", "indirect"}));
  // Hard negatives: a subject's second verb after a comma and an adverb, and a name that is
  // the object of the sentence's first verb, keep the subject.
  EXPECT_THAT(Statements("The Harbour Minister toured the old pier, then said it would close."),
              ElementsAre(Found{"it would close", "Harbour Minister", "indirect"}));
  EXPECT_THAT(Statements("The Harbour Minister met Ann Ray, and has said the pier will close."),
              ElementsAre(Found{"the pier will close", "Harbour Minister", "indirect"}));
}

TEST(AppositiveTest, BusinessNamedAfterARolesObjectIsNoPerson) {
  // "A spokeswoman for the developer, Elm Renewables, said": the business between the commas
  // names the developer, not the spokeswoman, who speaks.
  EXPECT_THAT(Statements("A spokeswoman for the developer, Elm Renewables, said the company was"
                         " considering an appeal."),
              ElementsAre(Found{"the company was considering an appeal",
                                "spokeswoman for the developer", "indirect"}));
  EXPECT_THAT(Statements("A lawyer for the builder, Harbour Homes Ltd, said it would appeal."),
              ElementsAre(Found{"it would appeal", "lawyer for the builder", "indirect"}));
  // Hard negatives: a person's name there speaks, and so does a business after a noun for
  // the business itself.
  EXPECT_THAT(Statements("A spokeswoman for the developer, Ann Ray, said the company would"
                         " appeal."),
              ElementsAre(Found{"the company would appeal", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The developer, Elm Renewables, said it would appeal."),
              ElementsAre(Found{"it would appeal", "Elm Renewables", "indirect"}));
}

TEST(AppositiveTest, HonorificWithItsArticleBetweenCommasIsTheName) {
  // "The Bishop of Elm, the Rt Rev Tom Lee, said": an honorific keeps its "the" in British
  // and church usage; the titled name between the commas speaks, the office is its profile.
  EXPECT_THAT(Statements("The Bishop of Elmhaven, the Rt Rev Tom Pell, said the town must stay"
                         " calm."),
              ElementsAre(Found{"the town must stay calm", "Tom Pell", "indirect"}));
  EXPECT_THAT(Statements("The pastor's father, the Rev. Ann Moss, said the church would"
                         " reopen."),
              ElementsAre(Found{"the church would reopen", "Ann Moss", "indirect"}));
  // Hard negative: "the" before a role that is no honorific opens the appositive of the
  // name before it.
  EXPECT_THAT(Statements("Tom Pell, the Bishop of Elmhaven, said the town must stay calm."),
              ElementsAre(Found{"the town must stay calm", "Tom Pell", "indirect"}));
}

TEST(AppositiveTest, PostposedRoleWithAComplementBeforeTheName) {
  // ", the Minister of Works, Tom Lee, said.": a role after "the", capitalized or not, and
  // its complement describe the name after them; they are no part of the clause.
  EXPECT_THAT(Statements("The pier will close, the Minister of Works, Tom Lee, said."),
              ElementsAre(Found{"The pier will close", "Tom Lee", "indirect"}));
  EXPECT_THAT(Statements("The drains will be cleared, the commissioner for roads, Mr. Tom Olu, "
                         "has said."),
              ElementsAre(Found{"The drains will be cleared", "Tom Olu", "indirect"}));
  // Hard negative: a phrase that names no role stays in the clause.
  EXPECT_THAT(Statements("The pier will close, the end of an era, Tom Lee said."),
              ElementsAre(Found{"The pier will close, the end of an era", "Tom Lee",
                                "indirect"}));
}

TEST(AppositiveTest, PartyAndStateBetweenCommasIsNoSpeaker) {
  // "Sen. Ann Ray, R-Ohio, said": the agencies' party-and-state aside, as in parentheses.
  EXPECT_THAT(Statements("Sen. Ann Ray, R-Ohio, said she opposed the bill."),
              ElementsAre(Found{"she opposed the bill", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("The bill is bad, Rep. Tom Lee, D-N.Y., said in a statement."),
              ElementsAre(Found{"The bill is bad", "Tom Lee", "indirect"}));
  // After the cue the name ends at its comma already.
  EXPECT_THAT(Statements("The bill is bad, said Sen. Ann Ray, R-Ohio."),
              ElementsAre(Found{"The bill is bad", "Ann Ray", "indirect"}));
  // A district of two words, also after a role: "R-Oak Ridge".
  EXPECT_THAT(Statements("Sen. Ann Ray, R-Elm City, said she opposed the bill."),
              ElementsAre(Found{"she opposed the bill", "Ann Ray", "indirect"}));
  EXPECT_THAT(Statements("One of them, Sen. Ann Ray, R-Elm City, said she opposed the bill."),
              ElementsAre(Found{"she opposed the bill", "Ann Ray", "indirect"}));
  // Hard negative: without the tag, the name after "One of them" as before.
  EXPECT_THAT(Statements("One of them, Ann Ray, said she opposed the bill."),
              ElementsAre(Found{"she opposed the bill", "Ann Ray", "indirect"}));
}

TEST(AppositiveTest, PartyAndStateBeforeAnAppositive) {
  // "Sen. Ann Ray, R-Ohio, who chairs the panel, said": the appositive after the party and
  // state is the name's profile; neither is the speaker.
  const Extraction e = ExtractOrDie(
      "Sen. Ann Ray, R-Ohio, who chairs the port panel, said she opposed the bill.");
  ASSERT_EQ(e.statements.size(), 1u);
  ASSERT_GE(e.statements[0].speaker, 0);
  EXPECT_EQ(e.speakers[e.statements[0].speaker].name, "Ann Ray");
  EXPECT_THAT(Statements("Sen. Ann Ray, R-Ohio, a port lawyer, said she opposed the bill."),
              ElementsAre(Found{"she opposed the bill", "Ann Ray", "indirect"}));
  // Hard negative: without the party and state, the relative clause follows the name.
  EXPECT_THAT(Statements("Ann Ray, who chairs the port panel, said she opposed the bill."),
              ElementsAre(Found{"she opposed the bill", "Ann Ray", "indirect"}));
}

}  // namespace
}  // namespace policy
