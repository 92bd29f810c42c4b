#include "remote/LocalProcess.h"

#include <QFileInfo>

namespace gd {

LocalProcess::LocalProcess(const QStringList &argv, QObject *parent) : ProcessChannel(parent)
{
    m_process.setProgram(argv.first());
    m_process.setArguments(argv.mid(1));
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { emit stdoutData(m_process.readAllStandardOutput()); });
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { emit stderrData(m_process.readAllStandardError()); });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_done)
            return;
        m_done = true;
        emit finished(
            -1, RemoteError(
                    RemoteError::Kind::StartFailed,
                    tr("The program \"%1\" could not be started on this computer.").arg(m_process.program()),
                    m_process.errorString()));
    });
    connect(&m_process, qOverload<int, QProcess::ExitStatus>(&QProcess::finished), this,
            [this](int exitCode, QProcess::ExitStatus status) {
                if (m_done)
                    return;
                m_done = true;
                // Drain what is left so nothing written just before exit is lost.
                const QByteArray out = m_process.readAllStandardOutput();
                const QByteArray err = m_process.readAllStandardError();
                if (!out.isEmpty())
                    emit stdoutData(out);
                if (!err.isEmpty())
                    emit stderrData(err);
                if (status == QProcess::CrashExit)
                    emit finished(
                        -1, RemoteError(RemoteError::Kind::Crashed,
                                        tr("The program \"%1\" was killed by a signal.").arg(program())));
                else
                    emit finished(exitCode, RemoteError());
            });
    m_process.start(QIODevice::ReadWrite);
}

// The program that ran: env(1) is our launcher and execs it, so name what env was
// asked to run (after its options and NAME=VALUE words), not env.
QString LocalProcess::program() const
{
    if (QFileInfo(m_process.program()).fileName() != QLatin1String("env"))
        return m_process.program();
    for (const QString &arg : m_process.arguments()) {
        if (!arg.startsWith(QLatin1Char('-')) && !arg.contains(QLatin1Char('=')))
            return arg;
    }
    return m_process.program();
}

LocalProcess::~LocalProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_done = true;
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void LocalProcess::writeStdin(const QByteArray &data)
{
    m_process.write(data);
}

void LocalProcess::closeStdin()
{
    m_process.closeWriteChannel();
}

void LocalProcess::terminate(bool force)
{
    if (force)
        m_process.kill();
    else
        m_process.terminate();
}

} // namespace gd
