#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include "core/error.h"
#include "core/teams/team.h"
#include "core/teams/teamimportrejection.h"
#include "core/teams/teamsquery.h"

class QIODevice;

namespace sluice {

class DatabaseConnection;

/// Reads the teams reference table and the rejected rows of teams imports. Uses the connection
/// of the thread it runs on; the connection must outlive the catalog.
class TeamsCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(TeamsCatalog)
public:
    explicit TeamsCatalog(const DatabaseConnection &connection);

    /// The teams `query` selects, in its order (ties by team_id; missing values last).
    [[nodiscard]] Result<QList<Team>> list(const TeamsQuery &query = {}) const;
    /// One team; ErrorCode::NotFound when there is none with that id.
    [[nodiscard]] Result<Team> find(const QString &teamId) const;

    /// Team id -> name for those of `teamIds` that are teams (others are absent): shows team
    /// names next to group-by results whose values are team ids.
    [[nodiscard]] Result<QHash<QString, QString>> namesFor(const QStringList &teamIds) const;

    /// The rejected rows of the import `importId`, in file order (empty for an unknown id).
    [[nodiscard]] Result<QList<TeamImportRejection>> rejections(const QString &importId) const;
    /// The same rows as CSV (see TeamRejectionsCsvWriter), streamed from the database.
    [[nodiscard]] Result<void> writeRejectionsCsv(const QString &importId, QIODevice &out) const;

private:
    const DatabaseConnection &m_connection;
};

} // namespace sluice
