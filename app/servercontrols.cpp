#include "app/servercontrols.h"

#include <QMessageBox>
#include <QNetworkInterface>

#include "app/embeddedserver.h"
#include "app/ui/mainwindow.h"
#include "app/ui/sharedialog.h"

namespace sluice {

void ServerControls::attach(MainWindow &window, EmbeddedServer &server)
{
    QObject::connect(&window, &MainWindow::lanSharingRequested, &server, &EmbeddedServer::share);
    QObject::connect(&window, &MainWindow::remoteServerChosen, &server, &EmbeddedServer::useRemote);
    QObject::connect(&window, &MainWindow::embeddedServerRequested, &server, &EmbeddedServer::useEmbedded);
    QObject::connect(&server, &EmbeddedServer::sharedOnLan, &window, [&window, &server](quint16 port) {
        window.showShareDialog(ShareDialog::lanUrls(QNetworkInterface::allAddresses(), port), server.token());
    });
    QObject::connect(&server, &EmbeddedServer::startFailed, &window, &MainWindow::showServerStartFailure);
    QObject::connect(&server, &EmbeddedServer::lanSharingFailed, &window, [&window](const QString &message) {
        window.setLanSharing(false);
        // Not modal to the event loop (open(), not exec()): the server restarts meanwhile.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Share on LAN"), message, QMessageBox::Ok, &window);
        box->setObjectName(QStringLiteral("lanSharingFailure"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

} // namespace sluice
