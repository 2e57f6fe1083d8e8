// Lexicon: the word lists the extractor reads attributions with, loaded once from the data
// files in data/lexicon/ (cues.tsv, words.tsv, organizations.tsv and the optional places.tsv;
// each file documents its own format in its header comment).
//
//   ASSIGN_OR_RETURN(Lexicon lexicon, Lexicon::Load("/path/to/data/lexicon"));
//   const WordInfo* info = lexicon.Find("said");   // flags + cues starting with "said"
//   Lexicon::Match m = lexicon.FindInText("He SAID so", 3, 7);  // the same, in place
//
// Thread safety: immutable after Load(); all lookups are const and may run concurrently.
#ifndef POLICY_SERVER_EXTRACT_INTERNAL_LEXICON_H_
#define POLICY_SERVER_EXTRACT_INTERNAL_LEXICON_H_

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "server/extract/internal/words.h"

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
  kFemale = 1u << 18,   // a woman's first name or a noun only used of women ("spokeswoman")
  kMale = 1u << 19,     // a man's first name or a noun only used of men ("spokesman")
  kOccasion = 1u << 20,  // where words are spoken or published ("interview", "rally")
  kControl = 1u << 21,   // makes an infinitive after it no purpose ("asked Lee to", "how to")
  kCausing = 1u << 23,   // its object speaks an infinitive after it ("led Ann Ray to say")
  kIndustry = 1u << 24,  // ends a business's name ("Foods", "Mining"); also kOrgNoun
  // Derived from cues.tsv, like kCueStart: a topic cue of this word (Cue::topic) has the
  // preposition as its only other word ("spoke about", "warned of", "commented on").
  kTopicCueStart = 1u << 22,
  // Derived from cues.tsv: a cue of class noun begins with this word ("claim", "call").
  kNounCueStart = 1u << 25,
};

// kNoun: a noun with its complementizer ("claim that", "promise to"), a statement only
// after a possessive source ("Lee's claim that ...", "his promise to ...").
enum class CueClass : uint8_t { kSpeech, kThought, kSource, kQuoteOnly, kEvidence, kNoun };

