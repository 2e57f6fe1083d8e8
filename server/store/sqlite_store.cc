// The SQLite implementation of Store. See store.h for the contract and docs/storage.md for the
// schema, durability settings and speaker identity rules.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <variant>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "server/core/sha256.h"
#include "server/core/status_macros.h"
#include "server/core/utf8.h"
#include "server/store/internal/absl_compat.h"
#include "server/store/internal/cursor.h"
#include "server/store/internal/identity.h"
#include "server/store/internal/schema.h"
#include "server/store/internal/sqlite.h"
#include "server/store/store.h"

namespace policy {
namespace {

using store_internal::Connection;
using store_internal::DecodeCursor;
using store_internal::EncodeCursor;
using store_internal::FoldKey;
using store_internal::NameKey;
using store_internal::OrganizationKey;
using store_internal::Statement;
using store_internal::Tidy;
using store_internal::Transaction;

// How long a connection waits for a lock held by another connection or process.
constexpr int kBusyTimeoutMs = 5000;
// Idle reader connections kept open for reuse.
constexpr size_t kMaxIdleReaders = 4;
// Page cache per connection, in KiB when negative (SQLite's default is 2 MiB): enough to keep
// the FTS index and hot pages of a mid-sized corpus without a read() per page.
constexpr int kCacheSizePragma = -16384;

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool IsPronoun(std::string_view folded) {
  static constexpr std::string_view kPronouns[] = {"he", "she", "they", "it", "we", "i",
                                                   "you", "him", "her", "them", "us"};
  return std::find(std::begin(kPronouns), std::end(kPronouns), folded) != std::end(kPronouns);
}

SpeakerKind ToSpeakerKind(int64_t value) {
  return (value >= 0 && value <= 4) ? static_cast<SpeakerKind>(value) : SpeakerKind::kUnknown;
}

absl::Status CheckPageSize(int page_size) {
  if (page_size <= 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("page_size must be positive, got ", page_size));
  }
  return absl::OkStatus();
}

// A SQL query assembled from optional conditions, with its positional parameters.
struct Query {
  using Value = std::variant<int64_t, std::string>;

  void Where(std::string condition, std::vector<Value> values = {}) {
    conditions.push_back(std::move(condition));
    for (Value& value : values) params.push_back(std::move(value));
  }
  std::string WhereClause() const {
    return conditions.empty() ? "" : absl::StrCat(" WHERE ", absl::StrJoin(conditions, " AND "));
  }
  static absl::Status BindValues(Statement& stmt, const std::vector<Value>& values) {
    int index = 0;
    for (const Value& value : values) {
      absl::Status status = std::visit(
          [&](const auto& v) { return stmt.Bind(++index, v); }, value);
      RETURN_IF_ERROR(status);
    }
    return absl::OkStatus();
  }

