#include "server/extract/internal/text.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <iterator>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "absl/container/inlined_vector.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace policy::extract_internal {
namespace {

constexpr bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
constexpr bool IsAsciiAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
constexpr bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }

// Classes of ASCII bytes, for the tokenizer's common paths (bytes >= 0x80 have none).
enum ByteClass : uint8_t {
  kAlnumByte = 1 << 0,  // 0-9 A-Z a-z
  kSpaceByte = 1 << 1,  // space, \t, \r, \f, \v (not \n, which ends a paragraph)
  kPlainPunctByte = 1 << 2,  // a punctuation token by itself (not a quote mark, not '-')
};

constexpr std::array<uint8_t, 256> MakeByteClasses() {
  std::array<uint8_t, 256> classes{};
  for (int c = 0; c < 128; ++c) {
    if (IsAsciiAlnum(static_cast<unsigned char>(c))) classes[c] |= kAlnumByte;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') classes[c] |= kSpaceByte;
    // What Classify() makes a one-byte kPunct of: all else but quote marks and "--".
    if (!IsAsciiAlnum(static_cast<unsigned char>(c)) && !(classes[c] & kSpaceByte) &&
        c != '\n' && c != '"' && c != '\'' && c != '`' && c != '-') {
      classes[c] |= kPlainPunctByte;
    }
  }
  return classes;
}
constexpr std::array<uint8_t, 256> kByteClass = MakeByteClasses();

// The initial-letter flags of a word by its first byte (ASCII only; the tokenizer tests
// non-ASCII capitals separately).
constexpr std::array<uint8_t, 256> MakeInitialFlags() {
  std::array<uint8_t, 256> flags{};
  for (int c = 'A'; c <= 'Z'; ++c) flags[c] = kCapitalized;
  for (int c = 'a'; c <= 'z'; ++c) flags[c] = kLowerInitial;
  return flags;
}
constexpr std::array<uint8_t, 256> kInitialFlags = MakeInitialFlags();

// The end of a run of ASCII letters and digits that starts at or before `i`, sixteen bytes
// at a time with SSE2 and eight without (and near the text's end); ORs bits into
// *digits_seen when the run from `i` holds a digit (an OR, not a test of what it held before:
// `*digit = *digit || ...` cost a branch and more per word).
// (Forced inline: with both loops GCC made it a call, which also reloaded the SSE2
// constants for every word: 6M instructions more over PolNeAR than inline.)
__attribute__((always_inline)) inline size_t SkipAlnum(std::string_view s, size_t i,
                                                     uint64_t* digits_seen) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x80 * kOnes;
  const size_t n = s.size();
#ifdef __SSE2__
  // Sixteen bytes at a time where the text has them: SSE2's byte comparisons and one mask
  // per class take about half the instructions of the 64-bit version below, and a word of
  // 8-15 bytes (whose exit from that version's loop mispredicted) takes one round.
  // A byte is in [lo, lo + size) when byte + (0x80 - lo), wrapped, is below -128 + size as
  // a signed byte: one addition and one comparison per class (no byte of 0x80 or above
  // passes, so a non-ASCII byte stops the run).
  while (i + 16 <= n) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i digits =
        _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 10), _mm_add_epi8(x, _mm_set1_epi8(0x80 - '0')));
    const __m128i folded = _mm_or_si128(x, _mm_set1_epi8(0x20));  // A-Z -> a-z
    const __m128i letters =
        _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 26), _mm_add_epi8(folded, _mm_set1_epi8(0x80 - 'a')));
    const unsigned digit_bits = static_cast<unsigned>(_mm_movemask_epi8(digits));
    const unsigned alnum_bits =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digits, letters)));
    if (alnum_bits == 0xFFFF) {
      *digits_seen |= digit_bits;
      i += 16;
      continue;
    }
    const int bytes = __builtin_ctz(~alnum_bits);  // before the first byte that is not alnum
    *digits_seen |= digit_bits & ((1u << bytes) - 1);
    return i + bytes;
  }
#endif
  while (i + 8 <= n) {
    uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    // Per byte, bit 7 set when low7 is in [lo, hi] (low7 <= 0x7F, so no carries).
    const uint64_t low7 = x & (0x7F * kOnes);
    const uint64_t digits = (low7 + (0x80 - '0') * kOnes) & ~(low7 + (0x7F - '9') * kOnes);
    const uint64_t folded = low7 | (0x20 * kOnes);  // A-Z -> a-z
    const uint64_t letters = (folded + (0x80 - 'a') * kOnes) & ~(folded + (0x7F - 'z') * kOnes);
    const uint64_t stop = ~((digits | letters) & ~x) & kHigh;  // not alnum, or not ASCII
    if (stop == 0) {
      *digits_seen |= digits & ~x & kHigh;
      i += 8;
      continue;
    }
    const int bits = __builtin_ctzll(stop);  // 8 * (bytes before the stop) + 7
    *digits_seen |= digits & ~x & kHigh & ((uint64_t{1} << bits) - 1);
    return i + (bits >> 3);
  }
  while (i < n && (kByteClass[static_cast<unsigned char>(s[i])] & kAlnumByte)) {
    *digits_seen |= IsDigit(static_cast<unsigned char>(s[i])) ? 1 : 0;
    ++i;
  }
  return i;
}

// What a character at `i` is, for the tokenizer.
enum class CharKind : uint8_t { kSpace, kNewline, kWord, kPunct, kQuote };

struct CharInfo {
  CharKind kind;
  uint8_t length;           // bytes
  QuoteStyle quote = QuoteStyle::kNone;
  char punct = 0;
};

// Classify's answers for an ASCII byte c, at [c] alone and at [128 + c] when the next byte
// is the same: "''" and "``" are double quotation marks, "--" a dash. A table: as a chain
// of tests, GCC compiled them to a jump table whose target mispredicted often.
constexpr std::array<CharInfo, 256> MakeAsciiChars() {
  std::array<CharInfo, 256> chars{};
  for (int doubled = 0; doubled < 2; ++doubled) {
    for (int c = 0; c < 128; ++c) {
      CharInfo& info = chars[doubled * 128 + c];
      if (IsAsciiAlnum(static_cast<unsigned char>(c))) {
        info = {CharKind::kWord, 1};
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        info = {CharKind::kSpace, 1};
      } else if (c == '\n') {
        info = {CharKind::kNewline, 1};
      } else if (c == '"') {
        info = {CharKind::kQuote, 1, QuoteStyle::kDoubleStraight};
      } else if (c == '\'') {
        info = doubled ? CharInfo{CharKind::kQuote, 2, QuoteStyle::kDoubleStraight}
                       : CharInfo{CharKind::kQuote, 1, QuoteStyle::kSingleStraight};
      } else if (c == '`') {
        info = doubled ? CharInfo{CharKind::kQuote, 2, QuoteStyle::kDoubleOpen}
                       : CharInfo{CharKind::kQuote, 1, QuoteStyle::kSingleOpen};
      } else if (c == '-' && doubled) {
        info = {CharKind::kPunct, 2, {}, '-'};
      } else {
        info = {CharKind::kPunct, 1, {}, static_cast<char>(c)};
      }
    }
  }
  return chars;
}
constexpr std::array<CharInfo, 256> kAsciiChars = MakeAsciiChars();

// Classify's answers for the three-byte characters E2 80 xx (General Punctuation), by xx.
constexpr std::array<CharInfo, 256> MakeGeneralPunctuation() {
  std::array<CharInfo, 256> chars{};
  for (int c2 = 0; c2 < 256; ++c2) {
    CharInfo& info = chars[c2];
    switch (c2) {
      case 0x98: info = {CharKind::kQuote, 3, QuoteStyle::kSingleOpen}; break;
      case 0x99: info = {CharKind::kQuote, 3, QuoteStyle::kSingleClose}; break;
      case 0x9C: case 0x9E: info = {CharKind::kQuote, 3, QuoteStyle::kDoubleOpen}; break;
      case 0x9D: info = {CharKind::kQuote, 3, QuoteStyle::kDoubleClose}; break;
      case 0x92: case 0x93: case 0x94: case 0x95: info = {CharKind::kPunct, 3, {}, '-'}; break;
      case 0xA6: info = {CharKind::kPunct, 3, {}, 'e'}; break;  // ellipsis
      case 0xA8: case 0xA9: info = {CharKind::kNewline, 3}; break;
      default:
        if (c2 <= 0x8F || (c2 >= 0xAA && c2 <= 0xAF)) {
          info = {CharKind::kSpace, 3};  // spaces, zero widths, bidirectional embeddings
        } else {
          info = {CharKind::kPunct, 3, {}, '*'};
        }
    }
  }
  return chars;
}
constexpr std::array<CharInfo, 256> kGeneralPunctuation = MakeGeneralPunctuation();

