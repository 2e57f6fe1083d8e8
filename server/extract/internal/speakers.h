// Speaker resolution inside one article: turns the noun phrase found at an attribution
// ("Zhou Yunjie, a deputy to ... and chairman of ... Haier Group", "Zhou", "He", "the
// chairman", "legislators and experts", "the Government Work Report") into a SpeakerProfile,
// reusing the profile an earlier mention introduced.
//
//   SpeakerResolver resolver(doc, lexicon);
//   int speaker = resolver.Resolve({.first = 10, .last = 12, .appositive_first = 13,
//                                   .appositive_last = 30});
//   std::vector<SpeakerProfile> speakers = resolver.TakeSpeakers();
//
// Rules: a name's last token or first token alone ("Zhou", "Mr. Xi") refers to the full name
// met earlier; he/she refer to the most recent person speaker, they to the most recent group
// (else organization, else person), it to the most recent organization or document; a role
// noun ("the chairman") refers to the most recent speaker holding that role; I/we/you are
// never resolved (they speak inside quotes or for the author). Appositives give roles and
// organizations; organizations are canonicalised (alias file, corporate suffixes, a short
// form used alone in the article, possessives: "JD's technology committee" -> "JD").
// A profile's organizations list employers before bodies the speaker is only a member of
// ("deputy to the NPC"), so organizations[0] is the primary one.
// Every search over earlier mentions is bounded or indexed (constants in speakers.cc: the
// recency list keeps 256 speakers, a profile 16 roles and 16 organizations), so that the
// time to resolve a text stays linear in its length, however it is made.
// Mentions must be resolved in document order. Not thread safe; one per Extract() call.
#ifndef POLICY_SERVER_EXTRACT_INTERNAL_SPEAKERS_H_
#define POLICY_SERVER_EXTRACT_INTERNAL_SPEAKERS_H_

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "server/core/model.h"
#include "server/extract/internal/lexicon.h"
#include "server/extract/internal/text.h"

namespace policy::extract_internal {

// A speaker phrase as found in the text: token ranges [first, last).
struct Mention {
  uint32_t first = 0;
  uint32_t last = 0;
  uint32_t appositive_first = 0;  // profile after the name ("a deputy to ..."); may be empty
  uint32_t appositive_last = 0;
  bool empty() const { return last <= first; }
};

// If token `t` is a preposition that attaches a complement to a noun ("the director of the
// agency", "a spokesman for the governor", "people familiar with the talks", "officials close
// to the campaign", "voters in Ohio"), the index of that noun; else -1. "with", "to", "in" and
// "on" count only after a group's noun ("in" a place or body: "Democrats in the Senate",
// "donors in both parties") or after the few adjectives news uses to describe anonymous
// sources ("familiar", "close", "briefed", ...), so "the mayor in Ohio" is not a description;
// "across", "around" and "throughout" only after a group ("farmers across the plains").
// (Inline, the test most tokens fail: all the prepositions it knows are lower-case stop
// words of two to four letters, or those three. The rest is ComplementHeadAfter's.)
int ComplementHeadAfter(const Document& doc, uint32_t t);
inline int ComplementHead(const Document& doc, uint32_t t) {
  if (t == 0 || t >= doc.tokens.size()) return -1;
  const Token& tok = doc.tokens[t];
  // (Most prepositions have up to four letters; "across", "around" six, "throughout" ten.)
  const uint32_t length = tok.end - tok.begin;
  if (!tok.IsWord() || !tok.has(kLowerInitial) || !tok.is(kStop) ||
      (length > 4 && length != 6 && length != 10)) {
    return -1;
  }
  return ComplementHeadAfter(doc, t);
}

// Whether token `t` is a plural common noun by its form ("riders", "papers"; not "boss",
// "crisis", a stop word, a cue or a number).
bool PluralNoun(const Document& doc, uint32_t t);

// Whether token `t` is a plural noun for people by its ending ("voters", "residents",
// "economists", "Republicans", "donors").
bool PeopleNoun(const Document& doc, uint32_t t);

// Whether token `t` is a number: a word with a digit ("10", "1,000"), or one to ten in words.
bool IsNumber(const Document& doc, uint32_t t);

// Whether token `t` is a capitalized word for a body numbered by the word after it, which
// may look like a year: a union's local or a veterans' post ("Elm Local 1204", "Lodge 1776").
bool NumberedBody(const Document& doc, uint32_t t);

// Where an age bound ends a group's phrase at `end` ("Riders under 30", "those aged 65",
// "voters older than 50"): the first token of the bound, after a plural noun or "those"
// at or after `first`; `end` otherwise.
uint32_t AgeBoundStart(const Document& doc, uint32_t first, uint32_t end);

// The "by" that names the agent of the participle at `participle` ("published by"), right
// after it or after a short phrase of place or time ("released at the forum by", "published
// on Monday by"), before `end`; `participle` itself if there is none.
uint32_t AgentByAfterParticiple(const Document& doc, uint32_t participle, uint32_t end);

// Whether the comma at `comma` joins items of the list that ends a body's name after "of"
// or "for", before `end`: "the Department of Agriculture, Forestry and Fisheries".
bool CommaInBodyNameList(const Document& doc, uint32_t comma, uint32_t end);

// Whether token `t` is a participle of authorship ("published", "prepared", "issued"): its
// agent wrote the document. Not "obtained", "seen", "leaked", whose agent only holds it.
bool AuthorshipParticiple(const Document& doc, uint32_t t);

// "four in 10", "three out of five", "one in four": a share of those polled, ending at token
// `last` (exclusive). Returns its first token, or `last` if none ends there.
uint32_t ProportionStart(const Document& doc, uint32_t last, uint32_t start);

// Whether a dateline may open at `t`: its first word is in capitals ("WASHINGTON", "NEW
// YORK") or a "(" follows within six tokens ("Elm City (AFP) -", "Elm City, Oct 14 (NWA)").
// A quick test before DatelineEnd, for every sentence that opens a paragraph.
inline bool DatelineMayOpen(const Document& doc, uint32_t t, uint32_t end) {
  const TokenVector& toks = doc.tokens;
  const Token& first = toks[t];
  if (!first.IsWord() || !first.has(kCapitalized)) return false;
  if (first.end - first.begin >= 2) {
    const char second = doc.text[first.begin + 1];
    if (second >= 'A' && second <= 'Z') return true;
  }
  // (Most sentences have six tokens after the first: those are tested at once, without
  // a loop whose exits mispredicted.)
  if (t + 7 <= end) {
    return toks[t + 1].IsPunct('(') | toks[t + 2].IsPunct('(') | toks[t + 3].IsPunct('(') |
           toks[t + 4].IsPunct('(') | toks[t + 5].IsPunct('(') | toks[t + 6].IsPunct('(');
  }
  for (uint32_t x = t + 1; x < end; ++x) {
    if (toks[x].IsPunct('(')) return true;
  }
  return false;
}

// After a dateline that opens token `t`'s sentence ("WASHINGTON -", "BEIJING (Reuters) -",
// "ELM CITY, Ore. -", "BEIJING, March 8 --", "Elm City (AFP) -", "ELM CITY:", "Elm City,
// Oct 14 (NWA) The ..."): the token after its dash or colon, or after the agency of a dated
// one (Indian wires' style); else `t`. A place in Title Case counts only before an agency
// in parentheses.
uint32_t DatelineEnd(const Document& doc, const Lexicon& lexicon, uint32_t t, uint32_t end);

class SpeakerResolver {
 public:
  SpeakerResolver(const Document& doc, const Lexicon& lexicon);
  ~SpeakerResolver();
  SpeakerResolver(const SpeakerResolver&) = delete;
  SpeakerResolver& operator=(const SpeakerResolver&) = delete;

