// The flags of `policyctl compare` and their translation into a CompareSpeakersRequest.
// Pure except for reading the --lexicon file.
//
//   CompareFlags flags;
//   flags.topic = "innovation";
//   flags.by = "organization";
//   flags.subjects = {"Haier", "JD"};
//   ASSIGN_OR_RETURN(policy::v1::CompareSpeakersRequest request, BuildCompareRequest(flags));
#ifndef POLICY_CLIENT_COMPARE_OPTIONS_H_
#define POLICY_CLIENT_COMPARE_OPTIONS_H_

#include <string>
#include "absl/strings/string_view.h"
#include <vector>

#include "absl/status/statusor.h"
#include "policy/v1/compare.pb.h"

namespace policyctl {

struct CompareFlags {
  std::string topic;
  std::string by;             // speaker|organization|role|outlet|article ("" = server default)
  std::string scope;          // statement|passage|article
  std::string since;          // YYYY-MM-DD
  std::string until;          // YYYY-MM-DD
  std::vector<std::string> outlets;
  std::vector<std::string> kinds;  // direct|indirect|mixed
  int terms = 0;              // 0 = server default
  int min_count = 0;
  int top = 0;
  int evidence = 0;
  bool unigrams_only = false;
  std::string lexicon_path;
  std::string lexicon_format;  // text|json|liwc; "" = from the file extension
  std::string bucket;          // month|quarter|year|none
  std::string background;      // others|corpus
  std::vector<std::string> subjects;
};

// Parsers for the enum-valued flags (case-insensitive). INVALID_ARGUMENT lists valid values.
absl::StatusOr<policy::v1::GroupBy> ParseGroupBy(absl::string_view name);
absl::StatusOr<policy::v1::TopicScope> ParseTopicScope(absl::string_view name);
absl::StatusOr<policy::v1::TimeBucket> ParseTimeBucket(absl::string_view name);
absl::StatusOr<policy::v1::Background> ParseBackground(absl::string_view name);
absl::StatusOr<policy::v1::LexiconFormat> ParseLexiconFormat(absl::string_view name);
// .json -> JSON, .dic -> LIWC, anything else -> TEXT.
policy::v1::LexiconFormat LexiconFormatForPath(absl::string_view path);

// The request for `flags`. Errors: INVALID_ARGUMENT for a bad enum value or date, NOT_FOUND if
// the lexicon file cannot be read.
absl::StatusOr<policy::v1::CompareSpeakersRequest> BuildCompareRequest(const CompareFlags& flags);

}  // namespace policyctl

#endif  // POLICY_CLIENT_COMPARE_OPTIONS_H_
