// `policyctl diff`: what changed between two reports (report.proto's Report), and whether any
// change exceeds the drift thresholds.
//
// Sections are matched by title, subjects by key. Reported changes: sections added/removed,
// subjects appeared/vanished, terms entering/leaving a subject's top-k (by stem; the top-k
// holds the first k terms with z >= top_k_min_z), z-scores
// moving more than `z_score`, frame shares moving more than `frame_share`, cosine similarities
// moving more than `similarity`, and every change in matched statements (drift only beyond
// `matched_statements`, when set). Structural changes (appeared, vanished, entered, left,
// sections added/removed) are always drift.
//
//   ReportDiff diff = DiffReports(old_report, new_report, flag_thresholds);
//   std::cout << RenderDiff(diff, OutputFormat::kTable);
//   return DiffExitCode(diff);   // 0 = no drift, kExitDrift = drift
#ifndef POLICY_CLIENT_DIFF_H_
#define POLICY_CLIENT_DIFF_H_

#include <string>

#include "client/cli_common.h"
#include "policy/v1/report.pb.h"

namespace policyctl {

// Defaults: top_k 10, top_k_min_z 1.96, z_score 1.0, frame_share 0.05, similarity 0.05,
// matched_statements unset (unlimited).
inline constexpr int kDefaultTopK = 10;
inline constexpr double kDefaultTopKMinZ = 1.96;
inline constexpr double kDefaultZTolerance = 1.0;
inline constexpr double kDefaultShareTolerance = 0.05;
inline constexpr double kDefaultSimilarityTolerance = 0.05;

// `overrides` fields that are set win over `base` (the report's spec thresholds); what is
// still unset gets the defaults above (matched_statements stays unset = unlimited).
policy::v1::DiffThresholds ResolveThresholds(const policy::v1::DiffThresholds& base,
                                             const policy::v1::DiffThresholds& overrides);

// Compares `old_report` with `new_report`. Thresholds: `new_report.thresholds()` overridden by
// `overrides`, then the defaults.
policy::v1::ReportDiff DiffReports(const policy::v1::Report& old_report,
                                   const policy::v1::Report& new_report,
                                   const policy::v1::DiffThresholds& overrides);

// kTable: a summary line and a table of changes (drift marked "!"); kMarkdown: the same as
// Markdown; kCsv: one row per change; kJson: the ReportDiff in the JSON mapping.
std::string RenderDiff(const policy::v1::ReportDiff& diff, OutputFormat format);

// kExitOk when no change is drift, else kExitDrift.
int DiffExitCode(const policy::v1::ReportDiff& diff);

}  // namespace policyctl

#endif  // POLICY_CLIENT_DIFF_H_
