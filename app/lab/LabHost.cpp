#include "app/lab/LabHost.h"

#include "remote/ByteText.h"
#include "remote/Machine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace gd {

namespace {

// A constant script: what it looks at never comes from a config file or a user. $1 is the
// directory of the lab's own programs (may be empty). Arguments may not contain line
// breaks (they could end a command early on a remote shell), so it is one line of
// statements, kept readable here as a list.
QString discoverScript()
{
    static const char *const statements[] = {
        "say() { printf '%s=%s\\n' \"$1\" \"$2\"; }",
        "find_prog() { for d in \"$@\"; do if [ -n \"$d\" ] && [ -x \"$d\" ]; then echo \"$d\"; return; fi; "
        "done; }",
        "say uid \"$(id -u)\"",
        "say home \"${HOME:-}\"",
        "say runtime \"${XDG_RUNTIME_DIR:-}\"",
        "if [ -f /etc/gateway-doctor/lab ]; then say marked 1; fi",
        "h=$1",
        "say supervisor \"$(find_prog \"${h:+$h/gateway-doctor-lab-supervisor}\" \"$(command -v "
        "gateway-doctor-lab-supervisor)\" "
        "/usr/local/libexec/gateway-doctor/gateway-doctor-lab-supervisor "
        "/usr/libexec/gateway-doctor/gateway-doctor-lab-supervisor "
        "/usr/local/bin/gateway-doctor-lab-supervisor /usr/bin/gateway-doctor-lab-supervisor)\"",
        "say upstream \"$(find_prog \"${h:+$h/gateway-doctor-lab-upstream}\" \"$(command -v "
        "gateway-doctor-lab-upstream)\" "
        "/usr/local/libexec/gateway-doctor/gateway-doctor-lab-upstream "
        "/usr/libexec/gateway-doctor/gateway-doctor-lab-upstream "
        "/usr/local/bin/gateway-doctor-lab-upstream /usr/bin/gateway-doctor-lab-upstream)\"",
        "say nginx \"$(find_prog /usr/sbin/nginx \"$(command -v nginx)\")\"",
        "say phpfpm \"$(ls /usr/sbin/php-fpm[0-9]* 2>/dev/null | sort -V | tail -n 1)\"",
        "say gunicorn \"$(find_prog /usr/bin/gunicorn \"$(command -v gunicorn)\")\"",
        "say nft \"$(find_prog /usr/sbin/nft /sbin/nft)\"",
        "say curl \"$(find_prog /usr/bin/curl \"$(command -v curl)\")\"",
        "if grep -q ' lo$' /proc/net/if_inet6 2>/dev/null; then say ipv6 1; fi",
        "if [ -r /sys/fs/selinux/enforce ]; then if [ \"$(cat /sys/fs/selinux/enforce)\" = 1 ]; then say "
        "selinux enforcing; "
        "else say selinux permissive; fi; fi",
        "if [ \"$(id -u)\" = 0 ] && id -u www-data >/dev/null 2>&1; then w=www-data; else w=$(id -un); fi",
        "say worker_user \"$w\"",
        "say worker_group \"$(id -gn \"$w\")\"",
        "say worker_uid \"$(id -u \"$w\")\"",
        "say worker_gid \"$(id -g \"$w\")\"",
    };
    QStringList script;
    for (const char *statement : statements)
        script << latin1Text(statement);
    return script.join(QStringLiteral("; "));
}

} // namespace

