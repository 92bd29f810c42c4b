#pragma once

#include "remote/CommandJob.h"
#include "remote/CommandResult.h"
#include "remote/CommandSpec.h"
#include "remote/SecretBytes.h"

#include <QObject>
#include <QString>

#include <functional>

namespace gd {

class ProcessChannel;

// A machine we diagnose: this computer or a server over SSH. Everything is
// asynchronous; results come back as values through CommandJob. Subclasses only
// start raw processes; running as root, timeouts and cancellation live here so
// that both transports behave the same.
class Machine : public QObject
{
    Q_OBJECT
public:
    explicit Machine(QObject *parent = nullptr);
    ~Machine() override;

    // "this computer" or "user@host:port", for the UI and reports.
    virtual QString displayName() const = 0;
    virtual bool isLocal() const = 0;
    // False for an SSH machine that is not (or no longer) connected.
    virtual bool isReady() const = 0;
    // Whether commands run as root already (uid 0); valid once ready.
    virtual bool isRoot() const = 0;

    // Starts `spec` and returns its job (auto-deleting after finished()).
    CommandJob *run(const CommandSpec &spec);
    // Same, delivering the result to `callback` in `context`'s thread; dropped when
    // `context` is destroyed first.
    void run(const CommandSpec &spec, QObject *context, std::function<void(const CommandResult &)> callback);
    // Blocks in a local event loop: CLI and tests only, never the GUI thread.
    CommandResult runAndWait(const CommandSpec &spec);

    // The password typed by the user for sudo. Kept only in memory, wiped when
    // replaced, cleared or when sudo rejects it. Never logged, never in argv.
    void setSudoPassword(const QByteArray &password);
    void clearSudoPassword();
    bool hasSudoPassword() const { return !m_sudoPassword.isEmpty(); }

signals:
    // Every finished command (for the transcript). Never carries secrets.
    void commandFinished(const gd::CommandResult &result);

protected:
    friend class CommandJob;
    // Starts argv as one raw process. argv[0] is a program name or path; the
    // implementation must not interpret any element through a shell. longRunning:
    // a stream or a command without timeout, which may hold its process for long.
    virtual ProcessChannel *startProcess(const QStringList &argv, bool longRunning) = 0;
    // The stored sudo password (empty if none).
    const QByteArray &sudoPassword() const { return m_sudoPassword.bytes(); }

private:
    SecretBytes m_sudoPassword;
};

} // namespace gd
