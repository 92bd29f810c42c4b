#pragma once

#include "app/probes/PhpFpmStatusProbe.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <QWidget>

namespace gd {

// PHP-FPM pools' load while the URL is watched, from their status pages: for each
// pool a row of bars, active children against pm.max_children (the dashed line),
// one per reading, newest on the right. A bar at the line, a queue, or a status page
// that did not answer (its request waited behind busy children) is red. Painted by
// hand like MonitorChart.
class PoolLoadChart : public QWidget
{
    Q_OBJECT
public:
    explicit PoolLoadChart(QWidget *parent = nullptr);

    void setPools(const QList<PhpFpmStatusTarget> &pools); // clears
    void addSample(const PhpFpmStatusTarget &pool, const PhpFpmStatusProbe::Answer &answer);
    // The pools' names ("www", or "www on /run/php/x.sock" when two share a name).
    QStringList series() const { return m_order; }
    int sampleCount(const QString &pool) const { return int(m_series.value(pool).samples.size()); }
    // The last reading of a pool, as the row's caption says it.
    QString caption(const QString &pool) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {160, rowHeight() + legendHeight()}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Sample
    {
        int active = 0;
        int queue = 0;
        bool answered = false;
        bool saturated = false;
    };
    struct Series
    {
        PhpFpmStatusTarget pool;
        QList<Sample> samples;
        QString caption;
    };
    QString labelFor(const PhpFpmStatusTarget &pool) const;
    int rowHeight() const;
    int legendHeight() const;
    void updateDescription();

    QStringList m_order;
    QMap<QString, Series> m_series;
};

} // namespace gd
