// Registration of policyctl's subcommands. Each command group lives in its own
// command_<group>.cc, declares its CLI11 options here and registers a handler that runs after
// parsing. Handlers are thin: they read input, call policyd, and hand the answer to the plain
// rendering functions (format.h, compare_format.h, report/*.h, diff.h).
//
//   CLI::App app{"policyctl"};
//   GlobalOptions global;
//   CommandRegistry commands;
//   AddIngestCommand(app, global, commands);
//   app.parse(argc, argv);
//   return commands.RunParsed();
#ifndef POLICY_CLIENT_COMMANDS_H_
#define POLICY_CLIENT_COMMANDS_H_

#include <functional>
#include <utility>
#include <vector>

#include "CLI/CLI.hpp"
#include "client/cli_common.h"

namespace policyctl {

// Maps subcommands to their handlers; runs the handler of the deepest parsed subcommand.
class CommandRegistry {
 public:
  void Add(CLI::App* command, std::function<int()> handler) {
    handlers_.emplace_back(command, std::move(handler));
  }
  // The exit code of the handler that ran; kExitUsage if no registered subcommand was parsed.
  int RunParsed() const;

 private:
  std::vector<std::pair<CLI::App*, std::function<int()>>> handlers_;
};

// The type name of options that hold a file path: any bytes, unlike the text options, whose
// values travel in proto string fields and must be UTF-8 (see CheckTextArguments).
inline constexpr const char* kPathType = "PATH";

// A usage message naming the first parsed option or argument of `app` (or its parsed
// subcommands) that is not valid UTF-8 and is no path; "" if none.
std::string CheckTextArguments(const CLI::App& app);

// `global` must outlive the registry: handlers read it when they run.
void AddIngestCommand(CLI::App& app, const GlobalOptions& global, CommandRegistry& commands);
void AddAnalyzeCommand(CLI::App& app, const GlobalOptions& global, CommandRegistry& commands);
void AddCompareCommand(CLI::App& app, const GlobalOptions& global, CommandRegistry& commands);
// articles, speakers, statements, info.
void AddCorpusCommands(CLI::App& app, const GlobalOptions& global, CommandRegistry& commands);
// report and diff.
void AddReportCommands(CLI::App& app, const GlobalOptions& global, CommandRegistry& commands);

}  // namespace policyctl

#endif  // POLICY_CLIENT_COMMANDS_H_
