#pragma once

#include <QMetaType>
#include <QString>

#include <tl/expected.hpp>

namespace sluice {

/// What kind of failure an Error is; server/apierror.cpp alone maps it to an HTTP status.
enum class ErrorCode {
    InvalidInput,   // the caller sent something malformed
    Unauthorized,   // missing or wrong access token
    Forbidden,      // authenticated, but not allowed
    MisdirectedRequest,  // Host header names a server we are not (DNS-rebinding guard)
    NotFound,
    Conflict,       // the resource is in a state that does not allow this
    TooLarge,
    Unsupported,
    Busy,           // a limit on concurrent work was reached; try again later
    Io,             // reading or writing a file failed
    Storage,        // the database failed
    Network,
    Timeout,
    Canceled,
    Internal,       // a bug: should never reach a user
};

/// A failure with a message that is already translated and names what and where.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

/// Every operation that can fail returns a Result (see STYLE.md: why not exceptions).
template <typename T>
using Result = tl::expected<T, Error>;

/// Shorthand for the failing side of a Result.
inline tl::unexpected<Error> fail(ErrorCode code, const QString &message)
{
    return tl::unexpected<Error>(Error { code, message });
}

/// The stable machine-readable name of a code, as used in JSON error bodies.
QString errorCodeName(ErrorCode code);

} // namespace sluice

Q_DECLARE_METATYPE(sluice::Error)
