#include "app/client/uploadqueue.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include "app/client/apiclient.h"
#include "app/client/csvfilefinder.h"
#include "app/client/logging.h"
#include "app/client/uploadstore.h"

namespace sluice {

UploadQueue::UploadQueue(ApiClient *client, const QString &storeFileName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_storeFileName(storeFileName)
{
    Q_ASSERT(client);
    m_workPool.setObjectName(QStringLiteral("sluice-upload-hash"));
    m_workPool.setMaxThreadCount(2); // hashing is disk-bound: more threads only seek more
    m_storePool.setObjectName(QStringLiteral("sluice-upload-store"));
    m_storePool.setMaxThreadCount(1);
}

UploadQueue::~UploadQueue()
{
    if (m_savePending)
        save();
    // Uploaders first: they cancel their hashing, so the pools below do not wait for it.
    const QList<TusUploader *> uploads = std::exchange(m_uploads, {});
    qDeleteAll(uploads);
    m_workPool.waitForDone();
    m_storePool.waitForDone(); // the last list reaches the disk before the app exits
}

Result<void> UploadQueue::restore()
{
    auto records = UploadStore::load(m_storeFileName);
    if (!records)
        return tl::unexpected(records.error());
    for (const UploadRecord &record : std::as_const(*records)) {
        if (upload(record.id))
            continue;
        adopt(new TusUploader(m_client, &m_workPool, record, this));
    }
    qCInfo(lcClient) << "restored" << records->size() << "unfinished uploads";
    return {};
}

void UploadQueue::setMaxParallel(int count)
{
    m_maxParallel = qMax(1, count);
    scheduleSoon();
}

void UploadQueue::setMaximumChunkSize(qint64 bytes)
{
    m_maximumChunkSize = bytes;
    for (TusUploader *upload : std::as_const(m_uploads))
        upload->setMaximumChunkSize(bytes);
}

QString UploadQueue::defaultName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    static const QStringList kSuffixes { QStringLiteral(".gz"), QStringLiteral(".bz2"), QStringLiteral(".xz"),
        QStringLiteral(".zst"), QStringLiteral(".zip"), QStringLiteral(".csv"), QStringLiteral(".tsv"),
        QStringLiteral(".txt") };
    for (const QString &suffix : kSuffixes) {
        if (name.endsWith(suffix, Qt::CaseInsensitive) && name.size() > suffix.size())
            name.chop(suffix.size());
    }
    return name;
}

QString UploadQueue::addFile(const QString &path, UploadKind kind, const QString &name)
{
    auto *upload = new TusUploader(m_client, &m_workPool, path, kind, name.isEmpty() ? defaultName(path) : name, this);
    adopt(upload);
    scheduleSoon();
    return upload->id();
}

void UploadQueue::addFolder(const QString &folder, UploadKind kind)
{
    QtConcurrent::run(&m_workPool, [folder] {
        return CsvFileFinder::find(folder);
    }).then(this, [this, folder, kind](const QStringList &files) {
        for (const QString &file : files)
            addFile(file, kind);
        emit folderScanned(folder, int(files.size()));
    });
}

void UploadQueue::adopt(TusUploader *upload)
{
    if (m_maximumChunkSize > 0)
        upload->setMaximumChunkSize(m_maximumChunkSize);
    m_uploads.append(upload);
    connect(upload, &TusUploader::stateChanged, this, &UploadQueue::scheduleSoon);
    connect(upload, &TusUploader::recordChanged, this, &UploadQueue::saveSoon);
    emit uploadAdded(upload);
    saveSoon();
}

TusUploader *UploadQueue::upload(const QString &id) const
{
    for (TusUploader *upload : m_uploads) {
        if (upload->id() == id)
            return upload;
    }
    return nullptr;
}

int UploadQueue::activeCount() const
{
    return int(std::count_if(m_uploads.cbegin(), m_uploads.cend(), [](TusUploader *u) { return u->isActive(); }));
}

void UploadQueue::pause(const QString &id)
{
    if (TusUploader *u = upload(id))
        u->pause();
}

void UploadQueue::resume(const QString &id)
{
    if (TusUploader *u = upload(id))
        u->enqueue();
    scheduleSoon();
}

void UploadQueue::cancel(const QString &id)
{
    if (TusUploader *u = upload(id))
        u->cancel();
}

void UploadQueue::retry(const QString &id)
{
    resume(id); // a failed upload is queued again like a paused one, with a fresh retry schedule
}

void UploadQueue::pauseAll()
{
    // Waiting ones first, so none of them slips into a slot freed by pausing an active one.
    for (TusUploader *u : std::as_const(m_uploads)) {
        if (u->state() == TusUploader::State::Queued)
            u->pause();
    }
    for (TusUploader *u : std::as_const(m_uploads))
        u->pause();
}

void UploadQueue::resumeAll()
{
    for (TusUploader *u : std::as_const(m_uploads)) {
        if (u->state() == TusUploader::State::Paused)
            u->enqueue();
    }
    scheduleSoon();
}

void UploadQueue::cancelAll()
{
    for (TusUploader *u : std::as_const(m_uploads))
        u->cancel();
}

void UploadQueue::retryAll()
{
    for (TusUploader *u : std::as_const(m_uploads)) {
        if (u->state() == TusUploader::State::Failed)
            u->enqueue();
    }
    scheduleSoon();
}

void UploadQueue::clearFinished()
{
    for (qsizetype i = m_uploads.size() - 1; i >= 0; --i) {
        TusUploader *u = m_uploads.at(i);
        if (!u->isFinished())
            continue;
        m_uploads.removeAt(i);
        emit uploadRemoved(u->id());
        u->deleteLater();
    }
}

QList<int> UploadQueue::toStart(const QList<TusUploader::State> &states, int maxParallel)
{
    qsizetype active = std::count_if(states.cbegin(), states.cend(), [](TusUploader::State state) {
        switch (state) {
        case TusUploader::State::Hashing:
        case TusUploader::State::Creating:
        case TusUploader::State::Uploading:
        case TusUploader::State::Retrying:
        case TusUploader::State::Completing:
            return true;
        default:
            return false;
        }
    });
    QList<int> start;
    for (int i = 0; i < states.size() && active < maxParallel; ++i) {
        if (states.at(i) == TusUploader::State::Queued) {
            start.append(i);
            ++active;
        }
    }
    return start;
}

// Coalesced: a burst of state changes (pauseAll, a folder of files) schedules once.
void UploadQueue::scheduleSoon()
{
    if (m_schedulePending)
        return;
    m_schedulePending = true;
    QMetaObject::invokeMethod(this, &UploadQueue::schedule, Qt::QueuedConnection);
}

void UploadQueue::schedule()
{
    m_schedulePending = false;
    QList<TusUploader::State> states;
    states.reserve(m_uploads.size());
    for (TusUploader *u : std::as_const(m_uploads))
        states.append(u->state());
    const QList<TusUploader *> uploads = m_uploads; // start() may emit; keep a stable copy
    for (int index : toStart(states, m_maxParallel))
        uploads.at(index)->start();
}

void UploadQueue::saveSoon()
{
    if (m_savePending)
        return;
    m_savePending = true;
    QMetaObject::invokeMethod(this, &UploadQueue::save, Qt::QueuedConnection);
}

void UploadQueue::save()
{
    m_savePending = false;
    QList<UploadRecord> records;
    for (TusUploader *u : std::as_const(m_uploads)) {
        if (!u->isFinished())
            records.append(u->record());
    }
    // Serialised here, written on the store thread: the GUI thread never waits on the disk.
    const QByteArray contents = UploadStore::serialize(records);
    QtConcurrent::run(&m_storePool, [fileName = m_storeFileName, contents] {
        return UploadStore::write(fileName, contents);
    }).then(this, [this](const Result<void> &written) {
        if (!written) {
            qCWarning(lcClient) << "cannot save the unfinished uploads:" << written.error().message;
            emit saveFailed(written.error());
        }
    });
}

} // namespace sluice
