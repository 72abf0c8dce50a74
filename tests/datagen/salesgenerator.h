#pragma once

#include <vector>

#include <QByteArray>

#include "datagen/fastrandom.h"

class QIODevice;

namespace sluice {

class RowBuffer;

/// Writes a realistic "sales" CSV for tests and benchmarks, fast (hundreds of MB/s) and
/// deterministic: the same seed gives the same bytes, and a shorter file is a prefix of a longer one.
///
///     id,ts,date,team,region,product,quantity,unit_price,discount,note
///     1,2017-06-02T08:41:17,2017-06-02,T031,"Coast, South",Eco Drill,17,212.40,,"call back ""gift"" wrap"
///
/// ts lies in 2016-2017 and date is its day; team is one of T000..T049; region is quoted and holds a
/// comma; quantity 1-100; unit_price has two decimals; discount is 0.00-0.50 or empty (about 20%);
/// note is empty (about 35%) or free text, sometimes with doubled quotes or a line break inside.
/// One generator writes one file: it carries on from where the last call stopped.
class SalesGenerator final
{
public:
    static constexpr int kTeams = 50;

    explicit SalesGenerator(quint64 seed);

    static QByteArray header();

    /// The header and `rows` rows. Returns the bytes written, or -1 when the device fails
    /// (its errorString() says why).
    qint64 writeRows(QIODevice &out, qint64 rows);
    /// The header and whole rows until at least `bytes` bytes are written; same return.
    qint64 writeBytes(QIODevice &out, qint64 bytes);
    /// The header and `rows` rows in memory.
    QByteArray generate(qint64 rows);

    /// Rows written by the last write call.
    qint64 rowsWritten() const { return m_rows; }

private:
    qint64 write(QIODevice &out, qint64 maxRows, qint64 maxBytes);
    void appendRow(RowBuffer &buffer, quint64 id);
    void appendNote(RowBuffer &buffer);

    FastRandom m_random;
    std::vector<QByteArray> m_days;
    std::vector<QByteArray> m_regions;
    std::vector<QByteArray> m_products;
    std::vector<QByteArray> m_words;
    qint64 m_rows = 0;
};

} // namespace sluice
