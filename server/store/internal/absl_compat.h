// Debian's Abseil 20220623 is built with its own absl::string_view (not an alias of
// std::string_view), so std::string_view must be converted before it meets StrCat/StrSplit.
#ifndef POLICY_SERVER_STORE_INTERNAL_ABSL_COMPAT_H_
#define POLICY_SERVER_STORE_INTERNAL_ABSL_COMPAT_H_

#include <string_view>

#include "absl/strings/string_view.h"

namespace policy::store_internal {

inline absl::string_view ToAbsl(std::string_view text) {
  return absl::string_view(text.data(), text.size());
}

}  // namespace policy::store_internal

#endif  // POLICY_SERVER_STORE_INTERNAL_ABSL_COMPAT_H_
