#include "remote/SshConnector.h"
#include "remote/ByteText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstring>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

namespace gd {

namespace {

QString sshError(ssh_session s)
{
    return utf8Text(ssh_get_error(s));
}

// One option, checked: a silently ignored option is a security bug here.
template <typename T>
RemoteError setOption(ssh_session s, ssh_options_e option, const T *value, RemoteError::Kind kind,
                      const QString &message)
{
    if (ssh_options_set(s, option, value) == SSH_OK)
        return {};
    return RemoteError(kind, message, sshError(s));
}

} // namespace

SshConnector::SshConnector(const SshTarget &target, SshCredentials &credentials)
    : m_target(target), m_credentials(credentials)
{
    m_hostKey.host = target.host;
    m_hostKey.port = target.port > 0 ? target.port : 22;
}

SshConnector::~SshConnector()
{
    wipeSecrets();
}

void SshConnector::wipeSecrets()
{
    m_credentials.password.wipe();
    m_credentials.passphrase.wipe();
}

Result<ssh::Session> SshConnector::open()
{
    ssh::Session session(ssh_new());
    if (!session) {
        wipeSecrets();
        return RemoteError(RemoteError::Kind::ProtocolError, tr("Could not create an SSH session."));
    }
    ssh_session s = session.get();
    RemoteError error = applyOptions(s);
    if (!error)
        error = connectSocket(s);
    if (!error)
        error = verifyHostKey(s);
    if (!error)
        error = authenticate(s);
    wipeSecrets();
    if (error)
        return error;
    return session;
}

RemoteError SshConnector::applyOptions(ssh_session s)
{
    using K = RemoteError::Kind;
    const QByteArray host = m_target.host.toUtf8();
    if (RemoteError e = setOption(s, SSH_OPTIONS_HOST, host.constData(), K::InvalidArgument,
                                  tr("The server name \"%1\" is not valid.").arg(m_target.host)))
        return e;
    if (!m_target.useSshConfig) {
        const bool no = false;
        if (RemoteError e = setOption(s, SSH_OPTIONS_PROCESS_CONFIG, &no, K::ProtocolError,
                                      tr("Could not turn off reading the SSH configuration.")))
            return e;
    } else {
        const QByteArray config = m_target.sshConfigFile.toLocal8Bit();
        if (ssh_options_parse_config(s, config.isEmpty() ? nullptr : config.constData()) != SSH_OK)
            return RemoteError(K::InvalidArgument, tr("Could not read the SSH configuration file."),
                               sshError(s));
    }
    // Explicit choices win over the ssh config, so they are set after parsing it.
    if (RemoteError e = applyExplicitOptions(s))
        return e;
    // A "StrictHostKeyChecking no" in the user's config must not silently trust
    // unknown keys: we decide about host keys ourselves (verifyHostKey).
    const int strict = 1;
    if (RemoteError e = setOption(s, SSH_OPTIONS_STRICTHOSTKEYCHECK, &strict, K::ProtocolError,
                                  tr("Could not turn on strict host key checking.")))
        return e;
    const long timeout = m_target.connectTimeoutSec;
    if (RemoteError e = setOption(s, SSH_OPTIONS_TIMEOUT, &timeout, K::ProtocolError,
                                  tr("Could not set the connection timeout to %1 s.").arg(timeout)))
        return e;
    // Without TCP_NODELAY every channel open + exec waits on Nagle (~44 ms vs ~2 ms).
    const int nodelay = 1;
    if (RemoteError e = setOption(s, SSH_OPTIONS_NODELAY, &nodelay, K::ProtocolError,
                                  tr("Could not disable Nagle's algorithm (TCP_NODELAY).")))
        return e;
    readResolvedTarget(s);
    return {};
}

RemoteError SshConnector::applyExplicitOptions(ssh_session s)
{
    using K = RemoteError::Kind;
    if (!m_target.user.isEmpty()) {
        const QByteArray user = m_target.user.toUtf8();
        if (RemoteError e = setOption(s, SSH_OPTIONS_USER, user.constData(), K::InvalidArgument,
                                      tr("The user name \"%1\" is not valid.").arg(m_target.user)))
            return e;
    }
    if (m_target.port > 0) {
        const unsigned int port = unsigned(m_target.port);
        if (RemoteError e = setOption(s, SSH_OPTIONS_PORT, &port, K::InvalidArgument,
                                      tr("The port %1 is not valid.").arg(m_target.port)))
            return e;
    }
    if (!m_target.knownHostsFile.isEmpty()) {
        const QByteArray file = QFile::encodeName(m_target.knownHostsFile);
        if (RemoteError e =
                setOption(s, SSH_OPTIONS_KNOWNHOSTS, file.constData(), K::InvalidArgument,
                          tr("The known_hosts path %1 is not valid.").arg(m_target.knownHostsFile)))
            return e;
    }
    if (!m_target.globalKnownHostsFile.isEmpty()) {
        const QByteArray file = QFile::encodeName(m_target.globalKnownHostsFile);
        if (RemoteError e = setOption(
                s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, file.constData(), K::InvalidArgument,
                tr("The global known_hosts path %1 is not valid.").arg(m_target.globalKnownHostsFile)))
            return e;
    }
    return {};
}

// The host, port and known_hosts file after the ssh config had its say: what the
// user sees in messages and the trust dialog.
void SshConnector::readResolvedTarget(ssh_session s)
{
    char *resolvedHost = nullptr;
    if (ssh_options_get(s, SSH_OPTIONS_HOST, &resolvedHost) == SSH_OK && resolvedHost) {
        m_hostKey.host = utf8Text(resolvedHost);
        ssh_string_free_char(resolvedHost);
    }
    unsigned int port = 22;
    if (ssh_options_get_port(s, &port) == SSH_OK)
        m_hostKey.port = int(port);
    char *knownHosts = nullptr;
    if (ssh_options_get(s, SSH_OPTIONS_KNOWNHOSTS, &knownHosts) == SSH_OK && knownHosts) {
        m_hostKey.knownHostsFile = QFile::decodeName(knownHosts);
        ssh_string_free_char(knownHosts);
    }
}

RemoteError SshConnector::connectSocket(ssh_session s)
{
    if (ssh_connect(s) == SSH_OK)
        return {};
    return connectError(sshError(s));
}

RemoteError SshConnector::connectError(const QString &error) const
{
    using K = RemoteError::Kind;
    const QString where = m_hostKey.port == 22
                              ? m_hostKey.host
                              : QStringLiteral("%1 port %2").arg(m_hostKey.host).arg(m_hostKey.port);
    const auto says = [&error](const char *what) {
        return error.contains(QLatin1String(what), Qt::CaseInsensitive);
    };
    if (says("resolve"))
        return RemoteError(
            K::HostNotFound,
            tr("The server name \"%1\" could not be found (DNS). Check the spelling, or use an "
               "IP address.")
                .arg(m_hostKey.host),
            error);
    if (says("refused"))
        return RemoteError(K::ConnectionRefused,
                           tr("%1 refused the connection: no SSH server is listening there. Check the port "
                              "and that sshd is running.")
                               .arg(where),
                           error);
    if (says("unreachable") || says("No route"))
        return RemoteError(K::HostUnreachable,
                           tr("%1 cannot be reached from this computer (no route). Check the address and "
                              "your network or VPN.")
                               .arg(where),
                           error);
    if (says("timeout") || says("timed out"))
        return RemoteError(K::ConnectTimeout,
                           tr("%1 did not answer within %2 seconds. A firewall may be dropping the "
                              "connection, or the server is down.")
                               .arg(where)
                               .arg(m_target.connectTimeoutSec),
                           error);
    return RemoteError(K::ProtocolError, tr("Could not connect to %1.").arg(where), error);
}

// ssh_connect() verified nothing: the key is checked against known_hosts here.
RemoteError SshConnector::verifyHostKey(ssh_session s)
{
    if (RemoteError e = readServerKey(s))
        return e;
    const QString fileHint =
        m_hostKey.knownHostsFile.isEmpty() ? QStringLiteral("~/.ssh/known_hosts") : m_hostKey.knownHostsFile;
    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        const QString keygenTarget = m_hostKey.port == 22
                                         ? m_hostKey.host
                                         : QStringLiteral("[%1]:%2").arg(m_hostKey.host).arg(m_hostKey.port);
        return RemoteError(
            RemoteError::Kind::HostKeyChanged,
            tr("WARNING: the identity (host key) of %1 has CHANGED since it was saved in %2. "
               "Someone may be intercepting the connection (a man-in-the-middle attack), or the "
               "server was reinstalled. Gateway Doctor will not connect. If you know why the key "
               "changed, remove the old key with \"ssh-keygen -R %3\" and connect again. "
               "New key: %4 %5.")
                .arg(m_hostKey.host, fileHint, keygenTarget, m_hostKey.type, m_hostKey.fingerprint));
    }
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        return acceptUnknownKey(s);
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return RemoteError(RemoteError::Kind::ProtocolError,
                       tr("Could not read the known_hosts file %1.").arg(fileHint), sshError(s));
}

