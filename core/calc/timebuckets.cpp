#include "core/calc/timebuckets.h"

#include <algorithm>
#include <numeric>

#include <QDate>
#include <QJsonArray>

#include "core/calc/hashing.h"
#include "core/storage/temporaltext.h"

namespace sluice {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;
constexpr qint64 kJulianDayOfEpoch = 2440588;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian), exact for any int64 day.
struct Civil
{
    qint64 year;
    int month;
    int day;
};

Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return Civil { yoe + era * 400 + (m <= 2), m, d };
}

QString isoDay(qint64 day)
{
    char text[kMaxTemporalText];
    return QString::fromLatin1(text, formatIsoDate(day, text));  // a snapshot names thousands of days
}

QString isoWeekName(qint64 monday)
{
    // The ISO week-numbering year is the year of the week's Thursday.
    const qint64 thursday = monday + 3;
    const Civil c = civilFromDays(thursday);
    const QDate date = QDate::fromJulianDay(thursday + kJulianDayOfEpoch);
    const int week = (date.dayOfYear() - 1) / 7 + 1;
    return QStringLiteral("%1-W%2").arg(c.year).arg(week, 2, 10, QLatin1Char('0'));
}

QString monthName(qint64 first)
{
    const Civil c = civilFromDays(first);
    return QStringLiteral("%1-%2").arg(c.year).arg(c.month, 2, 10, QLatin1Char('0'));
}

} // namespace

TimeBuckets::TimeBuckets(QString column, ColumnType type, QStringList numericColumns, const ProfileOptions &options)
    : m_column(std::move(column))
    , m_type(type)
    , m_numericColumns(std::move(numericColumns))
    , m_width(int(m_numericColumns.size()))
    , m_maxBuckets(qMax(options.maxTimeBuckets, 1))
{
    Q_ASSERT(isTemporal(type));
}

qint64 TimeBuckets::dayOf(ColumnType type, qint64 value)
{
    return type == ColumnType::DateTime ? floorDiv(value, kMsPerDay) : value;
}

qint64 TimeBuckets::weekStart(qint64 day)
{
    // 1970-01-01 was a Thursday, so Monday-based weekday = (day + 3) mod 7.
    return day - (((day + 3) % 7) + 7) % 7;
}

qint64 TimeBuckets::monthStart(qint64 day)
{
    return day - (civilFromDays(day).day - 1);
}

int TimeBuckets::bucketFor(Table &table, qint64 key)
{
    const quint64 hash = hashInteger(quint64(key));
    const int found = table.index.find(hash, [&](int i) { return table.keys[i] == key; });
    if (found >= 0)
        return found;
    if (int(table.keys.size()) >= m_maxBuckets)
        return -1;
    const int bucket = int(table.keys.size());
    table.keys.push_back(key);
    table.rows.push_back(0);
    table.values.resize(table.values.size() + size_t(m_width));
    table.index.insert(hash, bucket);
    return bucket;
}

int TimeBuckets::dayBucketFor(qint64 day)
{
    Table &days = m_tables[0];
    const qsizetype before = qsizetype(days.keys.size());
    const int bucket = bucketFor(days, day);
    if (qsizetype(days.keys.size()) != before) {
        // Registered now, as a row-by-row update would: the keys keep their order of arrival.
        m_weekOfDay.push_back(bucketFor(m_tables[1], weekStart(day)));
        m_monthOfDay.push_back(bucketFor(m_tables[2], monthStart(day)));
    }
    return bucket;
}

void TimeBuckets::addTo(Table &table, int bucket, qint64 rows, const NumericAggregate *values, int width)
{
    if (bucket < 0) {
        table.outsideRows += rows;
        return;
    }
    table.rows[bucket] += rows;
    NumericAggregate *aggregates = table.values.data() + qsizetype(bucket) * width;
    for (int c = 0; c < width; ++c)
        aggregates[c].merge(values[c]);
}

int TimeBuckets::denseBucketFor(qint64 day)
{
    const int bucket = dayBucketFor(day);
    if (bucket >= 0 && coverDay(day))
        m_denseBuckets[size_t(day - m_denseFirst)] = bucket;
    return bucket;
}

