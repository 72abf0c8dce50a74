#include "app/ui/charts/livefollower.h"

#include <qcustomplot.h>

namespace sluice {

LiveFollower::LiveFollower(QCustomPlot *plot, std::function<void()> fit, QObject *parent)
    : QObject(parent)
    , m_fit(std::move(fit))
{
    for (QCPAxis *axis : { plot->xAxis, plot->yAxis })
        connect(axis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &LiveFollower::rangeChanged);
}

void LiveFollower::follow()
{
    fitNow();
    if (!m_following) {
        m_following = true;
        emit followingChanged(true);
    }
}

void LiveFollower::dataChanged()
{
    if (m_following)
        fitNow();
}

void LiveFollower::fitNow()
{
    m_fitting = true;
    m_fit();
    m_fitting = false;
}

void LiveFollower::rangeChanged()
{
    if (m_fitting || !m_following)
        return;
    m_following = false;
    emit followingChanged(false);
}

} // namespace sluice
