#include "core/csv/valueparser.h"

#include <algorithm>
#include <charconv>
#include <string>

namespace sluice {

namespace {

// Longer numbers are not worth a heap buffer: no real column holds them as numbers.
constexpr qsizetype kMaxNumberChars = 128;

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline char toLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.sliced(begin, end - begin);
}

bool equalsIgnoringCase(QByteArrayView text, const char *lower)
{
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        if (lower[i] == '\0' || toLower(text[i]) != lower[i])
            return false;
    }
    return lower[i] == '\0';
}

// A leading zero makes an identifier ("007", postal codes), except "0" itself and "0.5".
bool hasLeadingZero(const char *digits, const char *end)
{
    return digits + 1 < end && digits[0] == '0' && isDigit(digits[1]);
}

// Rewrites a number written with the file's separators in C form into out ("1.234,5" ->
// "1234.5"). Thousands groups must be 1-3 digits first, then exactly 3. False if malformed.
bool normalizeNumber(QByteArrayView text, char decimal, char thousands, bool allowFraction, char *out, qsizetype *length)
{
    const char *p = text.data();
    const char *const end = p + text.size();
    qsizetype n = 0;
    if (p < end && *p == '-')
        out[n++] = *p++;
    const qsizetype digitsStart = n;
    int group = 0;
    bool grouped = false;
    while (p < end && n < kMaxNumberChars - 8) {
        if (isDigit(*p)) {
            out[n++] = *p++;
            ++group;
        } else if (thousands != '\0' && *p == thousands) {
            if (group == 0 || group > 3 || (grouped && group != 3))
                return false;
            grouped = true;
            group = 0;
            ++p;
        } else {
            break;
        }
    }
    if (grouped && group != 3)
        return false;
    const qsizetype integerDigits = n - digitsStart;
    if (integerDigits > 1 && out[digitsStart] == '0')
        return false;
    qsizetype fractionDigits = 0;
    if (allowFraction && p < end && *p == decimal) {
        out[n++] = '.';
        ++p;
        while (p < end && isDigit(*p) && n < kMaxNumberChars - 8) {
            out[n++] = *p++;
            ++fractionDigits;
        }
        if (fractionDigits == 0)
            return false;
    }
    if (integerDigits + fractionDigits == 0)
        return false;
    if (allowFraction && p < end && (*p == 'e' || *p == 'E')) {
        out[n++] = 'e';
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            out[n++] = *p++;
        qsizetype exponentDigits = 0;
        while (p < end && isDigit(*p) && n < kMaxNumberChars - 1) {
            out[n++] = *p++;
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return false;
    }
    *length = n;
    return p == end;
}

// Reads 1..maxCount digits; returns how many were read (0: none).
int readNumber(const char *&p, const char *end, int maxCount, int *value)
{
    int count = 0;
    int result = 0;
    while (p < end && isDigit(*p) && count < maxCount) {
        result = result * 10 + (*p - '0');
        ++p;
        ++count;
    }
    if (count > 0 && p < end && isDigit(*p))
        return 0;  // more digits than allowed
    *value = result;
    return count;
}

// English month names, full or abbreviated ("Sept" too); 0 if not one.
int readMonthName(const char *&p, const char *end)
{
    static const char *const kNames[12] = { "january", "february", "march",     "april",   "may",      "june",
                                            "july",    "august",   "september", "october", "november", "december" };
    const char *start = p;
    while (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
        ++p;
    const QByteArrayView word(start, p - start);
    if (word.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        const QByteArrayView name(kNames[m], qsizetype(std::char_traits<char>::length(kNames[m])));
        if (word.size() > name.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; i < word.size() && same; ++i)
            same = toLower(word[i]) == name[i];
        // The full name, a 3-letter abbreviation, or "sept".
        if (same && (word.size() == name.size() || word.size() == 3 || (m == 8 && word.size() == 4)))
            return m + 1;
    }
    return 0;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

bool isValidDate(int year, int month, int day)
{
    static const int kDays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month < 1 || month > 12 || day < 1)
        return false;
    const int days = kDays[month - 1] + (month == 2 && isLeapYear(year) ? 1 : 0);
    return day <= days;
}

bool isDateSeparator(char c)
{
    return c == '-' || c == '/' || c == '.';
}

// The date part of a temporal value; p is left after it.
bool readDate(const char *&p, const char *end, DateOrder order, int *year, int *month, int *day)
{
    if (p == end)
        return false;
    if (isDigit(*p)) {
        int first = 0;
        const int firstDigits = readNumber(p, end, 4, &first);
        if (firstDigits == 4) {  // year first: ISO 8601 and 2016/03/04
            if (p == end || !isDateSeparator(*p))
                return false;
            const char separator = *p++;
            if (readNumber(p, end, 2, month) == 0 || p == end || *p != separator)
                return false;
            ++p;
            if (readNumber(p, end, 2, day) == 0)
                return false;
            *year = first;
            return isValidDate(*year, *month, *day);
        }
        if (firstDigits == 0 || firstDigits > 2 || p == end)
            return false;
        const char separator = *p++;
        if (p == end)
            return false;
        if (isDateSeparator(separator) && isDigit(*p)) {  // 04/03/2016
            int second = 0;
            if (readNumber(p, end, 2, &second) == 0 || p == end || *p != separator)
                return false;
            ++p;
            if (readNumber(p, end, 4, year) != 4)
                return false;
            *day = order == DateOrder::DayFirst ? first : second;
            *month = order == DateOrder::DayFirst ? second : first;
            return isValidDate(*year, *month, *day);
        }
        if (separator != ' ' && separator != '-')
            return false;
        *month = readMonthName(p, end);  // 4 Mar 2016, 4-Mar-2016
        if (*month == 0 || p == end || *p != separator)
            return false;
        ++p;
        if (readNumber(p, end, 4, year) != 4)
            return false;
        *day = first;
        return isValidDate(*year, *month, *day);
    }
    *month = readMonthName(p, end);  // March 4, 2016
    if (*month == 0 || p == end || *p != ' ')
        return false;
    ++p;
    if (readNumber(p, end, 2, day) == 0)
        return false;
    if (p < end && *p == ',')
        ++p;
    if (p == end || *p != ' ')
        return false;
    ++p;
    if (readNumber(p, end, 4, year) != 4)
        return false;
    return isValidDate(*year, *month, *day);
}

// The time after a date, to the end of the text: milliseconds since midnight UTC.
bool readTime(const char *&p, const char *end, qint64 *milliseconds)
{
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
    if (readNumber(p, end, 2, &hour) == 0 || p == end || *p != ':')
        return false;
    ++p;
    if (readNumber(p, end, 2, &minute) != 2)
        return false;
    if (p < end && *p == ':') {
        ++p;
        if (readNumber(p, end, 2, &second) != 2)
            return false;
        if (p < end && (*p == '.' || *p == ',')) {
            ++p;
            int digits = 0;
            while (p < end && isDigit(*p)) {
                if (digits < 3)
                    millis = millis * 10 + (*p - '0');
                ++digits;
                ++p;
            }
            if (digits == 0 || digits > 9)
                return false;
            for (int i = digits; i < 3; ++i)
                millis *= 10;
        }
    }
    if (p < end && *p == ' ')
        ++p;
    if (end - p >= 2 && toLower(p[1]) == 'm' && (toLower(p[0]) == 'a' || toLower(p[0]) == 'p')) {
        if (hour < 1 || hour > 12)
            return false;
        const bool pm = toLower(p[0]) == 'p';
        hour = hour % 12 + (pm ? 12 : 0);
        p += 2;
        if (p < end && *p == ' ')
            ++p;
    }
    if (hour > 23 || minute > 59 || second > 59)
        return false;
    qint64 offsetMinutes = 0;
    if (p < end && (*p == 'Z' || *p == 'z')) {
        ++p;
    } else if (p < end && (*p == '+' || *p == '-')) {
        const int sign = *p == '-' ? -1 : 1;
        ++p;
        int zoneHours = 0;
        int zoneMinutes = 0;
        // Exactly two digits each: "+0130" has no separator between hours and minutes.
        auto twoDigits = [&](int *out) {
            if (end - p < 2 || !isDigit(p[0]) || !isDigit(p[1]))
                return false;
            *out = (p[0] - '0') * 10 + (p[1] - '0');
            p += 2;
            return true;
        };
        if (!twoDigits(&zoneHours))
            return false;
        if (p < end && *p == ':')
            ++p;
        if (p < end && !twoDigits(&zoneMinutes))
            return false;
        if (zoneHours > 18 || zoneMinutes > 59)
            return false;
        offsetMinutes = sign * (zoneHours * 60 + zoneMinutes);
    }
    if (p != end)
        return false;
    *milliseconds = ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
    return true;
}

// Whether p[0..count) are all digits, without a branch per byte.
inline bool allDigits(const char *p, int count)
{
    bool digits = true;
    for (int i = 0; i < count; ++i)
        digits &= unsigned(p[i] - '0') <= 9;
    return digits;
}

inline int twoDigits(const char *p)
{
    return (p[0] - '0') * 10 + (p[1] - '0');
}

// The two shapes machines write, "2016-03-04" and "2016-03-04T05:06:07" (or with a space),
// read without the general scanner: most temporal columns hold nothing else. Gives the same
// answer as the general path for these shapes; nullopt for any other shape, which the general
// path then reads. value may be null: type inference needs only the kind.
std::optional<TemporalKind> parseIsoShape(QByteArrayView text, qint64 *value)
{
    const qsizetype size = text.size();
    if (size != 10 && size != 19)
        return std::nullopt;
    const char *p = text.data();
    if (p[4] != '-' || p[7] != '-' || !allDigits(p, 4) || !allDigits(p + 5, 2) || !allDigits(p + 8, 2))
        return std::nullopt;
    const int year = twoDigits(p) * 100 + twoDigits(p + 2);
    const int month = twoDigits(p + 5);
    const int day = twoDigits(p + 8);
    if (size == 10) {
        if (!isValidDate(year, month, day))
            return TemporalKind::None;
        if (value)
            *value = ValueParser::daysFromCivil(year, month, day);
        return TemporalKind::Date;
    }
    if ((p[10] != 'T' && p[10] != ' ') || p[13] != ':' || p[16] != ':' || !allDigits(p + 11, 2)
        || !allDigits(p + 14, 2) || !allDigits(p + 17, 2))
        return std::nullopt;
    const int hour = twoDigits(p + 11);
    const int minute = twoDigits(p + 14);
    const int second = twoDigits(p + 17);
    if (!isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return TemporalKind::None;
    if (value)
        *value = ValueParser::daysFromCivil(year, month, day) * 86400000 + ((hour * 60 + minute) * 60 + second) * 1000;
    return TemporalKind::DateTime;
}

} // namespace

ValueParser::ValueParser(ValueFormat format)
    : m_format(std::move(format))
{
    if (m_format.thousandsSeparator == m_format.decimalSeparator)
        m_format.thousandsSeparator = '\0';
    m_plainNumbers = m_format.decimalSeparator == '.' && m_format.thousandsSeparator == '\0';
    m_nullStart[static_cast<unsigned char>(' ')] = true;
    m_nullStart[static_cast<unsigned char>('\t')] = true;
    for (const QByteArray &token : m_format.nullTokens) {
        m_longestToken = std::max(m_longestToken, token.size());
        if (!token.isEmpty())
            m_nullStart[static_cast<unsigned char>(token.front())] = true;
    }
}

bool ValueParser::isNullToken(QByteArrayView text) const
{
    if (text.size() > m_longestToken && text.front() != ' ' && text.back() != ' ')
        return false;
    const QByteArrayView value = trimmed(text);
    if (value.isEmpty())
        return true;
    for (const QByteArray &token : m_format.nullTokens) {
        if (value == token)
            return true;
    }
    return false;
}

bool ValueParser::isNaN(QByteArrayView text) const
{
    if (!m_format.nanIsNull || text.size() < 3 || text.size() > 5)
        return false;
    const char first = text.front();
    if (first != 'n' && first != 'N' && first != ' ' && first != '\t')
        return false;
    return equalsIgnoringCase(trimmed(text), "nan");
}

std::optional<qint64> ValueParser::parseInteger(QByteArrayView text) const
{
    const QByteArrayView value = trimmed(text);
    char buffer[kMaxNumberChars];
    const char *begin = value.data();
    const char *end = begin + value.size();
    if (m_format.thousandsSeparator != '\0') {
        qsizetype length = 0;
        if (!normalizeNumber(value, m_format.decimalSeparator, m_format.thousandsSeparator, false, buffer, &length))
            return std::nullopt;
        begin = buffer;
        end = buffer + length;
    }
    const char *digits = (begin < end && *begin == '-') ? begin + 1 : begin;
    if (digits == end || !isDigit(*digits) || hasLeadingZero(digits, end))
        return std::nullopt;
    qint64 result = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, result);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return result;
}

namespace {

// The text without surrounding spaces or tabs; no work in the usual case, where there are none.
QByteArrayView withoutPadding(QByteArrayView text)
{
    const bool padded = !text.isEmpty()
        && (text.front() == ' ' || text.front() == '\t' || text.back() == ' ' || text.back() == '\t');
    return padded ? trimmed(text) : text;
}

// Where the run of digits starting at `p` ends.
const char *digitsEnd(const char *p, const char *end)
{
    while (p < end && isDigit(*p))
        ++p;
    return p;
}

} // namespace

bool ValueParser::isInteger(QByteArrayView text) const
{
    if (!m_plainNumbers)
        return parseInteger(text).has_value();
    const QByteArrayView value = withoutPadding(text);
    const char *const end = value.data() + value.size();
    const char *const digits = value.data() + (!value.isEmpty() && value.front() == '-' ? 1 : 0);
    const char *p = digitsEnd(digits, end);
    const qsizetype count = p - digits;
    if (p != end || count == 0 || (count > 1 && *digits == '0'))
        return false;
    if (count < 19)
        return true;  // below 10^18: always within 64 bits
    return count == 19 && parseInteger(value).has_value();
}

bool ValueParser::isReal(QByteArrayView text) const
{
    if (!m_plainNumbers)
        return parseReal(text).has_value();
    const QByteArrayView value = withoutPadding(text);
    const char *const end = value.data() + value.size();
    const char *const digits = value.data() + (!value.isEmpty() && value.front() == '-' ? 1 : 0);
    const char *p = digitsEnd(digits, end);
    const qsizetype integerDigits = p - digits;
    if (integerDigits > 1 && *digits == '0')
        return false;
    qsizetype fractionDigits = 0;
    if (p < end && *p == '.') {
        const char *const fraction = ++p;
        while (p < end && isDigit(*p))
            ++p;
        fractionDigits = p - fraction;
        if (fractionDigits == 0)
            return false;
    }
    if (integerDigits + fractionDigits == 0)
        return false;
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        const char *const exponent = p;
        while (p < end && isDigit(*p))
            ++p;
        if (p == exponent)
            return false;
        if (p != end)
            return false;
        // Only a big exponent or a very long number can leave the range of a double.
        if (p - exponent > 2 || integerDigits > 200)
            return parseReal(value).has_value();
        return true;
    }
    if (p != end)
        return false;
    if (fractionDigits == 0 && integerDigits >= 19)
        return parseReal(value).has_value();  // a long digit string may be an identifier
    return true;
}

