// policyctl report SPEC and policyctl diff OLD.json NEW.json.
#include <filesystem>
#include <iostream>
#include <memory>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "client/commands.h"
#include "client/diff.h"
#include "client/report/html.h"
#include "client/report/markdown.h"
#include "client/report/spec.h"

namespace policyctl {
namespace {

// Attempts to get every section on one corpus revision before giving up.
constexpr int kReportAttempts = 3;

struct ReportFlags {
  std::string spec;
  std::string format;  // markdown|json|html; "" = from -o's extension or --format
  std::string output = "-";
};

absl::StatusOr<std::string> ReportFormat(const GlobalOptions& g, const ReportFlags& f) {
  std::string format = absl::AsciiStrToLower(f.format);
  if (format.empty()) {
    const std::string ext =
        absl::AsciiStrToLower(std::filesystem::path(f.output).extension().string());
    if (ext == ".html" || ext == ".htm") format = "html";
    else if (ext == ".json") format = "json";
    else if (ext == ".md") format = "markdown";
    else if (g.format == OutputFormat::kJson) format = "json";
    else if (g.format == OutputFormat::kCsv) {
      return absl::InvalidArgumentError("report: csv is not a report format; use markdown, json "
                                        "or html");
    } else format = "markdown";
  }
  if (format == "md") format = "markdown";
  if (format != "markdown" && format != "json" && format != "html") {
    return absl::InvalidArgumentError(
        absl::StrCat("report: unknown format \"", f.format, "\"; use markdown, json or html"));
  }
  return format;
}

int RunReport(const GlobalOptions& g, const ReportFlags& f) {
  auto format = ReportFormat(g, f);
  if (!format.ok()) return Fail(kExitUsage, format.status().message());
  auto spec = LoadReportSpec(f.spec);
  if (!spec.ok()) return Fail(kExitLocalError, spec.status().message());

  ServerConnection conn(g);
  for (int attempt = 1; attempt <= kReportAttempts; ++attempt) {
    grpc::ClientContext info_ctx;
    conn.Prepare(info_ctx);
    policy::v1::CorpusInfo info;
    grpc::Status status = conn.stub().GetCorpusInfo(&info_ctx, {}, &info);
    if (!status.ok()) return ReportRpcError(g, "report (corpus info)", status);

    std::vector<policy::v1::CompareSpeakersResponse> responses;
    bool consistent = true;
    for (const auto& section : spec->sections()) {
      grpc::ClientContext ctx;
      conn.Prepare(ctx);
      policy::v1::CompareSpeakersResponse response;
      status = conn.stub().CompareSpeakers(&ctx, section.compare(), &response);
      if (!status.ok()) {
        return ReportRpcError(g, absl::StrCat("report section \"", section.title(), "\""),
                              status);
      }
      if (response.corpus_revision() != info.revision()) {
        consistent = false;  // the corpus changed under us: start again
        break;
      }
      responses.push_back(std::move(response));
    }
    if (!consistent) continue;

    const policy::v1::Report report =
        AssembleReport(*spec, std::move(responses), info.revision(), info.server_version());
    std::string text;
    if (*format == "json") text = ToJson(report) + "\n";
    else if (*format == "html") text = RenderReportHtml(report);
    else text = RenderReportMarkdown(report);
    if (auto s = WriteStringToFile(f.output, text); !s.ok()) {
      return Fail(kExitLocalError, s.message());
    }
    if (f.output != "-") {
      std::cerr << "policyctl: wrote " << f.output << " (" << report.sections_size()
                << " sections, corpus revision " << report.corpus_revision() << ")\n";
    }
    return kExitOk;
  }
  return Fail(kExitServerError,
              absl::StrCat("report: the corpus changed while the report ran, ", kReportAttempts,
                           " times; run it again when ingestion is idle"));
}

struct DiffFlags {
  std::string old_path;
  std::string new_path;
  std::string spec;
  int top_k = 0;
  double min_z = 0;
  double z = 0, share = 0, similarity = 0;
  int64_t statements = 0;
  CLI::Option* top_k_opt = nullptr;
  CLI::Option* min_z_opt = nullptr;
  CLI::Option* z_opt = nullptr;
  CLI::Option* share_opt = nullptr;
  CLI::Option* similarity_opt = nullptr;
  CLI::Option* statements_opt = nullptr;
};

int RunDiff(const GlobalOptions& g, const DiffFlags& f) {
  policy::v1::Report reports[2];
  const std::string* paths[2] = {&f.old_path, &f.new_path};
  for (int i = 0; i < 2; ++i) {
    auto text = ReadFileToString(*paths[i]);
    if (!text.ok()) return Fail(kExitLocalError, text.status().message());
    auto report = ParseReportJson(*text, *paths[i]);
    if (!report.ok()) return Fail(kExitLocalError, report.status().message());
    reports[i] = *std::move(report);
  }
  policy::v1::DiffThresholds overrides;
  if (!f.spec.empty()) {
    auto spec = LoadReportSpec(f.spec);
    if (!spec.ok()) return Fail(kExitLocalError, spec.status().message());
    overrides = spec->thresholds();
  }
  if (f.top_k_opt->count() > 0) overrides.set_top_k(f.top_k);
  if (f.min_z_opt->count() > 0) overrides.set_top_k_min_z(f.min_z);
  if (f.z_opt->count() > 0) overrides.set_z_score(f.z);
  if (f.share_opt->count() > 0) overrides.set_frame_share(f.share);
  if (f.similarity_opt->count() > 0) overrides.set_similarity(f.similarity);
  if (f.statements_opt->count() > 0) overrides.set_matched_statements(f.statements);
  const policy::v1::ReportDiff diff = DiffReports(reports[0], reports[1], overrides);
  std::cout << RenderDiff(diff, g.format);
  return DiffExitCode(diff);
}

}  // namespace

void AddReportCommands(CLI::App& app, const GlobalOptions& global, CommandRegistry& commands) {
  auto rf = std::make_shared<ReportFlags>();
  CLI::App* report = app.add_subcommand(
      "report",
      "Run the comparisons of a spec file (JSON or YAML, see docs/cli.md) and write a report as "
      "Markdown, JSON (the input of diff; byte-identical for the same corpus and spec) or one "
      "self-contained HTML file with SVG charts");
  report->add_option("spec", rf->spec, "Spec file (.json, .yaml, .yml)")
      ->type_name(kPathType)
      ->required();
  report->add_option("--format", rf->format,
                     "markdown|json|html (default: from -o's extension, else markdown)");
  report->add_option("-o,--output", rf->output, "Output file (default stdout)")
      ->type_name(kPathType);
  commands.Add(report, [&global, rf] { return RunReport(global, *rf); });

  auto df = std::make_shared<DiffFlags>();
  CLI::App* diff = app.add_subcommand(
      "diff",
      "What changed between two JSON reports: subjects, top-k terms, z-scores, frame shares, "
      "similarity, statements. Exit 0 = no drift, 10 = drift beyond the thresholds");
  diff->add_option("old", df->old_path, "Older report (policyctl report --format json)")
      ->type_name(kPathType)
      ->required();
  diff->add_option("new", df->new_path, "Newer report")->type_name(kPathType)->required();
  diff->add_option("--spec", df->spec, "Take thresholds from this spec (flags still win)")
      ->type_name(kPathType);
  df->top_k_opt = diff->add_option("--top-k", df->top_k, "Top terms per subject to track (10)")
                      ->check(CLI::Range(1, 200));
  df->min_z_opt = diff->add_option("--top-k-min-z", df->min_z,
                                   "Only terms with z >= this enter the top-k (1.96)");
  df->z_opt = diff->add_option("--z-tolerance", df->z, "Largest tolerated z-score change (1.0)")
                  ->check(CLI::NonNegativeNumber);
  df->share_opt =
      diff->add_option("--share-tolerance", df->share, "Largest tolerated frame-share change (0.05)")
          ->check(CLI::NonNegativeNumber);
  df->similarity_opt = diff->add_option("--similarity-tolerance", df->similarity,
                                        "Largest tolerated cosine change (0.05)")
                           ->check(CLI::NonNegativeNumber);
  df->statements_opt =
      diff->add_option("--statements-tolerance", df->statements,
                       "Largest tolerated change in a subject's matched statements (unlimited)")
          ->check(CLI::NonNegativeNumber);
  commands.Add(diff, [&global, df] { return RunDiff(global, *df); });
}

}  // namespace policyctl
