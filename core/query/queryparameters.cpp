#include "core/query/queryparameters.h"

namespace sluice {

std::optional<DatasetColumn> QueryParameters::findColumn(const DatasetInfo &dataset, const QString &name, bool allowRow)
{
    for (const DatasetColumn &column : dataset.columns) {
        if (column.name == name)
            return column;
    }
    if (allowRow && name == rowColumnName())
        return DatasetColumn { rowColumnName(), rowColumnName(), ColumnType::Integer, false, 0 };
    return std::nullopt;
}

Result<DatasetColumn> QueryParameters::column(const DatasetInfo &dataset, const QString &name, bool allowRow)
{
    if (auto found = findColumn(dataset, name, allowRow))
        return *found;
    return fail(ErrorCode::InvalidInput, tr("unknown column \"%1\"").arg(name));
}

std::optional<QString> QueryParameters::value(const QUrlQuery &query, const QString &key)
{
    if (!query.hasQueryItem(key))
        return std::nullopt;
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

Result<qint64> QueryParameters::integer(
    const QUrlQuery &query, const QString &key, qint64 defaultValue, qint64 minimum, qint64 maximum)
{
    const std::optional<QString> text = value(query, key);
    if (!text)
        return defaultValue;
    bool ok = false;
    const qint64 number = text->toLongLong(&ok);
    if (!ok || number < minimum || number > maximum)
        return fail(
            ErrorCode::InvalidInput, tr("%1 must be an integer from %2 to %3").arg(key).arg(minimum).arg(maximum));
    return number;
}

QueryParameters::SortSpec QueryParameters::sortSpec(const QString &text)
{
    if (text.startsWith(u'-'))
        return SortSpec { text.mid(1), true };
    if (text.startsWith(u'+'))
        return SortSpec { text.mid(1), false };
    return SortSpec { text, false };
}

} // namespace sluice
