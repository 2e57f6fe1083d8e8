#include "client/report/html.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "client/compare_format.h"
#include "client/format.h"
#include "client/report/markdown.h"

namespace policyctl {
namespace {

using policy::v1::CompareSpeakersResponse;
using policy::v1::SubjectSummary;

constexpr int kMaxFramesPerSubject = 6;
constexpr int kMaxTermsPerChart = 12;
// Approximate advance of one character of the 12px sans-serif labels, for layout.
constexpr double kCharWidth = 7.0;

constexpr const char* kPalette[] = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2",
                                    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};

constexpr const char* kStyle = R"css(
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#222;line-height:1.45}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.5rem}
h3{margin-top:1.6rem}.meta{color:#666;font-size:.9rem}.request{color:#444;font-style:italic}
svg{display:block;margin:.5rem 0 1rem 0;max-width:100%;height:auto}svg text{font-size:12px;font-family:inherit}
.subjects{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:1rem 2rem}
.subject{border:1px solid #e3e3e3;border-radius:6px;padding:.6rem 1rem}
.subject h4{margin:.2rem 0 .4rem 0;font-size:1.1rem}.counts{color:#555;font-size:.9rem}
ul.evidence{padding-left:1.1rem}ul.evidence li{margin:.35rem 0}mark{background:#ffe58f;padding:0 .1em}
.source{color:#777;font-size:.85rem}.warn{color:#a33}
table{border-collapse:collapse;font-size:.9rem}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:right}
th{background:#f6f6f6}td:first-child,th:first-child{text-align:left}
)css";

std::string Num(double v, int digits) { return FormatDouble(v, digits); }

std::string SvgText(double x, double y, absl::string_view text, absl::string_view extra = "") {
  return absl::StrCat("<text x=\"", Num(x, 1), "\" y=\"", Num(y, 1), "\"",
                      extra.empty() ? "" : " ", extra, ">", HtmlEscape(text), "</text>");
}

std::string Rect(double x, double y, double w, double h, absl::string_view fill,
                 absl::string_view title) {
  return absl::StrCat("<rect x=\"", Num(x, 1), "\" y=\"", Num(y, 1), "\" width=\"",
                      Num(std::max(0.0, w), 1), "\" height=\"", Num(h, 1), "\" fill=\"", fill,
                      "\"><title>", HtmlEscape(title), "</title></rect>");
}

// Horizontal bars of each subject's top frames by share; one colour per frame name.
std::string FrameSharesChart(const CompareSpeakersResponse& r) {
  std::map<std::string, size_t> frame_colour;
  size_t max_label = 10;
  int rows = 0;
  for (const SubjectSummary& s : r.subjects()) {
    int n = 0;
    for (const auto& f : s.frames()) {
      if (n++ >= kMaxFramesPerSubject) break;
      frame_colour.emplace(f.frame(), 0);
      max_label = std::max(max_label, Utf8Length(f.frame()));
      ++rows;
    }
    ++rows;  // the subject heading row
  }
  if (frame_colour.empty()) return "";
  size_t next = 0;
  for (auto& [name, colour] : frame_colour) colour = next++ % std::size(kPalette);

  const double label_w = std::min(272.0, 12 + max_label * kCharWidth + 10);  // 12 = indent
  const double bar_w = 360, row_h = 20, width = label_w + bar_w + 60;
  const double height = rows * row_h + 10;
  std::string out = absl::StrCat(
      "<svg class=\"chart frame-shares\" role=\"img\" "
      "viewBox=\"0 0 ", Num(width, 0), " ", Num(height, 0), "\" width=\"", Num(width, 0),
      "\" height=\"", Num(height, 0), "\"><title>Frame shares per subject</title>");
  double y = 5;
  for (const SubjectSummary& s : r.subjects()) {
    absl::StrAppend(&out, SvgText(0, y + 14, s.label(), "font-weight=\"bold\""));
    y += row_h;
    int n = 0;
    for (const auto& f : s.frames()) {
      if (n++ >= kMaxFramesPerSubject) break;
      const std::string colour = kPalette[frame_colour[f.frame()]];
      absl::StrAppend(
          &out, SvgText(12, y + 14, Truncate(f.frame(), 36)),
          Rect(label_w, y + 3, bar_w * std::clamp(f.share(), 0.0, 1.0), row_h - 6, colour,
               absl::StrCat(s.label(), " · ", f.frame(), ": share ", Num(f.share(), 2), ", ",
                            f.hits(), " hits")),
          SvgText(label_w + bar_w * std::clamp(f.share(), 0.0, 1.0) + 4, y + 14,
                  Num(f.share(), 2)));
      y += row_h;
    }
  }
  out += "</svg>";
  return out;
}

// Horizontal bars of z-scores (negative to the left of the axis) for one subject's terms.
std::string TermsChart(const SubjectSummary& s) {
  const int n = std::min(kMaxTermsPerChart, s.terms_size());
  if (n == 0) return "";
  double max_abs = 1.96;
  size_t max_label = 6;
  bool negative = false;
  for (int i = 0; i < n; ++i) {
    max_abs = std::max(max_abs, std::fabs(s.terms(i).z_score()));
    max_label = std::max(max_label, Utf8Length(s.terms(i).term()));
    negative = negative || s.terms(i).z_score() < 0;
  }
  const double label_w = std::min(200.0, max_label * kCharWidth + 10);
  const double plot_w = 220, row_h = 18;
  const double zero_x = label_w + (negative ? plot_w / 2 : 0);
  const double scale = (negative ? plot_w / 2 : plot_w) / max_abs;
  const double width = label_w + plot_w + 50, height = n * row_h + 24;
  std::string out = absl::StrCat(
      "<svg class=\"chart terms\" role=\"img\" "
      "viewBox=\"0 0 ", Num(width, 0), " ", Num(height, 0), "\" width=\"", Num(width, 0),
      "\" height=\"", Num(height, 0), "\"><title>Distinctive terms of ", HtmlEscape(s.label()),
      " (z-scores)</title>");
  for (int i = 0; i < n; ++i) {
    const auto& t = s.terms(i);
    const double y = i * row_h;
    const double w = std::fabs(t.z_score()) * scale;
    const double x = t.z_score() >= 0 ? zero_x : zero_x - w;
    const char* colour = t.term_class() == policy::v1::TERM_CLASS_DISTINCTIVE ? "#4e79a7"
                         : t.z_score() < 0                                     ? "#e15759"
                                                                               : "#a0a0a0";
    absl::StrAppend(&out, SvgText(0, y + 13, Truncate(t.term(), 28)),
                    Rect(x, y + 2, w, row_h - 4, colour,
                         absl::StrCat(t.term(), ": z ", Num(t.z_score(), 2), ", ", t.count(),
                                      " uses, ", TermClassName(t.term_class()))),
                    SvgText(t.z_score() >= 0 ? x + w + 4 : zero_x + 4, y + 13,
                            Num(t.z_score(), 2)));
  }
  // The zero axis and the 1.96 significance line.
  absl::StrAppend(&out, "<line x1=\"", Num(zero_x, 1), "\" y1=\"0\" x2=\"", Num(zero_x, 1),
                  "\" y2=\"", Num(n * row_h, 1), "\" stroke=\"#333\"/>");
  const double sig_x = zero_x + 1.96 * scale;
  absl::StrAppend(&out, "<line x1=\"", Num(sig_x, 1), "\" y1=\"0\" x2=\"", Num(sig_x, 1),
                  "\" y2=\"", Num(n * row_h, 1),
                  "\" stroke=\"#999\" stroke-dasharray=\"3,3\"/>",
                  SvgText(sig_x - 12, n * row_h + 16, "z=1.96", "fill=\"#777\""));
  out += "</svg>";
  return out;
}

// n x n heatmap of cosine similarity, values printed in the cells.
std::string SimilarityChart(const CompareSpeakersResponse& r) {
  const SimilarityMatrix m = BuildSimilarityMatrix(r);
  const size_t n = m.labels.size();
  if (n < 2) return "";
  size_t max_label = 4;
  for (const auto& l : m.labels) max_label = std::max(max_label, std::min<size_t>(24, Utf8Length(l)));
  const double label_w = max_label * kCharWidth + 10, cell = 56;
  const double width = label_w + n * cell + 10, height = label_w + n * cell + 10;
  std::string out = absl::StrCat(
      "<svg class=\"chart similarity\" role=\"img\" "
      "viewBox=\"0 0 ", Num(width, 0), " ", Num(height, 0), "\" width=\"", Num(width, 0),
      "\" height=\"", Num(height, 0), "\"><title>Similarity matrix (cosine)</title>");
  for (size_t j = 0; j < n; ++j) {
    const double x = label_w + j * cell + cell / 2;
    absl::StrAppend(&out, SvgText(x, label_w - 6, Truncate(m.labels[j], 24),
                                  absl::StrCat("transform=\"rotate(-45 ", Num(x, 1), " ",
                                               Num(label_w - 6, 1), ")\"")));
  }
  for (size_t i = 0; i < n; ++i) {
    const double y = label_w + i * cell;
    absl::StrAppend(&out, SvgText(0, y + cell / 2 + 4, Truncate(m.labels[i], 24)));
    for (size_t j = 0; j < n; ++j) {
      const double v = std::clamp(m.cosine[i][j], 0.0, 1.0);
      // White (0) to dark blue (1).
      const int red = static_cast<int>(std::lround(255 - v * (255 - 33)));
      const int green = static_cast<int>(std::lround(255 - v * (255 - 102)));
      const int blue = static_cast<int>(std::lround(255 - v * (255 - 172)));
      const std::string fill = absl::StrFormat("#%02x%02x%02x", red, green, blue);
      const double x = label_w + j * cell;
      absl::StrAppend(&out,
                      Rect(x, y, cell - 2, cell - 2, fill,
                           absl::StrCat(m.labels[i], " ~ ", m.labels[j], ": cosine ",
                                        Num(m.cosine[i][j], 2))),
                      SvgText(x + cell / 2 - 14, y + cell / 2 + 3, Num(m.cosine[i][j], 2),
                              v > 0.55 ? "fill=\"#fff\"" : ""));
    }
  }
  out += "</svg>";
  return out;
}

std::string ArticleId(const std::string& name) {
  const size_t slash = name.rfind('/');
  return slash == std::string::npos ? name : name.substr(slash + 1);
}

std::string SubjectBlock(const SubjectSummary& s) {
  std::string out = absl::StrCat("<div class=\"subject\"><h4>", HtmlEscape(s.label()), "</h4>");
  if (!s.speakers().empty()) {
    absl::StrAppend(&out, "<div class=\"counts\">", HtmlEscape(absl::StrJoin(s.speakers(), ", ")),
                    "</div>");
  }
  absl::StrAppend(&out, "<div class=\"counts\">", s.matched_statements(),
                  " statements matched, ", s.scoped_statements(), " in scope, ",
                  s.total_statements(), " in total</div>", TermsChart(s));
  if (!s.evidence().empty()) {
    out += "<ul class=\"evidence\">";
    for (const auto& e : s.evidence()) {
      absl::StrAppend(&out, "<li>“", SnippetToHtml(e.snippet()), "” <span class=\"source\">— ",
                      HtmlEscape(e.speaker()), ", ", HtmlEscape(ArticleId(e.article())),
                      "</span></li>");
    }
    out += "</ul>";
  }
  out += "</div>";
  return out;
}

}  // namespace

std::string SnippetToHtml(const std::string& snippet) {
  std::string out;
  size_t pos = 0;
  while (pos < snippet.size()) {
    const size_t open = snippet.find("[[", pos);
    const size_t close = open == std::string::npos ? std::string::npos : snippet.find("]]", open);
    if (close == std::string::npos) {
      out += HtmlEscape(absl::string_view(snippet).substr(pos));
      break;
    }
    absl::StrAppend(&out, HtmlEscape(absl::string_view(snippet).substr(pos, open - pos)),
                    "<mark>",
                    HtmlEscape(absl::string_view(snippet).substr(open + 2, close - open - 2)),
                    "</mark>");
    pos = close + 2;
  }
  return out;
}

std::string RenderReportHtml(const policy::v1::Report& report) {
  std::string out = absl::StrCat(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<link rel=\"icon\" href=\"data:,\">\n<title>",
      HtmlEscape(report.title()), "</title>\n<style>", kStyle, "</style>\n</head>\n<body>\n");
  absl::StrAppend(&out, "<h1>", HtmlEscape(report.title()), "</h1>\n<p class=\"meta\">Corpus "
                  "revision ", report.corpus_revision(), " · spec ",
                  HtmlEscape(report.spec_hash()), " · policyd ",
                  HtmlEscape(report.server_version()), " · policyctl ",
                  HtmlEscape(report.client_version()), "</p>\n");
  for (int i = 0; i < report.sections_size(); ++i) {
    const auto& section = report.sections(i);
    const auto& r = section.response();
    absl::StrAppend(&out, "<section id=\"section-", i + 1, "\">\n<h2>",
                    HtmlEscape(section.title()), "</h2>\n<p class=\"request\">",
                    HtmlEscape(DescribeRequest(section.request())), "</p>\n<p class=\"meta\">",
                    r.matched_statements(), " of ", r.considered_statements(),
                    " statements matched", r.parsed_topic().empty() ? "" : " the query ",
                    HtmlEscape(r.parsed_topic()), "</p>\n");
    if (!r.unmatched_subjects().empty()) {
      absl::StrAppend(&out, "<p class=\"warn\">No statements for: ",
                      HtmlEscape(absl::StrJoin(r.unmatched_subjects(), ", ")), "</p>\n");
    }
    if (r.subjects().empty()) {
      out += "<p>No subject matched.</p>\n</section>\n";
      continue;
    }
    const std::string frames = FrameSharesChart(r);
    if (!frames.empty()) absl::StrAppend(&out, "<h3>Frames</h3>\n", frames, "\n");
    out += "<h3>Subjects: distinctive terms and evidence</h3>\n<div class=\"subjects\">\n";
    for (const SubjectSummary& s : r.subjects()) absl::StrAppend(&out, SubjectBlock(s), "\n");
    out += "</div>\n";
    const std::string similarity = SimilarityChart(r);
    if (!similarity.empty()) {
      absl::StrAppend(&out, "<h3>Similarity</h3>\n", similarity, "\n");
    }
    out += "</section>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace policyctl
