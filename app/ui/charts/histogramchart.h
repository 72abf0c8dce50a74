#pragma once

#include <QList>

#include "app/ui/charts/chartdata.h"
#include "app/ui/charts/chartpage.h"

class QCPBars;

namespace sluice {

class ColumnCombo;

/// The histogram of a chosen numeric column, from the profile's bins (live during an import, the
/// final ones after). Thread: GUI. Owner: ChartsView.
class HistogramChart final : public ChartPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistogramChart)
public:
    explicit HistogramChart(QWidget *parent = nullptr);

    ColumnCombo *columnCombo() const { return m_column; }
    QCPBars *bars() const { return m_bars; }
    /// The bins drawn now.
    const QList<HistogramBin> &bins() const { return m_bins; }

    QString fileBaseName() const override { return QStringLiteral("histogram"); }
    QString toolTipAt(const QPointF &position) const override;

protected:
    void datasetChanged(bool same) override;
    void refresh() override;
    void fit() override;
    void applyStyle() override;

private:
    ColumnCombo *m_column;
    QCPBars *m_bars;
    QList<HistogramBin> m_bins;
};

} // namespace sluice
