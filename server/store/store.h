// Store: the durable corpus of articles, their extracted statements and the speakers quoted.
//
// The SQLite implementation (OpenSqliteStore) is the default embedded store; a PostgreSQL one
// can implement the same interface later for deployments with several replicas.
//
//   ASSIGN_OR_RETURN(std::unique_ptr<policy::Store> store, policy::OpenSqliteStore("corpus.db"));
//   ASSIGN_OR_RETURN(policy::PutOutcome outcome, store->PutArticle(article, extraction));
//
// Contract:
// - Durability: a method that returns OK has committed its transaction; a crash afterwards
//   loses nothing it acknowledged. A method that returns an error has changed nothing.
// - Atomicity: PutArticle replaces an article and all of its statements in one transaction.
// - Idempotence: PutArticle with the same id, text, metadata and extraction is kUnchanged and
//   writes nothing (the revision does not move); the same text extracted differently (after
//   an extractor upgrade) is kUpdated.
// - Speakers are resolved across articles by normalised name (with or without middle names;
//   a surname alone joins the one full name it can mean); organizations only choose among
//   namesakes; a description (SpeakerProfile::description) stays within its article. Speakers
//   left without statements are removed. Rules: docs/storage.md.
// - Revision: a counter that increases by at least one on every write that changes anything.
// - Paging: List/Search methods take `page_size` (> 0) and an opaque `after` cursor returned
//   by the previous page ("" for the first page); the store does not validate that a cursor
//   belongs to the same query: the service layer does.
// - Thread safety: all methods may be called concurrently from any thread. Writes are
//   serialised; reads run concurrently with writes (SQLite WAL).
// - Errors: NOT_FOUND for an unknown id; INVALID_ARGUMENT for a malformed argument (such as a
//   bad search query); FAILED_PRECONDITION for a request that conflicts with the corpus (merge
//   into itself); INTERNAL for storage failures (the message carries SQLite's).
#ifndef POLICY_SERVER_STORE_STORE_H_
#define POLICY_SERVER_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "server/core/model.h"

namespace policy {

enum class PutOutcome { kCreated, kUpdated, kUnchanged };

// An article as stored.
struct ArticleRecord {
  Article article;           // text is empty when the read asked for metadata only
  std::string content_hash;  // lower-case hex SHA-256 of the text
  int64_t size_bytes = 0;
  int64_t statement_count = 0;
  int64_t create_time_ms = 0;  // Unix epoch milliseconds
  int64_t update_time_ms = 0;
};

// A speaker as stored: resolved across the corpus.
struct SpeakerRecord {
  std::string id;  // stable slug, e.g. "zhou-yunjie"; "zhou-yunjie-2" on a clash
  std::string display_name;
  SpeakerKind kind = SpeakerKind::kUnknown;
  std::vector<std::string> roles;
  std::vector<std::string> organizations;
  std::vector<std::string> aliases;
  int64_t statement_count = 0;
  int64_t article_count = 0;
  // For a speaker known only by a common-noun description ("officials"), the id of the one
  // article it belongs to; empty for a speaker with a name.
  std::string description_article;
};

// A statement as stored, with what a reader needs about its article and speaker.
struct StatementRecord {
  int64_t id = 0;  // unique in the store
  std::string article_id;
  int ordinal = 0;  // position in the article
  StatementKind kind = StatementKind::kIndirect;
  Span content;
  std::string text;      // the content bytes
  std::string cue;
  Span cue_span;
  Span sentence;
  std::string sentence_text;
  std::string speaker_mention;
  // The resolved speaker; speaker.id is empty for unattributed statements.
  SpeakerRecord speaker;
  // From the article.
  std::string article_source;
  std::string article_published;
};

template <typename T>
struct Page {
  std::vector<T> items;
  std::string next;       // cursor for the next page; empty on the last page
  int64_t total_size = 0; // matches across all pages
};

struct ListArticlesOptions {
  int page_size = 50;
  std::string after;
  bool with_text = false;
  std::string source;  // exact outlet filter; empty = all
};

struct ListSpeakersOptions {
  int page_size = 50;
  std::string after;
  std::string organization;  // canonical name or alias, case-insensitive; empty = all
  std::string query;         // substring of display name or alias, case-insensitive
  bool named_only = false;   // leave out speakers known only by a description
};

struct SplitSpeakerOptions {
  std::string speaker_id;
  std::vector<std::string> article_ids;    // articles whose statements move
  std::string display_name;                // of the new speaker; empty = the same
  std::vector<std::string> organizations;  // of the new speaker
};

struct SearchStatementsOptions {
  std::string query;         // FTS5 query over stemmed statement text; empty = all
  std::string speaker_id;    // empty = all
  std::string organization;  // empty = all
  std::string article_id;    // empty = all
  std::vector<StatementKind> kinds;  // empty = all
  int page_size = 50;
  std::string after;
};

struct CorpusCounts {
  int64_t articles = 0;
  int64_t statements = 0;
  int64_t speakers = 0;
  int64_t organizations = 0;
  int64_t revision = 0;
  int schema_version = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Stores `article` (id must be non-empty) with the statements of `extraction`, replacing
  // any article with the same id atomically.
  virtual absl::StatusOr<PutOutcome> PutArticle(const Article& article,
                                                const Extraction& extraction) = 0;
  // Group commit: stores every request as PutArticle would, in one transaction (one sync to
  // disk instead of one per article). Each article is written inside its own savepoint, so
  // one that fails (INVALID_ARGUMENT, or an error while writing it) is rolled back alone and
  // gets its error while the others commit together. Returns one result per request, in
  // order; an OK result is durable once the call returns. If the commit itself fails, every
  // article that had not failed already gets that error and nothing is stored.
  struct PutRequest {
    const Article* article;
    const Extraction* extraction;
  };
  virtual std::vector<absl::StatusOr<PutOutcome>> PutArticles(
      const std::vector<PutRequest>& batch) = 0;
  virtual absl::StatusOr<ArticleRecord> GetArticle(std::string_view id, bool with_text) = 0;
  virtual absl::StatusOr<Page<ArticleRecord>> ListArticles(const ListArticlesOptions& options) = 0;
  // Returns the number of statements removed.
  virtual absl::StatusOr<int64_t> DeleteArticle(std::string_view id) = 0;

