#include "core/import/datasetimporter.h"

#include <QFileInfo>

#include "core/archive/inputopener.h"
#include "core/csv/csvfilereader.h"
#include "core/csv/sniffresultjson.h"
#include "core/csv/typeinference.h"
#include "core/import/columntypes.h"
#include "core/import/importpass.h"
#include "core/logging.h"
#include "core/storage/databaseconnection.h"

namespace sluice {

namespace {

// "sales.csv.gz" -> "sales": the file's name without its compression and CSV suffixes.
QString defaultName(const QString &fileName)
{
    QString name = QFileInfo(fileName).fileName();
    for (const char *suffix : { ".gz", ".bz2", ".xz", ".zst", ".zip", ".tgz", ".tar", ".csv", ".tsv", ".txt" }) {
        if (name.endsWith(QLatin1StringView(suffix), Qt::CaseInsensitive))
            name.chop(qsizetype(qstrlen(suffix)));
    }
    return name.isEmpty() ? fileName : name;
}

} // namespace

// What people call an input: the name they gave the source (an upload is stored under its
// id), and the entry's name when the source is an archive.
QString DatasetImporter::shownName(const InputInfo &input) const
{
    if (input.container == u"none")
        return m_request.sourceName;
    return QStringLiteral("%1: %2").arg(m_request.sourceName, input.entryName);
}

QString DatasetImporter::datasetNameFor(const InputInfo &input) const
{
    if (!m_request.datasetName.isEmpty())
        return m_request.datasetName;
    return defaultName(input.container == u"none" ? m_request.sourceName : input.entryName);
}

DatasetImporter::DatasetImporter(ImportRequest request)
    : m_request(std::move(request))
{
}

DatasetImporter::~DatasetImporter()
{
    m_catalog.reset();  // before the connection it uses
    m_connection.reset();
}

Result<QList<DatasetInfo>> DatasetImporter::run()
{
    auto connection = DatabaseConnection::open(m_request.database, QStringLiteral("import-catalog"));
    if (!connection)
        return tl::unexpected(connection.error());
    m_connection = std::move(*connection);
    m_catalog = std::make_unique<DatasetCatalog>(*m_connection);

    if (!m_request.redoDatasetId.isEmpty()) {
        auto redone = importInput(m_request.redoInputIndex, m_request.redoDatasetId);
        if (!redone)
            return tl::unexpected(redone.error());
        return QList<DatasetInfo> { *redone };
    }
    auto count = countInputs();
    if (!count)
        return tl::unexpected(count.error());
    QList<DatasetInfo> made;
    for (int index = 0; index < *count; ++index) {
        QString redoId;
        if (!m_request.taskId.isEmpty()) {
            auto earlier = m_catalog->findByTask(m_request.taskId, index);
            if (!earlier)
                return tl::unexpected(earlier.error());
            if (*earlier && (*earlier)->state == DatasetState::Ready) {  // finished before a crash: never twice
                made << **earlier;
                continue;
            }
            if (*earlier)
                redoId = (*earlier)->id;
        }
        auto dataset = importInput(index, redoId);
        if (!dataset)
            return tl::unexpected(dataset.error());  // the datasets made before it stay
        made << *dataset;
    }
    return made;
}

Result<int> DatasetImporter::countInputs() const
{
    auto inputs = InputOpener::open(m_request.sourcePath, m_request.archiveLimits);
    if (!inputs)
        return tl::unexpected(inputs.error());
    int count = 0;
    while (true) {
        auto input = (*inputs)->nextInput();
        if (!input)
            return tl::unexpected(input.error());
        if (!*input)
            break;
        ++count;
    }
    if (count == 0)
        return fail(ErrorCode::InvalidInput, tr("%1 holds no CSV file (passed over: %2).")
                                                 .arg(m_request.sourceName,
                                                      (*inputs)->skippedEntries().join(QStringLiteral(", "))));
    return count;
}

Result<DatasetImporter::OpenedInput> DatasetImporter::openInput(int index) const
{
    auto inputs = InputOpener::open(m_request.sourcePath, m_request.archiveLimits);
    if (!inputs)
        return tl::unexpected(inputs.error());
    for (int i = 0;; ++i) {
        auto input = (*inputs)->nextInput();
        if (!input)
            return tl::unexpected(input.error());
        if (!*input)
            return fail(ErrorCode::NotFound, tr("%1 has no input number %2.").arg(m_request.sourceName).arg(index + 1));
        if (i == index)
            return OpenedInput { std::move(*inputs), std::move(*input) };
    }
}

Result<std::vector<ColumnConversion>> DatasetImporter::sampleTypes(int index, const CsvSniffResult &sniffed,
                                                                   const QHash<int, ColumnType> &minimumTypes) const
{
    auto opened = openInput(index);
    if (!opened)
        return tl::unexpected(opened.error());
    CsvFileReader reader(*opened->stream, sniffed.dialect, shownName(opened->stream->info()), m_request.csvLimits);
    if (auto started = reader.open(); !started)
        return tl::unexpected(started.error());
    ValueFormat format;
    format.decimalSeparator = sniffed.dialect.decimalSeparator;
    format.thousandsSeparator = sniffed.dialect.thousandsSeparator;
    TypeInference inference(format);
    CsvRecord record;
    while (!inference.isDecided()) {
        auto more = reader.next(record);
        if (!more)
            return tl::unexpected(more.error());
        if (!*more)
            break;
        inference.observe(record);
    }
    inference.decide();
    std::vector<ColumnConversion> conversions;
    for (int column = 0; column < sniffed.columnCount; ++column) {
        const InferredColumn inferred = column < inference.columnCount() ? inference.column(column) : InferredColumn {};
        const ColumnType type = widerOf(inferred.type, minimumTypes.value(column, inferred.type));
        conversions.push_back(ColumnConversion { type, inferred.dateOrder });
    }
    return conversions;
}

Result<DatasetInfo> DatasetImporter::importInput(int index, QString datasetId)
{
    QHash<int, ColumnType> minimumTypes;
    auto failure = [&](const Error &error) -> Result<DatasetInfo> {
        if (!datasetId.isEmpty())
            discard(datasetId, error.code == ErrorCode::Canceled ? DatasetState::Canceled : DatasetState::Failed,
                    error.message);
        return tl::unexpected(error);
    };
    while (true) {
        auto opened = openInput(index);
        if (!opened)
            return failure(opened.error());
        const InputInfo inputInfo = opened->stream->info();
        auto sniffed = CsvSniffer().sniff(*opened->stream, m_request.overrides, shownName(inputInfo));
        if (!sniffed)
            return failure(sniffed.error());
        auto conversions = sampleTypes(index, *sniffed, minimumTypes);
        if (!conversions)
            return failure(conversions.error());

        QList<TableColumn> columns;
        QList<DatasetColumn> catalogColumns;
        for (int column = 0; column < sniffed->columnCount; ++column) {
            const ColumnType type = (*conversions)[size_t(column)].type;
            columns << TableColumn { sniffed->columnNames.value(column), type };
            catalogColumns << DatasetColumn { sniffed->columnNames.value(column), sniffed->originalNames.value(column),
                                              type, true, 0 };
        }

        auto dataset = datasetId.isEmpty()
            ? m_catalog->create(NewDataset { datasetNameFor(inputInfo), m_request.sourcePath, shownName(inputInfo),
                                             QFileInfo(m_request.sourcePath).size(), m_request.sourceSha256,
                                             m_request.taskId, index })
            : m_catalog->reset(datasetId).and_then([&] { return m_catalog->find(datasetId); });
        if (!dataset)
            return failure(dataset.error());
        datasetId = dataset->id;
        QJsonObject dialect = dialectToJson(*sniffed);
        dialect.insert(QStringLiteral("input"), index);
        dialect.insert(QStringLiteral("compression"), inputInfo.compression);
        dialect.insert(QStringLiteral("container"), inputInfo.container);
        auto described = m_catalog->setDialect(datasetId, dialect).and_then([&] {
            return m_catalog->setColumns(datasetId, catalogColumns);
        });
        if (!described)
            return failure(described.error());

        ImportPass pass(m_request, datasetId, dataset->tableName, columns, std::move(*conversions), sniffed->dialect,
                        shownName(inputInfo));
        const ImportPass::Outcome outcome = pass.run(*opened->stream);
        if (const auto *widen = std::get_if<ImportPass::Widen>(&outcome)) {
            qCInfo(lcImport) << "column" << widen->column + 1 << "of" << shownName(inputInfo) << "widens to"
                             << columnTypeName(widen->to) << "; starting the import again";
            minimumTypes.insert(widen->column, widen->to);
            continue;
        }
        if (const auto *error = std::get_if<Error>(&outcome))
            return failure(*error);
        auto finished = finish(datasetId, columns, pass, std::get<DatasetTotals>(outcome));
        if (!finished)
            return failure(finished.error());
        return finished;
    }
}

Result<DatasetInfo> DatasetImporter::finish(const QString &datasetId, const QList<TableColumn> &columns,
                                            const ImportPass &pass, const DatasetTotals &totals) const
{
    auto previous = m_catalog->find(datasetId);
    if (!previous)
        return previous;
    QList<DatasetColumn> described = previous->columns;
    for (int column = 0; column < described.size() && column < columns.size(); ++column) {
        const qint64 nulls = pass.profile().column(column).nulls();
        described[column].nullCount = nulls;
        described[column].nullable = nulls > 0;
    }
    // The state turns Ready last and in the same transaction, so a crash leaves it Importing (redone).
    auto stored = m_connection->inTransaction([&] {
        return m_catalog->setColumns(datasetId, described)
            .and_then([&] { return m_catalog->setStatistics(datasetId, pass.finalResult()); })
            .and_then([&] { return m_catalog->finish(datasetId, DatasetState::Ready, totals); });
    });
    if (!stored)
        return tl::unexpected(stored.error());
    qCInfo(lcImport) << "imported" << totals.rowCount << "rows," << totals.errorCount << "rejected, into" << datasetId;
    return m_catalog->find(datasetId);
}

void DatasetImporter::discard(const QString &datasetId, DatasetState state, const QString &reason) const
{
    // The half-built table goes; the entry stays, saying why, so no dataset claims to be ready.
    auto discarded = m_catalog->reset(datasetId).and_then([&] {
        return m_catalog->finish(datasetId, state, DatasetTotals {}, reason);
    });
    if (!discarded)
        qCWarning(lcImport) << "could not clean up dataset" << datasetId << ":" << discarded.error().message;
}

} // namespace sluice
