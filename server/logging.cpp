#include "server/logging.h"

Q_LOGGING_CATEGORY(lcHttp, "sluice.server.http")
Q_LOGGING_CATEGORY(lcWs, "sluice.server.ws")
