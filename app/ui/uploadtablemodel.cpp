#include "app/ui/uploadtablemodel.h"

#include <QJsonArray>
#include <QLocale>

#include "app/client/uploadqueue.h"

namespace sluice {

UploadTableModel::UploadTableModel(UploadQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    for (TusUploader *upload : queue->uploads())
        addUploader(upload);
    connect(queue, &UploadQueue::uploadAdded, this, &UploadTableModel::addUploader);
    connect(queue, &UploadQueue::uploadRemoved, this, &UploadTableModel::removeUploader);
}

int UploadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UploadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

TusUploader *UploadTableModel::uploader(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).data() : nullptr;
}

int UploadTableModel::rowOf(const QString &uploadId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row) && m_rows.at(row)->id() == uploadId)
            return row;
    }
    return -1;
}

void UploadTableModel::addUploader(TusUploader *upload)
{
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append(upload);
    endInsertRows();
    // The uploader emits progress a few times a second while it works: one row repaint each.
    connect(upload, &TusUploader::progressChanged, this, [this, upload] { rowChanged(upload); });
    connect(upload, &TusUploader::stateChanged, this, [this, upload] { rowChanged(upload); });
    connect(upload, &TusUploader::noteChanged, this, [this, upload] { rowChanged(upload); });
}

