#include "app/cli/TargetOptions.h"

#include "remote/LocalMachine.h"
#include "remote/SecretBytes.h"
#include "remote/SshMachine.h"

#include <QFile>

#include <cstdio>

namespace gd {

void TargetOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("ssh"), tr("Diagnose a server over SSH instead of this computer."),
                      QStringLiteral("[user@]host[:port]")});
    parser.addOption(
        {QStringLiteral("identity"), tr("SSH private key file to log in with."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("known-hosts"), tr("known_hosts file (default ~/.ssh/known_hosts)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("accept-new-host-key"),
         tr("Trust and save the server's host key on the first connection (never a changed key).")});
    parser.addOption({QStringLiteral("sudo-password-stdin"),
                      tr("Read the sudo password from the first line of standard input.")});
    parser.addOption({QStringLiteral("nginx"), tr("Path of the nginx binary (default: found in PATH)."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("upstream-host"),
         tr("Follow an upstream on another host there over SSH and run step 1 on it (repeatable): "
            "ADDR is the upstream address in nginx's config."),
         QStringLiteral("ADDR=[user@]host[:port]")});
    parser.addOption({QStringLiteral("upstream-identity"), tr("SSH private key file for the upstream hosts."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("upstream-known-hosts"),
                      tr("known_hosts file for the upstream hosts (default ~/.ssh/known_hosts)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("conf"),
                      tr("Main nginx configuration file (default: nginx -V's conf path)."),
                      QStringLiteral("PATH")});
}

Result<TargetOptions> TargetOptions::from(const QCommandLineParser &parser)
{
    TargetOptions options;
    options.ssh = parser.value(QStringLiteral("ssh"));
    options.identity = parser.value(QStringLiteral("identity"));
    options.knownHosts = parser.value(QStringLiteral("known-hosts"));
    options.acceptNewHostKey = parser.isSet(QStringLiteral("accept-new-host-key"));
    options.sudoPasswordStdin = parser.isSet(QStringLiteral("sudo-password-stdin"));
    options.nginx = parser.value(QStringLiteral("nginx"));
    options.conf = parser.value(QStringLiteral("conf"));
    for (const QString &value : parser.values(QStringLiteral("upstream-host"))) {
        const int eq = int(value.indexOf(QLatin1Char('=')));
        const QString address = value.left(eq).trimmed();
        if (eq <= 0 || eq + 1 >= value.size() || address.startsWith(QLatin1Char('-')))
            return RemoteError(RemoteError::Kind::InvalidArgument,
                               tr("--upstream-host takes ADDR=[user@]host[:port], such as "
                                  "10.0.0.5=deploy@app1, not \"%1\".")
                                   .arg(value));
        if (Result<SshTarget> t = SshTarget::parse(value.mid(eq + 1)); !t)
            return t.error();
        options.upstreamHosts.append({address, value.mid(eq + 1)});
    }
    options.upstreamIdentity = parser.value(QStringLiteral("upstream-identity"));
    options.upstreamKnownHosts = parser.value(QStringLiteral("upstream-known-hosts"));
    if ((!options.upstreamIdentity.isEmpty() || !options.upstreamKnownHosts.isEmpty()) &&
        options.upstreamHosts.isEmpty())
        return RemoteError(RemoteError::Kind::InvalidArgument,
                           tr("--upstream-identity and --upstream-known-hosts only make sense with "
                              "--upstream-host."));
    if (!options.identity.isEmpty() && options.ssh.isEmpty())
        return RemoteError(RemoteError::Kind::InvalidArgument, tr("--identity only makes sense with --ssh."));
    for (const QString &path : {options.nginx, options.conf}) {
        if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
            return RemoteError(
                RemoteError::Kind::InvalidArgument,
                tr("%1 must be an absolute path (it is a path on the target machine).").arg(path));
    }
    return options;
}

Result<std::shared_ptr<Machine>> TargetOptions::open() const
{
    std::shared_ptr<Machine> machine;
    if (ssh.isEmpty()) {
        machine = std::make_shared<LocalMachine>();
    } else {
        Result<SshTarget> target = SshTarget::parse(ssh);
        if (!target)
            return target.error();
        SshTarget t = *target;
        t.identityFile = identity;
        t.knownHostsFile = knownHosts;
        auto remote = std::make_shared<SshMachine>(t);
        SshCredentials credentials;
        if (acceptNewHostKey)
            credentials.hostKeyPolicy.unknown = HostKeyPolicy::Unknown::AcceptAny;
        if (const RemoteError error = remote->connectAndWait(credentials))
            return error;
        machine = remote;
    }
    if (sudoPasswordStdin) {
        // One line, read once; it lives only in the Machine's memory from here on.
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return RemoteError(RemoteError::Kind::InvalidArgument,
                               tr("Could not read the sudo password from stdin."));
        SecretBytes line(in.readLine());
        line.chopLineEnd();
        machine->setSudoPassword(line.bytes());
    }
    return machine;
}

QList<UpstreamHostLink> TargetOptions::openUpstreamHosts() const
{
    QList<UpstreamHostLink> links;
    for (const std::pair<QString, QString> &host : upstreamHosts) {
        const QString &spec = host.second;
        UpstreamHostLink link;
        link.address = host.first;
        Result<SshTarget> target = SshTarget::parse(spec);
        if (!target) {
            link.machineName = spec;
            link.error = target.error();
            links << link;
            continue;
        }
        SshTarget t = *target;
        t.identityFile = upstreamIdentity;
        t.knownHostsFile = upstreamKnownHosts;
        link.machineName = t.displayName();
        auto remote = std::make_shared<SshMachine>(t);
        SshCredentials credentials;
        if (acceptNewHostKey)
            credentials.hostKeyPolicy.unknown = HostKeyPolicy::Unknown::AcceptAny;
        if (const RemoteError error = remote->connectAndWait(credentials))
            link.error = error;
        else
            link.machine = remote;
        links << link;
    }
    return links;
}

} // namespace gd
