#pragma once

#include <QCoreApplication>
#include <QJsonObject>

class QTextStream;

namespace sluice {

/// `sluice inspect`: runs the FileInspector and prints its report as text or JSON.
/// Needs no display and no server.
class InspectCommand final
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)
public:
    /// `arguments` start after "inspect". Returns the exit status: 0 when the file was read,
    /// 1 when it could not be, 2 for a usage error.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// The human-readable form of a FileInspector report.
    static QString formatText(const QJsonObject &report);
};

} // namespace sluice
