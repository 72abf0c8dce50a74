#include "app/client/logging.h"

Q_LOGGING_CATEGORY(lcClient, "sluice.app.client")
