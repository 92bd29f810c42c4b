#include "remote/SshWorker.h"

#include "remote/SshHandles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <libssh/callbacks.h>

#include <cstring>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcSsh, "gd.remote.ssh")

namespace gd {

namespace {

void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

// A blocking helper used only while the session is still in blocking mode
// (right after authentication): runs `command` and returns stdout.
QByteArray execBlocking(ssh_session session, const char *command, int *exitStatus)
{
    ssh::Channel channel(ssh_channel_new(session));
    *exitStatus = -1;
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK)
        return {};
    if (ssh_channel_request_exec(channel.get(), command) != SSH_OK)
        return {};
    QByteArray out;
    char buffer[4096];
    int n;
    while ((n = ssh_channel_read(channel.get(), buffer, sizeof buffer, 0)) > 0)
        out.append(buffer, n);
    ssh_channel_send_eof(channel.get());
    *exitStatus = ssh_channel_get_exit_status(channel.get());
    ssh_channel_close(channel.get());
    return out;
}

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

// One command channel. The libssh callbacks write into it; pump() acts on it.
struct SshWorker::Channel
{
    enum class State
    {
        Opening,
        Requesting,
        Running
    };

    SshWorker *worker = nullptr;
    quint64 id = 0;
    ssh::Channel handle;
    QByteArray command;
    State state = State::Opening;
    QByteArray pendingStdin;
    bool stdinCloseRequested = false;
    bool eofSent = false;
    bool remoteClosed = false;
    bool haveExitStatus = false;
    int exitStatus = -1;
    QString exitSignal;
    bool fireAndForget = false; // kill helper channels: nobody waits for them
    ssh_channel_callbacks_struct callbacks{};

    static int onData(ssh_session, ssh_channel, void *data, uint32_t len, int isStderr, void *user)
    {
        auto *self = static_cast<Channel *>(user);
        if (!self->fireAndForget)
            emit self->worker->channelData(self->id, QByteArray(static_cast<const char *>(data), int(len)),
                                           isStderr != 0);
        return int(len);
    }
    static void onClose(ssh_session, ssh_channel, void *user)
    {
        static_cast<Channel *>(user)->remoteClosed = true;
    }
    static void onExitStatus(ssh_session, ssh_channel, int status, void *user)
    {
        auto *self = static_cast<Channel *>(user);
        self->haveExitStatus = true;
        self->exitStatus = status;
    }
    static void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *,
                             void *user)
    {
        static_cast<Channel *>(user)->exitSignal = QString::fromLatin1(signal);
    }

    void installCallbacks()
    {
        callbacks.userdata = this;
        callbacks.channel_data_function = &Channel::onData;
        callbacks.channel_close_function = &Channel::onClose;
        callbacks.channel_exit_status_function = &Channel::onExitStatus;
        callbacks.channel_exit_signal_function = &Channel::onExitSignal;
        ssh_callbacks_init(&callbacks);
        ssh_set_channel_callbacks(handle.get(), &callbacks);
    }
};

struct SshWorker::Impl
{
    ssh::Session session;
    ssh::Event event;
    QByteArray passphrase; // answered to libssh's key passphrase callback
    bool passphraseAsked = false;
    ssh_callbacks_struct sessionCallbacks{};

    static int onAuthPrompt(const char *, char *buffer, size_t length, int, int, void *user)
    {
        auto *self = static_cast<Impl *>(user);
        self->passphraseAsked = true;
        if (self->passphrase.isEmpty() || size_t(self->passphrase.size()) >= length)
            return -1;
        std::memcpy(buffer, self->passphrase.constData(), size_t(self->passphrase.size()));
        buffer[self->passphrase.size()] = '\0';
        return 0;
    }
};

SshWorker::SshWorker() : d(std::make_unique<Impl>()), m_pumpTimer(this), m_keepaliveTimer(this)
{
    // While channels are busy we also poll on a short timer: libssh flushes
    // queued writes and finishes channel opens only when it is called.
    m_pumpTimer.setInterval(5);
    connect(&m_pumpTimer, &QTimer::timeout, this, &SshWorker::pump);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, [this] {
        if (d->session && ssh_send_ignore(d->session.get(), "keepalive") != SSH_OK)
            loseSession({RemoteError::Kind::Disconnected, tr("The connection to the server was lost.")});
        else
            pump();
    });
}

