#include "tests/lab/LabProcess.h"

#include "tests/lab/LabPaths.h"
#include "tests/lab/LabPorts.h"
#include "tests/lab/LabProcTree.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <signal.h>
#include <unistd.h>

namespace gd::lab {

namespace {

QString tail(const QString &text, int maxChars = 4000)
{
    return text.size() <= maxChars ? text : QStringLiteral("...") + text.right(maxChars);
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll());
}

} // namespace

LabProcess::~LabProcess()
{
    stop();
}

LabStatus LabProcess::start(const LabProcessSpec &spec)
{
    // A process that has ended may be started again (sshd restarts on the same port).
    if (isRunning())
        return LabStatus::failure(QStringLiteral("%1: already running").arg(spec.name));
    m_process.reset();
    m_supervisorPid = 0;
    m_programPid = 0;
    m_spec = spec;
    const QString supervisor = LabPaths::labBinary(QStringLiteral("gd-lab-supervisor"));
    if (!QFileInfo(supervisor).isExecutable())
        return LabStatus::failure(QStringLiteral("%1 is missing: build the gd-lab-supervisor target (or set "
                                                 "GD_LAB_BIN_DIR)")
                                      .arg(supervisor));
    if (!QFileInfo(spec.program).isExecutable())
        return LabStatus::failure(QStringLiteral("%1: %2 is not an executable").arg(spec.name, spec.program));

    QStringList arguments{QStringLiteral("--parent-pid"), QString::number(::getpid()),
                          QStringLiteral("--grace-ms"),   QString::number(spec.stopGraceMs),
                          QStringLiteral("--"),           spec.program};
    arguments += spec.arguments;

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(supervisor);
    m_process->setArguments(arguments);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(stdoutPath());
    m_process->setStandardErrorFile(stderrPath());
    m_process->start();
    if (!m_process->waitForStarted(5000))
        return LabStatus::failure(
            QStringLiteral("%1: cannot start %2: %3").arg(spec.name, supervisor, m_process->errorString()));
    m_supervisorPid = m_process->processId();

    // The program is the supervisor's only direct child; remember its pid for tests
    // that signal or inspect it.
    QElapsedTimer timer;
    timer.start();
    while (!timer.hasExpired(2000)) {
        const QList<qint64> children = LabProcTree::childrenOf(m_supervisorPid);
        if (!children.isEmpty()) {
            m_programPid = children.first();
            break;
        }
        if (!isRunning())
            return LabStatus::failure(describeExit());
        m_process->waitForFinished(2);
    }
    return LabStatus::success();
}

bool LabProcess::isRunning()
{
    // A zombie supervisor counts as ended; waitForFinished(0) lets QProcess notice.
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return false;
    if (!LabProcTree::isAlive(m_supervisorPid)) {
        m_process->waitForFinished(1000);
        return false;
    }
    return true;
}

LabStatus LabProcess::waitUntil(const std::function<bool()> &ready, const QString &what, int timeoutMs)
{
    if (!m_process)
        return LabStatus::failure(QStringLiteral("%1: not started").arg(m_spec.name));
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (ready())
            return LabStatus::success();
        if (!isRunning())
            return LabStatus::failure(
                QStringLiteral("%1 ended before %2. %3").arg(m_spec.name, what, describeExit()));
        if (timer.hasExpired(timeoutMs))
            return LabStatus::failure(QStringLiteral("%1: no %2 within %3 ms; stdout: %4; stderr: %5")
                                          .arg(m_spec.name, what)
                                          .arg(timeoutMs)
                                          .arg(tail(stdoutText()), tail(stderrText())));
        // Doubles as the sleep between polls.
        m_process->waitForFinished(5);
    }
}

LabResult<QString> LabProcess::waitForStdoutLine(const QString &prefix, int timeoutMs)
{
    QString found;
    const auto ready = [&] {
        const QStringList lines = stdoutText().split(QLatin1Char('\n'));
        // Only complete lines: the last element is whatever follows the last newline.
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i).startsWith(prefix)) {
                found = lines.at(i);
                return true;
            }
        }
        return false;
    };
    const LabStatus status = waitUntil(ready, QStringLiteral("line \"%1\" on stdout").arg(prefix), timeoutMs);
    if (!status)
        return status;
    return found;
}

LabStatus LabProcess::waitForFileContaining(const QString &path, const QByteArray &needle, int timeoutMs)
{
    const auto ready = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(needle);
    };
    return waitUntil(ready, QStringLiteral("\"%1\" in %2").arg(QString::fromLocal8Bit(needle), path),
                     timeoutMs);
}

LabStatus LabProcess::waitForTcpPort(const QString &host, quint16 port, int timeoutMs)
{
    return waitUntil([&] { return LabPorts::acceptsConnections(host, port); },
                     QStringLiteral("listener on %1:%2").arg(host).arg(port), timeoutMs);
}

LabStatus LabProcess::stop()
{
    if (!isRunning())
        return LabStatus::success();
    ::kill(static_cast<pid_t>(m_supervisorPid), SIGTERM);
    if (m_process->waitForFinished(m_spec.stopGraceMs + 3000))
        return LabStatus::success();
    forceKillTree();
    return isRunning() ? LabStatus::failure(QStringLiteral("%1: could not be stopped").arg(m_spec.name))
                       : LabStatus::success();
}

LabStatus LabProcess::killAll()
{
    if (!isRunning())
        return LabStatus::success();
    ::kill(static_cast<pid_t>(m_supervisorPid), SIGUSR1);
    if (m_process->waitForFinished(5000))
        return LabStatus::success();
    forceKillTree();
    return isRunning() ? LabStatus::failure(QStringLiteral("%1: could not be killed").arg(m_spec.name))
                       : LabStatus::success();
}

void LabProcess::forceKillTree()
{
    // Last resort when the supervisor itself misbehaves: take its tree while it still
    // links the processes together, then the supervisor and its process group.
    const QList<qint64> tree = LabProcTree::descendantsOf(m_supervisorPid);
    for (const qint64 pid : tree)
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    ::kill(-static_cast<pid_t>(m_supervisorPid), SIGKILL);
    m_process->kill();
    m_process->waitForFinished(3000);
}

int LabProcess::exitCode() const
{
    if (!m_process || m_process->state() != QProcess::NotRunning)
        return -1;
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : 128 + SIGKILL;
}

QString LabProcess::stdoutPath() const
{
    return QDir(m_spec.outputDir).filePath(m_spec.name + QStringLiteral(".stdout"));
}

QString LabProcess::stderrPath() const
{
    return QDir(m_spec.outputDir).filePath(m_spec.name + QStringLiteral(".stderr"));
}

QString LabProcess::stdoutText() const
{
    return readText(stdoutPath());
}

QString LabProcess::stderrText() const
{
    return readText(stderrPath());
}

QString LabProcess::describeExit() const
{
    QString text = QStringLiteral("%1 (%2 %3)")
                       .arg(m_spec.name, m_spec.program, m_spec.arguments.join(QLatin1Char(' ')));
    if (m_process && m_process->state() == QProcess::NotRunning)
        text += QStringLiteral(" exited with code %1").arg(exitCode());
    text += QStringLiteral("; stdout: %1; stderr: %2").arg(tail(stdoutText()), tail(stderrText()));
    return text;
}

} // namespace gd::lab
