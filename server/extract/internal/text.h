// Text layer of the extractor: UTF-8 validation, tokens, sentences and paragraphs, all with
// byte offsets into the original text.
//
//   RETURN_IF_ERROR(ValidateUtf8(text));
//   Document doc = Analyze(text, lexicon);
//   for (const Sentence& s : doc.sentences) { ... doc.tokens[s.first] ... }
//
// Tokens: words (letters and digits with inner apostrophes, hyphens, decimal points and
// acronym periods: "don't", "e-commerce", "3.5", "U.S."), abbreviations with their period
// ("Mr.", "No."), quotation marks (classified by style and by which side of a word they
// touch), and single punctuation marks. A newline ends a paragraph.
// Sentences end at . ! ? (plus closing quotes and brackets) unless the next word is lower
// case, and always at a paragraph end; initials, decimals and titles ("Sen.") never end one,
// and other abbreviations only before a capitalized function word ("in the U.S. The ...").
#ifndef POLICY_SERVER_EXTRACT_INTERNAL_TEXT_H_
#define POLICY_SERVER_EXTRACT_INTERNAL_TEXT_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <emmintrin.h>

#include "absl/status/status.h"
#include "server/extract/internal/lexicon.h"
#include "server/extract/internal/words.h"

namespace policy::extract_internal {

// OK, or INVALID_ARGUMENT giving the byte offset of the first invalid sequence.
absl::Status ValidateUtf8(std::string_view text);

enum class TokenType : uint8_t { kWord, kPunct, kQuote };

// Quotation mark styles.
enum class QuoteStyle : uint8_t {
  kNone,
  kDoubleOpen,     // “ `` «
  kDoubleClose,    // ” »
  kDoubleStraight, // " ''
  kSingleOpen,     // ‘
  kSingleClose,    // ’ (not inside a word)
  kSingleStraight, // ' (not inside a word)
};

enum TokenFlag : uint8_t {
  kCapitalized = 1 << 0,     // first letter upper case (ASCII) or a non-ASCII letter
  kSpaceBefore = 1 << 1,     // whitespace (or text start) right before
  kSpaceAfter = 1 << 2,      // whitespace (or text end) right after
  kParagraphStart = 1 << 3,  // first token of a paragraph
  kHasDigit = 1 << 4,
  kPossessive = 1 << 5,      // ends in 's / ’s
  kLowerInitial = 1 << 6,    // first letter lower case
  kAbbreviationEnd = 1 << 7, // an abbreviation ("U.S.", "Wash.") whose period ends a sentence
};

// 16 bytes, so that four fit in a cache line: every pass reads the tokens many times. A
// word's lexicon entry (only cue starts need it) is looked up again from its text.
// A trivial type, without member initializers (`Token{}` is all zeros, an empty kWord):
// TokenAllocator leaves the tokenizer's room for tokens as it is, without zero-filling it.
struct Token {
  uint32_t begin;
  uint32_t end;
  uint32_t word_flags;  // Lexicon flags of the lower-cased word (0 if none)
  TokenType type;
  QuoteStyle quote;
  uint8_t flags;        // TokenFlag bits
  char punct;           // for kPunct: the ASCII mark, or '-' for dashes, '.' for …;
                        // 0 for every other type (IsPunct relies on it)
  bool has(uint8_t f) const { return (flags & f) != 0; }
  bool is(uint32_t f) const { return (word_flags & f) != 0; }
  bool IsWord() const { return type == TokenType::kWord; }
  // (Only punctuation tokens have a non-zero `punct`, and `c` is never 0: one comparison,
  // without a branch on the type first, which mispredicted.)
  bool IsPunct(char c) const { return punct == c; }
  bool IsQuote() const { return type == TokenType::kQuote; }
};

static_assert(sizeof(Token) == 16 && std::is_trivial_v<Token>);

// Document::tokens' allocator. The tokenizer sizes the vector for the most tokens a text
// can have (a token has at least one byte), writes the tokens in place and cuts it to their
// count, where it wrote them into room of its own and copied them (11.5 MB over PolNeAR a
// pass): so elements are default-initialized (a Token is left as it is, not zero-filled),
// and each allocation has room for one token more, before the first (data()[-1]), which
// the tokenizer writes as the token before the text's first, so that it sets the previous
// token's kSpaceAfter without a test.
template <typename T>
struct TokenAllocator {
  using value_type = T;
  TokenAllocator() = default;
  template <typename U>
  TokenAllocator(const TokenAllocator<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(::operator new((n + 1) * sizeof(T))) + 1; }
  // (The unsized delete: clang declares the sized one only with -fsized-deallocation.)
  void deallocate(T* p, size_t) { ::operator delete(p - 1); }
  template <typename U>
  void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(p)) U;  // default-initialized: a Token is left as it is
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
  friend bool operator==(const TokenAllocator&, const TokenAllocator&) { return true; }
};
using TokenVector = std::vector<Token, TokenAllocator<Token>>;

