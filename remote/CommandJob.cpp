#include "remote/CommandJob.h"

#include "remote/ByteText.h"
#include "remote/Machine.h"
#include "remote/ProcessChannel.h"
#include "remote/SecretBytes.h"
#include "remote/ShellQuote.h"
#include "remote/SudoPrompt.h"

#include <QEventLoop>
#include <QRegularExpression>

namespace gd {

namespace {
// How long a stopped program gets between SIGTERM and SIGKILL, and after SIGKILL
// before we stop waiting for the transport to confirm.
constexpr int kGraceMs = 1500;

bool isValidEnvName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return valid.match(name).hasMatch();
}
} // namespace

CommandJob::CommandJob(Machine *machine, CommandSpec spec, QObject *parent)
    : QObject(parent), m_machine(machine), m_spec(std::move(spec))
{
    m_timeout.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { stop(RemoteError::Kind::TimedOut); });
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_stopStage == 1 && m_process) {
            m_stopStage = 2;
            m_process->terminate(true);
            m_killTimer.start(kGraceMs);
        } else {
            finish(); // the transport never confirmed; report what we know
        }
    });
}

CommandJob::~CommandJob()
{
    if (m_process && !m_finished)
        m_process->terminate(true);
    delete m_process;
}

void CommandJob::start()
{
    m_clock.start();
    QStringList display;
    for (const auto &[name, value] : m_spec.environment)
        display << name + QLatin1Char('=') + value;
    display += m_spec.argv;
    m_result.commandLine = ShellQuote::join(display).ok() ? *ShellQuote::join(display) : m_spec.argv.value(0);

    if (!m_machine || !m_machine->isReady()) {
        finish(
            {RemoteError::Kind::NotConnected, tr("Not connected to the machine. Reconnect and try again.")});
        return;
    }
    if (RemoteError invalid = ShellQuote::validate(m_spec.argv)) {
        finish(invalid);
        return;
    }
    if (m_spec.argv.first().startsWith(QLatin1Char('-')) || m_spec.argv.first().contains(QLatin1Char('='))) {
        finish({RemoteError::Kind::InvalidArgument, tr("Not a program name: %1").arg(m_spec.argv.first())});
        return;
    }

    // `env` sets the C locale (so we can read the messages programs print) and the
    // caller's variables after sudo, which would otherwise drop them.
    QStringList inner{QStringLiteral("env"), QStringLiteral("LC_ALL=C")};
    for (const auto &[name, value] : m_spec.environment) {
        if (!isValidEnvName(name)) {
            finish({RemoteError::Kind::InvalidArgument,
                    tr("Not a valid environment variable name: %1").arg(name)});
            return;
        }
        inner << name + QLatin1Char('=') + value;
    }
    if (RemoteError invalid = ShellQuote::validate(inner)) {
        finish(invalid);
        return;
    }
    inner += m_spec.argv;

    if (m_spec.privilege == Privilege::Root && !m_machine->isRoot()) {
        const auto mode =
            m_machine->hasSudoPassword() ? SudoPrompt::Mode::Password : SudoPrompt::Mode::NoPassword;
        m_sudo = std::make_unique<SudoPrompt>(mode);
        m_result.commandLine.prepend(QStringLiteral("sudo "));
        inner = m_sudo->wrap(inner);
    }
    startProcess(inner);
}

void CommandJob::startProcess(const QStringList &argv)
{
    m_process = m_machine->startProcess(argv, m_spec.stream || m_spec.timeoutMs <= 0);
    if (!m_process) {
        finish(
            {RemoteError::Kind::NotConnected, tr("Not connected to the machine. Reconnect and try again.")});
        return;
    }
    connect(m_process, &ProcessChannel::stdoutData, this, &CommandJob::onStdout);
    connect(m_process, &ProcessChannel::stderrData, this, &CommandJob::onStderr);
    connect(m_process, &ProcessChannel::finished, this, &CommandJob::onProcessFinished);
    if (m_spec.timeoutMs > 0)
        m_timeout.start(m_spec.timeoutMs);
    // Without sudo's password dance the command owns stdin from the start.
    if (!m_sudo)
        writeCommandStdin();
}

void CommandJob::writeCommandStdin()
{
    if (!m_process)
        return;
    if (!m_spec.stdinData.isEmpty())
        m_process->writeStdin(m_spec.stdinData);
    m_process->closeStdin();
}

void CommandJob::appendOutput(QByteArray &sink, const QByteArray &data, bool isStderr)
{
    if (data.isEmpty())
        return;
    if (m_spec.stream) {
        emit outputReceived(data, isStderr);
        return;
    }
    if (m_stopReason == RemoteError::Kind::OutputTooLarge)
        return; // stopping: keep what we have
    const qsizetype room = m_spec.maxOutputBytes - sink.size();
    if (data.size() <= room) {
        sink += data;
        return;
    }
    sink += data.left(room);
    m_overflowStderr = isStderr;
    stop(RemoteError::Kind::OutputTooLarge);
}

