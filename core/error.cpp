#include "core/error.h"

namespace sluice {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput: return QStringLiteral("invalid_input");
    case ErrorCode::Unauthorized: return QStringLiteral("unauthorized");
    case ErrorCode::Forbidden: return QStringLiteral("forbidden");
    case ErrorCode::MisdirectedRequest: return QStringLiteral("misdirected_request");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::TooLarge: return QStringLiteral("too_large");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::Busy: return QStringLiteral("busy");
    case ErrorCode::Io: return QStringLiteral("io_error");
    case ErrorCode::Storage: return QStringLiteral("storage_error");
    case ErrorCode::Network: return QStringLiteral("network_error");
    case ErrorCode::Timeout: return QStringLiteral("timeout");
    case ErrorCode::Canceled: return QStringLiteral("canceled");
    case ErrorCode::Internal: return QStringLiteral("internal_error");
    }
    return QStringLiteral("internal_error");
}

} // namespace sluice
