// sluice-datagen: writes the deterministic test files of tests/datagen to a file or stdout.
//   sluice-datagen sales --rows N | --bytes SIZE [--seed S] [-o FILE]
//   sluice-datagen teams --rows N [--bad-rows K] [--seed S] [-o FILE]

#include <cstdio>
#include <limits>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include "datagen/salesgenerator.h"
#include "datagen/teamsgenerator.h"

using namespace sluice;

namespace {

int failWith(const QString &message)
{
    std::fprintf(stderr, "sluice-datagen: %s\n", qPrintable(message));
    return 2;
}

// "1000", "64K", "100M", "1G" (binary multiples); nullopt when malformed.
std::optional<qint64> parseSize(QString text)
{
    qint64 unit = 1;
    const QChar last = text.isEmpty() ? QChar() : text.back().toUpper();
    if (last == QLatin1Char('K') || last == QLatin1Char('M') || last == QLatin1Char('G')) {
        unit = last == QLatin1Char('K') ? 1024 : last == QLatin1Char('M') ? 1024 * 1024 : 1024 * 1024 * 1024;
        text.chop(1);
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > std::numeric_limits<qint64>::max() / unit)
        return std::nullopt;
    return value * unit;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sluice-datagen"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes deterministic Sluice test data: the same seed and size "
                                                    "always give the same bytes."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("sales or teams"));
    const QCommandLineOption rowsOption(
        QStringLiteral("rows"), QStringLiteral("Number of (valid) rows."), QStringLiteral("N"));
    const QCommandLineOption bytesOption(QStringLiteral("bytes"),
        QStringLiteral("sales only: write whole rows until the file has at least "
                       "SIZE bytes (suffix K, M or G: binary multiples)."),
        QStringLiteral("SIZE"));
    const QCommandLineOption badRowsOption(QStringLiteral("bad-rows"),
        QStringLiteral("teams only: also mix in K invalid rows."), QStringLiteral("K"), QStringLiteral("0"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOptions({ rowsOption, bytesOption, badRowsOption, seedOption, outputOption });
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString kind = positional.value(0);
    if (positional.size() != 1 || (kind != QStringLiteral("sales") && kind != QStringLiteral("teams")))
        return failWith(QStringLiteral("say what to generate: sales or teams (see --help)"));
    bool ok = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return failWith(QStringLiteral("--seed needs a non-negative integer"));
    std::optional<qint64> rows;
    if (parser.isSet(rowsOption)) {
        rows = parser.value(rowsOption).toLongLong(&ok);
        if (!ok || *rows < 0)
            return failWith(QStringLiteral("--rows needs a non-negative integer"));
    }
    std::optional<qint64> bytes;
    if (parser.isSet(bytesOption)) {
        bytes = parseSize(parser.value(bytesOption));
        if (!bytes)
            return failWith(QStringLiteral("--bytes needs a size such as 1000, 64K, 100M or 1G"));
    }
    const int badRows = parser.value(badRowsOption).toInt(&ok);
    if (!ok || badRows < 0)
        return failWith(QStringLiteral("--bad-rows needs a non-negative integer"));
    if (kind == QStringLiteral("sales") && rows.has_value() == bytes.has_value())
        return failWith(QStringLiteral("sales needs exactly one of --rows and --bytes"));
    if (kind == QStringLiteral("teams") && (!rows || bytes || *rows > std::numeric_limits<int>::max() - badRows))
        return failWith(QStringLiteral("teams needs --rows (and takes no --bytes)"));
    if (kind == QStringLiteral("sales") && badRows > 0)
        return failWith(QStringLiteral("--bad-rows is for teams only"));

    // A file appears only when complete (QSaveFile), so an interrupted run leaves no half file behind.
    QSaveFile file(parser.value(outputOption));
    QFile standardOutput;
    QIODevice *out = nullptr;
    if (parser.isSet(outputOption)) {
        if (!file.open(QIODevice::WriteOnly))
            return failWith(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        out = &file;
    } else {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return failWith(QStringLiteral("cannot write to standard output"));
        out = &standardOutput;
    }

    qint64 written = 0;
    if (kind == QStringLiteral("sales")) {
        SalesGenerator generator(seed);
        written = rows ? generator.writeRows(*out, *rows) : generator.writeBytes(*out, *bytes);
    } else {
        TeamsGenerator generator(seed);
        generator.setBadRows(badRows);
        written = generator.write(*out, int(*rows));
    }
    if (written < 0 || (out == &file && !file.commit()))
        return failWith(QStringLiteral("writing failed: %1").arg(out->errorString()));
    return 0;
}
