#pragma once

#include <QStyledItemDelegate>

namespace sluice {

/// Draws a dataset in the sidebar on two lines: its name, then a coloured state badge
/// ("importing 43%", "ready", "failed") and its row count. Thread: GUI. Owner: its view.
class DatasetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetDelegate)
public:
    explicit DatasetDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace sluice
