#pragma once

#include <QJsonObject>
#include <QWidget>

#include "app/ui/charts/chartdataset.h"

class QCustomPlot;
class QHBoxLayout;
class QStackedWidget;

namespace sluice {

class ColumnCombo;
class EmptyState;
class LiveFollower;
class MeasurePicker;

/// One chart of the Charts tab: its own controls above a QCustomPlot or, when there is nothing
/// to draw, a message that says why. Subclasses build their plottables once and update their
/// data in place; this class shows the plot or the message, follows live data, shows the hover
/// tooltip and keeps the colours on the palette.
/// Thread: GUI. Owner: ChartsView.
class ChartPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPage)
public:
    ~ChartPage() override;

    QCustomPlot *plot() const { return m_plot; }
    bool isFollowingLive() const;
    /// Fits the axes to the data again and keeps them on it as it grows.
    void followLive();
    /// False while a message stands in place of the chart.
    bool isShowingChart() const;
    /// The title of the message in place of the chart; empty while the chart shows.
    QString messageTitle() const;

    /// The dataset to chart. The choices made in the controls stay when it is the same dataset
    /// again (its state changed); a different one starts from nothing (no profile yet).
    void setDataset(const ChartDataset &dataset);
    /// The latest statistics of the dataset (a partial or the final profile); empty for none.
    void setProfile(const QJsonObject &profile);
    // Both redraw at once when the page is visible, else when it is next shown: a hidden chart
    // (another chart, another tab) costs nothing during an import.
    const ChartDataset &dataset() const { return m_dataset; }
    const QJsonObject &profile() const { return m_profile; }

    /// A short name for a file of the chart, such as "histogram".
    virtual QString fileBaseName() const = 0;
    /// What the hover tooltip says at `position` (plot pixels); empty when nothing is there.
    virtual QString toolTipAt(const QPointF &position) const = 0;

signals:
    void followingChanged(bool following);
    /// The chart was redrawn, or a message took or left its place.
    void contentChanged();

protected:
    explicit ChartPage(QWidget *parent = nullptr);

    /// Adds a labelled control to the row above the chart.
    void addControl(const QString &label, QWidget *control);
    /// Lists the dataset's `columns` of the kind the chart needs in `column`, and its numeric
    /// columns in `measure` when the chart has one, without redrawing (setDataset() redraws once
    /// after). `same`: the same dataset; a choice it changes then follows the new data.
    void fillChoices(ColumnCombo *column, const QStringList &columns, MeasurePicker *measure, bool same);
    /// False, with a message in place of the chart, when there is nothing to draw from: no
    /// dataset, a dataset without rows, or no `column` of the kind the chart needs (then
    /// `noColumnTitle` and `noColumnHint` say so).
    bool canDraw(const QString &column, const QString &noColumnTitle, const QString &noColumnHint);
    /// Shows a message in place of the chart (replacing the current one only when it differs).
    void showMessage(const QString &title, const QString &hint);
    /// The data of the plottables changed in place: shows the chart, fits the axes when
    /// following, and queues one replot (bursts of updates cost one replot).
    void dataUpdated();
    /// A new choice of what to draw: the axes fit and follow the new data.
    void restartFollowing();
    /// Both axes around all the data with a small margin; `fromZero` keeps zero in the value axis
    /// (bars and counts grow from zero).
    void fitToData(bool fromZero);

    /// The dataset changed: refill the controls. `same`: it is the same dataset as before.
    virtual void datasetChanged(bool same) = 0;
    /// Draws from the current dataset, profile and controls (or asks the server).
    virtual void refresh() = 0;
    /// Sets the axes to show all the data.
    virtual void fit() = 0;
    /// Colours of the plottables from palette(); the axes are done by this class.
    virtual void applyStyle() = 0;

    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

    /// A measured value as a person reads it: exact, with the locale's separators.
    static QString formatValue(double value);

private:
    void showNoDataset();
    void showToolTip(QMouseEvent *event);
    void refreshWhenShown();

    QHBoxLayout *m_controls;
    QStackedWidget *m_stack;
    EmptyState *m_message = nullptr;
    QCustomPlot *m_plot;
    LiveFollower *m_follower;
    ChartDataset m_dataset;
    QJsonObject m_profile;
    bool m_stale = false; // dataset or profile changed while hidden
};

} // namespace sluice
