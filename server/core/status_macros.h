// Small status helpers. Abseil 20220623 has no status macros, so the project keeps its own.
//
//   absl::Status Load() {
//     RETURN_IF_ERROR(Open());
//     ASSIGN_OR_RETURN(auto rows, Query());
//     ...
//   }
#ifndef POLICY_SERVER_CORE_STATUS_MACROS_H_
#define POLICY_SERVER_CORE_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define POLICY_CONCAT_INNER_(a, b) a##b
#define POLICY_CONCAT_(a, b) POLICY_CONCAT_INNER_(a, b)

// Returns from the enclosing function if `expr` (an absl::Status) is not OK.
#define RETURN_IF_ERROR(expr)                        \
  do {                                               \
    ::absl::Status policy_status_ = (expr);          \
    if (!policy_status_.ok()) return policy_status_; \
  } while (0)

// Evaluates `rexpr` (an absl::StatusOr<T>); returns its status if not OK, else moves the value
// into `lhs` (which may be a declaration such as `auto x`).
#define ASSIGN_OR_RETURN(lhs, rexpr) \
  ASSIGN_OR_RETURN_IMPL_(POLICY_CONCAT_(policy_statusor_, __LINE__), lhs, rexpr)

#define ASSIGN_OR_RETURN_IMPL_(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                           \
  if (!statusor.ok()) return statusor.status();      \
  lhs = std::move(statusor).value()

#endif  // POLICY_SERVER_CORE_STATUS_MACROS_H_
