#include "server/store/internal/cursor.h"

#include "gtest/gtest.h"

namespace policy::store_internal {
namespace {

TEST(CursorTest, RoundTripsArbitraryFields) {
  const std::string cursor = EncodeCursor({"42", "a:b|c", ""});
  absl::StatusOr<std::vector<std::string>> fields = DecodeCursor(cursor, 3);
  ASSERT_TRUE(fields.ok()) << fields.status();
  EXPECT_EQ(*fields, (std::vector<std::string>{"42", "a:b|c", ""}));
}

TEST(CursorTest, RejectsForeignTokens) {
  EXPECT_EQ(DecodeCursor("not base64 !!", 1).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(DecodeCursor(EncodeCursor({"x"}), 2).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(DecodeCursor("OTk6eA", 1).status().code(),  // "99:x": length beyond the data
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace policy::store_internal
