#pragma once

#include <QList>

#include "core/export/exportformat.h"
#include "core/query/rowfilter.h"
#include "core/query/rowsquery.h"
#include "core/storage/datasetinfo.h"

namespace sluice {

/// An export resolved against its dataset: what DatasetExporter needs, all validated.
struct ExportSpec
{
    DatasetInfo dataset;
    QList<DatasetColumn> columns; // written in this order
    QList<RowFilter> filters; // combined with AND
    QList<SortKey> sort; // empty: file order (_row); _row always breaks ties
    ExportFormat format = ExportFormat::Csv;
    char delimiter = ',';
    bool bom = false;
    bool neutralizeFormulas = false;
};

} // namespace sluice
