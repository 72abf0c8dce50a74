#include "core/calc/columnprofile.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <string_view>

#include <QDateTime>
#include <QJsonArray>

#include "core/calc/countedvalues.h"
#include "core/calc/hashing.h"
#include "core/calc/histogram.h"

namespace sluice {

namespace {

constexpr qint64 kDoubleExactLimit = qint64(1) << 53;
// How many values ahead a key's cache lines are requested: enough to cover a miss to the
// second-level cache, few enough that they are still there when the key comes.
constexpr size_t kPrefetchDistance = 8;
constexpr qint64 kJulianDayOfEpoch = 2440588;  // 1970-01-01

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

qint64 codePoints(QByteArrayView utf8)
{
    // Continuation bytes are 10xxxxxx: counted eight at a time, as bit 7 set and bit 6 clear.
    constexpr quint64 kLowBits = 0x0101010101010101ull;
    qint64 continuation = 0;
    qsizetype i = 0;
    for (; i + 8 <= utf8.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, utf8.data() + i, 8);
        // One bit per continuation byte; the multiplication sums the eight bytes into the top one.
        continuation += qint64((((word >> 7) & ~(word >> 6) & kLowBits) * kLowBits) >> 56);
    }
    for (; i < utf8.size(); ++i)
        continuation += (quint8(utf8[i]) & 0xC0) == 0x80;
    return utf8.size() - continuation;
}

// The number a key of an Integer or Real column's dictionary stands for.
double numberOf(ColumnType type, QByteArrayView key)
{
    quint64 bits = 0;
    std::memcpy(&bits, key.data(), 8);
    return type == ColumnType::Real ? std::bit_cast<double>(bits) : double(qint64(bits));
}

std::string_view bytesOf(QByteArrayView utf8)
{
    return std::string_view(utf8.data(), size_t(utf8.size()));
}

QJsonObject exactFigure(const QJsonValue &value)
{
    return QJsonObject { { QStringLiteral("value"), value }, { QStringLiteral("exact"), true } };
}

} // namespace

ColumnProfile::ColumnProfile(QString name, ColumnType type, const ProfileOptions &options)
    : m_name(std::move(name))
    , m_type(type)
    , m_options(options)
    , m_dictionary(type == ColumnType::Text ? qMax(options.topValuesCapacity, options.groupTrackingCapacity)
                                            : options.topValuesCapacity)
    , m_untracked(options.topValuesCapacity)
    , m_quantiles(isNumeric(type) ? options.exactQuantileBudget : 0)
{
}

void ColumnProfile::add(const CellValue &cell)
{
    if (cell.isNull) {
        addNull();
        return;
    }
    switch (m_type) {
    case ColumnType::Integer:
        addInteger(cell.i);
        break;
    case ColumnType::Real:
        addReal(cell.d, cell.decimals);
        break;
    case ColumnType::Boolean:
        addBoolean(cell.i != 0);
        break;
    case ColumnType::Date:
    case ColumnType::DateTime:
        addTemporal(cell.i);
        break;
    case ColumnType::Text:
        addText(cell.text);
        break;
    }
}

void ColumnProfile::addText(QByteArrayView utf8)
{
    int id = ValueDictionary::kUntracked;
    addTexts(std::span<const QByteArrayView>(&utf8, 1), std::span<int>(&id, 1));
}

void ColumnProfile::prefetchKey(quint64 hash, bool lookUp) const
{
    m_distinct.prefetch(hash);
    if (!lookUp)
        return;
    if (!m_numbersUntracked)
        m_dictionary.prefetch(hash);
    if (m_numbersUntracked || m_dictionary.isFull())
        m_untracked.prefetch(hash);
}

