#include "server/service/compare_mapping.h"

#include <memory>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "server/core/status_macros.h"

namespace policy {
namespace {

constexpr size_t kMaxLexiconBytes = 1 << 20;

absl::Status UnknownEnum(const char* field, int value) {
  return absl::InvalidArgumentError(absl::StrCat(field, ": unknown value ", value));
}

// 0 means "use the default"; negative values are errors; the upper bound is checked by the
// engine so that the library and the RPC report it the same way.
absl::StatusOr<int> WithDefault(const char* field, int value, int default_value) {
  if (value < 0) {
    return absl::InvalidArgumentError(absl::StrCat(field, " must not be negative, got ", value,
                                                   " (0 = default ", default_value, ")"));
  }
  return value == 0 ? default_value : value;
}

absl::StatusOr<StatementKind> KindFromProto(int kind, int position) {
  switch (kind) {
    case v1::STATEMENT_KIND_DIRECT: return StatementKind::kDirect;
    case v1::STATEMENT_KIND_INDIRECT: return StatementKind::kIndirect;
    case v1::STATEMENT_KIND_MIXED: return StatementKind::kMixed;
    default:
      return absl::InvalidArgumentError(absl::StrCat(
          "filter.kinds[", position, "]: must be DIRECT, INDIRECT or MIXED, got ", kind));
  }
}

v1::TermClass TermClassToProto(compare::TermClass term_class) {
  switch (term_class) {
    case compare::TermClass::kDistinctive: return v1::TERM_CLASS_DISTINCTIVE;
    case compare::TermClass::kShared: return v1::TERM_CLASS_SHARED;
    case compare::TermClass::kTooRare: return v1::TERM_CLASS_TOO_RARE;
    case compare::TermClass::kUnderRepresented: return v1::TERM_CLASS_UNDER_REPRESENTED;
  }
  return v1::TERM_CLASS_UNSPECIFIED;
}

void EvidenceToProto(const compare::Evidence& evidence, v1::Evidence* out) {
  out->set_statement(
      absl::StrCat("articles/", evidence.article_id, "/statements/", evidence.statement_id));
  out->set_article(absl::StrCat("articles/", evidence.article_id));
  out->set_speaker(evidence.speaker);
  out->mutable_content_span()->set_begin(static_cast<int64_t>(evidence.content.begin));
  out->mutable_content_span()->set_end(static_cast<int64_t>(evidence.content.end));
  out->set_snippet(evidence.snippet);
}

}  // namespace

absl::StatusOr<compare::CompareRequest> CompareRequestFromProto(
    const v1::CompareSpeakersRequest& request) {
  compare::CompareRequest out;
  ASSIGN_OR_RETURN(out.topic, compare::TopicQuery::Parse(request.topic()));

  switch (request.group_by()) {
    case v1::GROUP_BY_UNSPECIFIED:
    case v1::GROUP_BY_SPEAKER: out.group_by = compare::GroupBy::kSpeaker; break;
    case v1::GROUP_BY_ORGANIZATION: out.group_by = compare::GroupBy::kOrganization; break;
    case v1::GROUP_BY_ROLE: out.group_by = compare::GroupBy::kRole; break;
    case v1::GROUP_BY_OUTLET: out.group_by = compare::GroupBy::kOutlet; break;
    case v1::GROUP_BY_ARTICLE: out.group_by = compare::GroupBy::kArticle; break;
    default: return UnknownEnum("group_by", request.group_by());
  }
  switch (request.scope()) {
    case v1::TOPIC_SCOPE_UNSPECIFIED:
    case v1::TOPIC_SCOPE_PASSAGE: out.scope = compare::TopicScope::kPassage; break;
    case v1::TOPIC_SCOPE_STATEMENT: out.scope = compare::TopicScope::kStatement; break;
    case v1::TOPIC_SCOPE_ARTICLE: out.scope = compare::TopicScope::kArticle; break;
    default: return UnknownEnum("scope", request.scope());
  }
  switch (request.background()) {
    case v1::BACKGROUND_UNSPECIFIED:
    case v1::BACKGROUND_OTHER_SUBJECTS: out.background = compare::Background::kOtherSubjects; break;
    case v1::BACKGROUND_CORPUS: out.background = compare::Background::kCorpus; break;
    default: return UnknownEnum("background", request.background());
  }
  switch (request.time_bucket()) {
    case v1::TIME_BUCKET_UNSPECIFIED:
    case v1::TIME_BUCKET_NONE: out.time_bucket = compare::TimeBucket::kNone; break;
    case v1::TIME_BUCKET_MONTH: out.time_bucket = compare::TimeBucket::kMonth; break;
    case v1::TIME_BUCKET_QUARTER: out.time_bucket = compare::TimeBucket::kQuarter; break;
    case v1::TIME_BUCKET_YEAR: out.time_bucket = compare::TimeBucket::kYear; break;
    default: return UnknownEnum("time_bucket", request.time_bucket());
  }

  for (int i = 0; i < request.subjects_size(); ++i) {
    if (absl::StripAsciiWhitespace(request.subjects(i)).empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("subjects[", i, "] is empty; give a name or alias, or leave subjects out"));
    }
    out.subjects.push_back(std::string(absl::StripAsciiWhitespace(request.subjects(i))));
  }
  ASSIGN_OR_RETURN(out.top_subjects, WithDefault("top_subjects", request.top_subjects(), 5));
  ASSIGN_OR_RETURN(out.max_terms, WithDefault("max_terms", request.max_terms(), 10));
  ASSIGN_OR_RETURN(out.min_count, WithDefault("min_count", request.min_count(), 2));
  ASSIGN_OR_RETURN(out.max_evidence, WithDefault("max_evidence", request.max_evidence(), 3));
  out.unigrams_only = request.unigrams_only();

