#include "app/probes/SystemdUnitState.h"

#include "app/probes/ProbeText.h"
#include "remote/ByteText.h"

#include <QRegularExpression>

#include <limits>

namespace gd {

namespace {

const QString kSystemctl = QStringLiteral("systemctl");

std::optional<int> toInt(const QString &v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

std::optional<quint64> toBytes(const QString &v)
{
    bool ok = false;
    const quint64 n = v.toULongLong(&ok);
    // 2^64-1 is systemd's "no value" in older versions that print raw numbers.
    if (!ok || n == std::numeric_limits<quint64>::max())
        return std::nullopt;
    return n;
}

QString signalName(int sig)
{
    switch (sig) {
    case 1:
        return QStringLiteral("SIGHUP");
    case 2:
        return QStringLiteral("SIGINT");
    case 6:
        return QStringLiteral("SIGABRT");
    case 9:
        return QStringLiteral("SIGKILL");
    case 11:
        return QStringLiteral("SIGSEGV");
    case 15:
        return QStringLiteral("SIGTERM");
    default:
        return {};
    }
}

} // namespace

bool SystemdUnit::hasFailed() const
{
    return activeState == QLatin1String("failed") ||
           (!result.isEmpty() && result != QLatin1String("success"));
}

bool SystemdUnit::isCrashLooping(int threshold) const
{
    if (subState == QLatin1String("auto-restart") || result == QLatin1String("start-limit-hit"))
        return true;
    return nRestarts.value_or(0) >= threshold && !result.isEmpty() && result != QLatin1String("success");
}

QString SystemdUnit::lastExit() const
{
    if (!execMainCode || !execMainStatus || *execMainCode == 0)
        return {};
    const int status = *execMainStatus;
    const QString sig = signalName(status);
    switch (*execMainCode) {
    case 1:
        return SystemdUnitState::tr("exited with status %1").arg(status);
    case 2:
        return sig.isEmpty() ? SystemdUnitState::tr("killed by signal %1").arg(status)
                             : SystemdUnitState::tr("killed by signal %1 (%2)").arg(status).arg(sig);
    case 3:
        return sig.isEmpty() ? SystemdUnitState::tr("dumped core (signal %1)").arg(status)
                             : SystemdUnitState::tr("dumped core (signal %1, %2)").arg(status).arg(sig);
    default:
        return {};
    }
}

QStringList SystemdUnitState::showProperties()
{
    return {QStringLiteral("Id"),
            QStringLiteral("Names"),
            QStringLiteral("LoadState"),
            QStringLiteral("ActiveState"),
            QStringLiteral("SubState"),
            QStringLiteral("MainPID"),
            QStringLiteral("NRestarts"),
            QStringLiteral("ExecMainStatus"),
            QStringLiteral("ExecMainCode"),
            QStringLiteral("Result"),
            QStringLiteral("ExecMainStartTimestamp"),
            QStringLiteral("MemoryCurrent"),
            QStringLiteral("MemoryMax"),
            QStringLiteral("Restart"),
            QStringLiteral("FragmentPath")};
}

bool SystemdUnitState::isValidUnitName(const QString &unit)
{
    // systemd's unit name alphabet, plus '@' for instances; no leading '-' so the
    // name can never be read as an option.
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9:_.@\\\\][A-Za-z0-9:_.@\\\\-]{0,254}$"));
    return shape.match(unit).hasMatch();
}

QStringList SystemdUnitState::showCommand(const QString &unit)
{
    if (!isValidUnitName(unit))
        return {};
    return {kSystemctl,
            QStringLiteral("show"),
            QStringLiteral("--no-pager"),
            QStringLiteral("-p"),
            showProperties().join(QLatin1Char(',')),
            QStringLiteral("--"),
            unit};
}

QStringList SystemdUnitState::listUnitsCommand()
{
    return {kSystemctl,
            QStringLiteral("list-units"),
            QStringLiteral("--type=service"),
            QStringLiteral("--all"),
            QStringLiteral("--no-legend"),
            QStringLiteral("--plain"),
            QStringLiteral("--no-pager")};
}

std::optional<ProbeError> SystemdUnitState::noSystemd(const ProbeOutput &output)
{
    if (ProbeText::commandNotFound(output, kSystemctl))
        return ProbeError::commandMissing(kSystemctl, ProbeText::firstLine(output.stdErr));
    const QString err = utf8Text(output.stdErr);
    if (err.contains(QLatin1String("has not been booted with systemd")) ||
        err.contains(QLatin1String("Failed to connect to bus")) ||
        err.contains(QLatin1String("Failed to get D-Bus connection"))) {
        return ProbeError(ProbeError::Kind::NoSystemd,
                          tr("systemd is not running on that machine (typical for containers); "
                             "services are checked through their processes instead."),
                          ProbeText::firstLine(output.stdErr));
    }
    return std::nullopt;
}

ProbeResult<SystemdUnit> SystemdUnitState::parseShow(const ProbeOutput &output)
{
    if (auto e = noSystemd(output))
        return *e;
    if (ProbeText::looksBinary(output.stdOut))
        return ProbeError::binary(kSystemctl);
    SystemdUnit u;
    int keys = 0;
    for (const QString &line : ProbeText::lines(output.stdOut)) {
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq);
        if (key.contains(QLatin1Char(' ')))
            continue;
        // The first unit wins when several were asked for (blocks separated by blank lines).
        if (u.properties.contains(key))
            continue;
        u.properties.insert(key, line.mid(eq + 1));
        ++keys;
    }
    if (keys == 0) {
        if (output.stdOut.trimmed().isEmpty())
            return output.exitCode != 0
                       ? ProbeError(ProbeError::Kind::Unsupported,
                                    tr("systemctl failed (exit code %1).").arg(output.exitCode),
                                    ProbeText::firstLine(output.stdErr))
                       : ProbeError::empty(kSystemctl);
        return ProbeError::malformed(kSystemctl, ProbeText::firstLine(output.stdOut));
    }
    const auto &p = u.properties;
    u.id = p.value(QStringLiteral("Id"));
    u.names = p.value(QStringLiteral("Names")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    u.loadState = p.value(QStringLiteral("LoadState"));
    u.activeState = p.value(QStringLiteral("ActiveState"));
    u.subState = p.value(QStringLiteral("SubState"));
    u.mainPid = p.value(QStringLiteral("MainPID")).toLongLong();
    if (p.contains(QStringLiteral("NRestarts")))
        u.nRestarts = toInt(p.value(QStringLiteral("NRestarts")));
    if (p.contains(QStringLiteral("ExecMainStatus")))
        u.execMainStatus = toInt(p.value(QStringLiteral("ExecMainStatus")));
    if (p.contains(QStringLiteral("ExecMainCode")))
        u.execMainCode = toInt(p.value(QStringLiteral("ExecMainCode")));
    u.result = p.value(QStringLiteral("Result"));
    u.execMainStartTimestamp = p.value(QStringLiteral("ExecMainStartTimestamp"));
    u.memoryCurrent = toBytes(p.value(QStringLiteral("MemoryCurrent")));
    u.memoryMax = toBytes(p.value(QStringLiteral("MemoryMax")));
    u.restart = p.value(QStringLiteral("Restart"));
    u.fragmentPath = p.value(QStringLiteral("FragmentPath"));
    return u;
}

ProbeResult<QList<ListedUnit>> SystemdUnitState::parseListUnits(const ProbeOutput &output)
{
    if (auto e = noSystemd(output))
        return *e;
    if (ProbeText::looksBinary(output.stdOut))
        return ProbeError::binary(kSystemctl);
    QList<ListedUnit> out;
    for (const QString &raw : ProbeText::lines(output.stdOut)) {
        QString line = raw.trimmed();
        // Without --plain a failed unit is marked with a leading bullet.
        if (line.startsWith(QChar(0x25CF)) || line.startsWith(QLatin1Char('*')))
            line = line.mid(1).trimmed();
        const QStringList f = ProbeText::fields(line);
        if (f.size() < 4 || !f.at(0).contains(QLatin1Char('.')))
            continue;
        ListedUnit u{f.at(0), f.at(1), f.at(2), f.at(3), f.mid(4).join(QLatin1Char(' '))};
        out.append(u);
    }
    if (out.isEmpty() && !output.stdOut.trimmed().isEmpty())
        return ProbeError::malformed(kSystemctl, ProbeText::firstLine(output.stdOut));
    return out;
}

QList<ListedUnit> SystemdUnitState::candidateUnits(const QList<ListedUnit> &units,
                                                   const QStringList &appNames)
{
    static const QRegularExpression known(
        QStringLiteral("^(php[0-9.]*-fpm|gunicorn|uwsgi|puma|unicorn|node|pm2)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<ListedUnit> out;
    for (const ListedUnit &u : units) {
        bool match = known.match(u.unit).hasMatch();
        for (const QString &name : appNames)
            match = match || (!name.isEmpty() && u.unit.contains(name, Qt::CaseInsensitive));
        if (match)
            out.append(u);
    }
    return out;
}

} // namespace gd
