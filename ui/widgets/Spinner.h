#pragma once

#include <QTimer>
#include <QWidget>

namespace gd {

// A small busy indicator: shows that work is under way without blocking anything
// (it only repaints on a timer while visible).
class Spinner : public QWidget
{
    Q_OBJECT
public:
    explicit Spinner(QWidget *parent = nullptr, int size = 18);
    QSize sizeHint() const override { return {m_size, m_size}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTimer m_timer;
    int m_angle = 0;
    int m_size;
};

} // namespace gd