  std::vector<std::string> conditions;
  std::vector<Value> params;
};

// ---------------------------------------------------------------------------------------------
// Reads shared by several methods. Each takes an open connection (inside a transaction when the
// caller needs a consistent view).

constexpr char kArticleColumns[] =
    "id, title, source, url, published, content_hash, size_bytes, statement_count, "
    "create_time_ms, update_time_ms";

// Reads a row selected with kArticleColumns, then optionally text, into a record.
ArticleRecord ReadArticleRow(const Statement& row, bool with_text) {
  ArticleRecord record;
  record.article.id = row.Text(0);
  record.article.title = row.Text(1);
  record.article.source = row.Text(2);
  record.article.url = row.Text(3);
  record.article.published = row.Text(4);
  record.content_hash = row.Text(5);
  record.size_bytes = row.Int(6);
  record.statement_count = row.Int(7);
  record.create_time_ms = row.Int(8);
  record.update_time_ms = row.Int(9);
  if (with_text) record.article.text = row.Text(10);
  return record;
}

std::string ArticleSelect(bool with_text) {
  return absl::StrCat("SELECT ", kArticleColumns, with_text ? ", text" : "", " FROM articles");
}

// Adds a speaker_attributes row (attribute, value) to the record's roles, organizations or
// aliases; identity keys (name_key) are internal and not shown.
void AppendAttribute(const Statement& row, int attribute_column, int value_column,
                     SpeakerRecord& speaker) {
  const std::string_view attribute = row.TextView(attribute_column);
  std::string value = row.Text(value_column);
  if (attribute == "role") {
    speaker.roles.push_back(std::move(value));
  } else if (attribute == "organization") {
    speaker.organizations.push_back(std::move(value));
  } else if (attribute == "alias") {
    speaker.aliases.push_back(std::move(value));
  }
}

// A JSON array of strings, for `IN (SELECT value FROM json_each(?))`: one prepared statement
// serves any number of ids.
std::string JsonArray(const std::vector<std::string>& values) {
  std::string json = "[";
  for (const std::string& value : values) {
    if (json.size() > 1) json += ',';
    json += '"';
    for (char c : value) {
      if (c == '"' || c == '\\') {
        json += '\\';
        json += c;
      } else if (static_cast<unsigned char>(c) < 0x20) {
        static constexpr char kHex[] = "0123456789abcdef";
        json += "\\u00";
        json += kHex[(c >> 4) & 0xf];
        json += kHex[c & 0xf];
      } else {
        json += c;
      }
    }
    json += '"';
  }
  json += ']';
  return json;
}

// The speakers with the given ids (all speakers if `ids` is null), keyed by id, with two
// queries however many there are.
absl::StatusOr<std::unordered_map<std::string, SpeakerRecord>> LoadSpeakers(
    Connection& db, const std::vector<std::string>* ids) {
  std::unordered_map<std::string, SpeakerRecord> speakers;
  const std::string id_list = ids != nullptr ? JsonArray(*ids) : "";
  {
    ASSIGN_OR_RETURN(
        Statement select,
        db.Prepare(ids != nullptr
                       ? "SELECT id, display_name, kind, statement_count, article_count "
                         "FROM speakers WHERE id IN (SELECT value FROM json_each(?))"
                       : "SELECT id, display_name, kind, statement_count, article_count "
                         "FROM speakers"));
    if (ids != nullptr) RETURN_IF_ERROR(select.BindAll(id_list));
    while (true) {
      ASSIGN_OR_RETURN(const bool row, select.Step());
      if (!row) break;
      SpeakerRecord& speaker = speakers[select.Text(0)];
      speaker.id = select.Text(0);
      speaker.display_name = select.Text(1);
      speaker.kind = ToSpeakerKind(select.Int(2));
      speaker.statement_count = select.Int(3);
      speaker.article_count = select.Int(4);
    }
  }
  ASSIGN_OR_RETURN(
      Statement attributes,
      db.Prepare(ids != nullptr
                     ? "SELECT speaker_id, attribute, value FROM speaker_attributes "
                       "WHERE speaker_id IN (SELECT value FROM json_each(?)) ORDER BY id"
                     : "SELECT speaker_id, attribute, value FROM speaker_attributes ORDER BY id"));
  if (ids != nullptr) RETURN_IF_ERROR(attributes.BindAll(id_list));
  // A speaker is a description when its only name keys are description keys (a rename or
  // a merge into a named speaker adds a plain one).
  std::unordered_set<std::string> named;
  while (true) {
    ASSIGN_OR_RETURN(const bool row, attributes.Step());
    if (!row) break;
    auto it = speakers.find(std::string(attributes.TextView(0)));
    if (it == speakers.end()) continue;
    AppendAttribute(attributes, 1, 2, it->second);
    if (attributes.TextView(1) != "name_key") continue;
    const std::string_view article = store_internal::DescriptionArticle(attributes.TextView(2));
    if (article.empty()) {
      named.insert(it->first);
    } else if (it->second.description_article.empty()) {
      it->second.description_article = std::string(article);
    }
  }
  for (auto& [id, speaker] : speakers) {
    if (named.contains(id)) speaker.description_article.clear();
  }
  return speakers;
}

// One speaker; NOT_FOUND if there is no speaker `id`.
absl::StatusOr<SpeakerRecord> LoadSpeaker(Connection& db, std::string_view id) {
  const std::vector<std::string> ids = {std::string(id)};
  ASSIGN_OR_RETURN(auto speakers, LoadSpeakers(db, &ids));
  auto it = speakers.find(ids[0]);
  if (it == speakers.end()) {
    return absl::NotFoundError(absl::StrCat("speaker '", store_internal::ToAbsl(id),
                                            "' not found: list speakers to see the ids that exist"));
  }
  return std::move(it->second);
}

constexpr char kStatementColumns[] =
    "s.id, s.article_id, s.ordinal, s.kind, s.content_begin, s.content_end, s.text, s.cue, "
    "s.cue_begin, s.cue_end, s.sentence_begin, s.sentence_end, s.sentence, s.speaker_mention, "
    "s.speaker_id, a.source, a.published";

// Reads a kStatementColumns row; the speaker gets only its id (callers fill in the rest).
StatementRecord ReadStatementRow(const Statement& row) {
  StatementRecord record;
  record.id = row.Int(0);
  record.article_id = row.Text(1);
  record.ordinal = static_cast<int>(row.Int(2));
  const int64_t kind = row.Int(3);
  record.kind = (kind >= 1 && kind <= 3) ? static_cast<StatementKind>(kind)
                                         : StatementKind::kIndirect;
  record.content = Span{static_cast<size_t>(row.Int(4)), static_cast<size_t>(row.Int(5))};
  record.text = row.Text(6);
  record.cue = row.Text(7);
  record.cue_span = Span{static_cast<size_t>(row.Int(8)), static_cast<size_t>(row.Int(9))};
  record.sentence = Span{static_cast<size_t>(row.Int(10)), static_cast<size_t>(row.Int(11))};
  record.sentence_text = row.Text(12);
  record.speaker_mention = row.Text(13);
  if (!row.IsNull(14)) record.speaker.id = row.Text(14);
  record.article_source = row.Text(15);
  record.article_published = row.Text(16);
  return record;
}

// ---------------------------------------------------------------------------------------------
// Writes. Each runs inside the caller's IMMEDIATE transaction on the writer connection.

absl::Status BumpRevision(Connection& db) {
  ASSIGN_OR_RETURN(Statement bump,
                   db.Prepare("UPDATE corpus_meta SET value = value + 1 WHERE key = 'revision'"));
  return bump.Run();
}

// The speakers quoted in an article.
absl::Status CollectArticleSpeakers(Connection& db, std::string_view article_id,
                                    std::set<std::string>& speakers) {
  ASSIGN_OR_RETURN(Statement select,
                   db.Prepare("SELECT DISTINCT speaker_id FROM statements "
                              "WHERE article_id = ? AND speaker_id IS NOT NULL"));
  RETURN_IF_ERROR(select.BindAll(article_id));
  while (true) {
    ASSIGN_OR_RETURN(const bool row, select.Step());
    if (!row) return absl::OkStatus();
    speakers.insert(select.Text(0));
  }
}

// Recomputes the counts of `speakers` and removes those left without statements.
absl::Status RefreshSpeakers(Connection& db, const std::set<std::string>& speakers) {
  for (const std::string& id : speakers) {
    {
      ASSIGN_OR_RETURN(
          Statement update,
          db.Prepare("UPDATE speakers SET "
                     "statement_count = (SELECT count(*) FROM statements WHERE speaker_id = ?1), "
                     "article_count = (SELECT count(DISTINCT article_id) FROM statements "
                     "WHERE speaker_id = ?1) WHERE id = ?1"));
      RETURN_IF_ERROR(update.BindAll(id));
      RETURN_IF_ERROR(update.Run());
    }
    ASSIGN_OR_RETURN(Statement remove,
                     db.Prepare("DELETE FROM speakers WHERE id = ? AND statement_count = 0"));
    RETURN_IF_ERROR(remove.BindAll(id));
    RETURN_IF_ERROR(remove.Run());
  }
  return absl::OkStatus();
}

// The source of what a user said about a speaker (a rename, a merge, a split), and of
// attributes stored before sources were (schema version 3): never taken back.
constexpr std::string_view kUserSource = "";

// Adds a speaker_attributes row, unless the speaker has it already.
absl::Status InsertAttribute(Connection& db, std::string_view speaker_id,
                             std::string_view attribute, std::string_view value,
                             std::string_view value_key) {
  ASSIGN_OR_RETURN(Statement insert,
                   db.Prepare("INSERT OR IGNORE INTO speaker_attributes"
                              "(speaker_id, attribute, value, value_key) VALUES (?, ?, ?, ?)"));
  RETURN_IF_ERROR(insert.BindAll(speaker_id, attribute, value, value_key));
  return insert.Run();
}

// Adds a role, organization or alias to a speaker, said by `source` (an article id, or
// kUserSource): the row stays as long as one of its sources does.
absl::Status AddAttribute(Connection& db, std::string_view speaker_id, std::string_view attribute,
                          std::string_view value, std::string_view value_key,
                          std::string_view source) {
  if (value.empty() || value_key.empty()) return absl::OkStatus();
  // The row's id, inserting the row if new: one index lookup either way.
  int64_t id = 0;
  {
    ASSIGN_OR_RETURN(Statement select,
                     db.Prepare("SELECT id FROM speaker_attributes "
                                "WHERE speaker_id = ? AND attribute = ? AND value_key = ?"));
    RETURN_IF_ERROR(select.BindAll(speaker_id, attribute, value_key));
    ASSIGN_OR_RETURN(const bool found, select.Step());
    if (found) id = select.Int(0);
  }
  if (id == 0) {
    RETURN_IF_ERROR(InsertAttribute(db, speaker_id, attribute, value, value_key));
    id = db.last_insert_rowid();
  }
  ASSIGN_OR_RETURN(Statement insert,
                   db.Prepare("INSERT OR IGNORE INTO speaker_attribute_sources"
                              "(attribute_id, article_id) VALUES (?, ?)"));
  RETURN_IF_ERROR(insert.BindAll(id, source));
  return insert.Run();
}

// Adds an identity key (no source: keys are never taken back, so that a name keeps finding
// its speaker).
absl::Status AddNameKey(Connection& db, std::string_view speaker_id, std::string_view key) {
  if (key.empty()) return absl::OkStatus();
  return InsertAttribute(db, speaker_id, "name_key", key, key);
}

// Adds a name as an alias of a speaker unless it is the speaker's display name (or a pronoun).
absl::Status AddAlias(Connection& db, std::string_view speaker_id, std::string_view display_key,
                      std::string_view alias, std::string_view source) {
  const std::string tidy = Tidy(alias);
  const std::string key = FoldKey(tidy);
  if (key.empty() || key == display_key || IsPronoun(key)) return absl::OkStatus();
  return AddAttribute(db, speaker_id, "alias", tidy, key, source);
}

// The integer first column of every row of `sql` run with `args`.
template <typename... Args>
absl::StatusOr<std::vector<int64_t>> QueryIntColumn(Connection& db, const char* sql,
                                                    const Args&... args) {
  ASSIGN_OR_RETURN(Statement select, db.Prepare(sql));
  RETURN_IF_ERROR(select.BindAll(args...));
  std::vector<int64_t> values;
  while (true) {
    ASSIGN_OR_RETURN(const bool row, select.Step());
    if (!row) return values;
    values.push_back(select.Int(0));
  }
}

// Forgets that `article_id` said anything about its speakers; returns the attribute rows it
// had said, for DeleteUnsourced once the article's new extraction (if any) is merged.
absl::StatusOr<std::vector<int64_t>> ForgetArticleSources(Connection& db,
                                                          std::string_view article_id) {
  ASSIGN_OR_RETURN(std::vector<int64_t> ids,
                   QueryIntColumn(db,
                                  "SELECT attribute_id FROM speaker_attribute_sources "
                                  "WHERE article_id = ?",
                                  article_id));
  ASSIGN_OR_RETURN(Statement remove,
                   db.Prepare("DELETE FROM speaker_attribute_sources WHERE article_id = ?"));
  RETURN_IF_ERROR(remove.BindAll(article_id));
  RETURN_IF_ERROR(remove.Run());
  return ids;
}

// Deletes those of the attribute rows `ids` that no source says any more.
absl::Status DeleteUnsourced(Connection& db, const std::vector<int64_t>& ids) {
  for (const int64_t id : ids) {
    ASSIGN_OR_RETURN(Statement remove,
                     db.Prepare("DELETE FROM speaker_attributes WHERE id = ?1 AND NOT EXISTS "
                                "(SELECT 1 FROM speaker_attribute_sources WHERE attribute_id = ?1)"));
    RETURN_IF_ERROR(remove.BindAll(id));
    RETURN_IF_ERROR(remove.Run());
  }
  return absl::OkStatus();
}

// The name keys a speaker is stored under, and those a mention looks it up by (in order,
// until one finds a speaker). A description's key is scoped to its article. A name with
// middle initials ("Tom W. Lee") is stored under its name key and, marked with '~', under
// the key without them, where a mention without initials ("Tom Lee") looks when its own
// key finds nobody; a mention with initials falls back to the plain key without them, so
// "Tom H. W. Lee" never joins "Tom W. Lee" through it.
// A person's full name is also stored under '^' and its last word, where a later mention of
// the surname alone ("Ray", from an article that never gives the full name) looks first.
struct IdentityKeys {
  std::vector<std::string> stored;
  std::vector<std::string> lookups;
  std::string surname_lookup;  // for a one-word person name: "^" + the word
};

IdentityKeys KeysOf(const SpeakerProfile& profile, std::string_view article_id) {
  if (profile.description) {
    std::string key = store_internal::DescriptionKey(profile.name, article_id);
    if (key.empty()) return {};
    return {{key}, {key}, ""};
  }
  std::string key = NameKey(profile.name);
  if (key.empty()) return {};
  IdentityKeys keys;
  const std::string loose = store_internal::LooseNameKey(profile.name);
  if (loose == key) {
    keys.lookups = {key, absl::StrCat("~", key)};
  } else {
    keys.stored.push_back(absl::StrCat("~", loose));
    keys.lookups = {key, loose};
  }
  if (profile.kind == SpeakerKind::kPerson) {
    const size_t space = loose.rfind(' ');  // "Tom Lee Jr." -> "lee"
    if (space == std::string::npos) {
      keys.surname_lookup = absl::StrCat("^", key);
    } else {
      keys.stored.push_back(absl::StrCat("^", loose.substr(space + 1)));
    }
  }
  keys.stored.insert(keys.stored.begin(), std::move(key));
  return keys;
}

// Adds `name`'s stored keys to a speaker, so that later mentions of the name find it.
absl::Status AddNameKeys(Connection& db, std::string_view speaker_id, std::string_view name) {
  SpeakerProfile named;
  named.name = std::string(name);
  for (const std::string& key : KeysOf(named, "").stored) {
    RETURN_IF_ERROR(AddNameKey(db, speaker_id, key));
  }
  return absl::OkStatus();
}

// Merges what article `article_id` says about a speaker into the stored speaker.
absl::Status MergeProfile(Connection& db, std::string_view speaker_id,
                          std::string_view display_key, const SpeakerProfile& profile,
                          const IdentityKeys& keys, std::string_view article_id) {
  for (const std::string& role : profile.roles) {
    const std::string tidy = Tidy(role);
    RETURN_IF_ERROR(AddAttribute(db, speaker_id, "role", tidy, FoldKey(tidy), article_id));
  }
  for (const std::string& organization : profile.organizations) {
    const std::string tidy = Tidy(organization);
    RETURN_IF_ERROR(AddAttribute(db, speaker_id, "organization", tidy, OrganizationKey(tidy),
                                 article_id));
  }
  RETURN_IF_ERROR(AddAlias(db, speaker_id, display_key, profile.name, article_id));
  for (const std::string& alias : profile.aliases) {
    RETURN_IF_ERROR(AddAlias(db, speaker_id, display_key, alias, article_id));
  }
  for (const std::string& key : keys.stored) {
    RETURN_IF_ERROR(AddNameKey(db, speaker_id, key));
  }
  if (profile.kind != SpeakerKind::kUnknown) {
    ASSIGN_OR_RETURN(Statement kind,
                     db.Prepare("UPDATE speakers SET kind = ? WHERE id = ? AND kind = 0"));
    RETURN_IF_ERROR(kind.BindAll(static_cast<int64_t>(profile.kind), speaker_id));
    RETURN_IF_ERROR(kind.Run());
  }
  return absl::OkStatus();
}

absl::StatusOr<bool> SpeakerExists(Connection& db, std::string_view id) {
  ASSIGN_OR_RETURN(Statement select, db.Prepare("SELECT 1 FROM speakers WHERE id = ?"));
  RETURN_IF_ERROR(select.BindAll(id));
  return select.Step();
}

// A free id for a new speaker: the slug of its name, then "-2", "-3", ... on a clash.
absl::StatusOr<std::string> NewSpeakerId(Connection& db, std::string_view display_name) {
  const std::string slug = store_internal::SpeakerSlug(display_name);
  for (int suffix = 1;; ++suffix) {
    std::string id = suffix == 1 ? slug : absl::StrCat(slug, "-", suffix);
    ASSIGN_OR_RETURN(const bool taken, SpeakerExists(db, id));
    if (!taken) return id;
  }
}

// Inserts a speaker without attributes or statements; returns its new id.
absl::StatusOr<std::string> CreateSpeaker(Connection& db, std::string_view display_name,
                                          SpeakerKind kind) {
  ASSIGN_OR_RETURN(std::string id, NewSpeakerId(db, display_name));
  ASSIGN_OR_RETURN(Statement insert,
                   db.Prepare("INSERT INTO speakers(id, display_name, display_key, kind) "
                              "VALUES (?, ?, ?, ?)"));
  RETURN_IF_ERROR(
      insert.BindAll(id, display_name, FoldKey(display_name), static_cast<int64_t>(kind)));
  RETURN_IF_ERROR(insert.Run());
  return id;
}

struct Candidate {
  std::string id;
  int64_t statement_count = 0;
  bool shares_organization = false;
};

// The person a one-word name (`profile`, looked up by `surname_key`) means, or "" if it is
// not clear: the only stored person whose full name ends in the word, else the only one of
// those sharing a role or an organization with the mention ("President Ray" with the
// president of that name, not his wife). Several Lees and no shared role: "".
absl::StatusOr<std::string> SurnameOwner(Connection& db, std::string_view surname_key,
                                         const SpeakerProfile& profile,
                                         const std::vector<std::string>& organization_keys) {
  std::vector<std::string> owners;
  {
    ASSIGN_OR_RETURN(Statement select,
                     db.Prepare("SELECT s.id FROM speaker_attributes a "
                                "JOIN speakers s ON s.id = a.speaker_id "
                                "WHERE a.attribute = 'name_key' AND a.value_key = ? "
                                "AND s.kind = ? ORDER BY s.id"));
    RETURN_IF_ERROR(select.BindAll(surname_key, static_cast<int64_t>(SpeakerKind::kPerson)));
    while (true) {
      ASSIGN_OR_RETURN(const bool row, select.Step());
      if (!row) break;
      owners.push_back(select.Text(0));
    }
  }
  if (owners.size() <= 1) return owners.empty() ? std::string() : owners[0];
  std::set<std::string> role_keys;
  for (const std::string& role : profile.roles) role_keys.insert(FoldKey(Tidy(role)));
  std::string shared;
  for (const std::string& owner : owners) {
    ASSIGN_OR_RETURN(Statement select,
                     db.Prepare("SELECT attribute, value_key FROM speaker_attributes "
                                "WHERE speaker_id = ? AND attribute IN ('role', 'organization')"));
    RETURN_IF_ERROR(select.BindAll(owner));
    bool shares = false;
    while (!shares) {
      ASSIGN_OR_RETURN(const bool row, select.Step());
      if (!row) break;
      const std::string value_key = select.Text(1);
      if (select.Text(0) == "role") {
        shares = role_keys.contains(value_key);
      } else {
        for (const std::string& key : organization_keys) {
          shares = shares || store_internal::SameOrganization(value_key, key);
        }
      }
    }
    if (!shares) continue;
    if (!shared.empty()) return std::string();  // two of them share something
    shared = owner;
  }
  return shared;
}

// The stored speaker answering to `keys.lookups` (the first key that finds any) whose kind is
// compatible with `profile`'s; among several, the one sharing an organization, then the most
// quoted, then the lowest id. "" if none answers.
absl::StatusOr<std::string> SpeakerByName(Connection& db, const IdentityKeys& keys,
                                          const SpeakerProfile& profile,
                                          const std::vector<std::string>& organization_keys) {
  std::vector<Candidate> candidates;
  for (size_t k = 0; k < keys.lookups.size() && candidates.empty(); ++k) {
    ASSIGN_OR_RETURN(Statement select,
                     db.Prepare("SELECT s.id, s.statement_count, s.kind FROM speaker_attributes a "
                                "JOIN speakers s ON s.id = a.speaker_id "
                                "WHERE a.attribute = 'name_key' AND a.value_key = ? ORDER BY s.id"));
    RETURN_IF_ERROR(select.BindAll(keys.lookups[k]));
    while (true) {
      ASSIGN_OR_RETURN(const bool row, select.Step());
      if (!row) break;
      const SpeakerKind kind = ToSpeakerKind(select.Int(2));
      if (kind != SpeakerKind::kUnknown && profile.kind != SpeakerKind::kUnknown &&
          kind != profile.kind) {
        continue;
      }
      candidates.push_back(Candidate{select.Text(0), select.Int(1), {}});
    }
  }
  if (candidates.size() > 1 && !organization_keys.empty()) {
    for (Candidate& candidate : candidates) {
      ASSIGN_OR_RETURN(Statement select,
                       db.Prepare("SELECT value_key FROM speaker_attributes "
                                  "WHERE speaker_id = ? AND attribute = 'organization'"));
      RETURN_IF_ERROR(select.BindAll(candidate.id));
      while (true) {
        ASSIGN_OR_RETURN(const bool row, select.Step());
        if (!row) break;
        const std::string stored = select.Text(0);
        for (const std::string& key : organization_keys) {
          candidate.shares_organization =
              candidate.shares_organization || store_internal::SameOrganization(stored, key);
        }
      }
    }
  }
  // Candidates come in id order, so a strict comparison keeps the lowest id on a tie.
  const Candidate* chosen = nullptr;
  for (const Candidate& candidate : candidates) {
    if (chosen == nullptr ||
        std::pair(candidate.shares_organization, candidate.statement_count) >
            std::pair(chosen->shares_organization, chosen->statement_count)) {
      chosen = &candidate;
    }
  }
  return chosen == nullptr ? std::string() : chosen->id;
}

// Returns the stored speaker that `profile` (from article `article_id`) denotes, creating it
// if there is none, with the profile merged in. Returns "" for a profile with no usable name
// (stored unattributed).
//
// Identity is the name: a one-word person name first tries the one full name it can mean
// (SurnameOwner); otherwise a mention joins the stored speaker of a compatible kind that
// answers to its name key, else (see KeysOf) to the same name with or without middle names.
// Where several do (namesakes a user renamed apart, "Tom Lee" for Tom W. and Tom H. W. Lee),
// the one sharing an organization with the mention, then the most quoted, then the lowest id
// (SpeakerByName). Organizations never split a name into new speakers: on real news they are
// too noisy for that (see docs/storage.md). A description ("officials") answers only within
// its article. Speakers of different known kinds (a person and a document) never join.
absl::StatusOr<std::string> ResolveSpeaker(Connection& db, const SpeakerProfile& profile,
                                           std::string_view article_id) {
  const std::string display_name = Tidy(profile.name);
  const IdentityKeys keys = KeysOf(profile, article_id);
  if (keys.stored.empty()) return std::string();
  std::vector<std::string> organization_keys;
  for (const std::string& organization : profile.organizations) {
    std::string key = OrganizationKey(organization);
    if (!key.empty()) organization_keys.push_back(std::move(key));
  }

  std::string id;
  bool add_keys = true;
  if (!keys.surname_lookup.empty()) {
    ASSIGN_OR_RETURN(id, SurnameOwner(db, keys.surname_lookup, profile, organization_keys));
    add_keys = id.empty();  // a joined surname stays free to mean another owner later
  }
  if (id.empty()) {
    ASSIGN_OR_RETURN(id, SpeakerByName(db, keys, profile, organization_keys));
  }

  std::string display_key;
  if (!id.empty()) {
    ASSIGN_OR_RETURN(Statement select, db.Prepare("SELECT display_key FROM speakers WHERE id = ?"));
    RETURN_IF_ERROR(select.BindAll(id));
    ASSIGN_OR_RETURN(const bool row, select.Step());
    if (!row) return absl::InternalError(absl::StrCat("speaker '", id, "' vanished"));
    display_key = select.Text(0);
  } else {
    ASSIGN_OR_RETURN(id, CreateSpeaker(db, display_name, profile.kind));
    display_key = FoldKey(display_name);
  }
  RETURN_IF_ERROR(
      MergeProfile(db, id, display_key, profile, add_keys ? keys : IdentityKeys{}, article_id));
  return id;
}

// True if `offset` is the start of a UTF-8 character (or the end of the text).
bool IsCharBoundary(const std::string& text, size_t offset) {
  return offset >= text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

absl::Status CheckSpan(const Article& article, size_t index, std::string_view what, Span span) {
  if (span.begin > span.end || span.end > article.text.size()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "statement ", index, " of article '", article.id, "': ", store_internal::ToAbsl(what),
        " span [", span.begin, ", ", span.end, ") is outside the text (", article.text.size(),
        " bytes)"));
  }
  if (!IsCharBoundary(article.text, span.begin) || !IsCharBoundary(article.text, span.end)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "statement ", index, " of article '", article.id, "': ", store_internal::ToAbsl(what),
        " span [", span.begin, ", ", span.end, ") splits a UTF-8 character"));
  }
  return absl::OkStatus();
}

