#include "remote/SshRunner.h"

#include "remote/ByteText.h"
#include "remote/RunnerScript.h"
#include "remote/SshChannel.h"

#include <iterator>

namespace gd {

namespace {

constexpr int kMaxStartOutput = 4096;
// After a KILL, how long a command may take to report its end before its runner
// is given up (a process in uninterruptible sleep, a stdin pipe nobody drains).
constexpr int kStuckMs = 10000;

QString signalName(int number)
{
    static const char *const names[] = {"HUP",  "INT",  "QUIT", "ILL",  "TRAP", "ABRT", "BUS", "FPE",
                                        "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM"};
    if (number >= 1 && number <= int(std::size(names)))
        return latin1Text(names[number - 1]);
    return QString::number(number);
}

} // namespace

SshRunner::SshRunner(ssh_session session, QString host, int startTimeoutSec, SshRunnerListener *listener)
    : m_channel(std::make_unique<SshChannel>(
          session, RunnerScript::bootstrap(),
          [this](const QByteArray &data, bool isStderr) { onData(data, isStderr); })),
      m_host(std::move(host)), m_startTimeoutSec(startTimeoutSec), m_listener(listener)
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        const bool inRc = m_state == State::LoggingIn;
        fail(Failure::Hung,
             RemoteError(
                 RemoteError::Kind::LoginShellTimeout,
                 inRc ? tr("The login shell on %1 did not start within %2 s; ~/.bashrc or ~/.profile "
                           "may hang or wait for input.")
                            .arg(m_host)
                            .arg(m_startTimeoutSec)
                      : tr("The shell on %1 did not answer within %2 s.").arg(m_host).arg(m_startTimeoutSec),
                 localText(m_startOutput.trimmed())));
    });
    m_startTimer.start(m_startTimeoutSec * 1000);
    m_stuckTimer.setSingleShot(true);
    connect(&m_stuckTimer, &QTimer::timeout, this, [this] {
        fail(Failure::Died,
             RemoteError(RemoteError::Kind::Crashed,
                         tr("The command on %1 could not be stopped; its shell was closed.").arg(m_host)));
    });
}

SshRunner::~SshRunner() = default;

bool SshRunner::needsPolling() const
{
    return m_state != State::Ended && m_channel->needsPolling();
}

void SshRunner::onData(const QByteArray &data, bool isStderr)
{
    if (m_state == State::LoggingIn || m_state == State::Loading)
        onLoginData(data, isStderr);
    else if (m_state == State::Busy)
        onCommandData(data, isStderr);
    // Idle: output of a command's leftover background writers. Not anyone's.
}

void SshRunner::onLoginData(const QByteArray &data, bool isStderr)
{
    if (isStderr) {
        m_startOutput += data.left(kMaxStartOutput - m_startOutput.size());
        return;
    }
    m_lineBuffer += data;
    if (m_state == State::LoggingIn) {
        // Whatever the rc files printed comes first; the hello ends it.
        const QByteArray hello = RunnerScript::hello();
        const int at = m_lineBuffer.indexOf(hello);
        if (at < 0) {
            if (m_lineBuffer.size() > kMaxStartOutput)
                m_lineBuffer = m_lineBuffer.right(hello.size());
            return;
        }
        m_startOutput += m_lineBuffer.left(qMin(at, kMaxStartOutput - int(m_startOutput.size())));
        m_lineBuffer.remove(0, at + hello.size());
        m_state = State::Loading;
        m_channel->write(RunnerScript::loop());
    }
    const int newline = m_lineBuffer.indexOf('\n');
    if (newline < 0)
        return;
    const QByteArray line = m_lineBuffer.left(newline);
    m_lineBuffer.clear();
    if (line.startsWith(RunnerScript::readyPrefix())) {
        m_uid = line.mid(RunnerScript::readyPrefix().size()).trimmed().toUInt();
        m_state = State::Idle;
        m_startTimer.stop();
        m_listener->runnerIdle(*this);
        return;
    }
    m_startOutput += line;
    m_state = State::Ended; // reported by advance(), outside this libssh callback
    m_failure = Failure::Refused;
}

void SshRunner::onCommandData(const QByteArray &data, bool isStderr)
{
    if (!m_output)
        return;
    const QByteArray out = isStderr ? m_output->feedStderr(data) : m_output->feedStdout(data);
    if (m_pendingSignal && m_output->pid() > 0) {
        const bool force = *m_pendingSignal;
        m_pendingSignal.reset();
        sendSignal(force);
    }
    if (!out.isEmpty() && !m_abandoned && m_command)
        m_listener->runnerOutput(*m_command, out, isStderr);
    if (m_output->isComplete())
        finishCommand();
}

