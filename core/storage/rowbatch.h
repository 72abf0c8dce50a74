#pragma once

#include <vector>

#include <QByteArray>
#include <QByteArrayView>

#include "core/storage/storedvalue.h"

namespace sluice {

/// A block of rows, row-major, ready to insert: every cell typed, every text in one arena.
/// Built on the parse thread, handed over whole to the insert thread (moved, not shared).
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
    qsizetype textBytes() const { return m_text.size(); }

    void reserve(qsizetype rows, qsizetype textBytes)
    {
        m_values.reserve(size_t(rows * m_columnCount));
        m_text.reserve(textBytes);
    }

    void addNull() { m_values.push_back(StoredValue {}); }
    void addInteger(qint64 value) { m_values.push_back(StoredValue { StoredValue::Kind::Integer, value, 0.0, 0, 0 }); }
    void addReal(double value) { m_values.push_back(StoredValue { StoredValue::Kind::Real, 0, value, 0, 0 }); }
    void addText(QByteArrayView utf8)
    {
        m_values.push_back(StoredValue { StoredValue::Kind::Text, 0, 0.0, m_text.size(), utf8.size() });
        m_text.append(utf8);
    }

    const StoredValue &value(qsizetype row, int column) const { return m_values[size_t(row * m_columnCount + column)]; }
    /// The bytes of a Text value; valid while the batch lives and is not added to.
    QByteArrayView text(const StoredValue &value) const
    {
        return QByteArrayView(m_text.constData() + value.textOffset, value.textLength);
    }

    /// Empties the batch but keeps its memory, for reuse.
    void clear()
    {
        m_values.clear();
        m_text.resize(0);
    }

private:
    int m_columnCount;
    std::vector<StoredValue> m_values;
    QByteArray m_text;
};

} // namespace sluice
