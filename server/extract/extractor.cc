#include "server/extract/extractor.h"

#include <cstdlib>
#include <limits>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "server/core/data_dir.h"
#include "server/core/status_macros.h"
#include "server/extract/internal/attribution.h"
#include "server/extract/internal/lexicon.h"
#include "server/extract/internal/text.h"

namespace policy {
namespace {

using extract_internal::Lexicon;

// Frees the memory of a reused document after an unusually long article (a few MB), so that
// one such article does not keep it for the life of the thread.
void ReleaseIfLarge(extract_internal::Document* doc) {
  constexpr size_t kMaxKeptTokens = size_t{1} << 20;  // 16 MiB of tokens
  if (doc->tokens.capacity() > kMaxKeptTokens) *doc = extract_internal::Document();
}

class RuleExtractor final : public Extractor {
 public:
  explicit RuleExtractor(Lexicon lexicon) : lexicon_(std::move(lexicon)) {}

  absl::StatusOr<Extraction> Extract(std::string_view text) const override {
    if (text.empty()) return Extraction{};
    // Token offsets are 32-bit: far beyond any article.
    if (text.size() >= std::numeric_limits<uint32_t>::max()) {
      return absl::InvalidArgumentError(
          absl::StrCat("text is ", text.size(), " bytes; split it into articles under 4 GiB"));
    }
    // Per thread (Extract is const and may run on many threads at once), so that the token
    // and sentence vectors keep their memory from one article to the next. The text layer
    // validates UTF-8 as it tokenizes.
    thread_local extract_internal::Document doc;
    if (absl::Status status = extract_internal::ValidateAndAnalyzeInto(text, lexicon_, &doc);
        !status.ok()) {
      ReleaseIfLarge(&doc);
      return status;
    }
    Extraction extraction = extract_internal::ExtractStatements(doc, lexicon_);
    ReleaseIfLarge(&doc);
    return extraction;
  }

 private:
  const Lexicon lexicon_;
};

}  // namespace

ExtractorOptions ExtractorOptions::Default() {
  ExtractorOptions options;
  options.lexicon_dir = DataDir() + "/lexicon";
  return options;
}

absl::StatusOr<std::unique_ptr<Extractor>> Extractor::Create(const ExtractorOptions& options) {
  if (options.lexicon_dir.empty()) {
    return absl::InvalidArgumentError(
        "ExtractorOptions::lexicon_dir is empty; use ExtractorOptions::Default()");
  }
  ASSIGN_OR_RETURN(Lexicon lexicon, Lexicon::Load(options.lexicon_dir));
  return std::unique_ptr<Extractor>(new RuleExtractor(std::move(lexicon)));
}

}  // namespace policy
