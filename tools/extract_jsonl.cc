// policy-extract: runs the statement extractor over a JSONL file without a server.
//
//   policy-extract [INPUT.jsonl|-] > system.jsonl
//
// Input: one article per line, {"id": ..., "text": ...} (other fields ignored). Output: one
// line per article in the evaluation format of ../shared/eval/score.py, which is also the
// output of `policyctl analyze`:
//   {"id": ..., "statements": [{"begin": N, "end": N, "speaker": ..., "organization": ...,
//                               "kind": "direct|indirect|mixed", "cue": ..., "text": ...}]}
// with UTF-8 byte offsets, keys in sorted order (the same input gives the same bytes). A line
// that cannot be read is reported on stderr with its line number and skipped; the exit code
// is then 2 (1 for a usage or lexicon error).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "google/protobuf/descriptor.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/type_resolver_util.h"
#include "server/extract/extractor.h"

namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

// A Struct's fields are a map, which protobuf's JSON printer writes in hash order (a new
// order each run). Serialized deterministically, map entries come sorted by key, and the
// binary-to-JSON converter keeps that order: the same input gives the same bytes.
// Returns false, with the reason in `*error`, when the line cannot be printed.
bool PrintSorted(const Struct& message, google::protobuf::util::TypeResolver* resolver,
                 std::string* json, std::string* error) {
  std::string binary;
  {
    google::protobuf::io::StringOutputStream stream(&binary);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    if (!message.SerializeToCodedStream(&coded)) {
      *error = "cannot serialize the output line";
      return false;
    }
  }
  const auto printed = google::protobuf::util::BinaryToJsonString(
      resolver, "type.googleapis.com/google.protobuf.Struct", binary, json);
  if (!printed.ok()) *error = std::string(printed.message());
  return printed.ok();
}

Value StringOrNull(const std::string& s) {
  Value v;
  if (s.empty()) {
    v.set_null_value(google::protobuf::NULL_VALUE);
  } else {
    v.set_string_value(s);
  }
  return v;
}

}  // namespace

int main(int argc, char** argv) {
  std::string input = "-";
  bool debug = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--speakers") {
      debug = true;
      continue;
    }
    if (arg == "-h" || arg == "--help") {
      std::cout << "usage: policy-extract [--speakers] [INPUT.jsonl|-] > OUTPUT.jsonl\n"
                   "--speakers also prints each article's speaker profiles to stderr.\n"
                   "Reads {\"id\",\"text\"} lines; writes score.py's system format.\n"
                   "Lexicons: $POLICY_DATA_DIR/lexicon, else the source tree's data/lexicon.\n";
      return 0;
    }
    input = arg;
  }
  auto extractor = policy::Extractor::Create(policy::ExtractorOptions::Default());
  if (!extractor.ok()) {
    std::cerr << "policy-extract: " << extractor.status().message() << "\n";
    return 1;
  }
  std::ifstream file;
  std::istream* in = &std::cin;
  if (input != "-") {
    file.open(input);
    if (!file) {
      std::cerr << "policy-extract: cannot open " << input << "\n";
      return 1;
    }
    in = &file;
  }
  std::ios::sync_with_stdio(false);
  int failures = 0;
  long line_number = 0;
  std::string line;
  const std::unique_ptr<google::protobuf::util::TypeResolver> resolver(
      google::protobuf::util::NewTypeResolverForDescriptorPool(
          "type.googleapis.com", google::protobuf::DescriptorPool::generated_pool()));
  google::protobuf::util::JsonParseOptions parse_options;
  parse_options.ignore_unknown_fields = true;
  while (std::getline(*in, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Struct article;
    auto parsed = google::protobuf::util::JsonStringToMessage(line, &article, parse_options);
    if (!parsed.ok()) {
      std::cerr << "policy-extract: line " << line_number << ": not a JSON object: "
                << parsed.message() << "\n";
      ++failures;
      continue;
    }
    const auto& fields = article.fields();
    auto id_it = fields.find("id");
    auto text_it = fields.find("text");
    if (text_it == fields.end() || text_it->second.kind_case() != Value::kStringValue) {
      std::cerr << "policy-extract: line " << line_number << ": missing string field \"text\"\n";
      ++failures;
      continue;
    }
    std::string id;
    if (id_it != fields.end()) {
      id = id_it->second.kind_case() == Value::kStringValue
               ? id_it->second.string_value()
               : std::to_string(static_cast<long long>(id_it->second.number_value()));
    }
    const std::string& text = text_it->second.string_value();
    auto extraction = (*extractor)->Extract(text);
    if (!extraction.ok()) {
      std::cerr << "policy-extract: line " << line_number << " (id " << id
                << "): " << extraction.status().message() << "\n";
      ++failures;
      continue;
    }
    if (debug) {
      for (const policy::SpeakerProfile& p : extraction->speakers) {
        std::cerr << id << "\t" << policy::SpeakerKindName(p.kind) << "\t" << p.name;
        for (const std::string& r : p.roles) std::cerr << "\n    role: " << r;
        for (const std::string& o : p.organizations) std::cerr << "\n    org: " << o;
        for (const std::string& a : p.aliases) std::cerr << "\n    alias: " << a;
        std::cerr << "\n";
      }
    }
    Struct out;
    (*out.mutable_fields())["id"].set_string_value(id);
    auto* list = (*out.mutable_fields())["statements"].mutable_list_value();
    for (const policy::ExtractedStatement& s : extraction->statements) {
      auto* st = list->add_values()->mutable_struct_value()->mutable_fields();
      (*st)["begin"].set_number_value(static_cast<double>(s.content.begin));
      (*st)["end"].set_number_value(static_cast<double>(s.content.end));
      std::string speaker, organization;
      if (s.speaker >= 0) {
        const policy::SpeakerProfile& p = extraction->speakers[s.speaker];
        speaker = p.name;
        if (!p.organizations.empty()) organization = p.organizations.front();
      }
      (*st)["speaker"] = StringOrNull(speaker);
      (*st)["organization"] = StringOrNull(organization);
      (*st)["kind"].set_string_value(std::string(policy::StatementKindName(s.kind)));
      (*st)["cue"] = StringOrNull(s.cue);
      (*st)["text"].set_string_value(text.substr(s.content.begin, s.content.size()));
    }
    std::string json, error;
    if (!PrintSorted(out, resolver.get(), &json, &error)) {
      std::cerr << "policy-extract: line " << line_number << ": " << error << "\n";
      ++failures;
      continue;
    }
    std::cout << json << "\n";
  }
  return failures > 0 ? 2 : 0;
}
