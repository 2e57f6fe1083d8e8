// Benchmarks of the comparison engine on corpora of 100,000+ statements.
//
//   build/bin/compare_bench --benchmark_repetitions=1
//   POLICY_BENCH_DB=/tmp/corpus.db build/bin/compare_bench   # the corpus compare_rpc_bench ingested
//
// The corpus (generated at run time from the sample article, data/sample/): 5,600 articles of 18
// statements each, the sample's statements in order, each followed by zero to two clauses taken
// from other statements of the sample, so that term vectors differ from article to article but
// the text stays real English news text (the words, the topic matches and the frame triggers of
// the sample). 500 speakers, each in one to four of 50 organizations drawn Zipf-like, so that
// the four named ones (Haier Group, JD, Gree Electric Appliances, TCL Technology Group) hold
// about 10-35% of the statements each and overlap through shared speakers, as speakers do in
// the corpus compare_rpc_bench builds through real extraction. Dates 2023-2025, 5 outlets.
// With POLICY_BENCH_DB, the statements of that store are used instead.
//
// BM_BuildIndex: Index::Build over the corpus; the counter load_s is the time to read or
// generate the corpus (with POLICY_BENCH_DB: Store::ForEachStatement over the whole store).
// BM_Compare4Subjects: Compare, topic "innovation", group by organization, 4 named subjects,
// default options (passage scope, 10 terms, frames, similarity, evidence). Reports the
// per-call minimum, p50 and p99 (milliseconds) and the first subject's statements (total,
// matching the topic, in scope) as counters.
// BM_Compare4SubjectsStatementScope: the same with the statement scope.
// BM_Compare4SubjectsLargeVocabulary: the same on a corpus where every statement also carries
// 4-15 generated words drawn Zipf-like from 20,000 (a large vocabulary, many rare terms), one
// organization per speaker and no overlap.
//
// With COMPARE_BENCH_DUMP=<file>, BM_Compare4Subjects also writes the results of a set of
// request variants (scopes, backgrounds, groupings, no topic, time buckets) to <file> as text
// protos, so that an optimisation can be checked for byte-identical output (diff two dumps);
// BM_Compare4SubjectsLargeVocabulary writes its corpus's to <file>.large_vocabulary.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "policy/v1/compare.pb.h"
#include "server/compare/compare.h"
#include "server/service/compare_mapping.h"
#include "server/store/store.h"

