#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include "core/events/eventbus.h"

using namespace sluice;

class tst_EventBus : public QObject
{
    Q_OBJECT
private slots:
    void deliversToListeners();
    void publishesFromAnyThread();
};

void tst_EventBus::deliversToListeners()
{
    EventBus bus;
    QSignalSpy spy(&bus, &EventBus::published);
    bus.publish(QStringLiteral("tasks"), QStringLiteral("task.state"), QJsonObject { { QStringLiteral("id"), 1 } });
    QCOMPARE(spy.size(), 1);
    const Event event = spy.first().first().value<Event>();
    QCOMPARE(event.topic, QStringLiteral("tasks"));
    QCOMPARE(event.type, QStringLiteral("task.state"));
    QCOMPARE(event.data.value(QStringLiteral("id")).toInt(), 1);
}

void tst_EventBus::publishesFromAnyThread()
{
    EventBus bus;
    QList<Event> received;
    QObject listener;  // lives in this thread: deliveries from the worker arrive queued
    connect(&bus, &EventBus::published, &listener, [&](const Event &event) {
        QCOMPARE(QThread::currentThread(), listener.thread());
        received << event;
    });
    std::unique_ptr<QThread> worker(QThread::create([&bus] {
        for (int i = 0; i < 100; ++i)
            bus.publish(QStringLiteral("datasets"), QStringLiteral("dataset.progress"),
                        QJsonObject { { QStringLiteral("n"), i } });
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QTRY_COMPARE(received.size(), 100);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(received.at(i).data.value(QStringLiteral("n")).toInt(), i);  // in order
}

QTEST_GUILESS_MAIN(tst_EventBus)
#include "tst_eventbus.moc"
