// The statistics against hand computations (to the 4th decimal).
#include "server/compare/internal/stats.h"

#include <cmath>

#include "gtest/gtest.h"

namespace policy::compare::internal {
namespace {

TEST(LogOddsDirichletTest, MatchesHandComputation) {
  // y_i = 3 of n_i = 20, y_j = 1 of n_j = 30, prior a_w = 0.5 of a0 = 10.
  //   in_i  = 3 + 0.5            =  3.5     out_i = 20 + 10 - 3 - 0.5 = 26.5
  //   in_j  = 1 + 0.5            =  1.5     out_j = 30 + 10 - 1 - 0.5 = 38.5
  //   delta = ln(3.5/26.5) - ln(1.5/38.5) = -2.024382 - (-3.245193) = 1.220811
  //   var   = 1/3.5 + 1/26.5 + 1/1.5 + 1/38.5
  //         = 0.285714 + 0.037736 + 0.666667 + 0.025974 = 1.016091
  //   z     = 1.220811 / sqrt(1.016091) = 1.220811 / 1.008013 = 1.211106
  const LogOdds odds = LogOddsDirichlet(3, 20, 1, 30, 0.5, 10);
  EXPECT_NEAR(odds.delta, 1.2208, 5e-5);
  EXPECT_NEAR(odds.variance, 1.0161, 5e-5);
  EXPECT_NEAR(odds.z, 1.2111, 5e-5);
}

TEST(LogOddsDirichletTest, SymmetricWhenSidesSwap) {
  const LogOdds forward = LogOddsDirichlet(3, 20, 1, 30, 0.5, 10);
  const LogOdds backward = LogOddsDirichlet(1, 30, 3, 20, 0.5, 10);
  EXPECT_NEAR(forward.delta, -backward.delta, 1e-12);
  EXPECT_NEAR(forward.z, -backward.z, 1e-12);
}

TEST(SignedG2Test, MatchesHandComputation) {
  // 2x2 table: term 3 | 1, other terms 17 | 29; N = 50.
  //   E = 20*4/50 = 1.6, 30*4/50 = 2.4, 20*46/50 = 18.4, 30*46/50 = 27.6
  //   G2 = 2 (3 ln(3/1.6) + 1 ln(1/2.4) + 17 ln(17/18.4) + 29 ln(29/27.6))
  //      = 2 (1.885826 - 0.875469 - 1.345334 + 1.434922) = 2.199889
  //   p  = erfc(sqrt(2.199889 / 2)) = 0.138021
  const double g2 = SignedG2(3, 20, 1, 30);
  EXPECT_NEAR(g2, 2.1999, 5e-5);
  EXPECT_NEAR(ChiSquared1PValue(g2), 0.1380, 5e-5);
  // Same table seen from the other side: same magnitude, negative sign.
  EXPECT_NEAR(SignedG2(1, 30, 3, 20), -2.1999, 5e-5);
}

TEST(SignedG2Test, ZeroCellAndEmptySide) {
  // Term 0 | 4 of 20 | 30: E = 1.6, 2.4, 18.4, 27.6; the 0 ln 0 cell is 0.
  //   G2 = 2 (4 ln(4/2.4) + 20 ln(20/18.4) + 26 ln(26/27.6)) = 4.316469, negative (under-use);
  //   p = erfc(sqrt(4.316469/2)) = 0.037745
  const double g2 = SignedG2(0, 20, 4, 30);
  EXPECT_NEAR(g2, -4.3165, 5e-5);
  EXPECT_NEAR(ChiSquared1PValue(g2), 0.0377, 5e-5);
  EXPECT_EQ(SignedG2(2, 20, 0, 0), 0.0);
}

TEST(LogRatioTest, MatchesHandComputation) {
  // log2((3/20) / (1/30)) = log2(4.5) = 2.169925
  EXPECT_NEAR(LogRatio(3, 20, 1, 30), 2.1699, 5e-5);
  // A zero count is replaced by 0.5: log2((0.5/20) / (2/30)) = log2(0.375) = -1.415037
  EXPECT_NEAR(LogRatio(0, 20, 2, 30), -1.4150, 5e-5);
  EXPECT_EQ(LogRatio(1, 0, 1, 10), 0.0);
}

TEST(Round4Test, RoundsAndDropsNegativeZero) {
  EXPECT_EQ(Round4(1.23456), 1.2346);
  EXPECT_EQ(Round4(-1.23454), -1.2345);
  EXPECT_FALSE(std::signbit(Round4(-0.00001)));
}

}  // namespace
}  // namespace policy::compare::internal
