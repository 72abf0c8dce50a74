#pragma once

#include <span>
#include <vector>

#include <QList>
#include <QtGlobal>

#include "core/calc/radixsorter.h"

namespace sluice {

/// Quantiles of a stream of doubles: exact (all values kept) up to a budget, then a KLL sketch
/// (Karnin, Lang, Liberty 2016; compactor capacities shrinking by 2/3 per level, k = 400).
///
/// Exact mode: quantiles interpolate linearly between order statistics (Hyndman–Fan type 7,
/// numpy's default). Sketch mode: a quantile is an item of the sketch whose rank differs from
/// the requested one by at most kRankError·count() with high probability (the KLL bound for
/// k = 400 is about 0.7% at 99% confidence; 1% is reported). Mergeable in both modes: two exact
/// buffers concatenate (switching to the sketch if the budget is exceeded); sketches merge level
/// by level, keeping the same bound for the union.
///
/// Not thread-safe. The const queries sort lazily (exact mode keeps its buffer sorted as of the
/// last query, so a snapshot only sorts what arrived since); call them from the owning thread.
class QuantileSketch final
{
public:
    static constexpr qsizetype kDefaultExactBudget = 1'000'000;
    static constexpr int kK = 400;
    static constexpr double kRankError = 0.01;

    explicit QuantileSketch(qsizetype exactBudget = kDefaultExactBudget);

    /// Defined here for the exact mode's hot path. NaN must not be added.
    void add(double value)
    {
        if (m_exact) {
            ++m_count;
            m_values.push_back(value);
            if (qsizetype(m_values.size()) > m_exactBudget)
                switchToSketch();
            return;
        }
        addMany(std::span<const double>(&value, 1));
    }

    /// A block of values (no NaN), as add() one by one.
    void addMany(std::span<const double> values);
    /// `count` copies of a value (no NaN) at once: in the sketch, as items weighing the powers of
    /// two that sum to `count`, not one by one.
    void addCounted(double value, qint64 count);
    void merge(const QuantileSketch &other);

    bool isExact() const { return m_exact; }
    qint64 count() const { return m_count; }
    qsizetype exactBudget() const { return m_exactBudget; }

    /// The q-quantile, q in [0, 1]; NaN when empty.
    double quantile(double q) const;
    /// Median absolute deviation from the median (unscaled). Exact in exact mode; in sketch mode
    /// an approximation computed from the sketch's weighted items, with no strict bound.
    double medianAbsoluteDeviation() const;
    /// For each edge (ascending), how many values are < edge: exact, or estimated from the sketch
    /// (each within kRankError·count()).
    std::vector<qint64> countsBelow(std::span<const double> edges) const;

private:
    struct Weighted
    {
        double value;
        qint64 weight;
    };

    void switchToSketch();
    void addToSketch(std::span<const double> values);
    /// Merges a sorted run into a sorted level.
    void mergeInto(std::vector<double> &level, std::span<const double> run);
    void compress();
    int levelCapacity(int level) const { return m_levelCapacities[size_t(level)]; }
    void updateCapacity();
    void sortExact() const;
    void buildView() const;
    quint64 nextRandom();

    qsizetype m_exactBudget;
    qint64 m_count = 0;
    bool m_exact = true;

    mutable std::vector<double> m_values;  // exact mode; sorted up to m_sortedPrefix
    mutable qsizetype m_sortedPrefix = 0;
    mutable RadixSorter m_sorter;  // sorts the exact mode's newcomers and the sketch's blocks

    // Sketch mode: level h items weigh 2^h. Every level is kept sorted, so a compaction takes
    // every other item without sorting and merges them into the level above.
    std::vector<std::vector<double>> m_levels;
    std::vector<double> m_run;  // reused: a compaction's output, a sorted part of the input
    std::vector<double> m_merged;
    qsizetype m_sketchSize = 0;
    qsizetype m_sketchCapacity = 0;
    std::vector<int> m_levelCapacities;
    quint64 m_random = 0x9e3779b97f4a7c15ull;  // fixed seed: the same input gives the same sketch
    mutable bool m_viewDirty = true;
    mutable std::vector<Weighted> m_view;  // sketch mode: items sorted, weights cumulated
};

} // namespace sluice
