#pragma once

#include "tests/lab/LabDir.h"
#include "tests/lab/LabProcess.h"
#include "tests/lab/LabStatus.h"

#include <QByteArray>
#include <QString>

namespace gd::lab {

// A real PHP-FPM master in its own directory, the way Debian lays one out: php-fpm.conf
// with `include = DIR/pool.d/*.conf`, one pool in pool.d/www.conf, listening on a free
// loopback port. Run with -F under the lab supervisor, so it never outlives the test.
class LabPhpFpm
{
public:
    LabPhpFpm();

    // The newest /usr/sbin/php-fpm* (php-fpm8.2 on Debian 12); empty when not installed.
    static QString binary();

    // Writes the configs and starts php-fpm; waits until it listens and `children` pool
    // children run. @PORT@ in poolText becomes the port, @SOCKET@ socketPath() (then it
    // waits for the socket instead of the port).
    LabStatus start(const QString &poolText, int children);

    // Stops the master and starts it again with the same files (what a service
    // manager's restart does); waits for the socket or port and `children` children.
    LabStatus restart(int children);
    // The socket's file name in the lab directory (before start()): "php8.2-fpm.sock",
    // as Debian names it, where a test needs a PHP version in the path.
    void setSocketName(const QString &name) { m_socketName = name; }
    // php-fpm.conf's global error_log (before start()): default DIR/php-fpm.log;
    // "/proc/self/fd/2" sends it to the master's stderr, i.e. process().stderrPath().
    void setErrorLog(const QString &value) { m_errorLog = value; }
    // The error_log file: errorLog's value, or the stderr file when it names fd 2.
    QString errorLogPath() const;
    // The exact command line php-fpm was started with.
    QStringList commandLine() const;
    LabProcess &process() { return m_process; }
    quint16 port() const { return m_port; }
    qint64 pid() const;
    QString configPath() const;
    QString poolFile() const;
    QString socketPath() const;
    QByteArray poolText() const { return m_poolText; }
    LabDir &dir() { return m_dir; }

private:
    LabDir m_dir;
    LabProcess m_process;
    quint16 m_port = 0;
    QByteArray m_poolText;
    LabProcessSpec m_spec;
    bool m_unixSocket = false;
    QString m_socketName = QStringLiteral("php-fpm.sock");
    QString m_errorLog;
    LabStatus waitUntilServing(int children);
};

} // namespace gd::lab
