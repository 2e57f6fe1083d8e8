#include "server/extract/internal/lexicon.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <functional>
#include <limits>
#include <sstream>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace policy::extract_internal {
namespace {

// Cue::named's bit for each lemma of LemmaName (lexicon.h).
constexpr std::pair<std::string_view, uint64_t> kNamedLemmas[] = {
    {"accuse", kLemmaAccuse},
    {"add", kLemmaAdd},
    {"advise", kLemmaAdvise},
    {"ask", kLemmaAsk},
    {"ask about", kLemmaAskAbout},
    {"boast", kLemmaBoast},
    {"brand", kLemmaBrand},
    {"call", kLemmaCall},
    {"caution", kLemmaCaution},
    {"characterize", kLemmaCharacterize},
    {"charge", kLemmaCharge},
    {"cite", kLemmaCite},
    {"complain", kLemmaComplain},
    {"convince", kLemmaConvince},
    {"decline to", kLemmaDeclineTo},
    {"decline to comment", kLemmaDeclineToComment},
    {"deem", kLemmaDeem},
    {"demand", kLemmaDemand},
    {"deny", kLemmaDeny},
    {"describe", kLemmaDescribe},
    {"dub", kLemmaDub},
    {"encourage", kLemmaEncourage},
    {"expect", kLemmaExpect},
    {"find", kLemmaFind},
    {"grant", kLemmaGrant},
    {"hear", kLemmaHear},
    {"label", kLemmaLabel},
    {"learn", kLemmaLearn},
    {"notify", kLemmaNotify},
    {"persuade", kLemmaPersuade},
    {"portray", kLemmaPortray},
    {"put it", kLemmaPutIt},
    {"reassure", kLemmaReassure},
    {"refuse to", kLemmaRefuseTo},
    {"remind", kLemmaRemind},
    {"reply", kLemmaReply},
    {"reported", kLemmaReported},
    {"requested", kLemmaRequested},
    {"respond", kLemmaRespond},
    {"say", kLemmaSay},
    {"see", kLemmaSee},
    {"seek", kLemmaSeek},
    {"speak", kLemmaSpeak},
    {"state", kLemmaState},
    {"talk", kLemmaTalk},
    {"tell", kLemmaTell},
    {"termed", kLemmaTermed},
    {"think", kLemmaThink},
    {"urge", kLemmaUrge},
    {"want", kLemmaWant},
    {"warn", kLemmaWarn},
    {"wish", kLemmaWish},
    {"write", kLemmaWrite},
    {"apologize", kLemmaApologize},
    {"apologise", kLemmaApologize},
    {"appeals to", kLemmaAppealsTo},
    {"believe", kLemmaBelieve},
    {"understand", kLemmaUnderstand},
    {"allege", kLemmaAllege},
    {"know", kLemmaKnow},
    {"seen as", kLemmaSeenAs},
    {"rip", kLemmaRip},
    {"bash", kLemmaBash},
    {"backs", kLemmaParticleRules},
    {"show", kLemmaParticleRules},
    {"testify", kLemmaParticleRules},
    {"thank", kLemmaParticleRules},
};

absl::StatusOr<std::vector<std::pair<int, std::string>>> ReadLines(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    return absl::NotFoundError(absl::StrCat("lexicon file not found: ", path,
                                            " (set POLICY_DATA_DIR to the project's data/ "
                                            "directory or ExtractorOptions::lexicon_dir)"));
  }
  std::vector<std::pair<int, std::string>> lines;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    absl::string_view view = absl::StripAsciiWhitespace(line);
    if (view.empty() || view[0] == '#') continue;
    lines.emplace_back(number, std::string(line));
  }
  return lines;
}