void SshRunner::finishCommand()
{
    const int status = m_output->exitStatus();
    const quint64 command = *m_command;
    const bool report = !m_abandoned;
    m_command.reset();
    m_output.reset();
    m_stuckTimer.stop();
    m_channel->write(RunnerScript::finishFrame());
    m_state = State::Idle;
    if (report) {
        // A shell reports a death by signal N as 128 + N.
        if (status < 0)
            m_listener->runnerFinished(
                command, -1,
                RemoteError(RemoteError::Kind::ProtocolError,
                            tr("The shell on %1 did not report the command's exit status.").arg(m_host)));
        else if (status > 128 && status <= 128 + 31)
            m_listener->runnerFinished(
                command, -1,
                RemoteError(RemoteError::Kind::Crashed,
                            tr("The command was killed by signal %1.").arg(signalName(status - 128))));
        else
            m_listener->runnerFinished(command, status, RemoteError());
    }
    m_listener->runnerIdle(*this);
}

void SshRunner::run(quint64 command, const QStringList &argv)
{
    const QByteArray nonce = RunnerScript::nonce();
    m_command = command;
    m_output = std::make_unique<RunnerOutput>(nonce);
    m_abandoned = false;
    m_pendingSignal.reset();
    m_state = State::Busy;
    m_channel->write(RunnerScript::request(nonce, argv));
}

void SshRunner::writeStdin(const QByteArray &data)
{
    if (m_state == State::Busy && !m_abandoned && !data.isEmpty())
        m_channel->write(RunnerScript::stdinFrame(data));
}

void SshRunner::closeStdin()
{
    if (m_state == State::Busy)
        m_channel->write(RunnerScript::closeStdinFrame());
}

void SshRunner::signal(bool force)
{
    if (m_state != State::Busy || !m_output)
        return;
    if (m_output->pid() > 0)
        sendSignal(force);
    else
        m_pendingSignal = force || m_pendingSignal.value_or(false);
}

void SshRunner::sendSignal(bool force)
{
    m_channel->write(RunnerScript::signalFrame(m_output->pid(), force));
    if (force && !m_stuckTimer.isActive())
        m_stuckTimer.start(kStuckMs);
}

void SshRunner::abandon()
{
    if (m_state != State::Busy)
        return;
    m_abandoned = true;
    closeStdin();
    signal(true);
}

void SshRunner::close()
{
    m_finalized = true;
    m_state = State::Ended;
    m_startTimer.stop();
    m_stuckTimer.stop();
    m_channel->abandon();
}

RemoteError SshRunner::startError() const
{
    QString detail = localText(m_startOutput.trimmed());
    if (m_channel->hasEnded() && m_channel->outcome().isError())
        detail =
            m_channel->outcome().toString() + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    else if (m_channel->hasEnded())
        detail = tr("exit status %1").arg(m_channel->exitStatus()) +
                 (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    return RemoteError(RemoteError::Kind::StartFailed,
                       tr("Could not keep a shell open on %1 to run commands in.").arg(m_host), detail);
}

void SshRunner::fail(Failure failure, const RemoteError &why)
{
    if (m_finalized)
        return;
    m_finalized = true;
    m_state = State::Ended;
    m_failure = failure;
    m_startTimer.stop();
    m_stuckTimer.stop();
    m_channel->abandon();
    if (m_output)
        m_orphanPid = m_output->pid();
    if (m_command && !m_abandoned)
        m_listener->runnerFinished(*m_command, -1, why);
    m_command.reset();
    m_output.reset();
    m_listener->runnerEnded(*this, why);
}

void SshRunner::advance()
{
    if (m_finalized)
        return;
    if (m_state == State::Ended) { // the loop said it cannot run here
        fail(Failure::Refused, startError());
        return;
    }
    const bool open = m_channel->advance();
    const bool starting = m_state == State::LoggingIn || m_state == State::Loading;
    // A shell that never started: wait for the close, which comes after all it said.
    if (starting) {
        if (!open)
            fail(Failure::Refused, startError());
        return;
    }
    // A runner whose shell exited is over at once, even while the command it ran
    // (now orphaned) still holds the channel's output open.
    if (open && !m_channel->hasExited())
        return;
    fail(Failure::Died, RemoteError(RemoteError::Kind::Crashed,
                                    tr("The shell on %1 that ran this command ended unexpectedly (%2).")
                                        .arg(m_host, m_channel->howItExited())));
}

} // namespace gd
