#pragma once

#include <cstdint>
#include <vector>

namespace nb {

// Metrics as small value classes: add(), value accessors, reset().

class ConfusionMatrix {
public:
    explicit ConfusionMatrix(int classes = 0) { reset(classes); }
    void reset(int classes);
    void add(int actual, int predicted, int64_t count = 1);

    int classes() const { return m_classes; }
    int64_t count(int actual, int predicted) const;
    int64_t total() const { return m_total; }
    const std::vector<int64_t>& counts() const { return m_counts; } // row = actual, column = predicted

    double accuracy() const;
    double precision(int k) const; // of everything predicted k, the share that is k
    double recall(int k) const;    // of everything that is k, the share predicted k
    double f1(int k) const;
    int64_t support(int k) const;  // samples whose actual class is k
    double macroPrecision() const;
    double macroRecall() const;
    double macroF1() const;

private:
    int m_classes = 0;
    int64_t m_total = 0;
    std::vector<int64_t> m_counts;
};

class RegressionMeter {
public:
    void add(double predicted, double actual);
    void reset() { *this = RegressionMeter(); }
    int64_t count() const { return m_n; }
    double mse() const;
    double rmse() const;
    double mae() const;
    double r2() const; // 1 - SSE / SST; 0 when the targets are constant

private:
    int64_t m_n = 0;
    double m_sse = 0, m_sae = 0, m_sum = 0, m_sumSq = 0;
};

class RunningMean {
public:
    void add(double value, int64_t weight = 1)
    {
        m_sum += value * static_cast<double>(weight);
        m_n += weight;
    }
    double value() const { return m_n ? m_sum / static_cast<double>(m_n) : 0.0; }
    int64_t count() const { return m_n; }
    void reset() { m_sum = 0, m_n = 0; }

private:
    double m_sum = 0;
    int64_t m_n = 0;
};

} // namespace nb