SshWorker::~SshWorker()
{
    closeSession();
}

void SshWorker::openSession(const SshTarget &target, SshCredentials credentials)
{
    closeSession();
    SshHostKey hostKey;
    hostKey.host = target.host;
    hostKey.port = target.port > 0 ? target.port : 22;
    auto fail = [&](RemoteError::Kind kind, const QString &message, const QString &detail = {}) {
        wipe(credentials.password);
        wipe(credentials.passphrase);
        wipe(d->passphrase);
        d->session.reset();
        emit sessionFailed(RemoteError(kind, message, detail), hostKey);
    };

    ssh::Session session(ssh_new());
    if (!session)
        return fail(RemoteError::Kind::ProtocolError, tr("Could not create an SSH session."));
    ssh_session s = session.get();

    // Every option is checked: a silently ignored option is a security bug here.
    const QByteArray host = target.host.toUtf8();
    long timeout = target.connectTimeoutSec;
    int nodelay = 1;
    if (ssh_options_set(s, SSH_OPTIONS_HOST, host.constData()) != SSH_OK)
        return fail(RemoteError::Kind::InvalidArgument, tr("The server name is not valid."), target.host);
    if (!target.useSshConfig) {
        const bool no = false;
        ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no);
    } else {
        const QByteArray config = target.sshConfigFile.toLocal8Bit();
        if (ssh_options_parse_config(s, config.isEmpty() ? nullptr : config.constData()) != SSH_OK)
            return fail(RemoteError::Kind::InvalidArgument, tr("Could not read the SSH configuration file."),
                        QString::fromUtf8(ssh_get_error(s)));
    }
    // Explicit choices win over the ssh config, so set them after parsing it.
    if (!target.user.isEmpty()) {
        const QByteArray user = target.user.toUtf8();
        if (ssh_options_set(s, SSH_OPTIONS_USER, user.constData()) != SSH_OK)
            return fail(RemoteError::Kind::InvalidArgument, tr("The user name is not valid."), target.user);
    }
    if (target.port > 0) {
        const unsigned int port = unsigned(target.port);
        ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    }
    if (!target.knownHostsFile.isEmpty()) {
        const QByteArray file = QFile::encodeName(target.knownHostsFile);
        if (ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, file.constData()) != SSH_OK)
            return fail(RemoteError::Kind::InvalidArgument, tr("The known_hosts path is not valid."));
    }
    if (!target.globalKnownHostsFile.isEmpty()) {
        const QByteArray file = QFile::encodeName(target.globalKnownHostsFile);
        ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, file.constData());
    }
    // A "StrictHostKeyChecking no" in the user's config must not silently trust
    // unknown keys: we decide about host keys ourselves, below.
    int strict = 1;
    ssh_options_set(s, SSH_OPTIONS_STRICTHOSTKEYCHECK, &strict);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeout);
    // Without TCP_NODELAY every channel open + exec waits on Nagle (~44 ms vs ~2 ms).
    if (ssh_options_set(s, SSH_OPTIONS_NODELAY, &nodelay) != SSH_OK)
        return fail(RemoteError::Kind::ProtocolError, tr("Could not configure the SSH session."));

    {
        char *resolvedHost = nullptr;
        if (ssh_options_get(s, SSH_OPTIONS_HOST, &resolvedHost) == SSH_OK && resolvedHost) {
            hostKey.host = QString::fromUtf8(resolvedHost);
            ssh_string_free_char(resolvedHost);
        }
        unsigned int port = 22;
        if (ssh_options_get_port(s, &port) == SSH_OK)
            hostKey.port = int(port);
        char *knownHosts = nullptr;
        if (ssh_options_get(s, SSH_OPTIONS_KNOWNHOSTS, &knownHosts) == SSH_OK && knownHosts) {
            hostKey.knownHostsFile = QFile::decodeName(knownHosts);
            ssh_string_free_char(knownHosts);
        }
    }
    m_displayHost = hostKey.host;

    if (ssh_connect(s) != SSH_OK) {
        const QString error = QString::fromUtf8(ssh_get_error(s));
        const QString where = hostKey.port == 22
                                  ? hostKey.host
                                  : QStringLiteral("%1 port %2").arg(hostKey.host).arg(hostKey.port);
        if (error.contains(QLatin1String("resolve"), Qt::CaseInsensitive))
            return fail(RemoteError::Kind::HostNotFound,
                        tr("The server name \"%1\" could not be found (DNS). Check the spelling, or use an "
                           "IP address.")
                            .arg(hostKey.host),
                        error);
        if (error.contains(QLatin1String("refused"), Qt::CaseInsensitive))
            return fail(RemoteError::Kind::ConnectionRefused,
                        tr("%1 refused the connection: no SSH server is listening there. Check the port "
                           "and that sshd is running.")
                            .arg(where),
                        error);
        if (error.contains(QLatin1String("unreachable"), Qt::CaseInsensitive) ||
            error.contains(QLatin1String("No route"), Qt::CaseInsensitive))
            return fail(RemoteError::Kind::HostUnreachable,
                        tr("%1 cannot be reached from this computer (no route). Check the address and "
                           "your network or VPN.")
                            .arg(where),
                        error);
        if (error.contains(QLatin1String("timeout"), Qt::CaseInsensitive) ||
            error.contains(QLatin1String("timed out"), Qt::CaseInsensitive))
            return fail(RemoteError::Kind::ConnectTimeout,
                        tr("%1 did not answer within %2 seconds. A firewall may be dropping the "
                           "connection, or the server is down.")
                            .arg(where)
                            .arg(target.connectTimeoutSec),
                        error);
        return fail(RemoteError::Kind::ProtocolError, tr("Could not connect to %1.").arg(where), error);
    }

    // --- Host key: ssh_connect() verified nothing. ---
    {
        ssh_key rawKey = nullptr;
        if (ssh_get_server_publickey(s, &rawKey) != SSH_OK)
            return fail(RemoteError::Kind::ProtocolError, tr("The server sent no host key."));
        ssh::Key key(rawKey);
        unsigned char *hash = nullptr;
        size_t hashLength = 0;
        if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) != SSH_OK)
            return fail(RemoteError::Kind::ProtocolError, tr("Could not compute the host key fingerprint."));
        ssh::CString fingerprint(ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength));
        ssh_clean_pubkey_hash(&hash);
        hostKey.fingerprint = QString::fromLatin1(fingerprint.get());
        hostKey.type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));
    }
    const QString fileHint =
        hostKey.knownHostsFile.isEmpty() ? QStringLiteral("~/.ssh/known_hosts") : hostKey.knownHostsFile;
    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        break;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        const QString keygenTarget =
            hostKey.port == 22 ? hostKey.host : QStringLiteral("[%1]:%2").arg(hostKey.host).arg(hostKey.port);
        return fail(RemoteError::Kind::HostKeyChanged,
                    tr("WARNING: the identity (host key) of %1 has CHANGED since it was saved in %2. "
                       "Someone may be intercepting the connection (a man-in-the-middle attack), or the "
                       "server was reinstalled. Gateway Doctor will not connect. If you know why the key "
                       "changed, remove the old key with \"ssh-keygen -R %3\" and connect again. "
                       "New key: %4 %5.")
                        .arg(hostKey.host, fileHint, keygenTarget, hostKey.type, hostKey.fingerprint));
    }
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND: {
        const HostKeyPolicy &policy = credentials.hostKeyPolicy;
        const bool accepted = policy.unknown == HostKeyPolicy::Unknown::AcceptAny ||
                              (policy.unknown == HostKeyPolicy::Unknown::AcceptFingerprint &&
                               policy.fingerprint == hostKey.fingerprint);
        if (!accepted)
            return fail(RemoteError::Kind::HostKeyUnknown,
                        tr("This is the first connection to %1: its identity cannot be verified yet. "
                           "Its host key fingerprint is %2 (%3). Compare it with the one your server "
                           "administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the "
                           "server) before trusting it.")
                            .arg(hostKey.host, hostKey.fingerprint, hostKey.type));
        if (policy.save) {
            if (!hostKey.knownHostsFile.isEmpty())
                QDir().mkpath(QFileInfo(hostKey.knownHostsFile).absolutePath());
            if (ssh_session_update_known_hosts(s) != SSH_OK)
                qCWarning(lcSsh) << "could not save the host key:" << ssh_get_error(s);
        }
        break;
    }
    case SSH_KNOWN_HOSTS_ERROR:
        return fail(RemoteError::Kind::ProtocolError,
                    tr("Could not read the known_hosts file %1.").arg(fileHint),
                    QString::fromUtf8(ssh_get_error(s)));
    }

    // --- Authentication: none, agent/keys, keyboard-interactive, password. ---
    d->passphrase = QByteArray(credentials.passphrase.constData(), credentials.passphrase.size());
    d->passphraseAsked = false;
    d->sessionCallbacks = {};
    d->sessionCallbacks.userdata = d.get();
    d->sessionCallbacks.auth_function = &Impl::onAuthPrompt;
    ssh_callbacks_init(&d->sessionCallbacks);
    ssh_set_callbacks(s, &d->sessionCallbacks);

    int rc = ssh_userauth_none(s, nullptr);
    const int methods = ssh_userauth_list(s, nullptr);
    bool keyRejected = false;
    bool identityUnreadable = false;
    if (rc != SSH_AUTH_SUCCESS && (methods & SSH_AUTH_METHOD_PUBLICKEY) && !target.identityFile.isEmpty()) {
        const QByteArray path = QFile::encodeName(target.identityFile);
        ssh_key rawKey = nullptr;
        const char *passphrase =
            credentials.passphrase.isEmpty() ? nullptr : credentials.passphrase.constData();
        const int imported =
            ssh_pki_import_privkey_file(path.constData(), passphrase, nullptr, nullptr, &rawKey);
        ssh::Key key(rawKey);
        if (imported == SSH_EOF) {
            identityUnreadable = true;
        } else if (imported != SSH_OK) {
            if (credentials.passphrase.isEmpty())
                return fail(RemoteError::Kind::NeedsPassphrase,
                            tr("The key %1 is protected by a passphrase. Enter it to continue.")
                                .arg(target.identityFile));
            return fail(RemoteError::Kind::NeedsPassphrase,
                        tr("The passphrase for the key %1 is wrong.").arg(target.identityFile));
        } else {
            rc = ssh_userauth_publickey(s, nullptr, key.get());
            keyRejected = rc == SSH_AUTH_DENIED;
        }
    }
    if (rc != SSH_AUTH_SUCCESS && (methods & SSH_AUTH_METHOD_PUBLICKEY) && !target.identitiesOnly) {
        // The agent, then IdentityFile entries from the ssh config and the default keys.
        const char *passphrase =
            credentials.passphrase.isEmpty() ? nullptr : credentials.passphrase.constData();
        rc = ssh_userauth_publickey_auto(s, nullptr, passphrase);
    }
    if (rc != SSH_AUTH_SUCCESS && (methods & SSH_AUTH_METHOD_INTERACTIVE) &&
        !credentials.password.isEmpty()) {
        rc = ssh_userauth_kbdint(s, nullptr, nullptr);
        for (int round = 0; rc == SSH_AUTH_INFO && round < 5; ++round) {
            const int prompts = ssh_userauth_kbdint_getnprompts(s);
            for (int i = 0; i < prompts; ++i) {
                char echo = 0;
                const QString prompt =
                    QString::fromUtf8(ssh_userauth_kbdint_getprompt(s, unsigned(i), &echo));
                // Only a password question is answered; anything else (OTP) cannot be.
                if (!echo && prompt.contains(QLatin1String("assword"), Qt::CaseInsensitive))
                    ssh_userauth_kbdint_setanswer(s, unsigned(i), credentials.password.constData());
                else
                    ssh_userauth_kbdint_setanswer(s, unsigned(i), "");
            }
            rc = ssh_userauth_kbdint(s, nullptr, nullptr);
        }
    }
    if (rc != SSH_AUTH_SUCCESS && (methods & SSH_AUTH_METHOD_PASSWORD) && !credentials.password.isEmpty())
        rc = ssh_userauth_password(s, nullptr, credentials.password.constData());

    char *userRaw = nullptr;
    QString user;
    if (ssh_options_get(s, SSH_OPTIONS_USER, &userRaw) == SSH_OK && userRaw) {
        user = QString::fromUtf8(userRaw);
        ssh_string_free_char(userRaw);
    }
    const bool passwordOffered = methods & (SSH_AUTH_METHOD_PASSWORD | SSH_AUTH_METHOD_INTERACTIVE);
    if (rc == SSH_AUTH_ERROR)
        return fail(RemoteError::Kind::Disconnected, tr("The connection was lost during login."),
                    QString::fromUtf8(ssh_get_error(s)));
    if (rc != SSH_AUTH_SUCCESS) {
        if (identityUnreadable)
            return fail(RemoteError::Kind::AuthFailed,
                        tr("The key file %1 could not be read.").arg(target.identityFile));
        if (credentials.password.isEmpty() && passwordOffered && !keyRejected)
            return fail(RemoteError::Kind::NeedsPassword,
                        tr("%1 asks for the password of %2.").arg(hostKey.host, user));
        if (credentials.password.isEmpty() && d->passphraseAsked)
            return fail(RemoteError::Kind::NeedsPassphrase,
                        tr("Your SSH key is protected by a passphrase. Enter it to continue."));
        if (!credentials.password.isEmpty())
            return fail(RemoteError::Kind::AuthFailed,
                        tr("%1 did not accept the password for %2.").arg(hostKey.host, user));
        if (keyRejected)
            return fail(RemoteError::Kind::AuthFailed,
                        tr("%1 did not accept the key %2 for user %3. Check that its public key is in "
                           "~%3/.ssh/authorized_keys on the server%4.")
                            .arg(hostKey.host, target.identityFile, user,
                                 passwordOffered ? tr(", or log in with a password") : QString()));
        return fail(RemoteError::Kind::AuthFailed,
                    tr("%1 did not accept any of your SSH keys for user %2.").arg(hostKey.host, user));
    }
    wipe(credentials.password);
    wipe(credentials.passphrase);
    wipe(d->passphrase);

    int idStatus = -1;
    const QByteArray uid = execBlocking(s, "id -u", &idStatus).trimmed();
    if (idStatus < 0)
        return fail(RemoteError::Kind::ProtocolError,
                    tr("Logged in, but the server does not let us run commands (no exec channel)."),
                    QString::fromUtf8(ssh_get_error(s)));

    // From here on the session is non-blocking and driven by pump().
    ssh_set_blocking(s, 0);
    d->event.reset(ssh_event_new());
    if (!d->event || ssh_event_add_session(d->event.get(), s) != SSH_OK)
        return fail(RemoteError::Kind::ProtocolError, tr("Could not set up the SSH event loop."));
    d->session = std::move(session);
    if (target.keepaliveSec > 0)
        enableDeadPeerDetection(ssh_get_fd(s), target.keepaliveSec);
    m_readNotifier = std::make_unique<QSocketNotifier>(ssh_get_fd(s), QSocketNotifier::Read);
    connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &SshWorker::pump);
    if (target.keepaliveSec > 0)
        m_keepaliveTimer.start(target.keepaliveSec * 1000);
    emit sessionOpened(uid == "0", user, hostKey);
}

