// Report specs and reports of `policyctl report`.
//
// A spec (policy.v1.ReportSpec, see proto/policy/v1/report.proto) is written in JSON (the
// protobuf JSON mapping; unknown fields are errors, so typos are caught) or YAML (converted to
// the same JSON). Example, YAML:
//
//   title: Innovation watch
//   thresholds: {z_score: 1.5, frame_share: 0.1}
//   sections:
//     - title: Innovation by company
//       compare:
//         topic: innovation
//         groupBy: GROUP_BY_ORGANIZATION
//         subjects: [Haier, JD, Gree, TCL]
//       frame_lexicon_file: frames.txt      # optional, relative to the spec
//
// Loading inlines lexicon files, so a loaded spec is self-contained; its hash is the SHA-256 of
// its JSON mapping, the same whichever syntax it was written in.
#ifndef POLICY_CLIENT_REPORT_SPEC_H_
#define POLICY_CLIENT_REPORT_SPEC_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "policy/v1/report.pb.h"

namespace policyctl {

// The Report.schema_version this client writes and reads.
inline constexpr int kReportSchemaVersion = 1;

enum class SpecSyntax { kAuto, kJson, kYaml };

// Parses spec text. kAuto picks JSON when the first non-blank character is '{', YAML otherwise.
// `origin` (a file name) prefixes error messages. Lexicon files are NOT inlined here.
// Errors: INVALID_ARGUMENT saying what is wrong and where.
absl::StatusOr<policy::v1::ReportSpec> ParseReportSpec(absl::string_view text,
                                                       absl::string_view origin,
                                                       SpecSyntax syntax = SpecSyntax::kAuto);

// Checks a parsed spec: at least one section, non-empty unique titles, lexicon options
// consistent, thresholds non-negative. INVALID_ARGUMENT naming the offending section.
absl::Status ValidateReportSpec(const policy::v1::ReportSpec& spec, absl::string_view origin);

// Reads, parses (syntax from the extension: .json, .yaml/.yml, else kAuto), validates and
// inlines `frame_lexicon_file`s (relative to the spec's directory). NOT_FOUND for a missing
// spec or lexicon file.
absl::StatusOr<policy::v1::ReportSpec> LoadReportSpec(const std::string& path);

// Hex SHA-256 (first 16 digits) of the spec's one-line JSON mapping.
std::string ReportSpecHash(const policy::v1::ReportSpec& spec);

// The report for `spec` from its section responses (same order as spec.sections()).
policy::v1::Report AssembleReport(const policy::v1::ReportSpec& spec,
                                  std::vector<policy::v1::CompareSpeakersResponse> responses,
                                  int64_t corpus_revision, absl::string_view server_version);

// Parses a report written by `policyctl report --format json`. INVALID_ARGUMENT when the text
// is not a Report or has another schema_version.
absl::StatusOr<policy::v1::Report> ParseReportJson(absl::string_view text,
                                                   absl::string_view origin);

}  // namespace policyctl

#endif  // POLICY_CLIENT_REPORT_SPEC_H_
