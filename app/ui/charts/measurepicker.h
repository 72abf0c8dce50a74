#pragma once

#include <QWidget>

#include "app/ui/charts/chartmeasure.h"

class QComboBox;

namespace sluice {

class ColumnCombo;

/// Picks a measure: the row count, or the sum or mean of one of the numeric columns.
/// Thread: GUI.
class MeasurePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasurePicker)
public:
    explicit MeasurePicker(QWidget *parent = nullptr);

    /// The numeric columns a sum or mean can be of; with none only the row count is offered.
    void setColumns(const QStringList &numericColumns);
    ChartMeasure measure() const;
    /// Chooses `measure`; false when its column is not listed.
    bool setMeasure(const ChartMeasure &measure);

    QComboBox *kindCombo() const { return m_kind; }
    ColumnCombo *columnCombo() const { return m_column; }

signals:
    void measureChanged();

private:
    void updateEnabled();

    QComboBox *m_kind;
    ColumnCombo *m_column;
};

} // namespace sluice