absl::Status ValidatePut(const Article& article, const Extraction& extraction) {
  if (article.id.empty()) {
    return absl::InvalidArgumentError("article id is empty: give every article an id");
  }
  const std::pair<std::string_view, const std::string*> fields[] = {
      {"id", &article.id},         {"title", &article.title}, {"source", &article.source},
      {"url", &article.url},       {"published", &article.published},
      {"text", &article.text}};
  for (const auto& [name, value] : fields) {
    if (absl::Status status = ValidateUtf8(*value); !status.ok()) {
      return absl::InvalidArgumentError(absl::StrCat("article '", article.id, "' ",
                                                     store_internal::ToAbsl(name), ": ",
                                                     status.message()));
    }
  }
  for (size_t i = 0; i < extraction.statements.size(); ++i) {
    const ExtractedStatement& statement = extraction.statements[i];
    RETURN_IF_ERROR(CheckSpan(article, i, "content", statement.content));
    RETURN_IF_ERROR(CheckSpan(article, i, "cue", statement.cue_span));
    RETURN_IF_ERROR(CheckSpan(article, i, "sentence", statement.sentence));
    if (statement.speaker < -1 ||
        statement.speaker >= static_cast<int>(extraction.speakers.size())) {
      return absl::InvalidArgumentError(absl::StrCat(
          "statement ", i, " of article '", article.id, "': speaker index ", statement.speaker,
          " is out of range (", extraction.speakers.size(), " speakers; -1 = unattributed)"));
    }
    const int kind = static_cast<int>(statement.kind);
    if (kind < 1 || kind > 3) {
      return absl::InvalidArgumentError(absl::StrCat("statement ", i, " of article '", article.id,
                                                     "': unknown statement kind ", kind));
    }
  }
  return absl::OkStatus();
}