  // Index into the speakers resolved so far, or -1 when the mention names nobody.
  int Resolve(const Mention& mention);
  // For a speaker described by a one-person office ("A federal judge", "the spokesperson
  // for ...", "Acme chairman" in a headline), called once every mention is resolved: the
  // one person the article names with that office ("Judge Ann Ray", "the spokesperson, Tom
  // Lee,"), found or created; else -1.
  int NamedWithTheOffice(int speaker);
  // The person whose surname the word at `t` is in capitals ("VARGA" for Selma Varga, named
  // in full in the article, or "SELMA VARGA" as an earlier turn's label; in a transcript,
  // the label itself), found or created; -1 if none.
  int PersonByShoutedSurname(uint32_t t);
  // Whether the word at `t` opens its paragraph as a label before a colon, in a text where
  // another paragraph opens with a word in capitals and a colon too (a transcript).
  bool TranscriptLabel(uint32_t t) const;

  // The kind of speaker `index` (a result of Resolve() >= 0), as resolved so far.
  SpeakerKind KindOf(int index) const { return speakers_[index].kind; }

  // How many speakers Resolve() has made so far.
  size_t SpeakerCount() const { return speakers_.size(); }

  // The profiles of the speakers that `index_of` keeps (index_of[s] >= 0 for speaker s), in
  // the speakers' order, with SpeakerProfile::description set from how they were mentioned.
  // Moves them out: call once. (Only the kept ones are moved into the result, sized for
  // them: an article makes some profiles that speak for no statement.)
  std::vector<SpeakerProfile> TakeSpeakers(std::span<const int> index_of);
  std::vector<SpeakerProfile> TakeSpeakers();  // all of them

 private:
  struct State {
    std::vector<std::string> membership_orgs;  // organizations from "member of", "deputy to"
    bool female = false, male = false;
    bool multi_token = false;      // the display name has several words
    // Lower case; views of the name's copy in by_name_'s blocks (KeepName), which last as
    // long as the article's states.
    std::string_view first_token;
    std::string_view last_token;
    bool described = false;  // mentioned by a common-noun description ("officials")
    bool named = false;      // mentioned by a name ("Ann Ray", "Democrats" mid-sentence)
    bool recent = false;     // in recent_ (Touch searches the list only for one that is)
    uint32_t last_mention = 0;  // first token of the latest mention resolved to it
    // The same, counting pronouns and epithets ("he", "the Dane") resolved to it too.
    uint32_t last_reference = 0;
    // The first description opening with "a" or "an" resolved to it ("A spokesman said"),
    // or UINT32_MAX: a person named with the office before it is someone else.
    uint32_t indefinite_mention = UINT32_MAX;
  };

