#pragma once

#include <limits>
#include <vector>

#include <QByteArrayView>

#include "core/storage/storedvalue.h"

namespace sluice {

/// A block of rows, row-major, ready to insert: every cell typed, every text in one arena.
/// Built on the parse thread, read there by the calculators (DatasetProfile::addRows), then
/// handed over whole to the insert thread (moved, not shared).
class RowBatch final
{
public:
    explicit RowBatch(int columnCount = 0)
        : m_columnCount(columnCount)
    {
    }

    int columnCount() const { return m_columnCount; }
    qsizetype rowCount() const { return m_columnCount == 0 ? 0 : qsizetype(m_values.size()) / m_columnCount; }
    bool isEmpty() const { return m_values.empty(); }
    qsizetype textBytes() const { return qsizetype(m_text.size()); }

    void reserve(qsizetype rows, qsizetype textBytes)
    {
        m_values.reserve(size_t(rows * m_columnCount));
        m_text.reserve(size_t(textBytes));
    }

    void addNull() { m_values.push_back(StoredValue {}); }
    void addInteger(qint64 value)
    {
        StoredValue &cell = m_values.emplace_back();
        cell.kind = StoredValue::Kind::Integer;
        cell.integer = value;
    }
    /// `decimals`: digits after the decimal point as written, kept for the statistics.
    void addReal(double value, int decimals = 0)
    {
        StoredValue &cell = m_values.emplace_back();
        cell.kind = StoredValue::Kind::Real;
        cell.decimals = quint8(qMin(decimals, 255));
        cell.real = value;
    }
    void addText(QByteArrayView utf8) { appendText(utf8, 0); }
    /// A date (`value` in days) or datetime (in ms since the epoch) stored as its ISO text.
    void addTemporal(qint64 value, QByteArrayView isoText) { appendText(isoText, value); }

    const StoredValue &value(qsizetype row, int column) const { return m_values[size_t(row * m_columnCount + column)]; }
    /// The bytes of a Text value; valid while the batch lives and is not added to.
    QByteArrayView text(const StoredValue &value) const
    {
        return QByteArrayView(m_text.data() + value.textOffset, value.textLength);
    }

    /// Empties the batch but keeps its memory, for reuse.
    void clear()
    {
        m_values.clear();
        m_text.clear();
    }

private:
    void appendText(QByteArrayView utf8, qint64 integer)
    {
        Q_ASSERT(utf8.size() <= qsizetype(std::numeric_limits<quint32>::max()));  // fields are far shorter
        StoredValue &cell = m_values.emplace_back();
        cell.kind = StoredValue::Kind::Text;
        cell.textLength = quint32(utf8.size());
        cell.integer = integer;
        cell.textOffset = qint64(m_text.size());
        m_text.insert(m_text.end(), utf8.begin(), utf8.end());
    }

    int m_columnCount;
    std::vector<StoredValue> m_values;
    std::vector<char> m_text;  // not a QByteArray: appending to it costs less
};

} // namespace sluice