struct Sentence {
  uint32_t first = 0;  // token range [first, last)
  uint32_t last = 0;
  uint32_t paragraph = 0;
};

struct Paragraph {
  uint32_t first = 0;  // token range [first, last)
  uint32_t last = 0;
  uint32_t first_quote = 0;  // its quotation marks: Document::quote_marks[first_quote, last_quote)
  uint32_t last_quote = 0;
};

struct Document {
  std::string_view text;
  TokenVector tokens;
  // Token index -> its id in kRuleWords (0 if none), for WordIs. Beside the tokens, not in
  // them: a Token has no two bytes to spare, and it stays 16 bytes. (Entries from
  // tokens.size() on are left over: the vector is kept at the size of the longest text.)
  std::vector<uint16_t> word_ids;
  std::vector<Sentence> sentences;
  std::vector<Paragraph> paragraphs;
  // Token index -> its sentence's index. (Entries from tokens.size() on are left over, as
  // in word_ids.)
  std::vector<uint32_t> sentence_of;
  std::vector<uint32_t> cue_starts;   // words that may open a cue (kCueStart), in order
  std::vector<uint32_t> quote_marks;  // kQuote tokens, in order
  std::vector<uint32_t> capitalized;  // kCapitalized words, in order

  std::string_view TokenText(uint32_t i) const {
    return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
  std::string_view SpanText(uint32_t begin, uint32_t end) const {
    return text.substr(begin, end - begin);
  }
  // Whether token `t` is the word `w` in any ASCII case: `WordIs(t, "of")`. One comparison
  // of ids, where the rules test tokens against words on every path.
  bool WordIs(uint32_t t, Word w) const { return word_ids[t] == w.id(); }
  // Whether token `t` has the word id `id` (a cue's words have ids too: Cue::rest_words).
  bool HasWordId(uint32_t t, uint16_t id) const { return word_ids[t] == id; }
  // The same for a word known only at run time, `lower` (lower case). Lengths are compared
  // first and nothing is copied.
  bool WordIsText(uint32_t t, std::string_view lower) const {
    const Token& tok = tokens[t];
    if (lower.empty()) return false;
    // Length and first letter in one test: a test of the length alone passed
    // unpredictably, only for the letters to differ.
    // (The type in the same test: a punctuation mark or quote is turned away as a word of
    // another length or letter is, without a branch of its own.)
    static_assert(static_cast<int>(TokenType::kWord) == 0);
    const size_t length_differs = (tok.end - tok.begin) ^ lower.size();
    const unsigned first_differs = (static_cast<unsigned char>(text[tok.begin]) | 0x20u) ^
                                   (static_cast<unsigned char>(lower[0]) | 0x20u);
    const unsigned type_differs = static_cast<unsigned>(tok.type);  // 0 for a word
    if ((length_differs | first_differs | type_differs) != 0) return false;
    const char* p = text.data() + tok.begin;
    for (size_t k = 0; k < lower.size(); ++k) {
      const char c = p[k];
      if (((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c) != lower[k]) return false;
    }
    return true;
  }
  // Whether paragraph `p` opens with a quotation mark and leaves a quotation open at its
  // end (an odd number of marks): a speech quoted over several paragraphs goes on in the
  // next one.
  bool LeavesQuotationOpen(uint32_t p) const {
    const Paragraph& para = paragraphs[p];
    return para.last > para.first + 1 && tokens[para.first].IsQuote() &&
           (para.last_quote - para.first_quote) % 2 == 1;
  }
  // Whether the first title or role word from `t` on, within four words before `last`, is
  // a portfolio's ("Minister", "Secretary", "Commissioner", "Spokesperson"): what a
  // portfolio's words joined by "and" stand before ("Transport and Energy Minister Ann
  // Ray"); not "Sen." or "Speaker", which join two people ("Lee and House Speaker Ann Ray").
  bool PortfolioTitleAhead(uint32_t t, uint32_t last) const {
    for (const uint32_t end = std::min(last, t + 4); t < end; ++t) {
      const Token& w = tokens[t];
      if (!w.IsWord() || !w.has(kCapitalized)) return false;
      if (w.is(kTitle) || w.is(kRole)) {
        return WordIs(t, "minister") || WordIs(t, "secretary") || WordIs(t, "commissioner") ||
               WordIs(t, "spokesperson") || WordIs(t, "spokesman") ||
               WordIs(t, "spokeswoman");
      }
    }
    return false;
  }
};

// The first token in [t, end) whose word id is `id`, or `end`: eight ids compared a step.
inline uint32_t FindWordId(const Document& doc, uint16_t id, uint32_t t, uint32_t end) {
  const __m128i wanted = _mm_set1_epi16(static_cast<int16_t>(id));
  for (; t + 8 <= end; t += 8) {
    const __m128i ids =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(doc.word_ids.data() + t));
    const unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi16(ids, wanted)));
    if (bits != 0) return t + __builtin_ctz(bits) / 2;
  }
  while (t < end && doc.word_ids[t] != id) ++t;
  return t;
}

