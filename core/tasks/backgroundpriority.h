#pragma once

namespace sluice {

/// Long work (imports, exports) runs beside whatever a person is looking at: in the desktop
/// app the GUI thread, in a headless server the threads answering the API. On two cores an
/// import keeps both busy, and at equal priority the GUI thread waits tens of milliseconds for
/// a core now and then, which is a visible stutter. The task workers therefore lower their own
/// priority as they start (the threads an import or export starts inherit it on Linux), so a
/// waiting GUI or HTTP thread gets a core first while the work still uses every core left idle.
class BackgroundPriority final
{
public:
    /// The niceness the calling thread is given on Linux (0 normal, 19 lowest): a thread at 0
    /// weighs about nine times as much to the scheduler.
    static constexpr int kNiceness = 10;

    /// Lowers the calling thread's scheduling priority. On Linux, where QThread::setPriority()
    /// does nothing for normal threads, through its niceness; elsewhere QThread's LowPriority.
    /// Returns whether the system took it (a lower priority needs no privilege).
    static bool applyToCurrentThread();
};

} // namespace sluice
