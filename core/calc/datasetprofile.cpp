#include "core/calc/datasetprofile.h"

#include <atomic>
#include <optional>
#include <system_error>
#include <thread>

#include <QJsonArray>

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
    m_bucketsOfColumn.assign(size_t(m_columns.size()), -1);
    m_groupOfColumn.assign(size_t(m_columns.size()), -1);
    for (const int c : m_temporalColumns) {
        m_bucketsOfColumn[size_t(c)] = int(m_timeBuckets.size());
        m_timeBuckets.emplace_back(m_columns[c].name, m_columns[c].type, numericNames, options);
    }
    for (const int c : m_textColumns) {
        m_groupOfColumn[size_t(c)] = int(m_groups.size());
        m_groups.emplace_back(m_columns[c].name, numericNames, options);
    }
}

void DatasetProfile::addRows(const RowBatch &batch, qsizetype first, qsizetype count)
{
    Q_ASSERT(batch.columnCount() == int(m_columns.size()) && first + count <= batch.rowCount());
    for (qsizetype start = first; start < first + count; start += kBlockRows)
        addBlock(batch, start, int(qMin<qsizetype>(kBlockRows, first + count - start)));
}

void DatasetProfile::addBlock(const RowBatch &batch, qsizetype first, int rows)
{
    m_rows += rows;
    const size_t width = m_numericColumns.size();
    m_numerics.resize(size_t(rows) * width);
    for (size_t k = 0; k < width; ++k) {
        const int c = m_numericColumns[k];
        const bool integer = m_columns[c].type == ColumnType::Integer;
        for (int r = 0; r < rows; ++r) {
            const StoredValue &value = batch.value(first + r, c);
            m_numerics[size_t(r) * width + k] = value.kind == StoredValue::Kind::Null
                ? NumericCell {}
                : NumericCell::of(integer ? double(value.integer) : value.real);
        }
    }
    for (int c = 0; c < int(m_columns.size()); ++c) {
        ColumnProfile &profile = m_profiles[size_t(c)];
        qint64 nulls = 0;
        switch (m_columns[c].type) {
        case ColumnType::Integer:
            m_integers.clear();
            for (int r = 0; r < rows; ++r) {
                const StoredValue &value = batch.value(first + r, c);
                if (value.kind == StoredValue::Kind::Null)
                    ++nulls;
                else
                    m_integers.push_back(value.integer);
            }
            profile.addNulls(nulls);
            profile.addIntegers(m_integers);
            break;
        case ColumnType::Real: {
            m_reals.clear();
            int decimals = 0;
            for (int r = 0; r < rows; ++r) {
                const StoredValue &value = batch.value(first + r, c);
                if (value.kind == StoredValue::Kind::Null) {
                    ++nulls;
                } else {
                    m_reals.push_back(value.real);
                    decimals = qMax(decimals, int(value.decimals));
                }
            }
            profile.addNulls(nulls);
            profile.addReals(m_reals, decimals);
            break;
        }
        case ColumnType::Boolean: {
            qint64 trues = 0;
            for (int r = 0; r < rows; ++r) {
                const StoredValue &value = batch.value(first + r, c);
                nulls += value.kind == StoredValue::Kind::Null;
                trues += value.kind != StoredValue::Kind::Null && value.integer != 0;
            }
            profile.addNulls(nulls);
            profile.addBooleans(trues, rows - nulls - trues);
            break;
        }
        case ColumnType::Date:
        case ColumnType::DateTime:
            addTemporalColumn(batch, first, rows, c);
            break;
        case ColumnType::Text:
            addTextColumn(batch, first, rows, c);
            break;
        }
    }
}

void DatasetProfile::addTemporalColumn(const RowBatch &batch, qsizetype first, int rows, int column)
{
    m_integers.clear();
    m_valueRows.clear();
    for (int r = 0; r < rows; ++r) {
        const StoredValue &value = batch.value(first + r, column);
        if (value.kind != StoredValue::Kind::Null) {
            m_integers.push_back(value.integer);
            m_valueRows.push_back(r);
        }
    }
    const qint64 nulls = rows - qint64(m_integers.size());
    TimeBuckets &buckets = m_timeBuckets[size_t(m_bucketsOfColumn[size_t(column)])];
    buckets.addNulls(nulls);
    buckets.addBlock(m_integers, m_valueRows, m_numerics);
    ColumnProfile &profile = m_profiles[size_t(column)];
    profile.addNulls(nulls);
    profile.addTemporals(m_integers);
}

void DatasetProfile::addTextColumn(const RowBatch &batch, qsizetype first, int rows, int column)
{
    m_texts.clear();
    m_valueRows.clear();
    m_rowIds.assign(size_t(rows), GroupAggregates::kNull);
    for (int r = 0; r < rows; ++r) {
        const StoredValue &value = batch.value(first + r, column);
        if (value.kind != StoredValue::Kind::Null) {
            m_texts.push_back(batch.text(value));
            m_valueRows.push_back(r);
        }
    }
    m_textIds.resize(m_texts.size());
    ColumnProfile &profile = m_profiles[size_t(column)];
    profile.addNulls(rows - qint64(m_texts.size()));
    profile.addTexts(m_texts, m_textIds);
    for (size_t i = 0; i < m_valueRows.size(); ++i)
        m_rowIds[size_t(m_valueRows[i])] = m_textIds[i];
    m_groups[size_t(m_groupOfColumn[size_t(column)])].addBlock(m_rowIds, m_numerics);
}

void DatasetProfile::merge(const DatasetProfile &next)
{
    Q_ASSERT(this != &next && m_columns.size() == next.m_columns.size());
    m_rows += next.m_rows;
    for (size_t c = 0; c < m_profiles.size(); ++c) {
        const std::vector<int> ids = m_profiles[c].merge(next.m_profiles[c]);
        if (const int g = m_groupOfColumn[c]; g >= 0)
            m_groups[size_t(g)].merge(next.m_groups[size_t(g)], ids);
    }
    for (size_t t = 0; t < m_timeBuckets.size(); ++t)
        m_timeBuckets[t].merge(next.m_timeBuckets[t]);
}

QJsonArray DatasetProfile::columnsJson(bool final) const
{
    // Most of a final result's cost is sorting every exact numeric column for its quantiles.
    // Columns are independent, so two threads take them in turn: when the final result is built
    // the import's other stages have ended and a core is free.
    std::vector<QJsonObject> described(m_profiles.size());
    std::atomic<size_t> next = 0;
    auto describe = [&] {
        for (size_t c = next++; c < m_profiles.size(); c = next++)
            described[c] = m_profiles[c].toJson();
    };
    std::optional<std::thread> helper;
    if (final && m_numericColumns.size() > 1) {
        try {
            helper.emplace(describe);
        } catch (const std::system_error &) {
            // No thread to be had: this one describes every column.
        }
    }
    describe();
    if (helper)
        helper->join();
    QJsonArray columns;
    for (QJsonObject &column : described)
        columns.append(std::move(column));
    return columns;
}

QJsonObject DatasetProfile::toJson(bool final) const
{
    const QJsonArray columns = columnsJson(final);
    QJsonArray buckets;
    for (const TimeBuckets &timeBuckets : m_timeBuckets)
        buckets.append(timeBuckets.toJson());
    QJsonArray groups;
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const GroupAggregates &aggregates = m_groups[g];
        // A live snapshot lists the largest groups only: every text column carrying up to the
        // limit of groups made it about a megabyte, published several times a second.
        groups.append(aggregates.toJson(m_profiles[size_t(m_textColumns[g])].dictionary(),
                                        final ? aggregates.limit() : m_options.snapshotGroups));
    }
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
