#pragma once

#include "app/facts/NginxRuntime.h"
#include "app/fixes/FixError.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace gd {

class Machine;
class NginxReloader;

struct RestartOutcome
{
    FixError error;        // None when both steps were done and confirmed
    QStringList steps;     // what was done, in order, for people
    QString manualCommand; // without a service manager: what to run by hand
};

// Step 6's first action: restart the app server's systemd unit, wait until it runs
// again, then reload nginx (reload, not restart: it keeps serving meanwhile). nginx is
// started instead only when it is not running at all, and the outcome says so.
class UpstreamRestarter : public QObject
{
    Q_OBJECT
public:
    UpstreamRestarter(Machine *machine, NginxRuntime runtime, QObject *parent = nullptr);

    void setActiveTimeoutMs(int ms) { m_activeTimeoutMs = ms; }
    void restart(const QString &unit, std::function<void(const RestartOutcome &)> done);
    RestartOutcome restartAndWait(const QString &unit);

private:
    void waitActive(const QString &unit, qint64 deadline, RestartOutcome outcome,
                    std::function<void(const RestartOutcome &)> done);
    void reloadNginx(RestartOutcome outcome, std::function<void(const RestartOutcome &)> done);

    QPointer<Machine> m_machine;
    NginxRuntime m_runtime;
    NginxReloader *m_reloader = nullptr;
    int m_activeTimeoutMs = 30000;
};

} // namespace gd
