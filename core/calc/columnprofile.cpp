#include "core/calc/columnprofile.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#include <QDateTime>
#include <QJsonArray>

#include "core/calc/hashing.h"
#include "core/calc/histogram.h"

namespace sluice {

namespace {

constexpr qint64 kDoubleExactLimit = qint64(1) << 53;
constexpr qint64 kJulianDayOfEpoch = 2440588;  // 1970-01-01

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

qint64 codePoints(QByteArrayView utf8)
{
    qint64 continuation = 0;
    for (const char c : utf8)
        continuation += (quint8(c) & 0xC0) == 0x80;
    return utf8.size() - continuation;
}

int compareBytes(QByteArrayView a, const std::string &b)
{
    const size_t common = qMin(size_t(a.size()), b.size());
    const int c = common ? std::memcmp(a.data(), b.data(), common) : 0;
    if (c != 0)
        return c;
    return a.size() < qsizetype(b.size()) ? -1 : (a.size() > qsizetype(b.size()) ? 1 : 0);
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
    , m_top(options.topValuesCapacity)
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

void ColumnProfile::addNumberKey(quint64 bits, bool unseen)
{
    const quint64 hash = hashInteger(bits);
    m_distinct.add(hash);
    if (unseen) {
        m_top.addUnseen(hash, bits);
        return;
    }
    char key[8];
    std::memcpy(key, &bits, 8);
    m_top.add(hash, QByteArrayView(key, 8));
}

void ColumnProfile::addInteger(qint64 value)
{
    addOrdered(value);
    m_sum.addInteger(value);
    const auto asDouble = double(value);
    m_moments.add(asDouble);
    m_quantiles.add(asDouble);
    m_beyondDoublePrecision = m_beyondDoublePrecision || value > kDoubleExactLimit || value < -kDoubleExactLimit;
    m_zeros += value == 0;
    m_negatives += value < 0;
    m_positives += value > 0;
}

void ColumnProfile::addReal(double value, int decimals)
{
    ++m_count;
    if (std::isnan(value)) {
        ++m_nan;
        return;
    }
    if (value == 0.0)
        value = 0.0;  // −0.0 and 0.0 are one value
    if (!m_hasValue) {
        m_minReal = m_maxReal = value;
        m_hasValue = true;
    } else {
        m_minReal = qMin(m_minReal, value);
        m_maxReal = qMax(m_maxReal, value);
    }
    m_realOrder.add(value);
    addNumberKey(std::bit_cast<quint64>(value), m_realOrder.isStrictlyAscending());
    m_quantiles.add(value);
    m_maxDecimals = qMax(m_maxDecimals, decimals);
    m_zeros += value == 0.0;
    m_negatives += value < 0.0;
    m_positives += value > 0.0;
    if (!std::isfinite(value)) {
        ++m_infinities;
        return;
    }
    if (!m_hasFinite) {
        m_minFinite = m_maxFinite = value;
        m_hasFinite = true;
    } else {
        m_minFinite = qMin(m_minFinite, value);
        m_maxFinite = qMax(m_maxFinite, value);
    }
    m_sum.addReal(value);
    m_moments.add(value);
}

void ColumnProfile::addBoolean(bool value)
{
    ++m_count;
    m_trues += value;
    m_falses += !value;
}

void ColumnProfile::addTemporal(qint64 value)
{
    addOrdered(value);
}

// What integers and dates share: count, range, sort order and the distinct/top-value key.
void ColumnProfile::addOrdered(qint64 value)
{
    ++m_count;
    if (!m_hasValue) {
        m_minInteger = m_maxInteger = value;
        m_hasValue = true;
    } else {
        m_minInteger = qMin(m_minInteger, value);
        m_maxInteger = qMax(m_maxInteger, value);
    }
    m_integerOrder.add(value);
    addNumberKey(quint64(value), m_integerOrder.isStrictlyAscending());
}

void ColumnProfile::addText(QByteArrayView utf8)
{
    addText(utf8, hashBytes(utf8.data(), utf8.size()));
}

void ColumnProfile::addText(QByteArrayView utf8, quint64 hash)
{
    ++m_count;
    m_distinct.add(hash);
    m_top.add(hash, utf8);
    const qint64 length = codePoints(utf8);
    if (!m_hasValue) {
        m_minText.assign(utf8.data(), size_t(utf8.size()));
        m_maxText = m_minText;
        m_minLength = m_maxLength = length;
        m_hasValue = true;
    } else {
        if (compareBytes(utf8, m_minText) < 0)
            m_minText.assign(utf8.data(), size_t(utf8.size()));
        else if (compareBytes(utf8, m_maxText) > 0)
            m_maxText.assign(utf8.data(), size_t(utf8.size()));
        m_minLength = qMin(m_minLength, length);
        m_maxLength = qMax(m_maxLength, length);
    }
    m_totalLength += length;
}

void ColumnProfile::merge(const ColumnProfile &next)
{
    Q_ASSERT(m_type == next.m_type);
    m_count += next.m_count;
    m_nulls += next.m_nulls;
    m_distinct.merge(next.m_distinct);
    m_top.merge(next.m_top);
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
    m_totalLength += next.m_totalLength;
    if (next.m_hasFinite) {
        m_minFinite = m_hasFinite ? qMin(m_minFinite, next.m_minFinite) : next.m_minFinite;
        m_maxFinite = m_hasFinite ? qMax(m_maxFinite, next.m_maxFinite) : next.m_maxFinite;
        m_hasFinite = true;
    }
    if (!next.m_hasValue)
        return;
    if (!m_hasValue) {
        m_minInteger = next.m_minInteger;
        m_maxInteger = next.m_maxInteger;
        m_minReal = next.m_minReal;
        m_maxReal = next.m_maxReal;
        m_minText = next.m_minText;
        m_maxText = next.m_maxText;
        m_minLength = next.m_minLength;
        m_maxLength = next.m_maxLength;
        m_hasValue = true;
        return;
    }
    m_minInteger = qMin(m_minInteger, next.m_minInteger);
    m_maxInteger = qMax(m_maxInteger, next.m_maxInteger);
    m_minReal = qMin(m_minReal, next.m_minReal);
    m_maxReal = qMax(m_maxReal, next.m_maxReal);
    if (next.m_minText < m_minText)
        m_minText = next.m_minText;
    if (next.m_maxText > m_maxText)
        m_maxText = next.m_maxText;
    m_minLength = qMin(m_minLength, next.m_minLength);
    m_maxLength = qMax(m_maxLength, next.m_maxLength);
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

    QJsonArray top;
    for (const TopValues::Entry &entry : m_top.top(m_options.reportedTopValues)) {
        top.append(QJsonObject { { QStringLiteral("value"), keyToJson(entry.key) },
                                 { QStringLiteral("count"), entry.count } });
    }
    json.insert(QStringLiteral("topValues"),
                QJsonObject { { QStringLiteral("exact"), m_top.isExact() },
                              { QStringLiteral("maxUnderestimate"), m_top.maxUnderestimate() },
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
    json.insert(QStringLiteral("min"), m_hasValue ? QJsonValue(QString::fromUtf8(m_minText)) : QJsonValue());
    json.insert(QStringLiteral("max"), m_hasValue ? QJsonValue(QString::fromUtf8(m_maxText)) : QJsonValue());
    const qint64 values = m_count - m_nulls;
    json.insert(QStringLiteral("length"),
                QJsonObject { { QStringLiteral("unit"), QStringLiteral("codePoints") },
                              { QStringLiteral("min"), m_hasValue ? QJsonValue(m_minLength) : QJsonValue() },
                              { QStringLiteral("max"), m_hasValue ? QJsonValue(m_maxLength) : QJsonValue() },
                              { QStringLiteral("mean"),
                                values > 0 ? number(double(m_totalLength) / double(values)) : QJsonValue() } });
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

    const bool quantilesExact = m_quantiles.isExact() && !m_beyondDoublePrecision;
    QJsonObject quantiles { { QStringLiteral("exact"), quantilesExact },
                            { QStringLiteral("rankError"), m_quantiles.isExact() ? 0.0 : QuantileSketch::kRankError },
                            { QStringLiteral("method"),
                              m_quantiles.isExact() ? QStringLiteral("linear") : QStringLiteral("kll") } };
    if (m_beyondDoublePrecision)
        quantiles.insert(QStringLiteral("note"), QStringLiteral("integers beyond 2^53 are rounded to doubles"));
    static constexpr std::pair<const char16_t *, double> kQuantiles[] = { { u"p1", 0.01 },  { u"p5", 0.05 },
                                                                          { u"p25", 0.25 }, { u"p50", 0.5 },
                                                                          { u"p75", 0.75 }, { u"p95", 0.95 },
                                                                          { u"p99", 0.99 } };
    const bool any = m_quantiles.count() > 0;
    for (const auto &[key, q] : kQuantiles)
        quantiles.insert(QString::fromUtf16(key), any ? number(m_quantiles.quantile(q)) : QJsonValue());
    quantiles.insert(QStringLiteral("iqr"),
                     any ? number(m_quantiles.quantile(0.75) - m_quantiles.quantile(0.25)) : QJsonValue());
    json.insert(QStringLiteral("quantiles"), quantiles);

    QJsonObject mad { { QStringLiteral("value"), any ? number(m_quantiles.medianAbsoluteDeviation()) : QJsonValue() },
                      { QStringLiteral("exact"), quantilesExact } };
    if (!m_quantiles.isExact())
        mad.insert(QStringLiteral("method"), QStringLiteral("sketch"));  // approximate, no strict bound
    json.insert(QStringLiteral("mad"), mad);

    const double low = m_type == ColumnType::Integer ? double(m_minInteger) : m_minFinite;
    const double high = m_type == ColumnType::Integer ? double(m_maxInteger) : m_maxFinite;
    const bool haveRange = m_type == ColumnType::Integer ? m_hasValue : m_hasFinite;
    QJsonArray bins;
    bool histogramExact = quantilesExact;
    if (haveRange) {
        const Histogram histogram = Histogram::build(m_quantiles, low, high, m_type == ColumnType::Integer,
                                                     m_options.histogramBins);
        for (const Histogram::Bin &bin : histogram.bins()) {
            bins.append(QJsonObject { { QStringLiteral("lower"), bin.lower }, { QStringLiteral("upper"), bin.upper },
                                      { QStringLiteral("count"), bin.count } });
        }
    }
    const double countError = histogramExact ? 0.0 : 2.0 * QuantileSketch::kRankError * double(m_quantiles.count());
    json.insert(QStringLiteral("histogram"),
                QJsonObject { { QStringLiteral("exact"), histogramExact },
                              { QStringLiteral("countError"), std::ceil(countError) },
                              { QStringLiteral("bins"), bins } });
}

} // namespace sluice
