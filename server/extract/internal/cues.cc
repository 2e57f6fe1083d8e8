// Cues: matching a cue (a reporting verb or noun from the lexicon) at a token, and telling
// whether its verb is used to report speech here.
#include "server/extract/internal/pass.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>

#include "absl/strings/ascii.h"

namespace policy::extract_internal::attribution_internal {

__attribute__((always_inline)) inline uint32_t Pass::MatchCueRefs(uint32_t t, uint32_t limit,
                                                                std::span<const CueRef> refs,
                                                                int* cue) {
  for (const CueRef& ref : refs) {
    if (t + 1 + ref.rest_words > limit) continue;
    bool ok = true;
    if (ref.rest_words > 0) {
      if (!doc_.HasWordId(t + 1, ref.second_word)) continue;
      if (ref.rest_words > 1) {
        const Cue& c = lex_.cue(ref.cue);
        for (size_t k = 1; k < c.rest_words.size() && ok; ++k) {
          ok = doc_.HasWordId(t + 1 + k, c.rest_words[k]);
        }
      }
    }
    if (ok) {
      *cue = ref.cue;
      return 1u + ref.rest_words;
    }
  }
  return 0;
}

uint32_t Pass::MatchCueStart(uint32_t t, uint32_t limit, int* cue, bool nouns) {
  const Token& tok = toks_[t];
  // Most cue starts need only their cues as written: the others (MatchCueStartFully's
  // tests, made here as a filter) go out of line.
  if (tok.has(kCapitalized) ||
      (!nouns && t + 2 < limit &&
       ((tok.is(kTopicCueStart) && AdjunctStart(t + 1)) ||
        (toks_[t + 1].IsWord() &&
         (toks_[t + 1].has(kHasDigit) || LowerIs(t + 1, "unanimously")))))) {
    return MatchCueStartFully(t, limit, cue, nouns);
  }
  return MatchCueRefs(t, limit, lex_.CuesOfWord(doc_.word_ids[t], nouns), cue);
}

uint32_t Pass::MatchCueStartFully(uint32_t t, uint32_t limit, int* cue, bool nouns) {
  const Token& tok = toks_[t];
  if (tok.has(kCapitalized)) {
    // Only sentence-initial ("Said Smith: ...", "According to ..."), or in a Title Case
    // headline ("Mayor Says City Will Cut Fares"); else a name ("Hope").
    uint32_t s = SentenceFirst(t);
    while (s < t && toks_[s].IsQuote()) ++s;
    // "... went unnoticed: According to the poll, ...", "(According to ...": a colon or a
    // parenthesis opens a clause.
    const bool opens_clause = t > s && (toks_[t - 1].IsPunct(':') || toks_[t - 1].IsPunct('(')) &&
                              LowerIs(t, "according");
    if (s != t && !opens_clause && !TitleCase(doc_.sentence_of[t])) return 0;
  }
  // A cue start's cues of the kind asked for, by its word id, as compact CueRefs: a Cue
  // record is read only for cues of three words or more.
  const std::span<const CueRef> refs = lex_.CuesOfWord(doc_.word_ids[t], nouns);
  // "spoke at length about", "wrote Monday on", "talked with aides about": a verb whose cue
  // goes on with a preposition of topic keeps it across a short adjunct. Tried first, and
  // only when the next word may open such an adjunct (tests of flags: most cue starts have
  // no such cue or are followed by other words); the phrases as written come next, longest
  // first.
  if (tok.is(kTopicCueStart) && !nouns && t + 2 < limit && AdjunctStart(t + 1)) {
    if (const uint32_t len = CueAcrossAdjunct(t, limit, refs, cue); len > 0) return len;
  }
  if (!nouns && t + 2 < limit && toks_[t + 1].IsWord() &&
      (toks_[t + 1].has(kHasDigit) || LowerIs(t + 1, "unanimously"))) {
    if (const uint32_t len = VoteAcrossTally(t, limit, refs, cue); len > 0) return len;
  }
  return MatchCueRefs(t, limit, refs, cue);
}

uint32_t Pass::CueAcrossAdjunct(uint32_t t, uint32_t limit, std::span<const CueRef> refs,
                                int* cue) {
  const uint32_t gap = TopicAdjunct(t + 1, limit);
  const uint32_t p = t + 1 + gap;
  if (gap == 0 || p >= limit) return 0;
  if (p + 1 < limit && LowerIs(p + 1, "behalf")) return 0;  // "on behalf of": no topic
  // (Before "of" only an adverb: "spoke highly of"; "spoke to the Club of Elm City" and
  // "said much of the plan" go on with a noun phrase.)
  if (LowerIs(p, "of") && !EndsWith(p - 1, "ly")) return 0;
  for (const CueRef& ref : refs) {
    if (ref.topic && ref.rest_words == 1 && doc_.HasWordId(p, ref.second_word)) {
      *cue = ref.cue;
      return gap + 2;  // the adjunct is part of the cue; the topic after it the content
    }
  }
  return 0;
}

uint32_t Pass::VoteAcrossTally(uint32_t t, uint32_t limit, std::span<const CueRef> refs,
                               int* cue) {
  // The tally ("6-3", "21-12") or "unanimously", then perhaps a time ("on Monday", "Tuesday
  // night"): a vote's count between the verb and its preposition.
  uint32_t p = t + 1;
  if (!LowerIs(p, "unanimously") && doc_.TokenText(p).find('-') == std::string_view::npos) {
    return 0;
  }
  ++p;
  p += TopicAdjunct(p, limit);
  for (const CueRef& ref : refs) {
    const Cue& c = lex_.cue(ref.cue);
    if (ref.cls == CueClass::kNoun || !c.lemma.starts_with("vote ") || c.rest.empty() ||
        p + c.rest.size() > limit) {
      continue;
    }
    bool ok = true;
    for (size_t k = 0; k < c.rest_words.size() && ok; ++k) {
      ok = doc_.HasWordId(p + k, c.rest_words[k]);
    }
    if (ok) {
      *cue = ref.cue;
      return p - t + static_cast<uint32_t>(c.rest.size());
    }
  }
  return 0;
}

bool Pass::NounInLy(uint32_t t) const {
  // ("said supply of fuel was low": no adverb.)
  static constexpr Word kNouns[] = {"supply",  "assembly", "family", "ally",
                                    "rally",   "reply",    "tally",  "monopoly",
                                    "anomaly", "belly",    "jelly",  "bully"};
  for (const Word noun : kNouns) {
    if (LowerIs(t, noun)) return true;
  }
  return false;
}

uint32_t Pass::TopicAdjunct(uint32_t k, uint32_t limit) {
  uint32_t end = k;
  // At most two parts: "spoke to reporters Monday about".
  for (int part = 0; part < 2 && end + 1 < limit && toks_[end].IsWord(); ++part) {
    const Token& w = toks_[end];
    uint32_t next = end;
    if ((LowerIs(end, "at") && LowerIs(end + 1, "length")) ||
        (LowerIs(end, "in") && (LowerIs(end + 1, "detail") || LowerIs(end + 1, "depth"))) ||
        ((LowerIs(end, "on") || LowerIs(end, "last") || LowerIs(end, "this")) &&
         toks_[end + 1].is(kTime))) {
      next = end + 2;
    } else if (w.is(kTime) || LowerIs(end, "more") || LowerIs(end, "much") ||
               LowerIs(end, "often") || LowerIs(end, "again") ||
               (w.has(kLowerInitial) && !w.is(kStop) && EndsWith(end, "ly") &&
                !NounInLy(end))) {
      next = end + 1;  // "briefly", "Monday"
    } else if ((LowerIs(end, "on") || LowerIs(end, "at") || LowerIs(end, "in")) &&
               toks_[end + 1].IsWord() && toks_[end + 1].is(kDeterminer)) {
      // A place or occasion: "on the radio", "at a rally in Elm City".
      uint32_t x = end + 2;
      while (x < limit && x < end + 5 && toks_[x].IsWord() && !toks_[x].is(kStop) &&
             !toks_[x].is(kPreverb) && !toks_[x].is(kDeterminer)) {
        ++x;
      }
      if (x > end + 2) next = x;
    } else if (LowerIs(end, "to") || LowerIs(end, "with")) {
      // A listener: "to reporters", "with Harbor Radio", "to the mayor's aides".
      uint32_t x = end + 1;
      while (x < limit && x < end + 5 && toks_[x].IsWord() &&
             (toks_[x].has(kCapitalized) || toks_[x].is(kDeterminer) || toks_[x].is(kGroup) ||
              toks_[x].is(kRole) || toks_[x].is(kOrgNoun) || LowerIs(x, "reporters") ||
              LowerIs(x, "him") || LowerIs(x, "her") || LowerIs(x, "them") ||
              LowerIs(x, "us") || LowerIs(x, "me"))) {
        ++x;
      }
      if (x > end + 1 && !toks_[x - 1].is(kDeterminer)) next = x;
    }
    if (next == end) break;
    end = next;
  }
  return end - k;
}

bool Pass::WorkWithoutItsWords(uint32_t t) const {
  // Written works the lexicon does not list as documents (they state nothing themselves in
  // most news: "a column" is its writer's).
  static constexpr WordSet kWorks = {"introduction", "foreword", "dissent", "commentary",
                                     "column", "op-ed", "essay", "blog", "dissertation",
                                     "novel", "memoir", "biography", "song", "script"};
  auto work = [&](uint32_t k) {
    return toks_[k].IsWord() && (toks_[k].is(kDocument) || kWorks.Has(word_ids_[k]));
  };
  // A determiner, up to four modifiers, and the work's noun.
  // ("wrote that ...", "wrote this: ..." open what was written.)
  if (t >= n_ || !toks_[t].IsWord() || !toks_[t].is(kDeterminer) ||
      !toks_[t].has(kLowerInitial) || LowerIs(t, "that") || LowerIs(t, "this")) {
    return false;
  }
  const uint32_t se = SentenceLast(t);
  uint32_t noun = t + 1;
  while (noun < se && noun < t + 6 && toks_[noun].IsWord() && !work(noun) &&
         !toks_[noun].is(kStop) && !toks_[noun].is(kPreverb)) {
    ++noun;
  }
  if (noun >= se || !work(noun) || !toks_[noun].has(kLowerInitial)) return false;
  // Up to the phrase's end, nothing that gives the work's words: a participle ("urging",
  // "calling for"), a quotation, a topic ("on", "about"), "that" or "in which", nor a verb
  // that makes the phrase a clause's subject ("wrote the plan was late").
  for (uint32_t k = noun + 1; k < se; ++k) {
    const Token& tok = toks_[k];
    if (tok.IsPunct(';') || tok.IsPunct(':') || tok.IsPunct('-')) break;
    if (tok.IsQuote() || in_quote_[k] >= 0) return false;
    if (tok.IsPunct(',')) {
      if (k + 1 < se && toks_[k + 1].IsQuote()) return false;  // a title is named after it
      break;
    }
    if (!tok.IsWord() || !tok.has(kLowerInitial)) continue;
    if (LowerIs(k, "on") || LowerIs(k, "about") || LowerIs(k, "that") || LowerIs(k, "which") ||
        (EndsWith(k, "ing") && doc_.TokenText(k).size() > 4) || tok.is(kPreverb) ||
        tok.is(kCueStart) || IrregularPast(k)) {
      return false;
    }
  }
  return true;
}

bool Pass::VerbUse(uint32_t cf, int cue) {
  const Cue& c = lex_.cue(cue);
  const std::string_view lemma = c.lemma;  // (a view: == tests the length first)
  // "is (widely) seen as", "had been viewed as": a view held of the subject (SeenAsPassive);
  // active, "which Ray has seen as a threat", the subject's view. Not "have seen as many as
  // ten": "as" of a comparison.
  if (c.LemmaIs(kLemmaSeenAs)) {
    const uint32_t after = cf + 2;
    return SeenAsPassive(cf) ||
           !(after < n_ && (LowerIs(after, "many") || LowerIs(after, "much") ||
                            LowerIs(after, "few") || LowerIs(after, "little") ||
                            LowerIs(after, "well") || LowerIs(after, "soon") ||
                            LowerIs(after, "far") || toks_[after].has(kHasDigit)));
  }
  // "heard" reports only after a hearing body ("The court heard that ..."): "he heard
  // 'boos'", "can be heard asking" report nothing of the hearer's.
  if (c.LemmaIs(kLemmaHear)) return HearingBodyBefore(cf);
  // "told a Senate estimates hearing that ...", "told the budget estimates committee": a
  // cue word between the listener's determiner and its noun modifies the noun. (Only a cue
  // that is also a noun can: most cues, "said", skip the test.)
  if (toks_[cf].is(kNounCue) && cf >= 3 && cf + 1 < n_ && toks_[cf + 1].IsWord() &&
      toks_[cf + 1].has(kLowerInitial) && !toks_[cf + 1].is(kStop) &&
      !toks_[cf + 1].is(kDeterminer) && !toks_[cf + 1].is(kPronoun)) {
    for (uint32_t d = cf - 1; d + 3 >= cf && d > 0; --d) {
      if (!toks_[d].IsWord() || (toks_[d].is(kStop) && !toks_[d].is(kDeterminer))) break;
      if (toks_[d].is(kDeterminer) && toks_[d].has(kLowerInitial) && !toks_[d].is(kPronoun) &&
          (LowerIs(d - 1, "told") || LowerIs(d - 1, "tell") || LowerIs(d - 1, "tells") ||
           LowerIs(d - 1, "telling"))) {
        return false;
      }
    }
  }
  // "Retailer cuts forecast as shoppers pull back", "Elm raises forecast", "Port issues
  // warning": a headline's verb of changing or issuing right before a cue that is also a
  // noun makes the cue its object.
  static constexpr WordSet kChangingVerbs = {
      "cut",   "cuts",    "raises", "raised",  "lowers",  "lowered", "slashes", "slashed",
      "trims", "trimmed", "lifts",  "lifted",  "issues",  "issued",  "hikes",   "hiked",
      "boosts", "boosted", "withdraws", "withdrew", "misses", "missed", "beats", "tops"};
  if (toks_[cf].is(kNounCue) && cf > 0 && toks_[cf - 1].IsWord() &&
      toks_[cf - 1].has(kLowerInitial) && kChangingVerbs.Has(word_ids_[cf - 1])) {
    return false;
  }
  // "Residents told to leave as fire nears", "Firms urged to lead", "Drivers warned to stay
  // home": a verb that needs its listener ("told", "urged", "warned", "advised") right
  // before an infinitive, with none, is a passive (a headline's, without its auxiliary).
  if (c.LemmaIs(kLemmaTell | kLemmaUrge | kLemmaWarn | kLemmaAdvise) &&
      (LowerIs(cf, "told") || EndsWith(cf, "ed")) && cf + 2 < n_ && LowerIs(cf + 1, "to") &&
      toks_[cf + 2].IsWord() && toks_[cf + 2].has(kLowerInitial) && Infinitive(cf + 2)) {
    return false;
  }
  if (c.cls == CueClass::kSource) {
    // "went according to plan", "according to schedule": as planned, nobody's words.
    const uint32_t object = cf + 1 + static_cast<uint32_t>(c.rest.size());
    const bool as_planned =
        object < n_ && toks_[object].has(kLowerInitial) &&
        (LowerIs(object, "plan") || LowerIs(object, "schedule") || LowerIs(object, "script") ||
         LowerIs(object, "tradition") || LowerIs(object, "custom"));
    // "run according to a timetable set in 1985": a rule followed, not a source. (Not "a
    // schedule published by the board", nor "the schedule released Monday": documents.)
    const bool document_after = object + 2 < n_ && toks_[object + 2].IsWord() &&
                                (EndsWith(object + 2, "ed") || LowerIs(object + 2, "by") ||
                                 LowerIs(object + 2, "from") || LowerIs(object + 2, "of") ||
                                 LowerIs(object + 2, "seen"));
    const bool timetable = object + 1 < n_ && LowerIs(object, "a") &&
                           (LowerIs(object + 1, "timetable") ||
                            LowerIs(object + 1, "schedule")) &&
                           !document_after;
    return !as_planned && !timetable;
  }
  // "Harbor Coast states that have lost ferries", "the claims that are made": a cue in -s, then
  // "that" and a plural verb, is a plural noun and its relative clause ("that" as a
  // clause's subject would take "has", "is").
  if (!c.rest.empty() && c.rest.back() == "that" && EndsWith(cf, "s")) {
    const uint32_t verb = cf + 1 + static_cast<uint32_t>(c.rest.size());
    if (verb < n_ && toks_[verb].has(kLowerInitial) &&
        (LowerIs(verb, "have") || LowerIs(verb, "are") || LowerIs(verb, "were") ||
         LowerIs(verb, "do"))) {
      return false;
    }
  }
  // "Refugee advocates reacted angrily", "Robbery suspects arrested in Elm": a cue in -s
  // after one capitalized word opening the sentence, then a word in -ed and no noun after
  // it (a preposition, a determiner, an adverb in -ly, a mark), is a plural noun after its
  // modifier, and the -ed word its verb. (Not "Labour suspects foul play", "Ray warns
  // renewed strikes are likely": an object.)
  if (c.rest.empty() && cf >= 1 && cf + 2 < n_ && EndsWith(cf, "s") &&
      toks_[cf + 1].IsWord() && toks_[cf + 1].has(kLowerInitial) && EndsWith(cf + 1, "ed") &&
      toks_[cf - 1].IsWord() && toks_[cf - 1].has(kCapitalized) &&
      !toks_[cf - 1].is(kPronoun | kDeterminer | kStop) && SentenceFirst(cf) == cf - 1 &&
      (!toks_[cf + 2].IsWord() || toks_[cf + 2].is(kStop | kDeterminer) ||
       EndsWith(cf + 2, "ly"))) {
    return false;
  }
  // "said little about the plan", "would say almost nothing about the donors": words
  // withheld, no statement. (Not "said much of it was true": the clause's subject.)
  if (c.rest.empty() && c.cls == CueClass::kSpeech && cf + 2 < n_) {
    uint32_t q = cf + 1;
    if (LowerIs(q, "almost") || LowerIs(q, "very")) ++q;
    if (q + 1 < n_ && (LowerIs(q, "nothing") || LowerIs(q, "little")) &&
        toks_[q].has(kLowerInitial) &&
        (LowerIs(q + 1, "about") || LowerIs(q + 1, "of") || LowerIs(q + 1, "on"))) {
      // ("said nothing about the toll would change": the clause's subject, then its verb.)
      bool clause = false;
      for (uint32_t t = q + 2; t < n_ && t < q + 8 && toks_[t].IsWord() && !clause; ++t) {
        clause = toks_[t].has(kLowerInitial) && FiniteAuxiliary(t);
      }
      if (!clause) return false;
    }
  }
  // "Pilots know this and use it", "as we know it, the party", "both crews see it too":
  // "it" or "this" alone as the object of knowing or seeing, not a clause, reports nothing.
  if (c.LemmaIs(kLemmaKnow | kLemmaSee) && c.rest.empty() && cf + 2 < n_ &&
      (LowerIs(cf + 1, "it") || LowerIs(cf + 1, "this")) &&
      (toks_[cf + 2].IsPunct(',') || toks_[cf + 2].IsPunct('.') || LowerIs(cf + 2, "too") ||
       LowerIs(cf + 2, "and"))) {
    return false;
  }
  if (ThinkTank(cf)) return false;  // "Elm think tanks and ..."
  // "easier said than done", "a larger say than": an idiom or a noun, not a statement.
  // (The rare word first: whether the next word is lower case varies from cue to cue.)
  if (cf + 1 < n_ && LowerIs(cf + 1, "than") && toks_[cf + 1].has(kLowerInitial)) return false;
  // "refugees admitted into the country", "someone admitted through the program": let in,
  // not owning up.
  if (cf + 1 < n_ && lemma == "admit" && (LowerIs(cf + 1, "into") || LowerIs(cf + 1, "through"))) {
    return false;
  }
  // "a banner ripped away", "ripped off in ways ...": torn, not criticized; "kept backing
  // down on the fares", "backed away": a verb of endorsement or judgement with a particle
  // is another verb.
  // ("knocked on doors", "slammed on the brakes"; not "praised on Monday", a time. Not a
  // cue whose own particle it is, "dressed down", "singled out".)
  // ("Elm voters knocked out a pillar of the plan": "out" too.)
  if (c.name_object && c.rest.empty() && cf + 1 < n_ &&
      (LowerIs(cf + 1, "away") || LowerIs(cf + 1, "off") || LowerIs(cf + 1, "apart") ||
       LowerIs(cf + 1, "down") || LowerIs(cf + 1, "out") ||
       (LowerIs(cf + 1, "on") && !(cf + 2 < n_ && toks_[cf + 2].is(kTime))) ||
       // (Not "blasted out a statement": sent it.)
       (c.LemmaIs(kLemmaRip) &&
        (LowerIs(cf + 1, "up") || LowerIs(cf + 1, "open") || LowerIs(cf + 1, "out"))))) {
    return false;
  }
  // "Ferry bashing is popular": the gerund with no object after it is a noun.
  if (c.LemmaIs(kLemmaBash) && EndsWith(cf, "ing") &&
      (cf + 1 >= n_ || !toks_[cf + 1].IsWord() ||
       !(toks_[cf + 1].has(kCapitalized) || toks_[cf + 1].is(kDeterminer) ||
         ObjectPronoun(cf + 1)))) {
    return false;
  }
  // "She boasts a 20-point lead", "the town boasts just one shop": "boast" before its object
  // (an article, a number, "just" or "only") is to have, not to brag ("boasted of", "boasted
  // that" brag).
  if (lemma == "boast" && c.rest.empty() && cf + 1 < n_ && toks_[cf + 1].IsWord() &&
      toks_[cf + 1].has(kLowerInitial) &&
      ((toks_[cf + 1].is(kDeterminer) && !LowerIs(cf + 1, "that") &&
        !toks_[cf + 1].is(kPronoun)) ||
       toks_[cf + 1].has(kHasDigit) || LowerIs(cf + 1, "just") || LowerIs(cf + 1, "only"))) {
    return false;
  }
  // "The plan runs counter to the law": "counter to" is "against", not a rebuttal.
  if (cf + 1 < n_ && LowerIs(cf, "counter") && LowerIs(cf + 1, "to")) return false;
  // "Ann Ray, defending, told the court": counsel's side alone between commas is an aside on
  // the subject, with no words of its own. (Not ", saying, "...": its quotation follows.)
  if (cf > 0 && cf + 1 < n_ && toks_[cf + 1].IsPunct(',') && toks_[cf - 1].IsPunct(',') &&
      (LowerIs(cf, "defending") || LowerIs(cf, "prosecuting"))) {
    return false;
  }
  // "who wanted to be known only as Tom", "asked to be identified by her first name", "asked
  // to be named as Omar": how a source is named, not what the source wants or asks. (Not
  // "hopes to be named the next director", "wants to be known as the education mayor".)
  if (cf + 4 < n_ && LowerIs(cf + 1, "to") && LowerIs(cf + 2, "be") &&
      (LowerIs(cf + 3, "known") || LowerIs(cf + 3, "identified") || LowerIs(cf + 3, "named")) &&
      (LowerIs(cf + 4, "only") || LowerIs(cf + 4, "by") ||
       (LowerIs(cf + 4, "as") && cf + 5 < n_ && toks_[cf + 5].has(kCapitalized)))) {
    return false;
  }
  // ("Tom Lee, as he prefers to be called, said": an aside on the name.)
  if (cf + 4 < n_ && LowerIs(cf + 1, "to") && LowerIs(cf + 2, "be") &&
      (LowerIs(cf + 3, "called") || LowerIs(cf + 3, "known")) && toks_[cf + 4].IsPunct(',')) {
    return false;
  }
  const uint32_t sf = SentenceFirst(cf);
  // "Asked if ..., Smith said", "Noting that ..., Xi said"; "Says ..." is a noun.
  if (cf == sf) return c.LemmaIs(kLemmaAsk) || OpeningParticipleCue(cf, c);
  if (ParticipleAfterOpener(cf, sf, c)) return true;
  // "Lee made claims that ...", "Ray has made comments about ...": a cue right after a verb
  // that utters its object is that object, a noun (ProcessNounCue reads it); so is a plural
  // after one word between, "made some comments about", "made similar claims". (Not after a
  // plural noun of that spelling: "The trade issues suggest that ...".)
  // (The word before in lower case first: most cues follow a name or a pronoun.)
  if (toks_[cf - 1].IsWord() && toks_[cf - 1].has(kLowerInitial)) {
    const bool uttered =
        LightVerb(cf - 1) ||
        (cf >= sf + 2 && (toks_[cf - 1].is(kDeterminer) || !toks_[cf - 1].is(kStop)) &&
         LightVerb(cf - 2) && EndsWith(cf, "s"));
    if (uttered && !LowerIs(cf - 1, "voices") && !LowerIs(cf - 1, "issues") &&
        !LowerIs(cf - 1, "shares") && !LowerIs(cf - 1, "raises")) {
      return false;
    }
  }
  // "The harsh talk about ...", "..., and the bold claim that ...": a cue in its base form
  // after the subject's determiner and one singular word in lower case is a noun; that word
  // as a subject would take "talks". (Not after a plural without -s, a body or people, "the
  // police say", "the team say", "the women say", "the rich say".)
  if (cf >= sf + 2 && !EndsWith(cf, "s") && !EndsWith(cf, "ed") && !EndsWith(cf, "ing") &&
      !IrregularPast(cf) && toks_[cf].has(kLowerInitial) &&
      (LowerIs(cf - 2, "the") || LowerIs(cf - 2, "a") || LowerIs(cf - 2, "an") ||
       LowerIs(cf - 2, "this")) &&
      (cf - 2 == sf || !toks_[cf - 3].IsWord() || LowerIs(cf - 3, "and") ||
       LowerIs(cf - 3, "but"))) {
    static constexpr WordSet kPlurals = {
        "rich",  "poor",   "wealthy", "elderly", "unemployed", "injured", "wounded",  "young",
        "men",   "women",  "children", "media",  "public",     "crowd",   "majority", "minority",
        "family", "jury", "couple",  "pair"};
    const Token& w = toks_[cf - 1];
    if (w.IsWord() && w.has(kLowerInitial) && !EndsWith(cf - 1, "s") && !w.has(kPossessive) &&
        !w.is(kStop) && !w.is(kPreverb) && !w.is(kPronoun) && !w.is(kDeterminer) &&
        !w.is(kGroup) && !w.is(kRole) && !w.is(kOrgNoun) && !w.is(kOrgUnit) &&
        !w.is(kDocument) && !w.is(kFemale | kMale) && !kPlurals.Has(word_ids_[cf - 1])) {
      return false;
    }
  }
  // "His jet, often referred to as Lee Force One, ...": the name something goes by, no one's
  // words (as "known as"); "Ray referred to Lee as a liar" has its object before "as".
  if (c.past_participle && cf + 2 < n_ && LowerIs(cf + 2, "as") && lemma == "refer to") {
    return false;
  }
  // "a peak not seen since 1980", "the worst floods the town had seen since 1950": a
  // measure of how rare something is, nobody's view.
  if (cf + 1 < n_ && c.LemmaIs(kLemmaSee) && LowerIs(cf + 1, "since")) return false;
  // "You know, the ones who ...", "and, you know, we stayed": "you know" before a mark is a
  // filler of speech, reporting nothing.
  if (cf + 1 < n_ && LowerIs(cf - 1, "you") && LowerIs(cf, "know") &&
      (toks_[cf + 1].IsPunct(',') || toks_[cf + 1].IsPunct('.'))) {
    return false;
  }
  // "Do you support Tom Lee?", "Would they back the plan?": a question put to someone asks
  // what they say, and reports nothing said.
  if (cf == sf + 2 && toks_[cf - 1].is(kPronoun) && toks_[sf].is(kPreverb) &&
      (LowerIs(cf - 1, "you") || LowerIs(cf - 1, "they") || LowerIs(cf - 1, "we")) &&
      toks_[SentenceLast(cf) - 1].IsPunct('?')) {
    return false;
  }
  // "36 percent support", "Latino support", "support among voters": the bare "support" is
  // far more often the noun. It is the verb only after a word that takes one (a modal or an
  // adverb, "would support", "to", a subject pronoun, "who", "that") or a plural subject
  // ("Most voters support"), and not before a noun's preposition ("support for the plan").
  static constexpr WordSet kMostlyNoun = {"support"};
  if (kMostlyNoun.Has(word_ids_[cf])) {
    const Token& before = toks_[cf - 1];
    const bool after_verb_word =
        before.IsWord() &&
        ((before.is(kPreverb) && !before.is(kDeterminer)) || LowerIs(cf - 1, "to") ||
         LowerIs(cf - 1, "who") || LowerIs(cf - 1, "that") || LowerIs(cf - 1, "i") ||
         LowerIs(cf - 1, "you") || LowerIs(cf - 1, "they") || LowerIs(cf - 1, "we"));
    // (Also a group word, "most support", "very few support", but not "38 percent support",
    // a share of the vote; "Men support"; and those asked, "the riders surveyed support".)
    const bool after_plural =
        before.IsWord() && !before.has(kPossessive) && !before.is(kStop) &&
        ((EndsWith(cf - 1, "s") && !EndsWith(cf - 1, "ss")) ||
         (before.is(kGroup) && !LowerIs(cf - 1, "percent")) || LowerIs(cf - 1, "men") ||
         LowerIs(cf - 1, "women") || LowerIs(cf - 1, "surveyed") || LowerIs(cf - 1, "polled"));
    const bool before_preposition =
        cf + 1 < n_ && toks_[cf + 1].has(kLowerInitial) &&
        (LowerIs(cf + 1, "for") || LowerIs(cf + 1, "among") || LowerIs(cf + 1, "from") ||
         LowerIs(cf + 1, "in") || LowerIs(cf + 1, "of") || LowerIs(cf + 1, "to") ||
         LowerIs(cf + 1, "system"));
    if ((!after_verb_word && !after_plural) || before_preposition) return false;
  }
  // "Anyone with information is asked to call 101": the police's appeal to readers, no
  // report of anyone's words.
  if (c.LemmaIs(kLemmaAsk) && cf + 1 < n_ && LowerIs(cf + 1, "to") &&
      (LowerIs(cf - 1, "is") || LowerIs(cf - 1, "are")) &&
      (LowerIs(sf, "anyone") || LowerIs(sf, "anybody") || LowerIs(sf, "witnesses"))) {
    return false;
  }
  // "the 10-year note climbed", "a 30-day notice": after a number's measure of time, a
  // noun (not after "the 43-year-old", a person).
  if (toks_[cf - 1].IsWord() && toks_[cf - 1].has(kHasDigit)) {
    const std::string_view measure = doc_.TokenText(cf - 1);
    for (const std::string_view unit : {"-year", "-month", "-week", "-day"}) {
      if (measure.ends_with(unit)) return false;
    }
  }
  // "Households will see their tax rise": what is to happen to someone, no view of theirs
  // (but "voters will see it as weakness" is one).
  if (cf + 1 < n_ && LowerIs(cf, "see") &&
      (LowerIs(cf - 1, "will") || LowerIs(cf - 1, "would"))) {
    bool as = false;
    for (uint32_t x = cf + 1; x < n_ && x < cf + 10 && toks_[x].IsWord() && !as; ++x) {
      as = LowerIs(x, "as");
    }
    if (!as) return false;
  }
  // "in a Facebook post said", "his tweet says": a cue right before "said" or "says" is a
  // noun, the subject of that verb.
  if (c.rest.empty() && cf + 1 < n_ && toks_[cf + 1].is(kCueStart) &&
      (LowerIs(cf + 1, "said") || LowerIs(cf + 1, "says"))) {
    return false;
  }
  // "In radio interviews and posts, Ray has said ...": a cue after "and" or "or" at the end
  // of the sentence's opening prepositional phrase is the last noun of its list.
  if (c.rest.empty() && cf + 1 < n_ && toks_[cf + 1].IsPunct(',') &&
      (LowerIs(cf - 1, "and") || LowerIs(cf - 1, "or")) && toks_[sf].has(kCapitalized) &&
      (LowerIs(sf, "in") || LowerIs(sf, "on") || LowerIs(sf, "through") ||
       LowerIs(sf, "during") || LowerIs(sf, "via"))) {
    bool comma = false;
    for (uint32_t t = sf + 1; t < cf && !comma; ++t) comma = !toks_[t].IsWord();
    if (!comma) return false;
  }
  // "Consumer advocates say", "Safety advocates have long called on": a cue that is also a
  // plural noun for people, before another verb of saying (after auxiliaries and adverbs),
  // is that verb's subject (not "Ray advocates a new tax", "Lee advocates raising fares").
  if (c.rest.empty() && toks_[cf].is(kGroup) && EndsWith(cf, "s")) {
    uint32_t verb = cf + 1;
    while (verb < n_ && verb < cf + 4 && toks_[verb].IsWord() && toks_[verb].is(kPreverb) &&
           toks_[verb].has(kLowerInitial) && !toks_[verb].is(kDeterminer)) {
      ++verb;
    }
    if (verb < n_ && toks_[verb].IsWord() && toks_[verb].is(kCueStart) &&
        toks_[verb].has(kLowerInitial) && !EndsWith(verb, "ing")) {
      return false;
    }
  }
  // "Consumer advocate Tom Lee said": a cue that is also a role noun, in lower case before a
  // name that a verb or an appositive follows ("Patient advocate Ann Ray, who runs a
  // clinic, said"), is the name's job title (not "Ray will advocate Elm Power's plan",
  // "groups that advocate Tom Lee's plan said": an object, a possessive).
  if (c.rest.empty() && toks_[cf].is(kRole) && toks_[cf].has(kLowerInitial) &&
      cf + 3 < n_ && toks_[cf + 1].has(kCapitalized)) {
    uint32_t t = cf + 1;
    while (t + 1 < n_ && toks_[t].IsWord() && toks_[t].has(kCapitalized) &&
           !toks_[t].has(kPossessive)) {
      ++t;
    }
    // (So in an appositive before the verb: "Counsel for the trust, senior advocate Tom
    // Lee, argued that ...".)
    const bool opens_appositive =
        cf >= 2 && (toks_[cf - 1].IsPunct(',') ||
                    (toks_[cf - 1].IsWord() && toks_[cf - 1].has(kLowerInitial) &&
                     toks_[cf - 2].IsPunct(',')));
    if (!toks_[t].has(kCapitalized) &&
        (NameThenVerb(cf + 1, SentenceLast(cf)) ||
         (t > cf + 2 && toks_[t].IsPunct(',') && AppositiveStarter(t + 1)) ||
         (opens_appositive && t > cf + 1 && toks_[t].IsPunct(',') && t + 1 < n_ &&
          toks_[t + 1].is(kCueStart) && toks_[t + 1].has(kLowerInitial)))) {
      return false;
    }
  }
  // "The report, which the Elm Argus has seen, says ...": an outlet that has seen a document
  // is the writer's sourcing, no view of the outlet's (not "which Ray has seen as a threat":
  // a view follows the verb).
  if (LowerIs(cf, "seen") && cf + 1 < n_ &&
      (toks_[cf + 1].IsPunct(',') || toks_[cf + 1].IsPunct('.'))) {
    for (uint32_t t = cf - 1; t > sf && t + 8 > cf && toks_[t].IsWord(); --t) {
      if (LowerIs(t, "which")) {
        if (toks_[t - 1].IsPunct(',')) return false;
        break;
      }
    }
  }
  // "Good morning and welcome to day four": the writer's greeting, nobody's stance ("welcome"
  // takes its object without "to": "Unions welcome the deal").
  if (cf + 1 < n_ && LowerIs(cf, "welcome") && LowerIs(cf + 1, "to")) return false;
  // `the TV show "Harbor Watch"`: a title follows the noun (not `the data show "a lead"`).
  if (c.cls == CueClass::kEvidence && cf + 2 < n_ && toks_[cf + 1].IsQuote() &&
      toks_[cf + 2].has(kCapitalized) && in_quote_[cf + 2] >= 0 &&
      NounBeforeTitle(cf, quotes_[in_quote_[cf + 2]].close)) {
    return false;
  }
  // "recalled 380,000 cars": a count after "recall" is a product recall, not a memory.
  if (cf + 1 < n_ && toks_[cf + 1].has(kHasDigit) &&
      (LowerIs(cf, "recalled") || LowerIs(cf, "recalls") || LowerIs(cf, "recall") ||
       LowerIs(cf, "recalling"))) {
    return false;
  }
  // "Peanut, an allergen, was found in the product": "found" after a form of "be" and before
  // a preposition of place is where a thing was, no finding (not "was found by the panel to
  // ...", "was found to be ...").
  if (LowerIs(cf, "found") && cf + 1 < n_ && toks_[cf + 1].has(kLowerInitial) &&
      (LowerIs(cf - 1, "was") || LowerIs(cf - 1, "were") || LowerIs(cf - 1, "is") ||
       LowerIs(cf - 1, "are") || LowerIs(cf - 1, "been") || LowerIs(cf - 1, "be")) &&
      (LowerIs(cf + 1, "in") || LowerIs(cf + 1, "on") || LowerIs(cf + 1, "at") ||
       LowerIs(cf + 1, "inside") || LowerIs(cf + 1, "near") || LowerIs(cf + 1, "under") ||
       LowerIs(cf + 1, "among") || LowerIs(cf + 1, "along"))) {
    return false;
  }
  // "companies found in breach can be fined", "anyone found guilty faces": "found" right
  // after a noun, before a verdict's word, is a reduced passive, the noun the one judged.
  if (LowerIs(cf, "found") && cf > 0 && cf + 2 < n_ && toks_[cf - 1].IsWord() &&
      toks_[cf - 1].has(kLowerInitial) && !toks_[cf - 1].is(kStop) &&
      !toks_[cf - 1].is(kPreverb) &&
      (LowerIs(cf + 1, "guilty") || LowerIs(cf + 1, "liable") ||
       (LowerIs(cf + 1, "in") && (LowerIs(cf + 2, "breach") || LowerIs(cf + 2, "violation") ||
                                  LowerIs(cf + 2, "contempt"))))) {
    return false;
  }
  // "Elm agency recalls frozen cakes over allergen fears", "the regulator has recalled the
  // spice mix": after a body's noun, "recall" and a noun phrase is a product recall, not a
  // memory (which takes a clause, a question or a quotation: "recalled how ...").
  if (c.rest.empty() && (LowerIs(cf, "recalled") || LowerIs(cf, "recalls") ||
                         LowerIs(cf, "recall") || LowerIs(cf, "recalling"))) {
    uint32_t subject = cf - 1;
    while (subject > sf && toks_[subject].IsWord() && toks_[subject].is(kPreverb) &&
           toks_[subject].has(kLowerInitial)) {
      --subject;
    }
    // (Or a body's acronym: "EFA recalls ...".)
    const bool acronym = AllCapitalLetters(doc_.TokenText(subject));
    const Token& object = toks_[cf + 1 < n_ ? cf + 1 : cf];
    if (cf + 1 < n_ && toks_[subject].IsWord() &&
        (toks_[subject].is(kOrgNoun) || toks_[subject].is(kOrgUnit) || acronym) &&
        object.IsWord() &&
        in_quote_[cf + 1] < 0 && !LowerIs(cf + 1, "that") && !LowerIs(cf + 1, "how") &&
        !LowerIs(cf + 1, "when") && !LowerIs(cf + 1, "what") && !LowerIs(cf + 1, "why") &&
        !LowerIs(cf + 1, "where") && !LowerIs(cf + 1, "who") && !object.is(kPronoun)) {
      return false;
    }
  }
  // "Ann Ray, who advises small firms on mergers", "has advised Ann Ray", "advised the board
  // on its budget": counsel given or a job, not words reported, unless an infinitive,
  // "that", "against" or a quotation follows the listener.
  if (c.LemmaIs(kLemmaAdvise) && c.rest.empty() && cf + 1 < n_ && toks_[cf + 1].IsWord() &&
      !LowerIs(cf + 1, "that") && !LowerIs(cf + 1, "against")) {
    bool advice = false;
    const uint32_t se = SentenceLast(cf);
    // (Up to a verb of the clause's own: "is advising Lee on it and is thought to run".)
    for (uint32_t t = cf + 2; t < se && t < cf + 10 && !advice && !FiniteVerb(t); ++t) {
      advice = toks_[t].IsQuote() || toks_[t].IsPunct(':') || LowerIs(t, "that") ||
               LowerIs(t, "against") || (LowerIs(t, "to") && t + 1 < se && Infinitive(t + 1));
    }
    if (!advice) return false;
  }
  // "the anger and fear of the riders", "no hope of a deal": a cue that is also a noun, in its
  // base form right before "of", is the noun (the verbs of saying that take "of" in that
  // form, "warn of", "talk of", "boast of", stay verbs).
  if (c.rest.empty() && toks_[cf].is(kNounCue) && cf + 1 < n_ && LowerIs(cf + 1, "of") &&
      Lower(cf) == lemma &&
      !c.LemmaIs(kLemmaWarn | kLemmaTalk | kLemmaSpeak | kLemmaBoast | kLemmaComplain |
                 kLemmaThink)) {
    return false;
  }
  // "offering $40 million over five years", "offered 200 dollars for the boat": an offer of
  // money is no statement. (Not "offered an apology", "offered to resign".)
  if (lemma == "offer" && c.rest.empty() && cf + 1 < n_ &&
      (toks_[cf + 1].has(kHasDigit) || doc_.text[toks_[cf + 1].begin] == '$' ||
       doc_.TokenText(cf + 1).starts_with("\xE2\x82\xAC") ||    // euro sign
       doc_.TokenText(cf + 1).starts_with("\xC2\xA3"))) {        // pound sign
    return false;
  }
  // "posted an overwhelming victory", "posts a narrow win": to win, not to post a message.
  // (Not "posted a video", "posted on Facebook that ...".)
  if (lemma == "post" && c.rest.empty() && cf + 1 < n_ && toks_[cf + 1].IsWord() &&
      PostedWin(cf + 1)) {
    return false;
  }
  // "in a video posted on social media": the participle after a document's noun says
  // where it was put, no statement of its own.
  if (LowerIs(cf, "posted") && cf > 0 && toks_[cf - 1].IsWord() &&
      toks_[cf - 1].is(kDocument) && toks_[cf - 1].has(kLowerInitial) && lemma == "post") {
    return false;
  }
  // "dismissed its chief executive": a firing (DismissedFromPost).
  if (lemma == "dismiss" && c.rest.empty() && cf + 1 < n_ && DismissedFromPost(cf + 1)) {
    return false;
  }
  // The rules of particular verbs, behind one test: most cues ("said", "says") have none.
  constexpr uint64_t kLemmasWithRules =
      kLemmaReported | kLemmaAdd | kLemmaLearn | kLemmaFind | kLemmaCharge | kLemmaCall |
      kLemmaAppealsTo | kLemmaAsk | kLemmaRequested | kLemmaDemand | kLemmaSeek | kLemmaGrant |
      kLemmaDeclineTo | kLemmaRefuseTo | kLemmaWant | kLemmaWish;
  if (c.LemmaIs(kLemmasWithRules)) {
    // "The Gazette reports the pier will close", "she reports": the bare present "reports"
    // is the verb after a name, a pronoun or punctuation ("..., reports the Gazette"); after a
    // lower-case word or a group's word it is mostly the plural noun ("news reports say",
    // "ferry reports the pilots file", "Police reports from the pier were lost").
    if (c.LemmaIs(kLemmaReported) && c.rest.empty() && toks_[cf - 1].IsWord() &&
        ((toks_[cf - 1].has(kLowerInitial) && !toks_[cf - 1].is(kPronoun)) ||
         toks_[cf - 1].is(kGroup)) &&
        LowerIs(cf, "reports")) {
      return false;
    }
    // "Ray reported from Elm City, Ore.": a reporter's dateline at an article's end, not a
    // report of anything.
    if (c.LemmaIs(kLemmaReported) && cf + 2 < n_ && LowerIs(cf + 1, "from") &&
        toks_[cf + 2].has(kCapitalized)) {
      // (Not "reported from Kabul that ...": a report with its clause.)
      const uint32_t se = SentenceLast(cf);
      bool clause = false;
      for (uint32_t t = cf + 3; t < se && !clause; ++t) {
        clause = toks_[t].IsWord() && toks_[t].has(kLowerInitial) && !LowerIs(t, "from") &&
                 !LowerIs(t, "and");
      }
      if (!clause) return false;
    }
    // "added to the uncertainty", "adding to her lead": "add to" a noun phrase is to increase
    // it, not to say more (also after a comma: ", adding to her lead").
    // (Not after the quotation it attributes: `"...," Ray added to the cheers of the crowd`.)
    if (c.LemmaIs(kLemmaAdd) && c.rest.empty() && cf + 2 < n_ && LowerIs(cf + 1, "to") &&
        toks_[cf + 2].IsWord() && toks_[cf + 2].is(kDeterminer)) {
      const std::vector<uint32_t>& marks = doc_.quote_marks;
      const auto mark = std::lower_bound(marks.begin(), marks.end(), sf);
      const bool quote_before = mark != marks.end() && *mark < cf;
      // ("adding to the council that she would resign": a listener, then the clause; not
      // "adds to the tension that marks ...", a relative clause.)
      bool clause_after = false;
      for (uint32_t t = cf + 3; t < n_ && t < cf + 9 && toks_[t].IsWord() && !clause_after; ++t) {
        const Token& listener = toks_[t - 1];
        clause_after = LowerIs(t, "that") &&
                       (listener.is(kGroup) || listener.is(kRole) || listener.is(kOrgNoun) ||
                        listener.has(kCapitalized) || LowerIs(t - 1, "reporters") ||
                        LowerIs(t - 1, "him") || LowerIs(t - 1, "her") || LowerIs(t - 1, "them"));
      }
      if (!quote_before && !clause_after) return false;
    }
    // "added 22 points and 11 rebounds", "added a third goal", "added 4,000 jobs": a count, or
    // "a"/"another", and a noun phrase without a verb before the next comma is what was added,
    // not more words. (Not "added 40 workers had been laid off", a clause; nor a quotation.)
    if (c.LemmaIs(kLemmaAdd) && c.rest.empty() && cf + 2 < n_ && toks_[cf + 1].IsWord() &&
        (toks_[cf + 1].has(kHasDigit) || LowerIs(cf + 1, "a") || LowerIs(cf + 1, "an") ||
         LowerIs(cf + 1, "another") || LowerIs(cf + 1, "two") || LowerIs(cf + 1, "three") ||
         LowerIs(cf + 1, "four") || LowerIs(cf + 1, "five"))) {
      const uint32_t se = SentenceLast(cf);
      bool clause = false;
      for (uint32_t t = cf + 2; t < se && !clause && !toks_[t].IsPunct(','); ++t) {
        clause = toks_[t].IsQuote() ||
                 (toks_[t].IsWord() && toks_[t].has(kLowerInitial) &&
                  (FiniteAuxiliary(t) || LowerIs(t, "that") || toks_[t].is(kPreverb)));
      }
      if (!clause) return false;
    }
    // "the fees add up to $9 million", "it does not add up": to total, not to say.
    if (c.LemmaIs(kLemmaAdd) && c.rest.empty() && cf + 1 < n_ && LowerIs(cf + 1, "up")) {
      return false;
    }
    // "learned at the age of six", "learning to code", "learned from her aunt", "learned a
    // trade": a skill or a lesson; what was learned is a statement as a clause ("learned that
    // ...", "learned at the meeting that ...", "learned the pier had closed") or as news met
    // ("learned of the closure", "learned in May, from a letter, that ...").
    // (But "The bank is learnt to have sought ...", the passive of hearsay.)
    if (c.LemmaIs(kLemmaLearn) && cf + 1 < n_ && toks_[cf + 1].IsWord() &&
        ((LowerIs(cf + 1, "to") &&
          !(c.past_participle && cf > 0 && PassiveAuxiliary(cf - 1))) ||
         LowerIs(cf + 1, "at") || LowerIs(cf + 1, "on") ||
         LowerIs(cf + 1, "from") || LowerIs(cf + 1, "a") || LowerIs(cf + 1, "an") ||
         LowerIs(cf + 1, "with") || LowerIs(cf + 1, "during"))) {
      const uint32_t se = SentenceLast(cf);
      bool that = false;
      for (uint32_t t = cf + 2; t < se && t < cf + 10 && !that; ++t) that = LowerIs(t, "that");
      if (!that) return false;
    }
    // "can't find jobs", "hopes to find a path", "and find buyers": the bare verb after
    // an auxiliary, "to" or "and" is a search, not what a study finds (which takes "that").
    if (c.LemmaIs(kLemmaFind) && LowerIs(cf, "find") && cf > 0 && cf + 1 < n_ &&
        !LowerIs(cf + 1, "that") && toks_[cf - 1].IsWord() && toks_[cf - 1].has(kLowerInitial) &&
        (toks_[cf - 1].is(kPreverb) || LowerIs(cf - 1, "to") || LowerIs(cf - 1, "and"))) {
      return false;
    }
    // "now finds itself in a hole": to find oneself somewhere is no finding.
    if (c.LemmaIs(kLemmaFind) && cf + 1 < n_ && toks_[cf + 1].IsWord() &&
        (LowerIs(cf + 1, "itself") || LowerIs(cf + 1, "himself") || LowerIs(cf + 1, "herself") ||
         LowerIs(cf + 1, "themselves") || LowerIs(cf + 1, "myself") ||
         LowerIs(cf + 1, "ourselves") || LowerIs(cf + 1, "yourself"))) {
      return false;
    }
    // "charged the port $2 million", "charged her campaign for rent", "was charged with
    // fraud", "charged into the crowd", "charges against him", "an emotionally charged vote":
    // a bill, the passive of an indictment whose accuser is not named, a rush, a noun, an
    // adjective after its adverb (not after a name in -ly, "Kelly charged"); not "charged
    // that", "charged in a statement that", "charged Lee with".
    if (c.LemmaIs(kLemmaCharge) && cf + 1 < n_) {
      // (Also a headline's "Man charged after stabbing", "... charged over crash".)
      if (LowerIs(cf + 1, "with") || LowerIs(cf + 1, "into") || LowerIs(cf + 1, "ahead") ||
          LowerIs(cf + 1, "up") || LowerIs(cf + 1, "through") || LowerIs(cf + 1, "toward") ||
          LowerIs(cf + 1, "against") || LowerIs(cf + 1, "after") || LowerIs(cf + 1, "over") ||
          (cf > 0 && toks_[cf - 1].has(kLowerInitial) && EndsWith(cf - 1, "ly"))) {
        return false;
      }
      // ("Man charged in warehouse fire", "charged in connection with": the crime, where no
      // "that" follows as in "charged in a statement that", and no quotation goes before as
      // in `"...," Ray charged in her opening question`.)
      if (LowerIs(cf + 1, "in")) {
        const std::vector<uint32_t>& marks = doc_.quote_marks;
        const auto mark = std::lower_bound(marks.begin(), marks.end(), SentenceFirst(cf));
        bool that = mark != marks.end() && *mark < cf;
        for (uint32_t t = cf + 2; t < n_ && t < cf + 10 && !toks_[t].IsPunct('.') && !that;
             ++t) {
          that = LowerIs(t, "that") || toks_[t].IsPunct(':') || toks_[t].IsQuote();
        }
        if (!that) return false;
      }
      for (uint32_t t = cf + 1; t < n_ && t < cf + 6 && !toks_[t].IsPunct('.'); ++t) {
        if (toks_[t].IsPunct('$') || (t > cf + 1 && LowerIs(t, "for")) ||
            (toks_[t].has(kHasDigit) && t + 1 < n_ &&
             (LowerIs(t + 1, "million") || LowerIs(t + 1, "billion") ||
              LowerIs(t + 1, "dollars") || LowerIs(t + 1, "cents")))) {
          return false;
        }
      }
    }
    // "A group, called Harbor Watch, said ...": the naming participle between commas, after
    // a noun (not "..., called Lee a liar": a description follows the name). The name may
    // open with "the" ("the meetings, called the Elm Forum, that ...").
    if (c.LemmaIs(kLemmaCall) && c.rest.empty() && EndsWith(cf, "ed") &&
        toks_[cf - 1].IsPunct(',') && cf >= sf + 2 && toks_[cf - 2].IsWord() &&
        toks_[cf - 2].has(kLowerInitial) && !toks_[cf - 2].is(kStop)) {
      const uint32_t name_start = cf + 1 + (cf + 1 < n_ && LowerIs(cf + 1, "the") ? 1 : 0);
      uint32_t name_end = name_start;
      while (name_end < n_ && name_end < name_start + 5 && toks_[name_end].IsWord() &&
             toks_[name_end].has(kCapitalized)) {
        ++name_end;
      }
      if (name_end > name_start && name_end < n_ && toks_[name_end].IsPunct(',')) return false;
    }
    if (PhoneCall(cf, cue)) return false;
    // "appealed to the board to cut fares" asks something of a listener; "appealed to the
    // Supreme Court", "appealed to voters" is a legal appeal or an attraction: only with the
    // infinitive after the listener.
    if (c.LemmaIs(kLemmaAppealsTo)) {
      bool infinitive = false;
      for (uint32_t t = cf + 3; t + 1 < n_ && t < cf + 10 && toks_[t].IsWord() && !infinitive;
           ++t) {
        infinitive = LowerIs(t, "to") && Infinitive(t + 1);
      }
      if (!infinitive) return false;
    }
    {
      // "who requested anonymity", "asked not to be named", "declined to be identified": a
      // source's wish to stay unnamed is the reporter's account of the interview, not a
      // statement. (Also after a comma: "an official said, asking not to be named".)
      // (Only verbs of asking, granting and refusing: "said anonymity protects sources" and
      // "hopes to be named director" are statements.)
      // (Lemmas as cues.tsv writes them: "requested", "decline to".)
      const bool asks =
          c.LemmaIs(kLemmaAsk | kLemmaRequested | kLemmaDemand | kLemmaSeek | kLemmaGrant);
      const bool refuses = c.LemmaIs(kLemmaDeclineTo | kLemmaRefuseTo) ||
                           (c.LemmaIs(kLemmaWant | kLemmaWish) && cf > sf &&
                            (LowerIs(cf - 1, "not") || EndsWith(cf - 1, "n't") ||
                             EndsWith(cf - 1, "n\xE2\x80\x99t")));
      // (The words after the cue are read only for those verbs: most cues are none.)
      uint32_t after = cf + 1 + static_cast<uint32_t>(c.rest.size());
      if (asks || refuses) {
        if (after + 1 < n_ && LowerIs(after, "for") && LowerIs(after + 1, "anonymity")) {
          return false;  // "asked for anonymity"
        }
        if (after < n_ && LowerIs(after, "anonymity")) return false;
        const bool negated = after < n_ && LowerIs(after, "not");
        if (negated) ++after;
        if (after < n_ && LowerIs(after, "to")) ++after;  // (or the cue's own: "decline to")
        if (((asks && negated) || refuses) && after + 1 < n_ && LowerIs(after, "be") &&
            LowerIs(after - 1, "to") &&
            (LowerIs(after + 1, "named") || LowerIs(after + 1, "identified") ||
             LowerIs(after + 1, "quoted") || LowerIs(after + 1, "interviewed"))) {
          return false;
        }
      }
    }
  }
  const Token& prev = toks_[cf - 1];
  if (!prev.IsWord()) return true;
  // "Sam Okoro, the pastor Bell mocked, said ...": an appositive between commas made of a
  // noun and a relative clause without its pronoun ("the pastor [whom] Bell mocked"), the
  // main clause's verb after it: the cue's subject is a name or a pronoun, its object the
  // noun; no statement.
  if (c.rest.empty() && cf + 2 < n_ && toks_[cf + 1].IsPunct(',') && toks_[cf + 2].IsWord() &&
      toks_[cf + 2].has(kLowerInitial) &&
      (toks_[cf + 2].is(kCueStart | kPreverb) || FiniteAuxiliary(cf + 2))) {
    uint32_t subject = cf;
    while (subject > sf && subject + 3 > cf && toks_[subject - 1].IsWord() &&
           toks_[subject - 1].has(kCapitalized) && !toks_[subject - 1].is(kStop | kDeterminer)) {
      --subject;
    }
    if (subject == cf && SubjectPronoun(cf - 1)) subject = cf - 1;
    if (subject < cf && subject >= sf + 3 && toks_[subject - 1].IsWord() &&
        toks_[subject - 1].has(kLowerInitial) && !toks_[subject - 1].is(kStop | kPreverb) &&
        toks_[subject - 2].is(kDeterminer) && !toks_[subject - 2].is(kPronoun) &&
        toks_[subject - 3].IsPunct(',')) {
      return false;
    }
  }
  // (The word before is tested by word ids, and only its last letter is read as text.)
  const bool prev_ends_in_s = absl::ascii_tolower(doc_.TokenText(cf - 1).back()) == 's';
  // "are backing up their pledges with volunteers", "backing them up", "ordered up a
  // legal analysis": "back up" is to support with something, "order up" to commission.
  if (c.rest.empty() && cf + 1 < n_ &&
      (LowerIs(cf + 1, "up") ||
       (cf + 2 < n_ && LowerIs(cf + 2, "up") &&
        (LowerIs(cf + 1, "them") || LowerIs(cf + 1, "it") || LowerIs(cf + 1, "him") ||
         LowerIs(cf + 1, "her"))))) {
    const std::string_view verb = Lower(cf);
    if (verb == "backs" || verb == "backed" || verb == "backing" || verb == "ordered") {
      return false;
    }
  }
  // "gives her 412 pledged votes": a participle in -ed between a figure and a plural
  // noun is an adjective, not a verb whose subject is the figure.
  if (c.rest.empty() && toks_[cf - 1].has(kHasDigit) && EndsWith(cf, "ed") && cf + 1 < n_ &&
      toks_[cf + 1].IsWord() && toks_[cf + 1].has(kLowerInitial) && EndsWith(cf + 1, "s") &&
      !toks_[cf + 1].is(kStop | kPreverb | kPronoun | kDeterminer)) {
    return false;
  }
  // "The two towns that vote early", "Many claims that circulate": after a quantifier of
  // the plural, a cue in -s is a plural noun (their verb would be "state", "claim"). (Not
  // "discuss"; nor a number that labels a capitalized noun: "Article Four states that".)
  static constexpr WordSet kPluralQuantifiers = {
      "many", "several", "few", "both", "all",  "most",  "two", "three",
      "four", "five",    "six", "seven", "eight", "nine", "ten"};
  if (kPluralQuantifiers.Has(word_ids_[cf - 1]) && EndsWith(cf, "s") && !EndsWith(cf, "ss") &&
      !(cf - 1 > sf && toks_[cf - 2].IsWord() && toks_[cf - 2].has(kCapitalized))) {
    return false;
  }
  // ("Riders who backed her say", "those who knew her said": "her" after a verb of its
  // relative clause is that verb's object, and the verb of saying after it the subject's.)
  auto relative_before = [&](uint32_t verb) {
    for (uint32_t r = verb; r-- > sf && r + 3 > verb;) {
      if (LowerIs(r, "who") || LowerIs(r, "that")) return true;
    }
    return false;
  };
  const bool object_her =
      LowerIs(cf - 1, "her") && cf >= sf + 3 && toks_[cf - 2].IsWord() &&
      toks_[cf - 2].has(kLowerInitial) && relative_before(cf - 2) &&
      (LowerIs(cf, "say") || LowerIs(cf, "said") || LowerIs(cf, "told") ||
       LowerIs(cf, "think") || LowerIs(cf, "believe")) &&
      // ("limiting her say over hiring": the noun.)
      !(LowerIs(cf, "say") && cf + 1 < n_ &&
        (LowerIs(cf + 1, "over") || LowerIs(cf + 1, "in") || LowerIs(cf + 1, "on")));
  // "didn't need any convincing that ...", "some convincing was needed": after "any", "no"
  // or "much", or after "some" and before a verb, a gerund is a noun (not "with some
  // saying that ...": the participle of "some").
  if (EndsWith(cf, "ing") && c.rest.empty() &&
      (LowerIs(cf - 1, "any") || LowerIs(cf - 1, "no") || LowerIs(cf - 1, "much") ||
       (LowerIs(cf - 1, "some") && cf + 1 < n_ && FiniteAuxiliary(cf + 1)))) {
    return false;
  }
  // "had his full backing, but ...", "the new thinking is": after a determiner and a
  // modifier, a cue in -ing with no object (a punctuation mark, a preposition or a verb
  // after it) is a noun. (Not "a statement urging voters", "a memo apologizing to", a
  // noun's participle; nor after a noun for people, "the officials saying", a time, "his
  // time replying to", nor an adverb, "her quietly saying"; nor a verb of speech before
  // its words' comma or quotation mark, "a tweet saying, ...".)
  if (EndsWith(cf, "ing") && c.rest.empty() && cf >= sf + 2 && cf + 1 < n_ && prev.IsWord() &&
      prev.has(kLowerInitial) && toks_[cf - 2].is(kDeterminer) &&
      !prev.is(kStop | kPreverb | kDeterminer | kRole | kGroup | kOrgNoun | kNounCue |
               kDocument) &&
      !EndsWith(cf - 1, "s") && !EndsWith(cf - 1, "ly") && !LowerIs(cf - 1, "time") &&
      ((!toks_[cf + 1].IsWord() &&
        (c.cls != CueClass::kSpeech || c.name_object || toks_[cf + 1].IsPunct('.'))) ||
       toks_[cf + 1].is(kPreverb) || (toks_[cf + 1].is(kStop) && !LowerIs(cf + 1, "that")))) {
    return false;
  }
  // "Several said", "Each said", "Another said": a quantifier alone is the subject, unless
  // the cue is also a noun ("several claims", "another call").
  if (prev.is(kDeterminer) && !object_her && !LowerIs(cf - 1, "that") &&
      !LowerIs(cf - 1, "all") &&
      !LowerIs(cf - 1, "both") && !LowerIs(cf - 1, "some") && !LowerIs(cf - 1, "many") &&
      !LowerIs(cf - 1, "most") && !LowerIs(cf - 1, "others") &&
      !((LowerIs(cf - 1, "several") || LowerIs(cf - 1, "each") || LowerIs(cf - 1, "another") ||
         LowerIs(cf - 1, "one")) &&
        !toks_[cf].is(kNounCue))) {
    return false;  // "the report", "his statement", "a call for"
  }
  // "the most elaborate gates", "a more elaborate toll", "the most disputed part", "the
  // most telling sign": after an article, "most" or "more" is a modifier's degree, and a cue
  // that is also a noun or an adjective (a participle) is that word.
  if ((LowerIs(cf - 1, "most") || LowerIs(cf - 1, "more") || LowerIs(cf - 1, "least")) &&
      (toks_[cf].is(kNounCue) || EndsWith(cf, "ed") || EndsWith(cf, "ing")) && cf >= sf + 2 &&
      (LowerIs(cf - 2, "the") || LowerIs(cf - 2, "a"))) {
    return false;
  }
  // "has the final say, and though ...", "wants a larger say in": after an article and
  // "final", "last" or a comparative of size, "say" is the noun of a right to decide.
  if (c.rest.empty() && cf >= sf + 2 && LowerIs(cf, "say") &&
      (LowerIs(cf - 2, "the") || LowerIs(cf - 2, "a") || LowerIs(cf - 2, "no")) &&
      (LowerIs(cf - 1, "final") || LowerIs(cf - 1, "last") || LowerIs(cf - 1, "greater") ||
       LowerIs(cf - 1, "larger") || LowerIs(cf - 1, "bigger") || LowerIs(cf - 1, "stronger"))) {
    return false;
  }
  // "The judge blocked the law, ruling that ...": the participle follows its comma (above);
  // after a word, "the court's ruling that ...", "a Harbor Court ruling that ...", it is
  // the noun.
  if (LowerIs(cf, "ruling")) return false;
  // "the mayor's claim"; not "he's said" (a pronoun), "who's called for".
  if (prev.has(kPossessive) && !prev.is(kPronoun) && !LowerIs(cf - 1, "who's") &&
      !LowerIs(cf - 1, "who\xE2\x80\x99s")) {
    return false;
  }
  // A cue that is also a noun, after a word: its rules as a noun.
  if (toks_[cf].is(kNounCue)) {
    // "handing out Sh200 notes", "printed $20 bills": a noun cue in -s right after an amount
    // is the counted noun, not a verb whose subject is the amount. (Not after a number that
    // labels a capitalized noun: "Article 33 states that".)
    if (toks_[cf - 1].IsWord() && toks_[cf - 1].has(kHasDigit) && EndsWith(cf, "s") &&
        !(cf >= sf + 2 && toks_[cf - 2].IsWord() && toks_[cf - 2].has(kCapitalized) &&
          !toks_[cf - 2].is(kStop) && !toks_[cf - 2].is(kDeterminer) &&
          !toks_[cf - 2].has(kPossessive) && IsNumber(doc_, cf - 1))) {
      return false;
    }
    // "beating Street estimates", "missing analysts' forecasts": a noun cue after a verb of
    // comparison, with a modifier or two between, is its object (earnings copy).
    for (uint32_t k = cf - 1; k >= sf && k + 3 >= cf && toks_[k].IsWord(); --k) {
      if (BeatsOrMisses(k)) return false;
      if (k == 0) break;
    }
    // "the Elm City attack on Sept. 11", "the Dec. 2 attack, which ...": a bare noun cue
    // after a capitalized modifier, then a preposition or a mark, has no object and is the
    // noun (a verb here would take one: "Lee and Ray attack the plan"; not before "that":
    // "Mr. Lee forecast that ...").
    // (The base form only, after a modifier that is no plural subject: "Pilots fear for
    // their jobs", "Lee thought for a moment" are verbs.)
    // (Nor after a day's name and its "on", the time of a participle's act: "..., figures
    // published on Thursday show.")
    if ((prev.has(kCapitalized) || prev.has(kHasDigit)) && !prev_ends_in_s && cf + 1 < n_ &&
        cf - 1 > sf && !prev.is(kPronoun) && c.rest.empty() &&
        !(prev.is(kTime) && LowerIs(cf - 2, "on")) &&
        (!toks_[cf + 1].IsWord() ||
         (toks_[cf + 1].has(kLowerInitial) && toks_[cf + 1].is(kStop) &&
          !toks_[cf + 1].is(kDeterminer) && !LowerIs(cf + 1, "to"))) &&
        !toks_[cf + 1].IsQuote() && Lower(cf) == lemma) {
      return false;
    }
    // "Council Scraps Plan to ...", "Profit Beats Forecasts": in a Title Case headline, a noun
    // cue after a capitalized word in -s that follows another is that verb's object, unless
    // the word is a plural for people or bodies ("Senate Democrats Plan to ...").
    if (prev.has(kCapitalized) && prev_ends_in_s && cf >= sf + 2 && toks_[cf - 2].IsWord() &&
        toks_[cf - 2].has(kCapitalized) && !toks_[cf - 2].is(kDeterminer) &&
        !toks_[cf - 2].has(kPossessive) && !prev.is(kGroup) && !prev.is(kOrgNoun) &&
        !prev.is(kRole) && !PeopleNoun(cf - 1) && TitleCase(doc_.sentence_of[cf])) {
      const std::string_view verb = doc_.TokenText(cf - 1);
      if (verb.size() > 3 && !verb.ends_with("ss") && !verb.ends_with("us") &&
          !verb.ends_with("is")) {
        return false;
      }
    }
    if (prev.has(kCapitalized) && !prev_ends_in_s) {
      // "the Elm City attack", "a Harbor Trust plan": a bare noun cue after names that follow
      // a determiner is a noun they modify (not "The Greens claim", "the Lees plan to").
      const std::string_view form = doc_.TokenText(cf);
      if (form.back() != 's' && form.back() != 'd' && form.back() != 'g') {
        uint32_t k = cf - 1;
        while (k > sf && k + 4 > cf && toks_[k - 1].IsWord() && toks_[k - 1].has(kCapitalized) &&
               !toks_[k - 1].is(kDeterminer)) {
          --k;
        }
        // (Not after a preposition or verb, "pilots from the Harbor District claim ...", where
        // the phrase is an object and the cue may be the verb, nor in a Title Case headline.)
        if (k > sf && toks_[k - 1].IsWord() && toks_[k - 1].is(kDeterminer) &&
            !toks_[k - 1].is(kPronoun) && !(k - 1 > sf && ObjectPosition(k - 2)) &&
            !TitleCase(doc_.sentence_of[cf])) {
          return false;
        }
      }
    }
    // "television shows and films", "a radio show, ...": a noun cue after a word for the
    // media is that noun, unless a clause follows ("state television reports that ...", "local
    // media say the mayor ...").
    if (prev.is(kOrgNoun) && (prev.has(kLowerInitial) || cf - 1 == SentenceFirst(cf)) &&
        (LowerIs(cf - 1, "media") || LowerIs(cf - 1, "television") || LowerIs(cf - 1, "tv") ||
         LowerIs(cf - 1, "radio")) &&
        !(cf + 1 < n_ && toks_[cf + 1].IsWord() &&
          (toks_[cf + 1].is(kDeterminer) || toks_[cf + 1].is(kPronoun) ||
           toks_[cf + 1].has(kCapitalized) || LowerIs(cf + 1, "that")))) {
      return false;
    }
    // "a clear signal", "the annual report": a cue that is also a noun, after a modifier.
    // Not "the riders shout", "the protesters chant": a plural noun after a plural determiner,
    // then the cue in its plural present, is a subject and its verb (not "a news release").
    // (A noun for people: "the sales forecast for Acme", "the customs warning" are nouns.)
    // (That subject is tested last, for a noun cue only: most cues are none.)
    if (prev.has(kLowerInitial) && !prev.is(kStop) && !prev.is(kPreverb) && !prev.is(kPronoun) &&
        !prev.is(kDocument) && !prev.is(kGroup) && !prev.is(kRole) && !prev.is(kOrgNoun) &&
        !(cf >= sf + 2 && PeopleNoun(cf - 1) && !EndsWith(cf, "s") &&
          (LowerIs(cf - 2, "the") || LowerIs(cf - 2, "these") || LowerIs(cf - 2, "those") ||
           LowerIs(cf - 2, "some") || LowerIs(cf - 2, "many") || LowerIs(cf - 2, "most")))) {
      // "Elm Foods beats forecasts", "Elm Bank tops estimates": the noun in -s right after
      // a name's verb in -s is that verb's object (a name has one verb; "analysis", "status"
      // and "bus" are no verbs).
      const std::string_view verb = doc_.TokenText(cf - 1);
      if (EndsWith(cf, "s") && cf >= sf + 2 && verb.size() > 3 && verb.ends_with('s') &&
          !verb.ends_with("ss") && !verb.ends_with("us") && !verb.ends_with("is") &&
          toks_[cf - 2].IsWord() && toks_[cf - 2].has(kCapitalized) &&
          !toks_[cf - 2].is(kDeterminer) && !toks_[cf - 2].has(kPossessive)) {
        return false;
      }
      // "a clear signal", "a personally signed tweet": a determiner before the modifiers;
      // "a tale of mixed signals", "a list of written questions": a preposition before
      // a modifier that is no plural noun (the subject of "leaders of rival parties claim").
      for (uint32_t k = cf - 1; k-- > sf && k + 4 > cf;) {
        const Token& before = toks_[k];
        if (!before.IsWord()) break;
        if ((before.is(kDeterminer) || before.has(kPossessive)) && !before.is(kPronoun)) {
          return false;
        }
        if (k + 2 == cf && !prev_ends_in_s && before.has(kLowerInitial) &&
            (LowerIs(k, "of") || LowerIs(k, "for") || LowerIs(k, "with"))) {
          return false;
        }
        if (before.is(kStop) || before.is(kPreverb) || before.has(kCapitalized)) break;
      }
    }
  }
  // "went on to say", "took to Harbor Radio to say"; not "wants to say" (a cue of its own, if any).
  if (LowerIs(cf - 1, "to")) {
    uint32_t object = kNone;
    return AspectualStart(cf - 1) != kNone || FirstToDo(cf - 1) != kNone ||
           SpeakerOfInfinitive(cf, cue, &object) != InfinitiveSpeaker::kNone;
  }
  {
    // "pushed for months": "for" and a time is a duration, not a cause pushed for; "the data
    // were encouraging," is an adjective.
    const uint32_t after = cf + 1 + static_cast<uint32_t>(c.rest.size());
    if (after < toks_.size() && !toks_[after].IsWord()) {
      if (c.rest.empty() && c.LemmaIs(kLemmaEncourage)) return false;
    } else if (!c.rest.empty() && after < toks_.size() &&
               (toks_[after].is(kTime) || toks_[after].has(kHasDigit)) &&
               std::string_view(c.rest.back()) == "for") {
      return false;
    }
  }
  // "Lee worked to calm Ohio fears, saying ...": a verb of thought in -s right before a
  // comma and a participle of speech is a noun ("fears"), whose participle goes with the
  // clause (not after a plural subject: "as investors worried, citing ...", "riders fear,").
  if (c.cls == CueClass::kThought && c.rest.empty() && cf + 2 < n_ && toks_[cf + 1].IsPunct(',') &&
      toks_[cf + 2].is(kCueStart) && EndsWith(cf + 2, "ing") && EndsWith(cf, "s") &&
      !PluralNoun(cf - 1)) {
    return false;
  }
  // (A relative pronoun within the four words before the cue: "which friends described as
  // bleak", whose object came first.)
  auto object_came_first = [&] {
    for (uint32_t t = cf - 1; t > sf && t + 5 > cf; --t) {
      if (LowerIs(t - 1, "which") || LowerIs(t - 1, "whom") || LowerIs(t - 1, "that") ||
          LowerIs(t - 1, "who") || LowerIs(t - 1, "what")) {
        return true;
      }
    }
    return false;
  };
  // "a bill criticized as unfair", "the deal hailed as historic": a participle in -ed right
  // after its noun and before "as" is passive too (the active has its object between: "Lee
  // criticized the bill as unfair"). Not in a relative clause whose object came first
  // ("which friends described as bleak"), nor "acknowledged as much".
  if (c.rest.empty() && prev.IsWord() && prev.has(kLowerInitial) && !prev.is(kStop) &&
      !prev.is(kPreverb) && !prev.is(kPronoun) && !prev.is(kDeterminer) && cf + 2 < n_ &&
      LowerIs(cf + 1, "as") && EndsWith(cf, "ed") && !MannerAdverb(cf - 1) &&
      !LowerIs(cf + 2, "much") && !LowerIs(cf + 2, "well") && !object_came_first()) {
    return false;
  }
  // "a badge likened to the Elm crest": "likened" right after its noun and before "to"
  // is passive too (the active has its object between: "Lee likened the toll to theft").
  if (c.rest.empty() && LowerIs(cf, "likened") && prev.IsWord() && prev.has(kLowerInitial) &&
      !prev.is(kStop) && !prev.is(kPreverb) && !prev.is(kPronoun) && !prev.is(kDeterminer) &&
      !MannerAdverb(cf - 1) && cf + 1 < n_ && LowerIs(cf + 1, "to") && !object_came_first()) {
    return false;
  }
  // "the states expected to be pivotal", "a bill proposed to fund the pier": a participle
  // in -ed right after a noun for no person, body or document, before "to" and its verb,
  // is passive too ("the analysts expected to see gains" is active).
  if (c.rest.empty() && cf >= sf + 2 && prev.IsWord() && prev.has(kLowerInitial) &&
      !prev.is(kStop) && !prev.is(kPreverb) && !prev.is(kPronoun) && !prev.is(kDeterminer) &&
      !prev.is(kGroup) && !prev.is(kRole) && !prev.is(kOrgNoun) &&
      !prev.is(kOrgUnit) && !prev.is(kDocument) && !prev.has(kHasDigit) && cf + 2 < n_ &&
      EndsWith(cf, "ed") && LowerIs(cf + 1, "to") && toks_[cf + 2].has(kLowerInitial) &&
      Infinitive(cf + 2) && !PeopleNoun(cf - 1) && !MannerAdverb(cf - 1) &&
      !ObjectPronoun(cf - 1) && toks_[cf - 2].IsWord() && toks_[cf - 2].has(kLowerInitial) &&
      (toks_[cf - 2].is(kDeterminer) || toks_[cf - 2].is(kStop))) {
    return false;
  }
  // "lines operated by private firms", "the plan outlined by the board": a participle in -ed
  // right after its noun and before "by" and its agent is passive, the noun's modifier.
  // (Not "the spokesman said by phone": "by" and a means. Not "as reported by".)
  if (c.rest.empty() && prev.has(kLowerInitial) && !prev.is(kStop) && !prev.is(kPreverb) &&
      !prev.is(kPronoun) && cf + 2 < n_ && LowerIs(cf + 1, "by") && EndsWith(cf, "ed") &&
      !(cf >= sf + 2 && LowerIs(cf - 2, "as"))) {
    static constexpr Word kMeans[] = {
        "phone", "telephone", "email", "e-mail", "text", "letter", "video", "mail", "fax",
        "radio", "satellite", "videoconference", "way", "voice", "hand", "consensus"};
    // (A vote's margin too: "decided by a 7-2 vote", "by 52 votes to 48"; not "endorsed by
    // the 3,000 riders at the pier".)
    uint32_t count = cf + 2;
    if (count + 1 < n_ && toks_[count].is(kDeterminer)) ++count;
    bool means = toks_[count].has(kHasDigit) && count + 1 < n_ &&
                 (doc_.TokenText(count).find('-') != std::string_view::npos ||
                  LowerIs(count + 1, "vote") || LowerIs(count + 1, "votes"));
    for (const Word m : kMeans) means = means || LowerIs(cf + 2, m);
    if (!means) return false;
  }
  // ("The memo, dated May 3 and written by the counsel, says": so is a second participle
  // after "and" in an aside that opens with a participle after its comma.)
  if (c.rest.empty() && c.past_participle && cf >= sf + 4 && cf + 2 < n_ &&
      LowerIs(cf + 1, "by") && prev.has(kLowerInitial) &&
      (LowerIs(cf - 1, "and") || LowerIs(cf - 1, "or"))) {
    for (uint32_t t = cf - 2; t > sf && t + 9 > cf && toks_[t].IsWord(); --t) {
      if (toks_[t - 1].IsPunct(',') && toks_[t].has(kLowerInitial) &&
          (EndsWith(t, "ed") || EndsWith(t, "en"))) {
        return false;
      }
    }
  }
  // "traffic backs up during rush hour", "the line backed up to the street": "back up" with
  // no object is to jam, not to endorse.
  if (c.rest.empty() && cf + 1 < n_ && LowerIs(cf + 1, "up") && Lower(cf).starts_with("back") &&
      (cf + 2 >= n_ || !toks_[cf + 2].IsWord() || toks_[cf + 2].is(kAdjunct) ||
       toks_[cf + 2].is(kTime) || LowerIs(cf + 2, "again"))) {
    return false;
  }
  // A quote cue's rules as a noun ("press", "state").
  if (c.cls == CueClass::kQuoteOnly) {
    // "Port Authority press officer", "the press office": a quote cue before a noun for a
    // person or a document is that noun's modifier.
    if (cf + 1 < toks_.size() && toks_[cf + 1].IsWord() && toks_[cf + 1].has(kLowerInitial) &&
        (toks_[cf + 1].is(kRole) || toks_[cf + 1].is(kDocument) || toks_[cf + 1].is(kOrgNoun) ||
         toks_[cf + 1].is(kOrgUnit))) {
      return false;
    }
    // `"...," the ministers state in the paper`; "state" before a word that is no preposition is
    // the noun ("the Oregon state ferry office", "state Senate").
    if (c.rest.empty() && c.LemmaIs(kLemmaState) && cf + 1 < toks_.size() &&
        toks_[cf + 1].IsWord() &&
        !(toks_[cf + 1].has(kLowerInitial) &&
          (toks_[cf + 1].is(kStop) || toks_[cf + 1].is(kAdjunct)))) {
      return false;
    }
  }
  // "Tenant rights advocates have filed", "Questions and answers were shortened", "the
  // scientists and advocates on the panel": plural nouns, no verbs, before an auxiliary, a
  // preposition, a conjunction or punctuation.
  if ((LowerIs(cf, "advocates") || LowerIs(cf, "answers")) && c.rest.empty() && cf + 1 < n_ &&
      (!toks_[cf + 1].IsWord() || FiniteAuxiliary(cf + 1) || LowerIs(cf + 1, "who") ||
       LowerIs(cf + 1, "on") || LowerIs(cf + 1, "over") || LowerIs(cf + 1, "in") ||
       LowerIs(cf + 1, "and") || LowerIs(cf + 1, "or"))) {
    return false;
  }
  // (As above: the rules of particular verbs, behind one test of their shared bit.)
  if (c.LemmaIs(kLemmaParticleRules)) {
    // "whose house backs onto the marsh", "backed away from", "backed down": a way to move
    // or to give way, not support.
    // (The cue's lemma is its first form as cues.tsv spells them out: "backs".)
    if (lemma == "backs" && cf + 1 < n_ &&
        (LowerIs(cf + 1, "onto") || LowerIs(cf + 1, "into") || LowerIs(cf + 1, "away") ||
         LowerIs(cf + 1, "down") || LowerIs(cf + 1, "off") || LowerIs(cf + 1, "out"))) {
      return false;
    }
    // "will testify before a Senate panel next week": where, with no words said; "testified
    // before the panel that ..." goes on to them, "... about the plan" to their topic.
    if (lemma == "testify" && cf + 1 < n_ && LowerIs(cf + 1, "before")) {
      bool that = false;
      for (uint32_t t = cf + 2; t < n_ && t < cf + 16 && !that && !toks_[t].IsPunct('.'); ++t) {
        that = LowerIs(t, "that") || LowerIs(t, "about") || toks_[t].IsQuote();
      }
      if (!that) return false;
    }
    // "weathered the crisis thanks to high prices": because of, no thanking.
    if (lemma == "thank" && LowerIs(cf, "thanks") && cf + 1 < n_ && LowerIs(cf + 1, "to")) {
      return false;
    }
    // "showed off a phone", "showed up at the hearing": to display or to arrive.
    if (lemma == "show" && cf + 1 < n_ && (LowerIs(cf + 1, "off") || LowerIs(cf + 1, "up"))) {
      return false;
    }
  }
  if (c.LemmaIs(kLemmaTell | kLemmaAccuse | kLemmaCall | kLemmaCite | kLemmaWrite)) {
    if (c.LemmaIs(kLemmaTell)) {
      // "All told, ...": a sum, not a telling.
      if (LowerIs(cf - 1, "all") && cf + 1 < n_ && toks_[cf + 1].IsPunct(',')) return false;
      // "told the story of", "tells a tale of": a narrative, not a statement.
      const uint32_t noun = cf + 2;
      if (noun < n_ && toks_[cf + 1].is(kDeterminer) && toks_[noun].has(kLowerInitial) &&
          (LowerIs(noun, "story") || LowerIs(noun, "stories") || LowerIs(noun, "tale") ||
           LowerIs(noun, "tales"))) {
        return false;
      }
    }
    // "The pilot accused of skipping the checks will ...", "Ray, accused of lying, said": "accused"
    // right before "of" has no object, so it is a passive participle, not a charge made.
    // (Unless a relative pronoun stands for the object: "Hart, whom Lee accuses of lying".)
    if (c.LemmaIs(kLemmaAccuse) && c.rest.empty() && cf + 1 < n_ && LowerIs(cf + 1, "of")) {
      bool relative = false;
      for (uint32_t k = cf; k-- > sf && k + 5 > cf && !relative;) {
        relative = LowerIs(k, "who") || LowerIs(k, "whom") || LowerIs(k, "which") ||
                   LowerIs(k, "that");
      }
      if (!relative) return false;
    }
    // "a rider group called Harbor Watch met ...": "a" and a noun before "called" and a name
    // is a naming participle, no call (not "the mayor called Lee a liar", nor "an activist
    // called Lee a liar", "... called Lee's plan a disaster": a description after the name).
    // So is a title in quotation marks after it: `a 2020 report called "Harbor Plans"`.
    if (c.LemmaIs(kLemmaCall) && c.rest.empty() && EndsWith(cf, "ed") && prev.has(kLowerInitial) &&
        !prev.is(kStop) && !prev.is(kPreverb) && !prev.is(kPronoun)) {
      uint32_t name_end = cf + 1;
      if (name_end + 1 < n_ && toks_[name_end].IsQuote() && in_quote_[name_end + 1] >= 0 &&
          toks_[name_end + 1].has(kCapitalized)) {
        const Quote& title = quotes_[in_quote_[name_end + 1]];
        if (title.open == name_end && title.close < cf + 10) name_end = title.close + 1;
      }
      while (name_end < n_ && toks_[name_end].IsWord() && toks_[name_end].has(kCapitalized) &&
             !toks_[name_end].has(kPossessive) && name_end < cf + 6) {
        ++name_end;
      }
      if (name_end > cf + 1 && name_end < n_ && !toks_[name_end].has(kPossessive) &&
          !(toks_[name_end].IsWord() && toks_[name_end].is(kDeterminer))) {
        // (The noun's modifiers may include a number: "a 2020 budget report".)
        for (uint32_t k = cf - 1; k-- > sf && k + 5 > cf;) {
          if (LowerIs(k, "a") || LowerIs(k, "an")) return false;
          if (!toks_[k].IsWord() || toks_[k].is(kStop) ||
              !(toks_[k].has(kLowerInitial) || toks_[k].has(kHasDigit))) {
            break;
          }
        }
      }
    }
    // "cited officials as saying ...": the words are the officials', reported by the
    // participle after "as" (FindSubject); the citing is no statement of its own.
    if (c.LemmaIs(kLemmaCite) && c.rest.empty()) {
      // (Past an appositive's commas: "cited Ida Moss, a pilot, as saying"; not "as well as".)
      for (uint32_t k = cf + 2; k + 1 < n_ && k < cf + 14 &&
                                (toks_[k].IsWord() || toks_[k].IsPunct(','));
           ++k) {
        if (LowerIs(k, "as") && !LowerIs(k - 1, "well") && toks_[k + 1].is(kCueStart) &&
            EndsWith(k + 1, "ing")) {
          return false;
        }
      }
    }
    // "write off a loan": to cancel a debt, not to write.
    if (c.LemmaIs(kLemmaWrite) && c.rest.empty() && cf + 1 < n_ && LowerIs(cf + 1, "off")) {
      return false;
    }
    if (c.LemmaIs(kLemmaWrite) && c.rest.empty() && WorkWithoutItsWords(cf + 1)) return false;
    if (c.LemmaIs(kLemmaCall) && cf + 1 < toks_.size() && toks_[cf + 1].IsWord() &&
        (toks_[cf + 1].is(kStop) || toks_[cf + 1].is(kAdjunct)) && !toks_[cf + 1].is(kDeterminer)) {
      return false;  // "called with an offer", "called off": not "called X a Y"
    }
  }
  const bool coordinated_passive = c.past_participle && CoordinatedPassive(cf, cue, sf);
  if (c.past_participle &&
      (LowerIs(cf - 1, "is") || LowerIs(cf - 1, "was") || LowerIs(cf - 1, "are") ||
       LowerIs(cf - 1, "were") || LowerIs(cf - 1, "be") || LowerIs(cf - 1, "been") ||
       LowerIs(cf - 1, "being") || coordinated_passive)) {
    // passive: "was told", "is expected"; "was asked about" reports a question (ProcessCue),
    // "is said to be angry" hearsay without a source (ProcessCue), and "is convinced
    // that", "are concerned that" are stance adjectives.
    // "It is alleged that ...": an impersonal passive reports unnamed people's words; so
    // does "is known for" (ProcessCue), a reputation.
    // ("is opposed to the plan": a stance adjective too, with what it opposes after "to".)
    return c.LemmaIs(kLemmaAsk | kLemmaAskAbout) || lemma == "known for" ||
           (cf + 1 < n_ && LowerIs(cf, "opposed") && LowerIs(cf + 1, "to")) ||
           HearsayPassive(cf, c) ||
           ((c.cls == CueClass::kSpeech || c.cls == CueClass::kThought) &&
            ImpersonalPassive(cf, cf + 1 + static_cast<uint32_t>(c.rest.size()), sf)) ||
           (c.LemmaIs(kLemmaTell) &&
            (PassiveToldThat(cf + 1) != kNone || HearingBodyBefore(cf) ||
             PassiveToldClause(cf + 1))) ||
           (c.cls == CueClass::kThought && !c.rest.empty() && c.rest[0] == "that");
  }
  return true;
}

// (Also after another participle of the passive, when no object follows: "were jeered and
// criticized on the radio"; not "was elected and said the pier ...".)
// (A time after it is passed over: "criticized last week" may still go on with "that".)
// (The words after the cue are read only after such a participle and "and" or "or".)
// (Also with "but not" and an agent or adjunct after the first participle: "was detected in
// February by a crew but not reported until July".)
bool Pass::CoordinatedPassive(uint32_t cf, int cue, uint32_t sf) {
  const Cue& c = lex_.cue(cue);
  if (cf < sf + 3) return false;
  uint32_t joint = cf - 1;
  if (cf >= sf + 4 && LowerIs(joint, "not")) --joint;
  uint32_t earlier = joint - 1;
  // ("found": "was found in the jar but not declared on the label".)
  auto participle = [this](uint32_t t) { return EndsWith(t, "ed") || LowerIs(t, "found"); };
  if (joint < cf - 1 && LowerIs(joint, "but")) {
    while (earlier > sf + 1 && joint - earlier < 8 && toks_[earlier].IsWord() &&
           !(toks_[earlier].has(kLowerInitial) && participle(earlier))) {
      --earlier;
    }
  }
  if (!(LowerIs(joint, "and") || LowerIs(joint, "or") ||
        (joint < cf - 1 && LowerIs(joint, "but"))) ||
      joint < sf + 2 || earlier <= sf || !toks_[earlier].IsWord() ||
      !toks_[earlier].has(kLowerInitial) || !participle(earlier)) {
    return false;
  }
  uint32_t after_cue = cf + 1 + static_cast<uint32_t>(c.rest.size());
  while (after_cue < n_ && after_cue < cf + 5 && toks_[after_cue].IsWord() &&
         toks_[after_cue].has(kLowerInitial) &&
         (toks_[after_cue].is(kTime) || LowerIs(after_cue, "last"))) {
    ++after_cue;
  }
  return (after_cue >= n_ ||
          (!toks_[after_cue].IsWord() && !toks_[after_cue].IsPunct(':') &&
           !toks_[after_cue].IsQuote() &&
           !(toks_[after_cue].IsPunct(',') && after_cue + 1 < n_ &&
             toks_[after_cue + 1].IsQuote())) ||
          (toks_[after_cue].is(kStop) && toks_[after_cue].has(kLowerInitial) &&
           !LowerIs(after_cue, "that"))) &&
         PassiveVerb(earlier, sf);
}

bool Pass::MannerAdverb(uint32_t t) const {
  const Token& tok = toks_[t];
  if (!tok.IsWord() || tok.is(kGroup) || tok.is(kRole) || tok.is(kOrgNoun) ||
      tok.is(kDocument) || tok.is(kCueStart)) {
    return false;
  }
  if (tok.end - tok.begin < 6 || !EndsWith(t, "ly")) return false;
  // Nouns and adjectives in -ly: "the family said", "the assembly voted".
  static constexpr WordSet kNounsInLy = {"family", "assembly", "monopoly", "anomaly",
                                         "supply", "quarterly", "weekly", "monthly",
                                         "daily", "butterfly"};
  return !kNounsInLy.Has(word_ids_[t]);
}

bool Pass::NounBeforeTitle(uint32_t t, uint32_t close) {
  // The article or possessive, with up to two modifiers ("the cable TV show").
  const uint32_t det = DeterminerBefore(t, 2);
  if (det == kNone) return false;
  int cue = -1;
  if (MatchCue(t, t + 1, &cue) == 0 && MatchCue(t, t + 1, &cue, /*nouns=*/true) == 0) {
    return false;
  }
  if (!Is(Lower(t), lex_.cue(cue).lemma)) return false;  // "said", "replied", "chanted"
  uint32_t s = SentenceFirst(t);
  while (s < det && toks_[s].IsQuote()) ++s;
  // (An unterminated quotation, whose `close` is its paragraph's end, or one that runs past
  // the sentence, ends it.)
  return !(det == s && (close >= n_ || doc_.sentence_of[close] != doc_.sentence_of[t] ||
                        close + 1 >= SentenceLast(close)));
}

bool Pass::EndsClauseAttribution(uint32_t cf, uint32_t cl, int cue, const Sentence& s) {
  if (cl + 1 != s.last || !toks_[cl].IsPunct('.')) return false;
  // The speaker: a name, "he"/"she"/"they", or "the" and a role noun.
  uint32_t b = cf;
  while (b > s.first && cf - b < 4 && toks_[b - 1].IsWord() && toks_[b - 1].has(kCapitalized) &&
         !toks_[b - 1].is(kStop)) {
    --b;
  }
  // (Or a document's noun, and "it" for a document's words: "CLAUSE, the complaint states.",
  // "CLAUSE, it states.", "CLAUSE, the memo reads.")
  const std::string_view lemma = lex_.cue(cue).lemma;
  const bool document_verb = lemma == "state" || lemma == "read";
  if (b == cf && b > s.first + 1 && toks_[b - 1].IsWord() &&
      (toks_[b - 1].is(kRole) || (document_verb && toks_[b - 1].is(kDocument))) &&
      (LowerIs(b - 2, "the") || (toks_[b - 1].is(kDocument) && LowerIs(b - 2, "its")))) {
    b -= 2;
  } else if (b == cf && b > s.first && SubjectPronoun(b - 1) &&
             (!LowerIs(b - 1, "it") || document_verb) && !LowerIs(b - 1, "we") &&
             !LowerIs(b - 1, "i")) {
    --b;
  }
  // After the clause's comma, which no closing quotation mark precedes (`"...," Lee quipped.`
  // is the quote pass's).
  if (b == cf || b <= s.first + 3 || !toks_[b - 1].IsPunct(',') || in_quote_[b - 1] >= 0 ||
      toks_[b - 2].IsQuote()) {
    return false;
  }
  // A clause of its own: not "When the question was put to Ray, he laughed.", "Once the levy
  // failed, the mayor continued." or "After lunch, Lee continued." (scene-setters, also after
  // "But").
  uint32_t first = s.first;
  while (first < b && toks_[first].IsQuote()) ++first;
  if (first + 1 < b && (LowerIs(first, "but") || LowerIs(first, "and") || LowerIs(first, "so"))) {
    ++first;
  }
  // Nor an opening participle's phrase: "Asked by the host whether she would run, Ray
  // laughed." (the question is the host's, the main clause tells no words).
  const bool participle = toks_[first].IsWord() && toks_[first].end - toks_[first].begin > 4 &&
                          (EndsWith(first, "ed") || EndsWith(first, "ing")) &&
                          toks_[first + 1].IsWord() && toks_[first + 1].has(kLowerInitial);
  return !Subordinator(first) && !LowerIs(first, "as") && !participle &&
         !OpeningAdverbial(first, b - 1);
}

bool Pass::AsSubjectPutIt(uint32_t cf, uint32_t cl, int cue) const {
  if (!lex_.cue(cue).LemmaIs(kLemmaPutIt) || cl >= n_ ||
      !(toks_[cl].IsPunct(',') || toks_[cl].IsPunct('.'))) {
    return false;
  }
  // "as" opens the sentence or follows a comma, at most a name and its profile before the cue.
  const uint32_t sf = SentenceFirst(cf);
  for (uint32_t k = cf; k-- > sf && cf - k <= 16;) {
    if (toks_[k].IsQuote() || in_quote_[k] >= 0) return false;
    if (!LowerIs(k, "as")) continue;
    return k + 1 < cf && (k == sf || toks_[k - 1].IsPunct(','));
  }
  return false;
}

}  // namespace policy::extract_internal::attribution_internal
