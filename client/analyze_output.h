// The output line of `policyctl analyze`: the evaluation contract of
// ../shared/eval/score.py. One line per article, keys in this order, UTF-8 byte offsets:
//
//   {"id": "a1", "statements": [{"begin": 0, "end": 12, "speaker": "Zhou Yunjie",
//    "organization": "Haier", "kind": "direct", "cue": "said", "text": "..."}]}
//
// speaker is the statement's speaker.display_name (null when empty); organization is the first
// of speaker.organizations (null when none); kind is direct|indirect|mixed (null if unset);
// cue is the cue text ("" when none); text is the statement content.
#ifndef POLICY_CLIENT_ANALYZE_OUTPUT_H_
#define POLICY_CLIENT_ANALYZE_OUTPUT_H_

#include <string>

#include "policy/v1/policy_service.pb.h"

namespace policyctl {

// The JSON line (with a trailing "\n") for one analyzed article.
std::string AnalyzeOutputLine(const policy::v1::AnalyzedArticle& article);

}  // namespace policyctl

#endif  // POLICY_CLIENT_ANALYZE_OUTPUT_H_
