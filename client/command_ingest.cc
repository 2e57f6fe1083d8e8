// policyctl ingest PATH...: streams articles to IngestArticles and prints what happened.
#include <unistd.h>

#include <chrono>
#include <iostream>
#include <memory>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "client/commands.h"
#include "client/format.h"
#include "client/ingest_summary.h"
#include "client/input.h"

namespace policyctl {
namespace {

// A one-line progress bar on stderr, drawn only when stderr is a terminal.
class ProgressBar {
 public:
  ProgressBar() : enabled_(isatty(STDERR_FILENO) == 1) {}
  void Update(int64_t done_bytes, int64_t total_bytes, int64_t articles) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    std::string line;
    if (total_bytes > 0) {
      const int width = 30;
      const double fraction =
          std::min(1.0, static_cast<double>(done_bytes) / static_cast<double>(total_bytes));
      const int filled = static_cast<int>(fraction * width);
      line = absl::StrCat("\r[", std::string(filled, '#'), std::string(width - filled, '.'),
                          "] ", static_cast<int>(fraction * 100), "% ", articles, " articles");
    } else {
      line = absl::StrCat("\r", articles, " articles sent");
    }
    std::cerr << line << std::flush;
    drawn_ = true;
  }
  void Clear() {
    if (enabled_ && drawn_) std::cerr << "\r\033[K" << std::flush;
    drawn_ = false;
  }

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_{};
};

struct IngestOptions {
  std::vector<std::string> paths;
};

int RunIngest(const GlobalOptions& global, const IngestOptions& options) {
  auto reader = ArticleReader::Open(options.paths);
  if (!reader.ok()) return Fail(kExitLocalError, reader.status().message());

  ServerConnection connection(global);
  grpc::ClientContext context;  // no deadline: a bulk stream may take long (see docs/cli.md)
  policy::v1::IngestArticlesResponse response;
  std::unique_ptr<grpc::ClientWriter<policy::v1::IngestArticlesRequest>> writer;

  ProgressBar progress;
  std::vector<std::string> origins;  // where each sent article came from, by stream index
  size_t reported_problems = 0;
  bool stream_broken = false;
  policy::v1::IngestArticlesRequest request;
  while (reader->Next(request.mutable_article())) {
    for (; reported_problems < reader->problems().size(); ++reported_problems) {
      progress.Clear();
      std::cerr << "policyctl: skipped " << reader->problems()[reported_problems].ToString()
                << "\n";
    }
    if (writer == nullptr) writer = connection.stub().IngestArticles(&context, &response);
    origins.push_back(reader->last_origin());
    if (!writer->Write(request)) {
      stream_broken = true;  // the server ended the stream; Finish() says why
      break;
    }
    progress.Update(reader->consumed_bytes(), reader->total_bytes(),
                    static_cast<int64_t>(origins.size()));
  }
  progress.Clear();
  for (; reported_problems < reader->problems().size(); ++reported_problems) {
    std::cerr << "policyctl: skipped " << reader->problems()[reported_problems].ToString()
              << "\n";
  }
  if (writer == nullptr) {
    return Fail(kExitLocalError,
                absl::StrCat("no articles found in ", absl::StrJoin(options.paths, " "),
                             " (expected .txt files, .jsonl files or directories of them)"));
  }
  if (!stream_broken) writer->WritesDone();
  grpc::Status status = writer->Finish();
  if (!status.ok()) {
    return ReportRpcError(global,
                          absl::StrCat("ingest (", origins.size(), " articles sent)"), status);
  }

  std::cout << RenderIngestSummary(response, origins, reader->problems(), global.format);
  const bool problems = response.rejected() > 0 || !reader->problems().empty();
  return problems ? kExitPartial : kExitOk;
}

}  // namespace

void AddIngestCommand(CLI::App& app, const GlobalOptions& global, CommandRegistry& commands) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Store articles: .txt files (id = file name), .jsonl files (one {\"id\",\"title\","
      "\"source\",\"url\",\"published\",\"text\"} per line), directories (recursive), - (JSONL "
      "on stdin). Malformed lines are reported and skipped.");
  cmd->add_option("paths", options->paths, "Files, directories or -")
      ->type_name(kPathType)
      ->required();
  commands.Add(cmd, [&global, options] { return RunIngest(global, *options); });
}

}  // namespace policyctl
