#include "server/store/internal/cursor.h"

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "server/store/internal/absl_compat.h"

namespace policy::store_internal {
namespace {

absl::Status MalformedCursor() {
  return absl::InvalidArgumentError(
      "page token is malformed: pass the next_page_token of the previous page unchanged, or "
      "an empty token for the first page");
}

}  // namespace

std::string EncodeCursor(std::initializer_list<std::string_view> fields) {
  std::string raw;
  for (std::string_view field : fields) absl::StrAppend(&raw, field.size(), ":", ToAbsl(field));
  return absl::WebSafeBase64Escape(raw);
}

absl::StatusOr<std::vector<std::string>> DecodeCursor(std::string_view cursor,
                                                      size_t field_count) {
  std::string raw;
  if (!absl::WebSafeBase64Unescape(ToAbsl(cursor), &raw)) return MalformedCursor();
  std::vector<std::string> fields;
  std::string_view rest = raw;
  while (!rest.empty()) {
    const size_t colon = rest.find(':');
    size_t length = 0;
    if (colon == std::string_view::npos || colon == 0 ||
        !absl::SimpleAtoi(ToAbsl(rest.substr(0, colon)), &length) || length > rest.size() - colon - 1) {
      return MalformedCursor();
    }
    fields.emplace_back(rest.substr(colon + 1, length));
    rest.remove_prefix(colon + 1 + length);
  }
  if (fields.size() != field_count) return MalformedCursor();
  return fields;
}

}  // namespace policy::store_internal
