#pragma once

#include <string>

#include <QJsonObject>
#include <QString>

#include "core/calc/cellvalue.h"
#include "core/calc/distinctcounter.h"
#include "core/calc/exactsum.h"
#include "core/calc/moments.h"
#include "core/calc/profileoptions.h"
#include "core/calc/quantilesketch.h"
#include "core/calc/sortorder.h"
#include "core/calc/topvalues.h"
#include "core/csv/columntype.h"

namespace sluice {

/// All statistics of one column, chosen by its type at construction; fed one value at a time.
///
/// Every column: count, nulls, distinct, top values, min, max. Integer and Real add sum,
/// moments, quantiles, MAD, histogram, sign counts, sort order (and decimals for Real). Date and
/// DateTime add sort order. Text adds lengths in Unicode code points (UTF-8 bytes that are not
/// continuation bytes). Boolean counts true and false.
///
/// Value rules: a NaN given to a Real column is counted in "nan" and otherwise ignored (the CSV
/// engine turns NaN tokens into nulls, so a NaN here is unusual); ±infinity counts in min, max,
/// distinct, top values, quantiles and signs but not in the sum or moments ("infinities");
/// −0.0 is taken as 0.0. Text min and max compare bytes, which for UTF-8 is code point order.
///
/// Not thread-safe: one thread feeds it; merge() partial profiles made on other threads.
class ColumnProfile final
{
public:
    ColumnProfile(QString name, ColumnType type, const ProfileOptions &options = {});

    /// Adds one cell; the type of the value is the column's.
    void add(const CellValue &cell);
    void addNull()
    {
        ++m_count;
        ++m_nulls;
    }
    void addInteger(qint64 value);
    void addReal(double value, int decimals = 0);
    void addBoolean(bool value);
    void addTemporal(qint64 value);  // days (Date) or ms (DateTime)
    /// Text with its hashBytes() hash, when the caller has it already (DatasetProfile shares it
    /// with the group-by aggregates).
    void addText(QByteArrayView utf8, quint64 hash);
    void addText(QByteArrayView utf8);

    /// Combines with the profile of rows that came after this one's (stream order matters only
    /// for the sort order).
    void merge(const ColumnProfile &next);

    const QString &name() const { return m_name; }
    ColumnType type() const { return m_type; }
    qint64 count() const { return m_count; }
    qint64 nulls() const { return m_nulls; }
    const Moments &moments() const { return m_moments; }
    const ExactSum &sum() const { return m_sum; }
    const QuantileSketch &quantiles() const { return m_quantiles; }
    const DistinctCounter &distinct() const { return m_distinct; }
    const TopValues &topValues() const { return m_top; }

    /// The statistics as JSON: approximate figures are objects with "exact": false and their bound.
    /// Sorts lazily; owning thread only.
    QJsonObject toJson() const;

private:
    /// `unseen`: the value is known to differ from every earlier one (a strictly ascending column).
    void addOrdered(qint64 value);
    void addNumberKey(quint64 bits, bool unseen);
    QJsonValue keyToJson(const QByteArray &key) const;
    QJsonValue integerOrTemporalToJson(qint64 value) const;
    void numericJson(QJsonObject &json) const;
    void textJson(QJsonObject &json) const;

    QString m_name;
    ColumnType m_type;
    ProfileOptions m_options;

    qint64 m_count = 0;
    qint64 m_nulls = 0;
    DistinctCounter m_distinct;
    TopValues m_top;

    // Integer, Date, DateTime: exact min and max, sort order.
    bool m_hasValue = false;
    qint64 m_minInteger = 0;
    qint64 m_maxInteger = 0;
    SortOrder<qint64> m_integerOrder;
    bool m_beyondDoublePrecision = false;  // an integer beyond ±2^53: quantiles are not exact

    // Real.
    double m_minReal = 0.0;
    double m_maxReal = 0.0;
    bool m_hasFinite = false;
    double m_minFinite = 0.0;
    double m_maxFinite = 0.0;
    SortOrder<double> m_realOrder;
    qint64 m_nan = 0;
    qint64 m_infinities = 0;
    int m_maxDecimals = 0;

    // Integer and Real.
    Moments m_moments;
    ExactSum m_sum;
    QuantileSketch m_quantiles;
    qint64 m_zeros = 0;
    qint64 m_negatives = 0;
    qint64 m_positives = 0;

    // Boolean.
    qint64 m_trues = 0;
    qint64 m_falses = 0;

    // Text.
    std::string m_minText;
    std::string m_maxText;
    qint64 m_minLength = 0;
    qint64 m_maxLength = 0;
    qint64 m_totalLength = 0;
};

} // namespace sluice
