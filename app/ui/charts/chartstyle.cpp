#include "app/ui/charts/chartstyle.h"

#include <qcustomplot.h>

namespace sluice {

namespace {

// `from` moved `amount` (0..1) of the way to `to`.
QColor mixed(const QColor &from, const QColor &to, float amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
        from.greenF() + (to.greenF() - from.greenF()) * amount, from.blueF() + (to.blueF() - from.blueF()) * amount);
}

} // namespace

void ChartStyle::apply(QCustomPlot &plot, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(45);
    plot.setBackground(palette.brush(QPalette::Base));
    for (QCPAxis *axis : plot.axisRect()->axes()) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(grid, 1, Qt::SolidLine));
        axis->grid()->setSubGridVisible(false);
    }
}

QColor ChartStyle::dataColor(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

QColor ChartStyle::fillColor(const QPalette &palette)
{
    return mixed(dataColor(palette), palette.color(QPalette::Base), 0.3f);
}

QColor ChartStyle::mutedColor(const QPalette &palette)
{
    // Halfway between the data and the background: visibly a bar, visibly not a group.
    return mixed(dataColor(palette), palette.color(QPalette::Base), 0.55f);
}

} // namespace sluice