RemoteError SshConnector::readServerKey(ssh_session s)
{
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(s, &rawKey) != SSH_OK)
        return RemoteError(RemoteError::Kind::ProtocolError, tr("The server sent no host key."));
    ssh::Key key(rawKey);
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) != SSH_OK)
        return RemoteError(RemoteError::Kind::ProtocolError,
                           tr("Could not compute the host key fingerprint."));
    ssh::CString fingerprint(ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength));
    ssh_clean_pubkey_hash(&hash);
    m_hostKey.fingerprint = latin1Text(fingerprint.get());
    m_hostKey.type = latin1Text(ssh_key_type_to_char(ssh_key_type(key.get())));
    return {};
}

RemoteError SshConnector::acceptUnknownKey(ssh_session s)
{
    const HostKeyPolicy &policy = m_credentials.hostKeyPolicy;
    const bool accepted = policy.unknown == HostKeyPolicy::Unknown::AcceptAny ||
                          (policy.unknown == HostKeyPolicy::Unknown::AcceptFingerprint &&
                           policy.fingerprint == m_hostKey.fingerprint);
    if (!accepted)
        return RemoteError(RemoteError::Kind::HostKeyUnknown,
                           tr("This is the first connection to %1: its identity cannot be verified yet. "
                              "Its host key fingerprint is %2 (%3). Compare it with the one your server "
                              "administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the "
                              "server) before trusting it.")
                               .arg(m_hostKey.host, m_hostKey.fingerprint, m_hostKey.type));
    if (policy.save) {
        if (!m_hostKey.knownHostsFile.isEmpty())
            QDir().mkpath(QFileInfo(m_hostKey.knownHostsFile).absolutePath());
        if (ssh_session_update_known_hosts(s) != SSH_OK)
            qCWarning(lcSsh) << "could not save the host key:" << ssh_get_error(s);
    }
    return {};
}

