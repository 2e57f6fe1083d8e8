// libFuzzer target for the extractor: arbitrary bytes in, and the contract of
// server/extract/extractor.h checked on every input: either INVALID_ARGUMENT (not UTF-8), or
// an extraction whose spans lie inside the text, in order, with valid speaker indexes. Each
// input is extracted twice: whole, and in sections of 64 bytes (ExtractorOptions::
// section_bytes), so that the cutting and joining of long texts is fuzzed on short inputs.
// Build and run with tools/fuzz.sh (clang, AddressSanitizer and UBSan).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "server/extract/extractor.h"

namespace {

const policy::Extractor& MakeExtractor(size_t section_bytes) {
  policy::ExtractorOptions options = policy::ExtractorOptions::Default();
  if (section_bytes > 0) options.section_bytes = section_bytes;
  auto created = policy::Extractor::Create(options);
  if (!created.ok()) std::abort();
  return *created->release();
}

const policy::Extractor& TheExtractor() {
  static const policy::Extractor& extractor = MakeExtractor(0);
  return extractor;
}

const policy::Extractor& SectioningExtractor() {
  static const policy::Extractor& extractor = MakeExtractor(64);
  return extractor;
}

void Check(bool condition) {
  if (!condition) __builtin_trap();
}

// The contract of Extract() for one result on `text`.
void CheckExtraction(const absl::StatusOr<policy::Extraction>& e, size_t size) {
  if (!e.ok()) {
    Check(e.status().code() == absl::StatusCode::kInvalidArgument);
    return;
  }
  size_t previous_begin = 0;
  for (const policy::ExtractedStatement& s : e->statements) {
    Check(s.content.begin < s.content.end && s.content.end <= size);
    Check(s.cue_span.end <= size && s.sentence.end <= size);
    Check(s.content.begin >= previous_begin);
    previous_begin = s.content.begin;
    Check(s.speaker >= -1 && s.speaker < static_cast<int>(e->speakers.size()));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const absl::StatusOr<policy::Extraction> whole = TheExtractor().Extract(text);
  const absl::StatusOr<policy::Extraction> sectioned = SectioningExtractor().Extract(text);
  CheckExtraction(whole, size);
  CheckExtraction(sectioned, size);
  Check(whole.ok() == sectioned.ok());  // validity is the whole text's, however it is cut
  return 0;
}
