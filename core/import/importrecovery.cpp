#include "core/import/importrecovery.h"

#include "core/csv/sniffresultjson.h"
#include "core/import/datasetimporter.h"
#include "core/logging.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/datasetcatalog.h"

namespace sluice {

Result<QList<DatasetInfo>> ImportRecovery::redoInterrupted(const ImportRequest &settings)
{
    QList<DatasetInfo> interrupted;
    {
        auto connection = DatabaseConnection::open(settings.database, QStringLiteral("recovery"));
        if (!connection)
            return tl::unexpected(connection.error());
        auto found = DatasetCatalog(**connection).interrupted();
        if (!found)
            return tl::unexpected(found.error());
        interrupted = *found;
    }
    QList<DatasetInfo> redone;
    for (const DatasetInfo &dataset : std::as_const(interrupted)) {
        qCInfo(lcImport) << "redoing the interrupted import of" << dataset.id << "from" << dataset.sourceName;
        ImportRequest request = settings;
        request.sourcePath = dataset.sourcePath;
        request.sourceName = dataset.sourceName;
        request.datasetName = dataset.name;
        request.sourceSha256 = dataset.sourceSha256;
        request.redoDatasetId = dataset.id;
        request.redoInputIndex = dataset.dialect.value(QStringLiteral("input")).toInt(0);
        request.overrides = userOverridesFromJson(dataset.dialect);
        auto result = DatasetImporter(request).run();
        if (!result)
            qCWarning(lcImport) << "redo of" << dataset.id << "failed:" << result.error().message;
        auto connection = DatabaseConnection::open(settings.database, QStringLiteral("recovery"));
        if (!connection)
            return tl::unexpected(connection.error());
        auto now = DatasetCatalog(**connection).find(dataset.id);
        if (now)
            redone << *now;
    }
    return redone;
}

} // namespace sluice
