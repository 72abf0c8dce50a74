#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/archive/archivelimits.h"
#include "core/csv/csvdialect.h"
#include "core/csv/valueparser.h"
#include "core/error.h"
#include "core/teams/teamsimportreport.h"

namespace sluice {

class DatabaseConnection;

/// How a teams file is read. Plain data, passed by value.
struct TeamsImportOptions
{
    DateOrder dateOrder = DateOrder::DayFirst; // for numeric dates such as 04/03/2016
    ArchiveLimits archiveLimits = {};
    CsvLimits csvLimits = {};
};

/// Bulk upload of the teams reference table: reads a teams CSV (any packing InputOpener reads;
/// the first CSV input of an archive), validates every row, upserts the valid ones on team_id
/// and records the rejected ones in team_import_errors under the import's id, all in one
/// transaction. A fatal problem (unreadable file, a required column missing) changes nothing.
/// Runs on the worker thread that owns `connection`.
class TeamsImporter final
{
    Q_DECLARE_TR_FUNCTIONS(TeamsImporter)
public:
    /// `connection` (migrated to the teams schema) must outlive the importer.
    explicit TeamsImporter(const DatabaseConnection &connection, TeamsImportOptions options = {});

    /// Imports the file at `path`. `importId` (normally the task id) keys the rejected rows; an
    /// import run again with the same id replaces its earlier rejected rows.
    [[nodiscard]] Result<TeamsImportReport> import(const QString &path, const QString &importId) const;

    /// The columns of a teams file, in the order the schema lists them.
    static QStringList columnNames();
    /// The columns a teams file must have.
    static QStringList requiredColumnNames();

private:
    const DatabaseConnection &m_connection;
    TeamsImportOptions m_options;
};

} // namespace sluice
