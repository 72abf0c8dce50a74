#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include "core/error.h"
#include "core/teams/teamimportrejection.h"

class QIODevice;

namespace sluice {

/// Writes the rejected rows of a teams import as CSV for "save rejects as CSV": RFC 4180
/// (comma, CRLF, fields quoted when they hold a comma, quote, line end or edge space), UTF-8
/// without a BOM, header line,team_id,reason,raw. Used from one thread at a time.
class TeamRejectionsCsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(TeamRejectionsCsvWriter)
public:
    /// `out` must be open for writing and outlive the writer.
    explicit TeamRejectionsCsvWriter(QIODevice &out);

    [[nodiscard]] Result<void> writeHeader();
    [[nodiscard]] Result<void> write(const TeamImportRejection &rejection);

    /// The header and every row of `rejections`.
    [[nodiscard]] static Result<void> writeAll(QIODevice &out, const QList<TeamImportRejection> &rejections);

    /// One field as RFC 4180 writes it.
    static QByteArray quoted(const QString &field);

private:
    Result<void> writeLine(const QByteArray &line);

    QIODevice &m_out;
};

} // namespace sluice