void CommandJob::onStdout(const QByteArray &data)
{
    appendOutput(m_result.stdOut, data, false);
}

void CommandJob::onStderr(const QByteArray &data)
{
    if (!m_sudo || m_sudo->hasStarted()) {
        appendOutput(m_result.stdErr, data, true);
        return;
    }
    const SudoPrompt::Step step = m_sudo->feedStderr(data);
    if (step.sendPassword && m_process) {
        // Its own buffer, wiped when it goes out of scope.
        QByteArray bytes = m_machine ? m_machine->sudoPassword() : QByteArray();
        bytes += '\n'; // detaches: a buffer of its own, which `line` wipes
        const SecretBytes line(std::move(bytes));
        m_process->writeStdin(line.bytes());
    }
    if (step.error) {
        if (step.error.kind() == RemoteError::Kind::SudoWrongPassword && m_machine)
            m_machine->clearSudoPassword();
        m_result.error = step.error;
        stop(step.error.kind());
        return;
    }
    if (step.started)
        writeCommandStdin();
    appendOutput(m_result.stdErr, step.commandStderr, true);
}

void CommandJob::onProcessFinished(int exitCode, const RemoteError &error)
{
    if (m_finished)
        return;
    m_result.exitCode = exitCode;
    if (m_result.error) // sudo already told us why
        return finish(m_result.error);
    if (m_stopReason == RemoteError::Kind::TimedOut || m_stopReason == RemoteError::Kind::Cancelled ||
        m_stopReason == RemoteError::Kind::OutputTooLarge)
        return finish();
    if (error)
        return finish(error);
    if (m_sudo && !m_sudo->hasStarted())
        return finish(m_sudo->failureAfterExit(exitCode));
    // env(1) is our launcher: 127/126 with its message means the program itself is missing.
    static const QRegularExpression envFailure(QStringLiteral("^(\\S*/)?env: "));
    if ((exitCode == 127 || exitCode == 126) &&
        envFailure.match(localText(m_result.stdErr.left(256))).hasMatch()) {
        const QString program = m_spec.argv.first();
        return finish({RemoteError::Kind::StartFailed,
                       exitCode == 127
                           ? tr("The program \"%1\" is not installed (or not in PATH) on %2.")
                                 .arg(program, m_machine ? m_machine->displayName() : QString())
                           : tr("The program \"%1\" exists but could not be executed.").arg(program),
                       localText(m_result.stdErr.trimmed())});
    }
    finish();
}

void CommandJob::cancel()
{
    if (m_finished)
        return;
    if (!m_process) {
        finish({RemoteError::Kind::Cancelled, tr("Cancelled.")});
        return;
    }
    stop(RemoteError::Kind::Cancelled);
}

void CommandJob::stop(RemoteError::Kind why)
{
    if (m_finished || m_stopStage > 0)
        return;
    m_stopReason = why;
    m_stopStage = 1;
    m_timeout.stop();
    if (m_process)
        m_process->terminate(false);
    m_killTimer.start(kGraceMs);
}

void CommandJob::finish(RemoteError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_killTimer.stop();
    if (!error) {
        if (m_stopReason == RemoteError::Kind::TimedOut)
            error = {RemoteError::Kind::TimedOut,
                     tr("The command did not finish within %1 seconds and was stopped.")
                         .arg(m_spec.timeoutMs / 1000.0, 0, 'g', 3)};
        else if (m_stopReason == RemoteError::Kind::Cancelled)
            error = {RemoteError::Kind::Cancelled, tr("Cancelled.")};
        else if (m_stopReason == RemoteError::Kind::OutputTooLarge)
            error = {RemoteError::Kind::OutputTooLarge,
                     (m_overflowStderr
                          ? tr("The command printed more than %1 MiB of errors and was stopped; the "
                               "first %1 MiB are kept.")
                          : tr("The command printed more than %1 MiB and was stopped; the first %1 MiB "
                               "are kept."))
                         .arg(m_spec.maxOutputBytes / (1024 * 1024)),
                     m_result.commandLine};
        else if (m_result.error)
            error = m_result.error;
    }
    m_result.error = error;
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    if (m_machine)
        emit m_machine->commandFinished(m_result);
    emit finished(m_result);
    if (m_autoDelete)
        deleteLater();
}

CommandResult CommandJob::waitForFinished()
{
    if (!m_finished) {
        QEventLoop loop;
        connect(this, &CommandJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_result;
}

} // namespace gd