CharInfo Classify(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    const bool doubled = i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == c;
    return kAsciiChars[(doubled ? 128 : 0) + c];
  }
  const unsigned char c1 = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
  const unsigned char c2 = i + 2 < s.size() ? static_cast<unsigned char>(s[i + 2]) : 0;
  if (c == 0xC2) {
    // "TrÃ©vidic", "PeÃ±a", "SarukhÃÂ¡n": UTF-8 read as Latin-1 and encoded again writes an
    // accented letter as "Ã" and a Latin-1 sign (twice over, "ÃÂ" and a sign); after "Ã"
    // the sign is the rest of that letter, part of the word.
    if (i >= 2 && static_cast<unsigned char>(s[i - 2]) == 0xC3 &&
        (static_cast<unsigned char>(s[i - 1]) == 0x83 ||
         (static_cast<unsigned char>(s[i - 1]) == 0x82 && i >= 4 &&
          static_cast<unsigned char>(s[i - 4]) == 0xC3 &&
          static_cast<unsigned char>(s[i - 3]) == 0x83))) {
      return {CharKind::kWord, 2};
    }
    if (c1 == 0xA0) return {CharKind::kSpace, 2};
    if (c1 == 0xAB) return {CharKind::kQuote, 2, QuoteStyle::kDoubleOpen};
    if (c1 == 0xBB) return {CharKind::kQuote, 2, QuoteStyle::kDoubleClose};
    if (c1 == 0xAD) return {CharKind::kSpace, 2};  // soft hyphen: invisible
    return {CharKind::kPunct, 2, {}, '*'};         // Latin-1 symbols: © ± ¡ ...
  }
  if (c == 0xE2 && c1 == 0x80) return kGeneralPunctuation[c2];
  if (c == 0xE2 && c1 == 0x81) {
    if (c2 == 0x9F || (c2 >= 0xA0 && c2 <= 0xAF)) return {CharKind::kSpace, 3};
    return {CharKind::kPunct, 3, {}, '*'};
  }
  if (c == 0xE3 && c1 == 0x80 && c2 == 0x80) return {CharKind::kSpace, 3};
  if (c == 0xEF && c1 == 0xBB && c2 == 0xBF) return {CharKind::kSpace, 3};  // BOM
  const uint8_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  if (c == 0xE2 || (c == 0xEF && c1 >= 0xBC)) return {CharKind::kPunct, length, {}, '*'};
  return {CharKind::kWord, length};
}

bool IsApostrophe(std::string_view s, size_t i, size_t* length) {
  if (s[i] == '\'') {
    *length = 1;
    return true;
  }
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80 && static_cast<unsigned char>(s[i + 2]) == 0x99) {
    *length = 3;
    return true;
  }
  return false;
}

bool WordCharAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  const unsigned char c = static_cast<unsigned char>(s[i]);
  // (ASCII by its class, as Classify would: a word's character is a letter or digit.)
  if (c < 0x80) return (kByteClass[c] & kAlnumByte) != 0;
  return Classify(s, i).kind == CharKind::kWord;
}

// What is wrong with the UTF-8 sequence at a byte >= 0x80, if anything.
enum class Utf8Fault : uint8_t { kNone, kInvalidByte, kTruncated, kBadContinuation, kOverlong };

// Checks the sequence whose lead byte text[i] is >= 0x80; on success sets *length. On a bad
// continuation byte, *length is the offset of that byte within the sequence.
inline Utf8Fault CheckUtf8Sequence(std::string_view text, size_t i, size_t* length) {
  const size_t n = text.size();
  const unsigned char c = static_cast<unsigned char>(text[i]);
  size_t len;
  uint32_t min;
  uint32_t cp;
  if ((c & 0xE0) == 0xC0) {
    len = 2, min = 0x80, cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, min = 0x800, cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, min = 0x10000, cp = c & 0x07;
  } else {
    return Utf8Fault::kInvalidByte;
  }
  if (i + len > n) return Utf8Fault::kTruncated;
  for (size_t k = 1; k < len; ++k) {
    const unsigned char cc = static_cast<unsigned char>(text[i + k]);
    if ((cc & 0xC0) != 0x80) {
      *length = k;
      return Utf8Fault::kBadContinuation;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return Utf8Fault::kOverlong;
  *length = len;
  return Utf8Fault::kNone;
}

// The error for the invalid sequence at i (CheckUtf8Sequence gave `fault` and `length`).
// Out of line: the tokenizer's loop should not carry the message building.
[[gnu::noinline, gnu::cold]] absl::Status Utf8Error(std::string_view text, size_t i,
                                                    Utf8Fault fault, size_t length) {
  switch (fault) {
    case Utf8Fault::kInvalidByte:
      return absl::InvalidArgumentError(absl::StrCat(
          "text is not valid UTF-8: invalid byte 0x", absl::Hex(static_cast<unsigned char>(text[i])),
          " at byte offset ", i, "; re-encode the article as UTF-8"));
    case Utf8Fault::kTruncated:
      return absl::InvalidArgumentError(absl::StrCat(
          "text is not valid UTF-8: truncated sequence at byte offset ", i,
          "; re-encode the article as UTF-8"));
    case Utf8Fault::kBadContinuation:
      return absl::InvalidArgumentError(absl::StrCat(
          "text is not valid UTF-8: bad continuation byte at byte offset ", i + length,
          "; re-encode the article as UTF-8"));
    case Utf8Fault::kOverlong:
    case Utf8Fault::kNone:
      break;
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "text is not valid UTF-8: overlong or out-of-range sequence at byte offset ", i,
      "; re-encode the article as UTF-8"));
}

}  // namespace

absl::Status ValidateUtf8(std::string_view text) {
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // ASCII runs eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t chunk;
      std::memcpy(&chunk, text.data() + i, 8);
      if (chunk & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t length = 0;
    const Utf8Fault fault = CheckUtf8Sequence(text, i, &length);
    if (fault != Utf8Fault::kNone) return Utf8Error(text, i, fault, length);
    i += length;
  }
  return absl::OkStatus();
}

bool TitleCaseSentence(const Document& doc, uint32_t sentence) {
  const Sentence& s = doc.sentences[sentence];
  int words = 0, capitalized = 0;
  for (uint32_t t = s.first; t < s.last; ++t) {
    if (!doc.tokens[t].IsWord() || doc.tokens[t].has(kHasDigit)) continue;
    ++words;
    capitalized += doc.tokens[t].has(kCapitalized);
  }
  return words >= 4 && capitalized * 10 >= words * 8;
}

bool TurnLabelElsewhere(const Document& doc, uint32_t paragraph) {
  auto shouted = [&doc](uint32_t t) {
    for (const char ch : doc.TokenText(t)) {
      if (ch >= 'a' && ch <= 'z') return false;
    }
    return true;
  };
  for (uint32_t p = 0; p < kTurnParagraphs && p < doc.paragraphs.size(); ++p) {
    const Paragraph& other = doc.paragraphs[p];
    if (p == paragraph || other.last < other.first + 3) continue;
    uint32_t x = other.first;
    while (x < other.last && x < other.first + 6 && doc.tokens[x].IsWord() && shouted(x)) ++x;
    if (x > other.first && x < other.last && doc.tokens[x].IsPunct(':')) return true;
  }
  return false;
}

Document Analyze(std::string_view text, const Lexicon& lexicon) {
  Document doc;
  AnalyzeInto(text, lexicon, &doc);
  return doc;
}

