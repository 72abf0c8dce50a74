#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace sluice {

/// One typed cell, as RowConverter reads a field and ColumnProfile::add() takes it; allocation-free.
/// Which member is meaningful depends on the column's type (ColumnType):
///   Integer: i;  Real: d (+ decimals);  Boolean: i (0 or 1);  Date: i = days since 1970-01-01;
///   DateTime: i = ms since 1970-01-01T00:00:00Z;  Text: text (UTF-8).
/// `text` is a view into the importer's buffer, valid only during the call: calculators copy
/// what they keep.
struct CellValue
{
    bool isNull = true;
    int decimals = 0;  // Real only: digits after the decimal point as written ("1.50" -> 2)
    qint64 i = 0;
    double d = 0.0;
    QByteArrayView text;

    static CellValue null() { return {}; }
    static CellValue integer(qint64 value) { return CellValue { false, 0, value, 0.0, {} }; }
    static CellValue real(double value, int decimalsWritten = 0)
    {
        return CellValue { false, decimalsWritten, 0, value, {} };
    }
    static CellValue boolean(bool value) { return CellValue { false, 0, value ? 1 : 0, 0.0, {} }; }
    static CellValue date(qint64 daysSinceEpoch) { return CellValue { false, 0, daysSinceEpoch, 0.0, {} }; }
    static CellValue dateTime(qint64 msSinceEpoch) { return CellValue { false, 0, msSinceEpoch, 0.0, {} }; }
    static CellValue string(QByteArrayView utf8) { return CellValue { false, 0, 0, 0.0, utf8 }; }
};

} // namespace sluice
