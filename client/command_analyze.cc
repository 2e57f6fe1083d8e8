// policyctl analyze --input FILE.jsonl|-: extracts statements without storing anything and
// writes one JSON line per article (the score.py contract, see analyze_output.h).
#include <fstream>
#include <iostream>
#include <memory>

#include "absl/strings/str_cat.h"
#include "client/analyze_output.h"
#include "client/commands.h"
#include "client/input.h"

namespace policyctl {
namespace {

struct AnalyzeOptions {
  std::string input;
  std::string output = "-";
  int batch_size = 100;
};

int RunAnalyze(const GlobalOptions& global, const AnalyzeOptions& options) {
  auto reader = ArticleReader::Open({options.input});
  if (!reader.ok()) return Fail(kExitLocalError, reader.status().message());

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (options.output != "-") {
    file.open(options.output, std::ios::binary | std::ios::trunc);
    if (!file) return Fail(kExitLocalError, absl::StrCat("cannot create ", options.output));
    out = &file;
  }

  ServerConnection connection(global);
  bool partial = false;
  bool more = true;
  int64_t articles = 0;
  while (more) {
    policy::v1::AnalyzeArticlesRequest request;
    while (request.articles_size() < options.batch_size) {
      policy::v1::Article article;
      if (!reader->Next(&article)) {
        more = false;
        break;
      }
      policy::v1::Article* sent = request.add_articles();
      sent->set_id(article.id());
      sent->set_text(std::move(*article.mutable_text()));
    }
    if (request.articles().empty()) break;
    grpc::ClientContext context;
    connection.Prepare(context);
    policy::v1::AnalyzeArticlesResponse response;
    grpc::Status status = connection.stub().AnalyzeArticles(&context, request, &response);
    if (!status.ok()) {
      return ReportRpcError(global,
                            absl::StrCat("analyze (articles ", articles + 1, "-",
                                         articles + request.articles_size(), ")"),
                            status);
    }
    for (const policy::v1::AnalyzedArticle& analyzed : response.articles()) {
      if (!analyzed.error_code().empty()) {
        partial = true;
        std::cerr << "policyctl: article " << analyzed.id() << " not analyzed: "
                  << analyzed.error_code() << ": " << analyzed.error_message() << "\n";
      }
      *out << AnalyzeOutputLine(analyzed);
    }
    articles += request.articles_size();
  }
  out->flush();
  if (!*out) return Fail(kExitLocalError, "error writing the output");
  for (const InputProblem& p : reader->problems()) {
    std::cerr << "policyctl: skipped " << p.ToString() << "\n";
  }
  if (articles == 0 && !reader->problems().empty()) {
    return Fail(kExitLocalError, absl::StrCat("no readable article in ", options.input));
  }
  return partial || !reader->problems().empty() ? kExitPartial : kExitOk;
}

}  // namespace

void AddAnalyzeCommand(CLI::App& app, const GlobalOptions& global, CommandRegistry& commands) {
  auto options = std::make_shared<AnalyzeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "analyze",
      "Extract statements without storing: reads {\"id\",\"text\"} JSONL, writes one line per "
      "article {\"id\",\"statements\":[{\"begin\",\"end\",\"speaker\",\"organization\","
      "\"kind\",\"cue\",\"text\"}]} with UTF-8 byte offsets (the score.py format).");
  cmd->add_option("-i,--input", options->input, "JSONL file (or a .txt file, a directory, -)")
      ->type_name(kPathType)
      ->required();
  cmd->add_option("-o,--output", options->output, "Output file (default stdout)")
      ->type_name(kPathType);
  cmd->add_option("--batch", options->batch_size, "Articles per AnalyzeArticles call")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  commands.Add(cmd, [&global, options] { return RunAnalyze(global, *options); });
}

}  // namespace policyctl
