#include "app/ui/charts/chartmeasure.h"

#include <limits>

#include <QJsonObject>

namespace sluice {

QString ChartMeasure::apiName() const
{
    switch (kind) {
    case Kind::Rows:
        return QStringLiteral("count");
    case Kind::Sum:
        return QStringLiteral("sum");
    case Kind::Mean:
        return QStringLiteral("mean");
    }
    return QStringLiteral("count");
}

QString ChartMeasure::label() const
{
    switch (kind) {
    case Kind::Rows:
        return tr("Rows");
    case Kind::Sum:
        return tr("Sum of %1").arg(column);
    case Kind::Mean:
        return tr("Mean of %1").arg(column);
    }
    return tr("Rows");
}

double ChartMeasure::ofAggregates(qint64 rows, const QJsonArray &values, const QStringList &numericColumns) const
{
    constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    if (kind == Kind::Rows)
        return double(rows);
    const qsizetype index = numericColumns.indexOf(column);
    if (index < 0 || index >= values.size())
        return kNone;
    const QJsonObject aggregate = values.at(index).toObject();
    if (aggregate.value(QStringLiteral("count")).toInteger() == 0)
        return kNone;
    // A sum or mean that overflowed a double is null in the JSON.
    const QJsonValue value = aggregate.value(kind == Kind::Sum ? QStringLiteral("sum") : QStringLiteral("mean"));
    return value.isDouble() ? value.toDouble() : kNone;
}

} // namespace sluice
