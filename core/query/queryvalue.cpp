#include "core/query/queryvalue.h"

#include <cmath>

namespace sluice {

QJsonValue storedValueToJson(const QVariant &stored, ColumnType type)
{
    if (stored.isNull() || !stored.isValid())
        return QJsonValue::Null;
    // SQLite gives qlonglong, double or QString; a column widened in place may still hold
    // values of its narrower type (integers in a Real column), so convert by column type.
    switch (type) {
    case ColumnType::Integer:
        if (stored.typeId() == QMetaType::Double)
            return stored.toDouble();
        return QJsonValue(stored.toLongLong());
    case ColumnType::Real: {
        const double value = stored.toDouble();
        return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    }
    case ColumnType::Boolean:
        return stored.toLongLong() != 0;
    case ColumnType::Date:
    case ColumnType::DateTime:
    case ColumnType::Text:
        return stored.toString();
    }
    return stored.toString();
}

QJsonValue filterValueToJson(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::QDate:
        return isoDateText(value.toDate());
    case QMetaType::QDateTime:
        return isoDateTimeText(value.toDateTime());
    default:
        return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
    }
}

QString isoDateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString isoDateTimeText(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    const QString format
        = utc.time().msec() != 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz") : QStringLiteral("yyyy-MM-ddTHH:mm:ss");
    return utc.toString(format);
}

} // namespace sluice
