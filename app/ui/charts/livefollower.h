#pragma once

#include <functional>

#include <QObject>

class QCustomPlot;

namespace sluice {

/// Keeps a plot's axes on its data while the data grows ("following"), until the user zooms or
/// pans: any change of an axis range that the follower did not make itself. Then the view stays
/// where the user put it until follow() is called again.
/// Thread: GUI. Owner: the chart that owns the plot, which outlives it.
class LiveFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveFollower)
public:
    /// `fit` sets the axes to show all the data.
    LiveFollower(QCustomPlot *plot, std::function<void()> fit, QObject *parent = nullptr);

    bool isFollowing() const { return m_following; }
    /// Follows again: fits the axes now and after each dataChanged().
    void follow();
    /// The data changed: fits the axes when following.
    void dataChanged();

signals:
    void followingChanged(bool following);

private:
    void fitNow();
    void rangeChanged();

    std::function<void()> m_fit;
    bool m_following = true;
    bool m_fitting = false; // the range changes come from fitNow(), not from the user
};

} // namespace sluice
