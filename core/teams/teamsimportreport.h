#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "core/teams/teamimportrejection.h"

namespace sluice {

/// What one teams import did: counts, the rejected rows (the first kMaxListedRejections of them;
/// all are in team_import_errors) and the header columns it did not use.
struct TeamsImportReport
{
    /// The report keeps this many rejected rows; a file of garbage must not fill the memory or
    /// an API answer. The catalog has them all.
    static constexpr int kMaxListedRejections = 1000;

    QString importId;
    QString sourceName; // the input's display name, e.g. "teams.zip: teams.csv"
    qint64 accepted = 0; // inserted + updated
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 rejected = 0; // all of them, listed or not
    QList<TeamImportRejection> rejections; // in file order, at most kMaxListedRejections
    QStringList columns; // the recognised columns present, in the teams schema's order
    QStringList ignoredColumns; // header names that are not teams columns (or repeat one), as written

    bool rejectionsTruncated() const { return rejected > rejections.size(); }

    /// {"importId","source","accepted","inserted","updated","rejected","rejections":[...],
    ///  "rejectionsTruncated","columns":[...],"ignoredColumns":[...]}
    QJsonObject toJson() const;
};

} // namespace sluice
