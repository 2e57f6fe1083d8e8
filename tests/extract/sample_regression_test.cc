// Keeps the sample article (data/sample, the project's own sample) at attribution F1 1.000:
// every gold statement found with its exact span (after trimming quotation marks, spaces and
// punctuation, as score.py does) and speaker, and nothing else. The expectation is kept in
// this file so the test cannot skip; when ../shared/eval/seed_gold.jsonl is present the same
// check also runs against it.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "server/extract/extractor.h"

namespace policy {
namespace {

struct Expected {
  size_t begin, end;  // UTF-8 bytes, trimmed
  std::string speaker;
  std::string organization;  // canonical; empty when none
};

// The gold statements of data/sample/000_b5cdd92fd3643d21.txt.
const std::vector<Expected> kExpected = {
    {0, 297, "national legislators, political advisers and experts", ""},
    {375, 600, "national legislators, political advisers and experts", ""},
    {696, 924, "Government Work Report", ""},
    {928, 1131, "Zhou Yunjie", "Haier"},
    {1284, 1534, "Zhou Yunjie", "Haier"},
    {1537, 1733, "Zhou Yunjie", "Haier"},
    {1761, 1894, "Zhou Yunjie", "Haier"},
    {2072, 2279, "Cao Peng", "JD"},
    {2298, 2515, "Cao Peng", "JD"},
    {2630, 2817, "Luo Zhongwei", "Chinese Academy of Social Sciences"},
    {2830, 2977, "Luo Zhongwei", "Chinese Academy of Social Sciences"},
    {2993, 3127, "Luo Zhongwei", "Chinese Academy of Social Sciences"},
    {3130, 3404, "Luo Zhongwei", "Chinese Academy of Social Sciences"},
    {3454, 3713, "Government Work Report", ""},
    {3804, 4016, "Dong Mingzhu", "Gree"},
    {4144, 4226, "Li Dongsheng", "TCL"},
    {4238, 4418, "Li Dongsheng", "TCL"},
    {4421, 4644, "Li Dongsheng", "TCL"},
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// score.py's trim: quotation marks, spaces and punctuation off both ends.
std::pair<size_t, size_t> Trim(const std::string& text, size_t b, size_t e) {
  static const std::vector<std::string> kTrim = {
      "\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\xC2\xAB",
      "\xC2\xBB", "`", " ", "\t", "\n", "\r", ",", ".", ";", ":", "!", "?", "-",
      "\xE2\x80\x94", "\xE2\x80\x93"};
  bool changed = true;
  while (changed && b < e) {
    changed = false;
    for (const std::string& t : kTrim) {
      if (b + t.size() <= e && text.compare(b, t.size(), t) == 0) b += t.size(), changed = true;
      if (e >= b + t.size() && text.compare(e - t.size(), t.size(), t) == 0) {
        e -= t.size(), changed = true;
      }
    }
  }
  return {b, e};
}

class SampleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    text_ = ReadFile(std::string(POLICY_SOURCE_DIR) + "/data/sample/000_b5cdd92fd3643d21.txt");
    ASSERT_GT(text_.size(), 4000u) << "sample article missing from data/sample";
    auto extractor = Extractor::Create(ExtractorOptions::Default());
    ASSERT_TRUE(extractor.ok()) << extractor.status();
    auto extraction = (*extractor)->Extract(text_);
    ASSERT_TRUE(extraction.ok()) << extraction.status();
    extraction_ = *std::move(extraction);
  }

  void ExpectExactly(const std::vector<Expected>& expected, bool check_org) {
    ASSERT_EQ(extraction_.statements.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
      const ExtractedStatement& s = extraction_.statements[i];
      auto [b, e] = Trim(text_, s.content.begin, s.content.end);
      EXPECT_EQ(b, expected[i].begin) << "statement " << i;
      EXPECT_EQ(e, expected[i].end) << "statement " << i;
      ASSERT_GE(s.speaker, 0) << "statement " << i << " has no speaker";
      const SpeakerProfile& p = extraction_.speakers[s.speaker];
      EXPECT_EQ(p.name, expected[i].speaker) << "statement " << i;
      if (check_org) {
        EXPECT_EQ(p.organizations.empty() ? "" : p.organizations.front(),
                  expected[i].organization)
            << "statement " << i;
      }
    }
  }

  std::string text_;
  Extraction extraction_;
};

TEST_F(SampleTest, AllEighteenStatementsWithSpansSpeakersAndOrganizations) {
  ExpectExactly(kExpected, /*check_org=*/true);
}

TEST_F(SampleTest, SpeakerKindsAndProfiles) {
  for (const ExtractedStatement& s : extraction_.statements) {
    const SpeakerProfile& p = extraction_.speakers[s.speaker];
    if (p.name == "national legislators, political advisers and experts") {
      EXPECT_EQ(p.kind, SpeakerKind::kGroup);
    } else if (p.name == "Government Work Report") {
      EXPECT_EQ(p.kind, SpeakerKind::kDocument);
    } else {
      EXPECT_EQ(p.kind, SpeakerKind::kPerson) << p.name;
    }
  }
  bool found_zhou = false;
  for (const SpeakerProfile& p : extraction_.speakers) {
    if (p.name != "Zhou Yunjie") continue;
    found_zhou = true;
    EXPECT_EQ(p.roles, (std::vector<std::string>{
                           "deputy to the 14th National People's Congress",
                           "chairman and CEO of Chinese home appliance manufacturer Haier Group"}));
    EXPECT_EQ(p.organizations,
              (std::vector<std::string>{"Haier", "National People's Congress"}));
    EXPECT_EQ(p.aliases, std::vector<std::string>{"Zhou"});
  }
  EXPECT_TRUE(found_zhou);
}

// The same check against the shared gold file, when the checkout has ../shared.
TEST_F(SampleTest, MatchesSharedSeedGoldWhenPresent) {
  const std::string path = std::string(POLICY_SOURCE_DIR) + "/../shared/eval/seed_gold.jsonl";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << path << " not present; the in-repo expectation still ran";
  std::string line;
  ASSERT_TRUE(std::getline(in, line));
  google::protobuf::Struct gold;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(line, &gold).ok());
  const std::string& gold_text = gold.fields().at("text").string_value();
  ASSERT_EQ(gold_text, text_) << "the shared sample and data/sample differ";
  // Gold offsets are code points: map them to bytes.
  std::vector<size_t> byte_of;
  for (size_t i = 0; i < gold_text.size(); ++i) {
    if ((static_cast<unsigned char>(gold_text[i]) & 0xC0) != 0x80) byte_of.push_back(i);
  }
  byte_of.push_back(gold_text.size());
  std::vector<Expected> expected;
  for (const auto& q : gold.fields().at("quotes").list_value().values()) {
    const auto& f = q.struct_value().fields();
    auto [b, e] = Trim(gold_text, byte_of[static_cast<size_t>(f.at("start").number_value())],
                       byte_of[static_cast<size_t>(f.at("end").number_value())]);
    expected.push_back({b, e, f.at("speaker").string_value(), ""});
  }
  ExpectExactly(expected, /*check_org=*/false);
}

}  // namespace
}  // namespace policy
