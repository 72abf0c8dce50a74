#include "core/import/rowconverter.h"

#include "core/csv/csvrecord.h"
#include "core/storage/temporaltext.h"
#include "core/storage/rowbatch.h"

namespace sluice {

namespace {

// Digits after the decimal separator as written ("1.50" -> 2), for the calculators' precision.
int decimalsWritten(QByteArrayView text, char separator)
{
    const qsizetype point = text.indexOf(separator);
    if (point < 0)
        return 0;
    int decimals = 0;
    for (qsizetype i = point + 1; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
        ++decimals;
    return decimals;
}

} // namespace

RowConverter::RowConverter(std::vector<ColumnConversion> columns, ValueFormat format)
    : m_columns(std::move(columns))
    , m_parser(std::move(format))
    , m_cells(m_columns.size())
    , m_temporalText(m_columns.size())
    , m_temporalLength(m_columns.size(), 0)
{
}

bool RowConverter::convertField(int column, QByteArrayView text)
{
    CellValue &cell = m_cells[size_t(column)];
    const ColumnConversion &conversion = m_columns[size_t(column)];
    if (m_parser.isNull(text) || (conversion.type == ColumnType::Real && m_parser.isNaN(text))) {
        cell = CellValue::null();
        return true;
    }
    switch (conversion.type) {
    case ColumnType::Integer:
        if (const auto value = m_parser.parseInteger(text)) {
            cell = CellValue::integer(*value);
            return true;
        }
        return false;
    case ColumnType::Real:
        if (const auto value = m_parser.parseReal(text)) {
            cell = CellValue::real(*value, decimalsWritten(text, m_parser.format().decimalSeparator));
            return true;
        }
        return false;
    case ColumnType::Boolean:
        if (const auto value = ValueParser::parseBoolean(text)) {
            cell = CellValue::boolean(*value);
            return true;
        }
        return false;
    case ColumnType::Date:
    case ColumnType::DateTime: {
        qint64 value = 0;
        const TemporalKind kind = ValueParser::parseTemporal(text, conversion.dateOrder, &value);
        if (kind == TemporalKind::None || (kind == TemporalKind::DateTime && conversion.type == ColumnType::Date))
            return false;
        char *out = m_temporalText[size_t(column)].data();
        if (conversion.type == ColumnType::Date) {
            cell = CellValue::date(value);
            m_temporalLength[size_t(column)] = formatIsoDate(value, out);
        } else {
            const qint64 ms = kind == TemporalKind::Date ? value * 86400000 : value;  // a bare date is midnight
            cell = CellValue::dateTime(ms);
            m_temporalLength[size_t(column)] = formatIsoDateTime(ms, out);
        }
        return true;
    }
    case ColumnType::Text:
        cell = CellValue::string(text);
        return true;
    }
    return false;
}

std::optional<RowConverter::Rejection> RowConverter::convert(const CsvRecord &record, RowBatch &batch)
{
    Q_ASSERT(record.fieldCount() == columnCount());
    for (int column = 0; column < columnCount(); ++column) {
        const QByteArrayView field = record.field(column);
        if (!convertField(column, field))
            return Rejection { column, tr("\"%1\" is not a valid %2.")
                                           .arg(QString::fromUtf8(field.first(std::min<qsizetype>(field.size(), 100))),
                                                columnTypeName(m_columns[size_t(column)].type)) };
    }
    appendTo(batch);
    return std::nullopt;
}

void RowConverter::appendTo(RowBatch &batch) const
{
    for (int column = 0; column < columnCount(); ++column) {
        const CellValue &cell = m_cells[size_t(column)];
        if (cell.isNull) {
            batch.addNull();
            continue;
        }
        switch (m_columns[size_t(column)].type) {
        case ColumnType::Integer:
        case ColumnType::Boolean: batch.addInteger(cell.i); break;
        case ColumnType::Real: batch.addReal(cell.d, cell.decimals); break;
        case ColumnType::Date:
        case ColumnType::DateTime:
            batch.addTemporal(cell.i, QByteArrayView(m_temporalText[size_t(column)].data(),
                                                     m_temporalLength[size_t(column)]));
            break;
        case ColumnType::Text: batch.addText(cell.text); break;
        }
    }
}

} // namespace sluice
