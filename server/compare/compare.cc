#include "server/compare/compare.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "server/compare/internal/index_data.h"
#include "server/compare/internal/matcher.h"
#include "server/compare/internal/stats.h"
#include "server/compare/internal/text.h"
#include "server/core/sha256.h"
#include "server/core/status_macros.h"

#ifndef POLICY_VERSION
#define POLICY_VERSION "unknown"
#endif

namespace policy::compare {
namespace {

using internal::Bitmap;
using internal::IndexData;
using internal::IndexedStatement;
using internal::kNone;
using internal::Round4;

constexpr double kSignificantZ = 1.959964;  // two-sided 5%
constexpr size_t kSnippetBytes = 240;
constexpr size_t kSharedTerms = 5;

// ---------------------------------------------------------------------------------------------
// Request checks.

absl::Status CheckRange(const char* field, int value, int low, int high) {
  if (value < low || value > high) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, " must be between ", low, " and ", high, ", got ", value));
  }
  return absl::OkStatus();
}

int32_t ParseDateField(const char* field, const std::string& value, absl::Status* status) {
  if (value.empty()) return -1;
  int year = 0, month = 0, day = 0;
  if (value.size() == 10 && value[4] == '-' && value[7] == '-' &&
      std::all_of(value.begin(), value.end(), [](char c) { return c == '-' || absl::ascii_isdigit(c); })) {
    year = std::stoi(value.substr(0, 4));
    month = std::stoi(value.substr(5, 2));
    day = std::stoi(value.substr(8, 2));
  }
  if (year == 0 || month < 1 || month > 12 || day < 1 || day > 31) {
    *status = absl::InvalidArgumentError(
        absl::StrCat(field, " must be a date \"YYYY-MM-DD\", got \"", value, "\""));
    return -1;
  }
  return year * 10000 + month * 100 + day;
}

// ---------------------------------------------------------------------------------------------
// Subjects.

std::string NormaliseName(absl::string_view name) {
  return absl::AsciiStrToLower(
      absl::StrJoin(absl::StrSplit(name, absl::ByAnyChar(" \t\r\n"), absl::SkipEmpty()), " "));
}

// Tokens of an organization-like name without corporate suffixes and possessives.
std::vector<std::string> SignificantTokens(absl::string_view name) {
  static const auto* const kSuffixes = new absl::flat_hash_set<std::string>{
      "group", "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited",
      "llc", "plc", "holding", "holdings", "sa", "ag", "gmbh", "the", "com"};
  std::vector<std::string> tokens;
  for (internal::Token& token : internal::Tokenize(name)) {
    std::string word = std::move(token.lower);
    if (word.size() > 2 && word.ends_with("'s")) word.resize(word.size() - 2);
    if (!kSuffixes->contains(word)) tokens.push_back(std::move(word));
  }
  return tokens;
}

std::string Initials(const std::vector<std::string>& tokens) {
  static const auto* const kSkip =
      new absl::flat_hash_set<std::string>{"of", "and", "for", "on", "in", "at"};
  std::string initials;
  for (const std::string& token : tokens) {
    if (!kSkip->contains(token)) initials.push_back(token[0]);
  }
  return initials;
}

// 1 = exact name or alias, 2 = same significant words, 3 = the request's words are all in the
// name, 4 = the request is the name's acronym; 0 = no match.
int LenientLevel(const std::vector<std::string>& requested, const std::string& requested_norm,
                 const internal::Group& group) {
  if (std::binary_search(group.names.begin(), group.names.end(), requested_norm)) return 1;
  if (requested.empty()) return 0;
  const std::vector<std::string> tokens = SignificantTokens(group.label);
  if (tokens.empty()) return 0;
  if (tokens == requested) return 2;
  const bool all_in = std::all_of(requested.begin(), requested.end(), [&](const std::string& word) {
    return std::find(tokens.begin(), tokens.end(), word) != tokens.end();
  });
  if (all_in) return 3;
  if (requested.size() == 1 && requested[0].size() >= 2 && tokens.size() >= 2 &&
      Initials(tokens) == requested[0]) {
    return 4;
  }
  return 0;
}

struct Subject {
  std::string label;
  std::string key;
  std::string requested_as;
  std::vector<uint32_t> groups;
  // All statements of the groups, ascending (unfiltered): the one group's own list, or a merge.
  const std::vector<uint32_t>& statements() const { return single != nullptr ? single->statements : merged; }
  const internal::Group* single = nullptr;
  std::vector<uint32_t> merged;
  // The subject's one group when it has precomputed term counts, else null.
  const internal::Group* counted_group = nullptr;
};

const internal::Group* CountedGroup(const internal::Grouping& grouping,
                                    const std::vector<uint32_t>& groups) {
  if (groups.size() != 1 || !grouping.groups[groups[0]].has_counts) return nullptr;
  return &grouping.groups[groups[0]];
}

// The statements of several groups, ascending (one group needs no merge: Subject::single).
std::vector<uint32_t> MergeStatements(const internal::Grouping& grouping,
                                      const std::vector<uint32_t>& groups) {
  std::vector<uint32_t> merged;
  for (uint32_t g : groups) {
    const auto& statements = grouping.groups[g].statements;
    merged.insert(merged.end(), statements.begin(), statements.end());
  }
  std::sort(merged.begin(), merged.end());
  merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
  return merged;
}

