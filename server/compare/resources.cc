#include "server/compare/resources.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "server/compare/internal/text.h"
#include "server/core/sha256.h"
#include "server/core/status_macros.h"

namespace policy::compare {
namespace {

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(absl::StrCat(
        "cannot read ", path, "; set POLICY_DATA_DIR to the directory that holds frames/"));
  }
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

std::string CollapseSpaces(absl::string_view text) {
  return absl::StrJoin(absl::StrSplit(text, absl::ByAnyChar(" \t"), absl::SkipEmpty()), " ");
}

// Checks one entry: words separated by spaces, '*' only at the end of a word, every word with
// at least one letter or digit. `where` prefixes the error ("line 12", "frames[0].terms[3]").
absl::Status ValidateEntry(absl::string_view entry, absl::string_view where) {
  absl::string_view body = entry;
  absl::ConsumePrefix(&body, "!");
  if (body.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(where, ": empty lexicon entry"));
  }
  for (absl::string_view word : absl::StrSplit(body, ' ', absl::SkipEmpty())) {
    absl::string_view stem = word;
    absl::ConsumeSuffix(&stem, "*");
    if (stem.find('*') != absl::string_view::npos) {
      return absl::InvalidArgumentError(absl::StrCat(
          where, ": '*' is only allowed at the end of a word, found '", word, "'"));
    }
    if (internal::Tokenize(stem).empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, ": '", word, "' has no letter or digit to match"));
    }
  }
  return absl::OkStatus();
}

class LexiconBuilder {
 public:
  absl::Status AddFrame(std::string name, std::string group, absl::string_view where) {
    name = CollapseSpaces(name);
    if (name.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(where, ": frame name is empty"));
    }
    if (!index_.emplace(absl::AsciiStrToLower(name), frames_.size()).second) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, ": frame '", name, "' is declared twice; merge its entries"));
    }
    frames_.push_back(Frame{std::move(name), group.empty() ? "default" : std::move(group), {}});
    return absl::OkStatus();
  }
  absl::Status AddEntry(size_t frame, absl::string_view entry, absl::string_view where) {
    std::string normalised = CollapseSpaces(entry);
    RETURN_IF_ERROR(ValidateEntry(normalised, where));
    frames_[frame].entries.push_back(std::move(normalised));
    return absl::OkStatus();
  }
  size_t size() const { return frames_.size(); }
  std::vector<Frame> Finish() && { return std::move(frames_); }

 private:
  std::vector<Frame> frames_;
  absl::flat_hash_map<std::string, size_t> index_;
};

absl::StatusOr<std::vector<Frame>> ParseText(absl::string_view text) {
  LexiconBuilder builder;
  std::string group = "default";
  int line_number = 0;
  for (absl::string_view raw : absl::StrSplit(text, '\n')) {
    ++line_number;
    const std::string where = absl::StrCat("line ", line_number);
    absl::string_view line = absl::StripAsciiWhitespace(raw);
    if (line.empty() || line[0] == '#') continue;
    if (absl::ConsumePrefix(&line, "@group")) {
      std::string name = CollapseSpaces(absl::StripAsciiWhitespace(line));
      if (name.empty()) {
        return absl::InvalidArgumentError(absl::StrCat(where, ": '@group' needs a name"));
      }
      group = std::move(name);
      continue;
    }
    if (line[0] == '[') {
      if (line.back() != ']') {
        return absl::InvalidArgumentError(
            absl::StrCat(where, ": frame header must end with ']', e.g. [Economic]"));
      }
      RETURN_IF_ERROR(builder.AddFrame(std::string(line.substr(1, line.size() - 2)), group, where));
      continue;
    }
    if (builder.size() == 0) {
      return absl::InvalidArgumentError(absl::StrCat(
          where, ": entry '", line, "' comes before any [Frame name] header"));
    }
    RETURN_IF_ERROR(builder.AddEntry(builder.size() - 1, line, where));
  }
  return std::move(builder).Finish();
}

