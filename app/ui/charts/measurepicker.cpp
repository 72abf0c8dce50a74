#include "app/ui/charts/measurepicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include "app/ui/charts/columncombo.h"

namespace sluice {

MeasurePicker::MeasurePicker(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_column(new ColumnCombo(this))
{
    m_kind->addItem(tr("Rows"), int(ChartMeasure::Kind::Rows));
    m_kind->addItem(tr("Sum of"), int(ChartMeasure::Kind::Sum));
    m_kind->addItem(tr("Mean of"), int(ChartMeasure::Kind::Mean));
    m_kind->setAccessibleName(tr("Measure"));
    m_kind->setToolTip(tr("What each point or bar is worth: the number of rows, or the sum or mean of a column"));
    m_column->setAccessibleName(tr("Measured column"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_column);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        emit measureChanged();
    });
    connect(m_column, &ColumnCombo::columnChanged, this, [this] {
        if (measure().kind != ChartMeasure::Kind::Rows)
            emit measureChanged();
    });
    updateEnabled();
}

void MeasurePicker::setColumns(const QStringList &numericColumns)
{
    const ChartMeasure before = measure();
    {
        const QSignalBlocker kindBlocker(m_kind);
        const QSignalBlocker columnBlocker(m_column);
        m_column->setColumns(numericColumns);
        // Without numeric columns a sum or mean cannot be chosen: the items stay, disabled.
        auto *model = qobject_cast<QStandardItemModel *>(m_kind->model());
        for (int row = 1; row < m_kind->count(); ++row)
            model->item(row)->setEnabled(!numericColumns.isEmpty());
        if (numericColumns.isEmpty())
            m_kind->setCurrentIndex(0);
    }
    updateEnabled();
    if (measure() != before)
        emit measureChanged();
}

ChartMeasure MeasurePicker::measure() const
{
    const auto kind = ChartMeasure::Kind(m_kind->currentData().toInt());
    return ChartMeasure { kind, kind == ChartMeasure::Kind::Rows ? QString() : m_column->column() };
}

bool MeasurePicker::setMeasure(const ChartMeasure &measure)
{
    if (measure.kind != ChartMeasure::Kind::Rows && !m_column->setColumn(measure.column))
        return false;
    m_kind->setCurrentIndex(m_kind->findData(int(measure.kind)));
    return true;
}

void MeasurePicker::updateEnabled()
{
    m_column->setEnabled(measure().kind != ChartMeasure::Kind::Rows && m_column->count() > 0);
}

} // namespace sluice
