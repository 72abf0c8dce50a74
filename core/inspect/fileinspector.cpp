#include "core/inspect/fileinspector.h"

#include <QFileInfo>
#include <QJsonArray>

#include "core/archive/inputopener.h"
#include "core/csv/csvfilereader.h"
#include "core/csv/sniffresultjson.h"
#include "core/csv/typeinference.h"

namespace sluice {

namespace {

QJsonArray recordJson(const CsvRecord &record)
{
    QJsonArray fields;
    for (int i = 0; i < record.fieldCount(); ++i)
        fields.append(QString::fromUtf8(record.field(i)));
    return fields;
}

// Collects per-row problems: the first few in full, all of them counted.
class ErrorList
{
public:
    void add(qint64 line, int column, const QString &message)
    {
        ++m_count;
        if (m_listed.size() < FileInspector::kMaxListedErrors) {
            QJsonObject error { { QStringLiteral("line"), line }, { QStringLiteral("message"), message } };
            if (column > 0)
                error.insert(QStringLiteral("column"), column);
            m_listed.append(error);
        }
    }
    qint64 count() const { return m_count; }
    QJsonArray listed() const { return m_listed; }

private:
    QJsonArray m_listed;
    qint64 m_count = 0;
};

void checkRecord(const CsvRecord &record, int expectedFields, ErrorList &errors)
{
    if (record.fieldCount() != expectedFields)
        errors.add(record.lineNumber(), 0,
                   FileInspector::tr("%1 fields where the header has %2.").arg(record.fieldCount()).arg(expectedFields));
    for (const CsvRecordIssue &issue : record.issues()) {
        const QString what = issue.kind == CsvRecordIssue::Kind::InvalidUtf8
            ? FileInspector::tr("The field is not valid UTF-8.")
            : FileInspector::tr("Text follows the closing quote of the field.");
        errors.add(record.lineNumber(), issue.column + 1, what);
    }
}

} // namespace

FileInspector::FileInspector(ArchiveLimits archiveLimits, CsvLimits csvLimits)
    : m_archiveLimits(archiveLimits)
    , m_csvLimits(csvLimits)
{
}

Result<QJsonObject> FileInspector::inspect(const InspectOptions &options) const
{
    if (!QFileInfo(options.path).isFile())
        return fail(ErrorCode::NotFound, tr("%1: there is no such file.").arg(options.path));
    auto inputs = InputOpener::open(options.path, m_archiveLimits);
    if (!inputs)
        return tl::unexpected(inputs.error());
    QJsonArray reports;
    while (true) {
        auto input = (*inputs)->nextInput();
        if (!input)
            return tl::unexpected(input.error());
        if (!*input)
            break;
        auto report = inspectInput(**input, options);
        if (!report)
            return report;
        reports.append(*report);
    }
    if (reports.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("%1 holds no CSV file (entries passed over: %2).")
                                                 .arg(QFileInfo(options.path).fileName(),
                                                      (*inputs)->skippedEntries().join(QStringLiteral(", "))));
    QJsonObject result = reports.first().toObject();
    if (reports.size() > 1)
        result.insert(QStringLiteral("inputs"), reports);
    if (!(*inputs)->skippedEntries().isEmpty())
        result.insert(QStringLiteral("skippedEntries"), QJsonArray::fromStringList((*inputs)->skippedEntries()));
    return result;
}

Result<QJsonObject> FileInspector::inspectInput(InputStream &input, const InspectOptions &options) const
{
    const QString name = input.info().displayName();
    auto sniffed = CsvSniffer().sniff(input, options.overrides, name);
    if (!sniffed)
        return tl::unexpected(sniffed.error());
    CsvFileReader reader(input, sniffed->dialect, name, m_csvLimits);
    if (auto opened = reader.open(); !opened)
        return tl::unexpected(opened.error());

    TypeInference inference(ValueFormat { sniffed->dialect.decimalSeparator, sniffed->dialect.thousandsSeparator });
    const qint64 rowsWanted = options.rows.value_or(options.json ? std::numeric_limits<qint64>::max() : 0);
    QJsonArray rows;
    ErrorList errors;
    CsvRecord record;
    while (true) {
        auto more = reader.next(record);
        if (!more)
            return tl::unexpected(more.error());
        if (!*more)
            break;
        inference.observe(record);
        checkRecord(record, sniffed->columnCount, errors);
        if (rows.size() < rowsWanted)
            rows.append(recordJson(record));
    }
    if (auto status = input.status(); !status)
        return tl::unexpected(status.error());
    inference.decide();

    QJsonArray columns;
    for (int i = 0; i < sniffed->columnCount; ++i) {
        const InferredColumn column = i < inference.columnCount() ? inference.column(i) : InferredColumn {};
        QJsonObject json { { QStringLiteral("name"), sniffed->columnNames.value(i) },
                           { QStringLiteral("type"), columnTypeName(column.type) },
                           { QStringLiteral("nullable"), column.isNullable() || column.allNull },
                           { QStringLiteral("nulls"), column.nullCount } };
        if (i < sniffed->originalNames.size())
            json.insert(QStringLiteral("originalName"), sniffed->originalNames.at(i));
        columns.append(json);
    }
    return QJsonObject {
        { QStringLiteral("file"), input.info().sourceName },
        { QStringLiteral("entry"), input.info().entryName },
        { QStringLiteral("compression"), input.info().compression },
        { QStringLiteral("container"), input.info().container },
        { QStringLiteral("encoding"), encodingToJson(*sniffed) },
        { QStringLiteral("dialect"), dialectToJson(*sniffed) },
        { QStringLiteral("columns"), columns },
        { QStringLiteral("rowCount"), reader.recordCount() },
        { QStringLiteral("blankLines"), reader.blankLines() },
        { QStringLiteral("bytes"), input.decompressedBytes() },
        { QStringLiteral("rows"), rows },
        { QStringLiteral("errors"), errors.listed() },
        { QStringLiteral("errorCount"), errors.count() },
    };
}

} // namespace sluice