void SshWorker::closeSession()
{
    m_keepaliveTimer.stop();
    m_pumpTimer.stop();
    m_readNotifier.reset();
    for (auto &[id, channel] : m_channels) {
        if (!channel->fireAndForget)
            emit channelFinished(id, -1, RemoteError(RemoteError::Kind::Cancelled, tr("Disconnected.")));
    }
    m_channels.clear();
    if (d->event && d->session)
        ssh_event_remove_session(d->event.get(), d->session.get());
    d->event.reset();
    d->session.reset();
}

void SshWorker::startChannel(quint64 id, const QByteArray &command)
{
    if (!d->session) {
        emit channelFinished(id, -1,
                             RemoteError(RemoteError::Kind::NotConnected,
                                         tr("Not connected to the server. Reconnect and try again.")));
        return;
    }
    auto channel = std::make_unique<Channel>();
    channel->worker = this;
    channel->id = id;
    channel->command = command;
    channel->handle.reset(ssh_channel_new(d->session.get()));
    if (!channel->handle) {
        emit channelFinished(id, -1,
                             RemoteError(RemoteError::Kind::ProtocolError,
                                         tr("Could not open an SSH channel."),
                                         QString::fromUtf8(ssh_get_error(d->session.get()))));
        return;
    }
    channel->installCallbacks();
    Channel &ref = *channel;
    m_channels[id] = std::move(channel);
    if (!advance(ref))
        m_channels.erase(id);
    updatePumpTimer();
}

