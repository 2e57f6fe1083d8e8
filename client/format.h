// Plain-text rendering shared by the commands: a Table rendered as an aligned terminal table,
// CSV (RFC 4180) or a Markdown pipe table, and small helpers for numbers and JSON strings.
// Pure functions of their inputs: no I/O, no gRPC.
//
//   Table t({"id", "title"});
//   t.AddRow({"a1", "Leaders call for innovation"});
//   std::cout << RenderTable(t, OutputFormat::kCsv);
#ifndef POLICY_CLIENT_FORMAT_H_
#define POLICY_CLIENT_FORMAT_H_

#include <string>
#include "absl/strings/string_view.h"
#include <vector>

#include "absl/status/statusor.h"
#include "policy/v1/resources.pb.h"

namespace policyctl {

// Output formats of --format.
enum class OutputFormat { kTable, kJson, kCsv, kMarkdown };
// Parses "table" / "json" / "csv" / "markdown" (also "md").
absl::StatusOr<OutputFormat> ParseOutputFormat(absl::string_view name);

// Widest cell of a terminal table; CSV, Markdown and JSON keep full text.
inline constexpr size_t kTerminalCellChars = 80;

// Rows of text cells under a header. Rows shorter than the header are padded with "".
class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  void AddRow(std::vector<std::string> row);
  const std::vector<std::string>& header() const { return header_; }
  const std::vector<std::vector<std::string>>& rows() const { return rows_; }

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

// Aligned columns separated by two spaces, a dashed rule under the header. Newlines in cells
// are shown as spaces; cells longer than `max_cell_chars` code points (0 = no limit) are cut
// with "…".
std::string RenderAligned(const Table& table, size_t max_cell_chars = 0);
// RFC 4180: comma separated, CRLF-free ("\n" line ends), fields with , " or newlines quoted.
std::string RenderCsv(const Table& table);
// GitHub-flavoured Markdown pipe table; | and newlines in cells are escaped.
std::string RenderMarkdownTable(const Table& table);
// Dispatches on `format`. kTable cuts cells at kTerminalCellChars; kJson is not a table
// format (rendered as kTable).
std::string RenderTable(const Table& table, OutputFormat format);

// A JSON string literal for UTF-8 `text` (quotes, backslash and control characters escaped;
// other characters kept as UTF-8).
std::string JsonQuote(absl::string_view text);
// Escapes & < > " ' for HTML text and attribute values.
std::string HtmlEscape(absl::string_view text);
// Escapes Markdown inline specials (\ ` * _ [ ] | and < so no HTML tag can form) and turns
// newlines into spaces.
std::string MarkdownEscape(absl::string_view text);
// Fixed-point with `digits` decimals ("-1.96").
std::string FormatDouble(double value, int digits);
// Number of Unicode code points in UTF-8 `text` (display width for alignment).
size_t Utf8Length(absl::string_view text);
// At most `max_chars` code points of `text`, with "…" appended when cut.
std::string Truncate(absl::string_view text, size_t max_chars);

// "direct" / "indirect" / "mixed" ("" for unspecified).
absl::string_view KindName(policy::v1::StatementKind kind);
// Parses "direct" / "indirect" / "mixed".
absl::StatusOr<policy::v1::StatementKind> ParseKind(absl::string_view name);

// Tables for the list commands (one row per item; columns documented in docs/cli.md).
Table ArticlesTable(const std::vector<policy::v1::Article>& articles);
Table SpeakersTable(const std::vector<policy::v1::Speaker>& speakers);
Table StatementsTable(const std::vector<policy::v1::Statement>& statements);
// Two columns, field and value, for one resource.
Table ArticleDetailTable(const policy::v1::Article& article);
Table SpeakerDetailTable(const policy::v1::Speaker& speaker);

}  // namespace policyctl

#endif  // POLICY_CLIENT_FORMAT_H_
