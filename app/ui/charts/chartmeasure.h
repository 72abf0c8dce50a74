#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace sluice {

/// What a time point or a bar is worth: the row count, or the sum or mean of a numeric column.
struct ChartMeasure
{
    Q_DECLARE_TR_FUNCTIONS(ChartMeasure)
public:
    enum class Kind { Rows, Sum, Mean };

    Kind kind = Kind::Rows;
    QString column; // empty for Rows

    /// The server's name of the measure: "count", "sum" or "mean".
    QString apiName() const;
    /// For an axis or a tooltip: "Rows", "Sum of quantity", "Mean of quantity".
    QString label() const;
    /// The measure of a profile bucket or group: `rows`, or the sum or mean of the aggregate of
    /// `column` in `values` (one aggregate per entry of `numericColumns`, as the profile lists
    /// them); NaN when the column has no values there or is not among them.
    double ofAggregates(qint64 rows, const QJsonArray &values, const QStringList &numericColumns) const;

    bool operator==(const ChartMeasure &) const = default;
};

} // namespace sluice
