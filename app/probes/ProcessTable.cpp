#include "app/probes/ProcessTable.h"

#include "app/probes/ProbeText.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace gd {

namespace {

// The value of an option given as "--name VALUE", "--name=VALUE" or "-n VALUE".
QString optionValue(const QStringList &argv, const QStringList &names)
{
    for (int i = 0; i < argv.size(); ++i) {
        const QString &a = argv.at(i);
        for (const QString &n : names) {
            if (a == n && i + 1 < argv.size())
                return argv.at(i + 1);
            if (n.startsWith(QLatin1String("--")) && a.startsWith(n + QLatin1Char('=')))
                return a.mid(n.size() + 1);
            // Short options glued to their value: -t30, -b127.0.0.1:8000.
            if (!n.startsWith(QLatin1String("--")) && a.startsWith(n) && a.size() > n.size())
                return a.mid(n.size());
        }
    }
    return {};
}

QStringList optionValues(const QStringList &argv, const QStringList &names)
{
    QStringList out;
    for (int i = 0; i < argv.size(); ++i) {
        const QString &a = argv.at(i);
        for (const QString &n : names) {
            if (a == n && i + 1 < argv.size())
                out.append(argv.at(i + 1));
            else if (n.startsWith(QLatin1String("--")) && a.startsWith(n + QLatin1Char('=')))
                out.append(a.mid(n.size() + 1));
        }
    }
    return out;
}

std::optional<AppServer::Kind> appKind(const ProcessInfo &p)
{
    if (p.argv.isEmpty())
        return std::nullopt;
    // setproctitle: "gunicorn: master [app]" / "gunicorn: worker [app]".
    if (p.args.startsWith(QLatin1String("gunicorn:")))
        return AppServer::Kind::Gunicorn;
    // gunicorn runs as "python3 /usr/bin/gunicorn ..." or "/venv/bin/gunicorn ...".
    for (int i = 0; i < qMin(2, int(p.argv.size())); ++i) {
        const QString base = QFileInfo(p.argv.at(i)).fileName();
        if (base == QLatin1String("gunicorn"))
            return AppServer::Kind::Gunicorn;
    }
    const QString first = QFileInfo(p.argv.first()).fileName();
    if (first == QLatin1String("uwsgi") || first.startsWith(QLatin1String("uwsgi")))
        return AppServer::Kind::Uwsgi;
    if (first == QLatin1String("node") || first == QLatin1String("nodejs"))
        return AppServer::Kind::Node;
    return std::nullopt;
}

} // namespace

QString AppServer::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Gunicorn:
        return QStringLiteral("gunicorn");
    case Kind::Uwsgi:
        return QStringLiteral("uwsgi");
    case Kind::Node:
        return QStringLiteral("node");
    }
    return {};
}

QStringList ProcessTable::command()
{
    return {QStringLiteral("ps"), QStringLiteral("-ww"), QStringLiteral("-eo"),
            QStringLiteral("pid=,ppid=,user:32=,args=")};
}

ProbeResult<ProcessTable> ProcessTable::parse(const ProbeOutput &output)
{
    const QString tool = QStringLiteral("ps");
    if (auto e = ProbeText::precheck(output, tool))
        return *e;
    if (output.exitCode != 0) {
        // busybox ps knows no -o: say so instead of parsing its usage text.
        return ProbeError(ProbeError::Kind::Unsupported, tr("ps failed (exit code %1).").arg(output.exitCode),
                          ProbeText::firstLine(output.stdErr));
    }
    QList<ProcessInfo> out;
    int bad = 0;
    QString firstBad;
    static const QRegularExpression shape(QStringLiteral("^\\s*(\\d+)\\s+(\\d+)\\s+(\\S+)\\s+(.*)$"));
    for (const QString &line : ProbeText::lines(output.stdOut)) {
        if (line.trimmed().isEmpty())
            continue;
        const auto m = shape.match(line);
        if (!m.hasMatch()) {
            ++bad;
            if (firstBad.isEmpty())
                firstBad = line;
            continue;
        }
        ProcessInfo p;
        p.pid = m.captured(1).toLongLong();
        p.ppid = m.captured(2).toLongLong();
        p.user = m.captured(3);
        p.args = m.captured(4).trimmed();
        p.argv = ProbeText::fields(p.args);
        out.append(p);
    }
    if (out.isEmpty())
        return bad > 0 ? ProbeError::malformed(tool, firstBad) : ProbeError::empty(tool);
    return ProcessTable(out);
}

QStringList ProcessTable::cgroupCommand(qint64 pid)
{
    return {QStringLiteral("cat"), QStringLiteral("/proc/%1/cgroup").arg(pid)};
}

