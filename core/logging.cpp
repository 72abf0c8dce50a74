#include "core/logging.h"

Q_LOGGING_CATEGORY(lcArchive, "sluice.core.archive")
Q_LOGGING_CATEGORY(lcCalc, "sluice.core.calc")
Q_LOGGING_CATEGORY(lcConfig, "sluice.core.config")
Q_LOGGING_CATEGORY(lcCsv, "sluice.core.csv")
Q_LOGGING_CATEGORY(lcImport, "sluice.core.import")
Q_LOGGING_CATEGORY(lcStorage, "sluice.core.storage")