// The lemmas (cues.tsv base forms) that the rules test by name, one bit each. A Cue carries
// the bit of its own lemma (Cue::named, set once at load; 0 for a lemma no rule names), so
// that a rule asks `c.LemmaIs(kLemmaCall | kLemmaDub)` with one test of an integer where
// comparing the strings one by one cost a test per name, for every cue the rules look at.
// A lemma missing from cues.tsv simply never matches, as its string comparison never did.
enum LemmaName : uint64_t {
  kLemmaAccuse = uint64_t{1} << 0,
  kLemmaAdd = uint64_t{1} << 1,
  kLemmaAdvise = uint64_t{1} << 2,
  kLemmaAsk = uint64_t{1} << 3,
  kLemmaAskAbout = uint64_t{1} << 4,
  kLemmaBoast = uint64_t{1} << 5,
  kLemmaBrand = uint64_t{1} << 6,
  kLemmaCall = uint64_t{1} << 7,
  kLemmaCaution = uint64_t{1} << 8,
  kLemmaCharacterize = uint64_t{1} << 9,
  kLemmaCharge = uint64_t{1} << 10,
  kLemmaCite = uint64_t{1} << 11,
  kLemmaComplain = uint64_t{1} << 12,
  kLemmaConvince = uint64_t{1} << 13,
  kLemmaDeclineTo = uint64_t{1} << 14,
  kLemmaDeclineToComment = uint64_t{1} << 15,
  kLemmaDeem = uint64_t{1} << 16,
  kLemmaDemand = uint64_t{1} << 17,
  kLemmaDeny = uint64_t{1} << 18,
  kLemmaDescribe = uint64_t{1} << 19,
  kLemmaDub = uint64_t{1} << 20,
  kLemmaEncourage = uint64_t{1} << 21,
  kLemmaExpect = uint64_t{1} << 22,
  kLemmaFind = uint64_t{1} << 23,
  kLemmaGrant = uint64_t{1} << 24,
  kLemmaHear = uint64_t{1} << 25,
  kLemmaLabel = uint64_t{1} << 26,
  kLemmaNotify = uint64_t{1} << 27,
  kLemmaPersuade = uint64_t{1} << 28,
  kLemmaPortray = uint64_t{1} << 29,
  kLemmaPutIt = uint64_t{1} << 30,
  kLemmaReassure = uint64_t{1} << 31,
  kLemmaRefuseTo = uint64_t{1} << 32,
  kLemmaRemind = uint64_t{1} << 33,
  kLemmaReply = uint64_t{1} << 34,
  kLemmaReported = uint64_t{1} << 35,
  kLemmaRequested = uint64_t{1} << 36,
  kLemmaRespond = uint64_t{1} << 37,
  kLemmaSay = uint64_t{1} << 38,
  kLemmaSee = uint64_t{1} << 39,
  kLemmaSeek = uint64_t{1} << 40,
  kLemmaSpeak = uint64_t{1} << 41,
  kLemmaState = uint64_t{1} << 42,
  kLemmaTalk = uint64_t{1} << 43,
  kLemmaTell = uint64_t{1} << 44,
  kLemmaTermed = uint64_t{1} << 45,
  kLemmaThink = uint64_t{1} << 46,
  kLemmaUrge = uint64_t{1} << 47,
  kLemmaWant = uint64_t{1} << 48,
  kLemmaWarn = uint64_t{1} << 49,
  kLemmaWish = uint64_t{1} << 50,
  kLemmaWrite = uint64_t{1} << 51,
  kLemmaApologize = uint64_t{1} << 52,
  kLemmaAppealsTo = uint64_t{1} << 53,
  kLemmaLearn = uint64_t{1} << 54,
  kLemmaBelieve = uint64_t{1} << 55,
  kLemmaUnderstand = uint64_t{1} << 56,
  kLemmaAllege = uint64_t{1} << 57,
  kLemmaKnow = uint64_t{1} << 58,
  kLemmaSeenAs = uint64_t{1} << 59,
  kLemmaRip = uint64_t{1} << 60,
  kLemmaBash = uint64_t{1} << 61,
  // One bit shared by the verbs whose rules read the word after them ("backs onto", "showed
  // off", "testify before", "thanks to"): VerbUse tests it once, then which lemma it is.
  kLemmaParticleRules = uint64_t{1} << 62,
};
static_assert(63 <= 64);
// Passives that report what unnamed people say or believe of the subject, before its
// infinitive: "Ray is said to be angry", "is expected to", "is reported / believed /
// understood / learnt / thought / alleged to have quit".
constexpr uint64_t kLemmaHearsay = kLemmaSay | kLemmaExpect | kLemmaReported | kLemmaLearn |
                                   kLemmaThink | kLemmaBelieve | kLemmaUnderstand |
                                   kLemmaAllege;

// One cue phrase, e.g. "called for": its words after the first, and its base form.
struct alignas(32) Cue {
  // The fields the matchers test first (VerbUse, ProcessCue) lead, then `rest`, whose
  // begin and end end by byte 32: in a 32-aligned record they share one cache line.
  // The bit of LemmaName for `lemma`, or 0 (set at load).
  uint64_t named = 0;
  CueClass cls = CueClass::kSpeech;
  bool past_participle = false;   // "said", "told": may be passive after "was"
  // Class "object" in cues.tsv (a verb of saying otherwise): a verb of endorsement or
  // judgement whose object alone, a name, can be the content ("Lee endorsed Ray").
  bool name_object = false;
  // Class "portrayal" (a verb of saying otherwise): a statement only with "as" after a short
  // object ("painted the plan as a failure"; not "painted the fence").
  bool portrayal = false;
  // A verb of saying or thought that ends in a preposition of topic ("speak about", "warn
  // of", "comment on", "speak out against") or appeal ("call for", "push for"): the noun
  // phrase after it is what was spoken of or asked for.
  bool topic = false;
  // A verb that names its listener before what it reports ("told reporters that ...",
  // "asked the board to ...", "reminded voters ..."): the lemmas tell, ask, inform, remind,
  // assure and thank. Set once at load: the rules ask it of a cue many times.
  bool listener = false;
  std::vector<std::string> rest;  // lower-case words after the first ("for")
  // Their word ids (Document::word_ids; set at load): a cue's words are matched by id.
  std::vector<uint16_t> rest_words;
  std::string lemma;              // base form as written in cues.tsv ("call for")

