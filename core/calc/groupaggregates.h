#pragma once

#include <span>
#include <string>
#include <vector>

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/calc/hashindex.h"
#include "core/calc/numericaggregate.h"
#include "core/calc/profileoptions.h"

namespace sluice {

/// Group-by aggregates of one text column: per distinct value, the row count and
/// count/sum/mean/min/max of every numeric column.
///
/// Up to ProfileOptions::groupLimit distinct values the result is complete and exact. Past it:
/// the first groupTrackingCapacity distinct values (in stream order) keep their own groups;
/// rows of values first seen after that go to "other". A snapshot lists the groupLimit largest
/// tracked groups by row count and folds everything else into "other", so every row is counted
/// exactly once. Each listed group says whether it is complete: in one stream a tracked group is
/// always complete; after a merge a group can miss rows that the other part had put in its
/// "other", and is then marked incomplete (its figures are lower bounds of counts and sums of
/// the rows it has). Merging folds the smallest groups into "other" if the union exceeds the
/// tracking capacity.
class GroupAggregates final
{
public:
    struct Group
    {
        QByteArray value;
        qint64 rows = 0;
        bool complete = true;
        std::vector<NumericAggregate> values;  // one per numeric column
    };

    GroupAggregates(QString column, QStringList numericColumns, const ProfileOptions &options = {});

    /// One row: the text value (hashBytes() hash given) and its numeric values, one per numeric column.
    void add(QByteArrayView value, quint64 hash, std::span<const NumericCell> numerics);
    /// One row whose text value is null: aggregated in a group of its own, "null".
    void addNull(std::span<const NumericCell> numerics);
    void merge(const GroupAggregates &other);

    const QString &column() const { return m_column; }
    /// True while every distinct value has its own complete group and there are at most groupLimit.
    bool isExact() const;
    qint64 trackedGroups() const { return qint64(m_keys.size()); }
    /// The listed groups (largest first, ties by value) and, through `other`, everything else.
    QList<Group> groups(Group *other = nullptr) const;
    QJsonObject toJson() const;

private:
    int addGroup(QByteArrayView value, quint64 hash);
    void foldIntoOther(int group);

    QString m_column;
    QStringList m_numericColumns;
    int m_width;
    int m_limit;
    int m_capacity;
    std::vector<std::string> m_keys;
    std::vector<quint64> m_hashes;
    std::vector<qint64> m_rows;
    std::vector<bool> m_complete;
    std::vector<NumericAggregate> m_values;  // m_keys.size() × m_width
    HashIndex m_index { 64 };
    bool m_overflowed = false;  // some rows of untracked values are in "other"
    qint64 m_otherRows = 0;
    std::vector<NumericAggregate> m_other;
    qint64 m_nullRows = 0;
    std::vector<NumericAggregate> m_null;
};

} // namespace sluice