std::string_view SpanText(const std::string& text, Span span) {
  return std::string_view(text).substr(span.begin, span.size());
}

// ---------------------------------------------------------------------------------------------

class SqliteStore final : public Store {
 public:
  static absl::StatusOr<std::unique_ptr<Store>> Open(const std::string& path);

  absl::StatusOr<PutOutcome> PutArticle(const Article& article,
                                        const Extraction& extraction) override;
  std::vector<absl::StatusOr<PutOutcome>> PutArticles(const std::vector<PutRequest>& batch) override;
  absl::StatusOr<ArticleRecord> GetArticle(std::string_view id, bool with_text) override;
  absl::StatusOr<Page<ArticleRecord>> ListArticles(const ListArticlesOptions& options) override;
  absl::StatusOr<int64_t> DeleteArticle(std::string_view id) override;
  absl::StatusOr<SpeakerRecord> GetSpeaker(std::string_view id) override;
  absl::StatusOr<Page<SpeakerRecord>> ListSpeakers(const ListSpeakersOptions& options) override;
  absl::StatusOr<SpeakerRecord> RenameSpeaker(std::string_view id,
                                              std::string_view display_name) override;
  absl::StatusOr<SpeakerRecord> SplitSpeaker(const SplitSpeakerOptions& options) override;
  absl::StatusOr<SpeakerRecord> MergeSpeakers(std::string_view target,
                                              const std::vector<std::string>& sources) override;
  absl::StatusOr<std::string> FindSpeakerId(std::string_view name_or_alias) override;
  absl::StatusOr<Page<StatementRecord>> SearchStatements(
      const SearchStatementsOptions& options) override;
  absl::Status ForEachStatement(
      const std::function<bool(const StatementRecord&)>& visit) override;
  absl::StatusOr<CorpusCounts> GetCounts() override;
  absl::StatusOr<int64_t> GetRevision() override;

 private:
  // Writes one article inside the caller's transaction (no BEGIN or COMMIT here): kUnchanged
  // writes nothing; an error may leave partial writes for the caller to roll back.
  absl::StatusOr<PutOutcome> WriteArticle(Connection& db, const Article& article,
                                          const Extraction& extraction);
  // Exclusive use of one connection for the lifetime of the lease: the writer (holding the
  // write lock) or a pooled reader (returned to the pool afterwards).
  class Lease {
   public:
    Lease(std::unique_lock<std::mutex> lock, Connection* connection)
        : lock_(std::move(lock)), connection_(connection) {}
    Lease(SqliteStore* pool, std::unique_ptr<Connection> reader)
        : pool_(pool), reader_(std::move(reader)), connection_(reader_.get()) {}
    Lease(Lease&& other) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (reader_ != nullptr) pool_->ReturnReader(std::move(reader_));
    }
    Connection& operator*() const { return *connection_; }
    Connection* operator->() const { return connection_; }

   private:
    std::unique_lock<std::mutex> lock_;
    SqliteStore* pool_ = nullptr;
    std::unique_ptr<Connection> reader_;
    Connection* connection_;
  };

  SqliteStore(std::string path, bool in_memory, std::unique_ptr<Connection> writer)
      : path_(std::move(path)), in_memory_(in_memory), writer_(std::move(writer)) {}

  Lease Writer() { return Lease(std::unique_lock<std::mutex>(write_mutex_), writer_.get()); }
  absl::StatusOr<Lease> Reader();
  void ReturnReader(std::unique_ptr<Connection> reader);

  const std::string path_;
  // An in-memory database lives in its one connection, so every call uses the writer.
  const bool in_memory_;
  std::mutex write_mutex_;  // serialises writes (and, in memory, everything)
  const std::unique_ptr<Connection> writer_;
  std::mutex pool_mutex_;
  std::vector<std::unique_ptr<Connection>> idle_readers_;  // guarded by pool_mutex_
};

absl::StatusOr<std::unique_ptr<Store>> SqliteStore::Open(const std::string& path) {
  if (path.empty()) {
    return absl::InvalidArgumentError(
        "database path is empty: give a file path, or \":memory:\" for a private in-memory store");
  }
  // Any in-memory form (":memory:", "file::memory:", "file:x?mode=memory") lives in one
  // connection: a reader connection would open a different, empty database.
  const bool in_memory =
      path == ":memory:" || absl::StartsWith(path, "file::memory:") ||
      (absl::StartsWith(path, "file:") && absl::StrContains(path, "mode=memory"));
  ASSIGN_OR_RETURN(std::unique_ptr<Connection> writer,
                   Connection::Open(path, Connection::kCreate));
  RETURN_IF_ERROR(writer->Exec(absl::StrCat("PRAGMA busy_timeout = ", kBusyTimeoutMs)));
  // Before anything that writes (such as switching to WAL): a newer file is left untouched.
  RETURN_IF_ERROR(store_internal::CheckSchemaNotNewer(*writer));
  absl::StatusOr<std::string> journal = writer->QueryText("PRAGMA journal_mode = WAL");
  if (!journal.ok()) {
    return absl::InternalError(absl::StrCat("cannot open database '", path,
                                            "': ", journal.status().message()));
  }
  if (!in_memory && *journal != "wal") {
    return absl::InternalError(absl::StrCat("cannot put database '", path,
                                            "' in WAL mode (journal_mode is '", *journal,
                                            "'); use a local file system"));
  }
  // FULL: in WAL mode the log is synced at every commit, so an acknowledged write survives an
  // OS crash or power loss, not just a process crash (NORMAL would only guarantee the latter).
  // journal_size_limit: after a checkpoint resets the WAL, truncate it back to 64 MiB so one
  // large ingest does not leave a large -wal file behind for the life of the process.
  RETURN_IF_ERROR(writer->Exec(
      absl::StrCat("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                   "PRAGMA journal_size_limit = 67108864; PRAGMA cache_size = ",
                   kCacheSizePragma, ";")));
  RETURN_IF_ERROR(store_internal::MigrateSchema(*writer));
  return std::unique_ptr<Store>(new SqliteStore(path, in_memory, std::move(writer)));
}

