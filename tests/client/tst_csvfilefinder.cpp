#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "app/client/csvfilefinder.h"

using namespace sluice;

class tst_CsvFileFinder : public QObject
{
    Q_OBJECT
private slots:
    void isCsvLike_data();
    void isCsvLike();
    void findsRecursivelyInOrder();
};

void tst_CsvFileFinder::isCsvLike_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("csvLike");
    for (const char *plain : { "csv", "tsv", "txt" }) {
        for (const char *compressed : { "", ".gz", ".bz2", ".xz", ".zst" }) {
            const QString name = QStringLiteral("data.%1%2").arg(QLatin1String(plain), QLatin1String(compressed));
            QTest::newRow(qPrintable(name)) << name << true;
        }
    }
    QTest::newRow("zip") << QStringLiteral("bundle.zip") << true;
    QTest::newRow("upper case") << QStringLiteral("DATA.CSV.GZ") << true;
    QTest::newRow("json") << QStringLiteral("data.json") << false;
    QTest::newRow("gz alone") << QStringLiteral("data.gz") << false;
    QTest::newRow("csv in the middle") << QStringLiteral("data.csv.bak") << false;
    QTest::newRow("xlsx") << QStringLiteral("book.xlsx") << false;
    QTest::newRow("only an extension") << QStringLiteral(".csv") << false;
}

void tst_CsvFileFinder::isCsvLike()
{
    QFETCH(QString, name);
    QFETCH(bool, csvLike);
    QCOMPARE(CsvFileFinder::isCsvLike(name), csvLike);
}

void tst_CsvFileFinder::findsRecursivelyInOrder()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    QVERIFY(root.mkpath(QStringLiteral("b/deeper")));
    QVERIFY(root.mkpath(QStringLiteral("a")));
    const QStringList wanted { QStringLiteral("a/one.csv"), QStringLiteral("b/deeper/three.tsv.zst"),
        QStringLiteral("b/two.zip"), QStringLiteral("top.txt.gz") };
    const QStringList ignored { QStringLiteral("a/notes.md"), QStringLiteral("b/deeper/image.png") };
    for (const QString &name : wanted + ignored) {
        QFile file(root.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x\n");
    }
    QStringList expected;
    for (const QString &name : wanted)
        expected.append(root.filePath(name));
    QCOMPARE(CsvFileFinder::find(dir.path()), expected);
}

QTEST_APPLESS_MAIN(tst_CsvFileFinder)
#include "tst_csvfilefinder.moc"
