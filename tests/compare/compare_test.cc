// The comparison engine on tiny corpora written for the tests, against hand computations.
#include "server/compare/compare.h"

#include <cmath>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/compare/test_util.h"

namespace policy::compare {
namespace {

using testing::BuildIndex;
using testing::MakeStatement;
using testing::StatementSpec;

StatementSpec Said(std::string speaker, std::string article, int ordinal, std::string text) {
  StatementSpec spec;
  spec.speaker_id = speaker;
  spec.speaker_name = speaker;
  spec.article = std::move(article);
  spec.ordinal = ordinal;
  spec.text = std::move(text);
  return spec;
}

// Five statements: A (two, one article), B (two, one article), C (one).
std::vector<StatementRecord> SmallCorpus() {
  return {MakeStatement(1, Said("a", "art1", 0, "Green energy drives growth.")),
          MakeStatement(2, Said("a", "art1", 1, "Solar panels cut costs.")),
          MakeStatement(3, Said("b", "art2", 0, "Growth needs green finance.")),
          MakeStatement(4, Said("b", "art2", 1, "Banks fund growth.")),
          MakeStatement(5, Said("c", "art3", 0, "Weather today."))};
}

CompareResult RunCompare(const Index& index, const CompareRequest& request) {
  absl::StatusOr<CompareResult> result = Compare(index, request);
  EXPECT_TRUE(result.ok()) << result.status();
  return result.ok() ? *result : CompareResult();
}

const DistinctiveTerm* FindTerm(const SubjectSummary& subject, const std::string& stem) {
  for (const DistinctiveTerm& term : subject.terms) {
    if (term.stem == stem) return &term;
  }
  return nullptr;
}

TEST(CompareTest, TermStatisticsMatchHandComputation) {
  std::shared_ptr<const Index> index = BuildIndex(SmallCorpus());
  CompareRequest request;
  request.subjects = {"a", "b"};
  request.max_terms = 50;
  CompareResult result = RunCompare(*index, request);
  ASSERT_EQ(result.subjects.size(), 2u);
  const SubjectSummary& a = result.subjects[0];
  EXPECT_EQ(a.total_statements, 2);
  EXPECT_EQ(a.matched_statements, 2);  // no topic: everything matches
  // Unigrams without stopwords: A green energy drives growth solar panels cut costs = 8;
  // B growth needs green finance banks fund growth = 7; corpus adds weather today = 17.
  EXPECT_EQ(a.token_count, 8);

  // "green" for A against B. y_i = 1, n_i = 8, y_j = 1, n_j = 7.
  //   a0 = min(8, 7) = 7; a_w = 7 * corpus count 2 / corpus unigrams 17 = 0.823529
  //   in_i = 1.823529, out_i = 8 + 7 - 1.823529 = 13.176471
  //   in_j = 1.823529, out_j = 7 + 7 - 1.823529 = 12.176471
  //   delta = ln(1.823529/13.176471) - ln(1.823529/12.176471) = -1.977885 - -1.898958 = -0.078927
  //   var = 1/1.823529 + 1/13.176471 + 1/1.823529 + 1/12.176471 = 1.254793
  //   z = -0.078927 / 1.120175 = -0.070460
  //   G2: E = 8*2/15 = 1.066667, 7*2/15 = 0.933333, 8*13/15 = 6.933333, 7*13/15 = 6.066667
  //       2 (1 ln(1/1.066667) + 1 ln(1/0.933333) + 7 ln(7/6.933333) + 6 ln(6/6.066667))
  //       = 0.010283, negative since 1/8 < 1/7; p = erfc(sqrt(0.010283/2)) = 0.919228
  //   Log Ratio = log2((1/8) / (1/7)) = -0.192645
  const DistinctiveTerm* green = FindTerm(a, "green");
  ASSERT_NE(green, nullptr);
  EXPECT_EQ(green->term, "green");  // "Green" once, "green" once: a tie goes to lower case
  EXPECT_EQ(green->count, 1);
  EXPECT_EQ(green->statement_count, 1);
  EXPECT_EQ(green->background_count, 1);
  EXPECT_DOUBLE_EQ(green->log_odds, -0.0789);
  EXPECT_DOUBLE_EQ(green->z_score, -0.0705);
  EXPECT_DOUBLE_EQ(green->g2, -0.0103);
  EXPECT_DOUBLE_EQ(green->p_value, 0.9192);
  EXPECT_DOUBLE_EQ(green->log_ratio, -0.1926);
  EXPECT_EQ(green->term_class, TermClass::kTooRare);  // 1 < min_count 2

  // "growth" for A: y_i = 1, y_j = 2; a_w = 7 * 3 / 17 = 1.235294.
  //   delta = ln(2.235294/12.764706) - ln(3.235294/10.764706) = -0.540158
  //   var = 1/2.235294 + 1/12.764706 + 1/3.235294 + 1/10.764706 = 0.927697; z = -0.560813
  //   G2: E = 1.6, 1.4, 6.4, 5.6 -> 0.607976, negative; Log Ratio = log2((1/8)/(2/7)) = -1.192645
  const DistinctiveTerm* growth = FindTerm(a, "growth");
  ASSERT_NE(growth, nullptr);
  EXPECT_DOUBLE_EQ(growth->log_odds, -0.5402);
  EXPECT_DOUBLE_EQ(growth->z_score, -0.5608);
  EXPECT_DOUBLE_EQ(growth->g2, -0.6080);
  EXPECT_DOUBLE_EQ(growth->log_ratio, -1.1926);

  // Bigrams never span a stopword or punctuation; they are counted with their own totals.
  EXPECT_NE(FindTerm(a, "green energi"), nullptr);
  EXPECT_EQ(FindTerm(a, "growth solar"), nullptr);  // a sentence boundary between them
  const DistinctiveTerm* bigram = FindTerm(a, "solar panel");
  ASSERT_NE(bigram, nullptr);
  EXPECT_EQ(bigram->ngram, 2);
  EXPECT_EQ(bigram->term, "Solar panels");

  // Sorted by z descending, then stem.
  for (size_t i = 1; i < a.terms.size(); ++i) {
    const auto& prev = a.terms[i - 1];
    const auto& next = a.terms[i];
    EXPECT_TRUE(prev.z_score > next.z_score || (prev.z_score == next.z_score && prev.stem < next.stem))
        << prev.stem << " before " << next.stem;
  }
}

TEST(CompareTest, UnigramsOnlyAndMaxTerms) {
  std::shared_ptr<const Index> index = BuildIndex(SmallCorpus());
  CompareRequest request;
  request.subjects = {"a", "b"};
  request.unigrams_only = true;
  request.max_terms = 3;
  CompareResult result = RunCompare(*index, request);
  ASSERT_EQ(result.subjects[0].terms.size(), 3u);
  for (const DistinctiveTerm& term : result.subjects[0].terms) EXPECT_EQ(term.ngram, 1);
}

TEST(CompareTest, ClassesDistinctiveSharedUnderRepresented) {
  std::vector<StatementRecord> records;
  int64_t id = 1;
  for (int i = 0; i < 12; ++i) {
    records.push_back(MakeStatement(id++, Said("a", "x" + std::to_string(i), 0, "Solar power keeps growing.")));
    records.push_back(MakeStatement(id++, Said("b", "y" + std::to_string(i), 0, "Bank loans keep growing.")));
  }
  records.push_back(MakeStatement(id++, Said("a", "z", 0, "Loans matter.")));
  records.push_back(MakeStatement(id++, Said("a", "z", 1, "Loans matter.")));
  std::shared_ptr<const Index> index = BuildIndex(std::move(records));
  CompareRequest request;
  request.subjects = {"a", "b"};
  request.max_terms = 200;
  request.unigrams_only = true;
  CompareResult result = RunCompare(*index, request);
  const SubjectSummary& a = result.subjects[0];
  EXPECT_EQ(FindTerm(a, "solar")->term_class, TermClass::kDistinctive);
  EXPECT_GE(FindTerm(a, "solar")->z_score, 1.96);
  EXPECT_EQ(FindTerm(a, "keep")->term_class, TermClass::kShared);
  EXPECT_EQ(FindTerm(a, "loan")->term_class, TermClass::kUnderRepresented);
  EXPECT_LE(FindTerm(a, "loan")->z_score, -1.96);
  EXPECT_EQ(FindTerm(a, "matter")->count, 2);
  // Against the whole corpus the background of A is B's statements here too (no one else).
  request.background = Background::kCorpus;
  CompareResult corpus = RunCompare(*index, request);
  EXPECT_EQ(FindTerm(corpus.subjects[0], "solar")->background_count, 0);
  EXPECT_EQ(FindTerm(corpus.subjects[0], "loan")->background_count, 12);
}

TEST(CompareTest, TopicScopes) {
  std::vector<StatementRecord> records = {
      MakeStatement(1, Said("a", "art1", 0, "Innovation matters most.")),
      MakeStatement(2, Said("a", "art1", 1, "Computing power needs investment.")),
      MakeStatement(3, Said("b", "art1", 2, "Markets decide.")),
      MakeStatement(4, Said("a", "art1", 3, "Talent is scarce.")),
      MakeStatement(5, Said("a", "art2", 0, "Weather is fine.")),
  };
  std::shared_ptr<const Index> index = BuildIndex(std::move(records));
  CompareRequest request;
  request.topic = *TopicQuery::Parse("innovative");  // stems to "innov"
  request.subjects = {"a"};
  request.scope = TopicScope::kStatement;
  CompareResult statement = RunCompare(*index, request);
  EXPECT_EQ(statement.subjects[0].total_statements, 4);
  EXPECT_EQ(statement.subjects[0].matched_statements, 1);
  EXPECT_EQ(statement.subjects[0].scoped_statements, 1);
  // The passage: A's adjacent statements 1-2; B interrupts before 4.
  request.scope = TopicScope::kPassage;
  CompareResult passage = RunCompare(*index, request);
  EXPECT_EQ(passage.subjects[0].scoped_statements, 2);
  EXPECT_NE(FindTerm(passage.subjects[0], "comput power"), nullptr);
  // The article: all of A's statements in art1.
  request.scope = TopicScope::kArticle;
  CompareResult article = RunCompare(*index, request);
  EXPECT_EQ(article.subjects[0].scoped_statements, 3);
  EXPECT_EQ(article.matched_statements, 1);
  EXPECT_EQ(article.considered_statements, 5);
  EXPECT_EQ(article.parsed_topic, "innovative");
}

TEST(CompareTest, QueryOperatorsPhrasesAndPrefixes) {
  std::vector<StatementRecord> records = {
      MakeStatement(1, Said("a", "art1", 0, "The industrial internet connects factories.")),
      MakeStatement(2, Said("a", "art2", 0, "Internet companies compete; industrial output rises.")),
      MakeStatement(3, Said("a", "art3", 0, "Innovative e-commerce platforms grow.")),
      MakeStatement(4, Said("a", "art4", 0, "Computers and computing.")),
  };
  std::shared_ptr<const Index> index = BuildIndex(std::move(records));
  auto matched = [&](const std::string& topic) {
    CompareRequest request;
    request.topic = *TopicQuery::Parse(topic);
    request.subjects = {"a"};
    return RunCompare(*index, request).matched_statements;
  };
  EXPECT_EQ(matched("\"industrial internet\""), 1);
  EXPECT_EQ(matched("industrial internet"), 2);  // AND, not a phrase
  EXPECT_EQ(matched("industrial OR innovation"), 3);
  EXPECT_EQ(matched("internet NOT \"industrial internet\""), 1);
  EXPECT_EQ(matched("NOT internet"), 2);
  EXPECT_EQ(matched("e-commerce"), 1);
  EXPECT_EQ(matched("comput*"), 1);
  EXPECT_EQ(matched("innov*"), 1);
  EXPECT_EQ(matched("\"industrial inter*\""), 1);
  EXPECT_EQ(matched("blockchain"), 0);
}

TEST(CompareTest, SubjectsByNameAliasAndLenientOrganization) {
  auto spec = [](std::string id, std::string name, std::string org, std::string text) {
    StatementSpec s = Said(id, "art-" + id, 0, std::move(text));
    s.speaker_name = std::move(name);
    s.organizations = {std::move(org)};
    return s;
  };
  std::vector<StatementRecord> records = {
      MakeStatement(1, spec("zhou-yunjie", "Zhou Yunjie", "Haier Group", "Data matters.")),
      MakeStatement(2, spec("li-a", "Li Dongsheng", "TCL Technology Group", "Displays matter.")),
      MakeStatement(3, spec("li-b", "Li Wei", "Chinese Academy of Social Sciences", "Growth matters.")),
      MakeStatement(4, spec("li-b", "Li Wei", "Chinese Academy of Social Sciences", "Growth matters again.")),
  };
  records[0].speaker.aliases = {"Mr Zhou"};
  std::shared_ptr<const Index> index = BuildIndex(std::move(records));

  CompareRequest request;
  request.group_by = GroupBy::kOrganization;
  request.subjects = {"haier", "TCL", "CASS", "Gree"};
  CompareResult result = RunCompare(*index, request);
  ASSERT_EQ(result.subjects.size(), 3u);
  EXPECT_EQ(result.subjects[0].label, "Haier Group");
  EXPECT_EQ(result.subjects[0].requested_as, "haier");
  EXPECT_EQ(result.subjects[0].speakers, std::vector<std::string>{"Zhou Yunjie"});
  EXPECT_EQ(result.subjects[1].label, "TCL Technology Group");
  EXPECT_EQ(result.subjects[2].label, "Chinese Academy of Social Sciences");
  EXPECT_EQ(result.unmatched_subjects, std::vector<std::string>{"Gree"});
  EXPECT_EQ(result.similarity.size(), 3u);  // upper triangle of 3 x 3

  request.subjects = {"Haier", "Haier Group"};
  EXPECT_EQ(Compare(*index, request).status().message(),
            "subjects \"Haier\" and \"Haier Group\" both name \"Haier Group\"; name each subject once");

  request.group_by = GroupBy::kSpeaker;
  request.subjects = {"mr zhou", "speakers/li-a", "Li Wei"};
  result = RunCompare(*index, request);
  ASSERT_EQ(result.subjects.size(), 3u);
  EXPECT_EQ(result.subjects[0].key, "zhou-yunjie");
  EXPECT_EQ(result.subjects[1].key, "li-a");
  EXPECT_EQ(result.subjects[2].key, "li-b");
  request.subjects = {"Li"};
  const absl::Status ambiguous = Compare(*index, request).status();
  EXPECT_EQ(ambiguous.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(ambiguous.message().find("matches several speakers"), absl::string_view::npos) << ambiguous;

  // None named: the top N by matching statements, ties by key.
  request.subjects.clear();
  request.top_subjects = 2;
  result = RunCompare(*index, request);
  ASSERT_EQ(result.subjects.size(), 2u);
  EXPECT_EQ(result.subjects[0].key, "li-b");  // 2 statements
  EXPECT_EQ(result.subjects[1].key, "li-a");  // 1, and "li-a" < "zhou-yunjie"
  EXPECT_EQ(result.subjects[1].requested_as, "");
}

TEST(CompareTest, TopSubjectsPutDescriptionsAfterNamedSpeakers) {
  // "officials" of one article say the most, but a reader who named nobody wants the people.
  std::vector<StatementRecord> records = {
      MakeStatement(1, Said("officials", "art1", 0, "The ferry runs late.")),
      MakeStatement(2, Said("officials", "art1", 1, "The ferry runs full.")),
      MakeStatement(3, Said("officials", "art1", 2, "The ferry runs slow.")),
      MakeStatement(4, Said("ann-ray", "art2", 0, "The ferry runs fine.")),
      MakeStatement(5, Said("tom-lee", "art3", 0, "The port is open.")),
      MakeStatement(6, Said("tom-lee", "art3", 1, "The port is busy."))};
  for (StatementRecord& record : records) {
    if (record.speaker.id == "officials") record.speaker.description_article = "art1";
  }
  std::shared_ptr<const Index> index = BuildIndex(std::move(records));
  CompareRequest request;
  request.top_subjects = 2;
  CompareResult result = RunCompare(*index, request);
  ASSERT_EQ(result.subjects.size(), 2u);
  EXPECT_EQ(result.subjects[0].key, "tom-lee");
  EXPECT_EQ(result.subjects[1].key, "ann-ray");
  // With too few named speakers, descriptions fill the list.
  request.top_subjects = 3;
  result = RunCompare(*index, request);
  ASSERT_EQ(result.subjects.size(), 3u);
  EXPECT_EQ(result.subjects[2].key, "officials");
  // Named on purpose, a description is compared like anyone.
  request.subjects = {"officials"};
  result = RunCompare(*index, request);
  ASSERT_EQ(result.subjects.size(), 1u);
  EXPECT_EQ(result.subjects[0].matched_statements, 3);
}

TEST(CompareTest, FiltersAndTheirErrors) {
  std::vector<StatementRecord> records;
  StatementSpec one = Said("a", "art1", 0, "Solar grows.");
  one.published = "2025-01-15";
  one.kind = StatementKind::kDirect;
  StatementSpec two = Said("a", "art2", 0, "Solar shrinks.");
  two.published = "2024-12-31";
  two.outlet = "Other Paper";
  StatementSpec three = Said("a", "art3", 0, "Solar waits.");
  three.published = "";
  records = {MakeStatement(1, one), MakeStatement(2, two), MakeStatement(3, three)};
  std::shared_ptr<const Index> index = BuildIndex(std::move(records));
  CompareRequest request;
  request.subjects = {"a"};
  request.published_after = "2025-01-01";
  EXPECT_EQ(RunCompare(*index, request).considered_statements, 1);  // undated articles are left out
  request.published_after.clear();
  request.outlets = {"other paper"};
  EXPECT_EQ(RunCompare(*index, request).considered_statements, 1);
  request.outlets.clear();
  request.kinds = {StatementKind::kDirect};
  EXPECT_EQ(RunCompare(*index, request).subjects[0].total_statements, 1);
  request.kinds.clear();

  request.time_bucket = TimeBucket::kQuarter;
  CompareResult buckets = RunCompare(*index, request);
  ASSERT_EQ(buckets.subjects[0].time_buckets.size(), 3u);
  EXPECT_EQ(buckets.subjects[0].time_buckets[0].bucket, "2024-Q4");
  EXPECT_EQ(buckets.subjects[0].time_buckets[1].bucket, "2025-Q1");
  EXPECT_EQ(buckets.subjects[0].time_buckets[2].bucket, "unknown");
  EXPECT_EQ(buckets.subjects[0].time_buckets[1].total_statements, 1);
  request.time_bucket = TimeBucket::kMonth;
  EXPECT_EQ(RunCompare(*index, request).subjects[0].time_buckets[1].bucket, "2025-01");

  request.published_after = "2025-13-01";
  EXPECT_EQ(Compare(*index, request).status().message(),
            "filter.published_after must be a date \"YYYY-MM-DD\", got \"2025-13-01\"");
  request.published_after = "2025-02-01";
  request.published_before = "2025-01-01";
  EXPECT_EQ(Compare(*index, request).status().code(), absl::StatusCode::kInvalidArgument);
  request.published_after.clear();
  request.published_before.clear();
  request.max_terms = 201;
  EXPECT_EQ(Compare(*index, request).status().message(), "max_terms must be between 0 and 200, got 201");
}

TEST(CompareTest, FramesFromAUserLexicon) {
  std::shared_ptr<const Index> index = BuildIndex(SmallCorpus());
  CompareRequest request;
  request.subjects = {"a", "b"};
  request.lexicon = std::make_shared<const FrameLexicon>(*FrameLexicon::Parse(
      "[Energy]\nsolar\ngreen energy\n!green finance\ngreen\n[Money]\nfinanc*\nfund\ncost*\n",
      LexiconFormat::kText));
  CompareResult result = RunCompare(*index, request);
  // A: "Green energy" (the longest entry at "Green") and "Solar" -> Energy 2 hits; "costs" ->
  // Money 1. Rate = hits / 8 tokens * 1000; share within the group: 2/3 and 1/3.
  const SubjectSummary& a = result.subjects[0];
  ASSERT_EQ(a.frames.size(), 2u);
  EXPECT_EQ(a.frames[0].frame, "Energy");
  EXPECT_EQ(a.frames[0].hits, 2);
  EXPECT_EQ(a.frames[0].statement_count, 2);
  EXPECT_DOUBLE_EQ(a.frames[0].rate_per_1000, 250.0);
  EXPECT_DOUBLE_EQ(a.frames[0].share, 0.6667);
  ASSERT_EQ(a.frames[0].triggers.size(), 2u);
  EXPECT_EQ(a.frames[0].triggers[0].term, "green energy");  // 1 each: by entry text
  EXPECT_EQ(a.frames[0].evidence[0].snippet, "[[Green energy]] drives growth.");
  EXPECT_EQ(a.frames[1].frame, "Money");
  EXPECT_DOUBLE_EQ(a.frames[1].share, 0.3333);
  // B: "green finance" is excluded from Energy, so the plain "green" entry does not fire
  // there; Money: "finance" and "fund" -> 2 hits over 7 tokens = 285.7143 per 1000.
  const SubjectSummary& b = result.subjects[1];
  ASSERT_EQ(b.frames.size(), 1u);
  EXPECT_EQ(b.frames[0].frame, "Money");
  EXPECT_DOUBLE_EQ(b.frames[0].rate_per_1000, 285.7143);
  EXPECT_EQ(result.lexicon_hash, request.lexicon->hash());
}

TEST(CompareTest, SimilarityMatchesHandComputation) {
  std::shared_ptr<const Index> index = BuildIndex(SmallCorpus());
  CompareRequest request;
  request.subjects = {"a", "b"};
  request.unigrams_only = true;
  CompareResult result = RunCompare(*index, request);
  ASSERT_EQ(result.similarity.size(), 1u);
  // TF-IDF, idf = ln(5 / df): green df 2 -> 0.916291, growth df 3 -> 0.510826, others ln 5.
  //   A = green .916291, growth .510826, 6 words x 1.609438  |A| = 4.079494
  //   B = growth 2 x .510826, green .916291, 4 words x 1.609438  |B| = 3.499217
  //   dot = .916291^2 + .510826 * 1.021651 = 0.839589 + 0.521886 = 1.361474
  //   cosine = 1.361474 / (4.079494 * 3.499217) = 0.095374
  // Jensen-Shannon (base 2): p = 1/8 on A's 8 words; q = 2/7 growth, 1/7 five others
  //   = 0.684444
  EXPECT_DOUBLE_EQ(result.similarity[0].cosine, 0.0954);
  EXPECT_DOUBLE_EQ(result.similarity[0].jensen_shannon, 0.6844);
  EXPECT_EQ(result.similarity[0].shared_terms, (std::vector<std::string>{"green", "growth"}));
}

TEST(CompareTest, EvidenceSnippetsMarkTheTerm) {
  std::string long_text;
  for (int i = 0; i < 30; ++i) long_text += "filler words here ";
  long_text += "the industrial internet grows ";
  for (int i = 0; i < 30; ++i) long_text += "more filler words ";
  std::vector<StatementRecord> records = {MakeStatement(7, Said("a", "art1", 0, long_text))};
  std::shared_ptr<const Index> index = BuildIndex(std::move(records));
  CompareRequest request;
  request.topic = *TopicQuery::Parse("\"industrial internet\"");
  request.subjects = {"a"};
  CompareResult result = RunCompare(*index, request);
  ASSERT_EQ(result.subjects[0].evidence.size(), 1u);
  const Evidence& evidence = result.subjects[0].evidence[0];
  EXPECT_EQ(evidence.statement_id, 7);
  EXPECT_EQ(evidence.article_id, "art1");
  EXPECT_EQ(evidence.speaker, "a");
  EXPECT_NE(evidence.snippet.find("[[industrial internet]]"), std::string::npos) << evidence.snippet;
  EXPECT_TRUE(evidence.snippet.starts_with("...")) << evidence.snippet;
  EXPECT_TRUE(evidence.snippet.ends_with("...")) << evidence.snippet;
  EXPECT_LE(evidence.snippet.size(), 260u);
  EXPECT_FALSE(evidence.snippet.starts_with("... ")) << "cut at a word boundary";
}

TEST(CompareTest, DeterministicAndHashed) {
  std::shared_ptr<const Index> index = BuildIndex(SmallCorpus());
  CompareRequest request;
  request.topic = *TopicQuery::Parse("growth OR solar");
  CompareResult first = RunCompare(*index, request);
  CompareResult second = RunCompare(*index, request);
  EXPECT_EQ(first.request_hash, second.request_hash);
  EXPECT_EQ(first.request_hash.size(), 16u);
  EXPECT_EQ(first.lexicon_hash, index->default_lexicon().hash());
  EXPECT_EQ(first.corpus_revision, 1);
  EXPECT_EQ(first.server_version, POLICY_VERSION);
  request.max_terms = 11;
  EXPECT_NE(RunCompare(*index, request).request_hash, first.request_hash);
}

TEST(CompareTest, OverlappingSubjectsUseTheOthersAsBackground) {
  // Organization X: s1 (also in Y) and s2; Y: s1 and s3. X's background is Y's statements,
  // including the one X shares with it, and nothing only X said.
  auto spec = [](std::string id, std::vector<std::string> orgs, std::string article, std::string text) {
    StatementSpec s = Said(std::move(id), std::move(article), 0, std::move(text));
    s.organizations = std::move(orgs);
    return s;
  };
  std::shared_ptr<const Index> index = BuildIndex({
      MakeStatement(1, spec("s1", {"X", "Y"}, "a1", "Alpha beta.")),
      MakeStatement(2, spec("s2", {"X"}, "a2", "Gamma.")),
      MakeStatement(3, spec("s3", {"Y"}, "a3", "Delta.")),
  });
  CompareRequest request;
  request.group_by = GroupBy::kOrganization;
  request.subjects = {"X", "Y"};
  request.unigrams_only = true;
  CompareResult result = RunCompare(*index, request);
  ASSERT_EQ(result.subjects.size(), 2u);
  const SubjectSummary& x = result.subjects[0];
  EXPECT_EQ(x.total_statements, 2);
  EXPECT_EQ(FindTerm(x, "gamma")->background_count, 0);
  EXPECT_EQ(FindTerm(x, "alpha")->background_count, 1);
  // "alpha" for X: 1 of 3 tokens vs 1 of 3 (Y: alpha beta delta): same rate, G2 = 0.
  EXPECT_DOUBLE_EQ(FindTerm(x, "alpha")->g2, 0.0);
  EXPECT_DOUBLE_EQ(FindTerm(x, "alpha")->log_ratio, 0.0);
}

// Topic "innovation" by organization, subjects X and Y, every term with a count of 1 or more
// reported (up to 40): the request of the tests that compare counting paths.
CompareRequest InnovationByOrganizationXY() {
  CompareRequest request;
  request.topic = *TopicQuery::Parse("innovation");
  request.group_by = GroupBy::kOrganization;
  request.subjects = {"X", "Y"};
  request.max_terms = 40;
  request.min_count = 1;
  return request;
}

// Two computations of the same subject agree on every count (and on the scores and the
// frames when asked): the precomputed paths against counting statement by statement.
void ExpectSameCounts(const SubjectSummary& a, const SubjectSummary& b, bool scores,
                      bool frames) {
  EXPECT_EQ(a.token_count, b.token_count);
  ASSERT_EQ(a.terms.size(), b.terms.size());
  for (size_t t = 0; t < a.terms.size(); ++t) {
    EXPECT_EQ(a.terms[t].stem, b.terms[t].stem);
    EXPECT_EQ(a.terms[t].count, b.terms[t].count);
    EXPECT_EQ(a.terms[t].background_count, b.terms[t].background_count);
    EXPECT_EQ(a.terms[t].statement_count, b.terms[t].statement_count);
    if (scores) {
      EXPECT_EQ(a.terms[t].z_score, b.terms[t].z_score);
      EXPECT_EQ(a.terms[t].g2, b.terms[t].g2);
    }
  }
  if (!frames) return;
  ASSERT_EQ(a.frames.size(), b.frames.size());
  for (size_t f = 0; f < a.frames.size(); ++f) {
    EXPECT_EQ(a.frames[f].frame, b.frames[f].frame);
    EXPECT_EQ(a.frames[f].hits, b.frames[f].hits);
    EXPECT_EQ(a.frames[f].statement_count, b.frames[f].statement_count);
  }
}

// Organization X: 100 passages of 3 statements, 80 of them on innovation; Y: 100 passages, 50
// on innovation. With `split`, X's 20 passages off the topic belong to organization Z instead,
// so X is too small for precomputed group counts (kGroupCountsMinStatements). With `uneven`, X's
// first statement also names organization W, so X's sums are taken from its statements rather
// than from its speaker's.
std::shared_ptr<const Index> LargeGroupCorpus(bool split, bool uneven = false) {
  std::vector<StatementRecord> records;
  int64_t id = 1;
  auto add = [&](const std::string& speaker, const std::string& organization,
                 const std::string& article, int ordinal, const std::string& text) {
    StatementSpec spec = Said(speaker, article, ordinal, text);
    spec.organizations = {organization};
    if (uneven && id == 1) spec.organizations.push_back("W");
    records.push_back(MakeStatement(id++, spec));
  };
  for (int a = 0; a < 100; ++a) {
    const std::string article = "x" + std::to_string(a);
    const bool on_topic = a < 80;
    const std::string speaker = split && !on_topic ? "sz" : "sx";
    const std::string organization = split && !on_topic ? "Z" : "X";
    add(speaker, organization, article, 0, on_topic ? "Innovation matters." : "Budgets matter.");
    add(speaker, organization, article, 1, "Factories grow quickly.");
    add(speaker, organization, article, 2,
        a == 0 ? "Weather stays cold okapi." : a == 99 ? "Weather stays cold zebra." : "Weather stays cold.");
  }
  for (int a = 0; a < 100; ++a) {
    const std::string article = "y" + std::to_string(a);
    add("sy", "Y", article, 0, a < 50 ? "Innovation helps." : "Taxes rise.");
    add("sy", "Y", article, 1, "Factories close.");
    add("sy", "Y", article, 2, "Rain falls.");
  }
  return BuildIndex(std::move(records));
}

TEST(CompareTest, LargeGroupsCountedFromPrecomputedTotalsAsFromStatements) {
  CompareRequest request = InnovationByOrganizationXY();
  request.time_bucket = TimeBucket::kYear;
  // X has 300 statements (precomputed counts; 60 outside the passage scope are subtracted);
  // split, the same 240 scoped statements are counted one by one.
  const CompareResult whole = RunCompare(*LargeGroupCorpus(false), request);
  const CompareResult split = RunCompare(*LargeGroupCorpus(true), request);
  ASSERT_EQ(whole.subjects.size(), 2u);
  ASSERT_EQ(split.subjects.size(), 2u);
  const SubjectSummary& x = whole.subjects[0];
  EXPECT_EQ(x.total_statements, 300);
  EXPECT_EQ(x.scoped_statements, 240);
  EXPECT_EQ(split.subjects[0].scoped_statements, 240);
  ASSERT_NE(FindTerm(x, "factori"), nullptr);
  EXPECT_EQ(FindTerm(x, "factori")->count, 80);
  EXPECT_EQ(FindTerm(x, "factori")->background_count, 50);  // Y's 50 passages in scope
  EXPECT_EQ(FindTerm(x, "innov")->count, 80);
  ASSERT_NE(FindTerm(x, "okapi"), nullptr);  // in scope, seen once in the corpus
  EXPECT_EQ(FindTerm(x, "okapi")->count, 1);
  EXPECT_EQ(FindTerm(x, "zebra"), nullptr);  // outside the scope
  EXPECT_EQ(FindTerm(x, "budget"), nullptr);
  for (size_t i = 0; i < 2; ++i) {
    ExpectSameCounts(whole.subjects[i], split.subjects[i], /*scores=*/true, /*frames=*/false);
  }
  // Sums of X from its speaker's sums (whole) and from its statements (uneven) agree.
  const CompareResult uneven = RunCompare(*LargeGroupCorpus(false, true), request);
  ASSERT_EQ(uneven.subjects.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    ExpectSameCounts(whole.subjects[i], uneven.subjects[i], /*scores=*/false, /*frames=*/true);
  }

  ASSERT_EQ(whole.similarity.size(), 1u);
  EXPECT_EQ(whole.similarity[0].cosine, split.similarity[0].cosine);
  EXPECT_EQ(whole.similarity[0].jensen_shannon, split.similarity[0].jensen_shannon);

  // Against the corpus, X's own statements (all 300) are taken from the precomputed counts:
  // "factori" occurs 200 times in the corpus, 100 of them X's.
  request.background = Background::kCorpus;
  const CompareResult corpus = RunCompare(*LargeGroupCorpus(false), request);
  ASSERT_NE(FindTerm(corpus.subjects[0], "factori"), nullptr);
  EXPECT_EQ(FindTerm(corpus.subjects[0], "factori")->background_count, 100);
  EXPECT_EQ(FindTerm(corpus.subjects[0], "innov")->background_count, 50);
}

// Organizations X and Y share speaker sxy (12 statements, 2 of them off the topic); sx is only
// X's, sy only Y's. With `uneven`, one of sx's statements also names organization W: membership
// then differs within a speaker, and overlapping subjects are counted statement by statement
// instead of speaker by speaker from precomputed counts.
std::shared_ptr<const Index> SharedSpeakerCorpus(bool uneven) {
  std::vector<StatementRecord> records;
  int64_t id = 1;
  auto add = [&](const std::string& speaker, std::vector<std::string> organizations,
                 const std::string& text) {
    StatementSpec spec = Said(speaker, "a" + std::to_string(id), 0, text);
    spec.organizations = std::move(organizations);
    records.push_back(MakeStatement(id++, spec));
  };
  for (int k = 0; k < 10; ++k) add("sxy", {"X", "Y"}, "Innovation drives robots.");
  for (int k = 0; k < 2; ++k) add("sxy", {"X", "Y"}, "Budgets matter for robots.");
  for (int k = 0; k < 10; ++k) {
    add("sx", uneven && k == 0 ? std::vector<std::string>{"X", "W"} : std::vector<std::string>{"X"},
        "Innovation needs factories.");
  }
  for (int k = 0; k < 10; ++k) add("sy", {"Y"}, "Innovation needs robots.");
  return BuildIndex(std::move(records));
}

TEST(CompareTest, OverlappingSubjectsCountedBySpeakerAsStatementByStatement) {
  CompareRequest request = InnovationByOrganizationXY();
  request.unigrams_only = true;
  const CompareResult by_speaker = RunCompare(*SharedSpeakerCorpus(false), request);
  const CompareResult by_statement = RunCompare(*SharedSpeakerCorpus(true), request);
  ASSERT_EQ(by_speaker.subjects.size(), 2u);
  ASSERT_EQ(by_statement.subjects.size(), 2u);
  const SubjectSummary& x = by_speaker.subjects[0];
  EXPECT_EQ(x.scoped_statements, 20);
  // X's background is Y's scoped statements: sxy's 10 on the topic and sy's 10.
  ASSERT_NE(FindTerm(x, "robot"), nullptr);
  EXPECT_EQ(FindTerm(x, "robot")->count, 10);
  EXPECT_EQ(FindTerm(x, "robot")->background_count, 20);
  ASSERT_NE(FindTerm(x, "factori"), nullptr);
  EXPECT_EQ(FindTerm(x, "factori")->background_count, 0);
  EXPECT_EQ(FindTerm(x, "budget"), nullptr);  // off the topic
  ASSERT_NE(FindTerm(x, "innov"), nullptr);
  EXPECT_EQ(FindTerm(x, "innov")->background_count, 20);
  for (size_t i = 0; i < 2; ++i) {
    ExpectSameCounts(by_speaker.subjects[i], by_statement.subjects[i], /*scores=*/true,
                     /*frames=*/false);
  }
}

TEST(CompareTest, DefaultLexiconPrecomputedEqualsMatchingAtQueryTime) {
  std::shared_ptr<const Index> index = BuildIndex(testing::SampleStatements());
  CompareRequest request;
  request.topic = *TopicQuery::Parse("innovation");
  request.group_by = GroupBy::kOrganization;
  CompareResult precomputed = RunCompare(*index, request);
  // The same lexicon passed with the request is matched at query time.
  request.lexicon = std::make_shared<const FrameLexicon>(index->default_lexicon());
  CompareResult computed = RunCompare(*index, request);
  ASSERT_EQ(precomputed.subjects.size(), computed.subjects.size());
  for (size_t i = 0; i < computed.subjects.size(); ++i) {
    const auto& a = precomputed.subjects[i].frames;
    const auto& b = computed.subjects[i].frames;
    ASSERT_EQ(a.size(), b.size());
    for (size_t f = 0; f < a.size(); ++f) {
      EXPECT_EQ(a[f].frame, b[f].frame);
      EXPECT_EQ(a[f].hits, b[f].hits);
      EXPECT_EQ(a[f].statement_count, b[f].statement_count);
      ASSERT_EQ(a[f].triggers.size(), b[f].triggers.size());
      ASSERT_EQ(a[f].evidence.size(), b[f].evidence.size());
      for (size_t e = 0; e < a[f].evidence.size(); ++e) EXPECT_EQ(a[f].evidence[e].snippet, b[f].evidence[e].snippet);
    }
  }
  EXPECT_FALSE(precomputed.subjects.empty());
}

TEST(CompareTest, EmptyCorpusAndOddStatementsAreFine) {
  std::shared_ptr<const Index> empty = BuildIndex({});
  CompareRequest request;
  request.topic = *TopicQuery::Parse("NOT data");
  request.subjects = {"anyone"};
  CompareResult result = RunCompare(*empty, request);
  EXPECT_EQ(result.considered_statements, 0);
  EXPECT_EQ(result.unmatched_subjects, std::vector<std::string>{"anyone"});

  // Unattributed, empty and punctuation-only statements; every grouping, every scope.
  StatementSpec unattributed = Said("", "art1", 0, "Data without a speaker.");
  std::shared_ptr<const Index> index = BuildIndex({
      MakeStatement(1, unattributed),
      MakeStatement(2, Said("a", "art1", 1, "")),
      MakeStatement(3, Said("a", "art1", 2, "!!! ... ???")),
      MakeStatement(4, Said("a", "art1", 3, "Data, data and more data.")),
  });
  request.subjects.clear();
  for (GroupBy group_by : {GroupBy::kSpeaker, GroupBy::kOrganization, GroupBy::kRole,
                           GroupBy::kOutlet, GroupBy::kArticle}) {
    for (TopicScope scope : {TopicScope::kStatement, TopicScope::kPassage, TopicScope::kArticle}) {
      request.group_by = group_by;
      request.scope = scope;
      request.time_bucket = TimeBucket::kYear;
      EXPECT_TRUE(Compare(*index, request).ok());
    }
  }
  request.group_by = GroupBy::kOutlet;
  request.topic = *TopicQuery::Parse("data");
  result = RunCompare(*index, request);
  ASSERT_EQ(result.subjects.size(), 1u);
  EXPECT_EQ(result.subjects[0].matched_statements, 2);  // the outlet includes the unattributed one
}

TEST(IndexTest, RejectsDuplicateIds) {
  std::vector<StatementRecord> records = {MakeStatement(1, Said("a", "x", 0, "One.")),
                                          MakeStatement(1, Said("a", "x", 1, "Two."))};
  absl::StatusOr<std::shared_ptr<const Index>> index =
      Index::Build(std::move(records), 1, testing::DefaultResources());
  EXPECT_EQ(index.status().message(), "statement id 1 occurs twice; ids must be unique");
}

}  // namespace
}  // namespace policy::compare
