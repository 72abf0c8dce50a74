// libFuzzer target: sniff the input, then read every record and infer types, as an import
// does. Any crash, sanitizer report or hang is a bug; errors returned as Result are fine.
#include <cstddef>
#include <cstdint>

#include <QBuffer>

#include "core/csv/csvfilereader.h"
#include "core/csv/csvsniffer.h"
#include "core/csv/typeinference.h"

using namespace sluice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    auto sniffed = CsvSniffer().sniff(buffer, {}, QStringLiteral("fuzz.csv"));
    if (!sniffed)
        return 0;
    // Small limits and blocks so that the limit and carry-over paths are reached too.
    CsvLimits limits;
    limits.maxFieldBytes = 4096;
    limits.maxRecordBytes = 16384;
    limits.maxColumns = 256;
    CsvFileReader reader(buffer, sniffed->dialect, QStringLiteral("fuzz.csv"), limits, 7);
    if (!reader.open())
        return 0;
    ValueFormat format;
    format.decimalSeparator = sniffed->dialect.decimalSeparator;
    format.thousandsSeparator = sniffed->dialect.thousandsSeparator;
    TypeInference inference(format, 16);
    std::vector<TypeWidening> widenings;
    CsvRecord record;
    for (;;) {
        auto found = reader.next(record);
        if (!found || !*found)
            break;
        inference.observe(record, &widenings);
        (void)record.rawText();
    }
    inference.decide();
    return 0;
}
