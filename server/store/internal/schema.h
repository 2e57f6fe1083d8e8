// The store's SQL schema as an ordered list of migrations, and the code that applies them.
//
//   RETURN_IF_ERROR(MigrateSchema(*writer));   // brings the file to kSchemaVersion
//
// The schema version lives in PRAGMA user_version. Migration N takes a database at version
// N-1 to version N in one transaction; adding a schema change means appending one entry to
// the list in schema.cc (never editing a released one). See docs/storage.md.
#ifndef POLICY_SERVER_STORE_INTERNAL_SCHEMA_H_
#define POLICY_SERVER_STORE_INTERNAL_SCHEMA_H_

#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "server/store/internal/sqlite.h"

namespace policy::store_internal {

struct Migration {
  int version;                   // the user_version after this migration
  std::string_view description;  // one line, for docs and error messages
  std::string_view sql;          // statements run in the migration's transaction
};

// All migrations in order; entry i has version i + 1.
const std::vector<Migration>& Migrations();

// The schema version this binary writes and understands.
int CurrentSchemaVersion();

// FAILED_PRECONDITION if the database's schema is newer than CurrentSchemaVersion(); INTERNAL
// if its version cannot be read (for example, the file is not a SQLite database). Writes nothing.
absl::Status CheckSchemaNotNewer(Connection& db);

// Applies the missing migrations, each in its own IMMEDIATE transaction.
// FAILED_PRECONDITION if the database's version is newer than CurrentSchemaVersion();
// INTERNAL if a migration fails (the database stays at the last completed version).
absl::Status MigrateSchema(Connection& db);

}  // namespace policy::store_internal

#endif  // POLICY_SERVER_STORE_INTERNAL_SCHEMA_H_
