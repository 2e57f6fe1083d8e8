// Renderings of a CompareSpeakersResponse for `policyctl compare` and the Markdown report:
// a terminal report (one block per subject: statements matched, distinctive terms with z,
// top frames, evidence; then the similarity matrix), Markdown, and a tidy CSV. JSON is the
// protobuf JSON mapping (ToJson in cli_common.h). Pure functions: no I/O.
//
//   std::cout << RenderCompare(response, OutputFormat::kTable);
#ifndef POLICY_CLIENT_COMPARE_FORMAT_H_
#define POLICY_CLIENT_COMPARE_FORMAT_H_

#include <string>
#include <vector>

#include "client/cli_common.h"
#include "client/format.h"
#include "policy/v1/compare.pb.h"

namespace policyctl {

// Subject labels in response order and the symmetric cosine matrix (1 on the diagonal) built
// from the upper-triangle `similarity` pairs. Missing pairs are 0.
struct SimilarityMatrix {
  std::vector<std::string> labels;
  std::vector<std::vector<double>> cosine;
};
SimilarityMatrix BuildSimilarityMatrix(const policy::v1::CompareSpeakersResponse& response);

// "distinctive" / "shared" / "too rare" / "under-represented".
absl::string_view TermClassName(policy::v1::TermClass term_class);

// Terminal report.
std::string RenderCompareText(const policy::v1::CompareSpeakersResponse& response);
// Markdown; subject headings at `heading_level` (2 = "##").
std::string RenderCompareMarkdown(const policy::v1::CompareSpeakersResponse& response,
                                  int heading_level = 2);
// Tidy (long) table, one row per fact: columns subject, section, item, count, value, detail.
//   section "summary":    item = "matched_statements" etc., count = the number
//   section "term":       item = term, count = occurrences, value = z, detail = class
//   section "frame":      item = frame, count = hits, value = share, detail = group
//   section "similarity": item = other subject, value = cosine, detail = JS divergence
//   section "time":       item = bucket, count = matched, value = total
Table CompareCsvTable(const policy::v1::CompareSpeakersResponse& response);
// Dispatch on format (kJson -> ToJson).
std::string RenderCompare(const policy::v1::CompareSpeakersResponse& response,
                          OutputFormat format);

}  // namespace policyctl

#endif  // POLICY_CLIENT_COMPARE_FORMAT_H_
