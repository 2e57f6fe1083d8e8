// The data behind compare::Index. Internal to the compare library: built once by
// Index::Build (index.cc), read-only afterwards, read by Compare (compare.cc).
#ifndef POLICY_SERVER_COMPARE_INTERNAL_INDEX_DATA_H_
#define POLICY_SERVER_COMPARE_INTERNAL_INDEX_DATA_H_

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "server/compare/resources.h"
#include "server/core/model.h"

namespace policy::compare::internal {

inline constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

struct IndexedToken {
  uint32_t word = kNone;  // word id (stem); every word, stopwords included
  uint32_t term = kNone;  // unigram term id; kNone for stopwords, numbers, 1-letter words
  uint32_t begin = 0;     // bytes in the statement text
  uint32_t end = 0;
  bool break_before = false;
};

struct TermCount {
  uint32_t term = 0;
  uint32_t count = 0;
};

struct IndexedStatement {
  int64_t id = 0;
  uint32_t article = 0;  // index into IndexData::articles
  int ordinal = 0;
  StatementKind kind = StatementKind::kIndirect;
  Span content;
  std::string text;
  uint32_t speaker = kNone;  // group id in the SPEAKER grouping; kNone when unattributed
  uint32_t passage = 0;      // run of adjacent statements by one speaker in one article
  uint32_t tokens_begin = 0, tokens_end = 0;  // IndexData::tokens
  uint32_t terms_begin = 0, terms_end = 0;    // IndexData::term_counts, ascending term id
  uint32_t frame_hits_begin = 0, frame_hits_end = 0;  // IndexData::default_frame_hits
  uint32_t unigrams = 0;  // unigram term occurrences (tokens after stopword removal)
  uint32_t bigrams = 0;   // bigram term occurrences
};

struct Term {
  std::string key;      // stems joined by ' ': "industri internet"
  std::string surface;  // the most frequent written form: "industrial internet"
  int ngram = 1;
  uint32_t first = kNone, second = kNone;  // a bigram's unigram term ids
  uint64_t corpus_count = 0;
  uint32_t document_frequency = 0;  // statements containing the term
};

// The word ids one query or lexicon word stands for (ascending; empty = matches nothing).
struct WordMatcher {
  std::vector<uint32_t> words;
  bool Matches(uint32_t word) const;
};

// A frame lexicon resolved against the index vocabulary (built by CompileLexicon, matcher.h).
struct CompiledLexicon {
  struct Entry {
    uint32_t frame = 0;
    std::string text;  // as written in the lexicon
    bool exclude = false;
    std::vector<WordMatcher> words;
  };
  std::vector<Entry> entries;
  size_t frame_count = 0;
  // Entries whose first word can be word w: first_entries[first_offsets[w] .. first_offsets[w+1]).
  std::vector<uint32_t> first_offsets;
  std::vector<uint32_t> first_entries;
};

// A lexicon entry that fired in a statement.
struct FrameHit {
  uint32_t entry = 0;        // CompiledLexicon::entries index
  uint32_t count = 0;        // matches in the statement
  uint32_t first_token = 0;  // IndexData::tokens index of the first match
  uint32_t length = 0;       // its length in tokens
};

// Groups with at least this many statements keep the term counts of all their statements
// (Group::counts_*): a query whose scope covers most of such a group counts the few statements
// outside the scope and subtracts, instead of reading every statement in scope.
inline constexpr size_t kGroupCountsMinStatements = 256;
// The same for the groups that are units (see UnitGrouping): their counts let overlapping
// subjects be counted unit by unit.
inline constexpr size_t kUnitCountsMinStatements = 8;

struct Group {
  std::string key;
  std::string label;
  std::vector<std::string> names;   // lower-cased names and aliases the group answers to
  std::vector<uint32_t> statements; // ascending statement numbers
  // A speaker known only by a description in one article ("officials"): picked as a top
  // subject only after the named ones.
  bool description = false;
  // (speaker group, statements) of the speakers among `statements`, in first-seen order.
  std::vector<std::pair<uint32_t, uint32_t>> speaker_counts;
  // With has_counts: the summed term counts of `statements`, ascending term id, at
  // Grouping::term_counts[counts_begin, counts_end), and their unigram and bigram occurrences.
  // Grouping::term_statements[counts_begin, counts_end) holds how many of `statements` contain
  // each of those terms. With the default lexicon's frame hits summed the same way:
  // Grouping::entry_hits[entry_hits_begin, entry_hits_end) (lexicon entry, hits; ascending entry)
  // and Grouping::frame_statements[frame_statements_begin, frame_statements_end) (frame,
  // statements where it fired; ascending frame).
  bool has_counts = false;
  size_t counts_begin = 0, counts_end = 0;
  size_t entry_hits_begin = 0, entry_hits_end = 0;
  size_t frame_statements_begin = 0, frame_statements_end = 0;
  uint64_t unigrams = 0, bigrams = 0;
  uint64_t statement_term_entries = 0;  // the summed lengths of the statements' term vectors
};

enum GroupingKind { kSpeaker = 0, kOrganization, kRole, kOutlet, kArticle, kGroupingCount };

// The grouping whose groups ("units") partition the statements of `kind`'s groups: speakers for
// speakers, organizations and roles (which are a speaker's); articles for articles and outlets.
inline GroupingKind UnitGrouping(int kind) {
  return kind == kOutlet || kind == kArticle ? kArticle : kSpeaker;
}

struct Grouping {
  std::vector<Group> groups;       // ascending key
  std::vector<uint32_t> offsets;   // statement s belongs to members[offsets[s] .. offsets[s+1])
  std::vector<uint32_t> members;
  std::vector<TermCount> term_counts;  // of the groups with has_counts
  std::vector<uint32_t> term_statements;  // parallel to term_counts
  std::vector<TermCount> entry_hits;       // TermCount::term is a lexicon entry here
  std::vector<TermCount> frame_statements; // TermCount::term is a frame here
  // True when every statement of a unit (see UnitGrouping) belongs to the same groups here, and
  // statements without a unit to none: a group is then a union of whole units.
  bool units_uniform = false;
};

struct ArticleInfo {
  std::string id;
  std::string outlet_lower;  // lower-cased Article.source
  std::string published;     // "YYYY-MM-DD" or ""
  int32_t date = -1;         // YYYYMMDD, -1 when missing or malformed
};

struct IndexData {
  int64_t revision = 0;
  std::vector<IndexedStatement> statements;  // by (article id, ordinal, id)
  std::vector<ArticleInfo> articles;
  std::vector<IndexedToken> tokens;
  std::vector<TermCount> term_counts;

