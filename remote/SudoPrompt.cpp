#include "remote/SudoPrompt.h"
#include "remote/ByteText.h"

#include <QRandomGenerator>

namespace gd {

namespace {
// Constant script: prints its $0 (the start marker) to stderr, then becomes the
// command. Only the marker and the command travel as arguments.
const QString kStartScript = QStringLiteral("printf '%s\\n' \"$0\" >&2; exec \"$@\"");
} // namespace

SudoPrompt::SudoPrompt(Mode mode, QByteArray nonce) : m_mode(mode), m_nonce(std::move(nonce))
{
}

QByteArray SudoPrompt::randomNonce()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray nonce(24, Qt::Uninitialized);
    for (char &c : nonce)
        c = alphabet[QRandomGenerator::system()->bounded(36)];
    return nonce;
}

// sudo expands %-escapes in -p; the nonce is alphanumeric so the prompt is literal.
QByteArray SudoPrompt::prompt() const
{
    return "[gd-sudo-" + m_nonce + "] ";
}
QByteArray SudoPrompt::startMarker() const
{
    return "GDSTART-" + m_nonce;
}

QStringList SudoPrompt::wrap(const QStringList &command) const
{
    QStringList argv{QStringLiteral("sudo")};
    if (m_mode == Mode::NoPassword)
        argv << QStringLiteral("-n");
    else
        argv << QStringLiteral("-S") << QStringLiteral("-p") << latin1Text(prompt());
    argv << QStringLiteral("--") << QStringLiteral("/bin/sh") << QStringLiteral("-c") << kStartScript
         << latin1Text(startMarker());
    argv += command;
    return argv;
}

SudoPrompt::Step SudoPrompt::feedStderr(const QByteArray &chunk)
{
    Step step;
    if (m_state == State::Started) {
        step.commandStderr = chunk;
        return step;
    }
    if (m_state == State::Failed)
        return step;

    m_buffer += chunk;
    const QByteArray marker = startMarker() + '\n';
    const int markerAt = m_buffer.indexOf(marker);
    const QByteArray beforeMarker = markerAt >= 0 ? m_buffer.left(markerAt) : m_buffer;

    // A second prompt, or "Sorry, try again.", means the password we sent was wrong.
    const QByteArray promptText = prompt();
    const int prompts = beforeMarker.count(promptText);
    if (m_state == State::PasswordSent && (prompts > 1 || beforeMarker.contains("Sorry, try again."))) {
        m_state = State::Failed;
        step.error = classify("Sorry, try again.");
        return step;
    }
    if (markerAt >= 0) {
        m_state = State::Started;
        step.started = true;
        step.commandStderr = m_buffer.mid(markerAt + marker.size());
        m_buffer = beforeMarker; // keep sudo's own words (lecture) for diagnostics
        return step;
    }
    if (prompts >= 1 && m_state == State::WaitingForStart) {
        if (m_mode != Mode::Password) {
            m_state = State::Failed;
            step.error = classify("a password is required");
            return step;
        }
        m_state = State::PasswordSent;
        step.sendPassword = true;
        return step;
    }
    // Refusals that sudo prints without ever prompting.
    const RemoteError refusal = classify(beforeMarker);
    if (refusal.kind() == RemoteError::Kind::SudoRequiresTty ||
        refusal.kind() == RemoteError::Kind::SudoNotAllowed) {
        m_state = State::Failed;
        step.error = refusal;
    }
    return step;
}

RemoteError SudoPrompt::failureAfterExit(int exitCode) const
{
    // sudo itself exits 1 when it refuses; 127 before our marker means the shell
    // found no sudo at all.
    if (exitCode == 127)
        return {RemoteError::Kind::SudoMissing,
                tr("This step needs root privileges, but sudo is not installed on the machine. "
                   "Run Gateway Doctor as root, or install and configure sudo."),
                localText(m_buffer.trimmed())};
    RemoteError error = classify(m_buffer);
    if (error.kind() == RemoteError::Kind::None)
        return {RemoteError::Kind::PrivilegeRequired,
                tr("sudo did not run the command (exit code %1).").arg(exitCode),
                localText(m_buffer.trimmed())};
    return error;
}

RemoteError SudoPrompt::classify(const QByteArray &sudoText) const
{
    const QString detail = localText(sudoText.trimmed()).remove(latin1Text(prompt()));
    if (sudoText.contains("must have a tty"))
        return {RemoteError::Kind::SudoRequiresTty,
                tr("sudo on this machine is configured with \"requiretty\", so it refuses to run "
                   "commands from a program. Ask an administrator to remove \"Defaults requiretty\" "
                   "for your user (visudo), or connect as root."),
                detail};
    if (sudoText.contains("is not in the sudoers file") || sudoText.contains("is not allowed to execute") ||
        sudoText.contains("may not run sudo"))
        return {RemoteError::Kind::SudoNotAllowed,
                tr("Your user is not allowed to use sudo on this machine, and this step needs root "
                   "privileges. Connect as a user with sudo rights, or as root."),
                detail};
    if (sudoText.contains("Sorry, try again.") || sudoText.contains("incorrect password attempt"))
        return {RemoteError::Kind::SudoWrongPassword,
                tr("The sudo password was not accepted. Check it and try again."), detail};
    if (sudoText.contains("a password is required") || sudoText.contains("no password was provided"))
        return {RemoteError::Kind::SudoPasswordNeeded,
                tr("This step needs root privileges: enter your sudo password to continue."), detail};
    return {};
}

} // namespace gd