template <typename T>
size_t ColumnProfile::addNumberKeys(std::span<const T> values, bool unseen)
{
    // Hashes first, then the lookups, each asking for the memory of one a few values ahead: the
    // tables are larger than the first-level cache and the lookups would otherwise wait in turn.
    const size_t n = values.size();
    m_hashes.resize(n);
    for (size_t i = 0; i < n; ++i)
        m_hashes[i] = hashInteger(std::bit_cast<quint64>(values[i]));
    // Unseen keys are in neither table: only the distinct counter's memory is fetched ahead.
    const bool lookUp = !unseen;
    size_t tracked = m_numbersUntracked ? 0 : n;
    for (size_t i = 0; i < n; ++i) {
        if (i + kPrefetchDistance < n)
            prefetchKey(m_hashes[i + kPrefetchDistance], lookUp);
        const quint64 hash = m_hashes[i];
        const auto bits = std::bit_cast<quint64>(values[i]);
        if (!m_numbersUntracked) {
            bool isNew = false;
            if (m_dictionary.addNumber(hash, bits, &isNew) != ValueDictionary::kUntracked) {
                if (isNew)
                    m_distinct.add(hash);
                continue;
            }
            untrackNumbers(unseen);
            tracked = i;
        }
        m_distinct.add(hash);
        if (unseen) {
            m_untracked.addUnseen(hash, bits);
        } else {
            char key[8];
            std::memcpy(key, &bits, 8);
            m_untracked.add(hash, QByteArrayView(key, 8));
        }
    }
    return tracked;
}

void ColumnProfile::untrackNumbers(bool unseen)
{
    // The table then holds what it would hold had it taken every key: the counts, exact so far.
    // Keys of a strictly ascending column stay unseen ones, so the table keeps deferring them.
    // The quantiles, so far read from the dictionary, get its values too.
    for (int id = 0; id < m_dictionary.size(); ++id) {
        if (isNumeric(m_type))
            m_quantiles.addCounted(numberOf(m_type, m_dictionary.key(id)), m_dictionary.count(id));
        if (unseen) {
            quint64 bits = 0;
            std::memcpy(&bits, m_dictionary.key(id).data(), 8);
            m_untracked.addUnseen(m_dictionary.hash(id), bits);
        } else {
            m_untracked.addCount(m_dictionary.hash(id), m_dictionary.key(id), m_dictionary.count(id));
        }
    }
    m_dictionary = ValueDictionary(m_dictionary.capacity());
    m_numbersUntracked = true;
}

void ColumnProfile::addIntegers(std::span<const qint64> values)
{
    if (values.empty())
        return;
    const size_t tracked = addOrdered(values);
    m_sum.addIntegers(values);
    m_scratch.resize(values.size());
    qint64 zeros = 0;
    qint64 negatives = 0;
    bool beyond = false;
    for (size_t i = 0; i < values.size(); ++i) {
        const qint64 value = values[i];
        m_scratch[i] = double(value);
        zeros += value == 0;
        negatives += value < 0;
        beyond = beyond || value > kDoubleExactLimit || value < -kDoubleExactLimit;
    }
    m_zeros += zeros;
    m_negatives += negatives;
    m_positives += qint64(values.size()) - zeros - negatives;
    m_beyondDoublePrecision = m_beyondDoublePrecision || beyond;
    m_moments.addMany(m_scratch);
    m_quantiles.addMany(std::span<const double>(m_scratch).subspan(tracked));
}

