// Load benchmark of policyd's RPCs on a corpus of 100,800 statements.
//
//   build/bin/compare_rpc_bench                       # builds the corpus in a temp dir
//   POLICY_BENCH_DB=/tmp/corpus.db build/bin/compare_rpc_bench   # reuse a corpus between runs
//
// Setup (once, timed and printed, not a benchmark): the sample article (data/sample/) is
// rewritten into 5,600 articles with other speakers (500 names in 50 organizations, among them
// Haier, JD, Gree and TCL), outlets and dates, and streamed through the real IngestArticles
// RPC, so extraction and storage do the work they do in production. Then an in-process policyd
// (the real PolicyServiceImpl over the real SQLite store) serves the benchmarks over loopback:
//
// BM_EmptyRpc: grpc.health.v1.Health/Check, the floor of a round trip on this machine.
// BM_CompareSpeakers: topic "innovation", by organization, Haier JD Gree TCL, default options
//   (passage scope, terms, frames, similarity, evidence), on a warm index.
// BM_GetCorpusInfo: a small SQLite read, for reference.
// Each reports p50 and p99 latency (ms) as counters; compare them as ratios within one run.
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/generic/generic_stub.h"
#include "grpcpp/server.h"
#include "grpcpp/server_builder.h"
#include "grpcpp/health_check_service_interface.h"
#include "server/service/compare_cache.h"
#include "server/service/policy_service.h"

