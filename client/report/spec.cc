#include "client/report/spec.h"

#include <filesystem>
#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "client/cli_common.h"
#include "client/compare_options.h"
#include "client/report/internal/yaml_to_json.h"
#include "google/protobuf/util/json_util.h"
#include "server/core/sha256.h"

namespace policyctl {
namespace {

absl::Status ParseJsonInto(absl::string_view json, google::protobuf::Message* message,
                           absl::string_view origin, absl::string_view what) {
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;  // a misspelt field is an error, not a silent default
  auto status = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(json.data(), json.size()), message, options);
  if (!status.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(origin, ": not a valid ", what, ": ", status.message().as_string()));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<policy::v1::ReportSpec> ParseReportSpec(absl::string_view text,
                                                       absl::string_view origin,
                                                       SpecSyntax syntax) {
  if (syntax == SpecSyntax::kAuto) {
    absl::string_view stripped = absl::StripLeadingAsciiWhitespace(text);
    syntax = !stripped.empty() && stripped[0] == '{' ? SpecSyntax::kJson : SpecSyntax::kYaml;
  }
  std::string json;
  if (syntax == SpecSyntax::kYaml) {
    auto converted = internal::YamlToJson(text);
    if (!converted.ok()) {
      return absl::Status(converted.status().code(),
                          absl::StrCat(origin, ": ", converted.status().message()));
    }
    json = *std::move(converted);
  } else {
    json = std::string(text);
  }
  policy::v1::ReportSpec spec;
  if (auto s = ParseJsonInto(json, &spec, origin, "report spec (see docs/cli.md)"); !s.ok()) {
    return s;
  }
  return spec;
}

absl::Status ValidateReportSpec(const policy::v1::ReportSpec& spec, absl::string_view origin) {
  if (spec.sections().empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        origin, ": the spec has no sections; add sections: [{title: ..., compare: {topic: ...}}]"));
  }
  std::set<std::string> titles;
  for (int i = 0; i < spec.sections_size(); ++i) {
    const auto& section = spec.sections(i);
    const std::string where = absl::StrCat(origin, ": section ", i + 1);
    if (section.title().empty()) {
      return absl::InvalidArgumentError(absl::StrCat(where, " has no title"));
    }
    if (!titles.insert(section.title()).second) {
      return absl::InvalidArgumentError(absl::StrCat(
          where, ": title \"", section.title(),
          "\" is used twice; titles identify sections in a diff, so they must be unique"));
    }
    if (!section.frame_lexicon_file().empty() && !section.compare().frame_lexicon().empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          where, " (\"", section.title(),
          "\") sets both frame_lexicon_file and compare.frameLexicon; keep one"));
    }
    if (!section.compare().frame_lexicon().empty() &&
        section.compare().frame_lexicon_format() == policy::v1::LEXICON_FORMAT_UNSPECIFIED) {
      return absl::InvalidArgumentError(absl::StrCat(
          where, " (\"", section.title(), "\") sets compare.frameLexicon without "
          "compare.frameLexiconFormat (LEXICON_FORMAT_TEXT, _JSON or _LIWC)"));
    }
  }
  const auto& t = spec.thresholds();
  if ((t.has_top_k() && t.top_k() < 0) || (t.has_z_score() && t.z_score() < 0) ||
      (t.has_frame_share() && t.frame_share() < 0) ||
      (t.has_similarity() && t.similarity() < 0) ||
      (t.has_matched_statements() && t.matched_statements() < 0)) {
    return absl::InvalidArgumentError(
        absl::StrCat(origin, ": thresholds must not be negative"));
  }
  return absl::OkStatus();
}

absl::StatusOr<policy::v1::ReportSpec> LoadReportSpec(const std::string& path) {
  auto text = ReadFileToString(path);
  if (!text.ok()) return absl::NotFoundError(absl::StrCat("report spec ", text.status().message()));
  const std::string ext =
      absl::AsciiStrToLower(std::filesystem::path(path).extension().string());
  const SpecSyntax syntax = ext == ".json"                    ? SpecSyntax::kJson
                            : ext == ".yaml" || ext == ".yml" ? SpecSyntax::kYaml
                                                              : SpecSyntax::kAuto;
  auto spec = ParseReportSpec(*text, path, syntax);
  if (!spec.ok()) return spec.status();
  if (auto s = ValidateReportSpec(*spec, path); !s.ok()) return s;
  const std::filesystem::path dir = std::filesystem::path(path).parent_path();
  for (auto& section : *spec->mutable_sections()) {
    if (section.frame_lexicon_file().empty()) continue;
    std::filesystem::path lexicon(section.frame_lexicon_file());
    if (lexicon.is_relative()) lexicon = dir / lexicon;
    auto contents = ReadFileToString(lexicon.string());
    if (!contents.ok()) {
      return absl::NotFoundError(absl::StrCat(path, ": section \"", section.title(),
                                              "\": frame_lexicon_file: ",
                                              contents.status().message()));
    }
    section.mutable_compare()->set_frame_lexicon(*std::move(contents));
    if (section.compare().frame_lexicon_format() == policy::v1::LEXICON_FORMAT_UNSPECIFIED) {
      section.mutable_compare()->set_frame_lexicon_format(
          LexiconFormatForPath(section.frame_lexicon_file()));
    }
    section.clear_frame_lexicon_file();
  }
  return spec;
}

std::string ReportSpecHash(const policy::v1::ReportSpec& spec) {
  const std::string json = ToJsonLine(spec);
  return policy::Sha256Hex(std::string_view(json.data(), json.size())).substr(0, 16);
}

policy::v1::Report AssembleReport(const policy::v1::ReportSpec& spec,
                                  std::vector<policy::v1::CompareSpeakersResponse> responses,
                                  int64_t corpus_revision, absl::string_view server_version) {
  policy::v1::Report report;
  report.set_schema_version(kReportSchemaVersion);
  report.set_title(spec.title().empty() ? "Policy comparison report" : spec.title());
  report.set_corpus_revision(corpus_revision);
  report.set_spec_hash(ReportSpecHash(spec));
  report.set_server_version(std::string(server_version));
  report.set_client_version(POLICY_VERSION);
  if (spec.has_thresholds()) *report.mutable_thresholds() = spec.thresholds();
  for (int i = 0; i < spec.sections_size(); ++i) {
    policy::v1::ReportSection* section = report.add_sections();
    section->set_title(spec.sections(i).title());
    *section->mutable_request() = spec.sections(i).compare();
    if (static_cast<size_t>(i) < responses.size()) {
      *section->mutable_response() = std::move(responses[i]);
    }
  }
  return report;
}

absl::StatusOr<policy::v1::Report> ParseReportJson(absl::string_view text,
                                                   absl::string_view origin) {
  policy::v1::Report report;
  if (auto s = ParseJsonInto(text, &report, origin,
                             "report (write one with policyctl report --format json)");
      !s.ok()) {
    return s;
  }
  if (report.schema_version() != kReportSchemaVersion) {
    return absl::InvalidArgumentError(absl::StrCat(
        origin, ": report schema version ", report.schema_version(), " is not supported (this ",
        "policyctl reads version ", kReportSchemaVersion, ")"));
  }
  return report;
}

}  // namespace policyctl
