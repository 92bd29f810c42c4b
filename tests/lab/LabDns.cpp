#include "tests/lab/LabDns.h"

#include <QFile>
#include <QUdpSocket>

#include <unistd.h>

namespace gd::lab {

namespace {

QString resolvConfPath()
{
    return QStringLiteral("/etc/resolv.conf");
}

QString backupPath()
{
    return QStringLiteral("/etc/resolv.conf.gd-lab");
}

QString dnsmasqBinary()
{
    for (const char *path : {"/usr/sbin/dnsmasq", "/sbin/dnsmasq"}) {
        if (QFile::exists(QLatin1String(path)))
            return QLatin1String(path);
    }
    return QString();
}

} // namespace

LabDns::~LabDns()
{
    stop();
}

QString LabDns::unavailableReason()
{
    if (dnsmasqBinary().isEmpty())
        return QStringLiteral("dnsmasq is not installed (Debian package dnsmasq-base)");
    if (geteuid() != 0)
        return QStringLiteral("the lab's DNS server binds port 53 and edits /etc/resolv.conf: needs root");
    return QString();
}

LabStatus LabDns::start(const QMap<QString, QString> &records)
{
    if (const QString why = unavailableReason(); !why.isEmpty())
        return LabStatus::failure(why);
    if (!m_dir.error().isEmpty())
        return LabStatus::failure(m_dir.error());
    // Port 53 on this address must be free: a leftover of a crashed run would answer instead.
    {
        QUdpSocket probe;
        if (!probe.bind(QHostAddress(address()), 53))
            return LabStatus::failure(
                QStringLiteral("%1:53 is taken (%2)").arg(address(), probe.errorString()));
    }
    QStringList args{QStringLiteral("--keep-in-foreground"),
                     QStringLiteral("--conf-file=/dev/null"),
                     QStringLiteral("--no-resolv"),
                     QStringLiteral("--no-hosts"),
                     QStringLiteral("--bind-interfaces"),
                     QStringLiteral("--listen-address=") + address(),
                     QStringLiteral("--port=53"),
                     QStringLiteral("--local=/%1/").arg(domain()),
                     QStringLiteral("--log-facility=-"),
                     QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("dnsmasq.pid"))};
    for (auto it = records.begin(); it != records.end(); ++it)
        args << QStringLiteral("--host-record=%1,%2").arg(it.key(), it.value());
    LabProcessSpec spec;
    spec.name = QStringLiteral("dnsmasq");
    spec.program = dnsmasqBinary();
    spec.arguments = args;
    spec.outputDir = m_dir.path();
    if (LabStatus s = m_process.start(spec); !s)
        return s;
    // dnsmasq logs "started, version ..." once its sockets are bound.
    return m_process.waitForFileContaining(m_process.stderrPath(), "started, version", 10000);
}

LabStatus LabDns::setRecords(const QMap<QString, QString> &records)
{
    if (LabStatus s = m_process.stop(); !s)
        return s;
    return start(records);
}

LabStatus LabDns::becomeHostNameserver()
{
    QFile conf(resolvConfPath());
    if (!conf.open(QIODevice::ReadOnly))
        return LabStatus::failure(QStringLiteral("cannot read %1").arg(conf.fileName()));
    // A line a crashed earlier run left behind is not the administrator's.
    QByteArray original;
    for (const QByteArray &line : conf.readAll().split('\n')) {
        if (!line.contains("# gd-lab, removed after the test"))
            original += line + '\n';
    }
    original.chop(1);
    conf.close();
    QFile backup(backupPath());
    if (!backup.open(QIODevice::WriteOnly | QIODevice::Truncate) || backup.write(original) != original.size())
        return LabStatus::failure(
            QStringLiteral("cannot keep a copy of %1 in %2").arg(conf.fileName(), backup.fileName()));
    backup.close();
    m_originalResolvConf = original;
    // Written in place (not replaced): in a container /etc/resolv.conf is often a bind mount.
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return LabStatus::failure(QStringLiteral("cannot write %1").arg(conf.fileName()));
    m_resolvConfChanged = true;
    conf.write(QStringLiteral("nameserver %1 # gd-lab, removed after the test\n").arg(address()).toUtf8() +
               original);
    return LabStatus::success();
}

LabStatus LabDns::restoreResolvConf()
{
    if (!m_resolvConfChanged)
        return LabStatus::success();
    QFile conf(resolvConfPath());
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        conf.write(m_originalResolvConf) != m_originalResolvConf.size())
        return LabStatus::failure(
            QStringLiteral("cannot restore %1 (the original is in %2)").arg(conf.fileName(), backupPath()));
    m_resolvConfChanged = false;
    QFile::remove(backupPath());
    return LabStatus::success();
}

LabStatus LabDns::stop()
{
    const LabStatus restored = restoreResolvConf();
    const LabStatus stopped = m_process.stop();
    return restored ? stopped : restored;
}

} // namespace gd::lab
