#pragma once

#include <QJsonObject>

namespace sluice {

struct CsvSniffResult;
struct CsvOverrides;

/// How a file is read, as JSON: every setting with its value and where it came from
/// ("detected", "user", "default"), plus the encoding. Shown by `sluice inspect`, stored with
/// each dataset, and returned by the API, so a person can see why a file was read that way.
QJsonObject dialectToJson(const CsvSniffResult &sniffed);

/// The settings a user chose, read back from dialectToJson(): what an interrupted import
/// needs to be redone exactly as it was started.
CsvOverrides userOverridesFromJson(const QJsonObject &dialect);

/// The encoding part alone: {"value": "UTF-8", "source": "detected", "bom": false}.
QJsonObject encodingToJson(const CsvSniffResult &sniffed);

} // namespace sluice
