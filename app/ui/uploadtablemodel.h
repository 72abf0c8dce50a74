#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include "app/client/tusuploader.h"
#include "core/events/event.h"

namespace sluice {

class UploadQueue;

/// The rows of the Uploads dock: one per TusUploader of an UploadQueue, in queue order, and,
/// once its bytes are on the server, the import that follows (from "tasks" events, keyed by
/// the server's upload id). Thread: GUI. Owner: the UploadsPanel; the queue must outlive it.
class UploadTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadTableModel)
public:
    enum Column { NameColumn, SizeColumn, ProgressColumn, SpeedColumn, EtaColumn, StateColumn, ColumnCount };
    enum Role {
        UploadIdRole = Qt::UserRole + 1,  // the queue's (local) id of the upload
        ProgressRole,                     // 0..100, or -1 while unknown
        DatasetIdRole,                    // the imported dataset, once ready
        PhaseRole,                        // Phase, as an int
    };
    /// Where a row is in its life, uploading then importing.
    enum class Phase { Uploading, Paused, Failed, Canceled, WaitingForImport, Importing, Ready, ImportFailed };
    Q_ENUM(Phase)

    explicit UploadTableModel(UploadQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    TusUploader *uploader(int row) const;
    int rowOf(const QString &uploadId) const;
    Phase phase(int row) const;
    /// The dataset a row's import made; empty until it is ready.
    QString datasetId(int row) const;

    /// Follows the imports: upload.completed, task.state and task.progress of import tasks.
    void applyEvent(const Event &event);
    /// Applies one task as GET /api/v1/tasks lists it (after a reconnect, or a deduplicated upload).
    void applyTask(const QJsonObject &task);

    /// "12.5 MB" and the like, for sizes and speeds.
    static QString formatBytes(qint64 bytes);
    static QString formatDuration(qint64 seconds);

private:
    struct Import
    {
        enum class State { Waiting, Running, Succeeded, Failed, Canceled } state = State::Waiting;
        double fraction = 0;
        QString datasetId;
        QString error;
    };

    void addUploader(TusUploader *upload);
    void removeUploader(const QString &id);
    void rowChanged(TusUploader *upload);
    void serverUploadChanged(const QString &serverUploadId);
    static QString serverUploadId(const TusUploader *upload);
    const Import *importOf(const TusUploader *upload) const;
    QString stateText(const TusUploader *upload) const;
    int progressOf(const TusUploader *upload) const;

    UploadQueue *m_queue;
    QList<QPointer<TusUploader>> m_rows;  // owned by the queue
    QHash<QString, Import> m_imports;     // by the server's upload id
};

} // namespace sluice
