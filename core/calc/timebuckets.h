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
/// directly. This cuts the per-row work to a third.
class TimeBuckets final
{
public:
    enum class Granularity { Day, Week, Month };
    static constexpr int kGranularities = 3;

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
    /// One row whose temporal value is null: counted, in no bucket.
    void addNull() { ++m_nullRows; }
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
    // Rows usually arrive in time order: the buckets of the last day are remembered.
    qint64 m_lastDay = 0;
    bool m_haveLastDay = false;
    std::array<int, kGranularities> m_lastBuckets {};
};

} // namespace sluice
