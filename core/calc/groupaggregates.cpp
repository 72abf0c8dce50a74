#include "core/calc/groupaggregates.h"

#include <algorithm>
#include <numeric>

#include <QJsonArray>

namespace sluice {

GroupAggregates::GroupAggregates(QString column, QStringList numericColumns, const ProfileOptions &options)
    : m_column(std::move(column))
    , m_numericColumns(std::move(numericColumns))
    , m_width(int(m_numericColumns.size()))
    , m_limit(qMax(options.groupLimit, 1))
    , m_other(size_t(m_width))
    , m_null(size_t(m_width))
{
}

void GroupAggregates::grow(int id)
{
    // Ids come from the dictionary in order of first appearance: a new one is the next one.
    m_rows.resize(size_t(id) + 1, 0);
    m_complete.resize(size_t(id) + 1, true);
    m_values.resize((size_t(id) + 1) * size_t(m_width));
}

NumericAggregate *GroupAggregates::aggregatesOf(int id)
{
    if (id == kNull) {
        ++m_nullRows;
        return m_null.data();
    }
    if (id == ValueDictionary::kUntracked) {
        m_overflowed = true;
        ++m_otherRows;
        return m_other.data();
    }
    if (size_t(id) >= m_rows.size())
        grow(id);
    ++m_rows[size_t(id)];
    return m_values.data() + qsizetype(id) * m_width;
}

void GroupAggregates::addBlock(std::span<const int> ids, std::span<const NumericCell> numerics)
{
    Q_ASSERT(numerics.size() == ids.size() * size_t(m_width));
    const NumericCell *cells = numerics.data();
    constexpr size_t kAhead = 8;  // groups are many and rows come in any order: fetch ahead
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i + kAhead < ids.size() && ids[i + kAhead] >= 0 && size_t(ids[i + kAhead]) < m_rows.size()) {
            const int ahead = ids[i + kAhead];
            __builtin_prefetch(&m_rows[size_t(ahead)]);
            NumericAggregate::prefetch(m_values.data() + qsizetype(ahead) * m_width, m_width);
        }
        NumericAggregate *aggregates = aggregatesOf(ids[i]);
        for (int c = 0; c < m_width; ++c)
            aggregates[c].add(cells[c]);
        cells += m_width;
    }
}

void GroupAggregates::merge(const GroupAggregates &next, std::span<const int> ids)
{
    Q_ASSERT(this != &next && m_width == next.m_width && ids.size() >= next.m_rows.size());
    m_nullRows += next.m_nullRows;
    for (int c = 0; c < m_width; ++c)
        m_null[c].merge(next.m_null[c]);
    const size_t before = m_rows.size();
    std::vector<bool> seen(before, false);
    for (size_t theirs = 0; theirs < next.m_rows.size(); ++theirs) {
        const int mine = ids[theirs];
        const NumericAggregate *values = next.m_values.data() + qsizetype(theirs) * m_width;
        if (mine == ValueDictionary::kUntracked) {
            // No room for the value here: its rows join "other".
            m_overflowed = true;
            m_otherRows += next.m_rows[theirs];
            for (int c = 0; c < m_width; ++c)
                m_other[c].merge(values[c]);
            continue;
        }
        if (size_t(mine) >= m_rows.size())
            grow(mine);
        if (size_t(mine) < before) {
            seen[size_t(mine)] = true;
            m_complete[size_t(mine)] = m_complete[size_t(mine)] && next.m_complete[theirs];
        } else {
            // Our "other" may hold rows of this value if we ever turned values away.
            m_complete[size_t(mine)] = next.m_complete[theirs] && !m_overflowed;
        }
        m_rows[size_t(mine)] += next.m_rows[theirs];
        for (int c = 0; c < m_width; ++c)
            m_values[size_t(mine) * m_width + c].merge(values[c]);
    }
    if (next.m_overflowed) {  // next's "other" may hold rows of the values it did not track
        for (size_t g = 0; g < before; ++g) {
            if (!seen[g])
                m_complete[g] = false;
        }
    }
    m_overflowed = m_overflowed || next.m_overflowed;
    m_otherRows += next.m_otherRows;
    for (int c = 0; c < m_width; ++c)
        m_other[c].merge(next.m_other[c]);
}

bool GroupAggregates::isExact() const
{
    return !m_overflowed && trackedGroups() <= m_limit;
}

QList<GroupAggregates::Group> GroupAggregates::groups(const ValueDictionary &values, int listed, Group *other) const
{
    std::vector<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    const auto larger = [&](int a, int b) {
        return m_rows[size_t(a)] != m_rows[size_t(b)] ? m_rows[size_t(a)] > m_rows[size_t(b)]
                                                      : values.key(a) < values.key(b);
    };
    const size_t shown = qMin(order.size(), size_t(qMax(listed, 0)));
    std::partial_sort(order.begin(), order.begin() + qsizetype(shown), order.end(), larger);
    QList<Group> list;
    list.reserve(qsizetype(shown));
    Group rest { QByteArray(), m_otherRows, true, m_other };  // exactly the complement of the listed groups
    for (size_t i = 0; i < order.size(); ++i) {
        const int g = order[i];
        const auto first = m_values.begin() + qsizetype(g) * m_width;
        if (i < shown) {
            list.append(Group { values.key(g).toByteArray(), m_rows[size_t(g)], m_complete[size_t(g)],
                                std::vector<NumericAggregate>(first, first + m_width) });
        } else {
            rest.rows += m_rows[size_t(g)];
            for (int c = 0; c < m_width; ++c)
                rest.values[c].merge(first[c]);
        }
    }
    if (other)
        *other = std::move(rest);
    return list;
}

QJsonObject GroupAggregates::toJson(const ValueDictionary &values, int listed) const
{
    Group other;
    const QList<Group> shown = groups(values, qMin(listed, m_limit), &other);
    const auto groupJson = [](const Group &group) {
        QJsonArray aggregates;
        for (const NumericAggregate &aggregate : group.values)
            aggregates.append(aggregate.toJson());
        return QJsonObject { { QStringLiteral("rows"), group.rows },
                             { QStringLiteral("complete"), group.complete },
                             { QStringLiteral("values"), aggregates } };
    };
    QJsonArray list;
    for (const Group &group : shown) {
        QJsonObject item = groupJson(group);
        item.insert(QStringLiteral("value"), QString::fromUtf8(group.value));
        list.append(item);
    }
    return QJsonObject { { QStringLiteral("column"), m_column },
                         { QStringLiteral("exact"), isExact() },
                         { QStringLiteral("limit"), m_limit },
                         { QStringLiteral("trackedGroups"), trackedGroups() },
                         // Fewer groups listed than tracked (and within the limit): a live snapshot.
                         { QStringLiteral("truncated"), shown.size() < qMin(trackedGroups(), qint64(m_limit)) },
                         { QStringLiteral("numericColumns"), QJsonArray::fromStringList(m_numericColumns) },
                         { QStringLiteral("groups"), list },
                         { QStringLiteral("other"), groupJson(other) },
                         { QStringLiteral("null"), groupJson(Group { QByteArray(), m_nullRows, true, m_null }) } };
}

} // namespace sluice
