#include "app/ui/dropoverlay.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace sluice {

DropOverlay::DropOverlay(QWidget *parent)
    : QWidget(parent)
    , m_text(tr("Drop to upload"))
{
    setObjectName(QStringLiteral("dropOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(parent->rect());
    parent->installEventFilter(this);  // follows the window's size
    hide();
}

void DropOverlay::setText(const QString &text)
{
    m_text = text;
    update();
}

bool DropOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void DropOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(60);
    painter.fillRect(rect(), tint);
    QPen pen(palette().color(QPalette::Highlight), 3, Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(rect().adjusted(8, 8, -8, -8), 12, 12);

    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    painter.setFont(font);
    const QRect textRect = painter.fontMetrics().boundingRect(m_text).adjusted(-24, -14, 24, 14);
    QRect box(QPoint(0, 0), textRect.size());
    box.moveCenter(rect().center());
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawRoundedRect(box, 10, 10);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(box, Qt::AlignCenter, m_text);
}

} // namespace sluice
