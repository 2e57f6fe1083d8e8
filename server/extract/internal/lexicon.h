// Lexicon: the word lists the extractor reads attributions with, loaded once from the data
// files in data/lexicon/ (cues.tsv, words.tsv, organizations.tsv; each file documents its
// own format in its header comment).
//
//   ASSIGN_OR_RETURN(Lexicon lexicon, Lexicon::Load("/path/to/data/lexicon"));
//   const WordInfo* info = lexicon.Find("said");   // flags + cues starting with "said"
//
// Thread safety: immutable after Load(); all lookups are const and may run concurrently.
#ifndef POLICY_SERVER_EXTRACT_INTERNAL_LEXICON_H_
#define POLICY_SERVER_EXTRACT_INTERNAL_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"

namespace policy::extract_internal {

// Word classes (bit flags); see data/lexicon/words.tsv for what each means.
enum WordFlag : uint32_t {
  kPronoun = 1u << 0,
  kDeterminer = 1u << 1,
  kPreverb = 1u << 2,
  kStop = 1u << 3,
  kAdjunct = 1u << 4,
  kTitle = 1u << 5,
  kRole = 1u << 6,
  kMembership = 1u << 7,
  kGroup = 1u << 8,
  kDocument = 1u << 9,
  kOrgUnit = 1u << 10,
  kOrgNoun = 1u << 11,
  kAbbrev = 1u << 12,
  kCorpSuffix = 1u << 13,
  kCueStart = 1u << 14,  // at least one cue begins with this word
  kTime = 1u << 15,
  kLabel = 1u << 16,
  kNounCue = 1u << 17,  // a cue word that is also a noun ("report", "signal", "call")
};

// kNoun: a noun with its complementizer ("claim that", "promise to"), a statement only
// after a possessive source ("Lee's claim that ...", "his promise to ...").
enum class CueClass : uint8_t { kSpeech, kThought, kSource, kQuoteOnly, kEvidence, kNoun };

// One cue phrase, e.g. "called for": its words after the first, and its base form.
struct Cue {
  std::vector<std::string> rest;  // lower-case words after the first ("for")
  std::string lemma;              // base form as written in cues.tsv ("call for")
  CueClass cls = CueClass::kSpeech;
  bool past_participle = false;   // "said", "told": may be passive after "was"
};

struct WordInfo {
  uint32_t flags = 0;
  std::vector<int> cues;  // indexes into Lexicon::cues(), longest phrase first
};

class Lexicon {
 public:
  // Reads cues.tsv, words.tsv and organizations.tsv from `dir`. Errors: NOT_FOUND if a file
  // is missing; INVALID_ARGUMENT naming file and line if a line is malformed.
  static absl::StatusOr<Lexicon> Load(const std::string& dir);

  // `lower` must be lower case (ASCII). Returns nullptr for words in no list.
  // False when `word` (any case) is certainly in no list: a cheap test on its length and
  // first and last letters that spares most words the hash lookup.
  bool MightContain(std::string_view word) const {
    if (word.empty()) return false;
    return (filter_[FilterIndex(word) >> 6] >> (FilterIndex(word) & 63)) & 1;
  }

  const WordInfo* Find(std::string_view lower) const {
    // Open addressing over FNV-1a hashes: cheaper than a general map for short words.
    if (slots_.empty()) return nullptr;
    const uint64_t hash = Hash(lower);
    for (size_t i = hash & slot_mask_;; i = (i + 1) & slot_mask_) {
      const Slot& slot = slots_[i];
      if (slot.entry == 0) return nullptr;
      if (slot.hash == hash && entries_[slot.entry - 1].first == lower) {
        return &entries_[slot.entry - 1].second;
      }
    }
  }
  uint32_t Flags(std::string_view lower) const {
    const WordInfo* info = Find(lower);
    return info ? info->flags : 0;
  }
  const Cue& cue(int index) const { return cues_[index]; }

  // Canonical organization name for an alias (any case, no possessive), or empty.
  std::string_view CanonicalOrganization(std::string_view name) const;

 private:
  static size_t FilterIndex(std::string_view word) {
    const size_t length = word.size() < 31 ? word.size() : 31;
    const size_t first = static_cast<unsigned char>(word.front()) | 0x20;
    const size_t last = static_cast<unsigned char>(word.back()) | 0x20;
    return (length << 12) | ((first & 63) << 6) | (last & 63);
  }
  static uint64_t Hash(std::string_view word) {
    uint64_t h = 1469598103934665603ull;
    for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
  }
  // Builds the filter and the lookup table from words_ (then emptied).
  void BuildIndex();

  struct Slot {
    uint64_t hash = 0;
    uint32_t entry = 0;  // 1 + index into entries_; 0 = empty
  };
  std::vector<std::pair<std::string, WordInfo>> entries_;
  std::vector<Slot> slots_;
  size_t slot_mask_ = 0;

  std::vector<uint64_t> filter_ = std::vector<uint64_t>((32 << 12) / 64, 0);
  absl::flat_hash_map<std::string, WordInfo> words_;  // while loading
  std::vector<Cue> cues_;
  absl::flat_hash_map<std::string, std::string> org_aliases_;  // lower alias -> canonical
};

// ASCII lower-casing into `out` (non-ASCII bytes are copied unchanged).
void AsciiLowerInto(std::string_view in, std::string* out);

}  // namespace policy::extract_internal

#endif  // POLICY_SERVER_EXTRACT_INTERNAL_LEXICON_H_