absl::Status Malformed(const std::string& path, int line, absl::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat(path, ":", line, ": ", why));
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Regular English inflections of a verb: base, 3rd person singular, past, gerund.
std::vector<std::string> Inflect(const std::string& base) {
  std::vector<std::string> forms = {base};
  const size_t n = base.size();
  const char last = n ? base[n - 1] : 0;
  const char before = n > 1 ? base[n - 2] : 0;
  const bool consonant_y = last == 'y' && !IsVowel(before);
  // Third person singular.
  if (consonant_y) {
    forms.push_back(base.substr(0, n - 1) + "ies");
  } else if (last == 's' || last == 'x' || last == 'z' || last == 'o' ||
             (last == 'h' && (before == 's' || before == 'c'))) {
    forms.push_back(base + "es");
  } else {
    forms.push_back(base + "s");
  }
  // Past tense and participle.
  if (last == 'e') {
    forms.push_back(base + "d");
  } else if (consonant_y) {
    forms.push_back(base.substr(0, n - 1) + "ied");
  } else {
    forms.push_back(base + "ed");
  }
  // Gerund.
  if (last == 'e' && before == 'e') {
    forms.push_back(base + "ing");
  } else if (last == 'e' && before == 'i') {
    forms.push_back(base.substr(0, n - 2) + "ying");
  } else if (last == 'e') {
    forms.push_back(base.substr(0, n - 1) + "ing");
  } else {
    forms.push_back(base + "ing");
  }
  return forms;
}

bool LooksPastParticiple(absl::string_view form) {
  return absl::EndsWith(form, "ed") || form == "said" || form == "told" || form == "written" ||
         form == "spoken" || form == "thought" || form == "known" || form == "seen" ||
         form == "felt" || form == "understood" || form == "learnt" ||
         // (The base form is the participle too: "is forecast to".)
         form == "forecast" || form == "broadcast";
}

}  // namespace

void AsciiLowerInto(std::string_view in, std::string* out) {
  // Whether `in` lies in *out's own buffer, which assign() below overwrites.
  const bool aliased = std::less_equal<const char*>()(out->data(), in.data()) &&
                       std::less_equal<const char*>()(in.data(), out->data() + out->capacity());
  out->assign(in);  // a plain copy: resize() would first fill the new bytes with zeros
  char* lower = out->data();
  // Lower-cased from the source, not from the bytes assign() has just stored: a load that
  // overlaps a recent narrower store cannot be forwarded from it and stalls.
  AsciiLowerBytes(aliased ? lower : in.data(), in.size(), lower);
}

