#include "core/storage/temporaltext.h"

#include <cstdio>

namespace sluice {

namespace {

struct Civil
{
    qint64 year;
    int month;
    int day;
};

// Howard Hinnant's civil_from_days: proleptic Gregorian, exact for any day count.
Civil civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    return Civil { yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

void twoDigits(char *out, int value)
{
    out[0] = char('0' + value / 10);
    out[1] = char('0' + value % 10);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

int formatIsoDate(qint64 days, char *out)
{
    const Civil civil = civilFromDays(days);
    if (civil.year < 0 || civil.year > 9999)  // outside ISO's four digits: rare, so no hurry
        return std::snprintf(out, kMaxTemporalText, "%lld-%02d-%02d", static_cast<long long>(civil.year), civil.month,
                             civil.day);
    const int year = int(civil.year);
    twoDigits(out, year / 100);
    twoDigits(out + 2, year % 100);
    out[4] = '-';
    twoDigits(out + 5, civil.month);
    out[7] = '-';
    twoDigits(out + 8, civil.day);
    return 10;
}

int formatIsoDateTime(qint64 msSinceEpoch, char *out)
{
    const qint64 days = floorDiv(msSinceEpoch, 86400000);
    const qint64 msOfDay = msSinceEpoch - days * 86400000;
    int length = formatIsoDate(days, out);
    const int seconds = int(msOfDay / 1000);
    out[length++] = 'T';
    twoDigits(out + length, seconds / 3600);
    out[length + 2] = ':';
    twoDigits(out + length + 3, seconds / 60 % 60);
    out[length + 5] = ':';
    twoDigits(out + length + 6, seconds % 60);
    length += 8;
    if (const int ms = int(msOfDay % 1000); ms != 0) {
        out[length++] = '.';
        out[length++] = char('0' + ms / 100);
        twoDigits(out + length, ms % 100);
        length += 2;
    }
    return length;
}

} // namespace sluice
