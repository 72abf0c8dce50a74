#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/error.h"

class QObject;
class QThreadPool;

namespace sluice {

/// SHA-256 of a file or of a range of it, read in blocks on a worker thread so neither the
/// GUI thread nor memory ever holds the file. Stateless; the functions are thread-safe.
class FileHasher final
{
    Q_DECLARE_TR_FUNCTIONS(FileHasher)
public:
    /// Shared between the caller and the worker: the caller cancels, the worker reports.
    struct Control
    {
        std::atomic_bool canceled { false };
        std::atomic<qint64> bytesDone { 0 };
    };
    using Handler = std::function<void(const Result<QByteArray> &)>;

    /// Hashes [offset, offset + length) of `path` here and now (length -1: to the end).
    /// Returns the raw 32-byte digest, or Canceled when `control` asks to stop.
    [[nodiscard]] static Result<QByteArray> hash(const QString &path, qint64 offset, qint64 length, Control &control);

    /// Runs hash() on `pool` and calls `handler` in `context`'s thread, unless `context`
    /// has been destroyed by then.
    static void start(QThreadPool *pool, const QString &path, qint64 offset, qint64 length,
        std::shared_ptr<Control> control, QObject *context, Handler handler);
};

} // namespace sluice
