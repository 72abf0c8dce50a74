#pragma once

#include <optional>
#include <vector>

#include "core/csv/columntype.h"
#include "core/csv/valueparser.h"

namespace sluice {

class CsvRecord;

/// A column whose type had to widen after the sample had decided it: the importer must adapt
/// (e.g. store the column as text from now on). Values are never altered by a widening.
struct TypeWidening
{
    int column;
    ColumnType from;
    ColumnType to;
    qint64 recordNumber;  // the record whose value forced it
};

/// What is known about one column.
struct InferredColumn
{
    ColumnType type = ColumnType::Text;
    DateOrder dateOrder = DateOrder::DayFirst;  // meaningful for Date and DateTime
    qint64 nullCount = 0;
    qint64 valueCount = 0;  // non-null values
    bool allNull = true;    // no non-null value seen (such a column is Text)
    bool isNullable() const { return nullCount > 0; }
};

/// Guesses each column's type from the values: first from a sample (the first N records),
/// then keeps checking every later value and widens when one contradicts the decision
/// (Integer -> Real -> Text, Date -> DateTime -> Text, Boolean -> Text, and across families to
/// Text), reporting each widening. Numeric dates such as 03/04/2016 are read day-first or
/// month-first per column: a value that only makes sense one way (13/04/2016) decides it;
/// a column whose values all fit both ways is read day-first, unless a date order is forced.
/// Not thread-safe.
class TypeInference final
{
public:
    static constexpr qint64 kDefaultSampleRecords = 1000;

    explicit TypeInference(ValueFormat format = {}, qint64 sampleRecords = kDefaultSampleRecords);

    /// Forces the order of numeric dates in every column (a user override).
    void setDateOrder(std::optional<DateOrder> order) { m_forcedOrder = order; }

    /// Looks at every field of the record. Once the sample is complete (or decide() was
    /// called), widenings caused by this record are appended to widenings when given.
    void observe(const CsvRecord &record, std::vector<TypeWidening> *widenings = nullptr);
    /// Ends the sample now: call it when the file has fewer records than the sample.
    void decide();
    bool isDecided() const { return m_decided; }

    /// Columns seen so far (the widest record).
    int columnCount() const { return int(m_columns.size()); }
    /// Use after decide(): columns that held only nulls are Text.
    InferredColumn column(int index) const;
    const ValueParser &parser() const { return m_parser; }

private:
    // Unknown: only nulls so far. Otherwise a ColumnType.
    struct State
    {
        bool unknown = true;
        ColumnType type = ColumnType::Text;
        bool dayFirstPossible = true;
        bool monthFirstPossible = true;
        qint64 nullCount = 0;
        qint64 valueCount = 0;
    };

    void observeValue(State &state, QByteArrayView value) const;
    TemporalKind parseTemporal(State &state, QByteArrayView value) const;
    ColumnType classify(State &state, QByteArrayView value) const;

    ValueParser m_parser;
    qint64 m_sampleRecords;
    bool m_plainFractions;  // decimal '.' and no thousands separator: "1.5" is a plain real
    qint64 m_seen = 0;
    bool m_decided = false;
    std::optional<DateOrder> m_forcedOrder;
    std::vector<State> m_columns;
};

} // namespace sluice
