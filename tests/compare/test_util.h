// Helpers for the compare tests: statements written by hand, and the sample article's
// statements from tests/compare/testdata/sample_statements.tsv.
#ifndef POLICY_TESTS_COMPARE_TEST_UTIL_H_
#define POLICY_TESTS_COMPARE_TEST_UTIL_H_

#include <memory>
#include <string>
#include <vector>

#include "server/compare/index.h"
#include "server/store/store.h"

namespace policy::compare::testing {

struct StatementSpec {
  std::string article = "a1";
  int ordinal = 0;
  std::string speaker_id;  // "" = unattributed
  std::string speaker_name;
  std::vector<std::string> organizations;
  std::string text;
  std::string published = "2025-03-06";
  std::string outlet = "China Daily";
  StatementKind kind = StatementKind::kIndirect;
  std::vector<std::string> roles = {};
};

// A StatementRecord with id `id` and content span [0, text size).
StatementRecord MakeStatement(int64_t id, const StatementSpec& spec);

// The stopwords and frame lexicon from data/frames (the tests set POLICY_DATA_DIR).
IndexResources DefaultResources();

// Builds an index over `records` at revision 1 with DefaultResources(); fails the test on error.
std::shared_ptr<const Index> BuildIndex(std::vector<StatementRecord> records);

// The 18 statements of the sample article (article id "sample", China Daily, 2025-03-06).
std::vector<StatementRecord> SampleStatements();

}  // namespace policy::compare::testing

#endif  // POLICY_TESTS_COMPARE_TEST_UTIL_H_
