#pragma once

#include <optional>

#include <QCoreApplication>
#include <QStringList>

#include "core/csv/csvsniffer.h"
#include "core/error.h"

namespace sluice {

/// What `sluice inspect` was asked for.
struct InspectOptions
{
    QString path;
    bool json = false;
    // Records to print. Unset: none in the text report, all of them with --json (so the
    // output can be compared with another parser's).
    std::optional<qint64> rows;
    CsvOverrides overrides;
};

/// Parses `sluice inspect FILE [--json] [--rows N] [--delimiter C] [--quote C] [--encoding E]
/// [--no-header]`; `arguments` starts after "inspect".
class InspectCommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommandLine)
public:
    [[nodiscard]] static Result<InspectOptions> parse(const QStringList &arguments);
    static QString helpText();
};

} // namespace sluice
