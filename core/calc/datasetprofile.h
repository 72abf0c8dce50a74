#pragma once

#include <vector>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/calc/columnprofile.h"
#include "core/calc/groupaggregates.h"
#include "core/calc/profileoptions.h"
#include "core/calc/timebuckets.h"
#include "core/csv/columntype.h"
#include "core/storage/rowbatch.h"

namespace sluice {

/// A column as the calculators see it: its name and inferred type.
struct ColumnSpec
{
    QString name;
    ColumnType type = ColumnType::Text;
};

/// Everything calculated over a dataset in the import's single pass: a ColumnProfile per column,
/// TimeBuckets per Date/DateTime column and GroupAggregates per Text column, each aggregating
/// every numeric (Integer, Real) column of the row.
///
/// Fed with the import's RowBatches on one thread, a block of kBlockRows rows at a time and one
/// column at a time, so that a column's calculators stay in cache while they take a block; a text
/// value is looked up once per row and its group found by the id it got. Profiles of consecutive
/// parts of the file built on other threads combine with merge() (in file order, which matters
/// only for the sort order). snapshot() can be called between batches at any time from the
/// feeding thread; it sorts lazily what arrived since the last snapshot and costs about as much
/// as the data added since.
class DatasetProfile final
{
public:
    static constexpr int kBlockRows = 256;

    explicit DatasetProfile(QList<ColumnSpec> columns, const ProfileOptions &options = {});

    /// Rows [first, first + count) of `batch`, whose columns are this profile's, in order. The
    /// calculators read Integer and Boolean columns' `integer`, Real columns' `real` and
    /// `decimals`, Date and DateTime columns' `integer` (days or ms) and Text columns' text.
    void addRows(const RowBatch &batch, qsizetype first, qsizetype count);
    void merge(const DatasetProfile &next);

    qint64 rows() const { return m_rows; }
    const QList<ColumnSpec> &columns() const { return m_columns; }
    const ColumnProfile &column(int index) const { return m_profiles[size_t(index)]; }
    const std::vector<TimeBuckets> &timeBuckets() const { return m_timeBuckets; }
    const std::vector<GroupAggregates> &groupAggregates() const { return m_groups; }

    /// {"rows", "final": false, "columns": [...], "timeBuckets": [...], "groups": [...]}, where each
    /// text column lists only its ProfileOptions::snapshotGroups largest groups ("truncated").
    QJsonObject snapshot() const;
    /// The same as snapshot() with "final": true and every group up to the group limit, for
    /// storing with the dataset. Describes the columns on two threads.
    QJsonObject finalResult() const;

private:
    void addBlock(const RowBatch &batch, qsizetype first, int rows);
    void addTemporalColumn(const RowBatch &batch, qsizetype first, int rows, int column);
    void addTextColumn(const RowBatch &batch, qsizetype first, int rows, int column);
    QJsonObject toJson(bool final) const;
    QJsonArray columnsJson(bool final) const;

    QList<ColumnSpec> m_columns;
    ProfileOptions m_options;
    qint64 m_rows = 0;
    std::vector<ColumnProfile> m_profiles;
    std::vector<int> m_numericColumns;  // indexes into m_columns
    std::vector<int> m_temporalColumns;
    std::vector<int> m_textColumns;
    std::vector<TimeBuckets> m_timeBuckets;  // parallel to m_temporalColumns
    std::vector<GroupAggregates> m_groups;  // parallel to m_textColumns
    std::vector<int> m_bucketsOfColumn;  // column -> index into m_timeBuckets, or -1
    std::vector<int> m_groupOfColumn;  // column -> index into m_groups, or -1

    // The current block, reused: numeric cells row by row; one column's non-null values (and for
    // dates and text the rows they are in); for a text column the id of each row's value.
    std::vector<NumericCell> m_numerics;
    std::vector<qint64> m_integers;
    std::vector<double> m_reals;
    std::vector<QByteArrayView> m_texts;
    std::vector<int> m_valueRows;
    std::vector<int> m_textIds;
    std::vector<int> m_rowIds;
};

} // namespace sluice
