#include "client/format.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"

namespace policyctl {

void Table::AddRow(std::vector<std::string> row) {
  row.resize(std::max(row.size(), header_.size()));
  rows_.push_back(std::move(row));
}

size_t Utf8Length(absl::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string Truncate(absl::string_view text, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (chars == max_chars) return absl::StrCat(text.substr(0, i), "…");
      ++chars;
    }
  }
  return std::string(text);
}

namespace {
std::string OneLine(absl::string_view text) {
  return absl::StrReplaceAll(text, {{"\r\n", " "}, {"\n", " "}, {"\r", " "}, {"\t", " "}});
}

std::string TerminalCell(absl::string_view text, size_t max_chars) {
  std::string cell = OneLine(text);
  return max_chars > 0 ? Truncate(cell, max_chars) : cell;
}
}  // namespace

std::string RenderAligned(const Table& table, size_t max_cell_chars) {
  const size_t columns = table.header().size();
  std::vector<size_t> width(columns, 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (size_t c = 0; c < columns && c < row.size(); ++c) {
      width[c] = std::max(width[c], Utf8Length(TerminalCell(row[c], max_cell_chars)));
    }
  };
  measure(table.header());
  for (const auto& row : table.rows()) measure(row);
  std::string out;
  auto emit = [&](const std::vector<std::string>& row, size_t limit) {
    std::string line;
    for (size_t c = 0; c < columns; ++c) {
      const std::string cell = c < row.size() ? TerminalCell(row[c], limit) : "";
      line += cell;
      if (c + 1 < columns) line.append(width[c] - Utf8Length(cell) + 2, ' ');
    }
    // No trailing blanks.
    while (!line.empty() && line.back() == ' ') line.pop_back();
    absl::StrAppend(&out, line, "\n");
  };
  emit(table.header(), max_cell_chars);
  std::vector<std::string> rule;
  for (size_t c = 0; c < columns; ++c) rule.push_back(std::string(width[c], '-'));
  emit(rule, 0);
  for (const auto& row : table.rows()) emit(row, max_cell_chars);
  return out;
}

namespace {
std::string CsvField(absl::string_view field) {
  if (field.find_first_of(",\"\n\r") == absl::string_view::npos) return std::string(field);
  return absl::StrCat("\"", absl::StrReplaceAll(field, {{"\"", "\"\""}}), "\"");
}
}  // namespace

std::string RenderCsv(const Table& table) {
  std::string out;
  auto emit = [&](const std::vector<std::string>& row) {
    std::vector<std::string> fields;
    for (const auto& cell : row) fields.push_back(CsvField(cell));
    absl::StrAppend(&out, absl::StrJoin(fields, ","), "\n");
  };
  emit(table.header());
  for (const auto& row : table.rows()) emit(row);
  return out;
}

namespace {
std::string MarkdownCell(absl::string_view text) {
  return absl::StrReplaceAll(OneLine(text), {{"\\", "\\\\"}, {"|", "\\|"}});
}
}  // namespace

std::string RenderMarkdownTable(const Table& table) {
  std::string out;
  auto emit = [&](const std::vector<std::string>& row) {
    std::vector<std::string> cells;
    for (const auto& cell : row) cells.push_back(MarkdownCell(cell));
    absl::StrAppend(&out, "| ", absl::StrJoin(cells, " | "), " |\n");
  };
  emit(table.header());
  std::vector<std::string> rule(table.header().size(), "---");
  absl::StrAppend(&out, "|", absl::StrJoin(rule, "|"), "|\n");
  for (const auto& row : table.rows()) emit(row);
  return out;
}

std::string RenderTable(const Table& table, OutputFormat format) {
  switch (format) {
    case OutputFormat::kCsv:
      return RenderCsv(table);
    case OutputFormat::kMarkdown:
      return RenderMarkdownTable(table);
    case OutputFormat::kTable:
    case OutputFormat::kJson:
      break;
  }
  return RenderAligned(table, kTerminalCellChars);
}

absl::StatusOr<OutputFormat> ParseOutputFormat(absl::string_view name) {
  const std::string lower = absl::AsciiStrToLower(name);
  if (lower == "table") return OutputFormat::kTable;
  if (lower == "json") return OutputFormat::kJson;
  if (lower == "csv") return OutputFormat::kCsv;
  if (lower == "markdown" || lower == "md") return OutputFormat::kMarkdown;
  return absl::InvalidArgumentError(
      absl::StrCat("unknown format \"", name, "\"; use table, json, csv or markdown"));
}

std::string JsonQuote(absl::string_view text) {
  std::string out = "\"";
  for (char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          out += absl::StrFormat("\\u%04x", c);
        } else {
          out += ch;
        }
    }
  }
  out += "\"";
  return out;
}

std::string HtmlEscape(absl::string_view text) {
  return absl::StrReplaceAll(text, {{"&", "&amp;"},
                                    {"<", "&lt;"},
                                    {">", "&gt;"},
                                    {"\"", "&quot;"},
                                    {"'", "&#39;"}});
}

