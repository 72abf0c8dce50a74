#include "core/calc/groupaggregates.h"

#include <algorithm>
#include <numeric>

#include <QJsonArray>

#include "core/calc/hashing.h"

namespace sluice {

GroupAggregates::GroupAggregates(QString column, QStringList numericColumns, const ProfileOptions &options)
    : m_column(std::move(column))
    , m_numericColumns(std::move(numericColumns))
    , m_width(int(m_numericColumns.size()))
    , m_limit(qMax(options.groupLimit, 1))
    , m_capacity(qMax(options.groupTrackingCapacity, m_limit))
    , m_other(size_t(m_width))
    , m_null(size_t(m_width))
{
}

int GroupAggregates::addGroup(QByteArrayView value, quint64 hash)
{
    const int group = int(m_keys.size());
    m_keys.emplace_back(value.data(), size_t(value.size()));
    m_hashes.push_back(hash);
    m_rows.push_back(0);
    m_complete.push_back(true);
    m_values.resize(m_values.size() + size_t(m_width));
    m_index.insert(hash, group);
    return group;
}

void GroupAggregates::add(QByteArrayView value, quint64 hash, std::span<const NumericCell> numerics)
{
    Q_ASSERT(int(numerics.size()) == m_width);
    int group = m_index.find(hash, [&](int i) {
        const std::string &key = m_keys[i];
        return qsizetype(key.size()) == value.size() && equalBytes(key.data(), value.data(), value.size());
    });
    NumericAggregate *aggregates;
    if (group >= 0) {
        ++m_rows[group];
        aggregates = m_values.data() + qsizetype(group) * m_width;
    } else if (int(m_keys.size()) < m_capacity) {
        group = addGroup(value, hash);
        ++m_rows[group];
        aggregates = m_values.data() + qsizetype(group) * m_width;
    } else {
        m_overflowed = true;
        ++m_otherRows;
        aggregates = m_other.data();
    }
    for (int c = 0; c < m_width; ++c)
        aggregates[c].add(numerics[c]);
}

void GroupAggregates::addNull(std::span<const NumericCell> numerics)
{
    ++m_nullRows;
    for (int c = 0; c < m_width; ++c)
        m_null[c].add(numerics[c]);
}

void GroupAggregates::merge(const GroupAggregates &other)
{
    Q_ASSERT(this != &other && m_width == other.m_width);
    m_nullRows += other.m_nullRows;
    for (int c = 0; c < m_width; ++c)
        m_null[c].merge(other.m_null[c]);
    std::vector<bool> seen(m_keys.size(), false);
    for (size_t i = 0; i < other.m_keys.size(); ++i) {
        const std::string &key = other.m_keys[i];
        int group = m_index.find(other.m_hashes[i], [&](int g) { return m_keys[g] == key; });
        if (group >= 0) {
            seen[group] = true;
            m_complete[group] = m_complete[group] && other.m_complete[i];
        } else {
            group = addGroup(QByteArrayView(key.data(), qsizetype(key.size())), other.m_hashes[i]);
            // Our "other" may hold rows of this value if we ever turned values away.
            m_complete[group] = other.m_complete[i] && !m_overflowed;
        }
        m_rows[group] += other.m_rows[i];
        for (int c = 0; c < m_width; ++c)
            m_values[size_t(group) * m_width + c].merge(other.m_values[i * m_width + c]);
    }
    if (other.m_overflowed) {
        for (size_t g = 0; g < seen.size(); ++g) {
            if (!seen[g])
                m_complete[g] = false;
        }
    }
    m_overflowed = m_overflowed || other.m_overflowed;
    m_otherRows += other.m_otherRows;
    for (int c = 0; c < m_width; ++c)
        m_other[c].merge(other.m_other[c]);

    if (int(m_keys.size()) <= m_capacity)
        return;
    // Keep the largest groups; fold the rest into "other" and rebuild the index.
    std::vector<int> order(m_keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return m_rows[a] != m_rows[b] ? m_rows[a] > m_rows[b] : m_keys[a] < m_keys[b];
    });
    for (size_t i = size_t(m_capacity); i < order.size(); ++i)
        foldIntoOther(order[i]);
    order.resize(size_t(m_capacity));
    std::sort(order.begin(), order.end());
    std::vector<std::string> keys;
    std::vector<quint64> hashes;
    std::vector<qint64> rows;
    std::vector<bool> complete;
    std::vector<NumericAggregate> values;
    for (const int g : order) {
        keys.push_back(std::move(m_keys[g]));
        hashes.push_back(m_hashes[g]);
        rows.push_back(m_rows[g]);
        complete.push_back(m_complete[g]);
        values.insert(values.end(), m_values.begin() + qsizetype(g) * m_width,
                      m_values.begin() + qsizetype(g + 1) * m_width);
    }
    m_keys = std::move(keys);
    m_hashes = std::move(hashes);
    m_rows = std::move(rows);
    m_complete = std::move(complete);
    m_values = std::move(values);
    m_index.clear();
    for (int g = 0; g < int(m_keys.size()); ++g)
        m_index.insert(m_hashes[g], g);
    m_overflowed = true;
}

