#include <QBuffer>
#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "datagen/salesgenerator.h"
#include "datagen/teamsgenerator.h"

using namespace sluice;

namespace {

using Record = QList<QByteArray>;

// A strict RFC 4180 reader, independent of the generators: fails on a stray or unbalanced quote.
bool parseCsv(const QByteArray &csv, QList<Record> &records)
{
    Record record;
    QByteArray field;
    qsizetype i = 0;
    while (i < csv.size()) {
        if (csv[i] == '"') {
            ++i;
            for (;;) {
                if (i >= csv.size())
                    return false; // the quoted field never closes
                if (csv[i] == '"') {
                    if (i + 1 < csv.size() && csv[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += csv[i++];
            }
            if (i < csv.size() && csv[i] != ',' && csv[i] != '\n')
                return false; // text after the closing quote
        } else {
            while (i < csv.size() && csv[i] != ',' && csv[i] != '\n') {
                if (csv[i] == '"')
                    return false; // a quote inside an unquoted field
                field += csv[i++];
            }
        }
        record.append(field);
        field.clear();
        if (i < csv.size() && csv[i] == ',') {
            ++i;
            if (i == csv.size())
                record.append(QByteArray());
            continue;
        }
        ++i; // the line end
        records.append(record);
        record.clear();
    }
    return record.isEmpty();
}

} // namespace

class tst_DataGen : public QObject
{
    Q_OBJECT
private slots:
    void salesDeterministic_data();
    void salesDeterministic();
    void salesBySize();
    void salesColumnsPlausible();
    void teamsValidRows();
    void teamsBadRows_data();
    void teamsBadRows();
    void writeFailureReported();
    void commandLine();
};

void tst_DataGen::salesDeterministic_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<qint64>("rows");
    QTest::newRow("seed 1, 1 row") << quint64(1) << qint64(1);
    QTest::newRow("seed 1, 5000 rows") << quint64(1) << qint64(5000);
    QTest::newRow("seed 0") << quint64(0) << qint64(5000);
    QTest::newRow("seed max") << std::numeric_limits<quint64>::max() << qint64(5000);
    QTest::newRow("no rows") << quint64(3) << qint64(0);
}

void tst_DataGen::salesDeterministic()
{
    QFETCH(quint64, seed);
    QFETCH(qint64, rows);
    const QByteArray first = SalesGenerator(seed).generate(rows);
    const QByteArray second = SalesGenerator(seed).generate(rows);
    QVERIFY(first == second);
    QVERIFY(first.startsWith(SalesGenerator::header()));
    if (rows > 0) {
        QVERIFY(SalesGenerator(seed + 1).generate(rows) != first);
        QVERIFY(SalesGenerator(seed).generate(rows + 10).startsWith(first)); // more rows: a longer file
    } else {
        QCOMPARE(first, SalesGenerator::header());
    }
}

void tst_DataGen::salesBySize()
{
    const qint64 target = 1000000;
    QByteArray first;
    QBuffer firstBuffer(&first);
    QVERIFY(firstBuffer.open(QIODevice::WriteOnly));
    SalesGenerator generator(42);
    const qint64 written = generator.writeBytes(firstBuffer, target);
    QCOMPARE(written, first.size());
    QVERIFY(first.size() >= target);
    QVERIFY(first.size() < target + 1000); // whole rows, stopping at the first past the size
    QVERIFY(first.endsWith('\n'));

    QByteArray second;
    QBuffer secondBuffer(&second);
    QVERIFY(secondBuffer.open(QIODevice::WriteOnly));
    SalesGenerator(42).writeBytes(secondBuffer, target);
    QVERIFY(first == second);
    QVERIFY(first == SalesGenerator(42).generate(generator.rowsWritten()));
}

void tst_DataGen::salesColumnsPlausible()
{
    const qint64 rows = 20000;
    const QByteArray csv = SalesGenerator(7).generate(rows);
    QCOMPARE(csv.count('"') % 2, 0);
    QList<Record> records;
    QVERIFY(parseCsv(csv, records));
    QCOMPARE(records.size(), rows + 1);
    QCOMPARE(
        records.first(), QByteArray("id,ts,date,team,region,product,quantity,unit_price,discount,note").split(','));
    const double bytesPerRow = double(csv.size()) / rows;
    QVERIFY2(bytesPerRow > 100 && bytesPerRow < 140, qPrintable(QString::number(bytesPerRow)));

    const QRegularExpression team(QStringLiteral("^T0[0-4][0-9]$"));
    const QRegularExpression money(QStringLiteral("^[0-9]+\\.[0-9][0-9]$"));
    QSet<QByteArray> teams;
    QSet<QByteArray> products;
    int emptyDiscounts = 0;
    int emptyNotes = 0;
    int notesWithQuotes = 0;
    int notesWithLineBreaks = 0;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const Record &r = records.at(i);
        QCOMPARE(r.size(), 10);
        QCOMPARE(r[0].toLongLong(), i);
        const QDateTime ts = QDateTime::fromString(QString::fromLatin1(r[1]), Qt::ISODate);
        QVERIFY2(ts.isValid() && ts.date().year() >= 2016 && ts.date().year() <= 2017, r[1].constData());
        const QDate date = QDate::fromString(QString::fromLatin1(r[2]), Qt::ISODate);
        QVERIFY(date.isValid());
        QCOMPARE(date, ts.date());
        QVERIFY2(team.match(QString::fromLatin1(r[3])).hasMatch(), r[3].constData());
        teams.insert(r[3]);
        QVERIFY2(r[4].contains(", "), r[4].constData());
        QVERIFY(!r[5].isEmpty());
        products.insert(r[5]);
        bool ok = false;
        const int quantity = r[6].toInt(&ok);
        QVERIFY(ok && quantity >= 1 && quantity <= 100);
        QVERIFY2(money.match(QString::fromLatin1(r[7])).hasMatch() && r[7].toDouble() > 0, r[7].constData());
        if (r[8].isEmpty()) {
            ++emptyDiscounts;
        } else {
            const double discount = r[8].toDouble(&ok);
            QVERIFY(ok && discount >= 0 && discount <= 0.5);
        }
        QVERIFY(QString::fromUtf8(r[9]).toUtf8() == r[9]); // valid UTF-8
        emptyNotes += r[9].isEmpty();
        notesWithQuotes += r[9].contains('"');
        notesWithLineBreaks += r[9].contains('\n');
    }
    QCOMPARE(teams.size(), SalesGenerator::kTeams);
    QVERIFY(products.size() > 150 && products.size() <= 200);
    QVERIFY2(emptyDiscounts > rows * 15 / 100 && emptyDiscounts < rows * 25 / 100,
        qPrintable(QString::number(emptyDiscounts)));
    QVERIFY(emptyNotes > rows / 5 && emptyNotes < rows / 2);
    QVERIFY(notesWithQuotes > 0);
    QVERIFY(notesWithLineBreaks > 0);
}

void tst_DataGen::teamsValidRows()
{
    TeamsGenerator generator(5);
    const QByteArray csv = generator.generate(120);
    QVERIFY(generator.badRows().empty());
    QVERIFY(csv == TeamsGenerator(5).generate(120));
    QList<Record> records;
    QVERIFY(parseCsv(csv, records));
    QCOMPARE(records.size(), 121);
    QCOMPARE(records.first(), QByteArray("team_id,name,region,lead_email,members,founded").split(','));
    const QRegularExpression email(QStringLiteral("^[a-z]+\\.[a-z]+@example\\.com$"));
    for (int i = 1; i < records.size(); ++i) {
        const Record &r = records.at(i);
        QCOMPARE(r.size(), 6);
        QCOMPARE(r[0], QByteArray("T") + QByteArray::number(i - 1).rightJustified(3, '0')); // T000 first
        QVERIFY(!r[1].isEmpty());
        QVERIFY(r[2].contains(", "));
        QVERIFY2(email.match(QString::fromLatin1(r[3])).hasMatch(), r[3].constData());
        bool ok = false;
        const int members = r[4].toInt(&ok);
        QVERIFY(ok && members >= 1 && members <= 60);
        const QDate founded = QDate::fromString(QString::fromLatin1(r[5]), Qt::ISODate);
        QVERIFY(founded.isValid() && founded.year() >= 2000 && founded.year() <= 2017);
    }
}

void tst_DataGen::teamsBadRows_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("bad");
    QTest::newRow("a few") << 60 << 6;
    QTest::newRow("many") << 200 << 50;
    QTest::newRow("only bad") << 0 << 7;
}

