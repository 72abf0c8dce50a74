#include "datagen/teamsgenerator.h"

#include <algorithm>
#include <numeric>
#include <optional>

#include <QBuffer>

#include "datagen/rowbuffer.h"
#include "datagen/vocabulary.h"

namespace sluice {

namespace {

constexpr int kDefects = 6;

void appendTeamId(RowBuffer &buffer, char prefix, quint64 number)
{
    buffer.append(prefix);
    buffer.appendPadded(number, 3);
}

} // namespace

TeamsGenerator::TeamsGenerator(quint64 seed)
    : m_random(seed)
{
}

QByteArray TeamsGenerator::header()
{
    return QByteArrayLiteral("team_id,name,region,lead_email,members,founded\n");
}

QString TeamsGenerator::defectName(Defect defect)
{
    switch (defect) {
    case Defect::MissingKey:
        return QStringLiteral("missing key");
    case Defect::DuplicateKey:
        return QStringLiteral("duplicate key");
    case Defect::BadEmail:
        return QStringLiteral("bad email");
    case Defect::NegativeMembers:
        return QStringLiteral("negative members");
    case Defect::NonNumericMembers:
        return QStringLiteral("non-numeric members");
    case Defect::BadDate:
        return QStringLiteral("bad date");
    }
    return QString();
}

QByteArray TeamsGenerator::generate(int rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(buffer, rows);
    return bytes;
}

qint64 TeamsGenerator::write(QIODevice &out, int rows)
{
    const std::vector<QByteArray> names = Vocabulary::teamNames();
    const std::vector<QByteArray> regions = Vocabulary::regions();
    const std::vector<QByteArray> firstNames = Vocabulary::firstNames();
    const std::vector<QByteArray> lastNames = Vocabulary::lastNames();
    const std::vector<QByteArray> days = Vocabulary::days(2000, 2017);

    // Which of the data lines are invalid: a partial Fisher-Yates shuffle picks them.
    const int total = rows + m_badCount;
    std::vector<int> order(static_cast<size_t>(total));
    std::iota(order.begin(), order.end(), 0);
    for (int i = 0; i < m_badCount; ++i)
        std::swap(order[size_t(i)], order[size_t(i) + m_random.bounded(quint32(total - i))]);
    std::vector<bool> isBad(static_cast<size_t>(total), false);
    for (int i = 0; i < m_badCount; ++i)
        isBad[size_t(order[size_t(i)])] = true;

    m_badRows.clear();
    RowBuffer buffer(out);
    buffer.append(header());
    quint64 validWritten = 0;
    quint64 badWritten = 0;
    for (int index = 0; index < total; ++index) {
        std::optional<Defect> defect;
        if (isBad[size_t(index)]) {
            defect = Defect(badWritten % kDefects);
            // A duplicate needs an earlier original, or the valid row would be the one reported.
            if (*defect == Defect::DuplicateKey && validWritten == 0)
                defect = Defect::MissingKey;
            m_badRows.push_back(BadRow { index + 2, *defect });
        }

        if (!defect)
            appendTeamId(buffer, 'T', validWritten);
        else if (*defect == Defect::DuplicateKey)
            appendTeamId(buffer, 'T', m_random.bounded(quint32(validWritten)));
        else if (*defect != Defect::MissingKey)
            appendTeamId(buffer, 'X', badWritten);
        buffer.append(',');
        buffer.append(names[m_random.bounded(quint32(names.size()))]);
        buffer.append(',');
        buffer.append(regions[m_random.bounded(quint32(regions.size()))]);
        buffer.append(',');
        buffer.append(firstNames[m_random.bounded(quint32(firstNames.size()))]);
        buffer.append('.');
        buffer.append(lastNames[m_random.bounded(quint32(lastNames.size()))]);
        buffer.append(defect == Defect::BadEmail ? QByteArrayView(".example.com") : QByteArrayView("@example.com"));
        buffer.append(',');
        if (defect == Defect::NegativeMembers) {
            buffer.append('-');
            buffer.appendNumber(1 + m_random.bounded(20));
        } else if (defect == Defect::NonNumericMembers) {
            buffer.append(QByteArrayView("twelve"));
        } else {
            buffer.appendNumber(1 + m_random.bounded(60));
        }
        buffer.append(',');
        if (defect == Defect::BadDate)
            buffer.append(QByteArrayView("2017-02-30"));
        else
            buffer.append(days[m_random.bounded(quint32(days.size()))]);
        buffer.append('\n');

        if (defect)
            ++badWritten;
        else
            ++validWritten;
        if (!buffer.flushIfFull())
            return -1;
    }
    return buffer.flush() ? buffer.size() : -1;
}

} // namespace sluice
