// Mapping from an extraction (server/core/model.h, what policy::Extractor returns) to policy.v1
// messages, for a caller that has not stored the article: AnalyzeArticles in the service and
// the policy-extract tool. Owned by the extract area; no gRPC and no storage inside.
//
//   ASSIGN_OR_RETURN(Extraction extraction, extractor->Extract(text));
//   v1::AnalyzedArticle analyzed;
//   analyzed.set_id(id);
//   ExtractionToProto(extraction, text, &analyzed);
//
// Thread safety: plain functions without shared state.
#ifndef POLICY_SERVER_SERVICE_EXTRACTION_MAPPING_H_
#define POLICY_SERVER_SERVICE_EXTRACTION_MAPPING_H_

#include "absl/strings/string_view.h"
#include "policy/v1/policy_service.pb.h"
#include "server/core/model.h"

namespace policy {

v1::StatementKind ToProto(StatementKind kind);
v1::SpeakerKind ToProto(SpeakerKind kind);
void ToProto(Span span, v1::TextSpan* out);

// One statement of `extraction`, extracted from `text`. Speakers are resolved in the article
// only, so speaker.name is empty; `ordinal` is the statement's position in the article.
void ToProto(const Extraction& extraction, const ExtractedStatement& statement, int ordinal,
             absl::string_view text, v1::Statement* out);

// Appends every statement of `extraction` to `out`'s statements, in order (ordinals from 0).
// `out`'s id and error fields are the caller's.
void ExtractionToProto(const Extraction& extraction, absl::string_view text,
                       v1::AnalyzedArticle* out);

}  // namespace policy

#endif  // POLICY_SERVER_SERVICE_EXTRACTION_MAPPING_H_
