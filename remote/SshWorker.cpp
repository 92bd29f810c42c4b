#include "remote/SshWorker.h"

#include "remote/ByteText.h"
#include "remote/RunnerScript.h"
#include "remote/SshChannel.h"
#include "remote/SshConnector.h"
#include "remote/SshHandles.h"
#include "remote/SshRunnerPool.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcSsh, "gd.remote.ssh")

namespace gd {

namespace {

// A server that vanishes without a FIN/RST (cable, VPN, suspended VM) would leave
// us waiting for TCP's ~15 minute retransmission limit. TCP keepalives notice an
// idle dead peer, TCP_USER_TIMEOUT one with unacknowledged data (our keepalive
// ignore-packets make sure there is some).
void enableDeadPeerDetection(int fd, int intervalSec)
{
    const int on = 1;
    const int idle = intervalSec;
    const int probeInterval = 5;
    const int probes = 3;
    const unsigned int userTimeoutMs = unsigned(intervalSec + probeInterval * probes) * 1000u;
    ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &probeInterval, sizeof probeInterval);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &probes, sizeof probes);
    ::setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeoutMs, sizeof userTimeoutMs);
}

} // namespace

struct SshWorker::Impl
{
    ssh::Session session;
    ssh::Event event;
};

// A command on a channel of its own (or one of our kill helpers, nobody waiting).
struct SshWorker::Single
{
    std::unique_ptr<SshChannel> channel;
    bool fireAndForget = false;
};

SshWorker::SshWorker()
    : d(std::make_unique<Impl>()), m_pumpTimer(this), m_keepaliveTimer(this), m_probeTimer(this)
{
    // While channels are busy we also poll on a short timer: libssh flushes
    // queued writes and finishes channel opens only when it is called.
    connect(&m_pumpTimer, &QTimer::timeout, this, &SshWorker::pump);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, [this] {
        if (d->session && ssh_send_ignore(d->session.get(), "keepalive") != SSH_OK)
            loseSession({RemoteError::Kind::Disconnected, tr("The connection to the server was lost.")});
        else
            pump();
    });
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, [this] {
        failSession(
            RemoteError(RemoteError::Kind::LoginShellTimeout,
                        tr("The login shell on %1 did not start within %2 s; ~/.bashrc or ~/.profile may "
                           "hang or wait for input.")
                            .arg(m_displayHost)
                            .arg(m_target.shellStartTimeoutSec)));
    });
}

SshWorker::~SshWorker()
{
    closeSession();
}

void SshWorker::openSession(const SshTarget &target, SshCredentials credentials)
{
    closeSession();
    m_target = target;
    SshConnector connector(target, credentials);
    Result<ssh::Session> session = connector.open();
    m_hostKey = connector.hostKey();
    m_user = connector.user();
    m_displayHost = m_hostKey.host;
    if (!session) {
        emit sessionFailed(session.error(), m_hostKey);
        return;
    }
    d->session = std::move(session).value();
    onSessionUp();
}

// Logged in: from here on the session is non-blocking and driven by pump(). What
// is left is finding out how commands can run.
void SshWorker::onSessionUp()
{
    ssh_session s = d->session.get();
    ssh_set_blocking(s, 0);
    d->event.reset(ssh_event_new());
    if (!d->event || ssh_event_add_session(d->event.get(), s) != SSH_OK)
        return failSession(
            RemoteError(RemoteError::Kind::ProtocolError, tr("Could not set up the SSH event loop.")));
    if (m_target.keepaliveSec > 0)
        enableDeadPeerDetection(ssh_get_fd(s), m_target.keepaliveSec);
    m_readNotifier = std::make_unique<QSocketNotifier>(ssh_get_fd(s), QSocketNotifier::Read);
    connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &SshWorker::pump);
    if (m_target.keepaliveSec > 0)
        m_keepaliveTimer.start(m_target.keepaliveSec * 1000);
    if (m_target.persistentShells <= 0) {
        startProbe();
        return;
    }
    SshRunnerPool::Events events;
    events.output = [this](quint64 id, const QByteArray &data, bool isStderr) {
        emit channelData(id, data, isStderr);
    };
    events.finished = [this](quint64 id, int exitCode, const RemoteError &error) {
        onFinished(id, exitCode, error);
    };
    // Both come from inside the pool, which the handlers may drop: they run later.
    events.settled = [this] {
        QMetaObject::invokeMethod(
            this, [this] { onRunnersSettled(); }, Qt::QueuedConnection);
    };
    events.unavailable = [this](const RemoteError &why) { onRunnersUnavailable(why); };
    m_pool = std::make_unique<SshRunnerPool>(std::move(events));
    m_mode = Mode::StartingRunners;
    m_pool->open(s, m_displayHost, m_target.persistentShells, m_target.shellStartTimeoutSec);
    updatePumpTimer();
}

