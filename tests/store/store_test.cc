#include "server/store/store.h"

#include <sqlite3.h>

#include <atomic>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "server/core/sha256.h"
#include "tests/store/store_test_util.h"

namespace policy {
namespace {

using testing_util::MakeArticle;
using testing_util::MakeExtraction;
using testing_util::Person;
using testing_util::Said;
using testing_util::TempDir;

// Runs `sql` on the database file behind the store's back, as another program would.
void ExecOnFile(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
}

// The first column of the first row of `sql` on the database file, or "" if it has no row.
std::string QueryOnFile(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  std::string value;
  if (stmt != nullptr && sqlite3_step(stmt) == SQLITE_ROW) {
    value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

// Runs each test on a file database and on ":memory:".
class StoreTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    path_ = GetParam() ? dir_.File("corpus.db") : ":memory:";
    absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(path_);
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = std::move(*store);
  }

  // Puts an article and expects success.
  PutOutcome Put(const Article& article, const Extraction& extraction) {
    absl::StatusOr<PutOutcome> outcome = store_->PutArticle(article, extraction);
    EXPECT_TRUE(outcome.ok()) << outcome.status();
    return outcome.ok() ? *outcome : PutOutcome::kUnchanged;
  }

  int64_t Revision() {
    absl::StatusOr<int64_t> revision = store_->GetRevision();
    EXPECT_TRUE(revision.ok()) << revision.status();
    return revision.value_or(-1);
  }

  std::vector<SpeakerRecord> AllSpeakers() {
    ListSpeakersOptions options;
    options.page_size = 1000;
    absl::StatusOr<Page<SpeakerRecord>> page = store_->ListSpeakers(options);
    EXPECT_TRUE(page.ok()) << page.status();
    return page.ok() ? page->items : std::vector<SpeakerRecord>{};
  }

  std::vector<StatementRecord> Search(SearchStatementsOptions options) {
    options.page_size = 1000;
    absl::StatusOr<Page<StatementRecord>> page = store_->SearchStatements(options);
    EXPECT_TRUE(page.ok()) << page.status();
    return page.ok() ? page->items : std::vector<StatementRecord>{};
  }

  TempDir dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
};

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values(true, false),
                         [](const ::testing::TestParamInfo<bool>& info) {
                           return info.param ? std::string("File") : std::string("Memory");
                         });

const char kHaierText[] =
    "\"Innovation is the core of our growth,\" said Zhou Yunjie, chairman of Haier Group. "
    "He added that factories must become smarter.";

Extraction HaierExtraction(const std::string& text = kHaierText) {
  return MakeExtraction(
      text, {Person("Zhou Yunjie", {"Haier"}, {"chairman"}, {"Zhou"})},
      {{"Innovation is the core of our growth", 0, StatementKind::kDirect, "said", "Zhou Yunjie"},
       {"factories must become smarter", 0, StatementKind::kIndirect, "added", "He"}});
}

TEST_P(StoreTest, CreateGetListDelete) {
  const Article article = MakeArticle("a1", kHaierText);
  EXPECT_EQ(Put(article, HaierExtraction()), PutOutcome::kCreated);

  absl::StatusOr<ArticleRecord> got = store_->GetArticle("a1", /*with_text=*/true);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->article.text, kHaierText);
  EXPECT_EQ(got->article.title, "Title of a1");
  EXPECT_EQ(got->article.source, "Daily Test");
  EXPECT_EQ(got->article.url, "https://example.com/a1");
  EXPECT_EQ(got->article.published, "2026-03-05");
  EXPECT_EQ(got->statement_count, 2);
  EXPECT_EQ(got->size_bytes, static_cast<int64_t>(std::string(kHaierText).size()));
  EXPECT_EQ(got->content_hash, Sha256Hex(kHaierText));
  EXPECT_GT(got->create_time_ms, 0);
  EXPECT_EQ(got->create_time_ms, got->update_time_ms);

  absl::StatusOr<ArticleRecord> metadata = store_->GetArticle("a1", /*with_text=*/false);
  ASSERT_TRUE(metadata.ok());
  EXPECT_TRUE(metadata->article.text.empty());
  EXPECT_EQ(metadata->content_hash, got->content_hash);

  ListArticlesOptions list;
  absl::StatusOr<Page<ArticleRecord>> page = store_->ListArticles(list);
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->total_size, 1);
  EXPECT_TRUE(page->next.empty());
  EXPECT_TRUE(page->items[0].article.text.empty());

  const std::vector<StatementRecord> statements = Search({});
  ASSERT_EQ(statements.size(), 2u);
  EXPECT_EQ(statements[0].text, "Innovation is the core of our growth");
  EXPECT_EQ(statements[0].ordinal, 0);
  EXPECT_EQ(statements[0].kind, StatementKind::kDirect);
  EXPECT_EQ(statements[0].cue, "said");
  EXPECT_EQ(statements[0].speaker_mention, "Zhou Yunjie");
  EXPECT_EQ(statements[0].speaker.id, "zhou-yunjie");
  EXPECT_EQ(statements[0].speaker.organizations, std::vector<std::string>{"Haier"});
  EXPECT_EQ(statements[0].article_source, "Daily Test");
  EXPECT_EQ(statements[0].article_published, "2026-03-05");
  EXPECT_EQ(statements[1].text, "factories must become smarter");
  EXPECT_EQ(statements[1].kind, StatementKind::kIndirect);
  EXPECT_EQ(std::string(kHaierText).substr(statements[1].content.begin,
                                           statements[1].content.size()),
            statements[1].text);
  EXPECT_EQ(statements[1].sentence_text, kHaierText);
  EXPECT_NE(statements[0].id, statements[1].id);

  absl::StatusOr<int64_t> removed = store_->DeleteArticle("a1");
  ASSERT_TRUE(removed.ok()) << removed.status();
  EXPECT_EQ(*removed, 2);
  EXPECT_EQ(store_->GetArticle("a1", false).status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->DeleteArticle("a1").status().code(), absl::StatusCode::kNotFound);
  EXPECT_TRUE(Search({}).empty());
  // The speaker had no other statements, so it is gone too.
  EXPECT_TRUE(AllSpeakers().empty());
  EXPECT_EQ(store_->GetSpeaker("zhou-yunjie").status().code(), absl::StatusCode::kNotFound);
}

TEST_P(StoreTest, IdenticalRePutIsUnchangedAndWritesNothing) {
  const Article article = MakeArticle("a1", kHaierText);
  EXPECT_EQ(Put(article, HaierExtraction()), PutOutcome::kCreated);
  const int64_t revision = Revision();
  EXPECT_GT(revision, 0);
  absl::StatusOr<ArticleRecord> before = store_->GetArticle("a1", false);
  ASSERT_TRUE(before.ok());

  EXPECT_EQ(Put(article, HaierExtraction()), PutOutcome::kUnchanged);
  EXPECT_EQ(Revision(), revision);
  absl::StatusOr<ArticleRecord> after = store_->GetArticle("a1", false);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->update_time_ms, before->update_time_ms);
  EXPECT_EQ(Search({}).size(), 2u);
}

TEST_P(StoreTest, SameTextExtractedDifferentlyIsAnUpdate) {
  // An upgraded extractor finds other statements in the same text: re-ingesting must replace
  // them, not report kUnchanged and keep the old ones.
  const Article article = MakeArticle("a1", kHaierText);
  EXPECT_EQ(Put(article, HaierExtraction()), PutOutcome::kCreated);
  Extraction fewer = HaierExtraction();
  fewer.statements.pop_back();
  EXPECT_EQ(Put(article, fewer), PutOutcome::kUpdated);
  EXPECT_EQ(Search({}).size(), 1u);
  EXPECT_EQ(Put(article, fewer), PutOutcome::kUnchanged);
}

TEST_P(StoreTest, MetadataChangeIsAnUpdate) {
  Article article = MakeArticle("a1", kHaierText);
  Put(article, HaierExtraction());
  const int64_t revision = Revision();
  article.title = "A better headline";
  EXPECT_EQ(Put(article, HaierExtraction()), PutOutcome::kUpdated);
  EXPECT_GT(Revision(), revision);
  absl::StatusOr<ArticleRecord> got = store_->GetArticle("a1", false);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->article.title, "A better headline");
}