namespace policy {
namespace {

constexpr int kArticles = 5600;  // x 18 statements of the sample = 100,800
constexpr int kSpeakers = 500;
constexpr int kOrganizations = 50;

std::string ReadSample() {
  std::ifstream in(std::string(POLICY_SOURCE_DIR) + "/data/sample/000_b5cdd92fd3643d21.txt");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void ReplaceAll(std::string& text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

std::string SpeakerName(int s) {
  static const char* const kFamily[] = {"Wang", "Chen", "Zhang", "Liu", "Yang", "Huang", "Zhao",
                                        "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo",
                                        "He", "Lin", "Gao", "Luo", "Zheng"};
  static const char* const kGiven[] = {"Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Hao",
                                       "Ping", "Qiang", "Lan", "Jun", "Xia", "Bo", "Hui", "Ning",
                                       "Tao", "Yun", "Kai", "Rui", "Ling", "Feng", "Mei", "Gang",
                                       "Hong", "Dan"};
  return std::string(kFamily[s % 20]) + " " + kGiven[(s / 20) % 25];
}

std::string OrganizationName(int o) {
  static const char* const kNamed[] = {"Haier Group", "JD", "Gree Electric Appliances",
                                       "TCL Technology Group"};
  if (o < 4) return kNamed[o];
  static const char* const kStem[] = {"Nova", "Orient", "Summit", "Harbor", "Crest", "Delta",
                                      "Pioneer", "Lumen", "Vertex", "Meridian"};
  static const char* const kKind[] = {"Motors", "Telecom", "Pharma", "Energy", "Steel"};
  return std::string(kStem[o % 10]) + " " + kKind[(o / 10) % 5];
}

// The sample article with its seven sources replaced by generated ones.
std::string MakeArticle(const std::string& sample, int article, std::mt19937& random) {
  std::string text = sample;
  // The sample's named speakers, as written (full name, then surname).
  const char* const kNames[][2] = {{"Zhou Yunjie", "Zhou"}, {"Cao Peng", "Cao"},
                                   {"Luo Zhongwei", "Luo"}, {"Dong Mingzhu", "Dong"},
                                   {"Li Dongsheng", "Li"}};
  const char* const kCompanies[] = {"Haier Group", "JD", "Gree Electric Appliances",
                                    "TCL Technology Group"};
  std::uniform_int_distribution<int> speaker_dist(0, kSpeakers - 1);
  for (const auto& name : kNames) {
    int s = speaker_dist(random);
    std::string full = SpeakerName(s);
    ReplaceAll(text, name[0], full);
    ReplaceAll(text, std::string(name[1]) + " said", full.substr(0, full.find(' ')) + " said");
    ReplaceAll(text, std::string(name[1]) + " called", full.substr(0, full.find(' ')) + " called");
  }
  for (int c = 0; c < 4; ++c) {
    ReplaceAll(text, kCompanies[c], OrganizationName((article * 7 + c * 13) % kOrganizations));
  }
  return text;
}

class Fixture {
 public:
  static Fixture& Get() {
    static Fixture* fixture = new Fixture();
    return *fixture;
  }
  v1::PolicyService::Stub& stub() { return *stub_; }
  grpc::GenericStub& generic() { return *generic_; }

 private:
  Fixture() {
    std::string db;
    if (const char* env = std::getenv("POLICY_BENCH_DB")) {
      db = env;
    } else {
      char dir[] = "/tmp/compare_rpc_bench_XXXXXX";
      if (mkdtemp(dir) == nullptr) std::abort();
      db = std::string(dir) + "/corpus.db";
    }
    auto store = OpenSqliteStore(db);
    auto extractor = Extractor::Create(ExtractorOptions::Default());
    if (!store.ok() || !extractor.ok()) {
      std::fprintf(stderr, "setup failed: %s %s\n", store.status().ToString().c_str(),
                   extractor.status().ToString().c_str());
      std::abort();
    }
    auto compare = CompareIndexCache::Create(store->get());
    if (!compare.ok()) std::abort();
    service_ = std::make_unique<PolicyServiceImpl>(*std::move(store), *std::move(extractor),
                                                   *std::move(compare), ServiceOptions{});
    grpc::EnableDefaultHealthCheckService(true);
    grpc::ServerBuilder builder;
    int port = 0;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
    builder.RegisterService(service_.get());
    server_ = builder.BuildAndStart();
    auto channel = grpc::CreateChannel("127.0.0.1:" + std::to_string(port),
                                       grpc::InsecureChannelCredentials());
    stub_ = v1::PolicyService::NewStub(channel);
    generic_ = std::make_unique<grpc::GenericStub>(channel);
    Populate();
  }

  void Populate() {
    grpc::ClientContext info_context;
    v1::CorpusInfo info;
    stub_->GetCorpusInfo(&info_context, v1::GetCorpusInfoRequest(), &info);
    if (info.article_count() >= kArticles) return;  // a reused corpus
    const std::string sample = ReadSample();
    std::mt19937 random(20250306);
    const char* const kOutlets[] = {"China Daily", "Xinhua", "Global Times", "Caixin", "SCMP"};
    auto start = std::chrono::steady_clock::now();
    grpc::ClientContext context;
    v1::IngestArticlesResponse response;
    auto writer = stub_->IngestArticles(&context, &response);
    size_t bytes = 0;
    for (int a = 0; a < kArticles; ++a) {
      v1::IngestArticlesRequest request;
      v1::Article* article = request.mutable_article();
      article->set_id("bench-" + std::to_string(a));
      article->set_source(kOutlets[a % 5]);
      char date[16];
      std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2023 + a % 3, 1 + a % 12, 1 + a % 28);
      article->set_published(date);
      article->set_text(MakeArticle(sample, a, random));
      bytes += article->text().size();
      writer->Write(request);
    }
    writer->WritesDone();
    grpc::Status status = writer->Finish();
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    grpc::ClientContext after_context;
    stub_->GetCorpusInfo(&after_context, v1::GetCorpusInfoRequest(), &info);
    std::fprintf(stderr,
                 "setup: ingested %d articles (%.1f MB) in %.1f s = %.0f articles/s; corpus: %lld "
                 "statements, %lld speakers (%s)\n",
                 response.created(), bytes / 1e6, seconds, response.created() / seconds,
                 static_cast<long long>(info.statement_count()),
                 static_cast<long long>(info.speaker_count()),
                 status.ok() ? "ok" : status.error_message().c_str());
  }

  std::unique_ptr<PolicyServiceImpl> service_;
  std::unique_ptr<grpc::Server> server_;
  std::unique_ptr<v1::PolicyService::Stub> stub_;
  std::unique_ptr<grpc::GenericStub> generic_;
};

// Runs `call` once per iteration and reports p50/p99 of its wall time in milliseconds.
template <typename Call>
void MeasureLatency(benchmark::State& state, Call call) {
  std::vector<double> ms;
  for (auto _ : state) {
    auto start = std::chrono::steady_clock::now();
    if (!call()) {
      state.SkipWithError("RPC failed");
      return;
    }
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                           start).count());
  }
  std::sort(ms.begin(), ms.end());
  state.counters["p50_ms"] = ms[ms.size() / 2];
  state.counters["p99_ms"] = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
}

void BM_EmptyRpc(benchmark::State& state) {
  Fixture& fixture = Fixture::Get();
  // An empty HealthCheckRequest (zero bytes on the wire): the whole server's health.
  grpc::Slice empty_slice{std::string()};
  grpc::ByteBuffer empty_request(&empty_slice, 1);
  MeasureLatency(state, [&] {
    grpc::ClientContext context;
    grpc::ByteBuffer response;
    grpc::Status status;
    bool done = false;
    std::mutex mu;
    std::condition_variable cv;
    fixture.generic().UnaryCall(&context, "/grpc.health.v1.Health/Check",
                                grpc::StubOptions(), &empty_request, &response,
                                [&](grpc::Status s) {
                                  std::lock_guard<std::mutex> lock(mu);
                                  status = s;
                                  done = true;
                                  cv.notify_one();
                                });
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [&] { return done; });
    return status.ok();
  });
}
BENCHMARK(BM_EmptyRpc)->Iterations(2000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_CompareSpeakers(benchmark::State& state) {
  Fixture& fixture = Fixture::Get();
  v1::CompareSpeakersRequest request;
  request.set_topic("innovation");
  request.set_group_by(v1::GROUP_BY_ORGANIZATION);
  for (const char* s : {"Haier", "JD", "Gree", "TCL"}) request.add_subjects(s);
  {  // warm the index: the first call after ingest builds it
    grpc::ClientContext context;
    v1::CompareSpeakersResponse response;
    auto start = std::chrono::steady_clock::now();
    grpc::Status status = fixture.stub().CompareSpeakers(&context, request, &response);
    std::fprintf(stderr, "first CompareSpeakers (builds the index): %.0f ms, %s\n",
                 std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                           start).count(),
                 status.ok() ? "ok" : status.error_message().c_str());
  }
  MeasureLatency(state, [&] {
    grpc::ClientContext context;
    v1::CompareSpeakersResponse response;
    return fixture.stub().CompareSpeakers(&context, request, &response).ok();
  });
}
BENCHMARK(BM_CompareSpeakers)->Iterations(200)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_GetCorpusInfo(benchmark::State& state) {
  Fixture& fixture = Fixture::Get();
  MeasureLatency(state, [&] {
    grpc::ClientContext context;
    v1::CorpusInfo info;
    return fixture.stub().GetCorpusInfo(&context, v1::GetCorpusInfoRequest(), &info).ok();
  });
}
BENCHMARK(BM_GetCorpusInfo)->Iterations(500)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace policy

BENCHMARK_MAIN();
