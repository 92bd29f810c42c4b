#pragma once

#include "remote/RemoteError.h"

#include <QByteArray>
#include <QStringList>

namespace gd {

// Runs a command through sudo without ever putting the password in argv or the
// environment, the way Ansible's "become" does: sudo prints a prompt that carries a
// random nonce, and only when that exact prompt shows up on stderr is the password
// written to stdin. A wrapper then prints a start marker (same nonce) so we know
// when sudo is done and the command's own stderr begins. Whatever sudo says before
// the marker (wrong password, requiretty, not in sudoers) becomes a precise error.
class SudoPrompt
{
    Q_DECLARE_TR_FUNCTIONS(SudoPrompt)
public:
    enum class Mode
    {
        NoPassword, // sudo -n: fail at once if a password would be needed
        Password,   // sudo -S with our prompt; the password is sent when asked
    };

    explicit SudoPrompt(Mode mode, QByteArray nonce = randomNonce());

    static QByteArray randomNonce();

    // argv that runs `command` as root through sudo.
    QStringList wrap(const QStringList &command) const;

    struct Step
    {
        bool sendPassword = false; // write the password + "\n" to stdin now
        bool started = false;      // the command is running: write its stdin now
        RemoteError error;         // sudo refused: stop the process
        QByteArray commandStderr;  // stderr that belongs to the command
    };

    // Feed each stderr chunk in order; once started, chunks pass through untouched.
    Step feedStderr(const QByteArray &chunk);
    bool hasStarted() const { return m_state == State::Started; }
    // Called when the process ended before the start marker: what did sudo say?
    RemoteError failureAfterExit(int exitCode) const;

    QByteArray prompt() const;
    QByteArray startMarker() const;

private:
    enum class State
    {
        WaitingForStart,
        PasswordSent,
        Started,
        Failed
    };
    RemoteError classify(const QByteArray &sudoText) const;

    Mode m_mode;
    QByteArray m_nonce;
    State m_state = State::WaitingForStart;
    QByteArray m_buffer; // sudo's own stderr, before the start marker
};

} // namespace gd