void SshWorker::onRunnersSettled()
{
    if (m_mode != Mode::StartingRunners || !m_pool)
        return;
    if (m_pool->readyCount() > 0) {
        m_mode = Mode::Runners;
        emit sessionOpened(m_pool->uid() == 0, m_user, m_hostKey);
        return;
    }
    // Every login shell hung: a channel per command would hang the same way.
    if (m_pool->onlyHung())
        return failSession(m_pool->lastFailure());
    m_fallbackReason = m_pool->lastFailure();
    // Dropped on the next pump, not here: we are inside the pool's own call.
    QMetaObject::invokeMethod(
        this, [this] { startProbe(); }, Qt::QueuedConnection);
}

void SshWorker::onRunnersUnavailable(const RemoteError &why)
{
    // Mid-session, the runners are gone and none will start: the waiting commands
    // go on channels of their own.
    QMetaObject::invokeMethod(
        this,
        [this, why] {
            if (m_mode != Mode::Runners || !m_pool)
                return;
            std::vector<SshRunnerPool::Waiting> waiting = m_pool->takeWaiting();
            goSingle(why);
            for (const SshRunnerPool::Waiting &w : waiting) {
                startSingle(w.id, w.argv);
                writeCommand(w.id, w.stdinData);
                if (w.stdinClosed)
                    closeCommandStdin(w.id);
            }
        },
        Qt::QueuedConnection);
}

// Runs `id -u` on a channel of its own, as every command will then run.
void SshWorker::startProbe()
{
    if (!d->session || (m_mode != Mode::StartingRunners && m_mode != Mode::Closed))
        return;
    if (m_pool) {
        m_pool->close(RemoteError(RemoteError::Kind::Cancelled, tr("Disconnected.")));
        m_pool.reset();
    }
    m_mode = Mode::Probing;
    m_probeOut.clear();
    m_probeErr.clear();
    auto single = std::make_unique<Single>();
    single->channel = std::make_unique<SshChannel>(
        d->session.get(), RunnerScript::singleCommand({QStringLiteral("id"), QStringLiteral("-u")}),
        [this](const QByteArray &data, bool isStderr) {
            (isStderr ? m_probeErr : m_probeOut) += data.left(4096);
        });
    single->fireAndForget = true;
    m_probeId = ++m_nextHelperId;
    m_singles[m_probeId] = std::move(single);
    m_probeTimer.start(m_target.shellStartTimeoutSec * 1000);
    advanceSingles();
    updatePumpTimer();
}

void SshWorker::onProbeEnded()
{
    m_probeTimer.stop();
    QByteArray err = m_probeErr;
    if (err.startsWith(RunnerScript::pidPrefix()))
        err = err.mid(err.indexOf('\n') + 1);
    bool numeric = false;
    const uint uid = m_probeOut.trimmed().toUInt(&numeric);
    if (!numeric) {
        QString detail = localText(err.trimmed());
        if (detail.isEmpty())
            detail = localText(m_probeOut.trimmed());
        return failSession(
            RemoteError(RemoteError::Kind::ProtocolError,
                        tr("Logged in, but %1 does not let us run commands.").arg(m_displayHost), detail));
    }
    goSingle(m_fallbackReason);
    emit sessionOpened(uid == 0, m_user, m_hostKey);
}

void SshWorker::goSingle(const RemoteError &why)
{
    m_mode = Mode::SingleChannels;
    if (m_pool) {
        m_pool->close(RemoteError(RemoteError::Kind::Cancelled, tr("Disconnected.")));
        m_pool.reset();
    }
    if (why)
        emit singleChannels(fallbackNote(why));
}

