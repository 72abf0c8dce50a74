#pragma once

#include <span>

#include <QString>
#include <QtGlobal>

namespace sluice {

/// Whether a column's non-null values arrived in order, tracked with first/last value and two
/// flags. Mergeable in stream order: a.merge(b) means "the rows of a, then the rows of b".
/// T is qint64 (integers, dates, timestamps: compared exactly) or double.
template <typename T>
class SortOrder final
{
public:
    void add(T value) { addMany(std::span<const T>(&value, 1)); }

    void addMany(std::span<const T> values)
    {
        size_t i = 0;
        if (m_empty && !values.empty()) {
            m_first = m_last = values[0];
            m_empty = false;
            i = 1;
        }
        bool ascending = true;
        bool strictlyAscending = true;
        bool descending = true;
        T last = m_last;
        for (; i < values.size(); ++i) {
            const T value = values[i];
            ascending = ascending && last <= value;
            strictlyAscending = strictlyAscending && last < value;
            descending = descending && last >= value;
            last = value;
        }
        m_ascending = m_ascending && ascending;
        m_strictlyAscending = m_strictlyAscending && strictlyAscending;
        m_descending = m_descending && descending;
        m_last = last;
    }

    void merge(const SortOrder &next)
    {
        if (next.m_empty)
            return;
        if (m_empty) {
            *this = next;
            return;
        }
        m_ascending = m_ascending && next.m_ascending && m_last <= next.m_first;
        m_strictlyAscending = m_strictlyAscending && next.m_strictlyAscending && m_last < next.m_first;
        m_descending = m_descending && next.m_descending && m_last >= next.m_first;
        m_last = next.m_last;
    }

    /// True while no value repeats or falls: every value so far differs from all before it.
    bool isStrictlyAscending() const { return m_strictlyAscending; }

    /// "ascending", "descending", "constant" (all equal, or fewer than two values) or "unsorted".
    /// Ascending and descending are non-strict (ties allowed).
    QString name() const
    {
        if (m_ascending && m_descending)
            return QStringLiteral("constant");
        if (m_ascending)
            return QStringLiteral("ascending");
        if (m_descending)
            return QStringLiteral("descending");
        return QStringLiteral("unsorted");
    }

private:
    T m_first {};
    T m_last {};
    bool m_empty = true;
    bool m_ascending = true;
    bool m_descending = true;
    bool m_strictlyAscending = true;
};

} // namespace sluice
