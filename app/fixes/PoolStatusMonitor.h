#pragma once

#include "app/probes/PhpFpmStatusProbe.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

namespace gd {

class Machine;

// Watches PHP-FPM pools live while the URL is watched: asks each pool's status page
// (pm.status_path) every second or two through the same Machine, as nginx's worker
// user when we are root (the way the diagnosis asked), and reports the figures.
// Asynchronous; a pool whose last request is still waiting (every child busy) is
// not asked again until it answers or times out.
class PoolStatusMonitor : public QObject
{
    Q_OBJECT
public:
    // `pools`: the diagnosis' pools with a status page; `workerUser`: nginx's worker user.
    PoolStatusMonitor(Machine *machine, QList<PhpFpmStatusTarget> pools, QString workerUser,
                      QObject *parent = nullptr);

    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    const QList<PhpFpmStatusTarget> &pools() const { return m_pools; }
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

signals:
    void sampled(const gd::PhpFpmStatusTarget &pool, const gd::PhpFpmStatusProbe::Answer &answer);

private:
    void poll();

    QPointer<Machine> m_machine;
    QList<PhpFpmStatusTarget> m_pools;
    QString m_workerUser;
    QTimer m_timer;
    QSet<QString> m_asking; // pools whose request is in flight
};

} // namespace gd
