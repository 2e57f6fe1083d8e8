// The one place where absl::Status becomes grpc::Status. Every handler returns through
// FinishRpc(), which also writes the one log line per failed RPC.
//
//   grpc::Status GetArticle(...) {
//     return FinishRpc("GetArticle", DoGetArticle(...));
//   }
#ifndef POLICY_SERVER_SERVICE_GRPC_STATUS_H_
#define POLICY_SERVER_SERVICE_GRPC_STATUS_H_

#include <string_view>

#include "absl/status/status.h"
#include "grpcpp/support/status.h"

namespace policy {

// Maps the canonical code one to one and keeps the message.
grpc::Status ToGrpcStatus(const absl::Status& status);

// Canonical code name, e.g. "INVALID_ARGUMENT" (used in per-article results of batch RPCs).
std::string_view StatusCodeName(absl::StatusCode code);

// Converts `status`, logging one line to stderr when it is not OK:
//   2026-11-28T21:40:00Z policyd: GetArticle NOT_FOUND: article "x" does not exist
grpc::Status FinishRpc(std::string_view method, const absl::Status& status);

}  // namespace policy

#endif  // POLICY_SERVER_SERVICE_GRPC_STATUS_H_
