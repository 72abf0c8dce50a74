#include "core/archive/archivereader.h"

#include <algorithm>
#include <array>
#include <cerrno>

#include <QFileInfo>
#include <QIODevice>

#include <archive.h>
#include <archive_entry.h>

#include "core/logging.h"

namespace sluice {

namespace {

// Big enough that reading the source costs few calls, small enough that the bytes read so far
// (which the ratio guard divides by) run at most this far ahead of what was decompressed.
constexpr qint64 kSourceBlockBytes = 256 * 1024;

const QString kNone = QStringLiteral("none");

QString compressionName(int filterCode)
{
    switch (filterCode) {
    case ARCHIVE_FILTER_NONE:
        return kNone;
    case ARCHIVE_FILTER_GZIP:
        return QStringLiteral("gzip");
    case ARCHIVE_FILTER_BZIP2:
        return QStringLiteral("bzip2");
    case ARCHIVE_FILTER_XZ:
        return QStringLiteral("xz");
    case ARCHIVE_FILTER_ZSTD:
        return QStringLiteral("zstd");
    case ARCHIVE_FILTER_LZMA:
        return QStringLiteral("lzma");
    case ARCHIVE_FILTER_LZ4:
        return QStringLiteral("lz4");
    case ARCHIVE_FILTER_COMPRESS:
        return QStringLiteral("compress");
    default:
        return QStringLiteral("unknown");
    }
}

QString containerName(int formatCode)
{
    switch (formatCode & ARCHIVE_FORMAT_BASE_MASK) {
    case ARCHIVE_FORMAT_ZIP:
        return QStringLiteral("zip");
    case ARCHIVE_FORMAT_TAR:
        return QStringLiteral("tar");
    default:
        return kNone; // raw (a single stream) or empty
    }
}

// Entry names come from the archive, i.e. from whoever made it: control characters (terminal
// escapes, line breaks) are replaced so a name cannot garble a log line or a report.
QString displaySafe(QString name)
{
    for (QChar &c : name) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return name;
}

QString entryPathname(archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return displaySafe(QString::fromUtf8(utf8));
    // No conversion to UTF-8 was possible (e.g. C locale, legacy zip): show the bytes as UTF-8 anyway.
    if (const char *raw = archive_entry_pathname(entry))
        return displaySafe(QString::fromUtf8(raw));
    return QString();
}

// The single stream "sales.csv.gz" holds "sales.csv"; a name without a matching suffix stays as it is.
QString streamName(const QString &sourceName, const QString &compression)
{
    static const std::array kSuffixes = { QStringLiteral(".gz"), QStringLiteral(".gzip"), QStringLiteral(".bz2"),
        QStringLiteral(".xz"), QStringLiteral(".zst"), QStringLiteral(".zstd"), QStringLiteral(".lz4"),
        QStringLiteral(".lzma"), QStringLiteral(".z") };
    if (compression == kNone)
        return sourceName;
    for (const QString &suffix : kSuffixes) {
        if (sourceName.size() > suffix.size() && sourceName.endsWith(suffix, Qt::CaseInsensitive))
            return sourceName.chopped(suffix.size());
    }
    return sourceName;
}

bool isTableName(const QString &entryName)
{
    static const std::array kSuffixes = { QStringLiteral(".csv"), QStringLiteral(".tsv"), QStringLiteral(".txt") };
    // macOS zips carry "__MACOSX/._name.csv" resource forks: binary, never the user's data.
    const QString baseName = entryName.section(QLatin1Char('/'), -1);
    if (entryName.startsWith(QStringLiteral("__MACOSX/")) || baseName.startsWith(QStringLiteral("._")))
        return false;
    return std::any_of(kSuffixes.begin(), kSuffixes.end(),
        [&](const QString &suffix) { return baseName.endsWith(suffix, Qt::CaseInsensitive); });
}

QString libarchiveMessage(archive *a)
{
    const char *message = archive_error_string(a);
    return message ? QString::fromUtf8(message) : ArchiveReader::tr("unknown error");
}

} // namespace

struct ArchiveReader::Callbacks
{
    static la_ssize_t read(archive *a, void *client, const void **buffer)
    {
        auto *self = static_cast<ArchiveReader *>(client);
        const qint64 n = self->m_device->read(self->m_readBuffer.data(), self->m_readBuffer.size());
        if (n < 0) {
            archive_set_error(a, EIO, "%s", self->m_device->errorString().toUtf8().constData());
            return ARCHIVE_FATAL;
        }
        self->m_sourceBytesRead += n;
        *buffer = self->m_readBuffer.constData();
        return la_ssize_t(n);
    }

