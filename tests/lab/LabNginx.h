#pragma once

#include "tests/lab/LabDir.h"
#include "tests/lab/LabProcess.h"
#include "tests/lab/LabStatus.h"

#include <QList>
#include <QMap>
#include <QString>

namespace gd::lab {

// A real nginx (/usr/sbin/nginx, master + workers) with its own prefix in a temporary
// directory and its own loopback port.
//
// The test supplies the inside of `http {}`; the lab wraps it with everything that
// keeps nginx inside its prefix: pid file, error log at `info` (upstream failures are
// logged at error/crit, `info` adds client-side context without debug noise), an
// access log with upstream fields, and all *_temp_path directories (nothing touches
// /var/lib/nginx or /var/log/nginx). Placeholders replaced in the text:
//   @PORT@    the port nginx should listen on (127.0.0.1)
//   @PREFIX@  the prefix directory
//   @NAME@    any key of `vars` (e.g. @UPSTREAM@), replaced before the built-ins.
//
// Run as root, the workers run as workerUser() (default www-data) like on a real
// server, which is what makes unix-socket permission failures reproducible. As a
// normal user no `user` directive is written (nginx would only warn).
class LabNginx
{
public:
    using Vars = QMap<QString, QString>;

    explicit LabNginx(const QString &workerUser = defaultWorkerUser());
    ~LabNginx();
    LabNginx(const LabNginx &) = delete;
    LabNginx &operator=(const LabNginx &) = delete;

    // Writes the config, runs `nginx -t` (its output is the failure message), starts
    // nginx and waits until it listens.
    LabStatus start(const QString &httpBody, const Vars &vars = {});
    // The same with a complete nginx.conf of the test's own; it must write its pid file
    // to pidFile() (use "@PREFIX@/logs/nginx.pid") for reload() and readiness.
    LabStatus startWithConfig(const QString &fullConfig, const Vars &vars = {});

    // `nginx -t` on the current config file; the failure message is nginx's output.
    LabStatus testConfig();
    // Rewrites the http {} body (or keeps the file when httpBody is null), tests it,
    // sends `nginx -s reload` and confirms that new workers took over. A config that
    // fails `nginx -t` is reported and not sent.
    LabStatus reload(const QString &httpBody = QString(), const Vars &vars = {});
    // `nginx -s reload` without testing first, confirmed like reload(). A bad config
    // makes the master log [emerg] and keep the old workers: then this fails with the
    // new error-log lines.
    LabStatus reloadUnchecked();
    LabStatus stop();

    quint16 port() const { return m_port; }
    QString url(const QString &path = QStringLiteral("/")) const;
    QString prefix() const;
    QString configPath() const;
    QString errorLogPath() const;
    QString accessLogPath() const;
    QString pidFile() const;
    QString workerUser() const { return m_workerUser; }
    // From the pid file; 0 when nginx is not running.
    qint64 masterPid() const;
    // Workers that accept connections (not those draining after a reload).
    QList<qint64> workerPids() const;
    QString configText() const;
    QString errorLogText() const;
    QString accessLogText() const;
    // Error-log lines written since offset (a size from errorLogSize()).
    QString errorLogSince(qint64 offset) const;
    qint64 errorLogSize() const;
    // nginx writes a request's log lines around the response, not before it: a client
    // can have its 502 before the line is in the file. These poll until needle shows
    // up; waitForErrorLog returns all lines since offset.
    LabResult<QString> waitForErrorLog(const QString &needle, qint64 offset = 0, int timeoutMs = 3000);
    LabStatus waitForAccessLog(const QString &needle, int timeoutMs = 3000);
    LabProcess &process() { return m_process; }

    // www-data when running as root, otherwise empty (no `user` directive).
    static QString defaultWorkerUser();
    // A common http {} body: one server on @PORT@ whose `location /` proxies to
    // proxyPass, with extra directives inside the location.
    static QString proxyServer(const QString &proxyPass, const QString &locationExtra = QString());

private:
    QString wrapHttpBody(const QString &httpBody) const;
    QString substitute(QString text, const Vars &vars) const;
    LabStatus writeConfig(const QString &text);
    LabStatus runNginx(const QStringList &arguments, QString *output = nullptr) const;
    LabStatus launch();
    LabStatus confirmReload(const QList<qint64> &oldWorkers, qint64 logOffset);
    QStringList baseArguments() const;

    LabDir m_dir;
    LabProcess m_process;
    QString m_workerUser;
    quint16 m_port = 0;
    QString m_template; // config text before substitution, for port retries
    bool m_templateIsFull = false;
    Vars m_vars;
};

} // namespace gd::lab
