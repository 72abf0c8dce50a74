#include "server/routes/dataseterrorlist.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include "core/storage/databaseconnection.h"
#include "server/routes/routesupport.h"

namespace sluice {

namespace {

const QString kColumns = QStringLiteral("line, byte_offset, column_name, reason, raw");

Result<QSqlQuery> run(const DatabaseConnection &connection, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(ErrorCode::Storage, DatasetErrorList::tr("Could not read the rejected rows: %1").arg(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(ErrorCode::Storage, DatasetErrorList::tr("Could not read the rejected rows: %1").arg(query.lastError().text()));
    return query;
}

} // namespace

DatasetErrorList::DatasetErrorList(const DatabaseConnection &connection)
    : m_connection(connection)
{
}

Result<QJsonObject> DatasetErrorList::page(const QString &datasetId, qint64 offset, int limit) const
{
    auto counted = run(m_connection, QStringLiteral("SELECT count(*) FROM dataset_errors WHERE dataset_id = ?"),
                       { datasetId });
    if (!counted)
        return tl::unexpected(counted.error());
    const qint64 total = counted->next() ? counted->value(0).toLongLong() : 0;
    auto selected = run(m_connection,
                        QStringLiteral("SELECT %1 FROM dataset_errors WHERE dataset_id = ? ORDER BY line, rowid "
                                       "LIMIT ? OFFSET ?")
                            .arg(kColumns),
                        { datasetId, limit, offset });
    if (!selected)
        return tl::unexpected(selected.error());
    QJsonArray errors;
    while (selected->next()) {
        errors.append(QJsonObject {
            { QStringLiteral("line"), selected->value(0).toLongLong() },
            { QStringLiteral("byteOffset"), selected->value(1).toLongLong() },
            { QStringLiteral("column"), RouteSupport::textOrNull(selected->value(2)) },
            { QStringLiteral("reason"), selected->value(3).toString() },
            { QStringLiteral("raw"), selected->value(4).toString() },
        });
    }
    return QJsonObject {
        { QStringLiteral("datasetId"), datasetId }, { QStringLiteral("total"), total },
        { QStringLiteral("offset"), offset },       { QStringLiteral("limit"), limit },
        { QStringLiteral("errors"), errors },
    };
}

Result<QByteArray> DatasetErrorList::csv(const QString &datasetId) const
{
    auto selected = run(m_connection,
                        QStringLiteral("SELECT %1 FROM dataset_errors WHERE dataset_id = ? ORDER BY line, rowid").arg(kColumns),
                        { datasetId });
    if (!selected)
        return tl::unexpected(selected.error());
    QByteArray csv = QByteArrayLiteral("line,byte_offset,column,reason,raw\r\n");
    while (selected->next()) {
        csv += QByteArray::number(selected->value(0).toLongLong()) + ','
            + QByteArray::number(selected->value(1).toLongLong()) + ','
            + RouteSupport::csvField(selected->value(2).toString()) + ','
            + RouteSupport::csvField(selected->value(3).toString()) + ','
            + RouteSupport::csvField(selected->value(4).toString()) + "\r\n";
    }
    return csv;
}

} // namespace sluice
