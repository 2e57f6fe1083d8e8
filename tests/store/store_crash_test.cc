// Durability under a process crash: a child process writes articles and reports each
// acknowledged id through a pipe; the parent SIGKILLs it mid-stream, reopens the database and
// checks that every acknowledged article is there and intact.
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "server/store/store.h"
#include "tests/store/store_test_util.h"

namespace policy {
namespace {

using testing_util::MakeArticle;
using testing_util::MakeExtraction;
using testing_util::Person;
using testing_util::TempDir;

std::string CrashText(int i) {
  // Varying sizes so that pages and WAL frames are exercised, not one fixed record.
  std::string text = "\"Article " + std::to_string(i) + " matters,\" said Crash Tester. ";
  text.append(static_cast<size_t>(200 + (i * 997) % 6000), static_cast<char>('a' + i % 26));
  return text;
}

// Version `version` of article `i`: updates change the text and the statement count.
std::string CrashText(int i, int version) {
  std::string text = CrashText(i);
  for (int v = 1; v <= version; ++v) text += " \"Update " + std::to_string(v) + " holds,\" he said.";
  return text;
}

Extraction CrashExtraction(const std::string& text, int i, int version) {
  std::vector<testing_util::Said> said = {{"Article " + std::to_string(i) + " matters", 0}};
  for (int v = 1; v <= version; ++v) said.push_back({"Update " + std::to_string(v) + " holds", 0});
  return MakeExtraction(text, {Person("Crash Tester", {"Test Lab"})}, said);
}

// Child: writes until killed. New articles alternate with updates of earlier ones; after each
// acknowledged write it reports "<article> <version>\n" on `fd`.
[[noreturn]] void WriteUntilKilled(const std::string& path, int fd) {
  absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(path);
  if (!store.ok()) _exit(2);
  std::vector<int> versions;
  for (int step = 0;; ++step) {
    int i = static_cast<int>(versions.size());
    if (step % 3 == 2) {
      i = (step * 7) % static_cast<int>(versions.size());  // update an earlier article
      ++versions[i];
    } else {
      versions.push_back(0);
    }
    const std::string text = CrashText(i, versions[i]);
    if (!(*store)->PutArticle(MakeArticle("crash-" + std::to_string(i), text),
                              CrashExtraction(text, i, versions[i])).ok()) {
      _exit(3);
    }
    const std::string line = std::to_string(i) + " " + std::to_string(versions[i]) + "\n";
    if (write(fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) _exit(4);
  }
}

TEST(StoreCrashTest, AcknowledgedWritesSurviveSigkill) {
  TempDir dir;
  const std::string path = dir.File("crash.db");
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(fds[0]);
    WriteUntilKilled(path, fds[1]);
  }
  close(fds[1]);

  // Read acknowledgements until enough have arrived, then kill the writer mid-stream.
  constexpr int kKillAfter = 25;
  std::map<int, int> acknowledged;  // article -> last acknowledged version
  std::string pending;
  char buffer[256];
  bool killed = false;
  int acknowledged_writes = 0;
  while (true) {
    const ssize_t n = read(fds[0], buffer, sizeof(buffer));
    if (n <= 0) break;  // EOF: the child is gone and the pipe is drained
    pending.append(buffer, static_cast<size_t>(n));
    size_t newline;
    while ((newline = pending.find('\n')) != std::string::npos) {
      const std::string line = pending.substr(0, newline);
      const size_t space = line.find(' ');
      acknowledged[std::stoi(line.substr(0, space))] = std::stoi(line.substr(space + 1));
      ++acknowledged_writes;
      pending.erase(0, newline + 1);
    }
    if (!killed && acknowledged_writes >= kKillAfter) {
      ASSERT_EQ(kill(child, SIGKILL), 0);
      killed = true;
    }
  }
  close(fds[0]);
  int wait_status = 0;
  ASSERT_EQ(waitpid(child, &wait_status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(wait_status)) << "writer exited early with status "
                                        << WEXITSTATUS(wait_status);
  EXPECT_EQ(WTERMSIG(wait_status), SIGKILL);
  ASSERT_GE(acknowledged_writes, kKillAfter);

  // The file is intact...
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "ok");
    sqlite3_finalize(stmt);
    sqlite3_close(db);
  }
  // ...and every acknowledged article is there in its last acknowledged version (or, for the
  // one write that may have committed without being reported, the version after it).
  absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok()) << store.status();
  int64_t expected_statements = 0;
  int unreported = 0;
  for (const auto& [i, version] : acknowledged) {
    absl::StatusOr<ArticleRecord> record = (*store)->GetArticle("crash-" + std::to_string(i), true);
    ASSERT_TRUE(record.ok()) << "acknowledged article " << i << " lost: " << record.status();
    if (record->article.text != CrashText(i, version)) {
      ++unreported;
      EXPECT_EQ(record->article.text, CrashText(i, version + 1)) << "article " << i;
    }
    EXPECT_EQ(record->statement_count, static_cast<int64_t>(record->article.text ==
                                                                CrashText(i, version)
                                                            ? version + 1
                                                            : version + 2));
    expected_statements += record->statement_count;
  }
  absl::StatusOr<CorpusCounts> counts = (*store)->GetCounts();
  ASSERT_TRUE(counts.ok());
  // At most one write was in flight (committed but not yet reported) when the child died.
  const int64_t extra_articles = counts->articles - static_cast<int64_t>(acknowledged.size());
  EXPECT_GE(extra_articles, 0);
  EXPECT_LE(extra_articles + unreported, 1);
  if (extra_articles == 1) ++expected_statements;  // a new article has one statement
  EXPECT_EQ(counts->statements, expected_statements);
  absl::StatusOr<SpeakerRecord> speaker = (*store)->GetSpeaker("crash-tester");
  ASSERT_TRUE(speaker.ok()) << speaker.status();
  EXPECT_EQ(speaker->statement_count, counts->statements);
  // The store keeps working after the crash.
  const std::string text = CrashText(100000, 0);
  EXPECT_TRUE(
      (*store)->PutArticle(MakeArticle("after-crash", text), CrashExtraction(text, 100000, 0)).ok());
}

}  // namespace
}  // namespace policy
