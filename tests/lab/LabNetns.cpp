#include "tests/lab/LabNetns.h"

#include <QFile>
#include <QProcess>

#include <unistd.h>

#include <utility>

namespace gd::lab {

namespace {

QString ipBinary()
{
    for (const char *path : {"/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"}) {
        if (QFile::exists(QString::fromLatin1(path)))
            return QString::fromLatin1(path);
    }
    return {};
}

LabStatus runProgram(const QStringList &argv, const QByteArray &input = {}, bool mayFail = false)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(argv.first(), argv.mid(1));
    if (!process.waitForStarted(5000))
        return LabStatus::failure(
            QStringLiteral("cannot run %1: %2").arg(argv.first(), process.errorString()));
    process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(20000);
    if (!finished)
        process.kill();
    if (mayFail)
        return LabStatus::success();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return LabStatus::failure(QStringLiteral("%1 failed (exit %2): %3")
                                      .arg(argv.join(QLatin1Char(' ')))
                                      .arg(process.exitCode())
                                      .arg(QString::fromLocal8Bit(process.readAll()).trimmed()));
    return LabStatus::success();
}

} // namespace

LabNetns::LabNetns(const QString &name, int subnet) : m_name(name), m_subnet(subnet)
{
}

LabNetns::~LabNetns()
{
    stop();
}

QString LabNetns::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("network namespaces need root");
    if (ipBinary().isEmpty())
        return QStringLiteral("no ip (iproute2) on this machine");
    if (!QFile::exists(QStringLiteral("/usr/sbin/nft")))
        return QStringLiteral("no nft (nftables) on this machine");
    return {};
}

QString LabNetns::nginxAddress() const
{
    return QStringLiteral("10.213.%1.1").arg(m_subnet);
}

QString LabNetns::appAddress() const
{
    return QStringLiteral("10.213.%1.2").arg(m_subnet);
}

QStringList LabNetns::exec() const
{
    return {ipBinary(), QStringLiteral("netns"), QStringLiteral("exec"), m_name};
}

QStringList LabNetns::execAsAppHost() const
{
    return exec() + QStringList{QStringLiteral("/usr/bin/unshare"),
                                QStringLiteral("--uts"),
                                QStringLiteral("/bin/sh"),
                                QStringLiteral("-c"),
                                QStringLiteral("hostname \"$0\" && exec \"$@\""),
                                appHostName()};
}

LabStatus LabNetns::removeLeftovers() const
{
    // By our own names only: a namespace and a veth end another run left behind.
    const QString ip = ipBinary();
    runProgram({ip, QStringLiteral("netns"), QStringLiteral("delete"), m_name}, {}, true);
    runProgram({ip, QStringLiteral("link"), QStringLiteral("delete"), m_name + QLatin1Char('0')}, {}, true);
    return LabStatus::success();
}

LabStatus LabNetns::start()
{
    if (const QString why = unavailableReason(); !why.isEmpty())
        return LabStatus::failure(why);
    removeLeftovers();
    m_started = true;
    const QString ip = ipBinary();
    const QString outer = m_name + QLatin1Char('0');
    const QString inner = m_name + QLatin1Char('1');
    const QList<QStringList> steps{
        {ip, QStringLiteral("netns"), QStringLiteral("add"), m_name},
        {ip, QStringLiteral("link"), QStringLiteral("add"), outer, QStringLiteral("type"),
         QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), inner},
        {ip, QStringLiteral("link"), QStringLiteral("set"), inner, QStringLiteral("netns"), m_name},
        {ip, QStringLiteral("addr"), QStringLiteral("add"), nginxAddress() + QStringLiteral("/30"),
         QStringLiteral("dev"), outer},
        {ip, QStringLiteral("link"), QStringLiteral("set"), outer, QStringLiteral("up")},
        {ip, QStringLiteral("-n"), m_name, QStringLiteral("addr"), QStringLiteral("add"),
         appAddress() + QStringLiteral("/30"), QStringLiteral("dev"), inner},
        {ip, QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("set"), inner,
         QStringLiteral("up")},
        {ip, QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("set"),
         QStringLiteral("lo"), QStringLiteral("up")},
    };
    for (const QStringList &step : steps) {
        if (LabStatus done = runProgram(step); !done) {
            stop();
            return done;
        }
    }
    // A host that is down on the same link: ARP gets no answer, and connects fail
    // with "No route to host". The kernel asks 3 times, 1 s apart; on our end of the
    // veth twice, 100 ms apart, so that this happens well within nginx's timeouts.
    for (const auto &[knob, value] : {std::pair{"mcast_solicit", "2"}, std::pair{"retrans_time_ms", "100"}}) {
        QFile file(QStringLiteral("/proc/sys/net/ipv4/neigh/%1/%2").arg(outer, QString::fromLatin1(knob)));
        if (!file.open(QIODevice::WriteOnly) || file.write(value) < 0) {
            stop();
            return LabStatus::failure(
                QStringLiteral("cannot set %1: %2").arg(file.fileName(), file.errorString()));
        }
    }
    return LabStatus::success();
}

LabStatus LabNetns::stop()
{
    if (!m_started)
        return LabStatus::success();
    m_started = false;
    return removeLeftovers();
}

LabStatus LabNetns::run(const QStringList &argv, const QByteArray &input) const
{
    return runProgram(exec() + argv, input);
}

LabStatus LabNetns::setFirewall(const QString &ruleset) const
{
    if (LabStatus flushed =
            run({QStringLiteral("/usr/sbin/nft"), QStringLiteral("flush"), QStringLiteral("ruleset")});
        !flushed)
        return flushed;
    if (ruleset.isEmpty())
        return LabStatus::success();
    return run({QStringLiteral("/usr/sbin/nft"), QStringLiteral("-f"), QStringLiteral("-")},
               ruleset.toUtf8());
}

LabStatus LabNetns::setLinkUp(bool up) const
{
    return runProgram({ipBinary(), QStringLiteral("-n"), m_name, QStringLiteral("link"),
                       QStringLiteral("set"), m_name + QLatin1Char('1'),
                       up ? QStringLiteral("up") : QStringLiteral("down")});
}

} // namespace gd::lab