void SshWorker::writeChannel(quint64 id, const QByteArray &data)
{
    auto it = m_channels.find(id);
    if (it == m_channels.end())
        return;
    it->second->pendingStdin += data;
    if (!advance(*it->second))
        m_channels.erase(it);
    updatePumpTimer();
}

void SshWorker::closeChannelStdin(quint64 id)
{
    auto it = m_channels.find(id);
    if (it == m_channels.end())
        return;
    it->second->stdinCloseRequested = true;
    if (!advance(*it->second))
        m_channels.erase(it);
    updatePumpTimer();
}

void SshWorker::abandonChannel(quint64 id)
{
    auto it = m_channels.find(id);
    if (it == m_channels.end())
        return;
    ssh_remove_channel_callbacks(it->second->handle.get(), &it->second->callbacks);
    ssh_channel_close(it->second->handle.get());
    m_channels.erase(it);
    updatePumpTimer();
}

void SshWorker::signalRemote(qint64 pid, bool force)
{
    if (!d->session || pid <= 1)
        return;
    // Our wrapper made the command the leader of its process group (sshd runs
    // each exec in a new session), so signal the group: pipelines die too.
    const QByteArray signal = force ? "KILL" : "TERM";
    const QByteArray command = "kill -s " + signal + " -- -" + QByteArray::number(pid) +
                               " 2>/dev/null || kill -s " + signal + " " + QByteArray::number(pid);
    auto channel = std::make_unique<Channel>();
    channel->worker = this;
    channel->id = ++m_nextHelperId;
    channel->command = command;
    channel->fireAndForget = true;
    channel->stdinCloseRequested = true;
    channel->handle.reset(ssh_channel_new(d->session.get()));
    if (!channel->handle)
        return;
    channel->installCallbacks();
    Channel &ref = *channel;
    const quint64 id = channel->id;
    m_channels[id] = std::move(channel);
    if (!advance(ref))
        m_channels.erase(id);
    updatePumpTimer();
}

