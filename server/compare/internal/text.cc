#include "server/compare/internal/text.h"

#include <libstemmer.h>

#include <cstdlib>

#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace policy::compare::internal {
namespace {

constexpr UChar32 kRightSingleQuote = 0x2019;

bool IsWordChar(UChar32 c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  if (u_isalnum(c)) return true;
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

bool IsSpace(UChar32 c) { return c < 0x80 ? (c == ' ' || (c >= 0x09 && c <= 0x0d)) : u_isUWhiteSpace(c); }

void AppendLower(UChar32 c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    return;
  }
  const UChar32 lower = u_tolower(c);
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, lower);
  out->append(buffer, static_cast<size_t>(length));
}

}  // namespace

std::vector<Token> Tokenize(absl::string_view text) {
  std::vector<Token> tokens;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool pending_break = false;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || !IsWordChar(c)) {
      if (c >= 0 && (IsSpace(c) || IsHyphen(c))) continue;
      pending_break = true;
      continue;
    }
    Token token;
    token.begin = static_cast<uint32_t>(start);
    token.break_before = pending_break && !tokens.empty();
    pending_break = false;
    AppendLower(c, &token.lower);
    int32_t end = i;
    while (i < length) {
      int32_t next = i;
      UChar32 d;
      U8_NEXT(bytes, next, length, d);
      if (d >= 0 && IsWordChar(d)) {
        AppendLower(d, &token.lower);
        i = next;
        end = next;
        continue;
      }
      if (d == '\'' || d == kRightSingleQuote) {
        // Keep the apostrophe only when a word character follows ("people's", "don't").
        int32_t after = next;
        UChar32 e = -1;
        if (after < length) U8_NEXT(bytes, after, length, e);
        if (e >= 0 && IsWordChar(e)) {
          token.lower.push_back('\'');
          AppendLower(e, &token.lower);
          i = after;
          end = after;
          continue;
        }
      }
      break;
    }
    token.end = static_cast<uint32_t>(end);
    tokens.push_back(std::move(token));
  }
  return tokens;
}

bool IsNumber(absl::string_view lower_word) {
  if (lower_word.empty()) return false;
  for (char c : lower_word) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {
  // libstemmer returns null only for an unknown algorithm or when out of memory; "english" is
  // compiled into every libstemmer build, so this is a broken installation.
  if (stemmer_ == nullptr) std::abort();
}

Stemmer::~Stemmer() { sb_stemmer_delete(stemmer_); }

std::string Stemmer::Stem(absl::string_view lower_word) {
  const sb_symbol* stem = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(lower_word.data()),
      static_cast<int>(lower_word.size()));
  if (stem == nullptr) return std::string(lower_word);  // out of memory: fall back to the word
  return std::string(reinterpret_cast<const char*>(stem),
                     static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace policy::compare::internal
