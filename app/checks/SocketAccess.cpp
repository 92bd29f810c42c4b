#include "app/checks/SocketAccess.h"

#include "app/checks/UnixPermissions.h"
#include "app/facts/PhpFpmPoolFiles.h"
#include "remote/ByteText.h"

namespace gd {

namespace {

// The text of line `line` of `file` as php-fpm's pool files were read.
QString poolFileLine(const Facts &facts, const QString &file, int line)
{
    for (const auto &[path, text] : phpFpmPoolFiles(facts.phpFpmPools.stdOut)) {
        if (path == file)
            return text.section(QLatin1Char('\n'), line - 1, line - 1);
    }
    return {};
}

} // namespace

QString SocketAccess::workerGroup(const ParsedFacts &parsed)
{
    // Debian's www-data user has a www-data group; else the first group id names.
    if (parsed.workerGroups.contains(parsed.workerUser))
        return parsed.workerUser;
    return parsed.workerGroups.value(0, parsed.workerUser);
}

SocketAccess::Verdict SocketAccess::judge(const Facts &facts, const ParsedFacts &parsed,
                                          const CommandResult &stat)
{
    Verdict v;
    const QString &user = parsed.workerUser;
    const QStringList lines = localText(stat.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char('|'));
        if (f.size() < 5) {
            if (i == 0)
                v.socketExists = false;
            break;
        }
        bool ok = false;
        const uint mode = f[3].toUInt(&ok, 8);
        if (!ok)
            continue;
        const bool isSocket = i == 0;
        if (UnixPermissions::permits(user, parsed.workerGroups, f[1], f[2], mode,
                                     isSocket ? UnixPermissions::Write : UnixPermissions::Search))
            continue;
        Blocker b{f[0], f[1], f[2], f[3], isSocket, lines[i], QString()};
        b.problem = isSocket
                        ? tr("%1 belongs to %2:%3 with mode %4: %5 may not write to it, and connecting to a "
                             "unix socket needs write permission.")
                              .arg(b.path, b.owner, b.group, b.mode, user)
                        : tr("the directory %1 (%2:%3, mode %4) does not let %5 through (it needs x).")
                              .arg(b.path, b.owner, b.group, b.mode, user);
        v.blockers << b;
    }
    // From / down: the order a person fixes them in.
    for (auto it = v.blockers.crbegin(); it != v.blockers.crend(); ++it) {
        if (it->isSocket) {
            socketActions(facts, parsed, *it, v);
            continue;
        }
        const bool inGroup = parsed.workerGroups.contains(it->group);
        v.actions << FixAction::command(
            {QStringLiteral("chmod"), inGroup ? QStringLiteral("g+x") : QStringLiteral("o+x"),
             QStringLiteral("--"), it->path},
            true, FixAction::Host::Upstream, tr("let %1 pass through %2").arg(user, it->path));
    }
    return v;
}

void SocketAccess::socketActions(const Facts &facts, const ParsedFacts &parsed, const Blocker &b, Verdict &v)
{
    const QString group = workerGroup(parsed);
    // A PHP-FPM pool makes its socket anew at every start: its listen.* lines decide.
    for (const PhpFpmPool &pool : parsed.pools.pools()) {
        if (pool.listen() != b.path)
            continue;
        const QList<std::pair<QString, QString>> wanted{
            {QStringLiteral("listen.group"), group}, {QStringLiteral("listen.mode"), QStringLiteral("0660")}};
        for (const auto &[key, value] : wanted) {
            const std::optional<PhpFpmValue> set = pool.value(key);
            const QString line = set ? poolFileLine(facts, set->file, set->line) : QString();
            if (set && !line.isEmpty())
                v.actions << FixAction::edit(
                    set->file, set->line, line, key + QStringLiteral(" = ") + value,
                    tr("PHP-FPM creates the socket for group %1, writable by it").arg(group));
            else if (const QString header = poolFileLine(facts, pool.file, pool.line); !header.isEmpty())
                v.actions << FixAction::edit(
                    pool.file, pool.line, header,
                    header + QLatin1Char('\n') + key + QStringLiteral(" = ") + value,
                    tr("PHP-FPM creates the socket for group %1, writable by it").arg(group));
        }
        v.remedy = tr("Make PHP-FPM pool %1 create its socket for nginx's group: listen.group = %2 and "
                      "listen.mode = 0660, then restart PHP-FPM.")
                       .arg(pool.name, group);
        return;
    }
    v.actions << FixAction::command({QStringLiteral("chgrp"), QStringLiteral("--"), group, b.path}, true,
                                    FixAction::Host::Upstream,
                                    tr("give the socket nginx's group, %1").arg(group))
              << FixAction::command(
                     {QStringLiteral("chmod"), QStringLiteral("g+rw"), QStringLiteral("--"), b.path}, true,
                     FixAction::Host::Upstream, tr("let that group write to the socket"));
    v.remedy =
        tr("Give the socket nginx's group (%1) and group write permission. The application makes the "
           "socket anew when it restarts: set the same there (its socket group and umask), or this comes "
           "back.")
            .arg(group);
}

} // namespace gd
