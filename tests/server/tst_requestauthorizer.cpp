#include <QTest>

#include "server/requestauthorizer.h"

using namespace sluice;

class tst_RequestAuthorizer : public QObject
{
    Q_OBJECT
private slots:
    void host_data();
    void host();
    void token_data();
    void token();
};

void tst_RequestAuthorizer::host_data()
{
    QTest::addColumn<bool>("loopbackOnly");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("loopback: localhost") << true << QByteArray("localhost") << true;
    QTest::newRow("loopback: ipv6 without port") << true << QByteArray("[::1]") << true;
    QTest::newRow("loopback: rebinding name") << true << QByteArray("attacker.example:8420") << false;
    QTest::newRow("loopback: empty") << true << QByteArray() << false;
    QTest::newRow("LAN bind: any name") << false << QByteArray("sluice.office.lan:8420") << true;
}

void tst_RequestAuthorizer::host()
{
    QFETCH(bool, loopbackOnly);
    QFETCH(QByteArray, host);
    QFETCH(bool, allowed);
    const RequestAuthorizer authorizer(AccessToken(QByteArray(64, 'a')), loopbackOnly);
    QCOMPARE(authorizer.checkHost(host).has_value(), allowed);
}

void tst_RequestAuthorizer::token_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("right") << QByteArray("Bearer " + QByteArray(64, 'a')) << true;
    QTest::newRow("extra spaces") << QByteArray("Bearer   " + QByteArray(64, 'a') + "  ") << true;
    QTest::newRow("wrong") << QByteArray("Bearer " + QByteArray(64, 'b')) << false;
    QTest::newRow("scheme only") << QByteArray("Bearer ") << false;
    QTest::newRow("missing") << QByteArray() << false;
}

void tst_RequestAuthorizer::token()
{
    QFETCH(QByteArray, authorization);
    QFETCH(bool, allowed);
    const RequestAuthorizer authorizer(AccessToken(QByteArray(64, 'a')), true);
    const Result<void> result = authorizer.checkToken(authorization);
    QCOMPARE(result.has_value(), allowed);
    if (!allowed)
        QCOMPARE(result.error().code, ErrorCode::Unauthorized);
}

QTEST_APPLESS_MAIN(tst_RequestAuthorizer)
#include "tst_requestauthorizer.moc"
