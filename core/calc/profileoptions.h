#pragma once

#include <QtGlobal>

namespace sluice {

/// Memory and reporting limits of the calculators, passed by value (STYLE.md, Settings).
/// The defaults match the product spec.
struct ProfileOptions
{
    /// Values kept per numeric column for exact quantiles, MAD and histogram before switching to
    /// the KLL sketch (8 bytes each). Only a column with more than topValuesCapacity distinct
    /// values uses them: below that, its dictionary's counts give the figures exactly.
    qsizetype exactQuantileBudget = 1'000'000;
    /// Counters kept for the top values per column (Misra–Gries; the bound on a count is
    /// 2·rows/capacity), and the distinct values a number column counts exactly in its dictionary.
    int topValuesCapacity = 1024;
    /// How many top values a snapshot lists.
    int reportedTopValues = 10;
    int histogramBins = 30;
    /// Text columns with at most this many distinct values get complete group-by aggregates.
    int groupLimit = 1000;
    /// Distinct values tracked per text column for group-by before new values go to "other".
    int groupTrackingCapacity = 4000;
    /// Groups per text column listed in a live snapshot; the rest fold into "other" there (the
    /// final result lists up to groupLimit).
    int snapshotGroups = 20;
    /// Buckets kept per granularity per date column before further rows go to "outside".
    int maxTimeBuckets = 100'000;
};

} // namespace sluice
