#include "tests/lab/LabNginx.h"

#include "tests/lab/LabPaths.h"
#include "tests/lab/LabPorts.h"
#include "tests/lab/LabProcTree.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <unistd.h>

namespace gd::lab {

namespace {

// The directories nginx would otherwise take from its compiled-in paths.
const char *const kTempPaths[] = {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"};

QString readText(const QString &path, qint64 offset = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (offset > 0)
        file.seek(offset);
    return QString::fromLocal8Bit(file.readAll());
}

} // namespace

LabNginx::LabNginx(const QString &workerUser) : m_dir(QStringLiteral("nginx")), m_workerUser(workerUser)
{
}

LabNginx::~LabNginx()
{
    // A master that another program started on this config (a test carrying out the
    // doctor's "start nginx") is not this lab's child: it ends with the lab all the same,
    // or it would keep the lab's port and files after the test.
    const qint64 stranger = masterPid();
    if (stranger <= 0 || stranger == m_process.pid())
        return;
    ::kill(pid_t(stranger), SIGTERM);
    QElapsedTimer waited;
    waited.start();
    while (LabProcTree::isAlive(stranger) && !waited.hasExpired(3000))
        QThread::msleep(20);
    if (LabProcTree::isAlive(stranger))
        ::kill(pid_t(stranger), SIGKILL);
}

QString LabNginx::defaultWorkerUser()
{
    return ::geteuid() == 0 ? QStringLiteral("www-data") : QString();
}

QString LabNginx::proxyServer(const QString &proxyPass, const QString &locationExtra)
{
    return QStringLiteral("server {\n"
                          "    listen 127.0.0.1:@PORT@;\n"
                          "    server_name gd-lab;\n"
                          "    location / {\n"
                          "        proxy_pass %1;\n"
                          "%2"
                          "    }\n"
                          "}\n")
        .arg(proxyPass, locationExtra.isEmpty()
                            ? QString()
                            : QStringLiteral("        ") + locationExtra + QLatin1Char('\n'));
}

QString LabNginx::prefix() const
{
    return m_dir.path();
}

QString LabNginx::configPath() const
{
    return m_dir.filePath(QStringLiteral("conf/nginx.conf"));
}

QString LabNginx::errorLogPath() const
{
    return m_dir.filePath(QStringLiteral("logs/error.log"));
}

QString LabNginx::accessLogPath() const
{
    return m_dir.filePath(QStringLiteral("logs/access.log"));
}

QString LabNginx::pidFile() const
{
    return m_dir.filePath(QStringLiteral("logs/nginx.pid"));
}

QString LabNginx::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

QString LabNginx::wrapHttpBody(const QString &httpBody) const
{
    QString text = QStringLiteral("# Written by gd::lab::LabNginx for one test run.\n");
    if (!m_workerUser.isEmpty())
        text += QStringLiteral("user %1;\n").arg(m_workerUser);
    text += QStringLiteral(
        "worker_processes 1;\n"
        "pid @PREFIX@/logs/nginx.pid;\n"
        "error_log @PREFIX@/logs/error.log info;\n"
        "events {\n"
        "    worker_connections 512;\n"
        "}\n"
        "http {\n"
        "    log_format gdlab '$remote_addr [$time_local] \"$request\" $status $body_bytes_sent '\n"
        "                     'upstream_addr=$upstream_addr upstream_status=$upstream_status '\n"
        "                     'upstream_response_time=$upstream_response_time request_time=$request_time';\n"
        "    access_log @PREFIX@/logs/access.log gdlab;\n"
        "    default_type text/plain;\n");
    for (const char *name : kTempPaths)
        text += QStringLiteral("    %1_temp_path @PREFIX@/tmp/%1;\n").arg(QLatin1String(name));
    text += QStringLiteral("\n") + httpBody + QStringLiteral("\n}\n");
    return text;
}

QString LabNginx::substitute(QString text, const Vars &vars) const
{
    for (auto it = vars.constBegin(); it != vars.constEnd(); ++it)
        text.replace(QLatin1Char('@') + it.key() + QLatin1Char('@'), it.value());
    text.replace(QStringLiteral("@PORT@"), QString::number(m_port));
    text.replace(QStringLiteral("@PREFIX@"), prefix());
    return text;
}

LabStatus LabNginx::writeConfig(const QString &text)
{
    return m_dir.writeFile(QStringLiteral("conf/nginx.conf"), text.toUtf8());
}

QStringList LabNginx::baseArguments() const
{
    return {QStringLiteral("-p"), prefix() + QLatin1Char('/'), QStringLiteral("-c"), configPath()};
}

LabStatus LabNginx::runNginx(const QStringList &arguments, QString *output) const
{
    QProcess nginx;
    nginx.setProcessChannelMode(QProcess::MergedChannels);
    nginx.setStandardInputFile(QProcess::nullDevice());
    nginx.start(LabPaths::nginx(), baseArguments() + arguments);
    const bool finished = nginx.waitForFinished(15000);
    const QString text = QString::fromLocal8Bit(nginx.readAll());
    if (output)
        *output = text;
    const QString command =
        QStringLiteral("nginx %1").arg((baseArguments() + arguments).join(QLatin1Char(' ')));
    if (!finished) {
        nginx.kill();
        nginx.waitForFinished(2000);
        return LabStatus::failure(QStringLiteral("%1 did not finish: %2").arg(command, nginx.errorString()));
    }
    // Judged by the exit code: nginx -t can print "syntax is ok" and still fail.
    if (nginx.exitStatus() != QProcess::NormalExit || nginx.exitCode() != 0)
        return LabStatus::failure(
            QStringLiteral("%1 failed (exit %2):\n%3").arg(command).arg(nginx.exitCode()).arg(text));
    return LabStatus::success();
}

LabStatus LabNginx::start(const QString &httpBody, const Vars &vars)
{
    m_template = httpBody;
    m_templateIsFull = false;
    m_vars = vars;
    return launch();
}

LabStatus LabNginx::startWithConfig(const QString &fullConfig, const Vars &vars)
{
    m_template = fullConfig;
    m_templateIsFull = true;
    m_vars = vars;
    return launch();
}

LabStatus LabNginx::launch()
{
    if (!m_dir.isValid())
        return LabStatus::failure(m_dir.error());
    for (const QString &dir : {QStringLiteral("conf"), QStringLiteral("logs"), QStringLiteral("tmp")}) {
        if (LabStatus made = m_dir.makeDir(dir); !made)
            return made;
    }

    LabStatus lastFailure = LabStatus::failure(QStringLiteral("nginx was not started"));
    // A port from LabPorts can be taken by someone else before nginx binds it; then
    // nginx exits with "Address already in use" and we try another one.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const LabResult<quint16> port = LabPorts::freeTcpPort();
        if (!port)
            return port.status();
        m_port = *port;
        const QString text = m_templateIsFull ? m_template : wrapHttpBody(m_template);
        if (LabStatus written = writeConfig(substitute(text, m_vars)); !written)
            return written;
        if (LabStatus tested = testConfig(); !tested)
            return tested;
        QFile::remove(pidFile());

        LabProcessSpec spec;
        spec.name = QStringLiteral("nginx");
        spec.program = LabPaths::nginx();
        spec.arguments = baseArguments() + QStringList{QStringLiteral("-g"), QStringLiteral("daemon off;")};
        spec.outputDir = prefix();
        spec.stopGraceMs = 3000;
        if (LabStatus started = m_process.start(spec); !started)
            return started;
        // The master writes its pid file after it has bound the listening sockets, so
        // this is "ready" without a probe connection (which nginx would log at info).
        // Waiting for the workers as well gives tests a complete process tree.
        const LabStatus ready = m_process.waitUntil(
            [this] { return masterPid() != 0 && masterPid() == m_process.pid() && !workerPids().isEmpty(); },
            QStringLiteral("pid file and workers"), 10000);
        if (ready)
            return LabStatus::success();
        lastFailure = LabStatus::failure(ready.message() + QStringLiteral("\nerror log:\n") + errorLogText());
        const bool portTaken = m_process.stderrText().contains(QLatin1String("Address already in use")) ||
                               errorLogText().contains(QLatin1String("Address already in use"));
        m_process.stop();
        if (!portTaken)
            break;
    }
    return lastFailure;
}

LabStatus LabNginx::testConfig()
{
    return runNginx({QStringLiteral("-t"), QStringLiteral("-q")});
}

qint64 LabNginx::masterPid() const
{
    QFile file(pidFile());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const qint64 pid = file.readAll().trimmed().toLongLong();
    return pid > 0 && LabProcTree::isAlive(pid) ? pid : 0;
}

QList<qint64> LabNginx::workerPids() const
{
    QList<qint64> workers;
    const qint64 master = masterPid();
    if (master == 0)
        return workers;
    const QList<qint64> children = LabProcTree::childrenOf(master);
    for (const qint64 pid : children) {
        // Old workers draining after a reload are retitled and no longer accept.
        const QByteArray title = LabProcTree::commandLine(pid);
        if (title.contains("worker process") && !title.contains("is shutting down"))
            workers.append(pid);
    }
    return workers;
}

QString LabNginx::configText() const
{
    return readText(configPath());
}

QString LabNginx::errorLogText() const
{
    return readText(errorLogPath());
}

QString LabNginx::accessLogText() const
{
    return readText(accessLogPath());
}

LabResult<QString> LabNginx::waitForErrorLog(const QString &needle, qint64 offset, int timeoutMs)
{
    QString lines;
    const LabStatus found = m_process.waitUntil(
        [&] {
            lines = errorLogSince(offset);
            return lines.contains(needle);
        },
        QStringLiteral("\"%1\" in the error log").arg(needle), timeoutMs);
    if (!found)
        return LabStatus::failure(found.message() + QStringLiteral("\nerror log since offset:\n") + lines);
    return lines;
}

LabStatus LabNginx::waitForAccessLog(const QString &needle, int timeoutMs)
{
    const LabStatus found =
        m_process.waitUntil([&] { return accessLogText().contains(needle); },
                            QStringLiteral("\"%1\" in the access log").arg(needle), timeoutMs);
    if (!found)
        return LabStatus::failure(found.message() + QStringLiteral("\naccess log:\n") + accessLogText());
    return LabStatus::success();
}

qint64 LabNginx::errorLogSize() const
{
    return QFile(errorLogPath()).size();
}

QString LabNginx::errorLogSince(qint64 offset) const
{
    return readText(errorLogPath(), offset);
}

LabStatus LabNginx::reload(const QString &httpBody, const Vars &vars)
{
    if (!httpBody.isNull()) {
        m_template = httpBody;
        m_templateIsFull = false;
        m_vars = vars;
        if (LabStatus written = writeConfig(substitute(wrapHttpBody(httpBody), vars)); !written)
            return written;
    }
    if (LabStatus tested = testConfig(); !tested)
        return tested;
    return reloadUnchecked();
}

LabStatus LabNginx::reloadUnchecked()
{
    if (masterPid() == 0)
        return LabStatus::failure(QStringLiteral("nginx is not running"));
    const QList<qint64> oldWorkers = workerPids();
    const qint64 offset = errorLogSize();
    if (LabStatus sent = runNginx({QStringLiteral("-s"), QStringLiteral("reload")}); !sent)
        return sent;
    return confirmReload(oldWorkers, offset);
}

LabStatus LabNginx::confirmReload(const QList<qint64> &oldWorkers, qint64 logOffset)
{
    // Exit code 0 from `nginx -s reload` only means the signal was sent. The master
    // starts the new workers *before* it tells the old ones to quit, so "a new worker
    // exists" is not enough either: for a moment an old worker still accepts and
    // serves with the old config (seen in this lab). Confirmed means: every active
    // worker is new, i.e. each old one has exited or retitled itself "worker process
    // is shutting down", which it does right before closing its listening sockets.
    // A config the master rejects shows up as [emerg] in the error log instead.
    const QSet<qint64> old(oldWorkers.cbegin(), oldWorkers.cend());
    const LabStatus confirmed = m_process.waitUntil(
        [&] {
            if (errorLogSince(logOffset).contains(QLatin1String("[emerg]")))
                return true;
            const QList<qint64> now = workerPids();
            return !now.isEmpty() &&
                   std::none_of(now.cbegin(), now.cend(), [&](qint64 pid) { return old.contains(pid); });
        },
        QStringLiteral("new workers after reload"), 10000);
    const QString newLines = errorLogSince(logOffset);
    if (!confirmed)
        return LabStatus::failure(confirmed.message() + QStringLiteral("\nerror log since reload:\n") +
                                  newLines);
    if (newLines.contains(QLatin1String("[emerg]")))
        return LabStatus::failure(QStringLiteral("nginx rejected the new config:\n") + newLines);
    // Retitling comes a few instructions before close(): let that happen.
    QThread::msleep(20);
    return LabStatus::success();
}

LabStatus LabNginx::stop()
{
    return m_process.stop();
}

} // namespace gd::lab
