#pragma once

#include <QObject>
#include <QPointer>
#include <QSaveFile>

#include "core/error.h"

class QNetworkReply;

namespace sluice {

class ApiClient;

/// Saves the body of one GET (e.g. a dataset's rejected rows as CSV) to a file as it
/// arrives: the file appears whole when the answer is complete and is left untouched when
/// it fails (QSaveFile), and an error answer becomes the server's message.
/// Thread: GUI. Owner: whoever starts it; the ApiClient must outlive it.
class FileDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDownload)
public:
    FileDownload(ApiClient *client, QString path, QString targetPath, QObject *parent = nullptr);
    ~FileDownload() override;

    void start();
    QString targetPath() const { return m_target.fileName(); }

signals:
    void finished(const QString &targetPath, qint64 bytes);
    void failed(const sluice::Error &error);

private:
    void onReadyRead();
    void onFinished();
    Error writeError() const;

    ApiClient *m_client;
    QString m_path;
    QSaveFile m_target;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_errorBody; // the body of an error answer, for its message
    qint64 m_written = 0;
    bool m_writeFailed = false;
};

} // namespace sluice