  // Whether the lemma is one of `names` (LemmaName bits ORed): `LemmaIs(kLemmaSay)` is
  // `lemma == "say"`.
  bool LemmaIs(uint64_t names) const { return (named & names) != 0; }
};

struct WordInfo {
  uint32_t flags = 0;
  // Indexes into Lexicon::cues(): the verbs, then the nouns, each longest phrase first.
  std::vector<int> cues;
  uint32_t first_cue_ref = 0;  // the same cues in Lexicon's CueRef list, from here
  // Its id in kRuleWords (words.h), or, for another word of a cue, an id after those
  // (BuildIndex); 0 for any other word.
  uint16_t word = 0;
};

// What matching a cue needs first, in 8 bytes: the cues that begin with a word are listed
// contiguously as these, so that a cue start's candidates (and, for cues of one or two
// words, the match) are read without touching the Cue records.
struct CueRef {
  uint16_t cue = 0;         // index into Lexicon::cue()
  uint8_t rest_words = 0;   // Cue::rest.size()
  CueClass cls = CueClass::kSpeech;
  uint16_t second_word = 0;  // Cue::rest_words[0], if rest_words > 0
  bool topic = false;        // Cue::topic
};
static_assert(sizeof(CueRef) == 8);

// For Lexicon::FindInText: which bytes of its two 8-byte keys a word of each length (0-16)
// fills.
struct WordKeyMask {
  uint64_t lo;
  uint64_t hi;
};
inline constexpr std::array<WordKeyMask, 17> kWordKeyMasks = [] {
  std::array<WordKeyMask, 17> masks{};
  for (size_t length = 0; length <= 16; ++length) {
    masks[length].lo = length >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * length)) - 1;
    masks[length].hi = length <= 8    ? 0
                       : length == 16 ? ~uint64_t{0}
                                      : (uint64_t{1} << (8 * (length - 8))) - 1;
  }
  return masks;
}();

class Lexicon {
 public:
  // Reads cues.tsv, words.tsv and organizations.tsv, and places.tsv if present, from `dir`.
  // Errors: NOT_FOUND if a required file is missing; INVALID_ARGUMENT naming file and line if
  // a line is malformed.
  static absl::StatusOr<Lexicon> Load(const std::string& dir);

  // `lower` must be lower case (ASCII). Returns nullptr for words in no list.
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
  // The entry of the word text[begin, end) (begin <= end <= text.size()) as written, in any
  // ASCII case, and its flags: the same as Find(lower-cased word), without the copy. For the
  // tokenizer, hence inline; it may read bytes of `text` after the word (never outside
  // `text`). {nullptr, 0} for words in no list. The word holds no NUL byte (no token does):
  // a word of up to 16 bytes is compared zero padded, without its length (see ShortSlot).
  struct Match {
    const WordInfo* info = nullptr;
    uint32_t flags = 0;
    std::span<const CueRef> cues;  // info->cues as CueRefs, in the same order
  };
  __attribute__((always_inline)) Match FindInText(std::string_view text, size_t begin,
                                                  size_t end) const {
    if (end - begin > 16) {
      const WordInfo* info = FindLong(text.substr(begin, end - begin));
      if (info == nullptr) return {};
      return {info, info->flags,
              std::span<const CueRef>(cue_refs_).subspan(info->first_cue_ref, info->cues.size())};
    }
    const ShortProbe probe = ProbeShort(text, begin, end);
    if (!probe.found) return {};
    const ShortSlot& slot = *probe.slot;
    return {&entries_[slot.entry - 1].second, slot.flags,
            std::span<const CueRef>(cue_refs_).subspan(slot.first_cue_ref, slot.cue_count)};
  }
  // FindInText(text, begin, end).flags, for the tokenizer, which looks up every word and
  // needs only this. Without a branch on whether the word was found: most words of a text
  // are in the lexicon, but far from all ("the" is, "harbour" is not), so such a branch
  // would often mispredict.
  __attribute__((always_inline)) uint32_t FlagsInText(std::string_view text, size_t begin,
                                                      size_t end) const {
    if (end - begin > 16) {
      const WordInfo* info = FindLong(text.substr(begin, end - begin));
      return info != nullptr ? info->flags : 0;
    }
    const ShortProbe probe = ProbeShort(text, begin, end);
    return probe.slot->flags & probe.found;
  }

