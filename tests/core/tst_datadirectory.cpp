#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/datadirectory.h"

using namespace sluice;

class tst_DataDirectory : public QObject
{
    Q_OBJECT
private slots:
    void createdWithItsFolders();
    void secondOpenIsRefused();
    void lockIsReleasedOnDestruction();
    void uncreatablePathIsAnError();
};

void tst_DataDirectory::createdWithItsFolders()
{
    QTemporaryDir parent;
    const QString path = parent.filePath(QStringLiteral("nested/data"));
    auto directory = DataDirectory::open(path, false);
    QVERIFY2(directory, qPrintable(directory ? QString() : directory.error().message));
    QVERIFY(QDir(path).exists());
    QVERIFY(QDir(path).exists(QStringLiteral("uploads")));
    QVERIFY(QDir(path).exists(QStringLiteral("exports")));
    QCOMPARE((*directory)->settingsPath(), QDir(path).filePath(QStringLiteral("sluice.ini")));
    QVERIFY(!(*directory)->isDefault());
}

void tst_DataDirectory::secondOpenIsRefused()
{
    QTemporaryDir dir;
    auto first = DataDirectory::open(dir.path(), false);
    QVERIFY(first);
    auto second = DataDirectory::open(dir.path(), false);
    QVERIFY(!second);
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    QVERIFY2(second.error().message.contains(QStringLiteral("already using")), qPrintable(second.error().message));
    QVERIFY(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
}

void tst_DataDirectory::lockIsReleasedOnDestruction()
{
    QTemporaryDir dir;
    {
        auto first = DataDirectory::open(dir.path(), false);
        QVERIFY(first);
    }
    QVERIFY(DataDirectory::open(dir.path(), false));
}

void tst_DataDirectory::uncreatablePathIsAnError()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto directory = DataDirectory::open(dir.filePath(QStringLiteral("file/data")), false);
    QVERIFY(!directory);
    QCOMPARE(directory.error().code, ErrorCode::Io);
}

QTEST_GUILESS_MAIN(tst_DataDirectory)
#include "tst_datadirectory.moc"
