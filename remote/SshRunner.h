#pragma once

// Internal to remote/: one persistent runner shell in the SSH I/O thread.

#include "remote/RemoteError.h"
#include "remote/RunnerOutput.h"
#include "remote/SshHandles.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace gd {

class SshChannel;
class SshRunner;

// What a runner tells its owner (the pool). runnerEnded() comes from advance() or a
// timer, never from inside a libssh callback, so the owner may drop the runner
// afterwards (not during the call); the others may come from a callback, where the
// owner may only queue work (run() and the writes just buffer).
class SshRunnerListener
{
public:
    virtual ~SshRunnerListener() = default;
    // Started and idle, or idle again after a command.
    virtual void runnerIdle(SshRunner &runner) = 0;
    // Never became ready, or ended; a command it ran has been finished already.
    virtual void runnerEnded(SshRunner &runner, const RemoteError &why) = 0;
    virtual void runnerOutput(quint64 command, const QByteArray &data, bool isStderr) = 0;
    virtual void runnerFinished(quint64 command, int exitCode, const RemoteError &error) = 0;
};

// One long-lived shell on an exec channel (see RunnerScript for what it says): it
// logs in once, then runs commands one after another, each with its own stdin,
// stdout, stderr, exit status and process group. A command that is abandoned (its
// caller went away) is killed and its output dropped; the runner then serves the next.
class SshRunner : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        LoggingIn, // the login shell runs its rc files
        Loading,   // the loop was sent, waiting for "ready"
        Idle,
        Busy,
        Ended
    };
    enum class Failure
    {
        None,
        Hung,    // no hello within the start timeout: an rc file hangs or waits
        Refused, // the channel, the shell or the loop said no (forced command, rbash, ...)
        Died     // ended after it was ready
    };

    SshRunner(ssh_session session, QString host, int startTimeoutSec, SshRunnerListener *listener);
    ~SshRunner() override;

    State state() const { return m_state; }
    Failure failure() const { return m_failure; }
    bool isReady() const { return m_state == State::Idle || m_state == State::Busy; }
    uint uid() const { return m_uid; }
    // What the login shell said before it gave up (for the transcript).
    const QByteArray &startOutput() const { return m_startOutput; }
    std::optional<quint64> command() const { return m_command; }
    // The process group of the command it ran when it died (0: none or unknown):
    // nobody else will stop that command.
    qint64 orphanPid() const { return m_orphanPid; }

    // Moves the channel on; reports through the listener. Call after each poll.
    void advance();
    bool needsPolling() const;

    void run(quint64 command, const QStringList &argv);
    void writeStdin(const QByteArray &data);
    void closeStdin();
    // TERM, or KILL with force, to the running command's process group.
    void signal(bool force);
    // The caller is gone: kill the command, drop its output, go on with the next.
    void abandon();
    // Ends the runner (its shell reads EOF and exits).
    void close();

private:
    void onData(const QByteArray &data, bool isStderr);
    void onLoginData(const QByteArray &data, bool isStderr);
    void onCommandData(const QByteArray &data, bool isStderr);
    void finishCommand();
    void sendSignal(bool force);
    void fail(Failure failure, const RemoteError &why);
    RemoteError startError() const;

    std::unique_ptr<SshChannel> m_channel;
    QString m_host;
    int m_startTimeoutSec;
    SshRunnerListener *m_listener;
    State m_state = State::LoggingIn;
    Failure m_failure = Failure::None;
    QByteArray m_startOutput;
    QByteArray m_lineBuffer;
    uint m_uid = 0;
    QTimer m_startTimer;
    QTimer m_stuckTimer;

    std::optional<quint64> m_command;
    std::unique_ptr<RunnerOutput> m_output;
    bool m_abandoned = false;
    std::optional<bool> m_pendingSignal; // asked before the PID was known; true = KILL
    qint64 m_orphanPid = 0;
    bool m_finalized = false; // ended and reported (or closed by the owner)
};

} // namespace gd
