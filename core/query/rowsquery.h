#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include "core/error.h"
#include "core/query/rowfilter.h"
#include "core/storage/datasetinfo.h"

namespace sluice {

class DatabaseConnection;

/// One key of a rows query's order.
struct SortKey
{
    QString column; // a column of the dataset, or "_row"
    bool descending = false;
};

/// What GET /api/v1/datasets/{id}/rows asks for.
struct RowsRequest
{
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 10000;

    qint64 offset = 0;
    int limit = kDefaultLimit; // 0 gives the total alone
    QList<SortKey> sort; // empty: file order (_row ascending)
    QStringList columns; // the columns to return, in this order; empty: all of them
    QList<RowFilter> filters;
};

/// One page of rows.
struct RowsResult
{
    QList<DatasetColumn> columns; // returned columns, without _row
    QList<QJsonArray> rows; // each [_row, value of each column...], typed
    qint64 total = 0; // rows matching the filters, on every page
    qint64 offset = 0;
    int limit = 0;

    /// {"total":N,"offset":0,"limit":100,
    ///  "columns":[{"name":"_row","type":"integer"},{"name":"day","originalName":"Day","type":"date"},...],
    ///  "rows":[[1,"2016-03-01",12,true,null],...]}
    QJsonObject toJson() const;
};

/// Reads pages of a dataset's rows, filtered and sorted. Runs in the thread that owns the
/// connection, which must outlive it.
///
/// Sorting: nulls come last in both directions; `_row` breaks ties, so pages are stable.
/// Deep pages: sorted by `_row` alone without filters, and when `_row` runs 1..count without
/// gaps (the import numbers rows so), the page is found by `_row` (an index seek) rather
/// than by OFFSET, so page 10,000 of a million rows costs what page 1 does. Any other page
/// uses OFFSET, which SQLite serves by stepping over the skipped rows without reading their
/// values; keyset paging (the last sort key of the previous page) would be the next step.
/// The total is a count(*) with the same WHERE; it is a separate statement, so while a
/// dataset is still importing it may differ from the rows by those added in between.
class RowsQuery final
{
    Q_DECLARE_TR_FUNCTIONS(RowsQuery)
public:
    RowsQuery(const DatabaseConnection &connection, const DatasetInfo &dataset);

    /// offset, limit, sort (repeatable, "-name" descending; see QueryParameters::sortSpec),
    /// columns (repeatable) and the filters of RowFilterParser::fromQuery().
    [[nodiscard]] static Result<RowsRequest> parse(const QUrlQuery &query, const DatasetInfo &dataset);

    [[nodiscard]] Result<RowsResult> run(const RowsRequest &request) const;

private:
    struct Span
    {
        qint64 count = 0;
        qint64 first = 0;
        qint64 last = 0;
    };
    Result<Span> span() const;
    Result<qint64> count(const QString &where, const QVariantList &values) const;

    const DatabaseConnection &m_connection;
    DatasetInfo m_dataset;
};

} // namespace sluice
