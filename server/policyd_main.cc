// policyd: the policy.v1 gRPC server.
//
//   policyd --listen 127.0.0.1:50051 --db policy.db
//
// Serves PolicyService, the gRPC health service (grpc.health.v1) and server reflection. On
// SIGINT or SIGTERM it reports NOT_SERVING, stops accepting calls, lets running calls finish
// for up to --shutdown-grace seconds, and exits 0.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "CLI/CLI.hpp"
#include "grpcpp/ext/proto_server_reflection_plugin.h"
#include "grpcpp/health_check_service_interface.h"
#include "grpcpp/server.h"
#include "grpcpp/server_builder.h"
#include "server/service/compare_cache.h"
#include "server/service/policy_service.h"

namespace {

int shutdown_pipe[2] = {-1, -1};

void OnSignal(int) {
  char byte = 1;
  // write() is async-signal-safe; the main thread waits on the other end.
  [[maybe_unused]] ssize_t n = write(shutdown_pipe[1], &byte, 1);
}

int Fail(const std::string& what, const absl::Status& status) {
  std::fprintf(stderr, "policyd: %s: %s\n", what.c_str(), status.ToString().c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"policyd: stores news articles, extracts who said what, compares how speakers "
               "frame a topic (gRPC service policy.v1.PolicyService)"};
  std::string listen = "127.0.0.1:50051";
  std::string db = "policy.db";
  int max_message_mb = 64;
  size_t max_article_bytes = 8 << 20;
  int shutdown_grace_seconds = 10;
  int ingest_group = 64;
  app.add_option("--listen", listen, "Address to listen on (host:port; port 0 picks a free one)")
      ->capture_default_str();
  app.add_option("--db", db, "SQLite database file (created if missing)")->capture_default_str();
  app.add_option("--max-message-mb", max_message_mb, "Largest gRPC message accepted, in MiB")
      ->capture_default_str()
      ->check(CLI::Range(1, 2047));
  app.add_option("--max-article-bytes", max_article_bytes,
                 "Largest article text accepted, in bytes")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--ingest-group", ingest_group,
                 "Articles of an ingest stream committed together (one sync to disk per "
                 "group, at most 8 MiB of text); all are committed before the response")
      ->capture_default_str()
      ->check(CLI::Range(1, 10000));
  app.add_option("--shutdown-grace", shutdown_grace_seconds,
                 "Seconds running calls get to finish on SIGINT/SIGTERM")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  app.set_version_flag("--version", std::string("policyd ") + POLICY_VERSION);
  CLI11_PARSE(app, argc, argv);

  auto store = policy::OpenSqliteStore(db);
  if (!store.ok()) return Fail("cannot open database " + db, store.status());
  auto extractor = policy::Extractor::Create(policy::ExtractorOptions::Default());
  if (!extractor.ok()) return Fail("cannot load extraction lexicons", extractor.status());
  auto compare = policy::CompareIndexCache::Create(store->get());
  if (!compare.ok()) return Fail("cannot load comparison data", compare.status());

  policy::ServiceOptions options;
  options.max_article_bytes = max_article_bytes;
  options.ingest_group_articles = ingest_group;
  policy::PolicyServiceImpl service(*std::move(store), *std::move(extractor),
                                    *std::move(compare), options);

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  int bound_port = 0;
  builder.AddListeningPort(listen, grpc::InsecureServerCredentials(), &bound_port);
  // gRPC sets SO_REUSEPORT by default: a second policyd on a port in use would start, and the
  // kernel would share the connections between two servers with two databases. Refuse.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  builder.SetMaxReceiveMessageSize(max_message_mb << 20);
  builder.SetMaxSendMessageSize(max_message_mb << 20);
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server || bound_port == 0) {
    std::fprintf(stderr, "policyd: cannot listen on %s (in use, or not a host:port?)\n",
                 listen.c_str());
    return 1;
  }

  if (pipe(shutdown_pipe) != 0) {
    std::perror("policyd: pipe");
    return 1;
  }
  struct sigaction action = {};
  action.sa_handler = OnSignal;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);

  // Health by service name too, for checkers that ask for "policy.v1.PolicyService".
  server->GetHealthCheckService()->SetServingStatus(policy::v1::PolicyService::service_full_name(),
                                                    true);
  std::string host = listen.substr(0, listen.rfind(':'));
  std::printf("policyd %s listening on %s:%d (db %s)\n", POLICY_VERSION, host.c_str(),
              bound_port, db.c_str());
  std::fflush(stdout);

  char byte;
  while (read(shutdown_pipe[0], &byte, 1) < 0 && errno == EINTR) {
  }
  std::fprintf(stderr, "policyd: shutting down\n");
  server->GetHealthCheckService()->SetServingStatus(false);
  server->Shutdown(std::chrono::system_clock::now() +
                   std::chrono::seconds(shutdown_grace_seconds));
  server->Wait();
  std::fprintf(stderr, "policyd: stopped\n");
  return 0;
}
