// Prints every field of every extraction, one line per statement and per speaker, in a fixed
// order: the check that a speed change leaves the extractor's output byte-identical.
//
//   build/bin/extract_dump < articles.jsonl > before.txt
//   ... change the extractor, rebuild ...
//   build/bin/extract_dump < articles.jsonl > after.txt && cmp before.txt after.txt
//
// Input: JSONL with a "text" field (and optionally "id"), as policy-extract reads. Unlike
// policy-extract's JSON (whose object keys come out in hash order), this output is
// deterministic and covers cue spans, sentences, mentions, roles and aliases too.
#include <iostream>
#include <string>

#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "server/extract/extractor.h"

namespace {

void PrintSpan(const policy::Span& span) { std::cout << span.begin << "-" << span.end; }

}  // namespace

int main() {
  auto extractor = policy::Extractor::Create(policy::ExtractorOptions::Default());
  if (!extractor.ok()) {
    std::cerr << "extract_dump: " << extractor.status().message() << "\n";
    return 1;
  }
  std::ios::sync_with_stdio(false);
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  std::string line;
  long line_number = 0;
  while (std::getline(std::cin, line)) {
    ++line_number;
    google::protobuf::Struct article;
    if (!google::protobuf::util::JsonStringToMessage(line, &article, options).ok()) continue;
    auto text = article.fields().find("text");
    if (text == article.fields().end()) continue;
    auto extraction = (*extractor)->Extract(text->second.string_value());
    std::cout << "article " << line_number << "\n";
    if (!extraction.ok()) {
      std::cout << "error " << extraction.status() << "\n";
      continue;
    }
    for (const policy::SpeakerProfile& p : extraction->speakers) {
      std::cout << "speaker\t" << policy::SpeakerKindName(p.kind) << "\t" << p.name;
      for (const std::string& r : p.roles) std::cout << "\trole=" << r;
      for (const std::string& o : p.organizations) std::cout << "\torg=" << o;
      for (const std::string& a : p.aliases) std::cout << "\talias=" << a;
      std::cout << "\n";
    }
    for (const policy::ExtractedStatement& s : extraction->statements) {
      std::cout << "statement\t" << policy::StatementKindName(s.kind) << "\t";
      PrintSpan(s.content);
      std::cout << "\tcue=" << s.cue << "\t";
      PrintSpan(s.cue_span);
      std::cout << "\t";
      PrintSpan(s.sentence);
      std::cout << "\tspeaker=" << s.speaker << "\tmention=" << s.speaker_mention << "\n";
    }
  }
  return 0;
}
