#include "client/compare_format.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace policyctl {

using policy::v1::CompareSpeakersResponse;
using policy::v1::Evidence;
using policy::v1::SubjectSummary;

SimilarityMatrix BuildSimilarityMatrix(const CompareSpeakersResponse& response) {
  SimilarityMatrix m;
  for (const SubjectSummary& s : response.subjects()) m.labels.push_back(s.label());
  const size_t n = m.labels.size();
  m.cosine.assign(n, std::vector<double>(n, 0.0));
  for (size_t i = 0; i < n; ++i) m.cosine[i][i] = 1.0;
  auto index_of = [&](const std::string& label) -> int {
    auto it = std::find(m.labels.begin(), m.labels.end(), label);
    return it == m.labels.end() ? -1 : static_cast<int>(it - m.labels.begin());
  };
  for (const auto& pair : response.similarity()) {
    const int a = index_of(pair.a());
    const int b = index_of(pair.b());
    if (a < 0 || b < 0) continue;
    m.cosine[a][b] = pair.cosine();
    m.cosine[b][a] = pair.cosine();
  }
  return m;
}

absl::string_view TermClassName(policy::v1::TermClass term_class) {
  switch (term_class) {
    case policy::v1::TERM_CLASS_DISTINCTIVE: return "distinctive";
    case policy::v1::TERM_CLASS_SHARED: return "shared";
    case policy::v1::TERM_CLASS_TOO_RARE: return "too rare";
    case policy::v1::TERM_CLASS_UNDER_REPRESENTED: return "under-represented";
    default: return "";
  }
}

namespace {

constexpr int kTopFrames = 5;

std::string ArticleId(absl::string_view name) {
  const size_t slash = name.rfind('/');
  return std::string(slash == absl::string_view::npos ? name : name.substr(slash + 1));
}

std::string EvidenceLine(const Evidence& e) {
  return absl::StrCat("\"", e.snippet(), "\" — ", e.speaker().empty() ? "?" : e.speaker(),
                      " (", ArticleId(e.article()), " @", e.content_span().begin(), ")");
}

std::string Header(const CompareSpeakersResponse& r) {
  return absl::StrCat("topic ", r.parsed_topic().empty() ? "(all statements)" : r.parsed_topic(),
                      " · ", r.matched_statements(), " of ", r.considered_statements(),
                      " statements matched · corpus revision ", r.corpus_revision(),
                      " · request ", r.request_hash());
}

Table TermsTable(const SubjectSummary& s) {
  Table t({"term", "z", "count", "stmts", "background", "log-ratio", "class"});
  for (const auto& term : s.terms()) {
    t.AddRow({term.term(), FormatDouble(term.z_score(), 2), absl::StrCat(term.count()),
              absl::StrCat(term.statement_count()), absl::StrCat(term.background_count()),
              FormatDouble(term.log_ratio(), 2), std::string(TermClassName(term.term_class()))});
  }
  return t;
}

Table FramesTable(const SubjectSummary& s, int limit) {
  Table t({"frame", "group", "share", "hits", "per 1000", "triggers"});
  int n = 0;
  for (const auto& f : s.frames()) {
    if (limit > 0 && n++ >= limit) break;
    std::vector<std::string> triggers;
    for (const auto& tr : f.triggers()) triggers.push_back(absl::StrCat(tr.term(), "×", tr.count()));
    t.AddRow({f.frame(), f.group(), FormatDouble(f.share(), 2), absl::StrCat(f.hits()),
              FormatDouble(f.rate_per_1000(), 1), absl::StrJoin(triggers, ", ")});
  }
  return t;
}

Table MatrixTable(const SimilarityMatrix& m) {
  std::vector<std::string> header = {"cosine"};
  header.insert(header.end(), m.labels.begin(), m.labels.end());
  Table t(header);
  for (size_t i = 0; i < m.labels.size(); ++i) {
    std::vector<std::string> row = {m.labels[i]};
    for (size_t j = 0; j < m.labels.size(); ++j) row.push_back(FormatDouble(m.cosine[i][j], 2));
    t.AddRow(row);
  }
  return t;
}

std::string Indent(absl::string_view text, absl::string_view prefix) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == absl::string_view::npos) end = text.size();
    absl::StrAppend(&out, prefix, text.substr(start, end - start), "\n");
    start = end + 1;
  }
  return out;
}

std::string SubjectCounts(const SubjectSummary& s) {
  return absl::StrCat(s.matched_statements(), " statements matched, ", s.scoped_statements(),
                      " in scope, ", s.total_statements(), " in total; ", s.token_count(),
                      " tokens");
}

}  // namespace