void ColumnProfile::addReals(std::span<const double> values, int maxDecimals)
{
    m_count += qint64(values.size());
    m_maxDecimals = qMax(m_maxDecimals, maxDecimals);
    m_scratch.clear();
    for (const double value : values) {
        if (std::isnan(value))
            ++m_nan;
        else
            m_scratch.push_back(value == 0.0 ? 0.0 : value);  // −0.0 and 0.0 are one value
    }
    if (m_scratch.empty())
        return;
    const std::span<const double> kept(m_scratch);
    double low = kept[0];
    double high = kept[0];
    qint64 zeros = 0;
    qint64 negatives = 0;
    qint64 infinite = 0;
    for (const double value : kept) {
        low = qMin(low, value);
        high = qMax(high, value);
        zeros += value == 0.0;
        negatives += value < 0.0;
        infinite += !std::isfinite(value);
    }
    m_minReal = m_hasValue ? qMin(m_minReal, low) : low;
    m_maxReal = m_hasValue ? qMax(m_maxReal, high) : high;
    m_hasValue = true;
    m_zeros += zeros;
    m_negatives += negatives;
    m_positives += qint64(kept.size()) - zeros - negatives;
    m_realOrder.addMany(kept);
    const size_t tracked = addNumberKeys(kept, m_realOrder.isStrictlyAscending());
    m_quantiles.addMany(kept.subspan(tracked));

    // The sum and moments take finite values only.
    if (infinite > 0) {
        m_infinities += infinite;
        m_scratch.erase(std::remove_if(m_scratch.begin(), m_scratch.end(), [](double v) { return !std::isfinite(v); }),
                        m_scratch.end());
        if (m_scratch.empty())
            return;
    }
    const std::span<const double> finite(m_scratch);
    const auto [minFinite, maxFinite] = std::minmax_element(finite.begin(), finite.end());
    m_minFinite = m_hasFinite ? qMin(m_minFinite, *minFinite) : *minFinite;
    m_maxFinite = m_hasFinite ? qMax(m_maxFinite, *maxFinite) : *maxFinite;
    m_hasFinite = true;
    m_sum.addReals(finite);
    m_moments.addMany(finite);
}

void ColumnProfile::addBooleans(qint64 trues, qint64 falses)
{
    m_count += trues + falses;
    m_trues += trues;
    m_falses += falses;
}

void ColumnProfile::addTemporals(std::span<const qint64> values)
{
    if (!values.empty())
        addOrdered(values);
}

size_t ColumnProfile::addOrdered(std::span<const qint64> values)
{
    m_count += qint64(values.size());
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    m_minInteger = m_hasValue ? qMin(m_minInteger, *low) : *low;
    m_maxInteger = m_hasValue ? qMax(m_maxInteger, *high) : *high;
    m_hasValue = true;
    m_integerOrder.addMany(values);
    return addNumberKeys(values, m_integerOrder.isStrictlyAscending());
}

void ColumnProfile::addTexts(std::span<const QByteArrayView> values, std::span<int> ids)
{
    Q_ASSERT(ids.size() == values.size());
    const size_t n = values.size();
    m_count += qint64(n);
    m_hashes.resize(n);
    for (size_t i = 0; i < n; ++i)
        m_hashes[i] = hashBytes(values[i].data(), values[i].size());
    for (size_t i = 0; i < n; ++i) {
        if (i + kPrefetchDistance < n)
            prefetchKey(m_hashes[i + kPrefetchDistance], true);
        const QByteArrayView utf8 = values[i];
        const quint64 hash = m_hashes[i];
        bool isNew = false;
        const int id = m_dictionary.addText(hash, utf8, &isNew);
        ids[i] = id;
        if (isNew) {
            m_distinct.add(hash);
            m_lengths.push_back(codePoints(utf8));
        } else if (id == ValueDictionary::kUntracked) {
            m_distinct.add(hash);
            m_untracked.add(hash, utf8);
            noteUntrackedText(utf8, 1, codePoints(utf8));
        }
    }
}

void ColumnProfile::noteUntrackedText(QByteArrayView utf8, qint64 count, qint64 length)
{
    if (!m_hasUntrackedText) {
        m_minText.assign(utf8.data(), size_t(utf8.size()));
        m_maxText = m_minText;
        m_minLength = m_maxLength = length;
        m_hasUntrackedText = true;
    } else {
        if (bytesOf(utf8) < m_minText)
            m_minText.assign(utf8.data(), size_t(utf8.size()));
        else if (bytesOf(utf8) > m_maxText)
            m_maxText.assign(utf8.data(), size_t(utf8.size()));
        m_minLength = qMin(m_minLength, length);
        m_maxLength = qMax(m_maxLength, length);
    }
    m_untrackedLength += count * length;
}

