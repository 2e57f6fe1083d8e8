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
#include "server/extract/internal/sections.h"
#include "server/extract/internal/text.h"

namespace policy {
namespace {

using extract_internal::Lexicon;

// Frees the memory of a reused document after an unusually long article (a few MB), so that
// one such article does not keep it for the life of the thread.
void ReleaseIfLarge(extract_internal::Document* doc) {
  constexpr size_t kMaxKeptTokens = size_t{1} << 20;  // 16 MiB of tokens
  // (word_ids, kept at the longest text's size in bytes: 8 MiB.)
  if (doc->tokens.capacity() > kMaxKeptTokens || doc->word_ids.size() > 4 * kMaxKeptTokens) {
    *doc = extract_internal::Document();
  }
}

class RuleExtractor final : public Extractor {
 public:
  RuleExtractor(Lexicon lexicon, size_t section_bytes)
      : lexicon_(std::move(lexicon)), section_bytes_(section_bytes) {}

  absl::StatusOr<Extraction> Extract(std::string_view text) const override {
    if (text.empty()) return Extraction{};
    // Token offsets are 32-bit: far beyond any article.
    if (text.size() >= std::numeric_limits<uint32_t>::max()) {
      return absl::InvalidArgumentError(
          absl::StrCat("text is ", text.size(), " bytes; split it into articles under 4 GiB"));
    }
    if (text.size() <= section_bytes_) return ExtractWhole(text, /*validate=*/true);
    // Validated once as a whole, so that an error gives the offset in the whole text.
    RETURN_IF_ERROR(extract_internal::ValidateUtf8(text));
    extract_internal::SectionJoiner joiner;
    for (const extract_internal::Section& section :
         extract_internal::SplitSections(text, section_bytes_)) {
      ASSIGN_OR_RETURN(Extraction part,
                       ExtractWhole(text.substr(section.begin, section.end - section.begin),
                                    /*validate=*/false));
      joiner.Append(std::move(part), section.begin);
    }
    return joiner.Take();
  }

 private:
  // `text` in one piece; with `validate`, it is checked to be UTF-8 as it is tokenized.
  absl::StatusOr<Extraction> ExtractWhole(std::string_view text, bool validate) const {
    // Per thread (Extract is const and may run on many threads at once), so that the token
    // and sentence vectors keep their memory from one article to the next.
    thread_local extract_internal::Document doc;
    if (validate) {
      if (absl::Status status = extract_internal::ValidateAndAnalyzeInto(text, lexicon_, &doc);
          !status.ok()) {
        ReleaseIfLarge(&doc);
        return status;
      }
    } else {
      extract_internal::AnalyzeInto(text, lexicon_, &doc);
    }
    Extraction extraction = extract_internal::ExtractStatements(doc, lexicon_);
    ReleaseIfLarge(&doc);
    return extraction;
  }

  const Lexicon lexicon_;
  const size_t section_bytes_;
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
  if (options.section_bytes == 0) {
    return absl::InvalidArgumentError(
        "ExtractorOptions::section_bytes is 0; leave the default of ExtractorOptions::Default()");
  }
  ASSIGN_OR_RETURN(Lexicon lexicon, Lexicon::Load(options.lexicon_dir));
  return std::unique_ptr<Extractor>(new RuleExtractor(std::move(lexicon), options.section_bytes));
}

}  // namespace policy
