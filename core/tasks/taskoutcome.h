#pragma once

#include <QJsonObject>
#include <QString>

namespace sluice {

/// What a runner returns when its task succeeded.
struct TaskOutcome
{
    QString message; // for people, e.g. "Exported 1,234 rows."; empty: a generic one
    // The result file, complete and renamed into place, inside TaskContext::exportsDirectory()
    // (the engine deletes only files there, when the task is removed or expires). Empty: none.
    QString resultPath;
    QString resultName; // the name to offer the file under for download
    qint64 resultSize = -1;
    QString resultSha256; // lowercase hex of the file's bytes
    QJsonObject summary; // type-specific figures kept with the task (keep it small)
};

} // namespace sluice
