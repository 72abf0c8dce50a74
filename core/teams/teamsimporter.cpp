#include "core/teams/teamsimporter.h"

#include <algorithm>
#include <array>
#include <optional>

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include "core/archive/inputopener.h"
#include "core/csv/csvfilereader.h"
#include "core/csv/csvsniffer.h"
#include "core/storage/temporaltext.h"
#include "core/logging.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/sqldialect.h"

namespace sluice {

namespace {

constexpr int kMaxRawBytes = 4096; // enough to recognise a row; a runaway record is cut
constexpr int kMaxQuotedValue = 80; // a value quoted in a reason is cut after this many characters

// The teams schema's columns, in the order a report lists them.
enum Column { TeamIdColumn, NameColumn, RegionColumn, LeadEmailColumn, MembersColumn, FoundedColumn, kColumnCount };

const std::array<QLatin1StringView, kColumnCount> kColumnNames = {
    QLatin1StringView("team_id"),
    QLatin1StringView("name"),
    QLatin1StringView("region"),
    QLatin1StringView("lead_email"),
    QLatin1StringView("members"),
    QLatin1StringView("founded"),
};

// Where each teams column sits in the file's records (-1: the file has no such column).
struct Layout
{
    std::array<int, kColumnCount> position {};
    int fieldCount = 0; // fields of the header: every record must have as many

    bool has(Column column) const { return position[size_t(column)] >= 0; }
};

// A valid row, ready to store; a null QString or an empty optional is stored as NULL.
struct TeamRow
{
    QString teamId;
    QString name;
    QString region;
    QString leadEmail;
    std::optional<qint64> members;
    QString founded;
};

// Deliberately loose: a reference table needs a lead's address to be plausibly one, and
// RFC 5322 allows far more than anyone writes. One '@', something before it, a domain with a
// dot between non-empty labels, and no white space anywhere.
bool isPlausibleEmail(QStringView text)
{
    if (text.count(u'@') != 1)
        return false;
    for (const QChar c : text) {
        if (c.isSpace())
            return false;
    }
    const qsizetype at = text.indexOf(u'@');
    const QStringView local = text.left(at);
    const QStringView domain = text.mid(at + 1);
    return !local.isEmpty() && domain.indexOf(u'.') > 0 && !domain.endsWith(u'.') && !domain.contains(u"..");
}

// A value as quoted in a reason: cut, so a runaway field does not drown the message.
QString shown(const QString &value)
{
    return value.size() <= kMaxQuotedValue ? value : value.left(kMaxQuotedValue) + QStringLiteral("…");
}

QString rawText(const CsvRecord &record)
{
    const QByteArrayView raw = record.rawText();
    return QString::fromUtf8(raw.first(std::min<qsizetype>(raw.size(), kMaxRawBytes)));
}

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<QSqlQuery> prepare(const DatabaseConnection &connection, const QString &sql)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(ErrorCode::Storage, TeamsImporter::tr("The teams query failed: %1").arg(query.lastError().text()));
    return query;
}

Result<void> exec(QSqlQuery &query)
{
    if (!query.exec())
        return fail(ErrorCode::Storage, TeamsImporter::tr("The teams query failed: %1").arg(query.lastError().text()));
    return {};
}

// Maps the header to the teams columns: names trimmed and compared case-insensitively; the
// first of repeated names counts. Fails when a required column is missing.
Result<Layout> layoutFor(const QStringList &header, const QString &displayName, QStringList &ignored)
{
    Layout layout;
    layout.position.fill(-1);
    layout.fieldCount = int(header.size());
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        bool used = false;
        for (int column = 0; column < kColumnCount; ++column) {
            if (layout.position[size_t(column)] < 0
                && name.compare(kColumnNames[size_t(column)], Qt::CaseInsensitive) == 0) {
                layout.position[size_t(column)] = i;
                used = true;
                break;
            }
        }
        if (!used)
            ignored << (name.isEmpty() ? QStringLiteral("column_%1").arg(i + 1) : name);
    }
    QStringList missing;
    for (const Column required : { TeamIdColumn, NameColumn }) {
        if (!layout.has(required))
            missing << kColumnNames[size_t(required)];
    }
    if (!missing.isEmpty()) {
        QStringList found;
        for (const QString &name : header)
            found << QStringLiteral("\"%1\"").arg(name.trimmed());
        const QString message = missing.size() == 1
            ? TeamsImporter::tr("%1 is not a teams file: required column missing: %2 (a teams file needs team_id "
                                "and name). Its header has: %3.")
            : TeamsImporter::tr("%1 is not a teams file: required columns missing: %2 (a teams file needs team_id "
                                "and name). Its header has: %3.");
        return fail(ErrorCode::InvalidInput,
            message.arg(displayName, missing.join(QStringLiteral(", ")),
                found.isEmpty() ? TeamsImporter::tr("nothing") : found.join(QStringLiteral(", "))));
    }
    return layout;
}

