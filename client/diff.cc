#include "client/diff.h"

#include <cmath>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "client/format.h"

namespace policyctl {
namespace {

using policy::v1::CompareSpeakersResponse;
using policy::v1::DiffChange;
using policy::v1::DiffChangeKind;
using policy::v1::DiffThresholds;
using policy::v1::Report;
using policy::v1::ReportDiff;
using policy::v1::SubjectSummary;

std::string SubjectKey(const SubjectSummary& s) { return s.key().empty() ? s.label() : s.key(); }

class DiffBuilder {
 public:
  DiffBuilder(ReportDiff* diff) : diff_(diff), t_(diff->thresholds()) {}

  void Sections(const Report& old_report, const Report& new_report) {
    std::map<std::string, const policy::v1::ReportSection*> old_sections;
    for (const auto& s : old_report.sections()) old_sections.emplace(s.title(), &s);
    std::set<std::string> new_titles;
    for (const auto& s : new_report.sections()) {
      new_titles.insert(s.title());
      auto it = old_sections.find(s.title());
      if (it == old_sections.end()) {
        Add(s.title(), "", policy::v1::DIFF_CHANGE_KIND_SECTION_ADDED, s.title(), 0, 0, true,
            "section added");
        continue;
      }
      Section(s.title(), it->second->response(), s.response());
    }
    for (const auto& s : old_report.sections()) {
      if (new_titles.count(s.title()) == 0) {
        Add(s.title(), "", policy::v1::DIFF_CHANGE_KIND_SECTION_REMOVED, s.title(), 0, 0, true,
            "section removed");
      }
    }
  }

 private:
  void Add(const std::string& section, const std::string& subject, DiffChangeKind kind,
           const std::string& item, double old_value, double new_value, bool drift,
           std::string description) {
    DiffChange* c = diff_->add_changes();
    c->set_section(section);
    c->set_subject(subject);
    c->set_kind(kind);
    c->set_item(item);
    c->set_old_value(old_value);
    c->set_new_value(new_value);
    c->set_drift(drift);
    c->set_description(std::move(description));
    if (drift) diff_->set_drift_count(diff_->drift_count() + 1);
  }

  void Section(const std::string& title, const CompareSpeakersResponse& o,
               const CompareSpeakersResponse& n) {
    if (o.matched_statements() != n.matched_statements()) {
      Add(title, "", policy::v1::DIFF_CHANGE_KIND_SECTION_STATEMENTS_CHANGED, "matched statements",
          o.matched_statements(), n.matched_statements(), false,
          absl::StrCat("matched statements ", o.matched_statements(), " -> ",
                       n.matched_statements(), " (of ", o.considered_statements(), " -> ",
                       n.considered_statements(), " considered)"));
    }
    std::map<std::string, const SubjectSummary*> old_subjects;
    for (const auto& s : o.subjects()) old_subjects.emplace(SubjectKey(s), &s);
    std::set<std::string> new_keys;
    for (const auto& s : n.subjects()) {
      new_keys.insert(SubjectKey(s));
      auto it = old_subjects.find(SubjectKey(s));
      if (it == old_subjects.end()) {
        Add(title, s.label(), policy::v1::DIFF_CHANGE_KIND_SUBJECT_APPEARED, s.label(), 0,
            s.matched_statements(), true,
            absl::StrCat("subject appeared with ", s.matched_statements(), " matched statements"));
        continue;
      }
      Subject(title, *it->second, s);
    }
    for (const auto& s : o.subjects()) {
      if (new_keys.count(SubjectKey(s)) == 0) {
        Add(title, s.label(), policy::v1::DIFF_CHANGE_KIND_SUBJECT_VANISHED, s.label(),
            s.matched_statements(), 0, true, "subject vanished");
      }
    }
    Similarity(title, o, n);
  }

