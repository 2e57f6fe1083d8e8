// The Markdown rendering of a Report: a header (title, corpus revision, spec hash, versions),
// then per section its request in words and the comparison (compare_format.h's Markdown).
// Deterministic: the same Report gives the same bytes.
//
//   std::string md = RenderReportMarkdown(report);
#ifndef POLICY_CLIENT_REPORT_MARKDOWN_H_
#define POLICY_CLIENT_REPORT_MARKDOWN_H_

#include <string>

#include "policy/v1/report.pb.h"

namespace policyctl {

std::string RenderReportMarkdown(const policy::v1::Report& report);

// One line describing a request: "topic innovation · by organization · subjects Haier, JD".
std::string DescribeRequest(const policy::v1::CompareSpeakersRequest& request);

}  // namespace policyctl

#endif  // POLICY_CLIENT_REPORT_MARKDOWN_H_