// Checks one record against the teams rules. Fills `row` and returns no reasons when the
// record can be stored; otherwise returns every reason found, each naming the field and value.
class RowChecker final
{
public:
    RowChecker(const Layout &layout, const CsvDialect &dialect, DateOrder dateOrder)
        : m_layout(layout)
        , m_dateOrder(dateOrder)
        , m_parser(formatFor(dialect))
    {
    }

    QStringList check(const CsvRecord &record, TeamRow &row)
    {
        row = TeamRow {};
        row.teamId = text(record, TeamIdColumn);
        if (record.fieldCount() != m_layout.fieldCount) {
            // The fields may be shifted (an unquoted delimiter in a value), so nothing else is
            // read from the row, and it claims no key.
            return { TeamsImporter::tr("The row has %1 fields; the header has %2.")
                         .arg(record.fieldCount())
                         .arg(m_layout.fieldCount) };
        }
        QStringList reasons;
        for (const CsvRecordIssue &issue : record.issues()) {
            if (issue.kind == CsvRecordIssue::Kind::InvalidUtf8)
                reasons
                    << TeamsImporter::tr("Field %1 is not valid text in the file's encoding.").arg(issue.column + 1);
        }

        if (row.teamId.isEmpty()) {
            reasons << TeamsImporter::tr("team_id is empty: every team needs an id.");
        } else if (const auto first = m_firstLines.constFind(row.teamId); first != m_firstLines.cend()) {
            reasons << TeamsImporter::tr("team_id \"%1\" repeats the team on line %2 (the first occurrence wins).")
                           .arg(shown(row.teamId))
                           .arg(*first);
        } else {
            // The first occurrence claims the key even when it is rejected itself: which of the
            // rows was meant is then unclear, so none of them lands unseen.
            m_firstLines.insert(row.teamId, record.lineNumber());
        }

        row.name = text(record, NameColumn);
        if (row.name.isEmpty())
            reasons << TeamsImporter::tr("name is empty: every team needs a name.");

        // Region is plain text: only an empty field is missing ("NA" may well be a region).
        row.region = text(record, RegionColumn);
        if (row.region.isEmpty())
            row.region = QString();

        if (const auto email = typedField(record, LeadEmailColumn)) {
            row.leadEmail = QString::fromUtf8(*email).trimmed();
            if (!isPlausibleEmail(row.leadEmail))
                reasons << TeamsImporter::tr("lead_email \"%1\" is not an email address.").arg(shown(row.leadEmail));
        }

        if (const auto members = typedField(record, MembersColumn)) {
            row.members = m_parser.parseInteger(*members);
            if (!row.members || *row.members < 0) {
                reasons << TeamsImporter::tr("members \"%1\" is not a whole number of 0 or more.")
                               .arg(shown(QString::fromUtf8(*members).trimmed()));
            }
        }

        if (const auto founded = typedField(record, FoundedColumn)) {
            qint64 days = 0;
            const TemporalKind kind = ValueParser::parseTemporal(*founded, m_dateOrder, &days);
            const QString written = shown(QString::fromUtf8(*founded).trimmed());
            if (kind == TemporalKind::Date) {
                char iso[kMaxTemporalText];
                row.founded = QString::fromLatin1(iso, formatIsoDate(days, iso));
            } else if (kind == TemporalKind::DateTime) {
                reasons << TeamsImporter::tr("founded \"%1\" has a time of day; a date is expected.").arg(written);
            } else {
                reasons << TeamsImporter::tr("founded \"%1\" is not a date.").arg(written);
            }
        }
        return reasons;
    }

private:
    static ValueFormat formatFor(const CsvDialect &dialect)
    {
        ValueFormat format;
        format.decimalSeparator = dialect.decimalSeparator;
        format.thousandsSeparator = dialect.thousandsSeparator;
        return format;
    }

