#pragma once

#include "tests/lab/LabDir.h"
#include "tests/lab/LabProcess.h"
#include "tests/lab/LabStatus.h"

#include <QString>
#include <QStringList>

namespace gd::lab {

// A real OpenSSH server (/usr/sbin/sshd -D) on 127.0.0.1:<free port>, the way
// pylibssh's and libssh's own test suites do it: temporary ed25519 host key, its own
// sshd_config, one absolute AuthorizedKeysFile for every user, log to a file.
//
// Keys the lab creates (all ed25519):
//   clientKeyPath()      authorized, no passphrase
//   passphraseKeyPath()  authorized, protected by passphrase()
//   wrongKeyPath()       valid key, not authorized
// Password and keyboard-interactive logins go through PAM (UsePAM yes), which is how
// Debian's sshd checks passwords; see LabUsers for accounts with known passwords.
class LabSshd
{
public:
    struct Options
    {
        // sshd's password check on Debian is PAM; without PAM sshd reads /etc/shadow
        // itself and keyboard-interactive is not offered at all.
        bool usePam = true;
        // Extra sshd_config lines, written *before* the lab's own: sshd keeps the first
        // value it reads for a keyword, so these override the lab's defaults.
        QStringList extraConfig;
        // Where it listens: another address (inside a LabNetns) and a fixed port
        // (0: a free one), run through `wrapper` (argv prefix, e.g. LabNetns::exec()).
        QString listenAddress = QStringLiteral("127.0.0.1");
        quint16 port = 0;
        QStringList wrapper;
    };

    LabSshd();
    ~LabSshd();
    LabSshd(const LabSshd &) = delete;
    LabSshd &operator=(const LabSshd &) = delete;

    LabStatus start();
    LabStatus start(const Options &options);
    // Graceful stop (SIGTERM); sessions still open are killed with it.
    LabStatus stop();
    // SIGKILL to the listener and to every per-connection child at once: the server
    // vanishes mid-session. (sshd's per-connection processes call setsid(), so neither
    // a process group nor killing the listener alone would reach them.)
    LabStatus kill();
    // Same port, same keys; for "the server came back" tests.
    LabStatus restart();
    // The network drops: every per-connection sshd process is SIGKILLed, the listener
    // stays. What the sessions started in the background (setsid) lives on, as on a
    // real server; kill() instead takes every descendant with it.
    LabStatus dropConnections();
    // New host key, then restart on the same port: clients with the old known_hosts
    // entry must now see a changed key.
    LabStatus rotateHostKey();

    QString host() const { return m_options.listenAddress; }
    quint16 port() const { return m_port; }
    bool isRunning();
    // The listening sshd; per-connection processes are its descendants.
    qint64 pid() const { return m_process.pid(); }
    LabProcess &process() { return m_process; }

    QString clientKeyPath() const;
    QString clientPublicKey() const;
    QString wrongKeyPath() const;
    QString passphraseKeyPath() const;
    static QString passphrase() { return QStringLiteral("gd-lab passphrase 42"); }

    QString hostKeyPath() const;
    // "ssh-ed25519 AAAA..." without comment.
    QString hostPublicKey() const;
    // "SHA256:..." exactly as `ssh-keygen -lf` prints it.
    QString hostKeyFingerprintSha256() const;
    // "[127.0.0.1]:PORT ssh-ed25519 AAAA..."
    QString knownHostsLine() const;
    LabStatus writeKnownHosts(const QString &path) const;
    // A known_hosts file the lab keeps current (rewritten on start and rotation).
    QString knownHostsPath() const;

    QString configPath() const;
    QString logPath() const;
    QString logText() const;
    QString dirPath() const { return m_dir.path(); }

    // OpenSSH client argv (program first) that logs in as user with the given key and
    // the lab's known_hosts file, strictly, never prompting.
    QStringList sshCommand(const QString &user, const QString &remoteCommand,
                           const QString &keyPath = QString()) const;

private:
    LabStatus makeKeys();
    LabStatus makeKey(const QString &name, const QString &passphrase) const;
    LabStatus writeConfig();
    LabStatus launch();

    LabDir m_dir;
    LabProcess m_process;
    Options m_options;
    quint16 m_port = 0;
    bool m_keysMade = false;
};

} // namespace gd::lab
