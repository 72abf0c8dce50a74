#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include "app/ui/dataset/rowfilterbar.h"

using namespace sluice;

class tst_RowFilterBar : public QObject
{
    Q_OBJECT
private slots:
    void filterFor_data();
    void filterFor();
    void operatorsFitTheType();
    void addsAndClearsFilters();
};

using Operator = RowFilterBar::Operator;

void tst_RowFilterBar::filterFor_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<Operator>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // the filter's JSON; empty: refused

    QTest::newRow("text equals, spaces kept") << "text" << Operator::Equals << " T01"
                                              << R"({"column":"c","equals":" T01"})";
    QTest::newRow("number equals, trimmed") << "integer" << Operator::Equals << " 12 "
                                            << R"({"column":"c","equals":"12"})";
    QTest::newRow("one of") << "integer" << Operator::OneOf << "1, 2,3"
                            << R"({"column":"c","in":["1","2","3"]})";
    QTest::newRow("number at least") << "real" << Operator::AtLeast << "2.5"
                                     << R"({"column":"c","min":"2.5"})";
    QTest::newRow("number at most") << "integer" << Operator::AtMost << "10"
                                    << R"({"column":"c","max":"10"})";
    QTest::newRow("date from") << "date" << Operator::AtLeast << "2016-03-01"
                               << R"({"column":"c","from":"2016-03-01"})";
    QTest::newRow("datetime to") << "datetime" << Operator::AtMost << "2016-09-30"
                                 << R"({"column":"c","to":"2016-09-30"})";
    QTest::newRow("is empty") << "text" << Operator::IsEmpty << ""
                              << R"({"column":"c","isNull":true})";
    QTest::newRow("is not empty") << "date" << Operator::IsNotEmpty << "ignored"
                                  << R"({"column":"c","isNull":false})";
    QTest::newRow("value missing") << "integer" << Operator::AtLeast << "  "
                                   << "";
}

void tst_RowFilterBar::filterFor()
{
    QFETCH(QString, type);
    QFETCH(Operator, op);
    QFETCH(QString, value);
    QFETCH(QString, expected);

    const auto filter = RowFilterBar::filterFor(QStringLiteral("c"), type, op, value);
    if (expected.isEmpty()) {
        QVERIFY(!filter);
        QVERIFY(filter.error().message.contains(QStringLiteral("value")));
        return;
    }
    QVERIFY2(filter, qPrintable(filter ? QString() : filter.error().message));
    QCOMPARE(*filter, QJsonDocument::fromJson(expected.toUtf8()).object());
}

void tst_RowFilterBar::operatorsFitTheType()
{
    // Ranges only where the rows API has them: numbers, dates and datetimes.
    QVERIFY(RowFilterBar::operatorsFor(QStringLiteral("integer")).contains(Operator::AtLeast));
    QVERIFY(RowFilterBar::operatorsFor(QStringLiteral("datetime")).contains(Operator::AtMost));
    QVERIFY(!RowFilterBar::operatorsFor(QStringLiteral("text")).contains(Operator::AtLeast));
    QVERIFY(!RowFilterBar::operatorsFor(QStringLiteral("boolean")).contains(Operator::OneOf));
    QVERIFY(RowFilterBar::operatorsFor(QStringLiteral("boolean")).contains(Operator::IsEmpty));
}

void tst_RowFilterBar::addsAndClearsFilters()
{
    RowFilterBar bar;
    const QJsonArray schema = QJsonDocument::fromJson(R"([
        {"name":"team","originalName":"Team","type":"text","nullable":false},
        {"name":"quantity","originalName":"Quantity","type":"integer","nullable":false}])")
                                  .array();
    bar.setColumns(schema);
    bar.show();
    QSignalSpy changed(&bar, &RowFilterBar::filtersChanged);

    bar.columnCombo()->setCurrentIndex(bar.columnCombo()->findData(QStringLiteral("quantity")));
    bar.operatorCombo()->setCurrentIndex(bar.operatorCombo()->findData(int(Operator::AtLeast)));
    QVERIFY(!bar.addFilter()); // no value yet: said inline, nothing applied
    QVERIFY(!bar.errorText().isEmpty());
    QCOMPARE(changed.count(), 0);

    bar.valueEdit()->setText(QStringLiteral("10"));
    QTest::keyClick(bar.valueEdit(), Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
    QVERIFY(bar.errorText().isEmpty());
    QVERIFY(bar.valueEdit()->text().isEmpty());

    bar.columnCombo()->setCurrentIndex(bar.columnCombo()->findData(QStringLiteral("team")));
    QCOMPARE(bar.operatorCombo()->findData(int(Operator::AtLeast)), -1); // not offered for text
    bar.operatorCombo()->setCurrentIndex(bar.operatorCombo()->findData(int(Operator::Equals)));
    bar.valueEdit()->setText(QStringLiteral("T01"));
    QVERIFY(bar.addFilter());
    QCOMPARE(bar.filters().size(), 2);
    QCOMPARE(changed.last().first().toJsonArray(), bar.filters());
    QCOMPARE(bar.summaryText(), QStringLiteral("Showing rows where Quantity ≥ 10 and Team = T01"));

    bar.setError(QStringLiteral("min must be a number"));
    bar.clearFilters();
    QCOMPARE(changed.count(), 3);
    QVERIFY(bar.filters().isEmpty());
    QVERIFY(bar.errorText().isEmpty());
}

QTEST_MAIN(tst_RowFilterBar)
#include "tst_rowfilterbar.moc"