absl::StatusOr<SqliteStore::Lease> SqliteStore::Reader() {
  if (in_memory_) return Writer();
  {
    std::lock_guard<std::mutex> lock(pool_mutex_);
    if (!idle_readers_.empty()) {
      std::unique_ptr<Connection> reader = std::move(idle_readers_.back());
      idle_readers_.pop_back();
      return Lease(this, std::move(reader));
    }
  }
  ASSIGN_OR_RETURN(std::unique_ptr<Connection> reader,
                   Connection::Open(path_, Connection::kExisting));
  RETURN_IF_ERROR(reader->Exec(absl::StrCat("PRAGMA busy_timeout = ", kBusyTimeoutMs,
                                            "; PRAGMA query_only = ON; PRAGMA cache_size = ",
                                            kCacheSizePragma, ";")));
  return Lease(this, std::move(reader));
}

void SqliteStore::ReturnReader(std::unique_ptr<Connection> reader) {
  std::lock_guard<std::mutex> lock(pool_mutex_);
  if (idle_readers_.size() < kMaxIdleReaders) idle_readers_.push_back(std::move(reader));
}

// A digest of everything PutArticle stores from an extraction, so that an unchanged text
// extracted differently (a new extractor or lexicon) is an update, not kUnchanged.
std::string ExtractionHash(const Extraction& extraction) {
  std::string canonical;
  auto field = [&canonical](std::string_view value) {
    canonical += std::to_string(value.size());
    canonical += ':';
    canonical.append(value);
    canonical += ';';
  };
  for (const SpeakerProfile& speaker : extraction.speakers) {
    field(speaker.name);
    field(SpeakerKindName(speaker.kind));
    for (const std::string& role : speaker.roles) field(role);
    canonical += "|";
    for (const std::string& organization : speaker.organizations) field(organization);
    canonical += "|";
    for (const std::string& alias : speaker.aliases) field(alias);
    // Only when set, so that hashes written before the flag existed stay valid for names.
    if (speaker.description) canonical += "|description";
    canonical += "\n";
  }
  for (const ExtractedStatement& s : extraction.statements) {
    absl::StrAppend(&canonical, s.content.begin, ",", s.content.end, ",", s.cue_span.begin, ",",
                    s.cue_span.end, ",", s.sentence.begin, ",", s.sentence.end, ",", s.speaker,
                    ",");
    field(StatementKindName(s.kind));
    field(s.cue);
    field(s.speaker_mention);
    canonical += "\n";
  }
  return Sha256Hex(canonical);
}

absl::StatusOr<PutOutcome> SqliteStore::PutArticle(const Article& article,
                                                   const Extraction& extraction) {
  RETURN_IF_ERROR(ValidatePut(article, extraction));
  Lease db = Writer();
  ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(*db, Transaction::kImmediate));
  ASSIGN_OR_RETURN(const PutOutcome outcome, WriteArticle(*db, article, extraction));
  if (outcome == PutOutcome::kUnchanged) return outcome;  // nothing written; rolls back
  RETURN_IF_ERROR(tx.Commit());
  return outcome;
}

std::vector<absl::StatusOr<PutOutcome>> SqliteStore::PutArticles(
    const std::vector<PutRequest>& batch) {
  std::vector<absl::StatusOr<PutOutcome>> results;
  results.reserve(batch.size());
  for (const PutRequest& request : batch) {
    absl::Status valid = ValidatePut(*request.article, *request.extraction);
    results.push_back(valid.ok() ? absl::StatusOr<PutOutcome>(PutOutcome::kUnchanged)
                                 : absl::StatusOr<PutOutcome>(valid));
  }
  auto fail_all = [&results](const absl::Status& status) {
    for (absl::StatusOr<PutOutcome>& result : results) {
      if (result.ok()) result = status;
    }
    return std::move(results);
  };
  Lease db = Writer();
  absl::StatusOr<Transaction> tx = Transaction::Begin(*db, Transaction::kImmediate);
  if (!tx.ok()) return fail_all(tx.status());
  bool wrote = false;
  for (size_t i = 0; i < batch.size(); ++i) {
    if (!results[i].ok()) continue;
    // A savepoint per article: one that fails is undone alone.
    if (absl::Status status = db->Exec("SAVEPOINT put_article"); !status.ok()) {
      return fail_all(status);
    }
    results[i] = WriteArticle(*db, *batch[i].article, *batch[i].extraction);
    if (!results[i].ok()) {
      absl::Status undo = db->Exec("ROLLBACK TO put_article");
      if (!undo.ok()) return fail_all(undo);
    }
    wrote = wrote || (results[i].ok() && *results[i] != PutOutcome::kUnchanged);
    if (absl::Status status = db->Exec("RELEASE put_article"); !status.ok()) {
      return fail_all(status);
    }
  }
  if (!wrote) return results;  // nothing to commit; the transaction rolls back
  if (absl::Status status = tx->Commit(); !status.ok()) return fail_all(status);
  return results;
}

absl::StatusOr<PutOutcome> SqliteStore::WriteArticle(Connection& db, const Article& article,
                                                     const Extraction& extraction) {
  const std::string content_hash = Sha256Hex(article.text);
  const std::string extraction_hash = ExtractionHash(extraction);
  std::optional<int64_t> create_time_ms;
  {
    ASSIGN_OR_RETURN(Statement select,
                     db.Prepare("SELECT title, source, url, published, content_hash, "
                                 "create_time_ms, extraction_hash FROM articles WHERE id = ?"));
    RETURN_IF_ERROR(select.BindAll(article.id));
    ASSIGN_OR_RETURN(const bool exists, select.Step());
    if (exists) {
      if (select.TextView(0) == article.title && select.TextView(1) == article.source &&
          select.TextView(2) == article.url && select.TextView(3) == article.published &&
          select.TextView(4) == content_hash && select.TextView(6) == extraction_hash) {
        return PutOutcome::kUnchanged;  // nothing written
      }
      create_time_ms = select.Int(5);
    }
  }

  std::set<std::string> touched_speakers;
  std::vector<int64_t> said_before;  // attributes the old extraction said
  const int64_t now = NowMs();
  if (create_time_ms.has_value()) {
    RETURN_IF_ERROR(CollectArticleSpeakers(db, article.id, touched_speakers));
    ASSIGN_OR_RETURN(said_before, ForgetArticleSources(db, article.id));
    ASSIGN_OR_RETURN(Statement remove, db.Prepare("DELETE FROM statements WHERE article_id = ?"));
    RETURN_IF_ERROR(remove.BindAll(article.id));
    RETURN_IF_ERROR(remove.Run());
    ASSIGN_OR_RETURN(Statement update,
                     db.Prepare("UPDATE articles SET title = ?, source = ?, url = ?, "
                                 "published = ?, text = ?, content_hash = ?, size_bytes = ?, "
                                 "statement_count = ?, update_time_ms = ?, extraction_hash = ? "
                                 "WHERE id = ?"));
    RETURN_IF_ERROR(update.BindAll(article.title, article.source, article.url, article.published,
                                   article.text, content_hash, article.text.size(),
                                   extraction.statements.size(), now, extraction_hash,
                                   article.id));
    RETURN_IF_ERROR(update.Run());
  } else {
    ASSIGN_OR_RETURN(Statement insert,
                     db.Prepare("INSERT INTO articles(id, title, source, url, published, text, "
                                 "content_hash, size_bytes, statement_count, create_time_ms, "
                                 "update_time_ms, extraction_hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    RETURN_IF_ERROR(insert.BindAll(article.id, article.title, article.source, article.url,
                                   article.published, article.text, content_hash,
                                   article.text.size(), extraction.statements.size(), now, now,
                                   extraction_hash));
    RETURN_IF_ERROR(insert.Run());
  }

  // Resolve only the speakers that have statements, in order of first statement.
  std::vector<std::optional<std::string>> speaker_ids(extraction.speakers.size());
  for (const ExtractedStatement& statement : extraction.statements) {
    if (statement.speaker < 0 || speaker_ids[statement.speaker].has_value()) continue;
    ASSIGN_OR_RETURN(std::string id, ResolveSpeaker(db, extraction.speakers[statement.speaker], article.id));
    if (!id.empty()) touched_speakers.insert(id);
    speaker_ids[statement.speaker] = std::move(id);
  }

  ASSIGN_OR_RETURN(
      Statement insert,
      db.Prepare("INSERT INTO statements(article_id, ordinal, kind, content_begin, content_end, "
                  "text, cue, cue_begin, cue_end, sentence_begin, sentence_end, sentence, "
                  "speaker_mention, speaker_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  for (size_t ordinal = 0; ordinal < extraction.statements.size(); ++ordinal) {
    const ExtractedStatement& s = extraction.statements[ordinal];
    RETURN_IF_ERROR(insert.BindAll(
        article.id, ordinal, static_cast<int64_t>(s.kind), s.content.begin, s.content.end,
        SpanText(article.text, s.content), s.cue, s.cue_span.begin, s.cue_span.end,
        s.sentence.begin, s.sentence.end, SpanText(article.text, s.sentence), s.speaker_mention));
    const std::string* speaker_id = s.speaker >= 0 ? &*speaker_ids[s.speaker] : nullptr;
    if (speaker_id != nullptr && !speaker_id->empty()) {
      RETURN_IF_ERROR(insert.Bind(14, *speaker_id));
    } else {
      RETURN_IF_ERROR(insert.Bind(14, nullptr));
    }
    RETURN_IF_ERROR(insert.Run());
  }
  // What the old extraction said and the new one does not is taken back (after the merge, so
  // that what both say keeps its place in the speaker's order).
  RETURN_IF_ERROR(DeleteUnsourced(db, said_before));
  RETURN_IF_ERROR(RefreshSpeakers(db, touched_speakers));
  RETURN_IF_ERROR(BumpRevision(db));
  return create_time_ms.has_value() ? PutOutcome::kUpdated : PutOutcome::kCreated;
}

absl::StatusOr<ArticleRecord> SqliteStore::GetArticle(std::string_view id, bool with_text) {
  ASSIGN_OR_RETURN(Lease db, Reader());
  ASSIGN_OR_RETURN(Statement select,
                   db->Prepare(absl::StrCat(ArticleSelect(with_text), " WHERE id = ?")));
  RETURN_IF_ERROR(select.BindAll(id));
  ASSIGN_OR_RETURN(const bool found, select.Step());
  if (!found) return absl::NotFoundError(absl::StrCat("article '", store_internal::ToAbsl(id), "' not found"));
  return ReadArticleRow(select, with_text);
}

absl::StatusOr<Page<ArticleRecord>> SqliteStore::ListArticles(const ListArticlesOptions& options) {
  RETURN_IF_ERROR(CheckPageSize(options.page_size));
  Query query;
  if (!options.source.empty()) query.Where("source = ?", {options.source});
  Query page = query;
  if (!options.after.empty()) {
    ASSIGN_OR_RETURN(std::vector<std::string> key, DecodeCursor(options.after, 1));
    page.Where("id > ?", {key[0]});
  }

  ASSIGN_OR_RETURN(Lease db, Reader());
  ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(*db, Transaction::kRead));
  Page<ArticleRecord> result;
  {
    ASSIGN_OR_RETURN(Statement count,
                     db->Prepare(absl::StrCat("SELECT count(*) FROM articles", query.WhereClause())));
    RETURN_IF_ERROR(Query::BindValues(count, query.params));
    ASSIGN_OR_RETURN(const bool row, count.Step());
    if (row) result.total_size = count.Int(0);
  }
  page.params.push_back(int64_t{options.page_size} + 1);
  ASSIGN_OR_RETURN(Statement select,
                   db->Prepare(absl::StrCat(ArticleSelect(options.with_text), page.WhereClause(),
                                            " ORDER BY id LIMIT ?")));
  RETURN_IF_ERROR(Query::BindValues(select, page.params));
  while (true) {
    ASSIGN_OR_RETURN(const bool row, select.Step());
    if (!row) break;
    if (static_cast<int>(result.items.size()) == options.page_size) {
      result.next = EncodeCursor({result.items.back().article.id});
      break;
    }
    result.items.push_back(ReadArticleRow(select, options.with_text));
  }
  return result;
}

