// Text arguments travel in proto string fields and must be UTF-8; paths may be any bytes.
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "client/commands.h"
#include "gtest/gtest.h"

namespace policyctl {
namespace {

std::string Check(std::vector<std::string> args) {
  CLI::App app;
  std::string topic, path;
  CLI::App* cmd = app.add_subcommand("run");
  cmd->add_option("--topic", topic);
  cmd->add_option("--file", path)->type_name(kPathType);
  std::vector<std::string> argv = {"policyctl", "run"};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> raw;
  for (std::string& a : argv) raw.push_back(a.data());
  app.parse(static_cast<int>(raw.size()), raw.data());
  return CheckTextArguments(app);
}

TEST(ArgumentsTest, TextMustBeUtf8ButPathsNeedNot) {
  EXPECT_EQ(Check({"--topic", "ferries \xC3\xA9t\xC3\xA9", "--file", "a\xFF.txt"}), "");
  EXPECT_EQ(Check({"--topic", "bad \xFF"}),
            "--topic: 'bad \\xff' is not valid UTF-8; give text in UTF-8");
}

}  // namespace
}  // namespace policyctl
