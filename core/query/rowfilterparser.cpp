#include "core/query/rowfilterparser.h"

#include <cmath>
#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include "core/query/queryparameters.h"

namespace sluice {

namespace {


const QString kColumn = QStringLiteral("column");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kMin = QStringLiteral("min");
const QString kMax = QStringLiteral("max");
const QString kEquals = QStringLiteral("equals");
const QString kIn = QStringLiteral("in");
const QString kIsNull = QStringLiteral("isNull");

// Doubles hold every integer up to 2^53 exactly; beyond that a JSON number is no integer.
constexpr double kExactIntegerLimit = 9007199254740992.0;

/// A date, or (when allowed) a datetime in UTC; nullopt when the text is neither.
std::optional<QVariant> parseTemporal(const QString &text, bool allowDateTime)
{
    static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (datePattern.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? std::optional<QVariant>(date) : std::nullopt;
    }
    if (!allowDateTime || text.size() <= 10 || (text.at(10) != u'T' && text.at(10) != u' '))
        return std::nullopt;
    QString normalized = text;
    normalized[10] = u'T';
    QDateTime dateTime = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!dateTime.isValid())
        return std::nullopt;
    // Stored datetimes are UTC, so a bound without an offset is read as UTC too.
    if (dateTime.timeSpec() == Qt::LocalTime)
        dateTime = QDateTime(dateTime.date(), dateTime.time(), Qt::UTC);
    return QVariant(dateTime.toUTC());
}

std::optional<qint64> integerOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::trunc(number) && std::abs(number) <= kExactIntegerLimit)
            return qint64(number);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(number) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> realOf(const QJsonValue &value)
{
    double number = 0.0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        number = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    return std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
}

std::optional<bool> booleanOf(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble() && (value.toDouble() == 0.0 || value.toDouble() == 1.0))
        return value.toDouble() == 1.0;
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed().toLower();
    if (text == QStringLiteral("true") || text == QStringLiteral("yes") || text == QStringLiteral("1"))
        return true;
    if (text == QStringLiteral("false") || text == QStringLiteral("no") || text == QStringLiteral("0"))
        return false;
    return std::nullopt;
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        if (auto integer = integerOf(value))
            return QString::number(*integer);
        return QString::number(value.toDouble(), 'g', 17);
    }
    return QString();
}

/// A range bound for `column`; `key` names it in errors ("from", "max").
Result<QVariant> rangeBound(const QJsonValue &value, const DatasetColumn &column, const QString &key)
{
    if (isTemporal(column.type)) {
        const bool dateTime = column.type == ColumnType::DateTime;
        if (value.isString()) {
            if (auto parsed = parseTemporal(value.toString(), dateTime))
                return *parsed;
        }
        return fail(ErrorCode::InvalidInput,
            dateTime ? RowFilterParser::tr("%1 must be a date (YYYY-MM-DD) or an ISO 8601 datetime").arg(key)
                     : RowFilterParser::tr("%1 must be a date (YYYY-MM-DD)").arg(key));
    }
    // Numeric bounds keep integers exact (a qint64 beyond 2^53 compares exactly with stored integers).
    if (auto integer = integerOf(value))
        return QVariant(*integer);
    if (auto real = realOf(value))
        return QVariant(*real);
    return fail(ErrorCode::InvalidInput, RowFilterParser::tr("%1 must be a number").arg(key));
}

