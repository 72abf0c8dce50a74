#pragma once

#include <QtGlobal>

namespace sluice {

/// Memory and reporting limits of the calculators, passed by value (STYLE.md, Settings).
/// The defaults match the product spec.
struct ProfileOptions
{
    /// Values kept per numeric column for exact quantiles, MAD and histogram before switching to
    /// the KLL sketch (8 bytes each).
    qsizetype exactQuantileBudget = 1'000'000;
    /// Counters kept by SpaceSaving per column; bounds the top-value overestimate by rows/capacity.
    int topValuesCapacity = 1024;
    /// How many top values a snapshot lists.
    int reportedTopValues = 10;
    int histogramBins = 30;
    /// Text columns with at most this many distinct values get complete group-by aggregates.
    int groupLimit = 1000;
    /// Distinct values tracked per text column for group-by before new values go to "other".
    int groupTrackingCapacity = 4000;
    /// Buckets kept per granularity per date column before further rows go to "outside".
    int maxTimeBuckets = 100'000;
};

} // namespace sluice
