#include "server/store/internal/sqlite.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "server/store/internal/absl_compat.h"

namespace policy::store_internal {

Statement::~Statement() {
  if (stmt_ != nullptr) {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
}

absl::Status Statement::BindResult(int rc, int index) {
  if (rc == SQLITE_OK) return absl::OkStatus();
  return absl::InternalError(absl::StrCat("sqlite: cannot bind parameter ", index, ": ",
                                          sqlite3_errstr(rc), " in: ", sqlite3_sql(stmt_)));
}

absl::Status Statement::Bind(int index, int64_t value) {
  return BindResult(sqlite3_bind_int64(stmt_, index, value), index);
}

absl::Status Statement::Bind(int index, std::string_view value) {
  return BindResult(sqlite3_bind_text64(stmt_, index, value.data(), value.size(),
                                        SQLITE_TRANSIENT, SQLITE_UTF8),
                    index);
}

absl::Status Statement::Bind(int index, std::nullptr_t) {
  return BindResult(sqlite3_bind_null(stmt_, index), index);
}

absl::StatusOr<bool> Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  error_code_ = rc & 0xff;
  return absl::InternalError(absl::StrCat("sqlite: ", sqlite3_errmsg(db_), " (", sqlite3_errstr(rc),
                                          ") in: ", sqlite3_sql(stmt_)));
}

absl::Status Statement::Run() {
  while (true) {
    absl::StatusOr<bool> row = Step();
    if (!row.ok() || !*row) {
      sqlite3_reset(stmt_);  // ready to be bound and run again
      return row.status();
    }
  }
}

std::string_view Statement::TextView(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (text == nullptr) return {};
  return std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

absl::StatusOr<std::unique_ptr<Connection>> Connection::Open(const std::string& path,
                                                              OpenMode mode) {
  // NOMUTEX: the store never shares a connection between threads at the same time.
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
  if (mode == kCreate) flags |= SQLITE_OPEN_CREATE;
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return absl::InternalError(
        absl::StrCat("cannot open database '", path, "': ", message,
                     " (check that the directory exists and is writable)"));
  }
  sqlite3_extended_result_codes(db, 0);
  return std::unique_ptr<Connection>(new Connection(db, path));
}

Connection::~Connection() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  sqlite3_close_v2(db_);
}

absl::Status Connection::Error(std::string_view what) const {
  return absl::InternalError(absl::StrCat(ToAbsl(what), ": sqlite: ", sqlite3_errmsg(db_), " (database '",
                                          path_, "')"));
}

absl::Status Connection::Exec(std::string_view sql) {
  char* message = nullptr;
  const std::string sql_string(sql);
  const int rc = sqlite3_exec(db_, sql_string.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return absl::OkStatus();
  absl::Status status = absl::InternalError(
      absl::StrCat("sqlite: ", message != nullptr ? message : sqlite3_errstr(rc), " (database '",
                   path_, "')"));
  sqlite3_free(message);
  return status;
}

absl::StatusOr<Statement> Connection::Prepare(std::string_view sql) {
  auto it = cache_.find(std::string(sql));
  if (it == cache_.end()) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
      return absl::InternalError(
          absl::StrCat("sqlite: cannot prepare: ", sqlite3_errmsg(db_), " in: ", ToAbsl(sql)));
    }
    it = cache_.emplace(std::string(sql), stmt).first;
  }
  return Statement(it->second, db_);
}

absl::StatusOr<int64_t> Connection::QueryInt(std::string_view sql) {
  absl::StatusOr<Statement> stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  absl::StatusOr<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return absl::InternalError(absl::StrCat("sqlite: no row from: ", ToAbsl(sql)));
  return stmt->Int(0);
}

absl::StatusOr<std::string> Connection::QueryText(std::string_view sql) {
  absl::StatusOr<Statement> stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  absl::StatusOr<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return absl::InternalError(absl::StrCat("sqlite: no row from: ", ToAbsl(sql)));
  return stmt->Text(0);
}

absl::StatusOr<Transaction> Transaction::Begin(Connection& db, Mode mode) {
  absl::StatusOr<Statement> begin =
      db.Prepare(mode == kImmediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
  if (!begin.ok()) return begin.status();
  absl::Status status = begin->Run();
  if (!status.ok()) return status;
  return Transaction(&db);
}

Transaction::~Transaction() {
  if (db_ == nullptr) return;
  // Rolling back an already-ended transaction (e.g. after SQLITE_FULL) is harmless.
  if (sqlite3_get_autocommit(db_->handle()) == 0) {
    sqlite3_exec(db_->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
}

absl::Status Transaction::Commit() {
  absl::StatusOr<Statement> commit = db_->Prepare("COMMIT");
  if (!commit.ok()) return commit.status();
  absl::Status status = commit->Run();
  if (status.ok()) db_ = nullptr;
  return status;
}

}  // namespace policy::store_internal
