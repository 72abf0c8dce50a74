#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/accesstoken.h"

using namespace sluice;

class tst_AccessToken : public QObject
{
    Q_OBJECT
private slots:
    void madeOnceThenReused();
    void fileIsOwnerOnly();
    void looseFilePermissionsAreTightened();
    void damagedFileIsAnError();
    void matches_data();
    void matches();
};

void tst_AccessToken::madeOnceThenReused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("token"));
    auto first = AccessToken::loadOrCreate(path);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QCOMPARE(first->value().size(), 64);  // 256 bits as hex
    QVERIFY(QByteArray::fromHex(first->value()).toHex() == first->value());

    auto second = AccessToken::loadOrCreate(path);
    QVERIFY(second);
    QCOMPARE(second->value(), first->value());

    QTemporaryDir otherDir;
    auto other = AccessToken::loadOrCreate(otherDir.filePath(QStringLiteral("token")));
    QVERIFY(other);
    QVERIFY(other->value() != first->value());
}

void tst_AccessToken::fileIsOwnerOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permission bits are checked on Unix only");
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("token"));
    QVERIFY(AccessToken::loadOrCreate(path));
    const QFile::Permissions permissions = QFile::permissions(path);
    QCOMPARE(permissions & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);  // 0600
}

void tst_AccessToken::looseFilePermissionsAreTightened()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permission bits are checked on Unix only");
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("token"));
    QVERIFY(AccessToken::loadOrCreate(path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QVERIFY(AccessToken::loadOrCreate(path));
    QVERIFY(!(QFile::permissions(path) & QFile::ReadOther));
}

void tst_AccessToken::damagedFileIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("token"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a token\n");
    file.close();
    auto token = AccessToken::loadOrCreate(path);
    QVERIFY(!token);
    QCOMPARE(token.error().code, ErrorCode::InvalidInput);
    QVERIFY(token.error().message.contains(path));
}

void tst_AccessToken::matches_data()
{
    QTest::addColumn<QByteArray>("candidate");
    QTest::addColumn<bool>("expected");
    const QByteArray token(64, 'a');
    QTest::newRow("same") << token << true;
    QTest::newRow("last byte differs") << QByteArray(63, 'a') + 'b' << false;
    QTest::newRow("first byte differs") << 'b' + QByteArray(63, 'a') << false;
    QTest::newRow("prefix") << QByteArray(63, 'a') << false;
    QTest::newRow("longer") << QByteArray(65, 'a') << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void tst_AccessToken::matches()
{
    QFETCH(QByteArray, candidate);
    QFETCH(bool, expected);
    QCOMPARE(AccessToken(QByteArray(64, 'a')).matches(candidate), expected);
}

QTEST_APPLESS_MAIN(tst_AccessToken)
#include "tst_accesstoken.moc"
