// Topic queries: which statements talk about a topic.
//
//   ASSIGN_OR_RETURN(TopicQuery query, TopicQuery::Parse("innov* AND (\"industrial internet\" OR data)"));
//   query.Canonical();  // (AND innov* (OR "industrial internet" data))
//
// Syntax
//   word            a term; matched on its Snowball English stem, so "innovation" matches
//                   "innovative" and "innovate"
//   prefix*         words that start with the prefix, as written or as stemmed (>= 2 letters)
//   "two words"     a phrase: the words in sequence (stemmed; a word may end in '*');
//                   a bare hyphenated word ("e-commerce") is a phrase too
//   a AND b, a b    both (adjacent terms are ANDed)
//   a OR b          either
//   NOT a           without (a NOT b means a AND NOT b)
//   ( ... )         grouping. Precedence: NOT, then AND, then OR.
// Operators are upper case; lower-case "and"/"or"/"not" are ordinary words.
//
// Errors: INVALID_ARGUMENT "topic query: ... at column N" (1-based byte column) for an unclosed
// quote or parenthesis, a missing operand, a word with nothing to search for, a misplaced '*',
// or a query over 1,000 bytes / nested deeper than 32 levels.
//
// A TopicQuery is an immutable value, safe to share between threads.
#ifndef POLICY_SERVER_COMPARE_QUERY_H_
#define POLICY_SERVER_COMPARE_QUERY_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace policy::compare {

struct QueryWord {
  std::string lower;    // as written, lower-cased ("innovation", "innov" for innov*)
  std::string stem;     // Snowball stem of `lower` (unused for a prefix)
  bool prefix = false;  // written with a trailing '*'
};

struct QueryNode {
  enum class Kind { kWord, kPhrase, kAnd, kOr, kNot };
  Kind kind = Kind::kWord;
  std::vector<QueryWord> words;      // kWord: one word; kPhrase: two or more
  std::vector<QueryNode> children;   // kAnd/kOr: two or more; kNot: one
};

class TopicQuery {
 public:
  // The empty query, which matches every statement.
  TopicQuery() = default;
  static absl::StatusOr<TopicQuery> Parse(absl::string_view text);

  bool empty() const { return root_ == nullptr; }
  // Requires !empty().
  const QueryNode& root() const { return *root_; }
  // S-expression form, e.g. (AND innov* "industrial internet"); "" for the empty query.
  std::string Canonical() const;

 private:
  std::shared_ptr<const QueryNode> root_;
};

}  // namespace policy::compare

#endif  // POLICY_SERVER_COMPARE_QUERY_H_
