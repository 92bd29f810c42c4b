#pragma once

#include "app/fixes/FixError.h"
#include "remote/Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace gd {

class Machine;

// The server-side safety net of an edit: before a reload, a detached process on the
// target waits N seconds and then restores the backup and reloads nginx by itself,
// unless we disarm it first. It is what saves a remote server when the connection
// drops between "new config live" and "confirmed good": nothing on our side can act
// then. It needs only sh, setsid, sleep, cp and mv (no systemd, no at/cron), runs in
// its own session (an SSH hang-up does not reach it) and claims the job with an atomic
// rename of its token file, so a late disarm and a firing guard can never both win.
class RollbackGuard : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Disarmed,
        AlreadyFired
    };

    explicit RollbackGuard(Machine *machine, QObject *parent = nullptr);

    // file: the real (symlink-resolved) config file; backup: its byte-identical copy.
    void arm(const QString &file, const QString &backup, int seconds, const QStringList &reloadArgv,
             std::function<void(const FixError &)> done);
    void disarm(std::function<void(const Result<Outcome, FixError> &)> done);

    bool isArmed() const { return !m_token.isEmpty(); }
    QString token() const { return m_token; }
    qint64 pid() const { return m_pid; }

    // The two constant scripts, public so tests can run them on their own.
    static QStringList armArgv(const QString &file, const QString &backup, int seconds,
                               const QStringList &reloadArgv);
    static QStringList disarmArgv(const QString &token, qint64 pid);

private:
    QPointer<Machine> m_machine;
    QString m_token;
    qint64 m_pid = 0;
};

} // namespace gd