void UploadTableModel::removeUploader(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void UploadTableModel::rowChanged(TusUploader *upload)
{
    const int row = int(m_rows.indexOf(upload));
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UploadTableModel::serverUploadChanged(const QString &serverUploadId)
{
    for (const QPointer<TusUploader> &upload : std::as_const(m_rows)) {
        if (upload && UploadTableModel::serverUploadId(upload) == serverUploadId)
            rowChanged(upload);
    }
}

QString UploadTableModel::serverUploadId(const TusUploader *upload)
{
    const QString path = upload->uploadPath();  // "/files/<id>"
    return path.isEmpty() ? QString() : path.section(QLatin1Char('/'), -1);
}

const UploadTableModel::Import *UploadTableModel::importOf(const TusUploader *upload) const
{
    const QString id = serverUploadId(upload);
    if (id.isEmpty())
        return nullptr;
    const auto found = m_imports.constFind(id);
    return found == m_imports.cend() ? nullptr : &*found;
}

UploadTableModel::Phase UploadTableModel::phase(int row) const
{
    const TusUploader *upload = uploader(row);
    if (!upload)
        return Phase::Canceled;
    switch (upload->state()) {
    case TusUploader::State::Paused: return Phase::Paused;
    case TusUploader::State::Failed: return Phase::Failed;
    case TusUploader::State::Canceled: return Phase::Canceled;
    case TusUploader::State::Done: break;
    default: return Phase::Uploading;
    }
    const Import *import = importOf(upload);
    if (!import)
        return Phase::WaitingForImport;
    switch (import->state) {
    case Import::State::Waiting: return Phase::WaitingForImport;
    case Import::State::Running: return Phase::Importing;
    case Import::State::Succeeded: return Phase::Ready;
    case Import::State::Failed:
    case Import::State::Canceled: return Phase::ImportFailed;
    }
    return Phase::WaitingForImport;
}

QString UploadTableModel::datasetId(int row) const
{
    const TusUploader *upload = uploader(row);
    const Import *import = upload ? importOf(upload) : nullptr;
    return import && import->state == Import::State::Succeeded ? import->datasetId : QString();
}

int UploadTableModel::progressOf(const TusUploader *upload) const
{
    if (upload->state() == TusUploader::State::Done) {
        const Import *import = importOf(upload);
        if (import && import->state == Import::State::Running)
            return qBound(0, int(import->fraction * 100), 100);
        return 100;
    }
    const qint64 total = upload->size();
    if (total < 0)
        return -1;
    if (total == 0)
        return 0;
    return qBound(0, int(upload->bytesDone() * 100 / total), 100);
}

QString UploadTableModel::stateText(const TusUploader *upload) const
{
    switch (upload->state()) {
    case TusUploader::State::Queued: return tr("queued");
    case TusUploader::State::Hashing: return tr("hashing");
    case TusUploader::State::Creating: return tr("starting");
    case TusUploader::State::Uploading: return tr("uploading");
    case TusUploader::State::Paused: return tr("paused");
    case TusUploader::State::Retrying:
        return upload->note().isEmpty() ? tr("retrying") : upload->note();  // "Retrying in N s: why"
    case TusUploader::State::Completing: return tr("finishing");
    case TusUploader::State::Failed: return tr("failed: %1").arg(upload->error().message);
    case TusUploader::State::Canceled: return tr("canceled");
    case TusUploader::State::Done: break;
    }
    const QString uploaded = upload->wasDeduplicated() ? tr("already uploaded") : QString();
    const Import *import = importOf(upload);
    QString importText;
    if (!import || import->state == Import::State::Waiting)
        importText = tr("waiting to import");
    else if (import->state == Import::State::Running)
        importText = tr("importing %1%…").arg(qBound(0, int(import->fraction * 100), 100));
    else if (import->state == Import::State::Succeeded)
        importText = tr("ready");
    else if (import->state == Import::State::Canceled)
        importText = tr("import canceled");
    else
        importText = tr("import failed: %1").arg(import->error);
    return uploaded.isEmpty() ? importText : tr("%1, %2").arg(uploaded, importText);
}

QVariant UploadTableModel::data(const QModelIndex &index, int role) const
{
    const TusUploader *upload = index.isValid() ? uploader(index.row()) : nullptr;
    if (!upload)
        return {};
    switch (role) {
    case UploadIdRole: return upload->id();
    case ProgressRole: return progressOf(upload);
    case DatasetIdRole: return datasetId(index.row());
    case PhaseRole: return int(phase(index.row()));
    case Qt::ToolTipRole: {
        if (upload->state() == TusUploader::State::Failed)
            return upload->error().message;
        const Import *import = importOf(upload);
        if (upload->state() == TusUploader::State::Done && import && !import->error.isEmpty())
            return import->error;
        return upload->note().isEmpty() ? upload->filePath() : upload->note();
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == SpeedColumn || index.column() == EtaColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    const bool working = upload->state() == TusUploader::State::Uploading
        || upload->state() == TusUploader::State::Hashing;
    switch (index.column()) {
    case NameColumn: return upload->name();
    case SizeColumn: return upload->size() < 0 ? QString() : formatBytes(upload->size());
    case ProgressColumn: {
        const int percent = progressOf(upload);
        if (percent < 0)
            return QString();
        if (upload->state() == TusUploader::State::Hashing)
            return tr("hashing %1%").arg(percent);
        const Import *import = importOf(upload);
        if (upload->state() == TusUploader::State::Done && import && import->state == Import::State::Running)
            return tr("import %1%").arg(percent);
        return tr("%1%").arg(percent);
    }
    case SpeedColumn:
        return working && upload->bytesPerSecond() > 0
            ? tr("%1/s").arg(formatBytes(qint64(upload->bytesPerSecond())))
            : QString();
    case EtaColumn:
        return working && upload->secondsLeft() >= 0 ? formatDuration(upload->secondsLeft()) : QString();
    case StateColumn: return stateText(upload);
    default: return {};
    }
}

QVariant UploadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case SizeColumn: return tr("Size");
    case ProgressColumn: return tr("Progress");
    case SpeedColumn: return tr("Speed");
    case EtaColumn: return tr("Time left");
    case StateColumn: return tr("State");
    default: return {};
    }
}

void UploadTableModel::applyEvent(const Event &event)
{
    if (event.type == u"upload.completed") {
        const QString id = event.data.value(QStringLiteral("id")).toString();
        if (!id.isEmpty() && !m_imports.contains(id) && event.data.value(QStringLiteral("kind")).toString() != u"teams") {
            m_imports.insert(id, Import {});
            serverUploadChanged(id);
        }
    } else if (event.type == u"task.state" || event.type == u"task.progress") {
        const QString uploadId
            = event.data.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("uploadId")).toString();
        const auto known = m_imports.constFind(uploadId);
        // Progress is coalesced and may trail the final state: a finished import stays finished.
        if (event.type == u"task.progress" && known != m_imports.cend() && known->state != Import::State::Waiting
            && known->state != Import::State::Running)
            return;
        applyTask(event.data);
    }
}

void UploadTableModel::applyTask(const QJsonObject &task)
{
    if (task.value(QStringLiteral("type")).toString() != u"import")
        return;
    const QString uploadId = task.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("uploadId")).toString();
    if (uploadId.isEmpty())
        return;
    Import &import = m_imports[uploadId];
    const QString state = task.value(QStringLiteral("state")).toString();
    import.fraction = task.value(QStringLiteral("progress")).toDouble();
    if (state == u"queued") {
        import.state = Import::State::Waiting;
    } else if (state == u"running") {
        import.state = Import::State::Running;
    } else if (state == u"succeeded") {
        import.state = Import::State::Succeeded;
        import.datasetId = task.value(QStringLiteral("summary")).toObject().value(QStringLiteral("datasets")).toArray()
                               .first().toString();
    } else if (state == u"failed") {
        import.state = Import::State::Failed;
        import.error = task.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        if (import.error.isEmpty())
            import.error = task.value(QStringLiteral("message")).toString();
    } else if (state == u"canceled") {
        import.state = Import::State::Canceled;
        import.error = tr("The import was canceled.");
    }
    serverUploadChanged(uploadId);
}

QString UploadTableModel::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString UploadTableModel::formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace sluice
