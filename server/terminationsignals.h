#pragma once

#include <QObject>

class QSocketNotifier;

namespace sluice {

/// Turns SIGINT and SIGTERM (Ctrl+C and Ctrl+Break on Windows consoles) into a Qt signal,
/// so the headless server can shut down in order instead of dying mid-write.
/// Thread: main thread; one instance per process.
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

signals:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sluice
