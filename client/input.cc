#include "client/input.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <system_error>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/util/json_util.h"
#include "server/core/utf8.h"

namespace policyctl {
namespace fs = std::filesystem;

std::string InputProblem::ToString() const {
  if (line > 0) return absl::StrCat(origin, ":", line, ": ", message);
  return absl::StrCat(origin, ": ", message);
}

namespace {
// Articles must be UTF-8 (proto3 strings); catching it here names the file and byte instead of
// failing the whole stream.
absl::Status CheckUtf8(absl::string_view text) {
  const size_t bad = policy::FindInvalidUtf8(std::string_view(text.data(), text.size()));
  if (bad == std::string_view::npos) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      "not valid UTF-8 at byte ", bad, "; re-encode it as UTF-8 (e.g. iconv -f latin1 -t utf-8)"));
}
}  // namespace

absl::Status ParseArticleLine(absl::string_view line, policy::v1::Article* article) {
  article->Clear();
  if (auto s = CheckUtf8(line); !s.ok()) return s;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  auto status = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(line.data(), line.size()), article, options);
  if (!status.ok()) {
    // The parser's message may echo the input on further lines; keep its first line.
    std::string why = status.message().as_string();
    why = why.substr(0, why.find('\n'));
    return absl::InvalidArgumentError(absl::StrCat("not a JSON article object (", why, ")"));
  }
  return absl::OkStatus();
}

namespace {
bool IsArticleFile(const fs::path& path) {
  const std::string ext = absl::AsciiStrToLower(path.extension().string());
  return ext == ".txt" || ext == ".jsonl";
}
}  // namespace

absl::StatusOr<std::vector<std::string>> ExpandInputPaths(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    if (path == "-") {
      files.push_back(path);
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      return absl::NotFoundError(absl::StrCat(path, ": no such file or directory"));
    }
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied,
                                          ec);
      if (ec) return absl::PermissionDeniedError(absl::StrCat(path, ": ", ec.message()));
      for (const fs::directory_entry& entry : it) {
        if (entry.is_regular_file(ec) && IsArticleFile(entry.path())) {
          found.push_back(entry.path().string());
        }
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(path);
    }
  }
  return files;
}

absl::StatusOr<ArticleReader> ArticleReader::Open(const std::vector<std::string>& paths) {
  auto files = ExpandInputPaths(paths);
  if (!files.ok()) return files.status();
  ArticleReader reader;
  reader.files_ = *std::move(files);
  for (const std::string& file : reader.files_) {
    if (file == "-") continue;
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (!ec) reader.total_bytes_ += static_cast<int64_t>(size);
  }
  return reader;
}

ArticleReader ArticleReader::FromStream(std::istream* stream, std::string origin) {
  ArticleReader reader;
  reader.current_path_ = std::move(origin);
  reader.current_is_jsonl_ = true;
  reader.stream_ = stream;
  return reader;
}

bool ArticleReader::OpenNextFile() {
  while (next_file_ < files_.size()) {
    current_path_ = files_[next_file_++];
    line_number_ = 0;
    file_.reset();
    stream_ = nullptr;
    if (current_path_ == "-") {
      current_is_jsonl_ = true;
      stream_ = &std::cin;
      return true;
    }
    file_ = std::make_unique<std::ifstream>(current_path_, std::ios::binary);
    if (!*file_) {
      problems_.push_back({current_path_, 0, "cannot open file"});
      continue;
    }
    const std::string ext = absl::AsciiStrToLower(fs::path(current_path_).extension().string());
    current_is_jsonl_ = ext != ".txt";
    stream_ = file_.get();
    return true;
  }
  return false;
}

bool ArticleReader::Next(policy::v1::Article* article) {
  while (true) {
    if (stream_ == nullptr && !OpenNextFile()) return false;
    if (!current_is_jsonl_) {
      // A .txt file is one article; its id is the file name without extension.
      std::string text((std::istreambuf_iterator<char>(*stream_)),
                       std::istreambuf_iterator<char>());
      const bool failed = stream_->bad();
      std::error_code ec;
      const auto size = fs::file_size(current_path_, ec);
      finished_files_bytes_ += ec ? 0 : static_cast<int64_t>(size);
      consumed_bytes_ = finished_files_bytes_;
      stream_ = nullptr;
      if (failed) {
        problems_.push_back({current_path_, 0, "read error"});
        continue;
      }
      if (auto s = CheckUtf8(text); !s.ok()) {
        problems_.push_back({current_path_, 0, std::string(s.message())});
        continue;
      }
      article->Clear();
      article->set_id(fs::path(current_path_).stem().string());
      article->set_text(std::move(text));
      last_origin_ = current_path_;
      return true;
    }
    std::string line;
    if (!std::getline(*stream_, line)) {
      if (stream_->bad()) problems_.push_back({current_path_, line_number_ + 1, "read error"});
      if (file_ != nullptr) {
        std::error_code ec;
        const auto size = fs::file_size(current_path_, ec);
        finished_files_bytes_ += ec ? 0 : static_cast<int64_t>(size);
        consumed_bytes_ = finished_files_bytes_;
      }
      stream_ = nullptr;
      file_.reset();
      continue;  // the next file, if any (a FromStream reader has none)
    }
    ++line_number_;
    if (file_ != nullptr) consumed_bytes_ += static_cast<int64_t>(line.size()) + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (absl::StripAsciiWhitespace(line).empty()) continue;
    absl::Status status = ParseArticleLine(line, article);
    if (!status.ok()) {
      problems_.push_back({current_path_, line_number_, std::string(status.message())});
      continue;
    }
    last_origin_ = absl::StrCat(current_path_, ":", line_number_);
    return true;
  }
}

}  // namespace policyctl
