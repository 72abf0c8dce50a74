#include "datagen/salesgenerator.h"

#include <limits>

#include <QBuffer>

#include "datagen/rowbuffer.h"
#include "datagen/vocabulary.h"

namespace sluice {

SalesGenerator::SalesGenerator(quint64 seed)
    : m_random(seed)
    , m_days(Vocabulary::days(2016, 2017))
    , m_regions(Vocabulary::regions())
    , m_products(Vocabulary::products())
    , m_words(Vocabulary::noteWords())
{
}

QByteArray SalesGenerator::header()
{
    return QByteArrayLiteral("id,ts,date,team,region,product,quantity,unit_price,discount,note\n");
}

qint64 SalesGenerator::writeRows(QIODevice &out, qint64 rows)
{
    return write(out, rows, std::numeric_limits<qint64>::max());
}

qint64 SalesGenerator::writeBytes(QIODevice &out, qint64 bytes)
{
    return write(out, std::numeric_limits<qint64>::max(), bytes);
}

QByteArray SalesGenerator::generate(qint64 rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeRows(buffer, rows);
    return bytes;
}

qint64 SalesGenerator::write(QIODevice &out, qint64 maxRows, qint64 maxBytes)
{
    RowBuffer buffer(out);
    buffer.append(header());
    m_rows = 0;
    while (m_rows < maxRows && buffer.size() < maxBytes) {
        appendRow(buffer, quint64(m_rows) + 1);
        ++m_rows;
        if (!buffer.flushIfFull())
            return -1;
    }
    return buffer.flush() ? buffer.size() : -1;
}

void SalesGenerator::appendRow(RowBuffer &buffer, quint64 id)
{
    buffer.appendNumber(id);
    buffer.append(',');

    // ts and date: one random second of 2016-2017, so the date always is the ts's day.
    const quint32 day = m_random.bounded(quint32(m_days.size()));
    const quint32 second = m_random.bounded(86400);
    const QByteArray &date = m_days[day];
    buffer.append(date);
    buffer.append('T');
    buffer.appendPadded(second / 3600, 2);
    buffer.append(':');
    buffer.appendPadded(second / 60 % 60, 2);
    buffer.append(':');
    buffer.appendPadded(second % 60, 2);
    buffer.append(',');
    buffer.append(date);

    buffer.append(QByteArrayView(",T"));
    buffer.appendPadded(m_random.bounded(kTeams), 3);
    buffer.append(',');
    buffer.append(m_regions[m_random.bounded(quint32(m_regions.size()))]);
    buffer.append(',');
    buffer.append(m_products[m_random.bounded(quint32(m_products.size()))]);
    buffer.append(',');
    buffer.appendNumber(1 + m_random.bounded(100));
    buffer.append(',');
    buffer.appendCents(50 + m_random.bounded(99950));
    buffer.append(',');
    if (!m_random.percent(20))
        buffer.appendCents(m_random.bounded(51));
    buffer.append(',');
    appendNote(buffer);
    buffer.append('\n');
}

void SalesGenerator::appendNote(RowBuffer &buffer)
{
    if (m_random.percent(35))
        return;
    const quint32 words = 2 + m_random.bounded(7);
    const bool quoteWord = m_random.percent(8); // a word in ""quotes""
    const bool lineBreak = m_random.percent(2); // a line break inside the quoted field
    const quint32 quoted = m_random.bounded(words);
    const quint32 broken = 1 + m_random.bounded(words - 1);
    quint32 picks[8];
    bool needsQuotes = quoteWord || lineBreak;
    for (quint32 i = 0; i < words; ++i) {
        picks[i] = m_random.bounded(quint32(m_words.size()));
        needsQuotes = needsQuotes || m_words[picks[i]].contains(',');
    }
    if (needsQuotes)
        buffer.append('"');
    for (quint32 i = 0; i < words; ++i) {
        if (i > 0)
            buffer.append(lineBreak && i == broken ? '\n' : ' ');
        if (quoteWord && i == quoted) {
            buffer.append(QByteArrayView("\"\""));
            buffer.append(m_words[picks[i]]);
            buffer.append(QByteArrayView("\"\""));
        } else {
            buffer.append(m_words[picks[i]]);
        }
    }
    if (needsQuotes)
        buffer.append('"');
}

} // namespace sluice
