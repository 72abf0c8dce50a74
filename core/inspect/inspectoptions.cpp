#include "core/inspect/inspectoptions.h"

#include <QCommandLineParser>

namespace sluice {

namespace {

struct Options
{
    QCommandLineOption json { QStringLiteral("json"), InspectCommandLine::tr("Print one JSON object.") };
    QCommandLineOption rows { QStringLiteral("rows"),
                              InspectCommandLine::tr("Print the first N records (with --json: all unless given)."),
                              QStringLiteral("N") };
    QCommandLineOption delimiter { QStringLiteral("delimiter"),
                                   InspectCommandLine::tr("Field delimiter: a character, or tab, space, comma, "
                                                          "semicolon, pipe."),
                                   QStringLiteral("C") };
    QCommandLineOption quote { QStringLiteral("quote"),
                               InspectCommandLine::tr("Quote character, or none."), QStringLiteral("C") };
    QCommandLineOption encoding { QStringLiteral("encoding"),
                                  InspectCommandLine::tr("utf-8, utf-16le, utf-16be, windows-1252 or latin-1."),
                                  QStringLiteral("E") };
    QCommandLineOption noHeader { QStringLiteral("no-header"),
                                  InspectCommandLine::tr("The first line is data, not column names.") };
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(InspectCommandLine::tr(
        "sluice inspect: how Sluice reads a CSV file (plain or compressed): dialect, encoding, compression, "
        "schema and row count."));
    parser.addHelpOption();
    parser.addOptions({ options.json, options.rows, options.delimiter, options.quote, options.encoding,
                        options.noHeader });
    parser.addPositionalArgument(QStringLiteral("FILE"), InspectCommandLine::tr("The file to inspect."));
}

std::optional<char> characterNamed(const QString &text)
{
    static const QList<std::pair<QString, char>> kNamed = {
        { QStringLiteral("tab"), '\t' },   { QStringLiteral("\\t"), '\t' },     { QStringLiteral("space"), ' ' },
        { QStringLiteral("comma"), ',' },  { QStringLiteral("semicolon"), ';' }, { QStringLiteral("pipe"), '|' },
        { QStringLiteral("none"), '\0' },
    };
    for (const auto &[name, character] : kNamed) {
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return character;
    }
    if (text.size() == 1 && text.at(0).unicode() > 0 && text.at(0).unicode() < 128)
        return char(text.at(0).unicode());
    return std::nullopt;
}

std::optional<CsvEncoding> encodingNamed(const QString &text)
{
    const QString name = text.toLower().remove(u'-').remove(u'_');
    if (name == u"utf8")
        return CsvEncoding::Utf8;
    if (name == u"utf16le" || name == u"utf16")
        return CsvEncoding::Utf16LE;
    if (name == u"utf16be")
        return CsvEncoding::Utf16BE;
    if (name == u"windows1252" || name == u"cp1252" || name == u"latin1" || name == u"iso88591")
        return CsvEncoding::Windows1252;
    return std::nullopt;
}

} // namespace

Result<InspectOptions> InspectCommandLine::parse(const QStringList &arguments)
{
    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    if (!parser.parse(QStringList { QStringLiteral("sluice inspect") } + arguments))
        return fail(ErrorCode::InvalidInput, parser.errorText());
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(ErrorCode::InvalidInput, tr("inspect takes exactly one file."));

    InspectOptions result;
    result.path = files.first();
    result.json = parser.isSet(options.json);
    if (parser.isSet(options.rows)) {
        bool ok = false;
        const qint64 rows = parser.value(options.rows).toLongLong(&ok);
        if (!ok || rows < 0)
            return fail(ErrorCode::InvalidInput, tr("--rows: \"%1\" is not a count.").arg(parser.value(options.rows)));
        result.rows = rows;
    }
    if (parser.isSet(options.delimiter)) {
        const auto delimiter = characterNamed(parser.value(options.delimiter));
        if (!delimiter || *delimiter == '\0')
            return fail(ErrorCode::InvalidInput,
                        tr("--delimiter: \"%1\" is not one ASCII character or a known name (tab, space, comma, "
                           "semicolon, pipe).")
                            .arg(parser.value(options.delimiter)));
        result.overrides.delimiter = *delimiter;
    }
    if (parser.isSet(options.quote)) {
        const auto quote = characterNamed(parser.value(options.quote));
        if (!quote)
            return fail(ErrorCode::InvalidInput,
                        tr("--quote: \"%1\" is not one ASCII character or none.").arg(parser.value(options.quote)));
        result.overrides.quote = *quote;
    }
    if (parser.isSet(options.encoding)) {
        const auto encoding = encodingNamed(parser.value(options.encoding));
        if (!encoding)
            return fail(ErrorCode::InvalidInput,
                        tr("--encoding: \"%1\" is not one of utf-8, utf-16le, utf-16be, windows-1252, latin-1.")
                            .arg(parser.value(options.encoding)));
        result.overrides.encoding = *encoding;
    }
    if (parser.isSet(options.noHeader))
        result.overrides.hasHeader = false;
    return result;
}

QString InspectCommandLine::helpText()
{
    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    // The first line names the program as QCoreApplication knows it; say what to type instead.
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    return text.replace(0, firstLineEnd, tr("Usage: sluice inspect [options] FILE"));
}

} // namespace sluice
