#pragma once

#include <QtGlobal>

namespace sluice {

/// One typed cell on its way into a table. Text lives in the owning batch's arena
/// (offset and length), so a batch of rows is a few flat allocations, not one per cell.
struct StoredValue
{
    enum class Kind : quint8 { Null, Integer, Real, Text };

    Kind kind = Kind::Null;
    quint8 decimals = 0;     // Real: digits after the decimal point as written (for the statistics)
    quint32 textLength = 0;  // Text: the UTF-8 bytes' length
    // 24 bytes a cell rather than 40: every stage of an import reads and writes every cell.
    union {
        // Integer; also booleans (0/1), and the day (Date) or ms (DateTime) of a date stored as text.
        qint64 integer = 0;
        double real;  // Real
    };
    qint64 textOffset = 0;  // Text: where the UTF-8 bytes start in the arena
};
static_assert(sizeof(StoredValue) == 24);

} // namespace sluice