std::vector<int> ColumnProfile::merge(const ColumnProfile &next)
{
    Q_ASSERT(m_type == next.m_type && this != &next);
    m_count += next.m_count;
    m_nulls += next.m_nulls;
    m_distinct.merge(next.m_distinct);
    m_trues += next.m_trues;
    m_falses += next.m_falses;
    m_nan += next.m_nan;
    m_infinities += next.m_infinities;
    m_maxDecimals = qMax(m_maxDecimals, next.m_maxDecimals);
    m_moments.merge(next.m_moments);
    m_sum.merge(next.m_sum);
    m_quantiles.merge(next.m_quantiles);
    m_zeros += next.m_zeros;
    m_negatives += next.m_negatives;
    m_positives += next.m_positives;
    m_beyondDoublePrecision = m_beyondDoublePrecision || next.m_beyondDoublePrecision;
    m_integerOrder.merge(next.m_integerOrder);
    m_realOrder.merge(next.m_realOrder);
    if (next.m_hasFinite) {
        m_minFinite = m_hasFinite ? qMin(m_minFinite, next.m_minFinite) : next.m_minFinite;
        m_maxFinite = m_hasFinite ? qMax(m_maxFinite, next.m_maxFinite) : next.m_maxFinite;
        m_hasFinite = true;
    }
    if (next.m_hasValue) {
        m_minInteger = m_hasValue ? qMin(m_minInteger, next.m_minInteger) : next.m_minInteger;
        m_maxInteger = m_hasValue ? qMax(m_maxInteger, next.m_maxInteger) : next.m_maxInteger;
        m_minReal = m_hasValue ? qMin(m_minReal, next.m_minReal) : next.m_minReal;
        m_maxReal = m_hasValue ? qMax(m_maxReal, next.m_maxReal) : next.m_maxReal;
        m_hasValue = true;
    }
    if (next.m_hasUntrackedText) {
        // Next's extremes as two values of no weight: they carry its min and max text and length.
        noteUntrackedText(QByteArrayView(next.m_minText.data(), qsizetype(next.m_minText.size())), 0,
                          next.m_minLength);
        noteUntrackedText(QByteArrayView(next.m_maxText.data(), qsizetype(next.m_maxText.size())), 0,
                          next.m_maxLength);
        m_untrackedLength += next.m_untrackedLength;
    }

    // Values of `next` that find no room here join the untracked ones, with their counts.
    const bool text = m_type == ColumnType::Text;
    const ValueDictionary &theirs = next.m_dictionary;
    if (!text && next.m_numbersUntracked && !m_numbersUntracked)
        untrackNumbers(false);
    const std::vector<int> ids = m_numbersUntracked
        ? std::vector<int>(size_t(theirs.size()), ValueDictionary::kUntracked)
        : m_dictionary.merge(theirs);
    // A number that finds the dictionary full ends it, as in addNumberKeys().
    if (!text && !m_numbersUntracked && std::find(ids.begin(), ids.end(), ValueDictionary::kUntracked) != ids.end())
        untrackNumbers(false);
    for (int id = 0; id < theirs.size(); ++id) {
        if (ids[size_t(id)] == ValueDictionary::kUntracked) {
            m_untracked.addCount(theirs.hash(id), theirs.key(id), theirs.count(id));
            if (text)
                noteUntrackedText(theirs.key(id), theirs.count(id), next.m_lengths[size_t(id)]);
            else if (isNumeric(m_type))
                m_quantiles.addCounted(numberOf(m_type, theirs.key(id)), theirs.count(id));
        } else if (text && ids[size_t(id)] == int(m_lengths.size())) {
            m_lengths.push_back(next.m_lengths[size_t(id)]);
        }
    }
    m_untracked.merge(next.m_untracked);
    return ids;
}

TopValues ColumnProfile::topValues() const
{
    TopValues top(m_options.topValuesCapacity);
    for (int id = 0; id < m_dictionary.size(); ++id)
        top.addCount(m_dictionary.hash(id), m_dictionary.key(id), m_dictionary.count(id));
    top.merge(m_untracked);  // cuts the union to capacity, as a merge of two tables would
    return top;
}

QJsonValue ColumnProfile::integerOrTemporalToJson(qint64 value) const
{
    switch (m_type) {
    case ColumnType::Date:
        return QDate::fromJulianDay(value + kJulianDayOfEpoch).toString(Qt::ISODate);
    case ColumnType::DateTime:
        return QDateTime::fromMSecsSinceEpoch(value, Qt::UTC).toString(Qt::ISODateWithMs);
    default:
        return QJsonValue(value);
    }
}

