#pragma once

#include <span>
#include <string>
#include <vector>

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
#include "core/calc/valuedictionary.h"
#include "core/csv/columntype.h"

namespace sluice {

/// All statistics of one column, chosen by its type at construction; fed blocks of values.
///
/// Every column: count, nulls, distinct, top values, min, max. Integer and Real add sum,
/// moments, quantiles, MAD, histogram, sign counts, sort order (and decimals for Real). Date and
/// DateTime add sort order. Text adds lengths in Unicode code points (UTF-8 bytes that are not
/// continuation bytes). Boolean counts true and false.
///
/// Distinct values are counted in a ValueDictionary while they fit (topValuesCapacity values; for
/// text also groupTrackingCapacity, as the group-by aggregates key their groups by its ids): one
/// lookup per value serves the distinct count, the top values and, for text, the lengths and
/// min/max. Text values beyond it go to a DistinctCounter and a TopValues of their own; the top
/// values reported are the union of both, cut to topValuesCapacity as a merge would, so they are
/// exact exactly when a lone TopValues fed every value would be. A number column hands its
/// dictionary's counts to the TopValues when a value finds it full and from then on feeds only
/// that (a lone TopValues's state, one lookup per value). Until then its quantiles, MAD and
/// histogram are read from the dictionary's counts, exact at any size, and the QuantileSketch
/// (exact up to its budget, then KLL) takes values only from then on.
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

    /// One cell; the type of the value is the column's. The import adds whole blocks instead.
    void add(const CellValue &cell);
    void addNull() { addNulls(1); }
    void addInteger(qint64 value) { addIntegers(std::span<const qint64>(&value, 1)); }
    void addReal(double value, int decimals = 0) { addReals(std::span<const double>(&value, 1), decimals); }
    void addBoolean(bool value) { addBooleans(value ? 1 : 0, value ? 0 : 1); }
    void addTemporal(qint64 value) { addTemporals(std::span<const qint64>(&value, 1)); }
    void addText(QByteArrayView utf8);

    /// Blocks of values in stream order, nulls counted apart (their position does not matter).
    void addNulls(qint64 count)
    {
        m_count += count;
        m_nulls += count;
    }
    void addIntegers(std::span<const qint64> values);
    /// `maxDecimals`: the most digits after the decimal point among the values as written.
    void addReals(std::span<const double> values, int maxDecimals);
    void addBooleans(qint64 trues, qint64 falses);
    void addTemporals(std::span<const qint64> values);  // days (Date) or ms (DateTime)
    /// Text; `ids` (as many as `values`) receives each value's id in dictionary(), or
    /// ValueDictionary::kUntracked.
    void addTexts(std::span<const QByteArrayView> values, std::span<int> ids);

    /// Combines with the profile of rows that came after this one's (stream order matters only
    /// for the sort order). Returns, per dictionary id of `next`, its id here or kUntracked.
    std::vector<int> merge(const ColumnProfile &next);

    const QString &name() const { return m_name; }
    ColumnType type() const { return m_type; }
    qint64 count() const { return m_count; }
    qint64 nulls() const { return m_nulls; }
    const Moments &moments() const { return m_moments; }
    const ExactSum &sum() const { return m_sum; }
    const DistinctCounter &distinct() const { return m_distinct; }
    const ValueDictionary &dictionary() const { return m_dictionary; }
    /// The top values of every value added, with their bound (built from the dictionary and the
    /// values beyond it).
    TopValues topValues() const;

    /// The statistics as JSON: approximate figures are objects with "exact": false and their bound.
    /// Sorts lazily; owning thread only.
    QJsonObject toJson() const;

private:
    /// What integers and dates share: count, range, sort order, and the keys. Returns as
    /// addNumberKeys().
    size_t addOrdered(std::span<const qint64> values);
    /// Distinct and top values of number keys (their 8 bytes); `unseen`: each differs from every
    /// key before it (a strictly ascending column). Returns how many of the values, from the
    /// first, the dictionary counted: the quantiles take the others.
    template <typename T>
    size_t addNumberKeys(std::span<const T> values, bool unseen);
    /// Requests the memory a key will touch; `lookUp`: in the dictionary and untracked table too.
    void prefetchKey(quint64 hash, bool lookUp) const;
    /// A number found the dictionary full: its counts move to m_untracked, which takes every key
    /// from now on. `unseen` as for addNumberKeys().
    void untrackNumbers(bool unseen);
    /// Min, max and lengths of `count` occurrences of a text value beyond the dictionary.
    void noteUntrackedText(QByteArrayView utf8, qint64 count, qint64 length);
    QJsonValue keyToJson(const QByteArray &key) const;
    QJsonValue integerOrTemporalToJson(qint64 value) const;
    void numericJson(QJsonObject &json) const;
    /// Quantiles, MAD and histogram from a QuantileSketch or CountedValues.
    template <typename Quantiles>
    void quantileJson(QJsonObject &json, const Quantiles &values) const;
    void textJson(QJsonObject &json) const;

    QString m_name;
    ColumnType m_type;
    ProfileOptions m_options;

    qint64 m_count = 0;
    qint64 m_nulls = 0;
    // Every distinct value enters m_distinct once: when it gets an id, or at each occurrence
    // when untracked. m_untracked counts the occurrences of untracked values (in a number column
    // past its dictionary: of every value, the dictionary's counts handed over).
    ValueDictionary m_dictionary;
    DistinctCounter m_distinct;
    TopValues m_untracked;
    bool m_numbersUntracked = false;  // a number column past its dictionary: keys go to m_untracked
    std::vector<quint64> m_hashes;  // a block's key hashes (reused)

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
    std::vector<double> m_scratch;  // a block's values as doubles (reused)

    // Boolean.
    qint64 m_trues = 0;
    qint64 m_falses = 0;

    // Text: lengths of the dictionary's values by id; min, max and lengths of untracked values.
    std::vector<qint64> m_lengths;
    bool m_hasUntrackedText = false;
    std::string m_minText;
    std::string m_maxText;
    qint64 m_minLength = 0;
    qint64 m_maxLength = 0;
    qint64 m_untrackedLength = 0;
};

} // namespace sluice
