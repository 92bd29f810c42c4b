#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace gd {

// Where a process's /proc links point: its binary, its working directory, and its
// stdout and stderr. An app server started without a log flag writes to fd 2: a file
// (nohup, a redirect, a supervisor's log), a socket (journald, under systemd) or a pipe.
struct ProcessLinks
{
    QString exe;    // "/usr/bin/python3.11"
    QString cwd;    // "/srv/app"
    QString stdOut; // "/var/log/app.log", "socket:[12345]", "pipe:[678]", "/dev/null"
    QString stdErr;

    // A regular file path (a log we can read), not a socket, pipe, terminal or /dev/null.
    static bool isFile(const QString &target);
    static bool isSocket(const QString &target) { return target.startsWith(QLatin1String("socket:")); }
    // The file stderr (else stdout) goes to, when it is one.
    QString outputFile() const;

    // "exe\t/usr/bin/python3.11" lines, one per link; readlink of each, the pid a number.
    static QStringList command(qint64 pid);
    static ProcessLinks parse(const QByteArray &output);
};

} // namespace gd
