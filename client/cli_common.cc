#include "client/cli_common.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "client/commands.h"
#include "google/protobuf/util/json_util.h"
#include "server/core/utf8.h"

namespace policyctl {

absl::string_view ExitCodeHelp() {
  return "Exit codes:\n"
         "  0   success\n"
         "  1   usage error (bad flags or arguments)\n"
         "  2   the server answered with an error (e.g. NOT_FOUND, INVALID_ARGUMENT)\n"
         "  3   server unreachable at --server, or the --timeout deadline expired\n"
         "  4   partial success: some inputs were malformed or rejected, the rest was processed\n"
         "  5   a local file could not be read, parsed or written\n"
         "  10  diff: the reports differ beyond the thresholds (drift)\n";
}

std::string CheckTextArguments(const CLI::App& app) {
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_type_name() == kPathType) continue;
    for (const std::string& value : option->results()) {
      if (!policy::ValidateUtf8(value).ok()) {
        return absl::StrCat(option->get_name(), ": '", absl::CHexEscape(value),
                            "' is not valid UTF-8; give text in UTF-8");
      }
    }
  }
  for (const CLI::App* sub : app.get_subcommands()) {  // the parsed ones
    if (std::string bad = CheckTextArguments(*sub); !bad.empty()) return bad;
  }
  return "";
}

ServerConnection::ServerConnection(const GlobalOptions& options) : options_(options) {
  grpc::ChannelArguments args;
  // Responses of compare and analyze on a large corpus can exceed gRPC's 4 MiB default.
  args.SetMaxReceiveMessageSize(256 << 20);
  args.SetMaxSendMessageSize(256 << 20);
  channel_ = grpc::CreateCustomChannel(options_.server, grpc::InsecureChannelCredentials(), args);
  stub_ = policy::v1::PolicyService::NewStub(channel_);
}

void ServerConnection::Prepare(grpc::ClientContext& context) const {
  if (options_.timeout_seconds > 0) {
    context.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::milliseconds(
                             static_cast<int64_t>(options_.timeout_seconds * 1000)));
  }
}

namespace {
std::string CodeName(grpc::StatusCode code) {
  return absl::StatusCodeToString(static_cast<absl::StatusCode>(code));
}
}  // namespace

std::string DescribeRpcError(const GlobalOptions& options, absl::string_view what,
                             const grpc::Status& status) {
  switch (status.error_code()) {
    case grpc::StatusCode::UNAVAILABLE:
      return absl::StrCat("cannot reach policyd at ", options.server, " (",
                          status.error_message(),
                          "). Start it with `build/bin/policyd --db policy.db` (add --listen "
                          "ADDR for another address) or point --server / POLICY_SERVER at it.");
    case grpc::StatusCode::DEADLINE_EXCEEDED:
      return absl::StrCat(what, ": no answer from policyd at ", options.server, " within ",
                          options.timeout_seconds,
                          " s (DEADLINE_EXCEEDED); raise --timeout or check the server.");
    case grpc::StatusCode::UNIMPLEMENTED:
      return absl::StrCat(what, ": the server at ", options.server,
                          " does not implement this call (UNIMPLEMENTED: ",
                          status.error_message(), "); is it an older policyd?");
    default:
      return absl::StrCat(what, " failed: ", CodeName(status.error_code()), ": ",
                          status.error_message());
  }
}

int ExitCodeForRpc(const grpc::Status& status) {
  switch (status.error_code()) {
    case grpc::StatusCode::OK:
      return kExitOk;
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::DEADLINE_EXCEEDED:
      return kExitUnreachable;
    default:
      return kExitServerError;
  }
}

int ReportRpcError(const GlobalOptions& options, absl::string_view what,
                   const grpc::Status& status) {
  return Fail(ExitCodeForRpc(status), DescribeRpcError(options, what, status));
}

int Fail(int code, absl::string_view message) {
  std::cerr << "policyctl: " << message << "\n";
  return code;
}

namespace {
std::string JsonOf(const google::protobuf::Message& message, bool whitespace) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = whitespace;
  options.preserve_proto_field_names = false;
  options.always_print_primitive_fields = false;
  std::string out;
  // Printing a valid in-memory message cannot fail (no Any fields in policy.v1).
  (void)google::protobuf::util::MessageToJsonString(message, &out, options);
  return out;
}
}  // namespace

std::string ToJson(const google::protobuf::Message& message) { return JsonOf(message, true); }
std::string ToJsonLine(const google::protobuf::Message& message) {
  return JsonOf(message, false);
}

absl::StatusOr<std::string> ReadFileToString(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot open ", path));
  std::string contents((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return absl::DataLossError(absl::StrCat("error reading ", path));
  return contents;
}

absl::Status WriteStringToFile(const std::string& path, absl::string_view contents) {
  if (path.empty() || path == "-") {
    std::cout << contents;
    std::cout.flush();
    if (!std::cout) return absl::DataLossError("error writing to stdout");
    return absl::OkStatus();
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return absl::PermissionDeniedError(absl::StrCat("cannot create ", path));
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  out.close();
  if (!out) return absl::DataLossError(absl::StrCat("error writing ", path));
  return absl::OkStatus();
}

}  // namespace policyctl
