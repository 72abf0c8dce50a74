#include "app/ui/charts/chartpage.h"

#include <cmath>
#include <utility>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include "app/ui/charts/chartstyle.h"
#include "app/ui/charts/columncombo.h"
#include "app/ui/charts/livefollower.h"
#include "app/ui/charts/measurepicker.h"
#include "app/ui/emptystate.h"

namespace sluice {

namespace {

const QString kIcon = QStringLiteral(":/icons/datasets.svg");

} // namespace

ChartPage::ChartPage(QWidget *parent)
    : QWidget(parent)
    , m_controls(new QHBoxLayout)
    , m_stack(new QStackedWidget(this))
    , m_plot(new QCustomPlot(this))
    , m_follower(new LiveFollower(
          m_plot, [this] { fit(); }, this))
{
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setNoAntialiasingOnDrag(true);
    // A line of hundreds of points with a pen wider than one pixel replots about 15 times
    // faster with this (bench_charts); the joins are a little less exact.
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setMouseTracking(true); // the tooltip follows the pointer without a button held
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setMinimumSize(320, 200);
    m_stack->addWidget(m_plot);
    showNoDataset();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_controls->addStretch();
    layout->addLayout(m_controls);
    layout->addWidget(m_stack, 1);

    ChartStyle::apply(*m_plot, palette());
    connect(m_follower, &LiveFollower::followingChanged, this, &ChartPage::followingChanged);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartPage::showToolTip);
}

ChartPage::~ChartPage() = default;

bool ChartPage::isFollowingLive() const
{
    return m_follower->isFollowing();
}

void ChartPage::followLive()
{
    m_follower->follow();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool ChartPage::isShowingChart() const
{
    return m_stack->currentWidget() == m_plot;
}

QString ChartPage::messageTitle() const
{
    return isShowingChart() ? QString() : m_message->title();
}

void ChartPage::setDataset(const ChartDataset &dataset)
{
    const bool same = dataset.id == m_dataset.id;
    m_dataset = dataset;
    if (!same)
        m_profile = {};
    datasetChanged(same);
    if (!same)
        restartFollowing();
    refreshWhenShown();
}

void ChartPage::setProfile(const QJsonObject &profile)
{
    m_profile = profile;
    refreshWhenShown();
}

void ChartPage::refreshWhenShown()
{
    m_stale = !isVisible();
    if (!m_stale)
        refresh();
}

void ChartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false))
        refresh();
}

void ChartPage::addControl(const QString &label, QWidget *control)
{
    auto *caption = new QLabel(label, this);
    caption->setBuddy(control);
    // Before the stretch that keeps the controls to the left.
    m_controls->insertWidget(m_controls->count() - 1, caption);
    m_controls->insertWidget(m_controls->count() - 1, control);
}

void ChartPage::fillChoices(ColumnCombo *column, const QStringList &columns, MeasurePicker *measure, bool same)
{
    const QString before = column->column();
    const QSignalBlocker columnBlocker(column);
    column->setColumns(columns);
    if (measure) {
        const QSignalBlocker measureBlocker(measure);
        measure->setColumns(dataset().numericColumns);
    }
    if (same && column->column() != before)
        restartFollowing();
}

void ChartPage::showNoDataset()
{
    showMessage(tr("No dataset"), tr("Choose a dataset to see its charts."));
}

bool ChartPage::canDraw(const QString &column, const QString &noColumnTitle, const QString &noColumnHint)
{
    if (m_dataset.id.isEmpty()) {
        showNoDataset();
        return false;
    }
    if (!m_dataset.hasRows) {
        showMessage(tr("No rows"), tr("This dataset has no rows to chart. %1").arg(m_dataset.error).trimmed());
        return false;
    }
    if (column.isEmpty()) {
        showMessage(noColumnTitle, noColumnHint);
        return false;
    }
    return true;
}

void ChartPage::showMessage(const QString &title, const QString &hint)
{
    if (!m_message || m_message->title() != title || m_message->hint() != hint) {
        // EmptyState is made for one message; messages change rarely (a new dataset or choice).
        auto *message = new EmptyState(kIcon, title, hint, m_stack);
        m_stack->insertWidget(0, message);
        if (m_message) {
            m_stack->removeWidget(m_message);
            m_message->deleteLater();
        }
        m_message = message;
    }
    if (m_stack->currentWidget() != m_message) {
        m_stack->setCurrentWidget(m_message);
        emit contentChanged();
    }
}

void ChartPage::dataUpdated()
{
    m_stack->setCurrentWidget(m_plot);
    m_follower->dataChanged();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit contentChanged();
}

void ChartPage::restartFollowing()
{
    m_follower->follow();
}

void ChartPage::fitToData(bool fromZero)
{
    m_plot->rescaleAxes();
    const QCPRange keys = m_plot->xAxis->range();
    const double keyMargin = keys.size() > 0 ? keys.size() * 0.02 : 1.0;
    m_plot->xAxis->setRange(keys.lower - keyMargin, keys.upper + keyMargin);

    const QCPRange values = m_plot->yAxis->range();
    const double low = fromZero ? qMin(0.0, values.lower) : values.lower;
    double high = fromZero ? qMax(0.0, values.upper) : values.upper;
    if (!(high > low))
        high = low + 1.0;
    const double margin = (high - low) * 0.08;
    m_plot->yAxis->setRange(fromZero && low == 0.0 ? 0.0 : low - margin, high + margin);
}

void ChartPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        ChartStyle::apply(*m_plot, palette());
        applyStyle();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

QString ChartPage::formatValue(double value)
{
    if (std::isnan(value))
        return tr("no value");
    // Whole numbers print without a fraction; others with every significant digit a double has.
    if (std::abs(value) < 1e15 && value == std::floor(value))
        return QLocale().toString(qint64(value));
    return QLocale().toString(value, 'g', 15);
}

void ChartPage::showToolTip(QMouseEvent *event)
{
    const QString text = isShowingChart() && !event->buttons() ? toolTipAt(event->position()) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

} // namespace sluice
