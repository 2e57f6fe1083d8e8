// A thin RAII layer over the SQLite C API: connections with a prepared-statement cache,
// statements that reset themselves, and transactions that roll back unless committed.
//
//   ASSIGN_OR_RETURN(auto db, Connection::Open("corpus.db", Connection::kCreate));
//   ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(*db, Transaction::kImmediate));
//   ASSIGN_OR_RETURN(Statement insert, db->Prepare("INSERT INTO t(a, b) VALUES (?, ?)"));
//   RETURN_IF_ERROR(insert.BindAll(int64_t{1}, "text"));
//   RETURN_IF_ERROR(insert.Run());
//   RETURN_IF_ERROR(tx.Commit());
//
// Thread safety: a Connection (and every Statement prepared on it) must be used by one thread
// at a time; the store hands connections out under its own locks. A cached statement must not
// be prepared again while an earlier Statement for the same SQL is still alive.
// Errors are INTERNAL and carry SQLite's message and result code.
#ifndef POLICY_SERVER_STORE_INTERNAL_SQLITE_H_
#define POLICY_SERVER_STORE_INTERNAL_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace policy::store_internal {

// A cached prepared statement, reset and unbound when this handle is destroyed.
class Statement {
 public:
  Statement(sqlite3_stmt* stmt, sqlite3* db) : stmt_(stmt), db_(db) {}
  Statement(Statement&& other) noexcept
      : stmt_(std::exchange(other.stmt_, nullptr)), db_(other.db_) {}
  Statement& operator=(Statement&&) = delete;
  ~Statement();

  // Binds parameters by 1-based index.
  absl::Status Bind(int index, int64_t value);
  absl::Status Bind(int index, int value) { return Bind(index, int64_t{value}); }
  absl::Status Bind(int index, size_t value) { return Bind(index, static_cast<int64_t>(value)); }
  absl::Status Bind(int index, std::string_view value);
  absl::Status Bind(int index, const std::string& value) {
    return Bind(index, std::string_view(value));
  }
  absl::Status Bind(int index, const char* value) { return Bind(index, std::string_view(value)); }
  absl::Status Bind(int index, std::nullptr_t);

  // Binds `args` to parameters 1..N.
  template <typename... Args>
  absl::Status BindAll(const Args&... args) {
    int index = 0;
    absl::Status status;
    ((status.ok() ? (status = Bind(++index, args), 0) : 0), ...);
    return status;
  }

  // Advances: true when a row is available, false when done.
  absl::StatusOr<bool> Step();
  // Steps until done, ignoring rows, then resets so the statement can be bound and run again.
  absl::Status Run();
  // SQLite's primary result code of the last failed Step (SQLITE_OK if none failed).
  int error_code() const { return error_code_; }

  int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
  bool IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  // Valid until the next Step or the end of this Statement.
  std::string_view TextView(int column) const;
  std::string Text(int column) const { return std::string(TextView(column)); }

 private:
  absl::Status BindResult(int rc, int index);

  sqlite3_stmt* stmt_;
  sqlite3* db_;
  int error_code_ = SQLITE_OK;
};

class Connection {
 public:
  enum OpenMode { kCreate, kExisting };

  // Opens `path` (SQLite's path syntax; ":memory:" for a private in-memory database).
  static absl::StatusOr<std::unique_ptr<Connection>> Open(const std::string& path,
                                                          OpenMode mode);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs one or more SQL statements that return no rows.
  absl::Status Exec(std::string_view sql);
  // Returns the cached prepared statement for `sql`, preparing it on first use.
  absl::StatusOr<Statement> Prepare(std::string_view sql);
  // Runs a single-row, single-integer query (such as a PRAGMA).
  absl::StatusOr<int64_t> QueryInt(std::string_view sql);
  // Runs a single-row, single-text query.
  absl::StatusOr<std::string> QueryText(std::string_view sql);

  // An INTERNAL status with SQLite's current error message, prefixed by `what`.
  absl::Status Error(std::string_view what) const;
  sqlite3* handle() const { return db_; }
  int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
  const std::string& path() const { return path_; }

 private:
  Connection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

  sqlite3* db_;
  std::string path_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

// A transaction that rolls back when destroyed without Commit().
class Transaction {
 public:
  enum Mode {
    kRead,       // BEGIN DEFERRED: a consistent read snapshot from the first read on
    kImmediate,  // BEGIN IMMEDIATE: takes the write lock now
  };
  static absl::StatusOr<Transaction> Begin(Connection& db, Mode mode);
  Transaction(Transaction&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();

  absl::Status Commit();

 private:
  explicit Transaction(Connection* db) : db_(db) {}
  Connection* db_;
};

}  // namespace policy::store_internal

#endif  // POLICY_SERVER_STORE_INTERNAL_SQLITE_H_
