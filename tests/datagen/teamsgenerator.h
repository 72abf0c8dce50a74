#pragma once

#include <vector>

#include <QByteArray>
#include <QString>

#include "datagen/fastrandom.h"

class QIODevice;

namespace sluice {

/// Writes a "teams" CSV whose ids match the sales file's teams, optionally with invalid rows mixed
/// in for error-report tests. Deterministic like SalesGenerator.
///
///     team_id,name,region,lead_email,members,founded
///     T000,Swift Otters,"North, East",anna.bauer@example.com,12,2009-04-17
///
/// Valid rows have ids T000, T001, ... in order (T000..T049 are the sales teams), members 1-60 and
/// founded in 2000-2017. Invalid rows get ids X000, X001, ... (or none, or a repeated valid one).
class TeamsGenerator final
{
public:
    /// What is wrong with an invalid row; one defect per row.
    enum class Defect { MissingKey, DuplicateKey, BadEmail, NegativeMembers, NonNumericMembers, BadDate };

    /// An invalid row: its line in the file (the header is line 1) and its defect.
    struct BadRow
    {
        qint64 line = 0;
        Defect defect = Defect::MissingKey;
    };

    explicit TeamsGenerator(quint64 seed);

    static QByteArray header();
    /// "missing key", "duplicate key", "bad email", "negative members", "non-numeric members", "bad date".
    static QString defectName(Defect defect);

    /// Mixes `count` invalid rows in among the valid ones, defects taken in turn.
    void setBadRows(int count) { m_badCount = count; }

    /// The header, `rows` valid rows and the invalid ones. Returns the bytes written, or -1 when
    /// the device fails (its errorString() says why).
    qint64 write(QIODevice &out, int rows);
    QByteArray generate(int rows);

    /// The invalid rows of the last write, in file order.
    const std::vector<BadRow> &badRows() const { return m_badRows; }

private:
    FastRandom m_random;
    int m_badCount = 0;
    std::vector<BadRow> m_badRows;
};

} // namespace sluice
