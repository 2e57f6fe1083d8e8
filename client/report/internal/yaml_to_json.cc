#include "client/report/internal/yaml_to_json.h"

#include <memory>
#include <vector>

#include "absl/strings/str_cat.h"
#include "client/format.h"

#ifdef POLICYCTL_HAVE_YAML
#include <yaml.h>
#endif

namespace policyctl::internal {

#ifndef POLICYCTL_HAVE_YAML

bool YamlSupported() { return false; }

absl::StatusOr<std::string> YamlToJson(absl::string_view) {
  return absl::UnimplementedError(
      "this policyctl was built without libyaml; write the spec in JSON (or install "
      "libyaml-dev and rebuild)");
}

#else

bool YamlSupported() { return true; }

namespace {

bool IsJsonNumber(absl::string_view s) {
  size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  if (i >= s.size()) return false;
  if (s[i] == '0') {
    ++i;
  } else if (s[i] >= '1' && s[i] <= '9') {
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  } else {
    return false;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (i >= s.size() || !(s[i] >= '0' && s[i] <= '9')) return false;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (i >= s.size() || !(s[i] >= '0' && s[i] <= '9')) return false;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  }
  return i == s.size();
}

std::string ScalarToJson(absl::string_view value, bool plain) {
  if (plain) {
    if (value == "true" || value == "false" || value == "null") return std::string(value);
    if (value == "~" || value.empty()) return "null";
    if (IsJsonNumber(value)) return std::string(value);
  }
  return JsonQuote(value);
}

// Owns a yaml_parser_t for the lifetime of one conversion.
class Parser {
 public:
  explicit Parser(absl::string_view text) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
  }
  ~Parser() {
    if (have_event_) yaml_event_delete(&event_);
    yaml_parser_delete(&parser_);
  }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  // Converts the whole stream (exactly one document) to JSON.
  absl::StatusOr<std::string> Convert() {
    std::string out;
    // STREAM-START
    if (!Next()) return Error();
    if (event_.type != YAML_STREAM_START_EVENT) return Problem("expected a YAML stream");
    if (!Next()) return Error();
    if (event_.type == YAML_STREAM_END_EVENT) return Problem("the document is empty");
    if (event_.type != YAML_DOCUMENT_START_EVENT) return Problem("expected a document");
    if (!Next()) return Error();
    if (auto s = Node(&out); !s.ok()) return s;
    if (!Next()) return Error();
    if (event_.type != YAML_DOCUMENT_END_EVENT) return Problem("expected the end of the document");
    if (!Next()) return Error();
    if (event_.type != YAML_STREAM_END_EVENT) {
      return Problem("more than one YAML document; a spec is a single document");
    }
    return out;
  }

 private:
  bool Next() {
    if (have_event_) yaml_event_delete(&event_);
    have_event_ = yaml_parser_parse(&parser_, &event_) == 1;
    return have_event_;
  }

  absl::Status Error() const {
    return absl::InvalidArgumentError(
        absl::StrCat("YAML line ", parser_.problem_mark.line + 1, ", column ",
                     parser_.problem_mark.column + 1, ": ",
                     parser_.problem != nullptr ? parser_.problem : "syntax error",
                     parser_.context != nullptr ? absl::StrCat(" ", parser_.context) : ""));
  }

  absl::Status Problem(absl::string_view what) const {
    return absl::InvalidArgumentError(absl::StrCat("YAML line ", event_.start_mark.line + 1,
                                                   ", column ", event_.start_mark.column + 1,
                                                   ": ", what));
  }

  // Converts the node that starts at the current event; leaves the parser on its last event.
  absl::Status Node(std::string* out) {
    switch (event_.type) {
      case YAML_ALIAS_EVENT:
        return Problem("aliases (*name) are not supported in a spec");
      case YAML_SCALAR_EVENT: {
        if (event_.data.scalar.anchor != nullptr) return Problem("anchors (&name) are not supported");
        absl::string_view value(reinterpret_cast<const char*>(event_.data.scalar.value),
                                event_.data.scalar.length);
        const bool plain = event_.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        absl::StrAppend(out, ScalarToJson(value, plain));
        return absl::OkStatus();
      }
      case YAML_SEQUENCE_START_EVENT: {
        if (event_.data.sequence_start.anchor != nullptr) {
          return Problem("anchors (&name) are not supported");
        }
        *out += "[";
        bool first = true;
        while (true) {
          if (!Next()) return Error();
          if (event_.type == YAML_SEQUENCE_END_EVENT) break;
          if (!first) *out += ",";
          first = false;
          if (auto s = Node(out); !s.ok()) return s;
        }
        *out += "]";
        return absl::OkStatus();
      }
      case YAML_MAPPING_START_EVENT: {
        if (event_.data.mapping_start.anchor != nullptr) {
          return Problem("anchors (&name) are not supported");
        }
        *out += "{";
        bool first = true;
        while (true) {
          if (!Next()) return Error();
          if (event_.type == YAML_MAPPING_END_EVENT) break;
          if (event_.type != YAML_SCALAR_EVENT) return Problem("mapping keys must be plain text");
          absl::string_view key(reinterpret_cast<const char*>(event_.data.scalar.value),
                                event_.data.scalar.length);
          absl::StrAppend(out, first ? "" : ",", JsonQuote(key), ":");
          first = false;
          if (!Next()) return Error();
          if (auto s = Node(out); !s.ok()) return s;
        }
        *out += "}";
        return absl::OkStatus();
      }
      default:
        return Problem("unexpected YAML event");
    }
  }

  yaml_parser_t parser_;
  yaml_event_t event_{};
  bool have_event_ = false;
};

}  // namespace

absl::StatusOr<std::string> YamlToJson(absl::string_view yaml) {
  Parser parser(yaml);
  return parser.Convert();
}

#endif  // POLICYCTL_HAVE_YAML

}  // namespace policyctl::internal