namespace {

// Quotation marks as their neighbours read them, after tokenizing (a pass over the marks
// alone, so that the tokenizer's loop stays as tight as it was without it):
// - a curly double mark typed the wrong way round: `unusual,“ said` closes (after a word or
//   punctuation, before a space), `said: ”Sorry` opens (after a space, before a letter), and
//   so does one that opens a paragraph (`” ... and then`: nothing before it to close);
// - `'Harbor Today,'''`: a nested single quote closes right before the double '' that closes
//   its quotation. The tokenizer read '' then '; the marks become ' then ''.
void ReadQuotesInContext(Document* doc) {
  TokenVector& tokens = doc->tokens;
  const std::vector<uint32_t>& marks = doc->quote_marks;
  const std::string_view text = doc->text;
  const size_t n = text.size();
  for (size_t m = 0; m < marks.size(); ++m) {
    Token& mark = tokens[marks[m]];
    if (mark.quote == QuoteStyle::kDoubleOpen && !mark.has(kSpaceBefore) &&
        (mark.end >= n || text[mark.end] == ' ' || text[mark.end] == '\n')) {
      mark.quote = QuoteStyle::kDoubleClose;
    } else if (mark.quote == QuoteStyle::kDoubleClose && mark.has(kSpaceBefore) &&
               mark.end < n &&
               (IsAsciiAlnum(static_cast<unsigned char>(text[mark.end])) ||
                (mark.has(kParagraphStart) && text[mark.end] == ' '))) {
      mark.quote = QuoteStyle::kDoubleOpen;
    }
    if (mark.quote != QuoteStyle::kDoubleStraight || mark.end - mark.begin != 2 ||
        text[mark.begin] != '\'' || mark.has(kSpaceBefore) || m + 1 >= marks.size() ||
        marks[m + 1] != marks[m] + 1) {
      continue;
    }
    Token& next = tokens[marks[m + 1]];
    if (next.quote != QuoteStyle::kSingleStraight || next.begin != mark.end) continue;
    // A single quotation opened (after a space) since the last double mark.
    bool single_open = false;
    for (size_t k = m; k-- > 0 && !single_open;) {
      const Token& before = tokens[marks[k]];
      if (before.quote != QuoteStyle::kSingleStraight && before.quote != QuoteStyle::kSingleOpen) {
        break;
      }
      single_open = before.has(kSpaceBefore);
    }
    if (!single_open) continue;
    mark.end = mark.begin + 1;
    mark.quote = QuoteStyle::kSingleStraight;
    next.begin = mark.end;
    next.quote = QuoteStyle::kDoubleStraight;
  }
}

// The end of a live blog's time stamp opening the paragraph at token `t` ("10:05 GMT:",
// "1.05pm -", "12:45:"): the token after its colon or dash, when a word with a figure opens
// the paragraph and up to two words without one come before the mark. Else `t`.
uint32_t TimeStampEnd(const TokenVector& tokens, uint32_t t) {
  const uint32_t count = static_cast<uint32_t>(tokens.size());
  if (!tokens[t].IsWord() || !tokens[t].has(kHasDigit)) return t;
  for (uint32_t k = t + 1; k < count && k <= t + 3; ++k) {
    const Token& tok = tokens[k];
    if (tok.has(kParagraphStart)) return t;
    if (tok.IsPunct(':') || tok.IsPunct('-')) {
      return k + 1 < count && !tokens[k + 1].has(kParagraphStart) ? k + 1 : t;
    }
    if (!tok.IsWord() || tok.has(kHasDigit)) return t;
  }
  return t;
}

// "Ward I,", "World War I.", "Phase I)": capitalized token `t`, the pronoun "I", after a
// capitalized word inside the sentence (not a function word) and before punctuation is the
// numeral ending a name ("Yesterday I", "And I" keep it: a time word, a sentence's first
// word). It loses the pronoun's class, so that the name and its appositive read on past it.
// (Called by ReadSurnamesInContext's pass over the capitalized words, for their pronouns.)
void ReadRomanOne(Document* doc, uint32_t t) {
  constexpr uint32_t kFunctionWord =
      kPronoun | kDeterminer | kStop | kPreverb | kTime | kAdjunct | kTitle;
  TokenVector& tokens = doc->tokens;
  Token& tok = tokens[t];
  if (tok.end - tok.begin != 1 || t < 2 || doc->text[tok.begin] != 'I') return;
  const Token& prev = tokens[t - 1];
  if (!prev.IsWord() || !prev.has(kCapitalized) || (prev.word_flags & kFunctionWord) != 0 ||
      doc->sentences[doc->sentence_of[t - 1]].first == t - 1) {
    return;
  }
  const size_t count = tokens.size();
  const bool before_punctuation =
      t + 1 == count || tokens[t + 1].IsPunct(',') || tokens[t + 1].IsPunct('.') ||
      tokens[t + 1].IsPunct(')') || tokens[t + 1].IsPunct(';') || tokens[t + 1].IsPunct(':');
  if (before_punctuation) tok.word_flags = 0;
}

// Names that end in a possessive ("Corbin's said", "Macy's told investors"): a capitalized
// word in 's at `t` right before a verb of saying ("said", "says", "told", "added", ...) owns
// nothing; it is a body's name, not a possessive. (Called by ReadAcronymsInContext's pass
// over the capitalized words, for those in the possessive.)
void ReadPossessiveName(Document* doc, uint32_t t) {
  Token* const token_data = doc->tokens.data();
  if (t + 1 >= doc->tokens.size()) return;
  const Token& next = token_data[t + 1];
  if (!next.IsWord() || !next.has(kLowerInitial) || (next.word_flags & kCueStart) == 0 ||
      (next.word_flags & (kNounCue | kNounCueStart)) != 0) {
    return;
  }
  const std::string_view word = doc->TokenText(t);
  const std::string_view verb = doc->TokenText(t + 1);
  // (Not a participle that modifies a noun after it: "Elm's proposed cuts", "its stated
  // goal".)
  static constexpr std::string_view kVerbs[] = {"said",  "says",   "told",     "tells",
                                                "wrote", "writes", "added",    "adds",
                                                "insisted", "warned", "argued", "explained"};
  if (!word.ends_with("s") || word.size() < 4 ||
      std::find(std::begin(kVerbs), std::end(kVerbs), verb) == std::end(kVerbs)) {
    return;
  }
  token_data[t].flags &= ~kPossessive;
}

// Acronyms spelled as function words ("The WHO said", "WHO chief Ann Ray"):
// a word of two to four capitals outside a run of capitalized words in capitals (a
// headline's "WHO SAID IT") is a name, without the word classes and id of its lower case,
// which would read it as a relative pronoun or refuse it as a speaker.
void ReadAcronymsInContext(Document* doc) {
  constexpr uint32_t kFunctionWord = kStop | kPronoun | kDeterminer | kPreverb;
  constexpr uint32_t kContentWord = kTitle | kRole | kGroup | kOrgNoun | kOrgUnit | kCorpSuffix;
  Token* const token_data = doc->tokens.data();
  const uint32_t count = static_cast<uint32_t>(doc->tokens.size());
  const char* const text = doc->text.data();
  auto all_caps = [&](uint32_t t) {
    const Token& tok = token_data[t];
    if (!tok.IsWord() || tok.end - tok.begin < 2) return false;
    for (uint32_t b = tok.begin; b < tok.end; ++b) {
      if (!IsUpper(text[b])) return false;
    }
    return true;
  };
  for (const uint32_t t : doc->capitalized) {
    Token& tok = token_data[t];
    if (tok.has(kPossessive)) [[unlikely]] ReadPossessiveName(doc, t);
    // (The cheap tests first, on every capitalized word: two to four bytes, the second a
    // capital, which few words have.)
    if (tok.end - tok.begin - 2 > 2 || !IsUpper(text[tok.begin + 1])) continue;
    // (Only a function word's: "CEO", "GOP" keep their classes as a role's or a title's.)
    if ((tok.word_flags & kFunctionWord) == 0 || (tok.word_flags & kContentWord) != 0 ||
        !all_caps(t) || (t > 0 && all_caps(t - 1)) || (t + 1 < count && all_caps(t + 1))) {
      continue;
    }
    tok.word_flags = 0;
    doc->word_ids[t] = 0;
  }
}

// Surnames that are also function words ("Theresa May", "Tom Will", "Kristen Day", "Ms.
// Weeks"): once a first name or a title has introduced one, its capitalized occurrences are
// the name ("May said", "said Day"), and lose the word classes (time, auxiliary, ...) that
// would make the readers skip them or refuse them as a speaker. Not where the word keeps its
// usual sense: after a lower-case function word or next to a number ("in May", "May 5"), or,
// for an auxiliary, before a name or pronoun ("Will Ray run?"). The month "May" in such
// places becomes a time word.
void ReadSurnamesInContext(Document* doc) {
  // (Not prepositions or labels: "Justice Who Once Mocked", "The Latest".)
  constexpr uint32_t kFunctionWord = kTime | kPreverb | kAdjunct;
  constexpr uint32_t kKept = kCueStart | kDeterminer | kPronoun | kStop;  // never a surname
  TokenVector& tokens = doc->tokens;
  auto introduced = [&](uint32_t t) {
    const Token& prev = tokens[t - 1];
    // A first name, or an abbreviated title ("Ms.", "Sen."; "Democrat" is a title too).
    const bool honorific = (prev.word_flags & kTitle) != 0 && doc->text[prev.end - 1] == '.';
    return prev.IsWord() && prev.has(kCapitalized) && !prev.has(kPossessive) &&
           ((prev.word_flags & (kFemale | kMale)) != 0 || honorific) &&
           (prev.word_flags & (kDeterminer | kStop)) == 0;
  };
  const size_t count = tokens.size();
  // The month "May" (the lexicon's modal) after a preposition or before a number: a time.
  auto month_may = [&](uint32_t t) {
    const Token* prev = t > 0 ? &tokens[t - 1] : nullptr;
    const Token* next = t + 1 < count ? &tokens[t + 1] : nullptr;
    return doc->TokenText(t) == "May" &&
           ((prev != nullptr && prev->IsWord() && prev->has(kLowerInitial) &&
             (prev->word_flags & kStop) != 0) ||
            (next != nullptr && next->IsWord() && next->has(kHasDigit)));
  };
  // Few articles have one, so the surnames are kept as text in a short list.
  absl::InlinedVector<std::string_view, 4> surnames;
  // (The tokens' address in a local: the vector's, reloaded for every word, since the
  // calls below might have changed it for the compiler; none resizes it.)
  Token* const token_data = tokens.data();
  const uint32_t* const capitalized = doc->capitalized.data();
  const size_t capitalized_count = doc->capitalized.size();
  for (size_t k = 0; k < capitalized_count; ++k) {
    // (The pronouns too, for ReadRomanOne: one pass over the capitalized words for both.)
    // (The words of neither kind, most, skipped in a loop of their own, which keeps its
    // index and end in registers.)
    while (k < capitalized_count &&
           (token_data[capitalized[k]].word_flags & (kFunctionWord | kPronoun)) == 0) {
      ++k;
    }
    if (k == capitalized_count) break;
    const uint32_t t = capitalized[k];
    Token& tok = token_data[t];
    if ((tok.word_flags & kPronoun) != 0) {
      ReadRomanOne(doc, t);
      continue;
    }
    if ((tok.word_flags & kPreverb) != 0 && month_may(t)) {
      tok.word_flags = kTime;
      continue;
    }
    if (t == 0 || (tok.word_flags & kKept) != 0 || tok.has(kPossessive) || !introduced(t)) {
      continue;
    }
    const std::string_view text = doc->TokenText(t);
    if (text.find('\'') != std::string_view::npos || text.find("\xE2\x80\x99") != std::string_view::npos) {
      continue;  // "Isn't": no name
    }
    if (std::find(surnames.begin(), surnames.end(), text) == surnames.end()) {
      surnames.push_back(text);
    }
  }
  if (surnames.empty()) return;
  for (const uint32_t t : doc->capitalized) {
    Token& tok = tokens[t];
    if ((tok.word_flags & kFunctionWord) == 0 || (tok.word_flags & kKept) != 0 ||
        std::find(surnames.begin(), surnames.end(), doc->TokenText(t)) == surnames.end()) {
      continue;
    }
    if (t == 0 || !introduced(t)) {
      const Token* prev = t > 0 ? &tokens[t - 1] : nullptr;
      const Token* next = t + 1 < count ? &tokens[t + 1] : nullptr;
      if (prev != nullptr && prev->IsWord() &&
          (prev->has(kHasDigit) ||
           (prev->has(kLowerInitial) && (prev->word_flags & (kStop | kDeterminer)) != 0))) {
        continue;
      }
      if (next != nullptr && next->IsWord() &&
          (next->has(kHasDigit) ||
           ((tok.word_flags & kPreverb) != 0 &&
            (next->has(kCapitalized) || (next->word_flags & kPronoun) != 0)))) {
        continue;
      }
    }
    tok.word_flags = 0;
  }
}

// For ListWords: by a mask of four tokens, the positions (0-3) of its set bits in order,
// and how many there are.
struct alignas(16) SetBits {
  uint32_t position[4];
};
constexpr std::array<SetBits, 16> kSetBits = [] {
  std::array<SetBits, 16> bits{};
  for (uint32_t mask = 0; mask < 16; ++mask) {
    uint32_t k = 0;
    for (uint32_t b = 0; b < 4; ++b) {
      if (mask & (1u << b)) bits[mask].position[k++] = b;
    }
  }
  return bits;
}();
constexpr std::array<uint8_t, 16> kSetBitCount = [] {
  std::array<uint8_t, 16> counts{};
  for (uint32_t mask = 0; mask < 16; ++mask) {
    counts[mask] = static_cast<uint8_t>(((mask >> 0) & 1) + ((mask >> 1) & 1) +
                                        ((mask >> 2) & 1) + ((mask >> 3) & 1));
  }
  return counts;
}();

// The lists of cue starts and capitalized words, from the tokens' flags. A loop of its own
// (and a function: out of the tokenizer's) after the tokenizer's, which needs every
// register it has: each list there, written through its pointer and count, with a test
// per word for its room, cost more than this pass over the tokens.
[[gnu::noinline]] void ListWords(Document* doc) {
  const uint32_t count = static_cast<uint32_t>(doc->tokens.size());
  // Cue starts and capitalized words come in no predictable order, so the indices are
  // written at a list's end and the count advanced by how many belong, without a branch:
  // into room for every token (and four more, for the last round's store), per thread and
  // never cut, so that it is not zeroed for each article (as the document's lists, cut to
  // their lengths, would be), then copied.
  thread_local std::vector<uint32_t> room;
  const size_t half = size_t{count} + 4;
  if (room.size() < 2 * half) room.resize(2 * half);
  uint32_t* const cue_starts = room.data();
  uint32_t* const capitalized = room.data() + half;
  const Token* const tokens = doc->tokens.data();
  size_t cue_start_count = 0;  // (size_t: no zero extension for the index)
  size_t capitalized_count = 0;
  uint32_t t = 0;
#ifdef __SSE2__
  // Four tokens a round (about 8 instructions a token, where the loop below takes 11): the
  // four tokens' word_flags and their last four bytes (flags at byte 2) gathered by
  // shuffles, each list's bit shifted to the sign for a mask of four bits, the mask's
  // token indices stored at once (kSetBits) and the count advanced by its bits.
  static_assert(sizeof(Token) == 16 && offsetof(Token, word_flags) == 8 &&
                offsetof(Token, flags) == 14 && kCueStart == 1u << 14 && kCapitalized == 1);
  __m128i base = _mm_set1_epi32(0);
  // (Through a pointer to the round's tokens, not an index scaled each round.)
  const Token* const rounds_end = tokens + (count & ~3u);
  for (const Token* round = tokens; round != rounds_end; round += 4) {
    const float* const p = reinterpret_cast<const float*>(round);
    const __m128 first_two = _mm_shuffle_ps(_mm_loadu_ps(p), _mm_loadu_ps(p + 4),
                                            _MM_SHUFFLE(3, 2, 3, 2));
    const __m128 last_two = _mm_shuffle_ps(_mm_loadu_ps(p + 8), _mm_loadu_ps(p + 12),
                                           _MM_SHUFFLE(3, 2, 3, 2));
    const __m128i word_flags = _mm_castps_si128(
        _mm_shuffle_ps(first_two, last_two, _MM_SHUFFLE(2, 0, 2, 0)));
    const __m128i last_bytes = _mm_castps_si128(
        _mm_shuffle_ps(first_two, last_two, _MM_SHUFFLE(3, 1, 3, 1)));
    const unsigned cues =
        static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_slli_epi32(word_flags, 17))));
    const unsigned capitals =
        static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_slli_epi32(last_bytes, 15))));
    _mm_storeu_si128(
        reinterpret_cast<__m128i*>(cue_starts + cue_start_count),
        _mm_add_epi32(base, _mm_load_si128(reinterpret_cast<const __m128i*>(&kSetBits[cues]))));
    cue_start_count += kSetBitCount[cues];
    _mm_storeu_si128(
        reinterpret_cast<__m128i*>(capitalized + capitalized_count),
        _mm_add_epi32(base,
                      _mm_load_si128(reinterpret_cast<const __m128i*>(&kSetBits[capitals]))));
    capitalized_count += kSetBitCount[capitals];
    base = _mm_add_epi32(base, _mm_set1_epi32(4));
  }
  t = count & ~3u;