    // The column's field as trimmed text; a null QString when the file has no such column.
    QString text(const CsvRecord &record, Column column) const
    {
        const int position = m_layout.position[size_t(column)];
        if (position < 0 || position >= record.fieldCount())
            return QString();
        return QString::fromUtf8(record.field(position)).trimmed();
    }

    // The column's field when it holds a value: empty fields and the usual null tokens ("NA",
    // "null", ...) are missing values, as in dataset imports.
    std::optional<QByteArrayView> typedField(const CsvRecord &record, Column column) const
    {
        const int position = m_layout.position[size_t(column)];
        if (position < 0)
            return std::nullopt;
        const QByteArrayView field = record.field(position);
        if (m_parser.isNull(field))
            return std::nullopt;
        return field;
    }

    const Layout &m_layout;
    DateOrder m_dateOrder;
    ValueParser m_parser;
    QHash<QString, qint64> m_firstLines; // team_id -> line of its first occurrence
};

// The statements of one import, prepared once for the whole file.
struct Statements
{
    QSqlQuery exists;
    QSqlQuery upsert;
    QSqlQuery reject;
};

Result<Statements> prepareStatements(const DatabaseConnection &connection, const Layout &layout)
{
    // Only the columns the file has are written: an update keeps what a file without, say,
    // lead_email says nothing about.
    QStringList columns;
    for (int column = 0; column < kColumnCount; ++column) {
        if (layout.has(Column(column)))
            columns << kColumnNames[size_t(column)];
    }
    columns << QStringLiteral("updated_at");
    auto exists = prepare(connection, QStringLiteral("SELECT 1 FROM teams WHERE team_id = ?"));
    if (!exists)
        return tl::unexpected(exists.error());
    auto upsert
        = prepare(connection, connection.dialect().upsert(QStringLiteral("teams"), columns, QStringLiteral("team_id")));
    if (!upsert)
        return tl::unexpected(upsert.error());
    auto reject = prepare(connection,
        QStringLiteral("INSERT INTO team_import_errors (task_id, line, team_id, reason, "
                       "raw) VALUES (?, ?, ?, ?, ?)"));
    if (!reject)
        return tl::unexpected(reject.error());
    return Statements { std::move(*exists), std::move(*upsert), std::move(*reject) };
}

// Stores a valid row; `inserted` says whether the team is new.
Result<void> store(Statements &statements, const Layout &layout, const TeamRow &row, const QString &now, bool &inserted)
{
    statements.exists.bindValue(0, row.teamId);
    if (auto found = exec(statements.exists); !found)
        return found;
    inserted = !statements.exists.next();
    statements.exists.finish();

    const std::array<QVariant, kColumnCount> values = {
        row.teamId,
        row.name,
        textOrNull(row.region),
        textOrNull(row.leadEmail),
        row.members ? QVariant(*row.members) : QVariant(),
        textOrNull(row.founded),
    };
    int index = 0;
    for (int column = 0; column < kColumnCount; ++column) {
        if (layout.has(Column(column)))
            statements.upsert.bindValue(index++, values[size_t(column)]);
    }
    statements.upsert.bindValue(index, now);
    return exec(statements.upsert);
}

} // namespace

TeamsImporter::TeamsImporter(const DatabaseConnection &connection, TeamsImportOptions options)
    : m_connection(connection)
    , m_options(options)
{
}

QStringList TeamsImporter::columnNames()
{
    QStringList names;
    for (const QLatin1StringView name : kColumnNames)
        names << name;
    return names;
}

