#include "core/teams/teamscatalog.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "core/storage/databaseconnection.h"
#include "core/storage/sqldialect.h"
#include "core/teams/teamrejectionscsvwriter.h"

namespace sluice {

namespace {

// SQLite before 3.32 allows 999 bound values per statement; stay well below.
constexpr int kIdsPerQuery = 500;

const QString kTeamColumns = QStringLiteral("team_id, name, region, lead_email, members, founded, updated_at");

Result<QSqlQuery> run(const DatabaseConnection &connection, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(ErrorCode::Storage, TeamsCatalog::tr("The teams query failed: %1").arg(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(ErrorCode::Storage, TeamsCatalog::tr("The teams query failed: %1").arg(query.lastError().text()));
    return query;
}

// Reads a row selected with kTeamColumns.
Team teamFrom(const QSqlQuery &query)
{
    Team team;
    team.teamId = query.value(0).toString();
    team.name = query.value(1).toString();
    team.region = query.value(2).isNull() ? QString() : query.value(2).toString();
    team.leadEmail = query.value(3).isNull() ? QString() : query.value(3).toString();
    if (!query.value(4).isNull())
        team.members = query.value(4).toLongLong();
    team.founded = query.value(5).isNull() ? QString() : query.value(5).toString();
    team.updatedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    return team;
}

// A LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QString orderBy(const SqlDialect &dialect, const TeamsQuery &query)
{
    const QString column = dialect.quoteIdentifier(teamSortColumnName(query.sortBy));
    // Text sorts as people expect (case-insensitively); members as a number.
    const QString collate = query.sortBy == TeamSortColumn::Members ? QString() : QStringLiteral(" COLLATE NOCASE");
    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral("ORDER BY %1 IS NULL, %1%2 %3, team_id").arg(column, collate, direction);
}

} // namespace

TeamsCatalog::TeamsCatalog(const DatabaseConnection &connection)
    : m_connection(connection)
{
}

Result<QList<Team>> TeamsCatalog::list(const TeamsQuery &query) const
{
    QString where;
    QVariantList values;
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        // SQLite's LIKE ignores case for ASCII letters only; team ids and names are mostly ASCII.
        where = QStringLiteral("WHERE team_id LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' "
                               "OR region LIKE ? ESCAPE '\\'");
        const QString pattern = containsPattern(search);
        values = { pattern, pattern, pattern };
    }
    auto selected = run(m_connection,
        QStringLiteral("SELECT %1 FROM teams %2 %3").arg(kTeamColumns, where, orderBy(m_connection.dialect(), query)),
        values);
    if (!selected)
        return tl::unexpected(selected.error());
    QList<Team> teams;
    while (selected->next())
        teams << teamFrom(*selected);
    return teams;
}

Result<Team> TeamsCatalog::find(const QString &teamId) const
{
    auto selected
        = run(m_connection, QStringLiteral("SELECT %1 FROM teams WHERE team_id = ?").arg(kTeamColumns), { teamId });
    if (!selected)
        return tl::unexpected(selected.error());
    if (!selected->next())
        return fail(ErrorCode::NotFound, tr("There is no team %1.").arg(teamId));
    return teamFrom(*selected);
}

Result<QHash<QString, QString>> TeamsCatalog::namesFor(const QStringList &teamIds) const
{
    QHash<QString, QString> names;
    const QList<QString> unique = QSet<QString>(teamIds.cbegin(), teamIds.cend()).values();
    for (qsizetype start = 0; start < unique.size(); start += kIdsPerQuery) {
        const QList<QString> chunk = unique.mid(start, kIdsPerQuery);
        const QString placeholders = QStringList(QList<QString>(chunk.size(), QStringLiteral("?"))).join(u',');
        QVariantList values;
        for (const QString &id : chunk)
            values << id;
        auto selected = run(m_connection,
            QStringLiteral("SELECT team_id, name FROM teams WHERE team_id IN (%1)").arg(placeholders), values);
        if (!selected)
            return tl::unexpected(selected.error());
        while (selected->next())
            names.insert(selected->value(0).toString(), selected->value(1).toString());
    }
    return names;
}

Result<QList<TeamImportRejection>> TeamsCatalog::rejections(const QString &importId) const
{
    auto selected = run(m_connection,
        QStringLiteral("SELECT line, team_id, reason, raw FROM team_import_errors WHERE task_id = ? "
                       "ORDER BY line, rowid"),
        { importId });
    if (!selected)
        return tl::unexpected(selected.error());
    QList<TeamImportRejection> rows;
    while (selected->next()) {
        rows << TeamImportRejection { selected->value(0).toLongLong(), selected->value(1).toString(),
            selected->value(2).toString(), selected->value(3).toString() };
    }
    return rows;
}

Result<void> TeamsCatalog::writeRejectionsCsv(const QString &importId, QIODevice &out) const
{
    auto selected = run(m_connection,
        QStringLiteral("SELECT line, team_id, reason, raw FROM team_import_errors WHERE task_id = ? "
                       "ORDER BY line, rowid"),
        { importId });
    if (!selected)
        return tl::unexpected(selected.error());
    TeamRejectionsCsvWriter writer(out);
    if (auto written = writer.writeHeader(); !written)
        return written;
    // Row by row: an import of a broken file may have rejected millions.
    while (selected->next()) {
        const TeamImportRejection rejection { selected->value(0).toLongLong(), selected->value(1).toString(),
            selected->value(2).toString(), selected->value(3).toString() };
        if (auto written = writer.write(rejection); !written)
            return written;
    }
    return {};
}

} // namespace sluice