// Resolves `requested` to groups. Returns an empty vector when nothing matches.
absl::StatusOr<std::vector<uint32_t>> ResolveSubject(const internal::Grouping& grouping,
                                                     GroupBy group_by, const std::string& requested) {
  const std::string norm = NormaliseName(requested);
  std::vector<uint32_t> exact;
  for (uint32_t g = 0; g < grouping.groups.size(); ++g) {
    const auto& names = grouping.groups[g].names;
    if (std::binary_search(names.begin(), names.end(), norm)) exact.push_back(g);
  }
  if (!exact.empty() || group_by == GroupBy::kArticle) return exact;
  const std::vector<std::string> tokens = SignificantTokens(requested);
  int best = 0;
  std::vector<uint32_t> found;
  for (uint32_t g = 0; g < grouping.groups.size(); ++g) {
    const int level = LenientLevel(tokens, norm, grouping.groups[g]);
    if (level == 0) continue;
    if (best == 0 || level < best) {
      best = level;
      found.clear();
    }
    if (level == best) found.push_back(g);
  }
  if (group_by == GroupBy::kSpeaker && found.size() > 1) {
    // Two people are not one subject: ask for a fuller name.
    std::vector<std::string> candidates;
    for (uint32_t g : found) {
      candidates.push_back(absl::StrCat(grouping.groups[g].label, " (speakers/",
                                        grouping.groups[g].key, ")"));
      if (candidates.size() == 5) break;
    }
    return absl::InvalidArgumentError(absl::StrCat(
        "subject \"", requested, "\" matches several speakers: ", absl::StrJoin(candidates, ", "),
        "; name one by full name or id"));
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Counting.

// Terms of the subjects' scoped statements, numbered densely ("slots") so that every count
// lookup is an array access. The term -> slot table is a per-thread scratch array sized to the
// vocabulary, kept all-kNone between queries (the destructor resets the entries it set), so a
// query never clears or allocates a vocabulary-sized array.
class TermSlots {
 public:
  explicit TermSlots(size_t vocabulary) : slot_of_term_(Scratch()) {
    if (slot_of_term_.size() < vocabulary) slot_of_term_.resize(vocabulary, kNone);
  }
  ~TermSlots() {
    for (uint32_t term : terms_) slot_of_term_[term] = kNone;
  }
  TermSlots(const TermSlots&) = delete;
  TermSlots& operator=(const TermSlots&) = delete;

  uint32_t Assign(const IndexData& data, uint32_t term) {
    uint32_t& slot = slot_of_term_[term];
    if (slot == kNone) {
      slot = static_cast<uint32_t>(terms_.size());
      terms_.push_back(term);
      // Copies of what the statistics read per term, in slot order: compact and cache-friendly.
      const IndexData::TermStats& stats = data.term_stats[term];
      ngram_.push_back(static_cast<uint8_t>(stats.ngram));
      corpus_count_.push_back(stats.corpus_count);
      idf_.push_back(stats.idf);
    }
    return slot;
  }
  int ngram(uint32_t slot) const { return ngram_[slot]; }
  uint64_t corpus_count(uint32_t slot) const { return corpus_count_[slot]; }
  double idf(uint32_t slot) const { return idf_[slot]; }
  uint32_t Find(uint32_t term) const { return slot_of_term_[term]; }
  uint32_t term(uint32_t slot) const { return terms_[slot]; }
  size_t size() const { return terms_.size(); }
  // Terms at or above this id have no slot (kNone when hapax are counted by slot too).
  uint32_t hapax_floor() const { return hapax_floor_; }
  void set_hapax_floor(uint32_t floor) { hapax_floor_ = floor; }

 private:
  static std::vector<uint32_t>& Scratch() {
    thread_local std::vector<uint32_t> scratch;
    return scratch;
  }
  std::vector<uint32_t>& slot_of_term_;
  uint32_t hapax_floor_ = kNone;
  std::vector<uint32_t> terms_;
  std::vector<uint8_t> ngram_;
  std::vector<uint64_t> corpus_count_;
  std::vector<double> idf_;
};

// Term counts by slot.
struct SlotCounts {
  std::vector<uint32_t> by_slot;  // may be shorter than the slot table: missing = 0
  // Statements using each term (filled by CountScoped and CountByComplement only).
  std::vector<uint32_t> statements_by_slot;
  std::vector<uint32_t> touched;  // slots with a count, in first-seen order (deterministic)
  uint64_t totals[3] = {0, 0, 0};  // [1] unigram and [2] bigram occurrences
  // Terms seen once in the whole corpus, kept apart (no slot) when subjects do not overlap:
  // their statistics only depend on the n-gram order (count 1 here, 0 in any background).
  std::vector<uint32_t> hapax;
  uint64_t hapax_count[3] = {0, 0, 0};

  uint32_t Get(uint32_t slot) const { return slot < by_slot.size() ? by_slot[slot] : 0; }
};

// Adds `count` occurrences of `term` (see CountScoped).
inline void AddCount(const IndexData& data, uint32_t term, uint32_t count, uint32_t statements,
                     uint32_t hapax_begin, TermSlots* slots, SlotCounts* out) {
  if (term >= hapax_begin) {
    out->hapax.push_back(term);
    ++out->hapax_count[term < data.hapax_bigram_begin ? 1 : 2];
    return;
  }
  const uint32_t slot = slots->Assign(data, term);
  if (slot >= out->by_slot.size()) {
    out->by_slot.resize(std::max<size_t>(slot + 1, 2 * out->by_slot.size()), 0);
    out->statements_by_slot.resize(out->by_slot.size(), 0);
  }
  if (out->by_slot[slot] == 0) out->touched.push_back(slot);
  out->by_slot[slot] += count;
  out->statements_by_slot[slot] += statements;
}

// Counts the terms of `statements`, giving new terms a slot; with `hapax_apart`, terms seen
// once in the corpus go to `out->hapax` instead.
void CountScoped(const IndexData& data, const std::vector<uint32_t>& statements, bool hapax_apart,
                 TermSlots* slots, SlotCounts* out) {
  const uint32_t hapax_begin = hapax_apart ? data.hapax_begin : kNone;
  for (uint32_t s : statements) {
    const IndexedStatement& statement = data.statements[s];
    for (uint32_t k = statement.terms_begin; k < statement.terms_end; ++k) {
      AddCount(data, data.term_counts[k].term, data.term_counts[k].count, 1, hapax_begin, slots, out);
    }
    out->totals[1] += statement.unigrams;
    out->totals[2] += statement.bigrams;
  }
}

// The same counts as CountScoped for the statements of `group` not in `outside` (ascending),
// computed as the group's precomputed counts minus those of `outside`: cheaper when most of the
// group is in scope. Terms come in ascending id order.
void CountByComplement(const IndexData& data, const internal::Grouping& grouping,
                       const internal::Group& group, const std::vector<uint32_t>& outside,
                       bool hapax_apart, TermSlots* slots, SlotCounts* out) {
  // Counts and statements outside the scope, by term: per-thread vocabulary-sized arrays kept
  // all-zero between calls (the entries set here are reset below).
  thread_local std::vector<uint32_t> outside_counts, outside_statements;
  if (outside_counts.size() < data.terms.size()) {
    outside_counts.resize(data.terms.size(), 0);
    outside_statements.resize(data.terms.size(), 0);
  }
  std::vector<uint32_t> outside_terms;
  uint64_t outside_totals[3] = {0, 0, 0};
  for (uint32_t s : outside) {
    const IndexedStatement& statement = data.statements[s];
    for (uint32_t k = statement.terms_begin; k < statement.terms_end; ++k) {
      const internal::TermCount& tc = data.term_counts[k];
      if (outside_counts[tc.term] == 0) outside_terms.push_back(tc.term);
      outside_counts[tc.term] += tc.count;
      ++outside_statements[tc.term];
    }
    outside_totals[1] += statement.unigrams;
    outside_totals[2] += statement.bigrams;
  }
  const uint32_t hapax_begin = hapax_apart ? data.hapax_begin : kNone;
  for (size_t k = group.counts_begin; k < group.counts_end; ++k) {
    const internal::TermCount& tc = grouping.term_counts[k];
    const uint32_t count = tc.count - outside_counts[tc.term];
    if (count != 0) {
      AddCount(data, tc.term, count, grouping.term_statements[k] - outside_statements[tc.term],
               hapax_begin, slots, out);
    }
  }
  for (uint32_t term : outside_terms) {
    outside_counts[term] = 0;
    outside_statements[term] = 0;
  }
  out->totals[1] += group.unigrams - outside_totals[1];
  out->totals[2] += group.bigrams - outside_totals[2];
}

// Counts the terms of `statements` that already have a slot (the others are never looked up).
void CountKnown(const IndexData& data, const std::vector<uint32_t>& statements,
                const TermSlots& slots, size_t slot_count, SlotCounts* out) {
  out->by_slot.assign(slot_count, 0);
  for (uint32_t s : statements) {
    const IndexedStatement& statement = data.statements[s];
    for (uint32_t k = statement.terms_begin; k < statement.terms_end; ++k) {
      if (data.term_counts[k].term >= slots.hapax_floor()) continue;  // kept apart, no slot
      const uint32_t slot = slots.Find(data.term_counts[k].term);
      if (slot != kNone) out->by_slot[slot] += data.term_counts[k].count;
    }
    out->totals[1] += statement.unigrams;
    out->totals[2] += statement.bigrams;
  }
}

// ---------------------------------------------------------------------------------------------
// Evidence.

size_t Utf8Boundary(absl::string_view text, size_t at) {
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

// About kSnippetBytes of `text` around [mark_begin, mark_end) with the mark as [[...]]; no mark
// when mark_begin == mark_end.
std::string Snippet(absl::string_view text, size_t mark_begin, size_t mark_end) {
  size_t start = 0;
  size_t stop = text.size();
  if (text.size() > kSnippetBytes) {
    const size_t centre = (mark_begin + mark_end) / 2;
    start = centre > kSnippetBytes / 2 ? centre - kSnippetBytes / 2 : 0;
    start = std::min(start, mark_begin);
    stop = std::min(text.size(), std::max(start + kSnippetBytes, mark_end));
    if (stop == text.size() && stop - start < kSnippetBytes) {
      start = std::min(mark_begin, stop > kSnippetBytes ? stop - kSnippetBytes : 0);
    }
    // Move to word boundaries, never into the mark.
    if (start > 0) {
      const size_t space = text.find(' ', start);
      start = space != absl::string_view::npos && space < mark_begin ? space + 1 : Utf8Boundary(text, start);
    }
    if (stop < text.size()) {
      const size_t space = text.rfind(' ', stop);
      stop = space != absl::string_view::npos && space >= mark_end ? space : Utf8Boundary(text, stop);
    }
  }
  std::string out;
  if (start > 0) out.append("...");
  if (mark_begin < mark_end) {
    absl::StrAppend(&out, text.substr(start, mark_begin - start), "[[",
                    text.substr(mark_begin, mark_end - mark_begin), "]]",
                    text.substr(mark_end, stop - mark_end));
  } else {
    absl::StrAppend(&out, text.substr(start, stop - start));
  }
  if (stop < text.size()) out.append("...");
  return out;
}

// ---------------------------------------------------------------------------------------------
// The engine.

class Engine {
 public:
  Engine(const Index& index, const CompareRequest& request)
      : data_(index.data()), request_(request), slots_(index.data().terms.size()) {}

  absl::StatusOr<CompareResult> Run(const FrameLexicon& lexicon);

 private:
  struct Scoped {
    size_t total_count = 0;            // subject statements passing the filter
    std::vector<uint32_t> total;       // ... themselves, only with time buckets
    size_t matched_count = 0;          // ... matching the topic
    std::vector<uint32_t> matched_head;  // ... the first max_evidence of them
    std::vector<uint32_t> scoped;      // ... in scope
    Bitmap scoped_bits;             // `scoped` as a bitmap
    // With Subject::counted_group: the group's statements not in `scoped`, ascending.
    std::vector<uint32_t> outside;
    SlotCounts counts;              // term counts over `scoped`
    std::vector<std::pair<uint32_t, int64_t>> speaker_counts;  // (speaker group, `total` statements)

    // Empties every member, keeping the vectors' capacity.
    void Clear() {
      total_count = matched_count = 0;
      total.clear();
      matched_head.clear();
      scoped.clear();
      scoped_bits.clear();
      outside.clear();
      counts.by_slot.clear();
      counts.statements_by_slot.clear();
      counts.touched.clear();
      counts.hapax.clear();
      counts.totals[0] = counts.totals[1] = counts.totals[2] = 0;
      counts.hapax_count[0] = counts.hapax_count[1] = counts.hapax_count[2] = 0;
      speaker_counts.clear();
    }
  };

  absl::Status BuildFilter();
  absl::StatusOr<std::vector<Subject>> PickSubjects(std::vector<std::string>* unmatched);
  // Fills `result` (reused: its vectors keep their capacity).
  void ScopeSubject(const Subject& subject, Scoped* result) const;
  std::vector<DistinctiveTerm> Terms(size_t i, const std::vector<Subject>& subjects,
                                     const std::vector<Scoped>& scoped);
  std::vector<FrameScore> Frames(const Scoped& scoped, const internal::Group* counted_group,
                                 const FrameLexicon& lexicon,
                                 const internal::CompiledLexicon& compiled) const;
  std::vector<TimeBucketCount> Buckets(const Scoped& scoped) const;
  void CountOverlapping(const std::vector<Scoped>& scoped);
  void CountOverlappingByUnit(const std::vector<Scoped>& scoped, const Bitmap& union_bits);
  Evidence MakeEvidence(uint32_t s, uint32_t mark_first_token, uint32_t mark_tokens) const;
  Evidence TopicEvidence(uint32_t s) const;
  uint32_t FindTermToken(const IndexedStatement& statement, uint32_t term) const;
  std::vector<SimilarityPair> Similarity(const std::vector<SubjectSummary>& summaries,
                                         const std::vector<Scoped>& scoped) const;
  std::string RequestHash(const FrameLexicon& lexicon) const;

  const IndexData& data_;
  const CompareRequest& request_;
  TermSlots slots_;
  // Where subjects overlap (a speaker in two organizations): the union of all scoped
  // statements and, per subject, the statements no other subject has.
  bool overlap_ = false;
  SlotCounts union_counts_;
  std::vector<SlotCounts> exclusive_counts_;
  Bitmap considered_;
  bool all_considered_ = false;  // no filter: considered_ is all ones
  Bitmap matched_;
  std::vector<std::vector<internal::WordMatcher>> marks_;
};

absl::Status Engine::BuildFilter() {
  absl::Status status;
  const int32_t after = ParseDateField("filter.published_after", request_.published_after, &status);
  RETURN_IF_ERROR(status);
  const int32_t before = ParseDateField("filter.published_before", request_.published_before, &status);
  RETURN_IF_ERROR(status);
  if (after >= 0 && before >= 0 && after > before) {
    return absl::InvalidArgumentError(
        "filter.published_after is later than filter.published_before; swap them");
  }
  absl::flat_hash_set<std::string> outlets;
  for (const std::string& outlet : request_.outlets) outlets.insert(NormaliseName(outlet));
  const size_t n = data_.statements.size();
  considered_ = internal::EmptyBitmap(n);
  if (request_.kinds.empty() && outlets.empty() && after < 0 && before < 0) {
    for (uint64_t& block : considered_) block = ~uint64_t{0};
    if (n % 64 != 0) considered_.back() = (uint64_t{1} << (n % 64)) - 1;
    all_considered_ = true;
    return absl::OkStatus();
  }
  for (uint32_t s = 0; s < n; ++s) {
    const IndexedStatement& statement = data_.statements[s];
    const internal::ArticleInfo& article = data_.articles[statement.article];
    if (!request_.kinds.empty() &&
        std::find(request_.kinds.begin(), request_.kinds.end(), statement.kind) == request_.kinds.end()) {
      continue;
    }
    if (!outlets.empty() && !outlets.contains(article.outlet_lower)) continue;
    if ((after >= 0 || before >= 0) &&
        (article.date < 0 || (after >= 0 && article.date < after) || (before >= 0 && article.date > before))) {
      continue;
    }
    internal::Set(considered_, s);
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<Subject>> Engine::PickSubjects(std::vector<std::string>* unmatched) {
  const auto& grouping = data_.groupings[static_cast<int>(request_.group_by)];
  std::vector<Subject> subjects;
  if (!request_.subjects.empty()) {
    absl::flat_hash_map<std::string, std::string> seen;  // key -> requested
    for (const std::string& requested : request_.subjects) {
      ASSIGN_OR_RETURN(std::vector<uint32_t> groups,
                       ResolveSubject(grouping, request_.group_by, requested));
      if (groups.empty()) {
        unmatched->push_back(requested);
        continue;
      }
      Subject subject;
      subject.requested_as = requested;
      std::vector<std::string> keys;
      for (uint32_t g : groups) keys.push_back(grouping.groups[g].key);
      subject.key = absl::StrJoin(keys, "|");
      subject.label = groups.size() == 1 ? grouping.groups[groups[0]].label : requested;
      auto [it, inserted] = seen.emplace(subject.key, requested);
      if (!inserted) {
        return absl::InvalidArgumentError(absl::StrCat("subjects \"", it->second, "\" and \"",
                                                       requested, "\" both name \"", subject.label,
                                                       "\"; name each subject once"));
      }
      subject.groups = std::move(groups);
      if (subject.groups.size() == 1) {
        subject.single = &grouping.groups[subject.groups[0]];
      } else {
        subject.merged = MergeStatements(grouping, subject.groups);
      }
      subject.counted_group = CountedGroup(grouping, subject.groups);
      subjects.push_back(std::move(subject));
    }
    return subjects;
  }
  // The groups with the most matching statements.
  std::vector<uint32_t> counts(grouping.groups.size(), 0);
  for (size_t block = 0; block < matched_.size(); ++block) {
    uint64_t bits = matched_[block];
    while (bits != 0) {
      const uint32_t s = static_cast<uint32_t>(block * 64 + __builtin_ctzll(bits));
      bits &= bits - 1;
      for (uint32_t m = grouping.offsets[s]; m < grouping.offsets[s + 1]; ++m) ++counts[grouping.members[m]];
    }
  }
  std::vector<uint32_t> order;
  for (uint32_t g = 0; g < counts.size(); ++g) {
    if (counts[g] > 0) order.push_back(g);
  }
  // Named speakers first: "officials" of one article are not who a reader asked about.
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const internal::Group& ga = grouping.groups[a];
    const internal::Group& gb = grouping.groups[b];
    if (ga.description != gb.description) return gb.description;
    return counts[a] != counts[b] ? counts[a] > counts[b] : ga.key < gb.key;
  });
  if (order.size() > static_cast<size_t>(request_.top_subjects)) order.resize(request_.top_subjects);
  for (uint32_t g : order) {
    Subject subject;
    subject.label = grouping.groups[g].label;
    subject.key = grouping.groups[g].key;
    subject.groups = {g};
    subject.single = &grouping.groups[g];
    subject.counted_group = CountedGroup(grouping, subject.groups);
    subjects.push_back(std::move(subject));
  }
  return subjects;
}

void Engine::ScopeSubject(const Subject& subject, Scoped* out) const {
  Scoped& result = *out;
  result.Clear();
  const std::vector<uint32_t>& statements = subject.statements();
  const bool all = all_considered_;  // then the filter tests below are skipped
  // Statements per speaker: the group's own when nothing is filtered out, else counted here in
  // a per-thread array over the speakers, all-zero between calls.
  const bool count_speakers = !all || subject.single == nullptr;
  if (!count_speakers) {
    result.speaker_counts.assign(subject.single->speaker_counts.begin(), subject.single->speaker_counts.end());
  }
  thread_local std::vector<uint32_t> per_speaker;
  const size_t speakers = data_.groupings[internal::kSpeaker].groups.size();
  if (per_speaker.size() < speakers) per_speaker.resize(speakers, 0);
  std::vector<uint32_t> seen_speakers;
  const bool keep_total = request_.time_bucket != TimeBucket::kNone;
  if (keep_total) result.total.reserve(statements.size());
  // Passages and articles are contiguous and ascending in statement order, so the units hit by
  // a match come out sorted.
  const bool by_unit = !request_.topic.empty() && request_.scope != TopicScope::kStatement;
  const std::vector<uint32_t>& unit =
      request_.scope == TopicScope::kPassage ? data_.statement_passage : data_.statement_article;
  std::vector<uint32_t> hit;
  // Written through pointers: push_back's checks cost as much as the rest of these loops.
  result.scoped.resize(statements.size());
  uint32_t* const scoped_begin = result.scoped.data();
  uint32_t* scoped_end = scoped_begin;
  for (uint32_t s : statements) {
    if (!all && !internal::Test(considered_, s)) continue;
    ++result.total_count;
    if (keep_total) result.total.push_back(s);
    if (count_speakers) {
      const uint32_t speaker = data_.statement_speaker[s];
      if (speaker != kNone && per_speaker[speaker]++ == 0) seen_speakers.push_back(speaker);
    }
    if (!internal::Test(matched_, s)) continue;
    if (result.matched_count++ < static_cast<size_t>(request_.max_evidence)) result.matched_head.push_back(s);
    if (!by_unit) {
      *scoped_end++ = s;
    } else if (hit.empty() || hit.back() != unit[s]) {
      hit.push_back(unit[s]);
    }
  }
  for (uint32_t speaker : seen_speakers) {
    result.speaker_counts.emplace_back(speaker, per_speaker[speaker]);
    per_speaker[speaker] = 0;
  }
  result.scoped_bits.assign((data_.statements.size() + 63) / 64, 0);
  const bool want_outside = subject.counted_group != nullptr;
  if (want_outside) result.outside.resize(statements.size());
  uint32_t* outside_end = result.outside.data();
  if (by_unit) {
    size_t h = 0;
    for (uint32_t s : statements) {
      bool in_scope = false;
      if (all || internal::Test(considered_, s)) {
        const uint32_t u = unit[s];
        while (h < hit.size() && hit[h] < u) ++h;
        in_scope = h < hit.size() && hit[h] == u;
      }
      if (in_scope) {
        *scoped_end++ = s;
        internal::Set(result.scoped_bits, s);
      } else if (want_outside) {
        *outside_end++ = s;
      }
    }
  } else {
    for (const uint32_t* s = scoped_begin; s != scoped_end; ++s) internal::Set(result.scoped_bits, *s);
    if (want_outside) {
      outside_end = std::set_difference(statements.begin(), statements.end(), scoped_begin,
                                        scoped_end, outside_end);
    }
  }
  result.scoped.resize(scoped_end - scoped_begin);
  if (want_outside) result.outside.resize(outside_end - result.outside.data());
}

uint32_t Engine::FindTermToken(const IndexedStatement& statement, uint32_t term) const {
  const internal::Term& info = data_.terms[term];
  for (uint32_t t = statement.tokens_begin; t < statement.tokens_end; ++t) {
    if (info.ngram == 1) {
      if (data_.tokens[t].term == term) return t;
    } else if (data_.tokens[t].term == info.first && t + 1 < statement.tokens_end &&
               data_.tokens[t + 1].term == info.second && !data_.tokens[t + 1].break_before) {
      return t;
    }
  }
  return kNone;
}

Evidence Engine::MakeEvidence(uint32_t s, uint32_t mark_first_token, uint32_t mark_tokens) const {
  const IndexedStatement& statement = data_.statements[s];
  Evidence evidence;
  evidence.statement_id = statement.id;
  evidence.article_id = data_.articles[statement.article].id;
  if (statement.speaker != kNone) {
    evidence.speaker = data_.groupings[internal::kSpeaker].groups[statement.speaker].label;
  }
  evidence.content = statement.content;
  if (mark_first_token != kNone && mark_tokens > 0) {
    evidence.snippet = Snippet(statement.text, data_.tokens[mark_first_token].begin,
                               data_.tokens[mark_first_token + mark_tokens - 1].end);
  } else {
    evidence.snippet = Snippet(statement.text, 0, 0);
  }
  return evidence;
}

Evidence Engine::TopicEvidence(uint32_t s) const {
  const IndexedStatement& statement = data_.statements[s];
  for (uint32_t t = statement.tokens_begin; t < statement.tokens_end; ++t) {
    for (const auto& sequence : marks_) {
      const uint32_t length = internal::MatchAt(data_, t, statement.tokens_end, sequence);
      if (length > 0) return MakeEvidence(s, t, length);
    }
  }
  return MakeEvidence(s, kNone, 0);
}

std::vector<DistinctiveTerm> Engine::Terms(size_t i, const std::vector<Subject>& subjects,
                                           const std::vector<Scoped>& scoped) {
  const SlotCounts& mine = scoped[i].counts;
  // Background: the other subjects (their union, minus statements only this subject has), or
  // the corpus minus everything the subject said. One subject alone is compared with the corpus.
  const bool against_corpus = request_.background == Background::kCorpus || subjects.size() < 2;
  SlotCounts own_all;
  if (const internal::Group* group = subjects[i].counted_group; against_corpus && group != nullptr) {
    // The subject's precomputed counts, for the terms that have a slot.
    const auto& counts = data_.groupings[static_cast<int>(request_.group_by)].term_counts;
    own_all.by_slot.assign(slots_.size(), 0);
    for (size_t k = group->counts_begin; k < group->counts_end; ++k) {
      if (counts[k].term >= slots_.hapax_floor()) break;  // ascending: the rest are kept apart
      const uint32_t slot = slots_.Find(counts[k].term);
      if (slot != kNone) own_all.by_slot[slot] += counts[k].count;
    }
    own_all.totals[1] = group->unigrams;
    own_all.totals[2] = group->bigrams;
  } else if (against_corpus) {
    CountKnown(data_, subjects[i].statements(), slots_, slots_.size(), &own_all);
  }
  auto background = [&](uint32_t slot) -> uint64_t {
    if (against_corpus) return data_.terms[slots_.term(slot)].corpus_count - own_all.Get(slot);
    if (overlap_) return union_counts_.Get(slot) - exclusive_counts_[i].Get(slot);
    return union_counts_.Get(slot) - mine.Get(slot);  // no overlap: the union is the sum
  };
  const uint64_t corpus_total[3] = {0, data_.corpus_unigrams, data_.corpus_bigrams};
  uint64_t background_total[3] = {0, 0, 0};
  for (int ngram = 1; ngram <= 2; ++ngram) {
    if (against_corpus) {
      background_total[ngram] = corpus_total[ngram] - own_all.totals[ngram];
    } else {
      background_total[ngram] = union_counts_.totals[ngram] -
                                (overlap_ ? exclusive_counts_[i] : mine).totals[ngram];
    }
  }
  struct Inputs {
    double y_i, n_i, y_j, n_j, a_w, a0;
  };
  auto inputs = [&](uint32_t slot) {
    const int ngram = slots_.ngram(slot);
    Inputs in;
    in.y_i = mine.by_slot[slot];
    in.n_i = static_cast<double>(mine.totals[ngram]);
    in.y_j = static_cast<double>(background(slot));
    in.n_j = static_cast<double>(background_total[ngram]);
    // Informative Dirichlet prior: the corpus frequency of the term, scaled to a0 pseudo-counts
    // where a0 is the size of the smaller side (docs/compare.md explains the choice).
    in.a0 = std::max(1.0, std::min(in.n_i, in.n_j));
    in.a_w = in.a0 * static_cast<double>(slots_.corpus_count(slot)) /
             static_cast<double>(corpus_total[ngram]);
    return in;
  };

  // Rank every term of the subject by z; compute the rest only for the terms reported.
  struct Candidate {
    double z;
    uint32_t term;
    uint32_t slot;  // kNone for a corpus hapax
  };
  std::vector<Candidate> ranked;
  ranked.reserve(mine.touched.size() + 2 * static_cast<size_t>(request_.max_terms));
  // Most terms are rare and share their inputs (n, a0 are fixed per n-gram order), so the z of
  // small counts is memoised: [ngram][y_i][y_j][corpus count].
  constexpr int kMemo = 6;
  double memo[3][kMemo][kMemo][kMemo];
  std::fill(&memo[0][0][0][0], &memo[0][0][0][0] + 3 * kMemo * kMemo * kMemo, std::nan(""));
  for (uint32_t slot : mine.touched) {
    const int ngram = slots_.ngram(slot);
    if (request_.unigrams_only && ngram != 1) continue;
    const Inputs in = inputs(slot);
    const uint64_t corpus_count = slots_.corpus_count(slot);
    double* cached = in.y_i < kMemo && in.y_j < kMemo && corpus_count < kMemo
                         ? &memo[ngram][static_cast<int>(in.y_i)][static_cast<int>(in.y_j)][corpus_count]
                         : nullptr;
    double z;
    if (cached != nullptr && !std::isnan(*cached)) {
      z = *cached;
    } else {
      z = Round4(internal::LogOddsDirichlet(in.y_i, in.n_i, in.y_j, in.n_j, in.a_w, in.a0).z);
      if (cached != nullptr) *cached = z;
    }
    ranked.push_back({z, slots_.term(slot), slot});
  }
  // Corpus hapax (kept apart when subjects do not overlap): count 1 here, 0 in the background,
  // so one z per n-gram order; ids within a block are in key order, so the smallest ids are the
  // ones that win ties.
  auto hapax_inputs = [&](int ngram) {
    Inputs in;
    in.y_i = 1;
    in.y_j = 0;
    in.n_i = static_cast<double>(mine.totals[ngram]);
    in.n_j = static_cast<double>(background_total[ngram]);
    in.a0 = std::max(1.0, std::min(in.n_i, in.n_j));
    in.a_w = in.a0 / static_cast<double>(corpus_total[ngram]);
    return in;
  };
  if (!mine.hapax.empty()) {
    std::vector<uint32_t> hapax = mine.hapax;
    auto bigrams_begin = std::partition(hapax.begin(), hapax.end(),
                                        [&](uint32_t t) { return t < data_.hapax_bigram_begin; });
    std::vector<uint32_t> unigram_hapax(hapax.begin(), bigrams_begin);
    std::vector<uint32_t> bigram_hapax(bigrams_begin, hapax.end());
    for (int ngram = 1; ngram <= 2; ++ngram) {
      if (request_.unigrams_only && ngram != 1) continue;
      std::vector<uint32_t>& block = ngram == 1 ? unigram_hapax : bigram_hapax;
      if (block.empty()) continue;
      const Inputs in = hapax_inputs(ngram);
      const double z = Round4(internal::LogOddsDirichlet(in.y_i, in.n_i, in.y_j, in.n_j, in.a_w, in.a0).z);
      const size_t take = std::min(block.size(), static_cast<size_t>(request_.max_terms));
      std::partial_sort(block.begin(), block.begin() + take, block.end());
      for (size_t k = 0; k < take; ++k) ranked.push_back({z, block[k], kNone});
    }
  }
  const size_t keep = std::min(ranked.size(), static_cast<size_t>(request_.max_terms));
  std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(),
                    [&](const Candidate& a, const Candidate& b) {
                      if (a.z != b.z) return a.z > b.z;
                      return data_.key_rank[a.term] < data_.key_rank[b.term];
                    });
  ranked.resize(keep);

  std::vector<DistinctiveTerm> terms;
  const Scoped& subject = scoped[i];
  for (const Candidate& candidate : ranked) {
    const uint32_t term_id = candidate.term;
    const double z = candidate.z;
    const internal::Term& info = data_.terms[term_id];
    const Inputs in = candidate.slot != kNone ? inputs(candidate.slot) : hapax_inputs(info.ngram);
    const internal::LogOdds odds = internal::LogOddsDirichlet(in.y_i, in.n_i, in.y_j, in.n_j, in.a_w, in.a0);
    DistinctiveTerm term;
    term.term = info.surface;
    term.stem = info.key;
    term.ngram = info.ngram;
    term.count = static_cast<int64_t>(in.y_i);
    term.background_count = static_cast<int64_t>(in.y_j);
    term.log_odds = Round4(odds.delta);
    term.z_score = z;
    const double g2 = internal::SignedG2(in.y_i, in.n_i, in.y_j, in.n_j);
    term.g2 = Round4(g2);
    term.p_value = Round4(internal::ChiSquared1PValue(g2));
    term.log_ratio = Round4(internal::LogRatio(in.y_i, in.n_i, in.y_j, in.n_j));
    if (in.y_i < request_.min_count) {
      term.term_class = TermClass::kTooRare;
    } else if (odds.z >= kSignificantZ) {
      term.term_class = TermClass::kDistinctive;
    } else if (odds.z <= -kSignificantZ) {
      term.term_class = TermClass::kUnderRepresented;
    } else {
      term.term_class = TermClass::kShared;
    }
    // A corpus hapax is used once, in the one statement in scope.
    term.statement_count = candidate.slot != kNone ? mine.statements_by_slot[candidate.slot] : 1;
    // Evidence: the statements in scope using the term most, then in corpus order; the term's
    // postings are in that order, so the first ones in scope are the answer.
    const uint32_t* posting = data_.term_postings.data() + data_.term_posting_offsets[term_id];
    const uint32_t* posting_end = data_.term_postings.data() + data_.term_posting_offsets[term_id + 1];
    for (; posting != posting_end && term.evidence.size() < static_cast<size_t>(request_.max_evidence);
         ++posting) {
      const uint32_t s = *posting;
      if (!internal::Test(subject.scoped_bits, s)) continue;
      term.evidence.push_back(MakeEvidence(s, FindTermToken(data_.statements[s], term_id), info.ngram));
    }
    terms.push_back(std::move(term));
  }
  return terms;
}

std::vector<FrameScore> Engine::Frames(const Scoped& scoped, const internal::Group* counted_group,
                                       const FrameLexicon& lexicon,
                                       const internal::CompiledLexicon& compiled) const {
  // The default lexicon's triggers were found at Build; a request's own lexicon is matched now.
  const bool precomputed = &compiled == &data_.default_compiled;
  std::unique_ptr<internal::FrameMatcher> matcher;
  if (!precomputed) matcher = std::make_unique<internal::FrameMatcher>(compiled);
  const size_t frame_count = lexicon.frames().size();
  std::vector<int64_t> hits(frame_count, 0);
  std::vector<int64_t> statements(frame_count, 0);
  std::vector<std::vector<Evidence>> evidence(frame_count);
  std::vector<int64_t> trigger_counts(compiled.entries.size(), 0);
  std::vector<uint32_t> first_hit(frame_count, kNone);
  std::vector<uint32_t> first_hit_length(frame_count, 0);
  std::vector<uint32_t> fired;
  std::vector<internal::FrameHit> computed;
  const bool by_complement = precomputed && counted_group != nullptr &&
                             scoped.outside.size() < scoped.scoped.size();
  if (by_complement) {
    // Most of the group is in scope: its precomputed sums minus the statements outside the
    // scope, and evidence from the frames' postings (the first statements in scope).
    const internal::Grouping& grouping = data_.groupings[static_cast<int>(request_.group_by)];
    for (size_t k = counted_group->entry_hits_begin; k < counted_group->entry_hits_end; ++k) {
      trigger_counts[grouping.entry_hits[k].term] = grouping.entry_hits[k].count;
    }
    for (size_t k = counted_group->frame_statements_begin; k < counted_group->frame_statements_end; ++k) {
      statements[grouping.frame_statements[k].term] = grouping.frame_statements[k].count;
    }
    for (uint32_t s : scoped.outside) {
      const IndexedStatement& statement = data_.statements[s];
      for (uint32_t h = statement.frame_hits_begin; h < statement.frame_hits_end; ++h) {
        const internal::FrameHit& hit = data_.default_frame_hits[h];
        trigger_counts[hit.entry] -= hit.count;
        const uint32_t f = compiled.entries[hit.entry].frame;
        if (first_hit[f] == kNone) {
          first_hit[f] = 0;
          fired.push_back(f);
        }
      }
      for (uint32_t f : fired) {
        --statements[f];
        first_hit[f] = kNone;
      }
      fired.clear();
    }
    for (uint32_t e = 0; e < compiled.entries.size(); ++e) hits[compiled.entries[e].frame] += trigger_counts[e];
    // Evidence: the first statements in scope where the frame fired. Reading the frame's
    // postings (statements where it fired anywhere) until enough are in scope is the fast way
    // unless the frame fires mostly outside the scope; frames whose postings are much longer
    // than the scope are found in one pass over the scoped statements instead.
    const size_t wanted = static_cast<size_t>(request_.max_evidence);
    std::vector<uint32_t> by_scope;
    for (uint32_t f = 0; f < frame_count && wanted > 0; ++f) {
      if (statements[f] == 0) continue;
      if (data_.frame_posting_offsets[f + 1] - data_.frame_posting_offsets[f] > 4 * scoped.scoped.size()) {
        by_scope.push_back(f);
        continue;
      }
      for (uint32_t p = data_.frame_posting_offsets[f];
           p < data_.frame_posting_offsets[f + 1] &&
           evidence[f].size() < static_cast<size_t>(request_.max_evidence);
           ++p) {
        const uint32_t s = data_.frame_postings[p];
        if (!internal::Test(scoped.scoped_bits, s)) continue;
        // The frame's first hit in the statement, as the scan below picks it.
        const IndexedStatement& statement = data_.statements[s];
        uint32_t first = kNone, length = 0;
        for (uint32_t h = statement.frame_hits_begin; h < statement.frame_hits_end; ++h) {
          const internal::FrameHit& hit = data_.default_frame_hits[h];
          if (compiled.entries[hit.entry].frame == f && (first == kNone || hit.first_token < first)) {
            first = hit.first_token;
            length = hit.length;
          }
        }
        evidence[f].push_back(MakeEvidence(s, first, length));
      }
    }
    if (!by_scope.empty()) {
      std::vector<bool> pending(frame_count, false);
      size_t open = 0;  // frames still short of evidence
      for (uint32_t f : by_scope) {
        pending[f] = true;
        ++open;
      }
      for (size_t j = 0; j < scoped.scoped.size() && open > 0; ++j) {
        const uint32_t s = scoped.scoped[j];
        const IndexedStatement& statement = data_.statements[s];
        for (uint32_t h = statement.frame_hits_begin; h < statement.frame_hits_end; ++h) {
          const internal::FrameHit& hit = data_.default_frame_hits[h];
          const uint32_t f = compiled.entries[hit.entry].frame;
          if (!pending[f]) continue;
          if (first_hit[f] == kNone) fired.push_back(f);
          if (first_hit[f] == kNone || hit.first_token < first_hit[f]) {
            first_hit[f] = hit.first_token;
            first_hit_length[f] = hit.length;
          }
        }
        for (uint32_t f : fired) {
          evidence[f].push_back(MakeEvidence(s, first_hit[f], first_hit_length[f]));
          first_hit[f] = kNone;
          if (evidence[f].size() == wanted || evidence[f].size() == static_cast<size_t>(statements[f])) {
            pending[f] = false;
            --open;
          }
        }
        fired.clear();
      }
    }
  }
  for (size_t j = 0; j < scoped.scoped.size() && !by_complement; ++j) {
    const uint32_t s = scoped.scoped[j];
    const IndexedStatement& statement = data_.statements[s];
    const internal::FrameHit* begin;
    const internal::FrameHit* end;
    if (precomputed) {
      begin = data_.default_frame_hits.data() + statement.frame_hits_begin;
      end = data_.default_frame_hits.data() + statement.frame_hits_end;
    } else {
      computed.clear();
      matcher->Match(data_, statement, &computed);
      begin = computed.data();
      end = computed.data() + computed.size();
    }
    if (begin == end) continue;
    fired.clear();
    for (const internal::FrameHit* hit = begin; hit != end; ++hit) {
      const uint32_t f = compiled.entries[hit->entry].frame;
      hits[f] += hit->count;
      trigger_counts[hit->entry] += hit->count;
      if (first_hit[f] == kNone) fired.push_back(f);
      if (first_hit[f] == kNone || hit->first_token < first_hit[f]) {
        first_hit[f] = hit->first_token;
        first_hit_length[f] = hit->length;
      }
    }
    for (uint32_t f : fired) {
      ++statements[f];
      if (evidence[f].size() < static_cast<size_t>(request_.max_evidence)) {
        evidence[f].push_back(MakeEvidence(s, first_hit[f], first_hit_length[f]));
      }
      first_hit[f] = kNone;
    }
  }

  absl::flat_hash_map<std::string, int64_t> group_hits;
  for (uint32_t f = 0; f < frame_count; ++f) group_hits[lexicon.frames()[f].group] += hits[f];
  const double tokens = static_cast<double>(scoped.counts.totals[1]);
  std::vector<FrameScore> frames;
  for (uint32_t f = 0; f < frame_count; ++f) {
    if (hits[f] == 0) continue;
    const Frame& frame = lexicon.frames()[f];
    FrameScore score;
    score.frame = frame.name;
    score.group = frame.group;
    score.hits = hits[f];
    score.rate_per_1000 = tokens > 0 ? Round4(1000.0 * static_cast<double>(hits[f]) / tokens) : 0.0;
    score.share = Round4(static_cast<double>(hits[f]) / static_cast<double>(group_hits[frame.group]));
    score.statement_count = statements[f];
    for (uint32_t e = 0; e < compiled.entries.size(); ++e) {
      if (compiled.entries[e].frame == f && trigger_counts[e] > 0) {
        score.triggers.push_back({compiled.entries[e].text, trigger_counts[e]});
      }
    }
    std::sort(score.triggers.begin(), score.triggers.end(), [](const FrameTrigger& a, const FrameTrigger& b) {
      return a.count != b.count ? a.count > b.count : a.term < b.term;
    });
    score.evidence = std::move(evidence[f]);
    frames.push_back(std::move(score));
  }
  std::sort(frames.begin(), frames.end(), [](const FrameScore& a, const FrameScore& b) {
    return a.hits != b.hits ? a.hits > b.hits : a.frame < b.frame;
  });
  return frames;
}

// Where subjects overlap (a speaker in two organizations): counts the union of the scoped
// statements and each subject's exclusive ones in one pass over the union.
void Engine::CountOverlapping(const std::vector<Scoped>& scoped) {
  const size_t slot_count = slots_.size();
  const size_t n = data_.statements.size();
  // The subjects of each statement as a bit mask (kMaxSubjects <= 64): a per-thread array,
  // all-zero between calls (the pass below resets what it reads).
  thread_local std::vector<uint64_t> masks;
  if (masks.size() < n) masks.resize(n, 0);
  Bitmap in_union = internal::EmptyBitmap(n);
  for (size_t i = 0; i < scoped.size(); ++i) {
    for (uint32_t s : scoped[i].scoped) {
      masks[s] |= uint64_t{1} << i;
      internal::Set(in_union, s);
    }
  }
  union_counts_.by_slot.assign(slot_count, 0);
  exclusive_counts_.resize(scoped.size());
  for (SlotCounts& counts : exclusive_counts_) counts.by_slot.assign(slot_count, 0);
  const uint32_t hapax_floor = slots_.hapax_floor();
  for (size_t block = 0; block < in_union.size(); ++block) {
    for (uint64_t bits = in_union[block]; bits != 0; bits &= bits - 1) {
      const uint32_t s = static_cast<uint32_t>(block * 64 + __builtin_ctzll(bits));
      const uint64_t mask = masks[s];
      masks[s] = 0;
      SlotCounts* exclusive =
          (mask & (mask - 1)) == 0 ? &exclusive_counts_[__builtin_ctzll(mask)] : nullptr;
      const IndexedStatement& statement = data_.statements[s];
      for (uint32_t k = statement.terms_begin; k < statement.terms_end; ++k) {
        const internal::TermCount& tc = data_.term_counts[k];
        if (tc.term >= hapax_floor) continue;  // kept apart, no slot
        const uint32_t slot = slots_.Find(tc.term);
        if (slot == kNone) continue;
        union_counts_.by_slot[slot] += tc.count;
        if (exclusive != nullptr) exclusive->by_slot[slot] += tc.count;
      }
      union_counts_.totals[1] += statement.unigrams;
      union_counts_.totals[2] += statement.bigrams;
      if (exclusive != nullptr) {
        exclusive->totals[1] += statement.unigrams;
        exclusive->totals[2] += statement.bigrams;
      }
    }
  }
}

// CountOverlapping's counts, read unit by unit (see internal::UnitGrouping): every statement of
// a unit belongs to the same subjects and is in scope for all of them or none, so a unit
// adds its scoped statements to the union, and to one subject's exclusive counts when it
// belongs to that subject only. A unit with precomputed counts and few statements out of scope
// adds its counts minus those statements.
void Engine::CountOverlappingByUnit(const std::vector<Scoped>& scoped, const Bitmap& scoped_bits) {
  const size_t slot_count = slots_.size();
  const internal::GroupingKind unit_kind = internal::UnitGrouping(static_cast<int>(request_.group_by));
  const internal::Grouping& units = data_.groupings[unit_kind];
  // The subjects of each unit as a bit mask: a per-thread array, all-zero between calls.
  thread_local std::vector<uint64_t> masks;
  if (masks.size() < units.groups.size()) masks.resize(units.groups.size(), 0);
  std::vector<uint32_t> in_union;  // units
  for (size_t i = 0; i < scoped.size(); ++i) {
    if (unit_kind == internal::kSpeaker) {
      // A speaker's unit is its speaker group: the subject's speakers are at hand. (Those
      // with no statement in scope add nothing below.)
      for (const auto& [u, count] : scoped[i].speaker_counts) {
        if (masks[u] == 0) in_union.push_back(u);
        masks[u] |= uint64_t{1} << i;
      }
      continue;
    }
    uint32_t previous = kNone;
    for (uint32_t s : scoped[i].scoped) {
      const uint32_t u = units.members[units.offsets[s]];  // grouped statements have a unit
      if (u == previous) continue;
      previous = u;
      if (masks[u] == 0) in_union.push_back(u);
      masks[u] |= uint64_t{1} << i;
    }
  }
  std::sort(in_union.begin(), in_union.end());
  union_counts_.by_slot.assign(slot_count, 0);
  exclusive_counts_.resize(scoped.size());
  for (SlotCounts& counts : exclusive_counts_) counts.by_slot.assign(slot_count, 0);
  const uint32_t hapax_floor = slots_.hapax_floor();
  std::vector<uint32_t> inside, outside;
  for (uint32_t u : in_union) {
    const uint64_t mask = masks[u];
    masks[u] = 0;
    SlotCounts* exclusive =
        (mask & (mask - 1)) == 0 ? &exclusive_counts_[__builtin_ctzll(mask)] : nullptr;
    const internal::Group& unit = units.groups[u];
    inside.clear();
    outside.clear();
    for (uint32_t s : unit.statements) {
      (internal::Test(scoped_bits, s) ? inside : outside).push_back(s);
    }
    auto add = [&](uint32_t term, uint32_t count) {
      const uint32_t slot = slots_.Find(term);
      if (slot == kNone) return;
      union_counts_.by_slot[slot] += count;
      if (exclusive != nullptr) exclusive->by_slot[slot] += count;
    };
    // Adds (or subtracts: unsigned arithmetic wraps back) the statements' counts.
    auto add_statements = [&](const std::vector<uint32_t>& statements, bool subtract) {
      for (uint32_t s : statements) {
        const IndexedStatement& statement = data_.statements[s];
        for (uint32_t k = statement.terms_begin; k < statement.terms_end; ++k) {
          const internal::TermCount& tc = data_.term_counts[k];
          if (tc.term < hapax_floor) add(tc.term, subtract ? 0u - tc.count : tc.count);
        }
        const uint64_t totals[3] = {0, subtract ? 0 - uint64_t{statement.unigrams} : statement.unigrams,
                                    subtract ? 0 - uint64_t{statement.bigrams} : statement.bigrams};
        for (int ngram = 1; ngram <= 2; ++ngram) {
          union_counts_.totals[ngram] += totals[ngram];
          if (exclusive != nullptr) exclusive->totals[ngram] += totals[ngram];
        }
      }
    };
    const double per_statement = unit.has_counts ? static_cast<double>(unit.statement_term_entries) /
                                                       static_cast<double>(unit.statements.size())
                                                 : 0.0;
    if (unit.has_counts &&
        per_statement * static_cast<double>(outside.size()) +
                static_cast<double>(unit.counts_end - unit.counts_begin) <
            per_statement * static_cast<double>(inside.size())) {
      for (size_t k = unit.counts_begin; k < unit.counts_end; ++k) {
        const internal::TermCount& tc = units.term_counts[k];
        if (tc.term >= hapax_floor) break;  // ascending: the rest are kept apart
        add(tc.term, tc.count);
      }
      const uint64_t totals[3] = {0, unit.unigrams, unit.bigrams};
      for (int ngram = 1; ngram <= 2; ++ngram) {
        union_counts_.totals[ngram] += totals[ngram];
        if (exclusive != nullptr) exclusive->totals[ngram] += totals[ngram];
      }
      add_statements(outside, true);
    } else {
      add_statements(inside, false);
    }
  }
}

std::vector<TimeBucketCount> Engine::Buckets(const Scoped& scoped) const {
  auto bucket_of = [&](uint32_t s) -> std::string {
    const internal::ArticleInfo& article = data_.articles[data_.statements[s].article];
    if (article.date < 0) return "unknown";
    const int year = article.date / 10000;
    const int month = article.date / 100 % 100;
    switch (request_.time_bucket) {
      case TimeBucket::kMonth: return absl::StrCat(year, "-", month < 10 ? "0" : "", month);
      case TimeBucket::kQuarter: return absl::StrCat(year, "-Q", (month - 1) / 3 + 1);
      default: return absl::StrCat(year);
    }
  };
  std::map<std::string, TimeBucketCount> buckets;
  for (uint32_t s : scoped.total) {
    TimeBucketCount& bucket = buckets[bucket_of(s)];
    ++bucket.total_statements;
  }
  for (uint32_t s : scoped.scoped) ++buckets[bucket_of(s)].matched_statements;
  std::vector<TimeBucketCount> out;
  for (auto& [name, bucket] : buckets) {
    bucket.bucket = name;
    if (name != "unknown") out.push_back(bucket);
  }
  if (auto it = buckets.find("unknown"); it != buckets.end()) out.push_back(it->second);
  return out;
}

std::vector<SimilarityPair> Engine::Similarity(const std::vector<SubjectSummary>& summaries,
                                               const std::vector<Scoped>& scoped) const {
  auto included = [&](uint32_t slot) { return !request_.unigrams_only || slots_.ngram(slot) == 1; };
  std::vector<double> norms(scoped.size(), 0.0);
  std::vector<double> totals(scoped.size(), 0.0);
  for (size_t i = 0; i < scoped.size(); ++i) {
    for (uint32_t slot : scoped[i].counts.touched) {
      if (!included(slot)) continue;
      const double count = scoped[i].counts.by_slot[slot];
      const double w = count * slots_.idf(slot);
      norms[i] += w * w;
      totals[i] += count;
    }
    // Corpus hapax: count 1, document frequency 1, never shared.
    const double hapax_idf = std::log(static_cast<double>(data_.statements.size()));
    for (int ngram = 1; ngram <= 2; ++ngram) {
      if (request_.unigrams_only && ngram != 1) continue;
      const double count = static_cast<double>(scoped[i].counts.hapax_count[ngram]);
      norms[i] += count * hapax_idf * hapax_idf;
      totals[i] += count;
    }
    norms[i] = std::sqrt(norms[i]);
  }
  std::vector<SimilarityPair> pairs;
  for (size_t a = 0; a < scoped.size(); ++a) {
    for (size_t b = a + 1; b < scoped.size(); ++b) {
      SimilarityPair pair;
      pair.a = summaries[a].label;
      pair.b = summaries[b].label;
      // Only the terms both use need work: for a term only one side uses, the Jensen-Shannon
      // summand p/2 log2(p / (p/2)) is p/2, so those add (1 - shared p)/2 + (1 - shared q)/2.
      double dot = 0, shared_p = 0, shared_q = 0, shared_divergence = 0;
      std::vector<std::pair<double, uint32_t>> shared;  // (rounded contribution, slot)
      for (uint32_t slot : scoped[a].counts.touched) {
        const double cy = scoped[b].counts.Get(slot);
        if (cy == 0 || !included(slot)) continue;
        const double cx = scoped[a].counts.by_slot[slot];
        const double idf = slots_.idf(slot);
        const double product = cx * idf * cy * idf;
        dot += product;
        if (product > 0) shared.emplace_back(Round4(product), slot);
        const double p = cx / totals[a];
        const double q = cy / totals[b];
        const double m = (p + q) / 2;
        shared_p += p;
        shared_q += q;
        shared_divergence += 0.5 * p * std::log2(p / m) + 0.5 * q * std::log2(q / m);
      }
      pair.cosine = norms[a] > 0 && norms[b] > 0 ? Round4(dot / (norms[a] * norms[b])) : 0.0;
      pair.jensen_shannon =
          totals[a] > 0 && totals[b] > 0
              ? Round4(0.5 * (1 - shared_p) + 0.5 * (1 - shared_q) + shared_divergence)
              : 1.0;
      const size_t keep = std::min(shared.size(), kSharedTerms);
      std::partial_sort(shared.begin(), shared.begin() + keep, shared.end(), [&](const auto& l, const auto& r) {
        if (l.first != r.first) return l.first > r.first;
        return data_.key_rank[slots_.term(l.second)] < data_.key_rank[slots_.term(r.second)];
      });
      for (size_t k = 0; k < keep; ++k) {
        pair.shared_terms.push_back(data_.terms[slots_.term(shared[k].second)].surface);
      }
      pairs.push_back(std::move(pair));
    }
  }
  return pairs;
}

std::string Engine::RequestHash(const FrameLexicon& lexicon) const {
  std::vector<std::string> outlets;
  for (const std::string& outlet : request_.outlets) outlets.push_back(NormaliseName(outlet));
  std::sort(outlets.begin(), outlets.end());
  std::vector<int> kinds;
  for (StatementKind kind : request_.kinds) kinds.push_back(static_cast<int>(kind));
  std::sort(kinds.begin(), kinds.end());
  kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
  const std::string options = absl::StrCat(
      "compare-request-v1\n", "topic=", request_.topic.Canonical(), "\n",
      "group_by=", static_cast<int>(request_.group_by), "\n",
      "subjects=", absl::StrJoin(request_.subjects, "\x1f"), "\n",
      "top_subjects=", request_.subjects.empty() ? request_.top_subjects : 0, "\n",
      "scope=", static_cast<int>(request_.scope), "\n",
      "published_after=", request_.published_after, "\n",
      "published_before=", request_.published_before, "\n",
      "outlets=", absl::StrJoin(outlets, "\x1f"), "\n",
      "kinds=", absl::StrJoin(kinds, ","), "\n",
      "max_terms=", request_.max_terms, "\n", "min_count=", request_.min_count, "\n",
      "unigrams_only=", request_.unigrams_only ? 1 : 0, "\n",
      "background=", static_cast<int>(request_.background), "\n",
      "time_bucket=", static_cast<int>(request_.time_bucket), "\n",
      "max_evidence=", request_.max_evidence, "\n", "lexicon=\n", lexicon.canonical_text());
  return Sha256Hex(options).substr(0, 16);
}

absl::StatusOr<CompareResult> Engine::Run(const FrameLexicon& lexicon) {
  RETURN_IF_ERROR(CheckRange("top_subjects", request_.top_subjects, 1, kMaxSubjects));
  RETURN_IF_ERROR(CheckRange("max_terms", request_.max_terms, 0, kMaxTerms));
  RETURN_IF_ERROR(CheckRange("min_count", request_.min_count, 1, 1000000));
  RETURN_IF_ERROR(CheckRange("max_evidence", request_.max_evidence, 0, kMaxEvidence));
  if (request_.subjects.size() > static_cast<size_t>(kMaxSubjects)) {
    return absl::InvalidArgumentError(absl::StrCat("at most ", kMaxSubjects, " subjects, got ",
                                                   request_.subjects.size()));
  }
  RETURN_IF_ERROR(BuildFilter());

  CompareResult result;
  result.corpus_revision = data_.revision;
  result.server_version = POLICY_VERSION;
  result.lexicon_hash = lexicon.hash();
  result.request_hash = RequestHash(lexicon);
  result.parsed_topic = request_.topic.Canonical();

  if (request_.topic.empty()) {
    matched_ = considered_;
  } else {
    matched_ = internal::EvaluateQuery(data_, request_.topic.root());
    for (size_t i = 0; i < matched_.size(); ++i) matched_[i] &= considered_[i];
    marks_ = internal::PositiveSequences(data_, request_.topic.root());
  }
  for (uint64_t block : considered_) result.considered_statements += __builtin_popcountll(block);
  for (uint64_t block : matched_) result.matched_statements += __builtin_popcountll(block);

  ASSIGN_OR_RETURN(std::vector<Subject> subjects, PickSubjects(&result.unmatched_subjects));

  // Scope every subject and count its terms; then the union of all subjects and, where subjects
  // overlap (a speaker in two organizations), each subject's exclusive statements.
  // Per-thread and reused between calls: the subjects' statement lists are large (a quarter of
  // a call went to malloc when they were allocated each time). Run does not nest.
  thread_local std::vector<Scoped> scoped;
  scoped.resize(subjects.size());
  for (size_t i = 0; i < subjects.size(); ++i) ScopeSubject(subjects[i], &scoped[i]);
  // Subjects overlap when their union is smaller than the sum of their sizes.
  Bitmap union_bits = internal::EmptyBitmap(data_.statements.size());
  {
    size_t sizes = 0, union_size = 0;
    for (const Scoped& subject : scoped) {
      sizes += subject.scoped.size();
      for (size_t block = 0; block < union_bits.size(); ++block) union_bits[block] |= subject.scoped_bits[block];
    }
    for (uint64_t block : union_bits) union_size += __builtin_popcountll(block);
    overlap_ = union_size < sizes;
  }
  // Without overlap a corpus hapax belongs to one subject and to no background, so it needs no
  // slot (the common case, and most of the term types of a large corpus).
  if (!overlap_) slots_.set_hapax_floor(data_.hapax_begin);
  const internal::Grouping& grouping = data_.groupings[static_cast<int>(request_.group_by)];
  for (size_t i = 0; i < scoped.size(); ++i) {
    Scoped& subject = scoped[i];
    subject.counts.by_slot.reserve(slots_.size() + 32 * subject.scoped.size());
    // By complement when reading the statements outside the scope and the group's counts is
    // below reading the statements in scope (estimated from the group's average vector; an
    // entry outside costs less than one counted in scope, which takes a slot).
    const internal::Group* group = subjects[i].counted_group;
    const auto entries = [&](size_t statements) {
      return static_cast<double>(statements) * static_cast<double>(group->statement_term_entries) /
             static_cast<double>(group->statements.size());
    };
    if (group != nullptr &&
        entries(group->statements.size() - subject.scoped.size()) +
                static_cast<double>(group->counts_end - group->counts_begin) <
            entries(subject.scoped.size())) {
      CountByComplement(data_, grouping, *group, subject.outside, !overlap_, &slots_, &subject.counts);
    } else {
      CountScoped(data_, subject.scoped, !overlap_, &slots_, &subject.counts);
    }
  }
  if (!overlap_) {
    union_counts_.by_slot.assign(slots_.size(), 0);
    for (const Scoped& subject : scoped) {
      for (uint32_t slot : subject.counts.touched) union_counts_.by_slot[slot] += subject.counts.by_slot[slot];
      for (int ngram = 1; ngram <= 2; ++ngram) union_counts_.totals[ngram] += subject.counts.totals[ngram];
    }
  } else {
    // A statement's scope does not depend on the subject when groups are unions of units and
    // the scope unit (statement, passage, article) lies within one unit.
    const bool by_unit =
        grouping.units_uniform &&
        (request_.topic.empty() || request_.scope != TopicScope::kArticle ||
         internal::UnitGrouping(static_cast<int>(request_.group_by)) == internal::kArticle);
    if (by_unit) {
      CountOverlappingByUnit(scoped, union_bits);
    } else {
      CountOverlapping(scoped);
    }
  }

  internal::CompiledLexicon request_compiled;
  if (&lexicon != &data_.default_lexicon) request_compiled = internal::CompileLexicon(data_, lexicon);
  const internal::CompiledLexicon& compiled =
      &lexicon != &data_.default_lexicon ? request_compiled : data_.default_compiled;
  for (size_t i = 0; i < subjects.size(); ++i) {
    SubjectSummary summary;
    summary.label = subjects[i].label;
    summary.key = subjects[i].key;
    summary.requested_as = subjects[i].requested_as;
    summary.total_statements = static_cast<int64_t>(scoped[i].total_count);
    summary.matched_statements = static_cast<int64_t>(scoped[i].matched_count);
    summary.scoped_statements = static_cast<int64_t>(scoped[i].scoped.size());
    summary.token_count = static_cast<int64_t>(scoped[i].counts.totals[1]);
    std::vector<std::pair<int64_t, std::string>> speakers;
    for (const auto& [g, count] : scoped[i].speaker_counts) {
      speakers.emplace_back(-count, data_.groupings[internal::kSpeaker].groups[g].label);
    }
    std::sort(speakers.begin(), speakers.end());
    for (auto& [count, name] : speakers) summary.speakers.push_back(std::move(name));
    summary.terms = Terms(i, subjects, scoped);
    summary.frames = Frames(scoped[i], subjects[i].counted_group, lexicon, compiled);
    for (uint32_t s : scoped[i].matched_head) {
      summary.evidence.push_back(TopicEvidence(s));
    }
    if (request_.time_bucket != TimeBucket::kNone) summary.time_buckets = Buckets(scoped[i]);
    result.subjects.push_back(std::move(summary));
  }
  result.similarity = Similarity(result.subjects, scoped);
  // Keep at most about 32 MB of them per thread between calls.
  size_t kept = 0;
  for (const Scoped& subject : scoped) {
    kept += subject.scoped.capacity() + subject.outside.capacity() + subject.total.capacity();
  }
  if (kept > (size_t{8} << 20)) {
    scoped.clear();
    scoped.shrink_to_fit();
  }
  return result;
}

}  // namespace

absl::StatusOr<CompareResult> Compare(const Index& index, const CompareRequest& request) {
  Engine engine(index, request);
  return engine.Run(request.lexicon != nullptr ? *request.lexicon : index.default_lexicon());
}

}  // namespace policy::compare
