#pragma once

#include <functional>

#include <QHttpServerResponder>

#include "server/apireply.h"

class QObject;
class QThreadPool;

namespace sluice {

/// Answers a request from work that runs on `pool` (a database query, a file), so the server
/// thread never waits. The answer is written back on `context`'s thread, and only while the
/// client is still connected: on Qt 6.4.2 writing to a gone socket is a use-after-free, and a
/// QFuture-returning route crashes the same way (QTHTTPSERVER.md, section 2).
void replyLater(QHttpServerResponder &&responder, QObject *context, QThreadPool &pool, std::function<ApiReply()> work);

} // namespace sluice
