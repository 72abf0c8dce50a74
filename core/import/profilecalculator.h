#pragma once

#include <chrono>
#include <memory>
#include <optional>

#include <QJsonObject>
#include <QMutex>

class QThread;

namespace sluice {

class BatchQueue;
class DatasetProfile;
class RowBatchPool;

/// The statistics side of an import: on a thread of its own, feeds every batch from its input
/// queue to a DatasetProfile and then hands the batch on to the next queue (the TableWriter's),
/// so that parsing, statistics and inserting run side by side. Every 250 ms it takes a snapshot
/// of the profile for the parse thread to pass on (the sink is called on that thread only).
/// Once the input is drained it closes the output and then, while the writer commits its last
/// rows, builds the final result (and a closing snapshot), which are the slow part of the end.
///
/// Threads: constructed, started, waited for and asked for snapshots on the parse thread; the
/// profile is written by the calculator's thread only, and read by others only after wait().
/// An abort of either queue aborts the other, so a failure anywhere stops every stage.
class ProfileCalculator final
{
public:
    /// `output` may be null: the batches then go back to `spares` (if given) once counted.
    /// Without `snapshots` (no one listens) none are taken.
    ProfileCalculator(DatasetProfile &profile, BatchQueue &input, BatchQueue *output, RowBatchPool *spares,
                      bool snapshots);
    ~ProfileCalculator();
    Q_DISABLE_COPY_MOVE(ProfileCalculator)

    void start();
    /// Waits until the input queue is closed and drained (the output queue is then closed too),
    /// or either queue aborted, and the thread ended.
    void wait();
    /// The newest snapshot not taken yet, if any. Thread-safe. After wait(), the closing one.
    std::optional<QJsonObject> takeSnapshot();
    /// DatasetProfile::finalResult() of every row, built on the calculator's thread; after wait(),
    /// empty if a queue was aborted.
    const QJsonObject &finalResult() const { return m_finalResult; }

private:
    void run();
    /// Replaces the snapshot not taken yet, if any.
    void publish(QJsonObject snapshot);

    DatasetProfile &m_profile;
    BatchQueue &m_input;
    BatchQueue *m_output;
    RowBatchPool *m_spares;
    bool m_snapshots;
    std::unique_ptr<QThread> m_thread;
    std::chrono::steady_clock::time_point m_lastSnapshot;
    QMutex m_snapshotMutex;
    std::optional<QJsonObject> m_snapshot;  // guarded by m_snapshotMutex
    QJsonObject m_finalResult;              // written by the thread, read after wait()
};

} // namespace sluice