QJsonValue ColumnProfile::keyToJson(const QByteArray &key) const
{
    if (m_type == ColumnType::Text)
        return QString::fromUtf8(key);
    quint64 bits = 0;
    std::memcpy(&bits, key.constData(), qMin<size_t>(8, size_t(key.size())));
    if (m_type == ColumnType::Real)
        return number(std::bit_cast<double>(bits));
    return integerOrTemporalToJson(qint64(bits));
}

QJsonObject ColumnProfile::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("name"), m_name);
    json.insert(QStringLiteral("type"), columnTypeName(m_type));
    json.insert(QStringLiteral("count"), m_count);
    json.insert(QStringLiteral("nulls"), m_nulls);
    const qint64 values = m_count - m_nulls;
    json.insert(QStringLiteral("values"), values);

    if (m_type == ColumnType::Boolean) {
        json.insert(QStringLiteral("trueCount"), m_trues);
        json.insert(QStringLiteral("falseCount"), m_falses);
        json.insert(QStringLiteral("distinct"), exactFigure(qint64(m_trues > 0) + qint64(m_falses > 0)));
        QJsonArray top;
        const auto entry = [](bool value, qint64 count) {
            return QJsonObject { { QStringLiteral("value"), value }, { QStringLiteral("count"), count } };
        };
        if (m_trues >= m_falses) {
            if (m_trues > 0)
                top.append(entry(true, m_trues));
            if (m_falses > 0)
                top.append(entry(false, m_falses));
        } else {
            top.append(entry(false, m_falses));
            if (m_trues > 0)
                top.append(entry(true, m_trues));
        }
        json.insert(QStringLiteral("topValues"),
                    QJsonObject { { QStringLiteral("exact"), true }, { QStringLiteral("maxUnderestimate"), 0 },
                                  { QStringLiteral("values"), top } });
        json.insert(QStringLiteral("min"), values > 0 ? QJsonValue(m_falses == 0) : QJsonValue());
        json.insert(QStringLiteral("max"), values > 0 ? QJsonValue(m_trues > 0) : QJsonValue());
        return json;
    }

    if (m_distinct.isExact()) {
        json.insert(QStringLiteral("distinct"), exactFigure(m_distinct.count()));
    } else {
        json.insert(QStringLiteral("distinct"),
                    QJsonObject { { QStringLiteral("value"), m_distinct.count() }, { QStringLiteral("exact"), false },
                                  { QStringLiteral("relativeError"), DistinctCounter::kRelativeError99 },
                                  { QStringLiteral("confidence"), 0.99 },
                                  { QStringLiteral("standardError"), DistinctCounter::kStandardError } });
    }

    const TopValues topValues = this->topValues();
    QJsonArray top;
    for (const TopValues::Entry &entry : topValues.top(m_options.reportedTopValues)) {
        top.append(QJsonObject { { QStringLiteral("value"), keyToJson(entry.key) },
                                 { QStringLiteral("count"), entry.count } });
    }
    json.insert(QStringLiteral("topValues"),
                QJsonObject { { QStringLiteral("exact"), topValues.isExact() },
                              { QStringLiteral("maxUnderestimate"), topValues.maxUnderestimate() },
                              { QStringLiteral("values"), top } });

    switch (m_type) {
    case ColumnType::Integer:
    case ColumnType::Date:
    case ColumnType::DateTime:
        json.insert(QStringLiteral("min"), m_hasValue ? integerOrTemporalToJson(m_minInteger) : QJsonValue());
        json.insert(QStringLiteral("max"), m_hasValue ? integerOrTemporalToJson(m_maxInteger) : QJsonValue());
        json.insert(QStringLiteral("sortOrder"), m_integerOrder.name());
        break;
    case ColumnType::Real:
        json.insert(QStringLiteral("min"), m_hasValue ? number(m_minReal) : QJsonValue());
        json.insert(QStringLiteral("max"), m_hasValue ? number(m_maxReal) : QJsonValue());
        json.insert(QStringLiteral("sortOrder"), m_realOrder.name());
        json.insert(QStringLiteral("nan"), m_nan);
        json.insert(QStringLiteral("infinities"), m_infinities);
        json.insert(QStringLiteral("maxDecimals"), m_maxDecimals);
        break;
    case ColumnType::Text:
        textJson(json);
        break;
    case ColumnType::Boolean:
        break;
    }
    if (isNumeric(m_type))
        numericJson(json);
    return json;
}