// Moves one channel forward as far as it can go without blocking. Returns false
// when the channel is finished and must be removed.
bool SshWorker::advance(Channel &channel)
{
    ssh_channel handle = channel.handle.get();
    if (channel.state == Channel::State::Opening) {
        const int rc = ssh_channel_open_session(handle);
        if (rc == SSH_AGAIN)
            return true;
        if (rc != SSH_OK) {
            finishChannel(channel, -1,
                          RemoteError(RemoteError::Kind::ProtocolError,
                                      tr("The server refused to open a command channel."),
                                      QString::fromUtf8(ssh_get_error(d->session.get()))));
            return false;
        }
        channel.state = Channel::State::Requesting;
    }
    if (channel.state == Channel::State::Requesting) {
        const int rc = ssh_channel_request_exec(handle, channel.command.constData());
        if (rc == SSH_AGAIN)
            return true;
        if (rc != SSH_OK) {
            finishChannel(channel, -1,
                          RemoteError(RemoteError::Kind::ProtocolError,
                                      tr("The server refused to run the command."),
                                      QString::fromUtf8(ssh_get_error(d->session.get()))));
            return false;
        }
        channel.state = Channel::State::Running;
    }
    while (!channel.pendingStdin.isEmpty() && !channel.remoteClosed) {
        const int written = ssh_channel_write(handle, channel.pendingStdin.constData(),
                                              uint32_t(channel.pendingStdin.size()));
        if (written == SSH_ERROR) {
            channel.pendingStdin.clear();
            break;
        }
        if (written <= 0)
            break; // the remote window is full; try again on the next pump
        channel.pendingStdin.remove(0, written);
    }
    if (channel.stdinCloseRequested && channel.pendingStdin.isEmpty() && !channel.eofSent &&
        !channel.remoteClosed) {
        ssh_channel_send_eof(handle);
        channel.eofSent = true;
    }
    if (channel.remoteClosed) {
        if (!channel.exitSignal.isEmpty())
            finishChannel(channel, -1,
                          RemoteError(RemoteError::Kind::Crashed,
                                      tr("The command was killed by signal %1.").arg(channel.exitSignal)));
        else if (channel.haveExitStatus)
            finishChannel(channel, channel.exitStatus, RemoteError());
        else
            finishChannel(channel, -1,
                          RemoteError(RemoteError::Kind::ProtocolError,
                                      tr("The server ended the command without an exit status.")));
        ssh_channel_close(handle);
        return false;
    }
    return true;
}

