#pragma once

#include <atomic>

namespace sluice {

/// The flags the engine (its own thread) sets for one running task and the task's worker
/// reads. Shared (std::shared_ptr) between the two; lock-free.
struct TaskControl
{
    /// Set to stop the runner: by cancel() or by the engine stopping. Runners read it through
    /// TaskContext (isCanceled(), cancelFlag()) once per batch.
    std::atomic<bool> stop { false };
    /// Why `stop` was set: the user canceled (true), or the program is shutting down (false),
    /// in which case the task goes back to the queue without using up an attempt.
    std::atomic<bool> cancelRequested { false };
};

} // namespace sluice
