#pragma once

#include <QComboBox>

namespace sluice {

/// A choice of column that keeps the chosen one when the list is refreshed (a dataset's columns
/// are listed again at each state change, and an import may widen a column's type).
/// Thread: GUI.
class ColumnCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnCombo)
public:
    explicit ColumnCombo(QWidget *parent = nullptr);

    /// Lists `columns`; the current column stays chosen when still listed, else the first is.
    /// Says columnChanged() only when the chosen column changes.
    void setColumns(const QStringList &columns);
    /// The chosen column; empty when none is listed.
    QString column() const { return currentText(); }
    /// Chooses `column`; false when it is not listed.
    bool setColumn(const QString &column);

signals:
    void columnChanged(const QString &column);
};

} // namespace sluice
