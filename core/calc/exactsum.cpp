#include "core/calc/exactsum.h"

#include <limits>

namespace sluice {

void ExactSum::merge(const ExactSum &other)
{
    m_integer += other.m_integer;
    addReal(other.m_real);
    m_compensation += other.m_compensation;
}

bool ExactSum::integerFitsInt64() const
{
    return m_integer >= CalcInt128(std::numeric_limits<qint64>::min())
        && m_integer <= CalcInt128(std::numeric_limits<qint64>::max());
}

QString ExactSum::integerDecimal() const
{
    if (m_integer == 0)
        return QStringLiteral("0");
    const bool negative = m_integer < 0;
    // Work on the magnitude as unsigned so that the most negative value has one too.
    CalcUInt128 magnitude = negative ? CalcUInt128(0) - CalcUInt128(m_integer) : CalcUInt128(m_integer);
    QString digits;
    while (magnitude != 0) {
        digits.prepend(QChar(u'0' + int(magnitude % 10)));
        magnitude /= 10;
    }
    if (negative)
        digits.prepend(u'-');
    return digits;
}

} // namespace sluice
