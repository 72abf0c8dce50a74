#include "app/ui/charts/histogramchart.h"

#include <cmath>

#include <qcustomplot.h>

#include "app/ui/charts/chartstyle.h"
#include "app/ui/charts/columncombo.h"

namespace sluice {

HistogramChart::HistogramChart(QWidget *parent)
    : ChartPage(parent)
    , m_column(new ColumnCombo(this))
    , m_bars(new QCPBars(plot()->xAxis, plot()->yAxis))
{
    m_column->setAccessibleName(tr("Histogram column"));
    addControl(tr("&Column:"), m_column);
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    plot()->yAxis->setLabel(tr("Rows"));
    plot()->setAccessibleName(tr("Histogram"));
    applyStyle();
    connect(m_column, &ColumnCombo::columnChanged, this, [this] {
        restartFollowing();
        refresh();
    });
}

void HistogramChart::datasetChanged(bool same)
{
    fillChoices(m_column, dataset().numericColumns, nullptr, same);
}

void HistogramChart::refresh()
{
    const QString column = m_column->column();
    if (!canDraw(
            column, tr("No numeric column"), tr("A histogram needs a column of numbers, and this dataset has none.")))
        return;
    if (profile().isEmpty()) {
        showMessage(tr("No data yet"),
            dataset().importing ? tr("The histogram appears as soon as the import has read some rows.")
                                : tr("The histogram appears when the dataset's statistics have loaded."));
        return;
    }
    m_bins = ChartData::histogram(profile(), column);
    if (m_bins.isEmpty()) {
        showMessage(tr("No values yet"), tr("The column \"%1\" has no numbers so far.").arg(column));
        return;
    }
    QVector<double> keys;
    QVector<double> counts;
    keys.reserve(m_bins.size());
    counts.reserve(m_bins.size());
    for (const HistogramBin &bin : std::as_const(m_bins)) {
        keys.append((bin.lower + bin.upper) / 2);
        counts.append(double(bin.count));
    }
    // The bins share one width (round edges); a column of one value has a single empty-width bin.
    const double width = m_bins.first().upper - m_bins.first().lower;
    m_bars->setWidth(width > 0 ? width : 1.0);
    m_bars->setData(keys, counts, true);
    plot()->xAxis->setLabel(column);
    plot()->setAccessibleName(tr("Histogram of %1").arg(column));
    dataUpdated();
}

void HistogramChart::fit()
{
    fitToData(true);
}

void HistogramChart::applyStyle()
{
    m_bars->setPen(QPen(ChartStyle::dataColor(palette())));
    m_bars->setBrush(ChartStyle::fillColor(palette()));
}

QString HistogramChart::toolTipAt(const QPointF &position) const
{
    const double key = plot()->xAxis->pixelToCoord(position.x());
    const double halfWidth = m_bars->width() / 2;
    for (qsizetype i = 0; i < m_bins.size(); ++i) {
        const HistogramBin &bin = m_bins.at(i);
        if (std::abs(key - (bin.lower + bin.upper) / 2) > halfWidth)
            continue;
        // Bins hold [lower, upper) except the last, which includes its upper edge.
        const QString range = i == m_bins.size() - 1 ? tr("[%1, %2]") : tr("[%1, %2)");
        return tr("%1: %2 rows")
            .arg(range.arg(formatValue(bin.lower), formatValue(bin.upper)), formatValue(double(bin.count)));
    }
    return {};
}

} // namespace sluice
