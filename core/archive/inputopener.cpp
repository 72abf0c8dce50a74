#include "core/archive/inputopener.h"

#include <QFile>
#include <QFileInfo>

#include "core/archive/archivereader.h"

namespace sluice {

namespace {

Result<std::unique_ptr<InputSet>> start(
    QIODevice *device, std::unique_ptr<QIODevice> owned, const QString &sourceName, ArchiveLimits limits)
{
    auto reader = std::make_shared<ArchiveReader>(device, std::move(owned), sourceName, limits);
    const Result<void> opened = reader->open();
    if (!opened)
        return tl::unexpected(opened.error());
    return std::make_unique<InputSet>(std::move(reader));
}

} // namespace

Result<std::unique_ptr<InputSet>> InputOpener::open(const QString &path, ArchiveLimits limits)
{
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir())
        return fail(ErrorCode::InvalidInput, tr("%1 is a folder, not a file.").arg(name));
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Could not open %1: %2").arg(name, file->errorString()));
    QIODevice *device = file.get();
    return start(device, std::move(file), name, limits);
}

Result<std::unique_ptr<InputSet>> InputOpener::open(QIODevice &device, const QString &sourceName, ArchiveLimits limits)
{
    if (!device.isReadable())
        return fail(ErrorCode::Internal, tr("%1 is not open for reading.").arg(sourceName));
    return start(&device, nullptr, sourceName, limits);
}

Result<std::unique_ptr<InputSet>> InputOpener::open(
    std::unique_ptr<QIODevice> device, const QString &sourceName, ArchiveLimits limits)
{
    if (!device || !device->isReadable())
        return fail(ErrorCode::Internal, tr("%1 is not open for reading.").arg(sourceName));
    QIODevice *raw = device.get();
    return start(raw, std::move(device), sourceName, limits);
}

} // namespace sluice
