#include "tests/lab/LabPhpFpm.h"

#include "tests/lab/LabPorts.h"
#include "tests/lab/LabProcTree.h"

#include <QDir>
#include <QFileInfo>

namespace gd::lab {

LabPhpFpm::LabPhpFpm() : m_dir(QStringLiteral("fpm"))
{
}

QString LabPhpFpm::binary()
{
    const QStringList found =
        QDir(QStringLiteral("/usr/sbin"))
            .entryList({QStringLiteral("php-fpm*")}, QDir::Files, QDir::Name | QDir::Reversed);
    return found.isEmpty() ? QString() : QStringLiteral("/usr/sbin/") + found.first();
}

LabStatus LabPhpFpm::start(const QString &poolText, int children)
{
    const QString program = binary();
    if (program.isEmpty())
        return LabStatus::failure(
            QStringLiteral("php-fpm is not installed (the lab needs the php-fpm package)"));
    const LabResult<quint16> port = LabPorts::freeTcpPort();
    if (!port)
        return port.status();
    m_port = *port;
    if (LabStatus s = m_dir.makeDir(QStringLiteral("pool.d")); !s)
        return s;
    const QString main =
        QStringLiteral("[global]\nerror_log = %2\ndaemonize = no\npid = %1/php-fpm.pid\n"
                       "include = %1/pool.d/*.conf\n")
            .arg(m_dir.path(),
                 m_errorLog.isEmpty() ? m_dir.filePath(QStringLiteral("php-fpm.log")) : m_errorLog);
    if (LabStatus s = m_dir.writeFile(QStringLiteral("php-fpm.conf"), main.toUtf8()); !s)
        return s;
    m_unixSocket = poolText.contains(QLatin1String("@SOCKET@"));
    m_poolText = QString(poolText)
                     .replace(QLatin1String("@PORT@"), QString::number(m_port))
                     .replace(QLatin1String("@SOCKET@"), socketPath())
                     .toUtf8();
    if (LabStatus s = m_dir.writeFile(QStringLiteral("pool.d/www.conf"), m_poolText); !s)
        return s;
    m_spec.name = QStringLiteral("php-fpm");
    m_spec.program = program;
    m_spec.arguments = QStringList{QStringLiteral("-F"), QStringLiteral("-y"), configPath()};
    m_spec.outputDir = m_dir.path();
    if (LabStatus s = m_process.start(m_spec); !s)
        return s;
    return waitUntilServing(children);
}

LabStatus LabPhpFpm::restart(int children)
{
    if (LabStatus s = m_process.stop(); !s)
        return s;
    if (LabStatus s = m_process.start(m_spec); !s)
        return s;
    return waitUntilServing(children);
}

LabStatus LabPhpFpm::waitUntilServing(int children)
{
    if (LabStatus s = m_unixSocket ? m_process.waitUntil([this] { return QFileInfo::exists(socketPath()); },
                                                         socketPath(), 10000)
                                   : m_process.waitForTcpPort(QStringLiteral("127.0.0.1"), m_port, 10000);
        !s)
        return s;
    return m_process.waitUntil([this, children] { return LabProcTree::childrenOf(pid()).size() == children; },
                               QStringLiteral("%1 php-fpm children").arg(children));
}

qint64 LabPhpFpm::pid() const
{
    return m_process.pid();
}

QString LabPhpFpm::configPath() const
{
    return m_dir.filePath(QStringLiteral("php-fpm.conf"));
}

QString LabPhpFpm::errorLogPath() const
{
    if (m_errorLog.isEmpty())
        return m_dir.filePath(QStringLiteral("php-fpm.log"));
    if (m_errorLog == QLatin1String("/proc/self/fd/2") || m_errorLog == QLatin1String("/dev/stderr"))
        return m_process.stderrPath();
    return m_errorLog;
}

QStringList LabPhpFpm::commandLine() const
{
    return QStringList{m_spec.program} + m_spec.arguments;
}

QString LabPhpFpm::socketPath() const
{
    return m_dir.filePath(m_socketName);
}

QString LabPhpFpm::poolFile() const
{
    return m_dir.filePath(QStringLiteral("pool.d/www.conf"));
}

} // namespace gd::lab
