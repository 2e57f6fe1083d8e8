// policyctl: the command-line client of policyd. See docs/cli.md.
#include <cstdlib>
#include <iostream>
#include <string>

#include "CLI/CLI.hpp"
#include "client/cli_common.h"
#include "client/commands.h"

namespace policyctl {

int CommandRegistry::RunParsed() const {
  const std::function<int()>* best = nullptr;
  int best_depth = -1;
  for (const auto& [command, handler] : handlers_) {
    if (!command->parsed()) continue;
    int depth = 0;
    for (const CLI::App* p = command->get_parent(); p != nullptr; p = p->get_parent()) ++depth;
    if (depth > best_depth) {
      best_depth = depth;
      best = &handler;
    }
  }
  if (best == nullptr) return Fail(kExitUsage, "no command given; see policyctl --help");
  return (*best)();
}

namespace {

int Main(int argc, char** argv) {
  CLI::App app{"policyctl: the command-line client of policyd (ingest news articles, extract "
               "who said what, compare how speakers talk about a topic)."};
  app.footer(std::string(ExitCodeHelp()));
  app.require_subcommand(1);
  app.fallthrough();  // global options may also follow the subcommand

  GlobalOptions global;
  if (const char* env = std::getenv("POLICY_SERVER"); env != nullptr && *env != '\0') {
    global.server = env;
  }
  app.add_option("--server", global.server,
                 "policyd address host:port (env POLICY_SERVER)")
      ->capture_default_str();
  app.add_option("--timeout", global.timeout_seconds,
                 "Deadline per call in seconds; 0 = none")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  std::string format_name = "table";
  app.add_option("--format", format_name,
                 "Output format: table|json|csv|markdown (json = protobuf's JSON mapping, "
                 "lowerCamelCase keys)")
      ->capture_default_str()
      ->check(CLI::IsMember({"table", "json", "csv", "markdown", "md"}, CLI::ignore_case));

  CommandRegistry commands;
  AddIngestCommand(app, global, commands);
  AddAnalyzeCommand(app, global, commands);
  AddCompareCommand(app, global, commands);
  AddCorpusCommands(app, global, commands);
  AddReportCommands(app, global, commands);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; every other parse error is a usage error (exit 1).
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  // Checked here, once: a proto string field refuses bytes that are not UTF-8, which would
  // otherwise fail deep inside the RPC with no message.
  if (std::string bad = CheckTextArguments(app); !bad.empty()) return Fail(kExitUsage, bad);
  auto format = ParseOutputFormat(format_name);
  if (!format.ok()) return Fail(kExitUsage, format.status().message());
  global.format = *format;
  return commands.RunParsed();
}

}  // namespace
}  // namespace policyctl

int main(int argc, char** argv) { return policyctl::Main(argc, argv); }
