#include "client/ingest_summary.h"

#include "absl/strings/str_cat.h"
#include "client/format.h"

namespace policyctl {
namespace {

std::string OutcomeName(policy::v1::IngestOutcome outcome) {
  switch (outcome) {
    case policy::v1::INGEST_OUTCOME_CREATED: return "created";
    case policy::v1::INGEST_OUTCOME_UPDATED: return "updated";
    case policy::v1::INGEST_OUTCOME_UNCHANGED: return "unchanged";
    case policy::v1::INGEST_OUTCOME_REJECTED: return "rejected";
    default: return "unknown";
  }
}

std::string OriginOf(const policy::v1::IngestResult& r, const std::vector<std::string>& origins) {
  return r.index() >= 0 && static_cast<size_t>(r.index()) < origins.size() ? origins[r.index()]
                                                                           : "";
}

}  // namespace

std::string RenderIngestSummary(const policy::v1::IngestArticlesResponse& response,
                                const std::vector<std::string>& origins,
                                const std::vector<InputProblem>& problems,
                                OutputFormat format) {
  if (format == OutputFormat::kJson) return ToJson(response) + "\n";
  if (format == OutputFormat::kCsv || format == OutputFormat::kMarkdown) {
    Table t({"index", "id", "origin", "outcome", "statements", "error_code", "error_message"});
    for (const auto& r : response.results()) {
      t.AddRow({absl::StrCat(r.index()), r.id(), OriginOf(r, origins), OutcomeName(r.outcome()),
                absl::StrCat(r.statement_count()), r.error_code(), r.error_message()});
    }
    return RenderTable(t, format);
  }
  std::string out = absl::StrCat(
      "stored ", response.created() + response.updated(), " (created ", response.created(),
      ", updated ", response.updated(), "), unchanged ", response.unchanged(), ", rejected ",
      response.rejected(), "; corpus revision ", response.corpus_revision(), "\n");
  if (response.rejected() > 0) {
    out += "rejected:\n";
    Table t({"id", "origin", "code", "reason"});
    for (const auto& r : response.results()) {
      if (r.outcome() != policy::v1::INGEST_OUTCOME_REJECTED) continue;
      t.AddRow({r.id().empty() ? "(no id)" : r.id(), OriginOf(r, origins), r.error_code(),
                r.error_message()});
    }
    std::string table = RenderAligned(t);
    size_t start = 0;
    while (start < table.size()) {
      size_t end = table.find('\n', start);
      absl::StrAppend(&out, "  ", table.substr(start, end - start), "\n");
      start = end + 1;
    }
  }
  if (!problems.empty()) {
    absl::StrAppend(&out, "skipped ", problems.size(), " malformed input",
                    problems.size() == 1 ? "" : "s", ":\n");
    for (const auto& p : problems) absl::StrAppend(&out, "  ", p.ToString(), "\n");
  }
  return out;
}

}  // namespace policyctl
