#include "bench/benchharness.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <fcntl.h>

#include "datagen/salesgenerator.h"

namespace sluice::bench {

Measurement runMeasured(const QString &program, const QStringList &arguments, const QString &stdoutPath,
                        const QString &stdinPath)
{
    // fork/exec + wait4 rather than QProcess: wait4 hands back the child's own rusage.
    QList<QByteArray> storage { program.toLocal8Bit() };
    for (const QString &argument : arguments)
        storage << argument.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);
    const QByteArray out = stdoutPath.isEmpty() ? QByteArray("/dev/null") : stdoutPath.toLocal8Bit();
    const QByteArray in = stdinPath.isEmpty() ? QByteArray("/dev/null") : stdinPath.toLocal8Bit();

    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        const int inFd = open(in.constData(), O_RDONLY);
        const int outFd = open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(inFd, 0);
        dup2(outFd, 1);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    const auto end = std::chrono::steady_clock::now();
    Measurement measurement;
    measurement.seconds = std::chrono::duration<double>(end - start).count();
    measurement.peakRssMiB = double(usage.ru_maxrss) / 1024.0;  // KiB on Linux
    measurement.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return measurement;
}

namespace {

double medianOfSorted(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

} // namespace

Summary medianOf(int runs, const std::function<Measurement()> &measure)
{
    return Rounds(runs, { measure }).median(0);
}

Rounds::Rounds(int runs, const QList<std::function<Measurement()>> &variants)
    : m_seconds(variants.size())
{
    QList<QList<double>> rss(variants.size());
    QList<bool> ok(variants.size(), true);
    for (int round = 0; round < runs; ++round) {
        for (qsizetype v = 0; v < variants.size(); ++v) {
            const Measurement m = variants.at(v)();
            ok[v] = ok[v] && m.ok;
            m_seconds[v] << m.seconds;
            rss[v] << m.peakRssMiB;
        }
    }
    for (qsizetype v = 0; v < variants.size(); ++v)
        m_medians << Summary { medianOfSorted(m_seconds.at(v)), medianOfSorted(rss.at(v)), ok.at(v) };
}

Rounds::Ratio Rounds::ratio(qsizetype a, qsizetype b) const
{
    QList<double> ratios;
    for (qsizetype round = 0; round < m_seconds.at(a).size(); ++round) {
        if (m_seconds.at(b).at(round) > 0)
            ratios << m_seconds.at(a).at(round) / m_seconds.at(b).at(round);
    }
    if (ratios.isEmpty())
        return {};
    return Ratio { medianOfSorted(ratios), *std::min_element(ratios.begin(), ratios.end()),
                   *std::max_element(ratios.begin(), ratios.end()) };
}

QString salesFile(const QString &directory, qint64 bytes)
{
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(QStringLiteral("sales-%1.csv").arg(bytes));
    if (QFileInfo(path).size() >= bytes)
        return path;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    std::fprintf(stderr, "generating %s\n", qPrintable(path));
    SalesGenerator(42).writeBytes(file, bytes);
    return path;
}

QString compressedCopy(const QString &path, const QString &program)
{
    const QString suffix = program == u"gzip" ? QStringLiteral(".gz") : QStringLiteral(".zst");
    const QString target = path + suffix;
    if (QFileInfo(target).lastModified() >= QFileInfo(path).lastModified() && QFileInfo(target).size() > 0)
        return target;
    std::fprintf(stderr, "compressing %s with %s\n", qPrintable(path), qPrintable(program));
    runMeasured(program, { QStringLiteral("-c"), path }, target);
    return target;
}

BenchOptions parseOptions(const QStringList &arguments)
{
    BenchOptions options;
    options.directory = QDir::temp().filePath(QStringLiteral("sluice-bench"));
    for (qsizetype i = 0; i + 1 < arguments.size(); i += 2) {
        if (arguments[i] == u"--sizes")
            options.sizes = arguments[i + 1].split(u',');
        else if (arguments[i] == u"--runs")
            options.runs = std::max(1, arguments[i + 1].toInt());
        else if (arguments[i] == u"--dir")
            options.directory = arguments[i + 1];
    }
    return options;
}

qint64 parseSize(const QString &text)
{
    QString number = text.trimmed().toUpper();
    qint64 unit = 1;
    for (const auto &[suffix, factor] : { std::pair { "GB", 1000LL * 1000 * 1000 }, std::pair { "MB", 1000LL * 1000 },
                                          std::pair { "KB", 1000LL } }) {
        if (number.endsWith(QLatin1StringView(suffix))) {
            number.chop(2);
            unit = factor;
            break;
        }
    }
    bool ok = false;
    const double value = number.toDouble(&ok);
    return ok ? qint64(value * double(unit)) : 0;
}

void printRow(const QString &what, const Summary &summary, qint64 bytes, qint64 rows, const Summary *reference,
              const QString &referenceName)
{
    const double mbs = double(bytes) / 1e6 / summary.seconds;
    const double rowsPerSecond = double(rows) / summary.seconds;
    QString ratio;
    if (reference && reference->seconds > 0)
        ratio = QStringLiteral("%1x %2").arg(summary.seconds / reference->seconds, 0, 'f', 2).arg(referenceName);
    std::printf("  %-34s %8.2f s %9.0f MB/s %10.0f rows/s %8.1f MiB  %s%s\n", qPrintable(what), summary.seconds, mbs,
                rowsPerSecond, summary.peakRssMiB, qPrintable(ratio), summary.ok ? "" : "  (FAILED)");
    std::fflush(stdout);
}

} // namespace sluice::bench