void SshWorker::finishChannel(Channel &channel, int exitCode, const RemoteError &error)
{
    if (channel.fireAndForget)
        return;
    // A channel that fails because the server went away (its sshd killed, the
    // network cut) is a lost connection, not a protocol problem: callers decide
    // on that (an armed rollback guard takes over, the UI offers Reconnect).
    if (error.kind() == RemoteError::Kind::ProtocolError && sessionGone()) {
        emit channelFinished(channel.id, -1,
                             RemoteError(RemoteError::Kind::Disconnected,
                                         tr("The connection to %1 was lost while the command was running. "
                                            "Reconnect, then run this step again.")
                                             .arg(m_displayHost),
                                         error.detail()));
        return;
    }
    emit channelFinished(channel.id, exitCode, error);
}

bool SshWorker::sessionGone() const
{
    if (!d->session)
        return true;
    ssh_session s = d->session.get();
    return (ssh_get_status(s) & (SSH_CLOSED | SSH_CLOSED_ERROR)) || !ssh_is_connected(s);
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
             QString::fromUtf8(ssh_get_error(s))});
        return;
    }
    for (auto it = m_channels.begin(); it != m_channels.end();) {
        if (advance(*it->second))
            ++it;
        else
            it = m_channels.erase(it);
    }
    updatePumpTimer();
}