// The same for any of the ids `ids`.
template <size_t N>
uint32_t FindAnyWordId(const Document& doc, const uint16_t (&ids)[N], uint32_t t, uint32_t end) {
  for (; t + 8 <= end; t += 8) {
    const __m128i got =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(doc.word_ids.data() + t));
    __m128i match = _mm_setzero_si128();
    for (const uint16_t id : ids) {
      match = _mm_or_si128(match, _mm_cmpeq_epi16(got, _mm_set1_epi16(static_cast<int16_t>(id))));
    }
    const unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(match));
    if (bits != 0) return t + __builtin_ctz(bits) / 2;
  }
  while (t < end && std::find(std::begin(ids), std::end(ids), doc.word_ids[t]) == std::end(ids)) {
    ++t;
  }
  return t;
}

// Whether sentence `sentence` of `doc` is written in Title Case, as a headline is: of at
// least four words (figures aside), eight in ten or more are capitalized.
bool TitleCaseSentence(const Document& doc, uint32_t sentence);

// How many of a text's first paragraphs are read for a transcript's turn labels.
inline constexpr uint32_t kTurnParagraphs = 64;
// Whether one of the first kTurnParagraphs paragraphs of `doc` other than `paragraph` opens
// with a label of up to six words in capitals and a colon ("FELL:", "CLARA DUNMORE:"): the
// text is a transcript, which labels every speaker's turn so.
bool TurnLabelElsewhere(const Document& doc, uint32_t paragraph);

// Tokenizes `text` (which must be valid UTF-8) and splits it into sentences and paragraphs.
Document Analyze(std::string_view text, const Lexicon& lexicon);
// The same into `*doc`, whose earlier contents are replaced: a caller that analyses many
// articles reuses the vectors' memory instead of allocating it again for each.
void AnalyzeInto(std::string_view text, const Lexicon& lexicon, Document* doc);
// ValidateUtf8 and AnalyzeInto in one pass (the check costs nothing on ASCII text): OK, or
// exactly the error ValidateUtf8(text) gives, and then `*doc` holds a partial analysis.
absl::Status ValidateAndAnalyzeInto(std::string_view text, const Lexicon& lexicon,
                                    Document* doc);

}  // namespace policy::extract_internal

#endif  // POLICY_SERVER_EXTRACT_INTERNAL_TEXT_H_
