#include "server/service/internal/paging.h"

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace policy::service_internal {
namespace {
constexpr absl::string_view kTokenVersion = "p1";
}  // namespace

absl::StatusOr<int> ResolvePageSize(int32_t requested) {
  if (requested < 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "page_size must be >= 0 (0 means the default of ", kDefaultPageSize, "); got ", requested));
  }
  if (requested == 0) return kDefaultPageSize;
  return requested > kMaxPageSize ? kMaxPageSize : requested;
}

std::string QueryFingerprint(absl::string_view canonical_query) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : canonical_query) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return absl::StrFormat("%016x", hash);
}

std::string EncodePageToken(absl::string_view cursor, absl::string_view fingerprint) {
  if (cursor.empty()) return "";
  return absl::WebSafeBase64Escape(absl::StrCat(kTokenVersion, ":", fingerprint, ":", cursor));
}

absl::StatusOr<std::string> DecodePageToken(absl::string_view token, absl::string_view fingerprint) {
  if (token.empty()) return std::string();
  std::string raw;
  if (!absl::WebSafeBase64Unescape(token, &raw)) {
    return absl::InvalidArgumentError(
        "page_token is not a token this server issued; pass next_page_token from the previous "
        "response unchanged, or omit it to start from the first page");
  }
  std::string prefix = absl::StrCat(kTokenVersion, ":", fingerprint, ":");
  if (raw.rfind(prefix, 0) != 0) {
    return absl::InvalidArgumentError(
        "page_token belongs to a different query (the filters or other fields changed); keep "
        "the request fields identical while paging, or omit page_token to start over");
  }
  return raw.substr(prefix.size());
}

}  // namespace policy::service_internal