bool TimeBuckets::coverDay(qint64 day)
{
    if (m_denseBuckets.empty()) {
        m_denseFirst = day;
        m_denseBuckets.assign(1, -1);
        return true;
    }
    const qint64 last = m_denseFirst + qint64(m_denseBuckets.size()) - 1;
    if (day >= m_denseFirst && day <= last)
        return true;
    const qint64 first = qMin(day, m_denseFirst);
    const qint64 span = qMax(day, last) - first + 1;
    if (span > kDenseDays || span <= 0)
        return false;
    // Grow by at least half again, so a range that widens day by day is copied rarely.
    const qint64 grown = qMin(kDenseDays, qMax(span, qint64(m_denseBuckets.size()) * 3 / 2));
    const qint64 newFirst = day < m_denseFirst ? last - grown + 1 : m_denseFirst;
    std::vector<int> buckets(size_t(grown), -1);
    std::copy(m_denseBuckets.begin(), m_denseBuckets.end(), buckets.begin() + (m_denseFirst - newFirst));
    m_denseBuckets.swap(buckets);
    m_denseFirst = newFirst;
    return true;
}

void TimeBuckets::add(qint64 value, std::span<const NumericCell> numerics)
{
    const int row = 0;
    addBlock(std::span<const qint64>(&value, 1), std::span<const int>(&row, 1), numerics);
}

void TimeBuckets::addBlock(std::span<const qint64> values, std::span<const int> rows,
                           std::span<const NumericCell> numerics)
{
    Q_ASSERT(values.size() == rows.size());
    // The buckets first (which may create some), then the sums, each asking for the bucket of a
    // row a few ahead: rows come in any order of days and the buckets do not fit the first cache.
    m_blockBuckets.resize(values.size());
    for (size_t j = 0; j < values.size(); ++j)
        m_blockBuckets[j] = dayBucket(dayOf(m_type, values[j]));
    Table &days = m_tables[0];
    constexpr size_t kAhead = 8;
    for (size_t j = 0; j < values.size(); ++j) {
        if (j + kAhead < values.size() && m_blockBuckets[j + kAhead] >= 0) {
            const int ahead = m_blockBuckets[j + kAhead];
            __builtin_prefetch(&days.rows[size_t(ahead)]);
            NumericAggregate::prefetch(days.values.data() + qsizetype(ahead) * m_width, m_width);
        }
        const NumericCell *cells = numerics.data() + qsizetype(rows[j]) * m_width;
        const int bucket = m_blockBuckets[j];
        if (bucket < 0) {
            addOutside(dayOf(m_type, values[j]), cells);
            continue;
        }
        ++days.rows[size_t(bucket)];
        NumericAggregate *aggregates = days.values.data() + qsizetype(bucket) * m_width;
        for (int c = 0; c < m_width; ++c)
            aggregates[c].add(cells[c]);
    }
}

void TimeBuckets::addOutside(qint64 day, const NumericCell *numerics)
{
    ++m_tables[0].outsideRows;
    for (int g = 1; g < kGranularities; ++g) {
        Table &table = m_tables[g];
        const int bucket = bucketFor(table, g == 1 ? weekStart(day) : monthStart(day));
        if (bucket < 0) {
            ++table.outsideRows;
            continue;
        }
        ++table.rows[size_t(bucket)];
        NumericAggregate *aggregates = table.values.data() + qsizetype(bucket) * m_width;
        for (int c = 0; c < m_width; ++c)
            aggregates[c].add(numerics[c]);
    }
}