/// A value to compare for equality with the values of `column`.
Result<QVariant> equalityValue(const QJsonValue &value, const DatasetColumn &column, const QString &key)
{
    if (value.isNull() || value.isUndefined())
        return fail(ErrorCode::InvalidInput, RowFilterParser::tr("%1 needs a value; use isNull to find empty cells").arg(key));
    switch (column.type) {
    case ColumnType::Integer:
        if (auto integer = integerOf(value))
            return QVariant(*integer);
        return fail(ErrorCode::InvalidInput,
            RowFilterParser::tr("%1 must be an integer: \"%2\" is an integer column").arg(key, column.name));
    case ColumnType::Real:
        if (auto real = realOf(value))
            return QVariant(*real);
        return fail(
            ErrorCode::InvalidInput, RowFilterParser::tr("%1 must be a number: \"%2\" is a real column").arg(key, column.name));
    case ColumnType::Boolean:
        if (auto boolean = booleanOf(value))
            return QVariant(*boolean);
        return fail(ErrorCode::InvalidInput,
            RowFilterParser::tr("%1 must be true or false: \"%2\" is a boolean column").arg(key, column.name));
    case ColumnType::Date:
    case ColumnType::DateTime:
        return rangeBound(value, column, key);
    case ColumnType::Text:
        if (value.isArray() || value.isObject())
            break;
        return QVariant(jsonText(value));
    }
    return fail(ErrorCode::InvalidInput, RowFilterParser::tr("%1 must be a single value").arg(key));
}

bool hasValue(const QJsonObject &object, const QString &key)
{
    return object.contains(key) && !object.value(key).isNull();
}

/// One JSON filter object per column and kind, built from the dotted query parameters.
struct PendingFilter
{
    QString group; // "range", "eq" or "null"
    QString column;
    QJsonObject json;
};

} // namespace

Result<RowFilter> RowFilterParser::filterFromJson(const QJsonObject &filter, const DatasetInfo &dataset)
{
    if (!filter.value(kColumn).isString())
        return fail(ErrorCode::InvalidInput, tr("a filter needs a column name"));
    for (auto it = filter.constBegin(); it != filter.constEnd(); ++it) {
        static const QStringList known { kColumn, kFrom, kTo, kMin, kMax, kEquals, kIn, kIsNull };
        if (!known.contains(it.key()))
            return fail(ErrorCode::InvalidInput, tr("unknown filter key \"%1\"").arg(it.key()));
    }
    auto column = QueryParameters::column(dataset, filter.value(kColumn).toString(), true);
    if (!column)
        return tl::unexpected(column.error());

    const bool temporalRange = filter.contains(kFrom) || filter.contains(kTo);
    const bool numericRange = filter.contains(kMin) || filter.contains(kMax);
    const int kinds = int(temporalRange) + int(numericRange) + int(filter.contains(kEquals)) + int(filter.contains(kIn))
        + int(filter.contains(kIsNull));
    if (kinds != 1)
        return fail(ErrorCode::InvalidInput,
            tr("a filter on \"%1\" needs exactly one of from/to, min/max, equals, in or isNull").arg(column->name));

    RowFilter result { column->name, column->type, FilterKind::Range, QVariant(), QVariant(), QVariantList() };
    if (temporalRange || numericRange) {
        const QString fromKey = temporalRange ? kFrom : kMin;
        const QString toKey = temporalRange ? kTo : kMax;
        if (temporalRange && !isTemporal(column->type))
            return fail(ErrorCode::InvalidInput,
                tr("from and to apply to date and datetime columns; \"%1\" is %2")
                    .arg(column->name, columnTypeName(column->type)));
        if (numericRange && !isNumeric(column->type))
            return fail(ErrorCode::InvalidInput,
                tr("min and max apply to integer and real columns; \"%1\" is %2")
                    .arg(column->name, columnTypeName(column->type)));
        if (!hasValue(filter, fromKey) && !hasValue(filter, toKey))
            return fail(ErrorCode::InvalidInput,
                tr("a range on \"%1\" needs %2, %3 or both").arg(column->name, fromKey, toKey));
        if (hasValue(filter, fromKey)) {
            auto bound = rangeBound(filter.value(fromKey), *column, fromKey);
            if (!bound)
                return tl::unexpected(bound.error());
            result.from = *bound;
        }
        if (hasValue(filter, toKey)) {
            auto bound = rangeBound(filter.value(toKey), *column, toKey);
            if (!bound)
                return tl::unexpected(bound.error());
            result.to = *bound;
        }
        return result;
    }
    if (filter.contains(kIsNull)) {
        const std::optional<bool> isNull = booleanOf(filter.value(kIsNull));
        if (!isNull)
            return fail(ErrorCode::InvalidInput, tr("isNull must be true or false"));
        result.kind = *isNull ? FilterKind::IsNull : FilterKind::IsNotNull;
        return result;
    }
    result.kind = FilterKind::OneOf;
    if (filter.contains(kEquals)) {
        auto value = equalityValue(filter.value(kEquals), *column, kEquals);
        if (!value)
            return tl::unexpected(value.error());
        result.values.append(*value);
        return result;
    }
    if (!filter.value(kIn).isArray() || filter.value(kIn).toArray().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("in must be a list of at least one value"));
    const QJsonArray values = filter.value(kIn).toArray();
    if (values.size() > kMaxValues)
        return fail(ErrorCode::InvalidInput, tr("in may list at most %1 values").arg(kMaxValues));
    for (const QJsonValue &item : values) {
        auto value = equalityValue(item, *column, kIn);
        if (!value)
            return tl::unexpected(value.error());
        result.values.append(*value);
    }
    return result;
}