std::string MarkdownEscape(absl::string_view text) {
  std::string out;
  for (char c : OneLine(text)) {
    if (absl::string_view("\\`*_[]|<").find(c) != absl::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string FormatDouble(double value, int digits) {
  std::string s = absl::StrFormat("%.*f", digits, value);
  if (s.size() > 1 && s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) {
    s.erase(0, 1);  // no "-0.00"
  }
  return s;
}

absl::string_view KindName(policy::v1::StatementKind kind) {
  switch (kind) {
    case policy::v1::STATEMENT_KIND_DIRECT: return "direct";
    case policy::v1::STATEMENT_KIND_INDIRECT: return "indirect";
    case policy::v1::STATEMENT_KIND_MIXED: return "mixed";
    default: return "";
  }
}

absl::StatusOr<policy::v1::StatementKind> ParseKind(absl::string_view name) {
  const std::string lower = absl::AsciiStrToLower(name);
  if (lower == "direct") return policy::v1::STATEMENT_KIND_DIRECT;
  if (lower == "indirect") return policy::v1::STATEMENT_KIND_INDIRECT;
  if (lower == "mixed") return policy::v1::STATEMENT_KIND_MIXED;
  return absl::InvalidArgumentError(
      absl::StrCat("unknown statement kind \"", name, "\"; use direct, indirect or mixed"));
}

namespace {
absl::string_view SpeakerKindName(policy::v1::SpeakerKind kind) {
  switch (kind) {
    case policy::v1::SPEAKER_KIND_PERSON: return "person";
    case policy::v1::SPEAKER_KIND_GROUP: return "group";
    case policy::v1::SPEAKER_KIND_ORGANIZATION: return "organization";
    case policy::v1::SPEAKER_KIND_DOCUMENT: return "document";
    // A speaker described by a common noun the extractor does not class ("the star",
    // "a user"): named as the server's model names it, never left blank.
    default: return "unknown";
  }
}

template <typename Repeated>
std::string Join(const Repeated& values) {
  return absl::StrJoin(values.begin(), values.end(), "; ");
}
}  // namespace

Table ArticlesTable(const std::vector<policy::v1::Article>& articles) {
  Table t({"id", "published", "source", "statements", "bytes", "title"});
  for (const auto& a : articles) {
    t.AddRow({a.id(), a.published(), a.source(), absl::StrCat(a.statement_count()),
              absl::StrCat(a.size_bytes()), a.title()});
  }
  return t;
}

Table SpeakersTable(const std::vector<policy::v1::Speaker>& speakers) {
  Table t({"id", "name", "kind", "organizations", "roles", "statements", "articles"});
  for (const auto& s : speakers) {
    // A description ("officials") names nobody outside its article: say so beside its kind.
    std::string kind(SpeakerKindName(s.kind()));
    if (!s.description_article().empty()) absl::StrAppend(&kind, " (description)");
    t.AddRow({s.id(), s.display_name(), kind,
              Join(s.organizations()), Join(s.roles()), absl::StrCat(s.statement_count()),
              absl::StrCat(s.article_count())});
  }
  return t;
}

Table StatementsTable(const std::vector<policy::v1::Statement>& statements) {
  Table t({"article", "begin", "end", "kind", "speaker", "organization", "cue", "content"});
  for (const auto& s : statements) {
    std::string article = s.article();
    if (absl::StartsWith(article, "articles/")) article.erase(0, 9);
    t.AddRow({article, absl::StrCat(s.content_span().begin()),
              absl::StrCat(s.content_span().end()), std::string(KindName(s.kind())),
              s.speaker().display_name(),
              s.speaker().organizations().empty() ? "" : s.speaker().organizations(0), s.cue(),
              s.content()});
  }
  return t;
}

Table ArticleDetailTable(const policy::v1::Article& a) {
  Table t({"field", "value"});
  t.AddRow({"name", a.name()});
  t.AddRow({"title", a.title()});
  t.AddRow({"source", a.source()});
  t.AddRow({"url", a.url()});
  t.AddRow({"published", a.published()});
  t.AddRow({"statements", absl::StrCat(a.statement_count())});
  t.AddRow({"bytes", absl::StrCat(a.size_bytes())});
  t.AddRow({"content_hash", a.content_hash()});
  t.AddRow({"create_time", a.create_time()});
  t.AddRow({"update_time", a.update_time()});
  return t;
}

Table SpeakerDetailTable(const policy::v1::Speaker& s) {
  Table t({"field", "value"});
  t.AddRow({"name", s.name()});
  t.AddRow({"display_name", s.display_name()});
  t.AddRow({"kind", std::string(SpeakerKindName(s.kind()))});
  t.AddRow({"organizations", Join(s.organizations())});
  t.AddRow({"roles", Join(s.roles())});
  t.AddRow({"aliases", Join(s.aliases())});
  t.AddRow({"statements", absl::StrCat(s.statement_count())});
  t.AddRow({"articles", absl::StrCat(s.article_count())});
  if (!s.description_article().empty()) {
    t.AddRow({"description_article", s.description_article()});
  }
  return t;
}

}  // namespace policyctl