absl::StatusOr<Lexicon> Lexicon::Load(const std::string& dir) {
  Lexicon lex;

  // words.tsv
  static const std::pair<absl::string_view, uint32_t> kCategories[] = {
      {"pronoun", kPronoun},     {"determiner", kDeterminer}, {"preverb", kPreverb},
      {"stop", kStop},           {"adjunct", kAdjunct},       {"title", kTitle},
      {"role", kRole},           {"membership", kMembership}, {"group", kGroup},
      {"document", kDocument},   {"orgunit", kOrgUnit},       {"orgnoun", kOrgNoun},
      {"abbrev", kAbbrev},       {"corpsuffix", kCorpSuffix}, {"time", kTime},
      {"label", kLabel},         {"nouncue", kNounCue},       {"female", kFemale},
      {"male", kMale},           {"occasion", kOccasion},     {"control", kControl},
      {"causing", kCausing},     {"industry", kIndustry | kOrgNoun},
  };
  {
    const std::string path = dir + "/words.tsv";
    auto lines = ReadLines(path);
    if (!lines.ok()) return lines.status();
    for (const auto& [number, line] : *lines) {
      std::vector<absl::string_view> cols = absl::StrSplit(line, '\t');
      if (cols.size() != 2) return Malformed(path, number, "expected CATEGORY<TAB>word|word");
      uint32_t flag = 0;
      for (const auto& [name, bit] : kCategories) {
        if (absl::StripAsciiWhitespace(cols[0]) == name) flag = bit;
      }
      if (flag == 0) {
        return Malformed(path, number, absl::StrCat("unknown category '", cols[0], "'"));
      }
      for (absl::string_view word : absl::StrSplit(cols[1], '|', absl::SkipWhitespace())) {
        const std::string lower = absl::AsciiStrToLower(absl::StripAsciiWhitespace(word));
        lex.words_[lower].flags |= flag;
        // News writes "couldn't" with either apostrophe: a word listed with one is found
        // with the other too.
        const std::string curly = absl::StrReplaceAll(lower, {{"'", "\xE2\x80\x99"}});
        const std::string straight = absl::StrReplaceAll(lower, {{"\xE2\x80\x99", "'"}});
        if (curly != lower) lex.words_[curly].flags |= flag;
        if (straight != lower) lex.words_[straight].flags |= flag;
      }
    }
    // "co-anchor", "co-host", "co-chairman": a role shared with another person is a role
    // (and its plural a group, below), whether or not the file lists it.
    std::vector<std::string> shared_roles;
    for (const auto& [word, info] : lex.words_) {
      if ((info.flags & kRole) != 0 && word.size() >= 3 && !word.starts_with("co") &&
          word.find(' ') == std::string::npos) {
        shared_roles.push_back("co-" + word);
      }
    }
    for (const std::string& role : shared_roles) lex.words_[role].flags |= kRole;
    // A role's plural names a group of people ("pilots", "attorneys", "chefs"), as the
    // listed group words do, and so does an organization noun's ("newspapers", "unions"):
    // the plurals are added as group words unless listed otherwise.
    std::vector<std::string> plurals;
    for (const auto& [word, info] : lex.words_) {
      if ((info.flags & (kRole | kOrgNoun)) == 0 || word.size() < 3 ||
          word.find(' ') != std::string::npos || word.back() == 's') {
        continue;
      }
      const char before = word[word.size() - 2];
      const bool consonant_y = word.back() == 'y' && std::string_view("aeiou").find(before) ==
                                                         std::string_view::npos;
      plurals.push_back(consonant_y ? word.substr(0, word.size() - 1) + "ies"
                        : word.back() == 'h' || word.back() == 'x' ? word + "es"
                                                                    : word + "s");
    }
    for (const std::string& plural : plurals) {
      WordInfo& info = lex.words_[plural];
      if (info.flags == 0) info.flags = kGroup;
    }
  }

  // cues.tsv
  {
    const std::string path = dir + "/cues.tsv";
    auto lines = ReadLines(path);
    if (!lines.ok()) return lines.status();
    for (const auto& [number, line] : *lines) {
      std::vector<absl::string_view> cols = absl::StrSplit(line, '\t');
      if (cols.size() != 2) return Malformed(path, number, "expected CLASS<TAB>forms");
      CueClass cls;
      bool name_object = false;
      bool portrayal = false;
      absl::string_view name = absl::StripAsciiWhitespace(cols[0]);
      if (name == "speech") {
        cls = CueClass::kSpeech;
      } else if (name == "thought") {
        cls = CueClass::kThought;
      } else if (name == "source") {
        cls = CueClass::kSource;
      } else if (name == "evidence") {
        cls = CueClass::kEvidence;
      } else if (name == "quote") {
        cls = CueClass::kQuoteOnly;
      } else if (name == "noun") {
        cls = CueClass::kNoun;
      } else if (name == "object") {
        cls = CueClass::kSpeech;
        name_object = true;
      } else if (name == "portrayal") {
        cls = CueClass::kSpeech;
        portrayal = true;
      } else {
        return Malformed(path, number, absl::StrCat("unknown cue class '", name, "'"));
      }
      std::string forms_text = absl::AsciiStrToLower(absl::StripAsciiWhitespace(cols[1]));
      std::vector<std::string> forms = absl::StrSplit(forms_text, '|', absl::SkipWhitespace());
      if (forms.empty()) return Malformed(path, number, "no cue forms");
      const std::string lemma = forms[0];
      if (forms.size() == 1 && cls != CueClass::kSource) {
        // Inflect the first word; keep the rest ("call for" -> "called for").
        std::vector<std::string> words = absl::StrSplit(forms[0], ' ', absl::SkipWhitespace());
        std::string tail;
        for (size_t i = 1; i < words.size(); ++i) absl::StrAppend(&tail, " ", words[i]);
        forms.clear();
        for (const std::string& head : Inflect(words[0])) forms.push_back(head + tail);
      }
      for (const std::string& form : forms) {
        std::vector<std::string> words = absl::StrSplit(form, ' ', absl::SkipWhitespace());
        if (words.empty()) return Malformed(path, number, "empty cue form");
        // (CueRef keeps the word count in a byte and the cue index in 16 bits.)
        if (words.size() > 255) return Malformed(path, number, "cue form of over 255 words");
        Cue cue;
        cue.rest.assign(words.begin() + 1, words.end());
        cue.lemma = lemma;
        cue.cls = cls;
        cue.past_participle = LooksPastParticiple(words[0]);
        cue.name_object = name_object;
        cue.portrayal = portrayal;
        cue.listener = lemma == "tell" || lemma == "ask" || lemma == "inform" ||
                       lemma == "remind" || lemma == "assure" || lemma == "persuade" ||
                       lemma == "convince" ||
                       lemma == "put it to";
        for (const auto& [name, bit] : kNamedLemmas) {
          if (lemma == name) cue.named = bit;
        }
        WordInfo& info = lex.words_[words[0]];
        // The same phrase listed twice (e.g. "propose") is kept once, except that a phrase may
        // be both a verb cue and a noun cue ("called for" / "Ray's call for"): the matcher
        // asks for one kind or the other.
        bool duplicate = false;
        for (int index : info.cues) {
          const Cue& known = lex.cues_[index];
          duplicate = duplicate || (known.rest == cue.rest &&
                                    (known.cls == CueClass::kNoun) == (cue.cls == CueClass::kNoun));
        }
        if (duplicate) continue;
        if (lex.cues_.size() > std::numeric_limits<uint16_t>::max()) {
          return Malformed(path, number, "more than 65536 cue forms");
        }
        info.flags |= kCueStart;
        if (cue.cls == CueClass::kNoun) info.flags |= kNounCueStart;
        cue.topic = (cue.cls == CueClass::kSpeech || cue.cls == CueClass::kThought) &&
                    !cue.rest.empty() &&
                    (cue.rest.back() == "about" || cue.rest.back() == "on" ||
                     cue.rest.back() == "of" || cue.rest.back() == "against" ||
                     cue.rest.back() == "for");
        if (cue.topic && cue.rest.size() == 1) info.flags |= kTopicCueStart;
        info.cues.push_back(static_cast<int>(lex.cues_.size()));
        lex.cues_.push_back(std::move(cue));
      }
    }
    // Verbs before nouns, so that a matcher asking for one kind reads only its cues
    // (CueRefsOfWord); within each kind the longest phrase first, so "called for" wins over
    // "called".
    for (auto& [word, info] : lex.words_) {
      std::stable_sort(info.cues.begin(), info.cues.end(), [&lex](int a, int b) {
        const bool a_noun = lex.cues_[a].cls == CueClass::kNoun;
        const bool b_noun = lex.cues_[b].cls == CueClass::kNoun;
        if (a_noun != b_noun) return b_noun;
        return lex.cues_[a].rest.size() > lex.cues_[b].rest.size();
      });
    }
  }

  // organizations.tsv
  {
    const std::string path = dir + "/organizations.tsv";
    auto lines = ReadLines(path);
    if (!lines.ok()) return lines.status();
    for (const auto& [number, line] : *lines) {
      std::vector<absl::string_view> cols = absl::StrSplit(line, '\t');
      if (cols.size() != 2) return Malformed(path, number, "expected CANONICAL<TAB>alias|alias");
      std::string canonical(absl::StripAsciiWhitespace(cols[0]));
      if (canonical.empty()) return Malformed(path, number, "empty canonical name");
      lex.org_aliases_[absl::AsciiStrToLower(canonical)] = canonical;
      for (absl::string_view alias : absl::StrSplit(cols[1], '|', absl::SkipWhitespace())) {
        lex.org_aliases_[absl::AsciiStrToLower(absl::StripAsciiWhitespace(alias))] = canonical;
      }
    }
  }
  // places.tsv (optional: a lexicon directory from before it existed still loads)
  {
    const std::string path = dir + "/places.tsv";
    if (std::ifstream(path)) {
      auto lines = ReadLines(path);
      if (!lines.ok()) return lines.status();
      for (const auto& [number, line] : *lines) {
        if (line.find('\t') != std::string::npos) {
          return Malformed(path, number, "expected place|place (no tab)");
        }
        for (absl::string_view place : absl::StrSplit(line, '|', absl::SkipWhitespace())) {
          lex.places_.insert(absl::AsciiStrToLower(absl::StripAsciiWhitespace(place)));
        }
      }
    }
  }
  for (const auto& [alias, canonical] : lex.org_aliases_) lex.org_alias_filter_.Add(alias);
  for (const std::string& place : lex.places_) lex.place_filter_.Add(place);
  if (absl::Status status = lex.BuildIndex(); !status.ok()) return status;
  return lex;
}

