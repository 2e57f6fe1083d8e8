// Language resources of the comparison engine: the stopword list and the frame lexicon.
//
//   ASSIGN_OR_RETURN(StopwordList stopwords, StopwordList::LoadDefault());
//   ASSIGN_OR_RETURN(FrameLexicon lexicon, FrameLexicon::LoadDefault());
//   ASSIGN_OR_RETURN(FrameLexicon mine, FrameLexicon::Parse(text, LexiconFormat::kLiwc));
//
// Default files live in the data directory: $POLICY_DATA_DIR if set, else the compiled-in
// POLICY_SOURCE_DIR "/data"; they are data/frames/stopwords_en.txt and data/frames/default.txt.
// Lexicon formats are described in docs/compare.md.
//
// Values are immutable after construction and safe to share between threads.
#ifndef POLICY_SERVER_COMPARE_RESOURCES_H_
#define POLICY_SERVER_COMPARE_RESOURCES_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "server/core/data_dir.h"

namespace policy::compare {

// The data directory ($POLICY_DATA_DIR, else POLICY_SOURCE_DIR "/data").
using ::policy::DataDir;

// Words left out of term statistics and bigrams (they stay searchable and in snippets).
class StopwordList {
 public:
  StopwordList() = default;
  // One word per line, '#' comments, blank lines ignored; words are lower-cased.
  // INVALID_ARGUMENT naming the line when a line holds more than one word.
  static absl::StatusOr<StopwordList> Parse(absl::string_view text);
  // DataDir()/frames/stopwords_en.txt. NOT_FOUND when the file is missing.
  static absl::StatusOr<StopwordList> LoadDefault();

  // `lower_word` must already be lower-cased.
  bool Contains(absl::string_view lower_word) const { return words_.contains(lower_word); }
  size_t size() const { return words_.size(); }

 private:
  absl::flat_hash_set<std::string> words_;
};

enum class LexiconFormat { kText, kJson, kLiwc };

// Frame name -> trigger entries. An entry is one or more words separated by spaces; a word
// ending in '*' matches by prefix; an entry starting with '!' is an exclusion phrase (the words
// it covers do not count for the frame).
struct Frame {
  std::string name;
  std::string group;  // "policy", "innovation", "liwc", ... (shares are computed per group)
  std::vector<std::string> entries;
};

class FrameLexicon {
 public:
  FrameLexicon() = default;
  // INVALID_ARGUMENT naming the line (TEXT, LIWC) or the JSON path when the text is malformed,
  // a frame is declared twice, or the lexicon has no frame at all.
  static absl::StatusOr<FrameLexicon> Parse(absl::string_view text, LexiconFormat format);
  // DataDir()/frames/default.txt (TEXT format). NOT_FOUND when missing.
  static absl::StatusOr<FrameLexicon> LoadDefault();

  const std::vector<Frame>& frames() const { return frames_; }
  // A canonical text form (TEXT format, one entry per line) independent of the input format
  // and of comments and whitespace: what the lexicon hash is computed over.
  const std::string& canonical_text() const { return canonical_text_; }
  // First 16 hex digits of SHA-256 over canonical_text().
  const std::string& hash() const { return hash_; }

 private:
  explicit FrameLexicon(std::vector<Frame> frames);
  std::vector<Frame> frames_;
  std::string canonical_text_;
  std::string hash_;
};

}  // namespace policy::compare

#endif  // POLICY_SERVER_COMPARE_RESOURCES_H_