TEST_P(StoreTest, UpdateReplacesStatementsAtomically) {
  Put(MakeArticle("a1", kHaierText), HaierExtraction());
  absl::StatusOr<ArticleRecord> first = store_->GetArticle("a1", false);
  ASSERT_TRUE(first.ok());
  const int64_t revision = Revision();

  const std::string text = "\"Quality decides everything,\" said Dong Mingzhu of Gree.";
  const Extraction extraction = MakeExtraction(
      text, {Person("Dong Mingzhu", {"Gree"})}, {{"Quality decides everything", 0}});
  EXPECT_EQ(Put(MakeArticle("a1", text), extraction), PutOutcome::kUpdated);
  EXPECT_GT(Revision(), revision);

  const std::vector<StatementRecord> statements = Search({});
  ASSERT_EQ(statements.size(), 1u);
  EXPECT_EQ(statements[0].text, "Quality decides everything");
  EXPECT_EQ(statements[0].speaker.id, "dong-mingzhu");
  absl::StatusOr<ArticleRecord> updated = store_->GetArticle("a1", true);
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated->article.text, text);
  EXPECT_EQ(updated->statement_count, 1);
  EXPECT_EQ(updated->create_time_ms, first->create_time_ms);
  EXPECT_NE(updated->content_hash, first->content_hash);
  // Zhou lost his only statements with the old text.
  const std::vector<SpeakerRecord> speakers = AllSpeakers();
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0].id, "dong-mingzhu");
  // Nothing of the old text is searchable.
  SearchStatementsOptions search;
  search.query = "innovation";
  EXPECT_TRUE(Search(search).empty());
}

TEST_P(StoreTest, InvalidPutIsRejectedAndChangesNothing) {
  Put(MakeArticle("a1", kHaierText), HaierExtraction());
  const int64_t revision = Revision();

  EXPECT_EQ(store_->PutArticle(MakeArticle("", kHaierText), HaierExtraction()).status().code(),
            absl::StatusCode::kInvalidArgument);

  Extraction out_of_range = HaierExtraction();
  out_of_range.statements[1].content.end = 10000;
  absl::Status status = store_->PutArticle(MakeArticle("a1", "changed text"), out_of_range).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("outside the text"), std::string::npos) << status;

  Extraction bad_speaker = HaierExtraction();
  bad_speaker.statements[0].speaker = 7;
  status = store_->PutArticle(MakeArticle("a2", kHaierText), bad_speaker).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("speaker index 7"), std::string::npos) << status;

  status = store_->PutArticle(MakeArticle("a3", "caf\xC3 au lait"), Extraction{}).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("UTF-8"), std::string::npos) << status;

  // A span that cuts "é" in half would store invalid UTF-8.
  const std::string accented = "\"Caf\xC3\xA9 culture,\" she said.";
  Extraction split = MakeExtraction(accented, {}, {{"Caf\xC3\xA9 culture", -1}});
  split.statements[0].content.end = 5;  // between 0xC3 and 0xA9
  status = store_->PutArticle(MakeArticle("a4", accented), split).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("splits a UTF-8 character"), std::string::npos) << status;

  EXPECT_EQ(Revision(), revision);
  EXPECT_EQ(store_->GetArticle("a2", false).status().code(), absl::StatusCode::kNotFound);
  absl::StatusOr<ArticleRecord> a1 = store_->GetArticle("a1", true);
  ASSERT_TRUE(a1.ok());
  EXPECT_EQ(a1->article.text, kHaierText);
}

TEST_P(StoreTest, UnattributedStatementsAreStoredWithoutSpeaker) {
  const std::string text = "\"Nobody knows who wrote this,\" the note read.";
  Put(MakeArticle("a1", text),
      MakeExtraction(text, {}, {{"Nobody knows who wrote this", -1, StatementKind::kDirect, "read"}}));
  const std::vector<StatementRecord> statements = Search({});
  ASSERT_EQ(statements.size(), 1u);
  EXPECT_TRUE(statements[0].speaker.id.empty());
  EXPECT_TRUE(AllSpeakers().empty());
  absl::StatusOr<CorpusCounts> counts = store_->GetCounts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->statements, 1);
  EXPECT_EQ(counts->speakers, 0);
}

TEST_P(StoreTest, SamePersonInTwoArticlesIsOneSpeaker) {
  Put(MakeArticle("a1", kHaierText), HaierExtraction());
  const std::string text2 =
      "Zhou Yunjie, CEO of Haier Group Co., Ltd., said that the company will open new plants.";
  Put(MakeArticle("a2", text2),
      MakeExtraction(text2, {Person("Zhou Yunjie", {"Haier Group Co., Ltd."}, {"CEO", "Chairman"})},
                     {{"the company will open new plants", 0, StatementKind::kIndirect}}));
  // A third article names him with a title and no organization: it joins the one Zhou Yunjie.
  const std::string text3 = "\"We listen to users,\" Mr. Zhou Yunjie told reporters.";
  Put(MakeArticle("a3", text3),
      MakeExtraction(text3, {Person("Mr. Zhou Yunjie")}, {{"We listen to users", 0}}));

  const std::vector<SpeakerRecord> speakers = AllSpeakers();
  ASSERT_EQ(speakers.size(), 1u);
  const SpeakerRecord& zhou = speakers[0];
  EXPECT_EQ(zhou.id, "zhou-yunjie");
  EXPECT_EQ(zhou.display_name, "Zhou Yunjie");
  EXPECT_EQ(zhou.kind, SpeakerKind::kPerson);
  EXPECT_EQ(zhou.statement_count, 4);
  EXPECT_EQ(zhou.article_count, 3);
  // Merged without duplicates ("Chairman" == "chairman"), in order of first appearance.
  EXPECT_EQ(zhou.roles, (std::vector<std::string>{"chairman", "CEO"}));
  // "Haier Group Co., Ltd." is the same organization as "Haier".
  EXPECT_EQ(zhou.organizations, std::vector<std::string>{"Haier"});
  EXPECT_EQ(zhou.aliases, (std::vector<std::string>{"Zhou", "Mr. Zhou Yunjie"}));

  absl::StatusOr<CorpusCounts> counts = store_->GetCounts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->articles, 3);
  EXPECT_EQ(counts->statements, 4);
  EXPECT_EQ(counts->speakers, 1);
  EXPECT_EQ(counts->organizations, 1);
  EXPECT_GE(counts->revision, 3);
  EXPECT_EQ(counts->schema_version, 3);

  // Deleting one article keeps the speaker with the remaining statements.
  ASSERT_TRUE(store_->DeleteArticle("a1").ok());
  absl::StatusOr<SpeakerRecord> after = store_->GetSpeaker("zhou-yunjie");
  ASSERT_TRUE(after.ok()) << after.status();
  EXPECT_EQ(after->statement_count, 2);
  EXPECT_EQ(after->article_count, 2);
}

TEST_P(StoreTest, SameNameIsOneSpeakerWhateverTheOrganizations) {
  // Organizations from real articles are noisy (a home state, a campaign, an employer), so
  // they never split a name: one speaker, with every organization it was seen with.
  const std::string text1 = "\"Prices will fall,\" said Li Wei of Acme.";
  const std::string text2 = "\"Prices will rise,\" said Li Wei of Globex.";
  const std::string text3 = "\"Nobody can say,\" Li Wei said.";
  Put(MakeArticle("a1", text1),
      MakeExtraction(text1, {Person("Li Wei", {"Acme"})}, {{"Prices will fall", 0}}));
  Put(MakeArticle("a2", text2),
      MakeExtraction(text2, {Person("Li Wei", {"Globex"})}, {{"Prices will rise", 0}}));
  Put(MakeArticle("a3", text3), MakeExtraction(text3, {Person("Li Wei")}, {{"Nobody can say", 0}}));
  const std::vector<SpeakerRecord> speakers = AllSpeakers();
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0].id, "li-wei");
  EXPECT_EQ(speakers[0].organizations, (std::vector<std::string>{"Acme", "Globex"}));
  EXPECT_EQ(speakers[0].statement_count, 3);
}

