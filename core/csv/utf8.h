#pragma once

#include <QtGlobal>

// Allocation-free UTF-8 checks used by the CSV reader and sniffer on raw bytes.
namespace sluice::utf8 {

/// Index of the first byte >= 0x80, or size. Word-at-a-time: most CSV data is ASCII.
qsizetype firstNonAscii(const char *data, qsizetype size);

/// Length of the longest prefix that is well-formed UTF-8 (no overlong forms, no surrogates,
/// nothing above U+10FFFF). Equals size when everything is valid.
qsizetype validPrefix(const char *data, qsizetype size);

inline bool isValid(const char *data, qsizetype size)
{
    return validPrefix(data, size) == size;
}

/// True when the bytes are valid UTF-8 except for a sequence cut short by the end of the data,
/// as happens to a sample taken from the start of a file.
bool isValidUpToTruncation(const char *data, qsizetype size);

} // namespace sluice::utf8
