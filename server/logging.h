#pragma once

#include <QLoggingCategory>

// One category per area of server/ (STYLE.md, Logging). Never log tokens.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcWs)