QStringList TeamsImporter::requiredColumnNames()
{
    return { kColumnNames[TeamIdColumn], kColumnNames[NameColumn] };
}

Result<TeamsImportReport> TeamsImporter::import(const QString &path, const QString &importId) const
{
    Q_ASSERT(!importId.isEmpty());
    auto inputs = InputOpener::open(path, m_options.archiveLimits);
    if (!inputs)
        return tl::unexpected(inputs.error());
    auto input = (*inputs)->nextInput();
    if (!input)
        return tl::unexpected(input.error());
    if (!*input)
        return fail(ErrorCode::InvalidInput,
            tr("%1 holds no CSV file (entries passed over: %2).")
                .arg((*inputs)->sourceName(), (*inputs)->skippedEntries().join(QStringLiteral(", "))));
    InputStream &stream = **input;
    const QString displayName = stream.info().displayName();

    // A teams file always has a header: the columns are found by name.
    CsvOverrides overrides;
    overrides.hasHeader = true;
    auto sniffed = CsvSniffer().sniff(stream, overrides, displayName);
    if (!sniffed)
        return tl::unexpected(sniffed.error());
    CsvFileReader reader(stream, sniffed->dialect, displayName, m_options.csvLimits);
    if (auto opened = reader.open(); !opened)
        return tl::unexpected(opened.error());

    TeamsImportReport report;
    report.importId = importId;
    report.sourceName = displayName;
    auto layout = layoutFor(reader.headerNames(), displayName, report.ignoredColumns);
    if (!layout)
        return tl::unexpected(layout.error());
    for (int column = 0; column < kColumnCount; ++column) {
        if (layout->has(Column(column)))
            report.columns << kColumnNames[size_t(column)];
    }

    // One transaction: a fatal error halfway (a damaged archive, a runaway record) leaves the
    // table as it was, and readers never see half an import.
    auto imported = m_connection.inTransaction([&]() -> Result<void> {
        auto statements = prepareStatements(m_connection, *layout);
        if (!statements)
            return tl::unexpected(statements.error());
        // Running an import again (a task restarted after a crash) replaces its rejected rows.
        auto clear = prepare(m_connection, QStringLiteral("DELETE FROM team_import_errors WHERE task_id = ?"));
        if (!clear)
            return tl::unexpected(clear.error());
        clear->addBindValue(importId);
        if (auto cleared = exec(*clear); !cleared)
            return cleared;

        const QString now = nowText();
        RowChecker checker(*layout, sniffed->dialect, m_options.dateOrder);
        CsvRecord record;
        TeamRow row;
        while (true) {
            auto more = reader.next(record);
            if (!more)
                return tl::unexpected(more.error());
            if (!*more)
                break;
            const QStringList reasons = checker.check(record, row);
            if (reasons.isEmpty()) {
                bool inserted = false;
                if (auto stored = store(*statements, *layout, row, now, inserted); !stored)
                    return stored;
                ++report.accepted;
                ++(inserted ? report.inserted : report.updated);
                continue;
            }
            TeamImportRejection rejection { record.lineNumber(), row.teamId, reasons.join(QStringLiteral(" ")),
                rawText(record) };
            QSqlQuery &reject = statements->reject;
            reject.bindValue(0, importId);
            reject.bindValue(1, rejection.line);
            reject.bindValue(2, rejection.teamId.isEmpty() ? QVariant() : QVariant(rejection.teamId));
            reject.bindValue(3, rejection.reason);
            reject.bindValue(4, rejection.raw);
            if (auto recorded = exec(reject); !recorded)
                return recorded;
            ++report.rejected;
            if (report.rejections.size() < TeamsImportReport::kMaxListedRejections)
                report.rejections << std::move(rejection);
        }
        return stream.status();
    });
    if (!imported)
        return tl::unexpected(imported.error());
    qCInfo(lcImport) << "teams import" << importId << "stored" << report.accepted << "teams (" << report.inserted
                     << "new," << report.updated << "updated) and rejected" << report.rejected << "rows";
    return report;
}

} // namespace sluice
