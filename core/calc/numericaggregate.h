#pragma once

#include <cmath>
#include <limits>

#include <QJsonObject>
#include <QtGlobal>

namespace sluice {

/// One numeric value of a row, prepared once for the dozens of aggregates it feeds (every time
/// bucket and group of the row): a skipped value (NaN for "no value in this row", or an infinity)
/// becomes the neutral element of each part, so NumericAggregate::add() has no branch on it.
struct NumericCell
{
    double value = 0.0;
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    qint64 present = 0;

    static NumericCell of(double value)
    {
        return std::isfinite(value) ? NumericCell { value, value, value, 1 } : NumericCell {};
    }
};

/// Count, sum, min and max of one numeric column within a bucket or group. The sum is a double
/// with Neumaier compensation (integers are exact up to 2^53 in total). Mergeable by addition.
/// Defined in the header: one is updated per numeric column per row.
struct NumericAggregate
{
    qint64 count = 0;
    double sum = 0.0;
    double compensation = 0.0;
    // ±infinity while empty, so that add() needs no first-value branch; never reported then.
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();

    void add(const NumericCell &cell)
    {
        count += cell.present;
        min = cell.low < min ? cell.low : min;
        max = cell.high > max ? cell.high : max;
        addToSum(cell.value);
    }

    void addToSum(double value)
    {
        const double t = sum + value;
        // Neumaier: compensate with whichever operand lost low-order bits.
        if (std::abs(sum) >= std::abs(value))
            compensation += (sum - t) + value;
        else
            compensation += (value - t) + sum;
        sum = t;
    }

    void merge(const NumericAggregate &other)
    {
        if (other.count == 0)
            return;
        if (count == 0) {
            *this = other;
            return;
        }
        min = other.min < min ? other.min : min;
        max = other.max > max ? other.max : max;
        count += other.count;
        addToSum(other.sum);
        compensation += other.compensation;
    }

    double total() const { return sum + compensation; }

    /// Asks the CPU to fetch `count` consecutive aggregates (a bucket's or a group's), a few rows
    /// before they are updated: buckets and groups come in any order and do not fit the first cache.
    /// Three requests cover up to three cache lines (up to four numeric columns); no loop, which the
    /// compiler may drop as having no effect.
    static void prefetch(const NumericAggregate *first, int count)
    {
        if (count <= 0)
            return;
        const auto *bytes = reinterpret_cast<const char *>(first);
        const size_t size = size_t(count) * sizeof(NumericAggregate);
        __builtin_prefetch(bytes);
        __builtin_prefetch(bytes + size / 2);
        __builtin_prefetch(bytes + size - 1);
    }

    /// {"count", "sum", "mean", "min", "max"}; figures of an empty aggregate are null.
    QJsonObject toJson() const;
};

} // namespace sluice