TEST_P(StoreTest, NamesakesAUserSeparatedAreChosenByOrganizationThenByQuotes) {
  const std::string text1 = "\"Prices will fall,\" said Li Wei of Acme.";
  const std::string text2 = "\"Prices will rise,\" said Wei Li of Globex Labs.";
  const std::string text3 = "\"Ships are late,\" said Wei Li of Globex Labs.";
  Put(MakeArticle("a1", text1),
      MakeExtraction(text1, {Person("Li Wei", {"Acme"})}, {{"Prices will fall", 0}}));
  Put(MakeArticle("a2", text2),
      MakeExtraction(text2, {Person("Wei Li", {"Globex Labs"})}, {{"Prices will rise", 0}}));
  Put(MakeArticle("a3", text3),
      MakeExtraction(text3, {Person("Wei Li", {"Globex Labs"})}, {{"Ships are late", 0}}));
  // The user learns that Globex's "Wei Li" writes his name "Li Wei": two speakers now answer
  // to that name.
  ASSERT_TRUE(store_->RenameSpeaker("wei-li", "Li Wei").ok());
  // A mention with an organization joins the namesake that shares it, even loosely
  // ("Globex" ~ "Globex Labs").
  const std::string text4 = "\"Costs matter,\" said Li Wei, Globex's chief economist.";
  Put(MakeArticle("a4", text4),
      MakeExtraction(text4, {Person("Li Wei", {"Globex"})}, {{"Costs matter", 0}}));
  // A bare mention, and one whose organization neither shares, join the most quoted.
  const std::string text5 = "\"Wait and see,\" Li Wei said.";
  Put(MakeArticle("a5", text5), MakeExtraction(text5, {Person("Li Wei")}, {{"Wait and see", 0}}));
  const std::string text6 = "\"Maybe,\" said Li Wei of Initech.";
  Put(MakeArticle("a6", text6),
      MakeExtraction(text6, {Person("Li Wei", {"Initech"})}, {{"Maybe", 0}}));

  std::map<std::string, SpeakerRecord> by_id;
  for (SpeakerRecord& speaker : AllSpeakers()) by_id[speaker.id] = speaker;
  ASSERT_EQ(by_id.size(), 2u);
  EXPECT_EQ(by_id["li-wei"].statement_count, 1);
  EXPECT_EQ(by_id["wei-li"].statement_count, 5);
  EXPECT_EQ(by_id["wei-li"].organizations,
            (std::vector<std::string>{"Globex Labs", "Globex", "Initech"}));
}

TEST_P(StoreTest, MiddleInitialsAreOptionalButNotIgnored) {
  const std::string text1 = "\"Ferries run late,\" said Tom W. Lee.";
  const std::string text2 = "\"Ferries run early,\" said Tom H. W. Lee.";
  const std::string text3 = "\"Bridges are safe,\" said Tom Lee.";
  const std::string text4 = "\"Ports are busy,\" said Tom W. Lee.";
  Put(MakeArticle("a1", text1), MakeExtraction(text1, {Person("Tom W. Lee")}, {{"Ferries run late", 0}}));
  Put(MakeArticle("a2", text2),
      MakeExtraction(text2, {Person("Tom H. W. Lee")}, {{"Ferries run early", 0}}));
  Put(MakeArticle("a4", text4), MakeExtraction(text4, {Person("Tom W. Lee")}, {{"Ports are busy", 0}}));
  Put(MakeArticle("a3", text3), MakeExtraction(text3, {Person("Tom Lee")}, {{"Bridges are safe", 0}}));
  std::map<std::string, SpeakerRecord> by_id;
  for (SpeakerRecord& speaker : AllSpeakers()) by_id[speaker.id] = speaker;
  // Two men: "Tom W. Lee" finds his own, "Tom H. W. Lee" does not join him, and "Tom Lee"
  // without initials joins the more quoted of the two.
  ASSERT_EQ(by_id.size(), 2u);
  EXPECT_EQ(by_id["tom-w-lee"].statement_count, 3);
  EXPECT_EQ(by_id["tom-h-w-lee"].statement_count, 1);
}

TEST_P(StoreTest, ASurnameAloneJoinsTheOneFullNameItCanMean) {
  auto put = [&](const std::string& id, SpeakerProfile person, const std::string& words) {
    const std::string text = "\"" + words + ",\" " + person.name + " said.";
    Put(MakeArticle(id, text), MakeExtraction(text, {std::move(person)}, {{words, 0}}));
  };
  put("a1", Person("Ida Moss", {}, {"Mayor"}), "Ferries run late");
  put("a2", Person("Moss", {}, {"Mayor"}), "Ports are busy");  // only one Moss: joins her
  put("a3", Person("Tom Lee Jr.", {}, {"Senator"}), "Bridges are safe");
  put("a4", Person("Ann Lee", {}, {"Judge"}), "Rates will rise");
  put("a5", Person("Lee", {}, {"Judge"}), "Rates will fall");  // the Lee who is a judge
  put("a6", Person("Lee"), "Nobody knows");  // which Lee? a speaker of its own
  put("a7", Person("Ray", {}, {"Mayor"}), "Maybe");  // no Ray with a full name yet
  std::map<std::string, SpeakerRecord> by_id;
  for (SpeakerRecord& speaker : AllSpeakers()) by_id[speaker.id] = speaker;
  ASSERT_EQ(by_id.size(), 5u);
  EXPECT_EQ(by_id["ida-moss"].statement_count, 2);
  EXPECT_EQ(by_id["tom-lee-jr"].statement_count, 1);
  EXPECT_EQ(by_id["ann-lee"].statement_count, 2);
  EXPECT_EQ(by_id["lee"].statement_count, 1);
  EXPECT_EQ(by_id["ray"].statement_count, 1);
}

TEST_P(StoreTest, DescriptionsAreSpeakersOnlyWithinTheirArticle) {
  const std::string text1 = "Officials said the ferry was safe. Officials said it was new.";
  const std::string text2 = "Officials said the bridge would close.";
  SpeakerProfile officials;
  officials.name = "Officials";
  officials.kind = SpeakerKind::kGroup;
  officials.description = true;
  Put(MakeArticle("a1", text1),
      MakeExtraction(text1, {officials},
                     {{"the ferry was safe", 0, StatementKind::kIndirect},
                      {"it was new", 0, StatementKind::kIndirect}}));
  Put(MakeArticle("a2", text2), MakeExtraction(text2, {officials},
                                               {{"the bridge would close", 0,
                                                 StatementKind::kIndirect}}));
  // A named group with the same words is a third speaker, shared across articles.
  SpeakerProfile named = officials;
  named.description = false;
  const std::string text3 = "Officials said the port was full.";
  const std::string text4 = "Officials said the port was empty.";
  Put(MakeArticle("a3", text3),
      MakeExtraction(text3, {named}, {{"the port was full", 0, StatementKind::kIndirect}}));
  Put(MakeArticle("a4", text4),
      MakeExtraction(text4, {named}, {{"the port was empty", 0, StatementKind::kIndirect}}));
  std::map<std::string, SpeakerRecord> by_id;
  for (SpeakerRecord& speaker : AllSpeakers()) by_id[speaker.id] = speaker;
  ASSERT_EQ(by_id.size(), 3u);
  EXPECT_EQ(by_id["officials"].statement_count, 2);
  EXPECT_EQ(by_id["officials"].article_count, 1);
  EXPECT_EQ(by_id["officials-2"].statement_count, 1);
  EXPECT_EQ(by_id["officials-3"].statement_count, 2);
  EXPECT_EQ(by_id["officials-3"].article_count, 2);
  // Re-putting an article finds its own description again instead of adding one.
  Put(MakeArticle("a2", text2 + " Officials said no more."),
      MakeExtraction(text2 + " Officials said no more.", {officials},
                     {{"the bridge would close", 0, StatementKind::kIndirect},
                      {"no more", 0, StatementKind::kIndirect}}));
  absl::StatusOr<SpeakerRecord> a2 = store_->GetSpeaker("officials-2");
  ASSERT_TRUE(a2.ok()) << a2.status();
  EXPECT_EQ(a2->statement_count, 2);
}