void tst_DataGen::teamsBadRows()
{
    QFETCH(int, rows);
    QFETCH(int, bad);
    TeamsGenerator generator(11);
    generator.setBadRows(bad);
    const QByteArray csv = generator.generate(rows);
    QList<Record> records;
    QVERIFY(parseCsv(csv, records));
    QCOMPARE(records.size(), 1 + rows + bad);
    QCOMPARE(int(generator.badRows().size()), bad);

    // Check each row independently of what the generator says, then compare with its list.
    QSet<QByteArray> seenIds;
    QList<QPair<qint64, TeamsGenerator::Defect>> found;
    const QRegularExpression email(QStringLiteral("^[a-z]+\\.[a-z]+@example\\.com$"));
    for (int i = 1; i < records.size(); ++i) {
        const Record &r = records.at(i);
        QCOMPARE(r.size(), 6);
        bool ok = false;
        const int members = r[4].toInt(&ok);
        std::optional<TeamsGenerator::Defect> defect;
        if (r[0].isEmpty())
            defect = TeamsGenerator::Defect::MissingKey;
        else if (seenIds.contains(r[0]))
            defect = TeamsGenerator::Defect::DuplicateKey;
        else if (!email.match(QString::fromLatin1(r[3])).hasMatch())
            defect = TeamsGenerator::Defect::BadEmail;
        else if (!ok)
            defect = TeamsGenerator::Defect::NonNumericMembers;
        else if (members < 0)
            defect = TeamsGenerator::Defect::NegativeMembers;
        else if (!QDate::fromString(QString::fromLatin1(r[5]), Qt::ISODate).isValid())
            defect = TeamsGenerator::Defect::BadDate;
        seenIds.insert(r[0]);
        if (defect)
            found.append({ qint64(i) + 1, *defect }); // the header is line 1
    }
    QCOMPARE(found.size(), bad);
    QSet<TeamsGenerator::Defect> kinds;
    for (int i = 0; i < bad; ++i) {
        QCOMPARE(generator.badRows().at(size_t(i)).line, found.at(i).first);
        QCOMPARE(generator.badRows().at(size_t(i)).defect, found.at(i).second);
        kinds.insert(found.at(i).second);
    }
    if (rows > 0 && bad >= 6)
        QCOMPARE(kinds.size(), 6); // every kind of defect appears
}

