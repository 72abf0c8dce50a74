#include "core/query/measure.h"

#include <cmath>

#include "core/enumnames.h"
#include "core/query/queryparameters.h"
#include "core/storage/sqldialect.h"

namespace sluice {

namespace {

using L1 = QLatin1StringView;
constexpr EnumNames<MeasureKind, 5> kNames({ {
    { MeasureKind::Count, L1("count") },
    { MeasureKind::Sum, L1("sum") },
    { MeasureKind::Mean, L1("mean") },
    { MeasureKind::Min, L1("min") },
    { MeasureKind::Max, L1("max") },
} });

} // namespace

QString measureKindName(MeasureKind kind)
{
    return kNames.name(kind);
}

std::optional<MeasureKind> measureKindFromName(QStringView name)
{
    return kNames.fromName(name);
}

Result<Measure> Measure::parse(const QString &kindName, const QString &column, const DatasetInfo &dataset)
{
    const std::optional<MeasureKind> kind = kindName.isEmpty() ? MeasureKind::Count : measureKindFromName(kindName);
    if (!kind)
        return fail(
            ErrorCode::InvalidInput, tr("measure must be count, sum, mean, min or max, not \"%1\"").arg(kindName));
    if (*kind == MeasureKind::Count)
        return Measure { MeasureKind::Count, QString(), ColumnType::Integer };
    if (column.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("%1 needs a column to measure").arg(kindName));
    auto found = QueryParameters::column(dataset, column, false);
    if (!found)
        return tl::unexpected(found.error());
    if (!isNumeric(found->type))
        return fail(ErrorCode::InvalidInput,
            tr("%1 needs an integer or real column; \"%2\" is %3")
                .arg(kindName, found->name, columnTypeName(found->type)));
    return Measure { *kind, found->name, found->type };
}

QString Measure::sqlExpression(const SqlDialect &dialect) const
{
    const QString quoted = dialect.quoteIdentifier(column);
    switch (kind) {
    case MeasureKind::Count:
        return QStringLiteral("count(*)");
    case MeasureKind::Sum:
        return QStringLiteral("sum(%1)").arg(quoted);
    case MeasureKind::Mean:
        return QStringLiteral("avg(%1)").arg(quoted);
    case MeasureKind::Min:
        return QStringLiteral("min(%1)").arg(quoted);
    case MeasureKind::Max:
        return QStringLiteral("max(%1)").arg(quoted);
    }
    return QStringLiteral("count(*)");
}

QJsonValue Measure::valueToJson(const QVariant &value) const
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    // A Real column widened from Integer may still hold integers, so SQLite's type of the
    // result decides, not the column's.
    if (kind != MeasureKind::Mean && value.typeId() == QMetaType::LongLong)
        return QJsonValue(value.toLongLong());
    const double number = value.toDouble();
    return std::isfinite(number) ? QJsonValue(number) : QJsonValue(QJsonValue::Null);
}

QJsonObject Measure::toJson() const
{
    QJsonObject json { { QStringLiteral("kind"), measureKindName(kind) } };
    if (kind != MeasureKind::Count)
        json.insert(QStringLiteral("column"), column);
    return json;
}

} // namespace sluice
