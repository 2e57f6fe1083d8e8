// The summary `policyctl ingest` prints: stored (created/updated) / unchanged / rejected, each
// rejected article with its id, origin and reason, and the input lines that were skipped.
//
//   std::cout << RenderIngestSummary(response, origins, reader.problems(), format);
#ifndef POLICY_CLIENT_INGEST_SUMMARY_H_
#define POLICY_CLIENT_INGEST_SUMMARY_H_

#include <string>
#include <vector>

#include "client/cli_common.h"
#include "client/input.h"
#include "policy/v1/policy_service.pb.h"

namespace policyctl {

// `origins[i]` is where the i-th article of the stream came from ("file:line"); it may be
// shorter than the results (then the origin is left out).
// kTable: the summary text; kJson: the response in the JSON mapping; kCsv/kMarkdown: one row
// per article (index, id, origin, outcome, statements, error_code, error_message).
std::string RenderIngestSummary(const policy::v1::IngestArticlesResponse& response,
                                const std::vector<std::string>& origins,
                                const std::vector<InputProblem>& problems,
                                OutputFormat format);

}  // namespace policyctl

#endif  // POLICY_CLIENT_INGEST_SUMMARY_H_
