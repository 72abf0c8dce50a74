#include "core/calc/datasetprofile.h"

#include <QJsonArray>

#include "core/calc/hashing.h"

namespace sluice {

DatasetProfile::DatasetProfile(QList<ColumnSpec> columns, const ProfileOptions &options)
    : m_columns(std::move(columns))
    , m_options(options)
{
    QStringList numericNames;
    m_profiles.reserve(size_t(m_columns.size()));
    for (int c = 0; c < int(m_columns.size()); ++c) {
        const ColumnSpec &spec = m_columns[c];
        m_profiles.emplace_back(spec.name, spec.type, options);
        if (isNumeric(spec.type)) {
            m_numericColumns.push_back(c);
            numericNames.append(spec.name);
        } else if (isTemporal(spec.type)) {
            m_temporalColumns.push_back(c);
        } else if (spec.type == ColumnType::Text) {
            m_textColumns.push_back(c);
        }
    }
    m_groupOfColumn.assign(size_t(m_columns.size()), -1);
    for (const int c : m_temporalColumns)
        m_timeBuckets.emplace_back(m_columns[c].name, m_columns[c].type, numericNames, options);
    for (const int c : m_textColumns) {
        m_groupOfColumn[size_t(c)] = int(m_groups.size());
        m_groups.emplace_back(m_columns[c].name, numericNames, options);
    }
    m_numerics.assign(m_numericColumns.size(), NumericCell {});
}

void DatasetProfile::addRow(RowView row)
{
    Q_ASSERT(qsizetype(row.size()) == m_columns.size());
    ++m_rows;
    for (size_t k = 0; k < m_numericColumns.size(); ++k) {
        const int c = m_numericColumns[k];
        const CellValue &cell = row[size_t(c)];
        m_numerics[k] = cell.isNull
            ? NumericCell {}
            : NumericCell::of(m_columns[c].type == ColumnType::Integer ? double(cell.i) : cell.d);
    }
    const std::span<const NumericCell> numerics(m_numerics);
    for (size_t c = 0; c < row.size(); ++c) {
        const CellValue &cell = row[c];
        const int group = m_groupOfColumn[c];
        if (group < 0) {
            m_profiles[c].add(cell);
        } else if (cell.isNull) {
            m_profiles[c].addNull();
            m_groups[size_t(group)].addNull(numerics);
        } else {
            // One hash per text value, shared by the distinct counter, top values and group-by.
            const quint64 hash = hashBytes(cell.text.data(), cell.text.size());
            m_profiles[c].addText(cell.text, hash);
            m_groups[size_t(group)].add(cell.text, hash, numerics);
        }
    }
    for (size_t t = 0; t < m_temporalColumns.size(); ++t) {
        const CellValue &cell = row[size_t(m_temporalColumns[t])];
        if (cell.isNull)
            m_timeBuckets[t].addNull();
        else
            m_timeBuckets[t].add(cell.i, numerics);
    }
}

void DatasetProfile::merge(const DatasetProfile &next)
{
    Q_ASSERT(this != &next && m_columns.size() == next.m_columns.size());
    m_rows += next.m_rows;
    for (size_t c = 0; c < m_profiles.size(); ++c)
        m_profiles[c].merge(next.m_profiles[c]);
    for (size_t t = 0; t < m_timeBuckets.size(); ++t)
        m_timeBuckets[t].merge(next.m_timeBuckets[t]);
    for (size_t g = 0; g < m_groups.size(); ++g)
        m_groups[g].merge(next.m_groups[g]);
}

QJsonObject DatasetProfile::toJson(bool final) const
{
    QJsonArray columns;
    for (const ColumnProfile &profile : m_profiles)
        columns.append(profile.toJson());
    QJsonArray buckets;
    for (const TimeBuckets &timeBuckets : m_timeBuckets)
        buckets.append(timeBuckets.toJson());
    QJsonArray groups;
    for (const GroupAggregates &aggregates : m_groups)
        groups.append(aggregates.toJson());
    return QJsonObject { { QStringLiteral("rows"), m_rows },
                         { QStringLiteral("final"), final },
                         { QStringLiteral("columns"), columns },
                         { QStringLiteral("timeBuckets"), buckets },
                         { QStringLiteral("groups"), groups } };
}

QJsonObject DatasetProfile::snapshot() const
{
    return toJson(false);
}

QJsonObject DatasetProfile::finalResult() const
{
    return toJson(true);
}

} // namespace sluice
