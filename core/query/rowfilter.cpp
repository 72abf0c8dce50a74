#include "core/query/rowfilter.h"

#include <QJsonArray>

#include "core/enumnames.h"
#include "core/query/queryvalue.h"

namespace sluice {

namespace {

using L1 = QLatin1StringView;
constexpr EnumNames<FilterKind, 4> kNames({ {
    { FilterKind::Range, L1("range") },
    { FilterKind::OneOf, L1("oneOf") },
    { FilterKind::IsNull, L1("isNull") },
    { FilterKind::IsNotNull, L1("isNotNull") },
} });

} // namespace

QString filterKindName(FilterKind kind)
{
    return kNames.name(kind);
}

QJsonObject rowFilterToJson(const RowFilter &filter)
{
    QJsonObject json { { QStringLiteral("column"), filter.column } };
    switch (filter.kind) {
    case FilterKind::Range: {
        // Dates are ranged with from/to, numbers with min/max: the names RowFilterParser reads.
        const bool temporal = isTemporal(filter.type);
        if (filter.from.isValid())
            json.insert(temporal ? QStringLiteral("from") : QStringLiteral("min"), filterValueToJson(filter.from));
        if (filter.to.isValid())
            json.insert(temporal ? QStringLiteral("to") : QStringLiteral("max"), filterValueToJson(filter.to));
        break;
    }
    case FilterKind::OneOf:
        if (filter.values.size() == 1) {
            json.insert(QStringLiteral("equals"), filterValueToJson(filter.values.first()));
        } else {
            QJsonArray values;
            for (const QVariant &value : filter.values)
                values.append(filterValueToJson(value));
            json.insert(QStringLiteral("in"), values);
        }
        break;
    case FilterKind::IsNull:
        json.insert(QStringLiteral("isNull"), true);
        break;
    case FilterKind::IsNotNull:
        json.insert(QStringLiteral("isNull"), false);
        break;
    }
    return json;
}

} // namespace sluice
