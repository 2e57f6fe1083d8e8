#include "server/extract/internal/attribution.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "server/extract/internal/pass.h"
#include "server/extract/internal/speakers.h"

namespace policy::extract_internal::attribution_internal {
namespace {

constexpr size_t kMaxInheritDistance = 64;  // statements between a quote and its lender
constexpr int kMaxLaterCues = 24;  // later cues ContentEnd reads
constexpr uint32_t kMaxSubjectTokens = 40;
constexpr uint32_t kMaxNearestSubject = 128;  // tokens ClauseSubject reads back for a subject

// The number of spans in `sorted` (ordered by first token) whose first token is below `key`:
// std::lower_bound on the first token, with the comparison's result selected (a conditional
// move) instead of branched on, which mispredicted about every other step.
size_t CountFirstBelow(const std::vector<std::pair<uint32_t, uint32_t>>& sorted, uint32_t key) {
  if (sorted.empty()) return 0;
  const std::pair<uint32_t, uint32_t>* base = sorted.data();
  size_t length = sorted.size();
  while (length > 1) {
    const size_t half = length / 2;
    base = base[half].first < key ? base + half : base;
    length -= half;
  }
  return static_cast<size_t>(base - sorted.data()) + (base->first < key ? 1 : 0);
}


// caller's (per-thread buffers, reused from one article to the next): `spans` is sorted in
// place and `max_last` overwritten; they must outlive the SpanCover.
class SpanCover {
 public:
  SpanCover(std::vector<std::pair<uint32_t, uint32_t>>& spans, std::vector<uint32_t>& max_last)
      : spans_(spans), max_last_(max_last) {
    // (Usually in order already, as the candidates they come from are.)
    if (!std::is_sorted(spans.begin(), spans.end())) std::sort(spans.begin(), spans.end());
    max_last_.resize(spans_.size());
    for (size_t i = 0; i < spans_.size(); ++i) {
      max_last_[i] = std::max(spans_[i].second, i > 0 ? max_last_[i - 1] : 0u);
    }
  }
  // Whether a span holds [first, last), itself included.
  bool Holds(uint32_t first, uint32_t last) const {
    const size_t with = CountFirstBelow(spans_, first + 1);  // first token <= first
    return with > 0 && max_last_[with - 1] >= last;
  }
  // Whether a longer span holds [first, last): one that starts before it and ends no
  // earlier, or starts with it and ends later.
  bool HoldsLonger(uint32_t first, uint32_t last) const {
    const size_t before = CountFirstBelow(spans_, first);
    if (before > 0 && max_last_[before - 1] >= last) return true;
    const size_t with = CountFirstBelow(spans_, first + 1);
    return with > 0 && max_last_[with - 1] > last;
  }
  // Whether one of the spans lies within [first, last).
  bool OneWithin(uint32_t first, uint32_t last) const {
    for (size_t i = CountFirstBelow(spans_, first); i < spans_.size() && spans_[i].first < last;
         ++i) {
      if (spans_[i].second <= last) return true;
    }
    return false;
  }

