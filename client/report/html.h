// The HTML rendering of a Report: one self-contained page (inline CSS, inline SVG charts, no
// scripts, no external fonts, images or styles) that opens offline in any browser.
// Per section: a frame-share chart (class "chart frame-shares"), a distinctive-terms chart per
// subject with z-scores (class "chart terms"), the similarity heatmap (class "chart
// similarity", when there are two subjects or more) and the evidence statements.
// Deterministic: the same Report gives the same bytes.
//
//   WriteStringToFile("report.html", RenderReportHtml(report));
#ifndef POLICY_CLIENT_REPORT_HTML_H_
#define POLICY_CLIENT_REPORT_HTML_H_

#include <string>

#include "policy/v1/report.pb.h"

namespace policyctl {

std::string RenderReportHtml(const policy::v1::Report& report);

// Escapes `snippet` for HTML and turns the [[term]] marks of Evidence.snippet into <mark>.
std::string SnippetToHtml(const std::string& snippet);

}  // namespace policyctl

#endif  // POLICY_CLIENT_REPORT_HTML_H_