TEST_P(StoreTest, DescriptionsSayTheirArticleAndCanBeLeftOut) {
  SpeakerProfile officials;
  officials.name = "Officials";
  officials.kind = SpeakerKind::kGroup;
  officials.description = true;
  const std::string text1 = "Officials said the ferry was safe.";
  Put(MakeArticle("a1", text1),
      MakeExtraction(text1, {officials}, {{"the ferry was safe", 0, StatementKind::kIndirect}}));
  const std::string text2 = "Officials said the bridge would close. Ann Ray agreed, Ray said.";
  Put(MakeArticle("a2", text2),
      MakeExtraction(text2, {officials, Person("Ann Ray")},
                     {{"the bridge would close", 0, StatementKind::kIndirect},
                      {"Ann Ray agreed", 1, StatementKind::kIndirect}}));
  std::map<std::string, SpeakerRecord> by_id;
  for (SpeakerRecord& speaker : AllSpeakers()) by_id[speaker.id] = speaker;
  ASSERT_EQ(by_id.size(), 3u);
  EXPECT_EQ(by_id["officials"].description_article, "a1");
  EXPECT_EQ(by_id["officials-2"].description_article, "a2");
  EXPECT_EQ(by_id["ann-ray"].description_article, "");

  ListSpeakersOptions options;
  options.named_only = true;
  absl::StatusOr<Page<SpeakerRecord>> named = store_->ListSpeakers(options);
  ASSERT_TRUE(named.ok()) << named.status();
  ASSERT_EQ(named->items.size(), 1u);
  EXPECT_EQ(named->items[0].id, "ann-ray");
  EXPECT_EQ(named->total_size, 1);

  // A renamed description has a name: it is listed, and says no article.
  absl::StatusOr<SpeakerRecord> renamed = store_->RenameSpeaker("officials", "Harbor officials");
  ASSERT_TRUE(renamed.ok()) << renamed.status();
  EXPECT_EQ(renamed->description_article, "");
  named = store_->ListSpeakers(options);
  ASSERT_TRUE(named.ok()) << named.status();
  EXPECT_EQ(named->total_size, 2);
  // So is one merged into a named speaker.
  absl::StatusOr<SpeakerRecord> merged = store_->MergeSpeakers("ann-ray", {"officials-2"});
  ASSERT_TRUE(merged.ok()) << merged.status();
  EXPECT_EQ(merged->description_article, "");
}

TEST_P(StoreTest, SplitSpeakerSeparatesNamesakesForGood) {
  // Two people named Tom Lee, joined by name: one runs the ferries, one the library.
  const std::string text1 = "Tom Lee said the ferry was late.";
  const std::string text2 = "Tom Lee said the library was closed.";
  const std::string text3 = "Tom Lee said the ferry was full.";
  Put(MakeArticle("f1", text1), MakeExtraction(text1, {Person("Tom Lee", {"Harbor Ferries"})},
                                               {{"the ferry was late", 0}}));
  Put(MakeArticle("l1", text2),
      MakeExtraction(text2, {Person("Tom Lee")}, {{"the library was closed", 0}}));
  Put(MakeArticle("f2", text3),
      MakeExtraction(text3, {Person("Tom Lee")}, {{"the ferry was full", 0}}));
  ASSERT_EQ(AllSpeakers().size(), 1u);

  SplitSpeakerOptions options;
  options.speaker_id = "tom-lee";
  options.article_ids = {"l1"};
  options.organizations = {"City Library"};
  absl::StatusOr<SpeakerRecord> librarian = store_->SplitSpeaker(options);
  ASSERT_TRUE(librarian.ok()) << librarian.status();
  EXPECT_EQ(librarian->id, "tom-lee-2");
  EXPECT_EQ(librarian->display_name, "Tom Lee");
  EXPECT_EQ(librarian->statement_count, 1);
  EXPECT_EQ(librarian->organizations, std::vector<std::string>{"City Library"});
  absl::StatusOr<SpeakerRecord> ferryman = store_->GetSpeaker("tom-lee");
  ASSERT_TRUE(ferryman.ok()) << ferryman.status();
  EXPECT_EQ(ferryman->statement_count, 2);

  // A later article that names the library finds the librarian, not the most quoted Lee.
  const std::string text4 = "Tom Lee of the City Library said the books were due.";
  Put(MakeArticle("l2", text4), MakeExtraction(text4, {Person("Tom Lee", {"City Library"})},
                                               {{"the books were due", 0}}));
  librarian = store_->GetSpeaker("tom-lee-2");
  ASSERT_TRUE(librarian.ok()) << librarian.status();
  EXPECT_EQ(librarian->statement_count, 2);

  // Errors say what to fix, and change nothing.
  options.article_ids = {};
  EXPECT_EQ(store_->SplitSpeaker(options).status().code(), absl::StatusCode::kInvalidArgument);
  options.article_ids = {"nope"};
  EXPECT_EQ(store_->SplitSpeaker(options).status().code(), absl::StatusCode::kNotFound);
  options.article_ids = {"l1"};  // the ferryman has no statement there now
  EXPECT_EQ(store_->SplitSpeaker(options).status().code(),
            absl::StatusCode::kFailedPrecondition);
  options.article_ids = {"f1", "f2"};  // every statement: that is a rename
  EXPECT_EQ(store_->SplitSpeaker(options).status().code(),
            absl::StatusCode::kFailedPrecondition);
  options.speaker_id = "nobody";
  options.article_ids = {"f1"};
  EXPECT_EQ(store_->SplitSpeaker(options).status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(AllSpeakers().size(), 2u);
}

TEST_P(StoreTest, UpdatesAndDeletesTakeBackWhatOnlyTheirArticleSaid) {
  const std::string text1 = "Tom Lee, a ferry captain, said the ferry was late.";
  const std::string text2 = "Tom Lee said the port was full.";
  Put(MakeArticle("a1", text1),
      MakeExtraction(text1, {Person("Tom Lee", {"Harbor Ferries"}, {"ferry captain"}, {"Lee"})},
                     {{"the ferry was late", 0}}));
  Put(MakeArticle("a2", text2),
      MakeExtraction(text2, {Person("Tom Lee", {"Harbor Union"}, {"ferry captain", "union member"})},
                     {{"the port was full", 0}}));
  absl::StatusOr<SpeakerRecord> lee = store_->GetSpeaker("tom-lee");
  ASSERT_TRUE(lee.ok()) << lee.status();
  EXPECT_EQ(lee->roles, (std::vector<std::string>{"ferry captain", "union member"}));
  EXPECT_EQ(lee->organizations, (std::vector<std::string>{"Harbor Ferries", "Harbor Union"}));

  // a2 re-extracted (say, by a better extractor): what only its old extraction said goes;
  // "ferry captain", which a1 says too, stays where it was.
  ASSERT_EQ(Put(MakeArticle("a2", text2),
                MakeExtraction(text2, {Person("Tom Lee", {}, {"port director"})},
                               {{"the port was full", 0}})),
            PutOutcome::kUpdated);
  lee = store_->GetSpeaker("tom-lee");
  ASSERT_TRUE(lee.ok()) << lee.status();
  EXPECT_EQ(lee->roles, (std::vector<std::string>{"ferry captain", "port director"}));
  EXPECT_EQ(lee->organizations, std::vector<std::string>{"Harbor Ferries"});

  // What a user said stays: the old display name as an alias after a rename.
  ASSERT_TRUE(store_->RenameSpeaker("tom-lee", "Thomas Lee").ok());
  ASSERT_TRUE(store_->DeleteArticle("a1").ok());
  lee = store_->GetSpeaker("tom-lee");
  ASSERT_TRUE(lee.ok()) << lee.status();
  EXPECT_EQ(lee->roles, std::vector<std::string>{"port director"});
  EXPECT_TRUE(lee->organizations.empty());
  EXPECT_EQ(lee->aliases, std::vector<std::string>{"Tom Lee"});  // "Lee" was a1's
  EXPECT_EQ(lee->statement_count, 1);
}

TEST_P(StoreTest, MergedAndSplitAttributesKeepTheirArticles) {
  const std::string text1 = "Ann Ray, the mayor, said the bridge was safe.";
  const std::string text2 = "A. Ray, chair of the Ferry Board, said the ferry was late.";
  const std::string text3 = "Ann Ray said the library was open.";
  Put(MakeArticle("a1", text1),
      MakeExtraction(text1, {Person("Ann Ray", {}, {"mayor"})}, {{"the bridge was safe", 0}}));
  Put(MakeArticle("a2", text2),
      MakeExtraction(text2, {Person("A. Ray", {"Ferry Board"}, {"chair of the Ferry Board"})},
                     {{"the ferry was late", 0}}));
  Put(MakeArticle("a3", text3), MakeExtraction(text3, {Person("Ann Ray", {}, {"librarian"})},
                                               {{"the library was open", 0}}));
  absl::StatusOr<SpeakerRecord> merged = store_->MergeSpeakers("ann-ray", {"a-ray"});
  ASSERT_TRUE(merged.ok()) << merged.status();
  EXPECT_EQ(merged->roles,
            (std::vector<std::string>{"mayor", "librarian", "chair of the Ferry Board"}));
  EXPECT_EQ(merged->organizations, std::vector<std::string>{"Ferry Board"});

  // Splitting a3 off moves what a3 said with it.
  SplitSpeakerOptions options;
  options.speaker_id = "ann-ray";
  options.article_ids = {"a3"};
  absl::StatusOr<SpeakerRecord> librarian = store_->SplitSpeaker(options);
  ASSERT_TRUE(librarian.ok()) << librarian.status();
  EXPECT_EQ(librarian->roles, std::vector<std::string>{"librarian"});
  absl::StatusOr<SpeakerRecord> mayor = store_->GetSpeaker("ann-ray");
  ASSERT_TRUE(mayor.ok()) << mayor.status();
  EXPECT_EQ(mayor->roles, (std::vector<std::string>{"mayor", "chair of the Ferry Board"}));

  // The merged speaker's attributes still know their article: deleting a2 takes them back;
  // the merged name stays an alias (a user's merge said it).
  ASSERT_TRUE(store_->DeleteArticle("a2").ok());
  mayor = store_->GetSpeaker("ann-ray");
  ASSERT_TRUE(mayor.ok()) << mayor.status();
  EXPECT_EQ(mayor->roles, std::vector<std::string>{"mayor"});
  EXPECT_TRUE(mayor->organizations.empty());
  EXPECT_EQ(mayor->aliases, std::vector<std::string>{"A. Ray"});
}

TEST_P(StoreTest, MentionWithOrganizationJoinsTheOnlySpeakerWithoutOne) {
  const std::string text1 = "\"Exports held up,\" Cao Peng said.";
  const std::string text2 = "\"Logistics is technology,\" said Cao Peng of JD.";
  Put(MakeArticle("a1", text1), MakeExtraction(text1, {Person("Cao Peng")}, {{"Exports held up", 0}}));
  Put(MakeArticle("a2", text2),
      MakeExtraction(text2, {Person("Cao Peng", {"JD"})}, {{"Logistics is technology", 0}}));
  const std::vector<SpeakerRecord> speakers = AllSpeakers();
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0].organizations, std::vector<std::string>{"JD"});
  EXPECT_EQ(speakers[0].statement_count, 2);
}

