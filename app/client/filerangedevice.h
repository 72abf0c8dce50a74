#pragma once

#include <QFile>
#include <QIODevice>

#include "core/error.h"

namespace sluice {

/// A read-only window [offset, offset + length) of a file, read from disk as the network
/// asks for it, so a chunk is streamed and never held whole in memory.
/// Thread: any, one at a time; owned by the QNetworkReply it feeds.
class FileRangeDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileRangeDevice)
public:
    explicit FileRangeDevice(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);

    /// Opens the file and checks the window lies inside it.
    [[nodiscard]] Result<void> openRange();

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};

} // namespace sluice