  const v1::StatementFilter& filter = request.filter();
  out.published_after = filter.published_after();
  out.published_before = filter.published_before();
  for (int i = 0; i < filter.outlets_size(); ++i) {
    if (absl::StripAsciiWhitespace(filter.outlets(i)).empty()) {
      return absl::InvalidArgumentError(absl::StrCat("filter.outlets[", i, "] is empty"));
    }
    out.outlets.push_back(filter.outlets(i));
  }
  for (int i = 0; i < filter.kinds_size(); ++i) {
    ASSIGN_OR_RETURN(StatementKind kind, KindFromProto(filter.kinds(i), i));
    out.kinds.push_back(kind);
  }

  const bool has_lexicon = !request.frame_lexicon().empty();
  const bool has_format = request.frame_lexicon_format() != v1::LEXICON_FORMAT_UNSPECIFIED;
  if (has_lexicon && !has_format) {
    return absl::InvalidArgumentError(
        "frame_lexicon_format is required when frame_lexicon is set: TEXT, JSON or LIWC");
  }
  if (has_format && !has_lexicon) {
    return absl::InvalidArgumentError(
        "frame_lexicon_format is set but frame_lexicon is empty; pass the lexicon's text");
  }
  if (has_lexicon) {
    if (request.frame_lexicon().size() > kMaxLexiconBytes) {
      return absl::InvalidArgumentError(absl::StrCat(
          "frame_lexicon is ", request.frame_lexicon().size(), " bytes; the limit is ",
          kMaxLexiconBytes));
    }
    compare::LexiconFormat format;
    switch (request.frame_lexicon_format()) {
      case v1::LEXICON_FORMAT_TEXT: format = compare::LexiconFormat::kText; break;
      case v1::LEXICON_FORMAT_JSON: format = compare::LexiconFormat::kJson; break;
      case v1::LEXICON_FORMAT_LIWC: format = compare::LexiconFormat::kLiwc; break;
      default: return UnknownEnum("frame_lexicon_format", request.frame_lexicon_format());
    }
    absl::StatusOr<compare::FrameLexicon> lexicon =
        compare::FrameLexicon::Parse(request.frame_lexicon(), format);
    if (!lexicon.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("frame_lexicon: ", lexicon.status().message()));
    }
    out.lexicon = std::make_shared<const compare::FrameLexicon>(*std::move(lexicon));
  }
  return out;
}

void CompareResultToProto(const compare::CompareResult& result,
                          v1::CompareSpeakersResponse* response) {
  response->Clear();
  for (const compare::SubjectSummary& subject : result.subjects) {
    v1::SubjectSummary* out = response->add_subjects();
    out->set_label(subject.label);
    out->set_key(subject.key);
    out->set_requested_as(subject.requested_as);
    for (const std::string& speaker : subject.speakers) out->add_speakers(speaker);
    out->set_total_statements(subject.total_statements);
    out->set_matched_statements(subject.matched_statements);
    out->set_scoped_statements(subject.scoped_statements);
    out->set_token_count(subject.token_count);
    for (const compare::DistinctiveTerm& term : subject.terms) {
      v1::DistinctiveTerm* t = out->add_terms();
      t->set_term(term.term);
      t->set_stem(term.stem);
      t->set_ngram(term.ngram);
      t->set_count(term.count);
      t->set_statement_count(term.statement_count);
      t->set_background_count(term.background_count);
      t->set_log_odds(term.log_odds);
      t->set_z_score(term.z_score);
      t->set_g2(term.g2);
      t->set_p_value(term.p_value);
      t->set_log_ratio(term.log_ratio);
      t->set_term_class(TermClassToProto(term.term_class));
      for (const compare::Evidence& evidence : term.evidence) EvidenceToProto(evidence, t->add_evidence());
    }
    for (const compare::FrameScore& frame : subject.frames) {
      v1::FrameScore* f = out->add_frames();
      f->set_frame(frame.frame);
      f->set_group(frame.group);
      f->set_hits(frame.hits);
      f->set_rate_per_1000(frame.rate_per_1000);
      f->set_share(frame.share);
      f->set_statement_count(frame.statement_count);
      for (const compare::FrameTrigger& trigger : frame.triggers) {
        v1::FrameTrigger* tr = f->add_triggers();
        tr->set_term(trigger.term);
        tr->set_count(trigger.count);
      }
      for (const compare::Evidence& evidence : frame.evidence) EvidenceToProto(evidence, f->add_evidence());
    }
    for (const compare::Evidence& evidence : subject.evidence) EvidenceToProto(evidence, out->add_evidence());
    for (const compare::TimeBucketCount& bucket : subject.time_buckets) {
      v1::TimeBucketCount* b = out->add_time_buckets();
      b->set_bucket(bucket.bucket);
      b->set_matched_statements(bucket.matched_statements);
      b->set_total_statements(bucket.total_statements);
    }
  }
  for (const compare::SimilarityPair& pair : result.similarity) {
    v1::SimilarityPair* p = response->add_similarity();
    p->set_a(pair.a);
    p->set_b(pair.b);
    p->set_cosine(pair.cosine);
    p->set_jensen_shannon(pair.jensen_shannon);
    for (const std::string& term : pair.shared_terms) p->add_shared_terms(term);
  }
  for (const std::string& subject : result.unmatched_subjects) response->add_unmatched_subjects(subject);
  response->set_corpus_revision(result.corpus_revision);
  response->set_request_hash(result.request_hash);
  response->set_lexicon_hash(result.lexicon_hash);
  response->set_server_version(result.server_version);
  response->set_parsed_topic(result.parsed_topic);
  response->set_considered_statements(result.considered_statements);
  response->set_matched_statements(result.matched_statements);
}

}  // namespace policy