void ColumnProfile::textJson(QJsonObject &json) const
{
    // The dictionary's values were not compared on the way in: their extremes are found here.
    bool any = m_hasUntrackedText;
    std::string_view minText = m_minText;
    std::string_view maxText = m_maxText;
    qint64 minLength = m_minLength;
    qint64 maxLength = m_maxLength;
    qint64 totalLength = m_untrackedLength;
    for (int id = 0; id < m_dictionary.size(); ++id) {
        const std::string_view key = bytesOf(m_dictionary.key(id));
        const qint64 length = m_lengths[size_t(id)];
        minText = any ? qMin(minText, key) : key;
        maxText = any ? qMax(maxText, key) : key;
        minLength = any ? qMin(minLength, length) : length;
        maxLength = any ? qMax(maxLength, length) : length;
        totalLength += length * m_dictionary.count(id);
        any = true;
    }
    const auto text = [](std::string_view utf8) { return QString::fromUtf8(utf8.data(), qsizetype(utf8.size())); };
    json.insert(QStringLiteral("min"), any ? QJsonValue(text(minText)) : QJsonValue());
    json.insert(QStringLiteral("max"), any ? QJsonValue(text(maxText)) : QJsonValue());
    const qint64 values = m_count - m_nulls;
    json.insert(QStringLiteral("length"),
                QJsonObject { { QStringLiteral("unit"), QStringLiteral("codePoints") },
                              { QStringLiteral("min"), any ? QJsonValue(minLength) : QJsonValue() },
                              { QStringLiteral("max"), any ? QJsonValue(maxLength) : QJsonValue() },
                              { QStringLiteral("mean"),
                                values > 0 ? number(double(totalLength) / double(values)) : QJsonValue() } });
}

void ColumnProfile::numericJson(QJsonObject &json) const
{
    json.insert(QStringLiteral("zeros"), m_zeros);
    json.insert(QStringLiteral("negatives"), m_negatives);
    json.insert(QStringLiteral("positives"), m_positives);

    if (m_type == ColumnType::Integer) {
        if (m_sum.integerFitsInt64()) {
            json.insert(QStringLiteral("sum"), qint64(m_sum.integer()));
        } else {
            // Beyond int64 the JSON number is rounded; the exact digits come along as text.
            json.insert(QStringLiteral("sum"),
                        QJsonObject { { QStringLiteral("value"), double(m_sum.integer()) },
                                      { QStringLiteral("exact"), false },
                                      { QStringLiteral("relativeError"), std::numeric_limits<double>::epsilon() },
                                      { QStringLiteral("decimal"), m_sum.integerDecimal() } });
        }
    } else {
        json.insert(QStringLiteral("sum"), m_moments.count() > 0 ? number(m_sum.real()) : QJsonValue(0.0));
    }

    const bool overflowed = m_moments.isOverflowed();
    const bool sumFinite = m_type == ColumnType::Integer || std::isfinite(m_sum.real());
    json.insert(QStringLiteral("overflow"), overflowed || !sumFinite);
    const qint64 n = m_moments.count();
    // The running mean survives values whose squares overflow; the sum may not.
    double mean = m_moments.mean();
    if (!std::isfinite(mean) && n > 0)
        mean = m_type == ColumnType::Integer ? double(m_sum.integer()) / double(n) : m_sum.real() / double(n);
    json.insert(QStringLiteral("mean"), n > 0 ? number(mean) : QJsonValue());
    const auto guarded = [&](double value) { return overflowed ? QJsonValue() : number(value); };
    json.insert(QStringLiteral("variance"), guarded(m_moments.sampleVariance()));
    json.insert(QStringLiteral("populationVariance"), guarded(m_moments.populationVariance()));
    json.insert(QStringLiteral("stddev"), guarded(m_moments.sampleStdDev()));
    json.insert(QStringLiteral("standardError"), guarded(m_moments.standardErrorOfMean()));
    json.insert(QStringLiteral("coefficientOfVariation"), guarded(m_moments.coefficientOfVariation()));
    json.insert(QStringLiteral("skewness"), guarded(m_moments.skewness()));
    json.insert(QStringLiteral("kurtosis"), guarded(m_moments.excessKurtosis()));

    if (m_numbersUntracked) {
        quantileJson(json, m_quantiles);
        return;
    }
    // Every value is in the dictionary with its count: the figures are exact at any size.
    std::vector<std::pair<double, qint64>> counted;
    counted.reserve(size_t(m_dictionary.size()));
    for (int id = 0; id < m_dictionary.size(); ++id)
        counted.emplace_back(numberOf(m_type, m_dictionary.key(id)), m_dictionary.count(id));
    quantileJson(json, CountedValues(std::move(counted)));
}

