// libFuzzer target for the extractor: arbitrary bytes in, and the contract of
// server/extract/extractor.h checked on every input: either INVALID_ARGUMENT (not UTF-8), or
// an extraction whose spans lie inside the text, in order, with valid speaker indexes.
// Build and run with tools/fuzz.sh (clang, AddressSanitizer and UBSan).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "server/extract/extractor.h"

namespace {

const policy::Extractor& TheExtractor() {
  static const policy::Extractor* extractor = [] {
    auto created = policy::Extractor::Create(policy::ExtractorOptions::Default());
    if (!created.ok()) std::abort();
    return created->release();
  }();
  return *extractor;
}

void Check(bool condition) {
  if (!condition) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<policy::Extraction> e = TheExtractor().Extract(text);
  if (!e.ok()) {
    Check(e.status().code() == absl::StatusCode::kInvalidArgument);
    return 0;
  }
  size_t previous_begin = 0;
  for (const policy::ExtractedStatement& s : e->statements) {
    Check(s.content.begin < s.content.end && s.content.end <= size);
    Check(s.cue_span.end <= size && s.sentence.end <= size);
    Check(s.content.begin >= previous_begin);
    previous_begin = s.content.begin;
    Check(s.speaker >= -1 && s.speaker < static_cast<int>(e->speakers.size()));
  }
  return 0;
}