QString LabHostInfo::missing(const QString &requirement) const
{
    if (requirement == QLatin1String("root") && !root)
        return LabHost::tr("needs root (it changes the firewall or runs services as another user)");
    if (requirement == QLatin1String("php-fpm") && phpFpm.isEmpty())
        return LabHost::tr("needs php-fpm (Debian: apt-get install php-fpm)");
    if (requirement == QLatin1String("gunicorn") && gunicorn.isEmpty())
        return LabHost::tr("needs gunicorn (Debian: apt-get install gunicorn)");
    if (requirement == QLatin1String("nft") && nft.isEmpty())
        return LabHost::tr("needs nftables (Debian: apt-get install nftables)");
    if (requirement == QLatin1String("nft") && !root)
        return LabHost::tr("needs root to add a firewall rule");
    if (requirement == QLatin1String("ipv6") && !ipv6)
        return LabHost::tr("needs IPv6 on the loopback interface (::1)");
    if (requirement == QLatin1String("selinux") && selinux != QLatin1String("enforcing"))
        return selinux.isEmpty() ? LabHost::tr("needs SELinux in enforcing mode; this machine has no SELinux "
                                               "(/sys/fs/selinux is missing)")
                                 : LabHost::tr("needs SELinux in enforcing mode; it is %1 here").arg(selinux);
    return {};
}

LabHost::LabHost(Machine *machine, LabHostInfo info, QString labDir)
    : m_machine(machine), m_info(std::move(info)), m_labDir(std::move(labDir))
{
}

QString LabHost::localHelperDir()
{
    const QString here = QCoreApplication::applicationDirPath();
    if (QFileInfo(here + QStringLiteral("/gateway-doctor-lab-supervisor")).isExecutable())
        return here;
    return QDir::cleanPath(here + QStringLiteral("/../libexec/gateway-doctor"));
}

Result<LabHostInfo, LabError> LabHost::discover(Machine *machine, const QString &helperDir)
{
    const CommandResult result =
        machine->runAndWait(CommandSpec::of({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                             discoverScript(), QStringLiteral("gd-lab-discover"), helperDir},
                                            20000));
    if (!result.succeeded())
        return LabError(LabError::Kind::Transport,
                        tr("Could not look at the lab host: %1")
                            .arg(result.error.isError() ? result.error.message() : localText(result.stdErr)));
    LabHostInfo info;
    info.local = machine->isLocal();
    const QList<QByteArray> lines = result.stdOut.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = utf8Text(line.mid(eq + 1)).trimmed();
        if (key == "uid")
            info.root = value == QLatin1String("0");
        else if (key == "home")
            info.home = value;
        else if (key == "runtime")
            info.runtimeDir = value;
        else if (key == "marked")
            info.marked = true;
        else if (key == "supervisor")
            info.supervisor = value;
        else if (key == "upstream")
            info.upstream = value;
        else if (key == "nginx")
            info.nginx = value;
        else if (key == "phpfpm")
            info.phpFpm = value;
        else if (key == "gunicorn")
            info.gunicorn = value;
        else if (key == "nft")
            info.nft = value;
        else if (key == "curl")
            info.curl = value;
        else if (key == "ipv6")
            info.ipv6 = true;
        else if (key == "selinux")
            info.selinux = value;
        else if (key == "worker_user")
            info.workerUser = value;
        else if (key == "worker_group")
            info.workerGroup = value;
        else if (key == "worker_uid")
            info.workerUid = value.toUInt();
        else if (key == "worker_gid")
            info.workerGid = value.toUInt();
    }
    if (!info.phpFpm.isEmpty())
        info.phpVersion = info.phpFpm.mid(info.phpFpm.lastIndexOf(QLatin1String("php-fpm")) + 7);
    const auto lacking = [&](const QString &what, const QString &how) {
        return LabError(LabError::Kind::Unavailable, tr("The lab host has no %1. %2").arg(what, how));
    };
    if (info.supervisor.isEmpty() || info.upstream.isEmpty())
        return lacking(QStringLiteral("gateway-doctor-lab-supervisor / gateway-doctor-lab-upstream"),
                       tr("Install Gateway Doctor on it (the lab's programs come with it), or name their "
                          "directory with --lab-helpers."));
    if (info.nginx.isEmpty())
        return lacking(QStringLiteral("nginx"), tr("Debian: apt-get install nginx."));
    if (info.curl.isEmpty())
        return lacking(QStringLiteral("curl"), tr("Debian: apt-get install curl."));
    return info;
}

