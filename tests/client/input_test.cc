#include "client/input.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "gtest/gtest.h"

namespace policyctl {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("policyctl_input_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& contents) const {
    const fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << contents;
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

std::vector<policy::v1::Article> ReadAll(ArticleReader& reader) {
  std::vector<policy::v1::Article> out;
  policy::v1::Article a;
  while (reader.Next(&a)) out.push_back(a);
  return out;
}

TEST(ParseArticleLineTest, ReadsFieldsAndIgnoresUnknownOnes) {
  policy::v1::Article a;
  ASSERT_TRUE(ParseArticleLine(R"({"id":"a1","title":"T","source":"Daily","url":"u",)"
                               R"("published":"2025-03-06","text":"Li said so.","quotes":[1]})",
                               &a)
                  .ok());
  EXPECT_EQ(a.id(), "a1");
  EXPECT_EQ(a.title(), "T");
  EXPECT_EQ(a.source(), "Daily");
  EXPECT_EQ(a.published(), "2025-03-06");
  EXPECT_EQ(a.text(), "Li said so.");
}

TEST(ParseArticleLineTest, RejectsMalformedJsonWithReason) {
  policy::v1::Article a;
  absl::Status s = ParseArticleLine(R"({"id": "a1", "text": )", &a);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("not a JSON article object"), absl::string_view::npos);
  EXPECT_FALSE(ParseArticleLine(R"(["a", "b"])", &a).ok());
  EXPECT_FALSE(ParseArticleLine(R"({"id": 5, "text": ["x"]})", &a).ok());
}

TEST(ArticleReaderTest, SkipsMalformedLinesAndKeepsTheRest) {
  std::istringstream in(
      "{\"id\":\"a\",\"text\":\"First.\"}\n"
      "not json at all\n"
      "\n"
      "{\"id\":\"b\",\"text\":\"Second.\"}\r\n"
      "{\"id\":\"c\",\"text\":\n"
      "{\"id\":\"d\",\"text\":\"Fourth.\"}");  // no final newline
  ArticleReader reader = ArticleReader::FromStream(&in, "stdin");
  std::vector<policy::v1::Article> articles = ReadAll(reader);
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(articles[0].id(), "a");
  EXPECT_EQ(articles[1].id(), "b");
  EXPECT_EQ(articles[1].text(), "Second.");
  EXPECT_EQ(articles[2].id(), "d");
  ASSERT_EQ(reader.problems().size(), 2u);
  EXPECT_EQ(reader.problems()[0].origin, "stdin");
  EXPECT_EQ(reader.problems()[0].line, 2);
  EXPECT_EQ(reader.problems()[1].line, 5);
  EXPECT_EQ(reader.problems()[1].ToString().rfind("stdin:5: ", 0), 0u);
}

TEST(ArticleReaderTest, ReadsTxtJsonlAndDirectoriesInSortedOrder) {
  TempDir dir;
  dir.Write("corpus/b.txt", "Text of b.");
  dir.Write("corpus/a.txt", "Text of a.");
  dir.Write("corpus/ignored.md", "# not an article");
  dir.Write("corpus/sub/c.jsonl", "{\"id\":\"c1\",\"text\":\"C one.\"}\n{\"id\":\"c2\",\"text\":\"C two.\"}\n");
  const std::string extra = dir.Write("extra.jsonl", "{\"id\":\"e\",\"text\":\"E.\"}\n");
  auto reader = ArticleReader::Open({dir.path() + "/corpus", extra});
  ASSERT_TRUE(reader.ok()) << reader.status();
  std::vector<policy::v1::Article> articles = ReadAll(*reader);
  std::vector<std::string> ids;
  for (const auto& a : articles) ids.push_back(a.id());
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c1", "c2", "e"}));
  EXPECT_EQ(articles[0].text(), "Text of a.");
  EXPECT_TRUE(reader->problems().empty());
  EXPECT_EQ(reader->consumed_bytes(), reader->total_bytes());
  EXPECT_EQ(reader->last_origin(), extra + ":1");
}

TEST(ArticleReaderTest, NonUtf8InputIsReportedAndSkipped) {
  TempDir dir;
  const std::string latin1 = dir.Write("latin1.txt", "Caf\xe9 owners said prices would rise.");
  const std::string good = dir.Write("good.txt", "Fine text.");
  const std::string lines =
      dir.Write("mixed.jsonl", "{\"id\":\"x\",\"text\":\"Caf\xe9\"}\n{\"id\":\"y\",\"text\":\"ok\"}\n");
  auto reader = ArticleReader::Open({latin1, good, lines});
  ASSERT_TRUE(reader.ok());
  std::vector<std::string> ids;
  for (const auto& a : ReadAll(*reader)) ids.push_back(a.id());
  EXPECT_EQ(ids, (std::vector<std::string>{"good", "y"}));
  ASSERT_EQ(reader->problems().size(), 2u);
  EXPECT_EQ(reader->problems()[0].ToString(),
            latin1 + ": not valid UTF-8 at byte 3; re-encode it as UTF-8 (e.g. iconv -f latin1 "
                     "-t utf-8)");
  EXPECT_EQ(reader->problems()[1].origin, lines);
  EXPECT_EQ(reader->problems()[1].line, 1);
}

TEST(ArticleReaderTest, MissingPathIsNotFound) {
  auto reader = ArticleReader::Open({"/nonexistent/policyctl/input.jsonl"});
  EXPECT_EQ(reader.status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace policyctl
