#pragma once

#include <QTest>

// QVERIFY2 evaluates its message even when the check passes, so a plain
// QVERIFY2(result, qPrintable(result.error().message)) reads error() of a success.
// This evaluates `expression` once and shows the error's message only when there is one.
#define SLUICE_VERIFY_RESULT(expression)                                                                             \
    do {                                                                                                             \
        const auto &sluiceResult = (expression);                                                                     \
        QVERIFY2(static_cast<bool>(sluiceResult), sluiceResult ? "" : qPrintable(sluiceResult.error().message));     \
    } while (false)
