// The attribution pass over one analysed article (what it finds: attribution.h). Internal to
// attribution: the types the rules share and the Pass class, whose members are the rules.
// ExtractStatements makes one Pass per article and calls Run(): the quote pass, the
// reported-speech pass, then speaker resolution.
//
// Pass's members are defined by area:
//   quotes.cc           pairing quotation marks into quotes, judging them (statement, scare
//                       quote, title) and attributing them: FindQuotes, JudgeQuote,
//                       AttributeAfter, ReportingVerbAfter, AttributeBefore
//   cues.cc             a cue at a token and how its verb is used: MatchCue, VerbUse,
//                       MannerAdverb, AsSubjectPutIt
//   subjects.cc         who speaks at a cue: FindSubject, ClauseSubject, ValidSubject and the
//                       noun-phrase tests, NameAfter, OpeningName, PossibleSpeaker, ...
//   clauses.cc          where a reported clause starts and ends: ContentStartAfterCue,
//                       ClauseEnd, TrimEnd, OpeningPhraseEnd, the participle tests, ...
//   reported_speech.cc  the cues outside quotes, sentence by sentence: ReportedSpeech,
//                       ProcessCue (with ProcessSourceCue, ProcessParticipleCue),
//                       ProcessNounCue, PassiveAgent, PassiveSubject, Headline, PollOpening
//   attribution.cc      Run (the passes in order), Emit, ResolveSpeakers, ExtractStatements
// The small members are defined here, in the class, so that every file can inline them.
//
// Thread safety: a Pass only reads the Document and Lexicon, and uses the PassBuffers it is
// given; one Pass per article per thread (ExtractStatements keeps one PassBuffers per thread).
#ifndef POLICY_SERVER_EXTRACT_INTERNAL_PASS_H_
#define POLICY_SERVER_EXTRACT_INTERNAL_PASS_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "server/core/model.h"
#include "server/extract/internal/lexicon.h"
#include "server/extract/internal/speakers.h"
#include "server/extract/internal/text.h"

namespace policy::extract_internal::attribution_internal {

constexpr uint32_t kNone = UINT32_MAX;
// Bounds that keep every rule linear in a sentence's length (see ContentEnd); those that one
// file uses alone are in that file.
constexpr uint32_t kMaxContentTokens = 512;
constexpr uint32_t kMaxAppositiveSpan = 64;  // a speaker's name and appositive before the cue

// a == b for a word and a literal, rejecting on length and first byte in one test: the
// rules compare a word with lists of words (is it "is", "was", ...?), and a test of the
// length alone (as string_view's == makes) passes unpredictably.
// (Always inlined: out of line in the largest rules it cost a call per comparison. The
// sizes are equal at the memcmp: the literal's size, a constant, lets it be inlined too.)
__attribute__((always_inline)) inline bool Is(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return a.size() == b.size();
  if (((a.size() ^ b.size()) | static_cast<unsigned char>(a[0] ^ b[0])) != 0) return false;
  return std::memcmp(a.data(), b.data(), b.size()) == 0;
}

struct Quote {
  uint32_t open = 0;   // token of the opening mark
  uint32_t close = 0;  // token of the closing mark; for an unterminated quote, paragraph end
  bool terminated = false;
  bool continues = false;    // runs on into the next paragraph
  bool single = false;
  bool accepted = false;     // a statement, not a scare quote or title
  bool embedded = false;     // inside a sentence's reported clause: left to the reported pass
  uint32_t first() const { return open + 1; }  // content tokens [first, last)
  uint32_t last() const { return close; }
};

struct Candidate {
  uint32_t first = 0, last = 0;  // content tokens
  StatementKind kind = StatementKind::kIndirect;
  uint32_t cue_first = kNone, cue_last = kNone;
  Mention mention;
  bool has_mention = false;
  bool same_sentence_speaker = false;  // a participle: the sentence's earlier speaker
  bool inherit_pending = false;        // an unattributed quote: a neighbour's speaker
  bool noun_cue = false;  // "Lee's claim that ...": an object's source, not a clause's subject
  int speaker = -1;
  uint32_t anchor = 0;       // token where the attribution is read (for resolution order)
  uint32_t paragraph = 0;
  bool from_quote = false;
  bool hidden = false;  // read for speaker resolution (follow-on quotes) only, not output
  // One word may be the content: a name as a stance verb's object ("endorsed Ray"), an
  // answer ("said yes").
  bool single_word = false;
  // "CLAUSE, according to X": X passes on the clause, which yields to a speaker attributed
  // inside it ("Ray said A, according to the Gazette" is Ray's A).
  bool secondhand = false;
  // "Ray was asked whether ...": a question put to the sentence's subject, who does not ask
  // it; a coordinated verb after it ("... and replied that") is the subject's.
  bool put_to_subject = false;

  // Names `m` as the speaker, read for resolution at token `at`.
  void SetSpeaker(const Mention& m, uint32_t at) {
    mention = m;
    has_mention = true;
    anchor = at;
  }
};

enum class Boundary { kSentenceStart, kComma, kClause };

// The index of the first element of `sorted` above `key` (std::upper_bound), with the
// comparison's result selected instead of branched on, as in CountFirstBelow (attribution.cc):
// the search over an article's cue starts in ContentEnd mispredicted at about every step.
inline size_t FirstAbove(const std::vector<uint32_t>& sorted, uint32_t key) {
  if (sorted.empty()) return 0;
  const uint32_t* base = sorted.data();
  size_t length = sorted.size();
  while (length > 1) {
    const size_t half = length / 2;
    base = base[half] <= key ? base + half : base;
    length -= half;
  }
  return static_cast<size_t>(base - sorted.data()) + (*base <= key ? 1 : 0);
}

// Token spans [first, last) for "is this span inside one of them?" in logarithmic time:
// sorted by first token, with the running maximum of their ends. Both vectors are the

struct Subject {
  bool found = false;
  Mention mention;
  Boundary boundary = Boundary::kClause;
};

// A Pass's per-article vectors. ExtractStatements keeps one per thread, so that their memory
// is reused from one article to the next.
struct PassBuffers {
  std::vector<Quote> quotes;
  // -1 but inside `quotes`, as long as the longest article so far (the Pass resets the
  // last article's quotes only)
  std::vector<int> in_quote;
  std::vector<uint8_t> consumed;
  std::vector<Candidate> cands;
  std::vector<Candidate> sorted_cands;  // Run()'s: the candidates in order, then swapped in
  // Run()'s: sort keys of the candidates (then of their spans), each with its index
  std::vector<std::pair<uint64_t, uint32_t>> order;
  std::vector<int8_t> title_case;
  std::vector<uint32_t> stray_quotes;
  // Run()'s own per-article vectors, kept here for their memory (a dozen mallocs and
  // frees per article otherwise); each is cleared where Run() starts to use it.
  std::vector<std::pair<uint32_t, uint32_t>> attributions, speech_by_name;
  std::vector<uint32_t> attribution_max, speech_max;
  std::vector<uint8_t> inside_longer;  // per candidate: inside a longer statement
  std::vector<uint32_t> by_first, furthest_end;
  std::vector<uint64_t> keys;  // Run()'s sort keys: a token or byte above a candidate's index
  std::vector<uint32_t> colons;  // ReportedSpeech's: byte offsets of the text's colons
  std::vector<int> renumbered;
  // Run's: per speaker, the person named later with its office (-1), or not asked (-2)
  std::vector<int> named_with_office;
  // ResolveSpeakers': per sentence, its first cue and that cue's speaker
  std::vector<std::pair<uint32_t, int>> first_cue_of_sentence, first_adverbial_cue_of_sentence;

  // After a huge article, gives the memory back rather than keep it for the thread's life.
  void ReleaseIfLarge() {
    if (in_quote.capacity() > (size_t{1} << 20)) *this = PassBuffers();
  }
};

class Pass {
 public:
  // `buffers` are cleared and used until the Pass is destroyed.
  Pass(const Document& doc, const Lexicon& lexicon, PassBuffers& buffers)
      : doc_(doc),
        lex_(lexicon),
        toks_(doc.tokens),
        word_ids_(doc.word_ids),
        n_(static_cast<uint32_t>(toks_.size())),
        quotes_(buffers.quotes),
        in_quote_(ResetInQuote(buffers, n_)),
        consumed_(ResetConsumed(buffers, n_)),
        cands_(buffers.cands),
        title_case_(buffers.title_case),
        stray_quotes_(buffers.stray_quotes),
        buffers_(buffers) {
    quotes_.clear();
    cands_.clear();
    title_case_.clear();
  }

  Extraction Run();

 private:
  // `buffers.in_quote` made -1 for a text of `n` tokens, as a span. It is -1 but inside the
  // quotes of the last article (still in `buffers.quotes`): only those tokens are reset, not
  // every token filled.
  static std::span<int> ResetInQuote(PassBuffers& buffers, uint32_t n) {
    std::vector<int>& in_quote = buffers.in_quote;
    for (const Quote& q : buffers.quotes) {
      std::fill(in_quote.begin() + q.first(), in_quote.begin() + q.last(), -1);
    }
    if (in_quote.size() < n) in_quote.resize(n, -1);
    return in_quote;
  }
  // `buffers.consumed` made 0 for a text of `n` tokens, as a span.
  static std::span<uint8_t> ResetConsumed(PassBuffers& buffers, uint32_t n) {
    buffers.consumed.assign(n, 0);
    return buffers.consumed;
  }
  // Valid until the next call. A string_view: comparing it with a literal checks the
  // length before the bytes (std::string == const char* always calls memcmp).
  std::string_view Lower(uint32_t t) {
    const std::string_view text = doc_.TokenText(t);
    // Most tokens are lower case already: then the text itself, without a copy.
    if (!HasAsciiUpper(doc_.text, toks_[t].begin, toks_[t].end)) return text;
    if (text.size() <= 16) {
      // Most capitalized words: two 8-byte words lower-cased at once, no string to fill.
      const size_t begin = toks_[t].begin;
      // The 16 bytes from the word's start where the text has them (the bytes past the word
      // are lower-cased too, and not returned): a variable-length copy is a library call.
      char bytes[16] = {};
      const char* const from = doc_.text.size() - begin >= 16 ? doc_.text.data() + begin
                                                                 : bytes;
      if (from == bytes) std::memcpy(bytes, doc_.text.data() + begin, text.size());
      uint64_t lo, hi;
      std::memcpy(&lo, from, 8);
      std::memcpy(&hi, from + 8, 8);
      lo = Lexicon::AsciiLower8(lo);
      hi = Lexicon::AsciiLower8(hi);
      std::memcpy(short_lower_, &lo, 8);
      std::memcpy(short_lower_ + 8, &hi, 8);
      return std::string_view(short_lower_, text.size());
    }
    AsciiLowerInto(text, &lower_);
    return lower_;
  }
  // Whether token `t` is the word `w` in any ASCII case (Document::WordIs, with the ids
  // read through the Pass's own span, as the tokens are).
  bool LowerIs(uint32_t t, Word w) const { return word_ids_[t] == w.id(); }
  // The same for a word known only at run time (`w` lower case).
  bool LowerIsText(uint32_t t, std::string_view w) const { return doc_.WordIsText(t, w); }
  // Whether token `t` is a common irregular past tense, any case (kIrregularPast).
  bool IrregularPast(uint32_t t) const { return kIrregularPast.Has(word_ids_[t]); }
  // "his", "her" or "their" at `t`: a person's or people's possessive determiner.
  bool OwnerPronoun(uint32_t t) const {
    return LowerIs(t, "his") || LowerIs(t, "her") || LowerIs(t, "their");
  }
  // "Asked whether ..., Li smiled and said", "Asked by Ray if ..., Li said ... but was":
  // candidate `c` is the question that opens the clause at `start` (the writer's, or its
  // asker's after "by"), which lends no speaker to a later verb of the clause.
  bool OpeningQuestion(const Candidate& c, uint32_t start) const {
    return (c.cue_first == start || (c.cue_first == start + 1 && LowerIs(start, "when"))) &&
           (!c.has_mention || LowerIs(c.cue_first, "asked"));
  }
  // "Riders fumed about Lee vowing to raise fares and said ...": candidate `c` is a gerund
  // and its subject inside a preposition's object, not an attribution of the sentence's
  // subject that a later verb of it could share. ("with Lee tweeting A and asking B" is
  // Lee's: an absolute phrase, not an object.)
  bool GerundInObject(const Candidate& c) const {
    if (!c.has_mention || c.cue_first != c.mention.last || c.mention.first == 0 ||
        !EndsWith(c.cue_first, "ing")) {
      return false;
    }
    const uint32_t p = c.mention.first - 1;
    return toks_[p].IsWord() && toks_[p].is(kStop) && toks_[p].has(kLowerInitial) &&
           (LowerIs(p, "about") || LowerIs(p, "at") || LowerIs(p, "of") || LowerIs(p, "over") ||
            LowerIs(p, "against") || LowerIs(p, "on") ||
            LowerIs(p, "for") || LowerIs(p, "by") || LowerIs(p, "from") || LowerIs(p, "amid"));
  }
  // `Lee claimed that "A," ...`: a quotation right after "that" is an earlier cue's object.
  bool QuoteAfterThat(const Quote& q) const { return q.open > 0 && LowerIs(q.open - 1, "that"); }
  uint32_t SentenceFirst(uint32_t t) const { return doc_.sentences[doc_.sentence_of[t]].first; }
  // "there is", "here are": not an adverb of place but the start of a clause ("she says
  // there is no ferry today").
  bool Existential(uint32_t t) {
    return (LowerIs(t, "there") || LowerIs(t, "here")) && t + 1 < n_ && toks_[t + 1].IsWord() &&
           toks_[t + 1].is(kPreverb);
  }
  // Whether a dateline may open at `t`: see DatelineMayOpen (speakers.h).
  bool DatelineMayOpen(uint32_t t, uint32_t end) const {
    return extract_internal::DatelineMayOpen(doc_, t, end);
  }
  // After a dateline that opens token `t`'s sentence: see DatelineEnd (speakers.h).
  uint32_t SkipDateline(uint32_t t, uint32_t end) const {
    return DatelineEnd(doc_, lex_, t, end);
  }
  // Where a cue's subject may start in sentence `start`, before cue word `cf`: after the
  // dateline opening the paragraph ("WASHINGTON (Reuters) - The port will close, officials
  // said"), which is neither content nor subject. (Not when another dash follows before the
  // cue: "NASA - which had planned ... - said".)
  uint32_t StartAfterDateline(uint32_t start, uint32_t cf) const {
    // (Tested first: a dateline opens with a word in capitals or a place before "(".)
    if (!toks_[start].has(kParagraphStart) || !DatelineMayOpen(start, cf)) return start;
    const uint32_t after = SkipDateline(start, cf);
    for (uint32_t t = after; t < cf && after > start; ++t) {
      if (toks_[t].IsPunct('-')) return start;
    }
    return after;
  }
  // Whether word `t` compares a figure with a forecast ("beating", "missed", "topping"):
  // earnings copy's "beating estimates" is the writer's benchmark.
  bool BeatsOrMisses(uint32_t t) const {
    return LowerIs(t, "beating") || LowerIs(t, "topping") || LowerIs(t, "missing") ||
           LowerIs(t, "exceeding") || LowerIs(t, "surpassing") || LowerIs(t, "beat") ||
           LowerIs(t, "topped") || LowerIs(t, "missed") || LowerIs(t, "exceeded") ||
           LowerIs(t, "surpassed");
  }
  // Whether a participle of comparison at `t` takes a forecast within three words before
  // `end` ("beating Street estimates", "missing analysts' expectations").
  bool BenchmarkAt(uint32_t t, uint32_t end) const {
    if (!BeatsOrMisses(t) || !EndsWith(t, "ing")) return false;
    for (uint32_t k = t + 1; k < end && k <= t + 3 && toks_[k].IsWord(); ++k) {
      if (LowerIs(k, "estimates") || LowerIs(k, "expectations") || LowerIs(k, "forecasts") ||
          LowerIs(k, "forecast") || LowerIs(k, "projections") || LowerIs(k, "consensus")) {
        return true;
      }
    }
    return false;
  }
  // After a clause's comma at `t - 1`: the writer's account of the market's answer to it,
  // "..., sending its shares up 9%", "..., pushing the stock to a record".
  bool MarketEffectAt(uint32_t t, uint32_t end) const {
    if (!(LowerIs(t, "sending") || LowerIs(t, "pushing") || LowerIs(t, "driving") ||
          LowerIs(t, "lifting") || LowerIs(t, "dragging") || LowerIs(t, "knocking"))) {
      return false;
    }
    for (uint32_t k = t + 1; k < end && k <= t + 3 && toks_[k].IsWord(); ++k) {
      if (LowerIs(k, "shares") || LowerIs(k, "stock") || LowerIs(k, "stocks")) return true;
    }
    return false;
  }
  // At `t`, "but": the writer's note that the speaker held something back, "... but did
  // not name him", "... but declined to elaborate", "..., but gave no details" (a verb of
  // telling after the negation; not "but did not vote for it", which may be the clause's
  // own subject's act).
  bool WithheldAt(uint32_t t, uint32_t end) const {
    if (t + 2 >= end || !LowerIs(t, "but")) return false;
    uint32_t verb = t + 1;
    if ((LowerIs(verb, "gave") || LowerIs(verb, "offered") || LowerIs(verb, "provided")) &&
        (LowerIs(verb + 1, "no") || LowerIs(verb + 1, "few"))) {
      return true;
    }
    if (LowerIs(verb, "did") && LowerIs(verb + 1, "not")) {
      verb += 2;
    } else if (LowerIs(verb, "didn't") || LowerIs(verb, "didn\xE2\x80\x99t")) {
      verb += 1;
    } else if ((LowerIs(verb, "declined") || LowerIs(verb, "refused")) &&
               LowerIs(verb + 1, "to")) {
      verb += 2;
    } else {
      return false;
    }
    return verb < end &&
           (LowerIs(verb, "say") || LowerIs(verb, "elaborate") || LowerIs(verb, "name") ||
            LowerIs(verb, "specify") || LowerIs(verb, "identify") ||
            LowerIs(verb, "disclose") || LowerIs(verb, "comment") ||
            LowerIs(verb, "explain") || LowerIs(verb, "reveal"));
  }
  // After a clause's comma at `t - 1`: the writer's account of how others took it,
  // "..., sparking protests", "..., prompting a walkout", "..., drawing boos from the
  // crowd" (not "drawing on her years at the port", the speaker's own).
  // (A reaction's noun within three words: not "..., sparking explosions nearby", what
  // was said.)
  bool ReactionAt(uint32_t t, uint32_t end) const {
    if (!(LowerIs(t, "sparking") || LowerIs(t, "prompting") || LowerIs(t, "triggering") ||
          LowerIs(t, "provoking") || LowerIs(t, "eliciting") || LowerIs(t, "drawing"))) {
      return false;
    }
    for (uint32_t k = t + 1; k < end && k <= t + 3 && toks_[k].IsWord(); ++k) {
      if (LowerIs(k, "criticism") || LowerIs(k, "applause") || LowerIs(k, "laughter") ||
          LowerIs(k, "cheers") || LowerIs(k, "boos") || LowerIs(k, "ire") ||
          LowerIs(k, "rebuke") || LowerIs(k, "condemnation") || LowerIs(k, "outrage") ||
          LowerIs(k, "protests") || LowerIs(k, "backlash") || LowerIs(k, "walkout") ||
          LowerIs(k, "anger") || LowerIs(k, "fury") || LowerIs(k, "speculation") ||
          LowerIs(k, "calls")) {
        return true;
      }
    }
    return false;
  }
  // After a clause's comma at `t - 1`: where the writer says it leaves someone, "...,
  // putting them at odds with Lee", "..., placing him in a weaker position" (an object of at
  // most three words, then the place's preposition).
  bool PlacingAt(uint32_t t, uint32_t end) const {
    if (!(LowerIs(t, "putting") || LowerIs(t, "placing"))) return false;
    for (uint32_t k = t + 2; k < end && k <= t + 4 && toks_[k].IsWord(); ++k) {
      if (LowerIs(k, "at") || LowerIs(k, "in") || LowerIs(k, "on") || LowerIs(k, "under") ||
          LowerIs(k, "ahead") || LowerIs(k, "behind")) {
        return true;
      }
    }
    return false;
  }
  // After a clause's comma at `t - 1`: what its subject did as it spoke, told by the
  // writer, "..., as it reported a 14% drop in profit" (a verb in the past after "as" and a
  // singular pronoun; not "as it did last year", "as he was", which go on with the clause).
  // So is what others did meanwhile: "..., as rescuers searched for the missing", "..., as
  // the audience laughed" (a plural for people, or "the" and its noun, before a verb in the
  // past that is no verb of saying: "as the Gazette reported" is an aside of the clause's).
  bool SimultaneousActAt(uint32_t t, uint32_t end) {
    if (t + 3 >= end || !LowerIs(t, "as")) return false;
    uint32_t v = t + 2;
    const bool pronoun = LowerIs(t + 1, "it") || LowerIs(t + 1, "he") || LowerIs(t + 1, "she");
    if (!pronoun && LowerIs(t + 1, "the")) {
      while (v < end && v < t + 6 && toks_[v].IsWord() && !toks_[v].is(kStop) &&
             !(toks_[v].has(kLowerInitial) && (EndsWith(v, "ed") || IrregularPast(v)))) {
        ++v;
      }
      if (v == t + 2) return false;
    } else if (!pronoun && !(toks_[t + 1].IsWord() && toks_[t + 1].has(kLowerInitial) &&
                             (toks_[t + 1].is(kGroup) || PeopleNoun(t + 1)))) {
      return false;
    }
    return v < end && toks_[v].IsWord() && toks_[v].has(kLowerInitial) &&
           !toks_[v].is(kPreverb) && !toks_[v].is(kStop) &&
           (EndsWith(v, "ed") || IrregularPast(v)) && !LowerIs(v, "did") &&
           (pronoun || !SaysAt(v, end));
  }
  // Whether a verb of saying other than one that only attributes a quotation (cues.tsv's
  // class quote: "laughed", "quipped") starts at token `t`.
  bool SaysAt(uint32_t t, uint32_t end) {
    int cue = -1;
    return toks_[t].is(kCueStart) && MatchCue(t, end, &cue) > 0 &&
           lex_.cue(cue).cls != CueClass::kQuoteOnly;
  }
  // After a clause's comma at `t - 1`: the writer's ranking of what was said, "..., in one
  // of the largest breaches on record".
  bool WritersRankingAt(uint32_t t, uint32_t end) const {
    return t + 4 < end && LowerIs(t, "in") && LowerIs(t + 1, "one") && LowerIs(t + 2, "of") &&
           LowerIs(t + 3, "the") && toks_[t + 4].IsWord() &&
           (EndsWith(t + 4, "est") || LowerIs(t + 4, "most"));
  }
  uint32_t SentenceLast(uint32_t t) const { return doc_.sentences[doc_.sentence_of[t]].last; }
  uint32_t ParagraphOf(uint32_t t) const { return doc_.sentences[doc_.sentence_of[t]].paragraph; }
  // Whether paragraph `later` follows `earlier` closely enough for a bare quotation in it to
  // go on with the speaker of `earlier`: next to it, or after one stage direction between
  // them ("She pauses.", "Laughter."): a paragraph of a few words, without quotation marks or
  // any capitalized word but its first, so that it names nobody who could have spoken.
  bool ParagraphsAdjoin(uint32_t earlier, uint32_t later) const {
    if (later <= earlier + 1) return true;
    if (later != earlier + 2) return false;
    const Paragraph& between = doc_.paragraphs[earlier + 1];
    if (between.first_quote != between.last_quote || between.last - between.first > 6) {
      return false;
    }
    for (uint32_t t = between.first + 1; t < between.last; ++t) {
      if (toks_[t].has(kCapitalized)) return false;
    }
    return true;
  }

