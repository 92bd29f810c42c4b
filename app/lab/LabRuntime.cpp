#include "app/lab/LabRuntime.h"

#include "app/lab/LabLayout.h"
#include "remote/ByteText.h"

#include <QElapsedTimer>
#include <QThread>

namespace gd {

namespace {

constexpr qint64 kSizeOnly = qint64(1) << 60; // a tail offset past any end: just the size

// Not starting with "@": curl reads "-w @file" as a file name.
const QByteArray kStatusMarker = "<<gd-lab-status>>";

} // namespace

QString LabProbeResult::describe() const
{
    if (status > 0)
        return QString::number(status);
    return error.isEmpty() ? LabRuntime::tr("no answer") : LabRuntime::tr("no answer (%1)").arg(error);
}

LabRuntime::LabRuntime(LabHost host, QList<LabService> services, ParamValues params)
    : m_host(std::move(host)), m_services(std::move(services)), m_params(std::move(params))
{
}

const LabService *LabRuntime::service(const QString &name) const
{
    for (const LabService &s : m_services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QString LabRuntime::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2")
        .arg(m_params.value(QStringLiteral("nginx_port")), path.isEmpty() ? QStringLiteral("/") : path);
}

LabError LabRuntime::waitForText(const LabService &service, qint64 offset, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (int round = 0;; ++round) {
        const Result<LabHost::Tail, LabError> tail = m_host.tail(service.readyFile, offset);
        if (!tail)
            return tail.error();
        if (tail->data.contains(service.readyText.toUtf8()))
            return {};
        if (!service.failText.isEmpty() && tail->data.contains(service.failText.toUtf8()))
            return LabError(LabError::Kind::SetupFailed, tr("%1 did not start.").arg(service.name),
                            utf8Text(tail->data).right(2000));
        if (round % 8 == 7 && !isRunning(service.name))
            return LabError(LabError::Kind::SetupFailed,
                            tr("%1 ended right after its start.").arg(service.name),
                            logTail(service.log) + QLatin1Char('\n') + utf8Text(tail->data).right(1500));
        if (timer.hasExpired(timeoutMs))
            return LabError(
                LabError::Kind::SetupFailed,
                tr("%1 did not say \"%2\" within %3 ms.").arg(service.name, service.readyText).arg(timeoutMs),
                logTail(service.log));
        QThread::msleep(round < 20 ? 5 : 20);
    }
}

LabError LabRuntime::start(const LabService &service, int timeoutMs)
{
    const Result<LabHost::Tail, LabError> before = m_host.tail(service.readyFile, kSizeOnly);
    const qint64 offset = before ? before->size : 0;
    const Result<QByteArray, LabError> spawned = m_host.ctl(
        QStringList{QStringLiteral("spawn"), service.name, service.log, service.cwd} + service.argv);
    if (!spawned)
        return LabError(LabError::Kind::SetupFailed,
                        tr("Could not start %1: %2").arg(service.name, spawned.error().message()));
    return waitForText(service, offset, timeoutMs);
}

LabError LabRuntime::start(const QString &name, int timeoutMs)
{
    const LabService *s = service(name);
    if (!s)
        return LabError(LabError::Kind::Refused, tr("The lab has no service called %1.").arg(name));
    return start(*s, timeoutMs);
}

LabError LabRuntime::stop(const QString &name, const QString &signal, int graceMs)
{
    const LabService *s = service(name);
    if (!s)
        return LabError(LabError::Kind::Refused, tr("The lab has no service called %1.").arg(name));
    const Result<QByteArray, LabError> stopped =
        m_host.ctl({QStringLiteral("stop"), name, signal.isEmpty() ? s->stopSignal : signal,
                    QString::number(graceMs < 0 ? s->stopGraceMs : graceMs)});
    return stopped ? LabError() : stopped.error();
}

LabError LabRuntime::signal(const QString &name, const QString &signal)
{
    const Result<QByteArray, LabError> sent = m_host.ctl({QStringLiteral("signal"), name, signal});
    return sent ? LabError() : sent.error();
}

LabError LabRuntime::reload(const QString &name)
{
    if (name == QLatin1String("nginx"))
        return reloadNginx();
    const LabService *s = service(name);
    if (!s)
        return LabError(LabError::Kind::Refused, tr("The lab has no service called %1.").arg(name));
    if (s->reloadSignal.isEmpty() || !isRunning(name)) {
        if (LabError e = stop(name))
            return e;
        return start(*s);
    }
    const Result<LabHost::Tail, LabError> before = m_host.tail(s->readyFile, kSizeOnly);
    if (LabError e = signal(name, s->reloadSignal))
        return e;
    // php-fpm and gunicorn say their ready line again once the reload is through.
    return waitForText(*s, before ? before->size : 0, 10000);
}

Result<QMap<QString, ServiceState>, LabError> LabRuntime::states() const
{
    const Result<QByteArray, LabError> listed = m_host.ctl({QStringLiteral("list")});
    if (!listed)
        return listed.error();
    QMap<QString, ServiceState> states;
    for (const QByteArray &line : listed->split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 5 || f.first() == "OK")
            continue;
        ServiceState s;
        s.pid = f.at(1).toLongLong();
        s.running = f.at(3) == "running";
        s.exitStatus = f.at(4).toInt();
        states.insert(utf8Text(f.first()), s);
    }
    return states;
}

bool LabRuntime::isRunning(const QString &name) const
{
    const Result<QMap<QString, ServiceState>, LabError> all = states();
    return all && all->value(name).running;
}

Result<LabRuntime::NginxTest, LabError> LabRuntime::testNginx() const
{
    const CommandResult result =
        m_host.run(QStringList{m_host.info().nginx} + LabLayout::nginxArguments(m_host.labDir()) +
                   QStringList{QStringLiteral("-t")});
    if (result.error.isError())
        return LabError::fromRemote(result.error);
    NginxTest test;
    test.ok = result.exitCode == 0;
    test.output = localText(result.stdErr + result.stdOut).trimmed();
    return test;
}

LabError LabRuntime::reloadNginx(bool *rejected)
{
    if (rejected)
        *rejected = false;
    if (!isRunning(QStringLiteral("nginx")))
        return LabError(LabError::Kind::Failed, tr("nginx is not running: there is nothing to reload."));
    const qint64 offset = errorLogSize();
    if (LabError e = signal(QStringLiteral("nginx"), QStringLiteral("HUP")))
        return e;
    QElapsedTimer timer;
    timer.start();
    while (!timer.hasExpired(5000)) {
        const QString since = errorLogSince(offset);
        if (since.contains(QLatin1String("[emerg]"))) {
            if (rejected)
                *rejected = true;
            return LabError(LabError::Kind::Failed,
                            tr("nginx refused the new configuration and keeps the old one."),
                            since.right(1500));
        }
        // New workers started, and the old one stopped accepting (it closes its listening
        // sockets when it starts shutting down): from here every request gets the new config.
        if (since.contains(QLatin1String("start worker process")) &&
            since.contains(QLatin1String("gracefully shutting down")))
            return {};
        QThread::msleep(10);
    }
    return LabError(LabError::Kind::Failed, tr("nginx did not confirm the reload within 5 s."));
}

LabProbeResult LabRuntime::probe(const QString &path, double maxTimeSec) const
{
    LabProbeResult probe;
    const CommandResult result = m_host.run(
        {m_host.info().curl, QStringLiteral("-sS"), QStringLiteral("--max-time"), QString::number(maxTimeSec),
         QStringLiteral("-w"), latin1Text(kStatusMarker) + QStringLiteral("%{http_code}"), url(path)},
        int(maxTimeSec * 1000) + 5000);
    probe.durationMs = result.durationMs;
    const qsizetype marker = result.stdOut.lastIndexOf(kStatusMarker);
    if (marker >= 0) {
        probe.status = result.stdOut.mid(marker + kStatusMarker.size()).trimmed().toInt();
        probe.body = result.stdOut.left(std::min<qsizetype>(marker, 4096));
    }
    if (probe.status == 0) {
        QString error = localText(result.stdErr).trimmed();
        // "curl: (7) Failed to connect to 127.0.0.1 port 8080 after 0 ms: Couldn't connect to server"
        error.remove(QRegularExpression(QStringLiteral("^curl: \\(\\d+\\) ")));
        probe.error = error.isEmpty() && result.error.isError() ? result.error.message() : error;
    }
    return probe;
}

QList<LabProbeResult> LabRuntime::probeMany(const QString &path, int count, double maxTimeSec) const
{
    QStringList argv{
        m_host.info().curl,           QStringLiteral("-sS"),
        QStringLiteral("--max-time"), QString::number(maxTimeSec),
        QStringLiteral("-w"),         latin1Text(kStatusMarker) + QStringLiteral("%{http_code}")};
    for (int i = 0; i < count; ++i)
        argv << url(path);
    const CommandResult result = m_host.run(argv, int(maxTimeSec * 1000) * count + 5000);
    // Each transfer's body is followed by the marker and its three-digit status (no line
    // break: arguments may not contain one).
    QList<LabProbeResult> probes;
    qsizetype from = 0;
    while (probes.size() < count) {
        const qsizetype marker = result.stdOut.indexOf(kStatusMarker, from);
        if (marker < 0)
            break;
        LabProbeResult p;
        p.body = result.stdOut.mid(from, std::min<qsizetype>(marker - from, 4096));
        p.status = result.stdOut.mid(marker + kStatusMarker.size(), 3).toInt();
        if (p.status == 0)
            p.error = localText(result.stdErr).trimmed().section(QLatin1Char('\n'), 0, 0);
        probes << p;
        from = marker + kStatusMarker.size() + 3;
    }
    return probes;
}

qint64 LabRuntime::errorLogSize() const
{
    const Result<LabHost::Tail, LabError> tail = m_host.tail(LabLayout::errorLog(), kSizeOnly);
    return tail ? tail->size : 0;
}

QString LabRuntime::errorLogSince(qint64 offset) const
{
    const Result<LabHost::Tail, LabError> tail = m_host.tail(LabLayout::errorLog(), offset);
    return tail ? utf8Text(tail->data) : QString();
}

QString LabRuntime::logTail(const QString &relative, int maxChars) const
{
    const Result<LabHost::Tail, LabError> size = m_host.tail(relative, kSizeOnly);
    if (!size)
        return {};
    const Result<LabHost::Tail, LabError> tail =
        m_host.tail(relative, std::max<qint64>(0, size->size - maxChars));
    return tail ? utf8Text(tail->data) : QString();
}

} // namespace gd
