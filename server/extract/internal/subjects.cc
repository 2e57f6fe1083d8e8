// Who speaks at a cue: the subject before it (FindSubject, ClauseSubject), the name after it
// (NameAfter), and the tests of a noun phrase that may name a speaker (ValidSubject).
#include "server/extract/internal/pass.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace policy::extract_internal::attribution_internal {
namespace {

constexpr uint32_t kMaxSubjectTokens = 40;
constexpr uint32_t kMaxNearestSubject = 128;  // tokens ClauseSubject reads back for a subject
// Participles of how a document reached the writer or its readers ("Emails released to this
// newspaper", "Letters sent to tenants"): the document stays the subject.
constexpr WordSet kDisclosed = {
    "released", "obtained", "sent", "leaked", "published", "filed", "submitted", "seen",
    "shared", "provided", "disclosed", "posted", "circulated", "given", "shown", "handed",
    "delivered", "issued", "forwarded", "passed", "reviewed", "viewed", "examined", "made"};

bool AllDigits(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A number and a unit joined by a hyphen, "six-day", "28-stop" (not an age, "43-year-old",
// nor a fraction, "two-thirds", "three-quarters", "one-half", "nine-tenths").
bool MeasureCompound(std::string_view word) {
  const size_t dash = word.find('-');
  if (dash == std::string_view::npos || dash == 0 || word.ends_with("-old")) return false;
  std::string_view unit = word.substr(dash + 1);
  if (unit.ends_with('s')) unit.remove_suffix(1);
  static constexpr std::string_view kFractions[] = {
      "half",  "halve",   "third",  "quarter", "fourth", "fifth",
      "sixth", "seventh", "eighth", "ninth",   "tenth"};
  if (std::find(std::begin(kFractions), std::end(kFractions), unit) != std::end(kFractions)) {
    return false;
  }
  const std::string_view number = word.substr(0, dash);
  static constexpr std::string_view kNumbers[] = {"one", "two",   "three", "four", "five",
                                                  "six", "seven", "eight", "nine", "ten"};
  return AllDigits(number) ||
         std::find(std::begin(kNumbers), std::end(kNumbers), number) != std::end(kNumbers);
}

// A label's number: digits, maybe parted by ':' or '.' ("33", "45:1", "5.2").
bool LabelNumber(std::string_view word) {
  return !word.empty() && word.front() >= '0' && word.front() <= '9' &&
         std::all_of(word.begin(), word.end(),
                     [](char c) { return (c >= '0' && c <= '9') || c == ':' || c == '.'; });
}

// "1970", "1970s", "70s" (not "12": "all 12 said").
bool YearOrDecade(std::string_view word) {
  const bool decade = word.ends_with('s');
  if (decade) word.remove_suffix(1);
  if (word.size() != 4 && !(decade && word.size() == 2)) return false;
  return AllDigits(word);
}

}  // namespace

uint32_t Pass::SourceProfileEnd(uint32_t first, uint32_t end) {
  if (first + 1 >= end || !AppositiveStarter(first)) return 0;
  // The words after the profile's comma must open the clause: not "who", "which", a
  // participle or an auxiliary ("According to Lee, the mayor, facing a recall, will resign":
  // "the mayor" is the clause's subject).
  auto clause_follows = [&](uint32_t comma) {
    if (comma + 1 >= end) return false;
    const Token& next = toks_[comma + 1];
    if (!next.IsWord()) return false;
    if (next.has(kCapitalized) || next.has(kHasDigit)) return true;
    const std::string_view w = doc_.TokenText(comma + 1);
    return !next.is(kStop) && !next.is(kPreverb) && !w.ends_with("ing") && !w.ends_with("ed");
  };
  if (toks_[first].has(kHasDigit)) {
    // An age, alone or before the rest of the profile: "45," "45, a teacher,".
    const std::string_view age = doc_.TokenText(first);
    const bool number = age.size() <= 3 && std::all_of(age.begin(), age.end(), [](char c) {
                          return c >= '0' && c <= '9';
                        });
    if (!number || !toks_[first + 1].IsPunct(',')) return 0;
    // (No second age: the profile after an age starts with a word.)
    const uint32_t rest = toks_[first + 2 < end ? first + 2 : first].has(kHasDigit)
                              ? 0
                              : SourceProfileEnd(first + 2, end);
    if (rest > 0) return rest;
    return clause_follows(first + 1) ? first + 1 : 0;
  }
  // "According to Ann Ray, who runs the shelter, ...", "the agency, which tracks rents,":
  // a relative clause on the source is its profile too.
  const bool relative =
      toks_[first].has(kLowerInitial) && (LowerIs(first, "who") || LowerIs(first, "which"));
  bool person = relative;
  for (uint32_t t = first; t < end && t < first + 25; ++t) {
    const Token& tok = toks_[t];
    if (tok.IsQuote() || in_quote_[t] >= 0) return 0;
    if (tok.IsPunct(',')) return person && clause_follows(t) ? t : 0;
    if (!tok.IsWord()) continue;
    // The head noun comes early: "a senior researcher at", "the port's deputy director".
    if (t < first + 5 && (tok.is(kRole) || tok.is(kMembership)) && !tok.is(kDeterminer)) {
      person = true;
    }
    // "the minister said on Monday, ...": a clause, not a profile.
    // (A noun that is also a cue is no verb: "the official in charge". Nor is a relative
    // clause's own verb: "According to the minister, who spoke in Abuja, ...".)
    if (tok.is(kCueStart) && tok.has(kLowerInitial) && !tok.is(kRole) && !tok.is(kNounCue) &&
        !(t > first && toks_[t - 1].is(kDeterminer)) && !relative) {
      return 0;
    }
  }
  return 0;
}

uint32_t Pass::PlacePhraseAtEnd(uint32_t first, uint32_t last) const {
  if (last < first + 4) return kNone;
  for (uint32_t p = last - 2; p > first + 1 && p + 5 > last; --p) {
    if (!toks_[p].IsWord()) return kNone;
    if (!toks_[p].has(kLowerInitial) ||
        !(LowerIs(p, "in") || LowerIs(p, "at") || LowerIs(p, "from"))) {
      continue;
    }
    for (uint32_t t = p + 1; t < last; ++t) {
      if (!toks_[t].IsWord() || toks_[t].is(kPronoun) || toks_[t].is(kPreverb)) return kNone;
    }
    return p;
  }
  return kNone;
}

Mention Pass::NameOfFormula(uint32_t start, uint32_t comma) const {
  uint32_t end = comma;
  // ("Kak Yah, 52,": an age after the name.)
  if (end >= start + 4 && toks_[end - 1].has(kHasDigit) && toks_[end - 2].IsPunct(',')) end -= 2;
  uint32_t first = end;
  while (first > start + 2 && first + 3 > end && toks_[first - 1].IsWord() &&
         toks_[first - 1].has(kCapitalized)) {
    --first;
  }
  if (first == end || first < start + 3) return {};
  uint32_t k = first - 1;
  bool formula = false;
  if (LowerIs(k, "as")) {
    // "known only as", "his name simply as", "identified as".
    uint32_t v = k - 1;
    while (v > start && (LowerIs(v, "only") || LowerIs(v, "simply") || LowerIs(v, "just"))) --v;
    formula = LowerIs(v, "known") || LowerIs(v, "identified") || LowerIs(v, "name");
  } else if (toks_[k].IsPunct(',')) {
    // "only her first name, Sandra,".
    formula = LowerIs(k - 1, "name") &&
              (LowerIs(k - 2, "first") || LowerIs(k - 2, "last") || LowerIs(k - 2, "given") ||
               LowerIs(k - 2, "his") || LowerIs(k - 2, "her"));
  }
  if (!formula) return {};
  return {first, end, 0, 0};
}

bool Pass::AppositiveStarter(uint32_t t) {
  if (t >= n_) return false;
  const Token& tok = toks_[t];
  if (!tok.IsWord()) return false;
  if (tok.has(kHasDigit)) return true;  // age: "Smith, 45, said"
  const std::string_view w = Lower(t);
  // "Ray, who's running for mayor, said": the contracted pronoun too.
  if (w.size() > 4 && w[0] == 'w' && w[1] == 'h' && w[2] == 'o' &&
      (w[3] == '\'' || w.substr(3).starts_with("\xE2\x80\x99"))) {
    return true;
  }
  if (LowerIs(t, "a") || LowerIs(t, "an") || LowerIs(t, "the") || LowerIs(t, "who") ||
      LowerIs(t, "whose") || LowerIs(t, "his") || LowerIs(t, "her") || LowerIs(t, "their") ||
      LowerIs(t, "its") || LowerIs(t, "one") || LowerIs(t, "both") || LowerIs(t, "himself") ||
      LowerIs(t, "herself") || LowerIs(t, "also") || LowerIs(t, "then") || LowerIs(t, "now") ||
      LowerIs(t, "formerly") || LowerIs(t, "whom") || LowerIs(t, "which") || LowerIs(t, "in") ||
      LowerIs(t, "where") ||
      LowerIs(t, "like") || LowerIs(t, "another") || LowerIs(t, "itself")) {
    return true;
  }
  // "Ray, after a long meeting, said", "Lee, during a visit to the port, told": an
  // interjected prepositional phrase.
  if (tok.has(kLowerInitial) && tok.is(kStop) &&
      (LowerIs(t, "after") || LowerIs(t, "before") || LowerIs(t, "during") || LowerIs(t, "at") ||
       LowerIs(t, "on") || LowerIs(t, "through") || LowerIs(t, "despite") || LowerIs(t, "unlike") ||
       LowerIs(t, "under") || LowerIs(t, "with"))) {
    return true;
  }
  // ("Lee, while speaking in Elm, said", "Ray, while in Ohio, said": "while" before a
  // participle or a preposition; not the clause of a subject, ", while Ben Hart cautioned".)
  if (LowerIs(t, "while") && t + 1 < n_ && toks_[t + 1].IsWord() &&
      toks_[t + 1].has(kLowerInitial) && (toks_[t + 1].is(kStop) || EndsWith(t + 1, "ing"))) {
    return true;
  }
  // "Tom Lee, of the Harbor Trust, said", "Ann Ray, from the Elm Institute, said": after a
  // name or a noun that can speak (not "The fare rose, from $2 to $3, said Ray").
  if ((LowerIs(t, "of") || LowerIs(t, "from")) && t >= 2 && toks_[t - 2].IsWord() &&
      (toks_[t - 2].has(kCapitalized) || toks_[t - 2].is(kGroup) || toks_[t - 2].is(kRole) ||
       toks_[t - 2].is(kDocument) || toks_[t - 2].is(kOrgNoun))) {
    return true;
  }
  // "Ann Ray, once a supporter, said", "long a critic", "still a member": a former or lasting
  // role.
  if ((LowerIs(t, "once") || LowerIs(t, "long") || LowerIs(t, "still")) && t + 1 < n_ &&
      toks_[t + 1].is(kDeterminer)) {
    return true;
  }
  if (tok.is(kRole) || tok.is(kTitle)) return true;
  // "Ray, along with Lee, said", "Ray, together with Lee, said": a companion, after a
  // name or a noun for people (not "The ferry sailed, along with the barge, said Ray").
  if ((LowerIs(t, "along") || LowerIs(t, "together")) && t >= 2 && t + 1 < n_ &&
      LowerIs(t + 1, "with") && toks_[t - 2].IsWord() &&
      (toks_[t - 2].has(kCapitalized) || toks_[t - 2].is(kGroup) || toks_[t - 2].is(kRole))) {
    return true;
  }
  if (std::string_view(w).ends_with("ing")) return true;  // "Smith, speaking at ..., said"
  // "Lee, later alleging that ..., said": an adverb of time before a participle.
  if (PreverbAdverb(t) && t + 1 < n_ && toks_[t + 1].IsWord() && EndsWith(t + 1, "ing")) {
    return true;
  }
  // "The guideline, jointly released by ..., stressed": an adverb before a participle.
  if (tok.has(kLowerInitial) && w.size() > 4 && w.ends_with("ly") && t + 1 < n_ &&
      toks_[t + 1].IsWord() && !doc_.TokenText(t + 1).ends_with("ly")) {
    return AppositiveStarter(t + 1);  // (at most one level deep: the next word is no -ly)
  }
  // "Ann Ray, Finance Minister, said", "Tom Lee, Acme CEO, said", "Ann Ray, Elm Bank chief
  // executive, said": after a name, capitalized words and a role or title that ends before
  // the comma (not "Ann Ray, Tom Lee, said", a list of names).
  if (tok.has(kCapitalized) && !tok.is(kDeterminer) && t >= 2 && toks_[t - 2].IsWord() &&
      toks_[t - 2].has(kCapitalized)) {
    bool lower = false;
    for (uint32_t k = t + 1; k < n_ && k < t + 6; ++k) {
      if (toks_[k].IsPunct(',')) {
        if (k > t + 1 && (toks_[k - 1].is(kRole) || toks_[k - 1].is(kTitle)) &&
            !toks_[k - 1].is(kOrgNoun) && !toks_[k - 1].is(kOrgUnit)) {
          return true;
        }
        break;
      }
      if (!toks_[k].IsWord() || toks_[k].has(kPossessive) || toks_[k].is(kStop)) break;
      if (toks_[k].has(kLowerInitial)) {
        lower = true;
      } else if (lower) {
        break;
      }
    }
  }
  // "Ann Ray, Lee's campaign manager, said", "Ann Ray, Bay of Plenty Trust's curator, said":
  // another name's possessive opens a profile.
  if (tok.has(kCapitalized)) {
    for (uint32_t k = t; k < n_ && k < t + 5 && toks_[k].IsWord(); ++k) {
      if (toks_[k].has(kPossessive) && toks_[k].has(kCapitalized)) return true;
      if (!toks_[k].has(kCapitalized) && !LowerIs(k, "of") && !LowerIs(k, "and")) break;
    }
  }
  // "The aides, led by ..., told", "Ray, elected in 2010, said", "The study, published
  // Wednesday, found": a reduced relative clause (before a time, only after a name or a
  // noun that can speak: "The pier closed, reopened Tuesday, said Ray" is a clause; also
  // "late" or "early" before the time, "The advisory, issued late on Monday, states").
  const Token& noun = toks_[t >= 2 ? t - 2 : t];
  const bool speaker_noun = t >= 2 && noun.IsWord() && !noun.is(kStop) &&
                            (noun.has(kCapitalized) || noun.is(kDocument) ||
                             noun.is(kGroup) || noun.is(kRole) || noun.is(kOrgNoun));
  const uint32_t after = t + 2 < n_ && (LowerIs(t + 1, "late") || LowerIs(t + 1, "early")) &&
                                 speaker_noun
                             ? t + 2
                             : t + 1;
  if (tok.has(kLowerInitial) && after < n_ && toks_[after].IsWord() &&
      (toks_[after].is(kStop) || (toks_[after].is(kTime) && speaker_noun)) &&
      !LowerIs(after, "that") &&
      (std::string_view(w).ends_with("ed") || LowerIs(t, "led") || LowerIs(t, "known") ||
       LowerIs(t, "born") || LowerIs(t, "chosen") || LowerIs(t, "seen") || LowerIs(t, "given") ||
       LowerIs(t, "taken") || LowerIs(t, "sworn") || LowerIs(t, "struck") || LowerIs(t, "shaken") ||
       LowerIs(t, "caught") || LowerIs(t, "driven") || LowerIs(t, "held") ||
       LowerIs(t, "brought") || LowerIs(t, "kept") || LowerIs(t, "sent") || LowerIs(t, "stung") ||
       LowerIs(t, "torn") || LowerIs(t, "clad") || LowerIs(t, "beaten") || LowerIs(t, "hit") ||
       LowerIs(t, "bound") || LowerIs(t, "worn") || LowerIs(t, "shown") || LowerIs(t, "thrown") ||
       LowerIs(t, "hidden") || LowerIs(t, "stricken") || LowerIs(t, "written") ||
       LowerIs(t, "drawn") || LowerIs(t, "made") || LowerIs(t, "built") || LowerIs(t, "found") ||
       LowerIs(t, "won") || LowerIs(t, "run"))) {
    return true;
  }
  // "The report, titled "Harbor Futures," concludes", "A group, called Harbor Watch,
  // said": a participle that names the noun, then the name or title.
  if (tok.has(kLowerInitial) && t + 1 < n_ &&
      (toks_[t + 1].IsQuote() || (toks_[t + 1].IsWord() && toks_[t + 1].has(kCapitalized))) &&
      (LowerIs(t, "titled") || LowerIs(t, "entitled") || LowerIs(t, "named") ||
       LowerIs(t, "called") || LowerIs(t, "dubbed") || LowerIs(t, "nicknamed") ||
       LowerIs(t, "headlined") || LowerIs(t, "labeled"))) {
    return true;
  }
  // "Ray, exasperated, said", "Ray, visibly shaken, said" (the adverb above): a participle
  // alone between commas.
  if (tok.has(kLowerInitial) && w.size() > 4 && w.ends_with("ed") && t + 1 < n_ &&
      toks_[t + 1].IsPunct(',')) {
    return true;
  }
  // "Ann Ray, senior adviser to ...", "Li, communications director for ...": a bare role
  // with one or two modifiers. (After an owner, "Lee's campaign manager", see above.)
  for (uint32_t k = t; k < t + 3 && k + 1 < n_; ++k) {
    const Token& m = toks_[k];
    if (!m.IsWord() || !m.has(kLowerInitial) || m.is(kStop) || m.is(kPreverb) ||
        m.is(kCueStart) || m.is(kPronoun)) {
      break;
    }
    if (toks_[k + 1].IsWord() && toks_[k + 1].has(kLowerInitial) && toks_[k + 1].is(kRole)) {
      return true;
    }
  }
  return false;
}

// Label words name a section ("Watch:", "Update:"); one after a name is part of it
// ("Harbor Watch", "Coastal Rights Watch").
bool Pass::LabelOnly(uint32_t first, uint32_t last) const {
  for (uint32_t t = first; t < last; ++t) {
    const Token& tok = toks_[t];
    if (tok.IsWord() && tok.has(kCapitalized) && !tok.is(kLabel) && !tok.is(kDeterminer)) {
      return false;
    }
  }
  return true;
}

bool Pass::ValidSubject(uint32_t first, uint32_t last) {
  while (first < last && toks_[first].IsQuote()) ++first;
  // "Rep. Ann Ray (D-Ore.)": the parenthesis is not part of the test.
  if (last > first + 2 && toks_[last - 1].IsPunct(')')) {
    uint32_t open = last - 1;
    while (open > first && !toks_[open].IsPunct('(')) --open;
    if (open > first && toks_[open].IsPunct('(')) last = open;
  }
  if (first >= last) return false;
  // (Tested before the words are: callers try ranges that shrink word by word.)
  if (last - first > kMaxSubjectTokens) return false;
  // (Longer with a complement, or with a list of names: "Republican presidential hopefuls
  // Ann Ray and Tom Lee".)
  if (last - first > 7 && last - first > 7u + 4u * PrepositionCount(first, last) &&
      !NamesJoined(first, last) && !GroupsJoined(first, last) &&
      !RoleThenTitledName(first, last)) {
    return false;
  }
  {
    // "In October, ...": a capitalized preposition opens an adverbial, not a name ("But
    // Ann Ray" is still Ann Ray). "Having announced ...", "However, ...": an adverb or
    // auxiliary alone at the start of a sentence is not one either ("Will" elsewhere is).
    // (The word itself is read last, only for an opener its classes would refuse: most
    // openers are names or lower-case words. Those classes in one test, & rather than &&:
    // whether the opener is capitalized varies, while few openers pass the whole test.)
    const Token& opener = toks_[first];
    const bool capitalized_function_word =
        opener.IsWord() & opener.has(kCapitalized) & opener.is(kStop | kPreverb) &
        !opener.is(kDeterminer | kPronoun);
    if (capitalized_function_word &&
        ((opener.is(kStop) && !opener.is(kPreverb)) ||
         (opener.is(kPreverb) && last - first == 1 && first == SentenceFirst(first)))) {
      const bool conjunction = LowerIs(first, "but") || LowerIs(first, "and") ||
                               LowerIs(first, "or") || LowerIs(first, "so") ||
                               LowerIs(first, "yet");
      if (!conjunction) return false;
    }
  }
  // "Holding signs calling Lee a loser, ...": a participle opening the sentence, before a
  // word in lower case, opens a phrase of the subject's act, no name. (Not a participle
  // modifying a noun for people or a body, "Consulting firms", "Striking workers"; nor
  // "Right-wing".)
  if (first + 1 < last && toks_[first].IsWord() && toks_[first].has(kCapitalized) &&
      toks_[first + 1].IsWord() && toks_[first + 1].has(kLowerInitial) &&
      EndsWith(first, "ing") && toks_[first].end - toks_[first].begin > 5 &&
      first == SentenceFirst(first) &&
      doc_.TokenText(first).find('-') == std::string_view::npos) {
    const Token& noun = toks_[last - 1];
    bool lower = true;  // (not "Trailing rivals Ann Ray and Tom Lee": names)
    for (uint32_t t = first + 1; t < last && lower; ++t) lower = !toks_[t].has(kCapitalized);
    if (lower && !noun.is(kRole) && !noun.is(kGroup) && !noun.is(kOrgNoun) &&
        !noun.is(kOrgUnit) && !noun.is(kDocument) && !PeopleNoun(last - 1)) {
      return false;
    }
  }
  // "Outside the campaign, ...", "Inside the hall, ...": a preposition that is no stop word
  // (it may be an adjective, "outside groups") opening the sentence before a determiner
  // opens an adverbial, no name.
  // ("Outside court, the hospice's chair, Ann Ray, said": or before a singular noun and the
  // comma; not "Outside experts, ...", "Outside groups".)
  if (first + 1 < last && toks_[first].has(kCapitalized) && first == SentenceFirst(first) &&
      toks_[first + 1].IsWord() &&
      (toks_[first + 1].is(kDeterminer) ||
       (last == first + 2 && last < n_ && toks_[last].IsPunct(',') &&
        toks_[first + 1].has(kLowerInitial) && !EndsWith(first + 1, "s") &&
        !toks_[first + 1].is(kGroup | kRole)))) {
    static constexpr WordSet kPlacePrepositions = {
        "outside", "inside", "beyond", "throughout", "behind", "beneath", "alongside",
        "besides", "around", "along", "near", "across"};
    if (kPlacePrepositions.Has(word_ids_[first])) return false;
  }
  // "..., including lines operated by private firms": a list's continuation, no subject.
  // (The words first, in one test: whether the opener is in lower case varies.)
  if ((LowerIs(first, "including") | LowerIs(first, "excluding")) &&
      toks_[first].has(kLowerInitial)) {
    return false;
  }
  for (uint32_t t = first; t < last; ++t) {
    const Token& tok = toks_[t];
    if (!tok.IsWord()) {
      if (tok.IsPunct('-') || tok.IsPunct('.')) continue;
      if (tok.IsPunct(',') && CommaInBodyNameList(doc_, t, last)) continue;
      if (tok.IsPunct('/') && t > first && t + 1 < last && toks_[t - 1].has(kCapitalized) &&
          toks_[t + 1].has(kCapitalized)) {
        continue;  // "Post/Elm News"
      }
      return false;
    }
    if (tok.is(kStop) && tok.has(kLowerInitial)) {
      // ("Residents not on the list": the "not" of a complement.)
      if (t > first && t + 1 < last && LowerIs(t, "not") && ComplementPreposition(t + 1)) {
        continue;
      }
      // ("A poll by Elm Research suggested": a document's author after "by".)
      if (!LowerIs(t, "of") && !LowerIs(t, "and") && !LowerIs(t, "for") && !LowerIs(t, "at") &&
          !(t > first && (ComplementPreposition(t) || TitleComplementTo(t, last) ||
                          OnInsideBodyName(t) || InAfterBodyName(t) || ThoseWhere(t) ||
                          (LowerIs(t, "by") && toks_[t - 1].is(kDocument))))) {
        return false;
      }
    }
    if (tok.is(kPreverb) && tok.has(kLowerInitial) && !tok.is(kDeterminer)) return false;
  }
  // The head noun: before a complement ("the director of the agency", "people familiar with
  // the talks"), else the last word.
  uint32_t head_index = last - 1;
  for (uint32_t t = first + 1; t + 1 < last; ++t) {
    const int head = ComplementHead(doc_, t);
    if (head < 0) continue;
    head_index = static_cast<uint32_t>(head);
    break;
  }
  if (head_index < first) return false;
  // "Article 33 states that", "Isaiah 45:1 reads": a number that labels the capitalized noun
  // before it; the noun is the head. (Not a year: "Elm 2020 said" is no phrase.)
  // (Nor a date, "Aug 31", "May 5": a month's short form has three letters; nor a number's
  // compound, "4-Word".)
  if (head_index == last - 1 && head_index > first && toks_[head_index].has(kHasDigit) &&
      LabelNumber(doc_.TokenText(head_index)) &&
      (!YearOrDecade(doc_.TokenText(head_index)) || NumberedBody(doc_, head_index - 1)) &&
      toks_[head_index - 1].IsWord() && toks_[head_index - 1].has(kCapitalized) &&
      toks_[head_index - 1].end - toks_[head_index - 1].begin > 3 &&
      !toks_[head_index - 1].is(kStop) && !toks_[head_index - 1].is(kDeterminer) &&
      !toks_[head_index - 1].is(kTime)) {
    --head_index;
  }
  // "three-quarters of the voters": when the word before the complement cannot head a
  // speaker phrase, the last word still can.
  // (ValidHead's commonest answer, a capitalized head that is no pronoun, time word or label,
  // given before the call.)
  const Token& head = toks_[head_index];
  if (head.has(kCapitalized) && !head.is(kPronoun | kTime | kLabel)) return true;
  return ValidHead(first, last, head_index) ||
         (head_index != last - 1 && ValidHead(first, last, last - 1));
}

// (Both need a last 's': tested here first, since most words asked about end otherwise and
// the test costs less than the call into speakers.cc.)
bool Pass::PeopleNoun(uint32_t t) {
  return EndsWith(t, "s") && extract_internal::PeopleNoun(doc_, t);
}

bool Pass::PluralNoun(uint32_t t) {
  return EndsWith(t, "s") && extract_internal::PluralNoun(doc_, t);
}

bool Pass::ValidHead(uint32_t first, uint32_t last, uint32_t head_index) {
  const Token& head = toks_[head_index];
  if (head.is(kPronoun)) {
    return last - first == 1;
  }
  // "adopted in the late 1980s did not know", "The 1990s showed": a year or a decade is a time,
  // nobody's voice.
  if (head.has(kHasDigit) && YearOrDecade(doc_.TokenText(head_index)) &&
      !(head_index > first && NumberedBody(doc_, head_index - 1))) {
    return false;
  }
  // "His six-day, 28-stop tour": a measure's compound modifies a noun after it; it heads
  // nothing (not "the 43-year-old", a person).
  if (head.has(kLowerInitial) && MeasureCompound(doc_.TokenText(head_index))) return false;
  // A label word alone ("Update", "Watch") names nobody; one that is also a group noun
  // ("Sources say") does.
  // A label word that is also a company ("Twitter said", "Facebook added") speaks when a
  // lower-case word (its verb) follows rather than a colon, and not a noun ("a Facebook
  // post").
  if (head.is(kTime) || (head.is(kLabel) && !head.is(kGroup) && head.has(kCapitalized) &&
                          head_index == last - 1 && LabelOnly(first, last) &&
                          !(last < n_ && toks_[last].IsWord() && toks_[last].has(kLowerInitial) &&
                            !toks_[last].is(kNounCue) &&
                            doc_.TokenText(head_index).size() >= 7))) {
    return false;
  }
  if (head.has(kCapitalized) || head.is(kRole) || head.is(kGroup) || head.is(kDocument) ||
      head.is(kOrgNoun)) {
    return true;
  }
  // "Ferry owners say", "Backers of the toll said", "Ray's neighbors say": a plural common
  // noun names a group of people without a determiner, as a singular one does not.
  if (head.has(kLowerInitial) && PluralNoun(head_index)) return true;
  // ... but in a headline, which drops its determiners ("Former rival says ...",
  // "Governor's rival now says ..."), a singular one after the capitalized word that opens
  // it does too before "says" (not before other verbs: "Hospital trust apologises over
  // waits", "Met Office issues amber warning"). (A headline: the text's first paragraph,
  // one sentence with no period.)
  if (head.has(kLowerInitial) && head_index > first && toks_[first].has(kCapitalized) &&
      !toks_[first].is(kDeterminer) && !head.is(kStop) && !head.is(kPreverb) &&
      !head.is(kAdjunct) && !head.is(kCueStart) &&
      doc_.sentences[doc_.sentence_of[first]].first == first &&
      HeadlineSentence(doc_.sentence_of[first])) {
    uint32_t verb = last;
    while (verb < n_ && verb < last + 2 && toks_[verb].is(kPreverb) &&
           toks_[verb].has(kLowerInitial)) {
      ++verb;
    }
    if (verb < n_ && LowerIs(verb, "says")) return true;
  }
  // "an intelligence source", "the man", "the 43-year-old": a determiner and a common noun.
  // (A cue word heads it only when it is a known noun after "the" and right before
  // another cue: "The state said"; not "these pledges add to the cost".)
  return last - first >= 2 && toks_[first].is(kDeterminer) && !toks_[first].is(kPronoun) &&
         (head.has(kLowerInitial) || head.has(kHasDigit)) && !head.is(kStop) &&
         (!head.is(kCueStart) || (head_index == first + 1 && last == first + 2 &&
                                  head.is(kNounCue) && LowerIs(first, "the") && last < n_ &&
                                  toks_[last].is(kCueStart) && toks_[last].has(kLowerInitial))) &&
         !head.is(kPreverb) && !head.is(kAdjunct);
}

bool Pass::NameOpensClauseBefore(uint32_t end, uint32_t start) const {
  if (end <= start || !toks_[end - 1].IsWord() || !toks_[end - 1].has(kCapitalized) ||
      toks_[end - 1].is(kStop) || toks_[end - 1].is(kPronoun) ||
      toks_[end - 1].has(kPossessive)) {
    return false;
  }
  uint32_t b = end - 1;
  while (b > start && b + 5 > end && toks_[b - 1].IsWord() && toks_[b - 1].has(kCapitalized) &&
         !toks_[b - 1].is(kStop) && !toks_[b - 1].has(kPossessive)) {
    --b;
  }
  if (b == start) return true;
  const Token& before = toks_[b - 1];
  return before.IsPunct(',') ||
         (before.IsWord() && before.is(kStop) &&
          (LowerIs(b - 1, "but") || LowerIs(b - 1, "and") || LowerIs(b - 1, "where") ||
           LowerIs(b - 1, "when") || LowerIs(b - 1, "that") || Subordinator(b - 1)));
}

// Scans a noun phrase backwards from token j (exclusive); returns its first token.
uint32_t Pass::ScanNounPhraseBack(uint32_t j, uint32_t start) {
  // "who sailed before the storm broke said", "before his engine gave out said": a subordinate
  // clause's subject and its verb in the past (and a particle) are no noun phrase. (Before
  // a noun cue they are its speaker and verb: "after the paper raised questions about".)
  if (j > start + 3 && j < n_ && !toks_[j].is(kNounCue) && toks_[j - 1].IsWord() &&
      toks_[j - 1].has(kLowerInitial)) {
    uint32_t verb = j - 1;
    if (LowerIs(verb, "out") || LowerIs(verb, "up") || LowerIs(verb, "way") ||
        LowerIs(verb, "down") || LowerIs(verb, "off")) {
      --verb;
    }
    if (verb > start + 2 && toks_[verb].has(kLowerInitial) &&
        (EndsWith(verb, "ed") || IrregularPast(verb)) && toks_[verb - 1].has(kLowerInitial)) {
      // The subject: a noun after at most two modifiers and a determiner.
      uint32_t s = verb - 1;
      while (s > start && s + 4 > verb && toks_[s - 1].IsWord() &&
             toks_[s - 1].has(kLowerInitial) && !toks_[s - 1].is(kStop)) {
        --s;
      }
      if (s > start && Subordinator(s - 1)) return j;
    }
  }
  uint32_t k = j;
  int count = 0;
  auto those_where = [&](uint32_t t) { return t > start && ThoseWhere(t); };
  while (k > start) {
    const Token& p = toks_[k - 1];
    if (!p.IsWord()) {
      // "the Department of Agriculture, Forestry and Fisheries said": a comma in the list
      // that closes a body's name after "of" or "for".
      if (p.IsPunct(',') && k < j && CommaInBodyNameList(doc_, k - 1, j)) {
        --k;
        continue;
      }
      // "A Harbor Post/Elm News poll": two bodies' names joined by a slash.
      if (p.IsPunct('/') && k < j && k - 1 > start && toks_[k].has(kCapitalized) &&
          toks_[k - 2].IsWord() && toks_[k - 2].has(kCapitalized)) {
        --k;
        continue;
      }
      break;
    }
    // "The Elm Group released data showing ...": a name and its verb in the past are no
    // modifiers of the document noun after them (not "a Lee-backed bill", nor "Democratic
    // registered voters").
    if (k < j && k - 1 > start && toks_[k].is(kDocument) && p.has(kLowerInitial) &&
        !p.is(kStop) &&
        (EndsWith(k - 1, "ed") || IrregularPast(k - 1)) && !Hyphenated(k - 1) &&
        toks_[k - 2].IsWord() && toks_[k - 2].has(kCapitalized) &&
        !toks_[k - 2].has(kPossessive) && !toks_[k - 2].is(kDeterminer) &&
        !toks_[k - 2].is(kStop)) {
      break;
    }
    if (p.is(kStop)) {
      // "people familiar with the talks": the preposition and its adjective ("of", "for" and
      // "at" are handled below).
      // ("Residents not at the meeting": "not" before any of them.)
      if (k < j && k > start + 1 &&
          ((!LowerIs(k - 1, "of") && !LowerIs(k - 1, "for") && !LowerIs(k - 1, "at")) ||
           LowerIs(k - 2, "not"))) {
        const int head = ComplementHead(doc_, k - 1);
        if (head >= static_cast<int>(start)) {
          k = static_cast<uint32_t>(head) + 1;
          continue;
        }
      }
      // ("a study by the Council ..."; not before "who": "a lawsuit by farmers who say",
      // a document is no one who says.)
      if (LowerIs(k - 1, "by") && k < j && k - 1 > start && toks_[k - 2].is(kDocument) &&
          !(j < n_ && LowerIs(j, "who"))) {
        --k;
        continue;
      }
      // ("Analysts at banks", "aides for senators": a bare plural after a noun for people,
      // where they work or whom they serve; "a lawyer for dock workers", "an aide for
      // committee Democrats": after up to two modifiers.)
      auto bare_plural = [&] {
        if (j > k + 3 || !toks_[k].has(kLowerInitial) || !PluralNoun(j - 1) ||
            !(toks_[k - 2].is(kGroup) || toks_[k - 2].is(kRole) || PeopleNoun(k - 2))) {
          return false;
        }
        for (uint32_t t = k; t + 1 < j; ++t) {
          if (toks_[t].is(kStop) || toks_[t].is(kPreverb) || toks_[t].is(kDeterminer) ||
              toks_[t].has(kPossessive)) {
            return false;
          }
        }
        return true;
      };
      if ((LowerIs(k - 1, "of") || LowerIs(k - 1, "for") || LowerIs(k - 1, "at") ||
           those_where(k - 1)) &&
          k < j && k - 1 > start &&
          (toks_[k].has(kCapitalized) || toks_[k].is(kDeterminer) || LowerIs(k - 1, "of") ||
           bare_plural() ||
           // ("Supporters of Ann Ray for governor": the office a named candidate runs for;
           // "candidates for mayor": the office of candidates.)
           (k + 1 == j && LowerIs(k - 1, "for") && toks_[k].has(kLowerInitial) &&
            toks_[k].is(kTitle) && !toks_[k - 2].is(kDeterminer) &&
            (toks_[k - 2].has(kCapitalized) || toks_[k - 2].is(kGroup) ||
             toks_[k - 2].is(kRole)))) &&
          toks_[k - 2].IsWord() && !toks_[k - 2].is(kStop)) {
        --k;
        continue;
      }
      // ("The House Committee on Energy", "the Council on Trade": "on" inside a body's
      // capitalized name.)
      if (k < j && k - 1 > start && (OnInsideBodyName(k - 1) || InAfterBodyName(k - 1))) {
        --k;
        continue;
      }
      if (k < j && k - 1 > start && TitleComplementTo(k - 1, j)) {  // "Ambassador to Peru"
        --k;
        continue;
      }
      if (LowerIs(k - 1, "and") && k < j && k - 1 > start) {
        const Token& right = toks_[k];
        const Token& left = toks_[k - 2];
        const std::string_view left_text = doc_.TokenText(k - 2);
        // ("Residents of Elm Park and nearby towns": a modifier and a plural noun after it.)
        // ("Pilots and riders said": a bare plural for people after a plural that opens the
        // phrase, or one for people.)
        const bool right_ok =
            right.has(kCapitalized) || right.is(kGroup) || right.is(kRole) ||
            (k + 2 == j && right.IsWord() && right.has(kLowerInitial) && !right.is(kStop) &&
             !right.is(kCueStart) && !right.is(kPreverb) && PluralNoun(j - 1)) ||
            (k + 1 == j && right.IsWord() && right.has(kLowerInitial) && !right.is(kStop) &&
             !right.is(kCueStart) && PeopleNoun(k) &&
             (PeopleNoun(k - 2) || ((k - 2 == start || toks_[k - 3].IsPunct(',')) &&
                                    PluralNoun(k - 2))));
        // (A capitalized cue word before a capitalized word is a name's: "Elm Fire and
        // Rescue Service".)
        const bool left_ok = left.IsWord() && !left.is(kStop) &&
                             (!left.is(kCueStart) ||
                              (left.has(kCapitalized) && right.has(kCapitalized))) &&
                             (left.has(kCapitalized) || left.is(kGroup) || left.is(kRole) ||
                              (left_text.size() > 3 && left_text.back() == 's'));
        if ((right_ok && left_ok) || JoinedBodyModifiers(k - 1, j)) {
          --k;
          continue;
        }
      }
      break;
    }
    // A cue word ends the phrase, unless it modifies the noun after it ("press secretary";
    // "fire officials", where "fire" opens a cue only with "back"; "think tanks").
    // ("state officials", "state health officials": "state" before a noun is the
    // government's, as VerbUse reads it.)
    int unused_cue = -1;
    const bool modifier = k < j && toks_[k].has(kLowerInitial) &&
                          (toks_[k].is(kRole) || toks_[k].is(kDocument) || ThinkTank(k - 1) ||
                           toks_[k].is(kOrgNoun) || toks_[k].is(kOrgUnit) ||
                           (toks_[k].is(kGroup) && p.is(kCueStart) &&
                            MatchCue(k - 1, j, &unused_cue) == 0) ||
                           (LowerIs(k - 1, "state") && toks_[k].IsWord() &&
                            !toks_[k].is(kStop) && !toks_[k].is(kPreverb) &&
                            !toks_[k].is(kCueStart)));
    // "people familiar with the talks said", "officials close to the probe": a cue word
    // after the preposition of a source's adjective and a determiner is a noun.
    auto after_determiner = [&] {
      return k > start + 2 && toks_[k - 2].IsWord() && toks_[k - 2].is(kDeterminer) &&
             !toks_[k - 2].is(kPronoun) &&
             (LowerIs(k - 3, "with") || LowerIs(k - 3, "to") || LowerIs(k - 3, "on") ||
              LowerIs(k - 3, "in")) &&
             ComplementPreposition(k - 3);
    };
    // "The state said", "the secretary of state said", "governors of 10 states said": a cue
    // word heading the phrase right before the verb, after a determiner, "of" or a number,
    // is a noun.
    // (Not after "a": "a show called X" names the show.)
    auto head_noun = [&] {
      return k == j && k > start + 1 && toks_[k - 2].IsWord() &&
             ((toks_[k - 2].is(kDeterminer) && !toks_[k - 2].is(kPronoun) &&
               !LowerIs(k - 2, "a") && !LowerIs(k - 2, "an")) ||
              LowerIs(k - 2, "of") || (toks_[k - 1].has(kLowerInitial) && IsNumber(doc_, k - 2)));
    };
    // ("familiar with the mayor's thinking", "close to Ray's plans": after an owner's
    // possessive, a cue word is a noun too.)
    auto after_owner = [&] {
      return k > start + 2 && toks_[k - 2].IsWord() && toks_[k - 2].has(kPossessive) &&
             !toks_[k - 2].is(kPronoun);
    };
    if (p.is(kCueStart) && !(p.is(kDocument) || p.is(kGroup) || p.is(kRole) || p.is(kOrgNoun)) &&
        !p.has(kCapitalized) && !modifier && !after_determiner() && !head_noun() &&
        !after_owner()) {
      break;
    }
    // "Groups that advocate for tenants said": a cue word that is also a role noun is the
    // verb of a relative clause after "who", "that" or "which".
    if (p.is(kCueStart) && p.is(kRole) && p.has(kLowerInitial) && k - 1 > start &&
        (LowerIs(k - 2, "who") || LowerIs(k - 2, "that") || LowerIs(k - 2, "which"))) {
      break;
    }
    if (p.is(kPreverb) && !p.has(kCapitalized) && !p.is(kDeterminer)) break;
    // "A spokesman representing Ann Ray said": a participle after a noun for people opens a
    // phrase on it; its object is no part of the subject ("the outgoing mayor" keeps its
    // modifier, and so does a role of its words: "chief operating officer Ann Ray").
    if (k < j && k - 1 > start && p.has(kLowerInitial) && !p.is(kRole) && !p.is(kGroup) &&
        !(toks_[k].is(kRole) && toks_[k].has(kLowerInitial)) &&
        doc_.TokenText(k - 1).size() > 5 && doc_.TokenText(k - 1).ends_with("ing") &&
        toks_[k - 2].IsWord() && (toks_[k - 2].has(kLowerInitial) || k - 2 == start) &&
        !toks_[k - 2].is(kDeterminer) && !IsNumber(doc_, k - 2) &&
        (toks_[k - 2].is(kRole) || toks_[k - 2].is(kGroup) || PeopleNoun(k - 2))) {
      break;
    }
    // "Lee met Ray, who said": a common irregular past after a word that is no determiner
    // is a verb, and ends the phrase ("a hit show" keeps its modifier).
    if (k < j && k - 1 > start && p.has(kLowerInitial) && IrregularPast(k - 1) &&
        toks_[k - 2].IsWord() && !toks_[k - 2].is(kDeterminer) && !toks_[k - 2].is(kStop) &&
        !toks_[k - 2].has(kHasDigit)) {
      break;
    }
    // "which included staff members", "Lee joined engineers who": a verb in the past ends
    // the phrase ("the retired judge" loses only its modifier). After a name, only before
    // "who" or "that": before the cue the phrase is its subject ("Elm Park registered
    // nurses say"). An acronym is a modifier: "US trained doctors who".
    if (k < j && p.has(kLowerInitial) && !p.is(kRole) && !p.is(kGroup) && !p.is(kTitle) &&
        std::string_view(doc_.TokenText(k - 1)).ends_with("ed") &&
        doc_.TokenText(k - 1).size() > 4 && k - 1 > start && toks_[k - 2].IsWord() &&
        (toks_[k - 2].has(kLowerInitial) ||
         (j < n_ && (LowerIs(j, "who") || LowerIs(j, "that")) &&
          NameOpensClauseBefore(k - 1, start) && !toks_[k - 2].is(kGroup) && !Shouted(k - 2) &&
          !LowerIs(k - 1, "based") && !toks_[k].has(kPossessive))) &&
        !toks_[k - 2].is(kDeterminer) && !toks_[k - 2].has(kPossessive)) {
      break;
    }
    if (p.is(kPronoun)) {
      // "Vice-Premier He Lifeng said": the Chinese surname He before a given name, a
      // capitalized word in no word list, is no pronoun.
      // (Not in a Title Case headline, "He Quietly Said ...": the word after the name is in
      // lower case.)
      if (k < j && toks_[k].has(kCapitalized) && toks_[k].word_flags == 0 &&
          !toks_[k].has(kPossessive) && doc_.TokenText(k - 1) == "He" && j < n_ &&
          toks_[j].has(kLowerInitial)) {
        --k;
        continue;
      }
      // "Some of you have noted", "Many of you said": a share of the hearers is a group.
      // (The object pronouns, "most of us", "many of them", are read as nouns. Not a share
      // word that may float after its noun, "all", "both", "each": no phrase's head.)
      if (k == j && k >= start + 3 && LowerIs(k - 1, "you") && LowerIs(k - 2, "of") &&
          ShareWord(k - 3) && !toks_[k - 3].is(kPreverb)) {
        k -= 3;
        continue;
      }
      if (k == j) --k;
      break;
    }
    if (p.is(kDeterminer)) {
      --k;
      // "Elm This Morning co-anchor Ann Ray": a capitalized "This" or "The" between
      // capitalized words, mid-sentence, is a word of a show's or a body's name. (Not in a
      // headline, where every word is capitalized, nor after a shouted word longer than an
      // acronym: "NEWS ROUNDUP The Elm Herald said".)
      // ("Campaigners from Save Our Skyline said": so is a capitalized "Our", "Your" or
      // "My", after the sentence's first word too.)
      const bool owner_word = LowerIs(k, "our") || LowerIs(k, "your") || LowerIs(k, "my");
      if (k > start && k + 1 < j && toks_[k].has(kCapitalized) &&
          (owner_word ||
           (!toks_[k].is(kPronoun) && (LowerIs(k, "this") || LowerIs(k, "the")))) &&
          toks_[k + 1].has(kCapitalized) &&
          toks_[k - 1].IsWord() && toks_[k - 1].has(kCapitalized) && !toks_[k - 1].is(kStop) &&
          !toks_[k - 1].is(kDeterminer) && !toks_[k - 1].has(kPossessive) &&
          !(Shouted(k - 1) && toks_[k - 1].end - toks_[k - 1].begin > 4) &&
          (owner_word || SentenceFirst(k) < k - 1) && !TitleCase(doc_.sentence_of[k])) {
        continue;
      }
      // "the other source", "the other two officials": "other" after its own determiner.
      if (LowerIs(k, "other") && k > start && toks_[k - 1].IsWord() &&
          toks_[k - 1].is(kDeterminer) && !toks_[k - 1].is(kPronoun)) {
        --k;
      }
      // "The director of the agency", "a spokesman for the governor": the phrase is the
      // complement of a preposition after a noun; the speaker is that noun's phrase.
      // ("The Ambassador to the Elm Isles said": a capitalized title's complement.)
      if (k > start + 1 && (ComplementPreposition(k - 1) || TitleComplementTo(k - 1, j) ||
                            those_where(k - 1))) {
        continue;
      }
      // "Ray and her aides said": a name joined to a group of its own by "and" and "his",
      // "her" or "their" is one subject, when the name opens the clause (not "supportive of
      // Ray and his followers").
      if (k > start + 1 && k + 1 < j && OwnerPronoun(k) && LowerIs(k - 1, "and") &&
          NameOpensClauseBefore(k - 1, start) &&
          (toks_[j - 1].is(kGroup) || toks_[j - 1].is(kRole) || PluralNoun(j - 1))) {
        k -= 1;
        continue;
      }
      break;
    }
    --k;
    if (++count > 10) return j;  // too long to be a speaker
  }
  return k;
}

Subject Pass::FindSubject(uint32_t cue_first, uint32_t start) {
  Subject s;
  uint32_t j = cue_first;
  // (Read once: the tests below ask it in their loop and after.)
  const bool gerund_cue = EndsWith(cue_first, "ing");
  bool tried_past_aside = false;
  // Between speaker and cue: auxiliaries and adverbs ("has also"), times ("on Tuesday",
  // "earlier this week"), and a parenthesis ("Sen. Ann Ray (D-Ore.)").
  while (j > start) {
    const Token& p = toks_[j - 1];
    if (p.IsWord() && p.is(kPreverb) && !p.is(kPronoun) && !p.has(kCapitalized)) {
      --j;
      continue;
    }
    // "Pilots and riders alike say": "alike" after a list of subjects.
    if (j - 1 > start + 2 && LowerIs(j - 1, "alike") && toks_[j - 1].has(kLowerInitial)) {
      --j;
      continue;
    }
    // "Lee no longer believes", "no longer aiming to": an adverb of two words.
    if (j - 1 > start + 1 && LowerIs(j - 1, "longer") &&
        (LowerIs(j - 2, "no") || LowerIs(j - 2, "any"))) {
      j -= 2;
      continue;
    }
    // "began criticizing", "just starts talking about": a verb of starting or going on right
    // before a gerund cue is the subject's, as an auxiliary is.
    if (gerund_cue && j == cue_first && p.IsWord() && p.has(kLowerInitial)) {
      if (AspectVerb(j - 1)) {
        --j;
        continue;
      }
      // "was heard saying", "was filmed telling": the passive of a verb of perceiving or
      // recording, after its auxiliary, reports its subject's words too.
      static constexpr WordSet kPerceivedVerbs = {
          "heard", "overheard", "seen", "spotted", "filmed", "recorded", "videotaped",
          "photographed", "caught", "shown", "pictured"};
      if (kPerceivedVerbs.Has(word_ids_[j - 1]) && j - 1 > start + 1 &&
          PassiveAuxiliary(j - 2)) {
        --j;
        continue;
      }
    }
    if (p.IsWord() && p.has(kLowerInitial) && j - 1 > start && LowerIs(j - 1, "to")) {
      const uint32_t aspect = AspectualStart(j - 1);
      if (aspect != kNone && aspect > start) {
        j = aspect;
        continue;
      }
      const uint32_t copula = FirstToDo(j - 1);
      if (copula != kNone && copula > start) {
        j = copula;
        continue;
      }
    }
    // "Lee is quoted as saying": the passive of quoting reports its subject's words.
    if (p.IsWord() && p.is(kStop) && j - 1 > start + 1 && LowerIs(j - 1, "as")) {
      if (LowerIs(j - 2, "quoted")) {
        j -= 2;
        continue;
      }
      // "Lee was quoted by the Gazette as saying", "... quoted in the Gazette as saying": the
      // agent or outlet reports, the subject speaks.
      uint32_t quoted = 0;
      for (uint32_t b = j - 2; b > start + 1 && b + 8 > j && toks_[b].IsWord(); --b) {
        if ((LowerIs(b, "by") || LowerIs(b, "in") || LowerIs(b, "on")) &&
            LowerIs(b - 1, "quoted")) {
          quoted = b - 1;
          break;
        }
      }
      if (quoted > 0) {
        j = quoted;
        continue;
      }
      // "The Gazette quoted Lee, a pilot, as saying", "cited officials as saying": the one
      // quoted speaks; the subject is the phrase before "as".
      uint32_t quoting = 0;
      for (uint32_t b = j - 2; b > start && b + 10 > j && quoting == 0; --b) {
        if (toks_[b].IsWord() && toks_[b].has(kLowerInitial) &&
            (LowerIs(b, "quoted") || LowerIs(b, "quotes") || LowerIs(b, "quoting") ||
             LowerIs(b, "cited") || LowerIs(b, "cites") || LowerIs(b, "citing")) &&
            toks_[b + 1].IsWord() && !toks_[b + 1].is(kStop) && toks_[b - 1].IsWord() &&
            !PassiveAuxiliary(b - 1)) {
          quoting = b;  // (not the passive "was quoted in the Gazette as saying")
        }
      }
      // ("The Gazette quoted him as saying": the pronoun, an object here, is who speaks.)
      if (quoting > 0 && quoting + 3 == j && ObjectPronoun(quoting + 1) &&
          !LowerIs(quoting + 1, "us") && !LowerIs(quoting + 1, "me")) {
        s.found = true;
        s.mention = {quoting + 1, quoting + 2, 0, 0};
        s.boundary = BoundaryBefore(quoting + 1, start);
        return s;
      }
      if (quoting > 0) {
        start = quoting + 1;  // the phrase ends the search at the verb of quoting
        --j;
        continue;
      }
    }
    // "Acme itself said", "the riders themselves say": a reflexive that stresses the subject.
    if (p.IsWord() && p.has(kLowerInitial) && j - 1 > start && p.end - p.begin >= 6 &&
        (doc_.text[p.end - 1] == 'f' || doc_.text[p.end - 1] == 's') &&
        (LowerIs(j - 1, "itself") || LowerIs(j - 1, "himself") || LowerIs(j - 1, "herself") ||
         LowerIs(j - 1, "themselves"))) {
      --j;
      continue;
    }
    // "Lobbyists in general say", "pilots in particular fear", "Lee in the past said".
    if (p.IsWord() && p.has(kLowerInitial) && j >= start + 3 && LowerIs(j - 2, "in") &&
        (LowerIs(j - 1, "general") || LowerIs(j - 1, "particular"))) {
      j -= 2;
      continue;
    }
    if (p.IsWord() && p.has(kLowerInitial) && j >= start + 4 && LowerIs(j - 1, "past") &&
        LowerIs(j - 2, "the") && LowerIs(j - 3, "in")) {
      j -= 3;
      continue;
    }
    // "Ray has since insisted", "dock crews here warned", "officials there say", "voters
    // overall said".
    if (p.IsWord() && p.has(kLowerInitial) && j - 1 > start &&
        (LowerIs(j - 1, "since") || LowerIs(j - 1, "here") || LowerIs(j - 1, "there") ||
         (p.end - p.begin == 7 && LowerIs(j - 1, "overall")))) {
      --j;
      continue;
    }
    // "Ray remains confident that ...": a copula before an adjective cue.
    if (p.IsWord() && p.has(kLowerInitial) && j - 1 > start &&
        (LowerIs(j - 1, "remain") || LowerIs(j - 1, "remains") || LowerIs(j - 1, "remained"))) {
      --j;
      continue;
    }
    // "the four contenders largely agreed", "Ann Ray publicly said": an adverb in -ly.
    // (The ending first, here: MannerAdverb's call costs more than it.)
    if (p.IsWord() && p.has(kLowerInitial) && j - 1 > start && EndsWith(j - 1, "ly") &&
        MannerAdverb(j - 1)) {
      --j;
      continue;
    }
    if (p.IsWord() && p.is(kTime) && j - 1 > start) {
      --j;
      while (j > start && toks_[j - 1].IsWord() && toks_[j - 1].has(kLowerInitial) &&
             (toks_[j - 1].is(kAdjunct) || toks_[j - 1].is(kDeterminer) ||
              toks_[j - 1].is(kTime) || LowerIs(j - 1, "past") || LowerIs(j - 1, "next") ||
              LowerIs(j - 1, "previous") || LowerIs(j - 1, "same") ||
              LowerIs(j - 1, "coming") || LowerIs(j - 1, "following"))) {
        --j;
      }
      // "Lee spent the day railing against ...", "Ray has spent much of the week
      // attacking ...": a time spent doing the cue is the verb's object; the subject
      // is before the verb.
      // (The loop above may have passed the share's "of".)
      const uint32_t of = j > start && LowerIs(j - 1, "of") ? j - 1
                          : LowerIs(j, "of")                ? j
                                                            : kNone;
      if (gerund_cue && of != kNone && of > start + 2 &&
          (LowerIs(of - 1, "much") || LowerIs(of - 1, "most") || LowerIs(of - 1, "part") ||
           LowerIs(of - 1, "all"))) {
        j = of - 1;
        if (j > start + 1 && toks_[j - 1].is(kDeterminer) && !toks_[j - 1].is(kPronoun)) --j;
      }
      if (gerund_cue && j > start + 1 && toks_[j - 1].has(kLowerInitial) &&
          (LowerIs(j - 1, "spent") || LowerIs(j - 1, "spend") || LowerIs(j - 1, "spends") ||
           LowerIs(j - 1, "spending"))) {
        --j;
        continue;
      }
      // "The report released Tuesday found": the participle that dates the noun. (j may
      // have reached start, 0 in a text's first sentence: j - 1 would wrap around.)
      if (j > start + 1 && toks_[j - 1].IsWord() && toks_[j - 1].has(kLowerInitial) &&
          doc_.TokenText(j - 1).size() > 4 && doc_.TokenText(j - 1).ends_with("ed") &&
          !toks_[j - 1].is(kPreverb) && toks_[j - 2].IsWord() &&
          (toks_[j - 2].is(kDocument) || toks_[j - 2].is(kGroup) || toks_[j - 2].is(kRole) ||
           toks_[j - 2].is(kOrgNoun))) {
        --j;
      }
      continue;
    }
    // "Ray in an interview said", "Lee at a rally on Monday told", "Ray in a Herald op-ed
    // said", "Ray in a Facebook post said": a short prepositional phrase after a name or
    // pronoun (names inside it after its first word), or after a plural noun ("Six papers in
    // the state said"; not "officials in three cities", a group's complement, whole).
    if (p.IsWord() && p.has(kLowerInitial) && !p.is(kStop)) {
      uint32_t prep = j - 1;
      while (prep > start && prep + 5 > j && toks_[prep - 1].IsWord() &&
             !toks_[prep - 1].is(kStop) &&
             (toks_[prep - 1].has(kLowerInitial) || !toks_[prep - 1].is(kDeterminer))) {
        --prep;
      }
      if (prep > start + 1 && prep + 5 > j && prep < j - 1 && toks_[prep].has(kLowerInitial) &&
          (LowerIs(prep - 1, "in") || LowerIs(prep - 1, "at") || LowerIs(prep - 1, "during") ||
           LowerIs(prep - 1, "on")) &&
          toks_[prep - 2].IsWord() &&
          ((toks_[prep - 2].has(kCapitalized) && !toks_[prep - 2].is(kDeterminer) &&
            !toks_[prep - 2].is(kStop)) ||
           (toks_[prep - 2].is(kPronoun) && !LowerIs(prep - 2, "it")) ||
           (toks_[prep - 2].has(kLowerInitial) &&
            (PluralNoun(prep - 2) || (toks_[prep - 2].is(kRole) && LowerIs(prep - 1, "in")))) ||
           DisclosedDocument(prep - 2, start)) &&
          !(LowerIs(prep - 1, "in") && ComplementPreposition(prep - 1)) &&
          // (Not a share of those polled: "Three in four riders said".)
          ProportionStart(doc_, prep + 1, start) != prep - 2) {
        // ("A report released at a meeting says": the document before its participle of
        // disclosure.)
        j = DisclosedDocument(prep - 2, start) ? prep - 2 : prep - 1;
        continue;
      }
    }
    // "Ray on March 5 said", "the board in 2015 said": a date of a day or a year.
    if (p.IsWord() && p.has(kHasDigit) && j - 1 > start + 1 && p.end - p.begin <= 4 &&
        std::all_of(doc_.text.begin() + p.begin, doc_.text.begin() + p.end,
                    [](char c) { return c >= '0' && c <= '9'; })) {
      uint32_t k = j - 1;
      if (toks_[k - 1].IsWord() && toks_[k - 1].is(kTime) && toks_[k - 1].has(kCapitalized)) --k;
      // After a name or a noun for a speaker; not a share of those polled ("six in 10").
      // (k - 2 is read only when k > start + 1: k may be 1.)
      auto speaker_noun = [&](uint32_t t) {
        const Token& noun = toks_[t];
        return noun.IsWord() && !noun.has(kHasDigit) &&
               ((noun.has(kCapitalized) && !noun.is(kStop) && !noun.is(kDeterminer)) ||
                noun.is(kGroup) || noun.is(kRole) || noun.is(kOrgNoun) ||
                noun.is(kDocument) || PluralNoun(t));
      };
      if (k > start + 1 && (LowerIs(k - 1, "on") || LowerIs(k - 1, "in")) &&
          toks_[k - 1].has(kLowerInitial) && speaker_noun(k - 2) &&
          ProportionStart(doc_, j, start) == j) {
        j = k - 1;
        continue;
      }
    }
    // "The agency less than two weeks ago said": a span of time ending in "ago".
    if (p.IsWord() && LowerIs(j - 1, "ago") && j - 1 > start) {
      uint32_t k = j - 1;
      while (k > start && k + 6 > j && toks_[k - 1].IsWord() && toks_[k - 1].has(kLowerInitial) &&
             (toks_[k - 1].is(kTime) || toks_[k - 1].is(kGroup) || toks_[k - 1].is(kDeterminer) ||
              toks_[k - 1].has(kHasDigit) || LowerIs(k - 1, "than") || LowerIs(k - 1, "less") ||
              LowerIs(k - 1, "more") || LowerIs(k - 1, "about") || LowerIs(k - 1, "just"))) {
        --k;
      }
      if (k < j - 1) {
        j = k;
        continue;
      }
    }
    // "About three-fifths, 61 percent, say": a share restated as a figure between commas is
    // the speaker, the more exact of the two.
    if (p.IsPunct(',') && j >= start + 5) {
      const uint32_t share_end = j - 2;  // "percent" or "%"
      const bool percent = LowerIs(share_end, "percent") || toks_[share_end].IsPunct('%');
      // The figure: a number, maybe after "about", "nearly", ... (not "who owns 40 percent",
      // "with 52 percent": an aside about the speaker).
      uint32_t share_first = share_end > start ? share_end - 1 : share_end;
      if (share_first > start && toks_[share_first].has(kHasDigit) &&
          toks_[share_first - 1].IsWord() &&
          (LowerIs(share_first - 1, "about") || LowerIs(share_first - 1, "nearly") ||
           LowerIs(share_first - 1, "some") || LowerIs(share_first - 1, "just") ||
           LowerIs(share_first - 1, "over") || LowerIs(share_first - 1, "roughly") ||
           LowerIs(share_first - 1, "almost"))) {
        --share_first;
      }
      // The share before it: a group or share word ("a majority", "about two-thirds", "a
      // third of independents"), or a plural ("riders").
      auto share_word = [&](uint32_t t) {
        if (!toks_[t].IsWord() || !toks_[t].has(kLowerInitial)) return false;
        if (toks_[t].is(kGroup) || PluralNoun(t)) return true;
        const std::string_view w = doc_.TokenText(t);
        return w.ends_with("thirds") || w.ends_with("fourths") || w.ends_with("fifths");
      };
      // (Where the sentence or an opening adverbial opens the phrase, not after a clause:
      // "The plan is dead, a majority, 55 percent, said" keeps "a majority" as before.)
      uint32_t phrase = share_first > start ? share_first - 1 : start;
      while (phrase > start && phrase + 12 > share_first && !toks_[phrase - 1].IsPunct(',')) {
        --phrase;
      }
      const bool opens = phrase == start || OpeningAdverbial(start, phrase - 1);
      if (percent && opens && share_first > start + 1 && share_first < share_end &&
          toks_[share_end - 1].has(kHasDigit) && toks_[share_first - 1].IsPunct(',') &&
          share_word(share_first - 2) && in_quote_[share_first] < 0) {
        s.found = true;
        s.mention = {share_first, j - 1, 0, 0};
        s.boundary = Boundary::kClause;
        return s;
      }
    }
    // "Critics, many of them pilots, say": a partitive aside on the subject is passed over.
    if (p.IsPunct(',') && j >= start + 5) {
      uint32_t open = j - 2;
      while (open > start && open + 9 > j && toks_[open].IsWord()) --open;
      if (open > start && toks_[open].IsPunct(',') && open + 4 < j &&
          toks_[open + 1].has(kLowerInitial) && LowerIs(open + 2, "of") &&
          (LowerIs(open + 3, "them") || LowerIs(open + 3, "whom")) &&
          (LowerIs(open + 1, "many") || LowerIs(open + 1, "most") ||
           LowerIs(open + 1, "some") || LowerIs(open + 1, "all") || LowerIs(open + 1, "both") ||
           LowerIs(open + 1, "few") || LowerIs(open + 1, "several") ||
           LowerIs(open + 1, "half") || LowerIs(open + 1, "none")) &&
          toks_[open - 1].IsWord()) {
        j = open;
        continue;
      }
    }
    // ", however,", ", though,", ", for instance," between subject and cue.
    if (p.IsPunct(',') && j >= start + 3) {
      uint32_t open = j - 2;
      while (open > start && open + 3 >= j && InterjectedWord(open)) --open;
      // (Set phrases of comment or manner: ", by all accounts,", ", to be sure,", ", as
      // usual,".)
      if (!toks_[open].IsPunct(',')) {
        const uint32_t set_open = SetPhraseAsideOpen(start, j - 1);
        if (set_open != kNone) open = set_open;
      }
      // "Haoran Wu, as he is known to his partners, said": how the subject is known.
      if (!toks_[open].IsPunct(',') && j >= start + 5) {
        for (uint32_t a = j - 2; a > start + 1 && a + 10 > j && toks_[a].IsWord(); --a) {
          if (!LowerIs(a, "as") || !toks_[a - 1].IsPunct(',')) continue;
          bool known = false;
          for (uint32_t t = a + 1; t + 1 < j; ++t) {
            known = known || LowerIs(t, "known") || LowerIs(t, "called");
          }
          if (known && toks_[a - 2].IsWord() && toks_[a - 2].has(kCapitalized)) open = a - 1;
          break;
        }
      }
      // "Ann Ray KC, for the family, said": counsel's side after the name.
      if (!toks_[open].IsPunct(',') && j >= start + 6) {
        for (uint32_t f = j - 3; f + 6 > j && f > start + 1; --f) {
          if (!toks_[f].IsWord()) break;
          if (LowerIs(f, "for") && toks_[f].has(kLowerInitial) && toks_[f - 1].IsPunct(',') &&
              toks_[f - 2].IsWord() && toks_[f - 2].has(kCapitalized) &&
              (toks_[f + 1].is(kDeterminer) || toks_[f + 1].has(kCapitalized))) {
            open = f - 1;
            break;
          }
        }
      }
      // "Ann Ray, the port director, however, said", "Ida Moss, who lost a ferry in Elm
      // City, Oregon, in 2012, said": after a name's appositive, the subject is read as if
      // the aside were not there ("..., the port director, said").
      // (Once, for the aside nearest the cue: trying again for each aside further back
      // would make a run of asides quadratic.)
      auto appositive_past_aside = [&](uint32_t comma, Subject* appositive) {
        bool earlier_comma = false;
        for (uint32_t c = comma; c-- > start && !earlier_comma;) {
          earlier_comma = toks_[c].IsPunct(',');
        }
        if (!earlier_comma || reading_past_aside_ || tried_past_aside) return false;
        tried_past_aside = true;
        reading_past_aside_ = true;
        *appositive = FindSubject(comma + 1, start);
        reading_past_aside_ = false;
        if (!appositive->found || appositive->mention.appositive_last == 0) return false;
        // (An appositive is one phrase: not "Ann Ray, the mayor, said A, and Tom Lee, last
        // week, said B", where a clause boundary lies between the name and the aside.)
        for (uint32_t t = appositive->mention.appositive_first;
             t < appositive->mention.appositive_last; ++t) {
          if (toks_[t].IsPunct(';') ||
              (toks_[t].IsPunct(',') && t + 1 < appositive->mention.appositive_last &&
               (LowerIs(t + 1, "and") || LowerIs(t + 1, "but")))) {
            return false;
          }
          int cue = -1;
          if (toks_[t].has(kLowerInitial) &&
              SpeechCueAt(t, appositive->mention.appositive_last, &cue) > 0) {
            return false;
          }
        }
        return true;
      };
      // "Ann Ray's office, when contacted by the Elm Times, said": a reduced clause of time
      // or condition on the subject (its participle in -ed, or "being"), between commas.
      if (!toks_[open].IsPunct(',') && j >= start + 5) {
        for (uint32_t a = j - 3; a > start + 1 && a + 14 > j && toks_[a].IsWord() &&
                                 in_quote_[a] < 0;
             --a) {
          if (!toks_[a - 1].IsPunct(',')) continue;
          if (toks_[a].has(kLowerInitial) &&
              (LowerIs(a, "when") || LowerIs(a, "while") || LowerIs(a, "after") ||
               LowerIs(a, "once") || LowerIs(a, "if")) &&
              toks_[a + 1].has(kLowerInitial) &&
              (EndsWith(a + 1, "ed") || LowerIs(a + 1, "being"))) {
            open = a - 1;
          }
          // ("Democrats, while still confident of victory, are warning ...", "Lee, though
          // wary, said": a concession with an adjective and no subject of its own.)
          const Token& after = toks_[a + 1];
          if (toks_[a].has(kLowerInitial) &&
              (LowerIs(a, "while") || LowerIs(a, "though") || LowerIs(a, "although")) &&
              after.IsWord() && after.has(kLowerInitial) && !after.is(kDeterminer) &&
              !after.is(kPronoun) && (!after.is(kStop) || after.is(kPreverb)) &&
              !FiniteAuxiliary(a + 1) && !EndsWith(a + 1, "ing")) {
            open = a - 1;
          }
          break;
        }
      }
      Subject appositive;
      if (open + 2 < j && open > start && toks_[open].IsPunct(',')) {
        if (appositive_past_aside(open, &appositive)) return appositive;
        j = open;
        continue;
      }
      // ", last week,", ", in 2013,", ", on Tuesday,", ", for her part,": a time or a
      // three-word aside (a time word, a year or "part" in it).
      open = j - 2;
      bool time = false;
      bool dated = false;
      while (open > start && open + 4 >= j && toks_[open].IsWord() &&
             (toks_[open].is(kTime) || toks_[open].has(kHasDigit) || InterjectedWord(open) ||
              LowerIs(open, "last") || LowerIs(open, "this") || LowerIs(open, "her") ||
              LowerIs(open, "his") || LowerIs(open, "their") || LowerIs(open, "its") ||
              LowerIs(open, "part") || LowerIs(open, "own"))) {
        time = time || toks_[open].is(kTime) || toks_[open].has(kHasDigit) ||
               LowerIs(open, "part");
        // (A date, not an age: ", 40," after a name belongs to it.)
        dated = dated || toks_[open].is(kTime) || doc_.TokenText(open).size() == 4;
        --open;
      }
      if (time && open + 2 < j && open > start && toks_[open].IsPunct(',')) {
        if (dated && appositive_past_aside(open, &appositive)) return appositive;
        // (After a name between commas, an age keeps the comma before it, the name's own:
        // "Elm's chief, Ann Ray, 58, said" is read as "Elm's chief, Ann Ray, said".)
        uint32_t name = open;
        while (!dated && name > start && name + 4 > open && toks_[name - 1].IsWord() &&
               toks_[name - 1].has(kCapitalized)) {
          --name;
        }
        // (The comma before the name closes an office, not an opening adverbial: "In his
        // plea, Ann Ray, 44, said".)
        const bool named_between_commas = !dated && name < open && name > start + 1 &&
                                          toks_[name - 1].IsPunct(',') &&
                                          toks_[name - 2].is(kRole);
        j = named_between_commas ? open + 1 : open;
        continue;
      }
    }
    // "Sen. Ann Ray, R-Ohio, said": a party and state between commas, as in parentheses.
    if (p.IsPunct(',') && j >= start + 4 && PartyAndState(j - 2) && toks_[j - 3].IsPunct(',')) {
      j -= 3;
      continue;
    }
    // (A district of two words: "Sen. Ann Ray, R-Oak Ridge, said".)
    if (p.IsPunct(',') && j >= start + 5 && PartyAndState(j - 3) && toks_[j - 2].IsWord() &&
        toks_[j - 2].has(kCapitalized) && toks_[j - 4].IsPunct(',')) {
      j -= 4;
      continue;
    }
    // "Riders - and some pilots - say", "insiders in two states - Ohio and Maine - said": an
    // aside between dashes after the subject.
    if (p.IsPunct('-') && j >= start + 4 && toks_[j - 2].IsWord() && !gerund_cue) {
      uint32_t open = j - 2;
      // (Commas may set off words inside it: "Elm leaders - and, in particular, Ann Ray -
      // insisted".)
      while (open > start && open + 12 > j && (toks_[open].IsWord() || toks_[open].IsPunct(',')) &&
             in_quote_[open] < 0) {
        --open;
      }
      if (open > start && open + 2 < j && toks_[open].IsPunct('-') &&
          toks_[open - 1].IsWord() &&
          (toks_[open - 1].has(kCapitalized) || toks_[open - 1].is(kGroup) ||
           PluralNoun(open - 1) || (open >= start + 2 && IsNumber(doc_, open - 2)))) {
        j = open;
        continue;
      }
    }
    // ("Tom Lee (who has served there for 31 years), said": a comma after the brackets on a
    // name closes its aside too. Not on an appositive's last word, "Tom Lee, head of Elm
    // Aid (a charity), said", nor before a passive, "Sen. Ann Ray (D-Ore.), backed by".)
    const bool comma_after = p.IsPunct(',') && j >= start + 4 && toks_[j - 2].IsPunct(')') &&
                             j == cue_first && !(j + 1 < n_ && LowerIs(j + 1, "by"));
    if (p.IsPunct(')') || comma_after) {
      // (A relative clause may run longer: "Keith Amble (who has served there for 31
      // years) said"; so may an appositive on a name: "Tom Lee (an Elm Democrat so young
      // he has been mistaken for an aide) says".)
      const uint32_t close = comma_after ? j - 1 : j;  // the token after ')'
      uint32_t open = close - 1;
      while (open > start && open + 16 > close && !toks_[open].IsPunct('(')) --open;
      if (toks_[open].IsPunct('(') && open > start &&
          (open + 8 > close ||
           (open + 1 < close &&
            (LowerIs(open + 1, "who") ||
             ((LowerIs(open + 1, "a") || LowerIs(open + 1, "an") || LowerIs(open + 1, "the") ||
               // (`Elm Energy ASA ("Elm" or "the Company")`: the names a release gives it.)
               toks_[open + 1].IsQuote()) &&
              NameBeforeBrackets(open, start))))) &&
          (!comma_after || NameBeforeBrackets(open, start))) {
        j = open;
        continue;
      }
    }
    break;
  }
  if (j == start) return s;
  // `Ann Ray, who calls the pier "a disgrace," said`: an appositive or relative clause that
  // ends in a quotation closed by its comma.
  if (j > start + 3 && j == cue_first && CommaClosesQuote(j - 1)) --j;
  // "A resident who gave only her first name, Sandra, said": the name the formula gives.
  if (toks_[j - 1].IsPunct(',') && j > start + 4) {
    if (const Mention given = NameOfFormula(start, j - 1); !given.empty()) {
      s.found = true;
      s.mention = given;
      s.boundary = Boundary::kComma;
      return s;
    }
  }
  // "Cao Peng, a member of ..., said": the earliest comma after a name that opens an
  // appositive.
  if (toks_[j - 1].IsPunct(',') || toks_[j - 1].IsPunct('-')) {
    uint32_t segment = start;
    uint32_t c = start;
    // A name and its appositive span at most kMaxAppositiveSpan tokens: further back, the
    // search starts after a comma within that span (so that a sentence of many cues is not
    // read from its start for each).
    if (j - start > kMaxAppositiveSpan) {
      c = j - kMaxAppositiveSpan;
      while (c + 1 < j && !toks_[c].IsPunct(',') && !toks_[c].IsPunct('-')) ++c;
      segment = ++c;
    }
    for (; c + 1 < j; ++c) {
      // ("Turnout: Ann Ray, a senator, said": a label's colon opens the clause.)
      if (toks_[c].IsPunct(':') && in_quote_[c] < 0) {
        segment = start = c + 1;
        continue;
      }
      if (!toks_[c].IsPunct(',') && !toks_[c].IsPunct('-')) continue;
      // "Addressing the board, many of them wary, the chief, Ann Ray, said": a share of
      // "them" and what it is, with no verb, after a comma, describes the phrase before it;
      // the speaker's phrase opens after it.
      if (segment > start && AbsoluteShareEnd(segment, j) == c) {
        segment = c + 1;
        continue;
      }
      // "Instead, Mr. Okafor, a retired judge, plans": a lone opener before a
      // titled name is an adverb, not the speaker.
      // ("Reacting, the commissioner, Ann Ray, said": so is a lone participle before a
      // determiner, one of West African papers' openers.)
      // ("Addressing the board, the chief, Tom Lee, said": so is a participle's phrase.)
      const bool opener =
          c + 1 < j &&
          ((c == segment + 1 && toks_[c + 1].is(kTitle) && toks_[c + 1].has(kCapitalized)) ||
           (segment == start && toks_[c + 1].is(kDeterminer) &&
            toks_[c + 1].has(kLowerInitial) &&
            (c == segment + 1 || (toks_[segment + 1].IsWord() &&
                                  toks_[segment + 1].has(kLowerInitial))) &&
            LoneOpeningParticiple(segment)));
      // "As Tom Lee, a pilot, put it, ...", "..., while Ben Hart, an economist, said ...",
      // "Analysts listened while Tom Lee, the mayor, said ...": the name after the clause's
      // "as", a subordinator or "whether" ("unclear whether Ray, a senator, will say").
      uint32_t name = segment;
      // Where the speaker's phrase opens: after a clause's word, at the sentence's start, or
      // after a comma.
      auto name_boundary = [&] {
        return name != segment     ? Boundary::kClause
               : segment == start ? Boundary::kSentenceStart
                                  : Boundary::kComma;
      };
      if (segment + 1 < c && toks_[segment].IsWord() && toks_[segment + 1].has(kCapitalized) &&
          (LowerIs(segment, "as") ||
           (toks_[segment].has(kLowerInitial) &&
            (LowerIs(segment, "while") || LowerIs(segment, "whereas"))))) {
        name = segment + 1;
      } else if ((segment == start || toks_[segment - 1].IsPunct(',')) && segment + 1 < c &&
                 toks_[segment].IsWord() &&
                 (LowerIs(segment, "but") || LowerIs(segment, "and") || LowerIs(segment, "yet"))) {
        // "But the chairman of Elm Bank, Tom Lee, said", "A, but the senator, Ann Ray, said"
        name = segment + 1;
      } else if (c > segment + 1) {
        for (uint32_t t = c - 1; t > segment && t + 5 > c; --t) {
          if (toks_[t].has(kCapitalized) &&
              (toks_[t - 1].has(kLowerInitial) || t - 1 == segment) &&
              (LowerIs(t - 1, "as") || LowerIs(t - 1, "whether") || Subordinator(t - 1))) {
            name = t;
            break;
          }
        }
      }
      // "Ann Baker of Elmwood, Oregon, said", "Two pilots from Elmwood, Oregon, said": a city
      // after "of", "from" or "in" and its state (a place of places.tsv) between the commas
      // belong to the speaker's phrase; no appositive follows.
      if (c > segment + 2 && toks_[c - 1].IsWord() && toks_[c - 1].has(kCapitalized)) {
        uint32_t city = c - 1;
        while (city > segment + 1 && city + 3 > c && toks_[city - 1].IsWord() &&
               toks_[city - 1].has(kCapitalized)) {
          --city;
        }
        uint32_t state_end = c + 1;
        while (state_end < j && state_end < c + 4 && toks_[state_end].IsWord() &&
               toks_[state_end].has(kCapitalized)) {
          ++state_end;
        }
        const auto state = [&] {
          const size_t b = toks_[c + 1].begin;
          return std::string_view(doc_.text).substr(b, toks_[state_end - 1].end - b);
        };
        // ("Moss spoke after a nurse in Elmwood, Oregon, said": the phrase after a
        // subordinator.)
        uint32_t who = name;
        for (uint32_t t = city - 1; t > name + 1 && t + 9 > city;) {
          --t;
          if (!toks_[t].IsWord()) break;
          if (toks_[t].has(kLowerInitial) && Subordinator(t) && toks_[t + 1].is(kDeterminer)) {
            who = t + 1;
            break;
          }
        }
        if (who != name && !ValidSubject(name, c)) name = who;
        if (state_end == j - 1 && state_end > c + 1 && city > name + 1 && lex_.IsPlace(state()) &&
            toks_[city - 1].has(kLowerInitial) &&
            (LowerIs(city - 1, "of") || LowerIs(city - 1, "from") || LowerIs(city - 1, "in")) &&
            (toks_[city - 2].has(kCapitalized) || toks_[city - 2].is(kGroup) ||
             toks_[city - 2].is(kRole) || toks_[city - 2].is(kFemale | kMale)) &&
            ValidSubject(name, c) && in_quote_[c] < 0) {
          s.found = true;
          s.mention = {name, c, 0, 0};
          s.boundary = name_boundary();
          return s;
        }
      }
      // "Sen. Ann Ray, R-Ohio, who chairs the panel, said": a party and state between commas
      // belong to the name; the appositive follows them.
      // ("R-Oak Ridge": a district of two words.)
      uint32_t profile =
          c + 3 < j && PartyAndState(c + 1) && toks_[c + 2].IsPunct(',') ? c + 3
          : c + 4 < j && PartyAndState(c + 1) && toks_[c + 2].IsWord() &&
                  toks_[c + 2].has(kCapitalized) && toks_[c + 3].IsPunct(',')
              ? c + 4
              : c + 1;
      // "Lee, meanwhile, who sits on the board, said", "Ray, in turn, a pilot, said": an
      // interjected word or two between the name and its appositive.
      // (The closing comma first: most words after a comma are no such aside.)
      for (uint32_t close = profile + 1; close < j && close <= profile + 2; ++close) {
        if (!toks_[close].IsPunct(',')) continue;
        bool interjected = close + 1 < j;
        for (uint32_t t = profile; t < close && interjected; ++t) interjected = InterjectedWord(t);
        if (interjected && AppositiveStarter(close + 1)) profile = close + 1;
        break;
      }
      // "The company's founder, Mr. Tom Lee, said": a titled name after a phrase that ends
      // in lower case is the name the phrase describes (below), not its appositive.
      // ("The committee's top Republican, Rep. Tom Lee, said": a description opening with
      // a determiner, whatever the case of its last word.)
      // (c > segment first: c may be 0, the text's first token.)
      // ("The Bishop of Elm, the Rt Rev Tom Lee, said": an honorific's "the" before it.)
      uint32_t title = LowerIs(profile, "the") && profile + 2 < j ? profile + 1 : profile;
      // ("His rival, state Sen. Ann Ray, said", "The prosecutor, Assistant Attorney General
      // Tom Lee, said": a modifier in lower case, or up to two words of the office, before
      // the title.)
      if (toks_[title].has(kLowerInitial) && toks_[title].is(kTitle) && title + 2 < j &&
          toks_[title + 1].is(kTitle) && toks_[title + 1].has(kCapitalized)) {
        ++title;
      } else {
        for (uint32_t k = title; k < title + 3 && k + 2 < j && toks_[k].IsWord() &&
                                 toks_[k].has(kCapitalized);
             ++k) {
          if (toks_[k].is(kTitle)) {
            title = k;
            break;
          }
        }
      }
      // ("Victoria's Chief Health Officer, Dr Ann Ray, said": a capitalized office before
      // the comma, too.)
      bool titled_name = c > segment && toks_[title].is(kTitle) &&
                         toks_[title].has(kCapitalized) &&
                         (toks_[c - 1].has(kLowerInitial) || toks_[c - 1].is(kRole) ||
                          (toks_[name].is(kDeterminer) && !toks_[name].is(kPronoun))) &&
                         toks_[j - 1].IsPunct(',');
      // ("His rival, state Sen. Ann Ray (D-Elm City), said": a party's tag closes the name.)
      for (uint32_t t = title; titled_name && t < BeforePartyTag(j - 1); ++t) {
        // ("Rep. Tom Lee of Texas", "Dr. Ann Ray of the Elm Clinic": "of" and a place or a
        // body belong to the name; so do a surname's particles, "Professor Pieter van Zyl".)
        titled_name = (toks_[t].IsWord() && toks_[t].has(kCapitalized)) || toks_[t].IsPunct('.') ||
                      ((LowerIs(t, "of") || (LowerIs(t, "the") && LowerIs(t - 1, "of"))) &&
                       (toks_[t + 1].has(kCapitalized) || LowerIs(t + 1, "the"))) ||
                      (t > title && toks_[t].has(kLowerInitial) &&
                       kSurnameParticles.Has(word_ids_[t]) &&
                       (toks_[t - 1].has(kCapitalized) ||
                        kSurnameParticles.Has(word_ids_[t - 1])) &&
                       (toks_[t + 1].has(kCapitalized) ||
                        kSurnameParticles.Has(word_ids_[t + 1])));
      }
      // "A neighbor, retired teacher Ann Ray, said", "One of them, teacher Tom Lee, said": a
      // description, then a role's words and a full name that close the commas: the name
      // speaks, as after "The party's treasurer," below; the role opens no appositive of the
      // description. (Not "The mayor, a friend of Ann Ray, said": a determiner or a
      // preposition before the name.)
      // (Not a list's example: "Many residents, including retired teacher Ann Ray, say".)
      bool named_role = c > segment && toks_[c - 1].has(kLowerInitial) &&
                        (toks_[profile].has(kLowerInitial) || toks_[profile].has(kHasDigit)) &&
                        toks_[j - 1].IsPunct(',') && j >= profile + 4 &&
                        !LowerIs(profile, "including") && !LowerIs(profile, "excluding");
      uint32_t name_first = j - 1;
      if (named_role) {
        while (name_first > profile && toks_[name_first - 1].IsWord() &&
               toks_[name_first - 1].has(kCapitalized) && !toks_[name_first - 1].is(kTitle)) {
          --name_first;
        }
        // (The role may have its complement: "deputy chief of staff Tom Lee"; not a
        // preposition right before the name, "chief of Elm Port Tom Lee".)
        bool role = false;
        named_role = name_first + 2 <= j - 1 && !toks_[name_first - 1].is(kStop);
        // ("One former pupil, the sculptor Tom Lee, said": "the" may open the role's words.)
        // ("A neighbour, 61-year-old Ann Ray, said": an age describes as a role does.)
        // ("The head of the mission, former Elmland president Kgosi Tau, said": a proper
        // modifier of a lower-case role after it.)
        auto proper_modifier = [&](uint32_t t) {
          if (t == profile || !toks_[t].has(kCapitalized) || toks_[t].has(kPossessive) ||
              toks_[t].is(kTitle)) {
            return false;
          }
          for (uint32_t r = t + 1; r < name_first; ++r) {
            if (toks_[r].is(kRole) && toks_[r].has(kLowerInitial)) return true;
          }
          return false;
        };
        for (uint32_t t = profile; t < name_first && named_role; ++t) {
          const bool the = t == profile && t + 1 < name_first && LowerIs(t, "the");
          const bool age = toks_[t].has(kHasDigit) && EndsWith(t, "-year-old");
          named_role = toks_[t].IsWord() &&
                       (toks_[t].has(kLowerInitial) || age || proper_modifier(t)) &&
                       (!toks_[t].is(kStop) || (LowerIs(t, "of") && role) || the) &&
                       (!toks_[t].is(kDeterminer) || the) && !toks_[t].is(kCueStart);
          role = role || toks_[t].is(kRole) || age;
        }
        // (After "the", a trade's noun by its ending too: "the sculptor Tom Lee".)
        if (named_role && !role && LowerIs(profile, "the") && name_first > profile + 1) {
          role = TradeNounEnding(doc_.TokenText(name_first - 1));
        }
        named_role = named_role && role;
      }
      if (named_role && ValidSubject(name_first, j - 1)) {
        // The name speaks; the role's words are its profile, and so is the description
        // before the comma when an article opens it ("The Elm Party candidate, former
        // councillor Ann Ray, said"; not "First his wife, ...").
        s.found = true;
        s.mention = {name_first, j - 1, toks_[name].is(kDeterminer) ? name : profile, name_first};
        s.boundary = name_boundary();
        return s;
      }
      // ("Letters sent to tenants last month, which the Argus has seen, state": a document
      // and the participle of how it was sent before the comma; the document is the name.)
      // ("Employees interviewed by the Ledger, who asked not to be named, said": people and
      // the participle of a passive with its agent; the people are the name.)
      uint32_t name_end = c;
      if (c > segment + 2 && !ValidSubject(name, c)) {
        for (uint32_t r = name + 1; r + 1 < c; ++r) {
          if (!toks_[r].IsWord()) break;
          if (toks_[r].has(kLowerInitial) && EndsWith(r, "ed") && LowerIs(r + 1, "by") &&
              (PeopleNoun(r - 1) || toks_[r - 1].is(kGroup)) && ValidSubject(name, r)) {
            name_end = r;
            break;
          }
          if (!kDisclosed.Has(word_ids_[r]) || !toks_[r].has(kLowerInitial)) continue;
          if (toks_[r - 1].is(kDocument) && toks_[r + 1].is(kStop) && !LowerIs(r + 1, "by")) {
            name_end = r;
          }
          break;
        }
      }
      // ("A report from the agency, released Monday, said": a document and its source before
      // the comma; the source speaks for it, as it does with no appositive.)
      if (c > name + 2 && !ValidSubject(name, name_end)) {
        for (uint32_t r = name + 1; r + 1 < name_end; ++r) {
          if (!toks_[r].IsWord()) break;
          if (!LowerIs(r, "from") || !toks_[r].has(kLowerInitial)) continue;
          if (toks_[r - 1].is(kDocument) && ValidSubject(r + 1, name_end)) name = r + 1;
          break;
        }
      }
      // "Their union, the Elm Nurses Association, says": a body's noun in lower case, then
      // the body's name after "the" between the commas: the name speaks, the description is
      // its profile.
      bool named_body = c > segment && toks_[c - 1].IsWord() && toks_[c - 1].has(kLowerInitial) &&
                        toks_[c - 1].is(kOrgNoun | kOrgUnit) && LowerIs(profile, "the") &&
                        toks_[profile].has(kLowerInitial) && profile + 2 < j &&
                        toks_[j - 1].IsPunct(',');
      for (uint32_t t = profile + 1; named_body && t + 1 < j; ++t) {
        named_body = toks_[t].IsWord() &&
                     (toks_[t].has(kCapitalized) ||
                      ((LowerIs(t, "of") || LowerIs(t, "and") || LowerIs(t, "for")) &&
                       t > profile + 1 && toks_[t + 1].has(kCapitalized)));
      }
      if (named_body && in_quote_[c] < 0 && ValidSubject(profile + 1, j - 1)) {
        s.found = true;
        s.mention = {profile + 1, j - 1, name, c};
        s.boundary = name_boundary();
        return s;
      }
      // ("The pair, a man and a woman, had phoned for help, said Hugh Lawson": a comma and a
      // finite auxiliary inside open the subject's own predicate; the cue's speaker follows
      // it. Not within a relative clause: "Ann Ray, whose son, Tom, was hurt, said"; but
      // after one whose pronoun is its subject and its verb next, which ends at its comma:
      // "The warehouse, which stored furniture, had been empty, said Clement Voss".)
      bool predicate_inside = false;
      for (uint32_t t = profile; t + 2 < j && !predicate_inside; ++t) {
        if (toks_[t].has(kLowerInitial) &&
            (LowerIs(t, "who") || LowerIs(t, "whose") || LowerIs(t, "which") ||
             LowerIs(t, "where") || LowerIs(t, "when") || LowerIs(t, "that"))) {
          const bool subject_relative =
              !LowerIs(t, "whose") && !LowerIs(t, "where") && !LowerIs(t, "when") &&
              toks_[t + 1].IsWord() && toks_[t + 1].has(kLowerInitial) &&
              !toks_[t + 1].is(kStop) &&
              (EndsWith(t + 1, "ed") || IrregularPast(t + 1) || FiniteAuxiliary(t + 1));
          if (!subject_relative) break;
          continue;
        }
        predicate_inside = t > profile && toks_[t].IsPunct(',') &&
                           toks_[t + 1].has(kLowerInitial) && FiniteAuxiliary(t + 1);
      }
      // ("One, the Elm Fans Trust, said": the name between the commas speaks, below.)
      // (So does a person's name after a description between them: "Testifying against his
      // boss, Tom Lee, the witness, Ann Ray, said": Ann Ray, described.)
      uint32_t described = j - 1;
      while (described > profile + 2 && toks_[described - 1].IsWord() &&
             toks_[described - 1].has(kCapitalized)) {
        --described;
      }
      const bool described_name = described + 2 <= j - 1 && toks_[described - 1].IsPunct(',') &&
                                  toks_[profile].is(kDeterminer) &&
                                  toks_[profile].has(kLowerInitial) &&
                                  toks_[described].is(kFemale | kMale);
      if (c > segment && !opener && !titled_name && !named_role && !predicate_inside &&
          !described_name && !OneOfAGroup(name, name_end) && ValidSubject(name, name_end) &&
          AppositiveStarter(profile) && in_quote_[c] < 0) {
        s.found = true;
        s.mention = {name, name_end, profile, j - 1};
        s.boundary = name_boundary();
        return s;
      }
      segment = c + 1;
    }
    // "The party's treasurer, Jeff Stone, said": a role, then the name (and maybe its
    // party's tag: "Sen. Ann Ray (D-Elm City)").
    const uint32_t name_last = toks_[j - 1].IsPunct(',') ? BeforePartyTag(j - 1) : j - 1;
    // ("The union, Elm Local 1204, said": a number may end a body's name.)
    if (toks_[j - 1].IsPunct(',') && segment < name_last && ValidSubject(segment, name_last) &&
        (toks_[name_last - 1].has(kCapitalized) ||
         (toks_[name_last - 1].has(kHasDigit) && name_last > segment + 1 &&
          toks_[name_last - 2].has(kCapitalized))) &&
        segment > start && toks_[segment - 1].IsPunct(',')) {
      uint32_t role_first = segment - 1;
      while (role_first > start && !toks_[role_first - 1].IsPunct(',')) --role_first;
      // "When the port director, Tom Lee, said ...": a subordinator opens the clause.
      // (So does a conjunction: "A, but the senator, Ann Ray, had endorsed Lee".)
      if (role_first + 2 < segment &&
          ((role_first == start && Subordinator(role_first)) ||
           (toks_[role_first].has(kLowerInitial) &&
            (LowerIs(role_first, "but") || LowerIs(role_first, "and") ||
             LowerIs(role_first, "yet"))))) {
        ++role_first;
      }
      // "Moss's successor, Ben Hart, said": an owner's possessive and a noun of any kind;
      // so does a possessive pronoun ("Her label, Elmtone Music, said").
      auto owned_noun = [&](uint32_t first, uint32_t last) {
        const bool owner = (toks_[first].has(kPossessive) && toks_[first].has(kCapitalized)) ||
                           LowerIs(first, "her") || LowerIs(first, "his") ||
                           LowerIs(first, "their") || LowerIs(first, "its");
        if (last < first + 2 || last > first + 4 || !owner) return false;
        // (The noun right before the comma may be a cue word's: "Her label,", "His
        // pick,"; a verb would not stand there.)
        for (uint32_t t = first + 1; t < last; ++t) {
          if (!toks_[t].IsWord() || !toks_[t].has(kLowerInitial) || toks_[t].is(kStop) ||
              toks_[t].is(kPreverb) || (toks_[t].is(kCueStart) && t + 1 < last) ||
              toks_[t].has(kPossessive)) {
            return false;
          }
        }
        return true;
      };
      // ("The Rev. Tom Lee, Archbishop of Elm, said", "The Most Reverend ...": a titled name,
      // then a title of its own between the commas: the name speaks, the title is its
      // appositive. The name's last word is read last, once `segment >= role_first + 3`
      // has made it a token of the text: at its start `segment` may be 1.)
      auto name_word_before_comma = [&](uint32_t t) {
        const Token& word = toks_[t];
        return word.IsWord() && word.has(kCapitalized) && !word.is(kTitle) && !word.is(kRole) &&
               !word.is(kOrgNoun) && !word.is(kOrgUnit) && !word.has(kPossessive);
      };
      // (Not "The Minister of Works, Engr. Tom Lee, said": a role with a complement, then
      // the titled name.)
      bool lower_inside = false;
      for (uint32_t t = role_first + 1; t + 1 < segment && !lower_inside; ++t) {
        lower_inside = toks_[t].IsWord() && toks_[t].has(kLowerInitial);
      }
      const bool name_then_title = !lower_inside &&
          toks_[segment].has(kCapitalized) &&
          (toks_[segment].is(kTitle) || toks_[segment].is(kRole)) &&
          !toks_[segment].is(kDeterminer) && segment >= role_first + 3 &&
          toks_[role_first].is(kDeterminer) &&
          ((toks_[role_first + 1].is(kTitle) && toks_[role_first + 1].has(kCapitalized)) ||
           (toks_[role_first + 2].is(kTitle) && toks_[role_first + 2].has(kCapitalized) &&
            LowerIs(role_first + 1, "most"))) &&
          name_word_before_comma(segment - 2);
      // "A spokeswoman for the developer, Elm Renewables, said": a business's name between
      // the commas names the object of the role's preposition, not the person; the role
      // speaks, the business is its profile.
      bool business_named = toks_[j - 2].is(kOrgNoun) || toks_[j - 2].is(kCorpSuffix);
      bool person_role = false;
      bool preposition = false;
      for (uint32_t t = role_first; t + 1 < segment && business_named; ++t) {
        const Token& w = toks_[t];
        if (!w.IsWord()) {
          business_named = false;
        } else if (w.has(kLowerInitial) && w.is(kRole) && !preposition) {
          person_role = true;
        } else if (person_role && (LowerIs(t, "for") || LowerIs(t, "of") || LowerIs(t, "at"))) {
          preposition = true;
        }
      }
      if (business_named && person_role && preposition &&
          ValidSubject(role_first, segment - 1)) {
        s.found = true;
        s.mention = {role_first, segment - 1, segment, j - 1};
        s.boundary = role_first == start ? Boundary::kSentenceStart : Boundary::kComma;
      } else if (name_then_title && ValidSubject(role_first, segment - 1)) {
        s.found = true;
        s.mention = {role_first, segment - 1, segment, j - 1};
        s.boundary = role_first == start ? Boundary::kSentenceStart : Boundary::kComma;
      } else if (name_last != j - 1 && ValidSubject(role_first, segment - 1)) {
        s.found = true;
        s.mention = {segment, name_last, role_first, segment - 1};
        s.boundary = role_first == start ? Boundary::kSentenceStart : Boundary::kComma;
      } else if (ValidSubject(role_first, segment - 1) ||
                 (role_first == start && Description(role_first, segment - 1)) ||
                 OneOfAGroup(role_first, segment - 1) ||  // ", and one, Ann Ray, said"
                 owned_noun(role_first, segment - 1) || [&] {
                   // ("The reporter I sat beside, Tom Lee, said", "The man she hired,
                   // ...": a noun and its relative clause without the pronoun.)
                   for (uint32_t p = role_first + 2; p + 2 < segment && p < role_first + 5;
                        ++p) {
                     if (SubjectPronoun(p)) {
                       return toks_[role_first].is(kDeterminer) && ValidSubject(role_first, p);
                     }
                   }
                   return false;
                 }() || [&] {
                   // ("A chieftain of the party in the state, Sani Garba, said": a short
                   // place phrase may end the description; not "in Elm City, Oregon,": a
                   // place between the commas is the city's state.)
                   const uint32_t place = PlacePhraseAtEnd(role_first, segment - 1);
                   const size_t b = toks_[segment].begin;
                   return place != kNone &&
                          !lex_.IsPlace(std::string_view(doc_.text).substr(
                              b, toks_[j - 2].end - b)) &&
                          (ValidSubject(role_first, place) ||
                           (role_first == start && Description(role_first, place)));
                 }()) {
        s.found = true;
        s.mention = {segment, j - 1, role_first, segment - 1};
        s.boundary = role_first == start ? Boundary::kSentenceStart : Boundary::kComma;
      }
    }
    if (!s.found && j == cue_first && toks_[j - 1].IsPunct(',')) {
      return SubjectBeforeAside(j - 1, start);
    }
    return s;
  }
  // Relative clause: "the report, which states that ...", "Smith, who said ...", "Ray,
  // who's long argued for ...", "a report that said ...".
  // (Every word it opens with, "that", "which", "who", ..., starts with a 't' or a 'w' in
  // either case: the other words before a cue, most of them, are not lower-cased to see.)
  const unsigned char initial =
      static_cast<unsigned char>(doc_.text[toks_[j - 1].begin]) | 0x20;
  if (toks_[j - 1].IsWord() && (initial == 't' || initial == 'w')) {
    // ("a report that said ...": "that" after a noun for a document or for people, with no
    // comma; not the demonstrative, "That said, ...", nor after a place or a name, "schools
    // in Elm City that reminded him of ...". Not after a body's noun: "Lee, head of Harbor
    // Watch, a union that backs Ray, said" would lose Lee to the union.)
    // (Nor opening the sentence, "A report that said the pier was unsafe was released",
    // where the clause would run into the main verb; nor after a name and its verb, "Tom Lee
    // met voters that say".)
    bool relative_that =
        LowerIs(j - 1, "that") && toks_[j - 1].has(kLowerInitial) && j - 1 > start &&
        toks_[j - 2].IsWord() && !toks_[j - 2].is(kStop) && toks_[j - 2].has(kLowerInitial) &&
        (toks_[j - 2].is(kDocument) || toks_[j - 2].is(kGroup) || toks_[j - 2].is(kRole));
    if (relative_that) {
      const uint32_t antecedent = ScanNounPhraseBack(j - 1, start);
      relative_that = antecedent > start && antecedent < j - 1;
      // (A phrase that opens with a name and goes on in lower case ran over the name's verb;
      // "a Web video", after its determiner, is one phrase.)
      if (relative_that && toks_[antecedent].has(kCapitalized) &&
          !toks_[antecedent].is(kDeterminer)) {
        for (uint32_t t = antecedent + 1; t < j - 1 && relative_that; ++t) {
          relative_that = !(toks_[t - 1].has(kCapitalized) && toks_[t].has(kLowerInitial) &&
                            !toks_[t].is(kStop));
        }
      }
    }
    if (LowerIs(j - 1, "which") || LowerIs(j - 1, "who") || LowerIs(j - 1, "who's") ||
        WhoWould(j - 1) || LowerIs(j - 1, "who\xE2\x80\x99s") ||
        relative_that) {
      uint32_t end = j - 1;
      if (end > start && toks_[end - 1].IsPunct(',')) --end;
      // ("as against one in five who say": a share of those polled is the antecedent.)
      const uint32_t scanned = ScanNounPhraseBack(end, start);
      const uint32_t share = ShareStart(scanned, end, start);
      uint32_t k = share < end ? share : scanned;
      // ("Tom Lee, a doctor from Elmwood, New Jersey, who said": a state after its city's
      // comma closes the phrase before it; a place says nothing.)
      if (k > start + 2 && k < end && toks_[k - 1].IsPunct(',') && toks_[k].has(kCapitalized) &&
          toks_[k - 2].IsWord() && toks_[k - 2].has(kCapitalized) &&
          lex_.IsPlace(std::string_view(doc_.text).substr(
              toks_[k].begin, toks_[end - 1].end - toks_[k].begin))) {
        end = k - 1;
        k = ScanNounPhraseBack(end, start);
      }
      // "..., including Tom Lee, who said": the name after "including" is the antecedent.
      if (k + 1 < end && toks_[k].has(kLowerInitial) &&
          (LowerIs(k, "including") || LowerIs(k, "excluding"))) {
        ++k;
      }
      // "the advice of a port inspector who said": "who" takes the person after "of", not
      // the thing before it. (Not a share's own "of": "three out of five who said".)
      if (toks_[j - 1].end - toks_[j - 1].begin == 3 && LowerIs(j - 1, "who") && end > k + 2 &&
          share == end &&
          (toks_[end - 1].is(kRole) || toks_[end - 1].is(kGroup) || PeopleNoun(end - 1))) {
        for (uint32_t of = end - 2; of > k; --of) {
          if (!toks_[of].IsWord()) break;
          if (!LowerIs(of, "of")) continue;
          const Token& head = toks_[of - 1];
          if (head.has(kLowerInitial) && !head.is(kRole) && !head.is(kGroup) &&
              !head.is(kOrgNoun) && !head.is(kOrgUnit) && !PeopleNoun(of - 1)) {
            k = of + 1;
          }
          break;
        }
      }
      // ("Among those who said A, most ...", a poll's breakdown: "those" alone is the group
      // that said it, after "Among" or "Of" opening the sentence.)
      const bool those = k + 1 == end && k == start + 1 && LowerIs(k, "those") &&
                         LowerIs(j - 1, "who") && (LowerIs(start, "among") || LowerIs(start, "of"));
      // ("Among them was Carl Jensen, 61, who said": an age alone between commas after a
      // name; the name is the antecedent, the age its profile.)
      if (end == k + 1 && k > start + 1 && toks_[k - 1].IsPunct(',') && IsNumber(doc_, k) &&
          toks_[k].end - toks_[k].begin <= 3 && toks_[k - 2].has(kCapitalized)) {
        const uint32_t name = ScanNounPhraseBack(k - 1, start);
        if (name < k - 1 && ValidSubject(name, k - 1)) {
          s.found = true;
          s.mention = {name, k - 1, k, end};
          s.boundary = Boundary::kClause;
          return s;
        }
      }
      // "Chen Hua, vice-president of Harbor Electric, who told ...": after a name's
      // appositive, the name is the antecedent and the appositive its profile.
      // ("Ann Ray, a nurse in Leeds, who said": an appositive opened by "a" or "an" may
      // end in a place after its preposition, and needs no role word; or in a time, "a fan
      // for 30 years", that names no speaker of its own.)
      const uint32_t opening =
          k < end && toks_[end].IsPunct(',') ? AppositiveOpeningComma(end, start) : end;
      if (opening < end) {
        const uint32_t name = ScanNounPhraseBack(opening, start);
        if (name < opening && ValidSubject(name, opening) &&
            (opening - name >= 2 || name > SentenceFirst(name))) {
          s.found = true;
          s.mention = {name, opening, opening + 1, end};
          s.boundary = Boundary::kClause;
          return s;
        }
      }
      if (k < end && (share < end || those || ValidSubject(k, end))) {
        s.found = true;
        s.mention = {k, end, 0, 0};
        s.boundary = Boundary::kClause;
        bool role = false;
        for (uint32_t r = k; r < end && !role; ++r) {
          role = toks_[r].has(kLowerInitial) && (toks_[r].is(kRole) || toks_[r].is(kTitle));
        }
        if (k > start + 1 && toks_[k - 1].IsPunct(',') && toks_[k].has(kLowerInitial) && role &&
            (toks_[k].is(kRole) || toks_[k].is(kTitle) || LowerIs(k, "a") || LowerIs(k, "an") ||
             LowerIs(k, "the"))) {
          const uint32_t name = ScanNounPhraseBack(k - 1, start);
          // (Not a word opening the sentence alone: "Instead, the novice who ...".)
          if (name < k - 1 && toks_[k - 2].has(kCapitalized) && ValidSubject(name, k - 1) &&
              (k - 1 - name >= 2 || name > SentenceFirst(name))) {
            s.mention = {name, k - 1, k, end};
          }
        }
      }
      return s;
    }
  }
  // "42% say", "Nearly 42% said": a share written with a percent sign, as "42 percent" is.
  if (j >= start + 2 && toks_[j - 1].IsPunct('%') && toks_[j - 2].IsWord() &&
      toks_[j - 2].has(kHasDigit)) {
    uint32_t k = j - 2;
    if (k > start && toks_[k - 1].IsWord() && Approximator(k - 1)) --k;
    if (k == start || !toks_[k - 1].IsWord()) {
      s.found = true;
      s.mention = {j - 2, j, 0, 0};  // the share without "nearly", as "nearly 42 percent"
      s.boundary = k == start                  ? Boundary::kSentenceStart
                   : toks_[k - 1].IsPunct(',') ? Boundary::kComma
                                               : Boundary::kClause;
      return s;
    }
  }
  // "520 delegates said A, 39 said B", "Of the pilots, 12 say": a number alone after a comma
  // or opening the clause, before a verb of saying, counts the people just named (not a
  // year, nor a vote's tally: "12 in favor, 9 opposed").
  if (j >= start + 1 && toks_[j - 1].has(kHasDigit) && toks_[j - 1].IsWord() &&
      (j - 1 == start || toks_[j - 2].IsPunct(',') || toks_[j - 2].IsPunct(';')) &&
      (LowerIs(cue_first, "said") || LowerIs(cue_first, "say") || LowerIs(cue_first, "says") ||
       LowerIs(cue_first, "told")) &&
      [&] {
        const std::string_view number = doc_.TokenText(j - 1);
        return !YearOrDecade(number) &&
               std::all_of(number.begin(), number.end(),
                           [](char c) { return (c >= '0' && c <= '9') || c == ','; });
      }()) {
    s.found = true;
    s.mention = {j - 1, j, 0, 0};
    s.boundary = j - 1 == start ? Boundary::kSentenceStart : Boundary::kComma;
    return s;
  }
  // "Riders under 30 say", "Those over 65 said", "Voters older than 50 said": an age after a
  // plural noun or "those" bounds the group that speaks (not a count, "Over 60 said").
  if (j >= start + 3 && toks_[j - 1].has(kHasDigit)) {
    const uint32_t bound = AgeBoundStart(doc_, start, j);
    const uint32_t first = bound < j ? ScanNounPhraseBack(bound, start) : bound;
    if (first < bound) {
      s.found = true;
      s.mention = {first, j, 0, 0};
      s.boundary = BoundaryBefore(first, start);
      return s;
    }
  }
  // "A former nurse accused of stealing drugs from patients told a jury", "The teenager
  // charged with arson told police": a participle of the courts or of rescue after the
  // sentence's opening noun for a person opens a reduced relative clause on it, which runs
  // to the cue; the noun phrase speaks, not the clause's last noun.
  if (const uint32_t noun_end = CourtParticipleSubjectEnd(start, j); noun_end != kNone) {
    s.found = true;
    s.mention = {start, noun_end, 0, 0};
    s.boundary = Boundary::kSentenceStart;
    return s;
  }
  // (A share ends in a number: IsNumber's flags are tested here before the call, since the
  // word before most cues has none of them.)
  const uint32_t proportion =
      j >= start + 3 && (toks_[j - 1].has(kHasDigit) || toks_[j - 1].is(kGroup) ||
                         toks_[j - 1].is(kDeterminer))
          ? ProportionStart(doc_, j, start)
          : j;
  uint32_t k = proportion < j ? proportion : ScanNounPhraseBack(j, start);
  // "At least 12 residents said", "Nearly 300 said", "more than 300 said": the words that
  // qualify a number opening the phrase are no part of the speaker (NumberLeadIn). A bare
  // number after them, opening its clause, is the speaker, as it is opening the sentence.
  if (k < j && toks_[k].IsWord()) {
    const uint32_t number =
        k + 1 < j && (LowerIs(k, "least") || Approximator(k)) ? k + 1 : k;
    const uint32_t lead = NumberLeadIn(number);
    if (lead < number && lead >= start && in_quote_[number] < 0) {
      k = number;
      if (number + 1 == j && (lead == start || toks_[lead - 1].IsPunct(','))) {
        s.found = true;
        s.mention = {number, j, 0, 0};
        s.boundary = BoundaryBefore(lead, start);
        return s;
      }
    }
  }
  // "Ann Ray, 50, of Elmport said": where the person lives, after the age, belongs to the
  // name; the name speaks, not the place.
  // (The comma before "of" first: the rarest of the tests.)
  if (k >= start + 5 && k < j && toks_[k - 2].IsPunct(',') &&
      (LowerIs(k - 1, "of") || LowerIs(k - 1, "from")) && toks_[k - 1].has(kLowerInitial) &&
      toks_[k].has(kCapitalized) && toks_[k - 4].IsPunct(',') && IsNumber(doc_, k - 3) &&
      toks_[k - 3].end - toks_[k - 3].begin <= 3) {
    const uint32_t name_end = k - 4;
    uint32_t name = name_end;
    while (name > start && name_end - name < 4 && toks_[name - 1].IsWord() &&
           toks_[name - 1].has(kCapitalized) && !toks_[name - 1].has(kPossessive)) {
      --name;
    }
    if (name < name_end && ValidSubject(name, name_end) && in_quote_[name] < 0) {
      s.found = true;
      s.mention = {name, name_end, 0, 0};
      s.boundary = BoundaryBefore(name, start);
      return s;
    }
  }
  // ", a move safety advocates said was overdue", "a figure most economists say is low": "a"
  // and a singular noun before a plural noun for people is no one phrase; the noun after
  // "a" is the object of a relative clause without its pronoun, the rest its subject. (Not
  // "a few advocates", "a dozen pilots".)
  if (proportion == j && k + 3 <= j && toks_[k].has(kLowerInitial) &&
      (LowerIs(k, "a") || LowerIs(k, "an")) && toks_[j - 1].has(kLowerInitial) &&
      EndsWith(j - 1, "s") && (toks_[j - 1].is(kGroup) || PeopleNoun(j - 1))) {
    const uint32_t noun = k + 1;
    const std::string_view w = doc_.TokenText(noun);
    // (A bare compound: "a trio of governors", "a survey of voters" are one phrase.)
    bool bare = true;
    for (uint32_t t = noun; t < j && bare; ++t) bare = toks_[t].IsWord() && !toks_[t].is(kStop);
    if (bare && toks_[noun].has(kLowerInitial) && !toks_[noun].is(kGroup) &&
        !toks_[noun].is(kStop) && !w.ends_with("s") && !toks_[noun].has(kHasDigit) &&
        !LowerIs(noun, "dozen") && !LowerIs(noun, "handful") && !LowerIs(noun, "couple") &&
        !LowerIs(noun, "lot") && !LowerIs(noun, "number") && !LowerIs(noun, "score") &&
        !LowerIs(noun, "bunch") && !LowerIs(noun, "pair") && ValidSubject(k + 2, j)) {
      k += 2;
    }
  }
  // "seven in 10 riders said": the share opens the phrase, its group after the number.
  // (The scan back may have stopped inside it: "One in five voters", "one" a determiner.)
  bool share = false;
  // (Only a number after "in" or "out of" can end a share: the words before both places
  // for it are tested first, at once, & rather than ||: most phrases have neither.)
  auto in_or_of = [&](uint32_t t) { return LowerIs(t, "in") | LowerIs(t, "of"); };
  const bool share_possible = k >= 1 && k < j && (in_or_of(k - 1) | in_or_of(k));
  for (uint32_t number = k;
       share_possible && proportion == j && !share && number < j && number < k + 2; ++number) {
    if (number < start + 2 || !in_or_of(number - 1)) continue;
    const uint32_t share_start = ProportionStart(doc_, number + 1, start);
    share = share_start < number + 1 && share_start <= k && ValidSubject(number, j);
    if (share) k = share_start;
  }
  // (A participle's subject, "vented about Lee vowing to", is no reduced relative's noun.)
  const bool finite_cue = !gerund_cue;
  if (k == j || (proportion == j && !share && !ValidSubject(k, j))) {
    // "A port official who asked not to be named said", "Residents who spoke only in private
    // said", "Residents whose homes were flooded say": the words before the cue end a
    // relative clause on the subject.
    // (Only where the cue follows the clause's last word, a content word: not "who let
    // them think", "who balked at talk of", "who are supporting", whose cue is the
    // clause's own.)
    const Token& last_word = toks_[j - 1];
    // ("... who sailed before his engine gave out is now speaking": after "is" too; "Riders
    // who came to the hearing this week said": before a time passed over above.)
    bool time_after = false;
    for (uint32_t t = j; t < cue_first && !time_after; ++t) time_after = toks_[t].is(kTime);
    const bool clause_ends = (j == cue_first || time_after || LowerIs(j, "is") ||
                              LowerIs(j, "was") || LowerIs(j, "has") || LowerIs(j, "had")) &&
                             last_word.IsWord() &&
                             !last_word.is(kStop) &&
                             !last_word.is(kPronoun) && !last_word.is(kDeterminer) &&
                             !last_word.is(kPreverb) && !LowerIs(j - 1, "them") &&
                             !LowerIs(j - 1, "him") && !LowerIs(j - 1, "us") &&
                             !LowerIs(j - 1, "me");
    // ("Groups that have endorsed him say": an object pronoun after a verb in -ed ends the
    // clause too, whose relative pronoun may be "that"; not after a verb of perceiving or
    // helping, "who watched them say", whose object does the saying.)
    // (Or a verb in the present right after "who": "People who know him say"; not one of
    // perceiving or causing, "who hear them say", "who let them say".)
    auto present_after_who = [&] {
      const uint32_t v = j - 2;
      return v > start + 1 && LowerIs(v - 1, "who") && !toks_[v].is(kStop) &&
             !toks_[v].is(kPreverb) && !EndsWith(v, "ed") && !IrregularPast(v) &&
             !(LowerIs(v, "see") || LowerIs(v, "sees") || LowerIs(v, "hear") ||
               LowerIs(v, "hears") || LowerIs(v, "watch") || LowerIs(v, "watches") ||
               LowerIs(v, "let") || LowerIs(v, "lets") || LowerIs(v, "make") ||
               LowerIs(v, "makes") || LowerIs(v, "help") || LowerIs(v, "helps") ||
               LowerIs(v, "have") || LowerIs(v, "has"));
    };
    const bool object_pronoun =
        j == cue_first && j > start + 2 &&
        (LowerIs(j - 1, "him") || LowerIs(j - 1, "her") || LowerIs(j - 1, "them") ||
         LowerIs(j - 1, "us") || LowerIs(j - 1, "me")) &&
        toks_[j - 2].IsWord() && toks_[j - 2].has(kLowerInitial) &&
        (((EndsWith(j - 2, "ed") || IrregularPast(j - 2)) && !LowerIs(j - 2, "watched") &&
          !LowerIs(j - 2, "helped") && !LowerIs(j - 2, "noticed") &&
          !LowerIs(j - 2, "overheard") && !LowerIs(j - 2, "urged") && !LowerIs(j - 2, "saw") &&
          !LowerIs(j - 2, "heard") && !LowerIs(j - 2, "made") && !LowerIs(j - 2, "let")) ||
         present_after_who());
    for (uint32_t r = j; (clause_ends || object_pronoun) && r-- > start + 1 && r + 20 > j &&
                         toks_[r].IsWord();) {
      if (!toks_[r].has(kLowerInitial) ||
          !(LowerIs(r, "who") || LowerIs(r, "whose") || (object_pronoun && LowerIs(r, "that")))) {
        continue;
      }
      // ("A man who worshiped here and who asked not to be named said": a second relative
      // clause joined by "and"; the antecedent is before the first.)
      if (LowerIs(r - 1, "and") && r > start + 3) continue;
      // ("Those who spoke said": the group is the word and its relative clause, whole.)
      if (LowerIs(r, "who") && LowerIs(r - 1, "those") && in_quote_[r - 1] < 0) {
        s.found = true;
        s.mention = {r - 1, j, 0, 0};
        s.boundary = BoundaryBefore(r - 1, start);
        return s;
      }
      const uint32_t b = AntecedentBefore(r, start);
      if (b < r) {
        s.found = true;
        s.mention = {b, r, 0, 0};
        s.boundary = BoundaryBefore(b, start);
        return s;
      }
      break;
    }
    // (NounBeforeParticiple can answer only for a participle 2 to 7 tokens before `j`, and
    // only when the token before `j` is a word other than a stop word: the walk reads just
    // those.)
    const bool participle_phrase = (j == cue_first || time_after) && finite_cue && j > start + 1 &&
                                   toks_[j - 1].IsWord() && !toks_[j - 1].is(kStop);
    for (uint32_t r = j - 2; participle_phrase && r > start && r + 8 > j; --r) {
      if (!toks_[r].IsWord()) break;
      const uint32_t b = NounBeforeParticiple(r, j, start);
      if (b == r) continue;
      s.found = true;
      s.mention = {b, LowerIs(r - 1, "not") ? r - 1 : r, 0, 0};
      s.boundary = BoundaryBefore(b, start);
      return s;
    }
    // "CBS This Morning co-anchor Dana Morgan said": a phrase too long for a speaker that
    // ends in a name after a lower-case role noun is that name, the rest its profile.
    uint32_t b = j;
    while (b > start && j - b < 4 && toks_[b - 1].IsWord() && toks_[b - 1].has(kCapitalized) &&
           !toks_[b - 1].is(kStop) && !toks_[b - 1].has(kPossessive)) {
      --b;
    }
    if (j - b < 2 || b <= start) return s;  // (before toks_[b - 1]: b may be 0)
    const Token& role = toks_[b - 1];
    // "At the state party convention Sen. Ann Ray said": a titled name after the lower-case
    // noun that ends an opening adverbial without its comma is the subject.
    if (toks_[b].is(kTitle) && role.IsWord() && role.has(kLowerInitial) &&
        !role.is(kDeterminer | kStop | kRole | kGroup) && ValidSubject(b, j) &&
        in_quote_[b] < 0) {
      s.found = true;
      s.mention = {b, j, 0, 0};
      s.boundary = BoundaryBefore(b, start);
      return s;
    }
    if (!role.IsWord() || !role.has(kLowerInitial) ||
        !(role.is(kRole) || role.is(kGroup)) || !ValidSubject(b, j) || in_quote_[b] >= 0) {
      return s;
    }
    const uint32_t premodifier = ScanNounPhraseBack(b - 1, start);
    // "A spokesman for candidate Ann Ray": the name is inside a prepositional phrase, and
    // the speaker is the head ("spokesman"), not the name.
    for (uint32_t t = premodifier; t < b; ++t) {
      if (toks_[t].IsWord() && toks_[t].is(kStop) && toks_[t].has(kLowerInitial)) return s;
    }
    k = premodifier;  // speaker resolution reads the modifiers as the name's role
  }
  // "A port official who spoke to the Herald said", "Another source speaking to the Herald
  // said": a phrase after a verb or preposition is an object inside the subject's relative
  // clause or participle phrase; the subject is the phrase before "who"/"that" or the
  // participle.
  uint32_t clause_end = j;
  // "Economists who favor tolls say": the verb and object after "who" read as a noun phrase;
  // the subject is the phrase before "who". (Not the relative clause's own subject: "the
  // people who they believe", "the man who Lee accused", "who the Herald interviewed", nor
  // a group's noun alone before the cue: "a man who police said was armed".) So after "that"
  // on a body's or people's noun, with a verb in -s or the past and its object: "The union
  // that represents workers at both plants said" (not "the report that union leaders said",
  // whose "that" is its object, nor "rules require that nurses at wards ...").
  // (Called only after "that": most subjects follow no such word.)
  auto that_verb = [&] {
    if (k + 1 >= j || k < start + 2 || Hyphenated(k) ||
        !toks_[k + 1].IsWord() || toks_[k + 1].is(kStop)) {
      return false;
    }
    const Token& head = toks_[k - 2];
    if (!head.IsWord() || !(head.is(kOrgNoun) || head.is(kOrgUnit) || head.is(kGroup) ||
                            head.is(kRole) || PeopleNoun(k - 2))) {
      return false;
    }
    const std::string_view w = doc_.TokenText(k);
    return (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss")) || EndsWith(k, "ed") ||
           IrregularPast(k);
  };
  if (k > start + 1 && (LowerIs(k - 1, "who") || (LowerIs(k - 1, "that") && that_verb())) &&
      toks_[k - 1].has(kLowerInitial) && toks_[k].has(kLowerInitial) &&
      !toks_[k].is(kPronoun) && !toks_[k].is(kDeterminer) &&
      !(k + 1 == j && toks_[k].is(kGroup))) {
    const uint32_t b = AntecedentBefore(k - 1, start);
    if (b < k - 1) {
      clause_end = k - 1;
      k = b;
    }
  }
  if (k > start + 1 && !toks_[k].is(kPronoun) && ObjectPosition(k - 1)) {
    for (uint32_t r = k - 1; r > start && r + 20 > k; --r) {
      const Token& t = toks_[r];
      if (!t.IsWord()) break;
      if (!t.has(kLowerInitial)) continue;
      // Flags first: most words here are neither; no lower-cased copy is made.
      const bool relative = t.is(kStop) && (LowerIs(r, "who") || LowerIs(r, "that"));
      const std::string_view w = doc_.TokenText(r);
      // (Also a passive one with its agent: "Pilots surveyed by the Gazette said"; but not
      // after a document, whose author speaks: "a report published by the Gazette said".)
      // (Also right before its object, "A lawyer representing the family said"; an -ed
      // participle before an infinitive, "The firm hired to audit the books said"; and a
      // document seen by an outlet, "An email reviewed by the Herald said", which the outlet
      // did not write, unlike "a report published by the Gazette"; so is one commissioned or
      // sponsored by a body, "A study commissioned by the council found".)
      const bool participle =
          !t.is(kStop) &&
          ((w.size() > 5 && w.ends_with("ing") && !LowerIs(r, "including") &&
            !LowerIs(r, "according") && (r < k - 1 || !toks_[r - 1].is(kStop)) &&
            !(toks_[r + 1].is(kRole) && toks_[r + 1].has(kLowerInitial))) ||
           (r < k - 1 && w.size() > 2 && (w.ends_with("ed") || AccessVerb(r)) &&
            toks_[r + 1].is(kStop) &&
            ((LowerIs(r + 1, "by") && (!toks_[r - 1].is(kDocument) || AccessVerb(r))) ||
             (LowerIs(r + 1, "to") && r + 2 < k && toks_[r + 2].has(kLowerInitial) &&
              Infinitive(r + 2)))));
      // "because", "if", "when": another clause; its words are not the subject's.
      if (t.is(kStop) && !relative && !ObjectPosition(r)) break;
      if (!relative && !participle) {
        const uint32_t b = finite_cue && r + 1 < k ? NounBeforeParticiple(r, j, start) : r;
        if (b == r) continue;
        k = b;
        clause_end = LowerIs(r - 1, "not") ? r - 1 : r;
        break;
      }
      // ("Those who back Lee say": the group is "those" and its relative clause, whole.)
      if (LowerIs(r, "who") && r > start && LowerIs(r - 1, "those")) {
        k = r - 1;
        clause_end = j;
        break;
      }
      const uint32_t b = AntecedentBefore(r, start);
      if (b < r) {
        k = b;
        clause_end = r;
      }
      break;
    }
  }
  // "Emails released to this newspaper under Freedom of Information show", "Records obtained
  // through a records request show": a document and the participle of how it was released,
  // sent or obtained; the document is the subject, not the names in the phrases after it.
  // (Not "a survey conducted by Ann Ray found": by the author's name, the author speaks; but
  // "Emails seen by the Argus show" is the emails'. Nor across a clause's verb or
  // conjunction: "The plan released in May was late because the board said".)
  if (k > start + 2 && clause_end == j && toks_[k - 1].IsWord() && toks_[k - 1].is(kStop) &&
      toks_[k - 1].has(kLowerInitial) && !toks_[k - 1].is(kDeterminer)) {
    for (uint32_t r = k - 1; r > start && r + 12 > k && toks_[r].IsWord(); --r) {
      const Token& t = toks_[r];
      if (t.has(kCapitalized) || t.has(kHasDigit) || t.is(kDeterminer) || t.is(kTime)) continue;
      if (kDisclosed.Has(word_ids_[r])) {
        const bool author = LowerIs(r + 1, "by") && !AccessVerb(r);
        if (!author && toks_[r + 1].is(kStop) && toks_[r - 1].IsWord() &&
            toks_[r - 1].is(kDocument) && !toks_[r - 1].has(kPossessive)) {
          const uint32_t b = AntecedentBefore(r, start);
          if (b < r) {
            k = b;
            clause_end = r;
          }
        }
        break;
      }
      // (Prepositions and nouns between the participle and the subject found.)
      const bool preposition = t.is(kStop) && (ObjectPosition(r) || LowerIs(r, "under") ||
                                               LowerIs(r, "through") || LowerIs(r, "via"));
      if ((t.is(kStop) && !preposition) || t.is(kPreverb) || t.is(kCueStart)) break;
    }
  }
  // (NameListStart's first test, made before the call: most subjects follow no comma.)
  if (k >= start + 3 && toks_[k - 1].IsPunct(',')) k = NameListStart(k, clause_end, start);
  s.found = true;
  s.mention = {k, clause_end, 0, 0};
  s.boundary = BoundaryBefore(k, start);
  return s;
}

uint32_t Pass::NameListStart(uint32_t first, uint32_t end, uint32_t start) {
  // "Ann Ray, Tom Lee and Ida Moss said": names before the last two, each closed by a comma.
  if (first < start + 3 || !toks_[first - 1].IsPunct(',') || !toks_[first].has(kCapitalized)) {
    return first;
  }
  bool joined = false;
  for (uint32_t t = first + 1; t + 1 < end && !joined; ++t) {
    joined = toks_[t].has(kLowerInitial) && LowerIs(t, "and") && toks_[t + 1].has(kCapitalized);
  }
  if (!joined) return first;
  uint32_t list = first;
  for (int items = 0; items < 6 && list > start + 1 && toks_[list - 1].IsPunct(','); ++items) {
    uint32_t f = list - 1;
    while (f > start && list - f < 5 && toks_[f - 1].IsWord() && toks_[f - 1].has(kCapitalized) &&
           !toks_[f - 1].is(kStop) && !toks_[f - 1].is(kDeterminer) &&
           !toks_[f - 1].is(kTime) && !toks_[f - 1].has(kPossessive) &&
           !toks_[f - 1].is(kPronoun)) {
      --f;
    }
    // (One word opening the sentence may be an adverb: "Meanwhile, Ray and Lee said".)
    const bool opens = f == start || (f > start && toks_[f - 1].IsPunct(','));
    if (f == list - 1 || !opens || (f == start && list - 1 - f < 2)) break;
    list = f;
  }
  return list;
}

// The name after a cue ("said Zhou Yunjie, a deputy ..."): returns its end token (exclusive),
// or `from` if there is none.
uint32_t Pass::NameAfter(uint32_t from, uint32_t end) {
  uint32_t x = from;
  while (x < end && x - from < 13) {
    const Token& t = toks_[x];
    if (!t.IsWord()) break;
    if (t.has(kLowerInitial) && (t.is(kAdjunct) || t.is(kStop)) && !t.is(kDeterminer)) {
      // "Secretary of State Ann Ray"; but right after the cue, "said of Lee", "adding of
      // the port", the phrase after "of" is what the words are about.
      // ("said chairman and chief executive Ann Ray": "and" between two offices.)
      const bool offices_joined =
          x > from && x + 1 < end && LowerIs(x, "and") &&
          (toks_[x - 1].is(kRole) || toks_[x - 1].is(kTitle)) &&
          (toks_[x + 1].is(kRole) || toks_[x + 1].is(kTitle)) && !toks_[x + 1].is(kDeterminer);
      // ("said Luis Ortega of the Alpine Rescue Service": "of the" and a capitalized name
      // with a body's word; not a place's, "of the Middle East".)
      bool of_the = LowerIs(x, "of") && x + 2 < end && LowerIs(x + 1, "the") &&
                    toks_[x + 2].has(kCapitalized) && x > from && toks_[x - 1].has(kCapitalized);
      bool body_word = false;
      for (uint32_t b = x + 2; of_the && !body_word && b < end && b < x + 8 &&
                               toks_[b].IsWord() && toks_[b].has(kCapitalized);
           ++b) {
        body_word = toks_[b].is(kOrgNoun | kOrgUnit | kCorpSuffix);
      }
      of_the = of_the && body_word;
      if ((!(LowerIs(x, "of") || LowerIs(x, "for") || OnInsideBodyName(x)) || x == from ||
           x + 1 >= end || !(toks_[x + 1].has(kCapitalized) || of_the)) &&
          !(x > from && TitleComplementTo(x, end)) &&  // "said Ambassador to Peru Ann Ray"
          !offices_joined) {
        break;
      }
    }
    // (Not a modifier of a title or a role: "said state Sen. Ann Ray", "filed by state
    // attorney Tom Lee".)
    if (t.is(kCueStart) && t.has(kLowerInitial) && !t.is(kRole) && !t.is(kGroup) &&
        !(x + 1 < end && toks_[x + 1].is(kTitle) && toks_[x + 1].has(kCapitalized)) &&
        !(x + 2 < end && toks_[x + 1].is(kRole) && toks_[x + 1].has(kLowerInitial) &&
          toks_[x + 2].has(kCapitalized))) {
      break;
    }
    // ("argued by Tom Lee that ...": "that" opens a clause, though it is a determiner too.)
    if (t.has(kLowerInitial) && LowerIs(x, "that")) break;
    ++x;
  }
  if (x == from || !ValidSubject(from, x)) return from;
  return x;
}

uint32_t Pass::CourtParticipleSubjectEnd(uint32_t start, uint32_t end) {
  static constexpr WordSet kCourtParticiples = {
      "accused",  "acquitted", "arrested",   "charged",  "cleared",  "convicted",
      "detained", "evacuated", "fired",      "imprisoned", "indicted", "injured",
      "jailed",   "rescued",   "sacked",     "sentenced", "sued",     "suspected",
      "suspended", "wounded"};
  // The opening noun phrase: a determiner or a number, up to three words, a noun for a
  // person last ("A former nurse", "Two men", "The 17-year-old driver").
  if (end < start + 4 || !toks_[start].IsWord() ||
      !(LowerIs(start, "a") || LowerIs(start, "an") || LowerIs(start, "the") ||
        IsNumber(doc_, start))) {
    return kNone;
  }
  uint32_t participle = start + 1;
  while (participle < end && participle < start + 5 && toks_[participle].IsWord() &&
         !toks_[participle].is(kStop) && !kCourtParticiples.Has(word_ids_[participle])) {
    ++participle;
  }
  if (participle >= end || participle < start + 2 ||
      !kCourtParticiples.Has(word_ids_[participle]) ||
      !toks_[participle].has(kLowerInitial) || in_quote_[start] >= 0) {
    return kNone;
  }
  static constexpr WordSet kPersonNouns = {"man",  "woman", "men",   "women", "teenager",
                                            "teen", "boy",   "girl",  "youth", "driver",
                                            "couple", "pair"};
  const uint32_t noun = participle - 1;
  if (!toks_[noun].has(kLowerInitial) ||
      !(toks_[noun].is(kRole) || toks_[noun].is(kGroup) || PeopleNoun(noun) ||
        kPersonNouns.Has(word_ids_[noun]))) {
    return kNone;
  }
  // The clause: words only, no verb of its own, relative pronoun or quotation, to the cue.
  if (end > participle + 18) return kNone;
  for (uint32_t t = participle + 1; t < end; ++t) {
    if (!toks_[t].IsWord() || FiniteAuxiliary(t) || LowerIs(t, "who") ||
        LowerIs(t, "which") || LowerIs(t, "that") || in_quote_[t] >= 0) {
      return kNone;
    }
  }
  return participle;
}

uint32_t Pass::NounBeforeParticiple(uint32_t r, uint32_t end, uint32_t start) {
  // "Experts not involved in the study said", "Doctors trained at the clinic said": an -ed
  // participle and its preposition after a noun for people (maybe negated) describe it.
  // (Only where the noun is right before it: "The man who moved to Elm City said" goes on
  // to "who"; and only a short phrase ending in a noun before the cue, not "the votes
  // needed for a majority by way of promised ...", where the cue word is no verb.)
  const Token& t = toks_[r];
  if (r + 7 < end || toks_[end - 1].is(kStop) || !toks_[end - 1].IsWord()) return r;
  if (r + 1 >= end || r < start + 1 || !t.IsWord() || !t.has(kLowerInitial) || t.is(kStop) ||
      !EndsWith(r, "ed") || doc_.TokenText(r).size() < 5 || !toks_[r + 1].is(kStop) ||
      LowerIs(r + 1, "of") || !ObjectPosition(r + 1)) {
    return r;
  }
  const bool negated = LowerIs(r - 1, "not");
  if (negated && r < start + 2) return r;
  const uint32_t noun = negated ? r - 2 : r - 1;
  if ( !toks_[noun].IsWord() || toks_[noun].is(kStop) ||
      toks_[noun].is(kPreverb) ||
      !(toks_[noun].is(kGroup) || toks_[noun].is(kRole) || PeopleNoun(noun))) {
    return r;
  }
  const uint32_t b = AntecedentBefore(noun + 1, start);
  return b <= noun ? b : r;
}

bool Pass::DisclosedDocument(uint32_t t, uint32_t start) const {
  return t > start && kDisclosed.Has(word_ids_[t]) && toks_[t].has(kLowerInitial) &&
         toks_[t - 1].IsWord() && toks_[t - 1].is(kDocument);
}

bool Pass::AccessVerb(uint32_t t) const {
  return LowerIs(t, "seen") || LowerIs(t, "obtained") || LowerIs(t, "reviewed") ||
         LowerIs(t, "viewed") || LowerIs(t, "leaked") || LowerIs(t, "provided") ||
         LowerIs(t, "shared") || LowerIs(t, "funded") || LowerIs(t, "examined") ||
         LowerIs(t, "read") || LowerIs(t, "commissioned") || LowerIs(t, "sponsored") ||
         LowerIs(t, "ordered") || LowerIs(t, "requested");
}

uint32_t Pass::NameAfterRole(uint32_t first, uint32_t role_end, uint32_t end) {
  if (role_end <= first || role_end + 1 >= end || !toks_[role_end].IsPunct(',') ||
      !toks_[role_end - 1].has(kLowerInitial) || !toks_[role_end + 1].has(kCapitalized)) {
    return role_end;
  }
  const uint32_t name_end = NameAfter(role_end + 1, end);
  if (name_end == role_end + 1) return role_end;
  auto closes = [&](uint32_t t) {
    return t == end || toks_[t].IsPunct(',') || toks_[t].IsPunct('.');
  };
  uint32_t t = role_end + 1;
  while (t < name_end && (toks_[t].has(kCapitalized) || toks_[t].IsPunct('.'))) ++t;
  if (t == name_end && closes(t)) return name_end;
  // ", said the study's lead author, Ann Ray of Elm University.": where the person works,
  // after "of", belongs to the name (as in "Ann Ray of Elm University said").
  if (t > role_end + 2 && t + 1 < end && toks_[t].has(kLowerInitial) && LowerIs(t, "of")) {
    uint32_t x = t + 1;
    while (x < end && x < t + 8 && toks_[x].IsWord() &&
           (toks_[x].has(kCapitalized) || LowerIs(x, "the") || LowerIs(x, "of") ||
            LowerIs(x, "and"))) {
      ++x;
    }
    if (x > t + 1 && toks_[x - 1].has(kCapitalized) && closes(x)) return x;
  }
  return role_end;  // no name, or one that goes on
}

uint32_t Pass::RoleComplementBeforeName(uint32_t first, uint32_t role_end, uint32_t end) {
  if (role_end <= first || role_end + 3 >= end || !LowerIs(role_end, "of") ||
      !toks_[role_end - 1].is(kRole)) {
    return role_end;
  }
  uint32_t comma = role_end + 1;
  while (comma < end && comma < role_end + 5 && toks_[comma].IsWord() &&
         toks_[comma].has(kLowerInitial) &&
         (!toks_[comma].is(kStop) || LowerIs(comma, "the") || LowerIs(comma, "and"))) {
    ++comma;
  }
  if (comma == role_end + 1 || comma >= end || !toks_[comma].IsPunct(',')) return role_end;
  return NameAfterRole(first, comma, end) > comma ? comma : role_end;
}

uint32_t Pass::OpeningName(uint32_t first, uint32_t limit) {
  // "But Ann Ray did not ...": a conjunction opens the sentence, the name follows.
  const uint32_t name = first + (first + 1 < limit && toks_[first].has(kCapitalized) &&
                                 (LowerIs(first, "but") || LowerIs(first, "and") ||
                                  LowerIs(first, "yet") || LowerIs(first, "so")));
  uint32_t x = name;
  while (x < limit && x < name + 6 && toks_[x].IsWord() && !toks_[x].is(kStop) &&
         !toks_[x].is(kPronoun) && !toks_[x].is(kDeterminer) &&
         (toks_[x].has(kCapitalized) ||  // "Senate leader Ann Ray"
          ((toks_[x].is(kRole) || toks_[x].is(kTitle)) && x + 1 < limit &&
           toks_[x + 1].has(kCapitalized)))) {
    ++x;
  }
  // ("Pressed on the fares, Lee was blunt:", "Quizzed on it, ...": a participle opening the
  // sentence before its preposition is no name.)
  const bool opening_participle = x == name + 1 && toks_[x].has(kLowerInitial) &&
                                  toks_[x].is(kStop) &&
                                  (toks_[name].is(kCueStart) || EndsWith(name, "ed"));
  if (x > name && x + 1 < limit && (toks_[x].IsPunct(',') || toks_[x].has(kLowerInitial)) &&
      toks_[x - 1].has(kCapitalized) && !toks_[x - 1].is(kTitle) && !toks_[x - 1].is(kLabel) &&
      !opening_participle && ValidSubject(first, x) && !TitleCase(doc_.sentence_of[first])) {
    return x;
  }
  return first;
}

// "The port office sent out a notice saying ...": a document that is the object of a verb
// speaks for that verb's subject; replaces `*subj` by that subject.
void Pass::DocumentAuthor(Subject* subj, uint32_t start) {
  if (subj->found && subj->boundary == Boundary::kClause &&
      toks_[subj->mention.last - 1].is(kDocument) && toks_[subj->mention.last].IsWord() &&
      !LowerIs(subj->mention.last, "which") && !LowerIs(subj->mention.last, "that")) {
    uint32_t v = subj->mention.first;
    // ("filed a $40 million lawsuit alleging ...": the currency sign and its article.)
    if (v > start + 1 && toks_[v - 1].IsPunct('$') && toks_[v - 2].is(kDeterminer)) v -= 2;
    auto verb_like = [this](uint32_t k) {
      int cue = -1;  // "put" opens the cue "put it", not "put out"
      return toks_[k].IsWord() && toks_[k].has(kLowerInitial) && !toks_[k].is(kStop) &&
             !toks_[k].is(kPreverb) && (!toks_[k].is(kCueStart) || MatchCue(k, n_, &cue) == 0);
    };
    if (v > start && verb_like(v - 1)) {
      --v;  // "issued"
      // "put out", "sent out": a particle and its verb.
      if ((LowerIs(v, "out") || LowerIs(v, "up")) && v > start && verb_like(v - 1)) --v;
    }
    if (v < subj->mention.first) {
      Subject author = FindSubject(v, start);
      if (author.found && !toks_[author.mention.last - 1].is(kDocument)) *subj = author;
    }
  }
}

bool Pass::OpeningCommonPlural(const Mention& m) {
  const uint32_t t = m.first;
  // (With its complement too: "Shares of Elmco Inc".)
  return (m.last == t + 1 || (m.last > t + 2 && LowerIs(t + 1, "of"))) && toks_[t].IsWord() &&
         toks_[t].has(kCapitalized) &&
         !toks_[t].is(kPronoun | kRole | kGroup | kOrgNoun | kDocument) &&
         (t == SentenceFirst(t) || t == StartAfterDateline(SentenceFirst(t), m.last)) &&
         EndsWith(t, "s") && !EndsWith(t, "ss") && !PeopleNoun(t) &&
         !CapitalizedMidSentenceElsewhere(t);
}

// A name, a person, group, organization or document noun, or he/she/they: not an adverb
// ("Yet", "Soon") or a participle phrase that ClauseSubject may return.
bool Pass::PossibleSpeaker(const Mention& m) {
  const Token& last = toks_[m.last - 1];
  const bool pronoun = m.last == m.first + 1 && last.is(kPronoun) && !LowerIs(m.first, "it");
  // (Not an article alone: "The first incident came ...", a subject read short.)
  const bool name = last.has(kCapitalized) && !last.is(kStop) && !last.is(kPreverb) &&
                    !last.is(kAdjunct) && !last.is(kTime) && !last.is(kCueStart) &&
                    !LowerIs(m.last - 1, "the");
  const bool noun = last.is(kRole) || last.is(kGroup) || last.is(kOrgNoun) ||
                    last.is(kDocument);
  // ("Ray's first questioners": an owner is not the subject; "Two weeks after ...": a
  // number before a time word opens a time phrase.)
  const bool time_follows = m.last < n_ && toks_[m.last].IsWord() && toks_[m.last].is(kTime);
  if (name && OpeningCommonPlural(m)) return false;
  // (Words inside a quotation never name its speaker.)
  return (pronoun || name || noun) && !last.has(kPossessive) && !time_follows &&
         in_quote_[m.first] < 0 && !toks_[m.first].IsQuote() &&
         !(toks_[m.first].has(kLowerInitial) && doc_.TokenText(m.first).ends_with("ing"));
}

// "Ann Ray emailed supporters saying ...", "Ray wrote an op-ed urging ...", "Ray was on a
// radio show talking about ...": a participle right after the object of a verb or
// preposition describes what the clause's subject did; replaces `*subj` by that subject. Not
// after "with" ("with Ann Ray telling reporters", where the object is the participle's
// subject) and not for evidence verbs ("cited polls showing ...": the polls show).
void Pass::ParticipleAfterObject(Subject* subj, uint32_t sf, uint32_t start, uint32_t cf,
                                 int cue) {
  // (Not "quoted Lee as saying": the one quoted speaks; FindSubject took that phrase.)
  if (!subj->found || lex_.cue(cue).cls == CueClass::kEvidence ||
      !doc_.TokenText(cf).ends_with("ing") || (cf > 0 && LowerIs(cf - 1, "as"))) {
    return;
  }
  const uint32_t first = subj->mention.first;
  // "Ann Ray emailed supporters", "the senator emailed supporters": the phrase runs over the
  // subject's verb.
  // So does one that has a common irregular past after a noun ("the board withdrew notices
  // seeking ..."). One that opens with that verb has its subject right before it ("he spent
  // much of his speech defending ..."). (Not a verb whose object does the participle: "left
  // most voters saying", "found riders complaining".)
  auto own_verb = [this](uint32_t t) {
    return toks_[t].has(kLowerInitial) && IrregularPast(t) && !LowerIs(t, "left") &&
           !LowerIs(t, "got") && !LowerIs(t, "kept") && !LowerIs(t, "made") &&
           !LowerIs(t, "caught") && !LowerIs(t, "found") && !LowerIs(t, "saw");
  };
  if (first + 1 < subj->mention.last && own_verb(first)) {
    const Subject verb_subject = FindSubject(first, start);
    if (verb_subject.found && PossibleSpeaker(verb_subject.mention)) {
      *subj = verb_subject;
      return;
    }
  }
  // (So does a phrase that cannot speak, or a share of a thing, right after that verb: "Lee
  // spent much of his speech railing against ..."; the verb's own subject if the clause
  // has none.)
  const bool object_of_verb = first > start + 1 && own_verb(first - 1) &&
                              (!PossibleSpeaker(subj->mention) ||
                               (first + 1 < subj->mention.last && LowerIs(first, "much") &&
                                LowerIs(first + 1, "of")));
  bool verb_inside = object_of_verb;
  for (uint32_t t = first + 1; t + 1 < subj->mention.last && !verb_inside; ++t) {
    verb_inside = toks_[t].has(kLowerInitial) && !toks_[t].is(kStop) &&
                  (((toks_[t - 1].has(kCapitalized) || toks_[t - 1].is(kRole)) &&
                    doc_.TokenText(t).ends_with("ed")) ||
                   (own_verb(t) && toks_[t - 1].has(kLowerInitial) &&
                    !toks_[t - 1].is(kStop) && !toks_[t - 1].is(kDeterminer)));
  }
  // "Lee has drawn crowds describing ...": a phrase that opens right after "has", "have" or
  // "had" runs over the subject's verb too, a past participle. So does a single word after
  // a modal, or a modal and an adverb in -ly ("Riders can reasonably campaign saying ...": a
  // bare verb). With more words after a modal, the verb opens the phrase and its object
  // does the participle ("will hold banners proclaiming ...").
  uint32_t aux = first > start + 1 ? first - 1 : first;
  if (aux > start + 1 && !toks_[aux].is(kPreverb) && EndsWith(aux, "ly")) --aux;
  const bool after_modal =
      first > start + 1 && toks_[first].has(kLowerInitial) && !toks_[first].is(kDeterminer) &&
      !toks_[first].is(kPronoun) && toks_[aux].has(kLowerInitial) && Modal(aux);
  const uint32_t bare_verb =
      first + 1 < subj->mention.last && EndsWith(first, "ly") ? first + 1 : first;
  if (after_modal && subj->mention.last > bare_verb + 1) {
    subj->mention.first = bare_verb + 1;
    return;
  }
  const bool after_auxiliary =
      (after_modal && subj->mention.last == bare_verb + 1) ||
      (first > start + 1 && toks_[first].has(kLowerInitial) && !toks_[first].is(kDeterminer) &&
       !toks_[first].is(kPronoun) &&
       (LowerIs(first - 1, "has") || LowerIs(first - 1, "have") || LowerIs(first - 1, "had")));
  if (!verb_inside && !after_auxiliary) {
    if (first <= start + 1 || !ObjectPosition(first - 1) || toks_[first].is(kPronoun)) return;
    // "a group backing X", "staff members suggesting ...": an object that could speak is the
    // participle's own subject (a reduced relative clause).
    // (Not one spoken or written to: "wrote to supporters saying ...", "emailed supporters
    // saying ..."; but "gave money to a group backing X", "quoted staff members saying".)
    const Token& head = toks_[subj->mention.last - 1];
    int before_cue = -1;
    // ("to" after a verb of saying or a written message: "spoke to", "a memo to"; not
    // "reached out to workers complaining", "gave a voice to residents arguing".)
    const bool addressed =
        (LowerIs(first - 1, "to") && first >= 2 &&
         (LowerIs(first - 2, "spoke") || LowerIs(first - 2, "talked") ||
          LowerIs(first - 2, "wrote") || LowerIs(first - 2, "speaks") ||
          LowerIs(first - 2, "talks") || LowerIs(first - 2, "writes") ||
          toks_[first - 2].is(kDocument) || LowerIs(first - 2, "message") ||
          SpeechCueAt(first - 2, first, &before_cue) > 0)) ||
        LowerIs(first - 1, "emailed") || LowerIs(first - 1, "texted") ||
        LowerIs(first - 1, "messaged") ||
        (SpeechCueAt(first - 1, first, &before_cue) > 0 && TakesListener(before_cue));
    if ((head.is(kGroup) || head.is(kRole) || head.is(kOrgNoun) || head.is(kOrgUnit) ||
         head.is(kMembership)) &&
        !(addressed && lex_.cue(cue).cls == CueClass::kSpeech && !lex_.cue(cue).name_object)) {
      return;
    }
    // "footage of Ann Ray saying", "asked about Lee calling ...": a name after "of" or
    // "about" is the participle's subject.
    if (head.has(kCapitalized) && (LowerIs(first - 1, "of") || LowerIs(first - 1, "about"))) {
      return;
    }
    for (uint32_t t = first - 1; t > start && t + 10 > first && toks_[t].IsWord(); --t) {
      if (LowerIs(t, "with")) return;  // "with the campaign of the senator saying"
    }
    // "used to seeing the road sign warning of delays", "heard Lee telling ...": what is
    // seen or heard does the participle.
    const std::string_view verb = doc_.TokenText(first - 1);
    if (verb.size() >= 3 && verb.size() <= 8 &&
        (verb.starts_with("se") || verb.starts_with("sa") || verb.starts_with("he") ||
         verb.starts_with("wa")) &&
        (LowerIs(first - 1, "see") || LowerIs(first - 1, "sees") || LowerIs(first - 1, "saw") ||
         LowerIs(first - 1, "seen") || LowerIs(first - 1, "seeing") ||
         LowerIs(first - 1, "hear") || LowerIs(first - 1, "hears") ||
         LowerIs(first - 1, "heard") || LowerIs(first - 1, "hearing") ||
         LowerIs(first - 1, "watch") || LowerIs(first - 1, "watched") ||
         LowerIs(first - 1, "watching"))) {
      return;
    }
  }
  Mention m;
  const uint32_t subject_limit =
      after_auxiliary ? aux : verb_inside ? subj->mention.last - 1 : first;
  // ("In Salem, speakers took turns urging ...": a plural noun for people, too.)
  if (!ClauseSubject(sf, start, cf, &m) || m.last > subject_limit ||
      (!PossibleSpeaker(m) && !(toks_[m.last - 1].has(kLowerInitial) && PeopleNoun(m.last - 1)))) {
    if (object_of_verb) {
      const Subject verb_subject = FindSubject(first - 1, start);
      if (verb_subject.found && PossibleSpeaker(verb_subject.mention)) *subj = verb_subject;
    }
    return;
  }
  subj->mention = m;
  subj->boundary = m.first == start ? Boundary::kSentenceStart : Boundary::kClause;
}

Subject Pass::SubjectBeforeAside(uint32_t close, uint32_t start) {
  Subject none;
  if (reading_past_aside_ || close < start + 4) return none;
  // The aside: a few words after its own comma, opening in lower case with a preposition or
  // "including", with no verb, pronoun or quotation of its own.
  uint32_t open = close - 1;
  while (open > start && open + 12 > close && toks_[open].IsWord() && in_quote_[open] < 0) {
    --open;
  }
  if (!toks_[open].IsPunct(',') || open + 2 > close || open < start + 3 ||
      in_quote_[open] >= 0 || !toks_[open + 1].has(kLowerInitial) ||
      !(toks_[open + 1].is(kStop) || LowerIs(open + 1, "including")) ||
      LowerIs(open + 1, "and") || LowerIs(open + 1, "or") || LowerIs(open + 1, "but") ||
      Subordinator(open + 1)) {
    return none;
  }
  for (uint32_t t = open + 1; t < close; ++t) {
    const Token& tok = toks_[t];
    if ((tok.is(kPreverb) && !tok.is(kDeterminer)) || tok.is(kPronoun) ||
        (tok.is(kCueStart) && tok.has(kLowerInitial)) || FiniteAuxiliary(t)) {
      return none;
    }
  }
  // The subject before it, read as if the cue followed its last word: it must end before
  // that word, the rest being its relative clause or participle phrase.
  reading_past_aside_ = true;
  Subject subject = FindSubject(open, start);
  reading_past_aside_ = false;
  if (!subject.found || subject.mention.last >= open) return none;
  return subject;
}

// The subject of a cue that has none of its own ("..., saying", "Li smiled and said"): the
// sentence's opening noun phrase, else the nearest name or pronoun followed by its verb.
// `start` is the sentence's first token after opening quotation marks.
bool Pass::ClauseSubject(uint32_t sf, uint32_t start, uint32_t cf, Mention* m,
                         bool nearest) {
  // The opening noun phrase: a name, a pronoun, or "the real estate tycoon"; after a
  // dateline ("WASHINGTON -") and an opening adverbial ("Asked about the plan, Li ...")
  // the phrase after its comma.
  start = SkipDateline(start, cf);
  // "And Mr. Lee gloated: ...", "But the court overruled and said ...": a conjunction opens
  // the sentence, the subject follows.
  if (start + 1 < cf && toks_[start].has(kCapitalized) && toks_[start + 1].IsWord() &&
      (LowerIs(start, "and") || LowerIs(start, "but") || LowerIs(start, "yet") ||
       LowerIs(start, "so"))) {
    ++start;
    // "And now Mr. Lee has ...": an adverb before the subject.
    while (start + 1 < cf && toks_[start].has(kLowerInitial) &&
           (toks_[start].is(kPreverb) || toks_[start].is(kAdjunct)) &&
           !toks_[start].is(kStop) && toks_[start + 1].has(kCapitalized)) {
      ++start;
    }
  }
  // "More than 300 residents packed ...", "At least 40 pilots ...": a number's qualifier
  // of two words opens the subject (read before "At" is taken for an adverbial's).
  if (start + 3 < cf && IsNumber(doc_, start + 2) &&
      (((LowerIs(start, "more") || LowerIs(start, "fewer") || LowerIs(start, "less")) &&
        LowerIs(start + 1, "than")) ||
       (LowerIs(start, "at") && (LowerIs(start + 1, "least") || LowerIs(start + 1, "most"))))) {
    start += 2;
  }
  // "On Friday evening Mr. Lee opened ...", "But a few days later, Lee ...": a time phrase
  // without its comma.
  if (toks_[start].IsWord() &&
      (toks_[start].is(kStop) || toks_[start].is(kAdjunct) || toks_[start].is(kDeterminer)) &&
      (toks_[start].has(kCapitalized) || start > sf)) {
    uint32_t x = start + 1;
    while (x < cf && x < start + 5 && toks_[x].IsWord() &&
           (toks_[x].is(kTime) || toks_[x].has(kHasDigit) ||
            (toks_[x].has(kLowerInitial) && !toks_[x].is(kStop) && !toks_[x].is(kCueStart))) &&
           !(toks_[x - 1].is(kTime) && SubjectPronoun(x))) {
      ++x;
    }
    if (x > start + 1 && x + 1 < cf && toks_[x].IsPunct(',') && toks_[x - 1].is(kTime) &&
        start > sf) {
      ++x;  // "But a few days later, Lee ..."
    }
    // "The night before, at the pier, Lee ...", "A week later, ...": a time phrase opening the
    // sentence with its comma, the rest read as if it opened there.
    uint32_t comma = x;
    if (comma + 1 < cf && toks_[comma].IsWord() && toks_[comma].has(kLowerInitial) &&
        (LowerIs(comma, "before") || LowerIs(comma, "after") || LowerIs(comma, "ago"))) {
      ++comma;
    }
    if (start == sf && toks_[start].is(kDeterminer) && comma > start + 1 && comma + 2 < cf &&
        toks_[comma].IsPunct(',') && (toks_[comma - 1].is(kTime) || comma > x)) {
      start = comma + 1;
      x = start;
    }
    // ("Last week he sat down with the Sentinel to talk about ...": a pronoun after it.)
    if (x > start + 1 && x < cf && toks_[x].IsWord() &&
        (toks_[x].has(kCapitalized) || (toks_[x - 1].is(kTime) && SubjectPronoun(x))) &&
        (toks_[x - 1].is(kTime) || toks_[x - 1].IsPunct(','))) {
      start = x;
    }
  }
  // ("Instead, the mayor ...": an adverb alone before its comma, too; "Just before it left,
  // the pilot ...": an adverb before a subordinator.)
  // ("On Thursday, after their shift, the workers ...": a second adverbial after the
  // first's comma, "in the last debate, on Elm TV, the rivals ...": a preposition in lower
  // case and up to eight tokens with no verb or quotation mark, then its comma. Not "while
  // Lee, Ray and Moss have ...", a list of names; nor "about 200 riders met in the hall,
  // ...", a subject.)
  static constexpr WordSet kAdverbialPrepositions = {
      "after", "before", "at", "in", "on", "during", "amid", "despite", "following", "with"};
  const uint32_t first_start = start;
  auto second_adverbial = [&] {
    if (start == first_start || !kAdverbialPrepositions.Has(word_ids_[start]) ||
        !toks_[start].has(kLowerInitial)) {
      return false;
    }
    for (uint32_t t = start + 1; t < cf && t < start + 10; ++t) {
      const Token& tok = toks_[t];
      if (tok.IsPunct(',')) return t > start + 1 && in_quote_[t] < 0;
      if (tok.IsQuote() ||
          (tok.IsWord() && tok.has(kLowerInitial) &&
           (tok.is(kPreverb) || tok.is(kCueStart) || EndsWith(t, "ed") || IrregularPast(t)))) {
        return false;
      }
    }
    return false;
  };
  for (int round = 0; round < 2 && (round == 0 || second_adverbial()); ++round) {
    if (toks_[start].IsWord() &&
        (toks_[start].is(kStop) || toks_[start].is(kAdjunct) ||
         (toks_[start].is(kPreverb) && start + 1 < cf &&
          (toks_[start + 1].IsPunct(',') ||
           (toks_[start + 1].IsWord() && toks_[start + 1].has(kLowerInitial) &&
            toks_[start + 1].is(kStop) && !toks_[start + 1].is(kPreverb)))) ||
         std::string_view(doc_.TokenText(start)).ends_with("ing") ||
         std::string_view(doc_.TokenText(start)).ends_with("ed") ||
         // ("Hastily politicizing the crash, Lee ...": a manner adverb before the participle.)
         (MannerAdverb(start) && start + 1 < cf && toks_[start + 1].has(kLowerInitial) &&
          (EndsWith(start + 1, "ing") || EndsWith(start + 1, "ed"))))) {
      for (uint32_t k = start + 1; k < cf && k < start + 30; ++k) {
        // ("Politicizing the crash - as he did in May - Lee cast ...": an aside between
        // dashes ends the participle's phrase as its comma does.)
        if (toks_[k].IsPunct('-') && in_quote_[k] < 0) {
          uint32_t close = k + 2;
          while (close + 1 < cf && close < start + 30 && !toks_[close].IsPunct('-') &&
                 !toks_[close].IsPunct(',')) {
            ++close;
          }
          if (close + 1 < cf && toks_[close].IsPunct('-') && in_quote_[close] < 0) {
            start = close + 1;
            break;
          }
        }
        if (toks_[k].IsPunct(',') && in_quote_[k] < 0) {
          start = k + 1;
          // "At a rally in Elm City, Tex., Ray ...": a state's abbreviation after the place
          // and its comma is the adverbial's too.
          if (start + 2 < cf && toks_[start].IsWord() && toks_[start].has(kCapitalized) &&
              toks_[start].is(kAbbrev) && toks_[start + 1].IsPunct(',') &&
              toks_[k - 1].has(kCapitalized)) {
            start += 2;
          }
          break;
        }
      }
      while (start < cf && toks_[start].IsQuote()) ++start;
    }
  }
  // ("Addressing the board, many of them wary, the chief said": past a share of "them".)
  if (const uint32_t comma = AbsoluteShareEnd(start, cf); start > sf && comma != kNone) {
    start = comma + 1;
  }
  while (start < cf && !toks_[start].IsWord()) ++start;  // "~ Ann Ray ..."
  // ("..., about 200 riders massed ...": a number's approximator opens the phrase.)
  if (start + 2 < cf && Approximator(start) && IsNumber(doc_, start + 1)) ++start;
  uint32_t x = OpeningPhraseEnd(start, cf);
  // "One of the men, Tom Lee, 70, served ...": a partitive runs to its comma, and the name
  // after it (below) is the one it picks out.
  if (x == start + 1 && x + 3 < cf && LowerIs(x, "of") &&
      (LowerIs(start, "one") || LowerIs(start, "two") || LowerIs(start, "another") ||
       LowerIs(start, "each") || LowerIs(start, "some") || LowerIs(start, "several"))) {
    uint32_t y = x + 1;
    while (y < cf && y < x + 6 && toks_[y].IsWord() && toks_[y].has(kLowerInitial)) ++y;
    if (y > x + 1 && y + 1 < cf && toks_[y].IsPunct(',') && toks_[y + 1].has(kCapitalized)) {
      x = y;
    }
  }
  // "Hundreds of demonstrators marched ...": a count's "of" and its plural noun (after up
  // to two modifiers) are the subject, as FindSubject reads "Dozens of pilots said".
  if (x == start + 1 && x + 2 < cf && LowerIs(x, "of") &&
      (LowerIs(start, "hundreds") || LowerIs(start, "thousands") || LowerIs(start, "dozens") ||
       LowerIs(start, "scores") || LowerIs(start, "millions"))) {
    // (The run's last plural noun ends it, before a verb: "Hundreds of riders marched".)
    const uint32_t of = x;
    for (uint32_t y = of + 1; y < cf && y < of + 4 && toks_[y].IsWord() &&
                              toks_[y].has(kLowerInitial) && !toks_[y].is(kStop) &&
                              !toks_[y].is(kPreverb) && !toks_[y].is(kCueStart) && !FiniteVerb(y);
         ++y) {
      if (PluralNoun(y) || toks_[y].is(kGroup)) x = y + 1;
    }
  }
  // ("Her editor at Elm Books, Ann Ray, is blunt": a description's complement, a body's
  // capitalized name, runs to the comma before the name it describes.)
  bool complement = false;
  if (x > start && x + 2 < cf && toks_[start].is(kDeterminer) && toks_[x - 1].has(kLowerInitial) &&
      toks_[x - 1].is(kRole) && !toks_[x - 1].is(kGroup) && !PluralNoun(x - 1) &&
      (LowerIs(x, "at") || LowerIs(x, "of") || LowerIs(x, "for") || LowerIs(x, "with"))) {
    uint32_t y = x + 1;
    if (LowerIs(y, "the")) ++y;
    const uint32_t name = y;
    while (y < cf && y < name + 6 && toks_[y].IsWord() && toks_[y].has(kCapitalized)) ++y;
    if (y > name && y + 1 < cf && toks_[y].IsPunct(',') && toks_[y + 1].has(kCapitalized)) {
      x = y;
      complement = true;
    }
  }
  // A subject is followed by its verb. An opening phrase followed by a comma is an adverb or
  // the rest of an adverbial ("Instead, the mayor is ...", "Speaking in Salem, Oregon, Ann
  // Ray went ...", "At a rally in Salem, Ore., on Sunday, Ray ..."), unless an appositive
  // closed by its own comma follows ("Ray, the mayor, smiled and said").
  uint32_t profile_first = 0, profile_last = 0;  // a description before the name
  uint32_t appositive_first = 0, appositive_last = 0;  // one after it
  for (int round = 0; round < 4 && x > start && x + 1 < cf && toks_[x].IsPunct(',') &&
                      in_quote_[x] < 0;
       ++round) {
    // "Lee's usual partner, ranking member Sen. Ann Ray (Md.), is ...": a description, then
    // the name it describes.
    uint32_t name_end = OpeningPhraseEnd(x + 1, cf);
    while (name_end > x + 2 && !ValidSubject(x + 1, name_end)) --name_end;
    const bool including = toks_[x + 1].has(kLowerInitial) &&  // "..., including Ann Ray,"
                           (toks_[x + 1].is(kStop) || doc_.TokenText(x + 1).ends_with("ing"));
    // ("The Treasurer, Ann Ray, has ...": a capitalized office after "the" describes too.)
    const bool described =
        toks_[x - 1].has(kLowerInitial) || complement ||
        ((toks_[x - 1].is(kRole) || toks_[x - 1].is(kTitle)) && toks_[start].is(kDeterminer));
    if (described && !including && name_end > x + 1 && name_end + 1 < cf &&
        (toks_[name_end].IsPunct(',') || toks_[name_end].IsPunct('(')) &&
        toks_[name_end - 1].has(kCapitalized) && ValidSubject(x + 1, name_end)) {
      // (The description is the name's profile: "The Elm Council's president, Ann Ray,
      // handed over a letter demanding ..." gives her the council.)
      profile_first = start;
      profile_last = x;
      start = x + 1;
      x = name_end;
      break;
    }
    bool appositive = false;
    // A phrase opening with a preposition may be the rest of the adverbial: tried below.
    const bool preposition = toks_[x + 1].has(kLowerInitial) && toks_[x + 1].is(kStop);
    if (!preposition && AppositiveStarter(x + 1)) appositive = CommaBetween(x + 2, cf - 1);
    if (appositive) {
      // "Li Hua, chairman of Elm Motors, struck an upbeat tone, saying ...": the appositive,
      // up to the comma before the clause's verb, is the name's profile.
      for (uint32_t t = x + 2; t + 1 < cf; ++t) {
        if (toks_[t].IsPunct(',') && in_quote_[t] < 0 && FiniteVerb(t + 1)) {
          appositive_first = x + 1;
          appositive_last = t;
          break;
        }
      }
      break;
    }
    uint32_t next = x + 1;
    // The rest of the adverbial: "on Sunday," after "in Salem, Ore.,".
    if (toks_[next].IsWord() && toks_[next].has(kLowerInitial) &&
        (toks_[next].is(kStop) || toks_[next].is(kAdjunct))) {
      while (next < cf && !(toks_[next].IsPunct(',') && in_quote_[next] < 0) &&
             next < x + 12) {
        ++next;
      }
      if (next >= cf || !toks_[next].IsPunct(',')) break;
      ++next;
    }
    uint32_t end = OpeningPhraseEnd(next, cf);
    while (end > next + 1 && !ValidSubject(next, end)) --end;
    // The phrase after the comma must be a subject followed by its verb.
    if (end == next || end >= cf || !toks_[end].IsWord() || !toks_[end].has(kLowerInitial) ||
        (toks_[end].is(kStop) && !toks_[end].is(kPreverb)) || !ValidSubject(next, end)) {
      break;
    }
    start = next;
    x = end;
  }
  while (x > start + 1 && !ValidSubject(start, x)) --x;
  // "It's a long shot, but Ann Ray ...", "It's a two-pronged plan ...": a contracted
  // pronoun opens an impersonal clause.
  const bool impersonal =
      (LowerIs(start, "it's") || LowerIs(start, "it\xE2\x80\x99s") || LowerIs(start, "there's") ||
       LowerIs(start, "there\xE2\x80\x99s") || LowerIs(start, "that's") ||
       LowerIs(start, "that\xE2\x80\x99s"));
  if (x > start && !impersonal && ValidSubject(start, x)) {
    *m = {start, x, profile_last > 0 && start == profile_last + 1 ? profile_first : 0,
          profile_last > 0 && start == profile_last + 1 ? profile_last : 0};
    if (m->appositive_last == 0 && appositive_last > 0 && appositive_first == x + 1) {
      m->appositive_first = appositive_first;
      m->appositive_last = appositive_last;
    }
    return true;
  }
  // "In a speech -- held in Ohio -- Ann Ray claimed victory and argued ...": the
  // nearest name or pronoun that opens a clause and is followed by its verb.
  if (!nearest) return false;
  for (uint32_t t = cf; t-- > sf && cf - t <= kMaxNearestSubject;) {
    const Token& tok = toks_[t];
    const bool name = tok.IsWord() && tok.has(kCapitalized) && !tok.is(kTitle) &&
                      !tok.is(kStop) && !tok.is(kAdjunct) && !tok.is(kTime);
    const bool pronoun = tok.IsWord() && tok.is(kPronoun) && !LowerIs(t, "it") &&
                         !LowerIs(t, "you");
    // Its verb may be an auxiliary ("Ann Ray was in Ohio, stressing ...").
    if (!(name || pronoun) || t + 1 >= cf || !toks_[t + 1].IsWord() ||
        !toks_[t + 1].has(kLowerInitial) ||
        (toks_[t + 1].is(kStop) && !toks_[t + 1].is(kPreverb)) || in_quote_[t] >= 0) {
      continue;
    }
    uint32_t b = t;
    while (name && b > sf && toks_[b - 1].IsWord() && toks_[b - 1].has(kCapitalized) &&
           !toks_[b - 1].is(kStop)) {
      --b;
    }
    if (b == sf || !toks_[b - 1].IsWord() || toks_[b - 1].is(kStop)) {
      *m = {b, t + 1, 0, 0};
      return true;
    }
  }
  return false;
}

}  // namespace policy::extract_internal::attribution_internal