#endif
  for (; t < count; ++t) {
    cue_starts[cue_start_count] = t;
    cue_start_count += (tokens[t].word_flags & kCueStart) != 0 ? 1 : 0;
    capitalized[capitalized_count] = t;
    capitalized_count += (tokens[t].flags & kCapitalized) != 0 ? 1 : 0;
  }
  doc->cue_starts.assign(cue_starts, cue_starts + cue_start_count);
  doc->capitalized.assign(capitalized, capitalized + capitalized_count);
  if (room.size() > (size_t{1} << 21)) room = {};  // after a huge article
}

// Room in `tokens` for the tokens of a text of `bytes` bytes (a token has at least one
// byte), not zero-filled (TokenAllocator), with the token before the first (data()[-1])
// cleared as the dummy; returns the first. Out of line, as CutTokens: the vector's growth
// paths stay out of the tokenizer's function.
[[gnu::noinline]] Token* TokenRoom(TokenVector* tokens, size_t bytes) {
  tokens->clear();  // (nothing to move if it grows)
  tokens->resize(bytes + 1);  // (+ 1: allocated even for an empty text)
  Token* const first = tokens->data();
  first[-1] = Token{};
  return first;
}

// Cuts `tokens` to the `count` made.
[[gnu::noinline]] void CutTokens(TokenVector* tokens, size_t count) { tokens->resize(count); }

