#pragma once

#include "remote/CommandResult.h"
#include "remote/SshTarget.h"

#include <QObject>
#include <QSocketNotifier>
#include <QStringList>
#include <QTimer>

#include <map>
#include <memory>

namespace gd {

class SshChannel;
class SshRunnerPool;

// Owns one libssh session on a dedicated I/O thread (a session must never be used
// from two threads) and runs any number of commands over it at once. Commands go
// to a few persistent runner shells (SshRunnerPool), so the login shell and its rc
// files run once per runner, not once per command; where no runner can start, each
// command gets a channel of its own, as plain `ssh host cmd` would. Every public
// slot runs in that thread; results leave through queued signals. Logging in blocks
// this thread only, never the GUI.
class SshWorker : public QObject
{
    Q_OBJECT
public:
    SshWorker();
    ~SshWorker() override;

    void openSession(const SshTarget &target, SshCredentials credentials);
    void closeSession();
    // longRunning: a stream or a command without timeout (it gets a runner of its own).
    void startCommand(quint64 id, const QStringList &argv, bool longRunning);
    void writeCommand(quint64 id, const QByteArray &data);
    void closeCommandStdin(quint64 id);
    // TERM (KILL with force) to the command's process group. `pid` is what the caller
    // read from the command's first stderr line, 0 if nothing yet.
    void signalCommand(quint64 id, qint64 pid, bool force);
    // The caller is gone: kill the command and forget it.
    void abandonCommand(quint64 id, qint64 pid);

signals:
    void sessionOpened(bool isRoot, const QString &user, const gd::SshHostKey &hostKey);
    void sessionFailed(const gd::RemoteError &error, const gd::SshHostKey &hostKey);
    void sessionLost(const gd::RemoteError &error);
    void channelData(quint64 id, const QByteArray &data, bool isStderr);
    void channelFinished(quint64 id, int exitCode, const gd::RemoteError &error);
    // From now on each command has a channel of its own: no runner could start. Once
    // per session, with what the runner's start said, for the transcript.
    void singleChannels(const gd::CommandResult &note);

private:
    enum class Mode
    {
        Closed,
        StartingRunners,
        Probing, // no runner: does one command per channel work?
        Runners,
        SingleChannels
    };
    struct Single;

    void onSessionUp();
    void onRunnersSettled();
    void onRunnersUnavailable(const RemoteError &why);
    void startProbe();
    void onProbeEnded();
    void failSession(const RemoteError &error);
    void goSingle(const RemoteError &why);
    CommandResult fallbackNote(const RemoteError &why) const;

    void startSingle(quint64 id, const QStringList &argv);
    void signalSingle(qint64 pid, bool force);
    void onFinished(quint64 id, int exitCode, const RemoteError &error);
    void pump();
    void advanceSingles();
    bool sessionGone() const;
    void loseSession(const RemoteError &error);
    void tearDown(const RemoteError &forCommands);
    void updatePumpTimer();

    struct Impl;
    std::unique_ptr<Impl> d;
    std::unique_ptr<SshRunnerPool> m_pool;
    std::map<quint64, std::unique_ptr<Single>> m_singles;
    Mode m_mode = Mode::Closed;
    SshTarget m_target;
    SshHostKey m_hostKey;
    QString m_user;
    QString m_displayHost;
    QTimer m_pumpTimer;
    QTimer m_keepaliveTimer;
    QTimer m_probeTimer;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    RemoteError m_fallbackReason;
    QByteArray m_probeOut;
    QByteArray m_probeErr;
    quint64 m_probeId = 0;
    quint64 m_nextHelperId = quint64(1) << 62; // our own channels' ids, apart from the caller's
};

} // namespace gd