  // FindInText's flags and the word's id in kRuleWords (words.h): Load makes every word of
  // kRuleWords an entry, with no flags if no list has it. For the tokenizer, which looks up
  // every word; without a branch on whether the word was found, as FlagsInText.
  struct FlagsAndWord {
    uint32_t flags;
    uint16_t word;
  };
  __attribute__((always_inline)) FlagsAndWord WordInText(std::string_view text, size_t begin,
                                                         size_t end) const {
    if (end - begin > 16) {
      const WordInfo* info = FindLong(text.substr(begin, end - begin));
      return info != nullptr ? FlagsAndWord{info->flags, info->word} : FlagsAndWord{0, 0};
    }
    const ShortProbe probe = ProbeShort(text, begin, end);
    return {probe.slot->flags & probe.found,
            static_cast<uint16_t>(probe.slot->word & probe.found)};
  }

#ifdef __SSE2__
  // WordInText for a word of `length` < 16 bytes at `word` with 16 bytes readable from it,
  // already `loaded`: the tokenizer's common word, without WordInText's tests of the length
  // and the room, nor a load of the word for the key's comparison.
  __attribute__((always_inline)) FlagsAndWord ShortWordAt(const char* word, __m128i loaded,
                                                          size_t length) const {
    const ShortProbe probe = ProbeAt(word, loaded, length);
    return {probe.slot->flags & probe.found,
            static_cast<uint16_t>(probe.slot->word & probe.found)};
  }
#endif

  // The cues that begin with the word whose id is `word` (Document::word_ids: every word
  // that begins a cue has one), as FindInText(...).cues gives them; none for id 0. The
  // verbs come first, then the nouns, each kind longest phrase first.
  std::span<const CueRef> CuesOfWord(uint16_t word) const {
    if (word >= cues_of_word_.size()) return {};
    const CueSpan cues = cues_of_word_[word];
    return std::span<const CueRef>(cue_refs_).subspan(cues.first, cues.count);
  }
  // The same cues of one kind only: the nouns (CueClass::kNoun) or all the others.
  std::span<const CueRef> CuesOfWord(uint16_t word, bool nouns) const {
    if (word >= cues_of_word_.size()) return {};
    const CueSpan cues = cues_of_word_[word];
    return nouns ? std::span<const CueRef>(cue_refs_).subspan(cues.first + cues.verbs,
                                                              cues.count - cues.verbs)
                 : std::span<const CueRef>(cue_refs_).subspan(cues.first, cues.verbs);
  }

  // Every word with an entry (lower case), in no particular order; for tests.
  std::vector<std::string_view> Words() const {
    std::vector<std::string_view> words;
    words.reserve(entries_.size());
    for (const auto& [word, info] : entries_) words.push_back(word);
    return words;
  }

  uint32_t Flags(std::string_view lower) const {
    const WordInfo* info = Find(lower);
    return info ? info->flags : 0;
  }
  // Flags of `word`, a view into `text`, in any case: FlagsInText's probe lower-cases as it
  // reads, where a lower-cased copy for Flags cost a copy and a second read.
  uint32_t FlagsOfWordIn(std::string_view text, std::string_view word) const {
    if (word.empty()) return Flags(word);
    const size_t begin = static_cast<size_t>(word.data() - text.data());
    return FlagsInText(text, begin, begin + word.size());
  }
  const Cue& cue(int index) const { return cues_[index]; }

  // Canonical organization name for an alias (any case, no possessive), or empty.
  std::string_view CanonicalOrganization(std::string_view name) const;
  // Whether `name` (any case, no possessive) is a place listed in places.tsv ("Ohio", "U.S.").
  bool IsPlace(std::string_view name) const;

