#pragma once

#include "app/probes/ProbeOutput.h"
#include "app/probes/ProbeResult.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

// The properties of one unit from `systemctl show -p ...` (key=value lines).
struct SystemdUnit
{
    QString id;
    QStringList names;
    QString loadState;   // loaded, not-found, masked, error
    QString activeState; // active, inactive, failed, activating, deactivating, reloading
    QString subState;    // running, dead, failed, auto-restart, exited, start, ...
    qint64 mainPid = 0;
    std::optional<int> nRestarts;      // absent on systemd < 235
    std::optional<int> execMainStatus; // exit status, or signal number when killed
    std::optional<int> execMainCode;   // 1 exited, 2 killed, 3 dumped core (CLD_*)
    QString result; // success, exit-code, signal, core-dump, oom-kill, timeout, watchdog, start-limit-hit
    QString execMainStartTimestamp;
    std::optional<quint64> memoryCurrent; // bytes; absent when "[not set]" or accounting is off
    std::optional<quint64> memoryMax;     // absent when "infinity"
    QString restart;                      // no, on-failure, always, ...
    QString fragmentPath;
    QMap<QString, QString> properties; // every key as printed, for evidence

    bool exists() const { return !loadState.isEmpty() && loadState != QLatin1String("not-found"); }
    bool isRunning() const
    {
        return activeState == QLatin1String("active") && subState == QLatin1String("running");
    }
    bool hasFailed() const;
    // Restarting again and again: waiting in auto-restart, given up (start-limit-hit),
    // or restarted at least `threshold` times with a failing last result.
    bool isCrashLooping(int threshold = 3) const;
    // "exited with status 1", "killed by signal 9 (SIGKILL)", "dumped core (signal 11, SIGSEGV)"; empty if
    // unknown.
    QString lastExit() const;
};

// A line of `systemctl list-units --type=service --no-legend --plain`.
struct ListedUnit
{
    QString unit;
    QString load;
    QString active;
    QString sub;
    QString description;
};

// systemctl show / list-units: argv and parsers, including machines without systemd.
class SystemdUnitState
{
    Q_DECLARE_TR_FUNCTIONS(SystemdUnitState)
public:
    // The properties the checks need; fixed so the parser knows every key it reads.
    static QStringList showProperties();
    // Empty when `unit` is not a plausible unit name (we never pass options through).
    static QStringList showCommand(const QString &unit);
    static QStringList listUnitsCommand();
    static bool isValidUnitName(const QString &unit);

    // Errors: NoSystemd ("System has not been booted with systemd", "Failed to connect
    // to bus"), CommandMissing (exit 127), Binary, Empty, Malformed.
    static ProbeResult<SystemdUnit> parseShow(const ProbeOutput &output);
    static ProbeResult<QList<ListedUnit>> parseListUnits(const ProbeOutput &output);
    // Units that can be the service behind an upstream: php*-fpm, gunicorn*, uwsgi*,
    // plus any whose name contains one of `appNames`.
    static QList<ListedUnit> candidateUnits(const QList<ListedUnit> &units, const QStringList &appNames = {});

    // Shared by every systemctl call: the machine has no usable systemd.
    static std::optional<ProbeError> noSystemd(const ProbeOutput &output);
};

} // namespace gd
