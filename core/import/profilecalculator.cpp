#include "core/import/profilecalculator.h"

#include <utility>

#include <QThread>

#include "core/calc/datasetprofile.h"
#include "core/import/batchqueue.h"
#include "core/import/rowbatchpool.h"

namespace sluice {

namespace {
constexpr auto kSnapshotInterval = std::chrono::milliseconds(250);
} // namespace

ProfileCalculator::ProfileCalculator(DatasetProfile &profile, BatchQueue &input, BatchQueue *output,
                                     RowBatchPool *spares, bool snapshots)
    : m_profile(profile)
    , m_input(input)
    , m_output(output)
    , m_spares(spares)
    , m_snapshots(snapshots)
{
}

ProfileCalculator::~ProfileCalculator()
{
    if (m_thread && m_thread->isRunning()) {
        m_input.abort();
        m_thread->wait();
    }
}

void ProfileCalculator::start()
{
    m_lastSnapshot = std::chrono::steady_clock::now();
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("sluice-profile"));
    m_thread->start();
}

void ProfileCalculator::wait()
{
    m_thread->wait();
}

std::optional<QJsonObject> ProfileCalculator::takeSnapshot()
{
    QMutexLocker lock(&m_snapshotMutex);
    return std::exchange(m_snapshot, std::nullopt);
}

void ProfileCalculator::run()
{
    while (std::optional<ImportBatch> batch = m_input.pop()) {
        m_profile.addRows(batch->rows, 0, batch->rows.rowCount());
        const auto now = std::chrono::steady_clock::now();
        if (m_snapshots && now - m_lastSnapshot >= kSnapshotInterval) {
            m_lastSnapshot = now;
            publish(m_profile.snapshot());  // built here, off the parse thread
        }
        if (!m_output) {
            if (m_spares)
                m_spares->giveBack(std::move(batch->rows));
        } else if (!m_output->push(std::move(*batch))) {
            m_input.abort();  // the writer gave up: so does the parse thread
            return;
        }
    }
    if (m_input.isAborted()) {
        if (m_output)
            m_output->abort();
        return;
    }
    if (m_output)
        m_output->close();
    m_finalResult = m_profile.finalResult();
    if (m_snapshots)
        publish(m_profile.snapshot());
}

void ProfileCalculator::publish(QJsonObject snapshot)
{
    QMutexLocker lock(&m_snapshotMutex);
    m_snapshot = std::move(snapshot);
}

} // namespace sluice