    // Skipping by seeking saves reading the unwanted entries of an uncompressed tar or zip.
    static la_int64_t skip(archive *, void *client, la_int64_t request)
    {
        auto *self = static_cast<ArchiveReader *>(client);
        const qint64 target = std::min(self->m_device->pos() + request, self->m_device->size());
        const qint64 skipped = target - self->m_device->pos();
        if (skipped <= 0 || !self->m_device->seek(target))
            return 0; // libarchive then reads and discards instead
        return skipped;
    }

    static la_int64_t seek(archive *a, void *client, la_int64_t offset, int whence)
    {
        auto *self = static_cast<ArchiveReader *>(client);
        const qint64 size = self->m_device->size() - self->m_basePosition;
        qint64 target = offset;
        if (whence == SEEK_CUR)
            target += self->m_device->pos() - self->m_basePosition;
        else if (whence == SEEK_END)
            target += size;
        if (target < 0 || target > size || !self->m_device->seek(self->m_basePosition + target)) {
            archive_set_error(a, EIO, "seek to %lld failed", static_cast<long long>(target));
            return ARCHIVE_FATAL;
        }
        return target;
    }
};

ArchiveReader::ArchiveReader(
    QIODevice *device, std::unique_ptr<QIODevice> owned, QString sourceName, ArchiveLimits limits)
    : m_device(device)
    , m_ownedDevice(std::move(owned))
    , m_sourceName(std::move(sourceName))
    , m_limits(limits)
    , m_readBuffer(kSourceBlockBytes, Qt::Uninitialized)
{
    Q_ASSERT(m_device && m_device->isReadable());
}

ArchiveReader::~ArchiveReader()
{
    if (m_archive)
        archive_read_free(m_archive);
}

Result<void> ArchiveReader::open()
{
    m_archive = archive_read_new();
    if (!m_archive)
        return failFor(ErrorCode::Internal, tr("Could not start reading %1: out of memory.").arg(m_sourceName));

    // Named filters rather than archive_read_support_filter_all(): "all" also enables filters that
    // run external programs (lrzip, lzop, grzip) on the uploaded bytes, and uudecode/rpm, which would
    // turn a text file that happens to look like one into something else.
    using SupportFunction = int (*)(archive *);
    static constexpr std::array<SupportFunction, 11> kSupport = {
        archive_read_support_filter_gzip,
        archive_read_support_filter_bzip2,
        archive_read_support_filter_xz,
        archive_read_support_filter_lzma,
        archive_read_support_filter_zstd,
        archive_read_support_filter_lz4,
        archive_read_support_filter_compress,
        archive_read_support_format_zip,
        archive_read_support_format_tar,
        // "empty" recognises zero bytes, which "raw" refuses. "raw" must come last: it bids only
        // when no real container did, and then passes the (decompressed) bytes through as one entry.
        archive_read_support_format_empty,
        archive_read_support_format_raw,
    };
    for (SupportFunction support : kSupport) {
        if (support(m_archive) != ARCHIVE_OK)
            qCWarning(lcArchive) << "libarchive support is limited:" << libarchiveMessage(m_archive);
    }

    m_basePosition = m_device->isSequential() ? 0 : m_device->pos();
    m_sourceSize = m_device->isSequential() ? -1 : m_device->size() - m_basePosition;
    archive_read_set_callback_data(m_archive, this);
    archive_read_set_read_callback(m_archive, &Callbacks::read);
    if (!m_device->isSequential()) {
        // A seekable source lets zip use its central directory, which is authoritative (entries with
        // data descriptors, encryption flags) where the streaming reader has to guess.
        archive_read_set_skip_callback(m_archive, &Callbacks::skip);
        archive_read_set_seek_callback(m_archive, &Callbacks::seek);
    }
    if (archive_read_open1(m_archive) != ARCHIVE_OK) {
        return failFor(ErrorCode::InvalidInput,
            tr("Could not read %1: %2. The file may be truncated or damaged.")
                .arg(m_sourceName, libarchiveMessage(m_archive)));
    }
    return {};
}

Result<std::optional<InputInfo>> ArchiveReader::nextEntry()
{
    ++m_entryNumber; // streams of earlier entries now fail instead of reading this entry's bytes
    m_entryState = EntryState::None;
    m_entryDecompressed = 0;
    if (m_fatal)
        return tl::unexpected(*m_fatal);
    if (m_atEnd)
        return std::nullopt;

    for (;;) {
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(m_archive, &entry);
        if (status == ARCHIVE_EOF) {
            m_atEnd = true;
            // An empty file, or a compressed empty file, is one empty input, not no input at all.
            if (!m_sawEntry && archive_format(m_archive) == ARCHIVE_FORMAT_EMPTY) {
                m_sawEntry = true;
                m_current = describeCurrent(QString(), 0);
                m_entryState = EntryState::Done;
                return m_current;
            }
            return std::nullopt;
        }
        if (status < ARCHIVE_WARN) {
            return failFor(ErrorCode::InvalidInput,
                tr("%1 is damaged or truncated: %2").arg(m_sourceName, libarchiveMessage(m_archive)));
        }
        if (status == ARCHIVE_WARN)
            qCDebug(lcArchive) << "libarchive warning in" << m_sourceName << libarchiveMessage(m_archive);
        m_sawEntry = true;

        const qint64 size = archive_entry_size_is_set(entry) ? qint64(archive_entry_size(entry)) : -1;
        const InputInfo info = describeCurrent(entryPathname(entry), size);
        if (info.container != kNone) {
            if (archive_entry_filetype(entry) == AE_IFDIR)
                continue;
            if (archive_entry_filetype(entry) != AE_IFREG || !isTableName(info.entryName)) {
                m_skipped.append(info.entryName); // libarchive skips its data at the next header
                continue;
            }
            if (archive_entry_is_encrypted(entry)) {
                m_current = info;
                return fail(ErrorCode::Unsupported,
                    tr("%1 is encrypted; Sluice cannot read password-protected archives. Extract it first.")
                        .arg(info.displayName()));
            }
        }
        m_current = info;
        m_entryState = EntryState::Reading;
        return m_current;
    }
}

Result<qint64> ArchiveReader::read(quint64 entryNumber, char *data, qint64 maxSize)
{
    if (entryNumber != m_entryNumber) {
        return fail(ErrorCode::Internal,
            tr("An input of %1 can no longer be read: the next input was already opened.").arg(m_sourceName));
    }
    if (m_fatal)
        return tl::unexpected(*m_fatal);
    if (m_entryState != EntryState::Reading || maxSize <= 0)
        return 0;

    // What is checked here is what libarchive checks: zip CRCs, bzip2 block CRCs, xz and zstd checksums,
    // truncation everywhere. libarchive 3.6 does not verify the gzip trailer (CRC-32, length), so damage
    // inside a gzip stream that still inflates goes unnoticed.
    const la_ssize_t n = archive_read_data(m_archive, data, size_t(maxSize));
    if (n < 0) {
        // Any status below OK, a warning too: for data it means a bad checksum or lost bytes.
        return failFor(ErrorCode::InvalidInput,
            tr("Could not read %1: %2. The file may be truncated or damaged.")
                .arg(m_current.displayName(), libarchiveMessage(m_archive)));
    }
    if (n == 0) {
        m_entryState = EntryState::Done;
        return 0;
    }
    m_entryDecompressed += n;
    m_totalDecompressed += n;
    if (m_entryDecompressed > m_limits.maxInputBytes) {
        return failFor(ErrorCode::TooLarge,
            tr("%1 decompresses to more than %2 bytes, the limit for one input. Reading was stopped; "
               "it may be a decompression bomb.")
                .arg(m_current.displayName())
                .arg(m_limits.maxInputBytes));
    }
    if (m_totalDecompressed > m_limits.ratioFloorBytes
        && double(m_totalDecompressed) > m_limits.maxRatio * double(std::max<qint64>(sourceBytesRead(), 1))) {
        return failFor(ErrorCode::TooLarge,
            tr("%1 expands more than %2 times (%3 bytes from %4 compressed bytes), the limit. Reading "
               "was stopped; it looks like a decompression bomb.")
                .arg(m_current.displayName())
                .arg(m_limits.maxRatio)
                .arg(m_totalDecompressed)
                .arg(sourceBytesRead()));
    }
    return qint64(n);
}

qint64 ArchiveReader::sourceBytesRead() const
{
    return m_sourceSize < 0 ? m_sourceBytesRead : std::min(m_sourceBytesRead, m_sourceSize);
}

InputInfo ArchiveReader::describeCurrent(const QString &entryName, qint64 size) const
{
    InputInfo info;
    info.sourceName = m_sourceName;
    info.compression = compressionName(archive_filter_code(m_archive, 0));
    info.container = containerName(archive_format(m_archive));
    if (info.container == kNone) {
        // libarchive calls a raw stream "data" (or the name in a gzip header): neither says more
        // to a user than the source's own name.
        info.entryName = streamName(m_sourceName, info.compression);
        info.uncompressedSize = info.compression == kNone ? m_sourceSize : size;
        if (archive_format(m_archive) == ARCHIVE_FORMAT_EMPTY)
            info.uncompressedSize = 0;
    } else {
        info.entryName = entryName;
        info.uncompressedSize = size;
    }
    return info;
}

tl::unexpected<Error> ArchiveReader::failFor(ErrorCode code, const QString &message)
{
    qCWarning(lcArchive).noquote() << message;
    m_fatal = Error { code, message };
    m_entryState = EntryState::Done;
    return tl::unexpected(*m_fatal);
}

} // namespace sluice
