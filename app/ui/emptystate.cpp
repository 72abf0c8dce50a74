#include "app/ui/emptystate.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace sluice {

EmptyState::EmptyState(const QString &iconPath, const QString &title, const QString &hint, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_hint(new QLabel(hint, this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath).pixmap(QSize(48, 48), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);

    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(icon);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addStretch();
    setAccessibleName(title);
    setAccessibleDescription(hint);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::hint() const
{
    return m_hint->text();
}

} // namespace sluice