  // The quotation marks of a paragraph, from the text layer's list.
  std::span<const uint32_t> QuoteMarksIn(const Paragraph& para) const {
    return std::span<const uint32_t>(doc_.quote_marks)
        .subspan(para.first_quote, para.last_quote - para.first_quote);
  }
  void FindQuotes();
  void JudgeQuote(Quote& q);
  // Whether word `t` has no lower-case ASCII letter ("WON", "U.S.").
  bool Shouted(uint32_t t) const {
    const std::string_view w = doc_.TokenText(t);
    for (const char ch : w) {
      if (ch >= 'a' && ch <= 'z') return false;
    }
    return true;
  }
  bool AttributeAfter(const Quote& q, Candidate* c);
  // `"It was a bad break," Lee said, that both crews knew the pier.`: after a quote whose
  // sentence its attribution cuts short, the words after the cue's comma finish the
  // speaker's sentence in the writer's words. Emits them as a statement of quote candidate
  // `c`'s speaker.
  void QuoteTailAfterCue(const Quote& q, const Candidate& c);
  // The "that" after a time phrase that opens at `from` ("in 2021", "on Monday", "three
  // years before the floods": up to seven words, no cue, auxiliary or pronoun among them,
  // a time word or a number in them), or kNone.
  uint32_t ThatAfterTime(uint32_t from, uint32_t end) const {
    if (!toks_[from].is(kAdjunct) && !toks_[from].is(kTime) && !toks_[from].has(kHasDigit) &&
        !toks_[from].is(kGroup) && !LowerIs(from, "three") && !LowerIs(from, "two")) {
      return kNone;
    }
    bool time = false;
    for (uint32_t t = from; t + 1 < end && t < from + 7; ++t) {
      const Token& tok = toks_[t];
      if (!tok.IsWord() || in_quote_[t] >= 0) return kNone;
      if (LowerIs(t, "that")) return time && t > from ? t : kNone;
      if (tok.is(kCueStart) || tok.is(kPronoun) || (tok.is(kPreverb) && FiniteAuxiliary(t))) {
        return kNone;
      }
      time = time || tok.is(kTime) || tok.has(kHasDigit);
    }
    return kNone;
  }
  // "Though riders are expected to back her, she has not ...", "The levy, which the council
  // is expected to pass, returns ...": when the cue at `cf` sits in an opening subordinate
  // clause (a subordinator opens sentence `sf`) or a relative clause ("who", "which"), with
  // no comma between, the content [first, last) ends at the first comma outside quotes that
  // closes it: one before a subject (a pronoun, determiner, name or number) or a verb in
  // lower case. Else `last`.
  uint32_t EmbeddedClauseEnd(uint32_t sf, uint32_t cf, uint32_t first, uint32_t last) {
    const uint32_t opening = SentenceOpening(sf, cf);
    bool embedded = opening < cf && toks_[opening].IsWord() && Subordinator(opening);
    for (uint32_t t = cf; t > opening && !embedded; --t) {
      if (toks_[t - 1].IsPunct(',') || toks_[t - 1].IsQuote()) break;
      embedded = toks_[t - 1].has(kLowerInitial) &&
                 (LowerIs(t - 1, "who") || LowerIs(t - 1, "which"));
    }
    for (uint32_t t = opening; t < cf && embedded; ++t) {
      embedded = !(toks_[t].IsPunct(',') && !(t + 1 < cf && (LowerIs(t + 1, "who") ||
                                                             LowerIs(t + 1, "which"))));
    }
    if (!embedded) return last;
    for (uint32_t t = first + 1; t + 1 < last; ++t) {
      if (!toks_[t].IsPunct(',') || in_quote_[t] >= 0) continue;
      const Token& next = toks_[t + 1];
      if (!next.IsWord()) continue;
      if (next.is(kPronoun) || next.is(kDeterminer) || next.has(kCapitalized) ||
          next.has(kHasDigit) ||
          (next.has(kLowerInitial) && (EndsWith(t + 1, "s") || FiniteAuxiliary(t + 1)) &&
           !next.is(kStop) && !next.is(kAdjunct))) {
        return TrimEnd(first, t);
      }
    }
    return last;
  }
  // `The students, who carried signs reading "Fees must fall," said the charges ...`,
  // `Lee, citing "the magic of Elm," said ...`: quote `q` closes an aside (a relative clause
  // or a participle phrase) on the subject that opens its sentence, so a verb of saying
  // after it is the subject's, not inverted before a speaker of the quote.
  bool QuoteInSubjectsAside(const Quote& q);
  bool AttributeBefore(const Quote& q, Candidate* c);
  bool ReportingVerbAfter(uint32_t k, uint32_t para_end, Candidate* c);
  void ReportedSpeech();
  // "Sen. Ann Ray (D-Ore.), a supporter of the pier told ...": a name opening the clause,
  // then a description that runs into the cue without its closing comma. The subject found
  // in the description becomes the name, the description its appositive. (Also after a
  // quotation, `start` the token after it: `"...," Ida Moss, the analyst ... wrote`.)
  void NameBeforeUnclosedDescription(Subject* subj, uint32_t start) const;
  // The end of a verb of endorsement or judgement's object (cues.tsv class "object") that
  // runs from `first` to `last`: before a subordinate clause with its own subject ("criticized
  // the plan after Lee said it would cost more": what Lee said is his statement).
  uint32_t ObjectEnd(uint32_t first, uint32_t last);
  // The end of that object, of a finite verb or a participle: ObjectEnd, then the end of a
  // topic (TopicEnd: "praised Lee for the plan, but the council ...").
  uint32_t StanceObjectEnd(uint32_t first, uint32_t last);
  // [from, end) is a clause of time after a cue, which says when, not what ("said as she
  // left the room", "said when asked about it"): "as", "when" or "while" and a subject
  // pronoun ("when" and "while" a participle too), with no quotation, "that" or second
  // subject pronoun (in "said when I announced I was out", what was said follows), and not
  // "when it comes to", which tells what about.
  bool TimeClause(uint32_t from, uint32_t end) const {
    if (from + 2 >= end || !toks_[from].has(kLowerInitial)) return false;
    const bool as = LowerIs(from, "as");
    if (!(as || LowerIs(from, "when") || LowerIs(from, "while")) ||
        !(SubjectPronoun(from + 1) ||
          (!as && (EndsWith(from + 1, "ed") || EndsWith(from + 1, "ing")))) ||
        (LowerIs(from + 1, "it") && LowerIs(from + 2, "comes"))) {
      return false;
    }
    for (uint32_t k = from + 2; k < end; ++k) {
      if (in_quote_[k] >= 0 || toks_[k].IsQuote() || LowerIs(k, "that") ||
          SubjectPronoun(k)) {
        return false;
      }
    }
    return true;
  }
  // The first of the auxiliaries, times and adverbs in -ly right before the verb at `cf`
  // ("who had long backed", "which last year found"): up to three, not before `floor`.
  uint32_t VerbModifiersStart(uint32_t cf, uint32_t floor) const {
    uint32_t rel = cf;
    while (rel > floor && rel + 4 > cf && toks_[rel - 1].IsWord() &&
           toks_[rel - 1].has(kLowerInitial) && !LowerIs(rel - 1, "who") &&
           !LowerIs(rel - 1, "which") &&
           (toks_[rel - 1].is(kPreverb) || toks_[rel - 1].is(kTime) ||
            LowerIs(rel - 1, "last") || EndsWith(rel - 1, "ly"))) {
      --rel;
    }
    return rel;
  }
  // The end of a topic's noun phrase after a topic cue ("talked about", "warned of") that
  // runs from `first` to `last`: before a dash, before a comma after which the clause goes on
  // ("..., made no comment", "..., but the board ..."), and before "and" or "but" and the
  // subject's second verb ("and made comments about ...").
  uint32_t TopicEnd(uint32_t first, uint32_t last);
  // Token `t`, after a comma, is "and", "but" or "or" opening a clause of its own, before
  // `last`: a determiner, a subject pronoun ("it" only if `it`), an owner ("but his jabs
  // are"), or a name or "there" and its auxiliary ("but Ray was", "and there were").
  bool ClauseAfterConjunction(uint32_t t, uint32_t last, bool it) const;
  // In "Voters who believe the plan will fail will stay home", the auxiliary at `aux` is
  // the main clause's, after the reported clause from `first` ("that" may open it): that
  // clause has one finite verb of its own before it (an infinitive, "to attend", none), and
  // no conjunction, relative or subordinator that could own a second.
  bool MainAuxiliaryAfterContent(uint32_t first, uint32_t aux) const;
  // "laid out a plan at a press briefing on Monday": the end of a verb of saying's object
  // [first, last), a noun phrase with no verb of its own (it opens with a determiner or an
  // owner), before where or when it was said (OccasionOrDateAt); else `last`.
  uint32_t NounObjectBeforeOccasion(uint32_t first, uint32_t last) const;
  // Token `t` opens a phrase of where or when something was said, up to `last`, in the
  // phrase from `first`: "in", "at" or "during" and an occasion ("in an interview", "at a
  // rally", "during his speech"), or "in" and a month or year ("in June 2015").
  bool OccasionOrDateAt(uint32_t first, uint32_t t, uint32_t last) const;
  void ProcessCue(uint32_t cf, uint32_t cl, int cue);
  // ProcessCue's own paths for a source cue ("according to X") and for a participle that
  // reports the sentence's subject ("..., saying"); `cand` holds the cue.
  void ProcessSourceCue(uint32_t cf, uint32_t cl, uint32_t start, uint32_t se, Candidate cand);
  // And for "heard" after a hearing body: "The court heard that Lee had been drinking", "the
  // inquest heard how ...": court reports give what was said before the court, by
  // witnesses or counsel they do not name there; a statement with no speaker. After any
  // other subject "heard" reports nothing ("Lee heard the news").
  void ProcessHearingCue(uint32_t cf, uint32_t cl, uint32_t se, Candidate& cand);
  // Whether a hearing body's noun ("court", "jury", "inquest", ...) comes right before the
  // verb at `cf`, or before its auxiliaries and adverbs.
  bool HearingBodyBefore(uint32_t cf) const;
  // The hearing body's noun before the cue at `cf` (HearingBodyBefore), or kNone.
  uint32_t HearingBodyNoun(uint32_t cf) const;
  void ProcessParticipleCue(uint32_t cf, uint32_t cl, int cue, uint32_t start, uint32_t se,
                            Candidate cand);
  void SubordinateSubject(uint32_t from, uint32_t cf, Mention* m);
  // The speaker of a participle (or a coordinated verb) at `cf` in the sentence from `sf`
  // (`start` past its opening marks): the clause's subject when it can speak, else a later
  // subordinate clause's that can (SubordinateSubject; "The row came at a rally, when
  // workers booed her, shouting ..."), else the clause's subject as found. False when none.
  bool ParticipleSubject(uint32_t sf, uint32_t start, uint32_t cf, Mention* m);
  // Whether quote `q` opens its sentence with a capital and is closed before the comma of a
  // cue after it ("'We are ready', said Ann Ray.", "'Outrageous', she said."): British
  // punctuation, a statement however short.
  bool OpensSentenceBeforeCue(const Quote& q) const;
  // "Sources in the law and judiciary department said": whether "and" at `t` joins two
  // lower-case modifiers of a body's noun that ends the phrase at `end`, after "the" and the
  // preposition of a complement ("in the health and family welfare ministry").
  bool JoinedBodyModifiers(uint32_t t, uint32_t end) const {
    if (t < 3 || t + 2 >= end || !toks_[end - 1].is(kOrgNoun | kOrgUnit) ||
        !toks_[t - 1].IsWord() || !toks_[t - 1].has(kLowerInitial) || toks_[t - 1].is(kStop) ||
        !LowerIs(t - 2, "the") || ComplementHead(doc_, t - 3) < 0) {
      return false;
    }
    for (uint32_t x = t + 1; x < end; ++x) {
      if (!toks_[x].IsWord() || !toks_[x].has(kLowerInitial) || toks_[x].is(kStop)) return false;
    }
    return true;
  }
  // [first, end) is a subject that can speak, followed by its verb in the past tense
  // ("sacked", "brought") or the perfect ("has already sued") before `cf`: returns `end`,
  // else kNone.
  uint32_t SpeakerBeforePastVerb(uint32_t first, uint32_t cf);
  // `nearest`: when the sentence opens with no subject, fall back on the nearest name or
  // pronoun followed by a verb.
  bool ClauseSubject(uint32_t sf, uint32_t start, uint32_t cf, Mention* m, bool nearest = true);
  uint32_t OpeningPhraseEnd(uint32_t start, uint32_t cf);
  // The sentence's first word after opening quotation marks (`sf` is its first token).
  uint32_t SentenceOpening(uint32_t sf, uint32_t limit) const {
    while (sf < limit && toks_[sf].IsQuote()) ++sf;
    return sf;
  }
  // "said Friday, as it struggles with falling demand", "said, while the talks went on":
  // the comma at `comma` opens a subordinate clause of the writer's after an attribution.
  bool WriterClauseAfterComma(uint32_t comma, uint32_t end) const {
    return toks_[comma].IsPunct(',') && comma + 2 < end && toks_[comma + 1].has(kLowerInitial) &&
           (LowerIs(comma + 1, "as") || LowerIs(comma + 1, "while") ||
            LowerIs(comma + 1, "amid")) &&
           !LowerIs(comma + 2, "that");
  }
  // The cue at `t` is the writer's question that opens the sentence: "Asked about the plan,
  // ...", "When asked whether ...".
  bool OpeningQuestion(uint32_t sf, uint32_t t, uint32_t limit, int cue) const {
    const uint32_t opening = SentenceOpening(sf, limit);
    return lex_.cue(cue).LemmaIs(kLemmaAsk | kLemmaAskAbout) &&
           (t == opening || (t == opening + 1 && LowerIs(t - 1, "when")));
  }
  // Token `t` makes the noun phrase after it an object: a lower-case verb ("to discuss the
  // budget") or a preposition ("speaking to the Herald").
  bool ObjectPosition(uint32_t t) {
    const Token& tok = toks_[t];
    if (!tok.IsWord() || !tok.has(kLowerInitial) || tok.is(kDeterminer) || tok.is(kPronoun) ||
        tok.is(kPreverb)) {
      return false;
    }
    if (!tok.is(kStop)) return !tok.is(kAdjunct) && !tok.is(kTime);
    return LowerIs(t, "to") || LowerIs(t, "with") || LowerIs(t, "for") || LowerIs(t, "from") ||
           LowerIs(t, "at") || LowerIs(t, "in") || LowerIs(t, "on") || LowerIs(t, "about") ||
           LowerIs(t, "by") || LowerIs(t, "of") || LowerIs(t, "into") || LowerIs(t, "over") ||
           LowerIs(t, "against") || LowerIs(t, "near");
  }
  void DocumentAuthor(Subject* subj, uint32_t start);
  void ParticipleAfterObject(Subject* subj, uint32_t sf, uint32_t start, uint32_t cf, int cue);
  bool PossibleSpeaker(const Mention& m);
  // ("Shares fell 5%, citing ...", "Prices rose": a plural capitalized only because it
  // opens the sentence (or follows its dateline), and never mid-sentence in the article, is
  // a common noun, and one for no person or body. A name there, "Lee was blunt.", is no
  // plural.) Whether mention `m` is one such word, alone or before its "of" complement
  // ("Shares of Elmco Inc").
  bool OpeningCommonPlural(const Mention& m);
  // "asked by Ann Ray whether ...", "was told by aides that ...": when token `by` is "by"
  // and a name or a noun for people follows it before `limit`, that agent becomes `c`'s
  // speaker and the token after it is returned; otherwise `by`.
  uint32_t AgentAfterBy(uint32_t by, uint32_t limit, Candidate* c) {
    if (by >= limit || !LowerIs(by, "by")) return by;
    const uint32_t agent_end = NameAfter(by + 1, limit);
    if (agent_end <= by + 1) return by;
    c->mention = {by + 1, agent_end, 0, 0};
    c->has_mention = true;
    return agent_end;
  }
  // After a passive "told" ("Lee was told [by Ann Ray] [on Monday] that ..."), starting at
  // token `from`: the "that" that opens what was told, within eight words and no
  // punctuation (an agent after "by" may come first), or kNone.
  uint32_t PassiveToldThat(uint32_t from) const {
    for (uint32_t t = from; t < n_ && t < from + 8 && toks_[t].IsWord(); ++t) {
      if (LowerIs(t, "that") && toks_[t].has(kLowerInitial)) return t;
    }
    return kNone;
  }
  // The token after a time of up to three words at `from` ("today", "last night", "on
  // Monday", "earlier this week": a time word last, only "on", "last", "this", "late" or
  // "early" before it), else `from`.
  uint32_t AfterToldTime(uint32_t from) const {
    uint32_t after = from;
    for (uint32_t t = from; t < n_ && t < from + 3 && toks_[t].IsWord(); ++t) {
      if (toks_[t].is(kTime)) {
        after = t + 1;
      } else if (!toks_[t].has(kLowerInitial) ||
                 !(LowerIs(t, "on") || LowerIs(t, "last") || LowerIs(t, "this") ||
                   LowerIs(t, "late") || LowerIs(t, "early"))) {
        break;
      }
    }
    return after;
  }
  // Right after a passive "told" (at `from`), a clause with no "that" that opens with its
  // own subject: a subject pronoun, or a determiner's short noun phrase, then a finite
  // auxiliary ("Staff were told they would lose their jobs", "Residents have been told the
  // bridge will close"). Not an infinitive ("were told to leave") nor an object.
  // (Also after a time, "Residents were told last night it was too late", "on Monday".)
  bool PassiveToldClause(uint32_t from) const {
    from = AfterToldTime(from);
    if (from + 2 >= n_ || !toks_[from].IsWord() || !toks_[from].has(kLowerInitial)) {
      return false;
    }
    if (SubjectPronoun(from)) return toks_[from + 1].IsWord() && FiniteAuxiliary(from + 1);
    if (!toks_[from].is(kDeterminer) || toks_[from].is(kPronoun)) return false;
    for (uint32_t t = from + 1; t < n_ && t < from + 5; ++t) {
      if (!toks_[t].IsWord() || toks_[t].is(kStop)) return false;
      if (t > from + 1 && toks_[t].has(kLowerInitial) && FiniteAuxiliary(t)) return true;
    }
    return false;
  }
  // The participle at `v` follows a form of "be" ("was widely criticized"): a passive, whose
  // subject is no speaker.
  // Past participle cue `cue` at `cf` is the second half of a passive ("were jeered and
  // criticized on the radio", "was detected in May but not reported until July"), no verb
  // of saying. `sf` is the sentence's first token.
  bool CoordinatedPassive(uint32_t cf, int cue, uint32_t sf);
  // The content that opens at `first` follows a one-word verb of evidence ("the poll shows
  // (that) ...", "the survey found ...").
  bool AfterEvidenceCue(uint32_t first) {
    if (first == 0) return false;
    uint32_t verb = first - 1;
    if (verb > 0 && LowerIs(verb, "that")) --verb;
    int cue = -1;
    return toks_[verb].IsWord() && toks_[verb].is(kCueStart) && MatchCue(verb, first, &cue) > 0 &&
           lex_.cue(cue).cls == CueClass::kEvidence;
  }
  bool PassiveVerb(uint32_t v, uint32_t sf) {
    for (uint32_t t = v; t-- > sf && t + 4 > v;) {
      if (!toks_[t].IsWord() || !toks_[t].has(kLowerInitial)) return false;
      if (LowerIs(t, "was") || LowerIs(t, "were") || LowerIs(t, "is") || LowerIs(t, "are") ||
          LowerIs(t, "be") || LowerIs(t, "been") || LowerIs(t, "being")) {
        return true;
      }
      if (!toks_[t].is(kPreverb) && !MannerAdverb(t)) return false;
    }
    return false;
  }
  // "It is alleged that ...", "It was reported that ...", "It is understood that ...": the
  // cue [cf, after) of saying or thought is an impersonal passive, "it" and auxiliaries
  // before it and "that" after it, opening a clause (the sentence, or after a comma or
  // "and"/"but"). `sf` is the sentence's first token.
  bool ImpersonalPassive(uint32_t cf, uint32_t after, uint32_t sf) {
    if (after + 1 >= n_ || !LowerIs(after, "that") || !PassiveVerb(cf, sf)) return false;
    uint32_t it = cf;
    while (it > sf + 1 && toks_[it - 1].IsWord() && toks_[it - 1].has(kLowerInitial) &&
           (toks_[it - 1].is(kPreverb) || MannerAdverb(it - 1))) {
      --it;
    }
    if (it == sf || it == cf || !LowerIs(it - 1, "it")) return false;
    const uint32_t before = it - 1;
    return before == sf || (before > sf && (toks_[before - 1].IsPunct(',') ||
                                            toks_[before - 1].IsPunct(';') ||
                                            LowerIs(before - 1, "and") ||
                                            LowerIs(before - 1, "but")));
  }
  // "Lee was widely criticized by port workers for closing the pier": a passive cue
  // [cf, cl) whose agent follows "by" reports the agent's words. Emits the statement (the
  // words after the agent) and returns true; false if the cue is no such passive.
  bool PassiveAgent(uint32_t cf, uint32_t cl, int cue);
  // "As reported by the Elm Herald, CLAUSE", "CLAUSE, as first reported by the Elm Herald
  // on Tuesday.": a passive cue [cf, cl) after "as", then "by" and an agent, passes on the
  // clause that the phrase opens or closes as the agent's. Emits it and returns true.
  bool AsReportedBy(uint32_t cf, uint32_t cl, int cue);
  // The "as" before the passive cue at `cf` (after `first`), perhaps with an adverb between
  // ("as first reported", "as widely noted"), or kNone.
  uint32_t AsBeforePassive(uint32_t cf, uint32_t first) const {
    uint32_t as = cf;
    if (as > first + 1 && toks_[as - 1].IsWord() && toks_[as - 1].has(kLowerInitial) &&
        (LowerIs(as - 1, "first") || EndsWith(as - 1, "ly"))) {
      --as;
    }
    return as > first && LowerIs(as - 1, "as") ? as - 1 : kNone;
  }
  // "Ray is said to be angry", "The bank is learnt to have sought a report": the cue `c` at
  // `cf`, a participle of hearsay, before "to" (after "is" or "was"). Not when the
  // infinitive is itself a verb of saying or endorsing ("The board is expected to announce
  // that ...", "The Gazette is expected to endorse Lee", "Lee is reported to have called it
  // a failure": the subject's own cue, which the raising rule attributes to the subject),
  // but for "said", whose infinitive is always the hearsay.
  bool HearsayPassive(uint32_t cf, const Cue& c) {
    if (!c.LemmaIs(kLemmaHearsay) || cf + 2 >= n_ || !LowerIs(cf + 1, "to")) return false;
    // (Not "The figures were reported to the board": "to" and the one told.)
    const Token& next = toks_[cf + 2];
    if (!next.IsWord() || next.is(kDeterminer) || next.has(kCapitalized) ||
        next.has(kHasDigit) || next.has(kPossessive)) {
      return false;
    }
    if (c.LemmaIs(kLemmaSay)) return true;
    const uint32_t verb = LowerIs(cf + 2, "have") || LowerIs(cf + 2, "be") ? cf + 3 : cf + 2;
    int cue = -1;
    return verb >= n_ || !toks_[verb].is(kCueStart) || MatchCue(verb, n_, &cue) == 0 ||
           !(lex_.cue(cue).cls == CueClass::kSpeech || lex_.cue(cue).name_object);
  }
  // "The ferry is (widely) seen as a relic", "had been viewed as", "a state seen as
  // critical": the cue "seen as" at `cf` as a passive (not after "has", "have", "had": "which
  // Ray has seen as a threat" is Ray's view), a view held of its subject by people the writer
  // does not name.
  bool SeenAsPassive(uint32_t cf) const {
    uint32_t aux = cf;
    while (aux > 0 && aux + 3 > cf && toks_[aux - 1].IsWord() &&
           toks_[aux - 1].has(kLowerInitial) &&
           (EndsWith(aux - 1, "ly") || LowerIs(aux - 1, "both") || LowerIs(aux - 1, "also") ||
            LowerIs(aux - 1, "still") || LowerIs(aux - 1, "often") || LowerIs(aux - 1, "now"))) {
      --aux;
    }
    return aux == 0 || !(LowerIs(aux - 1, "has") || LowerIs(aux - 1, "have") ||
                         LowerIs(aux - 1, "had") || LowerIs(aux - 1, "having") ||
                         EndsWith(aux - 1, "'ve") || EndsWith(aux - 1, "\xE2\x80\x99ve"));
  }
  // "Lee was said by aides to be confident", "was reported by the Herald to have quit": after
  // a verb of saying's agent, the infinitive at `t` is what was said of the subject, which
  // belongs to it (as in "Lee is said to be confident"), not the passive's topic.
  bool HearsayInfinitive(uint32_t t, const Cue& c) const {
    return c.cls == CueClass::kSpeech && LowerIs(t, "to") && t + 1 < n_ &&
           (LowerIs(t + 1, "be") || LowerIs(t + 1, "have"));
  }
  // "Lee was endorsed by Ann Ray", "The plan has been criticized by crews for ...": the
  // subject of a passive cue [cf, cl) followed by "by" and an agent (a name or a noun
  // phrase for people) is what the agent endorsed or criticized; emits it as a statement of
  // the agent. Not for listeners ("was told by") or "called".
  void PassiveSubject(uint32_t cf, uint32_t cl, int cue);
  // A statement of the agent [cl + 1, agent_end) after the passive cue [cf, cl): both
  // passive rules above start from it.
  Candidate AgentCandidate(uint32_t cf, uint32_t cl, uint32_t agent_end) const {
    Candidate cand;
    cand.cue_first = cf;
    cand.cue_last = cl;
    cand.mention = {cl + 1, agent_end, 0, 0};
    cand.has_mention = true;
    cand.anchor = cl + 1;
    return cand;
  }
  // Token `t` is a closing quotation mark right after a comma inside the quote (`"was a
  // mess,"`): the comma ends the sentence's clause as one outside the mark would.
  bool CommaClosesQuote(uint32_t t) const {
    return t > 0 && toks_[t].IsQuote() && toks_[t - 1].IsPunct(',') && in_quote_[t - 1] >= 0;
  }
  // Whether the comma at `t` is a list's: "and" or "or" among the three words after the
  // next one, before `end` and any mark ("ferries, bridges and tunnels").
  bool ListComma(uint32_t t, uint32_t end) const {
    for (uint32_t x = t + 1; x < end && x < t + 5 && toks_[x].IsWord(); ++x) {
      if (x >= t + 2 && (LowerIs(x, "and") || LowerIs(x, "or"))) return true;
    }
    return false;
  }
  // Token `t` (before `end`) opens a reported question: "whether", "if", "about" or a
  // wh-word. ("when asked to pick a partner" is a request, more often not reported.)
  bool QuestionOpens(uint32_t t, uint32_t end) {
    if (t >= end || !toks_[t].IsWord() || !toks_[t].has(kLowerInitial) || !toks_[t].is(kStop)) {
      return false;
    }
    return LowerIs(t, "whether") || LowerIs(t, "if") || LowerIs(t, "about") ||
           LowerIs(t, "what") || LowerIs(t, "which") || LowerIs(t, "who") ||
           LowerIs(t, "whom") || LowerIs(t, "why") || LowerIs(t, "how") || LowerIs(t, "when") ||
           LowerIs(t, "where");
  }
  // Whether [first, last) is "one" or "another" alone: one of a group met before, whose name
  // follows between commas ("One, the Elm Fans Trust, said", ", and one, Ann Ray, said").
  bool OneOfAGroup(uint32_t first, uint32_t last) const {
    return last == first + 1 && (LowerIs(first, "one") || LowerIs(first, "another"));
  }
  // Token `t` is a conjunction that opens a subordinate clause ("while", "although", "when",
  // "if", "after", "because", "since", "once", "whereas", "though", "unless", "until",
  // "before"); "as" is left out ("As Lee said, ..." opens the reported clause itself).
  bool Subordinator(uint32_t t) const {
    static constexpr WordSet kSubordinators = {
        "while", "when",    "whereas", "whenever", "although", "after",  "though",
        "if",    "because", "before",  "since",    "once",     "unless", "until"};
    return toks_[t].IsWord() && kSubordinators.Has(word_ids_[t]);
  }
  // Token `t` is a subordinator before a participle, a clause with no subject of its own:
  // "while speaking to reporters", "after visiting the pier".
  bool SubordinateParticiple(uint32_t t) const {
    return t + 1 < n_ && toks_[t].has(kLowerInitial) && Subordinator(t) && !LowerIs(t, "if") &&
           !LowerIs(t, "unless") && toks_[t + 1].IsWord() && toks_[t + 1].has(kLowerInitial) &&
           !toks_[t + 1].is(kStop) && EndsWith(t + 1, "ing") &&
           toks_[t + 1].end - toks_[t + 1].begin > 4;
  }
  // Token `t` opens a participle phrase of the clause's subject: a comma (", saying"), or
  // "by", "after", "before", "while", "in" ("Lee laughed it off by interjecting, ...").
  bool ParticipleOpener(uint32_t t) {
    if (toks_[t].IsPunct(',')) return true;
    // (A dash as a comma: "changed his pick - saying he ..."; not one that opens an aside,
    // which a second dash closes: "Lee - saying little - left".)
    if (toks_[t].IsPunct('-')) {
      const uint32_t se = SentenceLast(t);
      for (uint32_t k = t + 1; k < se; ++k) {
        if (toks_[k].IsPunct('-') && in_quote_[k] < 0) return false;
      }
      return true;
    }
    if (!toks_[t].IsWord() || !toks_[t].has(kLowerInitial) || !toks_[t].is(kStop)) return false;
    // ("joined Ray in calling for", "erred in saying", "united in opposing": the subject's
    // act, with its object after it. Not "said, but not in writing, that", a manner, nor
    // after a noun that its article opens, "the difficulty in predicting".)
    if (LowerIs(t, "in")) {
      if (t + 2 >= n_ || !toks_[t + 2].IsWord()) return false;
      return !(t >= 2 && toks_[t - 1].IsWord() && toks_[t - 1].has(kLowerInitial) &&
               !toks_[t - 1].is(kStop) &&
               (LowerIs(t - 2, "the") || LowerIs(t - 2, "a") || LowerIs(t - 2, "an")));
    }
    // ("made a point of noting": the subject's act, taking care to.)
    if (LowerIs(t, "of")) return t >= 2 && LowerIs(t - 1, "point") && LowerIs(t - 2, "a");
    return LowerIs(t, "by") || LowerIs(t, "after") || LowerIs(t, "before") ||
           LowerIs(t, "while");
  }
  // "sent an email at 10 p.m. claiming ...", "wrote to staff on Tuesday saying ...": the
  // time of the subject's act, a preposition and a time, right before the participle at `cf`
  // (so the participle is the subject's, as after a comma).
  bool TimeOfActBefore(uint32_t cf) const {
    const uint32_t t = cf - 1;
    // (A time's noun, not an adverb: "after recently accusing" is the object of "after".)
    if (t < 3 || !toks_[t].IsWord() ||
        !((toks_[t].is(kTime) && !EndsWith(t, "ly") && !LowerIs(t, "earlier") &&
           !LowerIs(t, "later") && !LowerIs(t, "now") && !EndsWith(t, "ward") &&
           !EndsWith(t, "wards")) ||
          LowerIs(t, "p.m.") || LowerIs(t, "a.m.") || LowerIs(t, "midnight") ||
          LowerIs(t, "noon"))) {
      return false;
    }
    for (uint32_t p = t; p-- > 0 && p + 4 >= t;) {
      if (!toks_[p].IsWord()) return false;
      if (toks_[p].has(kLowerInitial) &&
          (LowerIs(p, "at") || LowerIs(p, "after") || LowerIs(p, "before") || LowerIs(p, "on") ||
           LowerIs(p, "until") || LowerIs(p, "late") || LowerIs(p, "early"))) {
        return p > 0 && toks_[p - 1].IsWord() && toks_[p - 1].has(kLowerInitial);
      }
      if (!(toks_[p].has(kHasDigit) || toks_[p].is(kTime) || LowerIs(p, "the") ||
            LowerIs(p, "last") || LowerIs(p, "this") || toks_[p].has(kCapitalized))) {
        return false;
      }
    }
    return false;
  }
  void ResolveSpeakers(SpeakerResolver& resolver);
  // Whether `c`'s cue is in an adverbial that opens its sentence with a preposition or a
  // subordinator, before the adverbial's comma ("Amid Elm calls for action, ...", "When Lee
  // said that Ray ..., "): the adverbial's attribution, not the sentence's main one.
  bool InOpeningAdverbial(const Candidate& c) const {
    const uint32_t sf = SentenceFirst(c.cue_first);
    // ("Adopting the advice of an inspector who considered ..., the board ...": an opening
    // participle's phrase is one too, when its participle is not the cue.)
    const bool opening_participle = c.cue_first > sf && toks_[sf].IsWord() &&
                                    toks_[sf].has(kCapitalized) && !toks_[sf].is(kStop) &&
                                    toks_[sf].end - toks_[sf].begin > 5 && EndsWith(sf, "ing");
    if (c.cue_first > sf + 40 || !toks_[sf].IsWord() ||
        (!toks_[sf].is(kStop) && !opening_participle) || toks_[sf].is(kDeterminer) ||
        LowerIs(sf, "and") || LowerIs(sf, "but") || LowerIs(sf, "or") || LowerIs(sf, "so") ||
        LowerIs(sf, "that")) {
      return false;
    }
    for (uint32_t t = sf + 1; t < c.cue_first; ++t) {
      if (toks_[t].IsPunct(',')) return false;
    }
    return true;
  }
  // `The mayor "made a grave error," Ray said.`: a quotation attributed after it that opens
  // in lower case, right after the sentence's own words, is the end of the speaker's
  // clause; `c` becomes that mixed statement, from the sentence's start.
  void ClauseBeforeQuote(const Quote& q, Candidate* c) {
    const uint32_t sf = SentenceFirst(q.open);
    if (q.open <= sf + 1 || !toks_[q.open - 1].IsWord() || q.open + 1 >= q.close ||
        !toks_[q.open + 1].IsWord() || !toks_[q.open + 1].has(kLowerInitial) ||
        in_quote_[q.open - 1] >= 0 || toks_[sf].IsQuote()) {
      return;
    }
    // (Only the sentence's own words: no other quotation or attribution before it. A verb
    // of intention or belief is part of what is said: `Lee plans to fix the pier by "next
    // year," Ray said` is all Ray's.)
    bool inner_cue = false;
    for (uint32_t t = sf; t < q.open; ++t) {
      if (toks_[t].IsQuote() || consumed_[t]) return;
      int cue = -1;
      if (!inner_cue && toks_[t].is(kCueStart) && MatchCue(t, q.open, &cue) > 0 &&
          lex_.cue(cue).cls != CueClass::kThought && VerbUse(t, cue)) {
        inner_cue = true;
      }
    }
    // (`Ray admitted she had lost it in a "burn bag," the Elm Post reported.`: a clause with
    // an attribution of its own is all the source's, when a verb of saying closes the
    // sentence after the quotation; its mark goes with it, so the inner clause is part of
    // it. Not `... "protect our citizens," the crowd applauded`.)
    if (inner_cue) {
      int cue = -1;
      if (c->cue_first == kNone || !CommaClosesQuote(q.close) ||
          SpeechCueAt(c->cue_first, c->cue_last, &cue) == 0 ||
          !TailIsAdjunct(c->cue_last, TrimEnd(c->cue_last, SentenceLast(q.close)))) {
        return;
      }
      c->last = q.close + 1;
    }
    c->first = sf;
    c->kind = StatementKind::kMixed;
  }
  // `Ray says "the ferries will sail" despite the vote`: a quote right after its cue
  // (or "that") that the sentence runs on past is part of a reported clause; `c` becomes
  // that mixed statement.
  void QuoteInClause(const Quote& q, Candidate* c) {
    if (!q.terminated || q.open == 0 || !toks_[q.open - 1].IsWord()) return;
    uint32_t k = q.close + 1;
    const uint32_t se = SentenceLast(q.close);
    if (k >= se || SentenceFirst(q.open) != SentenceFirst(q.close)) return;
    // (`argued that "every rider" - including Lee - favored a cut`: the subject of the clause
    // after "that", an aside between dashes, then its verb.)
    if (toks_[k].IsPunct('-') && LowerIs(q.open - 1, "that")) {
      uint32_t close = k + 1;
      while (close < se && close < k + 10 && (toks_[close].IsWord() || toks_[close].IsPunct(','))) {
        ++close;
      }
      if (close + 1 < se && close > k + 1 && toks_[close].IsPunct('-')) k = close + 1;
    }
    const Token& next = toks_[k];
    if (!next.IsWord() || !next.has(kLowerInitial) || next.is(kTime) || next.is(kCueStart) ||
        next.is(kPronoun)) {
      return;
    }
    if (next.is(kStop) || next.is(kAdjunct)) {
      // A conjunction opens another clause; a time or place is the attribution's adjunct.
      if (LowerIs(k, "and") || LowerIs(k, "but") || LowerIs(k, "or") || LowerIs(k, "so") ||
          LowerIs(k, "because") || LowerIs(k, "when") || LowerIs(k, "while") ||
          LowerIs(k, "as") || LowerIs(k, "after") || LowerIs(k, "before") ||
          LowerIs(k, "since") || LowerIs(k, "until") || LowerIs(k, "if") || LowerIs(k, "on") ||
          LowerIs(k, "at") || LowerIs(k, "during") || LowerIs(k, "last") ||
          LowerIs(k, "this") || LowerIs(k, "is") || LowerIs(k, "was") || LowerIs(k, "are") ||
          LowerIs(k, "were") || LowerIs(k, "who") || LowerIs(k, "which")) {
        return;
      }
    }
    // `Lee claimed that "A," one pilot said B`: after a comma inside the closing mark, the
    // words that follow may be another speaker's attribution.
    if (CommaClosesQuote(q.close)) {
      for (uint32_t t = k + 1; t < se && t < k + 10 && toks_[t].IsWord(); ++t) {
        int cue = -1;
        if (!toks_[t].is(kCueStart) || !toks_[t].has(kLowerInitial) ||
            MatchCue(t, se, &cue) == 0) {
          continue;
        }
        if (VerbUse(t, cue)) {
          const Subject other = FindSubject(t, k);
          if (other.found && other.mention.first == k) return;
        }
        break;
      }
    }
    const uint32_t last = ContentEnd(k, se);
    if (last <= k + 1) return;
    c->first = q.open;
    c->last = last;
    c->kind = StatementKind::kMixed;
  }

