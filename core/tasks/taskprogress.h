#pragma once

#include <QString>

namespace sluice {

/// Where a running task is, as its runner reports it (TaskContext::reportProgress()). The
/// engine works out the fraction, rate and ETA from it.
struct TaskProgress
{
    qint64 rowsDone = 0;
    qint64 rowsTotal = -1; // -1: unknown
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1; // -1: unknown
    double fraction = -1; // 0..1 when the runner knows better; -1: rows, else bytes, against their totals
    QString message; // empty: keep the previous one

    /// The fraction done, 0..1: `fraction` when set, else rows or bytes against their total.
    double effectiveFraction() const;
};

} // namespace sluice
