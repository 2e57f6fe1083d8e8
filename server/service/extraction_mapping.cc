#include "server/service/extraction_mapping.h"

#include <cstdint>
#include <string>

namespace policy {
namespace {

absl::string_view Slice(absl::string_view text, Span span) {
  if (span.begin > text.size() || span.end > text.size() || span.end < span.begin) return {};
  return text.substr(span.begin, span.end - span.begin);
}

}  // namespace

v1::StatementKind ToProto(StatementKind kind) {
  switch (kind) {
    case StatementKind::kDirect: return v1::STATEMENT_KIND_DIRECT;
    case StatementKind::kIndirect: return v1::STATEMENT_KIND_INDIRECT;
    case StatementKind::kMixed: return v1::STATEMENT_KIND_MIXED;
  }
  return v1::STATEMENT_KIND_UNSPECIFIED;
}

v1::SpeakerKind ToProto(SpeakerKind kind) {
  switch (kind) {
    case SpeakerKind::kPerson: return v1::SPEAKER_KIND_PERSON;
    case SpeakerKind::kGroup: return v1::SPEAKER_KIND_GROUP;
    case SpeakerKind::kOrganization: return v1::SPEAKER_KIND_ORGANIZATION;
    case SpeakerKind::kDocument: return v1::SPEAKER_KIND_DOCUMENT;
    case SpeakerKind::kUnknown: break;
  }
  return v1::SPEAKER_KIND_UNSPECIFIED;
}

void ToProto(Span span, v1::TextSpan* out) {
  out->set_begin(static_cast<int64_t>(span.begin));
  out->set_end(static_cast<int64_t>(span.end));
}

void ToProto(const Extraction& extraction, const ExtractedStatement& statement, int ordinal,
             absl::string_view text, v1::Statement* out) {
  if (statement.speaker >= 0 &&
      static_cast<size_t>(statement.speaker) < extraction.speakers.size()) {
    const SpeakerProfile& profile = extraction.speakers[statement.speaker];
    v1::Speaker* speaker = out->mutable_speaker();
    speaker->set_display_name(profile.name);
    speaker->set_kind(ToProto(profile.kind));
    for (const auto& role : profile.roles) speaker->add_roles(role);
    for (const auto& org : profile.organizations) speaker->add_organizations(org);
    for (const auto& alias : profile.aliases) speaker->add_aliases(alias);
  }
  out->set_kind(ToProto(statement.kind));
  ToProto(statement.content, out->mutable_content_span());
  out->set_content(std::string(Slice(text, statement.content)));
  out->set_cue(statement.cue);
  if (!statement.cue_span.empty()) ToProto(statement.cue_span, out->mutable_cue_span());
  ToProto(statement.sentence, out->mutable_sentence_span());
  out->set_sentence(std::string(Slice(text, statement.sentence)));
  out->set_speaker_mention(statement.speaker_mention);
  out->set_ordinal(ordinal);
}

void ExtractionToProto(const Extraction& extraction, absl::string_view text,
                       v1::AnalyzedArticle* out) {
  int ordinal = 0;
  for (const ExtractedStatement& statement : extraction.statements) {
    ToProto(extraction, statement, ordinal++, text, out->add_statements());
  }
}

}  // namespace policy