absl::StatusOr<int64_t> SqliteStore::DeleteArticle(std::string_view id) {
  Lease db = Writer();
  ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(*db, Transaction::kImmediate));
  {
    ASSIGN_OR_RETURN(Statement select, db->Prepare("SELECT 1 FROM articles WHERE id = ?"));
    RETURN_IF_ERROR(select.BindAll(id));
    ASSIGN_OR_RETURN(const bool found, select.Step());
    if (!found) return absl::NotFoundError(absl::StrCat("article '", store_internal::ToAbsl(id), "' not found"));
  }
  std::set<std::string> touched_speakers;
  RETURN_IF_ERROR(CollectArticleSpeakers(*db, id, touched_speakers));
  ASSIGN_OR_RETURN(const std::vector<int64_t> said, ForgetArticleSources(*db, id));
  RETURN_IF_ERROR(DeleteUnsourced(*db, said));
  int64_t removed = 0;
  {
    ASSIGN_OR_RETURN(Statement remove, db->Prepare("DELETE FROM statements WHERE article_id = ?"));
    RETURN_IF_ERROR(remove.BindAll(id));
    RETURN_IF_ERROR(remove.Run());
    removed = sqlite3_changes64(db->handle());
  }
  {
    ASSIGN_OR_RETURN(Statement remove, db->Prepare("DELETE FROM articles WHERE id = ?"));
    RETURN_IF_ERROR(remove.BindAll(id));
    RETURN_IF_ERROR(remove.Run());
  }
  RETURN_IF_ERROR(RefreshSpeakers(*db, touched_speakers));
  RETURN_IF_ERROR(BumpRevision(*db));
  RETURN_IF_ERROR(tx.Commit());
  return removed;
}

absl::StatusOr<SpeakerRecord> SqliteStore::GetSpeaker(std::string_view id) {
  ASSIGN_OR_RETURN(Lease db, Reader());
  ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(*db, Transaction::kRead));
  return LoadSpeaker(*db, id);
}

absl::StatusOr<Page<SpeakerRecord>> SqliteStore::ListSpeakers(const ListSpeakersOptions& options) {
  RETURN_IF_ERROR(CheckPageSize(options.page_size));
  Query query;
  if (!options.organization.empty()) {
    query.Where(
        "EXISTS (SELECT 1 FROM speaker_attributes o WHERE o.speaker_id = s.id "
        "AND o.attribute = 'organization' AND o.value_key = ?)",
        {OrganizationKey(options.organization)});
  }
  if (options.named_only) {
    // The negation of LoadSpeakers' test: a plain name key, or no description key.
    query.Where(
        "(EXISTS (SELECT 1 FROM speaker_attributes n WHERE n.speaker_id = s.id "
        "AND n.attribute = 'name_key' AND instr(n.value_key, ?) = 0) OR NOT EXISTS "
        "(SELECT 1 FROM speaker_attributes n WHERE n.speaker_id = s.id "
        "AND n.attribute = 'name_key'))",
        {std::string(store_internal::kDescriptionMark)});
  }
  if (const std::string needle = FoldKey(options.query); !needle.empty()) {
    query.Where(
        "(instr(s.display_key, ?) > 0 OR EXISTS (SELECT 1 FROM speaker_attributes q "
        "WHERE q.speaker_id = s.id AND q.attribute = 'alias' AND instr(q.value_key, ?) > 0))",
        {needle, needle});
  }
  Query page = query;
  if (!options.after.empty()) {
    ASSIGN_OR_RETURN(std::vector<std::string> key, DecodeCursor(options.after, 2));
    int64_t count = 0;
    if (!absl::SimpleAtoi(key[0], &count)) {
      return absl::InvalidArgumentError("page token is malformed: pass next_page_token unchanged");
    }
    page.Where("(s.statement_count < ? OR (s.statement_count = ? AND s.id > ?))",
               {count, count, key[1]});
  }

  ASSIGN_OR_RETURN(Lease db, Reader());
  ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(*db, Transaction::kRead));
  Page<SpeakerRecord> result;
  {
    ASSIGN_OR_RETURN(Statement count, db->Prepare(absl::StrCat(
                                          "SELECT count(*) FROM speakers s", query.WhereClause())));
    RETURN_IF_ERROR(Query::BindValues(count, query.params));
    ASSIGN_OR_RETURN(const bool row, count.Step());
    if (row) result.total_size = count.Int(0);
  }
  std::vector<std::string> ids;
  bool more = false;
  {
    page.params.push_back(int64_t{options.page_size} + 1);
    ASSIGN_OR_RETURN(Statement select,
                     db->Prepare(absl::StrCat("SELECT s.id FROM speakers s", page.WhereClause(),
                                              " ORDER BY s.statement_count DESC, s.id LIMIT ?")));
    RETURN_IF_ERROR(Query::BindValues(select, page.params));
    while (true) {
      ASSIGN_OR_RETURN(const bool row, select.Step());
      if (!row) break;
      if (static_cast<int>(ids.size()) == options.page_size) {
        more = true;
        break;
      }
      ids.push_back(select.Text(0));
    }
  }
  ASSIGN_OR_RETURN(auto speakers, LoadSpeakers(*db, &ids));
  for (const std::string& id : ids) {
    auto it = speakers.find(id);
    if (it == speakers.end()) return absl::InternalError(absl::StrCat("speaker '", id, "' vanished"));
    result.items.push_back(std::move(it->second));
  }
  if (more) {
    const SpeakerRecord& last = result.items.back();
    result.next = EncodeCursor({absl::StrCat(last.statement_count), last.id});
  }
  return result;
}

