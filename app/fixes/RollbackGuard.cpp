#include "app/fixes/RollbackGuard.h"

#include "remote/ByteText.h"
#include "remote/Machine.h"

namespace gd {

namespace {

// Runs in the guard's own session. After the delay: claim the token by renaming it
// (fails when disarmed), copy the backup to a dotfile next to the config (no include
// glob takes it), rename it over the config (atomic; cp -p kept owner and mode), then
// reload with the argv we were given.
const QString kGuardBody = QStringLiteral("sleep \"$4\"; "
                                          "mv -f -- \"$1\" \"$1.fired\" 2>/dev/null || exit 0; "
                                          "tmp=\"$(dirname -- \"$2\")/.gd-restore.$$\"; "
                                          "cp -p -- \"$3\" \"$tmp\" && mv -f -- \"$tmp\" \"$2\"; "
                                          "shift 4; \"$@\"");

const QString kArmScript =
    QStringLiteral("set -u; "
                   "[ -f \"$2\" ] || { echo \"$2: the backup is missing\" >&2; exit 40; }; "
                   "token=$(mktemp \"${TMPDIR:-/tmp}/gd-guard.XXXXXXXX\") || exit 41; "
                   "file=$1; backup=$2; secs=$3; shift 3; "
                   "setsid sh -c '%1' gd-guard \"$token\" \"$file\" \"$backup\" \"$secs\" \"$@\" </dev/null "
                   ">/dev/null 2>&1 & "
                   "printf 'GDGUARD:%s:%s\\n' \"$token\" \"$!\"");

// Disarmed when we could remove the token (then stop the sleeping guard's group);
// fired when the guard renamed it first. Right after arming, the guard may not have
// called setsid() yet, so its group does not exist: then the process itself is
// stopped (and its group once more, in case it became one in between). Without the
// token it would never restore anything, but it would sleep out its delay.
const QString kDisarmScript = QStringLiteral(
    "if rm -- \"$1\" 2>/dev/null; then "
    "kill -- \"-$2\" 2>/dev/null || { kill -- \"$2\" 2>/dev/null; kill -- \"-$2\" 2>/dev/null; }; "
    "echo disarmed; "
    "elif [ -e \"$1.fired\" ]; then rm -f -- \"$1.fired\"; echo fired; "
    "else echo missing; fi");

} // namespace

RollbackGuard::RollbackGuard(Machine *machine, QObject *parent) : QObject(parent), m_machine(machine)
{
}

QStringList RollbackGuard::armArgv(const QString &file, const QString &backup, int seconds,
                                   const QStringList &reloadArgv)
{
    QString body = kGuardBody;
    // The guard body travels inside single quotes of the arm script: it has none itself.
    Q_ASSERT(!body.contains(QLatin1Char('\'')));
    return QStringList{QStringLiteral("/bin/sh"),
                       QStringLiteral("-c"),
                       kArmScript.arg(body),
                       QStringLiteral("gd-arm"),
                       file,
                       backup,
                       QString::number(seconds)} +
           reloadArgv;
}

QStringList RollbackGuard::disarmArgv(const QString &token, qint64 pid)
{
    return {
        QStringLiteral("/bin/sh"), QStringLiteral("-c"), kDisarmScript, QStringLiteral("gd-disarm"), token,
        QString::number(pid)};
}

void RollbackGuard::arm(const QString &file, const QString &backup, int seconds,
                        const QStringList &reloadArgv, std::function<void(const FixError &)> done)
{
    if (!m_machine) {
        done(FixError(FixError::Kind::ConnectionLost, tr("The connection to the machine is gone.")));
        return;
    }
    m_machine->run(
        CommandSpec::of(armArgv(file, backup, seconds, reloadArgv), 15000).asRoot(), this,
        [this, done](const CommandResult &r) {
            if (!r.ran()) {
                done(FixError::fromRemote(r.error, FixError::Kind::WriteFailed,
                                          tr("Could not arm the automatic rollback")));
                return;
            }
            const QString out = utf8Text(r.stdOut).trimmed();
            const QStringList parts = out.startsWith(QLatin1String("GDGUARD:"))
                                          ? out.mid(8).split(QLatin1Char(':'))
                                          : QStringList();
            if (r.exitCode != 0 || parts.size() != 2 || parts.at(1).toLongLong() <= 0) {
                done(FixError(
                    FixError::Kind::WriteFailed,
                    tr("Could not arm the automatic rollback: %1").arg(utf8Text(r.stdErr).trimmed())));
                return;
            }
            m_token = parts.at(0);
            m_pid = parts.at(1).toLongLong();
            done(FixError());
        });
}

void RollbackGuard::disarm(std::function<void(const Result<Outcome, FixError> &)> done)
{
    if (!isArmed()) {
        done(Outcome::Disarmed);
        return;
    }
    if (!m_machine) {
        done(FixError(FixError::Kind::ConnectionLost, tr("The connection to the machine is gone.")));
        return;
    }
    m_machine->run(CommandSpec::of(disarmArgv(m_token, m_pid), 15000).asRoot(), this,
                   [this, done](const CommandResult &r) {
                       if (!r.ran()) {
                           done(FixError::fromRemote(r.error, FixError::Kind::WriteFailed,
                                                     tr("Could not disarm the automatic rollback")));
                           return;
                       }
                       const QByteArray out = r.stdOut.trimmed();
                       m_token.clear();
                       if (out == "disarmed")
                           done(Outcome::Disarmed);
                       else if (out == "fired")
                           done(Outcome::AlreadyFired);
                       else
                           done(
                               FixError(FixError::Kind::WriteFailed,
                                        tr("The automatic rollback's token disappeared (someone removed %1).")
                                            .arg(utf8Text(out))));
                   });
}

} // namespace gd
