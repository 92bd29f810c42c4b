#pragma once

#include "remote/SshTarget.h"

#include <QObject>
#include <QSocketNotifier>
#include <QTimer>

#include <map>
#include <memory>

namespace gd {

// Owns one libssh session on a dedicated I/O thread (a session must never be used
// from two threads) and multiplexes any number of command channels over it.
// Every public slot runs in that thread; results leave through queued signals.
// Connecting and authenticating block this thread only, never the GUI.
class SshWorker : public QObject
{
    Q_OBJECT
public:
    SshWorker();
    ~SshWorker() override;

    void openSession(const SshTarget &target, SshCredentials credentials);
    void closeSession();
    void startChannel(quint64 id, const QByteArray &command);
    void writeChannel(quint64 id, const QByteArray &data);
    void closeChannelStdin(quint64 id);
    // Drop a channel without waiting for it (after a kill that did not confirm).
    void abandonChannel(quint64 id);
    // Sends a signal to a remote process group over a fresh channel (fire and forget).
    void signalRemote(qint64 pid, bool force);

signals:
    void sessionOpened(bool isRoot, const QString &user, const gd::SshHostKey &hostKey);
    void sessionFailed(const gd::RemoteError &error, const gd::SshHostKey &hostKey);
    void sessionLost(const gd::RemoteError &error);
    void channelData(quint64 id, const QByteArray &data, bool isStderr);
    void channelFinished(quint64 id, int exitCode, const gd::RemoteError &error);

private:
    struct Channel;
    struct Impl;

    void pump();
    bool advance(Channel &channel);
    void finishChannel(Channel &channel, int exitCode, const RemoteError &error);
    bool sessionGone() const;
    void loseSession(const RemoteError &error);
    void updatePumpTimer();

    std::unique_ptr<Impl> d;
    std::map<quint64, std::unique_ptr<Channel>> m_channels;
    QTimer m_pumpTimer;
    QTimer m_keepaliveTimer;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    QString m_displayHost;
    quint64 m_nextHelperId = quint64(1) << 62; // ids of our own kill channels, apart from the caller's
};

} // namespace gd
