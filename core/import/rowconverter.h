#pragma once

#include <array>
#include <optional>
#include <vector>

#include <QCoreApplication>

#include "core/calc/cellvalue.h"
#include "core/csv/columntype.h"
#include "core/csv/valueparser.h"

namespace sluice {

class CsvRecord;
class RowBatch;

/// How one column's text becomes a stored value.
struct ColumnConversion
{
    ColumnType type = ColumnType::Text;
    DateOrder dateOrder = DateOrder::DayFirst;
};

/// Turns the fields of a record into typed values: into a RowBatch for the database and
/// CellValues for the calculators, in one parse per field. Runs per row on the parse thread,
/// so it allocates nothing once warmed up.
class RowConverter final
{
    Q_DECLARE_TR_FUNCTIONS(RowConverter)
public:
    /// Why a field could not be stored as its column's type.
    struct Rejection
    {
        int column;  // 0-based
        QString reason;
    };

    RowConverter(std::vector<ColumnConversion> columns, ValueFormat format);

    int columnCount() const { return int(m_columns.size()); }
    const ColumnConversion &conversion(int column) const { return m_columns[size_t(column)]; }

    /// Converts every field of `record` (which must have columnCount() fields). On success the
    /// values are appended to `batch` and `cells` holds the row for the calculators (valid until
    /// the next call); on a rejection nothing is appended.
    std::optional<Rejection> convert(const CsvRecord &record, RowBatch &batch);
    const std::vector<CellValue> &cells() const { return m_cells; }

private:
    bool convertField(int column, QByteArrayView text);
    void appendTo(RowBatch &batch) const;

    std::vector<ColumnConversion> m_columns;
    ValueParser m_parser;
    std::vector<CellValue> m_cells;
    // Dates and datetimes formatted as ISO text for storage, one slot per column.
    std::vector<std::array<char, 32>> m_temporalText;
    std::vector<int> m_temporalLength;
};

} // namespace sluice