template <typename Quantiles>
void ColumnProfile::quantileJson(QJsonObject &json, const Quantiles &values) const
{
    const bool quantilesExact = values.isExact() && !m_beyondDoublePrecision;
    QJsonObject quantiles { { QStringLiteral("exact"), quantilesExact },
                            { QStringLiteral("rankError"), values.isExact() ? 0.0 : QuantileSketch::kRankError },
                            { QStringLiteral("method"),
                              values.isExact() ? QStringLiteral("linear") : QStringLiteral("kll") } };
    if (m_beyondDoublePrecision)
        quantiles.insert(QStringLiteral("note"), QStringLiteral("integers beyond 2^53 are rounded to doubles"));
    static constexpr std::pair<const char16_t *, double> kQuantiles[] = { { u"p1", 0.01 },  { u"p5", 0.05 },
                                                                          { u"p25", 0.25 }, { u"p50", 0.5 },
                                                                          { u"p75", 0.75 }, { u"p95", 0.95 },
                                                                          { u"p99", 0.99 } };
    const bool any = values.count() > 0;
    for (const auto &[key, q] : kQuantiles)
        quantiles.insert(QString::fromUtf16(key), any ? number(values.quantile(q)) : QJsonValue());
    quantiles.insert(QStringLiteral("iqr"), any ? number(values.quantile(0.75) - values.quantile(0.25)) : QJsonValue());
    json.insert(QStringLiteral("quantiles"), quantiles);

    QJsonObject mad { { QStringLiteral("value"), any ? number(values.medianAbsoluteDeviation()) : QJsonValue() },
                      { QStringLiteral("exact"), quantilesExact } };
    if (!values.isExact())
        mad.insert(QStringLiteral("method"), QStringLiteral("sketch"));  // approximate, no strict bound
    json.insert(QStringLiteral("mad"), mad);

    const double low = m_type == ColumnType::Integer ? double(m_minInteger) : m_minFinite;
    const double high = m_type == ColumnType::Integer ? double(m_maxInteger) : m_maxFinite;
    const bool haveRange = m_type == ColumnType::Integer ? m_hasValue : m_hasFinite;
    QJsonArray bins;
    if (haveRange) {
        const Histogram histogram = Histogram::build(values, low, high, m_type == ColumnType::Integer,
                                                     m_options.histogramBins);
        for (const Histogram::Bin &bin : histogram.bins()) {
            bins.append(QJsonObject { { QStringLiteral("lower"), bin.lower }, { QStringLiteral("upper"), bin.upper },
                                      { QStringLiteral("count"), bin.count } });
        }
    }
    const double countError = quantilesExact ? 0.0 : 2.0 * QuantileSketch::kRankError * double(values.count());
    json.insert(QStringLiteral("histogram"),
                QJsonObject { { QStringLiteral("exact"), quantilesExact },
                              { QStringLiteral("countError"), std::ceil(countError) },
                              { QStringLiteral("bins"), bins } });
}

} // namespace sluice
