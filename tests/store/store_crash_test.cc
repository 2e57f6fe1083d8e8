// Durability under a process crash: a child process writes articles and reports each
// acknowledged id through a pipe; the parent SIGKILLs it mid-stream, reopens the database and
// checks that every acknowledged article is there and intact.
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
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

Extraction CrashExtraction(const std::string& text, int i) {
  return MakeExtraction(text, {Person("Crash Tester", {"Test Lab"})},
                        {{"Article " + std::to_string(i) + " matters", 0}});
}

// Child: writes until killed; after each acknowledged write, reports "id\n" on `fd`.
[[noreturn]] void WriteUntilKilled(const std::string& path, int fd) {
  absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(path);
  if (!store.ok()) _exit(2);
  for (int i = 0;; ++i) {
    const std::string text = CrashText(i);
    if (!(*store)->PutArticle(MakeArticle("crash-" + std::to_string(i), text),
                              CrashExtraction(text, i)).ok()) {
      _exit(3);
    }
    const std::string line = std::to_string(i) + "\n";
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
  std::vector<int> acknowledged;
  std::string pending;
  char buffer[256];
  bool killed = false;
  while (true) {
    const ssize_t n = read(fds[0], buffer, sizeof(buffer));
    if (n <= 0) break;  // EOF: the child is gone and the pipe is drained
    pending.append(buffer, static_cast<size_t>(n));
    size_t newline;
    while ((newline = pending.find('\n')) != std::string::npos) {
      acknowledged.push_back(std::stoi(pending.substr(0, newline)));
      pending.erase(0, newline + 1);
    }
    if (!killed && static_cast<int>(acknowledged.size()) >= kKillAfter) {
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
  ASSERT_GE(static_cast<int>(acknowledged.size()), kKillAfter);

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
  // ...and every acknowledged article is there with its statement and speaker.
  absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok()) << store.status();
  for (int i : acknowledged) {
    absl::StatusOr<ArticleRecord> record = (*store)->GetArticle("crash-" + std::to_string(i), true);
    ASSERT_TRUE(record.ok()) << "acknowledged article " << i << " lost: " << record.status();
    EXPECT_EQ(record->article.text, CrashText(i));
    EXPECT_EQ(record->statement_count, 1);
  }
  absl::StatusOr<CorpusCounts> counts = (*store)->GetCounts();
  ASSERT_TRUE(counts.ok());
  // At most one write was in flight (committed but not yet reported) when the child died.
  EXPECT_GE(counts->articles, static_cast<int64_t>(acknowledged.size()));
  EXPECT_LE(counts->articles, static_cast<int64_t>(acknowledged.size()) + 1);
  EXPECT_EQ(counts->statements, counts->articles);
  absl::StatusOr<SpeakerRecord> speaker = (*store)->GetSpeaker("crash-tester");
  ASSERT_TRUE(speaker.ok()) << speaker.status();
  EXPECT_EQ(speaker->statement_count, counts->statements);
  // The store keeps working after the crash.
  const std::string text = CrashText(100000);
  EXPECT_TRUE((*store)->PutArticle(MakeArticle("after-crash", text), CrashExtraction(text, 100000)).ok());
}

}  // namespace
}  // namespace policy