 private:
  const std::vector<std::pair<uint32_t, uint32_t>>& spans_;
  std::vector<uint32_t>& max_last_;
};

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
  bool person = false;
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
    // (A noun that is also a cue is no verb: "the official in charge".)
    if (tok.is(kCueStart) && tok.has(kLowerInitial) && !tok.is(kRole) && !tok.is(kNounCue) &&
        !(t > first && toks_[t - 1].is(kDeterminer))) {
      return 0;
    }
  }
  return 0;
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
  if (Is(w, "a") || Is(w, "an") || Is(w, "the") || Is(w, "who") || Is(w, "whose") || Is(w, "his") ||
      Is(w, "her") || Is(w, "their") || Is(w, "its") || Is(w, "one") || Is(w, "both") ||
      Is(w, "himself") || Is(w, "herself") || Is(w, "also") || Is(w, "then") || Is(w, "now") ||
      Is(w, "formerly") || Is(w, "whom") || Is(w, "which") || Is(w, "in") || Is(w, "like") ||
      Is(w, "another") || Is(w, "himself") || Is(w, "itself")) {
    return true;
  }
  // "Ray, after a long meeting, said", "Lee, during a visit to the port, told": an
  // interjected prepositional phrase.
  if (tok.has(kLowerInitial) && tok.is(kStop) &&
      (Is(w, "after") || Is(w, "before") || Is(w, "during") || Is(w, "at") || Is(w, "on") ||
       Is(w, "through") || Is(w, "despite") || Is(w, "unlike") || Is(w, "under") ||
       Is(w, "with"))) {
    return true;
  }
  if (tok.is(kRole) || tok.is(kTitle)) return true;
  // "Ray, along with Lee, said", "Ray, together with Lee, said": a companion, after a
  // name or a noun for people (not "The ferry sailed, along with the barge, said Ray").
  if ((Is(w, "along") || Is(w, "together")) && t >= 2 && t + 1 < n_ && LowerIs(t + 1, "with") &&
      toks_[t - 2].IsWord() &&
      (toks_[t - 2].has(kCapitalized) || toks_[t - 2].is(kGroup) || toks_[t - 2].is(kRole))) {
    return true;
  }
  if (std::string_view(w).ends_with("ing")) return true;  // "Smith, speaking at ..., said"
  // "The guideline, jointly released by ..., stressed": an adverb before a participle.
  if (tok.has(kLowerInitial) && w.size() > 4 && w.ends_with("ly") && t + 1 < n_ &&
      toks_[t + 1].IsWord() && !doc_.TokenText(t + 1).ends_with("ly")) {
    return AppositiveStarter(t + 1);  // (at most one level deep: the next word is no -ly)
  }
  // "Ann Ray, Lee's campaign manager, said", "Ann Ray, Bay of Plenty Trust's curator, said":
  // another name's possessive opens a profile.
  if (tok.has(kCapitalized)) {
    for (uint32_t k = t; k < n_ && k < t + 5 && toks_[k].IsWord(); ++k) {
      if (toks_[k].has(kPossessive) && toks_[k].has(kCapitalized)) return true;
      if (!toks_[k].has(kCapitalized) && !LowerIs(k, "of") && !LowerIs(k, "and")) break;
    }
  }
  // "The aides, led by ..., told", "Ray, elected in 2010, said": a reduced relative clause.
  if (tok.has(kLowerInitial) && t + 1 < n_ && toks_[t + 1].IsWord() &&
      toks_[t + 1].is(kStop) && !LowerIs(t + 1, "that") &&
      (std::string_view(w).ends_with("ed") || Is(w, "led") || Is(w, "known") || Is(w, "born") ||
       Is(w, "chosen") || Is(w, "seen") || Is(w, "given") || Is(w, "taken") || Is(w, "sworn") ||
       Is(w, "struck") || Is(w, "shaken") || Is(w, "caught") || Is(w, "driven") || Is(w, "held") ||
       Is(w, "brought") || Is(w, "kept") || Is(w, "sent") || Is(w, "stung") || Is(w, "torn") ||
       Is(w, "clad") || Is(w, "beaten") || Is(w, "hit") || Is(w, "bound") || Is(w, "worn") ||
       Is(w, "shown") || Is(w, "thrown") || Is(w, "hidden") || Is(w, "stricken") ||
       Is(w, "written") || Is(w, "drawn") || Is(w, "made") || Is(w, "built") ||
       Is(w, "found") || Is(w, "won") || Is(w, "run"))) {
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
  if (last - first > 7 && last - first > 7u + 4u * PrepositionCount(first, last)) return false;
  {
    // "In October, ...": a capitalized preposition opens an adverbial, not a name ("But
    // Ann Ray" is still Ann Ray). "Having announced ...", "However, ...": an adverb or
    // auxiliary alone at the start of a sentence is not one either ("Will" elsewhere is).
    const Token& opener = toks_[first];
    const std::string_view w = Lower(first);
    const bool conjunction =
        Is(w, "but") || Is(w, "and") || Is(w, "or") || Is(w, "so") || Is(w, "yet");
    if (opener.IsWord() && opener.has(kCapitalized) && !opener.is(kDeterminer) &&
        !opener.is(kPronoun) && !conjunction &&
        ((opener.is(kStop) && !opener.is(kPreverb)) ||
         (opener.is(kPreverb) && last - first == 1 && first == SentenceFirst(first)))) {
      return false;
    }
  }
  // "..., including lines operated by private firms": a list's continuation, no subject.
  if (toks_[first].has(kLowerInitial) && (LowerIs(first, "including") || LowerIs(first, "excluding"))) {
    return false;
  }
  for (uint32_t t = first; t < last; ++t) {
    const Token& tok = toks_[t];
    if (!tok.IsWord()) {
      if (tok.IsPunct('-') || tok.IsPunct('.')) continue;
      return false;
    }
    if (tok.is(kStop) && tok.has(kLowerInitial)) {
      const std::string_view w = Lower(t);
      if (!Is(w, "of") && !Is(w, "and") && !Is(w, "for") && !Is(w, "at") &&
          !(t > first && ComplementPreposition(t))) {
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
  // "three-quarters of the voters": when the word before the complement cannot head a
  // speaker phrase, the last word still can.
  return ValidHead(first, last, head_index) ||
         (head_index != last - 1 && ValidHead(first, last, last - 1));
}

bool Pass::PeopleNoun(uint32_t t) {
  return PluralNoun(t) && (EndsWith(t, "ers") || EndsWith(t, "ents") || EndsWith(t, "ists") ||
                           EndsWith(t, "ans") || EndsWith(t, "ors"));
}

bool Pass::PluralNoun(uint32_t t) {
  const Token& tok = toks_[t];
  if (tok.is(kStop) || tok.is(kCueStart) || tok.is(kPreverb) || tok.is(kAdjunct) ||
      tok.is(kTime) || tok.is(kPronoun) || tok.is(kDeterminer) || tok.has(kHasDigit)) {
    return false;
  }
  const std::string_view w = doc_.TokenText(t);
  // Not "boss", "bonus", "crisis", "various": -ss, -us, -is, -ous are no plurals.
  if (w.size() <= 3 || w.back() != 's') return false;
  const char before = w[w.size() - 2];
  return before != 's' && before != 'u' && before != 'i';
}

bool Pass::ValidHead(uint32_t first, uint32_t last, uint32_t head_index) {
  const Token& head = toks_[head_index];
  if (head.is(kPronoun)) {
    return last - first == 1;
  }
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

// Scans a noun phrase backwards from token j (exclusive); returns its first token.
uint32_t Pass::ScanNounPhraseBack(uint32_t j, uint32_t start) {
  uint32_t k = j;
  int count = 0;
  while (k > start) {
    const Token& p = toks_[k - 1];
    if (!p.IsWord()) {
      if (p.IsPunct('-') && k - 1 > start && toks_[k - 2].IsWord() && k < j) {
        break;
      }
      break;
    }
    if (p.is(kStop)) {
      // "people familiar with the talks": the preposition and its adjective ("of", "for" and
      // "at" are handled below).
      if (k < j && k > start + 1 && !LowerIs(k - 1, "of") && !LowerIs(k - 1, "for") &&
          !LowerIs(k - 1, "at")) {
        const int head = ComplementHead(doc_, k - 1);
        if (head >= static_cast<int>(start)) {
          k = static_cast<uint32_t>(head) + 1;
          continue;
        }
      }
      const std::string_view w = Lower(k - 1);
      if (Is(w, "by") && k < j && k - 1 > start && toks_[k - 2].is(kDocument)) {
        --k;  // "a study by the Council ..."
        continue;
      }
      if ((Is(w, "of") || Is(w, "for") || Is(w, "at")) && k < j && k - 1 > start &&
          (toks_[k].has(kCapitalized) || toks_[k].is(kDeterminer) || Is(w, "of")) &&
          toks_[k - 2].IsWord() && !toks_[k - 2].is(kStop)) {
        --k;
        continue;
      }
      if (Is(w, "and") && k < j && k - 1 > start) {
        const Token& right = toks_[k];
        const Token& left = toks_[k - 2];
        const std::string_view left_text = doc_.TokenText(k - 2);
        const bool right_ok = right.has(kCapitalized) || right.is(kGroup) || right.is(kRole);
        const bool left_ok = left.IsWord() && !left.is(kStop) && !left.is(kCueStart) &&
                             (left.has(kCapitalized) || left.is(kGroup) || left.is(kRole) ||
                              (left_text.size() > 3 && left_text.back() == 's'));
        if (right_ok && left_ok) {
          --k;
          continue;
        }
      }
      break;
    }
    // A cue word ends the phrase, unless it modifies the noun after it ("press secretary").
    const bool modifier = k < j && toks_[k].has(kLowerInitial) &&
                          (toks_[k].is(kRole) || toks_[k].is(kDocument) ||
                           toks_[k].is(kOrgNoun) || toks_[k].is(kOrgUnit));
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
    if (p.is(kCueStart) && !(p.is(kDocument) || p.is(kGroup) || p.is(kRole) || p.is(kOrgNoun)) &&
        !p.has(kCapitalized) && !modifier && !after_determiner() && !head_noun()) {
      break;
    }
    if (p.is(kPreverb) && !p.has(kCapitalized) && !p.is(kDeterminer)) break;
    // "which included staff members": a verb in the past ends the phrase ("the retired
    // judge" loses only its modifier).
    if (k < j && p.has(kLowerInitial) && !p.is(kRole) && !p.is(kGroup) && !p.is(kTitle) &&
        std::string_view(doc_.TokenText(k - 1)).ends_with("ed") &&
        doc_.TokenText(k - 1).size() > 4 && k - 1 > start && toks_[k - 2].IsWord() &&
        toks_[k - 2].has(kLowerInitial) && !toks_[k - 2].is(kDeterminer) &&
        !toks_[k - 2].has(kPossessive)) {
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
      if (k == j) --k;
      break;
    }
    if (p.is(kDeterminer)) {
      --k;
      // "The director of the agency", "a spokesman for the governor": the phrase is the
      // complement of a preposition after a noun; the speaker is that noun's phrase.
      if (k > start + 1 && ComplementPreposition(k - 1)) continue;
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
  bool tried_past_aside = false;
  // Between speaker and cue: auxiliaries and adverbs ("has also"), times ("on Tuesday",
  // "earlier this week"), and a parenthesis ("Sen. Ann Ray (D-Ore.)").
  while (j > start) {
    const Token& p = toks_[j - 1];
    if (p.IsWord() && p.is(kPreverb) && !p.is(kPronoun) && !p.has(kCapitalized)) {
      --j;
      continue;
    }
    if (p.IsWord() && p.has(kLowerInitial) && j - 1 > start && LowerIs(j - 1, "to")) {
      const uint32_t aspect = AspectualStart(j - 1);
      if (aspect != kNone && aspect > start) {
        j = aspect;
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
    if (p.IsWord() && p.has(kLowerInitial) && j - 1 > start && MannerAdverb(j - 1)) {
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
    // "Ray in an interview said", "Lee at a rally on Monday told": a short prepositional
    // phrase after a name or pronoun.
    if (p.IsWord() && p.has(kLowerInitial) && !p.is(kStop) && !p.is(kCueStart)) {
      uint32_t prep = j - 1;
      while (prep > start && prep + 5 > j && toks_[prep - 1].IsWord() &&
             toks_[prep - 1].has(kLowerInitial) && !toks_[prep - 1].is(kStop)) {
        --prep;
      }
      if (prep > start + 1 && prep + 5 > j && prep < j - 1 &&
          (LowerIs(prep - 1, "in") || LowerIs(prep - 1, "at") || LowerIs(prep - 1, "during") ||
           LowerIs(prep - 1, "on")) &&
          toks_[prep - 2].IsWord() &&
          ((toks_[prep - 2].has(kCapitalized) && !toks_[prep - 2].is(kDeterminer) &&
            !toks_[prep - 2].is(kStop)) ||
           (toks_[prep - 2].is(kPronoun) && !LowerIs(prep - 2, "it")))) {
        j = prep - 1;
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
        j = open;
        continue;
      }
    }
    // "Sen. Ann Ray, R-Ohio, said": a party and state between commas, as in parentheses.
    if (p.IsPunct(',') && j >= start + 4 && PartyAndState(j - 2) && toks_[j - 3].IsPunct(',')) {
      j -= 3;
      continue;
    }
    // "Riders - and some pilots - say", "insiders in two states - Ohio and Maine - said": an
    // aside between dashes after the subject.
    if (p.IsPunct('-') && j >= start + 4 && toks_[j - 2].IsWord() &&
        !doc_.TokenText(cue_first).ends_with("ing")) {
      uint32_t open = j - 2;
      while (open > start && open + 12 > j && toks_[open].IsWord() && in_quote_[open] < 0) --open;
      if (open > start && open + 2 < j && toks_[open].IsPunct('-') &&
          toks_[open - 1].IsWord() &&
          (toks_[open - 1].has(kCapitalized) || toks_[open - 1].is(kGroup) ||
           PluralNoun(open - 1) || (open >= start + 2 && IsNumber(doc_, open - 2)))) {
        j = open;
        continue;
      }
    }
    if (p.IsPunct(')')) {
      uint32_t open = j - 1;
      while (open > start && open + 8 > j && !toks_[open].IsPunct('(')) --open;
      if (toks_[open].IsPunct('(') && open > start) {
        j = open;
        continue;
      }
    }
    break;
  }
  if (j == start) return s;
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
      if (!toks_[c].IsPunct(',') && !toks_[c].IsPunct('-')) continue;
      // "Instead, Mr. Okafor, a retired judge, plans": a lone opener before a
      // titled name is an adverb, not the speaker.
      const bool opener = c == segment + 1 && c + 1 < j && toks_[c + 1].is(kTitle) &&
                          toks_[c + 1].has(kCapitalized);
      // "As Tom Lee, a pilot, put it, ...", "..., while Ben Hart, an economist, said ...":
      // the name after the clause's "as" or a contrasting "while"/"whereas".
      const uint32_t name = segment + 2 < c && toks_[segment].IsWord() &&
                                    toks_[segment + 1].has(kCapitalized) &&
                                    (LowerIs(segment, "as") ||
                                     (toks_[segment].has(kLowerInitial) &&
                                      (LowerIs(segment, "while") || LowerIs(segment, "whereas"))))
                                ? segment + 1
                                : segment;
      // "Sen. Ann Ray, R-Ohio, who chairs the panel, said": a party and state between commas
      // belong to the name; the appositive follows them.
      const uint32_t profile = c + 3 < j && PartyAndState(c + 1) && toks_[c + 2].IsPunct(',')
                                   ? c + 3
                                   : c + 1;
      if (c > segment && !opener && ValidSubject(name, c) && AppositiveStarter(profile) &&
          in_quote_[c] < 0) {
        s.found = true;
        s.mention = {name, c, profile, j - 1};
        s.boundary = name != segment     ? Boundary::kClause
                     : segment == start ? Boundary::kSentenceStart
                                        : Boundary::kComma;
        return s;
      }
      segment = c + 1;
    }
    // "The party's treasurer, Jeff Stone, said": a role, then the name.
    if (toks_[j - 1].IsPunct(',') && segment < j - 1 && ValidSubject(segment, j - 1) &&
        toks_[j - 2].has(kCapitalized) && segment > start && toks_[segment - 1].IsPunct(',')) {
      uint32_t role_first = segment - 1;
      while (role_first > start && !toks_[role_first - 1].IsPunct(',')) --role_first;
      // "When the port director, Tom Lee, said ...": a subordinator opens the clause.
      if (role_first == start && role_first + 2 < segment && Subordinator(role_first)) {
        ++role_first;
      }
      // "Moss's successor, Ben Hart, said": an owner's possessive and a noun of any kind.
      auto owned_noun = [&](uint32_t first, uint32_t last) {
        if (last < first + 2 || last > first + 4 || !toks_[first].has(kPossessive) ||
            !toks_[first].has(kCapitalized)) {
          return false;
        }
        for (uint32_t t = first + 1; t < last; ++t) {
          if (!toks_[t].IsWord() || !toks_[t].has(kLowerInitial) || toks_[t].is(kStop) ||
              toks_[t].is(kPreverb) || toks_[t].is(kCueStart) || toks_[t].has(kPossessive)) {
            return false;
          }
        }
        return true;
      };
      if (ValidSubject(role_first, segment - 1) ||
          (role_first == start && Description(role_first, segment - 1)) ||
          owned_noun(role_first, segment - 1)) {
        s.found = true;
        s.mention = {segment, j - 1, role_first, segment - 1};
        s.boundary = role_first == start ? Boundary::kSentenceStart : Boundary::kComma;
      }
    }
    return s;
  }
  // Relative clause: "the report, which states that ...", "Smith, who said ...", "Ray,
  // who's long argued for ...", "a report that said ...".
  if (toks_[j - 1].IsWord()) {
    const std::string_view w = Lower(j - 1);
    // ("a report that said ...": "that" after a noun for a document or for people, with no
    // comma; not the demonstrative, "That said, ...", nor after a place or a name, "schools
    // in Elm City that reminded him of ...". Not after a body's noun: "Lee, head of Harbor
    // Watch, a union that backs Ray, said" would lose Lee to the union.)
    // (Nor opening the sentence, "A report that said the pier was unsafe was released",
    // where the clause would run into the main verb; nor after a name and its verb, "Tom Lee
    // met voters that say".)
    bool relative_that =
        Is(w, "that") && toks_[j - 1].has(kLowerInitial) && j - 1 > start &&
        toks_[j - 2].IsWord() && !toks_[j - 2].is(kStop) &&
        toks_[j - 2].has(kLowerInitial) &&
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
    if (Is(w, "which") || Is(w, "who") || Is(w, "who's") || Is(w, "who'd") ||
        Is(w, "who\xE2\x80\x99s") || Is(w, "who\xE2\x80\x99" "d") || relative_that) {
      uint32_t end = j - 1;
      if (end > start && toks_[end - 1].IsPunct(',')) --end;
      uint32_t k = ScanNounPhraseBack(end, start);
      // "..., including Tom Lee, who said": the name after "including" is the antecedent.
      if (k + 1 < end && toks_[k].has(kLowerInitial) &&
          (LowerIs(k, "including") || LowerIs(k, "excluding"))) {
        ++k;
      }
      if (k < end && ValidSubject(k, end)) {
        s.found = true;
        s.mention = {k, end, 0, 0};
        s.boundary = Boundary::kClause;
        // "Chen Hua, vice-president of Harbor Electric, who told ...": after a name's
        // appositive, the name is the antecedent and the appositive its profile.
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
    if (k > start && toks_[k - 1].IsWord() &&
        (LowerIs(k - 1, "some") || LowerIs(k - 1, "about") || LowerIs(k - 1, "nearly") ||
         LowerIs(k - 1, "almost") || LowerIs(k - 1, "roughly") || LowerIs(k - 1, "only") ||
         LowerIs(k - 1, "just") || LowerIs(k - 1, "over"))) {
      --k;
    }
    if (k == start || !toks_[k - 1].IsWord()) {
      s.found = true;
      s.mention = {j - 2, j, 0, 0};  // the share without "nearly", as "nearly 42 percent"
      s.boundary = k == start                  ? Boundary::kSentenceStart
                   : toks_[k - 1].IsPunct(',') ? Boundary::kComma
                                               : Boundary::kClause;
      return s;
    }
  }
  const uint32_t proportion = ProportionStart(doc_, j, start);
  uint32_t k = proportion < j ? proportion : ScanNounPhraseBack(j, start);
  // "seven in 10 riders said": the share opens the phrase, its group after the number.
  // (The scan back may have stopped inside it: "One in five voters", "one" a determiner.)
  bool share = false;
  for (uint32_t number = k; proportion == j && !share && number < j && number < k + 2;
       ++number) {
    // (Only a number after "in" or "out of" can end a share: most phrases stop here.)
    if (number < start + 2 || !(LowerIs(number - 1, "in") || LowerIs(number - 1, "of"))) {
      continue;
    }
    const uint32_t share_start = ProportionStart(doc_, number + 1, start);
    share = share_start < number + 1 && share_start <= k && ValidSubject(number, j);
    if (share) k = share_start;
  }
  if (k == j || (proportion == j && !share && !ValidSubject(k, j))) {
    // "A port official who asked not to be named said", "Residents who spoke only in private
    // said": the words before the cue end a relative clause on the subject.
    // (Only where the cue follows the clause's last word, a content word: not "who let
    // them think", "who balked at talk of", "who are supporting", whose cue is the
    // clause's own.)
    const Token& last_word = toks_[j - 1];
    const bool clause_ends = j == cue_first && last_word.IsWord() && !last_word.is(kStop) &&
                             !last_word.is(kPronoun) && !last_word.is(kDeterminer) &&
                             !last_word.is(kPreverb) && !LowerIs(j - 1, "them") &&
                             !LowerIs(j - 1, "him") && !LowerIs(j - 1, "us") &&
                             !LowerIs(j - 1, "me");
    for (uint32_t r = j; clause_ends && r-- > start + 1 && r + 20 > j && toks_[r].IsWord();) {
      if (!toks_[r].has(kLowerInitial) || !LowerIs(r, "who")) continue;
      const uint32_t b = AntecedentBefore(r, start);
      if (b < r) {
        s.found = true;
        s.mention = {b, r, 0, 0};
        s.boundary = BoundaryBefore(b, start);
        return s;
      }
      break;
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
  // people who they believe", "the man who Lee accused", "who the Herald interviewed".)
  if (k > start + 1 && LowerIs(k - 1, "who") && toks_[k - 1].has(kLowerInitial) &&
      toks_[k].has(kLowerInitial) && !toks_[k].is(kPronoun) && !toks_[k].is(kDeterminer)) {
    const uint32_t b = AntecedentBefore(k - 1, start);
    if (b < k - 1) {
      clause_end = k - 1;
      k = b;
    }
  }
  if (k > start + 2 && !toks_[k].is(kPronoun) && ObjectPosition(k - 1)) {
    for (uint32_t r = k - 1; r > start && r + 20 > k; --r) {
      const Token& t = toks_[r];
      if (!t.IsWord()) break;
      if (!t.has(kLowerInitial)) continue;
      // Flags first: most words here are neither; no lower-cased copy is made.
      const bool relative = t.is(kStop) && (LowerIs(r, "who") || LowerIs(r, "that"));
      const std::string_view w = doc_.TokenText(r);
      // (Also a passive one with its agent: "Pilots surveyed by the Gazette said"; but not
      // after a document, whose author speaks: "a report published by the Gazette said".)
      const bool participle =
          r < k - 1 && !t.is(kStop) &&
          ((w.size() > 5 && w.ends_with("ing") && !LowerIs(r, "including") &&
            !LowerIs(r, "according")) ||
           (w.size() > 2 && w.ends_with("ed") && toks_[r + 1].is(kStop) && LowerIs(r + 1, "by") &&
            !toks_[r - 1].is(kDocument)));
      // "because", "if", "when": another clause; its words are not the subject's.
      if (t.is(kStop) && !relative && !ObjectPosition(r)) break;
      if (!relative && !participle) continue;
      const uint32_t b = AntecedentBefore(r, start);
      if (b < r) {
        k = b;
        clause_end = r;
      }
      break;
    }
  }
  s.found = true;
  s.mention = {k, clause_end, 0, 0};
  s.boundary = BoundaryBefore(k, start);
  return s;
}

// The name after a cue ("said Zhou Yunjie, a deputy ..."): returns its end token (exclusive),
// or `from` if there is none.
uint32_t Pass::NameAfter(uint32_t from, uint32_t end) {
  uint32_t x = from;
  while (x < end && x - from < 8) {
    const Token& t = toks_[x];
    if (!t.IsWord()) break;
    if (t.has(kLowerInitial) && (t.is(kAdjunct) || t.is(kStop)) && !t.is(kDeterminer)) {
      // "Secretary of State Ann Ray"; but right after the cue, "said of Lee", "adding of
      // the port", the phrase after "of" is what the words are about.
      const std::string_view w = Lower(x);
      if (!(Is(w, "of") || Is(w, "for")) || x == from || x + 1 >= end ||
          !toks_[x + 1].has(kCapitalized)) {
        break;
      }
    }
    if (t.is(kCueStart) && t.has(kLowerInitial) && !t.is(kRole) && !t.is(kGroup)) break;
    ++x;
  }
  if (x == from || !ValidSubject(from, x)) return from;
  return x;
}

bool Pass::PrepositionalTail(uint32_t from, uint32_t end) {
  if (from >= end || !toks_[from].IsWord() || !toks_[from].has(kLowerInitial)) return false;
  if (!(LowerIs(from, "in") || LowerIs(from, "at") || LowerIs(from, "during") ||
        LowerIs(from, "after") || LowerIs(from, "before") || LowerIs(from, "while") ||
        LowerIs(from, "on") || LowerIs(from, "amid") || LowerIs(from, "via") ||
        LowerIs(from, "through"))) {
    return false;
  }
  for (uint32_t k = from; k < end && k < from + 12; ++k) {
    if (in_quote_[k] >= 0 || LowerIs(k, "that") || toks_[k].IsPunct(':')) return false;
  }
  return true;
}

bool Pass::TailIsAdjunct(uint32_t from, uint32_t end) {
  if (from >= end) return true;
  const Token& t = toks_[from];
  if (!(t.IsPunct(',') || (t.IsWord() && (t.is(kAdjunct) || t.is(kTime))))) return false;
  if (Existential(from)) return false;
  // "told reporters this was the last ferry": "this" opens an adjunct only as "this week".
  if (t.IsWord() && t.is(kDeterminer) && !(from + 1 < end && toks_[from + 1].is(kTime))) {
    return false;
  }
  // "asked the museum to lend ...": an infinitive, not "to reporters".
  if (LowerIs(from, "to") && from + 1 < end && toks_[from + 1].IsWord() &&
      toks_[from + 1].has(kLowerInitial) && !toks_[from + 1].is(kDeterminer) &&
      !toks_[from + 1].is(kGroup) && !toks_[from + 1].is(kRole) &&
      !doc_.TokenText(from + 1).ends_with("s")) {
    return false;
  }
  if (t.IsPunct(',')) {
    // ", on Tuesday" or ", adding ..." continue the attribution; ", the plan will ..." and
    // ", there is ..." are a second clause.
    if (from + 1 >= end) return true;
    if (Existential(from + 1)) return false;
    const Token& next = toks_[from + 1];
    // ", this effect could ...": a determiner opens a clause's subject, unless a time word
    // follows (", this week").
    if (next.IsWord() && next.is(kDeterminer) &&
        !(from + 2 < end && toks_[from + 2].IsWord() && toks_[from + 2].is(kTime))) {
      return false;
    }
    // ", adding that ...", ", smiling", ", referring to the bill": participial adjuncts.
    const bool participle = next.IsWord() && next.has(kLowerInitial) &&
                            std::string_view(doc_.TokenText(from + 1)).ends_with("ing");
    if (!(next.IsWord() && (next.is(kAdjunct) || next.is(kTime))) && !participle) return false;
  }
  for (uint32_t k = from; k < end; ++k) {
    if (in_quote_[k] >= 0) return false;
    const Token& tok = toks_[k];
    if (!tok.IsWord()) continue;
    if (tok.is(kCueStart) && tok.has(kLowerInitial)) {
      // ", adding that ...": a participle continues the same speaker's statement.
      if (k > from && toks_[k - 1].IsPunct(',') &&
          std::string_view(doc_.TokenText(k)).ends_with("ing")) {
        return true;
      }
      if (k == from + 1 && toks_[from].IsPunct(',')) return true;  // ", according to ..."
      // "said at a briefing, according to the Gazette": a second source closes the tail.
      int cue = -1;
      if (toks_[k - 1].IsPunct(',') && MatchCue(k, end, &cue) > 0 &&
          lex_.cue(cue).cls == CueClass::kSource) {
        return true;
      }
      return false;
    }
    if (LowerIs(k, "that")) return false;
  }
  return true;
}

uint32_t Pass::TrimEnd(uint32_t first, uint32_t last) const {
  while (last > first) {
    const Token& t = toks_[last - 1];
    if (t.IsPunct('.') || t.IsPunct('!') || t.IsPunct('?') || t.IsPunct(',') ||
        t.IsPunct(';') || t.IsPunct(':') || t.IsPunct('-')) {
      --last;
      continue;
    }
    break;
  }
  return last;
}

uint32_t Pass::WriterCommentStart(uint32_t first, uint32_t end) {
  bool dash_before = false;
  for (uint32_t t = first + 1; t + 2 < end; ++t) {
    const Token& mark = toks_[t];
    // (Only punctuation tokens have a `punct`: one test, rarely passed, per token.)
    const bool dash = mark.punct == '-';
    if (!(dash | (mark.punct == ',')) || in_quote_[t] >= 0) continue;
    const Token& det = toks_[t + 1];
    // "A - and he singled out the manager", "A, and she renewed it": the writer goes on
    // about the speaker. ("they" only after a dash: after a comma it is as often the
    // reported subject again, "the crews worked hard, but they were paid too little".)
    if (t + 3 < end && (LowerIs(t + 1, "and") || LowerIs(t + 1, "but")) &&
        toks_[t + 2].has(kLowerInitial) &&
        (LowerIs(t + 2, "he") || LowerIs(t + 2, "she") || (dash && LowerIs(t + 2, "they"))) &&
        toks_[t + 3].IsWord() && toks_[t + 3].has(kLowerInitial)) {
      return t;
    }
    // "a claim", "an admission", "a rare admission": a noun for a statement, at most one
    // modifier before it.
    if (det.IsWord() && det.has(kLowerInitial) && (LowerIs(t + 1, "a") || LowerIs(t + 1, "an")) &&
        !(dash && dash_before)) {
      uint32_t noun = t + 2;
      if (!toks_[noun].is(kNounCue) && noun + 1 < end && toks_[noun].has(kLowerInitial) &&
          !toks_[noun].is(kStop)) {
        ++noun;
      }
      // The comment runs to the clause's end: "Tom Lee, a defense lawyer, would ..." is an
      // appositive inside the clause.
      if (noun < end && toks_[noun].IsWord() && toks_[noun].has(kLowerInitial) &&
          toks_[noun].is(kNounCue) && !CommaBetween(noun + 1, end, /*dashes=*/true)) {
        return t;
      }
    }
    dash_before = dash_before || dash;
  }
  return end;
}

uint32_t Pass::ClauseEnd(uint32_t first, uint32_t end) {
  // Reported content runs at most kMaxContentTokens: the longest real statements are half
  // that, and a longer run-on "sentence" (a table, a list without periods) would make every
  // cue in it scan the rest of it.
  end = std::min(end, first + kMaxContentTokens);
  end = WriterCommentStart(first, end);
  // "bemoaning the pace of the job: "There is no rest ..."": a colon before a
  // quotation that opens with a capital ends the clause; the quotation is a statement of its
  // own.
  // (Not after "read" in the clause, "said the banner read: "Save Our Pier."": the words on
  // a sign or a page are part of what was said.)
  for (uint32_t t = first + 1; t + 2 < end; ++t) {
    if (toks_[t].IsPunct(':') && in_quote_[t] < 0 && toks_[t + 1].IsQuote() &&
        in_quote_[t + 2] >= 0 && toks_[t + 2].has(kCapitalized) &&
        !LowerIs(t - 1, "read") && !LowerIs(t - 1, "reads")) {
      end = t;
      break;
    }
  }
  {
    // "Lee said he backs the final bill, which has new audits.", "... praised Ann Ray, who
    // left the race in May.": a relative clause on the clause's last noun that runs to its
    // end is the writer's gloss, not the speaker's (a quotation in it is the speaker's:
    // `..., which "will help the port."`). Not one that closes before the clause goes on:
    // "the plan, which costs $5 billion, is too dear".
    uint32_t gloss = kNone;
    for (uint32_t t = first + 3; t + 1 < end; ++t) {
      if (!toks_[t].IsPunct(',') || in_quote_[t] >= 0) continue;
      gloss = (LowerIs(t + 1, "which") || LowerIs(t + 1, "who")) &&
                      toks_[t + 1].has(kLowerInitial)
                  ? t
                  : kNone;
    }
    bool quoted = false;
    for (uint32_t t = gloss; gloss != kNone && t < end && !quoted; ++t) {
      quoted = toks_[t].IsQuote();
    }
    if (gloss != kNone && !quoted) end = gloss;
  }
  // Only the words the text layer listed as cue starts (in order) can open a cue: those in
  // (first, end), rather than a test of every token.
  const std::vector<uint32_t>& starts = doc_.cue_starts;
  // Each cue's content is bounded by the first later cue that opens another attribution.
  // A sentence of nothing but cues ("A said B said C said ...", thousands of times) would
  // make that search quadratic in the sentence; real sentences end their content within a
  // few cues, so after kMaxLaterCues the content runs to `end`.
  int later_cues = 0;
  for (auto it = starts.begin() + static_cast<std::ptrdiff_t>(FirstAbove(starts, first));
       it != starts.end() && *it < end; ++it) {
    const uint32_t t = *it;
    const Token& tok = toks_[t];
    if (!tok.has(kLowerInitial) || in_quote_[t] >= 0) continue;
    int cue = -1;
    const uint32_t cue_words = MatchCue(t, end, &cue);
    if (cue_words == 0) continue;
    if (++later_cues > kMaxLaterCues) break;
    if (lex_.cue(cue).cls == CueClass::kSource) {
      // "X will propose Y, according to Z": the source's attribution is not part of Y.
      if (toks_[t - 1].IsPunct(',')) return TrimEnd(first, t - 1);
      continue;
    }
    // `A survey found that "riders are tired of delays," said Ida Moss, ...`: a quotation closed by its
    // comma, then a verb of saying and a name, is that name's; A's clause ends with the mark.
    if (t > first + 2 && CommaClosesQuote(t - 1) &&
        (lex_.cue(cue).cls == CueClass::kSpeech || lex_.cue(cue).cls == CueClass::kQuoteOnly) &&
        NameAfter(t + cue_words, end) > t + cue_words) {
      return t;
    }
    uint32_t k = t;
    while (k > first && toks_[k - 1].IsWord() && toks_[k - 1].is(kPreverb) &&
           toks_[k - 1].has(kLowerInitial)) {
      --k;
    }
    if (k <= first) continue;
    // A finite verb after "and"/"but" starts a second attribution; "and welcome" does not.
    const std::string_view form = doc_.TokenText(t);
    const bool finite = lex_.cue(cue).past_participle || form.ends_with("s") ||
                        form == "wrote" || form == "spoke" || form == "knew" || form == "saw";
    // "CLAUSE, former mayor Ann Ray said": another speaker's attribution. "A, but she
    // said B" / "A and Li said B": a second attribution with its own subject.
    {
      Subject other = FindSubject(t, first);
      // "...; 46 percent said": a semicolon ends the clause as a comma does. (Not after a
      // time or place alone when the verb has words of its own: in "said that in May, Ray
      // warned the board", Ray's attribution is inside the clause.)
      if (other.found && other.mention.first > first + 1 &&
          (other.boundary == Boundary::kComma || toks_[other.mention.first - 1].IsPunct(';')) &&
          !(WhereOrWhenOnly(first, TrimEnd(first, other.mention.first - 1)) &&
            !TailIsAdjunct(t + cue_words, TrimEnd(t + cue_words, end)))) {
        return TrimEnd(first, other.mention.first - 1);
      }
      const uint32_t m = other.mention.first;
      // "A, but Lee said B", "A, while some analysts warned B": a contrasting attribution.
      const bool contrast = m > first + 2 && toks_[m - 2].IsPunct(',') &&
                            (LowerIs(m - 1, "while") || LowerIs(m - 1, "whereas") ||
                             LowerIs(m - 1, "though") || LowerIs(m - 1, "although"));
      // "A, but officials say B": the present tense after a plural subject is finite too.
      // (Not after a bare "and", which more often joins two subjects: "what he and many
      // members see as ...".)
      auto plural_present = [&] {
        return other.mention.last == k && k > first && m > first + 2 &&
               (!LowerIs(m - 1, "and") || toks_[m - 2].IsPunct(',')) &&
               (toks_[k - 1].is(kGroup) || LowerIs(k - 1, "they") || LowerIs(k - 1, "we") ||
                PluralNoun(k - 1));
      };
      // "A praised the fares, which B said were too high": a relative clause with its own
      // attribution is B's statement, not part of A's object.
      if (other.found && m > first + 2 && toks_[m - 2].IsPunct(',') && LowerIs(m - 1, "which")) {
        return TrimEnd(first, m - 2);
      }
      // `A claimed that "B," one of the pilots said C`: the comma inside the closing mark
      // ends A's quotation before another speaker's attribution; the mark stays with it.
      if (other.found && finite && m > first + 2 && CommaClosesQuote(m - 1)) return m;
      // (After "while", a verb in -ed is finite too: "..., while Ben Hart cautioned that".)
      if (other.found && m > first + 1 &&
          (LowerIs(m - 1, "but") || LowerIs(m - 1, "and") || contrast) &&
          (toks_[m - 1].has(kLowerInitial)) &&
          (finite || plural_present() || (contrast && form.ends_with("ed")))) {
        uint32_t cut = m - 1;
        if (cut > first && toks_[cut - 1].IsPunct(',')) --cut;
        return TrimEnd(first, cut);
      }
    }
    const Token& before = toks_[k - 1];
    const bool participle = form.ends_with("ing");
    if (before.IsPunct(',') && participle) return TrimEnd(first, k - 1);
    // "said the toll was fair while insisting ...", "... but suggesting ...": a participle
    // of speech after a conjunction goes on with the main clause's subject.
    // Not where the reported clause has a participle of its own the conjunction may join
    // ("said Hart had been criticizing the plan while promising ...", "tired of calling and
    // asking ...").
    auto own_participle = [&] {
      // (The clause's last dozen words: a long run of such cues stays linear.)
      for (uint32_t x = std::max(first + 1, k > 12 ? k - 12 : 0); x + 1 < k; ++x) {
        if (!toks_[x].IsWord() || !toks_[x].has(kLowerInitial) || !EndsWith(x, "ing") ||
            toks_[x].end - toks_[x].begin < 5) {
          continue;
        }
        if (x + 2 == k || LowerIs(x - 1, "of") || LowerIs(x - 1, "been") ||
            LowerIs(x - 1, "was") || LowerIs(x - 1, "were") || LowerIs(x - 1, "is") ||
            LowerIs(x - 1, "are") || LowerIs(x - 1, "be") || LowerIs(x - 1, "being")) {
          return true;
        }
      }
      return false;
    };
    if (participle && lex_.cue(cue).cls == CueClass::kSpeech && k > first + 1 &&
        before.has(kLowerInitial) &&
        (LowerIs(k - 1, "while") || LowerIs(k - 1, "but") || LowerIs(k - 1, "and")) &&
        !own_participle()) {
      uint32_t cut = k - 1;
      if (toks_[cut - 1].IsPunct(',')) --cut;
      return TrimEnd(first, cut);
    }
    // `said the plan "was a mess," adding that ...`: the comma inside the closing mark ends
    // the clause as well; the mark stays with the quote.
    if (participle && k >= first + 2 && CommaClosesQuote(k - 1)) return k;
    if (before.IsPunct(';')) return TrimEnd(first, k - 1);
    // "O'Donnell, who said that A, recalled that B": a finite cue after a comma is the
    // main clause's own attribution.
    if (before.IsPunct(',') && finite && lex_.cue(cue).cls == CueClass::kSpeech) {
      return TrimEnd(first, k - 1);
    }
    if (finite && (LowerIs(k - 1, "and") || LowerIs(k - 1, "but"))) {
      uint32_t cut = k - 1;
      if (cut > first && toks_[cut - 1].IsPunct(',')) --cut;
      return TrimEnd(first, cut);
    }
  }
  return TrimEnd(first, end);
}

bool Pass::WhereOrWhenOnly(uint32_t first, uint32_t last) {
  if (first >= last || last - first > 12) return false;
  const Token& head = toks_[first];
  if (!head.IsWord() || !head.has(kLowerInitial) || (head.word_flags & (kAdjunct | kTime)) == 0) {
    return false;
  }
  if (!(head.is(kTime) || LowerIs(first, "in") || LowerIs(first, "on") ||
        LowerIs(first, "at") || LowerIs(first, "during") || LowerIs(first, "from") ||
        LowerIs(first, "via") || LowerIs(first, "through") || LowerIs(first, "last") ||
        LowerIs(first, "earlier") || LowerIs(first, "later"))) {
    return false;
  }
  // Every other lower-case word must be one that such a phrase is made of: a preposition, a
  // determiner, a time, a noun for a document, a body or people, or a word for an occasion.
  // Any other ("in May prices rose", "last year sales fell") may be a clause's.
  constexpr uint32_t kPhraseWords = kStop | kDeterminer | kTime | kAdjunct | kDocument |
                                    kNounCue | kGroup | kRole | kOrgNoun;
  for (uint32_t t = first + 1; t < last; ++t) {
    const Token& tok = toks_[t];
    if (tok.IsQuote() || in_quote_[t] >= 0) return false;
    // "in May, Ray warned ...": a comma ends the phrase, and a clause goes on.
    if (tok.IsPunct(',') || tok.IsPunct(';') || tok.IsPunct(':')) return false;
    if (!tok.IsWord() || !tok.has(kLowerInitial) || tok.has(kHasDigit)) continue;
    // "in May Ray warned": a name and its verb.
    if (toks_[t - 1].has(kCapitalized) && (tok.is(kCueStart) || EndsWith(t, "ed"))) return false;
    if ((tok.word_flags & kPhraseWords) == 0 && !OccasionWord(t)) return false;
    if (LowerIs(t, "that") || LowerIs(t, "who") || LowerIs(t, "which") ||
        (tok.is(kPreverb) && FiniteAuxiliary(t)) ||
        SubjectPronoun(t) ||
        (LowerIs(t, "to") && t + 1 < last && toks_[t + 1].has(kLowerInitial) &&
         Infinitive(t + 1))) {
      return false;
    }
  }
  return true;
}

void Pass::SubjectBeforeParticiple(Subject* subj, uint32_t start, uint32_t cf, uint32_t end) {
  const uint32_t first = subj->mention.first;
  for (uint32_t q = first; subj->found && q-- > start + 1 && q + 3 >= first;) {
    int participle_cue = -1;
    const Token& tok = toks_[q];
    const uint32_t words =
        tok.is(kCueStart) && tok.has(kLowerInitial) ? MatchCue(q, cf, &participle_cue) : 0;
    if (words == 0) continue;
    if (q + words == first && ParticipleModifiesSubject(q, q + words, end)) {
      const Subject modified = FindSubject(q, start);
      if (modified.found) *subj = modified;
    }
    return;
  }
}

uint32_t Pass::MainClauseSubjectEnd(uint32_t from, uint32_t end) {
  if (from + 1 >= end || !toks_[from].IsWord()) return from;
  uint32_t x = from;
  bool name = false;
  if (toks_[from].has(kLowerInitial) && SubjectPronoun(from)) {
    x = from + 1;
    name = true;
  } else if (toks_[from].has(kCapitalized) && !toks_[from].is(kDeterminer) &&
             !toks_[from].is(kStop)) {
    while (x < end && x < from + 6 && toks_[x].IsWord() && toks_[x].has(kCapitalized)) ++x;
    name = true;
  } else {
    // A noun phrase: up to the first word that can be its verb.
    for (x = from + 1; x < end && x < from + 8; ++x) {
      const Token& t = toks_[x];
      if (!t.IsWord()) return from;
      // ("the newly elected mayor": a participle after an adverb or determiner modifies.)
      if (t.has(kLowerInitial) &&
          ((t.is(kPreverb) && !t.is(kDeterminer)) || t.is(kCueStart) ||
           (EndsWith(x, "ed") && !toks_[x - 1].is(kDeterminer) && !EndsWith(x - 1, "ly")))) {
        break;
      }
    }
    if (x >= end || x >= from + 8 || !ValidSubject(from, x)) return from;
  }
  if (x >= end) return from;
  const Token& verb = toks_[x];
  if (!verb.IsWord() || !verb.has(kLowerInitial) || (verb.is(kStop) && !verb.is(kPreverb)) ||
      verb.is(kDeterminer) || verb.is(kPronoun)) {
    return from;
  }
  // After a name or pronoun any such word is the verb ("Lee left"); after a noun phrase
  // only the forms above.
  if (!name && !(verb.is(kPreverb) || verb.is(kCueStart) || EndsWith(x, "ed") ||
                 EndsWith(x, "s"))) {
    return from;
  }
  return x;
}

bool Pass::OpeningParticiple(uint32_t cf, uint32_t cl, uint32_t end, int cue,
                             Candidate* cand) {
  for (uint32_t comma = cl + 1; comma < end && comma < cl + 40; ++comma) {
    const Token& tok = toks_[comma];
    if (tok.IsPunct(';') || tok.IsPunct(':')) return false;
    if (!tok.IsPunct(',') || in_quote_[comma] >= 0) continue;
    const uint32_t subject_end = MainClauseSubjectEnd(comma + 1, end);
    if (subject_end == comma + 1) continue;
    const uint32_t first = ContentStartAfterCue(cl, comma, cue);
    const uint32_t last = TrimEnd(first, comma);
    if (last <= first + 1) return false;
    // A clause: after "that", or opening with its subject pronoun or an infinitive ("Saying
    // he was tired", "Vowing to fight on"); not an object ("Stating the obvious", "Speaking
    // at the forum").
    const bool clause =
        (first > cl && LowerIs(first - 1, "that")) ||
        (toks_[first].has(kLowerInitial) && SubjectPronoun(first)) ||
        (LowerIs(first, "to") && toks_[first + 1].has(kLowerInitial) && Infinitive(first + 1));
    if (!clause) return false;
    cand->first = first;
    cand->last = last;
    cand->mention = {comma + 1, subject_end, 0, 0};
    cand->has_mention = true;
    cand->anchor = cf;
    return true;
  }
  return false;
}

bool Pass::ParticipleModifiesSubject(uint32_t cf, uint32_t cl, uint32_t end) {
  const Token& noun = toks_[cf - 1];
  if (!noun.IsWord() || (noun.word_flags & (kPreverb | kStop | kPronoun)) != 0 ||
      !EndsWith(cf, "ing")) {
    return false;
  }
  // The noun phrase before the participle opens its clause (the sentence, or after a
  // comma): not an object, "issued a statement criticizing the plan the mayor announced".
  const uint32_t phrase = ScanNounPhraseBack(cf, SentenceFirst(cf));
  if (phrase >= cf ||
      !(phrase == SentenceFirst(cf) || toks_[phrase - 1].IsPunct(',') || toks_[phrase - 1].IsQuote())) {
    return false;
  }
  // A verb of saying in the past or the present at `t` (not another participle).
  // ("Critics opposing the plan say": after a plural noun the present has no -s.)
  const bool plural = noun.is(kGroup) || PluralNoun(cf - 1);
  auto finite_speech_verb = [&](uint32_t t) {
    int cue = -1;
    if (t >= end || !toks_[t].has(kLowerInitial) || MatchCue(t, end, &cue) == 0) return false;
    const Cue& verb = lex_.cue(cue);
    if (verb.cls != CueClass::kSpeech || EndsWith(t, "ing")) return false;
    // (A form in -s that is also a noun is one more often here: "its controversial comments".)
    const std::string_view base = std::string_view(verb.lemma).substr(0, verb.lemma.find(' '));
    return verb.past_participle || (EndsWith(t, "s") && !toks_[t].is(kNounCue)) ||
           (plural && !toks_[t].is(kNounCue) && LowerIs(t, base));
  };
  for (uint32_t t = cl; t < end && t < cl + 15; ++t) {
    const Token& tok = toks_[t];
    if (tok.IsPunct(',') && t > cl && in_quote_[t] < 0) {
      // "One pilot backing the plan, Tom Lee, said": the subject's name in apposition.
      uint32_t x = t + 1;
      while (x < end && x < t + 7 && toks_[x].IsWord() && toks_[x].has(kCapitalized)) ++x;
      return x > t + 1 && x + 1 < end && toks_[x].IsPunct(',') && finite_speech_verb(x + 1);
    }
    if (!tok.IsWord() || in_quote_[t] >= 0) return false;  // a quote, a dash: another clause
    if (!tok.has(kLowerInitial)) continue;
    // A clause of its own, or a second verb of the participle's ("vowing to stay out and said").
    if (LowerIs(t, "that") || LowerIs(t, "who") || LowerIs(t, "which") || LowerIs(t, "and") ||
        LowerIs(t, "or") || LowerIs(t, "but")) {
      return false;
    }
    if (tok.is(kPreverb) && !tok.is(kDeterminer)) return false;  // "... the plan has said"
    if (tok.is(kCueStart) && t > cl && finite_speech_verb(t)) return true;
  }
  return false;
}

uint32_t Pass::ContentStartAfterCue(uint32_t cl, uint32_t end, int cue) {
  // "told the newspaper that": the listener first.
  uint32_t k = TakesListener(cue) ? SkipListener(cl, end) : cl;
  // "insisted, however, that", "said, for instance, that": an interjected adverb between
  // commas, then "that".
  if (k < end && toks_[k].IsPunct(',')) {
    uint32_t close = k + 1;
    while (close < end && close < k + 4 && InterjectedWord(close)) ++close;
    if (close > k + 1 && close + 1 < end && toks_[close].IsPunct(',') &&
        LowerIs(close + 1, "that")) {
      k = close + 1;
    }
  }
  if (k + 1 < end && toks_[k + 1].IsWord() && toks_[k + 1].has(kLowerInitial) &&
      LowerIs(k, "to") && Infinitive(k + 1)) {
    // "vowed to close the port, and ...": an infinitive is the content, not an adjunct
    // ("said to reporters, ...") whose comma would open the content.
    return k;
  }
  // "said on Tuesday that", "told reporters that", "said in a statement that".
  for (uint32_t m = k; m < end && m < k + 12; ++m) {
    const Token& t = toks_[m];
    if (!t.IsWord() || in_quote_[m] >= 0) break;
    if (LowerIs(m, "that")) return m + 1;
    // ("warned riders that", "reassured riders that": a plural listener of a verb that
    // addresses people, where after "praised reforms that" the noun is the content.)
    // (Not after "asked", whose "that" more often opens a relative clause: "asked agencies
    // that handled the case to ...".)
    // (A noun for people, by its ending, and a clause after "that" that opens with its own
    // subject: "promised reforms that would cut fares", "told stories that made ..." keep
    // their noun.)
    if (m == k && PeopleNoun(m) && m + 2 < end && LowerIs(m + 1, "that") &&
        (TakesListener(cue) || AddressesPeople(cue)) && !Is(lex_.cue(cue).lemma, "ask") &&
        toks_[m + 2].IsWord() && !toks_[m + 2].is(kPreverb) && !toks_[m + 2].is(kAdjunct) &&
        (toks_[m + 2].is(kDeterminer) || toks_[m + 2].is(kPronoun) ||
         toks_[m + 2].has(kCapitalized) || PluralNoun(m + 2) || toks_[m + 2].is(kGroup))) {
      return m + 2;
    }
    // "said Ann Ray proposed a plan that ...", "said Monday he wants a pier that ...": a
    // clause of its own has begun (its subject pronoun, its auxiliary, a verb in -ed after
    // the name that follows the cue), and a later "that" is a relative pronoun inside it.
    if (m > k && t.has(kLowerInitial) &&
        (SubjectPronoun(m) ||
         (t.is(kPreverb) && !toks_[m - 1].is(kDeterminer) && FiniteAuxiliary(m)) ||
         (toks_[m - 1].has(kCapitalized) && EndsWith(m, "ed") && NameRun(k, m)))) {
      break;
    }
    // "said only that": an adverb that limits what was said.
    if (m == k && m + 1 < end && LowerIs(m + 1, "that") &&
        (LowerIs(m, "only") || LowerIs(m, "simply") || LowerIs(m, "merely"))) {
      return m + 2;
    }
    // "said in a statement that", "said on a call that": a document after its determiner
    // is no new cue, nor another noun cue in an adjunct, nor a participle after a document
    // ("in a statement posted on its website that").
    // ("in a blog post", "in a joint statement": a modifier between determiner and noun.)
    auto after_determiner = [&] {
      return m > k && (toks_[m - 1].is(kDeterminer) ||
                       (m > k + 1 && toks_[m - 2].is(kDeterminer) && toks_[m - 1].IsWord() &&
                        toks_[m - 1].has(kLowerInitial) && !toks_[m - 1].is(kStop)));
    };
    if (t.is(kCueStart) && t.has(kLowerInitial) &&
        !((t.is(kDocument) || (t.is(kNounCue) && toks_[k].is(kAdjunct))) &&
          after_determiner()) &&
        !(m > k && toks_[m - 1].is(kDocument) && doc_.TokenText(m).ends_with("ed"))) {
      break;
    }
    if (!(t.is(kAdjunct) || t.has(kCapitalized) || t.is(kDeterminer) || t.is(kGroup) ||
          t.is(kDocument) || t.has(kHasDigit) || t.is(kRole) || t.is(kOrgNoun) ||
          t.has(kPossessive) || m > cl)) {
      break;
    }
    // ("told reporters gathered at the pier that": a participle after the listener.)
    if (m == k && !(t.is(kAdjunct) || t.is(kGroup) || t.has(kCapitalized) ||
                     (m > cl && doc_.TokenText(m).ends_with("ed")) ||
                     t.is(kRole) || LowerIs(m, "reporters") || LowerIs(m, "him") ||
                     LowerIs(m, "her") || LowerIs(m, "them") || LowerIs(m, "me") ||
                     LowerIs(m, "us"))) {
      break;
    }
  }
  if (k < end && (toks_[k].IsPunct(',') || toks_[k].IsPunct(':'))) return k + 1;
  // "said on Friday it would ...", "said Tuesday the ferry ...", "said last week they ...": a
  // time, then the clause without "that".
  {
    uint32_t m = k;
    bool time = false;
    // (A word of 2, 4 or 5 letters before the comparisons: most words after a cue are
    // none of these.)
    auto time_word = [&](uint32_t t) {
      const Token& tok = toks_[t];
      if (tok.is(kTime)) return true;
      const uint32_t size = tok.end - tok.begin;
      if (size == 2) return LowerIs(t, "on") && t + 1 < end && toks_[t + 1].is(kTime);
      if (size == 4) return LowerIs(t, "last") || LowerIs(t, "this") || LowerIs(t, "late");
      return size == 5 && LowerIs(t, "early");
    };
    while (m < end && m < k + 4 && toks_[m].IsWord() && in_quote_[m] < 0 && time_word(m)) {
      time = time || toks_[m].is(kTime);
      ++m;
    }
    if (time && m + 1 < end && LowerIs(m, "that")) return m + 1;  // "said now that ..."
    if (time && m + 1 < end && toks_[m].IsWord() && in_quote_[m] < 0 &&
        !toks_[m - 1].has(kPossessive) &&
        ((toks_[m].is(kPronoun) && !toks_[m].has(kPossessive)) || toks_[m].is(kDeterminer) ||
         toks_[m].is(kGroup) || toks_[m].has(kHasDigit) ||
         (toks_[m].has(kCapitalized) && !toks_[m].is(kStop) && !toks_[m].is(kTime)))) {
      return m;
    }
  }
  // (Not the charge after "accuse": "whom prosecutors accuse of fraud, said ...".)
  if (k < end && toks_[k].IsWord() && toks_[k].is(kAdjunct) && toks_[k].has(kLowerInitial) &&
      !Existential(k) && !LowerIs(k, "about") &&
      !(LowerIs(k, "of") && Is(lex_.cue(cue).lemma, "accuse"))) {
    // "said in a statement, ..." / "said on Tuesday, ..."; "thinking about a run for
    // mayor, ..." names its topic instead. An aside's participle reports nothing when the
    // subject's own verb follows its comma: "Ray, writing in the Times, argued that ...".
    const std::string_view cue_word = doc_.TokenText(cl - 1);
    const bool aside = cl >= 2 && cue_word.ends_with("ing") && toks_[cl - 2].IsPunct(',');
    for (uint32_t m = k; m < end && m < k + 10; ++m) {
      if (toks_[m].IsPunct(',')) {
        if (aside && m + 1 < end && toks_[m + 1].IsWord() && toks_[m + 1].has(kLowerInitial) &&
            (toks_[m + 1].is(kCueStart) || LowerIs(m + 1, "has") || LowerIs(m + 1, "had") ||
             LowerIs(m + 1, "was") || LowerIs(m + 1, "is") || LowerIs(m + 1, "will") ||
             LowerIs(m + 1, "would"))) {
          return end;
        }
        // "wrote to supporters, saying (that) ...": a participle of saying after the adjunct
        // introduces the same words.
        uint32_t content = m + 1;
        int participle = -1;
        const uint32_t len = content < end && EndsWith(content, "ing")
                                 ? SpeechCueAt(content, end, &participle)
                                 : 0;
        if (len > 0) {
          content += len;
          if (content + 1 < end && LowerIs(content, "that")) ++content;
        }
        return content;
      }
      if (!toks_[m].IsWord() || in_quote_[m] >= 0) break;
    }
  }
  return k;
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
  if (x > name && x + 1 < limit && (toks_[x].IsPunct(',') || toks_[x].has(kLowerInitial)) &&
      toks_[x - 1].has(kCapitalized) && !toks_[x - 1].is(kTitle) && !toks_[x - 1].is(kLabel) &&
      ValidSubject(first, x) && !TitleCase(doc_.sentence_of[first])) {
    return x;
  }
  return first;
}

// "Graham: Rivals Are Wrong on Trade": a name, a colon and a claim, as in headlines.
void Pass::Headline(const Sentence& s) {
  uint32_t first = s.first;
  while (first < s.last && toks_[first].IsQuote()) ++first;
  if (first >= s.last) return;
  // Most sentences have no colon among their first words: one memchr over their bytes
  // spares the scan below (whose exit, after a varying number of words, mispredicted).
  const uint32_t scan_end = std::min(s.last, first + 7);
  const char* from = doc_.text.data() + toks_[first].begin;
  if (std::memchr(from, ':', toks_[scan_end - 1].end - toks_[first].begin) == nullptr) return;
  uint32_t colon = first;
  while (colon < s.last && colon - first < 6 && toks_[colon].IsWord()) ++colon;
  if (colon == first || colon >= s.last || !toks_[colon].IsPunct(':')) return;
  if (colon + 1 < s.last && toks_[colon + 1].IsQuote()) {
    // The quote pass has an accepted quote; a short one that the headline runs on past
    // (`Ray: 'Of Course' Lee Can Run`) is part of the claim.
    const int q = colon + 2 < s.last ? in_quote_[colon + 2] : -1;
    if (q < 0 || quotes_[q].accepted || quotes_[q].close + 2 >= s.last) return;
  }
  const Token& head = toks_[colon - 1];
  if (!head.has(kCapitalized) || head.is(kLabel) || head.has(kHasDigit) ||
      !ValidSubject(first, colon)) {
    return;
  }
  for (uint32_t t = first; t < colon; ++t) {
    if (toks_[t].is(kCueStart) && toks_[t].has(kLowerInitial)) return;
  }
  Candidate cand;
  cand.mention = {first, colon, 0, 0};
  cand.has_mention = true;
  cand.anchor = first;
  cand.first = colon + 1;
  cand.last = TrimEnd(colon + 1, s.last);
  // "LEE: We will build it. The ferry can wait.": a speaker's name in capitals opening a
  // paragraph labels a transcript turn, which runs to the paragraph's end.
  if (toks_[first].has(kParagraphStart)) {
    bool capitals = true;
    for (uint32_t t = first; t < colon && capitals; ++t) {
      for (char ch : doc_.TokenText(t)) capitals = capitals && !(ch >= 'a' && ch <= 'z');
    }
    if (capitals && doc_.TokenText(colon - 1).size() >= 2) {
      const Paragraph& para = doc_.paragraphs[doc_.sentences[doc_.sentence_of[first]].paragraph];
      cand.last = TrimEnd(colon + 1, para.last);
    }
  }
  if (!AtLeastWords(cand.first, cand.last, 3)) return;
  Emit(cand);
}

bool Pass::PassiveAgent(uint32_t cf, uint32_t cl, int cue) {
  const Cue& c = lex_.cue(cue);
  const uint32_t se = SentenceLast(cf);
  if (!c.past_participle || cl + 2 >= se || !LowerIs(cl, "by") ||
      (c.cls != CueClass::kSpeech && c.cls != CueClass::kThought) || Is(c.lemma, "ask") ||
      Is(c.lemma, "ask about")) {
    return false;
  }
  const uint32_t sf = SentenceFirst(cf);
  bool aside = false;  // the reduced passive opens after a comma: it ends at the next one
  if (!PassiveVerb(cf, sf)) {
    // A reduced passive: "a scheme seen by pilots as ...", "Lee, often criticized by crews
    // for ...": after a common noun or a comma (adverbs aside), not after a name or pronoun
    // ("Lee criticized by letter": the active verb).
    uint32_t b = cf;
    while (b > sf && b + 3 > cf && toks_[b - 1].IsWord() && toks_[b - 1].has(kLowerInitial) &&
           (MannerAdverb(b - 1) || LowerIs(b - 1, "still") || LowerIs(b - 1, "also") ||
            LowerIs(b - 1, "often"))) {
      --b;
    }
    if (b == sf) return false;
    const Token& before = toks_[b - 1];
    const bool noun = before.IsWord() && before.has(kLowerInitial) && !before.is(kStop) &&
                      !before.is(kPreverb) && !before.is(kPronoun) && !before.is(kDeterminer) &&
                      !before.is(kCueStart);
    if (!noun && !before.IsPunct(',')) return false;
    aside = !noun;
  }
  const uint32_t agent_end = NameAfter(cl + 1, se);
  // The content opens right after the agent with the reason or the judgement ("for closing
  // the pier", "as a risk", "of raising fares", "that ..."); other words ("and ...",
  // "of the union", ", who ...") continue the agent's phrase or the sentence.
  const uint32_t k = agent_end;
  if (k == cl + 1 || k + 1 >= se || !toks_[k].IsWord() || !toks_[k].has(kLowerInitial) ||
      !(LowerIs(k, "for") || LowerIs(k, "as") || LowerIs(k, "over") || LowerIs(k, "that") ||
        (LowerIs(k, "of") && doc_.TokenText(k + 1).ends_with("ing")))) {
    return false;
  }
  Candidate cand = AgentCandidate(cf, cl, agent_end);
  cand.first = LowerIs(k, "that") ? k + 1 : k;
  uint32_t end = se;
  for (uint32_t t = cand.first; aside && t < se; ++t) {
    if (toks_[t].IsPunct(',') && in_quote_[t] < 0) end = t;
    if (end < se) break;
  }
  cand.last = ContentEnd(cand.first, end);
  Emit(cand);
  return true;
}

void Pass::PassiveSubject(uint32_t cf, uint32_t cl, int cue) {
  const Cue& c = lex_.cue(cue);
  if (!c.past_participle || !c.rest.empty() ||
      (c.cls != CueClass::kSpeech && c.cls != CueClass::kThought) ||
      TakesListener(cue) || Is(c.lemma, "call")) {
    return;  // "was told by", "was called by" name a listener or a caller
  }
  const uint32_t sf = SentenceFirst(cf);
  const uint32_t se = SentenceLast(cf);
  if (!PassiveVerb(cf, sf)) return;
  const uint32_t agent_end = NameAfter(cl + 1, se);
  if (agent_end == cl + 1) return;
  uint32_t start = sf;
  while (start < se && toks_[start].IsQuote() && in_quote_[start] < 0) ++start;
  const Subject subj = FindSubject(cf, start);
  if (!subj.found || subj.mention.last >= cf) return;
  // The subject opens its clause: not the object of a preposition or verb ("the win in
  // Elm City was projected by ...": the city was not projected).
  const uint32_t m = subj.mention.first;
  if (m > start && (ObjectPosition(m - 1) || toks_[m - 1].IsPunct(','))) return;
  Candidate cand = AgentCandidate(cf, cl, agent_end);
  cand.first = subj.mention.first;
  cand.last = subj.mention.last;
  cand.single_word = true;
  Emit(cand);
}

void Pass::ReportedSpeech() {
  // Only the words the text layer listed as cue starts can open a cue.
  const std::vector<uint32_t>& starts = doc_.cue_starts;
  size_t next = 0;
  uint32_t resume = 0;  // tokens before it are part of a cue already processed
  for (const Sentence& s : doc_.sentences) {
    Headline(s);
    const size_t before = cands_.size();
    while (next < starts.size() && starts[next] < s.first) ++next;
    for (; next < starts.size() && starts[next] < s.last; ++next) {
      const uint32_t t = starts[next];
      if (t < resume || in_quote_[t] >= 0 || consumed_[t]) continue;
      int cue = -1;
      const uint32_t len = MatchCue(t, s.last, &cue);
      // (The token after the cue first: PassiveAgent reads the cue's record.)
      if (len > 0 && t + len < s.last && LowerIs(t + len, "by")) {
        PassiveSubject(t, t + len, cue);
        if (PassiveAgent(t, t + len, cue)) {
          resume = t + len;
          continue;
        }
      }
      if (len == 0 || !VerbUse(t, cue)) {
        ProcessNounCue(t, s.last);
        continue;
      }
      if (lex_.cue(cue).cls == CueClass::kQuoteOnly && !AsSubjectPutIt(t, t + len, cue)) {
        continue;
      }
      ProcessCue(t, t + len, cue);
      resume = t + len;
    }
    // (Tested here first: most sentences open with no capitalized "In".)
    if (cands_.size() == before && toks_[s.first].has(kCapitalized) && LowerIs(s.first, "in")) {
      PollOpening(s);
    }
  }
}

// "In a Harbor Post poll taken in May, Ann Ray led Tom Lee by four points.": a sentence
// opening with "In" and a poll, survey or study reports that source's finding, when no cue
// in the sentence gave it a statement already. Not "In a letter, ..." or "In the port, ...".
void Pass::PollOpening(const Sentence& s) {
  const uint32_t start = s.first;
  if (s.last < start + 6 || !toks_[start].IsWord() || !toks_[start].has(kCapitalized) ||
      !LowerIs(start, "in")) {
    return;
  }
  uint32_t source = kNone;
  uint32_t comma = start + 1;
  for (; comma < s.last && comma < start + 16; ++comma) {
    const Token& t = toks_[comma];
    if (t.IsPunct(',')) break;
    // A quote, a dash or a parenthesis: no plain opening phrase. A slash or hyphen joins
    // the names of a joint poll's sponsors ("a Harbor Post/Elm Radio poll").
    const bool joiner = (t.IsPunct('/') || t.IsPunct('-')) && comma + 1 < s.last &&
                        toks_[comma - 1].end == t.begin && toks_[comma + 1].begin == t.end;
    if (!t.IsWord() && !joiner) return;
    if (t.is(kDocument) && t.has(kLowerInitial) &&
        (LowerIs(comma, "poll") || LowerIs(comma, "polls") || LowerIs(comma, "survey") ||
         LowerIs(comma, "surveys") || LowerIs(comma, "study"))) {
      source = comma;
    }
  }
  if (source == kNone || comma >= s.last || !toks_[comma].IsPunct(',')) return;
  for (uint32_t t = comma + 1; t < s.last; ++t) {
    if (toks_[t].IsQuote()) return;  // a quotation has its own attribution
  }
  Candidate cand;
  cand.cue_first = start;
  cand.cue_last = start + 1;
  // (To the poll's noun: "a Harbor Post poll taken in May" is the Harbor Post poll.)
  cand.mention = {start + 1, source + 1, 0, 0};
  cand.has_mention = true;
  cand.anchor = start + 1;
  cand.first = comma + 1;
  cand.last = TrimEnd(comma + 1, s.last);
  if (!AtLeastWords(cand.first, cand.last, 3)) return;
  // "In a study of riders, Harbor Watch, a rider group, found ...": a clause that opens with
  // the subject of its own reporting verb names who found it; the study is where.
  const std::vector<uint32_t>& starts = doc_.cue_starts;
  for (auto it = starts.begin() + static_cast<std::ptrdiff_t>(FirstAbove(starts, comma + 1));
       it != starts.end() && *it < cand.last && *it < comma + 1 + kMaxAppositiveSpan; ++it) {
    int cue = -1;
    if (!toks_[*it].has(kLowerInitial) || MatchCue(*it, cand.last, &cue) == 0 ||
        !VerbUse(*it, cue)) {
      continue;  // (not a noun: "the mayor's promise of lower fares won ...")
    }
    const Subject subject = FindSubject(*it, comma + 1);
    if (subject.found && subject.mention.first == comma + 1) {
      cand.mention = subject.mention;
      cand.anchor = subject.mention.first;
    }
    break;
  }
  Emit(cand);
}

void Pass::ProcessNounCue(uint32_t t, uint32_t limit) {
  const uint32_t sf = SentenceFirst(t);
  if (t == sf || !toks_[t].has(kLowerInitial)) return;
  // The source: "his", "her", "their", "its", or a noun phrase ending in a possessive. Tested
  // before the cue: most cue words have no possessive before them.
  uint32_t p = t - 1;
  // "Lee's recent assertion that ...", "his most remarkable claim": up to three adjectives
  // between the owner and the noun. (Adjectives only, by their endings and a short list:
  // "Lee's campaign faced accusations that ..." has a verb between them, and "Lee's phone
  // call", "his heart attack", "an insurance claim" are other nouns.)
  auto adjective = [&](uint32_t q) {
    const Token& tok = toks_[q];
    if (!tok.IsWord() || !tok.has(kLowerInitial) || tok.has(kPossessive)) return false;
    if (LowerIs(q, "most") || LowerIs(q, "more") || LowerIs(q, "new") || LowerIs(q, "own") ||
        LowerIs(q, "first") || LowerIs(q, "last") || LowerIs(q, "final") ||
        LowerIs(q, "bold") || LowerIs(q, "false")) {
      return true;
    }
    if (tok.is(kStop) || tok.is(kCueStart) || tok.is(kDeterminer) || tok.is(kGroup) ||
        tok.is(kRole)) {
      return false;
    }
    if (tok.is(kPreverb)) return false;
    return EndsWith(q, "al") || EndsWith(q, "ive") || EndsWith(q, "ous") ||
           EndsWith(q, "ent") || EndsWith(q, "est") || EndsWith(q, "ic") ||
           EndsWith(q, "ful") || EndsWith(q, "less") || EndsWith(q, "ible") ||
           EndsWith(q, "able") || EndsWith(q, "ary");
  };
  {
    uint32_t q = p;
    while (q > sf && q + 3 > p && adjective(q)) --q;
    if (q < p && (toks_[q].has(kPossessive) || LowerIs(q, "his") || LowerIs(q, "her") ||
                  LowerIs(q, "their") || LowerIs(q, "its"))) {
      p = q;
    }
  }
  const uint32_t owner_end = p + 1;  // t, or the first modifier
  const bool pronoun =
      LowerIs(p, "his") || LowerIs(p, "her") || LowerIs(p, "their") || LowerIs(p, "its");
  // "Ray voiced firm support for ...", "Lee made a renewed call for ...", "they expressed
  // concern that ...": a noun cue as the object of a verb of uttering is its subject's.
  uint32_t light = kNone;
  if (!pronoun && !toks_[p].has(kPossessive)) {
    uint32_t v = p;
    while (v > sf && v + 3 > p && toks_[v].IsWord() && toks_[v].has(kLowerInitial) &&
           (toks_[v].is(kDeterminer) || !toks_[v].is(kStop)) && !LightVerb(v)) {
      --v;
    }
    // Not the noun: "a loud voice followed the attacks on".
    if (LightVerb(v) && v > sf &&
        !(toks_[v - 1].IsWord() && toks_[v - 1].has(kLowerInitial) &&
          !toks_[v - 1].is(kPreverb) && !toks_[v - 1].is(kPronoun) && !toks_[v - 1].is(kGroup))) {
      light = v;
    }
  }
  if (!pronoun && light == kNone && !(toks_[p].IsWord() && toks_[p].has(kPossessive))) return;
  // "In his view, CLAUSE", "But in Ann Ray's view, CLAUSE": the owner's opinion, opening
  // the clause.
  if (light == kNone && t + 2 < limit && toks_[t + 1].IsPunct(',') && LowerIs(t, "view")) {
    const uint32_t owner = pronoun ? p : ScanNounPhraseBack(t, sf);
    if (owner > sf && owner < t && LowerIs(owner - 1, "in") &&
        (owner - 1 == sf || toks_[owner - 2].IsPunct(',') ||
         (owner - 2 == sf && (LowerIs(sf, "but") || LowerIs(sf, "and")))) &&
        (pronoun || ValidSubject(owner, t))) {
      Candidate cand;
      cand.cue_first = t;
      cand.cue_last = t + 1;
      cand.noun_cue = true;
      cand.paragraph = doc_.sentences[doc_.sentence_of[t]].paragraph;
      cand.mention = {owner, t, 0, 0};
      cand.has_mention = true;
      cand.anchor = owner;
      cand.first = t + 2;
      cand.last = ContentEnd(t + 2, SentenceLast(t));
      if (cand.last > cand.first) Emit(cand);
    }
    return;
  }
  int cue = -1;
  uint32_t len = MatchCue(t, limit, &cue, /*nouns=*/true);
  if (len == 0) {
    // "Ray's remark on Monday that ...", "his claim last week that ...", "her pledge a
    // year ago to ...": the noun cue's complementizer after a short time phrase; "Lee's
    // claim is that ...": after a copula.
    uint32_t x = t + 1;
    // (Not "Ray's position is that of a moderate": a pronoun.)
    bool time = x + 2 < limit && (LowerIs(x, "is") || LowerIs(x, "was")) &&
                LowerIs(x + 1, "that") && !LowerIs(x + 2, "of");
    if (time) ++x;
    while (x < limit && x < t + 5 && toks_[x].IsWord() &&
           (toks_[x].is(kTime) || toks_[x].has(kHasDigit) || LowerIs(x, "last") ||
            LowerIs(x, "this") || LowerIs(x, "on") || LowerIs(x, "in") || LowerIs(x, "a") ||
            LowerIs(x, "ago") || LowerIs(x, "earlier"))) {
      time = time || toks_[x].is(kTime);
      ++x;
    }
    if (!time || x >= limit || x == t + 1) return;
    for (const CueRef& ref : lex_.FindInText(doc_.text, toks_[t].begin, toks_[t].end).cues) {
      if (ref.cls != CueClass::kNoun || ref.rest_words != 1) continue;
      const Cue& c = lex_.cue(ref.cue);
      if (LowerIs(x, c.rest[0]) && (Is(c.rest[0], "that") || Is(c.rest[0], "to"))) {
        cue = ref.cue;
        break;
      }
    }
    if (cue < 0) return;
    len = x + 1 - t;  // the noun, the time phrase and the complementizer
  }
  Mention source;
  if (light != kNone) {
    // "made an effort to", "made a bid to": an act, not an utterance.
    const std::string_view noun = Lower(t);
    if (noun.starts_with("effort") || noun.starts_with("attempt") || noun == "push" ||
        noun == "bid" || noun == "decision" || noun.starts_with("plan")) {
      return;
    }
    Subject subj = FindSubject(light, sf);
    if (!subj.found) return;
    source = subj.mention;
  } else if (pronoun) {
    source = {p, owner_end, 0, 0};
    // "Diaz stood by her claim": the owner is the sentence's subject when it is a name.
    uint32_t name_first = sf;
    while (name_first < p && toks_[name_first].IsQuote()) ++name_first;
    const uint32_t name_end = OpeningName(name_first, p);
    if (name_end > name_first) source = {name_first, name_end, 0, 0};
  } else {
    const uint32_t k = ScanNounPhraseBack(owner_end, sf);
    if (k == owner_end || !ValidSubject(k, owner_end)) return;
    source = {k, owner_end, 0, 0};
    // "Lee objected to Ray's promise to ...", "the board laughed at Ray's claim that ...": a
    // noun cue in the object of another speaker's verb in the past is that speaker's account
    // of the owner's position; the verb's subject reports it.
    uint32_t v = k;
    while (v > sf + 1 && v + 3 > k && toks_[v - 1].IsWord() && toks_[v - 1].has(kLowerInitial) &&
           (toks_[v - 1].is(kStop) || LowerIs(v - 1, "out") || LowerIs(v - 1, "back") ||
            LowerIs(v - 1, "off") || LowerIs(v - 1, "up")) &&
           !LowerIs(v - 1, "that") && !LowerIs(v - 1, "of") && !toks_[v - 1].is(kPreverb)) {
      --v;
    }
    if (v > sf + 1) {
      const Token& verb = toks_[v - 1];
      const std::string_view form = doc_.TokenText(v - 1);
      if (verb.IsWord() && verb.has(kLowerInitial) && !verb.is(kStop) && !verb.is(kPreverb) &&
          !verb.is(kDeterminer) && form.size() > 4 && form.ends_with("ed") &&
          !PassiveVerb(v - 1, sf)) {
        uint32_t start = sf;
        while (start < v - 1 && toks_[start].IsQuote()) ++start;
        const Subject subject = FindSubject(v - 1, start);
        if (subject.found && PossibleSpeaker(subject.mention) &&
            ValidSubject(subject.mention.first, subject.mention.last)) {
          source = subject.mention;
        }
      }
    }
  }
  const uint32_t se = SentenceLast(t);
  const uint32_t first = t + len;
  if (first >= se) return;
  Candidate cand;
  cand.cue_first = t;
  cand.cue_last = t + len;
  cand.noun_cue = true;
  cand.paragraph = doc_.sentences[doc_.sentence_of[t]].paragraph;
  cand.mention = source;
  cand.has_mention = true;
  cand.anchor = source.first;
  cand.first = first;
  cand.last = ContentEnd(first, se);
  // "Ray's call for a new ferry was rejected", "Her promise to build it has not been kept":
  // a noun cue opening the sentence is its subject, and the content ends at the main verb.
  // (After "that" the content is a clause with verbs of its own: "Ray's claim that ...".)
  uint32_t opener = sf;
  while (opener < source.first && toks_[opener].IsQuote()) ++opener;
  if (light == kNone && source.first == opener && !LowerIs(t + len - 1, "that")) {
    for (uint32_t k = first + 1; k < cand.last; ++k) {
      if (!toks_[k].IsWord() || !toks_[k].has(kLowerInitial)) continue;
      const std::string_view w = Lower(k);
      if (Is(w, "is") || Is(w, "was") || Is(w, "are") || Is(w, "were") || Is(w, "has") ||
          Is(w, "have") || Is(w, "had") || Is(w, "will") || Is(w, "would") || Is(w, "could") ||
          Is(w, "can") || Is(w, "may") || Is(w, "might") || Is(w, "should") || Is(w, "must")) {
        cand.last = k;
        break;
      }
    }
  }
  Emit(cand);
}

// "The port office sent out a notice saying ...": a document that is the object of a verb
// speaks for that verb's subject; replaces `*subj` by that subject.
void Pass::DocumentAuthor(Subject* subj, uint32_t start) {
  if (subj->found && subj->boundary == Boundary::kClause &&
      toks_[subj->mention.last - 1].is(kDocument) && toks_[subj->mention.last].IsWord() &&
      !LowerIs(subj->mention.last, "which") && !LowerIs(subj->mention.last, "that")) {
    uint32_t v = subj->mention.first;
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

// End of the noun phrase that opens a clause at `start` (at most 7 words, before the cue at
// `cf`): it stops at its verb ("His chief aide doubled down ..., saying").
uint32_t Pass::OpeningPhraseEnd(uint32_t start, uint32_t cf) {
  uint32_t x = start;
  while (x < cf && toks_[x].IsWord() && x - start < 7) {
    const Token& t = toks_[x];
    if (t.is(kPronoun)) {
      // "It was hard not to wonder ..., wishing": "it" opens an impersonal clause.
      if (x == start && !LowerIs(x, "it")) ++x;
      break;
    }
    // "the Illinois Board of Elections": "of" after a capitalized organization noun is part
    // of its name ("Ann Ray of Ohio" keeps the person's name alone).
    if (x > start && x + 1 < cf && t.has(kLowerInitial) && LowerIs(x, "of") &&
        toks_[x - 1].has(kCapitalized) &&
        (toks_[x - 1].is(kOrgNoun) || toks_[x - 1].is(kOrgUnit)) && toks_[x + 1].IsWord() &&
        toks_[x + 1].has(kCapitalized) && !toks_[x + 1].is(kDeterminer)) {
      x += 2;
      continue;
    }
    if ((t.is(kStop) && !t.is(kDeterminer)) || t.is(kPreverb) ||
        (t.is(kCueStart) && t.has(kLowerInitial)) ||
        (x > start && t.has(kLowerInitial) &&
         std::string_view(doc_.TokenText(x)).ends_with("ed"))) {
      break;  // "His chief aide doubled down ..., saying": the verb ends the subject
    }
    // "Ann Ray shook her head and said": a lower-case word between a name and a determiner
    // or pronoun is the name's verb ("Ray campaign chairman Tom Baker" has none).
    if (x > start && x + 1 < cf && t.has(kLowerInitial) && toks_[x - 1].has(kCapitalized) &&
        !toks_[x - 1].has(kPossessive) && !toks_[x - 1].is(kTitle) &&
        !toks_[x - 1].is(kDeterminer) && !t.is(kRole) && !t.is(kGroup) && !t.is(kOrgNoun) &&
        !t.is(kDocument) && toks_[x + 1].IsWord() && toks_[x + 1].has(kLowerInitial) &&
        (toks_[x + 1].is(kDeterminer) || toks_[x + 1].is(kPronoun)) &&
        !LowerIs(x + 1, "that") && !LowerIs(x + 1, "which") && !LowerIs(x + 1, "who") &&
        !LowerIs(x + 1, "whose")) {
      break;
    }
    ++x;
  }
  return x;
}

// A name, a person, group, organization or document noun, or he/she/they: not an adverb
// ("Yet", "Soon") or a participle phrase that ClauseSubject may return.
bool Pass::PossibleSpeaker(const Mention& m) {
  const Token& last = toks_[m.last - 1];
  const bool pronoun = m.last == m.first + 1 && last.is(kPronoun) && !LowerIs(m.first, "it");
  const bool name = last.has(kCapitalized) && !last.is(kStop) && !last.is(kPreverb) &&
                    !last.is(kAdjunct) && !last.is(kTime) && !last.is(kCueStart);
  const bool noun = last.is(kRole) || last.is(kGroup) || last.is(kOrgNoun) ||
                    last.is(kDocument);
  // ("Obama's first questioners": an owner is not the subject; "Two weeks after ...": a
  // number before a time word opens a time phrase.)
  const bool time_follows = m.last < n_ && toks_[m.last].IsWord() && toks_[m.last].is(kTime);
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
  bool verb_inside = false;
  for (uint32_t t = first + 1; t + 1 < subj->mention.last && !verb_inside; ++t) {
    verb_inside = toks_[t].has(kLowerInitial) &&
                  (toks_[t - 1].has(kCapitalized) || toks_[t - 1].is(kRole)) &&
                  !toks_[t].is(kStop) && doc_.TokenText(t).ends_with("ed");
  }
  if (!verb_inside) {
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
  }
  Mention m;
  const uint32_t subject_limit = verb_inside ? subj->mention.last - 1 : first;
  if (!ClauseSubject(sf, start, cf, &m) || m.last > subject_limit) return;
  if (!PossibleSpeaker(m)) return;
  subj->mention = m;
  subj->boundary = m.first == start ? Boundary::kSentenceStart : Boundary::kClause;
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
  // "On Friday evening Mr. Lee opened ...", "But a few days later, Lee ...": a time phrase
  // without its comma.
  if (toks_[start].IsWord() &&
      (toks_[start].is(kStop) || toks_[start].is(kAdjunct) || toks_[start].is(kDeterminer)) &&
      (toks_[start].has(kCapitalized) || start > sf)) {
    uint32_t x = start + 1;
    while (x < cf && x < start + 5 && toks_[x].IsWord() &&
           (toks_[x].is(kTime) || toks_[x].has(kHasDigit) ||
            (toks_[x].has(kLowerInitial) && !toks_[x].is(kStop) && !toks_[x].is(kCueStart)))) {
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
    if (x > start + 1 && x < cf && toks_[x].IsWord() && toks_[x].has(kCapitalized) &&
        (toks_[x - 1].is(kTime) || toks_[x - 1].IsPunct(','))) {
      start = x;
    }
  }
  // ("Instead, the mayor ...": an adverb alone before its comma, too.)
  if (toks_[start].IsWord() &&
      (toks_[start].is(kStop) || toks_[start].is(kAdjunct) ||
       (toks_[start].is(kPreverb) && start + 1 < cf && toks_[start + 1].IsPunct(',')) ||
       std::string_view(doc_.TokenText(start)).ends_with("ing") ||
       std::string_view(doc_.TokenText(start)).ends_with("ed"))) {
    for (uint32_t k = start + 1; k < cf && k < start + 30; ++k) {
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
  while (start < cf && !toks_[start].IsWord()) ++start;  // "~ Ann Ray ..."
  uint32_t x = OpeningPhraseEnd(start, cf);
  // A subject is followed by its verb. An opening phrase followed by a comma is an adverb or
  // the rest of an adverbial ("Instead, the mayor is ...", "Speaking in Salem, Oregon, Ann
  // Ray went ...", "At a rally in Salem, Ore., on Sunday, Ray ..."), unless an appositive
  // closed by its own comma follows ("Ray, the mayor, smiled and said").
  for (int round = 0; round < 4 && x > start && x + 1 < cf && toks_[x].IsPunct(',') &&
                      in_quote_[x] < 0;
       ++round) {
    // "Lee's usual partner, ranking member Sen. Ann Ray (Md.), is ...": a description, then
    // the name it describes.
    uint32_t name_end = OpeningPhraseEnd(x + 1, cf);
    while (name_end > x + 2 && !ValidSubject(x + 1, name_end)) --name_end;
    const bool including = toks_[x + 1].has(kLowerInitial) &&  // "..., including Ann Ray,"
                           (toks_[x + 1].is(kStop) || doc_.TokenText(x + 1).ends_with("ing"));
    if (toks_[x - 1].has(kLowerInitial) && !including && name_end > x + 1 && name_end + 1 < cf &&
        (toks_[name_end].IsPunct(',') || toks_[name_end].IsPunct('(')) &&
        toks_[name_end - 1].has(kCapitalized) && ValidSubject(x + 1, name_end)) {
      start = x + 1;
      x = name_end;
      break;
    }
    bool appositive = false;
    // A phrase opening with a preposition may be the rest of the adverbial: tried below.
    const bool preposition = toks_[x + 1].has(kLowerInitial) && toks_[x + 1].is(kStop);
    if (!preposition && AppositiveStarter(x + 1)) appositive = CommaBetween(x + 2, cf - 1);
    if (appositive) break;
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
  // "It's a long shot, but Ann Ray ...": a contracted pronoun opens an impersonal clause.
  const bool impersonal =
      x == start + 1 &&
      (LowerIs(start, "it's") || LowerIs(start, "it\xE2\x80\x99s") || LowerIs(start, "there's") ||
       LowerIs(start, "there\xE2\x80\x99s") || LowerIs(start, "that's") ||
       LowerIs(start, "that\xE2\x80\x99s"));
  if (x > start && !impersonal && ValidSubject(start, x)) {
    *m = {start, x, 0, 0};
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

void Pass::ProcessCue(uint32_t cf, uint32_t cl, int cue) {
  const Cue& c = lex_.cue(cue);
  const std::string_view lemma = c.lemma;  // (a view: == tests the length first)
  const uint32_t sf = SentenceFirst(cf);
  uint32_t se = SentenceLast(cf);
  uint32_t start = sf;
  while (start < se && toks_[start].IsQuote() && in_quote_[start] < 0) ++start;
  // "WASHINGTON (Reuters) - The port will close, officials said": the dateline opening the
  // paragraph is neither content nor subject.
  // (Tested first: a dateline opens with a word in capitals or a place before "(".)
  // (Not when another dash follows before the cue: "NASA - which had planned ... - said".)
  if (toks_[start].has(kParagraphStart) && DatelineMayOpen(start, cf)) {
    const uint32_t after = SkipDateline(start, cf);
    bool dash = false;
    for (uint32_t t = after; t < cf && !dash && after > start; ++t) dash = toks_[t].IsPunct('-');
    if (!dash) start = after;
  }
  Candidate cand;
  cand.cue_first = cf;
  cand.cue_last = cl;
  cand.paragraph = doc_.sentences[doc_.sentence_of[cf]].paragraph;

  if (c.cls == CueClass::kSource) {
    cand.secondhand = true;
    // "according to X, CLAUSE" / "CLAUSE, according to X".
    // The source: up to a comma, a dash, a time or a participle ("according to a report
    // released Wednesday", "according to the poll conducted by ...").
    uint32_t x = cl;
    bool source_modified = false;  // the source's name is followed by its modifier
    while (x < se && toks_[x].IsWord() && x - cl < 12) {
      const Token& t = toks_[x];
      // "according to a May 2019 study": a date after a determiner is a modifier; so is
      // a participle after a determiner or an adverb, before its noun ("the recently
      // released port plan", "a leaked memo").
      const bool prenominal_participle =
          x + 1 < se && (toks_[x - 1].is(kDeterminer) || EndsWith(x - 1, "ly")) &&
          toks_[x + 1].IsWord() && !toks_[x + 1].is(kStop) && !toks_[x + 1].is(kTime);
      if (x > cl && ((t.is(kTime) && !toks_[x - 1].is(kDeterminer)) ||
                     (t.has(kLowerInitial) &&
                      std::string_view(doc_.TokenText(x)).ends_with("ed") &&
                      !prenominal_participle))) {
        break;
      }
      // "according to an adviser who asked not to be named": a relative clause or another
      // preposition ends the source ("the head of the union" keeps its "of").
      if (x > cl && t.is(kStop) && t.has(kLowerInitial) && !LowerIs(x, "of") &&
          !LowerIs(x, "for") && !LowerIs(x, "at") && !LowerIs(x, "and") &&
          !ComplementPreposition(x)) {
        source_modified = true;
        break;
      }
      ++x;
    }
    if (x == cl) return;
    cand.mention = {cl, x, 0, 0};
    {
      // "according to a count by the Gazette", "... to records filed by Ann Ray", "... to a
      // report from the Port Authority": the author of the work is the source. (Not "a
      // spokesman for ...", "residents from Ohio": a person is the source.)
      uint32_t by = x;
      if (by + 1 < se && toks_[by].has(kLowerInitial) &&
          doc_.TokenText(by).ends_with("ed") && LowerIs(by + 1, "by")) {
        ++by;
      }
      const Token& head = toks_[x - 1];
      if (by + 1 < se && x > cl && head.IsWord() && head.has(kLowerInitial) &&
          !head.is(kRole) && !head.is(kGroup) && !head.is(kPronoun) && !head.is(kStop) &&
          (LowerIs(by, "by") || (LowerIs(by, "from") && head.is(kDocument)))) {
        uint32_t agent_end = NameAfter(by + 1, se);
        // ("the Harbor Institute based on ...": a participle ends the name.)
        for (uint32_t t = by + 2; t < agent_end; ++t) {
          if (toks_[t].has(kLowerInitial) && doc_.TokenText(t).ends_with("ed")) {
            agent_end = t;
            break;
          }
        }
        // A named author or an organization ("a statement from the company") only: "an
        // email from the head of ..." keeps the email.
        if (agent_end > by + 1 && (toks_[agent_end - 1].has(kCapitalized) ||
                                   toks_[agent_end - 1].is(kOrgNoun))) {
          cand.mention = {by + 1, agent_end, 0, 0};
          x = agent_end;
        }
      }
    }
    cand.has_mention = true;
    cand.anchor = cl;
    // "But according to X, CLAUSE", "(According to X, CLAUSE)", "...: According to X,
    // CLAUSE": the cue opens the clause as at the sentence start.
    const bool opens_clause =
        cf == start ||
        (cf > start && (toks_[cf - 1].IsPunct(':') || toks_[cf - 1].IsPunct('('))) ||
        (cf == start + 1 && toks_[start].has(kCapitalized) &&
         (LowerIs(start, "but") || LowerIs(start, "and") || LowerIs(start, "yet") ||
          LowerIs(start, "so") || LowerIs(start, "still")));
    // "A, according to X, B": both halves are the source's.
    uint32_t before_last = opens_clause ? start : cf;
    if (before_last > start && toks_[before_last - 1].IsPunct(',')) --before_last;
    uint32_t after = x;
    if (opens_clause || source_modified) {
      // "According to the clerk who runs the ferry dock, CLAUSE", "A, according to members
      // who spoke to reporters, B": the clause starts after the source's comma even when the
      // source's name ends before it.
      for (uint32_t t = x; t < se && t < x + 20; ++t) {
        if (toks_[t].IsQuote() || in_quote_[t] >= 0) break;
        if (toks_[t].IsPunct(',')) {
          after = t;
          break;
        }
      }
    }
    if (after < se && toks_[after].IsPunct(',')) ++after;
    // "According to Liu Hua, a researcher at the Harbor Institute, CLAUSE": a named source's
    // profile, between commas, is the source's and not the clause's.
    const bool named_source = toks_[x - 1].IsWord() && toks_[x - 1].has(kCapitalized) &&
                              after > x && toks_[after - 1].IsPunct(',');
    if (opens_clause && named_source && !source_modified) {
      const uint32_t profile_end = SourceProfileEnd(after, se);
      if (profile_end > after) {
        cand.mention.appositive_first = after;
        cand.mention.appositive_last = profile_end;
        after = profile_end + 1;
      }
    }
    // Mid-sentence, the words after the source are the statement's only in
    // "A, according to X, B"; not in "A, according to figures released Friday" (a
    // participle), "..., according to Ann Ray, an analyst at ..." (an appositive) or
    // "A according to the poll, B" (no comma before the cue).
    if (!opens_clause && after < se) {
      const bool commas = toks_[cf - 1].IsPunct(',') && after > x && toks_[after - 1].IsPunct(',');
      const Token& next = toks_[after];
      // (A role after a named source: "..., according to Zhang Hua, vice-president of X",
      // "..., according to Ann Ray, the port's chief economist".)
      // Not a clause that opens with one: "A, according to X, the mayor will veto it".
      auto role_within = [&](uint32_t first, uint32_t count) {
        for (uint32_t t = after; t < se; ++t) {
          if (toks_[t].is(kPreverb) || toks_[t].is(kCueStart)) return false;
        }
        for (uint32_t t = first; t < se && t < first + count && toks_[t].IsWord(); ++t) {
          if (toks_[t].is(kRole) && toks_[t].has(kLowerInitial)) return true;
        }
        return false;
      };
      const bool appositive =
          next.IsWord() && next.has(kLowerInitial) &&
          (LowerIs(after, "a") || LowerIs(after, "an") || LowerIs(after, "who") || LowerIs(after, "which") ||
           std::string_view(doc_.TokenText(after)).ends_with("ing") ||
           (named_source && (role_within(after, 1) ||
                             (LowerIs(after, "the") && role_within(after + 1, 3)))));
      if (!commas || appositive) {
        // "..., according to Liu Hua, a researcher at the Harbor Institute.": the rest of
        // the sentence is the named source's profile.
        if (appositive && named_source && cand.mention.appositive_last == 0) {
          cand.mention.appositive_first = after;
          cand.mention.appositive_last = TrimEnd(after, se);
        }
        after = se;
      }
    }
    if (before_last > start) {
      Candidate head = cand;
      head.first = start;
      head.last = TrimEnd(start, before_last);
      Emit(head);
    }
    if (after < se) {
      // "(According to X, CLAUSE.)": the clause ends with its parenthesis.
      uint32_t end = se;
      if (cf > start && toks_[cf - 1].IsPunct('(')) {
        for (uint32_t t = after; t < se; ++t) {
          if (toks_[t].IsPunct(')')) {
            end = t;
            break;
          }
        }
      }
      cand.first = after;
      cand.last = TrimEnd(after, end);
      Emit(cand);
    }
    return;
  }

  if (c.past_participle && cl < se && toks_[cl].IsQuote() && cf > start + 1 &&
      toks_[cf - 1].IsWord() && toks_[cf - 1].has(kLowerInitial) &&
      (Is(lemma, "call") || Is(lemma, "dub") || Is(lemma, "label"))) {
    // `a video called "Harbor Lights"`, `a ferry dubbed "the Slow Boat"`: the participle
    // names the noun before it; the quoted words are a title, not a statement. (Not `the
    // mayor called "..."`, a subject and its verb.) The noun phrase: up to three modifiers
    // and nouns after a determiner, which is "a"/"an" or follows a verb or preposition.
    uint32_t k = cf - 1;
    while (k > start && k + 4 > cf && toks_[k].IsWord() && toks_[k].has(kLowerInitial) &&
           !toks_[k].is(kDeterminer) && !toks_[k].is(kStop) && !toks_[k].is(kPreverb) &&
           !toks_[k].is(kPronoun)) {
      --k;
    }
    const bool indefinite = LowerIs(k, "a") || LowerIs(k, "an");
    if (k < cf - 1 && toks_[k].IsWord() &&
        (indefinite || ((toks_[k].is(kDeterminer) || toks_[k].has(kPossessive)) && k > start &&
                        ObjectPosition(k - 1)))) {
      return;
    }
  }
  // "present", "position", "frame" are common words: without "as" after a short object they
  // report nothing, which is tested before any subject is looked for.
  if (c.portrayal && !CastAs(cl, std::min(se, cl + 7))) return;
  if (Is(lemma, "decline to") &&
      (cl >= se || !toks_[cl].IsWord() || !toks_[cl].has(kLowerInitial) ||
       toks_[cl].is(kDeterminer) || toks_[cl].has(kHasDigit))) {
    return;  // "Sales declined to a record low": a fall, not a refusal (whose verb follows)
  }
  if (Is(lemma, "ask") && (cf == start || (cf == start + 1 && LowerIs(start, "when")))) {
    // "Asked if the plan would work, Smith said ...": the question, put by the writer.
    uint32_t comma = cl;
    while (comma < se && !toks_[comma].IsPunct(',') && comma - cl < 40) ++comma;
    if (comma >= se || !toks_[comma].IsPunct(',')) return;
    cand.first = cl;
    cand.last = TrimEnd(cl, comma);
    cand.anchor = cf;
    // The question's own verbs ("When asked which plan she backed, ...") report nothing.
    for (uint32_t t = cl; t < comma; ++t) consumed_[t] = 1;
    // "Asked by a reporter whether ...", "When asked by Ann Ray about ...": the agent asked.
    if (LowerIs(cl, "by")) {
      const uint32_t agent_end = NameAfter(cl + 1, comma);
      if (agent_end > cl + 1) {
        cand.mention = {cl + 1, agent_end, 0, 0};
        cand.has_mention = true;
      }
    }
    Emit(cand);
    return;
  }
  if (cf > start + 1 && c.past_participle && LowerIs(cf, "asked") &&
      toks_[cf - 1].has(kLowerInitial) && LowerIs(cf - 1, "when") &&
      (Is(lemma, "ask") || Is(lemma, "ask about"))) {
    // `"We will see," Ray said when asked whether she would run`: a question put to the
    // speaker by someone else, unnamed unless an agent follows ("when asked by a reporter
    // if ..."). It runs to the next comma or the sentence end.
    uint32_t first = cf + 1;
    if (first < se && LowerIs(first, "by") && QuestionOpens(NameAfter(first + 1, se), se)) {
      const uint32_t agent_end = NameAfter(first + 1, se);
      if (agent_end > first + 1) {
        cand.mention = {first + 1, agent_end, 0, 0};
        cand.has_mention = true;
        first = agent_end;
      }
    }
    if (!QuestionOpens(first, se)) return;
    uint32_t end = first;
    while (end < se && !((toks_[end].IsPunct(',') || toks_[end].IsPunct(':')) &&
                         in_quote_[end] < 0)) {
      ++end;
    }
    for (uint32_t t = first; t < end; ++t) consumed_[t] = 1;
    cand.first = first;
    cand.last = TrimEnd(first, end);
    cand.anchor = cf;
    Emit(cand);
    return;
  }
  if ((Is(lemma, "ask") || Is(lemma, "ask about")) && c.past_participle && cf > start + 1) {
    // "Ray was asked about the toll", "Lee has been asked to resign by the board": the
    // question put to the subject, who is not its speaker; the asker is the agent after
    // "by", when named.
    uint32_t aux = cf;
    while (aux > start && toks_[aux - 1].IsWord() && toks_[aux - 1].has(kLowerInitial) &&
           toks_[aux - 1].is(kPreverb) && !PassiveAuxiliary(aux - 1) && aux + 3 > cf) {
      --aux;
    }
    if (aux > start && PassiveAuxiliary(aux - 1)) {
      uint32_t first = cl;
      if (first < se && LowerIs(first, "by")) {
        const uint32_t agent_end = NameAfter(first + 1, se);
        if (agent_end > first + 1) {
          cand.mention = {first + 1, agent_end, 0, 0};
          cand.has_mention = true;
          first = agent_end;
        }
      }
      // The question ends at a comma ("was asked about the toll, and she smiled"): what
      // follows is the writer's again.
      uint32_t end = first;
      while (end < se && end < first + kMaxContentTokens &&
             !(toks_[end].IsPunct(',') && in_quote_[end] < 0)) {
        ++end;
      }
      cand.first = first;
      cand.last = ContentEnd(first, end);
      cand.anchor = cf;
      Emit(cand);
      return;
    }
  }
  uint32_t before_cue = cf;
  while (before_cue > sf && toks_[before_cue - 1].IsWord() &&
         toks_[before_cue - 1].is(kPreverb) && toks_[before_cue - 1].has(kLowerInitial)) {
    --before_cue;
  }
  if (cf == start && OpeningParticipleCue(cf, c)) {
    if (OpeningParticiple(cf, cl, se, cue, &cand)) Emit(cand);
    return;
  }
  // "..., saying CLAUSE" and "X refused to comment but said CLAUSE": the speaker is the
  // sentence's subject.
  const bool participle =
      // "..., saying", "angered the crew by saying that", "Ray opened by talking about the
      // ferry": the means of the subject's act.
      (EndsWith(cf, "ing") && cf > sf &&
       (ParticipleOpener(cf - 1) || CommaClosesQuote(cf - 1) ||
        // "..., falsely suggesting that": a manner adverb before the participle.
        (cf > sf + 1 && toks_[cf - 2].IsPunct(',') && toks_[cf - 1].has(kLowerInitial) &&
         MannerAdverb(cf - 1)))) ||
      (before_cue > sf + 1 && (LowerIs(before_cue - 1, "and") || LowerIs(before_cue - 1, "but"))) ||
      // "Li offered him a job, then said ...": an adverb after a comma, no subject.
      (before_cue < cf && before_cue > sf + 1 && toks_[before_cue - 1].IsPunct(',') &&
       !toks_[before_cue].has(kCapitalized) && !EndsWith(cf, "ing"));
  if (participle) {
    // "..., saying CLAUSE": the speaker is the subject of the sentence's earlier statement,
    // else the sentence's opening noun phrase.
    int previous = -1;
    for (int i = static_cast<int>(cands_.size()) - 1; i >= 0; --i) {
      const Candidate& other = cands_[i];
      // "Asked whether ..., Li smiled and said": the writer's question has no speaker.
      if (other.cue_first != kNone && other.cue_first < cf && other.cue_first >= sf &&
          !other.noun_cue && !(!other.has_mention && (other.cue_first == start ||
                                                      (other.cue_first == start + 1 &&
                                                       LowerIs(start, "when"))))) {
        previous = i;
        break;
      }
    }
    const uint32_t first = ContentStartAfterCue(cl, se, cue);
    cand.first = first;
    cand.last = ContentEnd(first, se);
    cand.anchor = cf;
    {
      // "The crews, fearing a strike, stayed home": a participle phrase set off right after
      // the sentence's subject (a name or a description of people) ends at its closing
      // comma when a lower-case verb follows.
      uint32_t comma = cf - 1;
      if (!toks_[comma].IsPunct(',')) --comma;
      if (comma > start && comma <= start + 6 && toks_[comma].IsPunct(',')) {
        // The subject: a name, or a description of people ("The ferry crews").
        bool subject_only = toks_[start].IsWord() && toks_[start].is(kDeterminer) &&
                            !toks_[start].is(kPronoun) && Description(start, comma);
        for (uint32_t t = start; t < comma && !subject_only; ++t) {
          if (!toks_[t].IsWord() || !toks_[t].has(kCapitalized)) break;
          subject_only = t + 1 == comma;
        }
        for (uint32_t t = first; subject_only && t + 1 < cand.last; ++t) {
          if (in_quote_[t] >= 0 || toks_[t].IsQuote()) break;
          if (!toks_[t].IsPunct(',')) continue;
          const Token& next = toks_[t + 1];
          if (next.IsWord() && next.has(kLowerInitial) && !next.is(kDeterminer) &&
              !next.is(kPronoun) && !next.is(kStop) && !doc_.TokenText(t + 1).ends_with("ing")) {
            cand.last = TrimEnd(first, t);
          }
          break;
        }
      }
    }
    if (c.portrayal && !CastAs(cand.first, cand.last)) return;
    // "by saying", "after arguing": only a subject that can speak makes it a statement.
    const bool after_preposition = EndsWith(cf, "ing") && !toks_[cf - 1].IsPunct(',') &&
                                   ParticipleOpener(cf - 1);
    if (after_preposition && c.cls == CueClass::kEvidence) return;  // "rose after showing"
    // "Inspectors closed the pier and Ann Ray sacked a clerk, conceding ...": a clause
    // coordinated after the sentence's first verb has its own subject, the participle's
    // speaker (not in "Lee and Ray took the ferry, saying": there "and" joins the subject).
    Mention coordinated;
    bool has_coordinated = false;
    if (cf > start + 4) {
      uint32_t subject_end = kNone;  // computed at the first "and"/"but" met
      const uint32_t stop = cf > start + 30 ? cf - 30 : start + 1;  // a clause's reach
      for (uint32_t t = cf - 2; t > stop && !has_coordinated; --t) {
        // Flags and length first: most words are neither.
        const Token& tok = toks_[t];
        if (!tok.is(kStop) || tok.end - tok.begin != 3 || !tok.has(kLowerInitial) ||
            in_quote_[t] >= 0 || !(LowerIs(t, "and") || LowerIs(t, "but"))) {
          continue;
        }
        if (subject_end == kNone) subject_end = OpeningPhraseEnd(start, cf);
        if (t <= subject_end + 1) break;
        const Token& next = toks_[t + 1];
        if (!next.IsWord() || !(next.has(kCapitalized) || LowerIs(t + 1, "he") ||
                                LowerIs(t + 1, "she") || LowerIs(t + 1, "they"))) {
          continue;
        }
        if (previous >= 0 && cands_[previous].cue_first > t) break;
        const uint32_t end = OpeningPhraseEnd(t + 1, cf);
        // The subject, then its verb in the past tense.
        if (end > t + 1 && end < cf && ValidSubject(t + 1, end) && toks_[end].IsWord() &&
            toks_[end].has(kLowerInitial) && !toks_[end].is(kStop) &&
            doc_.TokenText(end).ends_with("ed") && PossibleSpeaker({t + 1, end, 0, 0})) {
          coordinated = {t + 1, end, 0, 0};
          has_coordinated = true;
        }
      }
    }
    // "A, a port official said, adding that B", "A, said Ann Ray, adding that B": right after
    // an attribution's cue or speaker and its comma, the participle is that speaker's (not
    // the speaker of the sentence's first cue, inside A: "Elm City never objected while ...").
    const bool right_after_previous =
        previous >= 0 && cands_[previous].has_mention && toks_[cf - 1].IsPunct(',') &&
        (cands_[previous].cue_last == cf - 1 || cands_[previous].mention.last == cf - 1);
    if (has_coordinated) {
      cand.mention = coordinated;
      cand.has_mention = true;
      cand.anchor = coordinated.first;
    } else if (right_after_previous) {
      cand.mention = cands_[previous].mention;
      cand.has_mention = true;
      cand.anchor = cand.mention.first;
    } else if (previous >= 0) {
      cand.same_sentence_speaker = true;
    } else {
      Mention m;
      if (ClauseSubject(sf, start, cf, &m) && (!after_preposition || PossibleSpeaker(m))) {
        cand.mention = m;
        cand.has_mention = true;
        cand.anchor = m.first;
      } else if (after_preposition) {
        return;
      }
    }
    Emit(cand);
    return;
  }

  if (cf > start && before_cue == cf && EndsWith(cf, "ing") &&
      ParticipleModifiesSubject(cf, cl, se)) {
    return;
  }
  Subject subj = FindSubject(cf, start);
  SubjectBeforeParticiple(&subj, start, cf, se);
  DocumentAuthor(&subj, start);
  ParticipleAfterObject(&subj, sf, start, cf, cue);
  if (c.cls == CueClass::kEvidence) {
    // Only documents, polls and outlets "show" or "find" things in the reported sense.
    if (!subj.found) {
      const uint32_t head_end = DocumentSubjectEnd(start, cf);
      if (head_end == kNone) return;
      subj.found = true;
      subj.mention = {start, head_end, 0, 0};
      subj.boundary = Boundary::kSentenceStart;
    }
    const Token& head = toks_[subj.mention.last - 1];
    const std::string_view head_text = doc_.TokenText(subj.mention.last - 1);
    bool acronym = head_text.size() >= 2;  // "BBC found", "NHK shows"
    for (char ch : head_text) acronym = acronym && ch >= 'A' && ch <= 'Z';
    bool document = head.is(kDocument) || head.is(kOrgNoun) || acronym;
    for (uint32_t t = subj.mention.first; t < subj.mention.last && !document; ++t) {
      document = toks_[t].is(kDocument);  // "a study by the Institute of ..."
    }
    // "The pilot program showed that ...", "Moss found that ...": with "that" the verb reports
    // a finding whatever its subject ("the police found the car" does not).
    if (!document && !(cl < se && LowerIs(cl, "that"))) {
      const uint32_t head_end = DocumentSubjectEnd(start, cf);
      if (head_end == kNone) return;
      subj.found = true;
      subj.mention = {start, head_end, 0, 0};
      subj.boundary = Boundary::kSentenceStart;
    }
  }
  if (subj.found && subj.mention.last == subj.mention.first + 1 &&
      LowerIs(subj.mention.first, "it") && Is(lemma, "encourage")) {
    return;  // "It encouraged people to drive less": a policy or a price, not a source
  }
  if (subj.found) {
    cand.mention = subj.mention;
    cand.has_mention = true;
    cand.anchor = subj.mention.first;
    RelativePronounFragment(cand, start);
    // "The pier, which Lee said would close, is still open": what Lee said ends with the
    // relative clause, at the comma before the main clause's verb.
    if (const uint32_t p = subj.mention.first; p >= start + 2 && toks_[p - 2].IsPunct(',') &&
                                              LowerIs(p - 1, "which")) {
      for (uint32_t t = cl; t + 1 < se; ++t) {
        if (toks_[t].IsQuote() || in_quote_[t] >= 0) break;
        if (toks_[t].IsPunct(',')) {
          // (An auxiliary or a verb of saying in the past or the present: "like", a
          // preposition, is no verb.)
          const std::string_view next = doc_.TokenText(t + 1);
          if (toks_[t + 1].IsWord() && toks_[t + 1].has(kLowerInitial) &&
              (toks_[t + 1].is(kPreverb) ||
               (toks_[t + 1].is(kCueStart) && (next.ends_with("ed") || next.ends_with("s"))))) {
            se = t;
          }
          break;
        }
      }
    }
    if (Is(lemma, "decline to comment")) {
      // "X declined to comment": a refusal is the statement ("to comment").
      cand.cue_last = cf + 1;
      cand.first = cf + 1;
      cand.last = cl;
      Emit(cand);
      return;
    }
    if (Is(lemma, "decline to")) {
      // "X declined to confirm the deal": the refusal, with its "to" as in "to comment".
      cand.first = cl - 1;
      cand.last = ContentEnd(cl - 1, se);
      Emit(cand);
      return;
    }
    const uint32_t tail = TakesListener(cue) ? SkipListener(cl, TrimEnd(cl, se)) : cl;
    // "CLAUSE, as Lin Yi said.", "CLAUSE, as one pilot put it in May.": the clause before the
    // comma, as in "CLAUSE, X said." Only after a verb whose object "as" can stand for (after
    // others "as" is "while": "..., as the crowd applauded", "..., as Ray answered"), and not
    // in "A, as X reported on Monday, B", where B is the statement.
    const uint32_t named = subj.mention.first;
    if (named >= start + 3 && LowerIs(named - 1, "as") && toks_[named - 2].IsPunct(',') &&
        in_quote_[named - 2] < 0 && AsTakesTheClause(lemma) &&
        TailIsAdjunct(tail, TrimEnd(cl, se)) && !CommaBetween(tail, se)) {
      cand.first = start;
      cand.last = TrimEnd(start, named - 2);
      Emit(cand);
      return;
    }
    // (`In the note with the video, Ray wrote:`: a colon right after the cue introduces its
    // words, so the phrase before the comma is no clause of them. A later colon belongs to
    // what follows: "A, Ray said Friday, adding: ...".)
    const bool colon_after = tail < se && toks_[tail].IsPunct(':');
    if (subj.boundary == Boundary::kComma && !colon_after &&
        !OpeningAdverbial(start, subj.mention.first - 1) &&
        (TailIsAdjunct(tail, TrimEnd(cl, se)) ||
         (subj.mention.first >= start + 5 && PrepositionalTail(tail, TrimEnd(cl, se))))) {
      // CLAUSE, X said.
      uint32_t comma = subj.mention.first - 1;
      // A list of speakers: "..., legislators, advisers and experts said."
      bool coordinated = false;
      for (uint32_t t = subj.mention.first; t < subj.mention.last; ++t) {
        coordinated = coordinated || LowerIs(t, "and");
      }
      while (coordinated && comma > start) {
        uint32_t prev = comma;
        while (prev > start && !toks_[prev - 1].IsPunct(',')) --prev;
        const uint32_t chunk = comma - prev;
        if (prev == start || chunk == 0 || chunk > 3) break;
        bool nominal = true;
        for (uint32_t t = prev; t < comma; ++t) {
          nominal = nominal && toks_[t].IsWord() && !toks_[t].is(kStop) &&
                    !toks_[t].is(kCueStart) && !toks_[t].is(kPreverb);
        }
        const Token& head = toks_[comma - 1];
        const std::string_view head_text = doc_.TokenText(comma - 1);
        const bool plural = head.has(kLowerInitial) && head_text.size() > 3 &&
                            head_text.back() == 's';
        if (!nominal || !(head.is(kGroup) || head.is(kRole) || head.has(kCapitalized) || plural)) {
          break;
        }
        cand.mention.first = prev;
        comma = prev - 1;
      }
      cand.first = start;
      cand.last = TrimEnd(start, comma);
      Emit(cand);
      return;
    }
    // "The port will close, Lee told reporters, because ...": the listener of "tell" stands
    // between the cue and the comma.
    // (An object pronoun, or [a determiner and] up to two words ending in a name, a noun
    // for people or a plural: not "told riders ferries would run", "told them nothing".)
    uint32_t after_cue = cl;
    if (Is(lemma, "tell") && cl + 1 < se) {
      uint32_t x = cl;
      if (LowerIs(x, "them") || LowerIs(x, "him") || LowerIs(x, "her") || LowerIs(x, "us") ||
          LowerIs(x, "me")) {
        after_cue = x + 1;
      } else {
        if (toks_[x].is(kDeterminer) && !toks_[x].is(kPronoun)) ++x;
        uint32_t words = 0;
        while (x < se && words < 2 && toks_[x].IsWord() && !toks_[x].is(kStop) &&
               !toks_[x].is(kPreverb) && !toks_[x].is(kCueStart) && !toks_[x].is(kPronoun)) {
          ++x;
          ++words;
        }
        const uint32_t head = x - 1;
        if (words > 0 && (toks_[head].has(kCapitalized) || toks_[head].is(kGroup) ||
                          toks_[head].is(kRole) || PluralNoun(head))) {
          after_cue = x;
        }
      }
    }
    if (subj.boundary == Boundary::kComma && after_cue < se && toks_[after_cue].IsPunct(',') &&
        subj.mention.appositive_last == 0) {
      // "If the vote fails, Li said, the party will split.": both halves.
      Candidate head = cand;
      head.first = start;
      head.last = TrimEnd(start, subj.mention.first - 1);
      head.single_word = head.last == start + 1 && toks_[start].IsWord();
      Emit(head);
    }
    const uint32_t first = ContentStartAfterCue(cl, se, cue);
    if (first == cl + 1 && toks_[cl].IsPunct(',') && InterjectedAttributionAt(first, se)) {
      // "Ray hopes, Lee said, that the pier will open": the clause is Lee's account, split
      // by his attribution (whose cue emits both halves), not a hope with "Lee said" in it.
      return;
    }
    cand.first = first;
    cand.last = ContentEnd(first, se);
    if (first == se && BlockQuoteAfter(first, &cand)) {
      Emit(cand);
      return;
    }
    if (subj.mention.first == start && before_cue > start + 1 &&
        toks_[before_cue - 2].IsPunct(',') &&
        (LowerIs(before_cue - 1, "who") || LowerIs(before_cue - 1, "which"))) {
      // "Ann Ray, who wants a new ferry, spoke on Monday": a relative clause between the
      // sentence's subject and its verb; its content ends at its closing comma. (Not
      // "... the report, which states that A, pushes B and ...", a list.)
      for (uint32_t t = first; t < cand.last; ++t) {
        if (in_quote_[t] >= 0 || toks_[t].IsQuote()) break;
        if (toks_[t].IsPunct(',')) {
          if (t + 1 < cand.last && toks_[t + 1].IsWord() && toks_[t + 1].has(kLowerInitial) &&
              !toks_[t + 1].is(kStop) && !toks_[t + 1].is(kDeterminer)) {
            cand.last = TrimEnd(first, t);
          }
          break;
        }
      }
    }
    // (Also after a short modifier of the conjunction: "Two weeks after Ray vowed ...,",
    // "Shortly before Lee said ...,".)
    bool opening_subordinate = subj.mention.first == start + 1 && Subordinator(start);
    if (!opening_subordinate && subj.mention.first > start + 1 &&
        subj.mention.first <= start + 5 && Subordinator(subj.mention.first - 1)) {
      opening_subordinate = true;
      for (uint32_t t = start; t + 1 < subj.mention.first && opening_subordinate; ++t) {
        // ("And while Ray said ...,": a conjunction may open the sentence.)
        opening_subordinate = toks_[t].IsWord() && !toks_[t].is(kCueStart) &&
                              (toks_[t].has(kHasDigit) || toks_[t].is(kTime) ||
                               (t == start && (LowerIs(t, "and") || LowerIs(t, "but") ||
                                               LowerIs(t, "yet"))) ||
                               toks_[t].is(kAdjunct) || toks_[t].is(kDeterminer) ||
                               doc_.TokenText(t).ends_with("ly") || LowerIs(t, "even") ||
                               LowerIs(t, "just") || LowerIs(t, "only") ||
                               LowerIs(t, "three") || LowerIs(t, "two") ||
                               LowerIs(t, "four") || LowerIs(t, "five") ||
                               LowerIs(t, "several") || LowerIs(t, "few"));
      }
    }
    // ("On Monday, when Ray said ...,", "Last year, after Lee said ...,": after an opening
    // adverbial or time and its comma.)
    if (const uint32_t m = subj.mention.first;
        !opening_subordinate && m >= start + 3 && m <= start + 8 && Subordinator(m - 1) &&
        toks_[m - 2].IsPunct(',')) {
      opening_subordinate = OpeningAdverbial(start, m - 2);
      for (uint32_t t = start; t < m - 2 && !opening_subordinate; ++t) {
        const Token& tok = toks_[t];
        if (!tok.IsWord() || !(tok.is(kTime) || tok.has(kHasDigit) || tok.is(kDeterminer) ||
                               LowerIs(t, "last") || LowerIs(t, "next") || LowerIs(t, "early") ||
                               LowerIs(t, "late"))) {
          break;
        }
        opening_subordinate = t + 1 == m - 2;
      }
    }
    if (opening_subordinate) {
      // "While Ray said the ferry was late, the port stayed open": the cue sits in an
      // opening subordinate clause, whose content ends at the comma before the main clause
      // (its subject: a pronoun, determiner, name or number after the comma).
      // (Not an aside set off by commas before the clause's own verb: "after Ray said the
      // storm, the worst in years, would pass, the port reopened".)
      auto aside_until = [this](uint32_t comma, uint32_t end) {
        for (uint32_t c = comma + 2; c + 1 < end && c < comma + 9; ++c) {
          if (!toks_[c].IsWord()) {
            return toks_[c].IsPunct(',') && toks_[c + 1].IsWord() &&
                           toks_[c + 1].has(kLowerInitial) &&
                           (FiniteAuxiliary(c + 1) || toks_[c + 1].is(kPreverb))
                       ? c
                       : kNone;
          }
        }
        return kNone;
      };
      for (uint32_t t = first + 1; t + 1 < cand.last; ++t) {
        if (!toks_[t].IsPunct(',') || in_quote_[t] >= 0) continue;
        const Token& next = toks_[t + 1];
        if (next.IsWord() && !LowerIs(t + 1, "that") &&
            (next.is(kPronoun) || next.is(kDeterminer) || next.has(kCapitalized) ||
             next.has(kHasDigit))) {
          if (const uint32_t close = aside_until(t, cand.last); close != kNone) {
            t = close;  // the aside's closing comma; the loop goes on after it
            continue;
          }
          cand.last = TrimEnd(first, t);
          break;
        }
      }
    }
    {
      // `"We will win," Li told supporters in Ohio`: the quote before the speaker is the
      // statement; the words after the cue are not, unless "that" opens a clause.
      uint32_t q = subj.mention.first;
      if (q > start && toks_[q - 1].IsPunct(',')) --q;
      // A title or scare quote before the subject (`On the show "Harbor Hour," Ray said
      // ...`) is no statement, and the words after the cue are.
      const bool quote_before = q > start + 1 && toks_[q - 1].IsQuote() && in_quote_[q - 2] >= 0 &&
                                quotes_[in_quote_[q - 2]].accepted;
      // (`Lee claimed that "A," one pilot said B`: a quote after "that" is an earlier cue's,
      // and B is this one's.)
      const bool earlier_object = quote_before && QuoteAfterThat(quotes_[in_quote_[q - 2]]);
      cand.hidden = quote_before && !earlier_object && (first == cl || !LowerIs(first - 1, "that"));
    }
    if (first == cl && c.past_participle && first < se && LowerIs(first, "by")) {
      return;  // a reduced passive: "the plan criticized by the mayor"
    }
    {
      // "Li said at a briefing, according to the Gazette": what follows the comma is
      // a second source, not the content.
      int next = -1;
      if (first > cl && first < se && toks_[first].is(kCueStart) &&
          MatchCue(first, se, &next) > 0 && lex_.cue(next).cls == CueClass::kSource) {
        return;
      }
    }
    if (c.portrayal && (!CastAs(cand.first, cand.last) ||
                              (before_cue > start && PassiveAuxiliary(before_cue - 1)))) {
      return;  // not as a passive ("was cast as the lead")
    }
    if (Is(lemma, "call")) {
      // Bare "called" is a statement only as `called X "Y"` ("called the mayor" is a phone
      // call).
      bool quoted = false;
      for (uint32_t t = cand.first; t < cand.last && !quoted; ++t) quoted = toks_[t].IsQuote();
      // ... or as `called him a liar` / `called Ann Ray a fraud`: an object, then "a(n)".
      uint32_t k = cand.first;
      // "called himself a moderate", "called them reckless", "calls it the best pier": a
      // pronoun object whose complement may also be an adjective ("her" may own a noun).
      bool pronoun_object = false;
      if (k < cand.last && (LowerIs(k, "him") || LowerIs(k, "her") || LowerIs(k, "them") ||
                            LowerIs(k, "it"))) {
        pronoun_object = !LowerIs(k, "her");
        ++k;
      } else if (k < cand.last && toks_[k].has(kLowerInitial) &&
                 (LowerIs(k, "himself") || LowerIs(k, "herself") ||
                  LowerIs(k, "themselves") || LowerIs(k, "itself"))) {
        pronoun_object = true;
        ++k;
      } else if (k < cand.last && toks_[k].is(kDeterminer) && !toks_[k].is(kPronoun) &&
                 !LowerIs(k, "a") && !LowerIs(k, "an")) {
        // "called the ferry a disgrace": a short noun phrase as the object.
        ++k;
        while (k < cand.last && k < cand.first + 4 && toks_[k].IsWord() &&
               !toks_[k].is(kStop) && !LowerIs(k, "a") && !LowerIs(k, "an")) {
          ++k;
        }
      } else {
        while (k < cand.last && k < cand.first + 4 && toks_[k].IsWord() &&
               toks_[k].has(kCapitalized) && !toks_[k].is(kStop)) {
          ++k;
        }
      }
      // The complement: "a(n) ...", "the ...", "his/her/their ..." ("called the port his
      // second home", "calls Elm City her home town"), not a time ("called him the day
      // before"); after a pronoun also an adjective that ends the clause ("called it
      // reckless.", "called them unfair and ..."; not "called him back", "called it off").
      bool labelled = false;
      if (k > cand.first && k + 1 < cand.last && toks_[k].IsWord() &&
          toks_[k].has(kLowerInitial) && toks_[k].is(kDeterminer)) {
        labelled = LowerIs(k, "a") || LowerIs(k, "an") ||
                   ((LowerIs(k, "the") || LowerIs(k, "his") || LowerIs(k, "her") ||
                     LowerIs(k, "their") || LowerIs(k, "its") || LowerIs(k, "our") ||
                     LowerIs(k, "my")) &&
                    toks_[k + 1].IsWord() && !toks_[k + 1].is(kTime) &&
                    !toks_[k + 1].is(kStop));
      } else if (pronoun_object && k < cand.last && toks_[k].IsWord() &&
                 toks_[k].has(kLowerInitial) && !toks_[k].is(kStop) &&
                 !toks_[k].is(kPreverb) && !toks_[k].is(kAdjunct) && !toks_[k].is(kTime) &&
                 !toks_[k].is(kCueStart) && !toks_[k].is(kDeterminer) &&
                 !toks_[k].is(kPronoun) && !LowerIs(k, "off") && !LowerIs(k, "up") &&
                 !LowerIs(k, "out") && !LowerIs(k, "back") && !LowerIs(k, "down") &&
                 !LowerIs(k, "away") && !LowerIs(k, "home") && !LowerIs(k, "again")) {
        const uint32_t after = k + 1;
        labelled = after == cand.last ||
                   (after < cand.last && (toks_[after].IsPunct(',') || LowerIs(after, "and") ||
                                          LowerIs(after, "but")));
      }
      if (!quoted && !labelled) return;
      // The label ends the statement: "called it a mess, raising ...", "called him unfit,
      // after ...", "calls Lee his friend, meeting ..." (a list goes on: "a liar, a cheat").
      for (uint32_t t = k; t + 1 < cand.last; ++t) {
        if (!toks_[t].IsPunct(',') || in_quote_[t] >= 0 || CommaClosesQuote(t)) continue;
        const Token& next = toks_[t + 1];
        if (next.IsWord() && next.has(kLowerInitial) &&
            ((next.is(kStop) && !LowerIs(t + 1, "and") && !LowerIs(t + 1, "or")) ||
             next.is(kPronoun) || doc_.TokenText(t + 1).ends_with("ing"))) {
          cand.last = TrimEnd(cand.first, t);
        }
        break;
      }
    }
    if (cand.first == cl && cand.first + 1 <= cand.last && toks_[cl].has(kLowerInitial) &&
        toks_[cl].end - toks_[cl].begin <= 3 && c.cls == CueClass::kSpeech &&
        (LowerIs(cl, "yes") || LowerIs(cl, "no") || LowerIs(cl, "so")) &&
        (cl + 1 == cand.last || toks_[cl + 1].IsPunct(',') || toks_[cl + 1].IsPunct(';') ||
         (toks_[cl + 1].IsWord() && toks_[cl + 1].is(kAdjunct) && !LowerIs(cl + 1, "to")))) {
      // "46 percent said yes, ...", "half said so in May": the answer is the content ("said
      // no to the plan" says more).
      cand.last = cl + 1;
      cand.single_word = true;
    }
    if (cand.first == cl && cand.first < cand.last && toks_[cl].has(kCapitalized) &&
        c.name_object) {
      // "Lee endorsed Ray last week and ...", "Lee attacked Ann Ray, saying ...": a stance
      // verb's object that is a name, then an adjunct, a comma or the end, is the content.
      uint32_t k = cl;
      while (k < cand.last && k < cl + 4 && toks_[k].IsWord() && toks_[k].has(kCapitalized) &&
             !toks_[k].is(kStop) && !toks_[k].is(kDeterminer) && !toks_[k].is(kPronoun) &&
             !toks_[k].has(kPossessive) && !toks_[k].is(kTime)) {
        ++k;
      }
      // Not before a relative clause or an adverb in -ly ("Ray, who ...", "Ray repeatedly
      // for ..."): the object's phrase or the verb's complement goes on.
      const bool comma_end =
          k < cand.last && (toks_[k].IsPunct(',') || toks_[k].IsPunct(';')) &&
          !(k + 1 < cand.last && (LowerIs(k + 1, "who") || LowerIs(k + 1, "which") ||
                                  LowerIs(k + 1, "whose")));
      const bool adjunct_end = k < cand.last && toks_[k].IsWord() &&
                               toks_[k].has(kLowerInitial) &&
                               (toks_[k].is(kTime) || toks_[k].is(kAdjunct)) &&
                               !doc_.TokenText(k).ends_with("ly");
      // "endorsed Lee - a rare move for the club ...": a dash ends the object too.
      const bool dash_end = k < cand.last && toks_[k].IsPunct('-');
      if (k > cl && (k == cand.last || comma_end || adjunct_end || dash_end)) {
        cand.last = k;
        cand.single_word = true;
      }
    }
    if (cand.first + 1 < cand.last && toks_[cand.first].IsQuote() &&
        in_quote_[cand.first + 1] >= 0) {
      const Quote& q = quotes_[in_quote_[cand.first + 1]];
      if (q.accepted && !q.embedded && q.last() + 2 >= cand.last) return;  // the quote is it
    }
    // "Ann Ray said in a statement.", "Lee told reporters on Monday.": where and when, and
    // nothing that was said. Kept hidden: the quotation that often follows in the next
    // paragraph takes its speaker.
    if (c.cls == CueClass::kSpeech && !c.name_object && cand.last == TrimEnd(cand.first, se) &&
        WhereOrWhenOnly(cand.first, cand.last)) {
      cand.hidden = true;
    }
    Emit(cand);
    return;
  }
  // ", said Smith, a spokesman." after a clause. Only verbs of saying invert so; in
  // "..., saw the incident unfold" the words after the verb are its object, as they are
  // after a verb with its preposition (`Li said, asked about the plan`).
  if (cf > start && toks_[cf - 1].IsPunct(',') && !TakesListener(cue) && c.rest.empty() &&
      (c.cls == CueClass::kSpeech || c.cls == CueClass::kQuoteOnly)) {
    const uint32_t end = TrimEnd(cl, se);
    const uint32_t x = NameAfter(cl, end);
    // (", said Tom Lee who runs the pier.": a relative clause describes the speaker.)
    if (x > cl && (x == end || toks_[x].IsPunct(',') || TailIsAdjunct(x, end) ||
                   (x + 1 < end && (LowerIs(x, "who") || LowerIs(x, "whose"))))) {
      cand.mention = {cl, x, 0, 0};
      if (x < end && toks_[x].IsPunct(',')) {
        cand.mention.appositive_first = x + 1;
        cand.mention.appositive_last = end;
      }
      cand.has_mention = true;
      cand.anchor = cl;
      cand.first = start;
      cand.last = TrimEnd(start, cf - 1);
      Emit(cand);
    }
  }
}

void Pass::Emit(Candidate c) {
  while (c.first < c.last && toks_[c.first].IsPunct(',')) ++c.first;
  if (c.last <= c.first || (!AtLeastWords(c.first, c.last, 2) && !c.single_word)) return;
  c.paragraph = ParagraphOf(c.first);
  // `..., adding: "We need a new one."`: a reported clause that is one whole quotation (then
  // at most a punctuation mark) is that quotation, direct.
  if (!c.from_quote && toks_[c.first].IsQuote() && c.first + 1 < c.last &&
      in_quote_[c.first + 1] >= 0) {
    const Quote& q = quotes_[in_quote_[c.first + 1]];
    if (q.accepted && q.open == c.first && q.close < c.last &&
        (q.close + 1 == c.last ||
         (q.close + 2 == c.last && toks_[q.close + 1].type == TokenType::kPunct))) {
      c.first = q.first();
      c.last = q.last();
      c.kind = StatementKind::kDirect;
      c.from_quote = true;
    }
  }
  // (A search of the marks, not a scan of the clause: a run-on sentence of cues has as many
  // clauses as words.)
  if (!c.from_quote) {
    const auto stray = std::lower_bound(stray_quotes_.begin(), stray_quotes_.end(), c.first);
    if (stray != stray_quotes_.end() && *stray < c.last) c.kind = StatementKind::kMixed;
  }
  cands_.push_back(c);
}

Extraction Pass::Run() {
  FindQuotes();
  stray_quotes_.clear();
  for (const uint32_t m : doc_.quote_marks) {
    if (in_quote_[m] < 0) stray_quotes_.push_back(m);
  }
  for (Quote& q : quotes_) JudgeQuote(q);

  // A direct statement over the words of quote `q`, not yet attributed.
  auto direct_candidate = [this](const Quote& q) {
    Candidate c;
    c.first = q.first();
    c.last = q.last();
    c.kind = StatementKind::kDirect;
    c.from_quote = true;
    c.anchor = q.open;
    c.paragraph = ParagraphOf(q.open);
    return c;
  };

  // 1. Direct quotes.
  for (size_t i = 0; i < quotes_.size(); ++i) {
    Quote& q = quotes_[i];
    if (!q.accepted) continue;
    // A single-quoted span inside an accepted double quote is nested: part of that quote.
    if (q.single && in_quote_[q.open] >= 0 && in_quote_[q.open] != static_cast<int>(i)) continue;
    Candidate c = direct_candidate(q);
    const bool after = AttributeAfter(q, &c);
    if (after || AttributeBefore(q, &c)) {
      if (!after) {
        QuoteInClause(q, &c);
        if (c.kind == StatementKind::kDirect) SubjectBeforeSplitQuote(q, c);
      }
      cands_.push_back(c);
      continue;
    }
    // Mid-sentence after a word: part of a reported clause ("said the plan "was dead"").
    // (Not after the cue that attributed the quote before it, `"A," Lee said "B."`: a split
    // quote whose comma is missing, which inherits that speaker below.)
    const uint32_t sf = SentenceFirst(q.open);
    if (q.open > sf && toks_[q.open - 1].IsWord() && !consumed_[q.open - 1]) {
      q.embedded = true;
      continue;
    }
    c.inherit_pending = true;
    cands_.push_back(c);
  }

  // 2. Reported speech.
  ReportedSpeech();

  // Embedded quotes that no reported clause covered: keep the long ones.
  // The statements that may hold a quote's opening mark are read through an index by first
  // token, with the furthest end among those before (not all statements for each quote).
  // (Made once: the quotes added below do not overlap the embedded quotes after them.)
  std::vector<uint32_t>& by_first = buffers_.by_first;
  std::vector<uint32_t>& furthest_end = buffers_.furthest_end;  // max last over by_first[0..k]
  by_first.clear();
  furthest_end.clear();
  const size_t statements = cands_.size();
  for (Quote& q : quotes_) {
    if (!q.embedded) continue;
    if (by_first.empty() && statements > 0) {
      for (uint32_t i = 0; i < statements; ++i) {
        if (!cands_[i].hidden) by_first.push_back(i);
      }
      auto by_first_token = [this](uint32_t a, uint32_t b) {
        return cands_[a].first < cands_[b].first;
      };
      // (Often in order already; stable_sort would still allocate its buffer.)
      if (!std::is_sorted(by_first.begin(), by_first.end(), by_first_token)) {
        std::stable_sort(by_first.begin(), by_first.end(), by_first_token);
      }
      uint32_t furthest = 0;
      for (const uint32_t i : by_first) {
        furthest = std::max(furthest, cands_[i].last);
        furthest_end.push_back(furthest);
      }
    }
    bool covered = false;
    size_t opened_in_index = statements;  // a reported clause the quote opens inside: the last
    size_t k = static_cast<size_t>(
        std::upper_bound(by_first.begin(), by_first.end(), q.open,
                         [this](uint32_t open, uint32_t i) { return open < cands_[i].first; }) -
        by_first.begin());
    // (Statements first at or before the mark; none before k reaches past it once the
    // furthest end does not, so the walk stops there.)
    while (k-- > 0 && furthest_end[k] + 1 >= std::min(q.close, q.open + 1)) {
      const Candidate& c = cands_[by_first[k]];
      if (c.last + 1 >= q.close) covered = true;
      if (c.has_mention && q.open < c.last &&
          (opened_in_index == statements || by_first[k] > opened_in_index)) {
        opened_in_index = by_first[k];
      }
    }
    const Candidate* opened_in = opened_in_index < statements ? &cands_[opened_in_index] : nullptr;
    if (covered || !AtLeastWords(q.first(), q.last(), 6)) continue;
    Candidate c = direct_candidate(q);
    // `Lee said that Ray "has to go. The port needs a new board."`: a quote that opens
    // inside a reported clause and runs on past its sentence is that clause's speaker's.
    // Else `Lee fired back that the "people of this town chose me twice"`: the sentence's
    // subject, when it is a name; else the neighbouring statements' speaker.
    uint32_t first = SentenceFirst(q.open);
    while (first < q.open && toks_[first].IsQuote()) ++first;
    const uint32_t name_end = OpeningName(first, q.open);
    Mention opener;  // `The port ad featured a "long winter ..."`: a document or body subject
    const bool document_opens =
        opened_in == nullptr && name_end == first &&
        ClauseSubject(SentenceFirst(q.open), first, q.open, &opener, /*nearest=*/false) &&
        opener.first == first && opener.last < q.open && PossibleSpeaker(opener) &&
        (toks_[opener.last - 1].is(kDocument) || toks_[opener.last - 1].is(kOrgNoun));
    if (opened_in != nullptr) {
      c.mention = opened_in->mention;
      c.has_mention = true;
    } else if (name_end > first) {
      c.mention = {first, name_end, 0, 0};
      c.has_mention = true;
    } else if (document_opens) {
      c.mention = opener;
      c.has_mention = true;
    } else {
      c.inherit_pending = true;
    }
    cands_.push_back(c);
  }

  std::sort(cands_.begin(), cands_.end(), [this](const Candidate& a, const Candidate& b) {
    const uint32_t ka = std::min(a.anchor, a.first), kb = std::min(b.anchor, b.first);
    if (ka != kb) return ka < kb;
    return toks_[a.first].begin < toks_[b.first].begin;
  });
  SpeakerResolver resolver(doc_, lex_);
  ResolveSpeakers(resolver);

  Extraction out;
  // Content spans already emitted (begin << 32 | end): a set, not a list searched per
  // statement, which cost time in the square of a long text's statements.
  absl::flat_hash_set<uint64_t>& seen = buffers_.seen;
  seen.clear();
  seen.reserve(cands_.size());  // reserved once: growing it and `clauses` cost a dozen mallocs
  // A reported clause that is all inside another statement's attribution (its speaker's
  // mention and its cue) is a misreading of that attribution: "In the note with the video
  // post, Ray wrote: ..." is no statement of the video's with the content "Ray wrote". And a
  // secondhand clause ("CLAUSE, according to X") that holds an attribution yields to it.
  // Both are hidden before the clauses below are listed, so that what they held is kept.
  // (Only a quotation of a person's, by a verb of saying, takes a secondhand clause over:
  // `According to the Gazette, Ray said the pier was late` and `According to the poll, 51
  // percent of riders said ...` stay the source's report.)
  std::vector<std::pair<uint32_t, uint32_t>>& attributions = buffers_.attributions;
  std::vector<std::pair<uint32_t, uint32_t>>& speech_by_name = buffers_.speech_by_name;
  attributions.clear();
  speech_by_name.clear();
  bool secondhand = false;
  for (const Candidate& o : cands_) secondhand = secondhand || o.secondhand;
  for (const Candidate& o : cands_) {
    // (Only a mention next to its cue, at most two tokens apart: a participle's speaker may
    // be the subject of the sentence, with a first statement between the two.)
    if (!o.has_mention || o.mention.empty() || o.cue_first == kNone) continue;
    const bool before = o.mention.last <= o.cue_first;
    if (!before && o.mention.first < o.cue_last) continue;  // overlapping: none of these
    if ((before ? o.cue_first - o.mention.last : o.mention.first - o.cue_last) > 2) continue;
    const std::pair<uint32_t, uint32_t> span(std::min(o.mention.first, o.cue_first),
                                             std::max(o.mention.last, o.cue_last));
    attributions.push_back(span);
    int cue = -1;
    if (secondhand && o.from_quote && o.speaker >= 0 &&
        resolver.KindOf(o.speaker) == SpeakerKind::kPerson &&
        SpeechCueAt(o.cue_first, o.cue_last, &cue) > 0) {
      speech_by_name.push_back(span);
    }
  }
  const SpanCover attribution_cover(attributions, buffers_.attribution_max);
  const SpanCover speech_cover(speech_by_name, buffers_.speech_max);
  for (Candidate& c : cands_) {
    if ((!c.from_quote && attribution_cover.Holds(c.first, c.last)) ||
        (c.secondhand && speech_cover.OneWithin(c.first, c.last))) {
      c.hidden = true;
    }
  }
  // A statement inside a longer one is part of it, not a second statement. A quotation
  // inside a reported clause makes that clause mixed: `Li said that, after the vote, "we will
  // go on"` is one statement. Speech reported inside another speaker's statement is that
  // speaker's claim ("Ray said Lee told her that the plan was dead": Lee's words reach us
  // only as Ray's account), so only the outer statement is kept.
  std::vector<std::pair<uint32_t, uint32_t>>& clauses = buffers_.clauses;
  clauses.clear();
  clauses.reserve(cands_.size());
  for (const Candidate& o : cands_) {
    if (!o.hidden) clauses.emplace_back(o.first, o.last);
  }
  const SpanCover clause_cover(clauses, buffers_.clause_max);
  out.statements.reserve(cands_.size());  // at most one statement per candidate
  for (const Candidate& c : cands_) {
    if (c.hidden || clause_cover.HoldsLonger(c.first, c.last)) continue;
    const uint32_t begin = toks_[c.first].begin, end = toks_[c.last - 1].end;
    if (!seen.insert(uint64_t{begin} << 32 | end).second) continue;
    // Built in place: a statement moved in copies the bytes of its two (short) strings again.
    ExtractedStatement& st = out.statements.emplace_back();
    st.content = {begin, end};
    st.kind = c.kind;
    if (c.cue_first != kNone) {
      st.cue_span = {toks_[c.cue_first].begin, toks_[c.cue_last - 1].end};
      AsciiLowerInto(doc_.SpanText(st.cue_span.begin, st.cue_span.end), &st.cue);
    }
    uint32_t s_first = std::min(c.first, c.cue_first == kNone ? c.first : c.cue_first);
    uint32_t s_last = std::max(c.last - 1, c.cue_first == kNone ? c.last - 1 : c.cue_last - 1);
    st.sentence = {toks_[SentenceFirst(s_first)].begin, toks_[SentenceLast(s_last) - 1].end};
    st.speaker = c.speaker;
    if (c.has_mention && !c.mention.empty()) {
      st.speaker_mention.assign(
          doc_.SpanText(toks_[c.mention.first].begin, toks_[c.mention.last - 1].end));
    }
  }
  auto by_begin = [](const ExtractedStatement& a, const ExtractedStatement& b) {
    return a.content.begin < b.content.begin;
  };
  // Usually sorted already; stable_sort would still allocate and move every statement.
  if (!std::is_sorted(out.statements.begin(), out.statements.end(), by_begin)) {
    std::stable_sort(out.statements.begin(), out.statements.end(), by_begin);
  }
  out.speakers = resolver.TakeSpeakers();
  // Resolution also makes profiles for mentions that end up speaking for no statement (a
  // pronoun's candidate antecedent, a dropped candidate's subject): only speakers of a
  // statement are returned, renumbered in their order.
  std::vector<int>& renumbered = buffers_.renumbered;
  renumbered.assign(out.speakers.size(), -1);
  for (const ExtractedStatement& st : out.statements) {
    if (st.speaker >= 0) renumbered[st.speaker] = 0;
  }
  int kept = 0;
  for (size_t i = 0; i < out.speakers.size(); ++i) {
    if (renumbered[i] < 0) continue;
    renumbered[i] = kept;
    if (static_cast<size_t>(kept) != i) out.speakers[kept] = std::move(out.speakers[i]);
    ++kept;
  }
  out.speakers.resize(kept);
  for (ExtractedStatement& st : out.statements) {
    if (st.speaker >= 0) st.speaker = renumbered[st.speaker];
  }
  return out;
}

void Pass::ResolveSpeakers(SpeakerResolver& resolver) {
  // Per sentence, the first cue among the statements [0, recorded) and its speaker: made on
  // the first participle's turn.
  std::vector<std::pair<uint32_t, int>> first_cue_of_sentence;
  size_t recorded = 0;
  for (size_t i = 0; i < cands_.size(); ++i) {
    Candidate& c = cands_[i];
    if (c.has_mention) {
      // The same mention as the statement just before ("A, Lee said, B" gives two): its
      // speaker again, without resolving it a second time.
      const Candidate* before = i > 0 ? &cands_[i - 1] : nullptr;
      if (before != nullptr && before->has_mention && before->speaker >= 0 &&
          before->mention.first == c.mention.first && before->mention.last == c.mention.last &&
          before->mention.appositive_first == c.mention.appositive_first &&
          before->mention.appositive_last == c.mention.appositive_last) {
        c.speaker = before->speaker;
        continue;
      }
      c.speaker = resolver.Resolve(c.mention);
      continue;
    }
    if (c.same_sentence_speaker) {
      // Participle: the sentence's main (first) attribution among the statements before it,
      // not a nested one. "Li went after Lee's refusal to ... and called for ...": not Lee,
      // whose noun cue is inside the object.
      c.speaker = -1;
      if (c.cue_first == kNone) continue;
      // (Each sentence's first cue so far is kept as the statements are passed, so that an
      // article of many participles does not read all statements before each.)
      if (first_cue_of_sentence.empty()) {
        first_cue_of_sentence.assign(doc_.sentences.size(), {kNone, -1});
      }
      for (; recorded < i; ++recorded) {
        const Candidate& before = cands_[recorded];
        if (before.cue_first == kNone || before.noun_cue) continue;
        auto& [first_cue, speaker] = first_cue_of_sentence[doc_.sentence_of[before.cue_first]];
        if (before.cue_first < first_cue) first_cue = before.cue_first, speaker = before.speaker;
      }
      c.speaker = first_cue_of_sentence[doc_.sentence_of[c.cue_first]].second;
      continue;
    }
  }
  // Unattributed quotes: the previous statement in the paragraph that has a speaker, else
  // the next one, else the last statement of the previous paragraph.
  for (size_t i = 0; i < cands_.size(); ++i) {
    Candidate& c = cands_[i];
    if (!c.inherit_pending) continue;
    int speaker = -1;
    bool found = false;
    // An attribution inside another statement's reported clause ("Lee added that the board
    // wants ...") is that statement's content: it lends no speaker to the quotes after it.
    // So is one in an adverbial clause of another attribution's sentence (`"...," Lee said,
    // an hour after the board announced the vote. "..."`).
    auto reported_inside = [this](size_t j) {
      const Candidate& inner = cands_[j];
      if (inner.from_quote || inner.cue_first == kNone) return false;
      const uint32_t m = inner.has_mention ? inner.mention.first : 0;
      const bool subordinate =
          m > 0 && toks_[m - 1].IsWord() && toks_[m - 1].is(kStop) &&
          toks_[m - 1].has(kLowerInitial) &&
          (LowerIs(m - 1, "after") || LowerIs(m - 1, "before") || LowerIs(m - 1, "when") ||
           LowerIs(m - 1, "since") || LowerIs(m - 1, "until") || LowerIs(m - 1, "because") ||
           LowerIs(m - 1, "while") || LowerIs(m - 1, "as"));
      for (size_t k = j; k-- > 0 && cands_[k].paragraph == inner.paragraph &&
                         j - k <= kMaxInheritDistance;) {
        const Candidate& outer = cands_[k];
        if (!outer.hidden && outer.first <= inner.cue_first && inner.cue_first < outer.last) {
          return true;
        }
        if (subordinate && outer.has_mention && outer.anchor < m &&
            doc_.sentence_of[outer.anchor] == doc_.sentence_of[m]) {
          return true;
        }
      }
      return false;
    };
    // (Within kMaxInheritDistance statements: a paragraph of hundreds of bare quotes would
    // otherwise be read whole for each.)
    for (size_t j = i; j-- > 0 && !found && i - j <= kMaxInheritDistance;) {
      if (cands_[j].paragraph != c.paragraph) break;
      if (cands_[j].speaker >= 0 && !reported_inside(j)) {
        speaker = cands_[j].speaker;
        found = true;
      }
    }
    for (size_t j = i + 1; j < cands_.size() && !found && j - i <= kMaxInheritDistance; ++j) {
      if (cands_[j].paragraph != c.paragraph) break;
      if (cands_[j].has_mention) {
        speaker = cands_[j].speaker;
        found = true;
      }
    }
    if (!found && i > 0 && cands_[i - 1].paragraph + 1 >= c.paragraph) {
      // The last statement before it that is not reported inside another one ("Lee said
      // that pier owners warned of ..." lends Lee, not the owners), nor one with no source
      // named (`"...," Ray said when asked which plan she backed.`: the question lends
      // nobody).
      size_t j = i - 1;
      while (j > 0 && cands_[j - 1].paragraph == cands_[j].paragraph &&
             (reported_inside(j) || (cands_[j].speaker < 0 && !cands_[j].has_mention))) {
        --j;
      }
      speaker = cands_[j].speaker;
      found = true;
    }
    c.speaker = speaker;
    c.inherit_pending = false;
  }
}

}  // namespace policy::extract_internal::attribution_internal

namespace policy::extract_internal {

Extraction ExtractStatements(const Document& doc, const Lexicon& lexicon) {
  thread_local attribution_internal::PassBuffers buffers;
  Extraction extraction = attribution_internal::Pass(doc, lexicon, buffers).Run();
  buffers.ReleaseIfLarge();
  return extraction;
}

}  // namespace policy::extract_internal
