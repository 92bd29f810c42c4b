#pragma once

// Internal to remote/: opening an SSH session, in the I/O thread.

#include "remote/Result.h"
#include "remote/SshHandles.h"
#include "remote/SshTarget.h"

#include <libssh/callbacks.h>

namespace gd {

// Opens and authenticates one libssh session, in blocking mode, in four steps:
// options (each one checked), connect, host key (ours to decide, whatever the ssh
// config says) and authentication (key file, agent and default keys,
// keyboard-interactive, password). Errors are worded for a junior admin.
class SshConnector
{
    Q_DECLARE_TR_FUNCTIONS(SshConnector)
public:
    SshConnector(const SshTarget &target, SshCredentials &credentials);
    ~SshConnector();
    SshConnector(const SshConnector &) = delete;
    SshConnector &operator=(const SshConnector &) = delete;

    // The session, logged in. Secrets in the credentials are wiped either way.
    Result<ssh::Session> open();
    // The host key as seen (also after a failure: the trust dialog needs it).
    const SshHostKey &hostKey() const { return m_hostKey; }
    // The user we logged in as (from the target or the ssh config).
    const QString &user() const { return m_user; }

private:
    RemoteError applyOptions(ssh_session s);
    RemoteError applyExplicitOptions(ssh_session s);
    void readResolvedTarget(ssh_session s);
    RemoteError connectSocket(ssh_session s);
    RemoteError connectError(const QString &error) const;
    RemoteError verifyHostKey(ssh_session s);
    RemoteError readServerKey(ssh_session s);
    RemoteError acceptUnknownKey(ssh_session s);
    RemoteError authenticate(ssh_session s);
    int tryIdentityFile(ssh_session s, RemoteError *fatal);
    int tryKeyboardInteractive(ssh_session s);
    RemoteError authFailure(int methods) const;
    void wipeSecrets();

    static int onAuthPrompt(const char *prompt, char *buffer, size_t length, int echo, int verify,
                            void *user);

    const SshTarget &m_target;
    SshCredentials &m_credentials;
    SshHostKey m_hostKey;
    QString m_user;
    ssh_callbacks_struct m_callbacks{};
    bool m_passphraseAsked = false;
    bool m_keyRejected = false;
    bool m_identityUnreadable = false;
};

} // namespace gd
