#include "tests/lab/LabSshd.h"

#include "tests/lab/LabPaths.h"
#include "tests/lab/LabPorts.h"
#include "tests/lab/LabProcTree.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gd::lab {

namespace {

const QString kHostKey = QStringLiteral("ssh_host_ed25519_key");
const QString kClientKey = QStringLiteral("id_client");
const QString kWrongKey = QStringLiteral("id_wrong");
const QString kPassphraseKey = QStringLiteral("id_passphrase");

LabStatus runTool(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    const bool finished = process.waitForFinished(15000);
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(1000);
        return LabStatus::failure(QStringLiteral("%1 %2 failed (exit %3): %4 %5")
                                      .arg(program, arguments.join(QLatin1Char(' ')))
                                      .arg(process.exitCode())
                                      .arg(text, process.errorString()));
    }
    return LabStatus::success();
}

QString firstLine(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

LabSshd::LabSshd() : m_dir(QStringLiteral("sshd"))
{
}

LabSshd::~LabSshd() = default;

QString LabSshd::clientKeyPath() const
{
    return m_dir.filePath(kClientKey);
}

QString LabSshd::clientPublicKey() const
{
    return firstLine(m_dir.readFile(kClientKey + QStringLiteral(".pub")));
}

QString LabSshd::wrongKeyPath() const
{
    return m_dir.filePath(kWrongKey);
}

QString LabSshd::passphraseKeyPath() const
{
    return m_dir.filePath(kPassphraseKey);
}

QString LabSshd::hostKeyPath() const
{
    return m_dir.filePath(kHostKey);
}

QString LabSshd::configPath() const
{
    return m_dir.filePath(QStringLiteral("sshd_config"));
}

QString LabSshd::logPath() const
{
    return m_dir.filePath(QStringLiteral("sshd.log"));
}

QString LabSshd::knownHostsPath() const
{
    return m_dir.filePath(QStringLiteral("known_hosts"));
}

QString LabSshd::logText() const
{
    return QString::fromLocal8Bit(m_dir.readFile(QStringLiteral("sshd.log")));
}

QString LabSshd::hostPublicKey() const
{
    // "ssh-ed25519 AAAA... comment" -> without the comment
    const QStringList fields = firstLine(m_dir.readFile(kHostKey + QStringLiteral(".pub")))
                                   .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return fields.size() >= 2 ? fields.at(0) + QLatin1Char(' ') + fields.at(1) : QString();
}

QString LabSshd::hostKeyFingerprintSha256() const
{
    // What ssh-keygen -lf prints: SHA-256 over the decoded key blob, base64 without '='.
    const QString key = hostPublicKey();
    if (key.isEmpty())
        return {};
    const QByteArray blob = QByteArray::fromBase64(key.section(QLatin1Char(' '), 1, 1).toLatin1());
    QByteArray hash = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64();
    while (hash.endsWith('='))
        hash.chop(1);
    return QStringLiteral("SHA256:") + QString::fromLatin1(hash);
}

QString LabSshd::knownHostsLine() const
{
    const QString name = m_port == 22 ? host() : QStringLiteral("[%1]:%2").arg(host()).arg(m_port);
    return name + QLatin1Char(' ') + hostPublicKey();
}

LabStatus LabSshd::writeKnownHosts(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return LabStatus::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(knownHostsLine().toUtf8() + '\n');
    return LabStatus::success();
}

QStringList LabSshd::sshCommand(const QString &user, const QString &remoteCommand,
                                const QString &keyPath) const
{
    return {LabPaths::ssh(),
            QStringLiteral("-F"),
            QStringLiteral("/dev/null"), // no user or system client config
            QStringLiteral("-i"),
            keyPath.isEmpty() ? clientKeyPath() : keyPath,
            QStringLiteral("-o"),
            QStringLiteral("IdentitiesOnly=yes"),
            QStringLiteral("-o"),
            QStringLiteral("IdentityAgent=none"),
            QStringLiteral("-o"),
            QStringLiteral("BatchMode=yes"),
            QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=") + knownHostsPath(),
            QStringLiteral("-o"),
            QStringLiteral("GlobalKnownHostsFile=/dev/null"),
            QStringLiteral("-o"),
            QStringLiteral("StrictHostKeyChecking=yes"),
            QStringLiteral("-o"),
            QStringLiteral("ConnectTimeout=5"),
            QStringLiteral("-p"),
            QString::number(m_port),
            QStringLiteral("-l"),
            user,
            host(),
            remoteCommand};
}

LabStatus LabSshd::makeKey(const QString &name, const QString &keyPassphrase) const
{
    // ssh-keygen asks before overwriting; remove old files so it never prompts.
    QFile::remove(m_dir.filePath(name));
    QFile::remove(m_dir.filePath(name + QStringLiteral(".pub")));
    return runTool(LabPaths::sshKeygen(),
                   {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                    QStringLiteral("-N"), keyPassphrase, QStringLiteral("-C"),
                    QStringLiteral("gd-lab-") + name, QStringLiteral("-f"), m_dir.filePath(name)});
}

LabStatus LabSshd::makeKeys()
{
    for (const auto &[name, secret] :
         {std::pair{kHostKey, QString()}, std::pair{kClientKey, QString()}, std::pair{kWrongKey, QString()},
          std::pair{kPassphraseKey, passphrase()}}) {
        if (LabStatus made = makeKey(name, secret); !made)
            return made;
    }
    // Read by sshd as the user logging in (it drops to that uid), hence world-readable.
    const QByteArray authorized = m_dir.readFile(kClientKey + QStringLiteral(".pub")) +
                                  m_dir.readFile(kPassphraseKey + QStringLiteral(".pub"));
    if (LabStatus written = m_dir.writeFile(QStringLiteral("authorized_keys"), authorized, 0644); !written)
        return written;
    m_keysMade = true;
    return LabStatus::success();
}

LabStatus LabSshd::writeConfig()
{
    QStringList lines{QStringLiteral("# Written by gd::lab::LabSshd for one test run.")};
    lines += m_options.extraConfig;
    lines += QStringList{
        QStringLiteral("ListenAddress %1").arg(host()),
        QStringLiteral("Port %1").arg(m_port),
        QStringLiteral("HostKey %1").arg(hostKeyPath()),
        QStringLiteral("PidFile %1").arg(m_dir.filePath(QStringLiteral("sshd.pid"))),
        // Absolute, so it applies to every user, root and the LabUsers accounts alike.
        QStringLiteral("AuthorizedKeysFile %1").arg(m_dir.filePath(QStringLiteral("authorized_keys"))),
        // The lab's files live in /tmp and belong to root; ownership checks would refuse them.
        QStringLiteral("StrictModes no"),
        QStringLiteral("UsePAM %1").arg(m_options.usePam ? QStringLiteral("yes") : QStringLiteral("no")),
        QStringLiteral("PubkeyAuthentication yes"),
        QStringLiteral("PasswordAuthentication yes"),
        QStringLiteral("KbdInteractiveAuthentication yes"),
        QStringLiteral("PermitRootLogin yes"),
        QStringLiteral("PermitEmptyPasswords no"),
        QStringLiteral("LogLevel VERBOSE"),
        QStringLiteral("UseDNS no"),
        QStringLiteral("PrintMotd no"),
        QStringLiteral("PrintLastLog no"),
        // Room for the product's concurrent channels and for parallel test connections.
        QStringLiteral("MaxSessions 64"),
        QStringLiteral("MaxStartups 64:30:128"),
        QStringLiteral("LoginGraceTime 30"),
        QStringLiteral("AcceptEnv LANG LC_*"),
        QStringLiteral("Subsystem sftp /usr/lib/openssh/sftp-server"),
    };
    return m_dir.writeFile(QStringLiteral("sshd_config"), lines.join(QLatin1Char('\n')).toUtf8() + '\n',
                           0644);
}

LabStatus LabSshd::start()
{
    return start(Options());
}

LabStatus LabSshd::start(const Options &options)
{
    if (!m_dir.isValid())
        return LabStatus::failure(m_dir.error());
    m_options = options;
    if (::geteuid() == 0) {
        // The privilege-separation directory; normally made by systemd's unit.
        ::mkdir("/run/sshd", 0755);
    }
    if (!m_keysMade) {
        if (LabStatus made = makeKeys(); !made)
            return made;
    }
    LabStatus lastFailure = LabStatus::failure(QStringLiteral("sshd was not started"));
    for (int attempt = 0; attempt < 3; ++attempt) {
        const LabResult<quint16> port =
            options.port ? LabResult<quint16>(options.port) : LabPorts::freeTcpPort();
        if (!port)
            return port.status();
        m_port = *port;
        lastFailure = launch();
        if (lastFailure || !lastFailure.message().contains(QLatin1String("Address already in use")))
            break;
    }
    return lastFailure;
}

LabStatus LabSshd::launch()
{
    if (LabStatus written = writeConfig(); !written)
        return written;
    if (LabStatus written = writeKnownHosts(knownHostsPath()); !written)
        return written;
    QString output;
    if (LabStatus tested =
            runTool(LabPaths::sshd(), {QStringLiteral("-t"), QStringLiteral("-f"), configPath()}, &output);
        !tested)
        return tested;

    const qint64 logOffset = QFile(logPath()).size();
    LabProcessSpec spec;
    spec.name = QStringLiteral("sshd");
    spec.program = LabPaths::sshd();
    spec.arguments = QStringList{QStringLiteral("-D"), QStringLiteral("-f"), configPath(),
                                 QStringLiteral("-E"), logPath()};
    if (!m_options.wrapper.isEmpty()) {
        spec.arguments.prepend(spec.program);
        spec.arguments = m_options.wrapper.mid(1) + spec.arguments;
        spec.program = m_options.wrapper.first();
    }
    spec.outputDir = m_dir.path();
    spec.stopGraceMs = 2000;
    if (LabStatus started = m_process.start(spec); !started)
        return started;
    // sshd logs this after listen(); waiting for it needs no probe connection, which
    // would leave a "Connection closed ... [preauth]" line in the log of every test.
    const QByteArray listening =
        QStringLiteral("Server listening on %1 port %2.").arg(host()).arg(m_port).toLatin1();
    const LabStatus ready = m_process.waitUntil(
        [&] {
            QFile log(logPath());
            if (!log.open(QIODevice::ReadOnly))
                return false;
            log.seek(logOffset);
            return log.readAll().contains(listening);
        },
        QStringLiteral("\"%1\" in the sshd log").arg(QString::fromLatin1(listening)), 10000);
    if (!ready) {
        m_process.stop();
        return LabStatus::failure(ready.message() + QStringLiteral("\nsshd log:\n") + logText());
    }
    return LabStatus::success();
}

LabStatus LabSshd::stop()
{
    return m_process.stop();
}

LabStatus LabSshd::kill()
{
    return m_process.killAll();
}

LabStatus LabSshd::dropConnections()
{
    if (!m_process.isRunning())
        return LabStatus::failure(QStringLiteral("sshd is not running"));
    int killed = 0;
    for (const qint64 pid : LabProcTree::descendantsOf(m_process.supervisorPid())) {
        if (pid == m_process.pid())
            continue; // the listener
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "sshd") {
            ::kill(static_cast<pid_t>(pid), SIGKILL);
            ++killed;
        }
    }
    return killed > 0 ? LabStatus::success()
                      : LabStatus::failure(QStringLiteral("no open ssh connection to drop"));
}

bool LabSshd::isRunning()
{
    return m_process.isRunning();
}

LabStatus LabSshd::restart()
{
    if (LabStatus stopped = m_process.stop(); !stopped)
        return stopped;
    return launch();
}

LabStatus LabSshd::rotateHostKey()
{
    if (LabStatus stopped = m_process.stop(); !stopped)
        return stopped;
    if (LabStatus made = makeKey(kHostKey, QString()); !made)
        return made;
    return launch();
}

} // namespace gd::lab