  // ASCII lower case of eight bytes at once (little-endian); other bytes are unchanged.
  // Public for AsciiLowerInto.
  static uint64_t AsciiLower8(uint64_t x) {
    static_assert(std::endian::native == std::endian::little, "FindInText reads little-endian");
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    const uint64_t low7 = x & (0x7F * kOnes);
    const uint64_t at_least_a = low7 + (0x80 - 'A') * kOnes;      // high bit set if >= 'A'
    const uint64_t above_z = low7 + (0x80 - 'Z' - 1) * kOnes;     // high bit set if > 'Z'
    const uint64_t upper = (at_least_a ^ above_z) & ~x & (0x80 * kOnes);
    return x | (upper >> 2);
  }

 private:
  static uint64_t Hash(std::string_view word) {
    uint64_t h = 1469598103934665603ull;
    for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
  }
  // Builds the lookup tables from words_ (then emptied). INTERNAL if no collision-free
  // layout of the short-word table was found (see ShortOffset).
  absl::Status BuildIndex();

  // FindInText for words over 16 bytes: lower-cases a copy.
  const WordInfo* FindLong(std::string_view word) const;
  // The short-word table's hashes read the word's bytes with bit 0x20 set in each (zero
  // padded past its end): the same for a letter in either case, so that they need not wait
  // for the word's exact lower-casing, which only the key's comparison needs. Other bytes
  // that differ in that bit alone ("." and 0x0E, "@" and "`") hash alike too; BuildIndex
  // fails should two keys of the lexicon do so.
  static uint64_t FoldCase(uint64_t bytes, uint64_t key_mask) {
    return (bytes | 0x2020202020202020ull) & key_mask;
  }
  struct Slot {
    uint64_t hash = 0;
    uint32_t entry = 0;  // 1 + index into entries_; 0 = empty
  };
  std::vector<std::pair<std::string, WordInfo>> entries_;
  std::vector<Slot> slots_;
  size_t slot_mask_ = 0;