  // The text of tokens [first, last) with one plain space between words: a view of the
  // document where it has just that between them (most names), else made in `*buffer`.
  std::string_view TextView(uint32_t first, uint32_t last, std::string* buffer) const;
  std::string Text(uint32_t first, uint32_t last) const;  // TextView's text, copied
  // "Birchbook CEO Dana Moss": whether the one word at `first`, right before a company
  // head's title ending at `title` ("CEO", "CFO", "founder", "chief executive"), is a firm's
  // name, wherever it stands (no rank, "Former CEO", nor a place or an adjective is).
  bool FirmBeforeCompanyTitle(uint32_t first, uint32_t title) const;
  // Whether the title [first, last) is a company head's: "CEO", "CFO", "COO", "CTO" last, or
  // "chief" first and "executive" or "officer" last ("Chief Financial Officer").
  bool CompanyHeadTitle(uint32_t first, uint32_t last) const;
  // Whether token `t` is a corporate suffix written in capitals that in any other case is a
  // given name or a place's code, so the lexicon cannot list it: "Elm Energy ASA", "Birch
  // AB", "Oak NV" (not "Asa Lee").
  bool CapitalsCorpSuffix(uint32_t t) const {
    const std::string_view w = doc_.TokenText(t);
    return w == "ASA" || w == "AB" || w == "NV" || w == "SpA";
  }
  // Canonical organization name for the capitalized run [first, last).
  // The words [first, last) of a body's name whose initials spell `acronym` ("Harbor Safety
  // Organization" for "HSO", "Department of Harbors" for "DOH"): two capitalized words or
  // more, with a body's word or three; {0, 0} if the article gives none.
  std::pair<uint32_t, uint32_t> NameOfInitials(std::string_view acronym) const;
  std::string CanonicalOrganization(uint32_t first, uint32_t last) const;
  // The lexicon's canonical name for the run [first, last) as an organization's alias
  // (possessive aside), or "". The last run's answer is kept: a profile's run is asked
  // whether it names a person (NamesPerson), then for its organization.
  std::string_view KnownOrganization(uint32_t first, uint32_t last) const;
  struct KnownOrganizationAnswer {
    uint32_t first = UINT32_MAX, last = UINT32_MAX;
    std::string_view name;  // the lexicon's
  };
  mutable KnownOrganizationAnswer known_organization_;
  void ParseAppositive(uint32_t first, uint32_t last, int speaker);
  // The body a capitalized name modifying the role at `head` names, in a description
  // opening at `first` with no name of a person ("Harbor Department" in "a Harbor Department
  // official", "Lee campaign" in "the Lee campaign manager"); "" for a people's or a
  // party's adjective or a place ("the French president", "a Vermont senator").
  std::string BodyModifyingRole(uint32_t first, uint32_t head);
  // The body a noun in lower case that modifies a role stands for ("company" in "a company
  // spokesperson"), named before `position`: BodyReferredTo, else LastBodyNamedWithoutNoun;
  // "" if none.
  std::string BodyOfModifyingNoun(uint32_t noun, uint32_t position);
  // "the daughter of former Mayor Tom Lee and state Senator Ida Ray": whether the words
  // after the "and" at `conjunction` (up to the next comma, before `last`) are a second
  // titled person joined to a titled name that ends the segment from `seg`, the object of
  // the same preposition, and no role of the speaker's own.
  bool SecondTitledPerson(uint32_t seg, uint32_t conjunction, uint32_t last);
  // The part of a profile's role before a preposition whose object is a titled person
  // ("daughter" of "daughter of former Mayor Tom Lee", "chief of staff" of "chief of staff
  // to Sen. Ann Ray"), for matching "the mayor" or "the senator": a title in another
  // person's name is not the speaker's. The whole role when it names no such person.
  std::string_view RoleBeforeTitledPerson(std::string_view role) const;
  // True if the capitalized run [first, last) names a person, not an organization: a title
  // and a name ("Mrs. Ray", "President Tom Lee"), a first name ("Tom Lee"), or the surname of
  // a person in the article ("Lee"). A run with an organization noun never does ("Tom Lee
  // Foundation").
  bool NamesPerson(uint32_t first, uint32_t last);
  // The organization a capitalized run in a profile names, or "" if it names a person: "an
  // adviser to Mrs. Ray" works for no organization that the text names. Before "campaign" or
  // "administration" (inside [.., limit)) a person's name names that body: "a Ray campaign
  // aide" -> "Ray campaign".
  std::string ProfileOrganization(uint32_t first, uint32_t last, uint32_t limit);
  // A bare surname resolved to a full name at tokens [`first`, `t`) that did not speak
  // there: the body after "of" ("led by Dr. Ann Ray of the Elm Clinic") or an appositive
  // ("Ann Ray, a nurse at the clinic,") after the full name, or a body's role opening the
  // sentence before it ("Acme's chief executive, Ann Ray, will ..."), is `speaker`'s
  // profile, as where the full name speaks.
  void ProfileAroundFullName(int speaker, uint32_t first, uint32_t t);
  // The person met last who was described by a phrase of several words whose last is
  // `head`, a role noun in lower case ("A Labour spokesman" for "spokesman"; a name's last
  // word is capitalized, "Tom Judge") or an office's acronym ("Tory MP"), or -1.
  int DescribedByHead(std::string_view head) const;
  // Marks a person as a woman or a man when `word_flags` (of a first name or a noun such
  // as "spokeswoman") say so and nothing said otherwise before; he/she use it.
  // The sex its given name tells, for a person named [first, last) in full (no-op for one word).
  void NoteSexOfName(int speaker, uint32_t first, uint32_t last);
  void NoteSex(int speaker, uint32_t word_flags);
  void AddRole(int speaker, std::string role);
  void AddOrganization(int speaker, const std::string& org, bool membership);
  // The body named after the preposition at `complement` of a description that ends at `l`
  // ("an analyst at Elm Bank", "scientists from the University of Elm") becomes `speaker`'s
  // organization when its words name a body (or, `speaks_for`, anything but a person; or,
  // `office`, anything but a person or a place).
  void AddComplementOrganization(int speaker, uint32_t complement, uint32_t l, bool speaks_for,
                                 bool office);
  // Token `t` is a capitalized word that may be part of a body's name: no determiner and
  // no possessive ("the Elm Fire and Rescue Service", not "The" or "Elm's").
  bool BodyNameWord(uint32_t t) const;
  // Token `t` is a lower-case "of", "for" or "and", which may join a body's capitalized
  // words ("the Department of Health", "a Ministry for Ports spokesman").
  bool JoinsBodyName(uint32_t t) const;
  // Token `t` is a particle of a surname ("van", "der", "de"), in any case.
  bool NameParticle(uint32_t t) const;
  // A person's name as FindOrCreatePerson compares it: how many words, and the first and
  // (for a name of several words) the last of them lower-cased without possessive (the only
  // ones it reads).
  struct NameWords {
    uint32_t count = 0;
    LowerCased first, last;
  };
  NameWords NameWordsOf(uint32_t first, uint32_t last) const;  // tokens [first, last)
  // `name` is the text of tokens [name_first, name_last) (possessive aside); their words
  // (NameWordsOf) are read only for a name not met before.
  // `female` / `male`: the mention's title tells the sex ("Mrs. Lee", "Mr. Lee"); a known
  // person of the other sex is not the one meant. `lower_name`: `name` lower-cased, where
  // the caller has it.
  int FindOrCreatePerson(std::string_view name, uint32_t name_first, uint32_t name_last,
                         uint32_t position, bool female = false, bool male = false,
                         const LowerCased* lower_name = nullptr);
  // The person named in full after a title for `role` ("Sen." or "Senator" for "senator")
  // last before `position`, found or created; -1 if none.
  int TitledPerson(std::string_view role, uint32_t position);
  // Whether a rank stands right before the title at `t` ("Vice President", "Lt. Gov.",
  // "Deputy Mayor", "former Judge", "co-Chairman"): another office than the title's.
  bool RankBefore(uint32_t t) const;
  // Whether token `t` after "the" is an epithet for a person met before: an age
  // ("27-year-old") or a noun of nationality ("Dane", "Portuguese").
  bool Epithet(uint32_t t) const;
  // The person an age epithet at `t` ("27-year-old") was given with ("Ann Ray, 27,"), or -1.
  int AgedPerson(uint32_t t);
  // The person an epithet at `epithet` after "the" stands for ("the 27-year-old", "the
  // Dane"): the one given that age, or the person last met nearby; -1 if none.
  int EpithetPerson(uint32_t epithet);
  // The person named in full between commas after the same possessive pronoun and relation
  // earlier ("his daughter, Ida Moss,") as the pronoun at `owner` and `relation_lower`
  // after it ("his daughter"), or -1.
  int RelationNamedBefore(uint32_t owner, std::string_view relation_lower);
  // Whether the one word at `t` opens an organization's name elsewhere in the article
  // ("Castlebrook" ... "Castlebrook Construction"), its first token left in org_first_.
  bool OrganizationOpenedBy(uint32_t t);
  // Whether the name [first, last), with no title nor known given name, is given elsewhere
  // in the article as a body's: after a body's noun in lower case ("low-cost carrier
  // SkyGael"), before a corporate suffix ("Elm Aggregates Ltd") or before ", which".
  bool NamedAsBodyElsewhere(uint32_t first, uint32_t last);
  // Whether a body's noun in lower case, no role, group or title, stands right before `t`
  // ("state utility Elm Power", "low-cost carrier SkyJet").
  bool BodyNounBefore(uint32_t t) const;
  // NamedAsBodyElsewhere's three places: a name opening at `t` after such a noun (not
  // right after a determiner), a corporate suffix at `t`, ", which" at `t`.
  bool BodyNounOpens(uint32_t t) const;
  bool SuffixAt(uint32_t t) const;
  bool WhichAt(uint32_t t) const;
  uint32_t org_first_ = 0;
  // Whether org_openers_ (below) is made for this article.
  bool org_openers_made_ = false;
  void MakeOrganizationOpeners();  // fills org_openers_
  // Whether the full name [first, last) is introduced as someone's relative: "Her son,
  // Tom Lee,", "his wife Ann Lee", "Tom Lee, her husband,".
  bool IntroducedAsFamily(uint32_t first, uint32_t last) const;
  // A full person name in the article ("Maria Lopez") whose first or last token is `word`:
  // the last before `position`, else the first after. Lets a bare surname be expanded even
  // when the full name never spoke.
  bool FindFullName(std::string_view word, uint32_t position, uint32_t* first,
                    uint32_t* last);
  // Capitalized token t reads as `word` and is the last (or surname before "Jr.") or the
  // first token of a full name [*first, *last); kFirst not after "at", "in" or "near".
  enum class FullNameRole { kNone, kLast, kFirst };
  // initial_groups_'s group for a first byte: one per ASCII capital, and one for every other
  // byte (non-ASCII capitals, rare in English news). A group holds every token of each first
  // byte it stands for. (A table: a comparison per capitalized token cost as much.)
  static constexpr size_t kInitialGroups = 27;
  static constexpr std::array<uint8_t, 256> kInitialGroupOf = [] {
    std::array<uint8_t, 256> groups{};
    for (size_t b = 0; b < 256; ++b) groups[b] = b >= 'A' && b <= 'Z' ? b - 'A' : 26;
    return groups;
  }();
  static size_t InitialGroup(char initial) {
    return kInitialGroupOf[static_cast<unsigned char>(initial)];
  }
  FullNameRole RoleInFullName(uint32_t t, std::string_view word, uint32_t* first,
                              uint32_t* last) const;
  // The same for whatever word t reads as: its place in the run of name tokens around it.
  FullNameRole RoleInNameRun(uint32_t t, uint32_t* first, uint32_t* last) const;
  // FindFullName's answer from the word's list of full names, made on first use for all the
  // words of its InitialGroup: for a word too frequent to scan for each call.
  struct FullNames {
    std::vector<uint32_t> lasts;   // tokens, in order, where the word ends a full name
    std::vector<uint32_t> firsts;  // and where it opens one
  };
  bool FullNameFromList(std::string_view word, uint32_t position, uint32_t* first,
                        uint32_t* last);
  // Fills initial_groups_ (below) for the article, on its first call.
  void ListInitialGroups();
  // Bit i: the capitalized word at 16 * chunk + i is of `group` (initial_groups_).
  unsigned GroupBits(size_t chunk, uint8_t group) const;
  bool IsNameToken(uint32_t t) const;
  // Whether token `t` opens its sentence as an adverb in -ly ("Interestingly",
  // "Surprisingly"), by an adverb's ending (not "Beverly", "Kimberly", "Connally").
  bool SentenceOpeningAdverb(uint32_t t) const;
  // "Tom King said ... King says": a title's or a role's word right after a given name, ending
  // the name, is a surname (not after a place's name, "Virginia Governor").
  bool TitleWordAsSurname(uint32_t t) const;
  // Whether `t` is "Will" or "May", or a month that is a given name ("June", "April"), as a
  // given name: capitalized before a word that is a name token ("Will Moss said", "May Ray",
  // "June Moss said"), where the lexicon reads it as an auxiliary or a time.
  bool WordAsGivenName(uint32_t t) const;
  // The state's first and last tokens of a speaker's display name, as views of the name
  // lower-cased (ASCII) and kept for the article by KeepName.
  void SetTokens(int speaker, std::string_view kept_lower_name);
  // The speaker of that name (any case), created with `kind` if new. A non-empty
  // `distinction` keeps apart speakers of one name that are not the same ("the company"
  // of two companies).
  int FindOrCreate(std::string_view name, SpeakerKind kind, std::string_view distinction = {});
  // The same, for a caller that has lower-cased the name already.
  int FindOrCreate(std::string_view name, const LowerCased& lower, SpeakerKind kind,
                   std::string_view distinction = {});
  int MostRecent(SpeakerKind kind) const;
  // The most recently mentioned organization with a name of several words whose last word
  // is `word` ("New York Times" for "Times"), or -1.
  int OrganizationByLastWord(std::string_view word) const;
  // The organization whose name the article spells out before the acronym at `t` in
  // parentheses ("the Freedom Alliance (FA)"; the initials of its capitalized words), or -1.
  int OrganizationSpelledOut(uint32_t t);
  // he/she at token `pronoun`: the person named in subject position earlier in its sentence
  // ("Baker lobbies for ..., and he says"), or -1 if none (or of the other gender).
  int SentenceSubject(uint32_t pronoun, bool female);
  // he/she at token `pronoun`: the person its sentence opens with, described by "the" and a
  // role noun ("The retired surgeon gave few hints on when he ..."), when no name comes
  // between; else -1.
  int DescribedSentenceSubject(uint32_t pronoun, bool female);
  // The person named last in subject position among tokens [first, end) of one sentence (as
  // SentenceSubject reads it), or -1 if none (or of the other gender). With `earlier`, for
  // when no person met fits: the subject may also follow a conjunction ("When Ann Ray
  // arrived, ..."; not first, as "If Lee runs, he said ..." seldom means Lee), and must be a
  // name that NamesPerson reads as a person's ("Acme Ferry cut fares" may be a firm).
  int SubjectBefore(uint32_t first, uint32_t end, bool female, bool earlier);
  // he/she opening its sentence at token `pronoun`: the person whose full name opens the
  // sentence before, followed by its verb ("Ann Ray toured the pier. She said ..."), or -1
  // if none (or of the other gender). The subject of the sentence before is the likeliest
  // referent, more than a speaker quoted earlier.
  int PreviousSentenceSubject(uint32_t pronoun, bool female);
  // "Feld's team now plans to ... "We suspect it does," she added.": the person met before
  // whose surname (or full name), in the possessive, opens `sentence` as the owner of its
  // subject, a group or a body's unit ("team", "office", "lab"); -1 if none (or of the
  // other sex).
  int OpeningOwner(const Sentence& sentence, bool female);
  // The one person `sentence` names in full after its first word, as an object too
  // ("Police arrested Tom Lee on Monday."), whose given name tells the sex asked for; -1 if
  // none, or if it names two who could be meant.
  int PersonNamedIn(const Sentence& sentence, bool female);
  // The person whose full name (or, with `descriptions`, "the" and a role noun) opens
  // `sentence`, followed by its verb, or -1 if none (or of the other gender). A passive
  // ("Ann Ray was elected in May.") counts only with `descriptions` and without its agent.
  int OpeningPerson(const Sentence& sentence, bool female, bool descriptions);
  // "Tom Lee and Ann Ray have run the store since 1990. They said": "they" opening its
  // sentence at token `pronoun` (or right after a quotation that opens it), when no group
  // has spoken, means the two people whose full names, joined by "and", open the sentence
  // before with its verb; -1 if none.
  int OpeningNamesJoined(uint32_t pronoun);
  // "the CS", "the PM": the person met last whose role's capitalized initials end with
  // the acronym, or -1.
  int RoleAcronymHolder(std::string_view acronym);
  // The comma that closes `sentence`'s opening "Asked by X ...," (the asker's phrase), or
  // the sentence's first token if it opens otherwise.
  uint32_t AskerPhraseEnd(const Sentence& sentence) const;
  // The person `sentence` puts a question to ("A reporter asked Tom Lee whether ...",
  // "pressed Ann Ray on ..."), found or created, if of a sex `female` allows; or -1.
  int AddresseeOfQuestion(const Sentence& sentence, bool female);
  // "they" (`group`) or "it" opening its sentence at token `pronoun`, when no group or
  // organization has spoken yet: the group ("Police", "The two unions") or the organization
  // noun after "the" ("The company") that opens the sentence before, followed by its verb;
  // -1 if none.
  int OpeningBody(uint32_t pronoun, bool group);
  void Touch(int speaker);  // marks `speaker` as the most recently mentioned
  // Touch, and token `t` as `speaker`'s latest reference (a pronoun, an epithet or a name):
  // the next epithet looks for the person met in the sentence before.
  void Refer(int speaker, uint32_t t) {
    states_[speaker].last_reference = std::max(states_[speaker].last_reference, t);
    Touch(speaker);
  }
  // The first token of [first, last) that is the verb of the mention's own clause, or `last`:
  // an attribution found by a later participle or complement ("the harbor nominee quarrels
  // with ..., dismissing ...", "Tom Lee regretted the delay, saying ...", "This Ferry Line
  // Isn't ...") gives the subject and its verb. A verb is a word in -ed or a common
  // irregular past after a name or a noun for a speaker ("Ray sent", "the board voted"), a
  // word in -s after such a singular noun ("the nominee quarrels"), an adverb or auxiliary of
  // the preverb class after one, or a capitalized auxiliary after a determiner or a noun
  // in Title Case ("Some Will", "This Harbor Board Isn't").
  uint32_t VerbInMention(uint32_t first, uint32_t last) const;
  // Where the name starts after a title whose complement is capitalized: `after` is the token
  // after the title, `last` the end of the name run. "Secretary| of State Ann Ray" -> "Ann";
  // "Director| of Public Affairs Tom Lee" -> "Tom"; `after` itself if no "of" follows.
  uint32_t TitleComplementEnd(uint32_t after, uint32_t last) const;
  // Whether the word at `t` stands right after a title somewhere else in the article ("Ms
  // Ong", "Ray's" after "President Ray"): a name. Scans the capitalized words, at most 16
  // times per article (then false).
  bool TitledElsewhere(uint32_t t) const;
  // The organization "the company" or "the board" (head noun at `head`, mention opening at
  // `position`) refers to: the last name before `position` that ends in the same noun
  // ("Acme Ferry Company", "the Harbor Board"), or for "the company" or "the firm" in a
  // corporate suffix or an industry's word ("Harbor Holdings Inc.", "Elm Foods"), as for a
  // trade's noun ("the airline") within its sentence; canonicalised; "" if none. (The last
  // organization met, whatever its noun, was as often another body: a newspaper quoted.)
  std::string BodyReferredTo(uint32_t head, uint32_t position) const;
  // The body the article described earlier by the noun at `head` ("the retailer", mention
  // opening at `position`): the name right after the noun's nearest earlier use ("carmaker
  // Elm Motors") or before the appositive that use ends ("Elm & Oak, Britain's largest
  // furniture retailer,"), when that name is no person's; "" if the nearest use has neither.
  std::string BodyDescribedAs(uint32_t head, uint32_t position);
  // For "the company" or "the agency" (head noun at `head`, mention opening at `position`)
  // that BodyReferredTo finds no name for: the body that spoke last, in the last three
  // sentences, when it was named by a name without a noun of its own ("ELMTA said ...
  // The agency said"); "" when the last body that spoke has one ("the Elm Gazette", which
  // "the company" is not) or none has spoken.
  std::string LastBodyNamedWithoutNoun(uint32_t head, uint32_t position) const;
  // For "the bank" (head noun at `head`) that no name ends in: the same noun in lower case
  // after a capitalized possessive and at most two lower-case modifiers, earlier in the
  // article ("Nigeria's central bank raised rates ... The bank said" -> "Nigeria's central
  // bank"), or "". (The last 2,000 tokens, a few times per article.)
  std::string PossessiveBodyBefore(uint32_t head, uint32_t position);
  // For "a spokesperson" with nothing that names whom they speak for (mention opening at
  // `position`): the body that spoke last, when it is the last speaker but `except` and
  // spoke in the sentence or the one before; else "".
  std::string BodyThatSpokeLast(int except, uint32_t position) const;
  // For "CLAUSE, the company said" with the mention's first token at `first`: the body whose
  // name opens the clause ("Acme will cut jobs, the company said": Acme; also after a
  // description by a body's noun, "German carrier Acme Air cancelled ..."), when that name
  // is no person's or place's and is proper (two words, an acronym, a known organization,
  // or capitalized elsewhere in the article); else "".
  std::string BodyOpeningTheClause(uint32_t first);
  // For "the company" or a trade's noun ("the streaming company") with the mention's first
  // token at `first`: the business whose shares open its sentence ("Shares in Elmstream
  // fell after the company warned"), when that name is no person's or place's; else "".
  std::string BodyWhoseSharesOpenTheSentence(uint32_t first);
  // The body a role's owner refers back to in a description before a name ("Its president,
  // Tom Lee,", "The union's president, Tom Lee,") or after its preposition ("a spokesman for
  // the company"): `owner` is "its" or the body's noun, possessive or not.
  // For "its", a body that spoke in the owner's sentence or the one before, else the body
  // that opens the sentence before ("Met Elm had issued a warning. Its head, ..."), else
  // the last body named in it by a name ending in a body's noun ("... bought by Elm Holdings.
  // Its director, ..."); for a body's noun, the body "the union" would be. "" if none.
  // `implied`: no owner is written ("chief executive Tom Lee"); `owner` is where the role
  // opens, and only a body that spoke or opened the sentence before is taken.
  std::string BodyOwningRole(uint32_t owner, bool implied = false);
  // The body that owns or wrote the document whose mention opens at `first` (its words from
  // `start`, its noun at `head`): a body's possessive before the noun ("Acme's report"), the
  // author after the noun's own participle of authorship ("a report released on Monday by
  // the Elm Board"), or for a bare "the report", that author where the noun was last used,
  // the body that released it ("the Elm Board released a report") or the body that spoke in
  // the sentence where it was "in a report" ("the Elm Board said in a report"); else "".
  std::string DocumentAuthor(uint32_t start, uint32_t head, uint32_t first);
  // The author of the document a sentence opens with, "In a statement issued by the Elm
  // Council, ...", for a mention in that sentence at `mention`; "" if none.
  std::string OpeningDocumentAuthor(uint32_t mention);
  // True if a word in [first, last) is capitalized other than as the first word of its
  // sentence: "the Ray campaign" is one campaign, "the campaign" any.
  bool HasProperWord(uint32_t first, uint32_t last) const;
  // True if the word at `t` praises or ranks whom it modifies, as no body's name opens:
  // a compound with a participle ("Award-winning", "Oscar-nominated"), an adjective's ending
  // ("Notable", "Famous"), or a word of fame ("Famed", "Renowned", "Legendary").
  bool PraiseWord(uint32_t t) const;
  // Whether "its" opens the clause of the cue right after a mention ending at `l` ("Elmsoft
  // said its profit rose"), or ", which" follows it: words for a body, not a person.
  bool ItsOrWhichAfter(uint32_t l) const;
  // True if the word at `t` (possessive aside) is capitalized somewhere else in the article,
  // other than as the first word of a sentence. Scans the article's capitalized words: for
  // rare cases only.
  bool CapitalizedElsewhere(uint32_t t) const;
  // Whether the capitalized words [first, role) before the title at `role` (a name of one
  // word at least after it, before `last`) name a company by that title alone: the title is
  // a company head's ("CEO", "Chief Executive", "Managing Director", "Founder", "Chairman",
  // "President") and the words are no place, people, rank or trade ("Tesla CEO", not
  // "Texas CEO", "Indian CEO", "Interim CEO" or "Tech CEO").
  bool CompanyHeadModifier(uint32_t first, uint32_t role, uint32_t last) const;
  // CapitalizedElsewhere's answers per word (possessive aside), in a long article: the number
  // of tokens where it stands capitalized other than first in a sentence, and the first.
  struct ProperUses {
    uint32_t count = 0;
    uint32_t first = 0;
  };
  mutable absl::flat_hash_map<std::string_view, ProperUses> proper_uses_;
  // BodyReferredTo's last search per noun: its position, and the name's last token it
  // found (UINT32_MAX if none).
  struct BodySearch {
    uint32_t position = 0;
    uint32_t found = UINT32_MAX;
  };
  mutable absl::flat_hash_map<std::string, BodySearch> body_searches_;
  // The business names of the article whose last word is an industry's or a corporate
  // suffix ("Oakridge Ventures", "Elmco Inc"), by each word that may open them (a view of the
  // document), each its first run [first, last): listed on CanonicalOrganization's first call
  // for one word, so that the article is read once, not once per mention. Then that call's
  // answers by the word.
  mutable bool business_runs_listed_ = false;
  mutable absl::flat_hash_map<std::string_view, std::pair<uint32_t, uint32_t>> business_runs_;
  mutable absl::flat_hash_map<std::string_view, std::string> long_forms_;
  // True if the possessive word at `t` is a noun for a group of people ("People's",
  // "Workers'") inside a body's name, one with an organization word before `last`: "the
  // People's Bank of China".
  bool GroupPossessiveInName(uint32_t t, uint32_t last) const;