CommandResult SshWorker::fallbackNote(const RemoteError &why) const
{
    CommandResult note;
    note.commandLine = utf8Text(RunnerScript::bootstrap());
    note.error =
        RemoteError(RemoteError::Kind::StartFailed,
                    tr("No shell could be kept open on %1 (%2), so every command now opens an SSH channel "
                       "of its own and waits for the login shell and its rc files each time.")
                        .arg(m_displayHost, why.message()),
                    why.detail());
    return note;
}

void SshWorker::failSession(const RemoteError &error)
{
    tearDown(RemoteError(RemoteError::Kind::NotConnected, error.message()));
    emit sessionFailed(error, m_hostKey);
}

void SshWorker::closeSession()
{
    // A runner still logging in may finish its rc files first, for a few seconds at
    // most: a login shell cut off half-way through ~/.bashrc can leave locks behind
    // on the server (pyenv's shims lock then hangs every later login there).
    constexpr int kLoginGraceMs = 5000;
    QElapsedTimer waited;
    waited.start();
    while (m_pool && d->session && d->event && m_pool->isStarting() && waited.elapsed() < kLoginGraceMs) {
        if (ssh_event_dopoll(d->event.get(), 50) == SSH_ERROR)
            break;
        m_pool->advance();
    }
    tearDown(RemoteError(RemoteError::Kind::Cancelled, tr("Disconnected.")));
}

void SshWorker::tearDown(const RemoteError &forCommands)
{
    m_keepaliveTimer.stop();
    m_pumpTimer.stop();
    m_probeTimer.stop();
    m_readNotifier.reset();
    m_mode = Mode::Closed;
    if (m_pool) {
        m_pool->close(forCommands);
        m_pool.reset();
    }
    for (auto &[id, single] : m_singles) {
        if (!single->fireAndForget)
            emit channelFinished(id, -1, forCommands);
    }
    m_singles.clear();
    if (d->event && d->session)
        ssh_event_remove_session(d->event.get(), d->session.get());
    d->event.reset();
    d->session.reset();
}

void SshWorker::startCommand(quint64 id, const QStringList &argv, bool longRunning)
{
    if (m_mode == Mode::Runners)
        m_pool->submit(id, argv, longRunning);
    else if (m_mode == Mode::SingleChannels)
        startSingle(id, argv);
    else
        emit channelFinished(id, -1,
                             RemoteError(RemoteError::Kind::NotConnected,
                                         tr("Not connected to the server. Reconnect and try again.")));
    pump(); // sends the request now rather than on the next timer tick
}

void SshWorker::startSingle(quint64 id, const QStringList &argv)
{
    auto single = std::make_unique<Single>();
    single->channel = std::make_unique<SshChannel>(
        d->session.get(), RunnerScript::singleCommand(argv),
        [this, id](const QByteArray &data, bool isStderr) { emit channelData(id, data, isStderr); });
    if (!single->channel->isValid()) {
        onFinished(id, -1, single->channel->outcome());
        return;
    }
    m_singles[id] = std::move(single);
    advanceSingles();
}

void SshWorker::writeCommand(quint64 id, const QByteArray &data)
{
    if (m_pool && m_pool->owns(id))
        m_pool->writeStdin(id, data);
    else if (auto it = m_singles.find(id); it != m_singles.end())
        it->second->channel->write(data);
    pump();
}

void SshWorker::closeCommandStdin(quint64 id)
{
    if (m_pool && m_pool->owns(id))
        m_pool->closeStdin(id);
    else if (auto it = m_singles.find(id); it != m_singles.end())
        it->second->channel->closeStdin();
    pump();
}

void SshWorker::signalCommand(quint64 id, qint64 pid, bool force)
{
    if (m_pool && m_pool->owns(id)) {
        m_pool->signal(id, force);
    } else if (m_singles.count(id)) {
        signalSingle(pid, force);
        // Without a PID (the wrapper never ran) closing stdin is all we can do.
        if (force || pid <= 0)
            m_singles[id]->channel->closeStdin();
    }
    pump();
}

void SshWorker::abandonCommand(quint64 id, qint64 pid)
{
    if (m_pool && m_pool->owns(id)) {
        m_pool->abandon(id);
    } else if (auto it = m_singles.find(id); it != m_singles.end()) {
        signalSingle(pid, true);
        m_singles.erase(it);
    }
    pump();
}

