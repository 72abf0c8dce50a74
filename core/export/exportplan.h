#pragma once

#include <QByteArray>
#include <QVariantList>

#include "core/export/exportspec.h"

namespace sluice {

/// How an export reads its rows, worked out once by DatasetExporter and shared, read only, by
/// its scanning threads.
///
/// In file order (the default, and a sort by _row either way) the table is read in blocks of
/// `blockRows` consecutive _row values, `blocks` of them from `firstRow` (downwards when
/// `descending`), which threads can read side by side: `selectSql` then ends with two more
/// placeholders, the block's lowest and highest _row. Any other sort is one block, the whole
/// query, which SQLite has to sort before its first row; progress then counts against
/// `countSql`, run first.
struct ExportPlan
{
    ExportSpec spec;
    QByteArray selectSql; // UTF-8, with "?" for `values` (then the block's bounds, in blocks)
    QByteArray countSql; // empty when there is no count to take
    QVariantList values; // the filters' values, in stored form
    qint64 firstRow = 0; // the block order's first _row (the highest when descending)
    qint64 blockRows = 0; // 0: one block, the whole query
    qint64 blocks = 1;
    bool descending = false;
    qsizetype bufferBytes = 0; // the size of one part's CSV buffer

    bool inBlocks() const { return blockRows > 0; }
};

} // namespace sluice
