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

CompiledLexicon CompileLexicon(const IndexData& data, const FrameLexicon& lexicon);

// Finds the frame triggers in statements. Per frame, the longest entry matching at a position
// wins (an exclusion on a tie) and covers its words, so no word counts twice for one frame.
// Not thread-safe (holds scratch space); one per thread.
class FrameMatcher {
 public:
  explicit FrameMatcher(const CompiledLexicon& lexicon);
  // Appends the entries that fired in `statement` to `out`.
  void Match(const IndexData& data, const IndexedStatement& statement, std::vector<FrameHit>* out);

 private:
  const CompiledLexicon& lexicon_;
  std::vector<uint32_t> covered_until_, best_length_, best_entry_, touched_frames_;
  std::vector<uint32_t> hit_index_;  // entry -> index in `out` for this statement, or kNone
  std::vector<uint32_t> touched_entries_;
};

}  // namespace policy::compare::internal

#endif  // POLICY_SERVER_COMPARE_INTERNAL_MATCHER_H_