// A command on a channel of its own is stopped over another channel: closing a
// channel does not stop a program. Its wrapper made it the leader of its process
// group (sshd runs each exec in a new session), so the whole group gets the signal.
void SshWorker::signalSingle(qint64 pid, bool force)
{
    if (!d->session || pid <= 1)
        return;
    const QByteArray signal = force ? "KILL" : "TERM";
    const QByteArray command = "kill -s " + signal + " -- -" + QByteArray::number(pid) +
                               " 2>/dev/null || kill -s " + signal + " " + QByteArray::number(pid);
    auto single = std::make_unique<Single>();
    single->channel = std::make_unique<SshChannel>(d->session.get(), command, SshChannel::DataHandler());
    single->channel->closeStdin();
    single->fireAndForget = true;
    m_singles[++m_nextHelperId] = std::move(single);
}

void SshWorker::onFinished(quint64 id, int exitCode, const RemoteError &error)
{
    // A command that fails because the server went away (its sshd killed, the
    // network cut) is a lost connection, not a protocol problem: callers decide
    // on that (an armed rollback guard takes over, the UI offers Reconnect).
    if ((error.kind() == RemoteError::Kind::ProtocolError || error.kind() == RemoteError::Kind::Crashed) &&
        sessionGone()) {
        emit channelFinished(id, -1,
                             RemoteError(RemoteError::Kind::Disconnected,
                                         tr("The connection to %1 was lost while the command was running. "
                                            "Reconnect, then run this step again.")
                                             .arg(m_displayHost),
                                         error.detail()));
        return;
    }
    emit channelFinished(id, exitCode, error);
}

bool SshWorker::sessionGone() const
{
    if (!d->session)
        return true;
    ssh_session s = d->session.get();
    return (ssh_get_status(s) & (SSH_CLOSED | SSH_CLOSED_ERROR)) || !ssh_is_connected(s);
}

void SshWorker::advanceSingles()
{
    for (auto it = m_singles.begin(); it != m_singles.end();) {
        Single &single = *it->second;
        if (single.channel->advance()) {
            ++it;
            continue;
        }
        const quint64 id = it->first;
        const bool probe = m_mode == Mode::Probing && id == m_probeId;
        const bool report = !single.fireAndForget;
        const RemoteError outcome = single.channel->outcome();
        const int status = outcome ? -1 : single.channel->exitStatus();
        it = m_singles.erase(it);
        if (report)
            onFinished(id, status, outcome);
        if (probe)
            return onProbeEnded(); // may tear everything down: stop iterating
    }
}

void SshWorker::pump()
{
    if (!d->session)
        return;
    ssh_session s = d->session.get();
    const int rc = ssh_event_dopoll(d->event.get(), 0);
    const int status = ssh_get_status(s);
    if (rc == SSH_ERROR || (status & (SSH_CLOSED | SSH_CLOSED_ERROR)) || !ssh_is_connected(s)) {
        loseSession(
            {RemoteError::Kind::Disconnected,
             tr("The connection to %1 was lost. Reconnect to continue where you were.").arg(m_displayHost),
             utf8Text(ssh_get_error(s))});
        return;
    }
    if (m_pool)
        m_pool->advance();
    if (d->session)
        advanceSingles();
    updatePumpTimer();
}

void SshWorker::loseSession(const RemoteError &error)
{
    const bool wasOpen = m_mode == Mode::Runners || m_mode == Mode::SingleChannels;
    const QString host = m_displayHost;
    tearDown(RemoteError(RemoteError::Kind::Disconnected,
                         tr("The connection to %1 was lost while the command was running. "
                            "Reconnect, then run this step again.")
                             .arg(host),
                         error.detail()));
    if (wasOpen)
        emit sessionLost(error);
    else
        emit sessionFailed(error, m_hostKey);
}

void SshWorker::updatePumpTimer()
{
    if (!d->session) {
        m_pumpTimer.stop();
        return;
    }
    // Opening channels, queued stdin and unsent EOFs only move when we call libssh.
    bool busy = m_pool && m_pool->needsPolling();
    for (auto it = m_singles.begin(); !busy && it != m_singles.end(); ++it)
        busy = it->second->channel->needsPolling();
    // Running channels are woken by the socket notifier; a slow timer catches
    // data libssh already buffered. Idle runners need neither.
    if (busy)
        m_pumpTimer.start(2);
    else if (!m_singles.empty() || (m_pool && m_pool->hasWork()))
        m_pumpTimer.start(50);
    else
        m_pumpTimer.stop();
}

} // namespace gd
