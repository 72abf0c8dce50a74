#include "app/ui/dataset/filedownload.h"

#include <QDir>
#include <QNetworkReply>

#include "app/client/apiclient.h"

namespace sluice {

namespace {

// An error body is a short JSON message; more than this is not one.
constexpr qsizetype kMaxErrorBody = 64 * 1024;

bool isSuccess(QNetworkReply *reply)
{
    const int status = ApiClient::statusOf(reply);
    return status >= 200 && status < 300;
}

} // namespace

FileDownload::FileDownload(ApiClient *client, QString path, QString targetPath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(std::move(path))
    , m_target(targetPath)
{
}

FileDownload::~FileDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FileDownload::start()
{
    if (!m_target.open(QIODevice::WriteOnly)) {
        emit failed(writeError());
        return;
    }
    m_reply = m_client->sendRaw(QByteArrayLiteral("GET"), m_path, {});
    connect(m_reply, &QNetworkReply::readyRead, this, &FileDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FileDownload::onFinished);
}

Error FileDownload::writeError() const
{
    return Error { ErrorCode::Io,
        tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_target.fileName()), m_target.errorString()) };
}

void FileDownload::onReadyRead()
{
    const QByteArray bytes = m_reply->readAll();
    if (!isSuccess(m_reply)) {
        if (m_errorBody.size() < kMaxErrorBody)
            m_errorBody += bytes;
        return;
    }
    if (m_writeFailed)
        return;
    if (m_target.write(bytes) != bytes.size()) {
        m_writeFailed = true; // reported when the answer ends, with the file's own message
        return;
    }
    m_written += bytes.size();
}

void FileDownload::onFinished()
{
    onReadyRead(); // whatever arrived with the end
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError || !isSuccess(reply)) {
        m_target.cancelWriting();
        emit failed(ApiClient::replyError(reply, m_errorBody));
        return;
    }
    if (m_writeFailed || !m_target.commit()) {
        emit failed(writeError());
        return;
    }
    emit finished(m_target.fileName(), m_written);
}

} // namespace sluice
