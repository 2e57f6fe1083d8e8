// What every policyctl command shares: the global options, the exit codes, the connection to
// policyd and the mapping of gRPC errors to one clear line on stderr.
//
//   GlobalOptions global{.server = "127.0.0.1:50051", .timeout_seconds = 30};
//   ServerConnection conn(global);
//   grpc::ClientContext ctx;
//   conn.Prepare(ctx);
//   policy::v1::CorpusInfo info;
//   grpc::Status s = conn.stub().GetCorpusInfo(&ctx, {}, &info);
//   if (!s.ok()) return ReportRpcError(global, "info", s);   // prints, returns 2 or 3
#ifndef POLICY_CLIENT_CLI_COMMON_H_
#define POLICY_CLIENT_CLI_COMMON_H_

#include <memory>
#include <string>
#include "absl/strings/string_view.h"

#include <grpcpp/grpcpp.h>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "client/format.h"  // OutputFormat
#include "google/protobuf/message.h"
#include "policy/v1/policy_service.grpc.pb.h"

namespace policyctl {

// Process exit codes. Documented in docs/cli.md and `policyctl --help`; scripts rely on them.
enum ExitCode : int {
  kExitOk = 0,
  kExitUsage = 1,          // bad flags or arguments
  kExitServerError = 2,    // the server answered with an error status (NOT_FOUND, ...)
  kExitUnreachable = 3,    // no server at --server, or the deadline expired
  kExitPartial = 4,        // some inputs were bad (malformed lines, rejected articles); the rest
                           // was processed
  kExitLocalError = 5,     // a local file could not be read, parsed or written
  kExitDrift = 10,         // `diff` only: the reports differ beyond the thresholds
};

// Text of the exit-code table, for --help and docs/cli.md.
absl::string_view ExitCodeHelp();

// Options given before the subcommand.
struct GlobalOptions {
  std::string server = "127.0.0.1:50051";
  double timeout_seconds = 60;   // per RPC; <= 0 means no deadline
  OutputFormat format = OutputFormat::kTable;
};

// A channel and stub to policyd. Creating it does not connect; the first RPC does.
// Not thread-safe for Prepare on the same context; the stub itself is thread-safe.
class ServerConnection {
 public:
  explicit ServerConnection(const GlobalOptions& options);
  policy::v1::PolicyService::Stub& stub() { return *stub_; }
  // Applies the deadline from --timeout to `context`.
  void Prepare(grpc::ClientContext& context) const;
  const GlobalOptions& options() const { return options_; }

 private:
  GlobalOptions options_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<policy::v1::PolicyService::Stub> stub_;
};

// One line describing a failed RPC: unreachable servers name the address and how to start
// policyd; other codes carry the code name and the server's message.
std::string DescribeRpcError(const GlobalOptions& options, absl::string_view what,
                             const grpc::Status& status);
// The exit code for a failed RPC (kExitUnreachable or kExitServerError).
int ExitCodeForRpc(const grpc::Status& status);
// Prints DescribeRpcError to stderr and returns ExitCodeForRpc.
int ReportRpcError(const GlobalOptions& options, absl::string_view what,
                   const grpc::Status& status);
// Prints "policyctl: <message>" to stderr and returns `code`.
int Fail(int code, absl::string_view message);

// The canonical proto3 JSON mapping of `message`: lowerCamelCase field names, enums by name,
// int64 as strings, fields at their default value omitted, indented (protobuf prints one space
// per level). Field order is the .proto order, so the output is stable.
std::string ToJson(const google::protobuf::Message& message);
// Same, on one line without whitespace.
std::string ToJsonLine(const google::protobuf::Message& message);

// Reads a whole file ("-" = stdin).
absl::StatusOr<std::string> ReadFileToString(const std::string& path);
// Writes `contents` to `path` ("-" or "" = stdout).
absl::Status WriteStringToFile(const std::string& path, absl::string_view contents);

}  // namespace policyctl

#endif  // POLICY_CLIENT_CLI_COMMON_H_
