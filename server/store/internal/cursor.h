// Opaque page cursors for keyset pagination.
//
//   std::string next = EncodeCursor({"42", "zhou-yunjie"});
//   ASSIGN_OR_RETURN(std::vector<std::string> key, DecodeCursor(next, 2));
//
// A cursor is the web-safe base64 of length-prefixed fields, so fields may hold any bytes.
// It is not signed: the service layer checks that a token belongs to its query.
#ifndef POLICY_SERVER_STORE_INTERNAL_CURSOR_H_
#define POLICY_SERVER_STORE_INTERNAL_CURSOR_H_

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace policy::store_internal {

std::string EncodeCursor(std::initializer_list<std::string_view> fields);

// INVALID_ARGUMENT if `cursor` was not made by EncodeCursor with `field_count` fields.
absl::StatusOr<std::vector<std::string>> DecodeCursor(std::string_view cursor,
                                                      size_t field_count);

}  // namespace policy::store_internal

#endif  // POLICY_SERVER_STORE_INTERNAL_CURSOR_H_