absl::StatusOr<std::vector<Frame>> ParseJson(absl::string_view text) {
  google::protobuf::Struct root;
  const auto parsed = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(text.data(), text.size()), &root);
  if (!parsed.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("lexicon is not valid JSON: ", parsed.message().as_string()));
  }
  const auto frames_it = root.fields().find("frames");
  if (frames_it == root.fields().end() || !frames_it->second.has_list_value()) {
    return absl::InvalidArgumentError(
        "lexicon JSON needs a \"frames\" array: {\"frames\": [{\"name\": ..., \"terms\": [...]}]}");
  }
  LexiconBuilder builder;
  const auto& frames = frames_it->second.list_value().values();
  for (int i = 0; i < frames.size(); ++i) {
    const std::string where = absl::StrCat("frames[", i, "]");
    if (!frames[i].has_struct_value()) {
      return absl::InvalidArgumentError(absl::StrCat(where, ": must be an object"));
    }
    const auto& fields = frames[i].struct_value().fields();
    auto string_field = [&](const char* key) -> std::string {
      auto it = fields.find(key);
      return it != fields.end() && it->second.kind_case() == google::protobuf::Value::kStringValue
                 ? it->second.string_value()
                 : std::string();
    };
    const std::string name = string_field("name");
    if (name.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(where, ".name: a non-empty string is required"));
    }
    RETURN_IF_ERROR(builder.AddFrame(name, string_field("group"), where));
    auto terms = fields.find("terms");
    if (terms == fields.end()) continue;
    if (!terms->second.has_list_value()) {
      return absl::InvalidArgumentError(absl::StrCat(where, ".terms: must be an array of strings"));
    }
    const auto& values = terms->second.list_value().values();
    for (int j = 0; j < values.size(); ++j) {
      const std::string term_where = absl::StrCat(where, ".terms[", j, "]");
      if (values[j].kind_case() != google::protobuf::Value::kStringValue) {
        return absl::InvalidArgumentError(absl::StrCat(term_where, ": must be a string"));
      }
      RETURN_IF_ERROR(builder.AddEntry(builder.size() - 1, values[j].string_value(), term_where));
    }
  }
  return std::move(builder).Finish();
}

// LIWC .dic: "%" / "id<TAB>name" lines / "%" / "term<TAB>id id ..." lines.
absl::StatusOr<std::vector<Frame>> ParseLiwc(absl::string_view text) {
  LexiconBuilder builder;
  absl::flat_hash_map<std::string, size_t> category_frame;
  int section = 0;  // 0 before the first '%', 1 in the category table, 2 in the entries
  int line_number = 0;
  for (absl::string_view raw : absl::StrSplit(text, '\n')) {
    ++line_number;
    const std::string where = absl::StrCat("line ", line_number);
    absl::string_view line = absl::StripAsciiWhitespace(raw);
    if (line.empty()) continue;
    if (line == "%") {
      if (section == 2) {
        return absl::InvalidArgumentError(absl::StrCat(where, ": a third '%' line; a LIWC .dic has "
                                                       "one category table between two '%' lines"));
      }
      ++section;
      continue;
    }
    if (section == 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, ": a LIWC .dic starts with a '%' line before the category table"));
    }
    std::vector<absl::string_view> fields =
        absl::StrSplit(line, absl::ByAnyChar(" \t"), absl::SkipEmpty());
    if (section == 1) {
      int id = 0;
      if (fields.size() < 2 || !absl::SimpleAtoi(fields[0], &id)) {
        return absl::InvalidArgumentError(absl::StrCat(
            where, ": a category line is '<number> <name>', found '", line, "'"));
      }
      std::vector<absl::string_view> name_parts(fields.begin() + 1, fields.end());
      RETURN_IF_ERROR(builder.AddFrame(absl::StrJoin(name_parts, " "), "liwc", where));
      category_frame[std::string(fields[0])] = builder.size() - 1;
      continue;
    }
    // An entry: leading words are the term, trailing numbers the categories.
    size_t first_category = fields.size();
    while (first_category > 0) {
      int id = 0;
      if (!absl::SimpleAtoi(fields[first_category - 1], &id)) break;
      --first_category;
    }
    if (first_category == 0 || first_category == fields.size()) {
      if (line.find('(') != absl::string_view::npos) {
        return absl::InvalidArgumentError(absl::StrCat(
            where, ": conditional LIWC entries ('", line, "') are not supported; remove the line"));
      }
      return absl::InvalidArgumentError(absl::StrCat(
          where, ": an entry is '<term> <category number> ...', found '", line, "'"));
    }
    std::vector<absl::string_view> term_parts(fields.begin(), fields.begin() + first_category);
    const std::string term = absl::StrJoin(term_parts, " ");
    if (term.find('(') != std::string::npos || term.find('/') != std::string::npos) {
      return absl::InvalidArgumentError(absl::StrCat(
          where, ": conditional LIWC entries ('", line, "') are not supported; remove the line"));
    }
    for (size_t k = first_category; k < fields.size(); ++k) {
      auto it = category_frame.find(std::string(fields[k]));
      if (it == category_frame.end()) {
        return absl::InvalidArgumentError(absl::StrCat(
            where, ": category ", fields[k], " is not in the category table"));
      }
      RETURN_IF_ERROR(builder.AddEntry(it->second, term, where));
    }
  }
  if (section < 2) {
    return absl::InvalidArgumentError(
        "LIWC .dic: the category table must be closed by a second '%' line");
  }
  return std::move(builder).Finish();
}

}  // namespace

