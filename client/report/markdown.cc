#include "client/report/markdown.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "client/compare_format.h"
#include "client/format.h"

namespace policyctl {
namespace {

// "GROUP_BY_ORGANIZATION" -> "organization".
template <typename Enum>
std::string EnumWord(Enum value, const google::protobuf::EnumDescriptor* descriptor,
                     absl::string_view prefix) {
  const auto* v = descriptor->FindValueByNumber(value);
  if (v == nullptr) return absl::StrCat(value);
  std::string name = v->name();
  if (absl::StartsWith(name, prefix)) name.erase(0, prefix.size());
  return absl::AsciiStrToLower(name);
}

}  // namespace

std::string DescribeRequest(const policy::v1::CompareSpeakersRequest& r) {
  std::vector<std::string> parts;
  parts.push_back(absl::StrCat("topic ", r.topic().empty() ? "(all statements)" : r.topic()));
  if (r.group_by() != policy::v1::GROUP_BY_UNSPECIFIED) {
    parts.push_back(absl::StrCat(
        "by ", EnumWord(r.group_by(), policy::v1::GroupBy_descriptor(), "GROUP_BY_")));
  }
  if (!r.subjects().empty()) {
    parts.push_back(absl::StrCat("subjects ", absl::StrJoin(r.subjects(), ", ")));
  }
  if (r.scope() != policy::v1::TOPIC_SCOPE_UNSPECIFIED) {
    parts.push_back(absl::StrCat(
        "scope ", EnumWord(r.scope(), policy::v1::TopicScope_descriptor(), "TOPIC_SCOPE_")));
  }
  if (!r.filter().published_after().empty()) {
    parts.push_back(absl::StrCat("since ", r.filter().published_after()));
  }
  if (!r.filter().published_before().empty()) {
    parts.push_back(absl::StrCat("until ", r.filter().published_before()));
  }
  if (!r.filter().outlets().empty()) {
    parts.push_back(absl::StrCat("outlets ", absl::StrJoin(r.filter().outlets(), ", ")));
  }
  if (r.background() == policy::v1::BACKGROUND_CORPUS) parts.push_back("against the corpus");
  if (!r.frame_lexicon().empty()) parts.push_back("custom frame lexicon");
  return absl::StrJoin(parts, " · ");
}

std::string RenderReportMarkdown(const policy::v1::Report& report) {
  std::string out = absl::StrCat("# ", MarkdownEscape(report.title()), "\n\n");
  absl::StrAppend(&out, "Corpus revision ", report.corpus_revision(), " · spec ",
                  report.spec_hash(), " · policyd ", MarkdownEscape(report.server_version()),
                  " · policyctl ", MarkdownEscape(report.client_version()), "\n\n");
  if (report.sections_size() > 1) {
    for (const auto& section : report.sections()) {
      absl::StrAppend(&out, "- ", MarkdownEscape(section.title()), "\n");
    }
    out += "\n";
  }
  for (const auto& section : report.sections()) {
    absl::StrAppend(&out, "## ", MarkdownEscape(section.title()), "\n\n",
                    MarkdownEscape(DescribeRequest(section.request())), "\n\n",
                    RenderCompareMarkdown(section.response(), 3));
  }
  return out;
}

}  // namespace policyctl