  // Words of up to 16 bytes, keyed by their lower-case bytes (zero padded): one cache line
  // per lookup, no string compare. A word has exactly one slot where it can be
  // (ShortOffset), so that a lookup is one probe and one comparison, with no loop.
  // The 16 bytes alone decide: neither a key nor a word has a NUL byte, so words of other
  // lengths differ in a byte where one has its padding, and the probe needs no test of the
  // length. An empty slot's key is "A", which no lower-cased word is (nor the empty word).
  static constexpr uint64_t kNoKey = 'A';
  struct alignas(32) ShortSlot {
    uint64_t lo = kNoKey;
    uint64_t hi = 0;
    uint32_t entry = 0;  // 1 + index into entries_; 0 = empty
    uint32_t flags = 0;  // WordInfo::flags, so that a lookup reads one cache line
    uint8_t length = 0;  // the key's
    uint8_t cue_count = 0;       // WordInfo::cues.size() (BuildIndex checks that it fits)
    uint16_t word = 0;           // WordInfo::word
    uint32_t first_cue_ref = 0;  // where the cues start in cue_refs_: a cue start's
                                 // candidates without reading its WordInfo
  };
  static_assert(sizeof(ShortSlot) == 32);
  // A collision-free ("perfect") hash in the style of hash-and-displace: a hash of the word's
  // first eight bytes chooses a bucket (ShortBucket); the bucket's displacement d, chosen by
  // BuildIndex so that no two words share a slot, gives the slot h ^ d, h being a hash of
  // all 16 bytes (ShortHash: as many bits as the table's size has, from the top 16 of a
  // sum of products). Both read the word's bytes folded (FoldCase). The two hashes run side
  // by side, so the slot's address waits for a multiply and the displacement's load (from
  // 4 KiB, in L1) after the word's bytes; the previous h1 + d * h2, h1 and h2 halves of one
  // hash of the lower-cased word, waited for the lower-casing, three multiplies and that load
  // in a row.
  // The bucket count is fixed (kBucketBits), so that a probe shifts by a constant and reads
  // the displacements in place: 1,024 buckets hold the lexicon's ~4,000 short words about
  // four to a bucket, and a larger lexicon only fills them more.
  static constexpr int kBucketBits = 10;
  static size_t ShortBucket(uint64_t lo) {
    return (lo * 0x9E3779B97F4A7C15ull) >> (64 - kBucketBits);
  }
  // ShortHash and the displacements are byte offsets into the table (a slot index times
  // sizeof(ShortSlot)): the hash's bits are taken by a constant shift and the table's
  // mask, and the slot's address is the table's plus the offset, without a shift by a
  // variable count (through CL) or one by the slot's size.
  static constexpr int kSlotShift = 5;  // log2(sizeof(ShortSlot))
  static_assert(sizeof(ShortSlot) == size_t{1} << kSlotShift);
  static constexpr int kHashShift = 64 - 16 - kSlotShift;  // the top 16 bits, at kSlotShift
  size_t ShortHash(uint64_t lo, uint64_t hi) const {
    return ((lo * short_multiplier_ + hi * 0xC2B2AE3D27D4EB4Full) >> kHashShift) &
           short_mask_;
  }
  // The byte offset of the only slot a word can be in (< the table's size in bytes).
  size_t ShortOffset(uint64_t lo, uint64_t hi) const {
    return ShortHash(lo, hi) ^ short_displacement_[ShortBucket(lo)];
  }
  const ShortSlot& ShortSlotAt(size_t offset) const {
    return *reinterpret_cast<const ShortSlot*>(
        reinterpret_cast<const char*>(short_slots_.data()) + offset);
  }
  // The slot of the word text[begin, end) (begin <= end <= begin + 16, end <= text.size()),
  // and whether the word is the one in it. Reads bytes of `text` after the word, never
  // outside `text`.
  struct ShortProbe {
    const ShortSlot* slot;
    uint32_t found;  // all ones if the word is the one in it, else 0
  };
  __attribute__((always_inline)) ShortProbe ProbeShort(std::string_view text, size_t begin,
                                                       size_t end) const {
    const size_t length = end - begin;
    if (text.size() - begin >= 16) return ProbeAt(text.data() + begin, length);
    char bytes[16] = {};  // (near the text's end: the word zero padded)
    std::memcpy(bytes, text.data() + begin, length);
    return ProbeAt(bytes, length);
  }
  // ProbeShort of the `length` (<= 16) bytes at `word_bytes`, 16 of which may be read.
  __attribute__((always_inline)) ShortProbe ProbeAt(const char* word_bytes,
                                                    size_t length) const {
#ifdef __SSE2__
    return ProbeAt(word_bytes, _mm_loadu_si128(reinterpret_cast<const __m128i*>(word_bytes)),
                   length);
  }
  // The same with the 16 bytes also in `loaded`.
  __attribute__((always_inline)) ShortProbe ProbeAt(const char* word_bytes, __m128i loaded,
                                                    size_t length) const {
#endif
    // The word is read as 16 bytes, zero padded past its end (masks from a table: tests of
    // the length would mispredict for words of 8 or more bytes), hashed folded, lower-cased
    // (ASCII) and compared exactly with the slot's key: every word the same way, "mr.",
    // "don’t" and words with a non-ASCII byte too. (A key folded by an OR of 0x20 was one
    // instruction cheaper, but held only for words of letters a-z: the others took a second
    // comparison on a branch that mispredicted whenever it was taken.)
    const WordKeyMask& key_mask = kWordKeyMasks[length];
#ifdef __SSE2__
    (void)word_bytes;
    // The hashes' folded bytes from the register too (FoldCase on both halves at once: an
    // OR, which the tokenizer's letter test also makes, and an AND with the key's mask).
    const __m128i mask = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&key_mask));
    const __m128i folded = _mm_and_si128(_mm_or_si128(loaded, _mm_set1_epi8(0x20)), mask);
    const uint64_t folded_lo = static_cast<uint64_t>(_mm_cvtsi128_si64(folded));
    const uint64_t folded_hi =
        static_cast<uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(folded, folded)));
    // The only slot the word can be in.
    const ShortSlot& slot = ShortSlotAt(ShortOffset(folded_lo, folded_hi));
#else
    uint64_t lo, hi;  // the word as two little-endian words, for the hashes
    std::memcpy(&lo, word_bytes, 8);
    std::memcpy(&hi, word_bytes + 8, 8);
    // The only slot the word can be in.
    const ShortSlot& slot =
        ShortSlotAt(ShortOffset(FoldCase(lo, key_mask.lo), FoldCase(hi, key_mask.hi)));
