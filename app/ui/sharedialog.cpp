#include "app/ui/sharedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace sluice {

ShareDialog::ShareDialog(const QStringList &urls, const QByteArray &token, QWidget *parent)
    : QDialog(parent)
    , m_warning(tr("Anyone on your network who has this token can read, change and delete every dataset on this "
                   "server. Give it only to people you trust, over a private channel, and turn sharing off when "
                   "they are done."))
{
    setObjectName(QStringLiteral("shareDialog"));
    setWindowTitle(tr("Sharing on the Local Network"));

    auto *warning = new QLabel(m_warning, this);
    warning->setObjectName(QStringLiteral("shareWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("QLabel { background: #fff3e0; color: #8a4b00; border: 1px solid #ffb74d; "
                                          "border-radius: 4px; padding: 8px; font-weight: bold; }"));

    auto *intro = new QLabel(urls.isEmpty()
                                 ? tr("This computer has no network address others can reach: connect it to a "
                                      "network, then turn sharing off and on again.")
                                 : tr("Colleagues connect with File › Connect to Server… in Sluice (or any HTTP "
                                      "client) using one of these addresses and the token:"),
                             this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    int row = 0;
    for (const QString &url : urls) {
        QLineEdit *field = addCopyRow(grid, row, row == 0 ? tr("Address:") : QString(), url);
        field->setAccessibleName(tr("Address %1").arg(row + 1));  // later rows have no caption
        m_urlFields.append(field);
        ++row;
    }
    m_tokenField = addCopyRow(grid, row, tr("Token:"), QString::fromLatin1(token));
    m_tokenField->setObjectName(QStringLiteral("shareToken"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QLineEdit *ShareDialog::addCopyRow(QGridLayout *grid, int row, const QString &label, const QString &value)
{
    auto *field = new QLineEdit(value, this);
    field->setReadOnly(true);
    field->setCursorPosition(0);
    auto *copy = new QToolButton(this);
    copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    copy->setToolTip(tr("Copy"));
    copy->setAccessibleName(tr("Copy %1").arg(value));
    connect(copy, &QToolButton::clicked, this, [value] { QGuiApplication::clipboard()->setText(value); });
    auto *caption = new QLabel(label, this);
    caption->setBuddy(field);  // screen readers announce the token field by its caption
    grid->addWidget(caption, row, 0);
    grid->addWidget(field, row, 1);
    grid->addWidget(copy, row, 2);
    return field;
}

QStringList ShareDialog::lanUrls(const QList<QHostAddress> &addresses, quint16 port)
{
    QStringList urls;
    for (const QHostAddress &address : addresses) {
        if (address.isNull() || address.isLoopback() || address.isLinkLocal())
            continue;
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        QHostAddress plain = address;
        plain.setScopeId(QString());
        url.setHost(plain.toString());  // QUrl brackets IPv6 hosts itself
        url.setPort(port);
        if (!urls.contains(url.toString()))
            urls.append(url.toString());
    }
    return urls;
}

QStringList ShareDialog::shownUrls() const
{
    QStringList urls;
    for (const QLineEdit *field : m_urlFields)
        urls.append(field->text());
    return urls;
}

QString ShareDialog::shownToken() const
{
    return m_tokenField->text();
}

} // namespace sluice
