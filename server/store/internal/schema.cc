#include "server/store/internal/schema.h"

#include "absl/strings/str_cat.h"
#include "server/store/internal/absl_compat.h"
#include "server/core/status_macros.h"

namespace policy::store_internal {
namespace {

// Version 1: articles, statements with an FTS5 index, speakers and their attributes, and the
// corpus revision counter.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE corpus_meta (
  key   TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO corpus_meta(key, value) VALUES ('revision', 0);

CREATE TABLE articles (
  id              TEXT PRIMARY KEY,
  title           TEXT NOT NULL,
  source          TEXT NOT NULL,
  url             TEXT NOT NULL,
  published       TEXT NOT NULL,
  text            TEXT NOT NULL,
  content_hash    TEXT NOT NULL,
  size_bytes      INTEGER NOT NULL,
  statement_count INTEGER NOT NULL,
  create_time_ms  INTEGER NOT NULL,
  update_time_ms  INTEGER NOT NULL
);
CREATE INDEX articles_by_source ON articles(source, id);

CREATE TABLE speakers (
  id              TEXT PRIMARY KEY,
  display_name    TEXT NOT NULL,
  display_key     TEXT NOT NULL,
  kind            INTEGER NOT NULL,
  statement_count INTEGER NOT NULL DEFAULT 0,
  article_count   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX speakers_by_count ON speakers(statement_count DESC, id);
CREATE INDEX speakers_by_display_key ON speakers(display_key);

-- Roles, organizations, aliases and identity keys of a speaker, in insertion order.
--   attribute 'role':         value = role as written,        value_key = FoldKey(value)
--   attribute 'organization': value = canonical name,         value_key = OrganizationKey(value)
--   attribute 'alias':        value = other name as written,  value_key = FoldKey(value)
--   attribute 'name_key':     value = value_key = NameKey of a name that resolves to the speaker
CREATE TABLE speaker_attributes (
  id         INTEGER PRIMARY KEY,
  speaker_id TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
  attribute  TEXT NOT NULL CHECK (attribute IN ('role', 'organization', 'alias', 'name_key')),
  value      TEXT NOT NULL,
  value_key  TEXT NOT NULL,
  UNIQUE (speaker_id, attribute, value_key)
);
CREATE INDEX speaker_attributes_by_key ON speaker_attributes(attribute, value_key);

CREATE TABLE statements (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal         INTEGER NOT NULL,
  kind            INTEGER NOT NULL,
  content_begin   INTEGER NOT NULL,
  content_end     INTEGER NOT NULL,
  text            TEXT NOT NULL,
  cue             TEXT NOT NULL,
  cue_begin       INTEGER NOT NULL,
  cue_end         INTEGER NOT NULL,
  sentence_begin  INTEGER NOT NULL,
  sentence_end    INTEGER NOT NULL,
  sentence        TEXT NOT NULL,
  speaker_mention TEXT NOT NULL,
  speaker_id      TEXT REFERENCES speakers(id),
  UNIQUE (article_id, ordinal)
);
CREATE INDEX statements_by_speaker ON statements(speaker_id, article_id);

-- Full-text index over statement text, kept in step by triggers. The porter tokenizer is the
-- original Porter (1980) English stemmer, not Snowball.
CREATE VIRTUAL TABLE statements_fts USING fts5(
  text,
  content = 'statements',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
END;
)sql";

// What the stored statements were extracted as: re-ingesting unchanged text after an
// extractor upgrade must replace the statements when the extraction differs. Rows written
// before version 2 have '' and are re-extracted on their next ingest.
constexpr std::string_view kVersion2 = R"sql(
ALTER TABLE articles ADD COLUMN extraction_hash TEXT NOT NULL DEFAULT '';
)sql";

// Which articles said each role, organization and alias of a speaker, so that an article's
// update or deletion takes back what only it said. Article '' stands for a user (a rename,
// merge or split) and for every row written before version 3, whose articles are unknown:
// such rows stay whatever happens to articles. A row whose last source goes is deleted.
constexpr std::string_view kVersion3 = R"sql(
CREATE TABLE speaker_attribute_sources (
  attribute_id INTEGER NOT NULL REFERENCES speaker_attributes(id) ON DELETE CASCADE,
  article_id   TEXT NOT NULL,
  PRIMARY KEY (attribute_id, article_id)
) WITHOUT ROWID;
CREATE INDEX speaker_attribute_sources_by_article ON speaker_attribute_sources(article_id);
INSERT INTO speaker_attribute_sources(attribute_id, article_id)
  SELECT id, '' FROM speaker_attributes WHERE attribute IN ('role', 'organization', 'alias');
)sql";

}  // namespace

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration>* const migrations = new std::vector<Migration>{
      {1, "articles, statements (FTS5), speakers, revision counter", kVersion1},
      {2, "articles.extraction_hash", kVersion2},
      {3, "speaker_attribute_sources", kVersion3},
  };
  return *migrations;
}

int CurrentSchemaVersion() { return Migrations().back().version; }

absl::Status CheckSchemaNotNewer(Connection& db) {
  absl::StatusOr<int64_t> found = db.QueryInt("PRAGMA user_version");
  if (!found.ok()) {
    return absl::InternalError(
        absl::StrCat("cannot read database '", db.path(), "': ", found.status().message()));
  }
  if (*found > CurrentSchemaVersion()) {
    return absl::FailedPreconditionError(absl::StrCat(
        "database '", db.path(), "' has schema version ", *found,
        " but this binary understands versions up to ", CurrentSchemaVersion(),
        ": run a newer policyd on it, or point --db at another file"));
  }
  return absl::OkStatus();
}

absl::Status MigrateSchema(Connection& db) {
  RETURN_IF_ERROR(CheckSchemaNotNewer(db));
  ASSIGN_OR_RETURN(const int64_t found, db.QueryInt("PRAGMA user_version"));
  for (const Migration& migration : Migrations()) {
    if (migration.version <= found) continue;
    ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db, Transaction::kImmediate));
    // Re-check under the write lock: another process may have migrated meanwhile.
    ASSIGN_OR_RETURN(const int64_t now, db.QueryInt("PRAGMA user_version"));
    if (now >= migration.version) continue;
    absl::Status status = db.Exec(migration.sql);
    if (status.ok()) status = db.Exec(absl::StrCat("PRAGMA user_version = ", migration.version));
    if (!status.ok()) {
      return absl::InternalError(absl::StrCat("cannot migrate database '", db.path(),
                                              "' to schema version ", migration.version, " (",
                                              ToAbsl(migration.description), "): ", status.message()));
    }
    RETURN_IF_ERROR(tx.Commit());
  }
  return absl::OkStatus();
}

}  // namespace policy::store_internal
