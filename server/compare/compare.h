// Compare: how speakers, organizations, roles, outlets or articles talk about a topic, and how
// that differs between them. The engine behind the CompareSpeakers RPC.
//
//   ASSIGN_OR_RETURN(std::shared_ptr<const Index> index, Index::Build(statements, rev, resources));
//   CompareRequest request;
//   ASSIGN_OR_RETURN(request.topic, TopicQuery::Parse("innovation"));
//   request.group_by = GroupBy::kOrganization;
//   request.subjects = {"Haier", "JD", "Gree", "TCL"};
//   ASSIGN_OR_RETURN(CompareResult result, Compare(*index, request));
//   result.subjects[0].terms[0].term;  // e.g. "industrial internet"
//
// Method (docs/compare.md has the details and the reasons):
// - Statements pass the filter, then the topic query; the scope widens each match to the
//   speaker's passage (default) or to the subject's whole article.
// - Distinctive terms: unigrams and bigrams without stopwords; for each term of a subject,
//   the log-odds ratio with informative Dirichlet prior (Monroe, Colaresi & Quinn 2008) against
//   the background, its z-score with the full variance, signed G2 with its p-value, and Log
//   Ratio. The prior is the corpus frequency of the term scaled to a0 = min(n_subject,
//   n_background) pseudo-counts.
// - Frames from a lexicon, similarity (TF-IDF cosine, Jensen-Shannon divergence), evidence with
//   keyword-in-context snippets, optional time buckets.
// Determinism: lists are sorted by (score desc, key asc), doubles are rounded to 4 decimals and
// the same Index and request give identical results.
//
// Thread safety: Compare only reads the Index; call it from any number of threads.
#ifndef POLICY_SERVER_COMPARE_COMPARE_H_
#define POLICY_SERVER_COMPARE_COMPARE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "server/compare/index.h"
#include "server/compare/query.h"
#include "server/compare/resources.h"
#include "server/core/model.h"

namespace policy::compare {

enum class GroupBy { kSpeaker, kOrganization, kRole, kOutlet, kArticle };
enum class TopicScope { kStatement, kPassage, kArticle };
enum class Background { kOtherSubjects, kCorpus };
enum class TimeBucket { kNone, kMonth, kQuarter, kYear };
enum class TermClass { kDistinctive, kShared, kTooRare, kUnderRepresented };

// Limits on request sizes; Compare returns INVALID_ARGUMENT beyond them.
inline constexpr int kMaxSubjects = 50;
inline constexpr int kMaxTerms = 200;
inline constexpr int kMaxEvidence = 20;

struct CompareRequest {
  TopicQuery topic;  // empty = every statement of the subjects
  GroupBy group_by = GroupBy::kSpeaker;
  // Names or aliases. Speakers: display name, alias, id or "speakers/<id>". Organizations,
  // roles and outlets: case-insensitive, leniently ("Haier" finds "Haier Group"). Articles: id
  // or "articles/<id>". Empty = the `top_subjects` groups with the most matching statements.
  std::vector<std::string> subjects;
  int top_subjects = 5;  // 1..kMaxSubjects
  TopicScope scope = TopicScope::kPassage;
  std::string published_after;   // "YYYY-MM-DD" inclusive, or ""
  std::string published_before;  // "YYYY-MM-DD" inclusive, or ""
  std::vector<std::string> outlets;     // case-insensitive; empty = all
  std::vector<StatementKind> kinds;     // empty = all
  int max_terms = 10;     // 0..kMaxTerms
  int min_count = 2;      // >= 1
  bool unigrams_only = false;
  Background background = Background::kOtherSubjects;
  TimeBucket time_bucket = TimeBucket::kNone;
  int max_evidence = 3;   // 0..kMaxEvidence
  // The frame lexicon; null = the index's default lexicon.
  std::shared_ptr<const FrameLexicon> lexicon;
};

struct Evidence {
  int64_t statement_id = 0;
  std::string article_id;
  std::string speaker;  // display name; "" when unattributed
  Span content;
  std::string snippet;  // about 240 bytes around the term, marked as [[term]]
};

struct DistinctiveTerm {
  std::string term;  // most frequent written form
  std::string stem;  // stemmed key
  int ngram = 1;
  int64_t count = 0;
  int64_t statement_count = 0;
  int64_t background_count = 0;
  double log_odds = 0;
  double z_score = 0;
  double g2 = 0;
  double p_value = 1;
  double log_ratio = 0;
  TermClass term_class = TermClass::kTooRare;
  std::vector<Evidence> evidence;
};

struct FrameTrigger {
  std::string term;  // the lexicon entry
  int64_t count = 0;
};

struct FrameScore {
  std::string frame;
  std::string group;
  int64_t hits = 0;
  double rate_per_1000 = 0;
  double share = 0;
  int64_t statement_count = 0;
  std::vector<FrameTrigger> triggers;
  std::vector<Evidence> evidence;
};

struct TimeBucketCount {
  std::string bucket;  // "2025-03", "2025-Q1", "2025" or "unknown"
  int64_t matched_statements = 0;
  int64_t total_statements = 0;
};

struct SubjectSummary {
  std::string label;
  std::string key;
  std::string requested_as;
  std::vector<std::string> speakers;
  int64_t total_statements = 0;
  int64_t matched_statements = 0;
  int64_t scoped_statements = 0;
  int64_t token_count = 0;
  std::vector<DistinctiveTerm> terms;
  std::vector<FrameScore> frames;
  std::vector<Evidence> evidence;
  std::vector<TimeBucketCount> time_buckets;
};

struct SimilarityPair {
  std::string a;
  std::string b;
  double cosine = 0;
  double jensen_shannon = 0;
  std::vector<std::string> shared_terms;
};

struct CompareResult {
  std::vector<SubjectSummary> subjects;
  std::vector<SimilarityPair> similarity;
  std::vector<std::string> unmatched_subjects;
  int64_t corpus_revision = 0;
  std::string request_hash;
  std::string lexicon_hash;
  std::string server_version;
  std::string parsed_topic;
  int64_t considered_statements = 0;
  int64_t matched_statements = 0;
};

// Runs `request` on `index`. INVALID_ARGUMENT (naming the field) when a limit is out of range,
// a date is not "YYYY-MM-DD", published_after is later than published_before, or two requested
// subjects resolve to the same group. Subjects that match nothing are listed in
// `unmatched_subjects`, not an error.
absl::StatusOr<CompareResult> Compare(const Index& index, const CompareRequest& request);

}  // namespace policy::compare

#endif  // POLICY_SERVER_COMPARE_COMPARE_H_
