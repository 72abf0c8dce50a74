#pragma once

#include "core/error.h"

namespace sluice {

class RowBatch;

/// Appends batches of typed rows to one table, as fast as the database allows.
/// Used from one thread (the one that owns the connection); the caller runs the transaction.
class BulkInserter
{
public:
    virtual ~BulkInserter() = default;

    /// Inserts every row of `batch`; `firstRowNumber` is the `_row` value of its first row.
    [[nodiscard]] virtual Result<void> insert(const RowBatch &batch, qint64 firstRowNumber) = 0;
    /// The caller committed what was inserted so far and has not begun the next transaction: a
    /// moment to tidy up the database's log, if it needs it.
    virtual void committed() { }
};

} // namespace sluice
