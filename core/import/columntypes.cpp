#include "core/import/columntypes.h"

namespace sluice {

ColumnType widerOf(ColumnType a, ColumnType b)
{
    if (a == b)
        return a;
    if (isNumeric(a) && isNumeric(b))
        return ColumnType::Real;
    if (isTemporal(a) && isTemporal(b))
        return ColumnType::DateTime;
    return ColumnType::Text;
}

ColumnType naturalTypeOf(const ValueParser &parser, QByteArrayView value, DateOrder order)
{
    if (parser.parseInteger(value))
        return ColumnType::Integer;
    if (parser.parseReal(value))
        return ColumnType::Real;
    if (ValueParser::parseBoolean(value))
        return ColumnType::Boolean;
    qint64 ignored = 0;
    switch (ValueParser::parseTemporal(value, order, &ignored)) {
    case TemporalKind::Date: return ColumnType::Date;
    case TemporalKind::DateTime: return ColumnType::DateTime;
    case TemporalKind::None: break;
    }
    return ColumnType::Text;
}

} // namespace sluice
