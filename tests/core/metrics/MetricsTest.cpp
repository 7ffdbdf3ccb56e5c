#include "metrics/Metrics.h"

#include <catch2/catch.hpp>

using namespace nb;

TEST_CASE("Confusion matrix metrics against hand-computed values")
{
    // actual \ predicted: a b c
    //   a:  5 1 0
    //   b:  2 3 1
    //   c:  0 0 4
    ConfusionMatrix cm(3);
    cm.add(0, 0, 5), cm.add(0, 1, 1);
    cm.add(1, 0, 2), cm.add(1, 1, 3), cm.add(1, 2, 1);
    cm.add(2, 2, 4);
    CHECK(cm.total() == 16);
    CHECK(cm.accuracy() == Approx(12.0 / 16));
    CHECK(cm.precision(0) == Approx(5.0 / 7));
    CHECK(cm.recall(0) == Approx(5.0 / 6));
    CHECK(cm.f1(0) == Approx(2 * (5.0 / 7) * (5.0 / 6) / (5.0 / 7 + 5.0 / 6)));
    CHECK(cm.precision(1) == Approx(3.0 / 4));
    CHECK(cm.recall(1) == Approx(3.0 / 6));
    CHECK(cm.precision(2) == Approx(4.0 / 5));
    CHECK(cm.recall(2) == Approx(1.0));
    CHECK(cm.support(1) == 6);
    CHECK(cm.macroRecall() == Approx((5.0 / 6 + 0.5 + 1.0) / 3));
    cm.add(7, 0); // out of range: ignored
    CHECK(cm.total() == 16);
}

TEST_CASE("A class never predicted has precision 0, not NaN")
{
    ConfusionMatrix cm(2);
    cm.add(0, 0), cm.add(1, 0);
    CHECK(cm.precision(1) == 0.0);
    CHECK(cm.f1(1) == 0.0);
}

TEST_CASE("Regression metrics against hand-computed values")
{
    RegressionMeter m;
    m.add(2.5, 3.0);
    m.add(0.0, -0.5);
    m.add(2.0, 2.0);
    m.add(8.0, 7.0);
    CHECK(m.mse() == Approx((0.25 + 0.25 + 0 + 1) / 4));
    CHECK(m.rmse() == Approx(std::sqrt(0.375)));
    CHECK(m.mae() == Approx(0.5));
    // mean of actual = 2.875; SST = 0.015625 + 11.390625 + 0.765625 + 17.015625 = 29.1875
    CHECK(m.r2() == Approx(1 - 1.5 / 29.1875));
}

TEST_CASE("Running mean weights its values")
{
    RunningMean r;
    r.add(1.0, 3);
    r.add(5.0, 1);
    CHECK(r.value() == Approx(2.0));
    r.reset();
    CHECK(r.count() == 0);
}
