// Where a reported clause starts after its cue (ContentStartAfterCue) and where it ends
// (ClauseEnd, TrimEnd), and the participle and opening-phrase tests they use.
#include "server/extract/internal/pass.h"

#include <emmintrin.h>
#include <xmmintrin.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace policy::extract_internal::attribution_internal {
namespace {

constexpr int kMaxLaterCues = 24;  // later cues ContentEnd reads

}  // namespace

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

uint32_t Pass::ConjunctionBeforeAdjunct(uint32_t first, uint32_t k) const {
  // The phrase: a preposition, then up to five words that open no clause (no pronoun, cue
  // or auxiliary: "and in May she said" has a subject of its own).
  for (uint32_t p = k - 1; p > first + 1 && p + 7 > k; --p) {
    const Token& tok = toks_[p];
    if (!tok.IsWord() || in_quote_[p] >= 0 || tok.is(kPronoun) || tok.is(kCueStart) ||
        (tok.is(kPreverb) && FiniteAuxiliary(p))) {
      return kNone;
    }
    if (p + 1 < k && tok.has(kLowerInitial) &&
        (LowerIs(p, "in") || LowerIs(p, "at") || LowerIs(p, "on") || LowerIs(p, "during")) &&
        (LowerIs(p - 1, "and") || LowerIs(p - 1, "but"))) {
      return ParallelPhraseBefore(p - 1, first) ? kNone : p - 1;
    }
  }
  return kNone;
}

bool Pass::ParallelPhraseBefore(uint32_t conjunction, uint32_t first) const {
  // "crews in the city and at the port said": without a comma, a phrase that a preposition
  // opens right before "and" is the first of two, both in the subject. ("but" contrasts
  // clauses: "was critical of the plan but on Friday wrote that ...".)
  if (toks_[conjunction - 1].IsPunct(',') || !LowerIs(conjunction, "and")) return false;
  for (uint32_t x = conjunction - 1; x > first && x + 4 > conjunction; --x) {
    if (!toks_[x].IsWord()) return false;
    if (toks_[x].has(kLowerInitial) &&
        (LowerIs(x, "in") || LowerIs(x, "at") || LowerIs(x, "on") || LowerIs(x, "of") ||
         LowerIs(x, "for") || LowerIs(x, "from"))) {
      return true;
    }
  }
  return false;
}