  void Subject(const std::string& title, const SubjectSummary& o, const SubjectSummary& n) {
    const std::string& label = n.label();
    if (o.matched_statements() != n.matched_statements()) {
      const int64_t delta = n.matched_statements() - o.matched_statements();
      const bool drift = t_.has_matched_statements() && std::llabs(delta) > t_.matched_statements();
      Add(title, label, policy::v1::DIFF_CHANGE_KIND_STATEMENTS_CHANGED, "matched statements",
          o.matched_statements(), n.matched_statements(), drift,
          absl::StrCat("matched statements ", o.matched_statements(), " -> ",
                       n.matched_statements(), " (", delta > 0 ? "+" : "", delta, ")"));
    }
    // Top-k by stem, in response order (z-score descending).
    const int k = t_.top_k();
    const double min_z = t_.top_k_min_z();
    auto top = [k, min_z](const SubjectSummary& s) {
      std::map<std::string, const policy::v1::DistinctiveTerm*> out;
      for (const auto& term : s.terms()) {
        if (static_cast<int>(out.size()) >= k) break;
        if (term.z_score() >= min_z) out.emplace(term.stem(), &term);
      }
      return out;
    };
    auto all = [](const SubjectSummary& s) {
      std::map<std::string, const policy::v1::DistinctiveTerm*> out;
      for (const auto& t : s.terms()) out.emplace(t.stem(), &t);
      return out;
    };
    const auto old_top = top(o), new_top = top(n), old_all = all(o), new_all = all(n);
    for (const auto& t : o.terms()) {
      if (old_top.count(t.stem()) == 0 || new_top.count(t.stem()) > 0) continue;
      Add(title, label, policy::v1::DIFF_CHANGE_KIND_TERM_LEFT, t.term(), t.z_score(),
          new_all.count(t.stem()) ? new_all.at(t.stem())->z_score() : 0, true,
          absl::StrCat("\"", t.term(), "\" left the top ", k, " (z was ",
                       FormatDouble(t.z_score(), 2), ")"));
    }
    for (const auto& t : n.terms()) {
      if (new_top.count(t.stem()) == 0 || old_top.count(t.stem()) > 0) continue;
      Add(title, label, policy::v1::DIFF_CHANGE_KIND_TERM_ENTERED, t.term(),
          old_all.count(t.stem()) ? old_all.at(t.stem())->z_score() : 0, t.z_score(), true,
          absl::StrCat("\"", t.term(), "\" entered the top ", k, " (z ",
                       FormatDouble(t.z_score(), 2), ")"));
    }
    for (const auto& t : n.terms()) {
      auto it = old_all.find(t.stem());
      if (it == old_all.end()) continue;
      if (old_top.count(t.stem()) == 0 && new_top.count(t.stem()) == 0) continue;
      const double before = it->second->z_score(), after = t.z_score();
      if (std::fabs(after - before) <= t_.z_score()) continue;
      Add(title, label, policy::v1::DIFF_CHANGE_KIND_Z_SCORE_CHANGED, t.term(), before, after,
          true,
          absl::StrCat("z of \"", t.term(), "\" ", after > before ? "rose " : "fell ",
                       FormatDouble(before, 2), " -> ", FormatDouble(after, 2)));
    }
    // Frames: union by name, missing = share 0.
    std::map<std::string, double> old_share, new_share;
    std::vector<std::string> names;
    for (const auto& f : n.frames()) {
      new_share[f.frame()] = f.share();
      names.push_back(f.frame());
    }
    for (const auto& f : o.frames()) {
      old_share[f.frame()] = f.share();
      if (new_share.count(f.frame()) == 0) names.push_back(f.frame());
    }
    for (const auto& name : names) {
      const double before = old_share.count(name) ? old_share[name] : 0;
      const double after = new_share.count(name) ? new_share[name] : 0;
      if (std::fabs(after - before) <= t_.frame_share()) continue;
      Add(title, label, policy::v1::DIFF_CHANGE_KIND_FRAME_SHARE_CHANGED, name, before, after,
          true,
          absl::StrCat("share of frame \"", name, "\" ", FormatDouble(before, 2), " -> ",
                       FormatDouble(after, 2)));
    }
  }

  void Similarity(const std::string& title, const CompareSpeakersResponse& o,
                  const CompareSpeakersResponse& n) {
    auto key = [](const std::string& a, const std::string& b) {
      return a < b ? std::make_pair(a, b) : std::make_pair(b, a);
    };
    std::map<std::pair<std::string, std::string>, double> before;
    for (const auto& p : o.similarity()) before[key(p.a(), p.b())] = p.cosine();
    for (const auto& p : n.similarity()) {
      auto it = before.find(key(p.a(), p.b()));
      if (it == before.end()) continue;  // a subject appeared: reported as such
      if (std::fabs(p.cosine() - it->second) <= t_.similarity()) continue;
      Add(title, p.a(), policy::v1::DIFF_CHANGE_KIND_SIMILARITY_CHANGED, p.b(), it->second,
          p.cosine(), true,
          absl::StrCat("similarity with ", p.b(), " ", FormatDouble(it->second, 2), " -> ",
                       FormatDouble(p.cosine(), 2)));
    }
  }