  // Whether the sentence at index `sentence` is the headline: it ends the text's first
  // paragraph without a closing period (the body's sentences end in one).
  bool HeadlineSentence(uint32_t sentence) const {
    const Sentence& s = doc_.sentences[sentence];
    return s.paragraph == 0 && s.last >= doc_.paragraphs[0].last &&
           !toks_[s.last - 1].IsPunct('.');
  }
  // A headline: most words of the sentence are capitalized.
  bool TitleCase(uint32_t sentence) {
    if (title_case_.empty()) title_case_.assign(doc_.sentences.size(), -1);
    int8_t& known = title_case_[sentence];
    if (known < 0) known = TitleCaseSentence(doc_, sentence) ? 1 : 0;
    return known == 1;
  }

  // Cue starting at t: returns its length in tokens (0 if none) and sets *cue.
  // `nouns`: match only noun cues ("claim that"); else only the others.
  // (The test of the token inline: half the calls are for words that start no cue.)
  uint32_t MatchCue(uint32_t t, uint32_t limit, int* cue, bool nouns = false) {
    const Token& tok = toks_[t];
    if (!tok.IsWord() || !tok.is(kCueStart)) return 0;
    return MatchCueStart(t, limit, cue, nouns);
  }
  // MatchCue for a word the lexicon lists as a cue start.
  uint32_t MatchCueStart(uint32_t t, uint32_t limit, int* cue, bool nouns);
  // MatchCueStart for a word that needs more than its cues as written (a capitalized word,
  // a verb whose cue may reach across an adjunct or a tally). Out of line, so that the
  // common path makes no call and saves no registers.
  __attribute__((noinline)) uint32_t MatchCueStartFully(uint32_t t, uint32_t limit, int* cue,
                                                        bool nouns);
  // The first of `refs` that the words from `t` (before `limit`) spell: its length in
  // tokens, with *cue set, or 0.
  uint32_t MatchCueRefs(uint32_t t, uint32_t limit, std::span<const CueRef> refs, int* cue);
  // The length of a short adjunct at `k` that may stand between a verb and its preposition
  // of topic ("at length", "briefly", "Monday", "to reporters"), or 0.
  uint32_t TopicAdjunct(uint32_t k, uint32_t limit);
  // MatchCue's cue of topic across a short adjunct after the verb at `t` ("spoke at length
  // about"): its length in tokens, adjunct included, or 0. Out of line: rarely taken.
  __attribute__((noinline)) uint32_t CueAcrossAdjunct(uint32_t t, uint32_t limit,
                                                      std::span<const CueRef> refs, int* cue);
  // MatchCue's "vote to/for/against/in favor of" across the tally after the verb ("voted
  // 6-3 to", "voted unanimously on Monday for"), with a time after it: its length, or 0.
  __attribute__((noinline)) uint32_t VoteAcrossTally(uint32_t t, uint32_t limit,
                                                     std::span<const CueRef> refs, int* cue);
  // Whether the sentence at `sf` opens with a question about when ("Asked when ...", "When
  // asked how long ...").
  bool AskedWhen(uint32_t sf) const {
    uint32_t t = sf;
    if (t + 1 < n_ && LowerIs(t, "when")) ++t;
    return t + 2 < n_ && LowerIs(t, "asked") &&
           (LowerIs(t + 1, "when") || (LowerIs(t + 1, "how") && LowerIs(t + 2, "long")));
  }
  // Whether token `t` may open the adjunct TopicAdjunct reads: a word of class adjunct or
  // time ("at", "to", "Monday"), a lower-case word in -ly, "more", "much" or "often".
  bool AdjunctStart(uint32_t t) const {
    const Token& tok = toks_[t];
    return tok.IsWord() &&
           (tok.is(kAdjunct | kTime) ||
            (tok.has(kLowerInitial) && (EndsWith(t, "ly") || LowerIs(t, "more") ||
                                        LowerIs(t, "much") || LowerIs(t, "often"))));
  }
  // Whether word `t` is a noun that ends in -ly ("supply", "rally"), no adverb.
  bool NounInLy(uint32_t t) const;
  // Whether cue `cue` is a verb of saying or thought that ends in a preposition of topic
  // ("spoke about", "warned of", "spoke out against"; Cue::topic): the noun phrase after it
  // is what was spoken of.
  bool TopicCue(int cue) const { return lex_.cue(cue).topic; }
  // The end of the topic from `first` to `last` after cue `cue` (one of topic or one ending
  // in "to") when it is a name with an appositive on an article or an owner: the name
  // ("referring to Ann Ray, his adviser at the time", "spoke of Tom Lee, a rival": the
  // appositive is the writer's gloss). Else `last`.
  uint32_t NameTopicEnd(uint32_t first, uint32_t last, int cue) const {
    // (The name first: most topics open in lower case.)
    if (first + 3 > last || !toks_[first].IsWord() || !toks_[first].has(kCapitalized)) {
      return last;
    }
    const Cue& c = lex_.cue(cue);
    if (!c.topic && !(!c.rest.empty() && c.rest.back() == "to")) return last;
    const uint32_t k = NameObjectEnd(first, std::min(last, first + 4));
    if (k > first && k + 2 < last && toks_[k].IsPunct(',') && toks_[k + 1].IsWord() &&
        toks_[k + 1].has(kLowerInitial) &&
        (LowerIs(k + 1, "the") || LowerIs(k + 1, "a") || LowerIs(k + 1, "an") ||
         OwnerPronoun(k + 1))) {
      return k;
    }
    return last;
  }
  // "Lee's claim that ...", "his promise to ...": a noun cue after a possessive source.
  // (`t` is a noun cue start, or "view": the caller tests it.)
  void ProcessNounCue(uint32_t t, uint32_t limit);
  // A noun cue at `t` with its source after "from" and before its "that" or "to" ("warnings
  // from experts that ..."): emits that statement.
  void NounCueWithSourceAfterFrom(uint32_t t, uint32_t limit);
  // End of the name that opens a clause at `first` ("Senate leader Ann Ray" in "Senate
  // leader Ann Ray delivered ..."), or `first` if it does not open with a name.
  // Names `m` as `c`'s speaker through the cue [cue_first, cue_last), which no later search
  // for a cue reads again.
  void SpeakerAtCue(Candidate* c, const Mention& m, uint32_t cue_first, uint32_t cue_last,
                    uint32_t anchor) {
    c->SetSpeaker(m, anchor);
    c->cue_first = cue_first;
    c->cue_last = cue_last;
    for (uint32_t t = cue_first; t < cue_last; ++t) consumed_[t] = 1;
  }
  uint32_t OpeningName(uint32_t first, uint32_t limit);
  // `... pollster Ann Ray: "`, `- Ann Ray: "`, `More from Ann Ray: "`, `From the report: "`:
  // the first token of the source named right before the colon at `colon`, or `colon`.
  // The owner of a noun for words before the colon at `colon`, the phrase from `first`
  // ("The mayor's message was simple:", "Her reaction:", "The message from Ann Ray was
  // clear:"); an empty mention if the phrase is no such noun.
  Mention OwnerOfWordsBeforeColon(uint32_t first, uint32_t colon);
  uint32_t NamedBeforeColon(uint32_t sf, uint32_t colon);
  bool VerbUse(uint32_t cf, int cue);
  // Word `t` is a noun for a message whose words a quotation may give: "warning",
  // "message", "advice", "plea", ... (`That was the message from Lee.`, `Ray had a warning
  // for the council.`).
  bool MessageNoun(uint32_t t) const {
    static constexpr WordSet kMessageNouns = {
        "message", "word",   "words", "verdict",  "warning", "advice",    "answer",
        "response", "reply", "view",  "assessment", "plea",  "appeal", "promise", "prediction"};
    return toks_[t].IsWord() && kMessageNouns.Has(word_ids_[t]);
  }
  // Whether the noun phrase at `first` (up to its preposition, comma or fifth word) is a
  // win that a candidate or a team "posts": "posted an overwhelming victory", "posts a win".
  // (A firm's posted results are reported, as with "reported a jump in profit".)
  bool PostedWin(uint32_t first) const {
    static constexpr WordSet kWins = {"upset", "victories", "victory", "win", "wins"};
    for (uint32_t t = first; t < n_ && t < first + 5; ++t) {
      const Token& tok = toks_[t];
      if (!tok.IsWord() || in_quote_[t] >= 0) return false;
      if (kWins.Has(word_ids_[t])) return true;
      if (t > first && tok.is(kStop) && !tok.is(kDeterminer)) return false;
    }
    return false;
  }
  // "dismissed its chief executive", "dismissed manager Karl Brandt": a post's holder as
  // the object, with no "as" to say what was dismissed as, is a firing, not a rebuttal
  // ("dismissed Ray as a tool", "dismissed Ray's claims" stay). From the object's `first`.
  bool DismissedFromPost(uint32_t first) const {
    uint32_t t = first;
    if (t < n_ && toks_[t].has(kLowerInitial) &&
        (LowerIs(t, "its") || LowerIs(t, "his") || LowerIs(t, "her") ||
         LowerIs(t, "their") || LowerIs(t, "the"))) {
      ++t;
    }
    bool holder = false;
    for (; t < n_ && t < first + 7; ++t) {
      const Token& tok = toks_[t];
      if (!tok.IsWord() || in_quote_[t] >= 0 || tok.has(kPossessive)) break;
      const bool role = tok.has(kLowerInitial) && (tok.is(kRole) || tok.is(kTitle));
      const bool name = tok.has(kCapitalized) && !tok.is(kStop) && !tok.is(kDeterminer) &&
                        !tok.is(kPronoun) && !tok.is(kTime);
      if (!role && !name) break;
      holder = true;
    }
    if (!holder || (t < n_ && toks_[t].has(kPossessive))) return false;
    for (uint32_t x = t; x < n_ && x < t + 8 && !toks_[x].IsPunct('.'); ++x) {
      if (LowerIs(x, "as") || toks_[x].IsQuote()) return false;
    }
    return true;
  }
  // An apology's statement is what it is for: "apologized to riders for the delays" ->
  // "for the delays". To whom, or after what ("apologized to riders", "apologized after a
  // post drew replies"), says nothing. False when the candidate (from the cue's end `cl`)
  // opens with "to" or "after" and holds no "for".
  // (Other contents stay: a clause after "that", a quotation; and "apologized in court",
  // whose statement still names the subject a later "he said" refers to.)
  bool ApologyReason(uint32_t cl, Candidate* cand) const {
    if (cand->first != cl || cand->first >= cand->last ||
        !(LowerIs(cl, "to") || LowerIs(cl, "after"))) {
      return true;
    }
    for (uint32_t p = cl + 1; p < cand->last; ++p) {
      if (!toks_[p].IsWord() || in_quote_[p] >= 0) break;
      if (LowerIs(p, "for")) {
        cand->first = p;
        return true;
      }
    }
    return false;
  }
  // The cue at `cf` is "call" placing a phone call ("called 911", "called police", "called
  // an ambulance"): a number or an emergency service as its object is no one's words.
  bool PhoneCall(uint32_t cf, int cue) {
    const Cue& c = lex_.cue(cue);
    if (!c.LemmaIs(kLemmaCall) || !c.rest.empty() || cf + 1 >= n_ || !toks_[cf + 1].IsWord()) {
      return false;
    }
    // (A number alone: "calls 22 emails 'top secret'" counts what it describes.)
    if (toks_[cf + 1].has(kHasDigit)) {
      return cf + 2 >= n_ || !toks_[cf + 2].IsWord() || toks_[cf + 2].is(kAdjunct) ||
             LowerIs(cf + 2, "and");
    }
    const uint32_t o = cf + 2 < n_ && (LowerIs(cf + 1, "the") || LowerIs(cf + 1, "an")) ? cf + 2
                                                                                         : cf + 1;
    return LowerIs(o, "police") || LowerIs(o, "ambulance") || LowerIs(o, "paramedics") ||
           LowerIs(o, "firefighters");
  }
  // Token `t` is a verb that utters its object ("voiced", "expressed", "made", "issued",
  // "raised concerns").
  bool LightVerb(uint32_t t) const {
    // (A set of word ids: one test of a bit, where a loop over the forms read them all.)
    static constexpr WordSet kLightVerbs = {
        "voiced", "voices", "voice", "voicing", "expressed", "expresses", "express",
        "expressing", "made", "makes", "make", "making", "issued", "issues", "issue", "issuing",
        "reiterated", "reiterates", "reiterate", "reiterating", "raised", "raises", "raise",
        "raising", "gave", "gives", "give", "giving", "shared", "shares", "share", "sharing"};
    const Token& tok = toks_[t];
    return tok.IsWord() && tok.has(kLowerInitial) && kLightVerbs.Has(word_ids_[t]);
  }
  // Token `t` measures or stresses the time of a subordinate clause it opens ("Shortly
  // after ...", "Not long after ...", "Two days before ...", "Just as ..."): a time word, a
  // number, an adverb in -ly (but "only": "Only when ... will ..." opens a main clause),
  // "even", "just", "soon", "long", "not", "right" or a unit of minutes and hours.
  bool TimeMeasure(uint32_t t) const {
    static constexpr WordSet kTimeMeasures = {"even", "just",    "soon",    "long",
                                              "not",  "right",   "minutes", "hours",
                                              "moments", "seconds"};
    const Token& tok = toks_[t];
    return tok.IsWord() &&
           (tok.is(kTime) || IsNumber(doc_, t) || kTimeMeasures.Has(word_ids_[t]) ||
            (EndsWith(t, "ly") && !LowerIs(t, "only")));
  }
  // "began", "kept", "stopped": a verb of starting or going on, which a gerund cue after it
  // ("began criticizing") leaves the subject's act, as an auxiliary does.
  bool AspectVerb(uint32_t t) const {
    static constexpr WordSet kAspectVerbs = {
        "began", "begins", "begin", "started", "starts", "start", "kept", "keeps", "keep",
        "stopped", "stops", "resumed", "resumes", "continued", "continues"};
    return kAspectVerbs.Has(word_ids_[t]);
  }
  // "continued to say", "went on to call for", "was quick to praise": `to` (token `to`)
  // after a verb of going on or readiness makes the infinitive the subject's own act, as
  // "declined to say" does not. Returns that verb's first token, or kNone.
  uint32_t AspectualStart(uint32_t to) {
    if (to == 0 || !toks_[to - 1].IsWord() || !toks_[to - 1].has(kLowerInitial)) return kNone;
    const uint32_t v = to - 1;
    if (LowerIs(v, "continued") || LowerIs(v, "continues") || LowerIs(v, "continue") ||
        LowerIs(v, "continuing") || LowerIs(v, "quick")) {
      return v;
    }
    // "was careful to note", "was swift to deny", "hastened to add": the manner of the
    // subject's act of speech.
    static constexpr WordSet kMannerBeforeTo = {"careful", "swift", "keen", "hastened",
                                                "hastens", "hasten"};
    if (kMannerBeforeTo.Has(word_ids_[v])) return v;
    // "Riders tended to support Lee", "tend to back": a habit of the subject's, as
    // "continued to" is (a poll's finding about a group).
    if (LowerIs(v, "tended") || LowerIs(v, "tend") || LowerIs(v, "tends")) return v;
    // "took pains to stress", "took care to note", "made sure to say", "made a point to
    // add": a phrase of taking care before the act.
    static constexpr WordSet kTake = {"took", "take", "takes", "taking"};
    static constexpr WordSet kMake = {"made", "make", "makes", "making"};
    if (v > 0 && (LowerIs(v, "pains") || LowerIs(v, "care")) && kTake.Has(word_ids_[v - 1])) {
      return v - 1;
    }
    if (v > 0 && LowerIs(v, "sure") && kMake.Has(word_ids_[v - 1])) return v - 1;
    if (v > 1 && LowerIs(v, "point") && LowerIs(v - 1, "a") && kMake.Has(word_ids_[v - 2])) {
      return v - 2;
    }
    // "pivoted to arguing that", "has returned to critiquing": a verb of turning before
    // "to" and a gerund, the subject's next act of speech.
    static constexpr WordSet kTurningVerbs = {
        "pivoted", "pivots", "turned", "turns", "returned", "returns", "shifted",
        "shifts", "switched", "switches", "resorted", "resorts", "reverted", "reverts"};
    if (to + 1 < n_ && kTurningVerbs.Has(word_ids_[v]) && EndsWith(to + 1, "ing")) return v;
    if (LowerIs(v, "on") && v > 0 &&
        (LowerIs(v - 1, "went") || LowerIs(v - 1, "go") || LowerIs(v - 1, "goes") ||
         LowerIs(v - 1, "going") || LowerIs(v - 1, "gone"))) {
      return v - 1;
    }
    // "Ray went so far as to argue", "going as far as to call": a degree of going on.
    if (LowerIs(v, "as") && v > 2 && LowerIs(v - 1, "far") &&
        (LowerIs(v - 2, "so") || LowerIs(v - 2, "as")) &&
        (LowerIs(v - 3, "went") || LowerIs(v - 3, "go") || LowerIs(v - 3, "goes") ||
         LowerIs(v - 3, "going") || LowerIs(v - 3, "gone"))) {
      return v - 3;
    }
    // "Lee is understood to have told ...", "Ray was likely to argue ...": a raising verb
    // or adjective after a form of "be" keeps the subject of the cue; so does a passive of
    // causing ("Lee was prompted to say", "was forced to concede"). A poll's comparison
    // ("riders were far more likely to say") is its group's answer.
    // ("were slightly more likely", "were far less likely": a degree before the comparison.)
    uint32_t be = v > 1 && (LowerIs(v - 1, "more") || LowerIs(v - 1, "less") ||
                            LowerIs(v - 1, "most") || LowerIs(v - 1, "least"))
                      ? v - 2
                      : v - 1;
    if (be < v - 1 && be > 0 && toks_[be].has(kLowerInitial) &&
        (EndsWith(be, "ly") || LowerIs(be, "far") || LowerIs(be, "much"))) {
      --be;
    }
    if (v > 0 && toks_[be].IsWord() && toks_[be].is(kPreverb) &&
        (LowerIs(be, "is") || LowerIs(be, "was") || LowerIs(be, "are") ||
         LowerIs(be, "were") || LowerIs(be, "be") || LowerIs(be, "been")) &&
        (LowerIs(v, "understood") || LowerIs(v, "believed") || LowerIs(v, "reported") ||
         LowerIs(v, "thought") || LowerIs(v, "known") || LowerIs(v, "likely") ||
         LowerIs(v, "set") || LowerIs(v, "poised") ||
         LowerIs(v, "expected") || LowerIs(v, "scheduled") || LowerIs(v, "said") ||
         LowerIs(v, "prompted") || LowerIs(v, "moved") || LowerIs(v, "compelled") ||
         LowerIs(v, "forced") || LowerIs(v, "inspired"))) {
      return be;
    }
    return kNone;
  }
  // "The leak led Ann Ray to announce ...", "drove riders to demand ...": the object of a
  // verb of causing before `to` (token `to`) speaks. Returns the object's first token, or
  // kNone.
  uint32_t CausedSpeaker(uint32_t to) {
    for (uint32_t t = to; t-- > 0 && t + 8 > to;) {
      if (!toks_[t].IsWord() || in_quote_[t] >= 0) return kNone;
      if (!toks_[t].has(kLowerInitial)) continue;
      // (Word class `causing` in words.tsv; also a participle or a base form: ", leading
      // aides to counter that ...", "could prompt Lee to say".)
      if (toks_[t].is(kCausing)) {
        // (A base form only after an auxiliary, "not" or "to": not "the lead attorney to
        // argue".)
        if ((LowerIs(t, "lead") || LowerIs(t, "prompt")) &&
            !(t > 0 && (LowerIs(t - 1, "to") || LowerIs(t - 1, "not") ||
                        LowerIs(t - 1, "do") || FiniteAuxiliary(t - 1)))) {
          return kNone;
        }
        // "Ann Ray led the fight to demand a recount": an undertaking before `to` is what the
        // infinitive names ("the fight to demand"), not one who speaks.
        uint32_t head = to - 1;
        for (uint32_t o = t + 2; o < to; ++o) {
          if (LowerIs(o, "of")) {
            head = o - 1;
            break;
          }
        }
        if (t + 1 < to && toks_[head].has(kLowerInitial)) {
          static constexpr Word kUndertakings[] = {
              "effort", "efforts", "campaign", "campaigns", "push", "drive", "drives", "fight",
              "fights", "charge", "bid", "bids", "call", "calls", "movement", "attempt",
              "attempts", "move", "moves", "initiative", "initiatives", "crusade", "battle",
              "battles", "way", "race", "rush", "protest", "protests", "search", "work",
              "investigation", "probe", "inquiry", "review", "process", "talks",
              "negotiations", "vote", "votes"};
          for (const Word w : kUndertakings) {
            if (LowerIs(head, w)) return kNone;
          }
        }
        // (An object pronoun as well: "forced him to admit".)
        if (t + 1 < to && (ValidSubject(t + 1, to) ||
                           (t + 2 == to && (LowerIs(t + 1, "him") || LowerIs(t + 1, "her") ||
                                            LowerIs(t + 1, "them"))))) {
          return t + 1;
        }
        // ("leading advisers like Ann Ray to counter": the named example speaks, as in the
        // subject "Advisers like Ann Ray say".)
        for (uint32_t x = t + 2; x + 1 < to; ++x) {
          if ((LowerIs(x, "like") || (LowerIs(x, "as") && LowerIs(x - 1, "such"))) &&
              toks_[x + 1].has(kCapitalized) && ValidSubject(x + 1, to)) {
            return x + 1;
          }
        }
        return kNone;
      }
      // (Examples inside the object: "leading advisers like Ann Ray to counter", "such as".)
      if (toks_[t].is(kStop) && !toks_[t].is(kDeterminer) && !LowerIs(t, "of") &&
          !LowerIs(t, "like") && !(LowerIs(t, "as") && t > 0 && LowerIs(t - 1, "such"))) {
        return kNone;
      }
    }
    return kNone;
  }
  // A verb of coming or meeting ends the verb phrase before `to`, the token of an infinitive
  // of purpose: right before it ("met to discuss", only for meeting), or with a phrase of
  // where or when after it of at most nine tokens ("gathered at Elm Hall & Bar to",
  // "appeared on Sunday shows to", "came to the capital to", "met last week to"). Not "appeared
  // to imply", whose "to" is the complement of seeming.
  bool ComeOrMeetBefore(uint32_t to, uint32_t sf) const {
    static constexpr WordSet kMeet = {"met", "meet", "meets", "gathered", "gather", "gathers",
                                      "convened", "convene", "convenes", "assembled", "rallied"};
    static constexpr WordSet kCome = {
        "appeared", "appear", "appears", "went",     "go",        "goes",    "came",
        "come",     "comes",  "arrived", "arrive",   "arrives",   "traveled", "travelled",
        "flew",     "headed"};
    if (to < sf + 2) return false;
    const uint32_t v = to - 1;
    if (kMeet.Has(word_ids_[v]) && toks_[v].has(kLowerInitial)) return true;
    for (uint32_t t = v; t > sf && t + 9 > v; --t) {
      const Token& tok = toks_[t];
      if (!tok.IsWord() && !tok.IsPunct('&')) return false;
      if (in_quote_[t] >= 0 || tok.is(kCueStart) || (tok.is(kPreverb) && tok.has(kLowerInitial))) {
        return false;
      }
      const uint32_t verb = t - 1;
      if (!toks_[verb].has(kLowerInitial) ||
          !(kMeet.Has(word_ids_[verb]) || kCome.Has(word_ids_[verb]))) {
        continue;
      }
      return tok.is(kTime) ||
             (tok.has(kLowerInitial) &&
              (LowerIs(t, "on") || LowerIs(t, "at") || LowerIs(t, "in") || LowerIs(t, "to") ||
               LowerIs(t, "before") || LowerIs(t, "outside")));
    }
    return false;
  }
  // "Ann Ray took to Harbor Radio to say ...", "Lee stood up to announce ...", "went on Elm TV to
  // defend ...": `to` (token `to`) opens an infinitive of purpose after the clause's verb
  // phrase (ending in a name, an occasion or place, a particle or an adverb of place or
  // time), so the clause's subject speaks. Not a complement ("wants to say", "able to",
  // "how to say": the word before `to` is a verb, adjective or wh-word) and not after a
  // verb whose object the infinitive is about ("asked Lee to say", "urged voters to say").
  bool PurposeInfinitive(uint32_t to) {
    if (to < 2 || !LowerIs(to, "to") || !toks_[to - 1].IsWord()) return false;
    const uint32_t v = to - 1;
    const uint32_t sf = SentenceFirst(to);
    // "agreed to a call, but only to tell Lee ...", "..., only to say": the purpose that
    // limits the act before it (not "the only mayor to say").
    if (v > sf && LowerIs(v, "only") && (toks_[v - 1].IsPunct(',') || LowerIs(v - 1, "but"))) {
      return true;
    }
    // The verb phrase back to the clause's start (a comma, a quote or the sentence's start):
    // no word of class `control` (words.tsv: "asked Lee to say", "how to say", "for the mayor
    // to say", "the first mayor to say") and no other infinitive.
    // ("used the remarks to urge": whatever its object, "use" gives the purpose.)
    // "Lee called them to say", "Ray called reporters to explain": a telephone call made to
    // tell something; the caller speaks. (Not "called on them to", an appeal, nor a
    // summons, "called him to testify": only a verb of telling after "to".)
    if (to + 1 < n_ && (LowerIs(to + 1, "say") || LowerIs(to + 1, "tell") ||
                        LowerIs(to + 1, "ask") || LowerIs(to + 1, "explain") ||
                        LowerIs(to + 1, "complain") || LowerIs(to + 1, "apologize"))) {
      uint32_t object = v;
      if (toks_[v].has(kCapitalized)) {
        while (object > sf + 1 && object + 3 > v && toks_[object - 1].IsWord() &&
               toks_[object - 1].has(kCapitalized)) {
          --object;
        }
      } else if (!(LowerIs(v, "him") || LowerIs(v, "her") || LowerIs(v, "them") ||
                   LowerIs(v, "me") || LowerIs(v, "us") || PeopleNoun(v))) {
        object = sf;
      }
      if (object > sf && toks_[object - 1].has(kLowerInitial) && CallForm(object - 1)) {
        return true;
      }
    }
    // ("called a news conference last week to announce": the occasion before a time that
    // ends the phrase, whose words are no control words: "the last mayor to say".)
    uint32_t occasion = v;
    while (toks_[v].is(kTime) && occasion > sf + 1 && toks_[occasion].IsWord() &&
           (toks_[occasion].is(kTime) || LowerIs(occasion, "on") || LowerIs(occasion, "last") ||
            LowerIs(occasion, "this"))) {
      --occasion;
    }
    bool used = false;
    for (uint32_t t = v; t > sf && t + 10 > v; --t) {
      const Token& tok = toks_[t - 1];
      if (!tok.IsWord() || in_quote_[t - 1] >= 0) break;
      if (!tok.has(kLowerInitial) || t - 1 > occasion) continue;
      // (Not "a conference call", "a press briefing", "an order": nouns.)
      // ("called a news conference to announce": an occasion called is no one to speak.)
      if (tok.is(kControl) && !tok.is(kDocument) && !OccasionWord(t - 1) &&
          !(t - 1 + 2 <= occasion && OccasionWord(occasion) &&
            toks_[occasion].has(kLowerInitial) && CallForm(t - 1))) {
        return false;
      }
      // (Another infinitive, not the preposition of "took to Twitter", "spoke to reporters".)
      if (LowerIs(t - 1, "to") && toks_[t].has(kLowerInitial) && !toks_[t].is(kDeterminer) &&
          !PluralNoun(t) && !(LowerIs(t, "social") && t + 1 <= v && LowerIs(t + 1, "media"))) {
        return false;
      }
      used = used || LowerIs(t - 1, "used") || LowerIs(t - 1, "uses") || LowerIs(t - 1, "using");
    }
    if (used) return true;
    const Token& before = toks_[v];
    if (before.has(kCapitalized) && !before.is(kTime)) {
      // A name inside the sentence ("took to Harbor Radio to say"; "for Lee to say", where
      // the name is the infinitive's own subject, stopped at "for" above).
      uint32_t name_first = v;
      while (name_first > sf && name_first + 4 > v && toks_[name_first - 1].IsWord() &&
             toks_[name_first - 1].has(kCapitalized)) {
        --name_first;
      }
      return !before.is(kStop) && !before.is(kPronoun) && name_first > sf;
    }
    // ("interrupted me to announce", "pulled him aside to say": a person acted on, by a verb
    // of no control, the control words having been read above.)
    if (LowerIs(v, "up") || LowerIs(v, "out") || LowerIs(v, "forward") || LowerIs(v, "back") ||
        LowerIs(v, "here") || LowerIs(v, "there") || LowerIs(v, "publicly") ||
        LowerIs(v, "again") || LowerIs(v, "aside") ||
        (ObjectPronoun(v) && v > sf + 1 && toks_[v - 1].IsWord() &&
         toks_[v - 1].has(kLowerInitial) && (EndsWith(v - 1, "ed") || IrregularPast(v - 1))) ||
        // "rose to ask", "returned to say": a verb of coming forward ends the phrase (not
        // the idiom "prices rose, to say nothing of rents").
        ((LowerIs(v, "rose") || LowerIs(v, "rises") || LowerIs(v, "returned") ||
          LowerIs(v, "emerged")) &&
         !(to + 2 < toks_.size() && LowerIs(to + 2, "nothing"))) ||
        // "went out of her way to" (not "no way to say")
        (LowerIs(v, "way") && v >= 3 && LowerIs(v - 3, "out") && LowerIs(v - 2, "of"))) {
      return true;
    }
    // "Workers gathered at a bar to talk about", "appeared on Sunday shows to tout", "met last
    // week to discuss": a verb of coming or meeting, then where or when it was.
    if (ComeOrMeetBefore(to, sf)) return true;
    // An occasion or place ("a conference call", "took the stage") or a time ("returned
    // Monday to say").
    // (Or the medium or audience spoken to: "took to social media", "spoke to reporters".)
    static constexpr Word kAudiences[] = {"media",    "reporters",  "journalists", "cameras",
                                          "airwaves", "television", "radio"};
    bool audience = false;
    for (const Word word : kAudiences) audience = audience || LowerIs(v, word);
    if (!before.is(kTime) && !OccasionWord(v) && !LowerIs(v, "stage") &&
        !LowerIs(v, "floor") && !LowerIs(v, "podium") && !LowerIs(v, "microphone") &&
        !LowerIs(v, "statement") && !audience) {
      return false;
    }
    // Not in the clause's opening noun phrase ("A meeting to discuss the levy is set ...",
    // "The event Monday to announce ...": only determiners, names, possessives, documents,
    // occasions and times before it), where the infinitive describes the noun.
    uint32_t k = v;
    while (k > sf && toks_[k - 1].IsWord() && in_quote_[k - 1] < 0 &&
           (toks_[k - 1].is(kDeterminer) || toks_[k - 1].has(kCapitalized) ||
            toks_[k - 1].has(kPossessive) || toks_[k - 1].is(kTime) ||
            toks_[k - 1].is(kDocument) || OccasionWord(k - 1))) {
      --k;
    }
    if (k == sf || !toks_[k - 1].IsWord()) return false;
    // Nor a deadline: "has until Friday to explain", "had ten days to respond", "was given a
    // week to answer" (the infinitive is what the time is for).
    if (before.is(kTime)) {
      k = v;
      while (k > sf && toks_[k - 1].IsWord() &&
             (toks_[k - 1].is(kTime) || toks_[k - 1].has(kHasDigit) ||
              (toks_[k - 1].has(kLowerInitial) &&
               (toks_[k - 1].is(kDeterminer) || toks_[k - 1].is(kGroup) ||
                LowerIs(k - 1, "few") || LowerIs(k - 1, "couple") || LowerIs(k - 1, "of") ||
                LowerIs(k - 1, "more") || LowerIs(k - 1, "extra"))))) {
        --k;
      }
      if (k > sf && toks_[k - 1].has(kLowerInitial) &&
          (LowerIs(k - 1, "until") || LowerIs(k - 1, "within") || LowerIs(k - 1, "has") ||
           LowerIs(k - 1, "have") || LowerIs(k - 1, "had") || LowerIs(k - 1, "having") ||
           LowerIs(k - 1, "given") || LowerIs(k - 1, "gave") || LowerIs(k - 1, "give") ||
           LowerIs(k - 1, "gives"))) {
        return false;
      }
    }
    return true;
  }
  // Who speaks the verb of saying `cue` at `cf` after "to" (not after a verb of going on,
  // which AspectualStart reads): the object of a verb of causing ("The audit spurred Ben
  // Hart to declare": kObject, its first token in `*object`), the clause's subject for an
  // infinitive of purpose ("Ann Ray took the stage to say": kClauseSubject), or nobody yet
  // (kNone: "asked Lee to say", "wants to say", "to call voters", a telephone).
  // "Ray was the first senator to endorse Lee", "Lee became one of the only members of the
  // board to say ...": `to` (token `to`) after "the first", "the only" or "the last" and a
  // noun phrase of up to four words that is a copula's complement; the copula's subject does
  // what the infinitive says. Returns the copula's token, or kNone.
  uint32_t FirstToDo(uint32_t to) const {
    if (to < 4) return kNone;  // (a copula, "the", the ordinal and a noun before `to`)
    for (uint32_t ord = to - 1; ord > 1 && ord + 6 > to; --ord) {
      if (!toks_[ord].IsWord()) return kNone;
      if (!(LowerIs(ord, "first") || LowerIs(ord, "only") || LowerIs(ord, "last") ||
            LowerIs(ord, "earliest"))) {
        continue;
      }
      if (ord + 1 == to || !LowerIs(ord - 1, "the")) return kNone;
      uint32_t be = ord - 2;
      // ("one of the first", "among the first")
      if (be > 1 && LowerIs(be, "of") && LowerIs(be - 1, "one")) be -= 2;
      if (be > 0 && LowerIs(be, "among")) --be;
      const bool copula = LowerIs(be, "was") || LowerIs(be, "is") || LowerIs(be, "became") ||
                          LowerIs(be, "becomes") || LowerIs(be, "been") ||
                          LowerIs(be, "remains") || LowerIs(be, "remained");
      return copula ? be : kNone;
    }
    return kNone;
  }
  enum class InfinitiveSpeaker { kNone, kClauseSubject, kObject };
  InfinitiveSpeaker SpeakerOfInfinitive(uint32_t cf, int cue, uint32_t* object) {
    const Cue& c = lex_.cue(cue);
    if (cf < 3 || !LowerIs(cf - 1, "to") || c.cls != CueClass::kSpeech || c.LemmaIs(kLemmaCall) ||
        AspectualStart(cf - 1) != kNone) {
      return InfinitiveSpeaker::kNone;
    }
    *object = CausedSpeaker(cf - 1);
    if (*object != kNone) return InfinitiveSpeaker::kObject;
    // "Lee tried to tell voters that ...", "sought to persuade them that ...": an attempt
    // to say it is the subject's saying it.
    static constexpr WordSet kAttempts = {"try",     "tries",   "tried",     "trying",
                                          "seek",    "seeks",   "sought",    "seeking",
                                          "attempt", "attempts", "attempted", "attempting"};
    if (kAttempts.Has(word_ids_[cf - 2]) && toks_[cf - 2].has(kLowerInitial)) {
      return InfinitiveSpeaker::kClauseSubject;
    }
    return PurposeInfinitive(cf - 1) ? InfinitiveSpeaker::kClauseSubject
                                     : InfinitiveSpeaker::kNone;
  }
  // "An analysis of port records by the Harbor Trust showed ...", "A poll from Elm State
  // released Wednesday found ...": a clause subject at `start` headed by a document noun
  // within its first three words, whose modifiers (no comma, no verb) run up to the
  // evidence verb at `cf` (after any auxiliaries). Returns the end of the subject phrase,
  // or kNone.
  uint32_t DocumentSubjectEnd(uint32_t start, uint32_t cf) {
    uint32_t end = cf;
    while (end > start && toks_[end - 1].IsWord() && toks_[end - 1].is(kPreverb) &&
           toks_[end - 1].has(kLowerInitial)) {
      --end;
    }
    if (end <= start + 1 || end > start + 14) return kNone;
    uint32_t head = kNone;
    for (uint32_t t = start; t < start + 4 && t + 1 < end; ++t) {
      const Token& tok = toks_[t];
      if (!tok.IsWord()) return kNone;
      if (tok.is(kDocument) && !tok.is(kCueStart)) {
        head = t;
        break;
      }
      if (tok.is(kPronoun) || (tok.is(kStop) && !tok.is(kDeterminer))) return kNone;
    }
    if (head == kNone) return kNone;
    // The head's modifiers: a preposition or a participle opens them ("of", "by",
    // "released"); a comma, quote, cue or auxiliary inside means another clause.
    const Token& after = toks_[head + 1];
    if (head + 1 < end && !(after.IsWord() && after.has(kLowerInitial) &&
                            (after.is(kStop) || doc_.TokenText(head + 1).ends_with("ed")))) {
      return kNone;
    }
    for (uint32_t t = head + 1; t < end; ++t) {
      const Token& tok = toks_[t];
      if (!tok.IsWord() || in_quote_[t] >= 0 ||
          ((tok.is(kCueStart) || tok.is(kPreverb)) && tok.has(kLowerInitial) &&
           !tok.is(kDeterminer))) {
        return kNone;
      }
    }
    return end;
  }
  // "The report, by the Elm Board, found ...", "The study, published by Elm University,
  // said ...": a document opening the sentence, then its author after "by" between commas
  // right before the verb (and its auxiliaries): the author speaks, as in "The report by
  // the Elm Board found". Returns the author's first token and sets `*author_end`, or kNone.
  uint32_t DocumentAuthorAside(uint32_t start, uint32_t cf, uint32_t* author_end) {
    uint32_t end = cf;
    while (end > start && toks_[end - 1].IsWord() && toks_[end - 1].is(kPreverb) &&
           toks_[end - 1].has(kLowerInitial)) {
      --end;
    }
    if (end < start + 5 || end > start + 16 || !toks_[end - 1].IsPunct(',')) return kNone;
    uint32_t noun = start + (toks_[start].is(kDeterminer) ? 1 : 0);
    while (noun < start + 3 && toks_[noun].IsWord() && toks_[noun].has(kLowerInitial) &&
           !toks_[noun].is(kDocument) && !toks_[noun].is(kStop)) {
      ++noun;  // "The annual report", "A new study"
    }
    if (!toks_[noun].IsWord() || !toks_[noun].is(kDocument) || !toks_[noun + 1].IsPunct(',')) {
      return kNone;
    }
    uint32_t by = noun + 2;
    // (A participle of authorship: "published by", "prepared by"; not "obtained by the
    // Courier", "seen by", "leaked to", whose agent only holds the document.)
    if (by + 1 < end && toks_[by].has(kLowerInitial) && doc_.TokenText(by).ends_with("ed")) {
      if (!AuthorshipParticiple(doc_, by)) return kNone;
      ++by;
    }
    if (!LowerIs(by, "by") || by + 1 >= end - 1) return kNone;
    for (uint32_t t = by + 1; t < end - 1; ++t) {
      if (!toks_[t].IsWord() || in_quote_[t] >= 0) return kNone;
    }
    // (A named author: not "The report, by all accounts, found".)
    bool named = false;
    for (uint32_t t = by + 1; t < end - 1 && !named; ++t) named = toks_[t].has(kCapitalized);
    if (!named || !ValidSubject(by + 1, end - 1)) return kNone;
    *author_end = end - 1;
    return by + 1;
  }
  // "Sales fell, a study by the Harbor Trust found", "..., a report commissioned by the
  // board said": a document phrase after the clause's comma, with a complement or a
  // participle after its noun, up to the verb at `cf`. Returns its first token (after the
  // comma), or kNone.
  uint32_t PostposedDocumentStart(uint32_t start, uint32_t cf) {
    uint32_t end = cf;
    while (end > start && toks_[end - 1].IsWord() && toks_[end - 1].is(kPreverb) &&
           toks_[end - 1].has(kLowerInitial)) {
      --end;
    }
    uint32_t comma = end;
    while (comma > start && end - comma < 14 && toks_[comma - 1].IsWord() &&
           in_quote_[comma - 1] < 0) {
      --comma;
    }
    if (comma < start + 3 || end - comma >= 14 || !toks_[comma - 1].IsPunct(',') ||
        in_quote_[comma - 1] >= 0) {
      return kNone;
    }
    const uint32_t first = comma;
    // (Or a bare plural or mass noun, at most one word before it: "..., data from the
    // ministry showed", "..., new figures from the bureau showed".)
    const bool bare = toks_[first].IsWord() && toks_[first].has(kLowerInitial) &&
                      !toks_[first].is(kStop) && !toks_[first].is(kPreverb);
    if ((!toks_[first].is(kDeterminer) && !bare) || toks_[first].is(kPronoun)) return kNone;
    uint32_t head = kNone;
    for (uint32_t t = toks_[first].is(kDeterminer) ? first + 1 : first;
         t < first + 4 && t + 2 < end && (t < first + 2 || !bare); ++t) {
      if (toks_[t].is(kDocument) && toks_[t].has(kLowerInitial)) {
        head = t;
        break;
      }
      if (toks_[t].is(kStop) || toks_[t].is(kPreverb)) return kNone;
    }
    if (head == kNone) return kNone;
    // (A complement or participle follows the noun: ", a report said" is found before.)
    const bool by = LowerIs(head + 1, "by") || LowerIs(head + 1, "from");
    const bool participle = toks_[head + 1].has(kLowerInitial) && EndsWith(head + 1, "ed");
    if (!by && !participle) return kNone;
    for (uint32_t t = head + 1; t < end; ++t) {
      if ((toks_[t].is(kCueStart) || toks_[t].is(kPreverb)) && toks_[t].has(kLowerInitial) &&
          !toks_[t].is(kDeterminer) && !(participle && t == head + 1)) {
        return kNone;
      }
    }
    return first;
  }
  // Token `t`, a lower-case word after "to", is a verb: not the start of a noun phrase
  // ("to reporters", "to the board", "to him", "to 40 cents").
  bool Infinitive(uint32_t t) {
    const Token& tok = toks_[t];
    if (tok.is(kDeterminer | kPronoun | kTime) || tok.has(kHasDigit | kPossessive) ||
        LowerIs(t, "him") || LowerIs(t, "them") || LowerIs(t, "me") || LowerIs(t, "us") ||
        LowerIs(t, "reporters")) {
      return false;
    }
    if (!tok.is(kGroup | kRole | kDocument | kOrgNoun)) return true;
    // ("vowed to release the report", "to review its rules": a noun's word in lower case
    // before a determiner is the verb; "said to the group" has its determiner first.)
    return tok.has(kLowerInitial) && t + 1 < n_ && toks_[t + 1].IsWord() &&
           toks_[t + 1].is(kDeterminer) && !toks_[t + 1].is(kStop) && !LowerIs(t + 1, "that");
  }
  // Token `t` is a participle of disclosure ("released", "sent") right after a document's
  // noun, after `start`: "a report released at ...".
  bool DisclosedDocument(uint32_t t, uint32_t start) const;
  // From token `t`, the object of "wrote" is a written work with nothing of its words after
  // it: "wrote the foreword to a ferry guide", "wrote a short essay" (authorship, no
  // statement; not "wrote a letter urging ...", "wrote an essay on ...").
  bool WorkWithoutItsWords(uint32_t t) const;
  // Token `t` is "think" in the compound noun "think tank(s)": no verb.
  bool ThinkTank(uint32_t t) const {
    return t + 1 < n_ && LowerIs(t, "think") && (LowerIs(t + 1, "tank") || LowerIs(t + 1, "tanks"));
  }
  // Token `t` is a form of "be" that makes a passive ("was", "been", "being").
  bool PassiveAuxiliary(uint32_t t) {
    if (LowerIs(t, "was") || LowerIs(t, "were") || LowerIs(t, "is") || LowerIs(t, "are") ||
        LowerIs(t, "be") || LowerIs(t, "been") || LowerIs(t, "being")) {
      return true;
    }
    // Negated: "wasn't told", "aren’t admitted".
    if (!EndsWith(t, "n't") && !EndsWith(t, "n\xE2\x80\x99t")) return false;
    return LowerIs(t, "wasn't") || LowerIs(t, "weren't") || LowerIs(t, "isn't") ||
           LowerIs(t, "aren't") || LowerIs(t, "wasn\xE2\x80\x99t") ||
           LowerIs(t, "weren\xE2\x80\x99t") || LowerIs(t, "isn\xE2\x80\x99t") ||
           LowerIs(t, "aren\xE2\x80\x99t");
  }
  // Word `t` is used as a noun after an article or a possessive, perhaps with a modifier
  // between: "the show", "his TV show", "the reality show" (not "many say": other
  // determiners also open a verb's subject; not "the polls show").
  bool NounAfterDeterminer(uint32_t t) const { return DeterminerBefore(t, 1) != kNone; }
  // The article or possessive before word `t` and at most `modifiers` words that modify it
  // (no determiner, no lower-case plural), or kNone.
  uint32_t DeterminerBefore(uint32_t t, uint32_t modifiers) const {
    uint32_t d = t;
    while (d > 0 && t - d < modifiers && toks_[d - 1].IsWord() &&
           !toks_[d - 1].is(kDeterminer) &&
           (toks_[d - 1].has(kCapitalized) || !EndsWith(d - 1, "s"))) {
      --d;
    }
    if (d > 0 &&
        (LowerIs(d - 1, "the") || LowerIs(d - 1, "a") || LowerIs(d - 1, "an") ||
         LowerIs(d - 1, "his") || LowerIs(d - 1, "her") || LowerIs(d - 1, "their") ||
         LowerIs(d - 1, "its") || LowerIs(d - 1, "our") || LowerIs(d - 1, "my") ||
         LowerIs(d - 1, "your"))) {
      return d - 1;
    }
    return kNone;
  }
  // Cue word `t`, right before the quotation that closes at token `close`, is a noun that
  // names it (`the TV show "Harbor Watch."`): its base form after an article or a
  // possessive, not a verb after its subject (`The mayor said "Not Today."`), nor the only
  // verb of a sentence that the article opens and the quotation ends (`The data show "Ray
  // Leads."`).
  bool NounBeforeTitle(uint32_t t, uint32_t close);
  // The word right before quotation mark `open` makes a one-word quotation a name (`on Elm
  // Radio's "Nightly," Ray said`): an owner's possessive, or "on" (a show or a site); or a
  // noun for a work before a comma (`her film, "Trainwreck."`, `the thriller, "Bloodline,"`).
  // (A one-word answer follows a cue, a comma or a colon: `"Never," she said.`)
  bool TitleBefore(uint32_t open) const {
    if (open > 1 && toks_[open - 1].IsPunct(',') && toks_[open - 2].IsWord() &&
        toks_[open - 2].has(kLowerInitial)) {
      static constexpr WordSet kWorks = {
          "film",  "movie",  "show",  "series", "thriller", "drama", "comedy",   "sitcom",
          "documentary", "book", "novel", "memoir", "album", "song", "play",   "podcast",
          "magazine", "newspaper", "column", "poem"};
      return kWorks.Has(word_ids_[open - 2]);
    }
    return open > 0 && toks_[open - 1].IsWord() &&
           (toks_[open - 1].has(kPossessive) || LowerIs(open - 1, "on"));
  }
  // Token `t` names a share of a whole after it and "of": "many of Ann Ray's claims",
  // "some of you".
  bool ShareWord(uint32_t t) const {
    static constexpr WordSet kShares = {"many", "some", "all",  "most", "several", "few",
                                        "none", "one",  "each", "both", "much",    "part"};
    return toks_[t].IsWord() && kShares.Has(word_ids_[t]);
  }
  // "many of them wary," after a comma at `t - 1`: a share of "them" and what it is, with no
  // verb, up to its comma, which this returns (else kNone). Such a phrase describes the
  // phrase before it ("Addressing the board, many of them wary, the chief said"); the
  // speaker's phrase opens after it.
  uint32_t AbsoluteShareEnd(uint32_t t, uint32_t limit) const {
    if (t == 0 || t + 4 >= limit || !toks_[t - 1].IsPunct(',') || !toks_[t].has(kLowerInitial) ||
        !ShareWord(t) || !LowerIs(t + 1, "of") || !LowerIs(t + 2, "them")) {
      return kNone;
    }
    for (uint32_t x = t + 3; x < limit && x < t + 12; ++x) {
      if (toks_[x].IsPunct(',')) return x > t + 3 && in_quote_[x] < 0 ? x : kNone;
      // (An adverb of manner may qualify what it is: "many of them openly wary of Dr. Ray".)
      if (toks_[x].IsPunct('.') && toks_[x - 1].is(kTitle)) continue;
      if (!toks_[x].IsWord() || (toks_[x].is(kPreverb) && !EndsWith(x, "ly")) ||
          FiniteAuxiliary(x)) {
        return kNone;
      }
    }
    return kNone;
  }
  // Token `t` is a pronoun that can be a clause's subject: he, she, they, we, it, I.
  // "him", "her", "them", "us", "me" in lower case: a pronoun that is an object ("her" may
  // also own the noun after it; callers that care test the next word).
  bool ObjectPronoun(uint32_t t) const {
    return toks_[t].has(kLowerInitial) && (LowerIs(t, "him") || LowerIs(t, "her") ||
                                           LowerIs(t, "them") || LowerIs(t, "us") ||
                                           LowerIs(t, "me"));
  }
  bool SubjectPronoun(uint32_t t) const {
    return toks_[t].is(kPronoun) && (LowerIs(t, "he") || LowerIs(t, "she") ||
                                     LowerIs(t, "they") || LowerIs(t, "we") ||
                                     LowerIs(t, "it") || LowerIs(t, "i"));
  }
  // Token `t` is "who'd", with either apostrophe.
  bool WhoWould(uint32_t t) const {
    return LowerIs(t, "who'd") || LowerIs(t,
                                          "who\xE2\x80\x99"
                                          "d");
  }

