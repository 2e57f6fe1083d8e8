// Reading articles for `ingest` and `analyze`: .txt files (one article, id = file stem),
// .jsonl files (one policy.v1.Article per line in the proto3 JSON mapping, e.g.
// {"id","title","source","url","published","text"}; unknown fields ignored), directories
// (searched recursively for .txt and .jsonl, in sorted path order) and "-" (JSONL on stdin).
//
// Text must be UTF-8. A malformed line or a file that is not UTF-8 never stops the read: it is recorded as an InputProblem ("file:line: why")
// and skipped, and the next line is read.
//
//   ASSIGN_OR_RETURN(ArticleReader reader, ArticleReader::Open({"corpus/", "extra.jsonl"}));
//   policy::v1::Article article;
//   while (reader.Next(&article)) Send(article);
//   for (const InputProblem& p : reader.problems()) std::cerr << p.ToString() << "\n";
#ifndef POLICY_CLIENT_INPUT_H_
#define POLICY_CLIENT_INPUT_H_

#include <cstdint>
#include <fstream>
#include <istream>
#include <memory>
#include <string>
#include "absl/strings/string_view.h"
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "policy/v1/resources.pb.h"

namespace policyctl {

// A line or file that could not be turned into an article.
struct InputProblem {
  std::string origin;  // file path ("-" for stdin)
  int64_t line = 0;    // 1-based line number; 0 for a whole file
  std::string message;
  // "origin:line: message" (or "origin: message" when line is 0).
  std::string ToString() const;
};

// Parses one JSONL line into `article` (protobuf JSON mapping, unknown fields ignored).
// INVALID_ARGUMENT with a readable reason when the line is not a JSON object of Article fields.
absl::Status ParseArticleLine(absl::string_view line, policy::v1::Article* article);

// Expands files and directories into the ordered list of input files. Directories contribute
// their .txt and .jsonl files recursively, sorted by path; explicit files are kept whatever
// their extension is (a non-.txt file is read as JSONL). NOT_FOUND for a missing path.
absl::StatusOr<std::vector<std::string>> ExpandInputPaths(const std::vector<std::string>& paths);

// Streams articles out of a list of inputs, one at a time (memory stays bounded by one file
// line or one .txt file). Not thread-safe.
class ArticleReader {
 public:
  // Expands `paths` (see ExpandInputPaths). Errors: NOT_FOUND for a missing path.
  static absl::StatusOr<ArticleReader> Open(const std::vector<std::string>& paths);
  // Reads JSONL from `stream` (not owned; must outlive the reader), reported as `origin`.
  static ArticleReader FromStream(std::istream* stream, std::string origin);

  ArticleReader(ArticleReader&&) = default;
  ArticleReader& operator=(ArticleReader&&) = default;

  // Fills `article` with the next article; false at the end of all inputs. Problems met on the
  // way (unreadable file, malformed line) are recorded and skipped.
  bool Next(policy::v1::Article* article);

  const std::vector<InputProblem>& problems() const { return problems_; }
  // Where the last article came from ("file:line" or "file"), for messages.
  const std::string& last_origin() const { return last_origin_; }
  // Bytes of the input files (stdin excluded) and how many of them were consumed so far: enough
  // for a progress bar.
  int64_t total_bytes() const { return total_bytes_; }
  int64_t consumed_bytes() const { return consumed_bytes_; }

 private:
  ArticleReader() = default;
  bool OpenNextFile();

  std::vector<std::string> files_;
  size_t next_file_ = 0;
  std::string current_path_;
  bool current_is_jsonl_ = false;
  std::unique_ptr<std::ifstream> file_;
  std::istream* stream_ = nullptr;  // the current JSONL stream (file_ or external)
  int64_t line_number_ = 0;
  std::vector<InputProblem> problems_;
  std::string last_origin_;
  int64_t total_bytes_ = 0;
  int64_t consumed_bytes_ = 0;
  int64_t finished_files_bytes_ = 0;
};

}  // namespace policyctl

#endif  // POLICY_CLIENT_INPUT_H_