std::optional<double> ValueParser::parseReal(QByteArrayView text) const
{
    const QByteArrayView value = trimmed(text);
    char buffer[kMaxNumberChars];
    const char *begin = value.data();
    const char *end = begin + value.size();
    if (m_format.thousandsSeparator != '\0' || m_format.decimalSeparator != '.') {
        qsizetype length = 0;
        if (!normalizeNumber(value, m_format.decimalSeparator, m_format.thousandsSeparator, true, buffer, &length))
            return std::nullopt;
        begin = buffer;
        end = buffer + length;
    }
    // from_chars also takes "inf", "nan" and "5."; the first character check keeps them out.
    const char *digits = (begin < end && *begin == '-') ? begin + 1 : begin;
    if (digits == end || !(isDigit(*digits) || *digits == '.') || hasLeadingZero(digits, end))
        return std::nullopt;
    if (end[-1] == '.' || (*digits == '.' && (digits + 1 == end || !isDigit(digits[1]))))
        return std::nullopt;
    // A plain digit string beyond 64 bits is an identifier (an account or card number): a
    // double would round it, so it is not a number at all.
    if (std::none_of(digits, end, [](char c) { return c == '.' || c == 'e' || c == 'E'; })) {
        qint64 integer = 0;
        const auto [ptr, ec] = std::from_chars(begin, end, integer);
        if (ec != std::errc() || ptr != end)
            return std::nullopt;
    }
    double result = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, result);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return result;
}

