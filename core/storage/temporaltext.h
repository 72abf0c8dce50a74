#pragma once

#include <QtGlobal>

namespace sluice {

/// How dates and datetimes are stored as text (SQLite keeps them as ISO 8601, which its
/// date functions read and which sorts and compares correctly as text).
/// Both write into `out` (at least kMaxTemporalText bytes) and return the length written.
constexpr int kMaxTemporalText = 32;

/// "2016-03-04" for days since 1970-01-01.
int formatIsoDate(qint64 days, char *out);

/// "2016-03-04T12:34:56", with ".123" when there are milliseconds; always UTC, no zone suffix.
int formatIsoDateTime(qint64 msSinceEpoch, char *out);

} // namespace sluice