std::string RenderCompareText(const CompareSpeakersResponse& r) {
  std::string out = absl::StrCat(Header(r), "\n");
  if (!r.unmatched_subjects().empty()) {
    absl::StrAppend(&out, "no statements for: ", absl::StrJoin(r.unmatched_subjects(), ", "),
                    "\n");
  }
  for (const SubjectSummary& s : r.subjects()) {
    absl::StrAppend(&out, "\n== ", s.label(), " ==\n");
    if (!s.speakers().empty() &&
        !(s.speakers_size() == 1 && s.speakers(0) == s.label())) {
      absl::StrAppend(&out, "  speakers: ", absl::StrJoin(s.speakers(), ", "), "\n");
    }
    absl::StrAppend(&out, "  ", SubjectCounts(s), "\n");
    if (!s.terms().empty()) {
      absl::StrAppend(&out, "  distinctive terms:\n", Indent(RenderAligned(TermsTable(s)), "    "));
    }
    if (!s.frames().empty()) {
      absl::StrAppend(&out, "  top frames:\n",
                      Indent(RenderAligned(FramesTable(s, kTopFrames)), "    "));
    }
    if (!s.evidence().empty()) {
      absl::StrAppend(&out, "  evidence:\n");
      for (const Evidence& e : s.evidence()) absl::StrAppend(&out, "    - ", EvidenceLine(e), "\n");
    }
    if (!s.time_buckets().empty()) {
      std::vector<std::string> buckets;
      for (const auto& b : s.time_buckets()) {
        buckets.push_back(absl::StrCat(b.bucket(), " ", b.matched_statements(), "/",
                                       b.total_statements()));
      }
      absl::StrAppend(&out, "  over time (matched/total): ", absl::StrJoin(buckets, ", "), "\n");
    }
  }
  if (r.subjects_size() > 1) {
    absl::StrAppend(&out, "\nsimilarity (cosine of TF-IDF vectors)\n",
                    Indent(RenderAligned(MatrixTable(BuildSimilarityMatrix(r))), "  "));
  }
  return out;
}

std::string RenderCompareMarkdown(const CompareSpeakersResponse& r, int heading_level) {
  const std::string h(static_cast<size_t>(std::max(1, heading_level)), '#');
  std::string out = absl::StrCat(MarkdownEscape(Header(r)), "\n\n");
  if (!r.unmatched_subjects().empty()) {
    absl::StrAppend(&out, "No statements for: ",
                    MarkdownEscape(absl::StrJoin(r.unmatched_subjects(), ", ")), "\n\n");
  }
  for (const SubjectSummary& s : r.subjects()) {
    absl::StrAppend(&out, h, " ", MarkdownEscape(s.label()), "\n\n");
    if (!s.speakers().empty()) {
      absl::StrAppend(&out, "Speakers: ", MarkdownEscape(absl::StrJoin(s.speakers(), ", ")),
                      "\n\n");
    }
    absl::StrAppend(&out, SubjectCounts(s), ".\n\n");
    if (!s.terms().empty()) {
      absl::StrAppend(&out, "**Distinctive terms**\n\n", RenderMarkdownTable(TermsTable(s)), "\n");
    }
    if (!s.frames().empty()) {
      absl::StrAppend(&out, "**Top frames**\n\n",
                      RenderMarkdownTable(FramesTable(s, kTopFrames)), "\n");
    }
    if (!s.evidence().empty()) {
      absl::StrAppend(&out, "**Evidence**\n\n");
      for (const Evidence& e : s.evidence()) {
        absl::StrAppend(&out, "- ", MarkdownEscape(EvidenceLine(e)), "\n");
      }
      out += "\n";
    }
    if (!s.time_buckets().empty()) {
      Table t({"period", "matched", "total"});
      for (const auto& b : s.time_buckets()) {
        t.AddRow({b.bucket(), absl::StrCat(b.matched_statements()),
                  absl::StrCat(b.total_statements())});
      }
      absl::StrAppend(&out, "**Over time**\n\n", RenderMarkdownTable(t), "\n");
    }
  }
  if (r.subjects_size() > 1) {
    absl::StrAppend(&out, h, " Similarity\n\nCosine similarity of TF-IDF vectors.\n\n",
                    RenderMarkdownTable(MatrixTable(BuildSimilarityMatrix(r))), "\n");
  }
  return out;
}

Table CompareCsvTable(const CompareSpeakersResponse& r) {
  Table t({"subject", "section", "item", "count", "value", "detail"});
  for (const SubjectSummary& s : r.subjects()) {
    t.AddRow({s.label(), "summary", "total_statements", absl::StrCat(s.total_statements())});
    t.AddRow({s.label(), "summary", "matched_statements", absl::StrCat(s.matched_statements())});
    t.AddRow({s.label(), "summary", "scoped_statements", absl::StrCat(s.scoped_statements())});
    t.AddRow({s.label(), "summary", "token_count", absl::StrCat(s.token_count())});
    for (const auto& term : s.terms()) {
      t.AddRow({s.label(), "term", term.term(), absl::StrCat(term.count()),
                FormatDouble(term.z_score(), 4), std::string(TermClassName(term.term_class()))});
    }
    for (const auto& f : s.frames()) {
      t.AddRow({s.label(), "frame", f.frame(), absl::StrCat(f.hits()),
                FormatDouble(f.share(), 4), f.group()});
    }
    for (const auto& b : s.time_buckets()) {
      t.AddRow({s.label(), "time", b.bucket(), absl::StrCat(b.matched_statements()),
                absl::StrCat(b.total_statements()), ""});
    }
  }
  for (const auto& p : r.similarity()) {
    t.AddRow({p.a(), "similarity", p.b(), "", FormatDouble(p.cosine(), 4),
              FormatDouble(p.jensen_shannon(), 4)});
  }
  return t;
}

std::string RenderCompare(const CompareSpeakersResponse& r, OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson: return ToJson(r) + "\n";
    case OutputFormat::kCsv: return RenderCsv(CompareCsvTable(r));
    case OutputFormat::kMarkdown: return RenderCompareMarkdown(r, 2);
    case OutputFormat::kTable: break;
  }
  return RenderCompareText(r);
}

}  // namespace policyctl
