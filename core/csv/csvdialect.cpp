#include "core/csv/csvdialect.h"

namespace sluice {

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case CsvEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case CsvEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QStringLiteral("UTF-8");
}

QString settingSourceName(SettingSource source)
{
    switch (source) {
    case SettingSource::Default:
        return QStringLiteral("default");
    case SettingSource::Detected:
        return QStringLiteral("detected");
    case SettingSource::UserSet:
        return QStringLiteral("user");
    }
    return QStringLiteral("default");
}

} // namespace sluice
