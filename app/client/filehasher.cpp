#include "app/client/filehasher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace sluice {

namespace {
constexpr qint64 kBlock = 1024 * 1024; // large enough for full disk speed, small enough to cancel promptly
}

Result<QByteArray> FileHasher::hash(const QString &path, qint64 offset, qint64 length, Control &control)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (length < 0)
        length = file.size() - offset;
    if (offset < 0 || offset + length > file.size() || !file.seek(offset))
        return fail(ErrorCode::Io, tr("The file %1 is shorter than expected.").arg(path));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QByteArray block(qMin(kBlock, qMax<qint64>(1, length)), Qt::Uninitialized);
    qint64 left = length;
    while (left > 0) {
        if (control.canceled.load())
            return fail(ErrorCode::Canceled, tr("Hashing %1 was stopped.").arg(path));
        const qint64 read = file.read(block.data(), qMin<qint64>(block.size(), left));
        if (read <= 0)
            return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
        sha.addData(QByteArrayView(block.constData(), read));
        left -= read;
        control.bytesDone.fetch_add(read);
    }
    return sha.result();
}

void FileHasher::start(QThreadPool *pool, const QString &path, qint64 offset, qint64 length,
    std::shared_ptr<Control> control, QObject *context, Handler handler)
{
    Q_ASSERT(pool && context);
    // then(context, ...) runs the handler in context's thread and drops it once context is gone.
    QtConcurrent::run(pool, [path, offset, length, control = std::move(control)] {
        return hash(path, offset, length, *control);
    }).then(context, [handler = std::move(handler)](const Result<QByteArray> &digest) { handler(digest); });
}

} // namespace sluice
