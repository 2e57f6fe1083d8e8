// Matching words, topic queries and frame lexicon entries against an Index. Internal.
#ifndef POLICY_SERVER_COMPARE_INTERNAL_MATCHER_H_
#define POLICY_SERVER_COMPARE_INTERNAL_MATCHER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "server/compare/internal/index_data.h"
#include "server/compare/query.h"
#include "server/compare/resources.h"

namespace policy::compare::internal {

// The word ids one query or lexicon word stands for (ascending; empty = matches nothing).
struct WordMatcher {
  std::vector<uint32_t> words;
  bool Matches(uint32_t word) const;
};

// A word written `lower` (lower-cased) with stem `stem`: the word with that stem. With
// `prefix`, every word whose written form or stem starts with `lower`.
WordMatcher MatchWord(const IndexData& data, const std::string& lower, const std::string& stem,
                      bool prefix);

// One bit per statement.
using Bitmap = std::vector<uint64_t>;
Bitmap EmptyBitmap(size_t statements);
inline bool Test(const Bitmap& bitmap, uint32_t s) { return (bitmap[s >> 6] >> (s & 63)) & 1; }
inline void Set(Bitmap& bitmap, uint32_t s) { bitmap[s >> 6] |= uint64_t{1} << (s & 63); }

// Statements that match `node`.
Bitmap EvaluateQuery(const IndexData& data, const QueryNode& node);

// The word sequences of `node` that are not under a NOT: what a snippet marks.
std::vector<std::vector<WordMatcher>> PositiveSequences(const IndexData& data, const QueryNode& node);

// Length in tokens of `sequence` at token `at` of [begin, end), or 0 when it does not match.
uint32_t MatchAt(const IndexData& data, uint32_t at, uint32_t end,
                 const std::vector<WordMatcher>& sequence);

// A frame lexicon resolved against the index vocabulary.
struct CompiledLexicon {
  struct Entry {
    uint32_t frame = 0;
    std::string text;  // as written in the lexicon
    bool exclude = false;
    std::vector<WordMatcher> words;
  };
  std::vector<Entry> entries;
  // Entries whose first word can be word w: first_entries[first_offsets[w] .. first_offsets[w+1]).
  std::vector<uint32_t> first_offsets;
  std::vector<uint32_t> first_entries;
};
CompiledLexicon CompileLexicon(const IndexData& data, const FrameLexicon& lexicon);

}  // namespace policy::compare::internal

#endif  // POLICY_SERVER_COMPARE_INTERNAL_MATCHER_H_
