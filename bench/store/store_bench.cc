// Corpus store throughput: ingest (articles/s, bytes/s) on a file database with the durable
// settings (WAL, synchronous=FULL) and in memory, and the cost of the main reads.
//
//   build/bin/store_bench [--benchmark_filter=...]
//
// Articles are generated news-like text (about 3 KB, 12 statements, 3 speakers drawn from 300
// people in 60 organizations), so the speaker-resolution paths (join, merge attributes, new
// speaker, slug clash) are all exercised. Databases live in a fresh directory under $TMPDIR
// (default /tmp) and are removed afterwards.
#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "server/store/store.h"

namespace {

using policy::Article;
using policy::Extraction;

constexpr const char* kWords[] = {
    "innovation", "growth",   "market",   "factory",   "digital",  "policy",     "users",
    "quality",    "exports",  "supply",   "chain",     "investment", "technology", "platform",
    "reform",     "industry", "workers",  "prices",    "demand",   "energy",     "climate",
    "research",   "budget",   "tariffs",  "consumers", "rural",    "logistics",  "software",
    "chips",      "standards", "safety",  "credit",    "housing",  "jobs",       "training"};
constexpr int kWordCount = sizeof(kWords) / sizeof(kWords[0]);

struct Corpus {
  std::vector<Article> articles;
  std::vector<Extraction> extractions;
  size_t bytes = 0;
};

Corpus MakeCorpus(int article_count) {
  Corpus corpus;
  std::mt19937 rng(20261128);
  // Zipf-like word choice: low indices are much more frequent.
  std::discrete_distribution<int> word([] {
    std::vector<double> weights;
    for (int i = 0; i < kWordCount; ++i) weights.push_back(1.0 / (i + 1));
    return std::discrete_distribution<int>(weights.begin(), weights.end());
  }());
  for (int a = 0; a < article_count; ++a) {
    Article article;
    article.id = "bench-" + std::to_string(a);
    article.title = "Generated article " + std::to_string(a);
    article.source = "Outlet " + std::to_string(a % 7);
    article.published = "2026-01-" + std::to_string(10 + a % 20);
    Extraction extraction;
    for (int s = 0; s < 3; ++s) {
      const int person = static_cast<int>(rng() % 300);
      policy::SpeakerProfile profile;
      profile.name = "Person" + std::to_string(person) + " Surname" + std::to_string(person % 50);
      profile.kind = policy::SpeakerKind::kPerson;
      profile.organizations = {"Organization " + std::to_string(person % 60) + " Group"};
      profile.roles = {person % 2 ? "chairman" : "spokesperson"};
      profile.aliases = {"Surname" + std::to_string(person % 50)};
      extraction.speakers.push_back(profile);
    }
    for (int k = 0; k < 12; ++k) {
      std::string content;
      for (int w = 0; w < 25; ++w) {
        if (w > 0) content += ' ';
        content += kWords[word(rng)];
      }
      const size_t sentence_begin = article.text.size();
      article.text += '"';
      const size_t begin = article.text.size();
      article.text += content;
      const size_t end = article.text.size();
      article.text += ",\" said the speaker. Background sentence without a statement follows. ";
      policy::ExtractedStatement statement;
      statement.content = {begin, end};
      statement.sentence = {sentence_begin, article.text.size() - 1};
      statement.kind = policy::StatementKind::kDirect;
      statement.cue = "said";
      statement.cue_span = {end + 3, end + 7};
      statement.speaker = k % 3;
      statement.speaker_mention = "the speaker";
      extraction.statements.push_back(statement);
    }
    corpus.bytes += article.text.size();
    corpus.articles.push_back(std::move(article));
    corpus.extractions.push_back(std::move(extraction));
  }
  return corpus;
}

const Corpus& SharedCorpus() {
  static const Corpus* corpus = new Corpus(MakeCorpus(2000));
  return *corpus;
}

// A fresh directory for one benchmark's database, removed when done.
class ScratchDir {
 public:
  ScratchDir() {
    const char* tmp = getenv("TMPDIR");
    std::string pattern = std::string(tmp != nullptr ? tmp : "/tmp") + "/store_bench_XXXXXX";
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  std::string Database() const { return path_ + "/corpus.db"; }

 private:
  std::string path_;
};

std::unique_ptr<policy::Store> OpenOrDie(const std::string& path, benchmark::State& state) {
  absl::StatusOr<std::unique_ptr<policy::Store>> store = policy::OpenSqliteStore(path);
  if (!store.ok()) {
    state.SkipWithError(std::string(store.status().message()).c_str());
    return nullptr;
  }
  return std::move(*store);
}

// Ingest of new articles, one transaction (and, on a file, one fsync) each.
// Arg 1 = file database (WAL, synchronous=FULL), 0 = ":memory:".
void BM_PutArticle(benchmark::State& state) {
  const Corpus& corpus = SharedCorpus();
  ScratchDir dir;
  std::unique_ptr<policy::Store> store =
      OpenOrDie(state.range(0) == 1 ? dir.Database() : ":memory:", state);
  if (store == nullptr) return;
  size_t next = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    const size_t i = next % corpus.articles.size();
    Article article = corpus.articles[i];
    article.id += "-" + std::to_string(next / corpus.articles.size());
    ++next;
    absl::StatusOr<policy::PutOutcome> outcome = store->PutArticle(article, corpus.extractions[i]);
    if (!outcome.ok()) {
      state.SkipWithError(std::string(outcome.status().message()).c_str());
      break;
    }
    bytes += static_cast<int64_t>(article.text.size());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_PutArticle)->Arg(1)->Arg(0)->UseRealTime()->Unit(benchmark::kMicrosecond);

// Re-ingest of an identical article: the hash comparison, no write.
// Group commit (Store::PutArticles, what IngestArticles uses): state.range(0) articles per
// transaction on a file; items/s is articles per second, comparable with BM_PutArticle/1.
void BM_PutArticlesGroup(benchmark::State& state) {
  const Corpus& corpus = SharedCorpus();
  ScratchDir dir;
  std::unique_ptr<policy::Store> store = OpenOrDie(dir.Database(), state);
  if (store == nullptr) return;
  const size_t group = static_cast<size_t>(state.range(0));
  size_t next = 0;
  int64_t bytes = 0;
  std::vector<Article> articles(group);
  std::vector<policy::Store::PutRequest> batch(group);
  for (auto _ : state) {
    for (size_t k = 0; k < group; ++k, ++next) {
      const size_t i = next % corpus.articles.size();
      articles[k] = corpus.articles[i];
      articles[k].id += "-" + std::to_string(next / corpus.articles.size());
      batch[k] = {&articles[k], &corpus.extractions[i]};
      bytes += static_cast<int64_t>(articles[k].text.size());
    }
    for (const absl::StatusOr<policy::PutOutcome>& outcome : store->PutArticles(batch)) {
      if (!outcome.ok()) {
        state.SkipWithError(std::string(outcome.status().message()).c_str());
        return;
      }
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(group));
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_PutArticlesGroup)->Arg(8)->Arg(64)->UseRealTime()->Unit(benchmark::kMillisecond);

void BM_PutArticleUnchanged(benchmark::State& state) {
  const Corpus& corpus = SharedCorpus();
  ScratchDir dir;
  std::unique_ptr<policy::Store> store = OpenOrDie(dir.Database(), state);
  if (store == nullptr) return;
  for (size_t i = 0; i < 100; ++i) {
    (void)store->PutArticle(corpus.articles[i], corpus.extractions[i]);
  }
  size_t next = 0;
  for (auto _ : state) {
    const size_t i = next++ % 100;
    benchmark::DoNotOptimize(store->PutArticle(corpus.articles[i], corpus.extractions[i]));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PutArticleUnchanged)->UseRealTime()->Unit(benchmark::kMicrosecond);

// A file database holding the first 1,000 articles of the shared corpus (12,000 statements),
// built once for the read benchmarks (about 10 s: one fsync per article).
policy::Store* ReadStore(benchmark::State& state) {
  static ScratchDir* dir = new ScratchDir();
  static std::unique_ptr<policy::Store> store;
  if (store == nullptr) {
    store = OpenOrDie(dir->Database(), state);
    if (store == nullptr) return nullptr;
    const Corpus& corpus = SharedCorpus();
    for (size_t i = 0; i < 1000; ++i) {
      (void)store->PutArticle(corpus.articles[i], corpus.extractions[i]);
    }
  }
  return store.get();
}

void BM_SearchStatements(benchmark::State& state) {
  policy::Store* store = ReadStore(state);
  if (store == nullptr) return;
  policy::SearchStatementsOptions options;
  options.query = state.range(0) == 0 ? "tariffs AND training" : "innovation";
  options.page_size = 50;
  int64_t total = 0;
  for (auto _ : state) {
    absl::StatusOr<policy::Page<policy::StatementRecord>> page = store->SearchStatements(options);
    if (!page.ok()) state.SkipWithError(std::string(page.status().message()).c_str());
    total = page.ok() ? page->total_size : 0;
  }
  state.SetLabel((state.range(0) == 0 ? "selective, " : "broad, ") + std::to_string(total) +
                 " matches");
}
BENCHMARK(BM_SearchStatements)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

void BM_ListSpeakersPage(benchmark::State& state) {
  policy::Store* store = ReadStore(state);
  if (store == nullptr) return;
  policy::ListSpeakersOptions options;
  options.page_size = 50;
  for (auto _ : state) benchmark::DoNotOptimize(store->ListSpeakers(options));
}
BENCHMARK(BM_ListSpeakersPage)->Unit(benchmark::kMicrosecond);

// The full snapshot scan the comparison index is built from.
void BM_ForEachStatement(benchmark::State& state) {
  policy::Store* store = ReadStore(state);
  if (store == nullptr) return;
  int64_t visited = 0;
  for (auto _ : state) {
    absl::Status status = store->ForEachStatement([&](const policy::StatementRecord&) {
      ++visited;
      return true;
    });
    if (!status.ok()) state.SkipWithError(std::string(status.message()).c_str());
  }
  state.SetItemsProcessed(visited);
}
BENCHMARK(BM_ForEachStatement)->Unit(benchmark::kMillisecond);

void BM_GetRevision(benchmark::State& state) {
  policy::Store* store = ReadStore(state);
  if (store == nullptr) return;
  for (auto _ : state) benchmark::DoNotOptimize(store->GetRevision());
}
BENCHMARK(BM_GetRevision);

}  // namespace

BENCHMARK_MAIN();
