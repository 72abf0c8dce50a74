#include "core/csv/typeinference.h"

#include <algorithm>

#include "core/csv/csvrecord.h"

namespace sluice {

TypeInference::TypeInference(ValueFormat format, qint64 sampleRecords)
    : m_parser(std::move(format))
    , m_sampleRecords(std::max<qint64>(1, sampleRecords))
{
}

inline void TypeInference::observeValue(State &state, QByteArrayView value) const
{
    if (state.type == ColumnType::Text && !state.unknown) {
        // The common wide column: only nulls are counted.
        if (m_parser.isNull(value))
            ++state.nullCount;
        else
            ++state.valueCount;
        return;
    }
    if (m_parser.isNull(value)
        || ((state.unknown || isNumeric(state.type)) && m_parser.isNaN(value))) {
        ++state.nullCount;
        return;
    }
    ++state.valueCount;
    if (state.unknown) {
        state.unknown = false;
        state.type = classify(state, value);
        return;
    }
    switch (state.type) {
    case ColumnType::Integer:
        if (!m_parser.isInteger(value))
            state.type = m_parser.isReal(value) ? ColumnType::Real : ColumnType::Text;
        break;
    case ColumnType::Real:
        if (!m_parser.isReal(value))
            state.type = ColumnType::Text;
        break;
    case ColumnType::Boolean:
        if (!ValueParser::parseBoolean(value))
            state.type = ColumnType::Text;
        break;
    case ColumnType::Date:
        switch (parseTemporal(state, value)) {
        case TemporalKind::Date:
            break;
        case TemporalKind::DateTime:
            state.type = ColumnType::DateTime;
            break;
        case TemporalKind::None:
            state.type = ColumnType::Text;
            break;
        }
        break;
    case ColumnType::DateTime:
        if (parseTemporal(state, value) == TemporalKind::None)
            state.type = ColumnType::Text;
        break;
    case ColumnType::Text:
        break;
    }
}

void TypeInference::observe(const CsvRecord &record, std::vector<TypeWidening> *widenings)
{
    const int fields = record.fieldCount();
    if (fields > columnCount()) {
        // A column first seen now was missing (null) in every earlier record.
        State added;
        added.nullCount = m_seen;
        if (m_decided) {
            added.unknown = false;  // decided as Text: a late column never narrows
            added.type = ColumnType::Text;
        }
        m_columns.resize(size_t(fields), added);
    }
    for (int i = 0; i < fields; ++i) {
        State &state = m_columns[size_t(i)];
        const ColumnType before = state.type;
        observeValue(state, record.field(i));
        if (m_decided && widenings && state.type != before)
            widenings->push_back(TypeWidening { i, before, state.type, record.recordNumber() });
    }
    for (size_t i = size_t(fields); i < m_columns.size(); ++i)
        ++m_columns[i].nullCount;  // a short record: the missing fields are nulls
    ++m_seen;
    if (!m_decided && m_seen >= m_sampleRecords)
        decide();
}

void TypeInference::decide()
{
    for (State &state : m_columns) {
        if (state.unknown) {
            state.unknown = false;
            state.type = ColumnType::Text;
        }
        if (m_forcedOrder) {
            state.dayFirstPossible = *m_forcedOrder == DateOrder::DayFirst;
            state.monthFirstPossible = !state.dayFirstPossible;
        } else if (state.dayFirstPossible) {
            state.monthFirstPossible = false;  // ambiguous to the end of the sample: day-first
        }
    }
    m_decided = true;
}

InferredColumn TypeInference::column(int index) const
{
    Q_ASSERT(index >= 0 && index < columnCount());
    const State &state = m_columns[size_t(index)];
    InferredColumn result;
    result.type = state.unknown ? ColumnType::Text : state.type;
    if (m_forcedOrder)
        result.dateOrder = *m_forcedOrder;
    else
        result.dateOrder = state.dayFirstPossible ? DateOrder::DayFirst : DateOrder::MonthFirst;
    result.nullCount = state.nullCount;
    result.valueCount = state.valueCount;
    result.allNull = state.valueCount == 0;
    return result;
}

TemporalKind TypeInference::parseTemporal(State &state, QByteArrayView value) const
{
    qint64 parsed = 0;
    if (m_forcedOrder)
        return ValueParser::parseTemporal(value, *m_forcedOrder, &parsed);
    if (!state.monthFirstPossible)
        return ValueParser::parseTemporal(value, DateOrder::DayFirst, &parsed);
    if (!state.dayFirstPossible)
        return ValueParser::parseTemporal(value, DateOrder::MonthFirst, &parsed);
    // Both orders still open (sample only): a value valid in one order alone decides.
    const TemporalKind dayFirst = ValueParser::parseTemporal(value, DateOrder::DayFirst, &parsed);
    const TemporalKind monthFirst = ValueParser::parseTemporal(value, DateOrder::MonthFirst, &parsed);
    if (dayFirst == TemporalKind::None && monthFirst == TemporalKind::None)
        return TemporalKind::None;
    state.dayFirstPossible = dayFirst != TemporalKind::None;
    state.monthFirstPossible = monthFirst != TemporalKind::None;
    return dayFirst != TemporalKind::None ? dayFirst : monthFirst;
}

ColumnType TypeInference::classify(State &state, QByteArrayView value) const
{
    if (m_parser.isInteger(value))
        return ColumnType::Integer;
    if (m_parser.isReal(value))
        return ColumnType::Real;
    if (ValueParser::parseBoolean(value))
        return ColumnType::Boolean;
    switch (parseTemporal(state, value)) {
    case TemporalKind::Date:
        return ColumnType::Date;
    case TemporalKind::DateTime:
        return ColumnType::DateTime;
    case TemporalKind::None:
        break;
    }
    return ColumnType::Text;
}


} // namespace sluice
