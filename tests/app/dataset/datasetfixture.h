#pragma once

#include <memory>
#include <optional>

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "app/client/apiclient.h"
#include "app/client/eventsocket.h"
#include "app/client/uploadqueue.h"
#include "app/ui/datasetlistmodel.h"
#include "support/testserver.h"

namespace sluice::test {

/// The id of the dataset called `name` once `datasets` lists it (in any state); empty after `timeoutMs`.
inline QString waitForDataset(const DatasetListModel &datasets, const QString &name, int timeoutMs = 120000)
{
    QString id;
    const bool listed = QTest::qWaitFor(
        [&] {
            for (int row = 0; row < datasets.rowCount(); ++row) {
                if (datasets.index(row).data(DatasetListModel::NameRole).toString() == name)
                    id = datasets.index(row).data(DatasetListModel::IdRole).toString();
            }
            return !id.isEmpty();
        },
        timeoutMs);
    return listed ? id : QString();
}

/// A real server and what the dataset views need around it: a client, the event socket (with
/// the "datasets" topic), the dataset list and an upload queue saving into `dir`. Files are
/// imported the way the app does it: uploaded, then imported by the server.
struct DatasetFixture
{
    explicit DatasetFixture(const QTemporaryDir &dir)
        : uploads(&client, dir.filePath(QStringLiteral("uploads.json")))
    {
        QObject::connect(&events, &EventSocket::eventReceived, &datasets, &DatasetListModel::applyEvent);
        QObject::connect(&events, &EventSocket::resynchronizationNeeded, &datasets, &DatasetListModel::refresh);
    }

    /// Starts the server and connects to it; false when it could not start.
    bool start()
    {
        if (!server.start())
            return false;
        client.setServer(server.url(), server.token());
        events.subscribe({ QStringLiteral("datasets") });
        events.open();
        return QTest::qWaitFor([this] { return events.state() == EventSocket::State::Connected; }, 30000);
    }

    /// Uploads the file at `path` and returns the id of its dataset once ready; empty when it
    /// did not get ready in time. The dataset is named after the file without its suffix.
    QString importReady(const QString &path, const QString &name)
    {
        uploads.addFile(path);
        const QString id = waitForDataset(datasets, name);
        const bool ready = !id.isEmpty()
            && QTest::qWaitFor(
                [&] {
                    const int row = datasets.rowOf(id);
                    return row >= 0 && datasets.index(row).data(DatasetListModel::StateRole).toString() == u"ready";
                },
                120000);
        return ready ? id : QString();
    }

    /// GET `path` on the server, waited for; an empty object when it failed.
    QJsonObject getJson(const QString &path)
    {
        // Shared: an answer after the wait gave up must not write into this frame.
        auto answer = std::make_shared<std::optional<QJsonObject>>();
        client.getJson(
            path, &client, [answer](const Result<QJsonObject> &result) { *answer = result.value_or(QJsonObject()); });
        return QTest::qWaitFor([&] { return answer->has_value(); }, 30000) ? answer->value() : QJsonObject();
    }

    TestServer server;
    ApiClient client;
    EventSocket events { &client };
    DatasetListModel datasets { &client };
    UploadQueue uploads;
};

} // namespace sluice::test