  virtual absl::StatusOr<SpeakerRecord> GetSpeaker(std::string_view id) = 0;
  // Ordered by statement_count descending, then id.
  virtual absl::StatusOr<Page<SpeakerRecord>> ListSpeakers(const ListSpeakersOptions& options) = 0;
  // Sets the display name; the previous one becomes an alias.
  virtual absl::StatusOr<SpeakerRecord> RenameSpeaker(std::string_view id,
                                                      std::string_view display_name) = 0;
  // Moves the statements of `sources` to `target`, adds their names as aliases, removes them.
  virtual absl::StatusOr<SpeakerRecord> MergeSpeakers(std::string_view target,
                                                      const std::vector<std::string>& sources) = 0;
  // Moves the statements that `options.speaker_id` has in `options.article_ids` to a new
  // speaker, for namesakes that were joined: the new speaker has the display name given (by
  // default the same), the same name keys, and the organizations given, which tell the two
  // apart when later articles mention the name (roles and aliases stay with the original).
  // Returns the new speaker. INVALID_ARGUMENT: no articles, or a name without letters;
  // NOT_FOUND: no such speaker or article; FAILED_PRECONDITION: the speaker has no statement
  // in one of the articles, or every statement would move (rename instead).
  virtual absl::StatusOr<SpeakerRecord> SplitSpeaker(const SplitSpeakerOptions& options) = 0;
  // Finds a speaker id by display name or alias (case-insensitive). NOT_FOUND if none.
  virtual absl::StatusOr<std::string> FindSpeakerId(std::string_view name_or_alias) = 0;

  // Ordered by article id, then ordinal.
  virtual absl::StatusOr<Page<StatementRecord>> SearchStatements(
      const SearchStatementsOptions& options) = 0;
  // Calls `visit` for every statement in (article id, ordinal) order, from one consistent
  // snapshot. Used to build in-memory indexes; stops early if `visit` returns false.
  // `visit` must not call back into the store (with ":memory:" that would deadlock).
  virtual absl::Status ForEachStatement(
      const std::function<bool(const StatementRecord&)>& visit) = 0;

  virtual absl::StatusOr<CorpusCounts> GetCounts() = 0;
  // Cheap: the current revision only.
  virtual absl::StatusOr<int64_t> GetRevision() = 0;
};

// Opens (creating if needed) the SQLite database at `path` in WAL mode and migrates its schema
// to the current version. ":memory:" gives a private in-memory store (for tests); it lives in
// one connection, so its calls are serialised rather than concurrent.
// Errors: INTERNAL if the file cannot be opened or migrated; FAILED_PRECONDITION if its schema
// is newer than this binary understands.
absl::StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

}  // namespace policy

#endif  // POLICY_SERVER_STORE_STORE_H_
