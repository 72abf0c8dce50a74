#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>

namespace sluice {

/// How numbers and missing values are written in one file.
struct ValueFormat
{
    char decimalSeparator = '.';
    char thousandsSeparator = '\0';  // '\0': none. Groups must then be exactly 3 digits.
    // Values that mean "no value", matched exactly after trimming spaces. Empty is always null.
    std::vector<QByteArray> nullTokens { QByteArrayLiteral("NA"), QByteArrayLiteral("N/A"), QByteArrayLiteral("n/a"),
                                         QByteArrayLiteral("null"), QByteArrayLiteral("NULL"),
                                         QByteArrayLiteral("#N/A") };
    bool nanIsNull = true;  // "NaN" (any case) is null in numeric columns, text elsewhere
};

/// Which part of a numeric date such as 03/04/2016 is the day. ISO dates are always year first.
enum class DateOrder {
    DayFirst,
    MonthFirst,
};

/// What parseTemporal() found.
enum class TemporalKind {
    None,
    Date,      // value: days since 1970-01-01
    DateTime,  // value: milliseconds since 1970-01-01T00:00:00Z
};

/// Parses single CSV values from their UTF-8 text without allocating; used per value in the
/// hot path. Every parser trims ASCII spaces first and accepts the whole text or nothing.
/// Numbers that look like identifiers are not numbers: leading zeros ("00123"), a '+' sign,
/// digit strings beyond the 64-bit range (a double would round them). Thread-safe (const).
class ValueParser final
{
public:
    explicit ValueParser(ValueFormat format = {});

    const ValueFormat &format() const { return m_format; }

    /// Empty or one of the null tokens. Inline: called for every value of every column.
    bool isNull(QByteArrayView text) const
    {
        if (text.isEmpty())
            return true;
        // Most values fail on their first byte already.
        const char last = text.back();
        if (!m_nullStart[static_cast<unsigned char>(text.front())] && last != ' ' && last != '\t')
            return false;
        return isNullToken(text);
    }
    /// "NaN" in any case, and nanIsNull is set.
    bool isNaN(QByteArrayView text) const;

    /// "-42", "1234", "1.234" with thousands '.'; "-0" is 0.
    std::optional<qint64> parseInteger(QByteArrayView text) const;
    /// Integers too; "1.5", ".5", "-0.0" (keeps its sign), "1e-3", "1,5" with decimal ','.
    /// Not "inf", "nan" or hexadecimal, nor a plain digit string beyond 64 bits.
    std::optional<double> parseReal(QByteArrayView text) const;
    /// isInteger(t) == parseInteger(t).has_value(), and isReal() likewise, without computing the
    /// value: type inference checks every value of a column and needs no more.
    bool isInteger(QByteArrayView text) const;
    bool isReal(QByteArrayView text) const;

    /// true/false, yes/no in any case; not 0/1 (they are integers).
    static std::optional<bool> parseBoolean(QByteArrayView text);

    /// Dates and datetimes:
    ///  - ISO 8601: 2016-03-04, 2016-03-04T05:06, 2016-03-04 05:06:07.123, with "Z", "+02:00",
    ///    "+0200" or "+02"; year first with '/' or '.' too (2016/03/04);
    ///  - numeric day and month with '/', '-' or '.' and a 4-digit year, read in the given
    ///    order: 04/03/2016;
    ///  - English month names: "4 Mar 2016", "4-Mar-2016", "March 4, 2016", "Mar 4 2016";
    ///  - any of those followed by a time "05:06[:07[.123]]" with an optional AM/PM.
    /// A datetime without a zone is taken as UTC (the file gives no way to know better, and
    /// UTC keeps the written wall time when shown in UTC). Two-digit years are not accepted.
    static TemporalKind parseTemporal(QByteArrayView text, DateOrder order, qint64 *value);
    /// parseTemporal()'s kind without computing the value, for type inference.
    static TemporalKind temporalKind(QByteArrayView text, DateOrder order);

    /// Days since 1970-01-01 of a proleptic Gregorian date (no validation).
    static qint64 daysFromCivil(int year, int month, int day);

private:
    bool isNullToken(QByteArrayView text) const;

    ValueFormat m_format;
    qsizetype m_longestToken = 0;
    bool m_plainNumbers = true;  // decimal '.', no thousands separator: the fast validators apply
    bool m_nullStart[256] = {};  // first bytes of null tokens (and spaces): most values fail here
};

} // namespace sluice
