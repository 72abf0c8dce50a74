#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QUrlQuery>

#include "core/error.h"
#include "core/query/measure.h"
#include "core/query/rowfilter.h"
#include "core/storage/datasetinfo.h"

namespace sluice {

class DatabaseConnection;

/// What GET /api/v1/datasets/{id}/groups asks for.
struct GroupRequest
{
    enum class Order { Value, Key };
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 10000;

    QString column; // any column of the dataset
    Measure measure;
    Order order = Order::Value;
    bool descending = true; // the largest groups first by default
    qint64 offset = 0;
    int limit = kDefaultLimit;
    QList<RowFilter> filters;
};

/// One group: the rows whose column holds `key`.
struct Group
{
    QJsonValue key; // typed like a cell; null for the group of empty cells
    QJsonValue value; // the measure
    qint64 rows = 0;
    QString teamName; // the teams table's name when `key` is a team_id there; empty otherwise
};

/// A page of groups.
struct GroupResult
{
    QString column;
    Measure measure;
    GroupRequest::Order order = GroupRequest::Order::Value;
    bool descending = true;
    qint64 offset = 0;
    int limit = 0;
    qint64 total = 0; // groups in all pages
    QList<Group> groups;

    /// {"column":"team","measure":{"kind":"count"},"order":"value","descending":true,
    ///  "offset":0,"limit":100,"total":57,
    ///  "groups":[{"key":"t1","value":10,"rows":10,"teamName":"Falcons"},{"key":null,...}]}
    /// teamName is there only for groups that match a team.
    QJsonObject toJson() const;
};

/// Aggregates a dataset by the values of one column, in SQL, with the same filters as the
/// rows query; pages through many groups with offset/limit. Each group's key is looked up
/// in teams.team_id (compared as text, so integer ids match too). Order: by the measure or
/// the key, nulls last, ties by key. Runs in the thread that owns the connection.
class GroupQuery final
{
    Q_DECLARE_TR_FUNCTIONS(GroupQuery)
public:
    GroupQuery(const DatabaseConnection &connection, const DatasetInfo &dataset);

    /// column, measure (default count), of (the measured column), sort ("value", "key",
    /// "-value" (default) or "-key"), offset, limit and the filters of RowFilterParser::fromQuery().
    [[nodiscard]] static Result<GroupRequest> parse(const QUrlQuery &query, const DatasetInfo &dataset);

    [[nodiscard]] Result<GroupResult> run(const GroupRequest &request) const;

private:
    const DatabaseConnection &m_connection;
    DatasetInfo m_dataset;
};

} // namespace sluice
