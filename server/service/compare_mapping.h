// Mapping between the policy.v1 CompareSpeakers messages and the compare library
// (server/compare/compare.h). Owned by the compare area; used by the service.
//
//   ASSIGN_OR_RETURN(compare::CompareRequest request, CompareRequestFromProto(proto_request));
//   ASSIGN_OR_RETURN(compare::CompareResult result, compare::Compare(*index, request));
//   CompareResultToProto(result, &proto_response);
//
// Thread safety: plain functions without shared state.
#ifndef POLICY_SERVER_SERVICE_COMPARE_MAPPING_H_
#define POLICY_SERVER_SERVICE_COMPARE_MAPPING_H_

#include "absl/status/statusor.h"
#include "policy/v1/compare.pb.h"
#include "server/compare/compare.h"

namespace policy {

// Applies the documented defaults (0 / UNSPECIFIED = default), parses the topic query and a
// request-supplied frame lexicon, and validates. INVALID_ARGUMENT naming the field and what to
// fix: a malformed topic (with its column), an unknown enum value, a negative or too large
// limit, an empty subject or outlet, a lexicon without its format (or a format without a
// lexicon), a malformed lexicon (with its line), a lexicon over 1 MiB. Dates and ranges that
// only the engine checks are reported by compare::Compare with the same field names.
absl::StatusOr<compare::CompareRequest> CompareRequestFromProto(
    const v1::CompareSpeakersRequest& request);

// Fills `response` (cleared first) from `result`. Statement and article names are
// "articles/{article}/statements/{id}" and "articles/{article}".
void CompareResultToProto(const compare::CompareResult& result,
                          v1::CompareSpeakersResponse* response);

}  // namespace policy

#endif  // POLICY_SERVER_SERVICE_COMPARE_MAPPING_H_
