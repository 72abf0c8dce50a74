#include <QTest>

#include "core/storage/temporaltext.h"

using namespace sluice;

class tst_TemporalText : public QObject
{
    Q_OBJECT
private slots:
    void dates_data();
    void dates();
    void dateTimes_data();
    void dateTimes();
};

void tst_TemporalText::dates_data()
{
    QTest::addColumn<qint64>("days");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("day before epoch") << qint64(-1);
    QTest::newRow("leap day 2016") << QDate(1970, 1, 1).daysTo(QDate(2016, 2, 29));
    QTest::newRow("1900-03-01") << QDate(1970, 1, 1).daysTo(QDate(1900, 3, 1));
    QTest::newRow("year 9999") << QDate(1970, 1, 1).daysTo(QDate(9999, 12, 31));
    QTest::newRow("year 1") << QDate(1970, 1, 1).daysTo(QDate(1, 1, 1));
}

void tst_TemporalText::dates()
{
    QFETCH(qint64, days);
    char text[kMaxTemporalText];
    const int length = formatIsoDate(days, text);
    QCOMPARE(QString::fromLatin1(text, length), QDate(1970, 1, 1).addDays(days).toString(Qt::ISODate));
}

void tst_TemporalText::dateTimes_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("epoch") << qint64(0) << QStringLiteral("1970-01-01T00:00:00");
    QTest::newRow("with ms") << qint64(1457094896123) << QStringLiteral("2016-03-04T12:34:56.123");
    QTest::newRow("ms with a leading zero") << qint64(1457094896007) << QStringLiteral("2016-03-04T12:34:56.007");
    QTest::newRow("last ms before epoch") << qint64(-1) << QStringLiteral("1969-12-31T23:59:59.999");
    QTest::newRow("leap day evening") << qint64(1456786799000) << QStringLiteral("2016-02-29T22:59:59");
}

void tst_TemporalText::dateTimes()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    char out[kMaxTemporalText];
    const int length = formatIsoDateTime(ms, out);
    QCOMPARE(QString::fromLatin1(out, length), text);
}

QTEST_APPLESS_MAIN(tst_TemporalText)
#include "tst_temporaltext.moc"