  // The working memory below, per thread (speakers.cc), so that its vectors and hash table
  // are allocated once per thread instead of once per article. A second resolver alive on
  // the same thread gets its own.
  struct Scratch;
  Scratch& AcquireScratch();

  const Document& doc_;
  const Lexicon& lexicon_;
  std::unique_ptr<Scratch> owned_scratch_;  // only when the thread's is taken
  Scratch& scratch_;
  // The profiles made so far; TakeSpeakers moves the result out of them. (Per thread, so
  // that the vector itself is not allocated again for each article.)
  std::vector<SpeakerProfile>& speakers_;
  std::vector<State>& states_;
  // FindFullName's index of doc_.capitalized, made lazily: the InitialGroup of each
  // capitalized word's first byte, in the list's order, padded to a multiple of 16 entries
  // with a byte of no group. A search reads the words of its group only, found 16 at a time
  // (GroupBits), in text order either way: one byte per word to make for the article, where
  // a list per group (a counting sort) cost about 20 instructions a word.
  std::vector<uint8_t>& initial_groups_;
  bool initial_groups_listed_ = false;
  // Per capitalized word, in the list's order: 1 once FindFullName found it in no full name
  // (RoleInNameRun kNone), so that it is not read again. Made with initial_groups_.
  std::vector<uint8_t>& in_no_full_name_;
  // FullNameFromList's lists by word, for the groups indexed so far.
  absl::flat_hash_map<std::string, FullNames>& full_names_;
  std::bitset<kInitialGroups>& full_names_indexed_;
  // The words that open an organization's name in the article (among its first
  // kMaxOrganizationScan capitalized words), each with its first two such tokens (the
  // second for when the first is the word asked about): made on OrganizationOpenedBy's
  // first call, so that each call is one lookup rather than a scan of the article.
  // (absl::string_view keys, as by_name_'s.)
  absl::flat_hash_map<absl::string_view, std::array<uint32_t, 2>>& org_openers_;
  // The speakers mentioned last (at most 256; speakers.cc), each once, least recent first.
  std::vector<int>& recent_;
  // Lower-case display name -> speaker. The names are views of copies KeepName makes in
  // blocks kept from article to article: a name costs no allocation of its own, and
  // clearing the map has nothing to destroy.
  // (absl::string_view: absl::Hash of a std::string_view is std::hash's, slower here.)
  absl::flat_hash_map<absl::string_view, int>& by_name_;
  absl::string_view KeepName(absl::string_view lower_name);
  std::string& key_;  // FindOrCreate's key for a name with a distinction
  int surname_lookups_left_ = 64;  // OpeningPerson's full-name searches for a lone surname
  mutable int titled_lookups_left_ = 16;  // TitledElsewhere's scans
  int office_lookups_left_ = 16;  // NamedWithTheOffice's scans of the whole article
  int possessive_body_lookups_left_ = 16;  // PossessiveBodyBefore's scans
  mutable int initials_lookups_left_ = 16;  // NameOfInitials's scans (one per acronym)
  mutable int lower_case_lookups_left_ = 16;  // FirmBeforeCompanyTitle's scans
  // NamedAsBodyElsewhere's places, listed on its first call for the article: where a name
  // opens after a body's noun, and the corporate suffixes and ", which" that end one; where
  // one opens an appositive to a body's noun or follows a place's "-based", and the words
  // of a body's own or a plural verb after a name ("chief executive", "shares", "have").
  // (A comparison of every capitalized word per call cost 8% of the extraction.)
  struct BodyMarks {
    bool listed = false;
    std::vector<uint32_t> openers, suffixes, whiches, appositives, heads, plurals;
  };
  BodyMarks body_marks_;
  void ListBodyMarks();
};

}  // namespace policy::extract_internal

#endif  // POLICY_SERVER_EXTRACT_INTERNAL_SPEAKERS_H_
