#pragma once

#include <array>
#include <optional>
#include <utility>

#include <QLatin1StringView>
#include <QString>

namespace sluice {

/// A fixed table of an enum's stable names (as used in JSON, the API and the catalog),
/// looked up both ways.
template <typename Enum, std::size_t N>
class EnumNames final
{
public:
    using Entry = std::pair<Enum, QLatin1StringView>;

    constexpr explicit EnumNames(std::array<Entry, N> entries)
        : m_entries(entries)
    {
    }

    /// The name of `value`; the table must list every value.
    QString name(Enum value) const
    {
        for (const auto &[candidate, text] : m_entries) {
            if (candidate == value)
                return text;
        }
        Q_ASSERT_X(false, "EnumNames::name", "value missing from its table");
        return QString();
    }

    std::optional<Enum> fromName(QStringView text) const
    {
        for (const auto &[value, candidate] : m_entries) {
            if (text == candidate)
                return value;
        }
        return std::nullopt;
    }

private:
    std::array<Entry, N> m_entries;
};

} // namespace sluice
