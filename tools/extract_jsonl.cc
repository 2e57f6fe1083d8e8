// policy-extract: runs the statement extractor in-process, without a server.
//
//   policy-extract [--speakers] [INPUT...|-] > system.jsonl
//
// It is `policyctl analyze` without policyd, and shares its code both ways: the inputs are
// read by policyctl's ArticleReader (.jsonl files of policy.v1.Article lines such as
// {"id","text"} with other fields ignored, .txt files, directories, "-" for stdin), the
// extraction is mapped to policy.v1 statements by the service's own mapping, and each line is
// written by AnalyzeOutputLine, the evaluation format of ../shared/eval/score.py:
//   {"id": ..., "statements": [{"begin": N, "end": N, "speaker": ..., "organization": ...,
//                               "kind": "direct|indirect|mixed", "cue": ..., "text": ...}]}
// with UTF-8 byte offsets, in a fixed key order (the same input gives the same bytes).
// An input line that cannot be read, or an article the extractor rejects, is reported on
// stderr ("file:line: why") and skipped; the exit code is then 2 (1 for a usage, input or
// lexicon error).
#include <iostream>
#include <string>
#include <vector>

#include "client/analyze_output.h"
#include "client/input.h"
#include "server/extract/extractor.h"
#include "server/service/extraction_mapping.h"

namespace {

constexpr char kUsage[] =
    "usage: policy-extract [--speakers] [INPUT...|-] > OUTPUT.jsonl\n"
    "Reads articles as `policyctl analyze --input` does (.jsonl lines such as {\"id\",\"text\"},\n"
    ".txt files, directories; \"-\" or nothing for JSONL on stdin) and writes analyze's output,\n"
    "score.py's system format. --speakers also prints each article's speaker profiles to\n"
    "stderr. Lexicons: $POLICY_DATA_DIR/lexicon, else the source tree's data/lexicon.\n";

void PrintSpeakers(const std::string& id, const policy::Extraction& extraction) {
  for (const policy::SpeakerProfile& p : extraction.speakers) {
    std::cerr << id << "\t" << policy::SpeakerKindName(p.kind) << "\t" << p.name;
    for (const std::string& r : p.roles) std::cerr << "\n    role: " << r;
    for (const std::string& o : p.organizations) std::cerr << "\n    org: " << o;
    for (const std::string& a : p.aliases) std::cerr << "\n    alias: " << a;
    std::cerr << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> inputs;
  bool speakers = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--speakers") {
      speakers = true;
    } else if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (arg.size() > 1 && arg[0] == '-') {
      std::cerr << "policy-extract: unknown option " << arg << "\n" << kUsage;
      return 1;
    } else {
      inputs.push_back(arg);
    }
  }
  if (inputs.empty()) inputs.push_back("-");

  auto extractor = policy::Extractor::Create(policy::ExtractorOptions::Default());
  if (!extractor.ok()) {
    std::cerr << "policy-extract: " << extractor.status().message() << "\n";
    return 1;
  }
  auto reader = policyctl::ArticleReader::Open(inputs);
  if (!reader.ok()) {
    std::cerr << "policy-extract: " << reader.status().message() << "\n";
    return 1;
  }
  std::ios::sync_with_stdio(false);

  int failures = 0;
  size_t problems_reported = 0;
  auto report_new_problems = [&] {
    for (; problems_reported < reader->problems().size(); ++problems_reported) {
      std::cerr << "policy-extract: " << reader->problems()[problems_reported].ToString() << "\n";
      ++failures;
    }
  };
  policy::v1::Article article;
  while (reader->Next(&article)) {
    report_new_problems();
    auto extraction = (*extractor)->Extract(article.text());
    if (!extraction.ok()) {
      std::cerr << "policy-extract: " << reader->last_origin() << " (id " << article.id()
                << "): " << extraction.status().message() << "\n";
      ++failures;
      continue;
    }
    if (speakers) PrintSpeakers(article.id(), *extraction);
    policy::v1::AnalyzedArticle analyzed;
    analyzed.set_id(article.id());
    policy::ExtractionToProto(*extraction, article.text(), &analyzed);
    std::cout << policyctl::AnalyzeOutputLine(analyzed);
  }
  report_new_problems();
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "policy-extract: error writing the output\n";
    return 1;
  }
  return failures > 0 ? 2 : 0;
}