#endif
#ifdef __SSE2__
    // The same as below with the word in one SSE2 register: one load, one mask, one
    // lower-casing and one comparison of the slot's 16 bytes, where the 64-bit version needs
    // two of each. (The hashes take the word from the register too, folded above: read
    // again from memory as lo and hi, it took two loads, two ORs with a constant made
    // twice and two ANDs with the mask from memory, about 1M instructions more.)
    // (key_mask is the 16-byte mask of the word's bytes: lo, then hi.)
    const __m128i word = _mm_and_si128(loaded, mask);
    // A-Z are the bytes b with b + (0x80 - 'A'), wrapped, below -128 + 26 as a signed byte
    // (no byte of 0x80 or above is).
    const __m128i upper = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 26),
                                         _mm_add_epi8(word, _mm_set1_epi8(0x80 - 'A')));
    const __m128i lower = _mm_or_si128(word, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
    // The slot's lo and hi are its first 16 bytes: one test of them (see ShortSlot).
    const __m128i key = _mm_load_si128(reinterpret_cast<const __m128i*>(&slot));
    // (All ones when the 16 bytes match: the mask + 1 is 0x10000 then, below it
    // otherwise; an addition and two shifts, where a comparison took a set and an
    // extension before the negation.)
    const uint32_t same = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(key, lower)));
    return {&slot, static_cast<uint32_t>(static_cast<int32_t>((same + 1) << 15) >> 31)};
#else
    lo = AsciiLower8(lo & key_mask.lo);
    hi = AsciiLower8(hi & key_mask.hi);
    // One test of both (see ShortSlot).
    const uint64_t differ = (slot.lo ^ lo) | (slot.hi ^ hi);
    return {&slot, differ == 0 ? ~0u : 0u};
#endif
  }
  std::vector<CueRef> cue_refs_;  // every word's cues, one word after the other
  // Word id -> its cues in cue_refs_ (CuesOfWord).
  struct CueSpan {
    uint32_t first = 0;
    uint16_t verbs = 0;  // the cues before the nouns
    uint16_t count = 0;  // (there are at most 65536 cues)
  };
  std::vector<CueSpan> cues_of_word_;
  // A default-constructed (empty) Lexicon has two empty slots (and its buckets' zero
  // displacements), so that FindInText needs no test for it.
  std::vector<ShortSlot> short_slots_ = std::vector<ShortSlot>(2);
  // (Byte offsets: a slot index times sizeof(ShortSlot).)
  std::array<uint32_t, size_t{1} << kBucketBits> short_displacement_{};
  // ShortHash's: its multiplier, one of those BuildIndex tries, and the mask that keeps
  // as many bits as the table's size has (as a byte offset; 0 for the empty Lexicon's).
  uint64_t short_multiplier_ = 0;
  size_t short_mask_ = 0;

  absl::flat_hash_map<std::string, WordInfo> words_;  // while loading
  std::vector<Cue> cues_;
  absl::flat_hash_map<std::string, std::string> org_aliases_;  // lower alias -> canonical
  absl::flat_hash_set<std::string> places_;                    // lower case
  // The (length, first letter) pairs of the keys of org_aliases_ and places_, as bits:
  // most names asked about have none of them, and are answered without a lower-cased copy
  // and a hash. (Pairs may share a bit: a name whose bit is set is looked up.)
  class NameFilter {
   public:
    void Add(std::string_view lower) {
      const size_t bit = Bit(lower.size(), lower.empty() ? 0 : lower[0]);
      bits_[bit / 64] |= uint64_t{1} << (bit % 64);
    }
    bool MayHold(std::string_view name) const {
      const size_t bit = Bit(name.size(), name.empty() ? 0 : absl::ascii_tolower(name[0]));
      return ((bits_[bit / 64] >> (bit % 64)) & 1) != 0;
    }

   private:
    static size_t Bit(size_t length, char first) {
      return std::min<size_t>(length, 63) << 6 | (static_cast<unsigned char>(first) & 63);
    }
    std::array<uint64_t, 64> bits_{};
  };
  NameFilter org_alias_filter_;
  NameFilter place_filter_;
};