int SshConnector::onAuthPrompt(const char *, char *buffer, size_t length, int, int, void *user)
{
    auto *self = static_cast<SshConnector *>(user);
    self->m_passphraseAsked = true;
    const QByteArray &passphrase = self->m_credentials.passphrase.bytes();
    if (passphrase.isEmpty() || size_t(passphrase.size()) >= length)
        return -1;
    std::memcpy(buffer, passphrase.constData(), size_t(passphrase.size()));
    buffer[passphrase.size()] = '\0';
    return 0;
}

// None, then the key file we were given, then the agent and the default keys, then
// keyboard-interactive and password with the password we were given.
RemoteError SshConnector::authenticate(ssh_session s)
{
    m_callbacks = {};
    m_callbacks.userdata = this;
    m_callbacks.auth_function = &SshConnector::onAuthPrompt;
    ssh_callbacks_init(&m_callbacks);
    ssh_set_callbacks(s, &m_callbacks);

    int rc = ssh_userauth_none(s, nullptr);
    const int methods = ssh_userauth_list(s, nullptr);
    const QByteArray &password = m_credentials.password.bytes();
    if (rc != SSH_AUTH_SUCCESS && (methods & SSH_AUTH_METHOD_PUBLICKEY) && !m_target.identityFile.isEmpty()) {
        RemoteError fatal;
        rc = tryIdentityFile(s, &fatal);
        if (fatal)
            return fatal;
    }
    if (rc != SSH_AUTH_SUCCESS && (methods & SSH_AUTH_METHOD_PUBLICKEY) && !m_target.identitiesOnly) {
        const QByteArray &passphrase = m_credentials.passphrase.bytes();
        rc = ssh_userauth_publickey_auto(s, nullptr, passphrase.isEmpty() ? nullptr : passphrase.constData());
    }
    if (rc != SSH_AUTH_SUCCESS && (methods & SSH_AUTH_METHOD_INTERACTIVE) && !password.isEmpty())
        rc = tryKeyboardInteractive(s);
    if (rc != SSH_AUTH_SUCCESS && (methods & SSH_AUTH_METHOD_PASSWORD) && !password.isEmpty())
        rc = ssh_userauth_password(s, nullptr, password.constData());

    char *userRaw = nullptr;
    if (ssh_options_get(s, SSH_OPTIONS_USER, &userRaw) == SSH_OK && userRaw) {
        m_user = utf8Text(userRaw);
        ssh_string_free_char(userRaw);
    }
    // The prompt callback points at this connector, which the session outlives.
    static ssh_callbacks_struct none = [] {
        ssh_callbacks_struct callbacks{};
        ssh_callbacks_init(&callbacks);
        return callbacks;
    }();
    ssh_set_callbacks(s, &none);
    if (rc == SSH_AUTH_ERROR)
        return RemoteError(RemoteError::Kind::Disconnected, tr("The connection was lost during login."),
                           sshError(s));
    if (rc != SSH_AUTH_SUCCESS)
        return authFailure(methods);
    return {};
}