bool Pass::TailIsAdjunct(uint32_t from, uint32_t end) {
  if (from >= end) return true;
  // "said warmly into the receiver": how it was said, then where.
  if (from + 1 < end && toks_[from].has(kLowerInitial) && MannerAdverb(from)) ++from;
  if (TimeClause(from, end)) return true;  // "said as she left the room"
  // ("reported two weeks ago": a span of time before "ago". Not "later", which may answer
  // a question about when: "Asked when it would reopen, Ray said two weeks later.")
  if (end - from <= 5 && LowerIs(end - 1, "ago") && WhereOrWhenOnly(from, end)) {
    return true;
  }
  const Token& t = toks_[from];
  if (!(t.IsPunct(',') || (t.IsWord() && (t.is(kAdjunct) || t.is(kTime))))) return false;
  if (Existential(from)) return false;
  // "worries about older patients", "talked about the pier": "about" before a noun
  // phrase is what the words are about, not an adjunct ("about 3 p.m." is one).
  if (LowerIs(from, "about") && from + 1 < end && toks_[from + 1].IsWord() &&
      !toks_[from + 1].has(kHasDigit) && !toks_[from + 1].is(kTime)) {
    return false;
  }
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
    if (from + 1 >= end || WriterClauseAfterComma(from, end)) return true;
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
    if (WriterClauseAfterComma(k, end)) return true;
    // ("said on Monday -- a shift that ...": a dash after a short adjunct sets off the
    // writer's comment on the report. Not a clause's, "at least ten have signed - names
    // ...", nor a quotation after it.)
    if (k > from && tok.IsPunct('-') && k < from + 9 && k + 1 < end && toks_[k + 1].IsWord()) {
      bool verb = false;
      for (uint32_t x = from; x < k && !verb; ++x) verb = toks_[x].is(kPreverb);
      if (!verb) return true;
    }
    // ("said Friday, escalating a dispute over pay": a participle's phrase after the time's
    // comma is the attribution's adjunct, the cue words in it its own object's. After a
    // short time phrase only: "responded by helping ..., leading ..." says how.)
    if (k > from && k <= from + 3 && tok.IsPunct(',') && k + 1 < end && toks_[k + 1].IsWord() &&
        toks_[k + 1].has(kLowerInitial) && toks_[k + 1].end - toks_[k + 1].begin > 4 &&
        EndsWith(k + 1, "ing") && !toks_[k + 1].is(kStop)) {
      bool time_only = true;
      for (uint32_t x = from; x < k && time_only; ++x) {
        time_only = toks_[x].IsWord() && (toks_[x].is(kTime) || toks_[x].has(kHasDigit) ||
                                          LowerIs(x, "on") || LowerIs(x, "last") ||
                                          LowerIs(x, "this"));
      }
      if (time_only) return true;
    }
    if (!tok.IsWord()) continue;
    // ("A, Ray's aides said Monday, because she knows B": a reason or concession
    // after a comma is a clause of its own, whatever cue it holds.)
    if (k > from && toks_[k - 1].IsPunct(',') && tok.has(kLowerInitial) &&
        (LowerIs(k, "because") || LowerIs(k, "although") || LowerIs(k, "though"))) {
      return true;
    }
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
      // "at one of the boat shows": a cue word in -s that ends the tail after a noun or its
      // modifier is a plural noun.
      const Token& before = toks_[k - 1];
      if (k > from && (k + 1 == end || !toks_[k + 1].IsWord()) && EndsWith(k, "s") &&
          before.IsWord() && before.has(kLowerInitial) && !before.is(kStop) &&
          !before.is(kPronoun) && !before.is(kPreverb) && !before.is(kCueStart)) {
        continue;
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

bool Pass::AbsolutePhraseAt(uint32_t comma, uint32_t end) const {
  const uint32_t t = comma;
  return toks_[t].IsPunct(',') && t + 4 <= end && (t + 4 == end || toks_[t + 4].IsPunct('.')) &&
         OwnerPronoun(t + 1) &&
         toks_[t + 2].IsWord() && toks_[t + 2].has(kLowerInitial) && !toks_[t + 2].is(kStop) &&
         toks_[t + 3].IsWord() && EndsWith(t + 3, "ing");
}

bool Pass::AsideBeforeVerb(uint32_t comma, uint32_t end, std::span<const uint32_t> marks) const {
  for (const uint32_t t : marks) {
    if (t <= comma + 1) continue;
    return toks_[t].IsPunct(',') && t + 1 < end && toks_[t + 1].IsWord() &&
           toks_[t + 1].has(kLowerInitial) && toks_[t + 1].is(kPreverb) &&
           !toks_[t + 1].is(kDeterminer);
  }
  return false;
}

uint32_t Pass::WriterCommentStart(uint32_t end, std::span<const uint32_t> marks) {
  bool dash_before = false;
  for (const uint32_t t : marks) {
    if (t + 2 >= end) break;
    const Token& mark = toks_[t];
    const bool dash = mark.punct == '-';
    if (mark.punct == ':') continue;
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
    // "promised to fix it because, in her words, "...": the words after that aside are a
    // quotation of their own (and the conjunction before it goes with them).
    if (!dash && t + 4 < end && LowerIs(t + 1, "in") && LowerIs(t + 3, "words") &&
        OwnerPronoun(t + 2) &&
        (toks_[t + 4].IsPunct(',') || toks_[t + 4].IsPunct(':'))) {
      return toks_[t - 1].IsWord() && Subordinator(t - 1) ? t - 1 : t;
    }
    // "said the plan was sound, then left the room": the speaker's next act, told by the
    // writer.
    if (!dash && t + 2 < end && LowerIs(t + 1, "then") && toks_[t + 2].IsWord() &&
        toks_[t + 2].has(kLowerInitial) && !toks_[t + 2].is(kStop) &&
        (EndsWith(t + 2, "ed") || IrregularPast(t + 2))) {
      return t;
    }
    // "joked that A, but went on to say B": the speaker's next act, with no subject of its
    // own.
    if (!dash && t + 3 < end && (LowerIs(t + 1, "but") || LowerIs(t + 1, "and")) &&
        LowerIs(t + 2, "went") && LowerIs(t + 3, "on")) {
      return t;
    }
    // ", her voice breaking", ", his hands shaking": an absolute phrase closing the clause
    // describes the speaker as they spoke; it is the writer's.
    if (!dash && AbsolutePhraseAt(t, end)) return t;
    // "52 percent said A, compared with 41 percent ...", "said A, despite B": the writer
    // sets what was said against something else.
    if (!dash && det.IsWord() && det.has(kLowerInitial) &&
        ((LowerIs(t + 1, "compared") && (LowerIs(t + 2, "with") || LowerIs(t + 2, "to"))) ||
         (LowerIs(t + 1, "despite") && !AsideBeforeVerb(t, end, marks)))) {
      return t;
    }
    // "reported a 9% rise, beating estimates", "..., missing analysts' forecasts": the
    // writer's benchmark.
    // ("..., sending its shares up 9%", "..., sparking protests", "..., as it reported a
    // loss", "..., in one of the largest breaches", "..., putting them at odds with": the
    // market's answer, others' reaction, the subject's act as it spoke, a ranking, where it
    // leaves someone.)
    if (!dash && det.IsWord() && det.has(kLowerInitial) &&
        (BenchmarkAt(t + 1, end) || MarketEffectAt(t + 1, end) || ReactionAt(t + 1, end) ||
         SimultaneousActAt(t + 1, end) || WritersRankingAt(t + 1, end) ||
         PlacingAt(t + 1, end))) {
      return t;
    }
    // "a claim", "an admission", "a rare admission": a noun for a statement, at most one
    // modifier before it. (Also the writer's name for what the words did: "a subtle dig at
    // the board", "a swipe at", "a nod to", "a reference to".)
    static constexpr WordSet kJibes = {"dig",       "jab",      "swipe", "barb", "jibe",
                                       "reference", "allusion", "nod",   "rebuke"};
    auto statement_noun = [&](uint32_t k) {
      return toks_[k].is(kNounCue) || kJibes.Has(word_ids_[k]);
    };
    if (det.IsWord() && det.has(kLowerInitial) && (LowerIs(t + 1, "a") || LowerIs(t + 1, "an")) &&
        !(dash && dash_before)) {
      uint32_t noun = t + 2;
      if (!statement_noun(noun) && noun + 1 < end && toks_[noun].has(kLowerInitial) &&
          !toks_[noun].is(kStop)) {
        ++noun;
      }
      // The comment runs to the clause's end: "Tom Lee, a defense lawyer, would ..." is an
      // appositive inside the clause.
      if (noun < end && toks_[noun].IsWord() && toks_[noun].has(kLowerInitial) &&
          statement_noun(noun) && !CommaBetween(noun + 1, end, /*dashes=*/true)) {
        return t;
      }
    }
    dash_before = dash_before || dash;
  }
  return end;
}

bool Pass::WritersOutcomeAfterQuote(uint32_t t, uint32_t end) const {
  if (t + 3 >= end || !LowerIs(t, "but") || !toks_[t].has(kLowerInitial) || in_quote_[t] >= 0) {
    return false;
  }
  // The subject: a personal pronoun, or "the" and at most three lower-case words.
  uint32_t v = t + 2;
  if (LowerIs(t + 1, "the")) {
    while (v < end && v < t + 5 && toks_[v].IsWord() && toks_[v].has(kLowerInitial) &&
           !toks_[v].is(kStop) && !EndsWith(v, "ed") && !IrregularPast(v)) {
      ++v;
    }
    if (v == t + 2) return false;
  } else if (!(SubjectPronoun(t + 1) && !LowerIs(t + 1, "i") && !LowerIs(t + 1, "we"))) {
    return false;
  }
  // Its verb in the simple past, or "did not": the writer's narrative tense.
  if (v + 1 >= end || !toks_[v].IsWord() || !toks_[v].has(kLowerInitial)) return false;
  if (LowerIs(v, "did")) return LowerIs(v + 1, "not") || EndsWith(v + 1, "n't");
  return (EndsWith(v, "ed") || IrregularPast(v)) && !FiniteAuxiliary(v) &&
         !LowerIs(v, "was") && !LowerIs(v, "were");
}

bool Pass::QuoteClosesClauseBefore(uint32_t t) const {
  const Token& next = toks_[t];
  return next.IsWord() && next.has(kLowerInitial) && in_quote_[t] < 0 &&
         (LowerIs(t, "after") || LowerIs(t, "before") || LowerIs(t, "despite") ||
          LowerIs(t, "amid") || LowerIs(t, "following") || LowerIs(t, "during") ||
          LowerIs(t, "since"));
}

uint32_t Pass::ClauseEnd(uint32_t first, uint32_t end) {
  // Reported content runs at most kMaxContentTokens: the longest real statements are half
  // that, and a longer run-on "sentence" (a table, a list without periods) would make every
  // cue in it scan the rest of it.
  end = std::min(end, first + kMaxContentTokens);
  // "Elm Pay confirms data breach; regulator issues advisory": a semicolon in the headline
  // joins two headlines. (The paragraph first: most clauses are in the body. `first` may be
  // the text's end, after a cue that ends it.)
  // So does a comma before a verb in the present and its object, the subject's next act:
  // "Elm Power admits safety breach, faces $2m fine".
  if (first < end && doc_.sentences[doc_.sentence_of[first]].paragraph == 0 &&
      HeadlineSentence(doc_.sentence_of[first])) {
    for (uint32_t t = first + 1; t + 1 < end; ++t) {
      if (in_quote_[t] >= 0) continue;
      if (toks_[t].IsPunct(';') ||
          (toks_[t].IsPunct(',') && t + 2 < end && toks_[t + 1].IsWord() &&
           toks_[t + 1].has(kLowerInitial) && EndsWith(t + 1, "s") && !EndsWith(t + 1, "ss") &&
           !toks_[t + 1].is(kStop) && !toks_[t + 1].has(kPossessive) &&
           !(toks_[t + 2].IsWord() && (toks_[t + 2].is(kPreverb) || toks_[t + 2].is(kStop))))) {
        end = t;
        break;
      }
    }
  }
  // The commas, dashes and colons outside quotations, found in one scan: the three tests
  // below that end the clause at one of them read only these. (At most kMaxContentTokens.
  // Read by pointer into a plain array: with the Pass's span and a vector's append the
  // compiler reloaded the span's pointer and kept each index in memory, per token.)
  uint32_t mark_buffer[kMaxContentTokens];
  size_t mark_count = 0;
  const Token* const toks = toks_.data();
  // ("would be "the safest yet," after the line recalled ...": a quotation closed by its
  // own comma, then the writer's adverbial; the first such one.)
  uint32_t quote_comma_end = kNone;
  // (Only punctuation tokens have a `punct`.)
  auto note_mark = [&](const Token* tok) {
    if (tok->punct != ',' && tok->punct != '-' && tok->punct != ':') return;
    const uint32_t t = static_cast<uint32_t>(tok - toks);
    if (in_quote_[t] < 0) {
      mark_buffer[mark_count++] = t;
    } else if (tok->punct == ',' && quote_comma_end == kNone &&
               quotes_[in_quote_[t]].close == t + 1 && t + 2 < end) {
      quote_comma_end = t + 2;
    }
  };
  // (Four tokens a round with SSE2: their last four bytes gathered, and the tokens with a
  // `punct` (its last byte) found by one compare, in order; most tokens are words.)
  static_assert(sizeof(Token) == 16 && offsetof(Token, punct) == 15);
  const Token* tok = toks + first + 1;
  const Token* const stop = toks + end - 1;
  for (; tok + 4 <= stop; tok += 4) {
    const float* const f = reinterpret_cast<const float*>(tok);
    const __m128 ab =
        _mm_shuffle_ps(_mm_loadu_ps(f), _mm_loadu_ps(f + 4), _MM_SHUFFLE(3, 3, 3, 3));
    const __m128 cd =
        _mm_shuffle_ps(_mm_loadu_ps(f + 8), _mm_loadu_ps(f + 12), _MM_SHUFFLE(3, 3, 3, 3));
    const __m128i tails = _mm_castps_si128(_mm_shuffle_ps(ab, cd, _MM_SHUFFLE(2, 0, 2, 0)));
    const unsigned zero_bytes = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmpeq_epi8(tails, _mm_setzero_si128())));
    unsigned with_punct = ~zero_bytes & 0x8888u;  // each token's last byte, its `punct`
    for (; with_punct != 0; with_punct &= with_punct - 1) {
      note_mark(tok + (__builtin_ctz(with_punct) >> 2));
    }
  }
  for (; tok < stop; ++tok) {
    if (tok->punct != 0) note_mark(tok);
  }
  if (quote_comma_end != kNone && QuoteClosesClauseBefore(quote_comma_end)) {
    end = quote_comma_end;
  }
  const std::span<const uint32_t> marks(mark_buffer, mark_count);
  // `said the talks had been "frank," but the two sides failed to agree`: after a quotation
  // closed by a comma (inside or outside its mark), "but", a subject and a verb in the
  // simple past tell the outcome in the writer's words; the clause ends with the mark.
  if (quote_comma_end != kNone && quote_comma_end < end &&
      WritersOutcomeAfterQuote(quote_comma_end, end)) {
    end = quote_comma_end;
  }
  for (const uint32_t t : marks) {
    if (t + 3 >= end) break;
    if (toks_[t].IsPunct(',') && toks_[t - 1].IsQuote() && in_quote_[t - 2] >= 0 &&
        quotes_[in_quote_[t - 2]].close == t - 1 && WritersOutcomeAfterQuote(t + 1, end)) {
      end = t;
      break;
    }
  }
  // "said a man had been arrested but did not name him", "..., but declined to elaborate":
  // the writer's note that the speaker held something back.
  // (FindWordId compares eight word ids a step: most clauses have no "but", and a
  // token-by-token scan of every clause cost 0.6% of the extraction's instructions.)
  constexpr uint16_t kBut = Word("but").id();
  for (uint32_t t = FindWordId(doc_, kBut, first + 2, end); t + 2 < end;
       t = FindWordId(doc_, kBut, t + 1, end)) {
    if (in_quote_[t] < 0 && WithheldAt(t, end)) {
      end = toks_[t - 1].IsPunct(',') ? t - 1 : t;
      break;
    }
  }
  // (Its loop's first exit, tested before the call: about half the clauses have no mark
  // before their last two tokens.)
  if (!marks.empty() && marks[0] + 2 < end) end = WriterCommentStart(end, marks);
  // "bemoaning the pace of the job: "There is no rest ..."": a colon before a
  // quotation that opens with a capital ends the clause; the quotation is a statement of its
  // own.
  // (Not after "read" in the clause, "said the banner read: "Save Our Pier."": the words on
  // a sign or a page are part of what was said.)
  for (const uint32_t t : marks) {
    if (t + 2 >= end) break;
    if (toks_[t].IsPunct(':') && toks_[t + 1].IsQuote() &&
        in_quote_[t + 2] >= 0 && toks_[t + 2].has(kCapitalized) &&
        !LowerIs(t - 1, "read") && !LowerIs(t - 1, "reads")) {
      end = t;
      break;
    }
    // ("polls show why it matters: A new Elm poll found that ...": so does a colon before a
    // capitalized subject and its own verb of saying or of evidence, within eight words; not
    // of thought, "one reason: The pride Lee feels ...".)
    // (And a dash that no second dash closes: "... since she won - the actress also noted
    // that ..."; a pair of dashes is an aside, "the plan - critics say it costs too much -
    // is dead".)
    const bool colon = toks_[t].IsPunct(':') && toks_[t + 1].has(kCapitalized);
    const bool dash = toks_[t].IsPunct('-') && !toks_[t + 1].is(kStop) &&
                      std::count_if(marks.begin(), marks.end(), [&](uint32_t m) {
                        return toks_[m].IsPunct('-');
                      }) == 1;
    if ((colon || dash) && toks_[t + 1].IsWord() && !toks_[t + 1].is(kPronoun)) {
      bool own_cue = false;
      for (uint32_t v = t + 2; v < end && v < t + 10 && toks_[v].IsWord() && !own_cue; ++v) {
        int cue = -1;
        own_cue = toks_[v].is(kCueStart) && toks_[v].has(kLowerInitial) &&
                  MatchCue(v, end, &cue) > 0 &&
                  (lex_.cue(cue).cls == CueClass::kSpeech ||
                   lex_.cue(cue).cls == CueClass::kEvidence) &&
                  VerbUse(v, cue);
        if (own_cue) {
          const Subject subject = FindSubject(v, t + 1);
          own_cue = subject.found && subject.mention.first == t + 1;
        }
      }
      if (own_cue) {
        end = t;
        break;
      }
    }
  }
  {
    // "Lee said he backs the final bill, which has new audits.", "... praised Ann Ray, who
    // left the race in May.": a relative clause on the clause's last noun that runs to its
    // end is the writer's gloss, not the speaker's (a quotation in it is the speaker's:
    // `..., which "will help the port."`). Not one that closes before the clause goes on:
    // "the plan, which costs $5 billion, is too dear".
    // So is a noun that sums up the clause, with its relative clause: "... would raise
    // fares, a move that angered riders".
    // (Also with its relative pronoun left out before another source's verb: "..., a move
    // critics warned could hurt riders".)
    auto zero_relative = [&](uint32_t r) {
      if (r + 1 >= end || !toks_[r].IsWord() ||
          !(toks_[r].is(kGroup) || PluralNoun(r) || toks_[r].has(kCapitalized))) {
        return false;
      }
      for (uint32_t v = r + 1; v < end && v < r + 4; ++v) {
        if (toks_[v].is(kCueStart) && toks_[v].has(kLowerInitial)) return true;
      }
      return false;
    };
    auto summary = [&](uint32_t t) {
      return t + 3 < end && (LowerIs(t + 1, "a") || LowerIs(t + 1, "an")) &&
             (LowerIs(t + 3, "that") || LowerIs(t + 3, "which") || zero_relative(t + 3)) &&
             (LowerIs(t + 2, "move") || LowerIs(t + 2, "decision") || LowerIs(t + 2, "step") ||
              LowerIs(t + 2, "shift") || LowerIs(t + 2, "reversal") ||
              LowerIs(t + 2, "setback") || LowerIs(t + 2, "blow") ||
              LowerIs(t + 2, "departure"));
    };
    // So is an appositive on a name that closes the clause: "... referring to Tom Lee, the
    // father of the pilot". Not an item of a list ("Peru, the port and the pier"), nor a
    // clause of its own ("..., the mayor had no answer"), nor "the more".
    auto appositive_on_name = [&](uint32_t t) {
      if (t + 2 >= end || !toks_[t - 1].IsWord() || !toks_[t - 1].has(kCapitalized) ||
          !toks_[t + 1].has(kLowerInitial) ||
          !(LowerIs(t + 1, "the") || LowerIs(t + 1, "a") || LowerIs(t + 1, "an")) ||
          LowerIs(t + 2, "more") || LowerIs(t + 2, "less")) {
        return false;
      }
      bool preposition = false;  // since the appositive's article
      for (uint32_t x = t + 2; x < end; ++x) {
        if (LowerIs(x, "that") || LowerIs(x, "who") || LowerIs(x, "which")) break;
        // (Also "and" before a bare plural when no preposition came before it: "Congress, the
        // public and allies abroad"; not "Tom Lee, a banker and former aide".)
        const bool conjunction = LowerIs(x, "and") || LowerIs(x, "or");
        if ((conjunction && x + 1 < end &&
             (toks_[x + 1].is(kDeterminer) ||
              (!preposition && toks_[x + 1].IsWord() && toks_[x + 1].has(kLowerInitial) &&
               !toks_[x + 1].is(kStop) && !toks_[x + 1].is(kPreverb) && PluralNoun(x + 1)))) ||
            (toks_[x].is(kPreverb) && FiniteAuxiliary(x))) {
          return false;
        }
        preposition = preposition || (toks_[x].is(kStop) && !conjunction);
      }
      return true;
    };
    // ("..., the party's convention, where delegates will pick a nominee", "born after
    // 1990, when the port closed": "where" or "when" on a common noun or a year. Not on a
    // name or a day, "docked on Friday, when the office sent a note", which the clause's
    // verb may go on with.)
    auto where_or_when_on_noun = [&](uint32_t noun) {
      return toks_[noun].IsWord() && !toks_[noun].is(kStop) && !toks_[noun].has(kCapitalized);
    };
    uint32_t gloss = kNone;
    for (const uint32_t t : marks) {
      if (t + 1 >= end) break;
      if (t < first + 3 || !toks_[t].IsPunct(',')) continue;
      gloss = ((LowerIs(t + 1, "which") || LowerIs(t + 1, "who") ||
                ((LowerIs(t + 1, "where") || LowerIs(t + 1, "when")) &&
                 where_or_when_on_noun(t - 1))) &&
               toks_[t + 1].has(kLowerInitial)) ||
                      summary(t) || appositive_on_name(t)
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
  // The subject of a later cue ends the clause below only where a comma, semicolon, dash or
  // quotation mark, or "and", "but", "which", "while", "whereas", "though", "although" or
  // "even" ("even as"), stands right before it (or two tokens before, a share's "nearly
  // 42%"): a cue with none of them between the clause's start and itself ("said Lee told
  // her ...") needs no search for its subject. (Read once, forward, as the cues come.)
  bool separator = false;
  uint32_t scanned = first;
  static constexpr WordSet kSeparatorWords = {
      "and", "although", "but", "though", "which", "while", "whereas", "even"};
  auto separates = [this](uint32_t p) {
    const Token& tok = toks_[p];
    if (!tok.IsWord()) return tok.IsPunct(',') || tok.IsPunct(';') || tok.IsPunct('-') ||
                              tok.IsQuote();
    return kSeparatorWords.Has(word_ids_[p]);
  };
  for (auto it = starts.begin() + static_cast<std::ptrdiff_t>(FirstAbove(starts, first));
       it != starts.end() && *it < end; ++it) {
    const uint32_t t = *it;
    const Token& tok = toks_[t];
    if (!tok.has(kLowerInitial) || in_quote_[t] >= 0) continue;
    int cue = -1;
    const uint32_t cue_words = MatchCue(t, end, &cue);
    if (cue_words == 0 || ThanksTo(t)) continue;
    // "alleges that the leak was detected in May but not reported until July": a verb of
    // saying that is a passive's second half goes on with the clause. (Not a verb of thought:
    // "said she was tired and wanted to leave" is the speaker's next stance.)
    if (lex_.cue(cue).past_participle && lex_.cue(cue).cls == CueClass::kSpeech &&
        CoordinatedPassive(t, cue, SentenceFirst(t))) {
      continue;
    }
    // "a penalty of $9 million, an amount agreed with the company": a participle in -ed and
    // a preposition right after "a"/"an" and a noun for no person, after the comma, is a
    // reduced relative on that noun, the clause's own words (not "A, an aide added in a
    // statement": a person's verb; nor "a measure opposed by unions", the agent's stance).
    if (t >= first + 4 && EndsWith(t, "ed") && t + cue_words < end &&
        toks_[t + cue_words].IsWord() && toks_[t + cue_words].has(kLowerInitial) &&
        toks_[t + cue_words].is(kAdjunct) && !LowerIs(t + cue_words, "that") &&
        !LowerIs(t + cue_words, "by")) {
      uint32_t det = t - 1;
      while (det > t - 3 && !LowerIs(det, "a") && !LowerIs(det, "an")) --det;
      const uint32_t noun = t - 1;
      if (det < noun && (LowerIs(det, "a") || LowerIs(det, "an")) && toks_[det - 1].IsPunct(',') &&
          toks_[noun].IsWord() && toks_[noun].has(kLowerInitial) && !toks_[noun].is(kRole) &&
          !toks_[noun].is(kGroup) && !toks_[noun].is(kOrgNoun) && !PeopleNoun(noun)) {
        bool words = true;
        for (uint32_t x = det + 1; x < t && words; ++x) {
          words = toks_[x].IsWord() && toks_[x].has(kLowerInitial);
        }
        if (words) continue;
      }
    }
    if (++later_cues > kMaxLaterCues) break;
    // ("Riders who backed her say ...", "Those who knew them said ...", "Those who knew Tom
    // Lee said ...": an object pronoun that opens the content right before a verb of
    // saying, or a name right after the verb of a relative clause on "who", is the whole
    // object; the verb of saying is the relative clause's antecedent's.)
    if (t > first && t <= first + 3 && lex_.cue(cue).cls == CueClass::kSpeech &&
        !EndsWith(t, "ing")) {
      bool object = t == first + 1 && ObjectPronoun(first);
      if (!object && first >= 2 && LowerIs(first - 2, "who") &&
          toks_[first - 2].has(kLowerInitial) && toks_[first - 1].IsWord() &&
          toks_[first - 1].has(kLowerInitial)) {
        object = true;
        for (uint32_t x = first; x < t && object; ++x) {
          object = toks_[x].IsWord() && toks_[x].has(kCapitalized) && !toks_[x].is(kStop) &&
                   !toks_[x].is(kDeterminer) && !toks_[x].is(kPronoun) &&
                   !toks_[x].has(kPossessive);
        }
      }
      if (object && VerbUse(t, cue)) return t;
    }
    if (lex_.cue(cue).cls == CueClass::kSource) {
      // "X will propose Y, according to Z": the source's attribution is not part of Y.
      // (Not one that opens the clause: "said that, according to Z, Y".)
      if (toks_[t - 1].IsPunct(',') && t - 1 > first) return TrimEnd(first, t - 1);
      continue;
    }
    // "Lee said the toll will rise, as reported by the Herald": so does "as" and a passive
    // cue with its agent after a comma.
    if (lex_.cue(cue).past_participle && t + cue_words < end && LowerIs(t + cue_words, "by")) {
      const uint32_t as = AsBeforePassive(t, first);
      if (as != kNone && as > first + 1 && toks_[as - 1].IsPunct(',')) {
        return TrimEnd(first, as - 1);
      }
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
    // "said that although Lee smiled, he showed little joy": a verb of evidence after a
    // personal pronoun is no attribution (a person shows feelings, a poll shows findings).
    if (lex_.cue(cue).cls == CueClass::kEvidence && toks_[k - 1].is(kPronoun) &&
        toks_[k - 1].has(kLowerInitial) && !LowerIs(k - 1, "it")) {
      continue;
    }
    // A finite verb after "and"/"but" starts a second attribution; "and welcome" does not.
    // (So does a refusal to speak after "but", "but would not say", "but did not
    // elaborate": its auxiliary is finite. After "and" it more often goes on with the
    // clause: "said the bank was independent and would not comment on its rates".)
    const std::string_view form = doc_.TokenText(t);
    bool refusal = false;
    for (uint32_t x = k; x < t && k + 3 >= t; ++x) {
      refusal = refusal || LowerIs(x, "not") || LowerIs(x, "never");
    }
    refusal = refusal && lex_.cue(cue).cls == CueClass::kSpeech && k > first &&
              LowerIs(k - 1, "but") &&
              (LowerIs(k, "would") || LowerIs(k, "will") || LowerIs(k, "did") ||
               LowerIs(k, "does") || LowerIs(k, "could") || LowerIs(k, "can"));
    const bool finite = lex_.cue(cue).past_participle || form.ends_with("s") ||
                        form == "wrote" || form == "spoke" || form == "knew" || form == "saw" ||
                        refusal;
    // "CLAUSE, former mayor Ann Ray said": another speaker's attribution. "A, but she
    // said B" / "A and Li said B": a second attribution with its own subject.
    for (; !separator && scanned < t; ++scanned) separator = separates(scanned);
    if (separator) {
      Subject other = FindSubject(t, first);
      // "...; 46 percent said": a semicolon ends the clause as a comma does. (Not after a
      // time or place alone when the verb has words of its own: in "said that in May, Ray
      // warned the board", Ray's attribution is inside the clause.)
      // ("A, even some pilots asked B": a focus adverb between the comma and an active
      // verb's subject.)
      const bool even_after_comma =
          other.found && other.mention.first > first + 2 &&
          LowerIs(other.mention.first - 1, "even") &&
          toks_[other.mention.first - 2].IsPunct(',') && !PassiveAuxiliary(t - 1);
      // ("said that since fares rose, he would vote for Lee": a subordinate clause that
      // opens the reported clause ends at its comma, and the main clause goes on after it;
      // not "admitted that while A, he argued B", a bare verb of saying: the writer's next
      // attribution. Nor "when A, Ray said.": a name and its verb that end the sentence.)
      if (other.found && other.mention.first > first + 1 &&
          (other.boundary == Boundary::kComma || even_after_comma ||
           toks_[other.mention.first - 1].IsPunct(';')) &&
          !(WhereOrWhenOnly(first, TrimEnd(first, other.mention.first - 1)) &&
            !TailIsAdjunct(t + cue_words, TrimEnd(t + cue_words, end))) &&
          !ListAfterComma(other.mention) &&
          !(OpensWithSubordinateClause(first, other.mention.first - 1) &&
            !(k == t && lex_.cue(cue).cls == CueClass::kSpeech) &&
            !TailIsAdjunct(t + cue_words, TrimEnd(t + cue_words, end)))) {
        // ("A, and its secretary, Ann Ray, said B": the name's description before its
        // commas, and the conjunction before that, end A too.)
        const Mention& om = other.mention;
        // (The description may open with the conjunction.)
        if (om.appositive_last > om.appositive_first && om.appositive_last < om.first &&
            om.appositive_first > first + 1) {
          uint32_t conjunction = om.appositive_first;
          if (!LowerIs(conjunction, "and") && !LowerIs(conjunction, "but")) --conjunction;
          if ((LowerIs(conjunction, "and") || LowerIs(conjunction, "but")) &&
              toks_[conjunction - 1].IsPunct(',')) {
            return TrimEnd(first, conjunction - 1);
          }
        }
        // ("A, at least 300 said B": the words before the number too.)
        return TrimEnd(first, NumberLeadIn(other.mention.first) - (even_after_comma ? 2 : 1));
      }
      // (The mention's first word, or the words before its number: "A, and almost two in
      // five said B".)
      const uint32_t m = NumberLeadIn(other.mention.first);
      // "A, with 30 percent of riders saying B": an absolute phrase whose participle of
      // saying has a subject of its own is another attribution. (Not a stance's, "with 40
      // percent backing him", nor inside a poll's finding, "the poll shows A, with 56
      // percent saying B", which is the poll's.)
      if (other.found && m > first + 2 && other.mention.last == k && LowerIs(m - 1, "with") &&
          toks_[m - 2].IsPunct(',') && form.ends_with("ing") &&
          lex_.cue(cue).cls == CueClass::kSpeech && !lex_.cue(cue).name_object &&
          !AfterEvidenceCue(first)) {
        return TrimEnd(first, m - 2);
      }
      // "A, but Lee said B", "A, while some analysts warned B": a contrasting attribution.
      // (Or another subordinate clause with an attribution of its own: "A, since the mayor
      // said so", "A, because she fears B".)
      // ("while" and "whereas" contrast without their comma too: "A while pilots warned B";
      // so does "even as": "A even as pilots warned B".)
      const bool even_as = m > first + 3 && LowerIs(m - 1, "as") && LowerIs(m - 2, "even");
      const bool contrast = m > first + 2 &&
                            ((toks_[m - 2].IsPunct(',') &&
                              (LowerIs(m - 1, "though") || LowerIs(m - 1, "although") ||
                               Subordinator(m - 1))) ||
                             LowerIs(m - 1, "while") || LowerIs(m - 1, "whereas") || even_as);
      // "A, but officials say B": the present tense after a plural subject is finite too.
      // (Not after a bare "and", which more often joins two subjects: "what he and many
      // members see as ...".)
      // ("A, and pilots familiar with the harbor say B": the plural may open the phrase.)
      auto plural_present = [&] {
        if (other.mention.last != k || k <= first || m <= first + 2 ||
            (LowerIs(m - 1, "and") && !toks_[m - 2].IsPunct(','))) {
          return false;
        }
        uint32_t head = m;
        if (head + 1 < k && toks_[head].is(kDeterminer) && !toks_[head].is(kPronoun)) ++head;
        return toks_[k - 1].is(kGroup) || LowerIs(k - 1, "they") || LowerIs(k - 1, "we") ||
               PluralNoun(k - 1) ||
               (head + 1 < k && toks_[head].has(kLowerInitial) &&
                (toks_[head].is(kGroup) || PluralNoun(head)) &&
                (LowerIs(head + 1, "familiar") || LowerIs(head + 1, "close")));
      };
      // "A praised the fares, which B said were too high": a relative clause with its own
      // attribution is B's statement, not part of A's object.
      // (Not one that a comma closes before the clause's own verb goes on: "said the toll,
      // which pilots say was unfair, was too high" keeps the whole clause.)
      if (other.found && m > first + 2 && toks_[m - 2].IsPunct(',') && LowerIs(m - 1, "which") &&
          !RelativeClauseClosesBeforeVerb(t + cue_words, end)) {
        return TrimEnd(first, m - 2);
      }
      // `A claimed that "B," one of the pilots said C`: the comma inside the closing mark
      // ends A's quotation before another speaker's attribution; the mark stays with it.
      if (other.found && finite && m > first + 2 && CommaClosesQuote(m - 1)) return m;
      // (After "while", a verb in -ed is finite too: "..., while Ben Hart cautioned that".)
      // ("Ray saying A and Lee calling it B": a participle with a named subject of its own
      // after "and" is a second absolute phrase, another attribution.)
      const bool named_participle = form.ends_with("ing") && other.mention.last == k &&
                                    toks_[m].has(kCapitalized) && toks_[k - 1].has(kCapitalized);
      // ("said the council and the unions had agreed a deal", "said 15 engines and 100
      // firefighters were called": a bare "and" after a noun phrase with no verb joins two
      // subjects of the reported clause.)
      auto joins_subjects = [&] {
        // (A clause: right after "that" or the verb of saying, not a topic's phrase after a
        // preposition, "spoke about the pier and her aides left early".)
        // (Or a later "that", of a second clause: "said many doubted her but that she and
        // her staff never did".)
        uint32_t s = first;
        for (uint32_t x = m - 3; m > first + 3 && x > first && x + 8 > m; --x) {
          if (!toks_[x].IsWord()) break;
          if (LowerIs(x, "that")) {
            s = x + 1;
            break;
          }
        }
        const bool clause = s > 0 && (LowerIs(s - 1, "that") ||
                                      (toks_[s - 1].is(kCueStart) && !toks_[s - 1].is(kStop)));
        if (!clause || !LowerIs(m - 1, "and") || toks_[m - 2].IsPunct(',') ||
            m - 1 > s + 6 || form.ends_with("ing") || !toks_[s].IsWord() ||
            !(toks_[s].is(kDeterminer) || SubjectPronoun(s) ||
              toks_[s].has(kHasDigit) || toks_[s].has(kCapitalized))) {
          return false;
        }
        for (uint32_t x = s; x + 1 < m; ++x) {
          if (!toks_[x].IsWord() || FiniteAuxiliary(x) || EndsWith(x, "ed") ||
              IrregularPast(x) || toks_[x].is(kCueStart)) {
            return false;
          }
        }
        // The word before "and" ends a noun phrase: a name, a pronoun, a noun for people or
        // a body, or a plural ("the trains run late and ..." ends in an adverb).
        const uint32_t last = m - 2;
        return toks_[last].has(kCapitalized) || SubjectPronoun(last) || PluralNoun(last) ||
               toks_[last].is(kGroup) || toks_[last].is(kRole) || toks_[last].is(kOrgNoun) ||
               toks_[last].is(kOrgUnit);
      };
      // ("A, but Lee did not say when", "A, and they could say B": a finite auxiliary
      // before the cue; not after "and" that joins a pronoun to another subject, "he and
      // other leaders are hoping to ...".)
      if (other.found && m > first + 1 && !ListAfterComma(other.mention) &&
          (LowerIs(m - 1, "but") || LowerIs(m - 1, "and") || contrast) && !joins_subjects() &&
          (toks_[m - 1].has(kLowerInitial)) &&
          (finite || plural_present() || (contrast && form.ends_with("ed")) ||
           named_participle ||
           (k < t && other.mention.last == k && FiniteAuxiliary(k) &&
            !(LowerIs(m - 1, "and") && SubjectPronoun(m - 2))))) {
        uint32_t cut = even_as ? m - 2 : m - 1;
        if (cut > first && toks_[cut - 1].IsPunct(',')) --cut;
        return TrimEnd(first, cut);
      }
    }
    const Token& before = toks_[k - 1];
    const bool participle = form.ends_with("ing");
    if (before.IsPunct(',') && participle) return TrimEnd(first, k - 1);
    // (", falsely suggesting that", ", repeatedly saying": a manner adverb in -ly between;
    // not a hedge of the clause's own, ", possibly highlighting ...".)
    if (participle && k >= first + 3 && before.IsWord() && before.has(kLowerInitial) &&
        EndsWith(k - 1, "ly") && before.end - before.begin > 4 && toks_[k - 2].IsPunct(',') &&
        !LowerIs(k - 1, "possibly") && !LowerIs(k - 1, "probably") &&
        !LowerIs(k - 1, "potentially") && !LowerIs(k - 1, "presumably") &&
        !LowerIs(k - 1, "likely")) {
      return TrimEnd(first, k - 2);
    }
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
    // ("said A on Twitter before claiming B", "after insisting": a time preposition too.
    // Not a participle that says nothing there: "before adding to his stake".)
    if (participle && lex_.cue(cue).cls == CueClass::kSpeech && k > first + 1 &&
        before.has(kLowerInitial) &&
        (LowerIs(k - 1, "while") || LowerIs(k - 1, "but") || LowerIs(k - 1, "and") ||
         LowerIs(k - 1, "before") || LowerIs(k - 1, "after")) &&
        !own_participle() && VerbUse(t, cue)) {
      uint32_t cut = k - 1;
      if (toks_[cut - 1].IsPunct(',')) --cut;
      return TrimEnd(first, cut);
    }
    // `said the plan "was a mess," adding that ...`: the comma inside the closing mark ends
    // the clause as well; the mark stays with the quote.
    if (participle && k >= first + 2 && CommaClosesQuote(k - 1)) return k;
    if (before.IsPunct(';')) return TrimEnd(first, k - 1);
    // "O'Donnell, who said that A, recalled that B": a finite cue after a comma is the
    // main clause's own attribution. (Not a participle and its agent between commas: "said
    // the vote, demanded by Ray, would be calm" is a reduced relative clause on the
    // clause's subject.)
    auto agent_aside = [&] {
      if (!lex_.cue(cue).past_participle || t + cue_words >= end ||
          !LowerIs(t + cue_words, "by")) {
        return false;
      }
      for (uint32_t x = t + cue_words + 1; x + 1 < end && x < t + cue_words + 8; ++x) {
        if (toks_[x].IsPunct(',')) return toks_[x + 1].IsWord();
      }
      return false;
    };
    // (Nor the comma closing a name in apposition to a noun of the reported clause: "said
    // her lawyer, Tom Lee, argued ...": the name and its verb go on with the clause.)
    auto appositive_name = [&] {
      uint32_t open = k - 2;
      while (open > first + 1 && open + 5 > k && toks_[open].IsWord() &&
             toks_[open].has(kCapitalized) && !toks_[open].is(kStop)) {
        --open;
      }
      return open + 2 < k && open > first + 1 && toks_[open].IsPunct(',') &&
             toks_[open - 1].IsWord() && toks_[open - 1].has(kLowerInitial) &&
             (toks_[open - 1].is(kRole | kGroup) || PeopleNoun(open - 1));
    };
    if (before.IsPunct(',') && finite && lex_.cue(cue).cls == CueClass::kSpeech &&
        !agent_aside() && !appositive_name()) {
      return TrimEnd(first, k - 1);
    }
    // "said she heard a bang and saw smoke", "said he had lied and showed little regret": a verb
    // of perception or evidence after "and"/"but" goes on with the reported clause's own
    // subject (what someone saw or showed is no statement of theirs). Not one of thought
    // ("said she was tired and wanted to leave"): that is the speaker's next stance.
    if (finite && (lex_.cue(cue).cls == CueClass::kEvidence || lex_.cue(cue).LemmaIs(kLemmaSee)) &&
        (LowerIs(k - 1, "and") || LowerIs(k - 1, "but")) && toks_[k - 2].IsWord()) {
      continue;
    }
    // ("said she saw smoke and called 911": a phone call after "and" is the clause's own
    // subject's next act, no words of the speaker.)
    if (finite && PhoneCall(t, cue)) continue;
    // ("said the council had discussed a cut but decided it was too early": a verb of
    // thought after "and"/"but" whose reported clause has a subject other than a pronoun
    // goes on with that subject, the council's decision. Not a refusal, "but declined to
    // say", the speaker's own.)
    if (finite && lex_.cue(cue).cls == CueClass::kThought && k == t &&
        !lex_.cue(cue).LemmaIs(kLemmaDeclineTo | kLemmaRefuseTo) &&
        (LowerIs(k - 1, "and") || LowerIs(k - 1, "but")) && toks_[k - 2].IsWord()) {
      // (A subject that can think: a name, or a noun for a person, group or body after its
      // determiner; "said the toll was unfair and believed ..." is the speaker's belief.)
      const uint32_t subject = LowerIs(first, "that") ? first + 1 : first;
      auto thinker = [&](uint32_t n) {
        return toks_[n].IsWord() && (toks_[n].is(kGroup) || toks_[n].is(kRole) ||
                                     toks_[n].is(kOrgNoun) || toks_[n].is(kOrgUnit) ||
                                     PeopleNoun(n));
      };
      if (subject + 2 < k && toks_[subject].IsWord() && !toks_[subject].is(kPronoun) &&
          ((toks_[subject].is(kDeterminer) && (thinker(subject + 1) || thinker(subject + 2))) ||
           (toks_[subject].has(kCapitalized) && !toks_[subject].is(kDeterminer)))) {
        continue;
      }
      // (So does one in the past whose subject is a personal pronoun, the speaker's "she"
      // more often than not: "said she was weary of delays and wanted a new pier" is one
      // statement. Not in the present, "and considers ...", nor before "that", which opens a
      // clause of the verb's own: "and suspected immediately that ...".)
      if (subject + 2 < k && SubjectPronoun(subject) && !LowerIs(subject, "it") &&
          !EndsWith(t, "s") && !(t + 1 < end && LowerIs(t + 1, "that")) &&
          !(t + 2 < end && LowerIs(t + 2, "that"))) {
        continue;
      }
    }
    // ("said the attackers had demanded $5 million and claimed to have copied files", "said
    // the union is not a party and backs both sides": so does a verb of saying after "and"
    // that shares the tense of the reported clause's own verb and not the speaker's: a bare
    // past with its infinitive after a past perfect, "had demanded ... and claimed to"; a
    // present after a present, when the speaker's verb is past. The subject is a noun for
    // people or a body after its determiner. Not "and warned that", "and asked residents":
    // after "said X were ...", the speaker's own next words.)
    if (finite && lex_.cue(cue).cls == CueClass::kSpeech && k == t && LowerIs(k - 1, "and") &&
        toks_[k - 2].IsWord() && first > 0) {
      const uint32_t subject = LowerIs(first, "that") ? first + 1 : first;
      const uint32_t said = first > 1 && LowerIs(first - 1, "that") ? first - 2 : first - 1;
      auto speaker_noun = [&](uint32_t n) {
        return toks_[n].IsWord() && (toks_[n].is(kGroup) || toks_[n].is(kRole) ||
                                     toks_[n].is(kOrgNoun) || toks_[n].is(kOrgUnit) ||
                                     PeopleNoun(n));
      };
      const bool past_speaker = EndsWith(said, "ed") || IrregularPast(said);
      bool perfect = false, present = false;
      for (uint32_t x = subject + 2; x + 1 < k; ++x) {
        if (!toks_[x].IsWord() || !toks_[x].has(kLowerInitial)) continue;
        perfect = perfect || (LowerIs(x, "had") && EndsWith(x + 1, "ed"));
        present = present || LowerIs(x, "is") || LowerIs(x, "are") || LowerIs(x, "has") ||
                  LowerIs(x, "does");
      }
      // (Or a bare past before its object after the clause's own bare past of an act on
      // an object, right after "said": "said the suspect entered the store and threatened
      // the owner"; not "said the plan failed and recalled the freeze", nor a request, the
      // speaker's: "said the flood destroyed the bridge and asked the state for aid".)
      auto act_past = [&] {
        if (subject != first || !(LowerIs(said, "said") || LowerIs(said, "says")) ||
            lex_.cue(cue).LemmaIs(kLemmaAsk | kLemmaUrge | kLemmaCall | kLemmaDemand |
                                  kLemmaTell | kLemmaRemind | kLemmaAdvise | kLemmaSeek |
                                  kLemmaWarn | kLemmaEncourage | kLemmaRequested) ||
            !EndsWith(t, "ed") || t + 2 >= end || !toks_[t + 1].is(kDeterminer) ||
            LowerIs(t + 1, "that")) {
          return false;
        }
        for (uint32_t x = subject + 2; x < subject + 4 && x + 2 < k; ++x) {
          if (!toks_[x].IsWord() || toks_[x].is(kStop) || toks_[x].is(kPreverb)) continue;
          return toks_[x].has(kLowerInitial) && !toks_[x].is(kCueStart) &&
                 (EndsWith(x, "ed") || IrregularPast(x)) && toks_[x + 1].is(kDeterminer);
        }
        return false;
      };
      const bool same_tense =
          (perfect && EndsWith(t, "ed") && t + 1 < end && LowerIs(t + 1, "to")) ||
          (present && past_speaker && EndsWith(t, "s") && !EndsWith(t, "ss"));
      if (subject + 2 < k && toks_[subject].IsWord() && toks_[subject].is(kDeterminer) &&
          ((same_tense && (speaker_noun(subject + 1) || speaker_noun(subject + 2))) ||
           (!toks_[subject].is(kPronoun) && act_past()))) {
        continue;
      }
    }
    // ("said the storm was moving east and was expected to strengthen": a passive verb of
    // expectation before its infinitive, after "and"/"but", goes on with the clause's own
    // subject, as "is expected to" alone names nobody.)
    if (finite && (LowerIs(k - 1, "and") || LowerIs(k - 1, "but")) && PassiveAuxiliary(t - 1) &&
        t + 1 < end && LowerIs(t + 1, "to")) {
      continue;
    }
    // (Also with a phrase of time or place between: "A, but at a hearing on Monday said B".)
    uint32_t conjunction = kNone;
    if (finite && (LowerIs(k - 1, "and") || LowerIs(k - 1, "but"))) {
      conjunction = k - 1;
    } else if (finite && ClauseTakingSpeechCue(cue, t + cue_words)) {
      conjunction = ConjunctionBeforeAdjunct(first, k);
    }
    if (conjunction != kNone) {
      uint32_t cut = conjunction;
      if (cut > first && toks_[cut - 1].IsPunct(',')) --cut;
      // "A, and Lee smiled and said B": the verb before "and" has a subject of its own after
      // ", and" (or ", but"): that second clause is no part of A.
      // So is "A, and smiled and said B": a verb in -ed right after ", and" is the speaker's
      // next act.
      uint32_t subject = kNone;
      if (const uint32_t joined = JoinedClause(first, cut, &subject);
          joined != kNone && (subject != kNone || EndsWith(joined + 1, "ed"))) {
        cut = joined - 1;
      }
      return TrimEnd(first, cut);
    }
  }
  return TrimEnd(first, end);
}

bool Pass::ListAfterComma(const Mention& m) const {
  if (m.first < 3 || !toks_[m.first].has(kLowerInitial) || m.last > m.first + 6) return false;
  // "the charter, minutes and wording of the levy": the mention ("wording of the levy") is
  // the list's last item, after "and", with a comma and a lower-case word before.
  if (LowerIs(m.first - 1, "and") || LowerIs(m.first - 1, "or")) {
    for (uint32_t t = m.first - 2; t + 4 > m.first && t > 0; --t) {
      if (toks_[t].IsPunct(',')) {
        return t + 2 < m.first && toks_[t - 1].IsWord() && toks_[t - 1].has(kLowerInitial) &&
               !toks_[t - 1].is(kCueStart) && toks_[t + 1].has(kLowerInitial);
      }
      if (!toks_[t].IsWord() || !toks_[t].has(kLowerInitial) || toks_[t].is(kPreverb) ||
          toks_[t].is(kCueStart)) {
        return false;
      }
    }
    return false;
  }
  // "the charter, minutes and wording": the mention after the comma holds the last items.
  if (!toks_[m.first - 1].IsPunct(',') || !toks_[m.first - 2].IsWord() ||
      !toks_[m.first - 2].has(kLowerInitial) || toks_[m.first - 2].is(kCueStart)) {
    return false;
  }
  for (uint32_t t = m.first + 1; t + 1 < m.last; ++t) {
    if (LowerIs(t, "and") || LowerIs(t, "or")) return true;
  }
  return false;
}

bool Pass::RelativeClauseClosesBeforeVerb(uint32_t from, uint32_t end) const {
  for (uint32_t t = from; t + 1 < end && t < from + 16; ++t) {
    if (toks_[t].IsQuote() || toks_[t].IsPunct(';') || toks_[t].IsPunct(':')) return false;
    if (!toks_[t].IsPunct(',')) continue;
    return toks_[t + 1].IsWord() && toks_[t + 1].has(kLowerInitial) && FiniteAuxiliary(t + 1);
  }
  return false;
}

bool Pass::OpensWithSubordinateClause(uint32_t first, uint32_t comma) const {
  if (!toks_[comma].IsPunct(',') || comma > first + 24) return false;
  if (LowerIs(first, "that")) ++first;
  // ("says despite her age, she plans to ...": a concession's preposition and its phrase
  // open the clause as a subordinate clause does.)
  if (first + 2 >= comma || !toks_[first].has(kLowerInitial) ||
      !(Subordinator(first) || LowerIs(first, "despite"))) {
    return false;
  }
  // The comma is the subordinate clause's own: nothing before it closes a clause.
  for (uint32_t t = first + 1; t < comma; ++t) {
    if (!toks_[t].IsWord() || in_quote_[t] >= 0) return false;
  }
  return true;
}

bool Pass::WhereOrWhenOnly(uint32_t first, uint32_t last) {
  if (first >= last || last - first > 12) return false;
  if (TimeClause(first, last)) return true;  // "Lee said as he left the room."
  // ("even on Friday", "just last week": a focus adverb before the phrase.)
  if (first + 1 < last && toks_[first].has(kLowerInitial) &&
      (LowerIs(first, "even") || LowerIs(first, "just")) && toks_[first + 1].IsWord() &&
      (toks_[first + 1].is(kAdjunct) || toks_[first + 1].is(kTime))) {
    ++first;
  }
  const Token& head = toks_[first];
  if (!head.IsWord() || !head.has(kLowerInitial)) return false;
  // "a few days later", "two weeks ago": a span of time before "later" or "ago".
  if (last - first <= 5 && (LowerIs(last - 1, "later") || LowerIs(last - 1, "ago"))) {
    bool span = true;
    for (uint32_t t = first; t + 1 < last && span; ++t) {
      span = toks_[t].IsWord() && (toks_[t].is(kTime) || toks_[t].is(kDeterminer) ||
                                   toks_[t].has(kHasDigit) || LowerIs(t, "few") ||
                                   LowerIs(t, "several") || LowerIs(t, "couple") ||
                                   LowerIs(t, "of") || IsNumber(doc_, t));
    }
    if (span) return true;
  }
  if ((head.word_flags & (kAdjunct | kTime)) == 0) return false;
  if (!(head.is(kTime) || LowerIs(first, "in") || LowerIs(first, "on") ||
        LowerIs(first, "at") || LowerIs(first, "during") || LowerIs(first, "from") ||
        LowerIs(first, "via") || LowerIs(first, "through") || LowerIs(first, "last") ||
        LowerIs(first, "earlier") || LowerIs(first, "later") || LowerIs(first, "before") ||
        LowerIs(first, "after"))) {
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
    // ("in private", "in public", "in person": how, where a time or place would stand.)
    const bool manner = t == first + 1 && LowerIs(first, "in") &&
                        (LowerIs(t, "private") || LowerIs(t, "public") || LowerIs(t, "person"));
    if ((tok.word_flags & kPhraseWords) == 0 && !OccasionWord(t) && !manner) return false;
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

void Pass::SubjectBeforePlace(Subject* subj, uint32_t start) {
  const uint32_t first = subj->mention.first;
  if (first > start + 2 && toks_[first].has(kCapitalized) && LowerIs(first - 1, "in") &&
      toks_[first - 2].IsWord() && toks_[first - 2].has(kLowerInitial) &&
      !toks_[first - 2].is(kStop) &&
      (toks_[first - 2].is(kRole) || toks_[first - 2].is(kDocument))) {
    const uint32_t phrase = ScanNounPhraseBack(first - 1, start);
    if (phrase < first - 1 && ValidSubject(phrase, first - 1)) {
      subj->mention = {phrase, first - 1, 0, 0};
    }
  }
}

void Pass::SubjectAfterRelativeClause(Subject* subj, uint32_t start, uint32_t cf) {
  uint32_t object = kNone;  // the first word of the relative clause's object
  if (subj->found) {
    const uint32_t first = subj->mention.first;
    // (The calls before may have moved the subject to the clause's start.)
    if (first <= start + 1) return;
    const Token& after = toks_[subj->mention.last];
    // (A subject follows the clause's start, a comma or a conjunction; an object follows a
    // word in lower case, its verb or preposition. Not a subject found as a relative
    // clause's antecedent itself: "Contrast that with Lee, who has called ...".)
    // ("Voters who like Ray say": "like" after "who" or an auxiliary is a verb.)
    const bool like_verb = LowerIs(first - 1, "like") && first >= 2 &&
                           (LowerIs(first - 2, "who") || LowerIs(first - 2, "that") ||
                            toks_[first - 2].is(kPreverb) || EndsWith(first - 2, "ly"));
    // ("Leaders who work for Lee or Ann Moss say": a name joined to other names that are an
    // object is one too.)
    uint32_t joined = first;
    if ((LowerIs(first - 1, "and") || LowerIs(first - 1, "or") || toks_[first - 1].IsPunct(',')) &&
        first >= start + 4 &&
        toks_[first - 2].IsWord() && toks_[first - 2].has(kCapitalized) &&
        !toks_[first - 2].is(kStop)) {
      // (Back over the list's other names: "for Lee, Ray or Ann Moss".)
      uint32_t x = first - 2;
      while (x > start + 1 && x + 12 > first &&
             ((toks_[x - 1].IsWord() && toks_[x - 1].has(kCapitalized) &&
               !toks_[x - 1].is(kStop)) ||
              (x > start + 2 && toks_[x - 2].IsWord() && toks_[x - 2].has(kCapitalized) &&
               !toks_[x - 2].is(kStop) &&
               (toks_[x - 1].IsPunct(',') || LowerIs(x - 1, "or") || LowerIs(x - 1, "and"))))) {
        --x;
      }
      if (toks_[x - 1].IsWord() && toks_[x - 1].has(kLowerInitial) && !LowerIs(x - 1, "and") &&
          !LowerIs(x - 1, "or") && !LowerIs(x - 1, "but") && !LowerIs(x - 1, "that") &&
          !LowerIs(x - 1, "who") && !Subordinator(x - 1)) {
        joined = x;
      }
    }
    const Token& opener = toks_[joined - 1];
    if (!after.IsWord() || after.is(kStop) || !opener.IsWord() || !opener.has(kLowerInitial) ||
        LowerIs(joined - 1, "and") || LowerIs(joined - 1, "or") || LowerIs(joined - 1, "but") ||
        LowerIs(joined - 1, "that") || LowerIs(joined - 1, "who") ||
        (Subordinator(joined - 1) && !like_verb)) {
      return;
    }
    object = joined;
  } else if (cf > start + 2 && ObjectPronoun(cf - 1) &&
             (EndsWith(cf, "ed") || EndsWith(cf, "s") || kIrregularPast.Has(word_ids_[cf]))) {
    // "Voters who have met him said": a pronoun no subject can be, before a finite verb
    // (not the bare one of "let them think", whose speaker the pronoun is).
    object = cf - 1;
  } else {
    return;
  }
  for (uint32_t r = object; r-- > start + 1 && r + 14 > object;) {
    const Token& tok = toks_[r];
    // A mark or another cue: not one clause. (A word that opens a cue only with others, as
    // "like" opens "would like to", is no cue here: "Voters who like Ray say".)
    // (Nor is a relative clause's own verb after "who": "Riders who backed Ray say"; nor one
    // after a pronoun and a subordinator inside it, "who left because she feared reprisals",
    // nor a passive one, "who asked not to be named".)
    int unused_cue = -1;
    if (!tok.IsWord() ||
        (tok.is(kCueStart) && !LowerIs(r - 1, "who") && !LowerIs(r - 1, "be") &&
         !(r > start + 2 && SubjectPronoun(r - 1) && Subordinator(r - 2)) &&
         MatchCue(r, cf, &unused_cue) > 0)) {
      return;
    }
    if (tok.has(kLowerInitial) &&
        (LowerIs(r, "who") || LowerIs(r, "that") || WhoWould(r))) {
      const uint32_t antecedent = ScanNounPhraseBack(r, start);
      // ("But some who favor open meetings argue": after the sentence's conjunction.)
      const bool after_conjunction =
          antecedent == start + 1 && toks_[start].IsWord() &&
          (LowerIs(start, "but") || LowerIs(start, "and") || LowerIs(start, "yet"));
      if ((antecedent == start || after_conjunction) && ValidSubject(antecedent, r)) {
        subj->found = true;
        subj->mention = {antecedent, r, 0, 0};
        subj->boundary = start == SentenceFirst(start) ? Boundary::kSentenceStart
                                                       : Boundary::kClause;
      }
      return;
    }
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
    // (A topic's object is its content: "Talking about security, Lee ...", "After reflecting
    // on his career, the senator said".)
    const bool clause =
        (first > cl && LowerIs(first - 1, "that")) ||
        (toks_[first].has(kLowerInitial) && SubjectPronoun(first)) ||
        (LowerIs(first, "to") && toks_[first + 1].has(kLowerInitial) && Infinitive(first + 1));
    const bool topic = !clause && TopicCue(cue) && first == cl;
    if (!clause && !topic) return false;
    cand->first = first;
    cand->last = topic ? TopicEnd(first, last) : last;
    cand->SetSpeaker({comma + 1, subject_end, 0, 0}, cf);
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
           (plural && !toks_[t].is(kNounCue) && LowerIsText(t, base));
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

uint32_t Pass::JoinedClause(uint32_t first, uint32_t x, uint32_t* subject) const {
  *subject = kNone;
  for (uint32_t p = x; p-- > first + 1 && p + 8 > x;) {
    if (!toks_[p].IsWord()) return kNone;
    if (!(LowerIs(p, "and") || LowerIs(p, "but")) || !toks_[p - 1].IsPunct(',')) continue;
    uint32_t subject_end = p + 1;  // a pronoun, or a run of capitalized words
    if (SubjectPronoun(p + 1)) {
      subject_end = p + 2;
    } else {
      while (subject_end < x && toks_[subject_end].IsWord() &&
             toks_[subject_end].has(kCapitalized)) {
        ++subject_end;
      }
    }
    if (subject_end > p + 1 && subject_end < x && toks_[subject_end].IsWord() &&
        toks_[subject_end].has(kLowerInitial)) {
      *subject = p + 1;
    }
    return p;
  }
  return kNone;
}

uint32_t Pass::QuestionAfterAdjunct(uint32_t k, uint32_t end, bool if_too) const {
  if (k >= end || !toks_[k].is(kAdjunct) || !toks_[k].has(kLowerInitial)) return k;
  // (Not past an infinitive: in "asked riders in line to wait if ..." the "if" is its.)
  for (uint32_t m = k + 1; m < end && m <= k + 5 && toks_[m].IsWord() && in_quote_[m] < 0 &&
                           !LowerIs(m, "to");
       ++m) {
    if (LowerIs(m, "whether") || (if_too && LowerIs(m, "if"))) return m;
  }
  return k;
}

uint32_t Pass::ContentStartAfterCue(uint32_t cl, uint32_t end, int cue) {
  // "told the newspaper that": the listener first.
  uint32_t k = TakesListener(cue) ? SkipListener(cl, end) : cl;
  // "parents opposed to the change", "is opposed to drilling": what they oppose follows
  // the adjective's "to".
  if (k == cl && cl > 0 && cl + 1 < end && LowerIs(cl, "to") && LowerIs(cl - 1, "opposed")) {
    return cl + 1;
  }
  // "reminded residents to check their alarms", "asked visitors to keep their distance":
  // whom, and what, as after "urged" (as PolNeAR marks requests).
  if (k > cl && k + 1 < end && lex_.cue(cue).LemmaIs(kLemmaRemind | kLemmaAsk)) {
    // ("asked residents across the region to cut ...", "asked parents at the school to":
    // where the listeners are, a preposition and up to four words, comes before the "to".
    // Not "of" after "remind", which opens what they are reminded of: "reminded voters of
    // his plan to ...".)
    static constexpr WordSet kWhere = {"across", "in",   "throughout", "around", "near",
                                       "at",     "from", "on",         "of"};
    uint32_t to = k;
    if (toks_[k].IsWord() && toks_[k].has(kLowerInitial) && kWhere.Has(word_ids_[k]) &&
        !(LowerIs(k, "of") && lex_.cue(cue).LemmaIs(kLemmaRemind))) {
      to = k + 1;
      while (to < end && to < k + 6 && toks_[to].IsWord() && !LowerIs(to, "to") &&
             (!toks_[to].is(kStop) || toks_[to].is(kDeterminer)) && !FiniteAuxiliary(to)) {
        ++to;
      }
    }
    if (to + 1 < end && LowerIs(to, "to") && Infinitive(to + 1)) return cl;
  }
  // ("told ferry riders, especially older ones, that": a noun for people after a modifier
  // is the listener too, when an aside and "that" follow it, as below.)
  const bool modified_listener =
      TakesListener(cue) && k == cl && k + 3 < end && toks_[k].IsWord() &&
      toks_[k].has(kLowerInitial) && !toks_[k].is(kStop) && !toks_[k].is(kPreverb) &&
      toks_[k + 1].IsWord() && toks_[k + 1].has(kLowerInitial) &&
      (PeopleNoun(k + 1) || toks_[k + 1].is(kGroup)) && toks_[k + 2].IsPunct(',');
  if (modified_listener) k += 2;
  // "insisted, however, that", "said, for instance, that", "said, without giving details,
  // that": an interjected phrase between commas, then "that".
  // (So is a relative clause on a listener named: "asked Ann Ray, who chairs the board, what
  // ...", "told Lee, who was there, that"; a question after it too.)
  if (k < end && toks_[k].IsPunct(',')) {
    const bool relative = k > cl && k + 1 < end && LowerIs(k + 1, "who") &&
                          toks_[k - 1].IsWord() && toks_[k - 1].has(kCapitalized);
    uint32_t close = k + 1;
    while (close < end && close < k + (relative ? 16 : 7) && toks_[close].IsWord() &&
           in_quote_[close] < 0) {
      ++close;
    }
    const bool then_that = close > k + 1 && close + 1 < end && toks_[close].IsPunct(',') &&
                           (LowerIs(close + 1, "that") ||
                            (relative && QuestionOpens(close + 1, end)));
    // Not an aside opened by "as", "when" or a participle with a cue of its own ("said, as
    // Lee had predicted, that", "said, citing a study, that"), nor another attribution
    // ("Ray hopes, Lee said, that ...", split by ProcessCue); "indicate, he said in an
    // interview, that" is skipped.
    bool cue_aside = false;
    if (then_that && toks_[k + 1].has(kLowerInitial) &&
        (LowerIs(k + 1, "as") || LowerIs(k + 1, "when") || LowerIs(k + 1, "while") ||
         EndsWith(k + 1, "ing"))) {
      for (uint32_t t = k + 1; t < close && !cue_aside; ++t) {
        cue_aside = toks_[t].is(kCueStart) && toks_[t].has(kLowerInitial);
      }
    }
    if (then_that && !cue_aside && !InterjectedAttributionAt(k + 1, end)) k = close + 1;
  }
  if (modified_listener && toks_[k].IsPunct(',')) k = cl;  // (no aside and "that" after it)
  // "likes to say that ...", "wanted to argue that ...": a verb of saying in the cue's
  // infinitive says the clause after its "that".
  if (k + 2 < end && toks_[k].has(kLowerInitial) && toks_[k].is(kCueStart) && k > 0 &&
      LowerIs(k - 1, "to")) {
    int inner = -1;
    const uint32_t len = SpeechCueAt(k, end, &inner);
    if (len > 0 && k + len + 1 < end && LowerIs(k + len, "that")) return k + len + 1;
    // ("declined to say how many ...", "refused to say whether ...": the question.)
    if (len > 0 && k + len + 1 < end && toks_[k + len].has(kLowerInitial) &&
        (LowerIs(k + len, "how") || LowerIs(k + len, "whether") || LowerIs(k + len, "what") ||
         LowerIs(k + len, "why") || LowerIs(k + len, "when") || LowerIs(k + len, "who") ||
         LowerIs(k + len, "where") || LowerIs(k + len, "if"))) {
      return k + len;
    }
  }
  // "tweeted to say that A", "wrote on Monday to say A": "to say" after the cue (and a
  // time) reports A, the clause after it and its "that". (Not another verb: "pledged to
  // support Lee" pledged the support.)
  auto say_infinitive = [&](uint32_t to) {
    int inner = -1;
    const uint32_t len = SpeechCueAt(to + 1, end, &inner);
    if (len == 0 || !lex_.cue(inner).LemmaIs(kLemmaSay) || to + 1 + len + 1 >= end) return to;
    const uint32_t after = to + 1 + len;
    if (LowerIs(after, "that")) return after + 1;
    const Token& next = toks_[after];
    return next.IsWord() && (next.is(kDeterminer) || SubjectPronoun(after) ||
                             next.has(kCapitalized))
               ? after
               : to;
  };
  if (k + 1 < end && toks_[k + 1].IsWord() && toks_[k + 1].has(kLowerInitial) &&
      LowerIs(k, "to") && Infinitive(k + 1)) {
    // "vowed to close the port, and ...": an infinitive is the content, not an adjunct
    // ("said to reporters, ...") whose comma would open the content.
    return say_infinitive(k);
  }
  {
    // "pledged on Friday to invest ...", "vowed Monday to appeal": a day or time between
    // the cue and its infinitive is the writer's, as before "that".
    uint32_t m = k + (k < end && LowerIs(k, "on"));
    const uint32_t time = m;
    while (m < end && m < time + 3 && toks_[m].IsWord() && toks_[m].is(kTime)) ++m;
    if (m > time && m + 1 < end && LowerIs(m, "to") && toks_[m + 1].IsWord() &&
        toks_[m + 1].has(kLowerInitial) && Infinitive(m + 1)) {
      return say_infinitive(m);
    }
  }
  // "asked again whether ...": a question after an adjunct. (Whether an adjunct follows,
  // QuestionAfterAdjunct's first test, is made here: most cues have none.)
  if (k < end && toks_[k].is(kAdjunct)) {
    if (const uint32_t question = QuestionAfterAdjunct(k, end, lex_.cue(cue).LemmaIs(kLemmaAsk));
        question > k) {
      return question;
    }
  }
  // ("warned me that", "reassured them that": an object pronoun is the listener.)
  if (k + 2 < end && ObjectPronoun(k) && LowerIs(k + 1, "that") && AddressesPeople(cue)) {
    return k + 2;
  }
  // ("warned his managers that", "cautioned the board that": a listener after its
  // determiner, of a verb that addresses people, then "that" and the clause's subject.)
  if (k + 3 < end && toks_[k].IsWord() && toks_[k].is(kDeterminer) &&
      toks_[k].has(kLowerInitial) && !LowerIs(k, "that") && AddressesPeople(cue)) {
    for (uint32_t m = k + 2; m + 1 < end && m < k + 4 && toks_[m].IsWord(); ++m) {
      const Token& head = toks_[m - 1];
      if (!(head.is(kGroup | kRole | kOrgNoun | kOrgUnit) || PeopleNoun(m - 1) ||
            head.has(kCapitalized))) {
        continue;
      }
      // (A time after the listener: "warned his managers three years before the floods
      // that", "... in 2021 that".)
      const uint32_t that = LowerIs(m, "that") ? m : ThatAfterTime(m, end);
      if (that == kNone) continue;
      const Token& next = toks_[that + 1];
      if (next.IsWord() && !next.is(kPreverb) && !next.is(kAdjunct) &&
          (next.is(kDeterminer) || next.is(kPronoun) || next.has(kCapitalized) ||
           PluralNoun(that + 1) || next.is(kGroup))) {
        return that + 1;
      }
      break;
    }
  }
  // "said on Tuesday that", "told reporters that", "said in a statement that".
  for (uint32_t m = k; m < end && m < k + 12; ++m) {
    const Token& t = toks_[m];
    // ('said on the show "Harbor Watch" that': a title after its noun; not 'said this was a
    // "big mistake" and that', a scare quote in the content.)
    if (m > k && t.IsQuote() && m + 1 < end && in_quote_[m + 1] >= 0 &&
        toks_[m + 1].has(kCapitalized)) {
      const Quote& title = quotes_[in_quote_[m + 1]];
      if (title.open == m && title.terminated && !title.accepted && toks_[m - 1].IsWord()) {
        m = title.close;
        continue;
      }
    }
    // ("said in a statement signed by its spokesman, Tom Lee, that": a role's name set off
    // by commas inside the adjunct.)
    if (m > k + 1 && t.IsPunct(',') && toks_[m - 1].is(kRole)) {
      uint32_t x = m + 1;
      while (x < end && x < m + 6 && toks_[x].IsWord() && toks_[x].has(kCapitalized)) ++x;
      if (x > m + 1 && x + 1 < end && toks_[x].IsPunct(',') && LowerIs(x + 1, "that")) {
        return x + 2;
      }
    }
    // ("said Sunday in Elmwood, Ohio, that": a city and its state, between commas.)
    if (m > k + 1 && t.IsPunct(',') && toks_[m - 1].IsWord() && toks_[m - 1].has(kCapitalized)) {
      uint32_t x = m + 1;
      while (x < end && x < m + 4 && toks_[x].IsWord() && toks_[x].has(kCapitalized)) ++x;
      if (x > m + 1 && x + 1 < end && toks_[x].IsPunct(',') &&
          lex_.IsPlace(std::string_view(doc_.text).substr(
              toks_[m + 1].begin, toks_[x - 1].end - toks_[m + 1].begin))) {
        m = x;
        continue;
      }
    }
    // ("say by 55%-41% that": a margin's percent signs and the hyphen between them.)
    if (m > k && toks_[m - 1].has(kHasDigit) && t.IsPunct('%')) continue;
    if (m > k && toks_[m - 1].IsPunct('%') && t.IsPunct('-') && m + 1 < end &&
        toks_[m + 1].has(kHasDigit)) {
      continue;
    }
    if (!t.IsWord() || in_quote_[m] >= 0) break;
    // ("conceded for the first time that", "said for the last time that": which time.)
    if (m == k && m + 4 < end && LowerIs(m, "for") && LowerIs(m + 1, "the") &&
        LowerIs(m + 3, "time") &&
        (LowerIs(m + 2, "first") || LowerIs(m + 2, "last") || LowerIs(m + 2, "second"))) {
      m += 3;
      continue;
    }
    if (LowerIs(m, "that")) {
      // ("Lee said that was wrong", "say that would leave ...": "that" right before an
      // auxiliary is the clause's subject, a demonstrative; a clause after the conjunction
      // has its own subject first.)
      if (m == k && m + 1 < end && toks_[m + 1].IsWord() && toks_[m + 1].has(kLowerInitial) &&
          FiniteAuxiliary(m + 1)) {
        return m;
      }
      // ("called that plan "a drop in the bucket"", "described that as a lie": after a verb
      // that names or describes its object, "that" is the object's determiner or pronoun.)
      if (m == k && lex_.cue(cue).LemmaIs(kLemmaCall | kLemmaLabel | kLemmaDub |
                                          kLemmaDescribe | kLemmaCharacterize | kLemmaBrand |
                                          kLemmaPortray | kLemmaDeem | kLemmaTermed)) {
        return m;
      }
      // ("announced her bid with a speech that mocked Lee": after the adjunct's noun, "that"
      // before a verb is a relative pronoun, not the reported clause's "that", which may
      // follow the relative clause: "said in a statement that was released Monday that".)
      if (m > k && m + 1 < end && toks_[m + 1].IsWord() && toks_[m + 1].has(kLowerInitial) &&
          !toks_[m + 1].is(kStop) && !toks_[m + 1].is(kDeterminer) &&
          !toks_[m + 1].is(kPronoun) &&
          (IrregularPast(m + 1) || FiniteAuxiliary(m + 1) ||
           (EndsWith(m + 1, "ed") && doc_.TokenText(m + 1).size() > 4))) {
        for (uint32_t x = m + 2; x + 1 < end && x < m + 8 && toks_[x].IsWord(); ++x) {
          if (LowerIs(x, "that") && in_quote_[x] < 0) return x + 1;
        }
        break;
      }
      return m + 1;
    }
    // ("warned riders that", "reassured riders that": a plural listener of a verb that
    // addresses people, where after "praised reforms that" the noun is the content.)
    // (Not after "asked", whose "that" more often opens a relative clause: "asked agencies
    // that handled the case to ...".)
    // (A noun for people, by its ending, and a clause after "that" that opens with its own
    // subject: "promised reforms that would cut fares", "told stories that made ..." keep
    // their noun.)
    if (m == k && m + 2 < end && LowerIs(m + 1, "that") && PeopleNoun(m) &&
        (TakesListener(cue) || AddressesPeople(cue)) && !lex_.cue(cue).LemmaIs(kLemmaAsk) &&
        toks_[m + 2].IsWord() && !toks_[m + 2].is(kPreverb) && !toks_[m + 2].is(kAdjunct) &&
        (toks_[m + 2].is(kDeterminer) || toks_[m + 2].is(kPronoun) ||
         toks_[m + 2].has(kCapitalized) || PluralNoun(m + 2) || toks_[m + 2].is(kGroup))) {
      return m + 2;
    }
    // ("warned donors the race was close", a headline's "warns donors race is close": with
    // no "that", the same listener before a clause that opens with its own subject.)
    if (m == k && m + 2 < end && AddressesPeople(cue) && PeopleNoun(m) && PluralNoun(m) &&
        toks_[m + 1].IsWord() && toks_[m + 1].has(kLowerInitial) && !LowerIs(m + 1, "that") &&
        !LowerIs(m + 1, "who") &&
        (toks_[m + 1].is(kDeterminer) || SubjectPronoun(m + 1) ||
         (toks_[m + 2].IsWord() && FiniteAuxiliary(m + 2)))) {
      return m + 1;
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
    // "said only that": an adverb that limits what was said; "wondered aloud whether",
    // "asked publicly if": one that tells how.
    if (m == k && m + 1 < end && LowerIs(m + 1, "that") &&
        (LowerIs(m, "only") || LowerIs(m, "simply") || LowerIs(m, "merely"))) {
      return m + 2;
    }
    // (The next word first: after most such words comes the clause's subject.)
    if (m == k && m + 1 < end && t.has(kLowerInitial) &&
        (LowerIs(m + 1, "whether") || LowerIs(m + 1, "if") || LowerIs(m + 1, "that")) &&
        (LowerIs(m, "aloud") || MannerAdverb(m))) {
      return LowerIs(m + 1, "that") ? m + 2 : m + 1;
    }
    // "said quietly the ferry would wait": how it was said, then the clause's subject.
    // (Not an adverb of degree on that subject: "said nearly every pier", "roughly half".)
    if (m == k && m + 2 < end && t.has(kLowerInitial) && MannerAdverb(m) &&
        !LowerIs(m, "nearly") && !LowerIs(m, "roughly") && !LowerIs(m, "approximately") &&
        !LowerIs(m, "barely") && !LowerIs(m, "hardly") && !LowerIs(m, "virtually") &&
        !LowerIs(m, "mostly") && !LowerIs(m, "largely") && !LowerIs(m, "partly") &&
        !LowerIs(m, "exactly") && !LowerIs(m, "fully") && toks_[m + 1].IsWord() &&
        (SubjectPronoun(m + 1) || toks_[m + 1].has(kCapitalized) ||
         (toks_[m + 1].is(kDeterminer) && !toks_[m + 1].is(kPronoun)))) {
      return m + 1;
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
    // ("said on the Harbor show that": any cue word after an article in an adjunct is a
    // noun.)
    // ("said in prepared remarks that", "in written testimony that": after "in" without a
    // determiner, an occasion's word, and a participle before one, are nouns too.)
    auto occasion_after_in = [&] {
      return m > k && LowerIs(k, "in") && m < k + 3 &&
             (t.is(kOccasion) || (m + 1 < end && toks_[m + 1].is(kOccasion) &&
                                  toks_[m + 1].has(kLowerInitial)));
    };
    // ("told reporters after question period that", "said during debate Monday that": a
    // noun cue right after the adjunct's preposition names the occasion; not one whose own
    // "that" follows, "said after reports that ...".)
    auto noun_after_preposition = [&] {
      return m == k + 1 && toks_[k].is(kAdjunct) && t.is(kNounCue) && m + 1 < end &&
             toks_[m + 1].IsWord() && !LowerIs(m + 1, "that") && !EndsWith(m, "ing") &&
             !EndsWith(m, "ed");
    };
    if (t.is(kCueStart) && t.has(kLowerInitial) &&
        !((t.is(kDocument) || (t.is(kNounCue) && toks_[k].is(kAdjunct))) &&
          after_determiner()) &&
        !occasion_after_in() && !noun_after_preposition() &&
        !(m > k && toks_[k].is(kAdjunct) && NounAfterDeterminer(m)) &&
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
  // "said in a statement it would ...", "said in an interview she had ...", "wrote on X they
  // were ...": where or how, then the clause without "that", whose subject pronoun opens
  // it (not "said in a letter he sent to staff that ...": a relative clause, then "that").
  if (k + 3 < end && toks_[k].is(kAdjunct) && toks_[k].has(kLowerInitial) &&
      (LowerIs(k, "in") || LowerIs(k, "on") || LowerIs(k, "at") || LowerIs(k, "during"))) {
    uint32_t p = k + 1;
    while (p < end && p < k + 7 && toks_[p].IsWord() && in_quote_[p] < 0 &&
           !SubjectPronoun(p)) {
      ++p;
    }
    if (p > k + 1 && p + 1 < end && p < k + 7 && toks_[p].IsWord() && SubjectPronoun(p) &&
        toks_[p + 1].IsWord() && toks_[p + 1].has(kLowerInitial) &&
        !toks_[p + 1].is(kAdjunct) && WhereOrWhenOnly(k, p)) {
      bool relative = false;
      for (uint32_t t = p + 1; t < end && t < p + 8 && !relative; ++t) {
        relative = LowerIs(t, "that");
      }
      if (!relative) return p;
    }
  }
  // (Not the charge after "accuse": "whom prosecutors accuse of fraud, said ...".)
  if (k < end && toks_[k].IsWord() && toks_[k].is(kAdjunct) && toks_[k].has(kLowerInitial) &&
      !Existential(k) && !LowerIs(k, "about") &&
      !(LowerIs(k, "of") && lex_.cue(cue).LemmaIs(kLemmaAccuse))) {
    // "said in a statement, ..." / "said on Tuesday, ..."; "thinking about a run for
    // mayor, ..." names its topic instead. An aside's participle reports nothing when the
    // subject's own verb follows its comma: "Ray, writing in the Times, argued that ...".
    const std::string_view cue_word = doc_.TokenText(cl - 1);
    const bool aside = cl >= 2 && cue_word.ends_with("ing") && toks_[cl - 2].IsPunct(',');
    for (uint32_t m = k; m < end && m < k + 10; ++m) {
      // "have written to the minister demanding an inquiry": a participle of saying right
      // after the listener (no comma) introduces the words, as after one below.
      if (m > k + 1 && LowerIs(k, "to") && toks_[m].IsWord() && toks_[m].has(kLowerInitial) &&
          EndsWith(m, "ing")) {
        int participle = -1;
        const uint32_t len = SpeechCueAt(m, end, &participle);
        // (Not before a quotation it introduces: `... writing, "Yes."`.)
        const uint32_t content = m + len;
        if (len > 0 && content < end && toks_[content].IsWord() && in_quote_[content] < 0) {
          return content + 1 < end && LowerIs(content, "that") ? content + 1 : content;
        }
      }
      if (toks_[m].IsPunct(',')) {
        // "said at least 12 people were hurt, and ...", "said in May the plan would fail,
        // ...": a clause, not where, when or to whom, runs to the comma; the content starts
        // at it.
        if (!aside && !LowerIs(k, "to") && !WhereOrWhenOnly(k, m)) break;
        if (aside && m + 1 < end && toks_[m + 1].IsWord() && toks_[m + 1].has(kLowerInitial) &&
            (toks_[m + 1].is(kCueStart) || LowerIs(m + 1, "has") || LowerIs(m + 1, "had") ||
             LowerIs(m + 1, "was") || LowerIs(m + 1, "is") || LowerIs(m + 1, "will") ||
             LowerIs(m + 1, "would"))) {
          return end;
        }
        // "agreed to a freeze, but when ...", "testified before Congress, and ...": a
        // conjunction after the comma coordinates another clause, which nobody is reported
        // to have said.
        // (After a preposition's phrase: "say when, or if, ..." and "think this deal is
        // late, and ..." are the content.)
        if (m + 1 < end && toks_[m + 1].IsWord() && toks_[m + 1].has(kLowerInitial) &&
            (LowerIs(m + 1, "but") || LowerIs(m + 1, "and") || LowerIs(m + 1, "yet") ||
             LowerIs(m + 1, "or")) &&
            (LowerIs(k, "to") || LowerIs(k, "on") || LowerIs(k, "in") || LowerIs(k, "at") ||
             LowerIs(k, "with") || LowerIs(k, "of") || LowerIs(k, "for") ||
             LowerIs(k, "before")) &&
            !toks_[k + 1].is(kTime)) {  // (not "as the Gazette reported on Monday, and ...")
          // ("said at the meeting, but not in writing, that ...": a second adjunct, then the
          // clause after "that".)
          for (uint32_t t = m + 2; t + 1 < end && t < m + 12; ++t) {
            if (toks_[t].IsPunct(',') && LowerIs(t + 1, "that")) return t + 2;
            if (!toks_[t].IsWord() || FiniteAuxiliary(t)) break;
          }
          return end;
        }
        // "apologized to the county in a statement, his voice breaking": an absolute phrase
        // after the comma describes the speaker; the adjunct before it is the content.
        if (AbsolutePhraseAt(m, end)) return k;
        // "wrote to the chair, Ann Ray, that ...": the listener's appositive between commas,
        // then "that".
        for (uint32_t t = m + 2; t + 1 < end && t < m + 8; ++t) {
          if (toks_[t].IsWord() && in_quote_[t] < 0) continue;
          if (toks_[t].IsPunct(',') && LowerIs(t + 1, "that")) return t + 2;
          break;
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
          // ("wrote to investors, telling them ...": the participle's listener too.)
          if (TakesListener(participle)) content = SkipListener(content, end);
          if (content + 1 < end && LowerIs(content, "that")) ++content;
        }
        return content;
      }
      if (!toks_[m].IsWord() || in_quote_[m] >= 0) break;
    }
  }
  return k;
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
    // ("The retired teacher", "the newly elected mayor": a participle after an article, or
    // after an article and an adverb in -ly, before its noun, modifies it.)
    auto modifier = [&] {
      const uint32_t article = x > start + 1 && EndsWith(x - 1, "ly") ? x - 2 : x - 1;
      return x + 1 < cf && toks_[x + 1].IsWord() && !toks_[x + 1].is(kStop) &&
             !toks_[x + 1].is(kPreverb) && !toks_[x + 1].is(kCueStart) &&
             (LowerIs(article, "the") || LowerIs(article, "a") || LowerIs(article, "an"));
    };
    if ((t.is(kStop) && !t.is(kDeterminer)) || t.is(kPreverb) ||
        (t.is(kCueStart) && t.has(kLowerInitial)) ||
        (x > start && t.has(kLowerInitial) &&
         (IrregularPast(x) || (EndsWith(x, "ed") && !modifier())))) {
      // "Her deputy doubled down ..., saying", "organizers took the microphone urging": the
      // verb ends the subject.
      break;
    }
    // "The candidates briefly met reporters and disclosed ...": an adverb in -ly after the
    // phrase's head, before a lower-case word, ends it. (Not after a determiner, a number or
    // another modifier, "the newly elected board", "two deeply divided parties"; nor a noun or
    // an adjective in -ly, "the Elm family owned", "the elderly".)
    if (x > start && x + 1 < cf && t.has(kLowerInitial) && MannerAdverb(x) &&
        toks_[x + 1].IsWord() && toks_[x + 1].has(kLowerInitial) &&
        !toks_[x - 1].is(kDeterminer) && !toks_[x - 1].has(kPossessive) &&
        !toks_[x - 1].has(kHasDigit) && !EndsWith(x - 1, "ly") && !LowerIs(x - 1, "more") &&
        !LowerIs(x - 1, "most")) {
      break;
    }
    // "Ann Ray shook her head and said": a lower-case word between a name and a determiner
    // or pronoun is the name's verb ("Ray campaign chairman Tom Baker" has none); so is a
    // headline's present tense before "to" ("Elm Air returns to profit but warns ...").
    if (x > start && x + 1 < cf && t.has(kLowerInitial) && toks_[x - 1].has(kCapitalized) &&
        !toks_[x - 1].has(kPossessive) && !toks_[x - 1].is(kTitle) &&
        !toks_[x - 1].is(kDeterminer) && !t.is(kRole) && !t.is(kGroup) && !t.is(kOrgNoun) &&
        !t.is(kDocument) && toks_[x + 1].IsWord() && toks_[x + 1].has(kLowerInitial) &&
        (toks_[x + 1].is(kDeterminer) || toks_[x + 1].is(kPronoun) ||
         (LowerIs(x + 1, "to") && EndsWith(x, "s") && !EndsWith(x, "ss"))) &&
        !LowerIs(x + 1, "that") && !LowerIs(x + 1, "which") && !LowerIs(x + 1, "who") &&
        !LowerIs(x + 1, "whose")) {
      break;
    }
    ++x;
  }
  return x;
}

}  // namespace policy::extract_internal::attribution_internal
