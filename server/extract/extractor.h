// Extractor: turns one article's text into attributed statements (who said what, where).
//
// It finds direct quotes, reported speech ("Zhou said the industrial internet ...") and mixed
// statements, resolves each to a speaker within the article (name, roles, organizations), and
// keeps exact UTF-8 byte offsets into the original text. It knows nothing of gRPC or storage.
//
//   auto extractor = policy::Extractor::Create(policy::ExtractorOptions::Default());
//   if (!extractor.ok()) { ... }
//   absl::StatusOr<policy::Extraction> result = (*extractor)->Extract(text);
//
// Thread safety: an Extractor is immutable after Create(); Extract() may be called from any
// number of threads at once.
//
// Output conventions: statements are ordered by content.begin; content spans exclude quote
// marks and the attribution. A speaker's organizations are canonical names, employer first:
// organizations[0] is the primary one (the one `policyctl analyze` prints). Every speaker
// returned speaks at least one of the statements. Design, lexicon
// files and measured scores: docs/extraction.md.
#ifndef POLICY_SERVER_EXTRACT_EXTRACTOR_H_
#define POLICY_SERVER_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "server/core/model.h"

namespace policy {

struct ExtractorOptions {
  // Directory holding the lexicon data files (cue verbs, noun cues, organization aliases,
  // titles). Default: $POLICY_DATA_DIR/lexicon if set, else <source dir>/data/lexicon.
  std::string lexicon_dir;
  // A text longer than this is extracted in sections of at most this many bytes, cut at
  // paragraph breaks, and the sections' speakers of the same name joined: resolution within
  // an article costs time in the square of its length, and a pasted transcript or report of
  // megabytes must not hold a thread for seconds. Far above any news article (the default
  // is 256 KiB, seven times the longest article of the evaluation set), so articles are
  // extracted whole. Must be > 0.
  size_t section_bytes = size_t{256} << 10;

  static ExtractorOptions Default();
};

class Extractor {
 public:
  virtual ~Extractor() = default;

  // Loads the lexicons once. Errors: NOT_FOUND if a lexicon file is missing,
  // INVALID_ARGUMENT if one is malformed (the message names file and line) or if
  // options.section_bytes is 0.
  static absl::StatusOr<std::unique_ptr<Extractor>> Create(const ExtractorOptions& options);

  // Extracts the statements of one article. Errors: INVALID_ARGUMENT if `text` is not valid
  // UTF-8 (the message gives the byte offset). Empty text yields an empty Extraction.
  // Time is linear in the text's length beyond ExtractorOptions::section_bytes.
  virtual absl::StatusOr<Extraction> Extract(std::string_view text) const = 0;
};

}  // namespace policy

#endif  // POLICY_SERVER_EXTRACT_EXTRACTOR_H_
