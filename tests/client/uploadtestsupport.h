#pragma once

// Helpers shared by the client's upload tests: deterministic CSV files, and questions to a
// real server (HEAD of a tus upload, the datasets list) asked the way any client would.

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTest>

#include "app/client/apiclient.h"
#include "app/client/tusuploader.h"

namespace sluice::test {

/// Writes a CSV of `rows` data rows (plus a header) whose bytes depend on `seed`; returns its path.
inline QString writeCsv(const QString &directory, const QString &name, int rows, int seed = 0)
{
    const QString path = directory + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write("id,name,amount,day\n");
    QByteArray line;
    for (int i = 0; i < rows; ++i) {
        line = QByteArray::number(i) + ",item" + QByteArray::number((i * 7 + seed) % 1000) + ','
            + QByteArray::number((i * 13 + seed) % 10000) + '.' + QByteArray::number(i % 100) + ",2024-01-"
            + QByteArray::number(10 + i % 19) + '\n';
        file.write(line);
    }
    return path;
}

inline QByteArray sha256Hex(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

/// Whether the server keeps a file with exactly these bytes under its data directory's uploads/.
inline bool serverHasCopy(const QString &dataDirectory, const QString &localPath)
{
    const QByteArray wanted = sha256Hex(localPath);
    const qint64 size = QFileInfo(localPath).size();
    QDirIterator it(dataDirectory + QStringLiteral("/uploads"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).size() == size && sha256Hex(path) == wanted)
            return true;
    }
    return false;
}

struct HeadAnswer
{
    int status = -1; // -1: no answer in time
    qint64 offset = -1;
    qint64 length = -1;
};

/// HEAD of a tus upload, as a tus client asks it.
inline HeadAnswer tusHead(ApiClient &client, const QString &uploadPath)
{
    QNetworkReply *reply = client.sendRaw(
        QByteArrayLiteral("HEAD"), uploadPath, { { QByteArrayLiteral("Tus-Resumable"), QByteArrayLiteral("1.0.0") } });
    HeadAnswer answer;
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 20000)) {
        reply->abort();
        reply->deleteLater();
        return answer;
    }
    answer.status = ApiClient::statusOf(reply);
    bool ok = false;
    answer.offset = reply->rawHeader("Upload-Offset").toLongLong(&ok);
    if (!ok)
        answer.offset = -1;
    answer.length = reply->rawHeader("Upload-Length").toLongLong(&ok);
    if (!ok)
        answer.length = -1;
    reply->deleteLater();
    return answer;
}

inline Result<QJsonObject> fetchJson(ApiClient &client, const QString &path)
{
    std::optional<Result<QJsonObject>> answer;
    client.getJson(path, &client, [&](const Result<QJsonObject> &result) { answer = result; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
        return fail(ErrorCode::Timeout, QStringLiteral("no answer to %1").arg(path));
    return *answer;
}

/// The row count of the dataset called `name` in GET /api/v1/datasets; -1 while there is none.
inline qint64 datasetRowCount(ApiClient &client, const QString &name)
{
    auto list = fetchJson(client, QStringLiteral("/api/v1/datasets"));
    if (!list)
        return -1;
    const QJsonArray items = list->value(QStringLiteral("datasets")).toArray();
    for (const QJsonValue &item : std::as_const(items)) {
        const QJsonObject dataset = item.toObject();
        if (dataset.value(QStringLiteral("name")).toString() != name)
            continue;
        if (dataset.value(QStringLiteral("state")).toString() != QStringLiteral("ready"))
            return -1;
        return dataset.value(QStringLiteral("rows")).toInteger(-1);
    }
    return -1;
}

/// Whether `uploader` reached `wanted` or a state it will not leave by itself.
inline bool settled(const TusUploader &uploader, TusUploader::State wanted)
{
    using State = TusUploader::State;
    const State state = uploader.state();
    return state == wanted || state == State::Done || state == State::Failed || state == State::Canceled;
}

} // namespace sluice::test

// Waits (up to a minute) for `uploader` to reach `wanted`; fails at once, with the upload's
// note, when it ends in another state instead.
#define SLUICE_WAIT_STATE(uploader, wanted)                                                                            \
    do {                                                                                                               \
        QVERIFY2(QTest::qWaitFor([&] { return sluice::test::settled((uploader), (wanted)); }, 60000),                  \
            qPrintable(QStringLiteral("still %1").arg(TusUploader::stateName((uploader).state()))));                   \
        QVERIFY2((uploader).state() == (wanted),                                                                       \
            qPrintable(QStringLiteral("%1: %2").arg(TusUploader::stateName((uploader).state()), (uploader).note())));  \
    } while (false)
