#include "client/analyze_output.h"

#include "absl/strings/str_cat.h"
#include "client/format.h"

namespace policyctl {
namespace {
std::string QuoteOrNull(absl::string_view text) {
  return text.empty() ? std::string("null") : JsonQuote(text);
}
}  // namespace

std::string AnalyzeOutputLine(const policy::v1::AnalyzedArticle& article) {
  std::string out = absl::StrCat("{\"id\": ", JsonQuote(article.id()), ", \"statements\": [");
  bool first = true;
  for (const policy::v1::Statement& s : article.statements()) {
    if (!first) out += ", ";
    first = false;
    const auto& orgs = s.speaker().organizations();
    absl::StrAppend(&out, "{\"begin\": ", s.content_span().begin(),
                    ", \"end\": ", s.content_span().end(),
                    ", \"speaker\": ", QuoteOrNull(s.speaker().display_name()),
                    ", \"organization\": ", QuoteOrNull(orgs.empty() ? "" : orgs[0]),
                    ", \"kind\": ", QuoteOrNull(KindName(s.kind())),
                    ", \"cue\": ", JsonQuote(s.cue()),
                    ", \"text\": ", JsonQuote(s.content()), "}");
  }
  out += "]}\n";
  return out;
}

}  // namespace policyctl
