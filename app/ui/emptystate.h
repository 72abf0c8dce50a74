#pragma once

#include <QWidget>

class QLabel;

namespace sluice {

/// What a panel shows while it has nothing to show: an icon, a title and what to do next.
/// Never a blank area. Thread: GUI.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)
public:
    EmptyState(const QString &iconPath, const QString &title, const QString &hint, QWidget *parent = nullptr);

    QString title() const;
    QString hint() const;

private:
    QLabel *m_title;
    QLabel *m_hint;
};

} // namespace sluice
