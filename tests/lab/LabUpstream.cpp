#include "tests/lab/LabUpstream.h"

#include "tests/lab/LabPaths.h"
#include "tests/lab/LabPorts.h"

#include <QFile>
#include <QRandomGenerator>

namespace gd::lab {

LabUpstream::LabUpstream() : m_dir(QStringLiteral("upstream"))
{
}

LabUpstream::~LabUpstream() = default;

QString LabUpstream::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Ok:
        return QStringLiteral("ok");
    case Mode::Close:
        return QStringLiteral("close");
    case Mode::Reset:
        return QStringLiteral("reset");
    case Mode::Slow:
        return QStringLiteral("slow");
    case Mode::HugeHeader:
        return QStringLiteral("hugeheader");
    case Mode::BadHeader:
        return QStringLiteral("badheader");
    case Mode::Hang:
        return QStringLiteral("hang");
    case Mode::NoAccept:
        return QStringLiteral("noaccept");
    }
    return {};
}

LabStatus LabUpstream::start(Mode mode)
{
    Options options;
    options.mode = mode;
    return start(options);
}

LabStatus LabUpstream::start(const Options &options)
{
    if (!m_dir.isValid())
        return LabStatus::failure(m_dir.error());
    QStringList arguments;
    if (options.unixPath.isEmpty()) {
        const QString host =
            options.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(options.host) : options.host;
        arguments << QStringLiteral("--listen") << QStringLiteral("%1:%2").arg(host).arg(options.port);
    } else {
        m_socketPath = options.unixPath == QLatin1String("auto")
                           ? m_dir.filePath(QStringLiteral("upstream.sock"))
                           : options.unixPath;
        arguments << QStringLiteral("--unix") << m_socketPath;
        if (!options.unixMode.isEmpty())
            arguments << QStringLiteral("--unix-mode") << options.unixMode;
        if (!options.unixOwner.isEmpty())
            arguments << QStringLiteral("--unix-owner") << options.unixOwner;
        if (!options.unixGroup.isEmpty())
            arguments << QStringLiteral("--unix-group") << options.unixGroup;
    }
    arguments << QStringLiteral("--mode") << modeName(options.mode);
    if (options.delayMs >= 0)
        arguments << QStringLiteral("--delay-ms") << QString::number(options.delayMs);
    if (options.headerBytes >= 0)
        arguments << QStringLiteral("--header-bytes") << QString::number(options.headerBytes);
    if (options.backlog >= 0)
        arguments << QStringLiteral("--backlog") << QString::number(options.backlog);
    if (!options.body.isEmpty())
        arguments << QStringLiteral("--body") << options.body;
    if (!options.partial.isEmpty())
        arguments << QStringLiteral("--partial") << options.partial;

    LabProcessSpec spec;
    spec.name = QStringLiteral("upstream-") + modeName(options.mode);
    spec.program = LabPaths::upstream();
    spec.arguments = arguments;
    if (!options.wrapper.isEmpty()) {
        spec.arguments = options.wrapper.mid(1) + QStringList{spec.program} + arguments;
        spec.program = options.wrapper.first();
    }
    spec.outputDir = m_dir.path();
    spec.stopGraceMs = 2000;
    if (LabStatus started = m_process.start(spec); !started)
        return started;

    // The server reports where it really listens, so port 0 needs no probing and
    // cannot race with another test for the port.
    const LabResult<QString> ready = m_process.waitForStdoutLine(QStringLiteral("READY "));
    if (!ready)
        return ready.status();
    m_address = ready->mid(6).trimmed();
    if (m_socketPath.isEmpty())
        m_port = static_cast<quint16>(m_address.mid(m_address.lastIndexOf(QLatin1Char(':')) + 1).toUInt());
    return LabStatus::success();
}

LabStatus LabUpstream::stop()
{
    return m_process.stop();
}

QString LabUpstream::proxyPassUrl() const
{
    if (!m_socketPath.isEmpty())
        return QStringLiteral("http://unix:%1:").arg(m_socketPath);
    return QStringLiteral("http://") + m_address;
}

LabResult<quint16> LabUpstream::refusingPort()
{
    // A port nobody listens on: a connect() there gets an RST, "Connection refused".
    // Nothing may listen a few ports away either, for as long as the test runs: that
    // would be a wrong-port case. Every test's servers get their ports from the kernel
    // (bind to port 0), inside ip_local_port_range, at any moment while this test runs;
    // so the port comes from below that range, where the kernel never hands one out.
    int low = 32768;
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (range.open(QIODevice::ReadOnly))
        low = range.readAll().simplified().split(' ').value(0).toInt();
    if (low > 20000 + 100) {
        for (int attempt = 0; attempt < 200; ++attempt) {
            const auto port = quint16(QRandomGenerator::global()->bounded(20000, low - 20));
            if (!LabPorts::listenerNear(port, 10))
                return port;
        }
    }
    // A system whose range starts low: a port the kernel just handed out, with nothing
    // near it now.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const LabResult<quint16> port = LabPorts::freeTcpPort();
        if (!port || !LabPorts::listenerNear(*port, 10))
            return port;
    }
    return LabStatus::failure(QStringLiteral("no free port without a listener within 10 ports"));
}

} // namespace gd::lab
