#include "core/teams/teamrejectionscsvwriter.h"

#include <QIODevice>

namespace sluice {

TeamRejectionsCsvWriter::TeamRejectionsCsvWriter(QIODevice &out)
    : m_out(out)
{
}

QByteArray TeamRejectionsCsvWriter::quoted(const QString &field)
{
    QByteArray bytes = field.toUtf8();
    // Edge spaces are quoted too: many readers trim them otherwise, and raw text must come back exactly.
    const bool needsQuotes = bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')
        || (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.back() == ' '));
    if (!needsQuotes)
        return bytes;
    bytes.replace('"', QByteArrayLiteral("\"\""));
    return '"' + bytes + '"';
}

Result<void> TeamRejectionsCsvWriter::writeLine(const QByteArray &line)
{
    if (m_out.write(line) != line.size())
        return fail(ErrorCode::Io, tr("Could not write the rejected rows: %1").arg(m_out.errorString()));
    return {};
}

Result<void> TeamRejectionsCsvWriter::writeHeader()
{
    return writeLine(QByteArrayLiteral("line,team_id,reason,raw\r\n"));
}

Result<void> TeamRejectionsCsvWriter::write(const TeamImportRejection &rejection)
{
    QByteArray line = QByteArray::number(rejection.line);
    line += ',' + quoted(rejection.teamId) + ',' + quoted(rejection.reason) + ',' + quoted(rejection.raw) + "\r\n";
    return writeLine(line);
}

Result<void> TeamRejectionsCsvWriter::writeAll(QIODevice &out, const QList<TeamImportRejection> &rejections)
{
    TeamRejectionsCsvWriter writer(out);
    if (auto written = writer.writeHeader(); !written)
        return written;
    for (const TeamImportRejection &rejection : rejections) {
        if (auto written = writer.write(rejection); !written)
            return written;
    }
    return {};
}

} // namespace sluice