absl::StatusOr<SpeakerRecord> SqliteStore::RenameSpeaker(std::string_view id,
                                                         std::string_view display_name) {
  const std::string name = Tidy(display_name);
  if (NameKey(name).empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "display name '", store_internal::ToAbsl(display_name), "' is empty: give a name with letters or digits"));
  }
  Lease db = Writer();
  ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(*db, Transaction::kImmediate));
  ASSIGN_OR_RETURN(SpeakerRecord speaker, LoadSpeaker(*db, id));
  if (speaker.display_name == name) return speaker;
  const std::string new_key = FoldKey(name);
  RETURN_IF_ERROR(AddAlias(*db, id, new_key, speaker.display_name, kUserSource));
  {
    ASSIGN_OR_RETURN(Statement remove,
                     db->Prepare("DELETE FROM speaker_attributes WHERE speaker_id = ? "
                                 "AND attribute = 'alias' AND value_key = ?"));
    RETURN_IF_ERROR(remove.BindAll(id, new_key));
    RETURN_IF_ERROR(remove.Run());
  }
  {
    ASSIGN_OR_RETURN(Statement update,
                     db->Prepare("UPDATE speakers SET display_name = ?, display_key = ? "
                                 "WHERE id = ?"));
    RETURN_IF_ERROR(update.BindAll(name, new_key, id));
    RETURN_IF_ERROR(update.Run());
  }
  // The new name resolves to this speaker from now on; so does the old one.
  RETURN_IF_ERROR(AddNameKeys(*db, id, name));
  RETURN_IF_ERROR(BumpRevision(*db));
  ASSIGN_OR_RETURN(SpeakerRecord renamed, LoadSpeaker(*db, id));
  RETURN_IF_ERROR(tx.Commit());
  return renamed;
}

absl::StatusOr<SpeakerRecord> SqliteStore::MergeSpeakers(
    std::string_view target, const std::vector<std::string>& sources) {
  if (sources.empty()) {
    return absl::InvalidArgumentError("no speakers to merge: name at least one source speaker");
  }
  std::set<std::string> unique_sources(sources.begin(), sources.end());
  if (unique_sources.count(std::string(target)) > 0) {
    return absl::FailedPreconditionError(absl::StrCat(
        "cannot merge speaker '", store_internal::ToAbsl(target), "' into itself: remove it from the sources"));
  }
  Lease db = Writer();
  ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(*db, Transaction::kImmediate));
  ASSIGN_OR_RETURN(SpeakerRecord merged, LoadSpeaker(*db, target));
  const std::string target_key = FoldKey(merged.display_name);
  for (const std::string& source_id : unique_sources) {
    ASSIGN_OR_RETURN(SpeakerRecord source, LoadSpeaker(*db, source_id));
    {
      ASSIGN_OR_RETURN(Statement move,
                       db->Prepare("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?"));
      RETURN_IF_ERROR(move.BindAll(target, source_id));
      RETURN_IF_ERROR(move.Run());
    }
    {
      ASSIGN_OR_RETURN(
          Statement copy,
          db->Prepare("INSERT OR IGNORE INTO speaker_attributes"
                      "(speaker_id, attribute, value, value_key) "
                      "SELECT ?1, attribute, value, value_key FROM speaker_attributes "
                      "WHERE speaker_id = ?2 AND NOT (attribute = 'alias' AND value_key = ?3) "
                      "ORDER BY id"));
      RETURN_IF_ERROR(copy.BindAll(target, source_id, target_key));
      RETURN_IF_ERROR(copy.Run());
    }
    {
      // With their sources: an article's later update or deletion takes back from the target
      // what only that article said.
      ASSIGN_OR_RETURN(
          Statement copy,
          db->Prepare("INSERT OR IGNORE INTO speaker_attribute_sources(attribute_id, article_id) "
                      "SELECT t.id, s.article_id FROM speaker_attributes a "
                      "JOIN speaker_attribute_sources s ON s.attribute_id = a.id "
                      "JOIN speaker_attributes t ON t.speaker_id = ?1 "
                      "AND t.attribute = a.attribute AND t.value_key = a.value_key "
                      "WHERE a.speaker_id = ?2"));
      RETURN_IF_ERROR(copy.BindAll(target, source_id));
      RETURN_IF_ERROR(copy.Run());
    }
    RETURN_IF_ERROR(AddAlias(*db, target, target_key, source.display_name, kUserSource));
    if (merged.kind == SpeakerKind::kUnknown && source.kind != SpeakerKind::kUnknown) {
      merged.kind = source.kind;
      ASSIGN_OR_RETURN(Statement kind, db->Prepare("UPDATE speakers SET kind = ? WHERE id = ?"));
      RETURN_IF_ERROR(kind.BindAll(static_cast<int64_t>(source.kind), target));
      RETURN_IF_ERROR(kind.Run());
    }
    ASSIGN_OR_RETURN(Statement remove, db->Prepare("DELETE FROM speakers WHERE id = ?"));
    RETURN_IF_ERROR(remove.BindAll(source_id));
    RETURN_IF_ERROR(remove.Run());
  }
  RETURN_IF_ERROR(RefreshSpeakers(*db, {std::string(target)}));
  RETURN_IF_ERROR(BumpRevision(*db));
  ASSIGN_OR_RETURN(merged, LoadSpeaker(*db, target));
  RETURN_IF_ERROR(tx.Commit());
  return merged;
}

absl::StatusOr<SpeakerRecord> SqliteStore::SplitSpeaker(const SplitSpeakerOptions& options) {
  if (options.article_ids.empty()) {
    return absl::InvalidArgumentError(
        "no articles to split off: name the articles whose statements go to the new speaker");
  }
  Lease db = Writer();
  ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(*db, Transaction::kImmediate));
  ASSIGN_OR_RETURN(SpeakerRecord source, LoadSpeaker(*db, options.speaker_id));
  const std::string name =
      Tidy(options.display_name.empty() ? source.display_name : options.display_name);
  if (NameKey(name).empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "display name '", store_internal::ToAbsl(options.display_name),
        "' is empty: give a name with letters or digits"));
  }
  const std::set<std::string> articles(options.article_ids.begin(), options.article_ids.end());
  int64_t moving = 0;
  for (const std::string& article : articles) {
    ASSIGN_OR_RETURN(Statement count,
                     db->Prepare("SELECT (SELECT count(*) FROM articles WHERE id = ?1), "
                                 "(SELECT count(*) FROM statements "
                                 "WHERE article_id = ?1 AND speaker_id = ?2)"));
    RETURN_IF_ERROR(count.BindAll(article, options.speaker_id));
    ASSIGN_OR_RETURN(const bool row, count.Step());
    if (!row || count.Int(0) == 0) {
      return absl::NotFoundError(absl::StrCat("article '", article,
                                              "' not found: list articles to see the ids"));
    }
    if (count.Int(1) == 0) {
      return absl::FailedPreconditionError(absl::StrCat(
          "speaker '", store_internal::ToAbsl(options.speaker_id),
          "' has no statements in article '", article,
          "': search statements by speaker to see where it is quoted"));
    }
    moving += count.Int(1);
  }
  if (moving == source.statement_count) {
    return absl::FailedPreconditionError(absl::StrCat(
        "these articles hold every statement of speaker '",
        store_internal::ToAbsl(options.speaker_id),
        "': nothing would be left to split from; rename it instead"));
  }
  ASSIGN_OR_RETURN(const std::string id, CreateSpeaker(*db, name, source.kind));
  // The same name keys: the two are namesakes, which later mentions tell apart by
  // organization (docs/storage.md).
  RETURN_IF_ERROR(AddNameKeys(*db, id, name));
  for (const std::string& organization : options.organizations) {
    const std::string tidy = Tidy(organization);
    if (OrganizationKey(tidy).empty()) continue;
    RETURN_IF_ERROR(
        AddAttribute(*db, id, "organization", tidy, OrganizationKey(tidy), kUserSource));
  }
  const std::string moved_articles = JsonArray({articles.begin(), articles.end()});
  {
    ASSIGN_OR_RETURN(Statement move,
                     db->Prepare("UPDATE statements SET speaker_id = ?1 WHERE speaker_id = ?2 "
                                 "AND article_id IN (SELECT value FROM json_each(?3))"));
    RETURN_IF_ERROR(move.BindAll(id, options.speaker_id, moved_articles));
    RETURN_IF_ERROR(move.Run());
  }
  // What the moved articles said about the speaker goes with them: their roles,
  // organizations and aliases are the new speaker's, and the old one keeps only what other
  // articles (or a user) said.
  for (const char* sql : {
           "INSERT OR IGNORE INTO speaker_attributes(speaker_id, attribute, value, value_key) "
           "SELECT ?1, a.attribute, a.value, a.value_key FROM speaker_attributes a "
           "WHERE a.speaker_id = ?2 AND EXISTS (SELECT 1 FROM speaker_attribute_sources s "
           "WHERE s.attribute_id = a.id AND s.article_id IN (SELECT value FROM json_each(?3))) "
           "ORDER BY a.id",
           "INSERT OR IGNORE INTO speaker_attribute_sources(attribute_id, article_id) "
           "SELECT t.id, s.article_id FROM speaker_attributes a "
           "JOIN speaker_attribute_sources s ON s.attribute_id = a.id "
           "JOIN speaker_attributes t ON t.speaker_id = ?1 "
           "AND t.attribute = a.attribute AND t.value_key = a.value_key "
           "WHERE a.speaker_id = ?2 AND s.article_id IN (SELECT value FROM json_each(?3))",
       }) {
    ASSIGN_OR_RETURN(Statement copy, db->Prepare(sql));
    RETURN_IF_ERROR(copy.BindAll(id, options.speaker_id, moved_articles));
    RETURN_IF_ERROR(copy.Run());
  }
  {
    ASSIGN_OR_RETURN(const std::vector<int64_t> said,
                     QueryIntColumn(*db,
                                    "SELECT DISTINCT s.attribute_id "
                                    "FROM speaker_attribute_sources s "
                                    "JOIN speaker_attributes a ON a.id = s.attribute_id "
                                    "WHERE a.speaker_id = ?1 "
                                    "AND s.article_id IN (SELECT value FROM json_each(?2))",
                                    options.speaker_id, moved_articles));
    ASSIGN_OR_RETURN(Statement forget,
                     db->Prepare("DELETE FROM speaker_attribute_sources WHERE attribute_id = ?1 "
                                 "AND article_id IN (SELECT value FROM json_each(?2))"));
    for (const int64_t attribute : said) {
      RETURN_IF_ERROR(forget.BindAll(attribute, moved_articles));
      RETURN_IF_ERROR(forget.Run());
    }
    RETURN_IF_ERROR(DeleteUnsourced(*db, said));
  }
  RETURN_IF_ERROR(RefreshSpeakers(*db, {std::string(options.speaker_id), id}));
  RETURN_IF_ERROR(BumpRevision(*db));
  ASSIGN_OR_RETURN(SpeakerRecord created, LoadSpeaker(*db, id));
  RETURN_IF_ERROR(tx.Commit());
  return created;
}

