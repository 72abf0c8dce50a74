#include "app/ui/charts/chartdata.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>

namespace sluice {

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

// The entry of `column` in one of the profile's per-column arrays ("columns" by "name",
// "timeBuckets" and "groups" by "column").
QJsonObject entryOf(const QJsonObject &profile, const QString &array, const QString &key, const QString &column)
{
    const QJsonArray entries = profile.value(array).toArray();
    for (const QJsonValue &entry : entries) {
        if (entry.toObject().value(key).toString() == column)
            return entry.toObject();
    }
    return {};
}

// "2016-03-04" or "2016-03-04T13:00:00" (UTC, as the server and the profile write them).
QDateTime startOf(const QString &text)
{
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = text.size() > 11 ? QTime::fromString(text.mid(11, 8), Qt::ISODate) : QTime(0, 0);
    return QDateTime(date, time.isValid() ? time : QTime(0, 0), Qt::UTC);
}

// A figure that may be written as a number or, when approximate, as {"value": ...}.
double figure(const QJsonValue &value)
{
    if (value.isObject())
        return figure(value.toObject().value(QStringLiteral("value")));
    return value.isDouble() ? value.toDouble() : kNone;
}

// A profile group with what folding it into "other" needs: its rows and the sum and count of
// the measured column.
struct Candidate
{
    GroupBar bar;
    double sum = 0.0;
    qint64 count = 0;
};

Candidate candidateOf(
    const QJsonObject &group, const QJsonValue &key, const ChartMeasure &measure, const QStringList &numericColumns)
{
    Candidate candidate;
    const qint64 rows = group.value(QStringLiteral("rows")).toInteger();
    const QJsonArray values = group.value(QStringLiteral("values")).toArray();
    candidate.bar.key = key;
    candidate.bar.label = ChartData::groupLabel(key);
    candidate.bar.rows = rows;
    candidate.bar.value = measure.ofAggregates(rows, values, numericColumns);
    const qsizetype index = numericColumns.indexOf(measure.column);
    if (index >= 0) {
        const QJsonObject aggregate = values.at(index).toObject();
        candidate.count = aggregate.value(QStringLiteral("count")).toInteger();
        candidate.sum = candidate.count > 0 ? figure(aggregate.value(QStringLiteral("sum"))) : 0.0;
    }
    return candidate;
}

// The server's order: larger values first, missing values last, ties by key with null last.
bool drawnBefore(const GroupBar &a, const GroupBar &b)
{
    const bool aNumber = !std::isnan(a.value);
    const bool bNumber = !std::isnan(b.value);
    if (aNumber != bNumber)
        return aNumber;
    if (aNumber && a.value != b.value)
        return a.value > b.value;
    if (a.key.isNull() != b.key.isNull())
        return b.key.isNull();
    return a.key.toString() < b.key.toString();
}

GroupBar otherBar(double value, qint64 rows)
{
    GroupBar bar;
    bar.key = QJsonValue(QJsonValue::Undefined);
    bar.label = ChartData::tr("Other");
    bar.value = value;
    bar.rows = rows;
    bar.isOther = true;
    return bar;
}

} // namespace

QString ChartData::bucketApiName(ChartBucket bucket)
{
    switch (bucket) {
    case ChartBucket::Hour:
        return QStringLiteral("hour");
    case ChartBucket::Day:
        return QStringLiteral("day");
    case ChartBucket::Week:
        return QStringLiteral("week");
    case ChartBucket::Month:
        return QStringLiteral("month");
    }
    return QStringLiteral("day");
}

QJsonObject ChartData::columnProfile(const QJsonObject &profile, const QString &column)
{
    return entryOf(profile, QStringLiteral("columns"), QStringLiteral("name"), column);
}

QList<HistogramBin> ChartData::histogram(const QJsonObject &profile, const QString &column)
{
    QList<HistogramBin> bins;
    const QJsonArray list = columnProfile(profile, column)
                                .value(QStringLiteral("histogram"))
                                .toObject()
                                .value(QStringLiteral("bins"))
                                .toArray();
    bins.reserve(list.size());
    for (const QJsonValue &entry : list) {
        const QJsonObject bin = entry.toObject();
        bins.append(HistogramBin { bin.value(QStringLiteral("lower")).toDouble(),
            bin.value(QStringLiteral("upper")).toDouble(), bin.value(QStringLiteral("count")).toInteger() });
    }
    return bins;
}

QList<TimePoint> ChartData::profileSeries(
    const QJsonObject &profile, const QString &column, ChartBucket bucket, const ChartMeasure &measure)
{
    QList<TimePoint> points;
    if (bucket == ChartBucket::Hour)
        return points;
    const QJsonObject buckets = entryOf(profile, QStringLiteral("timeBuckets"), QStringLiteral("column"), column);
    const QStringList numericColumns = buckets.value(QStringLiteral("numericColumns")).toVariant().toStringList();
    const QJsonArray list = buckets.value(bucketApiName(bucket)).toObject().value(QStringLiteral("buckets")).toArray();
    points.reserve(list.size());
    for (const QJsonValue &entry : list) {
        const QJsonObject item = entry.toObject();
        const qint64 rows = item.value(QStringLiteral("rows")).toInteger();
        points.append(TimePoint { startOf(item.value(QStringLiteral("start")).toString()),
            measure.ofAggregates(rows, item.value(QStringLiteral("values")).toArray(), numericColumns), rows });
    }
    return points;
}

