#include "ui/widgets/Spinner.h"

#include <QPainter>

namespace gd {

Spinner::Spinner(QWidget *parent, int size) : QWidget(parent), m_size(size)
{
    setFixedSize(size, size);
    setAccessibleName(tr("Working"));
    m_timer.setInterval(80);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 30) % 360;
        update();
    });
}

void Spinner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal w = m_size * 0.14;
    const QRectF r = QRectF(rect()).adjusted(w, w, -w, -w);
    QColor faint = palette().color(QPalette::WindowText);
    faint.setAlphaF(0.2);
    p.setPen(QPen(faint, w));
    p.drawEllipse(r);
    p.setPen(QPen(palette().color(QPalette::Highlight), w, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(r, -m_angle * 16, 100 * 16);
}

void Spinner::showEvent(QShowEvent *event)
{
    m_timer.start();
    QWidget::showEvent(event);
}

void Spinner::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

} // namespace gd