absl::StatusOr<std::string> SqliteStore::FindSpeakerId(std::string_view name_or_alias) {
  const std::string folded = FoldKey(name_or_alias);
  if (folded.empty()) return absl::InvalidArgumentError("speaker name is empty");
  ASSIGN_OR_RETURN(Lease db, Reader());
  ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(*db, Transaction::kRead));
  // Display names first, then aliases, then names that resolve to a speaker with honorifics
  // and punctuation folded; the most quoted speaker wins a tie.
  const std::pair<std::string_view, std::string> lookups[] = {
      {"SELECT id FROM speakers WHERE display_key = ? "
       "ORDER BY statement_count DESC, id LIMIT 1",
       folded},
      {"SELECT s.id FROM speaker_attributes a JOIN speakers s ON s.id = a.speaker_id "
       "WHERE a.attribute = 'alias' AND a.value_key = ? "
       "ORDER BY s.statement_count DESC, s.id LIMIT 1",
       folded},
      {"SELECT s.id FROM speaker_attributes a JOIN speakers s ON s.id = a.speaker_id "
       "WHERE a.attribute = 'name_key' AND a.value_key = ? "
       "ORDER BY s.statement_count DESC, s.id LIMIT 1",
       NameKey(name_or_alias)},
  };
  for (const auto& [sql, key] : lookups) {
    if (key.empty()) continue;
    ASSIGN_OR_RETURN(Statement select, db->Prepare(sql));
    RETURN_IF_ERROR(select.BindAll(key));
    ASSIGN_OR_RETURN(const bool found, select.Step());
    if (found) return select.Text(0);
  }
  return absl::NotFoundError(absl::StrCat("no speaker is named '", store_internal::ToAbsl(name_or_alias),
                                          "': list speakers to see display names and aliases"));
}

absl::StatusOr<Page<StatementRecord>> SqliteStore::SearchStatements(
    const SearchStatementsOptions& options) {
  RETURN_IF_ERROR(CheckPageSize(options.page_size));
  Query query;
  const bool has_match = !Tidy(options.query).empty();
  if (has_match) {
    query.Where("s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)",
                {options.query});
  }
  if (!options.speaker_id.empty()) query.Where("s.speaker_id = ?", {options.speaker_id});
  if (!options.organization.empty()) {
    query.Where(
        "EXISTS (SELECT 1 FROM speaker_attributes o WHERE o.speaker_id = s.speaker_id "
        "AND o.attribute = 'organization' AND o.value_key = ?)",
        {OrganizationKey(options.organization)});
  }
  if (!options.article_id.empty()) query.Where("s.article_id = ?", {options.article_id});
  if (!options.kinds.empty()) {
    std::set<int64_t> kinds;
    for (StatementKind kind : options.kinds) {
      const int64_t value = static_cast<int64_t>(kind);
      if (value < 1 || value > 3) {
        return absl::InvalidArgumentError(absl::StrCat("unknown statement kind ", value));
      }
      kinds.insert(value);
    }
    std::vector<Query::Value> values(kinds.begin(), kinds.end());
    query.Where(absl::StrCat("s.kind IN (", absl::StrJoin(std::vector<std::string>(kinds.size(), "?"), ", "),
                             ")"),
                std::move(values));
  }
  // With no other filter, FTS5 counts its matches without touching the statements table.
  const std::string count_sql =
      has_match && query.conditions.size() == 1
          ? "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?"
          : absl::StrCat("SELECT count(*) FROM statements s", query.WhereClause());
  Query page = query;
  if (!options.after.empty()) {
    ASSIGN_OR_RETURN(std::vector<std::string> key, DecodeCursor(options.after, 2));
    int64_t ordinal = 0;
    if (!absl::SimpleAtoi(key[1], &ordinal)) {
      return absl::InvalidArgumentError("page token is malformed: pass next_page_token unchanged");
    }
    page.Where("(s.article_id, s.ordinal) > (?, ?)", {key[0], ordinal});
  }

  ASSIGN_OR_RETURN(Lease db, Reader());
  ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(*db, Transaction::kRead));
  Page<StatementRecord> result;
  {
    ASSIGN_OR_RETURN(Statement count, db->Prepare(count_sql));
    RETURN_IF_ERROR(Query::BindValues(count, query.params));
    absl::StatusOr<bool> row = count.Step();
    if (!row.ok()) {
      // FTS5 reports a malformed query as a plain SQL error when the query runs.
      if (has_match && count.error_code() == SQLITE_ERROR) {
        return absl::InvalidArgumentError(absl::StrCat(
            "search query '", options.query, "' is not valid: ", sqlite3_errmsg(db->handle()),
            ". Use words, \"quoted phrases\", AND/OR/NOT, NEAR(...) and a trailing * for "
            "prefixes; put punctuation inside double quotes"));
      }
      return row.status();
    }
    if (*row) result.total_size = count.Int(0);
  }
  page.params.push_back(int64_t{options.page_size} + 1);
  {
    ASSIGN_OR_RETURN(
        Statement select,
        db->Prepare(absl::StrCat("SELECT ", kStatementColumns,
                                 " FROM statements s JOIN articles a ON a.id = s.article_id",
                                 page.WhereClause(), " ORDER BY s.article_id, s.ordinal LIMIT ?")));
    RETURN_IF_ERROR(Query::BindValues(select, page.params));
    while (true) {
      ASSIGN_OR_RETURN(const bool row, select.Step());
      if (!row) break;
      if (static_cast<int>(result.items.size()) == options.page_size) {
        const StatementRecord& last = result.items.back();
        result.next = EncodeCursor({last.article_id, absl::StrCat(last.ordinal)});
        break;
      }
      result.items.push_back(ReadStatementRow(select));
    }
  }
  std::vector<std::string> speaker_ids;
  for (const StatementRecord& statement : result.items) {
    if (!statement.speaker.id.empty()) speaker_ids.push_back(statement.speaker.id);
  }
  ASSIGN_OR_RETURN(auto speakers, LoadSpeakers(*db, &speaker_ids));
  for (StatementRecord& statement : result.items) {
    auto it = speakers.find(statement.speaker.id);
    if (it != speakers.end()) statement.speaker = it->second;
  }
  return result;
}

absl::Status SqliteStore::ForEachStatement(
    const std::function<bool(const StatementRecord&)>& visit) {
  ASSIGN_OR_RETURN(Lease db, Reader());
  ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(*db, Transaction::kRead));
  ASSIGN_OR_RETURN(auto speakers, LoadSpeakers(*db, /*ids=*/nullptr));
  ASSIGN_OR_RETURN(Statement select,
                   db->Prepare(absl::StrCat("SELECT ", kStatementColumns,
                                            " FROM statements s JOIN articles a "
                                            "ON a.id = s.article_id ORDER BY s.article_id, "
                                            "s.ordinal")));
  while (true) {
    ASSIGN_OR_RETURN(const bool row, select.Step());
    if (!row) break;
    StatementRecord record = ReadStatementRow(select);
    if (!record.speaker.id.empty()) {
      auto it = speakers.find(record.speaker.id);
      if (it != speakers.end()) record.speaker = it->second;
    }
    if (!visit(record)) break;
  }
  return absl::OkStatus();
}

absl::StatusOr<CorpusCounts> SqliteStore::GetCounts() {
  ASSIGN_OR_RETURN(Lease db, Reader());
  ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(*db, Transaction::kRead));
  CorpusCounts counts;
  ASSIGN_OR_RETURN(counts.articles, db->QueryInt("SELECT count(*) FROM articles"));
  ASSIGN_OR_RETURN(counts.statements, db->QueryInt("SELECT count(*) FROM statements"));
  ASSIGN_OR_RETURN(counts.speakers, db->QueryInt("SELECT count(*) FROM speakers"));
  ASSIGN_OR_RETURN(counts.organizations,
                   db->QueryInt("SELECT count(DISTINCT value_key) FROM speaker_attributes "
                                "WHERE attribute = 'organization'"));
  ASSIGN_OR_RETURN(counts.revision,
                   db->QueryInt("SELECT value FROM corpus_meta WHERE key = 'revision'"));
  ASSIGN_OR_RETURN(const int64_t version, db->QueryInt("PRAGMA user_version"));
  counts.schema_version = static_cast<int>(version);
  return counts;
}

absl::StatusOr<int64_t> SqliteStore::GetRevision() {
  ASSIGN_OR_RETURN(Lease db, Reader());
  return db->QueryInt("SELECT value FROM corpus_meta WHERE key = 'revision'");
}

}  // namespace

absl::StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  return SqliteStore::Open(path);
}

}  // namespace policy
