#pragma once

#include <QDialog>
#include <QHostAddress>
#include <QList>

class QGridLayout;
class QLineEdit;

namespace sluice {

/// Shown when "Share on LAN" has bound the embedded server to every interface: the URLs to
/// give colleagues and the access token, each with a copy button, under a warning that
/// anyone on the network who has the token can use the server. Thread: GUI. Owner: the
/// MainWindow (deleted on close).
class ShareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareDialog)
public:
    ShareDialog(const QStringList &urls, const QByteArray &token, QWidget *parent = nullptr);

    /// The URLs at which colleagues reach a server listening on `port` on every interface,
    /// from this machine's `addresses` (loopback and link-local ones are left out: nobody else
    /// can use them).
    static QStringList lanUrls(const QList<QHostAddress> &addresses, quint16 port);

    QStringList shownUrls() const;
    QString shownToken() const;
    QString warning() const { return m_warning; }

private:
    QLineEdit *addCopyRow(QGridLayout *grid, int row, const QString &label, const QString &value);

    QList<QLineEdit *> m_urlFields;
    QLineEdit *m_tokenField = nullptr;
    QString m_warning;
};

} // namespace sluice
