#pragma once

// Internal to remote/: the persistent runners of one SSH session.

#include "remote/SshRunner.h"

#include <QStringList>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace gd {

// A few long-lived runner shells per session, so that the login shell and its rc
// files run once per runner instead of once per command. `open()` starts `base`
// runners at once; commands go to an idle runner or wait for one in order. Each
// command that may run for long (a stream, no timeout) gets one more runner while it
// runs, up to a cap that keeps within OpenSSH's default MaxSessions (10). A runner
// that dies fails only the command it ran and is replaced. Lives in the I/O thread.
class SshRunnerPool : public SshRunnerListener
{
public:
    struct Events
    {
        std::function<void(quint64 id, const QByteArray &data, bool isStderr)> output;
        std::function<void(quint64 id, int exitCode, const RemoteError &error)> finished;
        // Every runner open() started is ready or has failed.
        std::function<void()> settled;
        // No runner is left and none can be started: the waiting commands go back
        // to the owner (takeWaiting()) to run another way.
        std::function<void(const RemoteError &why)> unavailable;
    };
    // A command that no runner has taken yet.
    struct Waiting
    {
        quint64 id = 0;
        QStringList argv;
        bool longRunning = false;
        QByteArray stdinData;
        bool stdinClosed = false;
    };

    static constexpr int kMaxRunners = 8;

    explicit SshRunnerPool(Events events);
    ~SshRunnerPool() override;

    void open(ssh_session session, const QString &host, int base, int startTimeoutSec);
    // Drops every runner; commands in flight or waiting finish with `why`.
    void close(const RemoteError &why);

    bool isSettling() const { return m_settling; }
    int readyCount() const;
    uint uid() const;
    // Why runners failed to start, as far as known: true when every one of them
    // hung in its rc files (nothing refused outright).
    bool onlyHung() const { return m_refused == 0 && m_hung > 0; }
    const RemoteError &lastFailure() const { return m_lastFailure; }
    const QByteArray &lastStartOutput() const { return m_lastStartOutput; }

    void submit(quint64 id, const QStringList &argv, bool longRunning);
    bool owns(quint64 id) const;
    void writeStdin(quint64 id, const QByteArray &data);
    void closeStdin(quint64 id);
    void signal(quint64 id, bool force);
    void abandon(quint64 id);
    std::vector<Waiting> takeWaiting();

    // After each poll of the session: runners move on, ended ones go, the pool is
    // brought back to size.
    void advance();
    bool needsPolling() const;
    // Commands running or waiting, or runners starting.
    bool hasWork() const { return !m_running.empty() || !m_queue.empty() || startingCount() > 0; }
    // A runner's login shell is still running the user's rc files.
    bool isStarting() const { return startingCount() > 0; }

private:
    void runnerIdle(SshRunner &runner) override;
    void runnerEnded(SshRunner &runner, const RemoteError &why) override;
    void runnerOutput(quint64 command, const QByteArray &data, bool isStderr) override;
    void runnerFinished(quint64 command, int exitCode, const RemoteError &error) override;

    void spawn();
    void killOrphan(qint64 pid);
    void dispatch(SshRunner &runner);
    void sweep();
    void rebalance();
    int aliveCount() const;
    int startingCount() const;
    int wantedCount() const;
    void checkSettled();

    Events m_events;
    ssh_session m_session = nullptr;
    QString m_host;
    int m_base = 0;
    int m_cap = kMaxRunners;
    int m_startTimeoutSec = 10;
    bool m_settling = false;
    bool m_unavailable = false;
    int m_hung = 0;
    int m_refused = 0;
    int m_deaths = 0;
    RemoteError m_lastFailure;
    QByteArray m_lastStartOutput;

    std::vector<std::unique_ptr<SshRunner>> m_runners;
    std::deque<quint64> m_queue;
    std::map<quint64, Waiting> m_waiting;
    std::map<quint64, SshRunner *> m_running;
    std::set<quint64> m_longRunning;
    std::set<quint64> m_internal; // our own commands: nobody waits for their results
    quint64 m_nextInternalId = quint64(3) << 62;
};

} // namespace gd
