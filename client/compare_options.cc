#include "client/compare_options.h"

#include <filesystem>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "client/cli_common.h"
#include "client/format.h"

namespace policyctl {
namespace {

template <typename Enum>
absl::StatusOr<Enum> Lookup(absl::string_view flag, absl::string_view name,
                            std::initializer_list<std::pair<absl::string_view, Enum>> values) {
  const std::string lower = absl::AsciiStrToLower(name);
  std::string valid;
  for (const auto& [key, value] : values) {
    if (lower == key) return value;
    absl::StrAppend(&valid, valid.empty() ? "" : ", ", key);
  }
  return absl::InvalidArgumentError(
      absl::StrCat(flag, ": unknown value \"", name, "\"; use one of ", valid));
}

absl::Status CheckDate(absl::string_view flag, const std::string& date) {
  if (date.empty()) return absl::OkStatus();
  absl::CivilDay day;
  if (date.size() != 10 || !absl::ParseCivilTime(date, &day)) {
    return absl::InvalidArgumentError(
        absl::StrCat(flag, ": \"", date, "\" is not a date; use YYYY-MM-DD"));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<policy::v1::GroupBy> ParseGroupBy(absl::string_view name) {
  return Lookup<policy::v1::GroupBy>("--by", name,
                                     {{"speaker", policy::v1::GROUP_BY_SPEAKER},
                                      {"organization", policy::v1::GROUP_BY_ORGANIZATION},
                                      {"role", policy::v1::GROUP_BY_ROLE},
                                      {"outlet", policy::v1::GROUP_BY_OUTLET},
                                      {"article", policy::v1::GROUP_BY_ARTICLE}});
}

absl::StatusOr<policy::v1::TopicScope> ParseTopicScope(absl::string_view name) {
  return Lookup<policy::v1::TopicScope>("--scope", name,
                                        {{"statement", policy::v1::TOPIC_SCOPE_STATEMENT},
                                         {"passage", policy::v1::TOPIC_SCOPE_PASSAGE},
                                         {"article", policy::v1::TOPIC_SCOPE_ARTICLE}});
}

absl::StatusOr<policy::v1::TimeBucket> ParseTimeBucket(absl::string_view name) {
  return Lookup<policy::v1::TimeBucket>("--bucket", name,
                                        {{"none", policy::v1::TIME_BUCKET_NONE},
                                         {"month", policy::v1::TIME_BUCKET_MONTH},
                                         {"quarter", policy::v1::TIME_BUCKET_QUARTER},
                                         {"year", policy::v1::TIME_BUCKET_YEAR}});
}

absl::StatusOr<policy::v1::Background> ParseBackground(absl::string_view name) {
  return Lookup<policy::v1::Background>("--background", name,
                                        {{"others", policy::v1::BACKGROUND_OTHER_SUBJECTS},
                                         {"corpus", policy::v1::BACKGROUND_CORPUS}});
}

absl::StatusOr<policy::v1::LexiconFormat> ParseLexiconFormat(absl::string_view name) {
  return Lookup<policy::v1::LexiconFormat>("--lexicon-format", name,
                                           {{"text", policy::v1::LEXICON_FORMAT_TEXT},
                                            {"json", policy::v1::LEXICON_FORMAT_JSON},
                                            {"liwc", policy::v1::LEXICON_FORMAT_LIWC}});
}

policy::v1::LexiconFormat LexiconFormatForPath(absl::string_view path) {
  const std::string ext =
      absl::AsciiStrToLower(std::filesystem::path(std::string(path)).extension().string());
  if (ext == ".json") return policy::v1::LEXICON_FORMAT_JSON;
  if (ext == ".dic") return policy::v1::LEXICON_FORMAT_LIWC;
  return policy::v1::LEXICON_FORMAT_TEXT;
}

absl::StatusOr<policy::v1::CompareSpeakersRequest> BuildCompareRequest(const CompareFlags& f) {
  policy::v1::CompareSpeakersRequest r;
  r.set_topic(f.topic);
  if (!f.by.empty()) {
    auto v = ParseGroupBy(f.by);
    if (!v.ok()) return v.status();
    r.set_group_by(*v);
  }
  for (const auto& s : f.subjects) r.add_subjects(s);
  r.set_top_subjects(f.top);
  if (!f.scope.empty()) {
    auto v = ParseTopicScope(f.scope);
    if (!v.ok()) return v.status();
    r.set_scope(*v);
  }
  if (auto s = CheckDate("--since", f.since); !s.ok()) return s;
  if (auto s = CheckDate("--until", f.until); !s.ok()) return s;
  policy::v1::StatementFilter* filter = r.mutable_filter();
  filter->set_published_after(f.since);
  filter->set_published_before(f.until);
  for (const auto& o : f.outlets) filter->add_outlets(o);
  for (const auto& k : f.kinds) {
    auto v = ParseKind(k);
    if (!v.ok()) return absl::InvalidArgumentError(absl::StrCat("--kind: ", v.status().message()));
    filter->add_kinds(*v);
  }
  if (filter->ByteSizeLong() == 0) r.clear_filter();
  r.set_max_terms(f.terms);
  r.set_min_count(f.min_count);
  r.set_unigrams_only(f.unigrams_only);
  if (!f.background.empty()) {
    auto v = ParseBackground(f.background);
    if (!v.ok()) return v.status();
    r.set_background(*v);
  }
  if (!f.bucket.empty()) {
    auto v = ParseTimeBucket(f.bucket);
    if (!v.ok()) return v.status();
    r.set_time_bucket(*v);
  }
  r.set_max_evidence(f.evidence);
  if (!f.lexicon_path.empty()) {
    auto text = ReadFileToString(f.lexicon_path);
    if (!text.ok()) return absl::NotFoundError(absl::StrCat("--lexicon: ", text.status().message()));
    r.set_frame_lexicon(*std::move(text));
    if (f.lexicon_format.empty()) {
      r.set_frame_lexicon_format(LexiconFormatForPath(f.lexicon_path));
    } else {
      auto v = ParseLexiconFormat(f.lexicon_format);
      if (!v.ok()) return v.status();
      r.set_frame_lexicon_format(*v);
    }
  } else if (!f.lexicon_format.empty()) {
    return absl::InvalidArgumentError("--lexicon-format needs --lexicon FILE");
  }
  return r;
}

}  // namespace policyctl
