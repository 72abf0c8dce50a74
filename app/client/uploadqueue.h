#pragma once

#include <QList>
#include <QObject>
#include <QThreadPool>

#include "app/client/tusuploader.h"
#include "app/client/uploadrecord.h"
#include "core/error.h"

namespace sluice {

class ApiClient;

/// The uploads of a session: runs a few at once (default 3) and keeps the rest waiting in
/// order; pause, resume, cancel and retry each or all; remembers every unfinished upload in
/// a JSON file (atomically rewritten on each change) so that after a restart or a crash they
/// are listed again, paused, ready to resume from the server's offset.
/// Thread: the GUI thread, like its ApiClient, which must outlive it. Owns its TusUploaders,
/// a small pool for hashing and folder scans, and a one-thread pool that writes the file.
class UploadQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadQueue)
public:
    static constexpr int kDefaultParallel = 3;

    /// `storeFileName`: usually UploadStore::defaultFileName(data directory).
    explicit UploadQueue(ApiClient *client, const QString &storeFileName, QObject *parent = nullptr);
    ~UploadQueue() override;

    /// Lists the uploads an earlier run left unfinished, each Paused. Call once, before adding.
    /// Reads one small file on the calling thread (at startup).
    [[nodiscard]] Result<void> restore();

    void setMaxParallel(int count);
    int maxParallel() const { return m_maxParallel; }
    /// Caps every upload's chunk size below the server's limit (slow links, tests).
    void setMaximumChunkSize(qint64 bytes);

    /// Queues one file; `name` defaults to the file name without its extensions.
    /// Returns the upload's id.
    QString addFile(const QString &path, UploadKind kind = UploadKind::Dataset, const QString &name = QString());
    /// Queues every CSV-like file under `folder` (see CsvFileFinder), found off the GUI thread;
    /// folderScanned() tells how many.
    void addFolder(const QString &folder, UploadKind kind = UploadKind::Dataset);

    QList<TusUploader *> uploads() const { return m_uploads; }
    TusUploader *upload(const QString &id) const;
    int activeCount() const;

    void pause(const QString &id);
    /// Paused or failed: queued again; it starts when a slot is free.
    void resume(const QString &id);
    void cancel(const QString &id);
    void retry(const QString &id);
    void pauseAll();
    void resumeAll();
    void cancelAll();
    void retryAll();
    /// Forgets finished (done and canceled) uploads.
    void clearFinished();

    /// Which of `states` (in queue order) to start now so that at most `maxParallel` are active.
    static QList<int> toStart(const QList<TusUploader::State> &states, int maxParallel);
    /// The default dataset name for a file: its name without extensions ("sales.csv.gz" -> "sales").
    static QString defaultName(const QString &path);

signals:
    void uploadAdded(sluice::TusUploader *upload);
    /// Emitted before the uploader is deleted (later, so a slot may still read it).
    void uploadRemoved(const QString &id);
    void folderScanned(const QString &folder, int fileCount);
    /// The list of unfinished uploads could not be saved.
    void saveFailed(const sluice::Error &error);

private:
    void adopt(TusUploader *upload);
    void scheduleSoon();
    void schedule();
    void saveSoon();
    void save();

    ApiClient *m_client;
    QString m_storeFileName;
    int m_maxParallel = kDefaultParallel;
    qint64 m_maximumChunkSize = 0; // 0: the server's limit
    QList<TusUploader *> m_uploads; // children of this, in queue order
    bool m_schedulePending = false;
    bool m_savePending = false;
    QThreadPool m_workPool; // hashing and folder scans
    QThreadPool m_storePool; // one thread: writes land in order
};

} // namespace sluice
