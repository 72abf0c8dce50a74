#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include "core/error.h"

namespace sluice {

class DatabaseConnection;

/// Reads a dataset's rejected rows (dataset_errors) for GET /api/v1/datasets/{id}/errors, as a
/// JSON page or as CSV. DatasetCatalog writes them; reading pages belongs next to it in
/// core/storage once that folder takes it. Runs in the thread that owns the connection.
class DatasetErrorList final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetErrorList)
public:
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 10000;

    explicit DatasetErrorList(const DatabaseConnection &connection);

    /// {"datasetId","total","offset","limit","errors":[{"line","byteOffset","column","reason","raw"}]},
    /// in file order; column is null when the whole row was at fault.
    [[nodiscard]] Result<QJsonObject> page(const QString &datasetId, qint64 offset, int limit) const;
    /// Every rejected row as CSV: header line,byte_offset,column,reason,raw; CRLF; RFC 4180.
    [[nodiscard]] Result<QByteArray> csv(const QString &datasetId) const;

private:
    const DatabaseConnection &m_connection;
};

} // namespace sluice
