#pragma once

#include <QList>

#include "core/storage/datasetinfo.h"
#include "core/storage/rowbatch.h"

namespace sluice {

/// What the parse thread hands the insert thread in one go: rows to store and rows rejected,
/// in file order. Moved through the queue, never shared.
struct ImportBatch
{
    RowBatch rows;
    qint64 firstRowNumber = 1;  // `_row` of rows' first row
    QList<RowError> rejected;
};

} // namespace sluice
