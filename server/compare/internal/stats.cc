#include "server/compare/internal/stats.h"

#include <cmath>

namespace policy::compare::internal {
namespace {

double OLogOverE(double observed, double expected) {
  return observed > 0 ? observed * std::log(observed / expected) : 0.0;
}

}  // namespace

LogOdds LogOddsDirichlet(double y_i, double n_i, double y_j, double n_j, double a_w, double a0) {
  const double in_i = y_i + a_w;
  const double out_i = n_i + a0 - y_i - a_w;
  const double in_j = y_j + a_w;
  const double out_j = n_j + a0 - y_j - a_w;
  LogOdds result;
  result.delta = std::log((in_i * out_j) / (out_i * in_j));  // one log: this runs per term
  result.variance = 1.0 / in_i + 1.0 / out_i + 1.0 / in_j + 1.0 / out_j;
  result.z = result.delta / std::sqrt(result.variance);
  return result;
}

double SignedG2(double a, double n1, double b, double n2) {
  if (n1 <= 0 || n2 <= 0) return 0.0;
  const double c = n1 - a;
  const double d = n2 - b;
  const double total = n1 + n2;
  const double term_total = a + b;
  const double rest_total = c + d;
  const double g2 = 2.0 * (OLogOverE(a, n1 * term_total / total) +
                           OLogOverE(b, n2 * term_total / total) +
                           OLogOverE(c, n1 * rest_total / total) +
                           OLogOverE(d, n2 * rest_total / total));
  const double magnitude = g2 > 0 ? g2 : 0.0;  // rounding can leave -1e-16
  return a / n1 < b / n2 ? -magnitude : magnitude;
}

double ChiSquared1PValue(double g2) { return std::erfc(std::sqrt(std::fabs(g2) / 2.0)); }

double LogRatio(double a, double n1, double b, double n2) {
  if (n1 <= 0 || n2 <= 0) return 0.0;
  const double a_adjusted = a > 0 ? a : 0.5;
  const double b_adjusted = b > 0 ? b : 0.5;
  return std::log2((a_adjusted / n1) / (b_adjusted / n2));
}

double Round4(double value) {
  const double rounded = std::round(value * 10000.0) / 10000.0;
  return rounded == 0.0 ? 0.0 : rounded;
}

}  // namespace policy::compare::internal
