#include "server/extract/internal/speakers.h"

#include <algorithm>
#include <bitset>
#include <cstring>
#include <emmintrin.h>
#include <initializer_list>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace policy::extract_internal {
namespace {

// Bounds that keep the resolver linear in a sentence's length.
constexpr uint32_t kMaxSubjectDistance = 200;  // tokens between a pronoun and its subject
constexpr uint32_t kMaxAppositiveTokens = 64;  // tokens of a profile after a name
// Candidates FindFullName reads before it turns to the word's list of full names.
constexpr int kMaxFullNameCandidates = 64;
constexpr uint32_t kNoToken = UINT32_MAX;
// Paragraphs a quotation left open at each paragraph's end is read back over, to the
// sentence before it (a long speech quoted whole runs to a dozen).
constexpr uint32_t kMaxQuotationParagraphs = 16;
// Tokens after an article's lead read for the pronoun that goes on with its subject.
constexpr uint32_t kMaxLeadPronounScan = 2000;
// Speakers the resolver remembers in order of mention, for pronouns, short names and
// descriptions to refer back to. Real articles name far fewer; the bound keeps each of
// those searches (and the ordering itself) short in an article of thousands of names.
constexpr size_t kMaxRecentSpeakers = 256;
// Roles, and organizations, one profile keeps (the dev set's most are 5 and 2): each is
// searched and compared whole when a description or an organization is matched.
constexpr size_t kMaxProfileEntries = 16;
// Nouns for a business by its trade ("Retailer Elm Foods said", "the retailer", "the
// airline"): specific enough that the article's earlier use of one describes the body a
// later one refers to.
constexpr WordSet kTradeNouns = {
    "developer", "retailer",    "lender",      "insurer",    "carrier",    "operator",
    "automaker", "carmaker",    "chipmaker",   "drugmaker",  "manufacturer", "producer",
    "distributor", "publisher", "broadcaster", "consultancy", "contractor", "supplier",
    "builder",   "miner",       "brewer",      "airline",    "utility",    "startup",
    "landlord",  "owner",       "provider",    "giant",      "maker"};
// A trade's noun and the last words of its companies' names ("the airline" for "Kestrel
// Airways", "the carmaker" for "Elm Motors"): such a name is meant by the noun however far
// back it stands, as "the union" means "... Union".
constexpr std::pair<std::string_view, std::string_view> kTradeIndustries[] = {
    {"airline", "|airlines|airways|air|"},
    {"carrier", "|airlines|airways|air|"},
    {"carmaker", "|motors|motor|automotive|auto|"},
    {"automaker", "|motors|motor|automotive|auto|"},
    {"drugmaker", "|pharmaceuticals|pharma|therapeutics|"},
    {"chipmaker", "|semiconductor|semiconductors|"},
    {"miner", "|mining|minerals|resources|metals|"},
    {"insurer", "|insurance|"},
    {"utility", "|power|energy|electric|utilities|"},
    {"broadcaster", "|broadcasting|television|media|"},
    {"builder", "|homes|builders|construction|"},
    {"brewer", "|brewing|brewery|breweries|"}};

// Last words of a place's name the lexicon need not list ("Elm Point", "the Middle East").
constexpr WordSet kPlaceEnds = {
    "county",  "city",     "valley",   "park",   "point",  "island", "islands", "town",
    "village", "district", "province", "region", "bay",    "beach",  "heights", "hills",
    "springs", "falls",    "lake",     "river",  "street", "avenue", "road",    "square",
    "east",    "west",     "north",    "south",  "coast"};
// Nouns for one who speaks for a body or a person ("a spokeswoman for Acme Ferries").
constexpr WordSet kSpokespersonNouns = {"spokesman", "spokeswoman", "spokesperson"};
// Capitalized words OrganizationOpenedBy reads for a one-word name's organization.
constexpr int kMaxOrganizationScan = 2048;

bool IsConnector(std::string_view lower) {
  return lower == "of" || lower == "for" || lower == "and" || lower == "&" || lower == "de" ||
         lower == "la" || lower == "van" || lower == "von" || lower == "der" || lower == "bin" ||
         lower == "al" || lower == "da" || lower == "di" || lower == "du" || lower == "le" ||
         lower == "the";
}

// Whether token `t` (> `first`) follows a conjunction that opens a subordinate clause, itself
// opening the sentence (`first`) or after a comma: "When Ann Ray arrived, ...", "..., after
// Tom Lee left". The name after it is that clause's subject.
bool AfterSubordinator(const Document& doc, uint32_t t, uint32_t first) {
  if (t <= first || !doc.tokens[t - 1].is(kStop)) return false;
  const uint32_t c = t - 1;
  if (c != first && !doc.tokens[c - 1].IsPunct(',')) return false;
  static constexpr Word kSubordinators[] = {
      "when", "after", "before", "since", "while", "although", "though", "because", "until",
      "as", "if"};
  for (const Word word : kSubordinators) {
    if (doc.WordIs(c, word)) return true;
  }
  return false;
}

// "Haier's" -> "Haier", "Sciences'" -> "Sciences". Inline: name searches call it for many
// tokens.
inline std::string_view StripPossessive(std::string_view s) {
  // (Bytes compared directly, not through substr(): how much of it the compiler inlined into
  // the callers varied with the rest of this file.)
  const size_t n = s.size();
  const char* const p = s.data();
  if (n >= 4) {
    // The last four bytes at once (the last one highest), each ending's test selected
    // rather than branched on: names and plurals end in 's' often and unpredictably. (The
    // four endings exclude one another.)
    uint32_t tail;
    std::memcpy(&tail, p + n - 4, 4);
    const size_t strip = ((tail >> 16) == 0x7327u ? 2 : 0) |    // 's
                         (tail == 0x739980E2u ? 4 : 0) |        // ’s
                         ((tail >> 24) == 0x27u ? 1 : 0) |      // '
                         ((tail >> 8) == 0x9980E2u ? 3 : 0);    // ’
    return {p, n - strip};
  }
  // Shorter words (no room for ’s).
  if (n == 0) return s;
  const char last = p[n - 1];
  if (last == 's') return n >= 2 && p[n - 2] == '\'' ? std::string_view(p, n - 2) : s;  // 's
  if (last == '\'') return {p, n - 1};
  if (n == 3 && p[0] == '\xE2' && p[1] == '\x80' && p[2] == '\x99') return {p, 0};  // ’
  return s;
}

// Whether the name ending at capitalized token `last` is a company of the trade `noun`
// names (lower case).
bool NameOfTrade(const Document& doc, std::string_view noun, uint32_t last) {
  for (const auto& [trade, industries] : kTradeIndustries) {
    if (trade != noun) continue;
    const std::string_view bare = StripPossessive(doc.TokenText(last));
    std::string word = "|";
    word.append(bare.data(), bare.size()).append("|");
    absl::AsciiStrToLower(&word);
    return industries.find(word) != std::string_view::npos;
  }
  return false;
}

// Whether token `t` stands in a headline: a paragraph of one sentence without a full stop,
// in Title Case ("Storm Knocks Out Power"), where a run of capitalized words is no name.
bool InTitleCaseLine(const Document& doc, uint32_t t) {
  const uint32_t sentence = doc.sentence_of[t];
  const Sentence& s = doc.sentences[sentence];
  const Paragraph& p = doc.paragraphs[s.paragraph];
  return s.first == p.first && s.last == p.last && !doc.tokens[s.last - 1].IsPunct('.') &&
         TitleCaseSentence(doc, sentence);
}

// The word id of token `t`, of its word without the possessive for "board's" (the text layer
// gives a possessive no id of its own word): "the union's president" asks for "union".
uint16_t NounIdOf(const Document& doc, uint32_t t) {
  if (!doc.tokens[t].has(kPossessive)) return doc.word_ids[t];
  const LowerCased lower(StripPossessive(doc.TokenText(t)));
  const std::string_view word = lower;
  const auto it = std::lower_bound(std::begin(kRuleWords) + 1, std::end(kRuleWords), word);
  return it != std::end(kRuleWords) && *it == word
             ? static_cast<uint16_t>(it - std::begin(kRuleWords))
             : uint16_t{0};
}

bool IsAcronym(std::string_view s) {
  if (s.size() < 2) return false;
  // Most calls are on capitalized words ("Smith"): turned away by their second letter.
  if (s[1] >= 'a' && s[1] <= 'z') return false;
  for (char c : s) {
    if (!((c >= 'A' && c <= 'Z') || c == '.' || c == '&')) return false;
  }
  return true;
}

// A seat or an honour written after a name ("Ann Ray MP", "Tom Lee TD", "Ida Moss OBE"): no
// part of the name.
bool IsPostNominal(std::string_view word) {
  if (word.size() < 2 || word.size() > 3 || word[0] < 'A' || word[0] > 'Z') return false;
  // (Static arrays, here and below: a braced list's views were built on the stack at each
  // call of the functions these are inlined into, Resolve's included, even when unread.)
  static constexpr std::string_view kPostNominals[] = {
      "MP", "MSP", "MLA", "MCA", "MEP", "MPP", "MLC", "MNA", "MS", "TD", "QC", "KC", "SC",
      "BL", "JP", "OBE", "MBE", "CBE", "KBE", "DBE", "OAM"};
  for (const std::string_view post : kPostNominals) {
    if (word == post) return true;
  }
  return false;
}

// "Jr.", "Sr.", "III": a generational suffix ends a name without being its surname.
bool IsGenerationSuffix(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  // Called for most name tokens: the length and the first letter turn nearly all away
  // before the five comparisons.
  if (word.size() < 2 || word.size() > 3) return false;
  const char first = static_cast<char>(word[0] | 0x20);  // ASCII letters to lower case
  if (first != 'j' && first != 's' && first != 'i') return false;
  static constexpr std::string_view kSuffixes[] = {"jr", "sr", "ii", "iii", "iv"};
  for (const std::string_view suffix : kSuffixes) {
    if (absl::EqualsIgnoreCase(absl::string_view(word.data(), word.size()),
                               absl::string_view(suffix.data(), suffix.size()))) {
      return true;
    }
  }
  return false;
}

bool IsMonth(std::string_view word) {
  // (Or its abbreviation, as datelines write it: "Jan", "Sept", "Oct.".)
  if (word.ends_with('.')) word.remove_suffix(1);
  static constexpr std::string_view kMonths[] = {
      "January", "February", "March", "April", "May",  "June", "July", "August",
      "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
      "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
  return std::find(std::begin(kMonths), std::end(kMonths), word) != std::end(kMonths);
}

// Whether `word` ends with the literal `suffix`. Inline, unlike string_view::ends_with,
// which Resolve (too large for the compiler to inline it there) called out of line.
template <size_t N>
__attribute__((always_inline)) inline bool EndsWith(std::string_view word,
                                                    const char (&suffix)[N]) {
  return word.size() >= N - 1 &&
         std::memcmp(word.data() + word.size() - (N - 1), suffix, N - 1) == 0;
}

// The personal pronouns Resolve tells apart.
enum class Pronoun : uint8_t { kNone, kHe, kShe, kThey, kIt, kI, kWe, kYou };

// The pronoun a lower-case word is or stands for: "him" and "his" for "he", "her" for
// "she", "them" and "their" for "they", "its" for "it". By length first, then with
// comparisons of a known size: most one-word mentions are names, turned away at once
// (string_view's ==, called out of line from Resolve, cost a call per comparison).
Pronoun PronounOf(std::string_view w) {
  auto is = [w](const char* literal) { return std::memcmp(w.data(), literal, w.size()) == 0; };
  switch (w.size()) {
    case 1:
      return is("i") ? Pronoun::kI : Pronoun::kNone;
    case 2:
      if (is("he")) return Pronoun::kHe;
      if (is("it")) return Pronoun::kIt;
      if (is("we")) return Pronoun::kWe;
      return Pronoun::kNone;
    case 3:
      if (is("his") || is("him")) return Pronoun::kHe;
      if (is("she") || is("her")) return Pronoun::kShe;
      if (is("its")) return Pronoun::kIt;
      if (is("you")) return Pronoun::kYou;
      return Pronoun::kNone;
    case 4:
      return is("they") || is("them") ? Pronoun::kThey : Pronoun::kNone;
    case 5:
      return is("their") ? Pronoun::kThey : Pronoun::kNone;
    default:
      return Pronoun::kNone;
  }
}

// The prepositions ComplementHead tells apart.
// (kAcross: "across", "around", "throughout", a place over which a group is spread.)
enum class Preposition : uint8_t { kOther, kOf, kFor, kAt, kFrom, kWith, kTo, kIn, kOn, kAcross };

// Which of them the word `text` is, in any ASCII case, as WordIs compares: read once, by
// length first (a WordIs per preposition cost a call each).
Preposition PrepositionOf(std::string_view text) {
  char lower[10];
  const size_t n = std::min(text.size(), sizeof(lower));
  for (size_t k = 0; k < n; ++k) lower[k] = absl::ascii_tolower(text[k]);
  auto is = [&](const char* literal) { return std::memcmp(lower, literal, n) == 0; };
  switch (text.size()) {
    case 2:
      if (is("of")) return Preposition::kOf;
      if (is("at")) return Preposition::kAt;
      if (is("to")) return Preposition::kTo;
      if (is("in")) return Preposition::kIn;
      if (is("on")) return Preposition::kOn;
      return Preposition::kOther;
    case 3:
      return is("for") ? Preposition::kFor : Preposition::kOther;
    case 4:
      if (is("from")) return Preposition::kFrom;
      if (is("with")) return Preposition::kWith;
      return Preposition::kOther;
    case 6:
      return is("across") || is("around") ? Preposition::kAcross : Preposition::kOther;
    case 10:
      return is("throughout") ? Preposition::kAcross : Preposition::kOther;
    default:
      return Preposition::kOther;
  }
}

// A capitalized word with an adjective's ending ("Presumptive", "Responsible", "Famous"):
// opening a sentence, it is capitalized for that reason, not as a name.
bool HasAdjectiveEnding(std::string_view word) {
  for (std::string_view ending : {"ive", "ible", "able", "ous", "ful"}) {
    if (word.size() > ending.size() + 3 && word.ends_with(ending)) return true;
  }
  return false;
}

// Whether a capitalized word reads as an adjective before a noun, not a name: an
// adjective's ending, a people's ("Indian", "Korean", "Japanese", "British").
bool AdjectiveOrNationality(std::string_view word) {
  return HasAdjectiveEnding(word) || word.ends_with("ian") || word.ends_with("ean") ||
         word.ends_with("ese") || word.ends_with("ish");
}

// Whether `word` names a people, as a one-word "organization" would only by mistake:
// "Japanese", "British" by their endings, the rest listed (not "-ian" or "-an" alone:
// "Smithsonian", "Guardian", "Taliban" are bodies).
bool Demonym(std::string_view word) {
  if (word.size() > 5 && word.find(' ') == std::string_view::npos &&
      (word.ends_with("ese") || word.ends_with("ish")) && word[0] >= 'A' && word[0] <= 'Z' &&
      word[1] >= 'a' && word[1] <= 'z') {
    return true;
  }
  static constexpr std::string_view kPeoples[] = {
      "Afghan", "African", "Algerian", "American", "Argentine", "Armenian",
      "Asian", "Australian", "Austrian", "Bangladeshi", "Belgian", "Bolivian",
      "Bosnian", "Brazilian", "Bulgarian", "Cambodian", "Cameroonian", "Canadian",
      "Chilean", "Colombian", "Croatian", "Cuban", "Czech", "Dutch",
      "Ecuadorian", "Egyptian", "Emirati", "Estonian", "Ethiopian", "European",
      "Filipino", "French", "German", "Ghanaian", "Greek", "Haitian",
      "Hungarian", "Indian", "Indonesian", "Iranian", "Iraqi", "Israeli",
      "Italian", "Ivorian", "Jamaican", "Jordanian", "Kazakh", "Kenyan",
      "Korean", "Kuwaiti", "Latvian", "Libyan", "Lithuanian", "Malaysian",
      "Mexican", "Moroccan", "Nepali", "Nigerian", "Norwegian", "Pakistani",
      "Palestinian", "Peruvian", "Qatari", "Romanian", "Russian", "Rwandan",
      "Saudi", "Serbian", "Slovak", "Slovenian", "Somali", "Soviet",
      "Swiss", "Syrian", "Tanzanian", "Thai", "Tunisian", "Ugandan",
      "Ukrainian", "Uruguayan", "Uzbek", "Venezuelan", "Welsh", "Yemeni",
      "Zambian", "Zimbabwean", "Arab", "Hispanic", "Latino", "Latina"};
  return std::find(std::begin(kPeoples), std::end(kPeoples), word) != std::end(kPeoples);
}

// Names whose possessive is part of the name ("National People's Congress").
bool IsNamePossessive(std::string_view lower) {
  return std::string_view(lower).starts_with("people") || std::string_view(lower).starts_with("children") ||
         std::string_view(lower).starts_with("women") || std::string_view(lower).starts_with("men");
}

// Abbreviated titles and the role nouns they stand for.
constexpr std::pair<std::string_view, std::string_view> kTitleAbbreviations[] = {
    {"sen.", "senator"},  {"rep.", "representative"}, {"gov.", "governor"},
    {"gen.", "general"},  {"adm.", "admiral"},        {"lt.", "lieutenant"},
    {"col.", "colonel"},  {"capt.", "captain"},       {"sgt.", "sergeant"},
    {"dr.", "doctor"},    {"prof.", "professor"},     {"supt.", "superintendent"},
    {"atty.", "attorney"},
    // (British and Australian forms without a period; "Mr Justice Tom Lee" is a judge.)
    {"lt", "lieutenant"}, {"col", "colonel"},         {"capt", "captain"},
    {"supt", "superintendent"}, {"insp", "inspector"}, {"insp.", "inspector"},
    {"det", "detective"}, {"det.", "detective"},      {"cllr", "councillor"},
    {"cr", "councillor"}, {"justice", "judge"}};

bool ContainsWord(std::string_view text, std::string_view word) {
  size_t pos = 0;
  while ((pos = text.find(word, pos)) != std::string_view::npos) {
    const bool left = pos == 0 || !absl::ascii_isalnum(text[pos - 1]);
    const size_t end = pos + word.size();
    const bool right = end >= text.size() || !absl::ascii_isalnum(text[end]);
    if (left && right) return true;
    pos = end;
  }
  return false;
}

// Whether a profile's role says its holder speaks for or heads the body he is named with:
// "spokesman", "chief executive", "deputy chair" (a body's "the company" may then mean that
// body).
bool SpeaksForBody(std::string_view role) {
  const std::string lower = absl::AsciiStrToLower(absl::string_view(role.data(), role.size()));
  static constexpr std::string_view kRoles[] = {
      "spokesman", "spokeswoman", "spokesperson", "chief executive", "ceo",
      "chair",     "chairman",    "chairwoman",   "chairperson"};
  for (const std::string_view r : kRoles) {
    if (ContainsWord(lower, r)) return true;
  }
  return false;
}

// A group speaker's name in lower case up to its first preposition: the words that say who
// the group is ("two officials familiar" of "Two officials familiar with the talks").
std::string GroupHead(std::string_view name) {
  std::string lower = absl::AsciiStrToLower(absl::string_view(name.data(), name.size()));
  size_t cut = lower.size();
  static constexpr std::string_view kPrepositions[] = {" of ", " for ", " at ", " in ",
                                                       " with ", " from "};
  for (std::string_view preposition : kPrepositions) {
    cut = std::min(cut, lower.find(preposition));
  }
  lower.resize(cut);
  return lower;
}

// Whether `word`, lower-cased, is one of `words`. Not inlined, nor are the two below: rare
// paths whose loops, unrolled into their callers, cost the file's hot functions inlining.
__attribute__((noinline)) bool LowerIsOneOf(std::string_view word,
                                            std::initializer_list<std::string_view> words) {
  char lower[16];
  if (word.size() > sizeof(lower)) return false;
  for (size_t i = 0; i < word.size(); ++i) lower[i] = absl::ascii_tolower(word[i]);
  const std::string_view w(lower, word.size());
  for (std::string_view candidate : words) {
    if (candidate == w) return true;
  }
  return false;
}

// Words for a relative ("son", "wife"): one introduced by them ("Her son, Tom Lee") is
// named by the given name after, as news writes, not by the surname they share.
bool IsFamilyWord(std::string_view word) {
  return LowerIsOneOf(word, {"son", "daughter", "wife", "husband", "brother", "sister",
                             "father", "mother", "widow", "widower", "grandson",
                             "granddaughter", "nephew", "niece", "cousin", "stepson",
                             "stepdaughter"});
}

// Nouns for people outside a body who stand toward it: "a critic of Elmcorp", "supporters
// of the Elm Party", "an Elmcorp rival" are none of its own, so it is no organization of
// theirs.
constexpr WordSet kOutsiderNouns = {
    "critic",    "critics",    "supporter", "supporters", "opponent",  "opponents",
    "fan",       "fans",       "admirer",   "admirers",   "ally",      "allies",
    "rival",     "rivals",     "foe",       "foes",       "detractor", "detractors",
    "backer",    "backers",    "follower",  "followers",  "proponent", "proponents",
    "skeptic",   "skeptics",   "sceptic",   "sceptics",   "customer",  "customers",
    "friend",    "friends"};

// Nouns for whoever heads or owns a body: "the chief executive of Stridely", "the founder of
// Elm Works" hold an office of the body named after "of" (other roles' complements are as
// often a field, "the secretary of Health").
constexpr WordSet kBodyHeadNouns = {
    "executive", "ceo",       "founder",  "co-founder", "cofounder", "chairman", "chairwoman",
    "chair",     "chairperson", "president", "director", "head",      "owner",    "manager",
    "boss",      "principal", "dean",     "editor",     "publisher"};

// The noun classes (role, group, organization, document, title) of `word`, lower-cased.
__attribute__((noinline)) uint32_t NounClass(const Lexicon& lexicon, std::string_view word) {
  char lower[32];
  if (word.size() > sizeof(lower)) return 0;
  for (size_t i = 0; i < word.size(); ++i) lower[i] = absl::ascii_tolower(word[i]);
  return lexicon.Flags(std::string_view(lower, word.size())) &
         (kRole | kTitle | kOrgNoun | kOrgUnit | kDocument | kCorpSuffix | kGroup | kMembership);
}


}  // namespace

// ComplementHead for a token `t` > 0 that is a lower-case stop word of two to four letters.
int ComplementHeadAfter(const Document& doc, uint32_t t) {
  const TokenVector& toks = doc.tokens;
  const Token& left = toks[t - 1];
  if (!left.IsWord() || left.is(kPronoun)) return -1;
  const Preposition preposition = PrepositionOf(doc.TokenText(t));
  // "Residents not on the list", "members not at the meeting": a reduced relative's "not"
  // before the preposition; a noun for people before it heads the phrase.
  if (preposition != Preposition::kOther && t >= 2 && doc.WordIs(t - 1, "not")) {
    const Token& noun = toks[t - 2];
    const bool people = noun.IsWord() && !noun.is(kStop | kDeterminer) &&
                        (noun.is(kGroup | kRole) || PeopleNoun(doc, t - 2));
    return people ? static_cast<int>(t - 2) : -1;
  }
  if (preposition == Preposition::kOf || preposition == Preposition::kFor ||
      preposition == Preposition::kAt) {
    const bool noun = !left.is(kStop) && !left.is(kCueStart) && !left.is(kPreverb) &&
                      !left.is(kTime) && !left.is(kAdjunct);
    return noun ? static_cast<int>(t - 1) : -1;
  }
  // "officials from the two ministries", "a spokesman from Acme": whom they come from.
  // (Not "polls from Elm State", a document, which its author speaks for.)
  // (The flags first: most words before a preposition are no such noun.)
  // (A noun for a person of one sex is as good as a role here: "a woman from Elm City".)
  const bool person_noun =
      left.is(kRole) || (left.has(kLowerInitial) && (left.is(kFemale) || left.is(kMale)));
  if ((left.is(kGroup) || person_noun) && preposition == Preposition::kFrom) {
    return !left.is(kDeterminer) && !left.is(kDocument) ? static_cast<int>(t - 1) : -1;
  }
  // "Ann Ray from Oakport said", "Tom Lee from the Oakport Nurses Union": where a person
  // named in full comes from (a name of two capitalized words, then a capitalized one or
  // "the" and one; in a headline's Title Case, not "From").
  const uint32_t place = t + 2 < toks.size() && doc.WordIs(t + 1, "the") ? t + 2 : t + 1;
  if (preposition == Preposition::kFrom && left.has(kCapitalized) && t >= 2 &&
      place < toks.size() && toks[t - 2].IsWord() && toks[t - 2].has(kCapitalized) &&
      toks[place].IsWord() && toks[place].has(kCapitalized) &&
      !left.is(kStop | kDeterminer | kCueStart | kPreverb | kTime) && !left.has(kPossessive) &&
      !toks[t - 2].is(kStop | kDeterminer)) {
    return static_cast<int>(t - 1);
  }
  // "an aide to the mayor", "Advisers to Ann Ray": whom they serve (a name or a determiner
  // after "to": not "rivals to sow doubt", "five to 10 years"; the resolver keeps a later
  // "Ray" from finding the description). Capitalized, only a group opening the sentence:
  // "Ambassador to Peru Ann Ray" is a title.
  if ((left.is(kGroup) || left.is(kRole)) && preposition == Preposition::kTo &&
      (left.has(kLowerInitial) ||
       (left.is(kGroup) && doc.sentences[doc.sentence_of[t - 1]].first == t - 1))) {
    const bool served = t + 1 < toks.size() && toks[t + 1].IsWord() &&
                        (toks[t + 1].has(kCapitalized) || toks[t + 1].is(kDeterminer));
    return served && !left.is(kDeterminer) && !left.is(kDocument) ? static_cast<int>(t - 1)
                                                                   : -1;
  }
  // "farmers across the plains", "officials around the world", "teachers throughout
  // Elmland": where a group is spread (a place's name or "the" after; not "around 200").
  // "those around him": the people close to someone.
  if (preposition == Preposition::kAcross) {
    if (t + 2 >= toks.size() || !toks[t + 1].IsWord()) return -1;
    const bool place = toks[t + 1].has(kCapitalized) || doc.WordIs(t + 1, "the");
    const bool close_to = doc.WordIs(t - 1, "those") &&
                          (doc.WordIs(t + 1, "him") || doc.WordIs(t + 1, "her") ||
                           doc.WordIs(t + 1, "them"));
    // ("People from around the world": "from" between, the group before it.)
    if (place && t >= 2 && doc.WordIs(t - 1, "from") && toks[t - 2].is(kGroup) &&
        !toks[t - 2].is(kDeterminer)) {
      return static_cast<int>(t - 2);
    }
    return (place && left.is(kGroup) && !left.is(kDeterminer)) || close_to
               ? static_cast<int>(t - 1)
               : -1;
  }
  if (!(preposition == Preposition::kWith || preposition == Preposition::kTo ||
        preposition == Preposition::kIn || preposition == Preposition::kOn)) {
    return -1;
  }
  // "Residents of a 1960s apartment block in Elm Point", "owners of small shops in Oakport":
  // a place after a noun in the complement of a group's "of" is where the group is; the
  // group heads the phrase. (Only over a determiner, numbers and nouns after "of".)
  if (preposition == Preposition::kIn && t + 1 < toks.size() && t >= 3 &&
      toks[t + 1].has(kCapitalized) && !left.is(kStop)) {
    uint32_t of = t - 1;
    while (of > 1 && of + 6 > t && toks[of].IsWord() && !doc.WordIs(of, "of") &&
           (toks[of].is(kDeterminer) || toks[of].has(kHasDigit) ||
            (!toks[of].is(kStop) && !toks[of].is(kPreverb) && !toks[of].is(kCueStart) &&
             !EndsWith(doc.TokenText(of), "ed")))) {
      --of;
    }
    if (of + 1 < t && doc.WordIs(of, "of") && toks[of - 1].IsWord() &&
        !toks[of - 1].is(kStop) && (toks[of - 1].is(kGroup) || PeopleNoun(doc, of - 1))) {
      return static_cast<int>(of - 1);
    }
  }
  // "Shop owners on the High Street", "aides on Capitol Hill": where a group is, on a
  // capitalized place or body (not a day's name: "Democrats on Tuesday said").
  // (The capitalized words are the whole object: not "people on U.S. watch lists".)
  if (preposition == Preposition::kOn && (left.is(kGroup) || PeopleNoun(doc, t - 1)) &&
      !left.is(kDeterminer) && !left.is(kDocument) && t + 2 < toks.size()) {
    const uint32_t place = doc.WordIs(t + 1, "the") ? t + 2 : t + 1;
    uint32_t end = place;
    while (end < toks.size() && end < place + 5 && toks[end].IsWord() &&
           toks[end].has(kCapitalized)) {
      ++end;
    }
    if (end > place && !toks[place].is(kTime) && !toks[place].is(kStop) &&
        (end >= toks.size() || !toks[end].IsWord() || toks[end].is(kStop) ||
         toks[end].is(kCueStart) || toks[end].is(kPreverb))) {
      return static_cast<int>(t - 1);
    }
  }
  // "a person with knowledge of the talks", "officials with the ministry": what people
  // know, or whom they work for.
  if (preposition == Preposition::kWith && !left.is(kDeterminer) &&
      ((left.is(kRole) && left.has(kLowerInitial)) || left.is(kGroup))) {
    return static_cast<int>(t - 1);
  }
  // "officials in Ohio", "Democrats in Congress": where a group of people is. Also "voters
  // in 10 states", "officials in the two cities": a number of places (a number and a plural,
  // not a year: "voters in 2016 said").
  if (preposition == Preposition::kIn && left.is(kGroup) && !left.is(kDeterminer) &&
      t + 1 < toks.size()) {
    if (toks[t + 1].has(kCapitalized)) return static_cast<int>(t - 1);
    // "critics in the Elm Valley", "Democrats in the Senate"; "voters in the race",
    // "donors in both parties", "officials in each city" (not a time, "in the meantime",
    // nor where a document appeared, "reports in the local press").
    if (t + 2 < toks.size() &&
        ((doc.WordIs(t + 1, "the") && toks[t + 2].IsWord() &&
          (toks[t + 2].has(kCapitalized) ||
           (!left.is(kDocument) && !toks[t + 2].is(kTime) && !toks[t + 2].is(kStop) &&
            !toks[t + 2].is(kAdjunct)))) ||
         doc.WordIs(t + 1, "both") || doc.WordIs(t + 1, "all") || doc.WordIs(t + 1, "each"))) {
      return static_cast<int>(t - 1);
    }
    // (Not a share: "seven in 10 riders".)
    const uint32_t number = t + 2 < toks.size() && doc.WordIs(t + 1, "the") ? t + 2 : t + 1;
    if (number + 1 < toks.size() && IsNumber(doc, number) && !IsNumber(doc, t - 1) &&
        !(toks[number].has(kHasDigit) && toks[number].end - toks[number].begin == 4) &&
        toks[number + 1].IsWord() && toks[number + 1].has(kLowerInitial) &&
        !toks[number + 1].is(kStop) && !toks[number + 1].is(kTime) &&
        !toks[number + 1].is(kDocument) && doc.TokenText(number + 1).size() > 3 &&
        doc.TokenText(number + 1).back() == 's' && !doc.WordIs(number + 1, "weeks") &&
        !doc.WordIs(number + 1, "months") && !doc.WordIs(number + 1, "years") &&
        !doc.WordIs(number + 1, "days") && !doc.WordIs(number + 1, "hours") &&
        !doc.WordIs(number + 1, "decades")) {
      return static_cast<int>(t - 1);
    }
  }
  // "An official in the region", "a senior aid official in Brussels", "one source in the
  // ministry": an anonymous source, a role opened by "a", "one" or "another" (maybe after two
  // modifiers), and where they are. (Not "the mayor in Ohio": a known person is named, not
  // placed.) Before a place's name, a modifier may be a nationality or party, "a European
  // diplomat in Geneva"; not before "the": "a Democratic aide in the room" is where the aide
  // sat, not whom the aide works for.
  // (So is "on": "One reviewer on the app store", "a moderator on the forum", where a
  // person posts; a trade's noun by its ending there too.)
  const bool posts_on = preposition == Preposition::kOn && !left.is(kDeterminer) &&
                        (person_noun || TradeNounEnding(doc.TokenText(t - 1)));
  if (((preposition == Preposition::kIn && person_noun) || posts_on) &&
      left.has(kLowerInitial) && t >= 2 && t + 2 < toks.size() &&
      (toks[t + 1].has(kCapitalized) ||
       (doc.WordIs(t + 1, "the") && toks[t + 2].IsWord() && !toks[t + 2].is(kTime) &&
        !toks[t + 2].is(kStop) && !toks[t + 2].is(kAdjunct)))) {
    const bool place_name = toks[t + 1].has(kCapitalized);
    uint32_t opener = t - 2;
    while (opener > 0 && opener + 4 > t && toks[opener].IsWord() &&
           (toks[opener].has(kLowerInitial) || place_name) && !toks[opener].is(kStop) &&
           !toks[opener].is(kDeterminer)) {
      --opener;
    }
    if (doc.WordIs(opener, "a") || doc.WordIs(opener, "an") || doc.WordIs(opener, "one") ||
        doc.WordIs(opener, "another")) {
      return static_cast<int>(t - 1);
    }
  }
  if (t < 2 || !toks[t - 2].IsWord() || toks[t - 2].is(kStop)) return -1;
  static constexpr Word kSourceAdjectives[] = {
      "familiar", "close",  "briefed", "involved",     "knowledgeable",
      "loyal",    "allied", "opposed", "sympathetic", "working",  "participating"};
  for (const Word adjective : kSourceAdjectives) {
    if (doc.WordIs(t - 1, adjective)) return static_cast<int>(t - 2);
  }
  return -1;
}

bool PluralNoun(const Document& doc, uint32_t t) {
  const Token& tok = doc.tokens[t];
  if (tok.is(kStop) || tok.is(kCueStart) || tok.is(kPreverb) || tok.is(kAdjunct) ||
      tok.is(kTime) || tok.is(kPronoun) || tok.is(kDeterminer) || tok.has(kHasDigit)) {
    return false;
  }
  const std::string_view w = doc.TokenText(t);
  // Not "boss", "bonus", "crisis", "various": -ss, -us, -is, -ous are no plurals.
  if (w.size() <= 3 || w.back() != 's') return false;
  const char before = w[w.size() - 2];
  return before != 's' && before != 'u' && before != 'i';
}

bool PeopleNoun(const Document& doc, uint32_t t) {
  if (!PluralNoun(doc, t)) return false;
  const std::string_view w = doc.TokenText(t);
  return EndsWith(w, "ers") || EndsWith(w, "ents") || EndsWith(w, "ists") ||
         EndsWith(w, "ans") || EndsWith(w, "ors");
}

uint32_t AgentByAfterParticiple(const Document& doc, uint32_t participle, uint32_t end) {
  const auto& toks = doc.tokens;
  uint32_t agent = participle + 1;
  if (agent >= end || !toks[participle].IsWord() || !toks[participle].has(kLowerInitial) ||
      !doc.TokenText(participle).ends_with("ed")) {
    return participle;
  }
  if (doc.WordIs(agent, "at") || doc.WordIs(agent, "on") || doc.WordIs(agent, "in") ||
      toks[agent].is(kTime)) {
    uint32_t k = agent + 1;
    while (k < end && k < agent + 5 && toks[k].IsWord() && !doc.WordIs(k, "by")) ++k;
    if (k < end && doc.WordIs(k, "by")) agent = k;
  }
  return doc.WordIs(agent, "by") ? agent : participle;
}

bool CommaInBodyNameList(const Document& doc, uint32_t comma, uint32_t end) {
  const auto& toks = doc.tokens;
  if (comma < 3 || comma + 3 >= end || !toks[comma + 1].IsWord() ||
      !toks[comma + 1].has(kCapitalized) || !toks[comma - 1].IsWord() ||
      !toks[comma - 1].has(kCapitalized) || toks[comma - 1].is(kStop)) {
    return false;
  }
  // On the right, capitalized words up to "and" and the list's last item; no given name
  // ("In the Department of Health, Ann Ray and Tom Lee said" lists people).
  uint32_t r = comma + 1;
  while (r < end && toks[r].IsWord() && toks[r].has(kCapitalized) && !toks[r].is(kStop) &&
         !(toks[r].word_flags & (kFemale | kMale))) {
    ++r;
  }
  if (!(r + 1 < end && doc.WordIs(r, "and") && toks[r + 1].has(kCapitalized))) return false;
  // On the left, "of" or "for" after a body's capitalized noun ("Department of", "Commission
  // for"), at most three words before the comma; the body not after a preposition that
  // opens the sentence, whose comma that is ("In the Department of Health, Lee and Ray").
  for (uint32_t t = comma - 1; t + 4 > comma && t > 1; --t) {
    if ((doc.WordIs(t, "of") || doc.WordIs(t, "for")) && toks[t - 1].has(kCapitalized) &&
        (toks[t - 1].is(kOrgNoun) || toks[t - 1].is(kOrgUnit))) {
      uint32_t before = t - 1;
      if (before > 0 && doc.WordIs(before - 1, "the")) --before;
      const uint32_t opener = doc.sentences[doc.sentence_of[t]].first;
      return !(before == opener + 1 && toks[opener].is(kStop) && toks[opener].has(kCapitalized));
    }
    if (!toks[t].IsWord() || !toks[t].has(kCapitalized)) return false;
  }
  return false;
}

bool AuthorshipParticiple(const Document& doc, uint32_t t) {
  static constexpr WordSet kAuthorship = {"published", "authored", "co-authored", "prepared",
                                          "produced",  "compiled", "conducted",   "issued",
                                          "released",  "commissioned", "drafted", "led"};
  return kAuthorship.Has(doc.word_ids[t]);
}

bool IsNumber(const Document& doc, uint32_t t) {
  const Token& tok = doc.tokens[t];
  if (!tok.IsWord()) return false;
  if (tok.has(kHasDigit)) return true;
  // "two" to "ten" are group words, "one" a determiner (data/lexicon/words.tsv).
  if (!tok.is(kGroup) && !tok.is(kDeterminer)) return false;
  static constexpr WordSet kNumbers = {"one", "two",   "three", "four", "five",
                                       "six", "seven", "eight", "nine", "ten"};
  return kNumbers.Has(doc.word_ids[t]);
}

bool NumberedBody(const Document& doc, uint32_t t) {
  static constexpr WordSet kNumberedBodies = {"local", "lodge", "post", "chapter", "branch"};
  return doc.tokens[t].IsWord() && doc.tokens[t].has(kCapitalized) &&
         kNumberedBodies.Has(doc.word_ids[t]);
}

uint32_t AgeBoundStart(const Document& doc, uint32_t first, uint32_t end) {
  if (end < first + 3 || !doc.tokens[end - 1].has(kHasDigit) || !IsNumber(doc, end - 1)) {
    return end;
  }
  uint32_t bound = end - 2;
  if (bound > first + 1 && doc.WordIs(bound, "than") &&
      (doc.WordIs(bound - 1, "older") || doc.WordIs(bound - 1, "younger"))) {
    --bound;
  }
  const Token& group = doc.tokens[bound - 1];
  if (!doc.tokens[bound].has(kLowerInitial) ||
      !(doc.WordIs(bound, "over") || doc.WordIs(bound, "under") || doc.WordIs(bound, "aged") ||
        doc.WordIs(bound, "older") || doc.WordIs(bound, "younger")) ||
      !group.IsWord() ||
      !(doc.WordIs(bound - 1, "those") || group.is(kGroup) || PeopleNoun(doc, bound - 1))) {
    return end;
  }
  return bound;
}

uint32_t DatelineEnd(const Document& doc, const Lexicon& lexicon, uint32_t t, uint32_t end) {
  const TokenVector& toks = doc.tokens;
  uint32_t x = t;
  bool all_upper = true, after_comma = false, dated = false;
  while (x < end && x < t + 7 && toks[x].IsWord() && !toks[x].has(kLowerInitial)) {
    const std::string_view w = doc.TokenText(x);
    bool upper = w.size() >= 2;
    for (char ch : w) upper = upper && !(ch >= 'a' && ch <= 'z');
    // "Ore.", "N.H.": a state's abbreviation after the city's comma.
    const bool dot = x + 1 < end && toks[x + 1].IsPunct('.');
    const bool state = after_comma && all_upper && w.size() >= 2 && (w.back() == '.' || dot);
    // "BEIJING, March 8 --", "BRUSSELS, Jan 14 -": the date after the place's comma.
    const bool month = after_comma && IsMonth(w);
    const bool date = after_comma && (toks[x].is(kTime) || toks[x].has(kHasDigit) || month);
    // "MANILA, Philippines -", "DURBAN, South Africa -": a country or state in Title Case
    // after the city's comma (a place of places.tsv, of one or two words, or any one or two
    // capitalized words right before the dash: "ELM LAKE, Nanqiao -", a province).
    uint32_t country = 0;
    if (after_comma && all_upper && !upper && !state && !date) {
      const bool two = x + 1 < end && toks[x + 1].IsWord() && toks[x + 1].has(kCapitalized);
      if (lexicon.IsPlace(w) || (x + 1 < end && toks[x + 1].IsPunct('-'))) {
        country = 1;
      } else if (two && (lexicon.IsPlace(std::string_view(doc.text).substr(
                             toks[x].begin, toks[x + 1].end - toks[x].begin)) ||
                         (x + 2 < end && toks[x + 2].IsPunct('-')))) {
        country = 2;
      }
    }
    if (!upper && !state && !date && country == 0) all_upper = false;
    dated = dated || date;
    if (country == 2) ++x;
    ++x;
    if ((state || month) && dot) ++x;  // ("Ore.", "Jan.")
    if (x < end && toks[x].IsPunct(',')) {
      ++x;
      after_comma = true;
    }
  }
  if (x == t) return t;
  const bool agency = x < end && toks[x].IsPunct('(');
  if (!all_upper && !agency) return t;
  if (agency) {
    while (x < end && x < t + 12 && !toks[x].IsPunct(')')) ++x;
    if (x < end) ++x;
    if (dated && x < end && toks[x].IsWord() && toks[x].has(kCapitalized)) return x;
  }
  // ("KUALA LUMPUR: ...": a colon after a place in capitals, Asian papers' style.)
  return x < end && (toks[x].IsPunct('-') || (toks[x].IsPunct(':') && all_upper && !agency))
             ? x + 1
             : t;
}

uint32_t ProportionStart(const Document& doc, uint32_t last, uint32_t start) {
  if (last < start + 3 || !IsNumber(doc, last - 1)) return last;
  if (doc.WordIs(last - 2, "in") && IsNumber(doc, last - 3)) return last - 3;
  if (last >= start + 4 && doc.WordIs(last - 2, "of") && doc.WordIs(last - 3, "out") &&
      IsNumber(doc, last - 4)) {
    return last - 4;
  }
  return last;
}

struct SpeakerResolver::Scratch {
  std::vector<SpeakerProfile> speakers;
  std::vector<State> states;
  std::vector<uint8_t> initial_groups;
  std::vector<uint8_t> in_no_full_name;
  absl::flat_hash_map<std::string, FullNames> full_names;
  std::bitset<kInitialGroups> full_names_indexed;
  absl::flat_hash_map<absl::string_view, std::array<uint32_t, 2>> org_openers;
  std::vector<int> recent;
  absl::flat_hash_map<absl::string_view, int> by_name;
  // by_name's keys, copied one after another into blocks that never move, reused for the
  // next article: the block being filled, and how many of its bytes are taken.
  std::vector<std::vector<char>> name_blocks;
  size_t name_block = 0;
  size_t name_block_used = 0;
  std::string key;
  bool in_use = false;
};

absl::string_view SpeakerResolver::KeepName(absl::string_view lower_name) {
  constexpr size_t kBlockBytes = 4096;
  std::vector<std::vector<char>>& blocks = scratch_.name_blocks;
  size_t& current = scratch_.name_block;
  size_t& used = scratch_.name_block_used;
  while (current < blocks.size() && blocks[current].size() - used < lower_name.size()) {
    ++current;  // (a block too full for the name is left as it is)
    used = 0;
  }
  if (current == blocks.size()) blocks.emplace_back(std::max(kBlockBytes, lower_name.size()));
  char* const copy = blocks[current].data() + used;
  std::memcpy(copy, lower_name.data(), lower_name.size());
  used += lower_name.size();
  return absl::string_view(copy, lower_name.size());
}

SpeakerResolver::Scratch& SpeakerResolver::AcquireScratch() {
  thread_local Scratch scratch;
  if (scratch.in_use) {
    owned_scratch_ = std::make_unique<Scratch>();
    return *owned_scratch_;
  }
  scratch.in_use = true;
  return scratch;
}

SpeakerResolver::SpeakerResolver(const Document& doc, const Lexicon& lexicon)
    : doc_(doc),
      lexicon_(lexicon),
      scratch_(AcquireScratch()),
      speakers_(scratch_.speakers),
      states_(scratch_.states),
      initial_groups_(scratch_.initial_groups),
      in_no_full_name_(scratch_.in_no_full_name),
      full_names_(scratch_.full_names),
      full_names_indexed_(scratch_.full_names_indexed),
      org_openers_(scratch_.org_openers),
      recent_(scratch_.recent),
      by_name_(scratch_.by_name),
      key_(scratch_.key) {
  // Room for the speakers of most articles, so that the profiles are not moved as they come.
  speakers_.reserve(16);
  states_.reserve(16);
  recent_.reserve(16);
  by_name_.reserve(16);
}

std::vector<SpeakerProfile> SpeakerResolver::TakeSpeakers(std::span<const int> index_of) {
  const size_t count = std::min(speakers_.size(), index_of.size());
  size_t kept = 0;
  for (size_t i = 0; i < count; ++i) kept += index_of[i] >= 0 ? 1 : 0;
  std::vector<SpeakerProfile> result;
  result.reserve(kept);
  for (size_t i = 0; i < count; ++i) {
    if (index_of[i] < 0) continue;
    SpeakerProfile& speaker = result.emplace_back(std::move(speakers_[i]));
    speaker.description = states_[i].described && !states_[i].named;
    // "Harbor said ...": a named organization speaks for itself, so that its statements
    // count for it wherever statements are grouped by organization.
    if (speaker.kind == SpeakerKind::kOrganization && !speaker.description &&
        speaker.organizations.empty()) {
      speaker.organizations.push_back(speaker.name);
    }
  }
  return result;
}

std::vector<SpeakerProfile> SpeakerResolver::TakeSpeakers() {
  return TakeSpeakers(std::vector<int>(speakers_.size(), 0));
}

// (Not inlined: Resolve calls it once per mention, and its size would change what else
// Resolve inlines.)
__attribute__((noinline)) uint32_t SpeakerResolver::VerbInMention(uint32_t first,
                                                                  uint32_t last) const {
  const auto& toks = doc_.tokens;
  // "The board backed Lee's call for ...": a named owner at the end is the speaker.
  if (toks[last - 1].has(kPossessive) && toks[last - 1].has(kCapitalized)) return last;
  constexpr uint32_t kSingularNoun =
      kRole | kTitle | kOrgNoun | kOrgUnit | kDocument | kCorpSuffix;
  constexpr uint32_t kNoun = kSingularNoun | kGroup | kMembership;
  // The classes a verb may have besides being the first word of a cue ("praised", "urges")
  // or a control verb ("sent", "asked").
  constexpr uint32_t kNotVerb =
      ~static_cast<uint32_t>(kCueStart | kTopicCueStart | kNounCueStart | kControl | kCausing);
  constexpr uint32_t kNounNotTitle = kNoun & ~static_cast<uint32_t>(kTitle);
  auto noun_class = [this](std::string_view word) { return NounClass(lexicon_, word); };
  for (uint32_t k = first + 1; k < last; ++k) {
    const Token& t = toks[k];
    const Token& prev = toks[k - 1];
    // Most mention words are names or nouns after a name or a determiner: turned away by one
    // test of their flags (bitwise, without a branch each), so that a mention costs about a
    // predictable branch per word.
    const bool words = (t.type == TokenType::kWord) & (prev.type == TokenType::kWord) &
                       !((prev.flags | t.flags) & kPossessive) & !(t.flags & kHasDigit);
    const bool auxiliary = ((t.flags & kCapitalized) != 0) & ((t.word_flags & kPreverb) != 0) &
                           ((prev.word_flags & (kDeterminer | kNoun)) != 0);
    const bool after_noun =
        ((t.flags & kLowerInitial) != 0) & ((prev.word_flags & (kDeterminer | kStop)) == 0) &
        (((prev.flags & kCapitalized) != 0) | ((prev.word_flags & kNounNotTitle) != 0)) &
        (((t.word_flags & kPreverb) != 0) | ((t.word_flags & kNotVerb) == 0));
    if (!(words & (auxiliary | after_noun))) continue;
    if (t.has(kCapitalized)) {
      // Title Case: only auxiliaries that are no one's name ("Tom Will", "Ida May"), and
      // only after a determiner or a noun, never after a first name.
      if (!t.is(kPreverb) || !(prev.is(kDeterminer) || prev.is(kNoun))) continue;
      if (prev.is(kFemale) || prev.is(kMale)) continue;
      // "Chairman Will Moss": after a title, "Will" is a first name.
      const std::string_view word = doc_.TokenText(k);
      if (LowerIsOneOf(word, {"will"}) && (prev.is(kTitle) || prev.is(kRole))) continue;
      if (LowerIsOneOf(word, {"is", "isn't", "isn’t", "are", "aren't", "aren’t", "was",
                              "wasn't", "wasn’t", "has", "hasn't", "hasn’t", "will", "won't",
                              "won’t", "would", "does", "doesn't", "doesn’t"})) {
        return k;
      }
      continue;
    }
    // After a name or a noun for a speaker; not after a determiner ("the rest", "the
    // appeals") nor a title that is an adjective ("former pilots").
    if (prev.is(kDeterminer) || prev.is(kStop)) continue;
    if (!prev.has(kCapitalized) && !prev.is(kNounNotTitle)) continue;
    if (t.is(kPreverb)) return k;  // "the board also", "Ray has"
    if (t.word_flags & kNotVerb) continue;
    const std::string_view w = doc_.TokenText(k);
    if (kIrregularPast.Has(doc_.word_ids[k])) return k;
    if (w.size() >= 5 && EndsWith(w, "ed")) {
      // "a poll released Monday", "a report prepared by": a participle after a document.
      const std::string_view next = k + 1 < last ? doc_.TokenText(k + 1) : std::string_view();
      if (prev.is(kDocument) || LowerIsOneOf(next, {"by"})) continue;
      // "people briefed on the talks", "officials involved in ...": a description.
      if (k + 1 < last && !LowerIsOneOf(next, {"for", "of", "at"}) &&
          ComplementHead(doc_, k + 1) >= 0) {
        continue;
      }
      // "56 percent of voters polled": those asked.
      if (LowerIsOneOf(w, {"polled", "surveyed", "interviewed", "questioned"})) continue;
      // "Harbor elected officials", "Acme retired pilots": an adjective before its noun.
      if (k + 1 < last && toks[k + 1].IsWord() && toks[k + 1].has(kLowerInitial)) {
        if (toks[k + 1].is(kNoun) ||
            (next.size() > 3 && next.back() == 's' &&
             noun_class(next.substr(0, next.size() - 1)))) {
          continue;
        }
      }
      return k;
    }
    // "the nominee quarrels": after a singular noun for a speaker, never a plural of one
    // ("the committee chairs", "the union workers").
    if (w.size() >= 4 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' &&
        w[w.size() - 2] != 'i' && prev.has(kLowerInitial) && prev.is(kSingularNoun) &&
        !prev.is(kGroup) && prev.word_flags != kTitle && !noun_class(w.substr(0, w.size() - 1)) &&
        // An object or a complement follows ("includes a", "targets Lee", "quarrels with"),
        // not a noun ("the board operations director"); at the mention's end, only after a
        // noun for a person ("the nominee quarrels"): after another it is as often a
        // compound's noun ("the board rooms").
        (k + 1 < last ? toks[k + 1].IsWord() && (toks[k + 1].has(kCapitalized) ||
                                                 toks[k + 1].is(kStop) ||
                                                 toks[k + 1].is(kDeterminer))
                      : prev.is(kRole))) {
      return k;
    }
  }
  return last;
}

uint32_t SpeakerResolver::TitleComplementEnd(uint32_t after, uint32_t last) const {
  const auto& toks = doc_.tokens;
  // ("Secretary of State", "Minister for Trade", "Envoy to the Elm Republic".)
  if (after + 2 > last ||
      !(doc_.WordIs(after, "of") || doc_.WordIs(after, "for") || doc_.WordIs(after, "to"))) {
    return after;
  }
  const uint32_t complement = doc_.WordIs(after + 1, "the") ? after + 2 : after + 1;
  if (complement >= last || !toks[complement].has(kCapitalized)) return after;
  // The name is the run's last two words, or three with a middle initial ("Tom H. Lee"), or
  // with a family name first that the article gives a title elsewhere ("Minister for
  // Manpower Ong Li Ting ... Ms Ong said").
  const std::string_view middle = last >= 3 ? doc_.TokenText(last - 2) : std::string_view();
  const bool initial = middle.size() == 2 && middle[1] == '.';
  uint32_t name = last >= 3 && initial ? last - 3 : last - 2;
  if (!initial && name >= after + 3 && TitledElsewhere(name - 1)) --name;
  return std::max(after + 2, name);
}

bool SpeakerResolver::TitledElsewhere(uint32_t t) const {
  // (A few scans per article: a text that repeats such titles must stay linear.)
  if (titled_lookups_left_ == 0) return false;
  --titled_lookups_left_;
  const std::string_view word = StripPossessive(doc_.TokenText(t));
  for (const uint32_t u : doc_.capitalized) {
    const Token& before = doc_.tokens[u - (u > 0 ? 1 : 0)];
    if (u != t && u > 0 && before.is(kTitle) && before.has(kCapitalized) &&
        !before.is(kDeterminer) && StripPossessive(doc_.TokenText(u)) == word) {
      return true;
    }
  }
  return false;
}

bool SpeakerResolver::GroupPossessiveInName(uint32_t t, uint32_t last) const {
  // The name goes on to a word for a body ("Bank", "Congress", "Party"): not "Democrats' Ann
  // Ray", a person after the group's possessive.
  bool body = false;
  for (uint32_t k = t + 1; k < last && !body; ++k) {
    body = doc_.tokens[k].is(kOrgNoun) || doc_.tokens[k].is(kOrgUnit) ||
           doc_.tokens[k].is(kCorpSuffix);
  }
  if (!body) return false;
  // ("The Alzheimer's Research Alliance": after "the", a capitalized possessive opens the
  // body's name; "the" does not stand before a person's possessive there.)
  if (t > 0 && doc_.tokens[t].has(kCapitalized) && doc_.WordIs(t - 1, "the")) return true;
  const uint32_t flags = lexicon_.FlagsOfWordIn(doc_.text, StripPossessive(doc_.TokenText(t)));
  // ("the Elm County Sheriff's Office", "the Information Commissioner's Office": a role's
  // possessive right before the body's word names the office a role holder runs.)
  if ((flags & (kRole | kTitle)) && t + 1 < last &&
      (doc_.tokens[t + 1].is(kOrgNoun) || doc_.tokens[t + 1].is(kOrgUnit)) &&
      doc_.tokens[t + 1].has(kCapitalized)) {
    return true;
  }
  // ("the Elm Longshoremen's Union": a plural in "-men" is a group's word; not "Bremen's".)
  const std::string_view stem = StripPossessive(doc_.TokenText(t));
  return (flags & kGroup) != 0 || (stem.size() > 6 && stem.ends_with("men"));
}

bool SpeakerResolver::CapitalizedElsewhere(uint32_t t) const {
  const std::string_view word = StripPossessive(doc_.TokenText(t));
  // Whether token u is the word capitalized other than first in a sentence. (The text
  // layer lists the capitalized words.)
  auto proper_use = [&](uint32_t u) {
    return StripPossessive(doc_.TokenText(u)) == word && HasProperWord(u, u + 1);
  };
  // An article of usual length is scanned at each call. A long one has each word's uses
  // counted once: it asks again and again, and a scan per call would be quadratic.
  constexpr size_t kScanLimit = 1024;
  if (doc_.capitalized.size() < kScanLimit) {
    for (uint32_t u : doc_.capitalized) {
      if (u != t && proper_use(u)) return true;
    }
    return false;
  }
  auto [it, inserted] = proper_uses_.try_emplace(word);
  ProperUses& uses = it->second;
  if (inserted) {
    for (uint32_t u : doc_.capitalized) {
      if (proper_use(u) && uses.count++ == 0) uses.first = u;
    }
  }
  return uses.count > 1 || (uses.count == 1 && uses.first != t);
}


bool SpeakerResolver::CompanyHeadModifier(uint32_t first, uint32_t role, uint32_t last) const {
  const auto& toks = doc_.tokens;
  if (role + 1 >= last) return false;
  static constexpr WordSet kHeadTitles = {"ceo",      "cfo",        "coo",       "cto",
                                          "cio",      "cmo",        "founder",   "co-founder",
                                          "chairman", "chairwoman", "president", "owner"};
  uint32_t end = role;  // the modifier's end
  bool head = kHeadTitles.Has(doc_.word_ids[role]);
  // "Chief Executive (Officer)", "Chief Operating Officer": "chief" and an officer's word
  // before the name.
  for (uint32_t t = role + 1; t + 1 < last && t <= role + 3 && !head; ++t) {
    head = doc_.WordIs(role, "chief") &&
           (doc_.WordIs(t, "executive") || doc_.WordIs(t, "officer"));
  }
  // ("Managing Director": "managing" is no role of its own and stands in the modifier.)
  if (!head && doc_.WordIs(role, "director") && role > first + 1 &&
      doc_.WordIs(role - 1, "managing")) {
    head = true;
    end = role - 1;
  }
  if (!head || end <= first) return false;
  // Words that modify a title, not a company: a time or a rank, a part of a business.
  static constexpr WordSet kNoCompany = {
      "interim", "acting",   "outgoing", "incoming", "new",      "then",   "current",
      "founding", "longtime", "veteran",  "joint",    "group",    "global", "regional",
      "company", "corporate", "retiring", "departing", "embattled", "top",   "senior",
      "ex",      "future",   "first",    "female",   "male",     "young",  "billionaire"};
  for (uint32_t t = first; t < end; ++t) {
    const Token& w = toks[t];
    // (An industry's word alone is no company; it ends one: "Elm Power Managing Director".)
    if (!w.IsWord() || !w.has(kCapitalized) || w.has(kPossessive) || w.is(kTitle) ||
        w.is(kRole) || (w.is(kIndustry) && t == first) || w.is(kDeterminer) || w.is(kGroup) ||
        kNoCompany.Has(doc_.word_ids[t])) {
      return false;
    }
  }
  const std::string_view last_word = doc_.TokenText(end - 1);
  if (AdjectiveOrNationality(last_word) || IsMonth(last_word)) return false;
  // ("Mexican President", "Kenyan President", "Israeli President": a people's word made from
  // a place's name: "Mexic-o", "Kenya-n", "Israel-i", "Pakistan-i", "Thai-land".)
  for (const auto& [ending, added] : std::initializer_list<std::pair<std::string_view,
                                                                     std::string_view>>{
           {"an", "o"}, {"an", "a"}, {"n", ""}, {"i", ""}, {"", "land"}, {"", "istan"}}) {
    if (last_word.size() < ending.size() + 3 || !last_word.ends_with(ending)) continue;
    std::string place(last_word.substr(0, last_word.size() - ending.size()));
    place += added;
    if (lexicon_.IsPlace(place)) return false;
  }
  std::string buffer;
  return !lexicon_.IsPlace(TextView(first, end, &buffer));
}

std::string SpeakerResolver::BodyReferredTo(uint32_t head, uint32_t position) const {
  const auto& toks = doc_.tokens;
  std::string noun;
  AsciiLowerInto(StripPossessive(doc_.TokenText(head)), &noun);
  const uint16_t id = NounIdOf(doc_, head);  // ("the union's president": "union")
  // "the company", "the firm" or a trade's noun ("the carmaker") also refers to a name with
  // a corporate suffix ("Harbor Holdings Inc.", "Acme Corp.") or ending in a word of an
  // industry ("Northwind Foods", "Elm Motors"); not "Group", which as often ends a research
  // or advocacy group's name ("the group" refers to those by the noun itself).
  static constexpr WordSet kBusinessNouns = {"company", "firm", "corporation", "conglomerate"};
  // A trade's noun finds such a name only in its own sentence ("Shares of Elm Motors fell
  // after the carmaker said"): further back, the last one is as often an analyst's firm.
  const bool trade = kTradeNouns.Has(id);
  const bool business = trade || kBusinessNouns.Has(id);
  // Whether capitalized token t ends such a name.
  auto ends_name = [&](uint32_t t) {
    // ("Elm Appliance's plants": the possessive's word looked up bare.)
    const uint32_t flags =
        toks[t].has(kPossessive)
            ? lexicon_.FlagsOfWordIn(doc_.text, StripPossessive(doc_.TokenText(t)))
            : toks[t].word_flags;
    // (The suffix ends the name: "Westmark AG Ann Ray" is an attorney general.)
    // ("Crestmoor Retail Group": an industry's word before a corporate suffix ends it too.)
    // (So does a word of the trade's own names: "Kestrel Air" for "the airline".)
    const bool suffix = business &&
                        ((flags & (kCorpSuffix | kIndustry)) != 0 || CapitalsCorpSuffix(t) ||
                         (trade && NameOfTrade(doc_, noun, t))) &&
                        !doc_.WordIs(t, "group") &&
                        !(t + 1 < toks.size() && toks[t + 1].IsWord() &&
                          toks[t + 1].has(kCapitalized) &&
                          !((flags & kIndustry) &&
                            (toks[t + 1].is(kCorpSuffix) || CapitalsCorpSuffix(t + 1))));
    // ("the force": a name ending in "Police" or "Constabulary" too.)
    const bool police = noun == "force" && (doc_.WordIsText(t, "police") ||
                                            doc_.WordIsText(t, "constabulary"));
    // ("the co-op": a name ending in "Co-operative" or "Cooperative"; "the union": in
    // "Guild", as trade unions of writers and actors are named.)
    const bool coop = (noun == "co-op" && (doc_.WordIsText(t, "co-operative") ||
                                           doc_.WordIsText(t, "cooperative"))) ||
                      (noun == "union" && doc_.WordIsText(t, "guild"));
    // ("the Elm Teachers' Union": a group's possessive inside the name.)
    return t > 0 && (doc_.WordIsText(t, noun) || suffix || police || coop) &&
           toks[t - 1].IsWord() &&
           toks[t - 1].has(kCapitalized) && !toks[t - 1].is(kDeterminer) &&
           (!toks[t - 1].has(kPossessive) || GroupPossessiveInName(t - 1, t + 1));
  };
  // Whether capitalized token t is the noun opening such a name: "the Ministry of Health",
  // "the Diocese of Elm".
  auto opens_name = [&](uint32_t t) {
    return doc_.WordIsText(t, noun) && !toks[t].has(kPossessive) && t + 2 < toks.size() &&
           doc_.WordIs(t + 1, "of") && toks[t + 2].IsWord() && toks[t + 2].has(kCapitalized) &&
           !toks[t + 2].is(kDeterminer);
  };
  // Mentions come in text order, so each search reads back only to where the last one for
  // the noun started, and beyond that takes its answer: an article that says "the company"
  // in every sentence is read once, not once per mention.
  BodySearch& last_search = body_searches_[noun];
  const bool resumes = last_search.position <= position;
  const std::vector<uint32_t>& capitalized = doc_.capitalized;
  const auto floor = resumes ? std::lower_bound(capitalized.begin(), capitalized.end(),
                                                last_search.position)
                             : capitalized.begin();
  // ("Kevin Strand, an analyst at Pellham Capital", "Analysts at Birch Securities wrote": a
  // firm where a person quoted works, after a role and "at" or "with", is no body the
  // article reports on; nor one where commentators work, after their plural. Not "Workers
  // at Oakport Power", its staff.)
  // (A commentator's role, not any: "A former executive at Castellan Bank was charged ...
  // The bank said" is the bank the article reports on.)
  static constexpr WordSet kCommentators = {
      "analysts",   "economists", "experts",   "researchers", "strategists", "analyst",
      "economist",  "expert",     "researcher", "strategist", "professor",   "fellow",
      "scholar",    "lecturer",   "consultant", "pollster",   "adviser",     "advisor",
      "partner",    "director",   "scientist"};
  auto employer_of_role = [&](uint32_t t) {
    uint32_t first = t;
    while (first > 0 && first + 6 > t && toks[first - 1].IsWord() &&
           toks[first - 1].has(kCapitalized) && !toks[first - 1].is(kDeterminer)) {
      --first;
    }
    if (first < 2 || !toks[first - 1].has(kLowerInitial) ||
        !(doc_.WordIs(first - 1, "at") || doc_.WordIs(first - 1, "with") ||
          doc_.WordIs(first - 1, "for"))) {
      return false;
    }
    if (kCommentators.Has(doc_.word_ids[first - 2])) return true;
    // ("Omar Haddad, who covers the sector for Kellan Securities": an analyst's work.)
    static constexpr WordSet kCoverageVerbs = {"covers", "covered", "follows", "followed",
                                               "tracks", "tracked"};
    for (uint32_t v = first - 2; v > 0 && v + 5 > first; --v) {
      if (kCoverageVerbs.Has(doc_.word_ids[v])) return doc_.WordIs(v - 1, "who");
    }
    return false;
  };
  uint32_t found = resumes ? last_search.found : kNoToken;
  for (auto it = std::lower_bound(capitalized.begin(), capitalized.end(), position);
       it != floor;) {
    const uint32_t t = *--it;
    if ((ends_name(t) || opens_name(t)) && !employer_of_role(t) &&
        !(doc_.sentence_of[t] != doc_.sentence_of[position] && InTitleCaseLine(doc_, t))) {
      found = t;
      break;
    }
  }
  last_search = {position, found};
  if (found == kNoToken) return "";
  if (trade && !doc_.WordIsText(found, noun) && !NameOfTrade(doc_, noun, found) &&
      doc_.sentence_of[found] != doc_.sentence_of[position]) {
    return "";
  }
  const bool opens = opens_name(found);
  // (Never back over a sentence's start: a headline's last words are not the name's.)
  const uint32_t sentence_first = doc_.sentences[doc_.sentence_of[found]].first;
  uint32_t first = opens || found == sentence_first ? found : found - 1;
  // (With the words that join it: "the Elm Fire and Rescue Service", "the Bank of Elm Trust".)
  // (And a group's possessive before the body's noun: "the Children's Hospital of Elm".)
  auto name_word = [&](uint32_t t) {
    return BodyNameWord(t) ||
           (toks[t].IsWord() && toks[t].has(kCapitalized) && toks[t].has(kPossessive) &&
            GroupPossessiveInName(t, found + 1));
  };
  // (Not "Shares of Elm Motors": "of" and "for" after a body's noun only; nor a sentence's
  // first word before "and".)
  auto joined = [&](uint32_t t) {
    return t > 1 && JoinsBodyName(t) && name_word(t - 1) &&
           doc_.sentences[doc_.sentence_of[t]].first != t - 1 &&
           (doc_.WordIs(t, "and") || toks[t - 1].is(kOrgNoun) || toks[t - 1].is(kOrgUnit));
  };
  while (first > sentence_first && first + 6 > found &&
         (name_word(first - 1) || joined(first - 1))) {
    first -= name_word(first - 1) ? 1 : 2;
  }
  uint32_t last = found + 1;
  if (opens) {
    last = found + 2;
    while (last < toks.size() && last < found + 8 &&
           ((toks[last].IsWord() && toks[last].has(kCapitalized) && !toks[last].has(kPossessive)) ||
            (JoinsBodyName(last) && last + 1 < toks.size() && toks[last + 1].has(kCapitalized)))) {
      ++last;
    }
  }
  return CanonicalOrganization(first, last);
}

std::string SpeakerResolver::BodyDescribedAs(uint32_t head, uint32_t position) {
  const auto& toks = doc_.tokens;
  // Whether token t may stand in a body's name.
  auto name_word = [&](uint32_t t) {
    if (toks[t].IsPunct('&') || doc_.WordIs(t, "&")) return true;  // "Elm & Oak"
    return toks[t].IsWord() && toks[t].has(kCapitalized) && !toks[t].is(kDeterminer) &&
           !toks[t].is(kPronoun) && !toks[t].is(kTime);
  };
  constexpr uint32_t kLongestName = 6;
  constexpr uint32_t kLongestDescription = 8;  // "Britain's third-largest furniture retailer"
  const uint16_t noun = NounIdOf(doc_, head);
  // (Or any body's noun, "campaign group Harbor Watch ... the group", described within the
  // three sentences before: further back another body, named by another noun, is as often
  // meant. A company's is found by its name's suffix or industry, BodyReferredTo.)
  static constexpr WordSet kCompanyNouns = {"company", "firm", "corporation"};
  const bool trade = kTradeNouns.Has(noun);
  if (!trade && !(toks[head].is(kOrgNoun) && !kCompanyNouns.Has(noun))) return "";
  const uint32_t sentence = doc_.sentence_of[std::min<size_t>(position, toks.size() - 1)];
  for (uint32_t t = position; t-- > 0 && t + 1000 > position;) {
    if (!trade && doc_.sentence_of[t] + 3 < sentence) return "";
    if (doc_.word_ids[t] != noun || !toks[t].has(kLowerInitial)) continue;
    uint32_t first = t + 1, last = t + 1;
    while (last < toks.size() && last < first + kLongestName && name_word(last) &&
           !toks[last].has(kPossessive)) {
      ++last;
    }
    if (last == first) {
      // The head of an appositive that a comma closes: back over its words (a determiner or
      // a possessive first, no function word) to the comma after the name. (Its complement
      // may come between: "Age Elm, a charity for older people, said".)
      uint32_t close = t + 1;
      if (close + 1 < toks.size() && toks[close].has(kLowerInitial) &&
          (doc_.WordIs(close, "for") || doc_.WordIs(close, "of") ||
           doc_.WordIs(close, "that") || doc_.WordIs(close, "which") ||
           doc_.WordIs(close, "based"))) {
        while (close < toks.size() && close < t + 12 && toks[close].IsWord()) ++close;
      }
      if (close >= toks.size() || !toks[close].IsPunct(',')) return "";
      uint32_t comma = t;
      while (comma > 0 && comma + kLongestDescription > t && toks[comma - 1].IsWord() &&
             !toks[comma - 1].is(kStop)) {
        --comma;
      }
      if (comma == 0 || comma == t || !toks[comma - 1].IsPunct(',') ||
          !(toks[comma].is(kDeterminer) || toks[comma].has(kPossessive))) {
        return "";
      }
      last = first = comma - 1;
      while (first > 0 && last - first < kLongestName && name_word(first - 1) &&
             (first == last || !toks[first - 1].has(kPossessive))) {
        --first;
      }
    }
    // (Not a name after the noun and its article alone that opens a clause of its own, its
    // verb after it: "warned the agency Congress would cut its budget"; "the campaign group
    // Harbor Watch filed suit" is described.)
    const bool clause_follows =
        first == t + 1 && t > 0 && toks[t - 1].is(kDeterminer) && last < toks.size() &&
        toks[last].IsWord() &&
        toks[last].has(kLowerInitial) &&
        (toks[last].is(kPreverb) || toks[last].is(kCueStart) ||
         doc_.TokenText(last).ends_with("ed"));
    // (A name of one word must be proper: not the sentence's capitalized first word.)
    if (first == last || clause_follows || toks[first].IsPunct('&') || doc_.WordIs(first, "&") ||
        (last - first == 1 && !HasProperWord(first, last) && !IsAcronym(doc_.TokenText(first))) ||
        NamesPerson(first, last) || lexicon_.IsPlace(Text(first, last))) {
      return "";
    }
    return CanonicalOrganization(first, last);
  }
  return "";
}

std::string SpeakerResolver::BodyThatSpokeLast(int except, uint32_t position) const {
  for (auto r = recent_.rbegin(); r != recent_.rend(); ++r) {
    if (*r == except) continue;
    const SpeakerProfile& speaker = speakers_[*r];
    // (A body described, "the bank said", once it is known by the name it refers to.)
    if (speaker.kind != SpeakerKind::kOrganization ||
        (!states_[*r].named && speaker.organizations.empty()) ||
        doc_.sentence_of[states_[*r].last_mention] + 1 < doc_.sentence_of[position]) {
      return "";
    }
    return speaker.organizations.empty() ? speaker.name : speaker.organizations[0];
  }
  return "";
}

std::string SpeakerResolver::PossessiveBodyBefore(uint32_t head, uint32_t position) {
  const auto& toks = doc_.tokens;
  if (possessive_body_lookups_left_ == 0) return "";
  --possessive_body_lookups_left_;
  const LowerCased noun(StripPossessive(doc_.TokenText(head)));
  for (uint32_t t = position; t-- > 1 && t + 2000 > position;) {
    if (!toks[t].is(kOrgNoun) || !toks[t].has(kLowerInitial) || toks[t].has(kPossessive) ||
        !doc_.WordIsText(t, noun.view())) {
      continue;
    }
    uint32_t k = t;
    while (k > 0 && k + 2 > t && toks[k - 1].IsWord() && toks[k - 1].has(kLowerInitial) &&
           !toks[k - 1].is(kStop) && !toks[k - 1].has(kPossessive)) {
      --k;
    }
    // (Not a contraction: "It's a non-profit", "That's the bank".)
    if (k == 0 || !toks[k - 1].has(kCapitalized) || !toks[k - 1].has(kPossessive) ||
        (lexicon_.FlagsOfWordIn(doc_.text, StripPossessive(doc_.TokenText(k - 1))) &
         (kPronoun | kDeterminer | kStop)) != 0) {
      continue;
    }
    // (Not a person's: "Tom Lee's bank" is his.)
    if (k >= 2 && IsNameToken(k - 2) && NamesPerson(k - 2, k)) continue;
    return Text(k - 1, t + 1);
  }
  return "";
}

std::string SpeakerResolver::LastBodyNamedWithoutNoun(uint32_t head, uint32_t position) const {
  // (Nouns for a company or a public body; "the group" and "the newspaper" refer as often
  // to a body the article names without quoting it.)
  static constexpr WordSet kBodyNouns = {"company",  "firm",       "corporation",
                                         "ministry", "department", "bureau"};
  static constexpr WordSet kPublicBodyNouns = {"agency", "authority", "regulator", "watchdog"};
  const uint16_t id = NounIdOf(doc_, head);
  if (!kBodyNouns.Has(id) && !kPublicBodyNouns.Has(id)) return "";
  for (auto r = recent_.rbegin(); r != recent_.rend(); ++r) {
    const SpeakerProfile& speaker = speakers_[*r];
    // "Acme Deep's spokesman, Tom Lee, said ... The company said": a person who speaks for
    // a body or heads it stands for the body he named.
    const bool agent = speaker.kind == SpeakerKind::kPerson && !speaker.organizations.empty() &&
                       std::any_of(speaker.roles.begin(), speaker.roles.end(),
                                   [](const std::string& role) { return SpeaksForBody(role); });
    if ((speaker.kind != SpeakerKind::kOrganization || !states_[*r].named) && !agent) continue;
    // (Spoken in the last few sentences: further back, the article has mostly named
    // another body in between.)
    if (doc_.sentence_of[states_[*r].last_mention] + 3 < doc_.sentence_of[position]) return "";
    const std::string& name = agent ? speaker.organizations[0] : speaker.name;
    // (A public body's noun, not a firm's spokesman's: "a PaySetu spokesman ... the agency".)
    if (agent && kPublicBodyNouns.Has(id) && !IsAcronym(name)) continue;
    // (A public body's noun also refers to a name with another public body's word: "the
    // World Food Programme ... The agency said".)
    static constexpr std::string_view kPublicBodyWords[] = {
        "agency",  "authority", "commission",   "programme",    "program", "fund",
        "service", "office",    "administration", "organization", "organisation", "bureau"};
    const bool public_noun = kPublicBodyNouns.Has(id);
    for (absl::string_view word : absl::StrSplit(name, ' ')) {
      const LowerCased lower({word.data(), word.size()});
      if ((lexicon_.Flags(lower) & (kOrgNoun | kOrgUnit | kCorpSuffix | kDocument)) &&
          !(public_noun && std::find(std::begin(kPublicBodyWords), std::end(kPublicBodyWords),
                                     lower.view()) != std::end(kPublicBodyWords))) {
        return "";
      }
    }
    return name;
  }
  return "";
}

std::string SpeakerResolver::BodyWhoseSharesOpenTheSentence(uint32_t first) {
  const auto& toks = doc_.tokens;
  const Sentence& sentence = doc_.sentences[doc_.sentence_of[first]];
  uint32_t a = sentence.first;
  while (a < first && !toks[a].IsWord()) ++a;  // an opening quotation mark
  if (a + 3 >= first || !doc_.WordIsText(a, "shares") ||
      !(doc_.WordIs(a + 1, "of") || doc_.WordIs(a + 1, "in"))) {
    return "";
  }
  uint32_t b = a + 2;
  if (doc_.WordIs(b, "the")) ++b;
  uint32_t e = b;
  while (e < first && e < b + 5 && toks[e].IsWord() && toks[e].has(kCapitalized) &&
         !toks[e].is(kDeterminer) && !toks[e].has(kPossessive)) {
    ++e;
  }
  if (e == b || NamesPerson(b, e) || lexicon_.IsPlace(Text(b, e))) return "";
  return CanonicalOrganization(b, e);
}

std::string SpeakerResolver::BodyOpeningTheClause(uint32_t first) {
  const auto& toks = doc_.tokens;
  if (first == 0 || !toks[first - 1].IsPunct(',')) return "";
  const Sentence& sentence = doc_.sentences[doc_.sentence_of[first]];
  uint32_t a = sentence.first;
  while (a < first && !toks[a].IsWord()) ++a;  // an opening quotation mark
  // ("ELM CITY - Acme will ...": after a dateline's dash.)
  for (uint32_t t = a; t < first && t < a + 8; ++t) {
    if (toks[t].IsPunct('-')) {
      a = t + 1;
      break;
    }
  }
  // ("Local robotics start-up Acme Robotics has raised ...", "German carrier Elm Air
  // cancelled ...": a description by a body's noun in lower case before the name.)
  for (uint32_t d = a + 1; d < first && d < a + 5; ++d) {
    const Token& noun = toks[d - 1];
    if (!noun.IsWord() || (d - 1 > a && !noun.has(kLowerInitial)) || noun.is(kStop) ||
        noun.is(kDeterminer) || noun.has(kPossessive)) {
      break;
    }
    if (noun.has(kLowerInitial) && noun.is(kOrgNoun) && !noun.is(kRole) && !noun.is(kGroup) &&
        toks[d].IsWord() && toks[d].has(kCapitalized) && !toks[d].is(kDeterminer)) {
      a = d;
      break;
    }
  }
  // ("The Elm Food Programme will cut rations, the agency said": "The" before a name with a
  // body's word.)
  const bool the = a + 1 < first && doc_.WordIs(a, "the") && toks[a + 1].has(kCapitalized);
  if (the) ++a;
  uint32_t b = a;
  bool body_word = false;
  while (b < first && b < a + 5 && toks[b].IsWord() && toks[b].has(kCapitalized) &&
         !toks[b].is(kDeterminer) && !toks[b].is(kPronoun) && !toks[b].is(kStop) &&
         !toks[b].is(kTitle) && !toks[b].has(kPossessive)) {
    body_word = body_word || (toks[b].word_flags & (kOrgNoun | kOrgUnit | kCorpSuffix)) != 0;
    ++b;
  }
  if (the && !body_word) return "";
  // ("Acme, a maker of kettles, will ...": an appositive between commas before the verb;
  // "The Elm Food Programme (EFP) will ...": its acronym in parentheses.)
  uint32_t verb = b;
  if (b > a && b + 3 < first && toks[b].IsPunct('(') && IsAcronym(doc_.TokenText(b + 1)) &&
      toks[b + 2].IsPunct(')')) {
    verb = b + 3;
  }
  if (b > a && b < first && toks[b].IsPunct(',') && b + 1 < first && toks[b + 1].IsWord() &&
      toks[b + 1].is(kDeterminer)) {
    verb = b + 2;
    while (verb < first && verb < b + 16 && !toks[verb].IsPunct(',')) ++verb;
    // ("Ray, the plane's co-pilot, had ...", "Ray, a member of the church, was ...": an
    // appositive whose head is a person's role describes a person.)
    for (uint32_t t = b + 2; t < verb && toks[t].IsWord() && !toks[t].is(kStop); ++t) {
      const std::string_view word = doc_.TokenText(t);
      const size_t hyphen = word.rfind('-');
      const std::string_view part = hyphen == word.npos ? word : word.substr(hyphen + 1);
      if (lexicon_.Flags(LowerCased(part).view()) & (kRole | kTitle)) return "";
    }
    ++verb;
  }
  if (b == a || verb >= first || !toks[verb].IsWord() || !toks[verb].has(kLowerInitial)) {
    return "";
  }
  // (One word with an adjective's ending is a modifier: "Indian orders rose".)
  const std::string_view word = doc_.TokenText(a);
  const bool adjective = b == a + 1 && AdjectiveOrNationality(word);
  const bool proper = b > a + 1 || IsAcronym(word) ||
                      !lexicon_.CanonicalOrganization(Text(a, b)).empty() ||
                      (!adjective && CapitalizedElsewhere(a));
  if (!proper || lexicon_.IsPlace(Text(a, b)) || NamesPerson(a, b)) return "";
  return CanonicalOrganization(a, b);
}

std::string SpeakerResolver::BodyOwningRole(uint32_t owner, bool implied) {
  const auto& toks = doc_.tokens;
  constexpr uint32_t kBodyWord = kOrgNoun | kOrgUnit | kCorpSuffix;
  // ("Elm Parenthood said ... the group's regional president": "the group" refers back
  // as "its" does, to the body that spoke last.)
  const bool group = StripPossessive(doc_.TokenText(owner)) == "group" && owner > 0 &&
                     doc_.WordIs(owner - 1, "the");
  // ("The Liberal Democrats are hoping to win. Their candidate, Jo Lee, said": "their" as
  // "its", for a body whose name has several words, an acronym's, or one the lexicon knows.)
  const bool their = doc_.WordIs(owner, "their");
  if (!implied && !doc_.WordIs(owner, "its") && !group && !their) {
    // "The union's president", "a spokesman for the company": the body "the union" would be.
    const uint32_t flags =
        lexicon_.FlagsOfWordIn(doc_.text, StripPossessive(doc_.TokenText(owner)));
    if (!(flags & (kOrgNoun | kOrgUnit)) && !kTradeNouns.Has(NounIdOf(doc_, owner))) return "";
    std::string body = BodyReferredTo(owner, owner);
    if (body.empty()) body = BodyDescribedAs(owner, owner);
    if (body.empty()) body = LastBodyNamedWithoutNoun(owner, owner);
    return body;
  }
  uint32_t sentence = doc_.sentence_of[owner];
  // (A web page's label alone in its paragraph between them, "Advertisement", "Read more",
  // is passed over: the sentence before is the one before it.)
  while (sentence > 1) {
    const Sentence& before = doc_.sentences[sentence - 1];
    const Paragraph& paragraph = doc_.paragraphs[before.paragraph];
    if (paragraph.first != before.first || paragraph.last != before.last ||
        before.last > before.first + 2 || doc_.sentences[sentence].paragraph == before.paragraph) {
      break;
    }
    --sentence;
  }
  // A body that spoke here or in the sentence before ("Elm Power said ... Its chief
  // executive, Tom Lee, said"), the one mentioned last.
  auto body_of = [&](int r) -> std::string {
    const SpeakerProfile& body = speakers_[r];
    // ("Chief Executive Tom Lee said ... Chief Financial Officer Ann Ray said": with no owner
    // written, a head's role after a colleague who heads a body is of the same body.)
    if (implied && body.kind == SpeakerKind::kPerson && !body.organizations.empty()) {
      for (const std::string& role : body.roles) {
        const LowerCased lower(role);
        const std::string_view v = lower.view();
        if (v == "ceo" || v.ends_with(" ceo") || v.ends_with("chief executive") ||
            v.ends_with("chief executive officer")) {
          return body.organizations[0];
        }
      }
    }
    if (body.kind != SpeakerKind::kOrganization) return "";
    if (states_[r].named) return body.name;
    // ("the union said"; also with no owner written: "The price rose, the company said.
    // "...," chief executive Tom Lee said" is the company's.)
    return body.organizations.empty() ? "" : body.organizations[0];
  };
  // ("Sales rose, the company said. Analysts had expected less, according to Elm data.
  // "...," Chief Executive Ann Ray said": with no owner written, one that spoke the sentence
  // before that, if the sentence before names none, below.)
  std::string earlier;
  for (auto r = recent_.rbegin(); r != recent_.rend(); ++r) {
    const uint32_t at = states_[*r].last_mention;
    if (at >= owner) continue;
    if (doc_.sentence_of[at] + 1 >= sentence) {
      std::string body = body_of(*r);
      if (!body.empty()) return body;
    } else if (implied && earlier.empty() && doc_.sentence_of[at] + 2 == sentence) {
      earlier = body_of(*r);
    }
  }
  // The body that opens the words [a, end), before its verb or an appositive's comma ("Met
  // Elm had issued a warning.", "The Elm Institute, where she worked, confirmed ..."); "" if
  // none does.
  auto opening_body = [&](uint32_t a, uint32_t end) -> std::string {
    while (a < end && !toks[a].IsWord()) ++a;  // an opening quotation mark
    if (a < end && doc_.WordIs(a, "the")) ++a;
    // ("The group that brought the case, Friends of the Kings River, welcomed ...": a body's
    // noun in lower case and its clause, then the body's name between commas.)
    bool between_commas = false;
    if (a + 3 < end && toks[a].IsWord() && toks[a].has(kLowerInitial) &&
        toks[a].is(kOrgNoun | kOrgUnit)) {
      uint32_t comma = a + 1;
      while (comma < end && comma < a + 12 && toks[comma].IsWord()) ++comma;
      if (comma + 2 < end && toks[comma].IsPunct(',') && toks[comma + 1].has(kCapitalized)) {
        a = comma + 1;
        between_commas = true;
      }
    }
    // ("Shares of Velorix Systems rose ...", "Shares in ...": a common noun capitalized only
    // as the sentence's first word, before "of" or "in", is no part of the body's name.)
    if (!between_commas && a + 2 < end &&
        (doc_.WordIs(a + 1, "of") || doc_.WordIs(a + 1, "in")) && toks[a].IsWord() &&
        !toks[a].is(kBodyWord) && !CapitalizedElsewhere(a)) {
      a += 2;
      if (a < end && doc_.WordIs(a, "the")) ++a;
    }
    uint32_t b = a;
    while (b < end && b < a + 8 &&
           ((toks[b].IsWord() && toks[b].has(kCapitalized) && !toks[b].is(kDeterminer) &&
             !toks[b].is(kPronoun) && !toks[b].is(kStop) && !toks[b].has(kPossessive)) ||
            // (Not "and": "Ann Ray and Tom Lee have ..." are two people.)
            (b > a && (doc_.WordIs(b, "of") || doc_.WordIs(b, "for")) &&
             toks[b].has(kLowerInitial) && b + 1 < end &&
             (toks[b + 1].has(kCapitalized) ||
              // ("Friends of the Kings River", between commas)
              (between_commas && doc_.WordIs(b + 1, "the") && b + 2 < end &&
               toks[b + 2].has(kCapitalized)))) ||
            (between_commas && b > a + 1 && doc_.WordIs(b, "the") && doc_.WordIs(b - 1, "of") &&
             toks[b].has(kLowerInitial) && b + 1 < end && toks[b + 1].has(kCapitalized)))) {
      ++b;
    }
    bool verb = false;
    if (b > a && b < end) {
      const std::string_view w = doc_.TokenText(b);
      verb = toks[b].IsPunct(',') ||
             (toks[b].IsWord() && toks[b].has(kLowerInitial) &&
              (toks[b].is(kPreverb) || toks[b].is(kCueStart) ||
               kIrregularPast.Has(doc_.word_ids[b]) || (w.size() > 3 && EndsWith(w, "ed"))));
    }
    if (verb) {
      // (A name a body's noun introduced is a body's, whatever its words: "Friends".)
      bool body_word = between_commas, person_word = false;
      for (uint32_t t = a; t < b; ++t) {
        body_word = body_word || toks[t].is(kBodyWord);
        person_word = person_word || toks[t].is(kTitle) || toks[t].is(kRole) ||
                      toks[t].is(kMale) || toks[t].is(kFemale);
      }
      // (An industry's word alone, capitalized only as the sentence's first, is the plain
      // noun: "Ferries ran late.")
      if (b == a + 1 && !between_commas && toks[a].is(kIndustry) && !HasProperWord(a, b) &&
          !CapitalizedElsewhere(a)) {
        body_word = false;
      }
      const bool proper = body_word || b > a + 1 || IsAcronym(doc_.TokenText(a)) ||
                          !KnownOrganization(a, b).empty() || CapitalizedElsewhere(a);
      // (With no owner written, a name that says it is a body's: not "Ray could be it.")
      const bool body =
          body_word || IsAcronym(doc_.TokenText(a)) || !KnownOrganization(a, b).empty();
      if (proper && (body_word || !person_word) && (body || !implied) && !NamesPerson(a, b) &&
          !lexicon_.IsPlace(Text(a, b))) {
        return CanonicalOrganization(a, b);
      }
    }
    return std::string();
  };
  // "The Elm Agency has delayed its launch, its director announced": after the clause it
  // reports, "its" and a role before the verb is the body that opens the sentence. (Not
  // "Tom Lee, its chairman, said": an appositive's comma after the role.)
  if (doc_.WordIs(owner, "its") && owner >= 2 && toks[owner - 1].IsPunct(',')) {
    const Sentence& here = doc_.sentences[doc_.sentence_of[owner]];
    uint32_t verb = owner + 1;
    while (verb < here.last && verb < owner + 5 && toks[verb].IsWord() &&
           !toks[verb].is(kCueStart)) {
      ++verb;
    }
    if (verb > owner + 1 && verb < here.last && toks[verb].is(kCueStart) &&
        toks[verb].has(kLowerInitial)) {
      std::string body = opening_body(here.first, owner - 1);
      if (!body.empty()) return body;
    }
  }
  // Else the sentence before. (Not this one: "Tom Lee, its chairman, said" names the person
  // before "its".) (`"A. B," its chair said`: the sentence before the quotation's first,
  // the sentences of its paragraph that open with a quotation mark passed over.)
  if (sentence == 0) return "";
  uint32_t before = sentence - 1;
  while (before > 0 && before + 3 > sentence && toks[doc_.sentences[before].first].IsQuote() &&
         doc_.sentences[before].paragraph == doc_.sentences[sentence].paragraph) {
    --before;
  }
  uint32_t a = doc_.sentences[before].first;
  const uint32_t end = doc_.sentences[before].last;
  if (std::string body = opening_body(a, end); !body.empty()) return body;
  while (a < end && !toks[a].IsWord()) ++a;  // an opening quotation mark
  // ("The company's shares fell. Its chief executive ...": the body that a body's noun in
  // the possessive, opening the sentence before, refers to; not "the group's", read as
  // "its".)
  if (a + 2 < end && doc_.WordIs(a, "the") && toks[a + 1].has(kPossessive) &&
      toks[a + 1].has(kLowerInitial) && StripPossessive(doc_.TokenText(a + 1)) != "group") {
    if (std::string body = BodyOwningRole(a + 1); !body.empty()) return body;
  }
  // (No owner written: only a body that spoke or opened a sentence.)
  if (implied) return earlier;
  // Else the last name in it that ends in a body's noun ("The flats were bought by Elm
  // Holdings. Its director, Tom Lee, said"), with the words that join it ("the Elm Trade
  // and Labour Party").
  auto name_word = [this](uint32_t t) { return BodyNameWord(t); };
  for (uint32_t t = end; t-- > a + 1;) {
    if (!name_word(t) || !toks[t].is(kBodyWord) || !name_word(t - 1)) continue;
    uint32_t first = t - 1;
    while (first > a && first + 8 > t &&
           (name_word(first - 1) ||
            (first - 1 > a && JoinsBodyName(first - 1) && name_word(first - 2)))) {
      first -= name_word(first - 1) ? 1 : 2;
    }
    return CanonicalOrganization(first, t + 1);
  }
  return "";
}

std::string SpeakerResolver::OpeningDocumentAuthor(uint32_t mention) {
  const Sentence& s = doc_.sentences[doc_.sentence_of[mention]];
  uint32_t t = s.first;
  if (t + 4 >= mention || !doc_.WordIs(t, "in") ||
      !(doc_.WordIs(t + 1, "a") || doc_.WordIs(t + 1, "an") || doc_.WordIs(t + 1, "its"))) {
    return "";
  }
  t += 2;
  const auto& toks = doc_.tokens;
  while (t + 1 < mention && toks[t].IsWord() && toks[t].has(kLowerInitial) &&
         !toks[t].is(kDocument) && !toks[t].is(kStop)) {
    ++t;  // "In a joint statement"
  }
  // (Not a poll's or a survey's: "In a poll conducted by the Elm Times, 41 percent of
  // residents said" gives the pollster's respondents, not its people.)
  if (t >= mention || !toks[t].is(kDocument) || doc_.WordIs(t, "poll") ||
      doc_.WordIs(t, "survey")) {
    return "";
  }
  return DocumentAuthor(t, t, t - 1);
}

std::string SpeakerResolver::DocumentAuthor(uint32_t start, uint32_t head, uint32_t first) {
  const auto& toks = doc_.tokens;
  // The name of a body that ends at `last` (exclusive) and is no person's, or "".
  auto body_ending_at = [&](uint32_t last) -> std::string {
    uint32_t a = last;
    while (a > 0 && last - a < 6 && toks[a - 1].IsWord() && toks[a - 1].has(kCapitalized) &&
           !toks[a - 1].is(kDeterminer) && (a == last || !toks[a - 1].has(kPossessive))) {
      --a;
    }
    // (A body by its name: an acronym, an alias the lexicon knows, or a word for a body;
    // "Tuesday's results", "In May's poll", "Greenberg's research" name none.)
    bool body = a < last && last - a == 1 && IsAcronym(StripPossessive(doc_.TokenText(a)));
    for (uint32_t t = a; t < last && !body; ++t) {
      body = (toks[t].word_flags & (kOrgNoun | kOrgUnit | kCorpSuffix | kIndustry)) != 0;
    }
    body = body || (a < last && !KnownOrganization(a, last).empty());
    for (uint32_t t = a; t < last && body; ++t) body = !toks[t].is(kTime) && !toks[t].is(kStop);
    if (!body || NamesPerson(a, last)) return "";
    return CanonicalOrganization(a, last);
  };
  for (uint32_t r = start; r < head; ++r) {
    if (toks[r].has(kPossessive) && toks[r].has(kCapitalized)) return body_ending_at(r + 1);
  }
  // The body after "by" when a participle follows the noun at `t` ("a report released on
  // Monday by the Elm Health Board", "the study, published by ..."), or "".
  auto author_after = [&](uint32_t t) -> std::string {
    uint32_t by = t + 1;
    if (by + 1 < toks.size() && toks[by].IsPunct(',')) ++by;
    if (by < toks.size() && AuthorshipParticiple(doc_, by)) {
      by = AgentByAfterParticiple(doc_, by, toks.size());
    }
    if (by + 1 >= toks.size() || !doc_.WordIs(by, "by")) return "";
    uint32_t name = by + 1;
    if (doc_.WordIs(name, "the")) ++name;
    uint32_t end = name;
    while (end < toks.size() && end < name + 6 && toks[end].IsWord() &&
           toks[end].has(kCapitalized) && !toks[end].has(kPossessive)) {
      ++end;
    }
    return end > name ? body_ending_at(end) : "";
  };
  // "a new Elmpiac University poll", "an Elm Research survey": a proper name right before
  // the noun is the body that made it (not a time, a place or a person: "a Monday poll", "a
  // Florida poll").
  // ("a Club for Piers ad", "an Elm News/Oak Journal poll": joined by a connector or a
  // slash.)
  uint32_t maker = head;
  while (maker > start && head - maker < 8) {
    const Token& before = toks[maker - 1];
    if (before.IsWord() && before.has(kCapitalized) && !before.is(kDeterminer) &&
        !before.is(kTime) && !before.is(kStop)) {
      --maker;
    } else if (maker < head && maker - 1 > start && toks[maker - 2].has(kCapitalized) &&
               (before.IsPunct('/') || JoinsBodyName(maker - 1))) {
      maker -= 2;
    } else {
      break;
    }
  }
  const std::string_view modifier = doc_.TokenText(maker);
  const bool adjective =
      head == maker + 1 && (AdjectiveOrNationality(modifier) ||
                            LowerIsOneOf(modifier, {"democratic", "republican"}));
  if (maker < head && (HasProperWord(maker, head) || IsAcronym(modifier)) && !adjective &&
      !lexicon_.IsPlace(Text(maker, head)) && !NamesPerson(maker, head)) {
    return CanonicalOrganization(maker, head);
  }
  // "A report released on Monday by the Elm Health Board said", "The study, published by
  // the Elm Institute, found": the author after the noun's own participle.
  if (std::string author = author_after(head); !author.empty()) return author;
  if (head != start || first + 1 != start || !doc_.WordIs(first, "the")) return "";
  // (Within the article's last 1,000 tokens, the nearest earlier use of the noun.)
  const LowerCased noun(doc_.TokenText(head));
  for (uint32_t t = head; t-- > 0 && t + 1000 > head;) {
    if (!doc_.WordIsText(t, noun.view())) continue;
    // "The Elm Health Board released a report on Monday. ... The report said": the body
    // opening the sentence whose verb of authorship has the noun as its object.
    {
      uint32_t det = t;
      while (det > 0 && t - det < 3 && toks[det - 1].IsWord() && toks[det - 1].has(kLowerInitial) &&
             !toks[det - 1].is(kDeterminer)) {
        --det;
      }
      const Sentence& s = doc_.sentences[doc_.sentence_of[t]];
      if (det >= s.first + 2 && toks[det - 1].is(kDeterminer) &&
          AuthorshipParticiple(doc_, det - 2) && toks[det - 2].has(kLowerInitial)) {
        const uint32_t verb = det - 2;
        uint32_t b = s.first;
        if (doc_.WordIs(b, "the")) ++b;
        uint32_t e = b;
        while (e < verb && toks[e].IsWord() && toks[e].has(kCapitalized) &&
               !toks[e].has(kPossessive)) {
          ++e;
        }
        if (e > b && e == verb) return body_ending_at(e);
      }
    }
    // "The Elm Rights Council said in a report released on Tuesday that ... The report
    // found", "In a letter to the mayor, the Oakport Nurses Union said ... The letter said":
    // the body that spoke in the sentence giving "in a report" wrote it (or the body of the
    // person who did).
    uint32_t in = t;
    while (in > 0 && t - in < 3 && toks[in - 1].IsWord() && toks[in - 1].has(kLowerInitial) &&
           !doc_.WordIs(in - 1, "in")) {
      --in;
    }
    if (in > 0 && in < t && doc_.WordIs(in - 1, "in") &&
        (doc_.WordIs(in, "a") || doc_.WordIs(in, "an") || doc_.WordIs(in, "its") ||
         doc_.WordIs(in, "their"))) {
      const Sentence& s = doc_.sentences[doc_.sentence_of[t]];
      int author = -1;
      uint32_t distance = 0;
      for (size_t i = 0; i < speakers_.size(); ++i) {
        const uint32_t at = states_[i].last_mention;
        if (at < s.first || at >= s.last || speakers_[i].kind == SpeakerKind::kDocument) continue;
        const uint32_t d = at > t ? at - t : t - at;
        if (author < 0 || d < distance) author = static_cast<int>(i), distance = d;
      }
      if (author < 0) return "";
      const SpeakerProfile& p = speakers_[author];
      if (!p.organizations.empty()) return p.organizations[0];
      // ("the army said in a statement": a body only described has no name to give.)
      const bool named = states_[author].named;
      return p.kind == SpeakerKind::kOrganization && named ? p.name : "";
    }
    return author_after(t);
  }
  return "";
}

bool SpeakerResolver::TranscriptLabel(uint32_t t) const {
  const auto& toks = doc_.tokens;
  if (t + 2 >= toks.size() || !toks[t + 1].IsPunct(':') || !toks[t].has(kParagraphStart)) {
    return false;
  }
  return TurnLabelElsewhere(doc_, doc_.sentences[doc_.sentence_of[t]].paragraph);
}

int SpeakerResolver::PersonByShoutedSurname(uint32_t t) {
  const std::string_view word = StripPossessive(doc_.TokenText(t));
  if (word.size() < 2 || !IsAcronym(word)) return -1;
  // (Under four letters only as a transcript's label, "LEE: ...": "The UN said" is no
  // person's whose name ends in "Un".)
  if (word.size() < 4 && !(t + 1 < doc_.tokens.size() && doc_.tokens[t + 1].IsPunct(':'))) {
    return -1;
  }
  std::string titled(word);
  for (size_t i = 1; i < titled.size(); ++i) {
    titled[i] = absl::ascii_tolower(static_cast<unsigned char>(titled[i]));
  }
  uint32_t first = 0, last = 0;
  if (!FindFullName(titled, t, &first, &last) || last - first < 2 ||
      StripPossessive(doc_.TokenText(last - 1)) != titled) {
    // (Or the one person who spoke under a full name in capitals that ends with it: "CLARA
    // VARGA: ..." on the transcript's first line.)
    int person = -1;
    for (size_t i = 0; i < speakers_.size(); ++i) {
      const std::string_view name = speakers_[i].name;
      if (speakers_[i].kind != SpeakerKind::kPerson || name.size() <= word.size() ||
          !name.ends_with(word) || name[name.size() - word.size() - 1] != ' ' ||
          std::any_of(name.begin(), name.end(), absl::ascii_islower)) {
        continue;
      }
      if (person >= 0) return -1;
      person = static_cast<int>(i);
    }
    if (person >= 0 || !TranscriptLabel(t) ||
        !lexicon_.CanonicalOrganization(word).empty()) {
      return person;
    }
    // (Else a transcript's label names a person the text names no more fully: "FELL: Why
    // not?" is no body FELL.)
    return FindOrCreatePerson(word, t, t + 1, t);
  }
  std::string buffer;
  const int s = FindOrCreatePerson(StripPossessive(TextView(first, last, &buffer)), first, last,
                                   last - 1);
  return speakers_[s].kind == SpeakerKind::kPerson ? s : -1;
}

int SpeakerResolver::NamedWithTheOffice(int speaker) {
  const auto& toks = doc_.tokens;
  // (A description, or a phrase that opens in lower case: "spokesperson for the Council"
  // has a proper word, but no name.)
  // ("CEO says ..." in a headline: an office alone, capitalized, is a description too; not
  // "Acme President", which PolNeAR's gold keeps as written.)
  auto ends_in_office = [this, speaker] {
    // (Only a name of 3 or 5 to 10 bytes can be one of them: most skip the copy.)
    const size_t n = speakers_[speaker].name.size();
    return (n == 2 || n == 3 || (n >= 5 && n <= 10)) &&
           LowerIsOneOf(speakers_[speaker].name,
                        {"ceo", "cm", "pm", "secretary", "envoy", "premier", "governor",
                         "inspector", "bishop", "minister", "chancellor"});
  };
  if (speaker < 0 || speakers_[speaker].kind != SpeakerKind::kPerson ||
      speakers_[speaker].name.empty()) {
    return -1;
  }
  // (Described last in the headline: the text's first sentence, a paragraph of its own with
  // no closing period.)
  const Sentence& mentioned = doc_.sentences[doc_.sentence_of[states_[speaker].last_mention]];
  const bool headline = doc_.sentence_of[states_[speaker].last_mention] == 0 &&
                        mentioned.paragraph == 0 && !doc_.paragraphs.empty() &&
                        mentioned.last >= doc_.paragraphs[0].last &&
                        !toks[mentioned.last - 1].IsPunct('.');
  // (Also a headline's capitalized phrase whose office is in lower case: "Returning
  // officer". In a body sentence, "a Port Department spokesman" may be any of several.)
  auto office_in_lower_case = [this, speaker, headline] {
    if (!headline) return false;
    const std::string_view name = speakers_[speaker].name;
    const size_t space = name.rfind(' ');
    // (Or "CEO", an office in capitals: "'...': Acme Pay CEO".)
    return space != std::string_view::npos && name.find(" for ") == std::string_view::npos &&
           name.find(" of ") == std::string_view::npos &&
           (absl::ascii_islower(static_cast<unsigned char>(name[space + 1])) ||
            name.substr(space + 1) == "CEO");
  };
  if (!((states_[speaker].described && !states_[speaker].named) ||
        absl::ascii_islower(static_cast<unsigned char>(speakers_[speaker].name[0])) ||
        ends_in_office() || office_in_lower_case())) {
    return -1;
  }
  // The office: the description's last word before any complement ("spokesperson for the
  // Council"), one that a single person holds (not "official" or "analyst"), and the
  // capitalized words before it ("Acme chairman": "Acme").
  static constexpr WordSet kOffices = {
      "judge", "chairman", "chairwoman", "president", "spokesperson", "spokesman",
      "spokeswoman", "mayor", "governor", "coach", "founder", "ceo", "premier", "chief",
      "executive", "secretary", "envoy", "minister", "officer", "inspector", "ombudsman",
      "coroner", "bishop", "chancellor", "commissioner", "sheriff", "superintendent",
      "treasurer", "collector", "cm", "pm"};
  // (The office is found in the name's text first: most described speakers hold none, and
  // are turned away before their words are listed.)
  const std::string_view name_text = speakers_[speaker].name;
  const size_t complement_at = std::min(name_text.find(" for "), name_text.find(" of "));
  const std::string_view head_phrase = name_text.substr(0, complement_at);
  const size_t space = head_phrase.rfind(' ');
  const std::string_view office_word =
      space == std::string_view::npos ? head_phrase : head_phrase.substr(space + 1);
  const LowerCased office_lower(office_word);
  const auto rule_word =
      std::lower_bound(std::begin(kRuleWords), std::end(kRuleWords), office_lower.view());
  const uint16_t office_id =
      rule_word != std::end(kRuleWords) && *rule_word == office_lower.view()
          ? static_cast<uint16_t>(rule_word - std::begin(kRuleWords))
          : 0;
  // (Each office scans the article's word ids: a text of thousands of described speakers
  // stays linear.)
  if (!kOffices.Has(office_id) || office_lookups_left_ == 0) return -1;
  // ("the chief executive", one person; not "an executive", one of many.)
  constexpr std::string_view kChiefExecutive = "chief executive";
  const bool chief_executive = office_lower.view() == "executive";
  if (chief_executive &&
      (head_phrase.size() < kChiefExecutive.size() ||
       LowerCased(head_phrase.substr(head_phrase.size() - kChiefExecutive.size())).view() !=
           kChiefExecutive)) {
    return -1;
  }
  --office_lookups_left_;
  std::vector<std::string_view> words;
  for (size_t b = 0, e = 0; b < name_text.size(); b = e + 1) {
    e = std::min(name_text.find(' ', b), name_text.size());
    if (e > b) words.push_back(name_text.substr(b, e - b));
  }
  size_t office = 0;
  while (office < words.size() && words[office] != "for" && words[office] != "of") ++office;
  if (office == 0) return -1;
  --office;
  // ("the returning officer", "the press officer": an officer is one office only with the
  // word before it, which the article's holder must have too; "an officer" is one of many.)
  constexpr uint16_t kOfficer = Word("officer").id();
  const bool officer = office_id == kOfficer;
  if (officer && (office == 0 || words[office - 1].empty() ||
                  !absl::ascii_isalpha(static_cast<unsigned char>(words[office - 1][0])) ||
                  LowerIsOneOf(words[office - 1], {"the", "a", "an", "police"}))) {
    return -1;
  }
  // (A rank names another office: "former president", "vice president".)
  std::vector<std::string_view> modifiers, complement;
  for (size_t i = 0; i < words.size(); ++i) {
    const LowerCased lower({words[i].data(), words[i].size()});
    if (i < office && (lower.view() == "former" || lower.view() == "vice" ||
                       lower.view() == "deputy" || lower.view() == "assistant" ||
                       lower.view() == "acting" || lower.view() == "senior" ||
                       lower.view() == "interim" || words[i].ends_with("-"))) {
      return -1;
    }
    // (Capitalized words, and before the office a word for a body: "school spokesman" is
    // not the ministry's.)
    // ("the prime minister" is no housing minister: "prime" is part of the office.)
    const bool body_word =
        i < office && ((lexicon_.Flags(lower.view()) & (kOrgNoun | kOrgUnit | kIndustry)) != 0 ||
                       lower.view() == "prime");
    if (i != office && !words[i].empty() &&
        ((words[i][0] >= 'A' && words[i][0] <= 'Z') || body_word)) {
      (i < office ? modifiers : complement).push_back(StripPossessive(words[i]));
    }
  }
  // Where the article writes the office before a full name ("Judge Ann Ray", "Acme Group
  // Chairman Tom Lee") or before one between commas ("the spokesperson, Tom Lee,"), with the
  // description's capitalized words among the four words before the office.
  uint32_t found_first = 0, found_last = 0;
  const uint32_t scan_end = toks.size() >= 2 ? static_cast<uint32_t>(toks.size()) - 2 : 0;
  // ("CEO" and "chief executive" are one office: "Acme CEO says ... Chief Executive Tom
  // Lee said"; so are "CM" and "chief minister", "PM" and "prime minister".)
  constexpr uint16_t kCeo = Word("ceo").id(), kExecutive = Word("executive").id();
  constexpr uint16_t kCm = Word("cm").id(), kPm = Word("pm").id();
  constexpr uint16_t kMinister = Word("minister").id();
  const uint16_t alternate = office_id == kCeo                   ? kExecutive
                             : chief_executive                   ? kCeo
                             : office_id == kCm || office_id == kPm ? kMinister
                                                                 : 0;
  // (The word the alternate's office needs before it.)
  const std::string_view alternate_rank = office_id == kPm ? "prime" : "chief";
  for (const uint16_t id : {office_id, alternate}) {
    if (id == 0) continue;
    for (uint32_t t = FindWordId(doc_, id, 0, scan_end); t < scan_end;
         t = FindWordId(doc_, id, t + 1, scan_end)) {
      if (id == alternate && id != kCeo &&
          (t == 0 || !LowerIsOneOf(doc_.TokenText(t - 1), {alternate_rank}))) {
        continue;
      }
      uint32_t name = t + 1;
      // ("The returning officer for the Elm West seat, Tom Lee, said": the office's
      // complement, then the name between commas.)
      if (doc_.WordIs(name, "for") || doc_.WordIs(name, "of")) {
        uint32_t comma = name + 1;
        while (comma < scan_end && comma < name + 9 && toks[comma].IsWord()) ++comma;
        if (comma < scan_end && toks[comma].IsPunct(',')) name = comma;
      }
      const bool between_commas = toks[name].IsPunct(',');
      if (between_commas) ++name;
      uint32_t end = name;
      while (end < toks.size() && end < name + 4 && IsNameToken(end) &&
             !toks[end].has(kPossessive)) {
        ++end;
      }
      // (Or between a comma and the sentence's end: `"...," said the spokesperson, Tom Lee.`)
      if (end < name + 2 ||
          (between_commas &&
           (end >= toks.size() || !(toks[end].IsPunct(',') || toks[end].IsPunct('.'))))) {
        continue;
      }
      // ("Vice President Tom Lee", "Deputy Mayor Ann Ray": another office; so is a rank
      // before the office's modifier, "the shadow foreign secretary, Tom Lee,".)
      if (RankBefore(t)) continue;
      if (officer && (t == 0 || !absl::EqualsIgnoreCase(
                                    absl::string_view(doc_.TokenText(t - 1).data(),
                                                      doc_.TokenText(t - 1).size()),
                                    absl::string_view(words[office - 1].data(),
                                                      words[office - 1].size())))) {
        continue;
      }
      bool ranked = false;
      for (uint32_t k = t > 3 ? t - 3 : 0; k < t && !ranked; ++k) {
        ranked = doc_.WordIs(k, "shadow") || doc_.WordIs(k, "former");
      }
      if (ranked) continue;
      bool modified = true;
      for (const std::string_view modifier : modifiers) {
        bool seen = false;
        for (uint32_t k = t > 4 ? t - 4 : 0; k < t && !seen; ++k) {
          const std::string_view word = StripPossessive(doc_.TokenText(k));
          seen = absl::EqualsIgnoreCase(absl::string_view(word.data(), word.size()),
                                        absl::string_view(modifier.data(), modifier.size()));
        }
        modified = modified && seen;
      }
      // ("Acme CEO" in a headline over "Founder and CEO Tom Lee": an office with no body's
      // name of its own before it in its sentence is the headline's body's, when the body is
      // named in the text below; not "Elm Corp CEO Tom Lee".)
      if (!modified && headline && !modifiers.empty()) {
        const uint32_t opener = doc_.sentences[doc_.sentence_of[t]].first;
        bool own_body = false;
        for (uint32_t k = std::max(t > 4 ? t - 4 : 0, opener); k < t && !own_body; ++k) {
          own_body = toks[k].IsWord() && toks[k].has(kCapitalized) && !toks[k].is(kTitle) &&
                     !toks[k].is(kRole) && !toks[k].is(kDeterminer);
        }
        bool body_named = false;
        for (const uint32_t k : doc_.capitalized) {
          if (body_named || k >= t) break;
          const std::string_view word = StripPossessive(doc_.TokenText(k));
          body_named = doc_.sentence_of[k] > 0 && word == modifiers[0];
        }
        modified = !own_body && body_named;
      }
      if (!modified) continue;
      if (found_last > found_first && Text(found_first, found_last) != Text(name, end)) {
        // Two people with the office. A headline's description is the one the lead names,
        // when the other comes in a later paragraph ("..., minister says" over "Settlement
        // Minister Ann Ray announced ..." and, far below, "the provincial minister, Tom Lee,").
        // (The two offices' words are scanned one after the other: the earlier paragraph's
        // holder is kept, whichever was found first.)
        const uint32_t paragraph = doc_.sentences[doc_.sentence_of[name]].paragraph;
        const uint32_t found_paragraph = doc_.sentences[doc_.sentence_of[found_first]].paragraph;
        if (!headline || paragraph == found_paragraph) return -1;
        if (paragraph > found_paragraph) continue;
      }
      found_first = name;
      found_last = end;
    }
  }
  if (found_last == found_first) return -1;
  // "Housing spokesman Tom Lee said ... A spokesman for the department said": an office
  // introduced with "a" after its holder was named is another holder's ("the spokesman" would
  // be his).
  if (states_[speaker].indefinite_mention != UINT32_MAX &&
      found_first < states_[speaker].indefinite_mention) {
    return -1;
  }
  const int person = FindOrCreatePerson(Text(found_first, found_last), found_first, found_last,
                                        found_last - 1);
  if (speakers_[person].kind != SpeakerKind::kPerson || person == speaker) return -1;
  // The description's complement ("spokesman for the Elm campaign") is in the sentence that
  // names the person, or the person works for no body the article gave.
  if (!complement.empty() && !speakers_[person].organizations.empty()) {
    const Sentence& sentence = doc_.sentences[doc_.sentence_of[found_first]];
    for (const std::string_view word : complement) {
      bool seen = false;
      for (uint32_t k = sentence.first; k < sentence.last && !seen; ++k) {
        seen = StripPossessive(doc_.TokenText(k)) == word;
      }
      if (!seen) return -1;
    }
  }
  // ("A spokesman for the Elm Council said ... said the spokesman, Tom Lee.": the body the
  // description gave is the named person's, when the article gave none with the name.)
  if (speakers_[person].organizations.empty()) {
    speakers_[person].organizations = speakers_[speaker].organizations;
  }
  return person;
}

bool SpeakerResolver::HasProperWord(uint32_t first, uint32_t last) const {
  for (uint32_t t = first; t < last; ++t) {
    if (!doc_.tokens[t].IsWord() || !doc_.tokens[t].has(kCapitalized)) continue;
    const Sentence& sentence = doc_.sentences[doc_.sentence_of[t]];
    uint32_t opener = sentence.first;
    while (opener < t && !doc_.tokens[opener].IsWord()) ++opener;  // after an opening quote
    if (t != opener) return true;
    // ("China's foreign ministry said", "Acme's board said": a possessive opening the
    // sentence is a name's, but a time's or a group's: "Tuesday's report", "Women's groups".)
    if (doc_.tokens[t].has(kPossessive) && t + 1 < last &&
        (lexicon_.FlagsOfWordIn(doc_.text, StripPossessive(doc_.TokenText(t))) &
         (kTime | kGroup | kRole | kOrgNoun | kOrgUnit | kDocument)) == 0) {
      return true;
    }
  }
  return false;
}

bool SpeakerResolver::ItsOrWhichAfter(uint32_t l) const {
  const auto& toks = doc_.tokens;
  const uint32_t end = doc_.sentences[doc_.sentence_of[l - 1]].last;
  if (l + 1 < end && toks[l].IsPunct(',') && doc_.WordIs(l + 1, "which")) return true;
  // The cue within a few words ("said on Thursday"), then "its" opening its clause.
  for (uint32_t c = l; c < end && c < l + 5 && toks[c].IsWord(); ++c) {
    if (!toks[c].is(kCueStart) || !toks[c].has(kLowerInitial)) continue;
    uint32_t t = c + 1;
    // (Past a time: "said on Thursday its", "said Monday that its".)
    if (t + 1 < end && doc_.WordIs(t, "on") && toks[t + 1].is(kTime)) t += 2;
    if (t < end && toks[t].is(kTime) && toks[t].has(kCapitalized)) ++t;
    if (t < end && doc_.WordIs(t, "that")) ++t;
    return t + 1 < end && doc_.WordIs(t, "its");
  }
  return false;
}

bool SpeakerResolver::PraiseWord(uint32_t t) const {
  const std::string_view word = doc_.TokenText(t);
  const size_t hyphen = word.rfind('-');
  if (hyphen != std::string_view::npos && hyphen + 3 < word.size()) {
    const std::string_view tail = word.substr(hyphen + 1);
    if (tail[0] >= 'a' && tail[0] <= 'z' && (tail.ends_with("ing") || tail.ends_with("ed"))) {
      return true;  // "Award-winning", "Oscar-nominated" (not "Elm-born": no participle)
    }
  }
  return HasAdjectiveEnding(word) ||
         LowerIsOneOf(word, {"famed", "renowned", "acclaimed", "celebrated", "legendary",
                             "veteran", "noted", "famous", "beloved", "eminent"});
}

SpeakerResolver::~SpeakerResolver() {
  // Emptied for the next article; capacity is kept, except after an unusually large one.
  constexpr size_t kMaxKept = 4096;
  if (states_.capacity() > kMaxKept || initial_groups_.capacity() > kMaxKept ||
      by_name_.capacity() > kMaxKept) {
    speakers_ = {};
    states_ = {};
    initial_groups_ = {};
    in_no_full_name_ = {};
    full_names_ = {};
    full_names_indexed_.reset();
    org_openers_ = {};
    recent_ = {};
    by_name_ = {};
    scratch_.name_blocks = {};
  } else {
    speakers_.clear();
    states_.clear();
    initial_groups_.clear();
    in_no_full_name_.clear();
    full_names_.clear();
    full_names_indexed_.reset();
    org_openers_.clear();
    recent_.clear();
    by_name_.clear();
  }
  scratch_.name_block = 0;
  scratch_.name_block_used = 0;
  scratch_.in_use = false;
}

void SpeakerResolver::Touch(int speaker) {
  if (!recent_.empty() && recent_.back() == speaker) return;  // already the most recent
  // (Most speakers touched are new ones, not in the list: not searched for.)
  if (states_[speaker].recent) {
    recent_.erase(std::find(recent_.begin(), recent_.end(), speaker));
  } else if (recent_.size() >= kMaxRecentSpeakers) {
    // The least recent is forgotten (by_name_ still has it).
    states_[recent_.front()].recent = false;
    recent_.erase(recent_.begin());
  }
  states_[speaker].recent = true;
  recent_.push_back(speaker);
}

void SpeakerResolver::SetTokens(int speaker, std::string_view kept_lower_name) {
  State& st = states_[speaker];
  // (Views of the kept name, not copies: two string assigns for each new speaker.)
  const std::string_view view = kept_lower_name;
  const size_t first_space = view.find(' ');
  // (rfind reads byte by byte from the end: not for a name of one word.)
  const size_t last_space = first_space == std::string_view::npos ? first_space : view.rfind(' ');
  st.multi_token = first_space != std::string_view::npos;
  st.first_token = view.substr(0, first_space);
  std::string_view last = last_space == std::string_view::npos ? view : view.substr(last_space + 1);
  if (first_space != last_space && IsGenerationSuffix(last)) {  // "Tom Lee Jr." -> "lee"
    const std::string_view rest = view.substr(0, last_space);
    last = rest.substr(rest.rfind(' ') + 1);
  }
  st.last_token = last;
}

// The word classes no word of a person's name has.
constexpr uint32_t kNotNameWord = kStop | kDeterminer | kPronoun | kPreverb | kOrgNoun | kOrgUnit |
                                  kCorpSuffix | kDocument | kGroup | kCueStart | kAdjunct | kRole |
                                  kTitle | kTime;

// Inline: FindFullName calls it for each candidate token and the tokens around it.
__attribute__((always_inline)) inline bool SpeakerResolver::IsNameToken(uint32_t t) const {
  const Token& tok = doc_.tokens[t];
  if (!tok.IsWord() || !tok.has(kCapitalized) || tok.has(kHasDigit)) return false;
  if (tok.is(kNotNameWord)) {
    if (tok.is(kPreverb)) return WordAsGivenName(t);
    return TitleWordAsSurname(t) || (tok.is(kTime) && WordAsGivenName(t));
  }
  const std::string_view text = doc_.TokenText(t);
  // "Interestingly Tom Lee said": an adverb in -ly opening the sentence is no given name
  // (by its ending: "Beverly", "Kimberly", "Connally" are names).
  if (text.size() > 7 && text.ends_with("ly") && SentenceOpeningAdverb(t)) return false;
  // An initial ("Tom R. Lee") and a suffix ("III") are part of a name, other acronyms not;
  // nor is where the person was born ("South Korean-born Ann Ray").
  const bool initial = text.size() == 2 && text[1] == '.';
  return (initial || !(text.size() > 1 && IsAcronym(text)) || IsGenerationSuffix(text)) &&
         !text.ends_with("-born");
}

bool SpeakerResolver::SentenceOpeningAdverb(uint32_t t) const {
  const std::string_view text = doc_.TokenText(t);
  if (text.size() <= 7 || !text.ends_with("ly")) return false;
  static constexpr std::string_view kAdverbEndings[] = {
      "ingly", "ately", "ously", "ively", "edly", "ently", "antly",
      "ibly",  "ably",  "fully", "ically", "ssly", "ionally"};
  bool adverb = false;
  for (const std::string_view ending : kAdverbEndings) adverb = adverb || text.ends_with(ending);
  if (!adverb) return false;
  uint32_t first = doc_.sentences[doc_.sentence_of[t]].first;
  while (first < t && !doc_.tokens[first].IsWord()) ++first;  // after an opening quote
  return first == t;
}

bool SpeakerResolver::TitleWordAsSurname(uint32_t t) const {
  const auto& toks = doc_.tokens;
  constexpr uint32_t kTitleOrRole = kTitle | kRole;
  if (!toks[t].is(kTitleOrRole) || toks[t].is(kNotNameWord & ~kTitleOrRole) || t == 0 ||
      t + 1 >= toks.size()) {
    return false;
  }
  const Token& given = toks[t - 1];
  const Token& next = toks[t + 1];
  return given.IsWord() && given.has(kCapitalized) && (given.is(kMale) || given.is(kFemale)) &&
         !given.is(kNotNameWord) && !given.has(kPossessive) &&
         doc_.sentence_of[t - 1] == doc_.sentence_of[t] &&
         (!next.IsWord() || !next.has(kCapitalized) ||
          IsGenerationSuffix(doc_.TokenText(t + 1))) &&
         !lexicon_.IsPlace(doc_.TokenText(t - 1));
}

bool SpeakerResolver::WordAsGivenName(uint32_t t) const {
  const auto& toks = doc_.tokens;
  if (t + 1 >= toks.size() || !toks[t].has(kCapitalized)) return false;
  const bool month =
      doc_.WordIs(t, "june") || doc_.WordIs(t, "april") || doc_.WordIs(t, "august");
  if (!month && !doc_.WordIs(t, "will") && !doc_.WordIs(t, "may")) return false;
  // (A month is a given name only where no preposition or time word comes before it: "His
  // wife, June Moss, said", "June Moss said", "said June Moss"; not "in June Moss said".)
  if (month && t > 0 && toks[t - 1].IsWord() &&
      (toks[t - 1].is(kStop) || toks[t - 1].is(kTime) ||
       (toks[t - 1].has(kLowerInitial) && !toks[t - 1].is(kCueStart)))) {
    return false;
  }
  // The next word must be a name on its own terms, not an auxiliary again ("Will May"
  // stays unread): "Will Congress act?" and "Will Democrats ..." open questions.
  const Token& next = toks[t + 1];
  if (!next.IsWord() || !next.has(kCapitalized) || next.has(kHasDigit) ||
      next.is(kNotNameWord) || IsAcronym(doc_.TokenText(t + 1))) {
    return false;
  }
  // Nor a question ("Will Harbor survive?") or a headline's Title Case ("Will Harbor Find
  // a Buyer"): a name goes on with a lower-case word or a mark ("Will Moss said", "said
  // Will Moss, the coach").
  const Sentence& sentence = doc_.sentences[doc_.sentence_of[t]];
  const bool question =
      toks[sentence.last - 1].IsPunct('?') ||
      (sentence.last - 1 > t && toks[sentence.last - 1].IsQuote() &&
       toks[sentence.last - 2].IsPunct('?'));
  return !question && (t + 2 >= sentence.last || !toks[t + 2].has(kCapitalized));
}

bool SpeakerResolver::IntroducedAsFamily(uint32_t first, uint32_t last) const {
  const auto& toks = doc_.tokens;
  if (first >= 1 && toks[first - 1].IsWord() && IsFamilyWord(doc_.TokenText(first - 1))) {
    return true;
  }
  if (first >= 2 && toks[first - 1].IsPunct(',') && IsFamilyWord(doc_.TokenText(first - 2))) {
    return true;
  }
  return last + 2 < toks.size() && toks[last].IsPunct(',') &&
         (doc_.WordIs(last + 1, "her") || doc_.WordIs(last + 1, "his") ||
          doc_.WordIs(last + 1, "their") || doc_.WordIs(last + 1, "the")) &&
         IsFamilyWord(doc_.TokenText(last + 2));
}

bool SpeakerResolver::FindFullName(std::string_view word, uint32_t position, uint32_t* first,
                                   uint32_t* last) {
  // A full name is a run of consecutive name tokens in one sentence, cut after a possessive
  // ("Ray's Tom Lee"); only the ends of runs of 2-4 tokens can be a name's first or last
  // token. Only the capitalized tokens that read as `word` are looked at, and the run around
  // each, nearest to `position` first: reading every capitalized token of the article as a
  // name token up front took a hard-to-predict branch or two per token.
  const auto& toks = doc_.tokens;
  // A candidate for `word` has its first byte, so its InitialGroup, and a length from
  // word's to word's + 4 (a possessive adds 1-4 bytes): the scans below visit only the
  // capitalized tokens of word's group (initial_groups_) and test the length before reading
  // any text. (Scanning every capitalized token per call cost time in the square of a long
  // text's length.)
  const std::vector<uint32_t>& capitalized = doc_.capitalized;
  // (No capitalized token is empty or a bare possessive, so an empty word matches none.)
  if (capitalized.empty() || word.empty()) return false;
  ListInitialGroups();
  const uint8_t group = static_cast<uint8_t>(InitialGroup(word[0]));
  auto may_read_as_word = [&](uint32_t t) {
    const uint32_t length = toks[t].end - toks[t].begin;
    return length >= word.size() && length - word.size() <= 4;
  };
  // The last at or before `position`: the first found walking back from it. Else the first
  // after it. Among those met before, a name that ends with the word comes before any that
  // opens with it ("Mr. Lee" is Tom Lee, not the Lee Harbor Group met since); one met
  // before comes before any met after it. The first name found that opens with the word
  // ("Xi Jinping" for "Mr. Xi") is kept as the fallback.
  const size_t after =
      std::upper_bound(capitalized.begin(), capitalized.end(), position) - capitalized.begin();
  // Most searches end within a few candidates. One that reads many (a word that stands
  // alone hundreds of times) goes to the word's list of full names instead, made once, so
  // that an article repeating the word is not read in the square of its length.
  int candidates_left = kMaxFullNameCandidates;
  bool opening = false;
  uint32_t opening_first = 0, opening_last = 0;
  // Reads candidate k of the list; true when it ends the search, a full name ending in the
  // word. (A word that stands in no full name is marked so: an article's searches read the
  // same lone surname again and again, and its run is not read twice.)
  auto read = [&](size_t k) {
    --candidates_left;
    const uint32_t t = capitalized[k];
    if (in_no_full_name_[k] || StripPossessive(doc_.TokenText(t)) != word) return false;
    uint32_t b = 0, end = 0;
    const FullNameRole role = RoleInNameRun(t, &b, &end);
    if (role == FullNameRole::kNone) in_no_full_name_[k] = 1;
    if (role == FullNameRole::kLast) {
      *first = b;
      *last = end;
      return true;
    }
    if (role == FullNameRole::kFirst && !opening) {
      opening = true;
      opening_first = b;
      opening_last = end;
    }
    return false;
  };
  // Back from `after`, 16 capitalized tokens a step, those of the group from the last.
  for (size_t chunk = (after + 15) / 16; chunk-- > 0 && candidates_left > 0;) {
    const size_t base = 16 * chunk;
    unsigned bits = GroupBits(chunk, group);
    if (after - base < 16) bits &= (1u << (after - base)) - 1;  // (those before `after`)
    while (bits != 0 && candidates_left > 0) {
      const int i = 31 - __builtin_clz(bits);
      bits &= ~(1u << i);
      if (may_read_as_word(capitalized[base + i]) && read(base + i)) return true;
    }
  }
  for (size_t chunk = after / 16;
       16 * chunk < capitalized.size() && !opening && candidates_left > 0; ++chunk) {
    const size_t base = 16 * chunk;
    unsigned bits = GroupBits(chunk, group);
    if (after > base) bits &= ~((1u << (after - base)) - 1);  // (those from `after` on)
    while (bits != 0 && !opening && candidates_left > 0) {
      const size_t k = base + __builtin_ctz(bits);
      bits &= bits - 1;
      if (may_read_as_word(capitalized[k]) && read(k)) return true;
    }
  }
  if (candidates_left <= 0) return FullNameFromList(word, position, first, last);
  if (!opening) return false;
  *first = opening_first;
  *last = opening_last;
  return true;
}

SpeakerResolver::FullNameRole SpeakerResolver::RoleInFullName(uint32_t t, std::string_view word,
                                                              uint32_t* first,
                                                              uint32_t* last) const {
  if (StripPossessive(doc_.TokenText(t)) != word) return FullNameRole::kNone;
  return RoleInNameRun(t, first, last);
}

SpeakerResolver::FullNameRole SpeakerResolver::RoleInNameRun(uint32_t t, uint32_t* first,
                                                             uint32_t* last) const {
  const auto& toks = doc_.tokens;
  const uint32_t count = static_cast<uint32_t>(toks.size());
  if (!IsNameToken(t)) return FullNameRole::kNone;
  // Whether name token k continues the run that holds name token k - 1.
  auto joins_previous = [&](uint32_t k) {
    return !toks[k - 1].has(kPossessive) && doc_.sentence_of[k] == doc_.sentence_of[k - 1];
  };
  uint32_t b = t, e = t + 1;  // the run [b, e) that holds t
  while (b > 0 && IsNameToken(b - 1) && joins_previous(b)) --b;
  while (e < count && IsNameToken(e) && joins_previous(e)) ++e;
  if (e - b < 2 || e - b > 4) return FullNameRole::kNone;
  *first = b;
  *last = e;
  // "Tom Lee Jr.": the surname is the word before the suffix.
  const bool surname_before_suffix =
      e - b >= 3 && t == e - 2 && IsGenerationSuffix(StripPossessive(doc_.TokenText(e - 1)));
  // "Felix Chan Ka-ming": before a Cantonese given name written with a hyphen and a lower
  // case syllable, the family name comes second.
  auto cantonese_given_name = [&](uint32_t k) {
    const std::string_view w = doc_.TokenText(k);
    const size_t hyphen = w.find('-');
    return hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < w.size() &&
           w[hyphen + 1] >= 'a' && w[hyphen + 1] <= 'z';
  };
  const bool surname_before_given_name =
      e - b == 3 && t == e - 2 && cantonese_given_name(e - 1);
  if (t == e - 1 || surname_before_suffix || surname_before_given_name) {
    return FullNameRole::kLast;
  }
  // (Not a place's name after a preposition of place: "at Lee Tower".)
  if (t == b && !(b > 0 && toks[b - 1].IsWord() && toks[b - 1].has(kLowerInitial) &&
                  (doc_.WordIs(b - 1, "at") || doc_.WordIs(b - 1, "in") ||
                   doc_.WordIs(b - 1, "near")))) {
    return FullNameRole::kFirst;
  }
  return FullNameRole::kNone;
}

bool SpeakerResolver::FullNameFromList(std::string_view word, uint32_t position,
                                       uint32_t* first, uint32_t* last) {
  // The lists of every word of the group at once (in one reading of it: one list per word
  // would read the group once per distinct word).
  const size_t group = InitialGroup(word[0]);
  if (!full_names_indexed_[group]) {
    full_names_indexed_[group] = true;
    const std::vector<uint32_t>& capitalized = doc_.capitalized;
    for (size_t k = 0; k < capitalized.size(); ++k) {
      if (initial_groups_[k] != group) continue;
      const uint32_t t = capitalized[k];
      const std::string_view w = StripPossessive(doc_.TokenText(t));
      uint32_t b = 0, end = 0;
      const FullNameRole role = RoleInFullName(t, w, &b, &end);
      if (role == FullNameRole::kNone) continue;
      FullNames& names = full_names_[absl::string_view(w.data(), w.size())];
      (role == FullNameRole::kLast ? names.lasts : names.firsts).push_back(t);
    }
  }
  const auto found = full_names_.find(absl::string_view(word.data(), word.size()));
  if (found == full_names_.end()) return false;
  const FullNames& names = found->second;
  // As FindFullName's scans choose: the last name ending in the word at or before
  // `position`, else the last opening with it there, else the first of either after it.
  auto last_at_or_before = [&](const std::vector<uint32_t>& tokens) {
    const auto next = std::upper_bound(tokens.begin(), tokens.end(), position);
    return next == tokens.begin() ? kNoToken : *(next - 1);
  };
  auto first_after = [&](const std::vector<uint32_t>& tokens) {
    const auto next = std::upper_bound(tokens.begin(), tokens.end(), position);
    return next == tokens.end() ? kNoToken : *next;
  };
  uint32_t t = last_at_or_before(names.lasts);
  if (t == kNoToken) t = last_at_or_before(names.firsts);
  if (t == kNoToken) t = std::min(first_after(names.lasts), first_after(names.firsts));
  if (t == kNoToken) return false;
  RoleInFullName(t, word, first, last);
  return true;
}

std::string_view SpeakerResolver::TextView(uint32_t first, uint32_t last,
                                           std::string* buffer) const {
  if (last <= first) return {};
  const auto& toks = doc_.tokens;
  // Display names keep one plain space between words, whatever the text had there (a
  // line break, a no-break space, a soft hyphen, two spaces); most names stand as they are
  // in the text, and are not copied.
  bool plain = true;
  for (uint32_t t = first + 1; t < last && plain; ++t) {
    const uint32_t gap = toks[t].begin - toks[t - 1].end;
    plain = gap == 0 || (gap == 1 && doc_.text[toks[t - 1].end] == ' ');
  }
  if (plain) return doc_.SpanText(toks[first].begin, toks[last - 1].end);
  buffer->clear();
  for (uint32_t t = first; t < last; ++t) {
    if (t > first && toks[t].begin != toks[t - 1].end) buffer->push_back(' ');
    buffer->append(doc_.TokenText(t));
  }
  return *buffer;
}

std::string SpeakerResolver::Text(uint32_t first, uint32_t last) const {
  std::string out;
  const std::string_view text = TextView(first, last, &out);
  if (text.data() != out.data()) out.assign(text);
  return out;
}

void SpeakerResolver::ListInitialGroups() {
  if (initial_groups_listed_) return;
  initial_groups_listed_ = true;
  const std::vector<uint32_t>& capitalized = doc_.capitalized;
  // (The padding's byte is in no group: a chunk read past the list's end finds nothing.)
  constexpr uint8_t kNoGroup = 0xFF;
  initial_groups_.assign((capitalized.size() + 15) / 16 * 16, kNoGroup);
  in_no_full_name_.assign(capitalized.size(), 0);
  // (Through local pointers: a byte stored through the vector's may alias them, and they
  // were reloaded for each word.)
  const Token* const toks = doc_.tokens.data();
  const char* const text = doc_.text.data();
  const uint32_t* const words = capitalized.data();
  uint8_t* const groups = initial_groups_.data();
  const size_t count = capitalized.size();
  for (size_t k = 0; k < count; ++k) {
    groups[k] = static_cast<uint8_t>(InitialGroup(text[toks[words[k]].begin]));
  }
}

unsigned SpeakerResolver::GroupBits(size_t chunk, uint8_t group) const {
  const __m128i groups =
      _mm_loadu_si128(reinterpret_cast<const __m128i*>(initial_groups_.data() + 16 * chunk));
  return static_cast<unsigned>(
      _mm_movemask_epi8(_mm_cmpeq_epi8(groups, _mm_set1_epi8(static_cast<char>(group)))));
}

void SpeakerResolver::MakeOrganizationOpeners() {
  // (The tokens and the list through spans held here: reached through doc_, their data
  // pointers were reloaded in the loop.)
  const std::span<const Token> toks(doc_.tokens);
  // The list holds every capitalized word in order, so the word after c is capitalized
  // just when it is the list's next entry (the last entry has none after it, and the
  // entry after the scan's last is read too).
  const std::span<const uint32_t> caps(doc_.capitalized);
  const size_t scan = std::min(caps.size(), static_cast<size_t>(kMaxOrganizationScan) + 1);
  // The next token's classes first, both fields in one test: whether it is capitalized
  // varies from word to word (a branch that mispredicted often), while few tokens are
  // organization nouns, corporate suffixes or possessives. (c + 1 <= caps[k + 1]: a token.)
  auto may_open = [&](size_t k) {
    const Token& next = toks[caps[k] + 1];
    return ((next.word_flags & (kOrgNoun | kCorpSuffix)) | (next.flags & kPossessive)) != 0;
  };
  // (The words that fail it skipped in a loop of their own, through an index of its own
  // that stays in a register: the loop's, live across the calls below, was kept on the
  // stack and loaded and stored for every word.)
  auto next_candidate = [&](size_t from) {
    size_t j = from;
    while (j + 1 < scan && !may_open(j)) ++j;
    return j;
  };
  for (size_t k = next_candidate(0); k + 1 < scan; k = next_candidate(k + 1)) {
    const uint32_t c = caps[k];
    const Token& next = toks[c + 1];
    if (caps[k + 1] != c + 1 || doc_.sentence_of[c + 1] != doc_.sentence_of[c]) continue;
    // ("Halvorsen Appliance's two plants": the possessive's word is looked up bare.)
    const uint32_t flags =
        next.has(kPossessive)
            ? lexicon_.FlagsOfWordIn(doc_.text, StripPossessive(doc_.TokenText(c + 1)))
            : next.word_flags;
    if ((flags & (kOrgNoun | kCorpSuffix)) == 0) continue;
    const std::string_view opener = doc_.TokenText(c);
    const auto [entry, added] = org_openers_.try_emplace(
        absl::string_view(opener.data(), opener.size()), std::array<uint32_t, 2>{c, kNoToken});
    if (!added && entry->second[1] == kNoToken) entry->second[1] = c;
  }
}

bool SpeakerResolver::OrganizationOpenedBy(uint32_t t) {
  const auto& toks = doc_.tokens;
  const std::string_view word = StripPossessive(doc_.TokenText(t));
  if (word.size() < 3 || toks[t].is(kFemale) || toks[t].is(kMale)) return false;
  // A bare name, not a member after a determiner or a number ("one Republican", "the
  // Democrat"), nor a word of a party or a people ("Republican", "Democratic", "Danish").
  if (t > 0 && toks[t - 1].IsWord() &&
      (toks[t - 1].is(kDeterminer) || toks[t - 1].has(kHasDigit) || doc_.WordIs(t - 1, "one"))) {
    return false;
  }
  // (Literals, not a loop over a list of views, which called strlen and memcmp for each.)
  if (EndsWith(word, "an") || EndsWith(word, "ic") || EndsWith(word, "ish") ||
      EndsWith(word, "ese") || EndsWith(word, "at")) {
    return false;
  }
  // ("A Harbor Board official": the body names the person's employer here.)
  if (t + 2 < toks.size() && toks[t + 1].is(kOrgNoun) && toks[t + 2].is(kRole)) return false;
  if (!org_openers_made_) {
    org_openers_made_ = true;
    MakeOrganizationOpeners();
  }
  if (org_openers_.empty()) return false;  // (none in the article: no hash computed)
  const auto found = org_openers_.find(absl::string_view(word.data(), word.size()));
  if (found == org_openers_.end()) return false;
  const uint32_t c = found->second[0] != t ? found->second[0] : found->second[1];
  if (c == kNoToken) return false;
  // (A person whose full name ends in the word is that person: "Tom Lee ... Lee said".
  // Asked last: the lookup mostly finds nothing.)
  uint32_t ff = 0, fl = 0;
  if (FindFullName(word, t, &ff, &fl) && StripPossessive(doc_.TokenText(fl - 1)) == word) {
    return false;
  }
  org_first_ = c;
  return true;
}

bool SpeakerResolver::NamedAsBodyElsewhere(uint32_t first, uint32_t last) {
  const auto& toks = doc_.tokens;
  const uint32_t n = last - first;
  if (n == 0 || n > 4) return false;
  for (uint32_t r = first; r < last; ++r) {
    if (!toks[r].IsWord() || !toks[r].has(kCapitalized) ||
        (toks[r].word_flags & (kTitle | kRole | kFemale | kMale | kGroup | kDocument)) != 0) {
      return false;
    }
  }
  // (The first bytes compared first: most places' words differ there.)
  const char first_byte = doc_.text[toks[first].begin];
  auto same_words = [&](uint32_t t) {
    if (doc_.text[toks[t].begin] != first_byte) return false;
    for (uint32_t i = 0; i < n; ++i) {
      if (StripPossessive(doc_.TokenText(t + i)) != StripPossessive(doc_.TokenText(first + i))) {
        return false;
      }
    }
    return true;
  };
  // The places first (most names are given at none); the tests of the name after.
  ListBodyMarks();
  const BodyMarks& marks = body_marks_;
  bool found = false;
  for (size_t i = 0; i < marks.openers.size() && !found; ++i) {
    found = marks.openers[i] + n < toks.size() && same_words(marks.openers[i]);
  }
  for (size_t i = 0; i < marks.suffixes.size() && n >= 2 && !found; ++i) {
    const uint32_t after = marks.suffixes[i];
    found = after >= n && !toks[after - 1].has(kPossessive) && same_words(after - n);
  }
  for (size_t i = 0; i < marks.whiches.size() && !found; ++i) {
    const uint32_t after = marks.whiches[i];
    found = after >= n && same_words(after - n);
  }
  // ("The manufacturer, Elm Nutrition, said": the whole appositive, a comma after it; "an
  // Oakport-based Elm Nutrition": the name after it.)
  for (size_t i = 0; i < marks.heads.size() && !found; ++i) {
    const uint32_t after = marks.heads[i];
    found = after >= n && same_words(after - n);
  }
  // (The whole run before the verb, or its last word: "Mamelodi Rovers have ... Rovers".)
  for (size_t i = 0; i < marks.plurals.size() && !found; ++i) {
    const uint32_t after = marks.plurals[i];
    found = after >= n && same_words(after - n) &&
            (n == 1 || after - n == 0 || !toks[after - n - 1].IsWord() ||
             !toks[after - n - 1].has(kCapitalized));
  }
  for (size_t i = 0; i < marks.appositives.size() && !found; ++i) {
    const uint32_t t = marks.appositives[i];
    found = t + n < toks.size() && same_words(t) &&
            (toks[t + n].IsPunct(',') || doc_.TokenText(t - 1).ends_with("-based"));
  }
  if (!found) return false;
  // Not a person met before, nor a surname of one named in full: "Ray" of "the Ray
  // Organization".
  const LowerCased lower(StripPossessive(Text(first, last)));
  const auto known = by_name_.find(absl::string_view(lower.view().data(), lower.view().size()));
  if (known != by_name_.end() && speakers_[known->second].kind == SpeakerKind::kPerson) {
    return false;
  }
  if (lexicon_.IsPlace(StripPossessive(Text(first, last)))) return false;
  uint32_t full_first = 0, full_last = 0;
  if (!(n == 1 && FindFullName(StripPossessive(doc_.TokenText(first)), first, &full_first,
                               &full_last) &&
        full_last - full_first >= 2)) {
    return true;
  }
  // (Unless the article gives the full name as a body's too: "Mamelodi Rovers have signed
  // ... Rovers denied it".)
  return NamedAsBodyElsewhere(full_first, full_last);
}

void SpeakerResolver::ListBodyMarks() {
  BodyMarks& marks = body_marks_;
  if (marks.listed) return;
  marks.listed = true;
  const auto& toks = doc_.tokens;
  const uint32_t count = static_cast<uint32_t>(toks.size());
  // "Elm Deep's shares fell", "VoltHouse chief executive Tom Lee", "Oakport coach Ann Ray":
  // a word only a body has after a name. (Not "spokesman", "chairman": a politician has
  // them too.) "Mamelodi Rovers have signed", "Elm Water were fined": a name that takes a
  // plural verb is a team or a body (British use), never one person. (Made in the pass over
  // the words below, through one test of the next word's id first: few are any of them.)
  static constexpr WordSet kAfterBodyName = {"shares", "shareholders", "stock", "ceo", "coach",
                                             "chief", "have", "are", "were"};
  auto after_name = [&](uint32_t t) {
    const uint32_t a = t + 1;
    const bool body_head = doc_.WordIs(a, "shares") || doc_.WordIs(a, "shareholders") ||
                           doc_.WordIs(a, "stock") || doc_.WordIs(a, "ceo") ||
                           doc_.WordIs(a, "coach") ||
                           (doc_.WordIs(a, "chief") && doc_.WordIs(a + 1, "executive"));
    if (body_head) marks.heads.push_back(a);
    if (!(doc_.WordIs(a, "have") || doc_.WordIs(a, "are") || doc_.WordIs(a, "were")) ||
        toks[t].has(kPossessive)) {
      return;
    }
    // (Not a run that "and" or a comma joins to another: "Ann Ray and Tom Lee were"; nor
    // a preposition's object: "Passengers on a flight to Elmport have said".)
    uint32_t b = t;
    while (b > 0 && t - b < 4 && toks[b - 1].IsWord() && toks[b - 1].has(kCapitalized) &&
           !toks[b - 1].has(kPossessive) && !toks[b - 1].is(kDeterminer)) {
      --b;
    }
    const bool joined = b > 0 && (toks[b - 1].IsPunct(',') || toks[b - 1].IsPunct('&') ||
                                  doc_.WordIs(b - 1, "and") || doc_.WordIs(b - 1, "&") ||
                                  doc_.WordIs(b - 1, "or") ||
                                  PrepositionOf(doc_.TokenText(b - 1)) != Preposition::kOther);
    // (One word in the plural is as often a people's or a group's: "Latinos are".)
    const bool plural_word = b == t && doc_.TokenText(t).ends_with("s");
    // (Nor a name a person's role describes, which a plural verb follows only as the last
    // of several: "Tom Lee and businessman Ann Ray have".)
    const bool described_person = b > 0 && toks[b - 1].IsWord() &&
                                  toks[b - 1].has(kLowerInitial) && toks[b - 1].is(kRole) &&
                                  !toks[b - 1].is(kGroup) && !toks[b - 1].is(kOrgNoun);
    if (!joined && !plural_word && !described_person) marks.plurals.push_back(a);
  };
  const Token* const tok = toks.data();
  // (The rare classes tested first, in one branch: most capitalized words are at none of
  // the places. The neighbours through a pointer to the word: one address, not three. A
  // comma before it for an appositive; a capitalized word ending in "d" for a place's
  // "-based": most names' first words end otherwise.)
  const char* const text = doc_.text.data();
  auto elsewhere = [&](uint32_t t) {
    const Token* const word = tok + t;
    const uint32_t based = static_cast<uint32_t>(text[word[-1].end - 1] == 'd') &
                           static_cast<uint32_t>((word[-1].flags & kCapitalized) != 0);
    return ((word[-1].word_flags & kOrgNoun) | (word[0].word_flags & kCorpSuffix) |
            static_cast<uint32_t>(word[1].punct == ',') |
            static_cast<uint32_t>(word[-1].punct == ',') | based) == 0;
  };
  const std::span<const uint32_t> caps(doc_.capitalized);
  // The text's first and last tokens, with a neighbour missing, can only be the list's
  // first and last words: those skip the test (the tests below make their own), and the
  // words between [lo, hi) are read without one.
  const size_t lo = !caps.empty() && caps.front() == 0 ? 1 : 0;
  const size_t hi = !caps.empty() && caps.back() + 1 >= count ? caps.size() - 1 : caps.size();
  // (The words elsewhere skipped in a loop of their own, through an index of its own that
  // stays in a register, as in MakeOrganizationOpeners.)
  // (Both lists in one pass over the words: the words before a body's word (ids) pass the
  // skip too. A word that `elsewhere` would skip reaches none of the places below.)
  const uint16_t* const ids = doc_.word_ids.data();
  // "Shares of Elm Deep fell": a name after "shares of" is a company's.
  auto shares_of = [&](uint32_t t) {
    return t >= 2 && doc_.WordIs(t - 1, "of") && doc_.WordIs(t - 2, "shares") &&
           !tok[t - 1].has(kCapitalized);
  };
  auto next_candidate = [&](size_t from) {
    if (from < lo) return from;
    size_t j = from;
    while (j < hi && elsewhere(caps[j]) && !kAfterBodyName.Has(ids[caps[j] + 1]) &&
           !shares_of(caps[j])) {
      ++j;
    }
    return j;
  };
  for (size_t k = next_candidate(0); k < caps.size(); k = next_candidate(k + 1)) {
    const uint32_t t = caps[k];
    if (t + 2 < count && kAfterBodyName.Has(ids[t + 1])) after_name(t);
    if (shares_of(t)) {
      uint32_t end = t + 1;
      while (end < count && end < t + 4 && tok[end].IsWord() && tok[end].has(kCapitalized)) ++end;
      marks.heads.push_back(end);
    }
    // (Each place's commonest failing test made here first, without the call: most words
    // come here for a comma after them, with no "which" after it.)
    if (t >= 2 && tok[t - 1].is(kOrgNoun) && BodyNounOpens(t)) marks.openers.push_back(t);
    if (SuffixAt(t)) marks.suffixes.push_back(t);
    if (t + 2 < count && doc_.WordIs(t + 2, "which") && WhichAt(t + 1)) {
      marks.whiches.push_back(t + 1);
    }
    // "Hamburg-based Elm Shipping": a place's "-based" before a name says where a body sits
    // (a person is "a Hamburg-based lawyer"). "The manufacturer, Elm Nutrition, said", "its
    // carrier, SkyGael,": a name in apposition to a determiner's body noun in lower case.
    const bool based = t >= 1 && tok[t - 1].IsWord() && tok[t - 1].has(kCapitalized) &&
                       doc_.TokenText(t - 1).ends_with("-based");
    const bool comma_before = t >= 3 && tok[t - 1].IsPunct(',');
    if (!based && !comma_before) continue;
    const uint32_t comma = based && t >= 4 && tok[t - 2].IsPunct(',') ? t - 2 : t - 1;
    // (Not after a role's complement: in "A spokeswoman for the department, Clare Dunn,"
    // the name is the spokeswoman's.)
    const bool role_complement = comma >= 4 && tok[comma - 3].IsWord() &&
                                 tok[comma - 3].has(kLowerInitial) &&
                                 (doc_.WordIs(comma - 3, "for") || doc_.WordIs(comma - 3, "at") ||
                                  doc_.WordIs(comma - 3, "of")) &&
                                 tok[comma - 4].is(kRole);
    const bool appositive = comma >= 2 && tok[comma].IsPunct(',') && BodyNounBefore(comma) &&
                            (tok[comma - 2].is(kDeterminer) || tok[comma - 2].has(kPossessive)) &&
                            !role_complement;
    if (based || appositive) marks.appositives.push_back(t);
  }
}

bool SpeakerResolver::BodyNounBefore(uint32_t t) const {
  const auto& toks = doc_.tokens;
  return t > 0 && toks[t - 1].IsWord() && toks[t - 1].has(kLowerInitial) &&
         toks[t - 1].is(kOrgNoun) && !toks[t - 1].is(kRole) && !toks[t - 1].is(kGroup) &&
         !toks[t - 1].is(kTitle);
}

bool SpeakerResolver::BodyNounOpens(uint32_t t) const {
  // (Not after a determiner, where the name may open a clause: "the firm Ann Ray runs".)
  return t >= 2 && BodyNounBefore(t) && !doc_.tokens[t - 2].is(kDeterminer);
}

bool SpeakerResolver::SuffixAt(uint32_t t) const {
  // (After a name of two words at least, tested by the caller: "Elm Aggregates Ltd"; a
  // surname alone may name a firm after its founder.)
  const Token& tok = doc_.tokens[t];
  return tok.IsWord() && tok.has(kCapitalized) && tok.is(kCorpSuffix);
}

bool SpeakerResolver::WhichAt(uint32_t t) const {
  return doc_.tokens[t].IsPunct(',') && t + 1 < doc_.tokens.size() && doc_.WordIs(t + 1, "which");
}

std::string_view SpeakerResolver::KnownOrganization(uint32_t first, uint32_t last) const {
  if (known_organization_.first != first || known_organization_.last != last) {
    std::string buffer;
    const std::string_view run = StripPossessive(TextView(first, last, &buffer));
    known_organization_ = {first, last, lexicon_.CanonicalOrganization(run)};
  }
  return known_organization_.name;
}

bool SpeakerResolver::CompanyHeadTitle(uint32_t first, uint32_t last) const {
  static constexpr WordSet kCompanyHeads = {"ceo", "cfo", "coo", "cto"};
  static constexpr WordSet kChiefs = {"executive", "officer"};
  const uint16_t last_word = doc_.word_ids[last - 1];
  return kCompanyHeads.Has(last_word) ||
         (kChiefs.Has(last_word) && doc_.WordIs(first, "chief"));
}

bool SpeakerResolver::FirmBeforeCompanyTitle(uint32_t first, uint32_t title) const {
  static constexpr WordSet kFounders = {"founder", "co-founder", "spokesman", "spokeswoman",
                                        "spokesperson"};
  static constexpr WordSet kRanks = {"former", "interim", "acting", "new", "incoming",
                                     "outgoing", "longtime", "then"};
  const auto& toks = doc_.tokens;
  // (One word, or "chief" and up to two more: "chief executive", "chief financial officer".)
  const bool head =
      (title == first + 1 &&
       (kFounders.Has(doc_.word_ids[title]) || CompanyHeadTitle(title, title + 1))) ||
      (title > first + 1 && title <= first + 3 && doc_.WordIs(first + 1, "chief") &&
       CompanyHeadTitle(first + 1, title + 1));
  if (!head) return false;
  if (!toks[first].IsWord() || !toks[first].has(kCapitalized) || toks[first].has(kPossessive) ||
      toks[first].is(kStop | kDeterminer | kTitle | kRole) || kRanks.Has(doc_.word_ids[first])) {
    return false;
  }
  // ("Company spokesman Tom Lee", "Union spokeswoman Ann Ray": a body's common noun, no name.)
  if (toks[first].is(kOrgNoun) && first == doc_.sentences[doc_.sentence_of[first]].first) {
    return false;
  }
  const std::string_view word = doc_.TokenText(first);
  if (HasAdjectiveEnding(word) || lexicon_.IsPlace(word)) return false;
  // ("Campaign spokesman Tom Lee": a common noun, capitalized as the sentence's first word,
  // that the article writes in lower case elsewhere.)
  // (A few scans per article: past them the word counts as a name.)
  if (first == doc_.sentences[doc_.sentence_of[first]].first && lower_case_lookups_left_ > 0) {
    --lower_case_lookups_left_;
    const absl::string_view bare(word.data(), word.size());
    for (uint32_t t = 0; t < toks.size(); ++t) {
      if (t == first || !toks[t].IsWord() || !toks[t].has(kLowerInitial) ||
          toks[t].end - toks[t].begin != word.size()) {
        continue;
      }
      const std::string_view other = doc_.TokenText(t);
      if (absl::EqualsIgnoreCase(absl::string_view(other.data(), other.size()), bare)) {
        return false;
      }
    }
  }
  return true;
}

std::pair<uint32_t, uint32_t> SpeakerResolver::NameOfInitials(std::string_view acronym) const {
  const auto& toks = doc_.tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  std::pair<uint32_t, uint32_t> fallback = {0, 0};
  for (const uint32_t t : doc_.capitalized) {
    if (doc_.text[toks[t].begin] != acronym[0] || toks[t].is(kDeterminer) ||
        (t > 0 && toks[t - 1].IsWord() && toks[t - 1].has(kCapitalized) &&
         !toks[t - 1].is(kDeterminer))) {
      continue;  // (a run's first word only)
    }
    // The run's capitalized words and the joining words between them, read while their
    // initials (all, or the capitalized ones only) still spell the acronym.
    size_t all = 0, capitals = 0;
    uint32_t words = 0;
    bool body = false;
    uint32_t e = t;
    while (e < n && toks[e].IsWord() && (all < acronym.size() || capitals < acronym.size())) {
      const bool capital = toks[e].has(kCapitalized) && !toks[e].is(kDeterminer);
      const bool joining = toks[e].has(kLowerInitial) &&
                           (doc_.WordIs(e, "of") || doc_.WordIs(e, "for") ||
                            doc_.WordIs(e, "and") || doc_.WordIs(e, "on"));
      if (!capital && !joining) break;
      if (!capital && !(e + 1 < n && toks[e + 1].IsWord() && toks[e + 1].has(kCapitalized))) {
        break;
      }
      const char initial =
          absl::ascii_toupper(static_cast<unsigned char>(doc_.text[toks[e].begin]));
      all = all < acronym.size() && acronym[all] == initial ? all + 1 : acronym.size() + 1;
      if (capital) {
        capitals = capitals < acronym.size() && acronym[capitals] == initial
                       ? capitals + 1
                       : acronym.size() + 1;
        ++words;
        body = body || toks[e].is(kOrgNoun | kOrgUnit | kCorpSuffix);
      }
      ++e;
      if (toks[e - 1].has(kPossessive)) break;
    }
    // (Not a person's title: "Elm National Committeeman".)
    const bool spelled = all == acronym.size() || capitals == acronym.size();
    if (spelled && toks[e - 1].has(kCapitalized) && words >= 2 && (body || words >= 3) &&
        !toks[e - 1].is(kRole | kTitle) && !lexicon_.IsPlace(Text(t, e))) {
      if (body) return {t, e};
      // (A name with a body's word comes before one without: "Elm National Committee"
      // before "Elm National Convention".)
      if (fallback.second == 0) fallback = {t, e};
    }
  }
  return fallback;
}

std::string SpeakerResolver::CanonicalOrganization(uint32_t first, uint32_t last) const {
  // ("an economist at Lagos-based Elm Capital": where the body is based is no part of it.)
  if (last > first + 1 && doc_.TokenText(first).ends_with("-based")) ++first;
  std::string_view alias = KnownOrganization(first, last);
  if (!alias.empty()) return std::string(alias);
  // "Oakridge Ventures led the round ... Oakridge partner Sam Whitfield": one word that
  // opens a business's name elsewhere in the article (the name ending in an industry's word
  // or a corporate suffix) is that business, short. (Not a place's name: "Texas
  // Instruments ... a Texas official".)
  const std::string_view word = StripPossessive(doc_.TokenText(first));
  if (last == first + 1) {
    if (!business_runs_listed_) {
      business_runs_listed_ = true;
      // From each industry's word or corporate suffix, back over the capitalized words of
      // its name (at most three): each of them may open the name.
      const auto& toks = doc_.tokens;
      for (const uint32_t t : doc_.capitalized) {
        // (A possessive has no word class of its own: its word is looked up bare.)
        const uint32_t flags =
            toks[t].has(kPossessive)
                ? lexicon_.FlagsOfWordIn(doc_.text, StripPossessive(doc_.TokenText(t)))
                : toks[t].word_flags;
        if ((flags & (kIndustry | kCorpSuffix)) == 0) continue;
        for (uint32_t b = t; b > 0 && b + 3 > t && toks[b - 1].IsWord() &&
                             toks[b - 1].has(kCapitalized) && !toks[b - 1].is(kDeterminer) &&
                             !toks[b - 1].has(kPossessive);
             --b) {
          business_runs_.try_emplace(doc_.TokenText(b - 1), b - 1, t + 1);
        }
      }
    }
    const auto run = business_runs_.find(word);
    if (run != business_runs_.end() && !lexicon_.IsPlace(word)) {
      const auto [known, inserted] = long_forms_.try_emplace(word);
      // (The call for the longer name adds no key: `known` still points at this one.)
      if (inserted) known->second = CanonicalOrganization(run->second.first, run->second.second);
      return known->second;
    }
    // "The Harbor Safety Organization said ... HSO chief Ann Ray": an acronym of the initials
    // of a body's name the article gives in full is that body.
    // (A few acronyms per article are looked up: each reads its capitalized words.)
    if (word.size() >= 2 && word.size() <= 6 && IsAcronym(word) &&
        (initials_lookups_left_ > 0 || long_forms_.contains(word))) {
      const auto [known, inserted] = long_forms_.try_emplace(word);
      if (inserted) {
        --initials_lookups_left_;
        const auto [spelled_first, spelled_last] = NameOfInitials(word);
        if (spelled_last > spelled_first) {
          known->second = CanonicalOrganization(spelled_first, spelled_last);
        }
      }
      if (!known->second.empty()) return known->second;
    }
  }
  std::string buffer;
  std::string_view stripped = StripPossessive(TextView(first, last, &buffer));
  // Drop corporate suffixes: "Haier Group" -> "Haier".
  uint32_t end = last;
  // (In the possessive too: "Midea Group's washing machine division".)
  auto corp_suffix = [&](uint32_t t) {
    const Token& tok = doc_.tokens[t];
    return tok.is(kCorpSuffix) || CapitalsCorpSuffix(t) ||
           (tok.has(kPossessive) &&
            (lexicon_.FlagsOfWordIn(doc_.text, StripPossessive(doc_.TokenText(t))) &
             kCorpSuffix) != 0);
  };
  while (end - first > 1 && corp_suffix(end - 1)) --end;
  // ("Marlowe & Co.": the "&" or "and" that joined the suffix goes with it.)
  while (end != last && end - first > 1 &&
         (doc_.tokens[end - 1].IsPunct('&') || doc_.WordIs(end - 1, "&") ||
          doc_.WordIs(end - 1, "and"))) {
    --end;
  }
  if (end != last) {
    stripped = StripPossessive(TextView(first, end, &buffer));
    alias = lexicon_.CanonicalOrganization(stripped);
    if (!alias.empty()) return std::string(alias);
  }
  // A short acronym form used on its own in the article: "TCL Technology" ... "TCL".
  if (end - first > 1) {
    std::string_view head = StripPossessive(doc_.TokenText(first));
    if (IsAcronym(head)) {
      std::string_view second = doc_.TokenText(first + 1);
      const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
      // (Not opening another body's name: "SA Power Networks ... the SA Council of Social
      // Service", where "SA" is a place's; before a title it is alone, "TCL Chairman Li".)
      const auto& toks = doc_.tokens;
      auto alone = [&](uint32_t t) {
        return t != first && StripPossessive(doc_.TokenText(t)) == head &&
               !(t + 1 < n && doc_.TokenText(t + 1) == second) &&
               !(t + 1 < n && !toks[t].has(kPossessive) && toks[t + 1].IsWord() &&
                 toks[t + 1].has(kCapitalized) && !toks[t + 1].is(kTitle) &&
                 !toks[t + 1].is(kRole));
      };
      // A word that reads as the acronym opens with its capital, so the text layer's list of
      // capitalized words holds it: only those are read, not every token of the article. (An
      // acronym opening with '.' or '&', if any, is looked for among all.)
      if (head[0] >= 'A' && head[0] <= 'Z') {
        for (const uint32_t t : doc_.capitalized) {
          if (alone(t)) return std::string(head);
        }
      } else {
        for (uint32_t t = 0; t < n; ++t) {
          if (alone(t)) return std::string(head);
        }
      }
    }
  }
  return std::string(stripped);
}

bool SpeakerResolver::NamesPerson(uint32_t first, uint32_t last) {
  const auto& toks = doc_.tokens;
  constexpr uint32_t kOrganizationWord = kOrgNoun | kOrgUnit | kCorpSuffix;
  LowerCased lower;
  for (uint32_t k = first; k < last; ++k) {
    if (toks[k].is(kOrganizationWord)) return false;
    if (toks[k].has(kPossessive)) {  // the text layer gives a possessive no word class
      lower.Assign(StripPossessive(doc_.TokenText(k)));
      if (lexicon_.Flags(lower) & kOrganizationWord) return false;
    }
  }
  if (!KnownOrganization(first, last).empty()) return false;
  // Titles before a name: an abbreviated honorific ("Mrs.", "Sen.") or a title that is only
  // ever a person's ("President"); "State" or "Democratic" may open an organization's name.
  static constexpr Word kPersonTitles[] = {
      "president", "senator", "governor", "mayor", "judge", "justice", "secretary",
      "congressman", "congresswoman", "representative", "ambassador", "miss", "professor"};
  uint32_t name = first;
  bool person_title = false;
  for (; name < last && toks[name].is(kTitle); ++name) {
    const std::string_view text = doc_.TokenText(name);
    bool title = text.back() == '.';
    for (const Word t : kPersonTitles) title = title || doc_.WordIs(name, t);
    person_title = person_title || title;
  }
  if (name == last) return false;
  if (person_title || toks[name].is(kMale) || toks[name].is(kFemale)) return true;
  if (last - name != 1) return false;
  // A surname alone: of a person already met, or of a full name in the article whose first
  // word is a known first name ("Ann Ray ... Ray's aide").
  const std::string_view word = StripPossessive(doc_.TokenText(name));
  lower.Assign(word);
  for (size_t s = 0; s < speakers_.size(); ++s) {
    if (speakers_[s].kind == SpeakerKind::kPerson && states_[s].multi_token &&
        states_[s].last_token == lower.view()) {
      return true;
    }
  }
  uint32_t full_first = 0, full_last = 0;
  return FindFullName(word, name, &full_first, &full_last) && full_last - full_first >= 2 &&
         (toks[full_first].is(kMale) || toks[full_first].is(kFemale));
}

int SpeakerResolver::DescribedByHead(std::string_view head) const {
  for (auto r = recent_.rbegin(); r != recent_.rend(); ++r) {
    if (speakers_[*r].kind != SpeakerKind::kPerson) continue;
    const std::string_view name = speakers_[*r].name;
    if (name.size() <= head.size() || name[name.size() - head.size() - 1] != ' ') continue;
    // (Or an office's acronym, "Tory MP" for "the MP".)
    const std::string_view tail = name.substr(name.size() - head.size());
    if (tail == head || (IsAcronym(tail) && absl::EqualsIgnoreCase(
                                                absl::string_view(tail.data(), tail.size()),
                                                absl::string_view(head.data(), head.size())))) {
      return *r;
    }
  }
  return -1;
}

void SpeakerResolver::ProfileAroundFullName(int speaker, uint32_t first, uint32_t t) {
  const auto& toks = doc_.tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  if (speakers_[speaker].kind != SpeakerKind::kPerson || t + 2 >= n) return;
  // "Acme's chief executive, Ann Ray, will lead ...", "The board's chairman, Tom Lee, ...":
  // a role of a body's, opening the sentence, before the name between commas.
  if (first >= 3 && toks[first - 1].IsPunct(',') && toks[t].IsPunct(',')) {
    const uint32_t opener = doc_.sentences[doc_.sentence_of[first]].first;
    const uint32_t comma = first - 1;
    uint32_t owner = doc_.WordIs(opener, "the") ? opener + 1 : opener;
    while (owner + 1 < comma && toks[owner].has(kCapitalized) && !toks[owner].has(kPossessive)) {
      ++owner;  // ("Acme Foods' chief executive": the body's name, then its possessive)
    }
    bool words = comma > owner + 1 && comma < opener + 8 && toks[owner].has(kPossessive) &&
                 toks[comma - 1].is(kRole) && toks[comma - 1].has(kLowerInitial);
    for (uint32_t k = opener; k < comma && words; ++k) {
      words = toks[k].IsWord() && !toks[k].is(kCueStart);
    }
    if (words) ParseAppositive(opener, comma, speaker);
  }
  // "Dr. Ann Ray of the Elm Clinic" (not past "and" and a title: "Sen. Tom Lee of Elmshire
  // and Gov. Ann Ray of ...").
  if (doc_.WordIs(t, "of") && toks[t].has(kLowerInitial)) {
    uint32_t first = t + 1;
    if (doc_.WordIs(first, "the") && toks[first].has(kLowerInitial)) ++first;
    uint32_t last = first;
    while (last < n && last < first + 8 &&
           ((toks[last].IsWord() && toks[last].has(kCapitalized) &&
             !toks[last].has(kPossessive)) ||
            (last > first && last + 1 < n && JoinsBodyName(last) &&
             toks[last + 1].has(kCapitalized) && !toks[last + 1].is(kTitle)))) {
      ++last;
    }
    if (last > first && toks[last - 1].has(kCapitalized)) {
      AddOrganization(speaker, ProfileOrganization(first, last, last), false);
    }
    return;
  }
  // "Police named her as Ann Ray, a nurse at the Elm Clinic.": an appositive between the
  // name's comma and the next comma or the sentence's end, opened by an article or a role,
  // or by a body's possessive and a word in lower case ("Ann Ray, Acme's chief executive,").
  uint32_t owner = t + 1;
  while (owner < n && owner < t + 5 && toks[owner].IsWord() && toks[owner].has(kCapitalized) &&
         !toks[owner].has(kPossessive)) {
    ++owner;
  }
  const bool owned = owner + 2 < n && toks[owner].has(kPossessive) &&
                     toks[owner].has(kCapitalized) && toks[owner + 1].IsWord() &&
                     toks[owner + 1].has(kLowerInitial) && !toks[owner + 1].is(kStop);
  if (!toks[t].IsPunct(',') || !toks[t + 1].IsWord() ||
      !(owned || (toks[t + 1].has(kLowerInitial) &&
                  (doc_.WordIs(t + 1, "a") || doc_.WordIs(t + 1, "an") ||
                   doc_.WordIs(t + 1, "the") ||
                   (toks[t + 1].is(kRole) && !toks[t + 1].is(kGroup)))))) {
    return;
  }
  uint32_t end = t + 2;
  while (end < n && end < t + 16 && toks[end].IsWord() && !toks[end].is(kCueStart)) ++end;
  if (end < n && end > t + 2 && (toks[end].IsPunct(',') || toks[end].IsPunct('.'))) {
    ParseAppositive(t + 1, end, speaker);
  }
}

std::string SpeakerResolver::ProfileOrganization(uint32_t first, uint32_t last,
                                                 uint32_t limit) {
  // A month alone is a date ("who left the firm in October"), never an organization.
  if (last - first == 1 && IsMonth(doc_.TokenText(first))) return "";
  if (!NamesPerson(first, last)) return CanonicalOrganization(first, last);
  const auto& toks = doc_.tokens;
  if (last < limit && !toks[last - 1].has(kPossessive) && toks[last].has(kLowerInitial) &&
      (doc_.WordIs(last, "campaign") || doc_.WordIs(last, "administration"))) {
    uint32_t name = first;
    while (name + 1 < last && toks[name].is(kTitle)) ++name;
    return Text(name, last + 1);
  }
  return "";
}

void SpeakerResolver::NoteSexOfName(int speaker, uint32_t first, uint32_t last) {
  // "Ann Ray", "Mary Ann Ray": the given name is the first; "Mary Jones Lee": or the one
  // before the surname.
  if (last - first < 2) return;
  NoteSex(speaker, doc_.tokens[first].word_flags);
  NoteSex(speaker, doc_.tokens[last - 2].word_flags);
}

void SpeakerResolver::NoteSex(int speaker, uint32_t word_flags) {
  if (speakers_[speaker].kind != SpeakerKind::kPerson) return;
  State& st = states_[speaker];
  if ((word_flags & kFemale) && !st.male) st.female = true;
  if ((word_flags & kMale) && !st.female) st.male = true;
}

void SpeakerResolver::AddRole(int speaker, std::string role) {
  auto& roles = speakers_[speaker].roles;
  if (role.empty() || roles.size() >= kMaxProfileEntries) return;
  if (std::find(roles.begin(), roles.end(), role) == roles.end()) roles.push_back(std::move(role));
}

void SpeakerResolver::AddOrganization(int speaker, const std::string& org, bool membership) {
  // A place says where a speaker is from or what they did ("Sen. Ann Ray of Oregon", "the
  // former Ohio governor"), not whom they work for; nor is a people a body ("An Israeli
  // blogger", "Japanese journalist Hiro Aida").
  if (org.empty() || lexicon_.IsPlace(org) || Demonym(org)) return;
  auto& orgs = speakers_[speaker].organizations;
  auto& members = states_[speaker].membership_orgs;
  if (orgs.size() >= kMaxProfileEntries) return;
  if (std::find(orgs.begin(), orgs.end(), org) != orgs.end()) return;
  if (membership) {
    members.push_back(org);
    orgs.push_back(org);
    return;
  }
  // Employers go before the bodies a speaker is a member of: organizations[0] is primary.
  auto first_member = std::find_if(orgs.begin(), orgs.end(), [&](const std::string& o) {
    return std::find(members.begin(), members.end(), o) != members.end();
  });
  orgs.insert(first_member, org);
}

std::string SpeakerResolver::BodyModifyingRole(uint32_t first, uint32_t head) {
  const auto& toks = doc_.tokens;
  // The lower-case modifiers of rank first ("senior", "former top"), then one capitalized
  // run, then only lower-case words ("campaign", "security") up to the role.
  uint32_t run_first = first;
  while (run_first < head && toks[run_first].IsWord() && toks[run_first].has(kLowerInitial) &&
         !toks[run_first].is(kStop)) {
    ++run_first;
  }
  uint32_t run_last = run_first;
  bool body_word = false;
  while (run_last < head && BodyNameWord(run_last)) {
    body_word = body_word || toks[run_last].is(kOrgNoun | kOrgUnit | kCorpSuffix);
    ++run_last;
  }
  // (Not a party's title word, "a Republican senator", nor one after the body, "the Senate
  // Democratic leader".)
  while (run_last > run_first && toks[run_last - 1].is(kTitle) &&
         !toks[run_last - 1].is(kOrgNoun | kOrgUnit | kCorpSuffix)) {
    --run_last;
  }
  if (run_last == run_first) return "";
  for (uint32_t t = run_last; t < head; ++t) {
    if (!toks[t].IsWord() || !toks[t].has(kLowerInitial) || toks[t].is(kStop)) return "";
  }
  // Not a people's or a party's adjective ("the French president", "a Soviet security
  // official"), nor a place ("a Vermont senator"), unless a body's noun is in the name ("the
  // U.S. District Court judge").
  // (An adjective's "-ic" only as the one word: "a Democratic aide", not "Islamic State".)
  std::string buffer;
  for (uint32_t t = run_first; t < run_last && !body_word; ++t) {
    const std::string_view word = doc_.TokenText(t);
    if (AdjectiveOrNationality(word) || Demonym(word) || word.ends_with("-based") ||
        (run_last == run_first + 1 && word.ends_with("ic")) ||
        lexicon_.IsPlace(TextView(t, t + 1, &buffer))) {
      return "";
    }
  }
  return ProfileOrganization(run_first, run_last, head);
}

std::string SpeakerResolver::BodyOfModifyingNoun(uint32_t noun, uint32_t position) {
  std::string body = BodyReferredTo(noun, position);
  if (body.empty()) body = LastBodyNamedWithoutNoun(noun, position);
  return body;
}

void SpeakerResolver::ParseAppositive(uint32_t first, uint32_t last, int speaker) {
  const auto& toks = doc_.tokens;
  // "A company spokesman, Tom Lee, said", "A ministry official, Ann Ray,": the body's noun
  // before the role is the body "the company" would be, as for the role alone.
  if (last == first + 3 && toks[first].is(kDeterminer) && !toks[first].is(kPronoun) &&
      toks[first + 1].has(kLowerInitial) && toks[first + 1].is(kOrgNoun) &&
      toks[first + 2].is(kRole) && !toks[first + 2].is(kGroup)) {
    AddOrganization(speaker, BodyOfModifyingNoun(first + 1, first), false);
  }
  // A profile is a few phrases; callers pass the rest of the sentence, which in a run-on
  // one would be read again for every mention.
  last = std::min(last, first + kMaxAppositiveTokens);
  LowerCased lower;
  auto lower_of = [&](uint32_t k) -> std::string_view {
    lower.Assign(doc_.TokenText(k));
    return lower;
  };
  // "Ann Ray, along with Judge Tom Lee of the Elm Court and Ida Moss, a law professor,
  // wrote": others who joined the speaker, and the phrases after them, are no profile of the
  // speaker's.
  bool others = false;
  auto finish = [&](uint32_t a, uint32_t b) {
    const uint32_t opening = a;
    others = others ||
             (a + 1 < b && (doc_.WordIs(a, "along") || doc_.WordIs(a, "together")) &&
              doc_.WordIs(a + 1, "with")) ||
             (a + 2 < b && doc_.WordIs(a, "as") && doc_.WordIs(a + 1, "well") &&
              doc_.WordIs(a + 2, "as"));
    if (others) return;
    // "Liu Bin, who is also secretary-general of the Elm Association,": a relative clause
    // of "is" or "was" and a role is the role's profile.
    // (So do "became", "serves as", "took over as", "was named", "has been": "Kenji Ota,
    // who took over as president of Elm Motor in April,".)
    if (a + 3 < b && doc_.WordIs(a, "who")) {
      uint32_t r = a + 1;
      if (doc_.WordIs(r, "also") || doc_.WordIs(r, "now")) ++r;
      if (doc_.WordIs(r, "is") || doc_.WordIs(r, "was") || doc_.WordIs(r, "became") ||
          doc_.WordIs(r, "becomes")) {
        ++r;
        if (doc_.WordIs(r - 1, "was") &&
            (doc_.WordIs(r, "named") || doc_.WordIs(r, "appointed") ||
             doc_.WordIs(r, "elected"))) {
          ++r;
        }
      } else if ((doc_.WordIs(r, "serves") || doc_.WordIs(r, "served")) &&
                 doc_.WordIs(r + 1, "as")) {
        r += 2;
      } else if (doc_.WordIs(r, "took") && doc_.WordIs(r + 1, "over") &&
                 doc_.WordIs(r + 2, "as")) {
        r += 3;
      } else if ((doc_.WordIs(r, "has") || doc_.WordIs(r, "had")) &&
                 doc_.WordIs(r + 1, "been")) {
        r += 2;
      } else {
        r = b;
      }
      if (r < b && (doc_.WordIs(r, "also") || doc_.WordIs(r, "now") ||
                    doc_.WordIs(r, "currently"))) {
        ++r;
      }
      if (r < b && (toks[r].is(kRole) || toks[r].is(kTitle) || toks[r].is(kDeterminer))) a = r;
    }
    while (a < b && (toks[a].is(kDeterminer) || toks[a].has(kHasDigit) || !toks[a].IsWord())) ++a;
    // "a lawyer who represents the board": the relative clause says what the person does,
    // it is no part of the role (nor is the board their organization).
    // ("that"/"which" after a preposition is a determiner: "a spokeswoman for that agency".)
    for (uint32_t k = a + 1; k < b; ++k) {
      if (!toks[k].has(kLowerInitial) || !toks[k].is(kStop)) continue;
      const bool determiner_use = toks[k - 1].IsWord() && toks[k - 1].has(kLowerInitial) &&
                                  toks[k - 1].is(kStop);
      // ("an outlier in a state where most voters ...": so does "where" after a noun.)
      if (doc_.WordIs(k, "who") || doc_.WordIs(k, "whose") ||
          ((doc_.WordIs(k, "which") || doc_.WordIs(k, "that")) && !determiner_use) ||
          (doc_.WordIs(k, "where") && toks[k - 1].IsWord() && toks[k - 1].has(kLowerInitial) &&
           !toks[k - 1].is(kStop))) {
        b = k;
        break;
      }
    }
    while (b > a && !toks[b - 1].IsWord()) --b;
    if (a >= b) return;
    // "Det. Insp. Ann Ray, of Leeds District CID, said": "of" and a body's capitalized name
    // alone between the commas are where the person works.
    // (Also "Ann Ray, of the University of the Elm Cape, said", "Tom Lee, of the Elm Voice
    // group, said": "the" first, "of"/"for"/"and" within, a body's noun in lower case last.)
    if (doc_.WordIs(a, "of") && toks[a].has(kLowerInitial) && a + 1 < b) {
      uint32_t n = a + 1;
      if (n + 1 < b && doc_.WordIs(n, "the") && toks[n].has(kLowerInitial)) ++n;
      uint32_t e = b;
      bool body = false;
      if (e > n + 1 && toks[e - 1].has(kLowerInitial) && toks[e - 1].is(kOrgNoun)) {
        --e;
        body = true;
      }
      bool named = n < e && BodyNameWord(n) && BodyNameWord(e - 1);
      for (uint32_t k = n; k < e && named; ++k) {
        // ("University of the Elm Cape": "the" after a joining word.)
        const bool the_after = k > n && JoinsBodyName(k - 1) && doc_.WordIs(k, "the") &&
                               toks[k].has(kLowerInitial);
        named = BodyNameWord(k) || ((JoinsBodyName(k) || the_after) && BodyNameWord(k + 1)) ||
                (JoinsBodyName(k) && k + 2 < e && doc_.WordIs(k + 1, "the") &&
                 BodyNameWord(k + 2));
        body = body || toks[k].is(kOrgNoun) || toks[k].is(kOrgUnit) ||
               toks[k].is(kCorpSuffix) || IsAcronym(doc_.TokenText(k));
      }
      // ("said Leila Navai of the Red Crescent": "the" and two capitalized words or more
      // that name no place or person are a body too.)
      const bool the_name = n == a + 2 && e >= n + 2 && !kPlaceEnds.Has(doc_.word_ids[e - 1]) &&
                            !lexicon_.IsPlace(Text(n, e));
      if (named && (body || the_name) && !NamesPerson(n, e)) {
        AddOrganization(speaker, CanonicalOrganization(n, e), false);
      }
      return;
    }
    // Appositives that are clauses ("who ...") or long asides carry no profile.
    if (toks[a].is(kStop) || b - a > 30) return;
    // Nor does a participial clause ("citing new data", "adding that ..."), whose names are
    // what the speaker talks about; a participle before a role ("acting chairman", "retired
    // judge") is part of the role.
    if (toks[a].has(kLowerInitial) && !toks[a].is(kRole) && !toks[a].is(kTitle)) {
      const std::string_view w = lower_of(a);
      // (An irregular one too: "The memo, sent to Chief of Staff Ann Ray, said".)
      const bool participle = (w.size() > 4 && EndsWith(w, "ing")) ||
                              (w.size() > 3 && EndsWith(w, "ed")) ||
                              kIrregularPast.Has(doc_.word_ids[a]);
      // (Nor before a body's name in the possessive and a role: "the ruling Elm Party's
      // spokesman".)
      uint32_t owner = a + 1;
      while (owner + 1 < b && toks[owner].has(kCapitalized) && !toks[owner].has(kPossessive)) {
        ++owner;
      }
      const bool owners_role = owner > a + 1 && owner + 1 < b && toks[owner].has(kCapitalized) &&
                               toks[owner].has(kPossessive) && toks[owner + 1].is(kRole);
      if (participle && !owners_role &&
          !(a + 1 < b && (toks[a + 1].is(kRole) || toks[a + 1].is(kTitle)))) {
        return;
      }
    }
    const bool membership = toks[a].is(kMembership);
    bool has_role = false;
    for (uint32_t k = a; k < b && !has_role; ++k) has_role = toks[k].is(kRole) || toks[k].is(kTitle);
    // ("an endocrinologist at Elm Hospital", "a technician with the agency": a noun of a
    // trade by its ending, before the preposition of where it is practised. Not "-er":
    // "a regular at the cafe", "a customer at the bank".)
    if (!has_role && a + 2 < b && toks[a].has(kLowerInitial) && !toks[a].is(kStop) &&
        toks[a + 1].has(kLowerInitial) &&
        (doc_.WordIs(a + 1, "at") || doc_.WordIs(a + 1, "with") || doc_.WordIs(a + 1, "for"))) {
      const std::string_view w = lower_of(a);
      has_role = w.size() >= 6 && (EndsWith(w, "ist") || EndsWith(w, "ian"));
    }
    // ("A spokeswoman for the developer, Elm Renewables, said": a business's name alone
    // between the commas, after a role with no body of its own, is the role's body.)
    if (!has_role && speakers_[speaker].organizations.empty() && a == opening &&
        toks[a].has(kCapitalized) && !toks[a].is(kDeterminer)) {
      // (Its last word a business's or body's: not "Elm Navy Lt. Tom Lee".)
      bool name = true;
      const bool business = toks[b - 1].is(kCorpSuffix | kIndustry | kOrgNoun | kOrgUnit);
      for (uint32_t k = a; k < b && name; ++k) {
        name = toks[k].IsWord() && toks[k].has(kCapitalized) && !toks[k].has(kPossessive);
      }
      if (name && business && b > a + 1 && !NamesPerson(a, b) && !lexicon_.IsPlace(Text(a, b))) {
        AddOrganization(speaker, CanonicalOrganization(a, b), false);
      }
    }
    if (!has_role) return;
    AddRole(speaker, Text(a, b));
    // "Elm Oil said ... Tom Lee, chief financial officer, said": a company head's title
    // alone is of the body that spoke before, as before the name (BodyOwningRole).
    if (b <= a + 4 && (b == a + 1 || doc_.WordIs(a, "chief")) && CompanyHeadTitle(a, b) &&
        speakers_[speaker].organizations.empty()) {
      AddOrganization(speaker, BodyOwningRole(a, /*implied=*/true), false);
    }
    // "a spokeswoman for ...": a noun of the role phrase, before its first preposition, may
    // tell a person's sex (a name after the preposition belongs to someone else).
    for (uint32_t k = a; k < b && !(toks[k].has(kLowerInitial) && toks[k].is(kStop)); ++k) {
      if (toks[k].has(kLowerInitial)) NoteSex(speaker, toks[k].word_flags);
    }
    // The organization: the last capitalized run after the first preposition. (Not a
    // connector inside a capitalized name: "Shade of Elm's executive director".)
    uint32_t preposition = a;
    while (preposition < b &&
           !(toks[preposition].has(kLowerInitial) && toks[preposition].is(kStop) &&
             !(preposition > a && preposition + 1 < b && IsConnector(lower_of(preposition)) &&
               toks[preposition - 1].has(kCapitalized) &&
               toks[preposition + 1].has(kCapitalized)))) {
      ++preposition;
    }
    std::string best;
    // Kin and friends: "Ann's brother" is a person's, whatever the name.
    static constexpr WordSet kRelations = {
        "brother", "sister", "son",    "daughter", "wife",  "husband", "father", "mother",
        "widow",   "friend", "cousin", "uncle",    "aunt",  "nephew",  "niece"};
    // (The runs of [k, end).)
    auto scan = [&](uint32_t k, uint32_t end) {
      while (k < end) {
        if (!(toks[k].IsWord() && toks[k].has(kCapitalized)) || toks[k].is(kDeterminer)) {
          if (!best.empty() && (doc_.WordIs(k, "in") || doc_.WordIs(k, "based"))) break;
          ++k;
          continue;
        }
        uint32_t run_first = k, run_last = k + 1;
        while (run_last < end) {
          const Token& t = toks[run_last];
          // (A one-word possessive right before a body's noun is the name's: "Birchley's
          // Analytics"; not a body's own, "the Elm Academy's Institute". So is a saint's,
          // "St Brigid's Hospital", and a group's plural: "the Communication Workers'
          // Alliance".)
          const bool saint = run_last == run_first + 2 &&
                             (doc_.WordIs(run_first, "st") || doc_.WordIs(run_first, "st.") ||
                              doc_.WordIs(run_first, "saint"));
          if (toks[run_last - 1].has(kPossessive) && !IsNamePossessive(lower_of(run_last - 1)) &&
              !((run_last == run_first + 1 || saint) && t.IsWord() && t.has(kCapitalized) &&
                t.is(kOrgNoun | kOrgUnit)) &&
              !(t.IsWord() && t.has(kCapitalized) && GroupPossessiveInName(run_last - 1, end))) {
            break;
          }
          if (t.IsWord() && t.has(kCapitalized)) {
            ++run_last;
          } else if (t.IsWord() && run_last + 1 < end && toks[run_last + 1].has(kCapitalized) &&
                     (IsConnector(lower_of(run_last)) ||
                      // ("the Elm Committee on Ferry Taxation": "on" after a body's noun.)
                      (doc_.WordIs(run_last, "on") && t.has(kLowerInitial) &&
                       toks[run_last - 1].is(kOrgNoun | kOrgUnit)))) {
            run_last += 2;
          } else if (t.IsWord() && t.end - t.begin <= 2 && IsNumber(doc_, run_last) &&
                     (run_last + 1 == end || !toks[run_last + 1].IsWord() ||
                      toks[run_last + 1].is(kRole))) {
            ++run_last;  // "Channel 4", "Radio 5": a number ends the name
            break;
          } else {
            break;
          }
        }
        // "CEO of Haier Group": a leading title and its "of" are not part of the name.
        bool titled = false;
        while (run_first + 2 < run_last &&
               (toks[run_first].is(kTitle) || toks[run_first].is(kRole)) &&
               IsConnector(lower_of(run_first + 1))) {
          run_first += 2;
          titled = true;
        }
        // Skip runs that are only titles or roles ("CEO", "President").
        bool only_titles = true;
        for (uint32_t r = run_first; r < run_last; ++r) {
          if (!(toks[r].is(kTitle) || toks[r].is(kRole))) only_titles = false;
        }
        // Nor a name whose relation the person is: "Tom Lee, Ann Ray's father,".
        if (run_last < end && toks[run_last - 1].has(kPossessive) &&
            kRelations.Has(doc_.word_ids[run_last])) {
          only_titles = true;
        }
        // (Nor a company head's title of several words, capitalized: "Chief Financial
        // Officer", whose "Financial" no lexicon lists as a role's.)
        if (!only_titles && run_last <= run_first + 4 && doc_.WordIs(run_first, "chief") &&
            CompanyHeadTitle(run_first, run_last)) {
          only_titles = true;
        }
        // Nor a title's portfolio and its holder's name: "an aide to Minister of Health Tom
        // Lee" names a person.
        if (titled && run_first + 2 < run_last && NamesPerson(run_first + 1, run_last)) {
          only_titles = true;
        }
        // Nor a titled name after the title's modifiers: "a spokesman for House Speaker Tom
        // Lee", "backing former Elm Gov. Ann Ray" name a person; nor a place's adjective in
        // "-based" ("an Elmwood-based lawyer").
        for (uint32_t r = run_first + 1; !only_titles && r + 2 < run_last; ++r) {
          only_titles = toks[r].is(kTitle) && toks[r].has(kCapitalized) &&
                        NamesPerson(r + 1, run_last);
        }
        if (!only_titles && EndsWith(doc_.TokenText(run_last - 1), "-based")) only_titles = true;
        // Nor a people's adjective alone before a lower-case noun: "head of Latino
        // outreach", "a Kenyan official" (a party's may be a body: "The Conservative
        // candidate").
        if (!only_titles && run_last == run_first + 1 && run_last < end &&
            toks[run_last].IsWord() && toks[run_last].has(kLowerInitial) &&
            Demonym(doc_.TokenText(run_first))) {
          only_titles = true;
        }
        // Nor do runs that end in a party's member: "Michigan Democrat", "Texas Republican"
        // label a person by place and party.
        // (Not after "the" or a preposition, where it names a body: "the Elm City
        // Independent", "a columnist for The Independent".)
        const uint32_t run_end = run_last - 1;
        const bool after_the_or_preposition =
            run_first > 0 && toks[run_first - 1].IsWord() &&
            (doc_.WordIs(run_first - 1, "the") ||
             (toks[run_first - 1].has(kLowerInitial) && toks[run_first - 1].is(kStop)));
        if (!after_the_or_preposition &&
            (doc_.WordIs(run_end, "democrat") || doc_.WordIs(run_end, "republican") ||
             doc_.WordIs(run_end, "independent") || doc_.WordIs(run_end, "libertarian"))) {
          only_titles = true;
        }
        // Nor a minister's portfolio before the title: "The Home Secretary, Ann Lee,", "the
        // Interior Minister" (a body's word, a known body or an acronym is a body's:
        // "the Elm Council secretary", "the NATO Secretary").
        if (!only_titles && run_last > run_first + 1 &&
            LowerIsOneOf(lower_of(run_last - 1),
                         {"minister", "secretary", "commissioner", "chancellor"})) {
          bool body = IsAcronym(doc_.TokenText(run_first)) ||
                      !KnownOrganization(run_first, run_last - 1).empty();
          for (uint32_t r = run_first; r + 1 < run_last && !body; ++r) {
            body = toks[r].is(kOrgNoun) || toks[r].is(kOrgUnit) || toks[r].is(kCorpSuffix);
          }
          only_titles = !body;
        }
        // Nor what a legislator sits for or a minister is for: "the MP for Wexbury", "the
        // Minister for Housing" (a constituency, a portfolio); nor where a legislator is
        // from: "a Labour MP from Elmshire", "Congress MLA from Ramnagar".
        if (run_first >= a + 2 &&
            ((doc_.WordIs(run_first - 1, "for") &&
              LowerIsOneOf(lower_of(run_first - 2),
                           {"mp", "mep", "mla", "msp", "mpp", "td", "minister", "secretary",
                            "commissioner"})) ||
             (doc_.WordIs(run_first - 1, "from") &&
              LowerIsOneOf(lower_of(run_first - 2),
                           {"mp", "mep", "mla", "msp", "mpp", "td", "lawmaker", "legislator",
                            "senator", "congressman", "congresswoman", "councillor"})))) {
          only_titles = true;
        }
        // Nor a work's title: one in quotation marks, or what an author wrote ("the author
        // of \"Broken Locks\"", "author of Elm's Last Ferry, a history"), unless it has a
        // body's noun; the scan goes on after the title's closing mark or comma.
        uint32_t title_end = run_last;
        const bool quoted = run_first > a && toks[run_first - 1].IsQuote();
        if (!only_titles && run_first > a &&
            (quoted || (run_first >= a + 2 && doc_.WordIs(run_first - 1, "of") &&
                        LowerIsOneOf(lower_of(run_first - 2),
                                     {"author", "co-author", "coauthor"})))) {
          while (title_end < end && !(quoted ? toks[title_end].IsQuote()
                                             : toks[title_end].IsPunct(','))) {
            ++title_end;
          }
          bool body_word = false;
          for (uint32_t r = run_first; r < title_end && !body_word; ++r) {
            body_word = toks[r].is(kOrgNoun) || toks[r].is(kOrgUnit) || toks[r].is(kCorpSuffix);
          }
          only_titles = !body_word;
        }
        // Nor a place named by the noun in lower case after it: "a mother from the Eastside
        // neighborhood", "a nurse from the Elm Valley area".
        static constexpr WordSet kPlaceNouns = {"neighborhood", "neighbourhood", "area",
                                                "suburb",       "suburbs",       "village",
                                                "region",       "borough",       "township"};
        if (!only_titles && run_last < end && toks[run_last].IsWord() &&
            toks[run_last].has(kLowerInitial) && kPlaceNouns.Has(doc_.word_ids[run_last])) {
          only_titles = true;
        }
        // Nor a city before its state's comma: "a doctor from Elmwood, New Jersey".
        // (`run_first > a` first: a run may open the text, with no token before it.)
        if (!only_titles && run_first > a && run_last + 2 < toks.size() &&
            toks[run_last].IsPunct(',') && doc_.WordIs(run_first - 1, "from") &&
            toks[run_last + 1].has(kCapitalized)) {
          uint32_t state_last = run_last + 1;
          while (state_last < toks.size() && state_last < run_last + 4 &&
                 toks[state_last].IsWord() && toks[state_last].has(kCapitalized)) {
            ++state_last;
          }
          std::string buffer;
          only_titles = lexicon_.IsPlace(TextView(run_last + 1, state_last, &buffer));
        }
        // Nor where a person lives or works, after "in": "a nurse in Boston" (a body is "at"
        // or "with" one, or has its noun: "an analyst in the Elm Ministry").
        if (!only_titles && run_first > a && doc_.WordIs(run_first - 1, "in") &&
            toks[run_first - 1].has(kLowerInitial)) {
          bool body_word = false;
          for (uint32_t r = run_first; r < run_last && !body_word; ++r) {
            body_word = toks[r].is(kOrgNoun) || toks[r].is(kOrgUnit) || toks[r].is(kCorpSuffix);
          }
          only_titles = !body_word;
        }
        if (!only_titles) {
          // ("the NATO Secretary General", "the Elm Council Secretary", "Acme CEO": the
          // titles after a body's name, or a company head's title after any name, are no
          // part of it; not a party's word, "House Democratic".)
          uint32_t body_last = run_last;
          while (body_last > run_first + 1 && toks[body_last - 1].is(kTitle) &&
                 toks[body_last - 1].is(kRole) &&
                 !toks[body_last - 1].is(kOrgNoun) && !toks[body_last - 1].is(kOrgUnit) &&
                 !toks[body_last - 1].has(kPossessive)) {
            --body_last;
          }
          static constexpr WordSet kCompanyHeads = {"ceo",      "cfo",        "coo",
                                                    "chairman", "chairwoman", "founder"};
          if (body_last == run_last ||
              !(toks[body_last - 1].is(kOrgNoun) || toks[body_last - 1].is(kOrgUnit) ||
                IsAcronym(doc_.TokenText(body_last - 1)) ||
                kCompanyHeads.Has(doc_.word_ids[body_last]))) {
            body_last = run_last;
          }
          std::string org = ProfileOrganization(run_first, body_last, end);
          // (A place never displaces the organization before it: "a party chairman in Ohio".)
          if (!org.empty() && !lexicon_.IsPlace(org)) best = std::move(org);
        }
        k = only_titles ? std::max(run_last, title_end) : run_last;
        // A possessive names the owner: "JD's technology committee", "the Academy's
        // Institute".
        if (!only_titles && toks[run_last - 1].has(kPossessive) &&
            !IsNamePossessive(lower_of(run_last - 1))) {
          break;
        }
      }
    };
    // ("a critic of Elmcorp", "an Elmcorp rival": no body's own.)
    if (preposition > a && kOutsiderNouns.Has(doc_.word_ids[preposition - 1]) &&
        (preposition == b || doc_.WordIs(preposition, "of") || doc_.WordIs(preposition, "to"))) {
      return;
    }
    scan(preposition == b ? a : preposition, b);  // "a Haier executive": no preposition
    // "Elm's general manager of operations": nothing named after the preposition; a name in
    // the possessive opening the role is the body, as without the complement ("Elm's
    // manager").
    if (best.empty() && preposition != b) {
      // (After lower-case modifiers: "The opposition Elm Party's spokesman on labor".)
      uint32_t owner_first = a;
      while (owner_first + 2 < preposition && toks[owner_first].IsWord() &&
             toks[owner_first].has(kLowerInitial) && !toks[owner_first].is(kStop) &&
             !toks[owner_first].is(kRole) && !toks[owner_first].is(kTitle)) {
        ++owner_first;
      }
      uint32_t owner = owner_first;
      while (owner + 1 < preposition && toks[owner].IsWord() && toks[owner].has(kCapitalized) &&
             !toks[owner].has(kPossessive)) {
        ++owner;
      }
      // (Not a person's: "Rep. Tom Lee's chief of staff", "Ray's adviser for Asia" where
      // the article writes "President Ray", "Ann's brother and fellow actor".)
      bool person = owner + 1 >= preposition || !toks[owner].has(kPossessive) ||
                    !toks[owner].has(kCapitalized) || IsNamePossessive(lower_of(owner)) ||
                    kRelations.Has(doc_.word_ids[owner + 1]);
      for (uint32_t t = owner_first; t <= owner && !person; ++t) {
        const uint32_t flags =
            t == owner ? lexicon_.FlagsOfWordIn(doc_.text, StripPossessive(doc_.TokenText(t)))
                       : toks[t].word_flags;
        person = (flags & (kTitle | kMale | kFemale)) != 0 && !(flags & (kOrgNoun | kOrgUnit));
      }
      if (!person && owner == owner_first) person = TitledElsewhere(owner);
      if (!person) scan(owner_first, owner + 1);
    }
    // "a senior meteorologist at the service": the complement is a body named before.
    if (best.empty() && preposition + 3 == b && doc_.WordIs(preposition + 1, "the") &&
        toks[preposition + 2].has(kLowerInitial) && toks[preposition + 2].is(kOrgNoun)) {
      best = BodyOwningRole(preposition + 2);
    }
    // "Its president", "the union's chief executive": a role whose owner refers back to a
    // body the article named ("The Elm Nurses Union said ... Its president, Ann Ray, said").
    if (best.empty() && a == opening + 1 && toks[opening].IsWord()) {
      if (doc_.WordIs(opening, "its")) {
        best = BodyOwningRole(opening);
      } else if (doc_.WordIs(opening, "their")) {
        // (Not a family's or a team's one word: "The Smiths lost their home. Their lawyer".)
        std::string body = BodyOwningRole(opening);
        if (body.find(' ') != std::string::npos || IsAcronym(body) ||
            !lexicon_.CanonicalOrganization(body).empty()) {
          best = std::move(body);
        }
      } else if (doc_.WordIs(opening, "the") && a + 1 < b && toks[a].has(kPossessive) &&
                 toks[a].has(kLowerInitial)) {
        best = BodyOwningRole(a);
      }
    }
    // "chief of Elmtown and spokesperson for the council": the body a later role speaks for
    // is whom the speaker speaks for, before the earlier role's.
    auto& orgs = speakers_[speaker].organizations;
    if (!best.empty() && !orgs.empty() && preposition == a + 1 && !membership &&
        SpeaksForBody(lower_of(a)) && !lexicon_.IsPlace(best) &&
        std::find(orgs.begin(), orgs.end(), best) == orgs.end() &&
        orgs.size() < kMaxProfileEntries) {
      orgs.insert(orgs.begin(), best);
      return;
    }
    AddOrganization(speaker, best, membership);
  };
  uint32_t seg = first;
  bool in_prep = false;
  for (uint32_t k = first; k < last; ++k) {
    const Token& t = toks[k];
    if (t.IsPunct(',') || t.IsPunct(';') || t.IsPunct('(') || t.IsPunct(')')) {
      finish(seg, k);
      seg = k + 1;
      in_prep = false;
      continue;
    }
    if (!t.IsWord()) continue;
    if (doc_.WordIs(k, "and") && in_prep && k + 1 < last &&
        (toks[k + 1].has(kLowerInitial) || toks[k + 1].is(kRole)) &&
        !SecondTitledPerson(seg, k, last)) {
      finish(seg, k);
      seg = k + 1;
      in_prep = false;
      continue;
    }
    if (k > seg && t.has(kLowerInitial) && t.is(kStop)) in_prep = true;
  }
  finish(seg, last);
}

std::string_view SpeakerResolver::RoleBeforeTitledPerson(std::string_view role) const {
  // (Most roles have no preposition: they are returned before any word is looked up.)
  if (role.find(" of ") == std::string_view::npos && role.find(" to ") == std::string_view::npos &&
      role.find(" for ") == std::string_view::npos) {
    return role;
  }
  // The role's words (a role has a few).
  std::vector<std::string_view> words;
  for (size_t i = 0; i < role.size();) {
    const size_t space = role.find(' ', i);
    const size_t end = space == std::string_view::npos ? role.size() : space;
    if (end > i) words.push_back(role.substr(i, end - i));
    i = end + 1;
  }
  size_t preposition = words.size();
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string_view w = words[i];
    if (w == "of" || w == "to" || w == "for") {
      preposition = i;
      continue;
    }
    // After the preposition, a title or a role word, then a capitalized word that is
    // neither: a person's name.
    const std::string_view next = words[i + 1];
    if (preposition == words.size() || !absl::ascii_isupper(static_cast<unsigned char>(next[0]))) {
      continue;
    }
    const uint32_t flags = lexicon_.Flags(LowerCased(w).view());
    const uint32_t next_flags = lexicon_.Flags(LowerCased(next).view());
    if ((flags & (kTitle | kRole)) != 0 && (next_flags & (kTitle | kRole)) == 0) {
      size_t cut = static_cast<size_t>(words[preposition].data() - role.data());
      while (cut > 0 && role[cut - 1] == ' ') --cut;
      return role.substr(0, cut);
    }
  }
  return role;
}

bool SpeakerResolver::SecondTitledPerson(uint32_t seg, uint32_t conjunction, uint32_t last) {
  const auto& toks = doc_.tokens;
  // Before "and": a title and the name that ends the first object (NamesPerson: a person's
  // title, or a known first name, and no body's word).
  uint32_t name = conjunction;
  while (name > seg && toks[name - 1].IsWord() && toks[name - 1].has(kCapitalized) &&
         !toks[name - 1].is(kTitle)) {
    --name;
  }
  if (name == seg || name + 2 > conjunction || !toks[name - 1].is(kTitle) ||
      !NamesPerson(name - 1, conjunction)) {
    return false;
  }
  // After it: words with no preposition up to the next comma, ending in a name after a
  // title or a role word.
  uint32_t end = conjunction + 1;
  while (end < last && toks[end].IsWord() &&
         !(toks[end].has(kLowerInitial) && toks[end].is(kStop))) {
    ++end;
  }
  if (end < last && !toks[end].IsPunct(',') && !toks[end].IsPunct(';')) return false;
  uint32_t second = end;
  while (second > conjunction + 1 && toks[second - 1].has(kCapitalized) &&
         !toks[second - 1].is(kTitle) && !toks[second - 1].is(kRole)) {
    --second;
  }
  if (second == conjunction + 1 || second + 2 > end) return false;
  if (toks[second - 1].is(kTitle)) return NamesPerson(second - 1, end);
  return toks[second - 1].is(kRole) && NamesPerson(second, end);
}

int SpeakerResolver::FindOrCreate(std::string_view name, SpeakerKind kind,
                                  std::string_view distinction) {
  return FindOrCreate(name, LowerCased(name), kind, distinction);
}

int SpeakerResolver::FindOrCreate(std::string_view name, const LowerCased& lower,
                                  SpeakerKind kind, std::string_view distinction) {
  // One lookup that inserts when the name is new (most calls).
  absl::string_view key(lower.view().data(), lower.view().size());
  if (!distinction.empty()) {
    key_.assign(key.data(), key.size()).append("\x1f").append(distinction);
    key = key_;
  }
  const int index = static_cast<int>(speakers_.size());
  bool inserted = false;
  absl::string_view kept;  // the key's copy
  const auto it = by_name_.lazy_emplace(key, [&](const auto& construct) {
    inserted = true;
    kept = KeepName(key);
    construct(kept, index);
  });
  if (!inserted) return it->second;
  SpeakerProfile& profile = speakers_.emplace_back();
  profile.name.assign(name);
  profile.kind = kind;
  states_.emplace_back();
  // (The kept key opens with the lower-cased name, before any distinction.)
  SetTokens(index, {kept.data(), lower.view().size()});
  return index;
}

SpeakerResolver::NameWords SpeakerResolver::NameWordsOf(uint32_t first, uint32_t last) const {
  NameWords words;
  words.count = last - first;
  if (words.count == 0) return words;
  words.first.Assign(StripPossessive(doc_.TokenText(first)));
  if (words.count == 1) return words;  // (`last` is read only for a name of several words)
  if (words.count >= 3 && IsGenerationSuffix(StripPossessive(doc_.TokenText(last - 1)))) --last;
  words.last.Assign(StripPossessive(doc_.TokenText(last - 1)));
  return words;
}

int SpeakerResolver::FindOrCreatePerson(std::string_view name, uint32_t name_first,
                                        uint32_t name_last, uint32_t position, bool female,
                                        bool male, const LowerCased* lower_name) {
  LowerCased lowered;
  if (lower_name == nullptr) {
    lowered.Assign(name);
    lower_name = &lowered;
  }
  const LowerCased& lower = *lower_name;
  const absl::string_view key(lower.view().data(), lower.view().size());
  // "Ann Lee and Tom Lee ... Mrs. Lee said": Mr. and Mrs. Lee are two people.
  auto other_sex = [&](int s) {
    return (female && states_[s].male) || (male && states_[s].female);
  };
  auto it = by_name_.find(key);
  if (it != by_name_.end() && !other_sex(it->second)) return it->second;
  // Past a cached person of the other sex, the cache keeps that person for the bare name:
  // "Mrs. Lee" once does not make every later "Mr. Lee" hers.
  const bool cached = it != by_name_.end();
  auto cache = [&](int s) {
    if (cached) return;
    by_name_.lazy_emplace(key, [&](const auto& construct) { construct(KeepName(key), s); })
        ->second = s;
  };
  const NameWords words = NameWordsOf(name_first, name_last);
  // "Ann Nolan said A. ... Her colleague Tom Nolan disagreed. "B," said Nolan": a namesake
  // named in full since, with a given name of his own, is the one a bare surname now means
  // (news introduces the second namesake right before quoting him). The nearest full name
  // before the mention that ends with the surname tells, in the mention's sentence or the
  // one before, and not as an owner ("Donald Lee's gift" names the father in passing); read
  // only when a speaker matches.
  auto namesake_since = [&](const State& st) {
    if (st.last_token != words.first.view()) return false;
    uint32_t f = 0, l = 0;
    const std::string_view word = StripPossessive(doc_.TokenText(position));
    if (!FindFullName(word, position, &f, &l) || l - f < 2 || f > position ||
        StripPossessive(doc_.TokenText(l - 1)) != word || doc_.tokens[l - 1].has(kPossessive) ||
        doc_.sentence_of[f] + 1 < doc_.sentence_of[position] ||
        !(doc_.tokens[f].is(kMale) || doc_.tokens[f].is(kFemale))) {
      return false;
    }
    LowerCased given;
    given.Assign(doc_.TokenText(f));
    if (given.view() == st.first_token) return false;
    // (Nor when the speaker is named in full since: "for his wife Ann Lee, Tom Lee said A.
    // Lee said B" is Tom.)
    for (uint32_t t = l; t + 1 < position; ++t) {
      if (StripPossessive(doc_.TokenText(t + 1)) != word) continue;
      given.Assign(doc_.TokenText(t));
      if (given.view() == st.first_token) return false;
    }
    // (A namesake who has spoken before is no newcomer: "Bill Lee ... Ann Lee, his wife,
    // said A. B, Lee said" keeps the speaker the article follows.)
    for (size_t o = 0; o < speakers_.size(); ++o) {
      if (speakers_[o].kind == SpeakerKind::kPerson && states_[o].multi_token &&
          states_[o].first_token == given.view() && states_[o].last_token == st.last_token) {
        return false;
      }
    }
    return true;
  };
  // "Lena Hart ... Her son, Michael Hart, said ... Hart said": a relative introduced by a
  // word for kin is named by the given name after; the bare surname, more than a sentence
  // on, is the namesake who is no such relative, when the article names one in full.
  const uint32_t sentence = doc_.sentence_of[position];
  auto family_far = [&](uint32_t first, uint32_t last) {
    return doc_.sentence_of[first] + 1 < sentence && IntroducedAsFamily(first, last);
  };
  auto other_namesake = [&](std::string_view given) {
    const std::string_view word = StripPossessive(doc_.TokenText(position));
    uint32_t f = 0, l = 0, from = position;
    for (int tries = 0; tries < 8 && FindFullName(word, from, &f, &l); ++tries) {
      LowerCased first_word;
      first_word.Assign(doc_.TokenText(f));
      if (l - f >= 2 && StripPossessive(doc_.TokenText(l - 1)) == word &&
          first_word.view() != given && !IntroducedAsFamily(f, l)) {
        return true;
      }
      if (f == 0 || f > from) return false;
      from = f - 1;
    }
    return false;
  };
  auto family_role = [](const SpeakerProfile& p) {
    for (const std::string& role : p.roles) {
      const size_t space = role.rfind(' ');
      if (IsFamilyWord(space == std::string::npos ? role : role.substr(space + 1))) return true;
    }
    return false;
  };
  int family = -1;  // a relative passed over, if no namesake is found after all
  // Most recent first: "Zhou" -> "Zhou Yunjie", "Lopez" -> "Maria Lopez".
  for (auto r = recent_.rbegin(); r != recent_.rend(); ++r) {
    SpeakerProfile& p = speakers_[*r];
    const State& st = states_[*r];
    if (p.kind != SpeakerKind::kPerson || other_sex(*r)) continue;
    if (words.count == 1 && st.multi_token &&
        (st.last_token == words.first.view() || st.first_token == words.first.view())) {
      if (namesake_since(st)) break;
      if (st.last_token == words.first.view() && family < 0 && family_role(p) &&
          doc_.sentence_of[st.last_reference] + 1 < sentence &&
          other_namesake(st.first_token)) {
        family = *r;
        continue;
      }
      if (std::find(p.aliases.begin(), p.aliases.end(), name) == p.aliases.end()) {
        p.aliases.emplace_back(name);
      }
      cache(*r);
      return *r;
    }
    // "Maria del Carmen Ortega Ruiz ... Ortega Ruiz said", "Ann van der Berg ... Van der
    // Berg said": a surname of several words ends the full name met before, which opens
    // with a given name. (Not "Tom Lee" after a headline's "Party Icon Tom Lee".)
    if (words.count > 1 && st.multi_token && words.last.view() == st.last_token &&
        !doc_.tokens[name_first].is(kMale) && !doc_.tokens[name_first].is(kFemale) &&
        (lexicon_.Flags(st.first_token) & (kMale | kFemale)) != 0) {
      const std::string_view full(
          st.first_token.data(),
          st.last_token.data() + st.last_token.size() - st.first_token.data());
      if (full.size() > key.size() + 1 && full.ends_with(lower.view()) &&
          full[full.size() - key.size() - 1] == ' ') {
        if (std::find(p.aliases.begin(), p.aliases.end(), name) == p.aliases.end()) {
          p.aliases.emplace_back(name);
        }
        cache(*r);
        return *r;
      }
    }
    if (words.count > 1 && !st.multi_token &&
        (words.last.view() == st.last_token || words.first.view() == st.last_token)) {
      // The full name arrives after the short one: upgrade the display name.
      p.aliases.push_back(p.name);
      p.name.assign(name);
      cache(*r);
      const absl::string_view kept = by_name_.find(key)->first;  // the name's copy
      SetTokens(*r, {kept.data(), kept.size()});
      return *r;
    }
  }
  // A full name elsewhere in the text, the last before the mention or else the first after:
  // "Maria Lopez spoke ... Lopez said".
  // Not one whose given name is of the other sex: "Ann Lee and her husband Tom Lee ... Mrs.
  // Lee" looks further back, to Ann Lee.
  uint32_t full_first = 0, full_last = 0;
  bool full_name = false;
  if (words.count == 1) {
    const std::string_view word = StripPossessive(doc_.TokenText(position));
    uint32_t from = position;
    for (int tries = 0; tries < 8 && FindFullName(word, from, &full_first, &full_last);
         ++tries) {
      // (Further back, only a name that ends with the word: not "Lee Harbor Group".)
      if (tries > 0 && StripPossessive(doc_.TokenText(full_last - 1)) != word) break;
      const Token& given = doc_.tokens[full_first];
      if (!(female && given.is(kMale)) && !(male && given.is(kFemale)) &&
          (family < 0 || !family_far(full_first, full_last))) {
        full_name = true;
        break;
      }
      if (full_first == 0 || full_first > from) break;  // the first after: none before it
      from = full_first - 1;
    }
  }
  int s = -1;
  if (!full_name && family >= 0) {
    cache(family);
    return family;
  }
  if (full_name) {
    const Token& given = doc_.tokens[full_first];
    std::string buffer;
    s = FindOrCreatePerson(StripPossessive(TextView(full_first, full_last, &buffer)), full_first,
                           full_last, full_first, given.is(kFemale), given.is(kMale));
    // "Mrs. Lee" is a person, not "Harbor Lee Group", named as an organization.
    if ((female || male) && speakers_[s].kind != SpeakerKind::kPerson) s = -1;
  }
  if (s >= 0) {
    // "Tom Lee met Ann Ray. Lee said ...": the full name's given name tells the sex, as it
    // does where the full name itself speaks.
    NoteSexOfName(s, full_first, full_last);
    // ("Sen. John Hale voted no. ... Hale said": the titles before the full name are the
    // person's roles, as they are where the titled name speaks; "the senator" finds him.)
    uint32_t title = full_first;
    while (title > 0 && title + 3 > full_first && doc_.tokens[title - 1].is(kTitle) &&
           doc_.tokens[title - 1].has(kCapitalized) && !doc_.tokens[title - 1].is(kDeterminer)) {
      --title;
    }
    if (title < full_first) AddRole(s, Text(title, full_first));
    ProfileAroundFullName(s, full_first, full_last);
    SpeakerProfile& p = speakers_[s];
    if (std::find(p.aliases.begin(), p.aliases.end(), name) == p.aliases.end()) {
      p.aliases.emplace_back(name);
    }
    cache(s);
    return s;
  }
  // Past a cached person of the other sex, the bare name is another person ("Mr. Lee"
  // besides Ann Lee), kept apart from the cached one.
  if (cached) return FindOrCreate(name, lower, SpeakerKind::kPerson, female ? "female" : "male");
  return FindOrCreate(name, lower, SpeakerKind::kPerson);
}

int SpeakerResolver::TitledPerson(std::string_view role, uint32_t position) {
  const auto& toks = doc_.tokens;
  // "the lawmaker", "the legislator": a legislator's title of any chamber ("Sen.", "Rep.",
  // "Hon.", "Assemblywoman"); "the congressman": a representative's.
  static constexpr WordSet kLegislatorTitles = {
      "sen.", "sen", "senator", "rep.", "rep", "representative", "congressman", "congresswoman",
      "assemblyman", "assemblywoman", "assemblymember", "hon.", "hon", "honourable",
      "honorable"};
  static constexpr WordSet kRepresentativeTitles = {
      "rep.", "rep", "representative", "congressman", "congresswoman"};
  const bool lawmaker = role == "lawmaker" || role == "legislator";
  const bool congress = role == "congressman" || role == "congresswoman";
  // ("the pontiff" for "Pope Leo", "the monarch" for "King Harald": news's other word for
  // the office.)
  static constexpr WordSet kMonarchTitles = {"king", "queen"};
  const bool pontiff = role == "pontiff", monarch = role == "monarch";
  auto names_role = [&](uint32_t t) {
    std::string_view title = doc_.TokenText(t);
    if (title.size() == role.size() && doc_.WordIsText(t, role)) return true;
    if ((lawmaker && kLegislatorTitles.Has(doc_.word_ids[t])) ||
        (congress && kRepresentativeTitles.Has(doc_.word_ids[t])) ||
        (pontiff && doc_.WordIs(t, "pope")) ||
        (monarch && kMonarchTitles.Has(doc_.word_ids[t]))) {
      return true;
    }
    for (const auto& [abbreviation, noun] : kTitleAbbreviations) {
      if (noun == role && title.size() == abbreviation.size() &&
          absl::EqualsIgnoreCase(absl::string_view(title.data(), title.size()),
                                 absl::string_view(abbreviation.data(), abbreviation.size()))) {
        return true;
      }
    }
    return false;
  };
  // Only where one person holds the title in the text so far: political news names many
  // senators, and "the senator" is the one the story is about, not the last one named.
  const std::vector<uint32_t>& capitalized = doc_.capitalized;
  uint32_t first = 0, last = 0;
  int seen = 0;
  for (auto it = std::lower_bound(capitalized.begin(), capitalized.end(), position);
       it != capitalized.begin() && seen < 1000; ++seen) {
    const uint32_t t = *--it;
    if (!toks[t].is(kTitle) || !names_role(t)) continue;
    // ("Vice President Ann Ray", "Lt. Gov. Tom Lee", "Deputy Mayor Ida Moss": another role.)
    if (RankBefore(t)) continue;
    uint32_t e = t + 1;
    while (e < position && IsNameToken(e) && !toks[e].has(kPossessive)) ++e;
    if (e == t + 1) continue;  // a name after the title ("President Ray" counts too)
    if (last > first && doc_.TokenText(e - 1) != doc_.TokenText(last - 1)) {
      return -1;  // a second person with the title
    }
    if (last == first) {
      first = t + 1;
      last = e;
    }
  }
  if (last == first) return -1;
  const int s = FindOrCreatePerson(Text(first, last), first, last, last - 1);
  if (speakers_[s].kind != SpeakerKind::kPerson) return -1;
  NoteSex(s, toks[first].word_flags);
  AddRole(s, std::string(role));
  return s;
}

bool SpeakerResolver::RankBefore(uint32_t t) const {
  const auto& toks = doc_.tokens;
  return t > 0 && toks[t - 1].IsWord() &&
         (doc_.WordIs(t - 1, "vice") || doc_.WordIs(t - 1, "lt.") ||
          doc_.WordIs(t - 1, "lieutenant") || doc_.WordIs(t - 1, "deputy") ||
          doc_.WordIs(t - 1, "assistant") || doc_.WordIs(t - 1, "acting") ||
          doc_.WordIs(t - 1, "former") || EndsWith(doc_.TokenText(t - 1), "-"));
}

int SpeakerResolver::OrganizationByLastWord(std::string_view word) const {
  const LowerCased lower(word);
  for (auto r = recent_.rbegin(); r != recent_.rend(); ++r) {
    if (speakers_[*r].kind == SpeakerKind::kOrganization && states_[*r].multi_token &&
        states_[*r].last_token == lower.view()) {
      return *r;
    }
  }
  return -1;
}

int SpeakerResolver::OrganizationSpelledOut(uint32_t t) {
  const auto& toks = doc_.tokens;
  const std::string_view acronym = StripPossessive(doc_.TokenText(t));
  // (The words after no opening parenthesis, most, skipped in a loop of their own, whose
  // index stays in a register; the list's first word, which may be the text's first
  // token, is left to the tests below.)
  const std::span<const uint32_t> caps(doc_.capitalized);
  const Token* const tok = toks.data();
  auto next_candidate = [&](size_t from) {
    if (from == 0) return from;
    size_t j = from;
    while (j < caps.size() && tok[caps[j] - 1].punct != '(') ++j;
    return j;
  };
  for (size_t i = next_candidate(0); i < caps.size(); i = next_candidate(i + 1)) {
    const uint32_t k = caps[i];
    if (k < 2 || k + 1 >= toks.size() || !toks[k - 1].IsPunct('(') ||
        !toks[k + 1].IsPunct(')') || doc_.TokenText(k) != acronym) {
      continue;
    }
    // The name before the parenthesis: capitalized words, and "of", "for", "and", "in" or
    // "on" between them ("Citizens for Safe Streets (CSS)").
    // (Some acronyms keep the joining words' initials too: "Ministry of Health (MOH)".)
    const uint32_t end = k - 1;
    uint32_t first = end;
    std::string initials, all_initials;
    while (first > 0 && end - first < 10 && toks[first - 1].IsWord()) {
      const uint32_t w = first - 1;
      if (toks[w].has(kCapitalized) && !toks[w].is(kDeterminer)) {
        initials.insert(initials.begin(), doc_.text[toks[w].begin]);
      } else if (!(toks[w].has(kLowerInitial) &&
                   (doc_.WordIs(w, "of") || doc_.WordIs(w, "for") || doc_.WordIs(w, "and") ||
                    doc_.WordIs(w, "in") || doc_.WordIs(w, "on")))) {
        break;
      }
      const unsigned char initial = doc_.text[toks[w].begin];
      all_initials.insert(all_initials.begin(), absl::ascii_toupper(initial));
      first = w;
    }
    while (first < end && !toks[first].has(kCapitalized)) ++first;
    if (first + 2 > end) return -1;
    // (all_initials may begin with a joining word's before the name's first capital.)
    const size_t skipped = all_initials.size() - (end - first);
    // ("Maritime and Port Authority of Singapore (MPA)": an acronym may leave out the name's
    // last complement, "of" or "in" and a place's capitalized words.)
    auto without_complement = [&] {
      uint32_t of = end;
      while (of > first && toks[of - 1].has(kCapitalized)) --of;
      if (of == end || of <= first + 1 ||
          !(doc_.WordIs(of - 1, "of") || doc_.WordIs(of - 1, "in"))) {
        return false;
      }
      std::string head;
      for (uint32_t w = first; w + 1 < of; ++w) {
        if (toks[w].has(kCapitalized) && !toks[w].is(kDeterminer)) {
          head.push_back(doc_.text[toks[w].begin]);
        }
      }
      return head == acronym;
    };
    if (initials != acronym && std::string_view(all_initials).substr(skipped) != acronym &&
        !without_complement()) {
      return -1;
    }
    return FindOrCreate(CanonicalOrganization(first, end), SpeakerKind::kOrganization);
  }
  return -1;
}

int SpeakerResolver::AgedPerson(uint32_t t) {
  const auto& toks = doc_.tokens;
  const std::string_view w = doc_.TokenText(t);
  const size_t dash = w.find('-');
  if (!toks[t].has(kHasDigit) || dash == std::string_view::npos) return -1;
  const std::string_view age = w.substr(0, dash);
  // "NAME, 27, ..." before the epithet (within the article's last 400 tokens); or "NAME, a
  // 27-year-old teacher, ...", the epithet itself in the name's appositive.
  for (uint32_t k = t; k-- > 2 && k + 400 > t;) {
    if (!toks[k].has(kHasDigit)) continue;
    uint32_t comma = k - 1;  // the comma after the name
    if (doc_.TokenText(k) == w && k >= 3 && toks[k - 1].has(kLowerInitial) &&
        (doc_.WordIs(k - 1, "a") || doc_.WordIs(k - 1, "an")) && toks[k - 2].IsPunct(',')) {
      comma = k - 2;
    } else if (doc_.TokenText(k) != age || !toks[k - 1].IsPunct(',') ||
               k + 1 >= toks.size() || !toks[k + 1].IsPunct(',')) {
      continue;
    }
    uint32_t first = comma;
    while (first > 0 && IsNameToken(first - 1) && comma - first < 4) --first;
    if (first + 2 > comma) return -1;  // a name of two words or more
    const int s = FindOrCreatePerson(Text(first, comma), first, comma, comma - 1);
    return speakers_[s].kind == SpeakerKind::kPerson ? s : -1;
  }
  return -1;
}

int SpeakerResolver::EpithetPerson(uint32_t epithet) {
  const auto& toks = doc_.tokens;
  // Only a person named in this sentence or the one before (an age may point further back
  // to the name it was given with: "Ann Ray, 27, ...").
  const bool age = toks[epithet].has(kHasDigit);
  int s = AgedPerson(epithet);
  const uint32_t sentence = doc_.sentence_of[epithet];
  if (s < 0) {
    s = MostRecent(SpeakerKind::kPerson);
    if (s >= 0 && doc_.sentence_of[states_[s].last_reference] + 1 < sentence) s = -1;
  }
  // "Former midfielder Tom Tate retired in May. 'A. B,' the 38-year-old told ...": the
  // person who opens the sentence before, though no speaker yet (past the sentences of
  // the quotation, which open with its mark).
  // (For an age, or a noun for one person of a nation: "the Italian", not "the Chinese" or
  // "the Swiss", which may be a people.)
  const std::string_view word = doc_.TokenText(epithet);
  const bool one_person =
      age || (Epithet(epithet) && !(word.ends_with("ese") || word == "Swiss"));
  for (uint32_t back = 1; s < 0 && one_person && back <= sentence && back <= 4; ++back) {
    const Sentence& before = doc_.sentences[sentence - back];
    if (toks[before.first].IsQuote()) continue;
    s = OpeningPerson(before, /*female=*/false, /*descriptions=*/false);
    if (s < 0) s = OpeningPerson(before, /*female=*/true, /*descriptions=*/false);
    // ("When the river rose, Tom Lee lost his home. 'A,' the 67-year-old said.": the
    // person named as its subject after an opening clause.)
    if (s < 0) s = SubjectBefore(before.first, before.last, /*female=*/false, /*earlier=*/true);
    if (s < 0) s = SubjectBefore(before.first, before.last, /*female=*/true, /*earlier=*/true);
    break;
  }
  // Else whoever spoke last, in this paragraph or the one before, if no full name comes
  // in the sentences between ("Ann Ray said ... \n\n The goalie, Tom Lee, made 41 saves.
  // The 16-year-old said" is Lee's, unresolved here).
  if (const int last = MostRecent(SpeakerKind::kPerson); s < 0 && age && last >= 0) {
    const Sentence& met = doc_.sentences[doc_.sentence_of[states_[last].last_reference]];
    bool named_between = met.paragraph + 1 < doc_.sentences[sentence].paragraph;
    for (uint32_t t = met.last + 1; t + 1 < epithet && !named_between; ++t) {
      named_between = IsNameToken(t - 1) && IsNameToken(t);
    }
    if (!named_between) s = last;
  }
  return s;
}

int SpeakerResolver::RelationNamedBefore(uint32_t owner, std::string_view relation_lower) {
  const auto& toks = doc_.tokens;
  // (Within the article's last 2,000 tokens, the nearest pair first. The owners are rule
  // words, with ids of their own.)
  for (uint32_t k = owner + 1; k-- > 1 && k + 2000 > owner;) {
    if (!toks[k + 1].IsPunct(',') || k + 3 >= owner || !IsNameToken(k + 2) ||
        !doc_.WordIsText(k, relation_lower) || doc_.word_ids[k - 1] != doc_.word_ids[owner]) {
      continue;
    }
    uint32_t end = k + 2;
    while (end < owner && IsNameToken(end) && !toks[end].has(kPossessive)) ++end;
    if (end < k + 4 || end >= owner || !toks[end].IsPunct(',')) return -1;  // a full name
    const int s = FindOrCreatePerson(Text(k + 2, end), k + 2, end, end - 1);
    return speakers_[s].kind == SpeakerKind::kPerson ? s : -1;
  }
  return -1;
}

bool SpeakerResolver::Epithet(uint32_t t) const {
  const std::string_view w = doc_.TokenText(t);
  if (doc_.tokens[t].has(kHasDigit)) {
    // "27-year-old"
    size_t d = 0;
    while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
    return d > 0 && d <= 3 && w.substr(d) == "-year-old";
  }
  if (!doc_.tokens[t].has(kCapitalized)) return false;
  // Nouns for a person of a nation (not adjectives that also name a paper: "the Australian").
  static constexpr std::string_view kDemonyms[] = {
      "Dane", "Swede", "Finn", "Scot", "Pole", "Czech", "Swiss", "Greek", "Dutchman",
      "Frenchman", "Frenchwoman", "Englishman", "Englishwoman", "Welshman", "Irishman",
      "Scotsman", "Spaniard", "Turk", "Croat", "Serb", "Kiwi", "Argentine", "Icelander",
      "Portuguese", "Japanese", "Chinese", "Senegalese", "Brazilian", "Italian", "Canadian",
      "Norwegian", "Colombian", "Nigerian", "Belgian", "Austrian", "Croatian", "Serbian",
      "Russian", "Ukrainian", "Egyptian", "Ghanaian", "Mexican", "German", "Korean", "Kenyan",
      "Moroccan", "Cameroonian", "Jamaican", "Chilean", "Peruvian", "Uruguayan", "Venezuelan",
      "Hungarian", "Romanian", "Bulgarian", "Slovenian", "Estonian", "Israeli", "Pakistani",
      "Iraqi", "Iranian", "Ethiopian", "Ivorian", "Algerian", "Tunisian", "Ecuadorian"};
  for (const std::string_view d : kDemonyms) {
    if (w == d) return true;
  }
  return false;
}

int SpeakerResolver::MostRecent(SpeakerKind kind) const {
  for (auto r = recent_.rbegin(); r != recent_.rend(); ++r) {
    if (speakers_[*r].kind == kind) return *r;
  }
  return -1;
}

int SpeakerResolver::SentenceSubject(uint32_t pronoun, bool female) {
  uint32_t first = doc_.sentences[doc_.sentence_of[pronoun]].first;
  // `"Tom gave all he had," he said.`: the names inside the quotation that opens the
  // sentence are whom the speaker talks about; the scan starts after its closing mark.
  if (doc_.tokens[first].IsQuote()) {
    const auto close =
        std::lower_bound(doc_.quote_marks.begin(), doc_.quote_marks.end(), pronoun);
    if (close != doc_.quote_marks.begin() && *(close - 1) > first) first = *(close - 1) + 1;
  }
  return SubjectBefore(first, pronoun, female, /*earlier=*/false);
}

int SpeakerResolver::DescribedSentenceSubject(uint32_t pronoun, bool female) {
  const Sentence& sentence = doc_.sentences[doc_.sentence_of[pronoun]];
  const auto& toks = doc_.tokens;
  // (Cheap tests first: "The", then a lower-case word, and the pronoun a few words on.)
  if (pronoun < sentence.first + 4 || !doc_.WordIs(sentence.first, "the") ||
      !toks[sentence.first + 1].has(kLowerInitial)) {
    return -1;
  }
  // (No name in between, who may be meant: "The officer told Tom Lee he was under arrest".)
  const std::vector<uint32_t>& capitalized = doc_.capitalized;
  for (auto it = std::upper_bound(capitalized.begin(), capitalized.end(), sentence.first);
       it != capitalized.end() && *it < pronoun; ++it) {
    if (IsNameToken(*it)) return -1;
  }
  return OpeningPerson(sentence, female, /*descriptions=*/true);
}

int SpeakerResolver::SubjectBefore(uint32_t first, uint32_t end, bool female,
                                   bool earlier) {
  const auto& toks = doc_.tokens;
  // ("ELM CITY (AP) - Ann Ray visited ...": the sentence opens after the dateline that opens
  // its paragraph.)
  if (toks[first].has(kParagraphStart) && DatelineMayOpen(doc_, first, end)) {
    first = DatelineEnd(doc_, lexicon_, first, end);
  }
  // (At most kMaxSubjectDistance tokens back: a run-on sentence with a pronoun every few
  // words would otherwise be read back to its start from each.)
  const uint32_t stop = std::max(first, end > kMaxSubjectDistance ? end - kMaxSubjectDistance : 0);
  // Only capitalized words can be name tokens: the text layer's list of them, read backwards
  // from `end`, instead of every token.
  const std::vector<uint32_t>& capitalized = doc_.capitalized;
  auto it = std::lower_bound(capitalized.begin(), capitalized.end(), end);
  uint32_t resume = end;  // the scan goes on below this token
  while (it != capitalized.begin()) {
    uint32_t t = *--it;
    if (t < stop) break;
    if (t >= resume || !IsNameToken(t)) continue;
    uint32_t b = t;
    while (b > first && IsNameToken(b - 1) && !toks[b - 1].has(kPossessive)) --b;
    const uint32_t e = t + 1;
    // "Ray's campaign manager": an owner is no subject.
    if (toks[t].has(kPossessive)) {
      resume = b;
      continue;
    }
    uint32_t before = b;  // "Mr. Baker", "Sen. Ann Ray": titles belong to the name
    while (before > first && toks[before - 1].is(kTitle)) --before;
    const Token& next = toks[e];
    // ("Tom Lee is facing criticism after he said": in the pronoun's own sentence a form
    // of "be" after a person's name is a verb too; not after a quotation's opening mark,
    // `"Elm City is a fine place," he said`, nor after a place's name.)
    const bool be_follows = !earlier && e < end && next.is(kStop) && !toks[first].IsQuote() &&
                            (doc_.WordIs(e, "is") || doc_.WordIs(e, "was") ||
                             doc_.WordIs(e, "are") || doc_.WordIs(e, "were"));
    // (Not a role's noun before a name: "Kings coach Tom Lee", where "Kings" modifies.)
    const bool verb_follows = e < end && next.IsWord() && next.has(kLowerInitial) &&
                              (!next.is(kStop) || be_follows) && !next.has(kPossessive) &&
                              !(next.is(kRole) && e + 1 < end && IsNameToken(e + 1));
    // "Ann Ray, a lawyer, ..." (not a list: "Ann Ray, Ida Moss and Tom Lee ...").
    const bool appositive_follows =
        e + 1 < end && next.IsPunct(',') && !IsNameToken(e + 1);
    if (!verb_follows && !appositive_follows) {  // (the cheap test first)
      resume = b;
      continue;
    }
    // ("Kings coach Tom Lee said he ...": a description of up to three words, ending in a
    // role's noun, opening the sentence.)
    bool described = before > first && before <= first + 3 && toks[before - 1].IsWord() &&
                     toks[before - 1].has(kLowerInitial) && toks[before - 1].is(kRole);
    for (uint32_t d = first; d + 1 < before && described; ++d) {
      described = toks[d].IsWord() && !toks[d].is(kStop) && !toks[d].has(kPossessive);
    }
    const bool opens = before == first || toks[before - 1].IsPunct(',') ||
                       (before - 1 == first && toks[first].IsQuote()) ||
                       doc_.WordIs(before - 1, "and") || doc_.WordIs(before - 1, "but") ||
                       described;
    // A lone capitalized word must be a known person's name ("Baker" after "Tom Baker");
    // else it is often a sentence's first word ("Marking the day, ..."). (Asked last, only
    // of a name placed as a subject: the search for a full name is the costly test.)
    auto known = [&] {
      if (e - b > 1) return true;
      const LowerCased lower(StripPossessive(doc_.TokenText(b)));
      const std::string_view word = lower;
      for (size_t i = 0; i < states_.size(); ++i) {
        if (speakers_[i].kind == SpeakerKind::kPerson &&
            (states_[i].last_token == word || states_[i].first_token == word)) {
          return true;
        }
      }
      uint32_t full_first = 0, full_last = 0;
      return FindFullName(StripPossessive(doc_.TokenText(b)), b, &full_first, &full_last);
    };
    // "Ann Ray and Ida Moss founded the firm": either may be meant.
    const bool second_of_pair = before >= first + 2 && doc_.WordIs(before - 1, "and") &&
                                IsNameToken(before - 2);
    if ((opens || (earlier && AfterSubordinator(doc_, before, first))) && !second_of_pair &&
        known() && (!(earlier || be_follows) || NamesPerson(before, e))) {
      const int s = Resolve({before, e, 0, 0});
      if (s < 0 || speakers_[s].kind != SpeakerKind::kPerson) return -1;
      const State& st = states_[s];
      if ((female && st.male) || (!female && st.female)) return -1;
      return s;
    }
    resume = b;
  }
  return -1;
}

int SpeakerResolver::PreviousSentenceSubject(uint32_t pronoun, bool female) {
  const auto& toks = doc_.tokens;
  const uint32_t index = doc_.sentence_of[pronoun];
  if (index == 0) return -1;
  const Sentence& sentence = doc_.sentences[index];
  uint32_t opener = sentence.first;
  while (opener < pronoun && toks[opener].IsQuote()) ++opener;
  // `"There is a chance," he said.`: the pronoun right after a quotation that opens the
  // sentence attributes it, as one opening the sentence would.
  if (opener != pronoun && toks[sentence.first].IsQuote() && pronoun >= sentence.first + 2) {
    uint32_t close = pronoun - 1;
    if (toks[close].IsPunct(',')) --close;
    if (close > sentence.first && toks[close].IsQuote()) {
      bool inside = true;  // no quotation mark between the opening and the closing one
      for (uint32_t t = sentence.first + 1; t < close && inside; ++t) {
        inside = !toks[t].IsQuote();
      }
      if (inside) opener = pronoun;
    }
  }
  // "The plan was sound, he said.": the pronoun after a reported clause that opens the
  // sentence, before its cue, attributes it as one opening the sentence would.
  if (opener == sentence.first && pronoun > sentence.first + 2 &&
      toks[pronoun - 1].IsPunct(',') && pronoun + 1 < sentence.last &&
      toks[pronoun + 1].is(kCueStart)) {
    const auto mark =
        std::lower_bound(doc_.quote_marks.begin(), doc_.quote_marks.end(), sentence.first);
    if (mark == doc_.quote_marks.end() || *mark > pronoun) opener = pronoun;
  }
  // `"A. B," she said.`: a quotation of several sentences, closed right before the pronoun,
  // attributes it as one of a single sentence would; the sentence before is the one before
  // the quotation opens.
  uint32_t before_index = index - 1;
  if (opener != pronoun && pronoun >= sentence.first + 2) {
    uint32_t close = pronoun - 1;
    if (toks[close].IsPunct(',')) --close;
    // The opening mark: the mark before the closing one, in the same paragraph; past a
    // quotation's single marks inside a double one (`"He said, 'We move.' That was it,"`).
    const std::vector<uint32_t>& marks = doc_.quote_marks;
    const auto at = std::lower_bound(marks.begin(), marks.end(), close);
    uint32_t open = close;
    if (close > sentence.first && at != marks.begin() && at != marks.end() && *at == close) {
      auto single = [&](uint32_t t) {
        return toks[t].quote == QuoteStyle::kSingleOpen ||
               toks[t].quote == QuoteStyle::kSingleClose ||
               toks[t].quote == QuoteStyle::kSingleStraight;
      };
      // (Within the paragraph: a text of many single marks is not read back past it.)
      const uint32_t paragraph_first = doc_.paragraphs[sentence.paragraph].first;
      auto before_mark = at - 1;
      if (!single(close)) {
        while (before_mark != marks.begin() && single(*before_mark) &&
               *before_mark > paragraph_first) {
          --before_mark;
        }
      }
      if (*before_mark >= paragraph_first) open = *before_mark;
    }
    const uint32_t open_sentence = doc_.sentence_of[open];
    if (open != close && open_sentence < index && open_sentence > 0 &&
        doc_.sentences[open_sentence].first == open) {
      opener = pronoun;
      before_index = open_sentence - 1;
    }
  }
  if (opener != pronoun) return -1;  // only a pronoun that opens its sentence
  // `"A. [paragraph] "B," he said.`: a quotation over several paragraphs, each opened by a
  // mark and left open but the last; the sentence before is the one before the first.
  // (At most kMaxQuotationParagraphs back.)
  const Sentence& quoted = doc_.sentences[before_index + 1];
  uint32_t p = quoted.paragraph;
  if (toks[quoted.first].IsQuote() && doc_.paragraphs[p].first == quoted.first) {
    for (uint32_t back = 0; p > 0 && back < kMaxQuotationParagraphs &&
                            doc_.LeavesQuotationOpen(p - 1);
         ++back) {
      --p;
    }
    const uint32_t first_sentence = doc_.sentence_of[doc_.paragraphs[p].first];
    if (first_sentence == 0) return -1;
    before_index = first_sentence - 1;
  }
  // "Moss, 61, retired in 2022. Does he miss it? "Every day," he says.": the writer's
  // question between them asks about the person the sentence before it opens with.
  {
    const Sentence& asked = doc_.sentences[before_index];
    if (before_index > 0 && asked.last > asked.first + 1 && toks[asked.last - 1].IsPunct('?') &&
        !toks[asked.first].IsQuote() && asked.paragraph == doc_.sentences[index].paragraph) {
      --before_index;
    }
  }
  const Sentence& before = doc_.sentences[before_index];
  // "A reporter asked Tom Lee whether he had met her. "Not yet," he said.": the answer to a
  // question put to a named person is theirs (not the asker's, though a speaker too).
  if (!doc_.WordIs(pronoun + 1, "asked")) {
    if (const int asked = AddresseeOfQuestion(before, female); asked >= 0) return asked;
  }
  // Not when the sentence before names a speaker of its own (the pronoun goes on with it) or
  // holds a quotation (whose words are not the narrative's). (The asker in an opening "Asked
  // by the host whether ..., Ray laughed." is not the one the sentence is about.)
  const uint32_t asked_until = AskerPhraseEnd(before);
  for (auto r = recent_.rbegin(); r != recent_.rend(); ++r) {
    if (speakers_[*r].kind != SpeakerKind::kPerson) continue;
    if (states_[*r].last_mention >= before.first && states_[*r].last_mention >= asked_until) {
      // (Unless that speaker is of the other sex: "Laura Brennan accused Mike Osterman of
      // lying. He denied it": the one person of the pronoun's sex the sentence names.)
      const bool other_sex = female ? states_[*r].male && !states_[*r].female
                                    : states_[*r].female && !states_[*r].male;
      return other_sex ? PersonNamedIn(before, female) : -1;
    }
    break;
  }
  // (The text layer lists the quotation marks: the first at or after the sentence's start.)
  const auto mark =
      std::lower_bound(doc_.quote_marks.begin(), doc_.quote_marks.end(), before.first);
  if (mark != doc_.quote_marks.end() && *mark < before.last) return -1;
  const int opening = OpeningPerson(before, female, /*descriptions=*/false);
  if (opening >= 0) return opening;
  if (const int owner = OpeningOwner(before, female); owner >= 0) return owner;
  // "His mother, who had waited by the ruins, wept. "...," she told reporters.": a relation
  // of the pronoun's sex after a possessive pronoun, as the subject that opens the sentence
  // before, with no name of its own.
  if (const uint32_t b = before.first;
      b + 2 < before.last &&
      (doc_.WordIs(b, "his") || doc_.WordIs(b, "her") || doc_.WordIs(b, "their")) &&
      toks[b + 1].IsWord() && toks[b + 1].has(kLowerInitial) &&
      !toks[b + 1].has(kPossessive) && toks[b + 1].is(female ? kFemale : kMale) &&
      (toks[b + 2].IsPunct(',') ||
       (toks[b + 2].IsWord() && toks[b + 2].has(kLowerInitial) && !toks[b + 2].is(kStop)))) {
    const int s = Resolve({b, b + 2, 0, 0});
    if (s >= 0 && speakers_[s].kind == SpeakerKind::kPerson) return s;
  }
  // "A spokesman for the Elm Front, speaking on condition of anonymity, rejected that.
  // The front had offered a truce, he said": a spokesperson's or an official's description
  // opening the sentence before (up to its comma), of the pronoun's sex or of none.
  if (const uint32_t b = before.first;
      b + 2 < before.last && (doc_.WordIs(b, "a") || doc_.WordIs(b, "an") ||
                              doc_.WordIs(b, "the"))) {
    auto described = [&](uint32_t t) {
      return kSpokespersonNouns.Has(doc_.word_ids[t]) || doc_.WordIs(t, "official");
    };
    uint32_t head = b + 1;
    while (head < b + 3 && head + 1 < before.last && toks[head].IsWord() &&
           toks[head].has(kLowerInitial) && !described(head) &&
           !toks[head].is(kStop)) {
      ++head;
    }
    if (described(head) && toks[head].has(kLowerInitial) &&
        !toks[head].is(female ? kMale : kFemale)) {
      uint32_t end = head + 1;
      if (doc_.WordIs(end, "for") || doc_.WordIs(end, "at") || doc_.WordIs(end, "with")) {
        uint32_t comma = end + 1;
        while (comma < before.last && comma < end + 9 && toks[comma].IsWord() &&
               !toks[comma].is(kCueStart)) {
          ++comma;
        }
        if (comma < before.last && toks[comma].IsPunct(',')) end = comma;
      }
      const int s = Resolve({b, end, 0, 0});
      if (s >= 0 && speakers_[s].kind == SpeakerKind::kPerson) return s;
    }
  }
  // ("Police arrested Tom Lee on Monday. He said ...": no person opens the sentence before,
  // so the one it names elsewhere.)
  if (const int named = PersonNamedIn(before, female); named >= 0) return named;
  // "Ann Ray has given up. She sold the house in May. "...," she said.": sentences before
  // that open with the same pronoun go on with the person whose full name opens the one
  // before them (at most two such sentences, none with a quotation).
  for (uint32_t back = 1; back <= 2 && before_index >= back; ++back) {
    const Sentence& chained = doc_.sentences[before_index - back + 1];
    if (!(female ? doc_.WordIs(chained.first, "she") : doc_.WordIs(chained.first, "he"))) break;
    const Sentence& earlier = doc_.sentences[before_index - back];
    const auto quote =
        std::lower_bound(doc_.quote_marks.begin(), doc_.quote_marks.end(), earlier.first);
    if (quote != doc_.quote_marks.end() && *quote < earlier.last) break;
    if (const int opening = OpeningPerson(earlier, female, false); opening >= 0) return opening;
  }
  return -1;
}

int SpeakerResolver::OpeningOwner(const Sentence& sentence, bool female) {
  const auto& toks = doc_.tokens;
  // The name's words up to the one in the possessive ("Feld's", "Hannah Feld's").
  uint32_t owner = sentence.first;
  while (owner + 2 < sentence.last && owner < sentence.first + 3 &&
         !toks[owner].has(kPossessive) && IsNameToken(owner)) {
    ++owner;
  }
  if (owner + 2 >= sentence.last || !toks[owner].has(kPossessive) || !IsNameToken(owner)) {
    return -1;
  }
  // (Up to one modifier before the noun: "Feld's research team".)
  uint32_t noun = owner + 1;
  if (toks[noun].IsWord() && toks[noun].has(kLowerInitial) &&
      !toks[noun].is(kGroup | kOrgUnit | kOrgNoun) && noun + 2 < sentence.last) {
    ++noun;
  }
  if (!toks[noun].IsWord() || !toks[noun].has(kLowerInitial) ||
      !toks[noun].is(kGroup | kOrgUnit | kOrgNoun)) {
    return -1;
  }
  const std::string_view word = StripPossessive(doc_.TokenText(owner));
  LowerCased lower(word);
  for (auto r = recent_.rbegin(); r != recent_.rend(); ++r) {
    const State& st = states_[*r];
    if (speakers_[*r].kind != SpeakerKind::kPerson || st.last_token != lower.view()) continue;
    if (female ? st.male : st.female) return -1;
    return *r;
  }
  return -1;
}

int SpeakerResolver::AddresseeOfQuestion(const Sentence& sentence, bool female) {
  const auto& toks = doc_.tokens;
  // (The verbs' ids compared eight tokens a step: few sentences have one.)
  // (Also counsel's "put it to Mr Lee that ...", which the witness answers.)
  static constexpr uint16_t kAskedIds[] = {Word("asked").id(), Word("pressed").id(),
                                           Word("questioned").id(), Word("put").id()};
  const uint32_t scan_end = sentence.last > 2 ? sentence.last - 2 : 0;  // (a name follows)
  for (uint32_t t = FindAnyWordId(doc_, kAskedIds, sentence.first + 1, scan_end); t < scan_end;
       t = FindAnyWordId(doc_, kAskedIds, t + 1, scan_end)) {
    if (!toks[t].IsWord() || !toks[t].has(kLowerInitial)) continue;
    const bool put_it_to = doc_.WordIs(t, "put");
    if (put_it_to && !(t + 3 < scan_end && doc_.WordIs(t + 1, "it") && doc_.WordIs(t + 2, "to"))) {
      continue;
    }
    uint32_t first = put_it_to ? t + 3 : t + 1;
    uint32_t title_sex = 0;  // "put it to Mr Lee": the title tells
    while (first + 1 < sentence.last && toks[first].is(kTitle) && toks[first].has(kCapitalized)) {
      if (doc_.WordIs(first, "mr") || doc_.WordIs(first, "mr.")) title_sex = kMale;
      if (doc_.WordIs(first, "mrs") || doc_.WordIs(first, "mrs.") || doc_.WordIs(first, "ms") ||
          doc_.WordIs(first, "ms.")) {
        title_sex = kFemale;
      }
      first += toks[first + 1].IsPunct('.') ? 2 : 1;  // "asked Sen. Ann Ray"
    }
    uint32_t end = first;
    while (end < sentence.last && IsNameToken(end) && !toks[end].has(kPossessive)) ++end;
    // The question itself follows the name: "whether", "if", "about", "why", "on", ...
    // (Or a relative clause on the name between commas first: "asked Ann Ray, who chairs the
    // board, what ...".)
    uint32_t question = end;
    if (end > first && end + 2 < sentence.last && toks[end].IsPunct(',') &&
        doc_.WordIs(end + 1, "who")) {
      uint32_t close = end + 2;
      while (close < sentence.last && close < end + 16 && toks[close].IsWord()) ++close;
      if (close + 1 < sentence.last && toks[close].IsPunct(',')) question = close + 1;
    }
    if (end == first || question >= sentence.last || !toks[question].IsWord() ||
        !(doc_.WordIs(question, "whether") || doc_.WordIs(question, "if") ||
          doc_.WordIs(question, "about") || doc_.WordIs(question, "why") ||
          doc_.WordIs(question, "how") || doc_.WordIs(question, "what") ||
          doc_.WordIs(question, "when") || doc_.WordIs(question, "on") ||
          (put_it_to && doc_.WordIs(question, "that")))) {
      return -1;
    }
    std::string buffer;
    const int s = FindOrCreatePerson(TextView(first, end, &buffer), first, end, end - 1);
    if (speakers_[s].kind != SpeakerKind::kPerson) return -1;
    NoteSexOfName(s, first, end);
    NoteSex(s, title_sex);
    if (female ? states_[s].male : states_[s].female) return -1;
    // Of a sex not known: only after an asker that is no name ("A reporter asked ...");
    // "Ann Ray asked Tom Lee ... She said" may go on with the asker.
    if (!(female ? states_[s].female : states_[s].male)) {
      uint32_t b = t;
      while (b > sentence.first && toks[b - 1].IsWord() && toks[b - 1].has(kLowerInitial) &&
             toks[b - 1].is(kPreverb)) {
        --b;
      }
      if (b == sentence.first || !toks[b - 1].IsWord() || !toks[b - 1].has(kLowerInitial)) {
        return -1;
      }
    }
    return s;
  }
  return -1;
}

uint32_t SpeakerResolver::AskerPhraseEnd(const Sentence& sentence) const {
  const auto& toks = doc_.tokens;
  const uint32_t b = sentence.first;
  if (b + 3 >= sentence.last || !doc_.WordIs(b, "asked") || !doc_.WordIs(b + 1, "by")) return b;
  for (uint32_t comma = b + 2; comma < sentence.last && comma < b + 30; ++comma) {
    if (toks[comma].IsPunct(',')) return comma;
  }
  return b;
}

int SpeakerResolver::RoleAcronymHolder(std::string_view acronym) {
  // The role's last words have the acronym's letters as initials, and the last of them is
  // a title or a role ("Energy Cabinet Secretary" for "CS", "the chief financial officer"
  // for "CFO"; not "member of the Elm Teachers Union" for "ETU", a body's acronym).
  if (acronym.size() < 2 || acronym.size() > 4) return -1;
  for (auto r = recent_.rbegin(); r != recent_.rend(); ++r) {
    if (speakers_[*r].kind != SpeakerKind::kPerson) continue;
    for (const std::string& role : speakers_[*r].roles) {
      std::vector<std::string_view> words;
      for (size_t b = 0, e = 0; b < role.size(); b = e + 1) {
        e = std::min(role.find(' ', b), role.size());
        if (e > b) words.push_back(std::string_view(role).substr(b, e - b));
      }
      // ("Treasury Cabinet Secretary Prof": an honorific, a title that is no role, after
      // the office is no word of it.)
      auto office_flags = [&](std::string_view w) {
        return lexicon_.Flags(LowerCased(w).view()) & (kRole | kTitle);
      };
      while (words.size() > 1 && office_flags(words.back()) == kTitle &&
             office_flags(words[words.size() - 2]) != 0) {
        words.pop_back();
      }
      if (words.size() < acronym.size()) continue;
      bool match = (lexicon_.Flags(LowerCased(words.back()).view()) & (kRole | kTitle)) != 0;
      for (size_t i = 0; i < acronym.size() && match; ++i) {
        const std::string_view w = words[words.size() - acronym.size() + i];
        match = absl::ascii_toupper(static_cast<unsigned char>(w[0])) == acronym[i];
      }
      if (match) return *r;
    }
  }
  return -1;
}

int SpeakerResolver::OpeningNamesJoined(uint32_t pronoun) {
  const auto& toks = doc_.tokens;
  const uint32_t index = doc_.sentence_of[pronoun];
  if (index == 0) return -1;
  // (Or right after a quotation that opens the sentence: `"We feel betrayed," they said.`)
  const Sentence& own = doc_.sentences[index];
  const bool after_quotation =
      toks[own.first].IsQuote() && pronoun >= own.first + 2 &&
      (toks[pronoun - 1].IsQuote() ||
       (toks[pronoun - 1].IsPunct(',') && toks[pronoun - 2].IsQuote()));
  if (own.first != pronoun && !after_quotation) return -1;
  const Sentence& before = doc_.sentences[index - 1];
  // Two runs of capitalized words (each a full name: two words at least) joined by "and",
  // then a verb in lower case.
  auto name_run = [&](uint32_t t) {
    uint32_t e = t;
    while (e < before.last && e < t + 4 && toks[e].IsWord() && toks[e].has(kCapitalized) &&
           !toks[e].is(kStop) && !toks[e].is(kDeterminer) && !toks[e].has(kPossessive)) {
      ++e;
    }
    return e >= t + 2 ? e : t;
  };
  const uint32_t first_end = name_run(before.first);
  if (first_end == before.first || first_end + 1 >= before.last ||
      !doc_.WordIs(first_end, "and") || !toks[first_end].has(kLowerInitial)) {
    return -1;
  }
  const uint32_t second_end = name_run(first_end + 1);
  if (second_end == first_end + 1 || second_end >= before.last ||
      !toks[second_end].IsWord() || !toks[second_end].has(kLowerInitial) ||
      (toks[second_end].is(kStop) && !toks[second_end].is(kPreverb))) {
    return -1;
  }
  const int s = Resolve({before.first, second_end, 0, 0});
  return s >= 0 && speakers_[s].kind == SpeakerKind::kGroup ? s : -1;
}

int SpeakerResolver::OpeningBody(uint32_t pronoun, bool group) {
  const auto& toks = doc_.tokens;
  const uint32_t index = doc_.sentence_of[pronoun];
  const Sentence& own = doc_.sentences[index];
  Sentence before;
  if (own.first == pronoun && index > 0) {
    before = doc_.sentences[index - 1];
  } else if (!group && pronoun > own.first + 2 && toks[pronoun - 1].IsPunct(',')) {
    before = {own.first, pronoun - 1, own.paragraph};  // "Acme Mining lost money, it said."
  } else if (pronoun > own.first + 3 && toks[pronoun - 1].has(kLowerInitial) &&
             (doc_.WordIs(pronoun - 1, "after") || doc_.WordIs(pronoun - 1, "as") ||
              doc_.WordIs(pronoun - 1, "when") || doc_.WordIs(pronoun - 1, "because") ||
              doc_.WordIs(pronoun - 1, "since"))) {
    // "Elm Foods jumped 6% after it said ...", "Liberals got mad because they ...": the main
    // clause's subject, opening it.
    before = {own.first, pronoun - 1, own.paragraph};
  } else if (!group && pronoun > own.first + 3 && toks[pronoun - 1].IsWord() &&
             toks[pronoun - 1].has(kLowerInitial) && !toks[pronoun - 1].is(kCueStart)) {
    // "Elm Systems unveiled a chip for sensors, a market it said was growing": a relative
    // clause (with or without its pronoun) on a noun of the sentence; "it" is the body
    // that opens the sentence.
    before = {own.first, pronoun - 1, own.paragraph};
  } else {
    return -1;
  }
  uint32_t b = before.first;
  // ("But some residents are angry.": a conjunction and a quantifier before the group.)
  if (group && b + 3 < before.last && (doc_.WordIs(b, "but") || doc_.WordIs(b, "and"))) ++b;
  if (group && b + 2 < before.last &&
      (doc_.WordIs(b, "some") || doc_.WordIs(b, "many") || doc_.WordIs(b, "most"))) {
    ++b;
  }
  uint32_t e = b;
  if (e < before.last && doc_.WordIs(e, "the")) ++e;
  const uint32_t head_first = e;
  while (e < before.last && e < head_first + 5 && toks[e].IsWord() && !toks[e].is(kStop) &&
         !toks[e].is(kPreverb) && !toks[e].is(kDeterminer) && !toks[e].has(kPossessive) &&
         (toks[e].has(kCapitalized) || toks[e].is(kGroup) || toks[e].is(kOrgNoun))) {
    ++e;
  }
  // ("Elm Systems on Wednesday unveiled ...": a day between the body and its verb.)
  uint32_t verb = e;
  // ("Researchers at Elm University followed ...": where a group works, a name after "at".)
  if (group && e > head_first && verb + 2 < before.last && doc_.WordIs(verb, "at") &&
      toks[verb + 1].has(kCapitalized) && !toks[verb + 1].is(kDeterminer)) {
    uint32_t name = verb + 1;
    while (name < before.last && name < verb + 6 && toks[name].IsWord() &&
           toks[name].has(kCapitalized)) {
      ++name;
    }
    verb = name;
  }
  if (verb + 2 < before.last && doc_.WordIs(verb, "on") && toks[verb + 1].is(kTime)) verb += 2;
  if (e == head_first || verb >= before.last || !toks[verb].IsWord() ||
      !toks[verb].has(kLowerInitial) || (toks[verb].is(kStop) && !toks[verb].is(kPreverb))) {
    return -1;  // (its verb may be an auxiliary: "was fined")
  }
  // "Police arrested two men. They said ...", "The company was fined. It said ...": a group
  // for "they", an organization's noun after "the" for "it". (Not when people follow the
  // verb: "Police arrested two men. They said they were innocent" may mean the men.)
  // (A number before another noun counts that noun: "over eight years" names no people.)
  // ("Researchers followed 3,400 students. They found ...": a finding after the pronoun is
  // the researchers', whoever they studied.)
  static constexpr WordSet kResearchers = {"researchers", "scientists", "authors",
                                           "economists", "analysts", "investigators"};
  static constexpr WordSet kFindings = {"found", "concluded", "estimated", "calculated",
                                        "discovered", "observed"};
  const bool finding = group && kResearchers.Has(doc_.word_ids[e - 1]) &&
                       pronoun + 1 < own.last && kFindings.Has(doc_.word_ids[pronoun + 1]);
  if (group && !finding) {
    for (uint32_t t = e + 1; t < before.last; ++t) {
      const bool counts_a_noun = t + 1 < before.last && toks[t + 1].IsWord() &&
                                 toks[t + 1].has(kLowerInitial) && !toks[t + 1].is(kStop) &&
                                 !toks[t + 1].is(kAdjunct) && IsNumber(doc_, t);
      if (toks[t].IsWord() && toks[t].has(kLowerInitial) &&
          ((toks[t].is(kGroup) && !counts_a_noun) || PeopleNoun(doc_, t) ||
           EndsWith(doc_.TokenText(t), "men") || doc_.WordIs(t, "people") ||
           doc_.WordIs(t, "children"))) {
        return -1;
      }
    }
  }
  const Token& head = toks[e - 1];
  const bool plural_body = head.is(kOrgNoun) && EndsWith(doc_.TokenText(e - 1), "s");
  const bool fits = group ? (head.is(kGroup) || plural_body) && !head.is(kDeterminer) &&
                                !IsNumber(doc_, e - 1)
                          : (e - 1 > b && ((head.is(kOrgNoun) && doc_.WordIs(b, "the")) ||
                                           (head.has(kCapitalized) &&
                                            (head.is(kIndustry) || head.is(kCorpSuffix))))) ||
                                (head.has(kCapitalized) && !doc_.WordIs(b, "the") &&
                                 !NamesPerson(b, e));
  if (!fits) return -1;
  // ("Sales rose 5 percent, it said.": in the pronoun's own sentence, a plural capitalized
  // only as the sentence's first, no body the lexicon or the article's other sentences know,
  // is a common noun. Not a body's one-word name: "Elmsoft lost money, it said.")
  if (!group && e == b + 1 && b == own.first &&
      EndsWith(doc_.TokenText(b), "s") && !EndsWith(doc_.TokenText(b), "ss") &&
      KnownOrganization(b, e).empty() && !CapitalizedElsewhere(b)) {
    return -1;
  }
  const int s = Resolve({b, e, 0, 0});
  if (s < 0) return -1;
  // ("Acme unveiled a chip that it said ...": "it" tells that one word read as a surname,
  // of nobody named in full, is a body's name.)
  if (!group && e == b + 1 && speakers_[s].kind == SpeakerKind::kPerson &&
      !states_[s].multi_token && !states_[s].female && !states_[s].male) {
    speakers_[s].kind = SpeakerKind::kOrganization;
  }
  const SpeakerKind kind = speakers_[s].kind;
  // ("The unions" are a group of bodies: an organization's kind.)
  return kind == SpeakerKind::kOrganization || (group && kind == SpeakerKind::kGroup) ? s : -1;
}

int SpeakerResolver::PersonNamedIn(const Sentence& sentence, bool female) {
  const auto& toks = doc_.tokens;
  // Only when a body or a group opens the sentence ("Police", "The court", "A jury"): a
  // person's name or a pronoun there may be the one meant, and a sentence with a pronoun of
  // either sex goes on with someone else.
  // (Or a full name whose given name is of the other sex: "Ann Ray met with Tom Lee. He
  // said ..."; then only a pronoun of the sex asked for goes on with someone else.)
  const Token& opener = toks[sentence.first];
  const uint32_t sex = opener.word_flags & (kFemale | kMale);
  // The sex of the person whose full name ends in the surname at `t` (0 if none or not
  // known): "Brennan" after "Sen. Laura Brennan", a speaker or a full name in the article.
  auto surname_sex = [&](uint32_t t) -> uint32_t {
    if (!toks[t].IsWord() || !toks[t].has(kCapitalized) || toks[t].has(kPossessive)) return 0;
    // (The recent speakers only, at most kMaxRecentSpeakers: a pronoun per sentence of an
    // article with thousands of speakers must not read them all.)
    const LowerCased lower(doc_.TokenText(t));
    for (auto r = recent_.rbegin(); r != recent_.rend(); ++r) {
      const State& st = states_[*r];
      if (speakers_[*r].kind == SpeakerKind::kPerson && st.multi_token &&
          st.last_token == lower.view() && st.female != st.male) {
        return st.female ? kFemale : kMale;
      }
    }
    uint32_t full_first = 0, full_last = 0;
    if (!FindFullName(doc_.TokenText(t), t, &full_first, &full_last) ||
        full_last - full_first < 2) {
      return 0;
    }
    const uint32_t given = toks[full_first].word_flags & (kFemale | kMale);
    return given == (kFemale | kMale) ? 0 : given;
  };
  const uint32_t other = female ? kMale : kFemale;
  const bool surname_opens = opener.has(kCapitalized) && sex == 0 &&
                             sentence.first + 1 < sentence.last &&
                             !IsNameToken(sentence.first + 1) &&
                             surname_sex(sentence.first) == other;
  const bool other_sex_opens =
      surname_opens || (opener.has(kCapitalized) && sex == other &&
                        sentence.first + 1 < sentence.last && IsNameToken(sentence.first + 1));
  if (!opener.IsWord() || !(opener.is(kGroup) || opener.is(kOrgNoun) || other_sex_opens ||
                            doc_.WordIs(sentence.first, "the") ||
                            doc_.WordIs(sentence.first, "a") ||
                            doc_.WordIs(sentence.first, "an"))) {
    return -1;
  }
  // (Nor a person described: "The mayor praised Tom Lee.", "A Moss aide sued Tom Lee.";
  // after an article, only a body's or a group's noun opens: not "A man punched Tom Lee.")
  bool body = !opener.is(kDeterminer);
  for (uint32_t t = sentence.first; t < sentence.first + 4 && t < sentence.last; ++t) {
    if (toks[t].is(kRole)) return -1;
    body = body || toks[t].is(kGroup | kOrgNoun | kOrgUnit);
  }
  if (!body) return -1;
  const Pronoun asked = female ? Pronoun::kShe : Pronoun::kHe;
  for (uint32_t t = sentence.first; t < sentence.last; ++t) {
    // ("he", "she", "his", "him", "her": three letters at most.)
    if (!toks[t].IsWord() || toks[t].end - toks[t].begin > 3) continue;
    const Pronoun p = PronounOf(LowerCased(doc_.TokenText(t)).view());
    if (p == asked || (!other_sex_opens && (p == Pronoun::kHe || p == Pronoun::kShe))) {
      return -1;
    }
  }
  const std::vector<uint32_t>& capitalized = doc_.capitalized;
  auto it = std::lower_bound(capitalized.begin(), capitalized.end(), sentence.first + 1);
  uint32_t found_first = 0, found_last = 0;
  for (; it != capitalized.end() && *it < sentence.last; ++it) {
    const uint32_t b = *it;
    if (!IsNameToken(b) || IsNameToken(b - 1) || toks[b - 1].is(kTitle)) continue;
    uint32_t e = b;
    while (e < sentence.last && IsNameToken(e) && !toks[e].has(kPossessive)) ++e;
    // (A full name, not an owner's: "Tom Lee's lawyer" names the lawyer's client. Or, after
    // a surname of the other sex, the surname of a person met before: "Brennan accused
    // Osterman of lying.")
    if (e < sentence.last && toks[e].has(kPossessive)) continue;
    const bool surname = e == b + 1 && surname_opens;
    if (e - b < 2 && !surname) continue;
    // The given name tells the sex; a name of the other sex is passed over.
    const uint32_t sex = surname ? surname_sex(b) : toks[b].word_flags & (kFemale | kMale);
    if (sex == 0 || sex == (kFemale | kMale) || ((sex & kFemale) != 0) != female) continue;
    if (!NamesPerson(b, e)) continue;
    auto span = [&](uint32_t first, uint32_t last) {
      return std::string_view(doc_.text).substr(toks[first].begin,
                                                toks[last - 1].end - toks[first].begin);
    };
    if (found_last != 0 && span(found_first, found_last) != span(b, e)) return -1;
    found_first = b;
    found_last = e;
  }
  if (found_last == 0) return -1;
  const int s = Resolve({found_first, found_last, 0, 0});
  return s >= 0 && speakers_[s].kind == SpeakerKind::kPerson ? s : -1;
}

int SpeakerResolver::OpeningPerson(const Sentence& sentence, bool female, bool descriptions) {
  const auto& toks = doc_.tokens;
  uint32_t b = sentence.first;
  // "9:42 p.m. - Ann Ray has conceded.": a live blog's time stamp and its dash.
  {
    uint32_t x = b;
    while (x < b + 3 && x + 2 < sentence.last && toks[x].IsWord() &&
           (toks[x].has(kHasDigit) || toks[x].is(kTime) || doc_.WordIs(x, "a.m.") ||
            doc_.WordIs(x, "p.m."))) {
      ++x;
    }
    if (x > b && toks[b].has(kHasDigit) && toks[x].IsPunct('-')) b = x + 1;
  }
  // "Earlier, Tom Lee briefed the minister.": an opening adverb of time and its comma.
  // ("Then Ann Ray took the stage.", "Later Tom Lee ...": without its comma, before a name.)
  if (b + 3 < sentence.last && toks[b].IsWord() &&
      (toks[b].is(kAdjunct) || toks[b].is(kTime) || doc_.WordIs(b, "meanwhile") ||
       doc_.WordIs(b, "then"))) {
    const uint32_t comma = toks[b + 1].IsPunct(',') ? 1 : 0;
    if (toks[b + 1 + comma].IsWord() && toks[b + 1 + comma].has(kCapitalized) &&
        !toks[b + 1 + comma].is(kStop) && (comma == 1 || IsNameToken(b + 1))) {
      b += 1 + comma;
    }
  }
  // "Born in Leeds in 1934, Ida Moss was ...", "Raised on a farm, Lee ...": an opening
  // participle's phrase and its comma (profiles, obituaries; and "Asked by the host whether
  // ..., Ray laughed.").
  // (So does an opening subordinate clause: "When the water receded, Ida Moss found ...".)
  static constexpr WordSet kOpeningSubordinators = {"when",  "after",   "as",    "before",
                                                    "while", "once",    "until", "although",
                                                    "though", "because", "since"};
  const bool subordinate = toks[b].IsWord() && kOpeningSubordinators.Has(doc_.word_ids[b]);
  if (b == sentence.first && b + 3 < sentence.last && toks[b].IsWord() &&
      (doc_.WordIs(b, "born") || doc_.WordIs(b, "raised") || doc_.WordIs(b, "educated") ||
       doc_.WordIs(b, "trained") || doc_.WordIs(b, "asked") || subordinate)) {
    uint32_t comma = b + 1;
    while (comma < sentence.last && comma < b + (subordinate ? 20 : 12) &&
           !toks[comma].IsPunct(',')) {
      ++comma;
    }
    if (comma + 2 < sentence.last && toks[comma].IsPunct(',') && IsNameToken(comma + 1)) {
      b = comma + 1;
    }
  }
  // (Where the words that describe the person open, below: the name is resolved with them,
  // as it is as a cue's subject, so "Westbrook boss Carla Menotti" gives her body.)
  const uint32_t description_first = b;
  // "Her co-star Tom Lee waded in", "Parent Ida Moss was blunter", "Project Director Tom Lee
  // briefed ...": at most two words describing the person, then a full name: after
  // lower-case words, any name of two words; after capitalized ones, a name opened by a
  // known given name (the lexicon's; "Mary Ann Lee" keeps its first given name).
  // (Not before a given name: "Tom Lee Marlowe". A noun only used of one sex is a role
  // word all the same: "Actor Tom Marlowe".)
  if (b + 3 < sentence.last && (!(toks[b].word_flags & (kFemale | kMale)) || toks[b].is(kRole))) {
    // (Three words after a possessive pronoun or "the": "Her party colleague Tom Lee", "The
    // economist Tom Lee".)
    const bool owner = doc_.WordIs(b, "her") || doc_.WordIs(b, "his") ||
                       doc_.WordIs(b, "their") || doc_.WordIs(b, "its") || doc_.WordIs(b, "the");
    const uint32_t limit = b + (owner ? 4 : 3);
    uint32_t given = b + 1;
    while (given < limit && toks[given].IsWord() && toks[given].has(kLowerInitial)) ++given;
    // (Lower-case words after the first: "Her co-star", "Her longtime friend".)
    const bool lower = given > b + 1 && (toks[b].has(kLowerInitial) || owner);
    if (!lower) {
      given = b + 1;
      while (given < b + 4 && toks[given].IsWord() &&
             !(toks[given].has(kCapitalized) && (toks[given].word_flags & (kFemale | kMale)))) {
        ++given;
      }
    }
    // (After capitalized words, one of them must name a role or a trade by the lexicon or
    // its ending, "Parent", "Resident", "Project Director": "Jo Ann Lee" is one name.)
    auto role_word = [&](uint32_t t) {
      const std::string_view w = doc_.TokenText(t);
      return toks[t].is(kRole) || toks[t].is(kTitle) ||
             (w.size() >= 5 && (EndsWith(w, "er") || EndsWith(w, "or") || EndsWith(w, "ist") ||
                                EndsWith(w, "ant") || EndsWith(w, "ent") || EndsWith(w, "ee") ||
                                EndsWith(w, "ian")));
    };
    bool any_role = lower;
    // (Up to the third word: "U.S. District Judge Rosa Kimball".)
    for (uint32_t t = b; t < b + 3 && t < given && t + 1 < sentence.last && !any_role; ++t) {
      any_role = toks[t].IsWord() && (!(toks[t].word_flags & (kFemale | kMale)) ||
                                      toks[t].is(kRole)) && role_word(t);
    }
    // ("Her colleague Cllr Tom Lee disagreed": after lower-case words, a title may come
    // before the name; the title loop below reads it.)
    uint32_t named = given;
    while (lower && named < given + 2 && named + 2 < sentence.last &&
           toks[named].is(kTitle) && toks[named].has(kCapitalized) &&
           !toks[named].is(kDeterminer)) {
      ++named;
    }
    // (After "the", the word before the name is a role: "The economist Tom Lee"; not "The
    // officer arrested Tom Lee".)
    const bool article_role = !doc_.WordIs(b, "the") || toks[given - 1].is(kRole);
    // (Three capitalized words when the last is a role: "Former Elm captain Tom Lee".)
    const bool three = given == b + 3 && (toks[given - 1].is(kRole) || toks[given - 1].is(kTitle));
    bool describes = article_role && (given < (lower ? limit : b + 3) || (!lower && three)) &&
                     named + 1 < sentence.last &&
                     IsNameToken(named) && IsNameToken(named + 1) &&
                     (lower || (toks[given].word_flags & (kFemale | kMale)) != 0) &&
                     (lower || any_role);
    // ("Resident Jess Coombe was blunter": a sentence's first word that the article never
    // capitalizes elsewhere, before a name of two words and its verb or an appositive's
    // comma, describes the person; not before a known given name, "Jo Ann Coombe", one
    // name.)
    if (!describes && !lower && any_role && b == sentence.first && b + 3 < sentence.last &&
        toks[b].IsWord() && !toks[b].is(kTitle) && !toks[b].has(kPossessive) &&
        ((toks[b].word_flags & (kFemale | kMale)) == 0 || toks[b].is(kRole)) &&
        (toks[b + 1].word_flags & (kFemale | kMale)) == 0 && IsNameToken(b + 1) &&
        IsNameToken(b + 2) &&
        ((toks[b + 3].IsWord() && toks[b + 3].has(kLowerInitial)) ||
         toks[b + 3].IsPunct(',')) &&
        !CapitalizedElsewhere(b)) {
      given = b + 1;
      describes = true;
    }
    for (uint32_t t = b; t < given && describes; ++t) {
      // (A possessive pronoun or "the" may open the description: "Her co-star".)
      const bool relation = t == b && owner;
      describes = relation ||
                  (toks[t].IsWord() && !toks[t].has(kPossessive) && !toks[t].is(kStop) &&
                   !toks[t].is(kCueStart) && !toks[t].is(kPreverb) && !toks[t].is(kGroup) &&
                   !toks[t].is(kDeterminer) && !toks[t].is(kAdjunct));
    }
    // (Not a person of the other sex by a word of the description or the given name: "Her
    // sister Ida Moss" is no "he".)
    const uint32_t other = female ? kMale : kFemale, same = female ? kFemale : kMale;
    for (uint32_t t = b; t <= given && describes; ++t) {
      describes = !((toks[t].word_flags & other) && !(toks[t].word_flags & same));
    }
    if (describes) b = given;
  }
  // "Plant manager Tom Lee broke the news": a role noun and its modifier before a full name.
  // (Or up to four words of modifiers, a place or an employer before the trade's noun:
  // "Elm Gap cafe owner Ann Ray was among ...". Past the first two, none is a verb. A
  // title's word may open them before a lower-case one: "State housing commissioner".)
  if (b + 3 < sentence.last &&
      (!toks[b].is(kTitle) || (toks[b + 1].IsWord() && toks[b + 1].has(kLowerInitial)))) {
    uint32_t role = b;
    while (role < b + 4 && role + 1 < sentence.last && toks[role].IsWord() &&
           !toks[role].is(kRole) && !toks[role].is(kStop) &&
           (role < b + 2 || toks[role].has(kCapitalized) ||
            !toks[role].is(kCueStart | kPreverb))) {
      ++role;
    }
    if (toks[role].is(kRole) && toks[role].has(kLowerInitial) && !toks[role].is(kGroup) &&
        role + 2 < sentence.last && IsNameToken(role + 1) && IsNameToken(role + 2)) {
      b = role + 1;
    }
  }
  uint32_t name = b;  // "Sen. Ann Ray", "Mr. Baker": titles belong to the name
  while (name < sentence.last && toks[name].is(kTitle) && toks[name].has(kCapitalized) &&
         !toks[name].is(kDeterminer)) {
    ++name;
  }
  uint32_t e = name;
  while (e < sentence.last && IsNameToken(e) && !toks[e].has(kPossessive)) ++e;
  uint32_t verb = e;
  // "Tom Lee and Ida Moss founded the firm. He said ...": of two names joined by "and", the
  // one whose given name has the pronoun's sex.
  if (e > name + 1 && e + 2 < sentence.last && doc_.WordIs(e, "and") &&
      toks[e + 1].has(kCapitalized)) {
    uint32_t second = e + 1;
    uint32_t second_end = second;
    while (second_end < sentence.last && IsNameToken(second_end) &&
           !toks[second_end].has(kPossessive)) {
      ++second_end;
    }
    const uint32_t sex = female ? kFemale : kMale;
    const uint32_t other = female ? kMale : kFemale;
    auto fits = [&](uint32_t t) {
      return (toks[t].word_flags & sex) != 0 && (toks[t].word_flags & other) == 0;
    };
    // (Only when the other name is known to be of the other sex, and no other person is
    // named after the pair: "Ann Ray and Ida Moss ...", "..., and Ida Moss ran it" may
    // mean either.)
    auto other_sex = [&](uint32_t t) {
      return (toks[t].word_flags & other) != 0 && (toks[t].word_flags & sex) == 0;
    };
    bool later_person = false;
    for (uint32_t t = second_end; t < sentence.last && !later_person; ++t) {
      later_person = toks[t].has(kCapitalized) && (toks[t].word_flags & (kFemale | kMale)) != 0;
    }
    if (second_end > second + 1 && !later_person) {
      if (fits(name) && other_sex(second)) {
        verb = second_end;
      } else if (fits(second) && other_sex(name)) {
        b = name = second;
        e = verb = second_end;
      }
    }
  }
  // "The council's president, Ida Moss, disagreed.": a description, then the name between
  // commas (the description is the name's profile).
  uint32_t profile_first = 0, profile_last = 0;
  // (Also "Her son, Leo Ortiz, ...", "Its mayor, ...", "Lee's daughter, Ann, ...": a
  // relation after a possessive; a given name alone names the person there.)
  if (e - name < 2 && (doc_.WordIs(b, "the") || doc_.WordIs(b, "her") || doc_.WordIs(b, "his") ||
                       doc_.WordIs(b, "their") || doc_.WordIs(b, "its") ||
                       (toks[b].has(kPossessive) && toks[b].has(kCapitalized)))) {
    uint32_t comma = b + 1;
    while (comma < sentence.last && comma < b + 6 && toks[comma].IsWord()) ++comma;
    if (comma < sentence.last && comma > b + 1 && toks[comma].IsPunct(',')) {
      // ("The goalie, sophomore Tom Lee, made 41 saves": a word or two of the person's
      // trade before the name.)
      uint32_t first_name = comma + 1;
      while (first_name < comma + 3 && first_name + 2 < sentence.last &&
             toks[first_name].IsWord() && toks[first_name].has(kLowerInitial) &&
             !toks[first_name].is(kStop) && !toks[first_name].is(kDeterminer) &&
             !toks[first_name].is(kCueStart) && !toks[first_name].is(kPreverb)) {
        ++first_name;
      }
      if (!IsNameToken(first_name) || !IsNameToken(first_name + 1)) first_name = comma + 1;
      uint32_t end = first_name;
      while (end < sentence.last && IsNameToken(end) && !toks[end].has(kPossessive)) ++end;
      const uint32_t words = end - first_name;
      // (A name the lexicon does not know, after a relation that tells the sex: "Lee's
      // granddaughter, Zoska, ...".)
      const bool given_name =
          words == 1 && !doc_.WordIs(b, "the") &&
          (toks[first_name].is(kFemale) || toks[first_name].is(kMale) ||
           (toks[comma - 1].has(kLowerInitial) &&
            (toks[comma - 1].is(kFemale) || toks[comma - 1].is(kMale))));
      // (Not a person of the other sex by the name or the relation: "Lee's granddaughter,
      // Kayla, ..." is no "he".)
      const uint32_t other = female ? kMale : kFemale;
      const uint32_t same = female ? kFemale : kMale;
      auto other_sex = [&](uint32_t t) {
        return (toks[t].word_flags & other) != 0 && (toks[t].word_flags & same) == 0;
      };
      const bool wrong_sex = other_sex(first_name) ||
                             (toks[comma - 1].has(kLowerInitial) && other_sex(comma - 1));
      if ((words >= 2 || given_name) && !wrong_sex && end + 1 < sentence.last &&
          toks[end].IsPunct(',')) {
        profile_first = b;
        profile_last = comma;
        name = first_name;
        e = end;
        verb = end + 1;
        b = name;
        // ("Lee's granddaughter, Kayla, 26, works ...": an age between commas.)
        if (verb + 2 < sentence.last && toks[verb].has(kHasDigit) &&
            toks[verb + 1].IsPunct(',')) {
          verb += 2;
        }
      }
    }
  }
  // "Lee, however, was more hopeful.": an adverb between commas before the verb.
  if (profile_last == 0 && e > name && e + 3 < sentence.last && toks[e].IsPunct(',')) {
    uint32_t close = e + 1;
    while (close < sentence.last && close < e + 3 && toks[close].IsWord() &&
           toks[close].has(kLowerInitial) &&
           (toks[close].is(kPreverb) || doc_.WordIs(close, "meanwhile") ||
            doc_.WordIs(close, "though") || doc_.WordIs(close, "too") ||
            doc_.WordIs(close, "instead"))) {
      ++close;
    }
    if (close > e + 1 && toks[close].IsPunct(',')) verb = close + 1;
    // ("Lee, 61, retired in 2022.": a surname and an age between commas.)
    if (e - name == 1 && toks[e + 1].has(kHasDigit) && toks[e + 2].IsPunct(',') &&
        doc_.TokenText(e + 1).size() <= 3) {
      verb = e + 3;
    }
  }
  // "Ann Ray, the port director, spoke for an hour.": the name, its appositive between
  // commas (a lower-case word or an age opens it), then the verb.
  if (profile_last == 0 && verb == e && e - name >= 2 && e + 2 < sentence.last &&
      toks[e].IsPunct(',') && toks[e + 1].IsWord() && toks[e + 1].has(kLowerInitial | kHasDigit)) {
    uint32_t close = e + 1;
    while (close < sentence.last && close < e + 16 && !toks[close].IsPunct(',') &&
           !toks[close].IsQuote()) {
      ++close;
    }
    // (A person's appositive: an age, "who ...", or a role word in it. "Elm City, a port
    // town of 9,000, voted" and "Acme Ferry, the port operator, cut fares" describe no
    // person.)
    bool person = (toks[e + 1].has(kHasDigit) && close == e + 2) || doc_.WordIs(e + 1, "who");
    // ("Tom Lee, back from injury, scored": a phrase that opens with no article describes
    // no place or body, when the name does not end as a body's does.)
    person = person ||
             (toks[e + 1].has(kLowerInitial) && !toks[e + 1].is(kDeterminer) &&
              !toks[e + 1].is(kPronoun) &&
              (toks[e - 1].word_flags & (kOrgNoun | kOrgUnit | kCorpSuffix | kIndustry)) == 0);
    for (uint32_t t = e + 1; t < close && !person; ++t) {
      person = toks[t].IsWord() && toks[t].has(kLowerInitial) &&
               (toks[t].is(kRole) || toks[t].is(kTitle)) && !toks[t].is(kOrgNoun) &&
               !toks[t].is(kDeterminer);  // ("the" is listed as a title)
    }
    if (close < sentence.last && toks[close].IsPunct(',') && person) {
      profile_first = e + 1;
      profile_last = close;
      verb = close + 1;
      // ("Ann Ray, 58, of Elm village, was less hopeful.": the age, then where from.)
      if (close == e + 2 && verb < sentence.last &&
          (doc_.WordIs(verb, "of") || doc_.WordIs(verb, "from"))) {
        uint32_t from_close = verb + 1;
        while (from_close < sentence.last && from_close < verb + 8 && toks[from_close].IsWord()) {
          ++from_close;
        }
        if (from_close < sentence.last && toks[from_close].IsPunct(',')) verb = from_close + 1;
      }
    }
  }
  // "Ann Ray from Oakport was angry.", "Tom Lee of the Elm Rowing Club was blunter.": where
  // a person named in full comes from, then the verb.
  if (profile_last == 0 && verb == e && e - name >= 2 && e + 2 < sentence.last &&
      (doc_.WordIs(e, "from") || doc_.WordIs(e, "of"))) {
    uint32_t after = doc_.WordIs(e + 1, "the") ? e + 2 : e + 1;
    const uint32_t place = after;
    // (A body's words too: "of the Elm Rowing Club".)
    while (after < sentence.last && after < place + 4 &&
           (IsNameToken(after) ||
            (toks[after].IsWord() && toks[after].has(kCapitalized) &&
             toks[after].is(kOrgNoun | kOrgUnit | kIndustry | kCorpSuffix))) &&
           !toks[after].has(kPossessive)) {
      ++after;
    }
    if (after > place) verb = after;
  }
  // Its verb: a lower-case word that is no preposition or conjunction (an auxiliary or
  // copula is: "Lee was more hopeful"), and no passive ("Hart was fired": the topic, not a
  // speaker, when someone has spoken before), unless no person was met yet and no agent
  // follows ("Ida Moss was elected in 2020. She said ...").
  auto verb_follows = [&] {
    if (verb >= sentence.last || !toks[verb].IsWord() || !toks[verb].has(kLowerInitial) ||
        (toks[verb].is(kStop) && !toks[verb].is(kPreverb))) {
      return false;
    }
    const bool copula = doc_.WordIs(verb, "was") || doc_.WordIs(verb, "were") ||
                        doc_.WordIs(verb, "is") || doc_.WordIs(verb, "are");
    // ("Lee was unconvinced", "unimpressed", "unmoved": an adjective, no passive. "Lee is
    // expected to testify", "was scheduled to speak": the subject of the infinitive.)
    const std::string_view after = verb + 1 < sentence.last ? doc_.TokenText(verb + 1) : "";
    if (!(copula && verb + 1 < sentence.last && toks[verb + 1].IsWord() && after.size() > 4 &&
          EndsWith(after, "ed") &&
          !(verb + 2 < sentence.last && doc_.WordIs(verb + 2, "to")) &&
          !LowerIsOneOf(after, {"unconvinced", "unimpressed", "unmoved", "undeterred",
                                "unconcerned", "unfazed", "unperturbed", "undaunted",
                                "unsurprised", "unswayed", "unbowed",
                                // (a feeling: "Ray was shocked", whose subject reacts)
                                "shocked", "stunned", "surprised", "delighted", "pleased",
                                "disappointed", "frustrated", "outraged", "incensed",
                                "relieved", "worried", "concerned", "angered", "baffled",
                                "puzzled", "dismayed", "thrilled", "saddened", "annoyed"}))) {
      return true;
    }
    // ("Ray was asked by a listener how ...": the one asked answers next, unless the asker
    // is named.)
    if (LowerIsOneOf(after, {"asked", "questioned", "pressed"})) {
      for (uint32_t t = verb + 2; t + 1 < sentence.last; ++t) {
        if (!doc_.WordIs(t, "by")) continue;
        const uint32_t agent = doc_.WordIs(t + 1, "the") ? t + 2 : t + 1;
        if (agent < sentence.last && toks[agent].has(kCapitalized)) return false;
      }
      return true;
    }
    // ("Professor Ann Ray was recorded by a student. She also says ...": a passive whose
    // agent is someone unnamed, "a" or "an" and a noun, leaves the subject the one it is
    // about.)
    for (uint32_t t = verb + 2; t + 2 < sentence.last && t < verb + 8; ++t) {
      if (!doc_.WordIs(t, "by")) continue;
      if ((doc_.WordIs(t + 1, "a") || doc_.WordIs(t + 1, "an")) &&
          toks[t + 2].has(kLowerInitial)) {
        return true;
      }
      break;
    }
    if (!descriptions) return false;
    for (uint32_t t = verb + 2; t < sentence.last; ++t) {
      if (doc_.WordIs(t, "by")) return false;
    }
    return true;
  };
  // "Lee was more hopeful.": a surname alone, of a person named in full before (with a given
  // name: not "Elm City Hall" for "Hall"). The full-name search is paid for a few times per
  // article at most: a text that repeats the shape must stay linear.
  uint32_t full_first = 0, full_last = 0;
  // (A given name the lexicon does not know passes when the full name already spoke as a
  // person: "Rāwiri Hēnare said ... Hēnare is a former teacher."; or when a role or title
  // came right before it: "dismissed manager Tobias Wren ... Wren had been ...".)
  auto spoke_as_person = [&] {
    const LowerCased full(Text(full_first, full_last));
    const auto it = by_name_.find(absl::string_view(full.view().data(), full.view().size()));
    return it != by_name_.end() && speakers_[it->second].kind == SpeakerKind::kPerson;
  };
  const bool known_surname =
      e - name == 1 && profile_last == 0 && name == b && verb_follows() &&
      surname_lookups_left_ > 0 && (--surname_lookups_left_, true) &&
      FindFullName(StripPossessive(doc_.TokenText(name)), name, &full_first, &full_last) &&
      full_last - full_first >= 2 && full_last <= name &&
      ((toks[full_first].word_flags & (kFemale | kMale)) != 0 ||
       (full_first > 0 && toks[full_first - 1].IsWord() &&
        toks[full_first - 1].is(kRole | kTitle) && !toks[full_first - 1].is(kGroup)) ||
       spoke_as_person());
  const bool given_name_in_relation = profile_last != 0 && e - name == 1;  // "His son, Leo,"
  if (e - name < 2 && !known_surname && !given_name_in_relation) {
    // "The chief executive struck an upbeat tone": with `descriptions`, "The" and a role
    // noun (after at most two modifiers) describe a person too.
    if (!descriptions || !doc_.WordIs(b, "the")) return -1;
    e = b + 1;
    while (e < sentence.last && e < b + 3 && toks[e].IsWord() && !toks[e].is(kStop) &&
           !toks[e].is(kRole)) {
      ++e;
    }
    if (e >= sentence.last || !toks[e].is(kRole) || toks[e].is(kGroup)) return -1;
    while (e < sentence.last && toks[e].is(kRole)) ++e;  // "chief executive"
    verb = e;
    if (!verb_follows()) return -1;
    // "Ann Ray was working ... The 52-year-old ward sister had been ...": an age opening
    // the description stands for the person the sentence before names as its subject.
    const uint32_t index = doc_.sentence_of[b];
    if (toks[b + 1].has(kHasDigit) && Epithet(b + 1) && index > 0) {
      const Sentence& before = doc_.sentences[index - 1];
      const int s = SubjectBefore(before.first, before.last, female, /*earlier=*/false);
      if (s >= 0) return s;
    }
  } else if (lexicon_.IsPlace(Text(name, e))) {
    return -1;
  }
  if (!verb_follows()) return -1;
  // (A candidate turned down leaves the order of recent speakers as it was: else the man
  // rejected for "she" would hide the woman met before him.)
  const std::vector<int> recent_before = recent_;
  const int s = Resolve({e - name >= 2 ? description_first : b, e, profile_first, profile_last});
  const bool rejected = s < 0 || speakers_[s].kind != SpeakerKind::kPerson ||
                        (female && states_[s].male) || (!female && states_[s].female);
  if (rejected) {
    for (const int r : recent_) states_[r].recent = false;
    recent_ = recent_before;
    for (const int r : recent_) states_[r].recent = true;
    return -1;
  }
  return s;
}

bool SpeakerResolver::BodyNameWord(uint32_t t) const {
  const Token& tok = doc_.tokens[t];
  return tok.IsWord() && tok.has(kCapitalized) && !tok.is(kDeterminer) && !tok.has(kPossessive);
}

bool SpeakerResolver::JoinsBodyName(uint32_t t) const {
  return doc_.tokens[t].has(kLowerInitial) &&
         (doc_.WordIs(t, "of") || doc_.WordIs(t, "for") || doc_.WordIs(t, "and"));
}

bool SpeakerResolver::NameParticle(uint32_t t) const {
  return kSurnameParticles.Has(doc_.word_ids[t]);
}

void SpeakerResolver::AddComplementOrganization(int speaker, uint32_t complement, uint32_t l,
                                                bool speaks_for, bool office) {
  const auto& toks = doc_.tokens;
  uint32_t org_first = complement + 1;
  while (org_first < l && toks[org_first].is(kDeterminer)) ++org_first;
  // ("a spokesman for the shopworkers' union Unite Retail": the body's description in lower
  // case before its name.)
  for (uint32_t t = org_first; t + 1 < l && t < org_first + 4; ++t) {
    if (!toks[t].IsWord() || !toks[t].has(kLowerInitial) || toks[t].is(kStop)) break;
    if (toks[t].is(kOrgNoun | kOrgUnit) && !toks[t].has(kPossessive) &&
        toks[t + 1].has(kCapitalized) && !toks[t + 1].is(kDeterminer | kGroup | kTitle)) {
      org_first = t + 1;
      break;
    }
  }
  bool capitalized = org_first < l;
  bool org = false;
  for (uint32_t r = org_first; r < l; ++r) {
    capitalized = capitalized && (toks[r].has(kCapitalized) ||
                                  (r > org_first && r + 1 < l && JoinsBodyName(r) &&
                                   toks[r + 1].has(kCapitalized)) ||
                                  (toks[r].IsPunct(',') && CommaInBodyNameList(doc_, r, l)));
    org = org || toks[r].is(kOrgNoun) || toks[r].is(kOrgUnit) || toks[r].is(kCorpSuffix);
  }
  if (capitalized &&
      (org || IsAcronym(doc_.TokenText(org_first)) ||
       !lexicon_.CanonicalOrganization(Text(org_first, l)).empty() ||
       (speaks_for && !NamesPerson(org_first, l)) ||
       (office && !NamesPerson(org_first, l) && !lexicon_.IsPlace(Text(org_first, l))))) {
    AddOrganization(speaker, CanonicalOrganization(org_first, l), false);
  } else if (org_first + 1 == l && org_first == complement + 2 &&
             doc_.WordIs(complement + 1, "the") && toks[org_first].has(kLowerInitial) &&
             toks[org_first].is(kOrgNoun)) {
    // "a spokesman for the company": the body "the company" refers to.
    AddOrganization(speaker, BodyOwningRole(org_first), false);
  }
}

int SpeakerResolver::Resolve(const Mention& m) {
  const auto& toks = doc_.tokens;
  uint32_t f = m.first, l = m.last;
  // A mention of one word (a pronoun, a lone name, "officials": most mentions) has nothing
  // for the trimming of longer phrases below to cut: it goes straight to the pronouns.
  if (l != f + 1 || !toks[f].IsWord()) {
    // A parenthesis closes the name: "Rep. Ann Ray (D-Ore.)".
    for (uint32_t k = f + 1; k < l; ++k) {
      if (toks[k].IsPunct('(')) {
        l = k;
        break;
      }
    }
    while (f < l && !toks[f].IsWord()) ++f;
    // "Ann Ray MP" (not "A Labour MP", "Another Tory MP": a party's member, described).
    while (l >= f + 3 && !toks[f].is(kDeterminer) && IsPostNominal(doc_.TokenText(l - 1))) --l;
    // "42%", "A fifth of riders, 21%, say": a share written with the percent sign is a
    // group named with the sign, as "42 percent" is with the word.
    if (l >= f + 2 && toks[l - 1].IsPunct('%') && toks[l - 2].IsWord() &&
        toks[l - 2].has(kHasDigit)) {
      std::string buffer;
      const int group = FindOrCreate(TextView(f, l, &buffer), SpeakerKind::kGroup);
      states_[group].described = true;
      Touch(group);
      return group;
    }
    while (l > f && !toks[l - 1].IsWord()) --l;
    // "Ann Ray for governor": the office a candidate runs for is no part of the name. (A
    // description keeps it: "supporters of Ann Ray for governor".)
    if (l >= f + 3 && toks[l - 1].has(kLowerInitial) && toks[l - 1].is(kTitle) &&
        doc_.WordIs(l - 2, "for") && !toks[f].is(kDeterminer) &&
        std::all_of(toks.begin() + f, toks.begin() + (l - 2),
                    [](const Token& t) { return t.IsWord() && t.has(kCapitalized); })) {
      l -= 2;
    }
    // "Lee Just Said ...", "Ann Ray Finally Agrees": in a headline's Title Case an adverb
    // after the name is capitalized too; it is no part of the name. (Only adverbs that are
    // not also surnames: "Theresa May", "Tom Will" keep theirs.)
    while (l > f + 1 && toks[l - 1].has(kCapitalized) &&
           toks[l - 2].has(kCapitalized) &&
           (doc_.WordIs(l - 1, "just") || doc_.WordIs(l - 1, "finally") ||
            doc_.WordIs(l - 1, "also") || doc_.WordIs(l - 1, "already") ||
            doc_.WordIs(l - 1, "again") || doc_.WordIs(l - 1, "never") ||
            doc_.WordIs(l - 1, "even") || doc_.WordIs(l - 1, "now"))) {
      --l;
    }
    // "South Korean-born Ann Ray", "the Polish-born goalkeeper": where the person was born
    // is no part of the name or the role.
    for (uint32_t k = f; k + 1 < l; ++k) {
      if (toks[k].IsWord() && doc_.TokenText(k).ends_with("-born")) f = k + 1;
      // "Oakport-based Elm Power said": nor is where a named body sits ("an Oakport-based
      // analyst" keeps it: the description needs it).
      if (toks[k].IsWord() && doc_.TokenText(k).ends_with("-based") &&
          toks[k + 1].has(kCapitalized)) {
        f = k + 1;
      }
    }
    // ("Interestingly Tom Lee said": nor is the sentence's opening adverb.)
    if (l > f + 1 && toks[f].has(kCapitalized) && SentenceOpeningAdverb(f)) ++f;
    if (f >= l) return -1;
    if (l - f >= 2) l = VerbInMention(f, l);
    // "a port study from 2011": a document's date is no author of it (as "a study from Oxfam"
    // would be); the document speaks.
    if (l - f >= 3 && toks[l - 1].has(kHasDigit) && toks[l - 3].is(kDocument) &&
        toks[l - 2].has(kLowerInitial) &&
        (doc_.WordIs(l - 2, "from") || doc_.WordIs(l - 2, "in"))) {
      l -= 2;
    }
    // "the Dane said", "the 27-year-old told fans": an epithet of nationality or age after
    // "the" stands for the person last met (sports and celebrity copy name a person once).
    // (Not a modifier: "the Japanese Ferry Board".)
    if (l - f == 2 && doc_.WordIs(f, "the") && Epithet(f + 1) &&
        !(l < toks.size() && toks[l].IsWord() && toks[l].has(kCapitalized))) {
      if (const int s = EpithetPerson(f + 1); s >= 0) {
        // (Met here, for the next epithet: "the Dane ... the 27-year-old".)
        Refer(s, f);
        return s;
      }
    }
    // "The former governor of Elm State also accused ...": a former office and its
    // complement are the career of the person last met, in the sentence before, as an age
    // is ("Tom Lee said ... The former governor of Elm said"). Not an office a person met
    // holds (theirs, found below), nor after another person's name since ("... brought his
    // brother, Ben Lee. The former governor of Elm said": the brother, perhaps). (A bare
    // "the former president" is too often another man of the story.)
    if (l > f + 4 && doc_.WordIs(f, "the") && doc_.WordIs(f + 1, "former") &&
        toks[f + 2].is(kRole) && toks[f + 2].has(kLowerInitial) && !toks[f + 2].is(kGroup) &&
        (doc_.WordIs(f + 3, "of") || doc_.WordIs(f + 3, "for")) &&
        toks[l - 1].has(kCapitalized)) {
      bool held = false;  // a person met with this role
      const LowerCased role(doc_.TokenText(f + 2));
      for (auto r = recent_.rbegin(); r != recent_.rend() && !held; ++r) {
        if (speakers_[*r].kind != SpeakerKind::kPerson) continue;
        for (const std::string& known : speakers_[*r].roles) {
          held = held || ContainsWord(absl::AsciiStrToLower(known), role.view());
        }
      }
      int s = held ? -1 : EpithetPerson(f + 1);
      // (Not the person just met in its own sentence: "Lee's words stung the former
      // president" is another.)
      if (s >= 0 && doc_.sentence_of[states_[s].last_reference] == doc_.sentence_of[f]) s = -1;
      for (uint32_t t = s >= 0 ? states_[s].last_reference + 1 : f; t + 1 < f; ++t) {
        // (A given name, or a title, before a name: "George Lee", "President Lee's".)
        if (toks[t].has(kCapitalized) && IsNameToken(t + 1) &&
            (((toks[t].word_flags & (kFemale | kMale)) && IsNameToken(t)) ||
             (toks[t].is(kTitle) && !toks[t].is(kDeterminer)))) {
          s = -1;
          break;
        }
      }
      if (s >= 0) {
        Refer(s, f);
        return s;
      }
    }
  }
  // Pronouns; a possessive one ("his claim that ...") stands for its owner ("according to
  // him": he). Only a one-word mention of at most five letters can be one of them (pronoun
  // stays kNone otherwise), and it opens with one of their initials (not lower-cased for
  // most names: "Lopez", "Kim").
  Pronoun pronoun = Pronoun::kNone;
  constexpr uint32_t kPronounInitials = 1u << ('h' - 'a') | 1u << ('i' - 'a') |
                                        1u << ('s' - 'a') | 1u << ('t' - 'a') |
                                        1u << ('w' - 'a') | 1u << ('y' - 'a');
  const uint32_t initial =
      (static_cast<unsigned char>(doc_.text[toks[f].begin]) | 0x20u) - uint32_t{'a'};
  if (l - f == 1 && toks[f].end - toks[f].begin <= 9 && initial < 26 &&
      ((kPronounInitials >> initial) & 1u) != 0) {
    const LowerCased pronoun_lower(doc_.TokenText(l - 1));
    std::string_view word = pronoun_lower;
    // A contraction is its pronoun: "he's", "I'm", "they're", "she’d". (Not "it's", mostly
    // an empty subject: "It's easy to call the plan a failure".)
    const size_t apostrophe = std::min(word.find('\''), word.find("\xE2\x80\x99"));
    if (apostrophe != std::string_view::npos && apostrophe > 0 && apostrophe <= 4 &&
        word.substr(0, apostrophe) != "it") {
      word = word.substr(0, apostrophe);
    }
    pronoun = PronounOf(word);
  }
  if (l - f == 1 && (toks[f].is(kPronoun) || pronoun != Pronoun::kNone)) {
    int s = -1;
    if (pronoun == Pronoun::kHe || pronoun == Pronoun::kShe) {
      const bool female = pronoun == Pronoun::kShe;
      s = SentenceSubject(f, female);
      if (s < 0) s = DescribedSentenceSubject(f, female);
      if (s < 0) s = PreviousSentenceSubject(f, female);
      bool any_person = false;
      for (auto r = recent_.rbegin(); r != recent_.rend() && s < 0; ++r) {
        if (speakers_[*r].kind != SpeakerKind::kPerson) continue;
        any_person = true;
        const State& st = states_[*r];
        if ((female && st.male) || (!female && st.female)) continue;
        s = *r;
        break;
      }
      // No person met yet: the person who opens one of the two sentences before, named
      // or described ("The chief executive struck an upbeat tone. "...," he said.").
      // (A sentence that opens with a quotation mark is quoted words, not narrative: it is
      // passed over uncounted, "Ann Ray left Elm at 19. Later she came back. "A. B," she
      // says."; at most six sentences back.)
      const uint32_t sentence = doc_.sentence_of[f];
      for (uint32_t back = 1, narrative = 0;
           s < 0 && !any_person && narrative < 2 && back <= sentence && back <= 6; ++back) {
        const Sentence& earlier = doc_.sentences[sentence - back];
        if (toks[earlier.first].IsQuote()) continue;
        ++narrative;
        s = OpeningPerson(earlier, female, /*descriptions=*/true);
      }
      // Nobody met fits: the person named as a subject earlier in the pronoun's sentence or
      // in one of the two before, who acted without speaking ("When Ann Ray took over in
      // 1998, she knew nobody. Today she runs the port. She says ...").
      for (uint32_t back = 0; s < 0 && back <= 2 && back <= sentence; ++back) {
        const Sentence& earlier = doc_.sentences[sentence - back];
        s = SubjectBefore(earlier.first, back == 0 ? f : earlier.last, female, /*earlier=*/true);
      }
      // Still nobody: the person the article opens with, named as the subject of its
      // headline or lead, when the same pronoun has gone on with them since (a profile's,
      // an obituary's: "Tom Lee, who has died aged 88, built boats. In the 1980s he began
      // ... A pupil, Ann Ray, said ... Asked why, he said ..."). (The pronoun within
      // kMaxLeadPronounScan tokens after the lead.)
      for (uint32_t lead = 0; s < 0 && lead < 3 && lead + 2 < sentence; ++lead) {
        const Sentence& opening = doc_.sentences[lead];
        const uint32_t scan_end = std::min(f, opening.last + kMaxLeadPronounScan);
        bool chain = false;
        for (uint32_t t = opening.last; t < scan_end && !chain; ++t) {
          chain = toks[t].is(kPronoun) &&
                  (female ? doc_.WordIs(t, "she") || doc_.WordIs(t, "her")
                          : doc_.WordIs(t, "he") || doc_.WordIs(t, "him") ||
                                doc_.WordIs(t, "his"));
        }
        if (chain) s = SubjectBefore(opening.first, opening.last, female, /*earlier=*/true);
      }
      if (s >= 0) (female ? states_[s].female : states_[s].male) = true;
    } else if (pronoun == Pronoun::kThey) {
      // ("Liberals got mad because they ...": the group opening the pronoun's own sentence
      // before a subordinate clause comes before any earlier group.)
      // ("But some residents are angry. They say ...": so does the group opening the
      // sentence before, as its subject.)
      const bool opens = f == doc_.sentences[doc_.sentence_of[f]].first;
      s = f > 0 && ((toks[f - 1].IsWord() && toks[f - 1].is(kStop)) || opens)
              ? OpeningBody(f, true)
              : -1;
      if (s < 0) s = MostRecent(SpeakerKind::kGroup);
      if (s < 0) s = MostRecent(SpeakerKind::kOrganization);
      if (s < 0) s = OpeningBody(f, /*group=*/true);
      if (s < 0) s = OpeningNamesJoined(f);
    } else if (pronoun == Pronoun::kIt) {
      // ("Birchsoft unveiled a phone that it said ...": within its sentence, "it" is the body
      // that opens it before any met earlier.)
      const bool within = f > doc_.sentences[doc_.sentence_of[f]].first;
      if (within) s = OpeningBody(f, /*group=*/false);
      for (auto r = recent_.rbegin(); r != recent_.rend() && s < 0; ++r) {
        if (speakers_[*r].kind == SpeakerKind::kOrganization ||
            speakers_[*r].kind == SpeakerKind::kDocument) {
          s = *r;
          break;
        }
      }
      if (s < 0 && !within) s = OpeningBody(f, /*group=*/false);
    }
    // I / we / you: the author or the reader, never resolved.
    // (A pronoun refers to its person too: after "he told the crowd.", "The 41-year-old
    // said" finds him met in the sentence before.)
    if (s >= 0) Refer(s, f);
    return s;
  }

  // "Tom Lee of Acme", "Sen. Ann Ray of the Harbor Board": a person's name, then the body
  // they belong to. The name speaks; the body is their organization.
  uint32_t body_first = l, body_last = l;
  for (uint32_t p = f + 1; p + 1 < l; ++p) {
    // ("Ann Ray from Oakport", "Tom Lee from Elm Power": where the person comes from; a
    // body of a kind the lexicon knows is their organization, a place is not.)
    const bool from = doc_.WordIs(p, "from");
    if ((!doc_.WordIs(p, "of") && !from) || !toks[p].has(kLowerInitial)) continue;
    // (A title word after a given name or an initial is a surname: "Tom King of Elm City",
    // "Ida T. King of Elm City"; so is a role word, "Sen. Ann Farmer of Elmland".)
    auto given_or_initial = [&](uint32_t t) {
      const std::string_view w = doc_.TokenText(t);
      return toks[t].is(kMale) || toks[t].is(kFemale) ||
             (w.size() == 2 && w[1] == '.' && toks[t].has(kCapitalized));
    };
    uint32_t name_tokens = 0, titles = 0, k = p;
    while (k > f && toks[k - 1].IsWord() && toks[k - 1].has(kCapitalized) &&
           !toks[k - 1].has(kPossessive)) {
      const Token& t = toks[--k];
      if (k + 1 == p && k > f && t.is(kRole) && given_or_initial(k - 1)) {
        ++name_tokens;
        continue;
      }
      // ("Analyst Wu Lan of Harbor Holdings": a role word opening the phrase before a full
      // name is its title.)
      if (k == f && name_tokens >= 2 && t.is(kRole) && !t.is(kOrgNoun) && !t.is(kGroup)) {
        ++titles;
        continue;
      }
      if (t.is(kOrgNoun) || t.is(kOrgUnit) || t.is(kCorpSuffix) || t.is(kGroup) ||
          t.is(kDocument) || (t.is(kRole) && !t.is(kTitle))) {
        name_tokens = 0;
        break;
      }
      (t.is(kTitle) ? titles : name_tokens) += 1;
    }
    uint32_t org = p + 1;
    while (org < l && toks[org].is(kDeterminer)) ++org;
    // ("Nadia Flores of research firm Techvantage": a body's kind in lower case before its
    // name; the name is the body.)
    uint32_t named = org;
    while (named < l && named < org + 3 && toks[named].IsWord() &&
           toks[named].has(kLowerInitial) && !toks[named].is(kStop)) {
      ++named;
    }
    bool name_ends = named > org && named < l;
    for (uint32_t t = named; t < l && name_ends; ++t) {
      name_ends = toks[t].IsWord() && toks[t].has(kCapitalized) && !toks[t].has(kPossessive);
    }
    if (name_ends) org = named;
    // The word before "of" must be a name: "Secretary of State Ann Ray" is one title.
    const bool name_before = (!toks[p - 1].is(kTitle) && !toks[p - 1].is(kRole)) ||
                             (p >= f + 2 && given_or_initial(p - 2));
    // ("Ann Ray of the city council", "Sgt Tom Lee of the roads policing unit": a body in
    // lower case, named by its last word.)
    // (So is a place's unit after its name: "Karen Lee of the Elm Grove district".)
    static constexpr WordSet kPlaceUnits = {"district", "county", "borough", "township",
                                            "parish"};
    auto common_body = [&] {
      if (org >= l || !(toks[l - 1].is(kOrgNoun) || toks[l - 1].is(kOrgUnit) ||
                        (kPlaceUnits.Has(doc_.word_ids[l - 1]) && toks[org].has(kCapitalized)))) {
        return false;
      }
      for (uint32_t t = org; t < l; ++t) {
        if (!toks[t].IsWord() || toks[t].is(kStop) || toks[t].has(kPossessive)) return false;
      }
      return true;
    };
    // ("Prof. Ann Ray of the Elm University's geography department": a body's name in the
    // possessive, then its unit in lower case; the body is the person's organization.)
    auto owner_of_unit = [&]() -> uint32_t {
      if (org >= l || !toks[org].has(kCapitalized) ||
          !(toks[l - 1].is(kOrgNoun) || toks[l - 1].is(kOrgUnit))) {
        return l;
      }
      uint32_t owner = org;
      while (owner + 2 < l && !toks[owner].has(kPossessive) &&
             (toks[owner].has(kCapitalized) ||
              (JoinsBodyName(owner) && toks[owner + 1].has(kCapitalized)))) {
        ++owner;
      }
      if (!toks[owner].has(kPossessive) || !toks[owner].has(kCapitalized)) return l;
      for (uint32_t t = owner + 1; t < l; ++t) {
        if (!toks[t].IsWord() || !toks[t].has(kLowerInitial) || toks[t].is(kStop)) return l;
      }
      return owner + 1;
    };
    // ("Drew Lee spoke ... said Lee of the Elm Teachers": one word, the surname of a full
    // name in the article, is a name too.)
    auto surname = [&] {
      if (name_tokens != 1 || titles > 0 || p != f + 1) return false;
      uint32_t full_first = 0, full_last = 0;
      const std::string_view word = doc_.TokenText(f);
      return FindFullName(word, f, &full_first, &full_last) && full_last - full_first >= 2 &&
             StripPossessive(doc_.TokenText(full_last - 1)) == word;
    };
    if (name_before && (name_tokens >= 2 || (name_tokens == 1 && titles > 0) || surname()) &&
        org < l) {
      const uint32_t owner_end = owner_of_unit();
      if ((toks[org].has(kCapitalized) && toks[l - 1].has(kCapitalized)) || common_body()) {
        if (!from || toks[l - 1].is(kOrgNoun | kOrgUnit | kIndustry | kCorpSuffix)) {
          body_first = org;
          body_last = l;
          // ("Ann Ray of Elm Church in Oakport": where the body is, no part of its name.)
          for (uint32_t t = org + 1; t + 1 < l; ++t) {
            if (doc_.WordIs(t, "in") && toks[t - 1].has(kCapitalized) &&
                toks[t + 1].has(kCapitalized)) {
              body_last = t;
              break;
            }
          }
        }
        l = p;
      } else if (owner_end < l) {
        body_first = org;
        body_last = owner_end;
        l = p;
      } else if (name_tokens >= 2 && !from && toks[l - 1].has(kLowerInitial) &&
                 toks[l - 1].IsWord() && !toks[l - 1].is(kStop)) {
        // ("Tom Lee of the school district", "Ann Ray of the district": a complement no
        // body's name ends is no part of the full name before it, which speaks alone.)
        l = p;
      }
    }
    break;
  }

  // "a spokesman for the governor", "the head of Haier", "people familiar with the talks": a
  // common noun with a complement describes a speaker of its own; the complement says whom
  // they work for, and is never the speaker itself.
  uint32_t head = l - 1;
  uint32_t complement = l;  // the preposition
  // ("Pilots at Acme": the plural of a role names people as the role does; capitalized
  // only as the sentence's first word.)
  auto plural_of_role = [&](uint32_t t) {
    const std::string_view w = doc_.TokenText(t);
    if (w.size() < 4 || w.back() != 's' || toks[t].has(kPossessive)) return false;
    return (lexicon_.Flags(LowerCased(w.substr(0, w.size() - 1))) & kRole) != 0;
  };
  for (uint32_t k = f + 1; k + 1 < l; ++k) {
    const int h = ComplementHead(doc_, k);
    if (h < 0) continue;
    // "one of the prosecutors for Ann Ray": a partitive "of" leads on to the head noun.
    if (toks[h].is(kDeterminer) && !toks[h].is(kGroup) && doc_.WordIs(k, "of")) continue;
    // Only a noun for people, or for a document made for someone ("a report for Oxfam"),
    // describes a speaker: in "the text of the law" or "the release of the report" the
    // document after "of" is what speaks.
    const bool of = doc_.WordIs(k, "of");
    // ("Officials in Ohio", "Members of Congress": a group noun even when capitalized.)
    const Token& noun = toks[h];
    const bool lower_or_first =
        noun.has(kLowerInitial) || doc_.sentences[doc_.sentence_of[h]].first == uint32_t(h);
    // ("the former CEO of Elm Harbor": after a lower-case article a capitalized role is no
    // title before a name; the complement is whom the role serves.)
    const bool article_before =
        h > static_cast<int>(f) && h <= static_cast<int>(f) + 2 && toks[f].has(kLowerInitial) &&
        (doc_.WordIs(f, "the") || doc_.WordIs(f, "a") || doc_.WordIs(f, "an")) &&
        (noun.is(kRole) || noun.is(kTitle));
    if (h >= static_cast<int>(f) &&
        (((noun.has(kLowerInitial) || noun.is(kGroup) || article_before) &&
          (noun.is(kRole) || noun.is(kGroup) || noun.is(kMembership) ||
           (noun.has(kLowerInitial) && (noun.is(kFemale) || noun.is(kMale))) ||
           (noun.is(kDocument) && !of))) ||
         (lower_or_first && plural_of_role(h)))) {
      head = static_cast<uint32_t>(h);
      complement = k;
    }
    break;
  }
  // "four in 10", "three out of five": a share of those polled, maybe with their group
  // after it ("one in five voters"). (Of three words at least; most mentions are shorter.)
  bool share = l - f >= 3 && ProportionStart(doc_, l, f) < l;
  // (Only a mention that opens with a number or a number word: "One in five voters".)
  const bool number_opens = l - f >= 4 && toks[f].IsWord() &&
                            (toks[f].has(kHasDigit) || toks[f].is(kGroup) ||
                             toks[f].is(kDeterminer));
  for (uint32_t x = f + 3; number_opens && !share && x < l && x <= f + 4; ++x) {
    share = ProportionStart(doc_, x, f) == f;
  }
  // ("Riders under 30": an age bound after the group's noun, "those over 65", names the group;
  // so does "those" with the clause or phrase that says who they are: "those who ...",
  // "those close to Lee", "those in the hall".)
  if (share || (toks[l - 1].has(kHasDigit) && AgeBoundStart(doc_, f, l) < l) ||
      (l > f + 2 && doc_.WordIs(f, "those") && toks[f + 1].has(kLowerInitial) &&
       (toks[f + 1].is(kStop) || doc_.WordIs(f + 1, "close") ||
        doc_.WordIs(f + 1, "familiar")))) {
    std::string buffer;
    const int group = FindOrCreate(TextView(f, l, &buffer), SpeakerKind::kGroup);
    states_[group].described = true;
    Touch(group);
    return group;
  }
  int speaker = -1;
  // How the mention names its speaker: a description ("officials", "the company") or a name;
  // neither when it refers back to someone already met ("the chairman").
  bool described = false, refers_back = false;
  // ("The CEO", "the Chairman": a role after a determiner describes, even capitalized; so
  // does a press release's defined term, "the Company", for the business it names.)
  const bool defined_term = l >= 2 && doc_.WordIs(l - 1, "company") &&
                            toks[l - 1].has(kCapitalized) && doc_.WordIs(l - 2, "the") &&
                            l <= f + 2 &&
                            !(l < toks.size() && toks[l].IsWord() && toks[l].has(kCapitalized));
  const bool name_head =
      head == l - 1 && (toks[l - 1].has(kCapitalized) || toks[l - 1].has(kHasDigit)) &&
      !defined_term &&
      !(l - 1 > f && toks[l - 1].is(kRole) && !toks[l - 1].is(kGroup) &&
        toks[l - 2].is(kDeterminer) && !toks[l - 2].is(kPronoun));
  if (name_head) {
    // The capitalized run at the end of the phrase.
    uint32_t k = l - 1;
    bool joined = false;
    while (k > f) {
      const Token& prev = toks[k - 1];
      if (prev.IsWord() && prev.has(kCapitalized) &&
          (!prev.has(kPossessive) || GroupPossessiveInName(k - 1, l))) {
        --k;
        continue;
      }
      // "Pieter van der Merwe", "Van der Berg", "Charles de Gaulle": a surname's particles
      // after a given name or a capitalized particle. (Not after a title, "Mr. de Wit": the
      // surname alone then finds the full name.)
      if (k - 1 > f && toks[k - 1].has(kLowerInitial) && NameParticle(k - 1)) {
        uint32_t p = k - 1;
        while (p > f && toks[p - 1].has(kLowerInitial) && NameParticle(p - 1)) --p;
        if (p > f && toks[p - 1].IsWord() && toks[p - 1].has(kCapitalized) &&
            !toks[p - 1].is(kTitle) && !toks[p - 1].has(kPossessive)) {
          k = p;
          continue;
        }
      }
      // ("the Committee on Energy": "on" after a body's noun.)
      if (k - 1 > f &&
          (doc_.WordIs(k - 1, "of") || doc_.WordIs(k - 1, "for") ||
           doc_.WordIs(k - 1, "and") || toks[k - 1].IsPunct('&') ||
           (doc_.WordIs(k - 1, "on") && (toks[k - 2].is(kOrgUnit) || toks[k - 2].is(kOrgNoun)))) &&
          toks[k - 2].has(kCapitalized) && !toks[k - 2].has(kPossessive)) {
        joined = joined || doc_.WordIs(k - 1, "and");
        k -= 2;
        continue;
      }
      // A title's complement: "Secretary of the Treasury Ann Ray", "Ambassador to Peru".
      // (Without "the", "of" and "for" were read just above.)
      const bool article = k - 1 > f + 1 && doc_.WordIs(k - 1, "the");
      const uint32_t preposition = article ? k - 2 : k - 1;
      if (preposition > f &&
          (doc_.WordIs(preposition, "to") ||
           (article && (doc_.WordIs(preposition, "of") || doc_.WordIs(preposition, "for")))) &&
          (toks[preposition - 1].is(kTitle) ||
           (toks[preposition - 1].is(kRole) && doc_.WordIs(preposition, "to"))) &&
          toks[preposition - 1].has(kCapitalized)) {
        k = preposition - 1;
        continue;
      }
      // "the Bank of the Islands", "the Chamber of Commerce of the Elm Isles": a body's name
      // goes on after "of the" when a word of the capitalized run before it is a body's noun.
      if (article && doc_.WordIs(preposition, "of") && toks[preposition].has(kLowerInitial) &&
          toks[preposition - 1].has(kCapitalized)) {
        bool body = false;
        for (uint32_t b = preposition; b > f && !body && b + 8 > preposition; --b) {
          const Token& w = toks[b - 1];
          if (!w.IsWord() || (!w.has(kCapitalized) && !doc_.WordIs(b - 1, "of"))) break;
          body = w.has(kCapitalized) && (w.is(kOrgNoun) || w.is(kOrgUnit));
        }
        if (body) {
          k = preposition - 1;
          continue;
        }
      }
      // "Ann Ray, Tom Lee and Ida Moss": the commas of a list of names ending in "and".
      if (joined && k - 1 > f && toks[k - 1].IsPunct(',') && toks[k - 2].has(kCapitalized) &&
          !toks[k - 2].has(kPossessive)) {
        k -= 2;
        continue;
      }
      break;
    }
    // Sentence openers are not names: "But Ann Ray", "When Li". (A section's label word
    // that opens a body's name is its first word: "Weather Service", "Weather Bureau".)
    const bool body_name = toks[l - 1].has(kCapitalized) &&
                           (toks[l - 1].is(kOrgNoun) || toks[l - 1].is(kOrgUnit));
    while (k < l - 1 &&
           (toks[k].is(kStop) || toks[k].is(kAdjunct) || toks[k].is(kTime) ||
            toks[k].is(kPreverb) || (toks[k].is(kLabel) && !body_name)) &&
           !WordAsGivenName(k)) {
      ++k;
    }
    uint32_t run = k;
    // Leading determiners and titles become roles: "President Li", "Sen. Ray",
    // "Secretary of State Ann Ray".
    // As token spans [first, last); titles in a row make one role ("Vice President").
    std::vector<std::pair<uint32_t, uint32_t>> titles;
    auto add_title = [&titles](uint32_t first, uint32_t last) {
      if (!titles.empty() && titles.back().second == first) {
        titles.back().second = last;
      } else {
        titles.emplace_back(first, last);
      }
    };
    std::vector<std::string> organizations_from_role;
    // "Acme Chairman Li Wei", "Harbor Lines Chief Executive Officer Tom Lee": the modifier
    // [first, last) of a role is the person's organization when it is a known one or an
    // acronym.
    auto organization_before_role = [&](uint32_t first, uint32_t last) {
      const std::string modifier = Text(first, last);
      if (!lexicon_.CanonicalOrganization(modifier).empty() || IsAcronym(modifier) ||
          FirmBeforeCompanyTitle(first, last)) {
        organizations_from_role.push_back(CanonicalOrganization(first, last));
      }
    };
    bool female = false, male = false;
    // "The State Department", "the Justice Ministry": an organization's name may open with
    // a word that is a title before a person's name.
    const bool organization_head =
        toks[l - 1].is(kOrgNoun) || toks[l - 1].is(kOrgUnit) || toks[l - 1].is(kCorpSuffix);
    while (run < l - 1) {
      const Token& t = toks[run];
      if (t.is(kDeterminer) && t.has(kCapitalized) && !t.is(kPronoun)) {
        ++run;
        continue;
      }
      // "Chairman and CEO Tom Lee": "and" joins two titles into one role.
      if (!titles.empty() && titles.back().second == run && run + 3 < l &&
          t.has(kLowerInitial) && doc_.WordIs(run, "and") && toks[run + 1].has(kCapitalized) &&
          (toks[run + 1].is(kTitle) || toks[run + 1].is(kRole))) {
        add_title(run, run + 1);
        ++run;
        continue;
      }
      if (organization_head) break;
      // "Spokesperson Mao Ning", "Economist Ann Ray": a role noun before a full name. (Also
      // a word of a trade by its ending before a known given name and one more word:
      // "Ecologist Ann Ray", "Plumber Tom Lee", "Evacuee Ida Moss".)
      auto trade_word = [&] {
        const std::string_view w = doc_.TokenText(run);
        return run == f && l - run == 3 && !t.has(kPossessive) &&
               (t.word_flags & (kFemale | kMale)) == 0 &&
               (toks[run + 1].is(kFemale) || toks[run + 1].is(kMale)) && TradeNounEnding(w);
      };
      const bool role_title =
          (t.is(kRole) || trade_word()) && t.has(kCapitalized) && l - run >= 3;
      if (!t.is(kTitle) && !role_title) {
        // "Chief Financial Officer Ann Ray", "Managing Director Tom Lee": capitalized
        // modifiers, then a role noun, then the name (of two words when no title came
        // before: "Tom Judge" stays a name).
        // ("Bank of Elm President Tom Lee", "Council on Trade National Director Ann Ray": a
        // body's name, joined by "of", "for" or "on" after its noun, before the title.)
        // ("Transport and Energy Minister Ann Ray", "Health and Social Care Secretary Tom
        // Lee": a portfolio's words joined by "and".)
        uint32_t role = run;
        bool body = false, joined = false, portfolio = false;
        while (role < run + (joined ? 8 : portfolio ? 6 : 3) && role < l &&
               toks[role].IsWord() && !toks[role].has(kPossessive)) {
          const Token& w = toks[role];
          if (w.has(kCapitalized) && !w.is(kRole) && !w.is(kTitle)) {
            body = body || ((w.is(kOrgNoun) || w.is(kOrgUnit)) && !w.is(kIndustry));
            ++role;
          } else if (!body && !portfolio && role > run && role + 2 < l &&
                     doc_.WordIs(role, "and") && toks[role + 1].has(kCapitalized) &&
                     !toks[role + 1].is(kRole) && !toks[role + 1].is(kTitle) &&
                     doc_.PortfolioTitleAhead(role + 2, l)) {
            portfolio = true;
            ++role;
          } else if (body && role > run && role + 1 < l && w.has(kLowerInitial) &&
                     toks[role + 1].has(kCapitalized) &&
                     (doc_.WordIs(role, "of") || doc_.WordIs(role, "for") ||
                      doc_.WordIs(role, "on"))) {
            joined = true;
            ++role;
          } else {
            break;
          }
        }
        const uint32_t name_words = titles.empty() ? 2 : 1;
        if (role == run || role + 1 + name_words > l ||
            !(toks[role].is(kRole) || toks[role].is(kTitle)) || !toks[role].has(kCapitalized)) {
          break;
        }
        // The body's name ends before the title's own adjectives ("National Director").
        uint32_t body_end = role;
        while (joined && body_end > run + 2 && EndsWith(doc_.TokenText(body_end - 1), "al") &&
               !toks[body_end - 1].is(kOrgNoun) && !toks[body_end - 1].is(kOrgUnit)) {
          --body_end;
        }
        // (A trade's word names a business only after a name, "Elm Energy Chairman"; not
        // alone, "Chief Financial Officer".)
        const Token& before = toks[role - 1];
        // (Nor "Union Minister", India's word for a federal minister.)
        const bool federal = role == run + 1 && doc_.WordIs(run, "union") &&
                             doc_.WordIs(role, "minister");
        if (joined || ((before.is(kOrgNoun) || before.is(kOrgUnit)) && !federal &&
                       (!before.is(kIndustry) || role >= run + 2))) {
          // ("Democratic National Committee Chairman", "Republican Party Chairman": the
          // party's word, read as a title before, opens the name of its committee or of the
          // party; not of the House its speaker leads, "Republican House Speaker".)
          uint32_t body_first = run;
          const bool party_body = before.is(kOrgUnit) || doc_.WordIs(role - 1, "party");
          while (party_body && !titles.empty() && titles.back().second == body_first &&
                 body_first > titles.back().first &&
                 toks[body_first - 1].has(kCapitalized) &&
                 (doc_.WordIs(body_first - 1, "democratic") ||
                  doc_.WordIs(body_first - 1, "republican"))) {
            --body_first;
          }
          if (body_first < run) {
            titles.back().second = body_first;
            if (titles.back().first == body_first) titles.pop_back();
          }
          // ("Elmford City Council approved ... Council President Ann Ray": the body's noun
          // alone before the title is the body of that noun named before; not "House" or
          // "Party", a chamber or a party of many, "House Speaker" no "White House" speaker.)
          std::string body;
          if (body_end == body_first + 1 && toks[body_first].has(kCapitalized) &&
              !doc_.WordIsText(body_first, "house") && !doc_.WordIsText(body_first, "party") &&
              lexicon_.CanonicalOrganization(doc_.TokenText(body_first)).empty()) {
            body = BodyReferredTo(body_first, body_first);
          }
          organizations_from_role.push_back(
              body.empty() ? CanonicalOrganization(body_first, body_end) : std::move(body));
        } else if (CompanyHeadModifier(run, role, l)) {
          // "Tesla CEO Ann Ray", "Elm Power Managing Director Tom Lee": before a company
          // head's title, a proper modifier names the company, known or not.
          organizations_from_role.push_back(
              CanonicalOrganization(run, doc_.WordIs(role - 1, "managing") ? role - 1 : role));
        } else {
          organization_before_role(run, role);
        }
        const uint32_t title_end = TitleComplementEnd(role + 1, l);  // "... of Elections"
        add_title(joined ? body_end : run, title_end);
        run = title_end;
        continue;
      }
      const LowerCased lower_title(doc_.TokenText(run));
      const std::string_view w = lower_title;
      if (w == "mrs." || w == "ms." || w == "miss" || w == "mrs" || w == "ms") female = true;
      if (w == "mr." || w == "mr") male = true;
      const uint32_t title = run;
      run = TitleComplementEnd(run + 1, l);  // "Secretary of State Ann Ray"
      // ("The Ambassador to the Elm Isles", "Elm's Envoy to the Ferry Board": after an
      // article or an owner, no name follows the title; its complement runs to the end.)
      if (run < l && title > f && doc_.WordIs(title + 1, "to") &&
          ((toks[title - 1].is(kDeterminer) && !toks[title - 1].is(kPronoun)) ||
           toks[title - 1].has(kPossessive))) {
        run = l;
      }
      if (w != "the" && !w.starts_with("mr") && !w.starts_with("ms") &&
          w != "miss") {
        add_title(title, run);
      }
    }
    if (run < l && toks[run].is(kDeterminer) && toks[run].has(kCapitalized) &&
        !toks[run].is(kPronoun) && run + 1 < l) {
      ++run;
    }
    // "The Lord Chief Justice said", "the Attorney General said": titles in a row ending in
    // a title or a role word name the office's holder by the whole office, not by its last
    // word ("Justice", "General").
    bool office = false;
    if (run + 1 == l && !titles.empty() && titles.back().second == run &&
        (toks[run].is(kTitle) || toks[run].is(kRole)) && toks[run].has(kCapitalized) &&
        !toks[run].has(kPossessive)) {
      run = titles.back().first;
      titles.pop_back();
      office = true;
    }
    // "The Ambassador to France said", "the US Envoy to the Isles": a title and its
    // complement with no name after them name the office's holder too.
    auto complement_to = [&](uint32_t first, uint32_t last) {
      for (uint32_t t = first + 1; t + 1 < last; ++t) {
        if (doc_.WordIs(t, "to") && (toks[t - 1].is(kTitle) || toks[t - 1].is(kRole))) {
          return true;
        }
      }
      return false;
    };
    if (run >= l && !titles.empty() && titles.back().second == l && titles.back().first > f &&
        complement_to(titles.back().first, l)) {
      run = titles.back().first;
      titles.pop_back();
      office = true;
    }
    // "chairman and CEO of Acme": titles all the way, no name left.
    if (run >= l) return -1;
    std::string name_buffer;  // (used only by a name with other spacing than one space)
    std::string_view name = StripPossessive(TextView(run, l, &name_buffer));
    LowerCased lower_word;  // a name of one word, lower-cased (the person's key)
    if (l - run == 1) {
      // A function word capitalized at a sentence start names nobody ("Instead", "Still",
      // "It's", "There's"), nor does an opening participle ("Asked", "Acknowledging"),
      // unless it is the surname of a full name in the article ("Will" for Tom Will).
      lower_word.Assign(StripPossessive(doc_.TokenText(run)));
      const std::string_view word = lower_word;
      constexpr uint32_t kFunctionWord = kStop | kAdjunct | kPreverb | kTime | kPronoun;
      const bool participle = toks[run].is(kCueStart) &&
                              (EndsWith(word, "ed") || EndsWith(word, "ing"));
      // Quantifiers speak for a group ("Both said", "All agreed").
      // (The token's own classes where it has them: the text layer clears those of a surname
      // such as "May" or "Day".)
      const uint32_t flags =
          toks[run].has(kPossessive) ? lexicon_.Flags(word) : toks[run].word_flags;
      bool junk = ((flags & kFunctionWord) && !(flags & kDeterminer)) || participle;
      // Nor does an article or a possessive left alone ("The", "Their"): its noun was lost.
      if ((flags & kDeterminer) && word.size() <= 5) {
        static constexpr std::string_view kArticles[] = {
            "the", "a",   "an",    "this", "that", "these", "those", "his",
            "her", "their", "its", "our",  "my",   "your",  "every", "no"};
        for (const std::string_view article : kArticles) {
          junk = junk || word == article;
        }
      }
      // So is any other participle or adverb in -ly that opens its sentence and that the
      // article never capitalizes elsewhere ("Pausing ...", "Quietly ...", "Judged by ...").
      // A name with such an ending is capitalized elsewhere or has a full name in the article.
      constexpr uint32_t kSpeakerNoun = kRole | kGroup | kDocument | kOrgNoun | kOrgUnit |
                                        kMembership | kTitle | kFemale | kMale | kCorpSuffix;
      // (A place is no participle: "Beijing said", "Wyoming passed".)
      if (!junk && !(flags & kSpeakerNoun) && !toks[run].has(kPossessive) && word.size() > 4 &&
          (EndsWith(word, "ing") || EndsWith(word, "ly") || EndsWith(word, "ed")) &&
          !HasProperWord(run, run + 1) && !CapitalizedElsewhere(run) &&
          !lexicon_.IsPlace(StripPossessive(doc_.TokenText(run)))) {
        junk = true;
      }
      for (size_t i = 0; i < states_.size() && junk; ++i) {
        junk = !(states_[i].multi_token &&
                 (states_[i].last_token == word || states_[i].first_token == word));
      }
      uint32_t full_first = 0, full_last = 0;
      if (junk && !by_name_.contains(absl::string_view(word.data(), word.size())) &&
          !FindFullName(StripPossessive(doc_.TokenText(run)), run, &full_first, &full_last)) {
        return -1;
      }
    }
    const uint32_t last_flags = toks[l - 1].word_flags;
    bool org = false;
    for (uint32_t r = run; r < l; ++r) {
      if (toks[r].is(kOrgNoun) || toks[r].is(kOrgUnit) || toks[r].is(kCorpSuffix)) org = true;
      // ("the Elm Janata Party's claim": the lexicon has the word without its possessive.)
      if (r + 1 == l && toks[r].has(kPossessive) && !org) {
        const LowerCased bare(StripPossessive(doc_.TokenText(r)));
        org = (lexicon_.Flags(bare.view()) & (kOrgNoun | kOrgUnit | kCorpSuffix)) != 0;
      }
      // ("Hartwell & Pryce", "Marks & Spencer": two words joined by "&" name a firm; not
      // "Ann Ray & Tom Lee", two people in a headline.)
      if (r == run + 1 && r + 2 == l && doc_.WordIs(r, "&")) org = true;
    }
    // ("Harbor Watch, a campaign group, said", "Elm Nutrition, a food maker,": an
    // appositive whose head is a body's noun, after an article and lower-case modifiers;
    // before the name too, "The campaign group, Harbor Watch, said".)
    const bool appositive_after =
        m.appositive_first >= l &&
        (doc_.WordIs(m.appositive_first, "a") || doc_.WordIs(m.appositive_first, "an") ||
         doc_.WordIs(m.appositive_first, "the"));
    const bool appositive_before = m.appositive_last <= run &&
                                   (doc_.WordIs(m.appositive_first, "the") ||
                                    doc_.WordIs(m.appositive_first, "a") ||
                                    doc_.WordIs(m.appositive_first, "an"));
    if (!org && m.appositive_last > m.appositive_first + 1 &&
        (appositive_after || appositive_before)) {
      uint32_t h = m.appositive_first + 1;  // (the head: the last of the modifiers' run)
      while (h + 1 < m.appositive_last && h < m.appositive_first + 4 && toks[h + 1].IsWord() &&
             toks[h + 1].has(kLowerInitial) && !toks[h + 1].is(kStop)) {
        ++h;
      }
      // (Not a noun for a person's trade as often as for a firm: "Dwayne Pettibone, a crane
      // operator,", "a boxing promoter".)
      // ("Elm Rail, the state-owned operator,", "Elm Bank, a lender,": a firm's trade, not
      // one a person may follow too, "the developer", "a publisher"; any after "-owned",
      // "-run" or "-listed".)
      static constexpr WordSet kFirmTrades = {
          "retailer",    "lender",      "insurer",     "carrier",  "automaker", "carmaker",
          "chipmaker",   "drugmaker",   "manufacturer", "distributor", "broadcaster",
          "consultancy", "supplier",    "airline",     "utility",  "startup",   "giant"};
      bool owned = false;
      for (uint32_t t = m.appositive_first + 1; t < h && !owned; ++t) {
        const std::string_view w = doc_.TokenText(t);
        owned = w.ends_with("-owned") || w.ends_with("-run") || w.ends_with("-listed");
      }
      const bool trade = kFirmTrades.Has(doc_.word_ids[h]) ||
                         (owned && kTradeNouns.Has(doc_.word_ids[h]));
      org = toks[h].IsWord() && toks[h].has(kLowerInitial) &&
            ((toks[h].is(kOrgNoun) && !toks[h].is(kRole) && !toks[h].is(kGroup) &&
              !doc_.WordIs(h, "operator") && !doc_.WordIs(h, "promoter")) ||
             trade) &&
            (h + 1 == m.appositive_last ||
             (appositive_after && (toks[h + 1].is(kStop) || !toks[h + 1].IsWord()))) &&
            !NamesPerson(run, l);
    }
    // (Not a name in a headline's capitals after a title: "GOVERNOR HARTWELL ANNOUNCES"; an
    // acronym is shorter: "Director NPA".)
    // (Nor a role's acronym alone, a headline's "CEO says".)
    if (l - run == 1 && IsAcronym(doc_.TokenText(run)) &&
        !(run > f && toks[run - 1].is(kTitle) && toks[run - 1].has(kCapitalized) &&
          toks[run].end - toks[run].begin >= 5) &&
        !toks[run].is(kRole)) {
      org = true;
    }
    // ("NHS England", "BBC Scotland": an acronym, then a place, names a body's branch
    // there; not a role's or a title's acronym, "MP Tom Lee".)
    if (!org && l - run >= 2 && IsAcronym(doc_.TokenText(run)) && !toks[run].is(kRole) &&
        !toks[run].is(kTitle) && lexicon_.IsPlace(Text(run + 1, l))) {
      org = true;
    }
    // (The lexicon's aliases asked last, only of a name its words do not tell.)
    org = org || !lexicon_.CanonicalOrganization(name).empty();
    // "low-cost carrier SkyGael ... SkyGael said": a name the article gives elsewhere as a
    // body's.
    org = org || NamedAsBodyElsewhere(run, l);
    // ("Corbin's said", "Macy's told investors": a name in 's that the text layer read as no
    // possessive, before its verb, is a shop's; not a person's, "Ann Ray's said" for "has".)
    org = org || (!toks[l - 1].has(kPossessive) &&
                  StripPossessive(doc_.TokenText(l - 1)).size() < doc_.TokenText(l - 1).size() &&
                  !NamesPerson(run, l));
    // "Elmsoft said its profit rose", "Elmsoft, which makes games, said": a one-word name
    // that "its" or "which" refers to right after is a body's (a person's is "his", "her",
    // "who").
    // (Not the surname of a full name in the article: "Tavake Lomu ... Lomu, which".)
    if (!org && l - run == 1 && !toks[run].is(kFemale | kMale | kTitle | kRole) &&
        ItsOrWhichAfter(l) && !NamesPerson(run, l)) {
      uint32_t full_first = 0, full_last = 0;
      org = !(FindFullName(StripPossessive(doc_.TokenText(run)), run, &full_first, &full_last) &&
              full_last - full_first >= 2);
    }
    // "state utility Elm Power said", "environmental group Green Tide said": a body's noun in
    // lower case right before the name describes a body by it. (Not a person's: "union
    // organiser Ann Ray" ends in a role.)
    if (!org && run == k && k > f && BodyNounBefore(k) && !NamesPerson(run, l)) {
      org = true;
    }
    bool coordinated = false;
    for (uint32_t r = run + 1; r + 1 < l && !coordinated; ++r) {
      coordinated = toks[r].has(kLowerInitial) && toks[r].IsWord() &&
                    doc_.TokenText(r) == std::string_view("and");
    }
    // "the Daily Post": a name whose last word is a document and an organization noun names
    // a newspaper, not a document.
    // ("the Institute for Pier Studies", "the Elm Center for Policy Studies": a body's noun
    // before "for" or "of" names a body, whatever its last word.)
    bool body_noun = false;
    for (uint32_t r = run; r + 2 < l && !body_noun; ++r) {
      body_noun = (toks[r].is(kOrgNoun) || toks[r].is(kOrgUnit)) &&
                  (doc_.WordIs(r + 1, "for") || doc_.WordIs(r + 1, "of"));
    }
    // (Unless the one word opens the sentence, capitalized only there: "Records show ..." are
    // documents, no record label.)
    if ((last_flags & kDocument) && !body_noun &&
        (!(last_flags & kOrgNoun) || (l - run == 1 && !HasProperWord(run, l)))) {
      speaker = FindOrCreate(name, SpeakerKind::kDocument);
    } else if ((last_flags & kGroup) && l - run == 1) {
      speaker = FindOrCreate(name, SpeakerKind::kGroup);
      described = !HasProperWord(run, l);  // "Officials said" opening a sentence
    } else if (org && l - run == 1 && (speaker = PersonByShoutedSurname(run)) >= 0) {
      // "VARGA: We will win." (a transcript's label in capitals): Selma Varga's.
      refers_back = true;
    } else if (org && l - run == 1 && run == f + 1 && doc_.WordIs(f, "the") &&
               IsAcronym(doc_.TokenText(run)) &&
               (speaker = RoleAcronymHolder(doc_.TokenText(run))) >= 0) {
      // "Energy Cabinet Secretary Ann Kiptoo ... the CS said", "the PM said": an acronym of
      // a role after "the" is the person met with that role.
      refers_back = true;
    } else if (org) {
      // "Developer Ridgeline Partners said", "Retailer Elm Foods said": a word for a kind of
      // business opening the mention, which the article never capitalizes elsewhere,
      // describes it. (A list: "Harbor", "Carter" end as trade words do.)
      if (run == f && l - run >= 3 && toks[run].has(kCapitalized) &&
          !toks[run].has(kPossessive) && !CapitalizedElsewhere(run)) {
        if (kTradeNouns.Has(doc_.word_ids[run])) ++run;
      }
      // "the Times" after "the New York Times": a one-word short form of an organization
      // named earlier is that organization (the most recently mentioned, if several).
      if (l - run == 1) speaker = OrganizationByLastWord(StripPossessive(doc_.TokenText(run)));
      // "Later the FA said" after "the Freedom Alliance (FA)": the body it stands for.
      if (speaker < 0 && l - run == 1 && IsAcronym(StripPossessive(doc_.TokenText(run)))) {
        speaker = OrganizationSpelledOut(run);
      }
      if (speaker < 0) {
        std::string body = CanonicalOrganization(run, l);
        const std::string_view word = StripPossessive(doc_.TokenText(run));
        if (l - run == 1 && IsAcronym(word) && body != word &&
            KnownOrganization(run, l).empty()) {
          // ("The Elm Rail Union said ... ERU said": the acronym of a body's name the article
          // gives in full names the speaker as written, and the body by its name; one the
          // lexicon lists is its canonical name, as before.)
          speaker = FindOrCreate(word, SpeakerKind::kOrganization);
          AddOrganization(speaker, body, false);
        } else {
          speaker = FindOrCreate(body, SpeakerKind::kOrganization);
        }
      }
    } else if (l - run == 1 && OrganizationOpenedBy(run)) {
      // "Castlebrook did not respond" after "the builder, Castlebrook Construction": one word
      // that opens an organization's name elsewhere in the article (its last word an
      // organization's noun or an industry's) is that organization, not a person ("she" is
      // never it).
      speaker = FindOrCreate(CanonicalOrganization(org_first_, org_first_ + 2),
                             SpeakerKind::kOrganization);
    } else if (coordinated) {
      // "Pell and Quist", "Ann Ray and Tom Lee": several people, a group; not a
      // person whose first or last name a later "Bush" could mean.
      speaker = FindOrCreate(name, SpeakerKind::kGroup);
    } else {
      // "Texas Sen. Ann Ray", "Acme Chairman Li Wei": a title inside the run ends a role that
      // a place or an organization modifies; the name is what follows it.
      uint32_t given = run;
      bool coordinated = false;  // "Mr. Pell and Mr. Quist" is two people, not a role
      for (uint32_t t = run; t < l; ++t) {
        coordinated = coordinated || doc_.WordIs(t, "and") || doc_.WordIs(t, "&");
      }
      // A title word right before a final suffix is a surname: "Tom King Jr.". (A title
      // inside the run takes three words at least.)
      const uint32_t title_end =
          l - run >= 3 && IsGenerationSuffix(doc_.TokenText(l - 1)) ? l - 1 : l;
      // (title_end may be 0, "Jr. said" opening a text: tested before title_end - 1 is used.)
      for (uint32_t t = title_end - 1;
           !coordinated && !office && title_end > run + 2 && t-- > run + 1;) {
        if (toks[t].is(kTitle) && toks[t].has(kCapitalized) && !toks[t].is(kDeterminer)) {
          given = TitleComplementEnd(t + 1, l);  // "Acme Director of Public Affairs Tom Lee"
          organization_before_role(run, t);
          add_title(run, given);  // "Former Texas Gov. Ann Ray": one role
          name = StripPossessive(TextView(given, l, &name_buffer));
          break;
        }
      }
      speaker = FindOrCreatePerson(name, given, l, l - 1, female, male,
                                   l - run == 1 ? &lower_word : nullptr);
      // The title tells the sex of the name it stands before, but not of a full name that
      // a surname alone was taken for: where the given names tell no sex ("Mr. Lee" among
      // several Lees), a wrong guess would stay and turn later titles away from the
      // person they mean.
      if (!(l - given == 1 && states_[speaker].multi_token)) {
        if (female) states_[speaker].female = true;
        if (male) states_[speaker].male = true;
      }
      NoteSexOfName(speaker, given, l);
      // Pre-modifiers: "party leader Ann Ray", "Haier chairman Zhou Yunjie"; before a title
      // they are part of its role ("former Texas Gov. Ann Ray").
      uint32_t pre = f;
      while (pre < k && toks[pre].is(kDeterminer)) ++pre;
      bool role = false;
      for (uint32_t r = pre; r < k; ++r) role = role || toks[r].is(kRole) || toks[r].is(kTitle);
      const bool modifies_title = role && k > pre && !titles.empty() && titles[0].first == k;
      if (modifies_title) titles[0].first = pre;
      for (const auto& [first, last] : titles) AddRole(speaker, Text(first, last));
      for (const std::string& o : organizations_from_role) AddOrganization(speaker, o, false);
      // "Haier's CEO Zhou Yunjie", "JD's Cao Peng": a proper name in the possessive before
      // the titles or the name is the body the person belongs to, unless it names a place
      // or a person ("Ray's aide Bo Fink").
      bool possessive_body = !role && k > pre && toks[k - 1].has(kPossessive);
      for (uint32_t r = pre; r < k && possessive_body; ++r) {
        possessive_body = toks[r].IsWord() && toks[r].has(kCapitalized) &&
                          (r == k - 1 || !toks[r].has(kPossessive));
      }
      if (possessive_body) {
        const std::string_view word = StripPossessive(doc_.TokenText(k - 1));
        const bool proper =
            IsAcronym(word) || !lexicon_.CanonicalOrganization(word).empty() ||
            (!HasAdjectiveEnding(word) && (HasProperWord(pre, k) || CapitalizedElsewhere(k - 1)));
        if (proper && !lexicon_.IsPlace(StripPossessive(Text(pre, k)))) {
          const std::string body = ProfileOrganization(pre, k, k);
          if (!body.empty()) AddOrganization(speaker, body, false);
        }
      }
      if (role && k > pre) {
        // (Without the comma that closes a description before the name: "Harvest's chief
        // executive, Nell Ortiz," as a pronoun's referent.)
        const uint32_t pre_end = toks[k - 1].IsPunct(',') && k - 1 > pre ? k - 1 : k;
        if (!modifies_title) AddRole(speaker, Text(pre, pre_end));
        // ("Democratic Alliance leader Tom Lee", "Elm Refugee Forum director Ann Ray": a
        // title's or a role's word inside a body's name, before a capitalized word that is
        // neither.)
        auto inside_name = [&](uint32_t t) {
          return t + 1 < k && toks[t + 1].IsWord() && toks[t + 1].has(kCapitalized) &&
                 !toks[t + 1].is(kTitle) && !toks[t + 1].is(kRole) &&
                 !toks[t + 1].has(kPossessive) && !toks[t].has(kPossessive);
        };
        // (A title opening the run only before a body's noun: not "Former Elmland Gov.".)
        auto body_noun_in_run = [&] {
          if (doc_.WordIs(pre, "former")) return false;
          for (uint32_t t = pre + 1; t < k && toks[t].has(kCapitalized); ++t) {
            if (toks[t].is(kOrgNoun) || toks[t].is(kOrgUnit)) return true;
          }
          return false;
        };
        if (toks[pre].has(kCapitalized) &&
            (!toks[pre].is(kTitle) || (inside_name(pre) && body_noun_in_run()))) {
          uint32_t e = pre;
          while (e < k && toks[e].has(kCapitalized) &&
                 ((!toks[e].is(kTitle) && !toks[e].is(kRole)) || inside_name(e))) {
            ++e;
          }
          // ("Channel 4 anchor Ann Ray": a number ends the name; "Local 442 president Ann
          // Ray": a longer one after a numbered body's word.)
          if (e > pre && e + 1 < k && toks[e].IsWord() &&
              (toks[e].end - toks[e].begin <= 2 || NumberedBody(doc_, e - 1)) &&
              IsNumber(doc_, e) && toks[e + 1].has(kLowerInitial) && toks[e + 1].is(kRole)) {
            ++e;
          }
          // "Presumptive nominee Ann Ray" opening a sentence: one capitalized word there names
          // an organization only if the article capitalizes it elsewhere too ("Acme chairman
          // Tom Lee said ... at Acme"), or it is a known organization or an acronym.
          // A word with an adjective's ending needs more: datelines ("WASHINGTON -
          // Presumptive nominee ...") and title-case headlines capitalize it elsewhere too.
          // "Top Harbor Party donor Tom Lee", "PORTLAND - Top donor Tom Lee": a rank
          // adjective is capitalized as a sentence's (or a dateline's) first word, never as
          // an organization's.
          uint32_t b = pre;
          if (LowerIsOneOf(doc_.TokenText(pre), {"top", "leading", "senior", "prominent",
                                                 "longtime", "key", "major", "influential"})) {
            ++b;
          }
          // ("Award-winning Elmish economist", "Famed Elmish novelist": praise before a
          // people's word; neither names a body.)
          const uint32_t praised = b;
          while (b + 1 < e && PraiseWord(b)) ++b;
          if (b > praised && e == b + 1 && AdjectiveOrNationality(doc_.TokenText(b))) b = e;
          const std::string_view word = StripPossessive(doc_.TokenText(b));
          const bool proper =
              e > b + 1 || IsAcronym(doc_.TokenText(b)) ||
              !lexicon_.CanonicalOrganization(word).empty() ||
              (!HasAdjectiveEnding(word) && (HasProperWord(b, e) || CapitalizedElsewhere(b))) ||
              FirmBeforeCompanyTitle(b, k - 1);
          // (One word, where "of" names the body after the name, is the trade's: "Dairy
          // analyst Fiona Kerr of AgriMarkets".)
          const bool of_body = body_last > body_first && e == b + 1 && !IsAcronym(word);
          if (e > b && proper && !of_body) {
            // ("The Norland Teachers' Federation said ... Federation president Grace Obi":
            // a body's noun alone is the body named before that ends in it.)
            std::string body;
            if (e == b + 1 && toks[b].is(kOrgNoun | kOrgUnit)) body = BodyReferredTo(b, b);
            AddOrganization(speaker, body.empty() ? ProfileOrganization(b, e, k) : body, false);
          }
        }
      }
      // "Elm Mining denied it. "...," chief executive Tom Lee said": the role of a body's head
      // or spokesperson alone before the name, with no body of its own, is of the body that
      // spoke or opened the sentence before, as "its chief executive" would be.
      static constexpr WordSet kHeads = {
          "executive", "chairman", "chairwoman", "chair",        "president",    "spokesman",
          "spokeswoman", "spokesperson", "director", "manager", "commissioner", "secretary",
          "governor", "superintendent", "chief", "boss", "head"};
      // ("chief financial officer Ann Ray": an officer after "chief".)
      const bool chief_officer = k > f + 1 && doc_.WordIs(k - 1, "officer") &&
                                 (doc_.WordIs(k - 2, "chief") ||
                                  (k > f + 2 && doc_.WordIs(k - 3, "chief")));
      // ("fire chief Tom Lee", "county commissioner Ann Ray": a public service's word
      // before the role says its body, which is not the body that spoke before.)
      static constexpr WordSet kPublicServices = {"fire", "city", "county", "town", "village"};
      bool bare_role = pre == f && k > f && titles.empty() &&
                       (kHeads.Has(doc_.word_ids[k - 1]) || chief_officer) &&
                       speakers_[speaker].organizations.empty() &&
                       !(k >= f + 2 && kPublicServices.Has(doc_.word_ids[k - 2]));
      // ("CEO Tom Lee", "Chief Financial Officer Ann Ray", "Managing Director Tom Lee": a
      // company head's title, capitalized, opening the name's run is such a role too; not
      // "President Tom Lee" or "Chairman Tom Lee", as often a state's or a party's.)
      if (titles.size() == 1 && titles[0].first >= f && titles[0].first <= k && pre == f &&
          speakers_[speaker].organizations.empty()) {
        const auto [title_first, title_last] = titles[0];
        bare_role = CompanyHeadTitle(title_first, title_last) ||
                    (doc_.WordIs(title_last - 1, "director") &&
                     doc_.WordIs(title_first, "managing"));
      }
      for (uint32_t r = f; r < k && bare_role; ++r) {
        // (A sentence's first word only if the article writes it in lower case elsewhere:
        // not "McConnell spokesman Tom Lee".)
        bare_role = toks[r].IsWord() && !toks[r].has(kPossessive) &&
                    (toks[r].has(kLowerInitial) ||
                     (r == doc_.sentences[doc_.sentence_of[r]].first &&
                      (toks[r].is(kRole) || toks[r].is(kTitle) ||
                       !CapitalizedElsewhere(r))));
      }
      // ("guild president Ann Ray", "union leader Tom Lee": a body's noun in lower case
      // before the role is the body that noun refers to, the name ending in it; so is one
      // capitalized only as the sentence's first word, "Commission chair Tom Lee".)
      if (pre == f && k >= f + 2 && titles.empty() && speakers_[speaker].organizations.empty() &&
          toks[k - 1].is(kRole) && toks[k - 2].IsWord() &&
          (toks[k - 2].has(kLowerInitial) ||
           (k - 2 == doc_.sentences[doc_.sentence_of[k - 2]].first &&
            !CapitalizedElsewhere(k - 2))) &&
          toks[k - 2].is(kOrgNoun) && !toks[k - 2].has(kPossessive)) {
        AddOrganization(speaker, BodyOfModifyingNoun(k - 2, f), false);
        // (The noun says which body: when none by it was named, "foreign ministry spokesman
        // Lin Wei" is still no spokesman of the body that spoke before.)
        bare_role = false;
      }
      if (bare_role) AddOrganization(speaker, BodyOwningRole(f, /*implied=*/true), false);
      // ("Its analyst Ann Ray said", "its chief executive Tom Lee": a role after "its", with
      // no comma before the name, is of the body "its" is, as in an appositive.)
      if (pre == f + 1 && doc_.WordIs(f, "its") && role && k > pre &&
          speakers_[speaker].organizations.empty()) {
        AddOrganization(speaker, BodyOwningRole(f), false);
      }
      // "Elm Police said ... Detective Inspector Ann Ray said": a police rank alone before
      // the name is of the police force that spoke or opened the sentence before.
      if (titles.size() == 1 && pre == f && titles[0].first == f &&
          speakers_[speaker].organizations.empty()) {
        static constexpr WordSet kPoliceRanks = {
            "detective", "det",      "det.",      "inspector",      "insp", "insp.",
            "sergeant",  "sgt",      "sgt.",      "constable",      "supt", "supt.",
            "chief",     "officer",  "trooper",   "superintendent"};
        bool rank = true;
        for (uint32_t r = titles[0].first; r < titles[0].second && rank; ++r) {
          rank = kPoliceRanks.Has(doc_.word_ids[r]);
        }
        if (rank) {
          const std::string force = BodyOwningRole(f, /*implied=*/true);
          const std::string lower_force = absl::AsciiStrToLower(force);
          if (ContainsWord(lower_force, "police") || ContainsWord(lower_force, "constabulary")) {
            AddOrganization(speaker, force, false);
          }
        }
      }
    }
  } else {
    // A common-noun phrase: "the chairman", "experts", "the report", "the campaign".
    uint32_t start = f;
    if (l - start > 10) {
      start = l - 10;
      for (uint32_t r = l - 1; r > f && r >= l - 10; --r) {
        if (toks[r].is(kDeterminer)) {
          start = r;
          break;
        }
      }
    }
    // A conjunction opening the sentence is no part of it: "But aides to Ann Ray".
    if (start < l - 1 && start != head && toks[start].has(kCapitalized) &&
        toks[start].is(kStop) &&
        LowerIsOneOf(doc_.TokenText(start), {"and", "but", "or", "yet", "so", "nor"})) {
      ++start;
    }
    // Nor is "even", which stresses whom: "Even Lee's allies", "even the field's hawks".
    if (start < l - 1 && start != head && doc_.WordIs(start, "even")) ++start;
    // "one of the aides": a determiner before a complement is the head itself, as is a
    // determiner before a partitive "of" ("one of the pilots", "each of the owners").
    // "those surveyed", "those polled": a participle alone after "those" keeps it.
    while (start < l - 1 && toks[start].is(kDeterminer) && start != head &&
           !doc_.WordIs(start + 1, "of") &&
           !(start + 2 == l && doc_.WordIs(start, "those") &&
             EndsWith(doc_.TokenText(start + 1), "ed"))) {
      ++start;
    }
    // "the mayor's claim that ...": the owner is "mayor".
    std::string display_buffer;
    const std::string_view display = StripPossessive(TextView(start, l, &display_buffer));
    const LowerCased lower_head(doc_.TokenText(head));
    std::string_view lower = lower_head;
    uint32_t flags = toks[head].word_flags;
    if (toks[head].has(kPossessive)) {
      lower = StripPossessive(lower);
      flags = lexicon_.Flags(lower);
    }
    auto opener = [&](Word w) { return doc_.WordIs(f, w); };  // (f is a word)
    // "the force said": a police force, as British news calls it (no organization noun in
    // the lexicon: the word is as often a verb).
    if (l - start == 1 && opener("the") && lower == "force") flags |= kOrgNoun;
    described = !HasProperWord(start, l) || defined_term;
    if ((flags & kRole) && !(flags & kGroup)) {
      // "the chairman" is someone already met; "a chairman", "one longtime adviser" is not,
      // nor is "his friend", "her husband": a relation of someone else.
      // (Read here only: the other kinds of description do not ask.)
      const bool indefinite = opener("a") || opener("an") || opener("one") ||
                              opener("another") || opener("some") || opener("his") ||
                              opener("her") || opener("their") || opener("its") ||
                              opener("our") || opener("my") || opener("your");
      // The description's proper modifiers and rank words must be among the person's roles
      // and organizations: "the Harbor chairman" is not the Acme chairman, "the former
      // president" not the vice president; "the campaign chief" may be any campaign's.
      std::vector<std::string> words = {std::string(lower)};
      for (uint32_t r = start; r + 1 < l; ++r) {
        if (!toks[r].IsWord() || toks[r].is(kDeterminer)) continue;
        // (Compared as a view: std::string's == with a literal is a call to compare().)
        const LowerCased lowered(StripPossessive(doc_.TokenText(r)));
        const std::string_view w = lowered;
        if (toks[r].has(kCapitalized) || w == "former" || w == "vice" || w == "deputy" ||
            w == "assistant" || w == "acting" || w == "senior" || w == "prime") {
          words.emplace_back(w);
        }
      }
      // ("the union leader" is first the person given those very words, "Tom Lee, a union
      // leader", before any other who leads something: all the description's words, its
      // lower-case modifiers too, are looked for first.)
      std::vector<std::string> all_words = words;
      for (uint32_t r = start; r + 1 < l; ++r) {
        if (toks[r].IsWord() && toks[r].has(kLowerInitial) && !toks[r].is(kDeterminer) &&
            !toks[r].is(kStop)) {
          all_words.emplace_back(LowerCased(StripPossessive(doc_.TokenText(r))));
        }
      }
      const bool modified = all_words.size() > words.size();
      std::string known;  // a person's roles and organizations, lower case (one buffer)
      for (int pass = modified ? 0 : 1; pass < 2 && speaker < 0; ++pass) {
        for (auto r = recent_.rbegin(); r != recent_.rend() && speaker < 0 && !indefinite; ++r) {
          if (speakers_[*r].kind != SpeakerKind::kPerson) continue;
          known.clear();
          for (const std::string& role : speakers_[*r].roles) {
            known.append(RoleBeforeTitledPerson(role)).append(" ; ");
          }
          for (const std::string& org : speakers_[*r].organizations) {
            absl::StrAppend(&known, org, " ; ");
          }
          absl::AsciiStrToLower(&known);
          // ("Former Elm Gov. Ann Ray" is "the former governor", "Atty. Gen. Tom Lee" "the
          // attorney general": the nouns of abbreviated titles too.)
          if (known.find('.') != std::string::npos) {  // (most roles have no period)
            for (const auto& [abbreviation, noun] : kTitleAbbreviations) {
              if (abbreviation.back() == '.' && ContainsWord(known, abbreviation)) {
                known.append(noun).append(" ; ");
              }
            }
          }
          bool all = true;
          for (const std::string& w : pass == 0 ? all_words : words) {
            all = all && ContainsWord(known, w);
          }
          // "the Kesterton boss" for its manager, "the union leader" for the head of the union:
          // a word for whoever runs a body stands for any of its usual titles.
          if (!all && pass == 1 && (words[0] == "boss" || words[0] == "leader")) {
            bool rest = true;
            for (size_t i = 1; i < words.size(); ++i) rest = rest && ContainsWord(known, words[i]);
            bool runs = false;
            static constexpr std::string_view kHeads[] = {
                "manager",    "coach", "head",      "chief",  "director", "chairman",
                "chairwoman", "chair", "president", "leader", "boss"};
            for (const std::string_view title : kHeads) {
              runs = runs || ContainsWord(known, title);
            }
            all = rest && runs;
          }
          if (all) speaker = *r;
        }
      }
      // "the CFO" for the person whose role is "chief financial officer".
      if (speaker < 0 && !indefinite && words.size() == 1 && IsAcronym(doc_.TokenText(head))) {
        speaker = RoleAcronymHolder(doc_.TokenText(head));
      }
      // "Sen. Ann Ray spoke first. The senator said ...": a person named after that title,
      // though not (yet) a speaker; "the 67-year-old senator" too, or the person given
      // that age ("Ann Ray, 67, ...").
      const bool aged = l - start == 2 && toks[start].has(kHasDigit) && Epithet(start);
      if (speaker < 0 && !indefinite && words.size() == 1 && (l - start == 1 || aged) &&
          opener("the")) {
        speaker = TitledPerson(lower, f);
        if (speaker < 0 && aged) speaker = AgedPerson(start);
      }
      // "The 41-year-old former engineer said": an age before a description nobody was
      // given stands for the person last met, as the age alone does ("the 41-year-old").
      if (speaker < 0 && !indefinite && described && opener("the") && start == f + 1 &&
          toks[start].has(kHasDigit) && Epithet(start)) {
        speaker = EpithetPerson(start);
      }
      // "His daughter, Ida Moss, said ... 'A,' his daughter said.": a relation after a
      // possessive pronoun is the person named after the same two words earlier.
      if (speaker < 0 && l - start == 1 && start == f + 1 &&
          (opener("his") || opener("her") || opener("their"))) {
        speaker = RelationNamedBefore(f, lower);
      }
      // "A Labour spokesman said ... The spokesman added": the person described last by a
      // phrase with that head noun (never named).
      if (speaker < 0 && !indefinite && l - start == 1 && opener("the")) {
        speaker = DescribedByHead(lower);
      }
      refers_back = speaker >= 0;
      if (speaker < 0) {
        speaker = FindOrCreate(display, SpeakerKind::kPerson);
        NoteSex(speaker, flags);  // "the spokeswoman", "her husband"
        // "an aide to Ann Ray" is no "Ray", "a Lee supporter" no "Lee": a later surname must
        // not find the description.
        states_[speaker].first_token = {};
        states_[speaker].last_token = {};
        // A spokesperson speaks for a body or a person: any name after "for" that names no
        // person is the body ("a spokeswoman for Acme Ferries"), and so is a name before the
        // noun ("an Acme spokesman").
        const bool speaks_for = kSpokespersonNouns.Has(doc_.word_ids[head]);
        if (complement < l) {
          AddRole(speaker, std::string(doc_.TokenText(head)));
          // "a spokesman for Haier Group": the organization they speak for. "The chief
          // executive of Stridely": the body its head's office is of, as in an appositive
          // ("Ann Ray, the chief executive of Stridely"); not a place ("the president of
          // France").
          if (!kOutsiderNouns.Has(doc_.word_ids[head])) {
            const bool office =
                kBodyHeadNouns.Has(doc_.word_ids[head]) && doc_.WordIs(complement, "of");
            AddComplementOrganization(speaker, complement, l, speaks_for, office);
          }
        } else if (speaks_for && head > start && toks[head - 1].has(kCapitalized) &&
                   !toks[head - 1].has(kPossessive)) {
          uint32_t org_first = head - 1;
          while (org_first > start &&
                 ((toks[org_first - 1].has(kCapitalized) && !toks[org_first - 1].is(kDeterminer)) ||
                  (org_first - 1 > start && JoinsBodyName(org_first - 1) &&
                   toks[org_first - 2].has(kCapitalized)))) {
            --org_first;
          }
          if (!NamesPerson(org_first, head)) {
            AddOrganization(speaker, CanonicalOrganization(org_first, head), false);
          }
        } else if ((speaks_for || kBodyHeadNouns.Has(doc_.word_ids[head])) && start == f &&
                   head > start && toks[start].has(kCapitalized)) {
          // "Stridely's chief executive said", "Elm Ferries' spokesman said": a name in the
          // possessive that names no person nor place owns the office (as in an appositive).
          uint32_t owner = start;
          while (owner + 1 < head && owner < start + 4 && toks[owner].IsWord() &&
                 toks[owner].has(kCapitalized) && !toks[owner].has(kPossessive)) {
            ++owner;
          }
          bool lower_between = true;
          for (uint32_t t = owner + 1; t < head; ++t) {
            lower_between = lower_between && toks[t].has(kLowerInitial);
          }
          if (toks[owner].has(kPossessive) && toks[owner].has(kCapitalized) && lower_between &&
              !IsNamePossessive(LowerCased(doc_.TokenText(owner)).view()) &&
              !(owner == start && TitledElsewhere(owner))) {
            std::string org = ProfileOrganization(start, owner + 1, head);
            if (!org.empty() && !lexicon_.IsPlace(org)) AddOrganization(speaker, org, false);
          }
        } else if (head > start && start == f + 1 && opener("the") &&
                   toks[start].has(kPossessive) && toks[start].has(kLowerInitial)) {
          // "the company's operations manager": the body "the company" refers to.
          AddOrganization(speaker, BodyOwningRole(start), false);
        } else if (speaks_for && head == start && f < start && toks[f].is(kDeterminer) &&
                   !toks[f].is(kPronoun)) {
          // "Elm Holdings declined to comment. A spokesperson said": a spokesperson of no
          // one named speaks for the body that spoke last, in the sentence or the one before.
          AddOrganization(speaker, BodyThatSpokeLast(speaker, f), false);
        } else if ((speaks_for || LowerIsOneOf(lower, {"official", "executive", "insider"})) &&
                   head == start + 1 && toks[start].has(kLowerInitial) &&
                   toks[start].is(kOrgNoun) && f < start && toks[f].is(kDeterminer)) {
          // "a company spokesperson", "a ministry official": the body "the company" would be.
          AddOrganization(speaker, BodyOfModifyingNoun(start, f), false);
        } else if (f + 1 == start && doc_.WordIs(f, "its")) {
          // "Its director said", "..., its chief executive said": the body "its" is.
          AddOrganization(speaker, BodyOwningRole(f), false);
        } else if (head > start && HasProperWord(start, head)) {
          // "A Harbor Department official said", "a senior Elm Ministry official", "the Lee
          // campaign manager": a name before the role is its body, as in an appositive.
          AddOrganization(speaker, BodyModifyingRole(start, head), false);
        }
      }
    } else if ((flags & kGroup) || (lower.size() > 1 && lower.back() == 's' &&
                                    !toks[head].has(kPossessive) && !(flags & kDocument) &&
                                    !(flags & kOrgNoun))) {
      // "the people said", "the pilots said": the group met last whose name has that noun
      // before any complement ("people familiar with the matter", "Pilots at Acme"; not
      // "Lawyers for the victims" for "the victims"), else a group of its own.
      if (l - start == 1 && opener("the")) {
        for (auto r = recent_.rbegin(); r != recent_.rend() && speaker < 0; ++r) {
          if (speakers_[*r].kind == SpeakerKind::kGroup &&
              ContainsWord(GroupHead(speakers_[*r].name), lower)) {
            speaker = *r;
          }
        }
        refers_back = speaker >= 0;
      }
      if (speaker < 0) {
        speaker = FindOrCreate(display, SpeakerKind::kGroup);
        // "Analysts at Elm Bank", "scientists from the University of Elm": where they work.
        // The staff or members of (at, with, from) a name of two words or more that is no
        // person's or place's work for a body: "Members of Harbor Watch", "campaigners from
        // Elm Watch", "workers at Oakport Power"; not "workers at Elm Point".
        static constexpr WordSet kStaff = {"members",   "employees",  "workers",
                                           "staff",     "staffers",   "executives",
                                           "officials", "volunteers", "campaigners",
                                           "activists"};
        if (complement < l && !refers_back && !kOutsiderNouns.Has(doc_.word_ids[head])) {
          const bool staff =
              kStaff.Has(doc_.word_ids[head]) && l >= complement + 3 &&
              (doc_.WordIs(complement, "of") || doc_.WordIs(complement, "at") ||
               doc_.WordIs(complement, "with") || doc_.WordIs(complement, "from")) &&
              !kPlaceEnds.Has(doc_.word_ids[l - 1]) && !lexicon_.IsPlace(Text(complement + 1, l));
          AddComplementOrganization(speaker, complement, l, /*speaks_for=*/staff,
                                    /*office=*/false);
        }
      }
    } else if (flags & kDocument) {
      speaker = FindOrCreate(display, SpeakerKind::kDocument);
      // Its organization: the body whose possessive opens it ("Acme's annual report") or,
      // for "the study", the author named after the same noun earlier ("a study published
      // on Monday by the Elm Institute ... The study found"). The speaker stays the document.
      if (speakers_[speaker].organizations.empty()) {
        const std::string author = DocumentAuthor(start, head, f);
        if (!author.empty()) AddOrganization(speaker, author, false);
      }
    } else if (flags & kOrgNoun) {
      // "The company said", "the board said": the body named earlier in the article is its
      // organization (the mention stays its name). Where the article has moved on to
      // another body of that noun, "the company" is another speaker.
      const bool bare_noun = described && l - start == 1 && opener("the");
      // ("Elmtel will cut jobs, the telecoms group said": a noun with its trade's modifier
      // in lower case, too; or a people's word, "the Danish drugmaker".)
      // (A people's word is the phrase's only capitalized one: it was not `described`.)
      const bool modified_noun =
          l - start == 2 && head == start + 1 && opener("the") && toks[start].IsWord() &&
          ((described && toks[start].has(kLowerInitial) && !toks[start].is(kStop)) ||
           (toks[start].has(kCapitalized) && Demonym(doc_.TokenText(start))));
      std::string body = bare_noun || modified_noun ? BodyOpeningTheClause(f) : "";
      // ("Shares in Elmstream fell after the streaming company warned")
      if (body.empty() && (bare_noun || modified_noun) &&
          (kTradeNouns.Has(NounIdOf(doc_, head)) || doc_.WordIs(head, "company") ||
           doc_.WordIs(head, "firm") || doc_.WordIs(head, "group"))) {
        body = BodyWhoseSharesOpenTheSentence(f);
      }
      if (body.empty() && bare_noun) body = BodyDescribedAs(head, f);
      if (body.empty() && bare_noun) body = BodyReferredTo(head, f);
      if (body.empty() && bare_noun) body = LastBodyNamedWithoutNoun(head, f);
      if (body.empty() && bare_noun) body = PossessiveBodyBefore(head, f);
      // ("The Elm Liberties Union brought the case. The group had argued": a body of any
      // name that spoke or opened a sentence here or in the sentence before, as "its" is.)
      if (body.empty() && bare_noun && doc_.WordIs(head, "group")) body = BodyOwningRole(head);
      // "the weather service" after "the Elm Weather Service": a noun with its modifier in
      // lower case is the body named before whose name ends in both words. ("Shares of Elmco
      // Inc fell after the appliance maker said": a trade's noun, whose modifier tells the
      // trade, is the business named in its sentence, whatever its name.)
      if (body.empty() && modified_noun) {
        std::string named = BodyReferredTo(head, f);
        std::string lower, tail;
        AsciiLowerInto(Text(start, head + 1), &tail);  // "weather service"
        AsciiLowerInto(named, &lower);
        if ((lower.size() > tail.size() && lower.ends_with(tail) &&
             lower[lower.size() - tail.size() - 1] == ' ') ||
            kTradeNouns.Has(NounIdOf(doc_, head))) {
          body = std::move(named);
        }
      }
      speaker = FindOrCreate(display, SpeakerKind::kOrganization);
      if (!body.empty() && !speakers_[speaker].organizations.empty() &&
          speakers_[speaker].organizations[0] != body) {
        speaker = FindOrCreate(display, SpeakerKind::kOrganization, body);
      }
      if (!body.empty() && speakers_[speaker].organizations.empty()) {
        AddOrganization(speaker, body, false);
      }
    } else {
      speaker = FindOrCreate(display, SpeakerKind::kUnknown);
    }
  }
  // "In a statement issued by the Elm Council, officials said": people only described
  // speak for the body that issued the document the sentence opens with.
  if (speaker >= 0 && described && !refers_back && speakers_[speaker].organizations.empty() &&
      speakers_[speaker].kind != SpeakerKind::kDocument) {
    const std::string author = OpeningDocumentAuthor(m.first);
    if (!author.empty()) AddOrganization(speaker, author, false);
  }
  if (speaker >= 0 && body_last > body_first && speakers_[speaker].kind == SpeakerKind::kPerson) {
    AddOrganization(speaker, CanonicalOrganization(body_first, body_last), false);
  }
  if (speaker >= 0 && m.appositive_last > m.appositive_first) {
    ParseAppositive(m.appositive_first, m.appositive_last, speaker);
  }
  if (speaker >= 0) {
    if (!refers_back) (described ? states_[speaker].described : states_[speaker].named) = true;
    if (!refers_back && described && (doc_.WordIs(f, "a") || doc_.WordIs(f, "an")) &&
        states_[speaker].indefinite_mention == UINT32_MAX) {
      states_[speaker].indefinite_mention = f;
    }
    states_[speaker].last_mention = std::max(states_[speaker].last_mention, m.first);
    Refer(speaker, m.first);
  }
  return speaker;
}

}  // namespace policy::extract_internal
