#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariant>

#include "core/csv/columntype.h"
#include "core/error.h"
#include "core/storage/datasetinfo.h"

namespace sluice {

class SqlDialect;

/// What a series point or a group is worth.
enum class MeasureKind { Count, Sum, Mean, Min, Max };

/// "count", "sum", "mean", "min", "max", as used by the API.
QString measureKindName(MeasureKind kind);
std::optional<MeasureKind> measureKindFromName(QStringView name);

/// The aggregate of a series or group query: the row count, or sum/mean/min/max of an
/// Integer or Real column (nulls ignored; null when a bucket has no values).
struct Measure
{
    Q_DECLARE_TR_FUNCTIONS(Measure)
public:
    MeasureKind kind = MeasureKind::Count;
    QString column; // empty for Count
    ColumnType type = ColumnType::Integer; // of `column`

    /// A validated measure: `kindName` one of the names (empty means count), `column` an
    /// Integer or Real column of the dataset unless the kind is count.
    [[nodiscard]] static Result<Measure> parse(
        const QString &kindName, const QString &column, const DatasetInfo &dataset);

    /// The aggregate expression, e.g. sum("amount"). An Integer sum is exact and fails the
    /// query on 64-bit overflow rather than silently losing precision.
    QString sqlExpression(const SqlDialect &dialect) const;
    /// A result of sqlExpression() as JSON: count and integer sum/min/max as integers.
    QJsonValue valueToJson(const QVariant &value) const;
    /// {"kind":"sum","column":"amount"}; no column for count.
    QJsonObject toJson() const;
};

} // namespace sluice
