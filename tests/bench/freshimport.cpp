#include "bench/freshimport.h"

#include <QFile>
#include <QFileInfo>

#include "core/import/datasetimporter.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/schemamigrator.h"

namespace sluice::bench {

Result<qint64> importIntoFreshDatabase(const QString &path, const QString &databasePath)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(databasePath + suffix);
    {
        auto connection = DatabaseConnection::open(DatabaseConfig { databasePath }, QStringLiteral("bench"));
        if (!connection)
            return tl::unexpected(connection.error());
        if (auto migrated = SchemaMigrator::migrate(**connection); !migrated)
            return tl::unexpected(migrated.error());
    }
    ImportRequest request;
    request.database = DatabaseConfig { databasePath };
    request.sourcePath = path;
    request.sourceName = QFileInfo(path).fileName();
    auto imported = DatasetImporter(request).run();
    if (!imported)
        return tl::unexpected(imported.error());
    return imported->first().rowCount;
}

} // namespace sluice::bench