namespace policy::compare {
namespace {

constexpr int kArticles = 5600;  // x 18 statements = 100,800
constexpr int kSpeakers = 500;
constexpr int kOrganizations = 50;
constexpr int kExtraWords = 20000;

struct SampleStatement {
  size_t begin, end;
};

// The sample's statement spans (content only), as in tests/compare/testdata.
const SampleStatement kSpans[] = {
    {0, 297},     {375, 600},   {696, 924},   {928, 1132},  {1284, 1534}, {1537, 1733},
    {1761, 1894}, {2072, 2280}, {2298, 2515}, {2630, 2818}, {2830, 2977}, {2993, 3127},
    {3130, 3404}, {3454, 3713}, {3804, 4016}, {4144, 4227}, {4238, 4418}, {4421, 4644}};
// Which of the sample's seven speakers said each statement (runs of one speaker = passages).
const int kSampleSpeaker[] = {0, 0, 1, 2, 2, 2, 2, 3, 3, 4, 4, 4, 4, 1, 5, 6, 6, 6};

std::string OrganizationName(int o) {
  static const char* const kNamed[] = {"Haier Group", "JD", "Gree Electric Appliances",
                                       "TCL Technology Group"};
  return o < 4 ? kNamed[o] : "Company " + std::to_string(o);
}

// The sample's statements as clauses: split after ", " and "; " (at least 40 bytes each).
std::vector<std::string> Clauses(const std::string& text) {
  std::vector<std::string> clauses;
  for (const SampleStatement& span : kSpans) {
    const std::string statement = text.substr(span.begin, span.end - span.begin);
    size_t start = 0;
    for (size_t at = 0; at + 2 < statement.size(); ++at) {
      if ((statement[at] == ',' || statement[at] == ';') && statement[at + 1] == ' ' &&
          at - start >= 40) {
        clauses.push_back(statement.substr(start, at - start));
        start = at + 2;
      }
    }
    if (statement.size() - start >= 40) clauses.push_back(statement.substr(start));
  }
  return clauses;
}

// See the file comment. `large_vocabulary`: the BM_Compare4SubjectsLargeVocabulary corpus.
std::vector<StatementRecord> MakeCorpus(bool large_vocabulary) {
  std::ifstream in(std::string(POLICY_SOURCE_DIR) + "/data/sample/000_b5cdd92fd3643d21.txt");
  std::stringstream contents;
  contents << in.rdbuf();
  const std::string text = contents.str();
  if (text.size() < 4644) {
    std::fprintf(stderr, "sample article missing\n");
    std::abort();
  }
  std::mt19937 random(20250306);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  const char* const kSyllables[] = {"ka", "lo", "mi", "ten", "ra", "sol", "vi", "no", "qua",
                                    "pre", "dis", "mon", "tri", "gen", "fa", "lu", "zer", "po"};
  std::vector<std::string> extra_words;
  for (int w = 0; w < kExtraWords; ++w) {
    std::string word;
    for (int n = w; word.size() < 6 || n > 0; n /= 18) word += kSyllables[n % 18];
    extra_words.push_back(word);
  }
  // Zipf-like: index = floor(size ^ u) - 1.
  auto zipf = [&](int size) {
    return std::clamp(static_cast<int>(std::pow(static_cast<double>(size), unit(random))) - 1, 0, size - 1);
  };
  const std::vector<std::string> clauses = Clauses(text);
  std::vector<std::vector<std::string>> organizations(kSpeakers);
  for (int s = 0; s < kSpeakers; ++s) {
    if (large_vocabulary) {
      organizations[s] = {OrganizationName(s % kOrganizations)};
      continue;
    }
    const int count = 1 + static_cast<int>(random() % 4);
    std::vector<int> drawn;
    for (int k = 0; k < count; ++k) drawn.push_back(zipf(kOrganizations));
    std::sort(drawn.begin(), drawn.end());
    drawn.erase(std::unique(drawn.begin(), drawn.end()), drawn.end());
    for (int o : drawn) organizations[s].push_back(OrganizationName(o));
  }
  const char* const kOutlets[] = {"China Daily", "Xinhua", "Global Times", "Caixin", "SCMP"};
  std::vector<StatementRecord> records;
  records.reserve(kArticles * 18);
  int64_t id = 1;
  for (int a = 0; a < kArticles; ++a) {
    int speaker_of_role[7];
    for (int& s : speaker_of_role) s = static_cast<int>(random() % kSpeakers);
    char date[11];
    std::snprintf(date, sizeof(date), "%04d-%02d-%02d", 2023 + a % 3, 1 + a % 12, 1 + a % 28);
    for (int k = 0; k < 18; ++k) {
      StatementRecord record;
      record.id = id++;
      record.article_id = "article-" + std::to_string(a);
      record.ordinal = k;
      record.kind = k % 3 == 0 ? StatementKind::kDirect : StatementKind::kIndirect;
      record.content = Span{kSpans[k].begin, kSpans[k].end};
      record.text = text.substr(kSpans[k].begin, kSpans[k].end - kSpans[k].begin);
      if (large_vocabulary) {
        const int extra = 4 + static_cast<int>(random() % 12);
        for (int e = 0; e < extra; ++e) record.text += " " + extra_words[zipf(kExtraWords)];
      } else {
        const int extra = static_cast<int>(random() % 3);
        for (int e = 0; e < extra; ++e) record.text += " " + clauses[random() % clauses.size()] + ".";
      }
      const int speaker = speaker_of_role[kSampleSpeaker[k]];
      record.speaker.id = "speaker-" + std::to_string(speaker);
      record.speaker.display_name = "Speaker " + std::to_string(speaker);
      record.speaker.organizations = organizations[speaker];
      record.speaker.roles = {speaker % 2 ? "chairman" : "deputy"};
      record.article_source = kOutlets[a % 5];
      record.article_published = date;
      records.push_back(std::move(record));
    }
  }
  return records;
}

IndexResources Resources() {
  absl::StatusOr<IndexResources> resources = IndexResources::LoadDefault();
  if (!resources.ok()) {
    std::fprintf(stderr, "%s\n", std::string(resources.status().message()).c_str());
    std::abort();
  }
  return *std::move(resources);
}

// The statements of the store at $POLICY_BENCH_DB (e.g. the corpus compare_rpc_bench
// ingested), else the generated corpus.
std::vector<StatementRecord> LoadCorpus() {
  const char* db = std::getenv("POLICY_BENCH_DB");
  if (db == nullptr) return MakeCorpus(/*large_vocabulary=*/false);
  absl::StatusOr<std::unique_ptr<Store>> store = OpenSqliteStore(db);
  std::vector<StatementRecord> records;
  absl::Status status = store.ok() ? (*store)->ForEachStatement([&](const StatementRecord& record) {
    records.push_back(record);
    return true;
  })
                                   : store.status();
  if (!status.ok()) {
    std::fprintf(stderr, "%s: %s\n", db, status.ToString().c_str());
    std::abort();
  }
  return records;
}

const Index& SharedIndex() {
  static const std::shared_ptr<const Index> index = [] {
    absl::StatusOr<std::shared_ptr<const Index>> built = Index::Build(LoadCorpus(), 1, Resources());
    if (!built.ok()) std::abort();
    return *built;
  }();
  return *index;
}

const Index& LargeVocabularyIndex() {
  static const std::shared_ptr<const Index> index = [] {
    absl::StatusOr<std::shared_ptr<const Index>> built =
        Index::Build(MakeCorpus(/*large_vocabulary=*/true), 1, Resources());
    if (!built.ok()) std::abort();
    return *built;
  }();
  return *index;
}

void BM_BuildIndex(benchmark::State& state) {
  const auto load_start = std::chrono::steady_clock::now();
  const std::vector<StatementRecord> corpus = LoadCorpus();
  // With POLICY_BENCH_DB: reading every statement from the store, the other half of a rebuild.
  state.counters["load_s"] =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();
  const IndexResources resources = Resources();
  for (auto _ : state) {
    absl::StatusOr<std::shared_ptr<const Index>> index = Index::Build(corpus, 1, resources);
    benchmark::DoNotOptimize(index);
  }
  state.counters["statements"] = static_cast<double>(corpus.size());
}
BENCHMARK(BM_BuildIndex)->Unit(benchmark::kMillisecond)->Iterations(3);

// Writes the results of request variants to `path` (see the file comment).
void DumpVariants(const Index& index, const char* path) {
  std::vector<std::pair<std::string, CompareRequest>> variants;
  auto add = [&](std::string name, auto&& edit) {
    CompareRequest request;
    request.topic = *TopicQuery::Parse("innovation");
    request.group_by = GroupBy::kOrganization;
    request.subjects = {"Haier", "JD", "Gree", "TCL"};
    edit(request);
    variants.emplace_back(std::move(name), std::move(request));
  };
  add("passage", [](CompareRequest&) {});
  add("statement", [](CompareRequest& r) { r.scope = TopicScope::kStatement; });
  add("article", [](CompareRequest& r) { r.scope = TopicScope::kArticle; });
  add("corpus_background", [](CompareRequest& r) { r.background = Background::kCorpus; });
  add("one_subject", [](CompareRequest& r) { r.subjects = {"Haier"}; });
  add("no_topic_top6", [](CompareRequest& r) {
    r.topic = TopicQuery();
    r.subjects.clear();
    r.top_subjects = 6;
  });
  add("speakers_top4_or", [](CompareRequest& r) {
    r.topic = *TopicQuery::Parse("innovation OR data* OR \"computing power\"");
    r.group_by = GroupBy::kSpeaker;
    r.subjects.clear();
    r.top_subjects = 4;
  });
  add("roles_unigrams_buckets", [](CompareRequest& r) {
    r.group_by = GroupBy::kRole;
    r.subjects = {"chairman", "deputy"};
    r.unigrams_only = true;
    r.time_bucket = TimeBucket::kQuarter;
    r.max_terms = 40;
    r.min_count = 5;
  });
  add("filtered", [](CompareRequest& r) {
    r.published_after = "2024-01-01";
    r.outlets = {"xinhua", "Caixin"};
    r.kinds = {StatementKind::kDirect};
    r.max_evidence = 5;
  });
  std::string out;
  for (const auto& [name, request] : variants) {
    absl::StatusOr<CompareResult> result = Compare(index, request);
    out += "# " + name + "\n";
    if (!result.ok()) {
      out += std::string(result.status().message()) + "\n";
      continue;
    }
    v1::CompareSpeakersResponse response;
    CompareResultToProto(*result, &response);
    out += response.DebugString();
  }
  std::ofstream(path) << out;
}

void RunCompare(benchmark::State& state, const Index& index, TopicScope scope) {
  CompareRequest request;
  request.topic = *TopicQuery::Parse("innovation");
  request.group_by = GroupBy::kOrganization;
  request.subjects = {"Haier", "JD", "Gree", "TCL"};
  request.scope = scope;
  std::vector<double> latencies;
  int64_t scoped = 0, total = 0, matched = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    absl::StatusOr<CompareResult> result = Compare(index, request);
    const auto stop = std::chrono::steady_clock::now();
    if (!result.ok()) {
      state.SkipWithError(std::string(result.status().message()).c_str());
      return;
    }
    scoped = result->subjects[0].scoped_statements;
    total = result->subjects[0].total_statements;
    matched = result->subjects[0].matched_statements;
    latencies.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
  }
  std::sort(latencies.begin(), latencies.end());
  auto percentile = [&](double p) {
    return latencies[std::min(latencies.size() - 1, static_cast<size_t>(p * latencies.size()))];
  };
  state.counters["min_ms"] = latencies.front();  // the least disturbed call on a shared machine
  state.counters["p50_ms"] = percentile(0.50);
  state.counters["p99_ms"] = percentile(0.99);
  state.counters["statements"] = static_cast<double>(index.statement_count());
  // Of the first subject (Haier): its statements, those matching the topic, those in scope.
  state.counters["total_0"] = static_cast<double>(total);
  state.counters["matched_0"] = static_cast<double>(matched);
  state.counters["scoped_0"] = static_cast<double>(scoped);
}

void BM_Compare4Subjects(benchmark::State& state) {
  RunCompare(state, SharedIndex(), TopicScope::kPassage);
  if (const char* path = std::getenv("COMPARE_BENCH_DUMP")) DumpVariants(SharedIndex(), path);
}
BENCHMARK(BM_Compare4Subjects)->Unit(benchmark::kMillisecond)->Iterations(200);

void BM_Compare4SubjectsStatementScope(benchmark::State& state) {
  RunCompare(state, SharedIndex(), TopicScope::kStatement);
}
BENCHMARK(BM_Compare4SubjectsStatementScope)->Unit(benchmark::kMillisecond)->Iterations(200);

void BM_Compare4SubjectsLargeVocabulary(benchmark::State& state) {
  RunCompare(state, LargeVocabularyIndex(), TopicScope::kPassage);
  if (const char* path = std::getenv("COMPARE_BENCH_DUMP")) {
    DumpVariants(LargeVocabularyIndex(), (std::string(path) + ".large_vocabulary").c_str());
  }
}
BENCHMARK(BM_Compare4SubjectsLargeVocabulary)->Unit(benchmark::kMillisecond)->Iterations(200);

}  // namespace
}  // namespace policy::compare

BENCHMARK_MAIN();
