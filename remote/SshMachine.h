#pragma once

#include "remote/Machine.h"
#include "remote/SshTarget.h"

#include <QHash>
#include <QPointer>
#include <QThread>

#include <optional>

namespace gd {

class SshProcess;
class SshWorker;

// A server reached over SSH (libssh). One session carries every command, several
// at once, through a few persistent runner shells (each logs in once; see
// SshRunnerPool), or each on a channel of its own where no runner can start; the
// session lives on an I/O thread so nothing here ever blocks the caller. A lost connection is reported
// through connectionLost(); connectToHost() again re-opens it (state such as the sudo password is kept, so
// the user does not lose their place).
class SshMachine : public Machine
{
    Q_OBJECT
public:
    explicit SshMachine(SshTarget target, QObject *parent = nullptr);
    ~SshMachine() override;

    QString displayName() const override;
    bool isLocal() const override { return false; }
    bool isReady() const override { return m_state == State::Connected; }
    bool isRoot() const override { return m_isRoot; }

    const SshTarget &target() const { return m_target; }
    // The host key seen on the last connection attempt (for the trust dialog).
    const SshHostKey &hostKey() const { return m_hostKey; }
    QString loggedInUser() const { return m_user; }

    // Asynchronous: emits connected() or connectFailed(). Secrets in
    // `credentials` are wiped once used.
    void connectToHost(const SshCredentials &credentials = {});
    void disconnectFromHost();
    // For the CLI and tests: blocks in a local event loop, never on the GUI thread.
    RemoteError connectAndWait(const SshCredentials &credentials = {});

signals:
    void connected();
    void connectFailed(const gd::RemoteError &error);
    void connectionLost(const gd::RemoteError &error);

protected:
    ProcessChannel *startProcess(const QStringList &argv, bool longRunning) override;

private:
    friend class SshProcess;
    enum class State
    {
        Disconnected,
        Connecting,
        Connected
    };

    void onChannelData(quint64 id, const QByteArray &data, bool isStderr);
    void onChannelFinished(quint64 id, int exitCode, const RemoteError &error);

    SshTarget m_target;
    SshHostKey m_hostKey;
    QString m_user;
    bool m_isRoot = false;
    State m_state = State::Disconnected;
    QThread m_thread;
    SshWorker *m_worker = nullptr; // lives in m_thread
    QHash<quint64, QPointer<SshProcess>> m_processes;
    quint64 m_nextId = 1;
    std::optional<CommandResult> m_pendingNote; // "one channel per command from now on"
};

} // namespace gd
