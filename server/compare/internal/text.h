// Tokenising and stemming shared by the index, the topic query parser and the frame lexicon,
// so that a query word, a lexicon entry and a statement word are normalised the same way.
//
//   std::vector<Token> tokens = Tokenize("Haier's industrial-internet push.");
//   // "haier's" [0,7), "industrial" [8,18), "internet" [19,27) (no break: hyphen), "push" [28,32)
//   Stemmer stemmer;
//   stemmer.Stem("innovation");  // "innov"
//
// Rules: a word is a run of letters, digits and combining marks (ICU classes); an apostrophe
// (' or U+2019) between two word characters stays in the word ("people's"); a hyphen splits a
// word without a break ("cutting-edge" -> "cutting", "edge"); any other non-space character is
// punctuation and marks a break before the next word (bigrams never span a break).
#ifndef POLICY_SERVER_COMPARE_INTERNAL_TEXT_H_
#define POLICY_SERVER_COMPARE_INTERNAL_TEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

struct sb_stemmer;

namespace policy::compare::internal {

struct Token {
  uint32_t begin = 0;         // byte offset of the word in the text
  uint32_t end = 0;           // one past its last byte
  std::string lower;          // lower-cased, apostrophes normalised to '
  bool break_before = false;  // punctuation between the previous word and this one
};

// Splits `text` (UTF-8; invalid bytes are treated as punctuation) into words.
std::vector<Token> Tokenize(absl::string_view text);

// True when the word is made of ASCII digits only ("2025"); such words are searchable but are
// not terms of the statistics.
bool IsNumber(absl::string_view lower_word);

// Snowball English stemmer (libstemmer). Not thread-safe: one per thread or per call site.
class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // Stem of a lower-cased word, e.g. "innovative" -> "innov". A trailing "'s" is removed.
  std::string Stem(absl::string_view lower_word);

 private:
  sb_stemmer* stemmer_;
};

}  // namespace policy::compare::internal

#endif  // POLICY_SERVER_COMPARE_INTERNAL_TEXT_H_