  ReportDiff* diff_;
  DiffThresholds t_;
};

std::string KindLabel(DiffChangeKind kind) {
  switch (kind) {
    case policy::v1::DIFF_CHANGE_KIND_SECTION_ADDED: return "section added";
    case policy::v1::DIFF_CHANGE_KIND_SECTION_REMOVED: return "section removed";
    case policy::v1::DIFF_CHANGE_KIND_SUBJECT_APPEARED: return "subject appeared";
    case policy::v1::DIFF_CHANGE_KIND_SUBJECT_VANISHED: return "subject vanished";
    case policy::v1::DIFF_CHANGE_KIND_TERM_ENTERED: return "term entered";
    case policy::v1::DIFF_CHANGE_KIND_TERM_LEFT: return "term left";
    case policy::v1::DIFF_CHANGE_KIND_Z_SCORE_CHANGED: return "z-score";
    case policy::v1::DIFF_CHANGE_KIND_FRAME_SHARE_CHANGED: return "frame share";
    case policy::v1::DIFF_CHANGE_KIND_SIMILARITY_CHANGED: return "similarity";
    case policy::v1::DIFF_CHANGE_KIND_STATEMENTS_CHANGED: return "statements";
    case policy::v1::DIFF_CHANGE_KIND_SECTION_STATEMENTS_CHANGED: return "statements";
    default: return "change";
  }
}

}  // namespace

DiffThresholds ResolveThresholds(const DiffThresholds& base, const DiffThresholds& overrides) {
  DiffThresholds t = base;
  t.MergeFrom(overrides);  // set optional fields of `overrides` win
  if (!t.has_top_k()) t.set_top_k(kDefaultTopK);
  if (!t.has_top_k_min_z()) t.set_top_k_min_z(kDefaultTopKMinZ);
  if (!t.has_z_score()) t.set_z_score(kDefaultZTolerance);
  if (!t.has_frame_share()) t.set_frame_share(kDefaultShareTolerance);
  if (!t.has_similarity()) t.set_similarity(kDefaultSimilarityTolerance);
  return t;
}

ReportDiff DiffReports(const Report& old_report, const Report& new_report,
                       const DiffThresholds& overrides) {
  ReportDiff diff;
  diff.set_schema_version(1);
  diff.set_old_corpus_revision(old_report.corpus_revision());
  diff.set_new_corpus_revision(new_report.corpus_revision());
  diff.set_old_spec_hash(old_report.spec_hash());
  diff.set_new_spec_hash(new_report.spec_hash());
  *diff.mutable_thresholds() = ResolveThresholds(new_report.thresholds(), overrides);
  DiffBuilder(&diff).Sections(old_report, new_report);
  return diff;
}

std::string RenderDiff(const ReportDiff& diff, OutputFormat format) {
  if (format == OutputFormat::kJson) return ToJson(diff) + "\n";
  Table t({"drift", "section", "subject", "change", "detail"});
  for (const auto& c : diff.changes()) {
    t.AddRow({c.drift() ? "!" : "", c.section(), c.subject(), KindLabel(c.kind()),
              c.description()});
  }
  if (format == OutputFormat::kCsv) return RenderCsv(t);
  const auto& th = diff.thresholds();
  std::string summary = absl::StrCat(
      diff.drift_count() == 0 ? "no drift" : absl::StrCat("DRIFT: ", diff.drift_count(),
                                                           " change",
                                                           diff.drift_count() == 1 ? "" : "s",
                                                           " beyond the thresholds"),
      " (corpus revision ", diff.old_corpus_revision(), " -> ", diff.new_corpus_revision(),
      "; top-k ", th.top_k(), " with z >= ", FormatDouble(th.top_k_min_z(), 2), ", z ±", FormatDouble(th.z_score(), 2), ", frame share ±",
      FormatDouble(th.frame_share(), 2), ", similarity ±", FormatDouble(th.similarity(), 2),
      th.has_matched_statements() ? absl::StrCat(", statements ±", th.matched_statements()) : "",
      ")\n");
  if (diff.old_spec_hash() != diff.new_spec_hash()) {
    absl::StrAppend(&summary, "note: the reports come from different specs (", diff.old_spec_hash(),
                    " -> ", diff.new_spec_hash(), ")\n");
  }
  if (diff.changes().empty()) return absl::StrCat(summary, "no changes\n");
  if (format == OutputFormat::kMarkdown) {
    return absl::StrCat(MarkdownEscape(summary.substr(0, summary.size() - 1)), "\n\n",
                        RenderMarkdownTable(t));
  }
  return absl::StrCat(summary, RenderAligned(t));
}

int DiffExitCode(const ReportDiff& diff) {
  return diff.drift_count() > 0 ? kExitDrift : kExitOk;
}

}  // namespace policyctl
