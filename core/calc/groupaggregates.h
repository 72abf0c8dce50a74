#pragma once

#include <span>
#include <vector>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/calc/numericaggregate.h"
#include "core/calc/profileoptions.h"
#include "core/calc/valuedictionary.h"

namespace sluice {

/// Group-by aggregates of one text column: per distinct value, the row count and
/// count/sum/mean/min/max of every numeric column.
///
/// Groups are keyed by the ids of the column's ValueDictionary, which tracks the first
/// groupTrackingCapacity distinct values (in stream order); rows of values beyond it go to
/// "other". Up to ProfileOptions::groupLimit distinct values the result is complete and exact.
/// A listing names the largest tracked groups by row count (groupLimit of them in the final
/// result, fewer in a live snapshot) and folds everything else into "other", so every row is
/// counted exactly once. Each listed group says whether it is complete: in one stream a tracked
/// group is always complete; after a merge a group can miss rows that the other part had put in
/// its "other", and is then marked incomplete (its figures are lower bounds of counts and sums of
/// the rows it has).
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

    /// The id of a row whose text value is null: aggregated in a group of its own, "null".
    static constexpr int kNull = -2;

    GroupAggregates(QString column, QStringList numericColumns, const ProfileOptions &options = {});

    /// A block of rows: per row, its value's id in the column's dictionary (or
    /// ValueDictionary::kUntracked, or kNull), and its numeric cells, ids.size() × numeric
    /// columns, row by row.
    void addBlock(std::span<const int> ids, std::span<const NumericCell> numerics);
    /// Combines with the aggregates of the rows that came after; `ids` maps the ids of `next` to
    /// ids here (as ValueDictionary::merge() returned them).
    void merge(const GroupAggregates &next, std::span<const int> ids);

    const QString &column() const { return m_column; }
    /// True while every distinct value has its own complete group and there are at most groupLimit.
    bool isExact() const;
    qint64 trackedGroups() const { return qint64(m_rows.size()); }
    /// The `listed` largest groups (ties by value; `values` names them) and, through `other`,
    /// everything else.
    QList<Group> groups(const ValueDictionary &values, int listed, Group *other = nullptr) const;
    /// All groupLimit groups (the final result) or, with `listed` below it, the largest only and
    /// "truncated": true (a live snapshot).
    QJsonObject toJson(const ValueDictionary &values, int listed) const;
    int limit() const { return m_limit; }

private:
    void grow(int id);
    NumericAggregate *aggregatesOf(int id);

    QString m_column;
    QStringList m_numericColumns;
    int m_width;
    int m_limit;
    std::vector<qint64> m_rows;  // by id
    std::vector<bool> m_complete;
    std::vector<NumericAggregate> m_values;  // m_rows.size() × m_width
    bool m_overflowed = false;  // some rows of untracked values are in "other"
    qint64 m_otherRows = 0;
    std::vector<NumericAggregate> m_other;
    qint64 m_nullRows = 0;
    std::vector<NumericAggregate> m_null;
};

} // namespace sluice
