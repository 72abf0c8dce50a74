#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

#include <QtGlobal>

// Deterministic data for the calculator tests: a fixed-seed PRNG and split points, so that a
// failure reproduces exactly.
namespace calctest {

struct Random
{
    quint64 state;
    explicit Random(quint64 seed) : state(seed * 0x9e3779b97f4a7c15ull + 0x632be59bd9b4e019ull) { }
    quint64 next()
    {
        // splitmix64
        quint64 z = (state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    qint64 below(qint64 n) { return qint64(next() % quint64(n)); }
    double normal()
    {
        const double u = std::max(unit(), 1e-300);
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * unit());
    }
    double exponential() { return -std::log(std::max(unit(), 1e-300)); }
};

/// 1..7 random cut points (2..8 parts) of [0, n), ascending, with 0 and n at the ends.
inline std::vector<qsizetype> splitPoints(Random &random, qsizetype n)
{
    const int parts = 2 + int(random.below(7));
    std::vector<qsizetype> cuts { 0, n };
    for (int i = 1; i < parts; ++i)
        cuts.push_back(qsizetype(random.below(n + 1)));
    std::sort(cuts.begin(), cuts.end());
    return cuts;
}

inline bool closeRelative(double a, double b, double tolerance = 1e-9)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= tolerance * std::max({ std::abs(a), std::abs(b), 1e-300 });
}

} // namespace calctest
