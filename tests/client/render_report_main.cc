// Writes the HTML report of a hand-built Report (no server needed) to argv[1], for the
// headless-Chromium test (html_render_test.py).
#include <iostream>

#include "client/cli_common.h"
#include "client/report/html.h"
#include "client/report/spec.h"
#include "tests/client/test_responses.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: render_test_report OUT.html\n";
    return 1;
  }
  policy::v1::ReportSpec spec;
  spec.set_title("Growth watch <test>");
  spec.add_sections()->set_title("Growth by company");
  spec.add_sections()->set_title("Three subjects");
  auto three = policyctl::test_data::TwoSubjectResponse();
  auto* third = three.add_subjects();
  third->set_label("Initech & Co");
  third->set_key("initech");
  third->set_matched_statements(1);
  policyctl::test_data::AddTerm(third, "cuts", -2.5, 2);
  policyctl::test_data::AddFrame(third, "Austerity", 1.0, 2);
  auto* pair = three.add_similarity();
  pair->set_a("Acme");
  pair->set_b("Initech & Co");
  pair->set_cosine(0.75);
  const policy::v1::Report report = policyctl::AssembleReport(
      spec, {policyctl::test_data::TwoSubjectResponse(), three}, 7, "0.1.0");
  auto status = policyctl::WriteStringToFile(argv[1], policyctl::RenderReportHtml(report));
  if (!status.ok()) {
    std::cerr << status << "\n";
    return 1;
  }
  return 0;
}