absl::StatusOr<StopwordList> StopwordList::Parse(absl::string_view text) {
  StopwordList list;
  int line_number = 0;
  for (absl::string_view raw : absl::StrSplit(text, '\n')) {
    ++line_number;
    absl::string_view line = absl::StripAsciiWhitespace(raw);
    if (line.empty() || line[0] == '#') continue;
    if (line.find_first_of(" \t") != absl::string_view::npos) {
      return absl::InvalidArgumentError(absl::StrCat(
          "stopwords line ", line_number, ": one word per line, found '", line, "'"));
    }
    list.words_.insert(absl::AsciiStrToLower(line));
  }
  return list;
}

absl::StatusOr<StopwordList> StopwordList::LoadDefault() {
  ASSIGN_OR_RETURN(std::string text, ReadFile(DataDir() + "/frames/stopwords_en.txt"));
  return Parse(text);
}

FrameLexicon::FrameLexicon(std::vector<Frame> frames) : frames_(std::move(frames)) {
  std::string current_group;
  for (const Frame& frame : frames_) {
    if (frame.group != current_group) {
      absl::StrAppend(&canonical_text_, "@group ", frame.group, "\n");
      current_group = frame.group;
    }
    absl::StrAppend(&canonical_text_, "[", frame.name, "]\n");
    for (const std::string& entry : frame.entries) absl::StrAppend(&canonical_text_, entry, "\n");
  }
  hash_ = Sha256Hex(canonical_text_).substr(0, 16);
}

absl::StatusOr<FrameLexicon> FrameLexicon::Parse(absl::string_view text, LexiconFormat format) {
  std::vector<Frame> frames;
  switch (format) {
    case LexiconFormat::kText: {
      ASSIGN_OR_RETURN(frames, ParseText(text));
      break;
    }
    case LexiconFormat::kJson: {
      ASSIGN_OR_RETURN(frames, ParseJson(text));
      break;
    }
    case LexiconFormat::kLiwc: {
      ASSIGN_OR_RETURN(frames, ParseLiwc(text));
      break;
    }
  }
  if (frames.empty()) {
    return absl::InvalidArgumentError("frame lexicon defines no frame");
  }
  return FrameLexicon(std::move(frames));
}

absl::StatusOr<FrameLexicon> FrameLexicon::LoadDefault() {
  ASSIGN_OR_RETURN(std::string text, ReadFile(DataDir() + "/frames/default.txt"));
  return Parse(text, LexiconFormat::kText);
}

}  // namespace policy::compare
