#pragma once

#include <functional>

#include <QList>
#include <QString>
#include <QStringList>

namespace sluice::bench {

/// One measured run of a child process: wall time and the child's peak resident memory.
struct Measurement
{
    double seconds = 0;
    double peakRssMiB = 0;
    bool ok = false;
};

/// Runs `program` with `arguments` (stdout to /dev/null unless `stdoutPath` is given) and
/// measures it. Each variant runs in a process of its own so peak memory is its own.
Measurement runMeasured(const QString &program, const QStringList &arguments, const QString &stdoutPath = {},
                        const QString &stdinPath = {});

/// Median seconds and median peak RSS over `runs` runs of `measure`.
struct Summary
{
    double seconds = 0;
    double peakRssMiB = 0;
    bool ok = true;
};
Summary medianOf(int runs, const std::function<Measurement()> &measure);

/// Several variants measured in turn for `runs` rounds (A B C, A B C, ...), so that a slow or fast
/// spell of a shared machine falls on all of them alike: their medians, and ratios per round.
class Rounds
{
public:
    Rounds(int runs, const QList<std::function<Measurement()>> &variants);
    const Summary &median(qsizetype variant) const { return m_medians.at(variant); }
    /// Variant a's time over variant b's, per round: the median, lowest and highest.
    struct Ratio
    {
        double median = 0;
        double lowest = 0;
        double highest = 0;
    };
    Ratio ratio(qsizetype a, qsizetype b) const;

private:
    QList<Summary> m_medians;
    QList<QList<double>> m_seconds;  // [variant][round]
};

/// A sales file of about `bytes` bytes in `directory`, generated once and reused.
QString salesFile(const QString &directory, qint64 bytes);

/// The same file compressed with `program` ("gzip" or "zstd"), made once and reused.
QString compressedCopy(const QString &path, const QString &program);

/// The options every benchmark takes: --sizes 100MB,1GB --runs 3 --dir DIR.
struct BenchOptions
{
    QStringList sizes { QStringLiteral("100MB"), QStringLiteral("1GB") };
    int runs = 3;
    QString directory;  // where data files are generated once and reused
};
BenchOptions parseOptions(const QStringList &arguments);

/// "100MB", "1GB" -> bytes; 0 when unreadable.
qint64 parseSize(const QString &text);

/// Prints a row of the figures table.
void printRow(const QString &what, const Summary &summary, qint64 bytes, qint64 rows, const Summary *reference = nullptr,
              const QString &referenceName = {});

} // namespace sluice::bench