TEST_P(StoreTest, DifferentKindsWithTheSameNameStayApart) {
  const std::string text = "The Future Report states that demand grows. Future Report said no.";
  SpeakerProfile document;
  document.name = "Future Report";
  document.kind = SpeakerKind::kDocument;
  Put(MakeArticle("a1", text),
      MakeExtraction(text, {document, Person("Future Report")},
                     {{"demand grows", 0, StatementKind::kIndirect, "states"},
                      {"no", 1, StatementKind::kIndirect}}));
  EXPECT_EQ(AllSpeakers().size(), 2u);
}

TEST_P(StoreTest, RenameSpeaker) {
  Put(MakeArticle("a1", kHaierText), HaierExtraction());
  const int64_t revision = Revision();
  absl::StatusOr<SpeakerRecord> renamed = store_->RenameSpeaker("zhou-yunjie", "  Yunjie  Zhou ");
  ASSERT_TRUE(renamed.ok()) << renamed.status();
  EXPECT_EQ(renamed->id, "zhou-yunjie");  // ids are stable
  EXPECT_EQ(renamed->display_name, "Yunjie Zhou");
  EXPECT_EQ(renamed->aliases, (std::vector<std::string>{"Zhou", "Zhou Yunjie"}));
  EXPECT_GT(Revision(), revision);

  // Renaming back removes the name from the aliases again.
  renamed = store_->RenameSpeaker("zhou-yunjie", "Zhou Yunjie");
  ASSERT_TRUE(renamed.ok());
  EXPECT_EQ(renamed->aliases, (std::vector<std::string>{"Zhou", "Yunjie Zhou"}));

  // Renaming to the same name changes nothing.
  const int64_t unchanged = Revision();
  ASSERT_TRUE(store_->RenameSpeaker("zhou-yunjie", "Zhou Yunjie").ok());
  EXPECT_EQ(Revision(), unchanged);

  EXPECT_EQ(store_->RenameSpeaker("nobody", "X").status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->RenameSpeaker("zhou-yunjie", " . ").status().code(),
            absl::StatusCode::kInvalidArgument);

  // Both names now resolve new mentions to the same speaker.
  const std::string text = "\"Users first,\" said Yunjie Zhou.";
  Put(MakeArticle("a2", text), MakeExtraction(text, {Person("Yunjie Zhou")}, {{"Users first", 0}}));
  EXPECT_EQ(AllSpeakers().size(), 1u);
}

TEST_P(StoreTest, MergeSpeakers) {
  const std::string text =
      "\"Scale matters,\" said Zhang San of Acme. \"Speed matters,\" said Z. San. "
      "\"Cost matters,\" said Zhang S.";
  Put(MakeArticle("a1", text),
      MakeExtraction(text,
                     {Person("Zhang San", {"Acme"}, {"CEO"}), Person("Z. San", {}, {"founder"}),
                      Person("Zhang S.")},
                     {{"Scale matters", 0}, {"Speed matters", 1}, {"Cost matters", 2}}));
  ASSERT_EQ(AllSpeakers().size(), 3u);

  EXPECT_EQ(store_->MergeSpeakers("zhang-san", {"z-san", "zhang-san"}).status().code(),
            absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(store_->MergeSpeakers("zhang-san", {"nobody"}).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->MergeSpeakers("nobody", {"z-san"}).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->MergeSpeakers("zhang-san", {}).status().code(),
            absl::StatusCode::kInvalidArgument);
  // A failed merge changed nothing.
  ASSERT_EQ(AllSpeakers().size(), 3u);

  const int64_t revision = Revision();
  absl::StatusOr<SpeakerRecord> merged = store_->MergeSpeakers("zhang-san", {"z-san", "zhang-s"});
  ASSERT_TRUE(merged.ok()) << merged.status();
  EXPECT_GT(Revision(), revision);
  EXPECT_EQ(merged->statement_count, 3);
  EXPECT_EQ(merged->article_count, 1);
  EXPECT_EQ(merged->roles, (std::vector<std::string>{"CEO", "founder"}));
  EXPECT_EQ(merged->organizations, std::vector<std::string>{"Acme"});
  EXPECT_EQ(merged->aliases, (std::vector<std::string>{"Z. San", "Zhang S."}));
  EXPECT_EQ(store_->GetSpeaker("z-san").status().code(), absl::StatusCode::kNotFound);
  for (const StatementRecord& statement : Search({})) {
    EXPECT_EQ(statement.speaker.id, "zhang-san");
  }
  // A later mention under a merged name resolves to the target.
  const std::string later = "\"Growth matters,\" said Z. San.";
  Put(MakeArticle("a2", later), MakeExtraction(later, {Person("Z. San")}, {{"Growth matters", 0}}));
  const std::vector<SpeakerRecord> speakers = AllSpeakers();
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0].statement_count, 4);
}

TEST_P(StoreTest, FindSpeakerIdByNameOrAlias) {
  Put(MakeArticle("a1", kHaierText), HaierExtraction());
  EXPECT_EQ(store_->FindSpeakerId("Zhou Yunjie").value_or(""), "zhou-yunjie");
  EXPECT_EQ(store_->FindSpeakerId("ZHOU  yunjie").value_or(""), "zhou-yunjie");
  EXPECT_EQ(store_->FindSpeakerId("zhou").value_or(""), "zhou-yunjie");          // alias
  EXPECT_EQ(store_->FindSpeakerId("Mr. Zhou Yunjie").value_or(""), "zhou-yunjie");  // title
  EXPECT_EQ(store_->FindSpeakerId("Dong Mingzhu").status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->FindSpeakerId("  ").status().code(), absl::StatusCode::kInvalidArgument);
}