void TimeBuckets::merge(const TimeBuckets &other)
{
    Q_ASSERT(this != &other && m_width == other.m_width);
    m_nullRows += other.m_nullRows;
    const Table &theirDays = other.m_tables[0];
    m_tables[0].outsideRows += theirDays.outsideRows;
    for (size_t i = 0; i < theirDays.keys.size(); ++i) {
        const qint64 day = theirDays.keys[i];
        const NumericAggregate *values = theirDays.values.data() + i * size_t(m_width);
        const int bucket = dayBucketFor(day);
        addTo(m_tables[0], bucket, theirDays.rows[i], values, m_width);
        if (bucket < 0) {
            // No day bucket here to roll up from: the rows go to the week and month directly.
            addTo(m_tables[1], bucketFor(m_tables[1], weekStart(day)), theirDays.rows[i], values, m_width);
            addTo(m_tables[2], bucketFor(m_tables[2], monthStart(day)), theirDays.rows[i], values, m_width);
        }
    }
    for (int g = 1; g < kGranularities; ++g) {
        Table &table = m_tables[g];
        const Table &theirs = other.m_tables[g];
        table.outsideRows += theirs.outsideRows;
        for (size_t i = 0; i < theirs.keys.size(); ++i) {
            const int bucket = bucketFor(table, theirs.keys[i]);
            addTo(table, bucket, theirs.rows[i], theirs.values.data() + i * size_t(m_width), m_width);
        }
    }
}

TimeBuckets::Table TimeBuckets::rolledUp(Granularity granularity) const
{
    Table table;
    const Table &direct = m_tables[int(granularity)];
    table.keys = direct.keys;
    table.rows = direct.rows;
    table.values = direct.values;
    table.outsideRows = direct.outsideRows;
    if (granularity == Granularity::Day)
        return table;
    const std::vector<int> &parent = granularity == Granularity::Week ? m_weekOfDay : m_monthOfDay;
    const Table &days = m_tables[0];
    for (size_t d = 0; d < days.keys.size(); ++d)
        addTo(table, parent[d], days.rows[d], days.values.data() + d * size_t(m_width), m_width);
    return table;
}

QList<TimeBuckets::Bucket> TimeBuckets::buckets(Granularity granularity) const
{
    const Table table = rolledUp(granularity);
    std::vector<int> order(table.keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return table.keys[a] < table.keys[b]; });
    QList<Bucket> result;
    result.reserve(qsizetype(order.size()));
    for (const int i : order) {
        const auto first = table.values.begin() + qsizetype(i) * m_width;
        result.append(Bucket { table.keys[i], table.rows[i], std::vector<NumericAggregate>(first, first + m_width) });
    }
    return result;
}

qint64 TimeBuckets::outsideRows(Granularity granularity) const
{
    qint64 rows = m_tables[int(granularity)].outsideRows;
    if (granularity == Granularity::Day)
        return rows;
    // Days whose week or month found no room are outside it too.
    const std::vector<int> &parent = granularity == Granularity::Week ? m_weekOfDay : m_monthOfDay;
    for (size_t d = 0; d < parent.size(); ++d)
        rows += parent[d] < 0 ? m_tables[0].rows[d] : 0;
    return rows;
}

QJsonObject TimeBuckets::toJson() const
{
    QJsonObject json { { QStringLiteral("column"), m_column },
                       { QStringLiteral("timeZone"), QStringLiteral("UTC") },
                       { QStringLiteral("exact"), true },
                       { QStringLiteral("nullRows"), m_nullRows },
                       { QStringLiteral("numericColumns"), QJsonArray::fromStringList(m_numericColumns) } };
    static constexpr std::pair<Granularity, const char16_t *> kNames[] = {
        { Granularity::Day, u"day" }, { Granularity::Week, u"week" }, { Granularity::Month, u"month" }
    };
    for (const auto &[granularity, name] : kNames) {
        QJsonArray list;
        for (const Bucket &bucket : buckets(granularity)) {
            QJsonObject item { { QStringLiteral("start"), isoDay(bucket.startDay) },
                               { QStringLiteral("rows"), bucket.rows } };
            if (granularity == Granularity::Week)
                item.insert(QStringLiteral("isoWeek"), isoWeekName(bucket.startDay));
            else if (granularity == Granularity::Month)
                item.insert(QStringLiteral("month"), monthName(bucket.startDay));
            QJsonArray values;
            for (const NumericAggregate &aggregate : bucket.values)
                values.append(aggregate.toJson());
            item.insert(QStringLiteral("values"), values);
            list.append(item);
        }
        QJsonObject level { { QStringLiteral("buckets"), list },
                            { QStringLiteral("outsideRows"), outsideRows(granularity) },
                            { QStringLiteral("truncated"), outsideRows(granularity) > 0 } };
        json.insert(QString::fromUtf16(name), level);
    }
    return json;
}

} // namespace sluice
