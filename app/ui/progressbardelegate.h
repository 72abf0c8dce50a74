#pragma once

#include <QStyledItemDelegate>

namespace sluice {

/// Paints a cell as a progress bar: the value from `progressRole` (0..100, -1 for "not known
/// yet": a busy bar is not drawn, only the text) and the cell's display text on it.
/// Thread: GUI. Owner: the view it is set on.
class ProgressBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressBarDelegate)
public:
    explicit ProgressBarDelegate(int progressRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_progressRole;
};

} // namespace sluice
