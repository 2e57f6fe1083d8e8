#include "server/store/internal/schema.h"

#include <set>
#include <string>

#include "gtest/gtest.h"

namespace policy::store_internal {
namespace {

TEST(SchemaTest, MigrationsAreConsecutiveAndDescribed) {
  const std::vector<Migration>& migrations = Migrations();
  ASSERT_FALSE(migrations.empty());
  for (size_t i = 0; i < migrations.size(); ++i) {
    EXPECT_EQ(migrations[i].version, static_cast<int>(i) + 1);
    EXPECT_FALSE(migrations[i].description.empty());
    EXPECT_FALSE(migrations[i].sql.empty());
  }
  EXPECT_EQ(CurrentSchemaVersion(), migrations.back().version);
}

TEST(SchemaTest, MigrateIsIdempotentAndSetsUserVersion) {
  absl::StatusOr<std::unique_ptr<Connection>> db = Connection::Open(":memory:", Connection::kCreate);
  ASSERT_TRUE(db.ok()) << db.status();
  ASSERT_TRUE(MigrateSchema(**db).ok());
  ASSERT_TRUE(MigrateSchema(**db).ok());  // nothing left to do
  EXPECT_EQ((*db)->QueryInt("PRAGMA user_version").value_or(-1), CurrentSchemaVersion());
  EXPECT_EQ((*db)->QueryInt("SELECT value FROM corpus_meta WHERE key = 'revision'").value_or(-1),
            0);
}

}  // namespace
}  // namespace policy::store_internal
