#include "ui/actions/MonitorChart.h"

#include "ui/widgets/StatusIcon.h"

#include <QPainter>

namespace gd {

MonitorChart::MonitorChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("monitorChart"));
    setAccessibleName(tr("Answers over time"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(96);
}

void MonitorChart::clear()
{
    m_samples.clear();
    m_bad = 0;
    setAccessibleDescription(QString());
    update();
}

void MonitorChart::addSample(const QString &status, bool good)
{
    m_samples.append({status, good});
    if (!good)
        ++m_bad;
    setAccessibleDescription(
        tr("%1 answers, %2 gateway errors; last: %3").arg(m_samples.size()).arg(m_bad).arg(status));
    update();
}

void MonitorChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(pal.color(QPalette::Mid));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(frame, 4, 4);

    const int legend = fontMetrics().height() + 4;
    const QRectF plot = frame.adjusted(6, 6, -6, -6 - legend);
    const QColor good = StatusIcon::colour(CheckStatus::Pass, pal);
    const QColor bad = StatusIcon::colour(CheckStatus::Fail, pal);
    QColor text = pal.color(QPalette::Text);

    if (m_samples.isEmpty()) {
        text.setAlphaF(0.6);
        p.setPen(text);
        p.drawText(plot, Qt::AlignCenter, tr("No answers yet"));
    } else {
        // Bars of at least 6 px with 2 px gaps; when they do not fit, the oldest scroll out.
        const qreal slot = qMax<qreal>(8.0, qMin<qreal>(24.0, plot.width() / qMax(1, int(m_samples.size()))));
        const int visible = qMin(int(m_samples.size()), int(plot.width() / slot));
        const int first = int(m_samples.size()) - visible;
        p.setPen(Qt::NoPen);
        for (int i = 0; i < visible; ++i) {
            const Sample &s = m_samples.at(first + i);
            const qreal h = s.good ? plot.height() * 0.5 : plot.height();
            const QRectF bar(plot.left() + i * slot, plot.bottom() - h, slot - 2, h);
            p.setBrush(s.good ? good : bad);
            p.drawRoundedRect(bar, 1.5, 1.5);
        }
    }
    // Legend: what the colours mean, with the counts.
    const QRectF legendRect(frame.left() + 8, frame.bottom() - legend, frame.width() - 16, legend - 2);
    const int goodCount = int(m_samples.size()) - m_bad;
    p.setPen(Qt::NoPen);
    const qreal sq = fontMetrics().ascent() * 0.8;
    const qreal y = legendRect.center().y() - sq / 2;
    p.setBrush(good);
    p.drawRect(QRectF(legendRect.left(), y, sq, sq));
    p.setPen(text);
    const QString goodText = tr("answered (%1)").arg(goodCount);
    p.drawText(QRectF(legendRect.left() + sq + 4, legendRect.top(), legendRect.width(), legendRect.height()),
               Qt::AlignLeft | Qt::AlignVCenter, goodText);
    const qreal x2 = legendRect.left() + sq + 4 + fontMetrics().horizontalAdvance(goodText) + 16;
    p.setPen(Qt::NoPen);
    p.setBrush(bad);
    p.drawRect(QRectF(x2, y, sq, sq));
    p.setPen(text);
    p.drawText(QRectF(x2 + sq + 4, legendRect.top(), legendRect.width(), legendRect.height()),
               Qt::AlignLeft | Qt::AlignVCenter, tr("502/503/504 or no answer (%1)").arg(m_bad));
}

} // namespace gd
