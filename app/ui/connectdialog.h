#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sluice {

class ApiClient;

/// "Connect to Server…": a remote server's URL and token, checked with GET /api/v1/info
/// before anything switches (errors stay in the dialog), or a way back to the embedded server.
/// Thread: GUI. Owner: the MainWindow (deleted on close). Its probe client is its own.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)
public:
    explicit ConnectDialog(const QUrl &currentUrl, QWidget *parent = nullptr);

    void setServer(const QString &url, const QString &token);
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
    QLabel *m_error;
    QPushButton *m_connect;
    bool m_checking = false;
};

} // namespace sluice
