#pragma once

#include <array>
#include <span>
#include <vector>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/calc/hashindex.h"
#include "core/calc/numericaggregate.h"
#include "core/calc/profileoptions.h"
#include "core/csv/columntype.h"

namespace sluice {

/// Row aggregates of a Date or DateTime column by day, ISO week (Monday to Sunday) and calendar
/// month, in UTC: per bucket the row count and count/sum/mean/min/max of every numeric column.
/// Exact (sums are compensated doubles), mergeable by bucket key.
///
/// At most ProfileOptions::maxTimeBuckets buckets are kept per granularity; rows of further
/// buckets are counted in "outsideRows" of that granularity, so the totals still add up.
///
/// A row updates only its day bucket: weeks and months are unions of days, so they are rolled up
/// from the days when read. Only rows whose day is outside the cap update a week and a month
/// directly. This cuts the per-row work to a third. A row finds its day's bucket in an array
/// indexed by day over the range seen so far (up to kDenseDays days), not by hashing.
class TimeBuckets final
{
public:
    enum class Granularity { Day, Week, Month };
    static constexpr int kGranularities = 3;
    /// The widest range of days (about 180 years) found by array index; days beyond are hashed.
    static constexpr qint64 kDenseDays = qint64(1) << 16;

    struct Bucket
    {
        qint64 startDay = 0;  // first day of the bucket, days since 1970-01-01
        qint64 rows = 0;
        std::vector<NumericAggregate> values;  // one per numeric column
    };

    TimeBuckets(QString column, ColumnType type, QStringList numericColumns, const ProfileOptions &options = {});

    /// One row: its temporal value (days for Date, ms for DateTime) and its numeric values, one
    /// per numeric column in order.
    void add(qint64 value, std::span<const NumericCell> numerics);
    /// The rows of a block that have a value: `values[j]` is that of block row `rows[j]`, whose
    /// numeric cells are numerics[rows[j] × numeric columns, ...] (all rows' cells, row by row).
    void addBlock(std::span<const qint64> values, std::span<const int> rows, std::span<const NumericCell> numerics);
    /// Rows whose temporal value is null: counted, in no bucket.
    void addNulls(qint64 count) { m_nullRows += count; }
    void merge(const TimeBuckets &other);

    const QString &column() const { return m_column; }
    /// The buckets of one granularity in time order.
    QList<Bucket> buckets(Granularity granularity) const;
    qint64 outsideRows(Granularity granularity) const;
    qint64 nullRows() const { return m_nullRows; }
    QJsonObject toJson() const;

    /// The UTC day of a value of the given type.
    static qint64 dayOf(ColumnType type, qint64 value);
    /// The Monday starting the ISO week that contains `day`.
    static qint64 weekStart(qint64 day);
    /// The first day of the calendar month that contains `day`.
    static qint64 monthStart(qint64 day);

private:
    struct Table
    {
        std::vector<qint64> keys;
        std::vector<qint64> rows;
        std::vector<NumericAggregate> values;  // keys.size() × width
        HashIndex index { 64 };
        qint64 outsideRows = 0;
    };

    int bucketFor(Table &table, qint64 key);
    /// The day's bucket, created (with its week and month) if there is room; -1 when outside.
    int dayBucketFor(qint64 day);
    /// dayBucketFor() through the array by day.
    int dayBucket(qint64 day)
    {
        const quint64 offset = quint64(day) - quint64(m_denseFirst);  // unsigned: wraps, never overflows
        if (offset < m_denseBuckets.size() && m_denseBuckets[offset] >= 0)
            return m_denseBuckets[offset];
        return denseBucketFor(day);
    }
    int denseBucketFor(qint64 day);
    /// A row whose day has no bucket (beyond the cap): straight into its week and month.
    void addOutside(qint64 day, const NumericCell *numerics);
    /// Widens the array to cover `day`; false if the range would exceed kDenseDays.
    bool coverDay(qint64 day);
    /// The week or month table with the day buckets rolled up into it.
    Table rolledUp(Granularity granularity) const;
    static void addTo(Table &table, int bucket, qint64 rows, const NumericAggregate *values, int width);

    QString m_column;
    ColumnType m_type;
    QStringList m_numericColumns;
    int m_width;
    int m_maxBuckets;
    qint64 m_nullRows = 0;
    // The day table holds every row of its days; the week and month tables hold only the rows
    // whose day is outside the cap (their keys still follow the order in which rows arrived).
    std::array<Table, kGranularities> m_tables;
    std::vector<int> m_weekOfDay;  // parallel to the day table: week bucket, or -1 when outside
    std::vector<int> m_monthOfDay;
    // Day bucket by day - m_denseFirst, -1 where none was looked up yet.
    qint64 m_denseFirst = 0;
    std::vector<int> m_denseBuckets;
    std::vector<int> m_blockBuckets;  // the current block's day buckets (reused)
};

} // namespace sluice
