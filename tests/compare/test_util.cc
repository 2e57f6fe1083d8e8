#include "tests/compare/test_util.h"

#include <fstream>
#include <sstream>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"

namespace policy::compare::testing {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

StatementKind KindFromName(absl::string_view name) {
  if (name == "direct") return StatementKind::kDirect;
  if (name == "mixed") return StatementKind::kMixed;
  return StatementKind::kIndirect;
}

}  // namespace

StatementRecord MakeStatement(int64_t id, const StatementSpec& spec) {
  StatementRecord record;
  record.id = id;
  record.article_id = spec.article;
  record.ordinal = spec.ordinal;
  record.kind = spec.kind;
  record.text = spec.text;
  record.content = Span{0, spec.text.size()};
  record.speaker.id = spec.speaker_id;
  record.speaker.display_name = spec.speaker_name;
  record.speaker.organizations = spec.organizations;
  record.speaker.roles = spec.roles;
  record.article_source = spec.outlet;
  record.article_published = spec.published;
  return record;
}

IndexResources DefaultResources() {
  absl::StatusOr<IndexResources> resources = IndexResources::LoadDefault();
  EXPECT_TRUE(resources.ok()) << resources.status();
  return resources.ok() ? *std::move(resources) : IndexResources();
}

std::shared_ptr<const Index> BuildIndex(std::vector<StatementRecord> records) {
  absl::StatusOr<std::shared_ptr<const Index>> index =
      Index::Build(std::move(records), 1, DefaultResources());
  EXPECT_TRUE(index.ok()) << index.status();
  return index.ok() ? *index : nullptr;
}

std::vector<StatementRecord> SampleStatements() {
  const std::string text =
      ReadFile(std::string(POLICY_SOURCE_DIR) + "/data/sample/000_b5cdd92fd3643d21.txt");
  const std::string table = ReadFile(std::string(COMPARE_TESTDATA_DIR) + "/sample_statements.tsv");
  std::vector<StatementRecord> records;
  for (absl::string_view line : absl::StrSplit(table, '\n', absl::SkipEmpty())) {
    if (line[0] == '#') continue;
    std::vector<std::string> fields = absl::StrSplit(line, '\t');
    EXPECT_EQ(fields.size(), 8u) << line;
    if (fields.size() != 8) continue;
    int ordinal = 0;
    size_t begin = 0, end = 0;
    EXPECT_TRUE(absl::SimpleAtoi(fields[0], &ordinal));
    EXPECT_TRUE(absl::SimpleAtoi(fields[1], &begin));
    EXPECT_TRUE(absl::SimpleAtoi(fields[2], &end));
    StatementRecord record;
    record.id = 1000 + ordinal;
    record.article_id = "sample";
    record.ordinal = ordinal;
    record.kind = KindFromName(fields[3]);
    record.content = Span{begin, end};
    record.text = text.substr(begin, end - begin);
    record.speaker.id = fields[4];
    record.speaker.display_name = fields[5];
    if (!fields[6].empty()) record.speaker.organizations = absl::StrSplit(fields[6], ';');
    if (!fields[7].empty()) record.speaker.roles = absl::StrSplit(fields[7], ';');
    record.article_source = "China Daily";
    record.article_published = "2025-03-06";
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace policy::compare::testing
