#include "app/ui/datasetdelegate.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

#include "app/ui/datasetlistmodel.h"

namespace sluice {

namespace {

constexpr int kMargin = 6;

QColor badgeColor(const QString &state)
{
    if (state == u"ready")
        return QColor(0x2e, 0x7d, 0x32);
    if (state == u"importing")
        return QColor(0x15, 0x65, 0xc0);
    if (state == u"failed")
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x75, 0x75, 0x75);
}

} // namespace

DatasetDelegate::DatasetDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void DatasetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = option.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    const int lineHeight = option.fontMetrics.height();

    QFont nameFont = option.font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(text);
    const QRect nameRect(area.left(), area.top(), area.width(), lineHeight);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(index.data(DatasetListModel::NameRole).toString(),
                                                        Qt::ElideRight, nameRect.width()));

    painter->setFont(option.font);
    const QString badge = index.data(DatasetListModel::BadgeRole).toString();
    const int badgeWidth = option.fontMetrics.horizontalAdvance(badge) + 12;
    const QRect badgeRect(area.left(), nameRect.bottom() + 3, badgeWidth, lineHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColor(index.data(DatasetListModel::StateRole).toString()));
    painter->drawRoundedRect(badgeRect, lineHeight / 2.0, lineHeight / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(badgeRect, Qt::AlignCenter, badge);

    painter->setPen(text);
    const QRect rowsRect(badgeRect.right() + 8, badgeRect.top(), area.right() - badgeRect.right() - 8, lineHeight);
    const qint64 rows = index.data(DatasetListModel::RowsRole).toLongLong();
    painter->drawText(rowsRect, Qt::AlignLeft | Qt::AlignVCenter,
                      rows == 1 ? tr("1 row") : tr("%1 rows").arg(QLocale().toString(rows)));
    painter->restore();
}

QSize DatasetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(200, option.fontMetrics.height() * 2 + 3 + kMargin);
}

} // namespace sluice
