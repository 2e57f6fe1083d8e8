// Translation between policy.v1 messages and domain types, and validation of client input.
// The handlers in policy_service.cc stay thin by doing all of their mapping through here.
//
//   ASSIGN_OR_RETURN(policy::Article article, ArticleFromProto(request.article(), limits));
//   ToProto(record, response.add_articles());
#ifndef POLICY_SERVER_SERVICE_CONVERT_H_
#define POLICY_SERVER_SERVICE_CONVERT_H_

#include <cstddef>
#include <string>
#include "absl/strings/string_view.h"

#include "absl/status/statusor.h"
#include "policy/v1/policy_service.pb.h"
#include "server/core/model.h"
#include "server/service/extraction_mapping.h"  // ToProto of kinds, spans and extractions
#include "server/store/store.h"

namespace policy {

// Validates a client article and fills in what the server derives:
// - text: required, valid UTF-8, at most `max_article_bytes` (INVALID_ARGUMENT otherwise);
// - id: kept if given (1-200 characters of letters, digits and . _ ~ : -), else
//   "h-" + the first 16 hex digits of the SHA-256 of the text;
// - published: "YYYY-MM-DD" or an RFC 3339 timestamp (truncated to its date), or empty.
absl::StatusOr<Article> ArticleFromProto(const v1::Article& in, size_t max_article_bytes);

// The id an article would be stored under, without validating anything else ("" if none can be
// derived). Used to name rejected articles in batch results.
std::string ArticleIdOrDerived(const v1::Article& in);

// "articles/x" or a bare "x" -> "x". INVALID_ARGUMENT when empty or of another collection.
absl::StatusOr<std::string> ArticleIdFromName(absl::string_view name);
// "speakers/x" or a bare "x" -> "x". INVALID_ARGUMENT when empty or of another collection.
absl::StatusOr<std::string> SpeakerIdFromName(absl::string_view name);

// INVALID_ARGUMENT for STATEMENT_KIND_UNSPECIFIED or an unknown value.
absl::StatusOr<StatementKind> StatementKindFromProto(int kind);

void ToProto(const ArticleRecord& record, v1::Article* out);
void ToProto(const SpeakerRecord& record, v1::Speaker* out);
void ToProto(const StatementRecord& record, v1::Statement* out);

}  // namespace policy

#endif  // POLICY_SERVER_SERVICE_CONVERT_H_
