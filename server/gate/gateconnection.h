#pragma once

#include <chrono>
#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "server/apireply.h"

namespace sluice {

class ConnectionGate;
class GateSocket;
class Metrics;
class UploadChunk;
struct RequestHead;

/// The gate's watch over one connection: it sees each request head before QtHttpServer does,
/// refuses it, passes it on, or takes a tus PATCH over (see ConnectionGate).
///
/// How it stays ahead of QtHttpServer 6.4.2, whose slot runs right after ours on every
/// readyRead and parses inside a QIODevice transaction it starts when none is open:
/// - no transaction open means a new request starts at the read position;
/// - while a head is incomplete we open a transaction and read what came, so QtHttpServer
///   reads nothing; on the next read we roll back and look at the whole head again;
/// - to pass a head on we roll back, and QtHttpServer parses it from the start;
/// - to refuse or take over we disconnect QtHttpServer's slot from the socket first.
/// Thread: the server thread. Owner: the socket (a child of it, destroyed with it).
class GateConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GateConnection)
public:
    GateConnection(GateSocket &socket, ConnectionGate &gate);
    ~GateConnection() override;

private:
    enum class Phase {
        AwaitingHead, // between requests, or a head is arriving
        PassedOn, // QtHttpServer has the request
        Released, // a WebSocket upgrade: no longer HTTP, no longer ours
        Streaming, // a tus PATCH body is going to its file
        Finishing, // the chunk is being committed
        Closing, // the answer is out; draining input until the client closes
    };

    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void onTimeout();
    void examineHead();
    void passOn(const RequestHead &head, qsizetype headLength);
    void takeOverPatch(const RequestHead &head, qsizetype headLength);
    void stream();
    void finishStream();
    void checkPipelined();
    /// Writes `reply` with Connection: close and closes gracefully.
    void answerAndClose(const ApiReply &reply);
    void refuse(const Error &error, int status, bool tusPath);
    /// The status of the next answer belongs to a request whose head could not be read.
    void expectAnswerToUnreadHead();
    void setStreaming(bool streaming);
    void detachFromHttp();
    void releaseTransaction();
    std::chrono::milliseconds idleTimeout() const;
    /// Marks activity: the idle (or head) deadline counts from now.
    void restartIdleTimer();
    void shutdownWrite();

    GateSocket &m_socket;
    ConnectionGate &m_gate;
    Phase m_phase = Phase::AwaitingHead;
    bool m_ownsTransaction = false; // we hold an incomplete head in a transaction of ours
    bool m_headStarted = false; // the head deadline is running
    bool m_writeShut = false;
    qint64 m_bodyLimit = 0; // for a chunked body passed on: how much may follow
    qint64 m_bodySeen = 0;
    QTimer m_timer; // idle, head deadline, or linger, depending on the phase
    QElapsedTimer m_lastActivity; // the idle and head deadlines count from here
    QPointer<Metrics> m_metrics; // the gate's; may go first while a server is torn down
    std::unique_ptr<UploadChunk> m_chunk;
    qint64 m_remaining = 0; // body bytes of the PATCH still to come
    QByteArray m_expectedDigest;
    QByteArray m_block; // the PATCH body's way from the socket to the file, reused
    bool m_countedStreaming = false; // counted in Metrics' active uploads
};

} // namespace sluice
