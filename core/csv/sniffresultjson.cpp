#include "core/csv/sniffresultjson.h"

#include "core/csv/csvsniffer.h"

namespace sluice {

namespace {

QJsonObject setting(const QJsonValue &value, SettingSource source)
{
    return { { QStringLiteral("value"), value }, { QStringLiteral("source"), settingSourceName(source) } };
}

QString characterText(char c)
{
    return c == '\0' ? QString() : QString(QLatin1Char(c));
}

bool isUserSet(const QJsonObject &dialect, const QString &key)
{
    return dialect.value(key).toObject().value(QStringLiteral("source")).toString() == settingSourceName(SettingSource::UserSet);
}

char characterOf(const QJsonObject &dialect, const QString &key)
{
    const QString text = dialect.value(key).toObject().value(QStringLiteral("value")).toString();
    return text.isEmpty() ? '\0' : char(text.at(0).toLatin1());
}

} // namespace

CsvOverrides userOverridesFromJson(const QJsonObject &dialect)
{
    CsvOverrides overrides;
    const auto value = [&](const QString &key) { return dialect.value(key).toObject().value(QStringLiteral("value")); };
    if (isUserSet(dialect, QStringLiteral("encoding"))) {
        for (CsvEncoding encoding : { CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE, CsvEncoding::Windows1252 }) {
            if (csvEncodingName(encoding) == value(QStringLiteral("encoding")).toString())
                overrides.encoding = encoding;
        }
    }
    if (isUserSet(dialect, QStringLiteral("delimiter")))
        overrides.delimiter = characterOf(dialect, QStringLiteral("delimiter"));
    if (isUserSet(dialect, QStringLiteral("quote")))
        overrides.quote = characterOf(dialect, QStringLiteral("quote"));
    if (isUserSet(dialect, QStringLiteral("header")))
        overrides.hasHeader = value(QStringLiteral("header")).toBool();
    if (isUserSet(dialect, QStringLiteral("preambleLines")))
        overrides.preambleLines = value(QStringLiteral("preambleLines")).toInt();
    if (isUserSet(dialect, QStringLiteral("trailingDelimiter")))
        overrides.trailingDelimiter = value(QStringLiteral("trailingDelimiter")).toBool();
    if (isUserSet(dialect, QStringLiteral("decimalSeparator")))
        overrides.decimalSeparator = characterOf(dialect, QStringLiteral("decimalSeparator"));
    if (isUserSet(dialect, QStringLiteral("thousandsSeparator")))
        overrides.thousandsSeparator = characterOf(dialect, QStringLiteral("thousandsSeparator"));
    return overrides;
}

QJsonObject encodingToJson(const CsvSniffResult &sniffed)
{
    return { { QStringLiteral("value"), csvEncodingName(sniffed.dialect.encoding) },
             { QStringLiteral("source"), settingSourceName(sniffed.sources.encoding) },
             { QStringLiteral("bom"), sniffed.dialect.hasBom } };
}

QJsonObject dialectToJson(const CsvSniffResult &sniffed)
{
    const CsvDialect &d = sniffed.dialect;
    const CsvDialectSources &s = sniffed.sources;
    return {
        { QStringLiteral("encoding"), encodingToJson(sniffed) },
        { QStringLiteral("delimiter"), setting(characterText(d.delimiter), s.delimiter) },
        { QStringLiteral("quote"), setting(characterText(d.quote), s.quote) },
        { QStringLiteral("header"), setting(d.hasHeader, s.hasHeader) },
        { QStringLiteral("preambleLines"), setting(d.preambleLines, s.preambleLines) },
        { QStringLiteral("trailingDelimiter"), setting(d.trailingDelimiter, s.trailingDelimiter) },
        { QStringLiteral("decimalSeparator"), setting(characterText(d.decimalSeparator), s.decimalSeparator) },
        { QStringLiteral("thousandsSeparator"), setting(characterText(d.thousandsSeparator), s.thousandsSeparator) },
    };
}

} // namespace sluice
