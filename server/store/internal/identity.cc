#include "server/store/internal/identity.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "server/store/internal/absl_compat.h"
#include "server/core/sha256.h"

namespace policy::store_internal {
namespace {

constexpr std::string_view kRightSingleQuote = "\xE2\x80\x99";  // ’
constexpr std::string_view kLeftSingleQuote = "\xE2\x80\x98";   // ‘

// Honorifics that precede a name without being part of it.
constexpr std::array<std::string_view, 16> kHonorifics = {
    "mr", "mrs", "ms", "miss", "mx", "mister", "dr", "doctor",
    "prof", "professor", "sir", "dame", "madam", "madame", "rev", "reverend"};

// Generational suffixes after a name ("Jr.", "III").
constexpr std::array<std::string_view, 6> kGenerations = {"jr", "sr", "ii", "iii", "iv", "v"};

// Words that name a legal form rather than an organization.
constexpr std::array<std::string_view, 16> kLegalForms = {
    "group", "co", "company", "corp", "corporation", "inc", "incorporated", "ltd",
    "limited", "plc", "llc", "holdings", "holding", "ag", "gmbh", "sa"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& words, std::string_view word) {
  for (std::string_view w : words) {
    if (w == word) return true;
  }
  return false;
}

// ASCII letter for a Latin-1 Supplement letter U+00C0..U+00FF, or 0 if none.
char FoldLatin1(unsigned char second_byte, unsigned char first_byte) {
  // UTF-8 of U+00C0..U+00FF is C3 80..C3 BF.
  if (first_byte != 0xC3 || second_byte < 0x80 || second_byte > 0xBF) return 0;
  static constexpr std::string_view kFolded =
      "aaaaaaaceeeeiiii"   // À..Ï (Æ -> a)
      "dnooooo ouuuuyts"   // Ð..ß (× -> separator)
      "aaaaaaaceeeeiiii"   // à..ï
      "dnooooo ouuuuyty";  // ð..ÿ (÷ -> separator)
  const char folded = kFolded[second_byte - 0x80];
  return folded == ' ' ? 0 : folded;
}

// Splits `text` into lower-case words: ASCII letters and digits, Latin-1 letters folded to ASCII
// ("Martí" -> "marti") and other non-ASCII bytes form words;
// apostrophes join ("O'Neil" -> "oneil") except a possessive "'s" at the end of a word, which is
// dropped; every other ASCII character separates words.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(std::move(current));
    current.clear();
  };
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    size_t apostrophe = 0;
    if (c == '\'') {
      apostrophe = 1;
    } else if (text.substr(i, 3) == kRightSingleQuote || text.substr(i, 3) == kLeftSingleQuote) {
      apostrophe = 3;
    }
    if (apostrophe > 0) {
      const size_t next = i + apostrophe;
      const bool possessive =
          next < text.size() && (text[next] == 's' || text[next] == 'S') &&
          (next + 1 == text.size() || !absl::ascii_isalnum(static_cast<unsigned char>(text[next + 1])));
      i = possessive ? next + 1 : next;
      continue;
    }
    if (c == 0xC3 && i + 1 < text.size()) {
      const char folded = FoldLatin1(static_cast<unsigned char>(text[i + 1]), c);
      if (folded != 0) {  // an accented Latin-1 letter: "É" -> "e"
        current.push_back(folded);
        i += 2;
        continue;
      }
    }
    if (c >= 0x80 || absl::ascii_isalnum(c)) {
      current.push_back(static_cast<char>(absl::ascii_tolower(c)));
    } else {
      flush();
    }
    ++i;
  }
  flush();
  return words;
}

// The words of a name without its leading honorifics ("Mr.", "Dr."); one word is always kept.
std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> words = Words(name);
  size_t first = 0;
  while (first + 1 < words.size() && Contains(kHonorifics, words[first])) ++first;
  words.erase(words.begin(), words.begin() + first);
  return words;
}

}  // namespace

std::string Tidy(std::string_view text) {
  std::vector<absl::string_view> parts =
      absl::StrSplit(ToAbsl(text), absl::ByAnyChar(" \t\n\r\f\v"), absl::SkipEmpty());
  return absl::StrJoin(parts, " ");
}

std::string FoldKey(std::string_view text) {
  std::string folded = Tidy(text);
  absl::AsciiStrToLower(&folded);
  return folded;
}

std::string NameKey(std::string_view name) { return absl::StrJoin(NameWords(name), " "); }

std::string LooseNameKey(std::string_view name) {
  std::vector<std::string> words = NameWords(name);
  while (words.size() > 2 && Contains(kGenerations, words.back())) words.pop_back();
  if (words.size() <= 2) return absl::StrJoin(words, " ");
  return absl::StrCat(words.front(), " ", words.back());
}

std::string DescriptionKey(std::string_view name, std::string_view article_id) {
  const std::string key = NameKey(name);
  if (key.empty()) return key;
  // '#' never occurs in a name key, whose words are letters and digits.
  return absl::StrCat(key, ToAbsl(kDescriptionMark), ToAbsl(article_id));
}

std::string_view DescriptionArticle(std::string_view key) {
  const size_t mark = key.find(kDescriptionMark);
  return mark == std::string_view::npos ? std::string_view()
                                        : key.substr(mark + kDescriptionMark.size());
}

bool SameOrganization(std::string_view key_a, std::string_view key_b) {
  if (key_a.empty() || key_b.empty()) return false;
  if (key_a == key_b) return true;
  std::vector<absl::string_view> a = absl::StrSplit(ToAbsl(key_a), ' ', absl::SkipEmpty());
  std::vector<absl::string_view> b = absl::StrSplit(ToAbsl(key_b), ' ', absl::SkipEmpty());
  if (a.size() > b.size()) std::swap(a, b);
  for (absl::string_view word : a) {
    if (std::find(b.begin(), b.end(), word) == b.end()) return false;
  }
  return true;
}

std::string OrganizationKey(std::string_view organization) {
  std::vector<std::string> words = Words(organization);
  size_t first = 0;
  size_t last = words.size();
  if (last - first > 1 && words[first] == "the") ++first;
  while (last - first > 1 && Contains(kHonorifics, words[first])) ++first;
  while (last - first > 1 && Contains(kLegalForms, words[last - 1])) --last;
  return absl::StrJoin(words.begin() + first, words.begin() + last, " ");
}

std::string SpeakerSlug(std::string_view display_name) {
  // The name key is already lower case with Latin-1 accents folded; everything that is not an
  // ASCII letter or digit becomes a single '-'.
  const std::string key = NameKey(display_name);
  std::string slug;
  bool pending_dash = false;
  for (size_t i = 0; i < key.size() && slug.size() < 60; ++i) {
    const unsigned char c = static_cast<unsigned char>(key[i]);
    if (!absl::ascii_isalnum(c)) {
      pending_dash = true;
      continue;
    }
    if (pending_dash && !slug.empty()) slug.push_back('-');
    pending_dash = false;
    slug.push_back(static_cast<char>(c));
  }
  if (slug.empty()) slug = "speaker-" + Sha256Hex(key).substr(0, 8);
  return slug;
}

}  // namespace policy::store_internal
