#include "app/client/backoff.h"

namespace sluice {

using namespace std::chrono_literals;

Backoff::Backoff(QList<Delay> steps, bool repeatLast)
    : m_steps(std::move(steps))
    , m_repeatLast(repeatLast)
{
    Q_ASSERT(!m_steps.isEmpty());
}

Backoff Backoff::forUploads()
{
    return Backoff({ 500ms, 1000ms, 3000ms, 5000ms, 10000ms }, false);
}

Backoff Backoff::forReconnects()
{
    return Backoff({ 500ms, 1000ms, 2000ms, 5000ms, 10000ms }, true);
}

std::optional<Backoff::Delay> Backoff::next()
{
    if (m_attempt >= m_steps.size()) {
        if (!m_repeatLast)
            return std::nullopt;
        ++m_attempt;
        return m_steps.last();
    }
    return m_steps.at(m_attempt++);
}

} // namespace sluice
