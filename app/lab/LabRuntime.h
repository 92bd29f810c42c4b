#pragma once

#include "app/lab/LabError.h"
#include "app/lab/LabHost.h"
#include "app/lab/LabService.h"
#include "app/lab/ScenarioParams.h"
#include "remote/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace gd {

// One HTTP answer through the lab's nginx (curl on the lab host).
struct LabProbeResult
{
    int status = 0;  // 0: no HTTP answer
    QByteArray body; // the first bytes of it
    QString error;   // curl's sentence when there was no answer
    qint64 durationMs = 0;
    QString describe() const; // "502", "no answer (Connection refused)"
};

struct ServiceState
{
    qint64 pid = 0;
    bool running = false;
    int exitStatus = 0;
};

// A running (or stopped) lab: its services under the supervisor, its nginx, its URL.
// What the faults, the checks and the practice session act through.
class LabRuntime
{
    Q_DECLARE_TR_FUNCTIONS(LabRuntime)
public:
    LabRuntime(LabHost host, QList<LabService> services, ParamValues params);

    LabHost &host() { return m_host; }
    const LabHost &host() const { return m_host; }
    const ParamValues &params() const { return m_params; }
    ParamValues &params() { return m_params; }
    const QList<LabService> &services() const { return m_services; }
    const LabService *service(const QString &name) const;
    QString url(const QString &path = QString()) const;

    // Spawns it under the supervisor and waits until its ready text shows (or its fail
    // text, or it exits: then the error carries its log's tail).
    LabError start(const LabService &service, int timeoutMs = 10000);
    LabError start(const QString &name, int timeoutMs = 10000);
    LabError stop(const QString &name, const QString &signal = QString(), int graceMs = -1);
    LabError signal(const QString &name, const QString &signal);
    // Restart, or the service's reload signal (nginx: only after `nginx -t`; see reloadNginx).
    LabError reload(const QString &name);
    Result<QMap<QString, ServiceState>, LabError> states() const;
    bool isRunning(const QString &name) const;

    struct NginxTest
    {
        bool ok = false;
        QString output;
    };
    Result<NginxTest, LabError> testNginx() const;
    // SIGHUP to the lab's nginx master, then waits until nginx says how it went: new
    // workers (accepted) or an [emerg] line (rejected: the old config keeps running).
    LabError reloadNginx(bool *rejected = nullptr);

    LabProbeResult probe(const QString &path, double maxTimeSec = 5) const;
    // `count` requests in a row by one curl (one process instead of `count`), in order.
    QList<LabProbeResult> probeMany(const QString &path, int count, double maxTimeSec = 5) const;
    // The error log's size now, and its text from an offset.
    qint64 errorLogSize() const;
    QString errorLogSince(qint64 offset) const;
    QString logTail(const QString &relative, int maxChars = 1500) const;

private:
    LabError waitForText(const LabService &service, qint64 offset, int timeoutMs);

    LabHost m_host;
    QList<LabService> m_services;
    ParamValues m_params;
};

} // namespace gd
