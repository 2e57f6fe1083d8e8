// The statistics of the comparison engine, on plain numbers so that tests can check them
// against hand computations.
#ifndef POLICY_SERVER_COMPARE_INTERNAL_STATS_H_
#define POLICY_SERVER_COMPARE_INTERNAL_STATS_H_

namespace policy::compare::internal {

struct LogOdds {
  double delta = 0;     // log-odds ratio, subject minus background
  double variance = 0;
  double z = 0;         // delta / sqrt(variance)
};

// Log-odds ratio with informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, eq. 16 with
// the full variance):
//   delta = ln((y_i+a_w) / (n_i+a0-y_i-a_w)) - ln((y_j+a_w) / (n_j+a0-y_j-a_w))
//   var   = 1/(y_i+a_w) + 1/(n_i+a0-y_i-a_w) + 1/(y_j+a_w) + 1/(n_j+a0-y_j-a_w)
// y = the term's count, n = all terms' count, i = subject, j = background, a_w = the term's
// prior pseudo-count, a0 = the sum of all prior pseudo-counts. Requires a_w > 0, a0 > a_w.
LogOdds LogOddsDirichlet(double y_i, double n_i, double y_j, double n_j, double a_w, double a0);

// Log-likelihood G2 of the 2x2 table (term, other terms) x (subject, background):
//   G2 = 2 * sum O * ln(O / E), E = row total * column total / N, 0 * ln 0 = 0;
// signed: negative when the subject's relative frequency a/n1 is below the background's b/n2.
// 0 when either total is 0.
double SignedG2(double a, double n1, double b, double n2);

// Upper tail of the chi-squared distribution with 1 degree of freedom: erfc(sqrt(|g2| / 2)).
double ChiSquared1PValue(double g2);

// Log Ratio (Hardie 2014): log2((a / n1) / (b / n2)), a zero count replaced by 0.5.
// 0 when either total is 0.
double LogRatio(double a, double n1, double b, double n2);

// Rounds to 4 decimal places (and turns -0 into 0) so that output is byte-stable.
double Round4(double value);

}  // namespace policy::compare::internal

#endif  // POLICY_SERVER_COMPARE_INTERNAL_STATS_H_
