#include "server/deferredreply.h"

#include <memory>

#include <QPointer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace sluice {

void replyLater(QHttpServerResponder &&responder, QObject *context, QThreadPool &pool, std::function<ApiReply()> work)
{
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = pending->socket();
    QtConcurrent::run(&pool, std::move(work)).then(context, [pending, socket](const ApiReply &reply) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            reply.toResponse().write(std::move(*pending));
    });
}

} // namespace sluice
