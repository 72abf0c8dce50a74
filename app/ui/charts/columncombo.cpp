#include "app/ui/charts/columncombo.h"

#include <QSignalBlocker>

namespace sluice {

ColumnCombo::ColumnCombo(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentTextChanged, this, &ColumnCombo::columnChanged);
}

void ColumnCombo::setColumns(const QStringList &columns)
{
    const QString before = column();
    {
        const QSignalBlocker blocker(this);
        clear();
        addItems(columns);
        const int kept = findText(before);
        setCurrentIndex(kept >= 0 ? kept : (columns.isEmpty() ? -1 : 0));
    }
    setEnabled(!columns.isEmpty());
    if (column() != before)
        emit columnChanged(column());
}

bool ColumnCombo::setColumn(const QString &column)
{
    const int index = findText(column);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace sluice
