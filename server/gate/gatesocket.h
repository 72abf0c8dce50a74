#pragma once

#include <functional>

#include <QQueue>
#include <QTcpSocket>

namespace sluice {

/// A connection's socket that notices the status of every HTTP answer written to it, whoever
/// writes it: QtHttpServer (direct routes, responders answering later, the download pump, the
/// missing handler), its WebSocket server (101) or the gate itself (refusals, tus PATCH).
/// QtHttpServer 6.4's afterRequest() sees only routes that return a QHttpServerResponse, so
/// this is the one place where all of them can be counted.
///
/// The gate announces each request it has read (expectAnswer()); the next final status line
/// written (interim ones, 100 Continue, are skipped) answers the oldest announced request. A status line is
/// recognised at the start of a write, as every writer here starts one ("HTTP/"), so the
/// headers and body of an answer are never mistaken for the next one.
/// Thread: the server thread. Owner: the ConnectionGate that accepted it (QObject parent).
class GateSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GateSocket)
public:
    using AnswerObserver = std::function<void(const QByteArray &method, const QString &path, int status)>;

    explicit GateSocket(QObject *parent);
    ~GateSocket() override;

    void setAnswerObserver(AnswerObserver observer) { m_observer = std::move(observer); }
    /// A request was read: its answer is the next final status line written. `method` and
    /// `path` are empty when the head could not be parsed.
    void expectAnswer(const QByteArray &method, const QString &path);

protected:
    qint64 writeData(const char *data, qint64 size) override;

private:
    struct Request
    {
        QByteArray method;
        QString path;
    };

    void inspect(QByteArrayView data);

    AnswerObserver m_observer;
    QQueue<Request> m_awaiting;
    QByteArray m_statusLine; // a status line whose end has not been written yet
    bool m_readingStatus = false;
};

} // namespace sluice
