#include "client/analyze_output.h"

#include "gtest/gtest.h"

namespace policyctl {
namespace {

TEST(AnalyzeOutputLineTest, ExactBytesOfTheScorerContract) {
  policy::v1::AnalyzedArticle a;
  a.set_id("art-1");
  policy::v1::Statement* s = a.add_statements();
  s->mutable_content_span()->set_begin(1);
  s->mutable_content_span()->set_end(24);
  s->mutable_speaker()->set_display_name("Wang Li");
  s->mutable_speaker()->add_organizations("Acme");
  s->mutable_speaker()->add_organizations("Second Org");
  s->set_kind(policy::v1::STATEMENT_KIND_DIRECT);
  s->set_cue("said");
  s->set_content("We will \"grow\" in 2026\n");
  policy::v1::Statement* t = a.add_statements();
  t->mutable_content_span()->set_begin(40);
  t->mutable_content_span()->set_end(52);
  t->set_kind(policy::v1::STATEMENT_KIND_INDIRECT);
  t->set_content("prices — up");
  EXPECT_EQ(AnalyzeOutputLine(a),
            "{\"id\": \"art-1\", \"statements\": ["
            "{\"begin\": 1, \"end\": 24, \"speaker\": \"Wang Li\", \"organization\": \"Acme\", "
            "\"kind\": \"direct\", \"cue\": \"said\", \"text\": \"We will \\\"grow\\\" in 2026\\n\"}, "
            "{\"begin\": 40, \"end\": 52, \"speaker\": null, \"organization\": null, "
            "\"kind\": \"indirect\", \"cue\": \"\", \"text\": \"prices — up\"}]}\n");
}

TEST(AnalyzeOutputLineTest, ArticleWithoutStatements) {
  policy::v1::AnalyzedArticle a;
  a.set_id("empty");
  EXPECT_EQ(AnalyzeOutputLine(a), "{\"id\": \"empty\", \"statements\": []}\n");
}

}  // namespace
}  // namespace policyctl