TEST_P(StoreTest, ArticlePaginationHasExactTotalsAndNoGapsOrDuplicates) {
  constexpr int kArticles = 57;
  for (int i = 0; i < kArticles; ++i) {
    const std::string text = "\"Number " + std::to_string(i) + " speaks,\" said Ann Lee.";
    Put(MakeArticle("art-" + std::to_string(1000 + i), text, i % 3 == 0 ? "Outlet A" : "Outlet B"),
        MakeExtraction(text, {Person("Ann Lee")}, {{"Number " + std::to_string(i) + " speaks", 0}}));
  }
  for (int page_size : {1, 10, 57, 100}) {
    ListArticlesOptions options;
    options.page_size = page_size;
    std::vector<std::string> ids;
    int pages = 0;
    do {
      absl::StatusOr<Page<ArticleRecord>> page = store_->ListArticles(options);
      ASSERT_TRUE(page.ok()) << page.status();
      EXPECT_EQ(page->total_size, kArticles);
      EXPECT_LE(static_cast<int>(page->items.size()), page_size);
      for (const ArticleRecord& record : page->items) ids.push_back(record.article.id);
      options.after = page->next;
      ASSERT_LT(++pages, 100);
    } while (!options.after.empty());
    ASSERT_EQ(ids.size(), static_cast<size_t>(kArticles)) << "page size " << page_size;
    for (int i = 0; i < kArticles; ++i) EXPECT_EQ(ids[i], "art-" + std::to_string(1000 + i));
  }
  ListArticlesOptions filtered;
  filtered.source = "Outlet A";
  filtered.page_size = 7;
  filtered.with_text = true;
  absl::StatusOr<Page<ArticleRecord>> page = store_->ListArticles(filtered);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total_size, 19);
  EXPECT_EQ(page->items.size(), 7u);
  EXPECT_FALSE(page->items[0].article.text.empty());
  for (const ArticleRecord& record : page->items) EXPECT_EQ(record.article.source, "Outlet A");

  // Statements page the same way, in (article, ordinal) order.
  SearchStatementsOptions search;
  search.page_size = 8;
  std::set<int64_t> seen;
  std::string previous;
  do {
    absl::StatusOr<Page<StatementRecord>> statements = store_->SearchStatements(search);
    ASSERT_TRUE(statements.ok()) << statements.status();
    EXPECT_EQ(statements->total_size, kArticles);
    for (const StatementRecord& statement : statements->items) {
      EXPECT_TRUE(seen.insert(statement.id).second);
      EXPECT_LT(previous, statement.article_id);
      previous = statement.article_id;
    }
    search.after = statements->next;
  } while (!search.after.empty());
  EXPECT_EQ(seen.size(), static_cast<size_t>(kArticles));
}

TEST_P(StoreTest, SpeakerPaginationOrdersByCountThenId) {
  // Speaker k has (k % 4) + 1 statements, so counts tie in groups.
  constexpr int kSpeakers = 23;
  for (int k = 0; k < kSpeakers; ++k) {
    std::string text;
    std::vector<Said> said;
    for (int j = 0; j <= k % 4; ++j) {
      const std::string content = "point " + std::to_string(k) + "x" + std::to_string(j);
      text += "\"" + content + ",\" she said. ";
      said.push_back({content, 0});
    }
    Put(MakeArticle("a" + std::to_string(k), text),
        MakeExtraction(text, {Person("Person " + std::string(1, static_cast<char>('A' + k)))}, said));
  }
  std::vector<SpeakerRecord> all;
  ListSpeakersOptions options;
  options.page_size = 4;
  do {
    absl::StatusOr<Page<SpeakerRecord>> page = store_->ListSpeakers(options);
    ASSERT_TRUE(page.ok()) << page.status();
    EXPECT_EQ(page->total_size, kSpeakers);
    all.insert(all.end(), page->items.begin(), page->items.end());
    options.after = page->next;
  } while (!options.after.empty());
  ASSERT_EQ(all.size(), static_cast<size_t>(kSpeakers));
  std::set<std::string> ids;
  for (size_t i = 0; i < all.size(); ++i) {
    EXPECT_TRUE(ids.insert(all[i].id).second) << all[i].id;
    if (i > 0) {
      const bool ordered = all[i - 1].statement_count > all[i].statement_count ||
                           (all[i - 1].statement_count == all[i].statement_count &&
                            all[i - 1].id < all[i].id);
      EXPECT_TRUE(ordered) << all[i - 1].id << " before " << all[i].id;
    }
  }
  EXPECT_EQ(all.front().statement_count, 4);
  EXPECT_EQ(all.back().statement_count, 1);
}

TEST_P(StoreTest, ListSpeakersFilters) {
  Put(MakeArticle("a1", kHaierText), HaierExtraction());
  const std::string text = "\"Quality decides everything,\" said Dong Mingzhu of Gree.";
  Put(MakeArticle("a2", text),
      MakeExtraction(text, {Person("Dong Mingzhu", {"Gree Electric"})},
                     {{"Quality decides everything", 0}}));
  ListSpeakersOptions options;
  options.organization = "haier group";
  absl::StatusOr<Page<SpeakerRecord>> page = store_->ListSpeakers(options);
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].id, "zhou-yunjie");
  EXPECT_EQ(page->total_size, 1);

  options = {};
  options.query = "MINGZ";
  page = store_->ListSpeakers(options);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].id, "dong-mingzhu");

  options = {};
  options.query = "zhou";  // matches the display name and the alias "Zhou" once
  page = store_->ListSpeakers(options);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total_size, 1);
}

TEST_P(StoreTest, FullTextSearchStemsAndFilters) {
  Put(MakeArticle("a1", kHaierText), HaierExtraction());
  const std::string text =
      "\"We innovate every day,\" said Cao Peng of JD. He said that logistics needs innovative ideas.";
  Put(MakeArticle("a2", text),
      MakeExtraction(text, {Person("Cao Peng", {"JD"})},
                     {{"We innovate every day", 0},
                      {"logistics needs innovative ideas", 0, StatementKind::kIndirect}}));

  SearchStatementsOptions search;
  search.query = "innovation";  // Porter: innovation, innovate, innovative -> "innov"
  std::vector<StatementRecord> found = Search(search);
  ASSERT_EQ(found.size(), 3u);

  search.organization = "JD";
  EXPECT_EQ(Search(search).size(), 2u);
  search.kinds = {StatementKind::kIndirect};
  found = Search(search);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "logistics needs innovative ideas");

  search = {};
  search.speaker_id = "zhou-yunjie";
  EXPECT_EQ(Search(search).size(), 2u);
  search = {};
  search.article_id = "a2";
  EXPECT_EQ(Search(search).size(), 2u);
  search = {};
  search.query = "\"every day\" AND innov*";
  EXPECT_EQ(Search(search).size(), 1u);
  search.query = "logistics NOT ideas";
  EXPECT_TRUE(Search(search).empty());
  // Prefixes match stems (documented in docs/storage.md): "innov*" yes, "innovat*" no.
  search.query = "innov*";
  EXPECT_EQ(Search(search).size(), 3u);
  search.query = "innovat*";
  EXPECT_TRUE(Search(search).empty());

  for (const char* malformed : {"\"unbalanced", "AND", "innovation OR", "(open", "foo:bar"}) {
    SearchStatementsOptions bad;
    bad.query = malformed;
    absl::Status status = store_->SearchStatements(bad).status();
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << malformed << ": " << status;
    EXPECT_NE(status.message().find(malformed), std::string::npos) << status;
  }
}

