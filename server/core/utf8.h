// UTF-8 validation shared by the service (input checks) and the extractor.
//
//   if (absl::Status s = policy::ValidateUtf8(text); !s.ok()) return s;
#ifndef POLICY_SERVER_CORE_UTF8_H_
#define POLICY_SERVER_CORE_UTF8_H_

#include <cstddef>
#include <string_view>

#include "absl/status/status.h"

namespace policy {

// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and code points
// above U+10FFFF are invalid), or npos when `text` is valid.
size_t FindInvalidUtf8(std::string_view text);

// OK, or INVALID_ARGUMENT "text is not valid UTF-8 at byte N; re-encode it as UTF-8".
absl::Status ValidateUtf8(std::string_view text);

}  // namespace policy

#endif  // POLICY_SERVER_CORE_UTF8_H_
