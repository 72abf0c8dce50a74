#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QVariant>

#include "core/csv/columntype.h"

namespace sluice {

// Conversions between the values a dataset table stores, the values of filters, and JSON.

/// A value as read from a dataset table, as typed JSON for a column of `type`: numbers as
/// numbers, booleans as true/false, dates and datetimes as their ISO text, NULL as null.
QJsonValue storedValueToJson(const QVariant &stored, ColumnType type);

/// A filter value (qint64, double, bool, QString, QDate, QDateTime) as JSON; dates and
/// datetimes as the ISO text RowFilterParser reads back.
QJsonValue filterValueToJson(const QVariant &value);

/// "2016-03-01": how dates are stored.
QString isoDateText(QDate date);

/// "2016-03-01T12:00:00", with ".123" only when there are milliseconds: how datetimes are
/// stored (UTC, no zone suffix). Compares as text in time order with stored values.
QString isoDateTimeText(const QDateTime &dateTime);

} // namespace sluice