TEST_P(StoreTest, BadPagingArgumentsAreInvalid) {
  ListArticlesOptions articles;
  articles.page_size = 0;
  EXPECT_EQ(store_->ListArticles(articles).status().code(), absl::StatusCode::kInvalidArgument);
  articles.page_size = 10;
  articles.after = "%%%";
  EXPECT_EQ(store_->ListArticles(articles).status().code(), absl::StatusCode::kInvalidArgument);
  ListSpeakersOptions speakers;
  speakers.page_size = -1;
  EXPECT_EQ(store_->ListSpeakers(speakers).status().code(), absl::StatusCode::kInvalidArgument);
  speakers.page_size = 5;
  speakers.after = "abc";
  EXPECT_EQ(store_->ListSpeakers(speakers).status().code(), absl::StatusCode::kInvalidArgument);
  SearchStatementsOptions search;
  search.after = "abc";
  EXPECT_EQ(store_->SearchStatements(search).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST_P(StoreTest, ForEachStatementVisitsInOrderAndStopsEarly) {
  Put(MakeArticle("b", kHaierText), HaierExtraction());
  Put(MakeArticle("a", kHaierText), HaierExtraction());
  std::vector<std::pair<std::string, int>> order;
  ASSERT_TRUE(store_
                  ->ForEachStatement([&](const StatementRecord& statement) {
                    EXPECT_EQ(statement.speaker.display_name, "Zhou Yunjie");
                    EXPECT_EQ(statement.speaker.statement_count, 4);
                    order.emplace_back(statement.article_id, statement.ordinal);
                    return true;
                  })
                  .ok());
  EXPECT_EQ(order, (std::vector<std::pair<std::string, int>>{{"a", 0}, {"a", 1}, {"b", 0}, {"b", 1}}));
  int visited = 0;
  ASSERT_TRUE(store_->ForEachStatement([&](const StatementRecord&) { return ++visited < 3; }).ok());
  EXPECT_EQ(visited, 3);
}

TEST_P(StoreTest, ConcurrentReadersSeeConsistentSnapshotsWhileWriting) {
  constexpr int kArticles = 40;
  std::atomic<bool> done{false};
  std::atomic<int> failures{0};
  std::atomic<int> reads{0};
  auto reader = [&] {
    int64_t last_revision = 0;
    while (!done.load()) {
      absl::StatusOr<CorpusCounts> counts = store_->GetCounts();
      if (!counts.ok() || counts->statements != 2 * counts->articles ||
          counts->revision < last_revision) {
        ++failures;
        return;
      }
      last_revision = counts->revision;
      int64_t statements = 0;
      absl::Status status = store_->ForEachStatement([&](const StatementRecord& s) {
        if (s.speaker.id != "zhou-yunjie") ++failures;
        ++statements;
        return true;
      });
      if (!status.ok() || statements % 2 != 0) ++failures;
      ListArticlesOptions options;
      options.page_size = 5;
      if (!store_->ListArticles(options).ok()) ++failures;
      ++reads;
    }
  };
  std::vector<std::thread> readers;
  for (int i = 0; i < 3; ++i) readers.emplace_back(reader);
  std::thread writer([&] {
    for (int i = 0; i < kArticles; ++i) {
      if (!store_->PutArticle(MakeArticle("w" + std::to_string(i), kHaierText), HaierExtraction())
               .ok()) {
        ++failures;
      }
    }
    done.store(true);
  });
  writer.join();
  for (std::thread& thread : readers) thread.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_GT(reads.load(), 0);
  absl::StatusOr<CorpusCounts> counts = store_->GetCounts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->articles, kArticles);
  EXPECT_EQ(counts->statements, 2 * kArticles);
}

// ---------------------------------------------------------------------------------------------
// File-only behaviour: persistence, schema versions, broken files.

TEST(StoreFileTest, DataAndSpeakerIdsSurviveReopen) {
  TempDir dir;
  const std::string path = dir.File("corpus.db");
  int64_t revision = 0;
  {
    absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(path);
    ASSERT_TRUE(store.ok()) << store.status();
    ASSERT_TRUE((*store)->PutArticle(MakeArticle("a1", kHaierText), HaierExtraction()).ok());
    // A clash so that the stable id is not simply the slug: a document of the same name.
    const std::string text = "The Zhou Yunjie report said hello.";
    SpeakerProfile report;
    report.name = "Zhou Yunjie";
    report.kind = SpeakerKind::kDocument;
    ASSERT_TRUE((*store)
                    ->PutArticle(MakeArticle("a2", text),
                                 MakeExtraction(text, {report},
                                                {{"hello", 0, StatementKind::kIndirect}}))
                    .ok());
    revision = (*store)->GetRevision().value_or(-1);
  }
  absl::StatusOr<std::unique_ptr<Store>> reopened = OpenSqliteStore(path);
  ASSERT_TRUE(reopened.ok()) << reopened.status();
  Store& store = **reopened;
  EXPECT_EQ(store.GetRevision().value_or(-1), revision);
  absl::StatusOr<ArticleRecord> article = store.GetArticle("a1", true);
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->article.text, kHaierText);
  EXPECT_TRUE(store.GetSpeaker("zhou-yunjie-2").ok());
  // Re-putting the same article after the restart is still a no-op.
  EXPECT_EQ(store.PutArticle(MakeArticle("a1", kHaierText), HaierExtraction()).value_or(
                PutOutcome::kCreated),
            PutOutcome::kUnchanged);
  // A new article quoting the report joins the same id as before the restart.
  const std::string text = "The Zhou Yunjie report said again.";
  SpeakerProfile report;
  report.name = "Zhou Yunjie";
  report.kind = SpeakerKind::kDocument;
  ASSERT_TRUE(store
                  .PutArticle(MakeArticle("a3", text),
                              MakeExtraction(text, {report},
                                             {{"again", 0, StatementKind::kIndirect}}))
                  .ok());
  absl::StatusOr<SpeakerRecord> other = store.GetSpeaker("zhou-yunjie-2");
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->statement_count, 2);
}

TEST(StoreFileTest, TwoStoresOnOneFileShareTheCorpus) {
  // As two processes would: separate connections, serialised by SQLite's file lock.
  TempDir dir;
  const std::string path = dir.File("corpus.db");
  absl::StatusOr<std::unique_ptr<Store>> first = OpenSqliteStore(path);
  absl::StatusOr<std::unique_ptr<Store>> second = OpenSqliteStore(path);
  ASSERT_TRUE(first.ok() && second.ok());
  std::vector<std::thread> writers;
  std::atomic<int> failures{0};
  for (Store* store : {first->get(), second->get()}) {
    writers.emplace_back([store, &failures, tag = writers.size()] {
      for (int i = 0; i < 10; ++i) {
        const std::string id = "s" + std::to_string(tag) + "-" + std::to_string(i);
        if (!store->PutArticle(MakeArticle(id, kHaierText), HaierExtraction()).ok()) ++failures;
      }
    });
  }
  for (std::thread& writer : writers) writer.join();
  EXPECT_EQ(failures.load(), 0);
  for (Store* store : {first->get(), second->get()}) {
    absl::StatusOr<CorpusCounts> counts = store->GetCounts();
    ASSERT_TRUE(counts.ok()) << counts.status();
    EXPECT_EQ(counts->articles, 20);
    EXPECT_EQ(counts->speakers, 1);  // both resolved Zhou to the one speaker
    EXPECT_EQ(counts->revision, 20);
  }
}

TEST(StoreFileTest, FailureInsideAnUpdateRollsEverythingBack) {
  TempDir dir;
  const std::string path = dir.File("corpus.db");
  absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->PutArticle(MakeArticle("a1", kHaierText), HaierExtraction()).ok());
  const int64_t revision = (*store)->GetRevision().value_or(-1);
  // Inject a storage failure part-way through the transaction: after the old statements are
  // deleted, the article row rewritten and a new speaker created.
  ExecOnFile(path,
             "CREATE TRIGGER inject_failure BEFORE INSERT ON statements "
             "WHEN new.text = 'FAIL HERE' BEGIN SELECT RAISE(ABORT, 'injected'); END;");

  const std::string text = "\"New words,\" said Dong Mingzhu. \"FAIL HERE,\" she said.";
  absl::Status status =
      (*store)
          ->PutArticle(MakeArticle("a1", text),
                       MakeExtraction(text, {Person("Dong Mingzhu", {"Gree"})},
                                      {{"New words", 0}, {"FAIL HERE", 0}}))
          .status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInternal);
  EXPECT_NE(status.message().find("injected"), std::string::npos) << status;

  // Nothing of the failed update is visible: old text, old statements, old speakers.
  EXPECT_EQ((*store)->GetRevision().value_or(-1), revision);
  absl::StatusOr<ArticleRecord> article = (*store)->GetArticle("a1", true);
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->article.text, kHaierText);
  EXPECT_EQ(article->statement_count, 2);
  SearchStatementsOptions all;
  absl::StatusOr<Page<StatementRecord>> statements = (*store)->SearchStatements(all);
  ASSERT_TRUE(statements.ok());
  ASSERT_EQ(statements->items.size(), 2u);
  EXPECT_EQ(statements->items[0].speaker.id, "zhou-yunjie");
  EXPECT_EQ((*store)->GetSpeaker("dong-mingzhu").status().code(), absl::StatusCode::kNotFound);
  absl::StatusOr<SpeakerRecord> zhou = (*store)->GetSpeaker("zhou-yunjie");
  ASSERT_TRUE(zhou.ok());
  EXPECT_EQ(zhou->statement_count, 2);
  // And the store still takes writes.
  EXPECT_TRUE((*store)->PutArticle(MakeArticle("a2", kHaierText), HaierExtraction()).ok());
}

