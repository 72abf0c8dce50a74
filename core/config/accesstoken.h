#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/error.h"

namespace sluice {

/// The secret every non-open API request must carry: 256 random bits as 64 hex digits,
/// made on first run and kept in a file only its owner can read. Never log it.
class AccessToken final
{
    Q_DECLARE_TR_FUNCTIONS(AccessToken)
public:
    /// Reads the token from `path`, or makes a new one there when the file does not exist.
    [[nodiscard]] static Result<AccessToken> loadOrCreate(const QString &path);

    /// A token from its text, e.g. one a user typed in; not validated beyond being non-empty.
    explicit AccessToken(QByteArray value);

    QByteArray value() const { return m_value; }

    /// Constant-time comparison, so response timing tells an attacker nothing.
    bool matches(QByteArrayView candidate) const;

private:
    QByteArray m_value;
};

} // namespace sluice