void tst_DataGen::writeFailureReported()
{
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
    QCOMPARE(SalesGenerator(1).writeRows(readOnly, 10), qint64(-1));
}

void tst_DataGen::commandLine()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("sales.csv"));
    const auto run = [](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(SLUICE_DATAGEN_PATH), arguments);
        return process.waitForFinished(60000) && process.exitCode() == 0 ? process.readAllStandardOutput()
                                                                         : QByteArray("failed");
    };
    QCOMPARE(run({ QStringLiteral("sales"), QStringLiteral("--bytes"), QStringLiteral("64K"), QStringLiteral("--seed"),
                 QStringLiteral("9"), QStringLiteral("-o"), out }),
        QByteArray());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.size() >= 64 * 1024);
    QByteArray expected;
    QBuffer buffer(&expected);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    SalesGenerator(9).writeBytes(buffer, 64 * 1024);
    QVERIFY(written == expected);

    QCOMPARE(run({ QStringLiteral("teams"), QStringLiteral("--rows"), QStringLiteral("50"),
                 QStringLiteral("--bad-rows"), QStringLiteral("4") }),
        [] {
            TeamsGenerator generator(1);
            generator.setBadRows(4);
            return generator.generate(50);
        }());
    QCOMPARE(run({ QStringLiteral("sales") }), QByteArray("failed")); // needs --rows or --bytes
    QCOMPARE(run({ QStringLiteral("sales"), QStringLiteral("--bytes"), QStringLiteral("12X") }), QByteArray("failed"));
}

QTEST_GUILESS_MAIN(tst_DataGen)
#include "tst_datagen.moc"
