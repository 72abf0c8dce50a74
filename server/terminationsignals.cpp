#include "server/terminationsignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace sluice {

namespace {

#ifdef Q_OS_UNIX
// The classic self-pipe: the handler may only do async-signal-safe work, so it writes one
// byte and the event loop does the rest.
int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}
#elif defined(Q_OS_WIN)
TerminationSignals *g_instance = nullptr;

BOOL WINAPI onConsoleEvent(DWORD)
{
    // Runs on a thread of its own; a queued call is safe from there.
    if (g_instance)
        QMetaObject::invokeMethod(g_instance, &TerminationSignals::terminationRequested, Qt::QueuedConnection);
    return TRUE;
}
#endif

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    m_notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[1], &byte, 1);
        emit terminationRequested();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#elif defined(Q_OS_WIN)
    g_instance = this;
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}

TerminationSignals::~TerminationSignals()
{
#ifdef Q_OS_UNIX
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    delete m_notifier;
    for (int &fd : g_signalPipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#elif defined(Q_OS_WIN)
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_instance = nullptr;
#endif
}

} // namespace sluice
