#include "core/tasks/taskcontext.h"

namespace sluice {

TaskContext::TaskContext(DatabaseConfig database, const DatabaseConnection &connection, QString exportsDirectory,
    std::shared_ptr<const TaskControl> control, std::chrono::milliseconds progressInterval, ProgressCallback onProgress)
    : m_database(std::move(database))
    , m_connection(connection)
    , m_exportsDirectory(std::move(exportsDirectory))
    , m_control(std::move(control))
    , m_progressInterval(progressInterval)
    , m_onProgress(std::move(onProgress))
{
    m_stop = m_control ? &m_control->stop : &m_neverStop;
    m_started.start();
}

void TaskContext::reportProgress(const TaskProgress &progress)
{
    const QString message = progress.message.isEmpty() ? m_progress.message : progress.message;
    m_progress = progress;
    m_progress.message = message;
    const qint64 now = m_started.elapsed();
    if (m_lastReportMs >= 0 && now - m_lastReportMs < m_progressInterval.count())
        return;
    flushProgress();
}

void TaskContext::flushProgress()
{
    m_lastReportMs = m_started.elapsed();
    if (m_onProgress)
        m_onProgress(m_progress, rowsPerSecond(), bytesPerSecond(), etaSeconds());
}

double TaskContext::rowsPerSecond() const
{
    const double seconds = double(m_started.nsecsElapsed()) / 1e9;
    return seconds > 0 ? double(m_progress.rowsDone) / seconds : 0.0;
}

double TaskContext::bytesPerSecond() const
{
    const double seconds = double(m_started.nsecsElapsed()) / 1e9;
    return seconds > 0 ? double(m_progress.bytesDone) / seconds : 0.0;
}

double TaskContext::etaSeconds() const
{
    const double fraction = m_progress.effectiveFraction();
    if (fraction <= 0)
        return -1;
    const double seconds = double(m_started.nsecsElapsed()) / 1e9;
    return seconds * (1.0 - fraction) / fraction;
}

} // namespace sluice