QString LabHost::defaultLabDir(const LabHostInfo &info)
{
    if (info.root)
        return QStringLiteral("/run/gateway-doctor-lab");
    if (!info.runtimeDir.isEmpty())
        return info.runtimeDir + QStringLiteral("/gateway-doctor-lab");
    return info.home + QStringLiteral("/.local/state/gateway-doctor/lab");
}

QString LabHost::path(const QString &relative) const
{
    return relative.isEmpty() ? m_labDir : m_labDir + QLatin1Char('/') + relative;
}

CommandResult LabHost::run(const QStringList &argv, int timeoutMs, bool asRoot) const
{
    CommandSpec spec = CommandSpec::of(argv, timeoutMs);
    if (asRoot)
        spec.asRoot();
    if (!m_machine) {
        CommandResult gone;
        gone.error = RemoteError(RemoteError::Kind::NotConnected, tr("The lab host is not connected."));
        return gone;
    }
    return m_machine->runAndWait(spec);
}

Result<QByteArray, LabError> LabHost::helper(const QString &sub, const QStringList &arguments,
                                             const QByteArray &stdinData, int timeoutMs) const
{
    CommandSpec spec = CommandSpec::of(
        QStringList{m_info.supervisor, sub, QStringLiteral("--lab-dir"), m_labDir} + arguments, timeoutMs);
    spec.stdinData = stdinData;
    if (!m_machine)
        return LabError(LabError::Kind::Transport, tr("The lab host is not connected."));
    const CommandResult result = m_machine->runAndWait(spec);
    if (result.error.isError())
        return LabError::fromRemote(result.error);
    if (result.exitCode != 0) {
        QString why = localText(result.stdErr + result.stdOut).trimmed();
        why.remove(QStringLiteral("gateway-doctor-lab-supervisor: "));
        return LabError(LabError::Kind::Failed, why, result.commandLine);
    }
    return result.stdOut;
}

Result<QByteArray, LabError> LabHost::ctl(const QStringList &request, int timeoutMs) const
{
    return helper(QStringLiteral("ctl"), request, {}, timeoutMs);
}

LabError LabHost::write(const FileBundle &bundle) const
{
    if (bundle.isEmpty())
        return {};
    const Result<QByteArray, LabError> done = helper(QStringLiteral("write"), {}, bundle.data());
    return done ? LabError() : done.error();
}

Result<LabTree, LabError> LabHost::read(const QStringList &relativePaths) const
{
    const Result<QByteArray, LabError> output = helper(QStringLiteral("read"), relativePaths);
    if (!output)
        return output.error();
    return LabTree::parse(*output);
}

Result<LabHost::Tail, LabError> LabHost::tail(const QString &relative, qint64 offset) const
{
    const Result<QByteArray, LabError> output =
        helper(QStringLiteral("tail"), {relative, QString::number(offset)});
    if (!output)
        return output.error();
    const qsizetype newline = output->indexOf('\n');
    if (!output->startsWith("SIZE ") || newline < 0)
        return LabError(LabError::Kind::Failed, tr("Unexpected answer from the lab's helper."));
    Tail tail;
    tail.size = output->mid(5, newline - 5).toLongLong();
    tail.data = output->mid(newline + 1);
    return tail;
}

Result<PortPool, LabError> LabHost::ports(int count) const
{
    const Result<QByteArray, LabError> output = helper(QStringLiteral("ports"), {QString::number(count)});
    if (!output)
        return output.error();
    PortPool pool;
    for (const QByteArray &line : output->split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const quint16 port = quint16(fields.at(i).toUInt());
            if (fields.first() == "FREE")
                pool.free << port;
            else if (fields.first() == "LISTEN")
                pool.listening.insert(port);
        }
    }
    return pool;
}

} // namespace gd