  std::vector<std::string> words;                      // word id -> stem
  absl::flat_hash_map<std::string, uint32_t> word_ids;  // stem -> word id
  std::vector<std::pair<std::string, uint32_t>> surfaces_sorted;  // (written lower, word id)
  std::vector<std::pair<std::string, uint32_t>> stems_sorted;     // (stem, word id)
  std::vector<std::vector<uint32_t>> postings;  // word id -> ascending statement numbers
  // Term id t -> the statements using it at term_postings[term_posting_offsets[t] ..
  // term_posting_offsets[t + 1]), by (uses in the statement desc, statement asc): the order in
  // which evidence is picked, so a query reads only until it has enough.
  std::vector<uint32_t> term_posting_offsets;
  std::vector<uint32_t> term_postings;

  std::vector<Term> terms;
  absl::flat_hash_map<uint64_t, uint32_t> bigram_ids;  // (first << 32 | second) -> term id
  // What queries read per term, packed (16 bytes) apart from the strings of `terms`.
  struct TermStats {
    double idf = 0;             // ln(statements / document frequency)
    uint32_t corpus_count = 0;  // occurrences in the corpus (saturates at 2^32 - 1)
    uint32_t ngram = 1;
  };
  std::vector<TermStats> term_stats;
  std::vector<uint32_t> key_rank;  // term id -> position in key order (ties sort by key)
  // Term ids are ordered by (corpus count desc, n-gram, key): the terms seen once in the whole
  // corpus ("hapax") are [hapax_begin, terms.size()), unigrams before bigrams from
  // hapax_bigram_begin, each block in key order.
  uint32_t hapax_begin = 0;
  uint32_t hapax_bigram_begin = 0;
  uint64_t corpus_unigrams = 0;
  uint64_t corpus_bigrams = 0;

  std::array<Grouping, kGroupingCount> groupings;
  FrameLexicon default_lexicon;
  // The default lexicon compiled, and what fired in each statement (precomputed at Build).
  CompiledLexicon default_compiled;
  std::vector<FrameHit> default_frame_hits;
  // Frame f of the default lexicon -> the statements where it fired, ascending, at
  // frame_postings[frame_posting_offsets[f] .. frame_posting_offsets[f + 1]).
  std::vector<uint32_t> frame_posting_offsets;
  std::vector<uint32_t> frame_postings;
  // Compact copies of what scoping reads per statement (IndexedStatement is large).
  std::vector<uint32_t> statement_speaker;  // IndexedStatement::speaker
  std::vector<uint32_t> statement_passage;  // IndexedStatement::passage
  std::vector<uint32_t> statement_article;  // IndexedStatement::article
};

}  // namespace policy::compare::internal

#endif  // POLICY_SERVER_COMPARE_INTERNAL_INDEX_DATA_H_
