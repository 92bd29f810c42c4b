#include "ui/widgets/StatusIcon.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QWidget>

namespace gd {

bool StatusIcon::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void StatusIcon::tint(QWidget *widget, CheckStatus status, qreal alpha)
{
    QPalette p = widget->palette();
    QColor back = colour(status, p);
    back.setAlphaF(alpha);
    p.setColor(QPalette::Window, back);
    widget->setAutoFillBackground(true);
    widget->setPalette(p);
}

QColor StatusIcon::colour(CheckStatus status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case CheckStatus::Pass:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case CheckStatus::Warn:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xc7, 0x7c, 0x02);
    case CheckStatus::Fail:
    case CheckStatus::Error:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case CheckStatus::Skipped:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    }
    return palette.color(QPalette::WindowText);
}

QString StatusIcon::text(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QCoreApplication::translate("StatusIcon", "Passed");
    case CheckStatus::Warn:
        return QCoreApplication::translate("StatusIcon", "Warning");
    case CheckStatus::Fail:
        return QCoreApplication::translate("StatusIcon", "Failed");
    case CheckStatus::Skipped:
        return QCoreApplication::translate("StatusIcon", "Skipped");
    case CheckStatus::Error:
        return QCoreApplication::translate("StatusIcon", "Could not check");
    }
    return {};
}

QPixmap StatusIcon::pixmap(CheckStatus status, int size, qreal devicePixelRatio, const QPalette &palette)
{
    QPixmap pm(QSize(size, size) * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = colour(status, palette);
    const qreal s = size;
    QPen pen(Qt::white, s * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (status == CheckStatus::Warn) {
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, s * 0.06);
        triangle.lineTo(s * 0.96, s * 0.9);
        triangle.lineTo(s * 0.04, s * 0.9);
        triangle.closeSubpath();
        p.fillPath(triangle, c);
        p.setPen(pen);
        p.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.6));
        p.drawPoint(QPointF(s * 0.5, s * 0.76));
        return pm;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92));
    p.setPen(pen);
    switch (status) {
    case CheckStatus::Pass: {
        QPolygonF tick;
        tick << QPointF(s * 0.28, s * 0.52) << QPointF(s * 0.44, s * 0.68) << QPointF(s * 0.73, s * 0.36);
        p.drawPolyline(tick);
    } break;
    case CheckStatus::Fail:
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case CheckStatus::Error:
        p.drawLine(QPointF(s * 0.5, s * 0.26), QPointF(s * 0.5, s * 0.56));
        p.drawPoint(QPointF(s * 0.5, s * 0.74));
        break;
    case CheckStatus::Skipped:
        p.drawLine(QPointF(s * 0.32, s * 0.5), QPointF(s * 0.68, s * 0.5));
        break;
    case CheckStatus::Warn:
        break;
    }
    return pm;
}

QIcon StatusIcon::icon(CheckStatus status, const QPalette &palette)
{
    QIcon icon;
    for (const int size : {16, 22, 32, 48})
        for (const qreal dpr : {1.0, 2.0})
            icon.addPixmap(pixmap(status, size, dpr, palette));
    return icon;
}

} // namespace gd
