#pragma once

#include <vector>

#include <QtGlobal>

namespace sluice {

/// A piece of an export's CSV on its way from a scanning thread to the file. The output is a
/// sequence of blocks (ranges of the table scanned by any thread), each cut into parts of about
/// the buffer's size; `block` and `index` give the part's place, and the last part of a block
/// says so, so the writer knows when to go on to the next block.
struct ExportPart
{
    qint64 block = 0;
    int index = 0;
    bool lastOfBlock = false;
    qint64 rows = 0; // rows that end in this part
    std::vector<char> csv; // its first csvSize bytes are the CSV; the rest is room
    qsizetype csvSize = 0;

    // For the deflating formats (gzip, zip):
    std::vector<char> dictionary; // the CSV just before this part, when it is in the same block
    std::vector<char> packed; // its first packedSize bytes: the CSV as raw deflate, ending on a byte
    qsizetype packedSize = 0;
    quint32 crc = 0; // CRC-32 of the CSV bytes
};

} // namespace sluice
