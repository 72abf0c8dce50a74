#include "core/csv/typeinference.h"

#include <algorithm>

#include "core/csv/csvrecord.h"

namespace sluice {

namespace {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Index just past the run of digits starting at i.
inline qsizetype digitRunEnd(const char *data, qsizetype i, qsizetype size)
{
    while (i < size && isDigit(data[i]))
        ++i;
    return i;
}

// The numbers of a typical numeric column, "-42" or "719.39" (fraction only when allowed):
// a sign, up to 18 digits without a leading zero, a '.' and digits. Every such text is an
// integer (without fraction) or a real in every ValueFormat that allows it, and never NaN: a
// decided numeric column accepts it without the full validators, which judge everything else.
inline bool isPlainNumber(QByteArrayView text, bool allowFraction)
{
    const char *data = text.data();
    const qsizetype size = text.size();
    qsizetype i = (size > 0 && data[0] == '-') ? 1 : 0;
    const qsizetype digits = i;
    i = digitRunEnd(data, i, size);
    const qsizetype count = i - digits;
    if (count == 0 || count > 18 || (count > 1 && data[digits] == '0'))
        return false;
    if (i == size)
        return true;
    if (!allowFraction || data[i] != '.')
        return false;
    const qsizetype fraction = i + 1;
    i = digitRunEnd(data, fraction, size);
    return i == size && i > fraction;
}

} // namespace

TypeInference::TypeInference(ValueFormat format, qint64 sampleRecords)
    : m_parser(std::move(format))
    , m_sampleRecords(std::max<qint64>(1, sampleRecords))
    , m_plainFractions(m_parser.format().decimalSeparator == '.' && m_parser.format().thousandsSeparator == '\0')
{
}

inline void TypeInference::observeValue(State &state, QByteArrayView value) const
{
    // A null token may look like a number ("-1" in some files): nulls are settled first.
    if (m_parser.isNull(value)) {
        ++state.nullCount;
        return;
    }
    if (!state.unknown) {
        // Fast paths for typed columns: Text needs no check, and a numeric column takes its usual
        // numbers without the NaN and full number checks.
        if (state.type == ColumnType::Text
            || (isNumeric(state.type)
                && isPlainNumber(value, state.type == ColumnType::Real && m_plainFractions))) {
            ++state.valueCount;
            return;
        }
    }
    if ((state.unknown || isNumeric(state.type)) && m_parser.isNaN(value)) {
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
    const bool report = m_decided && widenings;
    for (int i = 0; i < fields; ++i) {
        State &state = m_columns[size_t(i)];
        const ColumnType before = state.type;
        observeValue(state, record.field(i));
        if (report && state.type != before)
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
    if (m_forcedOrder)
        return ValueParser::temporalKind(value, *m_forcedOrder);
    if (!state.monthFirstPossible)
        return ValueParser::temporalKind(value, DateOrder::DayFirst);
    if (!state.dayFirstPossible)
        return ValueParser::temporalKind(value, DateOrder::MonthFirst);
    // Both orders still open (sample only): a value valid in one order alone decides.
    const TemporalKind dayFirst = ValueParser::temporalKind(value, DateOrder::DayFirst);
    const TemporalKind monthFirst = ValueParser::temporalKind(value, DateOrder::MonthFirst);
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
