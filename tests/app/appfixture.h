#pragma once

#include <memory>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QWidget>

#include "app/client/apiclient.h"
#include "app/client/connectionmonitor.h"
#include "app/client/eventsocket.h"
#include "app/client/uploadqueue.h"
#include "app/ui/mainwindow.h"
#include "datagen/salesgenerator.h"

namespace sluice::test {

/// What main() builds around a MainWindow, for the app tests: a client, its monitor, the
/// event socket and an upload queue saving into `dir`. The window is made last and
/// destroyed first, as in main().
struct AppFixture
{
    explicit AppFixture(const QTemporaryDir &dir)
        : uploads(&client, dir.filePath(QStringLiteral("uploads.json")))
        , window(std::make_unique<MainWindow>(&client, &monitor, &uploads, &events,
                                              dir.filePath(QStringLiteral("sluice.ini"))))
    {
    }
    ~AppFixture() { window.reset(); }

    ApiClient client;
    ConnectionMonitor monitor { &client };
    EventSocket events { &client };
    UploadQueue uploads;
    std::unique_ptr<MainWindow> window;
};

/// A small sales CSV of `rows` rows at `name` in `dir`; empty when it could not be written.
inline QString writeSalesCsv(const QTemporaryDir &dir, const QString &name, qint64 rows, quint64 seed = 7)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    SalesGenerator generator(seed);
    return generator.writeRows(file, rows) > 0 ? path : QString();
}

/// `content` at `name` in `dir`; empty when it could not be written.
inline QString writeTextFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() ? path : QString();
}

/// Saves a picture of `widget` as `name` in $SLUICE_SCREENSHOT_DIR, when set, for a person to look at.
inline void saveScreenshot(QWidget &widget, const QString &name)
{
    if (qEnvironmentVariableIsSet("SLUICE_SCREENSHOT_DIR"))
        widget.grab().save(QDir(qEnvironmentVariable("SLUICE_SCREENSHOT_DIR")).filePath(name));
}

} // namespace sluice::test
