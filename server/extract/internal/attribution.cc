#include "server/extract/internal/attribution.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "server/extract/internal/pass.h"
#include "server/extract/internal/speakers.h"

namespace policy::extract_internal::attribution_internal {
namespace {

constexpr size_t kMaxInheritDistance = 64;  // statements between a quote and its lender

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

// For the spans [first, last) in `spans` (keys first << 32 | last, each with an index below
// `count`): sets (*inside)[index] when a longer span holds the index's span, one that starts
// before it and ends no earlier or starts with it and ends later; the other entries are 0.
// All are answered in one pass over the spans in order: a search per span cost more.
// `spans` is sorted in place.
void MarkInsideLonger(std::vector<std::pair<uint64_t, uint32_t>>& spans, size_t count,
                      std::vector<uint8_t>* inside) {
  auto by_span = [](const auto& a, const auto& b) { return a.first < b.first; };
  // (Usually in order already.)
  if (!std::is_sorted(spans.begin(), spans.end(), by_span)) {
    std::sort(spans.begin(), spans.end(), by_span);
  }
  inside->assign(count, 0);
  uint32_t reach = 0;  // the furthest end of the spans before the current run
  for (size_t run = 0; run < spans.size();) {
    // A run of spans that start together, the longest last.
    const uint64_t first = spans[run].first >> 32;
    size_t run_end = run + 1;
    while (run_end < spans.size() && spans[run_end].first >> 32 == first) ++run_end;
    const uint32_t run_last = static_cast<uint32_t>(spans[run_end - 1].first);
    for (size_t k = run; k < run_end; ++k) {
      const uint32_t last = static_cast<uint32_t>(spans[k].first);
      (*inside)[spans[k].second] = (run > 0 && reach >= last) || run_last > last;
    }
    reach = std::max(reach, run_last);
    run = run_end;
  }
}

}  // namespace

void Pass::Emit(Candidate c) {
  // (Nor a list's bullet opening its paragraph: "- Shops will get relief, Ray said.")
  while (c.first < c.last &&
         (toks_[c.first].IsPunct(',') || toks_[c.first].IsPunct(';') ||
          (toks_[c.first].has(kParagraphStart) &&
           (toks_[c.first].IsPunct('-') || toks_[c.first].IsPunct('*'))))) {
    ++c.first;
  }
  // "(Lee said he would vote.)": a closing parenthesis whose opening one is not in the
  // statement closes the writer's aside, not the speaker's words.
  if (!c.from_quote && c.last > c.first + 1 && toks_[c.last - 1].IsPunct(')')) {
    bool opened = false;
    for (uint32_t t = c.first; t + 1 < c.last && !opened; ++t) opened = toks_[t].IsPunct('(');
    if (!opened) c.last = TrimEnd(c.first, c.last - 1);
  }
  // "Addressing the board, many of them wary of the plan, the chief said ...": a cue in a
  // share of "them" set off by commas reports up to its comma.
  if (!c.from_quote && c.has_mention && !c.mention.empty() && c.first >= c.cue_last) {
    const uint32_t comma = AbsoluteShareEnd(c.mention.first, c.last);
    if (comma != kNone && comma > c.first) c.last = comma;
  }
  // "Although in May Lee said the pier was safe, at the hearing the council shut it.", "...,
  // and though Lee has said she will back it, in the end ...", "If Lee thinks it will pay,
  // then ...": a cue in a subordinate clause that opens its sentence (or a clause after
  // "and" / "but") reports only up to that clause's comma, whatever opens the main clause
  // (the opening-clause rule in reported_speech.cc ends it only before a subject). (Not a
  // comma before "and", "or", "but", which goes on with the reported clause; nor a cue after
  // a comma or dash, which is the main clause's: "While some say A - an old favorite -
  // others say B".)
  if (!c.from_quote && c.cue_first != kNone && c.first >= c.cue_last && c.has_mention &&
      !c.mention.empty()) {
    const uint32_t sf = SentenceFirst(c.cue_first);
    // ("In the same week that Lee announced A, the city ...", "On the day when ...": a time's
    // relative clause inside an opening prepositional phrase is such a clause.)
    const bool opening_preposition =
        toks_[sf].has(kCapitalized) &&
        (LowerIs(sf, "in") || LowerIs(sf, "on") || LowerIs(sf, "at") || LowerIs(sf, "during"));
    bool subordinate = false;
    for (uint32_t t = c.mention.first; t-- > sf && !subordinate;) {
      if (!toks_[t].IsWord() || in_quote_[t] >= 0) break;
      // (An opening "As" too, before a noun cue: "As Ray renewed his call to ..., others".)
      subordinate = (Subordinator(t) || (c.noun_cue && t == sf && LowerIs(t, "as"))) &&
                    (t == sf || LowerIs(t - 1, "and") || LowerIs(t - 1, "but"));
      subordinate = subordinate || (opening_preposition && t > sf + 1 && toks_[t - 1].is(kTime) &&
                                    (LowerIs(t, "that") || LowerIs(t, "when")));
    }
    // (The content's own opening clause, "that if prices rose, buyers waited", keeps its
    // comma: the rule gives way.)
    const uint32_t c0 = LowerIs(c.first, "that") ? c.first + 1 : c.first;
    subordinate = subordinate && c0 < c.last && !Subordinator(c0);
    for (uint32_t t = c.first + 1; subordinate && t + 1 < c.last; ++t) {
      if (in_quote_[t] >= 0 || !toks_[t].IsPunct(',') || LowerIs(t + 1, "and") ||
          LowerIs(t + 1, "or") || LowerIs(t + 1, "but")) {
        continue;
      }
      // A list's comma ("ferries, bridges and tunnels,") or an aside's before the clause's
      // own verb ("the pier, the one by the bay, was late,") is passed over.
      uint32_t next = t + 1;
      while (next < c.last && next < t + 9 && toks_[next].IsWord()) ++next;
      if (next + 1 < c.last && toks_[next].IsPunct(',') && toks_[next + 1].IsWord() &&
          toks_[next + 1].has(kLowerInitial) &&
          (FiniteAuxiliary(next + 1) || toks_[next + 1].is(kPreverb))) {
        t = next;
        continue;
      }
      if (ListComma(t, c.last)) continue;
      c.last = t;
      break;
    }
  }
  // "In what she called a farewell, Ann Ray ...", "..., in what he called a "rant," and
  // ...": a cue in a free relative after "in" names what it calls the thing, up to the
  // relative's comma (or the comma that a closing quotation mark follows).
  if (!c.from_quote && c.cue_first != kNone && c.has_mention && c.mention.first >= 2 &&
      c.first >= c.cue_last && LowerIs(c.mention.first - 1, "what") &&
      LowerIs(c.mention.first - 2, "in") &&
      (c.mention.first - 2 == SentenceFirst(c.cue_first) ||
       toks_[c.mention.first - 3].IsPunct(','))) {
    for (uint32_t t = c.first + 1; t < c.last; ++t) {
      if (toks_[t].IsPunct(',') && in_quote_[t] < 0) {
        c.last = t;
        break;
      }
      if (t + 1 < c.last && CommaClosesQuote(t + 1)) {
        c.last = t + 2;
        break;
      }
    }
  }
  if (c.last <= c.first || (!AtLeastWords(c.first, c.last, 2) && !c.single_word)) return;
  // "who pleaded guilty last year": a time alone after the cue is no content. (At most four
  // words. Before the cue it may be a split clause's first half: "Now, she said, ...".)
  // ("Lee conceded shortly after 11:40 p.m.", "... late on Tuesday night": a clock time, and
  // "shortly", "soon", "late", "after", "before" with a time, are a time too.)
  if (!c.from_quote && c.last <= c.first + 6 && c.cue_first != kNone && c.first > c.cue_first) {
    bool time = false, only_time = true;
    for (uint32_t t = c.first; t < c.last && only_time; ++t) {
      const bool clock = toks_[t].has(kHasDigit) || LowerIs(t, "p.m.") || LowerIs(t, "a.m.") ||
                         (toks_[t].IsPunct(':') && t > c.first && toks_[t - 1].has(kHasDigit));
      time = time || toks_[t].is(kTime) || (clock && !toks_[t].IsPunct(':'));
      only_time = clock ||
                  (toks_[t].IsWord() && toks_[t].has(kLowerInitial | kCapitalized) &&
                   (toks_[t].is(kTime) || LowerIs(t, "last") || LowerIs(t, "this") ||
                    LowerIs(t, "next") || LowerIs(t, "on") || LowerIs(t, "in") ||
                    LowerIs(t, "early") || LowerIs(t, "the") || LowerIs(t, "same") ||
                    LowerIs(t, "late") || LowerIs(t, "shortly") || LowerIs(t, "soon") ||
                    LowerIs(t, "after") || LowerIs(t, "before") || LowerIs(t, "at")));
    }
    if (time && only_time && (c.last <= c.first + 4 || !toks_[c.first].has(kHasDigit))) return;
  }
  // "bigger than anything Lee saw during his first run", "the plan Ray pushed over the
  // weekend": a phrase of time alone after a cue whose object went before it is no content.
  // (A clause after it is: "reported that during the visit Lee ...". After a quotation the
  // cue is its attribution: `"A," Lee told reporters during the call.`)
  if (!c.from_quote && c.cue_first != kNone && c.first > c.cue_first && c.last <= c.first + 5 &&
      !toks_[SentenceFirst(c.cue_first)].IsQuote() &&
      !(c.has_mention && c.mention.first > 0 && toks_[c.mention.first - 1].IsQuote()) &&
      toks_[c.first].has(kLowerInitial) &&
      (LowerIs(c.first, "during") || LowerIs(c.first, "since") ||
       LowerIs(c.first, "throughout") ||
       (LowerIs(c.first, "over") && c.first + 1 < c.last && LowerIs(c.first + 1, "the")))) {
    bool phrase = true;
    for (uint32_t t = c.first + 1; t < c.last && phrase; ++t) {
      phrase = toks_[t].IsWord() && !toks_[t].is(kPreverb) && !toks_[t].is(kPronoun) &&
               !EndsWith(t, "ed") && !IrregularPast(t) &&
               (!toks_[t].is(kStop) || toks_[t].is(kDeterminer));
    }
    if (phrase) return;
  }
  // "Tom Lee, who pleaded guilty last year, did not appear": after a cue in a relative
  // clause, content that opens with a finite auxiliary after a comma is the main clause's
  // predicate, not what was said. (Not "A, he said, was B": a split subject goes on.)
  if (!c.from_quote && c.cue_first != kNone && c.cue_first > 0 && c.first > c.cue_first + 1 &&
      LowerIs(c.cue_first - 1, "who") && toks_[c.first - 1].IsPunct(',') &&
      toks_[c.first].IsWord() && toks_[c.first].has(kLowerInitial) &&
      FiniteAuxiliary(c.first)) {
    return;
  }
  // "the deal she once backed - and later dropped - ...", "until they attack -- when it is
  // too late": a dash right after the cue opens no reported clause; the cue's object went
  // before it. (Not before "that"; an aside before it is passed over: "said - on Monday -
  // that A" reports A.)
  if (!c.from_quote && c.cue_first != kNone && c.first >= c.cue_last && c.first > 0 &&
      toks_[c.first].IsPunct('-') && !LowerIs(c.first - 1, "that") &&
      !(c.first + 1 < c.last && LowerIs(c.first + 1, "that"))) {
    uint32_t close = c.first + 1;
    while (close < c.last && close < c.first + 12 && !toks_[close].IsPunct('-')) ++close;
    if (close + 2 >= c.last || !LowerIs(close + 1, "that")) return;
    c.first = close + 2;
  }
  // "One reason Lee is not well known is that ...": after a cue in the passive, a finite
  // auxiliary is the main clause's verb; the passive cue's clause is its subject.
  if (!c.from_quote && c.cue_first != kNone && c.first == c.cue_last && c.cue_first > 0 &&
      toks_[c.first].IsWord() && toks_[c.first].has(kLowerInitial) && FiniteAuxiliary(c.first) &&
      toks_[c.cue_first].has(kLowerInitial) && EndsWith(c.cue_last - 1, "ed") &&
      PassiveVerb(c.cue_first, SentenceFirst(c.cue_first))) {
    return;
  }
  // "Nobody asked about the pier", "Nobody has said what happens next": a subject that
  // names no one reports that nothing was said. (Not a quotation's speaker; nor "No one
  // wants ..." or a body named by "no", "No group has claimed responsibility", which
  // PolNeAR marks as statements.)
  if (!c.from_quote && c.has_mention && c.cue_first != kNone && c.mention.last <= c.cue_first &&
      c.mention.last == c.mention.first + 1 && LowerIs(c.mention.first, "nobody")) {
    return;
  }
  c.paragraph = ParagraphOf(c.first);
  // `..., adding: "We need a new one."`: a reported clause that is one whole quotation (then
  // at most a punctuation mark) is that quotation, direct.
  if (!c.from_quote && toks_[c.first].IsQuote() && c.first + 1 < c.last &&
      in_quote_[c.first + 1] >= 0) {
    const Quote& q = quotes_[in_quote_[c.first + 1]];
    // (So is one that the sentence's end cut inside the quotation: `Ray said: "A. B."`.)
    if (q.accepted && q.open == c.first &&
        ((q.close < c.last &&
          (q.close + 1 == c.last ||
           (q.close + 2 == c.last && toks_[q.close + 1].type == TokenType::kPunct))) ||
         (c.last <= q.close && in_quote_[c.last - 1] == in_quote_[c.first + 1] &&
          SentenceLast(c.last - 1) <= c.last + 1))) {
      c.first = q.first();
      c.last = q.last();
      c.kind = StatementKind::kDirect;
      c.from_quote = true;
    }
  }
  // `Lee said he'd "want more time. Then we'll talk."`: a reported clause that the end of a
  // sentence cut inside a quotation opened within it goes on to the quotation's end, one
  // mixed statement (the quotation alone would be a second one over the same words).
  if (!c.from_quote && c.last > c.first + 1 && in_quote_[c.last - 1] >= 0) {
    const Quote& q = quotes_[in_quote_[c.last - 1]];
    if (q.accepted && q.terminated && q.open > c.first && q.close >= c.last && q.close < n_ &&
        SentenceLast(c.last - 1) <= c.last + 1) {
      c.last = q.close + 1;
      c.kind = StatementKind::kMixed;
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
      if (after) ClauseBeforeQuote(q, &c);
      // `"A," Lee wrote in a statement to the Gazette explaining why ..., "B."`: a split
      // quote's second half, led by a participle whose subject was read in the object of the
      // first half's cue or inside the first half, is the first half's speaker's.
      if (!after && !cands_.empty() && c.has_mention && c.cue_first != kNone &&
          EndsWith(c.cue_first, "ing")) {
        const Candidate& before = cands_.back();
        const bool in_object = before.cue_last <= c.mention.first && c.mention.last <= c.cue_first;
        const bool in_first_half = before.first <= c.mention.first && c.mention.last <= before.last;
        if (before.from_quote && before.has_mention && before.cue_last != kNone &&
            before.last < before.cue_first && (in_object || in_first_half) &&
            SentenceFirst(before.first) == SentenceFirst(q.open)) {
          c.mention = before.mention;
          c.anchor = before.anchor;
        }
      }
      if (!after) {
        QuoteInClause(q, &c);
        if (c.kind == StatementKind::kDirect) {
          SubjectBeforeSplitQuote(q, c);
          PreludeBeforeSplitQuote(q, c);
        }
      }
      cands_.push_back(c);
      if (after) QuoteTailAfterCue(q, c);
      continue;
    }
    // Mid-sentence after a word: part of a reported clause ("said the plan "was dead"").
    // (Not after the cue that attributed the quote before it, `"A," Lee said "B."`: a split
    // quote whose comma is missing, which inherits that speaker below.)
    const uint32_t sf = SentenceFirst(q.open);
    // (`"A," Lee said, and "b ..."`: joined by "and" to the attribution of the quote before,
    // the words go on with it and inherit its speaker.)
    const bool and_after_attribution =
        q.open >= sf + 3 && LowerIs(q.open - 1, "and") && toks_[q.open - 2].IsPunct(',') &&
        !cands_.empty() && cands_.back().from_quote && cands_.back().has_mention &&
        (cands_.back().cue_last == q.open - 2 || cands_.back().mention.last == q.open - 2);
    if (q.open > sf && toks_[q.open - 1].IsWord() && !consumed_[q.open - 1] &&
        !and_after_attribution) {
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
      // Sorted as keys, the first token above the index: the order of a stable sort of the
      // indices by first token, without its buffer or two reads of candidates per comparison.
      std::vector<uint64_t>& keys = buffers_.keys;
      keys.clear();
      for (uint32_t i = 0; i < statements; ++i) {
        if (!cands_[i].hidden) keys.push_back(uint64_t{cands_[i].first} << 32 | i);
      }
      // (Often in order already.)
      if (!std::is_sorted(keys.begin(), keys.end())) std::sort(keys.begin(), keys.end());
      for (const uint64_t key : keys) by_first.push_back(static_cast<uint32_t>(key));
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
    // Else `Lee fired back that the "voters of this town chose me twice"`: the sentence's
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
    // (`... said that ''A'' or ''B ...''`: a quotation joined by "or" or "and" to the
    // quotation before it, whose statement has a speaker, is that speaker's too.)
    const Candidate* joined = nullptr;
    if (q.open >= first + 3 && (LowerIs(q.open - 1, "or") || LowerIs(q.open - 1, "and")) &&
        toks_[q.open - 2].IsQuote()) {
      for (size_t i = statements; i-- > 0 && joined == nullptr;) {
        const Candidate& before = cands_[i];
        if (before.has_mention && !before.hidden && before.first < q.open &&
            before.last + 3 >= q.open && before.last < q.open) {
          joined = &before;
        }
      }
    }
    if (joined != nullptr && opened_in == nullptr) {
      c.mention = joined->mention;
      c.has_mention = true;
    } else if (opened_in != nullptr) {
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

  // 3. A Q&A interview's answers that hold no statement of their own.
  InterviewAnswers();

  // In the order they are read in: by the first of anchor and content, then by the
  // content's first byte. Sorted as keys beside their index, then each candidate copied once
  // into place: sorting the candidates themselves moved 64 bytes at every step and read two
  // tokens per comparison. (Candidates with equal keys end as that sort left them:
  // std::sort's result depends on its comparisons' outcomes, not on what it moves.)
  std::vector<std::pair<uint64_t, uint32_t>>& order = buffers_.order;
  order.clear();
  for (uint32_t i = 0; i < cands_.size(); ++i) {
    const Candidate& c = cands_[i];
    order.emplace_back(uint64_t{std::min(c.anchor, c.first)} << 32 | toks_[c.first].begin, i);
  }
  std::sort(order.begin(), order.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Candidate>& sorted = buffers_.sorted_cands;
  sorted.clear();
  for (const auto& [key, i] : order) sorted.push_back(cands_[i]);
  cands_.swap(sorted);
  SpeakerResolver resolver(doc_, lex_);
  ResolveSpeakers(resolver);
  // "A federal judge refused ... Judge Ann Ray wrote": a description by an office that the
  // article later gives with a name is that person. (Asked once per described speaker.)
  {
    constexpr int kNotAsked = -2;
    std::vector<int>& named = buffers_.named_with_office;
    named.assign(resolver.SpeakerCount(), kNotAsked);
    for (Candidate& c : cands_) {
      if (c.speaker < 0) continue;
      int& person = named[c.speaker];
      if (person == kNotAsked) person = resolver.NamedWithTheOffice(c.speaker);
      if (person >= 0) c.speaker = person;
    }
  }

  // "'We were left to drown': flood victims turn on council", then `'Nobody came. We were
  // left to drown,' said Ann Ray`: a quotation in the first paragraph (a headline's) that
  // names no speaker is the speaker's whose quotation further on holds its words. (Of three
  // words or more; the first paragraph's first four such quotations, each compared with those
  // below: a text that is one long paragraph of quotations stays linear.)
  int headline_quotes_left = 4;
  for (Candidate& h : cands_) {
    if (h.paragraph != 0 || !h.from_quote || h.speaker >= 0 || h.hidden) continue;
    if (headline_quotes_left-- == 0) break;
    uint32_t first = h.first, last = h.last;
    while (first < last && !toks_[first].IsWord()) ++first;
    while (last > first && !toks_[last - 1].IsWord()) --last;
    if (last < first + 3) continue;
    const std::string_view words = std::string_view(doc_.text).substr(
        toks_[first].begin, toks_[last - 1].end - toks_[first].begin);
    for (const Candidate& d : cands_) {
      if (d.paragraph == 0 || !d.from_quote || d.speaker < 0) continue;
      const std::string_view quoted = std::string_view(doc_.text).substr(
          toks_[d.first].begin, toks_[d.last - 1].end - toks_[d.first].begin);
      if (quoted.find(words) != std::string_view::npos) {
        h.speaker = d.speaker;
        break;
      }
    }
  }

  // `"A," Lee said. [paragraph] "B. [paragraph] "C."`: a quotation left open at its
  // paragraph's end that the next paragraph's first mark reopens goes on there, and the two
  // are one statement (read from the last paragraph back, so that a quotation over three
  // paragraphs joins whole). (Not a paragraph with an attribution of its own, `Lee said:
  // "B.` or `"C," Lee said.`: that one is a statement of its own.)
  for (size_t i = cands_.size(); i-- > 0;) {
    Candidate& c = cands_[i];
    const int at = c.from_quote && !c.hidden ? in_quote_[c.last - 1] : -1;
    if (at < 0 || c.has_mention || !quotes_[at].continues || c.last != quotes_[at].last()) {
      continue;
    }
    const uint32_t next_first = quotes_[at].close + 1;  // after the reopening mark
    for (size_t j = i + 1; j < cands_.size() && j - i <= kMaxInheritDistance; ++j) {
      Candidate& d = cands_[j];
      if (d.paragraph > c.paragraph + 1) break;
      if (d.hidden || !d.from_quote || d.first != next_first) continue;
      if (!d.has_mention && d.speaker == c.speaker) {
        c.last = d.last;
        d.hidden = true;
      }
      break;
    }
  }

  Extraction out;
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
  std::vector<std::pair<uint64_t, uint32_t>>& spans = buffers_.order;
  spans.clear();
  for (uint32_t i = 0; i < cands_.size(); ++i) {
    const Candidate& o = cands_[i];
    if (!o.hidden) spans.emplace_back(uint64_t{o.first} << 32 | o.last, i);
  }
  std::vector<uint8_t>& inside_longer = buffers_.inside_longer;
  MarkInsideLonger(spans, cands_.size(), &inside_longer);
  // The statements in order of their content's first byte, those that start together in
  // the candidates' order (a stable sort's): the candidates' keys, that byte above the
  // index, are sorted before any statement is built, so that none is moved after.
  std::vector<uint64_t>& by_begin = buffers_.keys;
  by_begin.clear();
  for (uint32_t i = 0; i < cands_.size(); ++i) {
    const Candidate& c = cands_[i];
    if (c.hidden || inside_longer[i]) continue;
    by_begin.push_back(uint64_t{toks_[c.first].begin} << 32 | i);
  }
  // (Usually in order already.)
  if (!std::is_sorted(by_begin.begin(), by_begin.end())) {
    std::sort(by_begin.begin(), by_begin.end());
  }
  out.statements.reserve(by_begin.size());  // at most one statement per key
  // The first statement made with the current first byte: a statement over the same words
  // as one made before starts at the same byte, so only those from here on are compared.
  // (Those that start together end together too, the shorter ones being inside a longer
  // one: one comparison, where a set of the spans made cost a hash and a probe.)
  size_t same_begin = 0;
  for (const uint64_t key : by_begin) {
    const Candidate& c = cands_[static_cast<uint32_t>(key)];
    const uint32_t begin = toks_[c.first].begin, end = toks_[c.last - 1].end;
    if (same_begin < out.statements.size() &&
        out.statements[same_begin].content.begin != begin) {
      same_begin = out.statements.size();
    }
    // (The first candidate over the same words wins, as the keys keep the candidates'
    // order among equal first bytes.)
    bool made = false;
    for (size_t k = same_begin; k < out.statements.size() && !made; ++k) {
      made = out.statements[k].content.end == end;
    }
    if (made) continue;
    // Built in place: a statement moved in copies the bytes of its two (short) strings again.
    ExtractedStatement& st = out.statements.emplace_back();
    st.content = {begin, end};
    st.kind = c.kind;
    if (c.cue_first != kNone) {
      st.cue_span = {toks_[c.cue_first].begin, toks_[c.cue_last - 1].end};
      // (Appended to the new, empty string and lower-cased in place: assign(), as in
      // AsciiLowerInto, goes through _M_replace's general case.)
      const std::string_view cue = doc_.SpanText(st.cue_span.begin, st.cue_span.end);
      st.cue.append(cue);
      AsciiLowerBytes(cue.data(), cue.size(), st.cue.data());
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
  // Resolution also makes profiles for mentions that end up speaking for no statement (a
  // pronoun's candidate antecedent, a dropped candidate's subject): only speakers of a
  // statement are returned, renumbered in their order.
  std::vector<int>& renumbered = buffers_.renumbered;
  renumbered.assign(resolver.SpeakerCount(), -1);
  for (const ExtractedStatement& st : out.statements) {
    if (st.speaker >= 0) renumbered[st.speaker] = 0;
  }
  int kept = 0;
  for (int& index : renumbered) {
    if (index >= 0) index = kept++;
  }
  out.speakers = resolver.TakeSpeakers(renumbered);
  for (ExtractedStatement& st : out.statements) {
    if (st.speaker >= 0) st.speaker = renumbered[st.speaker];
  }
  return out;
}

void Pass::ResolveSpeakers(SpeakerResolver& resolver) {
  // Per sentence, the first cue among the statements [0, recorded) and its speaker: made on
  // the first participle's turn.
  std::vector<std::pair<uint32_t, int>>& first_cue_of_sentence = buffers_.first_cue_of_sentence;
  std::vector<std::pair<uint32_t, int>>& first_adverbial_cue_of_sentence =  // (see below)
      buffers_.first_adverbial_cue_of_sentence;
  first_cue_of_sentence.clear();
  first_adverbial_cue_of_sentence.clear();
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
      if (before != nullptr && AlsoAfterDescription(c)) {
        // "Femi Ade said A. The former governor of Elm State also said B": an office's
        // description before "also" and the cue goes on with the person who spoke just
        // before, in the sentence before (news varies a name by a description that adds a
        // fact). Only a person named in that mention: not a description again, nor a
        // pronoun, whose own resolution may be wrong.
        const int last = before->speaker;
        if (last >= 0 && last != c.speaker && resolver.KindOf(last) == SpeakerKind::kPerson &&
            before->has_mention && !before->mention.empty() && before->cue_first != kNone &&
            doc_.sentence_of[before->cue_first] + 1 == doc_.sentence_of[c.cue_first] &&
            toks_[before->mention.last - 1].has(kCapitalized)) {
          c.speaker = last;
        }
      }
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
        first_adverbial_cue_of_sentence.assign(doc_.sentences.size(), {kNone, -1});
      }
      for (; recorded < i; ++recorded) {
        const Candidate& before = cands_[recorded];
        if (before.cue_first == kNone || before.noun_cue ||
            OpeningQuestion(before, SentenceFirst(before.cue_first))) {
          continue;
        }
        // ("Amid Elm calls for action, Lee said ..., saying": the main clause's cue before
        // the opening adverbial's; "When Lee arrived and said ...": the adverbial's if alone.)
        auto& slots = InOpeningAdverbial(before) ? first_adverbial_cue_of_sentence
                                                 : first_cue_of_sentence;
        auto& [first_cue, speaker] = slots[doc_.sentence_of[before.cue_first]];
        if (before.cue_first < first_cue) first_cue = before.cue_first, speaker = before.speaker;
      }
      const size_t sentence = doc_.sentence_of[c.cue_first];
      c.speaker = first_cue_of_sentence[sentence].first != kNone
                      ? first_cue_of_sentence[sentence].second
                      : first_adverbial_cue_of_sentence[sentence].second;
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
    // an hour after the board announced the vote. "..."`), or in a relative clause on its
    // speaker (`"...," said Lee, whose group does not endorse candidates. "..."`) or on
    // another word of its sentence (`"...," Lee told a hall that aides said held 400. "..."`).
    auto reported_inside = [this](size_t j) {
      const Candidate& inner = cands_[j];
      if (inner.from_quote || inner.cue_first == kNone) return false;
      const uint32_t m = inner.has_mention ? inner.mention.first : 0;
      const bool subordinate =
          m > 0 && toks_[m - 1].IsWord() && toks_[m - 1].is(kStop) &&
          toks_[m - 1].has(kLowerInitial) &&
          (LowerIs(m - 1, "after") || LowerIs(m - 1, "before") || LowerIs(m - 1, "when") ||
           LowerIs(m - 1, "since") || LowerIs(m - 1, "until") || LowerIs(m - 1, "because") ||
           LowerIs(m - 1, "while") || LowerIs(m - 1, "as") || LowerIs(m - 1, "whose") ||
           LowerIs(m - 1, "that") || LowerIs(m - 1, "which") || LowerIs(m - 1, "whom"));
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
    // `"A. [paragraph] "B," Lee said.`: a quotation left open at its paragraph's end goes on
    // in the next one; the attribution that closes it names its speaker.
    auto continues = [this](const Candidate& q) {
      const int at = q.from_quote && q.first < q.last ? in_quote_[q.first] : -1;
      return at >= 0 && quotes_[at].continues;
    };
    // (Not a quotation that the paragraph before introduces, with a colon or an attribution
    // of its own, "As the Gazette reported:", "The Gazette reported that ...": a block quote
    // of another text, whose closing attribution is often the quoted text's own.)
    auto introduced = [this, i](uint32_t para) {
      for (uint32_t back = 0;
           para > 0 && back < kMaxInheritDistance && doc_.LeavesQuotationOpen(para - 1);
           ++back) {
        --para;
      }
      if (para == 0) return false;
      const Paragraph& before = doc_.paragraphs[para - 1];
      if (before.last > before.first && toks_[before.last - 1].IsPunct(':')) return true;
      for (size_t j = i; j-- > 0 && i - j <= kMaxInheritDistance;) {
        const Candidate& prior = cands_[j];
        if (prior.paragraph < para - 1) break;
        // (Not a whole statement said in it, its clause ending the paragraph: "Ann Ray
        // said the pier was safe." goes before another speaker's quotation.)
        const bool said = prior.cue_first != kNone &&
                          (LowerIs(prior.cue_first, "said") || LowerIs(prior.cue_first, "says"));
        if (prior.paragraph == para - 1 && !prior.from_quote && prior.has_mention &&
            !(said && prior.first < prior.last && prior.last + 2 >= before.last)) {
          return true;
        }
      }
      return false;
    };
    if (continues(c) && !introduced(c.paragraph)) {
      uint32_t para = c.paragraph;
      for (size_t j = i + 1; j < cands_.size() && !found && j - i <= kMaxInheritDistance; ++j) {
        const Candidate& next = cands_[j];
        if (!next.from_quote || next.paragraph > para + 1) break;
        para = next.paragraph;
        if (next.has_mention) {
          speaker = next.speaker;
          found = true;
        } else if (!continues(next)) {
          break;
        }
      }
    }
    // (Within kMaxInheritDistance statements: a paragraph of hundreds of bare quotes would
    // otherwise be read whole for each.)
    for (size_t j = i; j-- > 0 && !found && i - j <= kMaxInheritDistance;) {
      if (cands_[j].paragraph != c.paragraph) break;
      if (cands_[j].speaker >= 0 && !reported_inside(j)) {
        speaker = cands_[j].speaker;
        found = true;
      }
    }
    // (Not a refusal after it, "A spokesman declined to comment.", "Lee did not respond to
    // a request for comment.": who said nothing lends no speaker to the words before.)
    auto refusal = [this](const Candidate& next) {
      if (next.from_quote || next.cue_first == kNone) return false;
      if (next.first + 1 < n_ && LowerIs(next.first, "to") && LowerIs(next.first + 1, "comment")) {
        return true;
      }
      const uint32_t cf = next.cue_first;
      return cf >= 1 && (LowerIs(cf - 1, "not") || LowerIs(cf - 1, "never") ||
                         EndsWith(cf - 1, "n't") || EndsWith(cf - 1, "n\xE2\x80\x99t"));
    };
    for (size_t j = i + 1; j < cands_.size() && !found && j - i <= kMaxInheritDistance; ++j) {
      if (cands_[j].paragraph != c.paragraph) break;
      if (cands_[j].has_mention && !refusal(cands_[j])) {
        speaker = cands_[j].speaker;
        found = true;
      }
    }
    if (!found && i > 0 && ParagraphsAdjoin(cands_[i - 1].paragraph, c.paragraph)) {
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
