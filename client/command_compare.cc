// policyctl compare --topic Q [...] [SUBJECT...]: one CompareSpeakers call, rendered.
#include <iostream>
#include <memory>

#include "client/commands.h"
#include "client/compare_format.h"
#include "client/compare_options.h"

namespace policyctl {
namespace {

int RunCompare(const GlobalOptions& global, const CompareFlags& flags) {
  auto request = BuildCompareRequest(flags);
  if (!request.ok()) {
    return Fail(absl::IsNotFound(request.status()) ? kExitLocalError : kExitUsage,
                request.status().message());
  }
  ServerConnection connection(global);
  grpc::ClientContext context;
  connection.Prepare(context);
  policy::v1::CompareSpeakersResponse response;
  grpc::Status status = connection.stub().CompareSpeakers(&context, *request, &response);
  if (!status.ok()) return ReportRpcError(global, "compare", status);
  std::cout << RenderCompare(response, global.format);
  for (const auto& subject : response.unmatched_subjects()) {
    std::cerr << "policyctl: warning: no statements found for \"" << subject << "\"\n";
  }
  return kExitOk;
}

}  // namespace

void AddCompareCommand(CLI::App& app, const GlobalOptions& global, CommandRegistry& commands) {
  auto f = std::make_shared<CompareFlags>();
  CLI::App* cmd = app.add_subcommand(
      "compare",
      "How speakers/organizations/... talk about a topic: distinctive terms (z-scores), frames, "
      "evidence and similarity. Subjects by name; none = the top subjects.");
  cmd->add_option("--topic,-t", f->topic,
                  "Topic query: stemmed terms, \"phrases\", prefix*, AND/OR/NOT; empty = all");
  cmd->add_option("--by", f->by, "Group by speaker|organization|role|outlet|article")
      ->default_str("speaker");
  cmd->add_option("--scope", f->scope, "statement|passage|article")->default_str("passage");
  cmd->add_option("--since", f->since, "Only articles published on/after YYYY-MM-DD");
  cmd->add_option("--until", f->until, "Only articles published on/before YYYY-MM-DD");
  cmd->add_option("--outlet", f->outlets, "Only these outlets (repeatable)");
  cmd->add_option("--kind", f->kinds, "Only statements of kind direct|indirect|mixed (repeatable)");
  cmd->add_option("--terms", f->terms, "Distinctive terms per subject (server default 10)")
      ->check(CLI::Range(0, 200));
  cmd->add_option("--min-count", f->min_count, "Occurrences a term needs (server default 2)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--top", f->top, "Subjects to pick when none are named (server default 5)")
      ->check(CLI::Range(0, 50));
  cmd->add_option("--evidence", f->evidence, "Exemplar statements per item (server default 3)")
      ->check(CLI::Range(0, 20));
  cmd->add_flag("--unigrams-only", f->unigrams_only, "Single words only (no bigrams)");
  cmd->add_option("--lexicon", f->lexicon_path, "Frame lexicon file to use instead of the default")
      ->type_name(kPathType);
  cmd->add_option("--lexicon-format", f->lexicon_format,
                  "text|json|liwc (default: from the extension: .json, .dic, else text)");
  cmd->add_option("--bucket", f->bucket, "Time series by month|quarter|year");
  cmd->add_option("--background", f->background, "Compare against others|corpus")
      ->default_str("others");
  cmd->add_option("subjects", f->subjects, "Subjects (names or aliases)");
  commands.Add(cmd, [&global, f] { return RunCompare(global, *f); });
}

}  // namespace policyctl