TEST(StoreFileTest, UsesWalWithFullSync) {
  TempDir dir;
  const std::string path = dir.File("corpus.db");
  absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(QueryOnFile(path, "PRAGMA journal_mode"), "wal");
}

TEST(StoreFileTest, NewerSchemaIsFailedPrecondition) {
  TempDir dir;
  const std::string path = dir.File("corpus.db");
  ASSERT_TRUE(OpenSqliteStore(path).ok());
  // A newer binary that (say) went back to a rollback journal: opening must not switch the file
  // to WAL or otherwise write to it.
  ExecOnFile(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99");
  absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(path);
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(store.status().message().find("schema version 99"), std::string::npos)
      << store.status();
  EXPECT_EQ(QueryOnFile(path, "PRAGMA journal_mode"), "delete");
}

TEST(StoreFileTest, VersionOneDatabaseMigratesAndReExtractsOnNextIngest) {
  TempDir dir;
  const std::string path = dir.File("corpus.db");
  const Article article = MakeArticle("a1", kHaierText);
  {
    absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(path);
    ASSERT_TRUE(store.ok()) << store.status();
    ASSERT_EQ(*(*store)->PutArticle(article, HaierExtraction()), PutOutcome::kCreated);
  }
  // Turn the file back into a version-1 database, as written before extraction_hash existed.
  ExecOnFile(path,
             "DROP TABLE speaker_attribute_sources; "
             "ALTER TABLE articles DROP COLUMN extraction_hash; PRAGMA user_version = 1");

  absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok()) << store.status();
  absl::StatusOr<CorpusCounts> counts = (*store)->GetCounts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->schema_version, 3);
  EXPECT_EQ(counts->articles, 1);
  // Unknown provenance: the first re-ingest replaces the statements, the next is unchanged.
  EXPECT_EQ(*(*store)->PutArticle(article, HaierExtraction()), PutOutcome::kUpdated);
  EXPECT_EQ(*(*store)->PutArticle(article, HaierExtraction()), PutOutcome::kUnchanged);
}

TEST(StoreFileTest, VersionTwoDatabaseKeepsAttributesOfUnknownSource) {
  TempDir dir;
  const std::string path = dir.File("corpus.db");
  const std::string text1 = "Tom Lee, a ferry captain, said the ferry was late.";
  const std::string text2 = "Tom Lee said the port was full.";
  {
    absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(path);
    ASSERT_TRUE(store.ok()) << store.status();
    ASSERT_TRUE((*store)->PutArticle(MakeArticle("a1", text1),
                                     MakeExtraction(text1, {Person("Tom Lee")},
                                                    {{"the ferry was late", 0}})).ok());
    ASSERT_TRUE((*store)->PutArticle(MakeArticle("a2", text2),
                                     MakeExtraction(text2, {Person("Tom Lee", {}, {"captain"})},
                                                    {{"the port was full", 0}})).ok());
  }
  // As written before version 3: no record of which article said what.
  ExecOnFile(path, "DROP TABLE speaker_attribute_sources; PRAGMA user_version = 2");
  absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok()) << store.status();
  EXPECT_EQ((*store)->GetCounts()->schema_version, 3);
  // Which article said "captain" is unknown, so deleting a2 keeps it.
  ASSERT_TRUE((*store)->DeleteArticle("a2").ok());
  absl::StatusOr<SpeakerRecord> lee = (*store)->GetSpeaker("tom-lee");
  ASSERT_TRUE(lee.ok()) << lee.status();
  EXPECT_EQ(lee->roles, std::vector<std::string>{"captain"});
}

TEST(StoreFileTest, BatchPutCommitsTheGoodArticlesAndIsolatesTheBadOnes) {
  TempDir dir;
  const std::string path = dir.File("corpus.db");
  absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->PutArticle(MakeArticle("old", kHaierText), HaierExtraction()).ok());
  const int64_t revision = (*store)->GetRevision().value_or(-1);
  ExecOnFile(path,
             "CREATE TRIGGER inject_failure BEFORE INSERT ON statements "
             "WHEN new.text = 'FAIL HERE' BEGIN SELECT RAISE(ABORT, 'injected'); END;");

  const std::string failing = "\"New words,\" said Dong Mingzhu. \"FAIL HERE,\" she said.";
  const Extraction failing_extraction = MakeExtraction(
      failing, {Person("Dong Mingzhu", {"Gree"})}, {{"New words", 0}, {"FAIL HERE", 0}});
  const Article a1 = MakeArticle("a1", kHaierText), a3 = MakeArticle("a3", kHaierText);
  const Article old_failing = MakeArticle("old", failing);  // an update that fails midway
  const Article invalid = MakeArticle("", kHaierText);      // no id
  const Extraction haier = HaierExtraction();
  const Article unchanged = MakeArticle("old", kHaierText);
  std::vector<absl::StatusOr<PutOutcome>> results = (*store)->PutArticles(
      {{&a1, &haier}, {&old_failing, &failing_extraction}, {&invalid, &haier},
       {&unchanged, &haier}, {&a3, &haier}});
  ASSERT_EQ(results.size(), 5u);
  EXPECT_EQ(results[0].value_or(PutOutcome::kUnchanged), PutOutcome::kCreated);
  EXPECT_EQ(results[1].status().code(), absl::StatusCode::kInternal);
  EXPECT_NE(results[1].status().message().find("injected"), std::string::npos);
  EXPECT_EQ(results[2].status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(results[3].value_or(PutOutcome::kCreated), PutOutcome::kUnchanged);
  EXPECT_EQ(results[4].value_or(PutOutcome::kUnchanged), PutOutcome::kCreated);

  // The two new articles are stored; the failed update left the old article as it was.
  EXPECT_EQ((*store)->GetRevision().value_or(-1), revision + 2);
  absl::StatusOr<ArticleRecord> old = (*store)->GetArticle("old", true);
  ASSERT_TRUE(old.ok());
  EXPECT_EQ(old->article.text, kHaierText);
  EXPECT_EQ(old->statement_count, 2);
  EXPECT_TRUE((*store)->GetArticle("a1", false).ok());
  EXPECT_TRUE((*store)->GetArticle("a3", false).ok());
  EXPECT_EQ((*store)->GetSpeaker("dong-mingzhu").status().code(), absl::StatusCode::kNotFound);
  absl::StatusOr<CorpusCounts> counts = (*store)->GetCounts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->articles, 3);
  EXPECT_EQ(counts->statements, 6);

  // A batch with nothing to write leaves the revision alone.
  results = (*store)->PutArticles({{&a1, &haier}, {&a3, &haier}});
  EXPECT_EQ(results[0].value_or(PutOutcome::kCreated), PutOutcome::kUnchanged);
  EXPECT_EQ((*store)->GetRevision().value_or(-1), revision + 2);
}

TEST(StoreFileTest, MemoryUriIsOneSharedDatabase) {
  // Reads must see writes: every in-memory form uses the one connection.
  for (const char* path : {"file::memory:", "file:corpus?mode=memory"}) {
    absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(path);
    ASSERT_TRUE(store.ok()) << path << ": " << store.status();
    ASSERT_TRUE((*store)->PutArticle(MakeArticle("a1", kHaierText), HaierExtraction()).ok());
    EXPECT_TRUE((*store)->GetArticle("a1", false).ok()) << path;
  }
}

TEST(StoreFileTest, UnusablePathsAreErrorsNotCrashes) {
  TempDir dir;
  EXPECT_EQ(OpenSqliteStore("").status().code(), absl::StatusCode::kInvalidArgument);
  absl::StatusOr<std::unique_ptr<Store>> missing_dir = OpenSqliteStore(dir.File("no/such/dir.db"));
  EXPECT_EQ(missing_dir.status().code(), absl::StatusCode::kInternal);
  EXPECT_NE(missing_dir.status().message().find("no/such/dir.db"), std::string::npos);

  const std::string garbage = dir.File("garbage.db");
  FILE* file = fopen(garbage.c_str(), "wb");
  ASSERT_NE(file, nullptr);
  const std::string junk(4096, 'j');
  fwrite(junk.data(), 1, junk.size(), file);
  fclose(file);
  absl::StatusOr<std::unique_ptr<Store>> not_a_database = OpenSqliteStore(garbage);
  EXPECT_EQ(not_a_database.status().code(), absl::StatusCode::kInternal);
  EXPECT_NE(not_a_database.status().message().find("not a database"), std::string::npos)
      << not_a_database.status();
}

}  // namespace
}  // namespace policy
