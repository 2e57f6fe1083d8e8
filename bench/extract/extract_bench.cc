// Extraction throughput (bytes of article text per second per core).
//
//   build/bin/extract_bench [--benchmark_filter=...]
//
// Corpus: the article texts of $POLICY_BENCH_CORPUS (JSONL with a "text" field), else
// <source>/../shared/eval/polnear-train.jsonl when present (real US political news, read at
// run time and never stored), else generated news-like text. The corpus used is printed in
// the benchmark label.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "server/core/data_dir.h"
#include "server/extract/extractor.h"
#include "server/extract/internal/attribution.h"
#include "server/extract/internal/lexicon.h"
#include "server/extract/internal/text.h"

namespace {

struct Corpus {
  std::vector<std::string> texts;
  size_t bytes = 0;
  std::string label;
};

bool LoadJsonl(const std::string& path, Corpus* corpus) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    google::protobuf::Struct article;
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = true;
    if (!google::protobuf::util::JsonStringToMessage(line, &article, options).ok()) continue;
    auto it = article.fields().find("text");
    if (it == article.fields().end()) continue;
    corpus->texts.push_back(it->second.string_value());
    corpus->bytes += corpus->texts.back().size();
  }
  corpus->label = path;
  return !corpus->texts.empty();
}

// News-like text with quotes, reported speech and plain narrative, for machines without the
// evaluation data.
void Generate(Corpus* corpus) {
  const std::vector<std::string> names = {"Zhou Yunjie", "Maria Lopez", "Tom Baker", "Ann Ray",
                                          "Cao Min", "Omar Haddad"};
  const std::vector<std::string> clauses = {
      "the economy will grow faster than expected next year",
      "new investment in research is needed to keep the industry competitive",
      "the plan would raise costs for small and medium-sized enterprises",
      "exports rose sharply in May after two weak quarters",
      "the reform was long overdue and would help millions of workers"};
  const std::vector<std::string> narrative = {
      "The meeting took place in the capital on Tuesday and lasted three hours.",
      "Sales of electric vehicles doubled in the first half of the year.",
      "The company employs 12,000 people in 14 countries, including the U.S. and Japan.",
      "Analysts had expected a smaller increase in the second quarter."};
  std::mt19937 rng(42);
  auto pick = [&rng](const std::vector<std::string>& v) -> const std::string& {
    return v[rng() % v.size()];
  };
  for (int a = 0; a < 400; ++a) {
    std::string text;
    for (int p = 0; p < 14; ++p) {
      switch (rng() % 5) {
        case 0:
          text += "\xE2\x80\x9C" "We believe " + pick(clauses) + ",\xE2\x80\x9D " +
                  pick(names) + " said.";
          break;
        case 1: text += pick(names) + " said " + pick(clauses) + "."; break;
        case 2: {
          const std::string& c = pick(clauses);
          text += std::string(1, static_cast<char>(c[0] - 32)) + c.substr(1) + ", " +
                  pick(names) + ", a researcher at the Institute of Economics, said.";
          break;
        }
        default: text += pick(narrative) + " " + pick(narrative); break;
      }
      text += "\n\n";
    }
    corpus->bytes += text.size();
    corpus->texts.push_back(std::move(text));
  }
  corpus->label = "generated";
}

const Corpus& TheCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    const char* env = std::getenv("POLICY_BENCH_CORPUS");
    if (env != nullptr && *env != '\0' && LoadJsonl(env, c)) return c;
    *c = Corpus{};
    if (LoadJsonl(std::string(POLICY_SOURCE_DIR) + "/../shared/eval/polnear-train.jsonl", c)) {
      c->label = "polnear-train";
      return c;
    }
    *c = Corpus{};
    // Say so: generated text is several times faster to read than real news, so a figure
    // from it must not be mistaken for the real one.
    std::fprintf(stderr,
                 "extract_bench: no corpus at $POLICY_BENCH_CORPUS or %s/../shared/eval/"
                 "polnear-train.jsonl; measuring GENERATED text\n",
                 POLICY_SOURCE_DIR);
    Generate(c);
    return c;
  }();
  return *corpus;
}

const policy::Extractor& TheExtractor() {
  static const policy::Extractor* extractor = [] {
    auto created = policy::Extractor::Create(policy::ExtractorOptions::Default());
    if (!created.ok()) {
      std::fprintf(stderr, "extract_bench: %s\n", std::string(created.status().message()).c_str());
      std::exit(1);
    }
    return created->release();
  }();
  return *extractor;
}

// Every article of the corpus once per iteration. Single-threaded, bytes_per_second is
// measured on CPU time: the figure per core, independent of other load on the machine.
// With threads:2 each thread runs the whole corpus and the figure is on wall time, so it
// shows how Extract() scales across cores on an otherwise idle machine.
// Extracts `text`, adding its statements to *statements; false (and the benchmark marked
// failed) on an error.
bool ExtractCounting(const policy::Extractor& extractor, const std::string& text,
                     benchmark::State& state, size_t* statements) {
  auto extraction = extractor.Extract(text);
  if (!extraction.ok()) {
    state.SkipWithError("extraction failed");
    return false;
  }
  *statements += extraction->statements.size();
  benchmark::DoNotOptimize(extraction->statements.data());
  return true;
}