Result<QList<RowFilter>> RowFilterParser::fromJson(const QJsonValue &filters, const DatasetInfo &dataset)
{
    if (filters.isNull() || filters.isUndefined())
        return QList<RowFilter>();
    if (!filters.isArray())
        return fail(ErrorCode::InvalidInput, tr("filters must be a JSON array of filter objects"));
    QList<RowFilter> result;
    for (const QJsonValue &item : filters.toArray()) {
        if (!item.isObject())
            return fail(ErrorCode::InvalidInput, tr("filters must be a JSON array of filter objects"));
        auto filter = filterFromJson(item.toObject(), dataset);
        if (!filter)
            return tl::unexpected(filter.error());
        result.append(*filter);
    }
    return result;
}

Result<QList<RowFilter>> RowFilterParser::fromQuery(const QUrlQuery &query, const DatasetInfo &dataset)
{
    QList<RowFilter> result;
    QList<PendingFilter> pending;
    auto pendingFor = [&pending](const QString &group, const QString &column) -> QJsonObject & {
        for (PendingFilter &candidate : pending) {
            if (candidate.group == group && candidate.column == column)
                return candidate.json;
        }
        pending.append(PendingFilter { group, column, QJsonObject { { kColumn, column } } });
        return pending.last().json;
    };

    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QStringLiteral("filter")) {
            QJsonParseError error {};
            const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !document.isArray())
                return fail(ErrorCode::InvalidInput, tr("filter must be a JSON array of filter objects"));
            auto parsed = fromJson(document.array(), dataset);
            if (!parsed)
                return tl::unexpected(parsed.error());
            result.append(*parsed);
            continue;
        }
        const qsizetype dot = key.indexOf(u'.');
        if (dot < 0)
            continue; // offset, limit, sort, ...: the caller's
        const QString prefix = key.left(dot);
        const QString column = key.mid(dot + 1);
        if (prefix == kFrom || prefix == kTo || prefix == kMin || prefix == kMax) {
            QJsonObject &json = pendingFor(QStringLiteral("range"), column);
            if (json.contains(prefix))
                return fail(ErrorCode::InvalidInput, tr("%1 is given twice").arg(key));
            json.insert(prefix, value);
        } else if (prefix == QStringLiteral("eq")) {
            QJsonObject &json = pendingFor(QStringLiteral("eq"), column);
            QJsonArray values = json.value(kIn).toArray();
            values.append(value);
            json.insert(kIn, values);
        } else if (prefix == QStringLiteral("null")) {
            QJsonObject &json = pendingFor(QStringLiteral("null"), column);
            if (json.contains(kIsNull))
                return fail(ErrorCode::InvalidInput, tr("%1 is given twice").arg(key));
            json.insert(kIsNull, value);
        } else {
            return fail(ErrorCode::InvalidInput, tr("unknown parameter \"%1\"").arg(key));
        }
    }
    for (const PendingFilter &item : pending) {
        auto filter = filterFromJson(item.json, dataset);
        if (!filter)
            return tl::unexpected(filter.error());
        result.append(*filter);
    }
    return result;
}

} // namespace sluice
