// Converts a YAML document (block or flow style; mappings, sequences, scalars) to JSON text so
// it can be parsed with protobuf's JSON mapping. Quoted scalars become JSON strings; plain
// scalars that read as numbers, true/false or null become JSON literals, all others strings.
// Anchors, aliases, tags and multiple documents are rejected.
//
//   ASSIGN_OR_RETURN(std::string json, YamlToJson("title: Weekly\nsections:\n  - title: A\n"));
#ifndef POLICY_CLIENT_REPORT_INTERNAL_YAML_TO_JSON_H_
#define POLICY_CLIENT_REPORT_INTERNAL_YAML_TO_JSON_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace policyctl::internal {

// True when YAML support was compiled in (libyaml found at build time).
bool YamlSupported();

// INVALID_ARGUMENT with "line L, column C: problem" for malformed YAML or unsupported
// features; UNIMPLEMENTED when built without libyaml.
absl::StatusOr<std::string> YamlToJson(absl::string_view yaml);

}  // namespace policyctl::internal

#endif  // POLICY_CLIENT_REPORT_INTERNAL_YAML_TO_JSON_H_
