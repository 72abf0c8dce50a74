#include "app/ui/connectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/client/apiclient.h"

namespace sluice {

ConnectDialog::ConnectDialog(const QUrl &currentUrl, QWidget *parent)
    : QDialog(parent)
    , m_probe(new ApiClient(this))
    , m_url(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_reconnect(new QCheckBox(tr("Reconnect to this server when Sluice starts"), this))
    , m_error(new QLabel(this))
    , m_connect(new QPushButton(tr("Connect"), this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Server"));
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(tr("http://192.168.1.20:8420"));
    if (currentUrl.isValid())
        m_url->setText(currentUrl.toString());
    m_token->setObjectName(QStringLiteral("serverToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("the 64 hex digits the server's owner gave you"));
    m_url->setAccessibleName(tr("Server address"));
    m_token->setAccessibleName(tr("Access token"));
    m_reconnect->setObjectName(QStringLiteral("reconnectOnStart"));
    m_reconnect->setAccessibleName(tr("Reconnect to this server when Sluice starts"));
    m_reconnect->setToolTip(tr("Otherwise Sluice starts on its embedded server; the address and token are "
                               "remembered either way."));
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto *intro = new QLabel(tr("Work with the datasets of another Sluice server. Its owner finds the address and "
                                "token under Share on LAN."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Server address:"), m_url);
    form->addRow(tr("Access token:"), m_token);
    form->addRow(QString(), m_reconnect);

    auto *buttons = new QDialogButtonBox(this);
    m_connect->setDefault(true);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    auto *embedded = buttons->addButton(tr("Use the Embedded Server"), QDialogButtonBox::ResetRole);
    embedded->setObjectName(QStringLiteral("useEmbeddedButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::connectToServer);
    connect(embedded, &QPushButton::clicked, this, [this] {
        emit embeddedServerChosen();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void ConnectDialog::setServer(const QString &url, const QString &token)
{
    m_url->setText(url);
    m_token->setText(token);
}

void ConnectDialog::setRemembered(const RemoteServerConfig &remote)
{
    if (remote.url.isEmpty())
        return;
    setServer(remote.url, QString::fromLatin1(remote.token));
    m_reconnect->setChecked(remote.reconnectOnStart);
}

RemoteServerConfig ConnectDialog::remembered() const
{
    return RemoteServerConfig { QUrl::fromUserInput(m_url->text().trimmed()).toString(),
                                m_token->text().trimmed().toLatin1(), m_reconnect->isChecked() };
}

bool ConnectDialog::reconnectOnStart() const
{
    return m_reconnect->isChecked();
}

QString ConnectDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void ConnectDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ConnectDialog::connectToServer()
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    const QByteArray token = m_token->text().trimmed().toLatin1();
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        showError(tr("Enter the server's address, such as http://192.168.1.20:8420."));
        return;
    }
    if (token.isEmpty()) {
        showError(tr("Enter the access token: the server refuses requests without it."));
        return;
    }
    showError(QString());
    m_checking = true;
    m_connect->setEnabled(false);
    m_connect->setText(tr("Checking…"));
    m_probe->setServer(url, token);
    m_probe->getJson(QStringLiteral("/api/v1/info"), this, [this, url, token](const Result<QJsonObject> &info) {
        m_checking = false;
        m_connect->setEnabled(true);
        m_connect->setText(tr("Connect"));
        if (!info) {
            showError(tr("Could not use %1: %2").arg(url.toString(), info.error().message));
            return;
        }
        emit serverChosen(url, token);
        accept();
    });
}

} // namespace sluice