// Whether the abbreviation `word` (with its period, ending at `word_end`) before the word
// that ends at `e`, with lexicon flags `next_flags`, ends its sentence because a full name
// follows: a known given name, a space and a capital, after a company's suffix or a
// country's initials as the lexicon lists them ("rose at Elm Inc. Ann Ray said"). Out of
// line: it runs only at such a period, and inline it changed the tokenizer loop's code.
__attribute__((noinline)) bool FullNameFollows(std::string_view s, std::string_view word,
                                               size_t word_end, size_t e, uint32_t next_flags,
                                               const Lexicon& lexicon) {
  if ((next_flags & (kMale | kFemale)) == 0 || (next_flags & kTitle) != 0 || e + 1 >= s.size() ||
      s[e] != ' ' || !IsUpper(static_cast<unsigned char>(s[e + 1]))) {
    return false;
  }
  const size_t word_begin = static_cast<size_t>(word.data() - s.data());
  const uint32_t flags = lexicon.FindInText(s, word_begin, word_end).flags;
  return (flags & kAbbrev) != 0 &&
         ((flags & kCorpSuffix) != 0 || word.find('.') != std::string_view::npos);
}

// Inside a single quotation, whether the mark after an s, with `after` the byte after it, is
// a plural possessive's: a lower-case word that is no function word follows ("'The parents'
// views were ignored,'", British quoting); not "called them 'losers' and ...", "the 'yes
// votes' were". Out of line: the tokenizer's loop stays as tight as without it.
__attribute__((noinline)) bool PossessiveInQuote(std::string_view s, size_t after,
                                                 const Lexicon& lexicon) {
  const size_t n = s.size();
  if (after + 1 >= n || s[after] != ' ' || !IsLower(static_cast<unsigned char>(s[after + 1]))) {
    return false;
  }
  size_t e = after + 1;
  while (e < n && IsLower(static_cast<unsigned char>(s[e]))) ++e;
  if (e < n && (s[e] == '\'' || static_cast<unsigned char>(s[e]) == 0xE2)) return false;
  return (lexicon.FlagsInText(s, after + 1, e) &
          (kStop | kPreverb | kDeterminer | kPronoun | kAdjunct | kTime)) == 0;
}