QString ProcessTable::unitFromCgroup(const QByteArray &procCgroup)
{
    if (ProbeText::looksBinary(procCgroup))
        return {};
    QString v2, v1;
    for (const QString &line : ProbeText::lines(procCgroup)) {
        // hierarchy-id:controllers:path; the path may itself contain ':'.
        const int first = line.indexOf(QLatin1Char(':'));
        const int second = first < 0 ? -1 : line.indexOf(QLatin1Char(':'), first + 1);
        if (second < 0)
            continue;
        const QString id = line.left(first);
        const QString controllers = line.mid(first + 1, second - first - 1);
        const QString path = line.mid(second + 1);
        if (id == QLatin1String("0") && controllers.isEmpty())
            v2 = path;
        else if (controllers == QLatin1String("name=systemd"))
            v1 = path;
    }
    const QString path = v2.isEmpty() ? v1 : v2;
    // The innermost .service wins: delegated units add sub-cgroups below it.
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = parts.size() - 1; i >= 0; --i) {
        if (parts.at(i).endsWith(QLatin1String(".service")))
            return parts.at(i);
    }
    return {};
}

const ProcessInfo *ProcessTable::byPid(qint64 pid) const
{
    for (const ProcessInfo &p : m_processes) {
        if (p.pid == pid)
            return &p;
    }
    return nullptr;
}

QList<ProcessInfo> ProcessTable::childrenOf(qint64 pid) const
{
    QList<ProcessInfo> out;
    for (const ProcessInfo &p : m_processes) {
        if (p.ppid == pid)
            out.append(p);
    }
    return out;
}

QList<NginxInstance> ProcessTable::nginx() const
{
    QList<NginxInstance> out;
    for (const ProcessInfo &p : m_processes) {
        if (!p.args.startsWith(QLatin1String("nginx: master process")))
            continue;
        NginxInstance n;
        n.master = p;
        // "nginx: master process /usr/sbin/nginx -g daemon on; master_process on;"
        const QStringList rest = p.argv.mid(3);
        if (!rest.isEmpty())
            n.binary = rest.first();
        n.confPath = optionValue(rest, {QStringLiteral("-c")});
        n.prefix = optionValue(rest, {QStringLiteral("-p")});
        for (const ProcessInfo &c : childrenOf(p.pid)) {
            // Workers, and during a reload "worker process is shutting down".
            if (c.args.startsWith(QLatin1String("nginx: worker process"))) {
                n.workers.append(c);
                if (n.workerUser.isEmpty())
                    n.workerUser = c.user;
            }
        }
        out.append(n);
    }
    return out;
}

QList<PhpFpmInstance> ProcessTable::phpFpm() const
{
    QList<PhpFpmInstance> out;
    static const QRegularExpression masterShape(QStringLiteral("^php-fpm[0-9.]*: master process \\((.*)\\)"));
    static const QRegularExpression poolShape(QStringLiteral("^php-fpm[0-9.]*: pool (\\S+)"));
    for (const ProcessInfo &p : m_processes) {
        const auto m = masterShape.match(p.args);
        if (!m.hasMatch())
            continue;
        PhpFpmInstance f;
        f.master = p;
        f.configPath = m.captured(1);
        for (const ProcessInfo &c : childrenOf(p.pid)) {
            const auto pm = poolShape.match(c.args);
            if (pm.hasMatch())
                f.pools[pm.captured(1)].append(c);
        }
        out.append(f);
    }
    return out;
}

QList<AppServer> ProcessTable::appServers() const
{
    QList<AppServer> out;
    for (const ProcessInfo &p : m_processes) {
        const auto kind = appKind(p);
        if (!kind)
            continue;
        // Workers are forks of the master with the same command line: skip them here.
        if (const ProcessInfo *parent = byPid(p.ppid)) {
            if (appKind(*parent) == kind)
                continue;
        }
        AppServer s;
        s.kind = *kind;
        s.master = p;
        for (const ProcessInfo &c : childrenOf(p.pid)) {
            if (appKind(c) == kind)
                s.workers.append(c);
        }
        QString timeout;
        switch (s.kind) {
        case AppServer::Kind::Gunicorn:
            timeout = optionValue(p.argv, {QStringLiteral("--timeout"), QStringLiteral("-t")});
            s.binds = optionValues(p.argv, {QStringLiteral("--bind"), QStringLiteral("-b")});
            s.configFile = optionValue(p.argv, {QStringLiteral("--config"), QStringLiteral("-c")});
            break;
        case AppServer::Kind::Uwsgi:
            timeout = optionValue(p.argv, {QStringLiteral("--harakiri")});
            s.binds = optionValues(p.argv, {QStringLiteral("--socket"), QStringLiteral("-s"),
                                            QStringLiteral("--http-socket"), QStringLiteral("--http"),
                                            QStringLiteral("--uwsgi-socket")});
            s.configFile = optionValue(p.argv, {QStringLiteral("--ini")});
            if (s.configFile.isEmpty() && p.argv.size() == 2 && p.argv.at(1).endsWith(QLatin1String(".ini")))
                s.configFile = p.argv.at(1);
            break;
        case AppServer::Kind::Node:
            for (int i = 1; i < p.argv.size(); ++i) {
                if (!p.argv.at(i).startsWith(QLatin1Char('-'))) {
                    s.script = p.argv.at(i);
                    break;
                }
            }
            break;
        }
        bool ok = false;
        const int seconds = timeout.toInt(&ok);
        if (ok)
            s.timeoutSeconds = seconds;
        out.append(s);
    }
    return out;
}

} // namespace gd
