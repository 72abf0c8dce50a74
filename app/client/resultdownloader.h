#pragma once

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/error.h"

class QNetworkReply;

namespace sluice {

class ApiClient;

/// Downloads a task's result (GET /api/v1/tasks/{id}/result) into `<target>.part` next to the
/// target, then renames it to the target. An interrupted download keeps the bytes written so
/// far: resume() asks for the rest with a Range request (If-Range on the ETag, so a changed
/// file starts over), and a server that ignores the range (200) is written from the start.
/// Thread: the GUI thread, like its ApiClient, which must outlive it. Owner: whoever made it
/// (the TasksPanel).
class ResultDownloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultDownloader)
public:
    enum class State { Idle, Downloading, Interrupted, Done, Canceled };
    Q_ENUM(State)

    ResultDownloader(ApiClient *client, const QString &taskId, const QString &targetPath, QObject *parent = nullptr);
    ~ResultDownloader() override;

    QString taskId() const { return m_taskId; }
    QString targetPath() const { return m_targetPath; }
    /// Where the bytes go until the download completes.
    QString partialPath() const { return m_targetPath + QStringLiteral(".part"); }
    State state() const { return m_state; }
    qint64 bytesReceived() const { return m_written; }
    /// The whole size; -1 until the server says.
    qint64 bytesTotal() const { return m_total; }
    /// How many requests asked for a range (resumed rather than started over).
    int resumeCount() const { return m_resumes; }
    /// The HTTP status of the latest answer (206 when a range was served); 0 before one.
    int lastStatus() const { return m_lastStatus; }

    /// Starts from the beginning (an old partial file is discarded).
    void start();
    /// Continues from the bytes already in the partial file (written by an interrupted
    /// download, possibly in an earlier run); starts from the beginning when there is none.
    void resume();
    /// Stops the transfer, keeping the partial file (resume() continues it).
    void interrupt();
    /// Stops and deletes the partial file.
    void cancel();

signals:
    void progressed(qint64 received, qint64 total);
    /// The transfer broke; the partial file is kept for resume().
    void interrupted(const sluice::Error &error);
    void finished(const QString &targetPath);

private:
    void request(qint64 from);
    void onReadyRead();
    void onFinished();
    void fail(const Error &error);
    void stopReply();

    ApiClient *m_client;
    QString m_taskId;
    QString m_targetPath;
    QFile m_file;
    QPointer<QNetworkReply> m_reply;
    State m_state = State::Idle;
    qint64 m_written = 0;
    qint64 m_total = -1;
    qint64 m_offset = 0; // where the current reply's body starts in the file
    bool m_checkedStatus = false; // the current reply's status has been looked at
    QByteArray m_etag;
    int m_resumes = 0;
    int m_lastStatus = 0;
};

} // namespace sluice
