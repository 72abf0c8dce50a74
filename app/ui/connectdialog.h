#pragma once

#include <QDialog>
#include <QUrl>

#include "core/config/desktopconfig.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sluice {

class ApiClient;

/// "Connect to Server…": a remote server's URL and token, checked with GET /api/v1/info
/// before anything switches (errors stay in the dialog), or a way back to the embedded server.
/// It offers the remote server remembered from last time, and whether to reconnect to it when
/// Sluice starts (otherwise the app starts on its embedded server).
/// Thread: GUI. Owner: the MainWindow (deleted on close). Its probe client is its own.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)
public:
    explicit ConnectDialog(const QUrl &currentUrl, QWidget *parent = nullptr);

    void setServer(const QString &url, const QString &token);
    /// Fills in the server used last time (url, token, reconnect on start).
    void setRemembered(const RemoteServerConfig &remote);
    /// What to remember after serverChosen(): the server just checked and the checkbox.
    RemoteServerConfig remembered() const;
    bool reconnectOnStart() const;
    /// Checks the URL and token; serverChosen() and accept() when the server answers.
    void connectToServer();
    QString errorText() const;
    bool isChecking() const { return m_checking; }

signals:
    void serverChosen(const QUrl &url, const QByteArray &token);
    void embeddedServerChosen();

private:
    void showError(const QString &message);

    ApiClient *m_probe;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QCheckBox *m_reconnect;
    QLabel *m_error;
    QPushButton *m_connect;
    bool m_checking = false;
};

} // namespace sluice