void GroupAggregates::foldIntoOther(int group)
{
    m_otherRows += m_rows[group];
    for (int c = 0; c < m_width; ++c)
        m_other[c].merge(m_values[size_t(group) * m_width + c]);
}

bool GroupAggregates::isExact() const
{
    return !m_overflowed && int(m_keys.size()) <= m_limit;
}

QList<GroupAggregates::Group> GroupAggregates::groups(Group *other) const
{
    std::vector<int> order(m_keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return m_rows[a] != m_rows[b] ? m_rows[a] > m_rows[b] : m_keys[a] < m_keys[b];
    });
    QList<Group> listed;
    Group rest { QByteArray(), m_otherRows, true, m_other };  // exactly the complement of the listed groups
    for (size_t i = 0; i < order.size(); ++i) {
        const int g = order[i];
        const auto first = m_values.begin() + qsizetype(g) * m_width;
        if (int(i) < m_limit) {
            listed.append(Group { QByteArray(m_keys[g].data(), qsizetype(m_keys[g].size())), m_rows[g], m_complete[g],
                                  std::vector<NumericAggregate>(first, first + m_width) });
        } else {
            rest.rows += m_rows[g];
            for (int c = 0; c < m_width; ++c)
                rest.values[c].merge(first[c]);
        }
    }
    if (other)
        *other = std::move(rest);
    return listed;
}

QJsonObject GroupAggregates::toJson() const
{
    Group other;
    const QList<Group> listed = groups(&other);
    const auto groupJson = [](const Group &group) {
        QJsonArray values;
        for (const NumericAggregate &aggregate : group.values)
            values.append(aggregate.toJson());
        return QJsonObject { { QStringLiteral("rows"), group.rows },
                             { QStringLiteral("complete"), group.complete },
                             { QStringLiteral("values"), values } };
    };
    QJsonArray list;
    for (const Group &group : listed) {
        QJsonObject item = groupJson(group);
        item.insert(QStringLiteral("value"), QString::fromUtf8(group.value));
        list.append(item);
    }
    return QJsonObject { { QStringLiteral("column"), m_column },
                         { QStringLiteral("exact"), isExact() },
                         { QStringLiteral("limit"), m_limit },
                         { QStringLiteral("trackedGroups"), trackedGroups() },
                         { QStringLiteral("numericColumns"), QJsonArray::fromStringList(m_numericColumns) },
                         { QStringLiteral("groups"), list },
                         { QStringLiteral("other"), groupJson(other) },
                         { QStringLiteral("null"), groupJson(Group { QByteArray(), m_nullRows, true, m_null }) } };
}

} // namespace sluice
