#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QUrlQuery>

#include "core/error.h"
#include "core/storage/datasetinfo.h"

namespace sluice {

/// Reading the API's query parameters shared by the rows, series and groups queries:
/// columns by name, bounded integers, sort specifications.
class QueryParameters final
{
    Q_DECLARE_TR_FUNCTIONS(QueryParameters)
public:
    /// The name of the row number column every dataset table has (1-based, file order).
    static QString rowColumnName() { return QStringLiteral("_row"); }

    /// The column called `name`; "_row" (an Integer) only when `allowRow`.
    static std::optional<DatasetColumn> findColumn(const DatasetInfo &dataset, const QString &name, bool allowRow);
    /// As findColumn(), failing with "unknown column ..." (InvalidInput).
    [[nodiscard]] static Result<DatasetColumn> column(const DatasetInfo &dataset, const QString &name, bool allowRow);

    /// The fully decoded value of `key`, or nullopt when the query does not have it.
    static std::optional<QString> value(const QUrlQuery &query, const QString &key);
    /// The integer parameter `key` in [minimum, maximum], or `defaultValue` when absent.
    [[nodiscard]] static Result<qint64> integer(
        const QUrlQuery &query, const QString &key, qint64 defaultValue, qint64 minimum, qint64 maximum);

    /// A sort specification: "name" or "+name" ascending, "-name" descending. The sign is
    /// always taken off, so a column called "-x" is written "+-x" or "--x".
    struct SortSpec
    {
        QString name;
        bool descending = false;
    };
    static SortSpec sortSpec(const QString &text);
};

} // namespace sluice