void BM_ExtractCorpus(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  const policy::Extractor& extractor = TheExtractor();
  size_t statements = 0;
  for (auto _ : state) {
    for (const std::string& text : corpus.texts) {
      if (!ExtractCounting(extractor, text, state, &statements)) return;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["articles"] = static_cast<double>(corpus.texts.size());
  state.counters["statements/iter"] =
      static_cast<double>(statements) / static_cast<double>(state.iterations());
  state.SetLabel(corpus.label);
}
BENCHMARK(BM_ExtractCorpus)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractCorpus)->Unit(benchmark::kMillisecond)->Threads(2)->UseRealTime();

// The two stages of Extract() apart, single-threaded, on the same corpus: where the time goes.
const policy::extract_internal::Lexicon& TheLexicon() {
  static const policy::extract_internal::Lexicon* lexicon = [] {
    auto loaded = policy::extract_internal::Lexicon::Load(policy::DataDir() + "/lexicon");
    if (!loaded.ok()) {
      std::fprintf(stderr, "extract_bench: %s\n", std::string(loaded.status().message()).c_str());
      std::exit(1);
    }
    return new policy::extract_internal::Lexicon(std::move(*loaded));
  }();
  return *lexicon;
}

// Text layer: UTF-8 validation, tokens, sentences, paragraphs.
void BM_TextLayer(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  const auto& lexicon = TheLexicon();
  size_t tokens = 0;
  for (auto _ : state) {
    for (const std::string& text : corpus.texts) {
      if (!policy::extract_internal::ValidateUtf8(text).ok()) {
        state.SkipWithError("invalid UTF-8");
        return;
      }
      policy::extract_internal::Document doc = policy::extract_internal::Analyze(text, lexicon);
      tokens += doc.tokens.size();
      benchmark::DoNotOptimize(doc.tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["tokens/iter"] =
      static_cast<double>(tokens) / static_cast<double>(state.iterations());
  state.SetLabel(corpus.label);
}
BENCHMARK(BM_TextLayer)->Unit(benchmark::kMillisecond);

// Attribution and speaker resolution on documents analysed beforehand.
void BM_Attribution(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  const auto& lexicon = TheLexicon();
  std::vector<policy::extract_internal::Document> docs;
  for (const std::string& text : corpus.texts) {
    docs.push_back(policy::extract_internal::Analyze(text, lexicon));
  }
  for (auto _ : state) {
    for (const policy::extract_internal::Document& doc : docs) {
      policy::Extraction extraction = policy::extract_internal::ExtractStatements(doc, lexicon);
      benchmark::DoNotOptimize(extraction.statements.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.SetLabel(corpus.label);
}
BENCHMARK(BM_Attribution)->Unit(benchmark::kMillisecond);

// Extracts `text` once per iteration; reports its bytes per second and statements.
void ExtractOneText(benchmark::State& state, const std::string& text, const std::string& label) {
  const policy::Extractor& extractor = TheExtractor();
  size_t statements = 0;
  for (auto _ : state) {
    if (!ExtractCounting(extractor, text, state, &statements)) return;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["statements/iter"] =
      static_cast<double>(statements) / static_cast<double>(state.iterations());
  state.SetLabel(label);
}

// One long text (a transcript, a report pasted whole): the corpus's articles joined by blank
// lines into a text of state.range(0) KiB, extracted per iteration. Its bytes_per_second
// against BM_ExtractCorpus's shows whether time stays linear in a text's length (texts over
// ExtractorOptions::section_bytes are extracted in sections).
void BM_ExtractLongText(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  const size_t target = static_cast<size_t>(state.range(0)) << 10;
  std::string text;
  for (size_t i = 0; text.size() < target; i = (i + 1) % corpus.texts.size()) {
    if (!text.empty()) text += "\n\n";
    text += corpus.texts[i];
  }
  ExtractOneText(state, text, corpus.label);
}
BENCHMARK(BM_ExtractLongText)->Unit(benchmark::kMillisecond)->Arg(64)->Arg(256)->Arg(1024)->Arg(4096);

// Texts made to defeat the rules' searches, not news: one "sentence" of attributions run on
// without a period (range(1) == 0), or an article that names a new person in every sentence
// (1), of range(0) KiB. Each cue's searches for its content's end, its subject and its
// speaker are bounded (the attribution rules of internal/pass.h, speakers.cc), so time grows
// linearly with the length: the 16, 64 and 256 KiB texts should run at about the same MiB/s.
// (Longer texts are cut into sections of 256 KiB anyway.)
void BM_ExtractAdversarial(benchmark::State& state) {
  const size_t target = static_cast<size_t>(state.range(0)) << 10;
  const bool names = state.range(1) == 1;
  static const char* const kRunOn[] = {"Voters in 10 states said ", "the company said ",
                                       ", she said, ",  "according to Ann Ray, ",
                                       "Ray and Lee and ", "\"a,\" said Ann Ray, ",
                                       "\"Go.\" ", ", adding ",
                                       "Ray was asked about ", "and said "};
  std::string text = "Ann Ray said ";
  for (size_t i = 0; text.size() < target; ++i) {
    if (names) {
      text += "Ann" + std::to_string(i) + " Ray" + std::to_string(i) +
              " said the ferries are late. The director said they are not. ";
    } else {
      text += kRunOn[i % std::size(kRunOn)];
    }
  }
  ExtractOneText(state, text, names ? "a new name per sentence" : "one run-on sentence");
}
BENCHMARK(BM_ExtractAdversarial)
    ->Unit(benchmark::kMillisecond)
    ->ArgsProduct({{16, 64, 256}, {0, 1}});

}  // namespace

BENCHMARK_MAIN();
