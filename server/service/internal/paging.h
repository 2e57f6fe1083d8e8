// Page sizes and page tokens for the List/Search RPCs (AIP-158).
//
// A page token wraps the store's cursor together with a fingerprint of the query that produced
// it, so a token replayed against a different query is rejected instead of silently returning
// the wrong rows.
//
//   ASSIGN_OR_RETURN(int size, ResolvePageSize(request.page_size()));
//   ASSIGN_OR_RETURN(std::string after, DecodePageToken(request.page_token(), fingerprint));
//   ... next_page_token = EncodePageToken(page.next, fingerprint);
#ifndef POLICY_SERVER_SERVICE_INTERNAL_PAGING_H_
#define POLICY_SERVER_SERVICE_INTERNAL_PAGING_H_

#include <cstdint>
#include <string>
#include "absl/strings/string_view.h"

#include "absl/status/statusor.h"

namespace policy::service_internal {

inline constexpr int kDefaultPageSize = 50;
inline constexpr int kMaxPageSize = 1000;

// 0 -> kDefaultPageSize; above kMaxPageSize -> kMaxPageSize; negative -> INVALID_ARGUMENT.
absl::StatusOr<int> ResolvePageSize(int32_t requested);

// Stable 64-bit fingerprint (FNV-1a) of the query fields, as 16 hex digits.
std::string QueryFingerprint(absl::string_view canonical_query);

// "" for an empty cursor (the last page).
std::string EncodePageToken(absl::string_view cursor, absl::string_view fingerprint);

// "" for an empty token (the first page). INVALID_ARGUMENT if the token is malformed or was
// issued for a different query.
absl::StatusOr<std::string> DecodePageToken(absl::string_view token, absl::string_view fingerprint);

}  // namespace policy::service_internal

#endif  // POLICY_SERVER_SERVICE_INTERNAL_PAGING_H_