absl::Status Lexicon::BuildIndex() {
  // Every word the rules test by name is an entry (with no flags if no list has it), so
  // that the tokenizer's lookup of a word also gives its id (WordInText).
  for (uint16_t id = 1; id < std::size(kRuleWords); ++id) {
    words_[std::string(kRuleWords[id])].word = id;
  }
  // So is every word of a cue, with an id after kRuleWords' if it has none: a cue's first
  // word finds its cues by id (CuesOfWord), and its other words are compared by id.
  std::vector<std::string> cue_words;
  for (const auto& [word, info] : words_) {
    if (!info.cues.empty()) cue_words.push_back(word);
  }
  for (const Cue& cue : cues_) cue_words.insert(cue_words.end(), cue.rest.begin(), cue.rest.end());
  size_t next_word = std::size(kRuleWords);
  for (const std::string& word : cue_words) {
    uint16_t& id = words_[word].word;
    if (id != 0) continue;
    if (next_word > std::numeric_limits<uint16_t>::max()) {
      return absl::InvalidArgumentError("lexicon: more than 65535 distinct words in cues");
    }
    id = static_cast<uint16_t>(next_word++);
  }
  for (Cue& cue : cues_) {
    cue.rest_words.clear();
    for (const std::string& word : cue.rest) cue.rest_words.push_back(words_[word].word);
  }
  size_t size = 16;
  while (size < words_.size() * 4) size *= 2;  // load factor <= 1/4
  slots_.assign(size, Slot{});
  slot_mask_ = size - 1;
  entries_.reserve(words_.size());
  for (auto& [word, info] : words_) {
    if (word.empty()) continue;
    entries_.emplace_back(word, std::move(info));
    const uint64_t hash = Hash(word);
    size_t i = hash & slot_mask_;
    while (slots_[i].entry != 0) i = (i + 1) & slot_mask_;
    slots_[i] = {hash, static_cast<uint32_t>(entries_.size())};
  }
  words_.clear();

  // Every word's cues as CueRefs, in the order of WordInfo::cues.
  for (auto& [word, info] : entries_) {
    info.first_cue_ref = static_cast<uint32_t>(cue_refs_.size());
    for (const int index : info.cues) {
      const Cue& cue = cues_[index];
      CueRef ref{static_cast<uint16_t>(index), static_cast<uint8_t>(cue.rest.size()), cue.cls};
      if (!cue.rest_words.empty()) ref.second_word = cue.rest_words[0];
      ref.topic = cue.topic;
      cue_refs_.push_back(ref);
    }
    if (info.word != 0) {  // (id 0, of words without one, has no cues)
      if (info.word >= cues_of_word_.size()) cues_of_word_.resize(info.word + 1);
      uint16_t verbs = 0;  // (the verbs come first)
      while (verbs < info.cues.size() && cues_[info.cues[verbs]].cls != CueClass::kNoun) ++verbs;
      cues_of_word_[info.word] = {info.first_cue_ref, verbs,
                                  static_cast<uint16_t>(info.cues.size())};
    }
  }

  // The short-word table: its slots, and the keys of the words that go in it as the hashes
  // read them (FoldCase).
  std::vector<ShortSlot> slots;
  std::vector<std::pair<uint64_t, uint64_t>> folded;
  for (size_t e = 0; e < entries_.size(); ++e) {
    const std::string& word = entries_[e].first;
    if (word.size() > 16) continue;
    char bytes[16] = {};
    std::memcpy(bytes, word.data(), word.size());
    ShortSlot slot;
    std::memcpy(&slot.lo, bytes, 8);
    std::memcpy(&slot.hi, bytes + 8, 8);
    slot.entry = static_cast<uint32_t>(e + 1);
    slot.length = static_cast<uint8_t>(word.size());
    if (entries_[e].second.cues.size() > std::numeric_limits<uint8_t>::max()) {
      return absl::InvalidArgumentError(
          absl::StrCat("lexicon: more than 255 cues begin with \"", word, "\""));
    }
    slot.cue_count = static_cast<uint8_t>(entries_[e].second.cues.size());
    slot.word = entries_[e].second.word;
    slot.first_cue_ref = entries_[e].second.first_cue_ref;
    slot.flags = entries_[e].second.flags;
    slots.push_back(slot);
    const WordKeyMask& key_mask = kWordKeyMasks[word.size()];
    folded.emplace_back(FoldCase(slot.lo, key_mask.lo), FoldCase(slot.hi, key_mask.hi));
  }
  // Hash and displace (about four words per bucket); the buckets with most words are placed
  // first, each with the smallest displacement that puts all its words in free slots. The
  // smallest table that holds the words, even nearly full: the last buckets placed have one
  // word, and their displacements reach every slot, so any free one is found. Every word of
  // a text reads one slot: 4,096 slots (128 KiB) were 3-4% faster for the tokenizer than
  // 8,192 (at most 60% full), and 16,384 8% slower. A bucket whose words agree in ShortHash
  // (XOR with a displacement keeps them together), or whose pattern of slots finds no room,
  // takes another multiplier; if none serves, the table is doubled.
  std::vector<std::vector<size_t>> buckets(short_displacement_.size());
  for (size_t k = 0; k < slots.size(); ++k) buckets[ShortBucket(folded[k].first)].push_back(k);
  std::vector<size_t> order(buckets.size());
  for (size_t b = 0; b < order.size(); ++b) order[b] = b;
  std::stable_sort(order.begin(), order.end(), [&buckets](size_t a, size_t b) {
    return buckets[a].size() > buckets[b].size();
  });
  // (ShortHash keeps 16 bits, so the table has at most 2^16 slots: a lexicon of more
  // short words than that is refused with a message that says so.)
  constexpr int kMaxTableBits = 16;
  if (slots.size() > (size_t{1} << kMaxTableBits)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "lexicon: ", slots.size(), " words of at most 16 bytes; the short-word table holds ",
        size_t{1} << kMaxTableBits, " (shorten words.tsv or cues.tsv)"));
  }
  std::vector<size_t> hashes(slots.size());
  for (int table_bits = 4; table_bits <= kMaxTableBits; ++table_bits) {
    const size_t table_size = size_t{1} << table_bits;
    if (table_size < slots.size()) continue;
    short_mask_ = (table_size - 1) << kSlotShift;
    uint64_t seed = 0;
    for (int attempt = 0; attempt < 64; ++attempt) {
      // Odd multipliers from SplitMix64's sequence: a fixed series, so a fixed layout.
      seed += 0x9E3779B97F4A7C15ull;
      uint64_t z = (seed ^ (seed >> 30)) * 0xBF58476D1CE4E5B9ull;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
      short_multiplier_ = (z ^ (z >> 31)) | 1;
      for (size_t k = 0; k < slots.size(); ++k) {
        hashes[k] = ShortHash(folded[k].first, folded[k].second) >> kSlotShift;
      }
      short_displacement_.fill(0);
      short_slots_.assign(table_size, ShortSlot{});
      bool placed_all = true;
      std::vector<size_t> bucket_hashes;
      for (const size_t b : order) {
        if (buckets[b].empty()) break;
        // Words of a bucket with the same hash would share every slot.
        bucket_hashes.clear();
        for (const size_t k : buckets[b]) bucket_hashes.push_back(hashes[k]);
        std::sort(bucket_hashes.begin(), bucket_hashes.end());
        bool placed = std::adjacent_find(bucket_hashes.begin(), bucket_hashes.end()) ==
                      bucket_hashes.end();
        size_t d = 0;
        while (placed && !std::all_of(bucket_hashes.begin(), bucket_hashes.end(),
                                      [&](size_t h) { return short_slots_[h ^ d].entry == 0; })) {
          placed = ++d < table_size;
        }
        if (!placed) {
          placed_all = false;
          break;
        }
        for (const size_t k : buckets[b]) short_slots_[hashes[k] ^ d] = slots[k];
        short_displacement_[b] = static_cast<uint32_t>(d << kSlotShift);
      }
      if (placed_all) return absl::OkStatus();
    }
  }
  return absl::InternalError(
      "lexicon: no collision-free layout of the short-word table was found; two lexicon "
      "words hash alike (they differ only in bit 0x20 of a byte that is not a letter?)");
}

const WordInfo* Lexicon::FindLong(std::string_view word) const {
  return Find(LowerCased(word));
}

bool Lexicon::IsPlace(std::string_view name) const {
  if (places_.empty() || !place_filter_.MayHold(name)) return false;
  const LowerCased lower(name);
  return places_.contains(absl::string_view(lower.view().data(), lower.view().size()));
}

std::string_view Lexicon::CanonicalOrganization(std::string_view name) const {
  if (!org_alias_filter_.MayHold(name)) return {};
  const LowerCased lower(name);
  auto it = org_aliases_.find(absl::string_view(lower.view().data(), lower.view().size()));
  return it == org_aliases_.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace policy::extract_internal
