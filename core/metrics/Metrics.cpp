#include "metrics/Metrics.h"

#include <cmath>

namespace nb {

void ConfusionMatrix::reset(int classes)
{
    m_classes = classes < 0 ? 0 : classes;
    m_total = 0;
    m_counts.assign(static_cast<size_t>(m_classes) * static_cast<size_t>(m_classes), 0);
}

void ConfusionMatrix::add(int actual, int predicted, int64_t count)
{
    if (actual < 0 || predicted < 0 || actual >= m_classes || predicted >= m_classes)
        return;
    m_counts[static_cast<size_t>(actual * m_classes + predicted)] += count;
    m_total += count;
}

int64_t ConfusionMatrix::count(int actual, int predicted) const
{
    return m_counts[static_cast<size_t>(actual * m_classes + predicted)];
}

double ConfusionMatrix::accuracy() const
{
    if (m_total == 0)
        return 0.0;
    int64_t right = 0;
    for (int k = 0; k < m_classes; ++k)
        right += count(k, k);
    return static_cast<double>(right) / static_cast<double>(m_total);
}

double ConfusionMatrix::precision(int k) const
{
    int64_t predicted = 0;
    for (int a = 0; a < m_classes; ++a)
        predicted += count(a, k);
    return predicted ? static_cast<double>(count(k, k)) / static_cast<double>(predicted) : 0.0;
}

double ConfusionMatrix::recall(int k) const
{
    const int64_t s = support(k);
    return s ? static_cast<double>(count(k, k)) / static_cast<double>(s) : 0.0;
}

double ConfusionMatrix::f1(int k) const
{
    const double p = precision(k), r = recall(k);
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

int64_t ConfusionMatrix::support(int k) const
{
    int64_t s = 0;
    for (int p = 0; p < m_classes; ++p)
        s += count(k, p);
    return s;
}

double ConfusionMatrix::macroPrecision() const
{
    double s = 0;
    for (int k = 0; k < m_classes; ++k)
        s += precision(k);
    return m_classes ? s / m_classes : 0.0;
}

double ConfusionMatrix::macroRecall() const
{
    double s = 0;
    for (int k = 0; k < m_classes; ++k)
        s += recall(k);
    return m_classes ? s / m_classes : 0.0;
}

double ConfusionMatrix::macroF1() const
{
    double s = 0;
    for (int k = 0; k < m_classes; ++k)
        s += f1(k);
    return m_classes ? s / m_classes : 0.0;
}

void RegressionMeter::add(double predicted, double actual)
{
    const double e = predicted - actual;
    ++m_n;
    m_sse += e * e;
    m_sae += std::fabs(e);
    m_sum += actual;
    m_sumSq += actual * actual;
}

double RegressionMeter::mse() const { return m_n ? m_sse / static_cast<double>(m_n) : 0.0; }
double RegressionMeter::rmse() const { return std::sqrt(mse()); }
double RegressionMeter::mae() const { return m_n ? m_sae / static_cast<double>(m_n) : 0.0; }

double RegressionMeter::r2() const
{
    if (m_n == 0)
        return 0.0;
    const double mean = m_sum / static_cast<double>(m_n);
    const double sst = m_sumSq - static_cast<double>(m_n) * mean * mean;
    return sst > 1e-12 ? 1.0 - m_sse / sst : 0.0;
}

} // namespace nb
