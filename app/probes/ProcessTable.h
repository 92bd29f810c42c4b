#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

// One line of `ps -eo pid=,ppid=,user=,args=`.
struct ProcessInfo
{
    qint64 pid = 0;
    qint64 ppid = 0;
    QString user;
    QString args;     // the command line as ps shows it (setproctitle may rewrite it)
    QStringList argv; // args split on blanks: ps loses the original quoting
};

struct NginxInstance
{
    ProcessInfo master;
    QList<ProcessInfo> workers;
    QString workerUser; // from the workers; empty when none are running
    QString confPath;   // the master's -c argument, if any
    QString prefix;     // the master's -p argument, if any
    QString binary;     // "nginx" or "/usr/sbin/nginx" as started
};

struct PhpFpmInstance
{
    ProcessInfo master;
    QString configPath;                      // "(/etc/php/8.2/fpm/php-fpm.conf)"
    QMap<QString, QList<ProcessInfo>> pools; // pool name → its children
};

// gunicorn / uwsgi / node: the application servers whose own limits the engine
// compares with nginx's timeouts.
struct AppServer
{
    enum class Kind
    {
        Gunicorn,
        Uwsgi,
        Node
    };
    Kind kind = Kind::Gunicorn;
    ProcessInfo master; // the process whose parent is not the same server
    QList<ProcessInfo> workers;
    std::optional<int> timeoutSeconds; // gunicorn --timeout/-t, uwsgi --harakiri
    QStringList binds;                 // gunicorn --bind/-b, uwsgi --socket/--http-socket/--http
    QString configFile;                // uwsgi --ini, gunicorn -c (limits may live there instead)
    QString script;                    // node: the script it runs

    static QString kindName(Kind kind);
};

// Parses ps output and /proc/PID/cgroup; finds nginx, php-fpm and app servers.
class ProcessTable
{
    Q_DECLARE_TR_FUNCTIONS(ProcessTable)
public:
    ProcessTable() = default;
    explicit ProcessTable(QList<ProcessInfo> processes) : m_processes(std::move(processes)) {}

    // -ww: never cut args at the terminal width (ps does when it thinks it has one);
    // user:32: long user names are otherwise replaced by the numeric uid.
    static QStringList command(); // ps -ww -eo pid=,ppid=,user:32=,args=
    static ProbeResult<ProcessTable> parse(const ProbeOutput &output);

    // argv reading the cgroup of one process (the pid is a number: nothing to quote).
    static QStringList cgroupCommand(qint64 pid); // cat /proc/PID/cgroup
    // The systemd service a process runs in, from its /proc/PID/cgroup: the cgroup v2
    // line "0::/system.slice/php8.2-fpm.service" or the v1 line
    // "1:name=systemd:/system.slice/x.service". Empty when it runs in no service.
    static QString unitFromCgroup(const QByteArray &procCgroup);

    const QList<ProcessInfo> &processes() const { return m_processes; }
    const ProcessInfo *byPid(qint64 pid) const;
    QList<ProcessInfo> childrenOf(qint64 pid) const;

    QList<NginxInstance> nginx() const;
    QList<PhpFpmInstance> phpFpm() const;
    QList<AppServer> appServers() const;

private:
    QList<ProcessInfo> m_processes;
};

} // namespace gd
