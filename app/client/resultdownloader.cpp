#include "app/client/resultdownloader.h"

#include <QFileInfo>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrl>

#include "app/client/apiclient.h"
#include "app/client/logging.h"

namespace sluice {

namespace {

QString resultPath(const QString &taskId)
{
    return QStringLiteral("/api/v1/tasks/") + QString::fromLatin1(QUrl::toPercentEncoding(taskId))
        + QStringLiteral("/result");
}

} // namespace

ResultDownloader::ResultDownloader(ApiClient *client, const QString &taskId, const QString &targetPath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_taskId(taskId)
    , m_targetPath(targetPath)
    , m_file(partialPath())
{
}

ResultDownloader::~ResultDownloader()
{
    stopReply();
}

void ResultDownloader::start()
{
    stopReply();
    m_file.close();
    QFile::remove(partialPath());
    m_written = 0;
    m_etag.clear();
    request(0);
}

void ResultDownloader::resume()
{
    stopReply();
    m_file.close();
    const QFileInfo partial(partialPath());
    m_written = partial.exists() ? partial.size() : 0;
    if (m_written > 0 && m_written == m_total) {
        // Every byte arrived before the interruption: only the rename is left.
        m_offset = m_written;
        onFinished();
        return;
    }
    if (m_written > 0)
        ++m_resumes;
    request(m_written);
}

void ResultDownloader::interrupt()
{
    if (m_state != State::Downloading)
        return;
    stopReply();
    m_file.close();
    m_state = State::Interrupted;
    emit interrupted(Error { ErrorCode::Canceled, tr("The download was interrupted.") });
}

void ResultDownloader::cancel()
{
    stopReply();
    m_file.close();
    QFile::remove(partialPath());
    m_state = State::Canceled;
}

void ResultDownloader::request(qint64 from)
{
    const QIODevice::OpenMode mode = from > 0 ? QIODevice::ReadWrite : (QIODevice::WriteOnly | QIODevice::Truncate);
    if (!m_file.open(mode)) {
        fail(Error { ErrorCode::Io, tr("Cannot write %1: %2").arg(partialPath(), m_file.errorString()) });
        return;
    }
    if (from > 0 && !m_file.seek(from)) {
        fail(Error { ErrorCode::Io, tr("Cannot write %1: %2").arg(partialPath(), m_file.errorString()) });
        return;
    }
    ApiClient::Headers headers;
    if (from > 0) {
        headers.append({ QByteArrayLiteral("Range"), QByteArrayLiteral("bytes=") + QByteArray::number(from) + '-' });
        // A result that changed since the first bytes must not be stitched onto them.
        if (!m_etag.isEmpty())
            headers.append({ QByteArrayLiteral("If-Range"), m_etag });
    }
    m_offset = from;
    m_checkedStatus = false;
    m_state = State::Downloading;
    m_reply = m_client->sendRaw(QByteArrayLiteral("GET"), resultPath(m_taskId), headers);
    connect(m_reply, &QNetworkReply::readyRead, this, &ResultDownloader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ResultDownloader::onFinished);
}

void ResultDownloader::onReadyRead()
{
    if (!m_reply)
        return;
    const int status = ApiClient::statusOf(m_reply);
    if (!m_checkedStatus) {
        m_checkedStatus = true;
        m_lastStatus = status;
        if (status == 206) {
            // "bytes FIRST-LAST/TOTAL": FIRST must be where the partial file ends.
            static const QRegularExpression range(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+)$"));
            const auto match
                = range.match(QString::fromLatin1(m_reply->rawHeader(QByteArrayLiteral("Content-Range")).trimmed()));
            if (!match.hasMatch() || match.captured(1).toLongLong() != m_offset) {
                fail(Error { ErrorCode::InvalidInput, tr("The server sent a different part of the result than asked.") });
                return;
            }
            m_total = match.captured(3).toLongLong();
        } else if (status == 200) {
            if (m_offset > 0) {
                // The range was not honoured (or the file changed): the body is the whole file.
                m_file.resize(0);
                m_file.seek(0);
                m_offset = 0;
                m_written = 0;
            }
            const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
            m_total = length.isValid() ? length.toLongLong() : -1;
        }
        if (status == 200 || status == 206) {
            const QByteArray etag = m_reply->rawHeader(QByteArrayLiteral("ETag"));
            if (!etag.isEmpty())
                m_etag = etag;
        }
    }
    if (status != 200 && status != 206)
        return; // an error body: onFinished() reads it
    const QByteArray data = m_reply->readAll();
    if (m_file.write(data) != data.size()) {
        fail(Error { ErrorCode::Io, tr("Cannot write %1: %2").arg(partialPath(), m_file.errorString()) });
        return;
    }
    m_written += data.size();
    emit progressed(m_written, m_total);
}

void ResultDownloader::onFinished()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        const int status = ApiClient::statusOf(reply);
        if (status == 200 || status == 206)
            onReadyRead(); // whatever arrived with the end
        if (m_state != State::Downloading)
            return; // onReadyRead() failed it
        m_reply = nullptr;
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError || (status != 200 && status != 206)) {
            fail(ApiClient::replyError(reply, status == 200 || status == 206 ? QByteArray() : reply->readAll()));
            return;
        }
    }
    if (m_total >= 0 && m_written != m_total) {
        fail(Error { ErrorCode::Network,
            tr("The download ended after %1 of %2 bytes.").arg(m_written).arg(m_total) });
        return;
    }
    m_file.close();
    if (QFile::exists(m_targetPath) && !QFile::remove(m_targetPath)) {
        fail(Error { ErrorCode::Io, tr("Cannot replace %1.").arg(m_targetPath) });
        return;
    }
    if (!QFile::rename(partialPath(), m_targetPath)) {
        fail(Error { ErrorCode::Io, tr("Cannot rename %1 to %2.").arg(partialPath(), m_targetPath) });
        return;
    }
    m_state = State::Done;
    qCInfo(lcClient) << "downloaded the result of task" << m_taskId;
    emit finished(m_targetPath);
}

void ResultDownloader::fail(const Error &error)
{
    stopReply();
    m_file.close();
    m_state = State::Interrupted;
    qCWarning(lcClient) << "download of task" << m_taskId << "interrupted:" << error.message;
    emit interrupted(error);
}

void ResultDownloader::stopReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

} // namespace sluice
