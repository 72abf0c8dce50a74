#pragma once

#include <limits>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include "app/ui/charts/chartmeasure.h"

namespace sluice {

/// The time buckets a series can be drawn by (the server has more; these are the charts').
enum class ChartBucket { Hour, Day, Week, Month };

/// One bar of a histogram: [lower, upper), the last one [lower, upper].
struct HistogramBin
{
    double lower = 0.0;
    double upper = 0.0;
    qint64 count = 0;
};

/// One point of a time series: the bucket's first instant (UTC), the measure (NaN when the
/// bucket has no values of the measured column) and the rows in the bucket.
struct TimePoint
{
    QDateTime start;
    double value = 0.0;
    qint64 rows = 0;
};

/// One bar of a grouped chart: a group, or "other" for all the groups not drawn.
struct GroupBar
{
    QJsonValue key; // the group's value; null for the group of missing values; undefined for "other"
    QString label;
    QString detail; // what the server adds to a key, such as a team's name
    double value = 0.0;
    qint64 rows = 0;
    bool isOther = false;
};

/// What the server's groups answer lacks to draw the "other" bar: the dataset's totals (from its
/// profile) and, for a mean of a column with missing values, how many rows of each group miss it.
struct GroupTotals
{
    qint64 rows = -1; // -1: unknown
    double sum = std::numeric_limits<double>::quiet_NaN(); // of the measured column
    qint64 values = -1; // its non-null values
    qint64 nulls = -1; // its nulls
    /// Per group key (the null key as a null QString): rows whose measured column is null. Only
    /// needed, and only filled, for a mean of a column that has nulls.
    QHash<QString, qint64> missingByGroup;
    bool missingKnown = false;
};

/// Turns profiles (DatasetProfile JSON, live or final) and the server's series and groups answers
/// into what the charts draw. Pure functions: no widgets, no network.
class ChartData final
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)
public:
    /// "hour", "day", "week" or "month", as GET .../series takes it.
    static QString bucketApiName(ChartBucket bucket);

    /// The entry of `column` in the profile's "columns"; empty when there is none.
    static QJsonObject columnProfile(const QJsonObject &profile, const QString &column);
    /// The histogram bins of numeric `column`; empty when it has no finite values (yet).
    static QList<HistogramBin> histogram(const QJsonObject &profile, const QString &column);
    /// The day, week or month points of date `column` from the profile's "timeBuckets" (a profile
    /// has no hours: an empty list for Hour).
    static QList<TimePoint> profileSeries(
        const QJsonObject &profile, const QString &column, ChartBucket bucket, const ChartMeasure &measure);
    /// The points of a GET .../series answer; a null value is NaN (a gap in the line).
    static QList<TimePoint> serverSeries(const QJsonObject &answer);

    /// The `top` groups of text `column` in the profile's "groups" by the measure, largest first
    /// (ties by value, the missing-value group last, as the server orders them), then an "other"
    /// bar for the rest, including what the profile already folded into its own "other".
    static QList<GroupBar> profileGroups(
        const QJsonObject &profile, const QString &column, const ChartMeasure &measure, int top);
    /// The bars of a GET .../groups?sort=-value answer and, when its total says there are more
    /// groups, an "other" bar made from `totals`; left out when they lack what the measure needs.
    static QList<GroupBar> serverGroups(
        const QJsonObject &answer, const ChartMeasure &measure, const GroupTotals &totals);
    /// The dataset's row count and the totals of numeric `column` (none for an empty name).
    static GroupTotals totalsOf(const QJsonObject &profile, const QString &column);
    /// How a group key reads: its text, or "(empty)" for the group of missing values.
    static QString groupLabel(const QJsonValue &key);
};

} // namespace sluice