int SshConnector::tryIdentityFile(ssh_session s, RemoteError *fatal)
{
    const QByteArray path = QFile::encodeName(m_target.identityFile);
    const QByteArray &passphrase = m_credentials.passphrase.bytes();
    ssh_key rawKey = nullptr;
    const int imported = ssh_pki_import_privkey_file(
        path.constData(), passphrase.isEmpty() ? nullptr : passphrase.constData(), nullptr, nullptr, &rawKey);
    ssh::Key key(rawKey);
    if (imported == SSH_EOF) {
        m_identityUnreadable = true;
        return SSH_AUTH_DENIED;
    }
    if (imported != SSH_OK) {
        *fatal = RemoteError(RemoteError::Kind::NeedsPassphrase,
                             passphrase.isEmpty()
                                 ? tr("The key %1 is protected by a passphrase. Enter it to continue.")
                                       .arg(m_target.identityFile)
                                 : tr("The passphrase for the key %1 is wrong.").arg(m_target.identityFile));
        return SSH_AUTH_DENIED;
    }
    const int rc = ssh_userauth_publickey(s, nullptr, key.get());
    m_keyRejected = rc == SSH_AUTH_DENIED;
    return rc;
}

int SshConnector::tryKeyboardInteractive(ssh_session s)
{
    int rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    for (int round = 0; rc == SSH_AUTH_INFO && round < 5; ++round) {
        const int prompts = ssh_userauth_kbdint_getnprompts(s);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            const QString prompt = utf8Text(ssh_userauth_kbdint_getprompt(s, unsigned(i), &echo));
            // Only a password question is answered; anything else (OTP) cannot be.
            const bool asksPassword = !echo && prompt.contains(QLatin1String("assword"), Qt::CaseInsensitive);
            ssh_userauth_kbdint_setanswer(s, unsigned(i),
                                          asksPassword ? m_credentials.password.bytes().constData() : "");
        }
        rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    }
    return rc;
}

RemoteError SshConnector::authFailure(int methods) const
{
    using K = RemoteError::Kind;
    const bool passwordOffered = methods & (SSH_AUTH_METHOD_PASSWORD | SSH_AUTH_METHOD_INTERACTIVE);
    const bool noPassword = m_credentials.password.isEmpty();
    if (m_identityUnreadable)
        return RemoteError(K::AuthFailed,
                           tr("The key file %1 could not be read.").arg(m_target.identityFile));
    if (noPassword && passwordOffered && !m_keyRejected)
        return RemoteError(K::NeedsPassword,
                           tr("%1 asks for the password of %2.").arg(m_hostKey.host, m_user));
    if (noPassword && m_passphraseAsked)
        return RemoteError(K::NeedsPassphrase,
                           tr("Your SSH key is protected by a passphrase. Enter it to continue."));
    if (!noPassword)
        return RemoteError(K::AuthFailed,
                           tr("%1 did not accept the password for %2.").arg(m_hostKey.host, m_user));
    if (m_keyRejected)
        return RemoteError(K::AuthFailed,
                           tr("%1 did not accept the key %2 for user %3. Check that its public key is in "
                              "~%3/.ssh/authorized_keys on the server%4.")
                               .arg(m_hostKey.host, m_target.identityFile, m_user,
                                    passwordOffered ? tr(", or log in with a password") : QString()));
    return RemoteError(K::AuthFailed,
                       tr("%1 did not accept any of your SSH keys for user %2.").arg(m_hostKey.host, m_user));
}

} // namespace gd
