#include "server/service/convert.h"

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "server/core/sha256.h"
#include "server/core/utf8.h"

namespace policy {
namespace {

constexpr size_t kMaxIdLength = 200;

bool IsIdChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '~' ||
         c == ':' || c == '-';
}

absl::Status ValidateId(absl::string_view id) {
  if (id.size() > kMaxIdLength) {
    return absl::InvalidArgumentError(
        absl::StrCat("article id is ", id.size(), " characters; the limit is ", kMaxIdLength));
  }
  for (size_t i = 0; i < id.size(); ++i) {
    if (!IsIdChar(id[i])) {
      return absl::InvalidArgumentError(absl::StrCat(
          "article id \"", absl::CHexEscape(id), "\" has a character not allowed at position ", i,
          "; ids may use letters, digits and . _ ~ : - (replace '/' and spaces with '-')"));
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> NormalisePublished(absl::string_view published) {
  published = absl::StripAsciiWhitespace(published);
  if (published.empty()) return std::string();
  absl::string_view date = published.substr(0, 10);
  absl::CivilDay day;
  if (published.size() < 10 || !absl::ParseCivilTime(date, &day) ||
      absl::FormatCivilTime(day) != date) {
    return absl::InvalidArgumentError(absl::StrCat(
        "published \"", absl::CHexEscape(published), "\" is not a date; use YYYY-MM-DD or an RFC 3339 timestamp"));
  }
  if (published.size() > 10 && published[10] != 'T' && published[10] != 't' &&
      published[10] != ' ') {
    return absl::InvalidArgumentError(absl::StrCat(
        "published \"", absl::CHexEscape(published), "\" is not a date; use YYYY-MM-DD or an RFC 3339 timestamp"));
  }
  return std::string(date);
}

absl::StatusOr<std::string> IdFromName(absl::string_view name, absl::string_view collection,
                                       absl::string_view field) {
  if (name.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, " is required, e.g. \"", collection, "/ID\""));
  }
  std::string prefix = absl::StrCat(collection, "/");
  if (absl::StartsWith(name, prefix)) name.remove_prefix(prefix.size());
  if (name.empty() || absl::StrContains(name, '/')) {
    return absl::InvalidArgumentError(absl::StrCat(
        field, " \"", name, "\" is not a ", collection, " resource name; use \"", collection,
        "/ID\" or a bare ID"));
  }
  return std::string(name);
}

std::string FormatMillis(int64_t ms) {
  if (ms == 0) return "";
  return absl::FormatTime("%Y-%m-%dT%H:%M:%E3SZ", absl::FromUnixMillis(ms), absl::UTCTimeZone());
}

}  // namespace

std::string ArticleIdOrDerived(const v1::Article& in) {
  if (!in.id().empty()) return in.id();
  if (in.text().empty()) return "";
  return absl::StrCat("h-", Sha256Hex(in.text()).substr(0, 16));
}

absl::StatusOr<Article> ArticleFromProto(const v1::Article& in, size_t max_article_bytes) {
  if (!in.id().empty()) {
    if (absl::Status s = ValidateId(in.id()); !s.ok()) return s;
  }
  if (in.text().empty()) {
    return absl::InvalidArgumentError("article text is empty; send the full article text");
  }
  if (in.text().size() > max_article_bytes) {
    return absl::InvalidArgumentError(absl::StrCat(
        "article text is ", in.text().size(), " bytes; the limit is ", max_article_bytes,
        " (split the article, or start policyd with a larger --max-article-bytes)"));
  }
  if (absl::Status s = ValidateUtf8(in.text()); !s.ok()) {
    return absl::InvalidArgumentError(absl::StrCat("article ", s.message()));
  }
  for (const std::string* field : {&in.title(), &in.source(), &in.url()}) {
    if (absl::Status s = ValidateUtf8(*field); !s.ok()) {
      return absl::InvalidArgumentError(absl::StrCat("article metadata ", s.message()));
    }
  }
  auto published = NormalisePublished(in.published());
  if (!published.ok()) return published.status();
  Article out;
  out.id = ArticleIdOrDerived(in);
  out.title = std::string(absl::StripAsciiWhitespace(in.title()));
  out.source = std::string(absl::StripAsciiWhitespace(in.source()));
  out.url = std::string(absl::StripAsciiWhitespace(in.url()));
  out.published = *std::move(published);
  out.text = in.text();
  return out;
}

absl::StatusOr<std::string> ArticleIdFromName(absl::string_view name) {
  return IdFromName(name, "articles", "name");
}

absl::StatusOr<std::string> SpeakerIdFromName(absl::string_view name) {
  return IdFromName(name, "speakers", "name");
}

absl::StatusOr<StatementKind> StatementKindFromProto(int kind) {
  switch (kind) {
    case v1::STATEMENT_KIND_DIRECT: return StatementKind::kDirect;
    case v1::STATEMENT_KIND_INDIRECT: return StatementKind::kIndirect;
    case v1::STATEMENT_KIND_MIXED: return StatementKind::kMixed;
    default: break;
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "statement kind ", kind, " is not one of STATEMENT_KIND_DIRECT, _INDIRECT, _MIXED"));
}

void ToProto(const ArticleRecord& record, v1::Article* out) {
  const Article& a = record.article;
  out->set_name(absl::StrCat("articles/", a.id));
  out->set_id(a.id);
  out->set_title(a.title);
  out->set_source(a.source);
  out->set_url(a.url);
  out->set_published(a.published);
  out->set_text(a.text);
  out->set_content_hash(record.content_hash);
  out->set_statement_count(record.statement_count);
  out->set_create_time(FormatMillis(record.create_time_ms));
  out->set_update_time(FormatMillis(record.update_time_ms));
  out->set_size_bytes(record.size_bytes);
}

void ToProto(const SpeakerRecord& record, v1::Speaker* out) {
  if (!record.id.empty()) {
    out->set_name(absl::StrCat("speakers/", record.id));
    out->set_id(record.id);
  }
  out->set_display_name(record.display_name);
  out->set_kind(ToProto(record.kind));
  for (const auto& role : record.roles) out->add_roles(role);
  for (const auto& org : record.organizations) out->add_organizations(org);
  for (const auto& alias : record.aliases) out->add_aliases(alias);
  out->set_statement_count(record.statement_count);
  out->set_article_count(record.article_count);
  if (!record.description_article.empty()) {
    out->set_description_article(absl::StrCat("articles/", record.description_article));
  }
}

void ToProto(const StatementRecord& record, v1::Statement* out) {
  out->set_name(absl::StrCat("articles/", record.article_id, "/statements/", record.id));
  out->set_article(absl::StrCat("articles/", record.article_id));
  ToProto(record.speaker, out->mutable_speaker());
  out->set_kind(ToProto(record.kind));
  ToProto(record.content, out->mutable_content_span());
  out->set_content(record.text);
  out->set_cue(record.cue);
  if (!record.cue_span.empty()) ToProto(record.cue_span, out->mutable_cue_span());
  out->set_sentence(record.sentence_text);
  ToProto(record.sentence, out->mutable_sentence_span());
  out->set_speaker_mention(record.speaker_mention);
  out->set_ordinal(record.ordinal);
  out->set_published(record.article_published);
  out->set_source(record.article_source);
}

}  // namespace policy
