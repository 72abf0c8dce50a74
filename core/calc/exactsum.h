#pragma once

#include <cmath>
#include <span>

#include <QString>
#include <QtGlobal>

#include "core/calc/hashing.h"

namespace sluice {

__extension__ typedef __int128 CalcInt128;

/// A sum that never silently loses what it was given: integers add exactly in 128 bits (2^63
/// values of int64 max cannot overflow it), reals add with Neumaier compensation (error about
/// one rounding of the result, whatever the order). Mergeable by addition.
class ExactSum final
{
public:
    void addInteger(qint64 value) { m_integer += value; }
    /// Defined here for the hot path. `value` must be finite.
    void addReal(double value)
    {
        const double t = m_real + value;
        // Neumaier: compensate with whichever operand lost low-order bits.
        if (std::abs(m_real) >= std::abs(value))
            m_compensation += (m_real - t) + value;
        else
            m_compensation += (value - t) + m_real;
        m_real = t;
    }
    void addIntegers(std::span<const qint64> values)
    {
        for (const qint64 value : values)
            m_integer += value;
    }
    /// Finite values only.
    void addReals(std::span<const double> values)
    {
        for (const double value : values)
            addReal(value);
    }
    void merge(const ExactSum &other);

    CalcInt128 integer() const { return m_integer; }
    /// Whether the integer sum fits in a qint64 (and so can be reported as a plain JSON integer).
    bool integerFitsInt64() const;
    /// The exact integer sum in decimal.
    QString integerDecimal() const;
    double real() const { return m_real + m_compensation; }

private:
    CalcInt128 m_integer = 0;
    double m_real = 0.0;
    double m_compensation = 0.0;
};

} // namespace sluice
