#pragma once

#include <chrono>
#include <memory>

#include <QCoreApplication>
#include <QHash>

#include "core/error.h"
#include "core/import/importrequest.h"
#include "core/import/rowconverter.h"
#include "core/storage/datasetcatalog.h"
#include "core/storage/sqldialect.h"
#include "core/storage/datasetinfo.h"

namespace sluice {

class DatabaseConnection;
class ImportPass;
class InputSet;
class InputStream;
struct InputInfo;

/// Turns a source file into typed datasets and their statistics in one streaming pass: one
/// dataset per CSV input (a zip of three CSV files gives three). Parsing, typing and the
/// calculations run on the calling thread; inserts run on a TableWriter thread behind a
/// bounded queue. Types are decided on a sample; a later value that does not fit widens its
/// column, and the import starts again with the wider type, so every value is stored exactly
/// and every statistic is exact. Rows that cannot be stored are kept with line and reason:
/// stored + rejected = records in the input.
/// Thread: any one thread, which it blocks until done (a task worker's).
class DatasetImporter final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetImporter)
public:
    explicit DatasetImporter(ImportRequest request);
    ~DatasetImporter();
    Q_DISABLE_COPY_MOVE(DatasetImporter)

    /// The datasets made (or the one redone), in input order.
    [[nodiscard]] Result<QList<DatasetInfo>> run();

private:
    struct OpenedInput
    {
        std::unique_ptr<InputSet> set;
        std::unique_ptr<InputStream> stream;
    };
    QString shownName(const InputInfo &input) const;
    QString datasetNameFor(const InputInfo &input) const;
    [[nodiscard]] Result<int> countInputs() const;
    [[nodiscard]] Result<OpenedInput> openInput(int index) const;
    [[nodiscard]] Result<DatasetInfo> importInput(int index, QString datasetId);
    [[nodiscard]] Result<std::vector<ColumnConversion>> sampleTypes(int index, const CsvSniffResult &sniffed,
                                                                   const QHash<int, ColumnType> &minimumTypes) const;
    [[nodiscard]] Result<DatasetInfo> finish(const QString &datasetId, const QList<TableColumn> &columns,
                                             const ImportPass &pass, const DatasetTotals &totals) const;
    void discard(const QString &datasetId, DatasetState state, const QString &reason) const;

    ImportRequest m_request;
    std::unique_ptr<DatabaseConnection> m_connection;  // this thread's, for the catalog
    std::unique_ptr<DatasetCatalog> m_catalog;
};

} // namespace sluice
