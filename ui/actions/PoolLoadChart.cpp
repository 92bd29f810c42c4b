#include "ui/actions/PoolLoadChart.h"

#include "ui/widgets/StatusIcon.h"

#include <QPainter>

namespace gd {

PoolLoadChart::PoolLoadChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("poolLoadChart"));
    setAccessibleName(tr("PHP-FPM pools' load over time"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

int PoolLoadChart::rowHeight() const
{
    return fontMetrics().height() + 76;
}

int PoolLoadChart::legendHeight() const
{
    return fontMetrics().height() + 8;
}

QSize PoolLoadChart::sizeHint() const
{
    return {480, int(qMax<qsizetype>(1, m_order.size())) * rowHeight() + legendHeight() + 8};
}

void PoolLoadChart::setPools(const QList<PhpFpmStatusTarget> &pools)
{
    m_order.clear();
    m_series.clear();
    for (const PhpFpmStatusTarget &pool : pools) {
        const QString label = labelFor(pool);
        m_order << label;
        m_series.insert(label, Series{pool, {}, tr("pool %1: waiting for its status page").arg(label)});
    }
    setFixedHeight(sizeHint().height());
    updateDescription();
    update();
}

void PoolLoadChart::addSample(const PhpFpmStatusTarget &pool, const PhpFpmStatusProbe::Answer &answer)
{
    const QString label = labelFor(pool);
    if (!m_series.contains(label)) {
        m_order << label;
        m_series.insert(label, Series{pool, {}, QString()});
        setFixedHeight(sizeHint().height());
    }
    Series &s = m_series[label];
    Sample sample;
    sample.answered = answer.answered;
    sample.active = answer.status.activeProcesses;
    sample.queue = answer.status.listenQueue;
    sample.saturated = answer.saturatedNow(pool.maxChildren);
    s.samples.append(sample);
    if (answer.answered) {
        const PhpFpmStatus &st = answer.status;
        s.caption = tr("pool %1: active %2 of pm.max_children %3")
                        .arg(label)
                        .arg(st.activeProcesses)
                        .arg(pool.maxChildren);
        if (st.queueKnown())
            s.caption += tr(", listen queue %1").arg(st.listenQueue);
        s.caption +=
            tr(", max children reached %1, slow requests %2").arg(st.maxChildrenReached).arg(st.slowRequests);
    } else {
        s.caption = tr("pool %1: %2").arg(label, answer.problem);
    }
    updateDescription();
    update();
}

QString PoolLoadChart::labelFor(const PhpFpmStatusTarget &pool) const
{
    // Two masters may each have a pool of the same name ("www"): their sockets tell them apart.
    bool nameTaken = false;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        if (it->pool.listen == pool.listen)
            return it.key();
        nameTaken = nameTaken || it->pool.pool == pool.pool;
    }
    return nameTaken ? tr("%1 on %2").arg(pool.pool, pool.listen) : pool.pool;
}

QString PoolLoadChart::caption(const QString &pool) const
{
    return m_series.value(pool).caption;
}

void PoolLoadChart::updateDescription()
{
    QStringList lines;
    for (const QString &name : m_order)
        lines << m_series.value(name).caption;
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
}

void PoolLoadChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(pal.color(QPalette::Mid));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(frame, 4, 4);
    const QColor ok = StatusIcon::colour(CheckStatus::Pass, pal);
    const QColor bad = StatusIcon::colour(CheckStatus::Fail, pal);
    QColor text = pal.color(QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.6);
    const int caption = fontMetrics().height();

    for (int row = 0; row < m_order.size(); ++row) {
        const Series &s = m_series[m_order.at(row)];
        const QRectF area(frame.left() + 6, frame.top() + 4 + row * rowHeight(), frame.width() - 12,
                          rowHeight() - 6);
        p.setPen(text);
        p.drawText(QRectF(area.left(), area.top(), area.width(), caption), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(s.caption, Qt::ElideRight, int(area.width())));
        const QRectF plot = area.adjusted(0, caption + 4, 0, 0);
        // The scale leaves room above pm.max_children for the queue's bars on top.
        const int maxChildren = qMax(1, s.pool.maxChildren);
        int top = maxChildren;
        for (const Sample &sample : s.samples)
            top = qMax(top, sample.active + sample.queue);
        const qreal unit = plot.height() / (top * 1.15);
        const qreal limitY = plot.bottom() - maxChildren * unit;
        if (s.samples.isEmpty()) {
            p.setPen(faint);
            p.drawText(plot, Qt::AlignCenter, tr("No readings yet"));
        } else {
            const qreal slot =
                qMax<qreal>(8.0, qMin<qreal>(24.0, plot.width() / qMax(1, int(s.samples.size()))));
            const int visible = qMin(int(s.samples.size()), int(plot.width() / slot));
            const int first = int(s.samples.size()) - visible;
            p.setPen(Qt::NoPen);
            for (int i = 0; i < visible; ++i) {
                const Sample &sample = s.samples.at(first + i);
                const qreal x = plot.left() + i * slot;
                if (!sample.answered) {
                    // The page waited behind busy children: every child busy, the queue unknown.
                    // Nothing known at all (refused, an error): a faint hatched bar.
                    if (sample.saturated) {
                        p.setBrush(bad);
                        p.drawRoundedRect(QRectF(x, limitY, slot - 2, plot.bottom() - limitY), 1.5, 1.5);
                    } else {
                        p.setBrush(QBrush(faint, Qt::BDiagPattern));
                        p.drawRect(QRectF(x, plot.top(), slot - 2, plot.height()));
                    }
                    continue;
                }
                const qreal h = sample.active * unit;
                p.setBrush(sample.saturated ? bad : ok);
                p.drawRoundedRect(QRectF(x, plot.bottom() - h, slot - 2, h), 1.5, 1.5);
                if (sample.queue > 0) { // the waiting connections, stacked and hatched
                    const qreal q = sample.queue * unit;
                    p.setBrush(QBrush(bad, Qt::Dense4Pattern));
                    p.drawRect(QRectF(x, plot.bottom() - h - q, slot - 2, q));
                }
            }
        }
        QPen dashed(text, 1, Qt::DashLine);
        p.setPen(dashed);
        p.drawLine(QPointF(plot.left(), limitY), QPointF(plot.right(), limitY));
        p.setPen(faint);
        p.drawText(QRectF(plot.left(), limitY - caption - 2, plot.width(), caption),
                   Qt::AlignRight | Qt::AlignBottom, tr("pm.max_children %1").arg(s.pool.maxChildren));
    }
    // Legend.
    const QRectF legend(frame.left() + 8, frame.bottom() - legendHeight(), frame.width() - 16,
                        legendHeight() - 2);
    const qreal sq = fontMetrics().ascent() * 0.8;
    const qreal y = legend.center().y() - sq / 2;
    qreal x = legend.left();
    const auto key = [&](const QBrush &brush, const QString &label) {
        p.setPen(Qt::NoPen);
        p.setBrush(brush);
        p.drawRect(QRectF(x, y, sq, sq));
        p.setPen(text);
        p.drawText(QRectF(x + sq + 4, legend.top(), legend.width(), legend.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, label);
        x += sq + 4 + fontMetrics().horizontalAdvance(label) + 16;
    };
    key(ok, tr("active children"));
    key(bad, tr("every child busy"));
    key(QBrush(bad, Qt::Dense4Pattern), tr("waiting in the queue"));
}

} // namespace gd
