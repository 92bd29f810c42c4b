#pragma once

#include "remote/Result.h"
#include "remote/SecretBytes.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace gd {

// Where and how to reach a server. Host may be a ~/.ssh/config alias; values left
// empty/0 come from the ssh config, then from OpenSSH's defaults.
struct SshTarget
{
    QString host;
    int port = 0;
    QString user;
    QString identityFile;         // tried first; with identitiesOnly, the only key
    bool identitiesOnly = false;  // skip the agent and default keys (tests, CI)
    QString knownHostsFile;       // empty: ~/.ssh/known_hosts
    QString globalKnownHostsFile; // empty: /etc/ssh/ssh_known_hosts
    bool useSshConfig = true;
    QString sshConfigFile; // empty: ~/.ssh/config
    int connectTimeoutSec = 10;
    int keepaliveSec = 15;
    // Long-lived shells that run the commands (each logs in once); 0 runs every
    // command on a channel of its own, paying the login shell each time.
    int persistentShells = 4;
    // How long a login shell may take for its rc files before we give up on it.
    int shellStartTimeoutSec = 10;

    // Parses "[user@]host[:port]" and "[user@][v6addr]:port".
    static Result<SshTarget> parse(const QString &spec);
    // "user@host:port" as far as known, for display.
    QString displayName() const;
};

// The server's host key as we saw it.
struct SshHostKey
{
    QString host;
    int port = 22;
    QString type;        // "ssh-ed25519"
    QString fingerprint; // "SHA256:..." as ssh-keygen -l prints it
    QString knownHostsFile;
};

// What to do with a host key that is not in known_hosts yet. A changed key is
// always refused: there is deliberately no option to accept it.
struct HostKeyPolicy
{
    enum class Unknown
    {
        Refuse,            // report HostKeyUnknown with the fingerprint (ask the user)
        AcceptFingerprint, // the user confirmed exactly this fingerprint
        AcceptAny,         // --accept-new-host-key: trust on first use
    };
    Unknown unknown = Unknown::Refuse;
    QString fingerprint; // for AcceptFingerprint
    bool save = true;    // add the accepted key to known_hosts ("trust always")
};

// Secrets typed by the user. Wiped by the SSH worker once used.
struct SshCredentials
{
    SecretBytes password;   // for password and keyboard-interactive auth
    SecretBytes passphrase; // for the private key files
    HostKeyPolicy hostKeyPolicy;
};

} // namespace gd

Q_DECLARE_METATYPE(gd::SshHostKey)
