#include "app/fixes/BackupCatalog.h"

#include "remote/BackupName.h"
#include "remote/ByteText.h"
#include "remote/Machine.h"
#include "remote/WaitFor.h"

#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace gd {

namespace {

// For each config file: its real path, then every candidate next to it. The name
// test is ours (BackupName::isBackupOf), the glob only narrows the listing.
const QString kListScript =
    QStringLiteral("for f in \"$@\"; do "
                   "real=$(readlink -f -- \"$f\") || continue; [ -f \"$real\" ] || continue; "
                   "printf 'REAL\\t%s\\n' \"$real\"; "
                   "d=$(dirname -- \"$real\"); b=$(basename -- \"$real\"); "
                   "for x in \"$d/$b\".gd-*~ \"$d/.$b\".gd-*~; do "
                   "[ -f \"$x\" ] && stat --printf 'B\\t%Y\\t%s\\t%n\\n' -- \"$x\"; "
                   "done; done; true");

} // namespace

BackupCatalog::BackupCatalog(Machine *machine, QObject *parent) : QObject(parent), m_machine(machine)
{
}

QStringList BackupCatalog::command(const QStringList &configFiles)
{
    return QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), kListScript,
                       QStringLiteral("gd-backups")} +
           configFiles;
}

QList<BackupEntry> BackupCatalog::parse(const QByteArray &output)
{
    QList<BackupEntry> entries;
    QStringList reals;
    for (const QByteArray &raw : output.split('\n')) {
        const QString line = utf8Text(raw);
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() == 2 && parts[0] == QLatin1String("REAL")) {
            reals << parts[1];
        } else if (parts.size() == 4 && parts[0] == QLatin1String("B")) {
            const QFileInfo backup(parts[3]);
            for (const QString &real : std::as_const(reals)) {
                const QFileInfo file(real);
                if (file.absolutePath() == backup.absolutePath() &&
                    BackupName::isBackupOf(backup.fileName(), file.fileName())) {
                    BackupEntry entry;
                    entry.backupPath = parts[3];
                    entry.file = real;
                    entry.modified = QDateTime::fromSecsSinceEpoch(parts[1].toLongLong());
                    entry.size = parts[2].toLongLong();
                    if (std::none_of(entries.begin(), entries.end(),
                                     [&](const BackupEntry &e) { return e.backupPath == entry.backupPath; }))
                        entries << entry;
                    break;
                }
            }
        }
    }
    // Newest first: the name carries the time of the backup, so it sorts by name.
    std::sort(entries.begin(), entries.end(), [](const BackupEntry &a, const BackupEntry &b) {
        const QString an = QFileInfo(a.backupPath).fileName(), bn = QFileInfo(b.backupPath).fileName();
        const QString at = an.mid(an.lastIndexOf(QLatin1String(".gd-"))),
                      bt = bn.mid(bn.lastIndexOf(QLatin1String(".gd-")));
        return at != bt ? at > bt : an < bn;
    });
    return entries;
}

void BackupCatalog::list(const QStringList &configFiles,
                         std::function<void(const Result<QList<BackupEntry>, FixError> &)> done)
{
    if (!m_machine) {
        done(FixError(FixError::Kind::ConnectionLost, tr("The connection to the machine is gone.")));
        return;
    }
    m_machine->run(CommandSpec::of(command(configFiles), 30000).asRoot(), this,
                   [done](const CommandResult &r) {
                       if (!r.ran()) {
                           done(FixError::fromRemote(r.error, FixError::Kind::ReadFailed,
                                                     tr("Could not list the backups")));
                           return;
                       }
                       done(parse(r.stdOut));
                   });
}

Result<QList<BackupEntry>, FixError> BackupCatalog::listAndWait(const QStringList &configFiles)
{
    return waitFor<Result<QList<BackupEntry>, FixError>>([&](auto done) { list(configFiles, done); });
}

} // namespace gd
