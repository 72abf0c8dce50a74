#include "core/storage/schemamigrator.h"

#include <QSqlQuery>

#include "core/logging.h"
#include "core/storage/databaseconnection.h"

namespace sluice {

namespace {

// Each step is the statements that take the schema from version N-1 to N. Never edit a
// step that has shipped: add a new one.
const QList<QStringList> kSteps = {
    // 1: datasets and what an import learns about them
    {
        QStringLiteral("CREATE TABLE datasets ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " table_name TEXT NOT NULL UNIQUE,"
                       " state TEXT NOT NULL,"  // importing, ready, failed, canceled
                       " source_path TEXT NOT NULL,"
                       " source_name TEXT NOT NULL,"
                       " source_bytes INTEGER NOT NULL DEFAULT 0,"
                       " source_sha256 TEXT,"
                       " dialect TEXT,"  // JSON: every setting and whether detected or chosen
                       " record_count INTEGER NOT NULL DEFAULT 0,"
                       " row_count INTEGER NOT NULL DEFAULT 0,"
                       " error_count INTEGER NOT NULL DEFAULT 0,"
                       " statistics TEXT,"  // JSON, final results of the import pass
                       " error TEXT,"
                       " created_at TEXT NOT NULL,"
                       " started_at TEXT,"
                       " finished_at TEXT)"),
        QStringLiteral("CREATE TABLE dataset_columns ("
                       " dataset_id TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " original_name TEXT NOT NULL,"
                       " type TEXT NOT NULL,"
                       " nullable INTEGER NOT NULL DEFAULT 1,"
                       " null_count INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (dataset_id, position))"),
        QStringLiteral("CREATE TABLE dataset_errors ("
                       " dataset_id TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,"
                       " line INTEGER NOT NULL,"
                       " byte_offset INTEGER NOT NULL,"
                       " column_name TEXT,"
                       " reason TEXT NOT NULL,"
                       " raw TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX dataset_errors_by_dataset ON dataset_errors (dataset_id, line)"),
        QStringLiteral("CREATE TABLE uploads ("
                       " id TEXT PRIMARY KEY,"
                       " kind TEXT NOT NULL,"  // dataset or teams
                       " filename TEXT,"
                       " filetype TEXT,"
                       " name TEXT,"
                       " length INTEGER,"  // NULL while deferred
                       " offset INTEGER NOT NULL DEFAULT 0,"
                       " sha256 TEXT,"
                       " state TEXT NOT NULL,"
                       " dataset_id TEXT REFERENCES datasets(id) ON DELETE SET NULL,"
                       " error TEXT,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " expires_at TEXT)"),
    },
    // 2: the persistent task queue
    {
        QStringLiteral("CREATE TABLE tasks ("
                       " id TEXT PRIMARY KEY,"
                       " type TEXT NOT NULL,"  // import, export, teams-import
                       " parameters TEXT NOT NULL,"  // JSON
                       " state TEXT NOT NULL,"  // queued, running, succeeded, failed, canceled
                       " progress REAL NOT NULL DEFAULT 0,"
                       " rows_done INTEGER NOT NULL DEFAULT 0,"
                       " rows_total INTEGER,"
                       " bytes_done INTEGER NOT NULL DEFAULT 0,"
                       " bytes_total INTEGER,"
                       " message TEXT,"
                       " error_code TEXT,"
                       " error_message TEXT,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " result_path TEXT,"
                       " result_size INTEGER,"
                       " result_sha256 TEXT,"
                       " created_at TEXT NOT NULL,"
                       " started_at TEXT,"
                       " finished_at TEXT)"),
        QStringLiteral("CREATE INDEX tasks_by_state ON tasks (state, created_at)"),
    },
    // 3: the reference table of teams and the report of its latest import
    {
        QStringLiteral("CREATE TABLE teams ("
                       " team_id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " region TEXT,"
                       " lead_email TEXT,"
                       " members INTEGER,"
                       " founded TEXT,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE team_import_errors ("
                       " task_id TEXT NOT NULL,"
                       " line INTEGER NOT NULL,"
                       " team_id TEXT,"
                       " reason TEXT NOT NULL,"
                       " raw TEXT NOT NULL)"),
    },
    // 4: which import task made a dataset, from which input of its source, so a task rerun
    // after a crash redoes only the datasets it had not finished
    {
        QStringLiteral("ALTER TABLE datasets ADD COLUMN task_id TEXT"),
        QStringLiteral("ALTER TABLE datasets ADD COLUMN input_index INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX datasets_by_task ON datasets (task_id, input_index)"),
    },
    // 5: what the task engine keeps beyond step 2: the download name of a result (the file on
    // disk is named by task id), a type-specific summary (JSON), and a cancel asked for while
    // running, so a crash in between does not run the task again
    {
        QStringLiteral("ALTER TABLE tasks ADD COLUMN result_name TEXT"),
        QStringLiteral("ALTER TABLE tasks ADD COLUMN summary TEXT"),
        QStringLiteral("ALTER TABLE tasks ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX tasks_by_finish ON tasks (finished_at)"),
    },
};

} // namespace

int SchemaMigrator::latestVersion()
{
    return int(kSteps.size());
}

Result<int> SchemaMigrator::currentVersion(const DatabaseConnection &connection)
{
    if (auto created = connection.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        !created)
        return tl::unexpected(created.error());
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !query.next())
        return fail(ErrorCode::Storage, tr("Could not read the database's schema version."));
    return query.value(0).toInt();
}

Result<int> SchemaMigrator::migrate(const DatabaseConnection &connection, int targetVersion)
{
    Q_ASSERT(targetVersion >= 0 && targetVersion <= latestVersion());
    auto current = currentVersion(connection);
    if (!current)
        return current;
    if (*current > latestVersion())
        return fail(ErrorCode::Conflict,
                    tr("The database was written by a newer Sluice (schema version %1; this one knows up to %2). "
                       "Use that newer Sluice, or another data directory.")
                        .arg(*current)
                        .arg(latestVersion()));
    for (int version = *current + 1; version <= targetVersion; ++version) {
        QStringList statements = kSteps.at(version - 1);
        statements << QStringLiteral("DELETE FROM schema_version")
                   << QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version);
        auto migrated = connection.inTransaction([&]() -> Result<void> {
            for (const QString &statement : std::as_const(statements)) {
                if (auto done = connection.execute(statement); !done)
                    return done;
            }
            return {};
        });
        if (!migrated)
            return fail(ErrorCode::Storage, tr("Could not migrate the database to schema version %1: %2")
                                                .arg(version)
                                                .arg(migrated.error().message));
        qCInfo(lcStorage) << "migrated the database to schema version" << version;
    }
    return std::max(*current, targetVersion);
}

} // namespace sluice
