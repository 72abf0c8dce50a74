#pragma once

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
    void add(T value)
    {
        if (m_empty) {
            m_first = value;
            m_empty = false;
        } else {
            m_ascending = m_ascending && m_last <= value;
            m_strictlyAscending = m_strictlyAscending && m_last < value;
            m_descending = m_descending && m_last >= value;
        }
        m_last = value;
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
