#pragma once

#include <vector>

#include <QByteArray>

namespace sluice {

/// The words the generators draw from, shared so that sales and teams files agree (regions,
/// team ids). Built once per generator; every string is ready-formatted CSV bytes.
class Vocabulary final
{
public:
    /// Quoted region names, each with a comma inside: "\"North, East\"".
    static std::vector<QByteArray> regions();
    /// About 200 product names ("Compact Kettle").
    static std::vector<QByteArray> products();
    /// Words for free-text notes, some with UTF-8 letters, one with a comma.
    static std::vector<QByteArray> noteWords();
    /// Team names ("Swift Otters"), first and last names for e-mail addresses.
    static std::vector<QByteArray> teamNames();
    static std::vector<QByteArray> firstNames();
    static std::vector<QByteArray> lastNames();
    /// ISO dates ("2016-03-04") of every day from `fromYear`-01-01 to `toYear`-12-31.
    static std::vector<QByteArray> days(int fromYear, int toYear);
};

} // namespace sluice
