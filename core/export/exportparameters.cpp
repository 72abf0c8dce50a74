#include "core/export/exportparameters.h"

#include <QSet>

#include "core/query/queryparameters.h"
#include "core/query/rowfilterparser.h"
#include "core/randomid.h"

namespace sluice {

namespace {

const QString kDatasetId = QStringLiteral("datasetId");
const QString kColumns = QStringLiteral("columns");
const QString kFilters = QStringLiteral("filters");
const QString kSort = QStringLiteral("sort");
const QString kFormat = QStringLiteral("format");
const QString kDelimiter = QStringLiteral("delimiter");
const QString kBom = QStringLiteral("bom");
const QString kNeutralize = QStringLiteral("neutralizeFormulas");

// Delimiters that never occur in a number, date or datetime as written, so only text needs quoting.
constexpr char kDelimiters[] = { ',', ';', '\t', '|' };

Result<QStringList> stringList(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return fail(ErrorCode::InvalidInput, ExportParameters::tr("%1 must be an array of column names.").arg(key));
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            return fail(ErrorCode::InvalidInput, ExportParameters::tr("%1 must be an array of column names.").arg(key));
        list << item.toString();
    }
    return list;
}

Result<bool> flag(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return false;
    if (!value.isBool())
        return fail(ErrorCode::InvalidInput, ExportParameters::tr("%1 must be true or false.").arg(key));
    return value.toBool();
}

} // namespace

Result<ExportParameters> ExportParameters::fromJson(const QJsonObject &json)
{
    static const QSet<QString> known { kDatasetId, kColumns, kFilters, kSort, kFormat, kDelimiter, kBom, kNeutralize };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(ErrorCode::InvalidInput, tr("\"%1\" is not an export parameter.").arg(it.key()));
    }
    ExportParameters parameters;
    parameters.datasetId = json.value(kDatasetId).toString();
    if (!isWellFormedId(parameters.datasetId))
        return fail(ErrorCode::InvalidInput, tr("datasetId must be the id of a dataset."));

    auto columns = stringList(json, kColumns);
    if (!columns)
        return tl::unexpected(columns.error());
    parameters.columns = *columns;
    auto sort = stringList(json, kSort);
    if (!sort)
        return tl::unexpected(sort.error());
    parameters.sort = *sort;

    const QJsonValue filters = json.value(kFilters);
    if (!filters.isUndefined() && !filters.isNull() && !filters.isArray())
        return fail(ErrorCode::InvalidInput, tr("filters must be an array of filter objects."));
    parameters.filters = filters.toArray();

    const QJsonValue format = json.value(kFormat);
    if (!format.isUndefined() && !format.isNull()) {
        const auto parsed = exportFormatFromName(format.toString());
        if (!format.isString() || !parsed)
            return fail(ErrorCode::InvalidInput, tr("format must be one of csv, csv.gz, csv.zst and zip."));
        parameters.format = *parsed;
    }

    const QJsonValue delimiter = json.value(kDelimiter);
    if (!delimiter.isUndefined() && !delimiter.isNull()) {
        const QString text = delimiter.toString();
        const bool allowed = delimiter.isString() && text.size() == 1
            && std::find(std::begin(kDelimiters), std::end(kDelimiters), text.at(0).toLatin1())
                != std::end(kDelimiters);
        if (!allowed)
            return fail(ErrorCode::InvalidInput, tr("delimiter must be one of \",\", \";\", \"|\" and a tab."));
        parameters.delimiter = text.at(0).toLatin1();
    }

    auto bom = flag(json, kBom);
    if (!bom)
        return tl::unexpected(bom.error());
    parameters.bom = *bom;
    auto neutralize = flag(json, kNeutralize);
    if (!neutralize)
        return tl::unexpected(neutralize.error());
    parameters.neutralizeFormulas = *neutralize;
    return parameters;
}

QJsonObject ExportParameters::toJson() const
{
    return QJsonObject {
        { kDatasetId, datasetId },
        { kColumns, QJsonArray::fromStringList(columns) },
        { kFilters, filters },
        { kSort, QJsonArray::fromStringList(sort) },
        { kFormat, exportFormatName(format) },
        { kDelimiter, QString(QLatin1Char(delimiter)) },
        { kBom, bom },
        { kNeutralize, neutralizeFormulas },
    };
}

Result<ExportSpec> ExportParameters::resolve(const DatasetInfo &dataset) const
{
    Q_ASSERT(dataset.id == datasetId);
    if (dataset.state != DatasetState::Ready)
        return fail(ErrorCode::Conflict,
            tr("Dataset %1 is %2; only a ready dataset can be exported.")
                .arg(dataset.id, datasetStateName(dataset.state)));
    ExportSpec spec;
    spec.dataset = dataset;
    spec.format = format;
    spec.delimiter = delimiter;
    spec.bom = bom;
    spec.neutralizeFormulas = neutralizeFormulas;
    if (columns.isEmpty()) {
        spec.columns = dataset.columns;
    } else {
        QSet<QString> seen;
        for (const QString &name : columns) {
            auto column = QueryParameters::column(dataset, name, false);
            if (!column)
                return tl::unexpected(column.error());
            if (seen.contains(column->name))
                return fail(ErrorCode::InvalidInput, tr("Column \"%1\" is listed twice in columns.").arg(name));
            seen.insert(column->name);
            spec.columns << *column;
        }
    }
    for (const QString &text : sort) {
        const QueryParameters::SortSpec key = QueryParameters::sortSpec(text);
        auto column = QueryParameters::column(dataset, key.name, true);
        if (!column)
            return tl::unexpected(column.error());
        spec.sort << SortKey { column->name, key.descending };
    }
    auto filtersParsed = RowFilterParser::fromJson(filters, dataset);
    if (!filtersParsed)
        return tl::unexpected(filtersParsed.error());
    spec.filters = *filtersParsed;
    return spec;
}

} // namespace sluice
