// Hand-built CompareSpeakersResponses for the client tests (no server needed). The text is
// made up for the tests.
#ifndef POLICY_TESTS_CLIENT_TEST_RESPONSES_H_
#define POLICY_TESTS_CLIENT_TEST_RESPONSES_H_

#include "policy/v1/compare.pb.h"

namespace policyctl::test_data {

inline void AddTerm(policy::v1::SubjectSummary* s, const char* term, double z, int count) {
  policy::v1::DistinctiveTerm* t = s->add_terms();
  t->set_term(term);
  t->set_stem(term);
  t->set_ngram(1);
  t->set_count(count);
  t->set_statement_count(count);
  t->set_background_count(1);
  t->set_z_score(z);
  t->set_log_ratio(z / 2);
  t->set_term_class(z >= 1.96 ? policy::v1::TERM_CLASS_DISTINCTIVE : policy::v1::TERM_CLASS_SHARED);
}

inline void AddFrame(policy::v1::SubjectSummary* s, const char* frame, double share, int hits) {
  policy::v1::FrameScore* f = s->add_frames();
  f->set_frame(frame);
  f->set_group("policy");
  f->set_share(share);
  f->set_hits(hits);
  f->set_rate_per_1000(hits * 10.0);
  policy::v1::FrameTrigger* tr = f->add_triggers();
  tr->set_term("grow*");
  tr->set_count(hits);
}

// Two organizations, "Acme" and "Globex", talking about growth.
inline policy::v1::CompareSpeakersResponse TwoSubjectResponse() {
  policy::v1::CompareSpeakersResponse r;
  r.set_corpus_revision(7);
  r.set_request_hash("0123456789abcdef");
  r.set_lexicon_hash("fedcba9876543210");
  r.set_server_version("0.1.0");
  r.set_parsed_topic("grow*");
  r.set_considered_statements(40);
  r.set_matched_statements(9);
  r.add_unmatched_subjects("Initech");

  policy::v1::SubjectSummary* a = r.add_subjects();
  a->set_label("Acme");
  a->set_key("acme");
  a->set_requested_as("Acme");
  a->add_speakers("Wang Li");
  a->set_total_statements(12);
  a->set_matched_statements(5);
  a->set_scoped_statements(6);
  a->set_token_count(120);
  AddTerm(a, "robots", 3.5, 6);
  AddTerm(a, "factory floor", 2.25, 4);
  AddTerm(a, "growth", 0.5, 3);
  AddFrame(a, "Technology", 0.6, 6);
  AddFrame(a, "Economy", 0.4, 4);
  policy::v1::Evidence* e = a->add_evidence();
  e->set_statement("articles/n1/statements/3");
  e->set_article("articles/n1");
  e->set_speaker("Wang Li");
  e->mutable_content_span()->set_begin(10);
  e->mutable_content_span()->set_end(50);
  e->set_snippet("we will [[grow]] with robots & <care>");
  policy::v1::TimeBucketCount* b = a->add_time_buckets();
  b->set_bucket("2026-01");
  b->set_matched_statements(5);
  b->set_total_statements(12);

  policy::v1::SubjectSummary* g = r.add_subjects();
  g->set_label("Globex");
  g->set_key("globex");
  g->add_speakers("Ada Park");
  g->add_speakers("Bo Chen");
  g->set_total_statements(8);
  g->set_matched_statements(4);
  g->set_scoped_statements(4);
  g->set_token_count(80);
  AddTerm(g, "exports", 2.8, 5);
  AddTerm(g, "growth", 0.4, 2);
  AddFrame(g, "Economy", 1.0, 5);

  policy::v1::SimilarityPair* p = r.add_similarity();
  p->set_a("Acme");
  p->set_b("Globex");
  p->set_cosine(0.3125);
  p->set_jensen_shannon(0.5);
  p->add_shared_terms("growth");
  return r;
}

}  // namespace policyctl::test_data

#endif  // POLICY_TESTS_CLIENT_TEST_RESPONSES_H_
