#pragma once

#include <QWidget>

namespace sluice {

/// The highlight over the whole window while files are dragged over it: a tinted layer with
/// a dashed frame and "Drop to upload". It never takes mouse or drag events itself, so the
/// window underneath keeps receiving them. Thread: GUI. Owner: the MainWindow.
class DropOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DropOverlay)
public:
    explicit DropOverlay(QWidget *parent);

    /// The text in the middle, e.g. "Drop 3 files to upload them".
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace sluice