QList<TimePoint> ChartData::serverSeries(const QJsonObject &answer)
{
    QList<TimePoint> points;
    const QJsonArray list = answer.value(QStringLiteral("points")).toArray();
    points.reserve(list.size());
    for (const QJsonValue &entry : list) {
        const QJsonObject item = entry.toObject();
        const QJsonValue value = item.value(QStringLiteral("value"));
        points.append(TimePoint { startOf(item.value(QStringLiteral("bucket")).toString()),
            value.isDouble() ? value.toDouble() : kNone, item.value(QStringLiteral("rows")).toInteger() });
    }
    return points;
}

QList<GroupBar> ChartData::profileGroups(
    const QJsonObject &profile, const QString &column, const ChartMeasure &measure, int top)
{
    const QJsonObject groups = entryOf(profile, QStringLiteral("groups"), QStringLiteral("column"), column);
    const QStringList numericColumns = groups.value(QStringLiteral("numericColumns")).toVariant().toStringList();
    QList<Candidate> candidates;
    const QJsonArray listed = groups.value(QStringLiteral("groups")).toArray();
    for (const QJsonValue &entry : listed) {
        const QJsonObject group = entry.toObject();
        candidates.append(candidateOf(group, group.value(QStringLiteral("value")), measure, numericColumns));
    }
    const QJsonObject missing = groups.value(QStringLiteral("null")).toObject();
    if (missing.value(QStringLiteral("rows")).toInteger() > 0)
        candidates.append(candidateOf(missing, QJsonValue(QJsonValue::Null), measure, numericColumns));
    std::sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return drawnBefore(a.bar, b.bar); });

    // What the profile folded into its own "other" (groups past its limit) joins the rest.
    Candidate rest
        = candidateOf(groups.value(QStringLiteral("other")).toObject(), QJsonValue(), measure, numericColumns);
    QList<GroupBar> bars;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (i < top) {
            bars.append(candidates.at(i).bar);
            continue;
        }
        rest.bar.rows += candidates.at(i).bar.rows;
        rest.sum += candidates.at(i).sum;
        rest.count += candidates.at(i).count;
    }
    if (rest.bar.rows > 0) {
        double value = double(rest.bar.rows);
        if (measure.kind == ChartMeasure::Kind::Sum)
            value = rest.count > 0 ? rest.sum : kNone;
        else if (measure.kind == ChartMeasure::Kind::Mean)
            value = rest.count > 0 ? rest.sum / double(rest.count) : kNone;
        bars.append(otherBar(value, rest.bar.rows));
    }
    return bars;
}

QList<GroupBar> ChartData::serverGroups(
    const QJsonObject &answer, const ChartMeasure &measure, const GroupTotals &totals)
{
    QList<GroupBar> bars;
    qint64 listedRows = 0;
    double listedSum = 0.0;
    qint64 listedValues = 0;
    const QJsonArray groups = answer.value(QStringLiteral("groups")).toArray();
    for (const QJsonValue &entry : groups) {
        const QJsonObject group = entry.toObject();
        GroupBar bar;
        bar.key = group.value(QStringLiteral("key"));
        bar.label = groupLabel(bar.key);
        bar.detail = group.value(QStringLiteral("teamName")).toString();
        bar.rows = group.value(QStringLiteral("rows")).toInteger();
        const QJsonValue value = group.value(QStringLiteral("value"));
        bar.value = value.isDouble() ? value.toDouble() : kNone;
        bars.append(bar);

        listedRows += bar.rows;
        if (measure.kind == ChartMeasure::Kind::Sum && value.isDouble()) {
            listedSum += bar.value;
        } else if (measure.kind == ChartMeasure::Kind::Mean && value.isDouble()) {
            // The group's values of the measured column: its rows less those that miss it.
            const qint64 present = bar.rows - totals.missingByGroup.value(bar.key.toString());
            listedSum += bar.value * double(present);
            listedValues += present;
        }
    }
    if (answer.value(QStringLiteral("total")).toInteger() <= groups.size() || totals.rows < 0)
        return bars;
    const qint64 otherRows = totals.rows - listedRows;
    switch (measure.kind) {
    case ChartMeasure::Kind::Rows:
        bars.append(otherBar(double(otherRows), otherRows));
        break;
    case ChartMeasure::Kind::Sum:
        if (!std::isnan(totals.sum))
            bars.append(otherBar(totals.sum - listedSum, otherRows));
        break;
    case ChartMeasure::Kind::Mean:
        if (!std::isnan(totals.sum) && totals.values >= 0 && (totals.nulls == 0 || totals.missingKnown)) {
            const qint64 otherValues = totals.values - listedValues;
            bars.append(otherBar(otherValues > 0 ? (totals.sum - listedSum) / double(otherValues) : kNone, otherRows));
        }
        break;
    }
    return bars;
}

GroupTotals ChartData::totalsOf(const QJsonObject &profile, const QString &column)
{
    GroupTotals totals;
    if (profile.contains(QStringLiteral("rows")))
        totals.rows = profile.value(QStringLiteral("rows")).toInteger();
    const QJsonObject entry = columnProfile(profile, column);
    if (entry.isEmpty())
        return totals;
    totals.sum = figure(entry.value(QStringLiteral("sum")));
    totals.values = entry.value(QStringLiteral("values")).toInteger();
    totals.nulls = entry.value(QStringLiteral("nulls")).toInteger();
    return totals;
}

QString ChartData::groupLabel(const QJsonValue &key)
{
    if (key.isNull())
        return tr("(empty)");
    return key.isDouble() ? QString::number(key.toDouble()) : key.toString();
}

} // namespace sluice
