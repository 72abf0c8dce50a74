#pragma once

#include <vector>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/calc/cellvalue.h"
#include "core/calc/columnprofile.h"
#include "core/calc/groupaggregates.h"
#include "core/calc/profileoptions.h"
#include "core/calc/timebuckets.h"
#include "core/csv/columntype.h"

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
/// Feed rows with addRow() on one thread; profiles of consecutive parts of the file built on
/// other threads combine with merge() (in file order, which matters only for the sort order).
/// snapshot() can be called between rows at any time from the feeding thread; it sorts lazily
/// what arrived since the last snapshot and costs about as much as the data added since.
class DatasetProfile final
{
public:
    explicit DatasetProfile(QList<ColumnSpec> columns, const ProfileOptions &options = {});

    /// One row, one CellValue per column in the order given at construction.
    void addRow(RowView row);
    void merge(const DatasetProfile &next);

    qint64 rows() const { return m_rows; }
    const QList<ColumnSpec> &columns() const { return m_columns; }
    const ColumnProfile &column(int index) const { return m_profiles[size_t(index)]; }
    const std::vector<TimeBuckets> &timeBuckets() const { return m_timeBuckets; }
    const std::vector<GroupAggregates> &groupAggregates() const { return m_groups; }

    /// {"rows", "final": false, "columns": [...], "timeBuckets": [...], "groups": [...]}.
    QJsonObject snapshot() const;
    /// The same as snapshot() with "final": true, for storing with the dataset.
    QJsonObject finalResult() const;

private:
    QJsonObject toJson(bool final) const;

    QList<ColumnSpec> m_columns;
    ProfileOptions m_options;
    qint64 m_rows = 0;
    std::vector<ColumnProfile> m_profiles;
    std::vector<int> m_numericColumns;  // indexes into m_columns
    std::vector<int> m_temporalColumns;
    std::vector<int> m_textColumns;
    std::vector<TimeBuckets> m_timeBuckets;  // parallel to m_temporalColumns
    std::vector<GroupAggregates> m_groups;  // parallel to m_textColumns
    std::vector<int> m_groupOfColumn;  // column -> index into m_groups, or -1
    std::vector<NumericCell> m_numerics;  // the current row's numeric values (reused)
};

} // namespace sluice