// AnalyzeInto, and with kValidate also ValidateUtf8 in the same pass: the tokenizer visits
// every non-ASCII character at its first byte (ASCII needs no check), so it checks the
// sequence there before classifying it. Characters are visited in text order and none is
// skipped unchecked, so the first invalid sequence found is the one ValidateUtf8 reports.
template <bool kValidate>
absl::Status AnalyzeImpl(std::string_view s, const Lexicon& lexicon, Document* out) {
  Document& doc = *out;
  doc.text = s;
  doc.sentences.clear();
  doc.paragraphs.clear();
  // (sentence_of is not cleared: every entry up to the token count is written below, so
  // keeping the last article's entries spares zeroing them first.)
  doc.quote_marks.clear();
  // Every token's word id, written through a local pointer into room for the most tokens
  // the text can have (a token has at least one byte), once per token by whatever made
  // it. Not cut to the count: a vector that grew again for the next article would fill
  // the new room with zeros first.
  if (doc.word_ids.size() < s.size() + 1) doc.word_ids.resize(s.size() + 1);
  uint16_t* next_word_id = doc.word_ids.data();
  // The tokens, written through a pointer into doc.tokens sized for the most the text can
  // have (a token has at least one byte; TokenAllocator does not zero-fill) and cut to
  // their count at the end: through push_back, every append loaded the vector's end and
  // capacity again (a byte stored into a token's flags may, for the compiler, have changed
  // them) and tested for growth. The token before the first, data()[-1], is a dummy (see
  // TokenAllocator), so that the previous token's kSpaceAfter is set without a test.
  Token* next_token = TokenRoom(&doc.tokens, s.size());  // one past the last token made
  // The first token, read from the vector where needed (rare paths), not kept in a local:
  // the room's address, a call's result, took a register the loop needs, and GCC spilled
  // the loop's position instead (4.2M instructions more).
  auto first_token = [&] { return doc.tokens.data(); };
  // (The tokens made: at the end, and before an early return.)
  auto keep_tokens = [&] {
    CutTokens(&doc.tokens, static_cast<size_t>(next_token - first_token()));
  };
  const size_t n = s.size();
  size_t i = 0;
  // The next token's kSpaceBefore and kParagraphStart, as its flags: one register for both
  // (two bools took two, and the flags were made from them for every token). The previous
  // token's kSpaceAfter is set where the space is met, not tested for in every new token:
  // most spaces follow a word, whose token is at hand (the dummy, data()[-1], takes the
  // text's leading space).
  uint8_t pending = kSpaceBefore | kParagraphStart;
  bool single_open = false;  // an opening single quote awaits its close in this paragraph
  // Tokens the sentence pass must look at, in order: paragraph starts and . ! ? marks.
  // Per thread, so that its memory is reused from one article to the next.
  thread_local std::vector<uint32_t> boundaries;
  boundaries.clear();

  // Appends a token starting at i, built in place (a Token assembled field by field and
  // then copied is read back with wide loads that can stall on the narrow stores).
  auto new_token = [&](TokenType type) __attribute__((always_inline)) -> Token& {
    Token& t = *next_token++;
    t = Token{};  // (the room holds an earlier article's tokens)
    t.begin = static_cast<uint32_t>(i);
    t.type = type;
    t.flags = pending;
    if (pending & kParagraphStart) {
      const uint32_t index = static_cast<uint32_t>(next_token - first_token() - 1);
      const uint32_t quotes = static_cast<uint32_t>(doc.quote_marks.size());
      if (!doc.paragraphs.empty()) {
        doc.paragraphs.back().last = index;
        doc.paragraphs.back().last_quote = quotes;
      }
      doc.paragraphs.push_back({index, 0, quotes, 0});
      boundaries.push_back(index);
    }
    pending = 0;
    return t;
  };

  // A punctuation token of `length` bytes at i.
  auto add_punct = [&](size_t length, char punct) __attribute__((always_inline)) {
    Token& t = new_token(TokenType::kPunct);
    t.end = static_cast<uint32_t>(i + length);
    t.punct = punct;
    *next_word_id++ = 0;
    if (punct == '.' || punct == '!' || punct == '?') {
      const uint32_t index = static_cast<uint32_t>(next_token - first_token() - 1);
      if (boundaries.back() != index) boundaries.push_back(index);  // not a paragraph start
    }
    i += length;
  };

  // A word starting at i whose first character is `first_length` bytes long, 0 for an
  // ASCII letter or digit: the scan of letters and digits reads it too (and notes a digit),
  // so that nothing of it is carried into the scan.
  auto scan_word = [&](size_t first_length) __attribute__((always_inline)) {
    Token& t = new_token(TokenType::kWord);
    const size_t begin = i;
    size_t segment_start = i;  // start of the current letter run (for acronyms)
    // Rare marks inside the word, noted where the scan meets them (the only place they can
    // enter a word) so that the tests below cost the common word one test for both.
    enum : uint8_t {
      kThirdHyphen = 1,       // the third byte is a hyphen ("al-Mansour")
      // "don't", "Lee's". (Unvalidated text may also hide one in an invalid sequence, which
      // is read as a letter: then it is assumed.)
      kInnerApostrophe = 2,
      // A period inside: "3.5", "U.S". (Unvalidated text may hide one in an invalid
      // sequence too: then it is assumed, and looked for.)
      kInnerPeriod = 4,
    };
    uint8_t marks = (!kValidate && first_length > 1) ? (kInnerApostrophe | kInnerPeriod) : 0;
    uint64_t digit = 0;  // non-zero: a digit
    // Most words end at a space: then no period or apostrophe follows, and the tests for
    // them after the loop are skipped (a jump straight past them).
    bool at_space = false;
    i += first_length;
    while (true) {
      i = SkipAlnum(s, i, &digit);  // the common case
      if (i >= n) break;
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (kByteClass[c] & kSpaceByte) {  // none of the below
        at_space = true;
        break;
      }
      if (c >= 0x80) {
        // An invalid sequence ends the word; the main loop reports it.
        size_t length;
        if (kValidate && CheckUtf8Sequence(s, i, &length) != Utf8Fault::kNone) break;
        CharInfo next = Classify(s, i);
        if (next.kind == CharKind::kWord) {
          i += next.length;
          marks |= !kValidate ? (kInnerApostrophe | kInnerPeriod) : 0;
          continue;
        }
      }
      const unsigned char prev = static_cast<unsigned char>(s[i - 1]);
      size_t apostrophe = 0;
      if (IsApostrophe(s, i, &apostrophe) && WordCharAt(s, i + apostrophe)) {
        i += apostrophe;  // don't, O'Brien, Haier's
        marks |= kInnerApostrophe;
        continue;
      }
      if ((c == '-' || c == '&' || c == '/') && i + 1 < n && IsAsciiAlnum(s[i + 1]) &&
          (c == '-' || (IsUpper(prev) && IsUpper(s[i + 1])))) {
        marks |= (c == '-' && i == begin + 2) ? kThirdHyphen : 0;
        ++i;  // e-commerce, AT&T
        segment_start = i;  // "D-S.C.": an acronym may follow the hyphen
        continue;
      }
      if ((c == '.' || c == ',' || c == ':') && IsDigit(prev) && i + 1 < n && IsDigit(s[i + 1])) {
        ++i;  // 3.5, 1,000, 10:30
        marks |= kInnerPeriod;  // (a comma or colon too: the period is looked for)
        continue;
      }
      if (c == '.' && i + 2 < n && i - segment_start == 1 && IsAsciiAlpha(prev) &&
          IsAsciiAlpha(s[i + 1]) && s[i + 2] == '.') {
        segment_start = i + 1;
        i += 2;  // U.S, a.m
        marks |= kInnerPeriod;
        continue;
      }
      // "(D-N.Y)", "D.C,": two capitals joined by a period, with no period after the
      // second, are one abbreviation, not an initial whose period ends a sentence.
      if (c == '.' && i + 1 < n && i - segment_start == 1 && IsUpper(prev) &&
          IsUpper(static_cast<unsigned char>(s[i + 1])) &&
          (i + 2 == n || !IsAsciiAlnum(s[i + 2])) && (i + 2 == n || s[i + 2] != '.')) {
        segment_start = i + 1;
        i += 2;
        marks |= kInnerPeriod;
        continue;
      }
      // A period between a letter or digit and a lower-case letter, with no space, is a
      // domain's: "elmpolls.com", "state.gov". (No inner-period mark: a period after the
      // domain ends its sentence as after any word.)
      if (c == '.' && i + 1 < n && IsLower(static_cast<unsigned char>(s[i + 1])) &&
          IsAsciiAlnum(prev)) {
        ++i;
        segment_start = i;
        continue;
      }
      break;
    }
    // A period that belongs to the word: abbreviations, initials, acronyms.
    if (!at_space && i < n && s[i] == '.') {
      std::string_view word = s.substr(begin, i - begin);
      bool attach = false;
      bool may_end_sentence = false;  // not a title (nor an initial, but below)
      bool initial = false;
      // (Looked for only where the scan passed one: a call of memchr per sentence's end.)
      // (Not after a decimal's last digit: "was $2.40." ends there.)
      if ((marks & kInnerPeriod) != 0 && word.find('.') != std::string_view::npos &&
          !IsDigit(static_cast<unsigned char>(s[i - 1]))) {
        attach = true;  // U.S.
        may_end_sentence = true;
      } else if (word.size() == 1 && IsUpper(word[0])) {
        attach = true;  // initial: J. Smith
        initial = true;
        may_end_sentence = true;  // "Plan B. The vote ...": before a function word only
      } else if (IsUpper(word[0]) || word == "vs" || word == "v" || word == "etc") {
        // "D-Wash.": the part after the last hyphen decides.
        const size_t hyphen = word.rfind('-');
        if (hyphen != std::string_view::npos && hyphen + 1 < word.size() &&
            IsUpper(word[hyphen + 1])) {
          word = word.substr(hyphen + 1);
        }
        // The word with its period, looked up where it stands (the text has the '.' at i).
        const size_t word_begin = static_cast<size_t>(word.data() - s.data());
        const uint32_t abbreviation_flags = lexicon.FindInText(s, word_begin, i + 1).flags;
        if (abbreviation_flags & kAbbrev) {
          // "No." only before a number ("No. 2"), else it is the word "no".
          const absl::string_view w(word.data(), word.size());
          if (absl::EqualsIgnoreCase(w, "no") || absl::EqualsIgnoreCase(w, "nos")) {
            size_t k = i + 1;
            while (k < n && s[k] == ' ') ++k;
            attach = k < n && IsDigit(s[k]);
          } else {
            attach = true;
            may_end_sentence = (abbreviation_flags & kTitle) == 0;
          }
        }
      }
      if (attach) {
        ++i;
        // The period may also end the sentence: "... in the U.S. The port ...", "..., said
        // Tom Lee, D-Wash. In a poll ...". It does before a capitalized function word (a
        // pronoun, determiner, preposition or conjunction), which opens sentences but does
        // not follow a title or an initial the way a name does ("Sen. Ann Ray", "St. Paul").
        if (may_end_sentence) {
          size_t k = i;
          while (k < n && s[k] == ' ') ++k;
          size_t e = k;
          while (e < n && e < k + 16 && IsAsciiAlpha(static_cast<unsigned char>(s[e]))) ++e;
          // It does too before an opening quotation mark and a capital, after a space, when
          // a comma precedes the abbreviation (a state or party after a place or a name):
          // "..., said Ann Ray of Elm City, Fla. "We wait." (Not "the U.S. "Made Here"
          // label"; a straight mark right after the period closes a quote: `in "Elm City,
          // D.C."`.)
          const bool after_comma = next_token - first_token() >= 2 && next_token[-2].IsPunct(',');
          size_t mark = 0;  // the opening mark's length
          if (k > i && k + 1 < n && (s[k] == '"' || (s[k] == '\'' && s[k + 1] == '\''))) {
            mark = s[k] == '"' ? 1 : 2;
          } else if (k + 3 < n && s.compare(k, 3, "\xE2\x80\x9C") == 0) {
            mark = 3;
          }
          const bool quote_opens = after_comma && mark > 0 && k + mark < n &&
                                   IsUpper(static_cast<unsigned char>(s[k + mark]));
          // ("starts at 9 a.m. Ann Ray said ...": a clock time is followed by a name or a
          // quotation only across a sentence's end; not by a day, a month or a time zone,
          // "9 a.m. Tuesday", "5 p.m. Eastern", "9 a.m. ET".)
          auto clock_time_ends = [&] {
            if (word.size() != 3 ||
                !(absl::EqualsIgnoreCase(absl::string_view(word.data(), 3), "a.m") ||
                  absl::EqualsIgnoreCase(absl::string_view(word.data(), 3), "p.m"))) {
              return false;
            }
            if (mark > 0) return k + mark < n && IsUpper(static_cast<unsigned char>(s[k + mark]));
            if (e <= k || !IsUpper(static_cast<unsigned char>(s[k]))) return false;
            const std::string_view next = s.substr(k, e - k);
            bool shouted = true;  // "ET", "EST", "GMT"
            for (const char c : next) shouted = shouted && IsUpper(static_cast<unsigned char>(c));
            return !shouted && (lexicon.FlagsInText(s, k, e) & kTime) == 0 &&
                   next != "Eastern" && next != "Pacific" && next != "Central" &&
                   next != "Mountain" && next != "Atlantic" && next != "local";
          };
          // ("rose at Elm Inc. Ann Ray said", "in the U.S. Tom Lee ...": so does a known
          // given name with a capitalized word after it, a person's full name, which a
          // company's suffix or a country's initials, as the lexicon lists them, do not
          // run into; "St. Paul" and a person's initials, "A.E. Dick Lee", do.)
          const uint32_t next_flags =
              e > k && IsUpper(static_cast<unsigned char>(s[k])) ? lexicon.FlagsInText(s, k, e)
                                                                 : 0;
          // (After an initial, only a function word that is no initial itself: "Plan B. The
          // vote", not "E. A. Moss".)
          const bool function_word = (next_flags & (kPronoun | kDeterminer | kStop)) != 0;
          if (initial ? function_word && (e >= n || s[e] != '.')
                      : quote_opens || function_word ||
                            (next_flags != 0 &&
                             FullNameFollows(s, word, i, e, next_flags, lexicon)) ||
                            clock_time_ends()) {
            t.flags |= kAbbreviationEnd;  // (rare: into the token, not a register)
            const uint32_t index = static_cast<uint32_t>(next_token - first_token() - 1);
            if (boundaries.back() != index) boundaries.push_back(index);
          }
        }
      }
    }
    // Plural possessive: "Sciences' Institute" (unless closing an open single quote).
    size_t apostrophe = 0;
    // (The rare apostrophe is tested before the frequent final s, for the branch predictor.)
    if (!at_space && i < n && (s[i] == '\'' || static_cast<unsigned char>(s[i]) == 0xE2) &&
        i > begin && s[i - 1] == 's' && IsApostrophe(s, i, &apostrophe) &&
        (i + apostrophe >= n || s[i + apostrophe] == ' ' || s[i + apostrophe] == '\n') &&
        (!single_open || PossessiveInQuote(s, i + apostrophe, lexicon))) {
      i += apostrophe;
      t.flags |= kPossessive;
    }
    t.end = static_cast<uint32_t>(i);
    std::string_view word(s.data() + begin, i - begin);
    const unsigned char first = static_cast<unsigned char>(word[0]);
    // The word's flags, kept in a register from here and ORed into the token once (the
    // rare ones before are ORed into it where found: a register for them over the whole scan
    // was spilled).
    uint8_t flags = kInitialFlags[first];  // A-Z, a-z: without a branch that would mispredict
    // (A first letter of two bytes comes from the non-ASCII call: a constant 0 removes the
    // test from the ASCII one.)
    if (first_length > 1 && first == 0xC3 && word.size() > 1 &&
        static_cast<unsigned char>(word[1]) < 0x9F) {
      flags |= kCapitalized;  // À-Þ
    }
    flags |= digit != 0 ? kHasDigit : 0;
    if ((marks & (kThirdHyphen | kInnerApostrophe)) != 0) [[unlikely]] {
      // An Arabic name's article before the capitalized name ("Farid al-Mansour",
      // "el-Amin") is written lower case but is the name's first letter for every rule. (A
      // hyphen is followed by a letter or digit, so word[3] exists.)
      if ((marks & kThirdHyphen) != 0 && word[1] == 'l' && (first == 'a' || first == 'e') &&
          word[3] >= 'A' && word[3] <= 'Z') {
        flags = (flags & ~kLowerInitial) | kCapitalized;
      }
      // 's or ’s: the apostrophe is inside the word.
      const size_t m = word.size();
      if ((marks & kInnerApostrophe) != 0 && m > 2 && word[m - 1] == 's' &&
          (word[m - 2] == '\'' || (static_cast<unsigned char>(word[m - 2]) == 0x99 && m > 4 &&
                                   static_cast<unsigned char>(word[m - 4]) == 0xE2))) {
        flags |= kPossessive;
      }
    }
    // (ORed into the token, not stored whole from a copy of its first flags: that copy
    // lived on the stack.)
    t.flags |= flags;
    const Lexicon::FlagsAndWord found = lexicon.WordInText(s, begin, i);
    t.word_flags = found.flags;
    *next_word_id++ = found.word;
    // The usual space after a word, without a round of the main loop (which would do the
    // same with it). (at_space: the scan stopped at it, and `i` has not moved since.)
    if (at_space) {
      pending |= kSpaceBefore;
      t.flags |= kSpaceAfter;
      ++i;
    }
  };

  while (i < n) {
    const uint8_t cls = kByteClass[static_cast<unsigned char>(s[i])];
    // (A word first: most rounds start one, the space after a word being taken by the
    // word's scan.)
    if (cls & kAlnumByte) {
#ifdef __SSE2__
      // The common word: ASCII letters and digits, under 16 bytes, and a space after it,
      // found in one 16-byte window, with none of scan_word's tests for what may continue
      // or end a word (an apostrophe, a hyphen, a period), nor those of WordInText for the
      // length and the room to read (as SkipAlnum and scan_word do for it, see there).
      // (A paragraph's first word goes to scan_word, whose new_token opens the paragraph.)
      if (i + 16 <= n && !(pending & kParagraphStart)) {
        // Word after word in this loop (most words follow one and a space), without a round
        // of the main loop for each; `common` is cleared for a word it leaves to scan_word.
        bool common = true;
        while (true) {
          const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
          const __m128i digits = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 10),
                                                _mm_add_epi8(x, _mm_set1_epi8(0x80 - '0')));
          const __m128i letters = _mm_cmpgt_epi8(
              _mm_set1_epi8(-128 + 26),
              _mm_add_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x80 - 'a')));
          const unsigned alnum_bits =
              static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digits, letters)));
          const unsigned bytes = static_cast<unsigned>(__builtin_ctz(~alnum_bits));  // <= 16
          if (bytes == 16 ||
              !(kByteClass[static_cast<unsigned char>(s[i + bytes])] & kSpaceByte)) {
            common = false;
            break;
          }
          const unsigned digit_bits = static_cast<unsigned>(_mm_movemask_epi8(digits));
          // new_token's work without its paragraph's test, and the flags stored once. (The
          // word's digits: ~(alnum_bits + 1) keeps the bits below the stop, and above it
          // only bytes that are not letters or digits.)
          Token& t = *next_token++;
          t = Token{};  // a kWord
          t.begin = static_cast<uint32_t>(i);
          t.end = static_cast<uint32_t>(i + bytes);
          t.flags = pending | kInitialFlags[static_cast<unsigned char>(s[i])] | kSpaceAfter |
                    ((digit_bits & ~(alnum_bits + 1)) != 0 ? kHasDigit : 0);
          const Lexicon::FlagsAndWord found = lexicon.ShortWordAt(s.data() + i, x, bytes);
          t.word_flags = found.flags;
          *next_word_id++ = found.word;
          pending = kSpaceBefore;
          i += bytes + 1;
          if (i + 16 > n || !(kByteClass[static_cast<unsigned char>(s[i])] & kAlnumByte)) break;
        }
        if (common) continue;
      }
