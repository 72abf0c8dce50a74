#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include "core/error.h"
#include "core/export/exportspec.h"

namespace sluice {

/// The parameters of an export task, as the API receives them and the catalog stores them:
///
///     {"datasetId": "AbCdEfGh12345678",          required
///      "columns": ["date", "team", "amount"],    optional: these columns in this order; default all
///      "filters": [{"column":"date","from":"2016-03-01","to":"2016-09-30"}, ...],
///                                                optional: RowFilterParser's JSON form, ANDed
///      "sort": ["-amount", "date"],              optional: "name"/"+name" ascending, "-name"
///                                                descending ("_row" too); nulls last; default file order
///      "format": "csv" | "csv.gz" | "csv.zst" | "zip",   default "csv"
///      "delimiter": "," | ";" | "\t" | "|",      default ","
///      "bom": false,                             a UTF-8 byte order mark first (for Excel)
///      "neutralizeFormulas": false}              prefix ' to text cells starting with = + - @ (or
///                                                tab, CR): spreadsheets then show them as text
///
/// Unknown keys are refused (a misspelt option must not be silently ignored).
class ExportParameters final
{
    Q_DECLARE_TR_FUNCTIONS(ExportParameters)
public:
    /// Checks the shape of `json` (types, allowed values); the columns, sort and filters are
    /// checked against the dataset by resolve().
    [[nodiscard]] static Result<ExportParameters> fromJson(const QJsonObject &json);
    /// All keys, defaults filled in: what the task stores.
    QJsonObject toJson() const;

    /// The export of `dataset` (which must be the one named by datasetId, and Ready).
    [[nodiscard]] Result<ExportSpec> resolve(const DatasetInfo &dataset) const;

    QString datasetId;
    QStringList columns;
    QJsonArray filters;
    QStringList sort;
    ExportFormat format = ExportFormat::Csv;
    char delimiter = ',';
    bool bom = false;
    bool neutralizeFormulas = false;
};

} // namespace sluice