void SshWorker::loseSession(const RemoteError &error)
{
    m_keepaliveTimer.stop();
    m_pumpTimer.stop();
    m_readNotifier.reset();
    for (auto &[id, channel] : m_channels) {
        if (!channel->fireAndForget)
            emit channelFinished(
                id, -1,
                RemoteError(RemoteError::Kind::Disconnected,
                            tr("The connection to %1 was lost while the command was running. "
                               "Reconnect, then run this step again.")
                                .arg(m_displayHost),
                            error.detail()));
    }
    m_channels.clear();
    if (d->event && d->session)
        ssh_event_remove_session(d->event.get(), d->session.get());
    d->event.reset();
    d->session.reset();
    emit sessionLost(error);
}

void SshWorker::updatePumpTimer()
{
    bool busy = false;
    for (const auto &[id, channel] : m_channels) {
        // Opening channels, queued stdin and unsent EOFs only move when we call libssh.
        if (channel->state != Channel::State::Running || !channel->pendingStdin.isEmpty() ||
            (channel->stdinCloseRequested && !channel->eofSent)) {
            busy = true;
            break;
        }
    }
    // Running channels are woken by the socket notifier; a slow timer catches
    // data libssh already buffered.
    if (busy)
        m_pumpTimer.start(2);
    else if (!m_channels.empty())
        m_pumpTimer.start(50);
    else
        m_pumpTimer.stop();
}

} // namespace gd