  // Whether the text of token `t` ends with `suffix` (a literal), compared in place.
  // (Always inline: with the literal's length known, memcmp becomes a load and a compare;
  // left out of line, as the compiler chose, each call was a call of the library's memcmp.)
  // (A suffix of three bytes, "ing", "ive", is compared as two bytes and one: GCC makes loads
  // of memcmp for some lengths only, and called the library's for three.)
  __attribute__((always_inline)) bool EndsWith(uint32_t t, std::string_view suffix) const {
    const Token& tok = toks_[t];
    const char* const end = doc_.text.data() + tok.end;
    if (suffix.size() == 3) {
      return tok.end - tok.begin >= 3 && std::memcmp(end - 3, suffix.data(), 2) == 0 &&
             end[-1] == suffix[2];
    }
    return tok.end - tok.begin >= suffix.size() &&
           std::memcmp(end - suffix.size(), suffix.data(), suffix.size()) == 0;
  }
  // Token `t` (a lower-case word) reads as an adjective that judges what it follows, the
  // label of `called the plan reckless`: an adjective's ending ("-ous", "-ible", ...), a
  // negative "un-" ("unfair", "unusual"; not "union", "under..."), or a common short one
  // with no such ending ("wrong", "false", "rigged").
  bool JudgementAdjective(uint32_t t) const {
    const std::string_view w = doc_.TokenText(t);
    static constexpr std::string_view kAdjectiveEndings[] = {
        "less", "ous", "ful", "ive", "ible", "able", "ical", "ant", "ent", "ish"};
    for (const std::string_view ending : kAdjectiveEndings) {
      if (w.size() > ending.size() + 2 && w.ends_with(ending)) return true;
    }
    if (w.size() > 5 && w.starts_with("un") && w[2] != 'i' && !w.starts_with("under")) {
      return true;
    }
    static constexpr WordSet kShortJudgements = {
        "absurd", "accurate", "appropriate", "bad", "bogus", "crazy", "crucial", "dead",
        "dumb", "extreme", "fake", "false", "flawed", "good", "great", "illegal", "immoral",
        "inaccurate", "inappropriate", "insane", "legitimate", "misleading", "naive",
        "necessary", "outdated", "overblown", "overdue", "premature", "racist", "rigged",
        "sad", "sexist", "silly", "stupid", "terrible", "vital", "weak", "wrong"};
    return kShortJudgements.Has(word_ids_[t]);
  }
  // Token `t` is a hyphenated compound ("medium-sized", "state-owned"): an "-ed" one is an
  // adjective, not a verb's past.
  bool Hyphenated(uint32_t t) const {
    const Token& tok = toks_[t];
    return std::memchr(doc_.text.data() + tok.begin, '-', tok.end - tok.begin) != nullptr;
  }
  // Token `t` is a party and state in the style of news agencies: "R-Ohio", "D-N.Y.",
  // "I-Vt.".
  bool PartyAndState(uint32_t t) const {
    const Token& tok = toks_[t];
    if (!tok.IsWord() || tok.end - tok.begin < 3) return false;
    const char* w = doc_.text.data() + tok.begin;
    return (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' &&
           w[2] <= 'Z';
  }
  // The end of a name whose last token before `end` closes a party's and place's tag in
  // brackets ("Sen. Ann Ray (D-Elm City)"): the opening bracket; else `end`.
  uint32_t BeforePartyTag(uint32_t end) const {
    if (end < 4 || !toks_[end - 1].IsPunct(')')) return end;
    for (uint32_t t = end - 2; t + 8 > end && t > 0; --t) {
      if (toks_[t].IsPunct('(')) return PartyAndState(t + 1) ? t : end;
    }
    return end;
  }
  // A word for where or how something was said: "rally", "news conference", "hearing".
  // "call", "calls", "called" or "calling" at `t`.
  bool CallForm(uint32_t t) const {
    return LowerIs(t, "called") || LowerIs(t, "calls") || LowerIs(t, "call") ||
           LowerIs(t, "calling");
  }
  bool OccasionWord(uint32_t t) const {
    static constexpr WordSet kOccasions = {
        "rally", "conference", "briefing", "hearing", "event", "meeting", "forum", "session",
        "summit", "interview", "appearance", "visit", "ceremony", "debate", "news", "press",
        "radio", "television", "show", "program", "broadcast", "feed", "site", "page",
        "account", "night", "morning", "afternoon", "evening", "weekend", "speech", "remarks",
        "town", "hall", "call", "email", "letter", "post", "tweet", "video", "podcast"};
    return kOccasions.Has(word_ids_[t]);
  }
  // Tokens [first, last) are capitalized words, at least one: a name.
  bool NameRun(uint32_t first, uint32_t last) const {
    for (uint32_t t = first; t < last; ++t) {
      if (!toks_[t].IsWord() || !toks_[t].has(kCapitalized)) return false;
    }
    return last > first;
  }
  // Token `t` is a modal ("will", "could", "must", ...), any case.
  bool Modal(uint32_t t) const {
    return LowerIs(t, "will") || LowerIs(t, "would") || LowerIs(t, "could") ||
           LowerIs(t, "can") || LowerIs(t, "may") || LowerIs(t, "might") || LowerIs(t, "must") ||
           LowerIs(t, "should");
  }
  // Whether a clause opens at `first`: a subject (a name, a pronoun, or a determiner and
  // its noun) of up to five words, then a verb in the past or an auxiliary, before `end`.
  bool SubjectThenVerbAt(uint32_t first, uint32_t end) const {
    if (!toks_[first].IsWord() ||
        !(toks_[first].has(kCapitalized) || toks_[first].is(kDeterminer) ||
          SubjectPronoun(first))) {
      return false;
    }
    for (uint32_t t = first + 1; t < end && t < first + 6 && toks_[t].IsWord(); ++t) {
      if (!toks_[t].has(kLowerInitial)) continue;
      if (FiniteAuxiliary(t) || IrregularPast(t) || EndsWith(t, "ed")) return true;
      if (toks_[t].is(kStop)) return false;
    }
    return false;
  }
  // Token `t` is a finite auxiliary or modal ("is", "has", "will", "didn't"): a clause's
  // verb.
  bool FiniteAuxiliary(uint32_t t) const {
    return LowerIs(t, "is") || LowerIs(t, "was") || LowerIs(t, "are") || LowerIs(t, "were") ||
           LowerIs(t, "has") || LowerIs(t, "had") || LowerIs(t, "have") || Modal(t) ||
           LowerIs(t, "did") || LowerIs(t, "does") || EndsWith(t, "n't") ||
           EndsWith(t, "n\xE2\x80\x99t");
  }
  // The end of a name object at `from` ("endorsed Ann Ray last week", "attacks on Lee,"):
  // the capitalized words before `end` that are no stop word, determiner, pronoun,
  // possessive or time; `from` if there is none. (Callers bound `end` to four words.)
  uint32_t NameObjectEnd(uint32_t from, uint32_t end) const {
    uint32_t k = from;
    while (k < end && toks_[k].IsWord() && toks_[k].has(kCapitalized) &&
           !toks_[k].is(kStop) && !toks_[k].is(kDeterminer) && !toks_[k].is(kPronoun) &&
           !toks_[k].has(kPossessive) && !toks_[k].is(kTime)) {
      ++k;
    }
    return k;
  }
  // Token `t` opens "thanks to" ("thanks in part to", "thanks largely to"): because of, no
  // verb of thanking.
  bool ThanksTo(uint32_t t) const {
    if (!LowerIs(t, "thanks")) return false;
    for (uint32_t x = t + 1; x < n_ && x < t + 4 && toks_[x].IsWord(); ++x) {
      if (LowerIs(x, "to")) return true;
      if (!toks_[x].has(kLowerInitial) || !(EndsWith(x, "ly") || LowerIs(x, "in") ||
                                            LowerIs(x, "part") || LowerIs(x, "large"))) {
        return false;
      }
    }
    return false;
  }
  // Token `t` is a lower-case verb that may be a clause's finite verb: an auxiliary or modal
  // (FiniteAuxiliary), an irregular past, or a word in -ed that is no stop word.
  bool FiniteVerb(uint32_t t) const {
    return toks_[t].IsWord() && toks_[t].has(kLowerInitial) &&
           (FiniteAuxiliary(t) || IrregularPast(t) || (EndsWith(t, "ed") && !toks_[t].is(kStop)));
  }
  // "told", "asked", "assured": the noun phrase after the cue is the listener.
  // `A, Ann Ray said, "B"`: where candidate `c` attributes quote `q` from between the words
  // A that open the sentence and the quote (its speaker after A's comma, then the cue and at
  // most a short listener or time: `said, "`, `told reporters, "`, `said on Monday, "`),
  // returns A's first token and sets `*comma` to the comma after A; else returns kNone.
  uint32_t PhraseBeforeSplitQuote(const Quote& q, const Candidate& c, uint32_t* comma) const {
    if (c.cue_first == kNone || !c.has_mention || c.cue_last >= q.open ||
        q.open > c.cue_last + 5 || !toks_[q.open - 1].IsPunct(',') || q.first() >= q.last() ||
        c.cue_first < c.mention.last) {
      return kNone;
    }
    for (uint32_t t = c.cue_last; t + 1 < q.open; ++t) {
      if (!toks_[t].IsWord()) return kNone;
    }
    *comma = c.mention.first - 1;
    const uint32_t sf = SentenceFirst(q.open);
    if (c.mention.first <= sf + 1 || !toks_[*comma].IsPunct(',')) return kNone;
    uint32_t start = sf;
    while (start < *comma && toks_[start].IsQuote() && in_quote_[start] < 0) ++start;
    return start < *comma ? start : kNone;
  }
  // Emits [first, last) as a statement of candidate `c`'s speaker, through `c`'s cue.
  void EmitWithSpeakerOf(const Candidate& c, uint32_t first, uint32_t last,
                         bool single_word = false) {
    Candidate phrase;
    phrase.first = first;
    phrase.last = last;
    phrase.mention = c.mention;
    phrase.has_mention = true;
    phrase.cue_first = c.cue_first;
    phrase.cue_last = c.cue_last;
    phrase.anchor = c.anchor;
    phrase.single_word = single_word;
    Emit(phrase);
  }
  // `The new ferry, Ann Ray said, "is a disgrace."`: the quote's predicate is missing its
  // subject, which opens the sentence before the speaker; that subject is the speaker's
  // words too. Emits it as a statement of `c`'s speaker.
  void SubjectBeforeSplitQuote(const Quote& q, const Candidate& c) {
    uint32_t comma = kNone;
    const uint32_t start = PhraseBeforeSplitQuote(q, c, &comma);
    if (start == kNone || OpeningAdverbial(start, comma)) return;
    // The quote opens with a verb or adverb, in lower case: "is", "could be", "made him".
    const Token& head = toks_[q.first()];
    if (!head.IsWord() || !head.has(kLowerInitial) ||
        (!head.is(kPreverb) && (head.is(kDeterminer) || head.is(kPronoun) || head.is(kStop)))) {
      return;
    }
    // A noun phrase: not "To alert the crews", "Minutes later", "Still".
    const Token& opener = toks_[start];
    if (opener.is(kStop) && !opener.is(kDeterminer)) return;
    if (toks_[comma - 1].is(kTime) || toks_[comma - 1].is(kAdjunct)) return;
    for (uint32_t t = start; t < comma; ++t) {
      if (!toks_[t].IsWord() || in_quote_[t] >= 0) return;  // one phrase, no quote or comma
    }
    // One word is a name only when the article capitalizes it mid-sentence too.
    bool name = false;
    if (comma == start + 1 && opener.has(kCapitalized)) {
      if (!CapitalizedMidSentenceElsewhere(start)) return;
      name = true;
    }
    // "Ray, Lee said, "has to go."": a name alone is the subject.
    EmitWithSpeakerOf(c, start, comma, /*single_word=*/name);
  }
  // `If the vote fails, Lee said, "the party will split."`: a subordinate clause before an
  // attribution set off by commas, that a quotation then completes, is the speaker's words
  // too. Emits it as a statement of `c`'s speaker, as the reported pass does for both halves
  // of `If A, Lee said, B.`
  void PreludeBeforeSplitQuote(const Quote& q, const Candidate& c) {
    uint32_t comma = kNone;
    const uint32_t start = PhraseBeforeSplitQuote(q, c, &comma);
    if (start == kNone || comma < start + 2 || comma > start + 20) return;
    // (Not "after", "before", "since" or "until", a time as often as a clause: "After all",
    // "Before the vote".)
    if (!toks_[start].has(kCapitalized) || !Subordinator(start) || LowerIs(start, "after") ||
        LowerIs(start, "before") || LowerIs(start, "since") || LowerIs(start, "until")) {
      return;
    }
    for (uint32_t t = start + 1; t < comma; ++t) {
      // One clause, with no quote, comma or verb of saying of its own ("When Ray criticized
      // Lee, ..." sets the scene).
      if (!toks_[t].IsWord() || in_quote_[t] >= 0 ||
          (toks_[t].is(kCueStart) && toks_[t].has(kLowerInitial))) {
        return;
      }
    }
    EmitWithSpeakerOf(c, start, comma);
  }
  // "cast the mayor as a villain", "casts himself as an outsider": "cast" reports a
  // portrayal only with "as" after a short object [first, ...) (not "cast a ballot",
  // "casting us into darkness").
  bool CastAs(uint32_t first, uint32_t last) const {
    uint32_t k = first;
    while (k < last && k < first + 6 && toks_[k].IsWord() && !LowerIs(k, "as")) ++k;
    return k > first && k < last && LowerIs(k, "as");
  }
  // (Cue::listener: the lemmas are compared once, at load.)
  bool TakesListener(int cue) const { return lex_.cue(cue).listener; }
  // Verbs that address people before "that" but may also invert with their speaker
  // ("..., warned Tom Lee"), unlike TakesListener's.
  bool AddressesPeople(int cue) const {
    return lex_.cue(cue).LemmaIs(kLemmaWarn | kLemmaReassure | kLemmaCaution | kLemmaAdvise |
                                 kLemmaConvince | kLemmaPersuade | kLemmaNotify);
  }
  // Cues whose next noun phrase is their object, never an inverted speaker: the listener of
  // "told", the thing labelled by "called", "described", "dubbed".
  bool ObjectFollows(int cue) const {
    return TakesListener(cue) ||
           lex_.cue(cue).LemmaIs(kLemmaCall | kLemmaLabel | kLemmaDub | kLemmaDescribe |
                                 kLemmaCharacterize | kLemmaBrand | kLemmaPortray | kLemmaDeem |
                                 kLemmaTermed);
  }
  // The length in tokens of a verb of saying (cues.tsv class speech) that starts at token
  // `t` outside a quotation, ending before `limit`, or 0; sets *cue to it.
  uint32_t SpeechCueAt(uint32_t t, uint32_t limit, int* cue) {
    if (!toks_[t].is(kCueStart) || in_quote_[t] >= 0) return 0;
    const uint32_t len = MatchCue(t, limit, cue);
    return len > 0 && lex_.cue(*cue).cls == CueClass::kSpeech ? len : 0;
  }
  // After "A, X said,": whether the words from `t` are the writer's going on with the
  // sentence, not the second half of the speech ("If the vote fails, Lee said, the party will
  // split"): a preposition that sets the figure in context ("..., it said, compared with a
  // gain", "up from", "below forecasts", "close to its level", "near", "in a deal that ...").
  // (A participle is left to the speaker: "..., they say, imposing new rules" is as often
  // the source's charge as the writer's "..., the firm said, beating forecasts".)
  // Nor a noun phrase that sums the news up, its relative clause to the sentence's end: "...,
  // the firm said, a move that angered riders", "..., a step critics called overdue".
  bool WritersTail(uint32_t t, uint32_t end) {
    if (t >= end || !toks_[t].IsWord() || !toks_[t].has(kLowerInitial) || in_quote_[t] >= 0) {
      return false;
    }
    if (LowerIs(t, "a") || LowerIs(t, "an")) return SummingUpPhrase(t + 1, end);
    if ((LowerIs(t, "close") && t + 1 < end && LowerIs(t + 1, "to")) || LowerIs(t, "near")) {
      return true;
    }
    return LowerIs(t, "compared") || LowerIs(t, "up") || LowerIs(t, "down") || LowerIs(t, "in") ||
           LowerIs(t, "amid") || LowerIs(t, "despite") || LowerIs(t, "below") ||
           LowerIs(t, "above") || LowerIs(t, "ahead");
  }
  // The words [t, end) after "a" are a noun of at most three words and a relative clause
  // whose verb comes first ("move that angered riders") or after its subject ("step critics
  // called overdue"), with no finite verb after that one: no clause of its own ("a plan
  // that angered him will go ahead").
  bool SummingUpPhrase(uint32_t t, uint32_t end) {
    uint32_t x = t;
    while (x < end && x < t + 3 && toks_[x].IsWord() && toks_[x].has(kLowerInitial) &&
           !toks_[x].is(kStop) && !FiniteVerb(x)) {
      ++x;
    }
    if (x == t || x + 1 >= end || !toks_[x].IsWord()) return false;
    uint32_t verb = kNone;
    if (LowerIs(x, "that") || LowerIs(x, "which")) {
      // (Its subject, if any, a word or two: "a move that islanders called".)
      for (uint32_t y = x + 1; y < end && y < x + 4 && toks_[y].IsWord() && verb == kNone;
           ++y) {
        if (FiniteVerb(y)) verb = y;
      }
    } else if (x > t + 1 && FiniteVerb(x) && (PluralNoun(x - 1) || toks_[x - 1].is(kGroup))) {
      verb = x;  // "a step critics called overdue": the noun's last word is the subject
    }
    if (verb == kNone) return false;
    for (uint32_t k = verb + 1; k < end; ++k) {
      if (FiniteVerb(k) && in_quote_[k] < 0) return false;
    }
    return true;
  }
  // Whether [t, ...) opens with an attribution set off by commas: a subject of at most six
  // words, a verb of saying and a comma ("Lee said,", "the mayor told reporters,").
  bool InterjectedAttributionAt(uint32_t t, uint32_t end) {
    for (uint32_t k = t + 1; k < end && k <= t + 6 && toks_[k].IsWord(); ++k) {
      int cue = -1;
      const uint32_t len = SpeechCueAt(k, end, &cue);
      if (len == 0) continue;
      uint32_t after = k + len;
      if (TakesListener(cue)) after = SkipListener(after, end);
      return after < end && toks_[after].IsPunct(',') && ValidSubject(t, k);
    }
    return false;
  }
  // `In a statement, Ray wrote:` ending its paragraph, then the words set off as a paragraph
  // of their own without quotation marks (a block quote): `first`, the empty content after
  // the colon, becomes that next paragraph, a direct statement. Only one paragraph: where an
  // unmarked block ends is not written. (A next paragraph that opens with a quotation mark
  // is a direct quote, attributed by its own rules.)
  bool BlockQuoteAfter(uint32_t first, Candidate* cand) {
    if (first == 0 || !toks_[first - 1].IsPunct(':') || in_quote_[first - 1] >= 0) return false;
    const uint32_t paragraph = ParagraphOf(first - 1);
    if (doc_.paragraphs[paragraph].last != first || paragraph + 1 >= doc_.paragraphs.size()) {
      return false;
    }
    const Paragraph& next = doc_.paragraphs[paragraph + 1];
    if (next.last <= next.first || toks_[next.first].IsQuote()) return false;
    // A paragraph with an attribution of its own after a comma ("The pier is safe, Lee
    // said.", "..., said Tom Lee") is attributed by it, not quoted whole.
    for (uint32_t t = next.first + 1; t < next.last; ++t) {
      int cue = -1;
      if (SpeechCueAt(t, next.last, &cue) == 0) continue;
      for (uint32_t c = t - 1; c >= next.first && c + 5 > t; --c) {
        if (toks_[c].IsPunct(',')) return false;
        if (c == next.first) break;
      }
    }
    cand->first = next.first;
    cand->last = next.last;
    cand->kind = StatementKind::kDirect;
    return true;
  }
  void Headline(const Sentence& s);
  // "CLAIM - Minister", "CLAIM: lawmaker": a headline whose source follows a dash or a
  // colon at its end.
  void HeadlineWithSourceLast();
  // Whether the words [first, colon) before a headline's colon are a name, "to" at `to` and
  // those it addresses ("Lee to farmers:", "Ray To Elm Council:"): the name is capitalized
  // mid-sentence elsewhere in the text (not "Road to Victory:"), the addressees a body, a
  // plural for people or a name met elsewhere (not "Lee to Visit Elm:", a plan).
  bool AddressedHeadline(uint32_t first, uint32_t to, uint32_t colon);
  // "Q: Why did you stay away?\n\nA: Honestly, I was tired.": in a Q&A interview (two
  // paragraphs or more opened by "Q:" and by "A:"), an answer is the interviewee's own
  // words, the person the introduction names in full before the first question. Emits a
  // direct statement for each answer that holds no statement yet (an answer with a
  // quotation or a verb of saying inside keeps what they gave).
  void InterviewAnswers();
  // Candidate `c`'s speaker phrase is "the" and an office or trade (a role word, no
  // capitalized name after the article but a place or body in its complement), right
  // before "also" and the cue: "The former governor of Elm State also said".
  bool AlsoAfterDescription(const Candidate& c) const {
    if (c.cue_first == kNone || c.cue_first < 2 || !LowerIs(c.cue_first - 1, "also") ||
        c.mention.last + 1 != c.cue_first || c.mention.last < c.mention.first + 2 ||
        !LowerIs(c.mention.first, "the")) {
      return false;
    }
    bool role = false;
    for (uint32_t t = c.mention.first + 1; t < c.mention.last; ++t) {
      if (toks_[t].word_flags & (kFemale | kMale)) return false;  // "the mother, Ann"
      role = role || (toks_[t].is(kRole) && toks_[t].has(kLowerInitial));
    }
    return role;
  }
  void PollOpening(const Sentence& s);
  // "the new schedule, which Ray said had cut delays", "the toll, which Lee opposed": the
  // relative pronoun "which" right before the cue's subject stands for part of what the
  // subject said; it is emitted as a one-word statement of `c`'s speaker beside the clause
  // after the cue.
  void RelativePronounFragment(const Candidate& c, uint32_t start) {
    uint32_t p = c.mention.first - 1;
    if (c.mention.first <= start + 1) return;  // a pronoun opening the sentence asks
    // ("which even rivals admit was ...": an adverb before the subject.)
    if (p > start + 1 && LowerIs(p, "even")) --p;
    const Token& tok = toks_[p];
    if (!tok.IsWord() || tok.end - tok.begin > 5 || !tok.has(kLowerInitial)) return;
    // ("that" is more often a complementizer: a relative pronoun only when the words after
    // the cue lack a subject, opening with a finite auxiliary, "a job that many economists
    // say is the future". "what", "who", "whom" are marked as fragments only half the
    // time.)
    // (Only "that" right after a noun: not after a verb of saying, "suggested that someone
    // who ... can't", nor after a comma, "said, without details, that several ...".)
    if (!LowerIs(p, "which") &&
        !(LowerIs(p, "that") && toks_[p - 1].IsWord() && !toks_[p - 1].is(kCueStart) &&
          !toks_[p - 1].is(kStop) && c.cue_last != kNone &&
          c.cue_last < n_ &&
          toks_[c.cue_last].has(kLowerInitial) && FiniteAuxiliary(c.cue_last) &&
          !SubjectPronoun(c.cue_last))) {
      return;
    }
    // "in which he said", "at which Lee spoke": the pronoun is a place or an occasion.
    if (p > start && toks_[p - 1].IsWord() && toks_[p - 1].is(kStop)) return;
    Candidate pronoun = c;
    pronoun.first = p;
    pronoun.last = p + 1;
    pronoun.single_word = true;
    Emit(pronoun);
  }
  // "told parliament that", "told foundation staff": a body's noun without its determiner,
  // then a clause, an adjunct or the people in it (not "told white actors to ...", where
  // the word modifies the noun after it).
  bool BareBody(uint32_t t, uint32_t end) const {
    if (!toks_[t].is(kOrgNoun) || t + 1 >= end) return false;
    const Token& next = toks_[t + 1];
    return !next.IsWord() || next.is(kGroup) || next.is(kStop) || next.is(kAdjunct) ||
           next.is(kDeterminer) || next.is(kPronoun) || next.is(kTime);
  }
  // After "told"/"asked": the end of the listener ("reporters", "The New York Times",
  // "the court"), or `from` if none.
  uint32_t SkipListener(uint32_t from, uint32_t end) {
    uint32_t m = from;
    // ("assured that supply would resume": "that" right after the verb opens its clause.)
    // ("told Parliament's finance committee that": a name's possessive is its determiner.)
    if (m < end && toks_[m].IsWord() &&
        ((toks_[m].is(kDeterminer) && !toks_[m].is(kPronoun) && !LowerIs(m, "that")) ||
         (toks_[m].has(kPossessive) && toks_[m].has(kCapitalized) && m + 2 < end &&
          toks_[m + 1].IsWord() && toks_[m + 1].has(kLowerInitial)))) {
      ++m;
      // "told her she ...": "her" is the listener itself when a clause follows.
      // ("told a press conference that": a cue word that modifies the noun after it is part
      // of the listener, as is one inside a name: "told The Washington Post".)
      auto listener_word = [&](uint32_t t) {
        // "told the Post he's ...": a contracted pronoun opens the clause.
        if (toks_[t].has(kPossessive)) {
          const std::string_view w = Lower(t);
          const size_t cut = w.ends_with("\xE2\x80\x99s") ? 4 : w.ends_with("'s") ? 2 : 0;
          if (cut > 0 && (lex_.Flags(w.substr(0, w.size() - cut)) & kPronoun)) return false;
        }
        if (!toks_[t].is(kCueStart)) return true;
        // ("told the Herald the ...": a capitalized cue word right after the determiner is a
        // name too.)
        if (toks_[t].has(kCapitalized)) {
          return t > from && (toks_[t - 1].has(kCapitalized) || t == from + 1);
        }
        // "told the press the pier ...": the noun itself, right before the clause.
        if (t == from + 1 && t + 1 < end && LowerIs(from, "the") &&
            (toks_[t + 1].is(kDeterminer) || toks_[t + 1].is(kPronoun) ||
             LowerIs(t + 1, "that"))) {
          return true;
        }
        return t + 1 < end && toks_[t + 1].IsWord() && toks_[t + 1].has(kLowerInitial) &&
               !toks_[t + 1].is(kStop) && !toks_[t + 1].is(kCueStart) &&
               !toks_[t + 1].is(kPreverb) && !toks_[t + 1].is(kDeterminer) &&
               !toks_[t + 1].is(kPronoun) && !toks_[t + 1].is(kAdjunct) &&
               !toks_[t + 1].is(kTime);
      };
      // "told the Elm Post and Ledger": "and" or "of" between capitalized words
      // joins a name.
      auto joiner = [&](uint32_t t) {
        return t > from && t + 1 < end && toks_[t - 1].has(kCapitalized) &&
               toks_[t + 1].has(kCapitalized) && (LowerIs(t, "and") || LowerIs(t, "of"));
      };
      uint32_t limit = from + 4;
      while (m < end && m < limit && toks_[m].IsWord()) {
        // "told the Herald Ida Moss was wrong": a first name opens the clause's subject.
        if (m > from + 1 && toks_[m].is(kFemale | kMale) && toks_[m].has(kCapitalized) &&
            !toks_[m - 1].has(kPossessive) && NameThenVerb(m, end)) {
          break;
        }
        // ("told the court Pell had lied": so does any name after a noun in lower case.)
        // (A noun for hearers before it, not a modifier: "told the state Legislature that".)
        if (m > from && toks_[m].has(kCapitalized) && toks_[m - 1].has(kLowerInitial) &&
            toks_[m - 1].is(kGroup | kOrgNoun | kOrgUnit | kRole) &&
            !toks_[m].has(kPossessive) && NameThenVerb(m, end)) {
          break;
        }
        // "told the Herald residents were angry": after the name, a noun and a verb open the
        // clause.
        if (m > from + 1 && toks_[m - 1].has(kCapitalized) && toks_[m].has(kLowerInitial) &&
            m + 1 < end && toks_[m + 1].IsWord() && toks_[m + 1].is(kPreverb) &&
            toks_[m + 1].has(kLowerInitial)) {
          break;
        }
        if (joiner(m)) {
          limit += 2;
        } else if (m > from && toks_[m].has(kPossessive) && toks_[m].has(kCapitalized) &&
                   listener_word(m)) {
          // "told the Elm Observer's business forum that": a name's possessive determines
          // up to two words more.
          limit = std::max(limit, m + 3);
        } else if (toks_[m].is(kStop) || !listener_word(m) || toks_[m].is(kAdjunct) ||
                   (toks_[m].is(kTime) &&
                    // ("told the Evening Sentinel she ...": a time word opening a
                    // capitalized name after "the" is the name's.)
                    !(m == from + 1 && LowerIs(from, "the") && toks_[m].has(kCapitalized) &&
                      m + 1 < end && toks_[m + 1].IsWord() &&
                      toks_[m + 1].has(kCapitalized))) ||
                   toks_[m].is(kPronoun) || toks_[m].is(kPreverb) ||
                   toks_[m].is(kDeterminer)) {
          break;
        }
        ++m;
      }
      return m;
    }
    // "told conservative radio host Ann Ray that": modifiers, a role and the name after it,
    // then "that".
    {
      uint32_t k = from;
      while (k < end && k < from + 4 && toks_[k].IsWord() && toks_[k].has(kLowerInitial) &&
             !toks_[k].is(kStop | kDeterminer | kPronoun | kTime | kAdjunct | kPreverb)) {
        ++k;
      }
      // ("told public broadcaster Elm TV he ...": a body's noun and its name, before "that"
      // or a subject pronoun.)
      if (k > from && toks_[k - 1].is(kRole | kOrgNoun)) {
        uint32_t n = k;
        while (n < end && n < k + 4 && toks_[n].IsWord() && toks_[n].has(kCapitalized)) ++n;
        if (n > k && n < end && (LowerIs(n, "that") || SubjectPronoun(n))) return n;
      }
    }
    // "told state radio he was ...", "told local media the plan ...": up to three lower-case
    // words without a determiner whose last names a body or a medium, before a subject
    // pronoun or a determiner that opens the clause.
    {
      uint32_t k = from;
      while (k < end && k < from + 3 && toks_[k].IsWord() && toks_[k].has(kLowerInitial) &&
             !toks_[k].is(kStop | kDeterminer | kPronoun | kTime | kAdjunct | kPreverb)) {
        ++k;
      }
      if (k > from && k + 1 < end && toks_[k - 1].is(kOrgNoun) && !toks_[k - 1].is(kCueStart) &&
          (SubjectPronoun(k) || (toks_[k].is(kDeterminer) && !toks_[k].is(kPronoun) &&
                                 !LowerIs(k, "that")))) {
        return k;
      }
    }
    // "told state television that", "told fellow lawmakers that": a short lower-case noun
    // phrase without a determiner right before "that" is the listener (the first noun phrase
    // after "told" is its listener, whatever its words are).
    // (Its head names people, a body or a medium: not "told stories that made them laugh".)
    for (uint32_t k = from; k < end && k < from + 4 && toks_[k].IsWord(); ++k) {
      if (LowerIs(k, "that")) {
        const Token& head = toks_[k - 1];
        if (k > from && (head.is(kGroup) || head.is(kRole) || head.is(kOrgNoun) ||
                         PeopleNoun(k - 1))) {
          return k;
        }
        break;
      }
      const Token& tok = toks_[k];
      if (!tok.has(kLowerInitial) || tok.is(kStop) || tok.is(kDeterminer) || tok.is(kPronoun) ||
          tok.is(kTime) || tok.is(kAdjunct) || tok.is(kPreverb)) {
        break;
      }
    }
    // A name ("told The Harbor Post", "told Harbor News 6": a channel's number is part of
    // it), or one word for the listener ("told reporters", "told parliament", "told him").
    auto bare_listener = [&](uint32_t t) {
      const Token& tok = toks_[t];
      if (tok.has(kCapitalized)) return true;
      if (t > from) {
        // ("told party members the vote ...": the group after a body's noun.)
        if (t == from + 1 && tok.is(kGroup) && BareBody(from, end)) return true;
        // ("told Glow magazine that", "told Elm television station that": a body's nouns
        // after its name.)
        if (tok.has(kLowerInitial) && tok.is(kOrgNoun) &&
            (toks_[t - 1].has(kCapitalized) || (t > from + 1 && toks_[t - 1].is(kOrgNoun) &&
                                                toks_[t - 2].has(kCapitalized)))) {
          return true;
        }
        // ("told Elm News's Sunday Morning programme that": a noun after the name, right
        // before "that".)
        if (tok.has(kLowerInitial) && toks_[t - 1].has(kCapitalized) && t + 1 < end &&
            LowerIs(t + 1, "that") &&
            !tok.is(kStop | kPreverb | kCueStart | kTime | kAdjunct | kPronoun)) {
          return true;
        }
        // (Not "told Reuters 40 boats had sunk": a number before a lower-case noun.)
        return tok.has(kHasDigit) && toks_[t - 1].has(kCapitalized) &&
               (t + 1 >= end || !toks_[t + 1].IsWord() || !toks_[t + 1].has(kLowerInitial) ||
                toks_[t + 1].is(kStop));
      }
      // ("told riders the pier ...", "told supporters that": a plural noun for people; a
      // headline's "tells rally she will ...": an occasion, for the people at it.)
      return tok.is(kGroup) || BareBody(t, end) || LowerIs(t, "reporters") ||
             (tok.is(kOccasion) && tok.has(kLowerInitial)) ||
             LowerIs(t, "him") || LowerIs(t, "her") || LowerIs(t, "them") || LowerIs(t, "me") ||
             LowerIs(t, "us") || (tok.has(kLowerInitial) && PeopleNoun(t));
    };
    while (m < end && m < from + 5 && toks_[m].IsWord() && bare_listener(m)) {
      // "told reporters Ida Moss was wrong": a name after a lower-case listener opens the
      // clause.
      if (m > from && toks_[m].has(kCapitalized) && toks_[m - 1].has(kLowerInitial) &&
          NameThenVerb(m, end)) {
        break;
      }
      ++m;
    }
    return m;
  }
  // Whether a run of capitalized words at `t` is followed by a verb ("Ida Moss was", "Tom
  // Lee said"): a name that is a clause's subject.
  bool NameThenVerb(uint32_t t, uint32_t end) const {
    uint32_t k = t;
    while (k < end && k < t + 4 && toks_[k].IsWord() && toks_[k].has(kCapitalized)) ++k;
    if (k == t || k >= end || !toks_[k].IsWord() || !toks_[k].has(kLowerInitial)) return false;
    return FiniteAuxiliary(k) || toks_[k].is(kCueStart) ||
           (toks_[k].is(kPreverb) && !toks_[k].is(kStop)) || EndsWith(k, "ed") ||
           IrregularPast(k);
  }
  // Token `t` is a preposition that attaches a complement to the noun phrase before it.
  bool ComplementPreposition(uint32_t t) const { return ComplementHead(doc_, t) >= 0; }
  // Token `t` is the "on" inside a body's capitalized name: "the House Committee on Energy",
  // "the Council on Trade". (Not a day's name: "said the Elm Council on Tuesday".)
  bool OnInsideBodyName(uint32_t t) const {
    return t > 0 && t + 1 < n_ && LowerIs(t, "on") && toks_[t + 1].has(kCapitalized) &&
           !toks_[t + 1].is(kTime) &&
           toks_[t - 1].has(kCapitalized) &&
           (toks_[t - 1].is(kOrgUnit) || toks_[t - 1].is(kOrgNoun));
  }
  // Token `t` is the "in" between a body's capitalized name, after "of" or "at", and where
  // the body is: "a pastor at Elm Church in Marion", "Ann Ray of the Elm Clinic in Oakport".
  // (Not a time: "the Elm Council in March".)
  bool InAfterBodyName(uint32_t t) const {
    if (t < 3 || t + 1 >= n_ || !LowerIs(t, "in") || !toks_[t + 1].has(kCapitalized) ||
        toks_[t + 1].is(kTime) || toks_[t + 1].is(kStop) || !toks_[t - 1].has(kCapitalized)) {
      return false;
    }
    uint32_t b = t - 1;
    while (b > 1 && b + 5 > t && toks_[b - 1].IsWord() && toks_[b - 1].has(kCapitalized)) --b;
    if (LowerIs(b - 1, "the")) --b;
    return b >= 2 && (LowerIs(b - 1, "of") || LowerIs(b - 1, "at")) && toks_[b - 2].IsWord() &&
           !toks_[b - 2].is(kStop);
  }
  // Token `t` is the "to" of a capitalized title's complement before a name: "Ambassador to
  // Peru Ann Ray", "Envoy to the Elm Republic Tom Lee" (one phrase; the resolver reads the
  // title and its complement as a role).
  bool TitleComplementTo(uint32_t t, uint32_t end) const {
    if (t == 0 || t + 1 >= end || !LowerIs(t, "to") || !toks_[t - 1].has(kCapitalized) ||
        !(toks_[t - 1].is(kTitle) || toks_[t - 1].is(kRole))) {
      return false;
    }
    return toks_[t + 1].has(kCapitalized) ||
           (LowerIs(t + 1, "the") && t + 2 < end && toks_[t + 2].has(kCapitalized));
  }
  // Whether [first, last) ends in two names joined by "and" ("... Ann Ray and Tom Lee").
  bool NamesJoined(uint32_t first, uint32_t last) {
    for (uint32_t t = last - 1; t > first + 1 && t + 4 >= last; --t) {
      if (LowerIs(t, "and")) {
        return toks_[t - 1].has(kCapitalized) && toks_[t + 1].has(kCapitalized) &&
               toks_[last - 1].has(kCapitalized);
      }
    }
    return false;
  }
  // Whether [first, last) is two groups joined by "and", each short enough for a speaker
  // ("many local economists and Elm City transit advocates").
  bool GroupsJoined(uint32_t first, uint32_t last) {
    if (!toks_[last - 1].is(kGroup)) return false;
    for (uint32_t t = last - 2; t > first + 1 && t + 8 > last; --t) {
      if (LowerIs(t, "and")) return t - first <= 7 && toks_[t - 1].is(kGroup);
    }
    return false;
  }
  // Whether [first, last) is a short description up to a lower-case role word, then the
  // titles and the name ("Elm Palm Oil Council chairman Tan Sri Ann Ray", "former deputy
  // ports minister Datuk Dr Tom Lee"): each part is as short as a subject alone.
  // (In Title Case throughout, "Elm Ports Deputy Minister Datuk Ann Ray": the role and
  // honorifics are title or role words, and two to four other words end the name; a
  // portfolio's words may be joined by "and": "Elm Ports and Transport Minister Ann Ray".)
  bool RoleThenTitledName(uint32_t first, uint32_t last) const {
    uint32_t t = last, joined = 0;
    while (t > first &&
           (toks_[t - 1].has(kCapitalized) || toks_[t - 1].IsPunct('.') ||
            (t - 1 > first && joined == 0 && LowerIs(t - 1, "and") &&
             toks_[t - 2].has(kCapitalized) && doc_.PortfolioTitleAhead(t, last)))) {
      joined += LowerIs(t - 1, "and") ? 1 : 0;
      --t;
    }
    if (t > first + 1 && t - first <= 7 && last - t >= 2 && last - t <= 6 &&
        toks_[t - 1].has(kLowerInitial) && toks_[t - 1].is(kRole)) {
      return true;
    }
    if (t != first) return false;
    uint32_t name = last;
    while (name > first && toks_[name - 1].IsWord() && !toks_[name - 1].is(kTitle) &&
           !toks_[name - 1].is(kRole)) {
      --name;
    }
    uint32_t role = name;
    while (role > first && (toks_[role - 1].is(kTitle) || toks_[role - 1].is(kRole) ||
                            toks_[role - 1].IsPunct('.'))) {
      --role;
    }
    return last - name >= 2 && last - name <= 4 && name > role &&
           role - first <= 4 + 2 * joined;
  }
  // The comma that opens an indefinite appositive closed at `end` ("Ann Ray, a nurse in
  // Leeds," with `end` at the closing comma): the comma before "a"/"an" within ten words,
  // with no other comma between; else `end`.
  uint32_t AppositiveOpeningComma(uint32_t end, uint32_t start) const {
    for (uint32_t t = end; t > start + 2 && t + 10 > end; --t) {
      if (!toks_[t - 1].IsWord()) {
        return toks_[t - 1].IsPunct(',') && (LowerIs(t, "a") || LowerIs(t, "an")) &&
                       toks_[t].has(kLowerInitial) && toks_[t - 2].has(kCapitalized)
                   ? t - 1
                   : end;
      }
    }
    return end;
  }
  // Whether token `t` is a participle in -ing that the text capitalizes nowhere else
  // mid-sentence ("Reacting", "Responding"; not a surname such as "Manning" met again as a
  // name).
  bool LoneOpeningParticiple(uint32_t t) {
    const std::string_view w = doc_.TokenText(t);
    if (w.size() < 6 || !w.ends_with("ing") || !toks_[t].has(kCapitalized)) return false;
    return !CapitalizedMidSentenceElsewhere(t);
  }
  // Whether the word at `t` is capitalized at some other token that does not open its
  // sentence: a name, as a sentence's first word alone does not show. (The uses are counted
  // once per article for all words, on first use: a scan of the article per call would be
  // quadratic in a long one.)
  bool CapitalizedMidSentenceElsewhere(uint32_t t) {
    if (!mid_sentence_capitals_counted_) {
      mid_sentence_capitals_counted_ = true;
      for (const uint32_t u : doc_.capitalized) {
        if (u == SentenceFirst(u)) continue;
        auto [it, inserted] = mid_sentence_capitals_.try_emplace(
            absl::string_view(doc_.text.data() + toks_[u].begin, toks_[u].end - toks_[u].begin),
            MidSentenceUses{0, u});
        ++it->second.count;
      }
    }
    const std::string_view word = doc_.TokenText(t);
    const auto uses = mid_sentence_capitals_.find(absl::string_view(word.data(), word.size()));
    return uses != mid_sentence_capitals_.end() &&
           !(uses->second.count == 1 && uses->second.first == t);
  }
  // Whether the phrase before the comma `comma` (back to the clause's previous comma or
  // `start`) names a role: a name set off after it is the role's appositive ("In a letter
  // signed by the Director of Communications, Rev. Tom Lee, the bishop said").
  bool RoleBeforeComma(uint32_t comma, uint32_t start) const {
    for (uint32_t t = comma; t-- > start && t + 16 > comma;) {
      if (!toks_[t].IsWord()) return false;
      if (toks_[t].is(kRole) || toks_[t].is(kTitle)) return true;
    }
    return false;
  }
  // Whether lower-case token `t` can head a speaker's phrase: a noun for people, a body or
  // a document ("a spokesman", "officials", "the company", "the report").
  bool SpeakerHeadNoun(uint32_t t) {
    const Token& w = toks_[t];
    return !w.is(kDeterminer) &&
           (w.is(kRole) || w.is(kGroup) || w.is(kOrgNoun) || w.is(kOrgUnit) ||
            w.is(kDocument) || w.is(kTitle) || w.has(kHasDigit) || PeopleNoun(t) ||
            PluralNoun(t));
  }
  // "The head of the union": longer descriptions are allowed per complement.
  uint32_t PrepositionCount(uint32_t first, uint32_t last) {
    uint32_t count = 0;
    for (uint32_t t = first + 1; t < last; ++t) {
      // (A slash joins two bodies' names as "and" would: "Harbor Post/Elm News".)
      count += ComplementPreposition(t) || OnInsideBodyName(t) || toks_[t].IsPunct('/');
    }
    return count;
  }
  // A word of a short interjected adverbial between commas: ", however,", ", though,",
  // ", for instance,", ", in turn,", ", of course,".
  bool InterjectedWord(uint32_t t) {
    const Token& tok = toks_[t];
    if (!tok.IsWord() || !tok.has(kLowerInitial)) return false;
    if (tok.is(kPreverb) && !tok.is(kDeterminer)) return true;
    return LowerIs(t, "though") || LowerIs(t, "too") || LowerIs(t, "meanwhile") ||
           LowerIs(t, "instead") || LowerIs(t, "in") || LowerIs(t, "for") ||
           LowerIs(t, "instance") || LowerIs(t, "example") || LowerIs(t, "fact") ||
           LowerIs(t, "turn") || LowerIs(t, "particular") || LowerIs(t, "addition") ||
           LowerIs(t, "course") || (LowerIs(t, "of") && t + 1 < n_ && LowerIs(t + 1, "course"));
  }
  // The comma opening an aside that is a set phrase of comment or manner and closes at the
  // comma `close` (", by all accounts,", ", by contrast,", ", by her own account,", ", to be
  // sure,", ", as usual,", ", as expected,"), or kNone.
  uint32_t SetPhraseAsideOpen(uint32_t start, uint32_t close) {
    static constexpr std::string_view kPhrases[][4] = {
        {"by", "all", "accounts"}, {"by", "contrast"},     {"by", "comparison"},
        {"by", "her", "own", "account"}, {"by", "his", "own", "account"},
        {"by", "their", "own", "account"}, {"to", "be", "sure"}, {"as", "usual"},
        {"as", "expected"},        {"as", "always"},       {"as", "ever"}};
    // (Two to four words: no phrase without a comma 3 to 5 tokens before `close`.)
    bool comma = false;
    for (uint32_t back = 3; back <= 5 && close > start + back; ++back) {
      comma = comma || toks_[close - back].IsPunct(',');
    }
    if (!comma) return kNone;
    for (const auto& phrase : kPhrases) {
      uint32_t words = 0;
      while (words < 4 && !phrase[words].empty()) ++words;
      if (close < start + words + 1) continue;
      const uint32_t open = close - words - 1;
      if (!toks_[open].IsPunct(',') || open <= start) continue;
      bool same = true;
      for (uint32_t w = 0; w < words && same; ++w) {
        same = toks_[open + 1 + w].has(kLowerInitial) && LowerIsText(open + 1 + w, phrase[w]);
      }
      if (same) return open;
    }
    return kNone;
  }
  // [first, comma) is a short adverbial that opens the sentence ("In a letter,", "On
  // Tuesday,", "After the vote,", "In the third debate of the race Saturday,": up to eight
  // words): it sets the scene for the clause after it and is never reported content itself.
  bool OpeningAdverbial(uint32_t first, uint32_t comma) {
    if (comma <= first || comma - first > 8) return false;
    // ("Earlier this week,", "Last month,", "Two days later,": a time phrase of up to four
    // words, no preposition.)
    if (comma - first <= 4) {
      bool time = false, only = true;
      for (uint32_t t = first; t < comma && only; ++t) {
        const Token& tok = toks_[t];
        time = time || tok.is(kTime);
        only = tok.IsWord() && (tok.is(kTime) || (tok.is(kDeterminer) && !tok.is(kPronoun)) ||
                                IsNumber(doc_, t) || LowerIs(t, "last") || LowerIs(t, "next") ||
                                LowerIs(t, "ago") || LowerIs(t, "early"));
      }
      if (time && only) return true;
    }
    const Token& opener = toks_[first];
    if (!opener.IsWord() || !opener.has(kCapitalized) || !opener.is(kStop)) return false;
    for (uint32_t t = first + 1; t < comma; ++t) {
      if (!toks_[t].IsWord() || toks_[t].is(kPronoun) || toks_[t].is(kPreverb)) return false;
    }
    return true;
  }
  // The first name of a list whose last two names, joined by "and", run from `first` to
  // `end` ("Ann Ray, Tom Lee and Ida Moss"); `first` when there is no such list.
  uint32_t NameListStart(uint32_t first, uint32_t end, uint32_t start);
  Subject FindSubject(uint32_t cue_first, uint32_t start);
  // "Riders who came to the hearing, on the other hand, said", "Veterans interviewed at the
  // rally, including Tom Lee, said": where the comma `close` right before a cue closes an
  // aside opened by a preposition or "including" (no verb of its own), the subject of the
  // phrase before the aside once its relative clause or participle phrase is set aside;
  // not found where the phrase has no such clause (FindSubject's appositive rules read it).
  Subject SubjectBeforeAside(uint32_t close, uint32_t start);
  // The noun phrase before the relative pronoun or participle at `r` that opens a clause on
  // it ("A port official who ...", "Pilots surveyed by ..."): its first token, or `r` if the
  // word before `r` cannot end one or the phrase names no speaker.
  uint32_t AntecedentBefore(uint32_t r, uint32_t start) {
    const Token& before = toks_[r - 1];
    // ("The leading candidates": after a determiner the -ing word is an adjective.)
    if (!before.IsWord() || before.is(kStop) || before.is(kPreverb) || before.is(kPronoun) ||
        before.is(kCueStart) || before.is(kDeterminer)) {
      return r;
    }
    const uint32_t b = ScanNounPhraseBack(r, start);
    const uint32_t share = ShareStart(b, r, start);
    if (share < r) return in_quote_[share] < 0 ? share : r;
    return b < r && ValidSubject(b, r) && in_quote_[b] < 0 ? b : r;
  }
  // "Those in the hall", "those with the union": whether `t` (> 0) is the preposition after
  // "those" that says where the people it names are, or whom they are with.
  bool ThoseWhere(uint32_t t) const {
    return (LowerIs(t, "in") || LowerIs(t, "on") || LowerIs(t, "with") || LowerIs(t, "from")) &&
           LowerIs(t - 1, "those");
  }
  // "four in 10 who said", "one in five riders who spoke said": where the noun phrase from
  // `b` to `r` (found by ScanNounPhraseBack) is or ends a share of those polled, the share's
  // first token; else `r`. (The scan may stop inside a share: "in" is a stop word.) So is
  // a percentage written with its sign: "18% who say".
  uint32_t ShareStart(uint32_t b, uint32_t r, uint32_t start) {
    if (r >= start + 2 && toks_[r - 1].IsPunct('%') && toks_[r - 2].IsWord() &&
        toks_[r - 2].has(kHasDigit)) {
      return r - 2;
    }
    const uint32_t number_last = ProportionStart(doc_, r, start);
    if (number_last < r) return number_last;
    if (b + 1 >= r || b < start + 2) return r;
    const uint32_t group_after = ProportionStart(doc_, b + 1, start);
    return group_after < b + 1 ? group_after : r;
  }
  // How a subject opening at `k` (in a clause opening at `start`) is set off: it opens the
  // sentence (maybe after a quotation mark), follows a comma, or is inside a clause.
  Boundary BoundaryBefore(uint32_t k, uint32_t start) const {
    if (k == start || (toks_[k - 1].IsQuote() && k - 1 == start)) {
      return Boundary::kSentenceStart;
    }
    return toks_[k - 1].IsPunct(',') ? Boundary::kComma : Boundary::kClause;
  }
  // [first, last) opening a sentence before ", Name, said" describes that person: a noun
  // phrase (a determiner first, or a capitalized word) of at most ten words, without a verb
  // or quote, whose nouns include a role, a group or a plural ("Another delegate on the port
  // slate", "One of the authors of the 2013 report").
  bool Description(uint32_t first, uint32_t last) {
    if (last <= first + 1 || last - first > 10) return false;
    const Token& opener = toks_[first];
    if (!opener.IsWord() || !(opener.is(kDeterminer) || opener.has(kCapitalized)) ||
        (opener.is(kStop) && !opener.is(kDeterminer))) {
      return false;
    }
    bool person_noun = false;
    for (uint32_t t = first; t < last; ++t) {
      const Token& tok = toks_[t];
      if (!tok.IsWord() || in_quote_[t] >= 0) return false;
      // ("The Police Commissioner in the state": a capitalized role too. So is a role noun
      // that opens the sentence before a lower-case word: "Counsel assisting the inquiry".)
      if (!tok.has(kLowerInitial)) {
        person_noun = person_noun || ((tok.is(kRole) || tok.is(kTitle)) &&
                                      (t > first ||
                                       (tok.is(kRole) && !tok.is(kDeterminer) &&
                                        t + 1 < last && toks_[t + 1].has(kLowerInitial) &&
                                        SentenceOpening(SentenceFirst(t), last) == t)) &&
                                      !(t + 1 < last && toks_[t + 1].has(kCapitalized)));
        continue;
      }
      // (A cue word right after a lower-case determiner, or the one opening the phrase, is a
      // noun: "the spokesman in the state", "The opposition party's spokesman".)
      if ((tok.is(kPreverb) && !tok.is(kDeterminer)) ||
          (tok.is(kCueStart) && !tok.is(kRole) && !tok.is(kGroup) && !tok.is(kDocument) &&
           !(t > first && toks_[t - 1].is(kDeterminer) &&
             (toks_[t - 1].has(kLowerInitial) || t - 1 == first) &&
             !toks_[t - 1].is(kPronoun)))) {
        return false;
      }
      person_noun = person_noun || tok.is(kRole) || tok.is(kGroup) ||
                    (!tok.is(kStop) && PluralNoun(t));
    }
    return person_noun;
  }
  // A name of up to five capitalized words ends at `end` and opens its clause: after `start`,
  // a comma, "but", "and", "where", "when", "that" or a subordinator.
  bool NameOpensClauseBefore(uint32_t end, uint32_t start) const;
  uint32_t ScanNounPhraseBack(uint32_t j, uint32_t start);
  // The word before the bracket at `open` ends a name that no appositive holds: a capitalized
  // word, with a capitalized word after the comma before it if one comes within 12 tokens
  // back to `start` ("The warden, Tom Lee (...)", not "Tom Lee, head of Elm Aid (...)"), or
  // after the comma and "but" or "and" ("A, but Sen. Tom Lee (...)").
  bool NameBeforeBrackets(uint32_t open, uint32_t start) const {
    if (!toks_[open - 1].IsWord() || !toks_[open - 1].has(kCapitalized)) return false;
    for (uint32_t c = open - 1; c > start && c + 12 > open; --c) {
      if (toks_[c].IsPunct(',')) {
        const uint32_t w =
            c + 1 + (c + 2 < open && (LowerIs(c + 1, "but") || LowerIs(c + 1, "and")));
        return toks_[w].IsWord() && toks_[w].has(kCapitalized) && !toks_[w].is(kDeterminer);
      }
    }
    return true;
  }
  bool ValidSubject(uint32_t first, uint32_t last);
  // Whether token `head_index` can head the speaker phrase [first, last).
  bool ValidHead(uint32_t first, uint32_t last, uint32_t head_index);
  // Token `t` is a lower-case word in -s that can be a plural noun ("owners", "backers").
  bool PluralNoun(uint32_t t);
  // A plural noun for people by its ending: riders, residents, economists, Americans, donors.
  bool PeopleNoun(uint32_t t);
  bool AppositiveStarter(uint32_t t);
  // The name that a formula of withheld names gives right before comma `comma`, when the
  // phrase from `start` has one: "a resident who gave only her first name, Sandra,", "a
  // driver who gave his name as Tunde,", "who asked to be known only as Mr Lee, 58,".
  Mention NameOfFormula(uint32_t start, uint32_t comma) const;
  // The preposition of a short place phrase that ends [first, last) ("in the state", "at
  // the school", "from Elm City"), or kNone.
  uint32_t PlacePhraseAtEnd(uint32_t first, uint32_t last) const;
  // The comma that closes a person's profile starting at `first`, before `end`: a noun
  // phrase for a person ("a researcher at ...", "deputy head of ...", "45, a teacher"), no
  // verb of saying in it. 0 if the words at `first` are not one ("the plan is ready, ...").
  uint32_t SourceProfileEnd(uint32_t first, uint32_t end);
  // Whether the auxiliaries and adverbs right before the verb at `verb` (back to `first`)
  // deny it: "did not", "never", "didn't". (Not a relative clause before them: "Ray, who
  // has never missed a crossing, said".)
  bool Negated(uint32_t first, uint32_t verb) const {
    for (uint32_t t = verb; t-- > first;) {
      const Token& tok = toks_[t];
      if (!tok.IsWord() || !tok.has(kLowerInitial) || !tok.is(kPreverb)) return false;
      const std::string_view w = doc_.TokenText(t);
      if (LowerIs(t, "not") || LowerIs(t, "never") || w.ends_with("n't") ||
          w.ends_with("n\xE2\x80\x99t")) {
        return true;
      }
    }
    return false;
  }
  // "As Lin Yi put it, CLAUSE", "CLAUSE, as one pilot put it.": the quote-only cue "put it"
  // [cf, cl) framed by "as" and its subject, which reports a clause without quotation marks.
  bool AsSubjectPutIt(uint32_t cf, uint32_t cl, int cue) const;
  // "CLAUSE, Lee quipped.": a verb that otherwise attributes only a quotation (`cue`, tokens
  // [cf, cl)) ends sentence `s` right after its speaker, who follows the clause's comma
  // (for "state" and "read", also a document's noun or "it": "CLAUSE, the report states.").
  bool EndsClauseAttribution(uint32_t cf, uint32_t cl, int cue, const Sentence& s);
  // Whether "as" can stand for the object of the cue with base form `lemma` in "CLAUSE, as
  // X said": verbs of saying that take a clause, not "announce", "answer", "explain".
  static bool AsTakesTheClause(std::string_view lemma) {
    for (std::string_view verb :
         {"say", "note", "put it", "write", "argue", "point out", "observe", "predict",
          "suggest", "report", "warn", "claim", "allege", "speculate", "state", "acknowledge",
          "concede", "remark", "contend", "insist", "recall", "admit", "emphasize", "stress",
          "tell", "believe", "expect", "fear", "hope", "think"}) {
      if (lemma == verb) return true;
    }
    return false;
  }
  // Whether a comma (or, with `dashes`, a comma or a dash) outside quotation marks is among
  // tokens [first, last).
  bool CommaBetween(uint32_t first, uint32_t last, bool dashes = false) const {
    for (uint32_t t = first; t < last; ++t) {
      if ((toks_[t].IsPunct(',') || (dashes && toks_[t].IsPunct('-'))) && in_quote_[t] < 0) {
        return true;
      }
    }
    return false;
  }
  // A manner adverb between speaker and cue ("publicly", "largely"): a word in -ly that is
  // not a known noun.
  bool MannerAdverb(uint32_t t) const;
  // An adverb that may stand before a verb, of time or degree ("later", "again", "also"):
  // a lower-case preverb that is no auxiliary of the stop list ("is", "not") and no
  // determiner ("all", "both").
  bool PreverbAdverb(uint32_t t) const {
    const Token& tok = toks_[t];
    return tok.has(kLowerInitial) && tok.is(kPreverb) && !tok.is(kStop) && !tok.is(kDeterminer);
  }
  // Every capitalized word of [first, last) is a label word ("Watch", "Latest Update").
  bool LabelOnly(uint32_t first, uint32_t last) const;
  uint32_t ContentStartAfterCue(uint32_t cl, uint32_t end, int cue);
  // "A, and Lee smiled and said", "A, but smiled and said": where the words right before
  // token `x` (at most eight, no punctuation) follow ", and" or ", but", the index of that
  // "and" or "but", else kNone; `*subject` is the first token of their own subject (a
  // pronoun, or capitalized words, then a lower-case word), or kNone.
  uint32_t JoinedClause(uint32_t first, uint32_t x, uint32_t* subject) const;
  // "asked on Monday whether ...", "asked in May if ...": the "whether" (or, when `if_too`,
  // "if") that opens a question after an adjunct at `k`, at most five words on; else `k`.
  uint32_t QuestionAfterAdjunct(uint32_t k, uint32_t end, bool if_too) const;
  // Tokens [first, last) are only a phrase of place or time ("in a statement", "on Monday",
  // "at a rally in Elm", "from Elm"): a preposition or time word first, then no verb, no
  // subject pronoun, no quotation and no "that".
  // Whether [first, comma) is a subordinate clause ("while he was away", after an optional
  // "that") that opens a reported clause and ends at the comma `comma`: the clause's main
  // part follows the comma.
  bool OpensWithSubordinateClause(uint32_t first, uint32_t comma) const;
  // Whether the relative clause whose words go on at `from` closes with a comma before a
  // finite verb or auxiliary (within 16 tokens, before `end`): the clause it interrupts
  // goes on after it ("the toll, which pilots say was unfair, was too high").
  bool RelativeClauseClosesBeforeVerb(uint32_t from, uint32_t end) const;
  // Whether subject mention `m` after a comma ends a list that began before the comma ("the
  // charter, minutes and wording of the levy showed"): the comma is the list's, no boundary.
  bool ListAfterComma(const Mention& m) const;
  bool WhereOrWhenOnly(uint32_t first, uint32_t last);
  // "Pilots backing the strike said ...", "A group calling for a new pier told ...": the
  // participle at [cf, cl), right after its subject's noun, modifies that noun when a
  // finite verb of saying follows its object (before `end`) in the same clause; the verb
  // is the clause's, and the participle reports nothing.
  bool ParticipleModifiesSubject(uint32_t cf, uint32_t cl, uint32_t end);
  // "Noting that the pier is old, Lee said ...", "Calling the plan a failure, the mayor
  // ...": a participle [cf, cl) of `cue` opening the sentence reports its clause, up to the
  // comma before the main clause, for the main clause's subject. Fills `cand`'s content and
  // mention; false if no subject and verb follow a comma (before `end`) or the words after
  // the participle say only where or when ("Speaking at the forum, ...").
  bool OpeningParticiple(uint32_t cf, uint32_t cl, uint32_t end, int cue, Candidate* cand);
  // The end of the subject of a clause at `from` when its verb follows (before `end`): a
  // pronoun, a name ("Lee left"), or a noun phrase ending before an auxiliary, a verb of
  // saying or a verb in -ed or -s ("the port closed"); `from` if there is none.
  uint32_t MainClauseSubjectEnd(uint32_t from, uint32_t end);
  // The cue `c` at `cf`, the sentence's first word, is such a participle: a verb of saying
  // in -ing ("Noting", "Calling", "Warning"), not one of endorsement ("Backing ...").
  bool OpeningParticipleCue(uint32_t cf, const Cue& c) const {
    return c.cls == CueClass::kSpeech && !c.name_object && !c.portrayal &&
           toks_[cf].has(kCapitalized) && EndsWith(cf, "ing");
  }
  // Or such a participle after a subordinator or preposition that opens the sentence at
  // `start` ("After talking about security, Lee ...", "While discussing the plan, ...").
  bool ParticipleAfterOpener(uint32_t cf, uint32_t start, const Cue& c) const {
    return cf == start + 1 && c.cls == CueClass::kSpeech && !c.name_object && !c.portrayal &&
           toks_[start].has(kCapitalized) && toks_[cf].has(kLowerInitial) &&
           EndsWith(cf, "ing") &&
           (LowerIs(start, "after") || LowerIs(start, "before") || LowerIs(start, "while") ||
            LowerIs(start, "when") || LowerIs(start, "since") || LowerIs(start, "upon"));
  }
  // "Pilots backing the strike said": when `subj`, found for the cue at `cf`, is the object
  // of such a participle, the speaker is the noun the participle modifies.
  void SubjectBeforeParticiple(Subject* subj, uint32_t start, uint32_t cf, uint32_t end);
  // "Leaders who would rather work for Tom Lee said", "Voters who have met him said": when
  // `subj` is the object of a verb or a preposition inside a relative clause on the phrase
  // that opens the clause at `start` (or, not found, an object pronoun is right before the
  // cue at `cf`), the speaker is that phrase.
  void SubjectAfterRelativeClause(Subject* subj, uint32_t start, uint32_t cf);
  // "The pollster in Ohio said", "a new poll in Iowa found": when `subj`, found for a cue, is
  // a place after "in" and a role's or a document's noun, the noun's phrase speaks (a
  // group's place is part of its name: "Officials in Elm City", read by ScanNounPhraseBack).
  void SubjectBeforePlace(Subject* subj, uint32_t start);
  uint32_t TrimEnd(uint32_t first, uint32_t last) const;
  // End of a reported clause that starts at `first`: the sentence end, or the start of a
  // second attribution of the same speaker (", adding that ...", "and said that ..."), of a
  // writer's gloss (", which ..." closing the clause) or of the occasion it was said at
  // ("in an interview").
  uint32_t ContentEnd(uint32_t first, uint32_t end) {
    return OccasionAtEnd(first, ClauseEnd(first, end));
  }
  // ContentEnd without OccasionAtEnd.
  uint32_t ClauseEnd(uint32_t first, uint32_t end);
  // Token `t`, right after a quotation that closed with its own comma, opens the writer's
  // adverbial ("after", "despite", ...), which the clause does not run into.
  bool QuoteClosesClauseBefore(uint32_t t) const;
  // Token `t`, right after a quotation closed by a comma, opens the writer's account of
  // what followed: "but", a subject ("he", "the two sides") and a simple past.
  bool WritersOutcomeAfterQuote(uint32_t t, uint32_t end) const;
  // "said the pier was late in an interview on Monday": where a phrase closing the clause
  // [first, end) that tells where or how it was said starts (a preposition, at most three
  // words and an occasion word, then only names, times, numbers and people), or `end`.
  uint32_t OccasionAtEnd(uint32_t first, uint32_t end) {
    // Read from the end (a few flag tests per token; the occasion list is compared once per
    // phrase): the tail of names, times, numbers and people, the occasion word before it,
    // then its preposition. Up to three such phrases in a row ("in an interview at a rally").
    auto tail_word = [this](uint32_t t) {
      const Token& tok = toks_[t];
      return tok.IsWord() && in_quote_[t] < 0 && !tok.is(kCueStart) &&
             (tok.is(kStop) || tok.is(kDeterminer) || tok.has(kCapitalized) || tok.is(kTime) ||
              tok.has(kHasDigit) || tok.is(kGroup) || tok.is(kRole) || PluralNoun(t));
    };
    // (Occasions where words are spoken or published, words.tsv's class "occasion"; not
    // times such as "at night", nor "in the news".)
    auto occasion = [this](uint32_t t) {
      return toks_[t].IsWord() && toks_[t].is(kOccasion) && toks_[t].has(kLowerInitial) &&
             in_quote_[t] < 0;
    };
    const uint32_t floor = first + 2;  // content keeps at least two tokens
    for (int round = 0; round < 3 && end > floor; ++round) {
      uint32_t tail = end;
      while (tail > floor && tail + 12 > end && tail_word(tail - 1)) --tail;
      // "on Twitter", "on Facebook": the earliest in the tail.
      uint32_t cut = kNone;
      for (uint32_t t = tail; t + 1 < end && cut == kNone; ++t) {
        if (toks_[t].end - toks_[t].begin == 2 && LowerIs(t, "on") &&
            (doc_.WordIs(t + 1, "twitter") || doc_.WordIs(t + 1, "facebook") ||
             doc_.WordIs(t + 1, "instagram"))) {
          cut = t;
        }
      }
      if (cut == kNone && tail > floor && occasion(tail - 1)) {
        // "in an interview", "at a news conference", "during her speech": a preposition at
        // most four words before the occasion word, only words between.
        for (uint32_t p = tail - 1; p > floor && p + 5 > tail && cut == kNone; --p) {
          const uint32_t prep = p - 1;
          if (!toks_[prep].IsWord() || toks_[prep].is(kCueStart)) break;
          // (Not an occasion to come, which the clause is about: "said she would raise it at
          // the next meeting".)
          if (LowerIs(p, "next") || LowerIs(p, "upcoming") || LowerIs(p, "coming") ||
              LowerIs(p, "following") || LowerIs(p, "future")) {
            break;
          }
          // (Nor one a verb still to happen takes, its modal or "to" right before: "said the
          // board would meet in a closed session", "plans to speak at the rally".)
          const bool verb_to_come = prep >= first + 2 && toks_[prep - 1].has(kLowerInitial) &&
                                    !toks_[prep - 1].is(kStop) &&
                                    (Modal(prep - 2) || LowerIs(prep - 2, "to"));
          if (toks_[prep].has(kLowerInitial) &&
              (LowerIs(prep, "in") || LowerIs(prep, "at") || LowerIs(prep, "during"))) {
            if (verb_to_come) break;
            cut = prep;
          } else if (toks_[prep].is(kStop) && !toks_[prep].is(kDeterminer)) {
            break;
          }
        }
      }
      if (cut == kNone) break;
      // ("The suit claims the firm told staff of the cuts in a video call": a verb of
      // saying of the clause's own, in the past, tells where it was said; the occasion is
      // that verb's.)
      for (uint32_t t = first + 1; t < cut && cut != kNone; ++t) {
        const Token& tok = toks_[t];
        if (tok.is(kCueStart) && tok.has(kLowerInitial) && in_quote_[t] < 0 &&
            !toks_[t - 1].is(kDeterminer) && !toks_[t - 1].has(kPossessive) &&
            (EndsWith(t, "ed") || LowerIs(t, "told") || LowerIs(t, "said"))) {
          cut = kNone;
        }
      }
      if (cut == kNone) break;
      end = TrimEnd(first, cut);
    }
    return end;
  }
  // "A, an admission that rivals seized on", "A - a claim the union disputes": where the
  // writer's comment on a reported clause that runs to `end` starts (its comma or dash, then
  // "a"/"an" and a noun for a statement), or `end`. Not a dash that closes an aside opened
  // by another ("denounced Thursday - the day of the vote - a plan"). `marks`: the clause's
  // commas, dashes and colons outside quotations after its first token, in order
  // (ClauseEnd finds them).
  uint32_t WriterCommentStart(uint32_t end, std::span<const uint32_t> marks);
  // Whether the phrase opened by the comma at `comma` closes with the next of `marks`, a
  // comma before an auxiliary ("said the mayor, despite the cost, is right"): an aside
  // inside the clause, not the writer's addition after it.
  bool AsideBeforeVerb(uint32_t comma, uint32_t end, std::span<const uint32_t> marks) const;
  // Whether the comma at `comma` opens an absolute phrase that runs to `end` (or its
  // period): ", her voice breaking", ", his hands shaking".
  bool AbsolutePhraseAt(uint32_t comma, uint32_t end) const;
  bool TailIsAdjunct(uint32_t from, uint32_t end);
  // "CLAUSE, X said in a speech after the vote ...": a prepositional phrase, without
  // "that", after a cue whose clause came first.
  bool PrepositionalTail(uint32_t from, uint32_t end);
  // "A, but at a hearing on Monday said B", "A and on Friday said B": the "and" or "but" before
  // a short prepositional phrase of time or place that ends right before `k` (the cue or its
  // first auxiliary), or kNone. (`first` bounds the search.)
  uint32_t ConjunctionBeforeAdjunct(uint32_t first, uint32_t k) const;
  // "nearly", "about", "only", ...: a word that may qualify a share or a count before its
  // number ("nearly 42%", "and about two in five said").
  bool Approximator(uint32_t t) const {
    static constexpr WordSet kApproximators = {"some",    "about", "nearly", "almost",
                                               "roughly", "only",  "just",   "over"};
    return kApproximators.Has(word_ids_[t]);
  }
  // The first word of a mention that opens at `first` with a number, with the words that
  // qualify the number ("almost two in five", "more than 40 percent", "at least 300"); else
  // `first`.
  uint32_t NumberLeadIn(uint32_t first) const {
    if (first < 1 || !toks_[first].IsWord() || !IsNumber(doc_, first)) return first;
    // (Capitalized only opening the sentence: "Nearly 300 said".)
    const Token& before = toks_[first - 1];
    if (before.IsWord() && Approximator(first - 1) &&
        (before.has(kLowerInitial) || first - 1 == SentenceFirst(first - 1))) {
      return first - 1;
    }
    if (first >= 2 && LowerIs(first - 1, "least") && LowerIs(first - 2, "at")) return first - 2;
    if (first >= 2 && LowerIs(first - 1, "than") &&
        (LowerIs(first - 2, "more") || LowerIs(first - 2, "fewer") ||
         LowerIs(first - 2, "less"))) {
      return first - 2;
    }
    return first;
  }
  // Whether a short prepositional phrase ends right before `conjunction` with no comma
  // between, so that the conjunction joins two such phrases (`first` bounds the search).
  bool ParallelPhraseBefore(uint32_t conjunction, uint32_t first) const;
  // The cue `cue`, whose words end before `after`, is a verb of saying that takes a clause
  // ("said", "told", "wrote", "added", or any before "that"): after such a phrase it starts
  // a second attribution ("and on the left backed Lee" is none).
  bool ClauseTakingSpeechCue(int cue, uint32_t after) const {
    const Cue& c = lex_.cue(cue);
    return c.cls == CueClass::kSpeech &&
           (c.LemmaIs(kLemmaSay | kLemmaTell | kLemmaWrite | kLemmaAdd) ||
            (after < n_ && LowerIs(after, "that")));
  }
  uint32_t NameAfter(uint32_t from, uint32_t end);
  // A participle of getting or seeing a document ("seen", "obtained", "reviewed", "funded"):
  // its agent ("a memo seen by the Herald") did not write the document.
  bool AccessVerb(uint32_t t) const;
  // "A nurse accused of theft told a jury": the end of the noun phrase opening the sentence
  // at `start` when a participle of the courts or of rescue follows it and its clause runs,
  // with no verb of its own, to `end` (the cue); kNone otherwise.
  uint32_t CourtParticipleSubjectEnd(uint32_t start, uint32_t end);
  // The first token of a noun phrase for people that the -ed participle at `r` and its
  // preposition describe ("Experts not involved in the study"), or `r` if there is none;
  // `end` ends the phrase that the preposition opens.
  uint32_t NounBeforeParticiple(uint32_t r, uint32_t end, uint32_t start);
  // ", said the fund's manager, Chen Bo.": after a speaker phrase [first, role_end) that ends
  // in lower case, a comma and a name that closes the clause (or opens its own appositive)
  // name the one the phrase describes. Returns the name's end, or `role_end` if there is none.
  uint32_t NameAfterRole(uint32_t first, uint32_t role_end, uint32_t end);
  // ", said his chief of staff, Lisa Tran.": where the speaker phrase [first, role_end) ends
  // in a role and "of" with a lower-case complement follows ("of staff", "of the board"),
  // then the comma of a name NameAfterRole reads, that comma; else `role_end`.
  uint32_t RoleComplementBeforeName(uint32_t first, uint32_t role_end, uint32_t end);
  void Emit(Candidate c);
  int WordCount(uint32_t first, uint32_t last) const {
    int count = 0;
    for (uint32_t t = first; t < last; ++t) count += toks_[t].IsWord();
    return count;
  }
  // Whether [first, last) holds at least n words, reading no further than the nth.
  bool AtLeastWords(uint32_t first, uint32_t last, int n) const {
    for (uint32_t t = first; t < last && n > 0; ++t) n -= toks_[t].IsWord();
    return n <= 0;
  }

  const Document& doc_;
  const Lexicon& lex_;
  // The tokens as a span, not a reference to their vector: every access reads the data
  // pointer straight from the Pass, without loading the vector's first (a rule reads the
  // tokens again after every call it makes).
  const std::span<const Token> toks_;
  const std::span<const uint16_t> word_ids_;  // Document::word_ids
  const uint32_t n_;
  std::vector<Quote>& quotes_;
  // Spans too, for the same reason (their vectors are sized before the pass and not after).
  const std::span<int> in_quote_;       // token -> quote whose content holds it, or -1
  const std::span<uint8_t> consumed_;  // cue tokens already used by a quote attribution
  std::vector<Candidate>& cands_;
  std::vector<int8_t>& title_case_;  // per sentence: -1 unknown, 0 no, 1 yes; empty until used
  std::vector<uint32_t>& stray_quotes_;  // quotation marks outside every quote's content
  PassBuffers& buffers_;  // for Run()'s other vectors
  // Capitalized words away from a sentence's start: how often, and the first (made on first
  // use by CapitalizedMidSentenceElsewhere).
  struct MidSentenceUses {
    uint32_t count;
    uint32_t first;
  };
  absl::flat_hash_map<absl::string_view, MidSentenceUses> mid_sentence_capitals_;
  bool mid_sentence_capitals_counted_ = false;
  std::string lower_;
  char short_lower_[16];  // Lower()'s result for words of up to 16 bytes
  // Set while FindSubject reads a subject as if an aside were not there, so that it does
  // not do so again inside (each aside would double the work: a text of many asides must
  // not take exponential time).
  bool reading_past_aside_ = false;
  // More quotations in double marks than in single ones (FindQuotes): single marks are then
  // the article's inner or headline style, not its quoting style (as in British papers).
  bool quotes_in_double_marks_ = false;
};

}  // namespace policy::extract_internal::attribution_internal

#endif  // POLICY_SERVER_EXTRACT_INTERNAL_PASS_H_