// ASCII lower-casing of the n bytes at `in` into `out` (non-ASCII bytes are copied
// unchanged). `out` may be `in` itself, but may not overlap it otherwise.
inline void AsciiLowerBytes(const char* in, size_t n, char* out) {
  // Eight bytes at a time. Lower-casing is idempotent, so the last window may overlap the
  // one before it instead of a byte loop for the tail; words under 8 bytes use two 4-byte
  // windows the same way.
  if (n >= 8) {
    auto lower8 = [in, out](size_t at) {
      uint64_t x;
      std::memcpy(&x, in + at, 8);
      x = Lexicon::AsciiLower8(x);
      std::memcpy(out + at, &x, 8);
    };
    for (size_t i = 0; i + 8 < n; i += 8) lower8(i);
    lower8(n - 8);
  } else if (n >= 4) {
    auto lower4 = [in, out](size_t at) {
      uint32_t x;
      std::memcpy(&x, in + at, 4);
      x = static_cast<uint32_t>(Lexicon::AsciiLower8(x));
      std::memcpy(out + at, &x, 4);
    };
    lower4(0);
    lower4(n - 4);
  } else {
    for (size_t i = 0; i < n; ++i) {
      const char c = in[i];
      out[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
  }
}

// ASCII lower-casing into `out` (non-ASCII bytes are copied unchanged).
void AsciiLowerInto(std::string_view in, std::string* out);

// A word or name lower-cased for a lookup or a comparison, held on the stack when it is
// short (nearly all are): no heap allocation and no library call, which a std::string
// filled by AsciiLowerInto costs even when it is short. Longer text goes to a std::string.
class LowerCased {
 public:
  LowerCased() = default;
  explicit LowerCased(std::string_view text) { Assign(text); }

  void Assign(std::string_view text) {
    size_ = text.size();
    if (size_ <= sizeof(short_)) {
      AsciiLowerBytes(text.data(), size_, short_);
    } else {
      AsciiLowerInto(text, &long_);
    }
  }
  std::string_view view() const {
    return size_ <= sizeof(short_) ? std::string_view(short_, size_) : std::string_view(long_);
  }
  operator std::string_view() const { return view(); }

 private:
  size_t size_ = 0;
  char short_[48];
  std::string long_;
};

// Whether text[begin, end) has an ASCII capital. A word of up to 16 bytes is tested eight
// bytes at a time, without a loop whose exit would mispredict for words of varying length.
inline bool HasAsciiUpper(std::string_view text, size_t begin, size_t end) {
  const size_t length = end - begin;
  if (length <= 16 && text.size() - begin >= 16) {
    uint64_t lo, hi;
    std::memcpy(&lo, text.data() + begin, 8);
    std::memcpy(&hi, text.data() + begin + 8, 8);
    lo &= kWordKeyMasks[length].lo;
    hi &= kWordKeyMasks[length].hi;
    return ((Lexicon::AsciiLower8(lo) ^ lo) | (Lexicon::AsciiLower8(hi) ^ hi)) != 0;
  }
  bool upper = false;
  for (size_t i = begin; i < end; ++i) upper |= static_cast<unsigned char>(text[i] - 'A') < 26;
  return upper;
}

// Whether `word` names a trade by its ending ("sculptor", "plumber", "ecologist",
// "evacuee", "consultant", "historian"), in a word of five letters or more.
inline bool TradeNounEnding(std::string_view w) {
  return w.size() >= 5 && (w.ends_with("er") || w.ends_with("or") || w.ends_with("ist") ||
                           w.ends_with("ee") || w.ends_with("ant") || w.ends_with("ian"));
}

// Whether `word` is two or more ASCII capitals and nothing else: a body's acronym ("BBC",
// "EFA") as a subject.
inline bool AllCapitalLetters(std::string_view word) {
  if (word.size() < 2) return false;
  for (char ch : word) {
    if (ch < 'A' || ch > 'Z') return false;
  }
  return true;
}

}  // namespace policy::extract_internal

#endif  // POLICY_SERVER_EXTRACT_INTERNAL_LEXICON_H_
