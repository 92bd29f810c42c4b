#pragma once

// Internal to remote/: the I/O thread's view of one SSH exec channel.

#include "remote/RemoteError.h"
#include "remote/SshHandles.h"

#include <QByteArray>

#include <libssh/callbacks.h>

#include <functional>

namespace gd {

// One exec channel, moved on without ever blocking: open, exec, then stdin out and
// stdout/stderr in until the server closes it. Runner shells and single commands
// both ride on it. libssh calls back into it while the session is polled; those
// callbacks only hand data on and note state, advance() does the rest.
class SshChannel
{
public:
    using DataHandler = std::function<void(const QByteArray &data, bool isStderr)>;

    // A null handler drops the output (kill helpers nobody waits for).
    SshChannel(ssh_session session, QByteArray command, DataHandler onData);
    ~SshChannel();
    SshChannel(const SshChannel &) = delete;
    SshChannel &operator=(const SshChannel &) = delete;

    // False when libssh could not even create the channel (see outcome()).
    bool isValid() const { return bool(m_handle); }
    // Moves the channel on as far as it can go now. Returns false once it is over:
    // then outcome() and exitStatus() tell how it ended.
    bool advance();
    // Queued, written by advance().
    void write(const QByteArray &data);
    void closeStdin();
    // Stops listening and closes our end; the remote program may live on.
    void abandon();

    bool isRunning() const { return m_state == State::Running; }
    // Work that only moves when libssh is called (open, exec, queued stdin, EOF).
    bool needsPolling() const;
    bool hasEnded() const { return m_state == State::Ended; }
    // The program exited (exit status or signal came), though its output may still
    // be open: a child it left behind can hold the channel long after.
    bool hasExited() const { return m_haveExitStatus || !m_exitSignal.isEmpty(); }
    // "exit status 1", "killed by signal KILL", or why the channel failed.
    QString howItExited() const;
    const RemoteError &outcome() const { return m_outcome; }
    int exitStatus() const { return m_exitStatus; }

private:
    enum class State
    {
        Opening,
        Requesting,
        Running,
        Ended
    };
    static int onData(ssh_session, ssh_channel, void *data, uint32_t len, int isStderr, void *user);
    static void onClose(ssh_session, ssh_channel, void *user);
    static void onExitStatus(ssh_session, ssh_channel, int status, void *user);
    static void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *,
                             void *user);
    bool start();
    void flushStdin();
    void end(const RemoteError &outcome);

    ssh_session m_session;
    ssh::Channel m_handle;
    ssh_channel_callbacks_struct m_callbacks{};
    QByteArray m_command;
    DataHandler m_onData;
    State m_state = State::Opening;
    QByteArray m_pendingStdin;
    bool m_stdinCloseRequested = false;
    bool m_eofSent = false;
    bool m_remoteClosed = false;
    bool m_haveExitStatus = false;
    int m_exitStatus = -1;
    QString m_exitSignal;
    RemoteError m_outcome;
};

} // namespace gd