#endif
      scan_word(0);
      continue;
    }
    if (cls & kSpaceByte) {  // ASCII spaces, without classification
      pending |= kSpaceBefore;
      next_token[-1].flags |= kSpaceAfter;
      ++i;
      continue;
    }
    if (cls & kPlainPunctByte) {  // one-byte ASCII punctuation, without classification
      // "Tarn & Welles", "Fire & Rescue": a spaced ampersand between capitalized words is
      // a word of the name (a capitalized one), so that every rule reads the name whole.
      if (s[i] == '&' && (pending & kSpaceBefore) && i + 2 < n && s[i + 1] == ' ' &&
          IsUpper(s[i + 2]) && next_token != first_token() && next_token[-1].IsWord() &&
          next_token[-1].has(kCapitalized)) [[unlikely]] {
        Token& t = new_token(TokenType::kWord);
        t.end = static_cast<uint32_t>(i + 1);
        t.flags |= kCapitalized;
        const Lexicon::FlagsAndWord found = lexicon.WordInText(s, i, i + 1);
        t.word_flags = found.flags;
        *next_word_id++ = found.word;
        ++i;
        continue;
      }
      add_punct(1, s[i]);
      continue;
    }
    if (s[i] == '\n') {  // a paragraph's end (two a paragraph, often), without Classify
      pending = kSpaceBefore | kParagraphStart;
      next_token[-1].flags |= kSpaceAfter;
      single_open = false;
      ++i;
      continue;
    }
    if constexpr (kValidate) {
      if (static_cast<unsigned char>(s[i]) >= 0x80) {
        size_t length = 0;
        const Utf8Fault fault = CheckUtf8Sequence(s, i, &length);
        if (fault != Utf8Fault::kNone) {
          doc.sentence_of.clear();  // no sentences in a partial analysis
          keep_tokens();
          ListWords(&doc);
          return Utf8Error(s, i, fault, length);
        }
      }
    }
    CharInfo ci = Classify(s, i);
    switch (ci.kind) {
      case CharKind::kSpace:
        pending |= kSpaceBefore;
        next_token[-1].flags |= kSpaceAfter;
        i += ci.length;
        break;
      case CharKind::kNewline:
        pending = kSpaceBefore | kParagraphStart;
        next_token[-1].flags |= kSpaceAfter;
        single_open = false;
        i += ci.length;
        break;
      case CharKind::kPunct:
        add_punct(ci.length, ci.punct);
        break;
      case CharKind::kQuote: {
        const QuoteStyle quote = ci.quote;
        if (quote == QuoteStyle::kSingleOpen) single_open = true;
        if ((quote == QuoteStyle::kSingleClose || quote == QuoteStyle::kSingleStraight) &&
            !(pending & kSpaceBefore)) {
          single_open = false;
        } else if (quote == QuoteStyle::kSingleStraight && (pending & kSpaceBefore)) {
          single_open = true;
        }
        Token& t = new_token(TokenType::kQuote);
        *next_word_id++ = 0;
        t.end = static_cast<uint32_t>(i + ci.length);
        t.quote = quote;
        doc.quote_marks.push_back(static_cast<uint32_t>(next_token - first_token() - 1));
        i += ci.length;
        break;
      }
      case CharKind::kWord:
        scan_word(ci.length);
        break;
    }
  }
  next_token[-1].flags |= kSpaceAfter;  // (the dummy's, without tokens)
  keep_tokens();
  ListWords(&doc);
  ReadQuotesInContext(&doc);

  const uint32_t count = static_cast<uint32_t>(doc.tokens.size());
  if (!doc.paragraphs.empty()) {
    doc.paragraphs.back().last = count;
    doc.paragraphs.back().last_quote = static_cast<uint32_t>(doc.quote_marks.size());
  }

  // Sentences.
  // Filled per sentence in place, sentences tiling [0, count): an insert at the end per
  // sentence went through the library's general out-of-line insert. Not cut to the count,
  // as word_ids: grown again for a longer article, it would zero-fill the room first.
  if (doc.sentence_of.size() < count) doc.sentence_of.resize(count);
  uint32_t* const sentence_of = doc.sentence_of.data();
  uint32_t paragraph = 0;
  uint32_t start = 0;
  auto close_sentence = [&](uint32_t end) {
    if (end <= start) return;
    const uint32_t index = static_cast<uint32_t>(doc.sentences.size());
    doc.sentences.push_back({start, end, paragraph});
    // Four tokens' entries per round, the last four stored again to finish (they overlap
    // the rounds before, within the sentence): a store and a round per token cost three
    // times the instructions. (With SSE2, eight a round in two stores, and the last eight
    // stored again.)
    uint32_t* const first = sentence_of + start;
    uint32_t* const last = sentence_of + end;
    if (end - start < 4) {
      std::fill(first, last, index);
    } else {
#ifdef __SSE2__
      const __m128i four = _mm_set1_epi32(static_cast<int>(index));
      if (end - start >= 8) {
        for (uint32_t* p = first; p + 8 < last; p += 8) {
          _mm_storeu_si128(reinterpret_cast<__m128i*>(p), four);
          _mm_storeu_si128(reinterpret_cast<__m128i*>(p + 4), four);
        }
        _mm_storeu_si128(reinterpret_cast<__m128i*>(last - 8), four);
      } else {
        _mm_storeu_si128(reinterpret_cast<__m128i*>(first), four);
      }
      _mm_storeu_si128(reinterpret_cast<__m128i*>(last - 4), four);
#else
      const uint64_t two = uint64_t{index} << 32 | index;
      for (uint32_t* p = first; p + 4 < last; p += 4) {
        std::memcpy(p, &two, 8);
        std::memcpy(p + 2, &two, 8);
      }
      std::memcpy(last - 4, &two, 8);
      std::memcpy(last - 2, &two, 8);
#endif
    }
    start = end;
  };
  uint32_t resume = 0;  // tokens before it closed an earlier mark ("?!", ".\"", ".)")
  for (const uint32_t t : boundaries) {
    if (t < resume) continue;
    const Token& tok = doc.tokens[t];
    if (tok.has(kParagraphStart)) {
      if (t > 0) {
        close_sentence(t);
        ++paragraph;
      }
      // "10:05 GMT: The club has confirmed ...", "1.05pm - Ann Ray, the coach, said: ...": a
      // live blog's time stamp (a word with a figure, up to two more words, a colon or a
      // dash) opening a paragraph is a sentence of its own, not the subject of what follows.
      const uint32_t stamp_end = TimeStampEnd(doc.tokens, t);
      if (stamp_end > t) close_sentence(stamp_end);
    }
    const bool sentence_mark =
        tok.has(kAbbreviationEnd) ||
        (tok.type == TokenType::kPunct &&
         (tok.punct == '.' || tok.punct == '!' || tok.punct == '?'));
    if (!sentence_mark) continue;
    uint32_t j = t + 1;
    while (j < count && !doc.tokens[j].has(kParagraphStart)) {
      const Token& next = doc.tokens[j];
      const bool closing_quote =
          next.type == TokenType::kQuote &&
          (next.quote == QuoteStyle::kDoubleClose || next.quote == QuoteStyle::kSingleClose ||
           ((next.quote == QuoteStyle::kDoubleStraight ||
             next.quote == QuoteStyle::kSingleStraight) &&
            !next.has(kSpaceBefore)));
      if (closing_quote || next.IsPunct(')') || next.IsPunct(']') || next.IsPunct('.') ||
          next.IsPunct('!') || next.IsPunct('?')) {
        ++j;
        continue;
      }
      break;
    }
    resume = j;
    if (j >= count || doc.tokens[j].has(kParagraphStart)) continue;  // the break closes it
    const Token& next = doc.tokens[j];
    if (next.has(kLowerInitial) || next.IsPunct(',') || next.IsPunct(';') ||
        next.IsPunct(')')) {
      continue;
    }
    close_sentence(j);
  }
  close_sentence(count);
  ReadSurnamesInContext(&doc);
  ReadAcronymsInContext(&doc);
  if (boundaries.capacity() > (size_t{1} << 20)) boundaries = {};  // after a huge article
  return absl::OkStatus();
}

}  // namespace

void AnalyzeInto(std::string_view text, const Lexicon& lexicon, Document* doc) {
  AnalyzeImpl<false>(text, lexicon, doc).IgnoreError();
}

absl::Status ValidateAndAnalyzeInto(std::string_view text, const Lexicon& lexicon,
                                    Document* doc) {
  return AnalyzeImpl<true>(text, lexicon, doc);
}

}  // namespace policy::extract_internal
