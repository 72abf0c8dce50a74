#pragma once

#include <QColor>
#include <QPalette>

class QCustomPlot;

namespace sluice {

/// The charts' colours, all taken from the widget palette so light and dark themes both read well.
class ChartStyle final
{
public:
    /// Background, axes, tick labels and grid of `plot`.
    static void apply(QCustomPlot &plot, const QPalette &palette);
    /// The colour of the data: lines and the outline of bars.
    static QColor dataColor(const QPalette &palette);
    /// The inside of a bar: the data colour lightened towards the background. Opaque, because a
    /// translucent fill makes each replot several times slower.
    static QColor fillColor(const QPalette &palette);
    /// A bar that stands for many groups ("other"): quieter than the data.
    static QColor mutedColor(const QPalette &palette);
};

} // namespace sluice