std::optional<bool> ValueParser::parseBoolean(QByteArrayView text)
{
    const QByteArrayView value = trimmed(text);
    switch (value.size()) {
    case 2:
        if (equalsIgnoringCase(value, "no"))
            return false;
        break;
    case 3:
        if (equalsIgnoringCase(value, "yes"))
            return true;
        break;
    case 4:
        if (equalsIgnoringCase(value, "true"))
            return true;
        break;
    case 5:
        if (equalsIgnoringCase(value, "false"))
            return false;
        break;
    default:
        break;
    }
    return std::nullopt;
}

qint64 ValueParser::daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

TemporalKind ValueParser::temporalKind(QByteArrayView text, DateOrder order)
{
    if (const std::optional<TemporalKind> iso = parseIsoShape(text, nullptr))
        return *iso;
    qint64 value = 0;
    return parseTemporal(text, order, &value);
}

TemporalKind ValueParser::parseTemporal(QByteArrayView text, DateOrder order, qint64 *value)
{
    if (const std::optional<TemporalKind> iso = parseIsoShape(text, value))
        return *iso;
    const QByteArrayView trimmedText = trimmed(text);
    if (trimmedText.size() < 8 || trimmedText.size() > 48)
        return TemporalKind::None;
    const char *p = trimmedText.data();
    const char *const end = p + trimmedText.size();
    int year = 0;
    int month = 0;
    int day = 0;
    if (!readDate(p, end, order, &year, &month, &day))
        return TemporalKind::None;
    const qint64 days = daysFromCivil(year, month, day);
    if (p == end) {
        *value = days;
        return TemporalKind::Date;
    }
    if (end - p < 2 || !(*p == 'T' || *p == ' ') || !isDigit(p[1]))
        return TemporalKind::None;
    ++p;
    qint64 milliseconds = 0;
    if (!readTime(p, end, &milliseconds))
        return TemporalKind::None;
    *value = days * 86400000 + milliseconds;
    return TemporalKind::DateTime;
}

} // namespace sluice
