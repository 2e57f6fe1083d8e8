// compare::Index: the corpus prepared for comparison queries.
//
//   ASSIGN_OR_RETURN(IndexResources resources, IndexResources::LoadDefault());
//   ASSIGN_OR_RETURN(std::shared_ptr<const Index> index,
//                    Index::Build(std::move(statements), store_revision, resources));
//   ASSIGN_OR_RETURN(CompareResult result, Compare(*index, request));  // see compare.h
//
// Build tokenises and stems every statement once (Snowball English, see internal/text.h),
// and precomputes per-statement term vectors (unigrams and bigrams without stopwords), an
// inverted index over stems, corpus background counts, the statements of every speaker,
// organization, role, outlet and article, and speaker passages; and, so that a query reads sums
// instead of statements: per-term and per-frame postings, and the summed term counts and frame
// hits of every large group and of every speaker and article with a few statements
// (docs/compare.md, "Performance"). Queries never re-tokenise.
//
// Thread safety: an Index is immutable after Build; any number of threads may run queries on
// one Index concurrently. To follow a changing store, build a new Index and swap the
// shared_ptr (readers holding the old one finish on it).
#ifndef POLICY_SERVER_COMPARE_INDEX_H_
#define POLICY_SERVER_COMPARE_INDEX_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "server/compare/resources.h"
#include "server/compare/internal/index_data.h"
#include "server/store/store.h"

namespace policy::compare {

// What an Index needs besides the statements.
struct IndexResources {
  StopwordList stopwords;
  FrameLexicon default_lexicon;  // used when a request brings no lexicon of its own

  // The stopword list and frame lexicon from DataDir()/frames/. NOT_FOUND when missing,
  // INVALID_ARGUMENT when malformed.
  static absl::StatusOr<IndexResources> LoadDefault();
};

class Index {
 public:
  // Builds an index over `statements` (any order; ids must be unique). `revision` is the store
  // revision they were read at; it is echoed in every result. INVALID_ARGUMENT when two
  // statements share an id or a statement's text is larger than 4 GiB.
  static absl::StatusOr<std::shared_ptr<const Index>> Build(
      std::vector<StatementRecord> statements, int64_t revision, IndexResources resources);

  int64_t revision() const { return data_.revision; }
  size_t statement_count() const { return data_.statements.size(); }
  const FrameLexicon& default_lexicon() const { return data_.default_lexicon; }

  // For the compare library's own use (compare.cc); not a stable interface.
  const internal::IndexData& data() const { return data_; }

 private:
  Index() = default;
  internal::IndexData data_;
};

}  // namespace policy::compare

#endif  // POLICY_SERVER_COMPARE_INDEX_H_
